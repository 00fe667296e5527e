"""Compiled patterns shared by the rules and the metadata extractors (dates, bylines, names).

Date patterns match lower-cased line keys (see :class:`build_dataset.clean.lines.Line`), with the month
names of every language in ``phrases.LANGUAGES`` (from dateparser's locale data).
"""

from __future__ import annotations

import functools
import re

from build_dataset.clean.rules import phrases
from build_dataset.clean.rules.matching import alternation, every

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


#: A calendar name dateparser lists that is no word of a date in running text: a Roman numeral (Hungarian months,
#: "III") or a one-character weekday ("月", "일").
_NOT_A_CALENDAR_WORD = re.compile(r"^(?:[ivxlc]+|.)$")


def _locales(lang: str) -> list[str]:
    """dateparser's locales of a listed language: its own, and a second script's ("sr-Latn")."""
    return [dict(phrases.DATEPARSER_LOCALES).get(lang, lang)] + [
        loc for code, loc in phrases.DATEPARSER_SECOND_SCRIPTS if code == lang]


def _calendar_names(keys) -> list[str]:
    """Every listed language's names and abbreviations of ``keys`` (months, weekdays), as dateparser knows
    them, longest first: not the ones of ``_NOT_A_CALENDAR_WORD``, and of three letters or fewer only in
    ``phrases.SHORT_CALENDAR_LANGUAGES`` (or with a digit: "3月", "tháng 3")."""
    from dateparser.languages.loader import default_loader

    names = set()
    for lang in phrases.LANGUAGES:
        short = lang in phrases.SHORT_CALENDAR_LANGUAGES
        for locale in map(default_loader.get_locale, _locales(lang)):
            names |= {n.lower() for k in keys for n in locale.info[k] if short or (
                (len(n) >= 4 or any(c.isdigit() for c in n)) and not _NOT_A_CALENDAR_WORD.match(n.lower()))}
    return sorted(names, key=len, reverse=True)


def short_month_names(langs) -> list[str]:
    """The month abbreviations of three letters or fewer of ``langs`` ("mac": Malay March, "des", "noi"), longest first."""
    from dateparser.languages.loader import default_loader

    names = {n.lower() for lang in langs for locale in map(default_loader.get_locale, _locales(lang))
             for k in _MONTHS for n in locale.info[k]
             if 2 <= len(n) <= 3 and n.isalpha() and not _NOT_A_CALENDAR_WORD.match(n.lower())}
    return sorted(names, key=len, reverse=True)


#: Month and weekday names in every listed language: a word of a date, never of a name.
CALENDAR_WORDS = frozenset(_calendar_names(_MONTHS + _WEEKDAYS))


MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
         r"|" + alternation(_calendar_names(_MONTHS)) + r")(?!\w)\.?")
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
DAY = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th|er)?"
#: Another language's month abbreviation (see ``_SHORT_MONTH_DATE``).
_SHORT_MONTH = "(?:" + alternation(short_month_names(set(phrases.LANGUAGES) - set(phrases.SHORT_CALENDAR_LANGUAGES))) + r")(?!\w)"
YEAR = r"(?:19|20)\d\d"
#: A Solar Hijri month's name, in Persian's letters or the Arabic ones a page may type ("شهريور": Arabic yeh).
SOLAR_MONTH = "(?:" + "|".join(re.escape(n).replace("\u06cc", "[\u06cc\u064a]").replace("\u06a9", "[\u06a9\u0643]") for n in sorted(
    (n for spellings in phrases.SOLAR_HIJRI_MONTHS for n in spellings), key=len, reverse=True)) + r")(?!\w)"
