"""The front page, the guidelines and the health check."""

from flask import Blueprint, current_app, jsonify, render_template, url_for
from flask_login import current_user

from forum.core import services
from forum.web import atom_response

bp = Blueprint("core", __name__)


@bp.get("/")
def index():
    return render_template("core/index.html", **services.front_page(current_user))


@bp.get("/guidelines")
def guidelines():
    return render_template("core/guidelines.html")


@bp.get("/privacy")
def privacy():
    return render_template("core/privacy.html")


@bp.get("/healthz")
def healthz():
    ok = services.database_ok()
    if not ok:
        current_app.logger.error("health check: the database did not answer")
    body = {"status": "ok" if ok else "unavailable", "database": "ok" if ok else "unavailable"}
    return jsonify(body), 200 if ok else 503


@bp.get("/feed.atom")
def feed():
    return atom_response(
        title="Latest discussions · Stillpoint", feed_url=url_for("core.feed", _external=True),
        page_url=url_for("core.index", _external=True), threads=services.latest_for_feed("discussion"),
    )  # fmt: skip
