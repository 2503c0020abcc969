"""The visitor page cache: what is stored, what never is, and precise invalidation."""

import re

from forum.models import Thread


def visit(client, url):
    response = client.get(url)
    return response, response.headers.get("X-Cache")


def test_visitor_pages_are_cached_and_members_never_are(client, make_user, make_thread, make_category):
    category = make_category(slug="general")
    thread = make_thread(category=category)
    for url in ("/", "/c/general", f"/t/{thread.id}/{thread.slug}", "/stories", "/tips", "/tags", "/resources"):
        assert visit(client, url)[1] == "MISS", url
        assert visit(client, url)[1] == "HIT", url
    client.login(make_user())
    response, cache = visit(client, f"/t/{thread.id}/{thread.slug}")
    assert cache is None and "Signed in as" in response.get_data(as_text=True)


def test_pages_with_a_form_token_or_a_cookie_are_never_stored(client):
    assert visit(client, "/login")[1] is None
    assert visit(client, "/login")[1] is None
    assert "csrf_token" in client.get("/login").get_data(as_text=True)


def test_a_cached_page_holds_no_cookie_or_token(client, make_thread):
    thread = make_thread()
    visit(client, f"/t/{thread.id}/{thread.slug}")
    response, cache = visit(client, f"/t/{thread.id}/{thread.slug}")
    assert cache == "HIT" and "Set-Cookie" not in response.headers
    assert "csrf_token" not in response.get_data(as_text=True)
    assert response.headers["Content-Security-Policy"]  # security headers on hits too


def test_a_new_reply_refreshes_its_thread_and_the_lists_but_not_other_threads(
    app, client, make_user, make_thread, make_category
):
    category = make_category(slug="general")
    here, elsewhere = make_thread(category=category, title="Here"), make_thread(category=category, title="Elsewhere")
    for url in (f"/t/{here.id}/{here.slug}", f"/t/{elsewhere.id}/{elsewhere.slug}", "/c/general"):
        visit(client, url)
    member = app.test_client()
    from tests.conftest import FormClient

    member = FormClient(member)
    member.login(make_user())
    member.submit(f"/t/{here.id}/reply", {"body": "A brand new reply"})
    response, cache = visit(client, f"/t/{here.id}/{here.slug}")
    assert cache == "MISS" and "A brand new reply" in response.get_data(as_text=True)
    assert visit(client, f"/t/{elsewhere.id}/{elsewhere.slug}")[1] == "HIT"
    assert visit(client, "/c/general")[1] == "MISS"


def test_edits_moderation_and_merges_refresh_what_they_touch(
    app, db, client, make_user, make_thread, make_reply, make_tag, make_tip
):
    from tests.conftest import FormClient

    author = make_user()
    thread = make_thread(author=author)
    reply = make_reply(thread, author=author, body="Original words")
    url = f"/t/{thread.id}/{thread.slug}"
    visit(client, url)
    writer = FormClient(app.test_client())
    writer.login(author)
    writer.submit(f"/p/{reply.id}/edit", {"body": "Edited words"})
    assert "Edited words" in client.get(url).get_data(as_text=True)
    moderator = FormClient(app.test_client())
    moderator.login(make_user("kind_mod", role="moderator"))
    moderator.submit(f"/mod/posts/{reply.id}/hide", {"reason": "Off topic"})
    html = client.get(url).get_data(as_text=True)
    assert "Edited words" not in html and "Off topic" in html
    make_tag("Warmth", group="Heat and cold")
    make_tag("Heat", group="Heat and cold")
    make_tip(title="Cosy tip", tags="Warmth")
    visit(client, "/tags/heat")
    moderator.submit("/tags/warmth/merge", {"target": "heat"})
    response, cache = visit(client, "/tags/heat")
    assert cache == "MISS" and "Cosy tip" in response.get_data(as_text=True)


def test_changes_made_directly_in_the_database_session_are_seen(app, db, client, make_thread):
    thread = make_thread(title="Soon gone")
    visit(client, "/")
    with app.app_context():
        db.session.get(Thread, thread.id).status = "hidden"
        db.session.commit()
    assert "Soon gone" not in client.get("/").get_data(as_text=True)


def test_etag_and_last_modified_give_304(client, make_thread):
    thread = make_thread()
    url = f"/t/{thread.id}/{thread.slug}"
    first = client.get(url)
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    assert client.get(url, headers={"If-None-Match": '"something-else"'}).status_code == 200


def test_static_files_have_fingerprinted_names_and_long_lifetimes(client):
    html = client.get("/").get_data(as_text=True)
    css = re.search(r'href="(/assets/css/stillpoint\.[0-9a-f]{12}\.css)"', html).group(1)
    js = re.search(r'src="(/assets/js/stillpoint\.[0-9a-f]{12}\.js)"', html).group(1)
    for url in (css, js):
        response = client.get(url)
        assert response.status_code == 200
        assert (
            "max-age=31536000" in response.headers["Cache-Control"] and "immutable" in response.headers["Cache-Control"]
        )
    assert client.get(css.replace(".css", "0.css")).status_code == 404
    assert client.get("/assets/css/stillpoint.000000000000.css").status_code == 404


def test_cache_can_be_turned_off(app, client, make_thread):
    app.config["FORUM"]["PAGE_CACHE_ENABLED"] = False
    try:
        thread = make_thread()
        visit(client, f"/t/{thread.id}/{thread.slug}")
        assert visit(client, f"/t/{thread.id}/{thread.slug}")[1] is None
    finally:
        app.config["FORUM"]["PAGE_CACHE_ENABLED"] = True
