"""Fixtures in the flaskr style: app, db, client, runner, and small factories.

The schema is made once per run by the real migrations; every test then starts from
empty tables.  `--db postgresql` runs everything against FORUM_TEST_DATABASE_URL.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from flask_migrate import upgrade
from sqlalchemy import event, text

from forum import create_app
from forum.auth.services import register_user
from forum.discussions import services as discussions
from forum.extensions import db as _db
from forum.models import Category, Post, Thread, User

PASSWORD = "correct horse battery"
CSRF_RE = re.compile(r'name="csrf_token"(?: type="hidden")? value="([^"]+)"')


def pytest_addoption(parser) -> None:
    parser.addoption("--db", choices=("sqlite", "postgresql"), default="sqlite", help="database to test on")


@pytest.fixture(scope="session")
def database_url(request, tmp_path_factory) -> str:
    if request.config.getoption("--db") == "postgresql":
        url = os.environ.get("FORUM_TEST_DATABASE_URL")
        if not url:
            pytest.exit("--db postgresql needs FORUM_TEST_DATABASE_URL", returncode=2)
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"


TEST_SETTINGS = {
    "ENV": "testing",
    "SECRET_KEY": "test-secret",
    "RATELIMIT_ENABLED": False,
    # A fast hash keeps the suite quick; production uses scrypt (the default).
    "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
    # Review is off unless a test turns it on (tests/moderation does).
    "REVIEW_FIRST_POSTS": 0,
    # Spam guards are off unless a test turns them on (tests/moderation/test_spam.py does).
    "LINK_TRUST_POSTS": 0,
    "DUPLICATE_POST_MINUTES": 0,
    "REGISTER_MIN_SECONDS": 0,
}


@pytest.fixture(scope="session")
def _app(database_url, tmp_path_factory):
    app = create_app({**TEST_SETTINGS, "DATABASE_URL": database_url})
    app.instance_path = str(tmp_path_factory.mktemp("instance"))
    with app.app_context():
        if _db.engine.dialect.name == "postgresql":
            with _db.engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
        upgrade()
        _db.session.remove()
    return app


def _empty_tables() -> None:
    tables = [t.name for t in reversed(_db.metadata.sorted_tables)]
    if _db.engine.dialect.name == "postgresql":
        _db.session.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
    else:
        for name in tables:
            _db.session.execute(text(f"DELETE FROM {name}"))
    _db.session.commit()


@pytest.fixture
def app(_app) -> Iterator:
    _app.extensions["stillpoint_store"].clear()  # cached pages of an earlier test's data
    yield _app
    _app.extensions["stillpoint_store"].clear()
    with _app.app_context():
        _db.session.remove()
        _empty_tables()


@pytest.fixture
def db(app):
    """The database. Use it inside `with app.app_context():` and not across requests:
    a request made while a test holds an app context would share its session and `g`."""
    return _db


@pytest.fixture
def in_app(app):
    """Run a function in its own app context: `in_app(lambda: ...)`."""

    def run(fn):
        with app.app_context():
            try:
                return fn()
            finally:
                _db.session.remove()

    return run


class FormClient:
    """The Flask test client, plus a POST that carries the page's CSRF token like a browser."""

    def __init__(self, client) -> None:
        self._client = client

    def __getattr__(self, name):
        return getattr(self._client, name)

    def csrf_token(self) -> str:
        for page in ("/", "/login"):
            match = CSRF_RE.search(self._client.get(page).get_data(as_text=True))
            if match:
                return match.group(1)
        raise AssertionError("no page offered a CSRF token")

    def submit(self, url: str, data: dict | None = None, **kwargs):
        data = dict(data or {})
        data.setdefault("csrf_token", self.csrf_token())
        return self._client.post(url, data=data, **kwargs)

    def login(self, user: User, password: str = PASSWORD, remember: bool = False):
        response = self.submit(
            "/login", {"login": user.username, "password": password, "remember": "y" if remember else ""}
        )
        assert response.status_code == 302, response.get_data(as_text=True)[:500]
        return response

    def logout(self):
        return self.submit("/logout")


@pytest.fixture
def client(app) -> FormClient:
    return FormClient(app.test_client())


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def _detached(obj):
    _db.session.refresh(obj)
    _db.session.expunge(obj)
    return obj


@pytest.fixture
def make_user(app):
    counter = iter(range(1, 10_000))

    def make(username: str | None = None, role: str = "member", password: str = PASSWORD, **fields) -> User:
        with app.app_context():
            name = username or f"member{next(counter)}"
            user = register_user(name, f"{name.lower()}@example.org", password, role=role)
            for key, value in fields.items():
                setattr(user, key, value)
            _db.session.commit()
            return _detached(user)

    return make


