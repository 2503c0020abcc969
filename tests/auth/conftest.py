"""Rate limits are off in the suite (TEST_SETTINGS). Flask-Limiter only hooks into an app made
with limits on, so these tests use a second app over the same database, made once with limits
on, and switch the (shared) limiter on only while one of them runs."""

from __future__ import annotations

import pytest

from forum import create_app
from forum.extensions import limiter
from tests.conftest import TEST_SETTINGS, FormClient


@pytest.fixture(scope="session")
def _limited_app(_app, database_url):
    limited = create_app(
        {**TEST_SETTINGS, "DATABASE_URL": database_url, "RATELIMIT_ENABLED": True, "LOG_REQUESTS": False}
    )
    limited.instance_path = _app.instance_path
    limiter.enabled = False  # only while a test asks for it
    return limited


@pytest.fixture
def limited_app(app, _limited_app):
    """The app with rate limits and sign-in locks on, from clean counters."""
    settings = _limited_app.config["FORUM"]
    saved = dict(settings)
    limiter.enabled = True
    limiter.storage.reset()
    _limited_app.extensions["stillpoint_store"].clear()
    yield _limited_app
    limiter.storage.reset()
    limiter.enabled = False
    settings.clear()
    settings.update(saved)


@pytest.fixture
def limits(limited_app):
    """`limits(KEY="2 per minute", ...)`: FORUM_* settings of the limited app for this test."""
    return limited_app.config["FORUM"].update


@pytest.fixture
def lclient(limited_app) -> FormClient:
    return FormClient(limited_app.test_client())
