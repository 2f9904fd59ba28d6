#!/usr/bin/env python3
"""Test oracle for org.nacrad.image.io (NACRad). Never part of the product; CI only reads what it wrote.

1. Writes tiny crafted NIfTI-1/NIfTI-2/NRRD/.nhdr/.seg.nrrd files into golden/inputs/ (headers built field by
   field, so every qform/sform/scaling/endianness case is exactly what the file name says).
2. Reads each with SimpleITK (ReadImage, the reference our readers must match) and writes golden/readers.json:
   size, spacing, origin, direction (row-major), pixel type and the full voxel array (x fastest), or the error
   SimpleITK raised. SimpleITK 2.5 (ITK 5.4) cannot read NIfTI-2, so each NIfTI-2 file is the twin of a NIfTI-1
   file with the same field values and its expected reading is SimpleITK's reading of that twin.
3. Records SimpleITK's reading of the shared NRRDs (../shared/pyradiomics-data), the IBSI digital phantom
   (../shared/ibsi/digital_phantom) and the IBSI CT phantom (../shared/ibsi/ct_phantom_pat1, CC BY-NC: only its
   geometry and checksums are recorded) in golden/shared.json: geometry, pixel type, voxel sum, SHA-256 of the voxels
   as little-endian float64 (x fastest), and a few voxel values. The data stay in ../shared.
4. Writes a tiny 3D Slicer segmentation in the layered 4D form (see write_segmentation) and its expected masks.
5. Records the NIfTI header fields (qform/sform codes, quaternion, qfac, offsets, srow) SimpleITK's writer sets
   for a range of geometries in golden/writer_headers.json, so our writer's fields can be checked against them.

Usage: python make_goldens.py [--shared ../../../shared]   (run from oracle/imaging-io)
"""
import argparse
import gzip
import hashlib
import json
import os

import nibabel as nib
import numpy as np
import SimpleITK as sitk

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "golden")
INPUTS = os.path.join(GOLDEN, "inputs")
SIZE = (7, 6, 5)  # x, y, z

PIXEL_TYPES = {
    sitk.sitkUInt8: "UINT8", sitk.sitkInt8: "INT8", sitk.sitkUInt16: "UINT16", sitk.sitkInt16: "INT16",
    sitk.sitkUInt32: "UINT32", sitk.sitkInt32: "INT32", sitk.sitkUInt64: "UINT64", sitk.sitkInt64: "INT64",
    sitk.sitkFloat32: "FLOAT32", sitk.sitkFloat64: "FLOAT64",
}


def rotation(ax, ay, az):
    """Rotation matrix from angles (radians) about x, then y, then z."""
    cx, sx, cy, sy, cz, sz = np.cos(ax), np.sin(ax), np.cos(ay), np.sin(ay), np.cos(az), np.sin(az)
    rx = np.array([[1, 0, 0], [0, cx, -sx], [0, sx, cx]])
    ry = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    rz = np.array([[cz, -sz, 0], [sz, cz, 0], [0, 0, 1]])
    return rz @ ry @ rx


def voxels(dtype, seed):
    """Deterministic voxel values spanning the type's range, as a (z, y, x) array."""
    rng = np.random.default_rng(seed)
    n = SIZE[0] * SIZE[1] * SIZE[2]
    dt = np.dtype(dtype)
    if dt.kind in "iu":
        info = np.iinfo(dt)
        lo, hi = max(int(info.min), -(2**40)), min(int(info.max), 2**40)
        v = rng.integers(lo, hi, size=n, endpoint=True, dtype=np.int64)
        v[:4] = [lo, hi, 0, 1]
        a = v.astype(dt)
    else:
        a = (rng.standard_normal(n) * 1000).astype(dt)
    return a.reshape(SIZE[::-1])


