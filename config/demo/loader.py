"""Demo content: built through the apps' services, never from a fixture. Idempotent."""

from django.conf import settings

from accounts.conf import DEMO_PASSWORD
from accounts.services import demo_accounts_ensure
from certificates.credentials import verification_url
from config.services import home_page_ensure, roles_ensure

from .certificates import certificate_rules_ensure, certify_demo_learner
from .competencies import load_competencies
from .content import DEFAULT_ROOT, demo_content
from .courses import enrol_demo_learner, links_resolve, load_curriculum, map_curriculum
from .funding import funding_read, load_funding
from .launchpad import load_launchpad
from .projects import demo_project_ensure


def load_demo(*, root=DEFAULT_ROOT, log=print):
    """Build the demo from the content folder `root` (docs/content.md). Raises ContentError,
    naming each file and line, if the folder does not validate; nothing is written then."""
    content = demo_content(root)
    funding = funding_read(content.root)  # checked before anything is written
    home = home_page_ensure(data=content.site["home"])
    log(f"Home page: {home.title}")
    path = load_curriculum(home=home, content=content, log=log)
    load_competencies(content=content, log=log)
    map_curriculum(content=content, log=log)  # after both: courses point at the competencies
    links_resolve(content=content, log=log)  # lessons link to lessons and glossary terms
    certificate_rules_ensure(content=content, log=log)
    load_funding(schemes=funding, log=log)
    pack = load_launchpad(home=home, content=content, log=log)  # links to lessons, competencies
    accounts = []
    if settings.DEBUG:
        roles_ensure()  # the migration made them; a database emptied since needs them again
        accounts = demo_accounts_ensure()
        for user, role in accounts:
            log(f"Demo account: {user.username} ({role}), password {DEMO_PASSWORD}")
        for user, role in accounts:
            if role == "learner":
                enrol_demo_learner(user, content=content)
                log(f"Demo learner {user.username} enrolled in the path, first lessons done.")
                for certificate in certify_demo_learner(user, content=content):
                    log(
                        f"Demo learner {user.username} holds the certificate "
                        f"{certificate.formatted_code}: {verification_url(certificate.code)}"
                    )
        by_role = {role: user for user, role in accounts}
        if pack is not None and {"learner", "teammate"} <= set(by_role):
            demo_project_ensure(
                founder=by_role["learner"], teammate=by_role["teammate"], pack=pack, log=log
            )
    else:
        log("DEBUG is off: no demo accounts created.")
    return {"home": home, "path": path, "pack": pack, "accounts": accounts}
