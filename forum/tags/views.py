"""Tag index, tag pages and feeds, and tag curation for moderators."""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from forum import permissions
from forum.cache.pages import depends_on
from forum.errors import ServiceError
from forum.formfields import CsrfOnlyForm
from forum.tags import services
from forum.tags.forms import MergeTagForm, TagForm
from forum.web import atom_response, page_arg, show_service_error

bp = Blueprint("tags", __name__)
TAGGED_PER_PAGE = 20
FEED_LENGTH = 20


@bp.get("/tags")
def index():
    depends_on("lists")
    return render_template("tags/index.html", groups=services.tag_index())


@bp.get("/tags/<slug>")
def show(slug: str):
    depends_on("lists")
    tag = services.get_tag(slug)
    if tag.slug != slug:
        return redirect(url_for("tags.show", slug=tag.slug, **request.args), 301)
    kind = request.args.get("kind", "")
    kind = kind if kind in services.KINDS else ""
    page = services.tagged_threads(tag, kind or None, page_arg(), TAGGED_PER_PAGE)
    counts = services.tag_counts(tag)
    mode = services.tag_mode(current_user, tag)
    return render_template("tags/show.html", tag=tag, page=page, kind=kind, counts=counts, mode=mode)


@bp.post("/tags/<slug>/preference")
@login_required
def preference(slug: str):
    """Follow, mute, or neither (field `mode`)."""
    tag = services.get_tag(slug)
    if not CsrfOnlyForm().validate_on_submit():
        abort(400)
    try:
        services.set_tag_mode(current_user, tag, request.form.get("mode", ""))
    except ServiceError:
        abort(400)
    messages = {
        "follow": f"You'll be told about new threads tagged {tag.name}.",
        "mute": f"Threads tagged {tag.name} are hidden from your lists.",
        "": "Preference cleared.",
    }
    flash(messages[request.form.get("mode", "")], "info")
    return redirect(url_for("tags.show", slug=tag.slug))


@bp.get("/tags/<slug>/feed.atom")
def feed(slug: str):
    depends_on("lists")
    tag = services.get_tag(slug)
    if tag.slug != slug:
        return redirect(url_for("tags.feed", slug=tag.slug), 301)
    threads = services.tagged_threads(tag, None, 1, FEED_LENGTH, public_only=True).items
    return atom_response(
        title=f"{tag.name} · Stillpoint", feed_url=url_for("tags.feed", slug=tag.slug, _external=True),
        page_url=url_for("tags.show", slug=tag.slug, _external=True), threads=threads,
    )  # fmt: skip


@bp.route("/tags/manage", methods=["GET", "POST"])
@login_required
def manage():
    permissions.require(current_user, "tag.manage")
    form = TagForm()
    if form.validate_on_submit():
        try:
            tag = services.create_tag(current_user, form.name.data, form.group.data, form.description.data or "")
        except ServiceError as error:
            show_service_error(form, error)
        else:
            flash(f"Tag “{tag.name}” created.", "success")
            return redirect(url_for("tags.manage"))
    status = 400 if form.errors or form.form_errors else 200
    return render_template("tags/manage.html", form=form, tags=services.all_tags_for_management()), status


@bp.route("/tags/<slug>/edit", methods=["GET", "POST"])
@login_required
def edit(slug: str):
    permissions.require(current_user, "tag.manage")
    tag = services.get_tag(slug)
    form = TagForm(data={"name": tag.name, "group": tag.group, "description": tag.description})
    merge_form = MergeTagForm(formdata=None)
    if form.validate_on_submit():
        try:
            services.update_tag(current_user, tag, form.name.data, form.group.data, form.description.data or "")
        except ServiceError as error:
            show_service_error(form, error)
        else:
            flash("Tag saved.", "success")
            return redirect(url_for("tags.manage"))
    status = 400 if form.errors or form.form_errors else 200
    return render_template("tags/edit.html", tag=tag, form=form, merge_form=merge_form), status


@bp.post("/tags/<slug>/merge")
@login_required
def merge(slug: str):
    permissions.require(current_user, "tag.manage")
    source = services.get_tag(slug)
    merge_form = MergeTagForm()
    target = None
    if merge_form.validate_on_submit():
        try:
            target = services.get_tag(merge_form.target.data.strip())
            moved = services.merge_tags(current_user, source, target)
        except (ServiceError, LookupError) as error:
            message = error.message if isinstance(error, ServiceError) else "There is no tag with that address."
            merge_form.target.errors = [*merge_form.target.errors, message]
        else:
            flash(f"“{source.name}” was merged into “{target.name}” ({moved} threads moved).", "success")
            return redirect(url_for("tags.manage"))
    form = TagForm(formdata=None, data={"name": source.name, "group": source.group, "description": source.description})
    return render_template("tags/edit.html", tag=source, form=form, merge_form=merge_form), 400


@bp.post("/tags/<slug>/retire")
@login_required
def retire(slug: str):
    permissions.require(current_user, "tag.manage")
    tag = services.get_tag(slug)
    if not CsrfOnlyForm().validate_on_submit():
        abort(400)
    services.retire_tag(current_user, tag)
    flash(f"“{tag.name}” is retired: it can't be chosen any more, and tagged threads keep it.", "info")
    return redirect(url_for("tags.manage"))