def nifti_header(version, dtype, spacing, qform=None, sform=None, qcode=0, scode=0, slope=0.0, inter=0.0,
                 units=2, endian="<", dim4=None):
    """A NIfTI header set field by field. qform = (R, offset) with R orthogonal (det ±1, qfac from the sign);
    sform = 3x4 matrix (RAS)."""
    h = nib.Nifti1Header(endianness=endian) if version == 1 else nib.Nifti2Header(endianness=endian)
    h.set_data_dtype(dtype)
    shape = SIZE + ((dim4,) if dim4 else ())
    h.set_data_shape(shape)
    qfac = 1.0
    if qform is not None:
        r, off = qform
        if np.linalg.det(r) < 0:
            qfac = -1.0
            r = r.copy()
            r[:, 2] = -r[:, 2]
        w, x, y, z = nib.quaternions.mat2quat(r)
        if w < 0:
            x, y, z = -x, -y, -z
        h["quatern_b"], h["quatern_c"], h["quatern_d"] = x, y, z
        h["qoffset_x"], h["qoffset_y"], h["qoffset_z"] = off
    pixdim = [qfac, *spacing, 1, 1, 1, 1]
    h["pixdim"] = pixdim
    h["qform_code"] = qcode
    h["sform_code"] = scode
    if sform is not None:
        h["srow_x"], h["srow_y"], h["srow_z"] = sform[0], sform[1], sform[2]
    h["scl_slope"] = slope
    h["scl_inter"] = inter
    h["xyzt_units"] = units | 8
    h["vox_offset"] = 352 if version == 1 else 544
    return h


TWIN_FIELDS = ["pixdim", "qform_code", "sform_code", "quatern_b", "quatern_c", "quatern_d", "qoffset_x",
               "qoffset_y", "qoffset_z", "srow_x", "srow_y", "srow_z", "scl_slope", "scl_inter", "xyzt_units"]


def nifti2_twin(h1, dtype, shape_zyx):
    """A NIfTI-2 header whose fields hold exactly the (float32) values of a NIfTI-1 header."""
    h2 = nib.Nifti2Header(endianness=h1.endianness)
    h2.set_data_dtype(dtype)
    h2.set_data_shape(tuple(int(d) for d in h1["dim"][1:h1["dim"][0] + 1]))
    for k in TWIN_FIELDS:
        h2[k] = h1[k]
    h2["vox_offset"] = 544
    return h2


def write_nifti(name, header, data_zyx):
    raw = header.binaryblock + b"\0" * 4 + data_zyx.astype(header.get_data_dtype()).tobytes()
    path = os.path.join(INPUTS, name)
    if name.endswith(".gz"):
        with gzip.GzipFile(path, "wb", mtime=0) as f:
            f.write(raw)
    else:
        with open(path, "wb") as f:
            f.write(raw)
    return name


def affine(r, spacing, offset):
    m = np.zeros((3, 4))
    m[:, :3] = r @ np.diag(spacing)
    m[:, 3] = offset
    return m


