"""The versions under which pages cache what the courses app shows (the mechanism:
common/cache.py).

- The outline of a course changes only when an editor publishes, unpublishes, moves or deletes
  one of its pages, or changes a view restriction: it is cached under a version per course
  (and one for every course) that handlers.py drops then (outline_cache_expire). Every learner
  and visitor shares it. Any of those changes also drops the version under which each page's
  course is cached (tree_version).
- What a learner has done changes only through their own enrolments, completions and attempts:
  pages read it from the cache under a version per learner that handlers.py drops on any write
  of those rows (learner_cache_expire). Services, which decide, always read the database.
"""

from wagtail.models import Page

from common import cache as versioned

from ..models import CoursePage

OUTLINE_VERSION_KEY = "courses:outline-version:{}"
OUTLINE_VERSION_ALL = OUTLINE_VERSION_KEY.format("all")
TREE_VERSION_KEY = "courses:tree-version"
LEARNER_VERSION_KEY = "courses:learner-version:{}"
LEARNER_VERSION_SECONDS = 24 * 3600


def learner_cache_expire(*, user_id):
    """Forget what pages cached of this learner's enrolments and progress."""
    versioned.versions_expire([LEARNER_VERSION_KEY.format(user_id)])


def learner_key(user, *parts):
    """A cache key for what pages keep of `user`, under the learner's current version."""
    version = versioned.version_get(
        LEARNER_VERSION_KEY.format(user.pk), timeout=LEARNER_VERSION_SECONDS
    )
    return ":".join(["courses:learner", str(user.pk), version, *parts])


def tree_version():
    return versioned.version_get(TREE_VERSION_KEY)


def outline_keys(courses):
    """{course pk: cache key of its outline}, made of the current versions (one cache read)."""
    version_keys = [OUTLINE_VERSION_ALL, *(OUTLINE_VERSION_KEY.format(c.pk) for c in courses)]
    versions = versioned.versions_get(version_keys)
    every = versions[OUTLINE_VERSION_ALL]
    return {
        course.pk: (
            f"courses:outline:{course.translation_key}:{course.locale_id}:"
            f"{versions[OUTLINE_VERSION_KEY.format(course.pk)]}:{every}"
        )
        for course in courses
    }


def outline_cache_expire(*, page=None):
    """Forget the cached outline of the course `page` is or is in (no page: of every course),
    and the course of every page."""
    if page is None:
        versioned.versions_expire([OUTLINE_VERSION_ALL, TREE_VERSION_KEY])
        return
    step = Page.steplen
    ancestors = [page.path[:end] for end in range(step, len(page.path) + 1, step)]
    courses = list(CoursePage.objects.filter(path__in=ancestors).values_list("pk", flat=True))
    if page.pk in courses:  # a course changed: so did the courses it is a prerequisite of
        courses += CoursePage.prerequisites.through.objects.filter(
            to_coursepage=page.pk
        ).values_list("from_coursepage", flat=True)
    versioned.versions_expire(
        [TREE_VERSION_KEY, *(OUTLINE_VERSION_KEY.format(pk) for pk in courses)]
    )
