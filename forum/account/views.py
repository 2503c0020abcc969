"""Email verification, password reset, settings, export and leaving."""

import json

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user

from forum import ratelimits
from forum.account import services
from forum.account.forms import (
    DeleteAccountForm,
    EmailChangeForm,
    PasswordChangeForm,
    PreferencesForm,
    ResetForm,
    ResetRequestForm,
)
from forum.auth.services import end_all_sessions
from forum.auth.tokens import TokenError
from forum.errors import ServiceError
from forum.formfields import CsrfOnlyForm
from forum.models import NOTIFICATION_KINDS
from forum.web import is_safe_next, show_service_error

bp = Blueprint("account", __name__)
RESET_SENT = (
    "If that address belongs to an account, we've sent it a link to choose a new password. "
    "It may take a few minutes to arrive; check your spam folder too."
)


def _link(endpoint: str):
    return lambda token: url_for(endpoint, token=token, _external=True)


def send_verification_to(user) -> None:
    services.send_verification(user, _link("account.verify"))


def _follow_link(confirm, token: str, done: str):
    """An emailed link: do what it confirms, or explain why the link didn't work."""
    try:
        confirm(token)
    except TokenError as error:
        return render_template("errors/error.html", code=400, title="That link didn't work", text=error.message), 400
    flash(done, "success")
    return redirect(url_for("core.index"))


@bp.get("/verify/<token>")
def verify(token: str):
    return _follow_link(services.verify_email, token, "Thank you: your email address is confirmed.")


@bp.post("/verify/resend")
@login_required
@ratelimits.per_member("MAIL")
def resend_verification():
    if not CsrfOnlyForm().validate_on_submit():
        abort(400)
    if current_user.email_verified_at is None:
        send_verification_to(current_user)
    flash("We've sent you a new confirmation link.", "info")
    back = request.form.get("next")
    return redirect(back if is_safe_next(back) else url_for("account.settings"))


@bp.route("/reset", methods=["GET", "POST"])
@ratelimits.per_address("RESET")
@ratelimits.per_email("RESET_EMAIL")
def reset_request():
    form = ResetRequestForm()
    if form.validate_on_submit():
        services.request_reset(form.email.data, _link("account.reset"))
        flash(RESET_SENT, "info")  # the same answer whether or not the account exists
        return redirect(url_for("auth.login"))
    return render_template("account/reset_request.html", form=form), 400 if form.errors else 200


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset(token: str):
    try:
        services.check_reset_token(token)
    except TokenError as error:
        return render_template("account/reset_invalid.html", message=error.message), 400
    form = ResetForm()
    if form.validate_on_submit():
        services.reset_password(token, form.password.data)
        flash("Your password is changed. Please sign in with it.", "success")
        return redirect(url_for("auth.login"))
    return render_template("account/reset.html", form=form, token=token), 400 if form.errors else 200


def _settings_page(status: int = 200, **forms):
    defaults = {
        "preferences": PreferencesForm(
            formdata=None,
            data={
                "bio": current_user.bio_source,
                "default_anonymous": current_user.default_anonymous,
                "default_members_only": current_user.default_members_only,
            },
        ),
        "email_form": EmailChangeForm(formdata=None),
        "password_form": PasswordChangeForm(formdata=None),
        "delete_form": DeleteAccountForm(formdata=None),
    }
    defaults.update(forms)
    return render_template("account/settings.html", kinds=NOTIFICATION_KINDS, **defaults), status


@bp.route("/settings", methods=["GET", "POST"])
@login_required
def settings():
    if request.method == "GET":
        return _settings_page()
    form = PreferencesForm()
    if form.validate_on_submit():
        try:
            services.update_preferences(
                current_user,
                bio=form.bio.data or "",
                default_anonymous=bool(form.default_anonymous.data),
                default_members_only=bool(form.default_members_only.data),
                notification_kinds=request.form.getlist("kinds"),
            )
        except ServiceError as error:
            show_service_error(form, error)
        else:
            flash("Your settings are saved.", "success")
            return redirect(url_for("account.settings"))
    return _settings_page(400, preferences=form)


@bp.post("/settings/password")
@login_required
def change_password():
    form = PasswordChangeForm()
    if form.validate_on_submit():
        try:
            services.change_password(current_user, form.current_password.data, form.password.data)
        except ServiceError as error:
            show_service_error(form, error)
        else:
            session.clear()
            login_user(current_user)  # this session carries on with the new token; the others end
            flash("Your password is changed, and you were signed out everywhere else.", "success")
            return redirect(url_for("account.settings"))
    return _settings_page(400, password_form=form)


@bp.post("/settings/sign-out-everywhere")
@login_required
def sign_out_everywhere():
    """Ends every session and remember-me cookie of the member, this one included."""
    if not CsrfOnlyForm().validate_on_submit():
        abort(400)
    end_all_sessions(current_user)
    logout_user()
    session.clear()
    flash("You are signed out everywhere, on every device. Sign in again whenever you like.", "info")
    return redirect(url_for("auth.login"))


@bp.post("/settings/email")
@login_required
@ratelimits.per_member("MAIL")
def change_email():
    form = EmailChangeForm()
    if form.validate_on_submit():
        try:
            services.request_email_change(
                current_user, form.email.data, form.password.data, _link("account.confirm_email")
            )
        except ServiceError as error:
            show_service_error(form, error)
        else:
            flash("We've sent a confirmation link to the new address. Your email changes once you open it.", "info")
            return redirect(url_for("account.settings"))
    return _settings_page(400, email_form=form)


@bp.get("/settings/email/<token>")
def confirm_email(token: str):
    return _follow_link(services.confirm_email_change, token, "Your email address is changed.")


@bp.get("/settings/export")
@login_required
def export():
    data = services.export_data(current_user)
    body = json.dumps(data, indent=2, ensure_ascii=False)
    return Response(
        body,
        mimetype="application/json",
        headers={"Content-Disposition": 'attachment; filename="stillpoint-export.json"'},
    )


@bp.post("/settings/delete")
@login_required
def delete_account():
    form = DeleteAccountForm()
    if form.validate_on_submit():
        try:
            services.delete_account(current_user, form.password.data, keep_posts=form.keep_posts.data == "keep")
        except ServiceError as error:
            show_service_error(form, error)
        else:
            logout_user()
            session.clear()
            flash("Your account is deleted. Thank you for having been part of Stillpoint. Take care.", "info")
            return redirect(url_for("core.index"))
    return _settings_page(400, delete_form=form)
