"""Background tasks of the tracking app (django-tasks): thin wrappers over services."""

from django_tasks import task

from . import services


@task()
def statements_forward_task():
    """Forward the due pending statements to the LRS (queued after a commit that wrote some,
    unless one is already waiting: see services/scheduling.py)."""
    services.forward_task_started()
    return services.statements_forward().as_dict()
