"""Alt text for the figures of the lectures.

MyST-NB gives a code cell's image outputs the alt text stored in the cell's
metadata, ``{"mystnb": {"image": {"alt": "..."}}}``; without it, the book's
``<img>`` has only the file name as its alt, which is all a screen reader
reads out. Alt text is one sentence saying what the figure shows. This tool
lists the figure cells that lack it and writes it; it changes nothing but
that metadata (no re-execution, sources and outputs untouched).

    python -m coursetools.alttext --check                  # every lecture; exit 1 if a figure lacks alt text
    python -m coursetools.alttext --check lectures/09_svm.ipynb
    python -m coursetools.alttext --set lectures/09_svm.ipynb CELL_ID "What the figure shows."
    python -m coursetools.alttext --apply alt.yml          # {notebook: {cell id: alt text}}

``--check`` prints each missing one with its cell id and the plot's title, so
the id can go straight into ``--set`` or a YAML file for ``--apply``.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import nbformat
import yaml

from coursetools import LECTURES, ROOT, notebooks

IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/svg+xml")
# Where a plot's title is set, most telling first.
TITLES = [
    re.compile(r"""suptitle\(\s*r?f?["']([^"']+)["']"""),
    re.compile(r"""set_title\(\s*r?f?["']([^"']+)["']"""),
    re.compile(r"""\.set\([^)]*?\btitle=r?f?["']([^"']+)["']"""),
]


def figure_cells(nb) -> list:
    """Code cells with at least one image output."""
    return [
        cell
        for cell in nb.cells
        if cell.cell_type == "code"
        and any(
            kind in out.get("data", {}) for out in cell.get("outputs", []) for kind in IMAGE_TYPES
        )
    ]


def alt_text(cell) -> str:
    """The cell's alt text for its images, or '' when it has none."""
    image = cell.get("metadata", {}).get("mystnb", {}).get("image", {})
    return str(image.get("alt", "")).strip() if isinstance(image, dict) else ""


def plot_title(cell) -> str:
    """The first title the cell's code sets, as a hint for whoever writes the alt text."""
    for pattern in TITLES:
        if match := pattern.search(cell.source):
            return match.group(1)
    return ""


def missing(path: Path) -> list[tuple[str, str]]:
    """(cell id, plot title) of every figure cell in ``path`` without alt text."""
    nb = nbformat.read(path, as_version=4)
    return [
        (cell.get("id", "?"), plot_title(cell)) for cell in figure_cells(nb) if not alt_text(cell)
    ]


def set_alt(path: Path, texts: dict[str, str]) -> None:
    """Write alt text into figure cells of ``path``, by cell id; only metadata changes."""
    nb = nbformat.read(path, as_version=4)
    cells = {cell.get("id"): cell for cell in figure_cells(nb)}
    unknown = sorted(set(texts) - set(cells))
    if unknown:
        raise KeyError(f"{path}: no figure cell with id {', '.join(unknown)}")
    for cell_id, text in texts.items():
        text = " ".join(str(text).split())
        if not text:
            raise ValueError(f"{path}: empty alt text for cell {cell_id}")
        mystnb = cells[cell_id].metadata.setdefault("mystnb", {})
        mystnb.setdefault("image", {})["alt"] = text
    nbformat.write(nb, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--check", action="store_true", help="list figures without alt text")
    action.add_argument(
        "--set", nargs=3, metavar=("NOTEBOOK", "CELL_ID", "TEXT"), help="set one alt text"
    )
    action.add_argument("--apply", type=Path, metavar="YAML", help="{notebook: {cell id: text}}")
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every lecture")
    args = parser.parse_args(argv)

    if args.set:
        path, cell_id, text = args.set
        set_alt(Path(path), {cell_id: text})
        return 0
    if args.apply:
        for path, texts in yaml.safe_load(args.apply.read_text()).items():
            if odd := [key for key in texts if not isinstance(key, str)]:
                parser.error(f"{path}: quote cell ids in the YAML file (read {odd} as numbers)")
            set_alt(ROOT / path, texts)
        return 0

    paths = args.notebooks or notebooks(LECTURES)
    total = 0
    for path in paths:
        for cell_id, title in missing(path):
            rel = path.resolve().relative_to(ROOT)
            print(
                f"{rel}: figure cell {cell_id} has no alt text" + (f" ({title!r})" if title else "")
            )
            total += 1
    print(f"{len(paths)} notebook(s) checked, {total} figure(s) without alt text")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
