"""Distribution (issue 12): the list, what went to whom, and secure download links."""

from __future__ import annotations

import datetime
import hashlib
from typing import Any

import pytest
import time_machine
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from conftest import World
from dhr.audit.models import AuditRecord
from dhr.distribution import services
from dhr.distribution.models import Category, Issue, LinkUse, Method, Outcome, SecureLink
from dhr.distribution.tests.factories import frozen_export, issued_link, recipient
from dhr.organisations.models import SeniorManager
from dhr.panel.models import AgencyScope, ImrRequest
from dhr.publication.models import DistributionRecipient
from dhr.reports.structure import SUMMARY


@pytest.fixture(autouse=True)
def fresh_cache(db: Any) -> Any:
    cache.clear()
    yield
    cache.clear()


def link_url(token: str) -> str:
    return reverse("distribution_link:link", args=[token])


def file_url(token: str, export_id: int) -> str:
    return reverse("distribution_link:link_file", args=[token, export_id])


def link_of(token: str) -> SecureLink:
    return SecureLink.objects.get(token_hash=services.hash_token(token))


# The token -----------------------------------------------------------------------


def test_only_the_hash_of_a_long_token_is_stored(world: World) -> None:
    _, token = issued_link(world.review, world.users["coordinator"])
    assert len(token) >= 43  # 32 bytes, URL-safe base64
    link = SecureLink.objects.get()
    assert link.token_hash == hashlib.sha256(token.encode()).hexdigest()
    stored = [str(v) for v in SecureLink.objects.values().get().values()]
    assert not any(token in v for v in stored)
    for record in AuditRecord.objects.all():
        assert token not in record.summary and token not in str(record.detail)


def test_the_address_is_shown_once_to_the_coordinator(world: World, client: Any) -> None:
    coordinator = world.users["coordinator"]
    entry = recipient(world.review, coordinator)
    export = frozen_export(world.review, coordinator)
    client.force_login(coordinator)
    today = timezone.localdate()
    response = client.post(
        reverse("distribution:issue", args=[world.review.pk, entry.pk]),
        {
            "documents": [export.pk],
            "method": Method.SECURE_LINK,
            "sent_on_day": today.day,
            "sent_on_month": today.month,
            "sent_on_year": today.year,
            "expires_in_days": "7",
        },
    )
    assert response.status_code == 200
    address = response.context["address"]
    token = address.rstrip("/").rsplit("/", 1)[1]
    assert link_of(token).expires_at > timezone.now() + datetime.timedelta(days=6)
    assert address in response.content.decode()
    # The distribution page never shows it again.
    page = client.get(reverse("distribution:list", args=[world.review.pk])).content.decode()
    assert token not in page and "Active" in page


# The public page -----------------------------------------------------------------


def test_the_link_serves_only_the_issued_documents(world: World, client: Any) -> None:
    coordinator = world.users["coordinator"]
    sent = frozen_export(world.review, coordinator, content=b"%PDF-1.7\nthe sent one\n")
    other = frozen_export(world.review, coordinator, SUMMARY, content=b"%PDF-1.7\nnot sent\n")
    _, token = issued_link(world.review, coordinator, [sent])
    page = client.get(link_url(token))
    assert page.status_code == 200
    text = page.content.decode()
    assert file_url(token, sent.pk) in text and file_url(token, other.pk) not in text
    download = client.get(file_url(token, sent.pk))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.7\nthe sent one\n"
    assert "attachment" in download["Content-Disposition"]
    assert client.get(file_url(token, other.pk)).status_code == 404
    outcomes = list(LinkUse.objects.order_by("id").values_list("outcome", flat=True))
    assert outcomes == [Outcome.OPENED, Outcome.DOWNLOADED, Outcome.NOT_ISSUED]


