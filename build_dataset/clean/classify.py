"""Line-level boilerplate classifier for plain-text web pages (numpy, scored a batch of pages at once).

    model = BodyModel.from_dict(json.load(f))   # the shipped model: build_dataset/data/body_model.json
    [(keep, p), ...] = predict(pages, model)    # per page: its non-empty lines, the body probability of each

Pipeline (vectorised with numpy over all the lines of a batch of pages, no per-line Python work
but a dictionary look-up per word and per line):
  1. `features_batch(pages)` builds a feature matrix for the NON-EMPTY lines:
     per-line shape (bytes, words, terminal punctuation, capitalisation, digits,
     punctuation, stop-word density, list/link shape, debris-concept word
     lists, repetition, position, blank-line boundaries) plus context features
     (the same quantities smoothed over +-1/2/5/12 line windows, neighbours,
     distance to the densest text block, share of the page's "prose" mass
     before/after the line), lexical cohesion (the share of a line's content words, or character
     bigrams in unspaced scripts, that the page's other prose lines use) and the run of short lines
     a line sits in. Context never crosses a page's edge.
  2. stage 1: a small MLP (standardised inputs, ReLU, sigmoid output) -> p1.
  3. stage 2: a logistic regression over the stage-1 features plus neighbourhood
     statistics of p1 (windows, neighbours, cumulative mass) -> p2.

A page's probabilities are the same bits alone or in any batch, on any CPU: page sums are taken
page by page, the first layer is an exact fixed-point product, the small layers sum in a fixed
order, and log and exp are computed portably (:mod:`build_dataset.clean.portable`). Long lines are read
as their first 64 and last 12 characters for the ratio/word features (length uses the full line), and as
their first 400 for lexical cohesion (word hashes are integers, their counts exact).
The cleaner (clean.body_mask) turns the probabilities into body lines.

Weights are a plain JSON file (training/train_body_model.py); no sklearn/pickle at inference.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain, compress, repeat

import numpy as np

from build_dataset.clean import portable
from build_dataset.clean.lines import TERMINAL, UNSPACED, UNSPACED_CLASS, has_unspaced
from build_dataset.clean.rules.phrases import FUNCTION_WORDS

# ---------------------------------------------------------------- word lists
#: The languages whose function words the body model (build_dataset/data/body_model.json) was trained with: a
#: language added to rules.phrases.FUNCTION_WORDS changes the stop-word feature only after a retrain adds it here.
MODEL_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru")
STOPWORDS = sorted(set().union(*(FUNCTION_WORDS[lang] for lang in MODEL_LANGUAGES)))  # those languages', one list
# Function words of scripts written without spaces, one character each (most frequent particles,
# prepositions, conjunctions, pronouns and adverbs of jieba's frequency list; Japanese case particles).
STOP_CHARACTERS = "的了是在和有他不我也为就这你都等着对与地还又而之以得她将那但从被把" + "のはがをにでともへや"

# debris concepts: each a group of (lower-case, ASCII) words
CONCEPTS = {
    "share": "share shares shared sharing facebook twitter tweet pinterest whatsapp linkedin reddit email print instagram youtube tiktok",
    "subscribe": "subscribe subscribed subscription subscriptions newsletter newsletters signup inbox unsubscribe",
    "legal": "cookie cookies privacy policy terms consent gdpr copyright reserved rights disclaimer",
    "comment": "comment comments commenting reply replies respond discussion",
    "related": "related recommended popular trending latest more read next previous prev also stories articles",
    "account": "login logout log sign account register password username profile",
    "nav": "menu home search navigation skip main content contact about sitemap back top close open toggle",
    "ad": "advertisement advertise advertising sponsored ad ads promoted partner affiliate",
    "media": "photo photos image images video videos caption credit getty gallery watch listen podcast",
    "time": "ago updated published posted am pm min mins minute minutes hour hours read "
            "january february march april may june july august september october november december "
            "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday",
    "byline": "by author authors written staff reporter editor contributor writer correspondent",
    "tags": "tags tag tagged filed category categories topics topic",
    "click": "click here learn download free buy shop now today offer deal deals price",
}
CONCEPT_NAMES = list(CONCEPTS)
# The same concepts' words in the other languages of rules.phrases.LANGUAGES (de fr es it pt nl pl ru),
# looked up with the English ones.
CONCEPTS_SPACED = {
    "share": "teilen geteilt partager partagez compartir compartilhar condividi delen udostępnij "
             "поделиться",
    "subscribe": "abonnieren abonnement newsletter abonnez suscríbete suscribirse iscriviti assine "
                 "abonneer subskrybuj подписаться подписка",
    "legal": "datenschutz datenschutzerklärung impressum nutzungsbedingungen agb urheberrecht "
             "confidentialité mentions légales privacidad privacy cookie informativa privacidade "
             "termos voorwaarden prywatności regulamin конфиденциальности",
    "comment": "kommentar kommentare kommentieren antworten antwort leserbriefe commentaire "
               "commentaires répondre comentario comentarios responder commento commenti rispondi "
               "comentários reactie reacties komentarz komentarze odpowiedz комментарии комментарий "
               "ответить",
    "related": "meistgelesen beliebt lesen weiterlesen artikel nächster vorheriger articles "
               "noticias relacionados leggi notizie leia notícias więcej czytaj читайте новости",
    "account": "anmelden abmelden einloggen registrieren konto passwort connexion connecter "
               "iniciar sesión contraseña accedi senha inloggen account zaloguj hasło "
               "войти вход регистрация",
    "nav": "startseite suche menü kontakt navigation schließen zurück oben accueil recherche "
           "fermer retour inicio buscar cerrar volver chiudi início pesquisar fechar "
           "voltar zoeken sluiten terug szukaj zamknij powrót главная поиск меню закрыть",
    "ad": "anzeige werbung gesponsert publicité sponsorisé publicidad patrocinado pubblicità "
          "sponsorizzato publicidade advertentie reklama реклама",
    "media": "foto fotos bild bilder bildergalerie galerie vidéo vidéos vídeo vídeos immagini "
             "immagine afbeelding zdjęcie zdjęcia wideo фото видео",
    "time": "uhr aktualisiert veröffentlicht minuten stunden publié actualizado publicado aggiornato "
            "pubblicato atualizado geleden bijgewerkt gepubliceerd temu zaktualizowano opublikowano "
            "назад обновлено опубликовано",
    "byline": "autor autorin redaktion auteur rédaction redacción redazione autore redação redactie "
              "autorka redakcja автор редакция",
    "tags": "schlagworte schlagwörter kategorie étiquettes thèmes catégorie etiquetas categoría "
            "argomenti categoria trefwoorden onderwerpen tagi kategoria теги рубрика",
    "click": "klicken kostenlos kaufen angebot gratuit gratis clicca gratuito kliknij tutaj darmowy "
             "нажмите здесь бесплатно",
}
# The same concepts in Chinese (simplified and traditional) and Japanese, found as substrings (no spaces
# mark their words): a line's hits count as its concept words.
CONCEPTS_UNSPACED = {
    "share": "分享 转发 轉發 微信 微博 朋友圈 シェア ツイート",
    "subscribe": "订阅 訂閱 关注我们 關注我們 購読 メルマガ",
    "legal": "版权 版權 隐私 隱私 免责 免責 转载 轉載 著作権 プライバシー 利用規約",
    "comment": "评论 評論 留言 回复 回覆 コメント 返信",
    "related": "相关 相關 推荐 推薦 热门 熱門 上一篇 下一篇 更多 関連 おすすめ ランキング",
    "account": "登录 登入 注册 註冊 ログイン ログアウト 会員登録",
    "nav": "首页 首頁 导航 導航 搜索 搜尋 网站地图 網站地圖 ホーム 検索 メニュー",
    "ad": "广告 廣告 赞助 贊助 広告 スポンサー",
    "media": "图片 圖片 视频 視頻 图注 圖說 写真 動画 画像",
    "time": "小时前 小時前 分钟前 分鐘前 发布 發布 发稿 時間前 配信",
    "byline": "记者 記者 作者 编辑 編輯 来源 來源",
    "tags": "标签 標籤 分类 分類 タグ カテゴリ",
    "click": "点击 點擊 下载 下載 免费 免費 クリック ダウンロード 無料",
}

_WORDBITS: dict[bytes, int] = {}
for _w in STOPWORDS:
    _WORDBITS[_w.encode()] = _WORDBITS.get(_w.encode(), 0) | 1
for _k, _name in enumerate(CONCEPT_NAMES):
    for _w in (CONCEPTS[_name] + " " + CONCEPTS_SPACED[_name]).split():
        _WORDBITS[_w.encode()] = _WORDBITS.get(_w.encode(), 0) | (1 << (_k + 1))
_NL = 1 << 30  # newline marker token
_WORDBITS[b"\x01"] = _NL  # the line-break token (newlines are replaced by " \x01 ")
_NBITS = 1 + len(CONCEPT_NAMES)
_HEAD, _TAIL = 64, 12  # long lines are read as their first _HEAD and last _TAIL characters
_SHIFTS = np.arange(_NBITS, dtype=np.int64)

# byte classes
_C_LOWER, _C_UPPER, _C_DIGIT, _C_SPACE, _C_TERM, _C_COMMA, _C_PUNCT, _C_HIGH, _C_SEP, _C_NL = range(10)
_NCLS = 10
_LUT = np.full(256, _C_PUNCT, dtype=np.int32)
for _c in range(ord("a"), ord("z") + 1):
    _LUT[_c] = _C_LOWER
for _c in range(ord("A"), ord("Z") + 1):
    _LUT[_c] = _C_UPPER
for _c in range(ord("0"), ord("9") + 1):
    _LUT[_c] = _C_DIGIT
_LUT[ord(" ")] = _LUT[ord("\t")] = _C_SPACE
for _c in b".!?":
    _LUT[_c] = _C_TERM
_LUT[ord(",")] = _C_COMMA
for _c in b"|/>\\":
    _LUT[_c] = _C_SEP
_LUT[128:] = _C_HIGH
_LUT[ord("\n")] = _C_NL
_IS_UPPER = _LUT == _C_UPPER
_IS_TERM = np.zeros(256, dtype=bool)
for _c in b".!?":
    _IS_TERM[_c] = True
_IS_CLOSE = np.zeros(256, dtype=bool)
for _c in b"\"')]\x9d\x99":  # ASCII quotes/brackets, last byte of UTF-8 right quotes
    _IS_CLOSE[_c] = True
_IS_BULLET = np.zeros(256, dtype=bool)
for _c in b"-*\xe2\xc2+>#":  # '-', '*', UTF-8 lead byte of bullet/dash, '+', '>', '#'
    _IS_BULLET[_c] = True
_IS_DIGIT = _LUT == _C_DIGIT
# Per BMP code point: the words one character of an unspaced script counts for (lines.UNSPACED).
_PER_CHAR = np.zeros(0x10000)
for _lo, _hi, _ratio in UNSPACED:
    _PER_CHAR[_lo:_hi + 1] = 1.0 / _ratio
_IS_STOP_CHAR = np.zeros(0x10000)
_IS_STOP_CHAR[[ord(c) for c in STOP_CHARACTERS]] = 1.0
# what the word look-ups skip: unspaced characters (counted above) and CJK punctuation such as 。「」
_NOT_WORDS = re.compile(UNSPACED_CLASS.replace("[", "[\u3000-\u303f", 1) + "+")
_UNSPACED_CONCEPTS = [re.compile("|".join(CONCEPTS_UNSPACED[name].split())) for name in CONCEPT_NAMES]
_IDEO_STOP, _IDEO_COMMA = 0x3002, 0x3001  # 。 and 、: a full stop and a comma
# sentence ends in CJK punctuation (lines.TERMINAL), as code points
_CJK_TERMINAL = [[ord(c) for c in t] for t in TERMINAL if max(t) >= "\u3000"]
_CJK_MARK = re.compile("[\u3000-\u303f]")  # CJK punctuation, which holds every character of _CJK_TERMINAL


def _cjk(text: str) -> bool:
    """Whether the unspaced-script path reads ``text``: it holds an unspaced character or CJK punctuation (a page
    with 「」 or 。 alone reads so too, so that its features are the same alone and beside a Chinese page)."""
    return not text.isascii() and (has_unspaced(text) or _CJK_MARK.search(text) is not None)


_PUNCT2SPACE = bytes(c if (chr(c).isalnum() or c == 10 or c >= 128) else 32 for c in range(256))
# Lexical cohesion reads a line's first _COH_CHARS characters; its content words are those of 3 bytes
# or more that are neither function words nor numbers, and in unspaced scripts its character bigrams.
_COH_CHARS = 400
_IS_WORD_BYTE = np.ones(256, dtype=bool)
_IS_WORD_BYTE[[10, 32]] = False  # words are split at spaces and newlines
_HASH_POW = np.array([pow(0x100000001B3, k, 1 << 64) for k in range(32)], dtype=np.uint64)  # FNV's prime

BASE_NAMES = [
    "log_bytes", "log_words", "ends_term", "ends_colon", "upper_ratio", "digit_ratio",
    "punct_ratio", "high_ratio", "sep_ratio", "term_per_word", "comma_per_word", "capword_ratio",
    "stop_ratio", "avg_wordlen", "starts_upper", "starts_bullet", "starts_digit", "blank_before",
    "blank_after", "log_dup", "dup_earlier", "rel_pos", "rel_cpos", "prose",
] + ["c_" + n for n in CONCEPT_NAMES] + ["cf_" + n for n in CONCEPT_NAMES]
_COL = {name: i for i, name in enumerate(BASE_NAMES)}  # base features are filled by name
_CONCEPTS = [_COL["c_" + n] for n in CONCEPT_NAMES]
_CONCEPT_SHARES = [_COL["cf_" + n] for n in CONCEPT_NAMES]




_ZERO = np.zeros(1, dtype=np.intp)


@dataclass(frozen=True)
class Batch:
    """The non-empty lines of several pages, one after another, and where each page's rows are."""

    keeps: list            #: per page, the indices of its non-empty lines (rows in page order)
    bounds: list           #: per page with rows, (first row, one past its last row)
    page: np.ndarray       #: per row, the number of its page among those with rows
    pos: np.ndarray        #: per row, its place among its page's rows
    size: np.ndarray       #: per row, its page's row count
    lines_total: np.ndarray  #: per row, its page's line count (blank lines included)

    @property
    def rows(self) -> int:
        return int(self.pos.shape[0])

    @property
    def starts(self) -> np.ndarray:
        return np.array([s for s, _ in self.bounds], dtype=np.intp)

    def per_row(self, values) -> np.ndarray:
        """One value per page with rows, repeated over the page's rows."""
        return np.asarray(values)[self.page]


