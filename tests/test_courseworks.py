"""Courseworks: generated from their masters, and graded honestly by `make grade`."""

import shutil

import nbformat
import pytest
import yaml

from coursetools import COURSEWORKS, ROOT
from coursetools.exercises import assign
from coursetools.grade import Limits, grade_all
from coursetools.release import drift, masters, release, solution_submission
from coursetools.selftest import wrong_answer_problems

MASTERS = masters()
IDS = [m.stem for m in MASTERS]


@pytest.mark.parametrize("master", MASTERS, ids=IDS)
def test_student_coursework_matches_master(master):
    """courseworks/ is exactly what `make release` generates from the master."""
    assert drift(master) == []


@pytest.mark.slow
@pytest.mark.parametrize("master", MASTERS, ids=IDS)
def test_solution_full_marks_blank_zero(master, tmp_path):
    """Through the real grader: the worked solution scores full marks, the blank notebook zero."""
    release(master, tmp_path / "release", tmp_path / "courseworks")
    subs = tmp_path / "submissions"
    subs.mkdir()
    solution = solution_submission(master, COURSEWORKS / master.name, tmp_path / "dist")
    nbformat.write(solution, subs / "solution.ipynb")
    shutil.copy(COURSEWORKS / master.name, subs / "blank.ipynb")
    rows = {
        r.submission: r
        for r in grade_all(
            subs, tmp_path / "release", tmp_path / "out", Limits(), jobs=2, verbose=False
        )
    }
    sol, blank = rows["solution.ipynb"], rows["blank.ipynb"]
    assert sol.status == "graded" and sol.score == sol.possible > 0, (sol.reason, sol.questions)
    assert not sol.flags, sol.flags
    assert blank.score == 0, [(q["question"], q["score"]) for q in blank.questions]


@pytest.mark.slow
@pytest.mark.parametrize("master", MASTERS, ids=IDS)
def test_wrong_answers_rejected(master, tmp_path):
    """Each question's checks, public and hidden, reject its plausible wrong answers."""
    dist = assign(master, tmp_path / "dist")
    probes_file = master.with_suffix(".probes.yml")
    probes = yaml.safe_load(probes_file.read_text()) if probes_file.exists() else {}
    spec = ROOT / "tests" / "wrong_answers" / f"{master.stem}.yml"
    assert (
        wrong_answer_problems(
            master, dist / "autograder" / "tests", spec, probes, say=lambda *a: None
        )
        == []
    )


def test_manual_questions_carry_a_rubric():
    """Every manually graded question's solution cell states how to mark it."""
    for master in MASTERS:
        nb = nbformat.read(master, as_version=4)
        in_manual, solution_text = None, {}
        for cell in nb.cells:
            text = cell.source.strip()
            if cell.cell_type == "raw" and text.startswith("# BEGIN QUESTION"):
                config = yaml.safe_load(text.removeprefix("# BEGIN QUESTION"))
                in_manual = config["name"] if config.get("manual") else None
            elif in_manual and cell.cell_type == "markdown":
                solution_text[in_manual] = solution_text.get(in_manual, "") + cell.source
        for name, text in solution_text.items():
            assert "rubric" in text.lower(), f"{master.name} {name}: no rubric for the grader"
