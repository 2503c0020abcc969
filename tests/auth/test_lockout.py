"""Sign-in locks: after repeated wrong passwords an account rests for a growing but capped
time; a lock always ends, a reset by email ends it at once, and it never tells whether an
account exists. Time is moved on through lockout.clock."""

from __future__ import annotations

import pytest

from forum.auth import lockout
from tests.conftest import PASSWORD


@pytest.fixture
def clock(monkeypatch):
    now = [1_900_000_000.0]
    monkeypatch.setattr(lockout, "clock", lambda: now[0])

    def move_on(seconds: float) -> None:
        now[0] += seconds

    return move_on


def _try(client, login, password="wrong password", n=1):
    return client.submit("/login", {"login": login, "password": password}, environ_base={"REMOTE_ADDR": f"10.1.0.{n}"})


def _fail(client, login, times):
    return [_try(client, login, n=i).status_code for i in range(times)]


@pytest.fixture
def roomy(limits):
    """Only the lock under test: the plain rate limits well out of the way."""
    limits(LOGIN_RATE_LIMIT="1000 per minute", LOGIN_ACCOUNT_RATE_LIMIT="1000 per minute")


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(lclient, roomy, clock, make_user):
    member = make_user("steady_stork")
    assert _fail(lclient, "steady_stork", 5) == [400] * 5
    locked = _try(lclient, "steady_stork", PASSWORD)
    assert locked.status_code == 429
    page = locked.get_data(as_text=True)
    assert "resting for a little while" in page and "try again in a minute" in page
    assert int(locked.headers["Retry-After"]) in (59, 60)  # (a second may pass in the real clock)
    clock(61)  # the first lock lasts a minute and ends by itself
    lclient.login(member)


def test_locks_grow_but_are_capped(lclient, roomy, clock, make_user):
    make_user("patient_puffin")
    seen = []
    for _ in range(6):
        _fail(lclient, "patient_puffin", 5)
        seen.append(int(_try(lclient, "patient_puffin", PASSWORD).headers["Retry-After"]))
        clock(seen[-1] + 1)
    expected = [60, 120, 240, 480, 900, 900]  # doubling, never more than LOCKOUT_MAX_MINUTES
    assert all(want - 1 <= got <= want for got, want in zip(seen, expected, strict=True)), seen
    assert _try(lclient, "patient_puffin", PASSWORD).status_code == 302


def test_a_lock_says_nothing_about_whether_the_account_exists(lclient, roomy, clock, make_user):
    make_user("real_robin")
    for name in ("real_robin", "made_up_name"):
        _fail(lclient, name, 5)
    real = _try(lclient, "real_robin")
    made_up = _try(lclient, "made_up_name")
    assert real.status_code == made_up.status_code == 429
    assert abs(int(real.headers["Retry-After"]) - int(made_up.headers["Retry-After"])) <= 1
    strip = lambda r: r.get_data(as_text=True).split('name="csrf_token"')[0]  # noqa: E731
    assert strip(real) == strip(made_up)


def test_the_account_is_locked_however_it_is_named(lclient, roomy, clock, make_user):
    make_user("two_names")
    for i, login in enumerate(["two_names", "TWO_NAMES", "two_names@example.org", " Two_Names ", "two_names"]):
        assert _try(lclient, login, n=i).status_code == 400
    assert _try(lclient, "two_names@example.org", PASSWORD).status_code == 429


def test_a_successful_sign_in_clears_earlier_failures(lclient, roomy, clock, make_user):
    member = make_user("forgetful_finch")
    _fail(lclient, "forgetful_finch", 4)
    lclient.login(member)
    lclient.logout()
    assert _fail(lclient, "forgetful_finch", 4) == [400] * 4
    lclient.login(member)


def test_a_password_reset_by_email_ends_the_lock(limited_app, lclient, roomy, clock, make_user):
    from forum.account import services

    make_user("locked_loon")
    _fail(lclient, "locked_loon", 5)
    assert _try(lclient, "locked_loon", PASSWORD).status_code == 429
    tokens = []
    with limited_app.test_request_context():
        services.request_reset("locked_loon@example.org", lambda token: tokens.append(token) or "link")
    new = "a fresh new password"
    assert lclient.submit(f"/reset/{tokens[0]}", {"password": new, "password_confirm": new}).status_code == 302
    assert _try(lclient, "locked_loon", new).status_code == 302


def test_locks_are_off_with_the_rate_limits(client, make_user):
    member = make_user("unlimited_ibis")
    for _ in range(8):
        assert client.submit("/login", {"login": "unlimited_ibis", "password": "wrong"}).status_code == 400
    client.login(member)
