"""Autosave (JSON, for the page's script), discarding a draft, and keeping words after signing in."""

from flask import Blueprint, abort, flash, jsonify, redirect, request
from flask_limiter.util import get_remote_address
from flask_login import current_user, login_required

from forum.drafts import places, recovery, services
from forum.errors import ServiceError
from forum.extensions import limiter
from forum.web import is_safe_next

bp = Blueprint("drafts", __name__, url_prefix="/drafts")


def _member_key() -> str:
    member_id = getattr(current_user, "id", None)
    return f"member:{member_id}" if member_id else get_remote_address()


def _iso(value) -> str:
    return value.isoformat() + "Z"


def _described(draft) -> dict:
    return {"revision": draft.revision, "saved_at": _iso(draft.updated_at), "fields": services.fields_of(draft)}


def _revision(raw) -> int | None:
    if isinstance(raw, bool) or not isinstance(raw, int | str):
        return None
    text = str(raw)
    return int(text) if text.isascii() and text.isdigit() and len(text) < 19 else None


@bp.post("/<place>")
@login_required
@limiter.limit("120 per minute", key_func=_member_key)
def autosave(place: str):
    """JSON in: {"revision": <the one the page started from>, "fields": {"name": ["value"]}}.
    200 when saved; 409 with the stored draft when it is newer or the save was empty."""
    payload = request.get_json(silent=True)
    fields = payload.get("fields") if isinstance(payload, dict) else None
    revision = _revision(payload.get("revision", 0)) if isinstance(payload, dict) else None
    if not isinstance(fields, dict) or revision is None:
        return jsonify(saved=False, reason="invalid", message="That wasn't a draft we could read."), 400
    try:
        result = services.save(current_user, place, fields, revision)
    except ServiceError as error:
        return jsonify(saved=False, reason="invalid", message=error.message), 400
    body: dict = {"saved": result.saved, "reason": result.outcome}
    if result.draft is None:
        return jsonify(body | {"revision": revision})
    body |= {"revision": result.draft.revision, "saved_at": _iso(result.draft.updated_at)}
    if result.saved:
        return jsonify(body)
    return jsonify(body | {"draft": _described(result.draft)}), 409


@bp.post("/<place>/discard")
@login_required
def discard(place: str):
    try:
        where = places.parse(place)
    except places.UnknownPlace:
        abort(404)
    revision = _revision(request.form.get("draft_revision", ""))
    if services.discard(current_user, place, revision or None):
        flash("Your draft was discarded.", "info")
    elif services.load(current_user, place) is not None:
        flash("That draft was changed in another window since, so it was kept: it is in the form below.", "info")
    back = request.form.get("next")
    return redirect(back if is_safe_next(back) else recovery.form_url(where, {}))


@bp.post("/keep")
@login_required
def keep():
    """The signed-in version of the page of kept words: make them the draft and go to the form."""
    kept = recovery.carried_words()
    if kept is None:
        abort(400)
    return recovery.keep(kept)
