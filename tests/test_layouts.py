"""The layout failure kinds of the body text (issue 14), on pages written for these tests in several layouts and
languages: each page is cleaned whole, and what must stay in the article and what must leave it is checked."""

from __future__ import annotations

import re

import numpy as np
import pytest

from build_dataset.clean import cleaner
from build_dataset.clean.cleaner import Decision, body_mask, clean_text, decide
from build_dataset.clean.lines import split_lines
from build_dataset.clean.rules import by_page
from build_dataset.clean.rules.by_page import past_article_end


def _page(*blocks: str) -> str:
    """A scraped page: blocks of lines, a blank line between blocks."""
    return "\n\n".join(blocks) + "\n"


def _decided(cleaned, needle: str) -> str:
    """The rule that decided the line containing ``needle``."""
    return next(d.rule for ln, d in zip(cleaned.lines, cleaned.decisions) if needle in ln.text)


# ---------------------------------------------------------------- short-paragraph articles

SHORT_EN = _page(
    "Home | World | Business | Sport",
    "The night the lights went out in Harbour Town",
    "The storm reached the coast just after midnight, and within an hour most of the town had lost power, "
    "the utility said in a statement on Sunday morning.",
    "Nobody slept.\nThe wind took the roof off the fish market.\nBoats broke loose in the harbour.\n"
    "\u201cI have never seen anything like it,\u201d said the harbour master.\nBy dawn the water had gone down.",
    "Crews from three counties worked through the day to restore the lines, and by Sunday evening most homes "
    "had electricity again, although the schools stayed closed.",
    "Share this article",
    "Privacy | Terms | Contact",
)

SHORT_DE = _page(
    "Startseite | Politik | Wirtschaft | Sport",
    "Die Nacht, in der in Hafenstadt die Lichter ausgingen",
    "Der Sturm erreichte die Küste kurz nach Mitternacht, und innerhalb einer Stunde war der größte Teil der "
    "Stadt ohne Strom, teilte der Versorger am Sonntagmorgen mit.",
    "Niemand schlief.\nDer Wind riss das Dach der Fischhalle ab.\nBoote rissen sich im Hafen los.\n"
    "\u201eSo etwas habe ich noch nie gesehen\u201c, sagte der Hafenmeister.\nBis zum Morgen war das Wasser gesunken.",
    "Trupps aus drei Landkreisen arbeiteten den ganzen Tag an den Leitungen, und am Sonntagabend hatten die "
    "meisten Haushalte wieder Strom, doch die Schulen blieben geschlossen.",
    "Impressum | Datenschutz | Kontakt",
)


@pytest.mark.parametrize("page, sentences", [
    (SHORT_EN, ("Nobody slept.", "Boats broke loose in the harbour.", "By dawn the water had gone down.")),
    (SHORT_DE, ("Niemand schlief.", "Boote rissen sich im Hafen los.", "Bis zum Morgen war das Wasser gesunken.")),
], ids=["en", "de"])
def test_a_short_paragraph_article_stays_whole(page, sentences):
    """One-sentence paragraphs between the article's paragraphs are article text, however short."""
    paragraphs = clean_text(page).text.split("\n\n")
    for sentence in sentences:
        assert sentence in paragraphs
    assert "Home | World | Business | Sport" not in paragraphs


def _doubted(page: str) -> set[str]:
    """The lines ``body_mask`` keeps when the classifier is sure of the long paragraphs only."""
    lines = split_lines(page)
    keep = [i for i, ln in enumerate(lines) if ln.text]
    probs = np.array([0.9 if lines[i].words >= 20 else 0.2 for i in keep])
    mask = body_mask(lines, [None] * len(lines), (keep, probs), threshold=0.5)
    return {lines[i].text for i in range(len(lines)) if mask[i]}


@pytest.mark.parametrize("page, label", [(SHORT_EN, "More on storms"), (SHORT_DE, "Mehr zum Sturm")], ids=["en", "de"])
def test_sentences_the_classifier_doubts_between_body_lines_are_kept(page, label):
    """Where the classifier scores short sentences low (dialogue, a page without blank lines), a run of
    sentence-ending lines between two body lines is kept; a sentence after the last body line is not, and a
    label in the gap (it does not end like a sentence) stays out and breaks the run."""
    short = [ln.text for ln in split_lines(page) if ln.terminal and ln.words < 20]
    assert len(short) == 5
    kept = _doubted(page + "\nThat was all.\n")
    assert set(short) <= kept and "That was all." not in kept
    kept = _doubted(page.replace(f"{short[0]}\n", f"{short[0]}\n{label}\n", 1))
    assert label not in kept and short[0] not in kept


# ---------------------------------------------------------------- dropdowns flattened into one line

_COUNTRIES = ("Country Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan "
              "Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Botswana Brazil")
_SECTEURS = ("Secteur Agriculture Automobile Banque Assurance Chimie Construction Distribution Énergie Finance "
             "Immobilier Industrie Informatique Médias Pharmacie Santé Télécommunications Transport Tourisme Édition "
             "Textile")
DROPDOWN_EN = _page(
    "World | Politics | Business",
    "Border talks resume in Geneva",
    "Delegations from both countries met again on Thursday after a pause of three months, and officials said "
    "that the atmosphere had been constructive.",
    "The two sides exchanged drafts of a text on the border and agreed to meet again in the spring, a "
    "spokesman for the foreign ministry told reporters.",
    "Sign up for our newsletter",
    _COUNTRIES,
    "Privacy | Terms",
)
DROPDOWN_FR = _page(
    "Monde | Politique | Économie",
    "Les pourparlers sur la frontière reprennent à Genève",
    "Les délégations des deux pays se sont de nouveau réunies jeudi après une pause de trois mois, et les "
    "responsables ont jugé que l'atmosphère avait été constructive.",
    _SECTEURS,
    "Les deux parties ont échangé des projets de texte sur la frontière et sont convenues de se revoir au "
    "printemps, a indiqué un porte-parole du ministère.",
    "Mentions légales | Contact",
)


@pytest.mark.parametrize("page, options", [(DROPDOWN_EN, _COUNTRIES), (DROPDOWN_FR, _SECTEURS)], ids=["en", "fr"])
def test_a_dropdown_flattened_into_one_line_is_not_article_text(page, options):
    """A form's options in one long line (after the article, or inside it) pass the classifier as prose; the
    line has many capitalised items and nothing of a sentence."""
    cleaned = clean_text(page)
    assert options not in cleaned.text
    assert _decided(cleaned, options) == "option_list"
    paragraphs = [block for block in page.split("\n\n") if len(block.split()) >= 20 and block != options]
    assert len(paragraphs) == 2 and all(p in cleaned.text.split("\n\n") for p in paragraphs)


@pytest.mark.parametrize("line", [
    "Delegations from both countries met again on Thursday, and officials said the talks on the border "
    "would continue next month in Geneva.",
    "Die Delegationen beider Länder trafen sich am Donnerstag erneut und sagten, die Gespräche würden im "
    "nächsten Monat in Genf fortgesetzt",
    "Leaders Attending The Summit Include The Presidents Of France And Germany And The Prime Ministers Of "
    "Italy And Spain Tomorrow",
    # a headline in a language whose function words are not listed: its colon, dash and quotes make it prose
    "Sanna tapasi kollegansa Berliinissä: myös Saksa haluaa pitää kiinni maataloustuista ensi vuosina - "
    "”meidän näkemyksiämme suurimpana maksajana ei ole otettu huomioon”",
], ids=["sentence", "de-no-full-stop", "title-case-with-lower-words", "fi-headline"])
def test_prose_is_not_an_option_list(line):
    from build_dataset.clean.rules.by_page import option_list
    from build_dataset.clean.lines import make_line

    line = line.replace(" The ", " the ").replace(" Of ", " of ").replace(" And ", " and ")
    assert option_list([make_line(1, line)], [None]) == []


# ---------------------------------------------------------------- tables written one cell per line

TABLE_EN = _page(
    "Home | Elections | Results",
    "Turnout rose in every region, the election commission says",
    "Turnout rose in every region in Sunday's vote, the election commission said on Monday, with the largest "
    "increase in the north, where new polling stations had opened.",
    "Region\nTurnout\nNorth\n71.2\nSouth\n64.8\nEast\n66",
    "The commission said the final count would be published on Friday, after the postal votes from abroad had "
    "been added to the totals of the regions.",
    "Related: How the vote works",
    "1\n2\n3\nNext",
)
TABLE_ES = _page(
    "Inicio | Economía | Mercados",
    "Las exportaciones crecen en todos los sectores",
    "Las exportaciones crecieron en todos los sectores durante el primer trimestre, según los datos publicados "
    "el lunes por el instituto de estadística, que destacó el avance de la industria.",
    "Sector\nCrecimiento\nIndustria\n8,4\nAgricultura\n3,1\nServicios\n5",
    "El instituto publicará los datos del segundo trimestre en julio, cuando se conozcan también las cifras "
    "definitivas de las importaciones de energía.",
    "Aviso legal | Contacto",
)

