"""Stories: writing and editing a journey, its structured details, and finding stories like yours."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import and_, func, select
from sqlalchemy.orm import contains_eager, selectinload

from forum import permissions
from forum.discussions import services as discussions
from forum.errors import ServiceError
from forum.extensions import db
from forum.models import (
    Post,
    StoryDetails,
    StoryMisdiagnosis,
    StoryPosture,
    StoryTreatment,
    Tag,
    Thread,
    User,
    utcnow,
)
from forum.pagination import Page, check_page_number
from forum.search.services import index_thread
from forum.stories import choices
from forum.tags.services import resolve_tags, without_muted

STORY_SECTIONS = (
    "First signs",
    "Finding a diagnosis",
    "Treatments",
    "Life today",
    "Advice for someone newly diagnosed",
)
STORY_TEMPLATE = "\n\n".join(f"## {section}\n" for section in STORY_SECTIONS)


@dataclass
class DetailsInput:
    """What a member told us about their journey. Everything is optional."""

    onset_year: int | None = None
    years_to_diagnosis: int | None = None
    postures: list[str] = field(default_factory=list)
    misdiagnoses: list[str] = field(default_factory=list)
    diagnosed_by: str | None = None
    treatments: dict[str, str] = field(default_factory=dict)  # treatment -> response
    insights_consent: bool = False


def _values(options) -> set[str]:
    return {option[0] for option in options}


def validate_details(details: DetailsInput, this_year: int | None = None) -> None:
    """Raise ServiceError (naming the field) for anything that cannot be true."""
    this_year = this_year or utcnow().year
    if details.onset_year is not None and not choices.EARLIEST_ONSET_YEAR <= details.onset_year <= this_year:
        raise ServiceError(
            f"The year symptoms began should be between {choices.EARLIEST_ONSET_YEAR} and {this_year}.", "onset_year"
        )
    years = details.years_to_diagnosis
    if years is not None:
        if not 0 <= years <= choices.MAX_YEARS_TO_DIAGNOSIS:
            raise ServiceError(
                f"Years to diagnosis should be between 0 and {choices.MAX_YEARS_TO_DIAGNOSIS}.", "years_to_diagnosis"
            )
        if details.onset_year is not None and details.onset_year + years > this_year:
            raise ServiceError(
                f"Symptoms that began in {details.onset_year} can't have been diagnosed {years} years later yet.",
                "years_to_diagnosis",
            )
    for name, picked, options in (
        ("postures", details.postures, choices.POSTURES),
        ("misdiagnoses", details.misdiagnoses, choices.MISDIAGNOSES),
        ("treatments", list(details.treatments), choices.TREATMENTS),
    ):
        unknown = set(picked) - _values(options)
        if unknown:
            raise ServiceError(f"We don't recognise: {', '.join(sorted(unknown))}.", name)
    if details.diagnosed_by is not None and details.diagnosed_by not in _values(choices.DIAGNOSED_BY):
        raise ServiceError("Please choose who made the diagnosis from the list.", "diagnosed_by")
    if set(details.treatments.values()) - _values(choices.RESPONSES):
        raise ServiceError("Please choose how each treatment worked from the list.", "treatments")


def _apply_details(thread: Thread, details: DetailsInput) -> None:
    record = thread.details
    if record is None:
        record = StoryDetails(thread_id=thread.id)
        thread.details = record
    record.onset_year = details.onset_year
    record.years_to_diagnosis = details.years_to_diagnosis
    record.diagnosed_by = details.diagnosed_by
    record.insights_consent = details.insights_consent
    record.postures = [StoryPosture(posture=value) for value in dict.fromkeys(details.postures)]
    record.misdiagnoses = [StoryMisdiagnosis(misdiagnosis=value) for value in dict.fromkeys(details.misdiagnoses)]
    record.treatments = [StoryTreatment(treatment=t, response=r) for t, r in details.treatments.items()]


def create_story(
    actor: User,
    title: str,
    body: str,
    details: DetailsInput,
    *,
    tags_text: str = "",
    is_anonymous: bool = False,
    members_only: bool = False,
) -> Thread:
    """Publish a story with its details, in one transaction; nothing is written on bad input."""
    validate_details(details)
    thread = discussions.create_thread(
        actor,
        title,
        body,
        kind="story",
        tags_text=tags_text,
        is_anonymous=is_anonymous,
        members_only=members_only,
        commit=False,
    )
    db.session.flush()
    thread.details = None
    _apply_details(thread, details)
    db.session.commit()
    return thread


def get_story_for_edit(thread_id: int, actor: User) -> tuple[Thread, Post]:
    thread = load_story(thread_id, actor)
    root = discussions.root_post(thread)
    root.thread = thread
    root.author = thread.author
    permissions.require(actor, "post.edit", root)
    return thread, root


def edit_story(
    actor: User,
    thread: Thread,
    root: Post,
    *,
    title: str,
    body: str,
    details: DetailsInput,
    tags_text: str,
    is_anonymous: bool,
    members_only: bool = False,
    reason: str = "",
) -> Thread:
    """Change a story's text (kept as a revision), details, tags and anonymity."""
    permissions.require(actor, "post.edit", root)
    validate_details(details)
    tags = resolve_tags(tags_text)
    discussions.edit_post(actor, root, body, reason, title, commit=False)
    thread.tags = tags
    thread.is_anonymous = is_anonymous
    thread.members_only = members_only
    _apply_details(thread, details)
    index_thread(thread.id)
    db.session.commit()
    return thread


