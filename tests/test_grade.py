"""The coursework grader: crafted submissions, each with its expected outcome.

A small coursework master is built in code and released; then every
submission below is graded in one batch, as `make grade` would. Each case
states the score it must get, the status, and what the report must say or
flag. None may gain a point it should not, crash the batch, reach the hidden
checks, or alter its own file.
"""

import hashlib
import io
import json
import zipfile
from pathlib import Path

import nbformat
import pytest
import yaml

from coursetools import ROOT
from coursetools.grade import Limits, grade_all
from coursetools.release import release

pytestmark = pytest.mark.slow

CONFIG = """# ASSIGNMENT CONFIG
run_tests: false
init_cell: true
check_all_cell: false
export_cell:
  pdf: false
generate: true
tests:
  files: true
  ok_format: false"""

PUBLIC_Q1 = """def test_answer_type(answer):
    assert answer is not None, "`answer` is not defined: run the cell where you set it."
    assert answer is not ..., "`answer` is still `...`: replace it with your answer."
    assert isinstance(answer, int), f"`answer` should be an int, got {type(answer).__name__}."
test_answer_type(answer)"""

HIDDEN_Q1 = """# HIDDEN
def test_answer_value(answer):
    assert answer == 6 * 7, f"`answer` is {answer!r}, which is not the right value."
test_answer_value(answer)"""

PUBLIC_Q2 = """def test_double_shape(double_check):
    import numpy as np
    assert double_check is not None, "`double` did not run on the example input."
    got = np.asarray(double_check, dtype=float)
    assert got.shape == (3,), f"`double(x)` should keep the shape (3,) of x, got {got.shape}."
test_double_shape(double_check)"""

HIDDEN_Q2 = """# HIDDEN
def test_double_values(double_hidden):
    import numpy as np
    x = np.linspace(-1, 1, 7)
    got = np.asarray(double_hidden, dtype=float)
    assert got.shape == x.shape, f"shape {got.shape} instead of {x.shape}"
    assert np.isfinite(got).all(), "`double` returned NaN or inf"
    assert np.allclose(got, 2 * x), "`double` returns wrong values"
test_double_values(double_hidden)"""


def build_master(folder: Path) -> Path:
    cells = [
        ("raw", CONFIG),
        ("markdown", "# Coursework 9: Fixture\n\n## Setup"),
        ("code", "import numpy as np"),
        ("raw", "# BEGIN QUESTION\nname: q1\npoints: 2"),
        ("markdown", "## Question 1\n\nSet `answer` to six times seven."),
        ("raw", "# BEGIN SOLUTION"),
        ("code", "answer = 42  # SOLUTION"),
        ("raw", "# END SOLUTION"),
        ("raw", "# BEGIN TESTS"),
        ("code", PUBLIC_Q1),
        ("code", HIDDEN_Q1),
        ("raw", "# END TESTS"),
        ("raw", "# END QUESTION"),
        ("raw", "# BEGIN QUESTION\nname: q2\npoints: 2"),
        ("markdown", "## Question 2\n\nWrite `double(x)`, which returns twice its array."),
        ("raw", "# BEGIN SOLUTION"),
        ("code", "def double(x):\n    return 2 * x  # SOLUTION"),
        ("raw", "# END SOLUTION"),
        ("code", "double_check = double(np.arange(3.0))"),
        ("raw", "# BEGIN TESTS"),
        ("code", PUBLIC_Q2),
        ("code", HIDDEN_Q2),
        ("raw", "# END TESTS"),
        ("raw", "# END QUESTION"),
        ("raw", "# BEGIN QUESTION\nname: q3\npoints: 3\nmanual: true"),
        ("markdown", "## Question 3\n\nExplain your answer to question 1."),
        ("raw", "# BEGIN SOLUTION"),
        ("markdown", "Six sevens are forty-two."),
        ("raw", "# END SOLUTION"),
        ("raw", "# END QUESTION"),
    ]
    nb = nbformat.v4.new_notebook()
    make = {
        "raw": nbformat.v4.new_raw_cell,
        "code": nbformat.v4.new_code_cell,
        "markdown": nbformat.v4.new_markdown_cell,
    }
    nb.cells = [make[kind](source) for kind, source in cells]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    folder.mkdir(parents=True)
    master = folder / "cw9_fixture.ipynb"
    nbformat.write(nb, master)
    probes = {"double_hidden": "double(np.linspace(-1, 1, 7))"}
    master.with_suffix(".probes.yml").write_text(yaml.safe_dump(probes))
    return master


RIGHT = {"q1": "answer = 42", "q2": "def double(x):\n    return 2 * x"}


def answered(student, q1=RIGHT["q1"], q2=RIGHT["q2"], before=None, edit=None):
    """The released student notebook with answer cells filled in."""
    nb = nbformat.from_dict(json.loads(json.dumps(student)))
    answers = [c for c in nb.cells if "otter_answer_cell" in c.metadata.get("tags", [])]
    code = [c for c in answers if c.cell_type == "code"]
    code[0].source, code[1].source = q1, q2
    if before:
        setup = next(c for c in nb.cells if c.cell_type == "code" and "import numpy" in c.source)
        setup.source += "\n" + before
    if edit:
        edit(nb)
    return nbformat.writes(nb).encode()


