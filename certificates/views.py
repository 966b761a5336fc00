"""Public verification (no account), the published keys and status list, and the learner's
own certificates. Views parse, call a selector or service, render."""

import json
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from common import ratelimit

from . import conf, credentials, selectors
from .codes import code_format, code_normalize
from .forms import VerifyCodeForm, VerifyPdfForm
from .pdfcheck import Verdict, pdf_check

JSON_LD = "application/ld+json"


def lookup_retry_after(request):
    """0 while the client's address has lookups left in the window (common.ratelimit), else the
    seconds until it has (Retry-After)."""
    return ratelimit.attempt(
        "certificates:lookups", [(ratelimit.client_address(request), conf.rate_limit())]
    )


def _too_many(request, retry_after, *, as_json=False):
    if not as_json:
        return ratelimit.too_many_requests(
            request, retry_after, template="certificates/verify_rate_limited.html"
        )
    response = JsonResponse({"error": "rate_limited"}, status=429)
    response["Retry-After"] = str(retry_after)
    return response


def _stable_detail_url(code):
    return credentials.verification_url(code)


class VerifyView(View):
    """The verification form: type a code (GET), or upload a PDF (POST)."""

    template_name = "certificates/verify.html"

    def get(self, request):
        form = VerifyCodeForm(request.GET or None)
        if request.GET and form.is_valid():
            return redirect("verify_detail", code=form.cleaned_data["code"])
        return self._render(request, code_form=form)

    def post(self, request):
        if retry_after := lookup_retry_after(request):
            return _too_many(request, retry_after)
        too_large = int(request.META.get("CONTENT_LENGTH") or 0) > conf.upload_max_bytes() + 8192
        if too_large:
            return self._render(request, check_verdict=Verdict.TOO_LARGE, status=413)
        form = VerifyPdfForm(request.POST, request.FILES)
        if not form.is_valid():
            return self._render(request, pdf_form=form, status=400)
        result = pdf_check(form.cleaned_data["data"])
        payload = selectors.verification_payload(certificate=result.certificate)
        return self._render(
            request,
            check=result,
            check_verdict=result.verdict,
            payload=payload,
            certificate=result.certificate,
        )

    def _render(self, request, *, code_form=None, pdf_form=None, status=200, **context):
        return render(
            request,
            self.template_name,
            {
                "code_form": code_form or VerifyCodeForm(),
                "pdf_form": pdf_form or VerifyPdfForm(),
                "max_mb": conf.upload_max_bytes() // (1024 * 1024),
                **context,
            },
            status=status,
        )


@require_GET
def verify_detail(request, code):
    if retry_after := lookup_retry_after(request):
        return _too_many(request, retry_after)
    certificate = selectors.certificate_get_by_code(code=code)
    payload = selectors.verification_payload(certificate=certificate)
    normalized = code_normalize(code)
    if certificate is not None and code != certificate.formatted_code:
        return redirect("verify_detail", code=certificate.formatted_code)
    return render(
        request,
        "certificates/verify_detail.html",
        {
            "certificate": certificate,
            "payload": payload,
            "typed_code": code_format(normalized) if normalized else code[:40],
            "canonical_url": _stable_detail_url(certificate.code) if certificate else "",
        },
        # 200 for an unknown code too: a 404 here would make LocaleMiddleware redirect to
        # /<lang>/verify/<code>/, a different answer from the one for a known code.
    )


@require_GET
def verify_json(request, code):
    if retry_after := lookup_retry_after(request):
        return _too_many(request, retry_after, as_json=True)
    certificate = selectors.certificate_get_by_code(code=code)
    payload = selectors.verification_payload(certificate=certificate)
    response = JsonResponse(
        payload, status=200 if certificate else 404, json_dumps_params={"ensure_ascii": False}
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _json_document(text, content_type=JSON_LD):
    response = HttpResponse(text, content_type=f"{content_type}; charset=utf-8")
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def jwks(request):
    from .keys import jwk_set

    return _json_document(json.dumps(jwk_set(), indent=2), "application/jwk-set+json")


@require_GET
def issuer(request):
    return _json_document(json.dumps(selectors.issuer_document(), indent=2, ensure_ascii=False))


@require_GET
@never_cache
def status_list(request, list_id):
    if list_id != 1:
        raise Http404
    return _json_document(selectors.status_list_credential(), "application/vc+ld+json")


def _linkedin_url(certificate):
    """LinkedIn's documented "add to profile" link, from the public fields only."""
    params = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.title(),
        "organizationName": certificate.issuer_name,
        "issueYear": certificate.issued_at.year,
        "issueMonth": certificate.issued_at.month,
        "certUrl": credentials.verification_url(certificate.code),
        "certId": certificate.formatted_code,
    }
    if certificate.valid_until:
        params["expirationYear"] = certificate.valid_until.year
        params["expirationMonth"] = certificate.valid_until.month
    return "https://www.linkedin.com/profile/add?" + urlencode(params)


@login_required
def certificate_list(request):
    certificates = selectors.certificate_list_for_user(user=request.user)
    entries = [
        {
            "certificate": c,
            "status": c.status(),
            "share_url": credentials.verification_url(c.code),
            "linkedin_url": _linkedin_url(c),
        }
        for c in certificates
    ]
    return render(request, "certificates/certificate_list.html", {"entries": entries})


@login_required
def certificate_pdf(request, pk):
    certificate = selectors.certificate_get_for_holder(user=request.user, pk=pk)
    if certificate is None or not certificate.pdf_sha256:
        raise Http404
    response = FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"certificat-{certificate.formatted_code}.pdf",
        content_type="application/pdf",
    )
    response["X-Content-SHA256"] = certificate.pdf_sha256
    return response


@login_required
def certificate_credential(request, pk):
    certificate = selectors.certificate_get_for_holder(user=request.user, pk=pk)
    if certificate is None:
        raise Http404
    response = HttpResponse(
        certificate.credential_json, content_type="application/vc+ld+json; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="credential-{certificate.formatted_code}.json"'
    )
    return response
