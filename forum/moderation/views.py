"""The moderators' tools: queue, reports, post and thread actions, members, watched words, log.
Every route asks forum/permissions.py; every change is a POST with CSRF."""

from datetime import datetime, time

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from forum import permissions, ratelimits
from forum.discussions.services import get_thread, get_visible_post
from forum.errors import ServiceError
from forum.moderation import services
from forum.moderation.forms import MoveForm, ReasonForm, ReportForm, RoleForm, SuspendForm, WatchedWordForm
from forum.web import is_safe_next, page_arg, show_service_error

bp = Blueprint("moderation", __name__)
PER_PAGE = 50


def _require_moderator() -> None:
    permissions.require(current_user, "mod.access")


def _back(default: str) -> str:
    target = request.form.get("next", "")
    return target if is_safe_next(target) else default


def _done(result_message: str, default: str):
    flash(result_message, "success")
    return redirect(_back(default))


def _refused(error: ServiceError, default: str):
    """A refused action changes nothing; say why, with a way back."""
    page = render_template(
        "errors/error.html", code=400, title="That wasn't done", text=error.message, back=_back(default)
    )
    return page, 400


@bp.get("/mod")
@login_required
def queue():
    _require_moderator()
    items = services.queue()
    return render_template("moderation/queue.html", items=items, reporters=services.reporter_names(items),
                           reason_form=ReasonForm(formdata=None))  # fmt: skip


@bp.get("/mod/reports")
@login_required
def reports():
    _require_moderator()
    return render_template("moderation/reports.html", page=services.open_reports_page(page_arg(), PER_PAGE))


@bp.get("/mod/log")
@login_required
def log():
    _require_moderator()
    filters = services.LogFilters(
        moderator=request.args.get("moderator", "")[:30],
        action=request.args.get("action", "")[:40],
        member=request.args.get("member", "")[:30],
    )
    page = services.log_entries(filters, page_arg(), PER_PAGE)
    return render_template("moderation/log.html", page=page, filters=filters, actions=services.log_action_names())


# --- posts ------------------------------------------------------------------------------

POST_ACTIONS = {
    "approve": (lambda actor, post, reason: services.approve_post(actor, post), "The post is published."),
    "hide": (services.hide_post, "The post is hidden."),
    "restore": (services.restore_post, "The post is back."),
    "delete": (services.delete_post, "The post is deleted."),
    "dismiss": (services.dismiss_reports, "The reports were dismissed."),
    "resolve": (services.resolve_reports, "The reports were resolved."),
}


@bp.post("/mod/posts/<int:post_id>/<action>")
@login_required
def post_action(post_id: int, action: str):
    _require_moderator()
    if action not in POST_ACTIONS:
        abort(404)
    post = services.get_post_for_moderation(post_id)
    form = ReasonForm()
    if not form.validate_on_submit():
        abort(400)
    handler, message = POST_ACTIONS[action]
    try:
        handler(current_user, post, form.reason.data or "")
    except ServiceError as error:
        return _refused(error, url_for("moderation.queue"))
    return _done(message, url_for("moderation.queue"))


@bp.get("/mod/posts/<int:post_id>/revisions")
@login_required
def revisions(post_id: int):
    _require_moderator()
    post = services.get_post_for_moderation(post_id)
    return render_template("moderation/revisions.html", post=post, versions=services.revisions(post))


# --- threads ----------------------------------------------------------------------------


@bp.post("/mod/threads/<int:thread_id>/move")
@login_required
def move_thread(thread_id: int):
    _require_moderator()
    thread = get_thread(thread_id, current_user)
    form = MoveForm()
    if not form.validate_on_submit():
        abort(400)
    back = url_for("discussions.thread", thread_id=thread.id, slug=thread.url_slug)
    try:
        target = services.move_thread(current_user, thread, form.category.data or "", form.reason.data or "")
    except ServiceError as error:
        return _refused(error, back)
    return _done(f"Moved to {target.name}.", back)


THREAD_DONE = {
    "lock": "is locked: members can no longer reply.",
    "unlock": "is open for replies again.",
    "pin": "is pinned to the top of its list.",
    "unpin": "is no longer pinned.",
    "feature": "is featured.",
    "unfeature": "is no longer featured.",
}


