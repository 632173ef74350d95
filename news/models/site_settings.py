from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from news.identity import COMMITTEE_NAME


@register_setting(icon="site")
class PortalSettings(BaseGenericSetting):
    """The committee's public contact details, shown in every page's footer (Decree 42/2022)."""

    committee_name = models.CharField(_("tên cơ quan chủ quản"), max_length=255, default=COMMITTEE_NAME)
    standing_body = models.CharField(
        _("cơ quan thường trực"), max_length=255, default="Sở Nội vụ tỉnh Lào Cai", blank=True
    )
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    responsible = models.CharField(_("chịu trách nhiệm nội dung"), max_length=255, blank=True)
    licence = models.CharField(_("giấy phép"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("thông tin cổng")
