"""The content pipeline: Markdown in, safe HTML out, whatever a member types."""

from html.parser import HTMLParser

import pytest

from forum.content import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, LINK_REL, excerpt, plain_text, render_markdown

XSS_VECTORS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<img src=x onerror="alert(1)">',
    "<img src=javascript:alert(1)>",
    '<body onload="alert(1)">',
    '<div onmouseover="alert(1)">hover</div>',
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](java\tscript:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](%6Aavascript:alert(1))",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "<javascript:alert(1)>",
    '<svg onload="alert(1)"><circle r="10"/></svg>',
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    '<math href="javascript:alert(1)">x</math>',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<p style="background:url(javascript:alert(1))">styled</p>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<input autofocus onfocus="alert(1)">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<link rel="stylesheet" href="javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    "<a href='x' onclick='alert(1)'>x</a>",
    "<<script>alert(1);//<</script>",
    '<img """><script>alert(1)</script>">',
    "<!--<script>alert(1)</script>-->",
    '<a href="https://example.org" onmouseover=alert(1)>ok</a>',
    '[ok](https://example.org "title" onmouseover=alert(1))',
    '<details open ontoggle="alert(1)">x</details>',
    '<video><source onerror="alert(1)"></video>',
    '<marquee onstart="alert(1)">x</marquee>',
    "```html\n<script>alert(1)</script>\n```",
    "`<script>alert(1)</script>`",
    "> <script>alert(1)</script>",
    "* <img src=x onerror=alert(1)>",
    "| a |\n|---|\n| <script>alert(1)</script> |",
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)">x</a>',
    "[x](  javascript:alert(1)  )",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<template><script>alert(1)</script></template>",
]

FORBIDDEN_TAGS = {
    "script",
    "style",
    "iframe",
    "svg",
    "math",
    "img",
    "object",
    "embed",
    "form",
    "input",
    "button",
    "meta",
    "link",
    "base",
    "video",
    "source",
    "details",
    "marquee",
    "noscript",
    "template",
    "body",
    "textarea",
    "select",
}
BAD_URL_PREFIXES = ("javascript:", "vbscript:", "data:", "file:")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs) -> None:
        self.elements.append((tag, dict(attrs)))


def _elements(html: str):
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.elements


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_no_vector_survives(vector):
    html = render_markdown(vector)
    for tag, attrs in _elements(html):
        assert tag in ALLOWED_TAGS, f"{tag} survived: {html}"
        assert tag not in FORBIDDEN_TAGS
        rule = ALLOWED_ATTRIBUTES.get(tag, [])
        for name, value in attrs.items():
            assert not name.startswith("on"), f"event handler survived: {html}"
            allowed = rule(tag, name, value or "") if callable(rule) else name in rule
            assert allowed, f"attribute {name} survived on {tag}: {html}"
            if name == "href":
                normalized = "".join((value or "").split()).lower()
                assert not normalized.startswith(BAD_URL_PREFIXES), f"dangerous URL survived: {html}"
    assert "<script" not in html.lower()


def test_raw_html_is_shown_as_text_not_markup():
    html = render_markdown("I typed <b>bold</b> & <script>x</script>")
    assert "<b>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "&lt;script&gt;" in html


def test_markdown_basics_render():
    html = render_markdown("**strong** and *soft*\n\n- one\n- two\n\n> quoted\n\n`code` ~~gone~~")
    assert "<strong>strong</strong>" in html
    assert "<em>soft</em>" in html
    assert "<ul>" in html and "<li>one</li>" in html
    assert "<blockquote>" in html
    assert "<code>code</code>" in html
    assert "<del>gone</del>" in html or "<s>gone</s>" in html


def test_links_get_rel_nofollow_ugc_noopener():
    for source in ("[site](https://example.org/a)", "see https://example.org/b today"):
        links = [attrs for tag, attrs in _elements(render_markdown(source)) if tag == "a"]
        assert links, source
        assert all(attrs.get("rel") == LINK_REL for attrs in links)
        assert all(attrs.get("href", "").startswith("https://example.org/") for attrs in links)


def test_headings_are_demoted_below_the_post_heading():
    html = render_markdown("# First signs\n\n## Treatments")
    assert "<h1" not in html and "<h2" not in html
    assert "<h3>First signs</h3>" in html
    assert "<h4>Treatments</h4>" in html


def test_text_that_starts_at_a_lower_heading_skips_no_level():
    html = render_markdown("## First signs\n\n### Week one\n\n## Treatments")
    assert "<h3>First signs</h3>" in html and "<h3>Treatments</h3>" in html
    assert "<h4>Week one</h4>" in html
    assert "<h2>Costs</h2>" in render_markdown("## Costs", top_heading=2)


def test_a_page_without_post_headings_demotes_below_its_title_only():
    html = render_markdown("# Costs\n\n###### Small print", top_heading=2)
    assert "<h2>Costs</h2>" in html
    assert "<h6>Small print</h6>" in html  # never past h6


def test_images_are_not_loaded_from_other_sites():
    html = render_markdown("![a chart](https://tracker.example/pixel.gif)")
    assert "<img" not in html
    assert "a chart" in html


def test_plain_text_and_excerpt():
    source = "# Title\n\nSome **bold** words & a [link](https://example.org).\n\n" + "word " * 100
    text = plain_text(source)
    assert "<" not in text and "**" not in text
    assert text.startswith("Title Some bold words & a link.")
    short = excerpt(source, 60)
    assert len(short) <= 60
    assert short.endswith("…")
    assert excerpt("short", 60) == "short"


def test_empty_input():
    assert render_markdown("") == ""
    assert plain_text("") == ""


def test_excerpts_leave_out_headings():
    assert excerpt("## First signs\n\nMy head turned.", 100) == "My head turned."
    assert excerpt("# Only a heading", 100) == "Only a heading"


def test_mentions_link_only_real_members_outside_code_and_links():
    from forum.content import mention_candidates

    source = "Hi @Alice_1 and @nobody. Mail a@b.com. `@Alice_1` [@Alice_1](https://example.org)"
    assert mention_candidates(source) == {"alice_1", "nobody"}  # not the email address
    html = render_markdown(source, {"alice_1": "Alice_1"})
    assert html.count('href="/u/Alice_1" class="mention"') == 1
    assert "@nobody" in html and 'href="/u/nobody"' not in html
    assert "<code>@Alice_1</code>" in html
    assert render_markdown("@Alice_1") == "<p>@Alice_1</p>"  # no member list: plain text
