"""What every benchmark program does when run: the scale from argv[1] (else its DEFAULT_SCALE), its
bench(scale) timed (start-up excluded), then `checksum X` and `seconds T`, which bench/run reads."""
import sys
import time


def run(bench, default_scale):
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else default_scale
    start = time.perf_counter()
    checksum = bench(scale)
    elapsed = time.perf_counter() - start
    print("checksum", checksum)
    print("seconds", f"{elapsed:.6f}")
