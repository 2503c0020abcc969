"""Pending and hidden posts appear on no public surface."""

import pytest
from sqlalchemy import select

from forum.models import Post, Thread
from forum.stories.services import DetailsInput


def _set(app, db, thread, status):
    with app.app_context():
        db.session.get(Thread, thread.id).status = status
        for post in db.session.scalars(select(Post).where(Post.thread_id == thread.id)):
            post.status = status
        db.session.commit()


@pytest.mark.parametrize("status", ["pending", "hidden"])
def test_hidden_and_pending_threads_are_nowhere(
    app, db, client, make_user, make_tag, make_tip, make_story, make_thread, make_category, status
):
    make_tag("Heat", group="Heat and cold")
    category = make_category(slug="general")
    secret = "Zebrafinch"
    thread = make_thread(category=category, title=f"{secret} discussion")
    tip = make_tip(title=f"{secret} tip", tags="Heat")
    details = DetailsInput(years_to_diagnosis=40, postures=["jaw"], insights_consent=True)
    story = make_story(title=f"{secret} story", details=details)
    for item in (thread, tip, story):
        _set(app, db, item, status)
    surfaces = [
        "/",
        "/c/general",
        "/stories",
        "/stories?posture=jaw",
        "/tips",
        "/tips?sort=new",
        "/tags",
        "/tags/heat",
        "/tags/heat/feed.atom",
        "/insights",
    ]
    for viewer in (None, make_user()):
        if viewer:
            client.login(viewer)
        for url in surfaces:
            assert secret not in client.get(url).get_data(as_text=True), (url, viewer)
        for item in (thread, tip, story):
            assert client.get(f"/t/{item.id}/{item.slug}").status_code == 404
    tags_page = client.get("/tags").get_data(as_text=True)
    assert "0 tips" in tags_page
    assert "1 discussion" not in client.get("/").get_data(as_text=True)


def test_a_pending_reply_is_only_for_its_author_and_moderators(app, db, client, make_user, make_thread, make_reply):
    thread = make_thread()
    author = make_user("waiting_wren")
    reply = make_reply(thread, author=author, body="Quail egg secret")
    with app.app_context():
        db.session.get(Post, reply.id).status = "pending"
        db.session.commit()
    assert "Quail egg secret" not in client.get(f"/t/{thread.id}/{thread.slug}").get_data(as_text=True)
    assert client.get(f"/p/{reply.id}").status_code == 404
    client.login(make_user())
    assert "Quail egg secret" not in client.get(f"/t/{thread.id}/{thread.slug}").get_data(as_text=True)
    client.logout()
    client.login(author)
    assert "Quail egg secret" in client.get(f"/t/{thread.id}/{thread.slug}").get_data(as_text=True)
    client.logout()
    client.login(make_user(role="moderator"))
    assert "Quail egg secret" in client.get(f"/t/{thread.id}/{thread.slug}").get_data(as_text=True)
