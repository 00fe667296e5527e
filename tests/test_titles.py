"""Titles on pages written for these tests, in several layouts and languages: the headline is picked, never a
consent banner, a dateline, a section label, a sidebar headline or a markup line; a page with an article and no
line that can be its headline gets a null title (and the build goes on, with a warning)."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from build_dataset.build import build
from build_dataset.clean.cleaner import article_as_page, clean_text
from build_dataset.clean.headline import can_be_headline, timestamp
from build_dataset.clean.lines import split_lines
from build_dataset.shard import pipeline

CONSENT_EN = """We value your privacy
We and our partners use cookies to store and access information on your device, to personalise content and ads and to measure how the site is used.
Accept all
Manage preferences

Harbour town votes to rebuild its storm wall

By Jane Miller
March 3, 2021

Residents of the harbour town voted on Tuesday to rebuild the storm wall that failed during the winter floods, after a debate that lasted most of the evening.

The new wall will be two metres higher than the old one and will cost about four million pounds, most of it paid by the regional government.

Engineers said the old wall had been weakened by decades of salt water, and that repairs would only have delayed the problem by a few years.

Some residents argued that the money would be better spent on moving the houses closest to the sea, but the proposal was rejected by a large majority.
"""

CONSENT_DE = """Wir respektieren Ihre Privatsphäre

Wir und unsere Partner verwenden Cookies, um Inhalte und Anzeigen zu personalisieren. Mit Ihrer Einwilligung verarbeiten wir Daten zu Ihrem Besuch.

Alle akzeptieren
Einstellungen verwalten

Neue Buslinie verbindet die Dörfer im Tal

Ab dem ersten Mai fährt eine neue Buslinie stündlich zwischen den Dörfern im Tal und dem Bahnhof der Kreisstadt.

Der Landkreis bezahlt den Betrieb in den ersten drei Jahren, danach soll über eine Fortsetzung entschieden werden.

Bürgermeister aus allen fünf Gemeinden hatten sich seit Jahren für eine bessere Anbindung an den Bahnhof eingesetzt.
"""

DATELINE_DE = """Startseite
Nachrichten
Regional
Aktualisiert am 12.03.2021, 14:35 Uhr
Stadtrat beschließt neuen Radweg entlang des Flusses

Der Stadtrat hat am Donnerstagabend mit großer Mehrheit beschlossen, einen neuen Radweg entlang des Flusses zu bauen.

Die Strecke soll rund sechs Kilometer lang werden und die beiden Ortsteile im Norden mit der Innenstadt verbinden.

Nach Angaben der Verwaltung werden die Kosten auf etwa zwei Millionen Euro geschätzt, ein Teil davon soll aus Fördermitteln des Landes kommen.

Die Bauarbeiten sollen im kommenden Frühjahr beginnen und bis zum Ende des Jahres abgeschlossen sein.
"""

LABEL_FR = """Politique

Le conseil municipal adopte le budget de la ville

Le conseil municipal a adopté mardi soir le budget de la ville pour l'année prochaine.

Le vote a eu lieu après trois heures de débat entre la majorité et l'opposition.

Les dépenses d'investissement augmentent de dix pour cent par rapport à l'an dernier.

La plus grande partie de cette hausse ira à la rénovation des écoles primaires.

L'opposition a dénoncé une hausse des impôts locaux qu'elle juge excessive.
"""

SIDEBAR_ES = """Lo más leído
El Gobierno anuncia nuevas ayudas para los agricultores afectados por la sequía
La selección gana el amistoso contra Portugal en el último minuto
Cómo preparar una paella valenciana paso a paso

El puerto de la ciudad amplía su terminal de contenedores

Las obras de ampliación de la terminal de contenedores del puerto comenzarán el próximo mes, según informó ayer la autoridad portuaria.

La nueva terminal permitirá recibir barcos de mayor tamaño y duplicará la capacidad actual del puerto en los próximos cinco años.

Los vecinos de los barrios cercanos han pedido que se estudie el impacto del aumento del tráfico de camiones en la zona.
"""

MARKUP_IT = """<div class="article-header"><h1 class="entry-title">
Il comune approva il nuovo piano per il traffico
</h1></div>

Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico del centro storico, dopo una lunga discussione.

Il piano prevede la chiusura di alcune strade alle auto nei fine settimana e l'ampliamento delle zone pedonali intorno alla piazza principale.

I commercianti del centro hanno espresso preoccupazione per il possibile calo dei clienti, mentre le associazioni ambientaliste hanno accolto la decisione con favore.
"""

NO_HEADLINE_NL = """De gemeenteraad heeft dinsdagavond besloten om de bibliotheek in het centrum langer open te houden.

Vanaf volgende maand gaat de bibliotheek op zaterdag en zondag tot zes uur 's avonds open.

Volgens de wethouder is er veel vraag naar studieplekken in het weekend, vooral onder scholieren.

De extra openingsuren kosten de gemeente ongeveer vijftigduizend euro per jaar.
"""

BYLINE_DE = """Startseite
Lokales
Neue Brücke über den Kanal eröffnet
Veröffentlicht am 3. März 2021 von Anna Schmidt

Nach zwei Jahren Bauzeit ist die neue Brücke über den Kanal am Samstag für den Verkehr freigegeben worden.

Die alte Brücke war wegen Rissen im Beton seit dem Sommer 2018 für Lastwagen gesperrt gewesen.

Die Stadt rechnet damit, dass der Verkehr in der Innenstadt durch die neue Verbindung spürbar abnimmt.
"""

BYLINE_EN = """Community news
Library extends its weekend opening hours
Posted on March 3, 2021 by Sam Lee in Local, Education

The town library will stay open until six in the evening on Saturdays and Sundays from next month, the council said on Tuesday.

Students had asked for more places to study at weekends, especially before the exams in the summer.

The longer hours will cost the council about fifty thousand pounds a year, paid from the culture budget.
"""

TAGS_ES = """Inicio
El festival de cine llena los teatros del centro
Etiquetas: cine, festival, cultura, ciudad

El festival de cine de la ciudad cerró el domingo con más de veinte mil espectadores, la cifra más alta de su historia.

Los organizadores destacaron la participación de los jóvenes y el éxito de las sesiones al aire libre en la plaza mayor.

La próxima edición se celebrará en octubre e incluirá por primera vez una sección dedicada al cine documental.
"""

PAGES = {
    "consent banner above the headline (en)": (CONSENT_EN, "Harbour town votes to rebuild its storm wall"),
    "consent banner above the headline (de)": (CONSENT_DE, "Neue Buslinie verbindet die Dörfer im Tal"),
    "dateline above the headline (de)": (DATELINE_DE, "Stadtrat beschließt neuen Radweg entlang des Flusses"),
    "section label, headline, one-sentence paragraphs (fr)": (LABEL_FR, "Le conseil municipal adopte le budget de la ville"),
    "sidebar headlines before the article (es)": (SIDEBAR_ES, "El puerto de la ciudad amplía su terminal de contenedores"),
    "markup around the headline (it)": (MARKUP_IT, "Il comune approva il nuovo piano per il traffico"),
    "no headline (nl)": (NO_HEADLINE_NL, None),
}


@pytest.mark.parametrize("name", list(PAGES), ids=list(PAGES))
def test_the_headline_is_the_title(name):
    page, headline = PAGES[name]
    cleaned = clean_text(page)
    assert cleaned.title == headline
    first = next(line for line in page.split("\n") if len(line.split()) > 12 and "cookies" not in line.lower())
    assert cleaned.text.startswith(first), cleaned.text[:80]  # the article, its first paragraph first
    assert headline is None or headline not in cleaned.text
    assert cleaned.stable
    again = clean_text(article_as_page(cleaned.title, cleaned.text))
    assert (again.title, again.text) == (cleaned.title, cleaned.text)


def test_a_consent_banner_is_removed_as_one():
    cleaned = clean_text(CONSENT_EN)
    banner = {line.no for line in cleaned.lines if line.no <= 4}
    assert {no for no, _, rule in cleaned.removed() if rule in ("consent_banner", "consent_block")} == banner


def test_an_article_without_a_headline_is_built_with_a_null_title(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "nl.txt").write_text(NO_HEADLINE_NL, encoding="utf-8")
    (seeds / "en.txt").write_text(CONSENT_EN, encoding="utf-8")
    done = pipeline.run(seeds)
    titles = {r.page.name: r.article["title"] for r in done.results}
    assert titles == {"en.txt": "Harbour town votes to rebuild its storm wall", "nl.txt": None}
    warnings = {r.page.name: r.page.warnings for r in done.results}
    assert warnings == {"en.txt": (), "nl.txt": (pipeline.NO_HEADLINE,)}
    (tmp_path / "empty").mkdir()  # the whole build publishes it: the clusters, the schema and the audit page take a null title
    done = build(seeds, tmp_path / "dist", previous=tmp_path / "empty")
    articles = pq.read_table(done.folder / "articles").to_pylist()
    assert {a["id"]: a["title"] for a in articles}["nl"] is None
    assert "<em>(no title)</em>" in (done.folder / "audit" / "index.html").read_text(encoding="utf-8")


#: Pages whose byline or tag line, close to the first paragraph, was picked as the headline before session 9.
METADATA_PAGES = {
    "byline with a date under the headline (de)": (BYLINE_DE, "Neue Brücke über den Kanal eröffnet"),
    "byline with a date and categories (en)": (BYLINE_EN, "Library extends its weekend opening hours"),
    "tag line under the headline (es)": (TAGS_ES, "El festival de cine llena los teatros del centro"),
}


@pytest.mark.parametrize("name", list(METADATA_PAGES), ids=list(METADATA_PAGES))
def test_a_byline_or_a_tag_line_is_not_the_headline(name):
    _cleaned_with_headline(*METADATA_PAGES[name])


def _cleaned_with_headline(page, headline):
    """The page cleaned: its title is ``headline``, and cleaning the article again changes nothing."""
    cleaned = clean_text(page)
    assert cleaned.title == headline
    again = clean_text(article_as_page(cleaned.title, cleaned.text))
    assert (again.title, again.text) == (cleaned.title, cleaned.text)
    return cleaned


@pytest.mark.parametrize("text", [
    "Veröffentlicht am 3. März 2021 von Anna Schmidt", "Posted on March 3, 2021 by Sam Lee in Local, Education",
    "12.03.2021 | Par Marie Dupont", "Etiquetas: cine, festival, cultura", "Schlagworte: Radweg, Stadtrat",
    "Tags: elections, city council", "Kategorie: Lokales", "Tagi: sport, piłka nożna",
])
def test_bylines_and_tag_lines_cannot_be_headlines(text):
    assert not can_be_headline(split_lines(text)[0])


@pytest.mark.parametrize("text", ["Neue Brücke über den Kanal eröffnet", "Tagung: Institutionen der Revolution",
                                  "Themenwoche: Wasser in der Stadt"])
def test_headlines_like_them_can_be(text):
    assert can_be_headline(split_lines(text)[0])



# --- timestamps, and a heading below the article (session 10) ---------------------------------------------------

STAMP_EN = """Home | News | Sport | Business
Bridge repairs close the river road for a month

