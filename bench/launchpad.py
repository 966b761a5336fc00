"""Launchpad: the project workspace and its plan with 7 steps x 20 tasks, the diagnostic result
(the plan page) of 40 questions whose options carry 300 effects, each next to a bare Wagtail
page of the same site (target: p50 <= 2 x); the "Mon plan de projet" PDF next to a bare
WeasyPrint render of a trivial HTML (target: p50 <= 1.3 x), and, to tell our share from
WeasyPrint's, next to a bare render of the same HTML (no tags, no PDF/UA, no template).

Run: .venv/bin/python bench/launchpad.py (own throwaway SQLite database).
"""

import statistics
import time

try:
    from bench.common import line, query_count, ratio_line, setup_django, timed_gets
except ModuleNotFoundError:  # run as a script: python bench/launchpad.py
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.common import line, query_count, ratio_line, setup_django, timed_gets

STEPS, TASKS = 7, 20
QUESTIONS, OPTIONS, EFFECTS = 40, 5, 300
REQUESTS, WARMUP = 50, 10
RENDERS = 30
PAGE_TARGET, PDF_TARGET = 2, 1.3


def build(home):
    from accounts.services import user_create
    from launchpad import selectors, services
    from launchpad.choices import NeedCategory
    from launchpad.services import specifications
    from tests.launchpad.factories import FundingSchemeFactory, pack_create

    pack = pack_create(home, steps=STEPS, tasks=TASKS, slug="lancer-bench")
    steps = selectors.pack_steps(pack=pack)
    needs = NeedCategory.values
    questions, effects = [], 0
    for q in range(QUESTIONS):
        options = []
        for o in range(OPTIONS):
            # 300 effects over 200 options: every other option carries two.
            count = 2 if (q * OPTIONS + o) % 2 == 0 else 1
            option = {"id": f"o{o}", "label": f"Réponse {o}", "priority_steps": [], "needs": []}
            for e in range(count):
                if e == 0:
                    option["priority_steps"].append(steps[(q + o) % STEPS].page)
                else:
                    option["needs"].append(needs[(q + o) % len(needs)])
                effects += 1
            options.append(option)
        kind = "multiple" if q % 4 == 0 else "single"
        questions.append(
            {"id": f"q{q}", "text": f"Question {q} ?", "kind": kind, "options": options}
        )
    assert effects == EFFECTS, effects
    services.diagnostic_set(pack=pack, questions=questions)
    pack.refresh_from_db()
    for number in range(12):
        FundingSchemeFactory(needs=[needs[number % len(needs)]])
    founder = user_create(
        username="fondatrice", email="f@example.org", password="x-42-bench-x",
        display_name="Awa Diallo",
    )  # fmt: skip
    project = services.project_create(
        actor=founder, pack_key=pack.translation_key, name="Ressourcerie", stage="study",
        departement="35", legal_form_chosen="association",
    )  # fmt: skip
    answers = {
        question["id"]: ["o0", "o1"] if question["kind"] == "multiple" else ["o2"]
        for question in questions
    }
    services.diagnostic_submit(actor=founder, project=project, pack=pack, answers=answers)
    for index, step in enumerate(steps):
        services.project_step_save(
            actor=None,
            project=project,
            step=step,
            version=0,
            status="in_progress" if index % 2 else "done",
            ticks=step.task_keys[: TASKS // 2],
            notes="Rencontré la mairie.\n\nÀ revoir en janvier.",
            decisions="Nous gardons l'association.",
        )
    for number in range(3):
        specifications.specification_create(
            actor=founder, project=project, title=f"Outil {number}", functions="Agenda\nCarte"
        )
    return pack, founder, project


def _p50_renders(functions, n=RENDERS):
    """p50 (ms) of each function, called in turn so the machine's load weighs on all alike."""
    for function in functions.values():
        for _ in range(3):
            function()
    samples = {label: [] for label in functions}
    for _ in range(n):
        for label, function in functions.items():
            start = time.perf_counter()
            function()
            samples[label].append((time.perf_counter() - start) * 1000)
    return {label: statistics.median(values) for label, values in samples.items()}


def main():
    setup_django()
    from django.test import Client
    from django.utils import translation
    from weasyprint import HTML

    from bench.home import build_site
    from common import pdf
    from launchpad.services import documents

    home, _bare = build_site()
    pack, founder, project = build(home)
    client = Client()
    client.force_login(founder)
    key = project.public_id
    urls = {
        "workspace": f"/fr/launchpad/projects/{key}/",
        "plan": f"/fr/launchpad/projects/{key}/plan/",
        "bare": "/fr/bench-bare/",
    }
    queries = {label: query_count(client, url) for label, url in urls.items()}
    times = timed_gets(client, urls, n=REQUESTS, warmup=WARMUP)

    with translation.override("fr"):
        html = documents.plan_html(project=project, pack=pack)
        css = documents._css()
        fetcher = pdf.sans_fetcher()
        stylesheet = pdf.stylesheet(css, fetcher=fetcher)
        pdf_url = f"/fr/launchpad/projects/{key}/plan/pdf/"
        pages = len(__import__("pypdf").PdfReader(__import__("io").BytesIO(
            client.get(pdf_url).content)).pages)  # fmt: skip
        renders = _p50_renders(
            {
                "plan": lambda: client.get(pdf_url),
                "trivial": lambda: HTML(string="<p>Bonjour</p>").write_pdf(),
                "same_html": lambda: HTML(string=html, url_fetcher=fetcher).write_pdf(
                    stylesheets=[stylesheet], font_config=pdf.font_config()
                ),
            }
        )
    size = len(client.get(pdf_url).content)

    print(f"Launchpad: {STEPS} steps x {TASKS} tasks, {QUESTIONS} questions x {EFFECTS} effects")
    line(
        "SQL queries workspace / plan / bare",
        f"{queries['workspace']} / {queries['plan']} / {queries['bare']}",
    )
    for label, name in (("workspace", "project workspace"), ("plan", "plan (diagnostic result)")):
        t = times[label]
        line(f"{name} p50 / p90", f"{t['p50']:.2f} / {t['p90']:.2f}", " ms")
    bare = times["bare"]
    line("bare Wagtail page p50 / p90", f"{bare['p50']:.2f} / {bare['p90']:.2f}", " ms")
    ratio_line("ratio workspace / bare (p50)", times["workspace"]["p50"] / bare["p50"], PAGE_TARGET)
    ratio_line("ratio plan page / bare (p50)", times["plan"]["p50"] / bare["p50"], PAGE_TARGET)
    line("plan PDF: pages, bytes", f"{pages}, {size}")
    line("plan PDF download p50", f"{renders['plan']:.1f}", " ms")
    line("bare WeasyPrint render, trivial HTML p50", f"{renders['trivial']:.1f}", " ms")
    line("bare WeasyPrint render, same HTML p50", f"{renders['same_html']:.1f}", " ms")
    ratio_line(
        "ratio plan PDF / trivial render (p50)", renders["plan"] / renders["trivial"], PDF_TARGET
    )
    # The certificates' convention (bench/certificates.py): our render next to a bare render of
    # the same HTML, which tells what our part (template, tags, PDF/UA, fonts) costs.
    ratio_line(
        "ratio plan PDF / same HTML bare (p50)", renders["plan"] / renders["same_html"], PDF_TARGET
    )
    return {"times": times, "queries": queries, "renders": renders}


if __name__ == "__main__":
    main()
