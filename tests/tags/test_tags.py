"""Tag index and pages, the Atom feed, and tag curation by moderators."""

import re
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import func, select

from forum.models import ModAction, Tag, Thread, thread_tags
from forum.stories.services import DetailsInput
from tests.conftest import count_queries

ATOM = "{http://www.w3.org/2005/Atom}"


def tag_thread(app, db, thread, *tag_ids) -> None:
    with app.app_context():
        for tag_id in tag_ids:
            db.session.execute(thread_tags.insert().values(thread_id=thread.id, tag_id=tag_id))
        db.session.commit()


def test_seeded_tags_cover_the_coping_areas(app, db, runner):
    assert "Added" in runner.invoke(args=["forum", "seed-tags"]).output
    with app.app_context():
        tags = db.session.scalars(select(Tag)).all()
    groups = {t.group for t in tags}
    assert len(tags) >= 24 and len(groups) >= 12
    assert {"Sensory tricks", "Sleep", "Injection cycle and wearing-off", "Carers", "Newly diagnosed"} <= groups
    assert "Added 0 tags" in runner.invoke(args=["forum", "seed-tags"]).output


def test_tag_index_groups_tags_with_counts(app, db, client, make_tag, make_tip, make_thread, make_story):
    heat = make_tag("Heat", group="Heat and cold")
    make_tag("Pillows", group="Sleep")
    make_tip(title="Wheat bag", tags="Heat")
    make_tip(title="Shower", tags="Heat")
    tag_thread(app, db, make_thread(), heat.id)
    tag_thread(app, db, make_story(), heat.id)
    html = client.get("/tags").get_data(as_text=True)
    assert "Heat and cold" in html and "Sleep" in html
    assert re.search(r'href="/tags/heat">Heat</a>\s*<span class="meta">2 tips, 1 story, 1 discussion', html)
    assert re.search(r'href="/tags/pillows">Pillows</a>\s*<span class="meta">0 tips, 0 stories, 0 discussions', html)


def test_tag_page_shows_everything_by_kind(app, db, client, make_tag, make_tip, make_thread, make_story):
    heat = make_tag("Heat", group="Heat and cold", description="Warmth for tight muscles.")
    make_tip(title="Wheat bag", tags="Heat")
    tag_thread(app, db, make_thread(title="Heat or ice?"), heat.id)
    tag_thread(app, db, make_story(title="Warm showers saved me"), heat.id)
    html = client.get("/tags/heat").get_data(as_text=True)
    assert "Warmth for tight muscles." in html
    for title in ("Wheat bag", "Heat or ice?", "Warm showers saved me"):
        assert title in html
    assert 'rel="alternate" type="application/atom+xml"' in html
    stories_only = client.get("/tags/heat?kind=story").get_data(as_text=True)
    assert "Warm showers saved me" in stories_only and "Wheat bag" not in stories_only
    assert client.get("/tags/nope").status_code == 404


def test_tag_page_paginates(app, client, make_user, make_tag, make_tip):
    make_tag("Heat", group="Heat and cold")
    author = make_user()
    for i in range(23):
        make_tip(author, title=f"Tip {i}")
    first = client.get("/tags/heat").get_data(as_text=True)
    assert first.count('class="thread-item"') == 20 and "Page 1 of 2" in first
    assert client.get("/tags/heat?page=2").get_data(as_text=True).count('class="thread-item"') == 3
    assert client.get("/tags/heat?page=3").status_code == 404


def test_feed_is_valid_atom_without_anonymous_names(app, db, client, make_user, make_tag, make_tip, make_story):
    heat = make_tag("Heat", group="Heat and cold")
    make_tip(title="Wheat bag & <warmth>", body="Heat it for **two** minutes.", tags="Heat")
    secret = make_story(make_user("secret_sparrow"), title="Told quietly", is_anonymous=True, details=DetailsInput())
    tag_thread(app, db, secret, heat.id)
    response = client.get("/tags/heat/feed.atom")
    assert response.status_code == 200 and response.mimetype == "application/atom+xml"
    assert b"secret_sparrow" not in response.data
    for page in ("/tags/heat", "/tags/heat?kind=story", "/tags"):
        assert "secret_sparrow" not in client.get(page).get_data(as_text=True)
    root = ET.fromstring(response.data)
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{required}") is not None
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 2
    for entry in entries:
        for required in ("id", "title", "updated", "link", "summary", "author"):
            assert entry.find(f"{ATOM}{required}") is not None, required
        assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$", entry.find(f"{ATOM}updated").text)
    titles = {e.find(f"{ATOM}title").text for e in entries}
    assert "Wheat bag & <warmth>" in titles
    assert {e.find(f"{ATOM}author/{ATOM}name").text for e in entries} >= {"a community member"}


