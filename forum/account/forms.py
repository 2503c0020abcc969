"""Account forms."""

from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, RadioField, TextAreaField
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional

from forum.auth.forms import PASSWORD_MAX, PASSWORD_MIN
from forum.formfields import options


def _new_password(label: str = "New password") -> PasswordField:
    return PasswordField(
        label,
        validators=[
            DataRequired("Please choose a password."),
            Length(PASSWORD_MIN, PASSWORD_MAX, f"Use {PASSWORD_MIN} to {PASSWORD_MAX} characters."),
        ],
        render_kw={"autocomplete": "new-password"},
    )


def _confirm() -> PasswordField:
    return PasswordField(
        "New password again",
        validators=[
            DataRequired("Please type the password again."),
            EqualTo("password", "The passwords don't match."),
        ],
        render_kw={"autocomplete": "new-password"},
    )


class ResetRequestForm(FlaskForm):
    email = EmailField(
        "Your email address",
        validators=[
            DataRequired("Please enter your email address."),
            Email("That doesn't look like an email address."),
        ],
        render_kw={"autocomplete": "email"},
    )


class ResetForm(FlaskForm):
    password = _new_password()
    password_confirm = _confirm()


class PasswordChangeForm(FlaskForm):
    current_password = PasswordField(
        "Current password",
        validators=[DataRequired("Please enter your current password.")],
        render_kw={"autocomplete": "current-password"},
    )
    password = _new_password()
    password_confirm = _confirm()


class EmailChangeForm(FlaskForm):
    email = EmailField(
        "New email address",
        validators=[
            DataRequired("Please enter the new address."),
            Email("That doesn't look like an email address."),
            Length(max=254),
        ],
    )
    password = PasswordField(
        "Your password",
        validators=[DataRequired("Please enter your password.")],
        render_kw={"autocomplete": "current-password"},
    )


class PreferencesForm(FlaskForm):
    bio = TextAreaField(
        "A short bio (optional)",
        description="Markdown works. Shown on your profile.",
        validators=[Optional(), Length(max=1000)],
    )
    default_anonymous = BooleanField("Share new stories anonymously unless I choose otherwise")
    default_members_only = BooleanField("Make my new discussions and stories visible to members only")


class DeleteAccountForm(FlaskForm):
    keep_posts = RadioField(
        "What happens to your posts?",
        default="keep",
        choices=options(
            [
                ("keep", "Keep them, shown as written by “a former member”"),
                ("remove", "Remove them (replies from others stay, so conversations keep their shape)"),
            ]
        ),
        validators=[DataRequired("Please choose.")],
    )
    password = PasswordField(
        "Your password",
        validators=[DataRequired("Please enter your password to confirm.")],
        render_kw={"autocomplete": "current-password"},
    )
