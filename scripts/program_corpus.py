"""The program corpus (tests/programs/): what a case is, how a case is run, what is compared.

Shared by scripts/regen_program_outputs (runs CPython 3.11, writes the expected outputs) and
scripts/update_known_failures (runs Adder, rewrites known_failures.txt).
tests/Adder.Tests/ProgramTests.cs does the same in C#: keep the two in step.

- A case is a file `tests/programs/<area>/<name>.py` whose name does not start with `_`. Files whose
  name starts with `_` and everything in subfolders of an area folder are helpers (modules and
  packages the cases import), never cases.
- A case is run with its own folder as working directory and its file name alone as the script
  (`<program> <name>.py [args]`), stdin from /dev/null (or a closed pipe), in the caller's environment
  without PYTHON* variables, plus LC_ALL=C.UTF-8, TZ=UTC and PYTHONHASHSEED=0.
- Arguments: if the case's first line starts with `# args:`, the rest of that line, split at
  whitespace, is passed after the file name.
- Expected results: `<name>.out` holds stdout byte for byte; `<name>.err` holds the last non-blank line
  of stderr (trailing whitespace removed), if stderr has one, then the line `exit: N` (the exit status;
  128 + S for a process killed by signal S, e.g. 130 for CPython's uncaught KeyboardInterrupt).
- Full stderr: if one of a case's first two lines is `# stderr: full`, `<name>.err` holds all of
  stderr instead of its last line (blank lines at the end dropped), with the case's folder written
  `<DIR>` (tracebacks name the script by its absolute path), then `exit: N`.
- Hash-dependent cases: a case with the line `# depends on PYTHONHASHSEED=0` among its first two prints
  string hashes or the order of sets of strings on purpose (Adder hashes strings as CPython does);
  regeneration does not require it to give the same output with PYTHONHASHSEED=1.
"""
import concurrent.futures
import os
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PROGRAMS = os.path.join(REPO, "tests", "programs")
KNOWN_FAILURES = os.path.join(PROGRAMS, "known_failures.txt")
PYTHON = "/usr/bin/python3.11"
TIMEOUT = 10  # seconds, as in ProgramTests.cs
ARGS_PREFIX = "# args:"
FULL_STDERR = "# stderr: full"
FOLDER_TOKEN = "<DIR>"
HASH_SEED_DEPENDENT = "# depends on PYTHONHASHSEED=0"


def cases():
    """The cases' paths relative to tests/programs/ ('area/name.py'), sorted ordinally."""
    found = []
    for area in sorted(os.listdir(PROGRAMS)):
        folder = os.path.join(PROGRAMS, area)
        if not os.path.isdir(folder) or area.startswith((".", "_")):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".py") and not name.startswith("_") and \
                    os.path.isfile(os.path.join(folder, name)):
                found.append(f"{area}/{name}")
    return sorted(found)


def case_args(rel):
    """The command-line arguments a case is run with (from a first line `# args: ...`)."""
    with open(os.path.join(PROGRAMS, rel), "rb") as f:
        first = f.readline().decode("utf-8").rstrip("\r\n")
    return first[len(ARGS_PREFIX):].split() if first.startswith(ARGS_PREFIX) else []


def first_lines(rel):
    with open(os.path.join(PROGRAMS, rel), "rb") as f:
        return [f.readline().decode("utf-8").rstrip("\r\n") for _ in range(2)]


def full_stderr(rel):
    """Whether the case compares all of stderr (a line `# stderr: full` among its first two)."""
    return FULL_STDERR in first_lines(rel)


def hash_seed_dependent(rel):
    """Whether the case's output may depend on the hash seed (a line `# depends on PYTHONHASHSEED=0`)."""
    return HASH_SEED_DEPENDENT in first_lines(rel)


def environment(hash_seed="0"):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["LC_ALL"] = "C.UTF-8"
    env["TZ"] = "UTC"
    env["PYTHONHASHSEED"] = hash_seed
    return env


class Result:
    def __init__(self, rel, status, stdout, stderr, seconds):
        self.rel = rel
        self.status = status  # None: timed out
        self.stdout = stdout  # bytes
        self.stderr = stderr  # bytes
        self.seconds = seconds

    def err_text(self):
        """The text of the .err file: the last non-blank stderr line (or all of stderr), and `exit: N`."""
        if full_stderr(self.rel):
            folder = os.path.dirname(os.path.join(PROGRAMS, self.rel))
            text = self.stderr.decode("utf-8", "replace").replace(folder, FOLDER_TOKEN).rstrip("\n")
            return (text + "\n" if text.strip() else "") + f"exit: {self.status}\n"
        return expected_err(self.status, self.stderr)


