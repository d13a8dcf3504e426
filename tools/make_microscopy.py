#!/usr/bin/env python3
"""Synthetic 16-bit fluorescence fields of nuclei with ground-truth mitotic evidence.

Each field is a single-channel image of DNA-stained nuclei as a widefield camera would
record it: textured interphase nuclei (chromatin granularity, dark nucleoli, bright
chromocentres, irregular outlines, varied size, shape and DNA content), distractors that
are bright or compact but not mitotic (pyknotic nuclei, clusters of apoptotic bodies,
out-of-focus nuclei), blur by a Gaussian point-spread function, uneven illumination,
photon (Poisson) noise, camera read noise and offset, and a different exposure per field.

The class is "mitotic" when exactly one nucleus is in mitosis, else "interphase":

* metaphase: the condensed chromosomes form a bright, narrow, elongated plate;
* anaphase: two such plates (the separating chromatid sets) side by side.

The mitotic figure replaces one nucleus and keeps its DNA content (the same distribution
as the interphase nuclei), so the class changes where the DNA is, not how much there is;
bright compact distractors occur with the same frequency in both classes. Statistics of the
whole image (mean, percentiles, maximum, ...) therefore do not separate the classes (the
`--check-global-stats` mode fits a logistic regression on them to show it).

The ground-truth mask is the mitotic figure itself: the pixels where its noise-free,
blurred signal reaches 20 % of its peak (for anaphase, the convex hull of both chromatid
sets, since their separation is the evidence). Interphase fields have an empty mask.

Everything is seeded: `field(seed, mitotic)` always returns the same image. Seeds are
lists of integers (numpy SeedSequence entropy), e.g. [purpose, index].

Usage:
  python tools/make_microscopy.py --samples test-images          # the bundled samples
  python tools/make_microscopy.py --check-global-stats 4000       # global-statistics check
  python tools/make_microscopy.py --evaluation-set /tmp/fields 100  # mitotic fields + masks to evaluate on
  python tools/make_microscopy.py --preview 0 1 --output /tmp/p   # look at a few fields
  python tools/make_microscopy.py --large /tmp/large 512 2          # large fields with several figures

Large fields (`large_field`) have the nuclei density of the 64 x 64 fields, several mitotic figures and as
many imposters at known places (at least LARGE_SPACING apart), one camera exposure and PSF for the whole field;
their mask marks every figure and `<name>_figures.csv` lists each figure's centre and stage.
"""

import os

# numpy's OpenBLAS threads spin in forked worker processes and cost several times the work itself;
# fields are generated in parallel processes instead. (torch's own threads are not affected.)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import json
import sys
from dataclasses import dataclass, field as dc_field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from PIL import Image
from scipy import ndimage
from scipy.spatial import Delaunay

SIZE = 64                    # field size in pixels (the demo model's input size)
PAD = 16                     # rendered margin, cropped after the blur (no border artefacts)
CAMERA_OFFSET = 100.0        # ADU, the camera's bias
ADU_PER_ELECTRON = 4.0       # camera gain
READ_NOISE_E = 1.6           # electrons rms
NUCLEUS_MEAN_E = 1000.0      # mean photo-electrons per pixel of an average nucleus at exposure 1
MASK_LEVEL = 0.2             # mask = figure's blurred signal >= this fraction of its peak
LABELS = ["interphase", "mitotic"]
VALUE_RANGE_16BIT = (0, 65535)  # what the demo model divides by (plain 16-bit scaling)

# Seed purposes: [purpose, index] keeps the training, held-out and sample fields disjoint.
PURPOSE_TRAIN, PURPOSE_HELD_OUT, PURPOSE_SAMPLES, PURPOSE_STATS, PURPOSE_EVALUATION = 1, 2, 3, 4, 5
PURPOSE_LARGE = 6
LARGE_SPACING = 72.0         # minimum distance between the centres of a large field's figures and imposters
LARGE_SAMPLE = ("large_field_512", 512, 6, 0)  # the bundled large sample: name, size, figures, seed [6, 512, 0]
SAMPLES_SEED = 2024          # recorded seed of the bundled samples: field seeds [3, 2024, i]


