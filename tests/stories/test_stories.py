"""Writing, finding, editing and reacting to stories, and keeping anonymous authors anonymous."""

import re

import pytest
from sqlalchemy import func, select

from forum.models import Post, PostRevision, Reaction, StoryDetails, StoryPosture, StoryTreatment, Thread, utcnow
from forum.stories.services import DetailsInput
from tests.conftest import count_queries

THIS_YEAR = utcnow().year


def story_form(**overrides) -> dict:
    data = {
        "title": "Eleven years of 'it's just stress'",
        "body": "## First signs\n\nMy chin started turning right when I was tired.",
        "tags": "",
        "onset_year": "2012",
        "years_to_diagnosis": "11",
        "postures": ["torticollis", "tremor"],
        "misdiagnoses": ["stress_anxiety", "posture"],
        "diagnosed_by": "movement_specialist",
        "treatment_botulinum_toxin": "somewhat_better",
        "treatment_physical_therapy": "much_better",
        "insights_consent": "y",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def count(app, db, model, *where) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model).where(*where))


def titles_in(html: str) -> list[str]:
    return re.findall(r'<h2><a href="/t/\d+/[^"]*">([^<]+)</a></h2>', html)


# --- writing ----------------------------------------------------------------------------


def test_new_story_form_suggests_sections(client, make_user):
    client.login(make_user())
    html = client.get("/stories/new").get_data(as_text=True)
    for heading in (
        "## First signs",
        "## Finding a diagnosis",
        "## Treatments",
        "## Life today",
        "## Advice for someone",
    ):
        assert heading in html
    for name in ("onset_year", "years_to_diagnosis", "postures", "misdiagnoses", "diagnosed_by", "insights_consent"):
        assert f'name="{name}"' in html
    assert 'name="treatment_botulinum_toxin"' in html and 'name="is_anonymous"' in html


def test_member_writes_a_story_with_details(app, db, client, make_user):
    client.login(make_user("brave_wren"))
    response = client.submit("/stories/new", story_form())
    assert response.status_code == 302
    with app.app_context():
        story = db.session.scalar(select(Thread).where(Thread.kind == "story"))
        details = db.session.get(StoryDetails, story.id)
        assert details.onset_year == 2012 and details.years_to_diagnosis == 11 and details.insights_consent
        treatments = dict(db.session.execute(select(StoryTreatment.treatment, StoryTreatment.response)).all())
    assert treatments == {"botulinum_toxin": "somewhat_better", "physical_therapy": "much_better"}
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Journey at a glance" in html
    for fact in ("2012", "11 years", "Movement-disorder specialist", "Torticollis", "Stress or anxiety", "Much better"):
        assert fact in html
    assert "nothing here is medical advice" in html
    assert html.index("Journey at a glance") < html.index('data-depth="0"')  # above the narrative
    assert "brave_wren" in html


def test_a_story_with_no_details_at_all(app, db, client, make_user):
    client.login(make_user())
    minimal = {"title": "Just words", "body": "I only want to write."}
    response = client.submit("/stories/new", minimal)
    assert response.status_code == 302
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "didn't add details" in html or "didn&#39;t add details" in html


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"onset_year": str(THIS_YEAR + 1)}, "between 1900 and"),
        ({"onset_year": "1899"}, "between 1900 and"),
        ({"onset_year": "twenty"}, "whole number"),
        ({"onset_year": "2012.5"}, "whole number"),
        ({"years_to_diagnosis": "-2"}, "between 0 and 80"),
        ({"years_to_diagnosis": "400"}, "between 0 and 80"),
        ({"onset_year": str(THIS_YEAR - 2), "years_to_diagnosis": "5"}, "diagnosed 5 years later"),
        ({"postures": ["torticollis", "wobble"]}, "recognise wobble"),
        ({"misdiagnoses": ["gremlins"]}, "recognise gremlins"),
        ({"diagnosed_by": "wizard"}, "choose from the list"),
        ({"treatment_botulinum_toxin": "miraculous"}, "choose from the list"),
        ({"title": ""}, "give your thread a title"),
        ({"body": "   "}, "write something"),
    ],
)
def test_bad_story_input_is_refused_and_writes_nothing(app, db, client, make_user, overrides, message):
    client.login(make_user())
    response = client.submit("/stories/new", story_form(**overrides))
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert message in html.replace("&#39;", "'")
    if overrides.get("body") is None:
        assert "My chin started turning right" in html  # the text comes back
    assert count(app, db, Thread) == 0 and count(app, db, StoryDetails) == 0


