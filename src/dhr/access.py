"""Who may see or change what. The only place that decides; every view calls it.

Access to a review comes from explicit membership, never from being signed in:
- a CSP-wide role (coordinator, CSP chair) covers every review of that CSP;
- a review membership (independent chair, panel member, IMR author, Home
  Office QA reader) covers that one review.
Administrators manage accounts and see no review content unless they also
hold a membership. IMR authors see only their own agency's material. The Home
Office QA reader sees a review only once it has been submitted.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from dhr.accounts.models import CspMembership, CspRole
from dhr.organisations.models import Csp
from dhr.reviews.models import (
    AGENCY_KINDS,
    SUBMITTED_STAGES,
    DocumentKind,
    Review,
    ReviewDocument,
    ReviewMembership,
    ReviewRole,
)


class Can(StrEnum):
    VIEW = "view"  # the review's record: stage, panel, requests, recommendations
    EDIT = "edit"  # change the record
    DECIDE = "decide"  # the decision to proceed, CSP sign-off
    MANAGE_MEMBERS = "manage_members"
    VIEW_AUDIT = "view_audit"
    PUBLISH = "publish"
    AGENCY_MATERIAL = "agency_material"  # IMRs and chronologies (scoped by agency)
    UPLOAD_AGENCY_MATERIAL = "upload_agency_material"
    DRAFTS = "drafts"  # draft overview report and executive summary
    WRITE_DRAFTS = "write_drafts"  # write their sections; record the family's comments
    FREEZE_REPORT = "freeze_report"  # the chair's: freeze a version, resolve comments, QA ticks
    COMMENT_DRAFTS = "comment_drafts"  # comment on a section of the draft
    SUBMITTED_REPORT = "submitted_report"
    PEOPLE = "people"  # real names: people, relationships, family contact log, genogram
    EDIT_PEOPLE = "edit_people"  # change them; download the redaction register
    TAG_THEMES = "tag_themes"  # library themes on a published review (coordinators)
    # The action plan after the report (scoped by agency through `acts_for_agency`).
    AGENCY_ACTIONS = "agency_actions"  # report progress, attach evidence: own agency's actions
    AGENCY_SIGN_OFF = "agency_sign_off"  # the agency's senior representative agrees its actions
    MONITOR_ACTIONS = "monitor_actions"  # the CSP: accept or return evidence, close, conclude
    # Home Office quality assurance.
    SUBMIT = "submit"  # send the pack (and revisions) to the Home Office
    QA_FEEDBACK = "qa_feedback"  # the QA reader records the panel's feedback
    QA_RESPOND = "qa_respond"  # the independent chair answers each area for development
    # Record an agency senior manager's sign-off of an IMR: the coordinator's
    # record of the manager's act, never the IMR author's (issue 10, finding 12).
    RECORD_SIGN_OFF = "record_sign_off"
    # Review what the redaction engine found before publication, add what it
    # missed, sign the redaction off (two different people): real names.
    REDACT = "redact"


ROLE_CAPABILITIES: dict[str, frozenset[Can]] = {
    # Not the CSP chair's sign-off, an agency's agreement, the QA panel's
    # feedback or the independent chair's answers: those are each person's own.
    CspRole.COORDINATOR: frozenset(Can)
    - {Can.DECIDE, Can.AGENCY_SIGN_OFF, Can.QA_FEEDBACK, Can.QA_RESPOND},
    CspRole.CSP_CHAIR: frozenset(
        {Can.VIEW, Can.DECIDE, Can.AGENCY_MATERIAL, Can.DRAFTS, Can.SUBMITTED_REPORT, Can.PEOPLE}
    ),
    ReviewRole.INDEPENDENT_CHAIR: frozenset(
        {
            Can.VIEW,
            Can.EDIT,
            Can.AGENCY_MATERIAL,
            Can.UPLOAD_AGENCY_MATERIAL,
            Can.DRAFTS,
            Can.SUBMITTED_REPORT,
            Can.PEOPLE,
            Can.EDIT_PEOPLE,
            Can.QA_RESPOND,
            Can.REDACT,
        }
    ),
    # A panel member is their agency's senior representative: they agree its actions.
    ReviewRole.PANEL_MEMBER: frozenset(
        {
            Can.VIEW,
            Can.AGENCY_MATERIAL,
            Can.DRAFTS,
            Can.SUBMITTED_REPORT,
            Can.PEOPLE,
            Can.AGENCY_ACTIONS,
            Can.AGENCY_SIGN_OFF,
        }
    ),
    ReviewRole.IMR_AUTHOR: frozenset(
        {Can.VIEW, Can.AGENCY_MATERIAL, Can.UPLOAD_AGENCY_MATERIAL, Can.AGENCY_ACTIONS}
    ),
    ReviewRole.HOME_OFFICE_QA: frozenset({Can.VIEW, Can.SUBMITTED_REPORT, Can.QA_FEEDBACK}),
}

# Drafting (dhr.reports): the independent chair owns the overview report, so
# freezing it is the chair's own act; the coordinator writes; the panel comments.
ROLE_CAPABILITIES[CspRole.COORDINATOR] -= {Can.FREEZE_REPORT}
ROLE_CAPABILITIES[ReviewRole.INDEPENDENT_CHAIR] |= {
    Can.WRITE_DRAFTS,
    Can.FREEZE_REPORT,
    Can.COMMENT_DRAFTS,
}
ROLE_CAPABILITIES[ReviewRole.PANEL_MEMBER] |= {Can.COMMENT_DRAFTS}


def may_read_report_version(access: ReviewAccess, submitted: bool) -> bool:
    """Drafts are the panel's; the Home Office QA reader reads only the submitted version."""
    return access.has(Can.DRAFTS) or (submitted and access.has(Can.SUBMITTED_REPORT))


