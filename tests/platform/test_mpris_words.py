"""The media player's words in the athlete's language: the desktop reads the phase, the drill
and the routine as the session screen says them (the window hands the remote the screens'
words, `Words`), on a real private session bus; English when it is given none."""

from __future__ import annotations

import pytest

from isohold.core.clock import FakeClock
from isohold.core.loader import load_routines
from isohold.core.phases import PhaseKind
from isohold.core.routines import SessionPlan
from isohold.core.timeline import compile_timeline
from isohold.platform.mpris import MediaRemote, Words
from isohold.session.runner import SessionRunner
from isohold.ui.language import install, routine_text
from isohold.ui.session.text import drill_name, phase_word
from tests.platform.private_bus import session_bus
from tests.platform.test_mpris import get
from tools import translations

ISO = next(routine for routine in load_routines().routines if routine.id == "iso-holds")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    return translations.compile_catalogues(into=tmp_path_factory.mktemp("qm"))[0].parent


@pytest.fixture
def german(qapp, compiled):
    assert install(qapp, "de", compiled).problem == ""
    yield
    install(qapp, "en", compiled)


@pytest.fixture
def bus():
    with session_bus() as address:
        yield address


def _remote(bus: str, words: Words | None) -> tuple[SessionRunner, MediaRemote]:
    runner = SessionRunner(compile_timeline(SessionPlan(ISO)), FakeClock())
    remote = MediaRemote(address=bus, parent=runner, **({"words": words} if words else {}))
    remote.follow(runner)
    assert remote.publish(), remote.problem
    runner.start()
    return runner, remote


def test_the_desktop_reads_the_session_in_german(qtbot, bus, german):
    # as the window builds it (app/ui/main_window.py, _connect_session)
    words = Words(phase=phase_word, drill=drill_name,
                  routine=lambda routine: routine_text(routine.id, "name", routine.name))
    runner, remote = _remote(bus, words)
    try:
        metadata = get(qtbot, bus, "Metadata")
        assert "'xesam:title': <'Wadendrücken an der Wand (gestrecktes Bein)'>" in metadata
        assert "'xesam:album': <'Bereit machen'>" in metadata
        assert "'xesam:artist': <['Isometrisches Halten']>" in metadata
        runner.next()
        assert runner.phase.kind is PhaseKind.HOLD
        assert "'xesam:album': <'Halten'>" in get(qtbot, bus, "Metadata")
    finally:
        runner.stop()
        remote.withdraw()


def test_given_no_words_the_desktop_reads_english_whatever_the_language(qtbot, bus, german):
    runner, remote = _remote(bus, None)
    try:
        metadata = get(qtbot, bus, "Metadata")
        assert "'xesam:title': <'Wall calf press (straight leg)'>" in metadata
        assert "'xesam:album': <'Get ready'>" in metadata
        assert "'xesam:artist': <['Isometric holds']>" in metadata
    finally:
        runner.stop()
        remote.withdraw()
