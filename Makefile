# Two commands matter:  `make book` builds the site, `make test` runs every test.
# Both set everything up first (virtual environment, packages, offline data)
# and are fast when nothing changed.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum < requirements.txt | cut -d' ' -f1)
# Debian packages for the browser test and the PDF: headless Chromium; XeLaTeX with the
# LaTeX packages and FreeFont fonts jupyter-book's class uses, latexmk; poppler-utils
# (pdftotext, pdftoppm).
BOOK_DEBS := chromium texlive-xetex texlive-latex-recommended texlive-latex-extra \
             texlive-fonts-recommended latexmk fonts-freefont-otf poppler-utils
MATHJAX_VERSION := 3.2.2
MATHJAX := _vendor/mathjax/.installed-$(MATHJAX_VERSION)
export TF_CPP_MIN_LOG_LEVEL := 3
export PYTHONHASHSEED := 0
export IPYTHONDIR := $(CURDIR)/coursetools/ipython

.PHONY: setup sysdeps data book pdf test bench execute exercises release grade lint clean help

help:
	@echo "make book       set up and build the site into _build/html"
	@echo "make pdf        set up and build the whole book as one PDF: _build/latex/book.pdf"
	@echo "make test       set up and run the whole test suite (what CI runs)"
	@echo "make bench      time every notebook; writes book/runtimes.md"
	@echo "make execute NB=lectures/01_introduction.ipynb   re-run a notebook in place"
	@echo "make exercises  regenerate student notebooks from solutions/"
	@echo "make release    coursework student notebooks + autograder artefacts in release/"
	@echo "make grade SUBMISSIONS=dir   grade every submission in dir; writes grades/"
	@echo "make lint       ruff over tooling and tests"

$(STAMP): requirements.txt
	@echo "==> creating $(VENV) and installing requirements.txt (a few minutes, once)"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip
	@$(PY) -m pip install --quiet --progress-bar off -r requirements.txt
	@rm -f $(VENV)/.installed-*
	@touch $@
	@echo "==> packages installed"

setup: $(STAMP) sysdeps data $(MATHJAX)

# Debian packages, where the machine allows installing them (root with apt): the grading
# sandbox (bubblewrap), then what the browser test and the PDF need (BOOK_DEBS).
sysdeps:
	@command -v bwrap >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && echo "==> installing bubblewrap (the grading sandbox)" \
	  && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null; } \
	  || echo "==> bubblewrap unavailable: make grade will run submissions without a sandbox"
	@missing=$$(for p in $(BOOK_DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
	  | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "==> installing" $$missing "(browser test and PDF; a few minutes, once)"; \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      --no-install-recommends $$missing >/dev/null; } \
	    || echo "==> apt could not install them: the browser and PDF tests skip (fail in CI)"; \
	  else echo "==> missing Debian packages:" $$missing "(the browser and PDF tests skip, fail in CI)"; \
	  fi; \
	fi

# MathJax, served by the site itself (the site loads nothing from outside): the npm
# package, unpacked into the git-ignored _vendor/, which _config.yml adds to _static/.
$(MATHJAX):
	@echo "==> fetching MathJax $(MATHJAX_VERSION) from the npm registry"
	@command -v npm >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; } \
	  || { echo "==> npm (Node.js) is needed to fetch MathJax"; exit 1; }
	@rm -rf _vendor/mathjax && mkdir -p _vendor/mathjax && tmp=$$(mktemp -d) \
	  && (cd $$tmp && npm pack --silent mathjax@$(MATHJAX_VERSION) >/dev/null \
	      && tar xzf mathjax-$(MATHJAX_VERSION).tgz) \
	  && cp $$tmp/package/LICENSE _vendor/mathjax/ \
	  && (cd $$tmp/package/es5 && cp -r tex-chtml.js input a11y ui sre $(CURDIR)/_vendor/mathjax/ \
	      && mkdir $(CURDIR)/_vendor/mathjax/output && cp -r output/chtml.js output/chtml \
	         $(CURDIR)/_vendor/mathjax/output/) \
	  && rm -rf $$tmp && touch $@

data: $(STAMP)
	@$(PY) -m coursetools.data

book: setup
	@echo "==> building the book (jupyter-book, warnings are errors)"
	@$(VENV)/bin/jupyter-book build . -W --keep-going --quiet
	@echo "==> book built: open _build/html/index.html"

# The whole book as one PDF through LaTeX (XeLaTeX, latexmk), not part of `make book`.
pdf: setup
	@echo "==> building the PDF (jupyter-book, XeLaTeX; a few minutes)"
	@mkdir -p _build && $(VENV)/bin/jupyter-book build . --builder pdflatex --keep-going \
	  >_build/pdf.log 2>&1 \
	  || { tail -40 _build/pdf.log; echo "==> PDF build failed: see _build/pdf.log and _build/latex/book.log"; exit 1; }
	@echo "==> PDF built: _build/latex/book.pdf"

test: setup
	@$(PY) -m ruff check coursetools tests
	@$(PY) -m pytest tests lectures solutions $(wildcard courseworks/masters) -n 2 --dist loadfile --nbval --nbval-current-env \
	  --nbval-sanitize-with tests/sanitize.cfg --nbval-cell-timeout 900

bench: setup
	@$(PY) -m coursetools.bench

execute: setup
	@test -n "$(NB)" || (echo "usage: make execute NB=path/to/notebook.ipynb" && exit 2)
	@$(PY) -m coursetools.execute $(NB)

exercises: $(STAMP)
	@$(PY) -m coursetools.exercises

release: setup
	@$(PY) -m coursetools.release

grade: release
	@test -n "$(SUBMISSIONS)" || (echo "usage: make grade SUBMISSIONS=path/to/folder" && exit 2)
	@$(PY) -m coursetools.grade $(SUBMISSIONS) --out grades

lint: $(STAMP)
	@$(PY) -m ruff check coursetools tests
	@$(PY) -m ruff format --check coursetools tests

clean:
	rm -rf _build
