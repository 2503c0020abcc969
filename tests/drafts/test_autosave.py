"""The autosave endpoint and the rule behind it: nothing replaces a newer draft with an older or empty one."""

import pytest
from sqlalchemy.exc import IntegrityError

from forum.models import Draft, utcnow
from forum.stories.services import STORY_TEMPLATE
from tests.drafts.helpers import autosave, drafts_in, fields


@pytest.fixture
def member(client, make_user):
    user = make_user("slow_typist")
    client.login(user)
    return user


def test_saves_and_loads_per_place(app, db, client, member, make_thread):
    thread = make_thread()
    response = autosave(client, f"reply:thread:{thread.id}", {"body": ["Half a thought about heat packs"]})
    assert response.status_code == 200
    assert response.json["saved"] is True and response.json["revision"] > 0
    autosave(client, "tip:new", {"title": ["Chin rest"], "body": ["A tip in progress"], "tags": ["Heat"]})
    rows = drafts_in(app, db, member)
    assert {row.place: fields(row) for row in rows} == {
        f"reply:thread:{thread.id}": {"body": ["Half a thought about heat packs"]},
        "tip:new": {"title": ["Chin rest"], "body": ["A tip in progress"], "tags": ["Heat"]},
    }
    page = client.get(f"/t/{thread.id}/reply").get_data(as_text=True)
    assert "Half a thought about heat packs" in page and "Restored your draft from" in page
    assert "A tip in progress" in client.get("/tips/new").get_data(as_text=True)


def test_an_older_revision_is_refused_with_the_newer_draft(app, db, client, member):
    first = autosave(client, "story:new", {"title": ["My road"], "body": ["Window one"]}).json["revision"]
    # Another window started from nothing, and saves after the first one did.
    response = autosave(client, "story:new", {"title": ["My road"], "body": ["Window two"]}, revision=0)
    assert response.status_code == 409
    assert response.json["reason"] == "newer"
    assert response.json["draft"]["fields"]["body"] == ["Window one"]
    assert response.json["draft"]["revision"] == first
    # From the newer revision the save goes through, and the old revision is now stale.
    second = autosave(client, "story:new", {"body": ["Window two, having seen one"]}, revision=first)
    assert second.status_code == 200 and second.json["revision"] > first
    stale = autosave(client, "story:new", {"body": ["Window one again"]}, revision=first)
    assert stale.status_code == 409
    assert fields(drafts_in(app, db, member)[0]) == {"body": ["Window two, having seen one"]}


def test_an_empty_save_never_replaces_words(app, db, client, member):
    revision = autosave(client, "tip:new", {"title": ["Ice"], "body": ["Ten minutes of cold"]}).json["revision"]
    for empty in ({"title": [""], "body": ["   \n  "]}, {}, {"tags": [""]}):
        response = autosave(client, "tip:new", empty, revision=revision)
        assert response.status_code == 409 and response.json["reason"] == "empty"
        assert response.json["draft"]["fields"]["body"] == ["Ten minutes of cold"]
    assert fields(drafts_in(app, db, member)[0])["body"] == ["Ten minutes of cold"]


def test_an_empty_or_untouched_template_stores_nothing(app, db, client, member):
    assert autosave(client, "tip:new", {"body": [""]}).json == {"saved": False, "reason": "empty", "revision": 0}
    # The story form opens with suggested headings: that alone is not a draft.
    response = autosave(client, "story:new", {"body": [STORY_TEMPLATE.replace("\n", "\r\n")], "is_anonymous": ["y"]})
    assert response.json["saved"] is False
    assert drafts_in(app, db) == []


def test_rendering_a_prefilled_form_saves_nothing(app, db, client, member, make_story, root_post_of):
    story = make_story(member)
    for url in ("/stories/new", f"/stories/{story.id}/edit", f"/p/{root_post_of(story).id}/edit", "/tips/new"):
        assert client.get(url).status_code in (200, 302)
    assert drafts_in(app, db) == []


def test_one_draft_per_member_and_place(app, db, client, member, make_thread):
    thread = make_thread()
    place = f"reply:thread:{thread.id}"
    revision = 0
    for text in ("One", "One two", "One two three"):
        revision = autosave(client, place, {"body": [text]}, revision=revision).json["revision"]
    rows = drafts_in(app, db, member)
    assert len(rows) == 1 and fields(rows[0]) == {"body": ["One two three"]}
    with app.app_context():  # the database holds the rule too
        db.session.add(Draft(user_id=member.id, place=place, fields="{}", revision=1))
        with pytest.raises(IntegrityError):
            db.session.commit()
        db.session.rollback()


def test_a_revision_is_never_reused_after_a_delete(app, db, client, member):
    old = autosave(client, "tip:new", {"body": ["First attempt"]}).json["revision"]
    client.submit("/drafts/tip:new/discard", {"draft_revision": str(old)})
    assert drafts_in(app, db) == []
    new = autosave(client, "tip:new", {"body": ["Second attempt"]}).json["revision"]
    assert new != old
    # A window still holding the deleted draft's revision can't overwrite the new draft.
    assert autosave(client, "tip:new", {"body": ["From the old window"]}, revision=old).status_code == 409


