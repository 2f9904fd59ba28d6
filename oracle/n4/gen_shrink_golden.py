"""Which input voxel sitk.Shrink keeps: writes golden/shrink_offsets.csv (input size, factor, output size, input
index of output voxel 0) for the subsampling N4Corrector reproduces with its shrink factor."""
import os

import numpy as np
import SimpleITK as sitk

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden", "shrink_offsets.csv")


def main():
    rows = ["size,factor,shrunk_size,first_index"]
    for n in (5, 8, 31, 32, 33, 48, 63, 64, 65, 100, 256):
        for f in (1, 2, 3, 4, 5):
            if n // f < 1:
                continue
            a = np.arange(n, dtype=np.float32).reshape(1, 1, n)
            shrunk = sitk.Shrink(sitk.GetImageFromArray(a), [f, 1, 1])
            b = sitk.GetArrayFromImage(shrunk)[0, 0]
            assert np.all(np.diff(b) == f)
            rows.append("%d,%d,%d,%d" % (n, f, shrunk.GetSize()[0], int(b[0])))
    with open(OUT, "w") as out:
        out.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
