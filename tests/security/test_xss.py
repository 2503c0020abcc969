"""The XSS corpus (data/xss_vectors.txt) through every field that takes text and is shown back.

Each page where the text shows is parsed (html.parser) and must hold nothing script-capable that the
app's own templates don't: no script/iframe/object/embed/base/form/... from member content, no on*
attributes, no javascript:/vbscript:/data: URLs, no style with expression() or url(javascript:),
and no template expression evaluated ({{'xy'*4}} must never become xyxyxyxy). Vectors are batched: many per
body, titles packed to their length limit, so the run stays quick.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from sqlalchemy import select

from forum.extensions import db as _db
from forum.models import Post, Thread
from tests.security.conftest import TagCollector

VECTORS_FILE = Path(__file__).parent / "data" / "xss_vectors.txt"
VECTORS = [
    line for line in VECTORS_FILE.read_text(encoding="utf-8").split("\n") if line.strip() and not line.startswith("# ")
]
DANGEROUS_TAGS = {
    "script",
    "iframe",
    "object",
    "embed",
    "base",
    "form",
    "frame",
    "frameset",
    "applet",
    "meta",
    "link",
    "style",
    "svg",
    "math",
    "portal",
    "img",
    "image",
    "video",
    "audio",
    "source",
    "input",
    "button",
    "textarea",
    "select",
    "isindex",
    "template",
    "noscript",
    "marquee",
    "bgsound",
    "keygen",
    "xml",
    "area",
    "map",
    "picture",
    "animate",
}
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "background",
    "poster",
    "dynsrc",
    "lowsrc",
    "data",
    "code",
    "srcset",
    "ping",
    "cite",
    "longdesc",
    "usemap",
    "manifest",
    "icon",
    "profile",
}
BAD_SCHEME = re.compile(r"^(javascript|vbscript|data|livescript|mocha):", re.IGNORECASE)
STRIP = re.compile(r"[\x00-\x20\x7f\u200b\u2028\u2029\ufeff]")
TEMPLATE_PRODUCT = "xyxyxyxy"  # {{'xy'*4}} and its kin in the corpus, had any been evaluated


def test_the_corpus_is_large_and_varied():
    assert len(VECTORS) >= 300
    text = "\n".join(VECTORS).lower()
    for needle in (
        "<script",
        "onerror",
        "javascript:",
        "data:",
        "vbscript:",
        "&#",
        "<svg",
        "<math",
        "srcdoc",
        "](javascript:",
        "![x](",
        "<!--",
        "expression(",
        "{{'xy'*4}}",
        "<javascript:",
        "formaction",
    ):
        assert needle in text, needle


def from_templates(tag: str, attrs) -> bool:
    """The script-capable elements the app's own templates make, and nothing else: the script and
    stylesheet from /assets, plain meta tags, feed links, and forms posting to this site."""
    values = dict(attrs)
    names = set(values)
    if tag == "script":
        return names <= {"src", "defer"} and (values.get("src") or "").startswith("/assets/")
    if tag == "meta":
        return names <= {"charset", "name", "content"} and values.get("name") in (
            None,
            "viewport",
            "robots",
            "referrer",
            "description",
            "color-scheme",
        )
    if tag == "link":
        href = values.get("href") or ""
        return values.get("rel") in ("stylesheet", "icon", "alternate", "self") and href.startswith(
            ("/", "http://localhost/")
        )
    if tag == "form":
        action = values.get("action") or ""
        return "target" not in names and (not action or (action.startswith("/") and not action.startswith("//")))
    return tag in ("input", "button", "textarea", "select")  # form controls: their attributes are checked below


def check_page(html: str, where: str) -> None:
    """Fail on anything script-capable in the page that the app's own pages don't have."""
    assert TEMPLATE_PRODUCT not in html, f"{where}: a template expression was evaluated"
    collector = TagCollector()
    collector.feed(html)
    collector.close()
    for tag, attrs in collector.tags:
        if tag in DANGEROUS_TAGS:
            assert from_templates(tag, attrs), f"{where}: <{tag} {attrs}> did not come from the templates"
        for name, value in attrs:
            assert not name.startswith("on"), f"{where}: <{tag} {name}={value!r}>"
            assert name not in ("srcdoc", "formaction"), f"{where}: <{tag} {name}={value!r}>"
            cleaned = STRIP.sub("", value or "")
            if name in URL_ATTRIBUTES:
                assert not BAD_SCHEME.match(cleaned), f"{where}: <{tag} {name}={value!r}>"
                assert not re.search(r",\s*(javascript|vbscript|data):", value or "", re.I), f"{where}: {value!r}"
            if name == "style":
                lowered = cleaned.lower().replace("\\", "")
                assert "expression(" not in lowered and "javascript:" not in lowered, f"{where}: style={value!r}"
                assert "url(" not in lowered and "behavior" not in lowered, f"{where}: style={value!r}"


def check_feed(xml: str, where: str) -> None:
    """An Atom feed: well-formed, only Atom's own elements, text-only titles and summaries, safe links."""
    root = ElementTree.fromstring(xml)
    allowed = {"feed", "title", "id", "link", "updated", "author", "name", "entry", "published", "summary"}
    for element in root.iter():
        local = element.tag.rpartition("}")[2]
        assert local in allowed, f"{where}: <{local}> in the feed"
        assert element.get("type") in (None, "text", "application/atom+xml", "text/html"), f"{where}: {element.attrib}"
        href = STRIP.sub("", element.get("href") or "")
        assert not href or href.startswith("http://localhost/"), f"{where}: href={href!r}"
    check_page(xml, where)


