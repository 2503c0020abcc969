"""Community insights: what consenting members reported in their stories, aggregated.

Privacy floor: a figure with fewer than PRIVACY_FLOOR stories behind it is never shown, so
no one can be picked out from a small count.  These are members' reports, not clinical data.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from forum.extensions import db
from forum.models import StoryDetails, StoryMisdiagnosis, StoryPosture, StoryTreatment, Thread
from forum.stories import choices

PRIVACY_FLOOR = 5


@dataclass(frozen=True)
class Bar:
    value: str
    label: str
    count: int | None  # None: fewer than the floor, not shown
    percent: int  # of the chart's total, for the bar's length (0 when hidden)


@dataclass(frozen=True)
class Chart:
    total: int  # stories behind the chart
    bars: list[Bar]

    @property
    def shown(self) -> bool:
        return self.total >= PRIVACY_FLOOR


@dataclass(frozen=True)
class DiagnosisDelay:
    count: int
    median: float | None
    lower_quartile: float | None
    upper_quartile: float | None
    distribution: Chart


def _chart(counts: Counter, options, total: int) -> Chart:
    bars = []
    for option in options:
        value, label = option[0], option[1]
        count = counts.get(value, 0)
        visible = total >= PRIVACY_FLOOR and count >= PRIVACY_FLOOR
        bars.append(
            Bar(value, label, count if visible else None, round(100 * count / total) if visible and total else 0)
        )
    return Chart(total, bars)


def _band_of(years: int) -> str:
    for value, _label, low, high in choices.DIAGNOSIS_BANDS:
        if years >= low and (high is None or years <= high):
            return value
    return choices.DIAGNOSIS_BANDS[-1][0]


def quartiles(values: list[int]) -> tuple[float, float, float]:
    """(lower quartile, median, upper quartile), by the inclusive method (the data's own range)."""
    lower, median, upper = statistics.quantiles(sorted(values), n=4, method="inclusive")
    return lower, median, upper


def _consenting():
    return (
        select(StoryDetails.thread_id)
        .join(Thread, Thread.id == StoryDetails.thread_id)
        .where(Thread.kind == "story", Thread.status == "visible", StoryDetails.insights_consent.is_(True))
    )


def community_insights() -> dict:
    """Every figure for /insights, with the privacy floor applied (four queries)."""
    consenting = _consenting().subquery()
    years = [
        y
        for (y,) in db.session.execute(
            select(StoryDetails.years_to_diagnosis).where(
                StoryDetails.thread_id.in_(select(consenting)), StoryDetails.years_to_diagnosis.is_not(None)
            )
        )
    ]
    total_stories = db.session.scalar(select(db.func.count()).select_from(consenting)) or 0
    if len(years) >= PRIVACY_FLOOR:
        lower, median, upper = quartiles(years)
    else:
        lower = median = upper = None
    delay = DiagnosisDelay(
        len(years),
        median,
        lower,
        upper,
        _chart(Counter(_band_of(y) for y in years), choices.DIAGNOSIS_BANDS, len(years)),
    )

    def counted(column, key_column) -> tuple[Counter, int]:
        rows = db.session.execute(select(key_column, column).where(key_column.in_(select(consenting)))).all()
        return Counter(value for _, value in rows), len({story for story, _ in rows})

    mis_counts, mis_total = counted(StoryMisdiagnosis.misdiagnosis, StoryMisdiagnosis.thread_id)
    posture_counts, posture_total = counted(StoryPosture.posture, StoryPosture.thread_id)
    treatment_rows = db.session.execute(
        select(StoryTreatment.treatment, StoryTreatment.response).where(
            StoryTreatment.thread_id.in_(select(consenting))
        )
    ).all()
    by_treatment: dict[str, Counter] = {}
    for treatment, response in treatment_rows:
        by_treatment.setdefault(treatment, Counter())[response] += 1
    treatments = [
        (
            value,
            label,
            _chart(
                by_treatment.get(value, Counter()), choices.RESPONSES, sum(by_treatment.get(value, Counter()).values())
            ),
        )
        for value, label in choices.TREATMENTS
    ]
    return {
        "total_stories": total_stories,
        "delay": delay,
        "misdiagnoses": _chart(mis_counts, choices.MISDIAGNOSES, mis_total),
        "postures": _chart(posture_counts, choices.POSTURES, posture_total),
        "treatments": treatments,
        "floor": PRIVACY_FLOOR,
    }
