import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

application = get_asgi_application()

from config.startup import refuse_unsafe_start  # noqa: E402

refuse_unsafe_start()
