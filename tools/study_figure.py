#!/usr/bin/env python3
"""Why ViT-CX maps look broad: the figure and the numbers of docs/evaluation.md ("What makes the maps broad").

ViT-CX's causal score of cluster c is s_c = P(X_c) - P(R_c) + p (paper step 9), so every score carries the
clean probability p, and the coverage-corrected map (step 10) is, at each pixel, a weighted average of the
scores divided by K. Where the masks' effects P(X_c) - P(R_c) are small next to p, the map is a pedestal p/K
with small ripples: broad on an absolute scale, whatever its ranking says.

--figure: one field in panels: the field with its ground truth; the ViT-CX map on an absolute scale from 0
(the pedestal shows); the same map min-max stretched (as the overlay shows it); rollout's map; the four
cluster masks with the largest areas, each with its effect s_c - p.
--stats N: over the first N fields of a folder: the pedestal (the map's minimum over its maximum), the
spread of the effects next to p, K, the mean mask area, and the energy pointing game of the map as it is and of
the map minus its minimum (the ranking, hence both pointing games and deletion/insertion, is the same).

The maps are computed by tools/reference_vitcx.py (the Python reference the engine is tested against) with
seeded noise; rollout's map comes from the jar (`explain --method rollout`).

  python tools/study_figure.py --model test-images/models/mitosis_vit.pt --figure test-images/mitotic_01.tif \\
      --output docs/images/broad_maps.png
  python tools/study_figure.py --model test-images/models/mitosis_vit.pt --stats /tmp/demo_fields 100
"""

import argparse
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch
from PIL import Image, ImageDraw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_vitcx as ref  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PANEL = 192
GAP = 6
CAPTION = 30


def field_input(path: str, meta):
    """The image as the engine preprocesses it at model size (8-bit via the reference, 16-bit TIFFs here)."""
    img = Image.open(path)
    if img.mode in ("I;16", "I;16B", "I"):
        lo, hi = meta["preprocessing"]["value_range"]["16-bit"]
        v = (np.asarray(img, np.float64) - lo) / (hi - lo)
        pre = meta["preprocessing"]
        x = (v[None] - np.asarray(pre["mean"])[:, None, None]) / np.asarray(pre["std"])[:, None, None]
        return torch.from_numpy(x.astype(np.float32)), np.asarray(img, np.float64)
    pixels = ref.read_image(path, meta)
    return ref.preprocess(pixels, meta), pixels.transpose(1, 2, 0).astype(np.float64)


def mask_of(path: str) -> np.ndarray:
    stem, _ = os.path.splitext(path)
    for ext in (".tif", ".png"):
        if os.path.exists(stem + "_mask" + ext):
            return np.asarray(Image.open(stem + "_mask" + ext)) > 0
    raise SystemExit(f"no ground truth {stem}_mask.tif/.png")


def explain(model, meta, path: str):
    x, pixels = field_input(path, meta)
    return ref.run_vitcx(model, meta, x, sigma=0.1, noise_seed=0), pixels


def energy(saliency: np.ndarray, mask: np.ndarray) -> float:
    e = np.maximum(saliency, 0)
    return float(e[mask].sum() / e.sum()) if e.sum() > 0 else float("nan")


def rollout_maps(model_path: str, folder: str, names) -> dict:
    """Rollout's maps of the images, from one folder-mode run of the jar."""
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            os.symlink(os.path.abspath(os.path.join(folder, name)), os.path.join(tmp, name))
        out = os.path.join(tmp, "out")
        subprocess.run(["java", "-jar", os.path.join(ROOT, "target", "ViT_CX.jar"), "explain", "--model", model_path,
                        "--images", tmp, "--out", out, "--method", "rollout"], check=True, capture_output=True)
        return {n: np.asarray(Image.open(os.path.join(out, os.path.splitext(n)[0] + "_saliency.tif")), np.float64)
                for n in names}


def stats(model_path: str, folder: str, count: int) -> int:
    model, meta = ref.load_model(model_path)
    names = sorted(f for f in os.listdir(folder) if "_mask." not in f)[:count]
    rollout = rollout_maps(model_path, folder, names)
    rows = []
    for name in names:
        path = os.path.join(folder, name)
        r, _ = explain(model, meta, path)
        mask = mask_of(path)
        s, roll = r.saliency, rollout[name]
        effects = r.scores - r.probability
        rows.append([s.min() / s.max(), (effects.max() - effects.min()) / r.probability, len(r.clusters),
                     float(r.masks.mean()), energy(s, mask), energy(s - s.min(), mask), roll.min() / roll.max(),
                     energy(roll, mask), energy(roll - roll.min(), mask), mask.mean()])
    a = np.array(rows)
    labels = ["pedestal min/max", "effect spread / p", "K", "mean mask area", "energy PG (map)",
              "energy PG (map - min)", "rollout min/max", "rollout energy PG", "rollout energy PG (- min)",
              "object area fraction"]
    print(f"{len(rows)} fields of {folder}: median [quartiles]")
    for i, label in enumerate(labels):
        q1, med, q3 = np.percentile(a[:, i], [25, 50, 75])
        print(f"  {label:24} {med:.3f} [{q1:.3f}, {q3:.3f}]   mean {a[:, i].mean():.3f}")
    return 0


