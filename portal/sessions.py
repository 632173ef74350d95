"""The session store: Django's database sessions, without a new empty row for every stale cookie.

With SESSION_SAVE_EVERY_REQUEST (the 8 hours count from the last request), Django saves
the session of any request whose cookie names one, even a session the database no longer
knows (expired, deleted, made up): it creates a new, empty row — a write, serialised on
SQLite — on every such request, and hands the visitor a cookie for it. Here a cookie whose
session is not found and which holds nothing counts as empty, as it does when there is no
cookie at all: the stale cookie is deleted and nothing is written. A session that exists,
or that something stores a value in (signing in, a message), is saved as before.
"""

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore


class SessionStore(DatabaseSessionStore):
    def is_empty(self):
        # Loading costs the one query saving would make anyway; an unknown key is dropped by it.
        self._get_session()
        return super().is_empty()
