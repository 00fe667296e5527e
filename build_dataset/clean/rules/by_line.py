"""Line rules: each decides one line on its own. Registered in the order they are tried."""

from __future__ import annotations

import re

from build_dataset.clean.lines import Line
from build_dataset.clean.rules import patterns as R, phrases as P, rule
from build_dataset.clean.rules.matching import Phrases, alternation, every

_TRAILING_PUNCT = " .!?:;,\u2026\u00bb\u203a>|-\u2013\u2014"


def _whole(phrases) -> frozenset:
    return frozenset(phrases)


def _core(key: str) -> str:
    """The key without surrounding punctuation, for whole-line comparisons."""
    return key.strip(_TRAILING_PUNCT + "\u00d7\u2715\u2716*#[]()\"'\u201c\u201d")


_RECAPTCHA = Phrases(every(P.RECAPTCHA_MARKERS))


@rule("recaptcha_notice", "A reCAPTCHA notice from a page's forms.",
      drop=["This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."],
      keep=["Google said its CAPTCHA tests were being retired next year, according to the company."],
      max_words=40, needs=[_RECAPTCHA])
def recaptcha_notice(line: Line) -> bool:
    return _RECAPTCHA.search(line) is not None


_CONSENT_WHOLE = _whole(every(P.CONSENT_WHOLE))
_CONSENT = Phrases(every(P.CONSENT_MARKERS))


@rule("consent_banner", "A cookie or privacy consent banner: its notice, or one of its buttons standing alone.",
      drop=["We value your privacy", "Accept all", "Manage preferences",
            "We and our partners use cookies to store and/or access information on a device.",
            "Alle akzeptieren", "Tout accepter", "Aceptar todo", "Wir verwenden Cookies, um Inhalte zu personalisieren.",
            "Nous utilisons des cookies pour améliorer votre expérience.", "Мы используем файлы cookie",
            "本网站使用Cookie来改善您的浏览体验。", "Vi använder cookies för att ge dig en bättre upplevelse.", "Tümünü kabul et"],
      keep=["The regulator said the company's use of cookies broke the law, and fined it 40 million euros.",
            "Accept all the terms of the ceasefire, the envoy told both sides on Monday.",
            "Die Regierung will alle Vorschläge akzeptieren, sagte der Minister am Montag in Berlin."],
      max_words=60, needs=[_CONSENT_WHOLE, _CONSENT, P.CJK_CONSENT_MARKERS])
def consent_banner(line: Line) -> bool:
    if line.words <= 6 and _core(line.key) in _CONSENT_WHOLE:
        return True
    return line.words <= 40 and (_CONSENT.search(line) is not None or any(m in line.key for m in P.CJK_CONSENT_MARKERS))


_WIDGET = Phrases(every(P.WIDGET_ERROR_MARKERS))


@rule("widget_error", "A widget or form that failed to render: an unrendered shortcode, a close button, a script error.",
      drop=['\u00d7 [contact-form-7 404 "Not Found"]', "Error: Contact form not found.", "Please enable JavaScript to view the comments."],
      keep=["The ministry said the error was not found in the final report until March.",
            "Talks resume in Vienna [updated]"],
      max_words=80, needs=[_WIDGET], gate=P.WIDGET_GLYPHS_OR_BRACKET)
def widget_error(line: Line) -> bool:
    if line.text.startswith(P.WIDGET_GLYPHS):
        return True
    if line.words <= 12 and R.SHORTCODE.search(line.key):
        return True
    return line.words <= 25 and _WIDGET.search(line) is not None


_TERMS_LEADS = Phrases(every(P.SIGNUP_TERMS_LEADS), lead=True)
_TERMS = Phrases(every(P.SIGNUP_TERMS_MARKERS))
_AGREEMENT = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in every(P.AGREEMENT_WORDS)) + ")")  # stems


@rule("signup_terms", "The terms a reader accepts by signing up or subscribing.",
      drop=["By signing up, you agree to the terms", "You can unsubscribe at any time. We respect your privacy."],
      keep=["By signing the agreement, both countries agreed to coordinate their air forces over Syria."],
      max_words=40, needs=[_TERMS_LEADS, _TERMS])
def signup_terms(line: Line) -> bool:
    if _TERMS_LEADS.search(line) and _AGREEMENT.search(line.key):
        return True
    return line.words <= 30 and _TERMS.search(line) is not None


