"""`make load`: 50 learners for 60 s against the production stack of one machine.

The stack is the one docs/deploy.md describes ("The production stack on one machine"):
gunicorn workers on `config.wsgi` with the production settings (bench/load_settings.py: the
same, over plain HTTP on loopback, with its own prefix in Redis), PostgreSQL, the Redis cache,
and Tremplin's `db_worker` for the background tasks. The script builds it on a database of its
own (dropped and created again: `tremplin_load` unless --database-url names another), loads the
demo content (DEBUG is off: no demo accounts) and creates the learners, starts the processes,
and plays the learners with an asyncio client (httpx), each with its own cookies. First they
arrive, spread over `--ramp` seconds (30), as a class logging in: log in and enrol in the demo
path (measured apart: a login costs most of a second of CPU, PBKDF2 by design). Then all of
them learn together for `--seconds` (60): through the path's courses, open each lesson and mark
it done, open each quiz and submit it (the first choice of each question first, the right
answers if that failed); a learner who reaches the end goes round again, marking lessons done
a second time (which must change nothing). Each learner waits `--think` seconds (0.5x to 1.5x,
seeded) between two pages, as a person reading; `--think 0` measures the stack saturated.

Then it waits for the background tasks, stops everything and prints requests per second,
p50/p95/p99 (and per kind of request), errors, and checks in the database what the learners
were told: each lesson marked done has one completion row and one `completed` xAPI statement,
each quiz submitted its attempt rows and one passed/failed statement each, no row the learners
did not make, every task SUCCESSFUL, each certificate issued once with its PDF. It exits with 1
on any error or discrepancy.

Loopback only, bounded in time (--seconds, and a bound on each wait) and in requests
(--max-requests). Figures depend on what else runs on the machine: the script prints the load
average before and after.

    .venv/bin/python bench/load.py [--learners 50] [--seconds 60] [--think 1] [--workers 4]
"""

import argparse
import asyncio
import os
import random
import re
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "charge-de-test-42"
WARM_UP = "echauffement"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
ATTEMPT = re.compile(r'name="attempt" value="(\d+)"')
CHOICE = re.compile(r'name="(q-[^"]+)" id="c-[^"]+" value="([^"]*)"')


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--think", type=float, default=1.0, help="mean pause between pages, s")
    parser.add_argument("--ramp", type=float, default=30.0, help="learners arrive over, s")
    parser.add_argument("--max-requests", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=2, help="threads per gunicorn worker")
    parser.add_argument("--port", type=int, default=int(os.environ.get("LOAD_PORT", "8807")))
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "LOAD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tremplin_load"
        ),
    )
    parser.add_argument(
        "--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    )
    parser.add_argument("--seed", type=int, default=17)
    return parser.parse_args()


def environment(args, tmp):
    return {
        "DJANGO_SETTINGS_MODULE": "bench.load_settings",
        "DATABASE_URL": args.database_url,
        "REDIS_URL": args.redis_url,
        "TREMPLIN_BENCH_CACHE_PREFIX": f"bench-load-{secrets.token_hex(4)}",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CONN_MAX_AGE": "60",
        "MEDIA_ROOT": str(tmp / "media"),
        "TREMPLIN_PRIVATE_ROOT": str(tmp / "private"),
        "STATIC_ROOT": str(tmp / "static"),
        "TREMPLIN_BASE_URL": f"http://127.0.0.1:{args.port}",
        "TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE": str(tmp / "signing-key.pem"),
        "TREMPLIN_TASKS_STATE_DIR": str(tmp / "workers"),
        "PYTHONPATH": str(ROOT),
    }


def database_recreate(url):
    import psycopg

    parts = urllib.parse.urlparse(url)
    name = parts.path.lstrip("/")
    if parts.hostname not in LOOPBACK:
        sys.exit(f"bench/load.py: the database must be on loopback, not {parts.hostname}")
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name) or name in {"postgres", "template1"}:
        sys.exit(f"bench/load.py: refusing the database name {name!r}")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


