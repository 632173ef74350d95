"""The indices page: the numbers editors enter appear in the table, the chart and the CSV."""

import csv
import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from news.factories import IndexScoreFactory, ParIndicesPageFactory
from news.models import IndexSubScore, ParIndex
from tests.helpers.queries import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def indices_page(home):
    return ParIndicesPageFactory(parent=home)


@pytest.fixture
def par_index():
    """PAR INDEX 2022–2024 as an editor would enter it, 2024 with two sub-indices."""
    rows = [
        IndexScoreFactory(year=2022, score=None, rank=11, out_of=63, is_sample=True),
        IndexScoreFactory(year=2023, score=Decimal("90.60"), rank=7, out_of=63),
        IndexScoreFactory(year=2024, score=Decimal("89.03"), rank=26, out_of=63, source_name="Báo Lào Cai"),
    ]
    IndexSubScore.objects.create(
        result=rows[2], name="Cải cách thủ tục hành chính", score=Decimal("12.5"), max_score=14
    )
    IndexSubScore.objects.create(result=rows[2], name="Xây dựng, phát triển Chính phủ số", score=Decimal("8.75"))
    return rows


def test_page_shows_the_numbers_entered(client, indices_page, par_index):
    html = client.get(indices_page.url).content.decode()
    for text in [
        "Chỉ số cải cách hành chính (PAR INDEX)",
        "89,03%",  # the score, the Vietnamese way
        "90,60%",  # as precise as entered
        "26/63",
        "7/63",
        "11/63",
        "Báo Lào Cai",
        "Cải cách thủ tục hành chính",
        "12,50/14",
        "8,75",
    ]:
        assert text in html, text


def test_latest_result_is_highlighted_with_its_change(client, indices_page, par_index):
    html = client.get(indices_page.url).content.decode()
    latest = html.split('class="index-latest"')[1].split("</p>")[0]
    assert "Năm 2024" in latest and "89,03%" in latest and "thứ 26 trên 63 tỉnh, thành phố" in latest
    assert "giảm 19 bậc so với năm 2023" in latest
    assert '<tr class="is-latest">' in html and "Mới nhất" in html
    assert 'class="index-chart__latest"' in html


def test_chart_is_an_accessible_svg_drawn_from_the_ranks(client, indices_page, par_index):
    html = client.get(indices_page.url).content.decode()
    svg = html.split('<svg class="index-chart"')[1].split("</svg>")[0]
    assert 'role="img"' in svg and 'aria-labelledby="par-index-2022-chart-title par-index-2022-chart-desc"' in svg
    title = "Thứ hạng PAR INDEX của tỉnh Lào Cai trên 63 tỉnh, thành phố, 2022–2024"
    assert f'<title id="par-index-2022-chart-title">{title}</title>' in svg
    assert "năm 2022: thứ 11/63; năm 2023: thứ 7/63; năm 2024: thứ 26/63" in svg
    assert svg.count("<circle") == 3
    assert "," not in svg.split("<desc")[0].split("viewBox")[1].split(">")[0], "coordinates are not localised"


def test_sample_rows_are_labelled_as_such(client, indices_page, par_index):
    html = client.get(indices_page.url).content.decode()
    assert "Số liệu mẫu:" in html
    assert html.count('<span class="badge">Mẫu</span>') == 1


def test_csv_has_the_numbers(client, indices_page, par_index):
    response = client.get(f"{indices_page.url}csv/par-index/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="chi-so-par-index-lao-cai.csv"' in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff"), "a BOM, so Excel reads UTF-8"
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[0][:7] == [
        "Chỉ số",
        "Năm",
        "Chỉ số thành phần",
        "Điểm",
        "Đơn vị, thang điểm",
        "Xếp hạng",
        "Trên tổng số địa phương",
    ]
    assert rows[1][:8] == ["PAR INDEX", "2022", "", "", "%", "11", "63", "Có"]
    assert rows[2][:8] == ["PAR INDEX", "2023", "", "90.6", "%", "7", "63", "Không"]
    assert rows[3][:8] == ["PAR INDEX", "2024", "", "89.03", "%", "26", "63", "Không"]
    assert rows[4][:6] == ["PAR INDEX", "2024", "Cải cách thủ tục hành chính", "12.5", "tối đa 14", ""]
    assert len(rows) == 6


