"""Demo content for a local portal: data files in `data/`, loaded by `loader.load_demo()`.

`portal`'s `setup_portal` command loads it, then sets up the editorial board's demo users.
"""

# The one password of every demo account (the admin made here, the board's users made by
# editorial.setup), as the README documents it: for a local demo only, never in production.
DEMO_PASSWORD = "laocai2024"  # noqa: S105
