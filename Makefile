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
# Two steps, so the tools never wait for the client they generate: TOOLS_STAMP is the development
# environment (root pyproject.toml, `dev` extra); STAMP adds the two distributions, editable.
TOOLS_STAMP := $(VENV)/.tools-installed
STAMP := $(VENV)/.installed
GENERATED := generated/plivo-messaging
PACKAGE_DIR := $(GENERATED)/plivo_messaging
PIP := $(PY) -m pip --disable-pip-version-check --quiet
TIMED := $(PYTHON) scripts/timed.py

# Inputs of the generated client; the client is rebuilt when one of them changes.
GEN_INPUTS := openapi.yaml generator-config.yaml scripts/generate.py scripts/derive_client_spec.py \
	$(shell find overrides -type f -not -path '*/__pycache__/*' -not -name '*.pyc' 2>/dev/null)
GEN_STAMP := build/generated.stamp
# A copy of the client's pyproject.toml, rewritten only when generation changes it: the editable
# installs are redone when the client's metadata (its version, its dependencies) changes, not on
# every regeneration.
CLIENT_META := build/client-pyproject.toml
SPEC_STAMP := build/spec-valid.stamp
EMULATOR_INPUTS := emulator/pyproject.toml emulator/hatch_build.py emulator/README.md \
	$(shell find emulator/plivo_emulator -type f -not -path '*/__pycache__/*' -not -name '*.pyc' 2>/dev/null)
DIST_STAMP := build/dist.stamp
DIST_FILES := dist/plivo_messaging-* dist/plivo_messaging_emulator-*
NODE_STAMP := node_modules/.package-lock.json

.PHONY: all help test generate check-generated lint lint-spec ruff mypy emulator contract contract-deep fuzz \
	contract-live bench clean constraints steps-reset steps-report spec-diff spec-gate changelog release \
	dist rebuild-missing docs

## all: (default) bootstrap .venv and node_modules, validate the spec, regenerate the client, build the
## wheels and sdists of the client and the emulator into dist/
all: steps-reset $(STAMP) node-deps $(SPEC_STAMP) $(GEN_STAMP) $(DIST_STAMP) steps-report

help:
	@echo "make                 bootstrap .venv, npm ci, validate openapi.yaml, regenerate the client, build dist/"
	@echo "make dist            wheels and sdists of plivo-messaging and plivo-messaging-emulator in dist/, twine-checked"
	@echo "make test            check-generated, ruff, mypy, then pytest over tests/ (what CI runs)"
	@echo "make generate        regenerate generated/plivo-messaging from openapi.yaml"
	@echo "make docs            API reference pages, offline: build/docs/index.html (Messaging API), build/docs/admin.html (emulator admin API)"
	@echo "make check-generated fail with a diff if generated/ is not what the pipeline makes"
	@echo "make lint            spec lint (Spectral) + ruff + mypy --strict (emulator, scripts, generated client)"
	@echo "make emulator        run the local Plivo Messaging emulator (.venv/bin/plivo-emulator \$$EMULATOR_ARGS)"
	@echo "make contract        contract tests against the emulator (pytest tests/contract)"
	@echo "make contract-deep   the same with many more generated cases per operation"
	@echo "make fuzz            raw-HTTP fuzzing of the emulator, FUZZ_EXAMPLES cases (SEED=N replays a run)"
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

