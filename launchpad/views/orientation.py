"""Public pages of the launchpad's orientation tools: the funding schemes (list with GET
filters, one scheme), the legal-form orientation and the ESUS pre-check. Parse -> selector or
service -> render; nothing is stored."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.views import View

from .. import selectors
from ..choices import NeedCategory, Stage
from ..forms import EsusPrecheckForm, FundingFilterForm, LegalFormOrientationForm
from ..legal_forms import legal_form_name
from ..services import OrientationError, esus_precheck, legal_form_orientation
from ..territories import territory_label

PAGE_SIZE = 20


def scheme_facts(scheme):
    """Labels of a scheme's list fields, for the templates."""
    stages = dict(Stage.choices)
    needs = dict(NeedCategory.choices)
    return {
        "stages": [stages.get(key, key) for key in scheme.stages],
        "legal_forms": [legal_form_name(key) for key in scheme.legal_forms],
        "needs": [needs.get(key, key) for key in scheme.needs],
        "territories": [territory_label(f"region:{code}") for code in scheme.regions]
        + [territory_label(f"departement:{code}") for code in scheme.departements],
    }


class FundingSchemeListView(View):
    """The schemes, filtered by kind, stage, legal form and territory (a GET form that works
    without JavaScript). A bad parameter is shown as a form error with status 400, never 500."""

    template_name = "launchpad/funding_list.html"

    def get(self, request):
        params = request.GET.copy()
        params.pop("page", None)
        form = FundingFilterForm(params or None)
        status = 400 if form.is_bound and not form.is_valid() else 200
        schemes = selectors.funding_scheme_list(**form.filters())
        page = Paginator(schemes, PAGE_SIZE).get_page(request.GET.get("page"))
        return render(
            request,
            self.template_name,
            {
                "form": form,
                "page_obj": page,
                "schemes": [(scheme, scheme_facts(scheme)) for scheme in page],
                "query_string": params.urlencode(),
            },
            status=status,
        )


class FundingSchemeDetailView(View):
    template_name = "launchpad/funding_detail.html"

    def get(self, request, slug):
        scheme = selectors.funding_scheme_get(slug=slug)
        if scheme is None:
            raise Http404
        return render(
            request, self.template_name, {"scheme": scheme, "facts": scheme_facts(scheme)}
        )


class LegalFormOrientationView(View):
    """The legal-form questions; submitted (GET, so a result can be shared), the forms that
    fit, each with why. Bad answers: the service's messages, status 400, answers kept."""

    template_name = "launchpad/legal_form.html"

    def get(self, request):
        submitted = any(key in request.GET for key in LegalFormOrientationForm().fields)
        form = LegalFormOrientationForm(request.GET if submitted else None)
        context, status = {"form": form}, 200
        if submitted:
            try:
                context["results"] = legal_form_orientation(answers=form.answers())
            except OrientationError as error:
                context["errors"], status = error.messages, 400
        return render(request, self.template_name, context, status=status)


class EsusPrecheckView(View):
    """The ESUS calculator (POST: pay figures stay out of URLs and logs)."""

    template_name = "launchpad/esus.html"

    def get(self, request):
        return render(request, self.template_name, {"form": EsusPrecheckForm()})

    def post(self, request):
        form = EsusPrecheckForm(request.POST)
        context, status = {"form": form}, 400
        if form.is_valid():
            try:
                context["result"] = esus_precheck(
                    social_utility_purpose=form.cleaned_data["social_utility_purpose"],
                    social_utility_in_statutes=form.cleaned_data["social_utility_in_statutes"],
                    shares_listed=form.cleaned_data["shares_listed"],
                    top_pay=form.pay(),
                )
                status = 200
            except OrientationError as error:
                context["errors"] = error.messages
        return render(request, self.template_name, context, status=status)
