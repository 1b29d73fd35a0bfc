"""Is a process on this host still the one that took a lease? Pure OS look-ups."""

from __future__ import annotations

import os
import socket
from pathlib import Path


def host() -> str:
    return socket.gethostname()[:255]


def started(pid: int) -> str:
    """The process's start time in clock ticks since boot ('' when /proc is not there)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    # The command name (field 2) may hold spaces; the fields after it do not.
    fields = stat.rsplit(")", 1)[-1].split()
    if fields and fields[0] == "Z":  # a zombie has finished running
        return "zombie"
    return fields[19] if len(fields) > 19 else ""


def alive(pid: int, process_started: str) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    now = started(pid)
    if now == "zombie":
        return False
    return not (process_started and now and now != process_started)
