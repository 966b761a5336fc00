import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.utils.crypto import constant_time_compare
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from common import ratelimit

from . import conf, services
from .forms import AccountEraseForm, ProfileForm, SignUpForm


def _limits(form, account):
    """The `limits` of common.ratelimit.limit for `form`: one count for the account that
    `account(request)` names and one for the client's address (accounts/conf.py)."""

    def limits(request):
        rates = conf.rate_limits(form)
        return [
            (account(request), rates["account"]),
            (ratelimit.client_address(request), rates["address"]),
        ]

    return limits


def _typed_email(request):
    return request.POST.get("email", "").strip().lower()


def _signed_in_user(request):
    return request.user.pk if request.user.is_authenticated else None


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes' answer once an account or an address has used up its login attempts
    (AXES_LOCKOUT_CALLABLE), on the site's login and the Wagtail admin's alike. Refused
    attempts do not extend the lockout, so the whole cool-off is the longest wait."""
    seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
    return ratelimit.too_many_requests(request, seconds, template="accounts/login_locked_out.html")


@method_decorator(
    ratelimit.limit("accounts:password_reset", _limits("password_reset", _typed_email)),
    name="post",
)
class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset form; each request sends an e-mail, so it is throttled per address typed
    and per client."""


@method_decorator(
    ratelimit.limit("accounts:password_change", _limits("password_change", _signed_in_user)),
    name="post",
)
class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's form, which checks the current password: throttled like the erasure's."""


@method_decorator(
    ratelimit.limit("accounts:sign_up", _limits("sign_up", _typed_email)), name="post"
)
class SignUpView(FormView):
    form_class = SignUpForm
    template_name = "accounts/sign_up.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect(settings.LOGIN_REDIRECT_URL)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        # The same answer whether or not the address has an account (docs/accounts.md).
        claim = services.sign_up_request(
            username=form.cleaned_data["username"],
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password1"],
            display_name=form.cleaned_data["display_name"],
            next_url=self._safe_next() or "",
            origin=self.request.build_absolute_uri("/")[:-1],
        )
        self.request.session[SIGN_UP_CLAIM] = claim
        return redirect("accounts:sign_up_sent")

    def _safe_next(self):
        next_url = self.request.POST.get("next") or self.request.GET.get("next")
        if next_url and url_has_allowed_host_and_scheme(
            next_url,
            allowed_hosts={self.request.get_host()},
            require_https=self.request.is_secure(),
        ):
            return next_url
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["next"] = self.request.GET.get("next", "")
        return context


SIGN_UP_CLAIM = "accounts_sign_up_claim"


class SignUpSentView(TemplateView):
    template_name = "accounts/sign_up_sent.html"

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "hours": conf.sign_up_confirm_hours()}


class SignUpConfirmView(TemplateView):
    """The link of the confirmation e-mail: a page with one button (a GET changes nothing, so
    that a mail client's link preview creates no account). The browser that signed up is
    logged in; another one is sent to the login page."""

    template_name = "accounts/sign_up_confirm.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["pending"] = services.sign_up_request_get(token=self.kwargs["token"])
        return context

    def post(self, request, token):
        try:
            user, pending = services.sign_up_confirm(token=token)
        except services.SignUpError as error:
            return self.render_to_response({"pending": None, "error": error.messages[0]})
        claim = request.session.pop(SIGN_UP_CLAIM, "")
        if claim and constant_time_compare(claim, pending.claim):
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Bienvenue sur Tremplin ! Votre compte est créé."))
            return redirect(pending.next_url or resolve_url(settings.LOGIN_REDIRECT_URL))
        messages.success(
            request, _("Votre compte est créé. Connectez-vous avec votre identifiant.")
        )
        return redirect("accounts:login")


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


@method_decorator(
    ratelimit.limit("accounts:account_erase", _limits("account_erase", _signed_in_user)),
    name="post",
)
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