def _batch(pages: list) -> Batch:
    keeps = [list(compress(range(len(lines)), lines)) for lines in pages]  # renderer strips lines
    sizes = [len(k) for k in keeps]
    bounds, at = [], 0
    for m in sizes:
        if m:
            bounds.append((at, at + m))
            at += m
    counts = np.array([m for m in sizes if m], dtype=np.intp)
    page = np.repeat(np.arange(counts.shape[0]), counts)
    first = np.repeat(np.array([s for s, _ in bounds], dtype=np.intp), counts)
    total = np.repeat(np.array([len(p) for p, m in zip(pages, sizes) if m], dtype=np.float64), counts)
    return Batch(keeps, bounds, page, np.arange(at) - first, counts[page].astype(np.float64), total)


# Sums over a page's rows are taken page by page, in the page's own order, so that a page's
# results do not depend on the pages beside it (a running sum across pages would round otherwise).

def _page_sums(x: np.ndarray, b: Batch) -> np.ndarray:
    """Per page with rows, the sum of x over its rows (``reduceat``: the rounding the model was trained with)."""
    return np.array([np.add.reduceat(x[s:e], _ZERO, axis=0)[0] for s, e in b.bounds]).reshape((len(b.bounds),) + x.shape[1:])


def _cumsums(x: np.ndarray, b: Batch) -> np.ndarray:
    """Running sums of x down each page (from its first row)."""
    out = np.empty_like(x)
    for s, e in b.bounds:
        np.cumsum(x[s:e], axis=0, out=out[s:e])
    return out


