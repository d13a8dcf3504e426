#!/usr/bin/env python3
"""Export a Vision Transformer to the ViT-CX TorchScript format (docs/model-format.md).

The exported module takes a normalised float32 batch x[B, C, H, W] and returns
(logits, tokens), where tokens is the output of the layer the official ViT-CX code
hooks (the LayerNorm that feeds the last block's attention). The file carries its
metadata as the TorchScript extra file "vitcx.json".

Supported: timm VisionTransformer (ViT, DeiT, distilled DeiT, register tokens),
timm SwinTransformer (timm >= 0.9, NHWC tokens) and Hugging Face
ViTForImageClassification (from a local save_pretrained directory).

With --attentions (timm ViT / DeiT only) the file gains a second traced method,
attentions(x) -> [B, blocks, heads, N, N], the softmax attention maps of every block,
for attention rollout; forward is unchanged, so explanations pay nothing for it.

After saving, the file is reloaded with torch.jit.load and compared with the eager
model on a random batch of 2; the tool exits non-zero if max |delta| > 1e-4.

With --quantize int8 the Linear layers (attention projections, MLPs, head) are replaced by
PyTorch's dynamic int8 versions (int8 weights, activations quantised per batch at run time;
the tokens and logits stay float32), and the metadata gains the field "quantization". The
reloaded file must still equal the eager int8 model to 1e-4; against the float model the tool
reports max |dlogits|, top-1 agreement and the tokens' cosine similarity on a check batch of
16 and fails only on gross disagreement (see QUANTIZED_MIN_*). int8 files run on the CPU only.

Examples:
  python tools/export_model.py vit_base_patch16_224 --checkpoint vit.pth --output vit.pt
  python tools/export_model.py vit_small_patch16_224 --img-size 128 --num-classes 2 \\
      --in-chans 1 --checkpoint finetuned.pth --labels labels.txt --output cells.pt
  python tools/export_model.py --hf ./my-hf-vit --output hf_vit.pt
  python tools/export_model.py vit_base_patch16_224 --checkpoint vit.pth --attentions --output vit.pt
  python tools/export_model.py vit_base_patch16_224 --checkpoint vit.pth --quantize int8 --output vit_int8.pt
  python tools/export_model.py vit_base_patch16_224 --checkpoint vit.pth --layer 8 --output vit_block8.pt
"""

import argparse
import ast
import copy
import json
import os
import sys
import warnings
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple, Union

import torch
import torch.nn.functional as F
from torch import nn

EXPORTER_VERSION = "0.1.0"
FORMAT = "vitcx-torchscript"
FORMAT_VERSION = 1
EXTRA_FILE = "vitcx.json"
ATTENTIONS_METHOD = "attentions"
TOLERANCE = 1e-4
# --quantize int8: the int8 file is compared with the float model on QUANTIZED_CHECK_BATCH random images and
# refused only on gross disagreement (a broken quantisation, not the usual int8 rounding, which moved logits by
# 0.01-0.4 and kept the mean token cosine above 0.998 on every model tried, docs/models.md).
QUANTIZED_CHECK_BATCH = 16
QUANTIZED_MIN_TOP1_AGREEMENT = 0.75
QUANTIZED_MIN_TOKEN_COSINE = 0.9
QUANTIZATION_INT8 = {"scheme": "dynamic", "dtype": "int8", "layers": "Linear"}
DEFAULT_VALUE_RANGES = {"8-bit": [0, 255], "16-bit": [0, 65535], "32-bit": [0, 1]}

ValueRange = Union[str, List[float]]


class ExportError(Exception):
    """A problem the user can fix (bad flag, wrong checkpoint, unsupported model)."""


# ---------------------------------------------------------------------------
# Wrappers: re-run the model's forward with the last block unrolled so that the
# target-layer output ("tokens") is returned explicitly. The last block is called
# as a whole on the same input its target LayerNorm sees, so the logits are exactly
# those of the model's own forward (the LayerNorm is evaluated twice; it is cheap).
# ---------------------------------------------------------------------------