def test_csv_of_an_unknown_index_is_404(client, indices_page, par_index):
    assert client.get(f"{indices_page.url}csv/khong-co/").status_code == 404


def test_each_index_gets_its_own_section_and_csv(client, indices_page, par_index):
    IndexScoreFactory(index=ParIndex.DTI, year=2024, score=Decimal("0.7167"), unit="thang 0–1", rank=14, out_of=34)
    html = client.get(indices_page.url).content.decode()
    assert 'id="dti"' in html and "0,7167 trên thang 1" in html and "14/34" in html
    assert f'href="{indices_page.url}csv/dti/"' in html
    assert 'id="papi"' not in html, "an index without data has no section"


def test_a_changed_figure_is_seen_at_once(client, indices_page, par_index):
    """The page is stored for anonymous readers; editing a row must not leave it stale."""
    client.get(indices_page.url)
    assert client.get(indices_page.url)["X-Portal-Cache"] == "hit"
    latest = par_index[2]
    latest.rank = 20
    latest.save()
    html = client.get(indices_page.url).content.decode()
    assert "20/63" in html and "26/63" not in html


def test_page_costs_the_same_queries_however_many_rows(client, indices_page, par_index):
    def queries():
        return queries_for(client, indices_page.url, cold=True)

    queries()  # warms the process-wide caches (content types, site root paths)
    before = queries()
    for year in range(2010, 2016):
        row = IndexScoreFactory(index=ParIndex.PCI, year=year)
        IndexSubScore.objects.create(result=row, name="Chi phí gia nhập thị trường", score=7)
    assert queries() == before


def test_admin_lists_rows_with_the_sample_flag(client, par_index):
    client.force_login(get_user_model().objects.create_superuser("bientap", "b@example.com", "x"))
    response = client.get("/admin/index_scores/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dữ liệu mẫu" in html and "PAR INDEX 2024" in html
    assert client.get(f"/admin/index_scores/edit/{par_index[0].pk}/").status_code == 200


def test_admin_refuses_a_second_row_for_the_same_year(client, par_index):
    client.force_login(get_user_model().objects.create_superuser("bientap", "b@example.com", "x"))
    response = client.post(
        "/admin/index_scores/new/",
        {
            "index": "par-index",
            "year": "2024",
            "score": "80",
            "unit": "%",
            "rank": "30",
            "out_of": "63",
            "sub_scores-TOTAL_FORMS": "0",
            "sub_scores-INITIAL_FORMS": "0",
            "sub_scores-MIN_NUM_FORMS": "0",
            "sub_scores-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 200
    assert "Chỉ số này đã có kết quả của năm này." in response.content.decode()


def test_ranks_out_of_different_numbers_never_share_an_axis(client, indices_page):
    """DTI: 38th of 63 (2022), then 12th and 14th of 34 after the 2025 merger: two fields, so two charts
    at most, and the lone year out of 63 is left to the table, each rank shown with what it is out of."""
    IndexScoreFactory(index=ParIndex.DTI, year=2022, score=None, unit="", rank=38, out_of=63)
    IndexScoreFactory(index=ParIndex.DTI, year=2024, score=Decimal("0.7"), unit="thang 0–1", rank=12, out_of=34)
    IndexScoreFactory(index=ParIndex.DTI, year=2025, score=Decimal("0.7167"), unit="thang 0–1", rank=14, out_of=34)
    html = client.get(indices_page.url).content.decode()
    charts = [part.split("</svg>")[0] for part in html.split('<svg class="index-chart"')[1:]]
    assert len(charts) == 1
    assert "trên 34 tỉnh, thành phố, 2024–2025" in charts[0] and "38" not in charts[0].split("<desc")[1]
    assert "không vẽ chung một trục" in html and "(63, 34)" in html
    assert "38/63" in html and "14/34" in html and "thứ 14 trên 34 tỉnh, thành phố" in html
    assert "0,7167 trên thang 1" in html
    assert "giảm 2 bậc so với năm 2024" in html, "the change is counted within the same field"


def test_editors_notes_stay_out_of_the_page_and_the_csv(client, indices_page):
    IndexScoreFactory(year=2022, rank=9, out_of=63, note="Nguồn [h] ngụ ý thứ 11 năm 2022: cần đối chiếu.")
    assert "cần đối chiếu" not in client.get(indices_page.url).content.decode()
    assert "cần đối chiếu" not in client.get(f"{indices_page.url}csv/par-index/").content.decode("utf-8")
