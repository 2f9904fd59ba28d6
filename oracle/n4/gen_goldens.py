"""Golden vectors for org.nacrad.image.n4: SimpleITK's N4 on a phantom with a known multiplicative bias.

Writes golden/: input, mask and true log bias of one 64x48x32 anisotropic volume, and for each case SimpleITK's
log bias field at full resolution (plus the corrected image for two cases) as raw little-endian binaries, with
golden/cases.json describing geometry, files and parameters. Run: python gen_goldens.py
"""
import json
import os

import numpy as np
import SimpleITK as sitk

from phantom import phantom

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "golden")
SIZE = (64, 48, 32)
SPACING = (0.8, 0.9, 2.5)
ORIGIN = (-25.0, -20.0, -40.0)

CASES = [
    {"name": "default_nomask", "mask": False, "shrink": 1, "store_corrected": True, "params": {}},
    {"name": "default_mask", "mask": True, "shrink": 1, "store_corrected": True, "params": {}},
    {"name": "shrink2_mask", "mask": True, "shrink": 2, "store_corrected": False, "params": {}},
    {"name": "custom_mask", "mask": True, "shrink": 1, "store_corrected": False,
     "params": {"MaximumNumberOfIterations": [20, 20, 20], "ConvergenceThreshold": 1e-4,
                "NumberOfControlPoints": [5, 6, 4], "NumberOfHistogramBins": 150,
                "BiasFieldFullWidthAtHalfMaximum": 0.2, "WienerFilterNoise": 0.02, "SplineOrder": 2}},
]


def to_image(array, pixel):
    img = sitk.GetImageFromArray(array.astype(pixel))
    img.SetSpacing(SPACING)
    img.SetOrigin(ORIGIN)
    return img


def write(name, array, dtype):
    array.astype(dtype).tofile(os.path.join(OUT, name))
    return name


def run_case(case, image, mask):
    n4 = sitk.N4BiasFieldCorrectionImageFilter()
    for key, value in case["params"].items():
        getattr(n4, "Set" + key)(value)
    work, work_mask = image, mask
    if case["shrink"] > 1:
        work = sitk.Shrink(image, [case["shrink"]] * 3)
        work_mask = sitk.Shrink(mask, [case["shrink"]] * 3)
    if case["mask"]:
        n4.Execute(work, work_mask)
    else:
        n4.Execute(work)
    log_bias = n4.GetLogBiasFieldAsImage(image)
    corrected = image / sitk.Exp(log_bias)
    return (sitk.GetArrayFromImage(log_bias), sitk.GetArrayFromImage(corrected),
            {"elapsedIterationsLastLevel": n4.GetElapsedIterations(),
             "convergenceLastLevel": n4.GetCurrentConvergenceMeasurement()})


def main():
    os.makedirs(OUT, exist_ok=True)
    biased, body, log_bias = phantom(SIZE)
    image = to_image(biased, np.float32)
    mask = to_image(body, np.uint8)
    meta = {"size": SIZE, "spacing": SPACING, "origin": ORIGIN, "direction": [1, 0, 0, 0, 1, 0, 0, 0, 1],
            "layout": "raw little-endian, x fastest", "simpleitk": sitk.Version_VersionString(),
            "input": write("input.f32.bin", sitk.GetArrayFromImage(image), "<f4"),
            "mask": write("mask.u8.bin", body, "u1"),
            "trueLogBias": write("true_log_bias.f32.bin", log_bias, "<f4"), "cases": []}
    for case in CASES:
        sitk_log_bias, corrected, info = run_case(case, image, mask)
        entry = {"name": case["name"], "mask": case["mask"], "shrink": case["shrink"], "params": case["params"],
                 "logBias": write(case["name"] + ".log_bias.f32.bin", sitk_log_bias, "<f4"), **info}
        if case["store_corrected"]:
            entry["corrected"] = write(case["name"] + ".corrected.f32.bin", corrected, "<f4")
        meta["cases"].append(entry)
        r = np.corrcoef(sitk_log_bias[body], log_bias[body])[0, 1]
        print(case["name"], info, "corr(log bias, true) over mask = %.4f" % r)
    with open(os.path.join(OUT, "cases.json"), "w") as f:
        json.dump(meta, f, indent=1)


if __name__ == "__main__":
    main()
