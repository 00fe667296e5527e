"""Top stories above the article (issue 14, the "header" kind): a block of other stories' headlines, some with a
teaser under them, stands above the article's own headline; the cleaner must neither take one of them for the
headline nor keep their teasers as the article's start. What tells them apart is their shape, in any language: several
headlines, each paragraph among them a short teaser under one, against the article's headline with a byline or a date
under it and a longer run of paragraphs below. Pages written for these tests in English, Spanish, Russian and Chinese,
each in another layout; the whole cleaner is run on each, and again with the classifier made to keep every line (so
that the teasers are body lines and only ``top_stories`` takes them out)."""

from __future__ import annotations

import unicodedata

import numpy as np
import pytest

from build_dataset.clean import cleaner
from build_dataset.clean.cleaner import clean_text
from build_dataset.clean.lines import split_lines


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


# headline and teaser pairs between blank lines, a byline then a date under the headline
EN = dict(
    page=_page(
        "Home | News | Sport | Business | Weather\nSign in",
        "Council approves new cycle lanes for the city centre\nThe lanes will run along four main roads and should be "
        "finished by the end of next summer.",
        "Library to open on Sundays from next month\nThe central library will open from ten until four on Sundays "
        "after a trial last winter proved popular.",
        "Police appeal for witnesses after late-night crash",
        "Harbour town votes to rebuild its storm wall after the winter floods",
        "By Sarah Collins\nMarch 12, 2024",
        "Residents of the harbour town voted on Tuesday to rebuild the storm wall that failed during the floods in "
        "January, after a long evening meeting in the school hall that ran past midnight.",
        "The old wall broke in three places when the storm surge arrived, and the water reached the market square "
        "within an hour, flooding more than two hundred homes and most of the shops along the quay.",
        "The new wall will be a metre higher and built of concrete rather than stone, the engineers said, and it will "
        "have two gates that can be closed when a storm warning is issued for the coast.",
        "Work is expected to begin in the spring and to take two years, and the council said the road along the "
        "harbour would stay open to traffic for most of that time, with a diversion at night.",
        "Share this article",
        "\u00a9 2024 The Harbour Gazette",
    ),
    title="Harbour town votes to rebuild its storm wall after the winter floods",
    gone=("Council approves new cycle lanes for the city centre", "The lanes will run along four main roads",
          "Library to open on Sundays from next month", "The central library will open from ten",
          "Police appeal for witnesses after late-night crash"),
    paras=slice(6, 10),
)

# a list of headlines under a label, one teaser under the last, a date then a byline under the headline
ES = dict(
    page=_page(
        "Portada | Local | Política | Economía | Deportes",
        "El ayuntamiento aprueba nuevos carriles bici en el centro\nLa biblioteca central abrirá los domingos a partir "
        "del mes que viene\nLa policía busca testigos de un accidente de madrugada\nLos agentes piden a quien viera algo "
        "entre las dos y las tres de la mañana que llame a la comisaría.",
        "El pueblo costero vota reconstruir su muro contra las tormentas tras las inundaciones",
        "12 de marzo de 2024, 09:40\nPor Lucía Martín",
        "Los vecinos del pueblo costero votaron el martes a favor de reconstruir el muro contra las tormentas que cedió "
        "durante las inundaciones de enero, tras una larga asamblea en el salón del colegio.",
        "El viejo muro se rompió por tres puntos cuando llegó el temporal, y el agua alcanzó la plaza del mercado en "
        "menos de una hora, inundando más de doscientas viviendas y casi todas las tiendas del puerto.",
        "El nuevo muro será un metro más alto y de hormigón en lugar de piedra, según los ingenieros, y tendrá dos "
        "compuertas que se podrán cerrar cuando se anuncie un temporal en la costa.",
        "Las obras empezarán en primavera y durarán dos años, y el ayuntamiento asegura que la carretera del puerto "
        "seguirá abierta al tráfico casi todo ese tiempo, con un desvío por las noches.",
        "\u00a9 2024 Diario de la Costa. Todos los derechos reservados.",
    ),
    title="El pueblo costero vota reconstruir su muro contra las tormentas tras las inundaciones",
    gone=("El ayuntamiento aprueba nuevos carriles bici en el centro", "La policía busca testigos",
          "Los agentes piden a quien viera algo"),
    paras=slice(4, 8),
)

# each teaser right under its headline in one block, a date alone under the headline
RU = dict(
    page=_page(
        "Главная | Новости | Спорт | Экономика | Погода",
        "Мэрия одобрила новые велодорожки в центре города\nДорожки пройдут по четырём главным улицам и должны быть "
        "готовы к концу следующего лета.\nЦентральная библиотека будет открыта по воскресеньям\nБиблиотека будет "
        "работать с десяти до четырёх после удачного пробного периода прошлой зимой.",
        "Жители приморского города проголосовали за восстановление дамбы после зимнего наводнения",
        "12 марта 2024, 09:40",
        "Жители приморского города во вторник проголосовали за восстановление дамбы, которая не выдержала январского "
        "наводнения, после долгого собрания в школьном зале, затянувшегося за полночь.",
        "Старая дамба прорвалась в трёх местах, когда пришёл штормовой нагон, и вода меньше чем за час дошла до "
        "рыночной площади, затопив больше двухсот домов и почти все магазины на набережной.",
        "Новая дамба будет на метр выше и построена из бетона, а не из камня, сообщили инженеры, и в ней будут двое "
        "ворот, которые можно закрыть при штормовом предупреждении.",
        "Работы начнутся весной и продлятся два года, а дорога вдоль гавани, по словам властей, почти всё это время "
        "останется открытой для движения, с объездом по ночам.",
        "\u00a9 2024 Приморская газета. Все права защищены.",
    ),
    title="Жители приморского города проголосовали за восстановление дамбы после зимнего наводнения",
    gone=("Мэрия одобрила новые велодорожки в центре города", "Дорожки пройдут по четырём главным улицам",
          "Центральная библиотека будет открыта по воскресеньям", "Библиотека будет работать с десяти"),
    paras=slice(4, 8),
)

