from news.models.agencies import Agency, AgencyKind
from news.models.articles import NewsArticlePage
from news.models.committee import CommitteeMember, CommitteePage, MemberLevel
from news.models.content import (
    ContentPage,
    ContentPageTag,
    ReformArea,
    RelatedPage,
    Withdrawal,
    content_page_models,
)
from news.models.documents import DocumentIndexPage, DocumentKind, LegalDocumentPage
from news.models.feedback import Feedback, FeedbackPage, FeedbackStatus
from news.models.indices import IndexScore, IndexSubScore, ParIndex
from news.models.indices_page import ParIndicesPage
from news.models.media import MediaIndexPage, MediaItemPage, MediaKind
from news.models.officials import ExemplaryOfficialPage, OfficialAward
from news.models.reform_models import ReformModelPage, ReformModelResult
from news.models.sections import HomePage, TopicIndexPage
from news.models.site_settings import PortalSettings
from news.models.speech import SpeechAudio, SpeechJob

__all__ = [
    "Agency",
    "AgencyKind",
    "CommitteeMember",
    "CommitteePage",
    "ContentPage",
    "ContentPageTag",
    "DocumentIndexPage",
    "DocumentKind",
    "ExemplaryOfficialPage",
    "Feedback",
    "FeedbackPage",
    "FeedbackStatus",
    "HomePage",
    "IndexScore",
    "IndexSubScore",
    "LegalDocumentPage",
    "MediaIndexPage",
    "MediaItemPage",
    "MediaKind",
    "MemberLevel",
    "NewsArticlePage",
    "OfficialAward",
    "ParIndex",
    "ParIndicesPage",
    "PortalSettings",
    "ReformArea",
    "ReformModelPage",
    "ReformModelResult",
    "RelatedPage",
    "SpeechAudio",
    "SpeechJob",
    "TopicIndexPage",
    "Withdrawal",
    "content_page_models",
]
