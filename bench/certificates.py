"""Certificates: PDF render per certificate next to bare WeasyPrint renders of the same HTML,
signing, 500 issuances in a row (time, and whether resident memory stays flat), verification
page / JSON and PDF-upload check p50.

Files are stored as in production (FileSystemStorage, in a temporary MEDIA_ROOT), not in the
test settings' InMemoryStorage, which would keep every PDF in memory.

`python bench/certificates.py --tracemalloc` also traces Python allocations from issuance 200
to 500 and prints where they grew. Tracing makes issuance about 30 times slower (half an hour)
and its bookkeeping counts in resident memory: times and the flat verdict mean nothing then.
"""

import gc
import os
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc

try:
    from bench.common import line, setup_django, timed_get
except ModuleNotFoundError:  # run as a script: python bench/certificates.py
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.common import line, setup_django, timed_get

ISSUANCES = 500
RSS_EVERY = 100
# The first issuances warm caches that are bounded but fill for a while (fonts, templates,
# JSON-LD contexts, SQLite's page cache, the tracking app's xAPI actors): memory is judged from
# issuance 200 on. 3 MB over 300 issuances is 10 KB each; before the fixes it grew 11-13 MB there
# (and 42 MB from 100 to 500 with the in-memory storage).
FLAT_FROM = 200
FLAT_BOUND_MB = 3.0
RENDER_TARGET_MS = 150
RATIO_TARGET = 1.3


def _p50(samples):
    return statistics.median(samples)


def _load():
    return " / ".join(f"{value:.2f}" for value in os.getloadavg())


def _verdict(ok):
    return "within target" if ok else "OUTSIDE TARGET"


def build():
    from django.conf import settings

    from accounts.services import user_create
    from certificates.keys import private_key_generate_pem
    from certificates.models import CertificateRule
    from config.demo.curriculum.path import HOME
    from config.services import home_page_ensure
    from tests.courses.factories import catalogue_create, course_create

    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY = private_key_generate_pem()
    home = home_page_ensure(data=HOME)
    course = course_create(catalogue_create(home), lessons=1, modules=1, title="Sobriété")
    rule = CertificateRule(
        page=course,
        title_fr="Référent·e numérique responsable",
        title_en="Responsible digital lead",
        description_fr="Sait mesurer et réduire l'empreinte du numérique d'une structure.",
        description_en="Can measure and reduce an organisation's digital footprint.",
        hours=12,
        validity_months=24,
    )
    rule.full_clean()
    rule.save()
    users = [
        user_create(
            username=f"b{i}",
            email=f"b{i}@example.org",
            password="x-bench-42-solide",
            display_name=f"Apprenant·e n°{i}",
        )
        for i in range(ISSUANCES + 1)
    ]
    return rule, users


def bench_render(certificate, n=60):
    from django.template.loader import render_to_string
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    from certificates.conf import FONTS_DIR
    from certificates.pdf import certificate_html, render_certificate_pdf, url_fetcher

    html = certificate_html(certificate)
    css = render_to_string(
        "certificates/pdf/certificate.css",
        {
            "font_regular": (FONTS_DIR / "DejaVuSans-certificate.ttf").as_uri(),
            "font_bold": (FONTS_DIR / "DejaVuSans-Bold-certificate.ttf").as_uri(),
        },
    )
    font_config = FontConfiguration()
    stylesheet = CSS(string=css, font_config=font_config, url_fetcher=url_fetcher)

    def bare_render():
        # The same HTML, CSS and fonts with WeasyPrint's defaults: no PDF/A, no tags, no
        # attachment, no template or QR code to make.
        return HTML(string=html, url_fetcher=url_fetcher).write_pdf(
            stylesheets=[stylesheet], font_config=font_config
        )

    def naive_render():
        # Without a FontConfiguration WeasyPrint ignores @font-face: the system's full DejaVu
        # Sans, subset at each render.
        return HTML(string=html).write_pdf(stylesheets=[CSS(string=css)])

    for _ in range(3):
        render_certificate_pdf(certificate)
        bare_render()
    naive_render()
    ours, bare, naive = [], [], []
    for index in range(n):
        start = time.perf_counter()
        render_certificate_pdf(certificate)
        ours.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        bare_render()
        bare.append((time.perf_counter() - start) * 1000)
        if index % 3 == 0:
            start = time.perf_counter()
            naive_render()
            naive.append((time.perf_counter() - start) * 1000)
    tracemalloc.start()
    size = len(render_certificate_pdf(certificate))
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "ours": _p50(ours),
        "bare": _p50(bare),
        "naive": _p50(naive),
        "peak": peak,
        "size": size,
    }


