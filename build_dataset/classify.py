"""Line-level boilerplate classifier for plain-text web pages (pure Python + numpy).

    w = weights_from_dict(json.load(f))     # the shipped model: build_dataset/data/body_model.json
    keep, p = predict_nonempty(lines, w)     # the non-empty lines, the body probability of each

Pipeline (vectorised with numpy over one page, no per-character Python loops):
  1. `features(lines)` builds a feature matrix for the NON-EMPTY lines:
     per-line shape (bytes, words, terminal punctuation, capitalisation, digits,
     punctuation, stop-word density, list/link shape, debris-concept word
     lists, repetition, position, blank-line boundaries) plus context features
     (the same quantities smoothed over +-1/2/5 line windows, neighbours,
     distance to the densest text block, share of the page's "prose" mass
     before/after the line).
  2. stage 1: a small MLP (standardised inputs, ReLU, sigmoid output) -> p1.
  3. stage 2: a logistic regression over the stage-1 features plus neighbourhood
     statistics of p1 (windows, neighbours, cumulative mass) -> p2.

Pages are scored one at a time: scoring several pages in one matrix is faster, but its float
results depend on which pages share a batch, and a page's result must not. Long lines are read
as their first 64 and last 12 characters for the ratio/word features (length uses the full line).
The cleaner (clean.body_mask) turns the probabilities into body lines.

Weights are a plain JSON file (training/train_body_model.py); no sklearn/pickle at inference.
"""
from __future__ import annotations

from collections import Counter
from itertools import chain, compress, repeat

import numpy as np

# ---------------------------------------------------------------- word lists
STOPWORDS = (
    "a about after all also an and any are as at be because been but by can could "
    "did do does for from had has have he her his how i if in into is it its just "
    "may more most my no not of on one only or other our out over she so some such "
    "than that the their them then there these they this those to up was we were "
    "what when where which while who will with would you your"
).split()

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

_WORDBITS: dict[bytes, int] = {}
for _w in STOPWORDS:
    _WORDBITS[_w.encode()] = _WORDBITS.get(_w.encode(), 0) | 1
for _k, _name in enumerate(CONCEPT_NAMES):
    for _w in CONCEPTS[_name].split():
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
_PUNCT2SPACE = bytes(c if (chr(c).isalnum() or c == 10 or c >= 128) else 32 for c in range(256))

BASE_NAMES = [
    "log_bytes", "log_words", "ends_term", "ends_colon", "upper_ratio", "digit_ratio",
    "punct_ratio", "high_ratio", "sep_ratio", "term_per_word", "comma_per_word", "capword_ratio",
    "stop_ratio", "avg_wordlen", "starts_upper", "starts_bullet", "starts_digit", "blank_before",
    "blank_after", "log_dup", "dup_earlier", "rel_pos", "rel_cpos", "prose",
] + ["c_" + n for n in CONCEPT_NAMES] + ["cf_" + n for n in CONCEPT_NAMES]


_ZERO = np.zeros(1, dtype=np.intp)


def _total(x):
    """Sum of x over the page's rows (``reduceat``, whose rounding the shipped model was trained with)."""
    return np.add.reduceat(x, _ZERO, axis=0)[0]


def _cum_excl(x):
    """Cumulative sum of x down the page, excluding the row itself."""
    return np.cumsum(x, axis=0) - x


def _wmeans(x, ks) -> list:
    """Means of x over windows [i-k, i+k] clipped to the page, one per k."""
    n = x.shape[0]
    c = np.concatenate((np.zeros((1,) + x.shape[1:]), np.cumsum(x, axis=0)))
    i = np.arange(n)
    k = np.asarray(ks)[:, None]
    lo = np.maximum(i - k, 0)           # [len(ks), n]
    hi = np.minimum(i + k + 1, n)
    d = (hi - lo).astype(np.float64)
    means = (c[hi] - c[lo]) / (d if x.ndim == 1 else d[:, :, None])
    return list(means)


def _shifts(x, ss) -> list:
    """For each s of ``ss``: y[i] = x[i - s] (s > 0: the line s above), 0.0 past the page's edges.

    The shifted copies are views of one zero-padded column-major array: column-major like the
    columns picked out of F (``F[:, idx]``), because BLAS rounds a product differently by layout,
    and the classifier's probabilities are kept bit for bit.
    """
    n, m = x.shape[0], max(abs(s) for s in ss)
    padded = np.zeros((n + 2 * m,) + x.shape[1:], order="F")
    padded[m:m + n] = x
    return [padded[m - s:m - s + n] for s in ss]


