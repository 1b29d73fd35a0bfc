"""A readable comparison of two versions of a report: pure functions, no Django.

Each section is compared paragraph by paragraph (difflib); a changed
paragraph is compared word by word, so a reader sees the words added and
removed in place. Segments are ("same" | "added" | "removed", text); the
page marks them with <ins>/<del> and a visible label, not colour alone.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

Segment = tuple[str, str]


@dataclass
class SectionDiff:
    key: str
    title: str
    paragraphs: list[list[Segment]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(kind != "same" for para in self.paragraphs for kind, _ in para)


def section_lines(section: dict[str, Any]) -> list[str]:
    """A section's text and record, one paragraph per line, as a reader sees them."""
    lines = [p.strip() for p in re.split(r"\n\s*\n", section.get("text") or "") if p.strip()]
    for block in section.get("blocks") or []:
        if block["t"] == "p":
            lines.append(block["text"])
        elif block["t"] == "list":
            lines += [f"• {item}" for item in block["items"]]
        elif block["t"] == "table":
            lines += [" | ".join(row) for row in block["rows"]]
        elif block["t"] == "figure":
            lines.append(f"[{block['caption']}] {block['alt']}")
    return lines


def words(a: str, b: str) -> list[Segment]:
    old, new = re.findall(r"\S+\s*", a), re.findall(r"\S+\s*", b)
    out: list[Segment] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("same", "".join(old[i1:i2])))
            continue
        if i2 > i1:
            out.append(("removed", "".join(old[i1:i2])))
        if j2 > j1:
            out.append(("added", "".join(new[j1:j2])))
    return out


def compare_section(old: dict[str, Any], new: dict[str, Any]) -> SectionDiff:
    a, b = section_lines(old), section_lines(new)
    result = SectionDiff(new.get("key") or old.get("key", ""), new.get("title") or old["title"])
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            result.paragraphs += [[("same", line)] for line in a[i1:i2]]
        elif op == "replace" and i2 - i1 == j2 - j1:
            result.paragraphs += [words(x, y) for x, y in zip(a[i1:i2], b[j1:j2], strict=True)]
        else:
            result.paragraphs += [[("removed", line)] for line in a[i1:i2]]
            result.paragraphs += [[("added", line)] for line in b[j1:j2]]
    return result


def compare(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[SectionDiff]:
    """Every section of either version, in the newer version's order."""
    before = {s["key"]: s for s in old}
    after = {s["key"]: s for s in new}
    keys = [s["key"] for s in new] + [k for k in before if k not in after]
    empty = {"text": "", "blocks": []}
    return [
        compare_section(
            before.get(key, {**empty, "key": key, "title": after[key]["title"]}),
            after.get(key, {**empty, "key": key, "title": before[key]["title"]}),
        )
        for key in keys
    ]