def pack(vectors: list[str], limit: int, sep: str = " ") -> list[str]:
    """Vectors packed into texts of at most `limit` characters (a longer vector is cut to the limit)."""
    texts, current = [], ""
    for vector in vectors:
        vector = vector[:limit]
        if current and len(current) + len(sep) + len(vector) > limit:
            texts.append(current)
            current = ""
        current = f"{current}{sep}{vector}" if current else vector
    return [*texts, current] if current else texts


def body_texts(limit: int) -> list[str]:
    """Every vector, a paragraph each, in as few bodies as fit the limit."""
    return pack(VECTORS, limit, sep="\n\n")


def _ids(app, model, **where):
    with app.app_context():
        try:
            query = select(model.id)
            for key, value in where.items():
                query = query.where(getattr(model, key) == value)
            return list(_db.session.scalars(query.order_by(model.id)))
        finally:
            _db.session.remove()


def _render_all(client, urls) -> None:
    for url in urls:
        response = client.get(url, follow_redirects=True)
        assert response.status_code < 500, url
        text = response.get_data(as_text=True)
        if response.mimetype == "application/atom+xml":
            check_feed(text, url)
        else:
            check_page(text, url)


def _submit_ok(client, url, form):
    response = client.submit(url, form)
    assert response.status_code < 500, (url, response.status_code)
    return response


