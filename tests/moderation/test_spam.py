"""Spam guards: links from new members, the same text posted twice."""

from __future__ import annotations

import html

import pytest
from sqlalchemy import func, select

from forum.models import Post, Thread, User

LINK_REFUSAL = "New members can share links after their first post has been approved"


@pytest.fixture
def settings(app):
    forum = app.config["FORUM"]
    saved = dict(forum)
    yield forum
    forum.clear()
    forum.update(saved)


def page_text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def count(app, db, model, *where) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model).where(*where))


# --- links from new members --------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Have a look at https://cheap-pills.example.com today",
        "See [this page](http://cheap-pills.example.com) for more",
        "Autolinked <https://cheap-pills.example.com>",
        "Bare domain: cheap-pills.com sells it",
    ],
)
def test_a_new_member_cannot_reply_with_a_link(app, db, client, make_user, make_thread, settings, body):
    settings["LINK_TRUST_POSTS"] = 1
    thread = make_thread()
    client.login(make_user("new_member"))
    response = client.submit(f"/t/{thread.id}/reply", {"body": body})
    assert response.status_code == 400
    text = page_text(response)
    assert LINK_REFUSAL in text and "example dot org" in text
    assert body in text  # the member's words stay in the form
    assert count(app, db, Post, Post.thread_id == thread.id) == 1  # only the opening post


@pytest.mark.parametrize(
    "body",
    [
        "Write it as example dot org instead",
        "In code it stays text: `https://example.com`",
        "A link within the site: [the tips](/tips)",
        "Version 2.5 of the leaflet, e.g. page 3.",
    ],
)
def test_text_that_does_not_render_as_a_link_is_fine(app, db, client, make_user, make_thread, settings, body):
    settings["LINK_TRUST_POSTS"] = 1
    thread = make_thread()
    client.login(make_user())
    assert client.submit(f"/t/{thread.id}/reply", {"body": body}).status_code == 302


def test_links_everywhere_a_new_member_writes(app, db, client, make_user, make_category, settings):
    settings["LINK_TRUST_POSTS"] = 1
    category = make_category()
    member = make_user()
    client.login(member)
    for url, data in [
        (f"/c/{category.slug}/new", {"title": "Visit spam.example.com", "body": "Plain words.", "tags": ""}),
        (f"/c/{category.slug}/new", {"title": "Plain title", "body": "Go to www.spam.example.com", "tags": ""}),
        ("/stories/new", {"title": "My story", "body": "Read https://spam.example.com"}),
        ("/tips/new", {"title": "A tip", "body": "Buy at https://spam.example.com", "tags": "Heat"}),
        ("/settings", {"bio": "My shop: https://spam.example.com"}),
    ]:
        response = client.submit(url, data)
        assert response.status_code == 400, url
        assert LINK_REFUSAL in page_text(response), url
    assert count(app, db, Thread) == 0
    with app.app_context():
        assert db.session.get(User, member.id).bio_source == ""


def test_links_after_the_first_approved_post(app, db, client, make_user, make_thread, make_reply, settings):
    settings["LINK_TRUST_POSTS"] = 1
    thread = make_thread()
    member = make_user()
    client.login(member)
    with_link = {"body": "The leaflet is at https://dystonia.example.org"}
    assert client.submit(f"/t/{thread.id}/reply", with_link).status_code == 400
    make_reply(thread, author=member, body="My first words here.")  # published: counts as approved
    assert client.submit(f"/t/{thread.id}/reply", with_link).status_code == 302


def test_a_post_waiting_for_review_does_not_count(app, db, client, make_user, make_thread, settings):
    thread = make_thread()
    settings["LINK_TRUST_POSTS"] = 1
    settings["REVIEW_FIRST_POSTS"] = 1
    client.login(make_user())
    assert client.submit(f"/t/{thread.id}/reply", {"body": "Hello, first post."}).status_code == 302
    response = client.submit(f"/t/{thread.id}/reply", {"body": "See https://spam.example.com"})
    assert response.status_code == 400 and LINK_REFUSAL in page_text(response)


def test_moderators_may_always_post_links(app, db, client, make_user, make_thread, settings):
    settings["LINK_TRUST_POSTS"] = 5
    thread = make_thread()
    client.login(make_user(role="moderator"))
    assert client.submit(f"/t/{thread.id}/reply", {"body": "See https://example.org"}).status_code == 302


