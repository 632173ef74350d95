"""Demo data for the documents, media, indices and feedback sections (setup_portal loads it).

Plain Python data, no Django; news.demo.plan_loader turns it into pages and rows.

WHAT IS REAL AND WHAT IS NOT
- DOCUMENTS: the numbers, dates, issuers and subjects of Plan No. 18/KH-UBND (15/01/2024) and
  of the documents it cites (14-ĐA/TU, 08-ĐA/TU, 329/KH-UBND, 76/NQ-CP, 442/KH-UBND) are taken
  from the plan's own text (../shared/mission/seed-plan-18-KH-UBND-2024.ocr.txt); Decree
  42/2022/NĐ-CP from PORTAL-REFERENCE.md. Their PDF files are generated summaries marked
  "bản minh họa", not the signed originals. Documents numbered "MH-…" are ILLUSTRATIVE:
  they do not exist and say so in their title and summary.
- INDEX_SCORES: the SAMPLE table of PORTAL-REFERENCE.md §3 with its sources; every row is
  loaded with is_sample=True and the public page says so. No sub-index is given by those
  sources, so none is loaded.
- MEDIA: posters and leaflets are drawn for the demo. The video addresses are PLACEHOLDERS
  (example.com): replace them with the addresses of the real episodes of the TV station's
  PAR column before going live.
- FEEDBACK: invented questions from invented people (e-mail addresses on example.com),
  answers written for the demo.
"""

DOCUMENT_SECTION = {
    "title": "Văn bản chỉ đạo, điều hành",
    "slug": "van-ban",
    "intro": (
        "Văn bản của Trung ương và của tỉnh Lào Cai về cải cách hành chính: nghị quyết, đề án, kế hoạch, quyết định, "
        "báo cáo. Mỗi văn bản ghi số, ký hiệu, ngày ban hành, trích yếu và có tệp để tải về."
    ),
}

MEDIA_SECTION = {
    "title": "Tư liệu tuyên truyền",
    "slug": "tu-lieu-tuyen-truyen",
    "intro": (
        "Video, phóng sự, chuyên mục cải cách hành chính trên sóng truyền hình; pa nô, áp phích, tờ rơi để xem, "
        "tải về và in phục vụ tuyên truyền tại cơ quan, đơn vị, thôn, bản."
    ),
}

INDICES_PAGE = {
    "title": "Số liệu các chỉ số PAR INDEX, SIPAS, PAPI, PCI, DTI",
    "slug": "so-lieu-chi-so",
    "intro": (
        "Điểm số và thứ hạng của tỉnh Lào Cai qua các năm theo các bộ chỉ số: cải cách hành chính (PAR INDEX), "
        "sự hài lòng của người dân (SIPAS), hiệu quả quản trị và hành chính công (PAPI), năng lực cạnh tranh (PCI) "
        "và chuyển đổi số (DTI). Có thể tải số liệu từng chỉ số dưới dạng CSV."
    ),
}

FEEDBACK_PAGE = {
    "title": "Góp ý, đề xuất",
    "slug": "gop-y",
    "intro": (
        "<p>Người dân, doanh nghiệp, tổ chức có thể gửi đề xuất, góp ý, phản ánh về công tác cải cách hành chính "
        "của tỉnh. Ban biên tập tiếp nhận, chuyển cơ quan có thẩm quyền và trả lời; những câu hỏi, trả lời có ích "
        "cho nhiều người được công khai dưới đây, <b>không kèm thông tin cá nhân của người gửi</b>.</p>"
    ),
}