class _TimmLastBlockUnrolled(nn.Module):
    """The part timm's ViT and Swin share: the blocks before the target block (`body`), then the target block
    (`last`), whose norm1 output is the tokens, then the blocks after it (`rest`: none for the official layer),
    the model's final norm and head."""

    def _tokens_and_logits(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        x = self.body(x)
        tokens = self.last.norm1(x)
        x = self.rest(self.last(x))
        logits = self.model.forward_head(self.model.norm(x))
        return logits, tokens

    def target_module(self) -> nn.Module:
        """The layer whose output is the tokens (the export check hooks it on the unmodified model)."""
        return self.last.norm1


class TimmViTWithTokens(_TimmLastBlockUnrolled):
    """timm VisionTransformer (also DeiT / distilled DeiT): tokens = blocks[-1].norm1, the official layer, or
    with `layer` = i any block's norm1 (the output of block i - 1, normalised)."""

    layout = "BND"

    def __init__(self, model: nn.Module, layer: Optional[int] = None):
        super().__init__()
        blocks = list(model.blocks)
        i = block_index(layer, len(blocks))
        self.model = model
        self.layer_name = "blocks[-1].norm1" if layer is None else f"blocks[{i}].norm1"
        self.body = nn.Sequential(*blocks[:i])
        self.last = blocks[i]
        self.rest = nn.Sequential(*blocks[i + 1:])

    def _embed(self, x: torch.Tensor) -> torch.Tensor:
        m = self.model
        x = m.patch_embed(x)
        x = m._pos_embed(x)  # adds CLS / DIST / register tokens, as the model's forward does
        x = m.patch_drop(x)
        return m.norm_pre(x)

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        return self._tokens_and_logits(self._embed(x))

    def attentions(self, x: torch.Tensor) -> torch.Tensor:
        """Softmax attention maps of every block, [B, blocks, heads, N, N].

        timm runs attention fused (scaled_dot_product_attention), which never forms the
        maps, so they are recomputed from each block's own qkv projection on the input
        its attention sees: softmax(q * scale @ k^T) per head, as timm's unfused path."""
        x = self._embed(x)
        maps = []
        for block in self.model.blocks:
            maps.append(attention_probabilities(block.attn, block.norm1(x)))
            x = block(x)
        return torch.stack(maps, dim=1)


def block_index(layer: Optional[int], depth: int) -> int:
    """The block whose norm1 gives the tokens: the last by default; negative counts from the end."""
    if layer is None:
        return depth - 1
    if not -depth <= layer < depth:
        raise ExportError(f"--layer {layer}: the model has {depth} blocks, so the layer must be 0..{depth - 1} "
                          f"(or -{depth}..-1 from the end)")
    return layer % depth


def attention_probabilities(attn: nn.Module, x: torch.Tensor) -> torch.Tensor:
    """[B, heads, N, N] attention probabilities of a timm Attention module for its input x."""
    b, n, _ = x.shape
    qkv = attn.qkv(x).reshape(b, n, 3, attn.num_heads, attn.head_dim).permute(2, 0, 3, 1, 4)
    q, k = attn.q_norm(qkv[0]), attn.k_norm(qkv[1])
    return ((q * attn.scale) @ k.transpose(-2, -1)).softmax(dim=-1)


def check_attention_support(model: nn.Module) -> None:
    """Attention maps are exported for plain timm ViT blocks only (pre-norm Block with Attention)."""
    from timm.layers import Attention
    from timm.models.vision_transformer import Block, VisionTransformer

    if not isinstance(model, VisionTransformer):
        raise ExportError(f"--attentions supports timm ViT / DeiT models, not {type(model).__name__} "
                          "(Swin attends within windows and has no class token to roll out from)")
    for i, block in enumerate(model.blocks):
        if type(block) is not Block or type(block.attn) is not Attention or block.attn.gate is not None:
            raise ExportError(f"--attentions: block {i} is a {type(block).__name__} with "
                              f"{type(block.attn).__name__}; only timm's pre-norm Block with a plain "
                              "Attention is supported")


class TimmSwinWithTokens(_TimmLastBlockUnrolled):
    """timm SwinTransformer (timm >= 0.9, NHWC): tokens = layers[-1].blocks[-1].norm1."""

    layer_name = "layers[-1].blocks[-1].norm1"
    layout = "BHWD"

    def __init__(self, model: nn.Module):
        super().__init__()
        self.model = model
        last_stage = model.layers[-1]
        self.early_stages = nn.Sequential(*list(model.layers)[:-1])
        self.downsample = last_stage.downsample
        self.body = nn.Sequential(*list(last_stage.blocks)[:-1])
        self.last = last_stage.blocks[-1]
        self.rest = nn.Sequential()

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        x = self.model.patch_embed(x)
        x = self.early_stages(x)
        return self._tokens_and_logits(self.downsample(x))


def _hf_vit_layers(model: nn.Module) -> nn.ModuleList:
    """The ViTLayer list: `vit.layers` in transformers >= 5, `vit.encoder.layer` before."""
    if hasattr(model.vit, "layers"):
        return model.vit.layers
    return model.vit.encoder.layer


def _hf_vit_layer_name(model: nn.Module) -> str:
    prefix = "vit.layers" if hasattr(model.vit, "layers") else "vit.encoder.layer"
    return prefix + "[-1].layernorm_before"


class HfViTWithTokens(nn.Module):
    """Hugging Face ViTForImageClassification: tokens = last layer's layernorm_before."""

    layout = "BND"

    def __init__(self, model: nn.Module):
        super().__init__()
        self.model = model
        layers = list(_hf_vit_layers(model))
        self.body = nn.ModuleList(layers[:-1])
        self.last = layers[-1]
        self.layer_name = _hf_vit_layer_name(model)

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        vit = self.model.vit
        h = vit.embeddings(x)
        for layer in self.body:
            h = _first(layer(h))
        tokens = self.last.layernorm_before(h)
        h = _first(self.last(h))
        h = vit.layernorm(h)
        logits = self.model.classifier(h[:, 0, :])  # classification from the CLS token
        return logits, tokens

    def target_module(self) -> nn.Module:
        return self.last.layernorm_before


def _first(out):
    """transformers < 5 layers return a tuple (hidden_states, ...); >= 5 return a tensor."""
    return out[0] if isinstance(out, (tuple, list)) else out


def wrapper_for(model: nn.Module, layer: Optional[int] = None) -> nn.Module:
    """The model wrapped to return (logits, tokens); `layer` picks another block's norm1 (timm ViT only)."""
    cls = wrapper_class(model)
    if layer is None:
        return cls(model).eval()
    if cls is not TimmViTWithTokens:
        raise ExportError(f"--layer supports timm ViT / DeiT models, not {type(model).__name__}")
    return cls(model, layer).eval()


def wrapper_class(model: nn.Module):
    """Pick the wrapper for a model, or explain which models are supported."""
    from timm.models.swin_transformer import SwinTransformer
    from timm.models.vision_transformer import VisionTransformer

    if isinstance(model, VisionTransformer):
        return TimmViTWithTokens
    if isinstance(model, SwinTransformer):
        return TimmSwinWithTokens
    if type(model).__name__ == "ViTForImageClassification":
        return HfViTWithTokens
    raise ExportError(
        f"unsupported model class {type(model).__name__}: supported are timm VisionTransformer "
        "(ViT, DeiT, distilled DeiT), timm SwinTransformer and Hugging Face ViTForImageClassification")


# ---------------------------------------------------------------------------
# Building the model
# ---------------------------------------------------------------------------

def build_timm_model(name: str, overrides: Dict, seed: int = 0) -> nn.Module:
    """timm.create_model without pretrained weights (random init with the given seed)."""
    import timm

    torch.manual_seed(seed)
    try:
        model = timm.create_model(name, pretrained=False, **overrides)
    except (RuntimeError, TypeError, ValueError, AssertionError) as e:
        raise ExportError(f"timm could not build {name!r} with {overrides}: {e}") from e
    return model.eval()


def read_state_dict(path: str) -> Dict[str, torch.Tensor]:
    """A state_dict from a file: plain, or under a 'state_dict' or 'model' key; 'module.' stripped."""
    if path.endswith(".safetensors"):
        from safetensors.torch import load_file
        sd = load_file(path, device="cpu")
    else:
        sd = torch.load(path, map_location="cpu", weights_only=True)
    for key in ("state_dict", "model"):
        if isinstance(sd, dict) and key in sd and isinstance(sd[key], dict):
            sd = sd[key]
            break
    if not isinstance(sd, dict):
        raise ExportError(f"{path}: expected a state_dict (a dict of tensors), got {type(sd).__name__}")
    return {(k[len("module."):] if k.startswith("module.") else k): v for k, v in sd.items()}


def load_checkpoint(model: nn.Module, path: str) -> None:
    """Load weights strictly; on mismatch, show which keys and shapes differ."""
    sd = read_state_dict(path)
    own = model.state_dict()
    missing = sorted(set(own) - set(sd))
    unexpected = sorted(set(sd) - set(own))
    shapes = [f"{k}: file {tuple(sd[k].shape)} vs model {tuple(own[k].shape)}"
              for k in own if k in sd and sd[k].shape != own[k].shape]
    if missing or unexpected or shapes:
        lines = [f"checkpoint {path} does not match the architecture "
                 "(use --img-size/--patch-size/--embed-dim/--depth/--num-heads/--num-classes/--in-chans):"]
        if missing:
            lines.append(f"  missing keys ({len(missing)}): {', '.join(missing[:8])}")
        if unexpected:
            lines.append(f"  unexpected keys ({len(unexpected)}): {', '.join(unexpected[:8])}")
        lines += ["  " + s for s in shapes[:8]]
        raise ExportError("\n".join(lines))
    model.load_state_dict(sd, strict=True)


def build_hf_model(directory: str) -> nn.Module:
    """ViTForImageClassification from a local save_pretrained directory (never downloads)."""
    from transformers import ViTForImageClassification
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()  # no progress bars or config notices in the tool's output
    hf_logging.disable_progress_bar()
    if not os.path.isfile(os.path.join(directory, "config.json")):
        raise ExportError(f"{directory}: no config.json (expected a save_pretrained directory)")
    model = ViTForImageClassification.from_pretrained(directory, local_files_only=True)
    return model.float().eval()


def hf_preprocessing(directory: str) -> Tuple[Optional[List[float]], Optional[List[float]]]:
    """image_mean / image_std from preprocessor_config.json, if the directory has one."""
    path = os.path.join(directory, "preprocessor_config.json")
    if not os.path.isfile(path):
        return None, None
    with open(path) as f:
        cfg = json.load(f)
    return cfg.get("image_mean"), cfg.get("image_std")


# ---------------------------------------------------------------------------
# Model facts: input size, token layout, default preprocessing and labels
# ---------------------------------------------------------------------------

@dataclass
class ModelFacts:
    channels: int
    height: int
    width: int
    num_classes: int
    prefix_tokens: int
    grid: Optional[Tuple[int, int]]  # None: read from the token shape (Swin)
    mean: Optional[List[float]]
    std: Optional[List[float]]
    labels: Optional[List[str]]


def model_facts(model: nn.Module) -> ModelFacts:
    if type(model).__name__ == "ViTForImageClassification":
        cfg = model.config
        size = _pair(cfg.image_size)
        patch = _pair(cfg.patch_size)
        labels = [cfg.id2label[i] for i in range(cfg.num_labels)] if cfg.id2label else None
        return ModelFacts(cfg.num_channels, size[0], size[1], cfg.num_labels, 1,
                          (size[0] // patch[0], size[1] // patch[1]), None, None, labels)
    # timm: the input size is the patch embedding's (fixed) image size
    img = model.patch_embed.img_size
    grid = tuple(model.patch_embed.grid_size) if hasattr(model, "blocks") else None
    cfg = getattr(model, "pretrained_cfg", {}) or {}
    in_chans = model.patch_embed.proj.in_channels
    return ModelFacts(in_chans, img[0], img[1], model.num_classes,
                      getattr(model, "num_prefix_tokens", 0), grid,
                      _floats(cfg.get("mean")), _floats(cfg.get("std")), None)


def _pair(v) -> Tuple[int, int]:
    return (int(v[0]), int(v[1])) if isinstance(v, (tuple, list)) else (int(v), int(v))


def _floats(v) -> Optional[List[float]]:
    return None if v is None else [float(a) for a in v]


@dataclass
class TokenSpec:
    layer: str
    layout: str
    prefix_tokens: int
    grid: Tuple[int, int]
    dim: int

    def as_json(self) -> Dict:
        return {"layer": self.layer, "layout": self.layout, "prefix_tokens": self.prefix_tokens,
                "grid": list(self.grid), "dim": self.dim}


def token_spec(wrapper: nn.Module, facts: ModelFacts, tokens_shape: Sequence[int],
               prefix_tokens: Optional[int] = None) -> TokenSpec:
    """Describe the tokens and check that their shape agrees with the grid and prefix."""
    if wrapper.layout == "BHWD":
        if len(tokens_shape) != 4:
            raise ExportError(f"expected NHWC tokens [B, h, w, D] from {wrapper.layer_name}, "
                              f"got shape {list(tokens_shape)} (timm >= 0.9 is needed for Swin)")
        prefix = 0 if prefix_tokens is None else prefix_tokens
        if prefix != 0:
            raise ExportError("--prefix-tokens must be 0 for BHWD (Swin) tokens")
        return TokenSpec(wrapper.layer_name, "BHWD", 0,
                         (int(tokens_shape[1]), int(tokens_shape[2])), int(tokens_shape[3]))
    if len(tokens_shape) != 3:
        raise ExportError(f"expected tokens [B, N, D] from {wrapper.layer_name}, got {list(tokens_shape)}")
    prefix = facts.prefix_tokens if prefix_tokens is None else prefix_tokens
    h, w = facts.grid
    n = int(tokens_shape[1])
    if n != prefix + h * w:
        raise ExportError(
            f"token count mismatch at {wrapper.layer_name}: N = {n}, but prefix tokens ({prefix}) + "
            f"grid {h}x{w} ({h * w}) = {prefix + h * w}; check --prefix-tokens and the patch grid")
    return TokenSpec(wrapper.layer_name, "BND", prefix, (h, w), int(tokens_shape[2]))


# ---------------------------------------------------------------------------
# Metadata
# ---------------------------------------------------------------------------

def per_channel(values: Optional[Sequence[float]], channels: int, what: str,
                from_model: bool = False) -> List[float]:
    """One value per input channel; a single value is repeated."""
    if values is None:
        raise ExportError(f"no default {what} for this model: pass --{what} (one value or one per channel)")
    values = [float(v) for v in values]
    if len(values) == 1:
        values = values * channels
    if len(values) != channels:
        source = f"the model's default {what}" if from_model else f"--{what}"
        raise ExportError(f"{source} has {len(values)} values but the model takes {channels} channel(s): "
                          f"pass --{what} with one value or one per channel")
    if what == "std" and any(v == 0 for v in values):
        raise ExportError("--std must not contain 0")
    return values


def default_labels(n: int) -> List[str]:
    return [f"class_{i}" for i in range(n)]


def read_labels(path: str) -> List[str]:
    """One label per line, in logit order; blank lines at the end are ignored."""
    with open(path, encoding="utf-8") as f:
        labels = [line.rstrip("\r\n") for line in f]
    while labels and not labels[-1].strip():
        labels.pop()
    if not labels or any(not lab.strip() for lab in labels):
        raise ExportError(f"{path}: expected one non-empty label per line")
    return labels


def attention_spec(maps_shape: Sequence[int]) -> Dict:
    """The optional "attentions" metadata: the traced method and the shape of its output per image."""
    _, blocks, heads, n, n2 = (int(v) for v in maps_shape)
    if n != n2:
        raise ExportError(f"attention maps are not square: {list(maps_shape)}")
    return {"method": ATTENTIONS_METHOD, "blocks": blocks, "heads": heads, "tokens": n}


def make_metadata(model_name: str, facts: ModelFacts, tokens: TokenSpec, labels: List[str],
                  mean: List[float], std: List[float], value_ranges: Dict[str, ValueRange],
                  attentions: Optional[Dict] = None, quantization: Optional[Dict] = None) -> Dict:
    meta = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "model_name": model_name,
        "exporter_version": EXPORTER_VERSION,
        "torch_version": torch.__version__,
        "input": {"channels": facts.channels, "height": facts.height, "width": facts.width},
        "preprocessing": {"value_range": value_ranges, "mean": mean, "std": std},
        "labels": labels,
        "tokens": tokens.as_json(),
    }
    if attentions is not None:
        meta["attentions"] = attentions
    if quantization is not None:
        meta["quantization"] = quantization
    return meta


# ---------------------------------------------------------------------------
# int8: dynamic quantisation of the Linear layers, checked against the float model
# ---------------------------------------------------------------------------

def quantize_int8(model: nn.Module) -> nn.Module:
    """A copy of the model whose nn.Linear layers are PyTorch's dynamic int8 Linear: int8 weights, activations
    quantised per call; LayerNorms, attention products, GELU and therefore the tokens stay float32."""
    from torch.ao.quantization import quantize_dynamic

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch >= 2.10 announces torch.ao.quantization's move to torchao
        return quantize_dynamic(copy.deepcopy(model), {nn.Linear}, dtype=torch.qint8).eval()


def quantization_check(float_wrapper: nn.Module, int8_wrapper: nn.Module, shape: Tuple[int, int, int],
                       seed: int = 4321) -> Dict:
    """How far the int8 model is from the float one on a random check batch: max |dlogits|, top-1 agreement,
    cosine similarity of each token vector (mean and minimum over images and tokens)."""
    gen = torch.Generator().manual_seed(seed)
    x = torch.randn((QUANTIZED_CHECK_BATCH,) + tuple(shape), generator=gen)
    with torch.no_grad():
        logits_f, tokens_f = float_wrapper(x)
        logits_q, tokens_q = int8_wrapper(x)
    d = tokens_f.shape[-1]
    cosine = F.cosine_similarity(tokens_f.reshape(-1, d), tokens_q.reshape(-1, d), dim=1)
    return {"batch": QUANTIZED_CHECK_BATCH,
            "max_abs_diff_logits": (logits_f - logits_q).abs().max().item(),
            "top1_agreement": (logits_f.argmax(1) == logits_q.argmax(1)).float().mean().item(),
            "token_cosine_mean": cosine.mean().item(),
            "token_cosine_min": cosine.min().item()}


def grossly_different(check: Dict) -> Optional[str]:
    """Why the int8 model disagrees too much with the float one to be an approximation of it, or None."""
    if check["top1_agreement"] < QUANTIZED_MIN_TOP1_AGREEMENT:
        return f"top-1 agreement {check['top1_agreement']:.2f} < {QUANTIZED_MIN_TOP1_AGREEMENT}"
    if check["token_cosine_mean"] < QUANTIZED_MIN_TOKEN_COSINE:
        return f"mean token cosine similarity {check['token_cosine_mean']:.3f} < {QUANTIZED_MIN_TOKEN_COSINE}"
    return None


# ---------------------------------------------------------------------------
# Trace, save, reload and compare
# ---------------------------------------------------------------------------

def trace(wrapper: nn.Module, example: torch.Tensor, attentions: bool = False) -> torch.jit.ScriptModule:
    with warnings.catch_warnings():
        # TracerWarnings about shape asserts (the image size is fixed by design) and the
        # torch >= 2.10 deprecation notice for TorchScript are expected here.
        warnings.simplefilter("ignore")
        with torch.no_grad():
            if not attentions:
                return torch.jit.trace(wrapper, example, strict=False, check_trace=False)
            return torch.jit.trace_module(wrapper, {"forward": example, ATTENTIONS_METHOD: example},
                                          strict=False, check_trace=False)


def eager_reference(model: nn.Module, target: nn.Module, x: torch.Tensor):
    """Logits of the unmodified model, and the target layer's output captured by a hook.

    The hook is used only here, to check the wrapper against the model itself."""
    captured = []
    handle = target.register_forward_hook(lambda mod, inp, out: captured.append(out))
    try:
        with torch.no_grad():
            out = model(x)
    finally:
        handle.remove()
    logits = out if isinstance(out, torch.Tensor) else out.logits
    return logits, captured[-1]


def verify(path: str, model: nn.Module, target: nn.Module, shape: Tuple[int, int, int],
           seed: int = 1234) -> Tuple[float, float, torch.jit.ScriptModule]:
    """Reload the file and compare it with the eager model on a random batch of 2."""
    loaded = torch.jit.load(path, map_location="cpu", _extra_files={EXTRA_FILE: ""})
    gen = torch.Generator().manual_seed(seed)
    x = torch.randn((2,) + tuple(shape), generator=gen)
    with torch.no_grad():
        logits, tokens = loaded(x)
    ref_logits, ref_tokens = eager_reference(model, target, x)
    if logits.shape != ref_logits.shape or tokens.shape != ref_tokens.shape:
        raise ExportError(f"shape mismatch after reload: logits {list(logits.shape)} vs "
                          f"{list(ref_logits.shape)}, tokens {list(tokens.shape)} vs {list(ref_tokens.shape)}")
    d_logits = (logits - ref_logits).abs().max().item()
    d_tokens = (tokens - ref_tokens).abs().max().item()
    return d_logits, d_tokens, loaded


def eager_attentions(model: nn.Module, x: torch.Tensor) -> torch.Tensor:
    """Attention maps as timm itself computes them on its unfused path, captured at attn_drop's input.

    An independent check of the recomputation in TimmViTWithTokens.attentions."""
    captured, handles, fused = [], [], []
    for block in model.blocks:
        fused.append(block.attn.fused_attn)
        block.attn.fused_attn = False
        handles.append(block.attn.attn_drop.register_forward_hook(lambda mod, inp, out: captured.append(inp[0])))
    try:
        with torch.no_grad():
            model(x)
    finally:
        for block, f, h in zip(model.blocks, fused, handles):
            block.attn.fused_attn = f
            h.remove()
    return torch.stack(captured, dim=1)


def verify_attentions(loaded: torch.jit.ScriptModule, model: nn.Module, shape: Tuple[int, int, int],
                      seed: int = 1234) -> float:
    """max |delta| between the file's attentions method and timm's own unfused attention."""
    gen = torch.Generator().manual_seed(seed)
    x = torch.randn((2,) + tuple(shape), generator=gen)
    with torch.no_grad():
        maps = getattr(loaded, ATTENTIONS_METHOD)(x)
    ref = eager_attentions(model, x)
    if maps.shape != ref.shape:
        raise ExportError(f"attention maps have shape {list(maps.shape)}, timm's {list(ref.shape)}")
    return (maps - ref).abs().max().item()


def export_model(model: nn.Module, output: str, *, model_name: str,
                 labels: Optional[List[str]] = None,
                 mean: Optional[Sequence[float]] = None, std: Optional[Sequence[float]] = None,
                 value_ranges: Optional[Dict[str, ValueRange]] = None,
                 prefix_tokens: Optional[int] = None, attentions: bool = False,
                 quantize: Optional[str] = None, layer: Optional[int] = None, verbose: bool = True) -> Dict:
    """Wrap, trace, save with metadata, reload and check. Returns the metadata plus the check.

    attentions=True also traces the method attentions(x) (timm ViT / DeiT only) and records it
    in the metadata's optional "attentions" field.

    quantize="int8" exports the dynamically quantised model (quantize_int8), records it in the metadata's
    optional "quantization" field together with its distance from the float model (quantization_check), and
    checks the reloaded file against the eager int8 model.

    layer=i takes the tokens from block i's norm1 instead of the last block's (timm ViT / DeiT only); the
    metadata's tokens.layer records it ("blocks[i].norm1") and the engine reports it with every explanation.

    Raises ExportError if anything is inconsistent, the reload check exceeds TOLERANCE or the int8 model is
    grossly different from the float one."""
    model = model.float().eval()
    for p in model.parameters():
        p.requires_grad_(False)
    if attentions:
        check_attention_support(model)
    wrapper = wrapper_for(model, layer)
    facts = model_facts(model)

    example = torch.zeros(1, facts.channels, facts.height, facts.width)
    with torch.no_grad():
        logits, tokens = wrapper(example)
    if logits.ndim != 2 or logits.shape[1] != facts.num_classes:
        raise ExportError(f"logits have shape {list(logits.shape)}, expected [B, {facts.num_classes}]")
    spec = token_spec(wrapper, facts, tokens.shape, prefix_tokens)
    attention_meta = None
    if attentions:
        with torch.no_grad():
            attention_meta = attention_spec(wrapper.attentions(example).shape)

    labels = labels if labels is not None else (facts.labels or default_labels(facts.num_classes))
    if len(labels) != facts.num_classes:
        raise ExportError(f"{len(labels)} labels for a model with {facts.num_classes} classes")
    mean = per_channel(mean if mean is not None else facts.mean, facts.channels, "mean", mean is None)
    std = per_channel(std if std is not None else facts.std, facts.channels, "std", std is None)
    ranges = dict(DEFAULT_VALUE_RANGES)
    ranges.update(value_ranges or {})
    shape = (facts.channels, facts.height, facts.width)
    exported, quantization = quantized(model, wrapper, quantize, shape, layer)
    if exported is not model:
        wrapper = wrapper_for(exported, layer)
    meta = make_metadata(model_name, facts, spec, labels, mean, std, ranges, attention_meta, quantization)

    traced = trace(wrapper, example, attentions)
    out_dir = os.path.dirname(os.path.abspath(output))
    os.makedirs(out_dir, exist_ok=True)
    torch.jit.save(traced, output, _extra_files={EXTRA_FILE: json.dumps(meta, indent=2)})

    d_logits, d_tokens, loaded = verify(output, exported, wrapper.target_module(), shape)
    d_attn = verify_attentions(loaded, exported, shape) if attentions else 0.0
    if verbose:
        print(f"{output}: {os.path.getsize(output) / 1024:.0f} KB, input {facts.channels}x{facts.height}x"
              f"{facts.width}, {facts.num_classes} classes, tokens {spec.layout} grid {spec.grid[0]}x"
              f"{spec.grid[1]} D={spec.dim} prefix={spec.prefix_tokens}")
        print(f"reload check (batch 2): max |dlogits| = {d_logits:.3g}, max |dtokens| = {d_tokens:.3g}"
              + (f", max |dattentions| = {d_attn:.3g}" if attentions else ""))
        if quantization is not None:
            c = quantization["check"]
            print(f"int8 vs float (random batch of {c['batch']}): max |dlogits| = {c['max_abs_diff_logits']:.3g}, "
                  f"top-1 agreement {c['top1_agreement']:.3f}, token cosine similarity mean "
                  f"{c['token_cosine_mean']:.4f}, min {c['token_cosine_min']:.4f}")
    if not (d_logits <= TOLERANCE and d_tokens <= TOLERANCE and d_attn <= TOLERANCE):
        os.remove(output)  # never leave a file behind that failed its check
        raise ExportError(f"reloaded file differs from the eager model by more than {TOLERANCE} "
                          f"(logits {d_logits:.3g}, tokens {d_tokens:.3g}, attentions {d_attn:.3g}); "
                          f"{output} was deleted")
    return {"metadata": meta, "max_abs_diff_logits": d_logits, "max_abs_diff_tokens": d_tokens,
            "max_abs_diff_attentions": d_attn}


def quantized(model: nn.Module, float_wrapper: nn.Module, quantize: Optional[str],
              shape: Tuple[int, int, int], layer: Optional[int] = None) -> Tuple[nn.Module, Optional[Dict]]:
    """The model to export and its "quantization" metadata: the float model and None without --quantize."""
    if quantize is None:
        return model, None
    if quantize != "int8":
        raise ExportError(f"--quantize {quantize}: only int8 is supported")
    int8 = quantize_int8(model)
    check = quantization_check(float_wrapper, wrapper_for(int8, layer), shape)
    problem = grossly_different(check)
    if problem:
        raise ExportError(f"the int8 model disagrees grossly with the float model ({problem}); nothing was written")
    return int8, dict(QUANTIZATION_INT8, check=check)


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------

def parse_range(values: List[str], flag: str) -> ValueRange:
    if len(values) == 1 and values[0] == "image":
        return "image"
    try:
        lo, hi = (float(v) for v in values)
    except ValueError:  # not two numbers
        raise ExportError(f"{flag} takes LO HI or the word 'image'") from None
    if not hi > lo:
        raise ExportError(f"{flag}: HI must be greater than LO")
    return [int(v) if v.is_integer() else v for v in (lo, hi)]


def parse_model_args(items: List[str]) -> Dict:
    """KEY=VALUE pairs for timm.create_model; VALUE is a Python literal or a plain string."""
    out = {}
    for item in items:
        if "=" not in item:
            raise ExportError(f"--model-arg {item!r}: expected KEY=VALUE")
        key, value = item.split("=", 1)
        try:
            out[key] = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            out[key] = value
    return out


def timm_overrides(args: argparse.Namespace) -> Dict:
    """Architecture overrides to pass to timm.create_model."""
    o = {}
    for flag in ("img_size", "patch_size", "embed_dim", "depth", "num_classes", "in_chans",
                 "window_size", "mlp_ratio"):
        if getattr(args, flag) is not None:
            o[flag] = getattr(args, flag)
    if args.num_heads is not None:
        o["num_heads"] = args.num_heads[0] if len(args.num_heads) == 1 and args.depths is None \
            else tuple(args.num_heads)
    if args.depths is not None:
        o["depths"] = tuple(args.depths)
    if args.no_class_token:
        o["class_token"] = False
    o.update(parse_model_args(args.model_arg))
    return o


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        description="Export a ViT / DeiT / Swin (timm) or a Hugging Face ViT to the ViT-CX TorchScript "
                    "format (see docs/model-format.md and docs/models.md).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="The file is reloaded after export and compared with the eager model; the tool exits "
               f"with status 1 if max |delta| of logits or tokens exceeds {TOLERANCE}.")
    src = p.add_argument_group("model source (one of)")
    src.add_argument("model", nargs="?", help="timm model name, e.g. vit_base_patch16_224, "
                     "deit_small_distilled_patch16_224, swin_tiny_patch4_window7_224")
    src.add_argument("--hf", metavar="DIR", help="local save_pretrained directory of a Hugging Face "
                     "ViTForImageClassification (config.json + weights)")

    arch = p.add_argument_group("architecture overrides (timm only; must match the checkpoint)")
    arch.add_argument("--img-size", type=int, help="input height = width in pixels")
    arch.add_argument("--patch-size", type=int)
    arch.add_argument("--embed-dim", type=int)
    arch.add_argument("--depth", type=int, help="number of transformer blocks (ViT/DeiT)")
    arch.add_argument("--num-heads", type=int, nargs="+", help="attention heads (one per stage for Swin)")
    arch.add_argument("--depths", type=int, nargs="+", help="blocks per stage (Swin)")
    arch.add_argument("--window-size", type=int, help="attention window (Swin)")
    arch.add_argument("--mlp-ratio", type=float)
    arch.add_argument("--num-classes", type=int, help="default: the number of lines of --labels, "
                      "else the model's default")
    arch.add_argument("--in-chans", type=int, help="input channels (1 for single-channel microscopy)")
    arch.add_argument("--no-class-token", action="store_true", help="ViT without CLS token")
    arch.add_argument("--model-arg", action="append", default=[], metavar="KEY=VALUE",
                      help="any other timm.create_model keyword (repeatable), e.g. reg_tokens=4")

    w = p.add_argument_group("weights")
    w.add_argument("--checkpoint", metavar="FILE", help="state_dict file (.pth/.pt/.safetensors): plain "
                   "or under a 'state_dict' or 'model' key; a 'module.' prefix is stripped")
    w.add_argument("--seed", type=int, default=0, help="seed for random init when there is no "
                   "checkpoint (default 0)")

    meta = p.add_argument_group("metadata")
    meta.add_argument("--labels", metavar="FILE", help="class names, one per line in logit order "
                      "(default: class_0, class_1, ...; id2label for --hf)")
    meta.add_argument("--mean", type=float, nargs="+", help="per-channel mean (default: timm "
                      "pretrained_cfg / preprocessor_config.json)")
    meta.add_argument("--std", type=float, nargs="+", help="per-channel std (as --mean)")
    meta.add_argument("--range-8bit", nargs=2, metavar=("LO", "HI"), help="8-bit value range (default 0 255)")
    meta.add_argument("--range-16bit", nargs=2, metavar=("LO", "HI"),
                      help="16-bit value range (default 0 65535; e.g. 0 4095 for a 12-bit camera)")
    meta.add_argument("--range-32bit", nargs="+", metavar="LO_HI",
                      help="32-bit value range: LO HI (default 0 1), or the word 'image' for per-image min-max")
    meta.add_argument("--prefix-tokens", type=int, help="tokens before the patch grid (default: "
                      "auto, timm num_prefix_tokens: 1 for ViT, 2 for distilled DeiT, 0 for Swin)")
    meta.add_argument("--model-name", help="name stored in the metadata (default: the timm name or "
                      "the HF directory name)")
    meta.add_argument("--quantize", choices=["int8"], help="int8: dynamic int8 quantisation of the Linear "
                      "layers (faster on CPU, CPU only; checked against the float model, see docs/models.md)")
    meta.add_argument("--layer", type=int, metavar="I", help="take the tokens from block I's norm1 instead of "
                      "the last block's (the official layer); negative counts from the end; recorded in the "
                      "metadata as tokens.layer (timm ViT / DeiT only)")
    meta.add_argument("--attentions", action="store_true", help="also trace the method attentions(x): "
                      "the attention maps of every block, for attention rollout (timm ViT / DeiT only)")
    p.add_argument("--output", "-o", required=True, metavar="FILE", help="the .pt file to write")
    return p


def run(args: argparse.Namespace) -> Dict:
    if (args.model is None) == (args.hf is None):
        raise ExportError("give either a timm model name or --hf DIR")
    labels = read_labels(args.labels) if args.labels else None
    ranges = {}
    for key, flag in (("8-bit", "range_8bit"), ("16-bit", "range_16bit"), ("32-bit", "range_32bit")):
        if getattr(args, flag):
            ranges[key] = parse_range(getattr(args, flag), "--" + flag.replace("_", "-"))
    mean, std = args.mean, args.std
    if args.hf:
        overrides = timm_overrides(args)
        if overrides or args.checkpoint:
            raise ExportError("architecture overrides and --checkpoint apply to timm models only; a "
                              "Hugging Face model is defined by its directory")
        model = build_hf_model(args.hf)
        hf_mean, hf_std = hf_preprocessing(args.hf)
        mean = mean if mean is not None else (hf_mean or [0.5])  # ViTImageProcessor defaults
        std = std if std is not None else (hf_std or [0.5])
        name = args.model_name or os.path.basename(os.path.normpath(args.hf))
    else:
        overrides = timm_overrides(args)
        if labels is not None and "num_classes" not in overrides:
            overrides["num_classes"] = len(labels)
        model = build_timm_model(args.model, overrides, args.seed)
        if args.checkpoint:
            load_checkpoint(model, args.checkpoint)
        else:
            print(f"note: no --checkpoint, {args.model} has random weights (seed {args.seed})")
        name = args.model_name or args.model
    return export_model(model, args.output, model_name=name, labels=labels, mean=mean, std=std,
                        value_ranges=ranges, prefix_tokens=args.prefix_tokens, attentions=args.attentions,
                        quantize=args.quantize, layer=args.layer)


def main(argv: Optional[List[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        run(args)
    except ExportError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
