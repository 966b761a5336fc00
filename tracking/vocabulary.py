"""The xAPI vocabulary Tremplin uses (docs/tracking.md has the same table)."""

from enum import StrEnum

from . import conf

ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/"
CMI5_PROGRESS = "https://w3id.org/xapi/cmi5/result/extensions/progress"
CMI_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
PLATFORM = "Tremplin"


class Verb(StrEnum):
    REGISTERED = ADL_VERBS + "registered"  # enrolment in a course or a path
    EXPERIENCED = ADL_VERBS + "experienced"  # lesson viewed
    COMPLETED = ADL_VERBS + "completed"  # lesson, course, path
    ANSWERED = ADL_VERBS + "answered"  # one quiz question
    PASSED = ADL_VERBS + "passed"  # quiz, with its score
    FAILED = ADL_VERBS + "failed"  # quiz, with its score
    PROGRESSED = ADL_VERBS + "progressed"  # course progress, cmi5 progress extension
    MASTERED = ADL_VERBS + "mastered"  # a competency level became proficient
    # ADL has no verb for receiving a credential; this one is in the xAPI registry. For the
    # certificates app, once it issues certificates (object: the certificate's activity).
    EARNED = "http://id.tincanapi.com/verb/earned"
    # ADL has no verb for taking a document away either; the xAPI registry's "downloaded" says
    # it (the launchpad: a project's plan or a specification exported as PDF or ODT).
    DOWNLOADED = "http://id.tincanapi.com/verb/downloaded"

    @property
    def display(self):
        return {"en-US": self.rsplit("/", 1)[1]}


class ActivityType(StrEnum):
    """The `type` segment of our activity IRIs, mapped to an xAPI activity type IRI."""

    PATH = "path"
    COURSE = "course"
    MODULE = "module"
    LESSON = "lesson"
    ASSESSMENT = "assessment"
    QUESTION = "question"
    COMPETENCY = "competency"
    CERTIFICATE = "certificate"
    LAUNCH_STEP = "launch-step"
    LAUNCH_TASK = "launch-task"
    LAUNCH_DIAGNOSTIC = "launch-diagnostic"
    LAUNCH_PLAN = "launch-plan"
    LAUNCH_SPECIFICATION = "launch-specification"

    @property
    def iri(self):
        if self in _OWN_TYPES:
            return activity_type_iri(self)
        return ADL_ACTIVITIES + self.value


# ADL defines no type for a learning path (an ordered series of courses) nor for a competency
# level or a certificate: these types are ours, under the site's base URL, and their IRIs answer
# a JSON description (tracking.views.activity_type_detail).
_OWN_TYPES = {
    ActivityType.PATH,
    ActivityType.COMPETENCY,
    ActivityType.CERTIFICATE,
    ActivityType.LAUNCH_STEP,
    ActivityType.LAUNCH_TASK,
    ActivityType.LAUNCH_DIAGNOSTIC,
    ActivityType.LAUNCH_PLAN,
    ActivityType.LAUNCH_SPECIFICATION,
}
OWN_TYPE_DESCRIPTIONS = {
    ActivityType.PATH: {
        "fr": "Parcours d'apprentissage : une suite ordonnée de cours.",
        "en-US": "Learning path: an ordered series of courses.",
    },
    ActivityType.COMPETENCY: {
        "fr": "Niveau de maîtrise d'une compétence d'un référentiel.",
        "en-US": "A proficiency level of a competency in a framework.",
    },
    ActivityType.CERTIFICATE: {
        "fr": "Certificat délivré par Tremplin.",
        "en-US": "A certificate issued by Tremplin.",
    },
    ActivityType.LAUNCH_STEP: {
        "fr": "Étape du parcours « Lancer mon projet ESS ».",
        "en-US": "A stage of the 'Launch my ESS project' pack.",
    },
    ActivityType.LAUNCH_TASK: {
        "fr": "Tâche de la liste d'une étape de « Lancer mon projet ESS ».",
        "en-US": "A checklist task of a stage of the 'Launch my ESS project' pack.",
    },
    ActivityType.LAUNCH_DIAGNOSTIC: {
        "fr": "Diagnostic des besoins de « Lancer mon projet ESS ».",
        "en-US": "The needs diagnostic of the 'Launch my ESS project' pack.",
    },
    ActivityType.LAUNCH_PLAN: {
        "fr": "Le plan de projet « Lancer mon projet ESS » (document PDF).",
        "en-US": "The project plan of the 'Launch my ESS project' pack (a PDF document).",
    },
    ActivityType.LAUNCH_SPECIFICATION: {
        "fr": "Un cahier des charges d'outil numérique rédigé dans « Lancer mon projet ESS ».",
        "en-US": "A digital tool's specification written in the 'Launch my ESS project' pack.",
    },
}


def activity_type_iri(kind):
    return f"{conf.base_url()}/xapi/activity-types/{ActivityType(kind).value}"


def activity_iri(kind, key):
    """Stable across languages and renames: the content's translation key, not its slug."""
    return f"{conf.base_url()}/xapi/activities/{ActivityType(kind).value}/{key}"
