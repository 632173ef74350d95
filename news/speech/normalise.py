"""The spoken form of a text: what espeak-ng must hear so that a listener hears Vietnamese.

espeak-ng reads digits and capitals letter by letter or in English habits, so a
reader of "UBND tỉnh ngày 15/01/2024" would hear noise. Each rule below rewrites one
kind of written form into words, in the order `normalise` applies them: acronyms,
dates, ratios, percentages, ranges, ordinals, then the remaining numbers (markup is
stripped before, by `html_to_text`).
"""

import html
import re

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
GROUP_NAMES = ("", "nghìn", "triệu")

# The committee's and the reform programme's abbreviations, as a reader would say them.
# Matched whole and case-sensitively: "TP" is an abbreviation, "Tp" in a name is not touched.
ACRONYMS = {
    "PAR INDEX": "chỉ số cải cách hành chính",
    "PAR Index": "chỉ số cải cách hành chính",
    "SIPAS": "chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
    "PAPI": "chỉ số hiệu quả quản trị và hành chính công cấp tỉnh",
    "PCI": "chỉ số năng lực cạnh tranh cấp tỉnh",
    "DTI": "chỉ số chuyển đổi số",
    "DDCI": "chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương",
    "CCHC": "cải cách hành chính",
    "TTHC": "thủ tục hành chính",
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "MTTQ": "Mặt trận Tổ quốc",
    "BCĐ": "Ban Chỉ đạo",
    "CNTT": "công nghệ thông tin",
    "CBCCVC": "cán bộ, công chức, viên chức",
    "CBCC": "cán bộ, công chức",
    "DVCTT": "dịch vụ công trực tuyến",
    "DVC": "dịch vụ công",
    "BHXH": "bảo hiểm xã hội",
    "KT-XH": "kinh tế, xã hội",
    "THPT": "trung học phổ thông",
    "THCS": "trung học cơ sở",
    "CCCD": "căn cước công dân",
    "TP": "thành phố",
    "TW": "Trung ương",
    "TU": "Tỉnh ủy",
    "QĐ": "quyết định",
    "NQ": "nghị quyết",
    "NĐ": "nghị định",
    "ĐA": "đề án",
    "CP": "Chính phủ",
    "KH": "kế hoạch",
    "TTg": "Thủ tướng",
}
ACRONYM_RE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(key) for key in sorted(ACRONYMS, key=len, reverse=True)) + r")(?!\w)"
)

BLOCK_TAG_RE = re.compile(r"<\s*/?\s*(p|h[1-6]|li|ul|ol|br|div|blockquote|tr|td|th)\b[^>]*>", re.IGNORECASE)
TAG_RE = re.compile(r"<[^>]*>")
SENTENCE_END = (".", "!", "?", ":", ";", "…")

# A written number: "2024", "1.500.000" (dots group thousands), "98,5" (the comma is the decimal mark).
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
DATE_RE = re.compile(r"(?:\b[Nn]gày\s+)?\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b")
MONTH_YEAR_RE = re.compile(r"\b([Tt]háng)\s+(\d{1,2})[/-](\d{4})\b")
DAY_MONTH_RE = re.compile(r"\b([Nn]gày)\s+(\d{1,2})/(\d{1,2})\b")
PERCENT_RE = re.compile(rf"({NUMBER})\s?%")
RATIO_RE = re.compile(r"\b(\d+)/(\d+)\b")
ORDINAL_RE = re.compile(r"\b([Tt]hứ)\s+([14])\b")
RANGE_RE = re.compile(rf"\b({NUMBER})\s?[-–]\s?({NUMBER})\b")
NUMBER_RE = re.compile(rf"\b({NUMBER})\b")


def html_to_text(markup):
    """Plain text of rich text or rendered StreamField HTML: one sentence per paragraph, heading or list item,
    so that the voice pauses where the reader's eye would."""
    spaced = BLOCK_TAG_RE.sub("\n", markup)
    text = html.unescape(TAG_RE.sub("", spaced)).replace("\xa0", " ")
    return join_sentences(text.splitlines())


def join_sentences(lines):
    """Lines as one text, each ended with a full stop unless it already ends a sentence."""
    sentences = []
    for line in lines:
        line = " ".join(line.split())
        if line:
            sentences.append(line if line.endswith(SENTENCE_END) else line + ".")
    return " ".join(sentences)


def three_digits_to_words(number, *, after_larger_group):
    """0–999 in words. Inside a larger number a group says its hundreds even when zero
    ("hai nghìn không trăm hai mươi tư") and "linh" before a lone unit ("một trăm linh năm")."""
    hundreds, tens, units = number // 100, number // 10 % 10, number % 10
    words = []
    if hundreds or after_larger_group:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if words:
                words.append("linh")
            words.append(DIGITS[units])
    elif tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else DIGITS[units])
    else:
        words += [DIGITS[tens], "mươi"]
        if units:
            words.append({1: "mốt", 4: "tư", 5: "lăm"}.get(units, DIGITS[units]))
    return words


def number_to_words(number):
    """A whole number in Vietnamese words: 15 "mười lăm", 21 "hai mươi mốt", 105 "một trăm linh năm",
    2024 "hai nghìn không trăm hai mươi tư"; thousands of millions are "tỷ"."""
    if number == 0:
        return DIGITS[0]
    words = []
    billions, rest = divmod(number, 1_000_000_000)
    if billions:
        words += [number_to_words(billions), "tỷ"]
    groups = [rest // 1_000_000, rest // 1000 % 1000, rest % 1000]
    for index, group in enumerate(groups):
        if group:
            words += three_digits_to_words(group, after_larger_group=bool(words))
            name = GROUP_NAMES[len(groups) - 1 - index]
            if name:
                words.append(name)
    return " ".join(words)


def digits_to_words(digits):
    return " ".join(DIGITS[int(digit)] for digit in digits)


def written_number_to_words(written):
    """A number as written in Vietnamese text: "1.500.000", "98,5" ("chín mươi tám phẩy năm"). A number
    that starts with 0 ("0214", a telephone code) and the decimals after a 0 are read digit by digit."""
    whole, _comma, decimals = written.partition(",")
    whole = whole.replace(".", "")
    spoken = digits_to_words(whole) if len(whole) > 1 and whole.startswith("0") else number_to_words(int(whole))
    if decimals:
        fraction = digits_to_words(decimals) if decimals.startswith("0") else number_to_words(int(decimals))
        spoken += " phẩy " + fraction
    return spoken


def month_to_words(month):
    """Months are said "tháng một" … "tháng tư" (not "bốn") … "tháng mười hai"."""
    return "tư" if month == 4 else number_to_words(month)


def is_date(day, month):
    return 1 <= day <= 31 and 1 <= month <= 12


def spell_date(match):
    day, month, year = (int(part) for part in match.groups())
    if not is_date(day, month):
        return match.group(0)
    return f"ngày {number_to_words(day)} tháng {month_to_words(month)} năm {number_to_words(year)}"


def spell_month_year(match):
    word, month, year = match.group(1), int(match.group(2)), int(match.group(3))
    if not 1 <= month <= 12:
        return match.group(0)
    return f"{word} {month_to_words(month)} năm {number_to_words(year)}"


def spell_day_month(match):
    word, day, month = match.group(1), int(match.group(2)), int(match.group(3))
    if not is_date(day, month):
        return match.group(0)
    return f"{word} {number_to_words(day)} tháng {month_to_words(month)}"


def expand_acronyms(text):
    return ACRONYM_RE.sub(lambda match: ACRONYMS[match.group(1)], text)


def spell_dates(text):
    """15/01/2024 → "ngày mười lăm tháng một năm hai nghìn không trăm hai mươi tư" (a "ngày" before it is
    not repeated); "tháng 01/2024" and "ngày 15/01" likewise."""
    text = DATE_RE.sub(spell_date, text)
    text = MONTH_YEAR_RE.sub(spell_month_year, text)
    return DAY_MONTH_RE.sub(spell_day_month, text)


def spell_percentages(text):
    return PERCENT_RE.sub(lambda match: f"{written_number_to_words(match.group(1))} phần trăm", text)


def spell_ranges(text):
    """ "giai đoạn 2021-2025" is said "… đến …", not "trừ"."""
    return RANGE_RE.sub(
        lambda match: f"{written_number_to_words(match.group(1))} đến {written_number_to_words(match.group(2))}",
        text,
    )


def spell_ratios(text):
    """ "xếp thứ 7/63" (a slash between numbers that is not a date) is said "bảy trên sáu mươi ba"."""
    return RATIO_RE.sub(
        lambda match: f"{number_to_words(int(match.group(1)))} trên {number_to_words(int(match.group(2)))}", text
    )


def spell_ordinals(text):
    """ "thứ 1" and "thứ 4" are said "thứ nhất", "thứ tư"; the other ordinals are the plain numbers."""
    return ORDINAL_RE.sub(lambda match: f"{match.group(1)} {'nhất' if match.group(2) == '1' else 'tư'}", text)


def spell_numbers(text):
    return NUMBER_RE.sub(lambda match: written_number_to_words(match.group(1)), text)


def tidy_symbols(text):
    """Signs the voice would spell out or stumble on, in words or as pauses."""
    text = text.replace("&", " và ")
    text = re.sub(r"(?<=\w)[/-](?=\w)", " ", text)  # "số 12/KH-UBND", whose parts the rules above spelled
    text = re.sub(r"[*•#_|~^\\]", " ", text)
    return " ".join(text.split())


def normalise(text):
    """The text as it should be spoken: acronyms, dates, ratios, percentages, ranges, ordinals and numbers in words."""
    rules = (
        expand_acronyms,
        spell_dates,
        spell_ratios,
        spell_percentages,
        spell_ranges,
        spell_ordinals,
        spell_numbers,
        tidy_symbols,
    )
    for rule in rules:
        text = rule(text)
    return text
