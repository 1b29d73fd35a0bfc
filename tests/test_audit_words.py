"""The audit trail in plain words (issue 9): every action the code records has words,
the page shows them, and the export keeps the code."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from django.urls import reverse

import dhr
from conftest import World
from dhr.audit import services as audit
from dhr.audit.admin_trail import VERBS
from dhr.audit.words import ACTION_WORDS, in_words

SOURCE = Path(dhr.__file__).parent
CODE = r'"([a-z_]+\.[a-z_]+)"'


def recorded_actions() -> set[str]:
    """Every action code written by the code: the second argument of each record()
    call, `action=` arguments and defaults, and the admin's verbs."""
    found = {code for code, _ in VERBS.values()}
    for path in SOURCE.rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        for call in re.finditer(r"\brecord\(", text):
            head = text[call.end() : call.end() + 240]
            head = re.split(r'\bf"|\n\s+f"', head)[0]  # stop at the summary
            found |= set(re.findall(CODE, head))
        found |= set(re.findall(r"action(?:: str)? ?= ?" + CODE, text))
    return found


def test_every_recorded_action_has_plain_words() -> None:
    actions = recorded_actions()
    assert {"review.stage", "schedule.outcome", "chronology.view", "admin.change"} <= actions
    missing = sorted(actions - set(ACTION_WORDS))
    assert not missing, f"Give these audit actions plain words in dhr/audit/words.py: {missing}"


def test_an_unmapped_action_would_be_caught() -> None:
    assert "review.invented" not in ACTION_WORDS
    assert in_words("review.invented") == "Review: invented"


def test_the_trail_shows_words_and_the_export_keeps_the_code(world: World, client: Any) -> None:
    coordinator = world.users["coordinator"]
    audit.record(coordinator, "review.stage", "Moved to Evidence", review=world.review)
    audit.record(coordinator, "schedule.outcome", "Recorded a decision", review=world.review)
    client.force_login(coordinator)
    url = reverse("audit:trail", args=[world.review.pk])
    page = client.get(url).content.decode()
    assert "Stage changed" in page and "Meeting decision or action recorded" in page
    assert ">review.stage<" not in page and ">schedule.outcome<" not in page
    assert '<option value="review.stage">Stage changed</option>' in page
    filtered = client.get(url, {"action": "review.stage"}).content.decode()
    assert "Moved to Evidence" in filtered and "Recorded a decision" not in filtered
    export = client.get(url, {"format": "csv"})
    assert export["Content-Disposition"] == 'attachment; filename="dhr-2025-01-audit-trail.csv"'
    rows = list(csv.reader(io.StringIO(export.content.decode())))
    assert rows[0] == ["When", "Who", "Action", "Action code", "What", "From"]
    assert ["Stage changed", "review.stage"] in [r[2:4] for r in rows[1:]]
    client.force_login(world.users["panel_member"])
    assert client.get(url, {"format": "csv"}).status_code == 403
