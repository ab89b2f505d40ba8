"""The athlete's reports on a saved session: pain during, the next morning and before,
knees held and heels off on a box drill; each write checked first, one transaction, nothing
else of the session changed (no Qt, no real time)."""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from isohold.core.history import (NEXT_MORNING_FROM_H, NEXT_MORNING_UNTIL_H, HistoryError,
                                  HistoryStore, HistoryValueError, SessionRecord, Status)
from isohold.core.routines import SessionPlan
from tests.core.history.conftest import ROUTINE

TZ = timezone(timedelta(hours=1))
ENDED = datetime(2025, 6, 2, 18, 30, tzinfo=TZ)
DROPS = 2  # the drop jumps' position in ROUTINE (0-based, as in record.drills)


def finished(ended_at: datetime = ENDED, clock_speed: float = 1.0,
             status: Status = Status.COMPLETED) -> SessionRecord:
    """A finished session of ROUTINE that ended at `ended_at`, its drop jumps done."""
    record = SessionRecord.new(SessionPlan(ROUTINE), clock_speed=clock_speed,
                               started_at=ended_at - timedelta(minutes=30 / clock_speed))
    record.active_s = 1800.0
    record.ended_at = ended_at
    drops = record.drills[DROPS]
    drops.reps_both, drops.sets_done, drops.box_height_cm = 6, 2, 40.0
    record.status = status
    return record


def saved_row(store: HistoryStore, uuid: str) -> tuple:
    """Everything a report must leave alone: the session's row and its drills' rows, minus
    the columns the reports write."""
    db = store._db
    session = db.execute("SELECT * FROM sessions WHERE uuid = ?", (uuid,)).fetchone()
    names = [row[1] for row in db.execute("PRAGMA table_info(sessions)")]
    kept = tuple(value for name, value in zip(names, session) if name not in (
        "notes", "rpe", "pain_during", "pain_next_morning", "pain_before", "updated_at"))
    drills = db.execute("SELECT * FROM session_drills WHERE session_uuid = ? ORDER BY position",
                        (uuid,)).fetchall()
    drill_names = [row[1] for row in db.execute("PRAGMA table_info(session_drills)")]
    drills = tuple(tuple(value for name, value in zip(drill_names, drill)
                         if name not in ("knees_held", "heels_off")) for drill in drills)
    return kept, drills


# -- saving the reports ---------------------------------------------------------------------
def test_the_summary_reports_round_trip_through_a_reopened_file(tmp_path):
    path = tmp_path / "history.sqlite3"
    record = finished()
    record.pain_during, record.pain_before = 4, 1
    record.drills[DROPS].knees_held, record.drills[DROPS].heels_off = True, False
    with HistoryStore(path) as store:
        store.finish(record, Status.COMPLETED)
    with HistoryStore(path) as store:
        saved = store.session(record.uuid)
        [line] = store.lines()
    assert (saved.pain_during, saved.pain_before, saved.pain_next_morning) == (4, 1, None)
    assert (saved.drills[DROPS].knees_held, saved.drills[DROPS].heels_off) == (True, False)
    assert [(d.knees_held, d.heels_off) for d in saved.drills[:DROPS]] == [(None, None)] * 2
    assert (line.pain_during, line.pain_next_morning) == (4, None)


def test_update_reflection_writes_the_answers_and_nothing_else(store):
    record = finished()
    store.finish(record, Status.COMPLETED)
    before = saved_row(store, record.uuid)
    store.update_reflection(record.uuid, notes="Left heel touched twice", rpe=8, pain_during=3,
                            box_reports={DROPS: (False, True)})
    saved = store.session(record.uuid)
    assert (saved.notes, saved.rpe, saved.pain_during) == ("Left heel touched twice", 8, 3)
    assert (saved.drills[DROPS].knees_held, saved.drills[DROPS].heels_off) == (False, True)
    assert saved_row(store, record.uuid) == before  # what was done is left as it was
    # given again, None is "not said"; a drill left out keeps its report
    store.update_reflection(record.uuid, notes="", rpe=None, pain_during=None)
    saved = store.session(record.uuid)
    assert (saved.notes, saved.rpe, saved.pain_during) == ("", None, None)
    assert (saved.drills[DROPS].knees_held, saved.drills[DROPS].heels_off) == (False, True)
    store.update_reflection(record.uuid, notes="", rpe=None, pain_during=0,
                            box_reports={DROPS: (None, None)})
    saved = store.session(record.uuid)
    assert saved.pain_during == 0
    assert (saved.drills[DROPS].knees_held, saved.drills[DROPS].heels_off) == (None, None)


def test_update_notes_still_changes_only_the_notes_and_the_effort(store):
    record = finished()
    record.pain_during = 2
    store.finish(record, Status.COMPLETED)
    store.update_notes(record.uuid, "fine", 6)
    saved = store.session(record.uuid)
    assert (saved.notes, saved.rpe, saved.pain_during) == ("fine", 6, 2)


