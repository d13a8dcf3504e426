#!/usr/bin/env python3
"""Python reference of ViT-CX for the Java tests, written from the algorithm spec (steps 0-10).

It runs one of our exported TorchScript files (docs/model-format.md) and computes
everything the direct way, at full input resolution:

  clean forward -> target t and P_t(x) -> feature maps [D, h, w] from the tokens ->
  bilinear upsampling (align_corners=False) to H x W -> per-map min-max ->
  cosine similarity (float64) -> complete linkage, merging while the distance is
  strictly < delta -> cluster masks (sum of members, min-max) -> perturbed images
  X_c = x*M_c + eps_c*(1-M_c) and R_c = x + eps_c*(1-M_c) -> causal scores
  s_c = P_t(X_c) - P_t(R_c) + P_t(x) -> saliency (1/K) sum_c s_c M_c / sum_c M_c.

Edge cases (the Java side follows the same rules): a min-max with max == min gives
an all-zero map; cosine similarity with a zero-norm vector is 0; where the coverage
sum_c M_c is 0 the saliency is 0.

The result is written as a reference case folder (case.json + raw float32 files).

Example:
  python tools/reference_vitcx.py --model src/test/resources/models/vit_test.pt \\
      --image img.png --threshold 0.1 --sigma 0 --output /tmp/case
"""

import argparse
import json
import os
import shutil
import sys
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image
from scipy.cluster.hierarchy import linkage
from scipy.spatial.distance import squareform

EXTRA_FILE = "vitcx.json"
BATCH = 50  # the official default; any batch size gives the same result up to float rounding


# ---------------------------------------------------------------------------
# Model and input
# ---------------------------------------------------------------------------

def load_model(path: str) -> Tuple[torch.jit.ScriptModule, Dict]:
    extra = {EXTRA_FILE: ""}
    model = torch.jit.load(path, map_location="cpu", _extra_files=extra)
    if not extra[EXTRA_FILE]:
        raise ValueError(f"{path} has no {EXTRA_FILE}: re-export it with tools/export_model.py")
    return model.eval(), json.loads(extra[EXTRA_FILE])


def read_image(path: str, meta: Dict) -> np.ndarray:
    """An 8-bit image as [C, H, W] uint8 (RGB or gray, as the model takes), at model size."""
    channels = meta["input"]["channels"]
    img = Image.open(path).convert("RGB" if channels == 3 else "L")
    arr = np.asarray(img)
    arr = arr[None] if arr.ndim == 2 else arr.transpose(2, 0, 1)
    size = (meta["input"]["height"], meta["input"]["width"])
    if arr.shape[1:] != size:
        raise ValueError(f"{path} is {arr.shape[2]}x{arr.shape[1]}; the reference needs the model "
                         f"input size {size[1]}x{size[0]} (no resizing)")
    return arr


def preprocess(pixels: np.ndarray, meta: Dict) -> torch.Tensor:
    """[C, H, W] 8-bit values -> normalised float32 tensor, as docs/model-format.md defines."""
    pre = meta["preprocessing"]
    lo, hi = pre["value_range"]["8-bit"]
    v = (pixels.astype(np.float64) - lo) / (hi - lo)
    mean = np.asarray(pre["mean"], dtype=np.float64)[:, None, None]
    std = np.asarray(pre["std"], dtype=np.float64)[:, None, None]
    return torch.from_numpy(((v - mean) / std).astype(np.float32))


def probabilities(model, batch: torch.Tensor) -> torch.Tensor:
    """Softmax probabilities [B, classes] (the model returns logits), in chunks of BATCH."""
    out = []
    with torch.no_grad():
        for i in range(0, batch.shape[0], BATCH):
            logits, _ = model(batch[i:i + BATCH])
            out.append(torch.softmax(logits, dim=1))
    return torch.cat(out)


# ---------------------------------------------------------------------------
# Steps 2-7: feature maps, normalisation, similarity, clustering, cluster masks
# ---------------------------------------------------------------------------

def feature_maps(tokens: torch.Tensor, meta: Dict) -> torch.Tensor:
    """Tokens of one image -> [D, h, w] (prefix tokens dropped, row-major grid)."""
    spec = meta["tokens"]
    h, w = spec["grid"]
    if spec["layout"] == "BHWD":
        return tokens.permute(2, 0, 1).contiguous()
    patches = tokens[spec["prefix_tokens"]:, :]
    return patches.reshape(h, w, -1).permute(2, 0, 1).contiguous()


def upsample(maps: torch.Tensor, size: Tuple[int, int]) -> torch.Tensor:
    """Bilinear, align_corners=False, to full input resolution, in float64."""
    return F.interpolate(maps[None].double(), size=size, mode="bilinear", align_corners=False)[0]


def min_max(maps: torch.Tensor) -> torch.Tensor:
    """Per-map (first axis) min-max over all pixels; a flat map becomes all zeros."""
    flat = maps.reshape(maps.shape[0], -1)
    lo = flat.min(dim=1, keepdim=True).values
    span = flat.max(dim=1, keepdim=True).values - lo
    safe = torch.where(span > 0, span, torch.ones_like(span))
    out = torch.where(span > 0, (flat - lo) / safe, torch.zeros_like(flat))
    return out.reshape(maps.shape)


