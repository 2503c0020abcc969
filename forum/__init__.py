"""Stillpoint: a support community for people living with cervical dystonia."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Engine
from werkzeug.middleware.proxy_fix import ProxyFix

from config import flask_config, load_settings
from forum.extensions import csrf, db, limiter, login_manager, mail, migrate

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"


@event.listens_for(Engine, "connect")
def _tune_sqlite(dbapi_connection, _record) -> None:
    """WAL lets readers and a writer work at once; the busy timeout waits instead of failing."""
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()


def create_app(settings: dict[str, Any] | None = None) -> Flask:
    """Build the app. `settings` override FORUM_* values (tests pass their own)."""
    app = Flask(__name__, template_folder="../templates", static_folder="../static")
    forum_settings = load_settings()
    forum_settings.update(settings or {})
    app.config.update(flask_config(forum_settings, Path(app.instance_path)))
    proxies = forum_settings["TRUSTED_PROXIES"]
    if proxies:
        # Believe X-Forwarded-For/-Proto/-Host from exactly this many proxies in front, no more.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies, x_prefix=proxies)
    from forum import logging_setup

    logging_setup.init_app(app)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR), render_as_batch=True, compare_type=True)
    csrf.init_app(app)
    limiter.init_app(app)
    mail.init_app(app)
    _init_login(app)

    from forum import web
    from forum.cache import invalidation, pages

    web.init_app(app)
    pages.init_app(app)
    invalidation.init()
    _register_blueprints(app)

    if forum_settings["BENCH_CEILING_BYTES"]:
        _add_ceiling_route(app, forum_settings["BENCH_CEILING_BYTES"])

    from forum.cli import forum_cli

    app.cli.add_command(forum_cli)
    return app


def _init_login(app: Flask) -> None:
    from forum.auth.services import load_session_user

    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please sign in to continue."
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"
    login_manager.user_loader(load_session_user)
    from forum.drafts.recovery import unauthorized

    # Sends a signed-out member to sign in, keeping any words they were sending.
    login_manager.unauthorized_handler(unauthorized)


def _register_blueprints(app: Flask) -> None:
    from forum.account.views import bp as account_bp
    from forum.auth.views import bp as auth_bp
    from forum.core.views import bp as core_bp
    from forum.discussions.views import bp as discussions_bp
    from forum.drafts.views import bp as drafts_bp
    from forum.moderation.views import bp as moderation_bp
    from forum.notifications.views import bp as notifications_bp
    from forum.reactions.views import bp as reactions_bp
    from forum.resources.views import bp as resources_bp
    from forum.search.views import bp as search_bp
    from forum.stories.views import bp as stories_bp
    from forum.tags.views import bp as tags_bp
    from forum.tips.views import bp as tips_bp
    from forum.users.views import bp as users_bp

    for blueprint in (
        core_bp,
        auth_bp,
        discussions_bp,
        stories_bp,
        reactions_bp,
        tips_bp,
        tags_bp,
        moderation_bp,
        resources_bp,
        search_bp,
        users_bp,
        notifications_bp,
        account_bp,
        drafts_bp,
    ):
        app.register_blueprint(blueprint)


def _add_ceiling_route(app: Flask, size: int) -> None:
    """The benchmark's yardstick: the cheapest possible page of a given size, served through the
    same app, middleware and hooks as every real page."""
    page = ("<!doctype html><title>ceiling</title>" + "x" * size)[:size]

    @app.get("/__ceiling")
    def ceiling():
        return page