def _cum_excl(x: np.ndarray, b: Batch) -> np.ndarray:
    """Running sums of x down each page, excluding the row itself."""
    return _cumsums(x, b) - x


def _page_max(x: np.ndarray, b: Batch) -> np.ndarray:
    """Per row, the largest value of x on its page."""
    return b.per_row(np.maximum.reduceat(x, b.starts))


def _wmeans(x: np.ndarray, ks, b: Batch) -> list:
    """Means of x over windows [i-k, i+k] clipped to the page, one per k."""
    c = np.zeros((b.rows + len(b.bounds),) + x.shape[1:])
    for p, (s, e) in enumerate(b.bounds):  # page p's running sums, after a zero of its own
        np.cumsum(x[s:e], axis=0, out=c[s + p + 1:e + p + 1])
    base = b.per_row(np.array([s + p for p, (s, _) in enumerate(b.bounds)], dtype=np.intp)) if b.rows else b.pos
    i, n = b.pos, b.size.astype(np.intp)
    out = []
    for k in ks:
        lo = np.maximum(i - k, 0)
        hi = np.minimum(i + k + 1, n)
        d = (hi - lo).astype(np.float64)
        out.append((c[base + hi] - c[base + lo]) / (d if x.ndim == 1 else d[:, None]))
    return out