def test_visitor_cannot_write_a_story(app, db, client):
    assert client.get("/stories/new").status_code == 302
    response = client.submit("/stories/new", story_form())
    assert response.status_code == 401 and 'action="/login"' in response.get_data(as_text=True)
    assert count(app, db, Thread) == 0


# --- editing ----------------------------------------------------------------------------


def test_author_edits_text_and_details(app, db, client, make_user, make_story):
    author = make_user()
    story = make_story(author, details=DetailsInput(onset_year=2015, postures=["laterocollis"]))
    client.login(author)
    page = client.get(f"/stories/{story.id}/edit").get_data(as_text=True)
    assert 'value="2015"' in page
    assert re.search(r'<input checked[^>]*value="laterocollis"', page)
    response = client.submit(
        f"/stories/{story.id}/edit",
        story_form(
            title="My story, updated",
            body="New words.",
            onset_year="2016",
            years_to_diagnosis="3",
            postures=["retrocollis"],
        ),
    )
    assert response.status_code == 302
    with app.app_context():
        details = db.session.get(StoryDetails, story.id)
        assert details.onset_year == 2016
        assert list(db.session.scalars(select(StoryPosture.posture))) == ["retrocollis"]
        assert db.session.scalar(select(PostRevision.body_source)).startswith("## First signs")
        assert db.session.get(Thread, story.id).title == "My story, updated"


def test_editing_via_the_post_url_leads_to_the_story_form(client, make_user, make_story, root_post_of):
    author = make_user()
    story = make_story(author)
    client.login(author)
    response = client.get(f"/p/{root_post_of(story).id}/edit")
    assert response.status_code == 302 and response.headers["Location"] == f"/stories/{story.id}/edit"


def test_forged_anonymity_on_someone_elses_story_is_refused(app, db, client, make_user, make_story):
    story = make_story(title="Mine, not yours")
    client.login(make_user())
    assert client.get(f"/stories/{story.id}/edit").status_code == 403
    response = client.submit(f"/stories/{story.id}/edit", story_form(is_anonymous="y", title="Hijacked"))
    assert response.status_code == 403
    with app.app_context():
        saved = db.session.get(Thread, story.id)
        assert not saved.is_anonymous and saved.title == "Mine, not yours"


def test_bad_edit_keeps_the_story_as_it_was(app, db, client, make_user, make_story):
    author = make_user()
    story = make_story(author, details=DetailsInput(onset_year=2015))
    client.login(author)
    response = client.submit(f"/stories/{story.id}/edit", story_form(onset_year="3000", body="Changed"))
    assert response.status_code == 400
    with app.app_context():
        assert db.session.get(StoryDetails, story.id).onset_year == 2015
        assert count(app, db, PostRevision) == 0


# --- anonymity --------------------------------------------------------------------------


def test_anonymous_author_appears_on_no_public_page(app, db, client, make_user, make_story, make_reply, root_post_of):
    author = make_user("hidden_heron")
    story = make_story(author, title="Quietly told", is_anonymous=True, details=DetailsInput(onset_year=2019))
    # the author answers a reply in their own story; another member answers the author
    other = make_user("open_otter")
    first = make_reply(story, author=other, body="Thank you for sharing this.")
    author_reply = make_reply(story, author=author, parent=first, body="Thank you for reading.")
    make_reply(story, author=other, parent=author_reply, body="Any time.")
    pages = [
        "/",
        "/stories",
        f"/t/{story.id}/{story.slug}",
        "/stories?posture=torticollis",
        "/insights",
        f"/t/{story.id}/reply?parent_id={author_reply.id}",
    ]
    for viewer in (None, make_user("curious_cat")):
        if viewer:
            client.login(viewer)
        for url in pages:
            response = client.get(url)
            if response.status_code == 302:
                continue
            html = response.get_data(as_text=True)
            assert "hidden_heron" not in html, (url, viewer)
    story_page = client.get(f"/t/{story.id}/{story.slug}").get_data(as_text=True)
    assert "a community member" in story_page and "open_otter" in story_page
    title = re.search(r"<title>(.*?)</title>", story_page, re.S).group(1)
    assert "hidden_heron" not in title