DOCUMENTS = [
    {
        "slug": "ke-hoach-18-kh-ubnd-2024",
        "title": "Kế hoạch số 18/KH-UBND về thông tin, tuyên truyền cải cách hành chính tỉnh Lào Cai năm 2024",
        "number": "18/KH-UBND",
        "kind": "plan",
        "issuer": "Ủy ban nhân dân tỉnh Lào Cai",
        "signer": "Trịnh Xuân Trường, Chủ tịch UBND tỉnh",
        "date_issued": "2024-01-15",
        "summary": "Kế hoạch thông tin, tuyên truyền cải cách hành chính tỉnh Lào Cai năm 2024.",
        "agency": "Ủy ban nhân dân tỉnh Lào Cai",
        "topics": ["1.1"],
        "tags": ["Kế hoạch 18/KH-UBND", "kế hoạch tuyên truyền"],
        "published": "2024-01-16",
        "related": ["lao-cai-ban-hanh-ke-hoach-tuyen-truyen-cchc-nam-2024"],
        "pdf": [
            "I. MỤC TIÊU, YÊU CẦU VÀ ĐỐI TƯỢNG",
            "Tăng cường thông tin, tuyên truyền nhằm nâng cao nhận thức, trách nhiệm tổ chức thực hiện cải cách "
            "hành chính của cán bộ, công chức, viên chức; nâng cao nhận thức, sự đồng thuận của người dân, tổ chức.",
            "II. NỘI DUNG, HÌNH THỨC THÔNG TIN, TUYÊN TRUYỀN",
            "Tám nhóm nội dung (1.1–1.8): chủ trương, chính sách về CCHC; ý nghĩa, kết quả CCHC; hạ tầng số, kinh tế "
            "số; các chỉ số PAR INDEX, SIPAS, PAPI, PCI, DTI; vai trò người đứng đầu; các hoạt động CCHC trọng tâm; "
            "kết quả chỉ số CCHC và SIPAS; sáng kiến, gương điển hình, đề xuất, góp ý của người dân.",
            "Hình thức: báo chí, Cổng thông tin điện tử của Ban Chỉ đạo CCHC tỉnh, mạng xã hội; tranh cổ động, tờ rơi, "
            "pa nô, áp phích; tập huấn, hội nghị; phóng sự, video clip, chuyên mục về cải cách hành chính.",
            "III. GIẢI PHÁP THỰC HIỆN",
            "Thành lập Ban biên tập Cổng thông tin điện tử của Ban Chỉ đạo cải cách hành chính tỉnh; xây dựng mạng "
            "lưới cộng tác viên đưa tin, bài về cải cách hành chính.",
            "IV. TỔ CHỨC THỰC HIỆN",
            "Sở Nội vụ chủ trì, định kỳ quý I, 6 tháng, quý III và năm tổng hợp báo cáo UBND tỉnh; Đài Phát thanh - "
            "Truyền hình tỉnh duy trì chuyên mục cải cách hành chính 01 số/tháng.",
        ],
    },
    {
        "slug": "ke-hoach-442-kh-ubnd-2023",
        "title": "Kế hoạch số 442/KH-UBND về triển khai công tác cải cách hành chính tỉnh Lào Cai năm 2024",
        "number": "442/KH-UBND",
        "kind": "plan",
        "issuer": "Ủy ban nhân dân tỉnh Lào Cai",
        "date_issued": "2023-12-28",
        "summary": "Kế hoạch triển khai công tác cải cách hành chính tỉnh Lào Cai năm 2024.",
        "agency": "Ủy ban nhân dân tỉnh Lào Cai",
        "topics": ["1.1", "1.6"],
        "tags": ["Kế hoạch 442/KH-UBND", "năm 2024"],
        "published": "2023-12-29",
        "related": ["ubnd-tinh-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2024"],
        "pdf": [
            "Kế hoạch xác định nhiệm vụ cải cách hành chính năm 2024 trên sáu lĩnh vực: thể chế, thủ tục hành chính, "
            "tổ chức bộ máy, chế độ công vụ, tài chính công, Chính phủ điện tử và Chính phủ số.",
            "Kinh phí thông tin, tuyên truyền cải cách hành chính năm 2024 thực hiện theo Kế hoạch này "
            "(Kế hoạch số 18/KH-UBND, mục IV.1).",
        ],
    },
    {
        "slug": "ke-hoach-329-kh-ubnd-2021",
        "title": (
            "Kế hoạch số 329/KH-UBND triển khai Nghị quyết số 76/NQ-CP và Đề án số 14-ĐA/TU về cải cách hành chính "
            "giai đoạn 2021–2025"
        ),
        "number": "329/KH-UBND",
        "kind": "plan",
        "issuer": "Ủy ban nhân dân tỉnh Lào Cai",
        "date_issued": "2021-08-18",
        "summary": (
            "Kế hoạch triển khai thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ và Đề án số 14-ĐA/TU "
            "ngày 11/12/2020 của Tỉnh ủy Lào Cai về cải cách hành chính trên địa bàn tỉnh Lào Cai, giai đoạn "
            "2021–2025."
        ),
        "agency": "Ủy ban nhân dân tỉnh Lào Cai",
        "topics": ["1.1"],
        "tags": ["Nghị quyết 76/NQ-CP", "Đề án 14-ĐA/TU"],
        "published": "2021-08-20",
        "pdf": [
            "Kế hoạch của UBND tỉnh Lào Cai cụ thể hóa Chương trình tổng thể cải cách hành chính nhà nước giai đoạn "
            "2021–2030 và Đề án cải cách hành chính của Tỉnh ủy cho giai đoạn 2021–2025.",
        ],
    },
    {
        "slug": "nghi-quyet-76-nq-cp-2021",
        "title": (
            "Nghị quyết số 76/NQ-CP ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030"
        ),
        "number": "76/NQ-CP",
        "kind": "resolution",
        "issuer": "Chính phủ",
        "date_issued": "2021-07-15",
        "summary": "Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030.",
        "agency": "Sở Nội vụ tỉnh Lào Cai",
        "topics": ["1.1"],
        "tags": ["Nghị quyết 76/NQ-CP"],
        "published": "2021-07-20",
        "pdf": [
            "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030 với sáu nội dung: cải cách thể "
            "chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy hành chính nhà nước; cải cách chế độ công vụ; "
            "cải cách tài chính công; xây dựng, phát triển Chính phủ điện tử, Chính phủ số.",
        ],
    },
    {
        "slug": "de-an-14-da-tu-2020",
        "title": "Đề án số 14-ĐA/TU về cải cách hành chính trên địa bàn tỉnh Lào Cai giai đoạn 2020–2025",
        "number": "14-ĐA/TU",
        "kind": "scheme",
        "issuer": "Tỉnh ủy Lào Cai",
        "date_issued": "2020-12-11",
        "summary": "Đề án về cải cách hành chính trên địa bàn tỉnh Lào Cai giai đoạn 2020–2025.",
        "agency": "Ban Tuyên giáo Tỉnh ủy Lào Cai",
        "topics": ["1.1"],
        "tags": ["Đề án 14-ĐA/TU"],
        "published": "2020-12-15",
        "pdf": [
            "Đề án của Tỉnh ủy Lào Cai về cải cách hành chính giai đoạn 2020–2025, căn cứ của các kế hoạch cải cách "
            "hành chính và kế hoạch tuyên truyền cải cách hành chính hằng năm của UBND tỉnh.",
        ],
    },
    {
        "slug": "de-an-08-da-tu-2020",
        "title": "Đề án số 08-ĐA/TU về phát triển công nghệ thông tin và truyền thông tỉnh Lào Cai giai đoạn 2020–2025",
        "number": "08-ĐA/TU",
        "kind": "scheme",
        "issuer": "Tỉnh ủy Lào Cai",
        "date_issued": "2020-12-11",
        "summary": "Đề án phát triển công nghệ, thông tin và truyền thông tỉnh Lào Cai giai đoạn 2020–2025.",
        "agency": "Sở Thông tin và Truyền thông tỉnh Lào Cai",
        "reform_area": "digital_government",
        "topics": ["1.3"],
        "tags": ["chuyển đổi số", "Đề án 08-ĐA/TU"],
        "published": "2020-12-15",
        "pdf": [
            "Đề án được Kế hoạch số 18/KH-UBND nêu trong nội dung tuyên truyền về xây dựng chính quyền điện tử, "
            "chính quyền số, chương trình chuyển đổi số và đô thị thông minh.",
        ],
    },
    {
        "slug": "nghi-dinh-42-2022-nd-cp",
        "title": (
            "Nghị định số 42/2022/NĐ-CP quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan "
            "nhà nước trên môi trường mạng"
        ),
        "number": "42/2022/NĐ-CP",
        "kind": "decree",
        "issuer": "Chính phủ",
        "date_issued": "2022-06-24",
        "effective_date": "2022-08-15",
        "summary": (
            "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng "
            "(thay thế Nghị định số 43/2011/NĐ-CP)."
        ),
        "agency": "Sở Thông tin và Truyền thông tỉnh Lào Cai",
        "reform_area": "digital_government",
        "topics": ["1.1", "1.3"],
        "tags": ["Nghị định 42/2022/NĐ-CP", "cổng thông tin điện tử"],
        "published": "2022-07-01",
        "pdf": [
            "Cổng thông tin điện tử của cơ quan nhà nước phải cung cấp văn bản quy phạm pháp luật và văn bản chỉ đạo, "
            "điều hành (hình thức, cơ quan ban hành, số, ký hiệu, ngày ban hành, trích yếu, tệp tải về), chiến lược, "
            "kế hoạch, thủ tục hành chính và dịch vụ công trực tuyến, thông tin liên hệ; có chức năng tìm kiếm, "
            "in ấn và lưu trữ từng tin, bài.",
        ],
    },
    {
        "slug": "minh-hoa-quyet-dinh-ban-bien-tap-cong-tt",
        "title": "(Minh họa) Quyết định thành lập Ban biên tập Cổng thông tin điện tử Ban Chỉ đạo CCHC tỉnh",
        "number": "MH-01/QĐ-BCĐ",
        "kind": "decision",
        "issuer": "Ban Chỉ đạo cải cách hành chính tỉnh Lào Cai",
        "date_issued": "2024-02-26",
        "summary": (
            "Văn bản minh họa cho bản trình diễn, không phải văn bản thật: thành lập Ban biên tập Cổng thông tin "
            "điện tử của Ban Chỉ đạo cải cách hành chính tỉnh theo mục III.3 Kế hoạch số 18/KH-UBND."
        ),
        "agency": "Sở Nội vụ tỉnh Lào Cai",
        "reform_area": "apparatus",
        "topics": ["1.2"],
        "tags": ["Ban biên tập", "văn bản minh họa"],
        "published": "2024-02-27",
        "pdf": [
            "VĂN BẢN MINH HỌA – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ.",
            "Thành lập Ban biên tập Cổng thông tin điện tử của Ban Chỉ đạo cải cách hành chính tỉnh; Ban biên tập "
            "xây dựng quy chế hoạt động của Cổng và mạng lưới cộng tác viên tại các sở, ban, ngành, huyện, xã.",
        ],
    },
    {
        "slug": "minh-hoa-bao-cao-tuyen-truyen-cchc-quy-i-2024",
        "title": "(Minh họa) Báo cáo kết quả thông tin, tuyên truyền cải cách hành chính quý I năm 2024",
        "number": "MH-02/BC-SNV",
        "kind": "report",
        "issuer": "Sở Nội vụ tỉnh Lào Cai",
        "date_issued": "2024-03-25",
        "summary": (
            "Văn bản minh họa cho bản trình diễn, không phải văn bản thật: báo cáo kết quả thông tin, tuyên truyền "
            "cải cách hành chính quý I năm 2024 theo mục IV.2.1 Kế hoạch số 18/KH-UBND."
        ),
        "agency": "Sở Nội vụ tỉnh Lào Cai",
        "topics": ["1.2"],
        "tags": ["báo cáo quý", "văn bản minh họa"],
        "published": "2024-03-26",
        "pdf": [
            "VĂN BẢN MINH HỌA – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ, SỐ LIỆU KHÔNG CÓ THẬT.",
            "Tổng hợp tin, bài, phóng sự, chuyên mục về cải cách hành chính của các cơ quan, đơn vị, địa phương trong "
            "quý I năm 2024; khó khăn, vướng mắc; nhiệm vụ quý II.",
        ],
    },
]

