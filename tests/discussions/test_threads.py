"""Categories, starting threads, the threaded tree, replies, edits and deletes."""

import re

import pytest
from sqlalchemy import func, select

from forum.models import ModAction, Post, PostRevision, Thread, User, utcnow
from tests.conftest import count_queries

POST_RE = re.compile(r'<article id="p(\d+)" data-depth="(\d+)"')


def posts_on(page_html: str) -> list[tuple[int, int]]:
    return [(int(pid), int(depth)) for pid, depth in POST_RE.findall(page_html)]


def count(app, db, model, *where) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model).where(*where))


def thread_html(client, thread, page: int | None = None) -> str:
    url = f"/t/{thread.id}/{thread.slug}" + (f"?page={page}" if page else "")
    response = client.get(url)
    assert response.status_code == 200
    return response.get_data(as_text=True)


# --- categories -------------------------------------------------------------------------


def test_category_lists_pinned_first_then_by_last_activity(app, db, client, make_category, make_thread):
    category = make_category()
    old = make_thread(category=category, title="An older conversation")
    pinned = make_thread(category=category, title="Read me first", is_pinned=True)
    fresh = make_thread(category=category, title="Something new today")
    with app.app_context():
        db.session.get(Thread, pinned.id).last_activity_at = utcnow().replace(year=2020)
        db.session.get(Thread, old.id).last_activity_at = utcnow().replace(year=2021)
        db.session.commit()
    html = client.get(f"/c/{category.slug}").get_data(as_text=True)
    positions = [html.index(title) for title in ("Read me first", "Something new today", "An older conversation")]
    assert positions == sorted(positions)
    assert fresh.title in html


def test_category_paginates(app, client, make_category, make_thread, make_user):
    app.config["FORUM"]["THREADS_PER_PAGE"] = 3
    try:
        category = make_category()
        author = make_user()
        for n in range(7):
            make_thread(author=author, category=category, title=f"Thread number {n}")
        first = client.get(f"/c/{category.slug}").get_data(as_text=True)
        third = client.get(f"/c/{category.slug}?page=3").get_data(as_text=True)
        assert first.count('class="thread-item') == 3 and "Page 1 of 3" in first
        assert third.count('class="thread-item') == 1
        assert client.get(f"/c/{category.slug}?page=4").status_code == 404
        assert client.get(f"/c/{category.slug}?page=abc").status_code == 200
    finally:
        app.config["FORUM"]["THREADS_PER_PAGE"] = 25


def test_unknown_category_is_404(client):
    assert client.get("/c/no-such-place").status_code == 404
    assert client.get("/c/no-such-place/new").status_code in (302, 404)


# --- starting a thread ------------------------------------------------------------------


def test_visitor_is_sent_to_sign_in_and_nothing_is_written(app, db, client, make_category):
    category = make_category()
    response = client.get(f"/c/{category.slug}/new")
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]
    # Words sent while signed out come back with a sign-in form, rather than a redirect that drops them.
    response = client.submit(f"/c/{category.slug}/new", {"title": "Hello there", "body": "Text"})
    assert response.status_code == 401
    html = response.get_data(as_text=True)
    assert 'action="/login"' in html and "Hello there" in html
    assert count(app, db, Thread) == 0


def test_member_starts_a_thread(app, db, client, make_user, make_category):
    category = make_category()
    client.login(make_user("new_member"))
    response = client.submit(
        f"/c/{category.slug}/new", {"title": "Botox week 11: wearing off?", "body": "Is it *just* me?"}
    )
    assert response.status_code == 302
    with app.app_context():
        thread = db.session.scalar(select(Thread))
        assert thread.slug == "botox-week-11-wearing-off"
        assert thread.kind == "discussion" and thread.category_id == category.id
    assert response.headers["Location"] == f"/t/{thread.id}/botox-week-11-wearing-off"
    html = thread_html(client, thread)
    assert "Is it <em>just</em> me?" in html
    assert posts_on(html)[0][1] == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"title": "", "body": "Some text"}, "give your thread a title"),
        ({"title": "   ", "body": "Some text"}, "give your thread a title"),
        ({"title": "Hi", "body": "Some text"}, "at least 3 characters"),
        ({"title": "T" * 151, "body": "Some text"}, "at most 150 characters"),
        ({"title": "A fine title", "body": ""}, "write something"),
        ({"title": "A fine title", "body": "  \n "}, "write something"),
        ({"title": "A fine title", "body": "x" * 30001}, "at most 30,000 characters"),
        ({"title": "A fine title", "body": "Text", "tags": "no-such-tag"}, "no tag called"),
    ],
)
def test_bad_thread_input_keeps_text_and_writes_nothing(app, db, client, make_user, make_category, data, message):
    category = make_category()
    client.login(make_user())
    response = client.submit(f"/c/{category.slug}/new", data)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert message in html
    if data["body"].strip() and len(data["body"]) < 100:
        assert data["body"] in html
    assert count(app, db, Thread) == 0
    assert count(app, db, Post) == 0


