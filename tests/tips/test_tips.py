"""Coping tips: sharing, the helpful vote, and a ranking that rewards evidence."""

import re

import pytest
from sqlalchemy import func, select

from forum.models import Reaction, Thread, ThreadView
from forum.tips.ranking import wilson_lower_bound
from tests.conftest import count_queries


def tip_titles(html: str) -> list[str]:
    return re.findall(r'<h2><a href="/t/\d+/[^"]*">([^<]+)</a></h2>', html)


def count(app, db, model, *where) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model).where(*where))


# --- ranking ----------------------------------------------------------------------------


def test_one_vote_on_a_new_tip_does_not_beat_forty_out_of_forty_five():
    assert wilson_lower_bound(1, 1) < wilson_lower_bound(40, 45)
    assert wilson_lower_bound(1, 1) == pytest.approx(0.2065, abs=1e-3)
    assert wilson_lower_bound(40, 45) == pytest.approx(0.7651, abs=1e-3)


def test_rank_edge_cases():
    assert wilson_lower_bound(0, 0) == 0
    assert wilson_lower_bound(0, 10) == 0
    assert wilson_lower_bound(5, 3) == wilson_lower_bound(5, 5)  # votes count as views
    assert wilson_lower_bound(9, 10) > wilson_lower_bound(5, 10) > wilson_lower_bound(1, 10)
    assert wilson_lower_bound(90, 100) > wilson_lower_bound(9, 10)  # more evidence, more confidence


def _view_and_vote(client, make_user, tip, views: int, votes: int, root_post_of):
    root = root_post_of(tip)
    for n in range(views):
        client.login(make_user())
        client.get(f"/t/{tip.id}/{tip.slug}")
        if n < votes:
            assert client.submit(f"/p/{root.id}/react", {"kind": "helpful"}).status_code == 302
        client.logout()


def test_ranking_on_known_votes(client, make_user, make_tag, make_tip, root_post_of):
    make_tag("Heat", group="Heat and cold")
    popular = make_tip(title="Proven favourite")
    lucky = make_tip(title="One lucky vote")
    ignored = make_tip(title="Seen but not voted")
    fresh = make_tip(title="Brand new")
    _view_and_vote(client, make_user, popular, views=9, votes=8, root_post_of=root_post_of)
    _view_and_vote(client, make_user, lucky, views=1, votes=1, root_post_of=root_post_of)
    _view_and_vote(client, make_user, ignored, views=6, votes=0, root_post_of=root_post_of)
    ranked = tip_titles(client.get("/tips").get_data(as_text=True))
    assert ranked[:2] == ["Proven favourite", "One lucky vote"]
    assert set(ranked[2:]) == {"Seen but not voted", "Brand new"}
    newest = tip_titles(client.get("/tips?sort=new").get_data(as_text=True))
    assert newest == ["Brand new", "Seen but not voted", "One lucky vote", "Proven favourite"]
    assert fresh.title in newest


def test_a_tip_moves_up_when_members_find_it_helpful(client, make_user, make_tag, make_tip, root_post_of):
    make_tag("Heat", group="Heat and cold")
    first = make_tip(title="Early tip")
    _view_and_vote(client, make_user, first, views=3, votes=1, root_post_of=root_post_of)
    climber = make_tip(title="Late climber")
    assert tip_titles(client.get("/tips").get_data(as_text=True))[0] == "Early tip"
    _view_and_vote(client, make_user, climber, views=4, votes=4, root_post_of=root_post_of)
    assert tip_titles(client.get("/tips").get_data(as_text=True))[0] == "Late climber"


def test_views_count_once_per_member_and_never_the_author(app, db, client, make_user, make_tag, make_tip):
    make_tag("Heat", group="Heat and cold")
    author = make_user()
    tip = make_tip(author)
    client.login(author)
    client.get(f"/t/{tip.id}/{tip.slug}")
    client.logout()
    client.get(f"/t/{tip.id}/{tip.slug}")  # a visitor
    reader = make_user()
    client.login(reader)
    for _ in range(3):
        client.get(f"/t/{tip.id}/{tip.slug}")
    assert count(app, db, ThreadView) == 1
    with app.app_context():
        assert db.session.get(Thread, tip.id).view_count == 1


# --- sharing a tip ----------------------------------------------------------------------


def test_member_shares_a_tip_with_tags(app, db, client, make_user, make_tag):
    make_tag("Heat", group="Heat and cold")
    make_tag("Pillows", group="Sleep")
    client.login(make_user())
    response = client.submit(
        "/tips/new", {"title": "Warm the pillow", "body": "A wheat bag **first**.", "tags": "heat, PILLOWS"}
    )
    assert response.status_code == 302
    with app.app_context():
        tip = db.session.scalar(select(Thread).where(Thread.kind == "tip"))
        db.session.refresh(tip, ["tags"])
        assert sorted(t.name for t in tip.tags) == ["Heat", "Pillows"]
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "A wheat bag <strong>first</strong>." in html and 'href="/tags/heat"' in html


