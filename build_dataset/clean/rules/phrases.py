"""Phrase lists, grouped by concept, apart from the code that matches them.

All phrases are lower case, with straight apostrophes; the matchers lower-case a line and
straighten its apostrophes before comparing. "Leads" must start a line, "markers" may stand
anywhere in it, "whole" phrases must be the entire line (ignoring trailing punctuation).
Nothing here names one site or quotes one page: each entry is a formula that recurs across sites.
"""

# --- subscription and newsletter prompts ---------------------------------------------
SUBSCRIPTION_LEADS = (
    "subscribe", "sign up", "signup", "sign-up", "get our", "get the latest", "get breaking",
    "join our mailing", "join our newsletter", "never miss", "enter your email", "stay informed",
    "stay up to date", "stay up-to-date", "receive our", "don't miss out", "want more stories",
    "get the best of", "get email updates", "get daily updates",
)
SUBSCRIPTION_MARKERS = (
    "newsletter", "daily edition", "weekly edition", "in your inbox",
    "to your inbox", "mailing list", "email alerts", "news alerts", "subscribe now", "subscribe today",
    "subscribe for", "subscribe to our",
)
#: Verbs that make a line mentioning a newsletter a prompt rather than news about one.
PROMPT_VERBS = ("subscribe", "sign up", "get ", "join", "receive", "delivered", "register", "enter your", "never miss",
                "stay informed", "don't miss")
#: A short "Join the X" / "Join us" line is a membership prompt.
MEMBERSHIP_LEADS = ("join the ", "join us", "become a member", "become a subscriber", "register now", "log in", "login", "sign in")

# --- sign-up terms ---------------------------------------------------------------------
SIGNUP_TERMS_LEADS = (
    "by signing up", "by subscribing", "by registering", "by clicking", "by continuing",
    "by submitting", "by entering your email",
)
SIGNUP_TERMS_MARKERS = ("unsubscribe at any time", "you agree to our", "you agree to the terms", "we respect your privacy",
                        "we will not share your email", "we won't share your email")

# --- reader comments -------------------------------------------------------------------
COMMENT_PROMPTS_WHOLE = (
    "leave a comment", "leave a reply", "post a comment", "add a comment", "add comment", "write a comment",
    "comments", "comment", "join the discussion", "join the conversation", "let your voice be heard",
    "be the first to comment", "show comments", "view comments", "hide comments", "load comments",
    "load more comments", "reply", "cancel reply", "post comment", "submit comment", "discussion",
    "what do you think", "have your say", "comment on this story", "comments are closed",
)
COMMENT_PROMPT_LEADS = (
    "you must be logged in to post a comment", "you must be logged in to comment", "comments are closed",
    "log in to comment", "sign in to comment", "please log in to comment", "to comment, please",
    "your email address will not be published", "required fields are marked", "comments are moderated",
    "save my name, email", "notify me of", "we welcome comments", "comment policy", "leave a comment",
    "leave a reply", "join the discussion", "join the conversation",
)
#: What may lead a comment header, before the commenter's name ("Posted by: Sam | Jan 10, 2008 4:49 PM").
COMMENT_HEADER_LEADS = ("posted by", "submitted by", "comment by", "commented by")
#: Words that, after a number, make a comment or reaction count ("3 Comments", "No Comments").
COUNT_NOUNS = ("comment", "comments", "reply", "replies", "response", "responses", "share", "shares",
               "view", "views", "like", "likes", "reaction", "reactions", "read", "reads")
#: Words that make the "name" before a date a page's own metadata, not a commenter
#: ("Article Last Updated: ...", "Associate Editor, Site Mar 11, ...", "Prices last updated ...").
NOT_A_COMMENTER = ("published", "updated", "launched", "posted", "last", "modified", "date", "created", "article",
                   "story", "page", "editor", "contributor", "writer", "reporter", "correspondent", "staff",
                   "author", "by", "prices", "active", "ms", "on", "at")

# --- author boxes ------------------------------------------------------------------------
AUTHOR_BOX_HEADINGS = ("about the author", "about the authors", "about the writer", "about the writers",
                       "about the contributor", "about the reporter", "author bio", "author biography")

# --- share and follow bars ---------------------------------------------------------------
SOCIAL_NETWORKS = (
    "facebook", "twitter", "x", "telegram", "whatsapp", "linkedin", "reddit", "pinterest", "email", "e-mail",
    "print", "gab", "gab tv", "gettr", "rumble", "minds", "truth social", "youtube", "instagram", "tiktok",
    "vk", "vkontakte", "parler", "flipboard", "mastodon", "threads", "bluesky", "tumblr", "mix", "copy link",
    "messenger", "viber", "line", "odnoklassniki", "google news", "rss", "substack", "bitchute", "odysee",
)
SHARE_LEADS = (
    "share this", "share on", "share:", "share via", "share the", "tweet this", "click to share", "click to email",
    "email this", "share article", "share story", "share with", "follow us", "please follow us", "follow on",
    "like us on", "find us on", "connect with us", "share", "tweet",
)
SHARE_MARKERS = ("on google news", "follow us on", "share on facebook", "share on twitter", "subscribe and follow",
                 "opens in new window", "opens in a new window", "click to share")

