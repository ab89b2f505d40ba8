"""The training history: a crash-safe SQLite store of sessions, their drills, and exports."""

from isohold.core.history.records import (DrillRecord, SessionLine, SessionRecord, Status,
                                      plan_from_dict, plan_to_dict)
from isohold.core.history.store import (FILE_NAME, HistoryError, HistoryStore,
                                    HistoryUnavailableError, HistoryWriteError, ResumeInfo,
                                    default_path)
from isohold.core.history.tally import SessionTally

__all__ = ["DrillRecord", "FILE_NAME", "HistoryError", "HistoryStore", "HistoryUnavailableError",
           "HistoryWriteError", "ResumeInfo", "SessionLine", "SessionRecord", "SessionTally",
           "Status", "default_path", "plan_from_dict", "plan_to_dict"]
