"""Text above the chosen headline (issue 14, kept snippets): when the article's first lines are not paragraph-shaped
(captions, short posts with hashtags), the headline picker can choose a heading inside or below the article; the
classifier's sure text above it is the article's start and stays, and the line chosen is no headline (the article is
its title, then its text in page order), while a menu above a headline still goes. Pages
written for these tests, in English and German; the picker's choice and the classifier's scores are fixed here so
that the test is about the cleaner's assembly, not about the models."""

from __future__ import annotations

import numpy as np
import pytest

from build_dataset.clean import cleaner, headline
from build_dataset.clean.lines import split_lines


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


POSTS_EN = _page(
    "Home | Garden | Kitchen | Living\nSign in",
    "The roses along the south wall came back after the hard winter and now cover the fence #roses",
    "We built raised beds this year because the soil near the house stays wet until May #beds",
    "The old apple tree still gives more fruit than the four of us can eat in a summer",
    "Discover more garden stories",
    "How do other readers garden? Click through the stories that members of our community shared with us this year.",
)
POSTS_DE = _page(
    "Startseite | Garten | Küche | Wohnen\nAnmelden",
    "Die Rosen an der Südwand sind nach dem harten Winter zurück und bedecken jetzt den Zaun #Rosen",
    "Hochbeete haben wir gebaut, weil der Boden am Haus bis in den Mai nass bleibt #Hochbeet",
    "Der alte Apfelbaum trägt mehr Früchte, als wir zu viert in einem Sommer essen können",
    "Entdecke weitere Gartengeschichten",
    "Wie gärtnern andere Leser? Klicke dich durch die Geschichten, die Mitglieder unserer Community mit uns teilten.",
)
MENU_EN = _page(
    "Home\nWorld\nBusiness\nSport\nWeather",
    "Storm wall to be rebuilt",
    "Residents voted on Tuesday to rebuild the storm wall that failed during the floods, the council said in a statement.",
)
MENU_DE = _page(
    "Startseite\nPolitik\nWirtschaft\nSport\nWetter",
    "Sturmmauer wird neu gebaut",
    "Die Bewohner stimmten am Dienstag dafür, die Sturmmauer neu zu bauen, die beim Hochwasser brach, teilte der Rat mit.",
)


def _decide(text: str, title_text: str, monkeypatch):
    """The cleaner's decisions for ``text`` with every non-blank line scored 0.95 (body) and the headline picker
    choosing the line ``title_text``."""
    lines = split_lines(text)
    keep = [i for i, ln in enumerate(lines) if ln.text]
    title = next(i for i, ln in enumerate(lines) if ln.text == title_text)
    monkeypatch.setattr(headline, "pick_title", lambda *args: title)
    decisions = cleaner.decide(lines, scored=(keep, np.full(len(keep), 0.95)), line_rules=False)
    return lines, decisions


@pytest.mark.parametrize("page, title, kept", [
    (POSTS_EN, "Discover more garden stories", ("The roses along the south wall", "The old apple tree")),
    (POSTS_DE, "Entdecke weitere Gartengeschichten", ("Die Rosen an der Südwand", "Der alte Apfelbaum")),
], ids=["en", "de"])
def test_sure_text_above_the_headline_stays(page, title, kept, monkeypatch):
    lines, decisions = _decide(page, title, monkeypatch)
    labels = {ln.text: d for ln, d in zip(lines, decisions) if ln.text}
    assert "headline" not in {d.rule for d in decisions}
    for start in kept:
        line = next(t for t in labels if t.startswith(start))
        assert labels[line].label == "body", line


@pytest.mark.parametrize("page, title", [(MENU_EN, "Storm wall to be rebuilt"), (MENU_DE, "Sturmmauer wird neu gebaut")],
                         ids=["en", "de"])
def test_a_menu_above_the_headline_still_goes(page, title, monkeypatch):
    """One short item a line is no article text, however sure the classifier is of it."""
    lines, decisions = _decide(page, title, monkeypatch)
    assert [d.label for ln, d in zip(lines, decisions) if ln.text][:5] == ["boilerplate"] * 5
    assert next(d for ln, d in zip(lines, decisions) if ln.text == title).rule == "headline"


def test_text_above_needs_sure_long_lines():
    lines = split_lines(POSTS_EN)
    above = [i for i, ln in enumerate(lines) if ln.text][2:5]
    sure = (above, np.full(len(above), 0.9))
    assert cleaner._text_above(lines, above, sure)
    assert not cleaner._text_above(lines, above, (above, np.full(len(above), 0.5)))  # not sure of it
    assert not cleaner._text_above(lines, above[:1], sure)  # too little text


# ---------------------------------------------------------------- paragraphs above the classifier's first body line