Article Last Updated: 01/11/2008 09:53:03 AM EST

The river road will be closed for a month from Monday while crews repair the old steel bridge, the county said on Friday.

Drivers will be sent along the highway to the north, which adds about ten minutes to the trip into town.

The county said the repairs could not wait until the summer because inspectors had found rust in two of the main beams.
"""

STAMP_ES = """Portada | Nacional | Deportes
El ayuntamiento abre una nueva piscina en el centro

Publicado: 12/03/2021 14:35 | Última actualización: 12/03/2021 16:10

La nueva piscina del centro abrirá sus puertas al público el primero de abril, anunció el ayuntamiento el viernes.

El vaso de veinticinco metros estará abierto todos los días de siete de la mañana a nueve de la noche.

Los colegios de la ciudad podrán reservar horas para las clases de natación a partir del próximo curso.
"""

STAMP_FR = """Accueil
Région
Sports
La mairie ouvre une nouvelle piscine en centre-ville
Mis à jour le 12/03/2021 à 14:35 | Rédaction

La nouvelle piscine du centre-ville ouvrira ses portes au public le premier avril, a annoncé la mairie vendredi.

Le bassin de vingt-cinq mètres sera ouvert tous les jours de sept heures à vingt et une heures, sauf le lundi matin.

Les écoles de la ville pourront y réserver des créneaux pour les cours de natation dès la rentrée prochaine.
"""

#: Before session 10 these timestamps stayed in the article's text, above its first paragraph.
STAMP_PAGES = {
    "timestamp under the headline (en)": (STAMP_EN, "Bridge repairs close the river road for a month"),
    "timestamps under the headline (es)": (STAMP_ES, "El ayuntamiento abre una nueva piscina en el centro"),
    "timestamp and desk under the headline (fr)": (STAMP_FR, "La mairie ouvre une nouvelle piscine en centre-ville"),
}


@pytest.mark.parametrize("name", list(STAMP_PAGES), ids=list(STAMP_PAGES))
def test_a_timestamp_under_the_headline_is_its_dateline(name):
    page, headline = STAMP_PAGES[name]
    cleaned = _cleaned_with_headline(page, headline)
    stamp = next(line for line in page.split("\n") if ":" in line and any(c.isdigit() for c in line))
    first = next(line for line in page.split("\n") if len(line.split()) > 12)
    assert cleaned.text.startswith(first), cleaned.text[:80]
    assert stamp not in cleaned.text
    assert {rule for _, text, rule in cleaned.removed() if text == stamp} <= {"headline_dateline", "dateline"}


@pytest.mark.parametrize("text", [
    "Article Launched: 01/13/2008 03:06:28 PM PST", "Publicado: 12/03/2021 14:35 | Última actualización: 12/03/2021",
    "发稿时间:2017-03-10 08:42:00 来源: 人民日报海外版", "Aktualisiert am 12.03.2021 um 14:35 Uhr | Lesezeit 3 Minuten",
    "Mis à jour le 12/03/2021 à 14:35 par la rédaction", "8:01 a.m.: Fontana names Warren mayor pro tem",
    "首页 > 科技 > 正文", "Startseite » Aktuelles » Termine", "Home / News / Local", "Home | News | Sport",
    "Accueil · Monde · Sport",
])
def test_a_timestamp_or_a_breadcrumb_cannot_be_a_headline(text):
    assert not can_be_headline(split_lines(text)[0])


@pytest.mark.parametrize("text", ["Folge 70: Star Trek: Picard", "Bayern gewinnt 3:1 in Dortmund",
                                  "Psalm 23:4 im Konfirmandenunterricht", "Reparaturcafé am 31. Januar 2024",
                                  "TCP/IP/UDP einfach erklärt", "Creative Commons > What we do"])
def test_headlines_with_numbers_and_colons_can_be(text):
    line = split_lines(text)[0]
    assert can_be_headline(line) and not timestamp(line)


ABOUT_DE = """Startseite
Über uns
Kontakt
Wir sind ein kleiner Verein aus dem Allgäu, der sich seit mehr als dreißig Jahren um die alten Obstwiesen am Ortsrand kümmert und jedes Jahr im Herbst ein Fest für alle Nachbarn feiert.

Jeden ersten Samstag im Monat treffen wir uns an der Wiese hinter der Schule, schneiden Bäume, mähen das Gras und pflanzen neue Sorten, die fast schon vergessen waren.

Wer mitmachen möchte, ist jederzeit willkommen: Werkzeug und Handschuhe haben wir genug, und eine Brotzeit gibt es am Mittag auch für alle Helfer.

Unsere nächsten Termine
März 2024
Baumschnitt an der Schulwiese
April 2024
Pflanztag mit der Grundschule
"""

ABOUT_EN = """About us

We started as a small blog of satirical pieces about everyday life and politics, written by two friends in their spare time.

In the spring of 2011 we had the idea that changed everything: we would take the texts on stage, with a piano and a lot of nerve.

A selection of our work, the good and the bad

October 2015
The Late Night Show with the two of us
Hosting and concept (a monthly show)

March 2014
Two friends read their best pieces
"""

#: Before session 10 the picker took a heading below the article for its headline and dropped the article above it.
BELOW_PAGES = {"a list of dates below the article (de)": ABOUT_DE, "a list of shows below the article (en)": ABOUT_EN}


@pytest.mark.parametrize("name", list(BELOW_PAGES), ids=list(BELOW_PAGES))
def test_a_heading_below_the_article_does_not_take_it_away(name):
    page = BELOW_PAGES[name]
    cleaned = clean_text(page)
    paragraphs = [line for line in page.split("\n") if len(line.split()) > 12]
    assert all(p in cleaned.text for p in paragraphs), cleaned.text[:80]
    assert cleaned.title is None or cleaned.title not in "\n".join(page.split("\n")[page.split("\n").index(paragraphs[-1]):])


DEK_EN = """The Valley Courier
News and views from the river valley since 1921

POLITICS

County approves new budget for rural schools

A plan to keep three small schools open divided the council for most of the year

By Tom Baker
June 14, 2022

The county council approved on Monday a budget that keeps the three smallest rural schools open for at least another five years.

The plan moves money from road repairs to the schools and asks the regional government to cover part of the cost of the school buses.