#: A Solar Hijri year (Iran, Afghanistan): 13xx or 14xx, no Gregorian year of a web page.
SOLAR_YEAR = r"1[34]\d\d"
#: A Solar Hijri date: day, month's name and year ("۱۴ اسفند ۱۴۰۲", with the digits read as ASCII), or year, month and day
#: in figures ("1402/12/14").
SOLAR_DATE = rf"(?:{DAY}\s+{SOLAR_MONTH}\s+{SOLAR_YEAR}|{SOLAR_YEAR}[-/]\d\d?[-/]\d\d?)"
#: Weekday names of every listed language but English, of three letters or more ("Selasa", "mardi", "вторник"); one
#: starts a word (Portuguese "ter" ends "Register January 15, 2008").
LOCAL_WEEKDAY = "(?:" + alternation(n for n in _calendar_names(_WEEKDAYS) if len(n) >= 3) + r")(?!\w)\.?"
# a Spanish year may follow "del" ("7 de mayo del 2022"); also a year before its month ("2024. március 12.", "2024. 3. 12.": Hungarian, Korean) and Korean's "2024년 3월 12일"; a year after "năm"
# (Vietnamese), "р." (Ukrainian) or "г." (Russian)
_DATE = (rf"(?:(?:{WEEKDAY}|(?<!\w){LOCAL_WEEKDAY}),?\s+)?(?:{MONTH}\s+{DAY}(?:,?\s+{YEAR})?"
         rf"|{DAY}\.?\s+(?:of\s+|de\s+)?{MONTH},?(?:\s+(?:del?\s+|năm\s+)?{YEAR}(?:\s*(?:г\.|года|р\.|року))?)?"
         rf"|{YEAR}\.\s+{MONTH}\s+{DAY}\.?|{YEAR}\.\s+\d\d?\.\s+\d\d?\.?"
         rf"|{YEAR}[-/.]\d\d?[-/.]\d\d?|\d\d?[/.]\d\d?[/.](?:{YEAR}|\d\d)|{YEAR}年\d\d?月\d\d?日"
         rf"|{YEAR}년\s*\d\d?월\s*\d\d?일|{SOLAR_DATE})")
#: A spaced day and month ("13. 6. 2024": Czech, Slovak), a date on a line of its own only: inside running text it is
#: as often a range's end ("26. und 27. 2. 2015").
_SPACED_DATE = rf"\d\d?\.\s+\d\d?\.\s+{YEAR}"
#: Another language's month abbreviation between a day and a year ("12 Mac 2024": Malay), a date on a line of its own
#: only: in running text it is as often a word before a number ("Galaxy S3 Pro 2024").
_SHORT_MONTH_DATE = rf"{DAY}\.?\s+{_SHORT_MONTH}\.?,?\s+{YEAR}"
#: A date anywhere in a line (a byline's "Von Max Muster, 12. März 2021"): the date's text is group ``date``.
DATE_IN_LINE = re.compile(rf"(?<![\d/.-])(?P<date>{_DATE})(?![\w/-]|\.\d)")


@functools.cache
def own_short_month_date(lang: str) -> re.Pattern | None:
    """A date anywhere in a line with a month abbreviation of three letters or fewer of the page's own language between
    a day and a year ("Yazan Ali Veli | 12 Eki 2023", "12 Οκτ 2023"), where the language's short names count only on
    a line of their own otherwise (``_SHORT_MONTH_DATE``): on its own page they are dates, not another language's words."""
    from dateparser.languages.loader import default_loader

    # a language dateparser knows though not listed counts too: Serbian in Latin letters is mostly told as Bosnian
    if lang in phrases.SHORT_CALENDAR_LANGUAGES or _locales(lang)[0] not in default_loader.get_locale_map() \
            or not short_month_names([lang]):
        return None
    names = alternation(short_month_names([lang]))
    return re.compile(rf"(?<![\d/.-])(?P<date>{DAY}\.?\s+(?:{names})(?!\w)\.?,?\s+{YEAR})(?![\w/-]|\.\d)")
#: A clock time: "09:40", "9.40 pm", "09h40" (French, Portuguese), "9時40分".
TIME = (r"(?:\d\d?[:.]\d\d(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|uhr)?|\d\d?h\d\d(?!\w)|\d\d?時\d\d?分)"
        r"(?:\s*\(?(?:gmt|utc|est|edt|cst|cdt|pst|pdt|cet|cest|eet|eest|bst|msk|idt|ist|et|pt|wib|wita|wit|kst|jst)\)?|\s*[+-]\d\d:?\d\d)?")
#: What every TIME holds: a line without it has no clock time (a cheap test before the long expressions).
CLOCK = re.compile(r"\d[:.]\d\d|\dh\d\d|\d時")
def _alternation(by_language: dict) -> str:
    """A concept's phrases in every language as one regex alternation, longest first."""
    return alternation(every(by_language))


_PREFIX = _alternation(phrases.DATE_PREFIXES)

