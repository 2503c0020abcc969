"""Email over real SMTP: verification, password reset, email change."""

import re
import time

import pytest
from sqlalchemy import select

from forum.models import User
from tests.conftest import PASSWORD


def path_of(link: str) -> str:
    return re.sub(r"^https?://[^/]+", "", link)


def register(client, name="mail_wren", email="wren@example.org"):
    return client.submit(
        "/register",
        {
            "username": name,
            "email": email,
            "password": PASSWORD,
            "password_confirm": PASSWORD,
            "accept_guidelines": "y",
        },
    )


def test_registration_sends_a_verification_email_that_works(app, db, client, smtp):
    register(client)
    assert len(smtp) == 1
    assert smtp[0]["X-Envelope-To"] == "wren@example.org"
    assert "confirm your email" in smtp[0]["Subject"].lower()
    link = path_of(smtp.links()[0])
    assert link.startswith("/verify/")
    assert client.get(link).status_code == 302
    with app.app_context():
        assert db.session.scalar(select(User.email_verified_at)) is not None


def test_without_a_mail_server_the_message_goes_to_the_log(app, client, caplog):
    register(client)
    assert any("/verify/" in record.getMessage() for record in caplog.records)


def test_unverified_members_cannot_post_where_required(app, db, client, smtp, make_category):
    category = make_category()
    app.config["FORUM"]["REQUIRE_VERIFIED_EMAIL"] = True
    try:
        register(client)
        response = client.submit(f"/c/{category.slug}/new", {"title": "Hello all", "body": "Hi"})
        assert response.status_code == 403
        html = response.get_data(as_text=True)
        assert "confirm your email address" in html and "/verify/resend" in html
        client.submit("/verify/resend")
        assert len(smtp) == 2
        client.get(path_of(smtp.links()[0]))
        assert client.submit(f"/c/{category.slug}/new", {"title": "Hello all", "body": "Hi"}).status_code == 302
    finally:
        app.config["FORUM"]["REQUIRE_VERIFIED_EMAIL"] = False


@pytest.mark.parametrize("known", [True, False])
def test_reset_gives_the_same_answer_either_way(client, smtp, make_user, known):
    make_user("known_one")
    response = client.submit(
        "/reset", {"email": "known_one@example.org" if known else "nobody@example.org"}, follow_redirects=True
    )
    assert "If that address belongs to an account" in response.get_data(as_text=True).replace("&#39;", "'")
    assert len(smtp) == (1 if known else 0)


def test_reset_link_works_once(app, db, client, smtp, make_user):
    user = make_user("forgetful")
    client.submit("/reset", {"email": "forgetful@example.org"})
    link = path_of(smtp.links()[0])
    assert client.get(link).status_code == 200
    new = "a whole new password"
    assert client.submit(link, {"password": new, "password_confirm": new}).status_code == 302
    assert "password was changed" in smtp[-1]["Subject"].lower()
    client.login(user, password=new)
    client.logout()
    reused = client.get(link)
    assert reused.status_code == 400 and "already been used" in reused.get_data(as_text=True)
    assert (
        client.submit(link, {"password": "another password!", "password_confirm": "another password!"}).status_code
        == 400
    )


def test_reset_link_dies_when_the_password_changes_another_way(app, db, client, smtp, make_user):
    user = make_user("changer")
    client.submit("/reset", {"email": "changer@example.org"})
    link = path_of(smtp.links()[0])
    client.login(user)
    client.submit(
        "/settings/password",
        {"current_password": PASSWORD, "password": "brand new secret", "password_confirm": "brand new secret"},
    )
    assert client.get(link).status_code == 400


@pytest.mark.parametrize("tamper", ["truncate", "flip", "garbage", "other-purpose"])
def test_forged_tokens_are_refused(app, client, smtp, make_user, tamper):
    make_user("target")
    client.submit("/reset", {"email": "target@example.org"})
    token = smtp.links()[0].rsplit("/", 1)[1]
    if tamper == "truncate":
        token = token[:-5]
    elif tamper == "flip":
        # a character well inside the signature (the last one may carry unused bits)
        token = token[:-8] + ("A" if token[-8] != "A" else "B") + token[-7:]
    elif tamper == "garbage":
        token = "not-a-token"
    else:  # a reset token used as a verification link
        assert client.get(f"/verify/{token}").status_code == 400
        return
    response = client.get(f"/reset/{token}")
    assert response.status_code == 400 and "isn" in response.get_data(as_text=True)


def test_reset_link_expires(app, client, smtp, make_user):
    make_user("slowpoke")
    client.submit("/reset", {"email": "slowpoke@example.org"})
    link = path_of(smtp.links()[0])
    app.config["FORUM"]["RESET_TOKEN_MINUTES"] = 0
    try:
        time.sleep(1.1)
        response = client.get(link)
        assert response.status_code == 400 and "expired" in response.get_data(as_text=True)
    finally:
        app.config["FORUM"]["RESET_TOKEN_MINUTES"] = 60


def test_changing_email_verifies_the_new_address_and_tells_the_old_one(app, db, client, smtp, make_user):
    user = make_user("mover")
    client.login(user)
    assert client.submit("/settings/email", {"email": "wrong@example.org", "password": "not it"}).status_code == 400
    assert len(smtp) == 0
    client.submit("/settings/email", {"email": "New.Home@Example.org", "password": PASSWORD})
    recipients = {m["X-Envelope-To"] for m in smtp}
    assert recipients == {"new.home@example.org", "mover@example.org"}
    with app.app_context():
        assert db.session.scalar(select(User.email)) == "mover@example.org"  # not until confirmed
    confirm = next(m for m in smtp if m["X-Envelope-To"] == "new.home@example.org")
    link = path_of(re.findall(r"https?://\S+", smtp.text(confirm))[0])
    assert client.get(link).status_code == 302
    with app.app_context():
        assert db.session.scalar(select(User.email)) == "new.home@example.org"


def test_an_address_in_use_cannot_be_taken(app, client, smtp, make_user):
    make_user("first_owner")
    client.login(make_user("second"))
    response = client.submit("/settings/email", {"email": "first_owner@example.org", "password": PASSWORD})
    assert response.status_code == 400 and "can" in response.get_data(as_text=True)
    assert len(smtp) == 0
