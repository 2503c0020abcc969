"""Small helpers shared by the forms of several domains."""

from flask_wtf import FlaskForm
from wtforms.fields.choices import SelectChoice


def options(pairs) -> list[SelectChoice]:
    """(value, label, ...) tuples as WTForms choices."""
    return [SelectChoice(value, label) for value, label, *_ in pairs]


class CsrfOnlyForm(FlaskForm):
    """A form with nothing but its CSRF token: for buttons that change something."""