#: The word between a date and its time ("at", "um", "kl.", "pukul").
_JOINERS = _alternation(phrases.TIME_JOINERS)
#: A line that is only a date (and maybe a time, after the dot a Serbian year ends with: "12. avg. 2024. u 10:30"),
#: optionally after "Published", "Updated", ...
DATE_LINE = re.compile(rf"^(?:(?:{_PREFIX})\s*:?\s*)?(?P<date>{_DATE}|{_SPACED_DATE}|{_SHORT_MONTH_DATE})"
                       rf"(?:\.?\s*(?:,|at|-|\u2013|\||\u2022|/|@)?\s*"
                       rf"(?:(?:{_JOINERS})\s*)?(?P<time>{TIME}))?\.?$")
#: An event listing's item on one line: a day and month (a year, a weekday may stand with them), a clock time or a time
#: range, then the event's title and place ("torsdag 10 oktober 18:00 – föredrag: ..., stadsbiblioteket").
EVENT_ITEM = re.compile(rf"^(?:{_DATE}|(?:{WEEKDAY}|{LOCAL_WEEKDAY}),?\s+\d\d?[./]\d\d?\.?)\s*(?:,|-|\u2013|\||\u2022|\u00b7|/)?\s*"
                        rf"(?:(?:{_JOINERS})\s*)?{TIME}(?:\s*[-\u2013]\s*{TIME})?\s*(?:[-\u2013\u2014|:,\u2022\u00b7]\s*)?"
                        rf"[^\W\d_][\w'\u2019-]*(?:\W+\w+)+")
#: A dateline's prefix opening the rest of a line ("Jane Doe | Published 3 hours ago", "| Publicado hace 3 horas").
DATE_PREFIX_LEAD = re.compile(rf"^(?:{_PREFIX})(?!\w)")
#: A page-header "today" date: a weekday-date at the start of a line, maybe followed by more ("| 15 Nisan 5784").
HEADER_DATE = re.compile(rf"^{WEEKDAY},?\s+(?:{MONTH}\s+{DAY}|{DAY}\s+{MONTH})\b")
#: A year standing apart from other digits (also before a Han character: "2023年3月14日").
HAS_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")

#: A reader-comment header: a name, then a date and a time ("SamW October 30, 2021 at 3:42 am").
#: A date and a time, maybe with a word between them ("at", "um", "alle", "в"), or a time and a date with a short year
#: ("8:21pm Tue 1 Jan 08"), ending the line but for a separator before the comment's tools ("Jan 09 2008 07:52 PM PST |").
_STAMP = (rf"(?:(?:{_DATE}|{_SPACED_DATE})\s*(?:,|-|\u2013|\||\u2022|@)?\s*(?:(?:{_JOINERS})\s*)?{TIME}"
          rf"|{TIME}\s*(?:,|on|-|\u2013|\|)?\s*(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}\s+(?:{YEAR}|\d\d))\s*[|\u2022]?$")
COMMENT_HEADER = re.compile(rf"^(?P<name>\S.{{0,50}}?)\s+(?:says:?\s+)?(?:on\s+)?{_STAMP}")
COMMENT_SAYS = re.compile(r"^(?P<name>\S.{0,50}?)\s+says:?$")



_REL_COUNT = rf"(?:\d{{1,3}}|{_alternation(phrases.RELATIVE_TIME_ONE)})"
_REL_UNIT = rf"(?:{_alternation(phrases.RELATIVE_TIME_UNITS)})"
#: A line that is only a relative time, maybe after a separator ("hace 2 horas", "· 3 hours ago", "2時間前"): a
#: comment's or a post's age, which a page prints in place of its date.
RELATIVE_TIME = re.compile(
    rf"^[\W_]*(?:(?:{_alternation(phrases.RELATIVE_TIME_BEFORE)})\s+(?:{_REL_COUNT}\s*)?{_REL_UNIT}"
    rf"|(?:{_REL_COUNT}\s*)?{_REL_UNIT}\s*(?:{_alternation(phrases.RELATIVE_TIME_AFTER)}))\.?$")
_HEADER_LEADS = "|".join(re.escape(p) for p in every(phrases.COMMENT_HEADER_LEADS))
#: A comment header led by "posted by" and the like: "posted by: sam | jan 10, 2008 4:49:12 pm".
COMMENT_POSTED = re.compile(
    rf"^(?:{_HEADER_LEADS}):?\s+(?P<name>[^|:]{{1,50}}?)\s*(?:\||,|-|\u2013|\u2014)?\s*(?:on\s+|at\s+)?{_STAMP}"
)

