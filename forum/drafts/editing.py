"""Drafts in the writing forms: a form opens filled from the member's draft, and its "Save draft"
button (no JavaScript needed) keeps the words without posting them.

A writing view calls `attach(form, place)` once its form is built, hands the returned state to
its template (templates/drafts/_macros.html draws the controls), and calls `sent(state)` once
the post has been accepted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from flask import g, request
from flask_login import current_user
from werkzeug.datastructures import MultiDict

from forum.drafts import services
from forum.errors import ServiceError

SAVE_BUTTON = "save_draft"
REVISION_FIELD = "draft_revision"


@dataclass
class DraftState:
    place: str
    owner: int
    revision: int = 0  # the stored draft this page started from (0: none)
    saved_at: datetime | None = None
    restored: bool = False  # the form was filled from the stored draft
    posted: bool = False  # the form shows what the browser has just sent
    save_requested: bool = False  # "Save draft" was pressed
    outcome: str = ""  # what the save did: saved | unchanged | newer | empty | error
    message: str = ""
    newer: dict[str, list[str]] = field(default_factory=dict)  # the newer draft, when a save was refused
    newer_at: datetime | None = None
    status: int = 200


def _revision_arg() -> int:
    raw = request.form.get(REVISION_FIELD, "")
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 19 else 0


def sent_fields() -> dict[str, list[str]]:
    return request.form.to_dict(flat=False)


def attach(form, place: str) -> DraftState:
    """On GET, fill `form` from the member's draft for `place`; on POST, note the revision the
    page started from and, when "Save draft" was pressed, save the form's words."""
    state = DraftState(place=place, owner=current_user.id)
    if request.method != "POST":
        return restore(form, place)
    state.posted = True
    state.revision = _revision_arg()
    # Without a checked token (the form shown again after a failed CSRF check) nothing is saved:
    # the view then refuses the form like any other send with a bad token, words kept.
    if SAVE_BUTTON in request.form and g.get("csrf_valid"):
        state.save_requested = True
        _save(state)
    return state


_LOOK_IT_UP = object()


def restore(form, place: str, draft=_LOOK_IT_UP) -> DraftState:
    """Fill an unsent form from the member's draft, if there is one. `draft` is the member's
    draft row for the place when the caller already loaded it (None: there is none)."""
    state = DraftState(place=place, owner=current_user.id)
    draft = services.load(current_user, place) if draft is _LOOK_IT_UP else services.with_words(place, draft)
    if draft is not None:
        fields = services.fields_of(draft)
        form.process(formdata=MultiDict([(name, value) for name, values in fields.items() for value in values]))
        state.restored, state.revision, state.saved_at = True, draft.revision, draft.updated_at
    return state


def _save(state: DraftState) -> None:
    try:
        result = services.save(current_user, state.place, sent_fields(), state.revision)
    except ServiceError as error:
        state.outcome, state.message, state.status = "error", error.message, 400
        return
    state.outcome = result.outcome
    draft = result.draft
    if result.saved and draft is not None:
        state.revision, state.saved_at = draft.revision, draft.updated_at
    elif result.outcome == services.NEWER and draft is not None:
        # Shown next to the member's own words; saving again (from this page) replaces it knowingly.
        state.newer, state.newer_at, state.revision = services.fields_of(draft), draft.updated_at, draft.revision
        state.status = 409
    elif draft is not None:  # an empty form doesn't replace the stored words
        state.revision, state.saved_at = draft.revision, draft.updated_at


def sent(state: DraftState) -> None:
    """The post was accepted: its draft is done (unless another window wrote a different one since)."""
    services.discard_sent(current_user, state.place, state.revision, sent_fields())