# The placeholder address of the demo videos: replace with the real episodes before going live.
PLACEHOLDER_VIDEO = "https://example.com/video/chuyen-muc-cchc-{slug}"

MEDIA = [
    {
        "slug": "chuyen-muc-cchc-thang-3-2024",
        "title": "Chuyên mục Cải cách hành chính tháng 3/2024: Bộ phận một cửa cấp xã",
        "kind": "tv_episode",
        "summary": (
            "Chuyên mục định kỳ trên sóng Đài Phát thanh - Truyền hình tỉnh (01 số/tháng theo Kế hoạch số "
            "18/KH-UBND): hoạt động của Bộ phận một cửa ở các xã vùng cao."
        ),
        "broadcast_date": "2024-03-28",
        "credit": "Đài Phát thanh - Truyền hình tỉnh Lào Cai",
        "agency": "Đài Phát thanh - Truyền hình tỉnh Lào Cai",
        "reform_area": "procedures",
        "topics": ["1.6"],
        "tags": ["chuyên mục truyền hình", "một cửa"],
        "published": "2024-03-29",
        "image_label": "Chuyên mục CCHC – tháng 3/2024",
        "description": [
            "Đường dẫn video trong bản trình diễn là đường dẫn giữ chỗ; khi vận hành, biên tập viên dán đường dẫn "
            "video của Đài Phát thanh - Truyền hình tỉnh để video hiện ngay trên trang."
        ],
    },
    {
        "slug": "chuyen-muc-cchc-thang-4-2024",
        "title": "Chuyên mục Cải cách hành chính tháng 4/2024: Dịch vụ công trực tuyến toàn trình",
        "kind": "tv_episode",
        "summary": "Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình và thanh toán phí, lệ phí không dùng tiền mặt.",
        "broadcast_date": "2024-04-25",
        "credit": "Đài Phát thanh - Truyền hình tỉnh Lào Cai",
        "agency": "Đài Phát thanh - Truyền hình tỉnh Lào Cai",
        "reform_area": "digital_government",
        "topics": ["1.3", "1.6"],
        "tags": ["chuyên mục truyền hình", "dịch vụ công trực tuyến"],
        "published": "2024-04-26",
        "image_label": "Chuyên mục CCHC – tháng 4/2024",
        "description": [],
    },
    {
        "slug": "video-nop-ho-so-truc-tuyen-tai-nha",
        "title": "Video: Nộp hồ sơ trực tuyến tại nhà trong 5 bước",
        "kind": "video",
        "summary": "Video clip ngắn hướng dẫn tạo tài khoản và nộp hồ sơ trên Cổng Dịch vụ công quốc gia.",
        "credit": "Trung tâm Phục vụ hành chính công tỉnh Lào Cai",
        "agency": "Trung tâm Phục vụ hành chính công tỉnh Lào Cai",
        "reform_area": "digital_government",
        "topics": ["1.3"],
        "tags": ["dịch vụ công trực tuyến", "video hướng dẫn"],
        "published": "2024-05-14",
        "image_label": "Nộp hồ sơ trực tuyến trong 5 bước",
        "description": [],
    },
    {
        "slug": "pa-no-cai-cach-hanh-chinh-vi-nhan-dan-phuc-vu",
        "title": "Pa nô: Cải cách hành chính – vì nhân dân phục vụ",
        "kind": "poster",
        "summary": "Mẫu pa nô khổ ngang dùng cho trụ sở UBND các xã, phường, thị trấn và Bộ phận một cửa.",
        "credit": "Sở Nội vụ tỉnh Lào Cai",
        "agency": "Sở Nội vụ tỉnh Lào Cai",
        "topics": ["1.2"],
        "tags": ["pa nô", "khẩu hiệu"],
        "published": "2024-02-20",
        "poster": {
            "headline": "CẢI CÁCH HÀNH CHÍNH",
            "lines": ["Vì nhân dân phục vụ", "Minh bạch – Hiện đại – Hiệu quả"],
            "palette": "red",
        },
        "description": [
            "Mẫu pa nô minh họa cho bản trình diễn. Các cơ quan, đơn vị tải tệp PDF để in theo khổ phù hợp."
        ],
    },
    {
        "slug": "ap-phich-nop-ho-so-truc-tuyen",
        "title": "Áp phích: Nộp hồ sơ trực tuyến – không phải đi lại",
        "kind": "poster",
        "summary": "Áp phích khuyến khích người dân dùng dịch vụ công trực tuyến toàn trình.",
        "credit": "Trung tâm Phục vụ hành chính công tỉnh Lào Cai",
        "agency": "Trung tâm Phục vụ hành chính công tỉnh Lào Cai",
        "reform_area": "digital_government",
        "topics": ["1.3"],
        "tags": ["áp phích", "dịch vụ công trực tuyến"],
        "published": "2024-06-11",
        "poster": {
            "headline": "NỘP HỒ SƠ TRỰC TUYẾN",
            "lines": ["Không phải đi lại", "dichvucong.gov.vn"],
            "palette": "blue",
        },
        "description": [],
    },
    {
        "slug": "to-roi-huong-dan-dich-vu-cong-truc-tuyen",
        "title": "Tờ rơi: Hướng dẫn sử dụng dịch vụ công trực tuyến",
        "kind": "leaflet",
        "summary": "Tờ rơi hai trang: các bước nộp hồ sơ, tra cứu kết quả và đánh giá mức độ hài lòng.",
        "credit": "Trung tâm Phục vụ hành chính công tỉnh Lào Cai",
        "agency": "Trung tâm Phục vụ hành chính công tỉnh Lào Cai",
        "reform_area": "procedures",
        "topics": ["1.6"],
        "tags": ["tờ rơi", "dịch vụ công trực tuyến"],
        "published": "2024-07-02",
        "poster": {
            "headline": "DỊCH VỤ CÔNG TRỰC TUYẾN",
            "lines": ["Hướng dẫn 5 bước", "Tra cứu – Đánh giá hài lòng"],
            "palette": "green",
        },
        "leaflet": [
            "1. Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử VNeID.",
            "2. Chọn thủ tục cần thực hiện, cơ quan giải quyết thuộc tỉnh Lào Cai.",
            "3. Điền tờ khai, đính kèm giấy tờ; nộp phí, lệ phí trực tuyến nếu có.",
            "4. Theo dõi tình trạng hồ sơ bằng mã hồ sơ được cấp.",
            "5. Nhận kết quả và đánh giá mức độ hài lòng về sự phục vụ.",
        ],
        "description": [],
    },
]

