#!/usr/bin/env python3
"""Synthetic RGB scenes of coloured shapes where the evidence is one object: "is there a red cross?".

The second task of the explanation study (docs/evaluation.md), unlike the demo model's in every way that
matters to an explanation method: RGB 8-bit instead of 16-bit grey, 224 x 224 pixels with 16-pixel patches
(a 14 x 14 token grid instead of 8 x 8), and a deeper model (6 blocks instead of 4).

Each scene is a smooth two-colour gradient with texture and noise, on which 4-7 shapes are drawn without
overlapping: discs, squares, triangles and crosses in red, green, blue or yellow (each colour jittered, each
shape shaded). The class is "red cross" when exactly one red cross is present, else "no red cross". Neither
the colour nor the shape alone decides: a scene of either class contains, with probability 0.8 each, a red
shape that is not a cross and a cross that is not red, so the model must find the one object where both meet.
The ground-truth mask is that cross's pixels; scenes without it have an empty mask.

Everything is seeded: `scene(seed, positive)` always returns the same image. Seeds are lists of integers
(numpy SeedSequence entropy), [purpose, index]; training, held-out and evaluation scenes never share a seed.

Usage:
  python tools/make_shapes.py --evaluation-set /tmp/shapes 200   # positive scenes + masks to evaluate on
  python tools/make_shapes.py --preview /tmp/p 4                   # a few scenes of each class, mask outlined
"""

import argparse
import os
import sys
from dataclasses import dataclass
from typing import List, Tuple

import numpy as np
from PIL import Image

SIZE = 224
LABELS = ["no red cross", "red cross"]
COLOURS = {"red": (205, 45, 40), "green": (50, 170, 70), "blue": (55, 85, 215), "yellow": (225, 195, 45)}
SHAPES = ("disc", "square", "triangle", "cross")
RADIUS = (13, 21)            # half the shape's extent in pixels: 26-42 px objects, 2-3 patches across
OBJECTS = (4, 7)             # shapes per scene, the red cross included
HARD_NEGATIVE_P = 0.8        # chance of a red non-cross, and of a non-red cross, in any scene
PURPOSE_TRAIN, PURPOSE_HELD_OUT, PURPOSE_EVALUATION, PURPOSE_PREVIEW = 11, 12, 13, 14


@dataclass
class Scene:
    image: np.ndarray  # uint8 [H, W, 3]
    mask: np.ndarray   # bool [H, W]: the red cross
    positive: bool


def shape_mask(kind: str, r: int, rng: np.random.Generator) -> np.ndarray:
    """Boolean footprint of a shape in a (2r+1)^2 box, randomly rotated for triangles and crosses."""
    yy, xx = np.mgrid[-r:r + 1, -r:r + 1].astype(np.float64)
    angle = rng.uniform(0, np.pi / 2) if kind in ("triangle", "cross") else 0.0
    u = xx * np.cos(angle) + yy * np.sin(angle)
    v = -xx * np.sin(angle) + yy * np.cos(angle)
    if kind == "disc":
        return xx ** 2 + yy ** 2 <= r * r
    if kind == "square":
        return (np.abs(xx) <= r * 0.8) & (np.abs(yy) <= r * 0.8)
    if kind == "triangle":  # equilateral, pointing along -v
        return (v <= r * 0.5) & (v >= -r + np.sqrt(3) * np.abs(u))
    arm = r * 0.32  # cross: two bars of width 2*arm
    return ((np.abs(u) <= arm) & (np.abs(v) <= r)) | ((np.abs(v) <= arm) & (np.abs(u) <= r))


