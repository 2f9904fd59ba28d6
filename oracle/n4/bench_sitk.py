"""Times SimpleITK's N4 on the benchmark phantom, the same volume org.nacrad.image.n4.N4Benchmark builds.

Usage: python bench_sitk.py [--size 256,256,64] [--mask] [--shrink F]
Default: 256x256x64 voxels, spacing 0.7x0.7x2.0 mm, float32, SimpleITK's default N4 parameters, no mask.
"""
import argparse
import time

import numpy as np
import SimpleITK as sitk

from phantom import phantom


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="256,256,64")
    ap.add_argument("--mask", action="store_true", help="use the body mask")
    ap.add_argument("--shrink", type=int, default=1)
    args = ap.parse_args()
    size = tuple(int(s) for s in args.size.split(","))
    biased, body, _ = phantom(size)
    image = sitk.GetImageFromArray(biased.astype(np.float32))
    image.SetSpacing((0.7, 0.7, 2.0))
    mask = sitk.GetImageFromArray(body.astype(np.uint8))
    mask.CopyInformation(image)
    print("volume", size, "checksum %.6e" % float(np.sum(biased.astype(np.float32), dtype=np.float64)),
          "threads", sitk.ProcessObject.GetGlobalDefaultNumberOfThreads())

    start = time.perf_counter()
    cpu_start = time.process_time()
    n4 = sitk.N4BiasFieldCorrectionImageFilter()
    work, work_mask = image, mask
    if args.shrink > 1:
        work = sitk.Shrink(image, [args.shrink] * 3)
        work_mask = sitk.Shrink(mask, [args.shrink] * 3)
    if args.mask:
        n4.Execute(work, work_mask)
    else:
        n4.Execute(work)
    log_bias = n4.GetLogBiasFieldAsImage(image)
    corrected = image / sitk.Exp(log_bias)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    print("SimpleITK %s N4: %.2f s wall, %.2f s CPU (last level ran %d iterations, convergence %.3g), mean corrected %.4f"
          % (sitk.Version_VersionString(), elapsed, cpu, n4.GetElapsedIterations() - 1,
             n4.GetCurrentConvergenceMeasurement(), float(np.mean(sitk.GetArrayViewFromImage(corrected)))))


if __name__ == "__main__":
    main()
