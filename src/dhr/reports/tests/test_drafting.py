"""Drafting by section: versions, freezing, comparing, comments, the family's comments."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from dhr.audit.models import AuditRecord
from dhr.panel.models import TermsOfReference
from dhr.reports import diff, markup, services
from dhr.reports.models import FamilyComment, ReportVersion, SectionComment, SectionText
from dhr.reports.tests.conftest import Drafted


def test_each_save_keeps_a_version_and_an_unchanged_save_adds_none(drafted: Drafted) -> None:
    chair = drafted.world.users["independent_chair"]
    first = services.do_save_section(chair, drafted.overview, "conclusions", "One.")
    second = services.do_save_section(chair, drafted.overview, "conclusions", "Two.")
    assert (first and first.number, second and second.number) == (1, 2)
    assert services.do_save_section(chair, drafted.overview, "conclusions", "Two.") is None
    assert SectionText.objects.filter(report=drafted.overview, key="conclusions").count() == 2
    assert AuditRecord.objects.filter(action="report.section_save").count() == 4 + 2


def test_unknown_section_is_refused_and_nothing_saved(drafted: Drafted) -> None:
    chair = drafted.world.users["independent_chair"]
    with pytest.raises(ValidationError, match="no section 'nonsense'"):
        services.do_save_section(chair, drafted.overview, "nonsense", "Text")
    assert not SectionText.objects.filter(key="nonsense").exists()


def test_freezing_snapshots_the_record_which_then_stays_as_it_was(drafted: Drafted) -> None:
    chair = drafted.world.users["independent_chair"]
    version = services.do_freeze(chair, drafted.overview, "For the family")
    scope = next(s for s in version.sections if s["key"] == "scope")
    assert "Was risk assessed?" in scope["blocks"][2]["items"]
    TermsOfReference.objects.create(
        review=drafted.world.review,
        version=2,
        period_start=datetime.date(2020, 1, 1),
        period_end=datetime.date(2024, 6, 30),
        key_lines_of_enquiry="Was housing involved?",
        subjects="Louise",
        agreed_on=datetime.date(2025, 5, 1),
        created_by=chair,
    )
    services.do_save_section(chair, drafted.overview, "introduction", "New words.")
    version.refresh_from_db()
    frozen = next(s for s in version.sections if s["key"] == "scope")
    assert frozen["blocks"][2]["items"] == ["Was risk assessed?", "Was the family listened to?"]
    second = services.do_freeze(chair, drafted.overview)
    changes = {d.key: d for d in diff.compare(version.sections, second.sections)}
    assert changes["scope"].changed and changes["introduction"].changed
    assert not changes["methodology"].changed
    added = [t for p in changes["scope"].paragraphs for k, t in p if k == "added"]
    assert any("Was housing involved?" in t for t in added)


def test_compare_page_marks_words_with_visible_labels(drafted: Drafted, client: Any) -> None:
    chair = drafted.world.users["independent_chair"]
    services.do_freeze(chair, drafted.overview)
    services.do_save_section(
        chair,
        drafted.overview,
        "introduction",
        "The panel offers its deepest condolences to the family of Marie Doyle.",
    )
    services.do_freeze(chair, drafted.overview)
    client.force_login(chair)
    url = reverse("reports:compare", args=[drafted.world.review.pk, "overview"])
    page = client.get(url, {"from": 1, "to": 2}).content.decode()
    assert '<ins class="dhr-ins"><span class="dhr-diff-label">[added]</span> deepest </ins>' in page
    assert AuditRecord.objects.filter(action="report.view", summary__contains="comparison").exists()


def test_panel_member_comments_but_cannot_write_or_resolve(drafted: Drafted, client: Any) -> None:
    review = drafted.world.review
    client.force_login(drafted.world.users["panel_member"])
    url = reverse("reports:section", args=[review.pk, "overview", "introduction"])
    assert client.get(url).status_code == 200
    assert client.post(url, {"text": "Rewritten"}).status_code == 403
    comment_url = reverse("reports:comment", args=[review.pk, "overview", "introduction"])
    assert client.post(comment_url, {"text": "Say more about her work."}).status_code == 302
    comment = SectionComment.objects.get()
    assert comment.on_text is not None and comment.on_text.number == 1
    resolve = reverse("reports:comment_resolve", args=[review.pk, "overview", comment.pk])
    assert client.post(resolve, {f"c{comment.pk}-resolution": "Done"}).status_code == 403
    client.force_login(drafted.world.users["independent_chair"])
    assert (
        client.post(resolve, {f"c{comment.pk}-resolution": "Added a paragraph."}).status_code == 302
    )
    comment.refresh_from_db()
    assert comment.resolved_by == drafted.world.users["independent_chair"]
    assert comment.resolution == "Added a paragraph."


def test_coordinator_writes_but_only_the_chair_freezes(drafted: Drafted, client: Any) -> None:
    review = drafted.world.review
    client.force_login(drafted.world.users["coordinator"])
    url = reverse("reports:section", args=[review.pk, "overview", "methodology"])
    assert client.post(url, {"text": "IMRs from two agencies."}).status_code == 302
    freeze = reverse("reports:freeze", args=[review.pk, "overview"])
    assert client.post(freeze, {"note": ""}).status_code == 403
    client.force_login(drafted.world.users["independent_chair"])
    assert client.post(freeze, {"note": "First draft"}).status_code == 302
    assert ReportVersion.objects.get().note == "First draft"


def test_family_comment_is_recorded_against_the_version_they_read(drafted: Drafted) -> None:
    chair = drafted.world.users["independent_chair"]
    version = services.do_freeze(chair, drafted.overview)
    with pytest.raises(ValidationError) as error:
        services.do_family_comment(
            chair, version, drafted.sister, datetime.date(2020, 1, 1), "Too early"
        )
    assert "received_on" in error.value.error_dict
    assert not FamilyComment.objects.exists()
    services.do_family_comment(
        chair, version, drafted.sister, datetime.date.today(), "Please use her nickname."
    )
    assert FamilyComment.objects.get().version == version


def test_summary_section_starts_from_the_overview_text(drafted: Drafted) -> None:
    chair = drafted.world.users["independent_chair"]
    saved = services.do_pull_section(chair, drafted.summary, "introduction")
    assert saved is not None and "condolences" in saved.text
    with pytest.raises(ValidationError, match="no text yet"):
        services.do_pull_section(chair, drafted.summary, "conclusions")


def test_markdown_is_rendered_and_sanitised() -> None:
    html = markup.to_html(
        "# Heading\n\n**bold** <script>alert(1)</script> [x](javascript:alert(1)) "
        '<img src=x onerror="alert(1)">'
    )
    assert "<h3>Heading</h3>" in html and "<strong>bold</strong>" in html
    # Raw HTML is shown as text, never as markup; no link to javascript: is made.
    assert "<script" not in html and "<img" not in html and "href" not in html
    assert "&lt;script&gt;" in html


def test_language_flags_show_and_a_dismissal_keeps_its_reason(
    drafted: Drafted, client: Any
) -> None:
    chair = drafted.world.users["independent_chair"]
    services.do_save_section(
        chair, drafted.overview, "background", "They had a volatile relationship."
    )
    client.force_login(chair)
    url = reverse("reports:section", args=[drafted.world.review.pk, "overview", "background"])
    assert "volatile relationship" in client.get(url).content.decode()
    dismiss = reverse("reports:dismiss", args=[drafted.world.review.pk, "overview", "background"])
    assert (
        client.post(
            dismiss,
            {"rule": "volatile_relationship", "words": "volatile relationship", "reason": ""},
        ).status_code
        == 302
    )
    assert not drafted.overview.dismissals.exists()
    client.post(
        dismiss,
        {
            "rule": "volatile_relationship",
            "words": "volatile relationship",
            "reason": "Quoting the police log.",
        },
    )
    flags, kept = services.language_flags(
        drafted.overview, "background", "They had a volatile relationship."
    )
    assert flags == [] and kept[0].reason == "Quoting the police log."


def test_real_names_in_the_draft_are_flagged(drafted: Drafted) -> None:
    text = SectionText.objects.filter(report=drafted.overview, key="circumstances").first()
    assert text is not None
    flags, _ = services.language_flags(drafted.overview, "circumstances", text.text)
    assert {f.text for f in flags if f.rule == "real_name"} == {"Gareth Pollard", "Marie", "Mimi"}