_SUB_LEADS = Phrases(every(P.SUBSCRIPTION_LEADS), lead=True)
_SUB_MARKERS = Phrases(every(P.SUBSCRIPTION_MARKERS))
_MEMBER_LEADS = Phrases(every(P.MEMBERSHIP_LEADS), lead=True)
_OFFERS = Phrases(every(P.INTRODUCTORY_OFFERS))
#: A price: a currency sign or an amount with a currency's name ("1 kr", "1 Kč", "1 TL'ye", "Rp 1.000").
_PRICE = re.compile(r"[\u20ac$\u00a3\u00a5\u20ba\u20b4\u20ab\u20a9]|\d\s*(?:euro|eur|zł|zl|rub|руб|r\$|(?:kr|kč|tl|грн|lei|ft)(?!\w))"
                    r"|(?<!\w)rp\.?\s*\d", re.IGNORECASE)
#: An offer line is short: a promotion, not an article's sentence about prices.
OFFER_MAX_WORDS = 12
#: A prompt verb at a word's start: "assin" (to subscribe, pt) prompts, "embarrassing" does not.
_PROMPT_VERB = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in every(P.PROMPT_VERBS)) + ")")


@rule("subscription_prompt", "A prompt to subscribe, sign up for a newsletter, or join a site.",
      drop=["Subscribe", "Get The Daily Courier's Daily Edition by email and never miss our top stories",
            "Subscribe to our evening newsletter to stay informed during these challenging times!!",
            "Join the Courier", "Sign up for our free morning briefing", "Kup prenumeratę za 1 zł na pierwszy miesiąc",
            "Оформите подписку за 1 рубль на первый месяц", "Offre spéciale : 1 € le premier mois",
            "電子版 初月無料キャンペーン実施中"],
      keep=["Subscribers to the service said prices rose by a third in October, the regulator reported.",
            "In a newsletter to investors published on Monday, the fund said it had sold all of its Russian assets.",
            "Join the conversation about the ceasefire, the minister told reporters in Jerusalem on Sunday as talks resumed.",
            "How to write a (good) newsletter with AI", "Rate pro Monat: 643,45 Euro",
            "Prices rose by 5 € in the first month of the year."],
      max_words=30, needs=[_SUB_LEADS, _SUB_MARKERS, _MEMBER_LEADS, _OFFERS], gate="|".join(P.CJK_INTRODUCTORY_OFFERS),
      names_publisher=True)
def subscription_prompt(line: Line) -> bool:
    key = line.key
    if _SUB_LEADS.search(line):
        return True
    if line.words <= 6 and _MEMBER_LEADS.search(line):
        return True
    if _SUB_MARKERS.search(line):
        return line.words <= 3 or (_PROMPT_VERB.search(key) is not None and not key.startswith(("in ", "the ", "a ", "how ")))
    if line.words <= OFFER_MAX_WORDS and not line.terminal:
        return bool(_OFFERS.search(line) and _PRICE.search(key)) or any(o in key for o in P.CJK_INTRODUCTORY_OFFERS)
    return False


_COMMENT_WHOLE = _whole(every(P.COMMENT_PROMPTS_WHOLE))
_COMMENT_LEADS = Phrases(every(P.COMMENT_PROMPT_LEADS), lead=True)


@rule("comment_prompt", "An invitation to comment, or the furniture of a comment form.",
      drop=["Leave a Reply", "Let your voice be heard!", "Your email address will not be published. Required fields are marked *",
            "Comments are now closed for this story", "Die Kommentarfunktion ist geschlossen."],
      keep=["Leave a comment on the record, the spokesman told the committee, was all he would say about it."],
      max_words=15, needs=[_COMMENT_WHOLE, _COMMENT_LEADS], ends_article=True)
def comment_prompt(line: Line) -> bool:
    return _core(line.key) in _COMMENT_WHOLE or _COMMENT_LEADS.search(line) is not None


@rule("comment_count", "A count of comments, replies, shares or views, including \"No Comments\", maybe on the "
      "post's title (\"11 Antworten zu ...\", \"3 thoughts on ...\").",
      drop=["No Comments", "14 Comments", "Comments (12)", "1,204 views", "3 thoughts on \u201cTalks resume in Vienna\u201d",
            "11 Antworten zu \u201eGespräche in Wien\u201c", "One Response to \u201cWhy did the talks fail?\u201d"],
      keep=["Three comments by the minister drew criticism from the opposition on Monday.",
            "3 comments on the report were published by the ministry."],
      max_words=20, needs=[every(P.COUNT_NOUNS)])
