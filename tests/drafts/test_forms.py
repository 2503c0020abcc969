"""Drafts in every writing form: "Save draft" without JavaScript, the form filled from a draft,
and the draft deleted only once the post has been accepted."""

from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from forum.models import Post, Thread
from tests.drafts.helpers import autosave, drafts_in, fields, form_with, textarea_value

WORDS = "It started as a small pull to the left\nand then it never let go."


@dataclass
class Form:
    url: str  # where the form is (GET) and where it posts
    place: str
    typed: dict  # what the member typed: enough for a draft, not necessarily to post
    valid: dict  # a complete, acceptable post


@pytest.fixture
def member(client, make_user):
    user = make_user("careful_writer")
    client.login(user)
    return user


@pytest.fixture
def forms(member, make_thread, make_category, make_story, make_tip, make_tag, make_reply, root_post_of):
    make_tag("Heat", group="Heat and cold")
    category = make_category(slug="living-with-cd")
    thread = make_thread(category=category)
    story = make_story(member, title="My story so far", body="The first version.")
    own_reply = make_reply(thread, author=member, body="My first reply.")
    return {
        "reply": Form(f"/t/{thread.id}/reply", f"reply:thread:{thread.id}", {"body": WORDS}, {"body": WORDS}),
        "new thread": Form(
            "/c/living-with-cd/new",
            "thread:new:living-with-cd",
            {"title": "Ha", "body": WORDS},  # a title too short to post, and that's fine for a draft
            {"title": "Evenings are the hardest", "body": WORDS, "tags": "Heat"},
        ),
        "new story": Form(
            "/stories/new",
            "story:new",
            {"title": "", "body": WORDS, "is_anonymous": "y", "postures": ["torticollis", "tremor"]},
            {"title": "Twelve years to a name", "body": WORDS, "is_anonymous": "y"},
        ),
        "edit story": Form(
            f"/stories/{story.id}/edit",
            f"story:edit:{story.id}",
            {"title": "My story so far", "body": WORDS, "reason": "Half-way through a rewrite"},
            {"title": "My story so far", "body": WORDS, "reason": "Rewritten"},
        ),
        "new tip": Form(
            "/tips/new",
            "tip:new",
            {"title": "Warm", "body": WORDS},
            {"title": "A warm wheat bag", "body": WORDS, "tags": "Heat"},
        ),
        "edit post": Form(
            f"/p/{own_reply.id}/edit", f"post:edit:{own_reply.id}", {"body": WORDS}, {"body": WORDS, "reason": "typo"}
        ),
    }


FORM_NAMES = ["reply", "new thread", "new story", "edit story", "new tip", "edit post"]


def _counts(app, db):
    with app.app_context():
        return db.session.scalar(select(func.count(Thread.id))), db.session.scalar(select(func.count(Post.id)))


@pytest.mark.parametrize("name", FORM_NAMES)
def test_save_draft_button_keeps_the_words_without_posting(app, db, client, forms, name):
    form = forms[name]
    before = _counts(app, db)
    response = client.submit(form.url, {**form.typed, "save_draft": "1", "draft_revision": "0"})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Draft saved" in html
    assert textarea_value(html, "body") == WORDS.replace("\n", "\n")  # the form again, every word in it
    assert _counts(app, db) == before  # nothing was posted
    (draft,) = drafts_in(app, db)
    assert draft.place == form.place
    assert fields(draft)["body"] == [WORDS]
    # The page now carries the new revision, for the next save from the same page.
    assert form_with(html, form.url)["attrs"]["data-draft-revision"] == str(draft.revision)


@pytest.mark.parametrize("name", FORM_NAMES)
def test_the_form_opens_filled_from_the_draft(app, db, client, forms, name):
    form = forms[name]
    client.submit(form.url, {**form.typed, "save_draft": "1"})
    html = client.get(form.url).get_data(as_text=True)
    assert "Restored your draft from" in html and "Discard draft" in html
    assert textarea_value(html, "body") == WORDS
    (draft,) = drafts_in(app, db)
    attrs = form_with(html, form.url)["attrs"]
    assert attrs["data-draft-place"] == form.place
    assert attrs["data-draft-revision"] == str(draft.revision)
    assert attrs["data-draft-url"] == f"/drafts/{form.place}"


