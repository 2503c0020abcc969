"""Errors a service raises when a request cannot be carried out as asked."""


class ServiceError(ValueError):
    """Bad input the forms could not catch (a taken username, a parent post elsewhere).

    `field` names the form field the message belongs to, or None for the whole form.
    Nothing has been written when this is raised.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class NotFound(LookupError):
    """A referenced object does not exist (or is not visible to the actor)."""
