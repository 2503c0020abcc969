"""How tips are ranked by helpfulness.

A tip's rank is the lower bound of the Wilson score interval (95%) for the share of members
who found it helpful, out of the members who opened it.  A proportion alone would put one
vote out of one view (100%) above 40 out of 45 (89%); the lower bound asks "how helpful can
we be confident it is?", which grows with evidence: 1/1 ranks about 0.21, 40/45 about 0.76.

Members are counted once per tip (thread_views), visitors and the author not at all, and a
helpful vote counts as a view, so the share can never pass 100%.
"""

from math import sqrt

Z = 1.959964  # 95% confidence


def wilson_lower_bound(helpful: int, views: int) -> float:
    """The lower bound of the Wilson interval for helpful/views (0 when nobody has seen it)."""
    n = max(views, helpful)
    if n <= 0:
        return 0.0
    p = helpful / n
    z2 = Z * Z
    centre = p + z2 / (2 * n)
    margin = Z * sqrt((p * (1 - p) + z2 / (4 * n)) / n)
    return max(0.0, (centre - margin) / (1 + z2 / n))