def nifti_cases():
    """(file name, header kwargs, dtype, seed) for each NIfTI-1 case; NIfTI-2 twins are derived from some."""
    sp = (0.7, 0.8, 2.5)
    ra = rotation(0.3, -0.2, 0.5)
    rb = rotation(-0.1, 0.4, -0.7)
    left = ra.copy()
    left[:, 2] = -left[:, 2]  # left-handed: qfac = -1
    off = (-12.25, 30.5, 7.75)
    skew = affine(ra, sp, off)
    skew[0, 1] += 0.3
    near = affine(ra, sp, off)
    near[:, 3] += 2e-5  # sform and qform differ by more than the element-wise test, less than the SVD test
    axial = np.diag([-1.0, -1.0, 1.0])
    near_axial = affine(axial, sp, off)
    near_axial[:, 3] += 2e-5
    cases = [
        ("no_transform_int16.nii", dict(spacing=sp), np.int16),
        ("both_scanner_oblique_int16.nii.gz",
         dict(spacing=sp, qform=(ra, off), sform=affine(ra, sp, off), qcode=1, scode=1), np.int16),
        ("qform_only_lefthanded_float32.nii", dict(spacing=sp, qform=(left, off), qcode=1), np.float32),
        ("sform_only_aligned_uint8.nii.gz", dict(spacing=sp, sform=affine(rb, sp, off), scode=2), np.uint8),
        ("qform1_sform1_differ_int16.nii",
         dict(spacing=sp, qform=(ra, off), sform=affine(rb, sp, off), qcode=1, scode=1), np.int16),
        ("qform1_sform2_differ_int16.nii",
         dict(spacing=sp, qform=(ra, off), sform=affine(rb, sp, off), qcode=1, scode=2), np.int16),
        ("qform2_sform4_near_int16.nii", dict(spacing=sp, qform=(ra, off), sform=near, qcode=2, scode=4), np.int16),
        ("qform2_sform4_near_axial_int16.nii",
         dict(spacing=sp, qform=(axial, off), sform=near_axial, qcode=2, scode=4), np.int16),
        ("qform1_sform2_skewed_int16.nii", dict(spacing=sp, qform=(ra, off), sform=skew, qcode=1, scode=2),
         np.int16),
        ("sform_only_skewed_int16.nii", dict(spacing=sp, sform=skew, scode=2), np.int16),
        ("scaled_int16.nii.gz", dict(spacing=sp, qform=(ra, off), qcode=1, slope=0.37, inter=-12.5), np.int16),
        ("scaled_uint8_identity.nii", dict(spacing=sp, qform=(ra, off), qcode=1, slope=1.0, inter=0.0), np.uint8),
        ("scaled_intercept_only_int32.nii", dict(spacing=sp, qform=(ra, off), qcode=1, slope=0.0, inter=100.0),
         np.int32),
        ("scaled_float64.nii.gz", dict(spacing=sp, qform=(ra, off), qcode=1, slope=2.5, inter=1.0), np.float64),
        ("scaled_float32.nii", dict(spacing=sp, qform=(ra, off), qcode=1, slope=-0.5, inter=3.0), np.float32),
        ("units_meter_int16.nii", dict(spacing=(0.0007, 0.0008, 0.0025), qform=(ra, (0.1, -0.2, 0.05)), qcode=1,
                                       units=1), np.int16),
        ("units_micron_int16.nii", dict(spacing=(700, 800, 2500), qform=(ra, (1000, -2000, 500)), qcode=1,
                                        units=3), np.int16),
        ("singleton_t_int16.nii.gz", dict(spacing=sp, qform=(ra, off), qcode=1, dim4=1), np.int16),
        ("bigendian_int32.nii", dict(spacing=sp, qform=(ra, off), sform=affine(ra, sp, off), qcode=1, scode=1,
                                     endian=">"), np.int32),
        ("zero_pixdim_int16.nii", dict(spacing=(0.0, 0.8, 2.5), qform=(np.eye(3), off), qcode=1), np.int16),
        # ITK's reader makes a negative spacing positive and flips that direction column
        ("negative_pixdim_qform_int16.nii", dict(spacing=(-0.7, 0.8, 2.5), qform=(ra, off), qcode=1), np.int16),
        ("negative_pixdim_sform_int16.nii", dict(spacing=(0.7, -0.8, 2.5), sform=affine(ra, sp, off), scode=1),
         np.int16),
        ("negative_pixdim_none_int16.nii", dict(spacing=(0.7, 0.8, -2.5)), np.int16),
        ("four_d_int16.nii", dict(spacing=sp, qform=(ra, off), qcode=1, dim4=3), np.int16),
    ]
    # ITK decides between near-equal qform and sform (codes 2-4) from the signs of LINPACK singular vectors:
    # a sweep of random oblique grids whose sform differs from the qform by 2e-5 mm in the offset or 1e-6 in the
    # matrix, so each file exercises that decision.
    rng = np.random.default_rng(2026)
    for k in range(24):
        r = rotation(*rng.uniform(-np.pi, np.pi, 3))
        spk = tuple(np.round(rng.uniform(0.4, 3.0, 3), 3))
        offk = tuple(np.round(rng.uniform(-150, 150, 3), 2))
        sf = affine(r, spk, offk)
        if k % 2:
            sf[:, 3] += 2e-5
        else:
            sf[:, :3] += rng.uniform(-1e-6, 1e-6, (3, 3))
        codes = [(2, 4), (4, 2), (3, 3), (2, 2)][k % 4]
        cases.append((f"svd_choice_{k:02d}.nii", dict(spacing=spk, qform=(r, offk), sform=sf, qcode=codes[0],
                                                      scode=codes[1]), np.int16))
    for dt in (np.uint8, np.int8, np.uint16, np.int16, np.uint32, np.int32, np.uint64, np.int64, np.float32,
               np.float64):
        for ext in (".nii", ".nii.gz"):
            # distinct base names: nifti1_io looks for name.nii before name.nii.gz, so siblings would be confused
            cases.append((f"type_{np.dtype(dt).name}{'_gz' if ext.endswith('gz') else ''}{ext}",
                          dict(spacing=sp, qform=(ra, off), sform=affine(ra, sp, off), qcode=1, scode=1), dt))
    return cases


