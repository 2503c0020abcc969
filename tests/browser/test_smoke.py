"""The browser fixtures work end to end: factory data reaches the browser, sign-in, no-JS pages, axe."""


def test_a_member_signs_in_and_reads_a_thread_made_by_the_factories(
    page, sign_in, make_user, make_thread, root_post_of
):
    thread = make_thread(author=make_user("heron_walks"), title="Heat packs at night", body="A wheat bag helps.")
    sign_in(page, make_user("rowan_reads"))

    page.goto(f"/t/{thread.id}")

    assert page.locator("h1").inner_text() == "Heat packs at night"
    assert "A wheat bag helps." in page.locator(f"#p{root_post_of(thread).id}").inner_text()
    assert page.locator("form textarea[name=body]").first.is_visible()  # the reply form, for a member


def test_a_visitor_follows_a_link_with_javascript_off(page_nojs, make_thread):
    thread = make_thread(title="Sensory tricks that help")
    page_nojs.goto("/")
    with page_nojs.expect_navigation():
        page_nojs.click(f"main a[href^='/t/{thread.id}']")
    assert page_nojs.locator("h1").inner_text() == "Sensory tricks that help"


def test_axe_runs_inside_the_sites_content_security_policy(page, axe, live_server):
    page.goto("/login")
    page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/favicon.svg\">')")

    ids = {violation["id"] for violation in axe(page)}

    assert "image-alt" in ids  # axe loaded under script-src 'self' and saw the image with no alt text


def test_the_site_fixture_has_what_the_page_checks_need(new_page, sign_in, site):
    visitor, moderator = new_page(), new_page()
    visitor.goto(site.urls["insights"])
    assert visitor.locator("table.bar-table").count() >= 3  # enough consenting stories for the charts
    sign_in(moderator, site.moderator)
    moderator.goto(site.urls["mod queue"])
    assert moderator.locator(".queue-item").count() == 2
    assert moderator.locator(".queue-item.urgent").count() == 1
    moderator.goto(site.urls["thread"])
    assert moderator.locator("article.post[data-depth='5']").count() == 1  # nested past the indent limit
