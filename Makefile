# Build, test and run everything from a fresh clone: `make` builds, `make test` tests, `make help` lists.
# Needs only Python >= 3.11 (and node/npm for the spec linter); every tool is pinned in constraints.txt
# and package-lock.json and installed into .venv/ and node_modules/.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all
MAKEFLAGS += --no-builtin-rules

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
GENERATED := generated/plivo-messaging
PACKAGE_DIR := $(GENERATED)/plivo_messaging
PIP := $(PY) -m pip --disable-pip-version-check --quiet
TIMED := $(PYTHON) scripts/timed.py

# Inputs of the generated client; the client is rebuilt when one of them changes.
GEN_INPUTS := openapi.yaml generator-config.yaml scripts/generate.py scripts/derive_client_spec.py \
	$(shell find overrides -type f -not -path '*/__pycache__/*' -not -name '*.pyc' 2>/dev/null)
GEN_STAMP := build/generated.stamp
SPEC_STAMP := build/spec-valid.stamp
WHEEL_STAMP := build/wheel.stamp
NODE_STAMP := node_modules/.package-lock.json

.PHONY: all help test generate check-generated lint lint-spec ruff mypy emulator contract contract-deep \
	contract-live bench clean constraints steps-reset steps-report spec-diff spec-gate changelog release

## all: (default) bootstrap .venv and node_modules, validate the spec, regenerate the client, build its wheel
all: steps-reset $(STAMP) node-deps $(SPEC_STAMP) $(GEN_STAMP) $(WHEEL_STAMP) steps-report

help:
	@echo "make                 bootstrap .venv, npm ci, validate openapi.yaml, regenerate the client, build its wheel"
	@echo "make test            check-generated, ruff, mypy, then pytest over tests/ (what CI runs)"
	@echo "make generate        regenerate generated/plivo-messaging from openapi.yaml"
	@echo "make check-generated fail with a diff if generated/ is not what the pipeline makes"
	@echo "make lint            spec lint (Spectral) + ruff + mypy --strict (emulator, scripts, generated client)"
	@echo "make emulator        run the local Plivo Messaging emulator (.venv/bin/plivo-emulator)"
	@echo "make contract        contract tests against the emulator (pytest tests/contract)"
	@echo "make contract-deep   the same with many more generated cases per operation"
	@echo "make contract-live   contract tests against the real API (needs PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN)"
	@echo "make bench           benchmarks (python bench/run.py; QUICK=1 for a short first look)"
	@echo "make spec-diff       classify the changes of openapi.yaml since BASE=<git ref> (default: the last release;"
	@echo "                     FORMAT=json for JSON); exit 1 when one is BREAKING"
	@echo "make spec-gate       fail when info.version is too low for the changes since the last release (in make test)"
	@echo "make changelog       write the CHANGELOG.md section of info.version (contract and Python client changes)"
	@echo "make release         record HEAD as the release of info.version in CHANGELOG.md and tag it spec-v<version>"
	@echo "make constraints     re-resolve the Python environment and rewrite constraints.txt"
	@echo "make clean           remove .venv, node_modules, build/, dist/ and caches"

# --- bootstrap --------------------------------------------------------------------------------------

# A real file, so a second `make` does not reinstall; it is redone when the declared dependencies change.
$(STAMP): pyproject.toml constraints.txt $(GENERATED)/pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is needed, $(PYTHON) is " + sys.version.split()[0])'
	@test -x $(PY) || $(TIMED) "create $(VENV)" -- $(PYTHON) -m venv $(VENV)
	@$(TIMED) "install pinned Python packages" -- \
		$(PIP) install -c constraints.txt -e ./$(GENERATED) -e '.[dev]'
	@touch $@

.PHONY: node-deps
node-deps: $(NODE_STAMP)
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is needed for the spec linter (package.json)"; exit 1; }
	@$(TIMED) "npm ci (spec linter)" -- npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# --- spec and client ----------------------------------------------------------------------------------

$(SPEC_STAMP): openapi.yaml $(STAMP)
	@mkdir -p build
	@$(TIMED) "validate openapi.yaml" -- $(BIN)/openapi-spec-validator openapi.yaml
	@touch $@

$(GEN_STAMP): $(GEN_INPUTS) $(STAMP)
	@mkdir -p build
	@$(TIMED) "generate $(GENERATED)" -- $(PY) scripts/generate.py
	@touch $@

