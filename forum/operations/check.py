"""`flask forum check`: the stored counters, tree paths and search index agree with the rows
they summarise; with fix=True each disagreement is repaired. Every check returns what it
found (and, when fixing, changed) as plain sentences for the operator.

What "agrees" means follows the services that keep each thing:
- a thread's reply_count is its visible replies; last_activity_at is never before its
  latest visible reply (deleting a reply does not move it back, so later is fine);
- a member's approved_post_count never falls below their visible posts (it counts every
  post ever published and never goes down, so more is fine);
- a post's reaction counters are its rows in reactions;
- a post's path is its parent's path and its own segment, one level deeper; beyond
  MAX_TREE_DEPTH a reply is filed beside its parent (same depth, the parent's base path);
- every visible thread and published resource page has a current search document, and
  nothing else has one; on SQLite the FTS table and its three triggers exist and FTS5's
  integrity check finds the index in step with search_documents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import case, func, inspect, or_, select, text, update
from sqlalchemy.exc import DatabaseError

from forum.extensions import db
from forum.models import (
    MAX_TREE_DEPTH,
    REACTION_KINDS,
    Post,
    Reaction,
    Resource,
    SearchDocument,
    Thread,
    User,
    path_segment,
)
from forum.search import services as search

SQLITE_FTS_OBJECTS = {
    "search_fts": "table",
    "search_documents_ai": "trigger",
    "search_documents_ad": "trigger",
    "search_documents_au": "trigger",
}


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    fixed: list[str] = field(default_factory=list)
    unfixable: list[str] = field(default_factory=list)

    def found(self, problem: str, fixed: bool) -> None:
        self.problems.append(problem)
        if fixed:
            self.fixed.append(problem)


def run(fix: bool = False) -> Report:
    report = Report()
    checks: list[Callable[[Report, bool], None]] = [
        check_tree_paths,
        check_thread_counters,
        check_approved_post_counts,
        check_reaction_counters,
        check_search_index,
        check_full_text_machinery,
    ]
    for check in checks:
        check(report, fix)
        if fix:
            db.session.commit()
    if not fix:
        db.session.rollback()
    return report


# --- threads and members -------------------------------------------------------------------


def check_thread_counters(report: Report, fix: bool) -> None:
    replies = (
        select(
            Post.thread_id,
            func.count(Post.id).label("n"),
            func.max(Post.created_at).label("latest"),
        )
        .where(Post.parent_id.is_not(None), Post.status == "visible")
        .group_by(Post.thread_id)
        .subquery()
    )
    rows = db.session.execute(
        select(Thread.id, Thread.reply_count, Thread.last_activity_at, Thread.created_at, replies.c.n, replies.c.latest)
        .outerjoin(replies, replies.c.thread_id == Thread.id)
        .order_by(Thread.id)
    ).all()
    for thread_id, reply_count, last_activity, created, n, latest in rows:
        n = n or 0
        if reply_count != n:
            report.found(f"thread {thread_id}: reply_count is {reply_count}, it has {n} visible replies", fix)
            if fix:
                db.session.execute(update(Thread).where(Thread.id == thread_id).values(reply_count=n))
        floor = max(created, latest) if latest is not None else created
        if last_activity is None or last_activity < floor:
            report.found(f"thread {thread_id}: last_activity_at {last_activity} is before its latest post {floor}", fix)
            if fix:
                db.session.execute(update(Thread).where(Thread.id == thread_id).values(last_activity_at=floor))


def check_approved_post_counts(report: Report, fix: bool) -> None:
    visible = (
        select(Post.author_id, func.count(Post.id).label("n"))
        .where(Post.status == "visible")
        .group_by(Post.author_id)
        .subquery()
    )
    rows = db.session.execute(
        select(User.id, User.username, User.approved_post_count, visible.c.n)
        .join(visible, visible.c.author_id == User.id)
        .where(User.approved_post_count < visible.c.n)
        .order_by(User.id)
    ).all()
    for user_id, username, count, n in rows:
        report.found(f"member {username}: approved_post_count is {count}, they have {n} visible posts", fix)
        if fix:
            db.session.execute(update(User).where(User.id == user_id).values(approved_post_count=n))


def check_reaction_counters(report: Report, fix: bool) -> None:
    columns = {kind: getattr(Post, f"{kind}_count") for kind in REACTION_KINDS}
    counted = (
        select(
            Reaction.post_id,
            *(func.sum(case((Reaction.kind == kind, 1), else_=0)).label(kind) for kind in REACTION_KINDS),
        )
        .group_by(Reaction.post_id)
        .subquery()
    )
    actual = {kind: func.coalesce(counted.c[kind], 0) for kind in REACTION_KINDS}
    mismatch = [columns[kind] != actual[kind] for kind in REACTION_KINDS]
    rows = db.session.execute(
        select(Post.id, *columns.values(), *actual.values())
        .outerjoin(counted, counted.c.post_id == Post.id)
        .where(or_(*mismatch))
        .order_by(Post.id)
    ).all()
    width = len(REACTION_KINDS)
    for row in rows:
        post_id, stored, real = row[0], row[1 : 1 + width], row[1 + width :]
        for kind, have, want in zip(REACTION_KINDS, stored, real, strict=True):
            if have != want:
                report.found(f"post {post_id}: {kind}_count is {have}, it has {want} {kind} reactions", fix)
        if fix:
            values = {f"{kind}_count": want for kind, want in zip(REACTION_KINDS, real, strict=True)}
            db.session.execute(update(Post).where(Post.id == post_id).values(**values))


# --- tree paths ----------------------------------------------------------------------------


def check_tree_paths(report: Report, fix: bool) -> None:
    """Walk posts in id order (a parent is always older than its replies), so each post is
    judged against its parent's corrected path."""
    expected: dict[int, tuple[str, int, int]] = {}  # id -> (path, depth, thread) as they should be
    rows = db.session.execute(
        select(Post.id, Post.thread_id, Post.parent_id, Post.path, Post.depth).order_by(Post.thread_id, Post.id)
    )
    current_thread = None
    for post_id, thread_id, parent_id, path, depth in rows:
        if thread_id != current_thread:
            expected.clear()  # paths never cross threads: keep one thread in memory
            current_thread = thread_id
        parent = expected.get(parent_id) if parent_id is not None else None
        if parent_id is not None and parent is None:
            report.unfixable.append(f"post {post_id}: its parent {parent_id} is not an earlier post in its thread")
            continue
        if parent is None:
            want_path, want_depth = path_segment(post_id), 0
        elif parent[1] >= MAX_TREE_DEPTH:
            want_path, want_depth = parent[0].rsplit("/", 1)[0] + "/" + path_segment(post_id), parent[1]
        else:
            want_path, want_depth = parent[0] + "/" + path_segment(post_id), parent[1] + 1
        expected[post_id] = (want_path, want_depth, thread_id)
        if (path, depth) != (want_path, want_depth):
            report.found(
                f"post {post_id}: path {path!r} depth {depth}, should be {want_path!r} depth {want_depth}", fix
            )
            if fix:
                db.session.execute(update(Post).where(Post.id == post_id).values(path=want_path, depth=want_depth))