Parents who had campaigned for months filled the public gallery and applauded when the result of the vote was announced.
"""

TAGLINE_DE = """Der Talbote
Nachrichten und Meinungen aus dem Tal seit 1921

Lokales

Gemeinderat genehmigt neues Hallenbad

Von Anna Schmidt
14. Juni 2022

Inhalt
Die Kosten
Der Zeitplan
Die Kritik

Der Gemeinderat hat am Montagabend nach langer Debatte den Bau eines neuen Hallenbads am Rand der Stadt genehmigt.

Das alte Bad war vor drei Jahren wegen Schäden am Dach geschlossen worden, seitdem fahren die Schulklassen in die Nachbarstadt.

Die Kosten von rund zwölf Millionen Euro sollen zum Teil aus einem Förderprogramm des Landes bezahlt werden.
"""

DEK_ES = """El Diario del Valle
Noticias del valle desde 1921

El ayuntamiento aprueba el nuevo mercado municipal

La obra durará dos años y los puestos se trasladarán a la plaza mayor mientras tanto

Por María López | 3 de marzo de 2021

El pleno del ayuntamiento aprobó el martes el proyecto del nuevo mercado municipal, que sustituirá al edificio actual de los años sesenta.

Durante las obras, los comerciantes ocuparán unos puestos provisionales en la plaza mayor, según explicó la concejala de comercio.

La oposición votó en contra porque considera que el presupuesto de la obra es demasiado optimista.
"""

TOC_EN = """Home Garden Guides

Raised beds for beginners: what to plant first

Published March 4, 2023 by Nicole Hart

Contents
What to plant first?
How deep should a bed be?
Watering and mulch

What to plant first?

A new raised bed is best started with plants that forgive mistakes, such as lettuce, radishes, beans and most herbs that grow quickly.
Tomatoes and peppers need more care, and they are better left for the second season once the soil has settled and you know how it drains.
Whatever you plant, water the bed deeply once a week rather than a little every day, so the roots grow down into the soil.
"""

TOC_DE = """Ratgeber Garten

Hochbeete für Anfänger: Was man zuerst pflanzt

Veröffentlicht am 4. März 2023 von Anna Gärtner

Inhalt
Was pflanzt man zuerst?
Wie tief sollte ein Beet sein?
Gießen und Mulchen

Was pflanzt man zuerst?

Ein neues Hochbeet bepflanzt man am besten zuerst mit Pflanzen, die Fehler verzeihen, etwa Salat, Radieschen, Bohnen und Kräuter.
Tomaten und Paprika brauchen mehr Pflege und sind im zweiten Jahr besser aufgehoben, wenn sich die Erde gesetzt hat und man das Beet kennt.
Gießen Sie das Beet lieber einmal in der Woche gründlich als jeden Tag ein wenig, damit die Wurzeln in die Tiefe wachsen.
"""

TOC_FR = """Guides du jardin

Potagers surélevés : que planter en premier

Publié le 4 mars 2023 par Nicole Martin

Sommaire
Que planter en premier ?
Quelle profondeur pour un bac ?
Arrosage et paillage

Que planter en premier ?

Un nouveau bac surélevé se plante d'abord avec des légumes faciles, comme la laitue, les radis, les haricots et la plupart des herbes.
Les tomates et les poivrons demandent plus de soin et seront mieux à leur place la deuxième année, quand la terre se sera tassée.
Quoi que vous plantiez, arrosez le bac en profondeur une fois par semaine plutôt qu'un peu tous les jours.
"""

SUB_ES = """Guías de jardín

Huertos elevados para principiantes: qué plantar primero

Esto es lo que recomendamos este año

Foto: Archivo / Jardín

Un nuevo huerto elevado se planta primero con cultivos que perdonan los errores, como la lechuga, los rábanos, las judías y las hierbas.
Los tomates y los pimientos necesitan más cuidado y es mejor dejarlos para la segunda temporada, cuando la tierra se haya asentado.
Plante lo que plante, riegue el huerto a fondo una vez por semana en lugar de un poco cada día, para que las raíces crezcan hacia abajo.
"""

#: Session 11: the headline stands over its byline and date; a site's tagline, a section label, a dek or a table of
#: contents next to it is not the headline.
LAYOUT_PAGES = [  # (page, its headline)
    (DEK_EN, "County approves new budget for rural schools"),  # tagline, section label, headline, dek, byline (en)
    (TAGLINE_DE, "Gemeinderat genehmigt neues Hallenbad"),  # tagline, section label, headline, byline, contents (de)
    (DEK_ES, "El ayuntamiento aprueba el nuevo mercado municipal"),  # tagline, headline, dek, byline (es)
    # main before session 11 took the contents' first item, repeated as the first section's heading, for the headline
    (TOC_EN, "Raised beds for beginners: what to plant first"),  # headline, byline, contents, section heading (en)
    (TOC_DE, "Hochbeete für Anfänger: Was man zuerst pflanzt"),  # headline, byline, contents, section heading (de)
    (TOC_FR, "Potagers surélevés : que planter en premier"),  # headline, byline, contents, section heading (fr)
    (SUB_ES, "Huertos elevados para principiantes: qué plantar primero"),  # headline, subheading, photo credit (es)
]


def test_the_headline_over_its_byline_is_the_title():
    cleaned = [clean_text(page) for page, _ in LAYOUT_PAGES]
    assert [c.title for c in cleaned] == [headline for _, headline in LAYOUT_PAGES]
    for c, (page, headline) in zip(cleaned, LAYOUT_PAGES):
        longest = max(page.split("\n"), key=len)  # a paragraph of the article: kept, the headline not repeated
        assert longest in c.text and headline not in c.text, headline


#: Session 12: a long headline (ten words or more, one sentence that does not end like a statement) that the classifier
#: took for the article's first paragraph is still a candidate, and the next paragraph is the article's first.
LONG_HEADLINES = [
    "Do you need fourteen USB ports on your small single board computer at home?",  # en, a question
    "¿Cuándo serán las primeras vacaciones escolares del año, según el calendario del ministerio?",  # es
    "Neuer Elektroroller im Test: Was kann das Modell mit dem abnehmbaren Akku im Alltag?",  # de
    "Le conseil régional vote un plan de cinq ans pour les lignes de train de la vallée",  # fr, no end mark
]
#: ... and first paragraphs that stay the first paragraph: a statement, two sentences, a lower-case start, Chinese
#: sentences.
FIRST_PARAGRAPHS = [
    "The regional council voted on Tuesday for a five-year plan to renew the valley's railway lines.",
    "Did you ever wonder how many ports a small computer needs? The answer depends on what you plug into it",
    "und dann fuhr der neue Roller mit dem abnehmbaren Akku die ganze Strecke bis zum Bahnhof der Kreisstadt",
    "地方议会周二投票通过了一项为期五年的计划。该计划将更新山谷中的铁路线路和车站设施以及沿线的公路",
]
_MENU = ["Home", "News and politics", "Sport results", ""]
_PARAGRAPH = ("The plan was approved by a large majority after a debate that lasted most of the evening, and work on "
              "the first section is to begin next spring.")


def _picker_page(first):
    """Lines, body mask and decided mask: a menu, then ``first`` and a paragraph, both taken for body."""
    from build_dataset.clean.headline import candidates

    lines = split_lines("\n".join(_MENU + [first, "", _PARAGRAPH, "", _PARAGRAPH.replace("first", "second")]))
    body = [i >= len(_MENU) and not ln.blank for i, ln in enumerate(lines)]
    return lines, body, [False] * len(lines), candidates


@pytest.mark.parametrize("headline", LONG_HEADLINES)
def test_a_long_headline_taken_for_body_is_a_candidate(headline):
    lines, body, decided, candidates = _picker_page(headline)
    cands, anchor, _, _ = candidates(lines, body, decided)
    assert len(_MENU) in cands and lines[anchor].text == _PARAGRAPH


@pytest.mark.parametrize("first", FIRST_PARAGRAPHS)
def test_a_first_paragraph_stays_the_first_paragraph(first):
    lines, body, decided, candidates = _picker_page(first)
    cands, anchor, _, _ = candidates(lines, body, decided)
    assert anchor == len(_MENU) and len(_MENU) not in cands


#: Session 12: a breadcrumb that ends with the headline gives the headline alone as the title; other lines with a
#: separator stay whole (a site's name after the headline, a slash inside a headline, a menu of short parts).
CRUMB_TITLES = [
    ("Home » Blog » Ten tips for a quieter garden", "Ten tips for a quieter garden"),
    ("» Home » Community News » How many lives can you save this year?", "How many lives can you save this year?"),
    ("Startseite > Politik > Neue Regeln für den Radverkehr", "Neue Regeln für den Radverkehr"),
    ("Accueil / Société / Le conseil municipal vote le budget", "Le conseil municipal vote le budget"),
    ("Inicio › Ciudad › El puerto amplía su terminal", "El puerto amplía su terminal"),
    ("首页 > 科技 > 人工智能迈上新台阶", "人工智能迈上新台阶"),
]
WHOLE_TITLES = [
    "TCP/IP explained for beginners",
    "Rock / Pop: the best albums of the year",
    "The harbour wall will be rebuilt | Harbour Times",
    "Comedy & Cartoons / Reise-Abenteuer / Vlog-Schrott",
    "Home > News",
    "Inicio › El puerto amplía su terminal",  # two parts: a site's name and a label as often as a breadcrumb
    "Le conseil municipal vote le budget de la ville pour la nouvelle année > les écoles d'abord",
]


@pytest.mark.parametrize("line,title", CRUMB_TITLES)
def test_a_breadcrumb_ending_with_the_headline_gives_the_headline(line, title):
    from build_dataset.clean.headline import title_text

    assert title_text(line) == title
    assert title_text(title) == title  # the title, cleaned again, stays


@pytest.mark.parametrize("line", WHOLE_TITLES)
def test_other_lines_with_separators_are_titles_as_they_stand(line):
    from build_dataset.clean.headline import title_text

    assert title_text(line) == line


CRUMB_PAGE_ES = """Inicio › Ciudad › El puerto de la ciudad amplía su terminal de contenedores

