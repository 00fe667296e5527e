"""Metadata read from labelled lines: dates."""

from __future__ import annotations

import datetime as dt

import pytest

from build_dataset.clean import meta
from build_dataset.clean.rules import patterns as R

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
    ("2021-03-12, 14:05 Uhr", dt.date(2021, 3, 12)),  # a German dateline's time
    ("Updated Nov. 3, 2022 at 10:15 am EST", dt.date(2022, 11, 3)),
    ("2022-11-14", dt.date(2022, 11, 14)),
    ("16/09/2021", dt.date(2021, 9, 16)),
    ("2024/03/12 14:05", dt.date(2024, 3, 12)),  # year first with slashes (Japanese pages)
    ("February 30, 2020", None),  # no such day
    ("The talks began on March 3, 2019.", None),  # not a dateline
])
def test_parse_date(line, expected):
    assert meta.parse_date(line) == expected


def _meta(page: str):
    from build_dataset.clean.cleaner import clean_text

    c = clean_text(page)
    return c.author, c.published, c.publisher


_BODY = {
    "de": ("Die Regierung hat am Dienstag neue Regeln für die Förderung von Wärmepumpen beschlossen, die ab dem "
           "kommenden Jahr gelten sollen und Millionen von Haushalten betreffen werden, wie das Ministerium mitteilte."),
    "fr": ("Le gouvernement a présenté mardi un nouveau plan pour la rénovation des logements, qui doit entrer en "
           "vigueur l'année prochaine et concerner des millions de ménages, selon le ministère."),
    "es": ("El gobierno presentó el martes un nuevo plan para la renovación de viviendas, que entrará en vigor el "
           "próximo año y afectará a millones de hogares, según informó el ministerio."),
    "it": ("Il governo ha presentato martedì un nuovo piano per la ristrutturazione delle abitazioni, che entrerà in "
           "vigore il prossimo anno e riguarderà milioni di famiglie, secondo quanto riferito dal ministero."),
    "pt": ("O governo apresentou na terça-feira um novo plano para a renovação das habitações, que entrará em vigor "
           "no próximo ano e afetará milhões de famílias, segundo informou o ministério."),
    "nl": ("De regering heeft dinsdag een nieuw plan gepresenteerd voor de renovatie van woningen, dat volgend jaar "
           "in werking moet treden en miljoenen huishoudens zal raken, aldus het ministerie."),
    "pl": ("Rząd przedstawił we wtorek nowy plan renowacji mieszkań, który ma wejść w życie w przyszłym roku i "
           "obejmie miliony gospodarstw domowych, poinformowało ministerstwo."),
    "ru": ("Правительство во вторник представило новый план по ремонту жилья, который вступит в силу в следующем "
           "году и затронет миллионы домохозяйств, сообщили в министерстве."),
    "en": ("The government presented a new plan on Tuesday for the renovation of homes, which is due to take effect "
           "next year and will affect millions of households, the ministry said."),
}


def _page(lang: str, head: list[str], tail: list[str] = ()) -> str:
    words = _BODY[lang].rstrip(".").split()
    body = [" ".join(words[k:] + words[:k]).capitalize() + "." for k in range(0, 25, 5)]  # five distinct paragraphs
    return "Menu\nHome\n\n" + "\n\n".join(head + body + list(tail) + ["Contact"])


