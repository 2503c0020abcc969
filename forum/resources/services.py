"""Resource pages: the curated library, its revisions, and what relates to each page."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import contains_eager, selectinload

from forum import permissions
from forum.content import PIPELINE_VERSION, render_markdown
from forum.errors import NotFound, ServiceError
from forum.extensions import db
from forum.models import Resource, ResourceRevision, Tag, Thread, User, utcnow
from forum.moderation.audit import log_action
from forum.resources.defaults import DEFAULT_RESOURCES, SECTIONS
from forum.search.services import index_resource
from forum.slugs import slugify
from forum.tags.services import resolve_tags

SECTION_KEYS = [key for key, _ in SECTIONS]
RELATED_LIMIT = 4


def _visible(viewer):
    return () if permissions.can(viewer, "resource.manage") else (Resource.is_published.is_(True),)


def library(viewer) -> list[tuple[str, str, list[Resource]]]:
    """Every section in order with its pages (unpublished ones only for moderators)."""
    pages: dict[str, list[Resource]] = {key: [] for key in SECTION_KEYS}
    for resource in db.session.scalars(
        select(Resource).where(*_visible(viewer)).order_by(Resource.position, Resource.title)
    ):
        pages.setdefault(resource.section, []).append(resource)
    return [(key, label, pages[key]) for key, label in SECTIONS if pages.get(key)]


def starting_points(limit: int = 5) -> list[Resource]:
    """The first published page of each section, in section order: where a newcomer starts."""
    firsts: dict[str, Resource] = {}
    for resource in db.session.scalars(
        select(Resource).where(Resource.is_published.is_(True)).order_by(Resource.position, Resource.title)
    ):
        firsts.setdefault(resource.section, resource)
    return [firsts[key] for key in SECTION_KEYS if key in firsts][:limit]


def get_resource(slug: str, viewer) -> Resource:
    resource = db.session.scalar(
        select(Resource).options(selectinload(Resource.tags)).where(Resource.slug == slug, *_visible(viewer))
    )
    if resource is None:
        raise NotFound(f"resource {slug}")
    return resource


def related(resource: Resource) -> dict[str, list[Thread]]:
    """Visible stories and tips that share a tag with the page (two queries)."""
    tag_ids = [tag.id for tag in resource.tags]
    found: dict[str, list[Thread]] = {"story": [], "tip": []}
    if not tag_ids:
        return found
    for kind in found:
        order = Thread.rank_score.desc() if kind == "tip" else Thread.created_at.desc()
        found[kind] = list(
            db.session.scalars(
                select(Thread)
                .join(Thread.author)
                .options(contains_eager(Thread.author))
                .where(Thread.kind == kind, Thread.status == "visible", Thread.tags.any(Tag.id.in_(tag_ids)))
                .order_by(order)
                .limit(RELATED_LIMIT)
            )
        )
    return found


def _check(title: str, section: str, summary: str, body: str) -> tuple[str, str, str]:
    title = " ".join(title.split())
    if len(title) < 3:
        raise ServiceError("Please give the page a title.", "title")
    if section not in SECTION_KEYS:
        raise ServiceError("Please choose a section from the list.", "section")
    if not body.strip():
        raise ServiceError("A page needs some text.", "body")
    return title, section, " ".join(summary.split())


def _unique_slug(title: str, exclude_id: int | None = None) -> str:
    base = slugify(title, 70)
    slug, n = base, 2
    while db.session.scalar(select(Resource.id).where(Resource.slug == slug, Resource.id != (exclude_id or 0))):
        slug, n = f"{base}-{n}", n + 1
    return slug


def create_resource(actor: User, *, title: str, section: str, summary: str, body: str, position: int,
                    is_published: bool, tags_text: str) -> Resource:  # fmt: skip
    permissions.require(actor, "resource.manage")
    title, section, summary = _check(title, section, summary, body)
    resource = Resource(
        slug=_unique_slug(title), title=title, section=section, summary=summary, body_source=body,
        body_html=render_markdown(body, top_heading=2), content_version=PIPELINE_VERSION, position=position,
        is_published=is_published, tags=resolve_tags(tags_text),
    )  # fmt: skip
    db.session.add(resource)
    db.session.flush()
    log_action(actor, "resource.create", "resource", resource.id, title=title)
    index_resource(resource.id)
    db.session.commit()
    return resource


def edit_resource(actor: User, resource: Resource, *, title: str, section: str, summary: str, body: str,
                  position: int, is_published: bool, tags_text: str, reason: str = "") -> Resource:  # fmt: skip
    """Change a page; what it said before is kept as a revision."""
    permissions.require(actor, "resource.manage")
    title, section, summary = _check(title, section, summary, body)
    tags = resolve_tags(tags_text)
    db.session.add(
        ResourceRevision(
            resource_id=resource.id,
            editor_id=actor.id,
            title=resource.title,
            summary=resource.summary,
            body_source=resource.body_source,
            reason=reason.strip()[:300],
        )  # fmt: skip
    )
    if title != resource.title:
        resource.slug = _unique_slug(title, exclude_id=resource.id)
    resource.title, resource.section, resource.summary = title, section, summary
    resource.body_source, resource.body_html = body, render_markdown(body, top_heading=2)
    resource.content_version = PIPELINE_VERSION
    resource.position, resource.is_published, resource.tags = position, is_published, tags
    resource.updated_at = utcnow()
    log_action(actor, "resource.edit", "resource", resource.id, reason=reason, title=title)
    index_resource(resource.id)
    db.session.commit()
    return resource


def revision_count(resource: Resource) -> int:
    from sqlalchemy import func

    return (
        db.session.scalar(select(func.count(ResourceRevision.id)).where(ResourceRevision.resource_id == resource.id))
        or 0
    )


def ensure_default_resources() -> int:
    """Write any starting page that is missing (by slug); returns how many were added."""
    existing = set(db.session.scalars(select(Resource.slug)))
    added = []
    for page in DEFAULT_RESOURCES:
        if page["slug"] in existing:
            continue
        tags = list(db.session.scalars(select(Tag).where(Tag.name.in_(page["tags"]))))
        resource = Resource(
            slug=page["slug"], title=page["title"], section=page["section"], summary=page["summary"],
            body_source=page["body"], body_html=render_markdown(page["body"], top_heading=2),
            content_version=PIPELINE_VERSION, position=page["position"], is_published=True, tags=tags,
        )  # fmt: skip
        db.session.add(resource)
        added.append(resource)
    db.session.flush()
    for resource in added:
        index_resource(resource.id)
    db.session.commit()
    return len(added)