@dataclass
class Field:
    image: np.ndarray        # uint16 [SIZE, SIZE]
    mask: np.ndarray         # bool [SIZE, SIZE], the mitotic figure (all False for interphase)
    mitotic: bool
    info: Dict = dc_field(default_factory=dict)


# ---------------------------------------------------------------------------
# Geometry helpers (all on the padded canvas, coordinates in pixels)
# ---------------------------------------------------------------------------

def _grid(n: int) -> Tuple[np.ndarray, np.ndarray]:
    y, x = np.mgrid[0:n, 0:n].astype(np.float64)
    return y, x


def _rotated(y, x, cy, cx, angle):
    """Coordinates (u along the angle, v across it) relative to (cy, cx)."""
    dy, dx = y - cy, x - cx
    c, s = np.cos(angle), np.sin(angle)
    return dx * c + dy * s, -dx * s + dy * c


def _smooth_inside(distance_inside, softness):
    """A soft 0..1 indicator of `distance_inside >= 0` (logistic edge of width `softness`)."""
    return 0.5 * (1.0 + np.tanh(distance_inside / (2.0 * softness)))


def _gauss(y, x, cy, cx, sigma):
    return np.exp(-((y - cy) ** 2 + (x - cx) ** 2) / (2.0 * sigma ** 2))


def _normalised_noise(rng, n, sigma):
    t = ndimage.gaussian_filter(rng.standard_normal((n, n)), sigma, mode="wrap")
    return t / (t.std() + 1e-12)


# ---------------------------------------------------------------------------
# Objects: each returns a density (DNA per pixel, arbitrary units) that sums to 1
# ---------------------------------------------------------------------------

def interphase_nucleus(rng, y, x, cy, cx, radius, texture_fine, texture_coarse):
    aspect = rng.uniform(1.0, 1.7)
    angle = rng.uniform(0, np.pi)
    u, v = _rotated(y, x, cy, cx, angle)
    a, b = radius * np.sqrt(aspect), radius / np.sqrt(aspect)
    phi = np.arctan2(v / b, u / a)
    # irregular outline: low-order radial harmonics
    wobble = 1.0 + sum(rng.normal(0, 0.035) * np.cos(k * phi + rng.uniform(0, 2 * np.pi)) for k in (2, 3, 4, 5))
    rho = np.sqrt((u / a) ** 2 + (v / b) ** 2) / wobble
    inside = _smooth_inside((1.0 - rho) * radius, 0.45)
    dome = np.sqrt(np.clip(1.0 - 0.75 * rho ** 2, 0.0, None))  # thicker in the middle
    chromatin = 1.0 + 0.22 * texture_fine + 0.10 * texture_coarse
    d = inside * dome * np.clip(chromatin, 0.2, None)
    # nucleoli: dark, 1-3 per nucleus
    for _ in range(rng.integers(1, 4)):
        r, t = rng.uniform(0, 0.55) * radius, rng.uniform(0, 2 * np.pi)
        ny, nx = cy + r * np.sin(t), cx + r * np.cos(t)
        d *= 1.0 - rng.uniform(0.35, 0.6) * _gauss(y, x, ny, nx, rng.uniform(1.0, 1.8))
    # chromocentres: small bright foci, 0-5 per nucleus
    for _ in range(rng.integers(0, 6)):
        r, t = rng.uniform(0, 0.75) * radius, rng.uniform(0, 2 * np.pi)
        ny, nx = cy + r * np.sin(t), cx + r * np.cos(t)
        d += inside * rng.uniform(0.3, 0.9) * _gauss(y, x, ny, nx, rng.uniform(0.6, 0.9))
    return d / d.sum()


def pyknotic_nucleus(rng, y, x, cy, cx):
    """A small, round, dense, smooth nucleus (dying cell): bright and compact but not mitotic."""
    radius = rng.uniform(3.8, 5.2)
    rr = np.sqrt((y - cy) ** 2 + (x - cx) ** 2)
    d = _smooth_inside(radius - rr, 0.4) * (1.0 + 0.05 * rng.standard_normal(rr.shape))
    return np.clip(d, 0, None) / d.sum()