def _story_query():
    return (
        select(Thread)
        .join(Thread.author)
        .outerjoin(Thread.details)
        .options(
            contains_eager(Thread.author),
            contains_eager(Thread.details).selectinload(StoryDetails.postures),
            contains_eager(Thread.details).selectinload(StoryDetails.misdiagnoses),
            contains_eager(Thread.details).selectinload(StoryDetails.treatments),
            selectinload(Thread.tags),
        )
        .where(Thread.kind == "story")
    )


def load_story(thread_id: int, viewer) -> Thread:
    """A story with its author, details and tags (for the story page and the edit form)."""
    from forum.errors import NotFound

    thread = db.session.scalar(_story_query().where(Thread.id == thread_id))
    if thread is None or not permissions.can(viewer, "thread.view", thread):
        raise NotFound(f"story {thread_id}")
    return thread


def story_details(thread: Thread) -> StoryDetails | None:
    """The details of a story already loaded by the thread page (two small queries)."""
    return db.session.scalar(
        select(StoryDetails)
        .options(
            selectinload(StoryDetails.postures),
            selectinload(StoryDetails.misdiagnoses),
            selectinload(StoryDetails.treatments),
        )
        .where(StoryDetails.thread_id == thread.id)
    )


# --- finding stories --------------------------------------------------------------------


@dataclass(frozen=True)
class StoryFilters:
    posture: str = ""
    treatment: str = ""
    tag: str = ""
    diagnosis: str = ""
    sort: str = "new"

    @property
    def active(self) -> dict[str, str]:
        return {k: v for k, v in (("posture", self.posture), ("treatment", self.treatment), ("tag", self.tag),
                                  ("diagnosis", self.diagnosis)) if v}  # fmt: skip

    @property
    def query_args(self) -> dict[str, str]:
        """What the URL keeps: active filters, and the order when it isn't the default."""
        return {**self.active, **({"sort": self.sort} if self.sort != "new" else {})}


SORTS = ("new", "supported")


def clean_filters(raw: dict[str, str]) -> tuple[StoryFilters, list[str]]:
    """Filters from the query string; unknown values are dropped with a message."""
    notes = []
    known = {
        "posture": _values(choices.POSTURES),
        "treatment": _values(choices.TREATMENTS),
        "diagnosis": _values(choices.DIAGNOSIS_BANDS),
        "sort": set(SORTS),
    }
    cleaned: dict[str, str] = {}
    for key in ("posture", "treatment", "diagnosis", "sort", "tag"):
        value = (raw.get(key) or "").strip()
        if not value:
            continue
        if key == "tag":
            if len(value) <= 60:
                cleaned[key] = value
            continue
        if value in known[key]:
            cleaned[key] = value
        else:
            notes.append(f"We didn't recognise the {key} “{value[:40]}”, so that filter was left out.")
    return StoryFilters(**cleaned), notes


def _band(value: str) -> tuple[int, int | None]:
    for band_value, _label, low, high in choices.DIAGNOSIS_BANDS:
        if band_value == value:
            return low, high
    raise ValueError(value)


def list_stories(
    filters: StoryFilters, page: int, per_page: int, muted: list[int] = ()
) -> Page[tuple[Thread, int, int]]:
    """Visible stories matching every filter: featured first, then newest or most supported."""
    root = select(Post).where(Post.depth == 0).subquery()
    where = [Thread.kind == "story", Thread.status == "visible", without_muted(list(muted))]
    if filters.posture:
        where.append(Thread.id.in_(select(StoryPosture.thread_id).where(StoryPosture.posture == filters.posture)))
    if filters.treatment:
        where.append(
            Thread.id.in_(select(StoryTreatment.thread_id).where(StoryTreatment.treatment == filters.treatment))
        )
    if filters.tag:
        where.append(Thread.tags.any(Tag.slug == filters.tag))
    if filters.diagnosis:
        low, high = _band(filters.diagnosis)
        years = StoryDetails.years_to_diagnosis
        where.append(and_(years >= low, years <= high) if high is not None else years >= low)

    total = (
        db.session.scalar(select(func.count(Thread.id)).select_from(Thread).outerjoin(Thread.details).where(*where))
        or 0
    )
    check_page_number(page, total, per_page)
    featured_first = Thread.featured_at.is_(None)
    order = [featured_first, Thread.featured_at.desc()]
    if filters.sort == "supported":
        order.append(root.c.support_count.desc())
    order += [Thread.created_at.desc(), Thread.id.desc()]
    rows = db.session.execute(
        _story_query()
        .add_columns(root.c.support_count, root.c.me_too_count)
        .join(root, root.c.thread_id == Thread.id)
        .where(*where)
        .order_by(*order)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return Page([(thread, support, me_too) for thread, support, me_too in rows], page, per_page, total)
