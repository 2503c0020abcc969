"""Public profiles."""

from flask import Blueprint, render_template

from forum.cache.pages import depends_on
from forum.users import services
from forum.web import page_arg

bp = Blueprint("users", __name__)
ACTIVITY_PER_PAGE = 20


@bp.get("/u/<username>")
def profile(username: str):
    depends_on("lists")
    member = services.get_profile(username)
    return render_template(
        "users/profile.html",
        member=member,
        counts=services.profile_counts(member),
        page=services.profile_activity(member, page_arg(), ACTIVITY_PER_PAGE),
    )
