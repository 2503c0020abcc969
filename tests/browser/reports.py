"""Where the browser checks write their reports, and the table printed at the end of a run."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

REPORT_DIR = Path(__file__).resolve().parents[2] / "build" / "browser"
IMPACTS = ("critical", "serious", "moderate", "minor")

# Rows the accessibility test collected in this run (one per page and colour scheme).
axe_rows: list[dict] = []


def axe_table(rows: list[dict]) -> list[str]:
    """Page, viewer, scheme, violations by impact and their rule ids, one line each."""
    lines = [f"{'page':<15} {'viewer':<10} {'scheme':<6} {'crit':>4} {'ser':>4} {'mod':>4} {'min':>4}  rules"]
    for row in rows:
        counts = Counter(row["counts"])
        rules = ", ".join(sorted({v["id"] for v in row["violations"]})) or "-"
        numbers = " ".join(f"{counts.get(impact, 0):>4}" for impact in IMPACTS)
        lines.append(f"{row['page']:<15} {row['viewer']:<10} {row['scheme']:<6} {numbers}  {rules}")
    return lines
