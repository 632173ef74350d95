"""Media live in the bucket, never on an app server's disk, and any app server serves their renditions."""

import re
from pathlib import Path

import boto3
import pytest
from botocore.config import Config

from .conftest import ROOT, unique_word

pytestmark = pytest.mark.stack


def bucket_keys(env):
    s3 = boto3.client(
        "s3",
        endpoint_url=env["AWS_S3_ENDPOINT_URL"],
        region_name=env["AWS_S3_REGION_NAME"],
        aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
        config=Config(request_checksum_calculation="when_required", response_checksum_validation="when_required"),
    )
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=env["AWS_STORAGE_BUCKET_NAME"])
    return {item["Key"] for page in pages for item in page.get("Contents", [])}


def test_an_image_uploaded_through_a_lands_in_the_bucket_and_b_serves_its_renditions(stack):
    """The original goes to the bucket; B renders the article and its rendition answers via nginx."""
    word = unique_word()
    image = stack.action(f"upload_image({'anh-' + word!r})")
    assert image["storage"] == "S3Storage"
    assert image["name"] in bucket_keys(stack.env)
    for disk in (Path(stack.env["MEDIA_ROOT"]), ROOT / "media"):  # the app servers' disk
        assert not list(disk.rglob(f"*{word}*"))

    title = f"Ảnh hội nghị {word}"
    article = stack.action(f"publish_article({title!r}, {word!r}, image_id={image['id']})")
    html = stack.get(stack.app_b, article["url"]).text
    renditions = set(re.findall(r'src="(http://[^"]+/media/images/[^"]*' + word + r'[^"]*)"', html))
    assert renditions, "the article page shows no rendition of the image"
    keys = bucket_keys(stack.env)
    for url in renditions:
        assert url.startswith(stack.nginx + "/media/")
        assert url.removeprefix(stack.nginx + "/media/") in keys  # made by B, stored in the bucket
        response = stack.http.get(url, timeout=10)
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith("image/")
        assert len(response.content) > 500
    stack.action(f"unpublish({article['id']})")
