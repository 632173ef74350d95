"""A document reaches citizens only with a public page: a draft's PDF answers 404 until it is published."""

import pytest
from django.contrib.auth.models import Permission
from wagtail.models import PageViewRestriction

from editorial.factories import UserFactory
from news.factories import DocumentFactory, DocumentIndexPageFactory, LegalDocumentPageFactory, NewsArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home):
    return DocumentIndexPageFactory(parent=home)


def download(client, document):
    return client.get(document.url)


def test_a_drafts_document_is_not_served_to_visitors(client, section):
    draft = LegalDocumentPageFactory(parent=section, live=False, number="99/QĐ-UBND")
    assert download(client, draft.file).status_code == 404


def test_an_unused_document_is_not_served_to_visitors(client, home):
    assert download(client, DocumentFactory()).status_code == 404


def test_the_document_of_a_published_legal_document_is_served(client, section):
    plan = LegalDocumentPageFactory(parent=section, number="18/KH-UBND")
    response = download(client, plan.file)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_publishing_the_page_makes_its_document_public(client, section):
    draft = LegalDocumentPageFactory(parent=section, live=False, number="7/KH-UBND")
    assert download(client, draft.file).status_code == 404
    draft.save_revision().publish()
    assert download(client, draft.file).status_code == 200


def test_a_document_linked_from_a_published_article_body_is_served(client, topic):
    document = DocumentFactory()
    NewsArticlePageFactory(parent=topic, body=[("document", {"document": document, "title": "Phụ lục"})])
    assert download(client, document).status_code == 200


def test_a_restricted_pages_document_is_not_served(client, section):
    plan = LegalDocumentPageFactory(parent=section, number="3/KH-UBND")
    PageViewRestriction.objects.create(page=plan, restriction_type=PageViewRestriction.LOGIN)
    assert download(client, plan.file).status_code == 404


def test_editors_download_a_drafts_document(client, section):
    draft = LegalDocumentPageFactory(parent=section, live=False, number="5/QĐ-UBND")
    editor = UserFactory(username="bientap_tailieu")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert download(client, draft.file).status_code == 200