def cosine_similarity(maps: torch.Tensor) -> np.ndarray:
    """[D, D] cosine similarity of the flattened maps (float64); 0 for a zero-norm map."""
    flat = maps.reshape(maps.shape[0], -1).double()
    norms = flat.norm(dim=1)
    gram = flat @ flat.T
    denom = norms[:, None] * norms[None, :]
    sim = torch.where(denom > 0, gram / torch.where(denom > 0, denom, torch.ones_like(denom)),
                      torch.zeros_like(gram))
    return sim.numpy()


def complete_linkage_clusters(distance: np.ndarray, threshold: float) -> Tuple[List[List[int]], np.ndarray]:
    """Complete linkage, merging only while the merge height is strictly < threshold.

    Returns the clusters (members ascending, clusters sorted by smallest member) and the
    merge heights of the full tree."""
    n = distance.shape[0]
    if n == 1:
        return [[0]], np.zeros(0)
    d = np.maximum(distance, 0.0)  # 1 - S can be -1e-16 for identical maps
    d = (d + d.T) / 2
    np.fill_diagonal(d, 0.0)
    tree = linkage(squareform(d, checks=False), method="complete")
    heights = tree[:, 2]
    assert np.all(np.diff(heights) >= 0), "complete linkage heights must be monotone"
    members = {i: [i] for i in range(n)}
    for i, (a, b, height, _) in enumerate(tree):
        if not height < threshold:  # ties at exactly threshold are not merged
            break
        members[n + i] = members.pop(int(a)) + members.pop(int(b))
    clusters = sorted((sorted(c) for c in members.values()), key=lambda c: c[0])
    return clusters, heights


def check_against_sklearn(distance: np.ndarray, threshold: float, clusters: List[List[int]]) -> None:
    """Cross-check the partition with sklearn's AgglomerativeClustering, as the official code runs it."""
    if distance.shape[0] < 2:
        return
    from sklearn.cluster import AgglomerativeClustering
    labels = AgglomerativeClustering(n_clusters=None, distance_threshold=threshold, metric="precomputed",
                                     linkage="complete").fit(np.maximum(distance, 0.0)).labels_
    theirs = {frozenset(np.flatnonzero(labels == k).tolist()) for k in set(labels.tolist())}
    ours = {frozenset(c) for c in clusters}
    if theirs != ours:
        raise AssertionError("clusters differ from sklearn AgglomerativeClustering")


def cluster_masks(normalised: torch.Tensor, clusters: List[List[int]]) -> torch.Tensor:
    """M_c = min-max(sum of the members' normalised maps), [K, H, W] float64."""
    sums = torch.stack([normalised[c].sum(dim=0) for c in clusters])
    return min_max(sums)


# ---------------------------------------------------------------------------
# Steps 8-10: perturbation, causal scores, coverage-corrected saliency
# ---------------------------------------------------------------------------

def perturbed_images(x: torch.Tensor, masks: torch.Tensor, noise: torch.Tensor) -> torch.Tensor:
    """[X_1..X_K, R_1..R_K] with X_c = x*M_c + eps_c*(1-M_c), R_c = x + eps_c*(1-M_c) (float32)."""
    m = masks.float()[:, None]  # [K, 1, H, W], broadcast over channels
    outside = noise * (1 - m)
    return torch.cat([x[None] * m + outside, x[None] + outside])


def causal_scores(model, x, masks, noise, target: int, p_clean: float) -> np.ndarray:
    """s_c = P_t(X_c) - P_t(R_c) + P_t(x)."""
    k = masks.shape[0]
    p = probabilities(model, perturbed_images(x, masks, noise))[:, target].double().numpy()
    return p[:k] - p[k:] + p_clean


def saliency_map(scores: np.ndarray, masks: torch.Tensor) -> np.ndarray:
    """S = (1/K) sum_c s_c M_c / coverage, coverage = sum_c M_c; 0 where the coverage is 0."""
    m = masks.double().numpy()
    coverage = m.sum(axis=0)
    weighted = np.tensordot(scores, m, axes=1)
    safe = np.where(coverage > 0, coverage, 1.0)
    return np.where(coverage > 0, weighted / safe, 0.0) / len(scores)


# ---------------------------------------------------------------------------
# The whole run
# ---------------------------------------------------------------------------

@dataclass
class Result:
    target: int
    probability: float
    features: torch.Tensor          # [D, h, w]
    clusters: List[List[int]]
    masks: torch.Tensor             # [K, H, W] float32
    noise: torch.Tensor             # [K, C, H, W] float32
    scores: np.ndarray              # [K]
    saliency: np.ndarray            # [H, W]
    probabilities: np.ndarray       # clean softmax
    merge_margin: float             # min |merge height - threshold| (how close a tie came)
    extra: Dict = field(default_factory=dict)


