"""PyRadiomics timing for the same inputs as org.nacrad.radiomics.bench.RadiomicsBenchmark (all default features,
default settings, one ROI at a time, single process). Prints one line per input: name, ROI voxels, wall ms and CPU ms
per ROI, with and without PyRadiomics' additionalInfo diagnostics (CPU time is the fair measure on a shared machine; run with OMP_NUM_THREADS=1 SITK_NUM_THREADS=1... as
recorded in the report).

    python time_pyradiomics.py [--shared ../../../shared/pyradiomics-data] [--repeats 3]
"""
import argparse
import logging
import os
import time

import numpy as np
import SimpleITK as sitk
from radiomics import featureextractor

HERE = os.path.dirname(os.path.abspath(__file__))


def synthetic_60k():
    """Same construction as RadiomicsBenchmark.synthetic(): 64³ int16 image, ellipsoid ROI of ~60k voxels."""
    n = 64
    z, y, x = np.meshgrid(np.arange(n), np.arange(n), np.arange(n), indexing="ij")
    img = (100 + 50 * np.sin(x / 5.0) * np.cos(y / 7.0) + 2 * z + ((x * 7 + y * 13 + z * 17) % 23)).astype(np.int16)
    msk = ((((z - 31.5) / 26.0) ** 2 + ((y - 31.5) / 24.0) ** 2 + ((x - 31.5) / 23.0) ** 2) <= 1).astype(np.uint8)
    im = sitk.GetImageFromArray(img)
    mk = sitk.GetImageFromArray(msk)
    return im, mk


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "shared", "pyradiomics-data"))
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    sitk.ProcessObject.SetGlobalDefaultNumberOfThreads(1)
    logging.getLogger("radiomics").setLevel(logging.ERROR)
    extractors = {}
    for info in (True, False):
        ex = featureextractor.RadiomicsFeatureExtractor(additionalInfo=info)
        ex.disableAllFeatures()
        for c in ["shape", "firstorder", "glcm", "glrlm", "glszm", "gldm", "ngtdm"]:
            ex.enableFeatureClassByName(c)
        extractors[info] = ex
    inputs = {}
    for name in ("brain1", "brain2", "breast1"):
        inputs[name] = (sitk.ReadImage(os.path.join(args.shared, f"{name}_image.nrrd")),
                        sitk.ReadImage(os.path.join(args.shared, f"{name}_label.nrrd")))
    inputs["synthetic60k"] = synthetic_60k()
    print("input,additionalInfo,roiVoxels,wallMsPerRoi,cpuMsPerRoi")
    for (name, (im, mk)), info in [(i, f) for i in inputs.items() for f in (True, False)]:
        ex = extractors[info]
        ex.execute(im, mk)  # warm-up
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(args.repeats):
            ex.execute(im, mk)
        wall = (time.perf_counter() - t0) / args.repeats * 1000
        cpu = (time.process_time() - c0) / args.repeats * 1000
        voxels = int(np.sum(sitk.GetArrayFromImage(mk) == 1))
        print(f"{name},{info},{voxels},{wall:.1f},{cpu:.1f}")


if __name__ == "__main__":
    main()