NIFTI2_TWINS = ["both_scanner_oblique_int16.nii.gz", "qform_only_lefthanded_float32.nii",
                "sform_only_aligned_uint8.nii.gz", "qform1_sform2_differ_int16.nii", "scaled_int16.nii.gz",
                "bigendian_int32.nii"]


def write_nifti_inputs():
    entries = []
    for seed, (name, kw, dt) in enumerate(nifti_cases()):
        data = voxels(dt, seed)
        if kw.get("dim4"):
            data = np.stack([data + i for i in range(kw["dim4"])]).astype(dt)
        write_nifti(name, nifti_header(1, dt, **kw), data)
        entries.append({"file": name, "reference": name})
        if name in NIFTI2_TWINS:
            twin = "nifti2_" + name
            write_nifti(twin, nifti2_twin(nifti_header(1, dt, **kw), dt, data.shape), data)
            entries.append({"file": twin, "reference": name, "note": "SimpleITK 2.5 cannot read NIfTI-2; expected "
                            "= its reading of the NIfTI-1 twin (same field values, float32-exact)"})
    return entries


NRRD_PREAMBLE = "NRRD0004\n# Complete NRRD file format specification at:\n# http://teem.sourceforge.net/nrrd/format.html\n"


def vec(v):
    return "(" + ",".join(repr(float(x)) for x in v) + ")"


def nrrd_header(type_name, space, dirs, origin, endian, encoding, extra=""):
    h = NRRD_PREAMBLE + f"type: {type_name}\ndimension: 3\n"
    if space:
        h += f"space: {space}\n"
    h += f"sizes: {SIZE[0]} {SIZE[1]} {SIZE[2]}\n"
    if dirs is not None:
        h += "space directions: " + " ".join(vec(d) for d in dirs) + "\n"
    h += "kinds: domain domain domain\n"
    if endian:
        h += f"endian: {endian}\n"
    h += f"encoding: {encoding}\n"
    if origin is not None:
        h += f"space origin: {vec(origin)}\n"
    return h + extra


