"""Brute-force check: hammers one account's sign-in on a running server with wrong passwords and
reports how many attempts reached a password check before throttling, and what came back.

    .venv/bin/python bench/brute_force.py --url http://127.0.0.1:5000 --login some_member
    make brute-force LOGIN=some_member [URL=http://127.0.0.1:5000] [ATTEMPTS=40]

Run it only against a server of your own. Each attempt fetches the sign-in page for a CSRF token
and sends a wrong password, as a browser would. Answers: 400 wrong password (checked), 429
throttled (by a rate limit or by the account's sign-in lock; Retry-After says for how long).
The same `hammer` runs through the app in tests/auth/test_brute_force.py.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

CSRF_RE = re.compile(r'name="csrf_token"(?: type="hidden")? value="([^"]+)"')
LOCK_WORDS = "resting for a little while"

# send(login, password) -> (status, Retry-After header or "", page)
Send = Callable[[str, str], tuple[int, str, str]]


@dataclass
class Report:
    statuses: list[int] = field(default_factory=list)
    retry_after: list[str] = field(default_factory=list)
    locked: list[bool] = field(default_factory=list)

    @property
    def checked(self) -> int:
        """Attempts whose password was actually tried before the first refusal."""
        first = self.first_throttled
        return len(self.statuses) if first is None else first - 1

    @property
    def first_throttled(self) -> int | None:
        return next((i + 1 for i, status in enumerate(self.statuses) if status == 429), None)

    def lines(self) -> list[str]:
        counts = Counter(self.statuses)
        out = [
            f"attempts: {len(self.statuses)}",
            f"answers: {', '.join(f'{status} x{n}' for status, n in sorted(counts.items()))}",
            f"passwords tried before throttling: {self.checked}",
        ]
        if self.first_throttled is not None:
            i = self.first_throttled - 1
            why = "the account's sign-in lock" if self.locked[i] else "a rate limit"
            out.append(f"first throttled: attempt {self.first_throttled} ({why}, Retry-After {self.retry_after[i]}s)")
            out.append(f"throttled by the lock: {sum(self.locked)}; by rate limits: {counts[429] - sum(self.locked)}")
            out.append(f"other answers after throttling began: {len([s for s in self.statuses[i:] if s != 429])}")
        else:
            out.append("never throttled: every wrong password was checked")
        return out


def hammer(send: Send, login: str, attempts: int) -> Report:
    report = Report()
    for n in range(attempts):
        status, retry_after, page = send(login, f"wrong password {n}")
        report.statuses.append(status)
        report.retry_after.append(retry_after)
        report.locked.append(status == 429 and LOCK_WORDS in page)
    return report


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def http_sender(base: str) -> Send:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), _NoRedirect())

    def fetch(request) -> tuple[int, str, str]:
        try:
            with opener.open(request, timeout=15) as response:
                return response.status, response.headers.get("Retry-After", ""), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Retry-After", ""), error.read().decode()

    def send(login: str, password: str) -> tuple[int, str, str]:
        _, _, page = fetch(urllib.request.Request(base + "/login"))
        match = CSRF_RE.search(page)
        body = urllib.parse.urlencode(
            {"login": login, "password": password, "csrf_token": match.group(1) if match else ""}
        )
        return fetch(urllib.request.Request(base + "/login", data=body.encode(), method="POST"))

    return send


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:5000", help="the server (default %(default)s)")
    parser.add_argument("--login", required=True, help="the username or email to attack")
    parser.add_argument("--attempts", type=int, default=40, help="wrong passwords to send (default %(default)s)")
    args = parser.parse_args(argv)
    try:
        report = hammer(http_sender(args.url.rstrip("/")), args.login, args.attempts)
    except urllib.error.URLError as error:
        print(f"cannot reach {args.url}: {error.reason}", file=sys.stderr)
        return 2
    print("\n".join(report.lines()))
    return 0 if report.first_throttled is not None else 1


if __name__ == "__main__":
    sys.exit(main())
