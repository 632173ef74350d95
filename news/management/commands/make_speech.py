from django.core.management.base import BaseCommand

from news.speech import jobs


class Command(BaseCommand):
    help = (
        "Makes the spoken audio (Nghe đọc bài) of pages published since the last run; part of the minute job. "
        "Failures are logged and retried next run; the exit status stays 0 so the rest of the minute job runs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="First queue every public page (a new install or a changed voice)."
        )
        parser.add_argument(
            "--budget",
            type=float,
            default=50,
            help="Stop taking new pages after this many seconds (default 50, inside the minute); 0 for no limit.",
        )

    def handle(self, *args, all, budget, **options):
        if all:
            self.stdout.write(f"Queued {jobs.queue_all()} pages.")
        outcomes = jobs.drain(budget_seconds=budget or None)
        if outcomes is None:
            self.stdout.write("Another make_speech is running.")
            return
        summary = "Audio: {made} made, {unchanged} unchanged, {removed} removed, {failed} failed."
        self.stdout.write(summary.format(**outcomes))
