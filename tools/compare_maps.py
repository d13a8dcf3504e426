#!/usr/bin/env python3
"""Compare two sets of ViT-CX maps of the same images, e.g. an int8 export against its float model.

Reads, for every NAME.json in --reference, the same NAME in --candidate (both written by
`java -jar target/ViT_CX.jar explain ... --out DIR`): the explained class, K and NAME_saliency.tif.
Prints per image K (both), the Pearson correlation of the two maps and whether the top-1 class agrees,
then the summary docs/models.md quotes (int8 fidelity).

  python tools/compare_maps.py --reference /tmp/maps_float --candidate /tmp/maps_int8
"""

import argparse
import glob
import json
import os
import sys

import numpy as np
from PIL import Image


def read(folder: str, name: str):
    with open(os.path.join(folder, name + ".json"), encoding="utf-8") as f:
        result = json.load(f)["result"]
    saliency = np.asarray(Image.open(os.path.join(folder, name + "_saliency.tif")), dtype=np.float64)
    return result, saliency


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reference", required=True, help="explain --out folder of the reference model")
    p.add_argument("--candidate", required=True, help="explain --out folder of the model to compare")
    p.add_argument("--quiet", action="store_true", help="summary only")
    args = p.parse_args(argv)

    rows = []
    for path in sorted(glob.glob(os.path.join(args.reference, "*.json"))):
        name = os.path.basename(path)[:-len(".json")]
        if not os.path.exists(os.path.join(args.candidate, name + ".json")):
            continue
        (ref, a), (cand, b) = read(args.reference, name), read(args.candidate, name)
        r = np.corrcoef(a.ravel(), b.ravel())[0, 1]
        rows.append((name, ref["masks"], cand["masks"], r, ref["target"] == cand["target"]))
        if not args.quiet:
            print(f"{name}: K {ref['masks']} / {cand['masks']}, r {r:.4f}, top-1 "
                  f"{'agrees' if rows[-1][4] else 'differs'}")
    if not rows:
        print("no image explained in both folders", file=sys.stderr)
        return 1
    k_equal = np.mean([r[1] == r[2] for r in rows])
    corr = np.array([r[3] for r in rows])
    print(f"{len(rows)} images: top-1 agreement {np.mean([r[4] for r in rows]):.3f}, K equal {k_equal:.3f}, "
          f"|K difference| mean {np.mean([abs(r[1] - r[2]) for r in rows]):.2f}; map correlation median "
          f"{np.median(corr):.4f}, 5th percentile {np.percentile(corr, 5):.4f}, min {corr.min():.4f}, "
          f"share >= 0.95 {np.mean(corr >= 0.95):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
