"""Settings: declared once, saved atomically, and a bad file never costs the athlete a start."""

from __future__ import annotations

import json

import pytest

from app.core import paths
from app.core.settings import OPTIONS, Settings


def test_a_fresh_start_has_every_default_and_no_problem():
    settings = Settings.load()
    assert settings.problems == []
    assert {name: settings[name] for name in settings.values} == \
        {option.name: option.default for option in OPTIONS}


def test_saved_settings_survive_a_restart():
    settings = Settings.load()
    settings.set("get_ready_s", 15.0)
    settings.set("theme", "light")
    settings.set("muted", True)
    settings.save()

    again = Settings.load()
    assert again.problems == []
    assert (again["get_ready_s"], again["theme"], again["muted"]) == (15.0, "light", True)
    assert again.file == paths.config_dir() / "settings.json"


def test_a_corrupt_file_falls_back_to_defaults_and_is_kept_aside():
    file = paths.config_dir() / "settings.json"
    file.parent.mkdir(parents=True)
    file.write_text("{ not json", encoding="utf-8")

    settings = Settings.load()

    assert settings["theme"] == "dark"
    assert len(settings.problems) == 1 and "using the defaults" in settings.problems[0]
    kept = list(file.parent.glob("settings.corrupt-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{ not json"
    assert str(kept[0]) in settings.problems[0]
    assert not file.exists()


def test_a_bad_value_keeps_its_default_and_says_which_setting():
    file = paths.config_dir() / "settings.json"
    file.parent.mkdir(parents=True)
    file.write_text(json.dumps({"version": 1, "values": {
        "text_scale": 9.0, "theme": "neon", "muted": True, "colour": "red"}}), encoding="utf-8")

    settings = Settings.load()

    assert settings["muted"] is True
    assert settings["text_scale"] == 1.0 and settings["theme"] == "dark"
    text = "\n".join(settings.problems)
    assert "text_scale" in text and "theme" in text and "'colour'" in text


def test_setting_an_unknown_or_out_of_range_value_is_refused():
    settings = Settings.load()
    with pytest.raises(KeyError):
        settings.set("colour", "red")
    with pytest.raises(ValueError, match="get_ready_s"):
        settings.set("get_ready_s", 0.5)
