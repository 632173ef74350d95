"""Two processes writing to one SQLite file at once: nobody gets "database is locked", nothing is lost."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

WRITER = Path(__file__).with_name("concurrent_writer.py")
PAGES = 12
ROUNDS = 3


def run(mode, env, wait=True):
    command = [sys.executable, str(WRITER), mode, str(PAGES if mode != "revise" else ROUNDS)]
    if wait:
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)  # noqa: S603 - our own script
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # noqa: S603


def test_force_publish_while_another_process_saves_revisions(tmp_path):
    database = tmp_path / "portal.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    prepared = run("prepare", env)
    assert prepared.returncode == 0, prepared.stderr

    reviser = run("revise", env, wait=False)
    publisher = run("publish", env, wait=False)
    published_out, published_err = publisher.communicate(timeout=600)
    revised_out, revised_err = reviser.communicate(timeout=600)

    assert "database is locked" not in published_err + revised_err
    assert publisher.returncode == 0, published_err
    assert reviser.returncode == 0, revised_err
    assert published_out.count("published") == PAGES
    assert revised_out.count("revised") == PAGES * ROUNDS

    with sqlite3.connect(database) as connection:
        live = connection.execute("select count(*) from wagtailcore_page where live and depth = 4").fetchone()[0]
        forced = connection.execute("select count(*) from editorial_forcedpublication").fetchone()[0]
        revisions = connection.execute("select count(*) from wagtailcore_revision").fetchone()[0]
    assert (live, forced) == (PAGES, PAGES)
    assert revisions >= PAGES * (1 + ROUNDS)
