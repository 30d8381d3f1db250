"""Playwright driving Debian's Chromium against pytest-django's live server.

Without Chromium the browser tests are skipped with a message, unless
LESSONFORGE_REQUIRE_BROWSER=1 (set by .ci/run), which makes that a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("LESSONFORGE_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _require_browser() -> bool:
    return os.environ.get("LESSONFORGE_REQUIRE_BROWSER", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def browser():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        message = f"Chromium not found at {CHROMIUM}: install it with `apt-get install -y chromium` to run browser tests"
        if _require_browser():
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.console_errors = errors
    yield page
    context.close()


@pytest.fixture
def screenshot():
    """Save a screenshot to docs/screenshots when LESSONFORGE_SCREENSHOTS=1 (used for the README)."""

    def take(page, name: str) -> None:
        if os.environ.get("LESSONFORGE_SCREENSHOTS") == "1":
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)

    return take


@pytest.fixture
def log_in(page):
    """Log ``username`` in through the form and wait until the log-in has finished."""
    from playwright.sync_api import expect

    def log_in_as(username: str, password: str):
        page.goto("/accounts/login/")
        page.locator("#id_username").fill(username)
        page.locator("#id_password").fill(password)
        page.get_by_role("button", name="Log in").click()
        # Navigating before the log-in response arrives would race it.
        expect(page.get_by_role("button", name=username)).to_be_visible()
        return page

    return log_in_as


AXE = Path(os.environ.get("LESSONFORGE_AXE", Path(__file__).resolve().parents[2] / ".venv/node/node_modules/axe-core/axe.min.js"))
WCAG_AA = "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}"


@pytest.fixture(scope="session")
def axe_source():
    if not AXE.exists():
        message = f"axe-core not found at {AXE}: `make install` fetches it with npm"
        if _require_browser():
            pytest.fail(message)
        pytest.skip(message)
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def axe(axe_source):
    """Run axe-core's WCAG 2.1 A/AA rules on the page and return the violations, one line each."""

    def run(page) -> list[str]:
        # evaluate() is not subject to the page's Content-Security-Policy; a script tag would be.
        page.evaluate(axe_source)
        result = page.evaluate(f"axe.run(document, {WCAG_AA})")
        return [
            f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]
        ]

    return run


VNU = Path(os.environ.get("LESSONFORGE_VNU", Path(__file__).resolve().parents[2] / ".venv/node/node_modules/vnu-jar/build/dist/vnu.jar"))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def nu_server():
    """The W3C Nu HTML validator as a local web service, started once for the session (one JVM)."""
    java = shutil.which("java")
    if not (VNU.exists() and java):
        message = f"The Nu validator needs Java and {VNU}: `make install` fetches the jar with npm"
        if _require_browser():
            pytest.fail(message)
        pytest.skip(message)
    port = _free_port()
    server = subprocess.Popen(
        [java, "-Dnu.validator.servlet.bind-address=127.0.0.1", "-cp", str(VNU), "nu.validator.servlet.Main", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/?out=json"
    deadline = time.monotonic() + 90
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).close()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("The Nu validator did not start")
            time.sleep(0.3)
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def nu(nu_server):
    """Validate the HTML the server sent for the page's current URL; return the errors, one line each."""

    def run(page) -> list[str]:
        html = page.request.get(page.url).body()
        request = urllib.request.Request(nu_server, data=html, headers={"Content-Type": "text/html; charset=utf-8"})
        with urllib.request.urlopen(request, timeout=60) as response:
            messages = json.load(response)["messages"]
        return [
            f"line {m.get('lastLine')}: {m['message']} [{m.get('extract', '').strip()}]"
            for m in messages if m["type"] == "error" or m.get("subType") == "fatal"
        ]

    return run