#: An upper-case letter of the Latin, Greek or Cyrillic scripts (``re`` has no ``\\p{Lu}``).
_UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha()) + "]"
#: A personal name: capitalised words, with the usual particles.
_NAME_WORD = rf"{_UPPER}[\w'\u2019.-]*"
#: A particle inside a personal name ("de", "von", "van", ...).
PARTICLE = "(?:" + "|".join(re.escape(p) for p in phrases.NAME_PARTICLES) + ")"
NAME = rf"{_NAME_WORD}(?:\s+(?:{PARTICLE}\s+)*{_NAME_WORD}){{0,4}}"
_JOIN = "|".join(re.escape(j) for j in phrases.NAME_JOINERS if j != "&")
#: What separates the names of several authors.
NAME_SPLIT = rf"\s*(?:,|&|\b(?:{_JOIN})\b)\s*"
NAMES = rf"{NAME}(?:(?:,\s*|\s+(?:{_JOIN})\s+|\s*&\s*){NAME})*"
_BY = _alternation(phrases.BYLINE_WORDS)
_LABELS = _alternation(phrases.AUTHOR_LABELS)
#: "By NAME[, NAME and NAME]" in any listed language ("Von", "Par", "Por", ...), with an optional tail ("| Staff").
_NOT_INITIALISM = "(?!(?:" + "|".join(w.upper() for w in phrases.INITIALISM_BYLINE_WORDS) + r")\s)"
BYLINE = re.compile(rf"^{_NOT_INITIALISM}(?i:{_BY})\s+(?P<names>{NAMES})\s*(?:[|,\u2013\u2014-]\s*.{{0,60}})?$")
#: "By NAME" and a date right after the name, without a separator ("Por Rodrigo Mejías 04 de mayo 2022 a las 09:01").
BYLINE_DATED = re.compile(rf"^{_NOT_INITIALISM}(?i:{_BY})\s+(?P<names>{NAMES})\s+(?P<rest>\d.{{0,60}})$")
_ON = _alternation(phrases.BYLINE_DATE_WORDS)
#: "By NAME on DATE" ("Posted by Jane Doe on March 12, 2024", "von Max Muster am 12. März 2024"): ``rest`` is the date.
BYLINE_ON = re.compile(rf"^{_NOT_INITIALISM}(?i:{_BY})\s+(?P<names>{NAMES})\s+(?i:{_ON})\s+(?P<rest>\S.{{0,60}})$")
#: A day glued by the rendering to the end of a name before its month ("Mejías04 de mayo 2022"): the place for a space.
GLUED_DAY = re.compile(rf"(?<=[^\W\d_])(?=\d\d?\.?\s+(?:de\s+)?(?i:{MONTH}))")
#: A byline word or label, then the name: a space after a word, maybe none after a colon.
_INTRO = rf"{_NOT_INITIALISM}(?i:{_BY}|{_LABELS})(?:(?<=:)\s*|\s*:\s*|\s+)"
AUTHOR_LABEL = re.compile(rf"^(?i:{_LABELS})(?:(?<=:)\s*|\s+)(?P<names>{NAMES})\s*(?:[|,\u2013\u2014-]\s*.{{0,60}})?$")
_COLON_LABELS = alternation({p for ps in phrases.AUTHOR_LABELS.values() for p in ps if p.endswith(":")})
#: A line that ends with a byline word or a label with its colon ("By", "21.01.2022 11:46 von", "Autor:"): the name
#: is on the next line (a bare "Autoren" is a menu item).
INTRO_END = re.compile(rf"(?:^|[\s\d/|])(?i:(?:{_BY})\s*:?|{_COLON_LABELS})$")
#: A byline inside a longer header line ("Veröffentlicht am 03.02.2022 von Sarah Muster"): the byline
#: word after the start (maybe after punctuation: "// By Jane Doe"), a separator or a date.
BYLINE_IN_LINE = re.compile(rf"(?:^[^\w\s]*\s*|[|,;\u2013\u2014\u00b7\u2022]\s*|\s-\s+|\d\s+){_INTRO}(?P<names>{NAMES})")
#: A user name after a byline word ("von uriebe", "Autor: gnaddrig"): one lower-case word, then the line's end,
#: a separator or a date ("by sam on August 3, 2019").
BYLINE_HANDLE = re.compile(rf"(?:^|[|,;\u2013\u2014\u00b7\u2022]\s*|\d\s+){_INTRO}(?P<names>[a-z][a-z0-9_.-]{{2,30}})"
                           rf"\s*(?:$|[|,;\u2013\u2014\u00b7\u2022]|\s\w{{1,3}}\s+(?:\d|(?i:{MONTH}))|\s\d)")
