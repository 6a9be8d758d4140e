"""Every notebook of the book follows the structural rules (coursetools.nbcheck)."""

import pytest

from coursetools import ROOT, nbcheck


@pytest.mark.parametrize(
    "path", nbcheck.all_notebooks(), ids=lambda p: p.relative_to(ROOT).as_posix()
)
def test_notebook_structure(path):
    """One H1, Setup, kernelspec, Colab link to itself, one clean run, no stray errors."""
    assert nbcheck.check_notebook(path) == []


def test_toc_lists_every_notebook():
    """_toc.yml and the notebooks on disk agree, both ways."""
    assert nbcheck.check_toc() == []


def test_every_lecture_has_an_exercise_and_solution():
    """Lecture NN comes with solutions/exNN_*.ipynb and exercises/exNN_*.ipynb."""
    from coursetools import EXERCISES, LECTURES, SOLUTIONS

    for lecture in sorted(LECTURES.glob("[0-9][0-9]_*.ipynb")):
        name = f"ex{lecture.name}"
        assert (SOLUTIONS / name).exists(), f"missing solutions/{name}"
        assert (EXERCISES / name).exists(), f"missing exercises/{name}"
