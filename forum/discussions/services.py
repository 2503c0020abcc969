"""Discussions: categories, threads, threaded replies, edits and soft deletes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Integer, and_, bindparam, false, func, null, or_, select, true, update
from sqlalchemy.orm import aliased, contains_eager, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from forum import permissions
from forum.content import PIPELINE_VERSION, excerpt, render_markdown
from forum.drafts import places as draft_places
from forum.errors import NotFound, ServiceError
from forum.extensions import db
from forum.models import (
    MAX_TREE_DEPTH,
    Category,
    Draft,
    Post,
    PostRevision,
    Tag,
    Thread,
    User,
    Watch,
    path_segment,
    poster_name,
    thread_tags,
    utcnow,
)
from forum.moderation.audit import log_action
from forum.moderation.screening import record_flags, screen
from forum.moderation.spam import check_duplicate, check_links
from forum.notifications.services import post_published, watch
from forum.pagination import Page, PageNotFound, check_page_number
from forum.search.services import index_new_reply, index_thread
from forum.slugs import slugify
from forum.tags.services import resolve_tags, without_muted
from forum.users.services import mention_map

SUMMARY_LENGTH = 280

# --- reading ----------------------------------------------------------------------------


def list_categories() -> list[tuple[Category, int]]:
    """Every category in order, with its number of visible discussions (one query)."""
    counts = (
        select(Thread.category_id, func.count(Thread.id).label("n"))
        .where(Thread.kind == "discussion", Thread.status == "visible")
        .group_by(Thread.category_id)
        .subquery()
    )
    rows = db.session.execute(
        select(Category, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.category_id == Category.id)
        .order_by(Category.position, Category.name)
    )
    return [(category, count) for category, count in rows]


def get_category(slug: str) -> Category:
    category = db.session.scalar(select(Category).where(Category.slug == slug))
    if category is None:
        raise NotFound(f"category {slug}")
    return category


def _thread_listing():
    """Visible threads with author and category loaded, ready for a listing."""
    return (
        select(Thread)
        .join(Thread.author)
        .outerjoin(Thread.category)
        .options(contains_eager(Thread.author), contains_eager(Thread.category), selectinload(Thread.tags))
        .where(Thread.status == "visible")
    )


def category_threads(category: Category, page: int, per_page: int, muted: list[int] = ()) -> Page[Thread]:
    """A category's discussions: pinned first, then by last activity (without the member's muted tags)."""
    where = (
        Thread.category_id == category.id, Thread.kind == "discussion", Thread.status == "visible",
        without_muted(list(muted)),
    )  # fmt: skip
    total = db.session.scalar(select(func.count(Thread.id)).where(*where)) or 0
    check_page_number(page, total, per_page)
    threads = db.session.scalars(
        _thread_listing()
        .where(*where)
        .order_by(Thread.is_pinned.desc(), Thread.last_activity_at.desc(), Thread.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return Page(list(threads), page, per_page, total)


def latest_threads(
    limit: int = 10, kind: str = "discussion", muted: list[int] = (), public_only: bool = False
) -> list[Thread]:
    public = Thread.members_only.is_(False) if public_only else true()
    return list(
        db.session.scalars(
            _thread_listing()
            .where(Thread.kind == kind, without_muted(list(muted)), public)
            .order_by(Thread.last_activity_at.desc(), Thread.id.desc())
            .limit(limit)
        )
    )


def _member_id(viewer) -> int | None:
    return viewer.id if getattr(viewer, "is_authenticated", False) else None


@cache
def _thread_statement(for_member: bool):
    """The thread page's first query, built once: statements made per request cost more to
    build and key than to run. For a member it also brings whether they watch the thread and
    their draft reply to it. Plain outer joins, not a nested (thread_tags JOIN tags): SQLite
    would build every thread's tag list before picking this thread's."""
    if for_member:
        watched = select(Watch.thread_id).where(Watch.user_id == bindparam("viewer_id"), Watch.thread_id == Thread.id)
        query = select(Thread, watched.exists().label("watched"), Draft).outerjoin(
            Draft, and_(Draft.user_id == bindparam("viewer_id"), Draft.place == bindparam("draft_place"))
        )
    else:
        query = select(Thread, false().label("watched"), null().label("draft"))
    return (
        query.join(Thread.author)
        .outerjoin(Thread.category)
        .outerjoin(thread_tags, thread_tags.c.thread_id == Thread.id)
        .outerjoin(Tag, Tag.id == thread_tags.c.tag_id)
        .options(contains_eager(Thread.author), contains_eager(Thread.category), contains_eager(Thread.tags))
        .where(Thread.id == bindparam("thread_id"))
        .order_by(Tag.name)
    )


def get_thread(thread_id: int, viewer) -> Thread:
    """The thread with author, category and tags in one query; NotFound if the viewer may not
    see it. For a member the same query sets `thread.watched_by_viewer` and
    `thread.viewer_reply_draft` (their unsent reply, or None)."""
    member_id = _member_id(viewer)
    params = {"thread_id": thread_id, "viewer_id": member_id, "draft_place": draft_places.reply(thread_id)}
    row = db.session.execute(_thread_statement(member_id is not None), params).unique().first()
    if row is None or not permissions.can(viewer, "thread.view", row[0]):
        raise NotFound(f"thread {thread_id}")
    thread, watched, draft = row
    thread.watched_by_viewer, thread.viewer_reply_draft = bool(watched), draft
    return thread


@dataclass(frozen=True)
class PostView:
    """A post as the thread page shows it."""

    post: Post
    author_name: str
    parent_name: str | None  # who it replies to (None for the root post)
    parent_on_page: bool
    indent: int  # visual depth, capped for readability


def _audience(viewer) -> str:
    member = viewer if getattr(viewer, "is_authenticated", False) else None
    if member is None:
        return "visitor"
    return "moderator" if member.is_moderator else "member"


def _visible_posts_filter(audience: str) -> tuple:
    """Pending posts show only to their author and moderators; everything else shows
    (deleted and hidden posts as placeholders, so replies keep their place). Binds
    :thread_id and, for a member, :viewer_id."""
    in_thread = Post.thread_id == bindparam("thread_id")
    if audience == "moderator":
        return (in_thread,)
    if audience == "member":
        return (in_thread, or_(Post.status != "pending", Post.author_id == bindparam("viewer_id")))
    return (in_thread, Post.status != "pending")


# Made once: building aliases on every request costs more than the query they serve.
_PARENT_POST = aliased(Post, name="parent_post")
_PARENT_AUTHOR = aliased(User, name="parent_author")


@cache
def _posts_page_statement(audience: str):
    """One page of posts in tree order with their authors, whom each replies to, and the
    number of posts the audience sees; built once per audience."""
    where = _visible_posts_filter(audience)
    parent, parent_author = _PARENT_POST, _PARENT_AUTHOR
    # The page's ids and the total come from the (thread, path, status, author) index alone, so
    # skipping to a late page walks a small index instead of joining every earlier post.
    page_ids = (
        select(Post.id)
        .where(*where)
        .order_by(Post.path)
        .limit(bindparam("per_page", type_=Integer))
        .offset(bindparam("offset", type_=Integer))
    ).scalar_subquery()
    total_visible = select(func.count(Post.id)).where(*where).scalar_subquery()
    return (
        select(Post, parent_author, total_visible)
        .join(Post.author)
        .options(contains_eager(Post.author))
        .outerjoin(parent, Post.parent_id == parent.id)
        .outerjoin(parent_author, parent.author_id == parent_author.id)
        .where(Post.id.in_(page_ids))
        .order_by(Post.path)
    )


def thread_posts(thread: Thread, viewer, page: int, per_page: int, max_indent: int) -> Page[PostView]:
    """One page of a thread in tree order, with the number of posts the viewer may see: one
    query whatever the thread's size."""
    if page < 1:
        raise PageNotFound(page)
    params = {"thread_id": thread.id, "viewer_id": _member_id(viewer), "per_page": per_page}
    rows = db.session.execute(
        _posts_page_statement(_audience(viewer)), {**params, "offset": (page - 1) * per_page}
    ).all()
    if not rows and page > 1:
        raise PageNotFound(page)  # past the last page
    total = rows[0][2] if rows else 0
    on_page = {post.id for post, _, _ in rows}
    for post, _, _ in rows:
        set_committed_value(post, "thread", thread)  # already loaded: no query per post
    views = [
        PostView(
            post=post,
            author_name=poster_name(thread, post.author),
            parent_name=poster_name(thread, replied_to) if replied_to is not None else None,
            parent_on_page=post.parent_id in on_page,
            indent=min(post.depth, max_indent),
        )
        for post, replied_to, _ in rows
    ]
    return Page(views, page, per_page, total)


