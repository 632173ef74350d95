"""Nội dung mẫu (demo) cho Cổng thông tin điện tử Ban Chỉ đạo cải cách hành chính tỉnh Lào Cai.

Dữ liệu Python thuần, không phụ thuộc Django; được lệnh ``manage.py setup_portal`` nạp vào.

LƯU Ý: toàn bộ tin bài, mô hình, gương điển hình, số liệu và thông tin liên hệ dưới đây
là dữ liệu MINH HỌA để trình diễn cổng thông tin. Họ tên cán bộ là hư cấu; các câu trích dẫn
chỉ ghi theo chức danh, không gán cho người thật. Riêng kết quả PAR INDEX 2023 (90,60%,
xếp thứ 7/63) và SIPAS 2023 (88,76%, xếp thứ 6/63) của tỉnh Lào Cai là số liệu đã được
Ban Chỉ đạo cải cách hành chính của Chính phủ công bố ngày 17/4/2024.

Quy ước:
- Chuỗi văn bản tiếng Việt ở dạng Unicode NFC.
- ``published``: ngày dạng ISO "YYYY-MM-DD".
- ``body``: danh sách; mỗi phần tử là một đoạn văn (chuỗi thuần, không HTML) hoặc
  dict {"quote": ..., "attribution": ...} cho một trích dẫn.
- ``agency`` tham chiếu đúng trường ``name`` trong AGENCIES.
- ``topic`` / ``topics`` tham chiếu trường ``code`` trong TOPICS.
"""

HOME_INTRO = (
    "Cổng thông tin điện tử của Ban Chỉ đạo cải cách hành chính tỉnh Lào Cai cập nhật chủ trương, kết quả và những "
    "cách làm hay trong cải cách hành chính, đồng thời là nơi người dân, doanh nghiệp gửi góp ý, phản ánh để xây dựng "
    "một nền hành chính phục vụ, minh bạch, hiện đại."
)

# Các nhóm nội dung tuyên truyền theo mục II.1 của Kế hoạch số 18/KH-UBND ngày 15/01/2024.
TOPICS = [
    {
        "code": "1.1",
        "slug": "chu-truong-chinh-sach",
        "title": "Chủ trương, chính sách về CCHC",
        "nav_title": "Chính sách CCHC",
        "intro": (
            "Quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành chính và các văn bản "
            "chỉ đạo, kế hoạch của tỉnh Lào Cai."
        ),
    },
    {
        "code": "1.2",
        "slug": "ket-qua-cai-cach-hanh-chinh",
        "title": "Ý nghĩa, kết quả cải cách hành chính và thủ tục hành chính trên môi trường điện tử",
        "nav_title": "Kết quả CCHC",
        "intro": (
            "Tầm quan trọng, mục tiêu và tác động của cải cách hành chính đối với phát triển kinh tế - xã hội; kết quả "
            "thực hiện của tỉnh và việc giải quyết thủ tục hành chính trên môi trường điện tử."
        ),
    },
    {
        "code": "1.3",
        "slug": "chuyen-doi-so",
        "title": "Hạ tầng số, kinh tế số, xã hội số và kỹ năng số",
        "nav_title": "Chuyển đổi số",
        "intro": (
            "Phát triển hạ tầng số, nền tảng số, thanh toán không dùng tiền mặt và nguồn nhân lực có kỹ năng số trên "
            "địa bàn tỉnh."
        ),
    },
    {
        "code": "1.4",
        "slug": "cac-chi-so",
        "title": "Các chỉ số PAR INDEX, SIPAS, PAPI, PCI, DTI của tỉnh",
        "nav_title": "Các chỉ số",
        "intro": (
            "Thông tin về các bộ chỉ số đánh giá cải cách hành chính, hiệu quả quản trị, năng lực cạnh tranh và chuyển "
            "đổi số của tỉnh Lào Cai qua từng năm."
        ),
    },
    {
        "code": "1.5",
        "slug": "vai-tro-nguoi-dung-dau",
        "title": "Vai trò, trách nhiệm của người đứng đầu trong cải cách hành chính",
        "nav_title": "Người đứng đầu",
        "intro": (
            "Vai trò, trách nhiệm của người đứng đầu các cơ quan, đơn vị, địa phương trong lãnh đạo, chỉ đạo và tổ "
            "chức thực hiện nhiệm vụ cải cách hành chính."
        ),
    },
    {
        "code": "1.6",
        "slug": "nhiem-vu-trong-tam",
        "title": "Các hoạt động cải cách hành chính trọng tâm của tỉnh",
        "nav_title": "Nhiệm vụ CCHC",
        "intro": (
            "Xây dựng văn bản quy phạm pháp luật, kiểm soát thủ tục hành chính, cơ chế một cửa, một cửa liên thông, "
            "dịch vụ công trực tuyến toàn trình, tổ chức bộ máy, công vụ, tự chủ tài chính và chính quyền số."
        ),
    },
    {
        "code": "1.7",
        "slug": "ket-qua-par-index-sipas",
        "title": "Kết quả Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân",
        "nav_title": "PAR INDEX, SIPAS",
        "intro": (
            "Tình hình triển khai và kết quả Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng của người dân, tổ "
            "chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)."
        ),
    },
    {
        "code": "1.8",
        "slug": "sang-kien-guong-dien-hinh",
        "title": "Sáng kiến, mô hình hay, gương điển hình và ý kiến người dân",
        "nav_title": "Sáng kiến CCHC",
        "intro": (
            "Sáng kiến, mô hình mới, cách làm hay trong cải cách hành chính; tấm gương cán bộ, công chức, viên chức "
            "tận tụy phục vụ nhân dân; đề xuất, góp ý của tổ chức, doanh nghiệp và người dân."
        ),
    },
]

# Sáu lĩnh vực cải cách hành chính (phân loại thứ hai cho mọi trang).
REFORM_AREAS = [
    ("institutions", "Cải cách thể chế"),
    ("procedures", "Cải cách thủ tục hành chính"),
    ("apparatus", "Cải cách tổ chức bộ máy hành chính nhà nước"),
    ("civil_service", "Cải cách chế độ công vụ"),
    ("public_finance", "Cải cách tài chính công"),
    ("digital_government", "Xây dựng, phát triển Chính phủ điện tử, Chính phủ số"),
]

# Cơ quan, đơn vị, địa phương (theo địa giới hành chính năm 2024).
# LƯU Ý: địa chỉ, số điện thoại tổng đài, thư điện tử và trang thông tin ở đây là DỮ LIỆU MINH HỌA
# cho bản trình diễn (chỉ là đầu mối văn phòng, không có số điện thoại cá nhân);
# cần thay bằng thông tin chính thức do từng cơ quan cung cấp trước khi vận hành thật.
_KHU_HC = "Khu Hành chính tập trung tỉnh, đại lộ Trần Hưng Đạo, phường Nam Cường, thành phố Lào Cai"

AGENCIES = [
    # --- Cấp tỉnh ---
    {
        "name": "Ủy ban nhân dân tỉnh Lào Cai",
        "short_name": "UBND tỉnh Lào Cai",
        "kind": "province",
        "parent": None,
        "address": "Khối 1, " + _KHU_HC,
        "phone": "0214 3840 001",
        "email": "ubnd@laocai.gov.vn",
        "website": "https://laocai.gov.vn",
    },
    {
        "name": "Ban Chỉ đạo cải cách hành chính tỉnh Lào Cai",
        "short_name": "Ban Chỉ đạo CCHC tỉnh",
        "kind": "province",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Khối 2, " + _KHU_HC,
        "phone": "0214 3840 010",
        "email": "bcdcchc@laocai.gov.vn",
        "website": "https://cchc.laocai.gov.vn",
    },
    # --- Sở, ban, ngành thuộc tỉnh ---
    {
        "name": "Sở Nội vụ tỉnh Lào Cai",
        "short_name": "Sở Nội vụ",
        "kind": "department",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Khối 2, " + _KHU_HC,
        "phone": "0214 3840 011",
        "email": "sonoivu@laocai.gov.vn",
        "website": "https://sonoivu.laocai.gov.vn",
    },
    {
        "name": "Sở Thông tin và Truyền thông tỉnh Lào Cai",
        "short_name": "Sở TT&TT",
        "kind": "department",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Khối 5, " + _KHU_HC,
        "phone": "0214 3840 021",
        "email": "sotttt@laocai.gov.vn",
        "website": "https://sotttt.laocai.gov.vn",
    },
    {
        "name": "Sở Tư pháp tỉnh Lào Cai",
        "short_name": "Sở Tư pháp",
        "kind": "department",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Khối 3, " + _KHU_HC,
        "phone": "0214 3840 031",
        "email": "sotuphap@laocai.gov.vn",
        "website": "https://sotuphap.laocai.gov.vn",
    },
    {
        "name": "Sở Kế hoạch và Đầu tư tỉnh Lào Cai",
        "short_name": "Sở KH&ĐT",
        "kind": "department",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Khối 4, " + _KHU_HC,
        "phone": "0214 3840 041",
        "email": "sokhdt@laocai.gov.vn",
        "website": "https://sokhdt.laocai.gov.vn",
    },
    {
        "name": "Sở Tài chính tỉnh Lào Cai",
        "short_name": "Sở Tài chính",
        "kind": "department",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Khối 4, " + _KHU_HC,
        "phone": "0214 3840 051",
        "email": "sotaichinh@laocai.gov.vn",
        "website": "https://sotaichinh.laocai.gov.vn",
    },
    {
        "name": "Sở Tài nguyên và Môi trường tỉnh Lào Cai",
        "short_name": "Sở TN&MT",
        "kind": "department",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Khối 6, " + _KHU_HC,
        "phone": "0214 3840 061",
        "email": "sotnmt@laocai.gov.vn",
        "website": "https://sotnmt.laocai.gov.vn",
    },
    {
        "name": "Sở Xây dựng tỉnh Lào Cai",
        "short_name": "Sở Xây dựng",
        "kind": "department",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Khối 6, " + _KHU_HC,
        "phone": "0214 3840 071",
        "email": "soxaydung@laocai.gov.vn",
        "website": "https://soxaydung.laocai.gov.vn",
    },
    {
        "name": "Văn phòng Ủy ban nhân dân tỉnh Lào Cai",
        "short_name": "Văn phòng UBND tỉnh",
        "kind": "department",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Khối 1, " + _KHU_HC,
        "phone": "0214 3840 081",
        "email": "vpubnd@laocai.gov.vn",
        "website": "https://vpubnd.laocai.gov.vn",
    },
    {
        "name": "Trung tâm Phục vụ hành chính công tỉnh Lào Cai",
        "short_name": "Trung tâm PVHCC tỉnh",
        "kind": "department",
        "parent": "Văn phòng Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Khối 9, " + _KHU_HC,
        "phone": "0214 3840 091",
        "email": "hanhchinhcong@laocai.gov.vn",
        "website": "https://dichvucong.laocai.gov.vn",
    },
    {
        "name": "Công an tỉnh Lào Cai",
        "short_name": "Công an tỉnh",
        "kind": "department",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai",
        "phone": "0214 3840 101",
        "email": "congan@laocai.gov.vn",
        "website": "https://congan.laocai.gov.vn",
    },
    {
        "name": "Sở Giáo dục và Đào tạo tỉnh Lào Cai",
        "short_name": "Sở GD&ĐT",
        "kind": "department",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Khối 7, " + _KHU_HC,
        "phone": "0214 3840 111",
        "email": "sogddt@laocai.gov.vn",
        "website": "https://sogddt.laocai.gov.vn",
    },
    {
        "name": "Sở Y tế tỉnh Lào Cai",
        "short_name": "Sở Y tế",
        "kind": "department",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Khối 7, " + _KHU_HC,
        "phone": "0214 3840 121",
        "email": "soyte@laocai.gov.vn",
        "website": "https://soyte.laocai.gov.vn",
    },
    {
        "name": "Sở Lao động - Thương binh và Xã hội tỉnh Lào Cai",
        "short_name": "Sở LĐ-TB&XH",
        "kind": "department",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Khối 8, " + _KHU_HC,
        "phone": "0214 3840 131",
        "email": "soldtbxh@laocai.gov.vn",
        "website": "https://soldtbxh.laocai.gov.vn",
    },
    {
        "name": "Ban Quản lý Khu kinh tế tỉnh Lào Cai",
        "short_name": "BQL Khu kinh tế",
        "kind": "department",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Khối 8, " + _KHU_HC,
        "phone": "0214 3840 141",
        "email": "bqlkkt@laocai.gov.vn",
        "website": "https://bqlkkt.laocai.gov.vn",
    },
    {
        "name": "Ban Tuyên giáo Tỉnh ủy Lào Cai",
        "short_name": "Ban Tuyên giáo Tỉnh ủy",
        "kind": "department",
        "parent": None,  # cơ quan tham mưu của Tỉnh ủy, không trực thuộc UBND tỉnh
        "address": "Khối 10, " + _KHU_HC,
        "phone": "0214 3840 151",
        "email": "bantuyengiao@laocai.gov.vn",
        "website": "https://tuyengiao.laocai.gov.vn",
    },
    # --- Cấp huyện (9 đơn vị hành chính cấp huyện năm 2024) ---
    {
        "name": "UBND thành phố Lào Cai",
        "short_name": "TP. Lào Cai",
        "kind": "district",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Đường Hoàng Liên, phường Kim Tân, thành phố Lào Cai",
        "phone": "0214 3840 201",
        "email": "ubndtp@laocai.gov.vn",
        "website": "https://thanhpho.laocai.gov.vn",
    },
    {
        "name": "UBND thị xã Sa Pa",
        "short_name": "Sa Pa",
        "kind": "district",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Đường Xuân Viên, phường Sa Pa, thị xã Sa Pa",
        "phone": "0214 3871 201",
        "email": "ubndsapa@laocai.gov.vn",
        "website": "https://sapa.laocai.gov.vn",
    },
    {
        "name": "UBND huyện Bát Xát",
        "short_name": "Bát Xát",
        "kind": "district",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Thị trấn Bát Xát, huyện Bát Xát",
        "phone": "0214 3883 201",
        "email": "ubndbatxat@laocai.gov.vn",
        "website": "https://batxat.laocai.gov.vn",
    },
    {
        "name": "UBND huyện Bảo Thắng",
        "short_name": "Bảo Thắng",
        "kind": "district",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Thị trấn Phố Lu, huyện Bảo Thắng",
        "phone": "0214 3862 201",
        "email": "ubndbaothang@laocai.gov.vn",
        "website": "https://baothang.laocai.gov.vn",
    },
    {
        "name": "UBND huyện Bảo Yên",
        "short_name": "Bảo Yên",
        "kind": "district",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Thị trấn Phố Ràng, huyện Bảo Yên",
        "phone": "0214 3876 201",
        "email": "ubndbaoyen@laocai.gov.vn",
        "website": "https://baoyen.laocai.gov.vn",
    },
    {
        "name": "UBND huyện Bắc Hà",
        "short_name": "Bắc Hà",
        "kind": "district",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Thị trấn Bắc Hà, huyện Bắc Hà",
        "phone": "0214 3880 201",
        "email": "ubndbacha@laocai.gov.vn",
        "website": "https://bacha.laocai.gov.vn",
    },
    {
        "name": "UBND huyện Mường Khương",
        "short_name": "Mường Khương",
        "kind": "district",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Thị trấn Mường Khương, huyện Mường Khương",
        "phone": "0214 3881 201",
        "email": "ubndmuongkhuong@laocai.gov.vn",
        "website": "https://muongkhuong.laocai.gov.vn",
    },
    {
        "name": "UBND huyện Si Ma Cai",
        "short_name": "Si Ma Cai",
        "kind": "district",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Thị trấn Si Ma Cai, huyện Si Ma Cai",
        "phone": "0214 3796 201",
        "email": "ubndsimacai@laocai.gov.vn",
        "website": "https://simacai.laocai.gov.vn",
    },
    {
        "name": "UBND huyện Văn Bàn",
        "short_name": "Văn Bàn",
        "kind": "district",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Thị trấn Khánh Yên, huyện Văn Bàn",
        "phone": "0214 3886 201",
        "email": "ubndvanban@laocai.gov.vn",
        "website": "https://vanban.laocai.gov.vn",
    },
    # --- Cấp xã (một số xã, phường, thị trấn tiêu biểu) ---
    {
        "name": "UBND phường Cốc Lếu",
        "short_name": "Phường Cốc Lếu",
        "kind": "commune",
        "parent": "UBND thành phố Lào Cai",
        "address": "Phường Cốc Lếu, thành phố Lào Cai",
        "phone": "0214 3840 301",
        "email": "cocleu.tplc@laocai.gov.vn",
        "website": "https://cocleu.thanhpho.laocai.gov.vn",
    },
    {
        "name": "UBND xã Tả Van",
        "short_name": "Xã Tả Van",
        "kind": "commune",
        "parent": "UBND thị xã Sa Pa",
        "address": "Xã Tả Van, thị xã Sa Pa",
        "phone": "0214 3871 301",
        "email": "tavan.sapa@laocai.gov.vn",
        "website": "https://tavan.sapa.laocai.gov.vn",
    },
    {
        "name": "UBND xã Bản Phiệt",
        "short_name": "Xã Bản Phiệt",
        "kind": "commune",
        "parent": "UBND huyện Bảo Thắng",
        "address": "Xã Bản Phiệt, huyện Bảo Thắng",
        "phone": "0214 3862 301",
        "email": "banphiet.baothang@laocai.gov.vn",
        "website": "https://banphiet.baothang.laocai.gov.vn",
    },
    {
        "name": "UBND thị trấn Bắc Hà",
        "short_name": "Thị trấn Bắc Hà",
        "kind": "commune",
        "parent": "UBND huyện Bắc Hà",
        "address": "Thị trấn Bắc Hà, huyện Bắc Hà",
        "phone": "0214 3880 301",
        "email": "thitran.bacha@laocai.gov.vn",
        "website": "https://thitran.bacha.laocai.gov.vn",
    },
    {
        "name": "UBND xã Sín Chéng",
        "short_name": "Xã Sín Chéng",
        "kind": "commune",
        "parent": "UBND huyện Si Ma Cai",
        "address": "Xã Sín Chéng, huyện Si Ma Cai",
        "phone": "0214 3796 301",
        "email": "sincheng.simacai@laocai.gov.vn",
        "website": "https://sincheng.simacai.laocai.gov.vn",
    },
    {
        "name": "UBND xã Võ Lao",
        "short_name": "Xã Võ Lao",
        "kind": "commune",
        "parent": "UBND huyện Văn Bàn",
        "address": "Xã Võ Lao, huyện Văn Bàn",
        "phone": "0214 3886 301",
        "email": "volao.vanban@laocai.gov.vn",
        "website": "https://volao.vanban.laocai.gov.vn",
    },
    # --- Cơ quan báo chí ---
    {
        "name": "Báo Lào Cai",
        "short_name": "Báo Lào Cai",
        "kind": "press",
        "parent": None,
        "address": "Đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai",
        "phone": "0214 3840 401",
        "email": "toasoan.baolaocai@laocai.gov.vn",
        "website": "https://baolaocai.vn",
    },
    {
        "name": "Đài Phát thanh - Truyền hình tỉnh Lào Cai",
        "short_name": "Đài PT-TH Lào Cai",
        "kind": "press",
        "parent": "Ủy ban nhân dân tỉnh Lào Cai",
        "address": "Đường Trần Hưng Đạo, phường Nam Cường, thành phố Lào Cai",
        "phone": "0214 3840 411",
        "email": "daiptth@laocai.gov.vn",
        "website": "https://laocaitv.vn",
    },
]

