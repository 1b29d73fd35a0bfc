"""Access rows for lessons, recommendations, the SMART action plan and its exports."""

from __future__ import annotations

from typing import Any

from django.core.files.base import ContentFile

from conftest import World
from dhr.actions.models import Action, ActionEvidence, Recommendation
from tests.matrix import COORDINATOR, EDITORS, VIEWERS, Row, new_action, review_kwargs


def recommendation(w: World) -> dict[str, Any]:
    rec = Recommendation.objects.create(review=w.review, number=1, text="Share MARAC outcomes")
    return {"review_id": w.review.pk, "recommendation_id": rec.pk}


def evidence(w: World) -> dict[str, Any]:
    action = Action.objects.get(pk=new_action(w)["action_id"])
    item = ActionEvidence(
        action=action,
        description="Audit",
        original_name="audit.csv",
        content_type="text/csv",
        size=4,
        sha256="1" * 64,
        uploaded_by=w.users["imr_author"],
    )
    item.file.save("x", ContentFile(b"a,b\n"), save=False)
    item.save()
    return {"review_id": w.review.pk, "evidence_id": item.pk}


def police(w: World) -> dict[str, Any]:
    return {"review_id": w.review.pk, "agency_id": w.police.pk}


# The police action's own people: the police panel member and IMR author.
POLICE_PEOPLE = {"panel_member", "imr_author"}

ROWS: dict[str, Row] = {
    "actions:lessons": Row(review_kwargs, EDITORS),
    "actions:edit": Row(recommendation, EDITORS),
    "actions:withdraw": Row(recommendation, EDITORS),
    "actions:progress": Row(new_action, COORDINATOR | POLICE_PEOPLE),
    "actions:close": Row(new_action, COORDINATOR),
    "actions:evidence": Row(evidence, EDITORS | POLICE_PEOPLE),
    "actions:evidence_decide": Row(evidence, COORDINATOR),
    "actions:agency_sign_off": Row(police, {"panel_member"}),
    "actions:conclude": Row(review_kwargs, COORDINATOR),
    "actions:plan_docx": Row(review_kwargs, VIEWERS),
    "actions:plan_xlsx": Row(review_kwargs, VIEWERS),
    "csp_actions:csv": Row(lambda w: {"csp_id": w.csp.pk}, {"coordinator", "csp_chair"}),
}