def test_downloads_are_audited_and_listed(world: World, client: Any) -> None:
    coordinator = world.users["coordinator"]
    export = frozen_export(world.review, coordinator)
    entry, token = issued_link(world.review, coordinator, [export])
    client.get(file_url(token, export.pk))
    record = AuditRecord.objects.get(action="distribution.link_download")
    assert record.review == world.review and record.actor is None
    assert entry.recipient in record.actor_label
    assert services.document_file_name(export) in record.summary
    # Every viewer of the review sees who downloaded what, and when.
    for role in ["coordinator", "panel_member"]:
        client.force_login(world.users[role])
        page = client.get(reverse("distribution:list", args=[world.review.pk])).content.decode()
        assert "Downloaded" in page and services.document_file_name(export) in page
    # Only the coordinator sees the recipient's email.
    assert "pcc@example.org" not in page


def test_the_link_page_sets_no_cookie_and_is_never_indexed(world: World, client: Any) -> None:
    coordinator = world.users["coordinator"]
    export = frozen_export(world.review, coordinator)
    _, token = issued_link(world.review, coordinator, [export])
    for signed_in in [False, True]:
        if signed_in:
            client.force_login(world.users["panel_member"])
        for url in [link_url(token), file_url(token, export.pk), link_url("x" * 43)]:
            response = client.get(url)
            assert not response.cookies, url
            assert response["Cache-Control"] == "no-store, private"
            assert "noindex" in response["X-Robots-Tag"]
            assert response["Referrer-Policy"] == "no-referrer"
    page = client.get(link_url(token)).content.decode()
    assert '<meta name="robots" content="noindex, nofollow, noarchive">' in page


def test_a_wrong_token_is_404_and_reveals_nothing(world: World, client: Any) -> None:
    _, token = issued_link(world.review, world.users["coordinator"])
    wrong = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    response = client.get(link_url(wrong))
    assert response.status_code == 404
    text = response.content.decode()
    for secret in ["Louise", "2025", "Northshire", "Police and Crime Commissioner"]:
        assert secret not in text
    record = AuditRecord.objects.get(action="distribution.link_unknown")
    assert record.review is None and wrong not in record.summary
    assert not LinkUse.objects.exists()


def test_unknown_tokens_stop_filling_the_audit_trail(
    world: World, client: Any, settings: Any
) -> None:
    settings.DHR_LINK_FAILURES_PER_HOUR = 3
    for n in range(6):
        assert client.get(link_url(f"guess{n:040d}")).status_code == 404
    assert AuditRecord.objects.filter(action="distribution.link_unknown").count() == 3


def test_a_link_expires(world: World, client: Any) -> None:
    coordinator = world.users["coordinator"]
    export = frozen_export(world.review, coordinator)
    _, token = issued_link(world.review, coordinator, [export], days=3)
    link = link_of(token)
    with time_machine.travel(link.expires_at - datetime.timedelta(minutes=1)):
        assert client.get(file_url(token, export.pk)).status_code == 200
    with time_machine.travel(link.expires_at + datetime.timedelta(seconds=1)):
        for url in [link_url(token), file_url(token, export.pk)]:
            response = client.get(url)
            assert response.status_code == 410
            text = response.content.decode()
            assert "This link no longer works" in text and "has expired" in text
            assert "contact the person who sent you the link" in text
            for secret in ["Louise", "2025", "Northshire", "Police and Crime Commissioner"]:
                assert secret not in text
        assert link.state_label == "Expired"
    assert LinkUse.objects.filter(outcome=Outcome.EXPIRED).count() == 2
    assert AuditRecord.objects.filter(action="distribution.link_refused").count() == 2


