"""Grade a folder of coursework submissions, in parallel, safely.

    python -m coursetools.grade SUBMISSIONS [--release release] [--out grades]

Each submission (an ``.ipynb``, or the ``.zip`` that the notebook's export
cell makes) is graded in four steps, and nothing it does can stop the batch:

1. **Copy**: the file is read once (its SHA-256 recorded) and its notebook
   copied into a throwaway working copy; the original is never modified.
2. **Run, untrusted**: its code cells run in a fresh kernel inside a
   bubblewrap sandbox that sees only the working copy and read-only system
   folders (not this repository, not the hidden tests), with no network, a
   per-cell and a per-submission time limit, a memory limit, a disk limit
   and an output cap. After the last cell, the answers the checks need are
   written out as plain data (JSON and NumPy arrays).
3. **Check, trusted**: this process loads that data (never a pickle) and
   runs the public and hidden checks from the release artefacts on it, so
   no code of the submission runs where the checks and points live.
4. **Report**: a row in ``grades.csv`` (score, status, reason, flags for
   review, checksum) and a feedback file per submission that lists each
   question's score and message, and the questions a person must grade.

Tampering (edited or deleted check cells, patching the grader, assertion
helpers or IPython, process exits, disk searches, writes outside the working
copy) cannot change a score; it is flagged for review in the report.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import numpy as np
import psutil

from coursetools import ROOT

RELEASE = ROOT / "release"
RUNNER = Path(__file__).with_name("sandbox_runner.py")
MAX_FILE = 50 * 2**20  # a submission larger than this is not a notebook we grade
MAX_ANSWERS = 50 * 2**20


@dataclass
class Limits:
    cell_timeout: int = 60
    timeout: int = 300
    memory_mib: int = 4096
    disk_mib: int = 200
    max_output: int = 2_000_000


@dataclass
class Assignment:
    """What the grader knows of one coursework, from its release artefacts."""

    name: str
    folder: Path

    @property
    def tests(self) -> list[Path]:
        return sorted((self.folder / "tests").glob("*.py"))

    @property
    def meta(self) -> dict:
        return json.loads((self.folder / "grading.json").read_text())

    @property
    def student(self) -> nbformat.NotebookNode:
        return nbformat.read(self.folder / f"{self.name}.ipynb", as_version=4)

    def names(self) -> list[str]:
        """Every variable a check reads: the parameters of the test functions."""
        found = set()
        for path in self.tests:
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.FunctionDef):
                    found |= {a.arg for a in node.args.args if a.arg != "env"}
        return sorted(found | set(self.meta.get("probes", {})))


@dataclass
class Row:
    submission: str
    sha256: str = ""
    assignment: str = ""
    score: float = 0.0
    possible: float = 0.0
    manual_points: float = 0.0
    status: str = "graded"
    reason: str = ""
    flags: list[str] = field(default_factory=list)
    seconds: float = 0.0
    questions: list[dict] = field(default_factory=list)
    manual: list[dict] = field(default_factory=list)

    def csv(self) -> dict:
        return {
            "submission": self.submission,
            "assignment": self.assignment,
            "score": f"{self.score:g}",
            "possible": f"{self.possible:g}",
            "manual_points_pending": f"{self.manual_points:g}",
            "status": self.status,
            "reason": self.reason,
            "review": "yes" if self.flags else "",
            "flags": "; ".join(self.flags),
            "seconds": f"{self.seconds:.1f}",
            "sha256": self.sha256,
        }


class Unreadable:
    """Stands in for an answer the sandbox could not turn into data."""

    def __init__(self, message: str):
        self.message = message

    def __repr__(self) -> str:
        return f"<unreadable answer: {self.message}>"


# --------------------------------------------------------------------------- reading


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(2**20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_notebook(path: Path) -> nbformat.NotebookNode:
    """The submitted notebook; ValueError with a reason when it is not one."""
    if path.stat().st_size > MAX_FILE:
        raise ValueError(
            f"file is {path.stat().st_size / 2**20:.0f} MiB; a notebook is far smaller"
        )
    data = path.read_bytes()
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            members = [
                i
                for i in z.infolist()
                if i.filename.endswith(".ipynb")
                and "/." not in "/" + i.filename
                and "__MACOSX" not in i.filename
            ]
            if len(members) != 1:
                raise ValueError(f"zip holds {len(members)} notebooks; expected exactly one")
            if members[0].file_size > MAX_FILE:
                raise ValueError("the notebook inside the zip is too large")
            data = z.read(members[0])
    if not data.strip():
        raise ValueError("the file is empty")
    try:
        text = data.decode("utf-8")
        nb = nbformat.reads(text, as_version=4)
        nbformat.validate(nb)
    except Exception as err:
        raise ValueError(
            f"not a valid Jupyter notebook ({type(err).__name__}: {str(err)[:200]})"
        ) from None
    return nb


def identify(nb, path: Path, assignments: dict[str, Assignment]) -> Assignment:
    name = nb.metadata.get("course", {}).get("assignment")
    if name in assignments:
        return assignments[name]
    matches = [a for n, a in assignments.items() if n in path.name]
    if len(matches) == 1:
        return matches[0]
    if len(assignments) == 1:
        return next(iter(assignments.values()))
    raise ValueError("cannot tell which coursework this is (metadata and file name both unknown)")


# --------------------------------------------------------------------------- tampering

GRADER_CALL = re.compile(
    r"^\s*(grader\s*=\s*otter\.Notebook\(|grader\.(check|check_all|export)\()", re.MULTILINE
)
SUSPICIOUS = {
    r"\bos\._exit\b|\bsys\.exit\b|\bos\.kill\b|\bsignal\.": "exits or signals its own process",
    r"\botter\b": "touches the grader (otter) from its own code",
    r"__builtins__|\bbuiltins\b": "patches Python builtins",
    r"\bnp\.testing\.\w+\s*=|numpy\.testing\.\w+\s*=|\bAssertionError\s*=": "redefines assertion helpers",
    r"input_transformers|register_transformer|ast_transformers|events\.register": "installs IPython hooks",
    r"get_ipython\(\)\.(run_line_magic|run_cell_magic|system)": "runs shell or magics through IPython",
    r"\bsys\.modules\b|\bimportlib\b|\bsetattr\(|\bctypes\b|\bgc\.get_objects": "reaches into modules or memory",
    r"os\.walk|glob\(|\brglob\(|os\.listdir|os\.scandir|\bfind /": "searches the file system",
    r"""open\(\s*['"](/|\.\.)|Path\(\s*['"](/|\.\.)""": "opens files outside its working copy",
    r"\bsubprocess\b|os\.system|os\.popen|^\s*!": "runs shell commands",
    r"\bsocket\b|urllib|requests\.|http\.client": "uses the network",
}


def tamper_flags(nb, assignment: Assignment) -> list[str]:
    """Reasons for a person to look at this submission (they never change its score)."""
    flags = []
    locked = locked_sources(assignment)
    submitted = [c.source for c in nb.cells if c.cell_type == "code"]
    for source in locked:
        if source not in submitted:
            flags.append(f"check cell edited or deleted: {source.strip().splitlines()[-1][:60]}")
    answer_code = "\n".join(s for s in submitted if s not in locked)
    for pattern, meaning in SUSPICIOUS.items():
        if re.search(pattern, answer_code, flags=re.MULTILINE):
            flags.append(meaning)
    return flags


def locked_sources(assignment: Assignment) -> set[str]:
    """The grader's own cells as released (init, checks, export)."""
    cells = assignment.student.cells
    return {c.source for c in cells if c.cell_type == "code" and GRADER_CALL.search(c.source)}


def code_to_run(nb, assignment: Assignment) -> nbformat.NotebookNode:
    """The student's code cells, less the grader's own cells (which need the checks)."""
    locked = locked_sources(assignment)
    run = nbformat.v4.new_notebook()
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.source not in locked:
            run.cells.append(nbformat.v4.new_code_cell(cell.source))
    run.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    return run


# --------------------------------------------------------------------------- running


def sandbox_command(work: Path) -> tuple[list[str], bool]:
    """The command that runs the runner in ``work``; (command, isolated)."""
    python = Path(sys.executable)
    runner = [str(python), "sandbox_runner.py"]
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        return runner, False
    real_python = python.resolve()
    # /tmp first: the binds below may live under /tmp (a clone there) and must stay visible.
    binds = ["--tmpfs", "/tmp", "--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc"]
    for folder in ("/bin", "/sbin", "/lib", "/lib64", "/lib32"):
        if Path(folder).exists():
            binds += ["--ro-bind", folder, folder]
    for folder in {Path(sys.prefix), Path(sys.base_prefix), real_python.parent.parent}:
        binds += ["--ro-bind", str(folder), str(folder)]
    keras = Path(os.environ.get("KERAS_HOME", Path.home() / ".keras")) / "datasets"
    if keras.exists():  # Keras wants a writable home: /tmp/keras, with the data read-only inside
        binds += ["--ro-bind", str(keras), "/tmp/keras/datasets"]
    tfds = Path(os.environ.get("TFDS_DATA_DIR", Path.home() / "tensorflow_datasets"))
    if tfds.exists():
        binds += ["--ro-bind", str(tfds), "/data/tensorflow_datasets"]
    command = [
        bwrap,
        *binds,
        "--bind",
        str(work),
        "/submission",
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--remount-ro",
        "/",
        "--unshare-all",
        "--die-with-parent",
        "--new-session",
        "--chdir",
        "/submission",
        "--clearenv",
        "--setenv",
        "HOME",
        "/submission",
        "--setenv",
        "PATH",
        f"{python.parent}:/usr/bin:/bin",
        "--setenv",
        "KERAS_HOME",
        "/tmp/keras",
        "--setenv",
        "TFDS_DATA_DIR",
        "/data/tensorflow_datasets",
        "--setenv",
        "TF_CPP_MIN_LOG_LEVEL",
        "3",
        "--setenv",
        "MPLBACKEND",
        "Agg",
        "--setenv",
        "JUPYTER_RUNTIME_DIR",
        "/tmp/jupyter",
        "--setenv",
        "PYTHONHASHSEED",
        "0",
        "--setenv",
        "OMP_NUM_THREADS",
        "1",
        *runner,
    ]
    return command, True


def folder_size(folder: Path) -> int:
    total = 0
    for path in folder.rglob("*"):
        try:
            if path.is_file() and not path.is_symlink():
                total += path.stat().st_size
        except OSError:
            pass
    return total


def limit_files(max_bytes: int):
    def apply():
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


def run_sandboxed(work: Path, limits: Limits) -> tuple[str, list[str]]:
    """Run the runner; return ('' or the reason it was stopped, notes)."""
    command, isolated = sandbox_command(work)
    notes = (
        []
        if isolated
        else ["ran WITHOUT a sandbox (bubblewrap missing): hidden tests were reachable"]
    )
    env = {
        "PATH": os.environ.get("PATH", ""),
        "TF_CPP_MIN_LOG_LEVEL": "3",
        "HOME": str(work),
        "MPLBACKEND": "Agg",
        "JUPYTER_RUNTIME_DIR": str(work / ".runtime"),
    }
    log = open(work / "runner.log", "wb")
    proc = subprocess.Popen(
        command,
        cwd=work,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
        preexec_fn=limit_files(limits.disk_mib * 2**20),
        env=None if isolated else env,
    )
    ps, start, stopped, last_disk = psutil.Process(proc.pid), time.monotonic(), "", 0.0
    while proc.poll() is None:
        elapsed = time.monotonic() - start
        rss = 0
        for p in [ps, *ps.children(recursive=True)]:
            try:
                rss += p.memory_info().rss
            except psutil.Error:
                pass
        if elapsed > limits.timeout:
            stopped = f"stopped after the {limits.timeout} s time limit for a submission"
        elif rss > limits.memory_mib * 2**20:
            stopped = f"stopped at the {limits.memory_mib} MiB memory limit"
        elif elapsed - last_disk > 1:
            last_disk = elapsed
            # Each file is capped at the limit by RLIMIT_FSIZE; many files are caught here.
            if folder_size(work) > 2 * limits.disk_mib * 2**20:
                stopped = f"stopped at the {limits.disk_mib} MiB disk limit"
        if stopped:
            kill_tree(ps)
            break
        time.sleep(0.2)
    proc.wait()
    log.close()
    return stopped, notes


def kill_tree(proc: psutil.Process) -> None:
    try:
        children = proc.children(recursive=True)
    except psutil.Error:
        children = []
    for p in [proc, *children]:
        try:
            p.send_signal(signal.SIGKILL)
        except psutil.Error:
            pass


# --------------------------------------------------------------------------- checking


def load_json(path: Path, limit: int) -> dict:
    if not path.is_file() or path.stat().st_size > limit:
        return {}
    try:
        value = json.loads(path.read_text())
    except (ValueError, RecursionError, UnicodeDecodeError):
        return {}
    return value if isinstance(value, dict) else {}


def load_answers(work: Path) -> dict:
    """The submission's answers as plain Python and NumPy data (never unpickled)."""
    import pandas as pd

    answers = load_json(work / "answers.json", MAX_ANSWERS)
    arrays = {}
    npz = work / "answers.npz"
    if npz.is_file() and npz.stat().st_size <= MAX_ANSWERS:
        try:
            with np.load(npz, allow_pickle=False) as data:
                arrays = {k: data[k] for k in data.files}
        except Exception:
            arrays = {}
    env = {}
    for name, entry in answers.items():
        if not isinstance(entry, dict):
            continue
        kind = entry.get("kind")
        try:
            if kind == "json":
                env[name] = entry.get("value")
            elif kind == "array" and name in arrays:
                env[name] = arrays[name]
            elif kind == "frame":
                v = entry["value"]
                env[name] = pd.DataFrame(v["data"], index=v["index"], columns=v["columns"])
            elif kind == "series":
                v = entry["value"]
                env[name] = pd.Series(v["data"], index=v["index"], name=entry.get("name"))
            elif kind in ("error", "unsupported"):
                env[name] = Unreadable(str(entry.get("message", ""))[:300])
        except Exception as err:
            env[name] = Unreadable(f"could not rebuild {kind}: {err}")
    return env


def run_checks(assignment: Assignment, env: dict) -> list[dict]:
    """Run every public and hidden check of ``assignment`` on the answers, here, trusted."""
    from otter.nbmeta_config import NBMetadataConfig
    from otter.test_files import create_test_file

    results = []
    for path in assignment.tests:
        test = create_test_file(str(path), NBMetadataConfig())
        try:
            test.run(dict(env))
            score, possible = float(test.score), float(test.possible)
            public = test.summary(public_only=True)
            hidden_failed = sum(
                1 for r in test.test_case_results if r.test_case.hidden and not r.passed
            )
        except Exception as err:  # a check that crashes on odd data scores zero, loudly
            score, possible = 0.0, float(test.possible)
            public, hidden_failed = f"checks could not run on this answer: {err}", 0
        results.append(
            {
                "question": test.name,
                "score": score,
                "possible": possible,
                "feedback": public,
                "hidden_failed": hidden_failed,
                "detail": test.summary(),
            }
        )
    return results


# --------------------------------------------------------------------------- one and all


def grade_one(path: Path, assignments: dict[str, Assignment], out: Path, limits: Limits) -> Row:
    start = time.monotonic()
    row = Row(submission=path.name)
    try:
        row.sha256 = sha256(path)
        _grade_into(row, path, assignments, out, limits)
    except Exception as err:  # the batch goes on; the row says what happened
        row.status, row.reason = "grader error", f"{type(err).__name__}: {err}"[:300]
    row.seconds = time.monotonic() - start
    if row.sha256 and sha256(path) != row.sha256:
        row.flags.append("the submitted file changed while it was graded")
    write_feedback(row, out)
    return row


def _grade_into(row: Row, path: Path, assignments, out: Path, limits: Limits) -> None:
    try:
        nb = read_notebook(path)
        assignment = identify(nb, path, assignments)
    except ValueError as err:
        row.status, row.reason = "invalid", str(err)
        return
    row.assignment = assignment.name
    meta = assignment.meta
    row.manual = meta.get("manual", [])
    row.manual_points = sum(q["points"] for q in row.manual)
    row.flags += tamper_flags(nb, assignment)
    with tempfile.TemporaryDirectory(prefix="grade-") as tmp:
        work = Path(tmp)
        nbformat.write(code_to_run(nb, assignment), work / "submission.ipynb")
        shutil.copy(RUNNER, work / "sandbox_runner.py")
        run = {
            "names": assignment.names(),
            "probes": meta.get("probes", {}),
            "cell_timeout": limits.cell_timeout,
            "max_output": limits.max_output,
        }
        (work / "run.json").write_text(json.dumps(run))
        stopped, notes = run_sandboxed(work, limits)
        row.flags += notes
        status = load_json(work / "status.json", 2**20)
        env = load_answers(work) if not stopped else {}
        shutil.copy(work / "runner.log", out / "logs" / f"{path.name}.log") if (
            work / "runner.log"
        ).exists() else None
    describe_run(row, stopped, status)
    results = run_checks(assignment, env)
    row.questions = results
    row.score = sum(r["score"] for r in results)
    row.possible = sum(r["possible"] for r in results)


def describe_run(row: Row, stopped: str, status: dict) -> None:
    problems = []
    if stopped:
        row.status, problems = "stopped", [stopped]
    elif not status:
        row.status, problems = "crashed", ["the run ended without a report (the runner was killed)"]
    elif status.get("dead_kernel_at") is not None:
        row.status = "crashed"
        problems.append(
            f"the kernel died in code cell {status['dead_kernel_at']} (os._exit, a crash or memory)"
        )
    if status.get("timeouts"):
        problems.append(f"cells hit the per-cell time limit: {sorted(set(status['timeouts']))}")
        row.flags.append("a cell ran past the time limit")
    if status.get("truncated"):
        problems.append("output was cut off at the output limit")
        row.flags.append("huge output")
    errors = status.get("errors", [])
    if errors:
        problems.append(
            f"{len(errors)} cell(s) raised errors, first: {errors[0]['ename']}: {errors[0]['evalue'][:120]}"
        )
        if any(
            "Read-only file system" in e["evalue"] or "Permission denied" in e["evalue"]
            for e in errors
        ):
            row.flags.append("tried to write outside its working copy")
        if any("File too large" in e["evalue"] for e in errors):
            row.flags.append("tried to fill the disk")
    row.reason = "; ".join(problems)


def write_feedback(row: Row, out: Path) -> None:
    lines = [
        f"# Feedback: {row.submission}",
        "",
        f"- Coursework: {row.assignment or 'unknown'}",
        f"- Automatic score: {row.score:g} / {row.possible:g}",
        f"- Status: {row.status}" + (f" ({row.reason})" if row.reason else ""),
        f"- File checksum (SHA-256): `{row.sha256}`",
        "",
    ]
    if row.questions:
        lines += ["| Question | Score | Out of |", "| --- | ---: | ---: |"]
        lines += [
            f"| {q['question']} | {q['score']:g} | {q['possible']:g} |" for q in row.questions
        ]
        lines.append("")
        for q in row.questions:
            lines += [f"## {q['question']}", "", "```text", q["feedback"].strip(), "```"]
            if q["hidden_failed"]:
                lines.append(f"{q['hidden_failed']} hidden check(s) failed.")
            lines.append("")
    if row.manual:
        lines += ["## Graded by a person", ""]
        lines += [f"- {q['name']} ({q['points']:g} points)" for q in row.manual]
        lines.append("")
    if row.flags:
        lines += ["## Flagged for review", ""] + [f"- {f}" for f in row.flags] + [""]
    (out / "feedback" / f"{row.submission}.md").write_text("\n".join(lines))


def load_assignments(release: Path) -> dict[str, Assignment]:
    folder = release / "autograder"
    if not folder.is_dir():
        raise SystemExit(f"no release artefacts in {folder}: run `make release` first")
    return {
        p.name: Assignment(p.name, p)
        for p in sorted(folder.iterdir())
        if (p / "grading.json").exists()
    }


def grade_all(
    submissions: Path, release: Path, out: Path, limits: Limits, jobs: int = 2, verbose: bool = True
) -> list[Row]:
    assignments = load_assignments(release)
    files = sorted(p for p in submissions.rglob("*") if p.is_file() and not p.name.startswith("."))
    for sub in ("feedback", "logs"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    done = []

    def work(path: Path) -> Row:
        row = grade_one(path, assignments, out, limits)
        done.append(row)
        if verbose:
            flag = f"  [review: {'; '.join(row.flags)}]" if row.flags else ""
            print(
                f"[{len(done)}/{len(files)}] {path.name}: {row.score:g}/{row.possible:g} "
                f"{row.status}{' - ' + row.reason if row.reason else ''}{flag}",
                flush=True,
            )
        return row

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        rows = list(pool.map(work, files))
    with open(out / "grades.csv", "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(Row("").csv()))
        writer.writeheader()
        writer.writerows(r.csv() for r in rows)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("submissions", type=Path)
    parser.add_argument("--release", type=Path, default=RELEASE)
    parser.add_argument("--out", type=Path, default=ROOT / "grades")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--cell-timeout", type=int, default=Limits.cell_timeout)
    parser.add_argument("--timeout", type=int, default=Limits.timeout)
    parser.add_argument("--memory-mib", type=int, default=Limits.memory_mib)
    parser.add_argument("--disk-mib", type=int, default=Limits.disk_mib)
    args = parser.parse_args(argv)
    if not args.submissions.is_dir():
        print(f"{args.submissions} is not a folder of submissions")
        return 2
    limits = Limits(args.cell_timeout, args.timeout, args.memory_mib, args.disk_mib)
    start = time.monotonic()
    rows = grade_all(args.submissions, args.release, args.out, limits, args.jobs)
    review = sum(bool(r.flags) for r in rows)
    problems = sum(r.status != "graded" for r in rows)
    print(
        f"graded {len(rows)} submissions in {time.monotonic() - start:.0f} s: "
        f"{problems} with problems, {review} flagged for review; see {args.out / 'grades.csv'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
