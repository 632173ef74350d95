from news.models.agencies import Agency, AgencyKind
from news.models.articles import NewsArticlePage
from news.models.content import ContentPage, ContentPageTag, ReformArea, RelatedPage
from news.models.officials import ExemplaryOfficialPage, OfficialAward
from news.models.reform_models import ReformModelPage, ReformModelResult
from news.models.sections import HomePage, TopicIndexPage
from news.models.site_settings import PortalSettings

__all__ = [
    "Agency",
    "AgencyKind",
    "ContentPage",
    "ContentPageTag",
    "ExemplaryOfficialPage",
    "HomePage",
    "NewsArticlePage",
    "OfficialAward",
    "PortalSettings",
    "ReformArea",
    "ReformModelPage",
    "ReformModelResult",
    "RelatedPage",
    "TopicIndexPage",
]
