"""The spoken calls in the athlete's language: German and Spanish calls shipped beside the
English ones (resources/sounds/de/, es/), shaped as the English ones, in the words the screen
uses, the built-in drills' names from the catalogues; the player plays the language's calls,
a call missing there its beeps (never another language's voice), a language with no calls
beeps only, and names the athlete's own drills in the language's voice."""

from __future__ import annotations

import array
import json
import shutil
import statistics
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from isohold.audio import player as player_module
from isohold.audio import speech
from isohold.audio.bank import SoundBank
from isohold.audio.outputs import SilentOutput
from isohold.audio.player import CuePlayer
from isohold.audio.speech import SpeechCache
from isohold.core import cues
from isohold.core.clock import FakeClock
from isohold.core.cue_schedule import NAME_CALL_S, SPOKEN_CALL_S
from isohold.core.cue_sounds import (DRILL_CALLS, GAP_S, NEXT_SOUND, VOICE_AND_BEEPS,
                                     call_sounds, drill_sound)
from isohold.core.routines import SessionPlan
from isohold.core.timeline import compile_timeline
from isohold.session.runner import SessionRunner

from tests.audio.conftest import BUILTIN, SHIPPED_SOUNDS
from tests.audio.test_drill_names import Timed, _own
from tests.audio.test_sounds import make_sounds, read

ROOT = Path(__file__).resolve().parents[2]
OTHERS = [language for language in make_sounds.LANGUAGES if language != "en"]
FOLDERS = {"en": SHIPPED_SOUNDS, **{language: SHIPPED_SOUNDS / language for language in OTHERS}}
CALLS = sorted(call_sounds())
NAMES = {drill_sound(drill_id) for drill_id in DRILL_CALLS}
ISO = next(routine for routine in BUILTIN if routine.id == "iso-holds")
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                  reason="espeak-ng is not installed (tools/bootstrap.sh)")


def samples_of(path: Path) -> array.array:
    return read(path)[1]


def about(language: str) -> dict:
    return json.loads((FOLDERS[language] / "voices.json").read_text(encoding="utf-8"))


# -- the files ---------------------------------------------------------------------------------
def test_german_and_spanish_are_shipped():
    assert set(OTHERS) == {"de", "es"}


@pytest.mark.parametrize("language", OTHERS)
def test_each_language_folder_holds_every_call_and_nothing_else(language):
    folder = FOLDERS[language]
    assert {path.stem for path in folder.iterdir() if path.suffix == ".wav"} == call_sounds()
    assert {path.name for path in folder.iterdir()} == {f"{name}.wav" for name in CALLS} | \
        {"voices.json"}


@pytest.mark.parametrize("language", make_sounds.LANGUAGES)
def test_voices_json_records_the_words_and_voice_make_sounds_says_now(language):
    """The words as the tool takes them today (the catalogue's drill names too): a drill renamed
    in the catalogue, or a call reworded, fails here until the calls are made again."""
    made = about(language)
    assert made["voice"] == speech.VOICES[language]
    assert made["language"] == language
    assert made["calls"] == make_sounds.language_calls(language)
    assert set(made["calls"]) == call_sounds()


@pytest.mark.parametrize("language", make_sounds.LANGUAGES)
@pytest.mark.parametrize("name", CALLS)
def test_each_call_is_shaped_as_the_english_ones(language, name):
    """16-bit mono 44.1 kHz, peak -1 dBFS, faded, no silence before or after beyond the fade,
    short enough for its room: a call for SPOKEN_CALL_S, "next" and a name for NAME_CALL_S."""
    params, samples = read(FOLDERS[language] / f"{name}.wav")
    assert (params.nchannels, params.sampwidth, params.framerate, params.comptype) == \
        (1, 2, 44100, "NONE")
    seconds = len(samples) / 44100
    if name in NAMES:
        assert 0.5 <= seconds <= 1.7
    else:
        assert 0.25 <= seconds <= SPOKEN_CALL_S
    peak = max(abs(value) for value in samples)
    assert peak == make_sounds.PEAK  # -1 dBFS
    assert samples[0] == 0 and abs(samples[-1]) <= 2
    assert max(abs(value) for value in samples[:20]) < peak * 0.05
    assert max(abs(value) for value in samples[-20:]) < peak * 0.05
    # speech within 10 ms of the start and 40 ms of the end: trimmed to the fade and margins
    assert max(abs(value) for value in samples[:441]) > peak * 0.02
    assert max(abs(value) for value in samples[-1764:]) > peak * 0.02


