"""The generated FAQ answers the seed's sixteen questions with the seed case's facts.

The seed is the FAQ one CSP published beside a finished review
(shared/seeds/dhr-faq.txt). Its case is rebuilt here as records; each
case-specific fact must appear in the generated FAQ under the same question.
"""

from __future__ import annotations

import datetime
import io
import re
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pypdf import PdfReader

from dhr.organisations.models import Agency, AgencyType, Csp
from dhr.panel.models import ImrRequest, PanelMember
from dhr.publication import documents
from dhr.publication.faq import build_faq, describe_duration, missing_facts
from dhr.publication.models import DistributionRecipient, HoldEnd, HoldKind, LegalHold
from dhr.publication.services import publication_for
from dhr.reviews.models import Decision, Review, Stage

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "dhr-faq.txt"

PANEL = [
    "Independent Chair and Overview Author",
    "Norfolk and Suffolk NHS Foundation Trust (Mental Health Services)",
    "NHS Suffolk (East)",
    "Suffolk Clinical Commissioning Group (CCG)",
    "GP Practice Practice manager as Panel member",
    "Suffolk Constabulary",
    "Suffolk County Council, Specialist Domestic Abuse Advisor",
    "Suffolk County Council Children’s and Young People’s Services",
    "Suffolk County Council Education Services",
    "Suffolk County Council Learning and Improvement Services",
    "East of England Ambulance Service",
    "National Probation Service",
]
DISTRIBUTION = [
    "Senior Management of each participating agency",
    "Chair of West Suffolk Community Safety Partnership.",
    "Suffolk Police and Crime Commissioner.",
    "Home Office – Quality Assurance Team.",
]
DELAY = (
    "appropriate care and sensitivity taken by all involved as to the importance of contact "
    "with the surviving children in this case and the proximity of this review to HM "
    "Coroner’s Inquest"
)
RESTRICTION_CONTACT = "Rudlings Wakelam Solicitors"
SITE = "Babergh District Council website"

# Question number -> the case-specific facts the seed states in its answer.
SEED_FACTS: dict[int, list[str]] = {
    3: PANEL,
    9: ["nearly 2 years", DELAY],
    13: DISTRIBUTION,
    15: [RESTRICTION_CONTACT],
    16: [SITE],
}


@pytest.fixture
def seed_review(db: Any) -> Review:
    csp = Csp.objects.create(name="West Suffolk Community Safety Partnership", slug="west-suffolk")
    review = Review.objects.create(
        csp=csp,
        reference="2012/01",
        victim_pseudonym="Adult A",
        notified_on=datetime.date(2012, 1, 9),
        decision=Decision.PROCEED,
        decided_on=datetime.date(2012, 2, 1),
        report_completed_on=datetime.date(2013, 12, 10),
        delay_reason=(
            "It was not possible to complete the Review within the six month timescales set "
            f"out within the statutory guidance due to {DELAY}."
        ),
        stage=Stage.APPROVED,
    )
    for position, label in enumerate(PANEL):
        agency = None
        if position:
            agency = Agency.objects.create(csp=csp, name=label, agency_type=AgencyType.OTHER)
            ImrRequest.objects.create(review=review, agency=agency, senior_manager_name="Director")
        PanelMember.objects.create(
            review=review,
            agency=agency,
            public_label=label,
            position=position,
            is_independent_chair=position == 0,
        )
    for position, recipient in enumerate(DISTRIBUTION):
        DistributionRecipient.objects.create(review=review, recipient=recipient, position=position)
    publication = publication_for(review)
    publication.site_name = SITE
    publication.save()
    # The seed's review was published within the terms of an order still in force.
    LegalHold.objects.create(
        review=review,
        kind=HoldKind.RRO,
        court="Ipswich Crown Court",
        made_on=datetime.date(2012, 3, 1),
        scope="The surviving children's identities",
        contact=RESTRICTION_CONTACT,
        ended=HoldEnd.LIFTED,
        end_reason="Publication agreed within the order's terms",
        order_still_applies=True,
    )
    return review


def answer_text(answer: Any) -> str:
    return " ".join([answer.question, *answer.paragraphs, *answer.items, *answer.closing])