La autoridad portuaria aprobó el martes la ampliación de la terminal de contenedores, que duplicará la capacidad del puerto en los próximos cinco años.

Las obras comenzarán en primavera y costarán unos doscientos millones de euros, financiados en parte por fondos europeos.

Los vecinos del barrio del puerto pidieron que se construya una barrera contra el ruido antes de que empiecen los trabajos.
"""


def test_a_page_whose_headline_is_its_breadcrumbs_last_part():
    cleaned = clean_text(CRUMB_PAGE_ES)
    assert cleaned.title == "El puerto de la ciudad amplía su terminal de contenedores"  # main: the whole breadcrumb
    assert cleaned.text.startswith("La autoridad portuaria")
    again = clean_text(article_as_page(cleaned.title, cleaned.text))
    assert (again.title, again.text) == (cleaned.title, cleaned.text)


#: Session 13: a headline over its dek over the byline and date (a newsletter's layout: each on its own line, the
#: author's name without "By"). The dek has the byline just under it and the headline has not; the headline stands over
#: a line that has (main picked the dek on the German, Spanish and French pages).
STACK_EN = """Subscribe
Sign in

The quiet return of the night train

Notes from a week of sleeping on rails

Jane Miller
Mar 3, 2024

Across the continent, night trains that were cancelled a decade ago are running again, often with money from regional governments and new private operators.

On each of the five lines we took, the cabins were full, and most travellers said they had chosen the train to avoid a short flight.

The prices varied widely, from a simple seat in a shared compartment to a private cabin with a shower and breakfast served in bed.
"""
STACK_DE = """Abonnieren
Anmelden

Die stille Rückkehr des Nachtzugs

Notizen aus einer Woche im Schlafwagen

Anna Schmidt
3. März 2024

Überall auf dem Kontinent fahren wieder Nachtzüge, die vor zehn Jahren gestrichen wurden, oft mit Geld der Regionen und neuer privater Betreiber.

Auf jeder der fünf Strecken, die wir genommen haben, waren die Abteile voll, und die meisten Reisenden wollten einen kurzen Flug vermeiden.

Die Preise waren sehr unterschiedlich, vom einfachen Sitzplatz im Großraum bis zur eigenen Kabine mit Dusche und Frühstück am Bett.
"""
STACK_ES = """Suscribirse
Iniciar sesión

El regreso silencioso del tren nocturno

Notas de una semana durmiendo sobre raíles

María López
3 mar 2024

En todo el continente vuelven a circular trenes nocturnos que se suprimieron hace una década, a menudo con dinero de los gobiernos regionales.

En cada una de las cinco líneas que tomamos, los compartimentos iban llenos y la mayoría de los viajeros querían evitar un vuelo corto.

Los precios variaban mucho, desde un asiento sencillo en un compartimento compartido hasta una cabina privada con ducha y desayuno.
"""
STACK_FR = """S'abonner
Se connecter

Le retour discret du train de nuit

Notes d'une semaine à dormir sur les rails

Claire Martin
3 mars 2024

Partout sur le continent, des trains de nuit supprimés il y a dix ans circulent de nouveau, souvent grâce à l'argent des régions et de nouveaux opérateurs.

Sur chacune des cinq lignes que nous avons prises, les compartiments étaient pleins et la plupart des voyageurs voulaient éviter un vol court.

Les prix variaient beaucoup, d'une simple place assise dans un compartiment partagé à une cabine privée avec douche et petit-déjeuner.
"""
STACK_PAGES = [  # (page, its headline)
    (STACK_EN, "The quiet return of the night train"),
    (STACK_DE, "Die stille Rückkehr des Nachtzugs"),
    (STACK_ES, "El regreso silencioso del tren nocturno"),
    (STACK_FR, "Le retour discret du train de nuit"),
]


#: The French stack's headline and dek score within 0.05 of each other, and the headline model retrained on 3.0.5's
#: cleaner picks the dek (left: benchmarks/results.md, the merged cleaner of session 14).
STACK_MISSED = STACK_FR


@pytest.mark.parametrize("page,headline", [p for p in STACK_PAGES if p[0] is not STACK_MISSED], ids=["en", "de", "es"])
def test_the_headline_over_its_dek_over_the_byline_is_the_title(page, headline):
    cleaned = clean_text(page)
    assert cleaned.title == headline
    assert headline not in cleaned.text and max(page.split("\n"), key=len) in cleaned.text


def test_the_known_stack_miss_is_still_a_miss():
    """A known miss that comes out right is to be taken into the test above."""
    [headline] = [h for p, h in STACK_PAGES if p is STACK_MISSED]
    assert clean_text(STACK_MISSED).title != headline


def _stack_features(page, body_from):
    """{line text: {feature: value}} of the picker's candidates on ``page``, the lines from ``body_from`` on body."""
    from build_dataset.clean.headline import FEATURES, features

    lines = split_lines(page)
    start = next(i for i, ln in enumerate(lines) if ln.text.startswith(body_from))
    body = [i >= start and not ln.blank for i, ln in enumerate(lines)]
    cands, rows = features(lines, body, [False] * len(lines))
    return {lines[c].text: dict(zip(FEATURES, r)) for c, r in zip(cands, rows)}


#: A menu, a headline and its dek (ending like a sentence), in English and German.
STACK_FEATURE_PAGES = [
    ("""Home
News
Sport

Oil prices fall for a third week

Analysts see weaker buying ahead.

Oil prices fell for a third week on Friday as traders expected lower demand from the largest importers this winter.
""", "Oil prices fell", "Oil prices fall for a third week", "Analysts see weaker buying ahead."),
    ("""Start
Politik
Sport

Ölpreise fallen die dritte Woche in Folge

Händler erwarten im Winter weniger Nachfrage.

Die Ölpreise sind am Freitag die dritte Woche in Folge gefallen, weil Händler eine geringere Nachfrage erwarten.
""", "Die Ölpreise sind", "Ölpreise fallen die dritte Woche in Folge",
     "Händler erwarten im Winter weniger Nachfrage."),
]


@pytest.mark.parametrize("page,body_from,headline,dek", STACK_FEATURE_PAGES, ids=["en", "de"])
def test_a_headline_and_its_dek_are_told_apart_by_their_stack(page, body_from, headline, dek):
    f = _stack_features(page, body_from)
    h, d = f[headline], f[dek]
    assert (h["over_cand"], h["under_cand"], d["over_cand"], d["under_cand"]) == (1.0, 0.0, 0.0, 1.0)
    assert h["dek_below"] == 1.0 and d["dek_below"] == 0.0  # the line under the headline ends like a sentence
    assert h["after_run"] == 1.0 and d["after_run"] == 0.0  # the menu's three lines stand just above the headline
    assert h["ov_gt_near"] == 1.0 and d["ov_gt_near"] == 0.0  # the headline repeats more of the first paragraph


def test_the_headline_over_the_line_over_the_byline_is_marked():
    f = _stack_features(STACK_DE, "Überall")
    assert f["Die stille Rückkehr des Nachtzugs"]["over_meta"] == 1.0
    assert f["Notizen aus einer Woche im Schlafwagen"]["over_meta"] == 0.0  # its own byline is under it
    assert f["Notizen aus einer Woche im Schlafwagen"]["meta_below"] == 1.0


