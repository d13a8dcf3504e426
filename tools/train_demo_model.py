#!/usr/bin/env python3
"""Train the demo model: a small timm ViT that tells mitotic from interphase fields.

The fields come from tools/make_microscopy.py (seeded; training seeds [1, i], held-out
seeds [2, i], so the two sets never share a field). The model sees the 16-bit values as
the exported file will feed them: v / 65535, then (x - MEAN) / STD. Training uses the 8
flips/rotations of each field (the class and the evidence do not depend on orientation).

After training, the state_dict is saved and exported with tools/export_model.py into
test-images/models/mitosis_vit.pt (+ mitosis_labels.txt); the exact export command is
printed. Everything is seeded; run it with 2 CPU threads, e.g.

  nice -n 10 python tools/train_demo_model.py --threads 2

(docs/models.md records the command, the wall time and the held-out accuracy).
"""

import os

# numpy's OpenBLAS threads spin in forked worker processes and cost several times the work itself;
# fields are generated in parallel processes instead. (torch's own threads are not affected.)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import hashlib
import importlib
import math
import sys
import time
from multiprocessing import Pool

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import export_model  # noqa: E402
import make_microscopy as mm  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL_DIR = os.path.join(ROOT, "test-images", "models")
LABELS = os.path.join(MODEL_DIR, "mitosis_labels.txt")
STATE_DICT = os.path.join(MODEL_DIR, "mitosis_vit_state_dict.pth")  # committed: the weights behind mitosis_vit.pt
TIMM_NAME = "vit_tiny_patch16_224"  # the architecture family; size overridden below
ARCH = dict(img_size=mm.SIZE, patch_size=8, in_chans=1, num_classes=2, embed_dim=96, depth=4, num_heads=3,
            global_pool="max")
RANGE_HI = float(mm.VALUE_RANGE_16BIT[1])
MEAN, STD = 0.025, 0.045  # of v / 65535 over the generated fields (printed by the script as a check)


def _chunk(args):
    module, purpose, start, count = args
    return importlib.import_module(module).dataset(purpose, count, start)


def generate(purpose: int, count: int, workers: int, cache_dir: str = None, generator=mm):
    """Images [purpose, 0..count-1] of `generator` (a module with dataset(purpose, count, start), e.g.
    make_microscopy or make_shapes), generated in parallel processes, optionally cached as .npz under a name
    that changes with the generator's source (and with the files the generator lists in SOURCES, e.g. a module
    it builds on)."""
    path = None
    if cache_dir:
        digest = hashlib.sha1()
        for source in (generator.__file__, *getattr(generator, "SOURCES", ())):
            with open(source, "rb") as f:
                digest.update(f.read())
        tag = digest.hexdigest()[:10]
        path = os.path.join(cache_dir, f"{generator.__name__}_{purpose}_{count}_{tag}.npz")
        if os.path.exists(path):
            data = np.load(path)
            return data["images"], data["labels"]
    step = 500
    jobs = [(generator.__name__, purpose, s, min(step, count - s)) for s in range(0, count, step)]
    with Pool(workers) as pool:
        parts = pool.map(_chunk, jobs)
    images = np.concatenate([p[0] for p in parts])
    labels = np.concatenate([p[1] for p in parts])
    if path:
        os.makedirs(cache_dir, exist_ok=True)
        np.savez(path, images=images, labels=labels)
    return images, labels


def to_input(images_u16: np.ndarray, mean: float = MEAN, std: float = STD) -> torch.Tensor:
    """16-bit single-channel images as the exported file feeds them: v / 65535, then (x - mean) / std."""
    x = torch.from_numpy(images_u16.astype(np.float32) / RANGE_HI)
    return ((x - mean) / std).unsqueeze(1)


def dihedral(x: torch.Tensor, gen: torch.Generator) -> torch.Tensor:
    """A random flip/rotation per image (one of 8)."""
    k = torch.randint(0, 8, (x.shape[0],), generator=gen)
    out = x.clone()
    for t in range(8):
        idx = (k == t).nonzero().flatten()
        if len(idx) == 0:
            continue
        y = torch.rot90(x[idx], t % 4, dims=(2, 3))
        out[idx] = torch.flip(y, dims=(3,)) if t >= 4 else y
    return out


