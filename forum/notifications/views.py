"""The notifications page, marking read, preferences, and watching threads."""

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from forum.discussions.services import get_thread
from forum.formfields import CsrfOnlyForm
from forum.notifications import services
from forum.web import page_arg

bp = Blueprint("notifications", __name__)
PER_PAGE = 30


@bp.get("/notifications")
@login_required
def index():
    page = services.notifications_page(current_user, page_arg(), PER_PAGE)
    return render_template("notifications/index.html", page=page)


@bp.get("/notifications/<int:notification_id>")
@login_required
def open_(notification_id: int):
    """Follow a notification: it is marked read and you land on what it is about."""
    notification = services.open_notification(current_user, notification_id)
    if notification.post_id:
        return redirect(url_for("discussions.post", post_id=notification.post_id))
    if notification.thread_id:
        return redirect(url_for("discussions.thread", thread_id=notification.thread_id))
    return redirect(url_for("notifications.index"))


@bp.post("/notifications/read-all")
@login_required
def read_all():
    if not CsrfOnlyForm().validate_on_submit():
        abort(400)
    services.mark_all_read(current_user)
    flash("All caught up.", "success")
    return redirect(url_for("notifications.index"))


@bp.post("/notifications/<int:notification_id>/read")
@login_required
def read_one(notification_id: int):
    if not CsrfOnlyForm().validate_on_submit():
        abort(400)
    services.open_notification(current_user, notification_id)
    return redirect(url_for("notifications.index"))


@bp.post("/t/<int:thread_id>/watch")
@login_required
def toggle_watch(thread_id: int):
    thread = get_thread(thread_id, current_user)
    if not CsrfOnlyForm().validate_on_submit():
        abort(400)
    watching = services.toggle_watch(current_user, thread)
    flash("You'll be told about new replies." if watching else "You'll no longer be told about new replies.", "info")
    return redirect(url_for("discussions.thread", thread_id=thread.id, slug=thread.url_slug))
