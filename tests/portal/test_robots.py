"""robots.txt lets crawlers read the public portal, keeps them out of the admin and search results,
and names the sitemap at the portal's public address."""

import pytest

pytestmark = pytest.mark.django_db


def robots(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    return response.content.decode().splitlines()


def test_robots_txt_keeps_crawlers_out_of_admin_and_search_only(client, home):
    lines = robots(client)
    assert lines[0] == "User-agent: *"
    assert {line for line in lines if line.startswith("Disallow:")} == {
        "Disallow: /admin/",
        "Disallow: /search/",
        "Disallow: /api/",
    }
    assert "Disallow: /" not in lines, "the public pages stay open to crawlers"


def test_robots_txt_names_the_sitemap_at_the_public_address(client, home, settings):
    settings.PORTAL_BASE_URL = "https://cchc.laocai.gov.vn"
    assert "Sitemap: https://cchc.laocai.gov.vn/sitemap.xml" in robots(client)


def test_robots_txt_without_public_address_names_the_sites_sitemap(client, home):
    assert "Sitemap: http://localhost/sitemap.xml" in robots(client)