# its row labels are words the article never uses (the classifier drops them), its numbers stay
TABLE_FR = _page(
    "Accueil | Élections | Résultats",
    "La participation a progressé dans toutes les régions, selon la commission électorale",
    "La participation a progressé dans toutes les régions lors du vote de dimanche, a indiqué lundi la commission "
    "électorale, avec la plus forte hausse dans le nord, où de nouveaux bureaux de vote avaient ouvert.",
    "Région\nParticipation\nNord\n71,2\nMidi\n64,8\nLevant\n66",
    "La commission électorale a précisé que la participation définitive dans toutes les régions serait publiée "
    "vendredi, une fois les votes de l'étranger ajoutés, et que la hausse dans le nord devrait se confirmer.",
    "Mentions légales | Contact",
)


@pytest.mark.parametrize("page, cells", [(TABLE_EN, ("71.2", "64.8", "66")), (TABLE_ES, ("8,4", "3,1", "5")),
                                         (TABLE_FR, ("71,2", "64,8", "66"))],
                         ids=["en", "es", "fr"])
def test_a_table_written_one_cell_per_line_keeps_its_numbers(page, cells):
    """A table's numbers between its labels are article text (``table_cell``), not lone counts; a pager after
    the article is not."""
    cleaned = clean_text(page)
    paragraphs = cleaned.text.split("\n\n")
    rule_of = {ln.text: d.rule for ln, d in zip(cleaned.lines, cleaned.decisions)}
    for cell in cells:
        assert cell in paragraphs and rule_of[cell] == "table_cell"
    assert not {"1", "2", "3"} & set(paragraphs)


# ---------------------------------------------------------------- related-content blocks after the article

RELATED_EN = "\n".join((
    'Home | World | Business | Technology | Sport',
    '',
    'Port strike enters its second week as talks stall',
    '',
    "The strike at the country's largest container port entered its second week on Monday, with hundreds of ships waiting offshore and talks between the union and the port operator stalled over pay.",
    '',
    'The union says its members have not had a real pay rise in five years, while the operator says it cannot afford the increase the union demands without raising its fees.',
    '',
    'Exporters warned that the delays were costing them millions every day, and several asked the government to step in and appoint a mediator before the end of the week.',
    '',
    'The labour minister said on Sunday that she was ready to meet both sides, but that an agreement had to come from the negotiating table.',
    '',
    'More from Business',
    '',
    'Airline profits soar on record summer travel',
    'Carriers reported their best quarter in a decade as passengers returned in force to holiday routes.',
    '',
    'Central bank holds rates steady for third month',
    'Policy makers said inflation was easing but warned that risks remained on the upside.',
    '',
    'Chip maker opens new plant in the north',
    'The factory will employ two thousand people when it reaches full production next year.',
    '',
    'Retail sales fall as shoppers cut back',
    'Sales fell for the second month running as households felt the pinch of higher energy bills.',
    '',
    'Privacy Policy | Terms of Use | Contact',
)) + "\n"
RELATED_DE = "\n".join((
    'Startseite | Politik | Wirtschaft | Sport',
    '',
    'Hafenstreik geht in die zweite Woche',
    '',
    'Der Streik im größten Containerhafen des Landes ging am Montag in die zweite Woche, Hunderte Schiffe warteten vor der Küste, und die Gespräche zwischen Gewerkschaft und Hafenbetreiber stockten.',
    '',
    'Die Gewerkschaft sagt, ihre Mitglieder hätten seit fünf Jahren keine echte Lohnerhöhung bekommen, während der Betreiber erklärt, er könne sich die geforderte Erhöhung nicht leisten.',
    '',
    'Exporteure warnten, die Verzögerungen kosteten sie jeden Tag Millionen, und mehrere forderten die Regierung auf, noch vor Ende der Woche einen Schlichter zu ernennen.',
    '',
    'Die Arbeitsministerin sagte am Sonntag, sie sei bereit, beide Seiten zu treffen, eine Einigung müsse aber am Verhandlungstisch entstehen.',
    '',
    'Mehr aus Wirtschaft',
    '',
    'Fluggesellschaften melden Rekordgewinne nach dem Sommer',
    'Die Fluglinien meldeten ihr bestes Quartal seit zehn Jahren, weil die Passagiere auf die Urlaubsrouten zurückkehrten.',
    '',
    'Zentralbank lässt die Zinsen zum dritten Mal unverändert',
    'Die Notenbanker sagten, die Inflation lasse nach, warnten aber vor weiteren Risiken.',
    '',
    'Chiphersteller eröffnet neues Werk im Norden',
    'Das Werk soll zweitausend Menschen beschäftigen, wenn es im nächsten Jahr voll produziert.',
    '',
    'Einzelhandelsumsätze sinken, weil die Verbraucher sparen',
    'Die Umsätze fielen den zweiten Monat in Folge, weil die Haushalte die höheren Energiekosten spürten.',
    '',
    'Impressum | Datenschutz | Kontakt',
)) + "\n"


@pytest.mark.parametrize("page, heading", [(RELATED_EN, "More from Business"), (RELATED_DE, "Mehr aus Wirtschaft")],
                         ids=["en", "de"])
def test_a_headline_and_teaser_list_after_the_article_is_not_article_text(page, heading):
    """Blocks of a headline over a one-sentence teaser, one after another below the article, are other articles
    (``teaser_list``, in any language: it is their shape), and they end the article. (A heading that names its
    list's topic, "More from Business", is the ``topic_list``'s.)"""
    cleaned = clean_text(page)
    assert _decided(cleaned, heading) in ("teaser_list", "topic_list")
    paragraphs = cleaned.text.split("\n\n")
    assert len(paragraphs) == 4 and all(len(p.split()) >= 15 for p in paragraphs)


def test_an_article_of_questions_and_short_answers_stays_whole():
    """Question headings end like sentences: a FAQ's blocks are not teasers."""
    faq = RELATED_EN.split("More from Business")[0] + "\n\n".join(
        f"{q}\n{a}" for q, a in [
            ("How long will the strike last?", "Nobody knows, but the union has funds for another month."),
            ("Will prices rise?", "Importers say shelves will empty first and prices will follow later."),
            ("Who can end it?", "Only the two sides can, although a mediator could help them find a deal."),
        ]) + "\n"
    text = clean_text(faq).text
    assert "Will prices rise?" in text and "Only the two sides can, although" in text


# ---------------------------------------------------------------- news tickers

def _ticker_page(section: str, head: str, article: tuple[str, ...], items: tuple[str, ...], between: str) -> str:
    """An article, then a "latest news" ticker whose items (a clock time and a headline) have a paragraph between them."""
    ticker = [f"{23 - k}:{k * 7:02d} {item}" for k, item in enumerate(items)]
    return _page(section, head, *article, ticker[0], ticker[1], between, *ticker[2:], "Impressum")


TICKER_FR = _ticker_page(
    "Monde",
    "Un troisième Français mort dans le séisme",
    ("Un troisième Français a été tué dans le tremblement de terre samedi, a déclaré jeudi le ministre des "
     "Affaires étrangères devant la presse.",
     "Un deuxième avion dépêché par Paris est arrivé jeudi avec vingt tonnes de matériel, selon le ministère, "
     "et il devait ramener les Français les plus éprouvés."),
    ("Accusations de viols : des militaires mis en cause", "Un artiste arrêté pour avoir coloré un geyser",
     "Loi renseignement : le Conseil refuse d'examiner le texte", "Les calories affichées sur les menus"),
    "Un tremblement de terre de magnitude 6,8 a touché la Papouasie-Nouvelle-Guinée, selon l'institut américain "
    "de géologie, sans faire de victimes selon les premiers bilans.",
)
TICKER_PL = _ticker_page(
    "Kraj",
    "Rząd ogłosił nowy program dla rolników",
    ("Rząd ogłosił w czwartek nowy program wsparcia dla rolników, który ma objąć ponad sto tysięcy gospodarstw "
     "w całym kraju, poinformował minister rolnictwa.",
     "Wnioski będzie można składać od przyszłego miesiąca, a pierwsze wypłaty mają trafić do rolników jeszcze "
     "przed końcem roku, dodał minister na konferencji."),
    ("Rząd Rosji zakazał eksportu kaszy gryczanej", "Lidl rusza ze sprzedażą testów antygenowych",
     "Ceny paliw znowu w górę na stacjach", "Nowe połączenie kolejowe z Gdańska"),
    "Sieć sklepów poinformowała w komunikacie, że testy będą dostępne we wszystkich placówkach od poniedziałku, "
    "a ich cena nie przekroczy dwudziestu złotych.",
)


