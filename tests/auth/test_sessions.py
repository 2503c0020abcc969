"""Sessions: renewed on sign-in, and ended everywhere on a password change, a suspension, or
"Sign out everywhere" (remember-me cookies included)."""

from __future__ import annotations

from datetime import timedelta

from forum.models import User, utcnow
from tests.conftest import PASSWORD


def _session_cookie(client) -> str | None:
    cookie = client.get_cookie("session")
    return cookie.value if cookie else None


def _signed_in(client) -> bool:
    return "Signed in as" in client.get("/").get_data(as_text=True)


def test_signing_in_renews_the_session(app, client, make_user):
    member = make_user()
    client.csrf_token()  # a visitor's session (it holds a CSRF token) before signing in
    before = _session_cookie(client)
    assert before
    client.login(member)
    assert _session_cookie(client) != before
    # Someone holding the pre-sign-in cookie (fixation) is not signed in by it.
    planted = app.test_client()
    planted.set_cookie("session", before)
    assert not _signed_in(planted)
    assert _signed_in(client)


def test_a_password_change_ends_every_other_session(client, app, make_user):
    member = make_user()
    client.login(member)
    other = type(client)(app.test_client())
    other.login(member, remember=True)
    new = "another good password"
    response = client.submit(
        "/settings/password", {"current_password": PASSWORD, "password": new, "password_confirm": new}
    )
    assert response.status_code == 302
    assert _signed_in(client)  # this one carries on
    assert not _signed_in(other)
    other.delete_cookie("session")  # the remember-me cookie alone doesn't bring it back either
    assert not _signed_in(other)


def test_suspension_ends_the_members_sessions(client, app, make_user):
    member = make_user("heading_for_a_break")
    moderator = make_user(role="moderator")
    client.login(member, remember=True)
    mod = type(client)(app.test_client())
    mod.login(moderator)
    until = (utcnow() + timedelta(days=3)).date().isoformat()
    response = mod.submit("/mod/members/heading_for_a_break/suspend", {"until": until, "reason": "Cooling off"})
    assert response.status_code == 302
    assert not _signed_in(client)
    client.delete_cookie("session")
    assert not _signed_in(client)


def test_sign_out_everywhere_ends_remember_me_on_other_devices(client, app, db, make_user):
    member = make_user()
    phone = type(client)(app.test_client())
    phone.login(member, remember=True)
    phone.delete_cookie("session")  # a later visit: only the remember-me cookie
    assert _signed_in(phone)
    client.login(member)
    assert "Sign out everywhere" in client.get("/settings").get_data(as_text=True)
    assert client.post("/settings/sign-out-everywhere").status_code == 400  # no CSRF token
    assert _signed_in(phone)
    response = client.submit("/settings/sign-out-everywhere")
    assert response.status_code == 302 and response.headers["Location"] == "/login"
    assert not _signed_in(client)
    phone.delete_cookie("session")
    assert not _signed_in(phone)
    client.login(member)  # signing in again works as ever
    with app.app_context():
        assert db.session.get(User, member.id).session_token


def test_sign_out_everywhere_needs_a_signed_in_member(client):
    response = client.submit("/settings/sign-out-everywhere")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