def test_missing_csrf_keeps_the_text_and_writes_nothing(app, db, client, make_user, make_category):
    category = make_category()
    client.login(make_user())
    long_text = "I have been writing this for an hour.\n\n" + "Every word matters. " * 40
    response = client.post(f"/c/{category.slug}/new", data={"title": "My long post", "body": long_text})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "Every word matters." in html and "My long post" in html
    assert 'name="csrf_token"' in html  # a fresh token to send it again
    assert count(app, db, Thread) == 0


# --- the tree ---------------------------------------------------------------------------


def test_thread_shows_posts_in_tree_order_with_depth(client, make_thread, make_reply, root_post_of):
    thread = make_thread()
    root = root_post_of(thread)
    a = make_reply(thread, body="First reply")
    b = make_reply(thread, body="Second reply")
    a1 = make_reply(thread, parent=a, body="Reply to first")
    a1x = make_reply(thread, parent=a1, body="Deeper")
    a2 = make_reply(thread, parent=a, body="Another reply to first")
    expected = [(root.id, 0), (a.id, 1), (a1.id, 2), (a1x.id, 3), (a2.id, 2), (b.id, 1)]
    assert posts_on(thread_html(client, thread)) == expected


def test_member_replies_to_a_reply(app, db, client, make_user, make_thread, make_reply):
    thread = make_thread()
    first = make_reply(thread, body="Has anyone tried heat packs?")
    client.login(make_user("warm_hands"))
    response = client.submit(f"/t/{thread.id}/reply", {"body": "Yes, every evening.", "parent_id": str(first.id)})
    assert response.status_code == 302
    with app.app_context():
        reply = db.session.scalar(select(Post).where(Post.body_source == "Yes, every evening."))
        assert reply.parent_id == first.id and reply.depth == 2
        assert reply.path.startswith(first.path + "/")
        assert db.session.get(Thread, thread.id).reply_count == 2
    assert response.headers["Location"] == f"/p/{reply.id}"
    follow = client.get(response.headers["Location"])
    assert follow.status_code == 302
    assert follow.headers["Location"].endswith(f"#p{reply.id}")
    assert (reply.id, 2) in posts_on(thread_html(client, thread))


def test_reply_without_parent_answers_the_opening_post(app, db, client, make_user, make_thread, root_post_of):
    thread = make_thread()
    client.login(make_user())
    client.submit(f"/t/{thread.id}/reply", {"body": "Welcome!"})
    with app.app_context():
        reply = db.session.scalar(select(Post).where(Post.depth == 1))
    assert reply.parent_id == root_post_of(thread).id


def test_deep_replies_stop_indenting_and_say_who_they_answer(client, make_thread, make_reply, make_user):
    thread = make_thread()
    parent = None
    names = []
    for depth in range(1, 8):
        author = make_user(f"deep{depth}")
        names.append(author.username)
        parent = make_reply(thread, author=author, parent=parent, body=f"Depth {depth}")
    html = thread_html(client, thread)
    assert [depth for _, depth in posts_on(html)] == list(range(0, 8))
    assert "indent-5" not in html and "indent-4" in html
    assert "replying to <a" in html and f"@{names[-2]}" in html


