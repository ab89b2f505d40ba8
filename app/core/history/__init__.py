"""The training history: a crash-safe SQLite store of sessions, their drills, the athlete's
reports on them, leg-test results, and exports."""

from isohold.core.history.file_checks import HistoryValueError
from isohold.core.history.leg_tests import LegDifference, TestKind, TestResult, leg_differences
from isohold.core.history.records import (DrillRecord, SessionLine, SessionRecord, Status,
                                          plan_from_dict, plan_to_dict)
from isohold.core.history.reflection import NEXT_MORNING_FROM_H, NEXT_MORNING_UNTIL_H
from isohold.core.history.store import (FILE_NAME, HistoryError, HistoryStore,
                                        HistoryUnavailableError, HistoryWriteError, ResumeInfo,
                                        default_path)
from isohold.core.history.tally import SessionTally

__all__ = ["DrillRecord", "FILE_NAME", "HistoryError", "HistoryStore", "HistoryUnavailableError",
           "HistoryValueError", "HistoryWriteError", "LegDifference", "NEXT_MORNING_FROM_H",
           "NEXT_MORNING_UNTIL_H", "ResumeInfo", "SessionLine", "SessionRecord", "SessionTally",
           "Status", "TestKind", "TestResult", "default_path", "leg_differences",
           "plan_from_dict", "plan_to_dict"]
