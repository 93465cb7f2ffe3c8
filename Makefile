# Two commands do everything: `make report` (the main job) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RAW    := data/raw

.PHONY: report test bench lab clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps re-install when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

report: $(VENV)/.installed
	$(BIN)/xining parse $(RAW) --out data/processed > /dev/null
	$(BIN)/xining report $(RAW) --out reports

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

# JupyterLab on notebooks/, with the project's interpreter as the notebooks' `python3` kernel.
# LAB_ARGS passes options through (the test adds --no-browser, a port and a token); root (a container) is allowed.
LAB_ARGS ?=
lab: $(VENV)/.installed
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (xining)" > /dev/null
	$(BIN)/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_parse.py
	$(BIN)/python benchmarks/bench_pdf.py
	$(BIN)/python benchmarks/bench_figures.py
	$(BIN)/python benchmarks/bench_checks.py
	$(BIN)/python benchmarks/bench_report.py
	$(BIN)/python benchmarks/bench_corpus.py
	$(BIN)/python benchmarks/score_recognizers.py
	$(BIN)/python benchmarks/score_composed.py

clean:
	rm -rf $(VENV) data/processed/*.json
