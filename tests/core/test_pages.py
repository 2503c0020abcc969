"""Pages every visitor meets, the headers on every response, error pages and the health check."""

import re
from pathlib import Path

import pytest

from config import ConfigError, flask_config, load_settings


def test_front_page_for_a_visitor(client, make_thread, make_category):
    category = make_category(name="Newly diagnosed")
    make_thread(category=category, title="Where do I even start?")
    html = client.get("/").get_data(as_text=True)
    assert "Where do I even start?" in html
    assert "Newly diagnosed" in html
    assert "Join the community" in html
    assert "not medical advice" in html
    assert 'href="/guidelines"' in html
    assert 'class="skip-link" href="#main"' in html


def test_pages_use_self_hosted_assets_only(client):
    html = client.get("/").get_data(as_text=True)
    assert "http://" not in html.split("</head>")[0].replace("http-equiv", "")
    assert "https://" not in html.split("</head>")[0]
    css = client.get("/static/css/stillpoint.css")
    assert css.status_code == 200 and b"prefers-color-scheme: dark" in css.data


@pytest.mark.parametrize("url", ["/", "/login", "/register", "/guidelines", "/does-not-exist"])
def test_security_headers_on_every_response(client, url):
    response = client.get(url)
    csp = response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
    ):
        assert directive in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"


def test_no_inline_script_or_style_in_templates():
    for template in Path("templates").rglob("*.html"):
        text = template.read_text()
        assert "<style" not in text, template
        assert " style=" not in text, template
        for chunk in text.split("<script")[1:]:
            assert chunk.split(">")[0].strip().startswith("src="), template


@pytest.mark.parametrize(("url", "status"), [("/nowhere", 404), ("/c/nope", 404), ("/t/0", 404)])
def test_error_pages_are_in_the_sites_style(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    html = response.get_data(as_text=True)
    assert "We couldn&#39;t find that page" in html or "We couldn't find that page" in html
    assert re.search(r"/assets/css/stillpoint\.[0-9a-f]{12}\.css", html)


def test_method_not_allowed_page(client):
    response = client.delete("/")
    assert response.status_code == 405
    assert "That didn&#39;t work" in response.get_data(as_text=True)
    assert "GET" in response.headers["Allow"]


def test_internal_errors_get_a_calm_page(app, client, monkeypatch):
    from forum.core import services

    def broken():
        raise RuntimeError("boom")

    monkeypatch.setattr(services, "front_page", broken)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    try:
        response = client.get("/")
        assert response.status_code == 500
        assert "Something went wrong on our side" in response.get_data(as_text=True)
    finally:
        app.config["PROPAGATE_EXCEPTIONS"] = None


def test_healthz_reports_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok"}


def test_guidelines_page(client):
    html = client.get("/guidelines").get_data(as_text=True)
    assert "What moderators remove" in html


def test_forms_label_every_field(client):
    import re

    for url in ("/login", "/register"):
        html = client.get(url).get_data(as_text=True)
        ids = re.findall(r'<(?:input|textarea|select)[^>]*\bid="([^"]+)"', html)
        visible = [i for i in ids if i != "csrf_token"]
        assert visible
        for field_id in visible:
            assert f'for="{field_id}"' in html, (url, field_id)


# --- settings ---------------------------------------------------------------------------


def test_settings_come_from_the_environment():
    settings = load_settings(
        {"FORUM_REVIEW_FIRST_POSTS": "0", "FORUM_RATELIMIT_ENABLED": "off", "FORUM_SITE_NAME": "X"}
    )
    assert settings["REVIEW_FIRST_POSTS"] == 0
    assert settings["RATELIMIT_ENABLED"] is False
    assert settings["SITE_NAME"] == "X"


@pytest.mark.parametrize("bad", [{"FORUM_REVIEW_FIRST_POSTS": "two"}, {"FORUM_RATELIMIT_ENABLED": "maybe"}])
def test_bad_settings_are_refused_clearly(bad):
    with pytest.raises(ConfigError):
        load_settings(bad)


def test_production_refuses_to_start_without_a_secret_or_database(tmp_path):
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        flask_config(load_settings({"FORUM_ENV": "production", "FORUM_DATABASE_URL": "sqlite://"}), tmp_path)
    with pytest.raises(ConfigError, match="DATABASE_URL"):
        flask_config(load_settings({"FORUM_ENV": "production", "FORUM_SECRET_KEY": "s"}), tmp_path)


def test_production_cookies_are_secure(tmp_path):
    config = flask_config(
        load_settings({"FORUM_ENV": "production", "FORUM_SECRET_KEY": "s", "FORUM_DATABASE_URL": "postgresql://x/y"}),
        tmp_path,
    )
    assert config["SESSION_COOKIE_SECURE"] and config["REMEMBER_COOKIE_SECURE"]
    assert config["SESSION_COOKIE_HTTPONLY"] and config["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql+psycopg://")


def test_development_keeps_its_generated_secret(tmp_path):
    first = flask_config(load_settings({}), tmp_path)["SECRET_KEY"]
    second = flask_config(load_settings({}), tmp_path)["SECRET_KEY"]
    assert first == second and len(first) >= 32
    assert flask_config(load_settings({}), tmp_path)["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///")


def test_database_connection_settings(app, db):
    """SQLite: WAL, a busy timeout and foreign keys. PostgreSQL: through psycopg 3."""
    from sqlalchemy import text

    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            assert db.engine.dialect.driver == "psycopg"
            return
        with db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_fast_post_and_profile_urls_match_url_for(app):
    from flask import url_for

    from forum.web import _post_url, _profile_url

    with app.test_request_context("/"):
        assert _post_url(42) == url_for("discussions.post", post_id=42)
        assert _post_url(42, "edit") == url_for("discussions.edit_post", post_id=42)
        assert _post_url(42, "delete") == url_for("discussions.delete_post", post_id=42)
        assert _post_url(42, "report") == url_for("moderation.report", post_id=42)
        assert _post_url(42, "react") == url_for("reactions.react", post_id=42)
        assert _profile_url("some_one") == url_for("users.profile", username="some_one")


def test_the_front_page_shows_the_most_helpful_tips_first(app, client, make_user, make_tag, make_tip):
    from forum.extensions import db
    from forum.models import Post, Thread

    make_tag("Heat")
    plain = make_tip(title="Warm scarf on the commute")
    helpful = make_tip(title="Lying flat for ten minutes")
    with app.app_context():
        for tip, count in ((helpful, 7), (plain, 1)):
            db.session.get(Thread, tip.id).rank_score = count
            db.session.execute(Post.__table__.update().where(Post.thread_id == tip.id).values(helpful_count=count))
        db.session.commit()
    page = client.get("/").get_data(as_text=True)
    section = page.split('id="tips-title"', 1)[1].split("</section>", 1)[0]
    assert section.index("Lying flat for ten minutes") < section.index("Warm scarf on the commute")
    assert "7 found this helpful" in section