# --- "read also" lines and related-article lists ------------------------------------------
READ_ALSO_LEADS = (
    "read also", "also read", "read more", "read next", "see also", "related", "recommended", "don't miss",
    "more on this", "more on this story", "more:", "watch:", "listen:", "also see", "related coverage",
    "related story", "related article", "related link", "you might like", "click here",
)
RELATED_HEADINGS = (
    "related articles", "related posts", "related stories", "related news", "related content", "related",
    "related topics", "you may also like", "you might also like", "you may be interested in",
    "recommended for you", "recommended", "recommended stories", "more stories", "more news", "more articles",
    "most read", "most popular", "most viewed", "trending", "trending now", "latest news", "latest stories",
    "latest articles", "popular posts", "popular", "read next", "what to read next", "editor's picks",
    "top stories", "more from this author", "more in", "in other news", "also on", "sponsored content",
    "further reading", "more like this", "other articles", "recent posts", "recent articles", "read more",
)

# --- photo captions and credits ---------------------------------------------------------
CREDIT_LEADS = (
    "photo:", "photo by", "photo credit", "photos:", "photos by", "image:", "image by", "image credit",
    "images:", "picture:", "pictured:", "photograph:", "photograph by", "credit:", "credits:",
    "illustration:", "illustration by", "file photo", "source: photo", "cover photo", "featured image",
    "header image", "top image", "main image", "lead image", "video:", "(photo", "(image", "(credit",
)
CAPTION_LEADS = (
    "this image", "this photo", "this picture", "this handout", "this undated", "this file photo",
    "this screenshot", "this video grab", "in this photo", "in this image", "in this picture",
    "in this file photo", "in this handout", "pictured", "a handout photo", "an undated photo",
)
#: Words that make a trailing parenthetical "(...)" a photo credit.
CREDIT_MARKERS = (
    "photo", "image", "credit", "courtesy", "screenshot", "screengrab", "social media", "copyright",
    "getty", "reuters", "afp", "ap photo", "associated press", "flash90", "shutterstock", "istock",
    "wikimedia", "wikipedia", "creative commons", "cc by", "handout", "file", "pool", "via ", "gpo",
    "spokesperson", "press service", "press office",
)

# --- disclaimers, footers, notices, widget and form errors ---------------------------------
DISCLAIMER_MARKERS = (
    "not responsible for the content", "views expressed", "do not necessarily reflect", "does not necessarily reflect",
    "all rights reserved", "[email protected]", "reproduction in whole or in part",
    "terms of service", "terms of use", "privacy policy", "cookie policy", "we use cookies", "uses cookies",
    "accept cookies", "this website uses", "this site uses", "opinions expressed", "editorial standards",
    "may not be published, broadcast, rewritten", "material may not be", "is a registered trademark",
    "powered by wordpress", "proudly powered by", "affiliate links", "we may earn a commission",
    "report an error", "report a correction", "advertise with us", "copyright ©", "copyright (c)",
)
#: (A line opening with "©" is a copyright footer too; that needs no phrase.)
DISCLAIMER_LEADS = ("(c) ", "copyright ", "disclaimer", "note:", "editor's note:")
RECAPTCHA_MARKERS = ("protected by recaptcha", "recaptcha", "google privacy policy and terms of service apply")
WIDGET_ERROR_MARKERS = (
    '404 "not found"', "404 not found", "error: contact form not found", "contact form not found",
    "javascript is disabled", "enable javascript", "javascript enabled", "javascript is required",
    "your browser does not support", "please upgrade your browser", "something went wrong",
    "there was an error", "an error occurred", "failed to load", "unable to load",
    "this video is not available", "this content is not available", "disable your ad blocker",
    "disable your adblock",
)
#: Close buttons and other one-glyph controls that start a widget line.
WIDGET_GLYPHS = ("\u00d7", "\u2715", "\u2716", "\u2573")
WIDGET_GLYPHS_OR_BRACKET = "[" + "".join(WIDGET_GLYPHS) + "\\[]"  # a regex: any of the glyphs, or "["

# --- appeals for money ------------------------------------------------------------------
DONATION_MARKERS = (
    "we need your support", "support our journalism", "support independent journalism",
    "please support us", "support us today", "donate now", "donate today", "click here to donate", "donate here",
    "make a contribution", "become a patron", "become a supporter", "your support helps", "support our work",
    "consider supporting us", "buy me a coffee", "help us keep", "reader-supported", "reader supported",
)

