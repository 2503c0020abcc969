"""The front page, the guidelines, the text-size choice and the health check."""

from flask import Blueprint, abort, current_app, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user

from forum import text_size as sizes
from forum.cache.pages import depends_on
from forum.core import services
from forum.formfields import CsrfOnlyForm
from forum.web import atom_response, is_safe_next

bp = Blueprint("core", __name__)


@bp.get("/")
def index():
    depends_on("lists", "resources")
    return render_template("core/index.html", **services.front_page(current_user))


@bp.get("/guidelines")
def guidelines():
    depends_on()
    return render_template("core/guidelines.html")


@bp.get("/privacy")
def privacy():
    depends_on()
    return render_template("core/privacy.html")


@bp.route("/text-size", methods=["GET", "POST"])
def text_size():
    """A visitor's choice is a link (GET) that only sets a cookie; a member's is a form (POST,
    CSRF-checked) that also keeps it on the account, for every device."""
    target = request.values.get("next")
    response = redirect(target if is_safe_next(target) else url_for("core.index"))
    size = request.values.get("size", "")
    if size not in sizes.TEXT_SIZES:
        flash("Choose normal, large or larger text.", "error")
        return response
    if request.method == "POST":
        if not current_user.is_authenticated:
            abort(403)
        if not CsrfOnlyForm().validate_on_submit():
            abort(400)
        sizes.remember_for_member(current_user, size)
    return sizes.remember_in_cookie(response, size)


@bp.get("/healthz")
def healthz():
    checks = {"database": services.database_ok()}
    redis_url = current_app.config["FORUM"]["REDIS_URL"]
    if redis_url:
        checks["redis"] = services.redis_ok(redis_url)
    ok = all(checks.values())
    if not ok:
        current_app.logger.error("health check failed: %s", ", ".join(k for k, v in checks.items() if not v))
    body = {"status": "ok" if ok else "unavailable", **{k: "ok" if v else "unavailable" for k, v in checks.items()}}
    return jsonify(body), 200 if ok else 503


@bp.get("/feed.atom")
def feed():
    depends_on("lists")
    return atom_response(
        title="Latest discussions · Stillpoint", feed_url=url_for("core.feed", _external=True),
        page_url=url_for("core.index", _external=True), threads=services.latest_for_feed("discussion"),
    )  # fmt: skip