@dataclass
class Item:
    kind: str  # "lesson" or "quiz"
    pk: int
    url: str
    right: dict = field(default_factory=dict)  # a quiz's right answers: {"q-<id>": [ids]}
    submissions: int = 1  # how many times a learner may submit it (1 or 2)


def content_build(learners):
    """The demo content and `learners` accounts (not the demo accounts, which the production
    settings refuse). Returns (usernames, the path's id and URL, its items in order)."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    call_command("certificates_keygen", "--if-missing", verbosity=0)
    from wagtail.models import Page

    from accounts.services import user_create
    from config.demo.courses import demo_path
    from config.demo.loader import load_demo
    from courses.models import LessonPage, QuizPage

    load_demo(log=lambda line: None)
    names = [f"charge{number:03d}" for number in range(learners)]
    for name in [*names, WARM_UP]:
        user_create(username=name, email=f"{name}@example.org", password=PASSWORD)
    path = demo_path()
    items = []
    for link in path.path_courses.order_by("sort_order"):
        pages = Page.objects.live().descendant_of(link.course).order_by("path").specific()
        for page in pages:
            if isinstance(page, LessonPage):
                items.append(Item("lesson", page.pk, page.url))
            elif isinstance(page, QuizPage):
                right = {
                    f"q-{question['id']}": [c["id"] for c in question["choices"] if c["correct"]]
                    for question in page.question_list()
                }
                allowed = 2 if page.max_attempts is None or page.max_attempts >= 2 else 1
                items.append(Item("quiz", page.pk, page.url, right=right, submissions=allowed))
    return names, (path.pk, path.url), items


class Budget(Exception):
    """The run's time or request count is used up."""