@pytest.mark.parametrize("lang, head, author, published", [
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Von Max Mustermann", "Veröffentlicht am 12.03.2021"],
     "Max Mustermann", dt.date(2021, 3, 12)),
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Veröffentlicht am 12. März 2021 von Erika Musterfrau"],
     "Erika Musterfrau", dt.date(2021, 3, 12)),
    ("fr", ["Un nouveau plan pour le logement", "Par Jeanne Dupont, 12 mars 2021"], "Jeanne Dupont", dt.date(2021, 3, 12)),
    ("es", ["Un nuevo plan para la vivienda", "Por Gloria Ruiz", "Publicado el 5 de mayo de 2022"],
     "Gloria Ruiz", dt.date(2022, 5, 5)),
    ("it", ["Un nuovo piano per la casa", "Di Mario Rossi | 12 marzo 2021"], "Mario Rossi", dt.date(2021, 3, 12)),
    ("pt", ["Um novo plano para a habitação", "Por João Silva", "12 de março de 2021"], "João Silva", dt.date(2021, 3, 12)),
    ("nl", ["Een nieuw plan voor woningen", "Door Jan de Vries", "12 maart 2021"], "Jan de Vries", dt.date(2021, 3, 12)),
    ("pl", ["Nowy plan dla mieszkań", "Autor: Jan Kowalski", "12 marca 2021"], "Jan Kowalski", dt.date(2021, 3, 12)),
    ("ru", ["Новый план для жилья", "Автор: Иван Петров", "12 марта 2021 г."], "Иван Петров", dt.date(2021, 3, 12)),
    ("en", ["A new plan for housing", "By Jane Doe | Published March 3, 2020"], "Jane Doe", dt.date(2020, 3, 3)),
    # a name and a date on one line under the headline, no byline word
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Anna Schmidt | 2021-03-12"], "Anna Schmidt", dt.date(2021, 3, 12)),
    ("en", ["A new plan for housing", "12/03/2021 | 15:33 | Jane Doe"], "Jane Doe", dt.date(2021, 12, 3)),
])
def test_bylines_and_datelines_in_many_languages(lang, head, author, published):
    got_author, got_published, _ = _meta(_page(lang, head))
    assert (got_author, got_published) == (author, published)


@pytest.mark.parametrize("lang, head, author", [
    # a byline word or label ending its line: the name is on the next line
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Von", "Max Mustermann", "12.03.2021"], "Max Mustermann"),
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "12.03.2021 11:46 von", "Erika Musterfrau"], "Erika Musterfrau"),
    ("es", ["Un nuevo plan para la vivienda", "Por", "Williams Pérez @wperez"], "Williams Pérez"),
    ("pl", ["Nowy plan dla mieszkań", "Autor:", "Jan Kowalski"], "Jan Kowalski"),
    ("ru", ["Новый план для жилья", "Автор:", "Иван Петров"], "Иван Петров"),
    # a byline phrase: a kind of article, then the byline word
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Text von Christian Muster Illustration von Markus Roost"],
     "Christian Muster"),
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Ein Interview von Eugen Muster mit Sonja Beispiel."],
     "Eugen Muster"),
    ("fr", ["Un nouveau plan pour le logement", "Propos recueillis par Jeanne Martin"], "Jeanne Martin"),
    ("es", ["Un nuevo plan para la vivienda", "Escribe Camila Méndez"], "Camila Méndez"),
    ("it", ["Un nuovo piano per la casa", "Un articolo di Mario Bianchi"], "Mario Bianchi"),
    ("pt", ["Um novo plano para a habitação", "Texto: João Souza"], "João Souza"),
    ("nl", ["Een nieuw plan voor woningen", "Een column van Jan de Vries"], "Jan de Vries"),
    ("en", ["A new plan for housing", "Post author By Jane Doe"], "Jane Doe"),
    # a name with a date on its line, without a separator or after a few words
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Anna Schmidt 19.10.2019, 05:00 Uhr"], "Anna Schmidt"),
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Anna Schmidt Zuletzt geändert am 06.11.2023"], "Anna Schmidt"),
    ("fr", ["Un nouveau plan pour le logement", "Marie Dupont | lundi 9 décembre 2019 à 09h08"], "Marie Dupont"),
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Julia Steinhoff / Oktober 25 2023"], "Julia Steinhoff"),
    # a full name before a dateline's word and a date no parser reads
    ("es", ["Un nuevo plan para la vivienda", "Gloria Ruiz Pérez | Publicado hace 3 horas"], "Gloria Ruiz Pérez"),
    ("en", ["A new plan for housing", "Update | Published 3 hours ago"], None),
    # a byline after punctuation, a user name before a written date
    ("en", ["A new plan for housing", "// By Jane Doe \u2022 Nov 11, 2020"], "Jane Doe"),
    ("en", ["A new plan for housing", "by sam_w on August 3, 2019"], "sam_w"),
    # a newsroom stands for a name; a particle inside a name stays
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Redaktion - 12. März 2021"], "Redaktion"),
    ("fr", ["Un nouveau plan pour le logement", "Publié le 12 mars 2021 par La Rédaction"], "La Rédaction"),
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Gepostet 12. März 2021 von Walter von Aachen"], "Walter von Aachen"),
    ("nl", ["Een nieuw plan voor woningen", "Pieter van Dam 12 maart 2021"], "Pieter van Dam"),
    # a byline word glued to the name by the rendering, a colon after a byline word, a label after " - "
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Veröffentlicht vonAnna Schmidt 12. März 2021"], "Anna Schmidt"),
    ("en", ["A new plan for housing", "March 3, 2020 byJane Doe"], "Jane Doe"),
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Verfasst von: anna_s | 12. März 2021"], "anna_s"),
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "12.03.2021 - Redaktion: Anna Schmidt (Pressestelle)"],
     "Anna Schmidt"),
    # a capitalised byline word glued to the name, a date glued to its end; a particle glued inside a name stays
    ("pt", ["Um novo plano para a habitação", "PorJoão Silva", "12 de março de 2021"], "João Silva"),
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "von Anna Schmidt12.03.2021 - 08:13 Uhr"], "Anna Schmidt"),
    ("it", ["Un nuovo piano per la casa", "12 marzo 2021 di Mario DiBiase"], "Mario DiBiase"),
    # a month or a dateline's word glued to the name by capitals is cut; a name's own capitals stay
    ("en", ["A new plan for housing", "ByJane DoeMar 5, 2025 | 6 comments"], "Jane Doe"),
    ("en", ["A new plan for housing", "By Jane DoeUpdated March 3, 2020"], "Jane Doe"),
    ("en", ["A new plan for housing", "By Rebecca MacFarlane | March 3, 2020"], "Rebecca MacFarlane"),
    # Chinese and Japanese labels
    ("en", ["A new plan for housing", "2021-03-12 09:58 来源:新华网 作者:王小明"], "王小明"),
    ("en", ["A new plan for housing", "2021年03月12日 责任编辑：李华"], "李华"),
    ("en", ["A new plan for housing", "文/张三丰 2021-03-12"], "张三丰"),
    ("en", ["A new plan for housing", "中文:简体 2021-03-12"], None),
    ("en", ["A new plan for housing", "文・佐藤健一", "2021年3月12日"], "佐藤健一"),
    # a dateline's words, a time zone, a label and a place's dateline are not names
    ("en", ["A new plan for housing", "Published March 3, 2020"], None),
    ("en", ["A new plan for housing", "March 3, 2020 12:05 PM EST"], None),
    ("en", ["A new plan for housing", "Online: Feb 18, 2020"], None),
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Lübeck, 31. März 2003"], None),
])
def test_author_formats(lang, head, author):
    assert _meta(_page(lang, head))[0] == author