def test_a_link_can_be_revoked_with_a_reason(world: World, client: Any) -> None:
    coordinator = world.users["coordinator"]
    _, token = issued_link(world.review, coordinator)
    link = link_of(token)
    client.force_login(coordinator)
    url = reverse("distribution:revoke", args=[world.review.pk, link.pk])
    blank = client.post(url, {"reason": " "})
    assert blank.status_code == 200
    assert "Say why the link is being revoked" in blank.content.decode()
    assert client.post(url, {"reason": "Sent to the wrong address"}).status_code == 302
    link.refresh_from_db()
    assert link.revoked_by == coordinator and link.revoke_reason == "Sent to the wrong address"
    client.logout()
    gone = client.get(link_url(token))
    assert gone.status_code == 410 and "withdrawn" in gone.content.decode()
    assert LinkUse.objects.filter(outcome=Outcome.REVOKED).count() == 1
    client.force_login(coordinator)
    page = client.get(reverse("distribution:list", args=[world.review.pk])).content.decode()
    assert "Revoked" in page and "Sent to the wrong address" in page
    assert AuditRecord.objects.filter(action="distribution.link_revoke").count() == 1


# Recording what was sent -------------------------------------------------------


def test_issue_form_errors_name_the_field(world: World, client: Any) -> None:
    coordinator = world.users["coordinator"]
    entry = recipient(world.review, coordinator)
    frozen_export(world.review, coordinator)
    client.force_login(coordinator)
    url = reverse("distribution:issue", args=[world.review.pk, entry.pk])
    text = client.post(url, {"method": Method.SECURE_LINK, "expires_in_days": "0"}).content.decode()
    assert "Choose at least one document that was sent" in text
    assert "The link must work for at least 1 day" in text
    assert "Enter the date sent" in text, text
    assert not Issue.objects.exists()


def test_only_finished_anonymised_frozen_exports_can_be_sent(world: World) -> None:
    coordinator = world.users["coordinator"]
    entry = recipient(world.review, coordinator)
    panel_copy = frozen_export(world.review, coordinator)
    panel_copy.panel = True
    panel_copy.save()
    assert panel_copy not in services.issuable_documents(world.review)
    with pytest.raises(Exception, match="anonymised"):
        services.do_issue(
            coordinator, world.review, entry, timezone.localdate(), Method.POST, [panel_copy]
        )


def test_post_and_hand_records_need_no_link(world: World) -> None:
    coordinator = world.users["coordinator"]
    entry = recipient(world.review, coordinator)
    export = frozen_export(world.review, coordinator)
    issue, token = services.do_issue(
        coordinator,
        world.review,
        entry,
        datetime.date(2025, 6, 2),
        Method.POST,
        [export],
        "Signed for",
    )
    assert token is None and not SecureLink.objects.exists()
    assert list(issue.documents.all()) == [export] and issue.recorded_by == coordinator


def test_a_recipient_who_was_sent_documents_stays_on_the_list(world: World, client: Any) -> None:
    coordinator = world.users["coordinator"]
    entry, _ = issued_link(world.review, coordinator)
    client.force_login(coordinator)
    client.post(reverse("distribution:recipient_remove", args=[world.review.pk, entry.pk]))
    assert DistributionRecipient.objects.filter(pk=entry.pk).exists()
    unsent = recipient(world.review, coordinator, "Someone else")
    client.post(reverse("distribution:recipient_remove", args=[world.review.pk, unsent.pk]))
    assert not DistributionRecipient.objects.filter(pk=unsent.pk).exists()


# The list ---------------------------------------------------------------------


