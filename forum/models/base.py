"""Shared column helpers for the models."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Now, in UTC, without tzinfo: stored the same way on SQLite and PostgreSQL."""
    return datetime.now(UTC).replace(tzinfo=None)


# The largest id the database's integer columns hold (PostgreSQL's integer): ids from outside
# (URLs, form fields) beyond it can name nothing, and must not reach a query.
MAX_ID = 2**31 - 1
