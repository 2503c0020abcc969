"""The front page, the guidelines and the health check."""

from flask import Blueprint, current_app, jsonify, render_template, url_for
from flask_login import current_user

from forum.cache.pages import depends_on
from forum.core import services
from forum.web import atom_response

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
