"""Issue 11, item 6: right after `make run` the worker logged `update_reference_index_task …
PathCourse.DoesNotExist` about ten times, because building the demo deleted and recreated the
child rows (a translated path's copied courses, the competency mappings) that Wagtail's
reference-index tasks, queued when each row was saved, then looked for."""

import pytest
from django.apps import apps
from django_tasks import default_task_backend

from config.demo.loader import load_demo
from tests.conftest import SMALL_CONTENT

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued(settings):
    """The tasks queued, not run: as the database backend leaves them for the worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    return default_task_backend.results


def _rows_missing(results):
    missing = []
    for result in results:
        if result.task.name == "update_reference_index_task":
            app_label, model_name, pk = result.args
            if not apps.get_model(app_label, model_name).objects.filter(pk=pk).exists():
                missing.append(model_name)
    return missing


def test_every_reference_index_task_of_a_demo_load_finds_its_row(queued, settings):
    settings.DEBUG = False
    load_demo(root=SMALL_CONTENT, log=lambda line: None)
    models = [r.args[1] for r in queued if r.task.name == "update_reference_index_task"]
    assert "pathcourse" in models and "coursecompetency" in models
    assert _rows_missing(queued) == []


def test_a_second_load_updates_the_path_courses_and_mappings_in_place(queued, settings):
    from courses.models import CourseCompetency, PathCourse, QuizCompetency

    settings.DEBUG = False
    load_demo(root=SMALL_CONTENT, log=lambda line: None)
    rows = [set(model.objects.values_list("pk", flat=True))
            for model in (PathCourse, CourseCompetency, QuizCompetency)]  # fmt: skip
    load_demo(root=SMALL_CONTENT, log=lambda line: None)
    assert [set(model.objects.values_list("pk", flat=True))
            for model in (PathCourse, CourseCompetency, QuizCompetency)] == rows  # fmt: skip
    # competencies.services.job_profile_save still replaces its requirement rows (reported).
    assert [m for m in _rows_missing(queued) if m != "jobprofilerequirement"] == []


def test_the_launchpad_pack_leaves_no_reference_index_task_without_its_row(
    queued, settings, tmp_path
):
    import shutil

    from tests.launchpad.test_services_demo import PACK_CONTENT

    settings.DEBUG = False
    root = tmp_path / "content"
    shutil.copytree(SMALL_CONTENT, root)
    shutil.copytree(PACK_CONTENT / "launchpad", root / "launchpad")
    load_demo(root=root, log=lambda line: None)
    models = {r.args[1] for r in queued if r.task.name == "update_reference_index_task"}
    assert {"launchsteplink", "launchsteptemplate"} <= models
    assert _rows_missing(queued) == []
