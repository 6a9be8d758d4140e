"""Generate the student exercise notebooks from their solution masters.

Each ``solutions/exNN_*.ipynb`` is an otter-grader master (assignment config,
questions, solution regions, public and hidden checks). ``otter assign``
turns it into:

- ``exercises/exNN_*.ipynb``: the student notebook, solutions replaced by
  ``...``, no outputs, its first code cell able to run the checks in Colab;
- ``exercises/tests/exNN_*/qK.py``: the public checks the student runs.

Hidden checks stay out of ``exercises/``; ``--autograder DIR`` also writes
each exercise's otter autograder zip (public and hidden checks) to DIR.

    python -m coursetools.exercises                     # regenerate all
    python -m coursetools.exercises solutions/ex01_introduction.ipynb
    python -m coursetools.exercises --check             # exit 1 if exercises/ drifted
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat

from coursetools import EXERCISES, ROOT, SOLUTIONS, colab_url, raw_url

OTTER_VERSION = "7.0.0"

INIT_CELL = """\
# Set-up for the automatic checks: run this cell first.
# In Colab it installs the checker and fetches this exercise's public checks.
import sys

if "google.colab" in sys.modules:
    import pathlib, subprocess, urllib.request

    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "otter-grader=={version}"], check=True)
    pathlib.Path("{tests_dir}").mkdir(parents=True, exist_ok=True)
    for name in {questions!r}:
        urllib.request.urlretrieve(f"{raw}/{{name}}.py", f"{tests_dir}/{{name}}.py")

import otter

grader = otter.Notebook("{notebook}", tests_dir="{tests_dir}")"""


def masters() -> list[Path]:
    """Every exercise master (courseworks live elsewhere)."""
    return sorted(SOLUTIONS.glob("ex[0-9][0-9]_*.ipynb"))


def assign(master: Path, out: Path) -> Path:
    """Run ``otter assign`` on ``master`` into ``out``; return ``out``."""
    cmd = [sys.executable, "-m", "otter", "assign", "--no-run-tests", str(master), str(out)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=master.parent)
    if proc.returncode != 0:
        raise RuntimeError(f"otter assign failed on {master}:\n{proc.stdout}\n{proc.stderr}")
    return out


def student_notebook(
    master: Path, student_dir: Path, tests: list[str], dest: Path = EXERCISES
) -> nbformat.NotebookNode:
    """otter's student notebook, made Colab-ready and pointing at its home in ``dest``."""
    nb = nbformat.read(student_dir / master.name, as_version=4)
    tests_dir = f"tests/{master.stem}"
    init = INIT_CELL.format(
        version=OTTER_VERSION,
        tests_dir=tests_dir,
        questions=tests,
        raw=raw_url(dest / tests_dir),
        notebook=master.name,
    )
    init_cells = [c for c in nb.cells if c.cell_type == "code" and "otter.Notebook(" in c.source]
    if len(init_cells) != 1:
        raise RuntimeError(f"{master}: expected one otter init cell, found {len(init_cells)}")
    init_cells[0].source = init
    init_cells[0].metadata = {"tags": ["otter-init"], "editable": False, "deletable": False}
    student = dest / master.name
    if master.resolve().is_relative_to(ROOT):  # test fixtures live elsewhere and have no link
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                cell.source = cell.source.replace(colab_url(master), colab_url(student))
    # The init cell goes right under the title, so the page opens with its heading.
    nb.cells.remove(init_cells[0])
    title = next(i for i, c in enumerate(nb.cells) if c.cell_type == "markdown")
    nb.cells.insert(title + 1, init_cells[0])
    for i, cell in enumerate(nb.cells):
        cell.metadata.pop("execution", None)  # run timestamps from the executed master
        cell.id = f"cell-{i:03d}"  # stable ids, so regeneration is byte-for-byte repeatable
    nb.metadata.pop("otter", None)
    nb.metadata["course"] = {"assignment": master.stem}  # lets the grader recognise submissions
    return nb


def generate(
    master: Path, exercises: Path, autograder: Path | None = None, home: Path = EXERCISES
) -> None:
    """Write the student notebook and public tests of ``master`` under ``exercises``.

    ``home`` is the folder the notebook lives in on GitHub (its Colab and
    raw-file addresses); ``exercises`` is where to write (differs in checks).
    """
    with tempfile.TemporaryDirectory() as tmp:
        out = assign(master, Path(tmp) / "dist")
        tests = sorted(p.stem for p in (out / "student" / "tests").glob("*.py"))
        nb = student_notebook(master, out / "student", tests, home)
        exercises.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, exercises / master.name)
        tests_dir = exercises / "tests" / master.stem
        shutil.rmtree(tests_dir, ignore_errors=True)
        shutil.copytree(out / "student" / "tests", tests_dir)
        if autograder is not None:
            autograder.mkdir(parents=True, exist_ok=True)
            (zip_path,) = (out / "autograder").glob("*-autograder_*.zip")
            shutil.copy(zip_path, autograder / f"{master.stem}-autograder.zip")


def drift(master: Path) -> list[str]:
    """Files of ``master``'s exercise that differ from a fresh generation."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        generate(master, fresh)
        problems = []
        for path in sorted(fresh.rglob("*")):
            if path.is_dir():
                continue
            rel = path.relative_to(fresh)
            committed = EXERCISES / rel
            if not committed.exists():
                problems.append(f"missing: exercises/{rel}")
            elif not filecmp.cmp(path, committed, shallow=False):
                problems.append(f"out of date: exercises/{rel}")
        tests_dir = EXERCISES / "tests" / master.stem
        for path in sorted(tests_dir.glob("*")):
            if not (fresh / "tests" / master.stem / path.name).exists():
                problems.append(f"stale: {path.relative_to(ROOT)}")
        return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("masters", nargs="*", type=Path, help="default: every solutions/ex*.ipynb")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 on drift")
    parser.add_argument("--autograder", type=Path, help="also write autograder zips here")
    args = parser.parse_args(argv)
    chosen = [p.resolve() for p in args.masters] or masters()
    if args.check:
        problems = [p for m in chosen for p in drift(m)]
        for p in problems:
            print(f"  {p}")
        if problems:
            print(f"{len(problems)} exercise file(s) drifted. Run: make exercises")
            return 1
        print(f"{len(chosen)} exercise(s) match their solution masters")
        return 0
    for i, master in enumerate(chosen, 1):
        print(
            f"[{i}/{len(chosen)}] {master.relative_to(ROOT)} -> exercises/{master.name}", flush=True
        )
        generate(master, EXERCISES, args.autograder)
    print(f"generated {len(chosen)} exercise(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