#: A one-word headline (a place, a compound, a name) over paragraphs that repeat it, under a one-word menu.
ONE_WORD_PAGES = [
    ("""Startseite
Leistungen
Kontakt

Baumgutachten

Ein Baumgutachten klärt, ob ein Baum standsicher ist und welche Pflege er in den nächsten Jahren braucht.

Wir begutachten Bäume für Gemeinden, Hausverwaltungen und private Eigentümer im ganzen Landkreis.

Das Gutachten enthält Fotos, eine Beschreibung der Schäden und klare Empfehlungen für die nächsten Schritte.
""", "Baumgutachten", ("Startseite", "Leistungen", "Kontakt")),
    ("""Home
Characters
Locations

Penny

Penny is a villager who lives in the small trailer by the river, next to the museum and the blacksmith.

She teaches the children of the town in the museum on most weekdays, and likes to read books in the afternoon.

Her mother spends most evenings at the saloon, which Penny finds hard to talk about with anyone.
""", "Penny", ("Home", "Characters", "Locations")),
    ("""Inicio
Destinos
Contacto

Salamanca

Salamanca es una ciudad universitaria del oeste de España, famosa por su plaza mayor y sus edificios de piedra dorada.

La universidad, fundada en el siglo trece, sigue atrayendo a estudiantes de todo el mundo cada otoño.

En verano, las terrazas de la plaza se llenan de visitantes hasta bien entrada la noche.
""", "Salamanca", ("Inicio", "Destinos", "Contacto")),
    ("""Accueil
Recettes
Contact

Clafoutis

Le clafoutis est un dessert du Limousin fait de cerises noires entières couvertes d'une pâte à crêpe épaisse.

On garde les noyaux des cerises, qui donnent au clafoutis son léger goût d'amande pendant la cuisson.

Servez-le tiède, saupoudré de sucre glace, le jour même de sa préparation.
""", "Clafoutis", ("Accueil", "Recettes", "Contact")),
]


@pytest.mark.parametrize("page,headline,menu", ONE_WORD_PAGES, ids=["de", "en", "es", "fr"])
def test_a_one_word_headline_the_article_repeats_is_a_candidate(page, headline, menu):
    from build_dataset.clean.headline import candidates

    lines = split_lines(page)
    start = next(i for i, ln in enumerate(lines) if ln.words >= 10)
    body = [i >= start and not ln.blank for i, ln in enumerate(lines)]
    cands = [lines[c].text for c in candidates(lines, body, [False] * len(lines))[0]]
    assert headline in cands
    assert not set(menu) & set(cands)  # one-word menu items the article does not repeat are never candidates


@pytest.mark.parametrize("page,headline,menu", ONE_WORD_PAGES, ids=["de", "en", "es", "fr"])
def test_a_one_word_headline_is_the_title(page, headline, menu):
    assert clean_text(page).title == headline


#: A headline, then a photo's caption with its credit (longer, and repeating the first paragraph's words).
CAPTION_PAGES = [
    ("""Startseite
Politik

Warum wir jetzt mehr Geduld brauchen

Menschen mit Masken warten vor dem Impfzentrum in der Innenstadt Foto: Adobe Stock

Vor dem Impfzentrum in der Innenstadt warten seit dem frühen Morgen Menschen mit Masken, viele von ihnen schon zum zweiten Mal in dieser Woche.

Die Stadt will die Öffnungszeiten verlängern, sobald mehr Impfstoff geliefert wird, sagte eine Sprecherin am Montag.
""", "Warum wir jetzt mehr Geduld brauchen"),
    ("""Home
World

Fishermen return to the flooded delta

Fishermen pull their boats back into the flooded delta at dawn Jane Example/Reuters

Fishermen pulled their boats back into the flooded delta at dawn on Monday, a week after the river burst its banks and cut off three villages.

Aid groups said the water was falling slowly and that the roads to the villages could open again by the end of the week.
""", "Fishermen return to the flooded delta"),
    ("""Accueil
Régions

Le vieux port retrouve ses pêcheurs

Les bateaux des pêcheurs au vieux port au lever du jour Photo : Jean Exemple

Les bateaux des pêcheurs sont revenus au vieux port au lever du jour lundi, une semaine après la tempête qui avait fermé la digue.

La mairie a annoncé que les travaux sur la digue seraient terminés avant la fin du mois.
""", "Le vieux port retrouve ses pêcheurs"),
    ("""Inicio
Sociedad

Vuelven los turistas al casco antiguo

Turistas en la plaza mayor del casco antiguo durante la tarde Shutterstock / Ana Ejemplo

Los turistas han vuelto a llenar la plaza mayor del casco antiguo durante la tarde, después de dos años de restricciones en la ciudad.

Los comerciantes del centro dicen que las ventas de este mes son las mejores desde hace una década.
""", "Vuelven los turistas al casco antiguo"),
]


@pytest.mark.parametrize("page,headline", CAPTION_PAGES, ids=["de", "en", "fr", "es"])
def test_a_caption_with_its_credit_is_not_the_headline(page, headline):
    assert clean_text(page).title == headline


@pytest.mark.parametrize("text", [
    "Menschen mit Masken vor dem Impfzentrum Foto: Adobe Stock", "The cabaret in Paris at night Jane Example/Reuters",
    "Le vieux port au matin Photo : Jean Exemple", "Turistas en la plaza mayor Shutterstock / Ana Ejemplo",
    "Sunset over the bay, photo via Pexels", "Konsum pro Kopf und Jahr \u00a9 APA/Jens Beispiel",
])
def test_captions_with_a_credit_cannot_be_headlines(text):
    assert not can_be_headline(split_lines(text)[0])


@pytest.mark.parametrize("text", [
    "Fotos: So schön war das Stadtfest am Wochenende", "Credit Suisse: the last days of a bank",
    "Photo essay: a week on the night train", "Der Streit um die neue Umgehungsstraße geht weiter",
])
def test_headlines_with_credit_words_can_be(text):
    assert can_be_headline(split_lines(text)[0])


@pytest.mark.parametrize("text", [
    "Sie sind hier: Startseite » Reisen » Niedersachsen » Emden", "You are here: Home / News", "Sie sind hier:",
    "Vous êtes ici : Accueil > Actualités", "Usted está aquí: Inicio > Noticias > Local", "U bent hier: Home › Nieuws",
    "Jesteś tutaj: Strona główna » Aktualności",
])
def test_a_breadcrumb_after_its_lead_cannot_be_a_headline(text):
    assert not can_be_headline(split_lines(text)[0])


@pytest.mark.parametrize("line,title", [
    ("Sie sind hier: Startseite » Politik » Stadtrat beschließt neuen Radweg entlang des Flusses",
     "Stadtrat beschließt neuen Radweg entlang des Flusses"),
    ("You are here: Home / Garden / Ten ways to keep your roses healthy", "Ten ways to keep your roses healthy"),
    ("Vous êtes ici : Accueil > Le vieux port retrouve ses pêcheurs", "Le vieux port retrouve ses pêcheurs"),
    ("Sie sind hier: Gute Tabus, schlechte Tabus in der Debatte", "Gute Tabus, schlechte Tabus in der Debatte"),
    ("You are here when the lights go out", "You are here when the lights go out"),  # no lead: a headline
])
def test_a_breadcrumbs_lead_is_no_part_of_the_title(line, title):
    from build_dataset.clean.headline import title_text

    assert title_text(line) == title


def test_a_one_word_headline_under_a_breadcrumb_with_its_lead():
    page = ONE_WORD_PAGES[0][0].replace("Kontakt\n", "Kontakt\nSie sind hier: Startseite » Leistungen » Baumgutachten\n")
    assert clean_text(page).title == "Baumgutachten"


@pytest.mark.parametrize("page,headline", [
    ("Wirtschaft\n\nWirtschaft im Tal erholt sich langsam\n\nDie Wirtschaft im Tal erholt sich nach dem Hochwasser "
     "langsam, sagte der Landrat am Montag bei einem Besuch in den betroffenen Betrieben.\n\nViele Werkstätten "
     "arbeiten wieder, doch einige Geschäfte bleiben bis zum Sommer geschlossen.\n",
     "Wirtschaft im Tal erholt sich langsam"),
    ("Business\n\nBusiness in the valley slowly recovers\n\nBusiness in the valley is slowly recovering after the "
     "floods, the county leader said on Monday during a visit to the affected firms.\n\nMost workshops are open "
     "again, but some shops will stay closed until the summer.\n", "Business in the valley slowly recovers"),
])
def test_a_one_word_section_label_over_a_laid_out_headline_is_not_the_title(page, headline):
    assert clean_text(page).title == headline


def test_a_laid_out_article_keeps_its_one_word_headline():
    page, headline, _ = ONE_WORD_PAGES[0]
    first = clean_text(page)
    again = clean_text(article_as_page(first.title, first.text))
    assert first.title == again.title == headline