def apoptotic_bodies(rng, y, x, cy, cx):
    """3-5 separate round fragments around a centre (a rosette, never a bar or a pair of bars)."""
    d = np.zeros_like(y)
    count = int(rng.integers(3, 6))
    base = rng.uniform(0, 2 * np.pi)
    for k in range(count):
        t = base + 2 * np.pi * k / count + rng.uniform(-0.3, 0.3)
        radius = rng.uniform(1.7, 2.4)
        r = rng.uniform(1.15, 1.45) * radius / np.sin(np.pi / count)  # neighbours do not touch
        by, bx = cy + r * np.sin(t), cx + r * np.cos(t)
        rr = np.sqrt((y - by) ** 2 + (x - bx) ** 2)
        d += rng.uniform(0.6, 1.0) * _smooth_inside(radius - rr, 0.35)
    return d / d.sum()


def _plate(rng, y, x, cy, cx, angle, length, width, bend=0.0):
    """A condensed chromosome plate: a bright bar with ragged edges and short protruding arms."""
    u, v = _rotated(y, x, cy, cx, angle)
    v = v + bend * (u / (length / 2)) ** 2  # anaphase plates curve, their ends lagging behind
    # ragged half-width along the plate
    knots = rng.normal(0, 0.12, 6)
    ragged = 1.0 + np.interp(u, np.linspace(-length / 2, length / 2, 6), knots)
    half_w = np.clip(width / 2 * ragged, 0.6, None)
    d = _smooth_inside(length / 2 - np.abs(u), 0.5) * _smooth_inside(half_w - np.abs(v), 0.35)
    # chromosome arms sticking out of the plate
    for _ in range(rng.integers(4, 9)):
        au = rng.uniform(-length / 2, length / 2)
        side = rng.choice([-1.0, 1.0])
        av = side * rng.uniform(width / 2, width / 2 + 1.6)
        d += rng.uniform(0.3, 0.7) * np.exp(-((u - au) ** 2) / (2 * 0.5 ** 2) - ((v - av) ** 2) / (2 * 0.9 ** 2))
    return d * (1.0 + 0.12 * rng.standard_normal(d.shape) * (d > 0.05))


def mitotic_figure(rng, y, x, cy, cx, stage):
    angle = rng.uniform(0, np.pi)
    if stage == "metaphase":
        d = _plate(rng, y, x, cy, cx, angle, rng.uniform(10.0, 14.0), rng.uniform(2.6, 3.6))
    else:  # anaphase: two plates separating along the spindle axis (perpendicular to the plates)
        sep = rng.uniform(7.5, 11.0)
        length, width = rng.uniform(8.5, 12.0), rng.uniform(2.2, 3.0)
        ny, nx = np.cos(angle), -np.sin(angle)  # the direction across the plates, in image axes
        bend = rng.uniform(0.3, 0.9)
        d = np.zeros_like(y)
        for side in (-1.0, 1.0):
            py, px = cy + side * sep / 2 * ny, cx + side * sep / 2 * nx
            # each plate moves towards its pole with its ends lagging (bowed towards the midzone)
            d += _plate(rng, y, x, py, px, angle, length, width, bend=side * bend)
    d = np.clip(d, 0, None)
    return d / d.sum()


# ---------------------------------------------------------------------------
# The field
# ---------------------------------------------------------------------------

def _place(rng, centres, radii, radius, margin, n, min_gap_factor=0.85, clearance=None, tries=200):
    """A centre on the canvas at least `min_gap_factor * (r_i + r)` from every placed object."""
    for _ in range(tries):
        cy, cx = rng.uniform(margin, n - margin, 2)
        ok = True
        for (py, px), pr in zip(centres, radii):
            gap = clearance if clearance is not None else min_gap_factor * (pr + radius)
            if (py - cy) ** 2 + (px - cx) ** 2 < max(gap, min_gap_factor * (pr + radius)) ** 2:
                ok = False
                break
        if ok:
            return cy, cx
    return None


def _window(n: int, cy: float, cx: float, half: int):
    """Slices of the canvas around (cy, cx) and the absolute coordinates inside them."""
    y0, y1 = max(int(cy) - half, 0), min(int(cy) + half + 2, n)
    x0, x1 = max(int(cx) - half, 0), min(int(cx) + half + 2, n)
    y, x = np.mgrid[y0:y1, x0:x1].astype(np.float64)
    return (slice(y0, y1), slice(x0, x1)), y, x


