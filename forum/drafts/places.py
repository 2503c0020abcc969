"""The places a draft belongs to (a form a member writes in), and which of its fields a draft keeps.

A place is a short key: "reply:thread:42", "thread:new:<category slug>", "story:new",
"story:edit:<thread id>", "tip:new", "post:edit:<post id>". The key names the form, not who
may use it: a draft is only ever read back by its own member, and the form checks the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from forum.models.drafts import PLACE_MAX_LENGTH
from forum.stories import choices
from forum.stories.services import STORY_TEMPLATE

MAX_CHARACTERS = 200_000  # all of a draft's values together
MAX_VALUES = 60  # values of one field (ticked boxes)

_THREAD_FIELDS = ("title", "body", "tags")
_STORY_FIELDS = (
    *_THREAD_FIELDS,
    "is_anonymous",
    "members_only",
    "onset_year",
    "years_to_diagnosis",
    "postures",
    "misdiagnoses",
    "diagnosed_by",
    "insights_consent",
    *(f"treatment_{value}" for value, _ in choices.TREATMENTS),
)


@dataclass(frozen=True)
class Kind:
    name: str
    fields: tuple[str, ...]  # what a draft of this form keeps
    words: tuple[str, ...]  # the ones a member types: a draft with all of them blank is empty
    template: str = ""  # a prefilled body that counts as blank


KINDS = {
    "reply": Kind("reply", ("body", "parent_id"), ("body",)),
    "thread": Kind("thread", (*_THREAD_FIELDS, "members_only"), _THREAD_FIELDS),
    "story": Kind("story", _STORY_FIELDS, (*_THREAD_FIELDS, "onset_year", "years_to_diagnosis"), STORY_TEMPLATE),
    "story-edit": Kind("story-edit", (*_STORY_FIELDS, "reason"), (*_THREAD_FIELDS, "reason")),
    "tip": Kind("tip", _THREAD_FIELDS, _THREAD_FIELDS),
    "post-edit": Kind("post-edit", ("title", "body", "reason"), ("title", "body", "reason")),
}

_PATTERNS = [
    (re.compile(r"reply:thread:([1-9][0-9]{0,17})"), "reply"),
    (re.compile(r"thread:new:([A-Za-z0-9_-]{1,60})"), "thread"),
    (re.compile(r"story:new"), "story"),
    (re.compile(r"story:edit:([1-9][0-9]{0,17})"), "story-edit"),
    (re.compile(r"tip:new"), "tip"),
    (re.compile(r"post:edit:([1-9][0-9]{0,17})"), "post-edit"),
]


class UnknownPlace(ValueError):
    """Not a place a draft can belong to."""


@dataclass(frozen=True)
class Place:
    key: str
    kind: Kind
    ref: str  # the thread id, post id or category slug in the key ("" for story:new, tip:new)

    def clean(self, fields: dict, limit: bool = True) -> dict[str, list[str]]:
        """Only this form's fields, each a list of strings; anything else is dropped.
        Raises ValueError when the draft is too large to keep (unless `limit` is off)."""
        cleaned: dict[str, list[str]] = {}
        for name in self.kind.fields:
            raw = fields.get(name)
            values = raw if isinstance(raw, list) else ([] if raw is None else [raw])
            values = [v.replace("\r\n", "\n") for v in values if isinstance(v, str)][:MAX_VALUES]
            if values:
                cleaned[name] = values
        if limit and sum(len(v) for values in cleaned.values() for v in values) > MAX_CHARACTERS:
            raise ValueError(f"That is too long to keep as a draft (more than {MAX_CHARACTERS:,} characters).")
        return cleaned

    def is_empty(self, fields: dict[str, list[str]]) -> bool:
        """True when the member has typed nothing: every typed field blank, a template untouched."""
        template = self.kind.template.strip()
        for name in self.kind.words:
            for value in fields.get(name, []):
                text = value.replace("\r\n", "\n").strip()
                if text and not (name == "body" and template and text == template):
                    return False
        return True


def parse(key: str) -> Place:
    """The place a key names; UnknownPlace for anything else."""
    if len(key) <= PLACE_MAX_LENGTH:
        for pattern, kind in _PATTERNS:
            match = pattern.fullmatch(key)
            if match:
                return Place(key, KINDS[kind], match.group(1) if match.groups() else "")
    raise UnknownPlace(key)


def reply(thread_id: int) -> str:
    return f"reply:thread:{thread_id}"


def new_thread(category_slug: str) -> str:
    return f"thread:new:{category_slug}"


def new_story() -> str:
    return "story:new"


def edit_story(thread_id: int) -> str:
    return f"story:edit:{thread_id}"


def new_tip() -> str:
    return "tip:new"


def edit_post(post_id: int) -> str:
    return f"post:edit:{post_id}"
