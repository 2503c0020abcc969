"""Two servers backed by one Redis share rate limits and sign-in locks: each runs in its own
process (so nothing is shared but Redis and the database), and an attacker alternating between
them is throttled as if there were one."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.cache.test_two_servers import Browser
from tests.conftest import PASSWORD

REDIS_URL = os.environ.get("FORUM_TEST_REDIS_URL", "")
if not REDIS_URL:
    if os.environ.get("CI") == "true":
        raise RuntimeError("FORUM_TEST_REDIS_URL must be set in CI: the Redis tests may not be skipped")
    pytest.skip("FORUM_TEST_REDIS_URL is not set: Redis-backed tests skipped", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
SERVE = """
import sys
from werkzeug.serving import make_server
from forum import create_app
server = make_server("127.0.0.1", 0, create_app(), threaded=True)
print(server.server_port, flush=True)
server.serve_forever()
"""


@pytest.fixture
def two_processes(app, database_url, tmp_path):
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    env = {
        **os.environ,
        "FORUM_ENV": "testing",
        "FORUM_SECRET_KEY": "test-secret",
        "FORUM_DATABASE_URL": database_url,
        "FORUM_REDIS_URL": REDIS_URL,
        "FORUM_RATELIMIT_ENABLED": "on",
        "FORUM_PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
        "FORUM_LOG_REQUESTS": "off",
        "FORUM_LOGIN_RATE_LIMIT": "100 per minute",
        "FORUM_LOGIN_ACCOUNT_RATE_LIMIT": "5 per minute",
        "FORUM_LOCKOUT_FAILURES": "3",
    }
    processes, bases = [], []
    for _ in range(2):
        process = subprocess.Popen(
            [sys.executable, "-c", SERVE], cwd=ROOT, env=env, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        processes.append(process)
        bases.append(f"http://127.0.0.1:{int(process.stdout.readline())}")
    for base in bases:
        for _ in range(50):
            try:
                urllib.request.urlopen(base + "/login", timeout=2).close()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
    yield bases
    for process in processes:
        process.terminate()
        process.wait(timeout=10)
    redis.Redis.from_url(REDIS_URL).flushdb()


def _try(base, login, password="wrong password"):
    return Browser(base).post("/login", {"login": login, "password": password}, "/login")


def test_the_sign_in_lock_is_shared(two_processes, make_user):
    a, b = two_processes
    make_user("roaming_rook")
    assert [_try(base, "roaming_rook")[0] for base in (a, b, a)] == [400, 400, 400]
    status, headers, page = _try(b, "roaming_rook", PASSWORD)  # locked on the other server too
    assert status == 429 and "resting for a little while" in page and headers["Retry-After"].isdigit()


def test_the_per_account_limit_is_shared(two_processes, make_user):
    a, b = two_processes
    make_user("roaming_raven")
    # Right passwords: no failures for a lock to count, only the per-account limit (5 per minute).
    logins = ["roaming_raven", "Roaming_Raven", " roaming_raven ", "roaming_RAVEN", "ROAMING_RAVEN"]
    assert [_try(base, login, PASSWORD)[0] for base, login in zip((a, b, a, b, a), logins, strict=True)] == [302] * 5
    status, headers, page = _try(b, "roaming_raven", PASSWORD)
    assert status == 429 and "try again in" in page and "resting" not in page
    assert _try(a, "another_account")[0] == 400  # other accounts are not affected