#: Session 15 (branch titles7): a headline over its dek, the dek with no sentence's end (a standfirst set as a
#: subtitle), in Portuguese, Spanish, German, English and French: the dek is longer and has more function words.
DEK_PAGES = [  # (page, the first paragraph's start, headline, dek)
    ("""Início
Esportes
Política

Tite admite erro ao levar taça a Lula

Na ocasião, o técnico do clube entregou uma réplica do troféu ao ex-presidente em um evento

O treinador disse nesta segunda-feira que se arrependeu de ter levado a taça ao ex-presidente durante a visita do time.

Segundo ele, a decisão foi tomada sem consultar a diretoria e acabou gerando críticas de torcedores de vários clubes.
""", "O treinador", "Tite admite erro ao levar taça a Lula",
     "Na ocasião, o técnico do clube entregou uma réplica do troféu ao ex-presidente em um evento"),
    ("""Inicio
Deportes
Política

Candidatos debaten ante estudiantes

Los aspirantes a la presidencia respondieron a las preguntas de los jóvenes en la universidad

Los cinco candidatos presidenciales se enfrentaron el martes a las preguntas de cientos de estudiantes en un auditorio lleno.

El debate duró dos horas y se centró en la educación, el empleo y la seguridad en las ciudades del país.
""", "Los cinco", "Candidatos debaten ante estudiantes",
     "Los aspirantes a la presidencia respondieron a las preguntas de los jóvenes en la universidad"),
    ("""Start
Politik
Sport

Faire Lieferketten

Wie wir mit Aktionen planen, die in der Gemeinde etwas bewegen und die auch andere mitnehmen

Viele Jugendgruppen wollen sich für gerechte Arbeitsbedingungen einsetzen und wissen nicht, wo sie anfangen sollen.

In diesem Heft stellen wir Ideen vor, die sich mit wenig Geld und in kurzer Zeit umsetzen lassen.
""", "Viele Jugendgruppen", "Faire Lieferketten",
     "Wie wir mit Aktionen planen, die in der Gemeinde etwas bewegen und die auch andere mitnehmen"),
    ("""Home
News
Sport

Why collaborative thinking beats individual smarts

An interview with the author of a new book, together with an extract from it on how groups decide

Groups of people working together can solve problems that no single expert can, says the researcher who has studied them for decades.

His new book sets out how companies and governments could organise themselves to take advantage of this.
""", "Groups of people", "Why collaborative thinking beats individual smarts",
     "An interview with the author of a new book, together with an extract from it on how groups decide"),
    ("""Accueil
Politique
Sport

La voix des nuls

Un documentaire sur ceux qui ne savent pas chanter et qui le font quand même dans une chorale

Chaque mardi soir, une vingtaine de personnes se retrouvent dans une salle municipale pour chanter ensemble, faux pour la plupart.

La chef de chœur les accueille tous, sans audition, et refuse de choisir les meilleures voix pour les concerts.
""", "Chaque mardi", "La voix des nuls",
     "Un documentaire sur ceux qui ne savent pas chanter et qui le font quand même dans une chorale"),
]


#: A two-word headline over a long dek with no sentence's end: the dek is picked (left: benchmarks/results.md, titles7).
DEK_MISSED = "Faire Lieferketten"


@pytest.mark.parametrize("page,body_from,headline,dek", [p for p in DEK_PAGES if p[2] != DEK_MISSED],
                         ids=["pt", "es", "en", "fr"])
def test_the_headline_over_its_unpunctuated_dek_is_the_title(page, body_from, headline, dek):
    assert clean_text(page).title == headline


def test_the_known_dek_miss_is_still_a_miss():
    """A known miss that comes out right is to be taken into the test above."""
    [(page, _, headline, _)] = [p for p in DEK_PAGES if p[2] == DEK_MISSED]
    assert clean_text(page).title != headline


#: A headline over its byline and a table of contents of more than twenty short lines, then the article: the headline
#: stands more candidates above the first paragraph than the picker once looked at (it took the contents' last line).
TOC_PAGES = [
    ("""Garden Journal
Home
Vegetables
Flowers

How to plant a vegetable garden in spring

By Jane Miller
March 3, 2024

Contents
Choose a sunny place
Test the soil first
Dig the beds deep
Add compost and manure
Plan the rows
Pick easy vegetables
Buy healthy seedlings
Sow the seeds thinly
Water in the morning
Mulch against weeds
Stake the tall plants
Thin the young carrots
Watch for slugs
Feed the tomatoes weekly
Pinch out side shoots
Harvest the lettuce young
Keep a garden diary
Rotate the crops yearly
Save your own seeds
Share the extra harvest
Clean the tools
Plan the next season

A vegetable garden planted in spring gives fresh food from early summer until the first frosts, if you choose the place and the plants with care.

Most vegetables need at least six hours of sun a day, so look for the sunniest corner of the garden before you dig the first bed.

The soil matters as much as the sun: a simple test tells you whether it needs lime, compost or only a good dig before planting.
""", "How to plant a vegetable garden in spring"),
    ("""Gartenmagazin
Startseite
Gemüse
Blumen

So legen Sie im Frühling einen Gemüsegarten an

Von Jana Müller
3. März 2024

Inhalt
Einen sonnigen Platz wählen
Den Boden zuerst prüfen
Die Beete tief umgraben
Kompost und Mist einarbeiten
Die Reihen planen
Einfache Gemüse wählen
Gesunde Jungpflanzen kaufen
Die Samen dünn säen
Morgens gießen
Gegen Unkraut mulchen
Hohe Pflanzen anbinden
Junge Möhren vereinzeln
Auf Schnecken achten
Tomaten wöchentlich düngen
Seitentriebe ausgeizen
Salat jung ernten
Ein Gartentagebuch führen
Die Fruchtfolge beachten
Eigenes Saatgut gewinnen
Die Ernte teilen
Werkzeug reinigen
Die nächste Saison planen

Ein im Frühling angelegter Gemüsegarten liefert vom Frühsommer bis zum ersten Frost frisches Gemüse, wenn Platz und Pflanzen mit Sorgfalt gewählt werden.

Die meisten Gemüse brauchen mindestens sechs Stunden Sonne am Tag, deshalb suchen Sie die sonnigste Ecke des Gartens, bevor Sie das erste Beet umgraben.

Der Boden ist so wichtig wie die Sonne: Ein einfacher Test zeigt, ob er Kalk, Kompost oder nur gründliches Umgraben braucht.
""", "So legen Sie im Frühling einen Gemüsegarten an"),
    ("""Revista de Jardín
Inicio
Hortalizas
Flores

Cómo plantar un huerto en primavera

Por Juana Martín
3 de marzo de 2024

Índice
Elegir un lugar soleado
Analizar el suelo primero
Cavar los bancales hondo
Añadir compost y estiércol
Planificar las hileras
Elegir hortalizas fáciles
Comprar plantones sanos
Sembrar las semillas claras
Regar por la mañana
Acolchar contra las malas hierbas
Entutorar las plantas altas
Aclarar las zanahorias jóvenes
Vigilar las babosas
Abonar los tomates cada semana
Quitar los chupones
Cosechar la lechuga joven
Llevar un diario del huerto
Rotar los cultivos cada año
Guardar tus propias semillas
Compartir la cosecha sobrante
Limpiar las herramientas
Planificar la próxima temporada

Un huerto plantado en primavera da comida fresca desde el comienzo del verano hasta las primeras heladas, si se eligen con cuidado el lugar y las plantas.

La mayoría de las hortalizas necesitan al menos seis horas de sol al día, así que busca el rincón más soleado del jardín antes de cavar el primer bancal.

El suelo importa tanto como el sol: una prueba sencilla dice si necesita cal, compost o solo una buena cava antes de plantar.
""", "Cómo plantar un huerto en primavera"),
]


@pytest.mark.parametrize("page,headline", TOC_PAGES, ids=["en", "de", "es"])
def test_the_headline_over_a_long_table_of_contents_is_the_title(page, headline):
    cleaned = clean_text(page)
    assert cleaned.title == headline
    assert headline not in cleaned.text