def background(rng: np.random.Generator) -> np.ndarray:
    """Two muted colours blended along a random direction, plus smooth texture and pixel noise (float RGB)."""
    c0, c1 = rng.uniform(70, 170, 3), rng.uniform(70, 170, 3)
    yy, xx = np.mgrid[0:SIZE, 0:SIZE] / (SIZE - 1)
    a = rng.uniform(0, 2 * np.pi)
    t = np.clip(0.5 + (xx - 0.5) * np.cos(a) + (yy - 0.5) * np.sin(a), 0, 1)[..., None]
    coarse = rng.normal(0, 10, (SIZE // 14, SIZE // 14, 3))  # 14-px blocks: not aligned with the 16-px patches
    texture = np.kron(coarse, np.ones((14, 14, 1)))
    return c0 * (1 - t) + c1 * t + texture + rng.normal(0, 8, (SIZE, SIZE, 3))


def choose_objects(rng: np.random.Generator, positive: bool) -> List[Tuple[str, str]]:
    """The (shape, colour) pairs of a scene: never a red cross, except the one of a positive scene."""
    objects = [("cross", "red")] if positive else []
    if rng.random() < HARD_NEGATIVE_P:
        objects.append((rng.choice(["disc", "square", "triangle"]), "red"))
    if rng.random() < HARD_NEGATIVE_P:
        objects.append(("cross", rng.choice(["green", "blue", "yellow"])))
    total = rng.integers(OBJECTS[0], OBJECTS[1] + 1)
    while len(objects) < total:
        kind, colour = rng.choice(SHAPES), rng.choice(list(COLOURS))
        if (kind, colour) != ("cross", "red"):
            objects.append((kind, colour))
    return objects


def scene(seed: List[int], positive: bool) -> Scene:
    rng = np.random.default_rng(seed)
    img = background(rng)
    occupied = np.zeros((SIZE, SIZE), bool)
    mask = np.zeros((SIZE, SIZE), bool)
    for kind, colour in choose_objects(rng, positive):
        r = int(rng.integers(RADIUS[0], RADIUS[1] + 1))
        foot = shape_mask(kind, r, rng)
        for _ in range(100):  # place without overlap (a 3-pixel gap); give up on a crowded scene
            y, x = rng.integers(r + 2, SIZE - r - 2, 2)
            box = (slice(y - r - 3, y + r + 4), slice(x - r - 3, x + r + 4))
            if not occupied[box].any():
                break
        else:
            continue
        occupied[box] = True
        where = np.zeros((SIZE, SIZE), bool)
        where[y - r:y + r + 1, x - r:x + r + 1] = foot
        rgb = np.array(COLOURS[colour]) + rng.normal(0, 12, 3)
        shade = 1 + 0.15 * (np.mgrid[0:SIZE, 0:SIZE][1] - x) / r  # light from one side
        img[where] = rgb * shade[where][:, None] + rng.normal(0, 6, (where.sum(), 3))
        if (kind, colour) == ("cross", "red"):
            mask = where
    return Scene(np.clip(img, 0, 255).astype(np.uint8), mask, positive and mask.any())


def dataset(purpose: int, count: int, start: int = 0) -> Tuple[np.ndarray, np.ndarray]:
    """`count` scenes [purpose, start + i], classes alternating (odd i positive): uint8 [N, H, W, 3], labels."""
    images = np.empty((count, SIZE, SIZE, 3), np.uint8)
    labels = np.empty(count, np.int64)
    for i in range(count):
        k = start + i
        s = scene([purpose, k], bool(k % 2))
        images[i], labels[i] = s.image, int(s.positive)
    return images, labels


def write_evaluation_set(out_dir: str, count: int) -> None:
    """Positive scenes [PURPOSE_EVALUATION, i] as PNG with their masks (`evaluate`'s NAME_mask convention)."""
    os.makedirs(out_dir, exist_ok=True)
    for i in range(count):
        s = scene([PURPOSE_EVALUATION, i], True)
        Image.fromarray(s.image).save(os.path.join(out_dir, f"shapes_{i:03d}.png"))
        Image.fromarray(s.mask.astype(np.uint8) * 255).save(os.path.join(out_dir, f"shapes_{i:03d}_mask.png"))
    print(f"wrote {count} red-cross scenes and their masks to {out_dir}")


def preview(out_dir: str, count: int) -> None:
    os.makedirs(out_dir, exist_ok=True)
    for i in range(count):
        for positive in (False, True):
            s = scene([PURPOSE_PREVIEW, i], positive)
            img = s.image.copy()
            inner = np.zeros_like(s.mask)
            inner[1:-1, 1:-1] = s.mask[1:-1, 1:-1] & s.mask[:-2, 1:-1] & s.mask[2:, 1:-1] \
                & s.mask[1:-1, :-2] & s.mask[1:-1, 2:]
            img[s.mask & ~inner] = (255, 255, 255)
            Image.fromarray(img).save(os.path.join(out_dir, f"{'pos' if positive else 'neg'}_{i}.png"))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--evaluation-set", nargs=2, metavar=("DIR", "N"),
                   help="write N red-cross scenes (seeds [13, i]) and their masks into DIR")
    p.add_argument("--preview", nargs=2, metavar=("DIR", "N"), help="write N scenes of each class, mask outlined")
    args = p.parse_args(argv)
    if args.evaluation_set:
        write_evaluation_set(args.evaluation_set[0], int(args.evaluation_set[1]))
    if args.preview:
        preview(args.preview[0], int(args.preview[1]))
    if not (args.evaluation_set or args.preview):
        p.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
