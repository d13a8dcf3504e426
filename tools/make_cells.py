#!/usr/bin/env python3
"""Synthetic multi-cell fields with per-cell ground truth: a label image of every nucleus and a table of them.

The fields are tools/make_microscopy.py's demo fields made larger: the same objects (textured interphase
nuclei, 12 % of them out of focus, pyknotic nuclei and apoptotic bodies at the background rate), the same
optics and camera (Gaussian PSF sigma 0.8-1.3 px, stronger blur out of focus, uneven illumination, exposure
varying 5x between fields, photon and read noise, offset), drawn from the same distributions, so a 64 x 64
piece of a cell field looks like a demo field. What differs: several mitotic cells (metaphase or anaphase)
and several imposters (pyknotic or apoptotic, placed like the mitotic cells) per field, and every object is
a labelled cell.

Ground truth per field:

* `<name>_labels.tif`: 16-bit, 0 = background, 1..N one id per object, numbered in raster order of each
  object's first pixel. An object's pixels are where its own noise-free blurred signal reaches MASK_LEVEL
  (20 %) of its peak, as make_microscopy's mitotic mask; for an anaphase (both chromatid sets) and for a
  rosette of apoptotic bodies, the convex hull of those pixels, so the object is one connected region.
  Where objects overlap, a pixel belongs to the object whose signal there is highest relative to its own
  threshold. Of an object cut into pieces by a neighbour only its largest piece is kept, and objects with
  fewer than LABEL_MIN_AREA pixels inside the field (nuclei mostly outside it) are left out (background).
* `<name>_cells.csv`: label, centroid x, y (ImageJ's convention: pixel (i, j) has its centre at x = j + 0.5,
  y = i + 0.5, so these equal ImageJ's Measure centroid of the label), kind (interphase, out-of-focus,
  pyknotic, apoptotic, metaphase, anaphase), class for the model (mitotic for metaphase and anaphase, else
  interphase), area in pixels, and border (1 if the object touches the image edge).
* `<name>_mask.tif`: 8-bit, 255 on the mitotic cells (the union of their labels), as make_microscopy's masks.

The single-cell model (tools/train_cell_model.py) sees each object through a window of CROP x CROP pixels
placed by `window_origin`: centred on the centroid rounded down, shifted to stay inside the field near its
edges (never padded). Its training crops (`dataset`) add a random jitter of up to JITTER pixels.

Everything is seeded: fields [purpose, size, i]; the bundled samples are the first fields of their
sequences, not a selection.

Usage:
  python tools/make_cells.py --samples test-images/cells          # the bundled fields
  python tools/make_cells.py --fields /tmp/cells 10                 # 10 fresh 256 x 256 fields, ~1,200 cells
  python tools/make_cells.py --fields /tmp/big 1 --size 1024        # one field of ~1,900 cells
"""

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as make_microscopy: fields are made in worker processes

import argparse
import sys
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from scipy import ndimage

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_microscopy as mm  # noqa: E402

SOURCES = [mm.__file__]   # what the fields depend on besides this file (train_demo_model.generate's cache key)

CROP = 32                 # the single-cell model's input: a CROP x CROP window of image pixels
JITTER = 3                # training crops: window centre moved by up to this many pixels in x and y
TRAIN_SIZE = 128          # training and held-out fields
TRAIN_MITOTIC, TRAIN_IMPOSTERS = 8, 3  # per training field: more mitotic cells than the default, so that more
                                       # interphase cells have a mitotic neighbour in their window
FIGURE_MARGIN = 8         # mitotic cells and imposters: centre at least this far inside the field
FIGURE_RADIUS = 9.0       # room a rounded mitotic cell (or an imposter) keeps around it, as in the demo fields
LABEL_MIN_AREA = 20
LABELS = ["interphase", "mitotic"]
KIND_CLASS = {"interphase": "interphase", "out-of-focus": "interphase", "pyknotic": "interphase",
              "apoptotic": "interphase", "metaphase": "mitotic", "anaphase": "mitotic"}
HULL_KINDS = ("anaphase", "apoptotic")  # objects made of separate pieces: one region, their convex hull
CSV_HEADER = "label,x,y,kind,class,area,border"

# seed purposes, after make_microscopy's 1-6: [purpose, size, index]
PURPOSE_TRAIN, PURPOSE_HELD_OUT, PURPOSE_SAMPLES, PURPOSE_FRESH = 7, 8, 9, 10
SAMPLES = [("field_01", 128, 0), ("field_02", 128, 1), ("field_03", 256, 0)]  # name, size, index


