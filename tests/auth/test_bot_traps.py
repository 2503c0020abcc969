"""Sign-up bot traps: a honeypot field and a minimum time to fill the form."""

from __future__ import annotations

import html
import re
import time

import pytest
from itsdangerous import URLSafeTimedSerializer
from sqlalchemy import func, select

from forum.models import User
from tests.auth.test_accounts import registration

STAMP_RE = re.compile(r'name="form_stamp" value="([^"]*)"')
TRY_AGAIN = "Sorry, we couldn't accept the form this time"


@pytest.fixture
def min_seconds(app):
    forum = app.config["FORUM"]
    saved = forum["REGISTER_MIN_SECONDS"]
    forum["REGISTER_MIN_SECONDS"] = 3
    yield 3
    forum["REGISTER_MIN_SECONDS"] = saved


def users(app, db) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count(User.id)))


def form(stamp: str, **overrides) -> dict:
    return registration(**{"website": "", "form_stamp": stamp, **overrides})


def served_stamp(client) -> str:
    return STAMP_RE.search(client.get("/register").get_data(as_text=True)).group(1)


def aged_stamp(app, seconds: float) -> str:
    """A genuine stamp, as if the form had been served `seconds` ago."""
    with app.app_context():
        serializer = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="stillpoint-register-form")
    signer = serializer.make_signer()
    signer.get_timestamp = lambda: int(time.time() - seconds)
    return signer.sign(serializer.dump_payload("register")).decode()


def test_the_honeypot_is_hidden_from_people(client):
    page = client.get("/register").get_data(as_text=True)
    trap = re.search(r'<div class="bot-trap" aria-hidden="true">(.*?)</div>', page, re.S).group(1)
    assert 'name="website"' in trap and 'tabindex="-1"' in trap and 'autocomplete="off"' in trap
    assert '<label for="website">' in trap


def test_a_person_who_takes_their_time_is_welcome(app, db, client, min_seconds):
    response = client.submit("/register", form(aged_stamp(app, 10)))
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    assert users(app, db) == 1


def test_a_bot_that_fills_the_honeypot_is_refused(app, db, client):
    response = client.submit("/register", form(served_stamp(client), website="https://spam.example.com"))
    assert response.status_code == 400
    assert "We couldn't create an account from that form" in html.unescape(response.get_data(as_text=True))
    assert users(app, db) == 0


def test_a_form_sent_back_too_fast_is_refused_and_kept(app, db, client, min_seconds):
    response = client.submit("/register", form(served_stamp(client)))
    assert response.status_code == 400
    page = html.unescape(response.get_data(as_text=True))
    assert TRY_AGAIN in page
    assert 'value="quiet_heron"' in page and 'value="heron@example.org"' in page
    assert users(app, db) == 0
    fresh = STAMP_RE.search(page).group(1)
    assert fresh  # the page carries a new stamp, so sending it again in a moment works


@pytest.mark.parametrize("stamp", ["", "forged", "missing"])
def test_a_missing_or_forged_stamp_is_refused(app, db, client, min_seconds, stamp):
    data = form(stamp)
    if stamp == "missing":
        del data["form_stamp"]
    elif stamp == "forged":
        other = URLSafeTimedSerializer("not-the-secret", salt="stillpoint-register-form")
        data["form_stamp"] = other.dumps("register")
    response = client.submit("/register", data)
    assert response.status_code == 400 and TRY_AGAIN in html.unescape(response.get_data(as_text=True))
    assert users(app, db) == 0


def test_an_expired_stamp_is_refused(app, db, client, min_seconds):
    response = client.submit("/register", form(aged_stamp(app, 2 * 24 * 60 * 60)))
    assert response.status_code == 400 and TRY_AGAIN in html.unescape(response.get_data(as_text=True))
    assert users(app, db) == 0
