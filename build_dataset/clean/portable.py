"""Float arithmetic that gives the same bits on every CPU and for every batch shape.

numpy's ``+ - * /``, ``rint``, ``floor``, ``frexp`` and ``ldexp`` are exactly rounded (IEEE 754) and
never fused, so they agree everywhere. What does not: BLAS products (the kernel, the CPU and the
batch's shape decide the order of the additions, and whether they fuse) and the transcendental
functions (numpy and libm dispatch to SIMD or FMA versions by CPU). This module replaces both:

* :func:`exact_matmul` multiplies on fixed-point operands whose every product and partial sum is
  an integer below 2**53, so BLAS computes them without rounding, in any order;
* :func:`log` and :func:`exp` use only exactly rounded operations, in a fixed order;
* :func:`dot` sums products in a fixed order (for the small layers and the weights' folding).
"""

from __future__ import annotations

import numpy as np

_LN2_HI = 6.93147180369123816490e-01  # ln 2 in two parts: the high part times any exponent is exact
_LN2_LO = 1.90821492927058770002e-10
_SQRT_HALF = 0.7071067811865476
# log(m) = 2 atanh(s), s = (m - 1) / (m + 1): the series' coefficients 2 / (2k + 1), highest first.
# With m in [sqrt(1/2), sqrt(2)), |s| <= 0.1716, and 12 terms leave an error below 1e-18.
_ATANH = tuple(2.0 / (2 * k + 1) for k in range(11, -1, -1))
# exp(r) for |r| <= ln(2) / 2: Taylor coefficients 1 / k!, highest first (degree 14: error below 1e-18).
_EXP = tuple(1.0 / float(np.prod(np.arange(1, k + 1, dtype=np.float64))) for k in range(14, -1, -1))


def log(x) -> np.ndarray:
    """Natural logarithm of positive ``x`` (within 2 ulp of the true value, the same bits everywhere)."""
    x = np.asarray(x, dtype=np.float64)
    m, e = np.frexp(x)  # x = m * 2**e, m in [0.5, 1)
    low = m < _SQRT_HALF
    m = np.where(low, m * 2.0, m)
    e = (e - low).astype(np.float64)
    s = (m - 1.0) / (m + 1.0)
    s2 = s * s
    acc = np.full_like(s, _ATANH[0])
    for c in _ATANH[1:]:
        acc = acc * s2 + c
    return e * _LN2_HI + (e * _LN2_LO + s * acc)


def log1p(x) -> np.ndarray:
    """log(1 + x) for ``x`` >= 0 (counts and sizes: 1 + x is exact or close to it)."""
    return log(1.0 + np.asarray(x, dtype=np.float64))


def exp(x) -> np.ndarray:
    """e**x for |x| <= 700 (within 2 ulp, the same bits everywhere)."""
    x = np.asarray(x, dtype=np.float64)
    k = np.rint(x / _LN2_HI)
    r = (x - k * _LN2_HI) - k * _LN2_LO
    acc = np.full_like(r, _EXP[0])
    for c in _EXP[1:]:
        acc = acc * r + c
    return np.ldexp(acc, k.astype(np.int64))


def sigmoid(z) -> np.ndarray:
    """1 / (1 + e**-z), with z clipped to [-30, 30]."""
    return 1.0 / (1.0 + exp(-np.clip(z, -30.0, 30.0)))


def dot(x, w) -> np.ndarray:
    """``x @ w`` with its terms summed in a fixed order (the first term first): ``x`` [..., k],
    ``w`` [k] or [k, m]. For small products, where BLAS would pick its own order."""
    x, w = np.asarray(x, dtype=np.float64), np.asarray(w, dtype=np.float64)
    acc = np.float64(0.0)
    for k in range(w.shape[0]):
        xk = x[..., k]
        acc = acc + (xk[..., None] * w[k] if w.ndim == 2 else xk * w[k])
    return np.asarray(acc)


#: Fixed point of the left operand of :func:`exact_matmul`: its entries are rounded to multiples of
#: 2**-X_BITS and must lie in (-X_BOUND, X_BOUND). Each is split in two: a high part, a multiple of
#: 2**-HIGH_BITS (below 2**18 such units), and the rest, a multiple of 2**-X_BITS (below 2**17 units).
X_BITS, HIGH_BITS, X_BOUND = 31, 13, 32.0
#: The right operand's columns are rounded to W_BITS significant bits (relative to the column's
#: largest entry), as integers: products of a part and a weight stay below 2**44 units, sums of
#: MAX_TERMS of them below 2**52, so no sum is ever rounded.
W_BITS, MAX_TERMS = 26, 256
# Adding 1.5 * 2**(52 - b) to a number below 2**(51 - b) rounds it to a multiple of 2**-b (and
# subtracting it again is exact): the split costs two additions, in any float unit.
_ROUND_HIGH, _ROUND_LOW = 1.5 * 2.0 ** (52 - HIGH_BITS), 1.5 * 2.0 ** (52 - X_BITS)


class FixedWeights:
    """A weight matrix [k, m] prepared for :func:`exact_matmul` (integers, and each column's scale)."""

    def __init__(self, w: np.ndarray):
        w = np.asarray(w, dtype=np.float64)
        if w.ndim != 2 or w.shape[0] > MAX_TERMS:
            raise ValueError(f"weights of shape {w.shape}: need [k <= {MAX_TERMS}, m]")
        top = np.max(np.abs(w), axis=0)
        _, e = np.frexp(np.where(top > 0, top, 1.0))  # top < 2**e
        shift = W_BITS - e
        self.ints = np.ascontiguousarray(np.rint(np.ldexp(w, shift[None, :])))
        #: what the product with the integers is multiplied by, per column: 2**-shift
        self.scale = np.ldexp(1.0, -shift)
        self.shape = w.shape

    @property
    def values(self) -> np.ndarray:
        """The weights as rounded (what :func:`exact_matmul` multiplies by)."""
        return self.ints * self.scale


#: Rows multiplied at a time: the split runs on a chunk that stays in the CPU's cache.
CHUNK_ROWS = 1024


def exact_matmul(blocks, w: FixedWeights) -> np.ndarray:
    """``x @ w`` where ``x`` is the column blocks ``blocks`` side by side (or one matrix), its entries
    rounded to multiples of 2**-31; they must lie in (-X_BOUND, X_BOUND). With ``x`` split in two
    fixed-point parts and ``w`` as integers, every product and partial sum is exact: the result has
    the same bits for any BLAS, CPU and batch (a row's result depends on that row alone)."""
    blocks = [blocks] if isinstance(blocks, np.ndarray) else list(blocks)
    rows, width = blocks[0].shape[0], sum(b.shape[1] for b in blocks)
    if width != w.shape[0]:
        raise ValueError(f"features of width {width} for weights of shape {w.shape}")
    out = np.empty((rows, w.shape[1]))
    x, high = (np.empty((min(rows, CHUNK_ROWS), width)) for _ in range(2))
    for s in range(0, rows, CHUNK_ROWS):
        e = min(s + CHUNK_ROWS, rows)
        xx, hh = x[:e - s], high[:e - s]
        np.concatenate([b[s:e] for b in blocks], axis=1, out=xx)
        np.subtract(np.add(xx, _ROUND_HIGH, out=hh), _ROUND_HIGH, out=hh)  # the high part (exact)
        np.subtract(np.add(np.subtract(xx, hh, out=xx), _ROUND_LOW, out=xx), _ROUND_LOW, out=xx)  # the rest, rounded
        out[s:e] = hh @ w.ints + xx @ w.ints  # each product exact; their sum rounded once
    return out * w.scale