def test_author_and_moderators_see_the_truth(client, make_user, make_story):
    author = make_user("hidden_heron")
    story = make_story(author, is_anonymous=True)
    client.login(author)
    assert "You shared this story anonymously" in client.get(f"/t/{story.id}/{story.slug}").get_data(as_text=True)
    assert client.get(f"/stories/{story.id}/edit").status_code == 200
    client.logout()
    client.login(make_user("watchful", role="moderator"))
    html = client.get(f"/t/{story.id}/{story.slug}").get_data(as_text=True)
    assert "written by hidden_heron" in html


# --- reactions --------------------------------------------------------------------------


def _react(client, post_id: int, kind: str):
    return client.submit(f"/p/{post_id}/react", {"kind": kind})


def test_support_and_me_too_toggle_with_counts(app, db, client, make_user, make_story, root_post_of):
    story = make_story()
    root = root_post_of(story)
    client.login(make_user())
    assert _react(client, root.id, "support").status_code == 302
    assert _react(client, root.id, "me_too").status_code == 302
    with app.app_context():
        post = db.session.get(Post, root.id)
        assert (post.support_count, post.me_too_count) == (1, 1)
    html = client.get(f"/t/{story.id}/{story.slug}").get_data(as_text=True)
    assert 'aria-pressed="true"' in html
    _react(client, root.id, "support")  # take it back
    with app.app_context():
        assert db.session.get(Post, root.id).support_count == 0
        assert count(app, db, Reaction) == 1


def test_reactions_are_one_per_member_and_counted(app, db, client, make_user, make_story, root_post_of):
    story = make_story()
    root = root_post_of(story)
    for _ in range(3):
        member = make_user()
        client.login(member)
        _react(client, root.id, "support")
        client.logout()
    with app.app_context():
        assert db.session.get(Post, root.id).support_count == 3
    assert "3</span>" in client.get(f"/t/{story.id}/{story.slug}").get_data(as_text=True)


def test_no_reacting_to_your_own_story_or_with_bad_kinds(app, db, client, make_user, make_story, root_post_of):
    author = make_user()
    story = make_story(author)
    root = root_post_of(story)
    client.login(author)
    assert _react(client, root.id, "support").status_code == 403
    client.logout()
    client.login(make_user())
    assert _react(client, root.id, "love").status_code == 400
    assert _react(client, root.id, "helpful").status_code == 403  # helpful is for tips
    assert _react(client, 999999, "support").status_code == 404
    assert client.post(f"/p/{root.id}/react", data={"kind": "support"}).status_code == 400  # no CSRF
    assert count(app, db, Reaction) == 0


def test_visitors_and_discussions_get_no_reactions(app, db, client, make_user, make_thread, root_post_of):
    thread = make_thread()
    root = root_post_of(thread)
    response = client.submit(f"/p/{root.id}/react", {"kind": "support"})
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    client.login(make_user())
    assert _react(client, root.id, "support").status_code == 403
    assert count(app, db, Reaction) == 0


# --- finding ----------------------------------------------------------------------------


@pytest.fixture
def library(make_user, make_story):
    """Five stories with known details."""
    d = DetailsInput
    specs = {
        "Turning left": d(
            years_to_diagnosis=0, postures=["torticollis"], treatments={"botulinum_toxin": "much_better"}
        ),
        "Tilted and tired": d(
            years_to_diagnosis=2, postures=["laterocollis"], treatments={"physical_therapy": "no_change"}
        ),
        "Back and forth": d(
            years_to_diagnosis=4,
            postures=["torticollis", "tremor"],
            treatments={"botulinum_toxin": "worse", "dbs": "much_better"},
        ),
        "Chin to chest": d(
            years_to_diagnosis=8, postures=["anterocollis"], treatments={"oral_medication": "no_change"}
        ),
        "Fifteen years": d(
            years_to_diagnosis=15,
            postures=["retrocollis", "torticollis"],
            treatments={"botulinum_toxin": "somewhat_better"},
        ),
    }
    stories = {}
    for title, details in specs.items():
        stories[title] = make_story(make_user(), title=title, details=details)
    return stories


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"Turning left", "Tilted and tired", "Back and forth", "Chin to chest", "Fifteen years"}),
        ("posture=torticollis", {"Turning left", "Back and forth", "Fifteen years"}),
        ("posture=anterocollis", {"Chin to chest"}),
        ("treatment=botulinum_toxin", {"Turning left", "Back and forth", "Fifteen years"}),
        ("treatment=dbs", {"Back and forth"}),
        ("diagnosis=under_1", {"Turning left"}),
        ("diagnosis=1_2", {"Tilted and tired"}),
        ("diagnosis=3_5", {"Back and forth"}),
        ("diagnosis=6_10", {"Chin to chest"}),
        ("diagnosis=over_10", {"Fifteen years"}),
        ("posture=torticollis&treatment=botulinum_toxin", {"Turning left", "Back and forth", "Fifteen years"}),
        ("posture=torticollis&diagnosis=over_10", {"Fifteen years"}),
        ("posture=tremor&treatment=dbs&diagnosis=3_5", {"Back and forth"}),
        ("posture=laterocollis&treatment=botulinum_toxin", set()),
        ("treatment=botulinum_toxin&diagnosis=6_10", set()),
    ],
)
def test_filters_and_their_combinations(client, library, query, expected):
    html = client.get(f"/stories?{query}").get_data(as_text=True)
    assert set(titles_in(html)) == expected
    for part in filter(None, query.split("&")):
        key, value = part.split("=")
        assert f'value="{value}" selected' in html  # the filter is kept in the page and URL


