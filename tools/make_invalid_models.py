"""Writes the deliberately broken model files the Java tests feed to the loader.

  no_metadata.pt  a valid TorchScript ViT-like module returning (logits, tokens) but without vitcx.json
  no_tokens.pt    carries vitcx.json but forward returns the logits alone

Run:  python tools/make_invalid_models.py   (writes into src/test/resources/models/invalid/)
"""
import json
import pathlib

import torch

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/models/invalid"

METADATA = {
    "format": "vitcx-torchscript", "format_version": 1, "model_name": "broken",
    "exporter_version": "0.1.0", "torch_version": torch.__version__,
    "input": {"channels": 3, "height": 16, "width": 16},
    "preprocessing": {"value_range": {"8-bit": [0, 255], "16-bit": [0, 65535], "32-bit": [0, 1]},
                      "mean": [0.5, 0.5, 0.5], "std": [0.5, 0.5, 0.5]},
    "labels": ["a", "b"],
    "tokens": {"layer": "none", "layout": "BND", "prefix_tokens": 1, "grid": [2, 2], "dim": 4},
}


class TwoOutputs(torch.nn.Module):
    """Logits from a linear head; 'tokens' are 8×8 patches averaged into 4 channels."""

    def __init__(self):
        super().__init__()
        self.head = torch.nn.Linear(3 * 16 * 16, 2)

    def forward(self, x):
        tokens = torch.nn.functional.avg_pool2d(x, 8).flatten(2).transpose(1, 2)[..., :1].expand(-1, -1, 4)
        cls = tokens.mean(1, keepdim=True)
        return self.head(x.flatten(1)), torch.cat([cls, tokens], 1)


class LogitsOnly(TwoOutputs):
    def forward(self, x):
        return self.head(x.flatten(1))


def main():
    torch.manual_seed(0)
    OUT.mkdir(parents=True, exist_ok=True)
    example = torch.zeros(1, 3, 16, 16)
    torch.jit.save(torch.jit.trace(TwoOutputs().eval(), example), str(OUT / "no_metadata.pt"))
    torch.jit.save(torch.jit.trace(LogitsOnly().eval(), example), str(OUT / "no_tokens.pt"),
                   _extra_files={"vitcx.json": json.dumps(METADATA)})
    print("wrote", sorted(p.name for p in OUT.iterdir()))


if __name__ == "__main__":
    main()
