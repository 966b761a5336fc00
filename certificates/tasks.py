"""Background tasks (django-tasks): thin wrappers over services."""

from django.contrib.auth import get_user_model
from django_tasks import task
from wagtail.models import Page

from . import services
from .models import Certificate


@task()
def certificates_issue_for_completion(*, user_id, page_id):
    user = get_user_model().objects.filter(pk=user_id).first()
    page = Page.objects.filter(pk=page_id).first()
    if user is None or page is None:
        return []
    return [str(c.pk) for c in services.certificates_issue_for_completion(user=user, page=page)]


@task()
def certificate_render_pdf(*, certificate_id):
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:
        services.certificate_pdf_render(certificate=certificate)