def _shifts(x: np.ndarray, ss, b: Batch) -> list:
    """For each s of ``ss``: y[i] = x[i - s] (s > 0: the line s above), 0.0 past the page's edges."""
    out = []
    rows = np.arange(b.rows)
    for s in ss:
        inside = (b.pos - s >= 0) & (b.pos - s < b.size)
        src = np.where(inside, rows - s, 0)
        y = x[src] if b.rows else x
        out.append(np.where(inside if x.ndim == 1 else inside[:, None], y, 0.0))
    return out


_FAR = 999  # the distance to a line that does not exist


def _nearest(mask: np.ndarray, b: Batch):
    """(log1p distance to the nearest row of the page with mask (999 if none), 1.0 where such rows
    exist both at-or-before and at-or-after the row, log1p distance to the next one, to the previous one)."""
    n = b.rows
    i = np.arange(n)
    idx = np.flatnonzero(mask)
    if idx.size == 0:
        nxt = np.full(n, n + _FAR)
        prv = np.full(n, -_FAR - 1)
    else:
        nxt = idx[np.minimum(np.searchsorted(idx, i), idx.size - 1)]
        prv = idx[np.maximum(np.searchsorted(idx, i, side="right") - 1, 0)]
    start = i - b.pos
    okn = (nxt >= i) & (nxt < start + b.size)
    okp = (prv <= i) & (prv >= start)
    dn = np.where(okn, nxt - i, _FAR).astype(np.float64)
    dp = np.where(okp, i - prv, _FAR).astype(np.float64)
    return (portable.log1p(np.minimum(dn, dp)), (okn & okp).astype(np.float64),
            portable.log1p(dn), portable.log1p(dp))


def _base_features(pages: list) -> tuple[Batch, np.ndarray, np.ndarray, tuple]:
    """The batch, the base features of its rows [rows, len(BASE_NAMES)], their lengths in characters
    and their content words (:func:`_lexicon`)."""
    b = _batch(pages)
    m = b.rows
    if m == 0:
        return b, np.zeros((0, len(BASE_NAMES))), np.zeros(0), _lexicon([])
    ne = [pages_line for lines, keep in zip(pages, b.keeps) for pages_line in map(lines.__getitem__, keep)]
    nchars = np.fromiter(map(len, ne), dtype=np.float64, count=m)
    # Shape statistics are ratios, so long lines are only read in part: the first
    # _HEAD and last _TAIL characters (keeps the line ending); this bounds the work per line.
    lim = _HEAD + _TAIL
    tr = [l if len(l) <= lim else l[:_HEAD] + " " + l[-_TAIL:] for l in ne]
    text = "\n".join(tr)
    blob = text.encode("utf-8", "replace")
    arr = np.frombuffer(blob, dtype=np.uint8)
    nl = np.flatnonzero(arr == 10)
    starts = np.concatenate(([0], nl + 1))
    ends = np.concatenate((nl, [arr.shape[0]]))  # exclusive
    nbytes = (ends - starts).astype(np.float64)   # bytes of the (truncated) line
    scale_up = np.maximum(nchars / (lim + 1), 1.0)

    # byte-class counts per line
    cls = _LUT[arr]
    lid = np.cumsum(arr == 10, dtype=np.int32)  # a newline byte counts in the next line (class _C_NL)
    cnt = np.bincount(lid * _NCLS + cls, minlength=m * _NCLS).reshape(m, _NCLS).astype(np.float64)
    letters = cnt[:, _C_LOWER] + cnt[:, _C_UPPER]

    # the last bytes of a line (looking back no further than its page's first byte)
    page_first = starts[b.per_row(b.starts)]
    last = arr[np.maximum(ends - 1, page_first)]
    last2 = arr[np.maximum(ends - 2, page_first)]
    last4 = arr[np.maximum(ends - 4, page_first)]
    ends_term = _IS_TERM[last] | (_IS_CLOSE[last] & (_IS_TERM[last2] | _IS_TERM[last4]))
    unspaced, stop_chars, stops, commas, unspaced_conc, tok_blob = _unspaced(text, m, ends_term)
    # a lead-in ends in ':' or in the full-width '：' (EF BC 9A) of Chinese and Japanese, when not repaired to ':'
    last3 = arr[np.maximum(ends - 3, page_first)]
    ends_colon = (last == 58) | ((last == 0x9A) & (last2 == 0xBC) & (last3 == 0xEF))
    first = arr[np.minimum(starts, arr.shape[0] - 1)]

    # word-level: stop words and debris concepts (bit masks), one dict lookup per word
    toks = tok_blob.lower().translate(_PUNCT2SPACE).replace(b"\n", b" \x01 ").split()
    bits = np.fromiter(chain((_NL,), map(_WORDBITS.get, toks, repeat(0))), dtype=np.int64,
                       count=len(toks) + 1)
    wseg = np.flatnonzero(bits == _NL)  # one segment per line, each starting at its marker
    seglen = np.diff(np.concatenate((wseg, [bits.shape[0]])))
    nwords_t = seglen.astype(np.float64) - 1.0 + unspaced  # words in the (truncated) line
    nwords = nwords_t * scale_up                     # estimated words in the whole line
    bits[wseg] = 0
    tokline = np.repeat(np.arange(m), seglen)
    stop = np.bincount(tokline, weights=(bits & 1).astype(np.float64), minlength=m) + stop_chars
    nc = len(CONCEPT_NAMES)
    nz = np.flatnonzero(bits > 1)
    cb = ((bits[nz, None] >> _SHIFTS[1:]) & 1).astype(np.float64)
    conc = np.bincount((tokline[nz, None] * nc + np.arange(nc)).ravel(), weights=cb.ravel(),
                       minlength=m * nc).reshape(m, nc) + unspaced_conc
    wd = np.maximum(nwords_t, 1.0)

    # repetition within the page
    keyed = list(zip(b.page.tolist(), ne))
    counts = Counter(keyed)
    ndup = np.fromiter(map(counts.__getitem__, keyed), dtype=np.float64, count=m)
    firsts = dict(zip(reversed(keyed), range(m - 1, -1, -1)))  # (page, line) -> first occurrence
    dup_earlier = np.fromiter(map(firsts.__getitem__, keyed), dtype=np.int64, count=m) != np.arange(m)

    # blank lines around (block boundaries in the rendered text)
    ka = np.fromiter(chain.from_iterable(b.keeps), dtype=np.int64, count=m)
    top, bottom = b.pos == 0, b.pos == b.size - 1
    gap = np.ones(m, dtype=bool)
    gap[1:] = (ka[1:] - ka[:-1]) > 1
    blank_before = np.where(top, ka > 0, gap).astype(np.float64)
    after = np.ones(m, dtype=bool)
    after[:-1] = gap[1:]
    blank_after = np.where(bottom, ka < b.lines_total - 1, after).astype(np.float64)

    prose = ((nwords >= 10) & ends_term) | (nwords >= 25)

    F = np.empty((m, len(BASE_NAMES)))
    F[:, _COL["log_bytes"]] = portable.log1p(nchars)
    F[:, _COL["log_words"]] = portable.log1p(nwords)
    F[:, _COL["ends_term"]] = ends_term
    F[:, _COL["ends_colon"]] = ends_colon
    F[:, _COL["upper_ratio"]] = cnt[:, _C_UPPER] / np.maximum(letters, 1.0)
    F[:, _COL["digit_ratio"]] = cnt[:, _C_DIGIT] / np.maximum(nbytes, 1.0)
    F[:, _COL["punct_ratio"]] = (cnt[:, _C_PUNCT] + cnt[:, _C_COMMA] + cnt[:, _C_TERM]) / np.maximum(nbytes, 1.0)
    F[:, _COL["high_ratio"]] = cnt[:, _C_HIGH] / np.maximum(nbytes, 1.0)
    F[:, _COL["sep_ratio"]] = np.minimum(cnt[:, _C_SEP] / wd, 1.0)
    F[:, _COL["term_per_word"]] = np.minimum((cnt[:, _C_TERM] + stops) / wd, 1.0)
    F[:, _COL["comma_per_word"]] = np.minimum((cnt[:, _C_COMMA] + commas) / wd, 1.0)
    F[:, _COL["capword_ratio"]] = 0.0  # dropped for speed (no measurable value), slot kept
    F[:, _COL["stop_ratio"]] = stop / wd
    F[:, _COL["avg_wordlen"]] = np.minimum(letters / wd, 20.0) / 10.0
    F[:, _COL["starts_upper"]] = _IS_UPPER[first]
    F[:, _COL["starts_bullet"]] = _IS_BULLET[first]
    F[:, _COL["starts_digit"]] = _IS_DIGIT[first]
    F[:, _COL["blank_before"]] = blank_before
    F[:, _COL["blank_after"]] = blank_after
    F[:, _COL["log_dup"]] = portable.log(ndup)
    F[:, _COL["dup_earlier"]] = dup_earlier
    F[:, _COL["rel_pos"]] = b.pos / np.maximum(b.size - 1.0, 1.0)
    F[:, _COL["rel_cpos"]] = _cum_excl(nchars, b) / np.maximum(b.per_row(_page_sums(nchars, b)), 1.0)
    F[:, _COL["prose"]] = prose
    F[:, _CONCEPTS] = conc > 0
    F[:, _CONCEPT_SHARES] = conc / wd[:, None]
    return b, F, nchars, _lexicon(ne)


