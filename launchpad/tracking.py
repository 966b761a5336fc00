"""The launchpad's pages described for tracking.api, following courses/tracking.py: a step's
activity is keyed by its page's translation_key, so its French and English versions are one
activity; a checklist task by its step's key and its own stable key. The statements themselves
(step status changed, task done...) are recorded by the services of the project workspace."""

from wagtail.models import Page

from tracking import api as tracking


def step_activity_key(step):
    return str(step.translation_key)


def task_activity_key(step, task_key):
    return f"{step.translation_key}/{task_key}"


def step_activity_iri(step):
    """`{base}/xapi/activities/launch-step/<translation_key>`: the same in every language."""
    return tracking.activity_iri(tracking.ActivityType.LAUNCH_STEP, step_activity_key(step))


def task_activity_iri(step, task_key):
    """`{base}/xapi/activities/launch-task/<step translation_key>/<task key>`."""
    return tracking.activity_iri(
        tracking.ActivityType.LAUNCH_TASK, task_activity_key(step, task_key)
    )


def _names(step):
    """The step's title in each of its languages (one query)."""
    return dict(
        Page.objects.filter(translation_key=step.translation_key).values_list(
            "locale__language_code", "title"
        )
    )


def step_activity(step):
    """The tracking.Activity of a step, named in every language it is published in."""
    return tracking.Activity(
        type=tracking.ActivityType.LAUNCH_STEP, key=step_activity_key(step), names=_names(step)
    )


def task_activity(step, task):
    """The tracking.Activity of a checklist task (`task`: a LaunchStepTask), named in the
    step's language."""
    return tracking.Activity(
        type=tracking.ActivityType.LAUNCH_TASK,
        key=task_activity_key(step, task.key),
        names={step.locale.language_code: task.label},
    )


def diagnostic_activity(pack):
    """The tracking.Activity of a pack's diagnostic (`…/launch-diagnostic/<translation_key>`)."""
    names = dict(
        Page.objects.filter(translation_key=pack.translation_key).values_list(
            "locale__language_code", "title"
        )
    )
    return tracking.Activity(
        type=tracking.ActivityType.LAUNCH_DIAGNOSTIC,
        key=str(pack.translation_key),
        names={language: f"Diagnostic — {title}" for language, title in names.items()},
    )


PLAN_NAMES = {"fr": "Mon plan de projet", "en": "My project plan"}


def plan_activity(pack):
    """The tracking.Activity of the plan PDF of a pack (`…/launch-plan/<pack translation_key>`):
    the same for every project, the project being the statement's registration."""
    names = dict(
        Page.objects.filter(translation_key=pack.translation_key).values_list(
            "locale__language_code", "title"
        )
    )
    return tracking.Activity(
        type=tracking.ActivityType.LAUNCH_PLAN,
        key=str(pack.translation_key),
        names={
            language: f"{PLAN_NAMES.get(language, PLAN_NAMES['fr'])} — {title}"
            for language, title in names.items()
        },
    )


def specification_activity(specification):
    """The tracking.Activity of a specification (`…/launch-specification/<its public id>`):
    its id never changes, whatever its title becomes. Its name is generic: what a team types
    stays on the platform, the LRS only learns that a specification was exported."""
    return tracking.Activity(
        type=tracking.ActivityType.LAUNCH_SPECIFICATION,
        key=str(specification.public_id),
        names={"fr": "Cahier des charges", "en": "Specification"},
    )
