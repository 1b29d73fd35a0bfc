"""Search benchmark: the DHRD plus N synthetic published reviews of realistic length.

    python bench/library/run.py [--reviews 3000] [--min-words 20000] [--max-words 60000]
                                [--searches 50]

Builds a fresh database (SQLite under var/bench/, or the PostgreSQL database
named by DATABASE_URL: use your own name), imports the DHRD, inserts N review
entries through the library's own index service (text from a word list:
cheap, not meaningful), then times `search.search()` with a query and two
facets, in this one process, and prints p50/p95. Cleans the SQLite file up.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dhr.settings")
BENCH_DIR = ROOT / "var" / "bench"
if "DATABASE_URL" not in os.environ:
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{BENCH_DIR / 'library.sqlite3'}"
    if "--skip-build" not in sys.argv:
        (BENCH_DIR / "library.sqlite3").unlink(missing_ok=True)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from dhr.library import search  # noqa: E402
from dhr.library.importer import do_import_dhrd  # noqa: E402
from dhr.library.models import EntryKind, LibraryEntry  # noqa: E402
from dhr.library.services import FACETS, Draft, save_drafts  # noqa: E402

# Topic words: each synthetic review uses a dozen of them, so a query matches
# some reviews, not all. The rest of the text is pseudo-words with a Zipf-like
# frequency (a realistic vocabulary for the index), made from syllables.
TOPICS = [
    "police",
    "health",
    "victim",
    "perpetrator",
    "risk",
    "assessment",
    "marac",
    "referral",
    "coercive",
    "control",
    "stalking",
    "separation",
    "housing",
    "alcohol",
    "mental",
    "support",
    "safeguarding",
    "training",
    "policy",
    "information",
    "sharing",
    "partnership",
    "family",
    "friend",
    "practitioner",
    "chronology",
    "probation",
    "hospital",
    "ambulance",
    "practice",
    "idva",
    "refuge",
    "outcome",
    "panel",
    "statutory",
    "guidance",
    "school",
    "employer",
    "children",
    "pregnancy",
    "dementia",
    "carer",
    "immigration",
    "strangulation",
]
SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "da",
    "de",
    "di",
    "do",
    "du",
    "ka",
    "ke",
    "ki",
    "ko",
    "ku",
    "la",
    "le",
    "li",
    "lo",
    "lu",
    "ma",
    "me",
    "mi",
    "mo",
    "mu",
]
VOCAB = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES][:20000]
CUM = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(VOCAB))))
REGIONS = ["East", "Wales", "North West", "South East", "Greater London", "West Midlands"]
QUERIES = ["stalking", "risk assessment", "information sharing", "marac referral", "alcohol"]


def text(rng: random.Random, words: int) -> str:
    body = rng.choices(VOCAB, cum_weights=CUM, k=words)
    topics = rng.sample(TOPICS, 12)
    for i in range(0, words, 150):
        body[i] = rng.choice(topics)
    return " ".join(body)


def build(n: int, lo: int, hi: int) -> float:
    rng = random.Random(14)
    start = time.perf_counter()
    for batch in range(0, n, 20):
        drafts = []
        for i in range(batch, min(n, batch + 20)):
            region = rng.choice(REGIONS)
            year = str(rng.randint(2015, 2025))
            drafts.append(
                Draft(
                    LibraryEntry(
                        key=f"review:bench-{i}",
                        kind=EntryKind.REVIEW,
                        title=f"Synthetic review {i}",
                        csp=f"CSP {i % 150}",
                        region=region,
                        summary=text(rng, 60),
                        body=text(rng, rng.randint(lo, hi)),
                    ),
                    [
                        ("kind", EntryKind.REVIEW.label),
                        ("region", region),
                        ("death_year", year),
                        ("csp", f"CSP {i % 150}"),
                    ],
                )
            )
        with transaction.atomic():
            save_drafts(drafts)
        print(f"\r  built {min(n, batch + 20)}/{n}", end="", flush=True)
    print()
    return time.perf_counter() - start


def report(what: str, timings: list[float]) -> None:
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    print(
        f"{what}, {len(timings)} runs: p50 {statistics.median(timings):.0f} ms, "
        f"p95 {p95:.0f} ms, max {timings[-1]:.0f} ms"
    )


def page_timings(searches: int) -> list[float]:
    """The whole page as a visitor gets it: view, search, facets, snippets, template."""
    from django.test import Client

    client = Client()
    rng = random.Random(1)
    timings = []
    for i in range(searches):
        params = {
            "q": QUERIES[i % len(QUERIES)],
            "region": rng.choice(REGIONS),
            "death_year": str(rng.randint(2015, 2025)),
        }
        t = time.perf_counter()
        response = client.get("/library/", params, HTTP_HOST="localhost")
        timings.append((time.perf_counter() - t) * 1000)
        assert response.status_code == 200, response.status_code
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=3000)
    parser.add_argument("--min-words", type=int, default=20_000)
    parser.add_argument("--max-words", type=int, default=60_000)
    parser.add_argument("--searches", type=int, default=50)
    parser.add_argument(
        "--skip-build",
        action="store_true",
        help="time the searches on a database an earlier run built (and kept, on SQLite)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the SQLite database for --skip-build"
    )
    parser.add_argument(
        "--build-only", action="store_true", help="build, time nothing (e.g. two builds at once)"
    )
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    vendor = connection.vendor
    print(f"database: {vendor} {connection.settings_dict['NAME']}")
    if not args.skip_build:
        started = time.perf_counter()
        do_import_dhrd(ROOT / "data" / "dhrd")
        print(f"DHRD import: {time.perf_counter() - started:.1f} s")
        print(f"building {args.reviews} reviews of {args.min_words}-{args.max_words} words")
        print(f"build: {build(args.reviews, args.min_words, args.max_words):.0f} s")
    print(f"entries: {LibraryEntry.objects.count()}")
    if args.build_only:
        return
    if vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    timings = []
    rng = random.Random(1)
    for i in range(args.searches):
        q = QUERIES[i % len(QUERIES)]
        filters = {"region": [rng.choice(REGIONS)], "death_year": [str(rng.randint(2015, 2025))]}
        t = time.perf_counter()
        result = search.search(q, filters, FACETS, 0, 20)
        [str(h.snippet) for h in result.hits]
        timings.append((time.perf_counter() - t) * 1000)
    report("search with two facets (search.search)", timings)
    report("the /library/ page, rendered (same searches)", page_timings(args.searches))
    if vendor == "sqlite" and not args.keep:
        size = Path(connection.settings_dict["NAME"]).stat().st_size
        print(f"database size: {size / 1e9:.2f} GB (removed after the run)")
        connection.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(connection.settings_dict["NAME"]) + suffix).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
