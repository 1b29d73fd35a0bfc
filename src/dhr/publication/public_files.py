"""The public FAQ's PDF and Word files: rendered once by the worker, served as files.

Typesetting a PDF takes a second or more; done per request, anyone could keep
the server busy by asking for the download in a loop (issue 10, finding 6). So
the files are rendered in the background when a review is published or its
public details change, stored (S3 in production), and served from storage.

What is served must match what the public page says today. Each file records
the digest of the FAQ content it was made from; the download compares it with
the content's digest now (cheap: the page itself builds the same content) and
never serves a stale file, because a stale file may hold a detail the
coordinator has just removed. A stale or missing file asks the worker for one
render (once per content, however many visitors ask) and the visitor is told
to try again shortly.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from collections.abc import Callable

from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from dhr.core.uploads import DOCX
from dhr.publication import documents, page_cache
from dhr.publication.faq import FaqAnswer, build_faq
from dhr.publication.models import Publication, PublicFile
from dhr.reviews.models import Review

# Raise when the templates or document code change what a file looks like, so
# files rendered by the old code are rendered again.
RENDERING = "faq-files-1"

# The public page keeps its FAQ (the costly part: a dozen queries) in the shared
# cache this long. Publishing and changing the public details drop it at once;
# other changes to the record (a panel seat, a recommendation) show within this.
PAGE_SECONDS = 60

FORMATS: dict[str, tuple[Callable[[Review], bytes], str]] = {
    "pdf": (documents.faq_pdf, "application/pdf"),
    "docx": (documents.faq_docx, DOCX),
}


def content_digest(review: Review, faq: list[FaqAnswer] | None = None) -> str:
    """SHA-256 of everything the files show: title, CSP and every answer (`faq`
    when the caller has built it already, as the public page has)."""
    answers = build_faq(review) if faq is None else faq
    content = {
        "rendering": RENDERING,
        "title": documents.faq_title(review),
        "csp": review.csp.name,
        "faq": [dataclasses.asdict(answer) for answer in answers],
    }
    encoded = json.dumps(content, sort_keys=True, default=str).encode()
    return hashlib.sha256(encoded).hexdigest()


def current_file(publication: Publication, kind: str, digest: str) -> PublicFile | None:
    """The stored file of this kind made from exactly this content, if there is one."""
    return PublicFile.objects.filter(publication=publication, kind=kind, digest=digest).first()


def request_render(publication: Publication, digest: str) -> bool:
    """Ask the worker once for files of this content; False if already asked."""
    asked = (
        Publication.objects.filter(pk=publication.pk)
        .exclude(files_requested=digest)
        .update(files_requested=digest)
    )
    if not asked:
        return False
    # The task row is written with the caller's transaction (database backend).
    render_public_files.enqueue(publication.pk)
    return True


def forget_page(publication: Publication) -> None:
    """Drop the public page's cached FAQ and reports, so a change shows at once."""
    cache.delete(make_template_fragment_key("public_faq", [publication.pk]))
    cache.delete(make_template_fragment_key("public_reports", [publication.pk]))
    page_cache.forget(publication)


def refresh(publication: Publication) -> None:
    """After publishing or a change to the public details: the page's FAQ and
    files for the new content."""
    forget_page(publication)
    if publication.is_published:
        request_render(publication, content_digest(publication.review))


def ensure(publication: Publication, faq: list[FaqAnswer] | None = None) -> None:
    """On the public page: if its downloads are stale, ask for them now, so
    they are ready by the time a visitor follows the link."""
    digest = content_digest(publication.review, faq)
    held = PublicFile.objects.filter(publication=publication, digest=digest).count()
    if held < len(FORMATS):
        request_render(publication, digest)


@task()
def render_public_files(publication_id: int) -> None:
    """The background job (the worker runs it; in this module, so that asking
    for it and doing it need no import circle)."""
    render_files(publication_id)


def render_files(publication_id: int) -> None:
    """Render any file whose content changed; a withdrawn review gets none.

    If rendering fails, the request is forgotten, so the next visitor asks again.
    """
    publication = Publication.objects.select_related("review__csp").get(pk=publication_id)
    if not publication.is_published or publication.has_ended():
        return
    try:
        digest = content_digest(publication.review)
        for kind, (build, _) in FORMATS.items():
            existing = PublicFile.objects.filter(publication=publication, kind=kind).first()
            if existing is None or existing.digest != digest:
                store(publication, kind, digest, build(publication.review), existing)
    except BaseException:
        Publication.objects.filter(pk=publication_id).update(files_requested="")
        raise


def store(
    publication: Publication, kind: str, digest: str, data: bytes, existing: PublicFile | None
) -> None:
    """Save the new file, point the row at it, then delete the old one."""
    stale = existing.file.name if existing is not None else ""
    with transaction.atomic():
        row = existing or PublicFile(publication=publication, kind=kind)
        row.digest = digest
        row.size = len(data)
        row.rendered_at = timezone.now()
        row.file.save(f"faq.{kind}", ContentFile(data), save=False)
        row.save()
    if stale and stale != row.file.name:
        row.file.storage.delete(stale)


def remove_files(publication: Publication) -> None:
    """On withdrawal: the files go from storage, not only from the pages."""
    for row in PublicFile.objects.filter(publication=publication):
        name = row.file.name
        row.delete()
        transaction.on_commit(functools.partial(row.file.storage.delete, name))
    Publication.objects.filter(pk=publication.pk).update(files_requested="")