def test_other_members_cannot_read_or_write_your_draft(app, db, client, member, make_user, make_thread):
    thread = make_thread()
    place = f"reply:thread:{thread.id}"
    autosave(client, place, {"body": ["Private words of slow_typist"]})
    client.logout()
    other = make_user("someone_else")
    client.login(other)
    assert "Private words of slow_typist" not in client.get(f"/t/{thread.id}/reply").get_data(as_text=True)
    assert "Private words" not in client.get(f"/t/{thread.id}/{thread.slug}").get_data(as_text=True)
    # Saving and discarding the same place only ever touches their own draft.
    response = autosave(client, place, {"body": ["Their own words"]})
    assert response.status_code == 200 and "Private words" not in response.get_data(as_text=True)
    client.submit(f"/drafts/{place}/discard", {})
    assert [fields(d) for d in drafts_in(app, db, member)] == [{"body": ["Private words of slow_typist"]}]
    assert drafts_in(app, db, other) == []


def test_csrf_is_required(app, db, client, member):
    for token in ("", "not-a-token"):
        response = autosave(client, "tip:new", {"body": ["Words"]}, token=token)
        assert response.status_code == 400
        assert response.json["reason"] == "expired" and response.json["saved"] is False
        assert response.json["csrf_token"]  # a long-open page can carry on with a fresh one
    assert drafts_in(app, db) == []
    retry = autosave(client, "tip:new", {"body": ["Words"]}, token=response.json["csrf_token"])
    assert retry.status_code == 200


def test_signed_out_autosave_is_refused_as_json(app, db, client, make_user):
    client.login(make_user())
    token = client.csrf_token()
    client.logout()
    response = client.post("/drafts/tip:new", json={"revision": 0, "fields": {"body": ["x"]}}, headers={
        "X-CSRFToken": client.csrf_token()})  # fmt: skip
    assert response.status_code == 401 and response.json["reason"] == "signed_out"
    response = client.post("/drafts/tip:new", json={"revision": 0, "fields": {"body": ["x"]}}, headers={
        "X-CSRFToken": token})  # fmt: skip
    assert response.status_code == 400 and response.is_json
    assert drafts_in(app, db) == []


@pytest.mark.parametrize(
    "place, payload",
    [
        ("nowhere:1", {"revision": 0, "fields": {"body": ["x"]}}),
        ("reply:thread:abc", {"revision": 0, "fields": {"body": ["x"]}}),
        ("tip:new", {"revision": -1, "fields": {"body": ["x"]}}),
        ("tip:new", {"revision": "soon", "fields": {"body": ["x"]}}),
        ("tip:new", {"revision": 0, "fields": ["x"]}),
        ("tip:new", {"revision": 0}),
        ("tip:new", {"revision": 0, "fields": {"body": ["x" * 200_001]}}),
    ],
)
def test_bad_input_gets_a_clear_message(app, db, client, member, place, payload):
    response = client.post(f"/drafts/{place}", json=payload, headers={"X-CSRFToken": client.csrf_token()})
    assert response.status_code == 400
    assert response.json["saved"] is False and response.json["message"]
    assert drafts_in(app, db) == []


def test_not_json_is_a_clear_refusal(client, member):
    response = client.post("/drafts/tip:new", data="body=x", headers={"X-CSRFToken": client.csrf_token()})
    assert response.status_code == 400 and response.json["reason"] == "invalid"


def test_only_the_forms_fields_are_kept(app, db, client, member):
    autosave(client, "tip:new", {"body": ["Kept"], "csrf_token": ["t"], "role": ["admin"], "title": [7, "Title"]})
    assert fields(drafts_in(app, db)[0]) == {"body": ["Kept"], "title": ["Title"]}


def test_the_member_drafts_are_erased_with_the_account_and_exported(app, db, client, member):
    autosave(client, "tip:new", {"body": ["Unsent words"]})
    with app.app_context():
        from forum.account.services import delete_account, export_data
        from forum.models import User

        user = db.session.get(User, member.id)
        assert export_data(user)["drafts"][0]["fields"] == {"body": ["Unsent words"]}
        delete_account(user, "correct horse battery", keep_posts=True)
    assert drafts_in(app, db) == []


def test_purge_removes_only_old_drafts(app, db, client, member, runner):
    from datetime import timedelta

    from sqlalchemy import update

    autosave(client, "tip:new", {"body": ["Old words"]})
    autosave(client, "story:new", {"body": ["Recent words"]})
    with app.app_context():
        db.session.execute(
            update(Draft).where(Draft.place == "tip:new").values(updated_at=utcnow() - timedelta(days=61))
        )
        db.session.commit()
    result = runner.invoke(args=["forum", "purge-drafts"])
    assert result.exit_code == 0 and "Deleted 1 drafts" in result.output
    assert [d.place for d in drafts_in(app, db)] == ["story:new"]
    with app.app_context():
        db.session.execute(update(Draft).values(updated_at=utcnow() - timedelta(days=2)))
        db.session.commit()
    assert "Deleted 0 drafts" in runner.invoke(args=["forum", "purge-drafts", "--days", "3"]).output
    assert "Deleted 1 drafts" in runner.invoke(args=["forum", "purge-drafts", "--days", "1"]).output
    assert drafts_in(app, db) == []


def test_the_same_words_from_another_window_are_not_a_conflict(app, db, client, member):
    revision = autosave(client, "tip:new", {"body": ["Same words"]}).json["revision"]
    response = autosave(client, "tip:new", {"body": ["Same words"]}, revision=0)
    assert response.status_code == 200 and response.json["revision"] == revision
