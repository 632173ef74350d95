"""Files drawn for the demo with Pillow alone: document PDFs, posters, leaflets.

document_pdf(...) -> bytes: an A4 PDF laid out like a Vietnamese administrative document
(issuing body, national motto, number, place and date, title), stamped "BẢN MINH HỌA".
poster_jpeg(...) / poster_pdf(...) / leaflet_pdf(...): a poster as JPEG (for the page) and PDF (for printing).
The pages are images (Pillow writes each page as one picture), so no font is embedded and
no PDF library is needed; the same input always gives the same bytes.
"""

import io
import math
import os

from PIL import Image, ImageDraw, ImageFont

DPI = 150
A4 = (1240, 1754)  # at 150 dpi
MARGIN = 150
FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/truetype/noto"]
FONT_FILES = {"regular": ["DejaVuSerif.ttf", "DejaVuSans.ttf", "NotoSans-Regular.ttf"],
              "bold": ["DejaVuSerif-Bold.ttf", "DejaVuSans-Bold.ttf", "NotoSans-Bold.ttf"],
              "sans-bold": ["DejaVuSans-Bold.ttf", "NotoSans-Bold.ttf"]}  # fmt: skip
PALETTES = {
    "red": ((176, 13, 39), (255, 212, 59), (255, 255, 255)),
    "blue": ((20, 40, 75), (242, 201, 76), (255, 255, 255)),
    "green": ((22, 86, 60), (250, 226, 120), (255, 255, 255)),
}


def font(style, size):
    for directory in FONT_DIRS:
        for name in FONT_FILES[style]:
            path = os.path.join(directory, name)
            if os.path.exists(path):
                return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def wrap(draw, text, face, width):
    """The text broken into lines no wider than `width` pixels."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=face) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def long_date(day):
    return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def to_pdf(pages, title):
    out = io.BytesIO()
    first, *rest = pages
    first.save(out, "PDF", resolution=DPI, save_all=True, append_images=rest, title=title, producer="demo")
    return out.getvalue()


def document_pdf(issuer, number, date_issued, kind_label, subject, paragraphs):
    """A placeholder of a document: its heading as the original has it, then a short summary."""
    regular, bold, small, head = font("regular", 26), font("bold", 26), font("regular", 22), font("bold", 22)
    width = A4[0] - 2 * MARGIN
    pages, page, draw, y = [], None, None, 0

    def new_page():
        nonlocal page, draw, y
        page = Image.new("1", A4, 1)
        draw = ImageDraw.Draw(page)
        pages.append(page)
        y = MARGIN

    new_page()
    left_x, right_x = MARGIN + 170, A4[0] - MARGIN - 250
    for text in wrap(draw, issuer.upper(), head, 320):
        draw.text((left_x, y), text, font=head, fill=0, anchor="ma")
        y += 30
    draw.text((left_x, y + 14), f"Số: {number}", font=small, fill=0, anchor="ma")
    top = MARGIN
    draw.text((right_x, top), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=head, fill=0, anchor="ma")
    draw.text((right_x, top + 32), "Độc lập - Tự do - Hạnh phúc", font=head, fill=0, anchor="ma")
    draw.line((right_x - 140, top + 64, right_x + 140, top + 64), fill=0, width=2)
    draw.text((right_x, top + 96), f"Lào Cai, {long_date(date_issued)}", font=small, fill=0, anchor="ma")
    y = max(y + 70, top + 180)
    draw.text((A4[0] / 2, y), kind_label.upper(), font=font("bold", 34), fill=0, anchor="ma")
    y += 56
    for text in wrap(draw, subject, bold, width - 100):
        draw.text((A4[0] / 2, y), text, font=bold, fill=0, anchor="ma")
        y += 36
    y += 30
    stamp = "BẢN MINH HỌA cho Cổng thông tin – không thay thế văn bản gốc do cơ quan ban hành phát hành"
    stamp_lines = wrap(draw, stamp, small, width - 40)
    draw.rectangle((MARGIN, y, A4[0] - MARGIN, y + 24 + 30 * len(stamp_lines)), outline=0, width=3)
    for index, text in enumerate(stamp_lines):
        draw.text((A4[0] / 2, y + 14 + 30 * index), text, font=small, fill=0, anchor="ma")
    y += 60 + 30 * len(stamp_lines)
    for paragraph in paragraphs:
        face = bold if paragraph.isupper() else regular
        for text in wrap(draw, paragraph, face, width):
            if y > A4[1] - MARGIN:
                new_page()
            draw.text((MARGIN, y), text, font=face, fill=0)
            y += 38
        y += 18
    return to_pdf(pages, f"{kind_label} {number}")


def draw_poster(headline, lines, palette, size=(1200, 1600)):
    """A poster in the provincial colours: emblem, headline, slogan lines, the committee's name."""
    background, accent, text_colour = PALETTES[palette]
    width, height = size
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height - 150, width, height), fill=(255, 255, 255))
    cx, cy, radius = width / 2, 330, 190
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=background, outline=accent, width=14)
    star = []
    for point in range(10):
        angle = -math.pi / 2 + point * math.pi / 5
        reach = 140 if point % 2 == 0 else 56
        star.append((cx + reach * math.cos(angle), cy + reach * math.sin(angle)))
    draw.polygon(star, fill=accent)
    y = 620
    for text in wrap(draw, headline, font("sans-bold", 84), width - 120):
        draw.text((width / 2, y), text, font=font("sans-bold", 84), fill=accent, anchor="ma")
        y += 104
    y += 40
    for line in lines:
        draw.text((width / 2, y), line, font=font("sans-bold", 58), fill=text_colour, anchor="ma")
        y += 84
    draw.text(
        (width / 2, height - 75), "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH TỈNH LÀO CAI", font=font("sans-bold", 40),
        fill=background, anchor="mm",
    )  # fmt: skip
    return image


def poster_jpeg(headline, lines, palette):
    out = io.BytesIO()
    draw_poster(headline, lines, palette).save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()


def poster_pdf(headline, lines, palette, title):
    return to_pdf([draw_poster(headline, lines, palette)], title)


def leaflet_pdf(headline, lines, palette, steps, title):
    """Two pages: the cover (the poster) and the steps."""
    cover = draw_poster(headline, lines, palette)
    inside = Image.new("RGB", cover.size, (255, 255, 255))
    draw = ImageDraw.Draw(inside)
    y = 140
    draw.text((cover.size[0] / 2, y), headline, font=font("sans-bold", 64), fill=PALETTES[palette][0], anchor="ma")
    y += 160
    for step in steps:
        for text in wrap(draw, step, font("regular", 44), cover.size[0] - 240):
            draw.text((120, y), text, font=font("regular", 44), fill=(27, 31, 36))
            y += 62
        y += 40
    return to_pdf([cover, inside], title)
