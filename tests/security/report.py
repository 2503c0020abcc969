"""build/security/routes.md: every route and method, with what the security tests found."""

from __future__ import annotations

from pathlib import Path

from tests.security.routes import STATE_CHANGING


def rate_limits(app, endpoint: str, method: str) -> str:
    """The Flask-Limiter limits that apply to one endpoint and method, read from the app itself."""
    from forum.extensions import limiter

    manager = limiter.limit_manager
    blueprint = endpoint.rpartition(".")[0] or None
    with app.test_request_context(method=method):
        app_limits, decorated = manager.resolve_limits(app, endpoint, blueprint)
        found = []
        for limit in [*app_limits, *decorated]:
            if limit.methods and method.lower() not in limit.methods:
                continue
            scope = limit.scope if isinstance(limit.scope, str) else ""
            text = str(limit.limit)
            found.append(f"{text} ({scope})" if scope and limit.shared else text)
    return "; ".join(found) or "none"


def write_report(path: Path, findings: dict[tuple[str, str], dict[str, str]]) -> Path:
    lines = [
        "# Routes and their protections",
        "",
        "Written by `pytest tests/security`: each row is what the tests found, not what the code claims.",
        "CSRF: a POST without a token and with a wrong token was refused and changed nothing.",
        "Who: the least trusted of visitor < member < owner < moderator < admin that was let in; everyone",
        "below was refused and the database was unchanged. Rate limit: Flask-Limiter's limits for the endpoint.",
        "",
        "| route | method | CSRF enforced | who may use it | rate limit | note |",
        "|---|---|---|---|---|---|",
    ]
    for (rule, method), found in sorted(findings.items()):
        csrf = found.get("csrf", "not tested") if method in STATE_CHANGING else "n/a (GET)"
        lines.append(
            f"| `{rule}` | {method} | {csrf} | {found.get('who', 'not tested')} | {found.get('rate_limit', '?')} "
            f"| {found.get('note', '')} |"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")
    return path