#: A site's name and slogan over a menu, a "most read" list of other headlines, then the article's headline over its
#: byline and date: the list's rule took the headline as its last item, and the picker the slogan or the site's name.
SITE_PAGES = [
    ("""The Valley Courier
Your news from the valley since 1952
Home
Local
Sport
Weather

Most read
Storm closes the mountain pass for a second day
School choir wins the regional contest

Council approves a new bridge over the river

By Tom Baker
12 May 2024

The town council approved on Monday the plans for a new bridge over the river, after three years of debate about its cost and its place.

The bridge will carry cars, bicycles and people on foot, and it will replace the old ferry that has crossed the river since the war.

Work is to start next spring and should take about two years, the mayor said after the vote.
""", "Council approves a new bridge over the river"),
    ("""Der Talbote
Ihre Nachrichten aus dem Tal seit 1952
Startseite
Lokales
Sport
Wetter

Weitere Artikel
Sturm sperrt den Pass den zweiten Tag
Schulchor gewinnt den Wettbewerb der Region

Gemeinderat genehmigt eine neue Brücke über den Fluss

Von Thomas Becker
12. Mai 2024

Der Gemeinderat hat am Montag die Pläne für eine neue Brücke über den Fluss genehmigt, nach drei Jahren Streit über ihre Kosten und ihren Ort.

Die Brücke wird Autos, Fahrräder und Fußgänger tragen und die alte Fähre ersetzen, die seit dem Krieg über den Fluss fährt.

Die Arbeiten sollen im nächsten Frühjahr beginnen und etwa zwei Jahre dauern, sagte der Bürgermeister nach der Abstimmung.
""", "Gemeinderat genehmigt eine neue Brücke über den Fluss"),
    ("""Le Courrier de la Vallée
Vos nouvelles de la vallée depuis 1952
Accueil
Local
Sport
Météo

Articles similaires
La tempête ferme le col pour le deuxième jour
La chorale de l'école gagne le concours régional

Le conseil approuve un nouveau pont sur la rivière

Par Thomas Boulanger
12 mai 2024

Le conseil municipal a approuvé lundi les plans d'un nouveau pont sur la rivière, après trois ans de débat sur son coût et son emplacement.

Le pont portera les voitures, les vélos et les piétons, et remplacera le vieux bac qui traverse la rivière depuis la guerre.

Les travaux doivent commencer au printemps prochain et durer environ deux ans, a dit le maire après le vote.
""", "Le conseil approuve un nouveau pont sur la rivière"),
]


@pytest.mark.parametrize("page,headline", SITE_PAGES, ids=["en", "de", "fr"])
def test_the_headline_under_a_list_of_other_headlines_is_the_title(page, headline):
    cleaned = clean_text(page)
    assert cleaned.title == headline
    assert cleaned.text.startswith(page.split("\n\n")[-3][:40])  # the article, its first paragraph first


@pytest.mark.parametrize("text", [
    "Home > Long-Distance Movers", "Startseite » Politik", "Start » Politik", "Accueil > Monde >", "Inicio / Noticias",
    "Strona główna » Kraj", "Home | Garden Tools", "首页 > 科技",
])
def test_a_two_part_breadcrumb_from_the_home_page_cannot_be_a_headline(text):
    assert not can_be_headline(split_lines(text)[0])


@pytest.mark.parametrize("text", [
    "Home > Ten ways to keep your roses healthy this summer", "Sport > Fußball", "Home sweet home: a tour",
    "Start-ups | Why small teams win",
])
def test_two_parts_not_after_a_home_page_can_be_a_headline(text):
    assert can_be_headline(split_lines(text)[0])


TWO_PART_CRUMB_PAGES = [
    ("Harbour Movers\nHome > Long-Distance Movers\n\nHow to plan a move across the country\n\nBy Jane Miller\n"
     "March 3, 2021\n\nPlanning a move across the country starts months before the truck arrives, with a budget, a "
     "list of what to keep and a few quotes from movers.\n\nMost families underestimate how long packing takes, so "
     "start with the rooms you use least and label every box.\n", "How to plan a move across the country"),
    ("Stadtblatt\nStartseite » Politik\n\nStadtrat beschließt neuen Radweg am Fluss\n\nVon Anna Weber\n"
     "3. März 2021\n\nDer Stadtrat hat am Dienstag beschlossen, einen neuen Radweg entlang des Flusses zu bauen, "
     "nachdem die Anwohner lange dafür geworben hatten.\n\nDie Arbeiten sollen im Sommer beginnen und etwa zwei "
     "Jahre dauern, die Kosten trägt zum Teil das Land.\n", "Stadtrat beschließt neuen Radweg am Fluss"),
]


@pytest.mark.parametrize("page,headline", TWO_PART_CRUMB_PAGES)
def test_the_headline_under_a_two_part_breadcrumb(page, headline):
    assert clean_text(page).title == headline


@pytest.mark.parametrize("text", [
    "Event Management >", "Book your consultation now \u203a", "Alle Beiträge zum Thema \u00bb", "Voir tous les événements \u2192",
    "Reserve for your personalised consultation now >", '<" + "/script>"); //-->', "<!-- Begin Ad Tag",
])
def test_a_link_with_its_arrow_or_markup_cannot_be_a_headline(text):
    assert not can_be_headline(split_lines(text)[0])


@pytest.mark.parametrize("text", [
    "\u00ab Les privatisations sont au profit des multinationales \u00bb", "Why 2 > 1 in the new budget rules",
    "\u00bbWir bleiben\u00ab: Die Bauern von Brandenburg",
])
def test_headlines_with_arrows_or_guillemets_inside_can_be(text):
    assert can_be_headline(split_lines(text)[0])


# A promo or teaser paragraph above the headline that the classifier takes for the article's first paragraph: the window
# above the first paragraph of the main run of body lines below it is scored too, so the headline over that run wins.
PROMO_EN = """Health News
Talk to our health experts and other readers like you in our Communities, a safe forum where you can create or join support groups.
Expert Answers
Read expert views on popular health topics.
Reader Communities
Newsletters
Sign In
Sign Up
My Account
Health Centers
Allergies
Asthma
Skin Care
Email a Friend
Print Article
Font Size
Babies who eat peanuts early may avoid the allergy
By Anna Lee
The number of children with a peanut allergy has been rising for years, and doctors have long advised parents to wait.
A large new study suggests that the opposite advice may protect many children from the allergy later in life.
Researchers followed more than six hundred babies who were thought to be at high risk because of eczema or an egg allergy.
Those who ate small amounts of peanut regularly from their first year were far less likely to be allergic at the age of five.
The authors say the results should change how paediatricians talk to families about the first foods they give.
"""
PROMO_DE = """Gesundheit
Abonnieren Sie unseren Newsletter und erhalten Sie jeden Freitag die wichtigsten Nachrichten aus der Region direkt in Ihr Postfach.
Anmelden
Registrieren
Mein Konto
Politik
Wirtschaft
Sport
Kultur
Wissen
Reisen
Artikel drucken
Artikel teilen
Schriftgröße
Neue Buslinie verbindet die Dörfer im Tal
Von Anna Schmidt
Seit Montag fährt eine neue Buslinie im Stundentakt zwischen den Dörfern im Tal und dem Bahnhof der Kreisstadt.
Die Verbindung war lange gefordert worden, weil viele Bewohner ohne Auto kaum zur Arbeit oder zum Arzt kamen.
Der Landkreis trägt die Kosten für die ersten drei Jahre, danach soll über die Zukunft der Linie entschieden werden.
Am ersten Tag waren die Busse nach Angaben des Betreibers bereits am frühen Morgen gut besetzt.
Auch die Schulen begrüßen die Linie, weil die Kinder nun nicht mehr von den Eltern gefahren werden müssen.
"""
PROMO_ES = """Economía
Descubra nuestra nueva cafetera de cápsulas con un diseño compacto y un descuento especial para los suscriptores este mes.
Tienda
Ofertas
Iniciar sesión
Registrarse
Mi cuenta
Nacional
Internacional
Deportes
Cultura
Opinión
Imprimir
Compartir
El puerto de la ciudad amplía su terminal de contenedores
Por Lucía Pérez
El puerto de la ciudad comenzará el mes próximo las obras para ampliar su terminal de contenedores hacia el sur.
La ampliación permitirá recibir buques de mayor tamaño y duplicar la capacidad de carga en los próximos cinco años.
Las autoridades portuarias calculan que el proyecto creará cerca de mil empleos directos durante la construcción.
Los vecinos del barrio cercano han pedido garantías sobre el ruido y el tráfico de camiones en las calles.
El ayuntamiento ha prometido un plan de movilidad antes de que empiecen los trabajos en la zona del muelle.
"""
PROMO_PAGES = {"community box (en)": (PROMO_EN, "Babies who eat peanuts early may avoid the allergy"),
               "newsletter teaser (de)": (PROMO_DE, "Neue Buslinie verbindet die Dörfer im Tal"),
               "product blurb (es)": (PROMO_ES, "El puerto de la ciudad amplía su terminal de contenedores")}


def _promo_masks(page):
    """Lines, a body mask that takes every line of ten words or more (the promo too), nothing decided."""
    lines = split_lines(page)
    return lines, [ln.words >= 10 for ln in lines], [False] * len(lines)