def _nearest(mask):
    """(log1p distance to the nearest row with mask (999 if none), 1.0 where such rows exist both
    at-or-before and at-or-after the row, log1p distance to the next one, to the previous one)."""
    n = mask.shape[0]
    idx = np.flatnonzero(mask)
    if idx.size == 0:
        far = np.full(n, np.log1p(999))
        return far, np.zeros(n), far, far
    i = np.arange(n)
    nxt = idx[np.minimum(np.searchsorted(idx, i), idx.size - 1)]
    prv = idx[np.maximum(np.searchsorted(idx, i, side="right") - 1, 0)]
    okn = nxt >= i
    okp = prv <= i
    dn = np.where(okn, nxt - i, 999)
    dp = np.where(okp, i - prv, 999)
    return (np.log1p(np.minimum(dn, dp)), (okn & okp).astype(np.float64),
            np.log1p(dn), np.log1p(dp))


def _page_features(lines: list[str]):
    """(indices of the page's non-empty lines, their base features [rows, len(BASE_NAMES)])."""
    keep = list(compress(range(len(lines)), lines))  # renderer strips lines
    m = len(keep)
    if m == 0:
        return keep, np.zeros((0, len(BASE_NAMES)))
    ne = [lines[i] for i in keep]
    nchars = np.fromiter(map(len, ne), dtype=np.float64, count=m)
    # Shape statistics are ratios, so long lines are only read in part: the first
    # _HEAD and last _TAIL characters (keeps the line ending); this bounds the work per line.
    lim = _HEAD + _TAIL
    tr = [l if len(l) <= lim else l[:_HEAD] + " " + l[-_TAIL:] for l in ne]
    blob = "\n".join(tr).encode("utf-8", "replace")
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

    last = arr[np.maximum(ends - 1, 0)]
    last2 = arr[np.maximum(ends - 2, 0)]
    last4 = arr[np.maximum(ends - 4, 0)]
    ends_term = _IS_TERM[last] | (_IS_CLOSE[last] & (_IS_TERM[last2] | _IS_TERM[last4]))
    ends_colon = last == 58
    first = arr[np.minimum(starts, arr.shape[0] - 1)]

    # word-level: stop words and debris concepts (bit masks), one dict lookup per word
    toks = blob.lower().translate(_PUNCT2SPACE).replace(b"\n", b" \x01 ").split()
    bits = np.fromiter(chain((_NL,), map(_WORDBITS.get, toks, repeat(0))), dtype=np.int64,
                       count=len(toks) + 1)
    wseg = np.flatnonzero(bits == _NL)  # one segment per line, each starting at its marker
    seglen = np.diff(np.concatenate((wseg, [bits.shape[0]])))
    nwords_t = seglen.astype(np.float64) - 1.0       # words in the (truncated) line
    nwords = nwords_t * scale_up                     # estimated words in the whole line
    bits[wseg] = 0
    tokline = np.repeat(np.arange(m), seglen)
    stop = np.bincount(tokline, weights=(bits & 1).astype(np.float64), minlength=m)
    nc = len(CONCEPT_NAMES)
    nz = np.flatnonzero(bits > 1)
    cb = ((bits[nz, None] >> _SHIFTS[1:]) & 1).astype(np.float64)
    conc = np.bincount((tokline[nz, None] * nc + np.arange(nc)).ravel(), weights=cb.ravel(),
                       minlength=m * nc).reshape(m, nc)
    wd = np.maximum(nwords_t, 1.0)

    # repetition within the page
    counts = Counter(ne)
    ndup = np.fromiter(map(counts.__getitem__, ne), dtype=np.float64, count=m)
    firsts = dict(zip(reversed(ne), range(m - 1, -1, -1)))  # line -> first occurrence
    dup_earlier = np.fromiter(map(firsts.__getitem__, ne), dtype=np.int64, count=m) != np.arange(m)

    # blank lines around (block boundaries in the rendered text)
    ka = np.fromiter(keep, dtype=np.int64, count=m)
    blank_before = np.ones(m)
    blank_before[1:] = (ka[1:] - ka[:-1]) > 1
    blank_after = np.ones(m)
    blank_after[:-1] = blank_before[1:]
    blank_before[0] = ka[0] > 0
    blank_after[-1] = ka[-1] < len(lines) - 1

    prose = ((nwords >= 10) & ends_term) | (nwords >= 25)

    F = np.empty((m, len(BASE_NAMES)))
    F[:, 0] = np.log1p(nchars)
    F[:, 1] = np.log1p(nwords)
    F[:, 2] = ends_term
    F[:, 3] = ends_colon
    F[:, 4] = cnt[:, _C_UPPER] / np.maximum(letters, 1.0)
    F[:, 5] = cnt[:, _C_DIGIT] / np.maximum(nbytes, 1.0)
    F[:, 6] = (cnt[:, _C_PUNCT] + cnt[:, _C_COMMA] + cnt[:, _C_TERM]) / np.maximum(nbytes, 1.0)
    F[:, 7] = cnt[:, _C_HIGH] / np.maximum(nbytes, 1.0)
    F[:, 8] = np.minimum(cnt[:, _C_SEP] / wd, 1.0)
    F[:, 9] = np.minimum(cnt[:, _C_TERM] / wd, 1.0)
    F[:, 10] = np.minimum(cnt[:, _C_COMMA] / wd, 1.0)
    F[:, 11] = 0.0  # capword_ratio: dropped for speed (no measurable value), slot kept
    F[:, 12] = stop / wd
    F[:, 13] = np.minimum(letters / wd, 20.0) / 10.0
    F[:, 14] = _IS_UPPER[first]
    F[:, 15] = _IS_BULLET[first]
    F[:, 16] = _IS_DIGIT[first]
    F[:, 17] = blank_before
    F[:, 18] = blank_after
    F[:, 19] = np.log(ndup)
    F[:, 20] = dup_earlier
    F[:, 21] = np.arange(m) / max(m - 1.0, 1.0)
    F[:, 22] = _cum_excl(nchars) / max(_total(nchars), 1.0)
    F[:, 23] = prose
    F[:, 24:24 + nc] = conc > 0
    F[:, 24 + nc:24 + 2 * nc] = conc / wd[:, None]
    return keep, F