# Thông tin chân trang. Địa chỉ, điện thoại, giấy phép: DỮ LIỆU MINH HỌA.
# Giao diện tự thêm nhãn "Cơ quan thường trực:", "Chịu trách nhiệm nội dung:", "Giấy phép:" trước giá trị.
COMMITTEE_CONTACT = {
    "name": "Ban Chỉ đạo cải cách hành chính tỉnh Lào Cai",
    "standing_body": "Sở Nội vụ tỉnh Lào Cai",
    "standing_body_label": "Cơ quan thường trực",
    "address": "Khối 2, " + _KHU_HC,
    "phone": "0214 3840 010",
    "email": "bcdcchc@laocai.gov.vn",
    "website": "https://cchc.laocai.gov.vn",
    "responsible": "Giám đốc Sở Nội vụ tỉnh Lào Cai, Trưởng Ban biên tập",
    "licence": "Số 01/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Lào Cai cấp (thông tin minh họa)",
    "note": (
        "Ghi rõ nguồn \u201cCổng thông tin điện tử Ban Chỉ đạo cải cách hành chính tỉnh Lào Cai\u201d khi phát hành "
        "lại thông tin từ cổng này."
    ),
}

# Tin bài mẫu. Số liệu trong tin bài mang tính minh họa, trừ kết quả PAR INDEX/SIPAS 2023 đã công bố.
ARTICLES = [
    # ---------------------------------------------------------------- 1.1
    {
        "slug": "lao-cai-ban-hanh-ke-hoach-tuyen-truyen-cchc-nam-2024",
        "title": "Lào Cai ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2024",
        "summary": (
            "Ngày 15/01/2024, UBND tỉnh Lào Cai ban hành Kế hoạch số 18/KH-UBND, xác định 8 nhóm nội dung trọng tâm và "
            "nhiều hình thức tuyên truyền phù hợp với từng nhóm đối tượng, từ cán bộ, công chức đến người dân vùng "
            "cao."
        ),
        "topic": "1.1",
        "topics": ["1.2"],
        "reform_area": "institutions",
        "agency": "Sở Nội vụ tỉnh Lào Cai",
        "byline": "Minh Anh (Sở Nội vụ)",
        "published": "2024-01-18",
        "tags": ["cải cách hành chính", "kế hoạch tuyên truyền", "Kế hoạch 18/KH-UBND", "Sở Nội vụ"],
        "image_alt": (
            "Hội nghị triển khai công tác thông tin, tuyên truyền cải cách hành chính với đại biểu các sở, ngành ngồi "
            "trong hội trường"
        ),
        "image_caption": (
            "Kế hoạch năm 2024 đặt yêu cầu tuyên truyền kịp thời, đầy đủ, thường xuyên, liên tục và đa chiều (ảnh minh "
            "họa)."
        ),
        "body": [
            "Kế hoạch được ban hành nhằm thực hiện Đề án số 14-ĐA/TU ngày 11/12/2020 của Tỉnh ủy Lào Cai về cải cách "
            "hành chính trên địa bàn tỉnh giai đoạn 2020–2025; Kế hoạch số 329/KH-UBND ngày 18/8/2021 của UBND tỉnh "
            "triển khai Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; và Kế hoạch số 442/KH-UBND ngày "
            "28/12/2023 về triển khai công tác cải cách hành chính của tỉnh năm 2024.",
            "Mục tiêu chung là tăng cường thông tin, tuyên truyền để nâng cao nhận thức, trách nhiệm tổ chức thực hiện "
            "cải cách hành chính của cán bộ quản lý từ tỉnh đến cơ sở và của đội ngũ cán bộ, công chức, viên chức "
            "trong thực thi công vụ; đồng thời tạo sự đồng thuận của người dân, tổ chức và toàn xã hội đối với các mục "
            "tiêu, nhiệm vụ cải cách hành chính nhà nước.",
            "Kế hoạch xác định 8 nhóm nội dung trọng tâm: từ chủ trương của Đảng, chính sách, pháp luật của Nhà nước; "
            "kết quả cải cách hành chính của tỉnh; phát triển hạ tầng số, thanh toán không dùng tiền mặt; các chỉ số "
            "PAR INDEX, SIPAS, PAPI, PCI, DTI; vai trò của người đứng đầu; đến các nhiệm vụ trọng tâm như kiểm soát "
            "thủ tục hành chính, cơ chế một cửa, một cửa liên thông và dịch vụ công trực tuyến toàn trình trong các "
            "lĩnh vực đất đai, xây dựng, đầu tư, tài chính công.",
            "Về hình thức, bên cạnh báo chí, Cổng thông tin điện tử của Ban Chỉ đạo cải cách hành chính tỉnh và mạng "
            "xã hội, các cơ quan, địa phương được yêu cầu sử dụng tranh cổ động, sân khấu hóa, chiếu phim lưu động, tờ "
            "rơi, pa nô, áp phích; lồng ghép tuyên truyền trong các buổi họp thôn, tổ dân phố và xây dựng phóng sự, "
            "video clip, chuyên mục về cải cách hành chính.",
            {
                "quote": (
                    "Tuyên truyền phải đi trước một bước, đến đúng đối tượng và bằng cách nói gần gũi nhất với người "
                    "dân, nhất là đồng bào ở vùng cao, vùng sâu."
                ),
                "attribution": "Lãnh đạo Sở Nội vụ tỉnh Lào Cai",
            },
            "Sở Nội vụ được giao chủ trì, hướng dẫn, kiểm tra và tổng hợp kết quả định kỳ quý I, 6 tháng, quý III và "
            "cả năm. Sở Thông tin và Truyền thông hướng dẫn các cơ quan báo chí, hệ thống truyền thanh cơ sở và thẩm "
            "định nội dung tuyên truyền; Báo Lào Cai duy trì chuyên trang, chuyên mục; Đài Phát thanh - Truyền hình "
            "tỉnh phát sóng chuyên mục cải cách hành chính định kỳ mỗi tháng một số. Kế hoạch cũng yêu cầu thành lập "
            "Ban biên tập Cổng thông tin điện tử của Ban Chỉ đạo và xây dựng mạng lưới cộng tác viên đưa tin, bài.",
        ],
    },
    {
        "slug": "ubnd-tinh-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2024",
        "title": "UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2024",
        "summary": (
            "Kế hoạch số 442/KH-UBND ngày 28/12/2023 xác định nhiệm vụ trên cả sáu lĩnh vực cải cách hành chính, trong "
            "đó lấy sự hài lòng của người dân, doanh nghiệp làm thước đo hiệu quả phục vụ."
        ),
        "topic": "1.1",
        "topics": ["1.6"],
        "reform_area": "institutions",
        "agency": "Ủy ban nhân dân tỉnh Lào Cai",
        "byline": "Thanh Hà (Văn phòng UBND tỉnh)",
        "published": "2023-12-29",
        "tags": ["cải cách hành chính", "Kế hoạch 442/KH-UBND", "năm 2024", "Nghị quyết 76/NQ-CP"],
        "image_alt": "Trụ sở Ủy ban nhân dân tỉnh Lào Cai tại Khu Hành chính tập trung của tỉnh",
        "image_caption": (
            "Kế hoạch cải cách hành chính năm 2024 được triển khai đến tất cả sở, ngành và địa phương (ảnh minh họa)."
        ),
        "body": [
            "Ngày 28/12/2023, UBND tỉnh Lào Cai ban hành Kế hoạch số 442/KH-UBND về triển khai công tác cải cách hành "
            "chính năm 2024. Đây là năm có ý nghĩa quan trọng trong việc thực hiện Chương trình tổng thể cải cách hành "
            "chính nhà nước giai đoạn 2021–2030 theo Nghị quyết số 76/NQ-CP của Chính phủ và Đề án số 14-ĐA/TU của "
            "Tỉnh ủy.",
            "Kế hoạch đặt ra nhiệm vụ trên cả sáu lĩnh vực: cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ "
            "chức bộ máy hành chính nhà nước; cải cách chế độ công vụ; cải cách tài chính công; xây dựng, phát triển "
            "chính quyền điện tử, chính quyền số. Mỗi nhiệm vụ đều được giao rõ cơ quan chủ trì, cơ quan phối hợp và "
            "thời hạn hoàn thành.",
            "Trọng tâm của năm là nâng cao chất lượng giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên "
            "thông; tăng tỷ lệ hồ sơ nộp qua dịch vụ công trực tuyến; số hóa hồ sơ, kết quả giải quyết thủ tục hành "
            "chính; đồng thời duy trì và cải thiện thứ hạng các chỉ số PAR INDEX, SIPAS, PAPI, PCI và DTI của tỉnh.",
            "Kế hoạch cũng bố trí nội dung và kinh phí cho công tác thông tin, tuyên truyền, kiểm tra cải cách hành "
            "chính; gắn kết quả thực hiện với công tác thi đua, khen thưởng và đánh giá, xếp loại cơ quan, người đứng "
            "đầu.",
            "UBND tỉnh yêu cầu các sở, ban, ngành và UBND các huyện, thị xã, thành phố xây dựng kế hoạch cụ thể của "
            "đơn vị, báo cáo kết quả định kỳ về Sở Nội vụ để tổng hợp, trình Ban Chỉ đạo cải cách hành chính tỉnh.",
        ],
    },
    {
        "slug": "long-ghep-tuyen-truyen-cchc-trong-sinh-hoat-chi-bo-va-hop-thon",
        "title": "Lồng ghép tuyên truyền cải cách hành chính trong sinh hoạt chi bộ và họp thôn, bản",
        "summary": (
            "Các cấp ủy đảng ở Lào Cai đưa nội dung cải cách hành chính vào sinh hoạt chi bộ, họp thôn, bản và phổ "
            "biến pháp luật, giúp chủ trương của Tỉnh ủy đến gần hơn với đảng viên, người dân."
        ),
        "topic": "1.1",
        "topics": [],
        "reform_area": "institutions",
        "agency": "Ban Tuyên giáo Tỉnh ủy Lào Cai",
        "byline": "Hồng Nhung (Ban Tuyên giáo Tỉnh ủy)",
        "published": "2024-05-21",
        "tags": ["cải cách hành chính", "sinh hoạt chi bộ", "phổ biến pháp luật", "Đề án 14-ĐA/TU"],
        "image_alt": "Đảng viên và người dân một thôn vùng cao dự buổi sinh hoạt tại nhà văn hóa thôn",
        "image_caption": (
            "Nội dung cải cách hành chính được lồng ghép trong buổi sinh hoạt tại nhà văn hóa thôn (ảnh minh họa)."
        ),
        "body": [
            "Thực hiện Kế hoạch số 18/KH-UBND của UBND tỉnh, Ban Tuyên giáo Tỉnh ủy đã hướng dẫn các cấp ủy trực thuộc "
            "đưa chuyên đề cải cách hành chính vào sinh hoạt chi bộ định kỳ, tập trung vào các nội dung của Đề án số "
            "14-ĐA/TU và nhiệm vụ trọng tâm mà Nghị quyết Đại hội Đảng bộ tỉnh Lào Cai lần thứ XVI đề ra.",
            "Ở nhiều thôn, bản vùng cao, bí thư chi bộ, trưởng thôn được tập huấn để giới thiệu ngắn gọn những việc "
            "người dân có thể làm ngay: tra cứu thủ tục, nộp hồ sơ qua dịch vụ công trực tuyến, theo dõi tiến độ giải "
            "quyết và đánh giá mức độ hài lòng sau khi nhận kết quả.",
            "Cách làm này được lồng ghép với phổ biến, giáo dục pháp luật, nên mỗi buổi họp thôn không chỉ nói về quy "
            "định mới mà còn giải đáp những vướng mắc cụ thể của bà con, từ đăng ký khai sinh, chứng thực đến thủ tục "
            "đất đai.",
            {
                "quote": (
                    "Trước đây bà con nghĩ cải cách hành chính là việc của cán bộ. Giờ nghe giải thích ở chi bộ, ở nhà "
                    "văn hóa thôn, ai cũng thấy đó là quyền lợi của mình."
                ),
                "attribution": "Bí thư chi bộ một thôn ở huyện Mường Khương",
            },
            "Thời gian tới, Ban Tuyên giáo Tỉnh ủy sẽ phối hợp với Sở Nội vụ biên soạn tài liệu hỏi - đáp ngắn gọn, có "
            "minh họa, phù hợp với đồng bào các dân tộc, để báo cáo viên và tuyên truyền viên cơ sở sử dụng thống "
            "nhất.",
        ],
    },
    # ---------------------------------------------------------------- 1.2
    {
        "slug": "tap-huan-mang-luoi-cong-tac-vien-tin-bai-cai-cach-hanh-chinh",
        "title": "Tập huấn kỹ năng viết tin, bài cho mạng lưới cộng tác viên cải cách hành chính",
        "summary": (
            "Hơn 150 cộng tác viên từ các sở, ngành, huyện, thị xã, thành phố và xã, phường, thị trấn được bồi dưỡng "
            "kỹ năng viết tin, chụp ảnh và quy trình gửi bài lên Cổng thông tin điện tử của Ban Chỉ đạo."
        ),
        "topic": "1.2",
        "topics": ["1.8"],
        "reform_area": "civil_service",
        "agency": "Sở Nội vụ tỉnh Lào Cai",
        "byline": "Minh Anh (Sở Nội vụ)",
        "published": "2024-04-23",
        "tags": ["cộng tác viên", "tập huấn", "cải cách hành chính", "Ban biên tập"],
        "image_alt": "Học viên lớp tập huấn cộng tác viên thực hành viết tin trên máy tính xách tay",
        "image_caption": "Cộng tác viên thực hành viết tin và gửi bài trên hệ thống quản trị của cổng (ảnh minh họa).",
        "body": [
            "Thực hiện giải pháp xây dựng mạng lưới cộng tác viên đưa tin, bài về cải cách hành chính nêu tại Kế hoạch "
            "số 18/KH-UBND, Sở Nội vụ phối hợp với Sở Thông tin và Truyền thông tổ chức lớp tập huấn cho cộng tác viên "
            "của các cơ quan, đơn vị, địa phương.",
            "Học viên được giới thiệu cách chọn đề tài gắn với nhiệm vụ cải cách hành chính của đơn vị mình; cách viết "
            "tin ngắn, rõ ý, đúng văn phong hành chính - báo chí; kỹ năng chụp ảnh bằng điện thoại và ghi chú thích "
            "ảnh đầy đủ, có văn bản thay thế cho người khiếm thị.",
            "Một nội dung được quan tâm là quy trình biên tập: tin, bài do cộng tác viên gửi lên chỉ được đăng sau khi "
            "Ban biên tập duyệt; những nội dung tuyên truyền quan trọng có thể được gửi Sở Thông tin và Truyền thông "
            "thẩm định trước khi xuất bản.",
            {
                "quote": (
                    "Mỗi cộng tác viên là một ‘phóng viên’ ở cơ sở. Tin hay nhất thường là câu chuyện thật của người "
                    "dân khi đến làm thủ tục ở bộ phận một cửa."
                ),
                "attribution": "Đại diện Ban biên tập Cổng thông tin điện tử Ban Chỉ đạo cải cách hành chính tỉnh",
            },
            "Sau tập huấn, mỗi cơ quan, địa phương được đề nghị cử ít nhất một cộng tác viên thường xuyên và báo cáo "
            "số lượng tin, bài đã gửi theo kỳ quý I, 6 tháng, quý III và cả năm, làm căn cứ đánh giá kết quả công tác "
            "tuyên truyền.",
        ],
    },
    {
        "slug": "sau-thang-dau-nam-2024-cai-cach-hanh-chinh-chuyen-bien-ro-net",
        "title": "Sáu tháng đầu năm 2024: cải cách hành chính tạo chuyển biến rõ nét",
        "summary": (
            "Tỷ lệ hồ sơ giải quyết đúng hạn duy trì ở mức cao, số hồ sơ nộp qua dịch vụ công trực tuyến tăng so với "
            "cùng kỳ; tuy nhiên việc số hóa hồ sơ và thanh toán trực tuyến ở cấp xã vẫn cần đẩy mạnh."
        ),
        "topic": "1.2",
        "topics": ["1.6"],
        "reform_area": "procedures",
        "agency": "Sở Nội vụ tỉnh Lào Cai",
        "byline": "Quốc Việt (Sở Nội vụ)",
        "published": "2024-07-10",
        "tags": ["cải cách hành chính", "sơ kết 6 tháng", "dịch vụ công trực tuyến", "một cửa"],
        "image_alt": "Cán bộ bộ phận một cửa hướng dẫn người dân tra cứu hồ sơ trên màn hình cảm ứng",
        "image_caption": "Người dân tra cứu tình trạng hồ sơ tại bộ phận một cửa (ảnh minh họa).",
        "body": [
            "Theo báo cáo sơ kết của Sở Nội vụ, trong 6 tháng đầu năm 2024, các sở, ngành và địa phương đã triển khai "
            "đồng bộ nhiệm vụ theo Kế hoạch cải cách hành chính năm 2024; công tác chỉ đạo, điều hành được cụ thể hóa "
            "bằng kế hoạch, chỉ tiêu và thời hạn rõ ràng.",
            "Việc giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tiếp tục đi vào nền nếp. Tỷ lệ "
            "hồ sơ giải quyết đúng và trước hạn duy trì ở mức cao; nhiều thủ tục trong các lĩnh vực đất đai, đăng ký "
            "kinh doanh, hộ tịch được rút ngắn thời gian so với quy định.",
            "Số hồ sơ nộp qua dịch vụ công trực tuyến tăng rõ so với cùng kỳ năm 2023, nhất là ở các thủ tục đã được "
            "cung cấp toàn trình. Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa các cấp bố trí cán bộ "
            "hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại quầy.",
            "Bên cạnh kết quả đạt được, báo cáo chỉ ra một số hạn chế: tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục "
            "hành chính ở cấp xã chưa đồng đều; thanh toán trực tuyến phí, lệ phí còn thấp ở vùng cao; một số nơi chưa "
            "chú trọng cập nhật tin, bài về cải cách hành chính.",
            "Sáu tháng cuối năm, Sở Nội vụ đề xuất tập trung kiểm tra cải cách hành chính tại các đơn vị có kết quả "
            "thấp, hướng dẫn khắc phục những tiêu chí bị trừ điểm trong Chỉ số cải cách hành chính năm 2023 và tiếp "
            "tục tuyên truyền để người dân chủ động sử dụng dịch vụ công trực tuyến.",
        ],
    },
    {
        "slug": "nop-ho-so-qua-dich-vu-cong-truc-tuyen-dan-thanh-thoi-quen",
        "title": "Nộp hồ sơ qua dịch vụ công trực tuyến đang dần trở thành thói quen",
        "summary": (
            "Tại Trung tâm Phục vụ hành chính công tỉnh, ngày càng nhiều người dân, doanh nghiệp chọn nộp hồ sơ qua "
            "mạng, theo dõi tiến độ trên điện thoại và nhận kết quả qua dịch vụ bưu chính công ích."
        ),
        "topic": "1.2",
        "topics": ["1.3", "1.6"],
        "reform_area": "digital_government",
        "agency": "Trung tâm Phục vụ hành chính công tỉnh Lào Cai",
        "byline": "Thu Trang (Trung tâm Phục vụ hành chính công tỉnh)",
        "published": "2024-09-17",
        "tags": ["dịch vụ công trực tuyến", "Trung tâm Phục vụ hành chính công", "bưu chính công ích", "doanh nghiệp"],
        "image_alt": (
            "Người dân dùng điện thoại thông minh nộp hồ sơ trực tuyến tại khu vực hỗ trợ của Trung tâm Phục vụ hành "
            "chính công tỉnh"
        ),
        "image_caption": (
            "Khu vực hỗ trợ nộp hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công tỉnh (ảnh minh họa)."
        ),
        "body": [
            "Chín giờ sáng, khu vực hỗ trợ trực tuyến của Trung tâm Phục vụ hành chính công tỉnh Lào Cai có không ít "
            "người ngồi chờ, nhưng phần lớn không phải để nộp giấy tờ. Họ được nhân viên hướng dẫn tạo tài khoản, đăng "
            "nhập bằng tài khoản định danh điện tử và tự nộp hồ sơ qua Cổng dịch vụ công.",
            "Theo Trung tâm, các thủ tục được người dân, doanh nghiệp sử dụng trực tuyến nhiều nhất là đăng ký doanh "
            "nghiệp, cấp phiếu lý lịch tư pháp, cấp đổi giấy phép lái xe và một số thủ tục lĩnh vực đất đai, xây dựng. "
            "Với các dịch vụ công trực tuyến toàn trình, người nộp không phải đến trực tiếp lần nào.",
            {
                "quote": (
                    "Tôi nộp hồ sơ tối hôm trước, sáng hôm sau đã có tin nhắn báo tiếp nhận. Kết quả được gửi qua bưu "
                    "điện về tận công ty, đỡ mất cả buổi đi lại."
                ),
                "attribution": "Một chủ doanh nghiệp tại thành phố Lào Cai",
            },
            "Để thay đổi thói quen, Trung tâm bố trí nhân viên trực hỗ trợ, in hướng dẫn từng bước bằng hình ảnh và "
            "dán mã QR dẫn tới các thủ tục thường dùng. Những hồ sơ giấy còn nộp trực tiếp được số hóa ngay khi tiếp "
            "nhận, để lần sau người dân không phải nộp lại giấy tờ đã có.",
            "Trung tâm cho biết sẽ tiếp tục phối hợp với các sở, ngành rà soát, tái cấu trúc quy trình, đề xuất thêm "
            "thủ tục đủ điều kiện cung cấp toàn trình và mở rộng thanh toán phí, lệ phí trực tuyến.",
        ],
    },
    # ---------------------------------------------------------------- 1.3
    {
        "slug": "to-cong-nghe-so-cong-dong-dua-ky-nang-so-ve-thon-ban",
        "title": "Tổ công nghệ số cộng đồng đưa kỹ năng số về từng thôn, bản",
        "summary": (
            "Từ những buổi hướng dẫn cài ứng dụng ngay tại nhà văn hóa, các tổ công nghệ số cộng đồng đang giúp người "
            "dân vùng cao làm quen với định danh điện tử, dịch vụ công trực tuyến và thanh toán số."
        ),
        "topic": "1.3",
        "topics": ["1.8"],
        "reform_area": "digital_government",
        "agency": "Sở Thông tin và Truyền thông tỉnh Lào Cai",
        "byline": "Đức Huy (Sở Thông tin và Truyền thông)",
        "published": "2024-03-26",
        "tags": ["chuyển đổi số", "tổ công nghệ số cộng đồng", "kỹ năng số", "dịch vụ công trực tuyến"],
        "image_alt": (
            "Thành viên tổ công nghệ số cộng đồng hướng dẫn một phụ nữ dân tộc Mông cài ứng dụng trên điện thoại"
        ),
        "image_caption": (
            "Tổ công nghệ số cộng đồng hướng dẫn người dân sử dụng ứng dụng trên điện thoại (ảnh minh họa)."
        ),
        "body": [
            "Tổ công nghệ số cộng đồng được thành lập ở các thôn, tổ dân phố với thành viên là trưởng thôn, công an "
            "viên, đoàn viên thanh niên và những người dân sử dụng thành thạo điện thoại thông minh. Nhiệm vụ của tổ "
            "là “cầm tay chỉ việc” để mỗi hộ gia đình biết dùng các nền tảng số thiết yếu.",
            "Ở nhiều thôn vùng cao, buổi hướng dẫn được tổ chức vào tối hoặc ngày chợ phiên để bà con đi làm nương về "
            "vẫn tham gia được. Nội dung gồm cài đặt và kích hoạt tài khoản định danh điện tử, tra cứu thủ tục, nộp hồ "
            "sơ qua dịch vụ công trực tuyến và cách nhận biết tin nhắn lừa đảo.",
            "Sở Thông tin và Truyền thông đã biên soạn bộ tài liệu hướng dẫn ngắn, nhiều hình minh họa; một số địa "
            "phương chủ động dịch sang tiếng Mông, tiếng Dao để phát trên loa truyền thanh cơ sở.",
            {
                "quote": (
                    "Trước tôi chỉ biết nghe gọi. Được các cháu trong tổ chỉ cho, giờ tôi tự xem được con ở trường học "
                    "thế nào và biết đăng ký khai sinh cho cháu nội qua điện thoại."
                ),
                "attribution": "Một người dân xã Sín Chéng, huyện Si Ma Cai",
            },
            "Ngành thông tin và truyền thông xác định phát triển nguồn nhân lực có kỹ năng số là một trong những nội "
            "dung trọng tâm năm 2024, song song với phát triển hạ tầng băng rộng đến hộ gia đình và xóa vùng trắng "
            "sóng di động.",
        ],
    },
    {
        "slug": "cho-phien-bac-ha-lan-toa-thanh-toan-khong-dung-tien-mat",
        "title": "Thanh toán không dùng tiền mặt lan tỏa ở chợ phiên Bắc Hà",
        "summary": (
            "Mã QR xuất hiện ngày càng nhiều trên các sạp hàng thổ cẩm, rượu ngô, mận tam hoa ở chợ phiên Bắc Hà, góp "
            "phần hình thành thói quen thanh toán số ở vùng cao."
        ),
        "topic": "1.3",
        "topics": ["1.8"],
        "reform_area": "public_finance",
        "agency": "UBND huyện Bắc Hà",
        "byline": "Văn Thành (Trung tâm Văn hóa - Thể thao và Truyền thông huyện Bắc Hà)",
        "published": "2024-06-18",
        "tags": ["thanh toán không dùng tiền mặt", "chợ phiên", "Bắc Hà", "chuyển đổi số"],
        "image_alt": "Du khách quét mã QR trên điện thoại để thanh toán tại một sạp thổ cẩm ở chợ phiên Bắc Hà",
        "image_caption": "Mã QR thanh toán tại một sạp hàng thổ cẩm, chợ phiên Bắc Hà (ảnh minh họa).",
        "body": [
            "Chợ phiên Bắc Hà họp vào Chủ nhật hằng tuần, thu hút đông đảo người dân các xã và du khách. Từ năm 2023, "
            "UBND huyện phối hợp với các ngân hàng thương mại và doanh nghiệp viễn thông đưa mô hình “Chợ phiên không "
            "dùng tiền mặt” vào hoạt động.",
            "Các tiểu thương được hỗ trợ mở tài khoản, in mã QR miễn phí và hướng dẫn kiểm tra tiền về tài khoản trên "
            "điện thoại. Tổ công nghệ số cộng đồng của thị trấn trực tại chợ vào các phiên đầu để giải đáp thắc mắc.",
            {
                "quote": (
                    "Khách quét mã là tiền về ngay, không phải tìm tiền lẻ trả lại, cũng không sợ nhận phải tiền giả."
                ),
                "attribution": "Một tiểu thương bán thổ cẩm ở chợ phiên Bắc Hà",
            },
            "Cùng với chợ phiên, huyện đẩy mạnh thu phí, lệ phí thủ tục hành chính bằng hình thức trực tuyến tại bộ "
            "phận một cửa và chi trả trợ cấp xã hội qua tài khoản, giúp việc quản lý ngân sách minh bạch hơn.",
            "Theo UBND huyện Bắc Hà, khó khăn lớn nhất vẫn là thói quen dùng tiền mặt của người cao tuổi và sóng di "
            "động chưa ổn định ở một số thôn xa. Huyện sẽ tiếp tục phối hợp với doanh nghiệp viễn thông cải thiện hạ "
            "tầng và nhân rộng mô hình ra các chợ nông thôn khác.",
        ],
    },
    {
        "slug": "de-an-06-dinh-danh-dien-tu-mo-duong-cho-thu-tuc-khong-giay-to",
        "title": "Đề án 06: định danh điện tử mở đường cho thủ tục hành chính không giấy tờ",
        "summary": (
            "Công an tỉnh phối hợp với các sở, ngành đẩy mạnh cấp tài khoản định danh điện tử, khai thác dữ liệu dân "
            "cư để người dân không phải nộp bản sao giấy tờ khi làm thủ tục hành chính."
        ),
        "topic": "1.3",
        "topics": ["1.6"],
        "reform_area": "digital_government",
        "agency": "Công an tỉnh Lào Cai",
        "byline": "Trung Kiên (Công an tỉnh)",
        "published": "2024-08-13",
        "tags": ["Đề án 06", "định danh điện tử", "VNeID", "dữ liệu dân cư"],
        "image_alt": "Cán bộ công an hướng dẫn người dân kích hoạt tài khoản định danh điện tử trên điện thoại",
        "image_caption": "Lực lượng công an hướng dẫn người dân kích hoạt tài khoản định danh điện tử (ảnh minh họa).",
        "body": [
            "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia "
            "(Đề án 06) được Lào Cai xác định là một nhiệm vụ trọng tâm gắn với cải cách hành chính và xây dựng chính "
            "quyền số.",
            "Công an tỉnh tổ chức các đợt cao điểm cấp căn cước, tiếp nhận hồ sơ định danh điện tử lưu động tại thôn, "
            "bản và trường học. Ở những nơi đi lại khó khăn, tổ công tác mang máy móc đến tận nhà người già, người "
            "khuyết tật.",
            "Nhờ kết nối Cơ sở dữ liệu quốc gia về dân cư với hệ thống giải quyết thủ tục hành chính của tỉnh, nhiều "
            "thủ tục như đăng ký thường trú, cấp phiếu lý lịch tư pháp, đăng ký khai sinh đã không yêu cầu người dân "
            "nộp bản sao căn cước hay sổ hộ khẩu giấy.",
            {
                "quote": (
                    "Mỗi tài khoản định danh điện tử được kích hoạt là thêm một người dân có thể tự làm thủ tục trực "
                    "tuyến mà không cần xuất trình giấy tờ."
                ),
                "attribution": "Lãnh đạo Phòng Cảnh sát quản lý hành chính về trật tự xã hội, Công an tỉnh Lào Cai",
            },
            "Thời gian tới, Công an tỉnh tiếp tục phối hợp với Sở Thông tin và Truyền thông, Văn phòng UBND tỉnh làm "
            "sạch dữ liệu, mở rộng các tiện ích trên ứng dụng định danh điện tử và phục vụ thanh toán không dùng tiền "
            "mặt trong các dịch vụ công.",
        ],
    },
    # ---------------------------------------------------------------- 1.4
    {
        "slug": "nam-bo-chi-so-par-index-sipas-papi-pci-dti-do-luong-dieu-gi",
        "title": "Năm bộ chỉ số PAR INDEX, SIPAS, PAPI, PCI, DTI đo lường điều gì?",
        "summary": (
            "Mỗi năm, tỉnh Lào Cai được đánh giá qua nhiều bộ chỉ số khác nhau. Hiểu đúng từng chỉ số giúp cơ quan, "
            "đơn vị biết mình cần cải thiện ở đâu và người dân biết tiếng nói của mình được ghi nhận thế nào."
        ),
        "topic": "1.4",
        "topics": ["1.7"],
        "reform_area": "institutions",
        "agency": "Sở Nội vụ tỉnh Lào Cai",
        "byline": "Quốc Việt (Sở Nội vụ)",
        "published": "2024-02-27",
        "tags": ["PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI"],
        "image_alt": "Biểu đồ cột minh họa điểm số các chỉ số cải cách hành chính qua các năm",
        "image_caption": (
            "Các bộ chỉ số phản ánh những góc nhìn khác nhau về chất lượng quản trị và phục vụ (ảnh minh họa)."
        ),
        "body": [
            "Chỉ số cải cách hành chính (PAR INDEX) do Bộ Nội vụ chủ trì đánh giá, đo lường kết quả triển khai cải "
            "cách hành chính hằng năm của các bộ và tỉnh, thành phố trên các lĩnh vực: công tác chỉ đạo, điều hành; "
            "thể chế; thủ tục hành chính; tổ chức bộ máy; chế độ công vụ; tài chính công; chính quyền điện tử, chính "
            "quyền số và tác động của cải cách hành chính.",
            "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) được xác định qua điều tra xã hội học, thể hiện mức độ "
            "hài lòng của người dân, tổ chức khi sử dụng dịch vụ hành chính công: từ tiếp cận dịch vụ, thủ tục hành "
            "chính, công chức trực tiếp giải quyết đến kết quả và việc tiếp nhận góp ý, phản ánh.",
            "Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) phản ánh trải nghiệm của người dân về các nội "
            "dung như công khai, minh bạch, trách nhiệm giải trình, kiểm soát tham nhũng, thủ tục hành chính công và "
            "cung ứng dịch vụ công.",
            "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) thể hiện đánh giá của doanh nghiệp về chất lượng điều hành kinh "
            "tế và môi trường kinh doanh, gồm các chỉ số thành phần như chi phí gia nhập thị trường, tiếp cận đất đai, "
            "tính minh bạch, chi phí thời gian và chi phí không chính thức.",
            "Chỉ số Chuyển đổi số (DTI) đánh giá mức độ chuyển đổi số của các bộ, ngành và địa phương theo ba trụ cột "
            "chính quyền số, kinh tế số và xã hội số.",
            "Sở Nội vụ khuyến nghị các cơ quan, đơn vị không chỉ quan tâm đến thứ hạng mà cần phân tích từng chỉ số "
            "thành phần, tìm ra tiêu chí bị điểm thấp để có giải pháp khắc phục cụ thể, có người chịu trách nhiệm và "
            "thời hạn hoàn thành.",
        ],
    },
    {
        "slug": "so-nganh-cung-phan-tich-chi-so-thanh-phan-pci-papi",
        "title": "Sở, ngành cùng phân tích chỉ số thành phần PCI, PAPI để tìm giải pháp cải thiện",
        "summary": (
            "Tại hội nghị do Sở Kế hoạch và Đầu tư tổ chức, các cơ quan được giao phụ trách từng chỉ số thành phần đã "
            "chỉ ra nguyên nhân điểm thấp và cam kết giải pháp cụ thể trong năm 2024."
        ),
        "topic": "1.4",
        "topics": [],
        "reform_area": "procedures",
        "agency": "Sở Kế hoạch và Đầu tư tỉnh Lào Cai",
        "byline": "Ngọc Lan (Sở Kế hoạch và Đầu tư)",
        "published": "2024-06-04",
        "tags": ["PCI", "PAPI", "môi trường kinh doanh", "doanh nghiệp"],
        "image_alt": "Đại diện doanh nghiệp phát biểu tại hội nghị phân tích chỉ số năng lực cạnh tranh cấp tỉnh",
        "image_caption": "Doanh nghiệp góp ý tại hội nghị phân tích các chỉ số (ảnh minh họa).",
        "body": [
            "Hội nghị có sự tham gia của đại diện các sở, ngành, UBND các huyện, thị xã, thành phố, hiệp hội doanh "
            "nghiệp và một số doanh nghiệp, hợp tác xã đang hoạt động trên địa bàn tỉnh.",
            "Theo phân tích, những chỉ số thành phần còn hạn chế tập trung ở tiếp cận đất đai, chi phí thời gian và "
            "tính năng động của chính quyền cấp huyện. Doanh nghiệp phản ánh thủ tục thuê đất, chuyển mục đích sử dụng "
            "đất còn qua nhiều bước, thời gian phối hợp giữa các cơ quan chưa được công khai rõ ràng.",
            "Với PAPI, các đại biểu thống nhất cần tăng cường công khai thông tin ở cấp xã, như danh sách hộ nghèo, kế "
            "hoạch sử dụng đất và các khoản đóng góp của người dân, đồng thời trả lời đầy đủ, đúng hạn các phản ánh, "
            "kiến nghị.",
            {
                "quote": (
                    "Chúng tôi không cần ưu đãi đặc biệt, chỉ cần quy trình rõ ràng, hẹn ngày nào trả đúng ngày đó."
                ),
                "attribution": "Đại diện một doanh nghiệp chế biến nông sản tại huyện Bảo Thắng",
            },
            "Kết thúc hội nghị, mỗi chỉ số thành phần được giao cho một cơ quan đầu mối theo dõi, với kế hoạch cải "
            "thiện và báo cáo tiến độ hằng quý về Sở Kế hoạch và Đầu tư để tổng hợp, báo cáo UBND tỉnh.",
        ],
    },
    # ---------------------------------------------------------------- 1.5
    {
        "slug": "nguoi-dung-dau-phai-truc-tiep-chi-dao-cai-cach-hanh-chinh",
        "title": "Người đứng đầu phải trực tiếp chỉ đạo và chịu trách nhiệm về kết quả cải cách hành chính",
        "summary": (
            "Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2024 nhấn mạnh: kết quả cải cách hành chính là tiêu "
            "chí quan trọng khi đánh giá, xếp loại cơ quan và người đứng đầu."
        ),
        "topic": "1.5",
        "topics": ["1.1"],
        "reform_area": "civil_service",
        "agency": "Ủy ban nhân dân tỉnh Lào Cai",
        "byline": "Thanh Hà (Văn phòng UBND tỉnh)",
        "published": "2024-02-06",
        "tags": ["người đứng đầu", "cải cách hành chính", "trách nhiệm", "kỷ luật, kỷ cương"],
        "image_alt": "Toàn cảnh hội nghị triển khai nhiệm vụ cải cách hành chính năm 2024 của tỉnh Lào Cai",
        "image_caption": "Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2024 (ảnh minh họa).",
        "body": [
            "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến UBND các huyện, thị xã, thành phố, "
            "nhằm quán triệt Kế hoạch cải cách hành chính năm 2024 và Kế hoạch thông tin, tuyên truyền cải cách hành "
            "chính năm 2024 của tỉnh.",
            "Các ý kiến thảo luận thẳng thắn chỉ ra những tiêu chí bị trừ điểm trong năm trước: một số văn bản chậm "
            "ban hành, còn hồ sơ quá hạn chưa có văn bản xin lỗi người dân, tỷ lệ số hóa hồ sơ ở cấp xã thấp, việc "
            "kiểm tra cải cách hành chính ở một số nơi còn hình thức.",
            {
                "quote": (
                    "Ở đâu người đứng đầu quan tâm, sâu sát thì ở đó cải cách hành chính có chuyển biến. Không thể "
                    "giao hết cho bộ phận một cửa hay cho một công chức chuyên trách."
                ),
                "attribution": "Lãnh đạo UBND tỉnh Lào Cai phát biểu chỉ đạo hội nghị",
            },
            "UBND tỉnh yêu cầu thủ trưởng các sở, ngành, chủ tịch UBND các cấp trực tiếp chỉ đạo, phân công rõ người, "
            "rõ việc, rõ thời hạn; định kỳ hằng tháng nghe báo cáo tình hình giải quyết thủ tục hành chính, đối thoại "
            "với người dân, doanh nghiệp về những vướng mắc.",
            "Kết quả thực hiện nhiệm vụ cải cách hành chính sẽ là căn cứ để đánh giá, xếp loại chất lượng tập thể, "
            "người đứng đầu và xét thi đua, khen thưởng cuối năm.",
        ],
    },
    {
        "slug": "van-ban-nguoi-dung-dau-doi-thoai-voi-nguoi-dan-ve-thu-tuc-hanh-chinh",
        "title": "Văn Bàn: người đứng đầu đối thoại với người dân về giải quyết thủ tục hành chính",
        "summary": (
            "Buổi đối thoại tại huyện Văn Bàn tập trung vào thủ tục đất đai, xây dựng và chính sách an sinh; nhiều "
            "kiến nghị được giải quyết ngay tại chỗ."
        ),
        "topic": "1.5",
        "topics": ["1.6", "1.8"],
        "reform_area": "procedures",
        "agency": "UBND huyện Văn Bàn",
        "byline": "Hải Yến (Trung tâm Văn hóa - Thể thao và Truyền thông huyện Văn Bàn)",
        "published": "2024-10-15",
        "tags": ["đối thoại", "người đứng đầu", "đất đai", "Văn Bàn"],
        "image_alt": "Người dân phát biểu tại buổi đối thoại với lãnh đạo huyện Văn Bàn",
        "image_caption": "Người dân nêu kiến nghị tại buổi đối thoại (ảnh minh họa).",
        "body": [
            "Buổi đối thoại do Chủ tịch UBND huyện Văn Bàn chủ trì, với sự tham gia của lãnh đạo các phòng chuyên môn, "
            "Chi nhánh Văn phòng đăng ký đất đai và đại diện người dân, doanh nghiệp ở các xã.",
            "Phần lớn ý kiến xoay quanh thủ tục đất đai: cấp giấy chứng nhận quyền sử dụng đất lần đầu, tách thửa, "
            "chuyển mục đích sử dụng đất. Người dân mong muốn được biết rõ hồ sơ đang nằm ở cơ quan nào và vì sao phải "
            "bổ sung giấy tờ.",
            {
                "quote": (
                    "Hồ sơ của gia đình tôi phải bổ sung hai lần. Hôm nay được giải thích rõ từng bước, tôi thấy yên "
                    "tâm, về sẽ theo dõi trên điện thoại."
                ),
                "attribution": "Một người dân xã Võ Lao, huyện Văn Bàn",
            },
            "Lãnh đạo huyện tiếp thu, yêu cầu bộ phận một cửa hướng dẫn đầy đủ một lần, không để người dân đi lại "
            "nhiều lần; hồ sơ trễ hạn phải có văn bản xin lỗi và hẹn lại thời gian trả kết quả. Các kiến nghị chưa trả "
            "lời ngay được giao cơ quan chuyên môn xử lý, thông báo kết quả trong 15 ngày.",
            "Huyện Văn Bàn duy trì đối thoại định kỳ giữa người đứng đầu với người dân, coi đây là kênh trực tiếp để "
            "phát hiện những điểm nghẽn trong cải cách hành chính ở cơ sở.",
        ],
    },
    {
        "slug": "gan-ket-qua-cai-cach-hanh-chinh-voi-danh-gia-nguoi-dung-dau-nam-2024",
        "title": "Gắn kết quả cải cách hành chính với đánh giá, xếp loại người đứng đầu năm 2024",
        "summary": (
            "Kết quả Chỉ số cải cách hành chính của các sở, ngành, địa phương tiếp tục được sử dụng làm căn cứ đánh "
            "giá, xếp loại chất lượng người đứng đầu và xét thi đua, khen thưởng năm 2024."
        ),
        "topic": "1.5",
        "topics": ["1.7"],
        "reform_area": "civil_service",
        "agency": "Sở Nội vụ tỉnh Lào Cai",
        "byline": "Minh Anh (Sở Nội vụ)",
        "published": "2025-01-08",
        "tags": ["người đứng đầu", "đánh giá, xếp loại", "thi đua, khen thưởng", "cải cách hành chính"],
        "image_alt": "Văn bản hướng dẫn đánh giá, xếp loại chất lượng đặt trên bàn làm việc",
        "image_caption": "Kết quả cải cách hành chính là một căn cứ đánh giá người đứng đầu (ảnh minh họa).",
        "body": [
            "Sở Nội vụ vừa có văn bản hướng dẫn các cơ quan, đơn vị, địa phương tự đánh giá, chấm điểm Chỉ số cải cách "
            "hành chính năm 2024, làm cơ sở xác định và công bố chỉ số của các sở, ban, ngành và UBND các huyện, thị "
            "xã, thành phố.",
            "Theo hướng dẫn, điểm tự đánh giá phải kèm tài liệu kiểm chứng; các tiêu chí về giải quyết hồ sơ đúng hạn, "
            "dịch vụ công trực tuyến, số hóa hồ sơ được đối chiếu với số liệu trên hệ thống thông tin giải quyết thủ "
            "tục hành chính của tỉnh.",
            "Cơ quan, đơn vị có kết quả Chỉ số cải cách hành chính xếp nhóm cuối sẽ không được xem xét xếp loại người "
            "đứng đầu ở mức cao nhất, đồng thời phải báo cáo nguyên nhân và giải pháp khắc phục.",
            "Sở Nội vụ cũng đề nghị các đơn vị đưa nội dung thông tin, tuyên truyền cải cách hành chính vào tiêu chí "
            "tự đánh giá, như số tin, bài gửi Cổng thông tin điện tử của Ban Chỉ đạo, số buổi tuyên truyền tại thôn, "
            "tổ dân phố.",
        ],
    },
    # ---------------------------------------------------------------- 1.6
    {
        "slug": "dat-dai-linh-vuc-nhieu-ho-so-nhat-uu-tien-giai-quyet-truc-tuyen",
        "title": "Đất đai – lĩnh vực nhiều hồ sơ nhất được ưu tiên giải quyết trực tuyến toàn trình",
        "summary": (
            "Với số lượng hồ sơ lớn và liên quan trực tiếp đến quyền lợi người dân, lĩnh vực đất đai được Lào Cai ưu "
            "tiên số hóa, tái cấu trúc quy trình và cung cấp dịch vụ công trực tuyến toàn trình."
        ),
        "topic": "1.6",
        "topics": ["1.2"],
        "reform_area": "procedures",
        "agency": "Sở Tài nguyên và Môi trường tỉnh Lào Cai",
        "byline": "Bảo Ngọc (Sở Tài nguyên và Môi trường)",
        "published": "2024-07-23",
        "tags": ["đất đai", "dịch vụ công trực tuyến", "số hóa", "một cửa liên thông"],
        "image_alt": "Cán bộ Văn phòng đăng ký đất đai số hóa hồ sơ địa chính bằng máy quét",
        "image_caption": "Số hóa hồ sơ địa chính tại Văn phòng đăng ký đất đai (ảnh minh họa).",
        "body": [
            "Đất đai luôn là lĩnh vực có số lượng hồ sơ thủ tục hành chính lớn nhất ở cả ba cấp, đồng thời là lĩnh vực "
            "người dân phản ánh nhiều nhất về thời gian giải quyết. Vì vậy, Sở Tài nguyên và Môi trường chọn đây là "
            "khâu đột phá trong cải cách thủ tục hành chính năm 2024.",
            "Sở đã rà soát toàn bộ quy trình nội bộ, cắt giảm các bước trung gian, liên thông điện tử với cơ quan thuế "
            "để xác định nghĩa vụ tài chính và cho phép nộp tiền sử dụng đất, lệ phí trước bạ qua thanh toán trực "
            "tuyến.",
            "Đối với các thủ tục như đăng ký biến động, cấp đổi, cấp lại giấy chứng nhận, người dân có thể nộp hồ sơ "
            "qua dịch vụ công trực tuyến, theo dõi tiến độ và nhận kết quả qua bưu chính công ích. Hồ sơ giấy tiếp "
            "nhận tại bộ phận một cửa được số hóa ngay từ đầu.",
            {
                "quote": (
                    "Ưu tiên số một là minh bạch: người dân phải biết hồ sơ của mình đang ở bước nào, ai đang xử lý và "
                    "khi nào có kết quả."
                ),
                "attribution": "Lãnh đạo Sở Tài nguyên và Môi trường tỉnh Lào Cai",
            },
            "Sở cũng phối hợp với UBND các huyện, thị xã, thành phố tập huấn cho công chức địa chính cấp xã, chuẩn hóa "
            "cơ sở dữ liệu đất đai, từng bước hướng tới việc giải quyết hoàn toàn trên môi trường điện tử.",
        ],
    },
    {
        "slug": "bo-phan-mot-cua-xa-ban-phiet-gon-nhe-than-thien",
        "title": "Bộ phận một cửa xã Bản Phiệt: gọn nhẹ, thân thiện, phục vụ tận tình",
        "summary": (
            "Không gian làm việc được sắp xếp lại, công chức mặc đồng phục, có máy tính hỗ trợ nộp hồ sơ trực tuyến: "
            "bộ phận một cửa cấp xã đang thay đổi cách người dân nhìn về chính quyền cơ sở."
        ),
        "topic": "1.6",
        "topics": ["1.8"],
        "reform_area": "procedures",
        "agency": "UBND xã Bản Phiệt",
        "byline": "Lan Hương (UBND huyện Bảo Thắng)",
        "published": "2024-04-16",
        "tags": ["một cửa", "cấp xã", "Bảo Thắng", "dịch vụ công trực tuyến"],
        "image_alt": "Công chức bộ phận một cửa xã Bản Phiệt trả kết quả thủ tục cho một người dân",
        "image_caption": "Bộ phận một cửa UBND xã Bản Phiệt, huyện Bảo Thắng (ảnh minh họa).",
        "body": [
            "Bộ phận tiếp nhận và trả kết quả của UBND xã Bản Phiệt được bố trí ngay tầng một trụ sở, có ghế chờ, nước "
            "uống, bảng niêm yết thủ tục hành chính và một máy tính riêng để người dân tự nộp hồ sơ trực tuyến với sự "
            "hỗ trợ của công chức.",
            "Các thủ tục thường gặp như đăng ký khai sinh, chứng thực bản sao, xác nhận tình trạng hôn nhân được giải "
            "quyết nhanh, nhiều trường hợp trả kết quả ngay trong ngày. Hồ sơ được số hóa khi tiếp nhận, kết quả điện "
            "tử được lưu vào kho dữ liệu của công dân.",
            {
                "quote": (
                    "Tôi đến làm khai sinh cho con, chỉ mất khoảng hai mươi phút. Cán bộ còn chỉ cho cách nộp trên "
                    "điện thoại để lần sau không phải đi."
                ),
                "attribution": "Một người dân xã Bản Phiệt",
            },
            "Xã định kỳ lấy ý kiến người dân qua phiếu khảo sát và thiết bị đánh giá mức độ hài lòng đặt tại quầy. "
            "Những góp ý về thái độ, thời gian chờ đợi được đưa ra kiểm điểm trong giao ban hằng tuần.",
            "Theo UBND huyện Bảo Thắng, mô hình bộ phận một cửa cấp xã gọn nhẹ, thân thiện đang được khuyến khích áp "
            "dụng tại các xã khác trên địa bàn huyện.",
        ],
    },
    {
        "slug": "sap-xep-don-vi-hanh-chinh-cap-xa-bao-dam-quyen-loi-nguoi-dan",
        "title": "Sắp xếp đơn vị hành chính cấp xã: bảo đảm quyền lợi người dân không bị gián đoạn",
        "summary": (
            "Trong quá trình sắp xếp đơn vị hành chính cấp xã giai đoạn 2023–2025, Lào Cai yêu cầu bảo đảm việc giải "
            "quyết thủ tục hành chính cho người dân diễn ra liên tục, thông suốt."
        ),
        "topic": "1.6",
        "topics": [],
        "reform_area": "apparatus",
        "agency": "Sở Nội vụ tỉnh Lào Cai",
        "byline": "Quốc Việt (Sở Nội vụ)",
        "published": "2024-09-26",
        "tags": ["sắp xếp đơn vị hành chính", "tổ chức bộ máy", "cấp xã", "Nghị quyết 35/2023/UBTVQH15"],
        "image_alt": "Cán bộ xã thay biển tên trụ sở ủy ban nhân dân sau khi sắp xếp đơn vị hành chính",
        "image_caption": (
            "Sắp xếp đơn vị hành chính cấp xã cần bảo đảm hoạt động phục vụ người dân không gián đoạn (ảnh minh họa)."
        ),
        "body": [
            "Thực hiện Nghị quyết số 35/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp "
            "huyện, cấp xã giai đoạn 2023–2030, tỉnh Lào Cai xây dựng phương án sắp xếp các đơn vị hành chính cấp xã "
            "chưa đạt tiêu chuẩn.",
            "Sở Nội vụ hướng dẫn các địa phương lấy ý kiến cử tri, công khai phương án, đồng thời rà soát, bố trí đội "
            "ngũ cán bộ, công chức dôi dư theo lộ trình, bảo đảm chế độ, chính sách theo quy định.",
            "Một yêu cầu được nhấn mạnh là không để gián đoạn việc giải quyết thủ tục hành chính. Bộ phận một cửa của "
            "đơn vị mới phải hoạt động ngay từ ngày đầu; con dấu, tài khoản trên hệ thống dịch vụ công và kho dữ liệu "
            "hộ tịch được chuyển đổi trước thời điểm có hiệu lực.",
            "Người dân không bắt buộc phải làm thủ tục đổi các loại giấy tờ đã cấp chỉ vì thay đổi địa giới hành "
            "chính; khi có nhu cầu điều chỉnh, việc điều chỉnh thông tin được thực hiện miễn phí.",
            {
                "quote": (
                    "Sắp xếp để bộ máy tinh gọn, hoạt động hiệu quả hơn, chứ không để người dân phải đi xa hơn hay chờ "
                    "lâu hơn."
                ),
                "attribution": "Lãnh đạo Sở Nội vụ tỉnh Lào Cai",
            },
        ],
    },
    {
        "slug": "day-manh-tu-chu-tai-chinh-don-vi-su-nghiep-cong-lap",
        "title": "Đẩy mạnh tự chủ tài chính đối với đơn vị sự nghiệp công lập",
        "summary": (
            "Sở Tài chính hướng dẫn các đơn vị sự nghiệp công lập xây dựng phương án tự chủ giai đoạn mới, gắn với "
            "nâng cao chất lượng dịch vụ và giảm chi thường xuyên từ ngân sách."
        ),
        "topic": "1.6",
        "topics": [],
        "reform_area": "public_finance",
        "agency": "Sở Tài chính tỉnh Lào Cai",
        "byline": "Hoài Thu (Sở Tài chính)",
        "published": "2024-11-05",
        "tags": ["tự chủ tài chính", "đơn vị sự nghiệp công lập", "tài chính công", "ngân sách"],
        "image_alt": "Cán bộ Sở Tài chính làm việc với kế toán một đơn vị sự nghiệp công lập",
        "image_caption": "Xây dựng phương án tự chủ tài chính tại đơn vị sự nghiệp công lập (ảnh minh họa).",
        "body": [
            "Cải cách tài chính công là một trong sáu nội dung của Chương trình tổng thể cải cách hành chính nhà nước. "
            "Ở Lào Cai, trọng tâm năm 2024 là đẩy mạnh giao quyền tự chủ cho các đơn vị sự nghiệp công lập trong lĩnh "
            "vực y tế, giáo dục nghề nghiệp, văn hóa và sự nghiệp kinh tế.",
            "Sở Tài chính hướng dẫn các đơn vị đánh giá khả năng tự bảo đảm chi thường xuyên, xây dựng phương án tự "
            "chủ cho giai đoạn ổn định mới, trong đó xác định rõ danh mục dịch vụ sự nghiệp công, định mức kinh tế - "
            "kỹ thuật và giá dịch vụ.",
            "Các đơn vị được khuyến khích ứng dụng công nghệ thông tin trong quản lý tài chính, thu phí không dùng "
            "tiền mặt và công khai dự toán, quyết toán theo quy định, nâng cao trách nhiệm giải trình.",
            "Cùng với tự chủ, tỉnh tiếp tục sắp xếp lại các đơn vị sự nghiệp công lập theo hướng tinh gọn, giảm đầu "
            "mối, giảm tỷ lệ chi thường xuyên từ ngân sách, dành nguồn lực cho đầu tư phát triển.",
        ],
    },
    # ---------------------------------------------------------------- 1.7
    {
        "slug": "lao-cai-xep-thu-7-63-ve-chi-so-cai-cach-hanh-chinh-nam-2023",
        "title": "Lào Cai xếp thứ 7/63 tỉnh, thành phố về Chỉ số cải cách hành chính năm 2023",
        "summary": (
            "Với giá trị 90,60%, Chỉ số cải cách hành chính (PAR INDEX) năm 2023 của tỉnh Lào Cai tăng 4 bậc so với "
            "năm 2022, đưa tỉnh vào nhóm 10 địa phương dẫn đầu cả nước."
        ),
        "topic": "1.7",
        "topics": ["1.4"],
        "reform_area": "apparatus",
        "agency": "Sở Nội vụ tỉnh Lào Cai",
        "byline": "Minh Anh (Sở Nội vụ)",
        "published": "2024-04-18",
        "tags": ["PAR INDEX", "Chỉ số cải cách hành chính", "xếp hạng", "cải cách hành chính"],
        "image_alt": "Bảng xếp hạng Chỉ số cải cách hành chính năm 2023 của 63 tỉnh, thành phố",
        "image_caption": "Lào Cai xếp thứ 7/63 về PAR INDEX 2023 (ảnh minh họa).",
        "body": [
            "Ngày 17/4/2024, tại Hà Nội, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức hội nghị công bố Chỉ số "
            "cải cách hành chính năm 2023 (PAR INDEX 2023) và Chỉ số hài lòng về sự phục vụ hành chính năm 2023 (SIPAS "
            "2023) của các bộ, cơ quan ngang bộ và UBND các tỉnh, thành phố trực thuộc Trung ương.",
            "Theo kết quả công bố, PAR INDEX 2023 của tỉnh Lào Cai đạt 90,60%, xếp thứ 7/63 tỉnh, thành phố, tăng 4 "
            "bậc so với năm 2022. Đây là kết quả đáng ghi nhận sau nhiều năm tỉnh kiên trì cải thiện chỉ số này.",
            "Kết quả phản ánh sự vào cuộc đồng bộ của cả hệ thống chính trị, từ công tác chỉ đạo, điều hành, cải cách "
            "thể chế, thủ tục hành chính đến sắp xếp tổ chức bộ máy, xây dựng đội ngũ công chức và chính quyền số.",
            {
                "quote": (
                    "Thứ hạng là động lực chứ không phải đích đến. Điều quan trọng là người dân, doanh nghiệp cảm nhận "
                    "được sự thay đổi khi làm việc với cơ quan nhà nước."
                ),
                "attribution": "Lãnh đạo Sở Nội vụ, cơ quan thường trực Ban Chỉ đạo cải cách hành chính tỉnh",
            },
            "Bên cạnh đó, vẫn còn một số tiêu chí, tiêu chí thành phần bị trừ điểm. Sở Nội vụ đang tham mưu UBND tỉnh "
            "ban hành kế hoạch khắc phục, giao rõ trách nhiệm cho từng cơ quan, đơn vị để duy trì và nâng cao kết quả "
            "trong năm 2024.",
        ],
    },
    {
        "slug": "sipas-2023-lao-cai-dung-thu-6-toan-quoc",
        "title": "SIPAS 2023: Lào Cai đứng thứ 6 toàn quốc về mức độ hài lòng của người dân",
        "summary": (
            "Chỉ số hài lòng về sự phục vụ hành chính năm 2023 của tỉnh Lào Cai đạt 88,76%, xếp thứ 6/63 tỉnh, thành "
            "phố, tăng 5 bậc so với năm 2022."
        ),
        "topic": "1.7",
        "topics": ["1.4"],
        "reform_area": "procedures",
        "agency": "Báo Lào Cai",
        "byline": "Thu Hằng (Báo Lào Cai)",
        "published": "2024-04-19",
        "tags": ["SIPAS", "sự hài lòng", "người dân", "cải cách hành chính"],
        "image_alt": "Người dân mỉm cười khi nhận kết quả thủ tục hành chính tại quầy một cửa",
        "image_caption": (
            "Sự hài lòng của người dân là thước đo hiệu quả phục vụ của cơ quan hành chính (ảnh minh họa)."
        ),
        "body": [
            "Theo kết quả do Ban Chỉ đạo cải cách hành chính của Chính phủ công bố ngày 17/4/2024, Chỉ số SIPAS 2023 "
            "của tỉnh Lào Cai đạt 88,76%, đứng thứ 6 trong 63 tỉnh, thành phố, tăng 5 bậc so với năm trước.",
            "SIPAS được xác định qua điều tra xã hội học đối với người dân, tổ chức đã trực tiếp giao dịch với cơ quan "
            "hành chính nhà nước. Kết quả cao cho thấy những nỗ lực cải thiện chất lượng phục vụ tại Trung tâm Phục vụ "
            "hành chính công tỉnh và bộ phận một cửa các cấp đã được người dân ghi nhận.",
            "Những yếu tố được đánh giá tích cực gồm: thủ tục hành chính được niêm yết công khai, dễ tiếp cận; công "
            "chức có thái độ lịch sự, hướng dẫn tận tình; kết quả được trả đúng hẹn. Việc tiếp nhận, xử lý góp ý, phản "
            "ánh của người dân là nội dung cần tiếp tục cải thiện.",
            {
                "quote": (
                    "Giờ đi làm giấy tờ không còn cảm giác ‘đi xin’ nữa. Cán bộ hướng dẫn một lần là hiểu, hẹn ngày "
                    "nào trả đúng ngày đó."
                ),
                "attribution": "Một người dân phường Cốc Lếu, thành phố Lào Cai",
            },
            "Tỉnh xác định lấy sự hài lòng của người dân, doanh nghiệp làm thước đo hiệu quả công tác chỉ đạo, điều "
            "hành, đặt người dân ở vị trí trung tâm của quá trình phát triển.",
        ],
    },
    {
        "slug": "khao-sat-muc-do-hai-long-tai-bo-phan-mot-cua-cac-cap-nam-2024",
        "title": "Khảo sát mức độ hài lòng của người dân tại bộ phận một cửa các cấp năm 2024",
        "summary": (
            "Sở Nội vụ triển khai khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của các sở, ngành và "
            "UBND các cấp, làm căn cứ xác định Chỉ số cải cách hành chính năm 2024."
        ),
        "topic": "1.7",
        "topics": [],
        "reform_area": "civil_service",
        "agency": "Sở Nội vụ tỉnh Lào Cai",
        "byline": "Quốc Việt (Sở Nội vụ)",
        "published": "2024-08-20",
        "tags": ["SIPAS", "khảo sát", "một cửa", "công chức"],
        "image_alt": "Điều tra viên hướng dẫn người dân điền phiếu khảo sát mức độ hài lòng",
        "image_caption": "Người dân trả lời phiếu khảo sát mức độ hài lòng (ảnh minh họa).",
        "body": [
            "Cuộc khảo sát được thực hiện bằng phiếu giấy và phiếu điện tử, chọn mẫu ngẫu nhiên trong số người dân, tổ "
            "chức đã giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh, bộ phận một cửa cấp "
            "huyện và cấp xã.",
            "Phiếu hỏi tập trung vào các yếu tố: tiếp cận dịch vụ; thủ tục hành chính; công chức trực tiếp giải quyết "
            "công việc; kết quả giải quyết và việc tiếp nhận, xử lý góp ý, phản ánh. Người trả lời không phải ghi họ "
            "tên.",
            "Ngoài khảo sát định kỳ, người dân có thể đánh giá ngay sau mỗi lần giao dịch bằng thiết bị đặt tại quầy, "
            "qua tin nhắn hoặc trên Cổng dịch vụ công. Kết quả đánh giá được tổng hợp vào Bộ chỉ số chỉ đạo, điều hành "
            "và đánh giá chất lượng phục vụ người dân, doanh nghiệp.",
            "Sở Nội vụ lưu ý các đơn vị không được can thiệp, định hướng câu trả lời của người dân. Kết quả khảo sát "
            "sẽ được công khai trên Cổng thông tin điện tử của Ban Chỉ đạo cải cách hành chính tỉnh.",
        ],
    },
    # ---------------------------------------------------------------- 1.8
    {
        "slug": "tiep-nhan-phan-anh-kien-nghi-qua-zalo-oa-tai-thanh-pho-lao-cai",
        "title": "Thành phố Lào Cai tiếp nhận phản ánh, kiến nghị của người dân qua Zalo",
        "summary": (
            "Qua tài khoản Zalo chính thức của UBND thành phố, người dân có thể gửi ảnh, vị trí và nội dung phản ánh; "
            "các cơ quan chuyên môn phải trả lời theo thời hạn được công khai."
        ),
        "topic": "1.8",
        "topics": ["1.3"],
        "reform_area": "digital_government",
        "agency": "UBND thành phố Lào Cai",
        "byline": "Khánh Linh (UBND thành phố Lào Cai)",
        "published": "2024-05-28",
        "tags": ["phản ánh, kiến nghị", "Zalo", "chính quyền số", "thành phố Lào Cai"],
        "image_alt": "Người dân gửi ảnh phản ánh một đoạn vỉa hè hư hỏng qua ứng dụng Zalo trên điện thoại",
        "image_caption": (
            "Gửi phản ánh kèm hình ảnh, vị trí qua tài khoản Zalo chính thức của UBND thành phố (ảnh minh họa)."
        ),
        "body": [
            "Không cần đến trụ sở hay viết đơn, người dân thành phố Lào Cai chỉ cần quan tâm tài khoản Zalo chính thức "
            "của UBND thành phố để gửi phản ánh về trật tự đô thị, vệ sinh môi trường, hạ tầng hay thái độ phục vụ của "
            "công chức.",
            "Mỗi phản ánh được gán mã số, chuyển đến phòng chuyên môn hoặc UBND phường, xã phụ trách. Người gửi nhận "
            "được thông báo khi phản ánh được tiếp nhận, đang xử lý và khi có kết quả trả lời.",
            {
                "quote": (
                    "Tôi chụp ảnh cột đèn hỏng gửi buổi sáng, hai hôm sau đã có người đến sửa và nhắn lại cho tôi."
                ),
                "attribution": "Một người dân phường Cốc Lếu",
            },
            "Thành phố quy định rõ thời hạn trả lời đối với từng loại phản ánh và đưa kết quả xử lý vào tiêu chí đánh "
            "giá hằng tháng đối với các phòng, ban, UBND phường, xã. Nội dung phản ánh có thông tin cá nhân không được "
            "công khai.",
            "Kênh tiếp nhận qua Zalo được đánh giá là cách làm hay, gần gũi, phù hợp thói quen sử dụng mạng xã hội của "
            "người dân, góp phần tăng tính công khai, minh bạch và trách nhiệm giải trình của chính quyền.",
        ],
    },
    {
        "slug": "nu-cong-chuc-mot-cua-nguoi-mong-o-sin-cheng",
        "title": "Nữ công chức một cửa người Mông ở Sín Chéng",
        "summary": (
            "Thông thạo tiếng Mông, kiên nhẫn hướng dẫn từng người, chị Sùng Thị Dua đã giúp nhiều bà con ở xã vùng "
            "cao Sín Chéng lần đầu tự nộp hồ sơ trên điện thoại."
        ),
        "topic": "1.8",
        "topics": ["1.5"],
        "reform_area": "civil_service",
        "agency": "UBND huyện Si Ma Cai",
        "byline": "Mai Phương (Trung tâm Văn hóa - Thể thao và Truyền thông huyện Si Ma Cai)",
        "published": "2024-10-29",
        "tags": ["gương điển hình", "một cửa", "Si Ma Cai", "đồng bào Mông"],
        "image_alt": "Nữ công chức trong trang phục dân tộc Mông hướng dẫn người cao tuổi làm thủ tục tại quầy một cửa",
        "image_caption": "Công chức bộ phận một cửa xã Sín Chéng hướng dẫn người dân làm thủ tục (ảnh minh họa).",
        "body": [
            "Ở bộ phận một cửa UBND xã Sín Chéng, huyện Si Ma Cai, những buổi sáng đông người, chị Sùng Thị Dua vừa "
            "tiếp nhận hồ sơ vừa giải thích bằng tiếng Mông cho những người chưa thạo tiếng phổ thông.",
            "Chị tự làm một cuốn sổ tay ghi các bước nộp hồ sơ trực tuyến bằng hình vẽ đơn giản, dán ngay cạnh máy "
            "tính dành cho người dân. Với người cao tuổi, chị hướng dẫn con cháu họ cài đặt ứng dụng để lần sau làm "
            "giúp ông bà.",
            {
                "quote": (
                    "Bà con đi bộ cả tiếng mới đến xã. Mình hướng dẫn kỹ một lần để họ không phải đi lại lần thứ hai."
                ),
                "attribution": "Chị Sùng Thị Dua, công chức bộ phận một cửa xã Sín Chéng",
            },
            "Nhờ cách làm tận tụy đó, tỷ lệ hồ sơ nộp trực tuyến ở xã tăng dần, số hồ sơ trễ hạn giảm. Chị được UBND "
            "huyện Si Ma Cai tặng giấy khen vì có thành tích xuất sắc trong cải cách hành chính.",
            "Câu chuyện của chị Dua là một trong những tấm gương cán bộ, công chức tận tụy phục vụ nhân dân mà Kế "
            "hoạch thông tin, tuyên truyền cải cách hành chính năm 2024 của tỉnh đề nghị lan tỏa.",
        ],
    },
    {
        "slug": "chuyen-muc-cai-cach-hanh-chinh-tren-song-truyen-hinh-mot-nam-dong-hanh",
        "title": "Chuyên mục Cải cách hành chính trên sóng truyền hình: một năm đồng hành cùng người dân",
        "summary": (
            "Năm 2024, Đài Phát thanh - Truyền hình tỉnh Lào Cai phát sóng đều đặn mỗi tháng một số chuyên mục Cải "
            "cách hành chính, đưa những câu hỏi, góp ý của người dân đến với các cơ quan có trách nhiệm."
        ),
        "topic": "1.8",
        "topics": ["1.2"],
        "reform_area": "procedures",
        "agency": "Đài Phát thanh - Truyền hình tỉnh Lào Cai",
        "byline": "Quang Hưng (Đài Phát thanh - Truyền hình tỉnh Lào Cai)",
        "published": "2025-02-11",
        "tags": ["chuyên mục truyền hình", "góp ý, phản ánh", "báo chí", "cải cách hành chính"],
        "image_alt": "Phóng viên truyền hình phỏng vấn người dân tại Trung tâm Phục vụ hành chính công tỉnh",
        "image_caption": (
            "Ê-kíp chuyên mục Cải cách hành chính ghi hình tại Trung tâm Phục vụ hành chính công tỉnh (ảnh minh họa)."
        ),
        "body": [
            "Thực hiện Kế hoạch số 18/KH-UBND, Đài Phát thanh - Truyền hình tỉnh duy trì chuyên mục Cải cách hành "
            "chính với tần suất một số mỗi tháng, được xây dựng theo kế hoạch và đề nghị của Sở Nội vụ.",
            "Mỗi số chuyên mục chọn một vấn đề người dân quan tâm: dịch vụ công trực tuyến toàn trình, thủ tục đất "
            "đai, định danh điện tử, thanh toán không dùng tiền mặt, bộ phận một cửa cấp xã… Phóng sự hiện trường được "
            "kết hợp với phần giải đáp của đại diện cơ quan chuyên môn.",
            "Điểm mới năm 2024 là phần “Người dân hỏi - cơ quan trả lời”, tiếp nhận câu hỏi qua điện thoại đường dây "
            "nóng, trang mạng xã hội của Đài và Cổng thông tin điện tử của Ban Chỉ đạo cải cách hành chính tỉnh.",
            {
                "quote": (
                    "Có những câu hỏi tưởng nhỏ, như vì sao phải bổ sung một loại giấy tờ, nhưng khi được trả lời công "
                    "khai trên sóng thì rất nhiều người cùng được giải đáp."
                ),
                "attribution": (
                    "Biên tập viên chuyên mục Cải cách hành chính, Đài Phát thanh - Truyền hình tỉnh Lào Cai"
                ),
            },
            "Các số chuyên mục đều được đăng lại trên nền tảng số của Đài và chia sẻ lên Cổng thông tin điện tử của "
            "Ban Chỉ đạo, để người dân có thể xem lại bất cứ lúc nào.",
        ],
    },
]

