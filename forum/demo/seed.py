"""Writing the demo community (`flask forum seed-demo`).

The data lives in `forum.demo.content` (members, discussions), `forum.demo.stories_content`
(stories) and `forum.demo.tips_content` (coping tips, and the tags on the discussions and
stories); this module writes it through the same services the web forms use (registration,
threads, stories, tips, replies, views, reactions), then spreads the timestamps over the past
weeks so the forum looks lived in, and commits once more at the end.
"""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import func, or_, select

from forum.errors import ServiceError

DEMO_PASSWORD = "stillpoint-demo"
EMAIL_DOMAIN = "example.org"
# Fixed, so every run spreads the posts over time in the same way.
TIMING_SEED = 20240611
# The tips have their own sequence, so adding one leaves the other content's times alone.
TIP_TIMING_SEED = 20240612
# Nothing is dated later than this before the moment of seeding.
LATEST_GAP = timedelta(minutes=20)
_ROLE_ORDER = {"admin": 0, "moderator": 1}

_LIST_OR_QUOTE = re.compile(r"^(?:[-*+] |\d+[.)] |>)")


def seed_demo_content() -> list[tuple[str, str]]:
    """Write the demo members, discussions, stories and tips; returns (username, role) for every demo account."""
    from forum.auth.services import register_user
    from forum.demo.content import MEMBERS, THREADS
    from forum.demo.stories_content import STORIES
    from forum.demo.tips_content import THREAD_TAGS, TIPS
    from forum.discussions import services as discussions
    from forum.discussions.setup import ensure_default_categories
    from forum.extensions import db
    from forum.models import Category, Reaction, ThreadView, utcnow
    from forum.reactions.services import toggle_reaction
    from forum.resources.services import ensure_default_resources
    from forum.stories.services import DetailsInput, create_story
    from forum.tags.setup import ensure_default_tags
    from forum.tips.services import create_tip, record_view

    _check_content(MEMBERS, THREADS)
    _check_stories(MEMBERS, STORIES)
    _check_tips(MEMBERS, TIPS)
    _check_thread_tags(THREADS, STORIES, THREAD_TAGS)
    _check_not_seeded(MEMBERS)
    ensure_default_categories()
    ensure_default_tags()
    ensure_default_resources()
    _check_tags_usable(TIPS, THREAD_TAGS)
    categories = {category.slug: category for category in db.session.scalars(select(Category))}

    users = {}
    for member in MEMBERS:
        username = member["username"]
        users[username] = register_user(username, demo_email(username), DEMO_PASSWORD, role=member["role"])
        # Demo members are established: their posts don't wait for new-member review.
        users[username].approved_post_count = current_app.config["FORUM"]["REVIEW_FIRST_POSTS"]
        users[username].email_verified_at = utcnow()

    written = []  # (thread, days_ago, [(post, parent post or None, later_days)] opening post first)
    for spec in THREADS:
        thread = discussions.create_thread(
            users[spec["author"]],
            spec["title"],
            unwrap(spec["body"]),
            category=categories[spec["category"]],
            tags_text=", ".join(THREAD_TAGS.get(spec["title"], [])),
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
            tags_text=", ".join(THREAD_TAGS.get(spec["title"], [])),
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

    # The tips, last: each with its replies, then the members who opened it and those who found
    # it helpful (each of them opens it before voting, so the rank is right at every step).
    tips_written = []  # (tip, days_ago, entries as in `written`)
    opened = []  # (tip, its opening post, [viewer], {ids of the members who voted helpful})
    member_order = [member["username"] for member in MEMBERS]
    for index, spec in enumerate(TIPS):
        thread = create_tip(users[spec["author"]], spec["title"], unwrap(spec["body"]), ", ".join(spec["tags"]))
        entries = _write_replies(thread, spec.get("replies", []), users)
        tips_written.append((thread, spec["days_ago"], entries))
        root = entries[0][0]
        viewers = [users[username] for username in _tip_viewers(spec, member_order, index)]
        voters = {users[username].id for username in spec["helpful"]}
        helpful = 0
        for viewer in viewers:
            record_view(viewer, thread, helpful)
            if viewer.id in voters:
                root.thread = thread  # the permission check reads it; relationships don't lazy-load
                toggle_reaction(viewer, root, "helpful")
                helpful += 1
        opened.append((thread, root, viewers, voters))

    now = utcnow().replace(second=0, microsecond=0)
    rng = random.Random(TIMING_SEED)
    first_post: dict[int, datetime] = {}
    last_post: dict[int, datetime] = {}
    _spread(written, now, rng, first_post, last_post)

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

    # The tips are spread over the same weeks, with their own random sequence.
    tip_rng = random.Random(TIP_TIMING_SEED)
    _spread(tips_written, now, tip_rng, first_post, last_post)

    # A member opens a tip after it was shared (and after they joined); a vote follows the look.
    latest = now - LATEST_GAP
    for thread, root, viewers, voters in opened:
        views = {
            view.user_id: view
            for view in db.session.scalars(select(ThreadView).where(ThreadView.thread_id == thread.id))
        }
        votes = {
            reaction.user_id: reaction
            for reaction in db.session.scalars(
                select(Reaction).where(Reaction.post_id == root.id, Reaction.kind == "helpful")
            )
        }
        for viewer in viewers:
            seen = _reaction_time(now, thread.created_at, joined_days[viewer.username], tip_rng)
            views[viewer.id].created_at = seen
            when = seen
            if viewer.id in voters:
                when = min(seen + timedelta(minutes=tip_rng.randint(1, 25)), max(seen, latest))
                votes[viewer.id].created_at = when
            last_post[viewer.id] = max(last_post.get(viewer.id, when), when)

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


def _spread(written, now: datetime, rng: random.Random, first_post: dict, last_post: dict) -> None:
    """Date each thread's posts over the past weeks (replies after their parents), noting
    each author's first and last post so their join and last-seen dates can fit."""
    for thread, days_ago, entries in written:
        times = _post_times(now, days_ago, [later for _, _, later in entries], rng)
        for (post, _parent, _later), when in zip(entries, times, strict=True):
            post.created_at = when
            first_post[post.author_id] = min(first_post.get(post.author_id, when), when)
            last_post[post.author_id] = max(last_post.get(post.author_id, when), when)
        thread.created_at = times[0]
        thread.last_activity_at = times[-1]


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
        _check_reply_tree(where, spec["replies"], usernames)


def _check_reply_tree(where: str, replies: list[dict], usernames: set[str]) -> None:
    """Every reply has a known author and answers the thread or a reply written before it."""
    keys: set[str] = set()
    for item in replies:
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
        _check_reply_tree(where, spec["replies"], set(joined))
        for item in spec["replies"]:
            if spec["days_ago"] - item.get("later_days", 0) > joined[item["author"]] - 1:
                raise ValueError(f"{where}: reply {item['key']!r} is dated before {item['author']} joined")
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


def _tip_viewers(spec: dict, member_order: list[str], index: int) -> list[str]:
    """Who opens a tip, in order: the members who found it helpful, then (up to `views`) those
    who replied, then others taken in turn from a place in the member list that moves with
    each tip, so the looks are shared around."""
    viewers = list(spec["helpful"])
    repliers = [item["author"] for item in spec.get("replies", [])]
    start = (index * 5) % len(member_order)
    others = member_order[start:] + member_order[:start]
    for username in repliers + others:
        if len(viewers) >= spec["views"]:
            break
        if username != spec["author"] and username not in viewers:
            viewers.append(username)
    return viewers


def _check_tips(members: list[dict], tips: list[dict]) -> None:
    """Catch mistakes in tips_content.py before anything is written."""
    from forum.tags.defaults import DEFAULT_TAGS
    from forum.tips.services import TIP_MAX_LENGTH

    joined = {member["username"]: member["joined_days_ago"] for member in members}
    tag_names = {name for name, _group, _description in DEFAULT_TAGS}
    titles: set[str] = set()
    for spec in tips:
        where = f"demo tip {spec['title']!r}"
        author = spec["author"]
        if spec["title"] in titles:
            raise ValueError(f"{where}: the title is used twice")
        titles.add(spec["title"])
        if author not in joined:
            raise ValueError(f"{where}: unknown author {author!r}")
        if not 0 <= spec["days_ago"] < joined[author]:
            raise ValueError(f"{where}: written before {author} joined")
        tags = spec["tags"]
        if not 1 <= len(tags) <= 3:
            raise ValueError(f"{where}: give 1 to 3 tags, not {len(tags)}")
        if len({name.lower() for name in tags}) != len(tags):
            raise ValueError(f"{where}: a tag is given twice")
        for name in tags:
            if name not in tag_names:
                raise ValueError(f"{where}: unknown tag {name!r}")
        body = unwrap(spec["body"])
        if len(body) > TIP_MAX_LENGTH:
            raise ValueError(f"{where}: the body is {len(body)} characters; a tip can have {TIP_MAX_LENGTH}")
        words = len(body.split())
        if not 40 <= words <= 200:
            raise ValueError(f"{where}: the body has {words} words; keep tips to 40-200")
        helpful = spec["helpful"]
        if not 0 <= spec["views"] <= len(members) - 1:
            raise ValueError(f"{where}: {spec['views']} views, but only {len(members) - 1} members can open it")
        if len(helpful) > spec["views"]:
            raise ValueError(f"{where}: more helpful votes ({len(helpful)}) than views ({spec['views']})")
        if len(set(helpful)) != len(helpful):
            raise ValueError(f"{where}: someone votes helpful twice")
        for username in helpful:
            if username not in joined:
                raise ValueError(f"{where}: unknown member {username!r} votes helpful")
            if username == author:
                raise ValueError(f"{where}: the author votes for their own tip")
        keys: set[str] = set()
        for item in spec.get("replies", []):
            if item["author"] not in joined:
                raise ValueError(f"{where}: unknown author {item['author']!r}")
            if item["to"] is not None and item["to"] not in keys:
                raise ValueError(f"{where}: reply {item['key']!r} answers {item['to']!r}, not written before it")
            if item["key"] in keys:
                raise ValueError(f"{where}: reply key {item['key']!r} used twice")
            if spec["days_ago"] - item.get("later_days", 0) > joined[item["author"]] - 1:
                raise ValueError(f"{where}: reply {item['key']!r} is dated before {item['author']} joined")
            keys.add(item["key"])


def _check_thread_tags(threads: list[dict], stories: list[dict], thread_tags: dict[str, list[str]]) -> None:
    """Catch mistakes in tips_content.THREAD_TAGS before anything is written."""
    from forum.tags.defaults import DEFAULT_TAGS
    from forum.tags.services import MAX_TAGS_PER_THREAD

    titles = {spec["title"] for spec in threads} | {spec["title"] for spec in stories}
    tag_names = {name for name, _group, _description in DEFAULT_TAGS}
    for title, tags in thread_tags.items():
        where = f"tags for {title!r}"
        if title not in titles:
            raise ValueError(f"{where}: no demo discussion or story has that title")
        if not 1 <= len(tags) <= MAX_TAGS_PER_THREAD:
            raise ValueError(f"{where}: give 1 to {MAX_TAGS_PER_THREAD} tags, not {len(tags)}")
        if len({name.lower() for name in tags}) != len(tags):
            raise ValueError(f"{where}: a tag is given twice")
        for name in tags:
            if name not in tag_names:
                raise ValueError(f"{where}: unknown tag {name!r}")


def _check_tags_usable(tips: list[dict], thread_tags: dict[str, list[str]]) -> None:
    """Refuse (before writing any content) when a tag the demo uses has been retired here."""
    from forum.extensions import db
    from forum.models import Tag

    used = {name.lower() for spec in tips for name in spec["tags"]}
    used |= {name.lower() for tags in thread_tags.values() for name in tags}
    retired = sorted(db.session.scalars(select(Tag.name).where(Tag.name_key.in_(used), Tag.is_retired.is_(True))))
    if retired:
        raise ServiceError(f"The demo content uses retired tags ({', '.join(retired)}); nothing was written.")


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
