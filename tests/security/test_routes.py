"""Route coverage from app.url_map: every route is described, every state-changing route needs a CSRF
token and refuses visitors, and each route lets in exactly the people its description says."""

from __future__ import annotations

import json

import pytest

from tests.security.conftest import changed_tables, is_refused, record, snapshot
from tests.security.report import rate_limits
from tests.security.routes import BY_RULE, ROUTES, WHO_ORDER, app_rules, reads, state_changing

# Who each level of trust is, in the world (None: a visitor).
PEOPLE = {"visitor": None, "member": "bob", "owner": "alice", "moderator": "mod", "admin": "admin"}


def _client_for(world, login_as, who: str):
    name = PEOPLE.get(who)
    return login_as(world.user(name) if name else None)


def _post(client, route, world, token: str | None):
    url, data = route.url(world), route.data(world) if route.data else {}
    if route.json:
        headers = {"X-CSRFToken": token} if token is not None else {}
        return client.post(url, data=json.dumps(data), content_type="application/json", headers=headers)
    form = dict(data)
    if token is not None:
        form["csrf_token"] = token
    return client.post(url, data=form)


def test_every_rule_is_described(app):
    """A new route (or a new method on one) fails here until ROUTES says who may use it."""
    served = app_rules(app)
    undescribed = {rule: sorted(methods) for rule, methods in served.items() if rule not in BY_RULE}
    assert not undescribed, f"routes missing from tests/security/routes.py: {undescribed}"
    mismatched = {
        rule: (sorted(methods), sorted(BY_RULE[rule].who)) for rule, methods in served.items()
        if set(BY_RULE[rule].who) != methods
    }  # fmt: skip
    assert not mismatched, f"methods differ (served, described): {mismatched}"
    gone = sorted(set(BY_RULE) - set(served))
    assert not gone, f"described but not served: {gone}"


def test_rate_limits_are_read_from_the_app(app):
    rules = {rule.rule: rule.endpoint for rule in app.url_map.iter_rules()}
    for route in ROUTES:
        for method in route.who:
            record(route.rule, method, rate_limit=rate_limits(app, rules[route.rule], method), note=route.note)
    with app.test_request_context():
        assert rate_limits(app, rules["/login"], "GET") is not None


@pytest.mark.parametrize(("route", "method"), state_changing(), ids=lambda v: v.rule if hasattr(v, "rule") else v)
def test_state_changing_route(app, world, login_as, route, method):
    """No token or a wrong one: refused, nothing changed. Then everyone less trusted than the route allows
    is refused and changes nothing, and the first one allowed is let in."""
    expected = route.who[method]
    client = _client_for(world, login_as, "owner" if expected == "token" else expected)
    before = snapshot(app)
    for token in (None, "not-the-token"):
        response = _post(client, route, world, token)
        if route.csrf_redirects:
            assert response.status_code == 302 and not is_refused(response), (route.rule, token)
        else:
            assert 400 <= response.status_code < 500, (route.rule, token, response.status_code)
        assert not changed_tables(before, snapshot(app)), (route.rule, token)
    record(route.rule, method, csrf="yes")

    if expected == "token":
        client = login_as(None)
        response = _post(client, route, world, client.csrf_token())
        assert response.status_code < 500
        assert not changed_tables(before, snapshot(app)), "a made-up token changed something"
        record(route.rule, method, who="holder of an emailed link")
        return
    found = _probe(app, world, login_as, route, lambda client: _post(client, route, world, client.csrf_token()))
    record(route.rule, method, who=found)
    assert found == expected


def test_pages_let_in_only_who_they_should(app, world, login_as):
    """Every page, probed visitor first: the least trusted person let in is the one the table names.
    (Reading changes nothing, which _probe checks, so one world serves every page.)"""
    wrong = []
    for route in reads():
        expected = route.who["GET"]
        if expected == "token":
            response = login_as(None).get(route.url(world))
            assert response.status_code < 500, route.rule
            record(route.rule, "GET", who="holder of an emailed link")
            continue
        found = _probe(app, world, login_as, route, lambda client, route=route: client.get(route.url(world)))
        record(route.rule, "GET", who=found)
        if found != expected:
            wrong.append((route.rule, expected, found))
    assert not wrong, f"(rule, expected, found): {wrong}"


def _probe(app, world, login_as, route, send) -> str:
    """The least trusted person let in; each one refused before must have changed nothing."""
    for who in WHO_ORDER:
        client = _client_for(world, login_as, who)
        before = snapshot(app)
        response = send(client)
        assert response.status_code < 500, (route.rule, who, response.status_code)
        if not is_refused(response):
            return who
        assert not changed_tables(before, snapshot(app)), f"{who} was refused on {route.rule} but data changed"
    return "nobody"