@dataclass(frozen=True)
class ReviewAccess:
    """What one user may do on one review, and which agencies' material they see."""

    roles: frozenset[str]
    capabilities: frozenset[Can]
    agency_ids: frozenset[int] | None  # None: every agency
    # The agencies the user represents on this review (panel member, IMR author).
    own_agency_ids: frozenset[int] = frozenset()

    def has(self, capability: Can) -> bool:
        return capability in self.capabilities

    def sees_agency(self, agency_id: int | None) -> bool:
        return self.agency_ids is None or agency_id in self.agency_ids


NO_ACCESS = ReviewAccess(frozenset(), frozenset(), frozenset())


def review_access(user: Any, review: Review) -> ReviewAccess:
    """Work out a user's roles and rights on a review from their memberships."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return NO_ACCESS
    roles: set[str] = set(
        CspMembership.objects.filter(user=user, csp_id=review.csp_id).values_list("role", flat=True)
    )
    memberships = list(ReviewMembership.objects.filter(user=user, review=review))
    submitted = review.stage in SUBMITTED_STAGES
    agency_ids: set[int] = set()
    own_agency_ids: set[int] = set()
    for membership in memberships:
        if membership.role == ReviewRole.HOME_OFFICE_QA and not submitted:
            continue
        roles.add(membership.role)
        if membership.role == ReviewRole.IMR_AUTHOR and membership.agency_id:
            agency_ids.add(membership.agency_id)
        if membership.agency_id:
            own_agency_ids.add(membership.agency_id)
    capabilities: frozenset[Can] = frozenset().union(*(ROLE_CAPABILITIES[role] for role in roles))
    # Any role that sees every agency's material widens the IMR author's scope.
    sees_all = roles - {ReviewRole.IMR_AUTHOR, ReviewRole.HOME_OFFICE_QA}
    return ReviewAccess(
        roles=frozenset(roles),
        capabilities=capabilities,
        agency_ids=None if sees_all else frozenset(agency_ids),
        own_agency_ids=frozenset(own_agency_ids),
    )


def access_review(user: Any, review_id: int, need: Can = Can.VIEW) -> tuple[Review, ReviewAccess]:
    """Fetch a review for a user who must hold `need` on it, or raise."""
    try:
        review = Review.objects.select_related("csp").get(pk=review_id)
    except Review.DoesNotExist:
        raise Http404("No such review.") from None
    access = review_access(user, review)
    if not access.has(need):
        raise PermissionDenied
    return review, access


def can_see_document(access: ReviewAccess, document: ReviewDocument) -> bool:
    if document.kind in AGENCY_KINDS:
        return access.has(Can.AGENCY_MATERIAL) and access.sees_agency(document.agency_id)
    if document.kind == DocumentKind.SUBMITTED_REPORT:
        return access.has(Can.SUBMITTED_REPORT)
    return access.has(Can.DRAFTS)


def access_document(user: Any, review_id: int, document_id: int) -> ReviewDocument:
    """Fetch a confidential document the user may read, or raise."""
    review, access = access_review(user, review_id)
    document = ReviewDocument.objects.filter(pk=document_id, review=review).first()
    if document is None:
        raise Http404("No such document.")
    if not can_see_document(access, document):
        raise PermissionDenied
    return document


def access_agency_material(
    user: Any, review_id: int, agency_id: int | None, need: Can = Can.AGENCY_MATERIAL
) -> tuple[Review, ReviewAccess]:
    """Fetch a review for a user who holds `need` on it AND sees this agency's material."""
    review, access = access_review(user, review_id, need)
    if not access.has(Can.AGENCY_MATERIAL) or not access.sees_agency(agency_id):
        raise PermissionDenied
    return review, access


