"""Writes golden/pth/sha256.txt: SHA-256 of each committed .pth fixture (hashlib), for the provenance test."""
import hashlib
import os

DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden", "pth")

with open(os.path.join(DIR, "sha256.txt"), "w") as out:
    for name in sorted(os.listdir(DIR)):
        if name.endswith(".pth"):
            with open(os.path.join(DIR, name), "rb") as f:
                out.write(f"{hashlib.sha256(f.read()).hexdigest()}  {name}\n")