# indices into BASE_NAMES used for context windows / neighbours
_CTX = [BASE_NAMES.index(n) for n in
        ("log_bytes", "log_words", "ends_term", "stop_ratio", "prose", "punct_ratio",
         "starts_bullet")]
_NEIGH2 = [BASE_NAMES.index(n) for n in
           ("log_bytes", "ends_term", "stop_ratio", "prose", "starts_bullet", "dup_earlier", "ends_colon")]
_NEIGH = _NEIGH2 + [BASE_NAMES.index("c_" + n) for n in CONCEPT_NAMES]
_PROSE, _BLANK_BEFORE, _BLANK_AFTER = (BASE_NAMES.index(n) for n in ("prose", "blank_before", "blank_after"))


def _context(F: np.ndarray, A: np.ndarray | None = None) -> np.ndarray:
    """Append context features (windows, neighbours, page-level block statistics).

    With A given, return X @ A without materialising X (block-wise products)."""
    n = F.shape[0]
    C = F[:, _CTX]
    parts = _wmeans(C, (1, 2, 5, 12))
    near1, near2 = _shifts(F[:, _NEIGH], (1, -1)), _shifts(F[:, _NEIGH2], (2, -2))
    parts += near1 + near2
    prose = F[:, _PROSE]
    pm = prose * np.expm1(F[:, 0])          # bytes of "prose" lines
    pm_total = _total(pm)
    tot = max(pm_total, 1.0)
    before = _cum_excl(pm) / tot
    after = 1.0 - (_cum_excl(pm) + pm) / tot
    # densest block: prose bytes in a +-5 window; its first arg-max
    dens = _wmeans(pm, (5,))[0]
    dmax = dens.max()
    dist_dense = (np.arange(n) - np.flatnonzero(dens == dmax)[0]) / float(n)
    d_prose, inside, _, _ = _nearest(prose > 0)
    page = np.empty((n, 7))
    page[:, 0] = np.log1p(np.full(n, float(n)))
    page[:, 1] = _total(prose) / n
    page[:, 2] = F[:, 0] - F[:, 0].max()
    page[:, 3] = np.log1p(np.full(n, pm_total))
    page[:, 4] = dens / max(dmax, 1.0)
    page[:, 5] = np.abs(dist_dense)
    # layout: share of the page's lines that stand alone between blank lines (1.0 on a page laid
    # out as the cleaner's own output, rare on scraped pages)
    page[:, 6] = _total(F[:, _BLANK_BEFORE] * F[:, _BLANK_AFTER]) / n
    extra = np.stack([before, after, dist_dense, d_prose, inside, before * after], axis=1)
    blocks = [F] + parts + [extra, page]
    if A is None:
        return np.concatenate(blocks, axis=1)
    H = None
    o = 0
    for b in blocks:
        k = b.shape[1]
        h = b @ A[o:o + k]
        H = h if H is None else H.__iadd__(h)
        o += k
    return H


