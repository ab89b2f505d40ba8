"""Where things are in a JSON text, and what a JSON syntax error means, in an athlete's words.

`Places(text).line(path)` is the line a value starts on (`("drills", 2, "reps")`), found by one
scan of the text made only when a problem needs it. `syntax_problem` turns the parser's
"Expecting ',' delimiter" into "a comma is missing after "reps": 8", on the line where the
comma belongs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from isohold.core.words import Message

# A string, a bracket or a punctuation mark, or a run of anything else (a number, true, null)
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[][{}:,]|[^\s\][{}:,"]+')


class Places:
    """The lines of a valid JSON text's values, by their path from the top."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lines: dict[tuple, int] | None = None

    def line(self, path: Sequence) -> int | None:
        """The line `path` starts on, or its nearest enclosing value's; None for the top."""
        if self._lines is None:
            self._lines = _value_lines(self.text)
        path = tuple(path)
        while path and path not in self._lines:
            path = path[:-1]
        return self._lines.get(path) if path else None


def _value_lines(text: str) -> dict[tuple, int]:
    lines: dict[tuple, int] = {}
    path: list = []
    frames: list[list] = []  # [kind "{" or "[", holds a key or index on the path]
    line, seen = 1, 0
    for found in _TOKEN.finditer(text):
        line += text.count("\n", seen, found.start())
        seen = found.start()
        token = found.group()
        frame = frames[-1] if frames else None
        if frame is not None and frame[0] == "{" and not frame[1] and token.startswith('"'):
            try:  # a field name: the place of its value, as it usually starts on this line
                path.append(json.loads(token))
            except ValueError:
                path.append(token.strip('"'))
            frame[1] = True
            lines.setdefault(tuple(path), line)
            continue
        if token in ("}", "]"):
            if frames and frames.pop()[1]:
                path.pop()
            continue
        if token == ",":
            if frame is not None and frame[0] == "{":
                path.pop()
                frame[1] = False
            elif frame is not None:
                path[-1] += 1
            continue
        if token == ":":
            continue
        lines.setdefault(tuple(path), line)  # a value starts here
        if token in ("{", "["):
            frames.append([token, token == "["])
            if token == "[":
                path.append(0)
    return lines


def syntax_problem(text: str, error: json.JSONDecodeError) -> tuple[int, Message]:
    """(line, what is wrong) for a JSON syntax error, in plain words."""
    at = error.pos
    before = text[:at].rstrip()
    after = text[at:at + 1]
    previous = before[-1:] if before else ""
    last_line = before.count("\n") + 1
    shown = _shown(before.rsplit("\n", 1)[-1].strip())
    message = error.msg
    if message == "Expecting ',' delimiter":
        return last_line, Message("a comma is missing after %1", shown)
    if message == "Expecting ':' delimiter":
        return last_line, Message("a colon (:) is missing after the field name %1", shown)
    if message == "Expecting property name enclosed in double quotes":
        if previous == ",":
            return last_line, Message("remove the comma after %1: nothing follows it in {...}",
                                      shown)
        if after == "'":
            return error.lineno, Message(
                "write field names in double quotes (\"reps\"), not single ones")
        return error.lineno, Message("expected a field name in double quotes, like \"reps\", "
                                     "got %1", _shown(_rest_of_line(text, at)))
    if message.startswith("Illegal trailing comma"):  # Python 3.13 and later: at the comma
        if message.endswith("object"):
            return last_line, Message("remove the comma after %1: nothing follows it in {...}",
                                      shown)
        return last_line, Message("remove the comma after %1: nothing follows it", shown)
    if message == "Expecting value":
        if previous == "," and after in "]}":
            return last_line, Message("remove the comma after %1: nothing follows it", shown)
        if not text[at:].strip():
            return last_line, Message(
                "the file ends too soon: a value or a closing } or ] is missing")
        if after == "'":
            return error.lineno, Message(
                "write text in double quotes (\"like this\"), not single ones")
        return error.lineno, Message("expected a value (a number, \"text\", true, false, "
                                     "[a list] or {an object}), got %1",
                                     _shown(_rest_of_line(text, at)))
    if message.startswith("Unterminated string"):
        return error.lineno, Message("text in quotes is not closed: a closing \" is missing")
    if message.startswith("Invalid control character"):
        return error.lineno, Message("text in quotes runs past the end of its line: a closing "
                                     "\" is missing (or, for a new line inside the text, "
                                     "write \\n)")
    if message.startswith("Invalid \\escape") or message.startswith("Invalid \\u"):
        return error.lineno, Message("a backslash JSON does not allow inside text: write "
                                     "\\\\ for a backslash")
    if message == "Extra data":
        return error.lineno, Message("something follows the end of the file's {...}: remove "
                                     "it, or check that the first { is closed where you meant")
    return error.lineno, Message("not valid JSON here (%1)", message.lower())


def _rest_of_line(text: str, at: int) -> str:
    return text[at:].split("\n", 1)[0].strip()


def _shown(snippet: str) -> str:
    snippet = snippet.rstrip(",")
    return snippet if len(snippet) <= 50 else "..." + snippet[-47:]
