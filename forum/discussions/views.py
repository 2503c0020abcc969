"""Categories, threads, replies, edits and deletes."""

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from markupsafe import Markup

from forum import permissions, ratelimits
from forum.cache.pages import depends_on
from forum.discussions import services, shared_posts
from forum.discussions.forms import DeletePostForm, EditPostForm, ReplyForm, ThreadForm
from forum.drafts import editing, places
from forum.errors import ServiceError
from forum.models import poster_name
from forum.pagination import Page
from forum.reactions.services import reactions_of
from forum.stories.services import story_details
from forum.tags.services import muted_tag_ids, tag_groups
from forum.tips.services import record_view
from forum.web import announce_new_post, held_for_privacy_check, page_arg, show_service_error

bp = Blueprint("discussions", __name__)


def _setting(key: str):
    return current_app.config["FORUM"][key]


def thread_url(thread, page: int = 1, anchor: str | None = None) -> str:
    args = {"thread_id": thread.id, "slug": thread.url_slug}
    if page > 1:
        args["page"] = page
    return url_for("discussions.thread", **args, _anchor=anchor)


@bp.get("/c/<slug>")
def category(slug: str):
    depends_on("lists")
    cat = services.get_category(slug)
    page = services.category_threads(cat, page_arg(), _setting("THREADS_PER_PAGE"), muted_tag_ids(current_user))
    return render_template("discussions/category.html", category=cat, page=page)


@bp.route("/c/<slug>/new", methods=["GET", "POST"])
@login_required
@ratelimits.per_member("POST")
def new_thread(slug: str):
    cat = services.get_category(slug)
    permissions.require(current_user, "thread.create", cat)
    form = ThreadForm()
    if not form.is_submitted():
        form.members_only.data = current_user.default_members_only
    draft = editing.attach(form, places.new_thread(cat.slug))
    if (
        not draft.save_requested
        and form.validate_on_submit()
        and not held_for_privacy_check(form, form.title.data, form.body.data)
    ):
        try:
            thread = services.create_thread(
                current_user,
                form.title.data,
                form.body.data,
                category=cat,
                tags_text=form.tags.data or "",
                members_only=bool(form.members_only.data),
            )
        except ServiceError as error:
            show_service_error(form, error)
        else:
            editing.sent(draft)
            announce_new_post(services.root_post(thread).id, thread.status)
            return redirect(thread_url(thread))
    status = 400 if form.errors or form.form_errors else draft.status
    return render_template(
        "discussions/new_thread.html", category=cat, form=form, groups=tag_groups(), draft=draft
    ), status


@bp.get("/t/<int:thread_id>")
@bp.get("/t/<int:thread_id>/<slug>")
def thread(thread_id: int, slug: str | None = None):
    item = services.get_thread(thread_id, current_user)
    depends_on(f"thread:{item.id}")
    if slug != item.url_slug:
        return redirect(thread_url(item, page_arg()), 301)
    if item.members_only and not current_user.is_authenticated:
        return render_template("discussions/members_only.html", thread=item)
    page, posts_html = _post_list(item, page_arg(), _setting("POSTS_PER_PAGE"), _setting("MAX_INDENT_DEPTH"))
    details = story_details(item) if item.kind == "story" else None
    # Only members get a reply form: building one makes a CSRF token, which would give a
    # visitor a session cookie and keep the page out of the cache.
    form = ReplyForm(formdata=None) if permissions.can(current_user, "thread.reply", item) else None
    draft = editing.restore(form, places.reply(item.id), item.viewer_reply_draft) if form is not None else None
    moderating = permissions.can(current_user, "thread.moderate", item)
    move_categories = [category for category, _ in services.list_categories()] if moderating else []
    html = render_template(
        "discussions/thread.html",
        thread=item, page=page, posts_html=posts_html, form=form, details=details, move_categories=move_categories,
        watching=item.watched_by_viewer, draft=draft,
    )  # fmt: skip
    if item.kind == "tip" and page.items and page.items[0].post.is_root:
        # After rendering: counting the view commits, which would expire what the page shows.
        record_view(current_user, item, page.items[0].post.helpful_count)
    return html


def _post_list(item, number: int, per_page: int, max_indent: int) -> tuple[Page, Markup]:
    """The page of posts and its HTML: shared with other members where they would see it alike."""
    shared = shared_posts.lookup(item, number, per_page, max_indent, current_user)
    if shared is not None:
        return Page([], number, per_page, shared.total), shared.html
    started = shared_posts.start(item, number, per_page, max_indent, current_user)
    page = services.thread_posts(item, current_user, number, per_page, max_indent)
    reactable = permissions.REACTIONS_BY_KIND[item.kind] and [view.post.id for view in page.items if view.post.is_root]
    reacted = reactions_of(current_user, reactable or [])
    html = Markup(render_template("discussions/_posts.html", thread=item, page=page, reacted=reacted))
    shared_posts.share(started, item, page.items, page.total, html, current_user)
    return page, html


