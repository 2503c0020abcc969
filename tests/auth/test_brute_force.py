"""The brute-force check (bench/brute_force.py) run through the app: an attacker hammering one
account is throttled within a few guesses, sees the site's calm 429 page, and the real member
signs in once the lock is over. Time moves on through a shared fake clock, never by sleeping."""

from __future__ import annotations

import time

import limits.storage.memory
import pytest

from bench import brute_force
from forum.auth import lockout
from tests.conftest import PASSWORD


class _Clock:
    """time, moved on by `offset` seconds: for the sign-in lock and the rate limit storage alike."""

    def __init__(self) -> None:
        self.offset = 0.0

    def time(self) -> float:
        return time.time() + self.offset

    def __getattr__(self, name):
        return getattr(time, name)


@pytest.fixture
def clock(monkeypatch):
    fake = _Clock()
    monkeypatch.setattr(limits.storage.memory, "time", fake)
    monkeypatch.setattr(lockout, "clock", fake.time)
    return fake


def _sender(client, address="203.0.113.9"):
    def send(login, password):
        response = client.submit(
            "/login", {"login": login, "password": password}, environ_base={"REMOTE_ADDR": address}
        )
        return response.status_code, response.headers.get("Retry-After", ""), response.get_data(as_text=True)

    return send


def test_an_attacker_is_throttled_and_the_member_gets_back_in(lclient, limited_app, clock, make_user):
    make_user("hunted_heron")
    settings = limited_app.config["FORUM"]
    report = brute_force.hammer(_sender(lclient), "hunted_heron", 40)
    assert report.checked == settings["LOCKOUT_FAILURES"] == 5  # five guesses, then nothing more is checked
    assert report.statuses[:5] == [400] * 5 and set(report.statuses[5:]) == {429}
    assert report.locked[5]  # the sixth is refused by the account's lock
    assert "throttled by the lock" in "\n".join(report.lines())

    page = lclient.submit("/login", {"login": "hunted_heron", "password": "one more"}).get_data(as_text=True)
    assert '<link rel="stylesheet"' in page and 'class="narrow error-page"' in page
    assert "Please slow down a little" in page and "try again in" in page

    # The real member, from home, while the lock lasts: refused like anyone, with the same calm page.
    home = type(lclient)(limited_app.test_client())
    assert _sender(home, "198.51.100.7")("hunted_heron", PASSWORD)[0] == 429
    clock.offset += 15 * 60 + 1  # the longest a lock or a sign-in window lasts
    assert _sender(home, "198.51.100.7")("hunted_heron", PASSWORD)[0] == 302


def test_the_member_gets_in_as_soon_as_a_short_attack_s_lock_ends(lclient, limited_app, clock, make_user):
    make_user("brief_bittern")
    report = brute_force.hammer(_sender(lclient), "brief_bittern", 8)
    assert report.statuses == [400] * 5 + [429] * 3
    clock.offset += 61  # the first lock lasts a minute
    home = type(lclient)(limited_app.test_client())
    assert _sender(home, "198.51.100.7")("brief_bittern", PASSWORD)[0] == 302


def test_without_protection_every_guess_is_checked(client, make_user):
    """What the report looks like when nothing throttles (rate limits off, as in the rest of the suite)."""
    make_user("exposed_egret")
    report = brute_force.hammer(_sender(client), "exposed_egret", 12)
    assert report.checked == 12 and report.first_throttled is None