@pytest.fixture
def make_category(app):
    counter = iter(range(1, 10_000))

    def make(slug: str | None = None, name: str | None = None) -> Category:
        with app.app_context():
            n = next(counter)
            category = Category(
                slug=slug or f"category-{n}", name=name or f"Category {n}", description="About it.", position=n
            )
            _db.session.add(category)
            _db.session.commit()
            return _detached(category)

    return make


@pytest.fixture
def make_thread(app, make_user, make_category):
    def make(
        author: User | None = None,
        category: Category | None = None,
        title: str = "A thread",
        body: str = "Opening post.",
        **fields,
    ) -> Thread:
        with app.app_context():
            author_obj = _db.session.get(User, (author or make_user()).id)
            category_obj = _db.session.get(Category, (category or make_category()).id)
            thread = discussions.create_thread(author_obj, title, body, category=category_obj)
            for key, value in fields.items():
                setattr(thread, key, value)
            _db.session.commit()
            return _detached(thread)

    return make


@pytest.fixture
def make_reply(app, make_user):
    def make(thread: Thread, author: User | None = None, body: str = "A reply.", parent: Post | None = None) -> Post:
        with app.app_context():
            author_obj = _db.session.get(User, (author or make_user()).id)
            thread_obj = _db.session.get(Thread, thread.id)
            post = discussions.reply(author_obj, thread_obj, body, parent.id if parent else None)
            return _detached(post)

    return make


@pytest.fixture
def root_post_of(app):
    def get(thread: Thread) -> Post:
        with app.app_context():
            return _detached(discussions.root_post(_db.session.get(Thread, thread.id)))

    return get


@contextmanager
def count_queries(app):
    """Count the SQL statements run inside the block (the list holds their text)."""
    statements: list[str] = []
    with app.app_context():
        engine = _db.engine

    def record(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


@pytest.fixture
def make_story(app, make_user):
    """A story through the real service: make_story(author, details=DetailsInput(...), ...)."""
    from forum.stories.services import DetailsInput, create_story

    def make(
        author: User | None = None,
        title: str = "My story",
        body: str = "## First signs\n\nIt began with a pull to the left.",
        details: DetailsInput | None = None,
        is_anonymous: bool = False,
        **fields,
    ) -> Thread:
        with app.app_context():
            author_obj = _db.session.get(User, (author or make_user()).id)
            story = create_story(author_obj, title, body, details or DetailsInput(), is_anonymous=is_anonymous)
            for key, value in fields.items():
                setattr(story, key, value)
            _db.session.commit()
            return _detached(story)

    return make


@pytest.fixture
def make_tag(app):
    counter = iter(range(1, 10_000))

    def make(name: str | None = None, group: str = "Sleep", **fields):
        from forum.models import Tag
        from forum.slugs import slugify

        with app.app_context():
            tag_name = name or f"Tag {next(counter)}"
            tag = Tag(slug=slugify(tag_name), name=tag_name, name_key=tag_name.lower(), group=group, **fields)
            _db.session.add(tag)
            _db.session.commit()
            return _detached(tag)

    return make


@pytest.fixture
def make_tip(app, make_user):
    from forum.tips.services import create_tip

    def make(author: User | None = None, title: str = "A tip", body: str = "Try this.", tags: str = "Heat") -> Thread:
        with app.app_context():
            author_obj = _db.session.get(User, (author or make_user()).id)
            return _detached(create_tip(author_obj, title, body, tags))

    return make


class Inbox(list):
    """Messages a real SMTP server on loopback received, as email.message.Message objects."""

    @staticmethod
    def text(message) -> str:
        return message.get_content()

    def links(self, index: int = -1) -> list[str]:
        import re

        return re.findall(r"https?://\S+", self.text(self[index]))


@pytest.fixture
def smtp(app):
    """A real SMTP server (aiosmtpd) on loopback; the app sends to it for the test's duration."""
    import email
    import email.policy

    from aiosmtpd.controller import Controller

    inbox = Inbox()

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            message = email.message_from_bytes(envelope.content, policy=email.policy.default)
            message["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
            inbox.append(message)
            return "250 OK"

    import socket

    with socket.socket() as probe:  # a free port on loopback
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    state = app.extensions["mail"]
    saved = (state.server, state.port, app.config["FORUM"]["MAIL_SERVER"])
    state.server, state.port = "127.0.0.1", port
    app.config["FORUM"]["MAIL_SERVER"] = "127.0.0.1"
    try:
        yield inbox
    finally:
        state.server, state.port, app.config["FORUM"]["MAIL_SERVER"] = saved
        controller.stop()
