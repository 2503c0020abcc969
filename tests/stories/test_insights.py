"""Community insights: the figures on a known set of stories, and the privacy floor."""

import re

import pytest

from forum.stories.insights import quartiles
from forum.stories.services import DetailsInput as D


def _html(client) -> str:
    response = client.get("/insights")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def _row(html: str, section_id: str, label: str) -> str:
    section = html.split(f'id="{section_id}"', 1)[1].split("</section>", 1)[0]
    match = re.search(rf"<th scope=\"row\">{re.escape(label)}</th>\s*<td>([^<]+)</td>", section)
    assert match, (section_id, label)
    return match.group(1)


def test_quartiles_by_the_inclusive_method():
    assert quartiles([0, 1, 2, 3, 4, 5, 10]) == (1.5, 3, 4.5)
    assert quartiles([2, 4, 6, 8]) == (3.5, 5, 6.5)


@pytest.fixture
def consenting_stories(make_user, make_story):
    years = [0, 1, 2, 3, 4, 5, 10]
    for n, y in enumerate(years):
        make_story(
            make_user(),
            title=f"Story {n}",
            details=D(
                years_to_diagnosis=y,
                postures=["torticollis"] + (["tremor"] if n < 5 else []),
                misdiagnoses=["stress_anxiety"] if n < 6 else ["arthritis"],
                treatments={"botulinum_toxin": "much_better" if n < 5 else "worse", "dbs": "much_better"}
                if n == 0
                else {"botulinum_toxin": "much_better" if n < 5 else "worse"},
                insights_consent=True,
            ),
        )


def test_figures_on_a_known_set(client, consenting_stories, make_user, make_story):
    # stories that must not count: no consent, and hidden
    make_story(make_user(), details=D(years_to_diagnosis=40, postures=["jaw"], insights_consent=False))
    make_story(make_user(), details=D(years_to_diagnosis=40, insights_consent=True), status="hidden")
    html = _html(client)
    assert "within <strong>3 years</strong>" in html
    assert "between 1.5 and 4.5 years (from 7 stories)" in html
    assert _row(html, "postures-title", "Torticollis (head turns)") == "7"
    assert _row(html, "postures-title", "Head tremor") == "5"
    assert _row(html, "postures-title", "Jaw involvement") == "fewer than 5"
    assert _row(html, "misdiagnosis-title", "Stress or anxiety") == "6"
    assert _row(html, "misdiagnosis-title", "Arthritis") == "fewer than 5"
    assert _row(html, "treatment-botulinum_toxin", "Much better") == "5"
    assert _row(html, "treatment-botulinum_toxin", "Worse") == "fewer than 5"
    assert "not clinical evidence" in html
    # a treatment only one story reported is not shown at all
    dbs = html.split('id="treatment-dbs"', 1)[1].split("</section>", 1)[0]
    assert "Not enough stories yet" in dbs and "<table" not in dbs
    # bands: 0 -> under 1; 1,2 -> 1-2; 3,4,5 -> 3-5; 10 -> 6-10
    assert _row(html, "delay-dist", "Under a year") == "fewer than 5"


def test_privacy_floor_hides_everything_below_five_stories(client, make_user, make_story):
    for y in (1, 2, 3, 4):
        make_story(make_user(), details=D(years_to_diagnosis=y, postures=["torticollis"], insights_consent=True))
    html = _html(client)
    assert "Half of members" not in html
    assert html.count("Not enough stories yet") >= 4
    assert "<table" not in html.split('id="postures-title"', 1)[1].split("</section>", 1)[0]


def test_no_stories_at_all(client):
    html = _html(client)
    assert "Not enough stories yet" in html and "(0 so far)" in html


def test_insights_runs_a_fixed_number_of_queries(app, client, consenting_stories):
    from tests.conftest import count_queries

    with count_queries(app) as statements:
        _html(client)
    assert len(statements) <= 6