_MORE_BY = _alternation(phrases.MORE_BY_LEADS)
#: A link to an author's other articles, the whole line ("More from Jane Doe", "Weitere Artikel von Max Muster").
MORE_BY = re.compile(rf"^(?i:{_MORE_BY})\s+(?P<names>{NAMES})$")
_BY_LAST = "|".join(sorted({re.escape(w) for p in every(phrases.BYLINE_WORDS) for w in {p.split()[-1]} | (
    {p.split()[-1].capitalize()} if p.split()[-1] not in phrases.NAME_PARTICLES + ("di", "e") else set())},
    key=len, reverse=True))
#: A byline word glued to the name by the page's rendering ("Veröffentlicht vonChris Jung", "byJane Doe", "PorRodolfo
#: Costa"; capitalised only if not a particle glued inside a name, "DiBiase", "VonDerLeyen"): the place
#: for the missing space is group ``word``'s end.
GLUED_BYLINE = re.compile(rf"(?<!\w)(?P<word>{_BY_LAST})(?={_UPPER}[^\W\d_])")
_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
_CJK_LABELS = alternation(p for p in phrases.CJK_AUTHOR_LABELS if len(p) > 1)
#: A Chinese or Japanese byline ("作者：王小明", "记者 李华", "文/张三"): a label (a one-character one not inside a word),
#: a colon, a slash or a space, then a name of two to four Han characters.
#: (A Japanese byline may put a middle dot between the label and the name: "文・佐藤健一".)
CJK_BYLINE = re.compile(rf"(?:{_CJK_LABELS}|(?<![{_HAN}])文)\s*[:\uff1a/\uff0f\u30fb\s]\s*(?!{_CJK_LABELS})"
                        rf"(?P<names>[{_HAN}\u00b7]{{2,4}})(?![{_HAN}])")
#: A line that is only such a byline ("记者 张伟").
CJK_BYLINE_LINE = re.compile(rf"^(?:[{_HAN}]{{1,6}}(?=记者|記者))?{CJK_BYLINE.pattern}\s*(?:{'|'.join(phrases.ZH_REPORTS_WORDS)})?\s*$")
_HANGUL = "\uac00-\ud7a3"
#: A Korean byline: a name of two to four Hangul syllables before "기자" or "특파원", maybe after an agency's bracket
#: ("[서울=연합뉴스] 김민준 기자") and before the reporter's address ("김민준 기자 minjun@example.co.kr").
KO_BYLINE = re.compile(rf"(?:^|\]\s*)(?P<names>[{_HANGUL}]{{2,4}})\s*(?:{'|'.join(phrases.KO_REPORTER_WORDS)})"
                       r"(?:\s*=)?(?:\s+[\w.+-]+@[\w.-]+)?\s*$")
#: Letters of the spaced scripts without capitals (Hebrew; Arabic with Persian and Urdu; the Indic scripts with their
#: vowel signs; Thai), and the zero-width non-joiner inside a Persian word; not their digits and stops (Arabic comma,
#: Urdu full stop, danda): a name in them is told by its byline's word or its place, never by capitals.
_UNCASED = "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f\u200c"
UNCASED_WORD = rf"(?:(?![\d\u060c\u061b\u061f\u066a-\u066d\u06d4\u0964\u0965\u0e2f\u0e46])[{_UNCASED}])+"
#: A name of two to four words of those scripts ("سارة العلي", "राहुल शर्मा", "דנה כהן").
UNCASED_NAME = rf"{UNCASED_WORD}(?:\s+{UNCASED_WORD}){{1,3}}"
#: A byline in a script without capitals: a byline word of any listed language or "بقلم" (a colon allowed), or a label
#: ("كتب:", "تحریر:", "लेखक:"), then such a name, the whole line.
AR_BYLINE = re.compile(rf"^(?:(?i:{_BY}|{'|'.join(phrases.AR_BYLINE_LEADS)})\s*:?|(?:{'|'.join(phrases.AR_BYLINE_LABELS)})\s*:"
                       rf"|(?i:{_LABELS}))\s*(?P<names>{UNCASED_NAME})\s*$")
