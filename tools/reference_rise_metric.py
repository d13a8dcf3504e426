#!/usr/bin/env python3
"""Python reference of RISE's deletion / insertion metric for the Java tests (docs/evaluation.md).

Written from the protocol in the project's algorithm spec (section 3.3), which describes RISE's
evaluation.py (CausalMetric, auc, gkern) and the settings of its Evaluation notebook:

  * the class is the top-1 prediction of the softmax model on the clean input;
  * pixels are ranked by saliency, highest first (np.flip of np.argsort; here argsort with
    kind='stable', so ties go to the later pixel, as the Java side does);
  * deletion starts from the input and copies in the substrate: zeros of the normalised tensor
    (RISE) or, with --deletion-substrate blur, the blurred input;
  * insertion starts from the blurred input and copies the input back in;
  * blur: conv2d per channel with gkern(11, 5) -- scipy.ndimage.gaussian_filter(sigma=5) of an
    11x11 delta (default mode 'reflect', truncate 4) cast to float32 -- and zero padding 5;
  * all channels of a pixel change together; the softmax probability of the class is recorded
    before the first step and after every step (n + 1 points);
  * AUC = (sum(y) - y[0]/2 - y[-1]/2) / (len(y) - 1).

RISE's code is written for 224x224 inputs, 3 channels and batch 1. Here the image size and
channel count come from the model, and the step schedule is either RISE's literal rule
(--pixels-per-step K: K pixels a step, ceil(HW/K) steps) or the Java default (--steps N: step i
changes the pixels ranked floor(i*HW/N) .. floor((i+1)*HW/N) - 1); at 224x224 with 224 both are
RISE. The n + 1 images run in batches (--batch); results equal batch 1 up to float rounding.

Writes OUTPUT/case.json with the class, both curves and both AUCs. Example:
  python tools/reference_rise_metric.py --model src/test/resources/models/vit_test.pt \\
      --input src/test/resources/reference/vit_sigma0/input.f32 \\
      --saliency src/test/resources/reference/vit_sigma0/saliency.f32 --steps 224 --output /tmp/eval

  python tools/reference_rise_metric.py --all   # (re)writes src/test/resources/reference_eval/*
"""

import argparse
import json
import os
import sys
from typing import Dict, List, Optional

import numpy as np
import torch
import torch.nn.functional as F
from scipy.ndimage import gaussian_filter

EXTRA_FILE = "vitcx.json"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESOURCES = os.path.join(ROOT, "src", "test", "resources")
KERNEL_SIZE, KERNEL_SIGMA = 11, 5


def load_model(path: str):
    extra = {EXTRA_FILE: ""}
    model = torch.jit.load(path, map_location="cpu", _extra_files=extra)
    return model.eval(), json.loads(extra[EXTRA_FILE])


