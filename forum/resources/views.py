"""The resources library."""

from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user, login_required

from forum import permissions
from forum.cache.pages import depends_on
from forum.errors import ServiceError
from forum.resources import services
from forum.resources.forms import ResourceForm
from forum.tags.services import tag_groups
from forum.web import show_service_error

bp = Blueprint("resources", __name__)


@bp.get("/resources")
def index():
    depends_on("resources")
    return render_template("resources/index.html", sections=services.library(current_user))


@bp.get("/resources/<slug>")
def show(slug: str):
    depends_on("resources", "lists")
    resource = services.get_resource(slug, current_user)
    return render_template("resources/show.html", resource=resource, related=services.related(resource))


def _fields(form: ResourceForm) -> dict:
    return {
        "title": form.title.data, "section": form.section.data or "", "summary": form.summary.data or "",
        "body": form.body.data, "position": form.position.data or 0, "is_published": bool(form.is_published.data),
        "tags_text": form.tags.data or "",
    }  # fmt: skip


@bp.route("/resources/new", methods=["GET", "POST"])
@login_required
def new():
    permissions.require(current_user, "resource.manage")
    form = ResourceForm()
    if form.validate_on_submit():
        try:
            resource = services.create_resource(current_user, **_fields(form))
        except ServiceError as error:
            show_service_error(form, error)
        else:
            return redirect(url_for("resources.show", slug=resource.slug))
    status = 400 if form.errors or form.form_errors else 200
    return render_template("resources/form.html", form=form, resource=None, groups=tag_groups()), status


@bp.route("/resources/<slug>/edit", methods=["GET", "POST"])
@login_required
def edit(slug: str):
    permissions.require(current_user, "resource.manage")
    resource = services.get_resource(slug, current_user)
    form = ResourceForm(data={
        "title": resource.title, "section": resource.section, "summary": resource.summary,
        "body": resource.body_source, "position": resource.position, "is_published": resource.is_published,
        "tags": ", ".join(tag.name for tag in resource.tags),
    })  # fmt: skip
    if form.validate_on_submit():
        try:
            services.edit_resource(current_user, resource, reason=form.reason.data or "", **_fields(form))
        except ServiceError as error:
            show_service_error(form, error)
        else:
            return redirect(url_for("resources.show", slug=resource.slug))
    status = 400 if form.errors or form.form_errors else 200
    return render_template("resources/form.html", form=form, resource=resource, groups=tag_groups(),
                           revisions=services.revision_count(resource)), status  # fmt: skip
