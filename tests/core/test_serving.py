"""Production serving: proxies, request logs with ids, and the health check with Redis."""

import logging

from forum import create_app
from tests.conftest import TEST_SETTINGS


def test_every_request_is_logged_on_one_line_with_an_id(client, caplog):
    caplog.set_level(logging.INFO, logger="stillpoint.access")
    response = client.get("/guidelines", headers={"X-Request-ID": "trace-123"})
    assert response.headers["X-Request-ID"] == "trace-123"
    lines = [r for r in caplog.records if r.name == "stillpoint.access"]
    assert lines, "no access log line"
    fields = lines[-1].fields
    assert fields["request_id"] == "trace-123" and fields["status"] == 200 and fields["path"] == "/guidelines"
    assert float(fields["duration_ms"]) >= 0
    fresh = client.get("/guidelines").headers["X-Request-ID"]
    assert len(fresh) == 32  # made up when the client sends none


def test_log_lines_are_key_value_text():
    from forum.logging_setup import KeyValueFormatter

    record = logging.LogRecord("stillpoint.access", logging.INFO, __file__, 1, "request", None, None)
    record.fields = {"path": "/t/1/a b", "status": 200}
    line = KeyValueFormatter().format(record)
    assert "\n" not in line and 'path="/t/1/a b"' in line and "status=200" in line and "msg=request" in line


def test_trusted_proxy_headers_are_believed_only_when_configured(app, database_url):
    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "stillpoint.example.org"}
    plain = app.test_client().get("/feed.atom", headers=headers).get_data(as_text=True)
    assert "https://stillpoint.example.org" not in plain
    proxied_app = create_app({**TEST_SETTINGS, "DATABASE_URL": database_url, "TRUSTED_PROXIES": 1})
    proxied = proxied_app.test_client().get("/feed.atom", headers=headers).get_data(as_text=True)
    assert "https://stillpoint.example.org/feed.atom" in proxied


def test_healthz_reports_redis_when_configured(database_url):
    broken = create_app({**TEST_SETTINGS, "DATABASE_URL": database_url, "REDIS_URL": "redis://127.0.0.1:1/0"})
    response = broken.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json() == {"status": "unavailable", "database": "ok", "redis": "unavailable"}
