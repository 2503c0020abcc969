"""Drafts in a real browser: autosave to the server, the browser's own copy when the server
can't be reached, a newer draft from another window, and words sent after the cookies went."""

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from forum.models import Draft, Post
from tests.conftest import PASSWORD

LONG_REPLY = "\n".join(
    f'Line {i}: by evening the pull is worse & <heat> helps "a little"; today it\'s {i * 7 % 13}/10.'
    for i in range(200)
)[:5000]
SAVED = re.compile(r"Draft saved \d")


def _drafts(app, db) -> list[Draft]:
    with app.app_context():
        rows = db.session.scalars(select(Draft).order_by(Draft.id)).all()
        db.session.expunge_all()
        return rows


def _type(page, selector: str, text: str) -> None:
    """Most of the text in one go, the end typed key by key (real input events)."""
    page.fill(selector, text[:-12])
    page.locator(selector).press("End")
    page.locator(selector).press_sequentially(text[-12:])


@pytest.fixture
def member(make_user):
    return make_user("slow_hands")


def test_a_long_reply_survives_dropped_cookies(app, db, page, sign_in, member, make_thread):
    thread = make_thread(title="Evenings are hardest")
    sign_in(page, member)
    page.goto(f"/t/{thread.id}/{thread.slug}")
    _type(page, "form.reply-form textarea[name=body]", LONG_REPLY)
    page.context.clear_cookies()  # the session ended while the member was typing
    with page.expect_navigation():
        page.click("form.reply-form button:has-text('Post reply')")
    expect(page.locator("h1")).to_have_text("Your words are safe")
    assert page.input_value("textarea[name=kept-body]") == LONG_REPLY  # all 5,000 characters
    page.fill("input[name=login]", member.username)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("button:has-text('Sign in and go back to my text')")
    assert page.url.endswith(f"/t/{thread.id}/reply")
    assert page.input_value("textarea[name=body]") == LONG_REPLY
    expect(page.locator(".draft-note")).to_contain_text("Restored your draft from")
    with page.expect_navigation():
        page.click("button:has-text('Post reply')")
    with app.app_context():
        posted = db.session.scalar(select(Post.body_source).order_by(Post.id.desc()).limit(1))
        assert posted.replace("\r\n", "\n") == LONG_REPLY  # a browser sends line breaks as CRLF
    assert _drafts(app, db) == []
    # The browser's copy went too, once the post was accepted.
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('stillpoint-draft:'))") == []


def test_reloading_mid_typing_brings_back_the_server_copy(app, db, page, sign_in, member):
    sign_in(page, member)
    page.goto("/stories/new")
    page.fill("input[name=title]", "Twelve years to a name")
    _type(page, "textarea[name=body]", "## First signs\n\nIt began with a pull to the left, at work.")
    expect(page.locator(".draft-status")).to_have_text(SAVED, timeout=8000)
    (draft,) = _drafts(app, db)
    assert draft.place == "story:new"
    page.evaluate("localStorage.clear()")  # only the server's copy is left
    page.reload()
    assert page.input_value("input[name=title]") == "Twelve years to a name"
    assert "It began with a pull to the left, at work." in page.input_value("textarea[name=body]")
    expect(page.locator(".draft-note")).to_contain_text("Restored your draft from")


def test_opening_a_form_saves_nothing(app, db, page, sign_in, member):
    sign_in(page, member)
    page.goto("/stories/new")  # prefilled with suggested headings
    page.wait_for_timeout(3500)
    assert _drafts(app, db) == []


