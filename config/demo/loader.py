"""Demo content: built through the apps' services, never from a fixture. Idempotent."""

from django.conf import settings

from accounts.conf import DEMO_PASSWORD
from accounts.services import demo_accounts_ensure
from config.services import home_page_ensure

from .competencies import load_competencies
from .courses import enrol_demo_learner, load_curriculum, map_curriculum
from .curriculum.path import HOME


def load_demo(*, log=print):
    home = home_page_ensure(data=HOME)
    log(f"Home page: {home.title}")
    path = load_curriculum(home=home, log=log)
    load_competencies(log=log)
    map_curriculum(log=log)  # after both: courses point at the framework's competencies
    accounts = []
    if settings.DEBUG:
        accounts = demo_accounts_ensure()
        for user, role in accounts:
            log(f"Demo account: {user.username} ({role}), password {DEMO_PASSWORD}")
        for user, role in accounts:
            if role == "learner":
                enrol_demo_learner(user)
                log(f"Demo learner {user.username} enrolled in the path, first lessons done.")
    else:
        log("DEBUG is off: no demo accounts created.")
    return {"home": home, "path": path, "accounts": accounts}
