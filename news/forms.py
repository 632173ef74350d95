from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class PortalImageForm(BaseImageForm):
    """The image upload form: a description (the alt text) is required, for screen-reader users."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].required = True
            self.fields["description"].label = _("Mô tả ảnh (văn bản thay thế)")
            self.fields["description"].help_text = _(
                "Mô tả nội dung ảnh cho người khiếm thị, ví dụ: «Người dân làm thủ tục tại Bộ phận một cửa»."
            )
