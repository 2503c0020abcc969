"""Full-text search over discussions, stories, tips and resource pages.

One document per visible thread (its title and every visible post) and per published
resource page, kept in search_documents by index_thread / index_resource, which every
writing service calls before it commits. Matching and ranking are the database's own:
SQLite FTS5 (bm25, porter stemming) in the embedded default, PostgreSQL full-text search
(ts_rank_cd over a weighted tsvector) in production. Both get the same safe query (plain
words, ANDed) and give the same shape of result; titles weigh more than bodies in both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape
from sqlalchemy import delete, func, or_, select, text
from sqlalchemy.orm import contains_eager, selectinload

from forum.content import html_to_text
from forum.extensions import db
from forum.models import Post, Resource, SearchDocument, Tag, Thread
from forum.pagination import Page, check_page_number

KINDS = ("discussion", "story", "tip", "resource")
MAX_TERMS = 12
MAX_QUERY_CHARS = 500
_WORD = re.compile(r"\w+", re.UNICODE)
# Private-use characters mark the highlight inside snippets; they are stripped from indexed
# text, so nothing a member types can pose as one.
HIT_START, HIT_END = "\ue000", "\ue001"
_MARKERS = str.maketrans("", "", HIT_START + HIT_END)


def terms(query: str) -> list[str]:
    """The words of a query: operators, quotes and punctuation are not syntax here, just gaps."""
    words = [word.lower() for word in _WORD.findall((query or "")[:MAX_QUERY_CHARS]) if word.strip("_")]
    return list(dict.fromkeys(words))[:MAX_TERMS]


# --- keeping the index fresh -------------------------------------------------------------


def _upsert(kind: str, source_id: int, **fields) -> None:
    doc = db.session.scalar(
        select(SearchDocument).where(SearchDocument.kind == kind, SearchDocument.source_id == source_id)
    )
    if doc is None:
        doc = SearchDocument(kind=kind, source_id=source_id)
        db.session.add(doc)
    for key, value in fields.items():
        setattr(doc, key, value.translate(_MARKERS) if isinstance(value, str) else value)


def _remove(kind: str, source_id: int) -> None:
    db.session.execute(delete(SearchDocument).where(SearchDocument.kind == kind, SearchDocument.source_id == source_id))


def thread_document(thread_id: int) -> tuple[str, dict] | None:
    """The kind and fields a thread's search document should have; None when it should have none."""
    db.session.flush()
    thread = db.session.scalar(
        select(Thread)
        .join(Thread.author)
        .options(contains_eager(Thread.author), selectinload(Thread.tags))
        .where(Thread.id == thread_id)
    )
    if thread is None or thread.status != "visible":
        return None
    bodies = db.session.scalars(
        select(Post.body_html).where(Post.thread_id == thread_id, Post.status == "visible").order_by(Post.path)
    )
    return thread.kind, _clean(
        title=thread.title,
        keywords=" ".join(tag.name for tag in thread.tags),
        body="\n".join(html_to_text(body) for body in bodies),
        url_slug=thread.url_slug,
        author_name=thread.author_name,
        tag_slugs=" " + " ".join(tag.slug for tag in thread.tags) + " ",
        members_only=thread.members_only,
        updated_at=thread.last_activity_at,
    )


def _clean(**fields) -> dict:
    return {key: value.translate(_MARKERS) if isinstance(value, str) else value for key, value in fields.items()}


def index_thread(thread_id: int) -> None:
    """Bring a thread's search document up to date (or remove it when the thread is not public)."""
    document = thread_document(thread_id)
    for kind in KINDS[:3]:
        if document is None or kind != document[0]:
            _remove(kind, thread_id)
    if document is not None:
        _upsert(document[0], thread_id, **document[1])


def index_new_reply(thread: Thread, post: Post) -> None:
    """A new visible reply: add its words to the thread's document instead of rebuilding it
    from every post (a long thread would otherwise cost more with each reply)."""
    doc = db.session.scalar(
        select(SearchDocument).where(SearchDocument.kind == thread.kind, SearchDocument.source_id == thread.id)
    )
    if doc is None or thread.status != "visible" or post.status != "visible":
        index_thread(thread.id)
        return
    doc.body = doc.body + "\n" + html_to_text(post.body_html).translate(_MARKERS)
    doc.updated_at = post.created_at


def resource_document(resource_id: int) -> dict | None:
    """The fields a resource page's search document should have; None when it should have none."""
    db.session.flush()
    resource = db.session.scalar(
        select(Resource).options(selectinload(Resource.tags)).where(Resource.id == resource_id)
    )
    if resource is None or not resource.is_published:
        return None
    return _clean(
        title=resource.title,
        keywords=" ".join(tag.name for tag in resource.tags) + "\n" + resource.summary,
        body=html_to_text(resource.body_html),
        url_slug=resource.slug,
        author_name="",
        tag_slugs=" " + " ".join(tag.slug for tag in resource.tags) + " ",
        updated_at=resource.updated_at,
    )


def index_resource(resource_id: int) -> None:
    document = resource_document(resource_id)
    if document is None:
        _remove("resource", resource_id)
    else:
        _upsert("resource", resource_id, **document)


