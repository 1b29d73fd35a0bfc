"""Demo IMRs and chronologies for the review in its evidence stage (fictional throughout).

One IMR (Eastbridge Health Trust) signed off by its senior manager, and two
agencies' chronologies that both record one call-out, so the combined
chronology shows a likely duplicate. Idempotent: nothing is added twice.
"""

from __future__ import annotations

import datetime
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document

from dhr.accounts.models import User
from dhr.evidence import importing, services
from dhr.evidence.chronology import COLUMNS
from dhr.evidence.models import ChronologyImport, ImrSubmission, SignOff
from dhr.organisations.models import Agency, Csp
from dhr.people.models import Person, PersonRole
from dhr.reviews.models import Review

REFERENCE = "2025/02"
COORDINATOR = "coordinator@demo.dhr.test"
IMR_AUTHOR = "imr@demo.dhr.test"
POLICE = "Eastbridge Police"
HEALTH = "Eastbridge Health Trust"


def load_demo(csp: Csp) -> None:
    review = Review.objects.filter(csp=csp, reference=REFERENCE).first()
    coordinator = User.objects.filter(email=COORDINATOR).first()
    author = User.objects.filter(email=IMR_AUTHOR).first()
    agencies = {a.name: a for a in Agency.objects.filter(csp=csp, name__in=[POLICE, HEALTH])}
    if review is None or coordinator is None or author is None or len(agencies) < 2:
        return
    victim, son = demo_people(review)
    add_imr(review, agencies[HEALTH], author, coordinator)
    add_chronology(
        review,
        agencies[POLICE],
        coordinator,
        [
            (
                "14/02/2025",
                "23:10",
                f"CAD 2025-0214-551; {victim}; {son}",
                "Neighbour called police reporting shouting and a woman crying at the house",
                "Officers attended; no offences disclosed; DASH risk assessment: standard",
            ),
            (
                "02/04/2025",
                "",
                f"Crime 25/1234; {son}",
                "Adult son arrested for criminal damage at the family home",
                "Released under investigation",
            ),
        ],
    )
    add_chronology(
        review,
        agencies[HEALTH],
        author,
        [
            (
                "14/02/2025",
                "",
                f"Community nursing note; {victim}",
                "Neighbour reported shouting and a woman crying at the house; police called",
                "Safeguarding concern discussed with team lead",
            ),
            (
                "20/01/2025",
                "10:30",
                f"GP letter; {victim}",
                "Seen by district nurse about a fall at home; bruising to arms",
                "Advice given; no safeguarding referral made",
            ),
        ],
    )


def demo_people(review: Review) -> tuple[str, str]:
    """The names chronologies use: the review's own victim and perpetrator if recorded."""
    victim = Person.objects.filter(review=review, role=PersonRole.VICTIM).first()
    if victim is None:
        victim = Person.objects.create(
            review=review,
            name="Brenda Demoperson",
            aliases="Bren",
            role=PersonRole.VICTIM,
            pseudonym="Adult B",
        )
    son = Person.objects.filter(review=review, role=PersonRole.PERPETRATOR).first()
    if son is None:
        son = Person.objects.create(
            review=review, name="Colin Demoperson", role=PersonRole.PERPETRATOR, pseudonym="Adult C"
        )
    return victim.name, son.name


def add_imr(review: Review, agency: Agency, author: User, coordinator: User) -> None:
    if ImrSubmission.objects.filter(review=review, agency=agency).exists():
        return
    buffer = io.BytesIO()
    document = Document()
    document.add_heading(f"Individual Management Review: {agency.name} (demo)", level=1)
    document.add_paragraph("A fictional IMR for demonstration. No real person is described.")
    document.save(buffer)
    submission = services.do_upload_imr(
        author,
        review,
        agency,
        SimpleUploadedFile("Health IMR demo.docx", buffer.getvalue()),
        note="Demo IMR",
    )
    if not SignOff.objects.filter(submission=submission).exists():
        # The coordinator records the senior manager's sign-off; the author may not.
        services.do_record_sign_off(
            coordinator,
            submission,
            "Dr Delia Demo",
            "Director of Nursing (fictional)",
            datetime.date(2025, 9, 30),
        )


def add_chronology(
    review: Review, agency: Agency, actor: User, rows: list[tuple[str, str, str, str, str]]
) -> None:
    if ChronologyImport.objects.filter(review=review, agency=agency).exists():
        return
    lines = [COLUMNS]
    for date, time, source_and_people, what, action in rows:
        source, _, people = source_and_people.partition("; ")
        lines.append([date, time, agency.name, source, people, what, action, ""])
    text = "\n".join(",".join(f'"{cell}"' for cell in line) for line in lines) + "\n"
    imported = services.do_start_import(
        actor,
        review,
        agency,
        SimpleUploadedFile(f"{agency.name} chronology.csv", text.encode()),
        background=False,
    )
    importing.run_import(imported.pk)
