"""Workers of this machine: their ids, whether they still run, and the heartbeat files the
database workers leave (what the health check reads)."""

import dataclasses
import hashlib
import json
import os
import socket
import time
from pathlib import Path

from django.db import connections

from .conf import heartbeat_seconds, state_dir


def _hostname():
    return socket.gethostname()[:40]


def _process_start(pid):
    """The start time of process `pid` (clock ticks since boot, from /proc), so that a pid the
    system has given to another process since is not taken for the worker; "0" where /proc is
    missing and the process exists; None when there is no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return "0"
    return stat.rsplit(")", 1)[1].split()[19]


def worker_id_new(pid=None):
    """`host:pid:start`: an id that tells, from this machine, whether its worker still runs."""
    pid = pid or os.getpid()
    return f"{_hostname()}:{pid}:{_process_start(pid) or '0'}"


def worker_alive(worker_id):
    """True or False for a worker of this machine, None when this machine cannot tell."""
    parts = (worker_id or "").rsplit(":", 2)
    if len(parts) != 3 or parts[0] != _hostname() or not parts[1].isdigit():
        return None
    start = _process_start(int(parts[1]))
    if start is None:
        return False
    return start == parts[2] or "0" in (start, parts[2])


def database_key(alias="default"):
    params = connections[alias].settings_dict
    key = f"{params['ENGINE']}|{params.get('HOST', '')}|{params.get('PORT', '')}|{params['NAME']}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def heartbeat_path(worker_id):
    safe = worker_id.replace(":", "_").replace("/", "_")
    return state_dir() / f"{database_key()}-{safe}.json"


def heartbeat_write(worker_id, *, queues, task_id=None):
    path = heartbeat_path(worker_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"worker_id": worker_id, "pid": os.getpid(), "queues": queues, "task": task_id}
    data["beat"] = time.time()
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data))
    temporary.replace(path)


def heartbeat_remove(worker_id):
    heartbeat_path(worker_id).unlink(missing_ok=True)


@dataclasses.dataclass
class WorkerState:
    worker_id: str
    state: str  # "alive", "silent" (the process runs, its loop does not) or "gone"
    age: float
    task: str | None


def workers_of_this_machine():
    states = []
    for path in sorted(state_dir().glob(f"{database_key()}-*.json")):
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        age = max(0.0, time.time() - float(data.get("beat", 0)))
        alive = worker_alive(data.get("worker_id", ""))
        if alive is False:
            state = "gone"
        elif age > 3 * heartbeat_seconds():
            state = "silent"
        else:
            state = "alive"
        states.append(WorkerState(data.get("worker_id", ""), state, age, data.get("task")))
    return states


def heartbeats_prune():
    """Forget the heartbeat files of the workers of this machine that no longer run."""
    for worker in workers_of_this_machine():
        if worker.state == "gone":
            heartbeat_remove(worker.worker_id)
