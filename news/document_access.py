"""Who may download a document: `/documents/<id>/<file>` is public only once a public page uses it.

A PDF uploaded for a draft (a decision not yet signed, a report under review) must not reach
citizens before the page does. Wagtail's reference index already knows which pages use which
document (document blocks, rich-text links, the file of a legal document page, media pages);
a document is public when one of those pages is live and not restricted. Everyone with admin
access keeps downloading every document, as the admin's choosers and previews need.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.models import Page, ReferenceIndex


def is_public(document):
    """Whether a live page without a view restriction uses the document."""
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(document).filter(base_content_type=page_type)
    using_pages = [int(pk) for pk in references.values_list("object_id", flat=True)]
    return Page.objects.live().public().filter(pk__in=using_pages).exists()


def may_download(user, document):
    return user.has_perm("wagtailadmin.access_admin") or is_public(document)


def refuse_unpublished_documents(document, request):
    """`before_serve_document` hook: a 404, as for a page that does not exist, until the document is public."""
    if not may_download(request.user, document):
        raise Http404
