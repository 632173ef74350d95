"""The committee's English pages move from a `language` field and a `translation` link to Wagtail's i18n.

Each English CommitteePage gets the "en" locale and, when it was linked to a Vietnamese page,
that page's `translation_key`, so `get_translations()` finds the pair. Moving the English pages
from under the Vietnamese home page to under the English home page (Wagtail's translation of
the home page, at /en/) needs Wagtail's tree API, which a migration's historical models lack:
`setup_portal` (news.demo.committee.ensure_committee_pages) does it, idempotently. Until then
the English pages keep answering at /en/… as before.
"""

from django.db import migrations


def to_wagtail_i18n(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    CommitteePage = apps.get_model("news", "CommitteePage")
    Page = apps.get_model("wagtailcore", "Page")
    english_pages = list(CommitteePage.objects.filter(language="en"))
    if not english_pages:
        return
    english, _ = Locale.objects.get_or_create(language_code="en")
    taken = set()
    for page in english_pages:
        original = Page.objects.filter(pk=page.translation_id).exclude(locale_id=english.pk).first()
        key = page.translation_key
        if original is not None and original.translation_key not in taken:  # one English page per original
            key = original.translation_key
        taken.add(key)
        Page.objects.filter(pk=page.pk).update(locale_id=english.pk, translation_key=key)

class Migration(migrations.Migration):
    dependencies = [
        ("news", "0007_speech_audio"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(to_wagtail_i18n, migrations.RunPython.noop),
        migrations.RemoveField(model_name="committeepage", name="language"),
        migrations.RemoveField(model_name="committeepage", name="translation"),
    ]