def colour(values: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """A blue-to-yellow ramp (dark = low) for values scaled to [lo, hi]."""
    t = np.clip((values - lo) / (hi - lo if hi > lo else 1), 0, 1)[..., None]
    dark, mid, bright = np.array([20, 20, 90]), np.array([200, 60, 90]), np.array([250, 230, 60])
    rgb = np.where(t < 0.5, dark + (mid - dark) * t * 2, mid + (bright - mid) * (t - 0.5) * 2)
    return rgb.astype(np.uint8)


def gray(pixels: np.ndarray) -> np.ndarray:
    p = pixels if pixels.ndim == 2 else pixels.mean(2)
    g = ((p - p.min()) / (p.max() - p.min()) * 255).astype(np.uint8)
    return np.stack([g] * 3, -1) if pixels.ndim == 2 else pixels.astype(np.uint8)


def panel(rgb: np.ndarray, mask: np.ndarray, caption: str) -> Image.Image:
    img = Image.fromarray(rgb).resize((PANEL, PANEL), Image.NEAREST)
    edge = Image.fromarray(((mask ^ np.roll(mask, 1, 0)) | (mask ^ np.roll(mask, 1, 1))).astype(np.uint8) * 255)
    edge = np.asarray(edge.resize((PANEL, PANEL), Image.NEAREST)) > 0
    arr = np.asarray(img).copy()
    arr[edge] = (255, 255, 255)
    out = Image.new("RGB", (PANEL, PANEL + CAPTION), (255, 255, 255))
    out.paste(Image.fromarray(arr), (0, 0))
    ImageDraw.Draw(out).multiline_text((2, PANEL + 2), caption, fill=(0, 0, 0), spacing=1)
    return out


def rollout_map(model_path: str, image: str) -> np.ndarray:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["java", "-jar", os.path.join(ROOT, "target", "ViT_CX.jar"), "explain", "--model", model_path,
                        "--image", image, "--out", out, "--method", "rollout"], check=True, capture_output=True)
        name = os.path.splitext(os.path.basename(image))[0]
        return np.asarray(Image.open(os.path.join(out, name + "_saliency.tif")), np.float64)


def figure(model_path: str, image: str, output: str) -> int:
    model, meta = ref.load_model(model_path)
    r, pixels = explain(model, meta, image)
    mask = mask_of(image)
    s = r.saliency
    roll = rollout_map(model_path, image)
    panels = [panel(gray(pixels), mask, "field, ground truth"),
              panel(colour(s, 0, s.max()), mask, f"ViT-CX, absolute scale\nmin = {s.min() / s.max():.0%} of max"),
              panel(colour(s, s.min(), s.max()), mask, f"ViT-CX, min-max\nenergy PG {energy(s, mask):.3f}"),
              panel(colour(roll, roll.min(), roll.max()), mask, f"rollout, min-max\nenergy PG {energy(roll, mask):.3f}")]
    masks = r.masks.numpy()
    for c in np.argsort(-masks.reshape(len(masks), -1).mean(1))[:4]:
        effect = r.scores[c] - r.probability
        panels.append(panel(colour(masks[c], 0, 1), mask, f"cluster {c}: area {masks[c].mean():.0%}\n"
                            f"s - p = {effect:+.4f} (p = {r.probability:.3f})"))
    columns = 4
    rows = (len(panels) + columns - 1) // columns
    canvas = Image.new("RGB", (columns * (PANEL + GAP), rows * (PANEL + CAPTION + GAP)), (255, 255, 255))
    for i, p in enumerate(panels):
        canvas.paste(p, ((i % columns) * (PANEL + GAP), (i // columns) * (PANEL + CAPTION + GAP)))
    canvas.save(output)
    print(f"wrote {output}: K = {len(r.clusters)}, p = {r.probability:.3f}, effects "
          f"{(r.scores - r.probability).min():+.4f} .. {(r.scores - r.probability).max():+.4f}")
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", required=True)
    p.add_argument("--figure", metavar="IMAGE", help="the field to draw (its NAME_mask beside it)")
    p.add_argument("--output", help="the PNG to write with --figure")
    p.add_argument("--stats", nargs=2, metavar=("DIR", "N"), help="statistics over the first N fields of DIR")
    args = p.parse_args(argv)
    if args.figure:
        return figure(args.model, args.figure, args.output)
    if args.stats:
        return stats(args.model, args.stats[0], int(args.stats[1]))
    p.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
