"""The rules of redaction review: `check_*` validate, `do_*` change and audit.

A round takes one frozen version of a report through the redaction engine
with the review's register. Every finding is redacted unless a reviewer
rejects it with a reason; a reviewer adds what the engine missed (it joins the
register, so every document of the review is redacted for it, and a new round
starts with the decisions so far); every re-identification warning needs a
recorded decision. Two different people then sign the round off, and only
then does the worker write the public files, which are read back and searched
for everything removed before they may be served. Any change to what would be
published clears the sign-offs: a sign-off is of one exact text.

Audit records never carry a found or missed string: they are real names.
"""

from __future__ import annotations

import copy
import hashlib
import logging
from collections.abc import Callable, Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django_tasks import task

from dhr.audit import services as audit
from dhr.people.models import Person, RegisterTerm, RegisterTermKind
from dhr.people.register import register_for_review
from dhr.publication import leak_scan, public_files, reidentification
from dhr.publication.models import Publication
from dhr.redaction import Policy, Register
from dhr.redaction.engine import CaseDetector, Pseudonymiser
from dhr.redaction_review import uploads
from dhr.redaction_review.models import (
    FilesStatus,
    FindingDecision,
    RedactionRound,
    RedactionSignOff,
    ReleasedFile,
    RoundStatus,
    WarningDecision,
)
from dhr.reports import exports, outline
from dhr.reports.models import Report, ReportVersion
from dhr.reports.services import agency_terms, latest_version, report_for
from dhr.reports.structure import OVERVIEW, SUMMARY
from dhr.reviews.models import Review, ReviewDocument

log = logging.getLogger(__name__)

SIGN_OFFS_NEEDED = 2
ROUNDS = RedactionRound.objects.select_related("review__csp", "report", "version", "document")
KINDS = (OVERVIEW, SUMMARY)
Progress = Callable[[str, int, int], None]


# --- the engine -------------------------------------------------------------


def engine_for(review: Review) -> tuple[Register, Policy]:
    """The review's register, and a policy that keeps pseudonyms and agency names."""
    register = Register.from_dict(register_for_review(review))
    allow = exports.allowed_terms(register, agency_terms(review))
    return register, Policy(allow=tuple(allow), use_ner=True)


def slot_texts(doc: outline.ReportDoc) -> list[str]:
    """Every string a reader of the report sees, in document order."""
    return [str(container[key] or "") for container, key in exports._slots(doc)]


def find(
    texts: Sequence[str], register: Register, policy: Policy, progress: Progress | None = None
) -> list[dict[str, Any]]:
    """The engine's findings in each text, with the replacement each would get."""
    detector = CaseDetector(register, policy, progress)
    tagged_all = detector.detect_case(list(texts))
    pseudo = Pseudonymiser(register, policy, list(texts), detector.coded)
    findings: list[dict[str, Any]] = []
    for slot, tagged in enumerate(tagged_all):
        last = 0
        for t in tagged:
            f = t.finding
            if not policy.redacts(f.label) or f.start < last:
                continue
            last = f.end
            findings.append(
                {
                    "id": len(findings),
                    "slot": slot,
                    "start": f.start,
                    "end": f.end,
                    "label": f.label,
                    "text": f.text,
                    "source": f.source,
                    "confidence": round(f.confidence, 2),
                    "reason": f.reason,
                    "replacement": pseudo.replacement(t),
                }
            )
    return findings


def apply_findings(texts: Sequence[str], findings: Sequence[dict[str, Any]]) -> list[str]:
    """The texts with each given finding replaced (findings sorted, not overlapping)."""
    by_slot: dict[int, list[dict[str, Any]]] = {}
    for f in findings:
        by_slot.setdefault(f["slot"], []).append(f)
    out = []
    for slot, text in enumerate(texts):
        pieces, last = [], 0
        for f in sorted(by_slot.get(slot, []), key=lambda f: f["start"]):
            pieces += [text[last : f["start"]], f["replacement"]]
            last = f["end"]
        out.append("".join(pieces) + text[last:])
    return out


