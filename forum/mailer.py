"""Sending email: through SMTP when FORUM_MAIL_SERVER is set, otherwise into the log,
so that a local install can follow a verification or reset link."""

from __future__ import annotations

from flask import current_app, render_template
from flask_mail import Message

from forum.extensions import mail


def send_email(to: str, subject: str, template: str, **context) -> None:
    """Render templates/email/<template>.txt and send it (or log it)."""
    body = render_template(f"email/{template}.txt", **context)
    settings = current_app.config["FORUM"]
    if not settings["MAIL_SERVER"]:
        current_app.logger.warning(
            "Email not sent (no FORUM_MAIL_SERVER). To: %s\nSubject: %s\n\n%s", to, subject, body
        )
        return
    mail.send(Message(subject=f"{subject} · {settings['SITE_NAME']}", recipients=[to], body=body))
