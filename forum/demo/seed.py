"""Writing the demo community (`flask forum seed-demo`).

The data lives in `forum.demo.content` (members, discussions) and `forum.demo.stories_content`
(stories); this module writes it through the same services the web forms use (registration,
threads, stories, replies, reactions), then spreads the timestamps over the past weeks so the
forum looks lived in, and commits once more at the end.
"""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select

from forum.errors import ServiceError

DEMO_PASSWORD = "stillpoint-demo"
EMAIL_DOMAIN = "example.org"
# Fixed, so every run spreads the posts over time in the same way.
TIMING_SEED = 20240611
# Nothing is dated later than this before the moment of seeding.
LATEST_GAP = timedelta(minutes=20)
_ROLE_ORDER = {"admin": 0, "moderator": 1}

_LIST_OR_QUOTE = re.compile(r"^(?:[-*+] |\d+[.)] |>)")


def seed_demo_content() -> list[tuple[str, str]]:
    """Write the demo members, discussions and stories; returns (username, role) for every demo account."""
    from forum.auth.services import register_user
    from forum.demo.content import MEMBERS, THREADS
    from forum.demo.stories_content import STORIES
    from forum.discussions import services as discussions
    from forum.discussions.setup import ensure_default_categories
    from forum.extensions import db
    from forum.models import Category, Reaction, utcnow
    from forum.reactions.services import toggle_reaction
    from forum.stories.services import DetailsInput, create_story

    _check_content(MEMBERS, THREADS)
    _check_stories(MEMBERS, STORIES)
    _check_not_seeded(MEMBERS)
    ensure_default_categories()
    categories = {category.slug: category for category in db.session.scalars(select(Category))}

    users = {}
    for member in MEMBERS:
        username = member["username"]
        users[username] = register_user(username, demo_email(username), DEMO_PASSWORD, role=member["role"])

    written = []  # (thread, days_ago, [(post, parent post or None, later_days)] opening post first)
    for spec in THREADS:
        thread = discussions.create_thread(
            users[spec["author"]],
            spec["title"],
            unwrap(spec["body"]),
            category=categories[spec["category"]],
            tags_text="",
        )
        written.append((thread, spec["days_ago"], _write_replies(thread, spec["replies"], users)))

    # The stories, after the discussions: each with its replies, then the reactions to it.
    reacted = []  # (story, its opening post, [(member, kind)] in the order given)
    for spec in STORIES:
        thread = create_story(
            users[spec["author"]],
            spec["title"],
            unwrap(spec["body"]),
            DetailsInput(**spec["details"]),
            tags_text="",
            is_anonymous=spec.get("anonymous", False),
        )
        entries = _write_replies(thread, spec["replies"], users)
        written.append((thread, spec["days_ago"], entries))
        root = entries[0][0]
        given = []
        for kind, usernames in spec["reactions"].items():
            for username in usernames:
                root.thread = thread  # the permission check reads it; relationships don't lazy-load
                toggle_reaction(users[username], root, kind)
                given.append((users[username], kind))
        reacted.append((thread, root, given))

    now = utcnow().replace(second=0, microsecond=0)
    rng = random.Random(TIMING_SEED)
    first_post: dict[int, datetime] = {}
    last_post: dict[int, datetime] = {}
    for thread, days_ago, entries in written:
        times = _post_times(now, days_ago, [later for _, _, later in entries], rng)
        for (post, _parent, _later), when in zip(entries, times, strict=True):
            post.created_at = when
            first_post[post.author_id] = min(first_post.get(post.author_id, when), when)
            last_post[post.author_id] = max(last_post.get(post.author_id, when), when)
        thread.created_at = times[0]
        thread.last_activity_at = times[-1]

    # Reactions come after the story, and only once the member has joined.
    joined_days = {member["username"]: member["joined_days_ago"] for member in MEMBERS}
    for _thread, root, given in reacted:
        rows = {
            (reaction.user_id, reaction.kind): reaction
            for reaction in db.session.scalars(select(Reaction).where(Reaction.post_id == root.id))
        }
        for user, kind in given:
            when = _reaction_time(now, root.created_at, joined_days[user.username], rng)
            rows[(user.id, kind)].created_at = when
            last_post[user.id] = max(last_post.get(user.id, when), when)

    logins = []
    for member in MEMBERS:
        user = users[member["username"]]
        joined = now - timedelta(days=member["joined_days_ago"], hours=rng.uniform(1, 10))
        if user.id in first_post:
            joined = min(joined, first_post[user.id] - timedelta(hours=rng.uniform(1, 12)))
            user.last_seen_at = last_post[user.id] + timedelta(minutes=rng.randint(2, 40))
        user.created_at = joined
        logins.append((user.username, user.role))
    db.session.commit()

    return _in_role_order(logins)


