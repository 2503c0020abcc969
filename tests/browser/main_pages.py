"""The main pages the page-level checks visit, and who looks at each (visitor, member, moderator)."""

from __future__ import annotations

# (name in site.urls, who views it). Thread and story pages are seen as a member, with the reply
# form and reaction buttons; the moderator's thread view adds the moderation tools.
MAIN_PAGES = [
    ("home", "visitor"),
    ("category", "visitor"),
    ("thread", "member"),
    ("thread", "moderator"),
    ("story", "member"),
    ("stories", "visitor"),
    ("insights", "visitor"),
    ("tips", "visitor"),
    ("tags", "visitor"),
    ("tag", "visitor"),
    ("resources", "visitor"),
    ("resource", "visitor"),
    ("search", "visitor"),
    ("profile", "visitor"),
    ("login", "visitor"),
    ("register", "visitor"),
    ("new thread", "member"),
    ("new story", "member"),
    ("settings", "member"),
    ("notifications", "member"),
    ("mod queue", "moderator"),
    ("mod log", "moderator"),
]
ROLES = ("visitor", "member", "moderator")


def pages_by_role(site, new_page, sign_in, **context_options) -> dict[str, object]:
    """One page per role, signed in as the site's member or moderator where needed."""
    pages = {}
    for role in ROLES:
        page = new_page(**context_options)
        if role != "visitor":
            sign_in(page, getattr(site, role))
        pages[role] = page
    return pages