@pytest.mark.parametrize("page", [TICKER_FR, TICKER_PL], ids=["fr", "pl"])
def test_a_news_ticker_after_the_article_ends_it(page):
    """Clock-time headlines below the article are a ticker: they and the ticker's text between them leave; the
    article stays whole."""
    cleaned = clean_text(page)
    paragraphs = cleaned.text.split("\n\n")
    assert len(paragraphs) == 2 and all(p in page for p in paragraphs)
    ticker = [ln.text for ln in cleaned.lines if ln.text[:1].isdigit() and ":" in ln.text[:3]]
    assert len(ticker) == 4 and {_decided(cleaned, item) for item in ticker} == {"news_ticker"}


# ---------------------------------------------------------------- what ends an article: copyright notices, list headings

_ARTICLE_EN = (
    "Talks on Syria end without agreement in Vienna",
    "The talks ended on Friday without an agreement, the two delegations said in statements after the meeting in "
    "the Austrian capital, where they had met for three days.",
    "Both sides said they would meet again in the new year, after consultations at home with their leaders and "
    "their parliaments, which must approve any text.",
    "Diplomats said the gap between the two positions had narrowed, but that several questions remained open, "
    "among them the timetable and the monitoring of the ceasefire.",
)
_ARTICLE_DE = (
    "Gespräche über Syrien enden in Wien ohne Einigung",
    "Die Gespräche endeten am Freitag ohne Einigung, teilten die beiden Delegationen nach dem dreitägigen Treffen "
    "in der österreichischen Hauptstadt in Erklärungen mit.",
    "Beide Seiten wollen sich im neuen Jahr wieder treffen, nach Beratungen mit ihren Regierungen und Parlamenten, "
    "die jedem Text zustimmen müssen.",
    "Diplomaten sagten, der Abstand zwischen den Positionen sei kleiner geworden, doch mehrere Fragen seien offen, "
    "darunter der Zeitplan und die Überwachung der Waffenruhe.",
)
# Teasers of other articles run into one line each (headline and teaser, as a scraper writes a linked box).
_OTHERS_EN = (
    "Harbour town votes to rebuild its storm wall Residents voted on Tuesday to rebuild the wall that failed during "
    "the floods, and the council will ask the state for half of the cost of the work.",
    "Oil prices fall after the talks Traders said the market had expected an agreement for weeks and that the "
    "fall was smaller than many of them had feared in the morning.",
)
_OTHERS_DE = (
    "Hafenstadt stimmt für neue Sturmmauer Die Bewohner stimmten am Dienstag dafür, die Mauer wieder aufzubauen, "
    "die bei der Flut versagt hatte, und der Rat will das Land um die Hälfte der Kosten bitten.",
    "Ölpreise fallen nach den Gesprächen Händler sagten, der Markt habe seit Wochen mit einer Einigung gerechnet, "
    "und der Rückgang sei kleiner als viele von ihnen am Morgen befürchtet hatten.",
)


@pytest.mark.parametrize("page, notice", [
    (_page(*_ARTICLE_EN, "Copyright 2008 The Associated Press. All rights reserved.", *_OTHERS_EN),
     "Copyright 2008"),
    (_page(*_ARTICLE_EN, "\u00a9 Example Media 2025", *_OTHERS_EN), "\u00a9 Example Media"),
    (_page(*_ARTICLE_DE, "dpa. Alle Rechte vorbehalten.", *_OTHERS_DE), "Alle Rechte vorbehalten"),
], ids=["en-copyright", "en-sign", "de"])
def test_a_copyright_notice_below_the_article_ends_it(page, notice):
    """Paragraphs of other articles below the article's copyright notice are not its text."""
    cleaned = clean_text(page)
    assert _decided(cleaned, notice) == "site_disclaimer"
    assert _ARTICLE_EN[3] in cleaned.text or _ARTICLE_DE[3] in cleaned.text
    for other in _OTHERS_EN + _OTHERS_DE:
        assert other not in cleaned.text


def test_an_image_credit_with_rights_does_not_end_the_article():
    """A caption's "All rights reserved" (a long line, no copyright lead) is not the article's footer."""
    caption = ("Rain over the square, 1960. Oil on canvas, 120 x 90 cm. Private collection. All rights reserved, the "
               "artist's estate and the city gallery, 2025.")
    page = _page(*_ARTICLE_EN[:3], caption, _ARTICLE_EN[3], "Privacy | Terms")
    assert _ARTICLE_EN[3] in clean_text(page).text


@pytest.mark.parametrize("page, heading", [
    (_page(*_ARTICLE_EN, "MORE WORLD HEADLINES \u00bb", *_OTHERS_EN), "MORE WORLD HEADLINES"),
    (_page(*_ARTICLE_EN, "Other recent articles...", *_OTHERS_EN), "Other recent articles"),
    (_page(*_ARTICLE_EN, "Hockey headlines", *_OTHERS_EN), "Hockey headlines"),
    (_page(*_ARTICLE_DE, "Weitere Nachrichten", *_OTHERS_DE), "Weitere Nachrichten"),
], ids=["en-more", "en-other", "en-section", "de"])
def test_a_heading_that_names_a_list_of_articles_ends_the_article(page, heading):
    """"More ... headlines", "Other recent articles", "Weitere Nachrichten": the paragraphs under it are other articles'."""
    cleaned = clean_text(page)
    assert _decided(cleaned, heading) == "related_list"
    for other in _OTHERS_EN + _OTHERS_DE:
        assert other not in cleaned.text


def test_an_article_list_of_more_items_is_not_a_related_heading():
    """"More blog posts" among the items of the article's own list ("They need:") is article text."""
    page = _page(*_ARTICLE_EN[:3], "The delegations said they need:\nMore working papers\nMore blog posts\nMore time",
                 _ARTICLE_EN[3], "Privacy | Terms")
    cleaned = clean_text(page)
    assert _decided(cleaned, "More blog posts") != "related_list"
    assert _ARTICLE_EN[3] in cleaned.text


@pytest.mark.parametrize("line", ["Comments are now closed for this story", "Die Kommentarfunktion ist geschlossen.",
                                  "Les commentaires sont désormais fermés"])
def test_a_closed_comment_section_ends_the_article(line):
    """Reader comments under "Comments are now closed" (no commenter header) are not the article's text."""
    comment = ("I think the talks were doomed from the start, and everyone knew it, whatever the ministers said about "
               "them in public afterwards.")
    cleaned = clean_text(_page(*_ARTICLE_EN, line, "Stephen B\n" + comment, "Lina\nAgreed, the debt is a drain."))
    assert _decided(cleaned, line) == "comment_prompt"
    assert comment not in cleaned.text


def test_image_credits_inside_the_article_do_not_end_it():
    """"© dpa | NAME" under each photo (no year, no rights phrase) is a credit, not the article's footer."""
    page = _page(_ARTICLE_DE[0], _ARTICLE_DE[1], "\u00a9 dpa | Kay Beispiel", _ARTICLE_DE[2], "\u00a9 Bild: Werk/Anna Muster",
                 _ARTICLE_DE[3], "Impressum | Datenschutz")
    cleaned = clean_text(page)
    assert _ARTICLE_DE[2] in cleaned.text and _ARTICLE_DE[3] in cleaned.text


@pytest.mark.parametrize("glued", [
    "Property growth shows slackGhost frogs given protectionColeman admits interest in returning as bossStriker "
    "insists rift with manager is overRain brings fresh flood fearsPeel joins Sale",
    "Regierung will Steuern senkenBahn streikt erneutWetter bleibt wechselhaftMuseum öffnet wiederKinder feiern "
    "ausgelassenSchule schließt früher",
], ids=["en", "de"])
def test_headlines_run_together_in_one_line_are_not_article_text(glued):
    """A list of headlines the scraper wrote without spaces between its links reads like a long sentence."""
    cleaned = clean_text(_page(_ARTICLE_EN[0], glued, *_ARTICLE_EN[1:], "Privacy | Terms"))
    assert _decided(cleaned, glued[:30]) == "glued_links"
    assert _ARTICLE_EN[1] in cleaned.text


