"""Exercises: generated from their masters, graded honestly."""

import nbformat
import pytest
import yaml

from coursetools import ROOT, SOLUTIONS
from coursetools.exercises import drift, masters
from coursetools.selftest import selftest

MASTERS = masters()
IDS = [m.stem for m in MASTERS]


@pytest.mark.parametrize("master", MASTERS, ids=IDS)
def test_student_notebook_matches_master(master):
    """exercises/ is exactly what `make exercises` generates from solutions/."""
    assert drift(master) == []


@pytest.mark.slow
@pytest.mark.parametrize("master", MASTERS, ids=IDS)
def test_exercise_grades_honestly(master):
    """Solution scores full marks, blank scores zero, each wrong answer is rejected."""
    assert selftest(master, verbose=False) == []


FIXTURE_CONFIG = """# ASSIGNMENT CONFIG
run_tests: false
init_cell: true
check_all_cell: false
export_cell: false
generate: true
tests:
  files: true
  ok_format: false"""


def fixture_master(notebook_factory, path, check_body):
    """A one-question master whose check is ``check_body`` (a function of ``x``)."""
    cells = [
        ("raw", FIXTURE_CONFIG),
        ("markdown", "# Exercise 98: Fixture\n\n## Setup"),
        ("raw", "# BEGIN QUESTION\nname: q1\npoints: 1"),
        ("markdown", "## Task 1\n\nSet `x` to 3."),
        ("raw", "# BEGIN SOLUTION"),
        ("code", "x = 3  # SOLUTION"),
        ("raw", "# END SOLUTION"),
        ("raw", "# BEGIN TESTS"),
        ("code", f"def test_x(x):\n    {check_body}\ntest_x(x)"),
        ("raw", "# END TESTS"),
        ("raw", "# END QUESTION"),
    ]
    nbformat.write(notebook_factory(path, cells), path)
    return path


@pytest.mark.slow
def test_selftest_catches_a_check_that_cannot_fail(tmp_path, notebook_factory):
    """A check that accepts anything is reported: blank scores, wrong answer accepted."""
    master = fixture_master(notebook_factory, tmp_path / "ex98_fixture.ipynb", "assert True")
    spec = tmp_path / "wrong.yml"
    spec.write_text(yaml.safe_dump({"q1": [{"code": "x = 4", "expect": "should be 3"}]}))
    problems = selftest(master, spec, verbose=False)
    assert any("blank student notebook scores" in p for p in problems), problems
    assert any("wrong answer accepted" in p for p in problems), problems


@pytest.mark.slow
def test_selftest_passes_an_honest_check_and_wants_its_message(tmp_path, notebook_factory):
    """An honest check passes; a wrong answer whose message lacks `expect` is reported."""
    body = "assert x == 3, f'`x` should be 3, got {x!r}'"
    master = fixture_master(notebook_factory, tmp_path / "ex98_fixture.ipynb", body)
    good = tmp_path / "good.yml"
    good.write_text(yaml.safe_dump({"q1": [{"code": "x = 4", "expect": "should be 3"}]}))
    assert selftest(master, good, verbose=False) == []
    vague = tmp_path / "vague.yml"
    vague.write_text(yaml.safe_dump({"q1": [{"code": "x = 4", "expect": "must be an int"}]}))
    assert any("message lacks" in p for p in selftest(master, vague, verbose=False))


def test_every_master_has_wrong_answers():
    """Each exercise master has a wrong-answers file naming only its questions."""
    for master in MASTERS:
        spec = ROOT / "tests" / "wrong_answers" / f"{master.stem}.yml"
        assert spec.exists(), f"missing {spec.relative_to(ROOT)}"
        assert yaml.safe_load(spec.read_text()), f"{spec.name} is empty"


def test_masters_are_in_solutions():
    """Masters are found where the generator looks for them."""
    assert all(m.parent == SOLUTIONS for m in MASTERS)
