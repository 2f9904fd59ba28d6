"""Writes the golden vectors for the Java imaging operations (resampling, PyRadiomics resampling grid,
normalisation, peritumoral ring) from SimpleITK and PyRadiomics.

Every volume is stored as <name>.bin.gz (gzip of float64 little-endian, x fastest) + <name>.json (geometry + pixel type).
cases.json lists what was run on which input. Run: /tmp/venv-imgops/bin/python make_goldens.py
"""
import gzip
import json
import math
import os
import shutil

import numpy as np
import SimpleITK as sitk
from radiomics import imageoperations

import make_index_goldens

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'golden')

PIXEL_NAMES = {sitk.sitkUInt8: 'UINT8', sitk.sitkInt8: 'INT8', sitk.sitkUInt16: 'UINT16', sitk.sitkInt16: 'INT16',
               sitk.sitkUInt32: 'UINT32', sitk.sitkInt32: 'INT32', sitk.sitkFloat32: 'FLOAT32',
               sitk.sitkFloat64: 'FLOAT64'}
INTERPOLATORS = {'nearest': sitk.sitkNearestNeighbor, 'linear': sitk.sitkLinear, 'bspline': sitk.sitkBSpline}


def geometry(img):
    return {'size': list(img.GetSize()), 'spacing': list(img.GetSpacing()), 'origin': list(img.GetOrigin()),
            'direction': list(img.GetDirection())}


def save(name, img):
    arr = sitk.GetArrayFromImage(img).astype('<f8')
    with open(os.path.join(OUT, name + '.bin.gz'), 'wb') as f:
        f.write(gzip.compress(arr.tobytes(), compresslevel=9, mtime=0))
    meta = geometry(img)
    meta['pixelType'] = PIXEL_NAMES[img.GetPixelID()]
    with open(os.path.join(OUT, name + '.json'), 'w') as f:
        json.dump(meta, f, indent=1)
    return name


def rotation(axis, degrees):
    axis = np.asarray(axis, float) / np.linalg.norm(axis)
    t = math.radians(degrees)
    k = np.array([[0, -axis[2], axis[1]], [axis[2], 0, -axis[0]], [-axis[1], axis[0], 0]])
    return (np.eye(3) + math.sin(t) * k + (1 - math.cos(t)) * k @ k).flatten().tolist()


def image(size, spacing, origin, direction, values, pixel=sitk.sitkFloat64):
    img = sitk.GetImageFromArray(np.asarray(values))
    img = sitk.Cast(img, pixel)
    img.SetSpacing(spacing)
    img.SetOrigin(origin)
    img.SetDirection(direction)
    assert img.GetSize() == tuple(size)
    return img


def physical_grid(size, spacing, origin, direction):
    """Physical coordinates (3, z, y, x) of every voxel centre."""
    z, y, x = np.meshgrid(np.arange(size[2]), np.arange(size[1]), np.arange(size[0]), indexing='ij')
    idx = np.stack([x, y, z]).reshape(3, -1) * np.asarray(spacing)[:, None]
    p = np.asarray(direction).reshape(3, 3) @ idx + np.asarray(origin)[:, None]
    return p.reshape(3, size[2], size[1], size[0])


def smooth_values(size, spacing, origin, direction):
    px, py, pz = physical_grid(size, spacing, origin, direction)
    return 200 + 40 * np.sin(0.21 * px + 0.3) * np.cos(0.17 * py - 0.2) + 25 * np.cos(0.11 * pz + 0.05 * px)