def _lexicon(ne: list) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (row, word) pairs of the rows' content words (see _COH_CHARS), as two arrays sorted by word, and
    by row within a word; a word is a 64-bit integer hash of its bytes (integer arithmetic: the same on any CPU)."""
    text = "\n".join([line[:_COH_CHARS] for line in ne]).lower()
    rows, words = [], []
    if _cjk(text):
        cp = np.frombuffer(text.encode("utf-32-le", "replace"), dtype=np.uint32).astype(np.uint64)
        unspaced = _PER_CHAR[np.minimum(cp, 0xFFFF)] > 0
        at = np.flatnonzero(unspaced[:-1] & unspaced[1:])
        rows.append(np.cumsum(cp == 10)[at])
        words.append((cp[at] << np.uint64(21)) | cp[at + 1] | np.uint64(1 << 62))  # a bigram's own number
        text = _NOT_WORDS.sub(" ", text)
    buf = np.frombuffer(text.encode("utf-8", "replace").translate(_PUNCT2SPACE), dtype=np.uint8)
    row, h, length, digits = _hash_words(buf)
    ok = (length >= 3) & (digits < length) & (_STOP_HASHES[np.searchsorted(_STOP_HASHES, h) % _STOP_HASHES.shape[0]] != h)
    row, word = np.concatenate([row[ok]] + rows), np.concatenate([h[ok]] + words)
    if rows:  # the bigrams come after the words: back to line order
        order = np.argsort(row, kind="stable")
        row, word = row[order], word[order]
    order = np.argsort(word, kind="stable")  # one sort: a word's lines stay in order, a line's repeats side by side
    row, word = row[order], word[order]
    new = np.ones(row.shape[0], dtype=bool)
    new[1:] = (row[1:] != row[:-1]) | (word[1:] != word[:-1])
    return row[new], word[new]


def _hash_words(buf: np.ndarray):
    """Per space-separated word of the UTF-8 bytes ``buf`` (lines separated by newlines): its line, a hash of
    its bytes (a polynomial modulo 2**64), its length in bytes and its count of ASCII digits."""
    nl = np.flatnonzero(buf == 10)
    idx = np.flatnonzero(_IS_WORD_BYTE[buf])
    if not idx.size:
        z = np.zeros(0, dtype=np.int64)
        return z, z.astype(np.uint64), z, z
    start = np.ones(idx.shape[0], dtype=bool)
    start[1:] = idx[1:] != idx[:-1] + 1
    first = np.flatnonzero(start)
    length = np.diff(np.append(first, idx.shape[0]))
    pos = np.arange(idx.shape[0]) - np.repeat(first, length)
    byte = buf[idx]
    h = np.add.reduceat(byte * _HASH_POW[np.minimum(pos, _HASH_POW.shape[0] - 1)], first)
    digits = np.add.reduceat(_IS_DIGIT[byte].astype(np.int32), first)
    return np.searchsorted(nl, idx[first]), h, length, digits


def _unspaced(text: str, m: int, ends_term: np.ndarray):
    """Per line of ``text`` (``m`` lines): the words its characters of unspaced scripts count for, its
    function characters (STOP_CHARACTERS), its ideographic full stops and commas, its concept words
    (CONCEPTS_UNSPACED, a column per concept), and (in place) ``ends_term`` for a line that ends in one; and the
    text as UTF-8 with those characters as spaces, for the word look-ups. Zeros and the text itself for
    a text without unspaced characters."""
    zeros = np.zeros(m)
    if not _cjk(text):
        return zeros, zeros, zeros, zeros, 0.0, text.encode()
    cp = np.frombuffer(text.encode("utf-32-le", "replace"), dtype=np.uint32)
    line = np.cumsum(cp == 10)
    bmp = np.minimum(cp, 0xFFFF)
    words = np.bincount(line, weights=_PER_CHAR[bmp], minlength=m)
    stop_chars = np.bincount(line, weights=_IS_STOP_CHAR[bmp], minlength=m)
    stops = np.bincount(line, weights=cp == _IDEO_STOP, minlength=m)
    commas = np.bincount(line, weights=cp == _IDEO_COMMA, minlength=m)
    ends = np.concatenate((np.flatnonzero(cp == 10), [cp.shape[0]]))  # lines are not empty
    for ending in _CJK_TERMINAL:
        hit = np.ones(m, dtype=bool)
        for k, c in enumerate(reversed(ending), start=1):
            hit &= cp[np.maximum(ends - k, 0)] == c
        ends_term |= hit
    breaks = ends[:-1]
    concepts = np.zeros((m, len(CONCEPT_NAMES)))
    for k, concept in enumerate(_UNSPACED_CONCEPTS):
        at = [hit.start() for hit in concept.finditer(text)]
        if at:
            concepts[:, k] = np.bincount(np.searchsorted(breaks, at), minlength=m)
    return words, stop_chars, stops, commas, concepts, _NOT_WORDS.sub(" ", text).encode("utf-8", "replace")


# the function words' hashes (those with a space or an apostrophe are never one word of a line)
_STOP_HASHES = np.unique(_hash_words(np.frombuffer(" ".join(w for w in STOPWORDS if w.isalnum()).encode(),
                                                   dtype=np.uint8))[1])

# indices into BASE_NAMES used for context windows / neighbours
_CTX = [_COL[n] for n in
        ("log_bytes", "log_words", "ends_term", "stop_ratio", "prose", "punct_ratio",
         "starts_bullet")]
_NEIGH2 = [_COL[n] for n in
           ("log_bytes", "ends_term", "stop_ratio", "prose", "starts_bullet", "dup_earlier", "ends_colon")]
_NEIGH = _NEIGH2 + _CONCEPTS
_PROSE, _BLANK_BEFORE, _BLANK_AFTER = (_COL[n] for n in ("prose", "blank_before", "blank_after"))
_WINDOWS = (1, 2, 5, 12)
_EXTRA = ("prose_before", "prose_after", "dist_dense", "dist_prose", "inside_prose", "before_x_after")
_PAGE = ("page_lines", "page_prose", "bytes_vs_longest", "page_prose_bytes", "density", "dist_densest",
         "page_layout")
# lexical cohesion (share of a line's content words found in the page's other prose lines, in those of its
# densest part, and the same over +-2 and +-5 lines) and the run of short lines a line sits in
_COHESION = ("coh_prose", "coh_core", "coh_prose@w2", "coh_core@w2", "coh_prose@w5", "coh_core@w5",
             "short_run", "short_run_after_colon")

#: The name of every stage-1 feature, in the order of the matrix's columns.
FEATURE_NAMES = (
    list(BASE_NAMES)
    + [f"{BASE_NAMES[j]}@w{k}" for k in _WINDOWS for j in _CTX]
    + [f"{BASE_NAMES[j]}@{s:+d}" for s in (1, -1) for j in _NEIGH]
    + [f"{BASE_NAMES[j]}@{s:+d}" for s in (2, -2) for j in _NEIGH2]
    + list(_EXTRA) + list(_PAGE) + list(_COHESION)
)
_P_SHIFTS = (1, -1, 2, -2, 3, -3)
#: The stage-2 inputs added to the stage-1 features, in order.
STAGE2_NAMES = (
    ["p", "logit_p"] + [f"p@w{k}" for k in _WINDOWS] + [f"p@{s:+d}" for s in _P_SHIFTS]
    + ["p_before", "p_after", "p_page_mean", "p_page_max", "p_running_max", "p_running_max_rev",
       "dist_next_sure", "dist_prev_sure", "inside_sure"]
)


def _context(F: np.ndarray, nchars: np.ndarray, lexicon: tuple, b: Batch) -> list:
    """The stage-1 matrix as column blocks: F, then context features (windows, neighbours,
    page-level block statistics). Every feature lies within +-32 (lengths and counts enter as
    logarithms), as :func:`portable.exact_matmul` needs."""
    n = b.size
    parts = _wmeans(F[:, _CTX], _WINDOWS, b)
    parts += _shifts(F[:, _NEIGH], (1, -1), b) + _shifts(F[:, _NEIGH2], (2, -2), b)
    prose = F[:, _PROSE]
    pm = prose * nchars  # characters of "prose" lines
    pm_total = b.per_row(_page_sums(pm, b))
    tot = np.maximum(pm_total, 1.0)
    before = _cum_excl(pm, b) / tot
    after = 1.0 - (_cum_excl(pm, b) + pm) / tot
    # densest block: prose bytes in a +-5 window; its first arg-max
    dens = _wmeans(pm, (5,), b)[0]
    dmax = _page_max(dens, b)
    at_max = np.flatnonzero(dens == dmax)
    densest = at_max[np.searchsorted(at_max, np.arange(b.rows) - b.pos)]  # the first on each page
    dist_dense = (np.arange(b.rows) - densest) / n
    d_prose, inside, _, _ = _nearest(prose > 0, b)
    log_bytes = F[:, _COL["log_bytes"]]
    page = {
        "page_lines": portable.log1p(n),
        "page_prose": b.per_row(_page_sums(prose, b)) / n,
        "bytes_vs_longest": log_bytes - _page_max(log_bytes, b),
        "page_prose_bytes": portable.log1p(pm_total),
        "density": dens / np.maximum(dmax, 1.0),
        "dist_densest": np.abs(dist_dense),
        # layout: share of the page's lines that stand alone between blank lines (1.0 on a page laid
        # out as the cleaner's own output, rare on scraped pages)
        "page_layout": b.per_row(_page_sums(F[:, _BLANK_BEFORE] * F[:, _BLANK_AFTER], b)) / n,
    }
    extra = {"prose_before": before, "prose_after": after, "dist_dense": dist_dense, "dist_prose": d_prose,
             "inside_prose": inside, "before_x_after": before * after}
    extra, page = (np.stack([named[k] for k in order], axis=1) for named, order in ((extra, _EXTRA), (page, _PAGE)))
    core = (prose > 0) & (dens * 2.0 >= dmax) & (dmax > 0)
    return [F] + parts + [extra, page, _cohesion(lexicon, prose > 0, core, F[:, _COL["ends_colon"]] > 0, b)]


def _cohesion(lexicon: tuple, prose: np.ndarray, core: np.ndarray, colon: np.ndarray, b: Batch) -> np.ndarray:
    """The _COHESION columns. A page's own list or table shares its words with its article; a menu, a list
    of other stories' headlines or a footer does not. All counts are integers (exact in any order)."""
    row, word = lexicon
    m = b.rows
    cols = {}
    words = np.bincount(row, minlength=m).astype(np.float64)
    if row.size:
        page = b.page[row]  # the lexicon is sorted by word, then row: a word's lines on one page stand together
        new = np.ones(row.shape[0], dtype=bool)
        new[1:] = (page[1:] != page[:-1]) | (word[1:] != word[:-1])
        inv = np.cumsum(new) - 1  # a word on one page: one group
        hits = []
        for ref in (prose, core):
            elsewhere = np.bincount(inv, weights=ref[row])[inv] - ref[row]  # the reference lines but this one
            hits.append(np.bincount(row, weights=elsewhere > 0, minlength=m))
    else:
        hits = [np.zeros(m), np.zeros(m)]
    counts = np.stack(hits + [words], axis=1)
    cols["coh_prose"], cols["coh_core"] = (h / np.maximum(words, 1.0) for h in hits)
    for k, mean in zip((2, 5), _wmeans(counts, (2, 5), b)):
        total = np.maximum(mean[:, 2], 1e-9)
        cols[f"coh_prose@w{k}"], cols[f"coh_core@w{k}"] = mean[:, 0] / total, mean[:, 1] / total
    # runs of short lines (neither prose nor a lead-in ending in ':'), and whether a lead-in opens the run
    short = ~prose & ~colon
    first = short & ((b.pos == 0) | ~np.concatenate(([False], short[:-1])))
    run = np.cumsum(first) * short  # the run's number (from 1), 0 off runs
    length = np.bincount(run, minlength=int(run.max(initial=0)) + 1).astype(np.float64)
    length[0] = 0.0
    lead = np.zeros(length.shape[0])
    starts = np.flatnonzero(first)
    lead[run[starts]] = np.where(b.pos[starts] > 0, colon[np.maximum(starts - 1, 0)], False)
    cols["short_run"] = portable.log1p(length[run])
    cols["short_run_after_colon"] = lead[run]
    return np.stack([cols[name] for name in _COHESION], axis=1)