@pytest.mark.parametrize("language", make_sounds.LANGUAGES)
def test_next_and_the_longest_name_fit_their_time_in_each_language(language):
    bank = SoundBank(language=language)
    assert bank.problems == [] and bank.no_calls == ""
    longest = max(bank.seconds(drill_sound(drill_id)) for drill_id in DRILL_CALLS)
    assert bank.seconds(NEXT_SOUND) + GAP_S + longest <= NAME_CALL_S


@pytest.mark.parametrize("language", OTHERS)
def test_the_calls_of_a_language_are_about_as_loud_as_each_other(language):
    levels = {name: make_sounds.loudness(samples_of(FOLDERS[language] / f"{name}.wav"))
              for name in CALLS}
    middle = statistics.median(levels.values())
    assert all(abs(level - middle) <= 3.0 for level in levels.values()), levels


@pytest.mark.parametrize("language", OTHERS)
def test_the_calls_are_not_the_english_ones(language):
    for name in CALLS:
        assert samples_of(FOLDERS[language] / f"{name}.wav") != \
            samples_of(SHIPPED_SOUNDS / f"{name}.wav"), name


# -- the words ---------------------------------------------------------------------------------
def _session_words(language: str) -> dict[str, str]:
    root = ElementTree.parse(ROOT / "translations" / f"isohold_{language}.ts").getroot()
    context = next(context for context in root.iter("context")
                   if context.findtext("name") == "SessionText")
    found = {}
    for message in context.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and translation.text:
            found[message.findtext("source")] = translation.text
    return found


@pytest.mark.parametrize("language", OTHERS)
def test_the_calls_say_what_the_session_screen_says(language):
    screen = _session_words(language)
    calls = make_sounds.CALLS[language]
    assert calls["voice_hold"].casefold() == screen["Hold"].casefold()
    assert calls["voice_rest"].casefold() == screen["Rest"].casefold()
    assert calls["voice_switch_legs"].casefold() == screen["Switch legs"].casefold()
    assert screen["%1, left leg"].replace("%1, ", "").casefold() == \
        calls["voice_left_leg"].casefold()
    assert screen["%1, right leg"].replace("%1, ", "").casefold() == \
        calls["voice_right_leg"].casefold()
    assert screen["next: %1"].split(":")[0].casefold() == calls[NEXT_SOUND].casefold()


@pytest.mark.parametrize("language", OTHERS)
def test_a_drill_is_called_by_its_catalogue_name_or_a_shortening_of_it(language):
    names = make_sounds.catalogue_names(language)
    calls = make_sounds.language_calls(language)
    for drill_id in DRILL_CALLS:
        said = calls[drill_sound(drill_id)]
        if drill_id in make_sounds.SHORTER[language]:
            assert said != names[drill_id] and make_sounds.shortens(said, names[drill_id])
        else:
            assert said == names[drill_id]


def test_a_short_form_that_no_longer_shortens_the_catalogue_name_stops_the_tool(tmp_path):
    """A drill renamed in the catalogue: its old short form says another name, and the tool
    refuses it rather than ship a name that no screen shows."""
    assert make_sounds.shortens("Wadendrücken gestreckt",
                                "Wadendrücken an der Wand (gestrecktes Bein)")
    assert not make_sounds.shortens("Wadendrücken gestreckt", "Wandpresse (gestrecktes Bein)")
    assert not make_sounds.shortens("Bein gestreckt", "Wadendrücken (gestrecktes Bein)")  # order
    catalogue = (ROOT / "translations" / "isohold_de.ts").read_text(encoding="utf-8")
    renamed = catalogue.replace("Wadendrücken an der Wand (gestrecktes Bein)",
                                "Wandpresse mit gestrecktem Bein")
    assert renamed != catalogue
    (tmp_path / "isohold_de.ts").write_text(renamed, encoding="utf-8")
    with pytest.raises(SystemExit, match="not a shortening of the catalogue's name "
                                         "'Wandpresse mit gestrecktem Bein'"):
        make_sounds.language_calls("de", tmp_path)


