"""pytest plugin for `--no-migrations` runs: adds what the migrations create and the models do not.

Building the test database from the migrations takes most of a short run's time (about 40 of
50 seconds for one test module on the shared machine); `make mutation` runs the tests once per
mutant, so it builds the tables straight from the models (pytest-django's `--no-migrations`)
and loads this plugin (`-p tests.schema_without_migrations`) for the two things only the
migrations make: the database search engine's full-text table (search/migrations/0001) and the
database cache table (news/migrations/0002). Wagtail's own starting rows come from
`tests/conftest.py` (`ensure_wagtail_tree`) either way.

Without `--no-migrations` the plugin does nothing.
"""

import importlib

from django.core.management import call_command
from django.db import connections
from django.db.models.signals import post_migrate


def pytest_configure(config):
    if config.getoption("nomigrations", default=False):
        post_migrate.connect(add_what_only_migrations_make, dispatch_uid="schema_without_migrations")


def add_what_only_migrations_make(sender, using="default", **kwargs):
    # post_migrate is sent once per app, after every table exists; the search app's turn is enough.
    if sender.name != "search":
        return
    connection = connections[using]
    if not has_fulltext(connection):
        search_migration = importlib.import_module("search.migrations.0001_initial")
        with connection.schema_editor() as schema_editor:
            search_migration.create_fulltext(None, schema_editor)
    call_command("createcachetable", database=using, verbosity=0)


def has_fulltext(connection):
    """Whether the full-text index exists: a table on SQLite, two columns on PostgreSQL (a flush keeps both)."""
    if connection.vendor == "sqlite":
        return "portal_search_fulltext" in connection.introspection.table_names()
    with connection.cursor() as cursor:
        columns = connection.introspection.get_table_description(cursor, "portal_search_searchentry")
    return any(column.name == "fulltext_folded" for column in columns)