def comment_count(line: Line) -> bool:
    key = _core(line.key)
    # a count on a quoted title may end with the title's own "?" inside the quotes ("One Response to "Why?"")
    quoted = line.text.endswith(("\u201d", "\u201c", "\u00bb", '"'))
    return (line.words <= 3 and R.COUNT_LINE.match(key) is not None) or (
        (quoted or not line.terminal) and R.COUNT_ON_TITLE.match(key) is not None)


_READING, _MINUTES, _ABOUT = (alternation(every(c)) for c in (P.READING_WORDS, P.MINUTE_WORDS, P.ABOUT_WORDS))
_SPAN = rf"(?:(?:{_ABOUT})\s*)?\d+(?:\s*[-\u2013]\s*\d+)?\s*(?:{_MINUTES})\.?"  # "ca. 3-4 Minuten"
#: "Lesezeit: 3 Minuten" or "4 min de lecture": a reading word and a span of minutes, nothing else.
_READING_TIME = re.compile(rf"^(?:(?:{_READING})\s*:?\s*{_SPAN}|{_SPAN}\s*(?:{_READING}))$")


@rule("reading_time", "A reading-time line: a span of minutes and a reading word, in any listed language.",
      drop=["5 min read", "Reading time: 4 minutes", "Lesezeit: 3 Minuten", "Temps de lecture : 4 min",
            "3 min de lectura", "Tempo di lettura: 5 minuti", "Leestijd 4 min", "Czas czytania: 2 min",
            "Время чтения: 3 минуты", "Lesedauer ca. 6 Min.", "זמן קריאה: 3 דקות", "3 मिनट में पढ़ें", "وقت القراءة: 4 دقائق"],
      keep=["Read 5 minutes of the speech here, the ministry said.", "5 minutes", "Reading, 4 minutes late"],
      max_words=8, needs=[every(P.READING_WORDS)])
def reading_time(line: Line) -> bool:
    return _READING_TIME.match(_core(line.key)) is not None


_SHARE_LEADS = Phrases(every(P.SHARE_LEADS), lead=True)
_SHARE_MARKERS = Phrases(every(P.SHARE_MARKERS))
_NETWORKS = Phrases(P.SOCIAL_NETWORKS)
_NETWORK_SET = frozenset(P.SOCIAL_NETWORKS)
_SHARE_WORDS = frozenset(every(P.SHARE_WORDS))


def _only_networks(key: str) -> bool:
    """Network names, maybe with share verbs and prepositions ("Auf Facebook teilen"): at least two words."""
    words = [w for w in re.split(r"[\s|,/\u2022\u00b7]+", key.strip(_TRAILING_PUNCT)) if w]
    return (len(words) >= 2 and all(w in _NETWORK_SET or w in _SHARE_WORDS for w in words)
            and any(w in _NETWORK_SET for w in words))


@rule("share_bar", "A share or follow bar: share buttons, follow-us links, social network names.",
      drop=["Share this article: Share On Facebook Share On LinkedIn", "Please follow us on Telegram Rumble Gab",
            "Read all articles by Example News on Google News, subscribe and follow.", "Facebook Twitter WhatsApp Email",
            "Printer Friendly Version | E-mail to a Colleague", "Story Tools: E-MAIL | PRINT | Text Size: S M L XL",
            "Artikel versenden | Artikel drucken", "Version imprimable | Envoyer à un ami"],
      keep=["Share prices fell sharply in Moscow after the announcement, traders said.",
            "Follow-up talks between the two defence ministers are planned for next week in Moscow."],
      max_words=30, needs=[_SHARE_LEADS, _SHARE_MARKERS, _NETWORKS], ends_article=True, names_publisher=True)
def share_bar(line: Line) -> bool:
    key = line.key
    if _SHARE_MARKERS.search(line):
        return True
    if line.words <= 20 and _NETWORKS.search(line) and _only_networks(key):
        return True
    if line.words <= 25 and _SHARE_LEADS.search(line):
        rest = key[_SHARE_LEADS.search(line).end():]
        return line.words <= 3 or rest[:1] in (":", "") or _NETWORKS.search_text(rest) is not None
    return False


