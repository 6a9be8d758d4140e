"""Each structural rule accepts a good notebook and rejects the fault it names."""

import pytest

from coursetools import EXERCISES, LECTURES, nbcheck

LECTURE = LECTURES / "99_fixture.ipynb"
EXERCISE = EXERCISES / "ex99_fixture.ipynb"

GOOD = [
    ("markdown", "# Lecture 99: Fixture\n\n[Open in Colab]({COLAB})"),
    ("markdown", "## Setup"),
    ("code", "x = 1", {"execution_count": 1}),
    ("markdown", "## Summary\n\n### Detail"),
    ("code", "x", {"execution_count": 2}),
    ("markdown", "## Further reading"),
]


def faults(nb, path=LECTURE):
    return [p for rule in nbcheck.RULES for p in rule(nb, path)]


def test_good_lecture_passes(notebook_factory):
    """A notebook following every rule has no problems."""
    assert faults(notebook_factory(LECTURE, GOOD)) == []


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda c: c + [("markdown", "# Second title")], "exactly one H1"),
        (lambda c: [c[0], ("markdown", "#### Too deep")] + c[1:], "jumps from level 1 to 4"),
        (lambda c: [x for x in c if x[1] != "## Setup"], "'## Setup'"),
        (lambda c: [x for x in c if x[1] != "## Further reading"], "'## Further reading'"),
        (lambda c: [("markdown", "# Lecture 99: Fixture")] + c[1:], "no 'Open in Colab' link"),
        (
            lambda c: (
                [
                    (
                        "markdown",
                        "# T\n[Colab](https://colab.research.google.com/github/x/y/blob/main/other.ipynb)",
                    )
                ]
                + c[1:]
            ),
            "not at this notebook",
        ),
        (lambda c: c[:2] + [("code", "x = 1", {"execution_count": 3})] + c[3:], "not 1..N"),
        (
            lambda c: (
                c[:2]
                + [
                    (
                        "code",
                        "1/0",
                        {
                            "execution_count": 1,
                            "outputs": [
                                {
                                    "output_type": "error",
                                    "ename": "ZeroDivisionError",
                                    "evalue": "",
                                    "traceback": [],
                                }
                            ],
                        },
                    )
                ]
                + c[3:]
            ),
            "no raises-exception tag",
        ),
        (
            lambda c: (
                c[:2]
                + [
                    (
                        "code",
                        "x = 1",
                        {
                            "execution_count": 1,
                            "outputs": [
                                {
                                    "output_type": "stream",
                                    "name": "stderr",
                                    "text": "FutureWarning: old",
                                }
                            ],
                        },
                    )
                ]
                + c[3:]
            ),
            "prints a warning",
        ),
    ],
    ids=[
        "two-h1",
        "heading-jump",
        "no-setup",
        "no-further-reading",
        "no-colab",
        "wrong-colab",
        "counts",
        "error-output",
        "warning",
    ],
)
def test_rule_rejects_fault(notebook_factory, change, expected):
    """Breaking one rule yields a problem that names the fault."""
    problems = faults(notebook_factory(LECTURE, change(list(GOOD))))
    assert any(expected in p for p in problems), problems


def test_raises_exception_tag_allows_error(notebook_factory):
    """An error output is fine in a cell tagged raises-exception."""
    cells = (
        GOOD[:2]
        + [
            (
                "code",
                "1/0",
                {
                    "execution_count": 1,
                    "metadata": {"tags": ["raises-exception"]},
                    "outputs": [
                        {
                            "output_type": "error",
                            "ename": "ZeroDivisionError",
                            "evalue": "",
                            "traceback": [],
                        }
                    ],
                },
            )
        ]
        + GOOD[3:]
    )
    assert faults(notebook_factory(LECTURE, cells)) == []


def test_missing_kernelspec_rejected(notebook_factory):
    """A notebook without a python3 kernelspec is reported."""
    assert any("kernelspec" in p for p in faults(notebook_factory(LECTURE, GOOD, kernel=False)))


def test_student_notebook_with_outputs_rejected(notebook_factory):
    """A student notebook carrying outputs is reported; a clean one is not."""
    clean = [
        ("markdown", "# Exercise 99\n\n[Open in Colab]({COLAB})\n\n## Setup"),
        ("code", "x = ..."),
    ]
    assert faults(notebook_factory(EXERCISE, clean), EXERCISE) == []
    dirty = clean[:1] + [("code", "x = 1", {"execution_count": 1})]
    assert any("carry outputs" in p for p in faults(notebook_factory(EXERCISE, dirty), EXERCISE))


def test_unreadable_notebook_reported(tmp_path):
    """A file that is not a notebook yields a problem, not a crash."""
    bad = tmp_path / "bad.ipynb"
    bad.write_text("{not json")
    assert any("not a readable notebook" in p for p in nbcheck.check_notebook(bad))
