"""`manage.py escalate_reviews`: the minute job's check of review steps past twice their target."""

from django.core.management.base import BaseCommand

from editorial import deadlines


class Command(BaseCommand):
    help = (
        "Báo Trưởng ban biên tập (e-mail và thông báo) các bước duyệt đã quá hai lần thời hạn; "
        "mỗi bước chỉ báo một lần."
    )

    def handle(self, *args, **options):
        escalated = deadlines.escalate_overdue()
        if options["verbosity"] >= 1:
            self.stdout.write(f"Đã báo {len(escalated)} bước duyệt quá hạn.")
