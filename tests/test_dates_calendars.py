"""Dates in other calendars and short forms, on small pages written for these tests (no site's text): a Persian page's
Solar Hijri date (month's name or figures, Persian digits, Iran's and Afghanistan's month names), Serbian in Latin
letters ("12. avgust 2024."), a month's abbreviation of the page's own language inside a byline's line (Turkish "Eki",
Greek "Οκτ", Malay "Mac"), and numeric dates with a two-digit year ("19.10.19", "11/08/23"). Each page is cleaned
whole by the production entry point."""

from __future__ import annotations

import datetime as dt

import pytest

from build_dataset.clean import meta
from build_dataset.clean.cleaner import clean_text


def _page(nav: str, headline: str, meta_lines: str, paras: list[str], footer: str) -> str:
    return "\n\n".join([nav, headline, meta_lines, *paras, footer]) + "\n"


FA = [
    "سازمان آب استان اعلام کرد که از هفته آینده ساعت توزیع آب در سه منطقه شهر تغییر می‌کند تا فشار شبکه در ساعات اوج مصرف کاهش یابد.",
    "مدیر این سازمان گفت که ذخیره سدهای اطراف شهر نسبت به سال گذشته کمتر شده و مردم باید در مصرف آب صرفه‌جویی کنند.",
    "ساکنان برخی محله‌ها از افت فشار آب در طبقات بالای ساختمان‌ها گله دارند و خواستار نصب پمپ‌های تازه هستند.",
    "این سازمان قول داده است که تا پایان تابستان لوله‌های فرسوده در دو منطقه قدیمی شهر را تعویض کند.",
]
SR = [
    "Gradska uprava saopštila je da će od sledećeg meseca biti uvedene nove noćne linije autobusa koje će povezivati centar sa prigradskim naseljima.",
    "Prema rečima direktora javnog prevoza, autobusi će saobraćati svakih četrdeset minuta od ponoći do pet ujutru.",
    "Studenti i radnici u noćnim smenama dugo su tražili ovakvu uslugu jer su do sada morali da koriste taksi.",
    "Cena karte za noćne linije biće ista kao i za dnevne, a važiće i mesečne pretplatne karte.",
]
TR = [
    "Belediye, şehir merkezindeki tarihi hamamın restorasyonunun önümüzdeki ay başlayacağını ve iki yıl süreceğini açıkladı.",
    "Belediye başkanı, restorasyon sırasında binanın özgün taş duvarlarının ve kubbesinin korunacağını söyledi.",
    "Çevre esnafı, çalışmaların turist sayısını artıracağını umduklarını ancak inşaat süresince satışların düşebileceğinden endişe ettiklerini belirtti.",
    "Restorasyon tamamlandığında hamamın bir bölümü müze olarak ziyaretçilere açılacak.",
]
EL = [
    "Ο δήμος ανακοίνωσε ότι από τον επόμενο μήνα θα λειτουργήσουν τρεις νέες δημοτικές βιβλιοθήκες στις γειτονιές της πόλης.",
    "Σύμφωνα με τον δήμαρχο, οι βιβλιοθήκες θα είναι ανοιχτές και τα απογεύματα για να εξυπηρετούν τους μαθητές.",
    "Οι κάτοικοι υποδέχθηκαν θετικά την είδηση, ζητώντας όμως περισσότερα βιβλία για παιδιά και εφήβους.",
    "Το κόστος του έργου θα καλυφθεί από ευρωπαϊκά κονδύλια και από τον προϋπολογισμό του δήμου.",
]
DE = [
    "Die Stadtwerke haben angekündigt, dass ab dem kommenden Monat drei weitere Ladesäulen für Elektroautos am Bahnhof aufgestellt werden.",
    "Nach Angaben des Geschäftsführers sollen die Säulen mit Strom aus der eigenen Solaranlage auf dem Parkhausdach betrieben werden.",
    "Pendler begrüßen den Ausbau, bemängeln aber, dass die bisherigen Säulen am Morgen oft schon besetzt seien.",
    "Bis zum Ende des Jahres will die Stadt insgesamt zwanzig neue Ladepunkte im Stadtgebiet einrichten.",
]
EN = [
    "The county board voted on Tuesday to extend the opening hours of the three public pools through the end of September.",
    "Officials said the extra hours would cost about forty thousand dollars, paid for by a surplus in the parks budget.",
    "Parents at the meeting welcomed the decision but asked the board to add more lifeguards on the busiest weekends.",
    "The pools will now close at nine in the evening instead of seven, starting next Monday.",
]

