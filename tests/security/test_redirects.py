"""Open redirects: every `next` the app follows, fed the usual tricks; the Location never leaves the site."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

import pytest

from tests.security.conftest import TagCollector

EVIL = [
    "//evil.example",
    "///evil.example",
    "////evil.example/x",
    "https://evil.example",
    "http://evil.example/",
    "HTTPS://evil.example",
    "https:evil.example",
    "https:/evil.example",
    "http:/\\evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "%2F%2Fevil.example",
    "%2f%2fevil.example",
    "/%2F/evil.example",
    "/%5Cevil.example",
    " //evil.example",
    "\t//evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\x00//evil.example",
    "/\x0b/evil.example",
    "//evil.example%00",
    "//evil.example@localhost",
    "/@evil.example",  # a path on this site, allowed, but must stay one
    "evil.example",
    "https://localhost.evil.example/",
    "//%65vil.example",
    "/.//evil.example",
]
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _where_a_browser_goes(location: str) -> tuple[str, str]:
    """(scheme, host) as a browser reads a Location: spaces and control characters at the ends are
    stripped, tabs and newlines inside are dropped, and backslashes count as slashes."""
    cleaned = CONTROL.sub("", location.strip(" \x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r")).replace("\\", "/")
    parts = urlsplit(cleaned)
    return parts.scheme.lower(), (parts.hostname or "")


def assert_stays_on_site(response, payload: str) -> None:
    assert response.status_code < 500, (payload, response.status_code)
    if response.status_code not in (301, 302, 303, 307, 308):
        return
    location = response.headers["Location"]
    scheme, host = _where_a_browser_goes(location)
    assert scheme in ("", "http", "https"), (payload, location)
    assert host in ("", "localhost"), (payload, location)
    assert not location.lstrip().lower().startswith(("javascript:", "data:", "vbscript:")), (payload, location)


@pytest.fixture
def payloads():
    """Each trick as typed and URL-encoded once more (a double-encoded trick decodes to the plain one)."""
    return EVIL + [quote(p, safe="") for p in EVIL[:8]]


def test_sign_in_next(app, world, login_as, payloads):
    for payload in payloads:
        client = login_as(None)
        page = client.get("/login", query_string={"next": payload})
        if "\x00" in payload:  # a NUL character is refused outright (forum/web.py)
            assert page.status_code == 400
            continue
        assert page.status_code == 200
        _assert_no_script_links(page.get_data(as_text=True), payload)
        response = client.submit(
            "/login?" + _query(next=payload), {"login": "alice", "password": "correct horse battery"}
        )
        assert_stays_on_site(response, payload)
        assert response.status_code == 302, payload  # signed in
        assert_stays_on_site(client.get("/login", query_string={"next": payload}), payload)  # already signed in
        client = login_as(None)
        form = {"login": "alice", "password": "correct horse battery", "next": payload}
        assert_stays_on_site(client.submit("/login", form), payload)


def test_register_next(app, world, login_as, payloads):
    for n, payload in enumerate(payloads):
        client = login_as(None)
        page = client.get("/register", query_string={"next": payload})
        _assert_no_script_links(page.get_data(as_text=True), payload)
        form = {
            "username": f"newcomer{n}", "email": f"newcomer{n}@example.org", "password": "a long enough password",
            "password_confirm": "a long enough password", "accept_guidelines": "y",
        }  # fmt: skip
        response = client.submit("/register?" + _query(next=payload), form)
        assert response.status_code == (400 if "\x00" in payload else 302), payload
        assert_stays_on_site(response, payload)


def test_text_size_next(app, world, login_as, payloads):
    visitor, member = login_as(None), login_as(world.bob)
    for payload in payloads:
        assert_stays_on_site(visitor.get("/text-size", query_string={"size": "large", "next": payload}), payload)
        assert_stays_on_site(visitor.get("/text-size", query_string={"size": "bogus", "next": payload}), payload)
        assert_stays_on_site(member.submit("/text-size", {"size": "larger", "next": payload}), payload)


def test_draft_discard_next(app, world, login_as, payloads):
    alice = login_as(world.alice)
    for payload in payloads:
        response = alice.submit(f"/drafts/reply:thread:{world.thread.id}/discard", {"next": payload})
        assert_stays_on_site(response, payload)


def test_moderator_action_next(app, world, login_as, payloads):
    moira = login_as(world.mod)
    for n, payload in enumerate(payloads):
        action = "pin" if n % 2 == 0 else "unpin"
        response = moira.submit(f"/mod/threads/{world.thread.id}/{action}", {"reason": "", "next": payload})
        assert_stays_on_site(response, payload)


def test_resend_verification_next(app, world, login_as, payloads):
    bob = login_as(world.bob)
    for payload in payloads:
        assert_stays_on_site(bob.submit("/verify/resend", {"next": payload}), payload)


def _query(**values) -> str:
    return "&".join(f"{key}={quote(value, safe='')}" for key, value in values.items())


def _assert_no_script_links(page: str, payload: str) -> None:
    collector = TagCollector()
    collector.feed(page)
    for _tag, attrs in collector.tags:
        for name, value in attrs:
            if name in ("href", "src", "action", "formaction") and value:
                scheme, host = _where_a_browser_goes(value)
                assert scheme in ("", "http", "https") and host in ("", "localhost"), (payload, name, value)
