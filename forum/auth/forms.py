"""Account forms: they validate input and nothing more."""

from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, HiddenField, PasswordField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length, Regexp

from forum.auth.services import USERNAME_PATTERN

PASSWORD_MIN = 10
PASSWORD_MAX = 200


class RegisterForm(FlaskForm):
    username = StringField(
        "Username",
        description="3–30 letters, digits, _ or -. A pseudonym is best: never use your real name.",
        validators=[
            DataRequired("Please choose a username."),
            Regexp(USERNAME_PATTERN, message="Use 3–30 letters, digits, underscores or hyphens."),
        ],
        render_kw={"autocomplete": "username", "maxlength": 30},
    )
    email = EmailField(
        "Email",
        description="Only used to sign in and recover your account. Never shown to anyone.",
        validators=[
            DataRequired("Please enter your email address."),
            Email("That doesn't look like an email address.", check_deliverability=False),
            Length(max=254),
        ],
        render_kw={"autocomplete": "email"},
    )
    password = PasswordField(
        "Password",
        description=f"At least {PASSWORD_MIN} characters. A few unrelated words work well.",
        validators=[
            DataRequired("Please choose a password."),
            Length(PASSWORD_MIN, PASSWORD_MAX, f"Use {PASSWORD_MIN} to {PASSWORD_MAX} characters."),
        ],
        render_kw={"autocomplete": "new-password"},
    )
    password_confirm = PasswordField(
        "Password again",
        validators=[
            DataRequired("Please type your password again."),
            EqualTo("password", "The passwords don't match."),
        ],
        render_kw={"autocomplete": "new-password"},
    )
    accept_guidelines = BooleanField(
        "I have read and accept the community guidelines",
        validators=[DataRequired("Please accept the community guidelines to join.")],
    )
    # Bot traps (forum/auth/bot_traps.py): a field people never see or reach, and when the form was served.
    website = StringField(
        "Leave this empty", render_kw={"tabindex": "-1", "autocomplete": "off"}, validators=[Length(max=200)]
    )
    form_stamp = HiddenField()


class LoginForm(FlaskForm):
    login = StringField(
        "Username or email",
        validators=[DataRequired("Please enter your username or email."), Length(max=254)],
        render_kw={"autocomplete": "username"},
    )
    password = PasswordField(
        "Password",
        validators=[DataRequired("Please enter your password."), Length(max=PASSWORD_MAX)],
        render_kw={"autocomplete": "current-password"},
    )
    remember = BooleanField("Keep me signed in on this device")
