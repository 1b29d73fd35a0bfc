"""Saving the checked DHRD rows: keyed on their ids, all or nothing.

`do_import_dhrd` is idempotent: a row already saved with the same values is
left alone, so a second run reports 0 created and 0 changed. It runs in one
transaction: either every valid row is saved (and the index rebuilt for DHRD
records) or nothing is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction

from dhr.audit import services as audit
from dhr.library import dhrd
from dhr.library.models import DhrdIncident, DhrdPerpetrator, DhrdVictim


@dataclass
class ImportReport:
    problems: list[dhrd.Problem]
    imported: bool
    created: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    skipped_rows: int = 0


def incident_fields(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "csp": row["csp"],
        "region": row["region"],
        "death_year": row["death_date"].year if row["death_date"] else None,
        "death_month": row["death_date"].first_day() if row["death_date"] else None,
        "cause_of_death": row["cause_of_death"],
        "location_of_death": row["location_of_death"],
        "multiple_victims": row["multiple_victims"],
        "flags": {name: row[name] for name in [*dhrd.CASE_TYPES, *dhrd.ABUSE_TYPES] if name in row},
    }


def one_hot(row: dict[str, Any], prefix: str, names: dict[str, str]) -> dict[str, bool | None]:
    return {name: row[f"{prefix}{name}"] for name in names}


def victim_fields(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "age_group": row["age_at_death"],
        "sex": row["sex_of_victim"],
        "sexual_orientation": row["sexual_orientation_of_victim"],
        "religion": row["victim_religion"],
        "ethnicity": row["victim_ethnicity"],
        "relationship": row["relationship_to_perpetrator"],
        "prev_offence_history": row["prev_offence_history"],
        "suicide": row["victim_suicide"],
        "carer": row["victim_carer_responsibilities"],
        "mental_health_issues": row["victim_mental_health_issues"],
        "mental_health": one_hot(row, "victim_mh_", dhrd.MENTAL_HEALTH),
        "vulnerabilities": one_hot(row, "victim_vuln_", dhrd.VULNERABILITIES),
    }


def perpetrator_fields(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "age_group": row["age_at_fatal_incident"],
        "sex": row["sex_of_perpetrator"],
        "sexual_orientation": row["sexual_orientation_of_perpetrator"],
        "ethnicity": row["perpetrator_ethnicity"],
        "prev_offence_history": row["prev_offence_history"],
        "court_verdict": row["court_verdict"],
        "carer": row["perpetrator_carer_responsibilities"],
        "carer_for_victim": row["perpetrator_carer_for_victim"],
        "mental_health_issues": row["perpetrator_mental_health_issues"],
        "mental_health": one_hot(row, "perpetrator_mh_", dhrd.MENTAL_HEALTH),
        "vulnerabilities": one_hot(row, "perpetrator_vuln_", dhrd.PERPETRATOR_VULNERABILITIES),
    }


def upsert(model: Any, key: str, wanted: dict[str, dict[str, Any]], report: ImportReport) -> None:
    """Create missing rows, update rows whose values differ, leave the rest alone."""
    existing = {getattr(obj, key): obj for obj in model.objects.filter(**{f"{key}__in": wanted})}
    new, changed, unchanged = [], [], 0
    names: set[str] = set()
    for ident, values in wanted.items():
        obj = existing.get(ident)
        if obj is None:
            new.append(model(**{key: ident}, **values))
            continue
        diff = {k: v for k, v in values.items() if getattr(obj, k) != v}
        if not diff:
            unchanged += 1
            continue
        for k, v in diff.items():
            setattr(obj, k, v)
        names.update(diff)
        changed.append(obj)
    model.objects.bulk_create(new, batch_size=500)
    if changed:
        model.objects.bulk_update(changed, sorted(names), batch_size=500)
    label = model._meta.verbose_name_plural
    report.created[str(label)] = len(new)
    report.changed[str(label)] = len(changed)
    report.unchanged[str(label)] = unchanged


def do_import_dhrd(directory: Path, skip_invalid: bool = False, actor: Any = None) -> ImportReport:
    """Check the three files; save nothing if any row is bad, unless `skip_invalid`
    (then the valid rows only, and every skipped row is in the report)."""
    data = dhrd.read_dhrd(directory)
    report = ImportReport(problems=data.problems, imported=False)
    report.skipped_rows = len({(p.file, p.row) for p in data.problems})
    file_level = [p for p in data.problems if p.row in (0, 1)]
    if (data.problems and not skip_invalid) or file_level:
        return report
    from dhr.library.services import ensure_themes, index_dhrd

    with transaction.atomic():
        ensure_themes()
        upsert(
            DhrdIncident,
            "incident_id",
            {k: incident_fields(r) for k, r in data.incidents.items()},
            report,
        )
        ids = dict(
            DhrdIncident.objects.filter(incident_id__in=data.incidents).values_list(
                "incident_id", "pk"
            )
        )
        upsert(
            DhrdVictim,
            "victim_id",
            {
                k: {"incident_id": ids[r["incident_id"]], **victim_fields(r)}
                for k, r in data.victims.items()
            },
            report,
        )
        upsert(
            DhrdPerpetrator,
            "perpetrator_id",
            {
                k: {"incident_id": ids[r["incident_id"]], **perpetrator_fields(r)}
                for k, r in data.perpetrators.items()
            },
            report,
        )
        if any(report.created.values()) or any(report.changed.values()):
            index_dhrd()
            audit.record(
                actor,
                "library.import_dhrd",
                "Imported the Domestic Homicide Review Dataset",
                detail={
                    "created": report.created,
                    "changed": report.changed,
                    "skipped_rows": report.skipped_rows,
                },
            )
        report.imported = True
    return report
