"""With no sound output the heel-rise test shows its beat on screen, in every language: the page
asks the player whether it is silent, not what its (translated) output is called."""

from __future__ import annotations

from isohold.audio.player import CuePlayer
from isohold.core.clock import FakeClock
from isohold.ui.leg_test_page import LegTestPage
from tests.ui.test_language_pseudo import pseudo, pseudo_catalogue  # noqa: F401


def test_a_silent_output_is_not_heard_under_another_language(qtbot, pseudo):  # noqa: F811
    player = CuePlayer(order=("silent",))
    assert not player.backend_name.startswith("silent")  # its name is in the language
    page = LegTestPage(FakeClock(start=1000.0), player)
    qtbot.addWidget(page)
    assert not page.sound_heard