def test_brands_and_code_are_not_glued_links():
    """Inner capitals of brands ("iPhone", "YouTube") and camelCase code are not link texts run together."""
    prose = ("The new iPhone, the MacBook and the PlayStation were shown at the fair, where YouTube and LinkedIn also "
             "had stands, the organisers said on Friday.")
    cleaned = clean_text(_page(*_ARTICLE_EN[:2], prose, *_ARTICLE_EN[2:], "Privacy | Terms"))
    assert prose in cleaned.text


def _joins_letter_by_letter(text: str) -> int:
    """The joins of ``by_page._joins`` counted letter by letter, without its shortcuts."""
    count = 0
    for run in re.findall(r"[^\W\d_]+", text):
        humps = [k for k in range(1, len(run)) if run[k].isupper() and run[k - 1].islower()]
        if len(humps) == 1:
            k = humps[0]
            count += run[0].islower() and k >= 3 and k + 1 < len(run) and run[k + 1].islower()
    return count


@pytest.mark.parametrize("text", [
    "bossStriker insists rift with manager is overRain brings fresh flood fearsPeel joins Sale",
    "senkenBahn streikt erneutWetter bleibt wechselhaftMuseum öffnet wiederKinder",
    "Правительство снизит налогиПоезда опять стоятПогода остаётся переменчивой",
    "Η κυβέρνηση μειώνει φόρουςΤα τρένα σταματούν ξανάΟ καιρός",
    "the new iPhone and MacBook, YouTube and showDeathMessages", "ÀÉÎ ǅemal ǆǄx ﬁŉ ΣσςΣ İstanbulİzmir ſſS",
    "“quotes”—dashes… émojis 🙂 then wordsJoined aﬁxAbc 𝐀𝐚𝐀 ⓐⒶⓐ ⅰⅠⅰ", "中文標題新聞稿件ABCdefGhi日本語のテキスト", "",
])
def test_joins_are_counted_as_letter_by_letter(text):
    """The shortcuts of the glued-link count (a regular expression first, runs without a capital skipped) count
    the same joins as reading every letter, in every script and with characters past the expression's class."""
    assert by_page._joins(text) == _joins_letter_by_letter(text)
    assert by_page._joins(text + " " + text[::-1]) == _joins_letter_by_letter(text + " " + text[::-1])


_COMMENTS = ("Stephen B\nThe time has come for the government to cut some of the fat instead of asking others to pay.",
             "Stop spending my money!",
             "puddin and pie\nAgreed, that debt is a drain on the revenue of the province.",
             "Lina\nThe government should not be spending taxpayers' money on industry, that is for the private sector.")


@pytest.mark.parametrize("prompt", ["Comments are now closed for this story", "Kommentare"], ids=["en", "de"])
def test_comments_under_bare_names_below_a_comment_prompt_are_not_article_text(prompt):
    """Reader comments whose headers are the commenters' names alone (no date, no "says:") under a comment prompt."""
    cleaned = clean_text(_page(*_ARTICLE_EN, prompt, *_COMMENTS, "Privacy | Terms"))
    assert _ARTICLE_EN[3] in cleaned.text
    for comment in _COMMENTS:
        assert comment.splitlines()[-1] not in cleaned.text
    assert _decided(cleaned, "puddin and pie") == "comment_section"


def test_section_headings_under_a_jump_link_to_the_comments_stay():
    """A comment link at the article's top ("Leave a comment") over sections with one-line headings is not a comment
    section: too few paragraphs stand above it."""
    sections = ("Background\nThe talks began in the spring, after a year in which neither side had moved.",
                "The issues\nThe timetable and the monitoring of the ceasefire were the hardest questions.",
                "What comes next\nThe delegations will consult their governments before the next round.")
    cleaned = clean_text(_page(_ARTICLE_EN[0], _ARTICLE_EN[1], "Leave a comment", *sections, _ARTICLE_EN[2],
                               "Privacy | Terms"))
    for section in sections:
        assert section.splitlines()[1] in cleaned.text


# ---------------------------------------------------------------- a story toolbar above and below the article

_MORE_EN = _OTHERS_EN + (
    "Schools stay closed after the storm The education board said on Monday that the schools would open again only "
    "when the roads were safe, which could take the rest of the week.",
    "Ferry service resumes on the north route The ferry company said its boats would run on the winter timetable "
    "until the harbour wall was repaired, and asked passengers to book ahead.",
)
_MORE_DE = _OTHERS_DE + (
    "Schulen bleiben nach dem Sturm geschlossen Die Schulbehörde teilte am Montag mit, die Schulen würden erst "
    "wieder öffnen, wenn die Straßen sicher seien, was den Rest der Woche dauern könne.",
    "Fähre fährt wieder auf der Nordroute Die Reederei teilte mit, ihre Schiffe führen bis zur Reparatur der "
    "Hafenmauer nach dem Winterfahrplan, und bat die Fahrgäste, im Voraus zu buchen.",
)


@pytest.mark.parametrize("article, toolbar, others", [
    (_ARTICLE_EN, "Story Tools: E-MAIL | PRINT | Text Size: S M L XL | SHARE", _MORE_EN),
    (_ARTICLE_DE, "Artikel teilen: E-Mail | Drucken | Facebook | Twitter", _MORE_DE),
], ids=["en", "de"])
def test_the_story_toolbar_repeated_below_the_article_ends_it(article, toolbar, others):
    """The toolbar a site prints above and below each story closes the article where it repeats, even when the
    other articles' teasers under it outweigh the article (so that the copy stands above the page's middle)."""
    cleaned = clean_text(_page(article[0], toolbar, *article[1:], toolbar, *others, *others[::-1]))
    assert article[-1] in cleaned.text
    for other in others:
        assert other not in cleaned.text


@pytest.mark.parametrize("article, button", [(_ARTICLE_EN, "Share"), (_ARTICLE_DE, "teilen")], ids=["en", "de"])
def test_a_lone_share_button_repeated_inside_the_article_does_not_end_it(article, button):
    """A one-word share button stands above the headline and above photos inside the article: it is no toolbar."""
    cleaned = clean_text(_page(button, article[0], article[1], button, *article[2:], "Privacy | Terms"))
    assert article[-1] in cleaned.text


# ---------------------------------------------------------------- precision, session 12: initialisms, ad markup, galleries

_COUNTRIES_INITIALISMS = ("Country Tobago Tunisia Turkey Turkmenistan Turks and Caicos Islands Tuvalu U.A.E. U.S. Virgin "
                          "Islands Uganda Ukraine United Kingdom United States Uruguay Uzbekistan Vanuatu Vatican City "
                          "Venezuela Vietnam Yemen Zambia Zimbabwe")
_PAISES_INICIALES = ("País Afganistán Albania Alemania Andorra Angola Argentina Armenia Australia Austria Bélgica Bolivia "
                     "Brasil Canadá Chile China Colombia R.D. Congo Costa Rica Cuba Dinamarca Ecuador Egipto España")


@pytest.mark.parametrize("options", [_COUNTRIES_INITIALISMS, _PAISES_INICIALES], ids=["en", "es"])
def test_a_dropdown_with_initialisms_is_an_option_list(options):
    """An initialism's full stops ("U.S.", "R.D.") are not a sentence's: the dropdown is still an option list."""
    cleaned = clean_text(DROPDOWN_EN.replace(_COUNTRIES, options))
    assert options not in cleaned.text
    assert _decided(cleaned, options) == "option_list"


def test_names_with_initials_are_not_an_option_list():
    from build_dataset.clean.lines import make_line
    from build_dataset.clean.rules.by_page import option_list

    names = ("Carl-Walter Chuck-John W. Filmswap John W.-Carl John W.-John U. Jürgen-Walter Karlheinz-Walter Kathryn-John "
             "W. Matthew-Jürgen Matthew-Kathryn Shuji-Walter Walter-Oliver Carl Florence Jürgen Karlheinz Kathryn Oliver")
    assert option_list([make_line(1, names)], [None]) == []


_AD_MARKUP = ('<a href="http://ad.example.net/jump/news/world;sz=300x250;ord=1200?" target="_blank"><img '
              'src="http://ad.example.net/ad/news/world;sz=300x250;ord=1200?" width="300" height="250" border="0"></a>')
