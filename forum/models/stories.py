"""A story's structured details: the journey at a glance, and what feeds community insights."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum.extensions import db


class StoryDetails(db.Model):
    __tablename__ = "story_details"

    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), primary_key=True)
    onset_year: Mapped[int | None] = mapped_column(Integer)
    years_to_diagnosis: Mapped[int | None] = mapped_column(Integer, index=True)
    diagnosed_by: Mapped[str | None] = mapped_column(String(40))
    insights_consent: Mapped[bool] = mapped_column(Boolean, default=False)

    postures: Mapped[list[StoryPosture]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="StoryPosture.posture"
    )
    misdiagnoses: Mapped[list[StoryMisdiagnosis]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="StoryMisdiagnosis.misdiagnosis"
    )
    treatments: Mapped[list[StoryTreatment]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="StoryTreatment.treatment"
    )


class StoryPosture(db.Model):
    __tablename__ = "story_postures"

    thread_id: Mapped[int] = mapped_column(ForeignKey("story_details.thread_id", ondelete="CASCADE"), primary_key=True)
    posture: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)


class StoryMisdiagnosis(db.Model):
    __tablename__ = "story_misdiagnoses"

    thread_id: Mapped[int] = mapped_column(ForeignKey("story_details.thread_id", ondelete="CASCADE"), primary_key=True)
    misdiagnosis: Mapped[str] = mapped_column(String(40), primary_key=True)


class StoryTreatment(db.Model):
    __tablename__ = "story_treatments"

    thread_id: Mapped[int] = mapped_column(ForeignKey("story_details.thread_id", ondelete="CASCADE"), primary_key=True)
    treatment: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)
    response: Mapped[str] = mapped_column(String(40))
