"""What every benchmark program does when run: the scale from argv[1] (else its DEFAULT_SCALE), its
bench(scale) timed (start-up excluded), then `checksum X`, `seconds T` and `peak_rss_kib N`, which bench/run
reads. The peak resident memory is the process's own (VmHWM): the getrusage a parent sees includes what the
process it was forked from had at exec, which floors every small program at bench/run's own size."""
import sys
import time


def run(bench, default_scale):
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else default_scale
    start = time.perf_counter()
    checksum = bench(scale)
    elapsed = time.perf_counter() - start
    print("checksum", checksum)
    print("seconds", f"{elapsed:.6f}")
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    print("peak_rss_kib", line.split()[1])
    except OSError:
        pass