def test_ticked_tag_boxes_work_without_javascript(app, db, client, make_user, make_tag):
    make_tag("Heat", group="Heat and cold")
    make_tag("Pillows", group="Sleep")
    client.login(make_user())
    page = client.get("/tips/new").get_data(as_text=True)
    assert 'type="checkbox" id="tagpick-heat" name="tags" value="Heat"' in page
    response = client.submit("/tips/new", {"title": "Two ticks", "body": "Text", "tags": ["", "Heat", "Pillows"]})
    assert response.status_code == 302
    assert count(app, db, Thread) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"title": "Short and sweet", "body": "", "tags": "Heat"}, "write something"),
        ({"title": "Too long", "body": "x" * 2001, "tags": "Heat"}, "at most 2,000 characters"),
        ({"title": "No tags", "body": "Helpful words", "tags": ""}, "at least one tag"),
        ({"title": "Six tags", "body": "Words", "tags": "A1, A2, A3, A4, A5, A6"}, "at most 5 tags"),
        ({"title": "Typo tag", "body": "Words", "tags": "Heta"}, "Did you mean Heat?"),
        ({"title": "Markup tag", "body": "Words", "tags": "<script>alert(1)</script>"}, "There is no tag called"),
        ({"title": "Control", "body": "Words", "tags": "He\x07at"}, "There is no tag called"),
    ],
)
def test_bad_tips_are_refused_and_write_nothing(app, db, client, make_user, make_tag, data, message):
    make_tag("Heat", group="Heat and cold")
    for n in range(1, 7):
        make_tag(f"A{n}")
    client.login(make_user())
    response = client.submit("/tips/new", data)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert message in html
    assert "<script>alert(1)" not in html
    assert count(app, db, Thread) == 0


def test_five_tags_are_fine(app, db, client, make_user, make_tag):
    for n in range(1, 6):
        make_tag(f"A{n}")
    client.login(make_user())
    assert client.submit("/tips/new", {"title": "Five", "body": "W", "tags": "A1,A2,A3,A4,A5"}).status_code == 302


def test_retired_tags_cannot_be_chosen(app, db, client, make_user, make_tag):
    make_tag("Old news", is_retired=True)
    client.login(make_user())
    response = client.submit("/tips/new", {"title": "Old", "body": "Words", "tags": "Old news"})
    assert response.status_code == 400


# --- the helpful vote -------------------------------------------------------------------


def test_helpful_toggles_once_per_member(app, db, client, make_user, make_tag, make_tip, root_post_of):
    make_tag("Heat", group="Heat and cold")
    tip = make_tip()
    root = root_post_of(tip)
    client.login(make_user())
    client.get(f"/t/{tip.id}/{tip.slug}")
    client.submit(f"/p/{root.id}/react", {"kind": "helpful"})
    assert count(app, db, Reaction) == 1
    client.submit(f"/p/{root.id}/react", {"kind": "helpful"})
    assert count(app, db, Reaction) == 0
    with app.app_context():
        assert db.session.get(Thread, tip.id).rank_score == 0


def test_no_helpful_vote_on_your_own_tip_or_by_a_visitor(app, db, client, make_user, make_tag, make_tip, root_post_of):
    make_tag("Heat", group="Heat and cold")
    author = make_user()
    tip = make_tip(author)
    root = root_post_of(tip)
    response = client.submit(f"/p/{root.id}/react", {"kind": "helpful"})
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    client.login(author)
    assert client.submit(f"/p/{root.id}/react", {"kind": "helpful"}).status_code == 403
    assert client.submit(f"/p/{root.id}/react", {"kind": "support"}).status_code == 403  # not on tips
    assert count(app, db, Reaction) == 0


def test_tips_can_be_discussed(client, make_user, make_tag, make_tip):
    make_tag("Heat", group="Heat and cold")
    tip = make_tip()
    client.login(make_user())
    assert client.submit(f"/t/{tip.id}/reply", {"body": "Tried it: lovely."}).status_code == 302
    assert "Tried it: lovely." in client.get(f"/t/{tip.id}/{tip.slug}").get_data(as_text=True)


def test_tag_filter_on_tips(client, make_tag, make_tip):
    make_tag("Heat", group="Heat and cold")
    make_tag("Pillows", group="Sleep")
    make_tip(title="Warm", tags="Heat")
    make_tip(title="Soft", tags="Pillows")
    assert tip_titles(client.get("/tips?tag=pillows").get_data(as_text=True)) == ["Soft"]
    assert tip_titles(client.get("/tips?tag=nothing").get_data(as_text=True)) == []
    assert client.get("/tips?sort=sideways").status_code == 200


def test_tips_page_runs_bounded_queries(app, client, make_user, make_tag, make_tip):
    make_tag("Heat", group="Heat and cold")
    counts = []
    author = make_user()
    for n in (3, 30):
        for i in range(n):
            make_tip(author, title=f"Tip {i}")
        with count_queries(app) as statements:
            client.get("/tips")
        counts.append(len(statements))
    assert counts[0] == counts[1] and counts[0] <= 5, counts
