"""The security suite's world: two members, a moderator and an admin, and one of everything they own.

Every test gets a fresh world (the tables are emptied after each test, see tests/conftest.py), so
ids are looked up from the objects made here, never assumed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import select, text

from forum.extensions import db as _db
from tests.conftest import FormClient

REPORT_PATH = Path(__file__).resolve().parents[2] / "build" / "security" / "routes.md"
REFUSED_STATUSES = (401, 403, 404)


@dataclass
class World:
    alice: object  # a member who owns most things
    bob: object  # another member
    mod: object  # a moderator
    admin: object
    category: object
    thread: object  # alice's discussion
    root_post_id: int  # its opening post
    reply_post_id: int  # bob's reply in it
    tip_root_id: int  # the opening post of alice's tip
    story: object  # alice's anonymous story
    tip: object
    tag: object
    other_tag: object
    resource_slug: str
    notification_id: int  # alice's (bob replied to her)
    word_id: int
    members_only: object  # a members-only thread by alice
    pending: object  # a thread by bob that waits for review
    extra: dict = field(default_factory=dict)

    def user(self, role: str):
        return {"alice": self.alice, "bob": self.bob, "mod": self.mod, "admin": self.admin}[role]


@pytest.fixture
def world(app, make_user, make_category, make_thread, make_reply, make_story, make_tip, make_tag, root_post_of):
    from forum.drafts import services as drafts
    from forum.models import Notification, User, WatchedWord
    from forum.moderation import services as moderation
    from forum.resources.services import create_resource

    alice = make_user("alice")
    bob = make_user("bob")
    mod = make_user("moira", role="moderator")
    admin = make_user("ada", role="admin")
    category = make_category("general", "General")
    make_category("other", "Other")
    tag = make_tag("Heat")
    other_tag = make_tag("Sleep aids")
    thread = make_thread(alice, category, title="Morning stiffness", body="Mornings are the hardest part.")
    root = root_post_of(thread)
    reply = make_reply(thread, bob, body="Warmth helps me a lot.")
    story = make_story(alice, title="Years to a name", is_anonymous=True)
    tip = make_tip(alice, title="A warm scarf", body="Heat eases the pull.", tags="Heat")
    members_only = make_thread(
        alice,
        category,
        title="Just for us",
        body="Members only words. " * 30 + "\n\nThe zebra detail stays inside.",
        members_only=True,
    )
    app.config["FORUM"]["REVIEW_FIRST_POSTS"] = 5  # bob's thread waits for a moderator, as a new member's would
    try:
        pending = make_thread(bob, category, title="Waiting thread", body="A new member's first words.")
    finally:
        app.config["FORUM"]["REVIEW_FIRST_POSTS"] = 0
    assert pending.status == "pending"
    with app.app_context():
        session = _db.session
        admin_obj = session.get(User, admin.id)
        resource = create_resource(
            admin_obj,
            title="Finding a specialist",
            section="understanding",
            summary="Where to look.",
            body="Ask your doctor for a movement disorders neurologist.",
            position=1,
            is_published=True,
            tags_text="",
        )
        resource_slug = resource.slug
        moderation.report_post(session.get(User, bob.id), _post(root.id), "other", "Check")
        word = moderation.add_watched_word(session.get(User, mod.id), "buy now", "flag")
        word_id = word.id
        drafts.save(session.get(User, alice.id), f"reply:thread:{thread.id}", {"body": ["alice's draft words"]}, 0)
        with app.test_request_context():
            from forum.web import _static_url

            asset_url = _static_url("css/stillpoint.css")
        notification_id = session.scalar(select(Notification.id).where(Notification.user_id == alice.id))
        assert notification_id is not None, "bob's reply should have notified alice"
        assert session.scalar(select(WatchedWord.id)) == word_id
        session.remove()
    return World(
        alice,
        bob,
        mod,
        admin,
        category,
        thread,
        root.id,
        reply.id,
        root_post_of(tip).id,
        story,
        tip,
        tag,
        other_tag,
        resource_slug,
        notification_id,
        word_id,
        members_only,
        pending,
        {"asset_url": asset_url},
    )


def _post(post_id: int):
    from forum.models import Post

    return _db.session.get(Post, post_id)


class QuickClient(FormClient):
    """FormClient that fetches its CSRF token once (the token lasts the session): thousands of
    requests stay quick. Signing in or out starts a new session, so the token is fetched again."""

    _token: str | None = None

    def csrf_token(self) -> str:
        if self._token is None:
            self._token = super().csrf_token()
        return self._token

    def login(self, user, *args, **kwargs):
        response = super().login(user, *args, **kwargs)
        self._token = None
        return response


@pytest.fixture
def login_as(app):
    """A fresh signed-in client for one of the world's people (or a visitor for None)."""

    def make(user=None) -> FormClient:
        client = QuickClient(app.test_client())
        if user is not None:
            client.login(user)
        return client

    return make


def snapshot(app) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: two snapshots are equal when nothing changed."""
    with app.app_context():
        try:
            tables = {}
            for table in _db.metadata.sorted_tables:
                rows = _db.session.execute(text(f"SELECT * FROM {table.name}")).all()
                tables[table.name] = sorted(tuple(str(value) for value in row) for row in rows)
            return tables
        finally:
            _db.session.remove()


def changed_tables(before: dict, after: dict) -> list[str]:
    return [name for name in before if before[name] != after.get(name)]


def is_refused(response) -> bool:
    """Refused: 401/403/404, or sent to sign in first (Flask-Login's redirect, with ?next=)."""
    if response.status_code in REFUSED_STATUSES:
        return True
    return response.status_code in (302, 303) and "/login?next=" in response.headers.get("Location", "")


# -- what the tests found, for build/security/routes.md ------------------------------------------

FINDINGS: dict[tuple[str, str], dict[str, str]] = {}


def record(rule: str, method: str, **found: str) -> None:
    FINDINGS.setdefault((rule, method), {}).update(found)


class TagCollector(HTMLParser):
    """Every start tag of a page with its attributes (names lower-cased by html.parser)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    handle_startendtag = handle_starttag


def pytest_terminal_summary(terminalreporter) -> None:
    if FINDINGS:
        from tests.security.report import write_report

        path = write_report(REPORT_PATH, FINDINGS)
        terminalreporter.write_line(f"security route report written to {path}")
