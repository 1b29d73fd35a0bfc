"""The public FAQ downloads are rendered once by the worker and served as files,
never rendered per request and never served stale (public_files.py; issue 10,
finding 6)."""

from __future__ import annotations

import datetime
import io
from typing import Any

import pdfplumber
import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from docx import Document

from conftest import World, approve_for_publication
from dhr.publication import documents, public_files, services
from dhr.publication.models import Publication, PublicFile


def render_jobs() -> int:
    return DBTaskResult.objects.filter(task_path__endswith="render_public_files").count()


def run_worker(publication: Publication) -> None:
    """What a `db_worker` does with the queued job."""
    public_files.render_files(publication.pk)


@pytest.fixture
def published(world: World) -> Publication:
    approve_for_publication(world)
    return services.do_publish(world.users["coordinator"], world.review, accept_missing=True)


def download(client: Any, publication: Publication, kind: str = "pdf") -> Any:
    return client.get(reverse(f"publication:faq_{kind}", args=[publication.slug]))


def no_rendering(monkeypatch: Any) -> None:
    """Any rendering from here on fails the test (and, in the worker, the job)."""

    def refuse(review: Any) -> bytes:
        raise AssertionError("rendered a file")

    formats = {kind: (refuse, mime) for kind, (_, mime) in public_files.FORMATS.items()}
    monkeypatch.setattr(public_files, "FORMATS", formats)
    monkeypatch.setattr(documents, "faq_pdf", refuse)
    monkeypatch.setattr(documents, "faq_docx", refuse)


def test_publishing_asks_the_worker_once_for_the_files(published: Publication) -> None:
    assert render_jobs() == 1
    run_worker(published)
    assert set(PublicFile.objects.values_list("kind", flat=True)) == {"pdf", "docx"}


def test_downloads_are_served_from_storage_without_rendering(
    published: Publication, client: Any, monkeypatch: Any
) -> None:
    run_worker(published)
    no_rendering(monkeypatch)
    pdf = download(client, published, "pdf")
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert "attachment" in pdf["Content-Disposition"]
    with pdfplumber.open(io.BytesIO(b"".join(pdf.streaming_content))) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    assert "Louise" in text and "frequently asked questions" in text
    word = download(client, published, "docx")
    assert word.status_code == 200
    headings = [p.text for p in Document(io.BytesIO(b"".join(word.streaming_content))).paragraphs]
    assert any("Louise" in h for h in headings)


def test_a_changed_faq_is_never_served_from_the_old_file(
    published: Publication, client: Any, world: World
) -> None:
    run_worker(published)
    old = PublicFile.objects.get(kind="pdf")
    old_name = old.file.name
    published.site_name = "the Northshire council website"  # FAQ question 16
    services.do_update_publication(world.users["coordinator"], published, ["site_name"])
    Publication.objects.filter(pk=published.pk).update(files_requested="")  # as if not yet asked
    pending = download(client, published, "pdf")
    assert pending.status_code == 503
    assert pending["Retry-After"] == "60"
    assert "being prepared" in pending.content.decode()
    run_worker(published)
    fresh = PublicFile.objects.get(kind="pdf")
    assert fresh.digest != old.digest
    assert download(client, published, "pdf").status_code == 200
    assert not default_storage.exists(old_name), "the stale file is deleted, not kept"


def test_many_visitors_to_a_stale_download_queue_one_render(
    published: Publication, client: Any
) -> None:
    before = render_jobs()
    Publication.objects.filter(pk=published.pk).update(files_requested="")
    for _ in range(5):
        assert download(client, published, "docx").status_code == 503
        client.get(reverse("publication:detail", args=[published.slug]))
    assert render_jobs() == before + 1


def test_changing_the_public_details_queues_a_render(published: Publication, world: World) -> None:
    run_worker(published)
    before = render_jobs()
    published.site_name = "the Northshire council website"
    services.do_update_publication(world.users["coordinator"], published, ["site_name"])
    assert render_jobs() == before + 1


def test_withdrawing_deletes_the_files_from_storage(
    published: Publication, client: Any, world: World, django_capture_on_commit_callbacks: Any
) -> None:
    run_worker(published)
    names = list(PublicFile.objects.values_list("file", flat=True))
    assert all(default_storage.exists(n) for n in names)
    with django_capture_on_commit_callbacks(execute=True):
        services.do_withdraw(world.users["coordinator"], published, "Two years on")
    assert not PublicFile.objects.exists()
    assert not any(default_storage.exists(n) for n in names)
    assert download(client, published).status_code == 404
    run_worker(published)  # a job still queued makes nothing for a withdrawn review
    assert not PublicFile.objects.exists()


def test_a_failed_render_is_asked_for_again_by_the_next_visitor(
    published: Publication, client: Any, monkeypatch: Any
) -> None:
    no_rendering(monkeypatch)
    with pytest.raises(AssertionError):
        run_worker(published)
    before = render_jobs()
    assert download(client, published).status_code == 503
    assert render_jobs() == before + 1


def test_after_its_end_date_the_page_says_how_to_ask_and_no_file_is_served(
    published: Publication, client: Any
) -> None:
    run_worker(published)
    Publication.objects.filter(pk=published.pk).update(
        public_until=timezone.localdate() - datetime.timedelta(days=1)
    )
    page = client.get(reverse("publication:detail", args=[published.slug]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Asking for the report" in text and "contact Northshire CSP" in text
    assert "Frequently asked questions" not in text
    for kind in ("pdf", "docx"):
        gone = download(client, published, kind)
        assert gone.status_code == 410
        assert "Asking for the report" in gone.content.decode()


def test_on_its_last_day_a_review_is_still_published(published: Publication, client: Any) -> None:
    run_worker(published)
    Publication.objects.filter(pk=published.pk).update(public_until=timezone.localdate())
    assert download(client, published).status_code == 200


def test_the_retention_schedule_deletes_the_files_of_an_ended_review(
    published: Publication, django_capture_on_commit_callbacks: Any
) -> None:
    from dhr.records import retention

    run_worker(published)
    names = list(PublicFile.objects.values_list("file", flat=True))
    Publication.objects.filter(pk=published.pk).update(
        public_until=timezone.localdate() - datetime.timedelta(days=1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert retention.do_apply()["ended_public_files"] == 2
    assert not any(default_storage.exists(n) for n in names)
    run_worker(published)  # and nothing is made again
    assert not PublicFile.objects.exists()


def test_the_coordinator_sets_the_end_date_and_a_far_one_is_refused(
    published: Publication, client_for: Any, world: World
) -> None:
    client = client_for("coordinator")
    url = reverse("publishing:settings", args=[world.review.pk])
    form = {
        "form": "details",
        "site_name": published.site_name,
        "site_url": published.site_url,
        "restriction": published.restriction,
        "summary": published.summary,
    }
    end = timezone.localdate() + datetime.timedelta(days=730)
    ok = client.post(
        url,
        {
            **form,
            "public_until_day": end.day,
            "public_until_month": end.month,
            "public_until_year": end.year,
        },
    )
    assert ok.status_code == 302, ok.content.decode()[:3000]
    published.refresh_from_db()
    assert published.public_until == end
    far = client.post(
        url,
        {
            **form,
            "public_until_day": 1,
            "public_until_month": 1,
            "public_until_year": end.year + 10,
        },
    )
    assert far.status_code == 200
    assert "public_until" in far.content.decode()
    published.refresh_from_db()
    assert published.public_until == end
