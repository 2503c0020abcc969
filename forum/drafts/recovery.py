"""Words that meet an ended session or an expired CSRF token come back; they are never lost.

- Signed in, token expired: the same form again, every word in it, a fresh token and a note.
- Signed out (the session ended, or the cookie was dropped, which also fails the CSRF check):
  a page with all the words and a sign-in form. The words travel through the sign-in POST as
  fields of that form; once signed in they become the member's draft for the place and the
  member goes back to the form, where the draft fills it. The way back is made from the place,
  never from anything the browser names, so it can't lead off the site.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC

from flask import current_app, flash, g, jsonify, redirect, render_template, request, session, url_for
from flask_login import current_user
from flask_login.utils import login_url
from flask_wtf.csrf import generate_csrf

from forum.auth.forms import LoginForm
from forum.drafts import places, services
from forum.errors import ServiceError
from forum.extensions import login_manager
from forum.stories import choices

PREFIX = "kept-"

TOKEN_EXPIRED = (
    "Your page was open a long time, so we couldn't check it came from you. "
    "Your text is below: check it and send it again."
)
SIGNED_OUT_JSON = "You have been signed out, so this couldn't be saved on the server. It is kept in this browser."
KEPT = "You're signed in, and your words are back in the form below. Check them and send them when you're ready."

# The form views whose words are kept, and the place each writes to.
ENDPOINT_PLACES = {
    "discussions.reply": lambda args: places.reply(args["thread_id"]),
    "discussions.new_thread": lambda args: places.new_thread(args["slug"]),
    "discussions.edit_post": lambda args: places.edit_post(args["post_id"]),
    "stories.new": lambda args: places.new_story(),
    "stories.edit": lambda args: places.edit_story(args["thread_id"]),
    "tips.new": lambda args: places.new_tip(),
}

LABELS = {
    "title": "Title",
    "body": "Your text",
    "tags": "Tags",
    "reason": "Reason for the edit",
    "onset_year": "Year your symptoms began",
    "years_to_diagnosis": "Years from first symptoms to diagnosis",
    "parent_id": "In reply to post",
    "is_anonymous": "Post anonymously",
    "members_only": "Members only",
    "insights_consent": "Count my answers in community insights",
    "postures": "How your neck pulls",
    "misdiagnoses": "What it was first taken for",
    "diagnosed_by": "Who made the diagnosis",
    **{f"treatment_{value}": label for value, label in choices.TREATMENTS},
}
WHAT = {
    "reply": "your reply",
    "thread": "your new discussion",
    "story": "your story",
    "story-edit": "the changes to your story",
    "tip": "your tip",
    "post-edit": "the changes to your post",
}
_CHOICE_LABELS = dict(
    [*choices.POSTURES, *choices.MISDIAGNOSES, *choices.DIAGNOSED_BY, *choices.RESPONSES, ("y", "yes")]
)


@dataclass
class KeptWords:
    place: places.Place
    fields: dict[str, list[str]]
    at: int  # when the member sent them (ms since the epoch)
    revision: int = 0  # set when the member chose to replace a newer draft of this revision


def _now_ms() -> int:
    return int(time.time() * 1000)


def _number(raw: str | None) -> int:
    raw = raw or ""
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 19 else 0


def place_of_request() -> str | None:
    """The draft place of the form this request was sent from, if it is one of ours."""
    make = ENDPOINT_PLACES.get(request.endpoint or "")
    return make(request.view_args or {}) if make else None


def words_from_request(key: str) -> KeptWords:
    place = places.parse(key)
    return KeptWords(place, place.clean(request.form.to_dict(flat=False), limit=False), _now_ms())


def carried_words() -> KeptWords | None:
    """Words carried by the sign-in page's form (kept_place and kept-<field> fields)."""
    if request.method != "POST" or "kept_place" not in request.form:
        return None
    try:
        place = places.parse(request.form["kept_place"])
    except places.UnknownPlace:
        return None
    fields = {name[len(PREFIX) :]: request.form.getlist(name) for name in request.form if name.startswith(PREFIX)}
    return KeptWords(
        place,
        place.clean(fields, limit=False),
        _number(request.form.get("kept_at")) or _now_ms(),
        _number(request.form.get("kept_revision")),
    )


def form_url(place: places.Place, fields: dict[str, list[str]]) -> str:
    """Where the form for a place is."""
    kind, ref = place.kind.name, place.ref
    if kind == "reply":
        parent = (fields.get("parent_id") or [""])[0].strip()
        return url_for("discussions.reply", thread_id=int(ref), parent_id=int(parent) if parent.isdigit() else None)
    if kind == "thread":
        return url_for("discussions.new_thread", slug=ref)
    if kind == "story":
        return url_for("stories.new")
    if kind == "story-edit":
        return url_for("stories.edit", thread_id=int(ref))
    if kind == "tip":
        return url_for("tips.new")
    return url_for("discussions.edit_post", post_id=int(ref))


