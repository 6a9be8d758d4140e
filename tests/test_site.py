"""The built site in a real browser: headless Debian Chromium, driven by Playwright.

One browser and one context visit every page of the site, served on
127.0.0.1, and record what a reader would meet: console errors, requests that
fail or leave the machine, images that do not load, maths that MathJax did not
typeset, launch links, headings, links and anchors. The tests below then each
check one of those records. Screenshots of a lecture at desktop and phone
width go to _build/screenshots/ for a person to look at.
"""

from __future__ import annotations

import os
import re
import struct
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nbformat
import pytest

from coursetools import ROOT, colab_url, nbcheck, site

pytestmark = [pytest.mark.xdist_group("book"), pytest.mark.slow]

SCREENSHOTS = ROOT / "_build" / "screenshots"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
WAIT_MS = 15_000  # the longest any one wait may take (page load, images, MathJax, search)
LECTURES = sorted(f for f in nbcheck.toc_files() if f.startswith("lectures/"))
NOTEBOOK_PAGES = sorted(f for f in nbcheck.toc_files() if (ROOT / f).with_suffix(".ipynb").exists())

# Run once per page after it loads: make every image load now and wait for it, wait
# for MathJax, then read what the checks need. All waits are bounded.
INSPECT = """
async (waitMs) => {
  const within = (p) => Promise.race([p, new Promise((r) => setTimeout(r, waitMs))]);
  const imgs = [...document.images];
  imgs.forEach((img) => { img.loading = "eager"; });
  await within(Promise.all(imgs.map((img) => img.complete ? null : new Promise((r) => {
    img.addEventListener("load", r, {once: true});
    img.addEventListener("error", r, {once: true});
  }))));
  if (window.MathJax && MathJax.startup && MathJax.startup.promise) {
    await within(MathJax.startup.promise);
  }
  const maths = [...document.querySelectorAll(".math")];
  const article = document.querySelector("article.bd-article") || document.body;
  const prose = article.cloneNode(true);
  prose.querySelectorAll("pre, code, .highlight, script, style").forEach((e) => e.remove());
  return {
    images: imgs.map((img) => ({
      src: img.getAttribute("src"), ok: img.complete && img.naturalWidth > 0,
    })),
    mathjax: Boolean(window.MathJax && MathJax.startup && MathJax.startup.document),
    maths: maths.length,
    untypeset: maths.filter((m) => !m.querySelector("mjx-container"))
      .map((m) => m.textContent.trim().slice(0, 80)),
    mathErrors: [...document.querySelectorAll("mjx-merror")]
      .map((e) => e.getAttribute("data-mjx-error") || e.textContent.slice(0, 80)),
    rawDollars: prose.textContent.includes("$$"),
    headings: [...article.querySelectorAll("h1, h2, h3, h4, h5, h6")]
      .map((h) => [Number(h.tagName[1]), h.textContent.trim().replace(/#$/, "").slice(0, 80)]),
    links: [...document.querySelectorAll("a[href]")].map((a) => a.href),
    ids: [...document.querySelectorAll("[id]")].map((e) => e.id)
      .concat([...document.querySelectorAll("a[name]")].map((a) => a.name)),
    colab: [...document.querySelectorAll(".dropdown-launch-buttons a")]
      .map((a) => a.href).filter((h) => h.startsWith("https://colab.research.google.com/")),
  };
}
"""


@dataclass
class Visit:
    """What one page showed: filled by the browser, read by the tests."""

    errors: list[str] = field(default_factory=list)  # console errors and uncaught exceptions
    failed: list[str] = field(default_factory=list)  # local requests that failed or got >= 400
    redirect: str = ""
    seen: dict = field(default_factory=dict)  # the result of INSPECT


@dataclass
class Run:
    base: str
    html: Path
    visits: dict[str, Visit]
    interactive: Visit  # errors while searching and taking the screenshots
    external: list[str]  # requests to anywhere but the local server, all blocked
    searches: dict[str, str]  # lecture -> problem ("" when the search box found it)
    shots: dict[str, Path]


@pytest.fixture(scope="module")
def html(tmp_path_factory):
    return site.built_html(tmp_path_factory.getbasetemp() / "site")


def site_pages(html: Path) -> list[str]:
    skip = {"_static", "_sources", "_images"}
    return sorted(
        p.relative_to(html).as_posix() for p in html.rglob("*.html") if not skip & set(p.parts)
    )