def test_a_restored_story_keeps_its_choices(app, db, client, forms):
    form = forms["new story"]
    client.submit(form.url, {**form.typed, "save_draft": "1"})
    sent = form_with(client.get(form.url).get_data(as_text=True), form.url)["fields"]
    assert ["is_anonymous", "y"] in sent  # "post anonymously" must survive a draft
    assert [value for name, value in sent if name == "postures"] == ["torticollis", "tremor"]


@pytest.mark.parametrize("name", FORM_NAMES)
def test_the_draft_goes_once_the_post_is_accepted(app, db, client, forms, name):
    form = forms[name]
    html = client.submit(form.url, {**form.typed, "save_draft": "1"}).get_data(as_text=True)
    revision = form_with(html, form.url)["attrs"]["data-draft-revision"]
    assert len(drafts_in(app, db)) == 1
    response = client.submit(form.url, {**form.valid, "draft_revision": revision})
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    assert drafts_in(app, db) == []


@pytest.mark.parametrize("name", ["new thread", "new story", "new tip", "reply", "edit post"])
def test_the_draft_stays_when_the_post_is_refused(app, db, client, forms, name):
    form = forms[name]
    html = client.submit(form.url, {**form.typed, "save_draft": "1"}).get_data(as_text=True)
    revision = form_with(html, form.url)["attrs"]["data-draft-revision"]
    refused = {**form.valid, "body": "   ", "draft_revision": revision}  # fails validation
    response = client.submit(form.url, refused)
    assert response.status_code == 400
    assert [fields(d)["body"] for d in drafts_in(app, db)] == [[WORDS]]


def test_the_draft_stays_when_the_thread_was_locked_meanwhile(app, db, client, forms, make_thread):
    form = forms["reply"]
    client.submit(form.url, {"body": WORDS, "save_draft": "1"})
    thread_id = int(form.place.rsplit(":", 1)[1])
    with app.app_context():
        db.session.get(Thread, thread_id).is_locked = True
        db.session.commit()
    response = client.submit(form.url, {"body": WORDS})
    assert response.status_code == 403
    assert "locked" in response.get_data(as_text=True)
    assert textarea_value(response.get_data(as_text=True), "body") == WORDS
    assert len(drafts_in(app, db)) == 1


def test_a_post_held_for_a_privacy_check_keeps_its_draft(app, db, client, forms):
    form = forms["reply"]
    client.submit(form.url, {"body": "Call me on 07700 900123", "save_draft": "1"})
    response = client.submit(form.url, {"body": "Call me on 07700 900123"})
    assert response.status_code == 200 and "Before you post" in response.get_data(as_text=True)
    assert len(drafts_in(app, db)) == 1


def test_a_different_draft_from_another_window_survives_a_post(app, db, client, forms):
    form = forms["reply"]
    client.submit(form.url, {"body": "From window one", "save_draft": "1"})
    (first,) = drafts_in(app, db)
    # Window two saves different words on top; window one then posts what it had.
    autosave(client, form.place, {"body": ["Window two's different reply"]}, revision=first.revision)
    assert (
        client.submit(form.url, {"body": "From window one", "draft_revision": str(first.revision)}).status_code == 302
    )
    assert [fields(d)["body"] for d in drafts_in(app, db)] == [["Window two's different reply"]]


def test_no_js_save_never_overwrites_a_newer_draft(app, db, client, forms):
    form = forms["new tip"]
    html = client.get(form.url).get_data(as_text=True)
    assert form_with(html, form.url)["attrs"]["data-draft-revision"] == "0"
    # Meanwhile another device saves.
    newer = autosave(client, form.place, {"title": ["From my phone"], "body": ["Phone words"]}).json["revision"]
    response = client.submit(
        form.url, {"title": "From the laptop", "body": "Laptop words", "save_draft": "1", "draft_revision": "0"}
    )
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert "A newer draft was saved" in html and "Phone words" in html
    assert textarea_value(html, "body") == "Laptop words"  # the member's own words stay in the form
    assert fields(drafts_in(app, db)[0])["body"] == ["Phone words"]
    # Having seen it, saving again from this page replaces it.
    revision = form_with(html, form.url)["fields"]
    assert ["draft_revision", str(newer)] in revision
    response = client.submit(
        form.url, {"title": "From the laptop", "body": "Laptop words", "save_draft": "1", "draft_revision": str(newer)}
    )
    assert response.status_code == 200
    assert fields(drafts_in(app, db)[0])["body"] == ["Laptop words"]