def inputs():
    rng = np.random.default_rng(20261127)
    ident = [1, 0, 0, 0, 1, 0, 0, 0, 1]
    obl = rotation([1, 2, 3], 20)
    cases = {}
    s, sp, o = [23, 19, 11], [0.7, 0.9, 2.5], [-10.2, 5.3, 20.1]
    cases['smooth_axis'] = image(s, sp, o, ident, smooth_values(s, sp, o, ident))
    s, sp, o = [21, 17, 9], [0.8, 1.1, 2.0], [3.7, -4.1, -7.9]
    cases['smooth_oblique'] = image(s, sp, o, obl, smooth_values(s, sp, o, obl))
    s, sp, o = [15, 13, 7], [0.6, 0.6, 1.8], [1.0, 2.0, 3.0]
    cases['noise_oblique_int16'] = image(s, sp, o, obl, rng.integers(-100, 1000, size=(7, 13, 15)), sitk.sitkInt16)
    s, sp, o = [17, 15, 8], [0.75, 0.75, 2.2], [-6.0, -5.0, -4.0]
    cases['smooth_axis_int16'] = image(s, sp, o, ident, np.round(smooth_values(s, sp, o, ident) * 3), sitk.sitkInt16)
    return cases


def targets(img):
    """Target grids for one input: finer and coarser axis-aligned grids overhanging the input, an oblique grid."""
    sz, sp, o = img.GetSize(), img.GetSpacing(), img.GetOrigin()
    d = img.GetDirection()
    ext = [sz[i] * sp[i] for i in range(3)]
    centre = img.TransformContinuousIndexToPhysicalPoint([(sz[i] - 1) / 2 for i in range(3)])
    out = {}
    out['iso1'] = {'size': [int(ext[0] / 1.0) + 4, int(ext[1] / 1.0) + 3, int(ext[2]) + 2], 'spacing': [1.0, 1.0, 1.0],
                   'direction': list(d)}
    out['coarse'] = {'size': [9, 7, 6], 'spacing': [2.3, 2.7, 3.1], 'direction': list(d)}
    out['oblique'] = {'size': [17, 15, 12], 'spacing': [0.9, 1.3, 1.7], 'direction': rotation([-2, 1, 0.5], 27)}
    out['axes'] = {'size': [16, 14, 13], 'spacing': [1.2, 1.2, 1.6], 'direction': [1, 0, 0, 0, 1, 0, 0, 0, 1]}
    for t in out.values():
        # centre the target on the input centre, shifted by a generic fraction so nothing lands on ties
        dm = np.asarray(t['direction']).reshape(3, 3)
        half = dm @ (np.asarray([(t['size'][i] - 1) / 2 * t['spacing'][i] for i in range(3)]))
        t['origin'] = (np.asarray(centre) - half + np.array([0.1234, -0.2345, 0.3456])).tolist()
    return out


def resample_goldens(manifest):
    for name, img in inputs().items():
        save('in_' + name, img)
        for tname, t in targets(img).items():
            for iname, interp in INTERPOLATORS.items():
                for otype in ('native', 'float64'):
                    if otype == 'native' and img.GetPixelID() == sitk.sitkFloat64:
                        continue
                    pixel = img.GetPixelID() if otype == 'native' else sitk.sitkFloat64
                    res = sitk.Resample(img, t['size'], sitk.Transform(), interp, t['origin'], t['spacing'],
                                        t['direction'], 0.0, pixel)
                    out = save('rs_%s_%s_%s_%s' % (name, tname, iname, otype), res)
                    manifest['resample'].append({'input': 'in_' + name, 'interpolator': iname, 'output': out,
                                                 'outputType': PIXEL_NAMES[pixel]})


def ellipsoid(img, centre, radii, label=1):
    px, py, pz = physical_grid(img.GetSize(), img.GetSpacing(), img.GetOrigin(), img.GetDirection())
    r = ((px - centre[0]) / radii[0]) ** 2 + ((py - centre[1]) / radii[1]) ** 2 + ((pz - centre[2]) / radii[2]) ** 2
    return np.where(r <= 1, label, 0)


