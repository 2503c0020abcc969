"""gunicorn settings for `make serve`; every value can be overridden from the environment."""

import multiprocessing
import os

bind = os.environ.get("FORUM_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("FORUM_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("FORUM_THREADS", 1))
timeout = int(os.environ.get("FORUM_WORKER_TIMEOUT", 30))
graceful_timeout = 20
keepalive = 5
max_requests = 2000  # recycle workers now and then
max_requests_jitter = 200
accesslog = None  # the app logs one structured line per request itself
errorlog = "-"
loglevel = os.environ.get("FORUM_LOG_LEVEL", "info")
forwarded_allow_ips = os.environ.get("FORUM_FORWARDED_ALLOW_IPS", "127.0.0.1")