def test_a_very_long_back_and_forth_stops_growing_deeper(app, db, make_thread, make_reply, make_user):
    from forum.models import MAX_TREE_DEPTH

    thread = make_thread()
    author = make_user()
    parent = None
    for _ in range(MAX_TREE_DEPTH + 3):
        parent = make_reply(thread, author=author, parent=parent)
    with app.app_context():
        deepest = db.session.get(Post, parent.id)
        replied_to = db.session.get(Post, deepest.parent_id)
        assert deepest.depth == MAX_TREE_DEPTH == replied_to.depth
        assert deepest.path > replied_to.path  # still after the post it answers
        assert len(deepest.path) < 2000


def test_long_thread_paginates_without_breaking_the_tree(app, client, make_thread, make_reply, make_user):
    app.config["FORUM"]["POSTS_PER_PAGE"] = 4
    try:
        thread = make_thread()
        author = make_user()
        a = make_reply(thread, author=author, body="a")
        a1 = make_reply(thread, author=author, parent=a, body="a1")
        make_reply(thread, author=author, body="b")
        a2 = make_reply(thread, author=author, parent=a, body="a2")
        a1x = make_reply(thread, author=author, parent=a1, body="a1x")
        page1 = posts_on(thread_html(client, thread))
        page2_html = thread_html(client, thread, page=2)
        page2 = posts_on(page2_html)
        assert [pid for pid, _ in page1][1:] == [a.id, a1.id, a1x.id]
        assert page2[0] == (a2.id, 2)  # a2 continues a's subtree on the next page
        assert f'href="/p/{a.id}"' in page2_html  # with a link to the post it answers
        location = client.get(f"/p/{a2.id}").headers["Location"]
        assert "page=2" in location and location.endswith(f"#p{a2.id}")
        assert client.get(f"/t/{thread.id}/{thread.slug}?page=9").status_code == 404
    finally:
        app.config["FORUM"]["POSTS_PER_PAGE"] = 50


def test_thread_url_without_or_with_wrong_slug_redirects(client, make_thread):
    thread = make_thread(title="Sleeping with a heat pack")
    for url in (f"/t/{thread.id}", f"/t/{thread.id}/wrong-slug"):
        response = client.get(url)
        assert response.status_code == 301
        assert response.headers["Location"] == f"/t/{thread.id}/sleeping-with-a-heat-pack"


@pytest.mark.parametrize("url", ["/t/999999", "/t/999999/x", "/p/999999", "/t/abc", "/p/abc", "/t/-1"])
def test_unknown_ids_are_404(client, url):
    assert client.get(url).status_code == 404


# --- bad replies ------------------------------------------------------------------------


@pytest.mark.parametrize("parent_id", ["999999", "abc", "-3", "1.5", "0", "１２"])
def test_reply_with_a_bad_parent_id_is_refused(app, db, client, make_user, make_thread, parent_id):
    thread = make_thread()
    client.login(make_user())
    response = client.submit(f"/t/{thread.id}/reply", {"body": "Kind words kept.", "parent_id": parent_id})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "could not be found" in html or "not in this thread" in html
    assert "Kind words kept." in html
    assert count(app, db, Post) == 1


def test_reply_with_a_parent_from_another_thread_is_refused(app, db, client, make_user, make_thread, make_reply):
    here = make_thread()
    elsewhere = make_reply(make_thread())
    client.login(make_user())
    response = client.submit(f"/t/{here.id}/reply", {"body": "Hello", "parent_id": str(elsewhere.id)})
    assert response.status_code == 400
    assert "not in this thread" in response.get_data(as_text=True)
    assert count(app, db, Post) == 3


@pytest.mark.parametrize("body", ["", "   ", "x" * 30001])
def test_empty_or_oversized_reply_is_refused(app, db, client, make_user, make_thread, body):
    thread = make_thread()
    client.login(make_user())
    assert client.submit(f"/t/{thread.id}/reply", {"body": body}).status_code == 400
    assert count(app, db, Post) == 1


def test_visitor_cannot_reply(app, db, client, make_thread):
    thread = make_thread()
    response = client.submit(f"/t/{thread.id}/reply", {"body": "Hi"})
    assert response.status_code == 401 and 'action="/login"' in response.get_data(as_text=True)
    assert count(app, db, Post) == 1
    assert "Sign in</a> or" in thread_html(client, thread)


def test_reply_to_unknown_thread_is_404(client, make_user):
    client.login(make_user())
    assert client.submit("/t/424242/reply", {"body": "Hi"}).status_code == 404