# PORTAL-REFERENCE.md §3, "Lào Cai — SAMPLE DATA". Sources as given there.
SOURCES = {
    "a": ("ddcilaocai.vn", "http://ddcilaocai.vn/tin-tuc/duy-tri-cai-thien-va-nang-cao-chi-so-cai-cach-hanh-chinh-cap-tinh-par-index-cua-tinh-lao-cai-nam-2020/"),
    "b": ("bqlkkt.laocai.gov.vn", "https://bqlkkt.laocai.gov.vn/1250/28226/39015/584562/tin-tuc-su-kien/chi-so-papi-2020-lao-cai-nam-trong-nhom-trung-binh-cao-cua-ca-nuoc"),
    "c": ("baotintuc.vn", "https://baotintuc.vn/infographics/sipas-2021-ninh-binh-tang-7-bac-xep-thu-12-20220527060605357.htm"),
    "d": ("qlqh.laocai.gov.vn", "http://qlqh.laocai.gov.vn/en/bai-viet/15431"),
    "e": ("baodantoc.vn", "https://chuongtrinhmtqg.baodantoc.vn/chuyen-doi-so-phai-lam-thuc-chat-khong-hinh-thuc-1683512672209.htm"),
    "f": ("baolaocai.vn", "https://baolaocai.vn/cong-bo-chi-so-nang-luc-canh-tranh-cap-tinh-pci-nam-2022-lao-cai-tang-14-bac-post367136.html"),
    "g": ("dti.gov.vn", "https://dti.gov.vn/xep-hang-2022"),
    "h": ("vietnam.vn", "https://www.vietnam.vn/ja/lao-cai-dung-thu-6-toan-quoc-chi-so-hai-long-ve-su-phuc-vu-hanh-chinh-nam-2023"),
    "i": ("vietnam.vn (dẫn nhandan.vn)", "https://www.vietnam.vn/ru/lao-cai-xep-thu-23-63-tinh-ve-chi-so-nang-luc-canh-tranh-cap-tinh"),
    "j": ("baolaocai.vn", "https://baolaocai.vn/lao-cai-xep-thu-26-ve-chi-so-cai-cach-hanh-chinh-par-index-nam-2024-post399806.html"),
    "k": ("doingoailaocai.vn", "https://www.doingoailaocai.vn/vi/bai-viet/24284"),
}  # fmt: skip

