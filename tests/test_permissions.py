"""The role x action matrix: every rule of forum/permissions.py, for every kind of user."""

from datetime import timedelta

import pytest

from forum.models import Post, Thread, User, utcnow
from forum.permissions import PermissionDenied, can, require


@pytest.fixture(autouse=True)
def _app_context(app):
    """The rules read one setting (FORUM_REQUIRE_VERIFIED_EMAIL) from the app."""
    with app.app_context():
        yield


class Visitor:
    is_authenticated = False


def user(role="member", uid=1, suspended=False, deleted=False) -> User:
    u = User(id=uid, username=f"u{uid}", username_key=f"u{uid}", email=f"u{uid}@x.org", role=role)
    u.suspended_until = utcnow() + timedelta(days=1) if suspended else None
    u.is_deleted = deleted
    return u


AUTHOR_ID = 10
ACTORS = {
    "visitor": Visitor(),
    "member": user("member", uid=2),
    "author": user("member", uid=AUTHOR_ID),
    "suspended_author": user("member", uid=AUTHOR_ID, suspended=True),
    "moderator": user("moderator", uid=3),
    "suspended_moderator": user("moderator", uid=3, suspended=True),
    "admin": user("admin", uid=4),
}


def thread(**fields) -> Thread:
    fields.setdefault("is_locked", False)
    return Thread(id=1, author_id=AUTHOR_ID, status=fields.pop("status", "visible"), **fields)


def post(**fields) -> Post:
    in_thread = fields.pop("thread", None) or thread()
    return Post(id=1, thread=in_thread, author_id=AUTHOR_ID, depth=1, status=fields.pop("status", "visible"), **fields)


EVERYONE = set(ACTORS)
SIGNED_IN = EVERYONE - {"visitor"}
# (action, target, the actors who may)
MATRIX = [
    ("thread.view", thread(), EVERYONE),
    ("thread.view", thread(status="pending"), SIGNED_IN - {"member"}),
    ("thread.view", thread(status="hidden"), {"moderator", "suspended_moderator", "admin"}),
    ("thread.view", thread(status="deleted"), {"moderator", "suspended_moderator", "admin"}),
    ("post.view", post(), EVERYONE),
    ("post.view", post(status="pending"), SIGNED_IN - {"member"}),
    ("post.view", post(status="hidden"), EVERYONE),
    ("post.view", post(thread=thread(status="hidden")), {"moderator", "suspended_moderator", "admin"}),
    ("thread.create", None, {"member", "author", "moderator", "admin"}),
    ("thread.reply", thread(), {"member", "author", "moderator", "admin"}),
    ("thread.reply", thread(is_locked=True), {"moderator", "admin"}),
    ("thread.reply", thread(status="hidden"), set()),
    ("post.edit", post(), {"author", "moderator", "admin"}),
    ("post.edit", post(status="pending"), {"author", "moderator", "admin"}),
    ("post.edit", post(status="hidden"), {"moderator", "admin"}),
    ("post.edit", post(status="deleted"), set()),
    ("post.delete", post(), {"author", "moderator", "admin"}),
    ("post.delete", post(status="deleted"), set()),
    ("thread.moderate", thread(), {"moderator", "admin"}),
    ("mod.access", None, {"moderator", "admin"}),
]


@pytest.mark.parametrize(("action", "target", "allowed"), MATRIX)
@pytest.mark.parametrize("actor_name", sorted(ACTORS))
def test_matrix(action, target, allowed, actor_name):
    assert can(ACTORS[actor_name], action, target) is (actor_name in allowed)


def test_erased_accounts_can_do_nothing():
    gone = user(deleted=True, uid=AUTHOR_ID)
    for action, target, _ in MATRIX:
        if action not in ("thread.view", "post.view"):
            assert not can(gone, action, target)


def test_require_raises_a_403():
    with pytest.raises(PermissionDenied) as info:
        require(Visitor(), "thread.create")
    assert info.value.code == 403
    require(ACTORS["member"], "thread.create")  # allowed: no exception


def test_unknown_action_is_a_programming_error():
    with pytest.raises(ValueError):
        can(ACTORS["admin"], "thread.teleport")


def test_none_is_a_visitor():
    assert can(None, "thread.view", thread())
    assert not can(None, "thread.create")
