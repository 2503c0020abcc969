"""Registering, signing in and signing out."""

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user
from werkzeug.exceptions import TooManyRequests

from forum import ratelimits
from forum.account.services import send_verification
from forum.auth import bot_traps, services
from forum.auth.forms import LoginForm, RegisterForm
from forum.drafts import recovery
from forum.errors import ServiceError
from forum.extensions import limiter
from forum.web import is_safe_next

bp = Blueprint("auth", __name__)
LOCKED_MESSAGE = (
    "There have been several unsuccessful attempts to sign in to this account, so it is resting for a little "
    "while to keep it safe. Please try again later, or reset your password by email to sign in straight away."
)


def _next_url() -> str:
    target = request.args.get("next") or request.form.get("next")
    return target if is_safe_next(target) else url_for("core.index")


def _sign_in(user, remember: bool) -> None:
    session.clear()  # a fresh session on every sign-in: nothing carries over from before
    login_user(user, remember=remember)


@bp.route("/register", methods=["GET", "POST"])
@ratelimits.per_address("REGISTER")
def register():
    if current_user.is_authenticated:
        return redirect(url_for("core.index"))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            bot_traps.check(
                form.website.data, form.form_stamp.data, current_app.config["FORUM"]["REGISTER_MIN_SECONDS"]
            )
            user = services.register_user(form.username.data, form.email.data, form.password.data)
        except ServiceError as error:
            if error.field is None:
                form.form_errors.append(error.message)
            else:
                getattr(form, error.field).errors.append(error.message)
        else:
            _sign_in(user, remember=False)
            send_verification(user, lambda token: url_for("account.verify", token=token, _external=True))
            flash(
                f"Welcome to Stillpoint, {user.username}. We're glad you're here. "
                "We've sent you an email to confirm your address.",
                "success",
            )
            return redirect(_next_url())
    return render_template(
        "auth/register.html", form=form, form_stamp=bot_traps.new_stamp(), next=request.args.get("next", "")
    ), 200 if not (form.errors or form.form_errors) else 400


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["FORUM"]["LOGIN_RATE_LIMIT"], methods=["POST"])
@ratelimits.per_account("LOGIN_ACCOUNT")
def login():
    kept = recovery.carried_words()  # words a member was sending when their session ended
    if current_user.is_authenticated:
        return recovery.keep(kept) if kept else redirect(_next_url())
    form = LoginForm()
    failed = False
    if form.validate_on_submit():
        try:
            user = services.authenticate(form.login.data, form.password.data)
        except services.SignInLocked as locked:
            raise TooManyRequests(LOCKED_MESSAGE, retry_after=locked.seconds) from None
        if user is not None:
            _sign_in(user, remember=form.remember.data)
            return recovery.keep(kept) if kept else redirect(_next_url())
        failed = True
    status = 400 if failed or form.errors else 200
    if kept:
        return recovery.words_page(kept, status, login_form=form, failed=failed)
    return render_template("auth/login.html", form=form, failed=failed, next=request.args.get("next", "")), status


@bp.post("/logout")
def logout():
    logout_user()
    session.clear()
    flash("You have signed out. Take care.", "info")
    return redirect(url_for("core.index"))
