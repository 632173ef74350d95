"""Generated articles in bulk, for scale tests and benchmarks (`setup_portal --articles N`).

Wagtail's `add_child` writes one tree node at a time and slows as a section grows; here
the tree paths are computed in Python, the page rows go in with one `bulk_create` per
batch and the two subclass tables with `executemany`, so 10,000 articles take seconds.
Generated pages have no revision until an editor first saves them.
"""

import datetime
import random
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from news.cache import bump_content_version
from news.models import Agency, ContentPage, ContentPageTag, NewsArticlePage, ReformArea, TopicIndexPage

BATCH = 500

SUBJECTS = [
    "cải cách hành chính",
    "dịch vụ công trực tuyến toàn trình",
    "thủ tục hành chính lĩnh vực đất đai",
    "Bộ phận một cửa cấp xã",
    "chuyển đổi số",
    "thanh toán không dùng tiền mặt",
    "chỉ số PAR INDEX",
    "mức độ hài lòng SIPAS",
    "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "kỷ luật, kỷ cương hành chính",
    "sắp xếp tổ chức bộ máy",
    "tự chủ tài chính đơn vị sự nghiệp công lập",
    "Đề án 06 về dữ liệu dân cư",
    "cấp giấy chứng nhận quyền sử dụng đất",
    "kỹ năng số cho người dân",
]
ACTIONS = [
    "đẩy mạnh",
    "triển khai",
    "sơ kết",
    "kiểm tra",
    "tập huấn",
    "tuyên truyền",
    "nâng cao chất lượng",
    "hướng dẫn người dân về",
]
TAGS = ["cải cách hành chính", "chuyển đổi số", "một cửa", "dịch vụ công trực tuyến", "đất đai", "PAR INDEX", "SIPAS"]


def generate_articles(count, seed=2024):
    """Adds `count` published articles spread over the topic sections; returns (count, seconds)."""
    started = time.monotonic()
    rng = random.Random(seed)
    topics = list(TopicIndexPage.objects.order_by("path"))
    if not topics:
        raise ValueError("No topic sections: run setup_portal first.")
    agencies = list(Agency.objects.all())
    content_type = ContentType.objects.get_for_model(NewsArticlePage)
    locale = Locale.get_default()
    next_step = {topic.pk: last_child_step(topic) + 1 for topic in topics}
    run = uuid.uuid4().hex[:6]
    areas = [choice.value for choice in ReformArea]
    with transaction.atomic():
        for start in range(0, count, BATCH):
            pages = []
            for number in range(start, min(start + BATCH, count)):
                topic = topics[number % len(topics)]
                pages.append(
                    build_article(rng, topic, next_step[topic.pk], number, run, agencies, areas, content_type, locale)
                )
                next_step[topic.pk] += 1
            insert_pages(pages)
            tag_pages(rng, pages)
        for topic in topics:
            Page.objects.filter(pk=topic.pk).update(numchild=next_step[topic.pk] - 1)
    bump_content_version()
    return count, time.monotonic() - started


def last_child_step(topic):
    last = Page.objects.filter(path__startswith=topic.path, depth=topic.depth + 1).order_by("-path").first()
    return Page._str2int(last.path[-Page.steplen :]) if last else 0


def build_article(rng, topic, step, number, run, agencies, areas, content_type, locale):
    agency = rng.choice(agencies) if agencies else None
    subject = rng.choice(SUBJECTS)
    agency_name = agency.name if agency else "Tỉnh Lào Cai"
    title = f"{agency_name} {rng.choice(ACTIONS)} {subject}"
    published = timezone.now() - datetime.timedelta(days=rng.randint(0, 3 * 365), minutes=rng.randint(0, 1440))
    slug = f"bai-{run}-{number}"
    paragraphs = [
        f"Thực hiện Kế hoạch số 18/KH-UBND ngày 15/01/2024 của UBND tỉnh, {agency_name} tiếp tục {subject}.",
        f"Trong kỳ, đơn vị đã {rng.choice(ACTIONS)} {rng.choice(SUBJECTS)}, góp phần nâng cao sự hài lòng của "
        "người dân, doanh nghiệp.",
        "Bài viết được tạo tự động để thử tải hệ thống.",
    ]
    return NewsArticlePage(
        content_type=content_type,
        locale=locale,
        title=title,
        draft_title=title,
        slug=slug,
        path=Page._get_path(topic.path, topic.depth + 1, step),
        depth=topic.depth + 1,
        numchild=0,
        url_path=f"{topic.url_path}{slug}/",
        live=True,
        has_unpublished_changes=False,
        first_published_at=published,
        last_published_at=published,
        summary=paragraphs[0],
        byline="Cộng tác viên",
        body=[("paragraph", RichText("".join(f"<p>{p}</p>" for p in paragraphs)))],
        agency=agency,
        reform_area=rng.choice(areas),
    )


def insert_pages(pages):
    """Page rows by bulk_create (ids come back), then each subclass table's own columns."""
    page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    rows = [Page(**{f.attname: getattr(page, f.attname) for f in page_fields}) for page in pages]
    Page.objects.bulk_create(rows)
    for page, row in zip(pages, rows, strict=True):
        page.pk = page.page_ptr_id = page.contentpage_ptr_id = row.pk
    insert_local_rows(ContentPage, pages)
    insert_local_rows(NewsArticlePage, pages)


def insert_local_rows(model, objects):
    """INSERTs only `model`'s own table (Django's bulk_create refuses multi-table children)."""
    fields = model._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(model._meta.db_table)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"  # noqa: S608 -- names from _meta, values bound
    values = [[f.get_db_prep_save(getattr(obj, f.attname), connection) for f in fields] for obj in objects]
    with connection.cursor() as cursor:
        cursor.executemany(sql, values)


def tag_pages(rng, pages):
    from taggit.models import Tag

    tags = [Tag.objects.get_or_create(name=name)[0] for name in TAGS]
    ContentPageTag.objects.bulk_create(
        [ContentPageTag(content_object_id=page.pk, tag=tag) for page in pages for tag in rng.sample(tags, 2)]
    )