_READ_ALSO_LEADS = every(P.READ_ALSO_LEADS)
_READ_ALSO = re.compile(r"^(?:" + alternation(_READ_ALSO_LEADS) + r")(?:\s*[:\-\u2013\u2014|\u00bb>\u203a]|$)")


@rule("read_also", "A \"Read also\" / \"Read more\" line pointing to another article.",
      drop=["Read also: Israel provided the West with intelligence data on drones", "READ MORE: Talks resume in Vienna",
            "Related: Who runs the ministry", "See also"],
      keep=["Read also the statement by the ministry, which said the talks would continue next week in Geneva.",
            "Related talks were held in Vienna on Tuesday."],
      max_words=30, needs=[_READ_ALSO_LEADS])
def read_also(line: Line) -> bool:
    return _READ_ALSO.match(line.key) is not None


_CREDIT_LEADS = Phrases(every(P.CREDIT_LEADS), lead=True)


@rule("photo_credit", "A photo or image credit standing on its own line.",
      drop=["Photo: Example/Ministry of Defense", "Image by example.org", "Photo credit: Reuters/Example Person"],
      keep=["Photographers were barred from the meeting, which lasted three hours, officials said."],
      max_words=20, needs=[_CREDIT_LEADS])
def photo_credit(line: Line) -> bool:
    return _CREDIT_LEADS.search(line) is not None


_CAPTION_LEADS = Phrases(every(P.CAPTION_LEADS), lead=True)
_CREDIT_NOUNS = Phrases(every(P.CREDIT_NOUNS))
_CREDIT_WORDS = Phrases(every(P.CREDIT_MARKERS))


@rule("photo_caption", "A photo caption: it opens like a caption or ends with a photo credit.",
      drop=["Israeli Prime Minister (left) with the Russian President at a conference in Paris this week. Photo: Facebook.",
            "This image released by the army shows the damaged airfield on Sunday. (Social media)",
            "The two leaders meet in Sochi on October 22, 2021. (AP Photo/Example Person)",
            "Der Skirennfahrer nach seinem Sieg in Wengen. \u00a9 AFP / Example Person"],
      keep=["The prime minister met the president in Sochi on Friday (their first meeting), officials said.",
            "Israel has struck targets in Syria hundreds of times (according to its own military).",
            "Example Media is a registered trademark of Example Corp \u00a9 2023"],
      max_words=80, needs=[_CAPTION_LEADS, _CREDIT_NOUNS], gate="\\)[ .]*$|\u00a9")
def photo_caption(line: Line) -> bool:
    key = line.key
    if _CAPTION_LEADS.search(line):
        return True
    if _CREDIT_NOUNS.search(line) and R.TRAILING_CREDIT.search(key):
        return True
    if "\u00a9" in key and R.TRAILING_COPYRIGHT.search(key):
        return True
    if not key.rstrip(" .").endswith(")"):
        return False
    paren = R.TRAILING_PAREN.search(key)
    return paren is not None and _CREDIT_WORDS.search_text(paren.group(1)) is not None


_DONATION = Phrases(every(P.DONATION_MARKERS))


@rule("donation_appeal", "An appeal for money or support for the site.",
      drop=["Independent reporting costs money, and we need your support to keep going.",
            "Support independent journalism. Donate now."],
      keep=["The group said it would need the support of the United States to proceed with the plan."],
      max_words=60, needs=[_DONATION])
def donation_appeal(line: Line) -> bool:
    return _DONATION.search(line) is not None


_CTA_LEADS = Phrases(every(P.CTA_VERBS) + every(P.SUBSCRIPTION_LEADS), lead=True)
_CTA_OFFERS = Phrases(every(P.CTA_OFFERS))
_CTA_FINAL = frozenset(every(P.CTA_FINAL_VERBS))
#: A call to action is a button or a promo line, not a sentence of the article ("Click here to read the report.").
CTA_MAX_WORDS = 10
_NOT_A_CTA_END = (".", "?", ":", ";", ",", "\u2026")
_WORD = re.compile(r"\w+")
#: A sentence's end inside the line: a headline of two sentences ("Leasing oder Finanzierung? Jetzt Angebote berechnen!").
_SENTENCE_END = re.compile(r"\w[.?!]\s+\w")


