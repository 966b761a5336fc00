from competencies.models import Competency, GlossaryTerm, JobProfile, JobProfileRequirement
from config.demo.content import demo_content


def test_demo_competencies_load_twice_without_duplicates(db):
    from config.demo.competencies import load_competencies

    lines = []
    first = load_competencies(log=lines.append)
    counts = (Competency.objects.count(), JobProfileRequirement.objects.count(),
              GlossaryTerm.objects.count())  # fmt: skip
    second = load_competencies(log=lines.append)
    assert second["framework"].pk == first["framework"].pk
    assert counts == (Competency.objects.count(), JobProfileRequirement.objects.count(),
                      GlossaryTerm.objects.count())  # fmt: skip
    content = demo_content()
    areas = content.framework["areas"]
    assert Competency.objects.areas().count() == len(areas)
    assert Competency.objects.competencies().count() == sum(len(a["competencies"]) for a in areas)
    assert JobProfile.objects.count() == len(content.job_profiles) >= 5
    assert GlossaryTerm.objects.count() == len(content.glossary) >= 40
    threshold = first["framework"].levels.get(is_proficient_threshold=True)
    first_proficient = next(lv for lv in content.framework["levels"] if lv["proficient"])
    assert threshold.code == first_proficient["code"]
    term = GlossaryTerm.objects.get(slug=content.glossary[0]["slug"])
    assert set(term.related_terms.values_list("slug", flat=True)) == set(
        content.glossary[0]["related"]
    )
