"""Everything held about one person of a review, for a subject access request.

Under UK GDPR a person (a relative of the victim, say) may ask the council for
the personal data it holds about them. The coordinator answers from here: one
export of the person's record, their relationships, every family contact with
them, their comments on the draft, every chronology entry linked to them and
every entry whose text names them though it was not linked (found with the
redaction engine's name matcher, so "Mimi" and "M. Doyle" count too). It is a
starting point for the council's disclosure decision, not the disclosure:
third parties named alongside them are in it, and the export says so.

The export is a .zip of a Word document to read and a JSON file with the same
content, and making it is audited (who, which person, how many items).
"""

from __future__ import annotations

import datetime
import io
import json
import zipfile
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from docx import Document

from dhr.audit import services as audit
from dhr.evidence.models import ChronologyEntry, HeldName
from dhr.people.models import FamilyContact, Person, Relationship
from dhr.redaction.register import Person as RegisterPerson
from dhr.redaction.register import Register, build_person_matcher
from dhr.reports.models import FamilyComment

NOTICE = (
    "This export lists everything this system holds about the person named. It may "
    "include other people's personal data; review it before any disclosure."
)
ENTRY_TEXT = ("people_named", "what_happened", "action_taken", "comment")


def text(value: Any) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


def person_record(person: Person) -> dict[str, str]:
    return {
        "Name": person.name,
        "Other names": person.aliases,
        "Role in the review": person.get_role_display(),
        "Pseudonym": person.pseudonym,
        "Date of birth": text(person.date_of_birth),
        "Sex": person.sex,
        "Ethnicity": person.ethnicity,
        "Deceased": text(person.is_deceased),
        "Notes": person.notes,
    }


def relationships(person: Person) -> list[dict[str, str]]:
    ties = Relationship.objects.filter(from_person=person) | Relationship.objects.filter(
        to_person=person
    )
    return [
        {
            "Relationship": f"{t.from_person.name} – {t.get_kind_display()} – {t.to_person.name}",
            "Living together": text(t.lives_together),
            "Notes": t.notes,
        }
        for t in ties.select_related("from_person", "to_person").order_by("id")
    ]


def family_contacts(person: Person) -> list[dict[str, str]]:
    fields = [
        f for f in FamilyContact._meta.concrete_fields if f.name not in {"id", "review", "person"}
    ]
    return [
        {str(f.verbose_name).capitalize(): text(getattr(c, f.name)) for f in fields}
        for c in FamilyContact.objects.filter(person=person).order_by("contacted_on", "id")
    ]


def family_comments(person: Person) -> list[dict[str, str]]:
    return [
        {
            "Received": text(c.received_on),
            "On": f"{c.version.report} version {c.version.number}",
            "Comment": c.text,
            "Response": c.response,
        }
        for c in FamilyComment.objects.filter(person=person).select_related("version__report")
    ]


def mentions(person: Person) -> Any:
    """A matcher for the person's name in any form the engine knows."""
    aliases = [a.strip() for a in person.aliases.split(",") if a.strip()]
    return build_person_matcher(Register([RegisterPerson(person.name, aliases)]))


def chronology(person: Person) -> list[dict[str, str]]:
    """Entries linked to the person, and entries whose text names them."""
    matcher = mentions(person)
    linked = set(
        ChronologyEntry.objects.filter(review_id=person.review_id, people=person).values_list(
            "pk", flat=True
        )
    )
    rows = []
    entries = ChronologyEntry.objects.filter(review_id=person.review_id).select_related("agency")
    for entry in entries.iterator(chunk_size=500):
        named = any(matcher.find(getattr(entry, f) or "") for f in ENTRY_TEXT)
        if entry.pk not in linked and not named:
            continue
        rows.append(
            {
                "Date": text(entry.occurred_on),
                "Agency": entry.agency.name,
                "Why listed": "linked to the person" if entry.pk in linked else "names them",
                "People involved": entry.people_named,
                "What happened": entry.what_happened,
                "Action taken": entry.action_taken,
                "Comment": entry.comment,
            }
        )
    return rows


def held_names(person: Person) -> list[dict[str, str]]:
    return [
        {"Name as written": h.name, "Agency": h.agency.name}
        for h in HeldName.objects.filter(person=person).select_related("agency")
    ]


def gather(person: Person) -> dict[str, Any]:
    review = person.review
    return {
        "notice": NOTICE,
        "review": review.full_reference,
        "csp": review.csp.name,
        "made_on": datetime.date.today().isoformat(),
        "sections": {
            "Person record": [person_record(person)],
            "Relationships": relationships(person),
            "Contacts with the review": family_contacts(person),
            "Comments on the draft report": family_comments(person),
            "Agency chronology entries": chronology(person),
            "Names in chronologies matched to the person": held_names(person),
        },
    }


def to_docx(data: dict[str, Any], name: str) -> bytes:
    document = Document()
    document.core_properties.title = f"Subject access export: {name}"
    document.core_properties.language = "en-GB"
    document.add_heading(f"Subject access export: {name}", level=1)
    document.add_paragraph(f"{data['csp']}, {data['review']}, made on {data['made_on']}.")
    document.add_paragraph(data["notice"])
    for title, rows in data["sections"].items():
        document.add_heading(f"{title} ({len(rows)})", level=2)
        if not rows:
            document.add_paragraph("None held.")
        for row in rows:
            for label, value in row.items():
                if value:
                    paragraph = document.add_paragraph()
                    paragraph.add_run(f"{label}: ").bold = True
                    paragraph.add_run(value)
            document.add_paragraph("")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def export_zip(person: Person) -> tuple[bytes, dict[str, int]]:
    data = gather(person)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("subject-access.json", json.dumps(data, indent=2, ensure_ascii=False))
        archive.writestr("subject-access.docx", to_docx(data, person.name))
    counts = {title: len(rows) for title, rows in data["sections"].items()}
    return buffer.getvalue(), counts


def do_subject_access_export(
    actor: Any, person: Person, request: HttpRequest | None = None
) -> bytes:
    """Make the export and audit that it was made, what it held and by whom."""
    content, counts = export_zip(person)
    with transaction.atomic():
        audit.record(
            actor,
            "people.subject_access",
            f"Made a subject access export for person {person.pk}",
            review=person.review,
            target=person,
            detail={"items": counts},
            request=request,
        )
    return content
