"""The built book, for the tests and for a look: build it, serve it on localhost, open it in Chromium.

The tests that need a built site share one build per test process through
``built_html`` (tests/test_site.py; tests/test_book.py can call it too). The
PDF is built by ``build_pdf`` (``make pdf``, tests/test_pdf.py).

    python -m coursetools.site              # serve _build/html (make book) on 127.0.0.1:8000
    python -m coursetools.site --port 8001
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from coursetools import ROOT

JUPYTER_BOOK = Path(sys.executable).parent / "jupyter-book"
BUILD_TIMEOUT = 1800

# Debian's chromium, driven by Playwright (never Playwright's own browser download).
# Playwright gives every launch a fresh, empty --user-data-dir of its own.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


class BuildError(RuntimeError):
    """The book did not build; the message ends with the builder's output."""


@functools.cache
def built_html(out: Path) -> Path:
    """Build the site into ``out`` (warnings are errors) once per process; its HTML folder."""
    proc = subprocess.run(
        [str(JUPYTER_BOOK), "build", str(ROOT), "-W", "--keep-going", "--path-output", str(out)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    if proc.returncode != 0:
        raise BuildError((proc.stdout + proc.stderr)[-4000:])
    return out / "_build" / "html"


def build_pdf(out: Path) -> tuple[Path, subprocess.CompletedProcess]:
    """Build the whole book as one PDF through XeLaTeX into ``out`` (what ``make pdf`` does).

    Returns the LaTeX folder, which holds ``book.pdf`` and LaTeX's ``book.log``,
    and the finished build, failed or not: the log says why.
    """
    proc = subprocess.run(
        [str(JUPYTER_BOOK), "build", str(ROOT), "--builder", "pdflatex", "--keep-going"]
        + ["--path-output", str(out)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    return out / "_build" / "latex", proc


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@contextlib.contextmanager
def serve(directory: Path, port: int = 0) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 (a free port unless given) in a thread; yields its URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--dir", type=Path, default=ROOT / "_build" / "html")
    args = parser.parse_args(argv)
    if not (args.dir / "intro.html").exists():
        print(f"no built site in {args.dir}: run `make book` first")
        return 1
    with serve(args.dir, args.port) as url:
        print(f"serving {args.dir} on {url}intro.html (Ctrl+C stops)")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
