"""Keyboard only: a visitor joins, starts a discussion and replies to a post without a mouse.

Only Tab, Shift+Tab, Enter, Space and typed text are used (no clicks, no page.fill). After every
key that moves focus, the focused element must be on screen, match :focus-visible, show an
outline or a shadow, and look different from how it looked unfocused.
"""

from __future__ import annotations

import pytest

# Installed in every page before its own scripts: how each focusable element looks unfocused.
RECORD_UNFOCUSED = """
window.__unfocusedLook = new WeakMap();
window.__look = el => {
  const s = getComputedStyle(el);
  return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor].join('|');
};
document.addEventListener('DOMContentLoaded', () => {
  for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')) {
    window.__unfocusedLook.set(el, window.__look(el));
  }
});
"""

FOCUS_STATE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const before = window.__unfocusedLook && window.__unfocusedLook.get(el);
  return {
    element: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.name ? `[name=${el.name}]` : '') +
      ' "' + (el.innerText || el.value || '').trim().slice(0, 40) + '"',
    onScreen: r.width >= 4 && r.height >= 4 && r.bottom > 0 && r.right > 0 && r.top < innerHeight &&
      r.left < innerWidth && s.visibility !== 'hidden' && s.opacity !== '0',
    focusVisible: el.matches(':focus-visible'),
    indicator: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
    changed: before === undefined ? null : before !== window.__look(el),
  };
}"""


def assert_focus_shown(page) -> dict:
    state = page.evaluate(FOCUS_STATE)
    assert state is not None, f"focus was lost on {page.url}"
    where = f"{state['element']} on {page.url}"
    assert state["onScreen"], f"focused element is off screen: {where}"
    assert state["focusVisible"], f"focused element does not match :focus-visible: {where}"
    assert state["indicator"], f"focused element has no outline or shadow: {where}"
    assert state["changed"] is not False, f"focused element looks the same as unfocused: {where}"
    return state


def press(page, key: str) -> dict:
    page.keyboard.press(key)
    return assert_focus_shown(page)


def tab_to(page, selector: str, backwards: bool = False, limit: int = 120) -> None:
    """Tab (or Shift+Tab) until the focused element matches `selector`, checking every stop."""
    for _ in range(limit):
        press(page, "Shift+Tab" if backwards else "Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} not reached with the keyboard on {page.url}")


def type_into(page, name: str, text: str) -> None:
    assert page.evaluate("document.activeElement.name") == name
    page.keyboard.type(text)


def follow(page, key: str = "Enter") -> None:
    with page.expect_navigation():
        page.keyboard.press(key)


def skip_to_main(page) -> None:
    """The first Tab on a page reaches the skip link, shown on screen; Enter puts focus on <main>."""
    state = press(page, "Tab")
    assert "Skip to content" in state["element"], f"first Tab stop is {state['element']}"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main", "the skip link did not move focus to main"
    press(page, "Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")
    page.keyboard.press("Shift+Tab")  # back to main's start, so tab_to() starts from the top of main


@pytest.fixture
def keyboard_page(page):
    page.context.add_init_script(RECORD_UNFOCUSED)
    return page


def test_a_visitor_joins_starts_a_discussion_and_replies_with_the_keyboard_alone(
    keyboard_page, make_category, make_user, make_thread, make_reply
):
    page = keyboard_page
    category = make_category("daily-life", "Daily life")
    heron = make_user("heron_walks")
    thread = make_thread(author=heron, category=category, title="Evenings are hardest", body="The pull grows by 6pm.")
    answer = make_reply(thread, author=make_user("kestrel_k"), body="Same for me; a warm shower helps.")

    page.goto("/")
    skip_to_main(page)
    tab_to(page, "a[href='/register']")
    follow(page)

    skip_to_main(page)
    tab_to(page, "input[name=username]")
    type_into(page, "username", "tilted_tern")
    press(page, "Tab")
    type_into(page, "email", "tern@example.org")
    press(page, "Tab")
    type_into(page, "password", "a long enough passphrase")
    press(page, "Tab")
    type_into(page, "password_confirm", "a long enough passphrase")
    tab_to(page, "input[name=accept_guidelines]")
    page.keyboard.press("Space")
    assert page.is_checked("input[name=accept_guidelines]")
    tab_to(page, "button[type=submit]")
    follow(page)
    assert "tilted_tern" in page.locator(".site-header").inner_text(), "registration did not sign the member in"

    skip_to_main(page)
    tab_to(page, "a[href='/c/daily-life']")
    follow(page)
    skip_to_main(page)
    tab_to(page, "a[href='/c/daily-life/new']")
    follow(page)
    skip_to_main(page)
    tab_to(page, "input[name=title]")
    type_into(page, "title", "Typing with my head turned")
    press(page, "Tab")
    type_into(page, "body", "Voice typing helps me with long messages. What works for you?")
    tab_to(page, "button[type=submit]")
    follow(page)
    assert page.locator("h1").inner_text() == "Typing with my head turned"
    assert "Voice typing helps me" in page.locator("[data-depth='0'] .post-body").inner_text()

    page.goto(f"/t/{thread.id}")
    skip_to_main(page)
    tab_to(page, ".reply-form textarea[name=body]")  # the reply box at the end of the page...
    tab_to(page, f"a[href$='parent_id={answer.id}']", backwards=True)  # ...then back up to answer kestrel_k
    follow(page)
    skip_to_main(page)
    tab_to(page, "textarea[name=body]")
    type_into(page, "body", "I'll try the warm shower tonight, thank you.")
    tab_to(page, "button[type=submit]")
    follow(page)

    mine = page.locator("article.post", has_text="I'll try the warm shower tonight")
    assert mine.get_attribute("data-depth") == "2"  # an answer to kestrel_k's reply, not to the thread
    assert "tilted_tern" in mine.locator(".post-author").inner_text()
