#!/usr/bin/env python3
"""Per-cell accuracy of an exported single-cell model on fields with a label image and a table of the cells.

Each labelled cell of every field in a folder (tools/make_cells.py's `<name>.tif` + `<name>_cells.csv`,
and `<name>_labels.tif` for the neighbours) is classified through a window of the model's input size
placed by make_cells.window_origin, the rule the plugin uses (centred on the centroid rounded down,
shifted inside the field near its edges), with no jitter. The model is the exported TorchScript file
itself, preprocessed as its vitcx.json says (16-bit value range, mean, std), so this measures what the
plugin will run. Printed: accuracy with a 95 % CI, the mitotic class's recall and precision, ROC AUC, how
often a field's mitotic cells are its most probable ones, the share called mitotic per kind of cell
(which imposters fool it), and the accuracy of cells whose window was shifted at the field's edge and of
interphase cells with a mitotic neighbour in their window.

  python tools/make_cells.py --fields /tmp/cells 20
  python tools/evaluate_cells.py --model test-images/models/cell_vit.pt --fields /tmp/cells --out /tmp/cells.csv

`--out` writes one row per cell (field, label, kind, class, p(mitotic), predicted class, shifted, mitotic
neighbour), for later per-cell studies.
"""

import argparse
import glob
import json
import math
import os
import sys
from typing import Dict, List, Tuple

import numpy as np
import torch
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_cells as mc  # noqa: E402

EXTRA_FILE = "vitcx.json"


class Model:
    """An exported single-channel model and its preprocessing, from the file's own metadata."""

    def __init__(self, path: str):
        files = {EXTRA_FILE: ""}
        self.module = torch.jit.load(path, map_location="cpu", _extra_files=files).eval()
        meta = json.loads(files[EXTRA_FILE])
        size = meta["input"]
        if size["channels"] != 1 or size["height"] != size["width"]:
            raise SystemExit(f"error: {path} takes {size}; this tool needs a single-channel square input")
        lo, hi = meta["preprocessing"]["value_range"]["16-bit"]  # fields are 16-bit
        self.size, self.range = size["height"], (lo, hi)
        self.mean, self.std = meta["preprocessing"]["mean"][0], meta["preprocessing"]["std"][0]
        self.mitotic = meta["labels"].index("mitotic")

    def p_mitotic(self, crops: np.ndarray, batch: int = 256) -> np.ndarray:
        lo, hi = self.range
        out = []
        with torch.no_grad():
            for s in range(0, len(crops), batch):
                x = (torch.from_numpy(crops[s:s + batch].astype(np.float32)) - lo) / (hi - lo)
                logits = self.module(((x - self.mean) / self.std).unsqueeze(1))[0]
                out.append(torch.softmax(logits, 1)[:, self.mitotic].numpy())
        return np.concatenate(out)


def read_tiff(path: str) -> np.ndarray:
    return np.array(Image.open(path))


def field_rows(model: Model, csv_path: str) -> List[Dict]:
    """One row per cell of one field: its truth, the model's p(mitotic), and the window's circumstances."""
    name = os.path.basename(csv_path)[:-len("_cells.csv")]
    base = csv_path[:-len("_cells.csv")]
    image, labels = read_tiff(base + ".tif"), read_tiff(base + "_labels.tif")
    cells = mc.read_cells(csv_path)
    probs = model.p_mitotic(mc.crops(image, cells, model.size))
    mitotic_ids = [c["label"] for c in cells if c["class"] == "mitotic"]
    h, w = image.shape
    rows = []
    for c, p in zip(cells, probs):
        x0, y0 = mc.window_origin(c["x"], c["y"], w, h, model.size)
        neighbours = [i for i in mitotic_ids if i != c["label"]]
        inside = labels[y0:y0 + model.size, x0:x0 + model.size]
        rows.append({"field": name, "label": c["label"], "kind": c["kind"], "class": c["class"],
                     "p_mitotic": float(p), "predicted": mc.LABELS[int(p > 0.5)],
                     "shifted": int((x0, y0) != mc.window_centred(c["x"], c["y"], model.size)),
                     "mitotic_neighbour": int(bool(np.isin(inside, neighbours).any()))})
    return rows