# (index, year, score, unit, rank, out_of, source, note)
INDEX_SCORES = [
    ("par-index", 2019, "82.85", "%", 15, 63, "a", ""),
    ("par-index", 2020, None, "%", 14, 63, "c", "Thứ hạng suy ra từ nguồn, chưa có điểm."),
    ("par-index", 2021, "88.44", "%", 11, 63, "c", ""),
    ("par-index", 2022, None, "%", 11, 63, "e", ""),
    ("par-index", 2023, "90.60", "%", 7, 63, "h", ""),
    ("par-index", 2024, "89.03", "%", 26, 63, "j", ""),
    ("sipas", 2022, None, "%", 9, 63, "e", "Nguồn [h] ngụ ý thứ 11 năm 2022 («tăng 5 bậc năm 2023»): cần đối chiếu."),
    ("sipas", 2023, "88.76", "%", 6, 63, "h", ""),
    ("sipas", 2024, "84.92", "%", 19, 63, "j", ""),
    ("papi", 2019, "45.04", "điểm/80", 13, 63, "b", ""),
    ("papi", 2020, "42.96", "điểm/80", 27, 63, "b", ""),
    ("pci", 2021, "64.93", "điểm/100", 25, 63, "d", ""),
    ("pci", 2022, "68.20", "điểm/100", 11, 63, "f", ""),
    ("pci", 2023, "67.38", "điểm/100", 26, 63, "i", ""),
    ("pci", 2024, "68.56", "điểm/100", 23, 63, "i", ""),
    ("dti", 2022, None, "", 38, 63, "g", ""),
    ("dti", 2024, "0.7167", "thang 0–1", 14, 34, "k", "Xếp hạng trên 34 tỉnh, thành phố sau sắp xếp năm 2025."),
]

