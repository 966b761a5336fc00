"""The launchpad's documents: "Mon plan de projet" as a PDF, and a specification as a PDF and
as an editable OpenDocument text, both made from one description of its sections
(selectors.specification_document) so that they say the same thing.

PDFs go through common/pdf.py (tagged PDF/UA-1, the shipped DejaVu Sans, nothing fetched). Each
export is recorded as an xAPI `downloaded` statement (docs/launchpad.md, "Tracking"); nothing
else is stored: a document is made again at each download, from what the team wrote.
"""

import io
import re

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from odfdo import Document, Header, List, Paragraph, Table

from common import pdf
from tracking import api as tracking

from .. import tracking as xapi
from ..selectors import specifications as reads

PDF_CSS_TEMPLATE = "launchpad/pdf/document.css"
# Control characters a textarea can carry but XML 1.0 (the ODT's content.xml) cannot hold.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value):
    return XML_INVALID.sub("", str(value))


def _css():
    return pdf.sans_faces_css() + render_to_string(PDF_CSS_TEMPLATE)


def _language():
    return (translation.get_language() or "fr").split("-")[0]


def _record(actor, activity, registration):
    if actor is None:
        return
    tracking.statement_record(
        user=actor,
        verb=tracking.Verb.DOWNLOADED,
        activity=activity,
        context=tracking.Context(registration=registration, language=_language()),
    )


def plan_html(*, project, pack):
    context = reads.plan_document(project=project, pack=pack, language_code=_language())
    context.update(language=_language(), today=timezone.localdate())
    return render_to_string("launchpad/pdf/plan.html", context)


def plan_pdf_export(*, actor, project, pack):
    """The plan PDF of `project` (bytes), in the current language; records the export."""
    data = pdf.pdf_render(plan_html(project=project, pack=pack), css=_css())
    _record(actor, xapi.plan_activity(pack), project.public_id)
    return data


def specification_html(*, specification):
    document = reads.specification_document(specification=specification)
    return render_to_string(
        "launchpad/pdf/specification.html", {"document": document, "language": _language()}
    )


def specification_pdf_export(*, actor, specification):
    data = pdf.pdf_render(specification_html(specification=specification), css=_css())
    _record(actor, xapi.specification_activity(specification), specification.project.public_id)
    return data


def specification_odt(*, specification):
    """The specification as an OpenDocument text (bytes): the same sections as the PDF, as
    real headings (Heading 1 and 2 styles), lists and tables, to edit in LibreOffice."""
    document = reads.specification_document(specification=specification)
    spec = document["specification"]
    odt = Document("text")
    body = odt.body
    body.clear()
    body.append(
        Paragraph(
            _text(_("Cahier des charges") + " · " + document["project"].name), style="Subtitle"
        )
    )
    body.append(Header(1, _text(document["title"]), style="Heading_20_1"))
    body.append(
        Paragraph(
            _("Version %(version)s du %(date)s")
            % {
                "version": spec.version,
                "date": _date(spec.updated_at),
            }
        )
    )
    for number, section in enumerate(document["sections"], start=1):
        body.append(Header(2, section["title"], style="Heading_20_2"))
        if section["empty"]:
            body.append(Paragraph(_("À compléter.")))
        if section["rows"]:
            values = [[_("Critère"), _("Exigence")]]
            values += [[_text(label), _text(value)] for label, value in section["rows"]]
            table = Table(f"{_('Tableau')} {number}", width=2, height=len(values))
            table.set_values(values)
            body.append(table)
        if section["items"]:
            body.append(List([_text(item) for item in section["items"]]))
        for paragraph in section["paragraphs"]:
            body.append(Paragraph(_text(paragraph)))
    odt.meta.set_title(_text(_("Cahier des charges : %(title)s") % {"title": document["title"]}))
    odt.meta.set_language(_language())
    odt.meta.set_generator("Tremplin")
    buffer = io.BytesIO()
    odt.save(buffer)
    return buffer.getvalue()


def specification_odt_export(*, actor, specification):
    data = specification_odt(specification=specification)
    _record(actor, xapi.specification_activity(specification), specification.project.public_id)
    return data


def _date(value):
    return date_format(value, "j F Y")
