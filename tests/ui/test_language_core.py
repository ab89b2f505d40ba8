"""The core's messages, the built-in programs' texts and the command line in the athlete's
language (issue 15): every text lupdate must see is in both catalogues, translated."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from tools import translations

ROOT = Path(__file__).resolve().parents[2]


def held(language: str) -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) -> translation of each live message of a catalogue."""
    path = translations.catalogue(language)
    return {(name, message.findtext("source"), message.findtext("comment") or ""):
            message.findtext("translation") or ""
            for name, message in translations.messages(ElementTree.parse(path))
            if message.find("translation").get("type") != "unfinished"}


def test_the_built_in_programs_texts_are_in_the_catalogues_under_their_contract():
    """Context "programs", the English text, "<id> name" / "<id> description" /
    "<id> week <n> note" (n from 1): what the program screens look up."""
    data = json.loads((ROOT / "resources" / "programs.json").read_text("utf-8"))
    wanted = translations.program_texts(data)
    first = data["programs"][0]
    assert ("programs", first["name"], f"{first['id']} name") in wanted
    assert ("programs", first["weeks"][0]["note"], f"{first['id']} week 1 note") in wanted
    assert len(wanted) == sum(2 + len(p["weeks"]) for p in data["programs"])
    for language in translations.LANGUAGES:
        found = held(language)
        missing = [entry for entry in wanted if not found.get(entry)]
        assert missing == [], (language, missing[:3])