def _interphase_nuclei(rng, count, centres, radii, targets, textures, content, objects=None) -> int:
    """Places up to `count` interphase nuclei among the objects so far (12 % out of focus: into targets[1]);
    returns how many found room. `content()` draws one nucleus's DNA. If `objects` is a list, each nucleus is
    appended to it as (kind, canvas slices, its density there): kind "interphase" or "out-of-focus"."""
    density, defocused = targets
    fine, coarse = textures
    n = density.shape[0]
    placed = 0
    for _ in range(count):
        radius = rng.uniform(5.3, 8.0)
        pos = _place(rng, centres, radii, radius, PAD - radius * 0.6, n)
        if pos is None:
            continue
        centres.append(pos)
        radii.append(radius)
        sl, y, x = _window(n, pos[0], pos[1], int(radius * 1.7) + 3)
        d = interphase_nucleus(rng, y, x, pos[0], pos[1], radius, fine[sl], coarse[sl]) * content()
        out_of_focus = rng.random() < 0.12
        (defocused if out_of_focus else density)[sl] += d
        if objects is not None:
            objects.append(("out-of-focus" if out_of_focus else "interphase", sl, d))
        placed += 1
    return placed


def _dna_content(rng) -> float:
    """One nucleus's DNA, relative: G1 (2N) to G2 (4N), times a staining variation."""
    phase = rng.choice([1.0, rng.uniform(1.0, 2.0), 2.0], p=[0.55, 0.3, 0.15])
    return phase * float(np.exp(rng.normal(0, 0.15)))


def _illumination(rng, n):
    """Uneven illumination of an n x n canvas: a random linear gradient and a 15 % vignette."""
    y, x = _grid(n)
    gy, gx = rng.normal(0, 0.12, 2)
    illumination = 1.0 + (gy * (y - n / 2) + gx * (x - n / 2)) / n
    return illumination * (1.0 - 0.15 * (((y - n / 2) ** 2 + (x - n / 2) ** 2) / (n / 2) ** 2))


def _figure_mask(blurred_figure, stage, size):
    """The ground truth of one figure: where its blurred signal reaches MASK_LEVEL of its peak (anaphase: the
    convex hull of both chromatid sets), cropped to the field."""
    fig = blurred_figure[PAD:PAD + size, PAD:PAD + size]
    mask = fig >= MASK_LEVEL * fig.max()
    return convex_hull(mask) if stage == "anaphase" else mask


def convex_hull(mask):
    """The convex hull of a mask's pixels (pixel centres), as a mask of the same shape."""
    hull = Delaunay(np.argwhere(mask))
    yy, xx = np.mgrid[0:mask.shape[0], 0:mask.shape[1]]
    return (hull.find_simplex(np.stack([yy.ravel(), xx.ravel()], 1)) >= 0).reshape(mask.shape)


def _camera(rng, electrons_mean, size):
    """What the camera records of the padded canvas: photon noise, read noise, gain, offset, 16-bit, cropped."""
    electrons = rng.poisson(np.clip(electrons_mean, 0, None)).astype(np.float64)
    adu = CAMERA_OFFSET + ADU_PER_ELECTRON * (electrons + rng.normal(0, READ_NOISE_E, electrons.shape))
    return np.clip(np.rint(adu), 0, 65535).astype(np.uint16)[PAD:PAD + size, PAD:PAD + size]