@rule("call_to_action", "A call-to-action button or promo line standing alone: an imperative and what it offers "
      "(now, here, free, a price, an offer), not a sentence.",
      drop=["Click here for dates, pricing, & availability!", "Reserve for your personalised consultation now",
            "Download FREE Guide", "Book your table today", "Jetzt günstigen Autokredit finden", "Hier klicken",
            "Entdecken Sie jetzt", "Découvrez nos offres", "¡Suscríbete ahora!", "Haz clic aquí",
            "Prenota ora", "Kliknij tutaj", "Clique aqui", "Vraag nu een offerte aan", "Nu gratis proberen"],
      keep=["Click here to read the report.", "Book review: a life in Moscow and Jerusalem",
            "Jetzt ist die Zeit für Verhandlungen, sagte der Minister.", "Découvrez pourquoi les prix montent?",
            "Compra de armas: el gobierno anuncia hoy un acuerdo.", "Kliknij, aby przeczytać raport.",
            "Start of talks delayed", "Hier finden Sie alle Informationen zur Wahl", "Buy: check price at the shop",
            "Kredit oder Leasing? Jetzt Angebote vergleichen!", "Neue Modelle: ab sofort kann man bestellen"],
      max_words=CTA_MAX_WORDS, needs=[_CTA_OFFERS])
def call_to_action(line: Line) -> bool:
    text = line.text.rstrip(" !*<>\u00bb\u203a\u2192")
    if text.endswith(_NOT_A_CTA_END) or _SENTENCE_END.search(text) or ": " in text:
        return False  # a kicker's or a label's colon ("Buy: check price at ...") heads a headline or a list, not a button
    key = line.key.lstrip("\u00a1\u00bf\u00bb\u203a>\u2192\u25ba\u25b6*#-\u2013\u2014 ")
    if _CTA_OFFERS.search_text(key) is None:
        return False
    if _CTA_LEADS.search_text(key) is not None:
        return True
    words = _WORD.findall(key)
    return bool(words) and words[-1] in _CTA_FINAL


_DISCLAIMER_LEADS = Phrases(every(P.DISCLAIMER_LEADS) + P.CJK_COPYRIGHT_LEADS, lead=True)
_DISCLAIMER = Phrases(every(P.DISCLAIMER_MARKERS))


@rule("site_disclaimer", "A site disclaimer, copyright footer or editorial notice.",
      drop=["Disclaimer: ExampleNews is not responsible for the content of external sites.",
            "For corrections, write to the desk at [email protected]",
            "\u00a9 2022 Example Media. All rights reserved.", "版权所有 © 2024 江城日报社 未经授权禁止转载"],
      keep=["The company is not responsible for the attack, the ministry said in a statement on Monday."],
      max_words=60, needs=[_DISCLAIMER_LEADS, _DISCLAIMER], gate="\u00a9", names_publisher=True)
def site_disclaimer(line: Line) -> bool:
    if line.words <= 40 and (line.key.startswith("\u00a9") or _DISCLAIMER_LEADS.search(line)):
        return True
    return _DISCLAIMER.search(line) is not None


_TAG_LABELS = every(P.TAG_LABELS)
#: A tag label alone, or before ":" or the tags ("Tags: a, b", "Schlagworte", "Filed under Politics").
_TAG_LIST = re.compile(r"^(?:" + alternation(_TAG_LABELS) + r")(?:\s*:|\s*$|\s+(?=\w))")


_FILED = Phrases(every(P.POST_FILED_MARKERS))


@rule("tag_list", "A list of the article's tags or categories, or its label alone (\"Tags: a, b\", \"Schlagworte\"), or "
      "a blog post's filing line (\"This entry was posted in News\").",
      drop=["Tags: Syria, Diplomacy, Vienna", "Schlagworte: Klima, Energie", "Filed under: World News", "Etiquetas:",
            "Kategorien", "Mots-clés : diplomatie, Syrie", "Теги: политика, экономика",
            "This entry was posted in World News. Bookmark the permalink.",
            "Dieser Eintrag wurde veröffentlicht in Allgemein von Redaktion. Permanentlink."],
      keep=["Tags are the smallest part of the system, the engineers said.",
            "Themen wie Klima und Energie bestimmten den Wahlkampf in diesem Jahr.",
            "Categories of weapons covered by the treaty were listed in an annex."],
      max_words=40, needs=[_TAG_LABELS, _FILED])
