"""The demo learner's launchpad project, in progress with a teammate, built through the
launchpad services. Idempotent: found again by its name and founder."""

from launchpad import api as launchpad

NAME = "Ressourcerie numérique du quartier"


def demo_project_ensure(*, founder, teammate, pack, log=print):
    project = launchpad.Project.objects.filter(name=NAME, created_by=founder).first()
    if project is None:
        project = launchpad.project_create(
            actor=founder,
            pack_key=pack.translation_key,
            name=NAME,
            purpose=(
                "Collecter les ordinateurs des entreprises du quartier, les reconditionner avec "
                "des personnes en insertion et les proposer aux associations à petit prix."
            ),
            departement="35",
            stage="study",
        )
    if not project.members.filter(user=teammate).exists():
        _invitation, token = launchpad.invitation_create(actor=founder, project=project)
        launchpad.invitation_accept(user=teammate, token=token)
    steps = launchpad.pack_steps(pack=pack)
    records = {row.step_key: row for row in project.steps.all()}
    plan = [
        (steps[0], founder, {"status": "done", "ticks": steps[0].task_keys,
                             "decisions": "Projet porté en association dans un premier temps."}),
        (steps[1], teammate, {"status": "in_progress", "ticks": steps[1].task_keys[:2],
                              "notes": "Rendez-vous pris avec la ressourcerie voisine et le DLA."}),
    ]  # fmt: skip
    for step, actor, values in plan:
        if step.key not in records:
            launchpad.project_step_save(
                actor=actor, project=project, step=step, version=0, **values
            )
    log(f"Demo project: {project.name} ({project.members.count()} members)")
    return project
