"""Competency profile: "Mon profil de compétences" (profile, gap analysis against a job profile,
ranking of what closes it) for a learner with 50 completed courses against a 40-competency job
profile, next to the same learner with one course against two competencies and a bare Wagtail
page of the same site, the three requested in turn: query counts and server time (p50 / p90).

Run: .venv/bin/python bench/competency_profile.py (own throwaway SQLite database).
"""

try:
    from bench.common import line, query_count, ratio_line, setup_django, timed_gets
except ModuleNotFoundError:  # run as a script: python bench/competency_profile.py
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.common import line, query_count, ratio_line, setup_django, timed_gets

REQUESTS, WARMUP = 50, 10
URL = "/fr/learning/competencies/?job_profile={pk}"


def build_framework(identifier, areas, each):
    from competencies.formats.spec import FrameworkSpec, ItemSpec, LevelSpec
    from competencies.services import framework_apply

    items = []
    for a in range(areas):
        items.append(ItemSpec(key=f"D{a}", code=f"D{a}", kind="area", title={"fr": f"Domaine {a}"}))
        items += [
            ItemSpec(
                key=f"D{a}.{c}",
                code=f"D{a}.{c}",
                kind="competency",
                parent_key=f"D{a}",
                title={"fr": f"Compétence {a}.{c}"},
            )
            for c in range(each)
        ]
    levels = [
        LevelSpec(code=code, name={"fr": name}, proficient=code == "3")
        for code, name in [
            ("1", "Découvrir"),
            ("2", "Pratiquer"),
            ("3", "Maîtriser"),
            ("4", "Transmettre"),
        ]
    ]
    spec = FrameworkSpec(
        identifier=identifier, name={"fr": identifier}, levels=levels, items=items,
        match_items_by="code",
    )  # fmt: skip
    return framework_apply(spec=spec).framework


def build_learner(catalogue, username, framework, n_courses, slug):
    from accounts.services import user_create
    from competencies.services import job_profile_save
    from courses import services
    from courses.models import CoursePage, LessonPage, ModulePage

    competencies = list(framework.items.filter(kind="competency"))
    levels = list(framework.levels.all())
    job = job_profile_save(
        slug=slug, title={"fr": slug}, requirements=[(c, levels[2]) for c in competencies]
    )
    user = user_create(username=username, email=f"{username}@example.org", password="x-42-bench-x")
    for number in range(n_courses):
        course = services.page_ensure(
            parent=catalogue,
            page_class=CoursePage,
            slug=f"{slug}-{number}",
            fields={"title": f"Cours {slug} {number}", "summary": "Banc.", "theme": "impacts"},
        )
        module = services.page_ensure(
            parent=course, page_class=ModulePage, slug="m", fields={"title": "Module"}
        )
        lesson = services.page_ensure(
            parent=module,
            page_class=LessonPage,
            slug="l",
            fields={"title": "Leçon", "body": [("rich_text", "<p>Texte.</p>")]},
        )
        services.page_competencies_set(
            page=course,
            mappings=[
                (competencies[number % len(competencies)], levels[number % 4]),
                (competencies[(number + 7) % len(competencies)], levels[(number + 2) % 4]),
            ],
        )
        services.page_competencies_set(
            page=lesson, mappings=[(competencies[(number + 3) % len(competencies)], levels[1])]
        )
        services.enrolment_create(user=user, page=course)
        services.lesson_complete(user=user, lesson=lesson)
    return user, job


def main():
    setup_django()
    from django.test import Client

    from bench.home import build_site
    from competencies.models import CompetencyEvidence
    from courses import services
    from courses.models import CatalogueIndexPage

    home, _bare = build_site()
    catalogue = services.page_ensure(
        parent=home, page_class=CatalogueIndexPage, slug="catalogue", fields={"title": "Catalogue"}
    )
    big_user, big_job = build_learner(
        catalogue, "grand", build_framework("urn:bench:grand", 5, 8), 50, "grand"
    )
    small_user, small_job = build_learner(
        catalogue, "petit", build_framework("urn:bench:petit", 1, 2), 1, "petit"
    )
    big, small = Client(), Client()
    big.force_login(big_user)
    small.force_login(small_user)
    big_url, small_url = URL.format(pk=big_job.pk), URL.format(pk=small_job.pk)
    big_q, small_q = query_count(big, big_url), query_count(small, small_url)
    bare_q = query_count(big, "/fr/bench-bare/")
    # In turn, request by request: a change of the machine's load weighs on all three alike.
    times = timed_gets(
        big,
        {"big": big_url, "small": (small, small_url), "bare": "/fr/bench-bare/"},
        n=REQUESTS,
        warmup=WARMUP,
    )
    big_t, small_t, bare_t = times["big"], times["small"], times["bare"]

    rows = CompetencyEvidence.objects.filter(user=big_user).count()
    print("Competency profile and gap analysis (/fr/learning/competencies/)")
    line("50 completed courses, 40-competency job: evidence rows", rows)
    line("SQL queries 50 courses x 40 / 1 course x 2 / bare", f"{big_q} / {small_q} / {bare_q}")
    line("p50 / p90, 50 courses x 40", f"{big_t['p50']:.2f} / {big_t['p90']:.2f}", " ms")
    line("p50 / p90, 1 course x 2", f"{small_t['p50']:.2f} / {small_t['p90']:.2f}", " ms")
    line("bare Wagtail page p50 / p90", f"{bare_t['p50']:.2f} / {bare_t['p90']:.2f}", " ms")
    ratio_line("ratio profile (50 x 40) / bare (p50)", big_t["p50"] / bare_t["p50"], 10)
    line("query count constant", "yes" if big_q == small_q else "NO")
    return {"big": big_t, "small": small_t, "bare": bare_t, "queries": (big_q, small_q, bare_q)}


if __name__ == "__main__":
    main()