def proportion(k: int, n: int) -> str:
    """k / n with a 95 % Wilson interval."""
    if n == 0:
        return "-"
    p, z = k / n, 1.96
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return f"{p:.4f} [{max(centre - half, 0.0):.4f}, {min(centre + half, 1.0):.4f}] ({k}/{n})"


def roc_auc(truth: np.ndarray, score: np.ndarray) -> float:
    """Probability that a random mitotic cell scores above a random interphase one (ties count half)."""
    pos, neg = score[truth], score[~truth]
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def ranking(rows: List[Dict]) -> Tuple[int, int]:
    """Over fields: how many of each field's m mitotic cells are among its m most probable cells."""
    hits = total = 0
    for name in sorted({r["field"] for r in rows}):
        field = sorted((r for r in rows if r["field"] == name), key=lambda r: -r["p_mitotic"])
        m = sum(r["class"] == "mitotic" for r in field)
        hits += sum(r["class"] == "mitotic" for r in field[:m])
        total += m
    return hits, total


def report(rows: List[Dict]) -> None:
    truth = np.array([r["class"] == "mitotic" for r in rows])
    said = np.array([r["predicted"] == "mitotic" for r in rows])
    right = truth == said
    fields = len({r["field"] for r in rows})
    print(f"{len(rows)} cells in {fields} fields ({truth.sum()} mitotic)")
    print(f"  per-cell accuracy      {proportion(int(right.sum()), len(rows))}")
    print(f"  mitotic recall         {proportion(int((truth & said).sum()), int(truth.sum()))}")
    print(f"  mitotic precision      {proportion(int((truth & said).sum()), int(said.sum()))}")
    print(f"  ROC AUC                {roc_auc(truth, np.array([r['p_mitotic'] for r in rows])):.4f}")
    print(f"  mitotic cells ranked first in their field: {proportion(*ranking(rows))}")
    print("  called mitotic, per kind:")
    for kind in mc.KIND_CLASS:
        sel = [r for r in rows if r["kind"] == kind]
        print(f"    {kind:>12} ({mc.KIND_CLASS[kind]}): "
              f"{proportion(sum(r['predicted'] == 'mitotic' for r in sel), len(sel))}")
    interphase = [r for r in rows if r["class"] == "interphase"]
    for what, sel in (("window shifted at the edge", [r for r in rows if r["shifted"]]),
                      ("window not shifted", [r for r in rows if not r["shifted"]]),
                      ("interphase-class cells with a mitotic neighbour in the window",
                       [r for r in interphase if r["mitotic_neighbour"]]),
                      ("interphase-class cells without", [r for r in interphase if not r["mitotic_neighbour"]])):
        print(f"  accuracy, {what}: {proportion(sum(r['predicted'] == r['class'] for r in sel), len(sel))}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", required=True, help="exported TorchScript file (tools/export_model.py)")
    p.add_argument("--fields", required=True, metavar="DIR", help="folder of <name>.tif, <name>_labels.tif, "
                   "<name>_cells.csv (tools/make_cells.py --fields)")
    p.add_argument("--out", metavar="CSV", help="write one row per cell here")
    args = p.parse_args(argv)
    torch.set_num_threads(2)
    model = Model(args.model)
    tables = sorted(glob.glob(os.path.join(args.fields, "*_cells.csv")))
    if not tables:
        raise SystemExit(f"error: no *_cells.csv in {args.fields}; write fields with tools/make_cells.py --fields")
    rows = [r for t in tables for r in field_rows(model, t)]
    report(rows)
    if args.out:
        keys = list(rows[0])
        with open(args.out, "w") as f:
            f.write(",".join(keys) + "\n")
            f.writelines(",".join(str(r[k]) for k in keys) + "\n" for r in rows)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
