"""Runs INSIDE the grading sandbox: execute a submission, then write its answers.

The grader copies this file into a submission's throwaway working copy with
``run.json`` (limits, the answer names and probe expressions to extract) and
``submission.ipynb`` (the student's code cells), then starts it under
bubblewrap. It imports nothing from the course: the sandbox sees only the
working copy, the Python installation and read-only system folders.

It writes ``status.json`` (per-cell errors, time-outs, whether the kernel
died) and, after the last cell, ``answers.json`` plus ``answers.npz`` built
by the extraction code in the student's kernel. Those two files are plain
data (JSON, and NumPy arrays loaded with ``allow_pickle=False``): nothing the
submission defines ever runs in the trusted grader.
"""

import json
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

# Runs in the student's kernel after the last cell. It may find that kernel
# tampered with; the worst it can do then is report wrong answers, which the
# student controls anyway.
EXTRACT = r"""
def __grader_extract(names, probes):
    import json as _json
    g = globals()
    answers, arrays = {}, {}
    for _name, _expr in probes.items():
        try:
            g[_name] = eval(_expr, g)
        except BaseException as _err:
            answers[_name] = {"kind": "error", "message": f"{type(_err).__name__}: {_err}"[:500]}
    for _name in names:
        if _name in answers:
            continue
        if _name not in g:
            answers[_name] = {"kind": "missing"}
            continue
        _value = g[_name]
        try:
            _type = type(_value).__module__ + "." + type(_value).__qualname__
            if _type.startswith("pandas.") and type(_value).__qualname__ in ("DataFrame", "Series"):
                _type = "pandas." + type(_value).__qualname__  # pandas 3 and 2.x name them differently
            if _type == "numpy.ndarray" and _value.dtype.kind in "biuf":
                arrays[_name] = _value
                answers[_name] = {"kind": "array"}
            elif _type.startswith("numpy.") and getattr(_value, "shape", None) == ():
                answers[_name] = {"kind": "json", "value": _value.item()}
            elif _type == "pandas.DataFrame":
                answers[_name] = {"kind": "frame", "value": _json.loads(_value.to_json(orient="split"))}
            elif _type == "pandas.Series":
                answers[_name] = {"kind": "series", "value": _json.loads(_value.to_json(orient="split")), "name": str(_value.name)}
            else:
                _text = _json.dumps(_value, allow_nan=True)
                answers[_name] = {"kind": "json", "value": _json.loads(_text)}
        except BaseException as _err:
            answers[_name] = {"kind": "unsupported", "message": f"{type(_value).__name__} ({type(_err).__name__}: {_err})"[:500]}
    import numpy as _np
    _np.savez("answers.npz", **arrays)
    with open("answers.json", "w") as _f:
        _json.dump(answers, _f, allow_nan=True)
"""


class CappedClient(NotebookClient):
    """Keeps at most ``max_output`` characters of output; drops the rest."""

    max_output = 1_000_000
    seen = 0
    truncated = False

    def output(self, outs, msg, display_id, cell_index):
        self.seen += len(json.dumps(msg.get("content", {}), default=str))
        if self.seen > self.max_output:
            self.truncated = True
            return None
        return super().output(outs, msg, display_id, cell_index)


def main() -> int:
    config = json.load(open("run.json"))
    nb = nbformat.read("submission.ipynb", as_version=4)
    call = f"__grader_extract({config['names']!r}, {config['probes']!r})"
    nb.cells.append(nbformat.v4.new_code_cell(EXTRACT + "\n" + call))
    client = CappedClient(
        nb,
        timeout=config["cell_timeout"],
        allow_errors=True,
        interrupt_on_timeout=True,
        kernel_name="python3",
        resources={"metadata": {"path": "."}},
    )
    client.max_output = config["max_output"]
    status = {"errors": [], "timeouts": [], "dead_kernel_at": None, "truncated": False}
    index = -1
    try:
        with client.setup_kernel():
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                if index == len(nb.cells) - 1:  # only the extraction may write the answers
                    for stale in ("answers.json", "answers.npz"):
                        if os.path.lexists(stale):
                            os.remove(stale)
                start = time.monotonic()
                try:
                    client.execute_cell(cell, index)
                except CellTimeoutError:
                    status["timeouts"].append(index)
                if time.monotonic() - start >= config["cell_timeout"]:
                    status["timeouts"].append(index)
                for out in cell.get("outputs", []):
                    if out.get("output_type") == "error":
                        status["errors"].append(
                            {
                                "cell": index,
                                "ename": out.get("ename", "")[:200],
                                "evalue": out.get("evalue", "")[:500],
                            }
                        )
                cell.outputs = []  # keep memory flat
    except DeadKernelError:
        status["dead_kernel_at"] = index
    except Exception as err:  # the runner reports, it never hides a failure
        status["runner_error"] = f"{type(err).__name__}: {err}"[:500]
        status["dead_kernel_at"] = index
    status["truncated"] = client.truncated
    status["last_cell"] = len(nb.cells) - 1
    with open("status.json", "w") as f:
        json.dump(status, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
