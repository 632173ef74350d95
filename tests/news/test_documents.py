"""Legal documents: the table citizens read, the filters, the download, and search by number."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from news.factories import DocumentFactory, DocumentIndexPageFactory, LegalDocumentPageFactory
from news.models import DocumentKind
from tests.helpers.queries import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home):
    return DocumentIndexPageFactory(parent=home)


@pytest.fixture
def plan_18(section):
    return LegalDocumentPageFactory(
        parent=section,
        title="Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2024",
        number="18/KH-UBND",
        date_issued=datetime.date(2024, 1, 15),
        summary="Kế hoạch thông tin, tuyên truyền cải cách hành chính tỉnh Lào Cai năm 2024.",
        signer="Trịnh Xuân Trường",
    )


def test_list_shows_number_date_abstract_and_download(client, section, plan_18):
    html = client.get(section.url).content.decode()
    card = html.split('<li class="doc-card">')[1].split("</li>")[0]
    for text in ["Số ký hiệu", "Ngày ban hành", "18/KH-UBND", "15/01/2024", plan_18.summary]:
        assert text in card, text
    assert f'href="{plan_18.file.url}"' in card
    # The link's name starts with what it shows (no aria-label hiding it), then says which document.
    assert '>Tải về PDF<span class="visually-hidden"> văn bản 18/KH-UBND</span>' in card
    assert "aria-label" not in card


def test_document_page_shows_every_field_and_the_file(client, plan_18):
    html = client.get(plan_18.url).content.decode()
    for text in [
        "18/KH-UBND",
        "Kế hoạch",
        "Ủy ban nhân dân tỉnh Lào Cai",
        "Trịnh Xuân Trường",
        "15/01/2024",
        plan_18.summary,
        f'href="{plan_18.file.url}"',
    ]:
        assert text in html, text


def test_filters_by_type_and_year(client, section, plan_18):
    decision = LegalDocumentPageFactory(
        parent=section, number="MH-01/QĐ-BCĐ", kind=DocumentKind.DECISION, date_issued=datetime.date(2023, 5, 2)
    )
    by_type = client.get(section.url, {"type": "decision"}).content.decode()
    assert "MH-01/QĐ-BCĐ" in by_type and "18/KH-UBND" not in by_type
    by_year = client.get(section.url, {"year": "2024"}).content.decode()
    assert "18/KH-UBND" in by_year and decision.number not in by_year
    assert '<option value="2023">2023</option>' in by_year, "the years that have documents are offered"
    nothing = client.get(section.url, {"type": "plan", "year": "2023"}).content.decode()
    assert "Không có văn bản nào phù hợp với điều kiện lọc." in nothing


@pytest.mark.parametrize("params", [{"type": "khong-co"}, {"year": "20x4"}, {"year": "99999"}, {"tag": "khong-co"}])
def test_unknown_filter_values_answer_404(client, section, plan_18, params):
    assert client.get(section.url, params).status_code == 404


def test_newest_issued_first_and_drafts_never_listed(client, section, plan_18):
    LegalDocumentPageFactory(parent=section, number="1/KH-UBND", date_issued=datetime.date(2024, 3, 1))
    LegalDocumentPageFactory(parent=section, number="99/KH-NHAP", live=False)
    html = client.get(section.url).content.decode()
    assert html.index("1/KH-UBND") < html.index("18/KH-UBND")
    assert "99/KH-NHAP" not in html


def test_home_shows_the_newest_documents(client, home, plan_18):
    html = client.get(home.url).content.decode()
    assert "Văn bản mới" in html and "18/KH-UBND" in html and f'href="{plan_18.url}"' in html


def test_table_costs_the_same_queries_however_many_documents(client, section, plan_18):
    def queries():
        return queries_for(client, section.url, cold=True)

    queries()
    before = queries()
    for n in range(5):
        LegalDocumentPageFactory(parent=section, number=f"{n + 1}/BC-SNV", kind=DocumentKind.REPORT, tags=["báo cáo"])
    assert queries() == before


def test_effective_date_cannot_precede_the_issue_date(plan_18):
    plan_18.effective_date = datetime.date(2023, 12, 31)
    with pytest.raises(ValidationError) as error:
        plan_18.full_clean()
    assert "effective_date" in error.value.message_dict


def test_document_file_must_be_a_pdf(section):
    page = LegalDocumentPageFactory.build(file=DocumentFactory(file__filename="van-ban.docx"))
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "file" in error.value.message_dict


def test_found_in_search_by_its_number(client, settings, section, django_capture_on_commit_callbacks):
    """Journalists search the archive by a document's number: "18/KH-UBND" (search's JSON API)."""
    settings.ELASTICSEARCH_URL = ""  # the database engine, as `make run` without Elasticsearch
    document = LegalDocumentPageFactory(
        parent=section,
        live=False,
        title="Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2024",
        number="18/KH-UBND",
    )
    LegalDocumentPageFactory(parent=section, live=False, number="442/KH-UBND", title="Kế hoạch CCHC năm 2024")
    with django_capture_on_commit_callbacks(execute=True):
        for page in type(document).objects.all():
            page.save_revision().publish()
    response = client.get("/api/v1/search/", {"q": "18/KH-UBND"})
    assert response.status_code == 200
    results = response.json()["results"]
    assert results, "found"
    assert results[0]["id"] == document.pk
    assert results[0]["type"]["key"] == "legaldocument"
