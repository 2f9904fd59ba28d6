"""Preprocessing goldens from SimpleITK (resampling) and torch (resize), following the steps documented in
plugins/org.nacrad.deep/README.md, on a closed-form image and ellipsoid mask that the Java test builds too.

Writes golden/preprocess/case_<name>.bin: float64 little-endian network input in (z, y, x) C order.

Usage: python preprocess_oracle.py
"""
import math
import os

import numpy as np
import SimpleITK as sitk
import torch
import torch.nn.functional as F

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden", "preprocess")
SIZE = (30, 26, 14)  # x, y, z
SPACING = (0.73, 0.86, 2.1)  # no nearest-neighbour sample lands within 0.02 voxel of a rounding tie
ORIGIN = (-12.0, 4.5, 30.0)
DIRECTION = (0.0, -1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0)  # rotation by 90 degrees about z

# name: ellipsoid centre (x, y, z index), radii (voxels), margin mm, isotropic mm (0 = finest), output (x, y, z), mask
CASES = {
    "inside": ((14, 12, 6), (6, 5, 3), 0.0, 0.0, (16, 20, 24), False),
    "border": ((2, 12, 6), (6, 5, 3), 3.0, 1.0, (20, 16, 12), True),
}


def image_array():
    z, y, x = np.meshgrid(np.arange(SIZE[2]), np.arange(SIZE[1]), np.arange(SIZE[0]), indexing="ij")
    return 100 + 40 * np.sin(0.3 * x + 0.2 * y) + 25 * np.cos(0.5 * z) + 0.5 * x * y


def mask_array(centre, radii):
    z, y, x = np.meshgrid(np.arange(SIZE[2]), np.arange(SIZE[1]), np.arange(SIZE[0]), indexing="ij")
    r = ((x - centre[0]) / radii[0]) ** 2 + ((y - centre[1]) / radii[1]) ** 2 + ((z - centre[2]) / radii[2]) ** 2
    return (r <= 1).astype(np.float64)


def to_image(arr, like_origin):
    img = sitk.GetImageFromArray(arr)
    img.SetSpacing(SPACING)
    img.SetDirection(DIRECTION)
    img.SetOrigin(like_origin)
    return img


def half_up(v):
    return int(math.floor(v + 0.5))


def prepare(centre, radii, margin, iso, out_xyz, mask_outside):
    image, mask = image_array(), mask_array(centre, radii)
    full = to_image(image, ORIGIN)
    zyx = np.argwhere(mask != 0)
    lo, hi = zyx.min(0)[::-1].copy(), zyx.max(0)[::-1].copy()  # x, y, z
    m = [math.ceil(margin / s - 1e-9) for s in SPACING]
    lo, hi = lo - m, hi + m
    # padded crop: edge values for the image, 0 for the mask
    pad = [(max(0, -lo[a]), max(0, hi[a] - (SIZE[a] - 1))) for a in (2, 1, 0)]
    img_p = np.pad(image, pad, mode="edge")
    msk_p = np.pad(mask, pad, mode="constant")
    sl = tuple(slice(lo[a] + pad[2 - a][0], hi[a] + pad[2 - a][0] + 1) for a in (2, 1, 0))
    crop_origin = full.TransformContinuousIndexToPhysicalPoint([float(v) for v in lo])
    crop, crop_mask = to_image(img_p[sl], crop_origin), to_image(msk_p[sl], crop_origin)
    n = crop.GetSize()
    iso = iso if iso > 0 else min(SPACING)
    size = [max(1, half_up(n[a] * SPACING[a] / iso)) for a in range(3)]
    c0 = [(n[a] - 1) / 2 - (size[a] - 1) / 2 * iso / SPACING[a] for a in range(3)]
    origin = crop.TransformContinuousIndexToPhysicalPoint(c0)
    args = (size, sitk.Transform(), None, origin, (iso, iso, iso), DIRECTION, 0.0, sitk.sitkFloat64)
    res = sitk.GetArrayFromImage(sitk.Resample(crop, args[0], args[1], sitk.sitkLinear, *args[3:]))
    roi = sitk.GetArrayFromImage(sitk.Resample(crop_mask, args[0], args[1], sitk.sitkNearestNeighbor, *args[3:]))
    vals = res[roi != 0]
    res = (res - vals.mean()) / vals.std()
    out_zyx = (out_xyz[2], out_xyz[1], out_xyz[0])
    t = F.interpolate(torch.from_numpy(res)[None, None], size=out_zyx, mode="trilinear", align_corners=False)[0, 0]
    if mask_outside:
        mk = F.interpolate(torch.from_numpy(roi)[None, None], size=out_zyx, mode="nearest-exact")[0, 0]
        t = torch.where(mk != 0, t, torch.zeros_like(t))
    return t.numpy()


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (centre, radii, margin, iso, out_xyz, mask_outside) in CASES.items():
        arr = prepare(centre, radii, margin, iso, out_xyz, mask_outside)
        arr.astype("<f8").tofile(os.path.join(OUT, f"case_{name}.bin"))
        print(name, arr.shape, float(arr.min()), float(arr.max()))


if __name__ == "__main__":
    main()
