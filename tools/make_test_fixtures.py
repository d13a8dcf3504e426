#!/usr/bin/env python3
"""Regenerate the synthetic test images and ViT-CX reference cases in src/test/resources/reference/.

Run tools/make_test_models.py first: the cases are computed from those model files.
Each case folder holds image.png (an 8-bit synthetic image at the model's input
size), case.json and the raw float32 arrays (docs/model-format.md). Everything is
seeded, so a rerun reproduces the same files on the same torch/numpy versions.

Usage:  python tools/make_test_fixtures.py [--models-dir DIR] [--output-dir DIR]
"""

import argparse
import os
import sys
from dataclasses import dataclass
from typing import Optional

import numpy as np
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_vitcx  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODELS_DIR = os.path.join(ROOT, "src", "test", "resources", "models")
REFERENCE_DIR = os.path.join(ROOT, "src", "test", "resources", "reference")

# A case is only useful to the Java tests if float32 vs float64 rounding cannot flip a
# merge decision: every merge height must stay at least this far from the threshold.
MIN_MERGE_MARGIN = 1e-3


@dataclass
class Case:
    name: str
    model: str
    image_seed: int
    threshold: float = 0.1
    sigma: float = 0.0
    noise_seed: int = 0
    target_rank: Optional[int] = None  # None: top-1; r: the (r+1)-th most probable class
    expect_k1: bool = False


CASES = [
    Case("vit_sigma0", "vit_test.pt", image_seed=11),
    Case("vit_noise", "vit_test.pt", image_seed=11, sigma=0.1, noise_seed=0),
    Case("vit_target_label", "vit_test.pt", image_seed=11, target_rank=1),
    Case("deit_distilled_sigma0", "deit_distilled_test.pt", image_seed=12),
    Case("swin_sigma0", "swin_test.pt", image_seed=20),
    Case("vit_gray_sigma0", "vit_gray_test.pt", image_seed=16),
    Case("vit_threshold_k1", "vit_test.pt", image_seed=11, threshold=1.5, expect_k1=True),
]


def synthetic_image(height: int, width: int, channels: int, seed: int) -> np.ndarray:
    """A textured background with a few soft bright blobs and a rectangle, uint8 [H, W, C].

    Structure (not pure noise) so that the token maps and clusters are image-like."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:height, 0:width] / max(height, width)
    tint = rng.uniform(0.4, 1.0, channels)
    stripes = np.sin(2 * np.pi * (rng.uniform(2, 4) * xx + rng.uniform(0.5, 2) * yy))
    img = 0.25 + 0.12 * stripes[..., None] * tint + 0.04 * rng.standard_normal((height, width, channels))
    for _ in range(3):  # soft blobs ("cells")
        cy, cx = rng.uniform(0.2, 0.8, 2)
        radius = rng.uniform(0.07, 0.16)
        colour = rng.uniform(0.5, 1.0, channels)
        blob = np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / (2 * radius ** 2))[..., None]
        img = img * (1 - blob) + colour * blob
    y0, x0 = rng.integers(0, height // 2), rng.integers(0, width // 2)  # one hard-edged rectangle
    img[y0:y0 + height // 5, x0:x0 + width // 4] = rng.uniform(0.6, 1.0, channels)
    return (np.clip(img, 0, 1) * 255).round().astype(np.uint8)


def save_png(pixels: np.ndarray, path: str) -> None:
    Image.fromarray(pixels[..., 0] if pixels.shape[2] == 1 else pixels).save(path)


def target_for(case: Case, model_path: str, image_path: str) -> Optional[int]:
    """The class of the requested probability rank (None means top-1, chosen by the reference)."""
    if case.target_rank is None:
        return None
    model, meta = reference_vitcx.load_model(model_path)
    x = reference_vitcx.preprocess(reference_vitcx.read_image(image_path, meta), meta)
    probs = reference_vitcx.probabilities(model, x[None])[0]
    return int(probs.argsort(descending=True)[case.target_rank])


def make_case(case: Case, models_dir: str, output_dir: str):
    model_path = os.path.join(models_dir, case.model)
    _, meta = reference_vitcx.load_model(model_path)
    inp = meta["input"]
    folder = os.path.join(output_dir, case.name)
    os.makedirs(folder, exist_ok=True)
    for stale in os.listdir(folder):  # e.g. a noise.f32 left from an earlier definition
        os.remove(os.path.join(folder, stale))
    image_path = os.path.join(folder, "image.png")
    save_png(synthetic_image(inp["height"], inp["width"], inp["channels"], case.image_seed), image_path)
    target = target_for(case, model_path, image_path)
    return reference_vitcx.reference_case(model_path, image_path, folder, case.threshold, case.sigma,
                                          case.noise_seed, target)


def check(case: Case, k: int, dim: int, margin: float) -> str:
    """Problems that would make a case useless as a test ('' if none)."""
    if case.expect_k1:
        return "" if k == 1 else f"expected K=1, got {k}"
    if not 1 < k < dim:
        return f"degenerate clustering K={k} (D={dim})"
    if margin < MIN_MERGE_MARGIN:
        return f"a merge height is within {margin:.1e} of the threshold"
    return ""


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Regenerate the ViT-CX reference cases for the Java tests.")
    p.add_argument("--models-dir", default=MODELS_DIR)
    p.add_argument("--output-dir", default=REFERENCE_DIR)
    args = p.parse_args(argv)
    problems = []
    print(f"{'case':24} {'model':24} {'D':>3} {'K':>3} {'target':>6} {'P_t(x)':>7} "
          f"{'scores min..max':>17} {'saliency min..max':>19} {'margin':>8}")
    for case in CASES:
        info, res = make_case(case, args.models_dir, args.output_dir)
        dim = res.features.shape[0]
        problem = check(case, info["K"], dim, res.merge_margin)
        if problem:
            problems.append(f"{case.name}: {problem}")
        print(f"{case.name:24} {case.model:24} {dim:3d} {info['K']:3d} {info['target']:6d} "
              f"{info['probability']:7.4f} {res.scores.min():8.4f}..{res.scores.max():.4f} "
              f"{res.saliency.min():9.5f}..{res.saliency.max():.5f} {res.merge_margin:8.1e}"
              + (f"  <-- {problem}" if problem else ""))
    for line in problems:
        print("problem:", line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
