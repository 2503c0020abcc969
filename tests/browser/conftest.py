"""Real-browser tests: the app served over HTTP on loopback, driven by headless Chromium.

Playwright drives Debian's Chromium (/usr/bin/chromium; `.ci/run` installs it). Without it these
tests skip locally, with a message saying so; in CI (CI=true) they fail instead of skipping.

Fixtures
--------
live_server   Base URL ("http://127.0.0.1:PORT") of the test app (tests/conftest.py `app`: tables
              emptied after each test) served by a threaded werkzeug server. Data made with the
              factories (make_user, make_thread, make_story, ...; password conftest.PASSWORD) is
              what the browser sees.
browser       One headless Chromium for the whole session.
page          A fresh browser context and page per test, JavaScript on, `base_url` set, so
              `page.goto("/stories")` works. Uncaught script errors and Content-Security-Policy
              violations are collected in `browser_errors` and fail the test at teardown.
page_nojs     The same with JavaScript off (java_script_enabled=False).
new_page      Factory for more pages in their own contexts: new_page(js=True, **context options),
              e.g. new_page(viewport={"width": 320, "height": 800}) or a second member's page.
browser_errors  The list of script errors/CSP violations seen so far; a test that expects
              one clears it.
sign_in       sign_in(page, user, password=PASSWORD): signs in through the real /login form and
              checks the header then shows the member.
axe           axe(page, tags=...) -> list of violations (dicts as axe-core returns them) for the
              page as it is now; axe-core is the vendored copy in tests/browser/vendor.
site          A realistic small community (tests/browser/site.py): categories, a thread with
              nested replies and awkward content, stories with details (one anonymous; enough
              for /insights charts), tips, tags, resources, a notification, an open report and
              moderation log entries. Returns a `Site` with its members and page URLs.

Helpers: main_pages.py (MAIN_PAGES, pages_by_role: one signed-in page per role) is what the
accessibility and reflow checks walk; reports.py writes to build/browser/.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.serving import WSGIRequestHandler, make_server

from tests.conftest import PASSWORD

CHROMIUM = os.environ.get("FORUM_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # the tests run as root
    # The network is closed: without these Chromium keeps trying to reach Google's services.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_JS = Path(__file__).parent / "vendor" / "axe.min.js"
# Same-origin address the vendored axe-core is served from (by the browser context, never the app),
# so injecting it obeys the site's Content-Security-Policy (script-src 'self') instead of bypassing it.
AXE_URL_PATH = "/__test__/axe.min.js"
DEFAULT_VIEWPORT = {"width": 1280, "height": 900}
# Screenshots for docs/screenshots are made on request only (FORUM_SCREENSHOTS=1, `make screenshots`).
collect_ignore = [] if os.environ.get("FORUM_SCREENSHOTS") == "1" else ["test_screenshots.py"]


def _chromium_or_skip() -> str:
    if shutil.which(CHROMIUM) or os.access(CHROMIUM, os.X_OK):
        return CHROMIUM
    missing = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{missing}: in CI (CI=true) the browser tests may not be skipped", pytrace=False)
    pytest.skip(f"{missing}: browser tests skipped")


class _QuietHandler(WSGIRequestHandler):
    def log_request(self, *args, **kwargs) -> None:  # the app logs requests itself
        pass


@pytest.fixture(scope="session")
def _server_base(_app) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, _app, threaded=True, request_handler=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture
def live_server(app, _server_base) -> str:
    """The base URL; depends on `app`, so the tables are emptied after the test."""
    return _server_base


@pytest.fixture(scope="session")
def browser() -> Iterator:
    executable = _chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def browser_errors() -> list[str]:
    return []


@pytest.fixture
def new_page(browser, live_server, browser_errors) -> Iterator:
    contexts = []

    def make(js: bool = True, **options):
        options.setdefault("viewport", DEFAULT_VIEWPORT)
        context = browser.new_context(base_url=live_server, java_script_enabled=js, **options)
        context.set_default_timeout(10_000)
        context.route(f"**{AXE_URL_PATH}", lambda route: route.fulfill(path=AXE_JS, content_type="text/javascript"))
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: browser_errors.append(f"{page.url}: script error: {error}"))
        page.on("console", lambda message: _note_csp(page, message, browser_errors))
        return page

    yield make
    for context in contexts:
        context.close()
    assert not browser_errors, "errors in the browser:\n" + "\n".join(browser_errors)


def _note_csp(page, message, errors: list[str]) -> None:
    if message.type == "error" and "Content Security Policy" in message.text:
        errors.append(f"{page.url}: {message.text}")


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def page_nojs(new_page):
    return new_page(js=False)


@pytest.fixture
def sign_in():
    def sign(page, user, password: str = PASSWORD) -> None:
        page.goto("/login")
        page.fill("input[name=login]", user.username)
        page.fill("input[name=password]", password)
        with page.expect_navigation():
            page.click("form button[type=submit]:has-text('Sign in')")
        assert page.locator("form[action='/logout']").count() == 1, f"not signed in as {user.username}: {page.url}"
        assert user.username in page.locator(".site-header").inner_text()

    return sign


@pytest.fixture
def axe():
    """axe(page, tags=None) -> violations. Loads axe-core into the page if it isn't there yet."""

    def run(page, tags: list[str] | None = None) -> list[dict]:
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.add_script_tag(url=AXE_URL_PATH)
        options = {"resultTypes": ["violations"]}
        if tags:
            options["runOnly"] = {"type": "tag", "values": tags}
        result = page.evaluate("options => window.axe.run(document, options)", options)
        return result["violations"]

    return run


@pytest.fixture
def site(app, live_server):
    from tests.browser.site import build_site

    with app.app_context():
        return build_site()


def pytest_terminal_summary(terminalreporter) -> None:
    from tests.browser.reports import REPORT_DIR, axe_rows, axe_table

    if axe_rows:
        terminalreporter.section("axe-core: violations by page and colour scheme")
        for line in axe_table(axe_rows):
            terminalreporter.write_line(line)
        terminalreporter.write_line(f"(details: {REPORT_DIR / 'axe-report.json'})")
