"""Small helpers shared by the forms of several domains."""

from wtforms.fields.choices import SelectChoice


def options(pairs) -> list[SelectChoice]:
    """(value, label, ...) tuples as WTForms choices."""
    return [SelectChoice(value, label) for value, label, *_ in pairs]