# Real files, so a second `make` does not reinstall; each is redone when what it installs changes.
$(TOOLS_STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is needed, $(PYTHON) is " + sys.version.split()[0])'
	@test -x $(PY) || $(TIMED) "create $(VENV)" -- $(PYTHON) -m venv $(VENV)
	@$(TIMED) "install pinned development tools" -- $(PIP) install -c constraints.txt -e '.[dev]'
	@touch $@

$(STAMP): $(TOOLS_STAMP) $(CLIENT_META) emulator/pyproject.toml emulator/hatch_build.py
	@$(TIMED) "install the client and the emulator (editable)" -- \
		$(PIP) install -c constraints.txt -e ./$(GENERATED) -e './emulator[pytest]'
	@touch $@

.PHONY: node-deps
node-deps: $(NODE_STAMP)
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is needed for the spec linter (package.json)"; exit 1; }
	@$(TIMED) "npm ci (spec linter)" -- npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# --- spec and client ----------------------------------------------------------------------------------

$(SPEC_STAMP): openapi.yaml $(TOOLS_STAMP)
	@mkdir -p build
	@$(TIMED) "validate openapi.yaml" -- $(BIN)/openapi-spec-validator openapi.yaml
	@touch $@

# Generation needs the tools only. A missing generated/ (a fresh `rm -rf generated`) is regenerated
# whatever the stamp says (rebuild-missing is a target that never exists); so are missing wheels.
$(GEN_STAMP): $(GEN_INPUTS) $(TOOLS_STAMP) $(if $(wildcard $(GENERATED)/pyproject.toml),,rebuild-missing)
	@mkdir -p build
	@$(TIMED) "generate $(GENERATED)" -- $(PY) scripts/generate.py
	@cmp -s $(GENERATED)/pyproject.toml $(CLIENT_META) || cp $(GENERATED)/pyproject.toml $(CLIENT_META)
	@touch $@

$(CLIENT_META): $(GEN_STAMP) ;

rebuild-missing:

# Both distributions from their sources, each sdist first and its wheel built from the sdist (so an
# sdist that misses a file fails here), with the pinned hatchling of .venv; then twine's checks.
$(DIST_STAMP): $(GEN_STAMP) $(EMULATOR_INPUTS) $(STAMP) \
		$(if $(wildcard dist/plivo_messaging-*.whl),$(if $(wildcard dist/plivo_messaging_emulator-*.whl),,rebuild-missing),rebuild-missing)
	@rm -f $(DIST_FILES)
	@$(TIMED) "build plivo-messaging into dist/" -- \
		$(PY) -m build --no-isolation --outdir dist ./$(GENERATED)
	@$(TIMED) "build plivo-messaging-emulator into dist/" -- \
		$(PY) -m build --no-isolation --outdir dist ./emulator
	@$(TIMED) "twine check dist/" -- $(BIN)/twine check --strict $(DIST_FILES)
	@ls -l $(DIST_FILES) | awk '{ print "    " $$NF ": " $$5 " bytes" }'
	@touch $@

dist: $(DIST_STAMP)

# --- reference documentation ---------------------------------------------------------------------------

# One self-contained page per spec, rendered by the Redocly CLI of package-lock.json (scripts/build_docs.py).
DOCS_PAGES := build/docs/index.html build/docs/admin.html
docs: $(DOCS_PAGES)
	@echo "open build/docs/index.html (Messaging API) and build/docs/admin.html (emulator admin API) in a browser"

build/docs/index.html: openapi.yaml scripts/build_docs.py $(NODE_STAMP)
	@$(TIMED) "render $@" -- $(PYTHON) scripts/build_docs.py openapi.yaml $@

build/docs/admin.html: emulator/plivo_emulator/admin-openapi.yaml scripts/build_docs.py $(NODE_STAMP)
	@$(TIMED) "render $@" -- $(PYTHON) scripts/build_docs.py emulator/plivo_emulator/admin-openapi.yaml $@

generate: $(TOOLS_STAMP)
	@$(PY) scripts/generate.py
	@mkdir -p build && touch $(GEN_STAMP)
	@cmp -s $(GENERATED)/pyproject.toml $(CLIENT_META) || cp $(GENERATED)/pyproject.toml $(CLIENT_META)

check-generated: $(TOOLS_STAMP)
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

# EMULATOR_ARGS: options of plivo-emulator, e.g. make emulator EMULATOR_ARGS="--port 9000 --db emulator.db"
EMULATOR_ARGS ?=
emulator: $(STAMP)
	$(BIN)/plivo-emulator $(EMULATOR_ARGS)

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
	build/lock-venv/bin/python -m pip --disable-pip-version-check --quiet install -e '.[dev]'
	build/lock-venv/bin/python -m pip --disable-pip-version-check --quiet install \
		-e ./$(GENERATED) -e './emulator[pytest]'
	{ echo "# Exact versions of every Python package the development environment installs."; \
	  echo "# Written by 'make constraints' (pip freeze, local projects left out); used by 'make'."; \
	  build/lock-venv/bin/python -m pip --disable-pip-version-check freeze --exclude-editable \
	    | grep -viE '^(plivo-messaging|plivo-messaging-emulator|plivo-messaging-openapi-dev)==' ; } > constraints.txt
	rm -rf build/lock-venv
	@echo "constraints.txt: $$(grep -vc '^#' constraints.txt) packages"

clean:
	rm -rf $(VENV) node_modules build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
	find . -name __pycache__ -type d -prune -not -path './.git/*' -exec rm -rf {} +
