"""A backup (pg_dump plus the bucket) brings back the same portal on a fresh stack."""

import re

import pytest

from .conftest import unique_word

pytestmark = pytest.mark.stack


def snapshot(stack, article, word):
    """What readers see: pages (with their image renditions) and search results, through nginx."""
    pages = {path: stack.get(stack.nginx, path) for path in ("/", article["url"], article["section_url"])}
    for path, response in pages.items():
        assert response.status_code == 200, path
    images = {
        url: stack.http.get(url, timeout=10).content
        for url in re.findall(r'src="(http://[^"]+/media/[^"]+)"', pages[article["url"]].text)
    }
    # Newest first: the order by relevance of near ties may move when the index is rebuilt (the
    # documents replaced before the backup still count in the old index's word statistics).
    searches = {q: found(stack, q, "newest") for q in (word, "cải cách hành chính", "một cửa")}
    searches[word, "relevance"] = found(stack, word, "relevance")
    return {path: response.text for path, response in pages.items()}, images, searches


def found(stack, q, sort):
    """The total and the first page of hits of a search through nginx."""
    data = stack.search_api(stack.nginx, q, sort=sort)
    return data["total"], [(hit["id"], hit["title"], hit["url"]) for hit in data["results"]]


def test_backup_restored_into_a_fresh_stack_serves_the_same_pages_and_search(stack, tmp_path):
    """Back up, tear the stack down, start a fresh one from the backup: same pages, images and search results."""
    word = unique_word()
    image = stack.action(f"upload_image({'sao-luu-' + word!r})")
    title = f"Bài trước khi sao lưu {word}"
    article = stack.action(f"publish_article({title!r}, {word!r}, image_id={image['id']})")
    before = snapshot(stack, article, word)
    assert before[1], "the article shows its image"
    assert [hit[0] for hit in before[2][word][1]] == [article["id"]]

    stack.script("backup", str(tmp_path / "backup"))
    stack.script("stop")
    stack.script("start", env_extra={"STACK_RESTORE_FROM": str(tmp_path / "backup")})

    after = snapshot(stack, article, word)
    assert after[0] == before[0]
    assert after[1] == before[1]
    assert after[2] == before[2]
    stack.action(f"unpublish({article['id']})")
