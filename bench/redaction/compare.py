"""Which mentions does an engine change lose or gain? Per mention, not per rate.

    git worktree add /tmp/before HEAD~1
    .venv/bin/python bench/redaction/compare.py --before /tmp/before/src --pool dev
    .venv/bin/python bench/redaction/compare.py --before /tmp/before/src --pool test --register

Runs the same pool through the engine in `--before` (another checkout's src/)
and in this checkout, each in its own process, and prints every gold mention
fully covered by one and not the other, and every false positive one has and
the other has not. A rate can stay the same while a change loses ten names and
gains ten others; this shows them. Tune on `dev`; never run it on `holdout2`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def coverage(pool: str, cases: int, register: bool) -> dict[str, Any]:
    """Child process: per gold mention, fully covered or not; per document, false positives."""
    from bench.redaction import engine_adapter as engine
    from bench.redaction.corpus import build_corpus

    out: dict[str, Any] = {}
    for case in build_corpus(pool, cases):
        reg = engine.make_register(case) if register else None
        for doc in case.documents:
            spans = engine.detect(doc.text, reg)
            covered = bytearray(len(doc.text) + 1)
            for s in spans:
                covered[s.start : s.end] = b"\x01" * (s.end - s.start)
            for g in doc.gold:
                full = all(covered[i] for i in range(g.start, g.end) if doc.text[i].isalnum())
                context = doc.text[max(0, g.start - 60) : g.end + 40].replace("\n", " ")
                out[f"{doc.id}:{g.start}"] = [full, f"{g.label}/{g.form}", g.text, context]
            out[f"{doc.id}:fp"] = sorted(
                [s.start, s.end, s.label, doc.text[s.start : s.end]]
                for s in spans
                if not any(g.start < s.end and s.start < g.end for g in doc.gold)
            )
    return out


def run_child(src: str, args: argparse.Namespace, path: str) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, str(ROOT)])}
    cmd = [sys.executable, __file__, "--child", path, "--pool", args.pool]
    cmd += ["--cases", str(args.cases)] + (["--register"] if args.register else [])
    subprocess.run(cmd, env=env, check=True)  # noqa: S603


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    lines = []
    for key, value in before.items():
        if key.endswith(":fp"):
            old = {tuple(x) for x in value}
            new = {tuple(x) for x in after[key]}
            lines += [
                f"new false positive {x[2]} {x[3]!r} in {key[:-3]}" for x in sorted(new - old)
            ]
            lines += [
                f"fixed false positive {x[2]} {x[3]!r} in {key[:-3]}" for x in sorted(old - new)
            ]
            continue
        was, kind, text, context = value
        now = after[key][0]
        if was != now:
            lines.append(f"{'GAINED' if now else 'LOST'} {kind} {text!r} | {context}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--before", help="the other checkout's src/ directory")
    ap.add_argument(
        "--pool",
        default="dev",
        choices=[
            "dev",
            "test",
            "holdout",
            "holdout3",
            "holdout4",
            "holdout5",
            "holdout6",
            "holdout7",
            "holdout8",
            "holdout9",
            "holdout10",
            "holdout11",
            "holdout12",
            "holdout13",
            "holdout14",
            "holdout15",
            "holdout16",
            "holdout17",
            "holdout18",
            "holdout19",
            "holdout20",
            "holdout21",
            "holdout22",
            "holdout23",
            "holdout24",
            "holdout25",
        ],
    )
    ap.add_argument("--cases", type=int, default=100)
    ap.add_argument("--register", action="store_true", help="with each case's register")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        Path(args.child).write_text(json.dumps(coverage(args.pool, args.cases, args.register)))
        return 0
    if not args.before:
        ap.error("--before is required")
    with tempfile.TemporaryDirectory() as tmp:
        paths = [f"{tmp}/before.json", f"{tmp}/after.json"]
        run_child(str(Path(args.before).resolve()), args, paths[0])
        run_child(str(ROOT / "src"), args, paths[1])
        before, after = (json.loads(Path(p).read_text()) for p in paths)
    lines = differences(before, after)
    print("\n".join(lines) or "no mention lost or gained, no false positive changed")
    lost = sum(line.startswith("LOST") for line in lines)
    print(f"\n{lost} lost, {sum(line.startswith('GAINED') for line in lines)} gained")
    return 1 if lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