def field(seed: Sequence[int], mitotic: bool, stage: Optional[str] = None, size: int = SIZE) -> Field:
    """One field. `stage` forces "metaphase" or "anaphase" for a mitotic field (default: random)."""
    rng = np.random.default_rng(list(seed))
    n = size + 2 * PAD
    fine, coarse = _normalised_noise(rng, n, 0.8), _normalised_noise(rng, n, 2.5)  # chromatin textures
    exposure = float(np.exp(rng.uniform(np.log(0.45), np.log(2.2))))
    psf_sigma = rng.uniform(0.8, 1.3)
    area = (size / 64.0) ** 2
    n_nuclei = int(rng.integers(round(5 * area), round(10 * area) + 1))  # incl. the mitotic cell / imposter
    unit = np.pi * 6.6 ** 2  # DNA of an average 2N nucleus spread at density 1

    centres: List[Tuple[float, float]] = []
    radii: List[float] = []
    density = np.zeros((n, n))
    figure = np.zeros((n, n))
    defocused = np.zeros((n, n))
    info: Dict = {"exposure": round(exposure, 3), "psf_sigma": round(psf_sigma, 3)}

    if mitotic:
        stage = stage or ("metaphase" if rng.random() < 0.55 else "anaphase")
        # a rounded mitotic cell keeps its neighbours at a distance; fully inside the field
        cy, cx = rng.uniform(PAD + 12, PAD + size - 12, 2)
        centres.append((cy, cx))
        radii.append(9.0)
        sl, y, x = _window(n, cy, cx, 16)
        figure[sl] += mitotic_figure(rng, y, x, cy, cx, stage) * _dna_content(rng) * unit
        info.update(stage=stage, centre=[round(float(cx) - PAD, 2), round(float(cy) - PAD, 2)])
    else:
        # the negative counterpart: an imposter (a bright, compact, rounded-up cell that is not in mitosis),
        # placed like a mitotic cell and with the same DNA content, so that both classes have one such
        # object more than the background rate of distractors (bright-pixel statistics stay the same)
        cy, cx = rng.uniform(PAD + 12, PAD + size - 12, 2)
        centres.append((cy, cx))
        radii.append(9.0)
        sl, y, x = _window(n, cy, cx, 16)
        kind = "pyknotic" if rng.random() < 0.6 else "apoptotic"
        render = pyknotic_nucleus if kind == "pyknotic" else apoptotic_bodies
        density[sl] += render(rng, y, x, cy, cx) * _dna_content(rng) * unit
        info.update(imposter=kind, centre=[round(float(cx) - PAD, 2), round(float(cy) - PAD, 2)])
    n_nuclei -= 1

    # interphase nuclei, allowed to touch and to leave the field
    info["interphase_nuclei"] = _interphase_nuclei(rng, n_nuclei, centres, radii, (density, defocused),
                                                   (fine, coarse), lambda: _dna_content(rng) * unit)

    def add_distractor(radius, window, draw):
        """One compact object among the nuclei, skipped when there is no room for it."""
        pos = _place(rng, centres, radii, radius, PAD + 2, n)
        if pos is not None:
            centres.append(pos)
            radii.append(radius)
            sl, y, x = _window(n, pos[0], pos[1], window)
            density[sl] += draw(rng, y, x, *pos) * _dna_content(rng) * unit

    # distractors, identical in both classes
    for _ in range(min(int(rng.poisson(0.8)), 3)):
        add_distractor(4.0, 7, pyknotic_nucleus)
    if rng.random() < 0.35:
        add_distractor(6.0, 10, apoptotic_bodies)

    # optics: in-focus PSF, stronger blur for out-of-focus nuclei, uneven illumination
    blurred_figure = ndimage.gaussian_filter(figure, psf_sigma)
    signal = ndimage.gaussian_filter(density, psf_sigma) + blurred_figure \
        + ndimage.gaussian_filter(defocused, rng.uniform(2.2, 3.2))
    illumination = _illumination(rng, n)
    background = rng.uniform(20, 90)  # autofluorescence + out-of-focus haze, electrons
    electrons_mean = exposure * (NUCLEUS_MEAN_E * signal * illumination + background)

    image = _camera(rng, electrons_mean, size)

    mask = np.zeros((size, size), dtype=bool)
    if mitotic:
        mask = _figure_mask(blurred_figure, stage, size)
        info["mask_pixels"] = int(mask.sum())
    return Field(image, mask, mitotic, info)


@dataclass
class LargeField:
    image: np.ndarray        # uint16 [size, size]
    mask: np.ndarray         # bool [size, size], every mitotic figure
    figures: List[Dict]      # per figure: centre x, y (pixels), stage


def _spaced(rng, taken, size, margin):
    """A centre inside the field at least LARGE_SPACING from every centre in `taken` (on the padded canvas)."""
    for _ in range(1000):
        cy, cx = rng.uniform(PAD + margin, PAD + size - margin, 2)
        if all((cy - y) ** 2 + (cx - x) ** 2 >= LARGE_SPACING ** 2 for y, x in taken):
            return cy, cx
    raise ValueError(f"no room for {len(taken) + 1} objects {LARGE_SPACING} px apart in {size} x {size}")


