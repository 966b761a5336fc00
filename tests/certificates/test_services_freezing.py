"""A certificate as issued never changes: later edits to the course, the rule, the issuer or
the learner's profile leave the record, the credential and the PDF bytes as they were."""

from wagtail.models import Site

from accounts.services import user_update_profile
from certificates.models import Certificate, IssuerSettings
from courses import services as course_services

from .pdfs import read_pdf


def snapshot(certificate):
    certificate = Certificate.objects.get(pk=certificate.pk)
    fields = {
        f.name: getattr(certificate, f.name)
        for f in Certificate._meta.concrete_fields
        if f.name != "pdf"
    }
    return fields, read_pdf(certificate)


def test_later_edits_change_nothing_issued(certificate, course, rule, user, client):
    before, pdf_before = snapshot(certificate)
    page_before = client.get(f"/verify/{certificate.formatted_code}/").content
    json_before = client.get(f"/verify/{certificate.formatted_code}.json").json()

    course_services.page_ensure(
        parent=course.get_parent(),
        page_class=type(course),
        slug=course.slug,
        fields={"title": "Titre changé"},
    )
    rule.title_fr = "Autre intitulé"
    rule.description_fr = "Autre description"
    rule.hours = 99
    rule.validity_months = 1
    rule.save()
    issuer = IssuerSettings.for_site(Site.objects.get(is_default_site=True))
    issuer.organisation_name = "Nouvel organisme"
    issuer.signatory_name = "Quelqu'un d'autre"
    issuer.save()
    user_update_profile(user=user, display_name="Nom changé", email="autre@example.org")

    after, pdf_after = snapshot(certificate)
    assert after == before
    assert pdf_after == pdf_before
    assert client.get(f"/verify/{certificate.formatted_code}.json").json() == json_before
    page_after = client.get(f"/verify/{certificate.formatted_code}/").content
    assert b"Nom chang" not in page_after and b"Nouvel organisme" not in page_after
    assert page_after.count(b"L\xc3\xa9a Martin") == page_before.count(b"L\xc3\xa9a Martin")


def test_issuer_settings_are_copied_at_issuance(rule, user):
    from certificates.services import certificate_issue

    issuer = IssuerSettings.for_site(Site.objects.get(is_default_site=True))
    issuer.organisation_name = "La Fabrique ESS"
    issuer.signatory_name = "Camille Dupont"
    issuer.signatory_role = "Directrice"
    issuer.save()
    certificate, _ = certificate_issue(rule=rule, holder=user)
    assert certificate.issuer_name == "La Fabrique ESS"
    assert certificate.signatory_name == "Camille Dupont"
    assert certificate.signatory_role == "Directrice"


def test_later_profile_and_framework_changes_leave_the_competencies_as_issued(
    competent_certificate,
    mapped_course,
    catalogue,
    items,
    levels,
    user,
    client,
    django_capture_on_commit_callbacks,
):
    """The learner reaches higher levels, the framework is renamed and the course is mapped
    differently: the competencies on the certificate, its credential and PDF stay as issued."""
    from competencies.api import learner_competency_levels

    from .competency_fixtures import assessing_course
    from .factories import course_complete

    certificate = competent_certificate
    before, pdf_before = snapshot(certificate)
    json_before = client.get(f"/verify/{certificate.formatted_code}.json").json()
    assert [c["level_fr"] for c in before["competencies"][:2]] == ["Pratiquer", "Pratiquer"]

    with django_capture_on_commit_callbacks(execute=True):
        course_complete(user, assessing_course(catalogue, items["A1"], levels["4"]))
    assert {level.competency_code: level.level_code for level in learner_competency_levels(user)}[
        "A1"
    ] == "4"
    items["A2"].title_fr = "Intitulé changé"
    items["A2"].save()
    framework = items["A1"].framework
    framework.name_fr = "Référentiel renommé"
    framework.save()
    course_services.page_competencies_set(page=mapped_course, mappings=[(items["E1"], levels["3"])])

    after, pdf_after = snapshot(certificate)
    assert after == before
    assert pdf_after == pdf_before
    assert client.get(f"/verify/{certificate.formatted_code}.json").json() == json_before
