"""The resource page form (moderators)."""

from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from forum.discussions.forms import TagsField
from forum.formfields import options
from forum.resources.defaults import SECTIONS


class ResourceForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired("Please give the page a title."), Length(max=200)])
    section = SelectField("Section", choices=options(SECTIONS), validate_choice=False)
    summary = StringField("Summary", description="One or two sentences for the library list.",
                          validators=[Optional(), Length(max=400)])  # fmt: skip
    body = TextAreaField("Page", validators=[DataRequired("A page needs some text."), Length(max=60000)])
    position = IntegerField("Order in its section", default=1, validators=[Optional(), NumberRange(0, 1000)])
    tags = TagsField("Related tags", description="Comma-separated tag names.", validators=[Optional(), Length(max=400)],
                     render_kw={"list": "tag-names", "autocomplete": "off"})  # fmt: skip
    is_published = BooleanField("Published", default=True)
    reason = StringField("Reason for the change (optional)", validators=[Optional(), Length(max=300)])