# headlines in one block, teasers in the next, a timestamp with the source and the author under the headline
ZH = dict(
    page=_page(
        "首页 | 新闻 | 体育 | 财经 | 天气",
        "市政府批准在市中心新建自行车道\n中心图书馆下月起周日开放\n警方寻找深夜车祸目击者",
        "警方希望在凌晨两点到三点之间看到事故经过的市民尽快与派出所联系。",
        "海滨小镇投票决定在冬季洪水后重建防潮堤",
        "2024-03-12 09:40 来源：海滨日报 作者：李明",
        "海滨小镇的居民周二投票决定重建在一月洪水中决口的防潮堤，此前镇上在学校礼堂召开了一场持续到午夜之后的居民大会，"
        "许多居民在会上发言，讲述了洪水那天晚上的经历。",
        "风暴潮到来时，旧堤坝有三处决口，海水不到一个小时就涌到了集市广场，两百多户住宅和码头边的大部分商店被淹，"
        "镇上的道路也中断了好几天。",
        "工程师表示，新堤坝将比旧堤高出一米，用混凝土而不是石头建造，并设有两道闸门，在沿海发布风暴预警时可以关闭，"
        "以免海水再次涌入镇中心。",
        "工程预计明年春天开工，工期两年。镇政府表示，在施工期间，沿港口的道路大部分时间将保持通车，夜间车辆需要绕行。",
        "版权所有 \u00a9 2024 海滨日报社",
    ),
    title="海滨小镇投票决定在冬季洪水后重建防潮堤",
    gone=("市政府批准在市中心新建自行车道", "警方寻找深夜车祸目击者", "警方希望在凌晨两点到三点之间"),
    paras=slice(5, 9),
)

PAGES = {"en": EN, "es": ES, "ru": RU, "zh": ZH}


def _kept(cleaned):
    return cleaned.text.split("\n\n")


def _paragraphs(d) -> list[str]:
    """The article's paragraphs on the page, as the cleaner reads text (NFKC)."""
    return [unicodedata.normalize("NFKC", p) for p in d["page"].split("\n\n")[d["paras"]]]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_top_stories_above_the_article_leave_it(lang):
    d = PAGES[lang]
    cleaned = clean_text(d["page"])
    assert cleaned.title == d["title"]
    assert _kept(cleaned) == _paragraphs(d)  # the article's four paragraphs, and nothing else


def _everything_kept(text: str):
    """The lines and the cleaner's decisions for ``text`` with every non-blank line scored 0.95 (body) by the
    classifier: the teasers are body lines, and only the page rules can take them out."""
    lines = split_lines(text)
    keep = [i for i, ln in enumerate(lines) if ln.text]
    return lines, cleaner.decide(lines, scored=(keep, np.full(len(keep), 0.95)))


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_top_stories_go_even_when_the_classifier_keeps_them(lang):
    d = PAGES[lang]
    lines, decisions = _everything_kept(d["page"])
    rule = {ln.text: dec.rule for ln, dec in zip(lines, decisions) if ln.text}
    assert rule[d["title"]] == "headline"
    for g in d["gone"]:
        line = next(t for t in rule if t.startswith(g))
        assert rule[line] == "top_stories", line
    assert [ln.text for ln, dec in zip(lines, decisions) if dec.label == "body"] == _paragraphs(d)


# What is spared: a headline with a dek (one short paragraph under one headline) over a caption and a credit; two
# articles on one page, the first the longer; a one-paragraph lead over a second headline with a date.
DEK = _page(
    "Home | News | Sport",
    "Harbour town votes to rebuild its storm wall",
    "Residents backed the plan by a wide margin after the floods of January.",
    "The mayor at the harbour wall on Monday\nBy Sarah Collins",
    EN["page"].split("\n\n")[6],
    EN["page"].split("\n\n")[7],
    EN["page"].split("\n\n")[8],
)
TWO = _page(
    "Startseite | Politik | Sport",
    "Hafenstadt baut ihre Sturmmauer neu",
    "Von Anna Weber\n12.03.2024",
    "Die Bewohner der Hafenstadt stimmten am Dienstag dafür, die Sturmmauer neu zu bauen, die beim Hochwasser im Januar "
    "gebrochen war, nach einer langen Versammlung in der Turnhalle der Schule.",
    "Die alte Mauer brach an drei Stellen, als die Sturmflut kam, und das Wasser erreichte binnen einer Stunde den "
    "Marktplatz und überflutete mehr als zweihundert Häuser.",
    "Nächster Artikel: Bibliothek öffnet sonntags",
    "Von Jan Berg\n13.03.2024",
    "Die Stadtbibliothek öffnet vom nächsten Monat an auch sonntags von zehn bis vier Uhr, nachdem ein Versuch im "
    "Winter gut angekommen war.",
)


@pytest.mark.parametrize("page, stays", [pytest.param(DEK, "Residents backed the plan by a wide margin", id="dek-en"),
                                         pytest.param(TWO, "Die alte Mauer brach an drei Stellen", id="two-articles-de")])
def test_an_article_start_over_a_second_headline_stays(page, stays):
    lines, decisions = _everything_kept(page)
    assert "top_stories" not in {d.rule for d in decisions}
    assert next(d for ln, d in zip(lines, decisions) if ln.text.startswith(stays)).label == "body"
