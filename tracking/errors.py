"""The forwarding errors in plain words, for the people who run the site."""

from django.utils.translation import gettext as _


def error_explain(code, detail=""):
    """A French sentence saying what went wrong and what to do, from a stored error code."""
    status = int(code.removeprefix("http_")) if code.startswith("http_") else None
    if status in (401, 407):
        return _(
            "Le LRS a refusé les identifiants (HTTP %(status)s) : vérifiez "
            "TREMPLIN_LRS_USERNAME et TREMPLIN_LRS_PASSWORD. Les déclarations attendent, "
            "aucune n'est perdue."
        ) % {"status": status}
    if status == 403:
        return _(
            "Le LRS a reconnu les identifiants mais refuse l'écriture (HTTP 403) : donnez "
            "à ce compte le droit d'enregistrer des déclarations. Aucune n'est perdue."
        )
    if status in (404, 405):
        return _(
            "Le LRS ne répond pas à cette adresse (HTTP %(status)s) : vérifiez "
            "TREMPLIN_LRS_ENDPOINT (l'adresse xAPI, par exemple https://lrs.exemple.org/xAPI/)."
        ) % {"status": status}
    if status == 429:
        return _("Le LRS demande de ralentir (HTTP 429) : les envois reprendront plus tard.")
    if status is not None and status >= 500:
        return _(
            "Le LRS est en panne ou surchargé (HTTP %(status)s) : les envois sont retentés "
            "automatiquement."
        ) % {"status": status}
    if code == "timeout":
        return _(
            "Le LRS n'a pas répondu à temps : les envois sont retentés automatiquement, "
            "de plus en plus espacés."
        )
    if code == "connection":
        return _(
            "Impossible de joindre le LRS (serveur arrêté, adresse ou réseau) : les envois "
            "sont retentés automatiquement."
        )
    if code == "conflict":
        return _(
            "Le LRS contient déjà une autre déclaration avec le même identifiant : celle-ci "
            "a été mise de côté."
        )
    if status is not None:
        return _("Le LRS a refusé une déclaration (HTTP %(status)s) : %(detail)s") % {
            "status": status,
            "detail": detail[:300],
        }
    return detail[:300]
