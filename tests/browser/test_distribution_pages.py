"""Distribution in a real browser: the coordinator's pages and the recipient's link
(no account, no JavaScript, no cookie), each checked with axe-core."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

pytestmark = [pytest.mark.browser]


def test_distribution_pages_and_the_link(
    demo: Any, page: Any, no_js_context: Any, axe: Any, sign_in: Any
) -> None:
    from dhr.accounts.models import User
    from dhr.distribution.models import SecureLink
    from dhr.distribution.services import hash_token
    from dhr.distribution.tests.factories import frozen_export, issued_link

    coordinator = User.objects.get(email=demo.coordinator)
    from dhr.reviews.models import Review

    review = Review.objects.get(pk=demo.published_review_id)
    export = frozen_export(review, coordinator)
    entry, token = issued_link(review, coordinator, [export])

    # The recipient: no account, no JavaScript.
    visitor = no_js_context.new_page()
    response = visitor.goto(f"{demo.url}/d/{token}/")
    assert response.status == 200
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "noindex" in response.headers["x-robots-tag"]
    assert visitor.locator("h1").text_content() == "Your documents"
    with visitor.expect_download() as download:
        visitor.get_by_role("link", name="Download").first.click()
    assert download.value.suggested_filename.endswith(".pdf")
    assert no_js_context.cookies() == []

    # The coordinator sees the download, and the pages pass axe.
    sign_in(page, demo.coordinator, demo.password)
    link = SecureLink.objects.get(token_hash=hash_token(token))
    paths = [
        f"/reviews/{review.pk}/distribution/",
        f"/reviews/{review.pk}/distribution/{entry.pk}/",
        f"/reviews/{review.pk}/distribution/{entry.pk}/issue/",
        f"/reviews/{review.pk}/distribution/links/{link.pk}/revoke/",
    ]
    for path in paths:
        response = page.goto(f"{demo.url}{path}")
        assert response.status == 200, path
        assert page.locator("h1").count() == 1, path
        count, report = axe(page)
        assert count == 0, f"{path}: {report}"
    page.goto(f"{demo.url}/reviews/{review.pk}/distribution/")
    assert page.get_by_text("Downloaded").count() >= 1

    # The link made, shown once.
    page.goto(f"{demo.url}/reviews/{review.pk}/distribution/{entry.pk}/issue/")
    page.get_by_label("Overview report").first.check()
    page.get_by_label("Secure download link").check()
    today = datetime.date.today()
    page.get_by_label("Day", exact=True).fill(str(today.day))
    page.get_by_label("Month", exact=True).fill(str(today.month))
    page.get_by_label("Year", exact=True).fill(str(today.year))
    # The address exists only in this response: wait for it, not for the old page.
    with page.expect_navigation():
        page.get_by_role("button", name="Record").click()
    assert page.locator("#link-address").count() == 1, page.locator("main").inner_text()
    count, report = axe(page)
    assert count == 0, report

    # The recipient's pages pass axe too (axe needs JavaScript: the signed-out page).
    page.context.clear_cookies()
    response = page.goto(f"{demo.url}/d/{token}/")
    assert response.status == 200
    count, report = axe(page)
    assert count == 0, report

    # A revoked link: 410, saying so without JavaScript, and passing axe with it.
    from dhr.distribution.services import do_revoke

    do_revoke(coordinator, link, "Sent to the wrong address")
    response = visitor.goto(f"{demo.url}/d/{token}/")
    assert response.status == 410
    assert visitor.locator("h1").text_content() == "This link no longer works"
    response = page.goto(f"{demo.url}/d/{token}/")
    assert response.status == 410
    count, report = axe(page)
    assert count == 0, report
