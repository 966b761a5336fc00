"""Tracking: the cost of recording a statement on "mark as done" (tracking on vs off, same run)
and forwarding throughput to a real Ralph LRS next to a plain batched POST loop.

The throughput is measured batch by batch in turn, each side against its own empty Ralph (the
raw loop first on even batches, the forwarder first on odd ones), so that both meet the same
machine load and an LRS of the same size; the peak memory comes from a separate run, since
tracemalloc slows every allocation down.

Run: .venv/bin/python bench/tracking.py (own throwaway SQLite database; Ralph from .venv-ralph,
`make ralph`).
"""

import shutil
import statistics
import tempfile
import time
import tracemalloc

try:
    from bench.common import line, ratio_line, setup_django
except ModuleNotFoundError:  # run as a script: python bench/tracking.py
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.common import line, ratio_line, setup_django

STATEMENTS = 10_000
BATCH = 100
MARK_DONE_SAMPLES = 100  # lessons marked done per mode


def _ralph(auth_file):
    from tests.tracking.lrs_server import Ralph

    return Ralph(directory=tempfile.mkdtemp(prefix="tremplin-ralph-"), auth_file=auth_file)


def _ralph_discard(*ralphs):
    """Stop the LRSs and delete what they stored (about 13 MB for 10,000 statements)."""
    for ralph in ralphs:
        ralph.stop()
        shutil.rmtree(ralph.directory, ignore_errors=True)


def _lrs_settings(endpoint):
    from tests.tracking.lrs_server import RALPH_PASSWORD, RALPH_USER

    return {
        "TREMPLIN_LRS_ENDPOINT": endpoint,
        "TREMPLIN_LRS_USERNAME": RALPH_USER,
        "TREMPLIN_LRS_PASSWORD": RALPH_PASSWORD,
        "TREMPLIN_LRS_BATCH_SIZE": BATCH,
        # Background tasks queued in the database, as in production, not run in the request.
        "TASKS": {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}},
    }


def record_statements(n):
    """n pending statements, as learners' events would leave them."""
    from django.db import transaction
    from django.test import override_settings

    from accounts.services import user_create
    from tests.tracking import factories

    users = [
        user_create(username=f"t{i}", email=f"t{i}@example.org", password="bench-pass-42")
        for i in range(20)
    ]
    with override_settings(**_lrs_settings("http://127.0.0.1:9/xAPI/")), transaction.atomic():
        for i in range(n):
            factories.record(users[i % len(users)])


def _raw_session():
    """The baseline's client: a bare kept-alive requests Session, with the same credentials
    and xAPI version header as the forwarder."""
    import requests

    from tests.tracking.lrs_server import RALPH_PASSWORD, RALPH_USER

    session = requests.Session()
    session.auth = (RALPH_USER, RALPH_PASSWORD)
    session.headers["X-Experience-API-Version"] = "1.0.3"
    return session


def raw_post(session, ralph, batch):
    """The baseline: one batch of the statements (dicts, serialised by requests), POSTed."""
    response = session.post(f"{ralph.endpoint}statements", json=batch, timeout=(5, 60))
    assert response.status_code == 200, response.text[:200]


def forwarder_batch():
    """The forwarder's work for one batch: claim, send, mark sent."""
    from tracking import services

    report = services.statements_forward(max_batches=1)
    assert report.sent == BATCH, report


def forwarder_end():
    """What ends a forwarding run: a claim that finds nothing."""
    from tracking import services

    assert services.statements_forward().batches == 0


def _ralph_warm(ralph):
    """Ralph checks the password once (bcrypt), then caches it: both LRSs pay it here."""
    import requests

    from tests.tracking.lrs_server import RALPH_PASSWORD, RALPH_USER

    response = requests.get(f"{ralph.url}/whoami", auth=(RALPH_USER, RALPH_PASSWORD), timeout=30)
    assert response.status_code == 200, response.status_code
    return ralph


SIDES = ("raw", "forwarder")


def interleaved(raw_ralph, tremplin_ralph, payloads):
    """Wall and CPU (this process) time of each side, batch by batch in turn, each against
    its own Ralph: both LRSs grow at the same pace and both sides meet the same machine
    load. The raw loop goes first on even batches, the forwarder on odd ones."""
    from django.test import override_settings

    session = _raw_session()
    spent = {side: {"wall": 0.0, "cpu": 0.0} for side in SIDES}

    def timed(side, step, *args):
        wall, cpu = time.perf_counter(), time.process_time()
        step(*args)
        spent[side]["wall"] += time.perf_counter() - wall
        spent[side]["cpu"] += time.process_time() - cpu

    with override_settings(**_lrs_settings(tremplin_ralph.endpoint)):
        for index, start in enumerate(range(0, STATEMENTS, BATCH)):
            batch = payloads[start : start + BATCH]
            for side in SIDES if index % 2 == 0 else SIDES[::-1]:
                if side == "raw":
                    timed(side, raw_post, session, raw_ralph, batch)
                else:
                    timed(side, forwarder_batch)
        timed("forwarder", forwarder_end)
    return spent


