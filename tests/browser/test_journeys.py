"""User journeys in a real browser: what visitors, members and moderators came to do, done through the UI.

Each journey follows links and buttons by their accessible role and name, as a person (or a screen
reader) finds them, checks what the person sees at each step, and then what the database holds.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from forum.extensions import db
from forum.models import (
    ModAction,
    Notification,
    Post,
    Reaction,
    Report,
    StoryDetails,
    StoryPosture,
    StoryTreatment,
    Thread,
    User,
    utcnow,
)
from forum.moderation import services as moderation
from forum.resources.services import ensure_default_resources
from forum.tags.setup import ensure_default_tags
from tests.browser.helpers import all_of, fact, fill_registration, flash, header, heading, nav_link, one, post_article


@pytest.fixture
def review_first_posts(app):
    """New members' first posts wait for a moderator, as in production (the tests' default is off)."""
    settings = app.config["FORUM"]
    saved = settings["REVIEW_FIRST_POSTS"]
    settings["REVIEW_FIRST_POSTS"] = 2
    yield
    settings["REVIEW_FIRST_POSTS"] = saved


# --- a visitor ------------------------------------------------------------------------------------


def test_a_visitor_reads_a_story_a_tip_and_a_resource_then_joins(
    app, page, make_user, make_story, make_tip, make_thread
):
    with app.app_context():
        ensure_default_tags()
        ensure_default_resources()
        db.session.commit()
    heron = make_user("heron_walks")
    story = make_story(heron, "Nine years of being told it was arthritis", "## First signs\n\nMy chin turned left.")
    tip = make_tip(make_user("kestrel_k"), "A warm wheat bag before bed", "Ten minutes of heat helps me sleep.")
    make_thread(author=heron, title="Evenings are hardest", body="The pull grows by six.")

    page.goto("/")
    expect(heading(page)).to_have_text("You're not alone with this.")
    stories = page.get_by_role("region", name="Stories from the community")
    stories.get_by_role("link", name=story.title).click()
    expect(heading(page)).to_have_text(story.title)
    expect(page.locator(".thread-header")).to_contain_text("Shared by heron_walks")
    expect(page.get_by_text("My chin turned left.")).to_be_visible()
    expect(page.get_by_role("heading", name="Journey at a glance")).to_be_visible()
    expect(page.get_by_role("heading", name="Join the conversation")).to_be_visible()  # no reply form for visitors

    nav_link(page, "Tips").click()
    expect(heading(page)).to_have_text("Coping tips")
    page.get_by_role("link", name=tip.title).click()
    expect(heading(page)).to_have_text(tip.title)
    expect(page.get_by_text("Ten minutes of heat helps me sleep.")).to_be_visible()

    page.get_by_role("link", name="Stillpoint", exact=True).click()  # the brand link: home
    start_here = page.get_by_role("region", name="Start here")
    first_resource = start_here.get_by_role("link").first
    resource_title = first_resource.inner_text()
    first_resource.click()
    expect(heading(page)).to_have_text(resource_title)
    expect(page.get_by_text("not medical advice").first).to_be_visible()
    resource_url = page.url

    header(page).get_by_role("link", name="Join", exact=True).click()
    expect(heading(page)).to_have_text("Join Stillpoint")
    fill_registration(page, "tilted_tern", "tern@example.org")

    expect(flash(page)).to_contain_text("Welcome to Stillpoint, tilted_tern.")
    expect(header(page)).to_contain_text("Signed in as tilted_tern")
    # Joining from the page they were reading brings them back to it.
    expect(page).to_have_url(resource_url)
    expect(heading(page)).to_have_text(resource_title)

    member = one(app, select(User).where(User.username == "tilted_tern"))
    assert member.email == "tern@example.org" and member.role == "member"
    assert member.email_verified_at is None  # the confirmation link has been sent, not yet opened


@pytest.fixture
def email_confirmation_required(app):
    """Members confirm their email address before they post, as in production (off in tests by default)."""
    settings = app.config["FORUM"]
    saved = settings["REQUIRE_VERIFIED_EMAIL"]
    settings["REQUIRE_VERIFIED_EMAIL"] = True
    yield
    settings["REQUIRE_VERIFIED_EMAIL"] = saved


def test_where_email_confirmation_is_required_a_newcomer_confirms_then_replies(
    app, page, smtp, email_confirmation_required, make_user, make_thread
):
    heron = make_user("heron_walks", email_verified_at=utcnow())
    thread = make_thread(author=heron, title="Evenings are hardest", body="The pull grows by six.")

    page.goto(f"/t/{thread.id}/{thread.slug}")
    page.get_by_role("region", name="Join the conversation").get_by_role("link", name="join Stillpoint").click()
    fill_registration(page, "tilted_tern", "tern@example.org")

    expect(flash(page)).to_contain_text("We've sent you an email to confirm your address.")
    expect(header(page)).to_contain_text("Signed in as tilted_tern")
    expect(heading(page)).to_have_text("Evenings are hardest")  # back where they joined from
    # Not confirmed yet: the reply box says why there is no form, and how to fix it.
    reply_box = page.get_by_role("region", name="Confirm your email address to reply")
    expect(reply_box).to_contain_text("open the link we emailed you when you joined")
    expect(page.get_by_label("Your reply")).to_have_count(0)
    reply_box.get_by_role("button", name="Send me the link again").click()
    expect(flash(page)).to_contain_text("We've sent you a new confirmation link.")
    expect(heading(page)).to_have_text("Evenings are hardest")

    assert [message["X-Envelope-To"] for message in smtp] == ["tern@example.org", "tern@example.org"]
    page.goto(smtp.links()[-1])
    expect(flash(page)).to_contain_text("your email address is confirmed")

    page.goto(f"/t/{thread.id}/{thread.slug}")
    page.get_by_label("Your reply").fill("Evenings are my hardest time too.")
    page.get_by_role("button", name="Post reply", exact=True).click()
    expect(page.locator("article.post", has_text="Evenings are my hardest time too.")).to_be_visible()
    assert one(app, select(User.email_verified_at).where(User.username == "tilted_tern")) is not None


# --- members ----------------------------------------------------------------------------------------


def test_a_member_shares_an_anonymous_story_and_others_answer_react_and_report(
    app, new_page, sign_in, make_user, make_reply
):
    rowan, heron = make_user("rowan_reads"), make_user("heron_walks")
    kestrel, linden = make_user("kestrel_k"), make_user("linden_tree")
    title = "Three years of 'it's just stress'"

    author = new_page()
    sign_in(author, rowan)
    nav_link(author, "Stories").click()
    author.get_by_role("link", name="Share your story").click()
    expect(heading(author)).to_have_text("Share your story")
    author.get_by_label("Title", exact=True).fill(title)
    author.get_by_label("Your post").fill(
        "## First signs\n\nMy chin turned left at my desk.\n\n## Life today\n\nInjections every twelve weeks."
    )
    author.get_by_label("Post anonymously").check()
    details = author.locator("details.story-details")
    expect(author.get_by_label("Year your symptoms began")).to_be_hidden()
    details.locator("summary", has_text="Add details to your story").click()
    author.get_by_label("Year your symptoms began").fill("2016")
    author.get_by_label("Years from first symptoms to diagnosis").fill("3")
    author.get_by_label("Torticollis (head turns)").check()
    author.get_by_label("Head tremor").check()
    author.get_by_label("Stress or anxiety").check()
    author.get_by_label("Who made the diagnosis?").select_option(label="Neurologist")
    author.get_by_label("Botulinum toxin injections").select_option(label="Much better")
    author.get_by_label("Physical therapy", exact=True).select_option(label="Somewhat better")
    author.get_by_label("Count my answers in community insights").check()
    author.get_by_role("button", name="Share my story", exact=True).click()

    expect(heading(author)).to_have_text(title)
    expect(author.get_by_text("You shared this story anonymously")).to_be_visible()
    glance = author.get_by_role("region", name="Journey at a glance")
    expect(fact(glance, "Symptoms began")).to_have_text("2016")
    expect(fact(glance, "Time to diagnosis")).to_have_text("3 years")
    expect(fact(glance, "Diagnosed by")).to_have_text("Neurologist")
    expect(fact(glance, "Postures")).to_have_text("Torticollis (head turns); Head tremor")
    expect(glance.get_by_role("row", name="Botulinum toxin injections Much better")).to_be_visible()
    expect(glance.get_by_role("row", name="Physical therapy Somewhat better")).to_be_visible()

    story = one(app, select(Thread).where(Thread.title == title))
    assert (story.kind, story.is_anonymous, story.author_id, story.status) == ("story", True, rowan.id, "visible")
    facts = one(app, select(StoryDetails).where(StoryDetails.thread_id == story.id))
    assert (facts.onset_year, facts.years_to_diagnosis, facts.diagnosed_by) == (2016, 3, "neurologist")
    assert facts.insights_consent is True
    postures = all_of(app, select(StoryPosture.posture).where(StoryPosture.thread_id == story.id))
    assert sorted(postures) == ["torticollis", "tremor"]
    treatments = all_of(app, select(StoryTreatment).where(StoryTreatment.thread_id == story.id))
    assert {t.treatment: t.response for t in treatments} == {
        "botulinum_toxin": "much_better",
        "physical_therapy": "somewhat_better",
    }
    root = one(app, select(Post).where(Post.thread_id == story.id, Post.depth == 0))
    answer = make_reply(story, author=kestrel, body="Thank you for writing this. Stress was my label too.")
    doubtful = make_reply(story, author=linden, body="Stop the injections and just stretch.")

    # Another member finds it in the stories list: the author is "a community member" everywhere.
    reader = new_page()
    sign_in(reader, heron)
    nav_link(reader, "Stories").click()
    listing = reader.locator("li", has=reader.get_by_role("link", name=title))
    expect(listing).to_contain_text("a community member")
    listing.get_by_role("link", name=title).click()
    expect(heading(reader)).to_have_text(title)
    expect(reader.locator(".thread-header")).to_contain_text("Shared by a community member")
    expect(post_article(reader, root.id).get_by_role("heading", level=2)).to_contain_text("a community member")
    expect(reader.get_by_role("main")).not_to_contain_text("rowan_reads")
    assert "rowan_reads" not in reader.title()

    # Answering kestrel_k's reply: the answer lands beneath it, one level deeper.
    post_article(reader, answer.id).get_by_role("link", name="Reply to kestrel_k").click()
    expect(heading(reader)).to_have_text("Reply to a post")
    expect(reader.locator(".quoted-post")).to_contain_text("Stress was my label too.")
    reader.get_by_label("Your reply").fill("Mine too, for two years. Finding a neurologist changed it.")
    reader.get_by_role("button", name="Post reply", exact=True).click()
    expect(reader.locator("article.post", has_text="Finding a neurologist changed it.")).to_be_visible()
    mine = one(app, select(Post).where(Post.author_id == heron.id))
    expect(reader).to_have_url(re.compile(rf"/t/{story.id}/[^#]+#p{mine.id}$"))
    expect(post_article(reader, mine.id)).to_contain_text("Finding a neurologist changed it.")
    expect(post_article(reader, mine.id)).to_have_attribute("data-depth", "2")
    expect(reader.locator(f"article#p{answer.id} + article")).to_have_id(f"p{mine.id}")  # straight after it
    assert (mine.parent_id, mine.thread_id, mine.depth) == (answer.id, story.id, 2)

    # Reacting to the story: the count and the pressed state change.
    reactions = post_article(reader, root.id).locator(".reactions")
    support = reactions.get_by_role("button", name=re.compile(r"^Send support \d+$"))
    expect(support).to_have_text(re.compile(r"Send support\s+0"))
    expect(support).to_have_attribute("aria-pressed", "false")
    support.click()
    expect(flash(reader)).to_contain_text("You sent your support.")
    supported = reactions.get_by_role("button", name=re.compile(r"^Supported \d+$"))
    expect(supported).to_have_text(re.compile(r"Supported\s+1"))
    expect(supported).to_have_attribute("aria-pressed", "true")
    reactions.get_by_role("button", name=re.compile(r"^Me too \d+$")).click()
    expect(flash(reader)).to_contain_text("You said “me too”.")
    me_too = reactions.get_by_role("button", name=re.compile(r"^You said me too \d+$"))
    expect(me_too).to_have_text(re.compile(r"You said me too\s+1"))
    expect(me_too).to_have_attribute("aria-pressed", "true")
    kinds = all_of(app, select(Reaction.kind).where(Reaction.user_id == heron.id, Reaction.post_id == root.id))
    assert sorted(kinds) == ["me_too", "support"]
    counts = one(app, select(Post).where(Post.id == root.id))
    assert (counts.support_count, counts.me_too_count) == (1, 1)

    # Reporting linden_tree's reply.
    reader.get_by_role("link", name="Report post by linden_tree").click()
    expect(heading(reader)).to_have_text("Report a post")
    reader.get_by_label("Medical misinformation").check()
    reader.get_by_label("Anything the moderators should know?").fill("Telling people to stop their treatment.")
    reader.get_by_role("button", name="Send report", exact=True).click()
    expect(flash(reader)).to_contain_text("Thank you. The moderators will look at this post")
    expect(reader.get_by_role("region", name="Your reports of this post")).to_contain_text("waiting for a moderator")
    report = one(app, select(Report).where(Report.post_id == doubtful.id))
    assert (report.reporter_id, report.reason, report.status) == (heron.id, "misinformation", "open")
    assert report.note == "Telling people to stop their treatment."


# --- a moderator ------------------------------------------------------------------------------------


def test_a_moderator_approves_a_first_post_hides_a_reported_one_and_finds_both_in_the_log(
    app, new_page, sign_in, review_first_posts, make_user, make_category, make_thread, make_reply
):
    category = make_category("daily-life", "Daily life")
    heron = make_user("heron_walks", approved_post_count=5)
    mod = make_user("marin_mod", role="moderator")
    newcomer = make_user("new_leaf")
    thread = make_thread(author=heron, category=category, title="Evenings are hardest", body="The pull grows by six.")
    spam = make_reply(thread, author=make_user("tern_sells", approved_post_count=5), body="Cheap pills at my shop!")
    with app.app_context():
        reporter = db.session.get(User, make_user("kestrel_k").id)
        moderation.report_post(reporter, db.session.get(Post, spam.id), "spam", "An advert.")

    # A new member's first discussion waits for review.
    writer = new_page()
    sign_in(writer, newcomer)
    writer.get_by_role("region", name="Categories").get_by_role("link", name="Daily life").click()
    writer.get_by_role("link", name="Start a discussion").click()
    writer.get_by_label("Title", exact=True).fill("Hello, newly diagnosed")
    writer.get_by_label("Your post").fill("Diagnosed last week after two years. Glad to find you all.")
    writer.get_by_role("button", name="Post discussion", exact=True).click()
    expect(flash(writer)).to_contain_text("New members' first posts are read by a moderator")
    expect(heading(writer)).to_have_text("Hello, newly diagnosed")
    expect(writer.get_by_text("Awaiting review")).to_be_visible()
    pending = one(app, select(Thread).where(Thread.title == "Hello, newly diagnosed"))
    first_post = one(app, select(Post).where(Post.thread_id == pending.id))
    assert (pending.status, first_post.status) == ("pending", "pending")
    visitor = new_page()
    visitor.goto("/c/daily-life")
    expect(visitor.get_by_role("link", name="Evenings are hardest")).to_be_visible()
    expect(visitor.get_by_role("link", name="Hello, newly diagnosed")).to_have_count(0)

    moderator = new_page()
    sign_in(moderator, mod)
    nav_link(moderator, "Moderation").click()
    expect(heading(moderator)).to_have_text("Moderation queue")
    waiting = moderator.get_by_role("listitem").filter(has_text="Glad to find you all.")
    expect(waiting).to_contain_text("Awaiting review")
    expect(waiting).to_contain_text("new_leaf")
    waiting.get_by_role("button", name="Approve", exact=True).click()
    expect(flash(moderator)).to_contain_text("The post is published.")
    expect(moderator.get_by_role("listitem").filter(has_text="Glad to find you all.")).to_have_count(0)

    visitor.reload()
    expect(visitor.get_by_role("link", name="Hello, newly diagnosed")).to_be_visible()

    # The report queue leads to the reported post; hiding it gives a public reason.
    moderator.get_by_role("navigation", name="Moderation").get_by_role("link", name="Open reports").click()
    expect(heading(moderator)).to_have_text("Open reports")
    row = moderator.get_by_role("row").filter(has_text="An advert.")
    expect(row).to_contain_text("kestrel_k")
    row.get_by_role("link", name="Evenings are hardest").click()
    reported = moderator.locator(f"#q{spam.id}")
    expect(reported).to_contain_text("Cheap pills at my shop!")
    expect(reported).to_contain_text("Spam — kestrel_k")
    reported.get_by_label("Public reason for hiding").fill("Advertising")
    reported.get_by_role("button", name="Hide", exact=True).click()
    expect(flash(moderator)).to_contain_text("The post is hidden.")
    moderator.get_by_role("navigation", name="Moderation").get_by_role("link", name="Open reports").click()
    expect(moderator.get_by_role("cell", name="No open reports.")).to_be_visible()

    visitor.goto(f"/t/{thread.id}/{thread.slug}")
    expect(post_article(visitor, spam.id)).to_contain_text("This post was hidden by the moderators: Advertising")
    expect(visitor.get_by_text("Cheap pills at my shop!")).to_have_count(0)

    moderator.get_by_role("navigation", name="Moderation").get_by_role("link", name="Log").click()
    expect(heading(moderator)).to_have_text("Moderation log")
    approved = moderator.get_by_role("row").filter(has_text="post.approve")
    expect(approved).to_contain_text("marin_mod")
    expect(approved.get_by_role("link", name=f"post {first_post.id}")).to_be_visible()
    expect(approved).to_contain_text("new_leaf")
    hidden = moderator.get_by_role("row").filter(has_text="post.hide")
    expect(hidden).to_contain_text("marin_mod")
    expect(hidden.get_by_role("link", name=f"post {spam.id}")).to_be_visible()
    expect(hidden).to_contain_text("Advertising")

    actions = all_of(app, select(ModAction).where(ModAction.actor_id == mod.id).order_by(ModAction.id))
    assert [(a.action, a.target_id) for a in actions] == [("post.approve", first_post.id), ("post.hide", spam.id)]
    assert one(app, select(Thread.status).where(Thread.id == pending.id)) == "visible"
    assert one(app, select(Post.status).where(Post.id == spam.id)) == "hidden"
    assert one(app, select(Report.status).where(Report.post_id == spam.id)) == "resolved"


# --- finding things ---------------------------------------------------------------------------------


def test_a_member_searches_from_the_header_and_opens_the_story(app, page, sign_in, make_user, make_story, make_thread):
    heron = make_user("heron_walks")
    story = make_story(
        heron,
        "Nine years of being told it was arthritis",
        "## Finding a diagnosis\n\nThree physiotherapists and an osteopath before a neurologist named it.",
    )
    make_thread(author=heron, title="Evenings are hardest", body="The pull grows by six.")
    sign_in(page, make_user("rowan_reads"))

    search = page.get_by_role("search", name="Site")
    search.get_by_role("searchbox", name="Search Stillpoint").fill("osteopath")
    search.get_by_role("button", name="Search").click()

    expect(heading(page)).to_have_text("Search")
    expect(page.get_by_role("status")).to_have_text("1 result for “osteopath”.")
    result = page.get_by_role("listitem").filter(has=page.get_by_role("link", name=story.title))
    expect(result).to_contain_text("Story")
    expect(result).to_contain_text("by heron_walks")
    expect(result.locator(".snippet")).to_contain_text("osteopath")
    result.get_by_role("link", name=story.title).click()
    expect(heading(page)).to_have_text(story.title)
    expect(page).to_have_url(re.compile(rf"/t/{story.id}/{story.slug}$"))
    expect(page.get_by_text("Three physiotherapists and an osteopath")).to_be_visible()


def test_a_member_follows_a_notification_to_the_reply_and_the_unread_count_goes_down(
    app, new_page, sign_in, make_user, make_thread, make_reply
):
    rowan, heron = make_user("rowan_reads"), make_user("heron_walks")
    # A long opening post, so the reply is well below the fold unless the link's anchor takes the page there.
    opening = "\n\n".join(f"Week {n}: voice typing helped, the mouse did not." for n in range(1, 40))
    own = make_thread(author=rowan, title="Typing one-handed", body=opening)
    elsewhere = make_thread(author=heron, title="Evenings are hardest", body="The pull grows by six.")
    make_reply(elsewhere, author=make_user("kestrel_k"), body="@rowan_reads wrote about this last month.")

    # heron_walks answers rowan_reads's discussion in the browser.
    replier = new_page()
    sign_in(replier, heron)
    replier.goto(f"/t/{own.id}/{own.slug}")
    replier.get_by_label("Your reply").fill("A document holder at eye level changed everything for me.")
    replier.get_by_role("button", name="Post reply", exact=True).click()
    expect(replier.get_by_text("A document holder at eye level")).to_be_visible()
    answer = one(app, select(Post).where(Post.author_id == heron.id, Post.thread_id == own.id, Post.depth == 1))

    member = new_page()
    sign_in(member, rowan)
    bell = header(member).get_by_role("link", name=re.compile(r"^Notifications"))
    expect(bell).to_have_accessible_name("Notifications 2 unread")
    bell.click()
    expect(heading(member)).to_have_text("Notifications")
    expect(member.locator(".notification.unread")).to_have_count(2)
    mention = member.get_by_role("link", name="Unread: kestrel_k mentioned you in “Evenings are hardest”")
    expect(mention).to_be_visible()
    member.get_by_role("link", name="Unread: heron_walks replied to your post in “Typing one-handed”").click()

    expect(member).to_have_url(re.compile(rf"/t/{own.id}/{own.slug}#p{answer.id}$"))
    target = post_article(member, answer.id)
    expect(target).to_contain_text("A document holder at eye level changed everything for me.")
    expect(target).to_be_in_viewport()
    assert member.evaluate("window.scrollY") > 500
    expect(bell).to_have_accessible_name("Notifications 1 unread")
    read = one(app, select(Notification).where(Notification.user_id == rowan.id, Notification.kind == "reply"))
    assert (read.post_id, read.is_read) == (answer.id, True)
    unread = one(app, select(Notification).where(Notification.user_id == rowan.id, Notification.kind == "mention"))
    assert unread.is_read is False
