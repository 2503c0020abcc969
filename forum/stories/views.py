"""Stories: the listing with filters, writing and editing, and community insights."""

from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from forum import permissions, ratelimits
from forum.cache.pages import depends_on
from forum.core.services import latest_for_feed
from forum.discussions.services import root_post
from forum.drafts import editing, places
from forum.errors import ServiceError
from forum.stories import choices, insights, services
from forum.stories.forms import new_story_form, story_form_for
from forum.tags.services import muted_tag_ids, tag_groups
from forum.web import announce_new_post, atom_response, held_for_privacy_check, page_arg, show_service_error

bp = Blueprint("stories", __name__)
STORIES_PER_PAGE = 12


@bp.get("/stories")
def index():
    depends_on("lists")
    filters, notes = services.clean_filters(request.args)
    page = services.list_stories(filters, page_arg(), STORIES_PER_PAGE, muted_tag_ids(current_user))
    return render_template("stories/index.html", page=page, filters=filters, notes=notes, choices=choices)


@bp.route("/stories/new", methods=["GET", "POST"])
@login_required
@ratelimits.per_member("POST")
def new():
    permissions.require(current_user, "thread.create")
    form = new_story_form()
    if not form.is_submitted():
        form.is_anonymous.data = current_user.default_anonymous
        form.members_only.data = current_user.default_members_only
    draft = editing.attach(form, places.new_story())
    if (
        not draft.save_requested
        and form.validate_on_submit()
        and not held_for_privacy_check(form, form.title.data, form.body.data)
    ):
        try:
            story = services.create_story(
                current_user,
                form.title.data,
                form.body.data,
                form.details(),
                tags_text=form.tags.data or "",
                is_anonymous=bool(form.is_anonymous.data),
                members_only=bool(form.members_only.data),
            )
        except ServiceError as error:
            show_service_error(form, error)
        else:
            editing.sent(draft)
            announce_new_post(root_post(story).id, story.status)
            return redirect(url_for("discussions.thread", thread_id=story.id, slug=story.url_slug))
    status = 400 if form.errors or form.form_errors else draft.status
    return render_template("stories/form.html", form=form, story=None, groups=tag_groups(), draft=draft), status


@bp.route("/stories/<int:thread_id>/edit", methods=["GET", "POST"])
@login_required
def edit(thread_id: int):
    story, root = services.get_story_for_edit(thread_id, current_user)
    form = story_form_for(story, root)
    draft = editing.attach(form, places.edit_story(story.id))
    if (
        not draft.save_requested
        and form.validate_on_submit()
        and not held_for_privacy_check(form, form.title.data, form.body.data)
    ):
        try:
            services.edit_story(
                current_user,
                story,
                root,
                title=form.title.data,
                body=form.body.data,
                details=form.details(),
                tags_text=form.tags.data or "",
                is_anonymous=bool(form.is_anonymous.data),
                members_only=bool(form.members_only.data),
                reason=form.reason.data or "",
            )
        except ServiceError as error:
            show_service_error(form, error)
        else:
            editing.sent(draft)
            return redirect(url_for("discussions.thread", thread_id=thread_id, slug=story.url_slug))
    status = 400 if form.errors or form.form_errors else draft.status
    return render_template("stories/form.html", form=form, story=story, groups=tag_groups(), draft=draft), status


@bp.get("/insights")
def insights_page():
    depends_on("lists")
    return render_template("stories/insights.html", **insights.community_insights())


@bp.get("/stories/feed.atom")
def feed():
    depends_on("lists")
    return atom_response(
        title="Stories · Stillpoint", feed_url=url_for("stories.feed", _external=True),
        page_url=url_for("stories.index", _external=True), threads=latest_for_feed("story"),
    )  # fmt: skip
