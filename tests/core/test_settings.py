"""Settings: declared once, saved atomically, and a bad file never costs the athlete a start."""

from __future__ import annotations

import json
import math
import os
import stat
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from isohold.core import paths
from isohold.core.settings import BY_NAME, OPTIONS, SCHEMA_VERSION, Settings


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


# -- a settings file of any shape never stops the app ----------------------------------------

def _write(raw: bytes):
    file = paths.config_dir() / "settings.json"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(raw)
    return file


def _kept(file, label="corrupt"):
    return sorted(file.parent.glob(f"{file.stem}.{label}-*.json"))


DEEP = b"[" * 100_000 + b"]" * 100_000
HUGE_INT = b"1" + b"0" * 400

# Files that cannot be used as a whole: every default, and the file kept aside byte for byte.
UNUSABLE = {
    "values is null": (b'{"values": null}', "'values' that are null"),
    "values is a list": (b'{"values": [1, 2]}', "'values' that are a list"),
    "values is text": (b'{"values": "x"}', "'values' that are 'x'"),
    "a list, not an object": (b"[]", "not a settings file"),
    "a bare number": (b"3", "not a settings file"),
    "null": (b"null", "it holds null, not an object"),
    "nested 100k deep": (DEEP, "nested too deeply"),
    "not UTF-8": (b'{"values": {"theme": "\xff\xfe"}}', "not UTF-8 text (byte 0xff"),
    "a surrogate encoded raw": (b'{"values": {"theme": "\xed\xb3\xbf"}}', "not UTF-8 text"),
    "not JSON": (b"{ not json", "not valid JSON"),
    "empty": (b"", "is empty"),
    "too large": (b" " * (1 << 20) + b"{}", "too large for a settings file"),
    "version is text": (b'{"version": "1", "values": {}}', "'version' of '1'"),
    "version is a boolean": (b'{"version": true, "values": {}}', "'version' of true"),
    "version is NaN": (b'{"version": NaN, "values": {}}', "'version' of NaN"),
    "version is zero": (b'{"version": 0, "values": {}}', "'version' of 0"),
}


@pytest.mark.parametrize("raw, said", UNUSABLE.values(), ids=UNUSABLE.keys())
def test_an_unusable_file_gives_the_defaults_and_is_kept_aside_byte_for_byte(raw, said):
    file = _write(raw)

    settings = Settings.load()

    assert settings.values == {option.name: option.default for option in OPTIONS}
    [problem] = settings.problems
    kept = _kept(file)
    assert len(kept) == 1 and kept[0].read_bytes() == raw
    assert problem.startswith(f"{file}: ") and said in problem
    assert "using the defaults" in problem and str(kept[0]) in problem
    assert "Error" not in problem and "Traceback" not in problem
    assert not file.exists()


def test_a_file_from_a_newer_isohold_is_not_overwritten_but_kept_aside():
    raw = b'{"version": 2, "values": {"theme": "light", "new_thing": 1}}'
    file = _write(raw)

    settings = Settings.load()
    settings.save()

    assert settings["theme"] == "dark"
    [problem] = settings.problems
    [kept] = _kept(file, "newer")
    assert kept.read_bytes() == raw
    assert "written by a newer Isohold" in problem and str(kept) in problem
    assert json.loads(file.read_text(encoding="utf-8"))["version"] == 1


def test_a_file_without_a_version_is_read_as_version_1():
    _write(b'{"values": {"theme": "light"}}')
    settings = Settings.load()
    assert settings.problems == [] and settings["theme"] == "light"


# Files whose values are bad one by one: those take their defaults, the good ones are kept.
BAD_VALUES = {
    "NaN": ("text_scale", b"NaN", "'text_scale' is not a number (NaN); using the default 1.0."),
    "NaN lead-in": ("get_ready_s", b"NaN", "'get_ready_s' is not a number (NaN)"),
    "Infinity": ("volume", b"Infinity", "'volume' is not a finite number (Infinity)"),
    "-Infinity": ("volume", b"-Infinity", "'volume' is not a finite number (-Infinity)"),
    "1e400": ("get_ready_s", b"1e400", "'get_ready_s' is not a finite number"),
    "a 401-digit integer": ("get_ready_s", HUGE_INT, "'get_ready_s' is too large a number"),
    "a 5000-digit integer": ("get_ready_s", b"-" + b"9" * 5000, "is too large a number"),
    "a boolean for a number": ("volume", b"true", "'volume' should be a number, not true"),
    "a number for a boolean": ("muted", b"1", "'muted' should be true or false, not 1"),
    "text for a number": ("get_ready_s", b'"ten"', "should be a number, not 'ten'"),
    "out of range": ("get_ready_s", b"0.5", "'get_ready_s' should be from 3 to 60, not 0.5"),
    "a lone surrogate": ("theme", b'"\\udcff"', "'theme' should be one of dark, light"),
    "a list": ("sound_mode", b"[[[1]]]", "'sound_mode' should be text, not a list"),
}


@pytest.mark.parametrize("name, raw, said", BAD_VALUES.values(), ids=BAD_VALUES.keys())
def test_a_bad_value_takes_its_default_and_the_good_ones_stay(name, raw, said):
    good = "volume" if name != "volume" else "text_scale"
    file = _write(b'{"version": 1, "values": {"%s": %s, "%s": 0.8, "muted": %s}}'
                  % (name.encode(), raw, good.encode(), b"true" if name != "muted" else b"1"))

    settings = Settings.load()

    assert settings[name] == BY_NAME[name].default
    assert settings[good] == 0.8 and settings["muted"] is (name != "muted")
    [problem] = settings.problems
    assert problem.startswith(f"{file}: ") and said in problem
    assert problem.endswith(f"; using the default {json.dumps(BY_NAME[name].default)}.")
    assert file.exists() and not _kept(file)