def pyradiomics_goldens(manifest):
    obl = rotation([0.3, -1, 2], 15)
    size, sp, o = [40, 36, 12], [0.8, 0.75, 2.5], [-15.0, -12.0, -14.0]
    vals = np.round(3 * smooth_values(size, sp, o, obl))
    img = image(size, sp, o, obl, vals, sitk.sitkInt16)
    centre = img.TransformContinuousIndexToPhysicalPoint([19.3, 17.6, 5.4])
    m = ellipsoid(img, centre, [7.0, 5.5, 6.0]) + ellipsoid(img, np.add(centre, [-9, 8, 0]), [2, 2, 3], 2)
    mask = image(size, sp, o, obl, m, sitk.sitkUInt32)
    save('pr_image', img)
    save('pr_mask', mask)
    # the same mask on a cropped sub-grid: the resampling grid is derived from the mask alone
    sub = sitk.Crop(mask, [6, 5, 1], [4, 3, 2])
    save('pr_mask_subgrid', sub)
    runs = [('bspline_odd', 'pr_mask', [1.1, 1.05, 1.5], sitk.sitkBSpline, 5),
            ('linear_inplane', 'pr_mask', [2.0, 2.0, 0], sitk.sitkLinear, 5),
            ('bspline_subgrid', 'pr_mask_subgrid', [1.1, 1.05, 1.5], sitk.sitkBSpline, 3),
            ('same_spacing', 'pr_mask_subgrid', [0.8, 0.75, 2.5], sitk.sitkBSpline, 2)]
    masks = {'pr_mask': mask, 'pr_mask_subgrid': sub}
    inv = {v: k for k, v in INTERPOLATORS.items()}
    for name, mname, spacing, interp, pad in runs:
        ri, rm = imageoperations.resampleImage(img, masks[mname], resampledPixelSpacing=spacing,
                                               interpolator=interp, padDistance=pad, label=1)
        # the same grid at float64, to tell which truncated voxels lie a rounding error from an integer
        exact = sitk.Resample(img, ri, sitk.Transform(), interp, 0.0, sitk.sitkFloat64)
        manifest['pyradiomics'].append({'name': name, 'outImageFloat64': save('pr_out_%s_float64' % name, exact), 'image': 'pr_image', 'mask': mname, 'spacing': spacing,
                                        'interpolator': inv[interp], 'padDistance': pad, 'label': 1,
                                        'outImage': save('pr_out_%s_image' % name, ri),
                                        'outMask': save('pr_out_%s_mask' % name, rm)})


def tie_goldens(manifest):
    """Axis-aligned and flipped grids (origin as in breast1) onto half the spacing: every other output centre lies
    exactly halfway between two input centres, so nearest neighbour, buffer edges and integer truncation are decided
    by ITK's floating-point rounding."""
    rng = np.random.default_rng(11)
    size, sp, o = [20, 18, 10], [0.664062, 0.664062, 2.1], [-116.54304, -48.144654, 9.45000000000003]
    vals = rng.integers(-300, 1200, size=size[::-1])
    for name, d in [('tie_axis', [1, 0, 0, 0, 1, 0, 0, 0, 1]), ('tie_flip', [-1, 0, 0, 0, -1, 0, 0, 0, 1])]:
        img = image(size, sp, o, d, vals, sitk.sitkInt16)
        save('in_' + name, img)
        half = [s / 2 for s in sp]
        for iname, interp in INTERPOLATORS.items():
            res = sitk.Resample(img, [2 * n for n in size], sitk.Transform(), interp, o, half, d, 0.0,
                                sitk.sitkInt16)
            out = save('rs_%s_half_%s_native' % (name, iname), res)
            manifest['resample'].append({'input': 'in_' + name, 'interpolator': iname, 'output': out,
                                         'outputType': 'INT16'})
    img = image(size, sp, o, [1, 0, 0, 0, 1, 0, 0, 0, 1], vals, sitk.sitkInt16)
    mask = image(size, sp, o, [1, 0, 0, 0, 1, 0, 0, 0, 1],
                 ellipsoid(img, img.TransformContinuousIndexToPhysicalPoint([9.5, 8.5, 4.5]), [4, 4, 7]),
                 sitk.sitkUInt32)
    save('tie_pr_image', img)
    save('tie_pr_mask', mask)
    for name, spacing in [('tie_2mm', [2.0, 2.0, 2.0]), ('tie_1mm', [1.0, 1.0, 1.0])]:
        ri, rm = imageoperations.resampleImage(img, mask, resampledPixelSpacing=spacing,
                                               interpolator=sitk.sitkBSpline, padDistance=5, label=1)
        exact = sitk.Resample(img, ri, sitk.Transform(), sitk.sitkBSpline, 0.0, sitk.sitkFloat64)
        manifest['pyradiomics'].append({'name': name, 'outImageFloat64': save('pr_out_%s_float64' % name, exact),
                                        'image': 'tie_pr_image', 'mask': 'tie_pr_mask', 'spacing': spacing,
                                        'interpolator': 'bspline', 'padDistance': 5, 'label': 1,
                                        'outImage': save('pr_out_%s_image' % name, ri),
                                        'outMask': save('pr_out_%s_mask' % name, rm)})


