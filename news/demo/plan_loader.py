"""Loads the documents, media, indices and feedback demo (news.demo.plan_content); idempotent.

Like news.demo.loader, each `ensure_*` creates what is missing and leaves what exists as it
is: pages are found by slug, files by title, index rows by (index, year), feedback by title.
"""

import datetime
from decimal import Decimal
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from news import feedback as feedback_services
from news.demo import plan_content as content
from news.demo import plan_files
from news.demo.images import draw_image
from news.demo.loader import classify, demo_datetime, paragraphs_html, publish_new
from news.models import (
    DocumentIndexPage,
    DocumentKind,
    Feedback,
    FeedbackPage,
    FeedbackStatus,
    IndexScore,
    LegalDocumentPage,
    MediaIndexPage,
    MediaItemPage,
    ParIndicesPage,
    RelatedPage,
)

FILES_COLLECTION = "Văn bản, tư liệu (dữ liệu mẫu)"
IMAGES_COLLECTION = "Ảnh minh họa (dữ liệu mẫu)"


def collection(name):
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=name).first()
    return found or root.add_child(name=name)


def ensure_document(title, filename, data):
    """A Wagtail document (the downloadable file), found again by its title."""
    model = get_document_model()
    document = model.objects.filter(title=title).first()
    if document is None:
        document = model(title=title, collection=collection(FILES_COLLECTION))
        document.file.save(filename, ContentFile(data), save=False)
        document._set_document_file_metadata()
        document.save()
    return document


def ensure_picture(key, alt, data):
    """A demo image (poster, thumbnail), found again by its title "demo:<key>"."""
    model = get_image_model()
    title = f"demo:{key}"
    image = model.objects.filter(title=title).first()
    if image is None:
        image = model(title=title, description=alt, collection=collection(IMAGES_COLLECTION))
        image.file = ImageFile(BytesIO(data), name=f"{key}.jpg")
        image.save()
    return image


def ensure_section(home, model, data, user):
    """The single page of this type under the home page, created and published if missing."""
    page = model.objects.child_of(home).first()
    if page is None:
        fields = {key: value for key, value in data.items() if key in {"title", "slug", "intro"}}
        page = home.add_child(instance=model(**fields))
        page.save_revision(user=user).publish(user=user)
    return page


def ensure_documents(section, topics, agencies, user):
    created = 0
    kinds = dict(DocumentKind.choices)
    for data in content.DOCUMENTS:
        if Page.objects.child_of(section).filter(slug=data["slug"]).exists():
            continue
        date_issued = datetime.date.fromisoformat(data["date_issued"])
        pdf = plan_files.document_pdf(
            data["issuer"], data["number"], date_issued, str(kinds[data["kind"]]), data["summary"], data["pdf"]
        )
        file = ensure_document(f"{kinds[data['kind']]} {data['number']} (bản minh họa)", f"{data['slug']}.pdf", pdf)
        page = LegalDocumentPage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            number=data["number"],
            kind=data["kind"],
            issuer=data["issuer"],
            signer=data.get("signer", ""),
            date_issued=date_issued,
            effective_date=datetime.date.fromisoformat(data["effective_date"]) if data.get("effective_date") else None,
            file=file,
        )
        classify(page, data, topics, agencies)
        related = Page.objects.filter(slug__in=data.get("related", []))
        page.related_pages = [RelatedPage(page=article) for article in related]
        publish_new(section, page, user, data["published"])
        created += 1
    return created


