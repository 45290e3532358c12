#!/usr/bin/python3.11
"""CPython 3.11 reference for `adder --dump-ast`.

Usage: scripts/ast_dump.py [--strict] FILE...

For each FILE prints a line `# FILE` (FILE exactly as given) and then exactly what
`print(ast.dump(ast.parse(source, FILE), include_attributes=True))` prints, where source is the
file's raw bytes. Files CPython cannot read or parse are reported on stderr and skipped; the exit
status is 0 unless --strict is given, in which case it is 1 when any file was skipped.
"""
import ast
import sys

assert sys.version_info[:2] == (3, 11), "run with /usr/bin/python3.11"


def dump_source(source, filename):
    """The dump text (without the trailing newline) of `source` (bytes); raises on a bad file."""
    return ast.dump(ast.parse(source, filename), include_attributes=True)


def main(argv):
    strict = False
    files = []
    for arg in argv:
        if arg == "--strict" and not files:
            strict = True
        elif arg in ("-h", "--help") and not files:
            print(__doc__.strip())
            return 0
        else:
            files.append(arg)
    # Deterministic output whatever the locale: UTF-8 (as Adder prints), '\n' line ends; file names
    # that are not UTF-8 round-trip through surrogateescape.
    sys.stdout.reconfigure(encoding="utf-8", errors="surrogateescape", newline="\n")
    failed = 0
    for name in files:
        try:
            with open(name, "rb") as f:
                source = f.read()
            text = dump_source(source, name)
        except (SyntaxError, ValueError, OSError, RecursionError, MemoryError) as e:
            failed += 1
            print(f"{name}: skipped: {type(e).__name__}: {e}", file=sys.stderr)
            continue
        sys.stdout.write(f"# {name}\n")
        sys.stdout.write(text)
        sys.stdout.write("\n")
    sys.stdout.flush()
    return 1 if strict and failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