# -- made again, byte for byte -----------------------------------------------------------------
@needs_espeak
@pytest.mark.parametrize("language", OTHERS)
def test_make_sounds_renders_the_same_bytes_as_shipped(language, tmp_path):
    made_with = about(language)["espeak_ng"]
    if make_sounds.espeak_version() != made_with:
        pytest.skip(f"espeak-ng {make_sounds.espeak_version()} here, the calls were made with "
                    f"{made_with}: its speech differs between versions")
    # a few: a plain call, one said faster to fit, a drill's name (the whole set: test_sounds)
    faster = sorted(about(language).get("faster_wpm", {}))
    subset = {"voice_hold", drill_sound("sprinter-press"), *faster[:1]}
    for run in ("one", "two"):
        made = make_sounds.make_calls(tmp_path / run, language, subset)
        assert sorted(path.stem for path in made) == sorted(subset)
    for name in subset:
        once = (tmp_path / "one" / f"{name}.wav").read_bytes()
        assert once == (tmp_path / "two" / f"{name}.wav").read_bytes(), name
        assert once == (FOLDERS[language] / f"{name}.wav").read_bytes(), name


# -- played --------------------------------------------------------------------------------------
@pytest.fixture
def fake_output(monkeypatch):
    """The player's output keeps what it plays (on the session's fake clock)."""
    Timed.clock = FakeClock()
    monkeypatch.setattr(player_module, "open_output",
                        lambda kind, bank, volume, parent=None: (
                            Timed() if kind == "qt" else SilentOutput()))


def _player(language: str, bank: SoundBank | None = None, mode=VOICE_AND_BEEPS) -> CuePlayer:
    return CuePlayer(bank=bank, order=("qt", "silent"), mode=mode, language=language)


def _tree_copy(tmp_path: Path, language: str) -> Path:
    """A copy of resources/sounds/ with the beeps, English and `language`'s calls."""
    folder = tmp_path / "sounds"
    folder.mkdir()
    for path in SHIPPED_SOUNDS.glob("*.wav"):
        shutil.copyfile(path, folder / path.name)
    shutil.copytree(SHIPPED_SOUNDS / language, folder / language)
    return folder


@pytest.mark.parametrize("language", OTHERS)
def test_the_player_plays_the_languages_file_for_each_call(qtbot, fake_output, language):
    player = _player(language)
    assert player.bank.problems == [] and player.bank.no_calls == ""
    for name in CALLS:
        assert player.bank.samples[name] == samples_of(FOLDERS[language] / f"{name}.wav"), name
        assert player.bank.files[name] == FOLDERS[language] / f"{name}.wav"
    for name in ("beep_go", "beep_count", "beep_rest"):  # the beeps: the same in every language
        assert player.bank.samples[name] == samples_of(SHIPPED_SOUNDS / f"{name}.wav")
    assert player.bank.samples["beep_go"] == samples_of(SHIPPED_SOUNDS / "beep_go.wav")
    player.play_now((cues.GO, cues.HOLD))
    player.play_now((cues.COUNTDOWN[0],))
    player.play_now((cues.RELEASE, cues.next_drill_name("sprinter-press"), cues.SIDE_LEFT))
    assert [sounds for _, sounds in player.output.clips] == [
        ("beep_go", "voice_hold"), ("beep_count", "voice_three"),
        ("beep_release", "voice_next", "voice_drill_sprinter_press", "voice_left_leg")]
    assert player.backend_name == "timed"  # nothing to say: every call is there


def test_the_player_for_settings_speaks_the_language_it_is_given(qtbot, fake_output):
    settings = {"sound_mode": VOICE_AND_BEEPS, "volume": 0.9, "muted": False,
                "cue_set": "standard"}
    german = CuePlayer.for_settings(settings, language="de")
    assert german.language == "de"
    assert german.bank.samples["voice_rest"] == samples_of(FOLDERS["de"] / "voice_rest.wav")
    english = CuePlayer.for_settings(settings)
    assert english.bank.samples["voice_rest"] == samples_of(SHIPPED_SOUNDS / "voice_rest.wav")


