"""kill -9 a real `dhr db_worker` in the middle of a chronology import.

Everything runs in subprocesses against a file database (SQLite here, or a
scratch PostgreSQL database when DATABASE_URL is set): the killed job stays
RUNNING with nothing half-written; a new worker puts it back in the queue and
completes it once.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

DHR = str(Path(sys.executable).with_name("dhr"))
ROWS = 120_000


@pytest.fixture
def installation(tmp_path: Path) -> Iterator[dict[str, str]]:
    env = {
        **os.environ,
        "DHR_VAR_DIR": str(tmp_path),
        "DHR_MEDIA_ROOT": str(tmp_path / "media"),
        "DHR_AUDIT_ANCHOR_DIR": str(tmp_path / "anchors"),
        "DHR_AUDIT_KEY": "kill-test-key",
        "DHR_LOG_LEVEL": "ERROR",
    }
    scratch = None
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        import psycopg

        base = os.environ["DATABASE_URL"]
        scratch = base.rsplit("/", 1)[-1] + "_kill"
        with psycopg.connect(base.rsplit("/", 1)[0] + "/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{scratch}"')
            admin.execute(f'CREATE DATABASE "{scratch}"')
        env["DATABASE_URL"] = base.rsplit("/", 1)[0] + "/" + scratch
    else:
        env.pop("DATABASE_URL", None)
    run(env, "migrate", "--noinput", "-v0")
    yield env
    if scratch:
        import psycopg

        with psycopg.connect(base.rsplit("/", 1)[0] + "/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')


def run(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(  # noqa: S603 (our own dhr command)
        [DHR, *args], env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def shell(env: dict[str, str], code: str) -> str:
    return run(env, "shell", "-c", f"from dhr.jobs.tests import scenario; {code}")


def progress(env: dict[str, str]) -> tuple[str, int]:
    sql = "SELECT status, rows_checked FROM evidence_chronologyimport"
    if "DATABASE_URL" in env:
        import psycopg

        with psycopg.connect(env["DATABASE_URL"]) as conn:
            row: Any = conn.execute(sql).fetchone()
    else:
        with sqlite3.connect(Path(env["DHR_VAR_DIR"]) / "dhr.sqlite3", timeout=20) as conn:
            row = conn.execute(sql).fetchone()
    return row[0], row[1]


@pytest.mark.slow
def test_a_killed_import_is_retried_and_completes_once(installation: dict[str, str]) -> None:
    env = installation
    shell(env, f"scenario.setup_import({ROWS})")
    worker = subprocess.Popen(  # noqa: S603 (our own dhr command)
        [DHR, "db_worker", "--no-reload", "--interval", "0.1"], env=env, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 300
    while progress(env) == ("pending", 0) or progress(env)[1] == 0:
        assert time.monotonic() < deadline and worker.poll() is None
        time.sleep(0.05)
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait()

    killed = json.loads(shell(env, "scenario.state()").splitlines()[-1])
    assert killed["status"] == "running", "the import must have been cut off mid-way"
    assert killed["entries"] == 0, "nothing half-written"
    assert killed["jobs"] == [{"status": "RUNNING", "claims": 1}]

    run(env, "db_worker", "--batch", "--interval", "0.1")

    after = json.loads(shell(env, "scenario.state()").splitlines()[-1])
    assert after["status"] == "imported"
    assert after["entries"] == after["rows_saved"] == ROWS
    assert after["jobs"] == [{"status": "SUCCESSFUL", "claims": 2}]
    assert after["requeued"] == 1
    assert "chain intact" in run(env, "audit", "verify")
