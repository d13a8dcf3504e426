#!/usr/bin/env python3
"""Compose the README's per-cell picture from `explain --objects` output for one bundled field.

Left: the field (linear min-max display, as ImageJ shows a 16-bit image). Right: the overlay PNG the command
wrote (the field's evidence map over the image, each cell's outline in its predicted class's colour), enlarged,
with each cell's share of its map's evidence inside it (percent, from NAME_objects.csv) written on the cell.
Nothing is recomputed here.

Usage (after `java -jar target/ViT_CX.jar explain --model test-images/models/cell_vit.pt
  --image test-images/cells/field_01.tif --objects test-images/cells/field_01_labels.tif --out results`):
  python tools/make_objects_figure.py --image test-images/cells/field_01.tif --results results \\
      --output docs/images/objects_evidence_field_01.png
"""

import argparse
import csv
import os

import numpy as np
from PIL import Image, ImageDraw

SCALE = 4
GAP = 8


def enlarge(rgb: np.ndarray) -> np.ndarray:
    return rgb.repeat(SCALE, 0).repeat(SCALE, 1)


def field_rgb(path: str) -> np.ndarray:
    pixels = np.asarray(Image.open(path), dtype=np.float64)
    lo, hi = pixels.min(), pixels.max()
    gray = np.uint8(np.clip((pixels - lo) / max(hi - lo, 1e-12) * 255, 0, 255))
    return np.stack([gray] * 3, axis=-1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--image", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()
    name = os.path.splitext(os.path.basename(args.image))[0]
    left = enlarge(field_rgb(args.image))
    right = enlarge(np.asarray(Image.open(os.path.join(args.results, name + "_overlay.png")).convert("RGB")))
    canvas = Image.new("RGB", (left.shape[1] * 2 + GAP, left.shape[0]), (255, 255, 255))
    canvas.paste(Image.fromarray(left), (0, 0))
    canvas.paste(Image.fromarray(right), (left.shape[1] + GAP, 0))
    draw = ImageDraw.Draw(canvas)
    with open(os.path.join(args.results, name + "_objects.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            text = "%d" % round(100 * float(row["evidence_inside"]))
            x = left.shape[1] + GAP + float(row["x"]) * SCALE
            y = float(row["y"]) * SCALE
            box = draw.textbbox((0, 0), text)
            at = (x - (box[2] - box[0]) / 2, y - (box[3] - box[1]) / 2)
            draw.text(at, text, fill=(255, 255, 255), stroke_width=2, stroke_fill=(0, 0, 0))
    canvas.save(args.output, optimize=True)


if __name__ == "__main__":
    main()
