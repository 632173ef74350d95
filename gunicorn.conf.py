"""gunicorn settings for the portal's app servers: `gunicorn -c gunicorn.conf.py portal.wsgi`.

Threaded workers keep the HTTP/1.1 connections nginx holds open to each app server (sync
workers close every connection). The request line is not limited here: citizens paste long
texts into the search box, and a 10,000-character `q` must reach the app, which answers with
its own Vietnamese 400 ("Từ khóa tìm kiếm quá dài"), not gunicorn's English 414. nginx in front
bounds the line instead (deploy/nginx.conf.template: large_client_header_buffers).
Environment: GUNICORN_BIND, WEB_CONCURRENCY (workers), GUNICORN_THREADS, GUNICORN_TIMEOUT.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", str(min(multiprocessing.cpu_count() * 2 + 1, 8))))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# Longer than nginx's upstream keepalive_timeout (60 s), so nginx closes idle connections first.
keepalive = 75
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Recycle workers now and then; the jitter keeps them from restarting all at once.
max_requests = 5000
max_requests_jitter = 500
# A recycled worker is a fork of the master that already imported the project: ready at once
# rather than seconds of imports while requests queue (docs/PERFORMANCE.md). Nothing opens a
# database or cache connection at import, so no connection is shared across the fork.
preload_app = True
# No control socket (gunicornc; gunicorn ≥ 25.1): its default path, ~/.gunicorn/gunicorn.ctl, is one
# per user, so two app servers on one machine (scripts/stack.sh) took it from each other; and the
# master stops and restarts its thread around every fork of a worker, which a busy machine turned
# into an app server that did not answer within a minute of starting. Deploys signal the master.
control_socket_disable = True
# 0 = no gunicorn limit on the request line (its own cap is then 1 MB); see the docstring.
limit_request_line = 0
limit_request_field_size = 16384
# X-Forwarded-For/-Proto are trusted only from the proxy on this machine.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