def tag_list(line: Line) -> bool:
    if _FILED.search(line):
        return True
    m = _TAG_LIST.match(line.key)
    if m is None or line.terminal:
        return False
    # a one-word label takes a colon before its tags; "filed under", "getaggt mit" do not
    return not line.key[m.end():].strip() or ":" in m.group(0) or len(m.group(0).split()) >= 2


_SOURCE = re.compile(r"^\(?(?:" + alternation(every(P.SOURCE_LABELS)) + r")\s*:")


@rule("source_credit", "A credit of the text's source standing alone (\"Quelle: dpa\", \"Source: Reuters\").",
      drop=["Quelle: dpa", "Source: Reuters", "(Quelle: Landesregierung)", "Fuente: EFE", "Źródło: PAP", "Quellen:"],
      keep=["Source of the leak: a senior official, the paper said, who asked not to be named because the talks "
            "were confidential.", "Sources close to the ministry said the talks would resume."],
      max_words=12, needs=[every(P.SOURCE_LABELS)])
def source_credit(line: Line) -> bool:
    return _SOURCE.match(line.key) is not None


_FEEDBACK = Phrases(every(P.ARTICLE_FEEDBACK_MARKERS))


@rule("article_feedback", "A question about the article itself: was it helpful, did the reader like it, rate it.",
      drop=["Was this article helpful?", "War dieser Artikel hilfreich?", "Fanden Sie diesen Artikel nützlich?",
            "Valora esta noticia", "Cet article vous a-t-il été utile ?"],
      keep=["The minister asked whether the report was helpful to the talks, and said it was not."],
      max_words=20, needs=[_FEEDBACK], ends_article=True)
def article_feedback(line: Line) -> bool:
    return _FEEDBACK.search(line) is not None


_PAYWALL = Phrases(every(P.PAYWALL_MARKERS))


@rule("paywall_prompt", "A paywall's prompt: the rest of the article is for subscribers.",
      drop=["To continue reading this story, log in or create an account.", "Möchten Sie weiterlesen?", "Ja. Ich bin Abonnent.",
            "Pour lire la suite de cet article :", "Already a subscriber? Log in"],
      keep=["The paper said it would continue reading the documents and publish more next week."],
      max_words=40, needs=[_PAYWALL], ends_article=True)
def paywall_prompt(line: Line) -> bool:
    return _PAYWALL.search(line) is not None


_NAVIGATION = _whole(every(P.NAVIGATION_WHOLE))


@rule("navigation_widget", "A navigation control or widget label standing alone (\"Scroll to Top\", \"Menu\").",
      drop=["Scroll to Top", "Back to top", "Menu", "Next article \u203a"],
      keep=["Top officials met in Moscow.", "Home Front Command issued new guidelines on Sunday."],
      max_words=5, needs=[_NAVIGATION])
def navigation_widget(line: Line) -> bool:
    return _core(line.key) in _NAVIGATION


_ADJACENT_LEADS = every(P.ADJACENT_POST_LEADS)
#: The lead, then a separator, the line's end or the title (maybe run on: "Vorheriger ArtikelTat & Drang").
_ADJACENT = re.compile(r"^(?i:" + alternation(_ADJACENT_LEADS) + r")(?:$|[^\w]|(?=[A-ZÀ-ÞА-Я]))")


@rule("adjacent_post", "A link to the previous or next post or article, maybe with its title.",
      drop=["Previous post: Talks resume in Vienna", "Next article \u203a Ceasefire holds", "Vorheriger ArtikelTat & Drang",
            "Article suivant : La digue sera reconstruite"],
      keep=["Next articles of the treaty deal with the border.", "Previous posts of the minister were deleted."],
      max_words=25, needs=[_ADJACENT_LEADS], ends_article=True)
def adjacent_post(line: Line) -> bool:
    return not line.terminal and _ADJACENT.match(line.text) is not None


@rule("page_header_date", "A page-header date (the day the page was viewed), not the article's publication date: "
      "a weekday-date heading the line, or a date without a year.",
      drop=["Friday, March 8th | 27 Adar I 5784", "Sunday, March 3", "April 23"],
      keep=["March 3, 2019 11:40 am", "Tuesday, April 23, 2019", "Tuesday was a quiet day in Moscow."],
      max_words=12, needs=[], gate=r"\d")
