"""Members-only threads, the privacy check before posting, settings, export and leaving."""

import json

import feedparser
import pytest
from sqlalchemy import select

from forum.models import Notification, Post, Thread, User
from forum.stories.services import DetailsInput
from tests.conftest import PASSWORD

# --- members-only threads -----------------------------------------------------------------


def test_members_only_threads_show_visitors_only_title_and_excerpt(
    app, db, client, make_user, make_category, make_reply, make_tag
):
    make_tag("Heat", group="Heat and cold")
    make_category(slug="general")
    author = make_user("private_pine")
    client.login(author)
    client.submit(
        "/c/general/new",
        {
            "title": "Between us members",
            "tags": "Heat",
            "members_only": "y",
            "body": "The first lines are fine to show.\n\nThe zebrafinch detail is private.",
        },
    )
    with app.app_context():
        thread = db.session.scalar(select(Thread))
    assert thread.members_only
    make_reply(thread, body="A private reply about quince")
    client.logout()
    page = client.get(f"/t/{thread.id}/{thread.slug}")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Between us members" in html and "The first lines" in html
    assert 'name="robots" content="noindex' in html and "Join Stillpoint" in html
    assert "private reply about quince" not in html
    for url in ("/", "/c/general", "/tags/heat", "/u/private_pine"):
        assert "quince" not in client.get(url).get_data(as_text=True), url
    assert "Between us members" not in client.get("/search?q=zebrafinch").get_data(as_text=True)
    assert "Between us members" not in client.get("/search?q=members").get_data(as_text=True)
    for feed in ("/feed.atom", "/tags/heat/feed.atom"):
        parsed = feedparser.parse(client.get(feed).data)
        assert all(entry.title != "Between us members" for entry in parsed.entries), feed
    client.login(make_user())
    member_view = client.get(f"/t/{thread.id}/{thread.slug}").get_data(as_text=True)
    assert "private reply about quince" in member_view and "noindex" not in member_view
    assert "Between us members" in client.get("/search?q=zebrafinch").get_data(as_text=True)


def test_members_only_default_comes_from_settings(app, db, client, make_user, make_category):
    make_category(slug="general")
    client.login(make_user(default_members_only=True, default_anonymous=True))
    assert 'checked id="members_only"' in client.get("/c/general/new").get_data(as_text=True)
    story_form = client.get("/stories/new").get_data(as_text=True)
    assert 'checked id="is_anonymous"' in story_form and 'checked id="members_only"' in story_form


# --- privacy check ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "what"),
    [
        ("Email me at jo.bloggs@example.com any time", "an email address"),
        ("Ring me on 07700 900123 after six", "a phone number"),
        ("We're at 12 Rose Lane if you're passing", "a street address"),
    ],
)
def test_contact_details_need_a_second_yes(app, db, client, make_user, make_thread, body, what):
    thread = make_thread()
    client.login(make_user())
    held = client.submit(f"/t/{thread.id}/reply", {"body": body})
    html = held.get_data(as_text=True).replace("&#39;", "'")
    assert f"this looks like {what}" in html and body.replace("'", "'") in html
    with app.app_context():
        assert db.session.scalar(select(Post.id).where(Post.depth == 1)) is None
    assert client.submit(f"/t/{thread.id}/reply", {"body": body, "confirm_personal_info": "y"}).status_code == 302


def test_ordinary_numbers_are_not_mistaken_for_contact_details(client, make_user, make_thread):
    thread = make_thread()
    client.login(make_user())
    response = client.submit(f"/t/{thread.id}/reply", {"body": "Week 11 of 12, 300 units since 2019-2024."})
    assert response.status_code == 302


# --- settings -------------------------------------------------------------------------------


def test_password_change_needs_the_current_one_and_ends_other_sessions(app, client, make_user):
    user = make_user("two_devices")
    other = app.test_client()
    from tests.conftest import FormClient

    other = FormClient(other)
    other.login(user)
    client.login(user)
    wrong = client.submit(
        "/settings/password",
        {"current_password": "nope", "password": "new secret pass", "password_confirm": "new secret pass"},
    )
    assert wrong.status_code == 400 and "isn" in wrong.get_data(as_text=True)
    ok = client.submit(
        "/settings/password",
        {"current_password": PASSWORD, "password": "new secret pass", "password_confirm": "new secret pass"},
    )
    assert ok.status_code == 302
    assert "Signed in as" in client.get("/").get_data(as_text=True)  # this device carries on
    assert "Signed in as" not in other.get("/").get_data(as_text=True)  # the other one is signed out


def test_preferences_are_saved(app, db, client, make_user):
    user = make_user()
    client.login(user)
    client.submit("/settings", {"bio": "Teacher, **tilts left**.", "default_anonymous": "y", "kinds": ["mention"]})
    with app.app_context():
        saved = db.session.get(User, user.id)
        assert saved.bio_html == "<p>Teacher, <strong>tilts left</strong>.</p>"
        assert saved.default_anonymous and not saved.default_members_only
        assert saved.wants("mention") and not saved.wants("reply")
    assert client.submit("/settings", {"bio": "x" * 1001}).status_code == 400


# --- export ---------------------------------------------------------------------------------


