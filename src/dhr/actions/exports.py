"""The action plan (Appendix B) as .docx and .xlsx, and every action of a CSP as CSV.

`action_plan_docx(review, redacted)` and `action_plan_xlsx(review, redacted)`
are for any caller (the review's pages, `dhr report export --document
action-plan`). Redacted: owners appear as their agency's named lead, and each
text goes through the redaction engine with the review's register, so none of
its registered names reaches the file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone
from django.utils.text import slugify
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from dhr.actions.models import Action
from dhr.actions.services import plan_actions
from dhr.organisations.models import Csp
from dhr.reviews.models import Review

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
COLUMNS = [
    "Recommendation",
    "Action",
    "Lead agency",
    "Owner",
    "By when",
    "Intended outcome",
    "Monitoring and evidence",
    "Status",
]


@dataclass(frozen=True)
class PlanRow:
    recommendation: str
    action: str
    lead_agency: str
    owner: str
    due_on: str
    intended_outcome: str
    monitoring: str
    status: str

    def cells(self) -> list[str]:
        return [
            self.recommendation,
            self.action,
            self.lead_agency,
            self.owner,
            self.due_on,
            self.intended_outcome,
            self.monitoring,
            self.status,
        ]


def file_stem(review: Review) -> str:
    return slugify(review.full_reference) or f"review-{review.pk}"


def redactor(review: Review) -> Callable[[list[str]], list[str]]:
    """Replace the review's registered people and details in a batch of texts."""
    from dhr.people.register import register_for_review
    from dhr.redaction import Policy, Register, redact_case

    register = Register.from_dict(register_for_review(review))
    if not register:
        return lambda texts: texts
    # The register is what must go; the plan's agencies and roles stay readable.
    policy = Policy(use_ner=False, redact_places=False)

    def apply(texts: list[str]) -> list[str]:
        return [r.output for r in redact_case(texts, register, policy)]

    return apply


def owner_label(action: Action, redacted: bool) -> str:
    if action.owner is None:
        return "Not named yet"
    if redacted:
        return f"Named lead, {action.lead_agency}" if action.lead_agency else "Named lead"
    return action.owner.full_name


def plan_rows(review: Review, redacted: bool) -> list[PlanRow]:
    today = timezone.localdate()
    rows = []
    for action in plan_actions(review):
        rec = action.recommendation
        rows.append(
            PlanRow(
                recommendation=f"{rec.number}. {rec.text}",
                action=action.what,
                lead_agency=str(action.lead_agency or "Not chosen yet"),
                owner=owner_label(action, redacted),
                due_on=f"{action.due_on:%-d %B %Y}" if action.due_on else "No date yet",
                intended_outcome=action.intended_outcome,
                monitoring=action.monitoring,
                status=action.current_status(today).label,
            )
        )
    if redacted and rows:
        redact = redactor(review)
        flat = [cell for row in rows for cell in row.cells()]
        out = iter(redact(flat))
        rows = [PlanRow(*(next(out) for _ in COLUMNS)) for _ in rows]
    return rows


def title_for(review: Review, redacted: bool) -> str:
    name = review.victim_pseudonym if redacted else review.title
    return f"{review.full_reference}: action plan" if redacted else f"{name}: action plan"


def action_plan_docx(review: Review, redacted: bool) -> bytes:
    """Appendix B: one row per action, the heading row repeated on every page."""
    document = Document()
    document.core_properties.author = review.csp.name
    document.core_properties.title = f"{review.full_reference} action plan"
    document.core_properties.comments = ""
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.5))
    document.add_heading("Appendix B: action plan", level=1)
    document.add_paragraph(f"{review.full_reference}, {review.csp.name}.")
    document.add_paragraph(
        "Each recommendation (Appendix A) with its SMART actions: who will do what, by when, "
        "with what intended outcome, and how it will be monitored and evidenced."
    )
    rows = plan_rows(review, redacted)
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, COLUMNS, strict=True):
        cell.text = name
        for run in cell.paragraphs[0].runs:
            run.bold = True
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header.append(repeat)
    for row in rows:
        for cell, value in zip(table.add_row().cells, row.cells(), strict=True):
            cell.text = value
    if not rows:
        document.add_paragraph("The action plan has no actions yet.")
    for table_row in table.rows:
        for cell in table_row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(8)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def action_plan_xlsx(review: Review, redacted: bool) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Action plan"
    workbook.properties.creator = review.csp.name
    workbook.properties.title = f"{review.full_reference} action plan"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in plan_rows(review, redacted):
        # openpyxl writes strings starting '=' as formulas: keep them text.
        sheet.append([safe_cell(v) for v in row.cells()])
    for letter, width in zip("ABCDEFGH", (40, 40, 24, 24, 14, 40, 40, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    for row_cells in sheet.iter_rows(min_row=2):
        for cell in row_cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def safe_cell(value: object) -> str:
    """A cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


CSV_HEADER = ["Review", "Recommendation", "Type", "Level", *COLUMNS[1:], "Agreed by agency"]


def csp_actions_csv(csp: Csp) -> str:
    """Every action of every standing recommendation across a CSP's reviews."""
    today = timezone.localdate()
    actions = (
        Action.objects.filter(
            recommendation__review__csp=csp, recommendation__withdrawn_at__isnull=True
        )
        .select_related("recommendation__review__csp", "lead_agency", "owner")
        .prefetch_related("evidence")
        .order_by("recommendation__review__reference", "recommendation__number", "due_on", "id")
    )
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for action in actions:
        rec = action.recommendation
        writer.writerow(
            [
                safe_cell(v)
                for v in [
                    rec.review.full_reference,
                    f"{rec.number}. {rec.text}",
                    rec.get_kind_display(),
                    rec.get_level_display(),
                    action.what,
                    action.lead_agency or "",
                    action.owner.full_name if action.owner else "",
                    action.due_on.isoformat() if action.due_on else "",
                    action.intended_outcome,
                    action.monitoring,
                    action.current_status(today).label,
                    f"{action.signed_off_at:%Y-%m-%d}" if action.signed_off_at else "",
                ]
            ]
        )
    return out.getvalue()