def page_header_date(line: Line) -> bool:
    key = line.key
    m = R.DATE_LINE.match(key)
    if m:
        return R.HAS_YEAR.search(m.group("date")) is None
    return R.HEADER_DATE.match(key) is not None and R.HAS_YEAR.search(key) is None


@rule("dateline", "A line that is only a date, maybe with a time and a \"Published\"/\"Updated\" prefix.", label="date",
      drop=["March 3, 2019 11:40 am", "Published: 12 March 2021", "2022-11-14", "Updated Nov. 3, 2022 at 10:15 am EST",
            "Publié le 12 mars 2024 à 09h40", "12/03/2024 09h40", "Dikemas kini: 12 Mac 2024, 10:30", "12. 3. 2024 10:30"],
      keep=["December 1, 2015 was the day the talks began.", "In 2015 Russia entered the war.", "12 mars 2024 : 24h40 de grève"],
      max_words=12, needs=[], gate=r"\d")
def dateline(line: Line) -> bool:
    return R.DATE_LINE.match(line.key) is not None


_BYLINE_WORDS = every(P.BYLINE_WORDS) + every(P.AUTHOR_LABELS) + P.TR_BYLINE_TAILS + every(P.NEWS_AGENCIES)


@rule("byline", "A byline: \"By NAME\" in any listed language (\"Von\", \"Par\", \"Por\", ...; with \"and\"/commas for "
      "more names), or an \"Author:\" label.", label="byline",
      drop=["avatar by Jane Doe", "By Jane Smith and John Doe", "By Maria Garcia | Staff Writer", "Author: Lee Chang",
            "Von Max Mustermann und Erika Musterfrau", "Par Jeanne Dupont, 12 mars 2021", "Por Gloria Ruiz",
            "Door Jan de Vries", "Autor: Jan Kowalski", "Автор: Иван Петров", "记者 张伟", "文・佐藤健一",
            "Av Anna Lindqvist", "Oleh Budi Santoso", "Yazar: Ayşe Demir", "김민준 기자", "[서울=연합뉴스] 김민준 기자",
            "بقلم: محمد أحمد", "Της Μαρίας Παπαδοπούλου", "Ayşe Demir tarafından", "佐藤健一記者", "本报记者 张伟",
            "记者 张伟 报道", "2024年3月12日 10:30 来源:城市晚报 记者 王小明", "12.03.2024 | Von Max Muster", "Tomasz Nowak, PAP",
            "Posted by Jane Doe on March 12, 2024", "von Max Muster am 12. März 2024",
            "Posted on March 12, 2024 by Jane Doe", "Veröffentlicht am 03.02.2022 von Sarah Muster",
            "Por Rodrigo Mejías04 de mayo 2022 a las 09:01 hrs.", "Julien Moreau avec AFP", "Ирина Смирнова, ТАСС", "Írta: Kovács Anna"],
      keep=["By Tuesday the talks had collapsed.", "by the end of the week", "By signing up, you agree to the terms",
            "Von Berlin aus fuhr er weiter nach Moskau.", "Par ailleurs, le ministre a démenti.",
            "Av de 300 kommunerna svarade 120.", "AF Group", "대통령은 기자들에게 말했다", "كتب الرئيس رسالة طويلة",
            "Bu karar hükümet tarafından", "日本新聞記者協会の会長は記者会見で述べた", "Reuters", "AP Top News",
            "Von Berlin 20 Kilometer entfernt", "By Tuesday on March 12, 2024", "March 12, 2024 by Jane Doe and others in the city",
            "Von Berlin am 12. März 2024 wieder zurück", "Do More With Reuters", "Fairless Hills, PA", "Division I-AA",
            "12.03.2024 | Von Berlin aus fuhr der Zug weiter", "05.11.23 - 10:34 von Jane Doe zu"],
      max_words=15, needs=[_BYLINE_WORDS],
      gate="^(?:" + "|".join(P.CJK_AUTHOR_LABELS + P.AR_BYLINE_LEADS + P.AR_BYLINE_LABELS) + ")|"
           + "|".join(P.KO_REPORTER_WORDS + P.JA_REPORTER_WORDS + ("记者",)))
