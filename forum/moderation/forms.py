"""Moderation and report forms."""

from flask_wtf import FlaskForm
from wtforms import DateField, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from forum.formfields import options
from forum.models import REPORT_REASONS, ROLES, WATCH_ACTIONS


class ReportForm(FlaskForm):
    reason = RadioField("Why are you reporting this post?", choices=options(REPORT_REASONS),
                        validators=[DataRequired("Please choose a reason.")])  # fmt: skip
    note = TextAreaField("Anything the moderators should know? (optional)", validators=[Optional(), Length(max=1000)])


class ReasonForm(FlaskForm):
    reason = StringField("Reason", validators=[Optional(), Length(max=300)])


class SuspendForm(FlaskForm):
    until = DateField("Suspended until", validators=[DataRequired("Please choose an end date.")])
    reason = StringField(
        "Reason (the member sees it)", validators=[DataRequired("Please give a reason."), Length(max=500)]
    )


class MoveForm(FlaskForm):
    category = SelectField("Move to", choices=[], validate_choice=False)
    reason = StringField("Reason (optional)", validators=[Optional(), Length(max=300)])


class WatchedWordForm(FlaskForm):
    phrase = StringField("Word or phrase", validators=[DataRequired("Please enter a word or phrase."), Length(max=100)])
    action = SelectField("Action", choices=options(WATCH_ACTIONS), validate_choice=False)


class RoleForm(FlaskForm):
    role = SelectField("Role", choices=options([(r, r.capitalize()) for r in ROLES]), validate_choice=False)
