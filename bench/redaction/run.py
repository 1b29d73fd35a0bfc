"""Redaction benchmark: dhr's engine against Presidio on the synthetic test pool.

    .venv/bin/python bench/redaction/run.py            # full test pool (make bench-redaction)
    .venv/bin/python bench/redaction/run.py --quick    # a few cases, for a smoke run
    .venv/bin/python bench/redaction/run.py --pool dev # the development pool instead

Everything runs pinned to one CPU core with one thread per library. Prints a markdown
table and writes it, with JSON and the misses / false positives, to bench/out/.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from collections import defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
# This checkout's dhr, not the venv's; BENCH_DHR_SRC points at another checkout's src/.
for _p in (str(ROOT), os.environ.get("BENCH_DHR_SRC") or str(ROOT / "src")):
    if _p in sys.path:
        sys.path.remove(_p)
    sys.path.insert(0, _p)

from bench.redaction import engine_adapter as engine  # noqa: E402
from bench.redaction.corpus import (  # noqa: E402
    PSEUDONYMS,
    REGISTERED_ROLES,
    Case,
    ambiguous_names,
    build_corpus,
    build_long_case,
    documents,
)
from bench.redaction.evaluate import Consistency, Scores, replacements_by_person  # noqa: E402
from bench.redaction.report import render_gaps, render_table, targets  # noqa: E402

OUT = ROOT / "bench" / "out"
FULL_CASES = 100
QUICK_CASES = 6


def idlest_cpu() -> int:
    """The allowed CPU that was idle most over a short sample (the machine is shared)."""
    allowed = sorted(os.sched_getaffinity(0))

    def idle() -> dict[int, int]:
        out = {}
        for line in Path("/proc/stat").read_text().splitlines():
            name, *fields = line.split()
            if name.startswith("cpu") and name != "cpu":
                out[int(name[3:])] = int(fields[3]) + int(fields[4])  # idle + iowait
        return out

    try:
        a = idle()
        time.sleep(0.5)
        b = idle()
    except (OSError, ValueError):
        return allowed[0]
    return max(allowed, key=lambda c: b.get(c, 0) - a.get(c, 0))


def pin_one_core(cpu: int | None = None) -> int | None:
    """Run on a single core, as the targets are stated per core."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpu = idlest_cpu() if cpu is None else cpu
    os.sched_setaffinity(0, {cpu})
    return cpu


def timed_detect(cases: list[Case], fn: Any, scores: Scores, with_register: bool) -> None:
    for case in cases:
        register = engine.make_register(case) if with_register else None
        for doc in case.documents:
            t = time.process_time()  # CPU time: the machine is shared, wall time is noisy
            found = fn(doc.text, register)
            scores.seconds += time.process_time() - t
            scores.add_document(doc, found)


def consistency(cases: list[Case], with_register: bool) -> Consistency:
    c = Consistency()
    for case in cases:
        register = engine.make_register(case) if with_register else None
        red = engine.redact_case(case, register)
        ambiguous = ambiguous_names(case.cast)
        per_role: dict[str, list[str]] = defaultdict(list)
        for doc, spans, texts in zip(case.documents, red.findings, red.texts, strict=True):
            found = replacements_by_person(doc, spans, texts, red.mapping, ambiguous)
            for role, reps in found.items():
                per_role[role].extend(reps)
        for role, reps in per_role.items():
            if with_register and role not in REGISTERED_ROLES:
                continue
            c.add_person(reps, PSEUDONYMS.get(role) if with_register else None)
    return c


