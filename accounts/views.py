import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from . import services
from .forms import AccountEraseForm, ProfileForm, SignUpForm


class SignUpView(FormView):
    form_class = SignUpForm
    template_name = "accounts/sign_up.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect(settings.LOGIN_REDIRECT_URL)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        user = services.user_create(
            username=form.cleaned_data["username"],
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password1"],
            display_name=form.cleaned_data["display_name"],
        )
        login(self.request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(self.request, _("Bienvenue sur Tremplin ! Votre compte est créé."))
        return redirect(self.get_success_url())

    def get_success_url(self):
        next_url = self.request.POST.get("next") or self.request.GET.get("next")
        if next_url and url_has_allowed_host_and_scheme(
            next_url,
            allowed_hosts={self.request.get_host()},
            require_https=self.request.is_secure(),
        ):
            return next_url
        return resolve_url(settings.LOGIN_REDIRECT_URL)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["next"] = self.request.GET.get("next", "")
        return context


class ProfileUpdateView(LoginRequiredMixin, FormView):
    form_class = ProfileForm
    template_name = "accounts/profile.html"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = self.request.user
        return kwargs

    def form_valid(self, form):
        services.user_update_profile(user=self.request.user, **form.cleaned_data)
        messages.success(self.request, _("Votre profil est enregistré."))
        return redirect("accounts:profile")


class MyDataView(LoginRequiredMixin, TemplateView):
    template_name = "accounts/my_data.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["erase_refusal"] = services.user_erase_refusal(user=self.request.user)
        return context


class DataExportView(LoginRequiredMixin, View):
    """The learner's data as one JSON file (POST, so that no link prefetch builds one)."""

    def post(self, request):
        data = services.user_data_export(user=request.user)
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        filename = services.user_data_export_filename(user=request.user)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        return response


class AccountEraseView(LoginRequiredMixin, FormView):
    form_class = AccountEraseForm
    template_name = "accounts/account_erase.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            refusal = services.user_erase_refusal(user=request.user)
            if refusal:
                status = 200 if request.method == "GET" else 403
                return render(request, self.template_name, {"refusal": refusal}, status=status)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        services.user_erase(user=self.request.user)
        logout(self.request)
        return redirect("accounts:account_erased")


class AccountErasedView(TemplateView):
    template_name = "accounts/account_erased.html"
