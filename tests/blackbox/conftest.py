"""Fixtures for the black-box tests: one X display for the module, a fresh app per test.

Without Xvfb, openbox or xdotool (a developer who is not root) the tests skip and say what to
install; under CI (CI=true) they fail instead, so that they cannot quietly stop running.
"""

from __future__ import annotations

import os

import pytest

from tests.blackbox.xwindow import PACKAGES, Isohold, XDisplay, XError, missing_tools


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"{reason} (CI=true: the black-box tests must run here)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def x_display():
    missing = missing_tools()
    if missing:
        _unavailable(f"no real X display for black-box tests: {', '.join(missing)} missing "
                     f"(apt-get install {PACKAGES}, or run tools/bootstrap.sh as root)")
    display = XDisplay()
    try:
        display.start()
    except (XError, OSError) as error:
        display.stop()
        _unavailable(f"could not start Xvfb and openbox: {error}")
    yield display
    display.stop()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, for the screenshot on failure."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def isohold(x_display, tmp_path, request):
    """The app with fresh config and data folders; a screenshot if the test failed; always
    ended at teardown."""
    app = Isohold(x_display, tmp_path)
    yield app
    report = getattr(request.node, "report_call", None)
    try:
        if report is not None and report.failed:
            path = x_display.screenshot(tmp_path / "failure.png")
            print(f"\nscreen at the failure: {path}\napp output: {app.log}")
    except XError as error:
        print(f"\nno screenshot at the failure: {error}")
    finally:
        app.stop()