def write_nrrd_inputs():
    ra = rotation(0.3, -0.2, 0.5)
    sp = (0.7, 0.8, 2.5)
    dirs = [ra[:, i] * sp[i] for i in range(3)]  # axis i's vector
    off = (-12.25, 30.5, 7.75)
    files = []

    def put(name, header, payload, data_name=None, data_payload=None):
        with open(os.path.join(INPUTS, name), "wb") as f:
            f.write(header.encode("ascii") + payload)
        if data_name:
            with open(os.path.join(INPUTS, data_name), "wb") as f:
                f.write(data_payload)
        files.append(name)

    def gz(b):
        return gzip.compress(b, mtime=0)

    d16 = voxels(np.int16, 100)
    put("raw_lps_int16.nrrd", nrrd_header("short", "left-posterior-superior", dirs, off, "little", "raw") + "\n",
        d16.astype("<i2").tobytes())
    f32 = voxels(np.float32, 101)
    put("gzip_ras_float.nrrd", nrrd_header("float", "right-anterior-superior", dirs, off, "little", "gzip") + "\n",
        gz(f32.astype("<f4").tobytes()))
    u16 = voxels(np.uint16, 102)
    put("bigendian_las_uint16.nrrd", nrrd_header("unsigned short", "left-anterior-superior", dirs, off, "big",
                                                 "gzip") + "\n", gz(u16.astype(">u2").tobytes()))
    f64 = voxels(np.float64, 103)
    put("spacings_only_double.nrrd", NRRD_PREAMBLE + "type: double\ndimension: 3\n"
        f"sizes: {SIZE[0]} {SIZE[1]} {SIZE[2]}\nspacings: 0.5 nan 3\nendian: little\nencoding: raw\n\n",
        f64.astype("<f8").tobytes())
    put("negative_spacings_short.nrrd", NRRD_PREAMBLE + "type: short\ndimension: 3\n"
        f"sizes: {SIZE[0]} {SIZE[1]} {SIZE[2]}\nspacings: -0.5 1 3\nendian: little\nencoding: raw\n\n",
        d16.astype("<i2").tobytes())
    for name, fields in [("axis_mins_cell.nrrd", "spacings: 0.5 1 3\naxis mins: 1 2 3\n"),
                         ("axis_mins_maxs.nrrd", "axis mins: 1 2 3\naxis maxs: 3 5 15\n"),
                         ("axis_mins_node.nrrd", "axis mins: 1 2 3\naxis maxs: 3 5 15\ncenters: node node node\n")]:
        put(name, NRRD_PREAMBLE + f"type: short\ndimension: 3\nsizes: {SIZE[0]} {SIZE[1]} {SIZE[2]}\n" + fields
            + "endian: little\nencoding: raw\n\n", d16.astype("<i2").tobytes())
    u8 = voxels(np.uint8, 104)
    put("ascii_uint8.nrrd", nrrd_header("uchar", "left-posterior-superior", dirs, off, None, "ascii") + "\n",
        (" ".join(str(int(v)) for v in u8.ravel()) + "\n").encode("ascii"))
    i32 = voxels(np.int32, 105)
    put("detached_raw_int32.nhdr", nrrd_header("int", "left-posterior-superior", dirs, off, "little", "raw",
                                               "data file: detached_raw_int32.raw\n"), b"",
        "detached_raw_int32.raw", i32.astype("<i4").tobytes())
    i16 = voxels(np.int16, 106)
    put("detached_gzip_int16.nhdr", nrrd_header("short", "right-anterior-superior", dirs, off, "little", "gzip",
                                                "data file: detached_gzip_int16.raw.gz\n"), b"",
        "detached_gzip_int16.raw.gz", gz(i16.astype("<i2").tobytes()))
    put("byteskip_end_int16.nhdr", nrrd_header("short", "left-posterior-superior", dirs, off, "little", "raw",
                                               "data file: byteskip_end_int16.raw\nbyte skip: -1\n"), b"",
        "byteskip_end_int16.raw", b"JUNKJUNKJUNK" + d16.astype("<i2").tobytes())
    return [{"file": f, "reference": f} for f in files]