def index_threads_tagged(tag_id: int) -> None:
    """After a tag is renamed or merged: its threads' documents carry tag slugs."""
    from forum.models import thread_tags

    for (thread_id,) in db.session.execute(select(thread_tags.c.thread_id).where(thread_tags.c.tag_id == tag_id)):
        index_thread(thread_id)


def reindex_all() -> int:
    """Rebuild every document from scratch (`flask forum reindex`)."""
    db.session.execute(delete(SearchDocument))
    count = 0
    for thread_id in list(db.session.scalars(select(Thread.id).where(Thread.status == "visible"))):
        index_thread(thread_id)
        count += 1
    for resource_id in list(db.session.scalars(select(Resource.id))):
        index_resource(resource_id)
        count += 1
    db.session.commit()
    return count


# --- searching ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    kind: str
    source_id: int
    title: str
    url_slug: str
    author_name: str
    snippet: Markup


def _snippet(raw: str | None) -> Markup:
    """Escape everything, then turn our own markers into <mark>: the only markup in a snippet."""
    safe = str(escape(raw or ""))
    opened = safe.count(HIT_START)
    safe = safe.replace(HIT_START, "<mark>").replace(HIT_END, "</mark>")
    if opened > safe.count("</mark>"):
        safe += "</mark>"
    return Markup(safe)


def _filters(kind: str, tag: str, members: bool) -> tuple[str, dict]:
    clauses, params = "", {}
    if not members:
        clauses += " AND d.members_only = :public_false"
        params["public_false"] = False
    if kind:
        clauses += " AND d.kind = :kind"
        params["kind"] = kind
    if tag:
        clauses += " AND d.tag_slugs LIKE :tag"
        params["tag"] = f"% {tag} %"
    return clauses, params


def search(
    query: str, kind: str = "", tag: str = "", page: int = 1, per_page: int = 20, *, members: bool = False
) -> Page[Result]:
    """Ranked results for a query; an empty page (never an error) when nothing matches.

    Members-only threads are found only when `members` is true (a signed-in member)."""
    words = terms(query)
    kind = kind if kind in KINDS else ""
    tag = tag if re.fullmatch(r"[a-z0-9-]{1,60}", tag or "") else ""
    if not words:
        return Page([], 1, per_page, 0)
    where, params = _filters(kind, tag, members)
    if db.engine.dialect.name == "postgresql":
        params["q"] = " ".join(words)
        match = "d.search_vector @@ plainto_tsquery('english', :q)"
        source = "search_documents d"
        rank = "ts_rank_cd(d.search_vector, plainto_tsquery('english', :q)) DESC"
        snippet = (
            "ts_headline('english', left(d.body, 20000), plainto_tsquery('english', :q), "
            "'StartSel=\ue000, StopSel=\ue001, MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=…')"
        )
    else:
        params["q"] = " ".join('"' + word.replace('"', "") + '"' for word in words)
        match = "search_fts MATCH :q"
        # CROSS JOIN keeps the full-text match as the outer loop: with a kind or tag filter the
        # planner would otherwise walk search_documents and probe the index row by row (20x slower).
        source = "search_fts CROSS JOIN search_documents d ON d.id = search_fts.rowid"
        rank = "bm25(search_fts, 8.0, 4.0, 1.0)"
        snippet = "snippet(search_fts, 2, char(57344), char(57345), '…', 24)"
    total = db.session.scalar(text(f"SELECT count(*) FROM {source} WHERE {match}{where}"), params) or 0
    check_page_number(page, total, per_page)
    # Rank first and fetch only the page's ids; snippets are made for those rows alone.
    ids = list(
        db.session.scalars(
            text(
                f"SELECT d.id FROM {source} WHERE {match}{where} ORDER BY {rank}, d.id DESC LIMIT :limit OFFSET :offset"
            ),
            {**params, "limit": per_page, "offset": (page - 1) * per_page},
        )
    )
    if not ids:
        return Page([], page, per_page, total)
    id_list = ", ".join(str(int(i)) for i in ids)
    rows = db.session.execute(
        text(
            f"SELECT d.id, d.kind, d.source_id, d.title, d.url_slug, d.author_name, {snippet} AS snip "
            f"FROM {source} WHERE {match} AND d.id IN ({id_list})"
        ),
        params,
    ).all()
    by_id = {row.id: row for row in rows}
    results = [
        Result(r.kind, r.source_id, r.title, r.url_slug, r.author_name, _snippet(r.snip))
        for r in (by_id[i] for i in ids if i in by_id)
    ]
    return Page(results, page, per_page, total)


def matching_tags(query: str, limit: int = 5) -> list[Tag]:
    """Tags whose names share a word with the query, to suggest browsing them."""
    words = terms(query)
    if not words:
        return []
    conditions = [func.lower(Tag.name).like(f"%{word}%") for word in words if len(word) >= 3]
    if not conditions:
        return []
    return list(
        db.session.scalars(
            select(Tag).where(Tag.is_retired.is_(False), or_(*conditions)).order_by(Tag.name).limit(limit)
        )
    )
