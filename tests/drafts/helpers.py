"""Read a form out of a page the way a browser would submit it, and small draft helpers."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from sqlalchemy import select

from forum.models import Draft


class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._textarea: list | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs) -> None:
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "attrs": a, "fields": []})
        elif not self.forms:
            return
        elif tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind in ("submit", "button", "image", "file"):
                return
            self.forms[-1]["fields"].append([a["name"], a.get("value", "on" if kind == "checkbox" else "")])
        elif tag == "textarea" and a.get("name"):
            self._textarea = [a["name"], ""]
            self.forms[-1]["fields"].append(self._textarea)
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
        elif tag == "option" and self._select and "selected" in a:
            self.forms[-1]["fields"].append([self._select, a.get("value", "")])

    def handle_endtag(self, tag) -> None:
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data) -> None:
        if self._textarea is not None:
            if not self._textarea[1]:  # a browser drops the line break right after <textarea>
                data = data.removeprefix("\r\n") if data.startswith("\r\n") else data.removeprefix("\n")
            self._textarea[1] += data


def forms_in(html: str) -> list[dict]:
    parser = _Forms()
    parser.feed(html)
    return parser.forms


def form_with(html: str, action: str) -> dict:
    """The first form posting to `action`: {"action", "attrs", "fields": [[name, value], ...]}."""
    for form in forms_in(html):
        if form["action"].split("?")[0] == action:
            return form
    raise AssertionError(f"no form posting to {action}")


def textarea_value(html: str, name: str) -> str:
    for form in forms_in(html):
        for field_name, value in form["fields"]:
            if field_name == name:
                return value
    raise AssertionError(f"no field {name}")


def drafts_in(app, db, user=None) -> list[Draft]:
    with app.app_context():
        query = select(Draft).order_by(Draft.id)
        if user is not None:
            query = query.where(Draft.user_id == user.id)
        rows = db.session.scalars(query).all()
        db.session.expunge_all()
        return rows


def fields(draft: Draft) -> dict:
    return json.loads(draft.fields)


def autosave(client, place: str, fields: dict, revision: int = 0, token: str | None = None):
    headers = {"X-CSRFToken": token if token is not None else client.csrf_token()}
    return client.post(f"/drafts/{place}", json={"revision": revision, "fields": fields}, headers=headers)