def get_post(post_id: int) -> Post:
    post = db.session.scalar(
        select(Post)
        .join(Post.thread)
        .outerjoin(Thread.category)
        .join(Post.author)
        .options(contains_eager(Post.thread).contains_eager(Thread.category), contains_eager(Post.author))
        .where(Post.id == post_id)
    )
    if post is None:
        raise NotFound(f"post {post_id}")
    return post


def get_visible_post(post_id: int, viewer) -> Post:
    """A post the viewer may see; NotFound otherwise (a 404 says no more than that)."""
    post = get_post(post_id)
    if not permissions.can(viewer, "post.view", post):
        raise NotFound(f"post {post_id}")
    return post


def root_post(thread: Thread) -> Post:
    post = db.session.scalar(select(Post).where(Post.thread_id == thread.id, Post.depth == 0))
    if post is None:
        raise NotFound(f"root post of thread {thread.id}")
    return post


def post_page_number(post: Post, viewer, per_page: int) -> int:
    """The page of its thread on which a post appears."""
    where = _visible_posts_filter(_audience(viewer))
    params = {"thread_id": post.thread_id, "viewer_id": _member_id(viewer)}
    before = db.session.scalar(select(func.count(Post.id)).where(*where, Post.path < post.path), params) or 0
    return before // per_page + 1


