"""A session that ended or a token that lapsed never costs a member their words."""

import re

import pytest
from sqlalchemy import func, select

from forum.models import Post, Thread, User
from tests.conftest import PASSWORD, FormClient
from tests.drafts.helpers import drafts_in, fields, form_with, textarea_value

# 5,000 characters with line breaks, quotes and markup-like text that must come back exactly.
LONG_REPLY = "\n".join(
    f'Line {i}: the pull is worse by evening & <b>heat</b> helps "a little"; it\'s {i * 7 % 13} out of 10.'
    for i in range(200)
)[:5000]
assert len(LONG_REPLY) == 5000


def _posts(app, db) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count(Post.id)))


def _drop_session_cookie(client) -> None:
    client.delete_cookie("session")


def _sign_in_on(client, html: str, user, password: str = PASSWORD):
    """Fill in the sign-in form on the page of kept words and send it, as a browser would."""
    form = form_with(html, "/login")
    data: dict[str, list[str]] = {}
    for name, value in form["fields"]:
        data.setdefault(name, []).append(value)
    data["login"], data["password"] = [user.username], [password]
    return client.post(form["action"], data=data)


@pytest.fixture
def thread(make_thread):
    return make_thread(title="Evenings")


def test_a_long_reply_sent_after_the_cookie_was_dropped_comes_back_whole(app, db, client, make_user, thread):
    member = make_user("tired_neck")
    client.login(member)
    token = re.search(
        r'name="csrf_token"[^>]*value="([^"]+)"', client.get(f"/t/{thread.id}/reply").get_data(as_text=True)
    )
    _drop_session_cookie(client)
    response = client.post(f"/t/{thread.id}/reply", data={"body": LONG_REPLY, "csrf_token": token.group(1)})
    assert response.status_code == 401
    html = response.get_data(as_text=True)
    assert textarea_value(html, "kept-body") == LONG_REPLY  # all 5,000 characters
    assert "You were signed out" in html
    assert _posts(app, db) == 1  # nothing was posted

    # Signing in on that page keeps the words as a draft and goes back to the reply form.
    response = _sign_in_on(client, html, member)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/t/{thread.id}/reply"
    (draft,) = drafts_in(app, db)
    assert draft.place == f"reply:thread:{thread.id}" and fields(draft)["body"] == [LONG_REPLY]
    page = client.get(response.headers["Location"])
    html = page.get_data(as_text=True)
    assert textarea_value(html, "body") == LONG_REPLY
    assert "your words are back in the form below" in html
    assert _posts(app, db) == 1
    # And sending it from there posts it and clears the draft.
    form = dict(form_with(html, f"/t/{thread.id}/reply")["fields"])
    assert client.post(f"/t/{thread.id}/reply", data=form).status_code == 302
    assert _posts(app, db) == 2 and drafts_in(app, db) == []


def test_a_session_ended_elsewhere_keeps_the_words(app, db, client, make_user, thread, make_reply):
    """Signed out in another tab, or every session ended by a password change: the CSRF token
    may still be good, the sign-in is not."""
    member = make_user("two_tabs")
    parent = make_reply(thread, body="Has anyone tried a neck pillow?")
    client.login(member)
    token = client.csrf_token()
    with app.app_context():
        db.session.get(User, member.id).session_token = "ended"
        db.session.commit()
    response = client.post(
        f"/t/{thread.id}/reply", data={"body": "Yes, a buckwheat one.", "parent_id": parent.id, "csrf_token": token}
    )
    assert response.status_code == 401
    html = response.get_data(as_text=True)
    assert "Yes, a buckwheat one." in html
    response = _sign_in_on(client, html, member)
    assert response.headers["Location"] == f"/t/{thread.id}/reply?parent_id={parent.id}"
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert textarea_value(html, "body") == "Yes, a buckwheat one."
    assert "Has anyone tried a neck pillow?" in html  # still answering the same post


