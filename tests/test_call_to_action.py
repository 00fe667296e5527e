"""Calls to action (issue 14, body precision on unseen sites): short promo lines and buttons ("Book your table today",
"Découvrez nos offres") in a promo block inside the article, in a menu over it or under it are not article text, while
the article's own sentence that asks the reader to click stays. The pages are tests/kinds_pages.py's, written for the
tests; the calls to action below are written for these tests too."""

from __future__ import annotations

import unicodedata

import pytest

from build_dataset.clean.cleaner import clean_text
from build_dataset.clean.lines import make_line
from build_dataset.clean.rules import REGISTRY
from kinds_pages import L

#: Per language: three calls to action, and a sentence inviting the reader to click that the article itself says.
CTAS = {
    "en": (["Book your free consultation today", "Download our FREE guide now!", "Click here for prices and availability"],
           "Click here to read the ministry's full report, which was published on Monday."),
    "de": (["Jetzt kostenlos Probefahrt buchen", "Hier klicken und Angebote vergleichen", "Entdecken Sie unsere Angebote jetzt"],
           "Hier klicken Sie sich durch den vollständigen Bericht der Behörde, der am Montag erschien."),
    "fr": (["Réservez votre table dès maintenant", "Découvrez nos offres d'été", "Téléchargez le guide gratuit"],
           "Cliquez ici pour lire le rapport complet du ministère, publié lundi."),
    "es": (["¡Reserva tu mesa hoy!", "Descarga la guía gratis", "Haz clic aquí y consulta los precios"],
           "Haga clic aquí para leer el informe completo del ministerio, publicado el lunes."),
    "it": (["Prenota ora il tuo tavolo", "Scarica gratis la guida", "Clicca qui per le offerte"],
           "Clicca qui per leggere il rapporto completo del ministero, pubblicato lunedì."),
    "pt": (["Compre agora com desconto", "Clique aqui e veja os preços", "Baixe grátis o guia"],
           "Clique aqui para ler o relatório completo do ministério, publicado na segunda-feira."),
    "nl": (["Bestel vandaag nog", "Klik hier voor de prijzen", "Vraag nu een gratis offerte aan"],
           "Klik hier om het volledige rapport van het ministerie te lezen, dat maandag verscheen."),
    "pl": (["Kliknij tutaj i sprawdź ceny", "Pobierz przewodnik za darmo", "Zamów teraz z rabatem"],
           "Kliknij tutaj, aby przeczytać pełny raport ministerstwa, opublikowany w poniedziałek."),
}
LAYOUTS = ("inside", "menu", "below")
#: kinds_pages has no English page: one written the same way.
EN = {
    "nav": ["Home", "Local", "Politics"],
    "headline": "New bridge over the river opens to traffic after three years of construction",
    "byline": "By Kate Fowler", "dateline": "March 12, 2024, 9:40 a.m.",
    "paras": ["The new bridge over the river opened to traffic on Monday morning, after three years of construction and "
              "several delays caused by rising material costs. Hundreds of residents watched the opening from both banks.",
              "The four-hundred-metre structure replaces the old iron bridge from the fifties, which surveyors had most "
              "recently judged to be no longer safe. In total the new bridge cost about thirty-two million pounds.",
              "The mayor recalled that residents of the northern districts had to take long detours for years. With the "
              "new link, the commute at rush hour should be at least twenty minutes shorter.",
              "Cyclists get their own lane on both sides, separated from the road by a low wall, and the footpaths are "
              "wide enough for prams and wheelchairs to pass each other.",
              "The old bridge is to be taken down over the summer; its iron railings will go to the town museum, "
              "which plans a small exhibition about the river crossing next spring."],
    "footer": "\u00a9 2024 River Courier. All rights reserved.",
}


def _page(lang: str, layout: str) -> tuple[str, list[str], list[str]]:
    """(page, lines the article must keep, calls to action it must not)."""
    d, (ctas, sentence) = EN if lang == "en" else L[lang], CTAS[lang]
    paras = list(d["paras"])
    paras[1] = paras[1] + " " + sentence  # the article's own invitation, inside a paragraph
    nav, tail = list(d["nav"]), []
    if layout == "inside":  # a site-wide promo block between two paragraphs
        paras = paras[:2] + ["\n".join(ctas)] + paras[2:]
    elif layout == "menu":  # a mega-menu whose items include the calls to action
        nav = [nav[0], ctas[0], *nav[1:], *ctas[1:]]
    else:
        tail = ["\n".join(ctas)]
    page = "\n\n".join(["\n".join(nav), d["headline"], d["byline"] + "\n" + d["dateline"], *paras, *tail, d["footer"]])
    return page + "\n", [p for p in paras if p not in ("\n".join(ctas),)], ctas


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("lang", sorted(CTAS))
def test_calls_to_action_leave_the_article(lang, layout):
    page, keep, ctas = _page(lang, layout)
    c = clean_text(page)
    nfkc = lambda t: unicodedata.normalize("NFKC", t)  # noqa: E731 - the cleaner reads text in NFKC
    lines = c.text.split("\n")
    assert [k for k in keep if nfkc(k) not in c.text] == []
    assert [x for x in ctas if nfkc(x) in lines] == []
    assert c.title == (EN if lang == "en" else L[lang])["headline"]


@pytest.mark.parametrize("lang", sorted(CTAS))
def test_a_call_to_action_is_a_whole_short_line_not_a_sentence(lang):
    rule = REGISTRY["call_to_action"]
    ctas, sentence = CTAS[lang]
    assert all(rule.decides(make_line(1, x)) for x in ctas)
    assert not rule.decides(make_line(1, sentence))
    # the same invitation as one short line of the article, ending like a sentence
    assert not rule.decides(make_line(1, " ".join(sentence.split(",")[0].split()[:8]) + "."))
