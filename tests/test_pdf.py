"""`make pdf`: the whole book through XeLaTeX, with contents, numbered chapters, figures and maths."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import nbformat
import pytest

from coursetools import ROOT, alttext, nbcheck, site

pytestmark = [pytest.mark.xdist_group("pdf"), pytest.mark.slow]  # beside the site's build

TOOLS = ["xelatex", "latexmk", "pdftotext", "pdfimages", "pdffonts"]
LECTURES = sorted(f for f in nbcheck.toc_files() if f.startswith("lectures/"))


def toc_lectures() -> list[str]:
    """The lectures in the order _toc.yml lists them (the chapters' order)."""
    order = re.findall(r"file:\s*(lectures/\S+)", (ROOT / "_toc.yml").read_text())
    return [f for f in order if f in LECTURES]


def title(lecture: str) -> str:
    nb = nbformat.read((ROOT / lecture).with_suffix(".ipynb"), as_version=4)
    return next(text for level, text in nbcheck.headings(nb) if level == 1)


def normal(text: str) -> str:
    """Text as pdftotext and Markdown both give it: one space, no markup, one case, plain quotes."""
    text = re.sub(r"[*_`]", "", text).replace("\u2019", "'").replace("\u2013", "-")
    return " ".join(text.split()).casefold()


@pytest.fixture(scope="module")
def latex(tmp_path_factory):
    missing = [tool for tool in TOOLS if not shutil.which(tool)]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"{missing} missing: make setup installs Debian's TeX and poppler-utils")
        pytest.skip(f"{missing} not installed (make setup installs them where it can)")
    folder, proc = site.build_pdf(tmp_path_factory.mktemp("pdf"))
    return folder, proc


@pytest.fixture(scope="module")
def pages(latex):
    folder, proc = latex
    assert (folder / "book.pdf").exists(), (proc.stdout + proc.stderr)[-3000:]
    text = subprocess.run(
        ["pdftotext", "-layout", str(folder / "book.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return text.split("\f")


def test_latex_log_has_no_errors(latex):
    """The build succeeds, LaTeX reports no error ('! ' lines) and drops no character."""
    folder, proc = latex
    log = (folder / "book.log").read_text(errors="replace")
    errors = [line for line in log.splitlines() if line.startswith("! ")]
    assert not errors, errors[:10]
    missing = sorted(set(re.findall(r"Missing character: There is no (\S+)", log)))
    assert not missing, f"characters the fonts lack, left out of the PDF: {missing}"
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]


def test_a_chapter_opens_with_each_lecture_title(pages):
    """Every lecture in _toc.yml starts a page of its own, headed by its title."""
    openings = [normal(page)[:400] for page in pages]
    for lecture in toc_lectures():
        wanted = normal(title(lecture))
        assert any(o.startswith("chapter") and wanted in o for o in openings), (
            f"no chapter page titled {title(lecture)!r}"
        )


def test_contents_lists_the_lectures_as_numbered_chapters(pages):
    """The table of contents numbers the lectures 1, 2, 3, ... in _toc.yml's order."""
    first_chapter = next(i for i, page in enumerate(pages) if normal(page).startswith("chapter"))
    contents = normal("\n".join(pages[:first_chapter]))
    assert "contents" in contents
    numbers = []
    for lecture in toc_lectures():
        found = re.search(r"(?<!\d)(\d+) " + re.escape(normal(title(lecture))), contents)
        assert found, f"{title(lecture)!r} is not a numbered entry of the contents"
        numbers.append(int(found.group(1)))
    assert numbers == list(range(1, len(numbers) + 1))


def test_figures_and_maths_are_in_the_pdf(latex):
    """At least as many images as the lectures have figures; maths set in a math font."""
    folder, _ = latex
    pdf = str(folder / "book.pdf")
    images = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True, check=True)
    figures = sum(
        len(alttext.figure_cells(nbformat.read((ROOT / f).with_suffix(".ipynb"), as_version=4)))
        for f in LECTURES
    )
    assert len(images.stdout.splitlines()) - 2 >= figures > 0
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout
    assert "Math" in fonts, fonts
