from django.core.management.base import BaseCommand

from editorial import setup


class Command(BaseCommand):
    help = (
        "Creates the editorial board's groups and permissions and the review workflow attached to the home page "
        "(idempotent). --demo-users adds one user per role with a known password: for the demo only."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-users",
            action="store_true",
            help=f"Also create one user per role, password '{setup.DEMO_PASSWORD}' (never in production).",
        )

    def handle(self, *args, demo_users, **options):
        result = setup.setup_editorial(demo_users=demo_users)
        where = result["attached_to"] or "nothing yet (no home page: run setup_portal, then this again)"
        self.stdout.write(
            f"Editorial board ready: {result['groups']} groups, workflow “{result['workflow']}” on {where}."
        )
        if demo_users:
            self.stdout.write(f"Demo users (password “{setup.DEMO_PASSWORD}”), {result['users_created']} created:")
            for username, role, _name, agency in setup.DEMO_USERS:
                self.stdout.write(f"  {username:<12} {role} – {agency}")