def _feature_blocks(pages: list) -> tuple[Batch, list]:
    b, F, nchars, lexicon = _base_features(pages)
    return b, (_context(F, nchars, lexicon, b) if b.rows else [np.zeros((0, len(FEATURE_NAMES)))])


def features_batch(pages: list) -> tuple[Batch, np.ndarray]:
    """The batch of ``pages`` (each a list of line texts) and the stage-1 features of its rows."""
    b, blocks = _feature_blocks(pages)
    return b, np.concatenate(blocks, axis=1)


def features(lines: list[str]):
    """(indices of the page's non-empty lines, their stage-1 feature matrix): one page, for training."""
    b, X = features_batch([lines])
    return b.keeps[0], X


def _stage2(p: np.ndarray, b: Batch) -> np.ndarray:
    """Stage-2 extra inputs: neighbourhood statistics of the stage-1 probability p1 on its page
    (stage 2 sees [stage-1 features, these])."""
    n = b.size
    pc = np.clip(p, 1e-4, 1 - 1e-4)
    lp = portable.log(pc / (1 - pc))
    total = b.per_row(_page_sums(p, b))
    tot = np.maximum(total, 1e-9)
    cb = _cum_excl(p, b)
    running, reverse = np.empty_like(p), np.empty_like(p)
    for s, e in b.bounds:
        np.maximum.accumulate(p[s:e], out=running[s:e])
        reverse[s:e] = np.maximum.accumulate(p[s:e][::-1])[::-1]
    _, inside, d_next, d_prev = _nearest(p >= 0.5, b)  # nearest confident lines, inside their span
    cols = {"p": p, "logit_p": lp, "p_before": cb / tot, "p_after": 1.0 - (cb + p) / tot, "p_page_mean": total / n,
            "p_page_max": _page_max(p, b), "p_running_max": running, "p_running_max_rev": reverse,
            "dist_next_sure": d_next, "dist_prev_sure": d_prev, "inside_sure": inside}
    cols |= {f"p@w{k}": mean for k, mean in zip(_WINDOWS, _wmeans(p, _WINDOWS, b))}
    cols |= {f"p@{s:+d}": shifted for s, shifted in zip(_P_SHIFTS, _shifts(p, _P_SHIFTS, b))}
    return np.stack([cols[name] for name in STAGE2_NAMES], axis=1)


