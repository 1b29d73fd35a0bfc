"""Markdown for the benchmark: the side-by-side table, the target verdicts, the gaps."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from bench.redaction.corpus import IDENTIFIER_LABELS, LABELS, NAME_FORMS
from bench.redaction.evaluate import Consistency, Example, Scores, Tally

TAGS = ("nonanglo", "wordname", "hyphenated")
NA = "–"


def _f(x: float | None, digits: int = 3) -> str:
    return NA if x is None else f"{x:.{digits}f}"


def _recall(t: Tally | None) -> str:
    if t is None or not t.n:
        return NA
    return f"{_f(t.any_recall)} / {_f(t.full_recall)}"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def render_table(
    results: dict[str, Scores],
    consistency: dict[str, Consistency],
    probes: dict[str, dict[str, Any]],
) -> str:
    names = list(results)
    lines = [
        _row(["metric", *names]),
        _row(["---"] * (len(names) + 1)),
    ]

    def row(metric: str, fn: Any) -> None:
        lines.append(_row([metric, *(fn(s, name) for name, s in results.items())]))

    def only_register(fn: Any) -> Any:
        return lambda s, name: fn(s) if "register" in name else NA

    row(
        "registered-person mentions leaked (of n)",
        only_register(lambda s: f"{s.leaked_registered} (of {s.registered.n})"),
    )
    row(
        "documents with a registered person leaked",
        only_register(lambda s: f"{s.docs_with_registered_leak} of {s.docs}"),
    )
    row(
        "registered-person recall: any / full",
        only_register(lambda s: _recall(s.registered)),
    )
    row("PERSON recall: any / full", lambda s, n: _recall(s.labels.get("PERSON")))
    for form in NAME_FORMS:
        row(
            f"  name form {form} (n={_n(results, form)})",
            lambda s, n, f=form: _recall(s.forms.get(f)),
        )
    for tag in TAGS:
        row(f"  {tag} names", lambda s, n, t=tag: _recall(s.tags.get(t)))
    row(
        "identifiers (NHS, NI, postcode, phone, email, vehicle)",
        lambda s, n: _recall(s.identifiers(IDENTIFIER_LABELS)),
    )
    for label in LABELS[1:]:
        row(f"  {label}", lambda s, n, lab=label: _recall(s.labels.get(lab)))
    row("precision (all detections)", lambda s, n: _f(s.precision))
    row("PERSON precision", lambda s, n: _f(s.person_precision))
    row("false positives per 1,000 words", lambda s, n: _f(s.fp_per_1000_words, 2))
    row("documents with any leaked name", lambda s, n: f"{s.docs_with_leak} of {s.docs}")
    row("leaked name mentions per document", lambda s, n: _f(s.leaks_per_doc, 2))
    row(
        "pseudonym consistency: people with one pseudonym",
        lambda s, n: _f(consistency[n].person_rate) if n in consistency else NA,
    )
    row(
        "pseudonym consistency: mentions given the registered pseudonym",
        lambda s, n: (
            _f(consistency[n].mention_rate) if "register" in n and n in consistency else NA
        ),
    )
    row(
        "words per second, one core (CPU time)",
        lambda s, n: f"{s.words_per_second:,.0f}" if s.words_per_second else NA,
    )

    long_words = next((f"{p['words']:,}-word" for p in probes.values() if "words" in p), "long")

    def probe_cell(name: str, key: str, fmt: str) -> str:
        p = probes.get(name)
        if not p:
            return NA
        if "error" in p:
            return f"error: {p['error']}"
        return fmt.format(p[key])

    lines.append(
        _row(
            [
                f"{long_words} document: seconds wall (CPU), model loaded",
                *(
                    probe_cell(n, "seconds", "{:.1f}")
                    + (probe_cell(n, "cpu_seconds", " ({:.1f})") if n in probes else "")
                    for n in names
                ),
            ]
        )
    )
    lines.append(
        _row(
            [
                f"{long_words} document: peak memory MB",
                *(probe_cell(n, "peak_mb", "{:.0f}") for n in names),
            ]
        )
    )
    lines.append("")
    lines.append(
        "Recall cells are *any overlap / full coverage*. dhr's register column runs with the "
        "case's register of victim, perpetrator and family (names and aliases only); the "
        "open-world column and Presidio get no register. The long-document rows for dhr time "
        "`redact` with the register."
    )
    return "\n".join(lines)


def _n(results: dict[str, Scores], form: str) -> int:
    for s in results.values():
        t = s.forms.get(form)
        if t:
            return t.n
    return 0


def targets(results: dict[str, Scores], probes: dict[str, dict[str, Any]]) -> str:
    out: list[str] = []

    def verdict(ok: bool | None, what: str, got: str) -> None:
        mark = "not measured" if ok is None else ("PASS" if ok else "FAIL")
        out.append(f"- {mark}: {what} (got {got})")

    reg = results.get("dhr, register")
    open_ = results.get("dhr, open world")
    pres = results.get("Presidio")
    if reg:
        verdict(
            reg.leaked_registered == 0,
            "with the register, zero leaked mentions of registered people in every test document",
            f"{reg.leaked_registered} leaked in {reg.docs_with_registered_leak} documents",
        )
    if open_:
        person = open_.labels.get("PERSON", Tally())
        fr = person.full_recall
        verdict(
            fr is not None and fr >= 0.99, "open world: full-coverage name recall ≥ 0.99", _f(fr)
        )
        p = open_.precision
        verdict(p is not None and p >= 0.95, "open world: precision ≥ 0.95 (all detections)", _f(p))
        pp = open_.person_precision
        out.append(f"  (PERSON precision alone: {_f(pp)})")
        for label in IDENTIFIER_LABELS:
            t = open_.labels.get(label, Tally())
            r = t.full_recall
            verdict(r is not None and r >= 0.99, f"open world: {label} full recall ≥ 0.99", _f(r))
    if open_ and pres and open_.words_per_second and pres.words_per_second:
        ratio = open_.words_per_second / pres.words_per_second
        verdict(ratio >= 4, "≥ 4× Presidio's words per second on one core", f"{ratio:.1f}×")
    else:
        verdict(None, "≥ 4× Presidio's words per second on one core", NA)
    probe = probes.get("dhr, register")
    if probe and "error" not in probe:
        cpu, wall, peak = probe["cpu_seconds"], probe["seconds"], probe["peak_mb"]
        verdict(
            cpu < 5,
            f"{probe['words']:,}-word document in under 5 s on one core",
            f"{cpu:.1f} s CPU; {wall:.1f} s wall",
        )
        verdict(peak < 500, "peak memory under 500 MB", f"{peak:.0f} MB")
    else:
        verdict(None, "75,000-word document in under 5 s and under 500 MB", str(probe or NA))
    return "\n".join(out)


def _group(examples: list[Example], limit: int) -> list[str]:
    groups: dict[str, list[Example]] = defaultdict(list)
    for e in examples:
        groups[e.kind].append(e)
    lines = []
    for kind, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        lines.append(f"\n### {kind} ({len(items)})\n")
        seen: set[str] = set()
        shown = 0
        for e in items:
            if e.text in seen:
                continue
            seen.add(e.text)
            lines.append(f"- `{e.text!r}` in {e.doc_id}: {e.context}")
            shown += 1
            if shown >= limit:
                break
    return lines


def render_gaps(results: dict[str, Scores], limit: int = 8) -> str:
    lines = ["# Redaction benchmark: misses and false positives"]
    for name, s in results.items():
        lines.append(f"\n## {name}: misses (not fully covered), {len(s.misses)}")
        lines += _group(s.misses, limit)
        lines.append(f"\n## {name}: false positives, {len(s.false_positives)}")
        lines += _group(s.false_positives, limit)
    return "\n".join(lines) + "\n"