def seed_sections() -> dict[int, str]:
    text = SEED.read_text(encoding="utf-8")
    parts = re.split(r"^(\d{1,2})\. ", text, flags=re.MULTILINE)
    return {int(parts[i]): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def test_faq_has_sixteen_questions_in_the_seed_order(seed_review: Review) -> None:
    faq = build_faq(seed_review)
    assert [a.number for a in faq] == list(range(1, 17))
    assert faq[0].question.startswith("What is a Domestic Homicide Review")
    assert faq[3].question == "What is an IMR and what is the purpose?"
    assert faq[14].question == "Where can I find out about the Reporting Restriction Order?"


@pytest.mark.parametrize("number", sorted(SEED_FACTS))
def test_every_seed_fact_appears_under_its_question(seed_review: Review, number: int) -> None:
    faq = {a.number: answer_text(a) for a in build_faq(seed_review)}
    for fact in SEED_FACTS[number]:
        assert fact in faq[number], f"Q{number} lacks {fact!r}"
        # Panel agencies are also the agencies written to (question 4); other
        # facts belong to one answer only.
        others = [n for n, text in faq.items() if n not in {number, 4} and fact in text]
        assert not others, f"{fact!r} also appears under {others}"


@pytest.mark.skipif(not SEED.exists(), reason="shared/seeds/dhr-faq.txt is not beside the checkout")
def test_the_facts_checked_are_the_seeds_own(seed_review: Review) -> None:
    sections = seed_sections()
    assert len(sections) == 16
    for number, facts in SEED_FACTS.items():
        flat = " ".join(sections[number].split())
        for fact in facts:
            assert " ".join(fact.split()) in flat, f"{fact!r} is not in seed question {number}"


def test_agencies_written_to_are_listed_under_the_imr_question(seed_review: Review) -> None:
    imr = build_faq(seed_review)[3]
    assert "Suffolk Constabulary" in imr.items
    assert "Independent Chair and Overview Author" not in imr.items


def test_complete_seed_case_has_nothing_missing_but_the_action_plan(seed_review: Review) -> None:
    assert missing_facts(seed_review) == [
        "Recommendations (question 10)",
        "The action plan's actions (question 11)",
    ]


def test_missing_data_is_said_plainly_not_invented(db: Any) -> None:
    csp = Csp.objects.create(name="Empty CSP", slug="empty")
    review = Review.objects.create(
        csp=csp, reference="R1", victim_pseudonym="Adult Z", notified_on=datetime.date(2025, 1, 1)
    )
    faq = {a.number: answer_text(a) for a in build_faq(review)}
    assert "has not been recorded" in faq[3]
    assert "has not been recorded" in faq[13]
    assert "has not been recorded" in faq[16]
    assert "Whether a reporting restriction order applies has not been recorded" in faq[15]
    assert len(missing_facts(review)) == 9


def test_review_within_six_months_says_so(seed_review: Review) -> None:
    seed_review.report_completed_on = datetime.date(2012, 6, 30)
    seed_review.save()
    q9 = build_faq(seed_review)[8]
    assert q9.question == "Was this DHR completed within 6 months?"
    assert DELAY not in answer_text(q9)


def test_dardr_terminology_is_used_throughout(seed_review: Review) -> None:
    seed_review.csp.terminology = "DARDR"
    seed_review.csp.save()
    faq = build_faq(seed_review)
    assert faq[0].question == "What is a Domestic Abuse Related Death Review (DARDR)?"
    assert "Victims and Prisoners Act 2024" in answer_text(faq[0])
    assert faq[12].question == "Who does the DARDR document get issued to?"


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        ((2020, 1, 1), (2020, 5, 1), "4 months"),
        ((2020, 1, 1), (2020, 1, 2), "1 day"),
        ((2020, 1, 1), (2020, 1, 11), "10 days"),
        ((2020, 1, 1), (2020, 1, 22), "3 weeks"),
        ((2020, 1, 1), (2020, 1, 25), "about 3 weeks"),
        ((2020, 1, 1), (2020, 2, 1), "1 month"),
        ((2020, 1, 1), (2020, 2, 10), "1 month"),
        ((2020, 1, 1), (2021, 1, 1), "1 year"),
        ((2020, 1, 1), (2021, 2, 15), "just over 1 year"),
        ((2012, 2, 1), (2013, 12, 10), "nearly 2 years"),
        ((2020, 1, 1), (2021, 7, 1), "about 1 and a half years"),
        ((2020, 1, 1), (2023, 1, 5), "3 years"),
        ((2020, 1, 1), (2023, 1, 20), "just over 3 years"),
    ],
)
def test_duration_is_described_as_a_person_would(start: Any, end: Any, words: str) -> None:
    assert describe_duration(datetime.date(*start), datetime.date(*end)) == words


def test_a_review_completed_in_days_says_so_not_0_months(seed_review: Review) -> None:
    seed_review.report_completed_on = seed_review.decided_on + datetime.timedelta(days=10)
    seed_review.save()
    text = answer_text(build_faq(seed_review)[8])
    assert "completed in 10 days" in text
    assert "0 months" not in text


def test_faq_pdf_is_tagged_with_language_and_title_and_holds_every_fact(
    seed_review: Review,
) -> None:
    pdf = documents.faq_pdf(seed_review)
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root, "the PDF is not tagged"
    assert str(root["/Lang"]).lower().startswith("en")
    assert reader.metadata is not None and "frequently asked questions" in (
        reader.metadata.title or ""
    )
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    for facts in SEED_FACTS.values():
        for fact in facts:
            assert " ".join(fact.split()) in text, fact


def test_faq_docx_has_a_heading_per_question_and_every_fact(seed_review: Review) -> None:
    doc = Document(io.BytesIO(documents.faq_docx(seed_review)))
    headings = [
        p.text for p in doc.paragraphs if p.style is not None and p.style.name == "Heading 2"
    ]
    assert len(headings) == 16 and headings[8].startswith("9. Why has it taken nearly 2 years")
    assert doc.core_properties.title.endswith("frequently asked questions")
    body = "\n".join(p.text for p in doc.paragraphs)
    for facts in SEED_FACTS.values():
        for fact in facts:
            assert fact in body, fact