def drop_checks(nb):
    nb.cells = [c for c in nb.cells if "grader.check(" not in c.source]


def fake_checks(nb):
    for c in nb.cells:
        if "grader.check(" in c.source:
            c.source = 'print("All tests passed!")'


def zipped(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("cw9_fixture.ipynb", data)
    return buffer.getvalue()


SEARCH = f"""import glob
places = glob.glob('/tmp/**/q*.py', recursive=True) + glob.glob('{ROOT}/**/q*.py', recursive=True)
found = [p for p in places if 'test_answer_value' in open(p, errors='ignore').read()]
print(found)"""

# name: (file name, content builder, score, status, reason contains, flag contains)
CASES = {
    "correct": ("correct.ipynb", lambda s: answered(s), 4, "graded", "", None),
    "blank": ("blank.ipynb", lambda s: nbformat.writes(s).encode(), 0, "graded", "", None),
    "syntax-error": (
        "syntax.ipynb",
        lambda s: answered(s, q1="answer = = 42"),
        2,
        "graded",
        "SyntaxError",
        None,
    ),
    "infinite-loop": (
        "loop.ipynb",
        lambda s: answered(s, q1="while True:\n    pass"),
        2,
        "graded",
        "time limit",
        "time limit",
    ),
    "os-exit": (
        "exit.ipynb",
        lambda s: answered(s, before="import os\nos._exit(1)"),
        0,
        "crashed",
        "kernel died",
        "exits",
    ),
    "huge-output": (
        "loud.ipynb",
        lambda s: answered(s, before="print('x' * 3_000_000)"),
        4,
        "graded",
        "output",
        "huge output",
    ),
    "nan": ("nan.ipynb", lambda s: answered(s, q1="answer = float('nan')"), 2, "graded", "", None),
    "wrong-type": ("str.ipynb", lambda s: answered(s, q1="answer = '42'"), 2, "graded", "", None),
    "wrong-shape": (
        "shape.ipynb",
        lambda s: answered(s, q2="def double(x):\n    return 2 * x[:1]"),
        2,
        "graded",
        "",
        None,
    ),
    "function-crashes": (
        "raise.ipynb",
        lambda s: answered(s, q2="def double(x):\n    raise ValueError('no')"),
        2,
        "graded",
        "",
        None,
    ),
    "edited-checks": (
        "edited.ipynb",
        lambda s: answered(s, q1="answer = 41", edit=fake_checks),
        3,
        "graded",
        "",
        "check cell edited",
    ),
    "deleted-checks": (
        "deleted.ipynb",
        lambda s: answered(s, q1="answer = 41", edit=drop_checks),
        3,
        "graded",
        "",
        "check cell edited or deleted",
    ),
    "changing-points": (
        "points.ipynb",
        lambda s: answered(
            s,
            q1="import otter\ngrader = otter.Notebook()\nanswer = 41",
            before="import json, pathlib\npathlib.Path('tests').mkdir(exist_ok=True)\n"
            "pathlib.Path('tests/q1.py').write_text('points = 100')",
        ),
        3,
        "graded",
        "",
        "otter",
    ),
    "redefine-asserts": (
        "asserts.ipynb",
        lambda s: answered(
            s,
            q1="import numpy as np\nnp.testing.assert_allclose = lambda *a, **k: None\n"
            "AssertionError = type('Nope', (Exception,), {})\nanswer = 41",
        ),
        3,
        "graded",
        "",
        "assertion helpers",
    ),
    "patch-grader": (
        "patch.ipynb",
        lambda s: answered(
            s,
            q1="import otter.test_files.abstract_test as t\n"
            "t.TestFile.score = property(lambda self: 100)\n"
            "t.TestFile.passed_all = property(lambda self: True)\nanswer = 41",
        ),
        3,
        "graded",
        "",
        "otter",
    ),
    "input-transformer": (
        "transform.ipynb",
        lambda s: answered(
            s,
            q1="ip = get_ipython()\nip.input_transformers_post.append(lambda lines: [l.replace('41', '42') for l in lines])\nanswer = 41",
        ),
        3,
        "graded",
        "",
        "IPython hooks",
    ),
    "search-disk": (
        "search.ipynb",
        lambda s: answered(s, q1=SEARCH + "\nanswer = 42 if found else 0"),
        3,
        "graded",
        "",
        "searches the file system",
    ),
    "write-outside": (
        "write.ipynb",
        lambda s: answered(
            s, before=f"open('{ROOT}/README.md', 'a').write('pwned')\nopen('/usr/pwned', 'w')"
        ),
        4,
        "graded",
        "",
        "outside its working copy",
    ),
    "fill-disk": (
        "disk.ipynb",
        lambda s: answered(
            s, before="with open('big.bin', 'wb') as f:\n    f.write(b'0' * (60 * 2**20))"
        ),
        4,
        "graded",
        "",
        "fill the disk",
    ),
    "memory-hog": (
        "memory.ipynb",
        lambda s: answered(s, before="hog = b'x' * (3 * 2**30)"),
        0,
        "stopped",
        "memory limit",
        None,
    ),
    "kill-runner": (
        "kill.ipynb",
        lambda s: answered(s, before="import os, signal\nos.kill(os.getppid(), signal.SIGKILL)"),
        0,
        "crashed",
        "",
        "exits",
    ),
    "fake-answers-file": (
        "fake.ipynb",
        lambda s: answered(
            s,
            q1="import json\njson.dump({'answer': {'kind': 'json', 'value': 42}}, open('answers.json', 'w'))\nanswer = 41",
        ),
        3,
        "graded",
        "",
        None,
    ),
    "exported-zip": ("export.zip", lambda s: zipped(answered(s)), 4, "graded", "", None),
    "zip-of-two": (
        "two.zip",
        lambda s: (lambda b: b)(_two_notebook_zip(answered(s))),
        0,
        "invalid",
        "expected exactly one",
        None,
    ),
    "empty-file": ("empty.ipynb", lambda s: b"", 0, "invalid", "empty", None),
    "corrupt-json": (
        "corrupt.ipynb",
        lambda s: answered(s)[:500],
        0,
        "invalid",
        "not a valid Jupyter notebook",
        None,
    ),
    "not-a-notebook": (
        "photo.png",
        lambda s: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        0,
        "invalid",
        "not a valid Jupyter notebook",
        None,
    ),
}


def _two_notebook_zip(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("a/cw9_fixture.ipynb", data)
        z.writestr("b/cw9_fixture.ipynb", data)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """Release the fixture coursework, write every crafted submission, grade them all."""
    tmp = tmp_path_factory.mktemp("grading")
    master = build_master(tmp / "masters")
    release(master, tmp / "release", tmp / "courseworks")
    student = nbformat.read(tmp / "courseworks" / master.name, as_version=4)
    subs = tmp / "submissions"
    subs.mkdir()
    for filename, build, *_rest in CASES.values():
        (subs / filename).write_bytes(build(student))
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in subs.iterdir()}
    readme = (ROOT / "README.md").read_bytes()
    limits = Limits(cell_timeout=30, timeout=120, memory_mib=1536, disk_mib=40, max_output=200_000)
    rows = grade_all(subs, tmp / "release", tmp / "out", limits, jobs=2, verbose=True)
    return {
        "rows": {r.submission: r for r in rows},
        "before": before,
        "subs": subs,
        "out": tmp / "out",
        "readme": readme,
        "release": tmp / "release",
    }


@pytest.mark.parametrize("case", list(CASES))
def test_crafted_submission(graded, case):
    """Each crafted submission gets exactly its expected score, status, reason and flags."""
    filename, _build, score, status, reason, flag = CASES[case]
    row = graded["rows"][filename]
    context = (
        f"{case}: status={row.status} reason={row.reason!r} flags={row.flags} score={row.score}"
    )
    assert row.score == score, context
    assert row.status == status, context
    assert reason in row.reason, context
    if flag is None:
        assert not any("check cell" in f for f in row.flags), context
    else:
        assert any(flag in f for f in row.flags), context
    if status != "invalid":
        assert row.possible == 4, context


def test_no_submission_is_modified_or_lost(graded):
    """Every file is graded once, byte-for-byte unchanged, its checksum in the CSV."""
    rows = list(csv_rows(graded["out"]))
    assert sorted(r["submission"] for r in rows) == sorted(graded["before"])
    for r in rows:
        assert r["sha256"] == graded["before"][r["submission"]]
        path = graded["subs"] / r["submission"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == r["sha256"]


def test_nothing_outside_the_working_copy_changed(graded):
    """The write-outside submission left the repository untouched."""
    assert (ROOT / "README.md").read_bytes() == graded["readme"]
    assert not Path("/usr/pwned").exists()


def test_hidden_checks_only_in_autograder_artefacts(graded):
    """Students get public checks only; hidden ones live in the autograder folder."""
    release_dir = graded["release"]
    student_text = "".join(
        p.read_text() for p in (release_dir / "student").rglob("*") if p.is_file()
    )
    assert "test_answer_value" not in student_text and "test_double_values" not in student_text
    ag_text = "".join(p.read_text() for p in (release_dir / "autograder").rglob("*.py"))
    assert "test_answer_value" in ag_text


def test_feedback_lists_scores_and_manual_questions(graded):
    """Feedback names each question's score and the question a person grades, hides hidden checks."""
    text = (graded["out"] / "feedback" / "str.ipynb.md").read_text()
    assert "| q1 | 0 | 2 |" in text and "| q2 | 2 | 2 |" in text
    assert "should be an int, got str" in text
    assert "q3 (3 points)" in text
    assert "test_answer_value" not in text and "not the right value" not in text


def csv_rows(out):
    import csv

    with open(out / "grades.csv") as f:
        yield from csv.DictReader(f)