def test_a_story_keeps_every_field_through_signing_in(app, db, client, make_user):
    member = make_user("storyteller")
    client.login(member)
    token = client.csrf_token()
    _drop_session_cookie(client)
    story = {
        "title": "Twelve years to a name",
        "body": "It began at work.",
        "is_anonymous": "y",
        "postures": ["torticollis", "tremor"],
        "onset_year": "2011",
        "treatment_botulinum_toxin": "much_better",
        "csrf_token": token,
    }
    html = client.post("/stories/new", data=story).get_data(as_text=True)
    assert "Post anonymously: yes" in html and "Head tremor" in html and "Much better" in html
    response = _sign_in_on(client, html, member)
    assert response.headers["Location"] == "/stories/new"
    sent = form_with(client.get("/stories/new").get_data(as_text=True), "/stories/new")["fields"]
    for name, value in [
        ("title", "Twelve years to a name"),
        ("is_anonymous", "y"),
        ("postures", "torticollis"),
        ("postures", "tremor"),
        ("onset_year", "2011"),
        ("treatment_botulinum_toxin", "much_better"),
    ]:
        assert [name, value] in sent, name
    assert textarea_value(client.get("/stories/new").get_data(as_text=True), "body") == "It began at work."
    with app.app_context():
        assert db.session.scalar(select(func.count(Thread.id))) == 0


def test_a_wrong_password_on_that_page_keeps_the_words(app, db, client, make_user, thread):
    member = make_user("typo_prone")
    client.login(member)
    token = client.csrf_token()
    _drop_session_cookie(client)
    html = client.post(f"/t/{thread.id}/reply", data={"body": LONG_REPLY, "csrf_token": token}).get_data(as_text=True)
    response = _sign_in_on(client, html, member, password="not my password")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "didn't match" in html and textarea_value(html, "kept-body") == LONG_REPLY
    assert drafts_in(app, db) == []
    assert _sign_in_on(client, html, member).status_code == 302
    assert fields(drafts_in(app, db)[0])["body"] == [LONG_REPLY]


def test_the_sign_in_page_itself_can_lapse_and_still_keeps_the_words(app, db, client, make_user, thread):
    member = make_user("very_slow")
    client.login(member)
    token = client.csrf_token()
    _drop_session_cookie(client)
    html = client.post(f"/t/{thread.id}/reply", data={"body": "Still here", "csrf_token": token}).get_data(as_text=True)
    _drop_session_cookie(client)  # the page of kept words was open a long time too
    response = _sign_in_on(client, html, member)
    assert response.status_code == 401
    html = response.get_data(as_text=True)
    assert textarea_value(html, "kept-body") == "Still here"
    assert _sign_in_on(client, html, member).status_code == 302


def test_signing_in_doesnt_overwrite_a_newer_draft_without_asking(app, db, client, make_user, thread):
    from tests.drafts.helpers import autosave

    member = make_user("phone_and_laptop")
    client.login(member)
    token = client.csrf_token()
    _drop_session_cookie(client)
    html = client.post(f"/t/{thread.id}/reply", data={"body": "Laptop words", "csrf_token": token}).get_data(
        as_text=True
    )
    # Meanwhile, on the phone, the member saved a different draft for the same reply.
    phone = app.test_client()
    from tests.conftest import FormClient

    phone = FormClient(phone)
    phone.login(member)
    autosave(phone, f"reply:thread:{thread.id}", {"body": ["Phone words"]})
    response = _sign_in_on(client, html, member)
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert "You have a newer draft" in html and "Phone words" in html
    assert textarea_value(html, "kept-body") == "Laptop words"
    assert fields(drafts_in(app, db)[0])["body"] == ["Phone words"]
    # Choosing to keep the laptop's words replaces it.
    form = form_with(html, "/drafts/keep")
    response = client.post("/drafts/keep", data=dict(form["fields"]))
    assert response.status_code == 302 and response.headers["Location"] == f"/t/{thread.id}/reply"
    assert fields(drafts_in(app, db)[0])["body"] == ["Laptop words"]


