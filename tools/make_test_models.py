#!/usr/bin/env python3
"""Regenerate the tiny random-init test models in src/test/resources/models/.

Each model is built by timm with a fixed seed (no pretrained weights), its
classifier head is re-initialised with a larger std so that the class
probabilities react clearly to masking (timm's std 0.02 head gives almost uniform
softmax outputs, and ViT-CX's causal scores would all be equal), then exported
with tools/export_model.py and reloaded for the 1e-4 check.

Usage:  python tools/make_test_models.py [--output-dir DIR] [--only FILE ...]
Then:   python tools/make_test_fixtures.py   (the reference cases depend on these files)

The .pt bytes include the exporter's source line numbers, so regenerating a model after
export_model.py changed gives a new file with the same outputs; use --only to (re)write just
the files you mean to change (e.g. --only vit_attn_test.pt).
"""

import argparse
import os
import sys
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import export_model  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODELS_DIR = os.path.join(ROOT, "src", "test", "resources", "models")
IMAGENET_MEAN = [0.485, 0.456, 0.406]
IMAGENET_STD = [0.229, 0.224, 0.225]


@dataclass
class TestModel:
    file: str
    timm_name: str
    overrides: Dict
    seed: int
    head_std: float
    labels: Optional[List[str]] = None
    mean: Optional[List[float]] = None
    std: Optional[List[float]] = None
    value_ranges: Dict = field(default_factory=dict)
    attentions: bool = False
    quantize: Optional[str] = None
    layer: Optional[int] = None


TEST_MODELS = [
    TestModel("vit_test.pt", "vit_tiny_patch16_224",
              dict(img_size=64, patch_size=8, embed_dim=48, depth=2, num_heads=3, num_classes=4, in_chans=3),
              seed=1, head_std=0.3, labels=["alpha", "beta", "gamma", "delta"], mean=[0.5], std=[0.5]),
    TestModel("deit_distilled_test.pt", "deit_tiny_distilled_patch16_224",
              dict(img_size=48, patch_size=8, embed_dim=48, depth=2, num_heads=3, num_classes=3),
              seed=2, head_std=0.3, mean=IMAGENET_MEAN, std=IMAGENET_STD),
    TestModel("swin_test.pt", "swin_tiny_patch4_window7_224",
              dict(img_size=64, patch_size=4, window_size=4, embed_dim=16, depths=(2, 2), num_heads=(1, 2),
                   num_classes=3),
              seed=3, head_std=0.3, mean=IMAGENET_MEAN, std=IMAGENET_STD),
    TestModel("vit_gray_test.pt", "vit_tiny_patch16_224",
              dict(img_size=32, patch_size=8, embed_dim=32, depth=2, num_heads=2, num_classes=2, in_chans=1),
              seed=7, head_std=0.5, labels=["interphase", "mitotic"], mean=[0.5], std=[0.5],
              value_ranges={"16-bit": [0, 4095]}),
    # with the traced attentions(x) method, for attention rollout and the evaluation tests
    TestModel("vit_attn_test.pt", "vit_tiny_patch16_224",
              dict(img_size=64, patch_size=8, embed_dim=48, depth=3, num_heads=3, num_classes=4, in_chans=3),
              seed=11, head_std=0.3, labels=["alpha", "beta", "gamma", "delta"], mean=[0.5], std=[0.5],
              attentions=True),
    # vit_test.pt's float weights (same seed and head), exported with --quantize int8
    TestModel("vit_int8_test.pt", "vit_tiny_patch16_224",
              dict(img_size=64, patch_size=8, embed_dim=48, depth=2, num_heads=3, num_classes=4, in_chans=3),
              seed=1, head_std=0.3, labels=["alpha", "beta", "gamma", "delta"], mean=[0.5], std=[0.5],
              quantize="int8"),
    # vit_test.pt's weights with the tokens of the first block's norm1 (export_model.py --layer 0)
    TestModel("vit_layer0_test.pt", "vit_tiny_patch16_224",
              dict(img_size=64, patch_size=8, embed_dim=48, depth=2, num_heads=3, num_classes=4, in_chans=3),
              seed=1, head_std=0.3, labels=["alpha", "beta", "gamma", "delta"], mean=[0.5], std=[0.5], layer=0),
]


def classifier_heads(model: torch.nn.Module) -> List[torch.nn.Linear]:
    """The linear layer(s) producing logits (distilled DeiT has two: head and head_dist)."""
    heads = [getattr(model, "head", None), getattr(model, "head_dist", None)]
    heads = [getattr(h, "fc", h) for h in heads]  # Swin wraps its Linear in a ClassifierHead
    return [h for h in heads if isinstance(h, torch.nn.Linear)]


def build(spec: TestModel) -> torch.nn.Module:
    model = export_model.build_timm_model(spec.timm_name, spec.overrides, spec.seed)
    gen = torch.Generator().manual_seed(1000 + spec.seed)
    with torch.no_grad():
        for head in classifier_heads(model):
            head.weight.copy_(torch.randn(head.weight.shape, generator=gen) * spec.head_std)
            head.bias.zero_()
    return model


def check_not_degenerate(model: torch.nn.Module, channels: int, size: int, seed: int) -> Dict:
    """Probabilities must differ between inputs and tokens must vary over the grid."""
    gen = torch.Generator().manual_seed(seed)
    x = torch.randn(8, channels, size, size, generator=gen)
    wrapper = export_model.wrapper_for(model)
    with torch.no_grad():
        logits, tokens = wrapper(x)
    probs = torch.softmax(logits, dim=1)
    prob_spread = (probs.max(dim=0).values - probs.min(dim=0).values).max().item()
    grid_tokens = tokens.reshape(tokens.shape[0], -1, tokens.shape[-1])
    token_spread = grid_tokens.std(dim=1).mean().item()
    if prob_spread < 0.05 or token_spread < 0.1:
        raise RuntimeError(f"degenerate model: probability spread {prob_spread:.3g}, "
                           f"token spread over the grid {token_spread:.3g}")
    return {"prob_spread": prob_spread, "token_spread": token_spread}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    p.add_argument("--output-dir", default=MODELS_DIR)
    p.add_argument("--only", nargs="+", metavar="FILE", help="write only these model files")
    args = p.parse_args(argv)
    unknown = set(args.only or []) - {spec.file for spec in TEST_MODELS}
    if unknown:
        p.error(f"unknown model file(s): {', '.join(sorted(unknown))}")
    print(f"{'file':26} {'KB':>5} {'max|dlogits|':>12} {'max|dtokens|':>12} {'p-spread':>8} {'tok-spread':>10}")
    for spec in TEST_MODELS:
        if args.only and spec.file not in args.only:
            continue
        model = build(spec)
        meta_in = model.patch_embed.proj.in_channels
        health = check_not_degenerate(model, meta_in, spec.overrides["img_size"], spec.seed)
        path = os.path.join(args.output_dir, spec.file)
        res = export_model.export_model(model, path, model_name=os.path.splitext(spec.file)[0], labels=spec.labels,
                                        mean=spec.mean, std=spec.std, value_ranges=spec.value_ranges,
                                        attentions=spec.attentions, quantize=spec.quantize, layer=spec.layer,
                                        verbose=False)
        print(f"{spec.file:26} {os.path.getsize(path) / 1024:5.0f} {res['max_abs_diff_logits']:12.3g} "
              f"{res['max_abs_diff_tokens']:12.3g} {health['prob_spread']:8.3f} {health['token_spread']:10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
