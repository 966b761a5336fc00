"""Competencies on the certificate: the snapshot frozen at issuance (what the certified course
or path develops, intersected with the learner's profile), the credential's alignments, the
rule's optional minimum levels and their re-evaluation when a level is reached."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from certificates import credentials, services
from certificates.models import Certificate, CertificateRuleCompetency
from competencies import api as competencies
from courses import services as course_services
from tests.courses.factories import path_create, quiz_of

from .competency_fixtures import assessing_course
from .factories import course_complete, rule_create

IMPACTS_CODES = ["A1", "A2", "A3", "A4", "A6", "B1", "F1", "F2"]


def complete(user, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        course_complete(user, course)


def minimum_add(rule, competency, level):
    row = CertificateRuleCompetency(rule=rule, competency=competency, level=level)
    row.full_clean()
    row.save()
    return row


def test_snapshot_lists_what_the_course_develops_at_the_levels_reached(
    mapped_course, other_course, items, levels, user, django_capture_on_commit_callbacks
):
    rule = rule_create(mapped_course)
    # Reached elsewhere first: on the profile, but not what this course develops.
    complete(user, other_course, django_capture_on_commit_callbacks)
    complete(user, mapped_course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(rule=rule, holder=user)
    assert [c["code"] for c in certificate.competencies] == IMPACTS_CODES
    a1 = certificate.competencies[0]
    profile = {
        level.competency_code: level for level in competencies.learner_competency_levels(user)
    }
    assert a1 == {
        "code": "A1",
        "title_fr": items["A1"].title_fr,
        "title_en": items["A1"].title_en,
        "level_code": "2",
        "level_position": 2,
        "level_fr": "Pratiquer",
        "level_en": "Practise",
        "framework_fr": "Compétences du numérique responsable",
        "framework_en": "Responsible digital competencies",
        "framework_identifier": "urn:tremplin:referentiel:numerique-responsable",
        "framework_version": "1.0",
        "case_uri": f"urn:uuid:{items['A1'].uuid}",
        "reached_at": credentials.iso(profile["A1"].reached_at),
    }
    assert a1["title_en"] and a1["title_en"] != a1["title_fr"]
    a6 = next(c for c in certificate.competencies if c["code"] == "A6")
    assert (a6["level_fr"], a6["level_en"], a6["level_position"]) == ("Découvrir", "Discover", 1)
    # The learner's higher level counts, not the course's mapping level.
    assert not {"A5", "B2", "B3"} & {c["code"] for c in certificate.competencies}


def test_snapshot_keeps_the_level_reached_above_the_course_mapping(
    catalogue, mapped_course, items, levels, user, django_capture_on_commit_callbacks
):
    complete(
        user,
        assessing_course(catalogue, items["A3"], levels["4"]),
        django_capture_on_commit_callbacks,
    )
    rule = rule_create(mapped_course)
    complete(user, mapped_course, django_capture_on_commit_callbacks)
    a3 = next(c for c in Certificate.objects.get(rule=rule).competencies if c["code"] == "A3")
    assert (a3["level_fr"], a3["level_en"]) == ("Transmettre", "Pass on")


def test_snapshot_does_not_depend_on_the_active_language(mapped_course, user):
    course_complete(user, mapped_course)
    rule = rule_create(mapped_course)
    with translation.override("en"):
        certificate, _ = services.certificate_issue(rule=rule, holder=user)
    a1 = certificate.competencies[0]
    assert (a1["code"], a1["level_fr"], a1["level_en"]) == ("A1", "Pratiquer", "Practise")
    assert certificate.competencies[0]["framework_fr"] == "Compétences du numérique responsable"


def test_path_snapshot_covers_the_competencies_of_its_courses(
    catalogue, mapped_course, other_course, user, django_capture_on_commit_callbacks
):
    path = path_create(catalogue, [mapped_course, other_course])
    rule = rule_create(path, title_fr="Parcours", title_en="Path")
    course_services.enrolment_create(user=user, page=path)
    complete(user, mapped_course, django_capture_on_commit_callbacks)
    complete(user, other_course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(rule=rule, holder=user)
    codes = [c["code"] for c in certificate.competencies]
    assert set(codes) == set(IMPACTS_CODES) | {"A5", "B2", "B3", "B4", "B5", "B6", "F3", "F5"}
    assert codes == sorted(codes, key=lambda code: (code[0], int(code[1:])))  # framework order


def test_a_course_without_mapping_or_a_learner_without_levels_attests_none(
    mapped_course, course, user
):
    assert services.certificate_issue(rule=rule_create(course), holder=user)[0].competencies == []
    # Manual issuance before any level is reached: nothing to attest.
    certificate, _ = services.certificate_issue_manual(
        rule=rule_create(mapped_course), holder=user, reason="Jury"
    )
    assert certificate.competencies == []


def test_alignments_point_at_the_case_items(mapped_course, items, user):
    course_complete(user, mapped_course)
    certificate, _ = services.certificate_issue(rule=rule_create(mapped_course), holder=user)
    credential = json.loads(certificate.credential_json)
    alignments = credential["credentialSubject"]["achievement"]["alignment"]
    assert [a["targetCode"] for a in alignments] == IMPACTS_CODES
    assert alignments[0] == {
        "type": ["Alignment"],
        "targetName": items["A1"].title_fr,
        "targetUrl": f"urn:uuid:{items['A1'].uuid}",
        "targetCode": "A1",
        "targetFramework": "Compétences du numérique responsable",
        "targetDescription": "Niveau atteint : Pratiquer",
        "targetType": "CFItem",
    }
    assert credentials.verify(credential).valid
    tampered = json.loads(certificate.credential_json)
    tampered["credentialSubject"]["achievement"]["alignment"][0]["targetDescription"] = (
        "Niveau atteint : Transmettre"
    )
    assert not credentials.verify(tampered).valid


def test_a_framework_without_case_items_aligns_to_the_verification_page(
    catalogue, moodle_framework, user, django_capture_on_commit_callbacks
):
    item = moodle_framework.items.get()
    expert = moodle_framework.levels.get(code="expert")
    course = assessing_course(catalogue, item, expert)
    rule = rule_create(course)
    complete(user, course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(rule=rule)
    assert certificate.competencies[0]["case_uri"] == ""
    [alignment] = json.loads(certificate.credential_json)["credentialSubject"]["achievement"][
        "alignment"
    ]
    assert alignment["targetUrl"] == credentials.verification_url(certificate.code)
    assert "targetType" not in alignment
    assert alignment["targetFramework"] == "Référentiel interne"
    assert credentials.verify(json.loads(certificate.credential_json)).valid


# Minimum competency levels on the rule.


def test_a_minimum_level_met_at_completion_issues(
    mapped_course, items, levels, user, django_capture_on_commit_callbacks
):
    rule = rule_create(mapped_course)
    minimum_add(rule, items["A1"], levels["2"])
    complete(user, mapped_course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(rule=rule, holder=user)
    assert "Pratiquer" in certificate.criteria_fr and "Practise" in certificate.criteria_en
    assert "A1" in certificate.criteria_fr


def test_a_minimum_level_not_met_withholds_the_certificate_until_reached(
    catalogue, mapped_course, items, levels, user, django_capture_on_commit_callbacks
):
    """Completing the course takes A1 to Pratiquer only: no certificate. Reaching Maîtriser
    later (a quiz elsewhere assesses it) sends competency_proficient: the rule is evaluated
    again and the certificate issued, with the level reached then."""
    rule = rule_create(mapped_course)
    minimum_add(rule, items["A1"], levels["3"])
    complete(user, mapped_course, django_capture_on_commit_callbacks)
    assert not Certificate.objects.filter(rule=rule).exists()
    assert services.minimum_levels_missing(rule=rule, holder=user) == [(items["A1"], levels["3"])]
    complete(
        user,
        assessing_course(catalogue, items["A1"], levels["3"]),
        django_capture_on_commit_callbacks,
    )
    certificate = Certificate.objects.get(rule=rule, holder=user)
    a1 = next(c for c in certificate.competencies if c["code"] == "A1")
    assert (a1["level_fr"], a1["level_position"]) == ("Maîtriser", 3)
    assert certificate.pdf_sha256  # the same task: signed and rendered


def test_a_level_reached_without_completion_issues_nothing(
    catalogue, mapped_course, items, levels, user, django_capture_on_commit_callbacks
):
    rule = rule_create(mapped_course)
    minimum_add(rule, items["A1"], levels["3"])
    complete(
        user,
        assessing_course(catalogue, items["A1"], levels["3"]),
        django_capture_on_commit_callbacks,
    )
    assert not Certificate.objects.filter(rule=rule).exists()
    # Then completing the course meets both conditions at once.
    complete(user, mapped_course, django_capture_on_commit_callbacks)
    assert Certificate.objects.filter(rule=rule, holder=user).count() == 1


def test_a_required_competency_the_course_does_not_map_is_attested(
    catalogue, mapped_course, items, levels, user, django_capture_on_commit_callbacks
):
    rule = rule_create(mapped_course)
    minimum_add(rule, items["C1"], levels["2"])
    complete(user, mapped_course, django_capture_on_commit_callbacks)
    assert not Certificate.objects.filter(rule=rule).exists()
    complete(
        user,
        assessing_course(catalogue, items["C1"], levels["2"]),
        django_capture_on_commit_callbacks,
    )
    codes = [c["code"] for c in Certificate.objects.get(rule=rule).competencies]
    assert "C1" in codes and "A1" in codes


def test_the_signal_path_is_idempotent_and_ignores_other_rules(
    catalogue, mapped_course, items, levels, user, django_capture_on_commit_callbacks
):
    rule = rule_create(mapped_course)
    minimum_add(rule, items["A1"], levels["2"])
    complete(user, mapped_course, django_capture_on_commit_callbacks)
    assert Certificate.objects.filter(rule=rule).count() == 1
    # Another level rising re-evaluates nothing already issued.
    with django_capture_on_commit_callbacks(execute=True):
        pages = services.competency_certificates_enqueue(user=user, competency=items["A1"])
    assert pages == []
    assert Certificate.objects.filter(rule=rule).count() == 1
    # A competency no rule requires enqueues nothing.
    assert services.competency_certificates_enqueue(user=user, competency=items["E1"]) == []


def test_a_manual_issuance_ignores_minimum_levels(mapped_course, items, levels, user):
    rule = rule_create(mapped_course)
    minimum_add(rule, items["A1"], levels["4"])
    certificate, created = services.certificate_issue_manual(rule=rule, holder=user, reason="VAE")
    assert created


def test_a_minimum_level_must_belong_to_the_competency_framework(
    mapped_course, items, moodle_framework
):
    rule = rule_create(mapped_course)
    with pytest.raises(ValidationError) as excinfo:
        minimum_add(rule, items["A1"], moodle_framework.levels.get(code="base"))
    assert "level" in excinfo.value.message_dict


def test_content_competencies_include_assessing_quizzes_only(catalogue, items, levels):
    """What a course develops: its course mappings and what its quizzes assess; a quiz that
    only "develops" a competency does not make it the course's."""
    from courses import api as courses_api

    course = assessing_course(catalogue, items["D1"], levels["2"])
    course_services.page_competencies_set(
        page=quiz_of(course),
        mappings=[(items["D1"], levels["2"], "assesses"), (items["E6"], levels["1"], "develops")],
    )
    assert courses_api.content_competency_ids(page=course) == {items["D1"].pk}
