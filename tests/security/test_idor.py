"""Another member's things: every route that takes an id or a username refuses them where it should,
and nothing changes. Two members (alice owns, bob tries), a moderator (moira) and an admin (ada)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from forum.extensions import db as _db
from forum.models import Draft, Notification, Post, Thread, User
from tests.security.conftest import changed_tables, is_refused, snapshot


def _value(app, fn):
    with app.app_context():
        try:
            return fn(_db.session)
        finally:
            _db.session.remove()


def _refused_page(client, url) -> bool:
    """After following redirects (/t/<id> goes to /t/<id>/<slug>): refused, or landed on sign-in."""
    response = client.get(url, follow_redirects=True)
    return response.status_code in (401, 403, 404) or response.request.path == "/login"


def _refused_unchanged(app, send):
    before = snapshot(app)
    response = send()
    assert is_refused(response), (response.status_code, response.headers.get("Location"))
    assert not changed_tables(before, snapshot(app))
    return response


def test_a_member_cannot_edit_or_delete_another_members_post(app, world, login_as):
    bob = login_as(world.bob)
    form = {"title": "Taken over", "body": "bob's words now", "reason": "mine"}
    for post_id in (world.root_post_id, world.tip_root_id):
        _refused_unchanged(app, lambda p=post_id: bob.get(f"/p/{p}/edit"))
        _refused_unchanged(app, lambda p=post_id: bob.submit(f"/p/{p}/edit", form))
        _refused_unchanged(app, lambda p=post_id: bob.submit(f"/p/{p}/delete", {"reason": ""}))
    body = _value(app, lambda s: s.get(Post, world.root_post_id).body_source)
    assert body == "Mornings are the hardest part."
    # and the owner may: the refusals above are about who, not about the form
    alice = login_as(world.alice)
    response = alice.submit(f"/p/{world.root_post_id}/edit", {"title": "Morning stiffness", "body": "Mine, edited."})
    assert response.status_code == 302
    assert _value(app, lambda s: s.get(Post, world.root_post_id).body_source) == "Mine, edited."


def test_a_member_cannot_edit_another_members_story(app, world, login_as):
    bob = login_as(world.bob)
    _refused_unchanged(app, lambda: bob.get(f"/stories/{world.story.id}/edit"))
    form = {"title": "Not yours", "body": "Rewritten by someone else.", "tags": ""}
    _refused_unchanged(app, lambda: bob.submit(f"/stories/{world.story.id}/edit", form))
    assert _value(app, lambda s: s.get(Thread, world.story.id).title) == "Years to a name"


def test_a_member_never_reaches_another_members_draft(app, world, login_as):
    place = f"reply:thread:{world.thread.id}"
    bob = login_as(world.bob)
    page = bob.get(f"/t/{world.thread.id}/reply").get_data(as_text=True)
    assert "alice&#39;s draft words" not in page and "alice's draft words" not in page
    token = bob.csrf_token()
    body = json.dumps({"revision": 0, "fields": {"body": ["bob's own words"]}})
    response = bob.post(f"/drafts/{place}", data=body, content_type="application/json", headers={"X-CSRFToken": token})
    assert response.status_code == 200
    assert "alice" not in response.get_data(as_text=True)
    bob.submit(f"/drafts/{place}/discard", {"draft_revision": "", "next": "/"})

    kept = _value(app, lambda s: s.scalar(select(Draft.id).where(Draft.user_id == world.alice.id)))
    assert kept is not None, "bob's discard took alice's draft"
    alice_page = login_as(world.alice).get(f"/t/{world.thread.id}/reply").get_data(as_text=True)
    assert "alice&#39;s draft words" in alice_page or "alice's draft words" in alice_page


def test_a_member_cannot_open_or_mark_another_members_notification(app, world, login_as):
    bob = login_as(world.bob)
    _refused_unchanged(app, lambda: bob.get(f"/notifications/{world.notification_id}"))
    _refused_unchanged(app, lambda: bob.submit(f"/notifications/{world.notification_id}/read"))
    bob.submit("/notifications/read-all")
    assert _value(app, lambda s: s.get(Notification, world.notification_id).is_read) is False
    assert "Morning stiffness" not in bob.get("/notifications").get_data(as_text=True)


def test_settings_and_export_are_only_ever_the_members_own(app, world, login_as):
    bob = login_as(world.bob)
    export = bob.get("/settings/export", query_string={"user": "alice", "user_id": world.alice.id})
    assert export.status_code == 200
    text = export.get_data(as_text=True)
    assert "alice@example.org" not in text and "alice's draft words" not in text and "Years to a name" not in text
    assert "bob@example.org" in text
    bob.submit("/settings", {"bio": "bob's bio", "user_id": str(world.alice.id), "username": "alice"})
    assert _value(app, lambda s: s.get(User, world.alice.id).bio_source) in (None, "")
    assert _value(app, lambda s: s.get(User, world.bob.id).bio_source) == "bob's bio"


@pytest.mark.parametrize(
    ("url", "form"),
    [
        ("/mod/posts/{root}/hide", {"reason": "no"}),
        ("/mod/threads/{thread}/lock", {"reason": "no"}),
        ("/mod/threads/{thread}/move", {"category": "other"}),
        ("/mod/members/alice/suspend", {"until": "2099-01-01", "reason": "no"}),
        ("/mod/members/alice/role", {"role": "admin"}),
        ("/mod/words/{word}/delete", {}),
        ("/tags/heat/retire", {}),
        ("/resources/new", {"title": "Mine", "section": "understanding", "summary": "x", "body": "x"}),
    ],
)
def test_moderator_routes_refuse_a_plain_member(app, world, login_as, url, form):
    url = url.format(root=world.root_post_id, thread=world.thread.id, word=world.word_id)
    bob = login_as(world.bob)
    _refused_unchanged(app, lambda: bob.submit(url, form))


def test_a_moderator_cannot_act_above_their_role(app, world, login_as):
    moira = login_as(world.mod)
    _refused_unchanged(app, lambda: moira.submit("/mod/members/bob/role", {"role": "admin"}))
    _refused_unchanged(app, lambda: moira.submit("/mod/members/ada/suspend", {"until": "2099-01-01", "reason": "x"}))
    assert _value(app, lambda s: s.get(User, world.bob.id).role) == "member"


def test_a_pending_post_shows_only_to_its_author_and_moderators(app, world, login_as):
    url = f"/t/{world.pending.id}"
    for who in (None, world.alice):
        client = login_as(who)
        assert _refused_page(client, url)
        for page in ("/c/general", "/feed.atom", "/search?q=Waiting"):
            assert "Waiting thread" not in client.get(page).get_data(as_text=True), page
    for who in (world.bob, world.mod):
        assert login_as(who).get(url, follow_redirects=True).status_code == 200


def test_a_members_only_thread_is_hidden_from_visitors(app, world, login_as):
    """A visitor gets the title, the excerpt and an invitation to join (by design), never the rest or the author."""
    visitor = login_as(None)
    page = visitor.get(f"/t/{world.members_only.id}", follow_redirects=True).get_data(as_text=True)
    assert "This conversation is for members" in page
    assert "zebra detail" not in page and "/u/alice" not in page
    for url in ("/c/general", "/feed.atom", "/search?q=zebra", "/u/alice"):
        assert "zebra detail" not in visitor.get(url).get_data(as_text=True), url
    assert "Just for us" not in visitor.get("/feed.atom").get_data(as_text=True)
    member_page = login_as(world.bob).get(f"/t/{world.members_only.id}", follow_redirects=True)
    assert "zebra detail" in member_page.get_data(as_text=True)


def test_an_anonymous_story_never_names_its_author(app, world, login_as):
    """The story shows (so this can't pass on an empty page) and alice's name is nowhere near it."""
    pages = [f"/t/{world.story.id}", "/stories", "/stories/feed.atom", "/search?q=Years"]
    for who in (None, world.bob):
        client = login_as(who)
        for page in pages:
            text = client.get(page, follow_redirects=True).get_data(as_text=True)
            assert "Years to a name" in text, page
            assert "alice" not in text.lower(), page
        assert _story_entry_ok(client.get("/feed.atom").get_data(as_text=True))
        assert "Years to a name" not in client.get("/u/alice").get_data(as_text=True)


def _story_entry_ok(feed: str) -> bool:
    """The site feed may name alice for her other threads, never in the story's entry."""
    entries = feed.split("<entry>")
    return all("alice" not in entry.lower() for entry in entries if "Years to a name" in entry)