# --- search ----------------------------------------------------------------------------------


def _comparable(fields: dict) -> dict:
    """What makes a document current. Order is not: replies added one by one follow each other
    where a rebuild follows the tree, and tags come in the order they were given. Nor is
    updated_at, which only sorts results."""
    return {
        "title": fields["title"],
        "keywords": sorted(fields["keywords"].split()),
        "body": sorted(fields["body"].split("\n")),
        "url_slug": fields["url_slug"],
        "author_name": fields["author_name"],
        "tag_slugs": sorted(fields["tag_slugs"].split()),
        "members_only": bool(fields.get("members_only", False)),
    }


def _differs(doc: SearchDocument, want: dict) -> bool:
    have = {key: getattr(doc, key) for key in ("title", "keywords", "body", "url_slug", "author_name", "tag_slugs")}
    have["members_only"] = doc.members_only
    return _comparable(have) != _comparable(want)


def check_search_index(report: Report, fix: bool) -> None:
    docs = {(doc.kind, doc.source_id): doc for doc in db.session.scalars(select(SearchDocument))}
    wanted: set[tuple[str, int]] = set()
    for thread_id in db.session.scalars(select(Thread.id).order_by(Thread.id)):
        document = search.thread_document(thread_id)
        if document is None:
            continue
        kind, fields = document
        wanted.add((kind, thread_id))
        doc = docs.get((kind, thread_id))
        if doc is None or _differs(doc, fields):
            state = "no search document" if doc is None else "an out-of-date search document"
            report.found(f"{kind} {thread_id}: {state}", fix)
            if fix:
                search.index_thread(thread_id)
    for resource_id in db.session.scalars(select(Resource.id).order_by(Resource.id)):
        fields = search.resource_document(resource_id)
        if fields is None:
            continue
        wanted.add(("resource", resource_id))
        doc = docs.get(("resource", resource_id))
        if doc is None or _differs(doc, fields):
            state = "no search document" if doc is None else "an out-of-date search document"
            report.found(f"resource {resource_id}: {state}", fix)
            if fix:
                search.index_resource(resource_id)
    for key in sorted(set(docs) - wanted):
        report.found(f"search document for {key[0]} {key[1]}, which is not public or no longer exists", fix)
        if fix:
            db.session.delete(docs[key])


def check_full_text_machinery(report: Report, fix: bool) -> None:
    dialect = db.engine.dialect.name
    if dialect == "postgresql":
        columns = {column["name"] for column in inspect(db.engine).get_columns("search_documents")}
        if "search_vector" not in columns:
            report.unfixable.append("search_documents has no search_vector column: run `flask db upgrade`")
        return
    if dialect != "sqlite":
        return
    rows = db.session.execute(text("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'trigger')"))
    present = {row.name: row.type for row in rows}
    missing = [name for name, kind in SQLITE_FTS_OBJECTS.items() if present.get(name) != kind]
    if missing:
        report.found(f"SQLite full-text search is missing {', '.join(missing)}", fix)
    elif not _sqlite_index_matches_documents():
        report.found("the SQLite full-text index does not match search_documents", fix)
    else:
        return
    if fix:
        _rebuild_sqlite_full_text()


def _sqlite_index_matches_documents() -> bool:
    """FTS5's own integrity check, against the content table (rank 1)."""
    try:
        with db.session.begin_nested():
            db.session.execute(text("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"))
    except DatabaseError:
        return False
    return True


def _rebuild_sqlite_full_text() -> None:
    """Recreate the FTS table and triggers as the migrations (0005, 0012) made them, then refill it."""
    for name in ("search_documents_ai", "search_documents_ad", "search_documents_au"):
        db.session.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    db.session.execute(text("DROP TABLE IF EXISTS search_fts"))
    for statement in _migration("0005_resources_and_search").SQLITE_FULL_TEXT:
        db.session.execute(text(statement))
    db.session.execute(text("DROP TRIGGER search_documents_au"))  # as corrected by 0012
    db.session.execute(text(_migration("0012_search_fts_update_trigger").UPDATE_TRIGGER))
    db.session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"))


def _migration(name: str):
    import importlib.util
    from pathlib import Path

    from flask import current_app

    path = Path(current_app.root_path).parent / "migrations" / "versions" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"stillpoint_migration_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
