"""Production refuses to start without its keys; the deploy check is clean."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROD = {"DHR_DEBUG": "0", "DHR_ALLOWED_HOSTS": "dhr.example"}
KEYS = {"DHR_SECRET_KEY": "k" * 20 + "Zq8-w!" * 10, "DHR_AUDIT_KEY": "a" * 50}


# Set by the test process itself, not by a deployment: the browser tests'
# conftest sets DJANGO_ALLOW_ASYNC_UNSAFE for Playwright, and a production
# server would never inherit it.
NOT_PRODUCTION = {"DHR_SECRET_KEY", "DHR_AUDIT_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def dhr_check(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in NOT_PRODUCTION}
    return subprocess.run(  # noqa: S603 (our own interpreter and arguments)
        [sys.executable, "-m", "django", "check", *args],
        env={**clean, "DJANGO_SETTINGS_MODULE": "dhr.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", ["DHR_SECRET_KEY", "DHR_AUDIT_KEY"])
def test_production_refuses_to_start_without_a_key(missing: str) -> None:
    env = {**PROD, **{k: v for k, v in KEYS.items() if k != missing}}
    result = dhr_check(env)
    assert result.returncode != 0
    assert f"{missing} is not set" in result.stderr


def test_production_deploy_check_is_clean() -> None:
    result = dhr_check({**PROD, **KEYS}, "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_development_still_starts_without_keys() -> None:
    assert dhr_check({"DHR_DEBUG": "1"}).returncode == 0
