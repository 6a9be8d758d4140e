"""Prove that an exercise's checks grade honestly.

For each exercise master this runs three trials and reports every failure:

1. the worked solution, graded by otter's autograder, scores full marks;
2. the blank student notebook (every answer ``...``) scores zero;
3. each wrong answer in ``tests/wrong_answers/<exercise>.yml`` is rejected by
   its question's checks (public and hidden) with a message containing the
   expected text. The wrong code runs in the kernel of the executed solution,
   in place of the right answer, which is restored afterwards.

    python -m coursetools.selftest solutions/ex01_introduction.ipynb
    python -m coursetools.selftest            # every exercise
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import yaml
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from coursetools import ROOT, use_kernel_env
from coursetools.exercises import assign, masters, student_notebook

WRONG_ANSWERS = ROOT / "tests" / "wrong_answers"
GRADE_TIMEOUT = 600

RUN_CHECKS = """\
import json as _json
from otter.test_files import ExceptionTestFile as _TestFile
_t = _TestFile.from_file({path!r})
_t.run(globals())
print(_json.dumps({{"passed": _t.passed_all, "summary": _t.summary()}}))
"""


@dataclass
class Question:
    name: str
    solution_cells: list[str] = field(default_factory=list)
    other_cells: list[str] = field(default_factory=list)  # e.g. a cell that evaluates the answer


def questions(master: nbformat.NotebookNode) -> dict[str, Question]:
    """Each question of an otter master with the sources of its code cells (checks excluded)."""
    found: dict[str, Question] = {}
    current, block = None, None
    for cell in master.cells:
        text = cell.source.strip()
        if cell.cell_type == "raw":
            if text.startswith("# BEGIN QUESTION"):
                name = yaml.safe_load(text.removeprefix("# BEGIN QUESTION"))["name"]
                current = found.setdefault(name, Question(name))
            elif text.startswith(("# BEGIN SOLUTION", "# BEGIN TESTS")):
                block = text.split()[2]
            elif text.startswith(("# END SOLUTION", "# END TESTS")):
                block = None
            elif text.startswith("# END QUESTION"):
                current = None
        elif cell.cell_type == "code" and current is not None:
            if block == "SOLUTION":
                current.solution_cells.append(cell.source)
            elif block is None:
                current.other_cells.append(cell.source)
    return found


def otter_score(autograder_zip: Path, notebook: Path, out: Path) -> tuple[float, float, str]:
    """(score, possible, log) from ``otter run`` on one notebook."""
    out.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "otter", "run", "--no-logo", "-a", str(autograder_zip)]
    cmd += ["-o", str(out), str(notebook)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=GRADE_TIMEOUT)
    log = proc.stdout + proc.stderr
    results = out / "results.json"
    if not results.exists():
        return 0.0, float("nan"), log
    tests = [t for t in json.loads(results.read_text())["tests"] if "max_score" in t]
    return sum(t["score"] for t in tests), sum(t["max_score"] for t in tests), log


class Kernel:
    """The executed master's kernel, for running extra code and checks in it."""

    def __init__(self, master: Path):
        self.nb = nbformat.read(master, as_version=4)
        self.client = NotebookClient(
            self.nb,
            timeout=GRADE_TIMEOUT,
            kernel_name="python3",
            resources={"metadata": {"path": str(master.parent)}},
        )

    def __enter__(self):
        self._ctx = self.client.setup_kernel()
        self._ctx.__enter__()
        for index, cell in enumerate(self.nb.cells):
            self.client.execute_cell(cell, index)
        return self

    def __exit__(self, *exc):
        return self._ctx.__exit__(*exc)

    def run(self, source: str) -> str:
        """Execute ``source``; return its text output (an error's message included)."""
        cell = nbformat.v4.new_code_cell(source)
        self.nb.cells.append(cell)
        try:
            self.client.execute_cell(cell, len(self.nb.cells) - 1)
        except CellExecutionError as err:
            return f"ERROR: {err.ename}: {err.evalue}"
        return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")

    def check(self, test_file: Path) -> dict:
        text = self.run(RUN_CHECKS.format(path=str(test_file)))
        try:
            return json.loads(text.strip().splitlines()[-1])
        except (json.JSONDecodeError, IndexError):
            return {"passed": False, "summary": f"checks did not run: {text}"}


