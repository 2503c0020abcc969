"""THE content pipeline: member Markdown in, sanitized HTML out.

Markdown (markdown-it-py, CommonMark, raw HTML off) -> bleach with a small allow-list ->
every link gets rel="nofollow ugc noopener".  The result is stored at write time with
PIPELINE_VERSION so `flask forum recook` knows what is stale.  No other module may call
bleach or a Markdown parser; templates print the stored HTML through one filter.

Raw HTML is off in the parser, so bleach is the second line of defence, not the only one.
It sits behind `_sanitize` alone so that another sanitizer (nh3) can replace it here.
"""

from __future__ import annotations

import html
import re

import bleach
from bleach.linkifier import Linker
from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup

# Bump when the output for the same source changes; `flask forum recook` re-renders.
PIPELINE_VERSION = 3

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "strong", "em", "del", "s", "code", "pre", "blockquote",
        "ul", "ol", "li", "a", "h2", "h3", "h4", "h5", "h6",
        "table", "thead", "tbody", "tr", "th", "td",
    }
)  # fmt: skip


def _allowed_link_attribute(tag: str, name: str, value: str) -> bool:
    return name in ("href", "title", "rel") or (name == "class" and value == "mention")


ALLOWED_ATTRIBUTES = {"a": _allowed_link_attribute, "ol": ["start"]}
# @name, not inside a word, an email address or a path; names are 3–30 letters, digits, _ or -.
MENTION_RE = re.compile(r"(?<![\w@/.])@([A-Za-z0-9_-]{3,30})(?![\w-])")
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"


def _make_parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    parser.enable(["strikethrough", "table"])
    # Images would load from other sites and tell them who reads the page: turned off,
    # so ![text](url) stays readable as text and a link.
    parser.disable("image")
    parser.core.ruler.push("demote_headings", _demote_headings)
    parser.core.ruler.push("link_mentions", _link_mentions)
    return parser


def _demote_headings(state) -> None:
    """The text's highest heading becomes env["top_heading"] (<h3> by default) and the others keep
    their distance below it: the page title is the only <h1>, each post's own heading (its author
    and time) is an <h2> that the post's headings sit under, and text that starts at "##" (as the
    story template does) skips no level."""
    levels = [int(token.tag[1:]) for token in state.tokens if token.type == "heading_open"]
    if not levels:
        return
    shift = state.env.get("top_heading", 3) - min(levels)
    for token in state.tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1:]) + shift, 6)}"


def _link_mentions(state) -> None:
    """@name of an existing member (env["mentions"]: lower-case name -> username) links to their profile.

    Only plain text outside links is touched: code spans and code blocks are other token types."""
    known = state.env.get("mentions") or {}
    if not known:
        return
    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        children, in_link = [], 0
        for child in token.children:
            in_link += child.type == "link_open"
            in_link -= child.type == "link_close"
            if child.type != "text" or in_link:
                children.append(child)
                continue
            children.extend(_split_mentions(child.content, known))
        token.children = children


def _split_mentions(text: str, known: dict[str, str]) -> list[Token]:
    pieces, position = [], 0
    for match in MENTION_RE.finditer(text):
        username = known.get(match.group(1).lower())
        if username is None:
            continue
        pieces.append(_text_token(text[position : match.start()]))
        link = Token("link_open", "a", 1)
        link.attrs = {"href": f"/u/{username}", "class": "mention"}
        pieces += [link, _text_token("@" + username), Token("link_close", "a", -1)]
        position = match.end()
    pieces.append(_text_token(text[position:]))
    return [piece for piece in pieces if piece.type != "text" or piece.content]


