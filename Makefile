VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test sounds screenshots bench clean

run: $(STAMP)
	$(VENV)/bin/isohold

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest

$(STAMP): pyproject.toml tools/bootstrap.sh
	bash tools/bootstrap.sh
	touch $(STAMP)

sounds: $(STAMP)
	$(VENV)/bin/python tools/make_sounds.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
