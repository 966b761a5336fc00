"""Background tasks of the tracking app (django-tasks): thin wrappers over services."""

from django_tasks import task

from . import services


@task()
def statements_forward_task():
    """Forward the due pending statements to the LRS (enqueued after each commit that wrote
    some, and by `manage.py xapi_forward`)."""
    return services.statements_forward().as_dict()
