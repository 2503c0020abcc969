"""Discussion forms: they validate input and nothing more."""

import re

from flask import current_app
from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, StringField, TextAreaField
from wtforms.validators import Length, Optional, ValidationError

from forum.models.base import MAX_ID


def _max_length(setting: str, what: str):
    def check(form, field) -> None:
        limit = current_app.config["FORUM"][setting]
        if field.data and len(field.data) > limit:
            raise ValidationError(f"{what} can be at most {limit:,} characters (this one is {len(field.data):,}).")

    return check


def _not_blank(message: str):
    def check(form, field) -> None:
        if not (field.data or "").strip():
            raise ValidationError(message)

    return check


TITLE_MIN = 3
_POST_ID = re.compile(r"^[0-9]{1,18}$")


class PostReferenceField(HiddenField):
    """An optional post id; anything but a positive whole number is a clear error."""

    def process_formdata(self, valuelist) -> None:
        self.data = None
        raw = (valuelist[0] if valuelist else "").strip()
        if raw:
            if not _POST_ID.match(raw) or not 1 <= int(raw) <= MAX_ID:
                raise ValueError("The post you are replying to could not be found.")
            self.data = int(raw)

    def _value(self) -> str:
        return "" if self.data is None else str(self.data)


class TagsField(StringField):
    """Comma-separated tag names; ticked boxes of the same name (the no-JavaScript picker) join in."""

    def process_formdata(self, valuelist) -> None:
        names = [value.strip() for value in valuelist if value and value.strip()]
        self.data = ", ".join(names)


class PrivacyCheckMixin:
    """A post that looks like it holds contact details waits for the author to confirm."""

    confirm_personal_info = BooleanField("Yes, I want to publish these details")
    privacy_warning: list[str] = []


class ThreadForm(PrivacyCheckMixin, FlaskForm):
    title = StringField(
        "Title",
        validators=[
            _not_blank("Please give your thread a title."),
            Length(min=TITLE_MIN, message=f"A title needs at least {TITLE_MIN} characters."),
            _max_length("TITLE_MAX_LENGTH", "A title"),
        ],
    )
    body = TextAreaField(
        "Your post",
        description="Markdown works: **bold**, *italic*, lists, > quotes and [links](https://example.org).",
        validators=[_not_blank("Please write something in your post."), _max_length("BODY_MAX_LENGTH", "A post")],
    )
    tags = TagsField(
        "Tags (optional)",
        description="Up to 5, separated by commas, or tick them below.",
        validators=[Optional(), Length(max=400)],
        render_kw={"list": "tag-names", "autocomplete": "off"},
    )
    members_only = BooleanField(
        "Members only",
        description="Visitors and search engines see only the title and the first lines, with an invitation to join.",
    )


class ReplyForm(PrivacyCheckMixin, FlaskForm):
    body = TextAreaField(
        "Your reply",
        validators=[_not_blank("Please write something in your reply."), _max_length("BODY_MAX_LENGTH", "A reply")],
    )
    parent_id = PostReferenceField()


class EditPostForm(PrivacyCheckMixin, FlaskForm):
    title = StringField(
        "Title",
        validators=[
            Optional(),
            Length(min=TITLE_MIN, message=f"A title needs at least {TITLE_MIN} characters."),
            _max_length("TITLE_MAX_LENGTH", "A title"),
        ],
    )
    body = TextAreaField(
        "Post",
        validators=[
            _not_blank("A post can't be empty. To remove it, delete it instead."),
            _max_length("BODY_MAX_LENGTH", "A post"),
        ],
    )
    reason = StringField("Reason for the edit (optional)", validators=[Optional(), Length(max=300)])


class DeletePostForm(FlaskForm):
    reason = StringField("Reason (optional)", validators=[Optional(), Length(max=300)])