def _shown(kept: KeptWords) -> tuple[list[dict], list[dict]]:
    """The words as editable fields, and everything else as a readable list (sent as hidden fields)."""
    words, others = [], []
    for name in kept.place.kind.fields:
        values = kept.fields.get(name, [])
        if name in kept.place.kind.words:
            text = ", ".join(v.strip() for v in values if v.strip()) if len(values) > 1 else (values or [""])[0]
            if text or name == "body":
                words.append({"name": name, "label": LABELS.get(name, name), "value": text, "long": name == "body"})
        elif any(v.strip() for v in values):
            shown = ", ".join(_CHOICE_LABELS.get(v, v) for v in values if v.strip())
            others.append({"name": name, "label": LABELS.get(name, name), "values": values, "shown": shown})
    return words, others


def words_page(kept: KeptWords, status: int, *, login_form=None, failed=False, message="", newer=None):
    """All the member's words, with a sign-in form (or, when signed in, a button to keep them)."""
    signed_in = current_user.is_authenticated
    g.pop("csrf_token", None)  # signing in cleared the session: a token made earlier in this request is void
    if not signed_in and login_form is None:
        login_form = LoginForm(formdata=None)
    words, others = _shown(kept)
    html = render_template(
        "drafts/keep.html",
        kept=kept, what=WHAT[kept.place.kind.name], words=words, others=others, signed_in=signed_in,
        form=login_form, failed=failed, message=message, newer=newer,
        newer_fields=services.fields_of(newer) if newer is not None else {}, back_url=form_url(kept.place, kept.fields),
    )  # fmt: skip
    return current_app.make_response((html, status))


def _carried_on_from(words: dict[str, list[str]], draft: dict[str, list[str]]) -> bool:
    """True when the words begin with everything the draft holds: an autosave still on its way
    when the words were sent is an earlier copy of them, not a newer text to ask about."""
    for name, saved in draft.items():
        sent = words.get(name, [])
        if len(saved) == 1 and len(sent) == 1:
            if not sent[0].startswith(saved[0]):
                return False
        elif saved != sent:  # choices (checkboxes, selects) must match exactly
            return False
    return True


def keep(kept: KeptWords):
    """Signed in now: the words become the member's draft for their place, and the member goes
    back to the form. A draft saved since the words were sent (another window) is not replaced
    without asking."""
    key = kept.place.key
    existing = services.load(current_user, key)
    if existing is not None and existing.revision != kept.revision:
        newer_than_words = existing.updated_at.replace(tzinfo=UTC).timestamp() * 1000 > kept.at
        if newer_than_words and not _carried_on_from(kept.fields, services.fields_of(existing)):
            kept.revision = existing.revision
            return words_page(kept, 409, newer=existing)
    try:
        result = services.save(current_user, key, kept.fields, existing.revision if existing else 0)
    except ServiceError as error:
        return words_page(kept, 400, message=error.message)
    if result.outcome == services.NEWER and result.draft is not None:
        kept.revision = result.draft.revision
        return words_page(kept, 409, newer=result.draft)
    flash(KEPT, "success")
    return redirect(form_url(kept.place, kept.fields))


def csrf_failed(error):
    """The CSRF check failed. A response when the words are ours to bring back, else None (the
    caller shows its page of kept fields)."""
    if request.endpoint == "drafts.autosave":
        return _json_refusal("expired", error.description, 400)
    kept = carried_words()
    if kept is not None:  # the sign-in page with words, sent again after its own token lapsed
        return words_page(kept, 400 if current_user.is_authenticated else 401, message=TOKEN_EXPIRED)
    if request.endpoint == "drafts.discard":
        flash("That page was open a long time, so nothing was discarded. Please try again.", "info")
        return redirect(url_for("core.index"))
    key = place_of_request()
    if key is None:
        return None
    if not current_user.is_authenticated:
        return words_page(words_from_request(key), 401)
    return _form_again()


def _form_again():
    """The form as its own view shows it after a failed post: the view validates the token
    again, so nothing is written, and it keeps every word with a fresh token."""
    flash(TOKEN_EXPIRED, "info")
    view = current_app.view_functions[request.endpoint]
    try:
        return current_app.make_response(view(**(request.view_args or {})))
    except Exception:  # the form can't be shown (gone, or no longer allowed): the kept-fields page
        current_app.logger.warning("form not shown again after a failed CSRF check", exc_info=True)
        session.pop("_flashes", None)
        return None


def unauthorized():
    """Flask-Login's handler: a signed-out browser sending one of the writing forms gets its
    words back with a sign-in form; everything else goes to the sign-in page as before."""
    if request.endpoint == "drafts.autosave":
        return _json_refusal("signed_out", SIGNED_OUT_JSON, 401)
    kept = carried_words()
    if kept is not None:
        return words_page(kept, 401)
    key = place_of_request()
    if request.method == "POST" and key is not None:
        kept = words_from_request(key)
        if not kept.place.is_empty(kept.fields):
            return words_page(kept, 401)
    flash(login_manager.login_message, login_manager.login_message_category)
    return redirect(login_url(login_manager.login_view, request.url))


def _json_refusal(reason: str, message: str, status: int):
    body = {"saved": False, "reason": reason, "message": message}
    if current_user.is_authenticated:
        body["csrf_token"] = generate_csrf()  # a page open for hours can carry on saving
    return jsonify(body), status