def test_a_byline_by_the_articles_first_line_when_the_headline_picked_stands_elsewhere():
    """A sidebar headline picked as the title, far above the article: the byline above the article's first
    paragraph still names the author."""
    from build_dataset.clean.cleaner import Decision
    from build_dataset.clean.lines import make_line

    texts = (["Most read: ten years of housing policy"] + [f"Menu item {k}" for k in range(12)]
             + ["Ein Artikel von Anna Schmidt | 12.03.2021"] + [_BODY["de"]] * 3)
    lines = [make_line(k + 1, t) for k, t in enumerate(texts)]
    labels = ["title"] + ["boilerplate"] * 13 + ["body"] * 3
    decisions = [Decision(label, "test") for label in labels]
    assert meta.author(lines, decisions, title_index=0) == "Anna Schmidt"


def test_a_dated_byline_above_a_teaser_and_a_picture():
    """A byline and date above the headline, with a kicker, a teaser, a photo and its credit between them."""
    page = _page("de", ["Anna Schmidt | 12.03.2021", "Politik", "Energie", "Wärmepumpen", "Foto: dpa", "Bild 1 von 3",
                        "Teilen", "Neue Regeln für Wärmepumpen beschlossen"])
    assert _meta(page)[:2] == ("Anna Schmidt", dt.date(2021, 3, 12))


def test_the_date_nearest_the_headline_and_the_earliest_on_its_line():
    """A page-header date far above loses to the dateline under the headline; an update on the same line loses
    to the first publication."""
    page = _page("de", ["Montag, 1. Januar 2024", "Neue Regeln für Wärmepumpen beschlossen",
                        "Von Max Mustermann, 14.03.2021 | aktualisiert 12.03.2021"])
    assert _meta(page)[1] == dt.date(2021, 3, 12)


def test_numeric_dates_in_the_pages_day_month_order():
    page = _page("fr", ["Un nouveau plan pour le logement", "Publié le 03/04/2021"])
    assert _meta(page)[1] == dt.date(2021, 4, 3)