def selftest(master: Path, wrong_answers: Path | None = None, verbose: bool = True) -> list[str]:
    """Every way in which ``master``'s exercise fails to grade honestly (empty: all good)."""
    problems = []
    say = print if verbose else (lambda *a, **k: None)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        dist = assign(master, tmp / "dist")
        (ag_zip,) = (dist / "autograder").glob("*-autograder_*.zip")

        score, possible, log = otter_score(ag_zip, dist / "autograder" / master.name, tmp / "sol")
        say(f"  solution: {score:g} / {possible:g}")
        if not score == possible > 0:
            problems.append(
                f"solution scores {score:g}/{possible:g}, not full marks:\n{log[-3000:]}"
            )

        tests = sorted(p.stem for p in (dist / "student" / "tests").glob("*.py"))
        blank = student_notebook(master, dist / "student", tests)
        blank_path = dist / "student" / master.name
        nbformat.write(blank, blank_path)
        score, possible, log = otter_score(ag_zip, blank_path, tmp / "blank")
        say(f"  blank:    {score:g} / {possible:g}")
        if score != 0:
            problems.append(f"blank student notebook scores {score:g}/{possible:g}, not zero")

        problems += wrong_answer_problems(
            master,
            dist / "autograder" / "tests",
            wrong_answers or WRONG_ANSWERS / f"{master.stem}.yml",
            say=say,
        )
    return problems


def wrong_answer_problems(
    master: Path, tests_dir: Path, spec_path: Path, probes: dict | None = None, say=print
) -> list[str]:
    """Run each wrong answer of ``spec_path`` in the solved kernel; report any not rejected.

    ``probes`` (name: expression) are evaluated before each check, as the
    coursework grader does after a submission's last cell.
    """
    problems = []
    spec = yaml.safe_load(spec_path.read_text()) if spec_path.exists() else {}
    qs = {
        n: q
        for n, q in questions(nbformat.read(master, as_version=4)).items()
        if (tests_dir / f"{n}.py").exists()
    }  # questions a person grades have no checks
    problems += [f"{n}: no wrong answer in {spec_path.name}" for n in qs if not spec.get(n)]
    problems += [f"{spec_path.name} names {n}, which has no checks" for n in spec if n not in qs]
    with Kernel(master) as kernel:

        def check(name: str) -> dict:
            for probe, expression in (probes or {}).items():
                kernel.run(f"{probe} = {expression}")
            return kernel.check(tests_dir / f"{name}.py")

        for name, wrongs in spec.items():
            if name not in qs:
                continue
            if not check(name)["passed"]:
                problems.append(f"{name}: the solution itself fails its checks")
            for wrong in wrongs:
                ran = kernel.run(wrong["code"])
                for source in qs[name].other_cells:
                    kernel.run(source)
                result = check(name)
                first = wrong["code"].strip().splitlines()[0]
                if result["passed"]:
                    problems.append(f"{name}: wrong answer accepted: {first}")
                elif wrong["expect"] not in result["summary"]:
                    problems.append(
                        f"{name}: wrong answer `{first}` rejected, but the message lacks "
                        f"{wrong['expect']!r}:\n{result['summary']}\n{ran}"
                    )
                else:
                    say(f"  {name}: rejects `{first}`")
                for source in qs[name].solution_cells + qs[name].other_cells:  # restore
                    kernel.run(source)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("masters", nargs="*", type=Path, help="default: every exercise master")
    args = parser.parse_args(argv)

    use_kernel_env()
    chosen = [p.resolve() for p in args.masters] or masters()
    failed = 0
    for master in chosen:
        print(f"{master.relative_to(ROOT)}:", flush=True)
        problems = selftest(master)
        for p in problems:
            print(f"  PROBLEM: {p}")
        failed += bool(problems)
    print(f"{len(chosen) - failed} of {len(chosen)} exercise(s) grade honestly")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