def test_export_holds_everything(
    app, db, client, make_user, make_thread, make_reply, make_story, make_tag, make_tip, root_post_of
):
    make_tag("Heat", group="Heat and cold")
    me = make_user("exporter")
    thread = make_thread(author=me, title="My discussion")
    reply = make_reply(thread, author=me, body="First words")
    client.login(me)
    client.submit(f"/p/{reply.id}/edit", {"body": "Better words", "reason": "typo"})
    secret = make_story(
        me,
        title="My anonymous story",
        is_anonymous=True,
        details=DetailsInput(onset_year=2015, postures=["tremor"], treatments={"massage": "no_change"}),
    )
    tip = make_tip(title="Someone's tip", tags="Heat")
    client.submit(f"/p/{root_post_of(tip).id}/react", {"kind": "helpful"})
    other = make_reply(make_thread(), body="Rude")
    client.submit(f"/p/{other.id}/report", {"reason": "harassment", "note": "unkind"})
    make_reply(thread, body="A reply to me")
    response = client.get("/settings/export")
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert "attachment" in response.headers["Content-Disposition"]
    data = json.loads(response.data)
    assert data["profile"]["username"] == "exporter" and data["profile"]["email"] == "exporter@example.org"
    edited = next(p for p in data["posts"] if p["text"] == "Better words")
    assert edited["revisions"][0]["text_before_edit"] == "First words"
    story = next(s for s in data["stories"] if s["title"] == "My anonymous story")
    assert story["anonymous"] is True and story["details"]["postures"] == ["tremor"]
    assert story["details"]["treatments"] == {"massage": "no_change"}
    assert [r["kind"] for r in data["reactions"]] == ["helpful"]
    assert data["reports_filed"][0]["note"] == "unkind"
    assert data["notifications"] and thread.id in data["watched_threads"]
    assert secret.id in {t["id"] for t in data["threads_started"]}


# --- leaving --------------------------------------------------------------------------------


def test_deleting_an_account_keeps_posts_as_a_former_member(app, db, client, make_user, make_thread, make_reply, smtp):
    leaver = make_user("leaving_lark", bio_html="<p>bio</p>")
    friend = make_user("friend")
    thread = make_thread(author=leaver, title="My thread")
    make_reply(thread, author=friend, body="Hi @leaving_lark")
    with app.app_context():
        db.session.add(Notification(user_id=friend.id, kind="reply", thread_id=thread.id, actor_name="leaving_lark"))
        db.session.commit()
    client.login(leaver)
    assert client.submit("/settings/delete", {"keep_posts": "keep", "password": "wrong"}).status_code == 400
    assert client.submit("/settings/delete", {"keep_posts": "keep", "password": PASSWORD}).status_code == 302
    assert "Signed in as" not in client.get("/").get_data(as_text=True)
    page = client.get(f"/t/{thread.id}/{thread.slug}").get_data(as_text=True)
    assert "a former member" in page
    for url in ("/", f"/t/{thread.id}/{thread.slug}", "/feed.atom", "/search?q=thread"):
        body = client.get(url).get_data(as_text=True)
        assert 'href="/u/leaving_lark"' not in body and "leaving_lark@example.org" not in body, url
        assert "Started by leaving_lark" not in body and "by leaving_lark" not in body, url
    assert client.get("/u/leaving_lark").status_code == 404
    client.login(friend)
    assert "leaving_lark" not in client.get("/notifications").get_data(as_text=True)
    with app.app_context():
        gone = db.session.get(User, leaver.id)
        assert gone.is_deleted and gone.email.endswith(".invalid") and gone.bio_html == ""
        assert db.session.scalar(select(Post.status).where(Post.thread_id == thread.id, Post.depth == 0)) == "visible"
    # the name is held
    client.logout()
    again = client.submit(
        "/register",
        {
            "username": "Leaving_Lark",
            "email": "new@example.org",
            "password": PASSWORD,
            "password_confirm": PASSWORD,
            "accept_guidelines": "y",
        },
    )
    assert again.status_code == 400 and "taken" in again.get_data(as_text=True)
    assert client.submit("/login", {"login": "leaving_lark", "password": PASSWORD}).status_code == 400


def test_deleting_an_account_can_remove_the_posts(app, db, client, make_user, make_thread, make_reply):
    leaver = make_user("tidy_tern")
    lonely = make_thread(author=leaver, title="Nobody answered")
    busy = make_thread(author=leaver, title="Lots of answers")
    make_reply(busy, body="Kind reply from someone else")
    client.login(leaver)
    assert client.submit("/settings/delete", {"keep_posts": "remove", "password": PASSWORD}).status_code == 302
    assert client.get(f"/t/{lonely.id}/{lonely.slug}").status_code == 404
    busy_page = client.get(f"/t/{busy.id}/{busy.slug}").get_data(as_text=True)
    assert "Kind reply from someone else" in busy_page and "deleted by its author" in busy_page
    assert "Nobody answered" not in client.get("/search?q=answered").get_data(as_text=True)


def test_moderation_log_names_the_account_as_erased(app, db, client, make_user, make_thread, make_reply):
    leaver = make_user("logged_lark")
    post = make_reply(make_thread(), author=leaver)
    moderator = make_user("kind_mod", role="moderator")
    client.login(moderator)
    client.submit(f"/mod/posts/{post.id}/hide", {"reason": "testing"})
    client.logout()
    client.login(leaver)
    client.submit("/settings/delete", {"keep_posts": "keep", "password": PASSWORD})
    client.login(moderator)
    log = client.get("/mod/log").get_data(as_text=True)
    assert "post.hide" in log and "logged_lark" not in log and "an erased account" in log
