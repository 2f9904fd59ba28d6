"""MedicalNet ResNet10/18/34/50 in torch, written from MedicalNet's models/resnet.py as described in
shared/reference/medicalnet-facts.md, with weights from a closed-form rule that the Java test implements too.

Writes golden/medicalnet/input_64.bin (float32 little-endian, shape (64,64,64) in z,y,x C order) and
golden/medicalnet/features_resnet<d>.txt (one feature per line, repr of a float64): the global average pool of
layer4 for that input. The network runs in float64 on the float32-rounded weights, so the goldens carry no float32
rounding of their own.

Closed-form weights (tensor name without 'module.', element index i in row-major order):
  h = FNV-1a 32-bit hash of the UTF-8 name; u = sin(2*pi*((i*7919 + h) mod 65521) / 65521)
  conv weight [o, c, k, k, k]: u * sqrt(3 / (c*k^3)) * 0.9     (variance ~ 1.2/fan_in, tame growth)
  bn weight: 0.8 + 0.2*u   bn bias: 0.1 + 0.1*u   running_mean: 0.1*u   running_var: 1 + 0.5*u   num_batches_tracked: 0
Each value is rounded to float32, as a checkpoint stores it.

Usage: python medicalnet_oracle.py
"""
import math
import os

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden", "medicalnet")
SIZE = 64


def fnv1a(name):
    h = 0x811C9DC5
    for b in name.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def closed_form(name, shape):
    n = int(np.prod(shape)) if len(shape) else 1
    k = (np.arange(n, dtype=np.int64) * 7919 + fnv1a(name)) % 65521
    u = np.sin(2 * np.pi * k / 65521.0)
    if name.endswith("num_batches_tracked"):
        return np.zeros(shape, dtype=np.int64)
    if len(shape) == 5:
        fan_in = shape[1] * shape[2] * shape[3] * shape[4]
        v = u * math.sqrt(3.0 / fan_in) * 0.9
    elif name.endswith(".weight"):
        v = 0.8 + 0.2 * u
    elif name.endswith(".bias"):
        v = 0.1 + 0.1 * u
    elif name.endswith(".running_mean"):
        v = 0.1 * u
    elif name.endswith(".running_var"):
        v = 1.0 + 0.5 * u
    else:
        raise ValueError(name)
    return v.astype(np.float32).reshape(shape)


# ---- MedicalNet architecture (our own transcription of the facts) ----

def conv3(cin, cout, stride=1, dilation=1):
    return nn.Conv3d(cin, cout, 3, stride=stride, padding=dilation, dilation=dilation, bias=False)


class BasicBlock(nn.Module):
    expansion = 1

    def __init__(self, cin, planes, stride, dilation, downsample):
        super().__init__()
        self.conv1 = conv3(cin, planes, stride, dilation)
        self.bn1 = nn.BatchNorm3d(planes)
        self.conv2 = conv3(planes, planes, 1, dilation)
        self.bn2 = nn.BatchNorm3d(planes)
        self.downsample = downsample

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + (x if self.downsample is None else self.downsample(x)))


class Bottleneck(nn.Module):
    expansion = 4

    def __init__(self, cin, planes, stride, dilation, downsample):
        super().__init__()
        self.conv1 = nn.Conv3d(cin, planes, 1, bias=False)
        self.bn1 = nn.BatchNorm3d(planes)
        self.conv2 = conv3(planes, planes, stride, dilation)
        self.bn2 = nn.BatchNorm3d(planes)
        self.conv3 = nn.Conv3d(planes, planes * 4, 1, bias=False)
        self.bn3 = nn.BatchNorm3d(planes * 4)
        self.downsample = downsample

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = F.relu(self.bn2(self.conv2(out)))
        out = self.bn3(self.conv3(out))
        return F.relu(out + (x if self.downsample is None else self.downsample(x)))


