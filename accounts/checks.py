from django.conf import settings
from django.core.checks import Error, Tags, register
from django.core.exceptions import ImproperlyConfigured


@register(Tags.security, deploy=True)
def demo_accounts_absent_check(app_configs, **kwargs):
    if settings.DEBUG:
        return []
    from .services import demo_accounts_refuse

    try:
        demo_accounts_refuse()
    except ImproperlyConfigured as exc:
        return [Error(str(exc), id="accounts.E001")]
    return []