@bp.post("/mod/threads/<int:thread_id>/<action>")
@login_required
def thread_action(thread_id: int, action: str):
    _require_moderator()
    if action not in (*services.THREAD_ACTIONS, "feature", "unfeature"):
        abort(404)
    thread = get_thread(thread_id, current_user)
    form = ReasonForm()
    if not form.validate_on_submit():
        abort(400)
    back = url_for("discussions.thread", thread_id=thread.id, slug=thread.url_slug)
    try:
        services.thread_action(current_user, thread, action, form.reason.data or "")
    except ServiceError as error:
        return _refused(error, back)
    noun = {"story": "story", "tip": "tip"}.get(thread.kind, "discussion")
    return _done(f"The {noun} {THREAD_DONE[action]}", back)


# --- members ----------------------------------------------------------------------------


@bp.get("/mod/members/<username>")
@login_required
def member(username: str):
    _require_moderator()
    return _member_page(services.get_member(username), SuspendForm(formdata=None))


def _member_page(person, suspend_form, status: int = 200):
    record = services.member_record(person)
    page = render_template("moderation/member.html", member=person, record=record, suspend_form=suspend_form,
                           reason_form=ReasonForm(formdata=None))  # fmt: skip
    return page, status


@bp.post("/mod/members/<username>/suspend")
@login_required
def suspend(username: str):
    _require_moderator()
    person = services.get_member(username)
    permissions.require(current_user, "user.suspend", person)
    form = SuspendForm()
    if form.validate_on_submit():
        try:
            services.suspend(current_user, person, datetime.combine(form.until.data, time(23, 59)), form.reason.data)
        except ServiceError as error:
            show_service_error(form, error)
        else:
            return _done(f"{person.username} is suspended.", url_for("moderation.member", username=person.username))
    return _member_page(person, form, 400)


@bp.post("/mod/members/<username>/unsuspend")
@login_required
def unsuspend(username: str):
    _require_moderator()
    person = services.get_member(username)
    form = ReasonForm()
    if not form.validate_on_submit():
        abort(400)
    back = url_for("moderation.member", username=person.username)
    try:
        services.lift_suspension(current_user, person, form.reason.data or "")
    except ServiceError as error:
        return _refused(error, back)
    return _done("The suspension is lifted.", back)


@bp.post("/mod/members/<username>/role")
@login_required
def set_role(username: str):
    _require_moderator()
    person = services.get_member(username)
    permissions.require(current_user, "user.set_role", person)
    form = RoleForm()
    back = url_for("moderation.member", username=person.username)
    if not form.validate_on_submit():
        abort(400)
    try:
        services.set_role(current_user, person, form.role.data or "")
    except ServiceError as error:
        return _refused(error, back)
    return _done(f"{person.username} is now {person.role}.", back)


# --- watched words ----------------------------------------------------------------------


@bp.route("/mod/words", methods=["GET", "POST"])
@login_required
def words():
    _require_moderator()
    form = WatchedWordForm()
    if form.validate_on_submit():
        try:
            services.add_watched_word(current_user, form.phrase.data, form.action.data)
        except ServiceError as error:
            show_service_error(form, error)
        else:
            return _done("The phrase is watched.", url_for("moderation.words"))
    status = 400 if form.errors else 200
    return render_template("moderation/words.html", form=form, words=services.watched_words(),
                           reason_form=ReasonForm(formdata=None)), status  # fmt: skip


@bp.post("/mod/words/<int:word_id>/delete")
@login_required
def delete_word(word_id: int):
    _require_moderator()
    if not ReasonForm().validate_on_submit():
        abort(400)
    services.remove_watched_word(current_user, word_id)
    return _done("The phrase is no longer watched.", url_for("moderation.words"))


# --- reporting (members) ----------------------------------------------------------------


@bp.route("/p/<int:post_id>/report", methods=["GET", "POST"])
@login_required
@ratelimits.per_member("REPORT")
def report(post_id: int):
    """Report a post; the page also tells a reporter what became of their earlier reports."""
    post = get_visible_post(post_id, current_user)
    mine = services.reports_by(current_user, post)
    may_report = permissions.can(current_user, "post.report", post)
    if request.method == "POST" or not mine:
        permissions.require(current_user, "post.report", post)
    form = ReportForm()
    if form.validate_on_submit():
        try:
            services.report_post(current_user, post, form.reason.data, form.note.data or "")
        except ServiceError as error:
            show_service_error(form, error)
        else:
            flash("Thank you. The moderators will look at this post; you'll see the outcome on this page.", "success")
            return redirect(url_for("moderation.report", post_id=post_id))
    status = 400 if form.errors or form.form_errors else 200
    return render_template("moderation/report.html", post=post, form=form, mine=mine, may_report=may_report), status
