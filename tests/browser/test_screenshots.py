"""Screenshots of the main pages, desktop and phone, light and dark, for docs/screenshots/.

Collected only when FORUM_SCREENSHOTS=1 (`make screenshots`). The pages show the demo community
(`flask forum seed-demo`), signed in as a demo member where a member's view is the point.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WIDTHS = {1280: {"width": 1280, "height": 900}, 390: {"width": 390, "height": 844}}
SCHEMES = ("light", "dark")
MEMBER = "oak_and_ash"
# (file name, path or a key of demo_urls(), signed in as the demo member?). The screen's worth at
# the top of each page, except where the whole page is the point (FULL_PAGE, at desktop width).
SHOTS = [
    ("home", "/", False),
    ("thread", "thread", True),
    ("story", "story", True),
    ("story-list", "/stories", False),
    ("insights", "/insights", False),
    ("tips", "/tips", False),
    ("tag", "tag", False),
    ("search", "/search?q=sensory+tricks", False),
    ("new-story", "/stories/new", True),
]
FULL_PAGE = {("thread", 1280), ("insights", 1280)}


def demo_urls() -> dict[str, str]:
    from forum.demo.seed import seed_demo_content
    from forum.extensions import db
    from forum.models import Tag, Thread

    seed_demo_content()
    thread = db.session.scalar(select(Thread).where(Thread.title.like("The week-ten slump%")))
    story = db.session.scalar(
        select(Thread)
        .where(Thread.kind == "story", Thread.is_anonymous.is_(False), Thread.reply_count > 0)
        .order_by(Thread.reply_count.desc(), Thread.id)
    )
    tag = db.session.scalar(select(Tag).where(Tag.name == "Sensory tricks"))
    return {
        "thread": f"/t/{thread.id}/{thread.slug}",
        "story": f"/t/{story.id}/{story.slug}",
        "tag": f"/tags/{tag.slug}",
    }


def test_screenshots_of_the_main_pages(app, new_page, sign_in):
    from forum.demo.seed import DEMO_PASSWORD

    with app.app_context():
        urls = demo_urls()
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for width, viewport in WIDTHS.items():
        visitor, member = new_page(viewport=viewport), new_page(viewport=viewport)
        sign_in(member, type("Demo", (), {"username": MEMBER}), DEMO_PASSWORD)
        for name, where, signed_in in SHOTS:
            page = member if signed_in else visitor
            assert page.goto(urls.get(where, where)).status == 200, name
            for scheme in SCHEMES:
                page.emulate_media(color_scheme=scheme)
                path = OUT / f"{name}-{width}-{scheme}.png"
                page.screenshot(path=path, full_page=(name, width) in FULL_PAGE)
                written.append(path)
    for path in written:
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", path
    assert len(written) == len(SHOTS) * len(WIDTHS) * len(SCHEMES)
