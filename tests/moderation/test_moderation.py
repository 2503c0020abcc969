"""Moderation: review, reports, hiding, thread actions, suspensions, watched words and the log."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from forum.models import ModAction, Post, Report, Thread, User, WatchedWord, utcnow


def n_log(app, db, action: str | None = None) -> int:
    with app.app_context():
        q = select(func.count(ModAction.id))
        if action:
            q = q.where(ModAction.action == action)
        return db.session.scalar(q)


def get(app, db, model, ident):
    with app.app_context():
        obj = db.session.get(model, ident)
        db.session.expunge(obj)
        return obj


@pytest.fixture
def review_on(app):
    app.config["FORUM"]["REVIEW_FIRST_POSTS"] = 2
    yield
    app.config["FORUM"]["REVIEW_FIRST_POSTS"] = 0


@pytest.fixture
def moderator(make_user):
    return make_user("kind_mod", role="moderator")


def act(client, post_id: int, action: str, reason: str = ""):
    return client.submit(f"/mod/posts/{post_id}/{action}", {"reason": reason})


# --- new-member review ------------------------------------------------------------------


def test_first_posts_wait_for_approval(app, db, client, review_on, make_user, make_category, moderator):
    category = make_category()
    newcomer = make_user("new_leaf")
    client.login(newcomer)
    response = client.submit(f"/c/{category.slug}/new", {"title": "Hello, I'm new here", "body": "First words."})
    assert response.status_code == 302
    with app.app_context():
        thread = db.session.scalar(select(Thread))
        root_id = db.session.scalar(select(Post.id))
    assert thread.status == "pending"
    own_view = client.get(f"/t/{thread.id}/{thread.slug}", follow_redirects=True).get_data(as_text=True)
    assert "Awaiting review" in own_view and "First words." in own_view
    client.logout()
    for url in ("/", f"/c/{category.slug}", f"/t/{thread.id}/{thread.slug}", f"/p/{root_id}"):
        response = client.get(url)
        assert "Hello, I&#39;m new here" not in response.get_data(as_text=True), url
    assert client.get(f"/t/{thread.id}/{thread.slug}").status_code == 404
    client.login(moderator)
    assert "First words." in client.get("/mod").get_data(as_text=True)
    assert act(client, root_id, "approve").status_code == 302
    client.logout()
    assert "Hello, I&#39;m new here" in client.get(f"/c/{category.slug}").get_data(as_text=True)
    assert n_log(app, db, "post.approve") == 1
    assert get(app, db, User, newcomer.id).approved_post_count == 1


def test_pending_replies_are_not_counted_or_shown(app, db, client, review_on, make_user, make_thread, moderator):
    thread = make_thread(author=make_user(approved_post_count=5))
    client.login(make_user("fresh_fern"))
    client.submit(f"/t/{thread.id}/reply", {"body": "My first reply."})
    client.logout()
    assert get(app, db, Thread, thread.id).reply_count == 0
    assert "My first reply." not in client.get(f"/t/{thread.id}/{thread.slug}").get_data(as_text=True)
    with app.app_context():
        reply_id = db.session.scalar(select(Post.id).where(Post.depth == 1))
    client.login(moderator)
    act(client, reply_id, "approve")
    assert get(app, db, Thread, thread.id).reply_count == 1


def test_review_ends_after_the_first_approved_posts(app, db, client, review_on, make_user, make_thread):
    thread = make_thread(author=make_user(approved_post_count=5))
    client.login(make_user(approved_post_count=2))
    client.submit(f"/t/{thread.id}/reply", {"body": "Trusted by now."})
    with app.app_context():
        assert db.session.scalar(select(Post.status).where(Post.depth == 1)) == "visible"


def test_moderators_are_never_reviewed(app, db, client, review_on, moderator, make_thread):
    thread = make_thread(author=moderator)
    client.login(moderator)
    client.submit(f"/t/{thread.id}/reply", {"body": "Welcome!"})
    with app.app_context():
        assert db.session.scalar(select(Post.status).where(Post.depth == 1)) == "visible"


# --- reports ----------------------------------------------------------------------------


def test_three_reports_hide_a_post_pending_review(app, db, client, make_user, make_thread, make_reply):
    thread = make_thread()
    post = make_reply(thread, body="Buy my cure now")
    for n in range(3):
        client.login(make_user(f"reporter{n}"))
        response = client.submit(f"/p/{post.id}/report", {"reason": "spam", "note": "advert"})
        assert response.status_code == 302
        client.logout()
        expected = "visible" if n < 2 else "hidden"
        assert get(app, db, Post, post.id).status == expected
    html = client.get(f"/t/{thread.id}/{thread.slug}").get_data(as_text=True)
    assert "Buy my cure now" not in html and "hidden by the moderators" in html
    assert n_log(app, db, "post.auto_hide") == 1
    assert get(app, db, Thread, thread.id).reply_count == 0


def test_report_rules(app, db, client, make_user, make_thread, make_reply):
    author = make_user()
    post = make_reply(make_thread(), author=author)
    client.login(author)
    assert client.submit(f"/p/{post.id}/report", {"reason": "spam"}).status_code == 403  # your own post
    client.logout()
    client.login(make_user())
    assert client.submit(f"/p/{post.id}/report", {"reason": "gossip"}).status_code == 400
    assert client.submit(f"/p/{post.id}/report", {"reason": "spam"}).status_code == 302
    again = client.submit(f"/p/{post.id}/report", {"reason": "harassment"})
    assert again.status_code == 400 and "already reported" in again.get_data(as_text=True)
    assert client.submit("/p/999999/report", {"reason": "spam"}).status_code == 404
    with app.app_context():
        assert db.session.scalar(select(func.count(Report.id))) == 1


def test_worried_reports_are_urgent_and_first(app, db, client, make_user, make_thread, make_reply, moderator):
    thread = make_thread()
    old = make_reply(thread, body="An older spam post")
    worrying = make_reply(thread, body="I can't do this any more")
    client.login(make_user())
    client.submit(f"/p/{old.id}/report", {"reason": "spam"})
    client.submit(f"/p/{worrying.id}/report", {"reason": "worried", "note": "please check on them"})
    client.logout()
    client.login(moderator)
    html = client.get("/mod").get_data(as_text=True)
    assert html.index("I can't do this any more") < html.index("An older spam post")
    assert "Urgent:" in html and "please check on them" in html


def test_reporters_see_the_outcome(app, db, client, make_user, make_thread, make_reply, moderator):
    post = make_reply(make_thread(), body="Rude")
    reporter = make_user()
    client.login(reporter)
    client.submit(f"/p/{post.id}/report", {"reason": "harassment"})
    client.logout()
    client.login(moderator)
    assert act(client, post.id, "hide", "Unkind to another member").status_code == 302
    client.logout()
    client.login(reporter)
    html = client.get(f"/p/{post.id}/report").get_data(as_text=True)
    assert "resolved" in html and "Unkind to another member" in html


def test_dismissing_reports_restores_an_auto_hidden_post(
    app, db, client, make_user, make_thread, make_reply, moderator
):
    post = make_reply(make_thread(), body="Honest words")
    for _ in range(3):
        client.login(make_user())
        client.submit(f"/p/{post.id}/report", {"reason": "other"})
        client.logout()
    client.login(moderator)
    assert act(client, post.id, "dismiss", "Nothing wrong here").status_code == 302
    assert get(app, db, Post, post.id).status == "visible"
    with app.app_context():
        assert set(db.session.scalars(select(Report.status))) == {"dismissed"}


# --- hide, restore, delete --------------------------------------------------------------


def test_hide_with_a_public_reason_then_restore(app, db, client, make_thread, make_reply, moderator):
    thread = make_thread()
    post = make_reply(thread, body="Take this supplement instead of your injections")
    client.login(moderator)
    assert act(client, post.id, "hide", "").status_code == 400  # a reason is required
    assert act(client, post.id, "hide", "Medical misinformation").status_code == 302
    client.logout()
    html = client.get(f"/t/{thread.id}/{thread.slug}").get_data(as_text=True)
    assert "supplement" not in html and "hidden by the moderators: Medical misinformation" in html
    client.login(moderator)
    assert act(client, post.id, "restore").status_code == 302
    assert get(app, db, Post, post.id).status == "visible"
    assert act(client, post.id, "restore").status_code == 400  # nothing to restore
    assert n_log(app, db) == 2


def test_hiding_an_opening_post_hides_the_thread(app, db, client, make_thread, root_post_of, moderator, make_category):
    category = make_category()
    thread = make_thread(category=category, title="Miracle cure inside")
    client.login(moderator)
    act(client, root_post_of(thread).id, "hide", "Spam")
    client.logout()
    assert "Miracle cure inside" not in client.get(f"/c/{category.slug}").get_data(as_text=True)
    assert client.get(f"/t/{thread.id}/{thread.slug}").status_code == 404


def test_moderators_cannot_act_on_an_admins_post_or_account(
    app, db, client, make_user, make_thread, make_reply, moderator
):
    admin = make_user("the_admin", role="admin")
    post = make_reply(make_thread(), author=admin)
    client.login(moderator)
    assert act(client, post.id, "hide", "no").status_code == 403
    until = (utcnow() + timedelta(days=3)).date().isoformat()
    assert client.submit("/mod/members/the_admin/suspend", {"until": until, "reason": "x"}).status_code == 403
    assert n_log(app, db) == 0


def test_actions_on_things_that_do_not_exist(client, moderator):
    client.login(moderator)
    assert act(client, 999999, "hide", "x").status_code == 404
    assert act(client, 1, "explode", "x").status_code == 404
    assert client.get("/mod/members/nobody_at_all").status_code == 404
    assert client.submit("/mod/threads/999999/lock").status_code == 404
    assert client.get("/mod/posts/999999/revisions").status_code == 404


# --- threads ----------------------------------------------------------------------------


def test_thread_actions(app, db, client, make_thread, make_category, moderator, make_user):
    thread = make_thread()
    target = make_category(slug="somewhere-else", name="Somewhere else")
    client.login(moderator)
    for action in ("lock", "pin", "feature"):
        assert client.submit(f"/mod/threads/{thread.id}/{action}").status_code == 302
    assert client.submit(f"/mod/threads/{thread.id}/lock").status_code == 400  # already locked
    saved = get(app, db, Thread, thread.id)
    assert saved.is_locked and saved.is_pinned and saved.featured_at is not None
    assert client.submit(f"/mod/threads/{thread.id}/move", {"category": "somewhere-else"}).status_code == 302
    assert client.submit(f"/mod/threads/{thread.id}/move", {"category": "nowhere"}).status_code == 400
    assert get(app, db, Thread, thread.id).category_id == target.id
    for action in ("unlock", "unpin", "unfeature"):
        assert client.submit(f"/mod/threads/{thread.id}/{action}").status_code == 302
    assert n_log(app, db) == 7


def test_featured_stories_lead_the_home_page_and_the_list(app, db, client, make_story, moderator):
    make_story(title="An older story")
    make_story(title="The newest story")
    with app.app_context():
        first_id = db.session.scalar(select(Thread.id).where(Thread.title == "An older story"))
    client.login(moderator)
    client.submit(f"/mod/threads/{first_id}/feature")
    client.logout()
    for url in ("/", "/stories"):
        html = client.get(url).get_data(as_text=True)
        assert html.index("An older story") < html.index("The newest story"), url


def test_moderator_edit_keeps_a_revision_with_a_readable_diff(client, make_user, make_thread, make_reply, moderator):
    post = make_reply(make_thread(), body="line one\nmy phone is 555 0100\nline three")
    client.login(moderator)
    client.submit(f"/p/{post.id}/edit", {"body": "line one\n[number removed]\nline three", "reason": "privacy"})
    html = client.get(f"/mod/posts/{post.id}/revisions").get_data(as_text=True)
    assert 'class="diff-line removed"' in html and "my phone is 555 0100" in html
    assert 'class="diff-line added"' in html and "[number removed]" in html
    assert "privacy" in html


# --- suspensions ------------------------------------------------------------------------


def test_suspension_lets_a_member_read_but_not_write(
    app, db, client, make_user, make_thread, make_reply, make_story, make_category, root_post_of, moderator
):
    member = make_user("paused_pine")
    thread = make_thread()
    own = make_reply(thread, author=member, body="Mine")
    other = make_reply(thread, body="Theirs")
    story = make_story()
    category = make_category()
    client.login(moderator)
    until = (utcnow() + timedelta(days=7)).date().isoformat()
    assert (
        client.submit("/mod/members/paused_pine/suspend", {"until": until, "reason": "Cooling off"}).status_code == 302
    )
    client.logout()
    client.login(member)
    home = client.get("/").get_data(as_text=True)
    assert "Your account is suspended until" in home and "Cooling off" in home
    assert client.get(f"/t/{thread.id}/{thread.slug}").status_code == 200
    attempts = [
        (f"/t/{thread.id}/reply", {"body": "hi"}),
        (f"/c/{category.slug}/new", {"title": "A title", "body": "b"}),
        (f"/p/{own.id}/edit", {"body": "changed"}),
        (f"/p/{own.id}/delete", {}),
        (f"/p/{root_post_of(story).id}/react", {"kind": "support"}),
        (f"/p/{other.id}/report", {"reason": "spam"}),
        ("/stories/new", {"title": "T", "body": "b"}),
        ("/tips/new", {"title": "T", "body": "b", "tags": "x"}),
    ]
    for url, data in attempts:
        assert client.submit(url, data).status_code == 403, url
    with app.app_context():
        assert db.session.scalar(select(func.count(Post.id))) == 4
        assert db.session.scalar(select(func.count(Report.id))) == 0


@pytest.mark.parametrize(
    ("until", "reason", "message"),
    [
        ((utcnow() - timedelta(days=1)).date().isoformat(), "Too late", "in the future"),
        ((utcnow() + timedelta(days=3)).date().isoformat(), "", "Please give a reason"),
        ("not a date", "Reason", "choose an end date"),
    ],
)
def test_bad_suspensions_are_refused(app, db, client, make_user, moderator, until, reason, message):
    make_user("some_one")
    client.login(moderator)
    response = client.submit("/mod/members/some_one/suspend", {"until": until, "reason": reason})
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(User.suspended_until).where(User.username == "some_one")) is None
    assert n_log(app, db) == 0


def test_lifting_a_suspension(app, db, client, make_user, moderator):
    make_user("back_soon", suspended_until=utcnow() + timedelta(days=2), suspended_reason="r")
    client.login(moderator)
    assert client.submit("/mod/members/back_soon/unsuspend").status_code == 302
    assert client.submit("/mod/members/back_soon/unsuspend").status_code == 400
    assert n_log(app, db, "user.unsuspend") == 1


# --- watched words ----------------------------------------------------------------------


def add_word(app, db, phrase, action, moderator):
    with app.app_context():
        db.session.add(WatchedWord(phrase=phrase, action=action, created_by_id=moderator.id))
        db.session.commit()


def test_blocked_words_refuse_the_post_and_keep_the_text(app, db, client, make_user, make_thread, moderator):
    add_word(app, db, "miracle cure", "block", moderator)
    thread = make_thread()
    client.login(make_user())
    response = client.submit(f"/t/{thread.id}/reply", {"body": "Try this MIRACLE   Cure today, it worked for me"})
    assert response.status_code == 400
    assert "wasn&#39;t published" in response.get_data(as_text=True) or "wasn't published" in response.get_data(
        as_text=True
    )
    assert "it worked for me" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count(Post.id))) == 1


def test_watched_words_match_whole_words_only(app, db, client, make_user, make_thread, moderator):
    add_word(app, db, "cure", "block", moderator)
    thread = make_thread()
    client.login(make_user())
    assert client.submit(f"/t/{thread.id}/reply", {"body": "I feel secure and curious."}).status_code == 302


def test_review_words_hold_the_post(app, db, client, make_user, make_thread, moderator):
    add_word(app, db, "discount", "review", moderator)
    thread = make_thread()
    client.login(make_user())
    client.submit(f"/t/{thread.id}/reply", {"body": "Ask about a Discount"})
    with app.app_context():
        assert db.session.scalar(select(Post.status).where(Post.depth == 1)) == "pending"


def test_flag_words_publish_and_queue(app, db, client, make_user, make_thread, moderator):
    add_word(app, db, "supplement", "flag", moderator)
    thread = make_thread()
    client.login(make_user())
    client.submit(f"/t/{thread.id}/reply", {"body": "A supplement helped me"})
    with app.app_context():
        assert db.session.scalar(select(Post.status).where(Post.depth == 1)) == "visible"
        report = db.session.scalar(select(Report))
        assert report.reporter_id is None and not report.is_urgent and "supplement" in report.note
    client.logout()
    client.login(moderator)
    assert "A supplement helped me" in client.get("/mod").get_data(as_text=True)


def test_self_harm_phrases_are_urgent_and_show_support(app, db, client, make_user, make_thread, moderator):
    add_word(app, db, "end it all", "urgent", moderator)
    thread = make_thread()
    client.login(make_user())
    response = client.submit(
        f"/t/{thread.id}/reply", {"body": "Some days I want to End it all."}, follow_redirects=True
    )
    html = response.get_data(as_text=True)
    assert "We&#39;re here with you" in html or "We're here with you" in html
    assert "emergency number" in html
    with app.app_context():
        assert db.session.scalar(select(Report.is_urgent)) is True


def test_watched_word_changes_are_logged(app, db, client, moderator):
    client.login(moderator)
    assert client.submit("/mod/words", {"phrase": "Buy now", "action": "block"}).status_code == 302
    assert client.submit("/mod/words", {"phrase": "buy now", "action": "flag"}).status_code == 400  # duplicate
    assert client.submit("/mod/words", {"phrase": "x", "action": "block"}).status_code == 400
    assert client.submit("/mod/words", {"phrase": "fine phrase", "action": "explode"}).status_code == 400
    with app.app_context():
        word_id = db.session.scalar(select(WatchedWord.id))
    assert client.submit(f"/mod/words/{word_id}/delete").status_code == 302
    assert n_log(app, db, "word.add") == 1 and n_log(app, db, "word.remove") == 1


# --- the log ----------------------------------------------------------------------------


def test_log_is_filterable_and_append_only(app, db, client, make_user, make_thread, make_reply, moderator):
    other_mod = make_user("second_mod", role="moderator")
    post = make_reply(make_thread(), author=make_user("loud_lark"))
    client.login(moderator)
    act(client, post.id, "hide", "Too loud")
    client.logout()
    client.login(other_mod)
    act(client, post.id, "restore", "On reflection, fine")
    html = client.get("/mod/log?moderator=kind_mod").get_data(as_text=True)
    assert "Too loud" in html and "On reflection" not in html
    html = client.get("/mod/log?action=post.restore").get_data(as_text=True)
    assert "On reflection" in html and "Too loud" not in html
    html = client.get("/mod/log?member=loud_lark").get_data(as_text=True)
    assert "Too loud" in html and "On reflection" in html
    for method in ("post", "put", "delete"):
        assert getattr(client, method)("/mod/log").status_code == 405


@pytest.mark.parametrize(
    ("setup", "request_"),
    [
        ("pending", ("approve", "")),
        ("visible", ("hide", "Spam")),
        ("hidden", ("restore", "")),
        ("visible", ("delete", "Removed")),
        ("reported", ("dismiss", "")),
        ("reported", ("resolve", "Handled")),
    ],
)
def test_every_post_action_writes_exactly_one_log_entry(
    app, db, client, make_user, make_thread, make_reply, moderator, setup, request_
):
    post = make_reply(make_thread())
    with app.app_context():
        saved = db.session.get(Post, post.id)
        if setup in ("pending", "hidden"):
            saved.status = setup
        if setup == "reported":
            db.session.add(Report(post_id=post.id, reporter_id=make_user().id, reason="spam"))
        db.session.commit()
    before = n_log(app, db)
    client.login(moderator)
    action, reason = request_
    assert act(client, post.id, action, reason).status_code == 302
    assert n_log(app, db) == before + 1


def test_the_whole_moderation_journey_is_logged(app, db, client, review_on, make_user, make_category, moderator):
    """Approve a first post, watch reports hide it, hide it with a reason, restore it, suspend its author."""
    category = make_category(slug="general")
    newcomer = make_user("first_timer")
    client.login(newcomer)
    client.submit("/c/general/new", {"title": "My first question", "body": "Does anyone else wake up tilted?"})
    client.logout()
    with app.app_context():
        post_id = db.session.scalar(select(Post.id))
    client.login(moderator)
    act(client, post_id, "approve")
    client.logout()
    assert "My first question" in client.get("/c/general").get_data(as_text=True)
    for n in range(3):
        client.login(make_user(f"worried{n}", approved_post_count=5))
        client.submit(f"/p/{post_id}/report", {"reason": "other"})
        client.logout()
    assert "My first question" not in client.get("/c/general").get_data(as_text=True)
    client.login(moderator)
    act(client, post_id, "restore", "Reports were mistaken")
    act(client, post_id, "hide", "Off-topic for this category")
    act(client, post_id, "restore", "Moved the conversation on instead")
    until = (utcnow() + timedelta(days=1)).date().isoformat()
    client.submit("/mod/members/first_timer/suspend", {"until": until, "reason": "Needs a pause"})
    log = client.get("/mod/log?member=first_timer").get_data(as_text=True)
    for action in ("post.approve", "post.auto_hide", "post.restore", "post.hide", "user.suspend"):
        assert action in log, action
    assert n_log(app, db) == 6
    assert category.slug == "general"
