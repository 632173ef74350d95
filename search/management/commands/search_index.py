"""`manage.py search_index sync|rebuild|status`: keep the search index in step with the site.

- sync: replays the outbox (changes Elasticsearch missed while it was down); builds the
  index from scratch when its alias is missing (a new or wiped server).
- rebuild: recomputes every entry from the pages (generated pages included) and, with
  Elasticsearch, fills a fresh index and swaps the alias atomically; searches keep answering.
- status: live pages vs. entries vs. indexed documents, and the outbox length.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from search import documents, outbox, rebuild
from search.errors import EngineUnavailable


class ProgressBar:
    """A one-line progress bar on a terminal; a line every tenth of the way elsewhere (CI logs)."""

    WIDTH = 30

    def __init__(self, stream, label):
        self.stream, self.label = stream, label
        self.started = time.monotonic()
        self.interactive = hasattr(stream, "isatty") and stream.isatty()
        self.last_tenth = -1

    def __call__(self, done, total):
        elapsed = max(time.monotonic() - self.started, 1e-6)
        fraction = done / total if total else 1
        filled = int(self.WIDTH * fraction)
        line = (
            f"{self.label} [{'#' * filled}{'.' * (self.WIDTH - filled)}] "
            f"{done}/{total} {fraction:4.0%}  {done / elapsed:,.0f} trang/s"
        )
        if self.interactive:
            self.stream.write(f"\r{line}", ending="")
            if done >= total:
                self.stream.write("")
            self.stream.flush()
        elif int(fraction * 10) != self.last_tenth:
            self.last_tenth = int(fraction * 10)
            self.stream.write(line)


class Command(BaseCommand):
    help = "Search index: sync (replay the outbox), rebuild (fresh index, atomic swap), status (counts)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["sync", "rebuild", "status"])

    def handle(self, *args, action, **options):
        try:
            getattr(self, action)()
        except EngineUnavailable as error:
            raise CommandError(f"Elasticsearch không trả lời ({documents.alias_name()}): {error}") from error

    def sync(self):
        if not documents.is_configured():
            self.stdout.write("ELASTICSEARCH_URL chưa đặt: công cụ tìm kiếm là cơ sở dữ liệu, không có gì để đồng bộ.")
            return
        what, count = rebuild.sync(progress=ProgressBar(self.stdout, "Lập chỉ mục"))
        if what == "rebuilt":
            self.stdout.write(self.style.SUCCESS(f"Chưa có chỉ mục: đã lập mới với {count} trang."))
        elif what == "upgraded":
            self.stdout.write(self.style.SUCCESS(f"Chỉ mục của phiên bản cũ: đã lập lại với {count} trang."))
        else:
            self.stdout.write(self.style.SUCCESS(f"Đã gửi {count} thay đổi; hàng đợi còn {outbox.pending_count()}."))

    def rebuild(self):
        started = time.monotonic()
        count = rebuild.rebuild(progress=ProgressBar(self.stdout, "Lập chỉ mục"))
        seconds = time.monotonic() - started
        where = f"Elasticsearch ({documents.alias_name()})" if documents.is_configured() else "cơ sở dữ liệu"
        rate = count / max(seconds, 1e-6)
        self.stdout.write(
            self.style.SUCCESS(f"Đã lập chỉ mục {count} trang vào {where} trong {seconds:.1f} s ({rate:,.0f} trang/s).")
        )

    def status(self):
        report = rebuild.status()
        self.stdout.write(f"Trang đang công khai (tìm được):  {report['live']}")
        self.stdout.write(f"Mục tìm kiếm trong cơ sở dữ liệu: {report['entries']}")
        es = report["elasticsearch"]
        if es is None:
            self.stdout.write("Elasticsearch:                    chưa cấu hình (ELASTICSEARCH_URL trống)")
        elif "error" in es:
            self.stdout.write(self.style.ERROR(f"Elasticsearch:                    không trả lời ({es['error']})"))
        elif not es["indices"]:
            self.stdout.write(
                self.style.WARNING(f"Elasticsearch:                    chưa có chỉ mục {es['alias']} (chạy sync)")
            )
        else:
            self.stdout.write(f"Elasticsearch {es['alias']} → {', '.join(es['indices'])}: {es['documents']} tài liệu")
            if es["missing_fields"]:
                missing = ", ".join(es["missing_fields"])
                self.stdout.write(self.style.WARNING(f"Chỉ mục của phiên bản cũ, thiếu: {missing} (chạy sync)"))
        oldest = report["outbox_oldest"]
        since = f" (cũ nhất: {oldest:%Y-%m-%d %H:%M:%S})" if oldest else ""
        self.stdout.write(f"Hàng đợi chưa gửi (outbox):       {report['outbox']}{since}")
        in_step = report["entries"] == report["live"] and (
            es is None or (es.get("documents") == report["live"] and not es.get("missing_fields"))
        )
        if in_step and not report["outbox"]:
            self.stdout.write(self.style.SUCCESS("Chỉ mục khớp với các trang đang công khai."))
        else:
            self.stdout.write(
                self.style.WARNING("Chỉ mục chưa khớp: chạy `manage.py search_index sync` hoặc `rebuild`.")
            )
