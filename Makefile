VENV := .venv
STAMP := $(VENV)/.installed
PYTHON := $(VENV)/bin/python

.PHONY: run test test-matrix test-sdist dist bundle bundle-smoke desktop-entry \
        remove-desktop-entry icons sounds screenshots translations clean FORCE

# The compiled catalogues (resources/translations/*.qm, not committed): made from the .ts
# files by the set-up, and again whenever a catalogue changes.
QM_STAMP := resources/translations/.compiled

run: $(STAMP) $(QM_STAMP)
	$(VENV)/bin/isohold

test: $(STAMP) $(QM_STAMP)
	QT_QPA_PLATFORM=offscreen $(PYTHON) -m pytest

$(QM_STAMP): $(STAMP) $(wildcard translations/*.ts) tools/translations.py
	$(PYTHON) tools/translations.py compile
	touch $(QM_STAMP)

# After changing texts in app/ or drills.json: the catalogues updated (pyside6-lupdate), for
# translators to finish (Qt Linguist), then compiled; `check` lists unfinished messages.
translations: $(STAMP)
	$(PYTHON) tools/translations.py update
	$(PYTHON) tools/translations.py compile
	touch $(QM_STAMP)
	$(PYTHON) tools/translations.py check

# tools/bootstrap.sh decides (quickly) whether .venv is up to date: pyproject.toml and the
# script itself, and the Python (PYTHON_FOR_VENV=python3.12 make test rebuilds .venv on 3.12).
$(STAMP): FORCE
	bash tools/bootstrap.sh

# The suite on the lowest and highest PySide6 of the range, and on Python 3.11, 3.12 and 3.13
# where the machine has them (own venvs in build/matrix/; MATRIX="3.12:highest" picks runs).
test-matrix:
	bash tools/test_matrix.sh

# The sdist and the wheel in dist/ (the wheel built from the sdist, as pip would).
dist: $(STAMP) $(QM_STAMP)
	$(PYTHON) tools/build_dist.py --out dist

# The whole suite from the unpacked sdist, against its wheel installed in a fresh venv.
test-sdist: $(STAMP) $(QM_STAMP)
	$(PYTHON) tools/build_dist.py --out dist --test-sdist

# A one-folder app: dist/isohold/isohold, with its own Python, Qt, sounds and routines.
bundle: $(STAMP) $(QM_STAMP)
	$(PYTHON) -m pip install -q -e ".[bundle]"
	$(PYTHON) tools/bundle.py --out dist
	ISOHOLD_BUNDLE=dist/isohold $(PYTHON) -m pytest -q -p no:cacheprovider tests/packaging/test_bundle.py

# Isohold in this user's application menu (xdg-desktop-menu), and out of it again.
desktop-entry: $(STAMP)
	$(VENV)/bin/isohold --install-desktop-entry

remove-desktop-entry: $(STAMP)
	$(VENV)/bin/isohold --remove-desktop-entry

icons: $(STAMP)
	$(PYTHON) tools/render_icons.py

sounds: $(STAMP)
	$(PYTHON) tools/make_sounds.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PYTHON) tools/screenshots_shell.py
	QT_QPA_PLATFORM=offscreen $(PYTHON) tools/screenshots_session.py
	QT_QPA_PLATFORM=offscreen $(PYTHON) tools/screenshots_history.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache

FORCE:
