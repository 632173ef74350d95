"""Ảnh minh họa sinh bằng Pillow cho nội dung mẫu (chỉ dùng Pillow + thư viện chuẩn).

draw_image(seed, label, size) -> bytes JPEG: phong cảnh trừu tượng núi rừng Tây Bắc.
draw_portrait(seed, size)     -> bytes JPEG: bóng chân dung trừu tượng (đầu và vai).
Cùng một seed luôn cho cùng một ảnh.
"""

import io
import math
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

# Bảng màu núi rừng phía Bắc: (trời trên, trời dưới, các lớp núi xa -> gần, mặt trời)
PALETTES = [
    ((38, 84, 124), (244, 199, 142), [(92, 120, 140), (58, 98, 92), (34, 78, 60), (22, 56, 40)], (255, 226, 160)),
    ((22, 60, 92), (130, 190, 196), [(70, 120, 130), (46, 104, 96), (30, 84, 70), (18, 60, 48)], (250, 244, 214)),
    ((120, 64, 52), (238, 170, 110), [(150, 96, 80), (120, 74, 60), (84, 64, 50), (52, 46, 38)], (255, 214, 150)),
    ((46, 92, 70), (210, 224, 170), [(110, 150, 110), (76, 128, 84), (50, 102, 62), (30, 74, 44)], (255, 240, 190)),
    ((60, 70, 120), (226, 160, 150), [(104, 100, 140), (84, 110, 120), (58, 92, 84), (36, 66, 58)], (255, 220, 180)),
]
FONT_PATHS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
]


def _jitter(color, rng, amount=14):
    return tuple(max(0, min(255, c + rng.randint(-amount, amount))) for c in color)


def _mix(a, b, t):
    return tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3))


def _gradient(size, top, bottom):
    w, h = size
    column = Image.new("RGB", (1, h))
    column.putdata([_mix(top, bottom, y / max(1, h - 1)) for y in range(h)])
    return column.resize((w, h))


def _font(px):
    for path in FONT_PATHS:
        if os.path.exists(path):
            try:
                return ImageFont.truetype(path, px)
            except OSError:
                continue
    return None


def _to_jpeg(img):
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=86, optimize=True, progressive=True)
    return buf.getvalue()


def draw_image(seed: str, label: str = "", size: tuple[int, int] = (1200, 675)) -> bytes:
    rng = random.Random(seed)
    w, h = size
    top, bottom, layers, sun = rng.choice(PALETTES)
    img = _gradient(size, _jitter(top, rng), _jitter(bottom, rng))
    # Mặt trời mờ
    glow = Image.new("L", size, 0)
    sx, sy, r = rng.uniform(0.15, 0.85) * w, rng.uniform(0.15, 0.35) * h, rng.uniform(0.05, 0.09) * w
    ImageDraw.Draw(glow).ellipse((sx - r, sy - r, sx + r, sy + r), fill=190)
    img.paste(_jitter(sun, rng, 8), mask=glow.filter(ImageFilter.GaussianBlur(r / 3)))
    # Các lớp núi, xa -> gần
    for i, color in enumerate(layers):
        layer = Image.new("L", size, 0)
        d = ImageDraw.Draw(layer)
        base = h * (0.42 + 0.13 * i)
        amp = h * rng.uniform(0.06, 0.14) / (1 + 0.3 * i)
        f1, f2, ph = rng.uniform(1.2, 2.6), rng.uniform(3.5, 6.5), rng.uniform(0, math.tau)
        pts = []
        for x in range(0, w + 8, 8):
            t = x / w * math.tau
            pts.append((x, base - amp * (math.sin(t * f1 / 2 + ph) + 0.35 * math.sin(t * f2 + ph * 2))))
        d.polygon(pts + [(w, h), (0, h)], fill=255)
        layer = layer.filter(ImageFilter.GaussianBlur(max(0, 3 - i)))
        img.paste(_jitter(color, rng, 8), mask=layer)
        if i == len(layers) - 2:  # ruộng bậc thang: các đường cong song song trên sườn đồi
            d2 = ImageDraw.Draw(img)
            line = _mix(color, (214, 206, 120), 0.35)
            for k in range(1, 9):
                off = k * h * 0.022
                d2.line([(x, y + off + 4 * math.sin(x / 37 + k)) for x, y in pts], fill=line, width=2)
    img = img.filter(ImageFilter.SMOOTH)
    font = _font(max(14, h // 18)) if label else None
    if font:  # dải tối ở chân ảnh để chữ dễ đọc
        shade = Image.new("L", size, 0)
        ImageDraw.Draw(shade).rectangle((0, int(h * 0.72), w, h), fill=120)
        img.paste((10, 24, 20), mask=shade.filter(ImageFilter.GaussianBlur(h * 0.06)))
        d = ImageDraw.Draw(img)
        text, margin = label.strip(), int(w * 0.04)
        while font.getlength(text) > w - 2 * margin and len(text) > 4:
            text = text[:-2].rstrip() + "…"
        d.text((margin, h - margin), text, font=font, fill=(250, 248, 240), anchor="ls")
    return _to_jpeg(img)


def draw_portrait(seed: str, size=(600, 750)) -> bytes:
    rng = random.Random("portrait:" + seed)
    w, h = size
    top, bottom, layers, _ = rng.choice(PALETTES)
    img = _gradient(size, _mix(top, (255, 255, 255), 0.55), _mix(bottom, (255, 255, 255), 0.45))
    tone = _jitter(_mix(rng.choice(layers), (30, 40, 40), 0.35), rng, 10)
    mask = Image.new("L", size, 0)
    d = ImageDraw.Draw(mask)
    cx = w / 2 + rng.uniform(-0.03, 0.03) * w
    hr = w * rng.uniform(0.16, 0.19)  # bán kính đầu
    hy = h * 0.36
    d.ellipse((cx - hr, hy - hr * 1.18, cx + hr, hy + hr * 1.18), fill=255)
    d.rectangle((cx - hr * 0.42, hy + hr, cx + hr * 0.42, hy + hr * 1.6), fill=255)  # cổ
    sw = w * rng.uniform(0.36, 0.42)  # nửa bề rộng vai
    d.rounded_rectangle((cx - sw, hy + hr * 1.5, cx + sw, h + 60), radius=int(sw * 0.62), fill=255)  # vai
    mask = mask.filter(ImageFilter.GaussianBlur(2))
    img.paste(tone, mask=mask)
    # Hoa văn thổ cẩm đơn giản trên vai
    d2 = ImageDraw.Draw(img)
    accent = rng.choice([(196, 62, 58), (232, 170, 60), (60, 120, 170), (200, 90, 140)])
    y = hy + hr * 2.9
    for x in range(int(cx - sw * 0.6), int(cx + sw * 0.6) - 22, 22):
        d2.polygon([(x, y), (x + 11, y - 9), (x + 22, y), (x + 11, y + 9)], outline=accent, width=2)
    return _to_jpeg(img.filter(ImageFilter.SMOOTH))
