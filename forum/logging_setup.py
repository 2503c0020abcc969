"""One structured line per request on stdout: request id, method, path, status, duration."""

from __future__ import annotations

import logging
import sys
import time
import uuid

from flask import Flask, g, request

REQUEST_ID_HEADER = "X-Request-ID"


class KeyValueFormatter(logging.Formatter):
    """`ts=... level=... msg="..." key=value ...`: one line, easy to grep and to ship."""

    def format(self, record: logging.LogRecord) -> str:
        fields = {"ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname.lower(),
                  "logger": record.name, "msg": record.getMessage()}  # fmt: skip
        fields.update(getattr(record, "fields", {}))
        if record.exc_info:
            fields["exc"] = self.formatException(record.exc_info)
        return " ".join(f"{key}={_quote(value)}" for key, value in fields.items())


def _quote(value) -> str:
    text = str(value)
    if text and not any(c in text for c in ' "=\n'):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def init_app(app: Flask) -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(KeyValueFormatter())
    app.logger.handlers[:] = [handler]
    app.logger.setLevel(logging.INFO)
    app.logger.propagate = True  # so test tools (and any root handler) can see it too
    access = logging.getLogger("stillpoint.access")
    access.handlers[:] = [handler]
    access.setLevel(logging.INFO)
    access.propagate = True

    @app.before_request
    def _start_timer() -> None:
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        g.request_id = incoming if 0 < len(incoming) <= 64 and incoming.isprintable() else uuid.uuid4().hex
        g.request_started = time.perf_counter()

    @app.after_request
    def _log_request(response):
        response.headers[REQUEST_ID_HEADER] = g.get("request_id", "")
        if app.config["FORUM"]["LOG_REQUESTS"] and "request_started" in g:
            duration = (time.perf_counter() - g.request_started) * 1000
            access.info("request", extra={"fields": {
                "request_id": g.request_id, "method": request.method, "path": request.path,
                "status": response.status_code, "duration_ms": f"{duration:.1f}",
                "cache": response.headers.get("X-Cache", "-"),
            }})  # fmt: skip
        return response
