#!/usr/bin/env python3
"""Pointing game at pixel and at patch resolution, from saved ViT-CX maps.

ViT-CX's map is the token grid upsampled, so its maximum sits on a patch centre. This script
tells apart two reasons for a pointing-game miss: the maximum lies in a patch that the object
overlaps, a pixel or two beside a thin object (a resolution miss), or in a patch without the
object (a real miss). It reads, for every IMAGES/NAME_mask.tif, the map MAPS/NAME_saliency.tif
written by `java -jar target/ViT_CX.jar explain ... --out MAPS` and the class in MAPS/NAME.json.
The images must be at the model's input size (one patch = PATCH pixels). docs/models.md shows
the run on the demo model.

  python tools/pointing_game_resolution.py --images /tmp/fields --maps /tmp/maps --patch 8
"""

import argparse
import glob
import json
import os
import sys

import numpy as np
from PIL import Image
from scipy import ndimage


def judge(saliency: np.ndarray, mask: np.ndarray, patch: int):
    """(maximum's x, y, distance to the mask in pixels, whether its patch overlaps the mask)."""
    y, x = np.unravel_index(np.argmax(saliency), saliency.shape)  # first maximum in row-major order
    distance = ndimage.distance_transform_edt(~mask)[y, x]
    y0, x0 = y // patch * patch, x // patch * patch
    return x, y, distance, bool(mask[y0:y0 + patch, x0:x0 + patch].any())


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--images", required=True, help="folder with NAME_mask.tif")
    p.add_argument("--maps", required=True, help="--out folder of the explain command")
    p.add_argument("--patch", type=int, default=8, help="patch size of the model in pixels (default 8)")
    args = p.parse_args(argv)

    rows = []
    for mask_file in sorted(glob.glob(os.path.join(args.images, "*_mask.tif"))):
        name = os.path.basename(mask_file)[:-len("_mask.tif")]
        map_file = os.path.join(args.maps, name + "_saliency.tif")
        if not os.path.exists(map_file):
            continue
        mask = np.asarray(Image.open(mask_file)) > 0
        saliency = np.asarray(Image.open(map_file), dtype=np.float64)
        with open(os.path.join(args.maps, name + ".json"), encoding="utf-8") as f:
            label = json.load(f)["result"]["label"]
        rows.append((name, label) + judge(saliency, mask, args.patch))
    if not rows:
        print("no NAME_saliency.tif in --maps for the NAME_mask.tif in --images", file=sys.stderr)
        return 1

    distance = np.array([r[4] for r in rows])
    patch_hit = np.array([r[5] for r in rows])
    n = len(rows)
    print(f"{n} maps; pointing game on the object's pixels {np.mean(distance == 0):.2f}, "
          f"in a patch of the object {patch_hit.mean():.2f}")
    print("misses: " + ", ".join(f"{k} {v}" for k, v in [
        ("beside the object, in its patch", int(((distance > 0) & patch_hit).sum())),
        ("in a patch without the object", int((~patch_hit).sum()))]))
    for d in (1, 2, 3):
        print(f"maximum within {d} px of the object: {np.mean(distance <= d):.2f}")
    offsets = np.bincount([r[2] % args.patch for r in rows] + [r[3] % args.patch for r in rows],
                          minlength=args.patch)
    print(f"position of the maximum inside its patch (x and y, 0..{args.patch - 1}): {offsets.tolist()}")
    for name, label, x, y, d, hit in rows:
        if not hit:
            print(f"  {name}: explained as {label}, maximum at ({x}, {y}), {d:.1f} px from the object")
    return 0


if __name__ == "__main__":
    sys.exit(main())