# --- writing ----------------------------------------------------------------------------


def _new_post(thread: Thread, author: User, body: str, parent: Post | None, status: str = "visible") -> Post:
    # At the depth limit a reply is filed beside its parent; parent_id still names it.
    at_limit = parent is not None and parent.depth >= MAX_TREE_DEPTH
    post = Post(
        thread=thread,
        author=author,
        parent_id=parent.id if parent else None,
        depth=(parent.depth if at_limit else parent.depth + 1) if parent else 0,
        body_source=body,
        body_html=render_markdown(body, mention_map(body)),
        content_version=PIPELINE_VERSION,
        status=status,
    )
    db.session.add(post)
    db.session.flush()  # the id is part of the path
    if parent is None:
        post.path = path_segment(post.id)
    else:
        base = parent.path.rsplit("/", 1)[0] if at_limit else parent.path
        post.path = base + "/" + path_segment(post.id)
    if status == "visible":
        count_approved_post(author.id)
    return post


def count_approved_post(user_id: int) -> None:
    """Counted in SQL: two posts by one member at once must both count."""
    db.session.execute(update(User).where(User.id == user_id).values(approved_post_count=User.approved_post_count + 1))


def create_thread(
    actor: User,
    title: str,
    body: str,
    *,
    category: Category | None = None,
    tags_text: str = "",
    kind: str = "discussion",
    is_anonymous: bool = False,
    members_only: bool = False,
    commit: bool = True,
) -> Thread:
    """Start a thread with its opening post. Raises ServiceError before writing anything."""
    permissions.require(actor, "thread.create", category)
    if kind == "discussion" and category is None:
        raise ServiceError("Choose a category for your discussion.", "category")
    title = " ".join(title.split())
    if not title:
        raise ServiceError("Please give your thread a title.", "title")
    if not body.strip():
        raise ServiceError("Please write something in your post.", "body")
    check_links(actor, title=title, body=body)
    check_duplicate(actor, body)
    tags = resolve_tags(tags_text)
    screening = screen(actor, title, body)
    now = utcnow()
    thread = Thread(
        kind=kind,
        category_id=category.id if category else None,
        title=title,
        slug=slugify(title),
        author=actor,
        is_anonymous=is_anonymous,
        members_only=members_only and kind != "tip",
        status=screening.status,
        created_at=now,
        last_activity_at=now,
        tags=tags,
        summary=excerpt(body, SUMMARY_LENGTH),
    )
    db.session.add(thread)
    root = _new_post(thread, actor, body, parent=None, status=screening.status)
    record_flags(root, screening)
    watch(actor, thread)
    if root.status == "visible":
        post_published(root, thread, actor)
    index_thread(thread.id)
    if commit:
        db.session.commit()
    return thread