def gaussian_kernel(size: int = KERNEL_SIZE, sigma: float = KERNEL_SIGMA) -> np.ndarray:
    """RISE's gkern: scipy's gaussian_filter of a centred delta, as float32 [size, size]."""
    delta = np.zeros((size, size))
    delta[size // 2, size // 2] = 1
    return gaussian_filter(delta, sigma).astype(np.float32)


def blur(x: torch.Tensor) -> torch.Tensor:
    """[1, C, H, W] -> conv2d of each channel with the kernel, zero padding size // 2."""
    channels = x.shape[1]
    weight = torch.zeros(channels, channels, KERNEL_SIZE, KERNEL_SIZE)
    k = torch.from_numpy(gaussian_kernel())
    for c in range(channels):
        weight[c, c] = k
    return F.conv2d(x, weight, padding=KERNEL_SIZE // 2)


def auc(y: np.ndarray) -> float:
    return float((y.sum() - y[0] / 2 - y[-1] / 2) / (len(y) - 1))


def boundaries(plane: int, steps: Optional[int], pixels_per_step: Optional[int]) -> List[int]:
    """Pixels changed before each of the n + 1 points."""
    if pixels_per_step:
        n = (plane + pixels_per_step - 1) // pixels_per_step
        return [min(i * pixels_per_step, plane) for i in range(n + 1)]
    n = min(steps, plane)
    return [i * plane // n for i in range(n + 1)]


def probabilities(model, images: torch.Tensor, target: int, batch: int) -> np.ndarray:
    out = []
    with torch.no_grad():
        for i in range(0, images.shape[0], batch):
            logits = model(images[i:i + batch])[0]
            out.append(torch.softmax(logits, dim=1)[:, target])
    return torch.cat(out).double().numpy()


def causal_curve(model, x: torch.Tensor, saliency: np.ndarray, target: int, start: torch.Tensor,
                 finish: torch.Tensor, bounds: List[int], batch: int) -> np.ndarray:
    """Probabilities of the target at each point of the game from start towards finish."""
    c, h, w = x.shape[1:]
    order = np.flip(np.argsort(saliency.reshape(-1), kind="stable"))
    current = start.clone().reshape(c, h * w)
    finish = finish.reshape(c, h * w)
    images = []
    for i in range(len(bounds)):
        images.append(current.clone().reshape(c, h, w))
        if i + 1 < len(bounds):
            coords = torch.from_numpy(order[bounds[i]:bounds[i + 1]].copy())
            current[:, coords] = finish[:, coords]
    return probabilities(model, torch.stack(images), target, batch)


def evaluate(model, x: torch.Tensor, saliency: np.ndarray, bounds: List[int], deletion_substrate: str,
             batch: int) -> Dict:
    with torch.no_grad():
        clean = torch.softmax(model(x)[0], dim=1)[0]
    target = int(torch.argmax(clean))
    blurred = blur(x)[0]
    substrate = torch.zeros_like(x[0]) if deletion_substrate == "zeros" else blurred
    deletion = causal_curve(model, x, saliency, target, x[0], substrate, bounds, batch)
    insertion = causal_curve(model, x, saliency, target, blurred, x[0], bounds, batch)
    return {"target": target, "probability": float(clean[target]),
            "deletion": {"auc": auc(deletion), "curve": deletion.tolist()},
            "insertion": {"auc": auc(insertion), "curve": insertion.tolist()}}


def read_f32(path: str, shape) -> np.ndarray:
    return np.fromfile(path, dtype="<f4").reshape(shape)


# The committed cases: inputs and ViT-CX maps of the ViT-CX reference cases, reused.
CASES = {
    "vit_vitcx_224steps": ["--model", "models/vit_test.pt", "--input", "reference/vit_sigma0/input.f32",
                           "--saliency", "reference/vit_sigma0/saliency.f32", "--steps", "224"],
    "vit_vitcx_19px": ["--model", "models/vit_test.pt", "--input", "reference/vit_sigma0/input.f32",
                       "--saliency", "reference/vit_sigma0/saliency.f32", "--pixels-per-step", "19"],
    "vit_vitcx_blur_deletion": ["--model", "models/vit_test.pt", "--input", "reference/vit_sigma0/input.f32",
                                "--saliency", "reference/vit_sigma0/saliency.f32", "--steps", "224",
                                "--deletion-substrate", "blur"],
    "gray_vitcx_224steps": ["--model", "models/vit_gray_test.pt",
                            "--input", "reference/vit_gray_sigma0/input.f32",
                            "--saliency", "reference/vit_gray_sigma0/saliency.f32", "--steps", "224"],
    "attn_random_224steps": ["--model", "models/vit_attn_test.pt", "--input", "reference/vit_sigma0/input.f32",
                             "--random-saliency", "0", "--steps", "224"],
}


def make_all() -> int:
    for name, args in CASES.items():
        resolved = [os.path.join(RESOURCES, a) if a.endswith((".pt", ".f32")) else a for a in args]
        main(resolved + ["--output", os.path.join(RESOURCES, "reference_eval", name)])
    return 0


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--all"]:
        return make_all()
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", required=True)
    p.add_argument("--input", required=True, help="normalised input, raw float32 [C, H, W]")
    p.add_argument("--saliency", help="saliency map, raw float32 [H, W]")
    p.add_argument("--random-saliency", type=int, metavar="SEED",
                   help="instead of --saliency: uniform random map from numpy default_rng(SEED), "
                        "written to OUTPUT/saliency.f32")
    schedule = p.add_mutually_exclusive_group()
    schedule.add_argument("--steps", type=int, default=224, help="number of steps (default 224)")
    schedule.add_argument("--pixels-per-step", type=int, help="RISE's literal rule instead")
    p.add_argument("--deletion-substrate", choices=("zeros", "blur"), default="zeros")
    p.add_argument("--batch", type=int, default=25)
    p.add_argument("--output", required=True)
    args = p.parse_args(argv)

    model, meta = load_model(args.model)
    c, h, w = meta["input"]["channels"], meta["input"]["height"], meta["input"]["width"]
    x = torch.from_numpy(read_f32(args.input, (c, h, w)).copy())[None]
    os.makedirs(args.output, exist_ok=True)
    if args.random_saliency is not None:
        saliency = np.random.default_rng(args.random_saliency).random((h, w)).astype(np.float32)
        saliency.astype("<f4").tofile(os.path.join(args.output, "saliency.f32"))
        saliency_file = "saliency.f32"
    else:
        saliency = read_f32(args.saliency, (h, w))
        saliency_file = os.path.relpath(os.path.abspath(args.saliency), os.path.abspath(args.output))
    steps = None if args.pixels_per_step else args.steps
    bounds = boundaries(h * w, steps, args.pixels_per_step)
    result = evaluate(model, x, saliency, bounds, args.deletion_substrate, args.batch)
    case = {"model": os.path.basename(args.model),
            "input": os.path.relpath(os.path.abspath(args.input), os.path.abspath(args.output)),
            "saliency": saliency_file,
            "steps": steps, "pixels_per_step": args.pixels_per_step,
            "deletion_substrate": args.deletion_substrate, **result}
    with open(os.path.join(args.output, "case.json"), "w") as f:
        json.dump(case, f, indent=1)
    print(f"{args.output}: class {result['target']}, {len(bounds) - 1} steps, "
          f"deletion AUC {result['deletion']['auc']:.6f}, insertion AUC {result['insertion']['auc']:.6f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
