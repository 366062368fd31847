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
HAVE_NODE_PROJECT := $(wildcard package.json)

.PHONY: all help test generate check-generated lint lint-spec ruff mypy emulator contract contract-deep fuzz \
	contract-live bench clean constraints steps-reset steps-report

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
	@echo "make fuzz            raw-HTTP fuzzing of the emulator, FUZZ_EXAMPLES cases (SEED=N replays a run)"
	@echo "make contract-live   contract tests against the real API (needs PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN)"
	@echo "make bench           benchmarks (python bench/run.py)"
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
ifneq ($(HAVE_NODE_PROJECT),)
node-deps: $(NODE_STAMP)
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is needed for the spec linter (package.json)"; exit 1; }
	@$(TIMED) "npm ci (spec linter)" -- npm ci --no-audit --no-fund --loglevel=error
	@touch $@
else
node-deps:
	@echo "==> npm ci: skipped, there is no package.json yet"
endif

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

ifneq ($(HAVE_NODE_PROJECT),)
lint-spec: node-deps
	npm run --silent lint:spec
else
lint-spec:
	@echo "lint-spec: skipped, there is no package.json (Spectral) yet"
endif

ruff: $(STAMP)
	$(BIN)/ruff check .
	cd $(GENERATED) && $(CURDIR)/$(BIN)/ruff check --no-cache .

# Only directories that hold Python files are named, so a part not written yet (bench/) is no error.
# The generated package is checked from its own directory with its own [tool.mypy] (strict), because
# the repository's configuration excludes generated/.
mypy: $(STAMP)
	$(BIN)/mypy $(foreach d,emulator scripts bench,$(if $(shell find $(d) -name '*.py' 2>/dev/null | head -n 1),$(d)))
	cd $(GENERATED) && $(CURDIR)/$(BIN)/mypy --cache-dir $(CURDIR)/.mypy_cache/generated plivo_messaging
	@# tests/: one run per directory, as pytest imports them (each directory's modules top-level, with
	@# its parents' on the path; every directory has its own conftest.py, so one run would see clashes).
	@for d in $$(find tests -name '*.py' -not -path '*/__pycache__/*' -printf '%h\n' | sort -u); do \
		path=scripts:tests; for part in $$(echo "$${d#tests}" | tr / ' '); do path="$$path:$${path##*:}/$$part"; done; \
		echo "mypy $$d"; MYPYPATH=$$path $(BIN)/mypy --explicit-package-bases $$d/*.py || exit 1; \
	done

lint: lint-spec ruff mypy

# node-deps: the spec tests run Spectral from node_modules/.
test: $(STAMP) node-deps
	@$(MAKE) --no-print-directory check-generated
	@$(MAKE) --no-print-directory ruff
	@$(MAKE) --no-print-directory mypy
	$(BIN)/pytest tests

# --- running ------------------------------------------------------------------------------------------

emulator: $(STAMP)
	$(BIN)/plivo-emulator

contract: $(STAMP)
	$(BIN)/pytest tests/contract

contract-deep: $(STAMP)
	PLIVO_CONTRACT_PROFILE=deep $(BIN)/pytest tests/contract

# Long raw-HTTP fuzzing of the emulator (`make test` runs 10,000 cases); FUZZ_EXAMPLES sets the
# number, SEED=N replays a run (the seed is printed first).
FUZZ_EXAMPLES ?= 200000
fuzz: $(STAMP)
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(if $(SEED),FUZZ_SEED=$(SEED)) $(BIN)/pytest -s -p no:cacheprovider \
		tests/emulator/test_emulator_fuzz.py -o addopts= --timeout=0

contract-live: $(STAMP)
	@test -n "$${PLIVO_AUTH_ID:-}" -a -n "$${PLIVO_AUTH_TOKEN:-}" || \
		{ echo "contract-live needs PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN (a real account; it sends real requests)"; exit 2; }
	PLIVO_CONTRACT_LIVE=1 $(BIN)/pytest tests/contract

bench: $(STAMP)
	$(PY) bench/run.py

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