class Run:
    def __init__(self, args, base):
        self.args, self.base = args, base
        self.deadline = time.monotonic() + args.seconds
        self.requests_left = args.max_requests
        self.samples = defaultdict(list)  # kind of request: [ms]
        self.errors = Counter()
        self.done = defaultdict(set)  # username: {lesson ids the site said were done}
        self.submitted = Counter()  # (username, quiz id): submissions the site accepted
        self.started = None

    async def call(self, client, kind, method, url, *, expect, data=None):
        if time.monotonic() > self.deadline or self.requests_left <= 0:
            raise Budget
        self.requests_left -= 1
        start = time.perf_counter()
        error = response = None
        try:
            response = await client.request(method, url, data=data)
            if response.status_code != expect:
                error = f"{kind}: {method} -> {response.status_code} (expected {expect})"
        except httpx.HTTPError as exception:
            error = f"{kind}: {method} {type(exception).__name__}"
        self.samples[kind].append((time.perf_counter() - start) * 1000)
        if error:
            self.errors[error] += 1
            return None
        return response

    async def post(self, client, kind, url, page, data=None, *, expect=302):
        token = CSRF.search(page.text) if page is not None else None
        if token is None:
            self.errors[f"{kind}: no CSRF token on the page before"] += 1
            return None
        form = {"csrfmiddlewaretoken": token[1], **(data or {})}
        return await self.call(client, kind, "POST", url, expect=expect, data=form)

    async def think(self, rng):
        if self.args.think:
            pause = self.args.think * rng.uniform(0.5, 1.5)
            await asyncio.sleep(min(pause, max(0.0, self.deadline - time.monotonic())))


    async def arrive(self, client, username, path):
        """Log in and enrol in the path; True when both worked."""
        page = await self.call(client, "login page", "GET", "/fr/accounts/login/", expect=200)
        credentials = {"username": username, "password": PASSWORD}
        if await self.post(client, "log in", "/fr/accounts/login/", page, credentials) is None:
            return False
        path_id, path_url = path
        page = await self.call(client, "path page", "GET", path_url, expect=200)
        return await self.post(client, "enrol", f"/fr/learning/enrol/{path_id}/", page) is not None

    async def learn(self, client, username, items, rng):
        while True:
            for item in items:
                await self.think(rng)
                if item.kind == "lesson":
                    await self.lesson(client, username, item)
                else:
                    await self.quiz(client, username, item, rng)

    async def lesson(self, client, username, item):
        page = await self.call(client, "lesson", "GET", item.url, expect=200)
        done = f"/fr/learning/lessons/{item.pk}/done/"
        if await self.post(client, "lesson done", done, page):
            self.done[username].add(item.pk)

    async def quiz(self, client, username, item, rng):
        if self.submitted[(username, item.pk)] >= item.submissions:
            return
        page = await self.call(client, "quiz", "GET", item.url, expect=200)
        if page is None:
            return
        data = {"quiz": str(item.pk), "attempt": ATTEMPT.search(page.text)[1]}
        if self.submitted[(username, item.pk)] == 0:
            for name, value in CHOICE.findall(page.text):
                data.setdefault(name, value)  # the first choice of each question
        else:
            data.update(item.right)
        await self.think(rng)
        submit = f"/fr/learning/quizzes/{item.pk}/submit/"
        response = await self.post(client, "quiz submit", submit, page, data)
        if response is not None:
            self.submitted[(username, item.pk)] += 1
            if "/attempts/" in response.headers.get("location", ""):
                result = response.headers["location"]
                page = await self.call(client, "quiz result", "GET", result, expect=200)
                if page is not None and "Quiz réussi" in page.text:
                    self.submitted[(username, item.pk)] = item.submissions  # no retry

    async def play(self, names, path, items, arrivals):
        """The learners arrive (log in, enrol) over the ramp, measured in `arrivals`; then all
        of them learn together for the run's seconds, measured in this run."""
        rngs = [random.Random(self.args.seed + index) for index in range(len(names))]
        limits = httpx.Limits(max_connections=2, max_keepalive_connections=2)
        clients = [
            httpx.AsyncClient(base_url=self.base, timeout=30, limits=limits) for _ in names
        ]

        async def arrive(index, name):
            await asyncio.sleep(rngs[index].uniform(0, self.args.ramp))
            try:
                return await arrivals.arrive(clients[index], name, path)
            except Budget:
                return False

        async def learn(index, name):
            try:
                await self.learn(clients[index], name, items[index % 3 :] + items[: index % 3],
                                 rngs[index])
            except Budget:
                return

        try:
            arrived = await asyncio.gather(*(arrive(i, name) for i, name in enumerate(names)))
            self.deadline = time.monotonic() + self.args.seconds
            self.started = time.perf_counter()
            await asyncio.gather(
                *(learn(i, name) for i, name in enumerate(names) if arrived[i])
            )
        finally:
            for client in clients:
                await client.aclose()


async def warm_up(base, path, items, count):
    """Each gunicorn thread's first pages (imports, templates, connections), by an account
    that the figures and the checks leave out; it marks nothing done."""

    async def one():
        run = Run(argparse.Namespace(seconds=120, max_requests=1000, think=0, ramp=0), base)
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            page = await run.call(client, "", "GET", "/fr/accounts/login/", expect=200)
            data = {"username": WARM_UP, "password": PASSWORD}
            await run.post(client, "", "/fr/accounts/login/", page, data)
            await run.call(client, "", "GET", path[1], expect=200)
            for item in items[:4] + [item for item in items if item.kind == "quiz"][:1]:
                await run.call(client, "", "GET", item.url, expect=200)

    await asyncio.gather(*(one() for _ in range(count)))


def wait_until(predicate, *, timeout, message):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"bench/load.py: timed out waiting for {message}")
        time.sleep(0.2)