def _text_token(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


_parser = _make_parser()


def _set_link_rel(attrs: dict, new: bool = False) -> dict:
    attrs[(None, "rel")] = LINK_REL
    return attrs


_linker = Linker(callbacks=[_set_link_rel], skip_tags={"pre", "code"}, parse_email=False)


def _sanitize(unsafe_html: str) -> str:
    cleaned = bleach.clean(
        unsafe_html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )
    return _linker.linkify(cleaned)


def mention_candidates(source: str) -> set[str]:
    """Lower-case names written as @name (the caller looks up which are real members)."""
    return {match.group(1).lower() for match in MENTION_RE.finditer(source or "")}


def render_markdown(source: str, mentions: dict[str, str] | None = None, top_heading: int = 3) -> str:
    """Member Markdown to safe HTML, ready to store in a *_html column.

    `mentions` maps lower-case names to usernames of members who exist: those @names link
    to their profiles; any other @name stays plain text. A "# Heading" becomes <h{top_heading}>:
    3 under a post's own heading, 2 on a page whose only other heading is its title."""
    env = {"mentions": mentions or {}, "top_heading": top_heading}
    return _sanitize(_parser.render(source or "", env)).strip()


_HREF_RE = re.compile(r'<a\s[^>]*?href="([^"]*)"')


def links_in(source: str) -> list[str]:
    """The addresses a text links to once rendered (Markdown links, autolinks and the bare
    domains the linkifier turns into links); links within the site ("/t/1") are left out."""
    hrefs = (html.unescape(href) for href in _HREF_RE.findall(render_markdown(source or "")))
    return [href for href in hrefs if not (href.startswith("/") and not href.startswith("//"))]


_BLOCK_TAG_RE = re.compile(r"</?(?:p|br|hr|li|ul|ol|h[1-6]|blockquote|pre|tr|td|th|table)\b[^>]*>")
_TAG_RE = re.compile(r"<[^>]+>")
_SPACE_RE = re.compile(r"\s+")


_HEADING_RE = re.compile(r"<h[1-6]>.*?</h[1-6]>", re.S)


def plain_text(source: str, headings: bool = True) -> str:
    """The words of a Markdown text, without markup: for excerpts, feeds and search."""
    rendered = _parser.render(source or "")
    if not headings:
        rendered = _HEADING_RE.sub(" ", rendered)
    text = html.unescape(_TAG_RE.sub("", _BLOCK_TAG_RE.sub(" ", rendered)))
    return _SPACE_RE.sub(" ", text).strip()


def html_to_text(stored_html: str) -> str:
    """The words of HTML this pipeline made (cheaper than re-parsing the Markdown)."""
    text = html.unescape(_TAG_RE.sub("", _BLOCK_TAG_RE.sub(" ", stored_html or "")))
    return _SPACE_RE.sub(" ", text).strip()


def excerpt(source: str, length: int = 200) -> str:
    """A plain-text excerpt of at most `length` characters, cut at a word boundary.
    Headings are left out: a story's "First signs" says nothing about the story."""
    text = plain_text(source, headings=False) or plain_text(source)
    if len(text) <= length:
        return text
    cut = text[: length - 1].rsplit(" ", 1)[0].rstrip(",.;:")
    return cut + "…"


def safe_html(stored_html: str | None) -> Markup:
    """The one place stored pipeline output is marked safe for templates (filter `content`)."""
    return Markup(stored_html or "")


_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(r"(?<![\w/])\+?\(?\d[\d ().-]{7,}\d(?![\w/])")
_STREET_RE = re.compile(
    r"\b\d{1,5}[a-z]?,?\s+(?:[A-Za-z'’-]+\s+){1,4}"
    r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|ct|boulevard|blvd|place|pl|crescent|"
    r"terrace|gardens|grove|square|sq)\b\.?",
    re.IGNORECASE,
)


def find_personal_info(text: str) -> list[str]:
    """What in a text looks like contact details: "an email address", "a phone number", "a street address"."""
    found = []
    if _EMAIL_RE.search(text or ""):
        found.append("an email address")
    phones = [m.group(0) for m in _PHONE_RE.finditer(text or "")]
    if any(sum(c.isdigit() for c in phone) >= 9 for phone in phones):
        found.append("a phone number")
    if _STREET_RE.search(text or ""):
        found.append("a street address")
    return found
