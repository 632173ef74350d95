from django.core.management.base import BaseCommand, CommandError

from editorial.setup import setup_editorial
from news import site_address
from news.demo import bulk, loader
from news.speech import jobs as speech_jobs


class Command(BaseCommand):
    help = "Creates the site, topic sections, agencies, demo admin and demo pages (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles", type=int, default=0, help="Also add this many generated articles, for scale tests."
        )

    def handle(self, *args, articles, **options):
        if articles < 0:
            raise CommandError("--articles must be zero or more.")
        created = loader.load_demo()
        site_address.apply_to_default_site()  # PORTAL_BASE_URL → the Site's hostname and port
        # The editorial board last, once every section and agency exists: groups, workflow, demo users.
        setup_editorial(demo_users=True)
        # The demo pages' "Nghe bài viết" audio now, not a minute later: `make run` shows the player at once.
        speech_jobs.queue_all()
        speech_jobs.drain()
        self.stdout.write(
            "Portal ready: {articles} articles, {reform_models} reform models, {officials} officials created.".format(
                **created
            )
        )
        if articles:
            count, seconds = bulk.generate_articles(articles)
            self.stdout.write(f"Generated {count} articles in {seconds:.1f} s.")
