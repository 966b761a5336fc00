"""The pack's page types: where they go, what they hold, how a translation keeps the task keys
and the activity id (WagtailPageTestCase helpers)."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase

from config.models import HomePage
from config.services import home_page_ensure
from courses.models import CatalogueIndexPage, LessonPage
from launchpad import api, services
from launchpad.models import LaunchpadPage, LaunchStepPage, LaunchStepTask
from tests.conftest import HOME_DATA

from .factories import pack_create


class LaunchpadPageTypesTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = home_page_ensure(data=HOME_DATA)
        cls.pack = pack_create(cls.home, steps=2, tasks=3)

    def test_the_pack_sits_below_the_home_page_and_holds_steps_only(self):
        self.assertCanCreateAt(HomePage, LaunchpadPage)
        self.assertAllowedSubpageTypes(LaunchpadPage, {LaunchStepPage})
        self.assertAllowedParentPageTypes(LaunchStepPage, {LaunchpadPage})
        self.assertCanNotCreateAt(CatalogueIndexPage, LaunchpadPage)
        self.assertCanNotCreateAt(HomePage, LaunchStepPage)
        self.assertAllowedSubpageTypes(LaunchStepPage, set())

    def _admin(self):
        from accounts.services import user_create

        admin = user_create(
            username="admin", email="admin@example.org", password="un-mot-de-passe-solide-42"
        )
        admin.is_staff = admin.is_superuser = True
        admin.save()
        return admin

    def test_pages_render_edit_and_preview(self):
        step = LaunchStepPage.objects.child_of(self.pack).first()
        admin = self._admin()
        # Wagtail's assertPageIsEditable logs in through the first authentication backend,
        # django-axes' one, which keeps no session: the edit view is fetched here instead.
        self.client.force_login(admin)
        for page in (self.pack, step):
            self.assertPageIsRenderable(page)
            edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
            assert edit.status_code == 200
            assert page.make_preview_request().status_code == 200

    def test_a_step_can_be_created_in_the_admin_with_its_checklist(self):
        self.client.force_login(self._admin())
        data = {
            "title": "Nouvelle étape",
            "slug": "nouvelle-etape",
            "goals": "Décider",
            "estimated_minutes": "45",
            "body-count": "0",
            "tasks-TOTAL_FORMS": "1",
            "tasks-INITIAL_FORMS": "0",
            "tasks-MIN_NUM_FORMS": "0",
            "tasks-MAX_NUM_FORMS": "1000",
            "tasks-0-key": "ecrire-le-besoin",
            "tasks-0-label": "Écrire le besoin",
            "tasks-0-help_text": "",
            "tasks-0-ORDER": "1",
            "tasks-0-DELETE": "",
            "tasks-0-id": "",
        }
        for name in ("templates", "links", "competency_mappings"):
            data.update(
                {
                    f"{name}-TOTAL_FORMS": "0",
                    f"{name}-INITIAL_FORMS": "0",
                    f"{name}-MIN_NUM_FORMS": "0",
                    f"{name}-MAX_NUM_FORMS": "1000",
                }
            )
        self.assertCanCreate(self.pack, LaunchStepPage, data)
        step = LaunchStepPage.objects.get(slug="nouvelle-etape")
        assert list(step.tasks.values_list("key", "label")) == [
            ("ecrire-le-besoin", "Écrire le besoin")
        ]


@pytest.mark.django_db
def test_two_tasks_of_a_step_cannot_share_a_key(pack):
    step = LaunchStepPage.objects.child_of(pack).first()
    with pytest.raises(ValidationError, match="même clé"):
        services.step_rows_set(
            step=step,
            tasks=[{"key": "meme", "label": "Une"}, {"key": "meme", "label": "Deux"}],
        )


@pytest.mark.django_db
def test_a_new_task_gets_a_key_of_its_own():
    first, second = LaunchStepTask(label="Une"), LaunchStepTask(label="Deux")
    assert first.key.startswith("t-") and first.key != second.key


@pytest.mark.django_db
def test_a_link_points_at_a_lesson_or_a_course_only(pack, home_page):
    step = LaunchStepPage.objects.child_of(pack).first()
    with pytest.raises(ValidationError):
        services.step_rows_set(step=step, links=[Page.objects.get(pk=home_page.pk)])


@pytest.mark.django_db
def test_a_translation_keeps_the_task_keys_and_the_activity_id(pack):
    Locale.objects.get_or_create(language_code="en")
    step = LaunchStepPage.objects.child_of(pack).first()
    services.page_translation_ensure(page=pack, language_code="en", fields={"title": "Launch"})
    english = services.page_translation_ensure(
        page=step, language_code="en", fields={"title": "Stage 1"}
    )
    assert english.translation_key == step.translation_key
    assert api.step_task_keys(step=english) == api.step_task_keys(step=step)
    assert api.step_task_keys(step=step) == ["tache-1", "tache-2", "tache-3", "tache-4"]
    assert api.step_activity_iri(english) == api.step_activity_iri(step)
    assert api.step_activity_iri(step).endswith(
        f"/xapi/activities/launch-step/{step.translation_key}"
    )
    assert api.task_activity_iri(step, "tache-1").endswith(
        f"/xapi/activities/launch-task/{step.translation_key}/tache-1"
    )
    activity = api.step_activity(step)
    assert activity.names == {"fr": step.title, "en": "Stage 1"}
    assert activity.iri == api.step_activity_iri(step)


@pytest.mark.django_db
def test_rewording_a_task_keeps_its_row_and_key(pack):
    step = LaunchStepPage.objects.child_of(pack).first()
    before = dict(LaunchStepTask.objects.filter(page=step).values_list("key", "pk"))
    services.step_rows_set(
        step=step,
        tasks=[
            {"key": "tache-2", "label": "Deuxième tâche, reformulée"},
            {"key": "tache-1", "label": "Tâche 1"},
            {"key": "nouvelle", "label": "Une nouvelle tâche"},
        ],
    )
    rows = list(
        LaunchStepTask.objects.filter(page=step)
        .order_by("sort_order")
        .values_list("key", "pk", "label")
    )
    assert [key for key, _pk, _label in rows] == ["tache-2", "tache-1", "nouvelle"]
    assert rows[0][1] == before["tache-2"] and rows[1][1] == before["tache-1"]
    assert rows[0][2] == "Deuxième tâche, reformulée"
    assert "nouvelle" not in before


@pytest.mark.django_db
def test_the_body_takes_the_lesson_blocks(pack):
    step = LaunchStepPage.objects.child_of(pack).first()
    assert [block.block_type for block in step.body] == ["heading", "rich_text", "callout"]
    assert set(step.body.stream_block.child_blocks) == set(
        LessonPage._meta.get_field("body").stream_block.child_blocks
    )


@pytest.mark.django_db
def test_a_preview_shows_the_rows_being_edited(pack):
    step = LaunchStepPage.objects.child_of(pack).first()
    step.tasks = [LaunchStepTask(key="pas-encore", label="Une tâche pas encore enregistrée")]
    html = step.make_preview_request().content.decode()
    assert "Une tâche pas encore enregistrée" in html
    assert "Tâche 1" not in html  # the saved checklist is not the one being edited


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["launch-step", "launch-task"])
def test_the_activity_types_of_the_pack_describe_themselves(client, kind):
    response = client.get(f"/xapi/activity-types/{kind}")
    assert response.status_code == 200
    assert "Lancer mon projet ESS" in response.json()["description"]["fr"]
