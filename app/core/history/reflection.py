"""What the athlete says about a session after it: notes, effort (RPE), pain during it and the
morning after, and for a box drill whether the knees held and the heels stayed off the ground.

`SessionReports` is the part of HistoryStore that writes these onto a saved session, each write
one transaction that changes nothing of what was done (drills, times, status), after checking
every value (`inputs`): a bad one raises HistoryValueError and nothing is written.

The next-morning question (Silbernagel's pain-monitoring model: pain must settle by the next
morning) is asked at the next start, about the latest real session only: `awaiting_next_morning`
finds it when it ended NEXT_MORNING_FROM_H to NEXT_MORNING_UNTIL_H hours ago (both ends
included) and has no answer yet. Sooner, no morning has come; later, the athlete's memory of
that morning is too far back to trust. An older session is never asked about: a session done
since has its own next morning. Previews and sessions not finished are never asked about.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from isohold.core.history import inputs, rows
from isohold.core.history.file_checks import HistoryError
from isohold.core.history.records import SessionRecord, now_local

NEXT_MORNING_FROM_H = 8.0  # hours after the session's end: a night has passed
NEXT_MORNING_UNTIL_H = 36.0  # hours after: the next morning is still fresh in mind
_LATEST_TRAINING = ("uuid = (SELECT uuid FROM sessions WHERE deleted_at IS NULL AND status IN "
                    "('completed', 'stopped_early') AND clock_speed = 1 "
                    "ORDER BY started_ts DESC LIMIT 1)")


def hours_between(earlier: datetime, later: datetime) -> float:
    return (later - earlier).total_seconds() / 3600.0


class SessionReports:
    """The writes of the athlete's reports on a saved session (part of HistoryStore)."""

    read_only: bool

    def _writing(self, *records):  # HistoryStore's one transaction
        raise NotImplementedError

    def _records(self, where: str, args: tuple = ()) -> list[SessionRecord]:
        raise NotImplementedError

    def session(self, uuid: str) -> SessionRecord | None:
        raise NotImplementedError

    def update_notes(self, uuid: str, notes: str, rpe: int | None) -> None:
        """Change only the notes and the effort (RPE 1-10, None: not given) of a saved session,
        in one transaction; what was done (drills, times, status) is left exactly as it is."""
        rpe = inputs.rpe(rpe)
        notes = inputs.notes(notes)
        with self._writing() as db:
            changed = db.execute(
                "UPDATE sessions SET notes = ?, rpe = ?, updated_at = ? "
                "WHERE uuid = ? AND deleted_at IS NULL",
                (notes, rpe, now_local().isoformat(), uuid)).rowcount
        if changed != 1:  # nothing was written: there is no such row
            raise _gone(uuid, "its notes were")

    def update_reflection(self, uuid: str, *, notes: str, rpe: int | None,
                          pain_during: int | None,
                          box_reports: Mapping[int, tuple[bool | None, bool | None]] | None = None
                          ) -> None:
        """The summary's questions, in one transaction: notes, effort (RPE 1-10), pain during
        the session (0-10) and, per box drill, (knees held, heels off) keyed by the drill's
        position in the session (0 for the first, as in `record.drills`). None is "not said";
        a drill left out of `box_reports` keeps what it had."""
        rpe = inputs.rpe(rpe)
        notes = inputs.notes(notes)
        pain_during = inputs.pain(pain_during, "the pain during the session")
        if box_reports:
            record = self.session(uuid)
            if record is None:
                raise _gone(uuid, "the answers were")
            box_reports = inputs.box_reports(record.drills, box_reports)
        with self._writing() as db:
            changed = db.execute(
                "UPDATE sessions SET notes = ?, rpe = ?, pain_during = ?, updated_at = ? "
                "WHERE uuid = ? AND deleted_at IS NULL",
                (notes, rpe, pain_during, now_local().isoformat(), uuid)).rowcount
            if changed != 1:
                raise _gone(uuid, "the answers were")
            db.executemany(
                "UPDATE session_drills SET knees_held = ?, heels_off = ? "
                "WHERE session_uuid = ? AND position = ?",
                [(rows.yes_no_value(knees), rows.yes_no_value(heels), uuid, position + 1)
                 for position, (knees, heels) in (box_reports or {}).items()])

    def set_next_morning(self, uuid: str, pain: int | None) -> None:
        """How the legs felt the morning after the finished session `uuid`: pain 0-10 (None
        takes an answer back), kept on that session."""
        pain = inputs.pain(pain, "the pain the next morning")
        with self._writing() as db:
            changed = db.execute(
                "UPDATE sessions SET pain_next_morning = ?, updated_at = ? WHERE uuid = ? "
                "AND deleted_at IS NULL AND status IN ('completed', 'stopped_early')",
                (pain, now_local().isoformat(), uuid)).rowcount
        if changed != 1:
            raise _gone(uuid, "the next morning's pain was", finished=True)

    def set_pain_before(self, uuid: str, pain: int | None) -> None:
        """The pain before the session (0-10; the baseline its next morning is compared with),
        kept on the session `uuid`, whether in progress or finished."""
        pain = inputs.pain(pain, "the pain before the session")
        with self._writing() as db:
            changed = db.execute(
                "UPDATE sessions SET pain_before = ?, updated_at = ? WHERE uuid = ? "
                "AND deleted_at IS NULL", (pain, now_local().isoformat(), uuid)).rowcount
        if changed != 1:
            raise _gone(uuid, "the pain before it was")

    def awaiting_next_morning(self, now: datetime) -> SessionRecord | None:
        """The latest real finished session, when it ended NEXT_MORNING_FROM_H to
        NEXT_MORNING_UNTIL_H hours before `now` (both included) and the next morning's pain
        was not given yet; else None. None from a read-only history (the answer could not be
        kept)."""
        if self.read_only:
            return None
        now = inputs.moment(now, "the time now")
        found = self._records(_LATEST_TRAINING)
        if not found or found[0].pain_next_morning is not None or found[0].ended_at is None:
            return None
        hours = hours_between(found[0].ended_at, now)
        return found[0] if NEXT_MORNING_FROM_H <= hours <= NEXT_MORNING_UNTIL_H else None


def _gone(uuid: str, what: str, finished: bool = False) -> HistoryError:
    state = "no longer in the history or not finished" if finished else \
        "no longer in the history"
    return HistoryError(f"The session {uuid} is {state} (deleted, or the file was changed by "
                        f"another program), so {what} not saved.")