def test_implausible_dates_are_not_a_publication():
    page = _page("en", ["A new plan for housing", "Published March 3, 1990"])
    assert _meta(page)[1] is None


def _long_page(lang: str, headline: str, inside: list[str], after: list[str]) -> str:
    """A page whose article runs well past the lines next to its headline (fifteen paragraphs)."""
    words = _BODY[lang].rstrip(".").split()
    body = [" ".join(words[k:] + words[:k]).capitalize() + "." for k in range(15)]
    return "Menu\nHome\n\n" + "\n\n".join([headline] + body[:12] + inside + body[12:] + after + ["Contact"])


@pytest.mark.parametrize("lang, inside, after, author, published", [
    # a blog's byline and date under the article
    ("de", [], ["Geschrieben von Anna Schmidt am 12.03.2021 22:30"], "Anna Schmidt", dt.date(2021, 3, 12)),
    ("en", [], ["Posted by Jane Doe on March 3, 2020 at 6:52 PM"], "Jane Doe", dt.date(2020, 3, 3)),
    ("en", [], ["By Jane Doe"], "Jane Doe", None),
    # a heading inside the article is not a byline, nor a sentence's date a dateline
    ("de", ["Von Kopf bis Fuß: Wärme für alle"], [], None, None),
    ("en", ["The talks began on March 3, 2019 in Geneva."], [], None, None),
])
def test_a_byline_and_dateline_at_the_articles_end(lang, inside, after, author, published):
    headline = {"de": "Neue Regeln für Wärmepumpen beschlossen", "en": "A new plan for housing"}[lang]
    got_author, got_published, _ = _meta(_long_page(lang, headline, inside, after))
    assert (got_author, got_published) == (author, published)


@pytest.mark.parametrize("tail, author", [
    (["More from Jane Doe"], "Jane Doe"),
    (["Alle Artikel von Max Mustermann"], "Max Mustermann"),
    (["More from Politics"], None),  # a section, not a person
    (["More from The Example Times"], None),
])
def test_a_link_to_the_authors_other_articles(tail, author):
    assert _meta(_page("en", ["A new plan for housing"], tail))[0] == author


def test_the_author_box_between_the_article_and_its_comments():
    page = _page("en", ["A new plan for housing"], [
        "Related articles", "Ten Years Of Housing Policy", "Jane Doe",
        "SamW October 30, 2021 at 3:42 am", "I think this plan is good, and I said so before on this site.",
        "Walkin O'Shea November 2, 2021 at 6:23 pm", "I believe the plan is a good one for both of the cities.",
        "carlos November 25, 2021 at 4:47 pm", "Must remember that the plan was made long before the war.",
        "Leave a Comment"])
    assert _meta(page)[0] == "Jane Doe"


@pytest.mark.parametrize("lang, head, author", [
    # a full name under the headline, a button or a share bar, then a removed dateline (several layouts)
    ("en", ["A new plan for housing", "Jane Doe", "Follow", "Published Oct 18, 2019"], "Jane Doe"),
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Anna Schmidt", "Teilen", "12.03.2021 um 10:15 Uhr"],
     "Anna Schmidt"),
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Teilen", "Facebook Twitter", "12.03.2021 um 10:15 Uhr"], None),
    ("cs", ["Nový plán pro bydlení", "Aleš Novák", "Sdílet", "12. března 2021"], "Aleš Novák"),
    # a page's tools are not a name, nor one word; nor a name two lines from the date above the headline
    ("de", ["Neue Regeln für Wärmepumpen beschlossen", "Keine Kommentare", "Teilen", "12.03.2021"], None),
    ("en", ["A new plan for housing", "Politics", "Follow", "Oct 18, 2019"], None),
])
def test_a_name_a_few_lines_from_a_removed_dateline(lang, head, author):
    assert _meta(_page(lang if lang in _BODY else "en", head))[0] == author


def test_capitalised_headings_are_not_authors():
    """German capitalises nouns: a two-word heading by the headline is not a name without a date beside it."""
    page = _page("de", ["Politik Inland", "Neue Regeln für Wärmepumpen beschlossen", "Weitere Informationen"])
    assert _meta(page)[0] is None


@pytest.mark.parametrize("footer, name", [
    ("© 2008 Example Media. All Rights Reserved.", "Example Media"),
    ("Copyright 2008 Example Media", "Example Media"),
    ("© Copyright 2008 Example Media", "Example Media"),
    ("Copyright © All Rights Reserved", None),
    ("Copyright MMVIII", None),
    ("© 2008 by Sally Tomatoes", None),
    ("© Privacy Policy", None),
    ("© About", None),
    ("© 2021 Beispiel Verlag. Alle Rechte vorbehalten.", "Beispiel Verlag"),
    # a domain's or an abbreviation's dots stay in the name; a tagline after a dash and the years after it go
    ("© 2021 beispiel.de | Impressum | Datenschutz", "beispiel.de"),
    ("Copyright © St.Example Tagblatt. Alle Rechte vorbehalten.", "St.Example Tagblatt"),
    ("© 2003-2022 Example.com – Alle Rechte vorbehalten.", "Example.com"),
    ("© Le Exemple 2002-2020", "Le Exemple"),
    ("© Beispielverband e.V. 2021", "Beispielverband e.V"),
    # a picture's credit, a licence's sentence
    ("© Getty Images", None),
    ("© Jane Doe / Example Agency", None),
    ("© RIPRODUZIONE RISERVATA", None),
    # names in other scripts: Cyrillic, Han and kana (a space after them ends them)
    ("© 2024 Речные вести. Все права защищены.", "Речные вести"),
    ("Copyright © 2024 川辺新聞社 All rights reserved.", "川辺新聞社"),
    ("版权所有 © 2024 江城日报社 未经授权禁止转载", "江城日报社"),
])
def test_a_publisher_is_a_name(footer, name):
    assert _meta(_page("en", ["A new plan for housing"], [footer]))[2] == name


@pytest.mark.parametrize("name, ok", [("All Rights Reserved", False), ("Copyright 2008", False), ("Policy", False),
                                      ("About", False), ("by Sally Tomatoes", False), ("MMVIII", False),
                                      ("Alle Rechte vorbehalten", False), ("Example Media", True), ("Kremlin.ru", True),
                                      ("Shutterstock/racorn", False), ("Zentralanstalt für", False), ("St", False),
                                      ("a Example plc subsidiary", False), ("The Example Times", True)])
def test_is_publisher_name(name, ok):
    assert meta.is_publisher_name(name) is ok


@pytest.mark.parametrize("lang, filed", [
    ("de", "Dieser Eintrag wurde veröffentlicht in Politik und getaggt mit Wahl am 12. März 2021 von Anna."),
    ("en", "This entry was posted in News on March 12, 2021 by Jane. Bookmark the permalink."),
])
def test_a_blogs_filing_line_dates_a_post_without_a_dateline(lang, filed):
    """No date by the headline: the filing line below the post dates it, not the reader comments under it."""
    headline = {"de": "Neue Regeln für Wärmepumpen beschlossen", "en": "A new plan for housing"}[lang]
    page = _long_page(lang, headline, [], [filed, "SamW 14.03.2021 15:42", "Gut so.", "Jo 15.03.2021 18:23", "Nein."])
    assert _meta(page)[1] == dt.date(2021, 3, 12)


@pytest.mark.parametrize("lang, line", [
    ("id", "Selasa, 12 Maret 2024 09:40 WIB"), ("id", "Antara 12 Maret 2024 14:05"), ("hu", "2024. március 12. 09:40"),
    ("hu", "2024. 03. 12."), ("ko", "입력 2024.03.12 09:40"), ("ko", "2024년 3월 12일 09:40"),
    ("cs", "12. března 2024 v 9:40"), ("uk", "12 березня 2024 р."), ("vi", "ngày 12 tháng 3 năm 2024"),
    ("el", "12 Μαρτίου 2024, 09:40"), ("tr", "12 Mart 2024 09:40"), ("fi", "12.3.2024 klo 9.40"),
    ("da", "12. marts 2024 kl. 09.40"), ("no", "12. mars 2024 kl. 09.40"), ("sv", "Publicerad 12 mars 2024"),
    ("ro", "12 martie 2024, 09:40"), ("ar", "12 مارس 2024"), ("ja", "2024年3月12日 9時40分"),
])
def test_a_date_in_a_language_added_in_issue_14(lang, line):
    assert meta.line_date(line, lang) == dt.date(2024, 3, 12)


@pytest.mark.parametrize("text", ["des 9. netzwerktreffens", "pro 3 personen", "noi 2 copii"])
def test_a_short_word_before_a_number_is_no_date(text):
    """Short month names of the added languages are words of others ("des": Indonesian December, a French article)."""
    assert R.DATE_IN_LINE.search(text.lower()) is None


