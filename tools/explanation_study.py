#!/usr/bin/env python3
"""The explanation study of docs/evaluation.md: ViT-CX variants against attention rollout and RISE.

For one task (the demo model's mitosis fields, or the red-cross scenes of tools/make_shapes.py) it runs the
product's own `evaluate` command once per variant on a folder of images with ground-truth masks, then
summarises every metric as the mean with its 95 % confidence interval (Student's t over the images, as
`evaluate` prints it) and, for the verdict, the paired differences on the same images:
patch pointing game of each variant minus rollout's, and deletion AUC of each variant minus the paper's.

Variants (all ViT-CX unless named): the paper's defaults (delta 0.1, sigma 0.1, the last block's norm1, min-max
cluster masks, coverage correction, one noise seed); delta in {0.02, 0.05, 0.2, 0.3}; sigma in {0, 0.3}; two
earlier target layers (models re-exported with tools/export_model.py --layer); without mask normalisation;
without the coverage correction; the mean over 4 noise seeds. Baselines: rollout (mean head fusion) and RISE.

Runs whose evaluation.csv exists are not repeated, so an interrupted study resumes. Needs the built jar
(mvn -B package) and, for the layer variants, the model's committed state_dict. Example:

  python tools/make_microscopy.py --evaluation-set /tmp/demo_fields 500
  nice python tools/explanation_study.py demo --images /tmp/demo_fields --out /tmp/study_demo
  python tools/make_shapes.py --evaluation-set /tmp/shapes 200
  nice python tools/explanation_study.py shapes --images /tmp/shapes --out /tmp/study_shapes
"""

import argparse
import csv
import json
import math
import os
import subprocess
import sys
from typing import Dict, List

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "ViT_CX.jar")
METRICS = [("deletion_auc", "deletion AUC ↓"), ("insertion_auc", "insertion AUC ↑"),
           ("pointing_game", "strict PG ↑"), ("patch_pointing_game", "patch PG ↑"),
           ("energy_pointing_game", "energy PG ↑")]
T95 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 10: 2.228, 20: 2.086, 30: 2.042, 60: 2.000, 120: 1.980}


def variants(task: str) -> List[Dict]:
    """Each run: a name, what differs from the paper, the evaluate options and the model (None: the task's)."""
    earlier = {"demo": [1, 2], "shapes": [2, 4]}[task]  # the last block is the paper's layer
    runs = [dict(name="paper", what="δ 0.1, σ 0.1, last block, normalised masks, coverage correction", args=[],
                 method="vitcx"),
            dict(name="rollout", what="attention rollout, mean heads", args=[], method="rollout")]
    runs += [dict(name=f"delta {d}", what=f"δ = {d}", args=["--threshold", str(d)]) for d in (0.02, 0.05, 0.2, 0.3)]
    runs += [dict(name=f"sigma {s}", what=f"σ = {s}", args=["--sigma", str(s)]) for s in (0, 0.3)]
    runs += [dict(name=f"layer {i}", what=f"tokens of blocks[{i}].norm1", args=[], layer=i) for i in earlier]
    runs += [dict(name="no mask normalisation", what="cluster masks = mean of their ViT masks",
                  args=["--mask-normalisation", "off"]),
             dict(name="no coverage correction", what="weighted sum, no division by coverage",
                  args=["--coverage-correction", "off"]),
             dict(name="4 seeds", what="mean over 4 noise seeds", args=["--seeds", "4"])]
    for r in runs:
        r.setdefault("method", "vitcx")
    return runs + [dict(name="rise", what="RISE", args=[], method="rise")]


def model_for(task: str, layer, out: str) -> str:
    """The task's model, or (exported once into `out`) the same weights with the tokens of another block."""
    if task == "demo":
        import train_demo_model as trainer
        default, state, name = trainer.export_arguments, trainer.STATE_DICT, "mitosis_vit"
    else:
        import train_shapes_model as trainer
        default, state, name = trainer.export_arguments, trainer.STATE_DICT, "shapes_vit"
    if layer is None:
        return os.path.join(ROOT, "test-images", "models", name + ".pt")
    path = os.path.join(out, f"{name}_block{layer}.pt")
    if not os.path.exists(path):
        import export_model
        cwd = os.getcwd()
        os.chdir(ROOT)
        try:
            if export_model.main(default(state, path) + ["--layer", str(layer)]) != 0:
                raise SystemExit(f"export of layer {layer} failed")
        finally:
            os.chdir(cwd)
    return path


def subset(images: str, out: str, count: int) -> str:
    """A folder of links to the first `count` images (by name) and their masks: the variants' smaller sample."""
    names = sorted(f for f in os.listdir(images) if "_mask." not in f)[:count]
    folder = os.path.join(out, f"first_{count}")
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(images):
        if f.split("_mask.")[0] in {os.path.splitext(n)[0] for n in names} or f in names:
            link = os.path.join(folder, f)
            if not os.path.lexists(link):
                os.symlink(os.path.abspath(os.path.join(images, f)), link)
    return folder