MARKUP_EN = _page(
    "World | Business | Sport",
    "Harbour town votes to rebuild its storm wall",
    "Residents voted on Tuesday to rebuild the storm wall that failed during the floods, and the council said "
    "that work would begin in the spring.",
    _AD_MARKUP,
    "The new wall will be two metres higher than the old one, and the state will pay for half of it, the mayor "
    "told a meeting in the town hall.",
    "To embed the map, paste <iframe src=\"https://maps.example.org/harbour\"></iframe> into your page, the "
    "council's web team wrote.",
    "Privacy | Terms",
)
MARKUP_DE = _page(
    "Politik | Wirtschaft | Sport",
    "Hafenstadt stimmt für den Wiederaufbau der Sturmmauer",
    "Die Einwohner stimmten am Dienstag dafür, die Sturmmauer wieder aufzubauen, die während der Flut versagt "
    "hatte, und der Rat sagte, die Arbeiten begännen im Frühjahr.",
    '<iframe src="https://werbung.example.de/banner?id=42" width="728" height="90"></iframe>',
    "Die neue Mauer wird zwei Meter höher als die alte, und das Land zahlt die Hälfte, sagte der Bürgermeister "
    "bei einer Versammlung im Rathaus.",
    "Impressum | Datenschutz",
)


@pytest.mark.parametrize("page, markup", [
    (MARKUP_EN, _AD_MARKUP),
    (MARKUP_DE, '<iframe src="https://werbung.example.de/banner?id=42" width="728" height="90"></iframe>'),
], ids=["en", "de"])
def test_an_ads_markup_inside_the_article_is_not_article_text(page, markup):
    """A banner's code (tags only, a link or an image to an absolute address) inside the article; a sentence that
    quotes markup stays."""
    cleaned = clean_text(page)
    assert markup not in cleaned.text
    assert _decided(cleaned, markup) == "markup_link"
    paragraphs = [b for b in page.split("\n\n") if len(b.split()) >= 15 and b != markup]
    assert paragraphs and all(p in cleaned.text.split("\n\n") for p in paragraphs)


def _gallery(heading: str, items: list[tuple[str, str]]) -> list[str]:
    return [heading] + [block for k, (head, caption) in enumerate(items, 1)
                        for block in (f"{k}/{len(items) + 20} {head}", caption)]


_HARBOUR_EN = ("Harbour town votes to rebuild its storm wall",
               "Residents voted on Tuesday to rebuild the storm wall that failed during the floods, and the council said "
               "that work would begin in the spring.",
               "The new wall will be two metres higher than the old one, and the state will pay for half of it, the mayor "
               "told a meeting in the town hall.")
GALLERY_EN = _page("World | Business | Sport", *_HARBOUR_EN, *_gallery("Business news in pictures", [
    ("United goin down", "The club's absence from the league hurt more than the fans' pride last year: it also dented "
                         "the bottom line, and revenues fell by nine per cent."),
    ("Star Wars boosts economy", "Production of the next film has brought an economic impact of some 150 million "
                                 "pounds to Britain, according to company accounts."),
    ("Retail sales slow down", "Sales fell 0.3 per cent in June, while economists had forecast a small rise in the "
                               "number of shoppers on the high streets."),
    ("Brewer floats shares", "The craft beer group has already raised millions from its fans and wants to open "
                             "twenty more bars across the country next year."),
]), "Privacy | Terms")
GALLERY_FR = _page("Monde | Économie | Sport", "La ville portuaire reconstruira sa digue",
                   "Les habitants ont voté mardi pour reconstruire la digue qui a cédé pendant les inondations, et le "
                   "conseil a indiqué que les travaux commenceraient au printemps.",
                   "La nouvelle digue sera plus haute de deux mètres que l'ancienne, et l'État en paiera la moitié, a "
                   "déclaré le maire lors d'une réunion à la mairie.",
                   *_gallery("L'économie en images", [
                       ("Le club chute en bourse", "L'absence du club de la ligue a coûté plus que la fierté des "
                                                   "supporters : les recettes ont baissé de neuf pour cent."),
                       ("Le cinéma dope l'économie", "Le tournage du prochain film a rapporté quelque 150 millions "
                                                     "de livres au pays, selon les comptes de la société."),
                       ("Les ventes ralentissent", "Les ventes ont baissé de 0,3 pour cent en juin, alors que les "
                                                   "économistes prévoyaient une légère hausse."),
                   ]), "Mentions légales | Contact")


@pytest.mark.parametrize("page, article", [
    (GALLERY_EN, _HARBOUR_EN[1:]),
    (GALLERY_FR, tuple(b for b in GALLERY_FR.split("\n\n")[2:4])),
], ids=["en", "fr"])
def test_a_gallery_of_other_stories_after_the_article_is_not_article_text(page, article):
    """A numbered gallery ("1/24 United goin down" over a caption) outweighs the article below it; its captions are
    other stories."""
    cleaned = clean_text(page)
    assert all(p in cleaned.text.split("\n\n") for p in article)
    gallery = [b for b in page.split("\n\n") if b[:2] in ("1/", "2/", "3/")]
    assert len(gallery) >= 3 and not any(g in cleaned.text for g in gallery)
    assert _decided(cleaned, gallery[0]) == "gallery_list"


def test_a_story_told_in_numbered_slides_stays():
    """Slides whose captions are sentences tell the article itself ("1/4 Am Freitagabend krachte ...")."""
    page = _page("Region | Polizei | Sport", "Auto kracht in Hausmauer",
                 "Ein 19-jähriger Neulenker ist am Freitagabend in Lenzburg mit seinem Auto in eine Hausmauer "
                 "gefahren, wie die Kantonspolizei am Samstag mitteilte.",
                 "1/4 Am Freitagabend krachte ein 19-jähriger Neulenker in Lenzburg in eine Mauer.",
                 "2/4 Er verlor aus unbekannten Gründen die Kontrolle über sein Fahrzeug.",
                 "3/4 Der Fahrer und sein Beifahrer blieben unverletzt.",
                 "4/4 Die Polizei nahm ihm den Führerausweis vorläufig ab.", "Impressum | Kontakt")
    cleaned = clean_text(page)
    assert all(_decided(cleaned, f"{k}/4") != "gallery_list" for k in range(1, 5))


COMMENTS_WITH_PLACES = _page(
    "News | Sport | Bolton",
    "Harbour town votes to rebuild its storm wall",
    "Residents voted on Tuesday to rebuild the storm wall that failed during the floods, and the council said that "
    "work would begin in the spring.",
    "The new wall will be two metres higher than the old one, and the state will pay for half of it, the mayor told a "
    "meeting in the town hall.",
    "Posted by: tom3465, Farnworth on 8:21pm Tue 1 Jan 08\nAbout time they did something about that wall.\n"
    "Quote | Report this post",
    "Posted by: donmarg, Bolton on 9:06pm Tue 1 Jan 08\nThey should have rebuilt it years ago, before the floods.\n"
    "Quote | Report this post",
    "Privacy | Terms",
)
COMMENTS_FOOTERS = _page(
    "News | Sport | Basketball",
    "Guard cleared to resume workouts",
    "The guard was cleared to resume workouts on Wednesday after visiting a spine specialist, the team said in a "
    "statement, but it is not clear when he will play again.",
    "He has missed the last six weeks, and the team has lost four of its last five games without him, the longest "
    "losing run of the season.",
    "Comments (2)",
    "Great news for the team, they need him back.\nMilwaukeeBaller32 Jan 09 2008 07:52 PM PST |",
    "He won't play again this year. I think he will ride the bench when he gets back.\nGStatePride Jan 09 2008 "
    "08:24 PM PST |",
    "Privacy | Terms",
)


@pytest.mark.parametrize("page, comment", [
    (COMMENTS_WITH_PLACES, "They should have rebuilt it years ago"),
    (COMMENTS_FOOTERS, "ride the bench"),
], ids=["name-and-place", "header-with-tools"])
def test_comments_under_a_name_with_a_place_or_a_trailing_separator_are_not_article_text(page, comment):
    """"Posted by: NAME, PLACE on TIME DATE" and "NAME DATE TIME |" are commenter headers."""
    cleaned = clean_text(page)
    assert comment not in cleaned.text
    assert _decided(cleaned, comment) == "comment_section"
    paragraphs = page.split("\n\n")[2:4]
    assert all(p in cleaned.text.split("\n\n") for p in paragraphs)


def _ads(heading: str, ads: list[tuple[str, str, str]]) -> str:
    return "\n\n".join([heading] + [f"{title}\n\n{text}\n\n{address}" for title, text, address in ads])


