#!/usr/bin/python3.11
"""The CPython side of the parse benchmark: the same measurement as bench/ParseBench for ast.parse.

Usage: parse_cpython.py [DIR] [--repeat N] [--warmup W] [--files-from FILE|-] [--label TEXT]

Reads all files into memory first (not timed), then times ast.parse(source_bytes, filename) over the
whole set N times. Prints one JSON object per line, in ParseBench's shape: a "syntax_error" line per
file that raised SyntaxError (first pass only), a "pass" line per pass and a closing "summary" line
(peak RSS from resource.getrusage; CPython has no counterpart of .NET's allocated-bytes counter, so
alloc_bytes is null).
"""
import argparse
import ast
import gc
import json
import os
import platform
import resource
import statistics
import sys
import time


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", default="/usr/lib/python3.11")
    ap.add_argument("--repeat", "-n", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1,
                    help="the summary's steady_median_ms leaves out the first W passes (default 1)")
    ap.add_argument("--files-from")
    ap.add_argument("--label")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")

    if args.files_from is not None:
        stream = sys.stdin if args.files_from == "-" else open(args.files_from, encoding="utf-8")
        paths = [line.rstrip("\n") for line in stream if line.rstrip("\n")]
    else:
        if not os.path.isdir(args.dir):
            sys.exit(f"parse_cpython.py: {args.dir}: no such folder")
        paths = []
        for dirpath, _dirnames, filenames in os.walk(args.dir):
            paths.extend(os.path.join(dirpath, f) for f in filenames if f.endswith(".py"))
        paths.sort()  # ordinal order of the str, as ParseBench sorts

    t = time.perf_counter()
    sources = []
    for p in paths:
        with open(p, "rb") as f:
            sources.append(f.read())
    read_ms = (time.perf_counter() - t) * 1000
    total_bytes = sum(map(len, sources))
    pairs = list(zip(sources, paths))

    def line(kind, **fields):
        obj = {"kind": kind, "impl": "cpython", "mode": "cpython"}
        if args.label is not None:
            obj["label"] = args.label
        obj.update(fields)
        sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    parse = ast.parse
    pass_ms = []
    errors = 0
    for n in range(args.repeat):
        gc.collect()
        failed = [] if n == 0 else None
        errors = 0
        t0 = time.perf_counter_ns()
        for source, path in pairs:
            try:
                parse(source, path)
            except SyntaxError as e:  # IndentationError and TabError are SyntaxErrors
                errors += 1
                if failed is not None:
                    failed.append((path, e))
            except ValueError as e:  # "source code string cannot contain null bytes"
                errors += 1
                if failed is not None:
                    failed.append((path, e))
        ms = (time.perf_counter_ns() - t0) / 1e6
        pass_ms.append(ms)
        for path, e in failed or ():
            line("syntax_error", file=path, type=type(e).__name__,
                 msg=getattr(e, "msg", None) or str(e), lineno=getattr(e, "lineno", None) or 0)
        line("pass", **{"pass": n + 1}, ms=round(ms, 3), files=len(sources), bytes=total_bytes,
             syntax_errors=errors, alloc_bytes=None, gc_collections=None)

    steady = pass_ms[args.warmup:] if len(pass_ms) > args.warmup else pass_ms[-1:]
    line("summary", passes=args.repeat, files=len(sources), bytes=total_bytes, syntax_errors=errors,
         read_ms=round(read_ms, 3), first_ms=round(pass_ms[0], 3),
         warmup_passes=min(args.warmup, args.repeat - 1),
         steady_median_ms=round(statistics.median(steady), 3),
         peak_working_set_bytes=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
         alloc_bytes_total=None, alloc_bytes_per_pass=None,
         runtime=f"{platform.python_implementation()} {platform.python_version()}")


if __name__ == "__main__":
    main()