#: (page, the author, the date) for each layout; no author is checked where the line rules, which run before the page's
#: language is known, do not see a short month's date (benchmarks/results.md, dates7).
PAGES = {
    "fa_solar_month": (_page("صفحه اصلی | اخبار | استانی | ورزشی", "تغییر ساعت توزیع آب در سه منطقه شهر",
                             "\u200fنویسنده: زهرا کریمی\nدوشنبه ۱۴ اسفند ۱۴۰۲ - ۱۰:۳۰", FA, "© ۱۴۰۲ خبرگزاری استان"),
                       "زهرا کریمی", dt.date(2024, 3, 4)),
    "fa_solar_figures": (_page("صفحه اصلی | اخبار | استانی | ورزشی", "تغییر ساعت توزیع آب در سه منطقه شهر",
                               "تاریخ انتشار: ۱۴۰۲/۰۷/۰۱", FA, "© ۱۴۰۲ خبرگزاری استان"),
                         None, dt.date(2023, 9, 23)),
    "fa_dari_month": (_page("صفحه نخست | خبرها | ولایات | ورزش", "تغییر ساعت توزیع آب در سه منطقه شهر",
                            "۳ حوت ۱۴۰۲", FA, "© ۱۴۰۲ آژانس خبری"),
                      None, dt.date(2024, 2, 22)),
    "sr_latn_month": (_page("Početna | Vesti | Grad | Sport", "Nove noćne linije autobusa od sledećeg meseca",
                            "Autor: Jelena Marković | 12. avgust 2024.", SR, "© 2024 Gradski portal"),
                      "Jelena Marković", dt.date(2024, 8, 12)),
    "sr_latn_short": (_page("Početna | Vesti | Grad | Sport", "Nove noćne linije autobusa od sledećeg meseca",
                            "Jelena Marković\n12. avg. 2024. u 10:30", SR, "© 2024 Gradski portal"),
                      "Jelena Marković", dt.date(2024, 8, 12)),
    "tr_short_in_byline": (_page("Ana Sayfa | Gündem | Kültür | Spor", "Tarihi hamamın restorasyonu başlıyor",
                                 "Yazan: Ayşe Kaya | 12 Eki 2023 14:30", TR, "© 2023 Şehir Haber"),
                           "Ayşe Kaya", dt.date(2023, 10, 12)),
    "el_short_in_byline": (_page("Αρχική | Ειδήσεις | Πόλη | Αθλητικά", "Τρεις νέες δημοτικές βιβλιοθήκες στην πόλη",
                                 "Γράφει η Ελένη Γεωργίου | 12 Οκτ 2023", EL, "© 2023 Δημοτικά Νέα"),
                           "Ελένη Γεωργίου", dt.date(2023, 10, 12)),
    "de_two_digit_year": (_page("Startseite | Lokales | Wirtschaft | Sport", "Drei neue Ladesäulen am Bahnhof",
                                "Von Jana Becker | 19.10.23, 08:15 Uhr", DE, "© 2023 Stadtanzeiger"),
                          "Jana Becker", dt.date(2023, 10, 19)),
    "de_two_digit_year_alone": (_page("Startseite | Lokales | Wirtschaft | Sport", "Drei neue Ladesäulen am Bahnhof",
                                      "28.01.22 / 0 Kommentare", DE, "© 2022 Stadtanzeiger"),
                                None, dt.date(2022, 1, 28)),
    "en_two_digit_year": (_page("Home | News | Local | Sports", "County extends pool hours through September",
                                "By Mark Ellison \u2022 08/11/23 5:19pm", EN, "© 2023 County Courier"),
                          "Mark Ellison", dt.date(2023, 8, 11)),
}


#: Pages whose byline or dateline still stays in the text (benchmarks/results.md, dates7).
TEXT_KNOWN = {"de_two_digit_year_alone"}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_date_and_author_of_a_page_are_read(name):
    page, author, published = PAGES[name]
    cleaned = clean_text(page)
    assert (cleaned.published, cleaned.author if author else None) == (published, author)


@pytest.mark.parametrize("name", sorted(set(PAGES) - TEXT_KNOWN))
def test_the_byline_and_dateline_leave_the_text(name):
    page = PAGES[name][0]
    paras = page.split("\n\n")[3:-1]
    assert clean_text(page).text == "\n\n".join(paras)


@pytest.mark.parametrize("solar, gregorian", [
    ((1402, 12, 14), dt.date(2024, 3, 4)), ((1403, 1, 1), dt.date(2024, 3, 20)), ((1402, 1, 1), dt.date(2023, 3, 21)),
    ((1402, 7, 1), dt.date(2023, 9, 23)), ((1399, 12, 30), dt.date(2021, 3, 20)), ((1375, 1, 1), dt.date(1996, 3, 20)),
    ((1402, 12, 30), None), ((1402, 7, 31), None), ((1402, 13, 1), None)])
def test_a_solar_hijri_date_is_its_gregorian_day(solar, gregorian):
    # 1399 and 1403 have 366 days, 1402 365: Esfand 30 exists only in the first
    assert meta.solar_hijri(*solar) == gregorian


@pytest.mark.parametrize("line, lang, expected", [
    ("۲۵ شهريور ۱۴۰۲", "fa", dt.date(2023, 9, 16)),  # Arabic yeh in the month's name
    ("19.10.19, 18:56", "de", dt.date(2019, 10, 19)),
    ("12.03.99", "de", dt.date(1999, 3, 12)),  # the hundred years from 1995
    ("von lupa am 26/10/13, 03:48 pm", "de", dt.date(2013, 10, 26)),
    ("Oleh Ahmad Ali | 12 Mac 2024", "ms", dt.date(2024, 3, 12)),
    # spared: no year, a day and a month's name of another language's page, a model's name before a year
    ("دی ۱۴۰۲", "fa", None), ("Galaxy S3 Pro 2024", "ms", None), ("Oleh Ahmad Ali | 12 Mac 2024", "en", None),
    ("3 تیر", "fa", None)])
def test_a_lines_date(line, lang, expected):
    assert meta.line_date(line, lang) == expected
