#!/usr/bin/env python3
"""Compose the README picture from the CLI's output for one sample field.

Left: the field (linear min-max display, as ImageJ shows a 16-bit image) with the ground-truth
outline. Right: the overlay PNG written by `java -jar target/ViT_CX.jar explain`, unchanged apart
from the 4x enlargement, with the same outline and a cross at the saliency maximum (read from the
32-bit saliency TIFF). Nothing is recomputed here; the heatmap is the project's own rendering.

Usage (after the README's first command):
  python tools/make_readme_figure.py --image test-images/mitotic_01.tif --results results \\
      --output docs/images/demo_mitotic.png
"""

import argparse
import os
import sys

import numpy as np
from PIL import Image, ImageDraw
from scipy import ndimage

SCALE = 4
GAP = 8
OUTLINE = (255, 64, 200)  # magenta: visible on gray and on viridis
CROSS = (255, 255, 255)


def enlarge(rgb: np.ndarray) -> np.ndarray:
    return rgb.repeat(SCALE, 0).repeat(SCALE, 1)


def outline(rgb: np.ndarray, mask: np.ndarray) -> np.ndarray:
    big = mask.repeat(SCALE, 0).repeat(SCALE, 1)
    edge = big & ~ndimage.binary_erosion(big, iterations=2)
    out = rgb.copy()
    out[edge] = OUTLINE
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--image", required=True, help="the sample TIFF (its _mask.tif must lie beside it)")
    p.add_argument("--results", required=True, help="the --out folder of the explain command")
    p.add_argument("--output", required=True)
    args = p.parse_args(argv)

    name = os.path.splitext(os.path.basename(args.image))[0]
    field = np.asarray(Image.open(args.image), dtype=np.float64)
    mask = np.asarray(Image.open(args.image[:-len(".tif")] + "_mask.tif")) > 0
    overlay = np.asarray(Image.open(os.path.join(args.results, name + "_overlay.png")).convert("RGB"))
    saliency = np.asarray(Image.open(os.path.join(args.results, name + "_saliency.tif")), dtype=np.float64)

    gray = np.round((field - field.min()) / (field.max() - field.min()) * 255).astype(np.uint8)
    left = outline(enlarge(np.stack([gray] * 3, -1)), mask)
    right = outline(enlarge(overlay), mask)
    y, x = np.unravel_index(np.argmax(saliency), saliency.shape)

    h, w = left.shape[:2]
    canvas = Image.new("RGB", (2 * w + GAP, h), (255, 255, 255))
    canvas.paste(Image.fromarray(left), (0, 0))
    canvas.paste(Image.fromarray(right), (w + GAP, 0))
    draw = ImageDraw.Draw(canvas)
    cx, cy = w + GAP + x * SCALE + SCALE // 2, y * SCALE + SCALE // 2
    for d in (-1, 0, 1):
        draw.line([(cx - 9, cy + d), (cx + 9, cy + d)], fill=CROSS)
        draw.line([(cx + d, cy - 9), (cx + d, cy + 9)], fill=CROSS)
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    canvas.save(args.output, optimize=True)
    print(f"{args.output}: {canvas.size[0]}x{canvas.size[1]}, saliency maximum at ({x}, {y}) "
          f"{'inside' if mask[y, x] else 'outside'} the ground truth")
    return 0


if __name__ == "__main__":
    sys.exit(main())