def search_term(lecture: str) -> str:
    """A word of the lecture's prose that no other lecture's prose uses (its most frequent one)."""

    def words(name: str) -> Counter:
        nb = nbformat.read((ROOT / name).with_suffix(".ipynb"), as_version=4)
        text = " ".join(c.source for c in nb.cells if c.cell_type == "markdown")
        text = re.sub(r"\$\$.*?\$\$|\$[^$]*\$|`[^`]*`|\(http[^)]*\)", " ", text, flags=re.S)
        return Counter(w.lower() for w in re.findall(r"\b[A-Za-z]{7,}\b", text))

    own = words(lecture)
    others = set().union(*(words(other) for other in LECTURES if other != lecture))
    candidates = [(n, w) for w, n in own.items() if w not in others]
    assert candidates, f"{lecture}: no word of its own to search for"
    return max(candidates)[1]


@pytest.fixture(scope="module")
def run(html):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(site.CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"no Chromium at {site.CHROMIUM}: make setup installs Debian's chromium")
        pytest.skip("Debian's chromium is not installed (make setup installs it where it can)")

    with site.serve(html) as base, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=site.CHROMIUM, args=site.CHROMIUM_ARGS, timeout=60_000
        )
        try:
            context = browser.new_context(viewport=DESKTOP)
            context.set_default_timeout(WAIT_MS)
            external: list[str] = []

            def local_only(route):
                if route.request.url.startswith(base):
                    route.continue_()
                else:
                    external.append(route.request.url)
                    route.abort()

            context.route("**/*", local_only)
            current = Visit()

            def on_console(msg):
                if msg.type == "error":
                    current.errors.append(f"console: {msg.text}")

            def watched(page):
                """A tab whose errors and failed requests go to the page being checked."""
                page.on("console", on_console)
                page.on("pageerror", lambda err: current.errors.append(f"exception: {err}"))
                page.on(
                    "requestfailed",  # not those cut short by going on to the next page
                    lambda req: (
                        req.url.startswith(base)
                        and req.failure != "net::ERR_ABORTED"
                        and current.failed.append(f"{req.url} ({req.failure})")
                    ),
                )
                page.on(
                    "response",
                    lambda res: (
                        res.status >= 400 and current.failed.append(f"{res.url} ({res.status})")
                    ),
                )
                return page

            page = watched(context.new_page())
            visits = {}
            for rel in site_pages(html):
                current = visits[rel] = Visit()
                refresh = re.search(
                    r'http-equiv="Refresh" content="0; url=([^"]+)"', (html / rel).read_text()
                )
                try:
                    page.goto(base + rel)
                    if refresh:  # jupyter-book's index.html sends the reader on to the first page
                        page.wait_for_url(base + refresh.group(1))
                        current.redirect = refresh.group(1)
                    else:
                        current.seen = page.evaluate(INSPECT, WAIT_MS)
                except sync_api.Error as err:  # a page that hangs or breaks fails its own checks
                    current.errors.append(f"could not inspect the page: {err}")

            current = interactive = Visit()
            searches = {}
            for lecture in LECTURES:
                searches[lecture] = search(page, base, lecture, search_term(lecture), sync_api)

            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            shots = {}
            for name, viewport in [("desktop", DESKTOP), ("phone", PHONE)]:
                tab = watched(context.new_page())  # a new tab: no remembered sidebar scrolling
                tab.set_viewport_size(viewport)
                tab.goto(base + LECTURES[0] + ".html")
                tab.evaluate(INSPECT, WAIT_MS)
                shots[name] = SCREENSHOTS / f"lecture-{name}.png"
                tab.screenshot(path=shots[name])
                tab.close()
        finally:
            browser.close()
    return Run(base, html, visits, interactive, external, searches, shots)


def search(page, base: str, lecture: str, term: str, sync_api) -> str:
    """Type ``term`` into the search box of the lecture's page; '' if the results list it."""
    page.goto(base + lecture + ".html")
    page.locator(".search-button__button:visible").first.click()
    box = page.locator("#pst-search-dialog input[name='q']")
    box.fill(term)
    box.press("Enter")
    try:
        page.wait_for_selector(f"#search-results a[href*='{lecture}.html']")
        page.wait_for_load_state("networkidle")  # the results page fetches each hit's summary
    except sync_api.TimeoutError:
        found = page.eval_on_selector_all("#search-results a", "as => as.map(a => a.href)")
        return f"searching {term!r} from {page.url} did not list {lecture}; it listed {found[:10]}"
    return ""


def report(problems: dict[str, list]) -> str:
    return "\n".join(f"{page}: {items}" for page, items in problems.items() if items)


def test_every_page_loads_without_console_errors(run):
    """No console error and no uncaught exception on any page, search results included."""
    assert len(run.visits) >= len(nbcheck.toc_files()), sorted(run.visits)
    assert not report({p: v.errors for p, v in run.visits.items()})
    assert not run.interactive.errors, "while searching or taking screenshots"


