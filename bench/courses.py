"""Courses: lesson, course and quiz pages for an enrolled learner next to a bare Wagtail page,
query counts with 3 and 30 lessons, the dashboard with 30 enrolments, lesson page weight.

Run: .venv/bin/python bench/courses.py (own throwaway SQLite database under a temp dir).
"""

try:
    from bench import common
except ModuleNotFoundError:  # run as a script: python bench/courses.py
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench import common

REQUESTS, WARMUP = 50, 10
BODY = [
    ("heading", "Cinq étapes, de la mine à la fin de vie"),
    ("rich_text", "<p>Le numérique repose sur des objets bien réels.</p>" * 6),
    (
        "callout",
        {
            "kind": "key_figure",
            "title": "La fabrication pèse le plus lourd",
            "text": "Environ 78 % de l'empreinte carbone du numérique en France.",
            "source": "ADEME et Arcep, 2022",
            "source_url": "https://www.arcep.fr/",
        },
    ),
]


def build_course(catalogue, slug, lessons, modules=3):
    from courses import services
    from courses.models import CoursePage, LessonPage, ModulePage

    course = services.page_ensure(
        parent=catalogue,
        page_class=CoursePage,
        slug=slug,
        fields={"title": f"Cours {slug}", "summary": "Banc d'essai.", "theme": "impacts"},
    )
    module_pages = [
        services.page_ensure(
            parent=course, page_class=ModulePage, slug=f"m{m}", fields={"title": f"Module {m}"}
        )
        for m in range(modules)
    ]
    for index in range(lessons):
        services.page_ensure(
            parent=module_pages[index % modules],
            page_class=LessonPage,
            slug=f"l{index}",
            fields={"title": f"Leçon {index}", "body": BODY},
        )
    return course


def build_site():
    from wagtail.models import Page

    from accounts.services import user_create
    from config.demo.content import demo_content
    from config.demo.courses import enrol_demo_learner, load_curriculum
    from config.services import home_page_ensure
    from courses import services
    from courses.models import CatalogueIndexPage, LessonPage

    home = home_page_ensure(data=demo_content().site["home"])
    bare = home.add_child(instance=Page(title="Page Wagtail nue", slug="bench-bare"))
    path = load_curriculum(home=home, log=lambda text: None)
    learner = user_create(username="bench", email="bench@example.org", password="bench-pass-42")
    enrol_demo_learner(learner)
    catalogue = CatalogueIndexPage.objects.get(locale__language_code="fr")
    small = build_course(catalogue, "petit", 3)
    large = build_course(catalogue, "grand", 30)
    for course in (small, large):
        services.enrolment_create(user=learner, page=course)
        for lesson in LessonPage.objects.descendant_of(course).order_by("path")[:2]:
            services.lesson_complete(user=learner, lesson=lesson)
    busy = user_create(username="busy", email="busy@example.org", password="bench-pass-42")
    for n in range(30):
        course = build_course(catalogue, f"inscrit-{n}", 2, modules=1)
        services.enrolment_create(user=busy, page=course)
        lesson = LessonPage.objects.descendant_of(course).first()
        services.lesson_complete(user=busy, lesson=lesson)
    return {
        "bare": bare,
        "path": path,
        "learner": learner,
        "busy": busy,
        "small": small,
        "large": large,
    }


def main():
    common.setup_django()
    from django.test import Client

    from courses.models import LessonPage

    site = build_site()
    first_course = site["path"].path_courses.order_by("sort_order").first().course
    demo_lesson = LessonPage.objects.live().descendant_of(first_course).order_by("path")[1]
    client = Client()
    client.force_login(site["learner"])
    urls = {
        "bare Wagtail page": site["bare"].url,
        "lesson page (demo)": demo_lesson.url,
        "course page (demo)": first_course.url,
    }
    times = common.timed_gets(client, urls, n=REQUESTS, warmup=WARMUP)
    bare = times["bare Wagtail page"]["p50"]

    print(
        f"Courses pages for an enrolled learner ({REQUESTS} requests each, taken in turn, "
        f"after {WARMUP} warm-up)"
    )
    for label, result in times.items():
        common.line(f"{label} p50 / p90", f"{result['p50']:.2f} / {result['p90']:.2f}", " ms")
    common.ratio_line("ratio lesson / bare (p50)", times["lesson page (demo)"]["p50"] / bare, 2)
    common.ratio_line("ratio course / bare (p50)", times["course page (demo)"]["p50"] / bare, 2)
    # The first view of a lesson in a visit also writes its `experienced` statement; reloads
    # within TREMPLIN_XAPI_EXPERIENCED_WINDOW do not. Window 0: every view writes one.
    from django.test import override_settings

    with override_settings(TREMPLIN_XAPI_EXPERIENCED_WINDOW=0):
        recorded = common.timed_gets(
            client,
            {"bare": urls["bare Wagtail page"], "lesson": demo_lesson.url},
            n=REQUESTS,
            warmup=WARMUP,
        )
    first_view = recorded["lesson"]["p50"]
    common.line(
        "lesson page, first view of a visit p50, ratio",
        f"{first_view:.2f} ms, {first_view / recorded['bare']['p50']:.2f} (writes `experienced`)",
    )
    visitor = Client()
    print("The same pages for an anonymous visitor (for information)")
    anonymous = common.timed_gets(visitor, urls, n=REQUESTS, warmup=WARMUP)
    for label in ("lesson page (demo)", "course page (demo)"):
        p50 = anonymous[label]["p50"]
        ratio = p50 / anonymous["bare Wagtail page"]["p50"]
        common.line(f"{label} p50, ratio to bare", f"{p50:.2f} ms, {ratio:.2f}")
        common.line(f"{label} SQL queries", common.query_count(visitor, urls[label]))

    def first_lesson(course):
        return LessonPage.objects.descendant_of(course).order_by("path")[1].url

    print("SQL queries (must not grow with the course)")
    common.line("bare Wagtail page", common.query_count(client, site["bare"].url))
    for name in ("small", "large"):
        size = 3 if name == "small" else 30
        common.line(
            f"lesson page, course of {size} lessons",
            common.query_count(client, first_lesson(site[name])),
        )
        common.line(
            f"course page, course of {size} lessons", common.query_count(client, site[name].url)
        )
    busy = Client()
    busy.force_login(site["busy"])
    common.line("dashboard, 30 enrolments", common.query_count(busy, "/fr/learning/dashboard/"))
    common.line(
        "dashboard, demo learner (1 path)", common.query_count(client, "/fr/learning/dashboard/")
    )
    dashboard = common.timed_get(busy, "/fr/learning/dashboard/", n=REQUESTS, warmup=WARMUP)
    common.line("dashboard, 30 enrolments p50", f"{dashboard['p50']:.2f}", " ms")

    weight, external = common.page_weight(client, demo_lesson.url)
    print("Lesson page weight (demo lesson)")
    common.line(
        "weight HTML + CSS + JS",
        f"{weight['html']} + {weight['css']} + {weight['js']} = {weight['total']}",
        " bytes",
    )
    common.ratio_line("weight (KB, uncompressed)", weight["total"] / 1024, 40)
    common.line("requests leaving the site", len(external))
    return {"times": times, "weight": weight, "external": external}


if __name__ == "__main__":
    main()