def access_agency_object(
    user: Any, review_id: int, objects: QuerySet[Any], pk: int, need: Can = Can.AGENCY_MATERIAL
) -> tuple[Any, ReviewAccess]:
    """Fetch one agency's object (IMR, chronology) of a review, or raise.

    The review is checked first, so someone outside it gets 403 whether or not
    the object exists; inside it, another agency's object is 403 too.
    """
    review, access = access_review(user, review_id, need)
    obj = objects.filter(pk=pk, review=review).first()
    if obj is None:
        raise Http404("Not found.")
    if not access.has(Can.AGENCY_MATERIAL) or not access.sees_agency(obj.agency_id):
        raise PermissionDenied
    return obj, access


def visible_agency_material(access: ReviewAccess, queryset: QuerySet[Any]) -> QuerySet[Any]:
    """Narrow a queryset of agency material to the agencies this user sees."""
    if not access.has(Can.AGENCY_MATERIAL):
        return queryset.none()
    if access.agency_ids is None:
        return queryset
    return queryset.filter(agency_id__in=access.agency_ids)


def visible_agencies(access: ReviewAccess, agencies: QuerySet[Any]) -> QuerySet[Any]:
    """The agencies (of a queryset of Agency) whose material this user sees."""
    if not access.has(Can.AGENCY_MATERIAL):
        return agencies.none()
    if access.agency_ids is None:
        return agencies
    return agencies.filter(pk__in=access.agency_ids)


def check_can_upload(access: ReviewAccess, kind: str, agency_id: int | None) -> None:
    """Raise unless the user may add a document of this kind for this agency."""
    if kind in AGENCY_KINDS:
        if not access.has(Can.UPLOAD_AGENCY_MATERIAL) or not access.sees_agency(agency_id):
            raise PermissionDenied
    elif not access.has(Can.EDIT):
        raise PermissionDenied


def visible_reviews(user: Any) -> QuerySet[Review]:
    """Every review the user holds some role on (for lists and dashboards)."""
    if not getattr(user, "is_authenticated", False):
        return Review.objects.none()
    own_csps = CspMembership.objects.filter(user=user).values("csp_id")
    member_of = ReviewMembership.objects.filter(user=user).exclude(role=ReviewRole.HOME_OFFICE_QA)
    qa_of = ReviewMembership.objects.filter(user=user, role=ReviewRole.HOME_OFFICE_QA)
    return (
        Review.objects.filter(
            Q(csp_id__in=own_csps)
            | Q(pk__in=member_of.values("review_id"))
            | Q(pk__in=qa_of.values("review_id"), stage__in=SUBMITTED_STAGES)
        )
        .select_related("csp")
        .distinct()
    )


def coordinated_csps(user: Any) -> QuerySet[Csp]:
    """CSPs in which the user may open new reviews."""
    if not getattr(user, "is_authenticated", False):
        return Csp.objects.none()
    return Csp.objects.filter(memberships__user=user, memberships__role=CspRole.COORDINATOR)


def access_new_review(user: Any) -> QuerySet[Csp]:
    csps = coordinated_csps(user)
    if not csps.exists():
        raise PermissionDenied
    return csps