#: A Japanese byline with the reporter's word after the name ("佐藤健一記者", "（佐藤健一特派員）"), the whole line.
JA_BYLINE = re.compile(rf"^[（(]?(?P<names>[{_HAN}]{{2,5}}?)\s*(?:{'|'.join(phrases.JA_REPORTER_WORDS)})[）)]?$")
_TAILS = alternation(phrases.TR_BYLINE_TAILS)
#: A byline whose marker follows the name ("Ayşe Demir tarafından"), the whole line.
NAME_FIRST_BYLINE = re.compile(rf"^(?P<names>{NAMES})\s+(?i:{_TAILS})\.?$")
_NEWS_AGENCIES = _alternation(phrases.NEWS_AGENCIES)
_AGENCY_JOINERS = _alternation(phrases.AGENCY_JOINERS)
#: A reporter's full name and a news agency's, the whole line ("Tomasz Nowak, PAP", "Julien Moreau avec AFP", "Ana
#: Carvalho, da Agência Brasil", "Jane Doe (Reuters)"); not after a slash, a picture's credit ("Noah Berger / AP"), nor
#: glued to a word ("Division I-AA").
AGENCY_BYLINE = re.compile(rf"^(?P<names>{_NAME_WORD}(?:\s+(?:{PARTICLE}\s+)*{_NAME_WORD}){{1,3}})\s*(?:[,|\u2013\u2014-]\s*)?(?:(?:{_AGENCY_JOINERS})\s+)?"
                           rf"(?<=\s)(?:\((?i:{_NEWS_AGENCIES})\)|(?i:{_NEWS_AGENCIES}))\.?$")
#: The function words of every listed language, lower-case.
FUNCTION_WORDS = frozenset(every(phrases.FUNCTION_WORDS))


def name_first_byline(text: str) -> re.Match | None:
    """A byline whose name comes first, the whole line: before its marker ("Ayşe Demir tarafından", "佐藤健一記者") or
    a news agency's name ("Tomasz Nowak, PAP"); not a menu's words ("Do More With Reuters", "Work At APA")."""
    m = JA_BYLINE.match(text) or NAME_FIRST_BYLINE.match(text) or AGENCY_BYLINE.match(text)
    return None if m is None or any(w.lower() in FUNCTION_WORDS for w in m.group("names").split()) else m


#: What may follow a leading date before a name: a time, "Uhr", separators ("| 15:33 Uhr | ").
TIME_AND_SEPARATORS = re.compile(r"^(?:\s*(?:[|,;~\u2013\u2014\u00b7\u2022-]|\d\d?[:.]\d\d(?:\s*(?:uhr|h|am|pm))?))*\s*", re.I)
#: A source's field before a byline on a dated header line ("来源:城市晚报 记者 王小明", "Quelle: dpa | Von Max Muster").
SOURCE_FIELD = re.compile(rf"^(?i:{_alternation(phrases.SOURCE_LABELS)})"
                          r"\s*:\s*[^\s|]+\s*\|?\s*")
#: A line that is only a personal name (an author box, or the name under a headline), maybe followed by a date.
NAME_LINE = re.compile(rf"^(?P<names>{NAMES})\s*(?:[|,/\u2013\u2014\u00b7\u2022~-]\s*)?(?P<rest>.*)$")
#: A line that is only a name in a script without capitals, maybe with a date after it ("דנה כהן", "राहुल शर्मा").
UNCASED_NAME_LINE = re.compile(rf"^(?P<names>{UNCASED_NAME})\s*(?:[|,/\u2013\u2014\u00b7\u2022~-]\s*)?(?P<rest>.*)$")
#: A byline word that is a common word or a surname elsewhere ("de marzo", "Ni Hao"): read as a byline only before a
#: full name on a line beside the dateline ("de Andrei Popescu", "Na Amina Juma", "Ni Maria Santos").
SHORT_BYLINE_LEAD = re.compile(rf"^(?i:{'|'.join(phrases.SHORT_BYLINE_WORDS)})\s+(?={_UPPER})")
#: A trailing parenthetical, e.g. a photo credit "(AP Photo/Name)".
TRAILING_PAREN = re.compile(r"\(([^()]{2,160})\)\s*\.?$")
#: "... Photo: Facebook." / "... Image credit: X" at the end of a caption.
_CREDIT_NOUNS = alternation(every(phrases.CREDIT_NOUNS))
TRAILING_CREDIT = re.compile(rf"(?:^|[.!?\u201d\"]\s+|\s[-\u2013\u2014|]\s+)(?:{_CREDIT_NOUNS})"
                             r"(?:\s+credit)?\s*(?::|by)\s*\S.{0,80}$")