def test_the_usual_list_is_added_once(world: World, client: Any) -> None:
    coordinator = world.users["coordinator"]
    AgencyScope.objects.create(review=world.review, agency=world.police, included=True)
    manager = SeniorManager.objects.create(
        agency=world.health, name="Dr Sam Lee", job_title="Chief Nurse", email="sam@nhs.test"
    )
    ImrRequest.objects.create(
        review=world.review,
        agency=world.health,
        senior_manager=manager,
        senior_manager_name="Dr Sam Lee",
    )
    # Already there: the family, recorded by hand.
    services.do_add_recipient(coordinator, world.review, "Louise's mother", Category.FAMILY)
    client.force_login(coordinator)
    url = reverse("distribution:add_usual", args=[world.review.pk])
    assert client.post(url).status_code == 302
    names = list(world.review.distribution.values_list("recipient", flat=True))
    assert names == [
        "Louise's mother",
        "Chief Nurse, Northshire Health Trust",
        "Senior manager, Northshire Police",
        "Chair of Northshire CSP",
        "Northshire Police and Crime Commissioner",
        "Home Office quality assurance panel",
        "Domestic Abuse Commissioner",
    ]
    # The people's names stay off the list (the public FAQ prints it); the email is kept.
    health = world.review.distribution.get(recipient__startswith="Chief Nurse")
    assert health.details.email == "sam@nhs.test" and health.details.agency == world.health
    assert world.users["csp_chair"].email in {
        d.details.email for d in world.review.distribution.all()
    }
    client.post(url)
    assert world.review.distribution.count() == len(names)
    page = client.get(reverse("distribution:list", args=[world.review.pk])).content.decode()
    assert "Add the usual recipients" not in page


def test_viewers_see_the_list_but_only_coordinators_add(world: World, client: Any) -> None:
    url = reverse("distribution:list", args=[world.review.pk])
    client.force_login(world.users["panel_member"])
    assert client.get(url).status_code == 200
    assert client.post(url, {"name": "X", "category": "other"}).status_code == 403
    client.force_login(world.users["coordinator"])
    bad = client.post(url, {"name": "", "category": "nonsense", "email": "not-an-email"})
    text = bad.content.decode()
    assert "Enter who the documents are issued to" in text
    assert "Choose one of the kinds of recipient listed" in text
    assert "Enter an email address in the correct format" in text
    ok = client.post(url, {"name": "Head of Safeguarding", "category": "agency"})
    assert ok.status_code == 302
    entry = world.review.distribution.get()
    assert entry.details.category == Category.AGENCY


def test_recipient_details_can_be_changed(world: World, client: Any) -> None:
    coordinator = world.users["coordinator"]
    # An entry made on the publication page has no details yet.
    entry = DistributionRecipient.objects.create(review=world.review, recipient="The PCC")
    client.force_login(coordinator)
    url = reverse("distribution:recipient", args=[world.review.pk, entry.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"category": "pcc", "email": "pcc@example.org"})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.details.category == Category.PCC and entry.details.email == "pcc@example.org"


def test_no_token_reaches_the_logs(world: World, client: Any, caplog: Any) -> None:
    from dhr.log_scrub import scrub

    _, token = issued_link(world.review, world.users["coordinator"])
    line = f'"GET /d/{token}/ HTTP/1.1" 200 and https://dhr.example/d/{token}/9/'
    assert token not in scrub(line) and "/d/[token]/" in scrub(line)
    after = link_of(token).expires_at + datetime.timedelta(days=1)
    with time_machine.travel(after), caplog.at_level("WARNING", logger="django.request"):
        assert client.get(link_url(token)).status_code == 410
    assert "/d/" in caplog.text
    # caplog sees the record before the handlers' filter; the filter rewrites it.
    assert token not in scrub(caplog.text)


def test_the_publication_page_keeps_a_recipient_who_was_sent_documents(
    world: World, client: Any
) -> None:
    coordinator = world.users["coordinator"]
    entry, _ = issued_link(world.review, coordinator)
    client.force_login(coordinator)
    settings_url = reverse("publishing:settings", args=[world.review.pk])
    page = client.get(settings_url).content.decode()
    assert reverse("distribution:list", args=[world.review.pk]) in page
    assert "Documents sent" in page
    url = reverse("publishing:recipient_remove", args=[world.review.pk, entry.pk])
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert "has been sent documents, so stays on the list" in response.content.decode()
    assert DistributionRecipient.objects.filter(pk=entry.pk).exists()
    assert not AuditRecord.objects.filter(action="distribution.remove").exists()
