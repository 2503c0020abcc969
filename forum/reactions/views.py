"""Reacting to a post: support, me-too, helpful (toggles)."""

from flask import Blueprint, abort, flash, redirect, request, url_for
from flask_login import current_user, login_required

from forum import ratelimits
from forum.discussions.services import get_visible_post
from forum.models import REACTION_KINDS
from forum.reactions.services import toggle_reaction

bp = Blueprint("reactions", __name__)

THANKS = {"support": "You sent your support.", "me_too": "You said “me too”.", "helpful": "Marked as helpful."}


@bp.post("/p/<int:post_id>/react")
@login_required
@ratelimits.per_member("REACTION")
def react(post_id: int):
    kind = request.form.get("kind", "")
    if kind not in REACTION_KINDS:
        abort(400, description="That isn't a reaction we know.")
    post = get_visible_post(post_id, current_user)
    if toggle_reaction(current_user, post, kind):
        flash(THANKS[kind], "success")
    else:
        flash("Your reaction was taken back.", "info")
    return redirect(url_for("discussions.post", post_id=post_id))
