"""Analytic breast-MRI-like phantom with a known smooth multiplicative bias field.

The same formulas are implemented in Java by org.nacrad.image.n4.N4Benchmark so that both tools time the same
volume. Arrays are numpy order (z, y, x); x is the fastest axis as in ITK.
"""
import numpy as np


def normalized_coords(size):
    nx, ny, nz = size
    z, y, x = np.meshgrid(np.arange(nz), np.arange(ny), np.arange(nx), indexing="ij")
    return 2.0 * x / (nx - 1) - 1.0, 2.0 * y / (ny - 1) - 1.0, 2.0 * z / (nz - 1) - 1.0, (x, y, z)


def true_log_bias(size):
    u, v, w, _ = normalized_coords(size)
    return 0.25 * u + 0.15 * v - 0.1 * w + 0.12 * u * v - 0.15 * u * u + 0.1 * w * w


def anatomy(size):
    """Tissue classes: background 20, fat 300, fibroglandular 150, lesion 220; body mask."""
    u, v, w, _ = normalized_coords(size)
    body = (u / 0.85) ** 2 + (v / 0.75) ** 2 + (w / 0.9) ** 2 < 1.0
    gland = np.sin(5.0 * u) + np.cos(4.0 * v) + np.sin(3.0 * w) > 0.8
    lesion = (u - 0.2) ** 2 + (v + 0.1) ** 2 + (w - 0.1) ** 2 < 0.15 ** 2
    img = np.full(u.shape, 20.0)
    img[body] = 300.0
    img[body & gland] = 150.0
    img[body & lesion] = 220.0
    return img, body


def hash_noise(size):
    """Deterministic uniform noise in [-0.5, 0.5) from the classic sine hash."""
    _, _, _, (x, y, z) = normalized_coords(size)
    s = np.sin(x * 12.9898 + y * 78.233 + z * 37.719) * 43758.5453
    return s - np.floor(s) - 0.5


def phantom(size, noise_amplitude=12.0):
    """Returns (biased image float64, body mask bool, true log bias float64)."""
    img, body = anatomy(size)
    log_bias = true_log_bias(size)
    return img * np.exp(log_bias) + noise_amplitude * hash_noise(size), body, log_bias
