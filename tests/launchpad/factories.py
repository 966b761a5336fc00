import datetime

import factory
from django.utils import timezone

from launchpad.models import FundingScheme


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
