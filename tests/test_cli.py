"""The `isohold` command's answers about routines: --list-routines and --check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QMessageBox

from isohold import assets
from isohold.cli import main

# --list-routines speaks the language through the running application, and makes a
# QCoreApplication when there is none (a process of its own); called here in the test process,
# it must find pytest-qt's QApplication, or it would make one that stays and stops every later
# test from making its QApplication.
pytestmark = pytest.mark.usefixtures("qapp")


def test_list_routines_prints_each_routine_with_its_time_and_drills(capsys):
    assert main(["--list-routines"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == ["iso-holds", "dynamic", "full"]
    assert "Isometric holds" in lines[0] and "~7 min" in lines[0] and "Sprinter press" in lines[0]
    assert "~24 min" in lines[2] and "Drop and block jumps" in lines[2]
    assert err == ""


def test_list_routines_adds_user_routines_and_reports_broken_files(tmp_path, capsys):
    folder = tmp_path / "config" / "routines"
    folder.mkdir(parents=True)
    (folder / "mine.json").write_text(json.dumps(
        {"version": 1, "routines": [{"id": "calves", "name": "Calves only",
                                     "drills": ["wall-press-straight", "wall-press-bent"]}]}))
    (folder / "broken.json").write_text("{not json")
    assert main(["--list-routines"]) == 0
    out, err = capsys.readouterr()
    assert "calves" in out and "Calves only" in out and "full" in out
    assert ("broken.json, line 1: expected a field name in double quotes, like \"reps\", got "
            "not json") in err


def test_check_accepts_the_built_in_file(capsys):
    assert main(["--check", str(assets.path("drills.json"))]) == 0
    assert capsys.readouterr().out.strip().endswith("drills.json: OK")


def test_check_exits_1_with_the_problems_of_a_broken_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my.json").write_text(json.dumps({"version": 1, "drills": [
        {"id": "wall-press", "name": "Wall press", "kind": "hold", "sides": "both", "cue": "Lean",
         "reps": {"min": 8, "max": 10, "default": 12}, "hold_s": 10}]}))
    assert main(["--check", "my.json"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        'my.json, line 1: drill "wall-press" field reps.default: '
        "expected a number between 8 and 10, got 12"]


def test_check_on_a_missing_file_exits_1(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["--check", "gone.json"]) == 1
    assert capsys.readouterr().err.strip() == "gone.json: no such file"


def test_no_arguments_mean_the_parsers_own_defaults():
    # The everyday start skips building the parser; what it answers must be what the parser
    # would have said.
    from isohold.cli import build_parser, parse_args

    assert vars(parse_args([])) == vars(build_parser().parse_args([]))


def test_a_speed_that_is_not_positive_is_refused(capsys):
    from isohold.cli import parse_args

    with pytest.raises(SystemExit):
        parse_args(["--speed", "0"])
    assert "--speed must be a positive number, got 0.0" in capsys.readouterr().err


# Bad files: an answer in words, never a traceback or a hang ----------------------------------

ISOHOLD = Path(sys.executable).with_name("isohold")


def isohold(*args: str, timeout: float = 20) -> subprocess.CompletedProcess:
    """The installed command, as a person runs it (the environment names the temp folders)."""
    return subprocess.run([str(ISOHOLD), *args], capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def refused(done: subprocess.CompletedProcess, file: Path, words: str) -> bool:
    return (done.returncode == 1 and done.stdout == "" and "Traceback" not in done.stderr
            and (f"{file}: {words}" in done.stderr or f"{file}, {words}" in done.stderr))


def test_check_on_a_named_pipe_answers_at_once(tmp_path):
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    assert refused(isohold("--check", str(pipe)), pipe, "is a named pipe (FIFO)")


def test_check_on_a_list_nested_984_deep_in_a_name_exits_1_without_a_traceback(tmp_path):
    file = tmp_path / "deep.json"
    file.write_text('{"version": 1, "drills": [{"id": "deep", "name": ' + "[" * 984 + "]" * 984
                    + ', "kind": "hold", "sides": "both", "cue": "c", "hold_s": 5}]}')
    assert refused(isohold("--check", str(file)), file,
                   "line 1: expected at most 16 levels of nested lists and objects")


def test_a_lone_surrogate_is_refused_by_check_and_skipped_by_list_routines(tmp_path):
    text = ('{"version": 1, "routines": [{"id": "mine", "name": "Routine \\udcff y", '
            '"drills": ["drop-jumps"]}]}')
    file = tmp_path / "mine.json"
    file.write_text(text)
    assert refused(isohold("--check", str(file)), file,
                   'routine "mine" field name: expected text in valid Unicode, got a lone '
                   "surrogate \\udcff at character 9")
    folder = tmp_path / "config" / "routines"
    folder.mkdir(parents=True)
    (folder / "mine.json").write_text(text)
    listed = isohold("--list-routines")
    assert listed.returncode == 0 and "Traceback" not in listed.stderr
    assert "full" in listed.stdout and "mine" not in listed.stdout
    assert f"{folder / 'mine.json'}: skipped" in listed.stderr


def test_check_reports_a_fixed_odd_count_as_the_number_it_is(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my.json").write_text(json.dumps({"version": 1, "drills": [
        {"id": "press", "name": "Press", "kind": "hold", "sides": "alternate", "cue": "Up",
         "reps": 7, "hold_s": 10}]}))
    assert main(["--check", "my.json"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        'my.json, line 1: drill "press" field reps: expected an even number (one leg at a time, equal '
        "reps per leg), got 7"]


JUNK = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8)
                    | st.sampled_from(["\udcff", "x" * 3000]),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)


@st.composite
def broken_files(draw) -> bytes:
    doc = json.loads(assets.path("drills.json").read_text(encoding="utf-8"))
    section = draw(st.sampled_from(["drills", "routines"]))
    item = draw(st.sampled_from(doc[section]))
    item[draw(st.sampled_from(sorted(item)))] = draw(JUNK)
    raw = json.dumps(doc).encode()
    if draw(st.booleans()):
        raw = raw[:draw(st.integers(0, len(raw)))] + draw(st.binary(max_size=20))
    return raw


@settings(max_examples=12, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=broken_files())
def test_fuzz_check_in_a_subprocess_exits_0_or_1_in_time_without_a_traceback(tmp_path, raw):
    file = tmp_path / "fuzz.json"
    file.write_bytes(raw)
    done = isohold("--check", str(file))
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr
    assert all(line.startswith((f"{file}: ", f"{file}, line ")) for line in (done.stdout + done.stderr).splitlines())


def test_fifty_broken_files_give_a_message_box_that_fits_a_1280x720_window(qtbot, tmp_path):
    from isohold.core.clock import FakeClock
    from isohold.ui.application import build_window, create_app

    folder = tmp_path / "config" / "routines"
    folder.mkdir(parents=True)
    for number in range(50):
        (folder / f"broken-{number:02}-{'long' * 10}.json").write_text(
            '{"version": 1, "drills": [{"id": "Bad Id", "name": 5, "cue": "' + "c" * 300 + '"}]}')
    window = build_window(None, FakeClock, create_app())
    qtbot.addWidget(window)
    window.resize(1280, 720)
    box = window.messages[-1]
    room = box.screen().availableGeometry()
    assert box.windowTitle() == "Some routines were skipped" and box.isVisible()
    assert "broken-00-" in box.text() and "broken-49-" in box.detailedText()
    assert box.frameGeometry().height() <= room.height()
    assert box.frameGeometry().width() <= room.width()
    details = next(button for button in box.buttons()
                   if box.buttonRole(button) is QMessageBox.ButtonRole.ActionRole)
    details.click()  # "Show Details...": the whole message, scrolling, and still on screen
    assert box.frameGeometry().height() <= room.height()
    window.close()


def test_a_control_character_in_a_field_name_keeps_each_problem_on_its_own_line(tmp_path):
    """Found by the fuzz test: cautions given as {"\\u001e": "\\udcff"}; the record separator
    in the field name broke the message in two (str.splitlines splits at it)."""
    doc = json.loads(assets.path("drills.json").read_text(encoding="utf-8"))
    doc["drills"][0]["cautions"] = {"\u001e": "\udcff", "a\u2028b": 1}
    file = tmp_path / "control.json"
    file.write_bytes(json.dumps(doc).encode())
    done = isohold("--check", str(file))
    lines = (done.stdout + done.stderr).splitlines()
    assert done.returncode == 1 and lines
    assert all(line.startswith(f"{file}: ") for line in lines), lines
    assert any("cautions.\\x1e" in line for line in lines), lines


# The command itself: version, no display, Ctrl-C ---------------------------------------------

def test_version_prints_the_package_version(capsys):
    from isohold import __version__

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"isohold {__version__}\n"


def test_the_installed_command_prints_its_version(tmp_path):
    from isohold import __version__

    done = isohold("--version")
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, f"isohold {__version__}", "")


def without_a_display() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11 and Wayland only")
def test_no_display_is_said_in_one_sentence_instead_of_qts_abort(tmp_path):
    from isohold.cli import NO_DISPLAY, no_display

    done = subprocess.run([str(ISOHOLD)], capture_output=True, text=True, timeout=30,
                          env=without_a_display(), cwd=tmp_path)
    assert done.returncode == NO_DISPLAY, done.stderr[-500:]
    assert done.stdout == ""
    assert done.stderr.splitlines() == [no_display({}, "linux")]
    assert "DISPLAY" in done.stderr and "QT_QPA_PLATFORM=offscreen" in done.stderr
    assert "xcb" not in done.stderr and "Aborted" not in done.stderr


def test_a_display_or_a_chosen_platform_starts_qt():
    from isohold.cli import no_display

    assert no_display({"DISPLAY": ":0"}, "linux") == ""
    assert no_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") == ""
    assert no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") == ""
    assert no_display({}, "win32") == "" and no_display({}, "darwin") == ""
    assert no_display({}, "freebsd14").startswith("isohold: no display")


def test_the_routine_answers_need_no_display(tmp_path):
    done = subprocess.run([str(ISOHOLD), "--list-routines"], capture_output=True, text=True,
                          timeout=30, env=without_a_display(), cwd=tmp_path)
    assert done.returncode == 0 and "iso-holds" in done.stdout


@pytest.mark.parametrize("language, name", [("de", "Isometrisches Halten"),
                                            ("es", "Aguantes isom\u00e9tricos"),
                                            ("en", "Isometric holds")])
def test_list_routines_names_the_routines_in_the_systems_language(tmp_path, language, name):
    env = dict(without_a_display(), LANGUAGE=language, LANG="C.UTF-8")
    done = subprocess.run([str(ISOHOLD), "--list-routines"], capture_output=True, text=True,
                          timeout=30, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].split("  (")[0].split(None, 1) == ["iso-holds", name]


@pytest.mark.parametrize("language, words", [
    ("de", ("--check DATEI", "--routine ID", "--speed FAKTOR", "--data-dir ORDNER",
            "--export-history DATEI", "FAKTOR-mal schneller", "den Verlauf in ORDNER",
            "den Verlauf in DATEI")),
    ("es", ("--check ARCHIVO", "--routine ID", "--speed FACTOR", "--data-dir CARPETA",
            "--export-history ARCHIVO", "FACTOR veces", "el historial en CARPETA",
            "el historial en ARCHIVO")),
    ("en", ("--check FILE", "--routine ID", "--speed FACTOR", "--data-dir DIR",
            "--export-history FILE", "FACTOR times faster", "the history in DIR",
            "the history to FILE")),
])
def test_the_helps_placeholders_are_in_the_language(tmp_path, language, words):
    """FILE, ID, FACTOR, DIR in --help (usage and options) are words of the language, and
    the help texts naming them say the same word."""
    env = dict(without_a_display(), LANGUAGE=language, LANG="C.UTF-8")
    done = subprocess.run([str(ISOHOLD), "--help"], capture_output=True, text=True,
                          timeout=30, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    flat = " ".join(done.stdout.split())
    for word in words:
        assert word in flat, word
    if language != "en":
        assert not {"FILE", "DIR"} & set(flat.replace("[", " ").replace("]", " ").split())


def test_list_routines_into_a_reader_that_stops_early_ends_quietly(tmp_path):
    """`isohold --list-routines | head -1`: no BrokenPipeError traceback, exit 0."""
    reader = subprocess.Popen(["head", "-c", "1"], stdin=subprocess.PIPE,
                              stdout=subprocess.DEVNULL)
    done = subprocess.run([str(ISOHOLD), "--list-routines"], stdout=reader.stdin,
                          stderr=subprocess.PIPE, text=True, timeout=30,
                          env=dict(without_a_display(), LANGUAGE="de"), cwd=tmp_path)
    reader.stdin.close()
    reader.wait(timeout=10)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT from a terminal is POSIX")
def test_ctrl_c_in_the_terminal_quits_the_running_app_cleanly(tmp_path):
    import signal
    import time

    data = Path(os.environ["ISOHOLD_DATA_DIR"])
    app = subprocess.Popen([str(ISOHOLD)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    try:
        deadline = time.monotonic() + 30
        # the history opens once the window has been painted: the event loop is running
        while not any(data.glob("*.sqlite3")) and time.monotonic() < deadline:
            assert app.poll() is None, app.communicate()
            time.sleep(0.05)
        assert any(data.glob("*.sqlite3")), "the app never opened its history"
        app.send_signal(signal.SIGINT)
        out, err = app.communicate(timeout=15)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 128 + signal.SIGINT
    assert err.strip().splitlines()[-1] == "isohold: stopped by Ctrl-C"
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT from a terminal is POSIX")
def test_ctrl_c_mid_session_stops_and_keeps_it_then_closes_the_window(qtbot):
    import signal

    from isohold.core.clock import FakeClock
    from isohold.core.history.store import HistoryStore
    from isohold.core.loader import load_routines
    from isohold.core.routines import SessionPlan
    from isohold.core.settings import Settings
    from isohold.ui.application import quit_on_ctrl_c
    from isohold.ui.main_window import MainWindow
    from PySide6.QtWidgets import QApplication

    clock = FakeClock()
    window = MainWindow(load_routines().routines, Settings.load(), clock_factory=lambda: clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.session_started):
        window.start_session(SessionPlan(window.routine("iso-holds")))
    clock.advance(20)
    window.runner.tick()
    signals = []
    before = signal.getsignal(signal.SIGINT)  # SIG_IGN in a job started in the background
    undo = quit_on_ctrl_c(QApplication.instance(), window, signals.append)
    try:
        os.kill(os.getpid(), signal.SIGINT)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        undo()
    assert signals == [signal.SIGINT]
    assert window.runner.is_over
    store = HistoryStore()  # the window closed its own
    [kept] = store.sessions()
    store.close()
    assert kept.routine_id == "iso-holds" and kept.status.value == "stopped_early"
    assert signal.getsignal(signal.SIGINT) is before  # given back as it was