def bench_sign(certificate, n=40):
    """Signing alone: RDFC-1.0 canonicalisation of the proof options and of the credential,
    then Ed25519."""
    from django.utils import timezone

    from certificates import credentials, keys

    unsigned = credentials.credential_build(
        certificate=certificate, identity="b0@example.org", identity_type="emailAddress", salt="0"
    )
    private_key, key = keys.signing_key_current()
    now = timezone.now()
    credentials.sign(unsigned, private_key=private_key, kid=key.kid, created=now)
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        credentials.sign(unsigned, private_key=private_key, kid=key.kid, created=now)
        samples.append((time.perf_counter() - start) * 1000)
    return _p50(samples)


def bench_issue_many(rule, user_ids, trace=False):
    """Each learner read afresh, as the issuance task does: a User kept from one issuance to
    the next would hold its cached xAPI actor and look like a leak."""
    from django.contrib.auth import get_user_model

    from certificates import services

    users = get_user_model().objects

    samples, rss, objects, snapshots = [], {}, {}, {}

    def measure(count):
        gc.collect()
        rss[count] = _rss()
        objects[count] = len(gc.get_objects())
        if trace and count == FLAT_FROM:
            # Traced from here on only: what is still allocated at the end is the growth.
            tracemalloc.start(10)
        if trace and count in (FLAT_FROM, ISSUANCES):
            snapshots[count] = tracemalloc.take_snapshot()

    measure(0)
    for index, pk in enumerate(user_ids, start=1):
        start = time.perf_counter()
        # ImmediateBackend renders the PDF after commit, inside this call.
        services.certificate_issue(rule=rule, holder=users.get(pk=pk))
        samples.append((time.perf_counter() - start) * 1000)
        if index % RSS_EVERY == 0:
            measure(index)
    total = sum(samples) / 1000  # without the measurements between issuances
    if trace:
        tracemalloc.stop()
    return {
        "total": total,
        "p50": _p50(samples),
        "rss": rss,
        "objects": objects,
        "snaps": snapshots,
    }


