"""The search index: one document per visible thread and per published resource page.

The full-text part is database-specific and made by migration 0005: on SQLite an FTS5
table (search_fts) kept in step by triggers; on PostgreSQL a generated tsvector column
(search_vector) with a GIN index. forum/search/services.py hides the difference.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from forum.extensions import db
from forum.models.base import utcnow


class SearchDocument(db.Model):
    __tablename__ = "search_documents"
    __table_args__ = (UniqueConstraint("kind", "source_id", name="uq_search_documents_kind_source"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)  # discussion | story | tip | resource
    source_id: Mapped[int] = mapped_column(Integer)  # thread id, or resource id
    title: Mapped[str] = mapped_column(String(200))
    # Tag names (and a resource's summary): weighed between the title and the body.
    keywords: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    url_slug: Mapped[str] = mapped_column(String(80), default="")
    author_name: Mapped[str] = mapped_column(String(40), default="")  # already anonymised
    tag_slugs: Mapped[str] = mapped_column(Text, default=" ")
    members_only: Mapped[bool] = mapped_column(
        Boolean, default=False
    )  # not in visitors' results  # " heat pillows " for LIKE filters
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
