VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test sounds screenshots clean

run: $(STAMP)
	$(VENV)/bin/isohold

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest

$(STAMP): pyproject.toml tools/bootstrap.sh
	bash tools/bootstrap.sh
	touch $(STAMP)

sounds: $(STAMP)
	$(VENV)/bin/python tools/make_sounds.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python tools/screenshots_shell.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python tools/screenshots_session.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python tools/screenshots_history.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