@pytest.mark.parametrize("lang, line, expected", [
    # a year glued by the rendering to the next date, a count or a word: the first date is the publication
    ("de", "28. Juni 201914. Januar 2020 | Anna Schmidt", dt.date(2019, 6, 28)),
    ("de", "06/11/20230 Kommentare", dt.date(2023, 11, 6)),
    ("de", "27.01.2022Jahresbericht November 2021", dt.date(2022, 1, 27)),
    ("en", "March 3, 20205 comments", dt.date(2020, 3, 3)),
    ("fr", "12 mars 2021Partager", dt.date(2021, 3, 12)),
    # a number that only starts like a year is no date
    ("de", "Tel. 030 20201 555", None),
])
def test_a_year_glued_to_what_follows_it(lang, line, expected):
    assert meta.line_date(line, lang) == expected


def _decided_page(lang: str, notes: list[str], tail: list[str], removed_by: str = "page_trailer"):
    """Lines and decisions of a page: a headline, twelve body paragraphs, then ``notes`` and ``tail``, removed below the
    article's last body line (as a classifier that dropped the article's notes leaves them)."""
    from build_dataset.clean.cleaner import Decision
    from build_dataset.clean.lines import split_lines

    words = _BODY[lang].rstrip(".").split()
    body = [" ".join(words[k:] + words[:k]).capitalize() + "." for k in range(12)]
    lines = split_lines("\n\n".join(["A headline for the page"] + body + notes + tail) + "\n")
    decisions, seen = [], 0
    for line in lines:
        if not line.text:
            decisions.append(Decision("blank", "blank_line"))
            continue
        label, rule = (("title", "headline") if seen == 0 else ("body", "body_paragraph") if seen <= len(body)
                       else ("boilerplate", removed_by))
        decisions.append(Decision(label, rule))
        seen += 1
    return lines, decisions


_REFERENCES = {
    "de": ["Literatur", "Robert Gasch, Jochen Twele: Windkraftanlagen. Grundlagen, Entwurf, Planung und Betrieb, 2016",
           "Volker Quaschning: Regenerative Energiesysteme. Technologie, Berechnung, Simulation, Hanser 2019",
           "Patrick Jüttemann: Kleinwindkraft für Gewerbe und Privat, Selbstverlag, Köln, zweite Auflage 2020",
           "Windgeschwindigkeiten", "Die Leistung wächst mit der dritten Potenz der Windgeschwindigkeit, und darum "
           "zählt der Standort mehr als die Größe der Anlage."],
    "en": ["4 References", "Looking back at twenty years of the project.", "A chapter from the book on the design "
           "of the program, second edition", "published by the university press."],
}


@pytest.mark.parametrize("lang, tail, author", [
    ("de", ["Von:", "Anna Schmidt", "Meist gesucht:"], "Anna Schmidt"),
    ("en", ["Posted by Jane Doe at 2:33 PM", "Newer Post Older Post Home"], "Jane Doe"),
    ("fr", ["Par Marie Dupont", "Partager"], "Marie Dupont"),
])
def test_a_byline_below_the_articles_removed_notes(lang, tail, author):
    """The article's notes or references the classifier dropped (sentences, long lines) carry the article's end down to
    the byline under them; a list of short labels does not."""
    notes = _REFERENCES.get(lang, _REFERENCES["en"])
    assert meta.author(*_decided_page(lang if lang in _BODY else "en", notes, tail), 0) == author
    labels = ["Politik", "Energie", "Wärme", "Abo", "Digital", "Archiv"]
    assert meta.author(*_decided_page(lang if lang in _BODY else "en", labels, tail), 0) is None
    # a related list a rule removed is not the article's: its headlines (questions) lead on to no byline
    assert meta.author(*_decided_page(lang if lang in _BODY else "en", notes, tail, "related_list"), 0) is None


@pytest.mark.parametrize("text, lang", [("١٢ مارس ٢٠٢٤", "ar"), ("۱۲ مارس ۲۰۲۴", "fa"), ("প্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০", "bn"),
                                        ("१२ मार्च २०२४", "hi")])
def test_a_date_in_its_scripts_own_digits_is_read(text, lang):
    assert meta.line_date(text, lang) == dt.date(2024, 3, 12)