def test_with_the_server_unreachable_the_browser_keeps_the_words(app, db, page, sign_in, member):
    sign_in(page, member)
    page.route("**/drafts/**", lambda route: route.abort())
    page.goto("/tips/new")
    page.fill("input[name=title]", "A warm wheat bag")
    _type(page, "textarea[name=body]", "Two minutes in the microwave, then across the shoulders.")
    expect(page.locator(".draft-status")).to_have_text("Couldn't reach the server — kept in this browser", timeout=8000)
    assert _drafts(app, db) == []
    page.reload()
    assert page.input_value("textarea[name=body]") == "Two minutes in the microwave, then across the shoulders."
    assert page.input_value("input[name=title]") == "A warm wheat bag"
    expect(page.locator(".draft-status")).to_contain_text("Restored your unsent text from this browser")
    # Once the server answers again, the browser's copy reaches it.
    page.unroute("**/drafts/**")
    expect(page.locator(".draft-status")).to_have_text(SAVED, timeout=8000)
    assert [d.place for d in _drafts(app, db)] == ["tip:new"]


def test_a_newer_draft_from_another_window_is_offered_not_overwritten(app, db, new_page, sign_in, member):
    laptop, phone = new_page(), new_page()
    for window in (laptop, phone):
        sign_in(window, member)
        window.goto("/tips/new")
    _type(laptop, "textarea[name=body]", "Written on the laptop first.")
    expect(laptop.locator(".draft-status")).to_have_text(SAVED, timeout=8000)
    _type(phone, "textarea[name=body]", "Then the phone, which started empty.")
    expect(phone.locator(".draft-conflict")).to_contain_text("Written on the laptop first.", timeout=8000)
    assert phone.input_value("textarea[name=body]") == "Then the phone, which started empty."
    (draft,) = _drafts(app, db)
    assert "laptop" in draft.fields
    phone.click("button:has-text('Keep my text')")
    expect(phone.locator(".draft-status")).to_have_text(SAVED, timeout=8000)
    assert "phone" in _drafts(app, db)[0].fields
    # The laptop, now behind, is offered the phone's words in turn and can take them.
    laptop.locator("textarea[name=body]").press_sequentially(" More.")
    expect(laptop.locator(".draft-conflict")).to_be_visible(timeout=8000)
    laptop.click("button:has-text('Use the newer draft')")
    assert laptop.input_value("textarea[name=body]") == "Then the phone, which started empty."


def test_save_draft_works_without_javascript(app, db, page_nojs, sign_in, member, make_thread, axe, new_page):
    thread = make_thread()
    sign_in(page_nojs, member)
    page_nojs.goto(f"/t/{thread.id}/reply")
    page_nojs.fill("textarea[name=body]", "Saved without any script.")
    with page_nojs.expect_navigation():
        page_nojs.click("button:has-text('Save draft')")
    expect(page_nojs.locator(".draft-note")).to_contain_text("Draft saved")
    page_nojs.goto(f"/t/{thread.id}/{thread.slug}")
    assert page_nojs.input_value("form.reply-form textarea[name=body]") == "Saved without any script."
    expect(page_nojs.locator(".draft-note")).to_contain_text("Restored your draft from")
    with page_nojs.expect_navigation():
        page_nojs.click("button:has-text('Discard draft')")
    assert page_nojs.input_value("form.reply-form textarea[name=body]") == ""
    assert _drafts(app, db) == []


def test_draft_controls_pass_axe(app, db, page, sign_in, member, axe):
    sign_in(page, member)
    page.goto("/tips/new")
    page.fill("input[name=title]", "Ice")
    with page.expect_navigation():
        page.click("button:has-text('Save draft')")
    page.goto("/tips/new")
    expect(page.locator(".draft-note")).to_be_visible()
    serious = [v["id"] for v in axe(page) if v["impact"] in ("serious", "critical")]
    assert serious == []
    page.context.clear_cookies()
    page.fill("textarea[name=body]", "Words for the sign-in page.")
    with page.expect_navigation():
        page.click("button:has-text('Share tip')")
    expect(page.locator("h1")).to_have_text("Your words are safe")
    serious = [v["id"] for v in axe(page) if v["impact"] in ("serious", "critical")]
    assert serious == []
