"""The demo's rows that are not pages: index scores and citizens' feedback."""

import datetime
from decimal import Decimal

from news import feedback as moderation
from news.demo.datafiles import to_datetime
from news.models import Feedback, FeedbackStatus, IndexScore


def ensure_index_scores(records):
    """The sample scores, one row per (index, year), all marked as sample data; returns how many were added."""
    created = 0
    for data in records:
        defaults = {key: value for key, value in data.items() if key not in {"index", "year"}}
        if defaults["score"] is not None:
            defaults["score"] = Decimal(defaults["score"])
        _row, was_created = IndexScore.objects.get_or_create(
            index=data["index"], year=data["year"], defaults={**defaults, "is_sample": True}
        )
        created += was_created
    return created


def ensure_feedback(records, topics, agencies, user):
    """The demo items, taken through the same moderation services an editor uses, dated as the demo says."""
    created = 0
    for data in records:
        if Feedback.objects.filter(title=data["title"]).exists():
            continue
        item = Feedback.objects.create(
            title=data["title"],
            text=data["text"],
            name=data.get("name", ""),
            email=data.get("email", ""),
            topic=topics.get(data["topic"]),
            agency=agencies.get(data.get("agency")),
            submitted_at=to_datetime(data["submitted"]),
        )
        if data.get("answer"):
            moderation.answer(item, user=user, text=data["answer"])
        if data["status"] == FeedbackStatus.PUBLISHED:
            moderation.publish(item, user=user)
        elif data["status"] == FeedbackStatus.REJECTED:
            moderation.reject(item, user=user, note=data.get("note", ""))
        if data.get("answered"):
            answered = to_datetime(data["answered"])
            dates = {"answered_at": answered}
            if item.status == FeedbackStatus.PUBLISHED:
                dates["published_at"] = answered + datetime.timedelta(days=1)
            Feedback.objects.filter(pk=item.pk).update(**dates)
        created += 1
    return created