def media_files(data):
    """(image, file) of a media item: the poster drawn for it, or a landscape thumbnail for a video."""
    key = data["slug"]
    poster = data.get("poster")
    if poster is None:
        thumbnail = draw_image(key, data.get("image_label", ""))
        return ensure_picture(key, f"Ảnh minh họa: {data.get('image_label', data['title'])}", thumbnail), None
    alt = f"{data['title']}: {poster['headline'].capitalize()} – {', '.join(poster['lines'])}"
    image = ensure_picture(key, alt, plan_files.poster_jpeg(poster["headline"], poster["lines"], poster["palette"]))
    if data.get("leaflet"):
        pdf = plan_files.leaflet_pdf(
            poster["headline"], poster["lines"], poster["palette"], data["leaflet"], data["title"]
        )
    else:
        pdf = plan_files.poster_pdf(poster["headline"], poster["lines"], poster["palette"], data["title"])
    return image, ensure_document(f"{data['title']} (bản in, minh họa)", f"{key}.pdf", pdf)


def ensure_media(section, topics, agencies, user):
    created = 0
    for data in content.MEDIA:
        if Page.objects.child_of(section).filter(slug=data["slug"]).exists():
            continue
        image, file = media_files(data)
        is_video = data["kind"] in {"video", "tv_episode"}
        page = MediaItemPage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            kind=data["kind"],
            video_url=content.PLACEHOLDER_VIDEO.format(slug=data["slug"]) if is_video else "",
            broadcast_date=datetime.date.fromisoformat(data["broadcast_date"]) if data.get("broadcast_date") else None,
            credit=data.get("credit", ""),
            description=paragraphs_html(data.get("description", [])),
            lead_image=image,
            file=file,
        )
        classify(page, data, topics, agencies)
        publish_new(section, page, user, data["published"])
        created += 1
    return created


def ensure_index_scores():
    created = 0
    for index, year, score, unit, rank, out_of, source, note in content.INDEX_SCORES:
        source_name, source_url = content.SOURCES[source]
        _row, was_created = IndexScore.objects.get_or_create(
            index=index,
            year=year,
            defaults={
                "score": Decimal(score) if score is not None else None,
                "unit": unit,
                "rank": rank,
                "out_of": out_of,
                "source_name": source_name,
                "source_url": source_url,
                "note": note,
                "is_sample": True,
            },
        )
        created += was_created
    return created


def ensure_feedback(topics, agencies, user):
    """The demo items, taken through the same moderation services an editor uses, dated as the demo says."""
    created = 0
    for data in content.FEEDBACK:
        if Feedback.objects.filter(title=data["title"]).exists():
            continue
        submitted = demo_datetime(data["submitted"])
        item = Feedback.objects.create(
            title=data["title"],
            text=data["text"],
            name=data.get("name", ""),
            email=data.get("email", ""),
            topic=topics.get(data["topic"]),
            agency=agencies.get(data.get("agency")),
            submitted_at=submitted,
        )
        if data.get("answer"):
            feedback_services.answer(item, user=user, text=data["answer"])
        if data["status"] == FeedbackStatus.PUBLISHED:
            feedback_services.publish(item, user=user)
        elif data["status"] == FeedbackStatus.REJECTED:
            feedback_services.reject(item, user=user, note=data.get("note", ""))
        if data.get("answered"):
            answered = demo_datetime(data["answered"])
            dates = {"answered_at": answered}
            if item.status == FeedbackStatus.PUBLISHED:
                dates["published_at"] = answered + datetime.timedelta(days=1)
            Feedback.objects.filter(pk=item.pk).update(**dates)
        created += 1
    return created


@transaction.atomic
def setup_plan_content(home, topics, agencies, user):
    """The four sections under the home page and their demo content; returns what was created, by kind."""
    sections = {
        "documents": ensure_section(home, DocumentIndexPage, content.DOCUMENT_SECTION, user),
        "media": ensure_section(home, MediaIndexPage, content.MEDIA_SECTION, user),
        "indices": ensure_section(home, ParIndicesPage, content.INDICES_PAGE, user),
        "feedback": ensure_section(home, FeedbackPage, content.FEEDBACK_PAGE, user),
    }
    return {
        "documents": ensure_documents(sections["documents"], topics, agencies, user),
        "media": ensure_media(sections["media"], topics, agencies, user),
        "index_scores": ensure_index_scores(),
        "feedback": ensure_feedback(topics, agencies, user),
    }