@pytest.mark.parametrize("page, ad", [
    (_page("World | Business | Sport", "Harbour town votes to rebuild its storm wall", _ads("Sponsored Links", [
        ("Energy Efficiency Survey", "Thermal surveys find the energy your home loses. Free quotes and advice.",
         "www.thermal-survey.example.co.uk"),
        ("Thinking of a New PDA?", "Latest models, lower prices, free delivery.", "pda.example.info")]),
        *_HARBOUR_EN[1:], "Privacy | Terms"), "Thermal surveys find"),
    (_page("Monde | Économie | Sport", "La ville portuaire reconstruira sa digue", _ads("Liens sponsorisés", [
        ("Isolation des combles", "Devis gratuit en 24 heures, artisans certifiés près de chez vous.",
         "www.isolation.example.fr"),
        ("Crédit travaux", "Financez vos travaux à taux réduit.", "credit.example.fr")]),
        *GALLERY_FR.split("\n\n")[2:4], "Mentions légales | Contact"), "Devis gratuit"),
], ids=["en", "fr"])
def test_text_ads_under_a_sponsored_links_heading_are_not_article_text(page, ad):
    """Text ads (a title and a line of text over the advertiser's address) under their heading pass the classifier as
    short paragraphs above the article."""
    cleaned = clean_text(page)
    assert ad not in cleaned.text
    assert _decided(cleaned, ad) == "sponsored_links"
    paragraphs = [b for b in page.split("\n\n") if len(b.split()) >= 20]
    assert len(paragraphs) == 2 and all(p in cleaned.text.split("\n\n") for p in paragraphs)


@pytest.mark.parametrize("page", [TICKER_FR, TICKER_PL], ids=["fr", "pl"])
def test_a_news_ticker_with_its_times_on_lines_of_their_own_ends_the_article(page):
    """The same ticker with each clock time alone on the line above its headline ("13:53" / "Iraq: ...")."""
    import re

    page = re.sub(r"(?m)^(\d\d?:\d\d) ", r"\1\n", page)
    cleaned = clean_text(page)
    paragraphs = cleaned.text.split("\n\n")
    assert len(paragraphs) == 2 and all(p in page for p in paragraphs)
    times = [ln.text for ln in cleaned.lines if re.fullmatch(r"\d\d?:\d\d", ln.text)]
    assert len(times) == 4 and {_decided(cleaned, t) for t in times} == {"news_ticker"}


@pytest.mark.parametrize("count", ["One Response to \u201cWhy did the storm wall fail?\u201d",
                                   "1 thought on \u201cHarbour town votes to rebuild its storm wall\u201d"],
                         ids=["response-to-a-question", "thought-on"])
def test_a_single_comment_under_the_comment_count_is_not_article_text(count):
    """One commenter header ("NAME Says:") right under the count of comments opens a comment section of its own."""
    page = _page(*_HARBOUR_EN, "Posted by the editor on Wednesday, January 9th, 2008 at 8:43 am under: All News.", count,
                 "Nancy Reyes Says:\nJanuary 10th, 2008 at 4:39 pm",
                 "Actually, the wall was too low from the start, and everyone in the town knew it for years.",
                 "Leave a Reply", "Privacy | Terms")
    cleaned = clean_text(page)
    assert "the wall was too low" not in cleaned.text
    assert _decided(cleaned, "the wall was too low") == "comment_section"
    assert all(p in cleaned.text.split("\n\n") for p in _HARBOUR_EN[1:])


# ---------------------------------------------------------------- a list inside the article the classifier doubts

_LIST_EN = ("Cost of a kitchen remodel by city", "Austin", "$39,400", "Chicago", "$47,900", "Seattle", "$52,300")
_LIST_DE = ("Was in den Rucksack gehört", "Zelt", "Schlafsack", "Isomatte", "Kocher und Gaskartusche", "Stirnlampe")
_LIST_ES = ("Ventajas", "Instalación sencilla", "Batería de larga duración", "Pantalla brillante")
_ARTICLE_AROUND = {
    "en": ("Kitchen remodels cost more in large cities, where labour and permits are dearer, and the gap has grown "
           "over the last five years as demand for contractors rose faster than their number.",
           "Homeowners who plan a remodel should ask at least three contractors for quotes, and compare what each "
           "includes before they sign anything, since the cheapest quote often leaves out the permits."),
    "de": ("Wer zum ersten Mal eine Woche lang durch die Berge wandert, packt meist zu viel ein und merkt das erst "
           "am zweiten Tag, wenn der Rucksack am steilsten Anstieg schwer auf den Schultern liegt.",
           "Alles andere kann zu Hause bleiben, denn die Hütten am Weg verkaufen Proviant, und Wasser gibt es an den "
           "meisten Quellen entlang der Route, wie die Bergwacht in ihrem Ratgeber schreibt."),
    "es": ("Probamos el nuevo lector electrónico durante tres semanas en casa, en el tren y en la playa, y lo "
           "comparamos con los dos modelos más vendidos del año pasado en las tiendas del país.",
           "Su precio es algo más alto que el de la competencia, pero por lo que ofrece creemos que compensa, sobre "
           "todo a quienes leen cada día durante el trayecto al trabajo."),
}


def _list_page(lang: str, items: tuple, box: str = "") -> tuple[list, list]:
    """A page of two paragraphs with the lines ``items`` between them (and ``box``, a paragraph, after the
    items), and the classifier's probabilities: sure of the paragraphs, 0.52 for the items, 0.2 for the
    menu and 0.52 for ``box``."""
    before, after = _ARTICLE_AROUND[lang]
    page = split_lines(_page("Home | Guides | Reviews", before, "\n".join(items) + (f"\n{box}" if box else ""), after,
                             "Privacy | Terms"))
    keep = [i for i, ln in enumerate(page) if ln.text]
    probs = np.array([0.95 if page[i].text in (before, after) else 0.2 if "|" in page[i].text else 0.52 for i in keep])
    return page, body_mask(page, [None] * len(page), (keep, probs), threshold=0.55)


@pytest.mark.parametrize("lang, items", [("en", _LIST_EN), ("de", _LIST_DE), ("es", _LIST_ES)])
def test_a_list_the_classifier_nearly_kept_between_body_lines_is_kept(lang, items):
    """A list's items or a table's cells between two of the article's paragraphs, which the classifier scores just
    under its threshold, are article text; the menu above the article is not."""
    page, mask = _list_page(lang, items)
    kept = {page[i].text for i in range(len(page)) if mask[i]}
    assert set(items) <= kept
    assert "Home | Guides | Reviews" not in kept


def test_a_doubted_paragraph_between_body_lines_keeps_the_gap_open():
    """A paragraph the classifier doubts in the gap (another story's teaser, an ad's text) is not filled in, and it
    breaks the run: the short lines around it stay out too."""
    ad = "Thinking of refinancing your mortgage Enter basic information about your home and your credit and compare offers from lenders near you"
    page, mask = _list_page("en", _LIST_EN, box=ad)
    kept = {page[i].text for i in range(len(page)) if mask[i]}
    assert ad not in kept and not set(_LIST_EN) & kept



@pytest.mark.parametrize("lang, heading", [("en", "What the quotes leave out"), ("de", "Was oft vergessen wird"),
                                           ("es", "Lo que no te cuentan")])
def test_a_sub_heading_the_classifier_doubts_between_two_paragraphs_is_kept(lang, heading):
    """One doubted line between two paragraphs is a sub-heading of the article."""
    page, mask = _list_page(lang, (heading,))
    assert heading in {page[i].text for i in range(len(page)) if mask[i]}


@pytest.mark.parametrize("label", ["Ausgabe kaufen", "Buy this issue", "Imprimir receta"])
def test_one_doubted_label_between_short_lines_stays_out(label):
    """One doubted line between two short lines the classifier kept (a credit, a button) is one more label, not
    article text; the same line among the items of a list would be kept."""
    before, after = _ARTICLE_AROUND["en"]
    page = split_lines(_page("Home | Guides | Reviews", before, "Text and interview: Jane Roe", label,
                             "Write a letter to the editor", after, "Privacy | Terms"))
    keep = [i for i, ln in enumerate(page) if ln.text]
    sure = {before, after, "Text and interview: Jane Roe", "Write a letter to the editor"}
    probs = np.array([0.95 if page[i].text in sure else 0.52 if page[i].text == label else 0.2 for i in keep])
    mask = body_mask(page, [None] * len(page), (keep, probs), threshold=0.55)
    assert label not in {page[i].text for i in range(len(page)) if mask[i]}



