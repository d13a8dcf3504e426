#!/usr/bin/env python3
"""Train the single-cell model: a small timm ViT that tells whether the nucleus at the centre of a crop is mitotic.

The crops come from tools/make_cells.py's training fields (seeds [7, 128, i]; held-out [8, 128, i]; the
bundled fields use [9, ...] and the evaluation's fresh fields [10, ...], so none of them is trained on): one
crop per labelled object, a window of the model's input size (32 x 32 image pixels) placed by the rule the
plugin uses for objects (centred on the centroid rounded down, shifted inside the field near its edges),
moved by a random jitter of up to 3 px so that the model does not depend on exactly where the window falls.
The class is the centre object's: mitotic (metaphase, anaphase) or interphase (interphase and out-of-focus
nuclei, pyknotic nuclei, apoptotic bodies), whatever its neighbours in the crop are.

Data generation, the optimiser, the schedule and the 8 flips/rotations are tools/train_demo_model.py's; the
model sees the 16-bit values as the exported file feeds them (v / 65535, then (x - MEAN) / STD). The
state_dict is saved beside the model and exported with tools/export_model.py into
test-images/models/cell_vit.pt (+ cell_labels.txt), with the attention maps for rollout; the export command
is printed, and the file's logits are compared with the eager model's on the held-out crops. Run it with 2
CPU threads (docs/models.md records the command, the time and the accuracies):

  python tools/train_cell_model.py --threads 2 --cache /tmp/cell_cache
  python tools/train_cell_model.py --evaluate test-images/models/cell_vit_state_dict.pth   # held-out, per kind
  python tools/train_cell_model.py --check-export    # the committed .pt against its state_dict, held-out crops

Per-cell accuracy on whole fresh fields: tools/evaluate_cells.py.
"""

import argparse
import functools
import os
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import export_model  # noqa: E402
import make_cells as mc  # noqa: E402
from train_demo_model import (RANGE_HI, TIMM_NAME, add_architecture_arguments, add_fit_arguments,  # noqa: E402
                              architecture_from, evaluate, export_arguments, fit, generate, to_input)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL_DIR = os.path.join(ROOT, "test-images", "models")
LABELS = os.path.join(MODEL_DIR, "cell_labels.txt")
STATE_DICT = os.path.join(MODEL_DIR, "cell_vit_state_dict.pth")  # committed: the weights behind cell_vit.pt
# the class token's head (timm's default), unlike the demo model's max pooling: the class is the centre
# object's, not "is there a figure anywhere", and both learnt alike in the pilot (docs/models.md, The single-cell
# model); attention rollout, a baseline of the evaluation, reads the class token's row
ARCH = dict(img_size=mc.CROP, patch_size=4, in_chans=1, num_classes=2, embed_dim=64, depth=4, num_heads=2,
            global_pool="token")
MEAN, STD = 0.031, 0.052  # of v / 65535 over training crops (the script prints a check)
to_cell_input = functools.partial(to_input, mean=MEAN, std=STD)


def build(arch=ARCH):
    import timm

    return timm.create_model(TIMM_NAME, pretrained=False, **arch)


def report_per_kind(model, fields: int) -> float:
    """Held-out crop accuracy, overall and per kind of centre object; returns the overall accuracy."""
    kinds: list = []
    images, labels = mc.dataset(mc.PURPOSE_HELD_OUT, fields, kinds=kinds)
    acc, probs = evaluate(model, images, labels, to_tensor=to_cell_input)
    print(f"held-out crop accuracy {acc:.4f} on {len(images)} crops of {fields} fields")
    kinds_arr = np.array(kinds)
    for kind in mc.KIND_CLASS:
        sel = kinds_arr == kind
        print(f"  {kind:>12}: {((probs[sel] > 0.5) == labels[sel]).mean():.4f} of {sel.sum()}")
    return acc


