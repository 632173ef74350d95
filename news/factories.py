"""Factories for the portal's content, used by the tests and benchmarks."""

import datetime
from decimal import Decimal

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


# ---------------------------------------------------------------- documents, media, indices, feedback

TINY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Tệp văn bản {n}")
    file = factory.django.FileField(filename="van-ban.pdf", data=TINY_PDF)


class DocumentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Văn bản chỉ đạo, điều hành"
    slug = "van-ban"

    class Meta:
        model = models.DocumentIndexPage


class LegalDocumentPageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Kế hoạch cải cách hành chính số {n}")
    number = factory.Sequence(lambda n: f"{n + 100}/KH-UBND")
    kind = models.DocumentKind.PLAN
    issuer = "Ủy ban nhân dân tỉnh Lào Cai"
    date_issued = datetime.date(2024, 1, 15)
    summary = "Kế hoạch thông tin, tuyên truyền cải cách hành chính tỉnh Lào Cai năm 2024."
    file = factory.SubFactory(DocumentFactory)

    class Meta:
        model = models.LegalDocumentPage


class MediaIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tư liệu tuyên truyền"
    slug = "tu-lieu"

    class Meta:
        model = models.MediaIndexPage


class MediaItemPageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Áp phích cải cách hành chính số {n}")
    kind = models.MediaKind.POSTER
    lead_image = factory.SubFactory(ImageFactory)

    class Meta:
        model = models.MediaItemPage


class ParIndicesPageFactory(wagtail_factories.PageFactory):
    title = "Các chỉ số của tỉnh"
    slug = "chi-so"

    class Meta:
        model = models.ParIndicesPage


class IndexScoreFactory(factory.django.DjangoModelFactory):
    index = models.ParIndex.PAR_INDEX
    year = factory.Sequence(lambda n: 2000 + n)
    score = Decimal("85.5")
    unit = "%"
    rank = 20
    out_of = 63
    source_url = "https://example.gov.vn/chi-so"

    class Meta:
        model = models.IndexScore


class FeedbackPageFactory(wagtail_factories.PageFactory):
    title = "Góp ý, đề xuất"
    slug = "gop-y"

    class Meta:
        model = models.FeedbackPage


class FeedbackFactory(factory.django.DjangoModelFactory):
    name = "Nguyễn Văn Bình"
    email = factory.Sequence(lambda n: f"nguoidan{n}@example.com")
    phone = "0912 345 678"
    title = factory.Sequence(lambda n: f"Đề nghị rút ngắn thời gian cấp sổ đỏ số {n}")
    text = "Tôi đề nghị Bộ phận một cửa huyện trả kết quả đúng hẹn và nhắn tin báo trước khi trả hồ sơ."
    status = models.FeedbackStatus.NEW

    class Meta:
        model = models.Feedback
