"""`flask forum ...` commands. They never prompt when their values are given."""

from __future__ import annotations

import click
from flask.cli import AppGroup
from sqlalchemy import select

from forum.auth import services as auth_services
from forum.discussions import services as discussion_services
from forum.discussions.setup import ensure_default_categories
from forum.errors import ServiceError
from forum.extensions import db
from forum.models import ROLES, User

forum_cli = AppGroup("forum", help="Stillpoint administration.")


@forum_cli.command("seed-categories")
def seed_categories() -> None:
    """Create the default discussion categories that are missing."""
    added = ensure_default_categories()
    click.echo(f"Added {added} categories.")


@forum_cli.command("seed-tags")
def seed_tags() -> None:
    """Create the curated tags that are missing."""
    from forum.tags.setup import ensure_default_tags

    click.echo(f"Added {ensure_default_tags()} tags.")


@forum_cli.command("seed-resources")
def seed_resources() -> None:
    """Write the starting resource pages that are missing (run seed-tags first)."""
    from forum.resources.services import ensure_default_resources

    click.echo(f"Added {ensure_default_resources()} resource pages.")


@forum_cli.command("seed-demo")
@click.option("--if-empty", is_flag=True, help="Do nothing when the forum already has members.")
def seed_demo(if_empty: bool) -> None:
    """Write the demo community: members, categories, discussions with nested replies."""
    from forum.demo.seed import DEMO_PASSWORD, demo_logins, seed_demo_content

    if if_empty and db.session.scalar(select(User.id).limit(1)) is not None:
        click.echo("The forum already has members; demo content not written again.")
        logins = demo_logins()
        if not db.session.scalar(select(User.id).where(User.username == logins[0][0])):
            return
    else:
        try:
            logins = seed_demo_content()
        except ServiceError as error:
            raise click.ClickException(error.message) from None
        click.echo("Demo content written.")
    click.echo(f"Demo logins (the password for every one is {DEMO_PASSWORD}):")
    for username, role in logins:
        click.echo(f"  {username:<16} {role}")


@forum_cli.command("create-admin")
@click.argument("name")
@click.option("--email", required=True)
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
def create_admin(name: str, email: str, password: str) -> None:
    """Create an administrator account."""
    try:
        user = auth_services.register_user(name, email, password, role="admin", allow_reserved=True)
    except ServiceError as error:
        raise click.ClickException(error.message) from None
    click.echo(f"Created admin {user.username}.")


@forum_cli.command("set-role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLES))
def set_role(name: str, role: str) -> None:
    """Give a member a role: member, moderator or admin."""
    try:
        user = auth_services.set_role(name, role)
    except ServiceError as error:
        raise click.ClickException(error.message) from None
    click.echo(f"{user.username} is now {user.role}.")


@forum_cli.command("recook")
@click.option("--stale-only", is_flag=True, help="Only posts rendered by an older pipeline version.")
def recook(stale_only: bool) -> None:
    """Re-render every post's HTML from its Markdown (after a content pipeline change)."""
    count = discussion_services.recook_posts(only_stale=stale_only)
    click.echo(f"Re-rendered {count} posts.")


@forum_cli.command("purge-drafts")
@click.option("--days", type=click.IntRange(min=1), help="Age in days (default: FORUM_DRAFT_MAX_AGE_DAYS).")
def purge_drafts(days: int | None) -> None:
    """Delete drafts nobody has saved for a while (run daily)."""
    from flask import current_app

    from forum.drafts.services import purge

    max_age = days or current_app.config["FORUM"]["DRAFT_MAX_AGE_DAYS"]
    click.echo(f"Deleted {purge(max_age)} drafts not saved for {max_age} days.")


@forum_cli.command("reindex")
def reindex() -> None:
    """Rebuild the search index from scratch."""
    from forum.search.services import reindex_all

    click.echo(f"Indexed {reindex_all()} documents.")


@forum_cli.command("backup")
@click.argument("path", type=click.Path(dir_okay=False, writable=True))
def backup(path: str) -> None:
    """Copy the database to PATH while the site runs (SQLite: online backup; PostgreSQL: pg_dump)."""
    from pathlib import Path

    from forum.operations.backup import backup_database

    result = backup_database(db.engine.url, Path(path))
    if not result.ok:
        raise click.ClickException(result.message)
    click.echo(result.message)


@forum_cli.command("check")
@click.option("--fix", is_flag=True, help="Repair what is found, and say what changed.")
def check(fix: bool) -> None:
    """Check counters, tree paths and the search index against the data (exit status 1 if wrong)."""
    from forum.operations.check import run

    report = run(fix=fix)
    for problem in report.problems:
        click.echo(("fixed: " if problem in report.fixed else "problem: ") + problem)
    for problem in report.unfixable:
        click.echo("cannot fix: " + problem)
    left = len(report.problems) - len(report.fixed) + len(report.unfixable)
    if not report.problems and not report.unfixable:
        click.echo("Everything is consistent.")
        return
    click.echo(f"{len(report.problems) + len(report.unfixable)} problems found, {len(report.fixed)} fixed.")
    if left:
        if not fix:
            click.echo("Run `flask forum check --fix` to repair them.")
        raise SystemExit(1)