@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_doubted_lines_above_the_first_sure_paragraph_stay_out(lang):
    """Above the first paragraph the classifier is sure of, a headline it doubts under a menu line it took for a
    paragraph is not filled into the body (the headline picker decides it)."""
    before, after = _ARTICLE_AROUND[lang]
    menu = ("Main menu news what's on reviews sport weather travel classifieds jobs cars real estate dating "
            "competitions horoscopes puzzles contact us about us advertise")
    headline = {"en": "Police firm but fair on New Year's Eve", "de": "Polizei will hart aber fair bleiben",
                "es": "La policía será firme pero justa"}[lang]
    page = split_lines(_page(menu, headline, before, after, "Privacy | Terms"))
    keep = [i for i, ln in enumerate(page) if ln.text]
    probs = np.array([0.6 if page[i].text == menu else 0.5 if page[i].text == headline else 0.95 if page[i].text in
                      (before, after) else 0.1 for i in keep])
    mask = body_mask(page, [None] * len(page), (keep, probs), threshold=0.55)
    assert headline not in {page[i].text for i in range(len(page)) if mask[i]}


# ---------------------------------------------------------------- a related-articles box inside the article

_BOX = {
    "en": ("You may also like", "A walk after eating changes how the body responds to food",
           "What doctors want coffee drinkers to know", "Why your sleep matters more than your diet"),
    "fr": ("Articles similaires", "Marcher après le repas change la réponse du corps",
           "Ce que les médecins veulent dire aux buveurs de café", "Pourquoi le sommeil compte plus que le régime"),
    "es": ("Artículos relacionados", "Caminar después de comer cambia la respuesta del cuerpo",
           "Lo que los médicos quieren que sepan los bebedores de café", "Por qué el sueño importa más que la dieta"),
}
_FASTING = {
    "en": ["Fasting has become a popular way to lose weight, and researchers have spent the last decade testing what "
           "it does to the body and to the brain in trials with thousands of volunteers.",
           "The most consistent finding is weight loss, which in most trials matched what a plain diet with the same "
           "number of calories achieved over the same months, the researchers said.",
           "Some volunteers found fasting easier to keep up than counting calories, because they only had to watch the "
           "clock, and fewer of them left the trials before the end.",
           "Blood sugar improved in several trials too, mostly in people who lost more than five per cent of their "
           "weight, which suggests that the weight loss does most of the work.",
           "People who take insulin should not fast without talking to their doctor first, because their blood sugar "
           "can fall too low during the hours without food, the authors warned.",
           "Pregnant women, children and people with a history of eating disorders should not fast at all, and older "
           "adults should make sure that they eat enough protein on the days they eat."],
    "fr": ["Le jeûne est devenu une façon populaire de perdre du poids, et les chercheurs ont passé dix ans à tester "
           "ses effets sur le corps et le cerveau dans des essais avec des milliers de volontaires.",
           "Le résultat le plus constant est la perte de poids, qui dans la plupart des essais égale celle d'un régime "
           "ordinaire avec le même nombre de calories sur les mêmes mois, selon les chercheurs.",
           "Certains volontaires ont trouvé le jeûne plus facile à tenir que le comptage des calories, parce qu'ils "
           "n'avaient qu'à regarder l'heure, et moins d'entre eux ont quitté les essais avant la fin.",
           "La glycémie s'est améliorée dans plusieurs essais, surtout chez les personnes qui ont perdu plus de cinq "
           "pour cent de leur poids, ce qui laisse penser que la perte de poids fait l'essentiel du travail.",
           "Les personnes qui prennent de l'insuline ne devraient pas jeûner sans en parler d'abord à leur médecin, "
           "car leur glycémie peut trop baisser pendant les heures sans repas, préviennent les auteurs.",
           "Les femmes enceintes, les enfants et les personnes ayant souffert de troubles alimentaires ne devraient pas "
           "jeûner du tout, et les personnes âgées doivent manger assez de protéines."],
    "es": ["El ayuno se ha convertido en una forma popular de perder peso, y los investigadores han pasado una década "
           "probando sus efectos en el cuerpo y el cerebro en ensayos con miles de voluntarios.",
           "El resultado más constante es la pérdida de peso, que en la mayoría de los ensayos igualó la de una dieta "
           "normal con las mismas calorías durante los mismos meses, según los investigadores.",
           "Algunos voluntarios encontraron el ayuno más fácil de mantener que contar calorías, porque solo tenían que "
           "mirar el reloj, y menos de ellos abandonaron los ensayos antes del final.",
           "El azúcar en sangre mejoró en varios ensayos, sobre todo en personas que perdieron más del cinco por ciento "
           "de su peso, lo que sugiere que la pérdida de peso hace la mayor parte del trabajo.",
           "Las personas que usan insulina no deberían ayunar sin hablar antes con su médico, porque su azúcar en "
           "sangre puede bajar demasiado durante las horas sin comida, advierten los autores.",
           "Las embarazadas, los niños y las personas con antecedentes de trastornos alimentarios no deberían ayunar, "
           "y los mayores deben asegurarse de comer suficiente proteína los días que comen."],
}
_FOOTER = ("Privacy Policy", "Terms of Use", "Contact")


def _boxed(lang: str) -> list[bool]:
    """A page whose article has a related-articles box after its third paragraph, and a body mask (as the classifier
    gives it) that keeps all six paragraphs, with the box's lines decided by ``related_list``."""
    paragraphs = _FASTING[lang]
    page = split_lines(_page(*paragraphs[:3], "\n".join(_BOX[lang]), *paragraphs[3:], "\n".join(_FOOTER)))
    decisions: list = [None] * len(page)
    for i, ln in enumerate(page):
        if ln.text in _BOX[lang]:
            decisions[i] = Decision("boilerplate", "related_list")
    body = [ln.text in paragraphs for ln in page]
    return page, decisions, body


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_a_related_box_inside_the_article_does_not_end_it(lang):
    """A related-articles list with three of the article's paragraphs and more under it is a box inside the article:
    the paragraphs below it stay."""
    page, decisions, body = _boxed(lang)
    assert past_article_end(page, decisions, body) == []


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_a_related_list_over_fewer_paragraphs_still_ends_the_article(lang):
    """Under a related list, two paragraphs (other stories' teasers) are not the article going on: it ends there."""
    page, decisions, body = _boxed(lang)
    last = [i for i, ln in enumerate(page) if ln.text == _FASTING[lang][3]][0]
    body[last] = False  # only two of the article's paragraphs under the box (and not in a row)
    cut = past_article_end(page, decisions, body)
    assert cut and all(page[i].text in _FASTING[lang][4:] for i in cut)


# ---------------------------------------------------------------- the article's next section after its last body line

def _tail_kept(sure: list[str], doubted: list[str]) -> set[str]:
    """The lines ``body_mask`` keeps of a page of blocks the classifier is sure of (0.9), then blocks it doubts:
    paragraphs 0.3, short lines 0.2."""
    lines = split_lines(_page(*sure, *doubted))
    keep = [i for i, ln in enumerate(lines) if ln.text]
    tail = set(doubted)
    probs = np.array([0.9 if lines[i].text not in tail else 0.3 if lines[i].words >= 20 else 0.2 for i in keep])
    mask = body_mask(lines, [None] * len(lines), (keep, probs), threshold=0.55)
    return {lines[i].text for i in range(len(lines)) if mask[i]}


