"""Notifications, watching, mentions, followed and muted tags."""

import re

import pytest
from sqlalchemy import func, select

from forum.models import Notification, Post, TagPreference, Thread, User, Watch
from forum.stories.services import DetailsInput
from tests.conftest import count_queries


def unread_badge(client) -> int:
    match = re.search(r'class="count-badge">(\d+)', client.get("/").get_data(as_text=True))
    return int(match.group(1)) if match else 0


def notes(app, db, user) -> list[Notification]:
    with app.app_context():
        rows = db.session.scalars(select(Notification).where(Notification.user_id == user.id).order_by(Notification.id))
        result = rows.all()
        for row in result:
            db.session.expunge(row)
        return result


def test_bob_replies_to_alice_and_alice_follows_the_notification(app, db, client, make_user, make_thread):
    alice, bob = make_user("alice"), make_user("bob")
    thread = make_thread(author=alice, title="Neck stretches")
    client.login(bob)
    client.submit(f"/t/{thread.id}/reply", {"body": "These helped me too."})
    client.logout()
    client.login(alice)
    assert unread_badge(client) == 1
    page = client.get("/notifications").get_data(as_text=True)
    assert "bob replied to your post in “Neck stretches”" in page
    link = re.search(r'href="(/notifications/\d+)"', page).group(1)
    landing = client.get(link)
    assert landing.status_code == 302 and landing.headers["Location"].startswith("/p/")
    target = client.get(landing.headers["Location"]).headers["Location"]
    assert target.endswith("#p" + landing.headers["Location"].rsplit("/", 1)[1])
    assert unread_badge(client) == 0


def test_alice_mentions_carol(app, db, client, make_user, make_thread):
    alice, carol = make_user("alice"), make_user("Carol_K")
    thread = make_thread()
    client.login(alice)
    client.submit(f"/t/{thread.id}/reply", {"body": "I think @carol_k had the same thing. And @nobody_here too."})
    html = client.get(f"/t/{thread.id}/{thread.slug}").get_data(as_text=True)
    assert '<a href="/u/Carol_K" class="mention"' in html and "@nobody_here" in html
    assert [n.kind for n in notes(app, db, carol)] == ["mention"]


def test_watchers_hear_of_new_replies_and_can_stop(app, db, client, make_user, make_thread):
    author, watcher, replier = make_user(), make_user("watcher"), make_user()
    thread = make_thread(author=author)
    client.login(watcher)
    client.submit(f"/t/{thread.id}/watch")
    client.logout()
    client.login(replier)
    client.submit(f"/t/{thread.id}/reply", {"body": "First"})
    client.logout()
    assert [n.kind for n in notes(app, db, watcher)] == ["watched"]
    assert [n.kind for n in notes(app, db, author)] == ["reply"]  # the author watches, but hears once
    client.login(watcher)
    client.submit(f"/t/{thread.id}/watch")  # stop
    client.logout()
    client.login(replier)
    client.submit(f"/t/{thread.id}/reply", {"body": "Second"})
    assert len(notes(app, db, watcher)) == 1


def test_posting_watches_the_thread(app, db, client, make_user, make_thread):
    member = make_user()
    thread = make_thread()
    client.login(member)
    client.submit(f"/t/{thread.id}/reply", {"body": "Me too"})
    with app.app_context():
        assert db.session.get(Watch, (member.id, thread.id)) is not None
    assert 'aria-pressed="true">Watching' in client.get(f"/t/{thread.id}/{thread.slug}").get_data(as_text=True)


def test_reactions_are_batched(app, db, client, make_user, make_story, root_post_of):
    author = make_user("storyteller")
    story = make_story(author, title="My journey")
    root = root_post_of(story)
    for n in range(3):
        client.login(make_user(f"kind{n}"))
        client.submit(f"/p/{root.id}/react", {"kind": "support"})
        client.logout()
    items = notes(app, db, author)
    assert len(items) == 1 and items[0].count == 3
    client.login(author)
    assert "3 members sent support to your story “My journey”" in client.get("/notifications").get_data(as_text=True)


def test_each_kind_can_be_turned_off(app, db, client, make_user, make_thread):
    alice = make_user("alice")
    thread = make_thread(author=alice)
    client.login(alice)
    client.submit("/settings", {"kinds": ["watched", "mention"]})  # "reply" off
    client.logout()
    client.login(make_user())
    client.submit(f"/t/{thread.id}/reply", {"body": "Hello @alice"})
    kinds = [n.kind for n in notes(app, db, alice)]
    assert kinds == ["mention"]


def test_nobody_hears_of_their_own_actions_or_from_suspended_members(app, db, client, make_user, make_thread):
    from datetime import timedelta

    from forum.models import utcnow

    alice = make_user("alice")
    thread = make_thread(author=alice)
    client.login(alice)
    client.submit(f"/t/{thread.id}/reply", {"body": "Replying to myself, @alice"})
    client.logout()
    assert notes(app, db, alice) == []
    quiet = make_user(suspended_until=utcnow() + timedelta(days=1))
    with app.app_context():
        from forum.notifications.services import notify

        # a suspended member can't post, but whatever else they do, nobody is told about it
        told = notify(
            db.session.get(User, alice.id),
            "reply",
            db.session.get(Thread, thread.id),
            actor=db.session.get(User, quiet.id),
        )
        db.session.commit()
    assert told is False
    assert notes(app, db, alice) == []


