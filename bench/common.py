"""Shared tools of the benchmarks: a throwaway database, timed requests, page weight.

Benchmarks print figures; they never fail a build. Each compares a Tremplin page with a
baseline measured in the same run, so the ratio means something on any machine.
"""

import os
import re
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def setup_django():
    """Configure Django on a fresh SQLite file in a temp dir and migrate it."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    tmp = tempfile.mkdtemp(prefix="tremplin-bench-")
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    warnings.filterwarnings("ignore", "No directory at")  # STATIC_ROOT unused here
    import django

    django.setup()
    from django.core.management import call_command

    # No setup_test_environment(): it makes every template render send a signal that copies the
    # whole context for the test client, a cost a production server never pays.
    call_command("migrate", verbosity=0, interactive=False)
    return tmp


def timed_get(client, url, n=200, warmup=20):
    """p50 and p90 server time (ms) of n GETs, through the whole Django stack in-process."""
    for _ in range(warmup):
        client.get(url)
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    samples.sort()
    return {"p50": statistics.median(samples), "p90": samples[int(n * 0.9) - 1]}


def timed_gets(client, urls, n=200, warmup=20):
    """{label: p50/p90} for several URLs measured in turn, request by request, so that a change
    of the machine's load weighs on each of them alike (their ratios stay meaningful). A URL may
    be a (client, url) pair, to request it as another user."""
    requests = {
        label: target if isinstance(target, tuple) else (client, target)
        for label, target in urls.items()
    }
    for _ in range(warmup):
        for each, url in requests.values():
            each.get(url)
    samples = {label: [] for label in urls}
    for _ in range(n):
        for label, (each, url) in requests.items():
            start = time.perf_counter()
            response = each.get(url)
            samples[label].append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code)
    result = {}
    for label, values in samples.items():
        values.sort()
        result[label] = {"p50": statistics.median(values), "p90": values[int(n * 0.9) - 1]}
    return result


def query_count(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    return len(ctx.captured_queries)


# What a browser loads by itself: src of any element, href of <link>. Hyperlinks (<a href>) are
# followed only when the reader chooses to, so they are not requests of the page.
URL_ATTR = re.compile(
    r"""<(?:[a-z]+[^>]*?\ssrc|link[^>]*?\shref)\s*=\s*["']([^"']+)["']""", re.IGNORECASE
)
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)""")


def page_weight(client, url):
    """Bytes of HTML + linked CSS + JS (uncompressed), and every resource URL that leaves the
    site."""
    from django.contrib.staticfiles import finders

    html = client.get(url).content
    text = html.decode()
    total = {"html": len(html), "css": 0, "js": 0}
    external = []
    for link in URL_ATTR.findall(text):
        if link.startswith(("http://", "https://", "//")):
            external.append(link)
        elif link.startswith("/static/") and link.endswith((".css", ".js")):
            path = finders.find(link.removeprefix("/static/"))
            data = Path(path).read_bytes()
            total["css" if link.endswith(".css") else "js"] += len(data)
            external += [
                u
                for u in CSS_URL.findall(data.decode())
                if u.startswith(("http://", "https://", "//"))
            ]
    total["total"] = total["html"] + total["css"] + total["js"]
    return total, external


def line(label, value, unit=""):
    print(f"  {label:<46} {value}{unit}")


def ratio_line(label, value, target, better="lower"):
    ok = value <= target if better == "lower" else value >= target
    verdict = "within target" if ok else "OUTSIDE TARGET"
    sign = "<=" if better == "lower" else ">="
    print(f"  {label:<46} {value:.2f}  (target {sign} {target}: {verdict})")
