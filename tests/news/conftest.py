"""Fixtures shared by the public-page tests."""

import pytest


@pytest.fixture
def reader(client):
    """A visitor with a session (one who sent feedback, say): the anonymous page cache steps aside, as for editors."""
    session = client.session
    session["feedback_sent"] = True
    session.save()
    client.cookies["sessionid"] = session.session_key
    return client
