from django.core.management.base import BaseCommand

from editorial import review_due


class Command(BaseCommand):
    help = (
        "Reminds the agencies of reform models and exemplary officials past their review-by date "
        "(once per page per overdue period). Run by the minute job; safe to run again at any time."
    )

    def handle(self, *args, **options):
        reminded = review_due.remind_overdue()
        if reminded:
            self.stdout.write(f"Reminded the agencies of {len(reminded)} page(s) past their review-by date.")