def run(program, rel, hash_seed="0", timeout=TIMEOUT):
    """Runs a case: `program` is the command before the file name (a list)."""
    folder, name = os.path.split(os.path.join(PROGRAMS, rel))
    start = time.monotonic()
    try:
        p = subprocess.run(program + [name] + case_args(rel), cwd=folder, env=environment(hash_seed),
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return Result(rel, None, e.stdout or b"", e.stderr or b"", time.monotonic() - start)
    # Killed by signal S (returncode -S): 128 + S, as the shell and .NET's Process.ExitCode report it.
    status = p.returncode if p.returncode >= 0 else 128 - p.returncode
    return Result(rel, status, p.stdout, p.stderr, time.monotonic() - start)


def run_all(program, rels, hash_seed="0", jobs=None):
    """{rel: Result} for every case, `jobs` at a time (default: one per core)."""
    jobs = jobs or os.cpu_count() or 2
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        futures = {rel: pool.submit(run, program, rel, hash_seed) for rel in rels}
        return {rel: f.result() for rel, f in futures.items()}


def last_line(stderr):
    """The last non-blank line of stderr (bytes, read as UTF-8), trailing whitespace removed; or None."""
    for line in reversed(stderr.decode("utf-8", "replace").split("\n")):
        if line.strip():
            return line.rstrip()
    return None


def expected_err(status, stderr):
    line = last_line(stderr)
    return ("" if line is None else line + "\n") + f"exit: {status}\n"


def expected_paths(rel):
    base = os.path.join(PROGRAMS, rel[:-3])
    return base + ".out", base + ".err"


def passes(rel, result):
    """Whether a run matches the case's expected outputs (which must exist)."""
    out_path, err_path = expected_paths(rel)
    with open(out_path, "rb") as f:
        out = f.read()
    with open(err_path, "rb") as f:
        err = f.read().decode("utf-8")
    return result.status is not None and result.stdout == out and result.err_text() == err


def read_known_failures():
    """{case: reason or ''} in file order, from known_failures.txt ('case  # reason' lines)."""
    entries = {}
    if not os.path.exists(KNOWN_FAILURES):
        return entries
    with open(KNOWN_FAILURES, encoding="utf-8") as f:
        for line in f:
            case, _, reason = line.partition("#")
            case = case.strip()
            if case:
                entries[case] = reason.strip()
    return entries


KNOWN_FAILURES_HEADER = """\
# Cases of tests/programs/ that Adder does not pass yet: one path (relative to tests/programs/) a line,
# optionally followed by `# reason`. ProgramTests requires each listed case to FAIL and each other case
# to pass, so this list stays honest: after improving the interpreter, run scripts/update_known_failures
# (it rewrites this file from a run of the corpus, keeping the reasons of entries that still fail).
"""


def write_known_failures(entries):
    """Writes known_failures.txt: the header, then the entries sorted by path."""
    lines = [KNOWN_FAILURES_HEADER]
    for case in sorted(entries):
        reason = entries[case]
        lines.append(f"{case}  # {reason}\n" if reason else f"{case}\n")
    with open(KNOWN_FAILURES, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(lines))


def build_adder():
    """Builds the CLI if needed (`ADDER_BUILD_ONLY=1 ./adder`); returns the path of the built executable."""
    launcher = os.path.join(REPO, "adder")
    p = subprocess.run([launcher], env=dict(os.environ, ADDER_BUILD_ONLY="1"), stdin=subprocess.DEVNULL,
                       capture_output=True)
    if p.returncode != 0:
        raise SystemExit(f"`ADDER_BUILD_ONLY=1 {launcher}` failed (exit {p.returncode}):\n"
                         + p.stdout.decode(errors="replace") + p.stderr.decode(errors="replace"))
    # The launcher prints the path of the executable it runs (the Native AOT build, or the JIT build).
    lines = [line.strip() for line in p.stdout.decode(errors="replace").splitlines() if line.strip()]
    path = lines[-1] if lines else ""
    if not path or not os.access(path, os.X_OK):
        raise SystemExit(f"`ADDER_BUILD_ONLY=1 {launcher}` printed no executable's path (got {path!r})")
    return path
