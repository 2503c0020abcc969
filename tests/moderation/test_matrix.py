"""Every moderation route and every write route, against every kind of user."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from forum.models import Post, Tag, utcnow

ROLES = ("visitor", "member", "author", "suspended", "moderator", "admin")


@pytest.fixture
def world(app, db, make_user, make_thread, make_reply, make_story, make_tag, make_tip, make_category):
    author = make_user("the_author")
    users = {
        "member": make_user("plain_member"),
        "author": author,
        "suspended": make_user("on_a_break", suspended_until=utcnow() + timedelta(days=5), suspended_reason="r"),
        "moderator": make_user("a_moderator", role="moderator"),
        "admin": make_user("an_admin", role="admin"),
    }
    make_tag("Heat", group="Heat and cold")
    category = make_category(slug="general")
    thread = make_thread(author=author, category=category)
    post = make_reply(thread, author=author, body="A reply by the author")
    story = make_story(author)
    tip = make_tip(author)
    with app.app_context():
        story_root = db.session.scalar(select(Post.id).where(Post.thread_id == story.id, Post.depth == 0))
        tip_root = db.session.scalar(select(Post.id).where(Post.thread_id == tip.id, Post.depth == 0))
    return {
        "users": users,
        "thread": thread,
        "post": post,
        "story_root": story_root,
        "tip_root": tip_root,
        "category": category,
    }


def as_role(client, world, role):
    if role != "visitor":
        client.login(world["users"][role])


# route -> {role: expected status}. 302 for a visitor is the sign-in redirect.
MOD_GET_ROUTES = ["/mod", "/mod/reports", "/mod/log", "/mod/words", "/mod/members/plain_member", "/tags/manage"]
MODS_ONLY = {"visitor": 302, "member": 403, "author": 403, "suspended": 403, "moderator": 200, "admin": 200}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("route", MOD_GET_ROUTES)
def test_moderation_pages(client, world, role, route):
    as_role(client, world, role)
    assert client.get(route).status_code == MODS_ONLY[role]


def _mod_posts(world):
    p, t = world["post"].id, world["thread"].id
    return [
        (f"/mod/posts/{p}/hide", {"reason": "Testing"}),
        (f"/mod/posts/{p}/approve", {}),  # not pending: 400 for moderators
        (f"/mod/threads/{t}/lock", {}),
        (f"/mod/threads/{t}/move", {"category": "general"}),  # already there: 400 for moderators
        (
            "/mod/members/plain_member/suspend",
            {"until": (utcnow() + timedelta(days=2)).date().isoformat(), "reason": "x"},
        ),
        ("/mod/words", {"phrase": "spammy phrase", "action": "flag"}),
        ("/tags/manage", {"name": "Brand new", "group": "Sleep"}),
        ("/tags/heat/retire", {}),
    ]


MOD_POST_EXPECTED = {
    "hide": {"moderator": 302, "admin": 302},
    "approve": {"moderator": 400, "admin": 400},
    "lock": {"moderator": 302, "admin": 302},
    "move": {"moderator": 400, "admin": 400},
    "suspend": {"moderator": 302, "admin": 302},
    "words": {"moderator": 302, "admin": 302},
    "manage": {"moderator": 302, "admin": 302},
    "retire": {"moderator": 302, "admin": 302},
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("index", range(8))
def test_moderation_actions(app, client, world, role, index):
    url, data = _mod_posts(world)[index]
    key = url.rstrip("/").split("/")[-1]
    expected = {"visitor": 302, "member": 403, "author": 403, "suspended": 403, **MOD_POST_EXPECTED[key]}
    as_role(client, world, role)
    response = client.submit(url, data)
    assert response.status_code == expected[role], (url, role)
    if role == "visitor":
        assert "/login" in response.headers["Location"]


def _writes(world):
    p, t = world["post"].id, world["thread"].id
    return {
        "reply": (f"/t/{t}/reply", {"body": "Hello"}),
        "new thread": ("/c/general/new", {"title": "A new thread", "body": "Body"}),
        "new story": ("/stories/new", {"title": "A new story", "body": "Body"}),
        "new tip": ("/tips/new", {"title": "A new tip", "body": "Body", "tags": "Heat"}),
        "edit": (f"/p/{p}/edit", {"body": "Edited"}),
        "delete": (f"/p/{p}/delete", {}),
        "support": (f"/p/{world['story_root']}/react", {"kind": "support"}),
        "helpful": (f"/p/{world['tip_root']}/react", {"kind": "helpful"}),
        "report": (f"/p/{p}/report", {"reason": "spam"}),
    }


WRITE_EXPECTED = {
    # visitor, member, author, suspended, moderator, admin
    # 401 for a visitor: the writing forms answer with the words and a sign-in form.
    "reply": (401, 302, 302, 403, 302, 302),
    "new thread": (401, 302, 302, 403, 302, 302),
    "new story": (401, 302, 302, 403, 302, 302),
    "new tip": (401, 302, 302, 403, 302, 302),
    "edit": (401, 403, 302, 403, 302, 302),
    "delete": (302, 403, 302, 403, 302, 302),
    "support": (302, 302, 403, 403, 302, 302),
    "helpful": (302, 302, 403, 403, 302, 302),
    "report": (302, 302, 403, 403, 302, 302),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", sorted(WRITE_EXPECTED))
def test_write_routes(client, world, role, action):
    url, data = _writes(world)[action]
    as_role(client, world, role)
    response = client.submit(url, data)
    expected = WRITE_EXPECTED[action][ROLES.index(role)]
    assert response.status_code == expected, (action, role)
    if role == "visitor" and expected == 302:
        assert "/login" in response.headers["Location"]
    elif role == "visitor":
        assert 'action="/login"' in response.get_data(as_text=True)


def test_missing_csrf_is_refused_everywhere(client, world):
    client.login(world["users"]["admin"])
    for url, data in [*_writes(world).values(), *_mod_posts(world)]:
        assert client.post(url, data=data).status_code == 400, url


def test_admins_assign_roles_but_moderators_do_not(app, db, client, world):
    client.login(world["users"]["moderator"])
    assert client.submit("/mod/members/plain_member/role", {"role": "moderator"}).status_code == 403
    client.logout()
    client.login(world["users"]["admin"])
    assert client.submit("/mod/members/plain_member/role", {"role": "moderator"}).status_code == 302
    assert client.submit("/mod/members/an_admin/role", {"role": "member"}).status_code == 403  # not yourself
    assert client.submit("/mod/members/plain_member/role", {"role": "emperor"}).status_code == 400
    client.logout()
    client.login(world["users"]["moderator"])
    # a moderator can't act on an admin's account, nor on another moderator's
    until = (utcnow() + timedelta(days=2)).date().isoformat()
    assert client.submit("/mod/members/an_admin/suspend", {"until": until, "reason": "x"}).status_code == 403
    assert client.submit("/mod/members/plain_member/suspend", {"until": until, "reason": "x"}).status_code == 403
    with app.app_context():
        assert db.session.scalar(select(Tag.id)) is not None
