"""Factories for the portal's content, used by the tests and benchmarks."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.rich_text import RichText

from news import models


class AgencyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sở thử nghiệm số {n}")
    slug = factory.Sequence(lambda n: f"so-thu-nghiem-{n}")
    kind = models.AgencyKind.DEPARTMENT

    class Meta:
        model = models.Agency
        django_get_or_create = ["name"]


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Ảnh {n}")
    description = "Người dân làm thủ tục tại Bộ phận một cửa"


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Trang chủ"
    slug = "trang-chu"

    class Meta:
        model = models.HomePage


class TopicIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chuyên mục {n}")
    slug = factory.Sequence(lambda n: f"chuyen-muc-{n}")
    code = factory.Sequence(lambda n: f"1.{n}")

    class Meta:
        model = models.TopicIndexPage


class ContentPageFactory(wagtail_factories.PageFactory):
    slug = factory.Sequence(lambda n: f"bai-{n}")
    summary = "Tóm tắt nội dung bài viết về cải cách hành chính."
    agency = factory.SubFactory(AgencyFactory)
    reform_area = models.ReformArea.PROCEDURES
    first_published_at = factory.LazyFunction(timezone.now)

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if extracted:
            self.tags.set(extracted)
            self.save()


class NewsArticlePageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Tin cải cách hành chính số {n}")
    byline = "Minh Anh (Sở Nội vụ)"
    body = factory.LazyFunction(
        lambda: [("paragraph", RichText("<p>Tỉnh Lào Cai đẩy mạnh dịch vụ công trực tuyến.</p>"))]
    )

    class Meta:
        model = models.NewsArticlePage


class ReformModelPageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Mô hình Bộ phận một cửa không chờ số {n}")
    kind = "new_model"
    field = "one_stop_shop"
    year_started = 2023
    scope = "commune"
    problem = "<p>Người dân phải chờ lâu khi nộp hồ sơ.</p>"
    solution = "<p>Hẹn giờ trực tuyến qua Zalo.</p>"
    replication = "replicating"

    class Meta:
        model = models.ReformModelPage


class ExemplaryOfficialPageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Người giữ lửa một cửa số {n}")
    full_name = "Lù Thị Mai"
    position = "Công chức Văn phòng - Thống kê xã"
    biography = "<p>Hơn mười năm gắn bó với Bộ phận một cửa.</p>"
    achievements = "<ul><li>Không để hồ sơ trễ hạn</li></ul>"
    quote = "Việc của dân là việc của mình."

    class Meta:
        model = models.ExemplaryOfficialPage


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)
