"""What is read aloud for each kind of page: its title, sapo and body, as plain text in reading order.

Only the three kinds a citizen reads as a story are spoken: news articles, reform models
and exemplary officials. Legal documents and media items are files to open, not to hear.
Images, videos and attachments have no words to speak and are left out.
"""

from news.models import ExemplaryOfficialPage, NewsArticlePage, ReformModelPage
from news.speech.normalise import html_to_text, join_sentences

SPOKEN_TYPES = (NewsArticlePage, ReformModelPage, ExemplaryOfficialPage)


def is_spoken(page):
    """Whether this page (of any class, specific or not) gets audio."""
    page_class = page.specific_class if hasattr(page, "specific_class") else type(page)
    return page_class is not None and issubclass(page_class, SPOKEN_TYPES)


def article_body(page):
    parts = []
    for block in page.body:
        if block.block_type == "paragraph":
            parts.append(html_to_text(block.value.source))
        elif block.block_type == "quote":
            said_by = block.value.get("attribution")
            parts.append(join_sentences([block.value["text"], said_by and f"Theo {said_by}"]))
    return parts


def decimal_text(value):
    """12.50 → "12,5": the comma is the decimal mark the normaliser reads."""
    return format(value.normalize(), "f").replace(".", ",")


def reform_model_body(page):
    parts = ["Vấn đề đặt ra.", html_to_text(page.problem), "Giải pháp.", html_to_text(page.solution)]
    results = list(page.results.all())
    if results:
        parts.append("Kết quả.")
        for result in results:
            unit = f" {result.unit}" if result.unit else ""
            before, after = decimal_text(result.before), decimal_text(result.after)
            parts.append(f"{result.indicator}: trước {before}{unit}, sau {after}{unit}.")
    return parts


def official_body(page):
    parts = [join_sentences([f"{page.full_name}, {page.position}"])]
    parts += ["Tiểu sử, quá trình công tác.", html_to_text(page.biography)]
    parts += ["Thành tích.", html_to_text(page.achievements)]
    awards = list(page.awards.all())
    if awards:
        parts.append("Khen thưởng.")
        parts += [f"{award.name}, năm {award.year}." for award in awards]
    if page.quote:
        parts.append(join_sentences([page.quote]))
    return parts


BODY_READERS = {
    NewsArticlePage: article_body,
    ReformModelPage: reform_model_body,
    ExemplaryOfficialPage: official_body,
}


def written_text(page):
    """The page's words as a reader sees them (before normalisation): title, sapo, then its body."""
    page = page.specific
    reader = next(reader for page_type, reader in BODY_READERS.items() if isinstance(page, page_type))
    body = reader(page)
    return " ".join(part for part in [join_sentences([page.title, page.summary]), *body] if part)
