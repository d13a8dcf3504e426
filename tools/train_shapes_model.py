#!/usr/bin/env python3
"""Train the study's second model: a 6-block timm ViT at 224 x 224 RGB (patch 16) that finds the red cross.

The scenes come from tools/make_shapes.py (training seeds [11, i], held-out [12, i]; the study's evaluation
scenes use [13, i], so none of them was seen in training). The model sees 8-bit RGB as the exported file feeds
it: v / 255, then (x - MEAN) / STD per channel. Training uses the 8 flips/rotations of each scene (shapes and
the class do not depend on orientation), with tools/train_demo_model.py's optimiser and schedule.

The state_dict is saved and exported with tools/export_model.py into
test-images/models/shapes_vit.pt (+ shapes_labels.txt), with the attention maps for rollout; the export
command is printed. `--layer I` exports instead the tokens of block I's norm1 (the study's target-layer
variants) from the saved state_dict without training:

  nice -n 10 python tools/train_shapes_model.py --threads 2                     # train + export (docs/models.md)
  python tools/train_shapes_model.py --layer 3 --output /tmp/shapes_vit_block3.pt  # another target layer
"""

import argparse
import os
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import export_model  # noqa: E402
import make_shapes as ms  # noqa: E402
from train_demo_model import add_fit_arguments, evaluate, fit, generate  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL_DIR = os.path.join(ROOT, "test-images", "models")
LABELS = os.path.join(MODEL_DIR, "shapes_labels.txt")
STATE_DICT = os.path.join(MODEL_DIR, "shapes_vit_state_dict.pth")  # committed: the weights behind shapes_vit.pt
TIMM_NAME = "vit_tiny_patch16_224"
# max pooling over the patch tokens: "is there a red cross" asks whether one place shows it, as the demo model's
# "is there a mitotic figure" (docs/models.md: with the class-token head its pilot stayed at chance level)
ARCH = dict(img_size=ms.SIZE, patch_size=16, in_chans=3, num_classes=2, embed_dim=64, depth=6, num_heads=2,
            global_pool="max")
MEAN, STD = (0.48, 0.47, 0.45), (0.13, 0.12, 0.13)  # of v / 255 over generated scenes (the script prints a check)


def to_input(images_u8: np.ndarray) -> torch.Tensor:
    x = torch.from_numpy(images_u8).permute(0, 3, 1, 2).float() / 255.0
    return (x - torch.tensor(MEAN).view(1, 3, 1, 1)) / torch.tensor(STD).view(1, 3, 1, 1)


def export_arguments(checkpoint: str, output: str, layer: int = None) -> list:
    """tools/export_model.py's arguments for this model (paths relative to the repository root)."""
    args = [TIMM_NAME, "--img-size", str(ARCH["img_size"]), "--patch-size", str(ARCH["patch_size"]),
            "--embed-dim", str(ARCH["embed_dim"]), "--depth", str(ARCH["depth"]),
            "--num-heads", str(ARCH["num_heads"]), "--in-chans", "3", "--model-arg", "global_pool=max",
            "--checkpoint", os.path.relpath(checkpoint, ROOT), "--labels", os.path.relpath(LABELS, ROOT),
            "--mean", *map(str, MEAN), "--std", *map(str, STD), "--range-8bit", "0", "255",
            "--model-name", "shapes_vit", "--attentions", "--output", os.path.relpath(output, ROOT)]
    return args + (["--layer", str(layer)] if layer is not None else [])


def train(args) -> str:
    import timm

    torch.set_num_threads(args.threads)
    t0 = time.time()
    train_x, train_y = generate(ms.PURPOSE_TRAIN, args.train_scenes, args.threads, args.cache, ms)
    test_x, test_y = generate(ms.PURPOSE_HELD_OUT, args.held_out_scenes, args.threads, args.cache, ms)
    v = train_x[:500].reshape(-1, 3) / 255.0
    print(f"generated {len(train_x)} training + {len(test_x)} held-out scenes in {time.time() - t0:.0f} s; "
          f"v/255 mean {v.mean(0).round(3)}, std {v.std(0).round(3)} (model uses {MEAN}, {STD})", flush=True)
    torch.manual_seed(args.seed)
    model = timm.create_model(TIMM_NAME, pretrained=False, **ARCH)
    print(f"{TIMM_NAME} {ARCH}: {sum(q.numel() for q in model.parameters()):,} parameters", flush=True)
    fit(model, (train_x, train_y), (test_x, test_y), args, to_input)
    acc, _ = evaluate(model, test_x, test_y, to_tensor=to_input)
    print(f"FINAL held-out accuracy {acc:.4f} on {len(test_x)} scenes; wall time "
          f"{(time.time() - t0) / 60:.1f} min (generation + training)", flush=True)
    torch.save(model.eval().state_dict(), args.checkpoint)
    print(f"saved {args.checkpoint}")
    return args.checkpoint


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--train-scenes", type=int, default=12000)
    p.add_argument("--held-out-scenes", type=int, default=1000)
    add_fit_arguments(p, epochs=8, lr=1e-3, data="scenes")
    p.add_argument("--checkpoint", default=STATE_DICT)
    p.add_argument("--output", default=os.path.join(MODEL_DIR, "shapes_vit.pt"))
    p.add_argument("--layer", type=int, help="only export (from --checkpoint) with the tokens of this block")
    args = p.parse_args(argv)
    if args.layer is None:
        train(args)
        with open(LABELS, "w", encoding="utf-8") as f:
            f.write("\n".join(ms.LABELS) + "\n")
    export_args = export_arguments(args.checkpoint, args.output, args.layer)
    print("python tools/export_model.py " + " ".join(export_args), flush=True)
    os.chdir(ROOT)
    return export_model.main(export_args)


if __name__ == "__main__":
    sys.exit(main())
