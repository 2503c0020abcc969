"""Tag curation forms."""

from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional


class TagForm(FlaskForm):
    name = StringField(
        "Name",
        validators=[DataRequired("Please give the tag a name."), Length(max=40, message="Use 2 to 40 characters.")],
    )
    group = StringField("Coping area", validators=[DataRequired("Please choose an area, like Sleep."), Length(max=60)])
    description = TextAreaField("Description", validators=[Optional(), Length(max=500)])


class MergeTagForm(FlaskForm):
    target = StringField(
        "Merge into (the other tag's address, e.g. heat)",
        validators=[DataRequired("Which tag should this one be merged into?"), Length(max=60)],
    )