def run(task: str, variant: Dict, images: str, out: str, common: List[str]) -> str:
    """`evaluate` for one variant; returns its evaluation.csv (kept: a second call does not repeat the run)."""
    folder = os.path.join(out, variant["name"].replace(" ", "_"))
    table = os.path.join(folder, "evaluation.csv")
    if os.path.exists(table):
        return table
    model = model_for(task, variant.get("layer"), out)
    cmd = ["java", "-jar", JAR, "evaluate", "--model", model, "--images", images, "--out", folder,
           "--methods", variant["method"]] + common + variant["args"]
    print(" ".join(cmd), flush=True)
    with open(os.path.join(out, variant["name"].replace(" ", "_") + ".log"), "w") as log:
        subprocess.run(cmd, check=True, stdout=log, stderr=subprocess.STDOUT)
    return table


def read(table: str) -> Dict[str, Dict[str, float]]:
    """image → metric → value (one method per table)."""
    with open(table, newline="") as f:
        return {row["image"]: {m: float(row[m]) for m, _ in METRICS if row[m] not in ("", "NaN", "nan")}
                | {"K": row["K"]}
                for row in csv.DictReader(f)}


def t95(n: int) -> float:
    df = n - 1
    return T95[max(k for k in T95 if k <= df)] if df < 120 else 1.96


def mean_ci(values: List[float]):
    n = len(values)
    m = sum(values) / n
    if n < 2:
        return m, float("nan")
    sd = math.sqrt(sum((v - m) ** 2 for v in values) / (n - 1))
    return m, t95(n) * sd / math.sqrt(n)


def paired(a: Dict, b: Dict, metric: str):
    common = [k for k in a if k in b and metric in a[k] and metric in b[k]]
    return mean_ci([a[k][metric] - b[k][metric] for k in common])


def summarise(task: str, results: Dict[str, Dict], runs: List[Dict]) -> Dict:
    rollout, paper = results["rollout"], results["paper"]
    rows = []
    for r in runs:
        res = results[r["name"]]
        row = {"variant": r["name"], "what": r["what"], "n": len(res)}
        for m, _ in METRICS:
            row[m] = mean_ci([v[m] for v in res.values() if m in v])
        ks = [float(v["K"]) for v in res.values() if v["K"] not in ("", None)]
        row["K"] = sum(ks) / len(ks) if ks else None
        row["patch_pg_minus_rollout"] = paired(res, rollout, "patch_pointing_game")
        row["deletion_minus_paper"] = paired(res, paper, "deletion_auc")
        row["wins"] = (r["method"] == "vitcx" and row["patch_pg_minus_rollout"][0] > 0
                       and row["deletion_minus_paper"][0] <= 0)
        rows.append(row)
    return {"task": task, "rows": rows}


def markdown(summary: Dict) -> str:
    head = "| variant | K | " + " | ".join(label for _, label in METRICS) + \
           " | patch PG − rollout | deletion − paper |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in summary["rows"]:
        cells = [r["variant"], "" if r["K"] is None else f"{r['K']:.1f}"]
        cells += [f"{r[m][0]:.3f} ± {r[m][1]:.3f}" for m, _ in METRICS]
        cells += [f"{r['patch_pg_minus_rollout'][0]:+.3f} ± {r['patch_pg_minus_rollout'][1]:.3f}",
                  f"{r['deletion_minus_paper'][0]:+.3f} ± {r['deletion_minus_paper'][1]:.3f}"]
        lines.append("| " + " | ".join(cells) + " |")
    counts = ", ".join(f"{r['variant']} {r['n']}" for r in summary["rows"] if r["variant"] in ("paper", "rise"))
    lines.append(f"\nImages: {counts}, every other variant {summary['rows'][2]['n']}; mean ± 95 % CI "
                 "(Student's t); the last two columns are paired differences on the images both have.")
    return "\n".join(lines)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("task", choices=["demo", "shapes"])
    p.add_argument("--images", required=True, help="folder of images with NAME_mask ground truths")
    p.add_argument("--out", required=True)
    p.add_argument("--steps", type=int, default=32, help="deletion/insertion steps (default 32; evaluate's is 224)")
    p.add_argument("--rise-masks", type=int, default=500, help="RISE masks (default 500; evaluate's is 4000)")
    p.add_argument("--variant-images", type=int, default=200,
                   help="the ViT-CX variants run on the first N images only (default 200); paper and rollout on all")
    p.add_argument("--rise-images", type=int, default=100, help="RISE runs on the first N images (default 100)")
    p.add_argument("--only", nargs="+", metavar="VARIANT", help="run only these variants (names as listed)")
    args = p.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    common = ["--steps", str(args.steps), "--rise-masks", str(args.rise_masks)]
    runs = [r for r in variants(args.task) if not args.only or r["name"] in args.only]
    folders = {"paper": args.images, "rollout": args.images,
               "rise": subset(args.images, args.out, args.rise_images)}
    variant_images = subset(args.images, args.out, args.variant_images)
    results = {r["name"]: read(run(args.task, r, folders.get(r["name"], variant_images), args.out, common))
               for r in runs}
    if "rollout" not in results or "paper" not in results:
        return 0
    summary = summarise(args.task, results, runs)
    text = markdown(summary)
    print(text)
    with open(os.path.join(args.out, "study.md"), "w", encoding="utf-8") as f:
        f.write(text + "\n")
    with open(os.path.join(args.out, "study.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