def answers(url):
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def consistency(run):
    """(problems, counts): what the database holds against what the learners were told."""
    from django.contrib.auth import get_user_model
    from django.db.models import Count
    from django_tasks_db.models import DBTaskResult

    from certificates.models import Certificate
    from courses.models import LessonCompletion, LessonPage, QuizAttempt, QuizPage
    from tracking.models import Statement

    problems = []
    learners = get_user_model().objects.filter(username__startswith="charge")
    users = {user.username: user for user in learners}
    lesson_keys = dict(LessonPage.objects.values_list("pk", "translation_key"))
    quiz_keys = dict(QuizPage.objects.values_list("pk", "translation_key"))
    counts = Counter()
    for name, user in users.items():
        actor = str(user.xapi_actor.name) if hasattr(user, "xapi_actor") else None
        statements = Statement.objects.filter(actor_name=actor)
        rows = Counter(
            LessonCompletion.objects.filter(user=user).values_list("lesson_key", flat=True)
        )
        told = {lesson_keys[pk] for pk in run.done.get(name, ())}
        for key in told | set(rows):
            completed = statements.filter(
                verb__endswith="/completed", object_iri__endswith=f"/{key}"
            ).count()
            counts["completions"] += rows[key]
            counts["completed statements"] += completed
            if (key in told, rows[key], completed) != (True, 1, 1):
                problems.append(
                    f"{name}: lesson {key}: told done {key in told}, {rows[key]} completion "
                    f"row(s), {completed} completed statement(s)"
                )
        attempts = Counter(
            QuizAttempt.objects.filter(user=user).values_list("quiz_key", flat=True)
        )
        told = Counter({quiz_keys[pk]: n for (who, pk), n in run.submitted.items() if who == name})
        for key in set(told) | set(attempts):
            results = statements.filter(
                verb__regex=r"/(passed|failed)$", object_iri__endswith=f"/{key}"
            ).count()
            counts["attempts"] += attempts[key]
            counts["passed/failed statements"] += results
            if not told[key] == attempts[key] == results:
                problems.append(
                    f"{name}: quiz {key}: {told[key]} submission(s) accepted, {attempts[key]} "
                    f"attempt row(s), {results} passed/failed statement(s)"
                )
    duplicates = Statement.objects.values("statement_id").annotate(n=Count("id")).filter(n__gt=1)
    if duplicates.exists():
        problems.append(f"{duplicates.count()} statement id(s) stored twice")
    unfinished = Counter(
        DBTaskResult.objects.exclude(status="SUCCESSFUL").values_list("status", flat=True)
    )
    if unfinished:
        problems.append(f"background tasks not SUCCESSFUL: {dict(unfinished)}")
    counts["tasks"] = DBTaskResult.objects.count()
    certificates = Certificate.objects.filter(holder__in=users.values())
    per_holder = certificates.values("rule", "holder").annotate(n=Count("id")).filter(n__gt=1)
    if per_holder.exists():
        problems.append(f"{per_holder.count()} certificate(s) issued twice")
    without_pdf = certificates.filter(pdf="").count()
    if without_pdf:
        problems.append(f"{without_pdf} certificate(s) without their PDF")
    counts["certificates"] = certificates.count()
    return problems, counts


def percentile(samples, fraction):
    return samples[min(len(samples) - 1, int(len(samples) * fraction))]


def figures(samples):
    samples = sorted(samples)
    return (
        f"p50 {percentile(samples, 0.50):.0f}, p95 {percentile(samples, 0.95):.0f}, "
        f"p99 {percentile(samples, 0.99):.0f}, max {samples[-1]:.0f}"
    )