def forwarder_memory(ralph):
    """Peak Python memory of a whole forwarding run (a run of its own: tracemalloc slows
    every allocation down several times, so this run is not timed against anything)."""
    from django.test import override_settings

    from tracking import services

    with override_settings(**_lrs_settings(ralph.endpoint)):
        tracemalloc.start()
        report = services.statements_forward()
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert report.sent == STATEMENTS, report
    return peak


def throughput():
    import resource

    from tests.tracking.lrs_server import ralph_auth_file_create
    from tracking.models import Statement

    record_statements(STATEMENTS)
    payloads = list(Statement.objects.order_by("stored", "pk").values_list("data", flat=True))
    auth_file = ralph_auth_file_create(tempfile.mkdtemp(prefix="tremplin-ralph-auth-"))

    # Each side gets its own empty Ralph: its file backend reads the whole file at each POST
    # (duplicate check), so a POST costs more as the file grows.
    raw_ralph, tremplin_ralph = _ralph(auth_file).start(), _ralph(auth_file).start()
    try:
        spent = interleaved(_ralph_warm(raw_ralph), _ralph_warm(tremplin_ralph), payloads)
        stored = {"raw": len(raw_ralph.stored()), "forwarder": len(tremplin_ralph.stored())}
    finally:
        _ralph_discard(raw_ralph, tremplin_ralph)

    # The same statements, pending again, to a third empty Ralph for the memory figure.
    Statement.objects.update(forward_state=Statement.ForwardState.PENDING, attempts=0, sent_at=None)
    memory_ralph = _ralph(auth_file).start()
    try:
        peak = forwarder_memory(_ralph_warm(memory_ralph))
    finally:
        _ralph_discard(memory_ralph)
        shutil.rmtree(auth_file.parent, ignore_errors=True)

    raw, forwarded = spent["raw"]["wall"], spent["forwarder"]["wall"]
    batches = STATEMENTS // BATCH
    print(
        f"Forwarding {STATEMENTS} pending statements to Ralph (batches of {BATCH}), one empty "
        "Ralph per side, batch by batch in turn (raw loop first on even batches, forwarder "
        "first on odd ones)"
    )
    line("plain batched POST loop (requests)", f"{raw:.2f} s, {STATEMENTS / raw:.0f}", " st/s")
    line("Tremplin forwarder", f"{forwarded:.2f} s, {STATEMENTS / forwarded:.0f}", " st/s")
    ratio_line("throughput forwarder / raw loop", raw / forwarded, 0.8, better="higher")
    line(
        "CPU of this process per batch (raw / forwarder)",
        f"{spent['raw']['cpu'] / batches * 1000:.1f} / "
        f"{spent['forwarder']['cpu'] / batches * 1000:.1f}",
        " ms",
    )
    line("statements in Ralph (raw / forwarder)", f"{stored['raw']} / {stored['forwarder']}")
    line("peak Python memory while forwarding", f"{peak / 2**20:.1f}", " MiB (own run)")
    line(
        "peak RSS of the process",
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}",
        " MiB",
    )
    return {"raw_s": raw, "forwarder_s": forwarded, "peak_bytes": peak}


def main():
    setup_django()
    results = {"mark_done": mark_done()}
    results["throughput"] = throughput()
    return results


def _course(catalogue, slug, lessons):
    from courses import services
    from courses.models import CoursePage, LessonPage, ModulePage

    course = services.page_ensure(
        parent=catalogue,
        page_class=CoursePage,
        slug=slug,
        fields={"title": f"Cours {slug}", "summary": "Banc d'essai.", "theme": "impacts"},
    )
    modules = [
        services.page_ensure(
            parent=course, page_class=ModulePage, slug=f"m{m}", fields={"title": f"Module {m}"}
        )
        for m in range(3)
    ]
    for index in range(lessons):
        services.page_ensure(
            parent=modules[index % 3],
            page_class=LessonPage,
            slug=f"l{index}",
            fields={"title": f"Leçon {index}", "body": [("rich_text", "<p>Texte.</p>")]},
        )
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def _shared_cache():
    """The cache web and worker processes share in production (REDIS_URL: Redis), on which a
    commit queues no forwarding task while one waits; files when no Redis answers."""
    import os

    import redis

    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        location = tempfile.mkdtemp(prefix="tremplin-bench-cache-")
        return "files (no Redis answered)", {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": location,
        }
    return f"Redis ({url})", {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": f"tremplin-bench-{os.getpid()}",
    }