def test_a_call_missing_or_unreadable_in_the_language_sounds_its_beep_not_the_english_call(
        qtbot, fake_output, tmp_path):
    folder = _tree_copy(tmp_path, "de")
    (folder / "de" / "voice_hold.wav").unlink()
    (folder / "de" / "voice_rest.wav").write_bytes(b"RIFF\x00\x00")  # damaged
    player = _player("de", SoundBank(folder, language="de"))
    assert sorted((problem.name, problem.file) for problem in player.bank.problems) == [
        ("voice_hold", str(folder / "de" / "voice_hold.wav")),
        ("voice_rest", str(folder / "de" / "voice_rest.wav"))]
    assert "voice_hold" not in player.bank.samples  # the English file is there, and not read
    assert "voice_rest" not in player.bank.samples
    player.play_now((cues.GO, cues.HOLD))
    player.play_now((cues.REST,))
    player.play_now((cues.GO, cues.LAST_REP))  # the calls still there still sound
    assert [sounds for _, sounds in player.output.clips] == [
        ("beep_go",), ("beep_rest",), ("beep_go", "voice_last_rep")]
    assert player.bank.samples["voice_last_rep"] == samples_of(
        folder / "de" / "voice_last_rep.wav")
    assert "de/voice_hold.wav (missing)" in player.off_reason


def test_a_language_without_calls_sounds_beeps_names_no_drill_and_says_so_on_the_output_line(
        qtbot, fake_output, tmp_path, monkeypatch):
    folder = _tree_copy(tmp_path, "de")
    bank = SoundBank(folder, language="fr")  # a catalogue a volunteer has just begun
    assert bank.no_calls == str(folder / "fr") + "/"
    assert bank.problems == [] and not any(name.startswith("voice_") for name in bank.samples)
    player = _player("fr", bank)
    assert player.backend_name == (f"timed; no spoken calls in this language "
                                   f"({folder / 'fr'}/ is not there): beeps instead")
    assert player.off_reason == ""  # not a fault: every cue still sounds its beeps
    player.play_now((cues.GO, cues.HOLD))
    player.play_now((cues.COUNTDOWN[0],))
    player.play_now((cues.REST,))
    player.play_now((cues.RELEASE, cues.next_drill_name("sprinter-press"), cues.SIDE_LEFT))
    assert [sounds for _, sounds in player.output.clips] == [
        ("beep_go",), ("beep_count",), ("beep_rest",), ("beep_release",)]
    runner = SessionRunner(compile_timeline(SessionPlan(_own(ISO))), FakeClock())
    player.follow(runner)
    assert player.speak_names() == 0  # no voice of its own: an own drill is not named either
    shipped = _player("xx")
    assert shipped.bank.no_calls == "resources/sounds/xx/"
    assert "resources/sounds/xx/ is not there" in shipped.backend_name


def test_the_pseudo_language_speaks_english(qtbot, fake_output):
    player = _player("pseudo")
    assert player.bank.no_calls == "" and player.voice == "en-us"
    assert player.bank.samples["voice_hold"] == samples_of(SHIPPED_SOUNDS / "voice_hold.wav")


# -- the athlete's own drills, in the language's voice ----------------------------------------
def test_the_name_cache_is_keyed_by_voice():
    english, german = SpeechCache(voice="en-us"), SpeechCache(voice="de")
    assert english.file_for("Pogo hops") != german.file_for("Pogo hops")
    assert SpeechCache().file_for("Pogo hops") == english.file_for("Pogo hops")


@needs_espeak
def test_a_german_player_names_the_athletes_own_drills_in_the_german_voice(qtbot, fake_output):
    own = _own(ISO)
    english, german = _player("en"), _player("de")
    assert (english.voice, german.voice) == ("en-us", "de")
    for player in (english, german):
        runner = SessionRunner(compile_timeline(SessionPlan(own)), FakeClock())
        player.follow(runner)
        player.names.wait()
        QCoreApplication.processEvents()
    for drill in own.drills:
        said_de = SpeechCache(voice="de").cached(drill.name)
        said_en = SpeechCache(voice="en-us").cached(drill.name)
        assert said_de is not None and said_en is not None and said_de != said_en
        assert german.bank.files[drill_sound(drill.id)] == said_de
        assert english.bank.files[drill_sound(drill.id)] == said_en
        assert german.bank.samples[drill_sound(drill.id)] != \
            english.bank.samples[drill_sound(drill.id)]
