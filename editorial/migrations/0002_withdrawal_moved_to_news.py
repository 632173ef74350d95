"""The withdrawal is a fact about public visibility: it moved to news.Withdrawal.

Rows are copied (new ids: the page is what identifies a withdrawal), then the old table goes.
"""

from django.db import migrations


def copy_withdrawals(apps, schema_editor):
    old = apps.get_model("editorial", "Withdrawal")
    new = apps.get_model("news", "Withdrawal")
    new.objects.bulk_create(
        new(
            page_id=row.page_id,
            reason=row.reason,
            withdrawn_at=row.withdrawn_at,
            withdrawn_by_id=row.withdrawn_by_id,
        )
        for row in old.objects.all()
    )


def copy_back(apps, schema_editor):
    old = apps.get_model("editorial", "Withdrawal")
    new = apps.get_model("news", "Withdrawal")
    old.objects.bulk_create(
        old(
            page_id=row.page_id,
            reason=row.reason,
            withdrawn_at=row.withdrawn_at,
            withdrawn_by_id=row.withdrawn_by_id,
        )
        for row in new.objects.all()
    )


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("news", "0004_withdrawal"),
    ]

    operations = [
        migrations.RunPython(copy_withdrawals, copy_back),
        migrations.DeleteModel(name="Withdrawal"),
    ]
