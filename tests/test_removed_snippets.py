"""Boilerplate that must leave the article (issue 14): tag lists, source credits, questions about the article,
paywall prompts, lists of articles on a topic, and headings with no text under them after the article. On pages
written for these tests in several languages, each cleaned whole: what must leave goes, and the article stays."""

from __future__ import annotations

import pytest

from build_dataset.clean.cleaner import clean_text
from test_layouts import _decided, _page


EN = _page(
    "Home | World | Business | Sport",
    "Harbour town votes to rebuild its storm wall",
    "Residents of the harbour town voted on Tuesday to rebuild the storm wall that failed during the winter "
    "floods, and to raise the money for it through a local tax over the next ten years.",
    "The council said work would begin in the spring, once the engineers had finished their survey of the old "
    "foundations, and that the new wall would be two metres higher than the old one.",
    "More on the floods:\nWhy the old wall failed\nThe families who lost everything",
    "Fishermen, whose boats were damaged in the floods, said they welcomed the vote but feared that the work "
    "would close the harbour for most of the summer season.",
    "The mayor said the harbour would stay open during the works, and that the town would pay for any "
    "damage the building caused to boats or to the quay.",
    "Source: Coastal News Agency",
    "Was this article helpful?",
    "Tags: floods, harbour, council",
    "Most shared this week",
    "Privacy | Terms | Contact",
)

DE = _page(
    "Startseite | Politik | Wirtschaft | Sport",
    "Hafenstadt stimmt für den Neubau der Sturmmauer",
    "Die Einwohner der Hafenstadt haben am Dienstag für den Neubau der Sturmmauer gestimmt, die bei den "
    "Winterfluten gebrochen war, und wollen das Geld über eine örtliche Abgabe in zehn Jahren aufbringen.",
    "Der Gemeinderat teilte mit, die Arbeiten würden im Frühjahr beginnen, sobald die Ingenieure die alten "
    "Fundamente untersucht hätten, und die neue Mauer werde zwei Meter höher als die alte.",
    "Mehr zum Thema Hochwasser:\nWarum die alte Mauer brach\nDie Familien, die alles verloren",
    "Fischer, deren Boote bei den Fluten beschädigt wurden, begrüßten die Abstimmung, fürchteten aber, dass die "
    "Arbeiten den Hafen den größten Teil der Sommersaison schließen würden.",
    "Der Bürgermeister sagte, der Hafen bleibe während der Bauarbeiten geöffnet, und die Stadt komme für "
    "Schäden an Booten oder am Kai auf.",
    "Quelle: dpa",
    "War dieser Artikel hilfreich?",
    "Schlagworte: Hochwasser, Hafen, Gemeinderat",
    "Meistgeteilt in dieser Woche",
    "Impressum | Datenschutz | Kontakt",
)

FR = _page(
    "Accueil | Monde | Économie | Sport",
    "La ville portuaire vote la reconstruction de sa digue",
    "Les habitants de la ville portuaire ont voté mardi la reconstruction de la digue qui a cédé lors des "
    "inondations de l'hiver, et financeront les travaux par une taxe locale pendant dix ans.",
    "Le conseil a indiqué que les travaux commenceraient au printemps, une fois l'étude des anciennes fondations "
    "achevée, et que la nouvelle digue serait plus haute de deux mètres.",
    "Le maire a assuré que le port resterait ouvert pendant les travaux, et que la ville paierait les dégâts "
    "causés aux bateaux ou au quai.",
    "Pour lire la suite de cet article :",
    "Source : AFP",
    "Cet article vous a-t-il été utile ?",
    "Mots-clés : inondations, port, conseil",
    "Mentions légales | Contact",
)

ES = _page(
    "Inicio | Mundo | Economía | Deportes",
    "El pueblo costero vota reconstruir su muro contra tormentas",
    "Los vecinos del pueblo costero votaron el martes reconstruir el muro que cedió durante las inundaciones "
    "del invierno, y lo pagarán con un impuesto local durante los próximos diez años.",
    "El ayuntamiento dijo que las obras empezarán en primavera, cuando los ingenieros terminen de estudiar los "
    "cimientos antiguos, y que el nuevo muro será dos metros más alto.",
    "El alcalde aseguró que el puerto seguirá abierto durante las obras y que el municipio pagará los daños "
    "que sufran los barcos o el muelle.",
    "Fuente: EFE",
    "Valora esta noticia",
    "Etiquetas: inundaciones, puerto, ayuntamiento",
    "Aviso legal | Contacto",
)


@pytest.mark.parametrize("page, removed", [
    (EN, {"Source: Coastal News Agency": "source_credit", "Was this article helpful?": "article_feedback",
          "Tags: floods, harbour, council": "tag_list", "More on the floods:": "topic_list",
          "Why the old wall failed": "topic_list"}),
    (DE, {"Quelle: dpa": "source_credit", "War dieser Artikel hilfreich?": "article_feedback",
          "Schlagworte: Hochwasser, Hafen, Gemeinderat": "tag_list", "Mehr zum Thema Hochwasser:": "topic_list",
          "Warum die alte Mauer brach": "topic_list"}),
    (FR, {"Source : AFP": "source_credit", "Cet article vous a-t-il été utile ?": "article_feedback",
          "Mots-clés : inondations, port, conseil": "tag_list", "Pour lire la suite": "paywall_prompt"}),
    (ES, {"Fuente: EFE": "source_credit", "Valora esta noticia": "article_feedback",
          "Etiquetas: inundaciones, puerto, ayuntamiento": "tag_list"}),
], ids=["en", "de", "fr", "es"])
def test_boilerplate_leaves_and_the_article_stays(page, removed):
    cleaned = clean_text(page)
    for needle, rule in removed.items():
        assert needle not in cleaned.text
        assert _decided(cleaned, needle) == rule
    paragraphs = cleaned.text.split("\n\n")
    assert len(paragraphs) >= 3
    assert paragraphs[-1].startswith(("The mayor", "Der Bürgermeister", "Le maire", "El alcalde"))


@pytest.mark.parametrize("page", [EN, DE], ids=["en", "de"])
def test_a_topic_list_inside_the_article_does_not_end_it(page):
    """A box of articles on the story's topic stands between two paragraphs: the article goes on below it."""
    text = clean_text(page).text
    assert "Fishermen" in text or "Fischer" in text


def test_a_heading_with_no_text_under_it_after_the_article_leaves():
    page = _page(
        "Harbour town votes to rebuild its storm wall",
        "Residents of the harbour town voted on Tuesday to rebuild the storm wall that failed during the winter "
        "floods, and to raise the money for it through a local tax over the next ten years.",
        "What happens next",
        "The council said work would begin in the spring, once the engineers had finished their survey of the old "
        "foundations, and that the new wall would be two metres higher than the old one.",
        "Our newsletters and podcasts",
    )
    cleaned = clean_text(page)
    assert "What happens next" in cleaned.text  # a section heading heads text
    assert "Our newsletters and podcasts" not in cleaned.text
    assert _decided(cleaned, "Our newsletters and podcasts") in ("trailing_heading", "page_trailer")


def test_a_list_the_article_opens_with_a_colon_stays():
    page = _page(
        "Five places to swim this summer",
        "The lakes around the city are warm enough for swimming from June, and most of them have lifeguards at "
        "weekends, the council said as it published its list of recommended places for families.",
        "Our favourite spots on the water this year:",
        "The old mill pond at Westbrook\nThe beach at Long Lake\nThe river bend below the bridge",
    )
    text = clean_text(page).text
    assert "The beach at Long Lake" in text