def _distractors(rng, area, centres, radii, density, content, objects=None) -> None:
    """Pyknotic nuclei and apoptotic bodies at the rate of the 64 x 64 fields (0.8 and 0.35 per 64 x 64 on
    average) for a field of `area` such tiles, each where there is room; `objects` as for _interphase_nuclei."""
    n = density.shape[0]
    for radius, window, draw, count in ((4.0, 7, pyknotic_nucleus, rng.poisson(0.8 * area)),
                                        (6.0, 10, apoptotic_bodies, rng.poisson(0.35 * area))):
        for _ in range(int(count)):
            pos = _place(rng, centres, radii, radius, PAD + 2, n)
            if pos is not None:
                centres.append(pos)
                radii.append(radius)
                sl, y, x = _window(n, pos[0], pos[1], window)
                d = draw(rng, y, x, *pos) * content()
                density[sl] += d
                if objects is not None:
                    objects.append(("pyknotic" if draw is pyknotic_nucleus else "apoptotic", sl, d))


def large_field(seed: Sequence[int], size: int, figures: int) -> LargeField:
    """A size x size field with `figures` mitotic figures and as many imposters, interphase nuclei and
    distractors at the density of the 64 x 64 fields (so each model-sized tile looks like a training field)."""
    rng = np.random.default_rng(list(seed))
    n = size + 2 * PAD
    fine, coarse = _normalised_noise(rng, n, 0.8), _normalised_noise(rng, n, 2.5)  # chromatin textures
    exposure = float(np.exp(rng.uniform(np.log(0.8), np.log(1.6))))
    psf_sigma = rng.uniform(0.8, 1.3)
    area = (size / 64.0) ** 2
    unit = np.pi * 6.6 ** 2
    density, defocused = np.zeros((n, n)), np.zeros((n, n))
    centres, radii, rows = [], [], []
    mask = np.zeros((size, size), dtype=bool)

    for k in range(2 * figures):  # figures first, then imposters, all LARGE_SPACING apart
        cy, cx = _spaced(rng, centres, size, 12)
        centres.append((cy, cx))
        radii.append(9.0)
        sl, y, x = _window(n, cy, cx, 16)
        if k < figures:
            stage = "metaphase" if rng.random() < 0.55 else "anaphase"
            own = np.zeros((n, n))
            own[sl] = mitotic_figure(rng, y, x, cy, cx, stage) * _dna_content(rng) * unit
            blurred = ndimage.gaussian_filter(own, psf_sigma)
            density += own
            mask |= _figure_mask(blurred, stage, size)
            rows.append({"x": round(float(cx) - PAD, 2), "y": round(float(cy) - PAD, 2), "stage": stage})
        else:
            render = pyknotic_nucleus if rng.random() < 0.6 else apoptotic_bodies
            density[sl] += render(rng, y, x, cy, cx) * _dna_content(rng) * unit
    _interphase_nuclei(rng, int(rng.integers(round(5 * area), round(10 * area) + 1)) - 2 * figures, centres, radii,
                       (density, defocused), (fine, coarse), lambda: _dna_content(rng) * unit)
    _distractors(rng, area, centres, radii, density, lambda: _dna_content(rng) * unit)
    signal = ndimage.gaussian_filter(density, psf_sigma) + ndimage.gaussian_filter(defocused, 2.7)
    y, x = _grid(n)
    illumination = 1.0 - 0.15 * (((y - n / 2) ** 2 + (x - n / 2) ** 2) / (n / 2) ** 2)
    electrons_mean = exposure * (NUCLEUS_MEAN_E * signal * illumination + rng.uniform(20, 90))
    image = _camera(rng, electrons_mean, size)
    return LargeField(image, mask, rows)


