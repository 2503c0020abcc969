"""The tip form."""

from wtforms.validators import ValidationError

from forum.discussions.forms import ThreadForm
from forum.tips.services import TIP_MAX_LENGTH


class TipForm(ThreadForm):
    members_only = None  # tips are for everyone

    def validate_body(self, field) -> None:
        if field.data and len(field.data) > TIP_MAX_LENGTH:
            raise ValidationError(
                f"A tip can be at most {TIP_MAX_LENGTH:,} characters (this one is {len(field.data):,}). "
                "For a longer piece, start a discussion or share your story."
            )

    def validate_tags(self, field) -> None:
        if not (field.data or "").strip():
            raise ValidationError("Choose at least one tag, so people looking for this kind of help can find your tip.")