# Sáng kiến, mô hình mới, cách làm hay (mục II.1.8).
# LƯU Ý: các chỉ số "trước/sau" dưới đây là SỐ LIỆU MINH HỌA cho bản trình diễn,
# không phải số liệu thống kê chính thức.
REFORM_MODELS = [
    {
        "slug": "to-cong-nghe-so-cong-dong",
        "title": "Tổ công nghệ số cộng đồng",
        "summary": (
            "Mỗi thôn, tổ dân phố có một tổ công nghệ số cộng đồng trực tiếp hướng dẫn người dân sử dụng định danh "
            "điện tử, dịch vụ công trực tuyến và thanh toán số."
        ),
        "kind": "new_model",
        "agency": "Sở Thông tin và Truyền thông tỉnh Lào Cai",
        "field": "digital_government",
        "year_started": 2022,
        "scope": "province",
        "problem": [
            "Hạ tầng và nền tảng số đã có, nhưng nhiều người dân, nhất là người cao tuổi và đồng bào vùng cao, chưa "
            "biết cách sử dụng; tỷ lệ tài khoản định danh điện tử được kích hoạt và hồ sơ nộp trực tuyến còn thấp.",
            "Cán bộ xã ít, địa bàn rộng, không thể hướng dẫn đến từng hộ gia đình.",
        ],
        "solution": [
            "Thành lập tổ công nghệ số cộng đồng ở tất cả thôn, tổ dân phố, gồm trưởng thôn, công an viên, đoàn viên "
            "thanh niên, giáo viên và người dân có hiểu biết về công nghệ.",
            "Sở Thông tin và Truyền thông biên soạn tài liệu hướng dẫn ngắn, nhiều hình ảnh, có bản tiếng Mông, tiếng "
            "Dao; tập huấn cho tổ trưởng theo cụm xã.",
            "Tổ hoạt động theo lịch cố định vào buổi tối hoặc ngày chợ phiên, ghi nhận kết quả hỗ trợ từng hộ để đánh "
            "giá hằng quý.",
        ],
        "results": [
            {"indicator": "Thôn, tổ dân phố có tổ công nghệ số cộng đồng", "before": 0, "after": 100, "unit": "%"},
            {
                "indicator": "Người trưởng thành có tài khoản định danh điện tử đã kích hoạt",
                "before": 32,
                "after": 74,
                "unit": "%",
            },
            {"indicator": "Hộ gia đình được hướng dẫn ít nhất một kỹ năng số", "before": 10, "after": 65, "unit": "%"},
        ],
        "replication": "replicated",
        "reform_area": "digital_government",
        "tags": ["chuyển đổi số", "kỹ năng số", "tổ công nghệ số cộng đồng", "vùng cao"],
        "published": "2024-03-28",
        "image_alt": "Tổ công nghệ số cộng đồng hướng dẫn người dân sử dụng điện thoại tại nhà văn hóa thôn",
        "image_caption": "Một buổi sinh hoạt của tổ công nghệ số cộng đồng (ảnh minh họa).",
    },
    {
        "slug": "bo-phan-mot-cua-khong-cho-sa-pa",
        "title": "Bộ phận một cửa “không chờ” ở thị xã Sa Pa",
        "summary": (
            "Người dân đặt lịch hẹn trước qua điện thoại hoặc Zalo, đến đúng giờ là được phục vụ ngay; thời gian chờ "
            "tại bộ phận một cửa giảm rõ rệt."
        ),
        "kind": "initiative",
        "agency": "UBND thị xã Sa Pa",
        "field": "one_stop_shop",
        "year_started": 2023,
        "scope": "district",
        "problem": [
            "Vào mùa du lịch, số hồ sơ đăng ký kinh doanh, lưu trú tăng mạnh; người dân và hộ kinh doanh thường phải "
            "chờ lâu tại bộ phận một cửa, có ngày phải quay lại lần hai.",
        ],
        "solution": [
            "Triển khai đặt lịch hẹn trước qua điện thoại, tài khoản Zalo chính thức và Cổng dịch vụ công; hệ thống tự "
            "động cấp số thứ tự theo khung giờ.",
            "Bố trí quầy ưu tiên cho người cao tuổi, người khuyết tật, phụ nữ mang thai; công chức được luân phiên hỗ "
            "trợ quầy đông người vào giờ cao điểm.",
            "Công khai thời gian chờ trung bình mỗi ngày trên màn hình tại sảnh để người dân giám sát.",
        ],
        "results": [
            {"indicator": "Thời gian chờ trung bình tại quầy", "before": 35, "after": 8, "unit": "phút"},
            {"indicator": "Tỷ lệ người dân đánh giá hài lòng", "before": 86, "after": 97, "unit": "%"},
        ],
        "replication": "replicating",
        "reform_area": "procedures",
        "tags": ["một cửa", "đặt lịch hẹn", "Sa Pa", "sự hài lòng"],
        "published": "2024-05-07",
        "image_alt": "Sảnh bộ phận một cửa thị xã Sa Pa với màn hình hiển thị số thứ tự và thời gian chờ",
        "image_caption": "Màn hình công khai thời gian chờ tại bộ phận một cửa (ảnh minh họa).",
    },
    {
        "slug": "rut-ngan-thoi-gian-cap-giay-chung-nhan-quyen-su-dung-dat-lan-dau",
        "title": "Rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất lần đầu từ 30 xuống 10 ngày",
        "summary": (
            "Nhờ liên thông điện tử với cơ quan thuế và lịch thẩm định cố định hằng tuần, thủ tục đất đai được giải "
            "quyết nhanh hơn nhiều so với thời gian quy định."
        ),
        "kind": "initiative",
        "agency": "UBND huyện Bảo Thắng",
        "field": "land",
        "year_started": 2023,
        "scope": "district",
        "problem": [
            "Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu phải qua nhiều cơ quan: UBND xã, Chi nhánh Văn "
            "phòng đăng ký đất đai, cơ quan thuế, phòng chuyên môn cấp huyện; hồ sơ chuyển bằng giấy nên dễ chậm trễ.",
            "Người dân không biết hồ sơ đang ở khâu nào, phải đi hỏi nhiều lần.",
        ],
        "solution": [
            "Chuyển toàn bộ hồ sơ giữa các cơ quan sang môi trường điện tử; liên thông với cơ quan thuế để xác định "
            "nghĩa vụ tài chính ngay trên hệ thống.",
            "Tổ chức lịch thẩm định, kiểm tra thực địa cố định hằng tuần tại từng cụm xã, thay vì chờ đủ hồ sơ mới đi.",
            "Gửi tin nhắn thông báo tình trạng hồ sơ cho người dân ở từng bước xử lý.",
        ],
        "results": [
            {"indicator": "Thời gian giải quyết trung bình", "before": 30, "after": 10, "unit": "ngày"},
            {"indicator": "Hồ sơ trễ hạn", "before": 12, "after": 1.5, "unit": "%"},
        ],
        "replication": "replicating",
        "reform_area": "procedures",
        "tags": ["đất đai", "giấy chứng nhận", "liên thông điện tử", "Bảo Thắng"],
        "published": "2024-06-25",
        "image_alt": "Cán bộ địa chính đo đạc thực địa một thửa đất trồng cây ăn quả",
        "image_caption": "Kiểm tra thực địa theo lịch cố định hằng tuần (ảnh minh họa).",
    },
    {
        "slug": "zalo-oa-tiep-nhan-phan-anh-kien-nghi",
        "title": "Zalo OA tiếp nhận phản ánh, kiến nghị của người dân",
        "summary": (
            "Tài khoản Zalo chính thức của UBND thành phố Lào Cai trở thành kênh tiếp nhận phản ánh nhanh, có mã số "
            "theo dõi và thời hạn trả lời công khai."
        ),
        "kind": "good_practice",
        "agency": "UBND thành phố Lào Cai",
        "field": "digital_government",
        "year_started": 2023,
        "scope": "district",
        "problem": [
            "Phản ánh của người dân đến qua nhiều kênh rời rạc: đơn giấy, điện thoại, mạng xã hội; khó theo dõi, dễ bị "
            "bỏ sót và người dân không biết kết quả xử lý.",
        ],
        "solution": [
            "Thống nhất tiếp nhận qua tài khoản Zalo chính thức, cho phép gửi ảnh, vị trí và mô tả; mỗi phản ánh được "
            "gán mã số.",
            "Phân công đầu mối xử lý tại từng phòng, ban, UBND phường, xã; quy định thời hạn trả lời theo mức độ phức "
            "tạp.",
            "Kết quả trả lời được gửi lại cho người phản ánh và đưa vào tiêu chí đánh giá hằng tháng.",
        ],
        "results": [
            {"indicator": "Thời gian trả lời phản ánh trung bình", "before": 12, "after": 3, "unit": "ngày"},
            {"indicator": "Phản ánh được trả lời đúng hạn", "before": 70, "after": 96, "unit": "%"},
        ],
        "replication": "replicating",
        "reform_area": "digital_government",
        "tags": ["phản ánh, kiến nghị", "Zalo", "thành phố Lào Cai", "trách nhiệm giải trình"],
        "published": "2024-05-30",
        "image_alt": (
            "Màn hình điện thoại hiển thị giao diện gửi phản ánh trên tài khoản Zalo chính thức của UBND thành phố"
        ),
        "image_caption": "Người dân gửi phản ánh kèm hình ảnh qua Zalo (ảnh minh họa).",
    },
    {
        "slug": "so-hoa-ho-so-ho-tich",
        "title": "Số hóa sổ, hồ sơ hộ tịch lưu trữ",
        "summary": (
            "Dữ liệu hộ tịch lưu trữ từ nhiều năm trước được số hóa và cập nhật vào cơ sở dữ liệu hộ tịch điện tử, "
            "giúp cấp bản sao trích lục nhanh và là nền tảng cho liên thông thủ tục."
        ),
        "kind": "good_practice",
        "agency": "Sở Tư pháp tỉnh Lào Cai",
        "field": "other",
        "year_started": 2022,
        "scope": "province",
        "problem": [
            "Sổ hộ tịch giấy lưu tại UBND cấp xã và cấp huyện qua nhiều thời kỳ, nhiều cuốn đã cũ, mờ chữ; mỗi lần "
            "người dân xin trích lục, công chức phải tra cứu thủ công mất nhiều thời gian.",
        ],
        "solution": [
            "Sở Tư pháp xây dựng kế hoạch số hóa theo lộ trình, ưu tiên sổ đăng ký khai sinh, kết hôn; thuê đơn vị "
            "chuyên môn quét và nhập liệu, công chức tư pháp - hộ tịch kiểm tra, đối chiếu.",
            "Dữ liệu sau số hóa được cập nhật vào Cơ sở dữ liệu hộ tịch điện tử, kết nối với Cơ sở dữ liệu quốc gia về "
            "dân cư.",
        ],
        "results": [
            {"indicator": "Sổ hộ tịch lưu trữ được số hóa", "before": 15, "after": 92, "unit": "%"},
            {"indicator": "Thời gian cấp bản sao trích lục hộ tịch", "before": 3, "after": 1, "unit": "ngày"},
        ],
        "replication": "replicated",
        "reform_area": "digital_government",
        "tags": ["hộ tịch", "số hóa", "dữ liệu", "tư pháp"],
        "published": "2024-08-27",
        "image_alt": "Công chức tư pháp - hộ tịch đối chiếu sổ hộ tịch giấy với dữ liệu trên máy tính",
        "image_caption": "Đối chiếu dữ liệu hộ tịch sau số hóa (ảnh minh họa).",
    },
    {
        "slug": "thanh-toan-khong-dung-tien-mat-tai-cho-phien-bac-ha",
        "title": "Thanh toán không dùng tiền mặt tại chợ phiên Bắc Hà",
        "summary": (
            "Tiểu thương ở chợ phiên Bắc Hà được hỗ trợ mở tài khoản và mã QR; huyện đồng thời đẩy mạnh thu phí, lệ "
            "phí thủ tục hành chính trực tuyến."
        ),
        "kind": "new_model",
        "agency": "UBND huyện Bắc Hà",
        "field": "public_finance",
        "year_started": 2023,
        "scope": "district",
        "problem": [
            "Chợ phiên đông khách du lịch nhưng giao dịch gần như hoàn toàn bằng tiền mặt, bất tiện cho du khách và "
            "tiềm ẩn rủi ro tiền giả; thu phí, lệ phí tại bộ phận một cửa cũng chủ yếu bằng tiền mặt.",
        ],
        "solution": [
            "Phối hợp với ngân hàng và doanh nghiệp viễn thông hỗ trợ tiểu thương mở tài khoản, in mã QR miễn phí; tổ "
            "công nghệ số cộng đồng trực tại chợ các phiên đầu.",
            "Tại bộ phận một cửa, niêm yết mã QR thu phí, lệ phí và hướng dẫn người dân thanh toán trực tuyến khi nộp "
            "hồ sơ.",
        ],
        "results": [
            {"indicator": "Sạp hàng có mã QR thanh toán", "before": 5, "after": 70, "unit": "%"},
            {"indicator": "Hồ sơ thủ tục hành chính nộp phí, lệ phí trực tuyến", "before": 3, "after": 38, "unit": "%"},
        ],
        "replication": "replicating",
        "reform_area": "public_finance",
        "tags": ["thanh toán không dùng tiền mặt", "chợ phiên", "Bắc Hà", "mã QR"],
        "published": "2024-06-20",
        "image_alt": "Mã QR thanh toán treo tại một sạp bán mận và rượu ngô ở chợ phiên Bắc Hà",
        "image_caption": "Sạp hàng có mã QR thanh toán tại chợ phiên Bắc Hà (ảnh minh họa).",
    },
    {
        "slug": "to-ho-tro-nha-dau-tu-mot-dau-moi",
        "title": "Tổ hỗ trợ nhà đầu tư “một đầu mối”",
        "summary": (
            "Mỗi dự án được giao một cán bộ đầu mối theo dõi từ khi nhà đầu tư tìm hiểu đến khi được chấp thuận chủ "
            "trương đầu tư, giảm số lần nhà đầu tư phải đến các cơ quan."
        ),
        "kind": "initiative",
        "agency": "Sở Kế hoạch và Đầu tư tỉnh Lào Cai",
        "field": "investment",
        "year_started": 2023,
        "scope": "province",
        "problem": [
            "Thủ tục chấp thuận chủ trương đầu tư liên quan nhiều sở, ngành; nhà đầu tư phải tự liên hệ từng cơ quan, "
            "hồ sơ nhiều lần bị trả lại để bổ sung.",
        ],
        "solution": [
            "Thành lập tổ hỗ trợ nhà đầu tư; mỗi dự án có một cán bộ đầu mối hướng dẫn hồ sơ ngay từ đầu và điều phối "
            "lấy ý kiến các sở, ngành qua hệ thống điện tử.",
            "Tổ chức họp liên ngành định kỳ hai tuần một lần để giải quyết dứt điểm các vướng mắc, thay cho việc gửi "
            "văn bản qua lại.",
        ],
        "results": [
            {
                "indicator": "Thời gian giải quyết thủ tục chấp thuận chủ trương đầu tư",
                "before": 35,
                "after": 20,
                "unit": "ngày",
            },
            {"indicator": "Số lần nhà đầu tư phải đến cơ quan nhà nước", "before": 5, "after": 1, "unit": "lần"},
        ],
        "replication": "replicating",
        "reform_area": "procedures",
        "tags": ["đầu tư", "doanh nghiệp", "một đầu mối", "PCI"],
        "published": "2024-09-10",
        "image_alt": "Cán bộ tổ hỗ trợ nhà đầu tư trao đổi hồ sơ dự án với đại diện doanh nghiệp",
        "image_caption": "Tổ hỗ trợ nhà đầu tư làm việc với doanh nghiệp (ảnh minh họa).",
    },
    {
        "slug": "cap-phep-xay-dung-nha-o-rieng-le-truc-tuyen-theo-thiet-ke-mau",
        "title": "Cấp phép xây dựng nhà ở riêng lẻ trực tuyến theo thiết kế mẫu",
        "summary": (
            "Người dân chọn một trong các mẫu nhà ở phù hợp kiến trúc bản địa, nộp hồ sơ cấp phép xây dựng trực tuyến "
            "và nhận kết quả nhanh hơn."
        ),
        "kind": "good_practice",
        "agency": "Sở Xây dựng tỉnh Lào Cai",
        "field": "construction",
        "year_started": 2024,
        "scope": "province",
        "problem": [
            "Người dân ở nông thôn, vùng du lịch gặp khó khi lập bản vẽ xin phép xây dựng; nhiều hồ sơ phải sửa đổi, "
            "bổ sung, trong khi kiến trúc truyền thống bị phá vỡ bởi các công trình tự phát.",
        ],
        "solution": [
            "Sở Xây dựng ban hành bộ thiết kế mẫu nhà ở riêng lẻ, có phương án phù hợp kiến trúc nhà truyền thống của "
            "các dân tộc; người dân được sử dụng miễn phí.",
            "Hồ sơ dùng thiết kế mẫu được nộp qua dịch vụ công trực tuyến, rút gọn bước thẩm định bản vẽ.",
        ],
        "results": [
            {"indicator": "Thời gian cấp giấy phép xây dựng nhà ở riêng lẻ", "before": 15, "after": 7, "unit": "ngày"},
            {"indicator": "Hồ sơ cấp phép xây dựng nộp trực tuyến", "before": 10, "after": 55, "unit": "%"},
        ],
        "replication": "pilot",
        "reform_area": "procedures",
        "tags": ["xây dựng", "giấy phép xây dựng", "thiết kế mẫu", "dịch vụ công trực tuyến"],
        "published": "2024-11-19",
        "image_alt": "Bản vẽ thiết kế mẫu nhà ở mang kiến trúc truyền thống vùng cao trải trên bàn",
        "image_caption": "Một phương án thiết kế mẫu nhà ở riêng lẻ (ảnh minh họa).",
    },
]