_SECTIONS = {
    "en-numbered": (["1. Lisbon", "The capital climbs seven hills above the river, and its trams, its tiled facades and its "
                     "late dinners make it the easiest city of the country to love on a first visit.",
                     "2. Porto", "The north's port city is built on granite above the Douro, and the wine lodges across "
                     "the river have welcomed visitors to their cellars for more than two centuries."],
                    ["3. Évora", "The walled town of the Alentejo keeps a Roman temple, a chapel lined with bones and a "
                     "cathedral whose roof looks out over cork oaks and wheat fields to the horizon."],
                    ["Jane Miller", "Jane is a travel writer based in London who has covered southern Europe for twenty "
                     "years, and her guides to Portugal and Spain have been translated into six languages."]),
    "de-questions": (["Was kostet eine Wärmepumpe?", "Für ein Einfamilienhaus rechnen Fachbetriebe mit Kosten zwischen "
                      "fünfzehn- und dreißigtausend Euro, je nach Art der Pumpe, Größe des Hauses und Aufwand der "
                      "Montage vor Ort.",
                      "Gibt es eine Förderung?", "Der Staat übernimmt einen Teil der Kosten, wenn die alte Heizung "
                      "ersetzt wird, und zahlt einen Bonus für Haushalte mit geringem Einkommen und für natürliche "
                      "Kältemittel."],
                     ["Wie laut ist eine Wärmepumpe?", "Moderne Geräte sind im Betrieb etwa so laut wie ein "
                      "Kühlschrank, wenn sie richtig aufgestellt werden, und halten die Grenzwerte für Wohngebiete "
                      "auch nachts ohne Mühe ein."],
                     ["Unser Newsletter", "Jeden Freitag schicken wir Ihnen die wichtigsten Nachrichten der Woche aus "
                      "Energie, Bauen und Wohnen kostenlos in Ihr Postfach, abbestellen können Sie ihn jederzeit."]),
    "es-capitals": (["MADRID", "La capital concentra los grandes museos del país, y el paseo entre el Prado, el Thyssen "
                     "y el Reina Sofía se puede hacer en una sola mañana si se madruga un poco.",
                     "SEVILLA", "La ciudad del Guadalquivir guarda la catedral gótica más grande del mundo, y en "
                     "primavera sus calles huelen a azahar durante semanas enteras."],
                    ["GRANADA", "La Alhambra domina la ciudad desde la colina de la Sabika, y conviene reservar la "
                     "entrada con semanas de antelación porque el número de visitas diarias es limitado."],
                    ["Otras historias", "Descubre los pueblos más bonitos de la costa norte, donde el mar Cantábrico "
                     "se encuentra con montañas verdes y playas que casi nadie conoce fuera de la región."]),
}


@pytest.mark.parametrize("sure, section, other", _SECTIONS.values(), ids=_SECTIONS.keys())
def test_the_article_goes_on_over_a_heading_marked_like_its_own(sure, section, other):
    """Below the classifier's last body line, a heading marked as the article's own are (numbered, a question, in
    capitals) and the paragraph under it that the classifier doubts are the article's next section; the same
    paragraph under a heading without such marks (a byline, a newsletter's or a teaser list's title) is not."""
    kept = _tail_kept(sure, section)
    assert set(section) <= kept
    kept = _tail_kept(sure, other)
    assert not set(other) & kept
    # a section after the debris block is not reached either
    assert not set(section) & _tail_kept(sure, other + section)


def test_a_heading_marked_unlike_the_articles_does_not_continue_it():
    """A question heading under an article whose headings are numbered is another block (an FAQ teaser, a promo)."""
    sure, _, _ = _SECTIONS["en-numbered"]
    promo = ["Planning a trip?", "Our travel desk books flights, hotels and rental cars for readers at a discount, and "
             "the first consultation by phone or by email is always free of charge for subscribers."]
    assert not set(promo) & _tail_kept(sure, promo)


# ---------------------------------------------------------------- the article's first paragraph the classifier doubted

_FIRST_PARAGRAPH = {
    "en": ("Rail strike: what travellers need to know",
           "Trains across the north will run on a reduced timetable from Monday, when drivers walk out for three days "
           "over pay, and the operators advise passengers to travel only if they must.",
           "What runs",
           "About one train in five will run between seven in the morning and seven in the evening, mostly on the main "
           "lines between the large cities, and the last services will leave earlier than usual."),
    "de": ("Hitzewelle: Was Gärtner jetzt tun sollten",
           "Die Temperaturen steigen in dieser Woche in weiten Teilen des Landes auf über dreißig Grad, und viele "
           "Pflanzen im Garten leiden schon nach wenigen Tagen ohne Regen sichtbar.",
           "Richtig gießen",
           "Am besten gießt man früh am Morgen, wenn der Boden noch kühl ist, und lieber selten und gründlich als jeden "
           "Tag ein wenig, damit die Wurzeln in die Tiefe wachsen."),
    "fr": ("Grève des transports : ce qu'il faut savoir",
           "Les trains régionaux circuleront de façon très perturbée à partir de lundi, les conducteurs ayant appelé à "
           "trois jours de grève pour les salaires, et la direction recommande de reporter les voyages.",
           "Ce qui roule",
           "Un train sur cinq environ circulera entre sept heures et dix-neuf heures, surtout sur les grandes lignes "
           "entre les métropoles, et les derniers départs seront avancés dans la soirée."),
}


def _first_paragraph_kept(lang: str, lead_prob: float, between: str | None = None) -> bool:
    """Whether ``body_mask`` keeps the first paragraph of a page (menu, headline, first paragraph the classifier gives
    ``lead_prob``, a sub-heading at 0.2, then a paragraph it is sure of); ``between``: a line a rule decided (a caption)
    set between the first paragraph and the sub-heading."""
    headline, lead, heading, sure = _FIRST_PARAGRAPH[lang]
    blocks = ["Home | News | Sport", headline, lead] + ([between] if between else []) + [heading, sure]
    lines = split_lines(_page(*blocks))
    keep = [i for i, ln in enumerate(lines) if ln.text]
    probs = np.array([0.9 if lines[i].text == sure else lead_prob if lines[i].text == lead else 0.2 for i in keep])
    decisions = [Decision("boilerplate", "photo_caption") if ln.text == between else None for ln in lines]
    mask = body_mask(lines, decisions, (keep, probs), threshold=0.55)
    assert not any(mask[i] for i, ln in enumerate(lines) if ln.text in ("Home | News | Sport", headline))
    return any(mask[i] for i, ln in enumerate(lines) if ln.text == lead)


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_a_doubted_first_paragraph_right_above_the_article_is_kept(lang):
    """The article's first paragraph, split from the rest by a sub-heading the classifier doubted, joins the article
    at a lower probability when only undecided lines stand between it and the article; one the classifier gives 0.1
    stays out."""
    assert _first_paragraph_kept(lang, 0.35)
    assert not _first_paragraph_kept(lang, 0.1)


@pytest.mark.parametrize("lang, caption", [("en", "The station in Leeds on Friday. Photo: John Smith / Reuters"),
                                           ("de", "Ein Rasensprenger im Stadtpark. Foto: dpa"),
                                           ("fr", "La gare de Lille vendredi. Photo : AFP")])
def test_a_doubted_paragraph_above_a_decided_line_stays_out(lang, caption):
    """With a line a rule decided between them (a caption, a byline, a share bar), a doubted paragraph above the
    article is another block (a teaser, a promo): it needs the usual lead's probability."""
    assert not _first_paragraph_kept(lang, 0.35, between=caption)
    assert _first_paragraph_kept(lang, 0.45, between=caption)


def _decided_with(blocks: list[str], probs: dict[str, float], headline: str, monkeypatch) -> dict[str, str]:
    """Each line's label on a page of ``blocks``, deciding with the classifier's probabilities ``probs`` (0.2 for the
    rest) and ``headline`` as the picker's headline."""
    lines = split_lines(_page(*blocks))
    keep = [i for i, ln in enumerate(lines) if ln.text]
    scored = (keep, np.array([probs.get(lines[i].text, 0.2) for i in keep]))
    monkeypatch.setattr(cleaner.headline, "pick_title",
                        lambda lines, *_: next(i for i, ln in enumerate(lines) if ln.text == headline))
    return {ln.text: d.label for ln, d in zip(lines, decide(lines, scored=scored)) if ln.text}


@pytest.mark.parametrize("lang, photo", [("en", "Trains at Leeds station"), ("de", "Ein Garten im Juli"),
                                         ("fr", "La gare de Lille")])
def test_a_doubted_paragraph_under_the_headline_is_its_dek_and_stays_out(lang, photo, monkeypatch):
    """Right under the headline, a paragraph the classifier doubts is the headline's summary (a dek), which the gold
    texts leave out; under a short line between them (a photo's title, a kicker) it is the article's first
    paragraph; one the classifier gives ``HEAD_PARAGRAPH`` is kept under the headline too."""
    headline, lead, heading, sure = _FIRST_PARAGRAPH[lang]
    labels = _decided_with(["Home\nNews\nSport", headline, lead, heading, sure], {lead: 0.35, sure: 0.9}, headline,
                           monkeypatch)
    assert labels[headline] == "title" and labels[lead] != "body" and labels[sure] == "body"
    labels = _decided_with(["Home\nNews\nSport", headline, lead, heading, sure], {lead: 0.45, sure: 0.9}, headline,
                           monkeypatch)
    assert labels[lead] == "body"
    labels = _decided_with(["Home\nNews\nSport", headline, photo, lead, heading, sure], {lead: 0.35, sure: 0.9},
                           headline, monkeypatch)
    assert labels[headline] == "title" and labels[lead] == "body"