def rejected_ids(round: RedactionRound) -> set[int]:
    return set(round.decisions.filter(redact=False).values_list("finding", flat=True))


def redacted_findings(round: RedactionRound) -> list[dict[str, Any]]:
    rejected = rejected_ids(round)
    return [f for f in round.findings if f["id"] not in rejected]


def source_doc(round: RedactionRound) -> outline.ReportDoc:
    """What the round checks: a frozen version, or an uploaded document read as one."""
    if round.document is not None:
        return uploads.as_report(uploads.read_upload(round.document), round.report)
    return outline.build_doc(round.report, round.version)


def released_doc(round: RedactionRound) -> outline.ReportDoc:
    """The report as it would be published: every finding replaced unless rejected."""
    doc = copy.deepcopy(source_doc(round))
    texts = apply_findings(slot_texts(doc), redacted_findings(round))
    for (container, key), text in zip(exports._slots(doc), texts, strict=True):
        container[key] = text
    doc.redacted = True
    return doc


def pseudonyms_of(review: Review) -> list[str]:
    register = Register.from_dict(register_for_review(review))
    return [p.pseudonym for p in register.people if p.pseudonym]


def places_of(review: Review) -> list[str]:
    """Small places the reviewers named: a pseudonym beside one identifies."""
    return list(
        RegisterTerm.objects.filter(review=review, kind=RegisterTermKind.PLACE).values_list(
            "text", flat=True
        )
    )


def warnings_for(round: RedactionRound, texts: Sequence[str]) -> list[dict[str, Any]]:
    """Re-identification warnings on the redacted texts."""
    pseudonyms = pseudonyms_of(round.review)
    places = places_of(round.review)
    out: list[dict[str, Any]] = []
    for slot, text in enumerate(texts):
        for w in reidentification.reidentification_warnings(text, pseudonyms, places):
            out.append(
                {"id": len(out), "slot": slot, "kind": w.kind, "excerpt": w.excerpt, "why": w.why}
            )
    return out


# --- starting a round ---------------------------------------------------------


def check_start(report: Report) -> ReportVersion:
    version = latest_version(report)
    if version is None:
        raise ValidationError(
            f"Freeze a version of the {report.get_kind_display().lower()} first: "
            "redaction is of a version that no longer changes."
        )
    return version


def current_round(report: Report) -> RedactionRound | None:
    return (
        RedactionRound.objects.filter(report=report)
        .exclude(status=RoundStatus.SUPERSEDED)
        .select_related("version")
        .first()
    )


def _supersede(report: Report) -> RedactionRound | None:
    previous = current_round(report)
    RedactionRound.objects.filter(report=report).exclude(status=RoundStatus.SUPERSEDED).update(
        status=RoundStatus.SUPERSEDED
    )
    return previous


def new_round(
    actor: Any,
    report: Report,
    version: ReportVersion | None = None,
    document: ReviewDocument | None = None,
    request: HttpRequest | None = None,
) -> RedactionRound:
    """Queue the engine on one source; any earlier round of the report is replaced."""
    with transaction.atomic():
        _supersede(report)
        round = RedactionRound.objects.create(
            review=report.review,
            report=report,
            version=version,
            document=document,
            created_by=actor,
            step="queued",
        )
        audit.record(
            actor,
            "redaction.start",
            f"Started redaction review of the {report.get_kind_display().lower()}, {round.source}",
            review=report.review,
            target=round,
            detail={
                "kind": report.kind,
                "version": version.number if version else None,
                "document": document.pk if document else None,
            },
            request=request,
        )
        enqueue_detection(round)
    return round


def do_start_round(
    actor: Any, review: Review, kind: str, request: HttpRequest | None = None
) -> RedactionRound:
    """A round of the latest frozen version of the report."""
    report = report_for(review, kind)
    return new_round(actor, report, version=check_start(report), request=request)