@dataclass
class CellField:
    image: np.ndarray      # uint16 [size, size]
    labels: np.ndarray     # uint16 [size, size], 0 = background
    cells: List[Dict]      # one row per label (see CSV_HEADER)
    info: Dict


def cell_field(seed: Sequence[int], size: int = 256, mitotic: Optional[int] = None,
               imposters: Optional[int] = None) -> CellField:
    """A size x size field with `mitotic` mitotic cells (default one per 64 x 64) and `imposters` (default half
    as many), interphase nuclei and distractors at the density of the demo fields."""
    rng = np.random.default_rng(list(seed))
    n = size + 2 * mm.PAD
    fine, coarse = mm._normalised_noise(rng, n, 0.8), mm._normalised_noise(rng, n, 2.5)
    exposure = float(np.exp(rng.uniform(np.log(0.45), np.log(2.2))))
    psf_sigma, defocus_sigma = rng.uniform(0.8, 1.3), rng.uniform(2.2, 3.2)
    area = (size / 64.0) ** 2
    mitotic = round(area) if mitotic is None else mitotic
    imposters = round(area / 2) if imposters is None else imposters
    n_nuclei = int(rng.integers(round(5 * area), round(10 * area) + 1))
    unit = np.pi * 6.6 ** 2

    def content():
        return mm._dna_content(rng) * unit

    density, defocused = np.zeros((n, n)), np.zeros((n, n))
    centres, radii, objects = [], [], []
    for k in range(mitotic + imposters):
        pos = mm._place(rng, centres, radii, FIGURE_RADIUS, mm.PAD + FIGURE_MARGIN, n)
        if pos is None:
            continue
        centres.append(pos)
        radii.append(FIGURE_RADIUS)
        sl, y, x = mm._window(n, pos[0], pos[1], 16)
        if k < mitotic:
            kind = "metaphase" if rng.random() < 0.55 else "anaphase"
            d = mm.mitotic_figure(rng, y, x, pos[0], pos[1], kind) * content()
        else:
            kind = "pyknotic" if rng.random() < 0.6 else "apoptotic"
            render = mm.pyknotic_nucleus if kind == "pyknotic" else mm.apoptotic_bodies
            d = render(rng, y, x, pos[0], pos[1]) * content()
        density[sl] += d
        objects.append((kind, sl, d))
    mm._interphase_nuclei(rng, n_nuclei - len(objects), centres, radii, (density, defocused), (fine, coarse),
                          content, objects)
    mm._distractors(rng, area, centres, radii, density, content, objects)

    signal = ndimage.gaussian_filter(density, psf_sigma) + ndimage.gaussian_filter(defocused, defocus_sigma)
    illumination = mm._illumination(rng, n)
    background = rng.uniform(20, 90)
    image = mm._camera(rng, exposure * (mm.NUCLEUS_MEAN_E * signal * illumination + background), size)

    labels, kinds = label_image(objects, (psf_sigma, defocus_sigma), n, size)
    cells = cell_table(labels, kinds)
    info = {"seed": list(seed), "size": size, "exposure": round(exposure, 3), "psf_sigma": round(psf_sigma, 3),
            "cells": len(cells), "mitotic": sum(c["class"] == "mitotic" for c in cells)}
    return CellField(image, labels, cells, info)


# ---------------------------------------------------------------------------
# Ground truth
# ---------------------------------------------------------------------------

def _blurred(sl, d, sigma, n):
    """An object's noise-free blurred signal on the canvas: (row slice, column slice, values)."""
    m = int(np.ceil(4 * sigma))
    s = ndimage.gaussian_filter(np.pad(d, m), sigma, mode="constant")
    y0, x0 = sl[0].start - m, sl[1].start - m
    cy0, cx0 = max(y0, 0), max(x0, 0)
    cy1, cx1 = min(y0 + s.shape[0], n), min(x0 + s.shape[1], n)
    return slice(cy0, cy1), slice(cx0, cx1), s[cy0 - y0:cy1 - y0, cx0 - x0:cx1 - x0]


