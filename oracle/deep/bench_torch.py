"""torch's CPU time for one forward pass of MedicalNet's backbones on a 1x1x64^3 float32 crop, the counterpart of
org.nacrad.deep.benchmark.MedicalNetBenchmark (same thread count, same warm-up and run counts).

Usage: python bench_torch.py [threads=2] [runs=5] [depths=10,18,34,50]
"""
import resource
import sys
import time

import torch

from medicalnet_oracle import build

SIZE = 64
STUDY_VOLUMES = 177 * 3 * 2


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    depths = [int(d) for d in sys.argv[3].split(",")] if len(sys.argv) > 3 else [10, 18, 34, 50]
    torch.set_num_threads(threads)
    torch.set_num_interop_threads(1)
    torch.manual_seed(1)
    x = torch.randn(1, 1, SIZE, SIZE, SIZE)
    print(f"torch {torch.__version__}, {threads} thread(s), 1x1x{SIZE}^3 float32, {runs} timed runs after 2 warm-ups")
    for depth in depths:
        t0 = time.perf_counter()
        model = build(depth).eval()
        build_s = time.perf_counter() - t0
        with torch.inference_mode():
            model(x)
            model(x)
            seconds, cpu = [], []
            for _ in range(runs):
                s, c = time.perf_counter(), time.process_time()
                model(x)
                seconds.append(time.perf_counter() - s)
                cpu.append(time.process_time() - c)
        seconds.sort()
        cpu.sort()
        median = seconds[runs // 2]
        print(f"ResNet{depth:<2d} build {build_s:.2f} s | forward wall best {seconds[0]:.3f} s median {median:.3f} s | "
              f"CPU median {cpu[runs // 2]:.3f} s | {STUDY_VOLUMES} volumes (177x3x2) ~ "
              f"{STUDY_VOLUMES * median / 60:.1f} min at the median")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