@bp.route("/t/<int:thread_id>/reply", methods=["GET", "POST"])
@login_required
@ratelimits.per_member("POST")
def reply(thread_id: int):
    """POST replies; GET (and a failed POST) shows a page with the post being answered and the form."""
    item = services.get_thread(thread_id, current_user)
    form = ReplyForm() if request.method == "POST" else ReplyForm(formdata=None)
    draft = editing.attach(form, places.reply(item.id))
    if not form.is_submitted() and _parent_arg() is not None:
        form.parent_id.data = _parent_arg()  # the post the member chose to answer
    status = draft.status
    if draft.save_requested:
        pass
    elif not permissions.can(current_user, "thread.reply", item):
        # Refused (locked meanwhile, or a suspension): show the text back rather than lose it.
        form.form_errors.append(_reply_refusal(item))
        status = 403
    elif form.validate_on_submit() and not held_for_privacy_check(form, form.body.data):
        try:
            post = services.reply(current_user, item, form.body.data, form.parent_id.data)
        except ServiceError as error:
            show_service_error(form, error)
        else:
            editing.sent(draft)
            announce_new_post(post.id, post.status)
            return redirect(url_for("discussions.post", post_id=post.id))
    parent = _replied_post(form.parent_id.data) if not form.parent_id.errors else None
    if parent is not None and parent.thread_id != item.id:
        parent = None
    parent_name = poster_name(item, parent.author) if parent is not None else None
    if status == 200 and (form.errors or form.form_errors):
        status = 400
    return render_template(
        "discussions/reply.html", thread=item, form=form, parent=parent, parent_name=parent_name, draft=draft
    ), status


def _reply_refusal(thread) -> str:
    if current_user.is_suspended():
        return "Your account is suspended, so you can read but not post for now. Your text is kept below."
    if thread.is_locked:
        return "This discussion has been locked by the moderators, so it can't take new replies. Your text is below."
    return "You can't reply to this discussion."


def _parent_arg() -> int | None:
    raw = request.args.get("parent_id", "")
    return int(raw) if raw.isascii() and raw.isdigit() and 0 < int(raw) < 10**18 else None


def _replied_post(post_id: int | None):
    if post_id is None:
        return None
    try:
        return services.get_visible_post(post_id, current_user)
    except LookupError:
        return None


@bp.get("/p/<int:post_id>")
def post(post_id: int):
    item = services.get_visible_post(post_id, current_user)
    page = services.post_page_number(item, current_user, _setting("POSTS_PER_PAGE"))
    return redirect(thread_url(item.thread, page, anchor=f"p{item.id}"))


@bp.route("/p/<int:post_id>/edit", methods=["GET", "POST"])
@login_required
def edit_post(post_id: int):
    item = services.get_visible_post(post_id, current_user)
    permissions.require(current_user, "post.edit", item)
    if item.is_root and item.thread.kind == "story":
        return redirect(url_for("stories.edit", thread_id=item.thread_id))
    if item.is_root:
        form = EditPostForm(title=item.thread.title, body=item.body_source)
    else:
        form = EditPostForm(body=item.body_source)
    draft = editing.attach(form, places.edit_post(item.id))
    if (
        not draft.save_requested
        and form.validate_on_submit()
        and not held_for_privacy_check(form, form.title.data or "", form.body.data)
    ):
        try:
            services.edit_post(
                current_user, item, form.body.data, form.reason.data or "", form.title.data if item.is_root else None
            )
        except ServiceError as error:
            show_service_error(form, error)
        else:
            editing.sent(draft)
            flash("Your changes are saved.", "success")
            return redirect(url_for("discussions.post", post_id=item.id))
    status = 400 if form.errors or form.form_errors else draft.status
    return render_template("discussions/edit_post.html", post=item, form=form, draft=draft), status


@bp.post("/p/<int:post_id>/delete")
@login_required
def delete_post(post_id: int):
    item = services.get_visible_post(post_id, current_user)
    permissions.require(current_user, "post.delete", item)
    form = DeletePostForm()
    if not form.validate_on_submit():
        abort(400)
    category = item.thread.category
    thread_removed = services.delete_post(current_user, item, form.reason.data or "")
    if thread_removed:
        flash("Your discussion was deleted.", "info")
        return redirect(url_for("discussions.category", slug=category.slug) if category else url_for("core.index"))
    flash("The post was deleted. Replies to it stay in place.", "info")
    return redirect(url_for("discussions.post", post_id=post_id))
