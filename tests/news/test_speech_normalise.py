"""What the voice is given to say: one test per normalisation rule, then each page type's text."""

from decimal import Decimal

import pytest
from wagtail.rich_text import RichText

from news.factories import ExemplaryOfficialPageFactory, NewsArticlePageFactory, ReformModelPageFactory
from news.models import OfficialAward, ReformModelResult
from news.speech.normalise import html_to_text, normalise, number_to_words
from news.speech.player import duration_label
from news.speech.text import written_text


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "không"),
        (5, "năm"),
        (10, "mười"),
        (15, "mười lăm"),
        (14, "mười bốn"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (30, "ba mươi"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (1000, "một nghìn"),
        (2024, "hai nghìn không trăm hai mươi tư"),
        (1_500_000, "một triệu năm trăm nghìn"),
        (3_000_000_000, "ba tỷ"),
    ],
)
def test_numbers_are_said_in_vietnamese_words(number, words):
    assert number_to_words(number) == words


def test_written_numbers_read_dots_as_thousands_and_commas_as_decimals():
    assert normalise("Thu 1.500.000 đồng") == "Thu một triệu năm trăm nghìn đồng"
    assert normalise("tăng 3,5 điểm") == "tăng ba phẩy năm điểm"
    assert normalise("tăng 3,05 điểm") == "tăng ba phẩy không năm điểm"


def test_numbers_starting_with_zero_are_read_digit_by_digit():
    assert normalise("Gọi 0214") == "Gọi không hai một bốn"


def test_dates_are_said_day_month_year_without_repeating_ngay():
    spoken = "ngày mười lăm tháng một năm hai nghìn không trăm hai mươi tư"
    assert normalise("15/01/2024") == spoken
    assert normalise("Hội nghị ngày 15/01/2024.") == f"Hội nghị {spoken}."
    assert normalise("30/4/2025") == "ngày ba mươi tháng tư năm hai nghìn không trăm hai mươi lăm"


def test_month_year_and_day_month_dates():
    assert normalise("tháng 01/2024") == "tháng một năm hai nghìn không trăm hai mươi tư"
    assert normalise("ngày 02/9") == "ngày hai tháng chín"


def test_impossible_dates_are_left_as_numbers():
    assert "tháng" not in normalise("12/45/2024")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("CCHC", "cải cách hành chính"),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
        ("TTHC", "thủ tục hành chính"),
        ("HĐND", "Hội đồng nhân dân"),
        ("PAR INDEX", "chỉ số cải cách hành chính"),
        ("Chỉ số SIPAS", "Chỉ số chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính"),
        ("Kế hoạch 12/KH-UBND", "Kế hoạch mười hai kế hoạch Ủy ban nhân dân"),
    ],
)
def test_acronyms_are_said_in_full(written, spoken):
    assert normalise(written).startswith(spoken)


def test_acronyms_inside_longer_words_are_not_touched():
    assert normalise("UBNDX và CCHCA") == "UBNDX và CCHCA"


def test_ratios_are_said_tren():
    assert normalise("xếp thứ 7/63 tỉnh") == "xếp thứ bảy trên sáu mươi ba tỉnh"


def test_ordinals_first_and_fourth_have_their_own_words():
    assert normalise("thứ 1, thứ 4, thứ 6") == "thứ nhất, thứ tư, thứ sáu"


def test_percentages_are_said_phan_tram():
    assert normalise("đạt 98,5%") == "đạt chín mươi tám phẩy năm phần trăm"
    assert normalise("đạt 100 %") == "đạt một trăm phần trăm"


def test_ranges_are_said_den():
    assert normalise("giai đoạn 2021-2025") == (
        "giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm"
    )


def test_html_is_stripped_to_one_sentence_per_block():
    markup = (
        '<h2>Kết quả</h2><p>Người dân&nbsp;hài lòng <a href="/x/">rất cao</a></p>'
        "<ul><li>Không trễ hạn</li><li>Trả kết quả tại nhà!</li></ul><p></p>"
    )
    assert html_to_text(markup) == "Kết quả. Người dân hài lòng rất cao. Không trễ hạn. Trả kết quả tại nhà!"


def test_symbols_the_voice_would_spell_become_words_or_pauses():
    assert normalise("Sở TT&TT • tin") == "Sở TT và TT tin"


def test_duration_is_labelled_in_minutes_and_seconds():
    assert duration_label(192.4) == "3 phút 12 giây"
    assert duration_label(180) == "3 phút"
    assert duration_label(44.6) == "45 giây"
    assert duration_label(0.2) == "1 giây"


@pytest.mark.django_db
def test_an_article_is_read_title_sapo_then_body_paragraphs_and_quotes(topic):
    article = NewsArticlePageFactory(
        parent=topic,
        title="Lào Cai đẩy mạnh CCHC",
        summary="Tóm tắt bài",
        body=[
            ("paragraph", RichText("<p>Đoạn <b>một</b></p><p>Đoạn hai</p>")),
            ("quote", {"text": "Dân là gốc", "attribution": "Chủ tịch UBND tỉnh"}),
        ],
    )
    assert written_text(article) == (
        "Lào Cai đẩy mạnh CCHC. Tóm tắt bài. Đoạn một. Đoạn hai. Dân là gốc. Theo Chủ tịch UBND tỉnh."
    )


@pytest.mark.django_db
def test_a_reform_model_is_read_with_its_problem_solution_and_results(topic):
    model = ReformModelPageFactory(parent=topic, title="Một cửa không chờ", summary="Sapo")
    ReformModelResult.objects.create(
        page=model, indicator="Thời gian chờ", before=Decimal("45.00"), after=Decimal("7.50"), unit="phút"
    )
    text = written_text(model)
    assert text.startswith("Một cửa không chờ. Sapo. Vấn đề đặt ra. Người dân phải chờ lâu khi nộp hồ sơ.")
    assert "Giải pháp. Hẹn giờ trực tuyến qua Zalo." in text
    assert text.endswith("Kết quả. Thời gian chờ: trước 45 phút, sau 7,5 phút.")


@pytest.mark.django_db
def test_an_official_is_read_with_name_biography_achievements_awards_and_quote(topic):
    official = ExemplaryOfficialPageFactory(parent=topic, title="Người giữ lửa", summary="Sapo")
    OfficialAward.objects.create(page=official, name="Bằng khen của UBND tỉnh", year=2023)
    assert written_text(official) == (
        "Người giữ lửa. Sapo. Lù Thị Mai, Công chức Văn phòng - Thống kê xã. "
        "Tiểu sử, quá trình công tác. Hơn mười năm gắn bó với Bộ phận một cửa. "
        "Thành tích. Không để hồ sơ trễ hạn. Khen thưởng. Bằng khen của UBND tỉnh, năm 2023. "
        "Việc của dân là việc của mình."
    )
