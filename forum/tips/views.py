"""Coping tips: the ranked list and sharing a tip."""

from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from forum import permissions, ratelimits
from forum.cache.pages import depends_on
from forum.core.services import latest_for_feed
from forum.discussions.services import root_post
from forum.drafts import editing, places
from forum.errors import ServiceError
from forum.tags.services import muted_tag_ids, tag_groups
from forum.tips import services
from forum.tips.forms import TipForm
from forum.web import announce_new_post, atom_response, held_for_privacy_check, page_arg, show_service_error

bp = Blueprint("tips", __name__)
TIPS_PER_PAGE = 20


@bp.get("/tips")
def index():
    depends_on("lists")
    sort = request.args.get("sort", "helpful")
    sort = sort if sort in services.TIP_SORTS else "helpful"
    tag = (request.args.get("tag") or "").strip()[:60]
    page = services.list_tips(sort, tag, page_arg(), TIPS_PER_PAGE, muted_tag_ids(current_user))
    return render_template("tips/index.html", page=page, sort=sort, tag=tag)


@bp.route("/tips/new", methods=["GET", "POST"])
@login_required
@ratelimits.per_member("POST")
def new():
    permissions.require(current_user, "thread.create")
    form = TipForm()
    draft = editing.attach(form, places.new_tip())
    if (
        not draft.save_requested
        and form.validate_on_submit()
        and not held_for_privacy_check(form, form.title.data, form.body.data)
    ):
        try:
            tip = services.create_tip(current_user, form.title.data, form.body.data, form.tags.data or "")
        except ServiceError as error:
            show_service_error(form, error)
        else:
            editing.sent(draft)
            announce_new_post(root_post(tip).id, tip.status)
            return redirect(url_for("discussions.thread", thread_id=tip.id, slug=tip.url_slug))
    status = 400 if form.errors or form.form_errors else draft.status
    return render_template("tips/new.html", form=form, groups=tag_groups(), draft=draft), status


@bp.get("/tips/feed.atom")
def feed():
    depends_on("lists")
    return atom_response(
        title="Coping tips · Stillpoint", feed_url=url_for("tips.feed", _external=True),
        page_url=url_for("tips.index", _external=True), threads=latest_for_feed("tip"),
    )  # fmt: skip