def draw_noise(k: int, shape: Tuple[int, int, int], sigma: float, seed: int) -> torch.Tensor:
    """eps [K, C, H, W] = sigma * N(0, 1) from numpy's seeded generator (zeros for sigma = 0)."""
    if sigma == 0:
        return torch.zeros((k,) + tuple(shape))
    rng = np.random.default_rng(seed)
    return torch.from_numpy((rng.standard_normal((k,) + tuple(shape)) * sigma).astype(np.float32))


def run_vitcx(model, meta: Dict, x: torch.Tensor, threshold: float = 0.1, sigma: float = 0.0,
              noise_seed: int = 0, target: Optional[int] = None) -> Result:
    size = tuple(x.shape[1:])
    with torch.no_grad():
        logits, tokens = model(x[None])
    probs = torch.softmax(logits, dim=1)[0]
    t = int(probs.argmax()) if target is None else int(target)
    p_clean = float(probs[t])

    features = feature_maps(tokens[0], meta)
    normalised = min_max(upsample(features, size))
    distance = 1.0 - cosine_similarity(normalised)
    clusters, heights = complete_linkage_clusters(distance, threshold)
    check_against_sklearn(distance, threshold, clusters)
    masks = cluster_masks(normalised, clusters)

    noise = draw_noise(len(clusters), x.shape, sigma, noise_seed)
    scores = causal_scores(model, x, masks, noise, t, p_clean)
    sal = saliency_map(scores, masks.float())
    margin = float(np.min(np.abs(heights - threshold))) if len(heights) else float("inf")
    return Result(t, p_clean, features, clusters, masks.float(), noise, scores, sal,
                  probs.double().numpy(), margin)


# ---------------------------------------------------------------------------
# Writing a reference case (docs/model-format.md, "Reference cases for the tests")
# ---------------------------------------------------------------------------

def write_f32(path: str, array) -> None:
    a = array.numpy() if isinstance(array, torch.Tensor) else np.asarray(array)
    a.astype("<f4").tofile(path)


def write_case(folder: str, model_file: str, image_path: str, x: torch.Tensor, threshold: float,
               sigma: float, explicit_noise: bool, result: Result) -> Dict:
    os.makedirs(folder, exist_ok=True)
    if os.path.abspath(image_path) != os.path.abspath(os.path.join(folder, "image.png")):
        shutil.copyfile(image_path, os.path.join(folder, "image.png"))
    files = {"input": "input.f32", "features": "features.f32", "masks": "masks.f32",
             "saliency": "saliency.f32"}
    write_f32(os.path.join(folder, "input.f32"), x)
    write_f32(os.path.join(folder, "features.f32"), result.features)
    write_f32(os.path.join(folder, "masks.f32"), result.masks)
    write_f32(os.path.join(folder, "saliency.f32"), result.saliency)
    if explicit_noise:
        files["noise"] = "noise.f32"
        write_f32(os.path.join(folder, "noise.f32"), result.noise)
    case = {
        "model": model_file,
        "image": "image.png",
        "threshold": threshold,
        "sigma": sigma,
        "target": result.target,
        "probability": result.probability,
        "K": len(result.clusters),
        "clusters": result.clusters,
        "scores": [float(s) for s in result.scores],
        "files": files,
    }
    with open(os.path.join(folder, "case.json"), "w") as f:
        f.write(_json_lines(case))
    return case


def _json_lines(obj: Dict) -> str:
    """One top-level key per line, values compact (readable and diff-friendly)."""
    body = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in obj.items())
    return "{\n" + body + "\n}\n"


def reference_case(model_path: str, image_path: str, folder: str, threshold: float = 0.1,
                   sigma: float = 0.0, noise_seed: int = 0, target: Optional[int] = None) -> Tuple[Dict, Result]:
    """Run ViT-CX on one image and write the case folder. Noise is explicit iff sigma > 0."""
    model, meta = load_model(model_path)
    x = preprocess(read_image(image_path, meta), meta)
    result = run_vitcx(model, meta, x, threshold, sigma, noise_seed, target)
    case = write_case(folder, os.path.basename(model_path), image_path, x, threshold, sigma,
                      sigma > 0, result)
    return case, result


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Run the Python ViT-CX reference on one image and write a "
                                "reference case folder (docs/model-format.md).")
    p.add_argument("--model", required=True, help="exported .pt file (tools/export_model.py)")
    p.add_argument("--image", required=True, help="8-bit PNG at the model's input size")
    p.add_argument("--threshold", type=float, default=0.1, help="cosine-distance threshold delta")
    p.add_argument("--sigma", type=float, default=0.0, help="noise sigma (0: no noise); the noise is "
                   "drawn with numpy's default_rng(--noise-seed) and saved as noise.f32")
    p.add_argument("--noise-seed", type=int, default=0)
    p.add_argument("--target", type=int, help="class to explain (default: top-1)")
    p.add_argument("--output", required=True, help="case folder to write")
    args = p.parse_args(argv)
    case, result = reference_case(args.model, args.image, args.output, args.threshold, args.sigma,
                                  args.noise_seed, args.target)
    print(f"K={case['K']} target={case['target']} p={case['probability']:.4f} "
          f"merge margin={result.merge_margin:.2e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
