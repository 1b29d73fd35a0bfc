"""Public site load benchmark: 200 published reviews served as `make run` serves them.

    python bench/public/run.py [--reviews 200] [--connections 50] [--seconds 20]

Builds a fresh SQLite database under var/bench/ (or uses DATABASE_URL: give
your own PostgreSQL database), publishes N reviews (each with panel seats,
recommendations, a distribution list and a public summary, so every FAQ answer
has data), starts gunicorn on loopback with two workers and production
settings (debug off, WhiteNoise), and drives it with `wrk` (Debian's `wrk`
package; `apt-get install wrk`) at C concurrent connections: the review pages
(cycling through all N), the list, a search, and a static file for comparison.
Prints requests per second, p50/p95/p99 latency and any non-2xx answers.
Target (issue 12): p95 under 150 ms at 50 connections on two workers. The load
generator shares the machine's cores with the server: say how many there were.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / "var" / "bench"
ENV = {
    "DHR_DEBUG": "0",
    "DHR_SECRET_KEY": "bench-secret-key-" + "x" * 40,
    "DHR_AUDIT_KEY": "bench-audit-key-" + "y" * 40,
    "DHR_SSL_REDIRECT": "0",
    "DHR_SECURE_COOKIES": "0",
    "DHR_ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DHR_LOG_LEVEL": "ERROR",
}
WRK = shutil.which("wrk") or "/usr/bin/wrk"
LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format('{"requests": %%d, "seconds": %%f, "p50": %%f, "p95": %%f, ' ..
    '"p99": %%f, "errors": %%d, "non2xx": %%d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3,
    latency:percentile(95) / 1e3, latency:percentile(99) / 1e3, errors, summary.errors.status))
end
"""


def setup_database(reviews: int) -> list[str]:
    """Publish `reviews` reviews; return their public paths."""
    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dhr.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import transaction

    from dhr.actions.models import Recommendation
    from dhr.organisations.models import Agency, AgencyType, Csp
    from dhr.panel.models import PanelMember
    from dhr.publication.models import DistributionRecipient, Publication, RestrictionState
    from dhr.publication.services import publication_for
    from dhr.reviews.models import Decision, Review, Stage

    call_command("migrate", "--noinput", "-v0")
    call_command("collectstatic", "--noinput", "-v0")
    paths = []
    with transaction.atomic():
        csp = Csp.objects.create(
            name="Benchshire Community Safety Partnership",
            slug="benchshire",
            website_name="Benchshire council website",
            website_url="https://benchshire.example/dhr",
        )
        agencies = [
            Agency.objects.create(csp=csp, name=f"Benchshire {kind.label}", agency_type=kind)
            for kind in list(AgencyType)[:6]
        ]
        for n in range(reviews):
            decided = datetime.date(2020, 1, 1) + datetime.timedelta(days=7 * n)
            review = Review.objects.create(
                csp=csp,
                reference=f"{decided.year}/{n:03d}",
                victim_pseudonym=f"Adult {n}",
                date_of_death=decided - datetime.timedelta(days=40),
                notified_on=decided - datetime.timedelta(days=20),
                decision=Decision.PROCEED,
                decided_on=decided,
                stage=Stage.PUBLISHED,
            )
            for position, agency in enumerate(agencies):
                PanelMember.objects.create(
                    review=review, agency=agency, public_label=agency.name, position=position
                )
            for number in range(1, 9):
                Recommendation.objects.create(
                    review=review, number=number, text=f"Recommendation {number} on risk."
                )
            for position, name in enumerate(["The CSP chair", "The PCC", "The family"]):
                DistributionRecipient.objects.create(
                    review=review, recipient=name, position=position
                )
            publication = publication_for(review)
            publication.summary = f"A review of the death of Adult {n}, and of agencies' contact."
            publication.restriction = RestrictionState.NONE
            publication.is_published = True
            publication.published_on = decided + datetime.timedelta(days=300)
            publication.save()
            paths.append(f"/published/{publication.slug}/")
    assert Publication.objects.filter(is_published=True).count() == reviews
    return paths


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310  # nosec B310
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"the server did not answer at {url}")


def load(base: str, paths: list[str], connections: int, seconds: int) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA % ", ".join(json.dumps(p) for p in paths))
    try:
        out = subprocess.run(  # noqa: S603  # nosec B603
            [
                WRK,
                "-t2",
                f"-c{connections}",
                f"-d{seconds}s",
                "--timeout",
                "10s",
                "-s",
                script.name,
                base,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(script.name)
    result = json.loads(out.strip().splitlines()[-1])
    result["rps"] = result["requests"] / result["seconds"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reviews", type=int, default=200)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=20)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("needs wrk: apt-get install wrk")
    os.environ.update(ENV)
    if "DATABASE_URL" not in os.environ:
        BENCH_DIR.mkdir(parents=True, exist_ok=True)
        (BENCH_DIR / "public.sqlite3").unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{BENCH_DIR / 'public.sqlite3'}"
    started = time.monotonic()
    review_paths = setup_database(args.reviews)
    print(f"{args.reviews} reviews published in {time.monotonic() - started:.0f} s")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(  # noqa: S603  # nosec B603
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "dhr.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--chdir",
            str(ROOT / "src"),
        ],
        env={**os.environ},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"{base}/published/")
        for path in review_paths:  # first visits ask for the downloads once each
            urllib.request.urlopen(base + path, timeout=10).read()  # noqa: S310  # nosec B310
        scenarios = {
            "review page (cycling all)": review_paths,
            "list of reviews": ["/published/"],
            "search (?q=risk&year=2021)": ["/published/?q=risk&year=2021"],
            # A query string no one asked before is never in the cache: what a
            # search costs when it is rendered (the `n` is ignored by the form).
            "search, uncached (each new)": [
                f"/published/?q=risk&year=2021&n={n}" for n in range(args.seconds * 1000)
            ],
            "Atom feed": ["/published/feed.atom"],
            "static file (for comparison)": ["/static/govuk/govuk-frontend.min.css"],
        }
        print(
            f"\nwrk: {args.connections} connections, {args.seconds} s each, gunicorn 2 workers, "
            f"{os.cpu_count()} CPUs shared with the load generator\n"
        )
        print(f"| {'page':32} | req/s | p50 ms | p95 ms | p99 ms | non-2xx |")
        print(f"| {'-' * 32} | ----: | -----: | -----: | -----: | ------: |")
        for name, paths in scenarios.items():
            r = load(base, paths, args.connections, args.seconds)
            print(
                f"| {name:32} | {r['rps']:5.0f} | {r['p50']:6.1f} | {r['p95']:6.1f} | "
                f"{r['p99']:6.1f} | {r['non2xx']:7d} |"
            )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