#: A picture's credit inside a line: a credit noun and ":" after a word ("Demut hinter Masken Foto: Adobe Stock",
#: "Le port au matin Photo : X"), a photo agency next to a "/" or after "via" or "(" ("Benoit Tessier/Reuters",
#: "Shutterstock / Name", "Photo via Pexels"), or a copyright sign before a name ("... © APA/Name"): a caption's.
_PICTURE_AGENCIES = alternation(phrases.PICTURE_AGENCIES)
CREDIT_IN_LINE = re.compile(rf"\w\W*\s(?:{_CREDIT_NOUNS})\s*:\s*\S|(?:/|\(|\bvia\s)\s*(?:{_PICTURE_AGENCIES})\b"
                            rf"|\b(?:{_PICTURE_AGENCIES})\s*/|\u00a9\s*[^\W\d]")
#: An unrendered WordPress-style shortcode: a hyphenated name ([contact-form-7 404 "Not Found"]) or
#: attributes ([caption id="..."]); not a bracketed word such as "[updated]".
SHORTCODE = re.compile(r"\[[a-z][a-z0-9]*[_-][a-z0-9_-]*(?:\s[^\]]*)?\]|\[[a-z][a-z0-9_-]*\s[^\]]*[=\"][^\]]*\]")
#: A caption's credit after a copyright sign, ending the line ("... aus der Schweiz. © AFP / Name"): a name, not a
#: year (a footer's "Site © 2023"), after a sentence of at least three words.
TRAILING_COPYRIGHT = re.compile(r"^(?:\S+\s+){2,}\S*[.!?]\s+\(?\u00a9\s*(?![\d(]|copyright)[^\u00a9.!?]{2,60}\)?$")
#: A number alone (a count): "3", "1,024", "12K", "18 400" (a space between thousands: French, Polish, Russian).
LONE_NUMBER = re.compile(r"^(?:[\d,.]+[km]?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+)$")
#: A number followed by a count noun: "3 Comments", "No Comments", "Comments (3)".
_COUNT_NOUNS = "|".join(every(phrases.COUNT_NOUNS))
COUNT_LINE = re.compile(
    rf"^(?:(?:\d[\d,.]*[km]?|no|one|two|three)\s+(?:{_COUNT_NOUNS})"
    rf"|(?:{_COUNT_NOUNS})\s*[:(]?\s*\d[\d,.]*[km]?\)?)$"
)
#: A count of comments on the post's title: "11 Antworten zu „Titel“", "3 thoughts on “Title”".
COUNT_ON_TITLE = re.compile(rf"^(?:\d[\d,.]*|one|no|ein|eine|un|une|una|um|uma)\s+(?:{_COUNT_NOUNS})\s+"
                            r"(?:on|to|about|zu|zum|zur|auf|sur|à|en|a|para|sobre|su|do|op|bij|na|к|на)\s+\S")
#: A bare domain name standing alone.
DOMAIN_LINE = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|news|info|io|co|ru|ua|il|uk|de|fr|eu|me|tv)$")
PUBLISHER_STATEMENTS = tuple(re.compile(p, re.IGNORECASE) for p in phrases.PUBLISHER_STATEMENTS)
#: A line of an article's tags or categories: a tag label, its colon, then the tags ("Etiquetas: cine, festival").
TAG_LINE = re.compile(rf"^(?:{'|'.join(re.escape(p) for p in sorted(every(phrases.TAG_LABELS), key=len, reverse=True))})"
                      r"\s*:\s*\S", re.IGNORECASE)