def peak_rss_kb() -> int:
    """This process's own peak resident memory. Not getrusage's ru_maxrss: Linux
    carries that across fork and exec, so a child started by this (large) bench
    process reported the parent's peak as its own (652 MB for a 437 MB run)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def probe(system: str, path: str) -> None:
    """Child process: one long document, report seconds and peak memory as JSON.

    The document and its register come from ``path`` (written by the parent), so the peak
    is the system's own: interpreter, model, document and the work on it.
    """
    warnings.filterwarnings("ignore")
    job = json.loads(Path(path).read_text())
    text: str = job["text"]
    t0 = time.perf_counter()
    if system == "dhr":
        register = engine.make_register(job["register"])
        engine.warm_up()
        loaded = time.perf_counter() - t0
        t0, c0 = time.perf_counter(), time.process_time()
        engine.redact(text, register)
    else:
        from bench.redaction.presidio_runner import build_analyzer, presidio_detect

        analyzer = build_analyzer()
        presidio_detect(analyzer, "Warm-up: Anna Smith.")
        loaded = time.perf_counter() - t0
        t0, c0 = time.perf_counter(), time.process_time()
        presidio_detect(analyzer, text)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak_kb = peak_rss_kb()
    result = {
        "system": system,
        "words": len(text.split()),
        "seconds": seconds,
        "cpu_seconds": cpu,
        "load_seconds": loaded,
        "peak_mb": peak_kb / 1024,
    }
    print(json.dumps(result))


def run_probe(system: str, words: int) -> dict[str, Any]:
    case = build_long_case(words)
    OUT.mkdir(parents=True, exist_ok=True)
    job = OUT / "long-document.json"
    job.write_text(json.dumps({"text": case.documents[0].text, "register": case.register_people()}))
    proc = subprocess.run(  # noqa: S603
        [sys.executable, __file__, "--probe", system, "--probe-file", str(job)],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    if proc.returncode != 0:
        return {"system": system, "error": proc.stderr.strip().splitlines()[-1:]}
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help=f"{QUICK_CASES} cases, no long probe")
    ap.add_argument(
        "--pool",
        choices=[
            "test",
            "dev",
            "holdout",
            "holdout2",
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
        default="test",
    )
    ap.add_argument("--cases", type=int, help=f"number of cases (default {FULL_CASES})")
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--no-long", action="store_true", help="skip the 75,000-word probe")
    ap.add_argument("--long-words", type=int, default=75_000)
    ap.add_argument("--probe", choices=["dhr", "presidio"], help=argparse.SUPPRESS)
    ap.add_argument("--probe-file", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.probe:
        probe(args.probe, args.probe_file)
        return 0

    warnings.filterwarnings("ignore")
    cpu = pin_one_core()
    n_cases = args.cases or (QUICK_CASES if args.quick else FULL_CASES)
    cases = build_corpus(args.pool, n_cases)
    words = sum(d.words for d in documents(cases))
    ndocs = sum(len(c.documents) for c in cases)
    print(f"{args.pool} pool: {n_cases} cases, {ndocs} documents, {words:,} words; cpu {cpu}")

    results: dict[str, Scores] = {}
    consist: dict[str, Consistency] = {}
    have_engine = engine.available()
    if have_engine:
        engine.warm_up()
        results["dhr, register"] = Scores()
        timed_detect(cases, lambda t, r: engine.detect(t, r), results["dhr, register"], True)
        results["dhr, open world"] = Scores()
        timed_detect(cases, lambda t, r: engine.detect(t, None), results["dhr, open world"], False)
        print("dhr scored", file=sys.stderr)
        consist["dhr, register"] = consistency(cases, True)
        consist["dhr, open world"] = consistency(cases, False)
    else:
        print("dhr.redaction is not importable here: scoring Presidio only", file=sys.stderr)
    recognisers: list[str] = []
    if not args.no_presidio:
        from bench.redaction.presidio_runner import (
            build_analyzer,
            presidio_detect,
            recogniser_names,
        )

        analyzer = build_analyzer()
        recognisers = recogniser_names(analyzer)
        presidio_detect(analyzer, "Warm-up: Anna Smith.")
        results["Presidio"] = Scores()
        timed_detect(cases, lambda t, r: presidio_detect(analyzer, t), results["Presidio"], False)
        print("Presidio scored", file=sys.stderr)

    probes: dict[str, dict[str, Any]] = {}
    if not (args.quick or args.no_long):
        if have_engine:
            probes["dhr, register"] = run_probe("dhr", args.long_words)
        if not args.no_presidio:
            probes["Presidio"] = run_probe("presidio", args.long_words)

    header = (
        f"Redaction benchmark, {args.pool} pool: {n_cases} cases, {ndocs} documents, "
        f"{words:,} words; one CPU core."
    )
    table = render_table(results, consist, probes)
    verdicts = targets(results, probes)
    text = "\n\n".join([f"# {header}", table, "## Targets", verdicts])
    print(text)
    OUT.mkdir(parents=True, exist_ok=True)
    stem = f"redaction-{args.pool}" + ("-quick" if args.quick else "")
    (OUT / f"{stem}.md").write_text(text + "\n\nPresidio recognisers: " + ", ".join(recognisers))
    (OUT / f"{stem}-gaps.md").write_text(render_gaps(results))
    (OUT / f"{stem}.json").write_text(
        json.dumps(
            {
                name: {
                    "words": s.words,
                    "docs": s.docs,
                    "precision": s.precision,
                    "person_precision": s.person_precision,
                    "fp_per_1000_words": s.fp_per_1000_words,
                    "words_per_second": s.words_per_second,
                    "labels": {k: vars(v) for k, v in s.labels.items()},
                    "forms": {k: vars(v) for k, v in s.forms.items()},
                    "leaked_registered": s.leaked_registered,
                    "docs_with_registered_leak": s.docs_with_registered_leak,
                    "docs_with_leak": s.docs_with_leak,
                }
                for name, s in results.items()
            }
            | {"probes": probes},
            indent=2,
        )
    )
    print(f"\nWritten to {OUT.relative_to(ROOT)}/{stem}.md (+ -gaps.md, .json)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