def _rss():
    """Resident memory now (bytes), from /proc."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def bench_upload(client, pdf, n=50):
    from django.core.files.uploadedfile import SimpleUploadedFile

    samples = []
    for _ in range(n):
        upload = SimpleUploadedFile("c.pdf", pdf, "application/pdf")
        start = time.perf_counter()
        response = client.post("/verify/", {"pdf": upload})
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    return _p50(samples)


def _print_growth(snapshots):
    print(f"  tracemalloc: where Python memory grew from issuance {FLAT_FROM} to {ISSUANCES}")
    diff = snapshots[ISSUANCES].compare_to(snapshots[FLAT_FROM], "traceback")
    for stat in diff[:5]:
        frame = stat.traceback[-1]
        print(f"    {stat.size_diff / 1024:+8.1f} KB {stat.count_diff:+6d} blocks  {frame}")


def main():
    trace = "--tracemalloc" in sys.argv
    setup_django()
    from django.conf import settings
    from django.db import connection
    from django.test import Client, override_settings

    from certificates.models import Certificate
    from tests.certificates.pdfs import edited_metadata

    load_start = _load()
    media = tempfile.mkdtemp(prefix="tremplin-bench-media-")
    storages = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "private": {
            "BACKEND": "common.storage.PrivateFileSystemStorage",
            "OPTIONS": {"location": f"{media}-private"},
        },
    }
    with override_settings(STORAGES=storages, MEDIA_ROOT=media):
        # What production runs: no debug, so no SQL query log growing with every issuance.
        assert not settings.DEBUG and not connection.queries_logged
        settings.TREMPLIN_CERTIFICATES_RATE_LIMIT = (10**9, 60)
        rule, users = build()
        user_ids = [user.pk for user in users[:ISSUANCES]]
        del users
        issued = bench_issue_many(rule, user_ids, trace=trace)
        certificate = Certificate.objects.filter(pdf_sha256__gt="").first()
        assert certificate.pdf.storage.__class__.__name__ == "PrivateFileSystemStorage"
        render = bench_render(certificate)
        sign = bench_sign(certificate)
        client = Client()
        page = timed_get(client, f"/verify/{certificate.formatted_code}/", n=100)
        as_json = timed_get(client, f"/verify/{certificate.formatted_code}.json", n=100)
        with certificate.pdf.open("rb") as handle:
            pdf = handle.read()
        upload_authentic = bench_upload(client, pdf)
        upload_altered = bench_upload(client, edited_metadata(pdf))
        query_log = connection.queries_logged
    shutil.rmtree(media)
    shutil.rmtree(f"{media}-private", ignore_errors=True)  # 500 PDFs

    rss, objects = issued["rss"], issued["objects"]
    growth = (rss[ISSUANCES] - rss[FLAT_FROM]) / 1e6
    flat = growth < FLAT_BOUND_MB
    print("Certificates")
    line("machine load (1/5/15 min), start / end", f"{load_start}  /  {_load()}")
    line("storage, DEBUG, SQL query log", f"FileSystemStorage, {settings.DEBUG}, {query_log}")
    line("PDF render p50 (Tremplin)", f"{render['ours']:.1f}", " ms")
    line(
        f"  against the target (< {RENDER_TARGET_MS} ms)",
        _verdict(render["ours"] < RENDER_TARGET_MS),
    )
    line("bare WeasyPrint p50, same HTML + CSS + fonts", f"{render['bare']:.1f}", " ms")
    ratio = render["ours"] / render["bare"]
    line(
        "ratio Tremplin / bare",
        f"{ratio:.2f}",
        f"  (target <= {RATIO_TARGET}: {_verdict(ratio <= RATIO_TARGET)})",
    )
    line("naive WeasyPrint p50, system DejaVu, subset", f"{render['naive']:.1f}", " ms")
    line("PDF render peak Python memory (tracemalloc)", f"{render['peak'] / 1e6:.1f}", " MB")
    line("PDF size", f"{render['size'] / 1024:.1f}", " KB")
    line("signing p50 (RDFC-1.0 x 2 + Ed25519)", f"{sign:.1f}", " ms")
    line(f"{ISSUANCES} issuances in a row (sign + statement + PDF)", f"{issued['total']:.1f}", " s")
    line("issuance p50", f"{issued['p50']:.1f}", " ms")
    line(
        f"resident memory at issuance 0/{RSS_EVERY}/.../{ISSUANCES} (MB)",
        " / ".join(f"{rss[count] / 1e6:.1f}" for count in sorted(rss)),
    )
    line(
        "live Python objects (gc) at the same points",
        " / ".join(f"{objects[count] // 1000}k" for count in sorted(objects)),
    )
    if trace:
        verdict = "not judged (tracemalloc's bookkeeping is resident too)"
    elif flat:
        verdict = f"flat (under {FLAT_BOUND_MB:.0f} MB)"
    else:
        verdict = f"NOT FLAT (>= {FLAT_BOUND_MB:.0f} MB)"
    line(
        f"  growth from issuance {FLAT_FROM} to {ISSUANCES}",
        f"{growth:+.1f} MB ({growth * 1000 / (ISSUANCES - FLAT_FROM):+.1f} KB per issuance): "
        + verdict,
    )
    if trace:
        _print_growth(issued["snaps"])
    line("verification page p50 / p90", f"{page['p50']:.2f} / {page['p90']:.2f}", " ms")
    line("verification JSON p50 / p90", f"{as_json['p50']:.2f} / {as_json['p90']:.2f}", " ms")
    line("PDF upload check p50 (authentic, hash hit)", f"{upload_authentic:.1f}", " ms")
    line("PDF upload check p50 (altered: parse + verify)", f"{upload_altered:.1f}", " ms")
    return {"render": render["ours"], "bare": render["bare"], "growth_mb": growth}


if __name__ == "__main__":
    main()