def test_nothing_about_content_the_recipient_cannot_see(app, db, client, make_user, make_thread):
    alice = make_user("alice", approved_post_count=5)
    thread = make_thread(author=alice)
    app.config["FORUM"]["REVIEW_FIRST_POSTS"] = 2
    try:
        client.login(make_user("brand_new"))
        client.submit(f"/t/{thread.id}/reply", {"body": "Waiting for review, @alice"})
        client.logout()
        assert notes(app, db, alice) == []  # pending: nobody but the moderators can see it
        with app.app_context():
            pending_id = db.session.scalar(select(Post.id).where(Post.status == "pending"))
        client.login(make_user("kind_mod", role="moderator"))
        client.submit(f"/mod/posts/{pending_id}/approve")
        client.logout()
    finally:
        app.config["FORUM"]["REVIEW_FIRST_POSTS"] = 0
    assert sorted(n.kind for n in notes(app, db, alice)) == ["reply"]  # told once it is visible
    with app.app_context():
        author_notes = db.session.scalars(
            select(Notification.event).join(User, User.id == Notification.user_id).where(User.username == "brand_new")
        ).all()
    assert author_notes == ["approved"]


def test_anonymous_authors_stay_anonymous_in_notifications(app, db, client, make_user, make_story, make_reply):
    secret = make_user("secret_sparrow")
    story = make_story(secret, title="Told quietly", is_anonymous=True, details=DetailsInput())
    reader = make_user("reader")
    first = make_reply(story, author=reader, body="Thank you")
    client.login(secret)
    client.submit(f"/t/{story.id}/reply", {"body": "Thank you for reading", "parent_id": str(first.id)})
    client.logout()
    client.login(reader)
    html = client.get("/notifications").get_data(as_text=True)
    assert "a community member replied to your post" in html
    assert "secret_sparrow" not in html


def test_followed_tags_announce_new_threads_and_muted_tags_hide_them(app, db, client, make_user, make_tag, make_tip):
    make_tag("Heat", group="Heat and cold")
    fan, grump = make_user("fan"), make_user("grump")
    for member, mode in ((fan, "follow"), (grump, "mute")):
        client.login(member)
        assert client.submit("/tags/heat/preference", {"mode": mode}).status_code == 302
        client.logout()
    make_tip(title="Wheat bag warmth", tags="Heat")
    assert [n.kind for n in notes(app, db, fan)] == ["followed_tag"]
    assert notes(app, db, grump) == []
    client.login(grump)
    assert "Wheat bag warmth" not in client.get("/tips").get_data(as_text=True)
    assert "Wheat bag warmth" in client.get("/tags/heat").get_data(as_text=True)  # the tag page still shows it
    client.submit("/tags/heat/preference", {"mode": ""})
    assert "Wheat bag warmth" in client.get("/tips").get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(TagPreference)) == 1
    assert client.submit("/tags/heat/preference", {"mode": "adore"}).status_code == 400


def test_notification_pages_and_bad_input(app, db, client, make_user, make_thread):
    alice, bob = make_user("alice"), make_user("bob")
    thread = make_thread(author=alice)
    client.login(bob)
    client.submit(f"/t/{thread.id}/reply", {"body": "hi"})
    with app.app_context():
        alices = db.session.scalar(select(Notification.id))
    assert client.get(f"/notifications/{alices}").status_code == 404  # not Bob's
    assert client.submit(f"/notifications/{alices}/read").status_code == 404
    assert client.get("/notifications/999999").status_code == 404
    client.logout()
    assert client.get("/notifications").status_code == 302
    client.login(alice)
    assert client.submit(f"/notifications/{alices}/read").status_code == 302
    assert unread_badge(client) == 0
    assert client.post("/notifications/read-all").status_code == 400  # no CSRF


def test_mark_all_read_and_pagination(app, db, client, make_user, make_thread):
    alice = make_user("alice")
    thread = make_thread(author=alice)
    for n in range(35):
        client.login(make_user())
        client.submit(f"/t/{thread.id}/reply", {"body": f"reply {n}"})
        client.logout()
    client.login(alice)
    assert unread_badge(client) == 35
    first = client.get("/notifications").get_data(as_text=True)
    assert first.count('class="notification unread"') == 30 and "Page 1 of 2" in first
    client.submit("/notifications/read-all")
    assert unread_badge(client) == 0


@pytest.mark.parametrize("n", [3, 30])
def test_header_count_is_one_query_and_notification_page_is_bounded(app, client, make_user, make_thread, n):
    alice = make_user("alice")
    thread = make_thread(author=alice)
    replier = make_user()
    client.login(replier)
    for i in range(n):
        client.submit(f"/t/{thread.id}/reply", {"body": f"reply {i}"})
    client.logout()
    client.login(alice)
    with count_queries(app) as on_home:
        client.get("/guidelines")
    counts_sql = [s for s in on_home if "FROM notifications" in s]
    assert len(counts_sql) == 1
    with count_queries(app) as on_page:
        client.get("/notifications")
    assert len(on_page) <= 4