$(WHEEL_STAMP): $(GEN_STAMP)
	@rm -f dist/plivo_messaging-*.whl
	@$(TIMED) "build wheel into dist/" -- $(PIP) wheel --no-deps --wheel-dir dist ./$(GENERATED)
	@ls -l dist/plivo_messaging-*.whl | awk '{ print "    " $$NF ": " $$5 " bytes" }'
	@touch $@

generate: $(STAMP)
	@$(PY) scripts/generate.py
	@mkdir -p build && touch $(GEN_STAMP)

check-generated: $(STAMP)
	@$(PY) scripts/check_generated.py

steps-reset:
	@rm -f build/make-steps.tsv

steps-report:
	@$(TIMED) --report

# --- checks -------------------------------------------------------------------------------------------

lint-spec: node-deps
	npm run --silent lint:spec

ruff: $(STAMP)
	$(BIN)/ruff check .
	cd $(GENERATED) && $(CURDIR)/$(BIN)/ruff check --no-cache .

# The generated package is checked from its own directory with its own [tool.mypy] (strict), because
# the repository's configuration excludes generated/.
mypy: $(STAMP)
	$(BIN)/mypy emulator scripts bench
	cd $(GENERATED) && $(CURDIR)/$(BIN)/mypy --cache-dir $(CURDIR)/.mypy_cache/generated plivo_messaging

lint: lint-spec ruff mypy

# node-deps: the spec tests run Spectral from node_modules/.
test: $(STAMP) node-deps
	@$(MAKE) --no-print-directory check-generated
	@$(MAKE) --no-print-directory ruff
	@$(MAKE) --no-print-directory mypy
	@$(MAKE) --no-print-directory spec-gate
	$(BIN)/pytest tests

# --- spec changes and releases (scripts/spec_diff.py; README, Releasing) -------------------------------

# BASE: a git ref to compare openapi.yaml with; empty means the last release recorded in CHANGELOG.md.
BASE ?=
FORMAT ?= text

spec-diff: $(STAMP)
	@$(PY) scripts/spec_diff.py diff $(if $(BASE),--base '$(BASE)') --format '$(FORMAT)'

spec-gate: $(STAMP)
	@$(PY) scripts/spec_diff.py gate

# The Python client's changes compare today's generated package (rebuilt first) with one generated at BASE.
changelog: $(STAMP) $(GEN_STAMP)
	@$(PY) scripts/spec_diff.py changelog $(if $(BASE),--base '$(BASE)')

release: $(STAMP)
	@$(PY) scripts/spec_diff.py release

# --- running ------------------------------------------------------------------------------------------

emulator: $(STAMP)
	$(BIN)/plivo-emulator

contract: $(STAMP)
	$(BIN)/pytest tests/contract

contract-deep: $(STAMP)
	PLIVO_CONTRACT_PROFILE=deep $(BIN)/pytest tests/contract

contract-live: $(STAMP)
	@test -n "$${PLIVO_AUTH_ID:-}" -a -n "$${PLIVO_AUTH_TOKEN:-}" || \
		{ echo "contract-live needs PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN (a real account; it sends real requests)"; exit 2; }
	PLIVO_CONTRACT_LIVE=1 $(BIN)/pytest tests/contract

# QUICK=1: a short run of every section for a first look (writes no RESULTS.md).
bench: $(STAMP)
	@command -v wrk >/dev/null || echo "bench: wrk (the HTTP load generator) is missing: as root it will now be \
	installed with 'apt-get install wrk' (a system package); otherwise bench/pyload.py generates the load"
	$(PY) bench/run.py $(if $(QUICK),--quick)

# --- maintenance --------------------------------------------------------------------------------------

# Re-resolve from pyproject.toml files alone in a scratch venv, then pin exactly what was installed.
constraints:
	rm -rf build/lock-venv
	$(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/python -m pip --disable-pip-version-check --quiet install -e ./$(GENERATED) -e '.[dev]'
	{ echo "# Exact versions of every Python package the development environment installs."; \
	  echo "# Written by 'make constraints' (pip freeze, local projects left out); used by 'make'."; \
	  build/lock-venv/bin/python -m pip --disable-pip-version-check freeze --exclude-editable \
	    | grep -viE '^(plivo-messaging|plivo-messaging-emulator)==' ; } > constraints.txt
	rm -rf build/lock-venv
	@echo "constraints.txt: $$(grep -vc '^#' constraints.txt) packages"

clean:
	rm -rf $(VENV) node_modules build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
	find . -name __pycache__ -type d -prune -not -path './.git/*' -exec rm -rf {} +
