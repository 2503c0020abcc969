"""Every rate limit trips at its setting, resets after its window, and answers with the calm 429 page."""

from __future__ import annotations

import time

import pytest

from forum.extensions import limiter


def _addr(n: int) -> dict:
    return {"environ_base": {"REMOTE_ADDR": f"10.0.0.{n}"}}


def _signed_in(lclient, make_user):
    member = make_user()
    lclient.login(member)
    return member


# Each case: the setting, and a function making request number i (the one that counts) for a test.
def _login_per_address(lclient, ctx, i):
    return lclient.submit("/login", {"login": f"nobody{i}", "password": "wrong"})


def _login_per_account(lclient, ctx, i):
    # The same account, typed differently, from a different address each time.
    name = "  Target_Tern " if i % 2 else "target_tern"
    return lclient.submit("/login", {"login": name, "password": "wrong"}, **_addr(i))


def _register(lclient, ctx, i):
    return lclient.submit("/register", {"username": f"newcomer{i}", "email": "not an email", "password": "x"})


def _reset_per_address(lclient, ctx, i):
    return lclient.submit("/reset", {"email": f"someone{i}@example.org"})


def _reset_per_email(lclient, ctx, i):
    return lclient.submit("/reset", {"email": " Target@Example.org" if i % 2 else "target@example.org"}, **_addr(i))


def _posting(lclient, ctx, i):
    # New threads, stories, tips and replies share one count (empty forms: refused, but counted).
    url = [f"/c/{ctx['category']}/new", "/stories/new", "/tips/new", f"/t/{ctx['thread']}/reply"][i % 4]
    return lclient.submit(url, {}, **_addr(i))


def _report(lclient, ctx, i):
    return lclient.submit(f"/p/{ctx['post']}/report", {}, **_addr(i))


def _reaction(lclient, ctx, i):
    return lclient.submit(f"/p/{ctx['post']}/react", {"kind": "support"}, **_addr(i))


def _mail(lclient, ctx, i):
    return lclient.submit("/verify/resend", {}, **_addr(i))


def _search(lclient, ctx, i):
    return lclient.get("/search?q=neck")  # the same query: after the first, the page cache has it


CASES = {
    "LOGIN": (_login_per_address, False),
    "LOGIN_ACCOUNT": (_login_per_account, False),
    "REGISTER": (_register, False),
    "RESET": (_reset_per_address, False),
    "RESET_EMAIL": (_reset_per_email, False),
    "POST": (_posting, True),
    "REPORT": (_report, True),
    "REACTION": (_reaction, True),
    "MAIL": (_mail, True),
    "SEARCH": (_search, False),
}


@pytest.fixture
def ctx_light(make_thread, make_reply, make_user, app):
    from forum.extensions import db
    from forum.models import Category, Thread

    thread = make_thread()
    post = make_reply(thread)
    make_user("target_tern")
    with app.app_context():
        slug = db.session.get(Category, db.session.get(Thread, thread.id).category_id).slug
        db.session.remove()
    return {"thread": thread.id, "post": post.id, "category": slug}


@pytest.mark.parametrize("name", CASES)
def test_limit_trips_at_its_setting_and_resets(name, lclient, limits, make_user, ctx_light):
    make_request, needs_member = CASES[name]
    if needs_member:
        _signed_in(lclient, make_user)
    limits(**{f"{name}_RATE_LIMIT": "3 per minute", "LOCKOUT_FAILURES": 1000})
    limiter.storage.reset()  # signing in above counted towards the sign-in limits
    statuses = [make_request(lclient, ctx_light, i).status_code for i in range(3)]
    assert 429 not in statuses, statuses
    limited = make_request(lclient, ctx_light, 3)
    assert limited.status_code == 429
    page = limited.get_data(as_text=True)
    assert "Please slow down a little" in page and 'class="narrow error-page"' in page or "kept" in page
    assert "try again in" in page
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    limiter.storage.reset()  # the window is over
    assert make_request(lclient, ctx_light, 4).status_code != 429


def test_a_limit_opens_again_when_its_window_ends(lclient, limits):
    limits(LOGIN_RATE_LIMIT="2 per 1 second")
    for _ in range(2):
        assert lclient.submit("/login", {"login": "x", "password": "y"}).status_code == 400
    assert lclient.submit("/login", {"login": "x", "password": "y"}).status_code == 429
    time.sleep(1.1)
    assert lclient.submit("/login", {"login": "x", "password": "y"}).status_code == 400


def test_the_429_page_is_the_sites_own(lclient, limits):
    limits(SEARCH_RATE_LIMIT="1 per minute")
    lclient.get("/search?q=neck")
    response = lclient.get("/search?q=neck")
    assert response.status_code == 429
    page = response.get_data(as_text=True)
    assert '<link rel="stylesheet"' in page and "Stillpoint" in page
    assert "Please slow down a little" in page and "You can try again in a minute." in page
    assert response.headers["Retry-After"].isdigit()
    assert response.headers["Content-Security-Policy"]


def test_cached_search_pages_still_count(app, lclient, limits):
    limits(SEARCH_RATE_LIMIT="2 per minute", PAGE_CACHE_ENABLED=True)
    assert lclient.get("/search?q=neck").headers.get("X-Cache") == "MISS"
    assert lclient.get("/search?q=neck").headers.get("X-Cache") == "HIT"
    assert lclient.get("/search?q=neck").status_code == 429


def test_a_limited_reply_keeps_the_members_words(lclient, limits, make_user, make_thread):
    thread = make_thread()
    member = make_user()
    lclient.login(member)
    limits(POST_RATE_LIMIT="1 per minute")
    words = "These words took me an hour to write."
    assert lclient.submit(f"/t/{thread.id}/reply", {"body": "First reply, long enough."}).status_code == 302
    response = lclient.submit(f"/t/{thread.id}/reply", {"body": words})
    assert response.status_code == 429
    assert words in response.get_data(as_text=True)
    assert response.headers["Retry-After"].isdigit()


def test_limits_count_the_member_not_the_address(lclient, limits, make_user, ctx_light):
    _signed_in(lclient, make_user)
    limits(REACTION_RATE_LIMIT="2 per minute")
    for i in range(2):
        assert _reaction(lclient, ctx_light, i).status_code != 429
    assert _reaction(lclient, ctx_light, 9).status_code == 429  # a new address doesn't help
