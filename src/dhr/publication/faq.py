"""The public FAQ, built from the review's own record.

The sixteen questions follow, in order, the FAQ that a CSP published beside a
finished review (shared/seeds/dhr-faq.txt). General answers are our own words,
accurate to section 9 of the Domestic Violence, Crime and Victims Act 2004 and
the statutory guidance; case answers come only from the record. Where the
record lacks a fact, the answer says so plainly and the fact is listed as
missing, so nothing is ever invented.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from dhr.actions.models import Conclusion
from dhr.actions.services import live_recommendations, plan_actions
from dhr.publication.holds import restriction_facts
from dhr.publication.models import Publication, RestrictionState
from dhr.reviews.models import Review
from dhr.schedule.clock import add_months, completed_within
from dhr.schedule.services import delay_facts

NOT_RECORDED = "This has not yet been recorded."


@dataclass
class FaqAnswer:
    number: int
    question: str
    paragraphs: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def months_between(start: datetime.date, end: datetime.date) -> float:
    return (end - start).days / (365.2425 / 12)


def describe_duration(start: datetime.date, end: datetime.date) -> str:
    """Say how long something took the way a person would: '10 days', '3 weeks',
    '4 months', 'nearly 2 years'. Under a month it is days or weeks, never '0 months'."""
    days = (end - start).days
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    if add_months(start, 1) > end:
        weeks = round(days / 7)
        return f"{weeks} weeks" if days % 7 == 0 else f"about {weeks} weeks"
    months = max(round(months_between(start, end)), 1)
    if months < 12:
        return f"{months} month{'s' if months != 1 else ''}"
    years, rest = divmod(months, 12)
    unit = "year" if years == 1 else "years"
    if rest == 0:
        return f"{years} {unit}"
    if rest <= 2:
        return f"just over {years} {unit}"
    if rest >= 9:
        return f"nearly {years + 1} years"
    if 5 <= rest <= 7:
        return f"about {years} and a half years"
    return f"over {years} {unit}"


def month_year(value: datetime.date) -> str:
    """Published dates are kept to month and year, to lessen identification."""
    return value.strftime("%B %Y")


def the_site(name: str) -> str:
    return name if name.lower().startswith("the ") else f"the {name}"


def get_publication(review: Review) -> Publication | None:
    return Publication.objects.filter(review=review).first()


def build_faq(review: Review) -> list[FaqAnswer]:
    csp = review.csp
    term, long_term = csp.term, csp.term_long
    publication = get_publication(review)
    return [
        q1_what_is(term, long_term),
        q2_purpose(term),
        q3_panel(review, term),
        q4_imrs(review),
        q5_csp(review),
        q6_why_csp(term),
        q7_independent_chair(term),
        q8_timescale(review, term),
        q9_time_taken(review, term),
        q10_what_will_change(review, term),
        q11_updates(review),
        q12_prosecution(term),
        q13_issued_to(review, term),
        q14_redactions(term),
        q15_reporting_restriction(*restriction_facts(review, publication)),
        q16_where_published(review, publication, term),
    ]


def missing_facts(review: Review) -> list[str]:
    """Everything the FAQ would have to call missing: the pre-publication checklist."""
    return [fact for answer in build_faq(review) for fact in answer.missing]


def q1_what_is(term: str, long_term: str) -> FaqAnswer:
    answer = FaqAnswer(1, f"What is a {long_term} ({term})?")
    answer.paragraphs = [
        "Domestic Homicide Reviews were established on a statutory basis by section 9 of the "
        "Domestic Violence, Crime and Victims Act 2004. The provision came into force on "
        "13 April 2011.",
        "A review looks at the circumstances in which the death of a person aged 16 or over "
        "has, or appears to have, resulted from violence, abuse or neglect by a person to whom "
        "they were related or with whom they were or had been in an intimate personal "
        "relationship, or by a member of the same household. It is held with a view to "
        "identifying the lessons to be learnt from the death.",
        "An intimate personal relationship includes relationships between adults who are or "
        "have been intimate partners or family members, regardless of gender or sexuality. "
        "Deaths by suicide where domestic abuse was a factor are also reviewed.",
    ]
    if term == "DARDR":
        answer.paragraphs.append(
            "Section 19 of the Victims and Prisoners Act 2024 renames these reviews Domestic "
            "Abuse Related Death Reviews, the name this partnership uses."
        )
    return answer


def q2_purpose(term: str) -> FaqAnswer:
    answer = FaqAnswer(2, f"What is the purpose of conducting a {term}?")
    answer.paragraphs = ["The review sets out to:"]
    answer.items = [
        "establish what lessons are to be learned from the death about the way in which local "
        "professionals and organisations work individually and together to safeguard victims",
        "identify clearly what those lessons are, both within and between agencies, how and "
        "within what timescales they will be acted on, and what is expected to change as a result",
        "apply those lessons to service responses, including changes to policies and procedures "
        "where appropriate",
        "prevent domestic abuse and homicide and improve service responses for all victims of "
        "domestic abuse and their children through better joint working",
    ]
    answer.closing = [
        "The review also considers whether agencies had sound procedures and protocols, and "
        "whether their staff understood and followed them."
    ]
    return answer


def q3_panel(review: Review, term: str) -> FaqAnswer:
    answer = FaqAnswer(
        3, f"What is a {term} Review Panel and which agencies were members of the Panel?"
    )
    answer.paragraphs = [
        "A review panel, led by an independent chair, is made up of senior representatives of "
        "the statutory agencies listed in section 9 of the Domestic Violence, Crime and Victims "
        "Act 2004 and of voluntary and specialist agencies. The panel reviews each agency's "
        "involvement and makes recommendations to improve responses in future. It also "
        "considers information from the victim's family, friends and colleagues.",
    ]
    members = [m.public_label for m in review.panel_members.all()]
    if members:
        answer.paragraphs.append(f"For this {term} the panel membership was as follows:")
        answer.items = members
    else:
        answer.paragraphs.append("The panel membership for this review has not been recorded.")
        answer.missing.append("Panel membership (question 3)")
    return answer


def q4_imrs(review: Review) -> FaqAnswer:
    answer = FaqAnswer(4, "What is an IMR and what is the purpose?")
    answer.paragraphs = [
        "An IMR is an Individual Management Review: each agency's own critical account of its "
        "contact with the people involved, with a chronology. The chair of the review panel "
        "writes to a senior manager in each participating agency to commission it, and a senior "
        "manager signs it off. IMRs are not published, but they inform the overview report.",
    ]
    agencies = [r.agency.name for r in review.imr_requests.select_related("agency")]
    if agencies:
        answer.paragraphs.append(
            "For this review the chair wrote to a senior manager in each of these agencies:"
        )
        answer.items = agencies
    else:
        answer.paragraphs.append("The agencies asked for IMRs have not been recorded.")
        answer.missing.append("Agencies written to for IMRs (question 4)")
    return answer


def q5_csp(review: Review) -> FaqAnswer:
    answer = FaqAnswer(5, "What is a Community Safety Partnership (CSP)?")
    answer.paragraphs = [
        "Community Safety Partnerships were set up under sections 5 to 7 of the Crime and "
        "Disorder Act 1998. They are made up of representatives of the 'responsible "
        "authorities':",
    ]
    answer.items = [
        "police",
        "local authorities",
        "fire and rescue authorities",
        "the probation service",
        "health",
    ]
    answer.closing = [
        "The responsible authorities work together to protect their communities from crime "
        "and to help people feel safer. Each year they assess local crime priorities and "
        "consult partners and the community about how to deal with them.",
        f"This review was commissioned by {review.csp.name}.",
    ]
    return answer


def q6_why_csp(term: str) -> FaqAnswer:
    answer = FaqAnswer(6, f"Why does a CSP undertake a {term} and not the Police or the Council?")
    answer.paragraphs = [
        "The law gives Community Safety Partnerships the overall statutory responsibility for "
        "establishing a review. The partnership brings together every agency that may have had "
        "contact with the people involved, so that no single agency reviews itself.",
    ]
    return answer


def q7_independent_chair(term: str) -> FaqAnswer:
    answer = FaqAnswer(
        7, f"Why was the {term} written by an Independent Chair and not the Chair of the CSP?"
    )
    answer.paragraphs = [
        "The review panel appoints an independent chair who manages and coordinates the "
        "review and writes the overview report, drawing on the IMRs and any other evidence the "
        "panel decides is relevant. The chair should be experienced and, wherever possible, not "
        "directly associated with any of the agencies involved, so that the review is impartial.",
    ]
    return answer


def q8_timescale(review: Review, term: str) -> FaqAnswer:
    months = review.csp.report_period_months
    answer = FaqAnswer(8, f"What is the timescale for completing a {term} overview report?")
    answer.paragraphs = [
        f"The overview report should be completed within {months} months of the decision to "
        "proceed with a review, unless the Community Safety Partnership formally agrees "
        "another timescale. Sometimes the complexity of a case does not become apparent until "
        "the review is in progress.",
    ]
    if review.decided_on:
        answer.paragraphs.append(
            f"The decision to hold this review was made in {month_year(review.decided_on)}."
        )
    else:
        answer.missing.append("Date of the decision to proceed (question 8)")
    return answer


def q9_time_taken(review: Review, term: str) -> FaqAnswer:
    months = review.csp.report_period_months
    if not (review.decided_on and review.report_completed_on):
        answer = FaqAnswer(9, f"How long did this {term} take to complete?")
        answer.paragraphs = [NOT_RECORDED]
        answer.missing.append(
            "Dates of the decision to proceed and of the completed report (question 9)"
        )
        return answer
    duration = describe_duration(review.decided_on, review.report_completed_on)
    if completed_within(review.decided_on, review.report_completed_on, months):
        answer = FaqAnswer(9, f"Was this {term} completed within {months} months?")
        answer.paragraphs = [
            f"Yes. The overview report was completed in {duration}, within the timescale set "
            "out in the statutory guidance."
        ]
        return answer
    answer = FaqAnswer(9, f"Why has it taken {duration} to complete this {term}?")
    answer.paragraphs = [
        f"It was not possible to complete the review within the {months} months set out in the "
        f"statutory guidance. It took {duration} from the decision to proceed to the completion "
        "of the overview report."
    ]
    recorded = delay_facts(review)
    answer.paragraphs.extend(
        recorded or ["No pause of the review or extension of its timescale was recorded."]
    )
    if review.delay_reason.strip():
        answer.paragraphs.extend(p.strip() for p in review.delay_reason.split("\n\n") if p.strip())
    elif not recorded:
        answer.paragraphs.append("The reason for the delay has not been recorded.")
        answer.missing.append("Reason for the delay (question 9)")
    return answer


def q10_what_will_change(review: Review, term: str) -> FaqAnswer:
    answer = FaqAnswer(10, f"What will change as a result of this {term}?")
    answer.paragraphs = [
        "The overview report contains recommendations for future action (Appendix A). These "
        "are translated into a SMART multi-agency action plan (Appendix B), agreed at senior "
        "level by each participating agency. The action plan sets out who will do what, by "
        "when, with what intended outcome, and how the improvements in practice and systems "
        "will be monitored and reviewed.",
    ]
    count = live_recommendations(review).count()
    if count:
        answer.paragraphs.append(
            f"This review made {count} recommendation{'s' if count != 1 else ''}."
        )
    else:
        answer.missing.append("Recommendations (question 10)")
    return answer


def q11_updates(review: Review) -> FaqAnswer:
    answer = FaqAnswer(11, "When will there be an update on the recommendations?")
    answer.paragraphs = [
        "The Community Safety Partnership monitors the implementation of the specific, "
        "measurable, achievable, realistic and timely (SMART) action plan, including through "
        "audit, and will formally conclude the review only when the action plan has been "
        "implemented.",
    ]
    actions = list(plan_actions(review))
    conclusion = Conclusion.objects.filter(review=review).first()
    if conclusion:
        answer.paragraphs.append(
            f"The Community Safety Partnership formally concluded this review on "
            f"{conclusion.concluded_on:%-d %B %Y}, once its action plan had been implemented."
        )
    elif actions:
        statuses = [a.current_status() for a in actions]
        done = sum(1 for s in statuses if s.finished)
        overdue = sum(1 for s in statuses if s == "overdue")
        sentence = (
            f"{done} of the {len(actions)} actions in the plan are evidenced as complete or closed"
        )
        if overdue:
            sentence += f"; {overdue} {'is' if overdue == 1 else 'are'} past its date"
        answer.paragraphs.append(
            sentence + ". The review will be concluded when every action is evidenced."
        )
    else:
        answer.missing.append("The action plan's actions (question 11)")
    return answer


def q12_prosecution(term: str) -> FaqAnswer:
    answer = FaqAnswer(12, "Is anyone going to be prosecuted for the death?")
    answer.paragraphs = [
        f"A {term} is not an inquiry into how the victim died or into who is culpable. Those are "
        "matters for coroners and the criminal courts respectively.",
    ]
    return answer


def q13_issued_to(review: Review, term: str) -> FaqAnswer:
    answer = FaqAnswer(13, f"Who does the {term} document get issued to?")
    recipients = [r.recipient for r in review.distribution.all()]
    if recipients:
        answer.paragraphs = ["The report is issued to:"]
        answer.items = recipients
        approved = qa_approved_on(review)
        if approved:
            answer.closing.append(
                "The Home Office Quality Assurance panel approved the report for publication "
                f"in its letter of {approved:%-d %B %Y}."
            )
    else:
        answer.paragraphs = ["The distribution list for this review has not been recorded."]
        answer.missing.append("Distribution list (question 13)")
    return answer


def qa_approved_on(review: Review) -> datetime.date | None:
    from dhr.signoffs.models import QaFeedback, QaOutcome

    feedback = (
        QaFeedback.objects.filter(submission__review=review, outcome=QaOutcome.APPROVED)
        .order_by("-submission__round")
        .first()
    )
    return feedback.letter_dated if feedback else None


def q14_redactions(term: str) -> FaqAnswer:
    answer = FaqAnswer(14, f"Why are there redactions in this {term} document?")
    answer.paragraphs = [
        "The overview report and executive summary are anonymised to protect the identity of "
        "the victim, the perpetrator, family members, staff and others, and to comply with "
        "data protection law (the UK General Data Protection Regulation and the Data "
        "Protection Act 2018). Reports are prepared in a form suitable for publication, or "
        "redacted before publication.",
    ]
    return answer


def q15_reporting_restriction(state: RestrictionState, contact: str) -> FaqAnswer:
    """`state` and `contact` come from the review's legal holds (holds.restriction_facts)."""
    answer = FaqAnswer(15, "Where can I find out about the Reporting Restriction Order?")
    if state == RestrictionState.NONE:
        answer.paragraphs = ["No reporting restriction order applies to this review."]
    elif state == RestrictionState.APPLIES and contact:
        answer.paragraphs = [
            "A court has made a reporting restriction order that affects what may be reported. "
            f"You will need to contact {contact}."
        ]
    elif state == RestrictionState.APPLIES:
        answer.paragraphs = [
            "A reporting restriction order applies. The contact for it has not been recorded."
        ]
        answer.missing.append("Contact for the reporting restriction order (question 15)")
    else:
        answer.paragraphs = ["Whether a reporting restriction order applies has not been recorded."]
        answer.missing.append("Whether a reporting restriction order applies (question 15)")
    return answer


def q16_where_published(review: Review, publication: Publication | None, term: str) -> FaqAnswer:
    site = publication.site_name.strip() if publication else ""
    if not site:
        answer = FaqAnswer(16, f"Where is this {term} published?")
        answer.paragraphs = ["Where the report is published has not been recorded."]
        answer.missing.append("Where the report is published (question 16)")
        return answer
    answer = FaqAnswer(16, f"Why is it only being published on {the_site(site)}?")
    answer.paragraphs = [
        "Overview reports and executive summaries are published on the local Community Safety "
        f"Partnership's web page. This {term} has therefore been published on the "
        f"{review.csp.name} web page on {the_site(site)}.",
    ]
    if publication and publication.site_url:
        answer.paragraphs.append(f"Address: {publication.site_url}")
    return answer
