"""Sphinx extension: every page of the site loads in a browser without a console error.

jupyter-book loads sphinx-thebe, which puts its inline configuration script
(``const THEBE_JS_URL = ...``) on every page twice; the second copy throws
"Identifier 'THEBE_JS_URL' has already been declared" in the reader's console.
Before a page is written, this keeps the first of any identical scripts.
tests/test_site.py opens every page in Chromium and fails on console errors.
"""

from __future__ import annotations


def script_key(script) -> tuple:
    """What makes two script tags the same: the file (or none, for an inline body) and the attributes.

    Sphinx records the same inline script once with filename None and once with ''.
    """
    attributes = getattr(script, "attributes", {}) or {}
    return (getattr(script, "filename", str(script)) or "", tuple(sorted(attributes.items())))


def drop_duplicate_scripts(app, pagename, templatename, context, doctree) -> None:
    seen, unique = set(), []
    for script in context.get("script_files", []):
        if (key := script_key(script)) not in seen:
            seen.add(key)
            unique.append(script)
    context["script_files"] = unique


def setup(app):
    app.connect("html-page-context", drop_duplicate_scripts)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
