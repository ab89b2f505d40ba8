"""The platform's words a person reads, under the pseudo-language: the screen-awake notice on
the session screen (the keys-only trial in German saw it in English on every session)."""

from __future__ import annotations

from isohold.platform.screensaver import ScreenAwake
from tests.ui.test_language_pseudo import bare_words, pseudo, pseudo_catalogue  # noqa: F401
from tests.ui.test_session_view import FakeInhibitor


def test_the_screen_awake_notice_is_translated(pseudo):  # noqa: F811
    awake = ScreenAwake(FakeInhibitor(fail="no screensaver service"))
    awake.hold()
    assert awake.problem and bare_words(awake.problem) == ""
