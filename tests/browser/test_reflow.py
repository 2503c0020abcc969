"""Reflow (WCAG 1.4.10): at 320 CSS pixels wide, and at 200% zoom, no main page scrolls sideways.

200% zoom on a 1280 x 900 desktop is a 640 x 450 CSS-pixel viewport at device scale factor 2.
The awkward content of the `site` fixture (a long URL, a long word, a code block, a wide table,
deeply nested replies) is on the thread page.
"""

from __future__ import annotations

import pytest

from tests.browser.main_pages import MAIN_PAGES, pages_by_role

# Everything visible that reaches past the viewport's left or right edge, described briefly.
OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.position === 'absolute' && rect.width <= 1) continue;
    if (rect.right > width + 0.5 || rect.left < -0.5) {
      const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
        (el.classList.length ? '.' + [...el.classList].join('.') : '');
      out.push(`${name} spans ${Math.round(rect.left)}..${Math.round(rect.right)} of ${width}px`);
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, clientWidth: width, overflowing: out.slice(0, 8)};
}"""

VIEWPORTS = {
    "320px": {"viewport": {"width": 320, "height": 800}},
    "200% zoom": {"viewport": {"width": 640, "height": 450}, "device_scale_factor": 2},
}


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_no_main_page_scrolls_sideways(viewport, site, new_page, sign_in):
    pages = pages_by_role(site, new_page, sign_in, **VIEWPORTS[viewport])
    problems = []
    for name, role in MAIN_PAGES:
        page = pages[role]
        assert page.goto(site.urls[name]).status == 200
        result = page.evaluate(OVERFLOWING)
        if result["scrollWidth"] > result["clientWidth"] or result["overflowing"]:
            problems.append(
                f"{name} ({role}): page {result['scrollWidth']}px wide in {result['clientWidth']}px; "
                + "; ".join(result["overflowing"])
            )
    assert not problems, f"sideways scrolling at {viewport}:\n" + "\n".join(problems)
