"""PyRadiomics oracle for org.nacrad.radiomics (test-only, never shipped).

Writes small generated image/mask pairs (NRRD via SimpleITK) and the features PyRadiomics computes on them under a
set of settings configurations, plus PyRadiomics' default-settings features of the shared brain1/brain2/breast1
cases. Java tests (OracleGoldenTest) compare against these files.

    python generate_goldens.py [--shared ../../../shared/pyradiomics-data]

Outputs (golden/):
  cases/<case>_image.nrrd, cases/<case>_mask.nrrd   generated inputs
  configs.json                                       settings dict per configuration, and the case list per config
  features.csv                                       case,config,feature,value   (repr of the float)
  shared_cases.csv                                   case,feature,value for the shared cases, default settings
  shape2d.csv                                        case,force2Ddimension,feature,value: shape2D on single-slice ROIs
  versions.json                                      PyRadiomics / numpy / SimpleITK versions used
"""
import argparse
import csv
import json
import logging
import os

import numpy as np
import SimpleITK as sitk
import radiomics
from radiomics import featureextractor

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "golden")

# Settings configurations (PyRadiomics keys). Each runs on every generated case unless "cases" restricts it.
CONFIGS = {
    "default": {},
    "bw10": {"binWidth": 10},
    "bc32": {"binCount": 32},
    "bc7_dist12": {"binCount": 7, "distances": [1, 2]},
    "shift_asym": {"binWidth": 8, "voxelArrayShift": 300, "symmetricalGLCM": False, "gldm_a": 1},
    "reseg_abs": {"binWidth": 10, "resegmentRange": [40, 160]},
    "reseg_low": {"binWidth": 10, "resegmentRange": [60]},
    "reseg_rel": {"binWidth": 10, "resegmentRange": [0.3, 0.9], "resegmentMode": "relative"},
    "reseg_sigma": {"binCount": 16, "resegmentRange": [-2, 2], "resegmentMode": "sigma"},
    "force2D_z": {"binWidth": 10, "force2D": True, "force2Ddimension": 0},
    "force2D_y": {"binWidth": 10, "force2D": True, "force2Ddimension": 1},
    "w_euclid": {"binWidth": 12, "weightingNorm": "euclidean"},
    "w_manhattan": {"binWidth": 12, "weightingNorm": "manhattan"},
    "w_infinity": {"binWidth": 12, "weightingNorm": "infinity"},
    "w_none": {"binWidth": 12, "weightingNorm": "no_weighting"},
    "label2": {"binWidth": 10, "label": 2},
    "norm_outliers": {"normalize": True, "normalizeScale": 50, "removeOutliers": 2, "binWidth": 5},
    "reseg_shape": {"binWidth": 10, "resegmentRange": [40, 160], "resegmentShape": True},
    "precrop_dim1": {"binWidth": 10, "preCrop": True, "minimumROIDimensions": 1, "padDistance": 2},
    # the study's settings: MRI z-score + bin count 128, CT bin width 2, both B-spline resampled to 1 mm isotropic
    "study_mri": {"normalize": True, "binCount": 128, "resampledPixelSpacing": [1, 1, 1],
                  "interpolator": "sitkBSpline"},
    "study_ct": {"binWidth": 2, "resampledPixelSpacing": [1, 1, 1], "interpolator": "sitkBSpline"},
}

def smooth_noise(rng, shape, scale):
    """Integer-valued image: a smooth random field plus noise (deterministic for the seed)."""
    z, y, x = np.meshgrid(*[np.linspace(0, 1, s) for s in shape], indexing="ij")
    field = 60 * np.sin(3 * x + 1) * np.cos(2 * y) + 40 * z
    return np.round(100 + field + rng.normal(0, scale, shape))


def ellipsoid(shape, centre, radii):
    z, y, x = np.meshgrid(*[np.arange(s) for s in shape], indexing="ij")
    return (((z - centre[0]) / radii[0]) ** 2 + ((y - centre[1]) / radii[1]) ** 2
            + ((x - centre[2]) / radii[2]) ** 2) <= 1


def make_cases():
    rng = np.random.default_rng(20261127)
    cases = {}
    # 1: int16 MR-like, anisotropic spacing, one ellipsoid ROI (label 1) and a small second label (2)
    shape = (12, 26, 30)
    img = smooth_noise(rng, shape, 12).astype(np.int16)
    msk = ellipsoid(shape, (6, 12, 15), (4.2, 8.5, 10.5)).astype(np.uint8)
    msk[ellipsoid(shape, (5, 21, 5), (2, 3, 3)) & (msk == 0)] = 2
    cases["ellipsoid"] = (img, msk, (0.8, 0.7, 2.5))
    # 2: float image (negative values), two blobs with holes, isotropic spacing, ROI touching the border
    shape = (16, 18, 20)
    img = (smooth_noise(rng, shape, 25) - 150 + rng.uniform(0, 1, shape)).astype(np.float64)
    msk = (ellipsoid(shape, (5, 6, 6), (4, 5, 6)) | ellipsoid(shape, (11, 12, 15), (5, 5, 6))).astype(np.uint8)
    msk[rng.uniform(size=shape) < 0.08] = 0
    msk[ellipsoid(shape, (12, 14, 18), (3, 3, 3))] = 2
    cases["blobs"] = (img, msk, (1.0, 1.0, 1.0))
    # 3: thin ROI (3 slices) on an int16 CT-like image with few distinct values
    shape = (6, 22, 24)
    img = (np.round(smooth_noise(rng, shape, 30) / 20) * 20 - 40).astype(np.int16)
    msk = np.zeros(shape, np.uint8)
    msk[2:5, 4:18, 3:20] = 1
    msk[2:5, 4:18, 3:20] &= (rng.uniform(size=(3, 14, 17)) < 0.85).astype(np.uint8)
    msk[0, 1:4, 1:4] = 2
    msk[1, 1:4, 1:4] = 2
    cases["slab"] = (img, msk, (0.6, 0.6, 3.0))
    return cases


