"""Registering, signing in and out, and where sign-in may send you next."""

import pytest
from sqlalchemy import func, select

from forum.models import User
from tests.conftest import PASSWORD


def registration(**overrides) -> dict:
    """A complete, valid join form (what a person fills in), with any field replaced."""
    return {
        "username": "quiet_heron",
        "email": "heron@example.org",
        "password": PASSWORD,
        "password_confirm": PASSWORD,
        "accept_guidelines": "y",
        **overrides,
    }


def _register(client, **overrides):
    return client.submit("/register", registration(**overrides))


def _user_count(app, db) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count(User.id)))


def test_register_creates_account_and_signs_in(app, client, db):
    response = _register(client)
    assert response.status_code == 302
    with app.app_context():
        user = db.session.scalar(select(User).where(User.username == "quiet_heron"))
    assert user.email == "heron@example.org"
    assert user.role == "member"
    assert user.password_hash != PASSWORD and PASSWORD not in user.password_hash
    page = client.get("/").get_data(as_text=True)
    assert "<strong>quiet_heron</strong></a>" in page and "Signed in as" in page
    assert 'action="/logout"' in page


def test_passwords_use_a_slow_hash_by_default(app, db):
    from forum.auth.services import hash_password

    app.config["FORUM"]["PASSWORD_HASH_METHOD"] = "scrypt"
    try:
        with app.app_context():
            assert hash_password("long enough password").startswith("scrypt:")
    finally:
        app.config["FORUM"]["PASSWORD_HASH_METHOD"] = "pbkdf2:sha256:1000"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"username": "ab"}, "3–30 letters"),
        ({"username": "x" * 31}, "3–30 letters"),
        ({"username": "bad name!"}, "3–30 letters"),
        ({"username": "<script>"}, "3–30 letters"),
        ({"username": ""}, "Please choose a username"),
        ({"username": "Admin"}, "reserved"),
        ({"username": "stillpoint"}, "reserved"),
        ({"username": "SUPPORT"}, "reserved"),
        ({"username": "moderator"}, "reserved"),
        ({"email": "not-an-email"}, "doesn&#39;t look like an email"),
        ({"password": "short", "password_confirm": "short"}, "Use 10 to 200 characters"),
        ({"password_confirm": "something else entirely"}, "passwords don&#39;t match"),
        ({"accept_guidelines": ""}, "accept the community guidelines"),
    ],
)
def test_register_rejects_bad_input_and_writes_nothing(app, client, db, overrides, message):
    response = _register(client, **overrides)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert _user_count(app, db) == 0


def test_register_keeps_what_was_typed(client):
    page = _register(client, password_confirm="different password!").get_data(as_text=True)
    assert 'value="quiet_heron"' in page
    assert 'value="heron@example.org"' in page
    assert PASSWORD not in page  # passwords are never echoed back


def test_usernames_are_unique_without_regard_to_case(app, client, db, make_user):
    make_user("Quiet_Heron")
    response = _register(client, username="quiet_HERON", email="other@example.org")
    assert response.status_code == 400
    assert "username is taken" in response.get_data(as_text=True)
    assert _user_count(app, db) == 1


def test_email_is_unique_without_regard_to_case(app, client, db, make_user):
    make_user("first_one")
    response = _register(client, email="FIRST_ONE@example.org")
    assert response.status_code == 400
    assert _user_count(app, db) == 1


def test_register_without_csrf_token_writes_nothing(app, client, db):
    response = client.post(
        "/register",
        data={"username": "quiet_heron", "email": "h@example.org", "password": PASSWORD, "password_confirm": PASSWORD},
    )
    assert response.status_code == 400
    assert _user_count(app, db) == 0


@pytest.mark.parametrize("login_field", ["username", "email", "upper"])
def test_login_by_username_or_email(client, make_user, login_field):
    user = make_user("Calm_River")
    login = {"username": "Calm_River", "email": "calm_river@example.org", "upper": "CALM_RIVER"}[login_field]
    response = client.submit("/login", {"login": login, "password": PASSWORD})
    assert response.status_code == 302
    assert f"<strong>{user.username}</strong></a>" in client.get("/").get_data(as_text=True)


def test_failed_login_never_says_whether_the_account_exists(client, make_user):
    make_user("calm_river")
    wrong_password = client.submit("/login", {"login": "calm_river", "password": "not the password"})
    no_account = client.submit("/login", {"login": "nobody_here", "password": "not the password"})
    assert wrong_password.status_code == no_account.status_code == 400
    first = wrong_password.get_data(as_text=True)
    second = no_account.get_data(as_text=True)
    message = "didn't match"
    assert message in first and message in second
    strip = lambda page: page.replace("calm_river", "X").replace("nobody_here", "X")  # noqa: E731
    assert strip(first).split('name="csrf_token"')[0] == strip(second).split('name="csrf_token"')[0]


def test_remember_me_sets_a_lasting_cookie(client, make_user):
    user = make_user()
    response = client.login(user, remember=True)
    cookies = response.headers.getlist("Set-Cookie")
    remember = [c for c in cookies if c.startswith("remember_token=")]
    assert remember and "HttpOnly" in remember[0] and "SameSite=Lax" in remember[0]


def test_session_cookie_is_httponly_and_lax(client, make_user):
    response = client.login(make_user())
    session_cookie = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("session=")][0]
    assert "HttpOnly" in session_cookie
    assert "SameSite=Lax" in session_cookie


def test_logout_is_a_post_with_csrf(client, make_user):
    client.login(make_user())
    assert client.get("/logout").status_code == 405
    assert client.post("/logout").status_code == 400  # no token
    assert "Signed in as" in client.get("/").get_data(as_text=True)
    assert client.logout().status_code == 302
    assert "Signed in as" not in client.get("/").get_data(as_text=True)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/c/somewhere", "/c/somewhere"),
        ("/t/1/a-thread?page=2", "/t/1/a-thread?page=2"),
        ("https://evil.example/", "/"),
        ("//evil.example/", "/"),
        ("/\\evil.example", "/"),
        ("javascript:alert(1)", "/"),
        ("http:/evil.example", "/"),
    ],
)
def test_next_only_goes_to_this_site(client, make_user, target, expected):
    user = make_user()
    response = client.submit(f"/login?next={target}", {"login": user.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response.headers["Location"] == expected


def test_changing_the_session_token_ends_sessions(client, app, make_user, db):
    from forum.auth.services import set_password

    user = make_user()
    client.login(user)
    with app.app_context():
        set_password(db.session.get(User, user.id), "a brand new password")
    assert "Signed in as" not in client.get("/").get_data(as_text=True)


def test_signed_in_members_are_sent_away_from_register(client, make_user):
    client.login(make_user())
    assert client.get("/register").status_code == 302
