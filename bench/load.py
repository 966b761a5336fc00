"""`make bench-load`: 50 learners for 60 s against the production stack of one machine.

The stack is the one docs/deploy.md describes: gunicorn workers on `config.wsgi` with the
production settings (bench/load_settings.py: the same, over plain HTTP on loopback), PostgreSQL,
the Redis cache, and Tremplin's `db_worker`. The script builds it on a database of its own
(`tremplin_load`, dropped and created again), loads the demo curriculum and creates the
learners, starts the processes, plays the learners (log in, open lessons, mark them done,
submit quizzes), stops everything and prints requests per second, p50/p95/p99, errors; then it
checks in the database that every lesson marked done has its completion row and one `completed`
xAPI statement, and every quiz submitted its attempt and one passed/failed statement.

Loopback only, bounded in time (--seconds) and in requests (--max-requests). Figures depend on
the machine's load: the script prints the load average before and after.

    .venv/bin/python bench/load.py [--learners 50] [--seconds 60] [--workers 4]
"""

import argparse
import os
import re
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "charge-de-test-42"
LOOPBACK = re.compile(r"^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$")


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=2, help="threads per gunicorn worker")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8807")))
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "LOAD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tremplin_load"
        ),
    )
    parser.add_argument(
        "--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    )
    return parser.parse_args()


def environment(args, tmp):
    prefix = f"bench-load-{secrets.token_hex(4)}"
    env = {
        "DJANGO_SETTINGS_MODULE": "bench.load_settings",
        "DATABASE_URL": args.database_url,
        "REDIS_URL": args.redis_url,
        "TREMPLIN_BENCH_CACHE_PREFIX": prefix,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CONN_MAX_AGE": "60",
        "MEDIA_ROOT": str(tmp / "media"),
        "TREMPLIN_BASE_URL": f"http://127.0.0.1:{args.port}",
        "TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE": str(tmp / "signing-key.pem"),
        "TREMPLIN_CERTIFICATES_SIGNING_KEY_AUTOCREATE": "1",
        "TREMPLIN_TASKS_STATE_DIR": str(tmp / "workers"),
        "PYTHONPATH": str(ROOT),
    }
    return env


def database_recreate(url):
    import psycopg

    parts = urllib.parse.urlparse(url)
    name = parts.path.lstrip("/")
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        sys.exit(f"bench/load.py: refusing the database name {name!r}")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def content_build(learners):
    """The demo curriculum, and `learners` accounts (not the demo accounts, which the
    production settings refuse). Returns (usernames, lessons, quizzes) as URLs and ids."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    from config.demo.curriculum.path import HOME

    from accounts.services import user_create
    from config.demo.courses import load_curriculum
    from config.services import home_page_ensure
    from courses.models import LessonPage, QuizPage

    home = home_page_ensure(data=HOME)
    load_curriculum(home=home, log=lambda line: None)
    names = [f"charge{number:03d}" for number in range(learners)]
    for name in names:
        user_create(username=name, email=f"{name}@example.org", password=PASSWORD)
    french = {"live": True, "locale__language_code": "fr"}
    lessons = [(page.pk, page.url) for page in LessonPage.objects.filter(**french)]
    quizzes = [(page.pk, page.url) for page in QuizPage.objects.filter(**french)]
    return names, sorted(lessons), sorted(quizzes)


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples = []
        self.errors = Counter()
        self.done = {}  # username: {lesson ids marked done}
        self.attempts = Counter()  # (username, quiz id): attempts recorded

    def add(self, milliseconds, error=None):
        with self.lock:
            self.samples.append(milliseconds)
            if error:
                self.errors[error] += 1


NUMBER = re.compile(r"/\d+/")
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
HIDDEN = re.compile(r'<input[^>]*name="(quiz|attempt)"[^>]*value="([^"]*)"')
CHOICE = re.compile(r'<input[^>]*name="(q-[^"]+)"[^>]*value="([^"]*)"')


class Learner(threading.Thread):
    def __init__(self, *, base, username, lessons, quizzes, stats, deadline, budget):
        super().__init__(daemon=True)
        self.base, self.username, self.stats = base, username, stats
        self.lessons, self.quizzes = lessons, quizzes
        self.deadline, self.budget = deadline, budget
        self.session = requests.Session()

    def call(self, method, url, *, expect, **kwargs):
        if time.monotonic() > self.deadline or not self.budget.acquire(blocking=False):
            raise TimeoutError
        start = time.perf_counter()
        error = None
        try:
            response = self.session.request(
                method, self.base + url, timeout=30, allow_redirects=False, **kwargs
            )
            if response.status_code != expect:
                error = f"{method} {NUMBER.sub('/N/', url)} -> {response.status_code}"
        except requests.RequestException as exception:
            response, error = None, f"{method} {url}: {type(exception).__name__}"
        self.stats.add((time.perf_counter() - start) * 1000, error)
        return None if error else response

    def post(self, url, page, data, *, expect=302):
        token = CSRF.search(page.text) if page is not None else None
        if token is None:
            return None
        return self.call("POST", url, expect=expect, data={"csrfmiddlewaretoken": token[1], **data})

    def run(self):
        try:
            page = self.call("GET", "/fr/accounts/login/", expect=200)
            if (
                self.post(
                    "/fr/accounts/login/", page, {"username": self.username, "password": PASSWORD}
                )
                is None
            ):
                return
            step = 0
            while True:
                lesson_id, lesson_url = self.lessons[step % len(self.lessons)]
                page = self.call("GET", lesson_url, expect=200)
                if self.post(f"/fr/learning/lessons/{lesson_id}/done/", page, {}):
                    with self.stats.lock:
                        self.stats.done.setdefault(self.username, set()).add(lesson_id)
                if step % 4 == 3 and self.quizzes:
                    self.quiz(*self.quizzes[(step // 4) % len(self.quizzes)])
                step += 1
        except TimeoutError:
            return

    def quiz(self, quiz_id, url):
        page = self.call("GET", url, expect=200)
        if page is None:
            return
        data = dict(HIDDEN.findall(page.text))
        for name, value in CHOICE.findall(page.text):
            data.setdefault(name, value)  # the first choice of each question
        if self.post(f"/fr/learning/quizzes/{quiz_id}/submit/", page, data):
            with self.stats.lock:
                self.stats.attempts[(self.username, quiz_id)] += 1


def wait_until(predicate, *, timeout, message):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"bench/load.py: timed out waiting for {message}")
        time.sleep(0.2)


def answers(url):
    try:
        return requests.get(url, timeout=2).status_code == 200
    except requests.RequestException:
        return False


def consistency(stats):
    """(problems, counts): what the database holds against what the learners were told."""
    from django.contrib.auth import get_user_model
    from django_tasks_db.models import DBTaskResult

    from courses.models import LessonCompletion, LessonPage, QuizAttempt, QuizPage
    from tracking.models import Statement

    problems = []
    users = {
        user.username: user
        for user in get_user_model().objects.filter(
            username__in=list(stats.done) + [name for name, _quiz in stats.attempts]
        )
    }
    keys = dict(LessonPage.objects.values_list("pk", "translation_key"))
    quiz_keys = dict(QuizPage.objects.values_list("pk", "translation_key"))
    completions = statements = attempts = 0
    for name, lesson_ids in stats.done.items():
        user = users[name]
        rows = set(LessonCompletion.objects.filter(user=user).values_list("lesson_key", flat=True))
        actor = Statement.objects.filter(
            actor_name=str(user.xapi_actor.name), verb__endswith="/completed"
        )
        for lesson_id in lesson_ids:
            key = keys[lesson_id]
            completions += key in rows
            if key not in rows:
                problems.append(f"{name}: lesson {lesson_id} done without its completion row")
            count = actor.filter(object_iri__endswith=str(key)).count()
            statements += count
            if count != 1:
                problems.append(f"{name}: lesson {lesson_id} has {count} completed statement(s)")
    for (name, quiz_id), submitted in stats.attempts.items():
        user = users[name]
        recorded = QuizAttempt.objects.filter(user=user, quiz_id=quiz_id).count()
        attempts += recorded
        results = Statement.objects.filter(
            actor_name=str(user.xapi_actor.name),
            verb__regex=r"/(passed|failed)$",
            object_iri__endswith=str(quiz_keys[quiz_id]),
        ).count()
        if recorded != submitted or results != submitted:
            problems.append(
                f"{name}: quiz {quiz_id} submitted {submitted}x, {recorded} attempt row(s), "
                f"{results} passed/failed statement(s)"
            )
    unfinished = DBTaskResult.objects.exclude(status__in=["SUCCESSFUL"]).count()
    if unfinished:
        problems.append(f"{unfinished} background task(s) not SUCCESSFUL")
    return problems, {"completions": completions, "statements": statements, "attempts": attempts}


def percentile(samples, fraction):
    return samples[min(len(samples) - 1, int(len(samples) * fraction))]


def main():
    args = arguments()
    # Stopped from outside (timeout, Ctrl+C): the finally clause below still stops the servers.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    base = f"http://127.0.0.1:{args.port}"
    assert LOOPBACK.match(urllib.parse.urlparse(base).hostname or "")
    tmp = Path(tempfile.mkdtemp(prefix="tremplin-load-"))
    env = environment(args, tmp)
    os.environ.update(env)
    os.environ["STATIC_ROOT"] = str(tmp / "static")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    database_recreate(args.database_url)
    import django

    django.setup()
    built = time.perf_counter()
    names, lessons, quizzes = content_build(args.learners)
    print(
        f"stack: PostgreSQL, Redis, gunicorn {args.workers}x{args.threads} threads, db_worker; "
        f"{len(lessons)} lessons, {len(quizzes)} quizzes, {len(names)} learners "
        f"(built in {time.perf_counter() - built:.0f} s)"
    )

    py = sys.executable
    child_env = {**os.environ, **env}
    processes = [
        subprocess.Popen(  # noqa: S603 - our own command lines
            [
                py,
                "-m",
                "gunicorn",
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{args.port}",
                "--workers",
                str(args.workers),
                "--threads",
                str(args.threads),
                "--worker-class",
                "gthread",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=child_env,
            start_new_session=True,
        ),
        subprocess.Popen(  # noqa: S603
            [py, "manage.py", "db_worker", "--queue-name", "*", "--no-reload", "-v", "0"],
            cwd=ROOT,
            env=child_env,
            start_new_session=True,
        ),
    ]
    try:
        wait_until(lambda: answers(base + "/fr/"), timeout=120, message="gunicorn")
        for _url in [base + url for _id, url in lessons[:3]]:
            answers(_url)  # warm each worker's first import
        stats = Stats()
        budget = threading.BoundedSemaphore(args.max_requests)
        deadline = time.monotonic() + args.seconds
        learners = [
            Learner(
                base=base,
                username=name,
                lessons=lessons[index % 7 :] + lessons[: index % 7],
                quizzes=quizzes,
                stats=stats,
                deadline=deadline,
                budget=budget,
            )
            for index, name in enumerate(names)
        ]
        started = time.perf_counter()
        for learner in learners:
            learner.start()
        for learner in learners:
            learner.join(timeout=args.seconds + 60)
        elapsed = time.perf_counter() - started
        load = os.getloadavg()
        from django_tasks_db.models import DBTaskResult

        wait_until(
            lambda: not DBTaskResult.objects.filter(status__in=["READY", "RUNNING"]).exists(),
            timeout=300,
            message="the background tasks",
        )
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=60)

    samples = sorted(stats.samples)
    problems, counts = consistency(stats)
    errors = sum(stats.errors.values())
    print(f"{len(samples)} requests in {elapsed:.1f} s: {len(samples) / elapsed:.0f} requests/s")
    print(
        f"latency ms: p50 {percentile(samples, 0.50):.0f}, p95 {percentile(samples, 0.95):.0f}, "
        f"p99 {percentile(samples, 0.99):.0f}, mean {statistics.fmean(samples):.0f}, "
        f"max {samples[-1]:.0f}"
    )
    print(
        f"errors: {errors}"
        + "".join(f"\n  {n} x {what}" for what, n in stats.errors.most_common(8))
    )
    print(
        f"lessons marked done: {counts['completions']} completion rows, {counts['statements']} "
        f"completed statements; quiz attempts: {counts['attempts']}"
    )
    print("nothing lost, nothing duplicated" if not problems else f"{len(problems)} problem(s):")
    for problem in problems[:20]:
        print(f"  {problem}")
    print(f"load average at the end of the load: {' '.join(f'{x:.2f}' for x in load)}")
    if errors or problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
