"""Structural checks on every notebook of the book.

Each rule is a function that takes a notebook (and its path) and returns a
list of problems, so a test can show each rule failing on a bad notebook.

    python -m coursetools.nbcheck            # all notebooks; exit 1 on any problem
    python -m coursetools.nbcheck --check    # the same (the tool never writes)
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import nbformat
import yaml

from coursetools import COURSEWORKS, EXERCISES, LECTURES, ROOT, SOLUTIONS, colab_url, notebooks

HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*$")
FENCE = re.compile(r"^\s*(```|~~~|:::)")
COLAB_LINK = re.compile(r"https://colab\.research\.google\.com/github/[^\s)\"']+")


def kind(path: Path) -> str:
    """'lecture', 'solution' or 'exercise', from the folder a notebook lives in.

    Coursework masters are executed like solutions; their student versions
    are clean like exercises.
    """
    kinds = {
        LECTURES: "lecture",
        SOLUTIONS: "solution",
        EXERCISES: "exercise",
        COURSEWORKS: "exercise",
        COURSEWORKS / "masters": "solution",
    }
    return kinds[path.parent]


def headings(nb) -> list[tuple[int, str]]:
    """(level, text) of every Markdown heading, outside fenced blocks."""
    found = []
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        fenced = False
        for line in cell.source.splitlines():
            if FENCE.match(line):
                fenced = not fenced
            elif not fenced and (m := HEADING.match(line)):
                found.append((len(m.group(1)), m.group(2)))
    return found


def code_cells(nb) -> list:
    return [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]


def tags(cell) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def check_title(nb, path: Path) -> list[str]:
    levels = [lvl for lvl, _ in headings(nb)]
    if levels.count(1) != 1:
        return [f"needs exactly one H1 title, has {levels.count(1)}"]
    if levels[0] != 1:
        return ["the first heading must be the H1 title"]
    return []


def check_heading_order(nb, path: Path) -> list[str]:
    problems, previous = [], 1
    for level, text in headings(nb):
        if level > previous + 1:
            problems.append(f"heading '{text}' jumps from level {previous} to {level}")
        previous = level
    return problems


def check_sections(nb, path: Path) -> list[str]:
    names = {text.lower() for level, text in headings(nb) if level == 2}
    required = ["setup"] + (["summary", "further reading"] if kind(path) == "lecture" else [])
    return [f"missing a '## {r.capitalize()}' section" for r in required if r not in names]


def check_kernelspec(nb, path: Path) -> list[str]:
    spec = nb.metadata.get("kernelspec", {})
    if spec.get("name") != "python3" or spec.get("language") != "python":
        return [f"kernelspec should be python3/python, is {spec or 'missing'}"]
    return []


def check_colab_link(nb, path: Path) -> list[str]:
    links = [m for c in nb.cells if c.cell_type == "markdown" for m in COLAB_LINK.findall(c.source)]
    if not links:
        return ["no 'Open in Colab' link"]
    wrong = [link for link in links if link != colab_url(path)]
    return [f"Colab link points at {link}, not at this notebook" for link in wrong]


def check_executed(nb, path: Path) -> list[str]:
    """Lectures and solutions carry the outputs of one top-to-bottom run."""
    if kind(path) == "exercise":
        return []
    counts = [c.execution_count for c in code_cells(nb)]
    if counts != list(range(1, len(counts) + 1)):
        return ["execution counts are not 1..N: re-run it top to bottom (make execute NB=...)"]
    return []


def check_errors(nb, path: Path) -> list[str]:
    problems = []
    for i, cell in enumerate(code_cells(nb)):
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if errors and "raises-exception" not in tags(cell):
            problems.append(
                f"code cell {i + 1} has an error output ({errors[0].get('ename')}) but no raises-exception tag"
            )
    return problems


def check_warnings(nb, path: Path) -> list[str]:
    """No warning appears in any output: fix its cause."""
    problems = []
    for i, cell in enumerate(code_cells(nb)):
        for out in cell.get("outputs", []):
            if out.get("name") == "stderr" and "Warning" in out.get("text", ""):
                problems.append(f"code cell {i + 1} prints a warning: {out['text'].strip()[:120]}")
    return problems


def check_clean(nb, path: Path) -> list[str]:
    """Student notebooks are committed without outputs."""
    if kind(path) != "exercise":
        return []
    dirty = [c for c in code_cells(nb) if c.get("outputs") or c.execution_count is not None]
    return [f"{len(dirty)} code cell(s) carry outputs or execution counts"] if dirty else []


RULES = [
    check_title,
    check_heading_order,
    check_sections,
    check_kernelspec,
    check_colab_link,
    check_executed,
    check_errors,
    check_warnings,
    check_clean,
]


def check_notebook(path: Path) -> list[str]:
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as err:  # a broken file is a problem to report, not a crash
        return [f"not a readable notebook: {err}"]
    return [problem for rule in RULES for problem in rule(nb, path)]


def toc_files() -> set[str]:
    """Every file named in ``_toc.yml``, without suffix."""

    def walk(node):
        if isinstance(node, dict):
            if "file" in node:
                yield node["file"]
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for item in node:
                yield from walk(item)

    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    return set(walk(toc))


def check_toc() -> list[str]:
    listed = toc_files()
    on_disk = {p.relative_to(ROOT).with_suffix("").as_posix() for p in book_notebooks()}
    problems = [f"{f}.ipynb is not in _toc.yml" for f in sorted(on_disk - listed)]
    problems += [
        f"_toc.yml lists {f}, which does not exist"
        for f in sorted(listed)
        if not any((ROOT / f).with_suffix(s).exists() for s in (".ipynb", ".md"))
    ]
    return problems


def book_notebooks() -> list[Path]:
    """Every notebook the book shows (coursework masters are instructors' only)."""
    folders = (LECTURES, SOLUTIONS, EXERCISES, COURSEWORKS)
    return [p for p in notebooks(*folders) if p.parent in folders]


def all_notebooks() -> list[Path]:
    """Every notebook the structural rules apply to: the book's and the coursework masters."""
    return book_notebooks() + notebooks(COURSEWORKS / "masters")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="accepted for symmetry; nothing is written"
    )
    parser.parse_args(argv)
    total = 0
    for path in all_notebooks():
        for problem in check_notebook(path):
            print(f"{path.relative_to(ROOT)}: {problem}")
            total += 1
    for problem in check_toc():
        print(problem)
        total += 1
    print(f"{len(all_notebooks())} notebooks checked, {total} problem(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
