"""Public profiles and Atom feeds."""

import feedparser
import pytest

from forum.models import Post, Thread, User
from forum.stories.services import DetailsInput
from tests.conftest import count_queries


def test_profile_shows_public_work_only(
    app, db, client, make_user, make_thread, make_reply, make_story, make_tag, make_tip
):
    make_tag("Heat", group="Heat and cold")
    member = make_user("open_robin", bio_html="<p>Living with CD since 2019.</p>")
    make_thread(author=member, title="My public discussion")
    make_tip(member, title="My public tip", tags="Heat")
    make_story(member, title="My open story", details=DetailsInput())
    make_story(member, title="My secret story", is_anonymous=True, details=DetailsInput())
    elsewhere = make_thread(title="Someone else's thread")
    make_reply(elsewhere, author=member, body="A visible reply")
    hidden = make_reply(elsewhere, author=member, body="A hidden reply")
    hidden_thread = make_thread(author=member, title="A thread the moderators hid")
    with app.app_context():
        db.session.get(Post, hidden.id).status = "hidden"
        db.session.get(Thread, hidden_thread.id).status = "hidden"
        db.session.commit()
    html = client.get("/u/open_robin").get_data(as_text=True)
    for visible in (
        "My public discussion",
        "My public tip",
        "My open story",
        "Someone else&#39;s thread",
        "Living with CD since 2019.",
    ):
        assert visible in html, visible
    for invisible in ("My secret story", "A thread the moderators hid"):
        assert invisible not in html
    assert "1 discussion · 1 story · 1 tip · 1 reply" in html
    assert client.get("/u/OPEN_ROBIN").status_code == 200


def test_unknown_and_erased_members_have_no_profile(app, db, client, make_user):
    gone = make_user("gone_away")
    with app.app_context():
        db.session.get(User, gone.id).is_deleted = True
        db.session.commit()
    assert client.get("/u/gone_away").status_code == 404
    assert client.get("/u/nobody_at_all").status_code == 404


def test_profile_paginates_with_bounded_queries(app, client, make_user, make_thread):
    member = make_user("busy_bee")
    counts = []
    for n in (3, 30):
        for i in range(n):
            make_thread(author=member, title=f"Thread {i}")
        with count_queries(app) as statements:
            client.get("/u/busy_bee")
        counts.append(len(statements))
    assert counts[0] == counts[1] and counts[0] <= 5, counts
    assert client.get("/u/busy_bee?page=2").status_code == 200
    assert client.get("/u/busy_bee?page=9").status_code == 404


@pytest.mark.parametrize("url", ["/feed.atom", "/stories/feed.atom", "/tips/feed.atom", "/tags/heat/feed.atom"])
def test_every_feed_is_valid_atom_without_hidden_or_anonymous_content(
    app, db, client, make_user, make_thread, make_story, make_tip, make_tag, url
):
    heat = make_tag("Heat", group="Heat and cold")
    secret = make_user("secret_sparrow")
    make_thread(title="A visible discussion & more")
    story = make_story(secret, title="Anonymous story", is_anonymous=True, details=DetailsInput())
    make_tip(title="Visible tip", tags="Heat")
    gone = make_thread(title="Hidden discussion")
    with app.app_context():
        db.session.get(Thread, gone.id).status = "hidden"
        from forum.models import thread_tags

        db.session.execute(thread_tags.insert().values(thread_id=story.id, tag_id=heat.id))
        db.session.commit()
    response = client.get(url)
    assert response.status_code == 200 and response.mimetype == "application/atom+xml"
    feed = feedparser.parse(response.data)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title and feed.feed.updated and feed.entries
    for entry in feed.entries:
        assert entry.id and entry.title and entry.updated_parsed and entry.link.startswith("http")
        assert entry.author != "secret_sparrow"
    body = response.get_data(as_text=True)
    assert "Hidden discussion" not in body and "secret_sparrow" not in body


def test_pages_link_their_feeds(client, make_tag):
    make_tag("Heat", group="Heat and cold")
    for page, feed in (
        ("/", "/feed.atom"),
        ("/stories", "/stories/feed.atom"),
        ("/tips", "/tips/feed.atom"),
        ("/tags/heat", "/tags/heat/feed.atom"),
    ):
        html = client.get(page).get_data(as_text=True)
        assert 'rel="alternate" type="application/atom+xml"' in html and f'href="{feed}"' in html, page


def test_unknown_tag_feed_is_404(client):
    assert client.get("/tags/no-such-tag/feed.atom").status_code == 404


def test_names_link_to_profiles_but_anonymous_ones_do_not(client, make_user, make_story, make_reply):
    secret = make_user("secret_sparrow")
    story = make_story(secret, is_anonymous=True, details=DetailsInput())
    make_reply(story, author=make_user("open_robin"))
    html = client.get(f"/t/{story.id}/{story.slug}").get_data(as_text=True)
    assert 'href="/u/open_robin"' in html and "/u/secret_sparrow" not in html
