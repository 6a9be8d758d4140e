"""The book builds with warnings as errors, and shows what a reader expects."""

import re

import pytest

from coursetools import ROOT, colab_url, site
from coursetools.hide_grader_markup import clean_master


@pytest.fixture(scope="module")
def html(tmp_path_factory):
    """The site, built once per test process (shared with tests/test_site.py)."""
    return site.built_html(tmp_path_factory.getbasetemp() / "site")


@pytest.mark.slow
def test_every_notebook_has_a_page(html):
    """Each lecture, exercise and solution is rendered to HTML."""
    from coursetools import nbcheck

    for nb in nbcheck.book_notebooks():
        page = html / nb.relative_to(ROOT).with_suffix(".html")
        assert page.exists(), f"no page for {nb.relative_to(ROOT)}"


@pytest.mark.slow
def test_solution_pages_show_no_grader_markup(html):
    """Solution pages carry neither otter markup nor any check cell."""
    for page in (html / "solutions").glob("*.html"):
        text = page.read_text()
        for marker in (
            "BEGIN QUESTION",
            "BEGIN SOLUTION",
            "# SOLUTION",
            "BEGIN TESTS",
            "HIDDEN",
            "ASSIGNMENT CONFIG",
            "def test_",
        ):
            assert marker not in text, f"{page.name} shows {marker!r}"


@pytest.mark.slow
def test_lecture_pages_link_to_colab(html):
    """A lecture page's Colab launch button and link open that very notebook."""
    for page in (html / "lectures").glob("*.html"):
        nb = ROOT / "lectures" / page.with_suffix(".ipynb").name
        assert colab_url(nb) in page.read_text(), page.name


@pytest.mark.slow
def test_runtime_table_page(html):
    """The runtime table is part of the book."""
    text = (html / "book" / "runtimes.html").read_text()
    assert re.search(r"lectures/01_introduction\.ipynb", text)


def test_clean_master_drops_markup_and_keeps_the_answer():
    """The book's filter removes raw markup, tests and markers but keeps solution code."""
    nb = {
        "cells": [
            {"cell_type": "raw", "source": "# BEGIN QUESTION\nname: q1"},
            {
                "cell_type": "code",
                "source": "# BEGIN SOLUTION\ny = 2\n# END SOLUTION\nx = 3  # SOLUTION",
            },
            {"cell_type": "raw", "source": "# BEGIN TESTS"},
            {
                "cell_type": "code",
                "source": "# HIDDEN\ndef test_x(x):\n    assert x == 3\ntest_x(x)",
            },
            {"cell_type": "raw", "source": "# END TESTS"},
            {"cell_type": "markdown", "source": "Well done."},
        ]
    }
    cells = clean_master(nb)["cells"]
    assert [c["cell_type"] for c in cells] == ["code", "markdown"]
    assert cells[0]["source"] == "y = 2\nx = 3"