def check_export(checkpoint: str, output: str, fields: int) -> float:
    """max |logits of the TorchScript file - logits of the eager model| on the held-out crops (the exporter's own
    check uses a random batch of 2); the file is run as the plugin runs it, through forward's first output."""
    model = build()
    model.load_state_dict(torch.load(checkpoint, map_location="cpu", weights_only=True))
    scripted = torch.jit.load(output, map_location="cpu")
    images, _ = mc.dataset(mc.PURPOSE_HELD_OUT, fields)
    worst, same = 0.0, 0
    with torch.no_grad():
        for s in range(0, len(images), 256):
            x = to_cell_input(images[s:s + 256])
            eager, traced = model.eval()(x), scripted(x)[0]
            worst = max(worst, (eager - traced).abs().max().item())
            same += (eager.argmax(1) == traced.argmax(1)).sum().item()
    print(f"{output} vs the eager model on {len(images)} held-out crops: max |dlogits| = {worst:.3g}, "
          f"same class for {same}/{len(images)}")
    return worst


def train(args):
    torch.set_num_threads(args.threads)
    t0 = time.time()
    train_x, train_y = generate(mc.PURPOSE_TRAIN, args.train_fields, args.threads, args.cache, mc)
    test_x, test_y = generate(mc.PURPOSE_HELD_OUT, args.held_out_fields, args.threads, args.cache, mc)
    sample = train_x[:20000].astype(np.float64) / RANGE_HI
    print(f"generated {len(train_x)} training crops ({train_y.mean():.3f} mitotic) of {args.train_fields} fields "
          f"+ {len(test_x)} held-out crops in {time.time() - t0:.0f} s; v/65535: mean {sample.mean():.4f}, "
          f"std {sample.std():.4f} (model uses {MEAN}, {STD})", flush=True)
    torch.manual_seed(args.seed)
    model = build()
    n_params = sum(q.numel() for q in model.parameters())
    print(f"{TIMM_NAME} {ARCH}: {n_params:,} parameters", flush=True)
    fit(model, (train_x, train_y), (test_x, test_y), args, to_cell_input)
    acc, _ = evaluate(model, test_x, test_y, to_tensor=to_cell_input)
    print(f"FINAL held-out crop accuracy {acc:.4f} on {len(test_x)} crops; {n_params:,} parameters; wall time "
          f"{(time.time() - t0) / 60:.1f} min (generation + training)", flush=True)
    os.makedirs(os.path.dirname(os.path.abspath(args.checkpoint)), exist_ok=True)
    torch.save(model.eval().state_dict(), args.checkpoint)
    print(f"saved {args.checkpoint}")
    report_per_kind(model, args.held_out_fields)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--train-fields", type=int, default=3000)
    p.add_argument("--held-out-fields", type=int, default=300)
    add_fit_arguments(p, epochs=6, lr=1e-3, data="crops")
    p.add_argument("--checkpoint", default=STATE_DICT)
    p.add_argument("--output", default=os.path.join(MODEL_DIR, "cell_vit.pt"))
    p.add_argument("--no-export", action="store_true")
    add_architecture_arguments(p, ARCH)
    p.add_argument("--evaluate", metavar="STATE_DICT", help="only report the held-out crop accuracy of a "
                   "trained state_dict, overall and per kind of centre object")
    p.add_argument("--check-export", action="store_true", help="only compare --output with the eager model of "
                   "--checkpoint on the held-out crops")
    args = p.parse_args(argv)
    architecture_from(args, ARCH)
    if args.evaluate:
        torch.set_num_threads(args.threads)
        model = build()
        model.load_state_dict(torch.load(args.evaluate, map_location="cpu", weights_only=True))
        report_per_kind(model, args.held_out_fields)
        return 0
    if args.check_export:
        torch.set_num_threads(args.threads)
        return int(check_export(args.checkpoint, args.output, args.held_out_fields) > export_model.TOLERANCE)
    train(args)
    if args.no_export:
        return 0
    with open(LABELS, "w", encoding="utf-8") as f:
        f.write("\n".join(mc.LABELS) + "\n")
    export_args = export_arguments(args.checkpoint, args.output, ARCH, LABELS, MEAN, STD, "cell_vit")
    print("python tools/export_model.py " + " ".join(export_args), flush=True)
    os.chdir(ROOT)
    if export_model.main(export_args) != 0:
        return 1
    return int(check_export(args.checkpoint, args.output, args.held_out_fields) > export_model.TOLERANCE)


if __name__ == "__main__":
    sys.exit(main())
