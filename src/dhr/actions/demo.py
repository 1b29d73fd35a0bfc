"""Demo: the published review's lessons, recommendations and SMART action plan,
with progress, accepted evidence and an overdue action, so every part shows."""

from __future__ import annotations

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from dhr.accounts.models import User
from dhr.actions.models import (
    Action,
    ActionEvidence,
    ActionStatus,
    EvidenceDecision,
    Lesson,
    Milestone,
    Recommendation,
    RecommendationKind,
    RecommendationLevel,
)
from dhr.organisations.models import Agency, Csp
from dhr.reviews.models import Review

D = datetime.date
AUDIT_CSV = b"month,consultations,routine enquiry recorded\n2025-03,212,204\n2025-04,198,195\n"


def at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))


def load_demo(csp: Csp) -> None:
    review = Review.objects.filter(csp=csp, reference="2023/01").first()
    if review is None or review.recommendations.exists():
        return
    users = {u.email.split("@")[0]: u for u in User.objects.filter(email__endswith="demo.dhr.test")}
    police = Agency.objects.get(csp=csp, name="Eastbridge Police")
    health = Agency.objects.get(csp=csp, name="Eastbridge Health Trust")
    percy, imogen = users["panel"], users["imr"]
    lessons = [
        Lesson.objects.create(
            review=review,
            number=1,
            text="Anxiety and repeated minor injuries were not recognised as possible signs "
            "of domestic abuse in primary care.",
        ),
        Lesson.objects.create(
            review=review,
            number=2,
            text="MARAC outcomes did not reach the GP, so risk was not known where Louise "
            "was seen most often.",
        ),
    ]
    rec1 = Recommendation.objects.create(
        review=review,
        number=1,
        kind=RecommendationKind.SINGLE,
        level=RecommendationLevel.LOCAL,
        agency=health,
        text="Health practitioners should ask about domestic abuse when patients present "
        "with anxiety or repeated injuries.",
    )
    rec1.lessons.set([lessons[0]])
    rec2 = Recommendation.objects.create(
        review=review,
        number=2,
        kind=RecommendationKind.MULTI,
        level=RecommendationLevel.LOCAL,
        text="Partners should share MARAC outcomes with the victim's GP within two working days.",
    )
    rec2.lessons.set([lessons[1]])
    signed = {"signed_off_at": at(D(2024, 11, 20))}
    enquiry = Action.objects.create(
        recommendation=rec1,
        what="Add routine enquiry prompts to the clinical system for anxiety presentations.",
        lead_agency=health,
        owner=imogen,
        due_on=D(2025, 6, 30),
        intended_outcome="Every relevant consultation records that routine enquiry took place.",
        monitoring="Monthly audit of a sample of 50 records, reported to the CSP quarterly.",
        status=ActionStatus.COMPLETE,
        completed_on=D(2025, 5, 1),
        progress_note="Prompts live since April; the first two audits attached.",
        signed_off_by=imogen,
        **signed,
    )
    Milestone.objects.create(
        action=enquiry, due_on=D(2025, 3, 31), what="Prompts designed", done_on=D(2025, 3, 20)
    )
    Milestone.objects.create(
        action=enquiry, due_on=D(2025, 4, 30), what="Prompts live", done_on=D(2025, 4, 14)
    )
    evidence = ActionEvidence(
        action=enquiry,
        description="Routine enquiry audit, March and April 2025",
        original_name="routine-enquiry-audit.csv",
        content_type="text/csv",
        size=len(AUDIT_CSV),
        sha256="demo-routine-enquiry-audit",
        uploaded_by=imogen,
        decision=EvidenceDecision.ACCEPTED,
        decision_note="Compliance of 97% over two months: accepted.",
        decided_by=users["coordinator"],
        decided_at=at(D(2025, 6, 2)),
    )
    evidence.file.save("routine-enquiry-audit", ContentFile(AUDIT_CSV), save=False)
    evidence.save()
    Action.objects.create(
        recommendation=rec2,
        what="Amend the MARAC operating protocol so outcomes go to the GP.",
        lead_agency=police,
        owner=percy,
        due_on=D(2027, 3, 31),
        intended_outcome="Every MARAC outcome reaches the GP within two working days.",
        monitoring="Annual MARAC self-assessment, with a sample of 20 cases audited.",
        status=ActionStatus.ON_TRACK,
        progress_note="Draft protocol with the MARAC steering group.",
        signed_off_by=percy,
        **signed,
    )
    Action.objects.create(
        recommendation=rec2,
        what="Train MARAC representatives on the amended protocol.",
        lead_agency=police,
        owner=percy,
        due_on=D(2026, 9, 30),
        intended_outcome="All MARAC representatives (at least 30) complete the training.",
        monitoring="Training records reported to the CSP at each quarterly meeting.",
        status=ActionStatus.AT_RISK,
        progress_note="Two sessions postponed; dates being rearranged.",
        signed_off_by=percy,
        **signed,
    )