def _shared_cache_discard(settings):
    """Delete this run's keys (only them: the Redis database may serve something else)."""
    if "KEY_PREFIX" not in settings:
        shutil.rmtree(settings["LOCATION"], ignore_errors=True)
        return
    import redis

    client = redis.Redis.from_url(settings["LOCATION"])
    for key in client.scan_iter(f"{settings['KEY_PREFIX']}:*"):
        client.delete(key)


MARK_DONE_MODES = ("off", "on", "on_queueing")


def mark_done():
    """POST "mark as done" on lessons of three identical courses, in turn: tracking off
    (courses' statement calls replaced by no-ops), on (statements written; a forwarding task
    already waits in the database queue, as when learners keep working), and on with a task
    queued by the request (as when the worker has just taken the previous one). The cache is
    production's shared one, in every mode."""
    from unittest import mock

    from django.core.cache import cache
    from django.test import Client, override_settings

    from accounts.services import user_create
    from config.demo.content import demo_content
    from config.services import home_page_ensure
    from courses import services
    from courses.models import CatalogueIndexPage
    from tracking.services import FORWARD_QUEUED_KEY

    cache_label, cache_settings = _shared_cache()
    settings = {**_lrs_settings("http://127.0.0.1:9/xAPI/"), "CACHES": {"default": cache_settings}}
    with override_settings(**settings):
        home = home_page_ensure(data=demo_content().site["home"])
        catalogue = services.page_ensure(
            parent=home, page_class=CatalogueIndexPage, slug="bench", fields={"title": "Banc"}
        )
        lessons = {
            mode: _course(catalogue, mode.replace("_", "-"), MARK_DONE_SAMPLES + 1)
            for mode in MARK_DONE_MODES
        }
        learner = user_create(username="done", email="done@example.org", password="bench-pass-42")
        for course_lessons in lessons.values():
            course = course_lessons[0].get_parent().get_parent().specific
            services.enrolment_create(user=learner, page=course)
        client = Client()
        client.force_login(learner)
        # Off: the statement calls do nothing (the service's recording() block stays, empty:
        # it writes nothing and runs no query).
        noop = {"lesson_completed": lambda **kw: None, "course_event": lambda **kw: None}
        samples = {mode: [] for mode in MARK_DONE_MODES}

        def post(mode, lesson):
            if mode == "on_queueing":
                cache.delete(FORWARD_QUEUED_KEY)  # what the worker does as it starts the task
            patch = mock.patch.multiple("courses.tracking", **noop) if mode == "off" else None
            if patch:
                patch.start()
            start = time.perf_counter()
            response = client.post(f"/fr/learning/lessons/{lesson.pk}/done/")
            elapsed = (time.perf_counter() - start) * 1000
            if patch:
                patch.stop()
            assert response.status_code in (200, 302), response.status_code
            return elapsed

        for mode in MARK_DONE_MODES:
            post(mode, lessons[mode][0])  # warm-up of each path
        for index in range(1, MARK_DONE_SAMPLES + 1):
            for mode in MARK_DONE_MODES:
                samples[mode].append(post(mode, lessons[mode][index]))
    _shared_cache_discard(cache_settings)

    from django_tasks_db.models import DBTaskResult

    from tracking.models import Statement

    p50 = {mode: statistics.median(values) for mode, values in samples.items()}
    print(
        f'"Mark as done" POST, {MARK_DONE_SAMPLES} lessons per mode, in turn; cache: {cache_label}'
    )
    line("tracking off p50", f"{p50['off']:.2f}", " ms")
    line("tracking on p50 (a forwarding task waits)", f"{p50['on']:.2f}", " ms")
    line("tracking on p50 (each request queues it)", f"{p50['on_queueing']:.2f}", " ms")
    ratio_line("ratio on / off (p50)", p50["on"] / p50["off"], 1.2)
    ratio_line("ratio on, queueing / off (p50)", p50["on_queueing"] / p50["off"], 1.2)
    line("statements written (on, both)", Statement.objects.count())
    forwarding = DBTaskResult.objects.filter(task_path__endswith=".statements_forward_task")
    line("forwarding tasks queued (on, both)", forwarding.count())
    Statement.objects.all().delete()
    return p50


if __name__ == "__main__":
    main()
