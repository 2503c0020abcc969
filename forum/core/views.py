"""The front page, the guidelines and the health check."""

from flask import Blueprint, current_app, jsonify, render_template

from forum.core import services

bp = Blueprint("core", __name__)


@bp.get("/")
def index():
    return render_template("core/index.html", **services.front_page())


@bp.get("/guidelines")
def guidelines():
    return render_template("core/guidelines.html")


@bp.get("/healthz")
def healthz():
    ok = services.database_ok()
    if not ok:
        current_app.logger.error("health check: the database did not answer")
    body = {"status": "ok" if ok else "unavailable", "database": "ok" if ok else "unavailable"}
    return jsonify(body), 200 if ok else 503
