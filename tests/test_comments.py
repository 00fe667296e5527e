"""Reader comments need a comment section around their headers: an agency byline ("Reuters 12 March 2021
14:05", a name with a date and time) above the article is a byline, not the first comment."""

from __future__ import annotations

import pytest

from build_dataset.clean.cleaner import clean_text

#: One sentence of an article per language, rotated into distinct paragraphs.
_SENTENCE = {
    "en": "The government presented a new plan on Tuesday for the renovation of homes, which is due to take effect "
          "next year and will affect millions of households, the ministry said.",
    "de": "Die Regierung hat am Dienstag neue Regeln für die Förderung von Wärmepumpen beschlossen, die ab dem "
          "kommenden Jahr gelten sollen und Millionen von Haushalten betreffen werden, wie das Ministerium mitteilte.",
    "fr": "Le gouvernement a présenté mardi un nouveau plan pour la rénovation des logements, qui doit entrer en "
          "vigueur l'année prochaine et concerner des millions de ménages, selon le ministère.",
    "es": "El gobierno presentó el martes un nuevo plan para la renovación de viviendas, que entrará en vigor el "
          "próximo año y afectará a millones de hogares, según informó el ministerio.",
}
_HEADLINE = {"en": "A new plan for housing", "de": "Neue Regeln für Wärmepumpen beschlossen",
             "fr": "Un nouveau plan pour le logement", "es": "Un nuevo plan para la vivienda"}
#: The agency byline under the headline, then the reader comments below the article (headers and comments).
_BYLINE_AND_COMMENTS = {
    "en": ("Reuters 12 March 2021 14:05",
           ["SamW March 12, 2021 at 3:42 pm", "I think this plan is good.",
            "Walkin O'Shea March 13, 2021 at 6:23 pm", "Not for renters, it is not."]),
    "de": ("dpa 12.03.2021, 14:05 Uhr",
           ["Leser123 12.03.2021, 15:42 Uhr", "Gute Idee, endlich.", "Hans Meier 13.03.2021, 18:23 Uhr",
            "Zu spät und zu wenig."]),
    "fr": ("AFP 12 mars 2021 14:05",
           ["Jeannot 12 mars 2021 15:42", "Enfin une bonne idée.", "Marie Claire 13 mars 2021 18:23",
            "Trop peu, trop tard."]),
    "es": ("EFE 12 de marzo de 2021 14:05",
           ["Juanito 12 de marzo de 2021 15:42", "Por fin una buena idea.", "Ana María 13 de marzo de 2021 18:23",
            "Demasiado poco y demasiado tarde."]),
}


def _article(lang: str) -> list[str]:
    """Fifteen distinct paragraphs (about 450 words): an agency's article, longer than any comment."""
    words = _SENTENCE[lang].rstrip(".").split()
    return [" ".join(words[k:] + words[:k]).capitalize() + "." for k in range(15)]


def _page(lang: str, comments: bool, prompt: str | None = None) -> str:
    byline, thread = _BYLINE_AND_COMMENTS[lang]
    article = _article(lang)
    tail = ([prompt] if prompt else []) + (thread if comments else [])
    return "\n\n".join(["Menu", _HEADLINE[lang], article[0], byline] + article[1:] + tail + ["Contact"])


@pytest.mark.parametrize("lang", sorted(_SENTENCE))
@pytest.mark.parametrize("comments", [False, True])
def test_an_agency_byline_above_the_article_is_not_a_comment_header(lang, comments):
    c = clean_text(_page(lang, comments))
    kept = c.text.split("\n\n")
    assert all(p in kept for p in _article(lang)), "the article under the agency byline was dropped"
    by_text = {line.text: d.rule for line, d in zip(c.lines, c.decisions)}
    assert by_text[_BYLINE_AND_COMMENTS[lang][0]] == "stamped_byline"
    if comments:  # the real comments below the article are still a comment section
        assert all(by_text[t] == "comment_section" for t in _BYLINE_AND_COMMENTS[lang][1])


def test_comments_after_a_prompt_are_a_comment_section_however_long():
    """After a comment prompt, headers open the comments even when the first comment is long."""
    long_comment = " ".join(_article("en")[:14])
    page = "\n\n".join(["Menu", _HEADLINE["en"]] + _article("en") + [
        "Leave a Reply", "SamW March 12, 2021 at 3:42 pm", long_comment,
        "Walkin O'Shea March 13, 2021 at 6:23 pm", "Not for renters, it is not.", "Contact"])
    c = clean_text(page)
    assert long_comment not in c.text and "Not for renters" not in c.text
    assert _article("en")[-1] in c.text


def test_a_review_widgets_headers_above_the_article_do_not_take_it_away():
    """"Kundenbewertung 02.05.2020 um 03:05 Uhr" heads a shop's review, not a reader's comment: the article under a
    review widget stays."""
    reviews = ["Kundenbewertung 02.05.2020 um 03:05 Uhr", "Schnell und einfach.",
               "Kundenbewertung 02.05.2020 um 04:54 Uhr", "Sehr gute Beratung."]
    page = "\n\n".join(["Menu", _HEADLINE["de"], *reviews, *_article("de"), "Contact"])
    kept = clean_text(page).text.split("\n\n")
    assert all(p in kept for p in _article("de"))