def shared_case_goldens(manifest):
    """PyRadiomics' '_resampling' baseline configuration on the real cases in ../shared (inputs are not copied)."""
    shared = os.path.join(HERE, '..', '..', '..', 'shared', 'pyradiomics-data')
    inv = {v: k for k, v in INTERPOLATORS.items()}
    for case in ('breast1', 'brain2'):
        img = sitk.ReadImage(os.path.join(shared, case + '_image.nrrd'))
        mask = sitk.Cast(sitk.ReadImage(os.path.join(shared, case + '_label.nrrd')), sitk.sitkUInt32)
        ri, rm = imageoperations.resampleImage(img, mask, resampledPixelSpacing=[2, 2, 2],
                                               interpolator=sitk.sitkBSpline, padDistance=5, label=1)
        exact = sitk.Resample(img, ri, sitk.Transform(), sitk.sitkBSpline, 0.0, sitk.sitkFloat64)
        manifest['pyradiomicsShared'].append({
            'name': case, 'image': 'pyradiomics-data/%s_image.nrrd' % case,
            'mask': 'pyradiomics-data/%s_label.nrrd' % case, 'spacing': [2, 2, 2],
            'interpolator': inv[sitk.sitkBSpline], 'padDistance': 5, 'label': 1,
            'outImage': save('prs_%s_image' % case, ri), 'outMask': save('prs_%s_mask' % case, rm),
            'outImageFloat64': save('prs_%s_float64' % case, exact)})


def normalise_goldens(manifest):
    rng = np.random.default_rng(7)
    size, sp, o = [20, 18, 9], [0.9, 0.9, 2.0], [0.0, 0.0, 0.0]
    vals = rng.normal(300, 80, size=(9, 18, 20))
    vals[4, 9, 10] = 2000  # an outlier for removeOutliers
    img = image(size, sp, o, [1, 0, 0, 0, 1, 0, 0, 0, 1], np.round(vals), sitk.sitkInt16)
    mask = image(size, sp, o, [1, 0, 0, 0, 1, 0, 0, 0, 1], ellipsoid(img, [9, 8, 8], [5, 4, 6]), sitk.sitkUInt8)
    save('nm_image', img)
    save('nm_mask', mask)
    for scale, outliers in ((1, None), (100, None), (100, 3.0), (1, 2.5)):
        res = imageoperations.normalizeImage(img, normalizeScale=scale, removeOutliers=outliers)
        name = 'nm_out_whole_s%g_o%s' % (scale, outliers)
        manifest['normalize'].append({'image': 'nm_image', 'mask': None, 'scale': scale, 'removeOutliers': outliers,
                                      'output': save(name, res)})
        # mask-based variant: PyRadiomics' steps with mean/SD (N-1, as ITK's statistics) of the ROI voxels only
        a = sitk.GetArrayFromImage(img).astype(float)
        roi = a[sitk.GetArrayFromImage(mask) > 0]
        z = (a - roi.mean()) / roi.std(ddof=1)
        if outliers is not None:
            z = np.clip(z, -outliers, outliers)
        out = sitk.GetImageFromArray(z * scale)
        out.CopyInformation(img)
        name = 'nm_out_mask_s%g_o%s' % (scale, outliers)
        manifest['normalize'].append({'image': 'nm_image', 'mask': 'nm_mask', 'scale': scale,
                                      'removeOutliers': outliers, 'output': save(name, out)})