def reply(actor: User, thread: Thread, body: str, parent_id: int | None = None) -> Post:
    """Reply to a thread (parent_id None: to its opening post) or to any post in it."""
    permissions.require(actor, "thread.reply", thread)
    if not body.strip():
        raise ServiceError("Please write something in your reply.", "body")
    check_links(actor, body=body)
    # Replies to one thread take turns (PostgreSQL row lock; SQLite has one writer anyway),
    # so counts, the search document and notifications see every earlier reply.
    db.session.execute(select(Thread.id).where(Thread.id == thread.id).with_for_update())
    if parent_id is None:
        parent = root_post(thread)
    else:
        parent = db.session.get(Post, parent_id)
        if parent is None or parent.thread_id != thread.id:
            raise ServiceError("The post you are replying to is not in this thread.", "parent_id")
        if parent.status == "deleted" or (parent.status == "pending" and parent.author_id != actor.id):
            raise ServiceError("That post can no longer be replied to. Reply to the thread instead.", "parent_id")
    check_duplicate(actor, body, thread.id)  # after the lock: a double click's second reply sees the first
    screening = screen(actor, body)
    post = _new_post(thread, actor, body, parent, status=screening.status)
    record_flags(post, screening)
    if post.status == "visible":
        db.session.execute(
            update(Thread)
            .where(Thread.id == thread.id)
            .values(reply_count=Thread.reply_count + 1, last_activity_at=post.created_at or utcnow())
        )
        post_published(post, thread, actor)
        index_new_reply(thread, post)
    watch(actor, thread)
    db.session.commit()
    return post


def _log_moderation(actor: User, action: str, post: Post, reason: str = "", **details) -> None:
    log_action(
        actor,
        action,
        "post",
        post.id,
        subject_user_id=post.author_id,
        reason=reason,
        thread_id=post.thread_id,
        **details,
    )


def edit_post(
    actor: User, post: Post, body: str, reason: str = "", title: str | None = None, *, commit: bool = True
) -> Post:
    """Change a post's text (and a root post's thread title), keeping the old text as a revision."""
    permissions.require(actor, "post.edit", post)
    if not body.strip():
        raise ServiceError("A post can't be empty. To remove it, delete it instead.", "body")
    thread = post.thread
    new_title = " ".join(title.split()) if (title is not None and post.is_root) else None
    if new_title is not None and not new_title:
        raise ServiceError("Please give your thread a title.", "title")
    title_changed = new_title is not None and new_title != thread.title
    check_links(actor, title=new_title or "", body=body)
    record_flags(post, screen(actor, new_title or "", body))  # a blocked phrase raises here
    if body == post.body_source and not title_changed:
        if commit:
            db.session.commit()
        return post
    db.session.add(
        PostRevision(
            post_id=post.id,
            editor_id=actor.id,
            title=thread.title if post.is_root else None,
            body_source=post.body_source,
            reason=reason.strip(),
        )
    )
    post.body_source = body
    post.body_html = render_markdown(body, mention_map(body))
    post.content_version = PIPELINE_VERSION
    post.edited_at = utcnow()
    if post.is_root:
        thread.summary = excerpt(body, SUMMARY_LENGTH)
    if title_changed:
        thread.title = new_title
        thread.slug = slugify(new_title)
    if actor.id != post.author_id:
        _log_moderation(actor, "post.edit", post, reason.strip())
    index_thread(thread.id)
    if commit:
        db.session.commit()
    return post


def delete_post(actor: User, post: Post, reason: str = "") -> bool:
    """Soft delete: the text is kept, a placeholder shows, replies keep their place.

    Returns True when the whole thread went with it (an opening post nobody had answered)."""
    permissions.require(actor, "post.delete", post)
    thread = post.thread
    was_visible = post.status == "visible"
    post.status = "deleted"
    post.deleted_by_moderator = actor.id != post.author_id
    if post.is_root:
        has_replies = db.session.scalar(
            select(func.count(Post.id)).where(Post.thread_id == thread.id, Post.depth > 0, Post.status != "deleted")
        )
        if not has_replies:
            thread.status = "deleted"
    elif was_visible:
        thread.reply_count = max(0, thread.reply_count - 1)
    if post.deleted_by_moderator:
        _log_moderation(actor, "post.delete", post, reason.strip())
    thread_removed = thread.status == "deleted"
    index_thread(thread.id)
    db.session.commit()
    return thread_removed


def recook_posts(only_stale: bool = False, batch_size: int = 500) -> int:
    """Re-render posts from their source (all, or those an older pipeline made); returns how many."""
    changed = 0
    last_id = 0
    stale = Post.content_version != PIPELINE_VERSION if only_stale else True
    while True:
        posts = db.session.scalars(
            select(Post).where(Post.id > last_id, stale).order_by(Post.id).limit(batch_size)
        ).all()
        if not posts:
            break
        roots = {post.thread_id: post for post in posts if post.depth == 0}
        for thread in db.session.scalars(select(Thread).where(Thread.id.in_(roots))):
            thread.summary = excerpt(roots[thread.id].body_source, SUMMARY_LENGTH)
        for post in posts:
            post.body_html = render_markdown(post.body_source, mention_map(post.body_source))
            post.content_version = PIPELINE_VERSION
            last_id = post.id
        changed += len(posts)
        db.session.commit()
    return changed