def test_an_autosave_that_lands_after_the_words_were_sent_is_not_a_newer_draft(app, db, client, make_user, thread):
    """An autosave still on its way when the session ended holds the start of the same words."""
    from tests.drafts.helpers import autosave

    member = make_user("still_typing")
    client.login(member)
    token = client.csrf_token()
    other_tab = FormClient(app.test_client())
    other_tab.login(member)
    _drop_session_cookie(client)
    html = client.post(f"/t/{thread.id}/reply", data={"body": LONG_REPLY, "csrf_token": token}).get_data(as_text=True)
    autosave(other_tab, f"reply:thread:{thread.id}", {"body": [LONG_REPLY[:4000]]})  # arrives late
    response = _sign_in_on(client, html, member)
    assert response.status_code == 302 and response.headers["Location"] == f"/t/{thread.id}/reply"
    assert fields(drafts_in(app, db)[0])["body"] == [LONG_REPLY]


@pytest.mark.parametrize("next_url", ["//evil.example/", "https://evil.example/x"])
def test_the_way_back_never_leaves_the_site(app, db, client, make_user, thread, next_url):
    member = make_user("cautious")
    response = client.submit(
        f"/login?next={next_url}",
        {"login": member.username, "password": PASSWORD, "kept_place": f"reply:thread:{thread.id}", "kept-body": "x"},
    )
    assert response.headers["Location"] == f"/t/{thread.id}/reply"


def test_an_unknown_place_is_an_ordinary_sign_in(client, make_user):
    member = make_user("plain")
    response = client.submit(
        "/login?next=/tips",
        {"login": member.username, "password": PASSWORD, "kept_place": "../admin", "kept-body": "x"},
    )
    assert response.status_code == 302 and response.headers["Location"] == "/tips"


@pytest.mark.parametrize(
    "url, data, kept",
    [
        ("/c/general/new", {"title": "A long evening", "body": LONG_REPLY}, ["A long evening"]),
        ("/tips/new", {"title": "Wheat bag", "body": LONG_REPLY[:1900], "tags": "Heat"}, ["Wheat bag", "Heat"]),
    ],
)
def test_an_expired_token_while_signed_in_brings_back_the_same_form(
    app, db, client, make_user, make_category, url, data, kept
):
    make_category(slug="general")
    client.login(make_user("long_writer"))
    response = client.post(url, data={**data, "csrf_token": "expired-or-wrong"})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "Your page was open a long time, so we couldn't check it came from you." in html.replace("&#39;", "'")
    assert textarea_value(html, "body") == data["body"]
    for text in kept:
        assert f'value="{text}"' in html
    assert "Please check the highlighted field" not in html
    form = form_with(html, url)
    fresh = dict(form["fields"])["csrf_token"]
    assert fresh and fresh != "expired-or-wrong"
    with app.app_context():
        assert db.session.scalar(select(func.count(Thread.id))) == 0


def test_an_expired_token_on_a_reply_or_an_edit_brings_the_text_back(app, db, client, make_user, thread, make_reply):
    member = make_user("editor")
    own = make_reply(thread, author=member, body="Original words")
    client.login(member)
    for url in (f"/t/{thread.id}/reply", f"/p/{own.id}/edit"):
        response = client.post(url, data={"body": LONG_REPLY, "csrf_token": "stale"})
        assert response.status_code == 400, url
        assert textarea_value(response.get_data(as_text=True), "body") == LONG_REPLY
    with app.app_context():
        assert db.session.get(Post, own.id).body_source == "Original words"
    assert _posts(app, db) == 2


def test_an_expired_token_on_a_form_that_can_no_longer_be_shown_still_keeps_the_text(client, make_user, make_thread):
    client.login(make_user("someone"))
    thread = make_thread()
    others_post = thread.id  # the root post id: not this member's to edit
    response = client.post(f"/p/{others_post}/edit", data={"body": "My words", "csrf_token": "stale"})
    assert response.status_code == 400
    assert "My words" in response.get_data(as_text=True)


def test_other_forms_still_get_the_kept_fields_page(client, make_user):
    client.login(make_user())
    response = client.post("/settings", data={"bio": "About me, at length", "csrf_token": "stale"})
    assert response.status_code == 400
    assert "About me, at length" in response.get_data(as_text=True)


def test_a_visitor_without_words_is_still_sent_to_sign_in(client, make_thread):
    thread = make_thread()
    response = client.submit(f"/t/{thread.id}/reply", {"body": "  "})
    assert response.status_code == 302 and "/login" in response.headers["Location"]
