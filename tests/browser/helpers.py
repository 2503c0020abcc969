"""Small helpers shared by the browser journeys: where things are on a page, and reading the
database the app wrote to (objects come back detached, safe to use after the context)."""

from __future__ import annotations

from forum.extensions import db


def nav_link(page, name: str):
    return page.get_by_role("navigation", name="Main").get_by_role("link", name=name, exact=True)


def flash(page):
    return page.locator(".flashes")


def header(page):
    return page.locator(".site-header")


def heading(page):
    return page.get_by_role("heading", level=1)


def post_article(page, post_id: int):
    return page.locator(f"article#p{post_id}")


def fact(glance, term: str):
    """The answer beside a term in a story's journey card."""
    return glance.locator(f"div:has(> dt:text-is('{term}')) > dd")


def one(app, query):
    with app.app_context():
        row = db.session.scalar(query)
        if isinstance(row, db.Model):
            db.session.expunge(row)
        return row


def all_of(app, query) -> list:
    with app.app_context():
        rows = list(db.session.scalars(query))
        for row in rows:
            if isinstance(row, db.Model):
                db.session.expunge(row)
        return rows


def fill_registration(page, username: str, email: str, password: str = "a long enough passphrase") -> None:
    """Fill in the join form as a person would and send it."""
    page.get_by_label("Username").fill(username)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_label("Password again").fill(password)
    page.get_by_label("I have read and accept the community guidelines").check()
    page.get_by_role("button", name="Create my account").click()
