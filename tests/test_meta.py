"""Metadata read from labelled lines: dates."""

from __future__ import annotations

import datetime as dt

import pytest

from build_dataset.clean import meta

DATES = [
    "december 1, 2015", "dec 1, 2015", "dec. 1, 2015", "december 1 2015", "1 december 2015", "1 dec 2015",
    "01 january, 2008", "19 dec, 2025", "2022-11-14", "02/12/2025", "16/09/2021", "11.24.2025", "tuesday, april 23, 2019",
    "tue 15 jan 2008", "sat, 20 dec, 2025", "friday 11 january 2008", "monday, january 14th 2008", "june 11th, 2024",
    "sept. 3, 2019", "jan. 06, 2008", "thursday, 17th january 2008", "february 30, 2020", "6/1/2024",
    "wednesday, march 3, 2021", "fri. jan. 11 2008", "tuesday february 11 2025", "sept 30, 2019", "1st of may 2020",
]


@pytest.mark.parametrize("text, plain", [
    ("tuesday, jan. 15th, 2008", "jan 15, 2008"), ("sept. 3, 2019", "sep 3, 2019"), ("3  march   2019", "3 march 2019"),
    ("2022-11-14", "2022-11-14"),
])
def test_plain_date(text, plain):
    assert meta._plain(text) == plain


@pytest.mark.parametrize("text", DATES)
def test_date_formats_give_the_full_parsers_answer(text):
    """The plain form and the strptime formats tried first are a shortcut only: dateparser alone gives the same date."""
    parser = meta._date_parser()
    fast = parser.get_date_data(meta._plain(text), date_formats=list(meta.DATE_FORMATS)).date_obj
    full = parser.get_date_data(text).date_obj
    assert (fast and fast.date()) == (full and full.date())


@pytest.mark.parametrize("line, expected", [
    ("Published: Dec. 1, 2015 at 2:05 pm", dt.date(2015, 12, 1)),
    ("Updated Nov. 3, 2022 at 10:15 am EST", dt.date(2022, 11, 3)),
    ("2022-11-14", dt.date(2022, 11, 14)),
    ("16/09/2021", dt.date(2021, 9, 16)),
    ("February 30, 2020", None),  # no such day
    ("The talks began on March 3, 2019.", None),  # not a dateline
])
def test_parse_date(line, expected):
    assert meta.parse_date(line) == expected
