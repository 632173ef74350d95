"""The demo's content pages, built from their data records and published as an editor would.

`ensure_pages` is the one loop: a page already under its section (same slug) is left as
it is; a missing one is built by its kind's function below, classified, and published
with the date the data gives.
"""

import html

from wagtail.models import Page
from wagtail.rich_text import RichText

from news.demo import files
from news.demo.datafiles import to_date, to_datetime
from news.demo.images import draw_image, draw_portrait
from news.demo.storage import ensure_document, ensure_image
from news.models import (
    DocumentKind,
    ExemplaryOfficialPage,
    LegalDocumentPage,
    MediaItemPage,
    NewsArticlePage,
    OfficialAward,
    ReformModelPage,
    ReformModelResult,
    RelatedPage,
)

# The demo pictures are drawn, not photographed: their alt text says what they really show.
LANDSCAPE_ALT = "Ảnh minh họa: núi đồi và ruộng bậc thang Lào Cai"
PORTRAIT_ALT = "Ảnh minh họa: hình bóng chân dung"


def ensure_pages(records, build, *, topics, agencies, user, section=None):
    """Creates the missing pages of one kind under `section`, or under each record's topic
    section ("topic": its code) when no section is given; returns how many were created."""
    created = 0
    for data in records:
        parent = section or topics[data["topic"]]
        if Page.objects.child_of(parent).filter(slug=data["slug"]).exists():
            continue
        page = build(data)
        classify(page, data, topics, agencies)
        publish_new(parent, page, user, data["published"])
        created += 1
    return created


def classify(page, data, topics, agencies):
    """Agency, reform area, the other topics the page belongs to, and its tags."""
    page.agency = agencies.get(data.get("agency"))
    page.reform_area = data.get("reform_area", "")
    page.topics = [topics[code] for code in data.get("topics", []) if code in topics and code != data.get("topic")]
    page.tags.set(data.get("tags", []))


def publish_new(parent, page, user, published):
    """Adds a page under its section and publishes it, dated as the demo says."""
    page.first_published_at = to_datetime(published)
    parent.add_child(instance=page)
    page.save_revision(user=user).publish(user=user)
    return page


def paragraphs_html(paragraphs):
    return "".join(f"<p>{html.escape(text)}</p>" for text in paragraphs)


def landscape(key, label=""):
    return ensure_image(key, LANDSCAPE_ALT, lambda: draw_image(key, label))


# ---------------------------------------------------------------- one function per page kind


def body_block(item):
    """A StreamField block of an article's body: a quote ({"quote", "attribution"}) or a paragraph."""
    if isinstance(item, dict):
        return ("quote", {"text": item["quote"], "attribution": item.get("attribution", "")})
    return ("paragraph", RichText(paragraphs_html([item])))


def article_page(data):
    return NewsArticlePage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        byline=data.get("byline", ""),
        body=[body_block(item) for item in data["body"]],
        lead_image=landscape(data["slug"]),
        lead_image_caption=data.get("image_caption", ""),
        is_featured=data.get("featured", False),
    )


def reform_model_page(data):
    page = ReformModelPage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        kind=data["kind"],
        field=data["field"],
        year_started=data["year_started"],
        scope=data["scope"],
        problem=paragraphs_html(data["problem"]),
        solution=paragraphs_html(data["solution"]),
        replication=data["replication"],
        lead_image=landscape(data["slug"]),
        lead_image_caption=data.get("image_caption", ""),
        is_featured=data.get("featured", False),
    )
    page.results = [
        ReformModelResult(indicator=r["indicator"], before=r["before"], after=r["after"], unit=r.get("unit", ""))
        for r in data["results"]
    ]
    return page


def official_page(data):
    page = ExemplaryOfficialPage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        full_name=data["full_name"],
        position=data["position"],
        biography=paragraphs_html(data["biography"]),
        achievements="<ul>" + "".join(f"<li>{html.escape(a)}</li>" for a in data["achievements"]) + "</ul>",
        quote=data.get("quote", ""),
        lead_image=ensure_image(data["slug"], PORTRAIT_ALT, lambda: draw_portrait(data["slug"])),
    )
    page.awards = [OfficialAward(name=a["name"], year=a["year"]) for a in data["awards"]]
    return page


def legal_document_page(data):
    """The document's page and its placeholder PDF, laid out like the original's heading."""
    kind_label = str(dict(DocumentKind.choices)[data["kind"]])
    date_issued = to_date(data["date_issued"])
    file = ensure_document(
        f"{kind_label} {data['number']} (bản minh họa)",
        f"{data['slug']}.pdf",
        lambda: files.document_pdf(
            data["issuer"], data["number"], date_issued, kind_label, data["summary"], data["pdf"]
        ),
    )
    page = LegalDocumentPage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        number=data["number"],
        kind=data["kind"],
        issuer=data["issuer"],
        signer=data.get("signer", ""),
        date_issued=date_issued,
        effective_date=to_date(data.get("effective_date")),
        file=file,
    )
    page.related_pages = [RelatedPage(page=other) for other in Page.objects.filter(slug__in=data.get("related", []))]
    return page


def media_item_page(data):
    image, file = media_files(data)
    return MediaItemPage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        kind=data["kind"],
        video_url=data.get("video_url", ""),
        broadcast_date=to_date(data.get("broadcast_date")),
        credit=data.get("credit", ""),
        description=paragraphs_html(data.get("description", [])),
        lead_image=image,
        file=file,
    )


def media_files(data):
    """(image, file) of a media item: its drawn poster and printable PDF, or a landscape thumbnail for a video."""
    key, poster = data["slug"], data.get("poster")
    if poster is None:
        label = data.get("image_label", "")
        alt = f"Ảnh minh họa: {data.get('image_label', data['title'])}"
        return ensure_image(key, alt, lambda: draw_image(key, label)), None
    headline, lines, palette = poster["headline"], poster["lines"], poster["palette"]
    alt = f"{data['title']}: {headline.capitalize()} – {', '.join(lines)}"
    image = ensure_image(key, alt, lambda: files.poster_jpeg(headline, lines, palette))

    def pdf():
        if data.get("leaflet"):  # two pages: the poster as its cover, then the steps
            return files.leaflet_pdf(headline, lines, palette, data["leaflet"], data["title"])
        return files.poster_pdf(headline, lines, palette, data["title"])

    return image, ensure_document(f"{data['title']} (bản in, minh họa)", f"{key}.pdf", pdf)
