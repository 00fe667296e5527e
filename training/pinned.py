"""The numeric kernels training runs on, pinned before numpy loads so that its weights repeat byte for byte.

Fitting amplifies a product's last bit into weights far apart, and numpy and OpenBLAS pick their kernels by CPU:
one BLAS thread, OpenBLAS's Haswell kernels and numpy's AVX2 loops (never its AVX-512 ones) are what every x86-64
server of the last decade runs alike. Import this module, and call ``pin_kernels()``, before numpy.
"""
from __future__ import annotations

import os
import platform

#: One thread: a multi-threaded BLAS may sum in another order.
THREADS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
#: x86-64 only: the kernels of the AVX2 level (other architectures keep their own and repeat on their own kind).
X86_KERNELS = {"OPENBLAS_CORETYPE": "Haswell", "NPY_DISABLE_CPU_FEATURES": "X86_V4 AVX512_ICL AVX512_SPR"}


def pin_kernels() -> None:
    """Set the variables unless the caller set them; numpy and OpenBLAS read them once, when they load."""
    for var in THREADS:
        os.environ.setdefault(var, "1")
    if platform.machine().lower() in ("x86_64", "amd64"):
        for var, value in X86_KERNELS.items():
            os.environ.setdefault(var, value)