def main():
    args = arguments()
    # Stopped from outside (timeout, Ctrl+C): the finally clause below still stops the servers.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    base = f"http://127.0.0.1:{args.port}"
    tmp = Path(tempfile.mkdtemp(prefix="tremplin-load-"))
    env = environment(args, tmp)
    os.environ.update(env)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    database_recreate(args.database_url)
    import django

    django.setup()
    built = time.perf_counter()
    names, path, items = content_build(args.learners)
    lessons = sum(item.kind == "lesson" for item in items)
    print(
        f"stack: gunicorn {args.workers} workers x {args.threads} threads, PostgreSQL, Redis, "
        f"db_worker; the demo path: {lessons} lessons, {len(items) - lessons} quizzes; "
        f"{len(names)} learners arriving over {args.ramp:g} s, think time {args.think:g} s "
        f"(built in "
        f"{time.perf_counter() - built:.0f} s)"
    )
    from django.db import connections

    connections.close_all()

    command = [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{args.port}"]
    command += ["--workers", str(args.workers), "--threads", str(args.threads)]
    command += ["--worker-class", "gthread", "--log-level", "warning"]
    worker = [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--no-reload"]
    logs = {name: open(tmp / f"{name}.log", "w") for name in ("gunicorn", "db_worker")}  # noqa: SIM115
    processes = [
        subprocess.Popen(  # noqa: S603 - our own command lines
            line, cwd=ROOT, env=os.environ.copy(), start_new_session=True, stdout=log, stderr=log
        )
        for line, log in ((command, logs["gunicorn"]), (worker + ["-v", "0"], logs["db_worker"]))
    ]
    try:
        wait_until(lambda: answers(base + "/fr/"), timeout=120, message="gunicorn")
        from django_tasks_db.models import DBTaskResult

        def queue_empty():
            return not DBTaskResult.objects.filter(status__in=["READY", "RUNNING"]).exists()

        # The build queued search-index and reference-index tasks: the worker runs them first.
        wait_until(queue_empty, timeout=300, message="the tasks of the build")
        asyncio.run(warm_up(base, path, items, args.workers * args.threads))
        arrivals = Run(argparse.Namespace(**{**vars(args), "seconds": args.ramp + 120}), base)
        run = Run(args, base)
        started = time.perf_counter()
        asyncio.run(run.play(names, path, items, arrivals))
        arrived_in = run.started - started
        elapsed = time.perf_counter() - run.started
        load = os.getloadavg()
        drained = time.perf_counter()
        wait_until(queue_empty, timeout=300, message="the background tasks")
        drained = time.perf_counter() - drained
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=60)
    all_samples = [ms for samples in run.samples.values() for ms in samples]
    problems, counts = consistency(run)
    errors = sum(run.errors.values()) + sum(arrivals.errors.values())
    arrival_samples = [ms for samples in arrivals.samples.values() for ms in samples]
    print(
        f"arrival: {len(names)} learners logged in and enrolled in {arrived_in:.1f} s, "
        f"{len(arrival_samples)} requests, latency ms {figures(arrival_samples)}"
    )
    for kind, samples in arrivals.samples.items():
        print(f"  {kind:<12} {len(samples):>6}  {figures(samples)}")
    print(f"learning, {len(names)} learners together for {args.seconds:g} s:")
    print(
        f"{len(all_samples)} requests in {elapsed:.1f} s: "
        f"{len(all_samples) / elapsed:.1f} requests/s"
    )
    print(f"latency ms: {figures(all_samples)}, mean {statistics.fmean(all_samples):.0f}")
    for kind, samples in run.samples.items():
        print(f"  {kind:<12} {len(samples):>6}  {figures(samples)}")
    every = run.errors + arrivals.errors
    print(f"errors: {errors}" + "".join(f"\n  {n} x {e}" for e, n in every.most_common(8)))
    print(
        f"after the load: {counts['completions']} completion rows, "
        f"{counts['completed statements']} completed statements, {counts['attempts']} quiz "
        f"attempts, {counts['passed/failed statements']} passed/failed statements, "
        f"{counts['certificates']} certificates, {counts['tasks']} tasks (drained in "
        f"{drained:.1f} s after the load)"
    )
    print("nothing lost, nothing duplicated" if not problems else f"{len(problems)} problem(s):")
    for problem in problems[:20]:
        print(f"  {problem}")
    print(f"load average at the end of the load: {' '.join(f'{x:.2f}' for x in load)}")
    print(f"server logs: {tmp}/gunicorn.log, {tmp}/db_worker.log")
    if errors or problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
