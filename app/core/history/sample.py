"""Made-up sessions, for screenshots, benchmarks and tests of the history views.

The drills mirror the built-in routines (resources/drills.json) but are written out here, so
a made-up history needs no routine file. Deterministic for a given seed.
"""

from __future__ import annotations

import random
import uuid as uuid_module
from datetime import date, datetime, time, timedelta, timezone

from isohold.core.history.records import DrillRecord, SessionRecord, Status

_HOLDS = [("wall-press-straight", "Wall calf press (straight leg)", "both", 8, 1, 10.0),
          ("wall-press-bent", "Wall calf press (bent knee)", "both", 8, 1, 10.0),
          ("sprinter-press", "Sprinter press", "alternate", 8, 1, 8.0)]
_DYNAMIC = [("forefoot-jumps", "Double-foot jump to forefoot hold", 8, 3, None),
            ("downhill-sprints", "Downhill sprints and drills", 4, 1, None),
            ("drop-jumps", "Drop and block jumps", 6, 3, 40.0)]
ROUTINES = {"iso-holds": "Isometric holds", "dynamic": "Dynamic drills", "full": "Full session"}


def made_up_sessions(days: int, last_day: date, seed: int = 7, every: float = 2.3,
                     tz: timezone | None = None) -> list[SessionRecord]:
    """About one session per `every` days over the `days` days up to `last_day`, oldest first."""
    rng = random.Random(seed)
    tz = tz or timezone(timedelta(hours=1))
    sessions: list[SessionRecord] = []
    day = last_day - timedelta(days=days - 1)
    box = 40.0
    while day <= last_day:
        routine_id = rng.choice(["iso-holds", "iso-holds", "dynamic", "full"])
        if routine_id != "iso-holds" and rng.random() < 0.3:
            box = min(60.0, box + 5.0)
        started = datetime.combine(day, time(7 + rng.randrange(12), rng.randrange(60)), tz)
        sessions.append(_session(rng, routine_id, started, box))
        step = every if every <= 1 else rng.uniform(1, 2 * every - 1)
        day += timedelta(days=max(1, round(step)))
    return sessions


def _session(rng: random.Random, routine_id: str, started: datetime, box: float) -> SessionRecord:
    drills: list[DrillRecord] = []
    stopped = rng.random() < 0.08
    if routine_id in ("iso-holds", "full"):
        for drill_id, name, sides, reps, sets, hold in _HOLDS:
            reps = rng.choice([8, 10]) if reps == 8 else reps
            drills.append(_hold(drill_id, name, sides, reps, sets, hold, stopped and not drills))
    if routine_id in ("dynamic", "full"):
        for drill_id, name, reps, sets, box_default in _DYNAMIC:
            drill = DrillRecord(drill_id, name, "paced", "both", sets, reps, sets, 0, 0,
                                reps * sets, set_s=reps * sets * 4.0,
                                choices={"reps": reps, "sets": sets, "box_height_cm": box_default,
                                         "rest_s": 90.0})
            if box_default is not None:
                drill.box_height_cm = box
            drill.contacts_per_rep = 0 if drill_id == "downhill-sprints" else 1
            drills.append(drill)
    if stopped:
        for drill in drills[1:]:
            drill.sets_done = drill.reps_left = drill.reps_right = drill.reps_both = 0
            drill.hold_left_s = drill.hold_right_s = drill.hold_both_s = drill.set_s = 0.0
    plan = {"get_ready_s": None, "choices": {
        d.drill_id: {"reps": d.reps_planned, "sets": d.sets_planned, "hold_s": None,
                     "reset_s": 5.0, "rest_s": 90.0, "switch_s": 0.0, "box_height_cm": None,
                     **d.choices} for d in drills}}
    active = sum(d.tut_s + d.set_s for d in drills) * 2.2 + 10
    paused = rng.choice([0.0, 0.0, 0.0, 25.0, 70.0])
    return SessionRecord(
        uuid=str(uuid_module.UUID(int=rng.getrandbits(128), version=4)),
        routine_id=routine_id, routine_name=ROUTINES[routine_id], started_at=started,
        ended_at=started + timedelta(seconds=active + paused), active_s=active, paused_s=paused,
        status=Status.STOPPED_EARLY if stopped else Status.COMPLETED,
        notes=rng.choice(["", "", "Felt strong", "Left calf tight", "Short on sleep",
                          "Knees held on the box"]),
        rpe=rng.choice([None, 5, 6, 7, 7, 8]), drills=drills, planned_s=active, plan=plan,
        phase_index=rng.randrange(40, 120), reached_end=not stopped)


def _hold(drill_id, name, sides, reps, sets, hold, cut) -> DrillRecord:
    done = reps // 2 if cut else reps
    drill = DrillRecord(drill_id, name, "hold", sides, sets, reps, 0 if cut else sets,
                        choices={"reps": reps, "sets": sets, "hold_s": hold, "reset_s": 5.0})
    if sides == "alternate":
        drill.reps_left, drill.reps_right = (done + 1) // 2, done // 2
        drill.hold_left_s, drill.hold_right_s = drill.reps_left * hold, drill.reps_right * hold
    else:
        drill.reps_both, drill.hold_both_s = done, done * hold
    return drill