def test_locked_thread_refuses_replies(app, db, client, make_user, make_thread):
    thread = make_thread(is_locked=True)
    client.login(make_user())
    response = client.submit(f"/t/{thread.id}/reply", {"body": "Can I still answer?"})
    assert response.status_code == 403
    assert "locked" in response.get_data(as_text=True)
    assert "Can I still answer?" in response.get_data(as_text=True)  # the words are not lost
    assert count(app, db, Post) == 1
    assert "This discussion is locked" in thread_html(client, thread)


def test_suspended_member_reads_but_cannot_write(app, db, client, make_user, make_thread, make_category):
    from datetime import timedelta

    thread = make_thread()
    member = make_user(suspended_until=utcnow() + timedelta(days=3))
    client.login(member)
    assert client.get(f"/t/{thread.id}/{thread.slug}").status_code == 200
    response = client.submit(f"/t/{thread.id}/reply", {"body": "Hello"})
    assert response.status_code == 403
    assert "suspended" in response.get_data(as_text=True)
    category = make_category()
    assert client.submit(f"/c/{category.slug}/new", {"title": "Title here", "body": "x"}).status_code == 403
    assert count(app, db, Post) == 1


def test_reply_page_shows_the_post_being_answered(client, make_user, make_thread, make_reply):
    thread = make_thread()
    target = make_reply(thread, body="A **very** helpful tip about pillows")
    client.login(make_user())
    html = client.get(f"/t/{thread.id}/reply?parent_id={target.id}").get_data(as_text=True)
    assert "A <strong>very</strong> helpful tip about pillows" in html
    assert f'name="parent_id" value="{target.id}"' in html


# --- editing ----------------------------------------------------------------------------


def test_author_edits_and_the_old_text_is_kept(app, db, client, make_user, make_thread, make_reply):
    author = make_user()
    thread = make_thread()
    post = make_reply(thread, author=author, body="Orignal text with a typo")
    client.login(author)
    assert "Orignal text with a typo" in client.get(f"/p/{post.id}/edit").get_data(as_text=True)
    response = client.submit(f"/p/{post.id}/edit", {"body": "Original text, fixed", "reason": "typo"})
    assert response.status_code == 302
    with app.app_context():
        saved = db.session.get(Post, post.id)
        assert saved.body_source == "Original text, fixed" and saved.edited_at is not None
        revision = db.session.scalar(select(PostRevision))
        assert revision.body_source == "Orignal text with a typo" and revision.reason == "typo"
        assert revision.editor_id == author.id
    assert "(edited)" in thread_html(client, thread)


def test_editing_the_opening_post_can_change_the_title(app, db, client, make_user, make_thread):
    author = make_user()
    thread = make_thread(author=author, title="First title")
    client.login(author)
    root_id = posts_on(thread_html(client, thread))[0][0]
    client.submit(f"/p/{root_id}/edit", {"title": "A better title", "body": "Opening post."})
    with app.app_context():
        saved = db.session.get(Thread, thread.id)
        assert saved.title == "A better title" and saved.slug == "a-better-title"
        assert db.session.scalar(select(PostRevision.title)) == "First title"


def test_empty_edit_is_refused_and_keeps_the_post(app, db, client, make_user, make_thread, make_reply):
    author = make_user()
    post = make_reply(make_thread(), author=author, body="Keep me")
    client.login(author)
    assert client.submit(f"/p/{post.id}/edit", {"body": "  "}).status_code == 400
    with app.app_context():
        assert db.session.get(Post, post.id).body_source == "Keep me"


def test_members_cannot_edit_or_delete_others_posts(app, db, client, make_user, make_thread, make_reply):
    post = make_reply(make_thread(), body="Not yours")
    client.login(make_user())
    assert client.get(f"/p/{post.id}/edit").status_code == 403
    assert client.submit(f"/p/{post.id}/edit", {"body": "Hijacked"}).status_code == 403
    assert client.submit(f"/p/{post.id}/delete").status_code == 403
    with app.app_context():
        saved = db.session.get(Post, post.id)
        assert saved.body_source == "Not yours" and saved.status == "visible"