def test_a_new_member_cannot_edit_a_link_in(app, db, client, make_user, make_thread, settings):
    settings["LINK_TRUST_POSTS"] = 2
    member = make_user()
    thread = make_thread(author=member)  # one published post: below the threshold of 2
    with app.app_context():
        root = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    client.login(member)
    response = client.submit(f"/p/{root.id}/edit", {"title": "A thread", "body": "Now with spam.example.com"})
    assert response.status_code == 400
    assert "once 2 of their posts have been published" in page_text(response)
    with app.app_context():
        assert db.session.get(Post, root.id).body_source == "Opening post."


# --- the same text twice -----------------------------------------------------------------


def test_a_double_click_posts_one_reply(app, db, client, make_user, make_thread, settings):
    settings["DUPLICATE_POST_MINUTES"] = 10
    thread = make_thread()
    client.login(make_user())
    assert client.submit(f"/t/{thread.id}/reply", {"body": "Thank you, that helps."}).status_code == 302
    response = client.submit(f"/t/{thread.id}/reply", {"body": "  thank YOU,\n that helps. "})
    assert response.status_code == 400
    text = page_text(response)
    with app.app_context():
        first = db.session.scalar(select(Post).where(Post.depth == 1))
    assert "You already posted this here" in text and f"/p/{first.id}" in text
    assert "thank YOU," in text  # words kept
    assert count(app, db, Post, Post.thread_id == thread.id) == 2


def test_the_same_text_pasted_into_another_thread(app, db, client, make_user, make_thread, make_category, settings):
    settings["DUPLICATE_POST_MINUTES"] = 10
    first, second = make_thread(), make_thread()
    category = make_category()
    client.login(make_user())
    spam = {"body": "Miracle cure for dystonia, message me for the details now"}
    assert client.submit(f"/t/{first.id}/reply", spam).status_code == 302
    response = client.submit(f"/t/{second.id}/reply", spam)
    assert response.status_code == 400
    assert "You posted this exact text a moment ago" in page_text(response)
    response = client.submit(f"/c/{category.slug}/new", {"title": "New", "tags": "", **spam})
    assert response.status_code == 400 and "exact text" in page_text(response)
    assert client.submit("/tips/new", {"title": "Tip", "tags": "Heat", **spam}).status_code == 400
    assert client.submit("/stories/new", {"title": "Story", **spam}).status_code == 400
    assert count(app, db, Post) == 3  # two opening posts and the first reply


def test_a_short_thank_you_in_two_threads_is_fine(app, db, client, make_user, make_thread, settings):
    settings["DUPLICATE_POST_MINUTES"] = 10
    first, second = make_thread(), make_thread()
    client.login(make_user())
    assert client.submit(f"/t/{first.id}/reply", {"body": "Thank you!"}).status_code == 302
    assert client.submit(f"/t/{second.id}/reply", {"body": "Thank you!"}).status_code == 302


def test_the_same_text_after_the_window_or_after_deleting(app, db, client, make_user, make_thread, settings):
    settings["DUPLICATE_POST_MINUTES"] = 10
    thread = make_thread()
    client.login(make_user())
    body = {"body": "Trying this again later."}
    assert client.submit(f"/t/{thread.id}/reply", body).status_code == 302
    with app.app_context():
        post = db.session.scalar(select(Post).where(Post.depth == 1))
        post.created_at = post.created_at.replace(year=post.created_at.year - 1)
        db.session.commit()
    assert client.submit(f"/t/{thread.id}/reply", body).status_code == 302
    with app.app_context():
        newest = db.session.scalar(select(Post).order_by(Post.id.desc()))
    assert client.submit(f"/p/{newest.id}/delete").status_code == 302
    assert client.submit(f"/t/{thread.id}/reply", body).status_code == 302


def test_other_members_may_say_the_same(app, db, client, make_user, make_thread, make_reply, settings):
    settings["DUPLICATE_POST_MINUTES"] = 10
    thread = make_thread()
    make_reply(thread, body="Sending you strength today.")
    client.login(make_user())
    assert client.submit(f"/t/{thread.id}/reply", {"body": "Sending you strength today."}).status_code == 302