def byline(line: Line) -> bool:
    dated = R.BYLINE_DATED.match(R.GLUED_DAY.sub(" ", line.text))
    if dated and R.DATE_IN_LINE.match(dated.group("rest").lower()):
        return not _is_not_a_name(dated.group("names"))
    on = R.BYLINE_ON.match(line.text)
    if on and R.DATE_LINE.match(on.group("rest").lower()):
        return not _is_not_a_name(on.group("names"))
    # the date first: "Posted on March 12, 2024 by Admin", "Veröffentlicht am 03.02.2022 von Sarah Muster"
    inline = R.BYLINE_IN_LINE.search(line.text)
    if inline and inline.end() == len(line.text.rstrip(" .")):
        start = inline.start() + line.text[inline.start()].isdigit()  # the match may open with the date's last digit
        if R.DATE_LINE.match(line.key[:start].strip(" ,|\u2013\u2014-")):
            return not _is_not_a_name(inline.group("names"))
    m = _byline_match(line.text)
    if m is None and _DATE_LEAD.match(line.text):
        # a dated header line: the date, a time, maybe a source's field, then the byline ("2024年3月12日 10:30 来源:X 记者 Y")
        lower = line.text.lower()
        lead = R.DATE_IN_LINE.match(lower) if len(lower) == len(line.text) else None
        if lead:
            rest = R.SOURCE_FIELD.sub("", R.TIME_AND_SEPARATORS.sub("", line.text[lead.end():])).rstrip(" .")
            m = _byline_match(rest)
            # the names end the line: a comment's header goes on ("05.11.23 - 10:34 von AS-Fan zu")
            m = m if m and m.end("names") == len(rest) else None
    return m is not None and not _is_not_a_name(m.group("names"))


#: A line that starts with a digit (every date does) may be a dated header line.
_DATE_LEAD = re.compile(r"^\d")


def _byline_match(text: str) -> re.Match | None:
    return (R.BYLINE.match(text) or R.AUTHOR_LABEL.match(text) or R.CJK_BYLINE_LINE.match(text)
            or R.KO_BYLINE.search(text) or R.AR_BYLINE.match(text) or R.name_first_byline(text))


_NOT_NAME_WORDS = frozenset("the this that these those monday tuesday wednesday thursday friday saturday sunday "
                            "signing subscribing clicking continuing registering then now".split())


def _is_not_a_name(names: str) -> bool:
    first = names.split()[0].lower().strip(".,")
    return first in _NOT_NAME_WORDS


@rule("lone_number", "A number standing alone: a comment, share or view count, or a pager.",
      drop=["7", "1,024", "12K", "18 400"], keep=["3 killed in Kyiv strike", "3 400 km"],
      max_words=2, needs=[], gate=r"\d")
def lone_number(line: Line) -> bool:
    return R.LONE_NUMBER.match(line.key) is not None


@rule("site_name", "A bare domain name standing alone: the site's name in a header or footer.",
      drop=["Example.com", "www.example-news.org"], keep=["Example.com said it would appeal the ruling."],
      max_words=1, needs=[], gate=r"\.", names_publisher=True)
def site_name(line: Line) -> bool:
    return R.DOMAIN_LINE.match(line.key) is not None


#: A menu's separator, and the most words of one of its items.
_MENU_SEP = re.compile(r"\s+\|\s+")
MENU_ITEM_WORDS = 3


@rule("menu_line", "A site menu written on one line: three or more short items between \" | \" separators.",
      drop=["World News | Business | Sport | Home", "Education | Obituaries | Weather | Traffic hotspots",
            "Accueil | Monde | Économie | Culture", "Politik | Wirtschaft | Panorama | Sport |"],
      keep=["Ukraine | Russia says talks will resume next week in Istanbul",
            "| 2021 | 4.2 | 12% |", "Revenue | 2021 | 2022 | 2023", "Ja | Nein | Weiß nicht."],
      max_words=60, needs=[], gate=r" \| ")
def menu_line(line: Line) -> bool:
    # a table's row has numbers in its cells (and may open with "|"); a menu's items are words
    if line.terminal or line.text.startswith("|"):
        return False
    items = _MENU_SEP.split(line.text.rstrip(" |"))
    return (len(items) >= 3 and all(0 < len(item.split()) <= MENU_ITEM_WORDS for item in items)
            and sum(any(c.isdigit() for c in item) for item in items) <= 1)
