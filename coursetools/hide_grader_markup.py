"""Sphinx extension: show solution masters in the book without grader markup.

The masters in ``solutions/`` carry otter-grader's raw delimiter cells, its
test cells (hidden checks among them) and ``# SOLUTION`` markers. Before
MyST-NB parses a solution notebook, this drops the raw and test cells and
the marker comments, so the page shows the worked solution only.
"""

from __future__ import annotations

import json
import re

MARKER_LINE = re.compile(r"^\s*# (BEGIN|END) (SOLUTION|PROMPT)( NO PROMPT)?\s*$")
MARKER_SUFFIX = re.compile(r"\s*# SOLUTION( NO PROMPT)?\s*$")


def clean_master(nb: dict) -> dict:
    """A copy of an otter master notebook (as JSON) without grader markup."""
    cells, skipping = [], None
    for cell in nb["cells"]:
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if cell["cell_type"] == "raw":
            # Checks and the students' blank prompt cells are not part of a worked solution.
            words = source.split()
            if words[1:3] in (["BEGIN", "TESTS"], ["BEGIN", "PROMPT"]):
                skipping = words[2]
            elif words[1:3] in (["END", "TESTS"], ["END", "PROMPT"]):
                skipping = None
            continue  # every raw cell in a master is otter markup
        if skipping:
            continue
        if cell["cell_type"] == "code":
            lines = [
                MARKER_SUFFIX.sub("", line)
                for line in source.split("\n")
                if not MARKER_LINE.match(line)
            ]
            cell = {**cell, "source": "\n".join(lines)}
        cells.append(cell)
    return {**nb, "cells": cells}


def on_source_read(app, docname: str, source: list[str]) -> None:
    if not docname.startswith("solutions/"):
        return
    try:
        nb = json.loads(source[0])
    except (json.JSONDecodeError, IndexError):
        return
    source[0] = json.dumps(clean_master(nb))


def setup(app):
    app.connect("source-read", on_source_read)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