# Gương cán bộ, công chức, viên chức tiêu biểu (mục II.1.8).
# LƯU Ý: họ tên, tiểu sử và thành tích là HƯ CẤU để trình diễn; không có thông tin cá nhân nhạy cảm
# (số điện thoại, số định danh, địa chỉ nhà riêng).
OFFICIALS = [
    {
        "slug": "sung-thi-dua",
        "full_name": "Sùng Thị Dua",
        "title": "Sùng Thị Dua – người “phiên dịch” thủ tục hành chính cho bà con vùng cao",
        "summary": (
            "Nữ công chức người Mông ở bộ phận một cửa xã Sín Chéng kiên nhẫn hướng dẫn từng người dân, giúp nhiều bà "
            "con lần đầu tự nộp hồ sơ trực tuyến."
        ),
        "position": "Công chức Văn phòng - Thống kê, bộ phận một cửa UBND xã Sín Chéng",
        "agency": "UBND xã Sín Chéng",
        "biography": [
            "Sinh ra và lớn lên ở Si Ma Cai, sau khi tốt nghiệp đại học, chị Sùng Thị Dua trở về quê nhận công tác tại "
            "UBND xã Sín Chéng và được phân công làm việc ở bộ phận tiếp nhận và trả kết quả.",
            "Hiểu rằng rào cản lớn nhất của bà con là ngôn ngữ và thói quen, chị luôn giải thích bằng tiếng Mông, tự "
            "vẽ sổ tay hướng dẫn nộp hồ sơ trực tuyến bằng hình ảnh và dành thời gian hướng dẫn con cháu của người cao "
            "tuổi để họ làm giúp ông bà.",
            "Chị cũng là thành viên tích cực của tổ công nghệ số cộng đồng, thường cùng đoàn viên thanh niên xuống "
            "thôn vào buổi tối để hướng dẫn kích hoạt tài khoản định danh điện tử.",
        ],
        "achievements": [
            "Nhiều năm liền không để hồ sơ trễ hạn do lỗi chủ quan",
            "Biên soạn sổ tay hướng dẫn nộp hồ sơ trực tuyến bằng hình ảnh",
            "Góp phần nâng tỷ lệ hồ sơ nộp trực tuyến của xã",
        ],
        "awards": [
            {"name": "Lao động tiên tiến", "year": 2023},
            {"name": "Giấy khen của Chủ tịch UBND huyện Si Ma Cai", "year": 2024},
        ],
        "quote": "Bà con đi bộ cả tiếng mới đến xã. Mình hướng dẫn kỹ một lần để họ không phải đi lại lần thứ hai.",
        "reform_area": "civil_service",
        "tags": ["gương điển hình", "một cửa", "Si Ma Cai", "đồng bào Mông"],
        "published": "2024-10-30",
        "image_alt": "Chân dung chị Sùng Thị Dua trong trang phục dân tộc Mông tại bộ phận một cửa xã Sín Chéng",
    },
    {
        "slug": "ban-van-chiem",
        "full_name": "Bàn Văn Chiêm",
        "title": "Bàn Văn Chiêm và hành trình số hóa những cuốn sổ hộ tịch cũ",
        "summary": (
            "Người công chức tư pháp - hộ tịch người Dao ở xã Tả Van đã tỉ mỉ đối chiếu hàng nghìn trang sổ hộ tịch để "
            "đưa dữ liệu lên môi trường điện tử."
        ),
        "position": "Công chức Tư pháp - Hộ tịch UBND xã Tả Van",
        "agency": "UBND xã Tả Van",
        "biography": [
            "Anh Bàn Văn Chiêm là người Dao đỏ, gắn bó với công tác tư pháp - hộ tịch ở xã Tả Van nhiều năm. Trong kho "
            "lưu trữ của xã có những cuốn sổ hộ tịch viết tay đã ố vàng, nhiều trang mờ chữ.",
            "Khi tỉnh triển khai số hóa sổ hộ tịch, anh chủ động đề xuất làm ngoài giờ, tự lập bảng theo dõi từng cuốn "
            "sổ, đối chiếu kỹ từng trường thông tin trước khi cập nhật vào cơ sở dữ liệu hộ tịch điện tử.",
            "Với những trường hợp tên người được ghi theo nhiều cách khác nhau qua các thời kỳ, anh đến tận thôn, gặp "
            "trực tiếp người dân để xác minh, bảo đảm dữ liệu chính xác.",
        ],
        "achievements": [
            "Hoàn thành số hóa sổ hộ tịch lưu trữ của xã sớm hơn kế hoạch",
            "Cấp bản sao trích lục hộ tịch cho người dân ngay trong ngày",
            "Hướng dẫn đồng nghiệp các xã lân cận kinh nghiệm đối chiếu dữ liệu",
        ],
        "awards": [
            {"name": "Chiến sĩ thi đua cơ sở", "year": 2023},
            {"name": "Giấy khen của Chủ tịch UBND thị xã Sa Pa", "year": 2024},
        ],
        "quote": (
            "Mỗi dòng trong sổ hộ tịch là giấy tờ cả đời của một người. Sai một chữ là người dân phải đi lại rất vất "
            "vả."
        ),
        "reform_area": "digital_government",
        "tags": ["gương điển hình", "hộ tịch", "số hóa", "Sa Pa"],
        "published": "2024-09-03",
        "image_alt": "Chân dung anh Bàn Văn Chiêm bên tủ lưu trữ sổ hộ tịch tại UBND xã Tả Van",
    },
    {
        "slug": "nong-thi-thanh-huyen",
        "full_name": "Nông Thị Thanh Huyền",
        "title": "Nông Thị Thanh Huyền: nụ cười ở quầy tiếp nhận hồ sơ đất đai",
        "summary": (
            "Viên chức người Tày tại Trung tâm Phục vụ hành chính công tỉnh được người dân nhớ đến nhờ sự tận tình và "
            "cách hướng dẫn hồ sơ đất đai rõ ràng, đầy đủ ngay từ lần đầu."
        ),
        "position": "Viên chức tiếp nhận hồ sơ lĩnh vực đất đai, Trung tâm Phục vụ hành chính công tỉnh",
        "agency": "Trung tâm Phục vụ hành chính công tỉnh Lào Cai",
        "biography": [
            "Chị Nông Thị Thanh Huyền, người Tày ở Bảo Yên, được phân công tiếp nhận hồ sơ lĩnh vực đất đai, lĩnh vực "
            "có số lượng hồ sơ lớn và nhiều quy định phức tạp.",
            "Để người dân không phải bổ sung hồ sơ nhiều lần, chị xây dựng danh mục kiểm tra cho từng thủ tục, hướng "
            "dẫn một lần đầy đủ bằng văn bản và gợi ý người dân chuyển sang nộp qua dịch vụ công trực tuyến cho những "
            "lần sau.",
            "Chị thường xuyên tổng hợp những lỗi hồ sơ hay gặp, đề xuất với Sở Tài nguyên và Môi trường đơn giản hóa "
            "một số thành phần hồ sơ và công khai biểu mẫu điền sẵn.",
        ],
        "achievements": [
            "Không có phản ánh tiêu cực về thái độ phục vụ",
            "Xây dựng danh mục kiểm tra hồ sơ đất đai cho quầy tiếp nhận",
            "Đề xuất đơn giản hóa thành phần hồ sơ được cấp có thẩm quyền tiếp thu",
        ],
        "awards": [
            {"name": "Chiến sĩ thi đua cơ sở", "year": 2023},
            {"name": "Bằng khen của Chủ tịch UBND tỉnh Lào Cai", "year": 2024},
        ],
        "quote": (
            "Người dân đến với mình thường đang lo lắng. Một lời hướng dẫn rõ ràng đã là một phần của sự hài lòng."
        ),
        "reform_area": "procedures",
        "tags": ["gương điển hình", "đất đai", "Trung tâm Phục vụ hành chính công", "sự hài lòng"],
        "published": "2024-06-11",
        "image_alt": (
            "Chân dung chị Nông Thị Thanh Huyền tại quầy tiếp nhận hồ sơ của Trung tâm Phục vụ hành chính công tỉnh"
        ),
    },
    {
        "slug": "luong-van-phuc",
        "full_name": "Lương Văn Phúc",
        "title": "Lương Văn Phúc – công chức địa chính “đi từng ngõ, gõ từng nhà”",
        "summary": (
            "Công chức địa chính người Tày ở xã Võ Lao chủ động đến từng thôn hướng dẫn người dân hoàn thiện hồ sơ cấp "
            "giấy chứng nhận quyền sử dụng đất."
        ),
        "position": "Công chức Địa chính - Xây dựng UBND xã Võ Lao",
        "agency": "UBND xã Võ Lao",
        "biography": [
            "Anh Lương Văn Phúc là người Tày, nhiều năm làm công chức địa chính ở xã Võ Lao, huyện Văn Bàn. Anh hiểu "
            "rõ từng thửa đất, từng ranh giới và những vướng mắc lâu năm của bà con.",
            "Thay vì chờ người dân mang hồ sơ đến, anh phối hợp với trưởng thôn lập danh sách các hộ chưa được cấp "
            "giấy chứng nhận, đến tận nơi hướng dẫn kê khai, đo đạc và hòa giải tranh chấp ranh giới ngay tại thực "
            "địa.",
            "Anh cũng là người tích cực hướng dẫn người dân nộp hồ sơ đất đai qua dịch vụ công trực tuyến và theo dõi "
            "tiến độ trên điện thoại.",
        ],
        "achievements": [
            "Hướng dẫn nhiều hộ gia đình hoàn thiện hồ sơ cấp giấy chứng nhận lần đầu",
            "Hòa giải thành công nhiều vụ tranh chấp ranh giới đất tại cơ sở",
            "Không để hồ sơ đất đai trễ hạn ở khâu cấp xã",
        ],
        "awards": [
            {"name": "Giấy khen của Chủ tịch UBND huyện Văn Bàn", "year": 2023},
            {"name": "Chiến sĩ thi đua cơ sở", "year": 2024},
        ],
        "quote": "Đất đai là tài sản lớn nhất của bà con. Làm rõ ràng từ đầu thì sau này không ai phải khiếu nại.",
        "reform_area": "procedures",
        "tags": ["gương điển hình", "đất đai", "Văn Bàn", "cấp xã"],
        "published": "2024-11-26",
        "image_alt": "Chân dung anh Lương Văn Phúc cầm bản đồ địa chính trên cánh đồng xã Võ Lao",
    },
    {
        "slug": "tran-quoc-khanh",
        "full_name": "Trần Quốc Khánh",
        "title": "Trần Quốc Khánh: kỹ sư trẻ mang kỹ năng số lên bản",
        "summary": (
            "Kỹ sư công nghệ thông tin của Sở Thông tin và Truyền thông đã tham gia tập huấn cho hàng trăm thành viên "
            "tổ công nghệ số cộng đồng ở các huyện vùng cao."
        ),
        "position": "Viên chức Trung tâm Công nghệ thông tin và Truyền thông, Sở Thông tin và Truyền thông",
        "agency": "Sở Thông tin và Truyền thông tỉnh Lào Cai",
        "biography": [
            "Tốt nghiệp ngành công nghệ thông tin, anh Trần Quốc Khánh về làm việc tại Sở Thông tin và Truyền thông "
            "tỉnh Lào Cai, tham gia vận hành các hệ thống phục vụ chính quyền số của tỉnh.",
            "Từ khi tỉnh triển khai tổ công nghệ số cộng đồng, anh cùng đồng nghiệp biên soạn tài liệu hướng dẫn ngắn "
            "gọn, dễ hiểu và trực tiếp đứng lớp tập huấn ở nhiều xã vùng cao, có lớp phải đi bộ vào thôn vì đường sạt "
            "lở.",
            "Anh đề xuất lập nhóm hỗ trợ trực tuyến để các tổ trưởng tổ công nghệ số có thể hỏi đáp nhanh khi gặp lỗi "
            "kỹ thuật.",
        ],
        "achievements": [
            "Tham gia biên soạn bộ tài liệu hướng dẫn kỹ năng số cơ bản",
            "Trực tiếp tập huấn cho thành viên tổ công nghệ số cộng đồng ở nhiều huyện",
            "Đề xuất mô hình nhóm hỗ trợ trực tuyến cho tổ công nghệ số",
        ],
        "awards": [
            {"name": "Giấy khen của Giám đốc Sở Thông tin và Truyền thông", "year": 2023},
            {"name": "Bằng khen của Chủ tịch UBND tỉnh Lào Cai", "year": 2024},
        ],
        "quote": "Công nghệ chỉ có ý nghĩa khi người dân ở thôn xa nhất cũng dùng được.",
        "reform_area": "digital_government",
        "tags": ["gương điển hình", "chuyển đổi số", "kỹ năng số", "tổ công nghệ số cộng đồng"],
        "published": "2024-12-17",
        "image_alt": "Chân dung anh Trần Quốc Khánh đứng lớp tập huấn kỹ năng số tại một nhà văn hóa thôn",
    },
]
