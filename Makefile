# Two commands matter:  `make book` builds the site, `make test` runs every test.
# Both set everything up first (virtual environment, packages, offline data)
# and are fast when nothing changed.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum < requirements.txt | cut -d' ' -f1)
export TF_CPP_MIN_LOG_LEVEL := 3
export PYTHONHASHSEED := 0

.PHONY: setup sysdeps data book test bench execute exercises release grade lint clean help

help:
	@echo "make book       set up and build the site into _build/html"
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

setup: $(STAMP) sysdeps data

# The grading sandbox (bubblewrap), where the machine allows installing it.
sysdeps:
	@command -v bwrap >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && echo "==> installing bubblewrap (the grading sandbox)" \
	  && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null; } \
	  || echo "==> bubblewrap unavailable: make grade will run submissions without a sandbox"

data: $(STAMP)
	@$(PY) -m coursetools.data

book: setup
	@echo "==> building the book (jupyter-book, warnings are errors)"
	@$(VENV)/bin/jupyter-book build . -W --keep-going --quiet
	@echo "==> book built: open _build/html/index.html"

test: setup
	@$(PY) -m ruff check coursetools tests
	@$(PY) -m pytest tests lectures solutions $(wildcard courseworks/masters) -n 2 --dist loadgroup --nbval --nbval-current-env \
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
