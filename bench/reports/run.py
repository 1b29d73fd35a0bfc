"""Benchmark: a 150-page overview report rendered to PDF and .docx on the background path.

    make bench-reports        # or: .venv/bin/python bench/reports/run.py [--pages 150]

Builds a review in a throwaway SQLite database (real names in every section, a
combined chronology), asks for an anonymised PDF and an anonymised .docx export
exactly as the page does (rows for `dhr db_worker`), then runs `dhr db_worker
--batch` as a child process and reports, per export, the seconds from request to
finished and the worker's peak memory; checks the files hold no registered name.
"""

from __future__ import annotations

import datetime
import io
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORDS_PER_PAGE = 500
NAMES = ["Marnie Madeup", "Mimi", "Derek Fakename", "Penny Pretend", "Sam Pretend"]
FILLER = (
    "The panel considered the records of each agency and the accounts given by the family. "
    "{a} told the GP about poor sleep and was not asked about abuse at home. Officers attended "
    "after a neighbour called; {b} was not at the address. The MARAC discussed the risk and "
    "agreed actions for the police and housing; the outcome did not reach the practice. "
    "{c} said later that {a} had been frightened for months and had not felt able to say so. "
    "Agencies recorded what they saw but did not share it, and no one put the pieces together."
)


def setup(database: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dhr.settings")
    os.environ["DHR_TASKS_BACKEND"] = "django_tasks_db.DatabaseBackend"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def paragraph(rng: random.Random) -> str:
    a, b, c = rng.sample(["Marnie Madeup", "Mimi", "Derek Fakename", "Penny Pretend"], 3)
    return FILLER.format(a=a, b=b, c=c)


def build(pages: int) -> tuple[object, object]:
    from dhr.accounts.models import User
    from dhr.evidence.models import ChronologyEntry, ChronologyImport
    from dhr.organisations.models import Agency, AgencyType, Csp
    from dhr.people.models import Person, PersonRole
    from dhr.reports import services
    from dhr.reports.structure import OVERVIEW, OVERVIEW_SECTIONS
    from dhr.reviews.models import Review, Stage

    rng = random.Random(11)
    csp = Csp.objects.create(name="Benchshire CSP", slug="benchshire")
    police = Agency.objects.create(csp=csp, name="Benchshire Police", agency_type=AgencyType.POLICE)
    review = Review.objects.create(
        csp=csp,
        reference="2099/01",
        victim_pseudonym="Louise",
        notified_on=datetime.date(2024, 1, 5),
        stage=Stage.DRAFTING,
    )
    chair = User.objects.create_user("chair@bench.test", None, full_name="Bench Chair")
    for name, aliases, role, pseudonym in [
        ("Marnie Madeup", "Mimi", PersonRole.VICTIM, "Louise"),
        ("Derek Fakename", "", PersonRole.PERPETRATOR, "Adult B"),
        ("Penny Pretend", "", PersonRole.FAMILY, "Adult C"),
    ]:
        Person.objects.create(
            review=review, name=name, aliases=aliases, role=role, pseudonym=pseudonym
        )
    # About a tenth of the pages are the chronology table (about 12 rows a page).
    rows = pages * 12 // 10
    source = ChronologyImport.objects.create(
        review=review,
        agency=police,
        original_name="c.csv",
        content_type="text/csv",
        size=1,
        sha256="0" * 64,
        uploaded_by=chair,
        status="imported",
    )
    start = datetime.date(2021, 1, 1)
    ChronologyEntry.objects.bulk_create(
        ChronologyEntry(
            review=review,
            agency=police,
            source=source,
            row_number=i + 2,
            occurred_on=start + datetime.timedelta(days=i),
            what_happened=f"Call {i}: {paragraph(rng)[:180]}",
            action_taken="DASH completed; graded standard.",
        )
        for i in range(rows)
    )
    report = services.report_for(review, OVERVIEW)
    text_sections = [s for s in OVERVIEW_SECTIONS if not s.appendix]
    words_wanted = pages * 9 // 10 * WORDS_PER_PAGE
    per_section = words_wanted // len(text_sections)
    for spec in text_sections:
        paras: list[str] = []
        words = 0
        while words < per_section:
            text = paragraph(rng)
            paras.append(text)
            words += len(text.split())
        services.do_save_section(chair, report, spec.key, "\n\n".join(paras))
    return report, chair


def run_worker() -> tuple[float, float, int]:
    """Run the worker until the queue is empty: wall seconds, CPU seconds, peak RSS in MB."""
    # A fresh parent per run, so the peak is this worker's, not the largest so far.
    measure = (
        "import resource, subprocess, sys; "
        "subprocess.run([sys.executable, '-m', 'dhr.cli', 'db_worker', '--batch', "
        "'--no-startup-delay'], check=True); "
        "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
        "print(u.ru_maxrss, u.ru_utime + u.ru_stime)"
    )
    started = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our own command, fixed arguments
        [sys.executable, "-c", measure],
        check=True,
        env=os.environ.copy(),
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    peak_kb, cpu = done.stdout.strip().splitlines()[-1].split()
    return seconds, float(cpu), int(peak_kb) // 1024


def leaks(content: bytes, fmt: str) -> list[str]:
    if fmt == "docx":
        with zipfile.ZipFile(io.BytesIO(content)) as package:
            text = "\n".join(package.read(n).decode("utf-8", "replace") for n in package.namelist())
    else:
        import pypdf

        reader = pypdf.PdfReader(io.BytesIO(content))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return [n for n in NAMES if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)]


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=150)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DHR_MEDIA_ROOT"] = tmp
        setup(Path(tmp) / "bench.sqlite3")
        from django.conf import settings

        settings.MEDIA_ROOT = tmp
        from dhr.reports import services
        from dhr.reports.models import ReportExport

        report, chair = build(args.pages)
        print(f"Report: about {args.pages} pages, {args.pages * WORDS_PER_PAGE:,} words.")
        results = []
        for fmt in ("pdf", "docx"):
            export = services.do_request_export(chair, report, None, fmt, panel=False)  # type: ignore[arg-type]
            seconds, cpu, peak = run_worker()
            export = ReportExport.objects.get(pk=export.pk)
            content = export.file.read() if export.file else b""
            pages = ""
            if fmt == "pdf" and content:
                import pypdf

                pages = f", {len(pypdf.PdfReader(io.BytesIO(content)).pages)} pages"
            results.append(
                f"| {fmt} | {export.status} | {seconds:.1f} | {cpu:.1f} | {peak} "
                f"| {len(content) / 1e6:.1f} MB"
                f"{pages} | {', '.join(leaks(content, fmt)) or 'none'} |"
            )
            if export.status != "done":
                print(export.message, file=sys.stderr)
        print(
            "| format | status | wall seconds | worker CPU seconds | worker peak MB | file "
            "| registered names left |"
        )
        print("| --- | --- | --- | --- | --- | --- | --- |")
        print("\n".join(results))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