def do_start_upload_round(
    actor: Any, document: ReviewDocument, request: HttpRequest | None = None
) -> RedactionRound:
    """A round of an uploaded report (written outside dhr)."""
    kind = uploads.check_upload(document)
    return new_round(actor, report_for(document.review, kind), document=document, request=request)


def enqueue_detection(round: RedactionRound) -> None:
    detect_round.enqueue(round.pk)


def set_progress(round_id: int, step: str, percent: int) -> None:
    RedactionRound.objects.filter(pk=round_id).update(
        step=step[:200], percent=min(max(percent, 1), 99), progress_at=timezone.now()
    )


def carried_decisions(round: RedactionRound, previous: RedactionRound | None) -> None:
    """A new round of the same version keeps the decisions on the same findings."""
    if previous is None or (previous.version_id, previous.document_id) != (
        round.version_id,
        round.document_id,
    ):
        return
    old = {f["id"]: f for f in previous.findings}
    new = {(f["slot"], f["start"], f["end"], f["text"]): f["id"] for f in round.findings}
    for decision in previous.decisions.all():
        f = old.get(decision.finding)
        if f is None:
            continue
        finding = new.get((f["slot"], f["start"], f["end"], f["text"]))
        if finding is not None:
            FindingDecision.objects.create(
                round=round,
                finding=finding,
                redact=decision.redact,
                reason=decision.reason,
                by_id=decision.by_id,
            )