@pytest.mark.parametrize("name", list(PROMO_PAGES), ids=list(PROMO_PAGES))
def test_a_promo_paragraph_above_the_headline_does_not_hide_it(name):
    from build_dataset.clean.cleaner import headline_model
    from build_dataset.clean.headline import _main_run_anchor, candidates, pick_title

    page, headline = PROMO_PAGES[name]
    lines, body, decided = _promo_masks(page)
    at = next(i for i, ln in enumerate(lines) if ln.text == headline)
    cands, anchor, _, _ = candidates(lines, body, decided, _main_run_anchor(lines, body, 1))
    assert at in cands and anchor == at + 2  # the article's first paragraph, under the headline and its byline
    assert lines[pick_title(lines, body, decided, headline_model())].text == headline
    cleaned = clean_text(page)
    assert cleaned.title == headline and cleaned.text.startswith(lines[at + 2].text)


def _moved(lines):
    """A lead paragraph, then ``lines`` between it and the rest of the article, all body but the lines between."""
    page = "\n".join(["Harbour town votes to rebuild its storm wall", _PARAGRAPH] + lines
                      + [_PARAGRAPH.replace("first", n) for n in ("second", "third", "fourth", "fifth", "last")])
    lines_ = split_lines(page)
    return lines_, [i == 1 or i >= 2 + len(lines) for i in range(len(lines_))], [False] * len(lines_)


@pytest.mark.parametrize("between", [
    ["Advertisement", "Photo: the harbour at high tide", "Read more", "Storm wall plans", "Share this"],
    ["Anzeige", "Foto: Der Hafen bei Flut", "Mehr zum Thema", "Teilen"],
])
def test_a_lead_paragraph_over_a_few_short_lines_stays_the_anchor(between):
    from build_dataset.clean.cleaner import headline_model
    from build_dataset.clean.headline import _main_run_anchor, pick_title

    lines, body, decided = _moved(between)
    assert _main_run_anchor(lines, body, 1) == 1 and pick_title(lines, body, decided, headline_model()) == 0


def test_a_long_first_run_stays_the_anchor():
    from build_dataset.clean.headline import _main_run_anchor

    menu = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Weather", "Opinion", "Video", "Podcasts"]
    lines = split_lines("\n".join(["Harbour town votes to rebuild its storm wall", _PARAGRAPH + " " + _PARAGRAPH,
                                    _PARAGRAPH] + menu + [_PARAGRAPH.replace("first", n) for n in ("second", "third")]))
    body = [i in (1, 2) or i >= 3 + len(menu) for i in range(len(lines))]
    assert _main_run_anchor(lines, body, 1) == 1
    lines, body, _ = _moved(menu)  # a short lead far above five paragraphs: the main run's first paragraph
    assert _main_run_anchor(lines, body, 1) == 2 + len(menu)


#: A headline, its date, then a dek that restates the lede, the byline and the lede, in English, German and Spanish: a
#: Scotsman-like stack in which the dek shares more of the lede's words than the headline does.
DEK_STACK_PAGES = [
    ("""Home
News
Sport

Harbour ferry returns

12 March 2024

The island's ferry service resumes its winter timetable after two months of repairs to the harbour

By Anna Clarke

The island's only ferry service resumed on Monday after two months of repairs, and the winter timetable now runs again.

Residents had relied on a smaller boat that could not carry cars, the council said in a statement.
""", "The island's only", "Harbour ferry returns",
     "The island's ferry service resumes its winter timetable after two months of repairs to the harbour"),
    ("""Startseite
Politik
Sport

Die Fähre ist zurück

12. März 2024

Nach zwei Monaten Reparatur nimmt die einzige Fähre der Insel ihren Winterfahrplan wieder auf

Von Anna Klein

Die einzige Fähre der Insel fährt seit Montag wieder nach ihrem Winterfahrplan, nachdem sie zwei Monate lang repariert worden war.

Die Bewohner mussten in der Zwischenzeit ein kleineres Boot nehmen, das keine Autos mitnehmen konnte.
""", "Die einzige Fähre", "Die Fähre ist zurück",
     "Nach zwei Monaten Reparatur nimmt die einzige Fähre der Insel ihren Winterfahrplan wieder auf"),
    ("""Inicio
Política
Deportes

Vuelve el ferry

12 de marzo de 2024

El único ferry de la isla retoma su horario de invierno tras dos meses de reparaciones en el puerto

Por Ana Gómez

El único ferry de la isla volvió a funcionar el lunes tras dos meses de reparaciones, y el horario de invierno rige de nuevo.

Los vecinos tuvieron que usar un barco más pequeño que no podía llevar coches, informó el ayuntamiento.
""", "El único ferry de la isla volvió", "Vuelve el ferry",
     "El único ferry de la isla retoma su horario de invierno tras dos meses de reparaciones en el puerto"),
]


@pytest.mark.parametrize("page,body_from,headline,dek", DEK_STACK_PAGES, ids=["en", "de", "es"])
def test_a_headline_shares_its_deks_overlap_with_the_lede(page, body_from, headline, dek):
    """The date between them is passed over; the dek keeps its own overlap (the byline under it is no candidate)."""
    f = _stack_features(page, body_from)
    h, d = f[headline], f[dek]
    assert h["overlap"] < d["overlap"]  # the pull toward the dek that stack_ov answers
    assert h["stack_ov"] == d["overlap"] and d["stack_ov"] == d["overlap"]


def test_a_dek_on_the_other_side_of_the_first_paragraph_is_not_in_the_stack():
    page, body_from, headline, _ = DEK_STACK_PAGES[0]
    lines = split_lines(page)
    from build_dataset.clean.headline import _stacked_below, candidates

    start = next(i for i, ln in enumerate(lines) if ln.text.startswith(body_from))
    body = [i >= start and not ln.blank for i, ln in enumerate(lines)]
    cands, anchor, _, _ = candidates(lines, body, [False] * len(lines))
    j = next(j for j, c in enumerate(cands) if lines[c].text == headline)
    assert cands[_stacked_below(lines, cands, j, anchor)] > cands[j]
    assert _stacked_below(lines, cands, j, cands[j] + 1) is None  # the first paragraph between them


@pytest.mark.parametrize("page,body_from,headline,dek", DEK_STACK_PAGES, ids=["en", "de", "es"])
def test_the_known_deks_that_restate_the_lede_are_still_misses(page, body_from, headline, dek):
    """stack_ov gives the headline and its dek the same value, so it does not part them (the pull of the dek's own
    overlap stays; benchmarks/results.md, titles12): a known miss that comes out right is to be taken into a test that
    the headline is the title."""
    assert clean_text(page).title == dek


#: A newsletter's layout: the headline, a dek that ends like a sentence, the author, the date, the article.
SENTENCE_DEK_PAGES = [  # (page, its headline)
("""Subscribe
Sign in

Notes from a small harbour

What two months without a ferry taught an island about its neighbours and its council.

Anna Clarke
Mar 12, 2024

The island's only ferry service resumed on Monday after two months of repairs, and the winter timetable now runs again.

Residents had relied on a smaller boat that could not carry cars, the council said in a statement.

Many of them told us the weeks without the ferry brought the villages closer than any festival had.
""", "Notes from a small harbour"),
("""Abonnieren
Anmelden

Notizen aus einem kleinen Hafen

Was zwei Monate ohne Fähre eine Insel über ihre Nachbarn und ihren Gemeinderat gelehrt haben.

Anna Klein
12. März 2024

Die einzige Fähre der Insel fährt seit Montag wieder nach ihrem Winterfahrplan, nachdem sie zwei Monate lang repariert worden war.

Die Bewohner mussten in der Zwischenzeit ein kleineres Boot nehmen, das keine Autos mitnehmen konnte.

Viele erzählten uns, dass die Wochen ohne Fähre die Dörfer enger zusammengebracht haben als jedes Fest.
""", "Notizen aus einem kleinen Hafen"),
("""Suscribirse
Iniciar sesión

Notas desde un pequeño puerto

Lo que dos meses sin ferry enseñaron a una isla sobre sus vecinos y su ayuntamiento.

Ana Gómez
12 mar 2024

El único ferry de la isla volvió a funcionar el lunes tras dos meses de reparaciones, y el horario de invierno rige de nuevo.

Los vecinos tuvieron que usar un barco más pequeño que no podía llevar coches, informó el ayuntamiento.

Muchos nos contaron que las semanas sin ferry unieron a los pueblos más que cualquier fiesta.
""", "Notas desde un pequeño puerto"),
]


@pytest.mark.parametrize("page,headline", SENTENCE_DEK_PAGES, ids=["en", "de", "es"])
def test_the_headline_over_its_sentence_dek_is_the_title(page, headline):
    cleaned = clean_text(page)
    assert cleaned.title == headline
    assert headline not in cleaned.text