BAD_REFLECTIONS = [  # (the change asked, the words of the refusal)
    (dict(pain_during=11), "pain during the session should be a whole number from 0 to 10"),
    (dict(pain_during=-1), "from 0 to 10, not -1"),
    (dict(pain_during=True), "not True"),
    (dict(pain_during=4.5), "not 4.5"),
    (dict(pain_during="4"), "not '4'"),
    (dict(rpe=0), "effort (RPE) should be a whole number from 1 to 10"),
    (dict(rpe=False), "effort (RPE)"),
    (dict(notes=None), "notes should be text"),
    (dict(box_reports={3: (True, True)}), "no drill at position 3"),
    (dict(box_reports={-1: (True, True)}), "no drill at position -1"),
    (dict(box_reports={True: (True, True)}), "no drill at position True"),
    (dict(box_reports={"2": (True, True)}), "no drill at position '2'"),
    (dict(box_reports={0: (True, True)}), "at position 0 (Wall calf press) is not done from a box"),
    (dict(box_reports={DROPS: (1, True)}), "Whether the knees held in Drop jumps should be yes"),
    (dict(box_reports={DROPS: (True, "no")}), "Whether the heels stayed off in Drop jumps"),
    (dict(box_reports={DROPS: (True,)}), "should be (knees held, heels off)"),
    (dict(box_reports=[(True, True)]), "should map each drill's position"),
]


@pytest.mark.parametrize("change, words", BAD_REFLECTIONS)
def test_a_bad_answer_is_refused_in_a_sentence_and_nothing_is_written(store, change, words):
    record = finished()
    record.pain_during, record.rpe, record.notes = 2, 5, "as saved"
    store.finish(record, Status.COMPLETED)
    answers = dict(notes="changed", rpe=7, pain_during=3, box_reports={DROPS: (True, True)})
    answers.update(change)
    with pytest.raises(HistoryValueError, match=re.escape(words)) as refused:
        store.update_reflection(record.uuid, **answers)
    assert isinstance(refused.value, ValueError) and str(refused.value).endswith(
        "Nothing was changed.")
    saved = store.session(record.uuid)
    assert (saved.notes, saved.rpe, saved.pain_during) == ("as saved", 5, 2)
    assert (saved.drills[DROPS].knees_held, saved.drills[DROPS].heels_off) == (None, None)


@pytest.mark.parametrize("field, value", [("pain_during", 11), ("pain_before", -1),
                                          ("pain_next_morning", True), ("pain_during", 2.0)])
def test_a_session_saved_with_a_pain_out_of_range_is_refused_and_not_written(store, field,
                                                                             value):
    record = finished()
    setattr(record, field, value)
    with pytest.raises(HistoryValueError, match="should be a whole number from 0 to 10"):
        store.finish(record, Status.COMPLETED)
    assert store.count() == 0
    with pytest.raises(HistoryValueError):
        store.add_finished([finished(), record])
    assert store.count() == 0  # not even the good one: one transaction


def test_a_session_saved_with_a_box_report_on_a_drill_without_a_box_is_refused(store):
    record = finished()
    record.drills[0].knees_held = True
    with pytest.raises(HistoryValueError, match="not done from a box"):
        store.finish(record, Status.COMPLETED)
    assert store.count() == 0


def test_the_reports_of_a_session_no_longer_there_are_said_not_saved(store):
    record = finished()
    store.finish(record, Status.COMPLETED)
    store.delete(record.uuid)
    with pytest.raises(HistoryError, match="no longer in the history"):
        store.update_reflection(record.uuid, notes="", rpe=None, pain_during=2)
    with pytest.raises(HistoryError, match="no longer in the history"):
        store.update_reflection(record.uuid, notes="", rpe=None, pain_during=2,
                                box_reports={DROPS: (True, True)})
    with pytest.raises(HistoryError, match="no longer in the history"):
        store.set_next_morning(record.uuid, 2)
    with pytest.raises(HistoryError, match="no longer in the history"):
        store.set_pain_before(record.uuid, 2)
    store.undo_delete(record.uuid)
    assert store.session(record.uuid).pain_during is None


# -- the next morning -----------------------------------------------------------------------
@pytest.mark.parametrize("hours, asked", [
    (7.9, False), (8.0, True), (8.1, True), (20.0, True), (35.9, True), (36.0, True),
    (36.1, False), (2.0, False), (-1.0, False)])
def test_the_next_morning_is_asked_from_8_to_36_hours_after_the_session_ended(store, hours,
                                                                              asked):
    assert (NEXT_MORNING_FROM_H, NEXT_MORNING_UNTIL_H) == (8.0, 36.0)
    record = finished()
    store.finish(record, Status.COMPLETED)
    found = store.awaiting_next_morning(ENDED + timedelta(hours=hours))
    assert (found.uuid if found else None) == (record.uuid if asked else None)


