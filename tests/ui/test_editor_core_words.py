"""The drill editor says the loader's checks in the athlete's language (the keys-only trial in
German saw "Expected min <= max, got min 12 and max 10." among German labels)."""

from __future__ import annotations

import json

from isohold import assets
from isohold.core.loader import BUILT_IN
from isohold.ui.editor import drill_check
from tests.ui.test_language_pseudo import bare_words, pseudo, pseudo_catalogue  # noqa: F401


def first_drill() -> dict:
    return dict(json.loads(assets.path(BUILT_IN).read_text("utf-8"))["drills"][0])


def test_a_range_upside_down_is_said_in_the_language(pseudo):  # noqa: F811
    entry = first_drill()
    entry["reps"] = {**entry["reps"], "min": 12, "max": 10}
    problems = drill_check.loader_problems(entry)
    assert problems["reps"] and bare_words(problems["reps"]) == ""


def test_a_default_out_of_range_is_said_in_the_language(pseudo):  # noqa: F811
    entry = first_drill()
    entry["reps"] = {**entry["reps"], "default": 50}
    problems = drill_check.loader_problems(entry)
    assert problems["reps"] and bare_words(problems["reps"]) == ""