def ring_goldens(manifest):
    obl = rotation([1, 1, 0], 10)
    runs = []
    # sphere on an anisotropic grid (analytic shell check is done in Java from radius and margin)
    size, sp = [64, 64, 26], [0.8, 0.8, 2.0]
    o = [-25.2, -25.2, -25.0]
    img = image(size, sp, o, [1, 0, 0, 0, 1, 0, 0, 0, 1], np.zeros((26, 64, 64)), sitk.sitkUInt8)
    sphere = image(size, sp, o, [1, 0, 0, 0, 1, 0, 0, 0, 1], ellipsoid(img, [0, 0, 0], [10, 10, 10]), sitk.sitkUInt8)
    runs.append(('sphere', sphere, 5.0, None, []))
    # irregular two-blob tumour on an oblique grid, with tissue and exclusion masks
    size, sp, o = [48, 44, 20], [0.7, 0.7, 1.6], [-16.0, -15.0, -14.0]
    img = image(size, sp, o, obl, np.zeros((20, 44, 48)), sitk.sitkUInt8)
    c = img.TransformContinuousIndexToPhysicalPoint([23, 21, 9])
    blob = np.maximum(ellipsoid(img, c, [6, 4, 5]), ellipsoid(img, np.add(c, [5, 3, 2]), [3, 3, 3]))
    tumour = image(size, sp, o, obl, blob, sitk.sitkUInt8)
    px, py, pz = physical_grid(size, sp, o, obl)
    tissue = image(size, sp, o, obl, (py < c[1] + 5).astype(np.uint8), sitk.sitkUInt8)
    wall = image(size, sp, o, obl, (px > c[0] + 8).astype(np.uint8), sitk.sitkUInt8)
    runs.append(('blob', tumour, 4.0, tissue, [wall]))
    for name, tumour, margin, tissue, excl in runs:
        dist = sitk.SignedMaurerDistanceMap(tumour, insideIsPositive=False, squaredDistance=False,
                                            useImageSpacing=True)
        d = sitk.GetArrayFromImage(dist).astype(float)
        t = sitk.GetArrayFromImage(tumour) > 0
        ring = (d <= margin) & ~t
        if tissue is not None:
            ring &= sitk.GetArrayFromImage(tissue) > 0
        for e in excl:
            ring &= ~(sitk.GetArrayFromImage(e) > 0)
        out = sitk.GetImageFromArray(ring.astype(np.uint8))
        out.CopyInformation(tumour)
        entry = {'name': name, 'tumour': save('rg_%s_tumour' % name, tumour), 'marginMm': margin,
                 'tissue': save('rg_%s_tissue' % name, tissue) if tissue is not None else None,
                 'exclude': [save('rg_%s_exclude%d' % (name, i), e) for i, e in enumerate(excl)],
                 'distance': save('rg_%s_distance' % name, dist), 'ring': save('rg_%s_ring' % name, out),
                 'ringVoxels': int(ring.sum())}
        manifest['ring'].append(entry)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    manifest = {'simpleitkVersion': sitk.Version_VersionString(), 'pyradiomicsVersion': '3.0.1', 'resample': [],
                'pyradiomics': [], 'pyradiomicsShared': [], 'normalize': [], 'ring': []}
    resample_goldens(manifest)
    pyradiomics_goldens(manifest)
    tie_goldens(manifest)
    shared_case_goldens(manifest)
    normalise_goldens(manifest)
    ring_goldens(manifest)
    with open(os.path.join(OUT, 'cases.json'), 'w') as f:
        json.dump(manifest, f, indent=1)
    make_index_goldens.main()


if __name__ == '__main__':
    main()
