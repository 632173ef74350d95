"""The OpenAPI 3 description of /api/v1/search/, written by hand from the query module's constants.

The enumerations (types, areas, sorts) and limits come from search.query at request time,
so the document cannot drift from what the API accepts.
"""

from search.query import DEFAULT_SIZE, FACETS, MAX_QUERY_LENGTH, MAX_RESULTS, MAX_SIZE, MAX_VALUES, SORTS


def schema(server_url):
    from news.models import ReformArea
    from search.indexing import content_types

    def list_parameter(name, description, enum=None):
        items = {"type": "string", "pattern": r"^[-\w]{1,120}$"}
        if enum:
            items = {"type": "string", "enum": enum}
        return {
            "name": name,
            "in": "query",
            "required": False,
            "description": description + f" Lặp lại tham số hoặc ngăn cách bằng dấu phẩy; tối đa {MAX_VALUES} giá trị.",
            "schema": {"type": "array", "items": items, "maxItems": MAX_VALUES},
            "style": "form",
            "explode": True,
        }

    key_label = {
        "type": "object",
        "required": ["key", "label"],
        "properties": {"key": {"type": "string"}, "label": {"type": "string"}},
    }
    facet_value = {
        "type": "object",
        "required": ["key", "label", "count", "selected"],
        "properties": {
            "key": {"type": "string"},
            "label": {"type": "string"},
            "count": {"type": "integer", "minimum": 0},
            "selected": {"type": "boolean"},
        },
    }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "API tìm kiếm — Cổng thông tin CCHC tỉnh Lào Cai",
            "version": "1.0.0",
            "description": (
                "Tìm trong toàn bộ tin, bài, sáng kiến, mô hình và tấm gương đã xuất bản công khai. "
                "Các từ được nối bằng AND; đặt cụm từ trong dấu ngoặc kép để tìm đúng cụm. "
                "Gõ có dấu hay không dấu đều tìm được (“dat dai” tìm thấy “Đất đai”); "
                "bài có đúng dấu như từ gõ vào được xếp trước. "
                "Mỗi nhóm bộ lọc (facets) được đếm trên kết quả của mọi bộ lọc khác, trừ chính nó."
            ),
        },
        "servers": [{"url": server_url.rstrip("/")}],
        "paths": {
            "/api/v1/search/": {
                "get": {
                    "operationId": "search",
                    "summary": "Tìm kiếm nội dung đã xuất bản",
                    "parameters": [
                        {
                            "name": "q",
                            "in": "query",
                            "required": False,
                            "description": (
                                'Từ khóa; "cụm từ" trong ngoặc kép. Bỏ trống để duyệt toàn bộ, mới nhất trước.'
                            ),
                            "schema": {"type": "string", "maxLength": MAX_QUERY_LENGTH},
                            "example": "dich vu cong truc tuyen",
                        },
                        list_parameter("type", "Loại nội dung.", sorted(content_types())),
                        list_parameter("topic", "Chuyên mục (đường dẫn của chuyên mục, ví dụ thu-tuc-hanh-chinh)."),
                        list_parameter("agency", "Cơ quan, đơn vị (đường dẫn, ví dụ so-noi-vu)."),
                        list_parameter("tag", "Từ khóa (đường dẫn, ví dụ mot-cua)."),
                        list_parameter(
                            "area", "Lĩnh vực cải cách hành chính.", [choice.value for choice in ReformArea]
                        ),
                        {
                            "name": "from",
                            "in": "query",
                            "required": False,
                            "description": "Đăng từ ngày (giờ Việt Nam), dạng NNNN-TT-NN.",
                            "schema": {"type": "string", "format": "date"},
                        },
                        {
                            "name": "to",
                            "in": "query",
                            "required": False,
                            "description": "Đăng đến hết ngày (giờ Việt Nam), dạng NNNN-TT-NN.",
                            "schema": {"type": "string", "format": "date"},
                        },
                        {
                            "name": "sort",
                            "in": "query",
                            "required": False,
                            "description": "relevance (mặc định; không có từ khóa thì mới nhất trước), newest, oldest.",
                            "schema": {"type": "string", "enum": list(SORTS), "default": "relevance"},
                        },
                        {
                            "name": "page",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "integer", "minimum": 1, "default": 1},
                            "description": f"Trang kết quả; page × size không quá {MAX_RESULTS}.",
                        },
                        {
                            "name": "size",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "integer", "minimum": 1, "maximum": MAX_SIZE, "default": DEFAULT_SIZE},
                            "description": "Số kết quả mỗi trang.",
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "Kết quả",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResults"}}},
                        },
                        "400": {
                            "description": "Tham số không hợp lệ",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                        },
                        "503": {
                            "description": "Tìm kiếm tạm thời gián đoạn",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                        },
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "SearchResults": {
                    "type": "object",
                    "required": ["query", "total", "page", "size", "pages", "results", "facets", "links"],
                    "properties": {
                        "query": {
                            "type": "object",
                            "description": "Truy vấn đã hiểu: từ, cụm từ, bộ lọc, cách sắp xếp.",
                        },
                        "total": {"type": "integer", "minimum": 0},
                        "page": {"type": "integer", "minimum": 1},
                        "size": {"type": "integer", "minimum": 1},
                        "pages": {"type": "integer", "minimum": 1},
                        "results": {"type": "array", "items": {"$ref": "#/components/schemas/Result"}},
                        "facets": {
                            "type": "object",
                            "properties": {
                                field: {"type": "array", "items": facet_value, "description": heading}
                                for field, (_, heading) in FACETS.items()
                            },
                        },
                        "suggestion": {
                            "type": "object",
                            "nullable": True,
                            "description": "Khi không có kết quả: một truy vấn khác có kết quả.",
                            "properties": {
                                "q": {"type": "string"},
                                "reason": {
                                    "type": "string",
                                    "enum": ["spelling", "without_quotes", "fewer_words", "without_filters"],
                                },
                                "total": {"type": "integer"},
                                "url": {"type": "string", "format": "uri"},
                            },
                        },
                        "links": {
                            "type": "object",
                            "properties": {
                                "self": {"type": "string", "format": "uri"},
                                "next": {"type": "string", "format": "uri", "nullable": True},
                                "prev": {"type": "string", "format": "uri", "nullable": True},
                                "html": {"type": "string", "format": "uri"},
                            },
                        },
                        "engine": {"type": "string", "enum": ["elasticsearch", "database"]},
                    },
                },
                "Result": {
                    "type": "object",
                    "required": ["id", "title", "url", "type", "published_at", "summary", "highlights"],
                    "properties": {
                        "id": {"type": "integer"},
                        "title": {"type": "string"},
                        "url": {"type": "string", "format": "uri"},
                        "type": key_label,
                        "published_at": {"type": "string", "format": "date-time"},
                        "summary": {"type": "string"},
                        "agency": {**key_label, "nullable": True},
                        "topics": {"type": "array", "items": key_label},
                        "tags": {"type": "array", "items": key_label},
                        "byline": {"type": "string", "nullable": True},
                        "thumbnail": {"type": "string", "format": "uri", "nullable": True},
                        "highlights": {
                            "type": "object",
                            "description": "HTML: văn bản đã thoát ký tự, từ khớp nằm trong <mark>.",
                            "properties": {
                                "title": {"type": "string"},
                                "summary": {"type": "string"},
                                "body": {"type": "array", "items": {"type": "string"}},
                            },
                        },
                    },
                },
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "object",
                            "required": ["status", "code", "message"],
                            "properties": {
                                "status": {"type": "integer"},
                                "code": {"type": "string", "example": "invalid_parameters"},
                                "message": {"type": "string", "description": "Thông báo tiếng Việt."},
                                "details": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "parameter": {"type": "string"},
                                            "code": {
                                                "type": "string",
                                                "example": "invalid_sort",
                                                "description": (
                                                    "query_too_long, unknown_type, unknown_topic, unknown_agency, "
                                                    "unknown_tag, unknown_area, invalid_value, too_many_values, "
                                                    "invalid_date, invalid_date_range, invalid_sort, invalid_page, "
                                                    "invalid_size, page_too_deep"
                                                ),
                                            },
                                            "message": {"type": "string"},
                                        },
                                    },
                                },
                            },
                        }
                    },
                },
            }
        },
    }