LEAD_EN = _page(
    "Home | World | Business\nSign in",
    "Harbour town votes to rebuild its storm wall",
    "Residents voted on Tuesday to rebuild the storm wall that failed during the floods, and the council will pay.",
    "Photo: Jane Roe",
    "The wall broke in three places in March, and the water reached the market square within an hour of the break.",
    "Work is to begin in the spring and take two years, the council said, and the road will stay open meanwhile.",
    "Share this article",
    "Readers have asked many questions about the wall, and we will answer them in a live session next Monday.",
)
LEAD_PL = _page(
    "Strona główna | Świat | Biznes\nZaloguj",
    "Miasto portowe odbuduje wał przeciwpowodziowy",
    "Mieszkańcy zagłosowali we wtorek za odbudową wału, który pękł podczas powodzi, a koszty pokryje rada miasta.",
    "Fot. Jan Kowalski",
    "Wał pękł w marcu w trzech miejscach, a woda dotarła na rynek w ciągu godziny od przerwania umocnień.",
    "Prace mają ruszyć wiosną i potrwać dwa lata, poinformowała rada, a droga przez cały czas pozostanie otwarta.",
    "Udostępnij artykuł",
    "Czytelnicy zadali wiele pytań o wał, a odpowiemy na nie podczas spotkania na żywo w najbliższy poniedziałek.",
)


def _mask(text: str, lead: float, after: float):
    """The body mask of ``text`` with its two body paragraphs scored 0.9, its lead (the first long line) ``lead``, the
    paragraph after the share line ``after``, every other line 0.05."""
    lines = split_lines(text)
    keep = [i for i, ln in enumerate(lines) if ln.text]
    paragraphs = [i for i in keep if lines[i].words >= 10]
    probs = {i: 0.05 for i in keep}
    probs.update({paragraphs[0]: lead, paragraphs[1]: 0.9, paragraphs[2]: 0.9, paragraphs[3]: after})
    mask = cleaner.body_mask(lines, [None] * len(lines), (keep, np.array([probs[i] for i in keep])), 0.55)
    return [lines[i].text for i in keep if mask[i]], [lines[i].text for i in paragraphs]


@pytest.mark.parametrize("page", [LEAD_EN, LEAD_PL], ids=["en", "pl"])
def test_a_lead_the_classifier_was_unsure_of_stays(page):
    kept, paragraphs = _mask(page, lead=0.45, after=0.45)
    assert kept[:3] == paragraphs[:3]  # the lead (0.45, above the article) and the two paragraphs
    assert paragraphs[3] not in kept  # the same score below the article, after a share line, is not enough
    kept, _ = _mask(page, lead=0.2, after=0.05)
    assert paragraphs[0] not in kept  # a paragraph the classifier rejects stays out (0.3 joins: see HEAD_RUN_PARAGRAPH)


TEASER_EN = _page(
    "Home | World | Business\nSign in",
    "Also today: the ferry timetable changes on Monday, and the harbour office moves to the old customs house.",
    "Harbour town votes to rebuild its storm wall",
    "Residents voted on Tuesday to rebuild the storm wall that failed during the floods, and the council will pay.",
    "Photo: Jane Roe",
    "The wall broke in three places in March, and the water reached the market square within an hour of the break.",
    "Work is to begin in the spring and take two years, the council said, and the road will stay open meanwhile.",
)
TEASER_ES = _page(
    "Inicio | Mundo | Economía\nIniciar sesión",
    "También hoy: el horario del ferry cambia el lunes y la oficina del puerto se muda a la antigua aduana.",
    "El pueblo portuario votará reconstruir su muro contra tormentas",
    "Los vecinos votaron el martes a favor de reconstruir el muro que falló durante las inundaciones, y pagará el ayuntamiento.",
    "Foto: Juan Pérez",
    "El muro se rompió en tres lugares en marzo, y el agua llegó a la plaza del mercado en menos de una hora.",
    "Las obras empezarán en primavera y durarán dos años, dijo el ayuntamiento, y la carretera seguirá abierta.",
)


@pytest.mark.parametrize("page", [TEASER_EN, TEASER_ES], ids=["en", "es"])
def test_a_lead_below_the_headline_stays_and_a_paragraph_above_it_goes(page, monkeypatch):
    """A paragraph the classifier was unsure of (0.45) joins the article below the headline, not above it: the headline
    is looked for above the classifier's own first paragraph, and nothing above the headline is article text."""
    lines = split_lines(page)
    keep = [i for i, ln in enumerate(lines) if ln.text]
    paragraphs = [i for i in keep if lines[i].words >= 10]
    title = next(i for i in keep if i > paragraphs[0] and lines[i].words < 10)
    probs = {i: 0.05 for i in keep}
    probs.update({paragraphs[0]: 0.45, paragraphs[1]: 0.45, paragraphs[2]: 0.9, paragraphs[3]: 0.9})
    monkeypatch.setattr(headline, "pick_title", lambda *args: title)
    decisions = cleaner.decide(lines, scored=(keep, np.array([probs[i] for i in keep])), line_rules=False)
    assert decisions[title].rule == "headline"
    assert [decisions[i].label for i in paragraphs] == ["boilerplate", "body", "body", "body"]