class ShortcutA(nn.Module):
    """Strided subsampling (avg_pool3d with kernel 1) and zero channels appended after the identity ones."""

    def __init__(self, cout, stride):
        super().__init__()
        self.cout, self.stride = cout, stride

    def forward(self, x):
        out = F.avg_pool3d(x, kernel_size=1, stride=self.stride)
        pad = torch.zeros(out.size(0), self.cout - out.size(1), *out.shape[2:], dtype=out.dtype)
        return torch.cat([out, pad], dim=1)


class MedicalNetBackbone(nn.Module):
    def __init__(self, block, layers, shortcut):
        super().__init__()
        self.cin = 64
        self.conv1 = nn.Conv3d(1, 64, 7, stride=2, padding=3, bias=False)
        self.bn1 = nn.BatchNorm3d(64)
        self.maxpool = nn.MaxPool3d(3, stride=2, padding=1)
        self.layer1 = self._make_layer(block, 64, layers[0], shortcut, 1, 1)
        self.layer2 = self._make_layer(block, 128, layers[1], shortcut, 2, 1)
        self.layer3 = self._make_layer(block, 256, layers[2], shortcut, 1, 2)
        self.layer4 = self._make_layer(block, 512, layers[3], shortcut, 1, 4)

    def _make_layer(self, block, planes, blocks, shortcut, stride, dilation):
        cout = planes * block.expansion
        downsample = None
        if stride != 1 or self.cin != cout:
            if shortcut == "A":
                downsample = ShortcutA(cout, stride)
            else:
                downsample = nn.Sequential(nn.Conv3d(self.cin, cout, 1, stride=stride, bias=False),
                                           nn.BatchNorm3d(cout))
        mods = [block(self.cin, planes, stride, dilation, downsample)]
        self.cin = cout
        mods += [block(self.cin, planes, 1, dilation, None) for _ in range(1, blocks)]
        return nn.Sequential(*mods)

    def forward(self, x):
        x = self.maxpool(F.relu(self.bn1(self.conv1(x))))
        x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
        return F.adaptive_avg_pool3d(x, 1).flatten(1)


DEPTHS = {10: (BasicBlock, [1, 1, 1, 1], "B"), 18: (BasicBlock, [2, 2, 2, 2], "A"),
          34: (BasicBlock, [3, 4, 6, 3], "A"), 50: (Bottleneck, [3, 4, 6, 3], "B")}


def build(depth):
    block, layers, shortcut = DEPTHS[depth]
    return MedicalNetBackbone(block, layers, shortcut)


def closed_form_state_dict(model):
    return {k: torch.from_numpy(closed_form(k, tuple(v.shape))) for k, v in model.state_dict().items()}


def input_volume():
    """Smooth blob plus seeded noise, float32, (z, y, x)."""
    rng = np.random.default_rng(20261127)
    z, y, x = np.meshgrid(*(np.linspace(-1, 1, SIZE),) * 3, indexing="ij")
    blob = np.exp(-((x - 0.2) ** 2 + (y + 0.1) ** 2 * 1.5 + z ** 2 * 0.7) * 3) * 2 + 0.3 * np.sin(5 * x + 3 * z)
    return (blob + 0.2 * rng.standard_normal(blob.shape)).astype(np.float32)


def main():
    os.makedirs(OUT, exist_ok=True)
    vol = input_volume()
    vol.astype("<f4").tofile(os.path.join(OUT, "input_64.bin"))
    x = torch.from_numpy(vol.astype(np.float64)).reshape(1, 1, SIZE, SIZE, SIZE)
    for depth in DEPTHS:
        model = build(depth)
        model.load_state_dict(closed_form_state_dict(model), strict=True)
        model = model.double().eval()
        with torch.no_grad():
            feats = model(x)[0].numpy()
        print(depth, feats.shape, "min", feats.min(), "max", feats.max(), "mean", feats.mean(),
              "zeros", int((feats == 0).sum()))
        with open(os.path.join(OUT, f"features_resnet{depth}.txt"), "w") as f:
            f.write("\n".join(repr(float(v)) for v in feats) + "\n")


if __name__ == "__main__":
    main()