def test_moderator_edit_of_anothers_post_is_logged(app, db, client, make_user, make_thread, make_reply):
    post = make_reply(make_thread(), body="Buy my miracle cure at example.com")
    client.login(make_user("mod_one", role="moderator"))
    client.submit(f"/p/{post.id}/edit", {"body": "[link removed]", "reason": "advertising"})
    with app.app_context():
        action = db.session.scalar(select(ModAction))
        assert action.action == "post.edit" and action.target_id == post.id and action.reason == "advertising"
        assert db.session.scalar(select(PostRevision.body_source)) == "Buy my miracle cure at example.com"


# --- deleting ---------------------------------------------------------------------------


def test_delete_is_soft_and_replies_stay(app, db, client, make_user, make_thread, make_reply):
    author = make_user()
    thread = make_thread()
    post = make_reply(thread, author=author, body="Something I regret")
    child = make_reply(thread, parent=post, body="A reply that stays")
    client.login(author)
    assert client.submit(f"/p/{post.id}/delete").status_code == 302
    html = thread_html(client, thread)
    assert "Something I regret" not in html
    assert "This post was deleted by its author." in html
    assert "A reply that stays" in html
    assert (child.id, 2) in posts_on(html)
    with app.app_context():
        saved = db.session.get(Post, post.id)
        assert saved.status == "deleted" and saved.body_source == "Something I regret"
        assert db.session.get(Thread, thread.id).reply_count == 1
    assert client.submit(f"/p/{post.id}/delete").status_code == 403  # already deleted


def test_delete_needs_post_and_csrf(app, db, client, make_user, make_thread, make_reply):
    author = make_user()
    post = make_reply(make_thread(), author=author)
    client.login(author)
    assert client.get(f"/p/{post.id}/delete").status_code == 405
    assert client.post(f"/p/{post.id}/delete").status_code == 400
    with app.app_context():
        assert db.session.get(Post, post.id).status == "visible"


def test_moderator_delete_shows_moderator_placeholder_and_is_logged(
    app, db, client, make_user, make_thread, make_reply
):
    thread = make_thread()
    post = make_reply(thread, body="Rude words")
    client.login(make_user("mod_two", role="moderator"))
    client.submit(f"/p/{post.id}/delete", {"reason": "harassment"})
    assert "removed by a moderator" in thread_html(client, thread)
    with app.app_context():
        assert db.session.scalar(select(ModAction.action)) == "post.delete"


def test_deleting_an_unanswered_opening_post_removes_the_thread(app, db, client, make_user, make_thread):
    author = make_user()
    thread = make_thread(author=author)
    root_id = posts_on(thread_html(client, thread))[0][0]
    client.login(author)
    client.submit(f"/p/{root_id}/delete")
    assert client.get(f"/t/{thread.id}/{thread.slug}").status_code == 404
    with app.app_context():
        assert db.session.get(Thread, thread.id).status == "deleted"


# --- query discipline -------------------------------------------------------------------


def _thread_with_posts(app, db, make_thread, make_user, n: int):
    thread = make_thread()
    authors = [make_user() for _ in range(5)]
    with app.app_context():
        from forum.discussions.services import reply

        t = db.session.get(Thread, thread.id)
        users = [db.session.get(User, a.id) for a in authors]
        parent_ids: list[int | None] = [None]
        for i in range(n - 1):
            post = reply(users[i % 5], t, f"Reply {i}", parent_ids[i % len(parent_ids)])
            parent_ids.append(post.id)
    return thread


@pytest.mark.parametrize("signed_in", [False, True])
def test_thread_page_runs_a_fixed_number_of_queries(app, db, client, make_thread, make_user, signed_in):
    if signed_in:
        client.login(make_user())
    small = _thread_with_posts(app, db, make_thread, make_user, 5)
    large = _thread_with_posts(app, db, make_thread, make_user, 300)
    counts = []
    for thread in (small, large):
        with count_queries(app) as statements:
            html = thread_html(client, thread)
        counts.append(len(statements))
        assert len(posts_on(html)) == min(50, 5 if thread is small else 300)
    assert counts[0] == counts[1], counts
    # visitor: thread, its tags, post count, posts, root-post reactions; a member adds the
    # session user, the unread notification count and whether they watch the thread
    assert counts[0] <= (8 if signed_in else 5), counts