def test_tag_pages_run_bounded_queries(app, client, make_user, make_tag, make_tip):
    make_tag("Heat", group="Heat and cold")
    author = make_user()
    counts = []
    for n in (3, 30):
        for i in range(n):
            make_tip(author, title=f"Tip {i}")
        with count_queries(app) as page:
            client.get("/tags/heat")
        with count_queries(app) as index:
            client.get("/tags")
        with count_queries(app) as feed:
            client.get("/tags/heat/feed.atom")
        counts.append((len(page), len(index), len(feed)))
    assert counts[0] == counts[1], counts
    assert max(counts[1]) <= 6, counts


# --- curation ---------------------------------------------------------------------------


def test_only_moderators_manage_tags(app, db, client, make_user, make_tag):
    make_tag("Heat", group="Heat and cold")
    client.login(make_user())
    assert client.get("/tags/manage").status_code == 403
    assert client.submit("/tags/manage", {"name": "Mine", "group": "Sleep"}).status_code == 403
    assert client.submit("/tags/heat/retire").status_code == 403
    assert client.submit("/tags/heat/merge", {"target": "heat"}).status_code == 403
    with app.app_context():
        assert db.session.scalar(select(func.count(Tag.id))) == 1


def test_moderator_creates_renames_and_retires_a_tag(app, db, client, make_user):
    moderator = make_user("tag_keeper", role="moderator")
    client.login(moderator)
    assert (
        client.submit(
            "/tags/manage", {"name": "Jaw  tension", "group": "Pain", "description": "Clenching."}
        ).status_code
        == 302
    )
    assert (
        client.submit("/tags/jaw-tension/edit", {"name": "Jaw pain", "group": "Pain", "description": "d"}).status_code
        == 302
    )
    assert client.get("/tags/jaw-pain").status_code == 200
    assert client.submit("/tags/jaw-pain/retire").status_code == 302
    with app.app_context():
        tag = db.session.scalar(select(Tag))
        assert (tag.name, tag.slug, tag.is_retired) == ("Jaw pain", "jaw-pain", True)
        log = db.session.execute(select(ModAction.action, ModAction.actor_id).order_by(ModAction.id)).all()
    assert [a for a, _ in log] == ["tag.create", "tag.update", "tag.retire"]
    assert {actor for _, actor in log} == {moderator.id}


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("<b>bold</b>", "no commas or markup"),
        ("Bell\x07", "control characters"),
        ("Tab\tname", "control characters"),
        ("x", "2 to 40"),
        ("y" * 41, "2 to 40"),
        ("Heat, cold", "no commas"),
        ("HEAT", "already a tag"),
    ],
)
def test_bad_tag_names_are_refused(app, db, client, make_user, make_tag, name, message):
    make_tag("Heat", group="Heat and cold")
    client.login(make_user(role="moderator"))
    response = client.submit("/tags/manage", {"name": name, "group": "Pain"})
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count(Tag.id))) == 1


def test_merge_moves_everything_without_duplicates(app, db, client, make_user, make_tag, make_tip):
    warmth = make_tag("Warmth", group="Heat and cold")
    heat = make_tag("Heat", group="Heat and cold")
    make_tag("Pillows", group="Sleep")
    both = make_tip(title="Both tags", tags="Warmth, Heat")
    only_old = make_tip(title="Old tag only", tags="Warmth, Pillows")
    make_tip(title="New tag only", tags="Heat")
    client.login(make_user(role="moderator"))
    response = client.submit("/tags/warmth/merge", {"target": "heat"})
    assert response.status_code == 302
    with app.app_context():
        links = db.session.execute(select(thread_tags.c.thread_id, thread_tags.c.tag_id)).all()
        assert len(links) == len(set(links))  # no duplicate links
        assert not [link for link in links if link.tag_id == warmth.id]
        heat_threads = {t for t, tag in links if tag == heat.id}
        assert heat_threads == {
            both.id,
            only_old.id,
            db.session.scalar(select(Thread.id).where(Thread.title == "New tag only")),
        }
        source = db.session.get(Tag, warmth.id)
        assert source.is_retired and source.merged_into_id == heat.id
        assert db.session.scalar(select(ModAction.action)) == "tag.merge"
    redirect = client.get("/tags/warmth?kind=tip")
    assert redirect.status_code == 301 and redirect.headers["Location"] == "/tags/heat?kind=tip"
    assert client.get("/tags/warmth/feed.atom").headers["Location"] == "/tags/heat/feed.atom"
    assert re.search(
        r'href="/tags/heat">Heat</a>\s*<span class="meta">3 tips', client.get("/tags").get_data(as_text=True)
    )


def test_merge_into_itself_or_nowhere_is_refused(app, db, client, make_user, make_tag):
    make_tag("Heat", group="Heat and cold")
    client.login(make_user(role="moderator"))
    assert client.submit("/tags/heat/merge", {"target": "heat"}).status_code == 400
    assert client.submit("/tags/heat/merge", {"target": "no-such-tag"}).status_code == 400
    with app.app_context():
        assert not db.session.scalar(select(Tag.is_retired))