def test_tag_filter(app, db, client, library):
    from forum.models import Tag

    with app.app_context():
        tag = Tag(slug="sleep", name="Sleep", name_key="sleep", group="Sleep")
        db.session.add(tag)
        story = db.session.get(Thread, library["Chin to chest"].id)
        db.session.refresh(story, ["tags"])
        story.tags.append(tag)
        db.session.commit()
    assert titles_in(client.get("/stories?tag=sleep").get_data(as_text=True)) == ["Chin to chest"]
    assert titles_in(client.get("/stories?tag=sleep&posture=torticollis").get_data(as_text=True)) == []


def test_unknown_filter_values_are_explained_not_errors(client, library):
    response = client.get("/stories?posture=wobble&sort=random&diagnosis=forever")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "didn't recognise the posture" in html.replace("&#39;", "'")
    assert len(titles_in(html)) == 5


def test_sort_by_support_and_featured_first(app, db, client, library, make_user, root_post_of):
    supported = library["Chin to chest"]
    root = root_post_of(supported)
    for _ in range(2):
        client.login(make_user())
        _react(client, root.id, "support")
        client.logout()
    assert titles_in(client.get("/stories?sort=supported").get_data(as_text=True))[0] == "Chin to chest"
    newest_first = titles_in(client.get("/stories").get_data(as_text=True))
    assert newest_first[0] == "Fifteen years"
    with app.app_context():
        db.session.get(Thread, library["Turning left"].id).featured_at = utcnow()
        db.session.commit()
    assert titles_in(client.get("/stories?sort=supported").get_data(as_text=True))[0] == "Turning left"
    assert titles_in(client.get("/stories").get_data(as_text=True))[0] == "Turning left"


def test_hidden_and_pending_stories_are_not_listed(app, db, client, library):
    with app.app_context():
        db.session.get(Thread, library["Turning left"].id).status = "hidden"
        db.session.get(Thread, library["Tilted and tired"].id).status = "pending"
        db.session.commit()
    titles = set(titles_in(client.get("/stories").get_data(as_text=True)))
    assert titles == {"Back and forth", "Chin to chest", "Fifteen years"}


def test_story_listing_paginates(client, make_user, make_story):
    author = make_user()
    for n in range(14):
        make_story(author, title=f"Story {n:02d}")
    first = titles_in(client.get("/stories").get_data(as_text=True))
    second = titles_in(client.get("/stories?page=2").get_data(as_text=True))
    assert len(first) == 12 and len(second) == 2 and not set(first) & set(second)
    assert client.get("/stories?page=3").status_code == 404


def _stories(make_user, make_story, n: int) -> list:
    author = make_user()
    details = DetailsInput(
        onset_year=2010,
        years_to_diagnosis=3,
        postures=["torticollis", "tremor"],
        misdiagnoses=["spine"],
        treatments={"botulinum_toxin": "much_better", "massage": "no_change"},
    )
    return [make_story(author, title=f"Story {i}", details=details) for i in range(n)]


def test_listing_and_story_page_run_bounded_queries(app, client, make_user, make_story, make_reply):
    counts = {}
    for n in (2, 30):
        stories = _stories(make_user, make_story, n)
        for s in stories[:3]:
            make_reply(s)
        with count_queries(app) as listing:
            client.get("/stories?posture=torticollis")
        with count_queries(app) as page:
            client.get(f"/t/{stories[0].id}/{stories[0].slug}")
        counts[n] = (len(listing), len(page))
    assert counts[2] == counts[30], counts
    assert counts[30][0] <= 8 and counts[30][1] <= 10, counts
