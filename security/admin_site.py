"""The admin site: a password, plus a code from an authenticator app for staff who have
turned two-step login on or for whom the settings require it."""

from functools import wraps

from django.conf import settings
from django.contrib.admin import AdminSite
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _

from . import two_step
from .forms import AdminLoginForm


class FramdriftAdminSite(AdminSite):
    login_form = AdminLoginForm
    login_template = "security/login.html"

    def has_permission(self, request):
        if not super().has_permission(request):
            return False
        user = request.user
        if two_step.has_device(user):
            # Set up means used: a session logged in by password alone is not enough.
            return getattr(user, "is_verified", lambda: False)()
        return not two_step.is_required_for(user)

    def must_set_up_two_step(self, request):
        user = request.user
        return (
            user.is_authenticated
            and two_step.is_required_for(user)
            and not two_step.has_device(user)
        )

    def admin_view(self, view, cacheable=False):
        protected = super().admin_view(view, cacheable)

        @wraps(protected)
        def wrapper(request, *args, **kwargs):
            if self.must_set_up_two_step(request):
                if view == self.logout:
                    return view(request, *args, **kwargs)
                return redirect(f"{self.name}:two_step")
            response = protected(request, *args, **kwargs)
            if not hasattr(response, "_csp_config"):
                response._csp_config = settings.SECURE_CSP_ADMIN
            return response

        return wrapper

    def login(self, request, extra_context=None):
        """User name and password; then, for a user with two-step login, the code on a page
        of its own (security.views.login_code). Django's AdminSite.login, with a login view
        that knows that second step."""
        from .views import PasswordStepLoginView

        if request.method == "GET" and self.must_set_up_two_step(request):
            return redirect(f"{self.name}:two_step")
        index = reverse(f"{self.name}:index", current_app=self.name)
        redirect_url = PasswordStepLoginView().get_redirect_url(request) or index
        if request.method == "GET" and self.has_permission(request):
            return HttpResponseRedirect(redirect_url)
        context = self.each_context(request) | {
            "title": _("Log in"),
            "subtitle": None,
            "app_path": request.get_full_path(),
            "username": request.user.get_username(),
            REDIRECT_FIELD_NAME: redirect_url,
            **(extra_context or {}),
        }
        request.current_app = self.name
        return PasswordStepLoginView.as_view(
            extra_context=context,
            authentication_form=self.login_form,
            template_name=self.login_template,
            next_page=index,
            site=self,
        )(request)

    def get_urls(self):
        from .views import login_code, two_step_page

        return [
            path("two-step/", two_step_page, {"site": self}, name="two_step"),
            path("login/code/", login_code, {"site": self}, name="login_code"),
            *super().get_urls(),
        ]
