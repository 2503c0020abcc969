"""The search page."""

from flask import Blueprint, render_template, request
from flask_login import current_user

from forum import ratelimits
from forum.cache.pages import depends_on
from forum.search import services
from forum.web import page_arg

bp = Blueprint("search", __name__)
# A blueprint limit is checked before the page cache answers (Flask-Limiter's before_request is
# registered first), so a visitor's cached results page counts like any other search.
ratelimits.search_limit(bp)
RESULTS_PER_PAGE = 20


@bp.get("/search")
def index():
    depends_on("lists", "resources")
    query = (request.args.get("q") or "")[: services.MAX_QUERY_CHARS]
    kind = request.args.get("kind", "")
    tag = request.args.get("tag", "")
    page = services.search(query, kind, tag, page_arg(), RESULTS_PER_PAGE, members=current_user.is_authenticated)
    return render_template(
        "search/index.html",
        query=query, kind=kind if kind in services.KINDS else "", tag=tag, page=page,
        searched=bool(services.terms(query)), tags=services.matching_tags(query),
    )  # fmt: skip