def write_segmentation():
    """A 3D Slicer .seg.nrrd in the layered 4D form (Slicer >= 4.11): axis 0 is a 'list' axis of layers; each
    layer is a label map; segment N is the voxels of layer Segment<N>_Layer equal to Segment<N>_LabelValue.
    Three segments: Tumor (layer 0, value 1) and Necrosis (layer 0, value 2) share a layer (disjoint); Ring
    (layer 1, value 1) overlaps both, so it needs its own layer. Geometry on the domain axes as any NRRD."""
    nx, ny, nz = SIZE
    zz, yy, xx = np.meshgrid(np.arange(nz), np.arange(ny), np.arange(nx), indexing="ij")
    tumor = ((xx - 3) ** 2 + (yy - 3) ** 2 + (zz - 2) ** 2) <= 4
    necrosis = ((xx - 3) ** 2 + (yy - 3) ** 2 + (zz - 2) ** 2) <= 1
    tumor = tumor & ~necrosis
    ring = (((xx - 3) ** 2 + (yy - 3) ** 2 + (zz - 2) ** 2) <= 6) & (xx >= 3)
    layer0 = tumor * 1 + necrosis * 2
    layer1 = ring * 1
    layers = np.stack([layer0, layer1], axis=-1).astype(np.uint8)  # (z, y, x, layer): layer fastest on disk
    ra = rotation(0.0, 0.0, 0.25)
    sp = (0.9, 0.9, 2.0)
    dirs = [ra[:, i] * sp[i] for i in range(3)]
    segs = [("Segment_1", "Tumor", 1, 0, "0.9 0.2 0.2"), ("Segment_2", "Necrosis", 2, 0, "0.2 0.2 0.9"),
            ("Segment_3", "Ring", 1, 1, "0.2 0.9 0.2")]
    h = NRRD_PREAMBLE + "type: unsigned char\ndimension: 4\nspace: left-posterior-superior\n"
    h += f"sizes: 2 {nx} {ny} {nz}\n"
    h += "space directions: none " + " ".join(vec(d) for d in dirs) + "\n"
    h += "kinds: list domain domain domain\nencoding: gzip\nspace origin: (10.5,-20.25,3)\n"
    h += "Segmentation_MasterRepresentation:=Binary labelmap\n"
    h += "Segmentation_ContainedRepresentationNames:=Binary labelmap|\n"
    h += f"Segmentation_ReferenceImageExtentOffset:=0 0 0\n"
    for i, (sid, name, value, layer, color) in enumerate(segs):
        h += f"Segment{i}_Color:={color}\nSegment{i}_ColorAutoGenerated:=0\n"
        h += f"Segment{i}_Extent:=0 {nx - 1} 0 {ny - 1} 0 {nz - 1}\nSegment{i}_ID:={sid}\n"
        h += f"Segment{i}_LabelValue:={value}\nSegment{i}_Layer:={layer}\nSegment{i}_Name:={name}\n"
        h += f"Segment{i}_NameAutoGenerated:=0\nSegment{i}_Tags:=Segmentation.Status:inprogress|\n"
    h += "\n"
    name = "layered.seg.nrrd"
    with open(os.path.join(INPUTS, name), "wb") as f:
        f.write(h.encode("ascii") + gzip.compress(layers.tobytes(), mtime=0))
    expected = {"file": name, "segments": []}
    for (sid, sname, value, layer, _), mask in zip(segs, (tumor, necrosis, ring)):
        expected["segments"].append({"id": sid, "name": sname, "label_value": value, "layer": layer,
                                     "voxels": int(mask.sum()), "mask": mask.astype(int).ravel().tolist()})
    # Geometry of the domain axes as SimpleITK reports it (it reads the layers as a 2-component vector image).
    im = sitk.ReadImage(os.path.join(INPUTS, name))
    expected["sitk_components"] = im.GetNumberOfComponentsPerPixel()
    expected.update(geometry(im))
    return expected


def writer_headers():
    """NIfTI header fields SimpleITK's writer puts in a file for a range of geometries (identity, oblique,
    left-handed, axis flips and 180° turns where the quaternion's a is 0), read back with nibabel."""
    cases = [np.eye(3), rotation(0.3, -0.2, 0.5), rotation(0.3, -0.2, 0.5) @ np.diag([1, 1, -1]),
             np.diag([-1.0, -1.0, 1.0]), np.diag([-1.0, 1.0, -1.0]), np.diag([1.0, -1.0, -1.0]),
             np.diag([-1.0, 1.0, 1.0]), rotation(np.pi, 0, 0), rotation(0, np.pi / 2, 0),
             np.array([[0, 0, 1.0], [1, 0, 0], [0, 1, 0]]), np.array([[0, 1.0, 0], [1, 0, 0], [0, 0, 1]])]
    out = []
    tmp = os.path.join(GOLDEN, "writer.tmp.nii")
    for k, d in enumerate(cases):
        im = sitk.Image([3, 2, 2], sitk.sitkInt16)
        im.SetSpacing((0.7, 0.8, 2.5))
        im.SetOrigin((-12.25 + k, 30.5, 7.75 * k))
        im.SetDirection(tuple(float(x) for x in d.ravel()))
        sitk.WriteImage(im, tmp)
        h = nib.load(tmp).header
        out.append({"spacing": list(im.GetSpacing()), "origin": list(im.GetOrigin()),
                    "direction": list(im.GetDirection()),
                    "qform_code": int(h["qform_code"]), "sform_code": int(h["sform_code"]),
                    "pixdim": [float(x) for x in h["pixdim"][:4]],
                    "quatern": [float(h["quatern_b"]), float(h["quatern_c"]), float(h["quatern_d"])],
                    "qoffset": [float(h["qoffset_x"]), float(h["qoffset_y"]), float(h["qoffset_z"])],
                    "srow": [[float(x) for x in h[r]] for r in ("srow_x", "srow_y", "srow_z")]})
    os.remove(tmp)
    return {"simpleitk": sitk.Version.VersionString(), "cases": out}


