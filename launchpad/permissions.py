"""The launchpad's permission policy: who may read or change a project (docs/launchpad.md,
"Who sees a project"). Every project view and export goes through it.

Today a project is its members' only: each member reads and edits everything, nobody else sees
that it exists (404, not 403). The cohorts app will add read access for the support workers of
a cohort a project is shared with, here and nowhere else.
"""

from django.http import Http404

from .models import Project


def projects_visible(user):
    if not user.is_authenticated:
        return Project.objects.none()
    return Project.objects.filter(members__user=user)


def project_for(user, public_id):
    """The project `public_id` if `user` may see it (and so edit it), else Http404."""
    project = projects_visible(user).filter(public_id=public_id).first()
    if project is None:
        raise Http404
    return project