def label_image(objects, sigmas, n, size) -> Tuple[np.ndarray, Dict[int, str]]:
    """The label image of the objects (kind, canvas slices, density) and each label's kind; see the module
    docstring for the rules."""
    psf_sigma, defocus_sigma = sigmas
    owner = np.zeros((n, n), dtype=np.int32)
    strength = np.zeros((n, n))
    for i, (kind, sl, d) in enumerate(objects, start=1):
        ys, xs, s = _blurred(sl, d, defocus_sigma if kind == "out-of-focus" else psf_sigma, n)
        level = mm.MASK_LEVEL * s.max()
        mask = s >= level
        mask = mm.convex_hull(mask) if kind in HULL_KINDS else ndimage.binary_fill_holes(mask)
        relative = np.maximum(s / level, mask)  # hull pixels between the pieces count as at the threshold
        wins = mask & (relative > strength[ys, xs])
        owner[ys, xs][wins] = i
        strength[ys, xs][wins] = relative[wins]
    owner = owner[mm.PAD:mm.PAD + size, mm.PAD:mm.PAD + size]
    for i, box in enumerate(ndimage.find_objects(owner), start=1):
        if box is None:
            continue
        own = owner[box] == i
        pieces, count = ndimage.label(own)
        if count > 1:
            own &= pieces == 1 + np.argmax(ndimage.sum(own, pieces, range(1, count + 1)))
            owner[box][(owner[box] == i) & ~own] = 0
        if own.sum() < LABEL_MIN_AREA:
            owner[box][own] = 0
    ids, first = np.unique(owner.ravel(), return_index=True)
    ids, first = ids[ids > 0], first[ids > 0]
    order = ids[np.argsort(first)]  # raster order of the first pixel
    if len(order) > np.iinfo(np.uint16).max:
        raise ValueError(f"{len(order)} objects do not fit a 16-bit label image; make smaller fields")
    relabel = np.zeros(len(objects) + 1, dtype=np.uint16)
    relabel[order] = np.arange(1, len(order) + 1)
    kinds = {int(relabel[i]): objects[i - 1][0] for i in order}
    return relabel[owner], kinds


def cell_table(labels: np.ndarray, kinds: Dict[int, str]) -> List[Dict]:
    """One row per label: centroid (ImageJ convention), kind, class, area, whether it touches the edge."""
    rows = []
    h, w = labels.shape
    for i, box in enumerate(ndimage.find_objects(labels), start=1):
        ys, xs = np.nonzero(labels[box] == i)
        ys, xs = ys + box[0].start, xs + box[1].start
        border = ys.min() == 0 or xs.min() == 0 or ys.max() == h - 1 or xs.max() == w - 1
        rows.append({"label": i, "x": round(float(xs.mean()) + 0.5, 3), "y": round(float(ys.mean()) + 0.5, 3),
                     "kind": kinds[i], "class": KIND_CLASS[kinds[i]], "area": int(len(ys)),
                     "border": int(border)})
    return rows


# ---------------------------------------------------------------------------
# The window rule and the training crops
# ---------------------------------------------------------------------------

def window_centred(x: float, y: float, size: int = CROP) -> Tuple[int, int]:
    """Top-left corner of the size x size window centred on the centroid (x, y) rounded down, wherever it falls:
    (floor(x) - size // 2, floor(y) - size // 2)."""
    return int(np.floor(x)) - size // 2, int(np.floor(y)) - size // 2


def window_origin(x: float, y: float, width: int, height: int, size: int = CROP,
                  shift: Tuple[int, int] = (0, 0)) -> Tuple[int, int]:
    """Top-left corner (x0, y0) of the size x size window for an object with centroid (x, y) in a field of
    width x height: window_centred, moved by `shift` (training jitter), then shifted to lie inside the field
    (never padded)."""
    x0, y0 = window_centred(x, y, size)
    return min(max(x0 + shift[0], 0), width - size), min(max(y0 + shift[1], 0), height - size)


def crops(image: np.ndarray, cells: List[Dict], size: int = CROP, jitter_rng=None) -> np.ndarray:
    """Each cell's window of `image` ([cells, size, size]), jittered by up to JITTER px if a rng is given."""
    out = np.empty((len(cells), size, size), dtype=image.dtype)
    for k, c in enumerate(cells):
        shift = tuple(jitter_rng.integers(-JITTER, JITTER + 1, 2)) if jitter_rng is not None else (0, 0)
        x0, y0 = window_origin(c["x"], c["y"], image.shape[1], image.shape[0], size, shift)
        out[k] = image[y0:y0 + size, x0:x0 + size]
    return out