def test_an_unknown_setting_with_a_surrogate_name_is_ignored_printably():
    _write(b'{"values": {"\\udcff": 1, "theme": "light"}}')
    settings = Settings.load()
    assert settings["theme"] == "light"
    [problem] = settings.problems
    assert "unknown setting '\\udcff' ignored" in problem
    problem.encode("utf-8")


def test_a_byte_order_mark_is_allowed():
    _write(b'\xef\xbb\xbf{"values": {"theme": "light"}}')
    settings = Settings.load()
    assert settings.problems == [] and settings["theme"] == "light"


def test_two_files_kept_aside_in_the_same_second_both_survive():
    file = _write(b"first")
    Settings.load()
    _write(b"second")
    Settings.load()
    assert sorted(kept.read_bytes() for kept in _kept(file)) == [b"first", b"second"]


def _make_folder(file):
    file.mkdir(parents=True)


def _make_fifo(file):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    file.parent.mkdir(parents=True)
    os.mkfifo(file)


@pytest.mark.parametrize("make, kind, is_kind", [
    (_make_folder, "a folder", stat.S_ISDIR), (_make_fifo, "a named pipe (FIFO)", stat.S_ISFIFO)],
    ids=["folder", "fifo"])
def test_something_not_a_file_is_reported_left_alone_and_not_saved_over(make, kind, is_kind):
    file = paths.config_dir() / "settings.json"
    make(file)  # a FIFO nobody writes to: reading it would block forever
    loaded = []
    reader = threading.Thread(target=lambda: loaded.append(Settings.load()), daemon=True)
    reader.start()
    reader.join(timeout=10)

    assert loaded, "Settings.load() blocked"
    settings = loaded[0]

    assert settings.values == {option.name: option.default for option in OPTIONS}
    [problem] = settings.problems
    assert problem.startswith(f"{file}: is {kind}, not a regular file; using the defaults.")
    assert "cannot be saved" in problem
    with pytest.raises(OSError, match="move it away"):
        settings.save()
    assert is_kind(os.stat(file).st_mode) and not _kept(file)
    assert sorted(path.name for path in file.parent.iterdir()) == ["settings.json"]


def test_saving_leaves_only_the_settings_file_behind():
    settings = Settings.load()
    settings.save()
    settings.set("volume", 0.5)
    settings.save()
    assert [path.name for path in settings.file.parent.iterdir()] == ["settings.json"]
    assert json.loads(settings.file.read_text(encoding="utf-8")) == \
        {"version": SCHEMA_VERSION, "values": settings.values}


def test_a_setting_that_is_not_finite_is_refused_in_words():
    settings = Settings.load()
    with pytest.raises(ValueError, match=r"'text_scale' is not a number \(NaN\)"):
        settings.set("text_scale", math.nan)
    with pytest.raises(ValueError, match="'volume' is too large a number"):
        settings.set("volume", 10 ** 400)
    assert settings["text_scale"] == 1.0 and settings["volume"] == 0.9


# -- fuzz: whatever the bytes, load() returns good values and says what was wrong -------------

SURROGATES = st.characters(categories=["Cs"])
TEXT = st.text(st.one_of(st.characters(), SURROGATES), max_size=12)
NUMBERS = st.one_of(st.floats(), st.integers(), st.sampled_from([10 ** 400, -10 ** 400]))
LEAVES = st.one_of(st.none(), st.booleans(), NUMBERS, TEXT, st.sampled_from(
    [option.default for option in OPTIONS] + [choice for o in OPTIONS for choice in o.choices]))
JSONISH = st.recursive(LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(TEXT, inner, max_size=3)), max_leaves=8)
SETTINGS_LIKE = st.fixed_dictionaries({"values": st.dictionaries(
    st.one_of(st.sampled_from(list(BY_NAME)), TEXT), JSONISH, max_size=6)},
    optional={"version": st.one_of(st.just(SCHEMA_VERSION), JSONISH)})
FUZZ = settings(max_examples=200, deadline=None, database=None)


def _encode(value, ascii_only: bool) -> bytes:
    """The value as a settings file would hold it; NaN and Infinity as Python's json writes them."""
    return json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


def _assert_loads_safely(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "settings.json"
        file.write_bytes(raw)

        loaded = Settings.load(file)

        assert set(loaded.values) == set(BY_NAME)
        for name, value in loaded.values.items():
            assert BY_NAME[name].check(value) == value
        for problem in loaded.problems:
            assert problem.startswith(f"{file}: ")
            problem.encode("utf-8")  # printable: no lone surrogates
        # nothing deleted: the bytes are still there, in place or kept aside
        left = [path.read_bytes() for path in Path(folder).iterdir()]
        assert left == [raw]
        if not loaded.problems:  # silence only for a settings object, left where it was
            assert isinstance(json.loads(file.read_bytes()), dict)


@FUZZ
@given(st.binary(max_size=200))
def test_fuzz_any_bytes_load(raw):
    _assert_loads_safely(raw)


@FUZZ
@given(st.one_of(JSONISH, SETTINGS_LIKE), st.booleans())
def test_fuzz_any_json_loads(value, ascii_only):
    _assert_loads_safely(_encode(value, ascii_only))


def test_the_plyometric_level_is_a_setting_with_three_choices():
    settings = Settings.load()
    assert settings["level"] == "beginner"
    with pytest.raises(ValueError, match="'level' should be one of beginner, intermediate, "
                                         "advanced, not 'expert'"):
        settings.set("level", "expert")
    settings.set("level", "advanced")
    settings.save()
    assert Settings.load()["level"] == "advanced"