def test_threads_replies_and_edits(app, world, login_as):
    alice, bob, moira = login_as(world.alice), login_as(world.bob), login_as(world.mod)
    titles = pack(VECTORS, app.config["FORUM"]["TITLE_MAX_LENGTH"])
    bodies = body_texts(app.config["FORUM"]["BODY_MAX_LENGTH"] - 100)
    for n, title in enumerate(titles):
        body = bodies[n] if n < len(bodies) else f"Opening words number {n}."
        response = _submit_ok(
            alice, "/c/general/new", {"title": title, "body": body, "tags": "", "confirm_personal_info": "y"}
        )
        assert response.status_code == 302, (title, response.get_data(as_text=True)[:2000])
    threads = _ids(app, Thread, kind="discussion")
    # Edit reasons (revision history) and moderation reasons (log), before the thread grows: every change
    # re-indexes the whole thread for search.
    for n, reason in enumerate(pack(VECTORS, 300)):
        form = {"title": "Morning stiffness", "body": f"Edit number {n}.", "reason": reason}
        _submit_ok(alice, f"/p/{world.root_post_id}/edit", form)
        _submit_ok(moira, f"/mod/posts/{world.reply_post_id}/{'hide' if n % 2 == 0 else 'restore'}", {"reason": reason})
    for n, body in enumerate(bodies):
        _submit_ok(bob, f"/t/{world.thread.id}/reply", {"body": f"Reply {n}\n\n{body}", "confirm_personal_info": "y"})
    for reason in pack(VECTORS, 200)[:12]:  # a suspension's reason is shown to the member too
        _submit_ok(moira, "/mod/members/bob/unsuspend", {"reason": ""})
        _submit_ok(moira, "/mod/members/bob/suspend", {"until": "2099-01-01", "reason": reason})
        _render_all(bob, ["/", "/settings"])
    listing = [f"/c/general?page={n}" for n in range(1, len(threads) // 25 + 2)]
    pages = [f"/t/{thread_id}" for thread_id in threads[: len(bodies) + 2] + threads[::20]] + listing
    pages += ["/", "/feed.atom", "/u/alice", "/u/bob", f"/p/{world.root_post_id}/edit"]
    _render_all(login_as(None), pages)
    _render_all(
        moira,
        [
            *pages,
            f"/mod/posts/{world.root_post_id}/revisions",
            *[f"/mod/log?page={n}" for n in range(2, 8)],
            "/mod/log",
            "/mod/log?page=2",
            "/mod",
            "/mod/members/bob",
        ],
    )
    _render_all(bob, ["/notifications", f"/t/{world.thread.id}"])


def test_stories_and_their_details(app, world, login_as):
    """Story titles take every other vector (the rest go through tip titles; thread titles take them all),
    bodies take them all, and every detail field gets vectors too (most are refused by validation)."""
    alice = login_as(world.alice)
    from forum.stories.forms import StoryForm

    with app.test_request_context():
        detail_fields = [name for name in StoryForm().data if name not in ("csrf_token", "title", "body", "tags")]
    titles = pack(VECTORS[0::2], app.config["FORUM"]["TITLE_MAX_LENGTH"])
    bodies = body_texts(app.config["FORUM"]["BODY_MAX_LENGTH"] - 100)
    for n, body in enumerate(bodies):
        _submit_ok(alice, "/stories/new", {"title": titles[n], "body": body, "tags": "", "confirm_personal_info": "y"})
    for n in range(len(VECTORS) // len(detail_fields) + 1):
        form = {"title": f"Details {n}", "body": f"Story with odd details {n}.", "tags": ""}
        for index, name in enumerate(detail_fields):
            form[name] = VECTORS[(n * len(detail_fields) + index) % len(VECTORS)]
        _submit_ok(alice, "/stories/new", form)
    for n, title in enumerate(titles[len(bodies) :]):
        _submit_ok(alice, "/stories/new", {"title": title, "body": f"Story number {n}.", "tags": ""})
    stories = _ids(app, Thread, kind="story")
    assert len(stories) > len(titles) // 2
    form = {"title": titles[0], "body": bodies[-1], "reason": VECTORS[1][:300], "tags": "", "onset_year": VECTORS[2]}
    _submit_ok(alice, f"/stories/{world.story.id}/edit", form)
    pages = [f"/t/{story_id}" for story_id in stories[:20] + stories[::10]]
    pages += [f"/stories?page={n}" for n in range(1, len(stories) // 20 + 2)]
    pages += ["/stories/feed.atom", "/insights", f"/stories/{world.story.id}/edit", "/u/alice"]
    _render_all(login_as(None), pages)
    _render_all(alice, pages[-4:])


def test_tips_tags_bios_and_resources(app, world, login_as):
    alice, moira, ada = login_as(world.alice), login_as(world.mod), login_as(world.admin)
    tip_bodies = pack(VECTORS, 1900, sep="\n\n")
    tip_titles = pack(VECTORS[1::2], 150)
    for n in range(max(len(tip_bodies), len(tip_titles))):
        title = tip_titles[n] if n < len(tip_titles) else f"Tip {n}"
        body = tip_bodies[n] if n < len(tip_bodies) else f"Tip words {n}."
        _submit_ok(alice, "/tips/new", {"title": title, "body": body, "tags": "Heat", "confirm_personal_info": "y"})
    for n, vector in enumerate(VECTORS):  # tag names: nearly all refused; never a 500
        _submit_ok(moira, "/tags/manage", {"name": vector, "group": VECTORS[-n - 1][:60], "description": vector})
    for n, text in enumerate(pack(VECTORS, 500, sep="\n")):
        _submit_ok(moira, "/tags/heat/edit", {"name": "Heat", "group": text[:60], "description": text})
        if n % 10 == 0:
            _render_all(login_as(None), ["/tags", "/tags/heat", "/tags/heat/feed.atom"])
    for n, bio in enumerate(pack(VECTORS, 1000, sep="\n\n")):
        _submit_ok(alice, "/settings", {"bio": bio})
        if n % 5 == 0:
            _render_all(login_as(None), ["/u/alice"])
            _render_all(alice, ["/settings"])
    for n, body in enumerate(body_texts(59000)):
        form = {
            "title": pack(VECTORS[n:], 200)[0],
            "section": "understanding",
            "summary": pack(VECTORS[n + 3 :], 300)[0],
            "body": body,
            "position": "1",
            "tags": "",
            "is_published": "y",
            "reason": VECTORS[n][:300],
        }
        _submit_ok(ada, "/resources/new", form)
        _submit_ok(ada, f"/resources/{world.resource_slug}/edit", form)
    _render_all(
        login_as(None),
        [
            "/tips",
            "/tips?sort=new",
            "/tips/feed.atom",
            "/tags",
            "/resources",
            f"/resources/{world.resource_slug}",
            "/",
            "/u/alice",
        ],
    )
    tips = _ids(app, Thread, kind="tip")
    _render_all(login_as(None), [f"/t/{thread_id}" for thread_id in tips[: len(tip_bodies) + 1] + tips[::10]])
    _render_all(login_as(None), [f"/tips?page={n}" for n in range(1, len(tips) // 20 + 2)])
    with app.app_context():
        from forum.models import Resource

        slugs = list(_db.session.scalars(select(Resource.slug)))
        _db.session.remove()
    _render_all(ada, [f"/resources/{slug}" for slug in slugs] + [f"/resources/{slugs[-1]}/edit", "/mod/log"])


def test_usernames_at_registration(app, world, login_as):
    for n, vector in enumerate(VECTORS):
        client = login_as(None)
        form = {
            "username": vector[:40],
            "email": f"x{n}@example.org",
            "password": "a long enough password",
            "password_confirm": "a long enough password",
            "accept_guidelines": "y",
        }
        response = client.submit("/register", form)
        assert response.status_code < 500
        if response.status_code == 400 and n % 25 == 0:
            check_page(response.get_data(as_text=True), f"register {vector!r}")
    _render_all(login_as(world.mod), ["/mod", "/mod/log"])


def test_reports_and_search(app, world, login_as, make_reply):
    bob, moira = login_as(world.bob), login_as(world.mod)
    notes = pack(VECTORS, 1000, sep="\n")
    for n, note in enumerate(notes):
        post = make_reply(world.thread, world.alice, body=f"Reply to be reported, number {n}.")
        _submit_ok(bob, f"/p/{post.id}/report", {"reason": "other", "note": note})
    assert len(_ids(app, Post)) >= len(notes)
    _render_all(moira, ["/mod", "/mod/reports", "/mod/reports?page=2", "/mod/log"])
    visitor = login_as(None)
    for query in pack(VECTORS, 200):  # a few vectors per query: the page shows the query back whole
        response = visitor.get("/search", query_string={"q": query, "kind": query[:20], "tag": query[:40]})
        assert response.status_code < 500
        check_page(response.get_data(as_text=True), f"search {query!r}")


def test_draft_fields_shown_back(app, world, login_as):
    alice = login_as(world.alice)
    token = alice.csrf_token()
    places = {
        f"reply:thread:{world.thread.id}": f"/t/{world.thread.id}/reply",
        "thread:new:general": "/c/general/new",
        "story:new": "/stories/new",
        "tip:new": "/tips/new",
        f"post:edit:{world.root_post_id}": f"/p/{world.root_post_id}/edit",
    }
    texts = body_texts(20000)
    for n, (place, form_url) in enumerate(places.items()):
        fields = {"title": [pack(VECTORS[n * 3 :], 150)[0]], "body": [texts[n % len(texts)]], "tags": [VECTORS[n]]}
        payload = json.dumps({"revision": 0, "fields": fields})
        response = alice.post(
            f"/drafts/{place}", data=payload, content_type="application/json", headers={"X-CSRFToken": token}
        )
        assert response.status_code in (200, 409), (place, response.get_data(as_text=True)[:300])
        _render_all(alice, [form_url])
    # words kept for a signed-out member come back on the sign-in page, and again after signing in
    visitor = login_as(None)
    for n, text in enumerate(texts):
        response = visitor.submit(f"/t/{world.thread.id}/reply", {"body": text})
        assert response.status_code == 401
        check_page(response.get_data(as_text=True), "kept words page")
        form = {
            "kept_place": f"reply:thread:{world.thread.id}",
            "kept_at": str(n + 1),
            "kept-body": text,
            "login": "alice",
            "password": "wrong password",
        }
        response = visitor.submit("/login", form)
        assert response.status_code < 500
        check_page(response.get_data(as_text=True), "sign-in with kept words")
    # a lapsed token shows the words back too
    response = alice.post(f"/t/{world.thread.id}/reply", data={"body": texts[0], "csrf_token": "lapsed"})
    assert response.status_code < 500
    check_page(response.get_data(as_text=True), "lapsed token")
