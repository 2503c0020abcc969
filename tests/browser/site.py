"""A small, realistic community for page-level browser checks, written through the real services.

Everything a main page can show is here at least once: nested replies deeper than the indent
limit, a post with a long URL, a long word, a code block and a table, a story with its journey
card and an anonymous one, enough consenting stories for the insights charts, tips with votes,
tags, the default resource pages, a notification, open reports (one urgent) and moderation-log
entries. Building it takes a fraction of a second (the demo seeder takes several).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from forum.auth.services import register_user
from forum.discussions import services as discussions
from forum.discussions.setup import ensure_default_categories
from forum.extensions import db
from forum.models import Category, Resource, Tag, User, utcnow
from forum.moderation import services as moderation
from forum.reactions.services import toggle_reaction
from forum.resources.services import ensure_default_resources
from forum.stories.services import DetailsInput, create_story
from forum.tags.setup import ensure_default_tags
from forum.tips.services import create_tip
from tests.conftest import PASSWORD

LONG_URL = "https://example.org/research/cervical-dystonia/botulinum-toxin/" + "wearing-off-" * 12 + "summary.html"
AWKWARD_BODY = f"""I keep a simple log between injections, and it shows the wearing-off clearly.

- Week 1 to 2: the toxin hasn't started yet; the pull is strong by evening.
- Week 3 to 9: the best weeks.
- Week 10 onwards: the turn to the left comes back, first late in the day.

This summary explained the cycle well: {LONG_URL}

My neurologist called the muscle the Musculussternocleidomastoideusdextersinisterque on my letter, which
did not fit on any form.

| Week | Pull (0-10) | Pain (0-10) | Sleep (hours) | Notes for the next appointment |
|------|-------------|-------------|---------------|--------------------------------|
| 1 | 7 | 6 | 5 | Tired, heat pack helps, evenings hardest |
| 6 | 3 | 2 | 7 | Walking every day, driving short trips |
| 11 | 6 | 5 | 5 | Wearing-off, ask about the interval |

The spreadsheet formula I use for the weekly average:

```
=AVERAGEIFS(PainScores!B2:B400, PainScores!A2:A400, ">="&DATE(2024,1,1), PainScores!A2:A400, "<"&DATE(2024,2,1))
```
"""


@dataclass
class Member:
    id: int
    username: str
    role: str = "member"


@dataclass
class Site:
    member: Member  # signed-in views: has a notification, wrote a thread and replies
    moderator: Member
    others: list[Member]
    urls: dict[str, str] = field(default_factory=dict)  # page name -> path


def _user(username: str, role: str = "member") -> User:
    user = register_user(username, f"{username}@example.org", PASSWORD, role=role)
    user.email_verified_at = utcnow()
    return user


def build_site() -> Site:
    """Write the community (inside an app context) and return its members and page URLs."""
    ensure_default_categories()
    ensure_default_tags()
    ensure_default_resources()
    member = _user("rowan_reads")
    moderator = _user("marin_mod", "moderator")
    heron, kestrel, linden, tern = (_user(name) for name in ("heron_walks", "kestrel_k", "linden_tree", "tilted_tern"))
    db.session.commit()

    categories = {c.slug: c for c in db.session.scalars(db.select(Category))}
    treatments = categories["treatments"]
    thread = discussions.create_thread(
        heron,
        "Wearing-off before the next injection: how do you manage weeks 10 to 12?",
        AWKWARD_BODY,
        category=treatments,
        tags_text="Injection cycle, Wearing-off",
    )
    first = discussions.reply(member, thread, "Same here. I ask for the earliest slot and plan quieter weeks.")
    second = discussions.reply(kestrel, thread, "Does your clinic allow a 10-week interval?", first.id)
    third = discussions.reply(heron, thread, "Mine did after I brought the log.", second.id)
    fourth = discussions.reply(linden, thread, "A log is such a good idea. What do you record?", third.id)
    fifth = discussions.reply(member, thread, "Pull, pain and sleep, once a day, one line each.", fourth.id)
    discussions.reply(kestrel, thread, "Thank you, @rowan_reads, I'll start one tonight.", fifth.id)
    discussions.reply(tern, thread, "Newly diagnosed here, this thread is reassuring.")
    doubtful = discussions.reply(linden, thread, "Stop the injections and just stretch, doctors know nothing.")
    worried = discussions.reply(tern, thread, "Some evenings I feel I can't go on like this.")

    own = discussions.create_thread(
        member,
        "Typing one-handed while my head turns: what works for you?",
        "Voice typing helps, but I'd love other ideas for long messages.",
        category=categories["pain-daily-life"],
        tags_text="Desk set-up, Reading and screens",
    )
    discussions.reply(heron, own, "A document holder at eye level changed everything for me.")
    for n, slug in enumerate(list(categories)[:4]):
        discussions.create_thread(
            linden, f"Checking in, week {n + 1}", "A short hello and how the week went.", category=categories[slug]
        )

    stories = []
    D = DetailsInput
    journeys = [
        D(2015, 4, ["torticollis", "tremor"], ["stress_anxiety"], "neurologist", {"botulinum_toxin": "much_better"}),
        D(
            2018,
            2,
            ["laterocollis"],
            ["posture", "spine"],
            "movement_specialist",
            {"physical_therapy": "somewhat_better"},
        ),
        D(2010, 9, ["torticollis", "shoulder_elevation"], ["arthritis"], "gp", {"oral_medication": "no_change"}),
        D(2020, 1, ["retrocollis"], [], "movement_specialist", {"botulinum_toxin": "somewhat_better"}),
        D(2012, 6, ["anterocollis", "jaw"], ["muscle_strain"], "neurologist", {"dbs": "much_better"}),
        D(2019, 3, ["torticollis"], ["stress_anxiety", "posture"], "pain_specialist", {"massage": "too_early"}),
    ]
    titles = [
        "From 'just stress' to a diagnosis",
        "Nine years of being told it was arthritis",
        "Back to the garden after two years",
        "What deep brain stimulation changed for me",
        "The year my head started to tilt",
        "Learning to drive again with a turned neck",
    ]
    authors = [member, heron, kestrel, linden, tern, heron]
    for n, details in enumerate(journeys):
        details.insights_consent = True
        stories.append(
            create_story(
                authors[n],
                titles[n],
                "## First signs\n\nMy chin began to turn to the left when I was tired.\n\n"
                "## Finding a diagnosis\n\nIt took several doctors before a neurologist named it.\n\n"
                "## Life today\n\nMost days are good weeks; I plan around the injection cycle.",
                details,
                tags_text="Injection cycle, First weeks",
                is_anonymous=n == 4,
            )
        )
    story = stories[0]
    story_root = discussions.root_post(story)
    discussions.reply(heron, story, "Thank you for writing this down. The part about work rang true.")
    for who, kind in ((heron, "support"), (kestrel, "me_too"), (linden, "support")):
        story_root.thread = story
        toggle_reaction(who, story_root, kind)

    tips = [
        create_tip(heron, "Touch your chin lightly to ease the pull", "A light touch beats a push.", "Sensory tricks"),
        create_tip(kestrel, "A warm wheat bag before bed", "Ten minutes of heat helps me sleep.", "Heat, Pillows"),
        create_tip(linden, "Raise your screen to eye level", "Less looking down, less pull.", "Desk set-up"),
    ]
    tip_root = discussions.root_post(tips[0])
    tip_root.thread = tips[0]
    toggle_reaction(member, tip_root, "helpful")

    moderation.report_post(member, doubtful, "misinformation", "Telling people to stop treatment.")
    moderation.report_post(heron, worried, "worried", "Please check in on them.")
    moderation.thread_action(moderator, thread, "pin")
    spam = discussions.reply(tern, own, "Buy cheap pills at my shop!")
    moderation.hide_post(moderator, moderation.get_post_for_moderation(spam.id), "Advertising")

    tag = db.session.scalar(db.select(Tag).where(Tag.name == "Injection cycle"))
    resource = db.session.scalar(db.select(Resource).order_by(Resource.position))
    db.session.commit()
    as_member = lambda user: Member(user.id, user.username, user.role)  # noqa: E731
    return Site(
        member=as_member(member),
        moderator=as_member(moderator),
        others=[as_member(u) for u in (heron, kestrel, linden, tern)],
        urls={
            "home": "/",
            "category": f"/c/{treatments.slug}",
            "thread": f"/t/{thread.id}/{thread.slug}",
            "new thread": f"/c/{treatments.slug}/new",
            "story": f"/t/{story.id}/{story.slug}",
            "stories": "/stories",
            "new story": "/stories/new",
            "insights": "/insights",
            "tips": "/tips",
            "tags": "/tags",
            "tag": f"/tags/{tag.slug}",
            "resources": "/resources",
            "resource": f"/resources/{resource.slug}",
            "search": "/search?q=injection",
            "profile": f"/u/{heron.username}",
            "login": "/login",
            "register": "/register",
            "settings": "/settings",
            "notifications": "/notifications",
            "mod queue": "/mod",
            "mod log": "/mod/log",
        },
    )