def write_large(out_dir: str, size: int, count: int, figures: Optional[int] = None, start: int = 0,
                name: Optional[str] = None) -> None:
    """`count` large fields (seeds [PURPOSE_LARGE, size, start + i]) with their masks and figure lists."""
    os.makedirs(out_dir, exist_ok=True)
    figures = figures or max(1, round(6 * (size / 512) ** 2))
    for i in range(count):
        f = large_field([PURPOSE_LARGE, size, start + i], size, figures)
        base = os.path.join(out_dir, name or f"large_field_{size}_{start + i:02d}")
        write_tiff16(base + ".tif", f.image)
        write_mask(base + "_mask.tif", f.mask)
        with open(base + "_figures.csv", "w") as out:
            out.write("x,y,stage\n")
            for r in f.figures:
                out.write(f"{r['x']},{r['y']},{r['stage']}\n")
        print(f"{base}.tif: {size} x {size}, {len(f.figures)} mitotic figures")


# ---------------------------------------------------------------------------
# Datasets, files and checks
# ---------------------------------------------------------------------------

def dataset(purpose: int, count: int, start: int = 0, kinds: Optional[List[str]] = None
            ) -> Tuple[np.ndarray, np.ndarray]:
    """`count` fields with seeds [purpose, start + i], classes alternating (even i interphase).

    If `kinds` is a list, each field's kind is appended to it: the mitotic stage or the imposter."""
    images = np.empty((count, SIZE, SIZE), dtype=np.uint16)
    labels = np.empty(count, dtype=np.int64)
    for i in range(count):
        k = start + i
        f = field([purpose, k], mitotic=bool(k % 2))
        images[i], labels[i] = f.image, int(f.mitotic)
        if kinds is not None:
            kinds.append(f.info.get("stage") or f.info.get("imposter"))
    return images, labels


def global_features(images: np.ndarray) -> Tuple[np.ndarray, List[str]]:
    """Whole-image intensity statistics (what a classifier without spatial reasoning could use)."""
    flat = images.reshape(len(images), -1).astype(np.float64)
    q = np.percentile(flat, [1, 5, 25, 50, 75, 95, 99, 99.5, 99.9], axis=1).T
    mean, std = flat.mean(1), flat.std(1)
    z = (flat - mean[:, None]) / (std[:, None] + 1e-12)
    skew, kurt = (z ** 3).mean(1), (z ** 4).mean(1)
    mx = flat.max(1)
    names = ["mean", "std", "p1", "p5", "p25", "p50", "p75", "p95", "p99", "p99.5", "p99.9", "max", "skew",
             "kurtosis", "max/p50", "p99.9/p95", "frac>3*p50"]
    feats = np.column_stack([mean, std, q, mx, skew, kurt, mx / q[:, 3], q[:, 8] / q[:, 5],
                             (flat > 3 * q[:, 3:4]).mean(1)])
    return feats, names