def features(lines: list[str]):
    """Return (indices of the non-empty lines, stage-1 feature matrix for them)."""
    keep, F = _page_features(lines)
    return keep, (_context(F) if keep else F)


def _stage2_features(p: np.ndarray) -> np.ndarray:
    """Stage-2 extra inputs: neighbourhood statistics of the stage-1 probability p1
    (stage 2 sees [stage-1 features, these])."""
    n = p.shape[0]
    pc = np.clip(p, 1e-4, 1 - 1e-4)
    lp = np.log(pc / (1 - pc))
    total = _total(p)
    tot = max(total, 1e-9)
    cb = _cum_excl(p)
    cols = [p, lp, *_wmeans(p, (1, 2, 5, 12)), *_shifts(p, (1, -1, 2, -2, 3, -3)),
            cb / tot, 1.0 - (cb + p) / tot, np.full(n, total / n), np.full(n, p.max()),
            np.maximum.accumulate(p),                # running max
            np.maximum.accumulate(p[::-1])[::-1]]    # reverse running max
    _, inside, d_next, d_prev = _nearest(p >= 0.5)  # nearest confident lines, inside their span
    cols += [d_next, d_prev, inside]
    return np.stack(cols, axis=1)


def _mlp(X: np.ndarray, net: dict) -> np.ndarray:
    """Reference forward pass: standardise, dense ReLU layers, sigmoid output."""
    h = (X - net["mean"]) / net["scale"]
    layers = net["layers"]
    for k, (W, b) in enumerate(layers):
        h = h @ W + b
        if k < len(layers) - 1:
            np.maximum(h, 0.0, out=h)
    return 1.0 / (1.0 + np.exp(-np.clip(h[:, 0], -30, 30)))


def _net(d: dict) -> dict:
    return {"mean": np.array(d["mean"]), "scale": np.array(d["scale"]),
            "layers": [(np.array(W, dtype=np.float64).reshape(len(W), -1), np.array(b)) for W, b in d["layers"]]}


def weights_from_dict(raw: dict) -> dict:
    """Numpy weights.  Standardisation is folded into the first layer of each stage,
    and stage 2 (a logistic regression over [stage-1 features, p1 statistics]) shares
    the stage-1 first-layer matmul: A = [W1 / scale1 | a_X / scale2_X]."""
    s1 = _net(raw["stage1"])
    w = {"stage1": s1, "threshold": float(raw.get("threshold", 0.5))}
    W1, b1 = s1["layers"][0]
    W1f = W1 / s1["scale"][:, None]
    b1f = b1 - (s1["mean"] / s1["scale"]) @ W1
    nf = W1.shape[0]
    if raw.get("stage2"):
        s2 = _net(raw["stage2"])
        w["stage2"] = s2
        assert len(s2["layers"]) == 1, "stage 2 must be a logistic regression"
        a, c = s2["layers"][0]
        af = a[:, 0] / s2["scale"]
        cf = float(c[0] - (s2["mean"] / s2["scale"]) @ a[:, 0])
        w["A"] = np.ascontiguousarray(np.concatenate([W1f, af[:nf, None]], axis=1))
        w["bA"] = np.concatenate([b1f, [cf]])
        w["s2_extra"] = af[nf:]
    else:
        w["stage2"] = None
        w["A"], w["bA"] = W1f, b1f
    w["rest"] = s1["layers"][1:]
    w["n_hidden1"] = W1.shape[1]
    return w


def predict_nonempty(lines: list[str], weights: dict):
    """Return (indices of non-empty lines, body probabilities for them)."""
    keep, F = _page_features(lines)
    if not keep:
        return keep, np.zeros(0)
    H = _context(F, weights["A"])  # == features @ A
    H += weights["bA"]
    k = weights["n_hidden1"]
    rest = weights["rest"]
    if rest:
        h = H[:, :k]
        for W, b in rest:
            np.maximum(h, 0.0, out=h)
            h = h @ W + b
        z = h[:, 0]
    else:
        z = H[:, 0]
    p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    if weights["stage2"] is not None:
        z2 = H[:, k] + _stage2_features(p) @ weights["s2_extra"]
        p = 1.0 / (1.0 + np.exp(-np.clip(z2, -30, 30)))
    return keep, p
