#!/usr/bin/env python3
"""Recover the demo model's state_dict from its committed TorchScript file, and prove it is the same model.

test-images/models/mitosis_vit.pt was exported from a state_dict that was not committed; retraining
(tools/train_demo_model.py) takes about 36 minutes of two cores. The traced file keeps the wrapped timm
model's parameters under the prefix "model.", so they are read back, loaded strictly into the architecture
train_demo_model.py builds, saved to test-images/models/mitosis_vit_state_dict.pth and re-exported with the
training script's own export arguments. The re-export must equal the committed file (logits, tokens and
attention maps, max |delta| <= 1e-6) on random inputs and on real held-out fields; otherwise the state_dict
is deleted and the script exits with status 1.

  python tools/recover_demo_state_dict.py
"""

import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import export_model  # noqa: E402
import make_microscopy as mm  # noqa: E402
import train_demo_model as demo  # noqa: E402

COMMITTED = os.path.join(demo.MODEL_DIR, "mitosis_vit.pt")
REEXPORT = os.path.join(demo.ROOT, "target", "mitosis_vit_reexport.pt")
TOLERANCE = 1e-6
PREFIX = "model."  # the export wrapper's attribute holding the timm model


def recovered_state_dict(path: str) -> dict:
    """The timm model's parameters and buffers, from the wrapper's state_dict in the TorchScript file."""
    traced = torch.jit.load(path, map_location="cpu")
    return {k[len(PREFIX):]: v.clone() for k, v in traced.state_dict().items() if k.startswith(PREFIX)}


def max_differences(a: torch.jit.ScriptModule, b: torch.jit.ScriptModule, x: torch.Tensor) -> dict:
    with torch.no_grad():
        (la, ta), (lb, tb) = a(x), b(x)
        aa, ab = a.attentions(x), b.attentions(x)
    return {"logits": (la - lb).abs().max().item(), "tokens": (ta - tb).abs().max().item(),
            "attentions": (aa - ab).abs().max().item()}


def main() -> int:
    import timm

    model = timm.create_model(demo.TIMM_NAME, pretrained=False, **demo.ARCH).eval()
    model.load_state_dict(recovered_state_dict(COMMITTED), strict=True)
    torch.save(model.state_dict(), demo.STATE_DICT)
    os.makedirs(os.path.dirname(REEXPORT), exist_ok=True)
    os.chdir(demo.ROOT)
    if export_model.main(demo.export_arguments(demo.STATE_DICT, REEXPORT)) != 0:
        return 1
    committed = torch.jit.load(COMMITTED, map_location="cpu")
    reexport = torch.jit.load(REEXPORT, map_location="cpu")
    images, _ = mm.dataset(mm.PURPOSE_HELD_OUT, 64)
    inputs = {"random": torch.randn(8, 1, mm.SIZE, mm.SIZE, generator=torch.Generator().manual_seed(0)),
              "held-out fields": demo.to_input(images)}
    worst = 0.0
    for name, x in inputs.items():
        d = max_differences(committed, reexport, x)
        worst = max([worst] + list(d.values()))
        print(f"{name} ({len(x)}): max |delta| " + ", ".join(f"{k} {v:.3g}" for k, v in d.items()))
    if worst > TOLERANCE:
        os.remove(demo.STATE_DICT)
        print(f"error: the re-export differs from {COMMITTED} by {worst:.3g} > {TOLERANCE}; state_dict deleted",
              file=sys.stderr)
        return 1
    print(f"{os.path.relpath(demo.STATE_DICT, demo.ROOT)}: {os.path.getsize(demo.STATE_DICT) / 1e6:.2f} MB, "
          f"{sum(v.numel() for v in model.state_dict().values()):,} values; re-export equals the committed model")
    return 0


if __name__ == "__main__":
    sys.exit(main())