def make_slice_cases():
    """Single-slice ROIs for shape2D: one in a z-slice (force2Ddimension 0) and one in a y-row (dimension 1)."""
    rng = np.random.default_rng(7)
    cases = {}
    shape = (5, 24, 28)
    img = smooth_noise(rng, shape, 10).astype(np.int16)
    msk = np.zeros(shape, np.uint8)
    msk[2] = ellipsoid((1,) + shape[1:], (0, 11, 13), (1, 8, 10))[0]
    msk[2, 9:13, 12:15] = 0
    msk[2, 3:5, 20:24] = 1
    cases["slice_z"] = (img, msk, (0.7, 0.9, 2.0), 0)
    shape = (14, 6, 16)
    img = smooth_noise(rng, shape, 10).astype(np.int16)
    msk = np.zeros(shape, np.uint8)
    msk[2:12, 3, 2:14] = (rng.uniform(size=(10, 12)) < 0.8)
    cases["slice_y"] = (img, msk, (1.1, 1.3, 0.8), 1)
    return cases


def write_case(name, img, msk, spacing, folder):
    for arr, suffix in ((img, "image"), (msk, "mask")):
        im = sitk.GetImageFromArray(arr)
        im.SetSpacing(spacing)
        im.SetOrigin((-12.5, 30.25, 7.0))
        sitk.WriteImage(im, os.path.join(folder, f"{name}_{suffix}.nrrd"), useCompression=True)


def extract(settings, image_path, mask_path):
    """PyRadiomics' default extractor: the 7 3D classes with their default features, in PyRadiomics' output order."""
    ex = featureextractor.RadiomicsFeatureExtractor(**settings)
    result = ex.execute(image_path, mask_path)
    return {k: float(v) for k, v in result.items() if k.startswith("original_")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "shared", "pyradiomics-data"))
    args = ap.parse_args()
    logging.getLogger("radiomics").setLevel(logging.ERROR)
    folder = os.path.join(GOLDEN, "cases")
    os.makedirs(folder, exist_ok=True)
    cases = make_cases()
    for name, (img, msk, spacing) in cases.items():
        write_case(name, img, msk, spacing, folder)

    rows = []
    for config, settings in CONFIGS.items():
        for name in cases:
            values = extract(settings, os.path.join(folder, f"{name}_image.nrrd"),
                             os.path.join(folder, f"{name}_mask.nrrd"))
            rows += [(name, config, k, repr(v)) for k, v in values.items()]
    with open(os.path.join(GOLDEN, "features.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case", "config", "feature", "value"])
        w.writerows(rows)
    with open(os.path.join(GOLDEN, "configs.json"), "w") as f:
        json.dump({"cases": list(cases), "configs": CONFIGS}, f, indent=1)

    shared_rows = []
    for name in ("brain1", "brain2", "breast1"):
        values = extract({}, os.path.join(args.shared, f"{name}_image.nrrd"),
                         os.path.join(args.shared, f"{name}_label.nrrd"))
        shared_rows += [(name, k, repr(v)) for k, v in values.items()]
    with open(os.path.join(GOLDEN, "shared_cases.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case", "feature", "value"])
        w.writerows(shared_rows)
    shape2d_rows = []
    for name, (img, msk, spacing, dim) in make_slice_cases().items():
        write_case(name, img, msk, spacing, folder)
        ex = featureextractor.RadiomicsFeatureExtractor(force2D=True, force2Ddimension=dim)
        ex.disableAllFeatures()
        ex.enableFeatureClassByName("shape2D")
        result = ex.execute(os.path.join(folder, f"{name}_image.nrrd"), os.path.join(folder, f"{name}_mask.nrrd"))
        shape2d_rows += [(name, dim, k, repr(float(v))) for k, v in result.items() if k.startswith("original_")]
    with open(os.path.join(GOLDEN, "shape2d.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case", "force2Ddimension", "feature", "value"])
        w.writerows(shape2d_rows)
    with open(os.path.join(GOLDEN, "versions.json"), "w") as f:
        json.dump({"pyradiomics": radiomics.__version__, "numpy": np.__version__,
                   "SimpleITK": sitk.Version_VersionString()}, f, indent=1)


if __name__ == "__main__":
    main()
