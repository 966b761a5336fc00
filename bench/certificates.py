"""Certificates: PDF render per certificate next to a bare WeasyPrint render of the same HTML,
500 issuances in a row (time, memory), verification page / JSON and PDF-upload check p50."""

import os
import statistics
import time
import tracemalloc

try:
    from bench.common import line, ratio_line, setup_django, timed_get
except ModuleNotFoundError:  # run as a script: python bench/certificates.py
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.common import line, ratio_line, setup_django, timed_get


def _p50(samples):
    return statistics.median(samples)


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
        for i in range(501)
    ]
    return rule, users


def bench_render(certificate, n=30):
    from django.template.loader import render_to_string
    from weasyprint import CSS, HTML

    from certificates.conf import FONTS_DIR
    from certificates.pdf import certificate_html, render_certificate_pdf

    html = certificate_html(certificate)
    css = render_to_string(
        "certificates/pdf/certificate.css",
        {
            "font_regular": (FONTS_DIR / "DejaVuSans-certificate.ttf").as_uri(),
            "font_bold": (FONTS_DIR / "DejaVuSans-Bold-certificate.ttf").as_uri(),
        },
    )

    def bare_render():
        # The same HTML and CSS, WeasyPrint's defaults: fonts subset at each render, no
        # PDF/A, no tags, no attachment.
        return HTML(string=html).write_pdf(stylesheets=[CSS(string=css)])

    for _ in range(3):
        render_certificate_pdf(certificate)
        bare_render()
    ours, bare = [], []
    for _ in range(n):
        start = time.perf_counter()
        render_certificate_pdf(certificate)
        ours.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        bare_render()
        bare.append((time.perf_counter() - start) * 1000)
    tracemalloc.start()
    render_certificate_pdf(certificate)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return _p50(ours), _p50(bare), peak


def bench_issue_many(rule, users):
    from certificates import services

    samples, memory = [], []
    start_all = time.perf_counter()
    for index, user in enumerate(users):
        start = time.perf_counter()
        services.certificate_issue(rule=rule, holder=user)  # ImmediateBackend renders the PDF
        samples.append((time.perf_counter() - start) * 1000)
        if index % 100 == 99:
            memory.append(_rss())
    total = time.perf_counter() - start_all
    return total, _p50(samples), memory


def _rss():
    """Resident memory now (bytes), from /proc: tracemalloc would slow the loop down."""
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


def main():
    setup_django()
    from django.conf import settings
    from django.test import Client

    from certificates.models import Certificate
    from tests.certificates.pdfs import edited_metadata

    settings.TREMPLIN_CERTIFICATES_RATE_LIMIT = (10**9, 60)
    rule, users = build()
    total, issue_p50, memory = bench_issue_many(rule, users[:500])
    certificate = Certificate.objects.filter(pdf_sha256__gt="").first()
    ours, bare, peak = bench_render(certificate)
    client = Client()
    page = timed_get(client, f"/verify/{certificate.formatted_code}/", n=100)
    as_json = timed_get(client, f"/verify/{certificate.formatted_code}.json", n=100)
    with certificate.pdf.open("rb") as handle:
        pdf = handle.read()
    upload_authentic = bench_upload(client, pdf)
    upload_altered = bench_upload(client, edited_metadata(pdf))

    print("Certificates")
    line("PDF render p50 (Tremplin)", f"{ours:.1f}", " ms")
    ratio_line("PDF render p50 vs target (ms)", ours, 150)
    line("bare WeasyPrint render p50, same HTML + CSS", f"{bare:.1f}", " ms")
    ratio_line("ratio Tremplin / bare", ours / bare, 1.3)
    line("PDF render peak memory (tracemalloc)", f"{peak / 1e6:.1f}", " MB")
    line("PDF size", f"{len(pdf) / 1024:.1f}", " KB")
    line("500 issuances in a row (sign + PDF)", f"{total:.1f}", " s")
    line("issuance p50", f"{issue_p50:.1f}", " ms")
    line(
        "resident memory after 100/200/.../500 (MB)",
        " / ".join(f"{m / 1e6:.1f}" for m in memory),
    )
    line("verification page p50 / p90", f"{page['p50']:.2f} / {page['p90']:.2f}", " ms")
    line("verification JSON p50 / p90", f"{as_json['p50']:.2f} / {as_json['p90']:.2f}", " ms")
    line("PDF upload check p50 (authentic, hash hit)", f"{upload_authentic:.1f}", " ms")
    line("PDF upload check p50 (altered: parse + verify)", f"{upload_altered:.1f}", " ms")
    return {"render": ours, "bare": bare, "issue_total": total}


if __name__ == "__main__":
    main()
