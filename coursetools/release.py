"""Release the courseworks: student notebooks, and the autograder artefacts.

Each ``courseworks/masters/cwN_*.ipynb`` is an otter-grader master like an
exercise's, with hidden checks and manually graded questions (``manual:
true``, the rubric in the master's solution cells). Optional probes, in
``cwN_*.probes.yml`` beside it, name expressions the grader evaluates in the
submission's kernel (for example a student's function called on fixed
inputs) so that the hidden checks receive plain data.

- ``courseworks/cwN_*.ipynb`` and ``courseworks/tests/cwN_*/``: the student
  notebook and its public checks, committed, opened from the book or Colab.
- ``release/student/``: the same, to hand out.
- ``release/autograder/cwN_*/``: every check (hidden ones included), the
  released student notebook (to spot edited check cells), ``grading.json``
  (manual questions, probes) and otter's own autograder zip. Hidden checks
  appear nowhere else.

    python -m coursetools.release            # write both
    python -m coursetools.release --check    # exit 1 if courseworks/ drifted
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import sys
import tempfile
from pathlib import Path

import nbformat
import yaml

from coursetools import COURSEWORKS, ROOT
from coursetools.exercises import assign, generate

MASTERS = COURSEWORKS / "masters"
RELEASE = ROOT / "release"


def masters() -> list[Path]:
    return sorted(MASTERS.glob("cw[0-9]_*.ipynb"))


def manual_questions(master: Path) -> list[dict]:
    """Name and points of every question a person grades."""
    found = []
    for cell in nbformat.read(master, as_version=4).cells:
        text = cell.source.strip()
        if cell.cell_type == "raw" and text.startswith("# BEGIN QUESTION"):
            config = yaml.safe_load(text.removeprefix("# BEGIN QUESTION")) or {}
            if config.get("manual"):
                found.append({"name": config["name"], "points": config.get("points", 0)})
    return found


def release(master: Path, dest: Path, courseworks: Path) -> None:
    """Write the student side to ``courseworks`` and ``dest/student``, the autograder to ``dest``."""
    generate(master, courseworks, home=COURSEWORKS)
    generate(master, dest / "student", home=COURSEWORKS)
    ag = dest / "autograder" / master.stem
    shutil.rmtree(ag, ignore_errors=True)
    ag.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        out = assign(master, Path(tmp) / "dist")
        shutil.copytree(out / "autograder" / "tests", ag / "tests")
        (zip_path,) = (out / "autograder").glob("*-autograder_*.zip")
        shutil.copy(zip_path, ag / f"{master.stem}-autograder.zip")
    shutil.copy(courseworks / master.name, ag / master.name)
    probes_file = master.with_suffix(".probes.yml")
    probes = yaml.safe_load(probes_file.read_text()) if probes_file.exists() else {}
    grading = {"manual": manual_questions(master), "probes": probes or {}}
    (ag / "grading.json").write_text(json.dumps(grading, indent=2))


def solution_submission(master: Path, student: Path, tmp: Path) -> nbformat.NotebookNode:
    """The worked solution as a student would submit it: the released notebook's own
    grader cells, the master's answers."""
    solution = nbformat.read(assign(master, tmp) / "autograder" / master.name, as_version=4)
    released = nbformat.read(student, as_version=4)
    init = next(c for c in released.cells if "otter-init" in c.metadata.get("tags", []))
    for cell in solution.cells:
        if cell.cell_type == "code" and "otter.Notebook(" in cell.source:
            cell.source = init.source
    solution.metadata["course"] = {"assignment": master.stem}
    return solution


def drift(master: Path) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        generate(master, fresh, home=COURSEWORKS)
        problems = []
        for path in sorted(p for p in fresh.rglob("*") if p.is_file()):
            rel = path.relative_to(fresh)
            committed = COURSEWORKS / rel
            if not committed.exists() or not filecmp.cmp(path, committed, shallow=False):
                problems.append(f"out of date: courseworks/{rel}")
        return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 on drift")
    parser.add_argument("--dest", type=Path, default=RELEASE)
    args = parser.parse_args(argv)
    chosen = masters()
    if args.check:
        problems = [p for m in chosen for p in drift(m)]
        for p in problems:
            print(f"  {p}")
        print(
            f"{len(problems)} coursework file(s) drifted"
            if problems
            else f"{len(chosen)} coursework(s) match their masters"
        )
        return 1 if problems else 0
    for i, master in enumerate(chosen, 1):
        print(f"[{i}/{len(chosen)}] releasing {master.stem}", flush=True)
        release(master, args.dest, COURSEWORKS)
    print(
        f"released {len(chosen)} coursework(s): students get {args.dest / 'student'}, "
        f"the grader uses {args.dest / 'autograder'} (hidden checks are only there)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
