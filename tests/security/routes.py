"""Every route of the application, described: a rule in app.url_map that is not here fails the suite.

For each rule: who may use each method (visitor, member, owner, moderator, admin, or token: whoever
holds an emailed link), which objects the path takes, a URL on the security world
(tests/security/conftest.py) and, for POST, a plausible form. "owner" means the member the object
belongs to (moderators too, where they may act on it); "member" means any signed-in member acting
on their own account or on something open to all members.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

WHO_ORDER = ("visitor", "member", "owner", "moderator", "admin")
STATE_CHANGING = ("POST", "PUT", "PATCH", "DELETE")


@dataclass(frozen=True)
class Route:
    rule: str
    who: dict[str, str]  # method -> who may use it
    url: Callable  # world -> a URL on this rule
    ids: str = ""  # what the path's variables name
    data: Callable | None = None  # world -> a plausible form (or JSON body) for POST
    json: bool = False  # POST takes JSON with an X-CSRFToken header
    note: str = ""
    csrf_redirects: bool = False  # a failed CSRF check redirects back (changing nothing) instead of a 4xx
    query: tuple[str, ...] = field(default=())  # query parameters a GET reads


def _thread_form(w):
    return {"title": "A fresh question about pillows", "body": "Which pillow helps you sleep?", "tags": ""}


def _story_form(w):
    return {"title": "How it went for me", "body": "It began with a tremor.", "tags": "", "reason": ""}


ROUTES: list[Route] = [
    Route("/", {"GET": "visitor"}, lambda w: "/", query=("page",)),
    Route(
        "/assets/<path:fingerprinted>",
        {"GET": "visitor"},
        lambda w: w.extra["asset_url"],
        ids="a static file name with its content hash",
    ),
    Route("/static/<path:filename>", {"GET": "visitor"}, lambda w: "/static/favicon.svg", ids="a static file name"),
    Route("/c/<slug>", {"GET": "visitor"}, lambda w: "/c/general", ids="category slug", query=("page", "sort")),
    Route(
        "/c/<slug>/new",
        {"GET": "member", "POST": "member"},
        lambda w: "/c/general/new",
        ids="category slug",
        data=_thread_form,
    ),
    Route(
        "/drafts/<place>",
        {"POST": "member"},
        lambda w: f"/drafts/reply:thread:{w.thread.id}",
        ids="draft place (always the signed-in member's own)",
        json=True,
        data=lambda w: {"revision": 0, "fields": {"body": ["words kept while typing"]}},
    ),
    Route(
        "/drafts/<place>/discard",
        {"POST": "member"},
        lambda w: f"/drafts/reply:thread:{w.thread.id}/discard",
        ids="draft place (always the signed-in member's own)",
        data=lambda w: {"draft_revision": "", "next": "/"},
        csrf_redirects=True,
        note="a lapsed token sends the member home with a message; nothing is discarded",
    ),
    Route(
        "/drafts/keep",
        {"POST": "member"},
        lambda w: "/drafts/keep",
        data=lambda w: {"kept_place": f"reply:thread:{w.thread.id}", "kept_at": "1", "kept-body": "kept words"},
    ),
    Route("/feed.atom", {"GET": "visitor"}, lambda w: "/feed.atom"),
    Route("/guidelines", {"GET": "visitor"}, lambda w: "/guidelines"),
    Route("/healthz", {"GET": "visitor"}, lambda w: "/healthz"),
    Route("/insights", {"GET": "visitor"}, lambda w: "/insights"),
    Route("/privacy", {"GET": "visitor"}, lambda w: "/privacy"),
    Route(
        "/login",
        {"GET": "visitor", "POST": "visitor"},
        lambda w: "/login",
        query=("next",),
        data=lambda w: {"login": "alice", "password": "wrong password here"},
    ),
    Route(
        "/logout",
        {"POST": "visitor"},
        lambda w: "/logout",
        data=lambda w: {},
        note="signing out when signed out changes nothing",
    ),
    Route(
        "/register",
        {"GET": "visitor", "POST": "visitor"},
        lambda w: "/register",
        query=("next",),
        data=lambda w: {
            "username": "carol",
            "email": "carol@example.org",
            "password": "a long enough password",
            "password_confirm": "a long enough password",
            "accept_guidelines": "y",
        },
    ),
    Route(
        "/reset",
        {"GET": "visitor", "POST": "visitor"},
        lambda w: "/reset",
        data=lambda w: {"email": "alice@example.org"},
    ),
    Route(
        "/reset/<token>",
        {"GET": "token", "POST": "token"},
        lambda w: "/reset/not-a-real-token",
        ids="emailed token",
        data=lambda w: {"password": "a brand new password", "password_confirm": "a brand new password"},
    ),
    Route("/verify/<token>", {"GET": "token"}, lambda w: "/verify/not-a-real-token", ids="emailed token"),
    Route("/verify/resend", {"POST": "member"}, lambda w: "/verify/resend", data=lambda w: {}),
    Route(
        "/settings/email/<token>", {"GET": "token"}, lambda w: "/settings/email/not-a-real-token", ids="emailed token"
    ),
    Route("/mod", {"GET": "moderator"}, lambda w: "/mod"),
    Route("/mod/log", {"GET": "moderator"}, lambda w: "/mod/log", query=("page", "moderator", "action", "member")),
    Route("/mod/reports", {"GET": "moderator"}, lambda w: "/mod/reports", query=("page",)),
    Route("/mod/members/<username>", {"GET": "moderator"}, lambda w: "/mod/members/bob", ids="username"),
    Route(
        "/mod/members/<username>/role",
        {"POST": "admin"},
        lambda w: "/mod/members/bob/role",
        ids="username",
        data=lambda w: {"role": "moderator"},
    ),
    Route(
        "/mod/members/<username>/suspend",
        {"POST": "moderator"},
        lambda w: "/mod/members/bob/suspend",
        ids="username",
        data=lambda w: {"until": "2099-01-01", "reason": "A pause"},
    ),
    Route(
        "/mod/members/<username>/unsuspend",
        {"POST": "moderator"},
        lambda w: "/mod/members/bob/unsuspend",
        ids="username",
        data=lambda w: {"reason": "Back"},
    ),
    Route(
        "/mod/posts/<int:post_id>/<action>",
        {"POST": "moderator"},
        lambda w: f"/mod/posts/{w.root_post_id}/hide",
        ids="post id, action",
        data=lambda w: {"reason": "Off topic"},
    ),
    Route(
        "/mod/posts/<int:post_id>/revisions",
        {"GET": "moderator"},
        lambda w: f"/mod/posts/{w.root_post_id}/revisions",
        ids="post id",
    ),
    Route(
        "/mod/threads/<int:thread_id>/<action>",
        {"POST": "moderator"},
        lambda w: f"/mod/threads/{w.thread.id}/lock",
        ids="thread id, action",
        data=lambda w: {"reason": "Calm down"},
    ),
    Route(
        "/mod/threads/<int:thread_id>/move",
        {"POST": "moderator"},
        lambda w: f"/mod/threads/{w.thread.id}/move",
        ids="thread id",
        data=lambda w: {"category": "other", "reason": ""},
    ),
    Route(
        "/mod/words",
        {"GET": "moderator", "POST": "moderator"},
        lambda w: "/mod/words",
        data=lambda w: {"phrase": "cheap pills", "action": "block"},
    ),
    Route(
        "/mod/words/<int:word_id>/delete",
        {"POST": "moderator"},
        lambda w: f"/mod/words/{w.word_id}/delete",
        ids="watched word id",
        data=lambda w: {},
    ),
    Route("/notifications", {"GET": "member"}, lambda w: "/notifications", query=("page",)),
    Route(
        "/notifications/<int:notification_id>",
        {"GET": "owner"},
        lambda w: f"/notifications/{w.notification_id}",
        ids="notification id",
    ),
    Route(
        "/notifications/<int:notification_id>/read",
        {"POST": "owner"},
        lambda w: f"/notifications/{w.notification_id}/read",
        ids="notification id",
        data=lambda w: {},
    ),
    Route("/notifications/read-all", {"POST": "member"}, lambda w: "/notifications/read-all", data=lambda w: {}),
    Route("/p/<int:post_id>", {"GET": "visitor"}, lambda w: f"/p/{w.root_post_id}", ids="post id"),
    Route(
        "/p/<int:post_id>/delete",
        {"POST": "owner"},
        lambda w: f"/p/{w.root_post_id}/delete",
        ids="post id",
        data=lambda w: {"reason": ""},
    ),
    Route(
        "/p/<int:post_id>/edit",
        {"GET": "owner", "POST": "owner"},
        lambda w: f"/p/{w.root_post_id}/edit",
        ids="post id",
        data=lambda w: {"title": "Morning stiffness, edited", "body": "Edited words.", "reason": ""},
    ),
    Route(
        "/p/<int:post_id>/react",
        {"POST": "member"},
        lambda w: f"/p/{w.tip_root_id}/react",
        ids="post id",
        data=lambda w: {"kind": "helpful"},
    ),
    Route(
        "/p/<int:post_id>/report",
        {"GET": "member", "POST": "member"},
        lambda w: f"/p/{w.tip_root_id}/report",
        ids="post id",
        data=lambda w: {"reason": "spam", "note": "Looks like an advert"},
    ),
    Route("/resources", {"GET": "visitor"}, lambda w: "/resources"),
    Route("/resources/<slug>", {"GET": "visitor"}, lambda w: f"/resources/{w.resource_slug}", ids="resource slug"),
    Route(
        "/resources/<slug>/edit",
        {"GET": "moderator", "POST": "moderator"},
        lambda w: f"/resources/{w.resource_slug}/edit",
        ids="resource slug",
        data=lambda w: {
            "title": "Finding a specialist",
            "section": "understanding",
            "summary": "Where.",
            "body": "A new page text.",
            "position": "1",
            "tags": "",
            "is_published": "y",
        },
    ),
    Route(
        "/resources/new",
        {"GET": "moderator", "POST": "moderator"},
        lambda w: "/resources/new",
        data=lambda w: {
            "title": "Support groups",
            "section": "understanding",
            "summary": "Near you.",
            "body": "Local groups meet monthly.",
            "position": "2",
            "tags": "",
            "is_published": "y",
        },
    ),
    Route("/search", {"GET": "visitor"}, lambda w: "/search?q=warmth", query=("q", "kind", "tag", "page")),
    Route(
        "/settings",
        {"GET": "member", "POST": "member"},
        lambda w: "/settings",
        data=lambda w: {"bio": "A new bio"},
        note="always the signed-in member's own account",
    ),
    Route(
        "/settings/delete",
        {"POST": "member"},
        lambda w: "/settings/delete",
        data=lambda w: {"keep_posts": "anonymise", "password": "correct horse battery"},
    ),
    Route(
        "/settings/email",
        {"POST": "member"},
        lambda w: "/settings/email",
        data=lambda w: {"email": "new-address@example.org", "password": "correct horse battery"},
    ),
    Route("/settings/export", {"GET": "member"}, lambda w: "/settings/export"),
    Route(
        "/settings/password",
        {"POST": "member"},
        lambda w: "/settings/password",
        data=lambda w: {
            "current_password": "correct horse battery",
            "password": "another long password",
            "password_confirm": "another long password",
        },
    ),
    Route(
        "/settings/sign-out-everywhere",
        {"POST": "member"},
        lambda w: "/settings/sign-out-everywhere",
        data=lambda w: {},
    ),
    Route(
        "/stories",
        {"GET": "visitor"},
        lambda w: "/stories",
        query=("page", "sort", "posture", "misdiagnosis", "treatment", "tag"),
    ),
    Route(
        "/stories/<int:thread_id>/edit",
        {"GET": "owner", "POST": "owner"},
        lambda w: f"/stories/{w.story.id}/edit",
        ids="story thread id",
        data=_story_form,
    ),
    Route("/stories/feed.atom", {"GET": "visitor"}, lambda w: "/stories/feed.atom"),
    Route("/stories/new", {"GET": "member", "POST": "member"}, lambda w: "/stories/new", data=_story_form),
    Route("/t/<int:thread_id>", {"GET": "visitor"}, lambda w: f"/t/{w.thread.id}", ids="thread id", query=("page",)),
    Route(
        "/t/<int:thread_id>/<slug>",
        {"GET": "visitor"},
        lambda w: f"/t/{w.thread.id}/morning-stiffness",
        ids="thread id, slug",
        query=("page",),
    ),
    Route(
        "/t/<int:thread_id>/reply",
        {"GET": "member", "POST": "member"},
        lambda w: f"/t/{w.thread.id}/reply",
        ids="thread id",
        query=("parent_id",),
        data=lambda w: {"body": "A reply from the test.", "parent_id": ""},
    ),
    Route(
        "/t/<int:thread_id>/watch",
        {"POST": "member"},
        lambda w: f"/t/{w.thread.id}/watch",
        ids="thread id",
        data=lambda w: {},
    ),
    Route("/tags", {"GET": "visitor"}, lambda w: "/tags"),
    Route("/tags/<slug>", {"GET": "visitor"}, lambda w: "/tags/heat", ids="tag slug", query=("kind", "page")),
    Route(
        "/tags/<slug>/edit",
        {"GET": "moderator", "POST": "moderator"},
        lambda w: "/tags/heat/edit",
        ids="tag slug",
        data=lambda w: {"name": "Heat", "group": "Pain", "description": "Warmth."},
    ),
    Route("/tags/<slug>/feed.atom", {"GET": "visitor"}, lambda w: "/tags/heat/feed.atom", ids="tag slug"),
    Route(
        "/tags/<slug>/merge",
        {"POST": "moderator"},
        lambda w: "/tags/sleep-aids/merge",
        ids="tag slug",
        data=lambda w: {"target": "Heat"},
    ),
    Route(
        "/tags/<slug>/preference",
        {"POST": "member"},
        lambda w: "/tags/heat/preference",
        ids="tag slug",
        data=lambda w: {"mode": "follow"},
    ),
    Route(
        "/tags/<slug>/retire",
        {"POST": "moderator"},
        lambda w: "/tags/sleep-aids/retire",
        ids="tag slug",
        data=lambda w: {},
    ),
    Route(
        "/tags/manage",
        {"GET": "moderator", "POST": "moderator"},
        lambda w: "/tags/manage",
        data=lambda w: {"name": "Driving", "group": "Travel", "description": ""},
    ),
    Route(
        "/text-size",
        {"GET": "visitor", "POST": "member"},
        lambda w: "/text-size?size=large&next=/",
        query=("size", "next"),
        data=lambda w: {"size": "large", "next": "/"},
        note="GET only sets the text_size cookie (links on cached visitor pages); POST also keeps it on the account",
    ),
    Route("/tips", {"GET": "visitor"}, lambda w: "/tips", query=("page", "sort", "tag")),
    Route("/tips/feed.atom", {"GET": "visitor"}, lambda w: "/tips/feed.atom"),
    Route(
        "/tips/new",
        {"GET": "member", "POST": "member"},
        lambda w: "/tips/new",
        data=lambda w: {"title": "Cold packs too", "body": "Some prefer cold.", "tags": "Heat"},
    ),
    Route("/u/<username>", {"GET": "visitor"}, lambda w: "/u/alice", ids="username", query=("page",)),
]

BY_RULE = {route.rule: route for route in ROUTES}


def app_rules(app) -> dict[str, set[str]]:
    """rule -> its methods, as the app serves them (HEAD and OPTIONS aside)."""
    rules: dict[str, set[str]] = {}
    for rule in app.url_map.iter_rules():
        if rule.rule == "/__ceiling":  # benchmarks only (FORUM_BENCH_CEILING_BYTES)
            continue
        rules.setdefault(rule.rule, set()).update((rule.methods or set()) - {"HEAD", "OPTIONS"})
    return rules


def state_changing() -> list[tuple[Route, str]]:
    return [(route, method) for route in ROUTES for method in route.who if method in STATE_CHANGING]


def reads() -> list[Route]:
    return [route for route in ROUTES if "GET" in route.who]
