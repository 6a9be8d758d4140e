"""Re-execute notebooks in place, top to bottom, on a fresh kernel.

The committed outputs of every lecture and solution are those of such a run.
Cells tagged ``raises-exception`` may fail; any other error stops the run and
names the cell, and the notebook on disk is left as it was.

    python -m coursetools.execute lectures/01_introduction.ipynb [more.ipynb ...]
    python -m coursetools.execute --check lectures/01_introduction.ipynb   # run, write nothing
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from coursetools import KERNEL_ENV, use_kernel_env

__all__ = ["KERNEL_ENV", "run"]
CELL_TIMEOUT = 900


def run(path: Path, timeout: int = CELL_TIMEOUT) -> nbformat.NotebookNode:
    """Execute ``path`` in its own folder on a fresh kernel and return the executed notebook."""
    nb = nbformat.read(path, as_version=4)
    use_kernel_env()
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,  # no timestamps: a re-run changes only what really changed
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    return nb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--check", action="store_true", help="execute but write nothing")
    args = parser.parse_args(argv)
    failed = 0
    for i, path in enumerate(args.notebooks, 1):
        start = time.perf_counter()
        print(f"[{i}/{len(args.notebooks)}] {path} ...", flush=True)
        try:
            nb = run(path)
        except CellExecutionError as err:
            failed += 1
            print(f"  FAILED, notebook left unchanged:\n{err}", flush=True)
            continue
        if not args.check:
            nbformat.write(nb, path)
        print(f"  ok in {time.perf_counter() - start:.0f} s", flush=True)
    print(f"executed {len(args.notebooks) - failed} of {len(args.notebooks)} notebooks", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