def _write_replies(thread, replies: list[dict], users: dict) -> list[tuple]:
    """Write a thread's replies in order; returns [(post, parent post or None, later_days)],
    the opening post first."""
    from forum.discussions import services as discussions

    posts = {None: discussions.root_post(thread)}
    entries = [(posts[None], None, 0.0)]
    for item in replies:
        parent = posts[item["to"]]
        post = discussions.reply(
            users[item["author"]],
            thread,
            unwrap(item["body"]),
            parent_id=None if item["to"] is None else parent.id,
        )
        posts[item["key"]] = post
        entries.append((post, parent, float(item.get("later_days", 0))))
    return entries


def demo_logins() -> list[tuple[str, str]]:
    """(username, role) of every demo account: administrators, then moderators, then members."""
    from forum.demo.content import MEMBERS

    return _in_role_order([(member["username"], member["role"]) for member in MEMBERS])


def _in_role_order(logins: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(logins, key=lambda login: _ROLE_ORDER.get(login[1], 2))


def demo_email(username: str) -> str:
    return f"{username.lower()}@{EMAIL_DOMAIN}"


def unwrap(text: str) -> str:
    """Turn a hard-wrapped body from content.py into the Markdown a member would have typed.

    Paragraphs are separated by blank lines; the lines of a paragraph, list item or quote are
    joined with spaces. Each list item and quote keeps a line of its own."""
    blocks = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        for raw in block.splitlines():
            line = raw.strip()
            if not line:
                continue
            starts_item = _LIST_OR_QUOTE.match(line) is not None
            if lines and lines[-1].startswith(">") and line.startswith(">"):
                lines[-1] += " " + line[1:].strip()  # a wrapped quote line
            elif lines and not starts_item:
                lines[-1] += " " + line
            else:
                lines.append(line)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _post_times(now: datetime, days_ago: float, later_days: list[float], rng: random.Random) -> list[datetime]:
    """Times for a thread's posts in writing order: the opening post at `days_ago`, each reply
    a little after the one before (and no sooner than its `later_days`), all before now."""
    start = now - timedelta(days=days_ago)
    start = start.replace(hour=rng.randint(7, 21), minute=rng.randint(0, 59))
    latest = now - LATEST_GAP
    if start > latest:
        start = latest - timedelta(hours=rng.uniform(1, 6))
    times = [start]
    for later in later_days[1:]:
        gap = timedelta(minutes=rng.randint(12, 9 * 60))
        when = times[-1] + gap
        if later:
            earliest = start + timedelta(days=later, hours=rng.uniform(0, 6))
            when = max(when, earliest)
        times.append(when)
    if times[-1] > latest:  # squeeze the replies into the time there was, keeping their order
        span = (times[-1] - start).total_seconds()
        room = (latest - start).total_seconds()
        times = [start + timedelta(seconds=(t - start).total_seconds() * room / span) for t in times]
    return [t.replace(microsecond=0) for t in times]


def _reaction_time(now: datetime, story_at: datetime, joined_days_ago: float, rng: random.Random) -> datetime:
    """When a member reacted to a story: a little after it was written (or after they joined,
    if that was later), never after the latest moment anything is dated."""
    earliest = max(story_at, now - timedelta(days=joined_days_ago))
    latest = now - LATEST_GAP
    when = earliest + timedelta(minutes=rng.randint(15, 4 * 24 * 60))
    return max(story_at, min(when, latest)).replace(microsecond=0)


def _check_content(members: list[dict], threads: list[dict]) -> None:
    """Catch mistakes in content.py before anything is written."""
    from forum.discussions.defaults import DEFAULT_CATEGORIES

    usernames = {member["username"] for member in members}
    slugs = {slug for slug, _name, _description in DEFAULT_CATEGORIES}
    for spec in threads:
        where = f"demo thread {spec['title']!r}"
        if spec["category"] not in slugs:
            raise ValueError(f"{where}: unknown category {spec['category']!r}")
        if spec["author"] not in usernames:
            raise ValueError(f"{where}: unknown author {spec['author']!r}")
        keys: set[str] = set()
        for item in spec["replies"]:
            if item["author"] not in usernames:
                raise ValueError(f"{where}: unknown author {item['author']!r}")
            if item["to"] is not None and item["to"] not in keys:
                raise ValueError(f"{where}: reply {item['key']!r} answers {item['to']!r}, not written before it")
            if item["key"] in keys:
                raise ValueError(f"{where}: reply key {item['key']!r} used twice")
            keys.add(item["key"])


def _check_stories(members: list[dict], stories: list[dict]) -> None:
    """Catch mistakes in stories_content.py before anything is written."""
    from forum.stories.services import STORY_SECTIONS, DetailsInput, validate_details

    joined = {member["username"]: member["joined_days_ago"] for member in members}
    for spec in stories:
        where = f"demo story {spec['title']!r}"
        author = spec["author"]
        if author not in joined:
            raise ValueError(f"{where}: unknown author {author!r}")
        if spec["days_ago"] >= joined[author]:
            raise ValueError(f"{where}: written before {author} joined")
        try:
            validate_details(DetailsInput(**spec["details"]))
        except (TypeError, ServiceError) as error:
            raise ValueError(f"{where}: bad details: {error}") from None
        for line in unwrap(spec["body"]).splitlines():
            if line.startswith("#") and not line.startswith(tuple(f"## {name}" for name in STORY_SECTIONS)):
                raise ValueError(f"{where}: unexpected heading {line!r}")
        keys: set[str] = set()
        for item in spec["replies"]:
            if item["author"] not in joined:
                raise ValueError(f"{where}: unknown author {item['author']!r}")
            if item["to"] is not None and item["to"] not in keys:
                raise ValueError(f"{where}: reply {item['key']!r} answers {item['to']!r}, not written before it")
            if item["key"] in keys:
                raise ValueError(f"{where}: reply key {item['key']!r} used twice")
            if spec["days_ago"] - item.get("later_days", 0) > joined[item["author"]] - 1:
                raise ValueError(f"{where}: reply {item['key']!r} is dated before {item['author']} joined")
            keys.add(item["key"])
        for kind, usernames in spec["reactions"].items():
            if kind not in ("support", "me_too"):
                raise ValueError(f"{where}: unknown reaction {kind!r}")
            for username in usernames:
                if username not in joined:
                    raise ValueError(f"{where}: unknown member {username!r} reacts")
                if username == author:
                    raise ValueError(f"{where}: the author reacts to their own story")
            if len(set(usernames)) != len(usernames):
                raise ValueError(f"{where}: someone gives {kind!r} twice")


def _check_not_seeded(members: list[dict]) -> None:
    """Refuse (before writing anything) when a demo account's name or email is already taken."""
    from forum.auth.services import username_key
    from forum.extensions import db
    from forum.models import User

    keys = [username_key(member["username"]) for member in members]
    emails = [demo_email(member["username"]) for member in members]
    taken = db.session.scalar(
        select(func.count(User.id)).where(or_(User.username_key.in_(keys), User.email.in_(emails)))
    )
    if taken:
        raise ServiceError(
            "The demo members already exist (the demo content has been written before); nothing was written."
        )