def test_the_window_is_measured_in_real_time_across_time_zones(store):
    record = finished()
    store.finish(record, Status.COMPLETED)
    tokyo = timezone(timedelta(hours=9))
    assert store.awaiting_next_morning((ENDED + timedelta(hours=9)).astimezone(tokyo)).uuid \
        == record.uuid
    assert store.awaiting_next_morning((ENDED + timedelta(hours=7)).astimezone(tokyo)) is None


def test_once_answered_the_next_morning_is_kept_and_not_asked_again(tmp_path):
    path = tmp_path / "history.sqlite3"
    record = finished()
    with HistoryStore(path) as store:
        store.finish(record, Status.COMPLETED)
        store.set_next_morning(record.uuid, 3)
        assert store.awaiting_next_morning(ENDED + timedelta(hours=10)) is None
        # saving the session again (its summary) never loses the answer
        store.finish(record, Status.COMPLETED)
    with HistoryStore(path) as store:
        assert store.session(record.uuid).pain_next_morning == 3
        store.set_next_morning(record.uuid, None)  # taken back: asked again
        assert store.awaiting_next_morning(ENDED + timedelta(hours=10)).uuid == record.uuid


@pytest.mark.parametrize("pain", [11, -1, True, 3.0, "3"])
def test_a_bad_next_morning_answer_is_refused_and_nothing_is_written(store, pain):
    record = finished()
    store.finish(record, Status.COMPLETED)
    with pytest.raises(HistoryValueError, match="pain the next morning should be a whole "
                                                "number from 0 to 10"):
        store.set_next_morning(record.uuid, pain)
    with pytest.raises(HistoryValueError, match="pain before the session"):
        store.set_pain_before(record.uuid, pain)
    saved = store.session(record.uuid)
    assert (saved.pain_next_morning, saved.pain_before) == (None, None)


def test_only_the_latest_real_finished_session_is_asked_about(store):
    older = finished(ENDED - timedelta(hours=5))
    latest = finished(ENDED)
    store.add_finished([older, latest])
    now = ENDED + timedelta(hours=10)
    assert store.awaiting_next_morning(now).uuid == latest.uuid
    # a preview since is no training: the real session before it is still asked about
    store.finish(finished(ENDED + timedelta(hours=2), clock_speed=10.0), Status.COMPLETED)
    assert store.awaiting_next_morning(now).uuid == latest.uuid
    # answered, the older one is not asked about: a session has been done since
    store.set_next_morning(latest.uuid, 1)
    assert store.awaiting_next_morning(now) is None
    # a real session done 2 h ago: no morning has come since it, nothing to ask
    recent = finished(ENDED + timedelta(hours=8))
    store.finish(recent, Status.STOPPED_EARLY)
    assert store.awaiting_next_morning(now) is None
    assert store.awaiting_next_morning(now + timedelta(hours=6)).uuid == recent.uuid


def test_a_preview_or_a_session_not_finished_is_never_asked_about(store):
    store.finish(finished(clock_speed=10.0), Status.COMPLETED)
    assert store.awaiting_next_morning(ENDED + timedelta(hours=10)) is None
    running = finished(ENDED + timedelta(hours=1))
    running.ended_at = None
    store.begin(running)
    assert store.awaiting_next_morning(ENDED + timedelta(hours=10)) is None
    with pytest.raises(HistoryError, match="not finished"):
        store.set_next_morning(running.uuid, 2)
    store.set_pain_before(running.uuid, 2)  # the baseline may be given before it ends
    assert store.session(running.uuid).pain_before == 2


def test_a_deleted_session_is_not_asked_about(store):
    record = finished()
    store.finish(record, Status.COMPLETED)
    store.delete(record.uuid)
    assert store.awaiting_next_morning(ENDED + timedelta(hours=10)) is None


def test_a_read_only_history_asks_nothing(tmp_path, monkeypatch):
    """Its answer could not be kept."""
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        store.finish(finished(), Status.COMPLETED)
    real_open = os.open

    def refuse_writing(file, flags, *args, **kwargs):
        if Path(file) == path and flags & (os.O_RDWR | os.O_WRONLY):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_writing)
    with HistoryStore(path) as store:
        assert store.read_only
        assert store.awaiting_next_morning(ENDED + timedelta(hours=10)) is None


def test_last_record_is_the_latest_training_with_its_drills_and_reports(store):
    record = finished()
    record.drills[DROPS].knees_held = False
    store.add_finished([finished(ENDED - timedelta(days=2)), record])
    store.finish(finished(ENDED + timedelta(hours=1), clock_speed=10.0), Status.COMPLETED)
    last = store.last_record(ROUTINE.id)
    assert last.uuid == record.uuid and last.drills[DROPS].knees_held is False
    assert store.last_record("another") is None