def dashboard_csps(user: Any) -> QuerySet[Csp]:
    """CSPs whose deadline dashboard the user sees: CSP-wide roles only."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Csp.objects.none()
    return Csp.objects.filter(memberships__user=user).distinct().order_by("name")


def access_dashboard(user: Any, slug: str | None = None) -> tuple[Csp, QuerySet[Csp]]:
    """One CSP's dashboard (the chosen one, or the first) for a CSP-wide role, or raise."""
    csps = dashboard_csps(user)
    csp = csps.filter(slug=slug).first() if slug else csps.first()
    if csp is None:
        raise PermissionDenied
    return csp, csps


def csp_capabilities(user: Any, csp: Csp) -> frozenset[Can]:
    """What a user's CSP-wide roles (coordinator, CSP chair) allow across one CSP."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    roles = CspMembership.objects.filter(user=user, csp=csp).values_list("role", flat=True)
    return frozenset().union(*(ROLE_CAPABILITIES[role] for role in roles))


def access_csp(user: Any, csp_id: int, need: Can = Can.VIEW) -> tuple[Csp, frozenset[Can]]:
    """Fetch a CSP for CSP-wide pages (its agency directory, its letter template), or raise.

    Only CSP-wide roles count: a review membership gives no access to the CSP's pages.
    """
    csp = Csp.objects.filter(pk=csp_id).first()
    if csp is None:
        raise Http404("No such CSP.")
    capabilities = csp_capabilities(user, csp)
    if need not in capabilities:
        raise PermissionDenied
    return csp, capabilities


def access_library(user: Any) -> None:
    """The learning library (/library/, /api/library/) is open to everyone, signed in
    or not: it holds only published, anonymised reviews and the public DHRD
    records (dhr.library.services builds it from nothing else)."""
    return None


def acts_for_agency(access: ReviewAccess, agency_id: int | None) -> bool:
    """Whether the user may work on this agency's actions: the CSP, or the agency's own people."""
    if access.has(Can.MONITOR_ACTIONS):
        return True
    return (
        access.has(Can.AGENCY_ACTIONS)
        and agency_id is not None
        and agency_id in access.own_agency_ids
    )


def access_action(user: Any, review_id: int, action_id: int, need: Can = Can.VIEW) -> Any:
    """Fetch one action of a review for a user who holds `need` on it, or raise.

    Progress and evidence (`Can.AGENCY_ACTIONS`) are the lead agency's own: the
    people of another agency get 403, whether they GET or POST.
    """
    from dhr.actions.models import Action

    review, access = access_review(user, review_id, need)
    action = (
        Action.objects.select_related("recommendation__review", "lead_agency", "owner")
        .filter(pk=action_id, recommendation__review=review)
        .first()
    )
    if action is None:
        raise Http404("No such action.")
    if need == Can.AGENCY_ACTIONS and not acts_for_agency(access, action.lead_agency_id):
        raise PermissionDenied
    return action, access


def may_read_evidence(access: ReviewAccess, agency_id: int | None) -> bool:
    """Evidence files: the CSP and the review's editors, and the lead agency's own people."""
    return access.has(Can.EDIT) or acts_for_agency(access, agency_id)


def access_agency_sign_off(user: Any, review_id: int, agency_id: int) -> tuple[Review, Any]:
    """The review and agency whose actions this user may agree for the agency, or raise."""
    from dhr.organisations.models import Agency

    review, access = access_review(user, review_id, Can.AGENCY_SIGN_OFF)
    agency = Agency.objects.filter(pk=agency_id, csp_id=review.csp_id).first()
    if agency is None:
        raise Http404("No such agency.")
    if agency.pk not in access.own_agency_ids:
        raise PermissionDenied
    return review, agency


def access_redaction_round(user: Any, review_id: int, round_id: int) -> Any:
    """One redaction round of a review, for someone who may review its redaction.

    A round's findings are the real names found in the report, so it is for
    `Can.REDACT` only (the coordinator and the independent chair)."""
    from dhr.redaction_review.models import RedactionRound

    review, _ = access_review(user, review_id, Can.REDACT)
    found = (
        RedactionRound.objects.select_related("review__csp", "report", "version")
        .filter(pk=round_id, review=review)
        .first()
    )
    if found is None:
        raise Http404("No such redaction round.")
    return found