def test_everything_loads_from_the_site_itself(run):
    """No request leaves 127.0.0.1 (the reader may be offline), and none fails locally."""
    assert not sorted(set(run.external)), "pages load resources from outside the site"
    assert not report({p: v.failed for p, v in run.visits.items()})
    assert not run.interactive.failed, "while searching or taking screenshots"


def test_every_image_loads(run):
    broken = {
        p: [i["src"] for i in v.seen.get("images", []) if not i["ok"]]
        for p, v in run.visits.items()
    }
    assert not report(broken)
    assert sum(len(v.seen.get("images", [])) for v in run.visits.values()) > 0


def test_maths_is_typeset(run):
    """Where a page has maths, MathJax (served locally) typeset every formula without error."""
    problems = {}
    for rel, visit in run.visits.items():
        seen = visit.seen
        if not seen:
            continue
        if seen["maths"] and not seen["mathjax"]:
            problems[rel] = ["MathJax did not start"]
        else:
            problems[rel] = [f"not typeset: {t}" for t in seen["untypeset"]]
            problems[rel] += [f"MathJax error: {e}" for e in seen["mathErrors"]]
        if seen["rawDollars"]:
            problems[rel].append("raw $$ left in the text")
    assert not report(problems)
    assert sum(v.seen.get("maths", 0) for v in run.visits.values()) > 0, "no page has maths"


@pytest.mark.parametrize("notebook", NOTEBOOK_PAGES)
def test_colab_launch_link_opens_this_notebook(run, notebook):
    """The launch button's Colab link on a notebook's page opens that notebook in the repository."""
    seen = run.visits[notebook + ".html"].seen
    assert seen["colab"] == [colab_url((ROOT / notebook).with_suffix(".ipynb"))]


@pytest.mark.parametrize("lecture", LECTURES)
def test_search_box_finds_the_lecture(run, lecture):
    assert run.searches[lecture] == ""


def test_no_broken_internal_link_or_anchor(run):
    """Every link within the site leads to a file that exists and, with #anchor, to that id."""
    ids = {rel: set(v.seen.get("ids", [])) for rel, v in run.visits.items()}
    broken: dict[str, list[str]] = {}
    for rel, visit in run.visits.items():
        for href in visit.seen.get("links", []):
            if not href.startswith(run.base):
                continue
            url = urlsplit(href)
            target = unquote(url.path).lstrip("/") or "index.html"
            if target.endswith("/"):
                target += "index.html"
            if not (run.html / target).is_file():
                broken.setdefault(rel, []).append(f"{href} (no such file)")
            elif url.fragment and target in ids and unquote(url.fragment) not in ids[target]:
                broken.setdefault(rel, []).append(f"{href} (no such anchor)")
    assert not report(broken)


def test_headings_are_in_order(run):
    """Each page's article starts with one h1 and never skips a heading level going down."""
    problems = {}
    for rel, visit in run.visits.items():
        headings = visit.seen.get("headings")
        if not headings:
            continue
        levels = [level for level, _ in headings]
        problems[rel] = [] if levels[0] == 1 and levels.count(1) == 1 else [f"h1s: {levels[:5]}"]
        previous = 1
        for level, text in headings:
            if level > previous + 1:
                problems[rel].append(f"'{text}' is h{level} after h{previous}")
            previous = level
    assert not report(problems)


def test_lecture_screenshots_at_desktop_and_phone_width(run):
    """The screenshots exist and have the viewport's width (look at them in _build/screenshots/)."""
    for name, viewport in [("desktop", DESKTOP), ("phone", PHONE)]:
        data = run.shots[name].read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (viewport["width"], viewport["height"])


class _Images(HTMLParser):
    def __init__(self):
        super().__init__()
        self.images: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.images.append(dict(attrs))


@pytest.mark.parametrize("lecture", LECTURES)
def test_lecture_page_images_have_alt_text(html, lecture):
    """Every <img> on the lecture's page has alt text, not just the file name MyST-NB falls back to.

    Fix with `python -m coursetools.alttext --check` and `--set`.
    """
    parser = _Images()
    parser.feed((html / f"{lecture}.html").read_text())
    bad = [
        img.get("src")
        for img in parser.images
        if not (img.get("alt") or "").strip()
        or img.get("alt") == img.get("src")
        or re.search(r"\.(png|jpe?g|gif|svg)$", img.get("alt", ""))
    ]
    assert not bad, (
        f"{len(bad)} image(s) without alt text: python -m coursetools.alttext --check {lecture}.ipynb"
    )