def fit(model, train, held_out, args, to_tensor):
    """AdamW with warm-up and cosine decay over `args.epochs`, one random flip/rotation per image and step;
    the held-out accuracy after every epoch. `to_tensor` turns stored images into the model's input."""
    train_x, train_y = train
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=args.weight_decay)
    steps_per_epoch = len(train_x) // args.batch_size
    total = steps_per_epoch * args.epochs
    warmup = max(1, total // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warmup) * 0.5 * (1 + math.cos(math.pi * min(1.0, s / total))))
    gen = torch.Generator().manual_seed(args.seed)
    model.train()
    step, t1 = 0, time.time()
    run_loss, run_acc = 0.0, 0.0
    for epoch in range(args.epochs):
        order = torch.randperm(len(train_x), generator=gen).numpy()
        for b in range(steps_per_epoch):
            idx = order[b * args.batch_size:(b + 1) * args.batch_size]
            x = dihedral(to_tensor(train_x[idx]), gen)
            y = torch.from_numpy(train_y[idx])
            logits = model(x)
            loss = F.cross_entropy(logits, y)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            run_loss += loss.item()
            run_acc += (logits.argmax(1) == y).float().mean().item()
            if step % 100 == 0:
                print(f"epoch {epoch} step {step}/{total} loss {run_loss / 100:.4f} train acc {run_acc / 100:.3f} "
                      f"lr {sched.get_last_lr()[0]:.2e} {time.time() - t1:.0f} s", flush=True)
                run_loss, run_acc = 0.0, 0.0
        acc, _ = evaluate(model, *held_out, to_tensor=to_tensor)
        print(f"epoch {epoch}: held-out accuracy {acc:.4f} ({time.time() - t1:.0f} s)", flush=True)


def evaluate(model, images, labels, batch=256, to_tensor=to_input):
    model.eval()
    correct, probs = 0, []
    with torch.no_grad():
        for s in range(0, len(images), batch):
            logits = model(to_tensor(images[s:s + batch]))
            correct += (logits.argmax(1).numpy() == labels[s:s + batch]).sum()
            probs.append(torch.softmax(logits, 1)[:, 1].numpy())
    model.train()
    return correct / len(images), np.concatenate(probs)


def evaluate_file(path: str, count: int, threads: int, quantize: str = None) -> int:
    import timm

    torch.set_num_threads(threads)
    model = timm.create_model(TIMM_NAME, pretrained=False, **ARCH)
    model.load_state_dict(torch.load(path, map_location="cpu", weights_only=True))
    if quantize == "int8":
        model = export_model.quantize_int8(model.eval())
    kinds: list = []
    images, labels = mm.dataset(mm.PURPOSE_HELD_OUT, count, kinds=kinds)
    acc, probs = evaluate(model, images, labels)
    print(f"held-out accuracy {acc:.4f} on {count} fields")
    kinds_arr = np.array(kinds)
    for kind in sorted(set(kinds)):
        sel = kinds_arr == kind
        print(f"  {kind:>10}: {((probs[sel] > 0.5) == labels[sel]).mean():.4f} of {sel.sum()}")
    return 0


def add_fit_arguments(p: argparse.ArgumentParser, epochs: int, lr: float, data: str = "fields") -> None:
    """fit's settings as command-line options, with a model's own defaults for the epochs and the learning rate."""
    p.add_argument("--epochs", type=int, default=epochs)
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--lr", type=float, default=lr)
    p.add_argument("--weight-decay", type=float, default=0.05)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--cache", metavar="DIR", help=f"cache the generated {data} here (.npz)")


def add_architecture_arguments(p: argparse.ArgumentParser, arch: dict) -> None:
    """Options for the width, depth, heads and pooling of a timm ViT; architecture_from applies them."""
    p.add_argument("--embed-dim", type=int, default=arch["embed_dim"])
    p.add_argument("--depth", type=int, default=arch["depth"])
    p.add_argument("--num-heads", type=int, default=arch["num_heads"])
    p.add_argument("--global-pool", default=arch["global_pool"])


def architecture_from(args: argparse.Namespace, arch: dict) -> None:
    arch.update(embed_dim=args.embed_dim, depth=args.depth, num_heads=args.num_heads, global_pool=args.global_pool)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--train-fields", type=int, default=40000)
    p.add_argument("--held-out-fields", type=int, default=2000)
    add_fit_arguments(p, epochs=16, lr=1.5e-3)
    p.add_argument("--checkpoint", default=os.path.join(ROOT, "target", "mitosis_vit_state_dict.pth"))
    p.add_argument("--output", default=os.path.join(MODEL_DIR, "mitosis_vit.pt"))
    p.add_argument("--no-export", action="store_true")
    add_architecture_arguments(p, ARCH)
    p.add_argument("--evaluate", metavar="STATE_DICT", help="only report the held-out accuracy of a trained "
                   "state_dict, overall and per kind of field (mitotic stage or imposter)")
    p.add_argument("--quantize", choices=["int8"], help="with --evaluate: of the model as export_model.py "
                   "--quantize int8 stores it")
    args = p.parse_args(argv)
    architecture_from(args, ARCH)
    if args.evaluate:
        return evaluate_file(args.evaluate, args.held_out_fields, args.threads, args.quantize)

    import timm

    torch.set_num_threads(args.threads)
    t0 = time.time()
    train_x, train_y = generate(mm.PURPOSE_TRAIN, args.train_fields, args.threads, args.cache)
    test_x, test_y = generate(mm.PURPOSE_HELD_OUT, args.held_out_fields, args.threads, args.cache)
    sample = train_x[:2000].astype(np.float64) / RANGE_HI
    print(f"generated {len(train_x)} training + {len(test_x)} held-out fields in {time.time() - t0:.0f} s; "
          f"v/65535: mean {sample.mean():.4f}, std {sample.std():.4f} (model uses {MEAN}, {STD})", flush=True)

    torch.manual_seed(args.seed)
    model = timm.create_model(TIMM_NAME, pretrained=False, **ARCH)
    n_params = sum(q.numel() for q in model.parameters())
    print(f"{TIMM_NAME} {ARCH}: {n_params:,} parameters", flush=True)
    fit(model, (train_x, train_y), (test_x, test_y), args, to_input)

    acc, probs = evaluate(model, test_x, test_y)
    wall = time.time() - t0
    print(f"FINAL held-out accuracy {acc:.4f} on {len(test_x)} fields; {n_params:,} parameters; "
          f"wall time {wall / 60:.1f} min (generation + training)", flush=True)
    model.eval()
    os.makedirs(os.path.dirname(os.path.abspath(args.checkpoint)), exist_ok=True)
    torch.save(model.state_dict(), args.checkpoint)
    print(f"saved {args.checkpoint}")
    if args.no_export:
        return 0

    os.makedirs(MODEL_DIR, exist_ok=True)
    with open(LABELS, "w", encoding="utf-8") as f:
        f.write("\n".join(mm.LABELS) + "\n")
    export_args = export_arguments(args.checkpoint, args.output)
    print("python tools/export_model.py " + " ".join(export_args), flush=True)
    os.chdir(ROOT)
    return export_model.main(export_args)


def export_arguments(checkpoint: str, output: str, arch: dict = ARCH, labels: str = LABELS, mean: float = MEAN,
                     std: float = STD, name: str = "mitosis_vit") -> list:
    """tools/export_model.py's arguments for the demo model, or another single-channel 16-bit timm ViT trained
    with to_input (paths relative to the repository root)."""
    return [TIMM_NAME, "--img-size", str(arch["img_size"]), "--patch-size", str(arch["patch_size"]),
            "--embed-dim", str(arch["embed_dim"]), "--depth", str(arch["depth"]),
            "--num-heads", str(arch["num_heads"]), "--in-chans", "1",
            "--model-arg", "global_pool=" + arch["global_pool"],
            "--checkpoint", os.path.relpath(checkpoint, ROOT), "--labels", os.path.relpath(labels, ROOT),
            "--mean", str(mean), "--std", str(std), "--range-16bit", "0", str(int(RANGE_HI)),
            "--model-name", name, "--attentions", "--output", os.path.relpath(output, ROOT)]


if __name__ == "__main__":
    sys.exit(main())
