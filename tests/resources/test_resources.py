"""The resources library."""

from sqlalchemy import func, select

from forum.models import Resource, ResourceRevision
from forum.resources.defaults import DEFAULT_RESOURCES, SECTIONS


def test_seeded_library_by_section(app, db, client, runner):
    runner.invoke(args=["forum", "seed-tags"])
    assert f"Added {len(DEFAULT_RESOURCES)} resource pages" in runner.invoke(args=["forum", "seed-resources"]).output
    assert "Added 0 resource pages" in runner.invoke(args=["forum", "seed-resources"]).output
    assert len(DEFAULT_RESOURCES) >= 9
    html = client.get("/resources").get_data(as_text=True)
    positions = [html.index(label) for _key, label in SECTIONS]
    assert positions == sorted(positions)
    for page in DEFAULT_RESOURCES:
        assert page["title"].replace("'", "&#39;") in html
    page = client.get(f"/resources/{DEFAULT_RESOURCES[0]['slug']}").get_data(as_text=True)
    assert "not medical advice" in page and "movement-disorder specialist" in page
    assert "Last updated" in page


def test_resource_page_links_related_stories_and_tips(app, db, client, make_user, make_tag, make_tip):
    make_tag("Heat", group="Heat and cold")
    make_tip(title="Wheat bag timing", tags="Heat")
    moderator = make_user("librarian", role="moderator")
    client.login(moderator)
    response = client.submit(
        "/resources/new",
        {
            "title": "Heat and cold for neck pain",
            "section": "daily-living",
            "summary": "When warmth helps.",
            "body": "## Heat\n\nWarmth helps.",
            "position": "2",
            "tags": "Heat",
            "is_published": "y",
        },
    )
    assert response.status_code == 302 and response.headers["Location"] == "/resources/heat-and-cold-for-neck-pain"
    client.logout()
    html = client.get("/resources/heat-and-cold-for-neck-pain").get_data(as_text=True)
    assert "<h2>Heat</h2>" in html and "Wheat bag timing" in html and 'href="/tags/heat"' in html


def test_edits_keep_revisions_and_unpublished_pages_are_hidden(app, db, client, make_user):
    moderator = make_user("librarian", role="moderator")
    client.login(moderator)
    client.submit(
        "/resources/new",
        {"title": "Draft page", "section": "research", "body": "First text", "position": "1", "is_published": "y"},
    )
    response = client.submit(
        "/resources/draft-page/edit",
        {"title": "Draft page", "section": "research", "body": "Second text", "position": "1", "reason": "clearer"},
    )  # fmt: skip  (unpublished now)
    assert response.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(ResourceRevision.body_source)) == "First text"
        assert db.session.scalar(select(Resource.is_published)) is False
    assert "Draft page" in client.get("/resources").get_data(as_text=True)  # moderators see drafts
    client.logout()
    assert "Draft page" not in client.get("/resources").get_data(as_text=True)
    assert client.get("/resources/draft-page").status_code == 404
    assert "Draft page" not in client.get("/search?q=second").get_data(as_text=True)


def test_only_moderators_write_resources(app, db, client, make_user):
    client.login(make_user())
    assert client.get("/resources/new").status_code == 403
    assert client.submit("/resources/new", {"title": "Mine", "section": "research", "body": "x"}).status_code == 403
    client.logout()
    client.login(make_user(role="moderator"))
    bad = client.submit("/resources/new", {"title": "Somewhere", "section": "nowhere", "body": "x", "position": "1"})
    assert bad.status_code == 400 and "section" in bad.get_data(as_text=True)
    assert client.submit("/resources/new", {"title": "", "section": "research", "body": "x"}).status_code == 400
    with app.app_context():
        assert db.session.scalar(select(func.count(Resource.id))) == 0
    assert client.get("/resources/no-such-page").status_code == 404
    assert client.get("/resources/no-such-page/edit").status_code == 404
