"""Shared fixtures: notebooks built in code."""

import nbformat
import pytest

from coursetools import colab_url, use_kernel_env

# nbval's kernels inherit this process's environment (see coursetools.KERNEL_ENV).
use_kernel_env()


def make_notebook(path, cells, kernel=True):
    """A notebook at ``path`` from (cell_type, source[, extra]) tuples."""
    nb = nbformat.v4.new_notebook()
    builders = {
        "markdown": nbformat.v4.new_markdown_cell,
        "code": nbformat.v4.new_code_cell,
        "raw": nbformat.v4.new_raw_cell,
    }
    for kind, source, *extra in cells:
        if "{COLAB}" in source:
            source = source.replace("{COLAB}", colab_url(path))
        cell = builders[kind](source)
        for key, value in (extra[0] if extra else {}).items():
            cell[key] = value
        nb.cells.append(cell)
    if kernel:
        nb.metadata["kernelspec"] = {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        }
    return nb


@pytest.fixture
def notebook_factory():
    return make_notebook
