"""Writes golden/physical_to_index.json: the matrix SimpleITK/ITK uses to map a physical point to a continuous index
(the inverse of direction·diag(spacing), which ITK computes by SVD), for axis-aligned, flipped, permuted and random
oblique directions and several spacings. Values are hex floats so that Java can compare them bit for bit.
The matrix is read back through Image.TransformPhysicalPointToContinuousIndex of the unit vectors with origin 0,
which returns its columns exactly. Run: /tmp/venv-imgops/bin/python make_index_goldens.py
"""
import json
import os

import numpy as np
import SimpleITK as sitk

HERE = os.path.dirname(os.path.abspath(__file__))


def rotation(axis, degrees):
    a = np.asarray(axis, float)
    a /= np.linalg.norm(a)
    t = np.radians(degrees)
    k = np.array([[0, -a[2], a[1]], [a[2], 0, -a[0]], [-a[1], a[0], 0]])
    return np.eye(3) + np.sin(t) * k + (1 - np.cos(t)) * k @ k


def main():
    rng = np.random.default_rng(5)
    directions = [tuple(np.eye(3).ravel()), (-1., 0, 0, 0, -1, 0, 0, 0, 1), (0, 1., 0, 1, 0, 0, 0, 0, -1)]
    directions += [tuple(rotation(rng.normal(size=3), rng.uniform(-60, 60)).ravel()) for _ in range(13)]
    cases = []
    for d in directions:
        for s in [(0.8, 0.75, 2.5), (0.664062, 0.664062, 2.1), (1.0, 1.0, 1.0), tuple(rng.uniform(0.3, 3, size=3))]:
            img = sitk.Image([2, 2, 2], sitk.sitkUInt8)
            img.SetSpacing(s)
            img.SetDirection(d)
            columns = [img.TransformPhysicalPointToContinuousIndex(tuple(np.eye(3)[c])) for c in range(3)]
            inverse = [columns[c][r] for r in range(3) for c in range(3)]
            cases.append({'direction': [float(v).hex() for v in img.GetDirection()],
                          'spacing': [float(v).hex() for v in img.GetSpacing()],
                          'inverse': [float(v).hex() for v in inverse]})
    with open(os.path.join(HERE, 'golden', 'physical_to_index.json'), 'w') as f:
        json.dump({'simpleitk': sitk.Version.VersionString(), 'cases': cases}, f, indent=0)


if __name__ == '__main__':
    main()
