"""Certificate rules: set on a page, and met when a learner completes it or reaches a level
(the issuance then runs in a task)."""

from django.db import transaction

from courses import api as courses

from ..models import CertificateRule, CertificateRuleCompetency, Requirement
from .issuance import certificate_issue
from .record import minimum_levels_missing


@transaction.atomic
def certificate_rule_ensure(*, page, texts, minimums=(), hours=None, validity_months=None):
    """Create or update (found by its page) the active completion rule of `page`, with `texts`
    ({"title_fr", "title_en", "description_fr", "description_en"}) and the minimum levels
    `minimums` ([(competency, level)]; those not listed are removed). Returns the rule."""
    rule = CertificateRule.objects.filter(page=page).first() or CertificateRule(page=page)
    for name, value in texts.items():
        setattr(rule, name, value)
    rule.requirement, rule.is_active = Requirement.COMPLETION, True
    rule.hours, rule.validity_months = hours, validity_months
    rule.full_clean()
    rule.save()
    keep = []
    for order, (competency, level) in enumerate(minimums):
        row = rule.minimum_levels.filter(competency=competency).first() or (
            CertificateRuleCompetency(rule=rule, competency=competency)
        )
        row.level, row.sort_order = level, order
        row.full_clean()
        row.save()
        keep.append(row.pk)
    rule.minimum_levels.exclude(pk__in=keep).delete()
    return rule


def active_rules():
    return CertificateRule.objects.filter(is_active=True, requirement=Requirement.COMPLETION)


def rules_for_page(page):
    """Active completion rules set on this page, in any of its languages."""
    return active_rules().filter(page__translation_key=page.translation_key)


def completion_certificates_enqueue(*, user, page):
    """Called when a learner completes a path or a course: issue in a task."""
    from ..tasks import certificates_issue_for_completion

    if rules_for_page(page).exists():
        transaction.on_commit(
            lambda: certificates_issue_for_completion.enqueue(user_id=user.pk, page_id=page.pk)
        )


def certificates_issue_for_completion(*, user, page):
    """Issue the certificates of the rules on `page` that `user` meets: the page is complete
    (the caller knows it) and the rule's minimum competency levels, if any, are reached.
    A rule not met yet is evaluated again when a level rises (competency_certificates_enqueue)."""
    issued = []
    for rule in rules_for_page(page):
        if minimum_levels_missing(rule=rule, holder=user):
            continue
        certificate, _created = certificate_issue(rule=rule, holder=user)
        issued.append(certificate)
    return issued


def competency_certificates_enqueue(*, user, competency):
    """Called when a learner reaches a level: the rules that require a minimum level on this
    competency, on a path or course the learner has completed and without a certificate yet,
    are evaluated again by the same idempotent task as completions."""
    from ..tasks import certificates_issue_for_completion

    rules = (
        active_rules()
        .filter(minimum_levels__competency=competency, page__isnull=False)
        .exclude(certificates__holder=user)
        .select_related("page")
        .distinct()
    )
    pages = {}
    for rule in rules:
        enrolment = courses.enrolment_active_get(user=user, page=rule.page)
        if enrolment is not None and enrolment.completed_at is not None:
            pages[rule.page_id] = rule.page
    for page_id in pages:
        transaction.on_commit(
            lambda page_id=page_id: certificates_issue_for_completion.enqueue(
                user_id=user.pk, page_id=page_id
            )
        )
    return list(pages.values())