# --- page navigation widgets --------------------------------------------------------------
NAVIGATION_WHOLE = (
    "scroll to top", "back to top", "to top", "top", "skip to content", "skip to main content", "menu", "main menu",
    "search", "home", "close", "next", "previous", "next article", "previous article", "next post",
    "previous post", "load more", "show more", "see more", "view more", "more", "print", "toggle navigation",
    "open menu", "close menu", "navigation", "sections", "search for:", "go", "submit", "continue reading",
    "advertisement", "sponsored", "ad", "share", "tweet", "email", "copy link", "listen", "listen to this article",
    "font size", "a a a", "print this article", "save", "bookmark", "cancel", "ok", "accept", "reject",
    "log in", "login", "sign in", "register", "subscribe", "sign up", "follow", "follow us",
    "contact us", "about us", "contact", "about", "loading...", "loading", "please wait",
)

# --- languages ----------------------------------------------------------------------------
#: The languages whose bylines, date words and legal phrases are listed here (ISO 639-1); the month
#: names of each come from dateparser's locale data.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru")

# --- bylines ----------------------------------------------------------------------------
#: What introduces the author's name on a byline ("By Jane Doe", "Von Max Muster"), by language.
BYLINE_WORDS = {
    "en": ("by", "avatar by", "written by", "posted by", "story by", "words by", "report by", "reported by",
           "article by"),
    "de": ("von", "geschrieben von", "verfasst von", "ein beitrag von", "veröffentlicht von", "erstellt von"),
    "fr": ("par", "écrit par", "publié par", "rédigé par"),
    "es": ("por", "escrito por", "publicado por", "redactado por"),
    "it": ("di", "scritto da", "pubblicato da", "a cura di"),
    "pt": ("por", "escrito por", "publicado por"),
    "nl": ("door", "geschreven door", "gepubliceerd door"),
    "pl": ("napisane przez", "opublikowano przez", "dodane przez"),
    "ru": ("опубликовал", "опубликовала"),
}
#: Labels that introduce the author's name ("Author: Jane Doe", "Автор: Иван Петров"), by language.
AUTHOR_LABELS = {
    "en": ("author:", "authors:", "written by:", "by:", "reporter:", "reporting by"),
    "de": ("autor:", "autorin:", "autoren:", "autor", "autorin", "autoren", "text:", "von:"),
    "fr": ("auteur:", "auteur :", "auteurs:", "auteurs :", "par:", "par :", "texte:", "texte :"),
    "es": ("autor:", "autora:", "autores:", "por:"),
    "it": ("autore:", "autrice:", "autori:", "di:"),
    "pt": ("autor:", "autora:", "autores:", "por:"),
    "nl": ("auteur:", "auteurs:", "door:", "tekst:"),
    "pl": ("autor:", "autorka:", "autorzy:", "tekst:"),
    "ru": ("автор:", "авторы:", "текст:", "автор"),
}
#: Words that join two authors' names ("Jane Doe and John Roe", "Max Muster und Erika Muster").
NAME_JOINERS = ("and", "und", "et", "y", "e", "en", "i", "и", "&")
#: Capitalised words that are never part of a personal name: a line of them is a heading, not an author box.
NOT_NAME_WORDS = (
    "the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "is", "are", "with", "from", "about", "more",
    "new", "news", "home", "menu", "search", "share", "comments", "related", "contact", "login", "log", "previous",
    "next", "post", "posts", "recent", "stand", "follow",
    "der", "die", "das", "und", "mit", "vom", "am", "um", "für", "im", "zum", "zur", "mehr", "neue", "alle", "artikel",
    "le", "la", "les", "des", "du", "et", "plus", "el", "los", "las", "más", "il", "gli", "della", "di",
    "het", "een", "meer", "nieuws", "i", "w", "na", "z", "и", "в", "на",
)

# --- dates -------------------------------------------------------------------------------
#: What may stand before a dateline's date ("Published: 12 March 2021", "Veröffentlicht am 12.03.2021"), by language.
DATE_PREFIXES = {
    "en": ("published on", "published", "updated on", "updated", "last updated on", "last updated",
           "posted on", "posted", "date:", "first published", "modified", "created"),
    "de": ("veröffentlicht am", "veröffentlicht", "aktualisiert am", "aktualisiert", "zuletzt aktualisiert",
           "erstellt am", "stand:", "datum:"),
    "fr": ("publié le", "publié", "mis à jour le", "mis à jour", "modifié le", "date :", "date:"),
    "es": ("publicado el", "publicado", "actualizado el", "actualizado", "fecha:"),
    "it": ("pubblicato il", "pubblicato", "aggiornato il", "aggiornato", "data:"),
    "pt": ("publicado em", "publicado", "atualizado em", "atualizado", "data:"),
    "nl": ("gepubliceerd op", "gepubliceerd", "bijgewerkt op", "bijgewerkt", "datum:"),
    "pl": ("opublikowano", "aktualizacja:", "data:", "data publikacji:"),
    "ru": ("опубликовано", "обновлено", "дата:"),
}

