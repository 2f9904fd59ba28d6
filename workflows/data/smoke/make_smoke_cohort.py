#!/usr/bin/env python3
"""Writes the tiny smoke cohort (3 patients, 12x10x6 int16 T2 volumes + uint8 masks) with the standard library
only: NIfTI-1 (.nii.gz) for two patients, NRRD (gzip) for the third. Deterministic; run from this folder."""
import gzip, math, struct

NX, NY, NZ = 12, 10, 6
SPACING = (0.8, 0.8, 2.5)

def volume(seed, mask=False):
    vals = []
    for z in range(NZ):
        for y in range(NY):
            for x in range(NX):
                d = math.sqrt(((x - 6) * SPACING[0]) ** 2 + ((y - 5) * SPACING[1]) ** 2 + ((z - 3) * SPACING[2]) ** 2)
                if mask:
                    vals.append(1 if d < 3.0 else 0)
                else:
                    vals.append(int(400 + 300 * math.exp(-d * d / 8.0) + 10 * math.sin(seed + x * 0.7 + y * 1.3 + z)))
    return vals

def nifti(path, vals, datatype, bitpix, fmt):
    hdr = bytearray(348)
    struct.pack_into("<i", hdr, 0, 348)
    struct.pack_into("<8h", hdr, 40, 3, NX, NY, NZ, 1, 1, 1, 1)
    struct.pack_into("<hh", hdr, 70, datatype, bitpix)
    struct.pack_into("<8f", hdr, 76, 1.0, SPACING[0], SPACING[1], SPACING[2], 1, 1, 1, 1)
    struct.pack_into("<f", hdr, 108, 352.0)          # vox_offset
    struct.pack_into("<f", hdr, 112, 1.0)            # scl_slope
    struct.pack_into("<B", hdr, 123, 10)             # xyzt_units: mm + s
    struct.pack_into("<hh", hdr, 252, 1, 1)          # qform_code scanner, sform_code scanner
    struct.pack_into("<6f", hdr, 256, 0, 0, 0, -4.4, -3.6, -6.25)  # quatern b,c,d (identity), qoffset
    for r, row in enumerate(((SPACING[0], 0, 0, -4.4), (0, SPACING[1], 0, -3.6), (0, 0, SPACING[2], -6.25))):
        struct.pack_into("<4f", hdr, 280 + 16 * r, *row)
    hdr[344:348] = b"n+1\0"
    data = bytes(hdr) + b"\0\0\0\0" + struct.pack("<%d%s" % (len(vals), fmt), *vals)
    with gzip.GzipFile(path, "wb", mtime=0) as f:
        f.write(data)

def nrrd(path, vals, typ, fmt):
    header = ("NRRD0004\ntype: %s\ndimension: 3\nspace: left-posterior-superior\nsizes: %d %d %d\n"
              "space directions: (%g,0,0) (0,%g,0) (0,0,%g)\nkinds: domain domain domain\nendian: little\n"
              "encoding: gzip\nspace origin: (4.4,3.6,-6.25)\n\n") % (typ, NX, NY, NZ, *SPACING)
    with open(path, "wb") as f:
        f.write(header.encode("ascii") + gzip.compress(struct.pack("<%d%s" % (len(vals), fmt), *vals), mtime=0))

rows = ["patient_id,age,er,pcr,mri_scanner,t2_image,t2_mask"]
for i, (age, er, pcr, scanner) in enumerate([(48, 1, 0, "VendorA"), (55, 0, 1, "VendorB"), (61, 1, 0, "VendorA")]):
    pid = "S%03d" % (i + 1)
    if i < 2:
        nifti("%s_t2.nii.gz" % pid, volume(i), 4, 16, "h")
        nifti("%s_t2_mask.nii.gz" % pid, volume(i, True), 2, 8, "B")
        img, msk = "%s_t2.nii.gz" % pid, "%s_t2_mask.nii.gz" % pid
    else:
        nrrd("%s_t2.nrrd" % pid, volume(i), "short", "h")
        nrrd("%s_t2_mask.nrrd" % pid, volume(i, True), "uchar", "B")
        img, msk = "%s_t2.nrrd" % pid, "%s_t2_mask.nrrd" % pid
    rows.append("%s,%d,%d,%d,%s,%s,%s" % (pid, age, er, pcr, scanner, img, msk))
open("manifest.csv", "w").write("\n".join(rows) + "\n")