def stage2_features(p: np.ndarray) -> np.ndarray:
    """:func:`_stage2` for the rows of one page (training)."""
    return _stage2(p, _batch([["x"] * p.shape[0]]))


def mlp(X: np.ndarray, net: dict) -> np.ndarray:
    """Reference forward pass (training, and the test of the fast one): standardise, dense ReLU
    layers, sigmoid output; plain float products."""
    h = (X - net["mean"]) / net["scale"]
    layers = net["layers"]
    for k, (W, b) in enumerate(layers):
        h = h @ W + b
        if k < len(layers) - 1:
            np.maximum(h, 0.0, out=h)
    return 1.0 / (1.0 + np.exp(-np.clip(h[:, 0], -30, 30)))


def net_from_dict(d: dict) -> dict:
    """A stage's JSON (mean, scale, layers) as numpy arrays."""
    return {"mean": np.array(d["mean"]), "scale": np.array(d["scale"]),
            "layers": [(np.array(W, dtype=np.float64).reshape(len(W), -1), np.array(b)) for W, b in d["layers"]]}


class ModelError(ValueError):
    """Weights that do not fit this classifier's features."""


@dataclass(frozen=True)
class BodyModel:
    """The body classifier ready for inference.

    Standardisation is folded into the first layer of each stage, and stage 2 (a logistic
    regression over [stage-1 features, p1 statistics]) shares the stage-1 first-layer product:
    first = [W1 / scale1 | a_X / scale2_X], as fixed-point weights (exact products).
    """

    threshold: float
    first: portable.FixedWeights   #: [features, hidden + 1]: stage 1's first layer and stage 2's stage-1 part
    first_bias: np.ndarray
    hidden: int                    #: units of stage 1's first layer
    rest: tuple                    #: stage 1's later layers, ((W, b), ...)
    stage2_extra: np.ndarray | None  #: stage 2's weights of the STAGE2_NAMES inputs (None: no stage 2)
    stage1: dict                   #: the stage nets as trained (for :func:`mlp`)
    stage2: dict | None

    @classmethod
    def from_dict(cls, raw: dict) -> "BodyModel":
        names = raw.get("features")
        if names != BASE_NAMES:
            raise ModelError(f"the model's base features {names!r} are not this classifier's {BASE_NAMES!r}")
        s1 = net_from_dict(raw["stage1"])
        W1, b1 = s1["layers"][0]
        if W1.shape[0] != len(FEATURE_NAMES):
            raise ModelError(f"the model's first layer takes {W1.shape[0]} features; the classifier makes "
                             f"{len(FEATURE_NAMES)}")
        W1f = W1 / s1["scale"][:, None]
        b1f = b1 - portable.dot(s1["mean"] / s1["scale"], W1)
        s2 = net_from_dict(raw["stage2"]) if raw.get("stage2") else None
        if s2 is None:
            first, bias, extra = W1f, b1f, None
        else:
            if len(s2["layers"]) != 1 or s2["mean"].shape[0] != len(FEATURE_NAMES) + len(STAGE2_NAMES):
                raise ModelError("stage 2 must be a logistic regression over the stage-1 and stage-2 features")
            a, c = s2["layers"][0]
            af = a[:, 0] / s2["scale"]
            cf = float(c[0] - portable.dot(s2["mean"] / s2["scale"], a[:, 0]))
            nf = W1.shape[0]
            first = np.concatenate([W1f, af[:nf, None]], axis=1)
            bias, extra = np.concatenate([b1f, [cf]]), af[nf:]
        return cls(float(raw.get("threshold", 0.5)), portable.FixedWeights(first), bias, W1.shape[1],
                   tuple(s1["layers"][1:]), extra, s1, s2)


