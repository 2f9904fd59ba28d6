"""Writes small .pth files with torch itself, in both torch.save formats, plus the arrays they hold (JSON), a
zip archive with one storage record removed, and crafted pickles that name forbidden globals.

Usage: python make_pth_fixtures.py   (writes into golden/pth/)
"""
import os
import pickle
import struct
import sys
import zipfile

import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden", "pth")


class Tiny(torch.nn.Module):
    """Conv + BatchNorm, the tensor kinds a MedicalNet state dict is made of (float32 weights, int64 counter)."""

    def __init__(self):
        super().__init__()
        self.conv1 = torch.nn.Conv3d(1, 2, kernel_size=2, bias=False)
        self.bn1 = torch.nn.BatchNorm3d(2)

    def forward(self, x):
        return self.bn1(self.conv1(x))


def tiny_state_dict():
    torch.manual_seed(20261127)
    model = torch.nn.DataParallel(Tiny())  # keys get the 'module.' prefix, as in MedicalNet's files
    model.train()
    model(torch.randn(2, 1, 3, 3, 3))  # moves running stats off their defaults and counts one batch
    return model.state_dict()


def views_dict():
    """Non-contiguous views, a storage offset, float64, int64 and a Parameter: the less common reader paths."""
    base = torch.arange(24, dtype=torch.float32).reshape(4, 6) * 0.25 - 1.5
    return {
        "base": base,
        "transposed": base.t(),
        "slice": base[1:, 2:5],
        "float64": torch.linspace(-2.0, 3.0, 7, dtype=torch.float64).reshape(7, 1),
        "int64": torch.tensor([[-3, 5], [1 << 40, 7]], dtype=torch.int64),
        "scalar": torch.tensor(42, dtype=torch.int64),
        "parameter": torch.nn.Parameter(torch.tensor([1.5, -2.0])),  # pickled via torch._utils._rebuild_parameter
    }


def expected_rows(group, d):
    """One tab-separated row per tensor: group, name, dtype, shape, row-major values (repr is exact)."""
    for k, v in d.items():
        values = " ".join(repr(x) for x in v.detach().flatten().tolist())
        shape = ",".join(str(n) for n in v.shape)
        yield "\t".join([group, k, str(v.dtype).replace("torch.", ""), shape, values])


def save_both(obj, stem):
    torch.save(obj, os.path.join(OUT, stem + "_legacy.pth"), _use_new_zipfile_serialization=False)
    torch.save(obj, os.path.join(OUT, stem + "_zip.pth"))


def drop_storage(src, dst):
    """Copy of a zip checkpoint without its first storage record."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_STORED) as zout:
        victim = sorted(n for n in zin.namelist() if "/data/" in n)[0]
        for info in zin.infolist():
            if info.filename != victim:
                zout.writestr(info, zin.read(info.filename))


class Evil:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


def legacy_header():
    sys_info = {"protocol_version": 1001, "little_endian": True,
                "type_sizes": {"short": 2, "int": 4, "long": 8}}
    return b"".join(pickle.dumps(x, protocol=2) for x in (0x1950a86a20f9469cfc6c, 1001, sys_info))


def write_malicious():
    # Legacy stream whose object pickle calls os.system: passes the format sniffing, must fail at the global.
    with open(os.path.join(OUT, "malicious_legacy.pth"), "wb") as f:
        f.write(legacy_header() + pickle.dumps({"state_dict": {"conv1.weight": Evil()}}, protocol=2))
    # Zip archive whose data.pkl names builtins.eval via protocol-4 STACK_GLOBAL.
    payload = pickle.dumps({"x": eval}, protocol=4)
    with zipfile.ZipFile(os.path.join(OUT, "malicious_zip.pth"), "w", zipfile.ZIP_STORED) as z:
        z.writestr("archive/data.pkl", payload)
        z.writestr("archive/version", "3\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    sd = tiny_state_dict()
    save_both({"state_dict": sd, "epoch": 3}, "tiny")
    views = views_dict()
    save_both(views, "views")
    drop_storage(os.path.join(OUT, "tiny_zip.pth"), os.path.join(OUT, "missing_storage_zip.pth"))
    write_malicious()
    with open(os.path.join(OUT, "expected.tsv"), "w") as f:
        f.write(f"# written by make_pth_fixtures.py with torch {torch.__version__}, python {sys.version.split()[0]}\n")
        rows = list(expected_rows("tiny", {k[len("module."):]: v for k, v in sd.items()}))
        rows += expected_rows("views", views)
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
