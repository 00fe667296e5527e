"""evaluate_headline.py's folds: the default split stays crc32 of the host; --seed deals the hosts anew."""
import zlib

from training.evaluate_headline import fold_of

HOSTS = [f"site{i}.example" for i in range(200)] + ["www.spiegel.de", "elpais.com", "bbc.co.uk"]


def test_the_default_split_is_the_hosts_crc32():
    assert [fold_of(h, 5) for h in HOSTS] == [zlib.crc32(h.encode()) % 5 for h in HOSTS]


def test_a_seeded_split_repeats_differs_and_fills_every_fold():
    one = [fold_of(h, 5, 1) for h in HOSTS]
    assert one == [fold_of(h, 5, 1) for h in HOSTS]
    assert one != [fold_of(h, 5) for h in HOSTS] and one != [fold_of(h, 5, 2) for h in HOSTS]
    assert set(one) == set(range(5))