def dataset(purpose: int, count: int, start: int = 0, kinds: Optional[List[str]] = None
            ) -> Tuple[np.ndarray, np.ndarray]:
    """Jittered crops of every cell of the training-style fields [purpose, TRAIN_SIZE, start + i] and their
    classes (1 = mitotic); the generic data source of tools/train_demo_model.generate. If `kinds` is a list,
    each crop's kind is appended to it."""
    images, labels = [], []
    for i in range(start, start + count):
        f = cell_field([purpose, TRAIN_SIZE, i], TRAIN_SIZE, TRAIN_MITOTIC, TRAIN_IMPOSTERS)
        images.append(crops(f.image, f.cells, jitter_rng=np.random.default_rng([purpose, TRAIN_SIZE, i, 1])))
        labels.append(np.array([c["class"] == "mitotic" for c in f.cells], dtype=np.int64))
        if kinds is not None:
            kinds.extend(c["kind"] for c in f.cells)
    return np.concatenate(images), np.concatenate(labels)


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------

def write_field(out_dir: str, name: str, f: CellField) -> None:
    """<name>.tif, <name>_labels.tif, <name>_mask.tif and <name>_cells.csv in out_dir."""
    base = os.path.join(out_dir, name)
    mm.write_tiff16(base + ".tif", f.image)
    mm.write_tiff16(base + "_labels.tif", f.labels)
    mitotic = [c["label"] for c in f.cells if c["class"] == "mitotic"]
    mm.write_mask(base + "_mask.tif", np.isin(f.labels, mitotic))
    with open(base + "_cells.csv", "w") as out:
        out.write(CSV_HEADER + "\n")
        for c in f.cells:
            out.write(",".join(str(c[k]) for k in CSV_HEADER.split(",")) + "\n")


def read_cells(path: str) -> List[Dict]:
    """The rows of a <name>_cells.csv (numbers as numbers)."""
    with open(path) as f:
        header = f.readline().strip().split(",")
        rows = [dict(zip(header, line.strip().split(","))) for line in f if line.strip()]
    for r in rows:
        r.update(label=int(r["label"]), x=float(r["x"]), y=float(r["y"]), area=int(r["area"]),
                 border=int(r["border"]))
    return rows


def summary(name: str, f: CellField) -> str:
    kinds = sorted({c["kind"] for c in f.cells})
    counts = ", ".join(f"{sum(c['kind'] == k for c in f.cells)} {k}" for k in kinds)
    return (f"{name}: {f.info['size']} x {f.info['size']}, seed {f.info['seed']}, exposure {f.info['exposure']}, "
            f"{len(f.cells)} cells ({counts}), {sum(c['border'] for c in f.cells)} at the edge")


def write_samples(out_dir: str) -> None:
    os.makedirs(out_dir, exist_ok=True)
    for name, size, index in SAMPLES:
        f = cell_field([PURPOSE_SAMPLES, size, index], size)
        write_field(out_dir, name, f)
        print(summary(name, f))


def write_fresh(out_dir: str, count: int, size: int, start: int = 0) -> None:
    """`count` fields [PURPOSE_FRESH, size, start + i] named field_<start + i> (3 digits)."""
    if size < CROP:
        raise SystemExit(f"error: --size {size} is smaller than the model's window ({CROP} px)")
    os.makedirs(out_dir, exist_ok=True)
    total = 0
    for i in range(start, start + count):
        f = cell_field([PURPOSE_FRESH, size, i], size)
        write_field(out_dir, f"field_{i:03d}", f)
        total += len(f.cells)
        print(summary(f"field_{i:03d}", f), flush=True)
    print(f"wrote {count} fields with {total} cells to {out_dir}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--samples", metavar="DIR", help="write the bundled fields into DIR")
    p.add_argument("--fields", nargs=2, metavar=("DIR", "N"), help="write N fresh fields (seeds [10, SIZE, i])")
    p.add_argument("--size", type=int, default=256, help="with --fields: width = height in pixels (default 256)")
    p.add_argument("--start", type=int, default=0, help="with --fields: first index i (default 0)")
    args = p.parse_args(argv)
    if args.samples:
        write_samples(args.samples)
    if args.fields:
        write_fresh(args.fields[0], int(args.fields[1]), args.size, args.start)
    if not (args.samples or args.fields):
        p.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
