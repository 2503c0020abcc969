"""axe-core on every main page, in the light and the dark colour scheme.

The bar: no serious or critical violation anywhere. Every violation found (whatever its impact)
goes into build/browser/axe-report.json, and a table of them is printed at the end of the run.
"""

from __future__ import annotations

import json
from collections import Counter

from tests.browser.main_pages import MAIN_PAGES, pages_by_role
from tests.browser.reports import REPORT_DIR, axe_rows

BLOCKING = ("serious", "critical")
SCHEMES = ("light", "dark")


def test_no_serious_or_critical_accessibility_violations_on_main_pages(site, new_page, sign_in, axe):
    pages = pages_by_role(site, new_page, sign_in)
    report = []
    for name, role in MAIN_PAGES:
        page = pages[role]
        response = page.goto(site.urls[name])
        assert response.status == 200, f"{name} as {role}: HTTP {response.status}"
        for scheme in SCHEMES:
            page.emulate_media(color_scheme=scheme)
            violations = axe(page)
            report.append(
                {
                    "page": name,
                    "viewer": role,
                    "url": site.urls[name],
                    "scheme": scheme,
                    "counts": dict(Counter(v["impact"] for v in violations)),
                    "violations": [
                        {
                            "id": v["id"],
                            "impact": v["impact"],
                            "help": v["help"],
                            "targets": [node["target"] for node in v["nodes"]][:10],
                            "summary": v["nodes"][0].get("failureSummary", "") if v["nodes"] else "",
                        }
                        for v in violations
                    ],
                }
            )
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    (REPORT_DIR / "axe-report.json").write_text(json.dumps(report, indent=2))
    axe_rows.extend(report)

    blocking = [
        f"{r['page']} ({r['viewer']}, {r['scheme']}): {v['id']} [{v['impact']}] {v['help']} at {v['targets'][:3]}"
        for r in report
        for v in r["violations"]
        if v["impact"] in BLOCKING
    ]
    assert not blocking, "serious or critical accessibility violations:\n" + "\n".join(blocking)
