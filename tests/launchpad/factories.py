"""Packs built the way an editor would, through launchpad.services."""

import datetime
import itertools

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from accounts.services import user_create
from launchpad import services
from launchpad.models import FundingScheme

from ..courses.factories import lesson_body

_counter = itertools.count(1)


PASSWORD = "x-Y-z-123456"


def person_create(username, *, password=PASSWORD):
    """A plain account (name@example.org) for a test's founders, members and outsiders."""
    return user_create(username=username, email=f"{username}@example.org", password=password)


def document_create(title="Canevas"):
    document = get_document_model()(title=title)
    document.file.save(f"{title.lower()}.csv", ContentFile(b"Besoin;Priorit\xc3\xa9\n"), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def pack_create(home, *, steps=3, tasks=4, links=(), documents=(), slug=None):
    """A published pack of `steps` steps, each with `tasks` tasks, `links` (lesson or course
    pages) and a template per document of `documents`."""
    number = next(_counter)
    pack = services.pack_ensure(
        parent=home,
        slug=slug or f"lancer-{number}",
        fields={"title": f"Lancer mon projet {number}", "hero": "De l'idée au lancement."},
    )
    for index in range(1, steps + 1):
        step_create(pack, index, tasks=tasks, links=links, documents=documents)
    return pack


def step_create(pack, index, *, tasks=4, links=(), documents=()):
    return services.step_ensure(
        pack=pack,
        slug=f"etape-{index}",
        fields={
            "title": f"Étape {index}",
            "goals": "Comprendre\nDécider",
            "estimated_minutes": 30,
            "body": lesson_body(f"Texte de l'étape {index}"),
        },
        tasks=[
            {"key": f"tache-{t}", "label": f"Tâche {t}", "help_text": "Précision."}
            for t in range(1, tasks + 1)
        ],
        templates=[
            {"document": document, "label": f"Modèle {document.title}"} for document in documents
        ],
        links=links,
    )


class FundingSchemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FundingScheme

    slug = factory.Sequence(lambda n: f"dispositif-{n}")
    name_fr = factory.Sequence(lambda n: f"Dispositif {n:03d}")
    name_en = factory.Sequence(lambda n: f"Scheme {n:03d}")
    funder = "Financeur solidaire"
    kind = FundingScheme.Kind.GRANT
    description_fr = "Une subvention pour les projets de l'ESS."
    description_en = "A grant for social economy projects."
    url = "https://example.org/dispositif"
    rolling = True
    checked_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=10))