def run_detection(round_id: int) -> None:
    """The background task: find, replace, warn. Runs again from the start if
    its worker died part way; nothing is saved until the end."""
    claimed = RedactionRound.objects.filter(pk=round_id, status=RoundStatus.DETECTING).update(
        step="starting", percent=1, progress_at=timezone.now()
    )
    if not claimed:
        return
    round = ROUNDS.get(pk=round_id)

    def progress(step: str, done: int, total: int) -> None:
        set_progress(round_id, f"finding ({step})", 5 + 80 * done // max(total, 1))

    try:
        register, policy = engine_for(round.review)
        texts = slot_texts(source_doc(round))
    except ValidationError as error:
        RedactionRound.objects.filter(pk=round_id).update(
            status=RoundStatus.FAILED, step="stopped", message=" ".join(error.messages)
        )
        return
    try:
        findings = find(texts, register, policy, progress)
        set_progress(round_id, "looking for details that could identify someone", 90)
        redacted = apply_findings(texts, findings)
        round.findings = findings
        round.warnings = warnings_for(round, redacted)
    except Exception:
        log.exception("Redaction round %s failed", round_id)
        RedactionRound.objects.filter(pk=round_id).update(
            status=RoundStatus.FAILED,
            step="stopped",
            message="The redaction engine stopped part way. Start again; if it fails again, "
            "tell your administrator.",
        )
        return
    previous = (
        RedactionRound.objects.filter(report=round.report, created_at__lte=round.created_at)
        .exclude(pk=round.pk)
        .first()
    )
    with transaction.atomic():
        round.status = RoundStatus.OPEN
        round.step = "finished"
        round.percent = 100
        round.progress_at = timezone.now()
        round.save()
        carried_decisions(round, previous)


# The background jobs, here beside what they run (no module circle): the
# engine over a 150-page report takes tens of seconds, and writing and
# checking the public files as long again.


@task()
def detect_round(round_id: int) -> None:
    run_detection(round_id)


@task()
def release_round(round_id: int) -> None:
    run_release(round_id)


# --- decisions ------------------------------------------------------------------


def finding_of(round: RedactionRound, finding_id: int) -> dict[str, Any]:
    for f in round.findings:
        if f["id"] == finding_id:
            return f
    raise ValidationError("No such finding in this round.")


def check_open(round: RedactionRound) -> None:
    if round.status != RoundStatus.OPEN:
        raise ValidationError(
            f"This round cannot be changed: it is '{round.get_status_display().lower()}'."
        )


def check_decision(round: RedactionRound, finding_id: int, redact: bool, reason: str) -> None:
    check_open(round)
    finding = finding_of(round, finding_id)
    if redact:
        return
    if finding["source"] == "register":
        raise ValidationError(
            {
                "redact": "This is a name or detail in the review's register: it is always "
                "redacted. Change the register on the People pages if it is wrong."
            }
        )
    if not reason.strip():
        raise ValidationError({"reason": "Say why this should be published as it is"})


def _clear_sign_offs(actor: Any, round: RedactionRound, request: HttpRequest | None) -> None:
    """What would be published changed: earlier sign-offs were of another text."""
    cleared = round.sign_offs.count()
    if cleared:
        round.sign_offs.all().delete()
        audit.record(
            actor,
            "redaction.sign_offs_cleared",
            f"{cleared} sign-off{'s' if cleared > 1 else ''} cleared by a change",
            review=round.review,
            target=round,
            request=request,
        )


def do_decide(
    actor: Any,
    round: RedactionRound,
    finding_id: int,
    redact: bool,
    reason: str,
    request: HttpRequest | None = None,
) -> None:
    check_decision(round, finding_id, redact, reason)
    finding = finding_of(round, finding_id)
    with transaction.atomic():
        FindingDecision.objects.update_or_create(
            round=round,
            finding=finding_id,
            defaults={"redact": redact, "reason": "" if redact else reason.strip(), "by": actor},
        )
        _clear_sign_offs(actor, round, request)
        audit.record(
            actor,
            "redaction.decide",
            ("Kept the redaction of" if redact else "Chose to publish")
            + f" a finding ({finding['label'].lower().replace('_', ' ')})",
            review=round.review,
            target=round,
            detail={"finding": finding_id, "redact": redact, "label": finding["label"]},
            request=request,
        )


def check_warning_decision(round: RedactionRound, warning_id: int, reason: str) -> None:
    check_open(round)
    if not any(w["id"] == warning_id for w in round.warnings):
        raise ValidationError("No such warning in this round.")
    if not reason.strip():
        raise ValidationError({"reason": "Say why, so the decision can be understood later"})


def do_decide_warning(
    actor: Any,
    round: RedactionRound,
    warning_id: int,
    keep: bool,
    reason: str,
    request: HttpRequest | None = None,
) -> None:
    check_warning_decision(round, warning_id, reason)
    with transaction.atomic():
        WarningDecision.objects.update_or_create(
            round=round,
            warning=warning_id,
            defaults={"keep": keep, "reason": reason.strip(), "by": actor},
        )
        _clear_sign_offs(actor, round, request)
        audit.record(
            actor,
            "redaction.warning",
            "Decided on a detail that could identify someone: "
            + ("publish as it is" if keep else "change the draft"),
            review=round.review,
            target=round,
            detail={"warning": warning_id, "keep": keep},
            request=request,
        )


# --- what the engine missed ----------------------------------------------------


def check_missed(review: Review, text: str, kind: str, person: Person | None) -> str:
    """A missed string is at least three characters and not yet in the register."""
    text = " ".join(text.split())
    if len(text) < 3:
        raise ValidationError({"text": "Enter the words to redact, at least 3 characters"})
    if person is None and kind not in RegisterTermKind.values:
        raise ValidationError({"kind": "Choose whose name it is, or what kind of detail it is"})
    if person is not None and person.review_id != review.pk:
        raise ValidationError({"kind": "Choose a person in this review"})
    if person is not None and len(", ".join([*person.alias_list, text])) > 300:
        raise ValidationError(
            {"text": "That person has too many other names recorded to add another here"}
        )
    register = register_for_review(review)
    known = {n.casefold() for p in register["people"] for n in [p["name"], *p["aliases"]]}
    known |= {d["text"].casefold() for d in register["details"]}
    if text.casefold() in known:
        raise ValidationError({"text": "That is already in the review's register"})
    return text


def do_add_missed(
    actor: Any,
    round: RedactionRound,
    text: str,
    kind: str,
    person: Person | None,
    request: HttpRequest | None = None,
) -> RedactionRound:
    """Add to the register (an alias of a person, or a place, address or
    institution) and check the version again with the decisions so far."""
    check_open(round)
    text = check_missed(round.review, text, kind, person)
    with transaction.atomic():
        if person is not None:
            person.aliases = ", ".join([*person.alias_list, text])
            person.save(update_fields=["aliases"])
            what = "another name for a person"
        else:
            RegisterTerm.objects.create(review=round.review, kind=kind, text=text, added_by=actor)
            what = RegisterTermKind(kind).label.split(" (")[0].lower()
        audit.record(
            actor,
            "redaction.missed",
            f"Added something the engine missed to the register: {what}",
            review=round.review,
            target=round,
            detail={"kind": "alias" if person else kind},
            request=request,
        )
        return new_round(actor, round.report, round.version, round.document, request)


# --- sign-off and the public files ---------------------------------------------


def undecided_warnings(round: RedactionRound) -> list[dict[str, Any]]:
    decided = set(round.warning_decisions.values_list("warning", flat=True))
    return [w for w in round.warnings if w["id"] not in decided]


def sign_off_problems(round: RedactionRound, actor: Any) -> list[str]:
    problems = []
    if round.status != RoundStatus.OPEN:
        problems.append(f"This round is '{round.get_status_display().lower()}'.")
    undecided = undecided_warnings(round)
    if undecided:
        problems.append(
            f"Record a decision on every detail that could identify someone "
            f"({len(undecided)} to go)."
        )
    if round.sign_offs.filter(by=actor).exists():
        problems.append(
            "You have signed this round off already: the second sign-off must be someone else's."
        )
    return problems


def do_sign_off(actor: Any, round: RedactionRound, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        round = RedactionRound.objects.select_for_update().get(pk=round.pk)
        problems = sign_off_problems(round, actor)
        if problems:
            raise ValidationError(problems)
        RedactionSignOff.objects.create(round=round, by=actor)
        count = round.sign_offs.count()
        audit.record(
            actor,
            "redaction.sign_off",
            f"Signed the redaction off ({count} of {SIGN_OFFS_NEEDED})",
            review=round.review,
            target=round,
            detail={"count": count},
            request=request,
        )
        if count >= SIGN_OFFS_NEEDED:
            round.status = RoundStatus.SIGNED_OFF
            round.files_status = FilesStatus.WORKING
            round.step = "writing the public files"
            round.percent = 1
            round.save()
            enqueue_release(round)


def enqueue_release(round: RedactionRound) -> None:
    release_round.enqueue(round.pk)


def removed_strings(round: RedactionRound) -> list[str]:
    """What must never be in a public file: the register, and every name redacted."""
    register = Register.from_dict(register_for_review(round.review))
    removed = exports.register_names(register) + [d.text for d in register.details]
    removed += [f["text"] for f in redacted_findings(round) if f["label"] == "PERSON"]
    pseudonyms = {p.casefold() for p in pseudonyms_of(round.review)}
    return [r for r in dict.fromkeys(removed) if r.strip() and r.casefold() not in pseudonyms]


def write_files(round: RedactionRound) -> tuple[outline.ReportDoc, dict[str, bytes]]:
    doc = released_doc(round)
    return doc, {"pdf": exports.to_pdf(doc), "docx": exports.to_docx(doc)}


def leaks_in(files: dict[str, bytes], removed: Sequence[str]) -> list[str]:
    """Every place in the files where something removed was found (no strings)."""
    problems = []
    for kind, data in files.items():
        problems += [
            f"{kind.upper()}: {leak.where}: {leak.what}"
            for leak in leak_scan.scan_file(kind, data, removed)
        ]
    return problems


def run_release(round_id: int) -> None:
    """The background task: write the public PDF and .docx from the signed-off
    text, read them back and search every part; keep them only if clean."""
    round = ROUNDS.get(pk=round_id)
    if round.status != RoundStatus.SIGNED_OFF or round.files_status != FilesStatus.WORKING:
        return
    try:
        set_progress(round_id, "writing the public files", 20)
        doc, files = write_files(round)
        set_progress(round_id, "searching the files for anything removed", 80)
        problems = leaks_in(files, removed_strings(round))
    except Exception:
        log.exception("Release of redaction round %s failed", round_id)
        problems = [
            "The files could not be written. Start a new round; if it fails again, "
            "tell your administrator."
        ]
        doc, files = None, {}
    with transaction.atomic():
        round.refresh_from_db()
        if problems or doc is None:
            round.files_status = FilesStatus.BLOCKED
            round.files_message = "\n".join(problems)
            round.step = "stopped"
            round.save()
            return
        round.files.all().delete()
        for kind, data in files.items():
            released = ReleasedFile(
                round=round, kind=kind, digest=hashlib.sha256(data).hexdigest(), size=len(data)
            )
            released.file.save(f"file.{kind}", ContentFile(data), save=False)
            released.save()
        round.released = {"title": doc.title, "sections": doc.sections}
        round.files_status = FilesStatus.CLEAN
        round.files_message = ""
        round.step = "finished"
        round.percent = 100
        round.save()
        for publication in Publication.objects.filter(review=round.review):
            public_files.forget_page(publication)  # a live page shows the new release at once


# --- publication ------------------------------------------------------------------


def released_rounds(review: Review, kind: str) -> QuerySet[RedactionRound]:
    """Rounds of the report that were released (signed off, clean files), newest first."""
    return (
        RedactionRound.objects.filter(
            review=review,
            report__kind=kind,
            status=RoundStatus.SIGNED_OFF,
            files_status=FilesStatus.CLEAN,
        )
        .select_related("report", "version")
        .prefetch_related("files")
    )


def published_round(review: Review, kind: str) -> RedactionRound | None:
    """What the public page shows: the newest release, whatever version later
    drafts have reached."""
    return released_rounds(review, kind).first()


def released_file(round: RedactionRound, kind: str) -> ReleasedFile | None:
    return next((f for f in round.files.all() if f.kind == kind), None)


def release_problem(review: Review, kind: str) -> str | None:
    """Why this report cannot yet be published, or None. The report being worked
    on is the current round's source; a report neither frozen nor checked here
    (written and published elsewhere) is not this check's."""
    report = report_for(review, kind)
    name = report.get_kind_display().lower()
    version = latest_version(report)
    current = current_round(report)
    if current is None:
        if version is None:
            return None
        return f"The {name} (version {version.number}) has not been through redaction review."
    if current.document_id is None and version is not None and current.version_id != version.pk:
        return f"The {name} (version {version.number}) has not been through redaction review."
    if current.status == RoundStatus.SIGNED_OFF and current.files_status == FilesStatus.CLEAN:
        return None
    if current.files_status == FilesStatus.BLOCKED:
        return f"The {name}'s public files failed the check for anything removed."
    if current.status == RoundStatus.SIGNED_OFF:
        return f"The {name}'s public files are still being written."
    done = current.sign_offs.count()
    return (
        f"The {name}'s redaction needs {SIGN_OFFS_NEEDED} sign-offs by different people "
        f"({done} so far)."
    )


def release_problems(review: Review) -> list[str]:
    return [p for kind in KINDS if (p := release_problem(review, kind)) is not None]


def released_text(round: RedactionRound) -> str:
    """The released report as plain text, for the library's search index."""
    released = round.released or {"title": "", "sections": []}
    doc = outline.ReportDoc(released["title"], "", "", "", released["sections"], redacted=True)
    titles = [str(section.get("title", "")) for section in doc.sections]
    return "\n".join([doc.title, *titles, *slot_texts(doc)])


def release_html(round: RedactionRound) -> list[dict[str, Any]]:
    """The signed-off sections as safe HTML, for the public page."""
    released = round.released or {"title": "", "sections": []}
    doc = outline.ReportDoc("", "", "", "", released["sections"], redacted=True)
    return exports.html_sections(doc)
