from django.conf import settings

from accounts.services import demo_accounts_refuse


def refuse_unsafe_start():
    """Called by wsgi/asgi once the app is loaded: production never serves with demo accounts."""
    if not settings.DEBUG:
        demo_accounts_refuse()
