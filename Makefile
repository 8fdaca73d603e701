# The README's two commands: `make demo` and `make test`. Both set up .venv on a fresh machine
# (only Python 3.11+ and make needed) and install what they need from PyPI.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install demo test test-slow eval bench lint docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f out/examples.db out/examples.db-wal out/examples.db-shm
	mkdir -p out
	$(BIN)/corroborator run examples --db out/examples.db --out out

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-slow: $(STAMP)
	$(BIN)/python -m pytest -q -m slow

eval: $(STAMP)
	@for harness in eval/*.py; do echo "== $$harness"; $(BIN)/python $$harness || exit 1; done

bench: $(STAMP)
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b --quick || exit 1; done

lint: $(STAMP)
	$(BIN)/ruff check src tests eval bench

docs: $(STAMP)
	$(BIN)/python tools/readme.py

clean:
	rm -rf out .pytest_cache build *.egg-info src/*.egg-info
