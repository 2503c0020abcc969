"""Everything a member or moderator does works with JavaScript switched off: plain links and forms.

Each page here is a browser context with JavaScript disabled, so every step is a real link or a
real form post, as for someone whose browser blocks scripts or whose script failed to load.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from forum.extensions import db
from forum.models import ModAction, Post, Reaction, Report, Tag, Thread
from forum.stories.services import DetailsInput
from forum.tags.setup import ensure_default_tags
from tests.browser.helpers import all_of, flash, heading, one, post_article


@pytest.fixture
def community(make_user, make_category, make_thread, make_reply, make_story):
    """A discussion with a nested reply and a story with details, by members who have posted before."""
    heron = make_user("heron_walks", approved_post_count=5)
    kestrel = make_user("kestrel_k", approved_post_count=5)
    category = make_category("daily-life", "Daily life")
    thread = make_thread(author=heron, category=category, title="Evenings are hardest", body="The pull grows by six.")
    answer = make_reply(thread, author=kestrel, body="A warm shower before bed helps me.")
    nested = make_reply(thread, author=heron, body="I'll try that tonight.", parent=answer)
    story = make_story(
        kestrel,
        "Back to the garden after two years",
        "## Life today\n\nI garden in the mornings, before the pull starts.",
        details=DetailsInput(onset_year=2018, years_to_diagnosis=2, treatments={"botulinum_toxin": "much_better"}),
    )
    return {
        "heron": heron,
        "kestrel": kestrel,
        "category": category,
        "thread": thread,
        "answer": answer,
        "nested": nested,
        "story": story,
    }


def test_scripts_really_do_not_run_in_these_pages(page_nojs):
    page_nojs.set_content("<title>before</title><script>document.title = 'ran'</script>")
    expect(page_nojs).to_have_title("before")


def test_a_visitor_reads_a_discussion_and_a_story(page_nojs, community):
    page = page_nojs
    thread, answer, nested, story = (community[k] for k in ("thread", "answer", "nested", "story"))

    page.goto("/")
    page.get_by_role("link", name="Evenings are hardest").first.click()
    expect(heading(page)).to_have_text("Evenings are hardest")
    expect(page.locator("article.post")).to_have_count(3)
    expect(post_article(page, answer.id)).to_contain_text("A warm shower before bed helps me.")
    expect(post_article(page, answer.id)).to_have_attribute("data-depth", "1")
    expect(post_article(page, nested.id)).to_have_attribute("data-depth", "2")
    expect(page.locator(f"article#p{answer.id} + article")).to_have_id(f"p{nested.id}")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Stories", exact=True).click()
    page.get_by_role("link", name=story.title).click()
    expect(heading(page)).to_have_text(story.title)
    expect(page.get_by_text("I garden in the mornings")).to_be_visible()
    glance = page.get_by_role("region", name="Journey at a glance")
    expect(glance).to_contain_text("2018")
    expect(glance.get_by_role("row", name="Botulinum toxin injections Much better")).to_be_visible()
    expect(page.locator(".reactions .reaction.static")).to_have_count(2)  # counts, not buttons, for visitors


def test_a_member_starts_a_discussion_replies_and_answers_a_reply(app, page_nojs, sign_in, make_user, community):
    page = page_nojs
    thread, answer = community["thread"], community["answer"]
    with app.app_context():
        ensure_default_tags()
        db.session.commit()
    rowan = make_user("rowan_reads")
    sign_in(page, rowan)

    page.get_by_role("region", name="Categories").get_by_role("link", name="Daily life").click()
    page.get_by_role("link", name="Start a discussion").click()
    page.get_by_label("Title", exact=True).fill("Typing one-handed")
    page.get_by_label("Your post").fill("Voice typing helps with long messages. What works for you?")
    page.locator("summary", has_text="Browse tags by area").click()  # <details> opens without script
    page.get_by_role("checkbox", name="Sensory tricks").check()
    page.get_by_role("button", name="Post discussion", exact=True).click()
    expect(heading(page)).to_have_text("Typing one-handed")
    expect(page.locator(".thread-header").get_by_role("link", name="Sensory tricks")).to_be_visible()
    started = one(app, select(Thread).where(Thread.title == "Typing one-handed"))
    assert (started.author_id, started.status, started.category_id) == (rowan.id, "visible", community["category"].id)
    with app.app_context():
        tags = db.session.scalars(select(Tag.name).join(Thread.tags).where(Thread.id == started.id)).all()
    assert tags == ["Sensory tricks"]

    page.goto(f"/t/{thread.id}/{thread.slug}")
    page.get_by_label("Your reply").fill("Mine is worst after a long day at the desk.")
    page.get_by_role("button", name="Post reply", exact=True).click()
    expect(page.locator("article.post", has_text="Mine is worst after a long day")).to_be_visible()
    reply = one(app, select(Post).where(Post.author_id == rowan.id, Post.thread_id == thread.id))
    expect(page).to_have_url(re.compile(rf"/t/{thread.id}/{thread.slug}#p{reply.id}$"))
    expect(post_article(page, reply.id)).to_contain_text("Mine is worst after a long day at the desk.")
    root_id = one(app, select(Post.id).where(Post.thread_id == thread.id, Post.depth == 0))
    assert (reply.parent_id, reply.depth) == (root_id, 1)

    # Answering one reply: the no-JavaScript reply page, which quotes the post being answered.
    post_article(page, answer.id).get_by_role("link", name="Reply to kestrel_k").click()
    expect(page).to_have_url(re.compile(rf"/t/{thread.id}/reply\?parent_id={answer.id}$"))
    expect(heading(page)).to_have_text("Reply to a post")
    expect(page.locator(".quoted-post")).to_contain_text("A warm shower before bed helps me.")
    page.get_by_label("Your reply").fill("A shower helps me too, and a wheat bag after.")
    page.get_by_role("button", name="Post reply", exact=True).click()
    expect(page.locator("article.post", has_text="and a wheat bag after")).to_be_visible()
    nested = one(app, select(Post).where(Post.author_id == rowan.id, Post.parent_id == answer.id))
    expect(page).to_have_url(re.compile(rf"#p{nested.id}$"))
    expect(post_article(page, nested.id)).to_contain_text("and a wheat bag after")
    expect(post_article(page, nested.id)).to_have_attribute("data-depth", "2")
    assert (nested.thread_id, nested.depth) == (thread.id, 2)


def test_a_member_reacts_to_a_story_and_reports_a_reply(app, page_nojs, sign_in, make_user, community):
    page = page_nojs
    story, thread, answer = community["story"], community["thread"], community["answer"]
    rowan = make_user("rowan_reads")
    sign_in(page, rowan)

    page.goto(f"/t/{story.id}/{story.slug}")
    root_id = one(app, select(Post.id).where(Post.thread_id == story.id, Post.depth == 0))
    reactions = post_article(page, root_id).locator(".reactions")
    reactions.get_by_role("button", name=re.compile(r"^Send support \d+$")).click()
    expect(flash(page)).to_contain_text("You sent your support.")
    supported = reactions.get_by_role("button", name=re.compile(r"^Supported \d+$"))
    expect(supported).to_have_text(re.compile(r"Supported\s+1"))
    expect(supported).to_have_attribute("aria-pressed", "true")
    assert all_of(app, select(Reaction.kind).where(Reaction.user_id == rowan.id)) == ["support"]

    supported.click()  # pressed again: taken back
    expect(flash(page)).to_contain_text("Your reaction was taken back.")
    support = reactions.get_by_role("button", name=re.compile(r"^Send support \d+$"))
    expect(support).to_have_text(re.compile(r"Send support\s+0"))
    expect(support).to_have_attribute("aria-pressed", "false")
    assert all_of(app, select(Reaction.kind).where(Reaction.user_id == rowan.id)) == []

    page.goto(f"/t/{thread.id}/{thread.slug}")
    page.get_by_role("link", name="Report post by kestrel_k").click()
    expect(heading(page)).to_have_text("Report a post")
    page.get_by_label("Personal information").check()
    page.get_by_label("Anything the moderators should know?").fill("It names their neurologist's clinic.")
    page.get_by_role("button", name="Send report", exact=True).click()
    expect(flash(page)).to_contain_text("Thank you. The moderators will look at this post")
    expect(page.get_by_role("region", name="Your reports of this post")).to_contain_text("waiting for a moderator")
    report = one(app, select(Report).where(Report.post_id == answer.id))
    assert (report.reporter_id, report.reason, report.note, report.status) == (
        rowan.id,
        "personal_info",
        "It names their neurologist's clinic.",
        "open",
    )


def test_a_moderator_approves_hides_and_locks(app, new_page, sign_in, make_user, make_reply, community):
    thread, answer = community["thread"], community["answer"]
    settings = app.config["FORUM"]
    saved = settings["REVIEW_FIRST_POSTS"]
    settings["REVIEW_FIRST_POSTS"] = 2
    try:
        pending = make_reply(thread, author=make_user("new_leaf"), body="Hello, I was diagnosed last week.")
    finally:
        settings["REVIEW_FIRST_POSTS"] = saved
    assert one(app, select(Post.status).where(Post.id == pending.id)) == "pending"
    mod = make_user("marin_mod", role="moderator")

    page = new_page(js=False)
    sign_in(page, mod)
    page.goto(f"/t/{thread.id}/{thread.slug}")
    waiting = post_article(page, pending.id)
    expect(waiting).to_contain_text("Awaiting review")
    waiting.get_by_role("button", name="Approve", exact=True).click()
    expect(flash(page)).to_contain_text("The post is published.")
    expect(page).to_have_url(re.compile(rf"/t/{thread.id}/{thread.slug}$"))  # back on the thread
    expect(post_article(page, pending.id)).not_to_contain_text("Awaiting review")

    reported = post_article(page, answer.id)
    reported.get_by_label("Public reason for hiding").fill("Off topic")
    reported.get_by_role("button", name="Hide", exact=True).click()
    expect(flash(page)).to_contain_text("The post is hidden.")
    expect(post_article(page, answer.id)).to_contain_text("Hidden from members: Off topic")

    tools = page.get_by_role("region", name="Moderator tools")
    tools.get_by_role("button", name="Lock", exact=True).click()
    expect(flash(page)).to_contain_text("The discussion is locked")
    expect(page.locator(".thread-header")).to_contain_text("Locked")
    expect(tools.get_by_role("button", name="Unlock", exact=True)).to_be_visible()

    member = new_page(js=False)
    sign_in(member, community["heron"])
    member.goto(f"/t/{thread.id}/{thread.slug}")
    expect(member.get_by_role("heading", name="This discussion is locked")).to_be_visible()
    expect(member.get_by_label("Your reply")).to_have_count(0)
    expect(post_article(member, answer.id)).to_contain_text("This post was hidden by the moderators: Off topic")
    expect(post_article(member, pending.id)).to_contain_text("Hello, I was diagnosed last week.")

    assert one(app, select(Post.status).where(Post.id == pending.id)) == "visible"
    assert one(app, select(Post.status).where(Post.id == answer.id)) == "hidden"
    assert one(app, select(Thread.is_locked).where(Thread.id == thread.id)) is True
    logged = all_of(app, select(ModAction.action).where(ModAction.actor_id == mod.id).order_by(ModAction.id))
    assert logged == ["post.approve", "post.hide", "thread.lock"]