def geometry(im):
    return {"size": list(im.GetSize()), "spacing": list(im.GetSpacing()), "origin": list(im.GetOrigin()),
            "direction": list(im.GetDirection())}


def sitk_reading(path, full=True):
    try:
        im = sitk.ReadImage(path)
    except RuntimeError as e:
        return {"error": str(e).strip().splitlines()[-1][:300]}
    out = geometry(im)
    out["dimension"] = im.GetDimension()
    out["pixel_type"] = PIXEL_TYPES.get(im.GetPixelID(), im.GetPixelIDTypeAsString())
    arr = sitk.GetArrayFromImage(im)  # (z, y, x): C order ravel = x fastest
    flat = arr.astype(np.float64).ravel()
    out["sum"] = float(flat.sum())
    out["sha256_float64le"] = hashlib.sha256(flat.astype("<f8").tobytes()).hexdigest()
    if full:
        out["values"] = [int(v) if float(v).is_integer() and abs(v) < 2**53 else float(v) for v in flat]
    else:
        rng = np.random.default_rng(7)
        idx = sorted(set(rng.integers(0, flat.size, 12).tolist()) | {0, flat.size - 1, int(np.argmax(flat))})
        out["samples"] = {str(i): float(flat[i]) for i in idx}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared")))
    args = ap.parse_args()
    os.makedirs(INPUTS, exist_ok=True)
    entries = write_nifti_inputs() + write_nrrd_inputs()
    for e in entries:
        e["sitk"] = sitk_reading(os.path.join(INPUTS, e["reference"]))
    readers = {"simpleitk": sitk.Version.VersionString(), "itk": sitk.Version.ITKVersionString(),
               "cases": entries}
    with open(os.path.join(GOLDEN, "readers.json"), "w") as f:
        json.dump(readers, f, indent=1)
    shared = []
    for folder in ("pyradiomics-data", "pyradiomics-data/TestPatient1_BreastMRI"):
        for rel in sorted(os.listdir(os.path.join(args.shared, folder))):
            if rel.endswith(".nrrd"):
                shared.append(folder + "/" + rel)
    for sub in ("digital_phantom/nifti", "digital_phantom/nrrd_pyradiomics_benchmark", "ct_phantom_pat1/nifti"):
        d = os.path.join(args.shared, "ibsi", sub)
        shared += ["ibsi/" + sub + "/" + f for f in sorted(os.listdir(d))]
    records = [{"file": rel, "sitk": sitk_reading(os.path.join(args.shared, rel), full=False)} for rel in shared]
    with open(os.path.join(GOLDEN, "shared.json"), "w") as f:
        json.dump({"simpleitk": sitk.Version.VersionString(), "cases": records}, f, indent=1)
    with open(os.path.join(GOLDEN, "writer_headers.json"), "w") as f:
        json.dump(writer_headers(), f, indent=1)
    with open(os.path.join(GOLDEN, "segmentation.json"), "w") as f:
        json.dump(write_segmentation(), f, indent=1)


if __name__ == "__main__":
    main()
