"""The post list members share (forum/discussions/shared_posts.py): shared only where it is
exactly what the member would see, and never stale."""

from __future__ import annotations

import re

import pytest

from forum.extensions import db
from forum.models import Post, User, utcnow
from tests.conftest import FormClient, count_queries

POSTS_QUERY = re.compile(r"FROM posts JOIN users", re.S)


def _posts_queries(app, client, url) -> tuple[str, int]:
    with count_queries(app) as statements:
        page = client.get(url)
    assert page.status_code == 200
    return page.get_data(as_text=True), sum(1 for s in statements if POSTS_QUERY.search(s))


def _posts(html: str) -> str:
    return html.split('<div class="posts">', 1)[1].split('<section class="reply-box"', 1)[0]


def _client(app, user) -> FormClient:
    other = FormClient(app.test_client())
    other.login(user)
    return other


@pytest.fixture
def thread_with_replies(make_user, make_thread, make_reply):
    author = make_user("opener")
    thread = make_thread(author=author, title="Mornings", body="How are your mornings?")
    for i in range(3):
        make_reply(thread, make_user(f"replier{i}"), body=f"Reply number {i}")
    return thread


def test_a_second_reader_gets_the_same_list_without_loading_the_posts(app, client, make_user, thread_with_replies):
    url = f"/t/{thread_with_replies.id}/{thread_with_replies.slug}"
    client.login(make_user("first_reader"))
    first, loads = _posts_queries(app, client, url)
    assert loads == 1
    second_reader = _client(app, make_user("second_reader"))
    second, loads = _posts_queries(app, second_reader, url)
    assert loads == 0  # served from the shared list
    assert "Reply number 2" in _posts(second)
    assert re.sub(r'value="[^"]*"', "", _posts(first)) == re.sub(r'value="[^"]*"', "", _posts(second))
    assert 'name="csrf_token"' not in _posts(second)  # no member's token in a shared list


def test_a_new_reply_is_seen_at_once(app, client, make_user, make_reply, thread_with_replies):
    url = f"/t/{thread_with_replies.id}/{thread_with_replies.slug}"
    client.login(make_user("reader"))
    client.get(url)
    make_reply(thread_with_replies, make_user("late"), body="Arrived just now")
    page, loads = _posts_queries(app, client, url)
    assert loads == 1 and "Arrived just now" in page


def test_an_author_gets_their_own_buttons_not_the_shared_list(app, client, make_user, thread_with_replies):
    url = f"/t/{thread_with_replies.id}/{thread_with_replies.slug}"
    client.login(make_user("reader"))
    client.get(url)  # the shared list now exists
    with app.app_context():
        replier = db.session.scalar(db.select(User).where(User.username == "replier1"))
        own = db.session.scalar(db.select(Post).where(Post.author_id == replier.id))
    author = _client(app, replier)
    page, loads = _posts_queries(app, author, url)
    assert loads == 1
    assert f'action="/p/{own.id}/delete"' in page and f'href="/p/{own.id}/edit"' in page


def test_a_member_with_a_post_awaiting_review_sees_it(app, client, make_user, thread_with_replies):
    url = f"/t/{thread_with_replies.id}/{thread_with_replies.slug}"
    newcomer = make_user("newcomer")
    with app.app_context():
        db.session.add(
            Post(thread_id=thread_with_replies.id, author_id=newcomer.id, parent_id=None, path="9999999999",
                 depth=1, body_source="Waiting", body_html="<p>Waiting for review</p>", status="pending",
                 created_at=utcnow())
        )  # fmt: skip
        db.session.commit()
    client.login(make_user("reader"))
    assert "Waiting for review" not in client.get(url).get_data(as_text=True)
    page, loads = _posts_queries(app, _client(app, newcomer), url)
    assert loads == 1 and "Waiting for review" in page


def test_a_suspended_member_gets_no_reply_or_report_links(app, client, make_user, thread_with_replies):
    from datetime import timedelta

    url = f"/t/{thread_with_replies.id}/{thread_with_replies.slug}"
    client.login(make_user("reader"))
    assert '/report"' in client.get(url).get_data(as_text=True)
    suspended = make_user("paused", suspended_until=utcnow() + timedelta(days=3), suspended_reason="a pause")
    page = _client(app, suspended).get(url).get_data(as_text=True)
    assert '/report"' not in _posts(page) and "?parent_id=" not in _posts(page)


def test_moderators_never_use_the_shared_list(app, client, make_user, thread_with_replies):
    url = f"/t/{thread_with_replies.id}/{thread_with_replies.slug}"
    client.login(make_user("reader"))
    client.get(url)
    page, loads = _posts_queries(app, _client(app, make_user("keeper", role="moderator")), url)
    assert loads == 1 and "Hide" in page
