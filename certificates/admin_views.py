"""Wagtail admin views: list certificates, issue one manually with a reason, revoke one."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import services
from .models import Certificate, CertificateRule


class IssueForm(forms.Form):
    username = forms.CharField(label=gettext_lazy("Identifiant de l'apprenant·e"), max_length=150)
    rule = forms.ModelChoiceField(
        label=gettext_lazy("Règle de certificat"), queryset=CertificateRule.objects.all()
    )
    reason = forms.CharField(
        label=gettext_lazy("Motif de la délivrance manuelle"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_username(self):
        user = get_user_model().objects.filter(username=self.cleaned_data["username"]).first()
        if user is None:
            raise ValidationError(gettext_lazy("Aucun compte ne porte cet identifiant."))
        self.cleaned_data["holder"] = user
        return self.cleaned_data["username"]


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Motif de la révocation"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Il sera affiché publiquement sur la page de vérification."),
    )


@permission_required("certificates.view_certificate", raise_exception=True)
def certificate_index(request):
    query = request.GET.get("q", "").strip()
    certificates = Certificate.objects.select_related("rule").order_by("-issued_at")
    if query:
        code = query.replace("-", "").upper()
        certificates = certificates.filter(
            Q(code__startswith=code)
            | Q(holder_name__icontains=query)
            | Q(title_fr__icontains=query)
        )
    return render(
        request,
        "certificates/admin/certificate_index.html",
        {"certificates": certificates[:200], "query": query, "page_title": _("Certificats")},
    )


@permission_required("certificates.add_certificate", raise_exception=True)
def certificate_issue(request):
    form = IssueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            certificate, created = services.certificate_issue_manual(
                actor=request.user,
                rule=form.cleaned_data["rule"],
                holder=form.cleaned_data["holder"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if created:
                messages.success(
                    request,
                    _("Certificat %(code)s délivré.") % {"code": certificate.formatted_code},
                )
            else:
                messages.warning(
                    request,
                    _("Ce certificat avait déjà été délivré (%(code)s) : rien n'a changé.")
                    % {"code": certificate.formatted_code},
                )
            return redirect("certificates_admin:index")
    return render(
        request,
        "certificates/admin/certificate_form.html",
        {"form": form, "page_title": _("Délivrer un certificat"), "submit": _("Délivrer")},
        status=400 if form.errors else 200,
    )


@permission_required("certificates.change_certificate", raise_exception=True)
def certificate_revoke(request, pk):
    certificate = get_object_or_404(Certificate, pk=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.certificate_revoke(
                actor=request.user, certificate=certificate, reason=form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request, _("Certificat %(code)s révoqué.") % {"code": certificate.formatted_code}
            )
            return redirect("certificates_admin:index")
    return render(
        request,
        "certificates/admin/certificate_form.html",
        {
            "form": form,
            "certificate": certificate,
            "page_title": _("Révoquer le certificat %(code)s")
            % {"code": certificate.formatted_code},
            "submit": _("Révoquer"),
        },
        status=400 if form.errors else 200,
    )