# Statuses as the moderation services leave them; dates ISO; `topic` a TopicIndexPage code, `agency` a name.
FEEDBACK = [
    {
        "title": "Đề nghị nhắn tin báo trước khi trả kết quả hồ sơ đất đai",
        "text": (
            "Tôi nộp hồ sơ cấp đổi Giấy chứng nhận quyền sử dụng đất tại Bộ phận một cửa huyện, đến ngày hẹn lên "
            "nhận thì hồ sơ chưa xong, phải đi lại hai lần. Đề nghị cơ quan nhắn tin báo trước khi trả kết quả để "
            "người dân ở xa đỡ tốn công đi lại."
        ),
        "name": "Người dân huyện Bát Xát (minh họa)",
        "email": "nguoidan.batxat@example.com",
        "status": "published",
        "topic": "1.6",
        "agency": "UBND huyện Bát Xát",
        "submitted": "2024-03-04",
        "answer": (
            "Cảm ơn ông/bà đã góp ý. Từ tháng 4/2024, Bộ phận một cửa huyện Bát Xát gửi tin nhắn thông báo tình "
            "trạng hồ sơ qua số điện thoại người nộp để lại, và thông báo trước ít nhất 01 ngày làm việc khi hồ sơ "
            "có kết quả hoặc phải gia hạn. Người dân cũng có thể tra cứu bằng mã hồ sơ trên Cổng Dịch vụ công."
        ),
        "answered": "2024-03-12",
    },
    {
        "title": "Hỏi về việc nộp lệ phí trực tuyến khi làm thủ tục hộ tịch",
        "text": (
            "Khi đăng ký khai sinh trực tuyến cho con, tôi có phải lên xã để nộp lệ phí không hay thanh toán trên "
            "mạng được? Nếu thanh toán trên mạng thì dùng những cách nào?"
        ),
        "name": "",
        "email": "phuhuynh@example.com",
        "status": "published",
        "topic": "1.3",
        "agency": "Sở Tư pháp tỉnh Lào Cai",
        "submitted": "2024-04-10",
        "answer": (
            "Đăng ký khai sinh đúng hạn được miễn lệ phí. Với các thủ tục hộ tịch có lệ phí, người dân có thể "
            "thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia bằng tài khoản ngân hàng, ví điện tử hoặc thẻ; "
            "không phải lên trụ sở UBND xã để nộp."
        ),
        "answered": "2024-04-15",
    },
    {
        "title": "Góp ý bố trí ghế chờ và nước uống tại Bộ phận một cửa xã",
        "text": (
            "Bộ phận một cửa của xã vào các ngày phiên chợ rất đông, người già phải đứng chờ lâu. Đề nghị bố trí "
            "thêm ghế chờ, nước uống và số thứ tự để người dân không phải chen nhau."
        ),
        "name": "Người dân huyện Bắc Hà (minh họa)",
        "email": "nguoidan.bacha@example.com",
        "status": "published",
        "topic": "1.8",
        "agency": "UBND huyện Bắc Hà",
        "submitted": "2024-05-20",
        "answer": (
            "UBND huyện Bắc Hà tiếp thu ý kiến; đã chỉ đạo UBND thị trấn Bắc Hà và các xã có chợ phiên bố trí thêm "
            "ghế chờ, nước uống, máy lấy số thứ tự và tăng cường công chức tiếp nhận vào ngày phiên chợ."
        ),
        "answered": "2024-06-03",
    },
    {
        "title": "Đề xuất hướng dẫn dịch vụ công bằng tiếng dân tộc",
        "text": (
            "Nhiều bà con người Mông, người Dao ở thôn tôi chưa đọc thạo tiếng phổ thông. Đề xuất làm video, tờ rơi "
            "hướng dẫn dịch vụ công trực tuyến bằng tiếng dân tộc và phát trên loa truyền thanh thôn."
        ),
        "name": "",
        "email": "thonban@example.com",
        "status": "answered",
        "topic": "1.3",
        "agency": "Sở Thông tin và Truyền thông tỉnh Lào Cai",
        "submitted": "2024-06-18",
        "answer": (
            "Sở Thông tin và Truyền thông ghi nhận đề xuất và đang phối hợp với Đài Phát thanh - Truyền hình tỉnh "
            "xây dựng các bản tin hướng dẫn bằng tiếng Mông, tiếng Dao trong năm 2024."
        ),
        "answered": "2024-06-28",
    },
    {
        "title": "Thời gian giải quyết thủ tục cấp phép xây dựng nhà ở",
        "text": (
            "Tôi muốn hỏi thời gian giải quyết thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ tại thành phố Lào Cai "
            "là bao nhiêu ngày, và có nộp trực tuyến được không?"
        ),
        "name": "Người dân thành phố Lào Cai (minh họa)",
        "email": "xaydung.hoi@example.com",
        "status": "answered",
        "topic": "1.6",
        "agency": "UBND thành phố Lào Cai",
        "submitted": "2024-08-05",
        "answer": (
            "Thủ tục được tiếp nhận trực tuyến trên Cổng Dịch vụ công; thời hạn giải quyết theo quy định là 15 ngày "
            "kể từ ngày nhận đủ hồ sơ hợp lệ. Bộ phận một cửa thành phố sẽ liên hệ để hướng dẫn cụ thể."
        ),
        "answered": "2024-08-09",
    },
    {
        "title": "Đề nghị công khai kết quả khảo sát mức độ hài lòng từng xã",
        "text": (
            "Tôi đề nghị Cổng công bố kết quả khảo sát mức độ hài lòng của người dân với từng Bộ phận một cửa cấp "
            "xã để các xã thi đua và người dân theo dõi."
        ),
        "name": "",
        "email": "khaosat.gopy@example.com",
        "status": "new",
        "topic": "1.7",
        "agency": "Sở Nội vụ tỉnh Lào Cai",
        "submitted": "2024-09-12",
    },
    {
        "title": "Phản ánh đường truyền chậm khi nộp hồ sơ trực tuyến buổi tối",
        "text": (
            "Buổi tối tôi nộp hồ sơ trực tuyến thì trang tải rất chậm, tải tệp đính kèm nhiều lần mới được. Đề nghị "
            "kiểm tra lại hệ thống."
        ),
        "name": "Doanh nghiệp tại Khu kinh tế (minh họa)",
        "email": "doanhnghiep@example.com",
        "status": "new",
        "topic": "1.3",
        "agency": "",
        "submitted": "2024-10-02",
    },
    {
        "title": "Quảng cáo dịch vụ làm hồ sơ",
        "text": "Nhận làm hồ sơ nhanh mọi thủ tục, không cần đi lại, liên hệ ngay để được giá tốt nhất hôm nay.",
        "name": "",
        "email": "quangcao@example.com",
        "status": "rejected",
        "topic": "1.8",
        "agency": "",
        "submitted": "2024-10-20",
        "note": "Quảng cáo, không phải góp ý: không công khai.",
    },
]
