"""The portal's WSGI application with its uploaded media served too, for bench/lighthouse.py.

In production nginx answers /media/ (from object storage, `expires 30d`), so gunicorn alone
answers 404 there and Lighthouse would count every missing picture as a console error and
measure pages without their images. WhiteNoise with autorefresh serves the renditions that
pages create after the server starts, with the same 30 days of caching.
"""

from django.conf import settings
from whitenoise import WhiteNoise

from portal.wsgi import application as portal

application = WhiteNoise(
    portal, root=settings.MEDIA_ROOT, prefix=settings.MEDIA_URL, autorefresh=True, max_age=30 * 24 * 3600
)