def test_no_js_save_of_an_empty_form_keeps_the_draft(app, db, client, forms):
    form = forms["new tip"]
    html = client.submit(form.url, {"title": "Cold", "body": WORDS, "save_draft": "1"}).get_data(as_text=True)
    revision = form_with(html, form.url)["attrs"]["data-draft-revision"]
    response = client.submit(form.url, {"title": "", "body": "", "save_draft": "1", "draft_revision": revision})
    assert "doesn't replace the draft you saved" in response.get_data(as_text=True)
    assert fields(drafts_in(app, db)[0])["body"] == [WORDS]


def test_discard_removes_the_draft_and_goes_back(app, db, client, forms):
    form = forms["new tip"]
    html = client.submit(form.url, {"title": "Cold", "body": WORDS, "save_draft": "1"}).get_data(as_text=True)
    discard = form_with(html, f"/drafts/{form.place}/discard")
    response = client.submit(discard["action"], dict(discard["fields"]))
    assert response.status_code == 302 and response.headers["Location"] == "/tips/new"
    assert drafts_in(app, db) == []
    assert WORDS not in client.get(form.url).get_data(as_text=True)


def test_discard_keeps_a_draft_changed_since(app, db, client, forms):
    form = forms["new tip"]
    first = autosave(client, form.place, {"body": ["First"]}).json["revision"]
    autosave(client, form.place, {"body": ["Changed in another window"]}, revision=first)
    response = client.submit(f"/drafts/{form.place}/discard", {"draft_revision": str(first), "next": "/tips/new"})
    assert response.status_code == 302
    assert [fields(d)["body"] for d in drafts_in(app, db)] == [["Changed in another window"]]


@pytest.mark.parametrize(
    "target", ["//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"]
)
def test_discard_only_goes_back_to_this_site(client, forms, target):
    autosave(client, "tip:new", {"body": ["x"]})
    response = client.submit("/drafts/tip:new/discard", {"next": target})
    assert response.headers["Location"] == "/tips/new"


def test_the_thread_page_reply_box_is_filled_for_its_member_only(app, db, client, forms, make_reply):
    form = forms["reply"]
    thread_id = int(form.place.rsplit(":", 1)[1])
    with app.app_context():
        thread = db.session.get(Thread, thread_id)
        url = f"/t/{thread.id}/{thread.url_slug}"
        parent = db.session.scalar(select(Post.id).where(Post.thread_id == thread_id, Post.depth == 1))
    client.submit(form.url, {"body": WORDS, "parent_id": str(parent), "save_draft": "1"})
    response = client.get(url)
    html = response.get_data(as_text=True)
    assert "X-Cache" not in response.headers  # a member's page is never cached
    reply_form = form_with(html, f"/t/{thread_id}/reply")
    assert ["parent_id", str(parent)] in reply_form["fields"]
    assert textarea_value(html, "body") == WORDS
    assert "Restored your draft from" in html
    # A visitor, before and after, never sees it (nor gets a cached copy of the member's page).
    client.logout()
    visitor = app.test_client()
    for _ in range(2):
        page = visitor.get(url)
        assert "It started as a small pull" not in page.get_data(as_text=True)
    assert page.headers.get("X-Cache") == "HIT"


def test_a_form_with_a_lapsed_token_saves_no_draft(app, db, client, forms):
    form = forms["new tip"]
    response = client.post(form.url, data={"title": "Cold", "body": WORDS, "save_draft": "1", "csrf_token": "stale"})
    assert response.status_code == 400
    assert textarea_value(response.get_data(as_text=True), "body") == WORDS
    assert drafts_in(app, db) == []
