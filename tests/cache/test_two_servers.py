"""Two app servers sharing Redis behave as one: rate limits and page-cache invalidation."""

import http.cookiejar
import os
import re
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from werkzeug.serving import make_server

from forum import create_app
from tests.conftest import PASSWORD, TEST_SETTINGS

REDIS_URL = os.environ.get("FORUM_TEST_REDIS_URL", "")
if not REDIS_URL:
    if os.environ.get("CI") == "true":
        raise RuntimeError("FORUM_TEST_REDIS_URL must be set in CI: the Redis tests may not be skipped")
    pytest.skip("FORUM_TEST_REDIS_URL is not set: Redis-backed tests skipped", allow_module_level=True)


class Browser:
    """A cookie-keeping HTTP client for a real server."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def get(self, path: str) -> tuple[int, dict, str]:
        return self._open(urllib.request.Request(self.base + path))

    def post(self, path: str, data: dict, token_from: str) -> tuple[int, dict, str]:
        _, _, page = self.get(token_from)
        token = re.search(r'name="csrf_token"(?: type="hidden")? value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({**data, "csrf_token": token}).encode()
        return self._open(urllib.request.Request(self.base + path, data=body, method="POST"))

    def _open(self, request):
        try:
            with self.opener.open(request, timeout=10) as response:
                return response.status, dict(response.headers), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture
def two_servers(app, database_url):
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    settings = {
        **TEST_SETTINGS,
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "RATELIMIT_ENABLED": True,
        "LOGIN_RATE_LIMIT": "3 per minute",
        "LOG_REQUESTS": False,
    }
    servers, threads, bases = [], [], []
    for _ in range(2):
        server_app = create_app(settings)
        server_app.instance_path = app.instance_path
        server = make_server("127.0.0.1", 0, server_app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        servers.append(server)
        threads.append(thread)
        bases.append(f"http://127.0.0.1:{server.server_port}")
    yield bases
    for server in servers:
        server.shutdown()
    redis.Redis.from_url(REDIS_URL).flushdb()


def test_two_servers_share_rate_limits(two_servers, make_user):
    a, b = two_servers
    make_user("limited_lark")
    statuses = []
    for base in (a, b, a, b):
        browser = Browser(base)
        status, _, _ = browser.post("/login", {"login": "limited_lark", "password": "wrong password"}, "/login")
        statuses.append(status)
    assert statuses[:3] == [400, 400, 400]
    assert statuses[3] == 429  # the fourth try, on either server, is over the shared limit


def test_two_servers_share_page_cache_invalidation(two_servers, make_user, make_thread):
    a, b = two_servers
    thread = make_thread(title="Shared thread")
    path = f"/t/{thread.id}/{thread.slug}"
    visitor = Browser(a)
    assert visitor.get(path)[1].get("X-Cache") == "MISS"
    assert visitor.get(path)[1].get("X-Cache") == "HIT"
    assert Browser(b).get(path)[1].get("X-Cache") == "HIT"  # one cache for both servers
    member = Browser(b)
    make_user("writer_wren")
    assert member.post("/login", {"login": "writer_wren", "password": PASSWORD}, "/login")[0] == 302
    assert member.post(f"/t/{thread.id}/reply", {"body": "Written on the other server"}, path)[0] == 302
    status, headers, page = visitor.get(path)
    assert headers.get("X-Cache") == "MISS" and "Written on the other server" in page
