"""Small tools that build, check and measure the course book.

Each concern has its own module, runnable as ``python -m coursetools.<tool>``:

- ``data``: makes the canonical dataset loaders work offline.
- ``exercises``: generates student exercise notebooks from the solution masters.
- ``nbcheck``: structural checks on every notebook.
- ``execute``: re-executes a notebook in place on a fresh kernel.
- ``bench``: measures wall time and peak memory per notebook.
"""

import os
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
LECTURES = ROOT / "lectures"
SOLUTIONS = ROOT / "solutions"
EXERCISES = ROOT / "exercises"
COURSEWORKS = ROOT / "courseworks"


def book_config() -> dict:
    """The parsed ``_config.yml``: the single place for title, authors and repository URL."""
    return yaml.safe_load((ROOT / "_config.yml").read_text())


def repository() -> tuple[str, str]:
    """(``owner/name``, branch) of the course's GitHub repository, from ``_config.yml``."""
    repo = book_config()["repository"]
    slug = repo["url"].rstrip("/").removeprefix("https://github.com/")
    return slug, repo.get("branch", "main")


def colab_url(path: Path) -> str:
    """The Colab address that opens ``path`` (a notebook in this repository)."""
    slug, branch = repository()
    rel = path.resolve().relative_to(ROOT).as_posix()
    return f"https://colab.research.google.com/github/{slug}/blob/{branch}/{rel}"


def raw_url(path: Path) -> str:
    """The raw-file address of ``path`` on GitHub (used by Colab to fetch public checks)."""
    slug, branch = repository()
    rel = path.resolve().relative_to(ROOT).as_posix()
    return f"https://raw.githubusercontent.com/{slug}/{branch}/{rel}"


def notebooks(*folders: Path) -> list[Path]:
    """Every notebook under ``folders``, sorted, skipping Jupyter checkpoints."""
    found = []
    for folder in folders:
        found += [p for p in folder.glob("**/*.ipynb") if ".ipynb_checkpoints" not in p.parts]
    return sorted(found)


# Environment for every kernel that executes or tests a notebook: quiet TensorFlow start-up,
# stable hashing, and the IPython profile in coursetools/ipython (keeps C-level stderr out of
# cell outputs). The Makefile exports the same; this covers ``python -m coursetools.*`` and pytest.
KERNEL_ENV = {
    "TF_CPP_MIN_LOG_LEVEL": "3",
    "PYTHONHASHSEED": "0",
    "IPYTHONDIR": str(ROOT / "coursetools" / "ipython"),
}


def use_kernel_env() -> None:
    """Set :data:`KERNEL_ENV` in this process (inherited by kernels it starts), keeping explicit settings."""
    for key, value in KERNEL_ENV.items():
        os.environ.setdefault(key, value)