def weights_from_dict(raw: dict) -> BodyModel:
    return BodyModel.from_dict(raw)


def probabilities(b: Batch, X, model: BodyModel) -> np.ndarray:
    """The body probability of every row of the batch (the same bits for a page alone or in any
    batch), from its stage-1 features ``X`` (a matrix, or its column blocks)."""
    H = portable.exact_matmul(X, model.first) + model.first_bias
    k = model.hidden
    if model.rest:
        h = H[:, :k]
        for W, bias in model.rest:
            h = portable.dot(np.maximum(h, 0.0), W) + bias
        z = h[:, 0]
    else:
        z = H[:, 0]
    p = portable.sigmoid(z)
    if model.stage2_extra is not None:
        p = portable.sigmoid(H[:, k] + portable.dot(_stage2(p, b), model.stage2_extra))
    return p


def predict(pages: list, model: BodyModel) -> list:
    """Per page (a list of line texts): (indices of its non-empty lines, their body probabilities)."""
    b, blocks = _feature_blocks(pages)
    p = probabilities(b, blocks, model) if b.rows else np.zeros(0)
    out, bounds = [], iter(b.bounds)
    for keep in b.keeps:
        if keep:
            s, e = next(bounds)
            out.append((keep, p[s:e]))
        else:
            out.append((keep, np.zeros(0)))
    return out