def check_global_stats(count: int) -> float:
    """5-fold cross-validated accuracy of a logistic regression on global statistics (chance = 0.5)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    images, labels = dataset(PURPOSE_STATS, count)
    feats, names = global_features(images)
    feats = np.column_stack([feats, np.log(feats[:, :12] + 1)])
    clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000))
    scores = cross_val_score(clf, feats, labels, cv=5)
    print(f"global statistics ({len(names)} features and their logs) of {count} fields: logistic regression, "
          f"5-fold CV accuracy {scores.mean():.3f} ± {scores.std():.3f} (chance 0.5)")
    for j, name in enumerate(names):
        single = cross_val_score(make_pipeline(StandardScaler(), LogisticRegression()), feats[:, [j]], labels,
                                 cv=5).mean()
        print(f"  {name:>11}: alone {single:.3f}")
    return float(scores.mean())


def write_tiff16(path: str, image: np.ndarray) -> None:
    Image.fromarray(image.astype(np.uint16)).save(path, format="TIFF")  # mode I;16


def write_mask(path: str, mask: np.ndarray) -> None:
    Image.fromarray(np.where(mask, 255, 0).astype(np.uint8)).save(path, format="TIFF")  # mode L


# The bundled samples: 6 mitotic (3 metaphase, 3 anaphase) and 4 interphase fields, seeds
# [PURPOSE_SAMPLES, SAMPLES_SEED, i]. They are the first fields of this seed sequence, not a selection.
SAMPLES = [
    ("mitotic_01", True, "metaphase"), ("mitotic_02", True, "anaphase"), ("mitotic_03", True, "metaphase"),
    ("mitotic_04", True, "anaphase"), ("mitotic_05", True, "metaphase"), ("mitotic_06", True, "anaphase"),
    ("interphase_01", False, None), ("interphase_02", False, None), ("interphase_03", False, None),
    ("interphase_04", False, None),
]


def write_samples(out_dir: str) -> List[Dict]:
    os.makedirs(out_dir, exist_ok=True)
    rows = []
    for i, (name, mitotic, stage) in enumerate(SAMPLES):
        seed = [PURPOSE_SAMPLES, SAMPLES_SEED, i]
        f = field(seed, mitotic, stage)
        write_tiff16(os.path.join(out_dir, name + ".tif"), f.image)
        write_mask(os.path.join(out_dir, name + "_mask.tif"), f.mask)
        rows.append({"file": name + ".tif", "class": LABELS[int(mitotic)], "seed": seed,
                     "min": int(f.image.min()), "max": int(f.image.max()), **f.info})
        print(json.dumps(rows[-1]))
    return rows


def write_evaluation_set(out_dir: str, count: int) -> None:
    """Mitotic fields [PURPOSE_EVALUATION, i] with their masks: fresh fields for `evaluate` (docs/models.md)."""
    os.makedirs(out_dir, exist_ok=True)
    for i in range(count):
        f = field([PURPOSE_EVALUATION, i], True)
        write_tiff16(os.path.join(out_dir, f"mitotic_{i:03d}.tif"), f.image)
        write_mask(os.path.join(out_dir, f"mitotic_{i:03d}_mask.tif"), f.mask)
    print(f"wrote {count} mitotic fields and their masks to {out_dir}")


def preview(seeds: List[int], mitotic: bool, out_dir: str) -> None:
    """8-bit PNGs (auto-contrast, 4x) of fields, with the mask outline in red, for a quick look."""
    os.makedirs(out_dir, exist_ok=True)
    for s in seeds:
        f = field([PURPOSE_STATS, s], mitotic)
        lo, hi = np.percentile(f.image, [0.5, 99.9])
        g = np.clip((f.image - lo) / (hi - lo) * 255, 0, 255).astype(np.uint8)
        rgb = np.stack([g, g, g], -1)
        edge = f.mask & ~ndimage.binary_erosion(f.mask)
        rgb[edge] = [255, 0, 0]
        Image.fromarray(rgb).resize((SIZE * 4, SIZE * 4), Image.NEAREST).save(
            os.path.join(out_dir, f"{'mitotic' if mitotic else 'interphase'}_{s}.png"))
        print(s, f.info)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--samples", metavar="DIR", help="write the bundled sample TIFFs and masks into DIR")
    p.add_argument("--check-global-stats", type=int, metavar="N",
                   help="fit a logistic regression on global intensity statistics of N fields")
    p.add_argument("--evaluation-set", nargs=2, metavar=("DIR", "N"),
                   help="write N mitotic fields (seeds [5, i]) and their masks into DIR")
    p.add_argument("--preview", type=int, nargs="*", metavar="SEED", help="write PNG previews of these fields")
    p.add_argument("--output", default="/tmp/microscopy_preview", help="folder for --preview")
    p.add_argument("--large", nargs="+", metavar="ARG",
                   help="DIR SIZE [COUNT [FIGURES]]: large fields with mitotic figures, masks and figure lists; "
                        "DIR sample: the bundled large sample into DIR")
    args = p.parse_args(argv)
    if args.samples:
        write_samples(args.samples)
    if args.check_global_stats:
        check_global_stats(args.check_global_stats)
    if args.evaluation_set:
        write_evaluation_set(args.evaluation_set[0], int(args.evaluation_set[1]))
    if args.preview is not None:
        for mitotic in (False, True):
            preview(args.preview or [0, 1, 2], mitotic, args.output)
    if args.large:
        if len(args.large) == 2 and args.large[1] == "sample":
            name, size, figures, start = LARGE_SAMPLE
            write_large(args.large[0], size, 1, figures, start, name)
        else:
            count = int(args.large[2]) if len(args.large) > 2 else 1
            figures = int(args.large[3]) if len(args.large) > 3 else None
            write_large(args.large[0], int(args.large[1]), count, figures)
    if not (args.samples or args.check_global_stats or args.evaluation_set or args.preview is not None
            or args.large):
        p.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
