"""The story form: title and narrative, plus optional structured details."""

from __future__ import annotations

from wtforms import BooleanField, IntegerField, SelectField, SelectMultipleField, StringField
from wtforms.validators import Length, Optional, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from forum.discussions.forms import ThreadForm
from forum.formfields import options
from forum.stories import choices
from forum.stories.services import STORY_TEMPLATE, DetailsInput


class WholeNumberField(IntegerField):
    """An optional whole number with a plain-language message for anything else."""

    def process_formdata(self, valuelist) -> None:
        self.data = None
        raw = (valuelist[0] if valuelist else "").strip()
        if raw:
            if not (raw.isascii() and raw.lstrip("-").isdigit() and len(raw) <= 6):
                raise ValueError("Please enter a whole number, like 2019, or leave it empty.")
            self.data = int(raw)


def _known(field) -> set[str]:
    return {choice.value for choice in field.choices}


class CheckboxesField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()

    def pre_validate(self, form) -> None:
        unknown = [value for value in (self.data or []) if value not in _known(self)]
        if unknown:
            raise ValidationError("Please choose from the list: we don't recognise " + ", ".join(unknown) + ".")


class ChoiceField(SelectField):
    def pre_validate(self, form) -> None:
        if self.data not in _known(self):
            raise ValidationError("Please choose from the list.")


NOT_SAID = ("", "Prefer not to say")
NOT_TRIED = ("", "Not tried / prefer not to say")


class StoryForm(ThreadForm):
    is_anonymous = BooleanField(
        "Post anonymously",
        description=(
            "Your username is hidden everywhere: other members see “a community member”. Moderators can see who."
        ),
    )
    onset_year = WholeNumberField(
        "Year your symptoms began", validators=[Optional()], render_kw={"inputmode": "numeric"}
    )
    years_to_diagnosis = WholeNumberField(
        "Years from first symptoms to diagnosis",
        description="0 if it was under a year.",
        validators=[Optional()],
        render_kw={"inputmode": "numeric"},
    )
    postures = CheckboxesField("How does your neck pull?", choices=options(choices.POSTURES))
    misdiagnoses = CheckboxesField("What was it first taken for?", choices=options(choices.MISDIAGNOSES))
    diagnosed_by = ChoiceField(
        "Who made the diagnosis?", choices=options([NOT_SAID, *choices.DIAGNOSED_BY]), default=""
    )
    insights_consent = BooleanField(
        "Count my answers in community insights",
        description="Only totals are shown, never anything from fewer than 5 stories.",
    )
    reason = StringField("Reason for the edit (optional)", validators=[Optional(), Length(max=300)])

    def treatment_fields(self):
        return [getattr(self, f"treatment_{value}") for value, _ in choices.TREATMENTS]

    def details(self) -> DetailsInput:
        return DetailsInput(
            onset_year=self.onset_year.data,
            years_to_diagnosis=self.years_to_diagnosis.data,
            postures=list(self.postures.data or []),
            misdiagnoses=list(self.misdiagnoses.data or []),
            diagnosed_by=self.diagnosed_by.data or None,
            treatments={
                value: field.data
                for (value, _), field in zip(choices.TREATMENTS, self.treatment_fields(), strict=True)
                if field.data
            },
            insights_consent=bool(self.insights_consent.data),
        )


for _value, _label in choices.TREATMENTS:
    setattr(
        StoryForm,
        f"treatment_{_value}",
        ChoiceField(_label, choices=options([NOT_TRIED, *choices.RESPONSES]), default=""),
    )


def new_story_form() -> StoryForm:
    form = StoryForm()
    if not form.is_submitted():
        form.body.data = STORY_TEMPLATE
    return form


def story_form_for(thread, root) -> StoryForm:
    """The edit form, filled from the story as it is now (a POST's own data wins)."""
    details = thread.details
    data = {
        "title": thread.title,
        "body": root.body_source,
        "tags": ", ".join(tag.name for tag in thread.tags),
        "is_anonymous": thread.is_anonymous,
        "members_only": thread.members_only,
    }
    if details is not None:
        data.update(
            onset_year=details.onset_year,
            years_to_diagnosis=details.years_to_diagnosis,
            postures=[p.posture for p in details.postures],
            misdiagnoses=[m.misdiagnosis for m in details.misdiagnoses],
            diagnosed_by=details.diagnosed_by or "",
            insights_consent=details.insights_consent,
        )
        for treatment in details.treatments:
            data[f"treatment_{treatment.treatment}"] = treatment.response
    return StoryForm(data=data)