# --- publishers named by boilerplate ----------------------------------------------------------
#: Regular expressions whose group ``name`` is the publisher, tried on removed lines only.
PUBLISHER_STATEMENTS = (
    r"^read all (?:articles|stories|news) (?:by|from) (?P<name>.+?) on google news",
    r"^get (?P<name>.+?)['’]s (?:daily|weekly|morning|evening|free) (?:edition|newsletter|briefing|digest)",
    r"\bposted by an? (?P<name>[A-Z][\w&.' -]{1,60}?) (?:correspondent|staff|reporter|desk)\b",
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*|copyright\s+)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?P<name>[A-Z][^.,|©]{1,60}?)\s*(?:[.,|]|all rights reserved|$)",
    r"^(?P<name>(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|news|info|io|co|ru|ua|il|uk|de|fr|eu|me|tv))$",
)
#: Words that make a would-be publisher a legal or navigation fragment, not a name ("All Rights Reserved",
#: "Privacy Policy", "About"), by language; navigation labels (``NAVIGATION_WHOLE``) are refused too.
NOT_PUBLISHER_WORDS = {
    "en": ("all", "rights", "reserved", "copyright", "policy", "privacy", "terms", "about", "contact", "by",
           "cookies", "imprint", "disclaimer"),
    "de": ("alle", "rechte", "vorbehalten", "impressum", "datenschutz", "datenschutzerklärung", "kontakt", "von"),
    "fr": ("tous", "droits", "réservés", "mentions", "légales", "confidentialité", "par"),
    "es": ("todos", "derechos", "reservados", "aviso", "legal", "privacidad", "por"),
    "it": ("tutti", "diritti", "riservati", "privacy", "di"),
    "pt": ("todos", "direitos", "reservados", "privacidade", "por"),
    "nl": ("alle", "rechten", "voorbehouden", "door"),
    "pl": ("wszelkie", "prawa", "zastrzeżone"),
    "ru": ("все", "права", "защищены"),
}

# --- consent banners ---------------------------------------------------------------------
#: A consent banner's buttons, by language: a short line that starts with one is a button.
CONSENT_BUTTONS = {
    "en": ("accept all", "accept cookies", "reject all", "manage preferences", "manage cookies", "manage options",
           "cookie settings", "allow all", "i accept", "i agree", "agree and close"),
    "de": ("alle akzeptieren", "akzeptieren", "alle ablehnen", "einstellungen verwalten", "cookie-einstellungen",
           "zustimmen", "alle zulassen", "einverstanden"),
    "fr": ("tout accepter", "accepter", "tout refuser", "gérer les préférences", "paramétrer les cookies",
           "continuer sans accepter", "j'accepte"),
    "es": ("aceptar todo", "aceptar todas", "aceptar", "rechazar todo", "gestionar preferencias", "configurar cookies"),
    "it": ("accetta tutto", "accetta tutti", "accetta", "rifiuta tutto", "gestisci preferenze", "accetto"),
    "pt": ("aceitar tudo", "aceitar todos", "aceitar", "rejeitar tudo", "gerir preferências", "gerenciar preferências"),
    "nl": ("alles accepteren", "accepteren", "alles weigeren", "voorkeuren beheren", "akkoord"),
    "pl": ("akceptuję", "zaakceptuj wszystko", "akceptuj wszystkie", "odrzuć wszystko", "zarządzaj preferencjami",
           "zgadzam się"),
    "ru": ("принять все", "принять", "отклонить все", "настройки cookie", "согласен", "согласиться"),
}
#: Words of which a consent banner's text has one, by language.
CONSENT_WORDS = {
    "en": ("cookie", "cookies", "privacy", "consent", "partners"),
    "de": ("cookies", "datenschutz", "einwilligung", "partner"),
    "fr": ("cookies", "confidentialité", "consentement", "partenaires"),
    "es": ("cookies", "privacidad", "consentimiento", "socios"),
    "it": ("cookie", "privacy", "consenso", "partner"),
    "pt": ("cookies", "privacidade", "consentimento", "parceiros"),
    "nl": ("cookies", "privacy", "toestemming", "partners"),
    "pl": ("cookies", "plików", "prywatność", "prywatności", "zgoda", "partnerzy"),
    "ru": ("cookie", "конфиденциальности", "согласие", "партнеры"),
}
