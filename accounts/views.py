"""Sign up, log in and log out; password change is Django's own view."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.views import LoginView as DjangoLoginView
from django.contrib.auth.views import LogoutView as DjangoLogoutView
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import FormView

from .forms import SignupForm
from .services import user_is_instructor


class SignupView(FormView):
    template_name = "registration/signup.html"
    form_class = SignupForm
    success_url = reverse_lazy("learning:dashboard")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect(self.success_url)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        next_url = self.request.POST.get("next") or self.request.GET.get("next", "")
        return super().get_context_data(next=next_url, **kwargs)

    def form_valid(self, form):
        user = form.save()
        login(self.request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(self.request, f"Welcome to Lessonforge, {user.username}!")
        next_url = self.request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()
        ):
            next_url = self.get_success_url()
        return redirect(next_url)


class LoginView(DjangoLoginView):
    """Django's log-in; instructors land in their workspace, learners on their dashboard (unless ``next`` says).

    Someone already logged in who opens the page goes there straight away.
    """

    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        if user_is_instructor(self.request.user):
            return resolve_url("authoring:home")
        return super().get_default_redirect_url()


class LogoutView(DjangoLogoutView):
    """Django's log-out (POST); a GET, from a bookmark or a typed address, asks to confirm instead of a bare 405."""

    http_method_names = ["get", "post", "options"]
    template_name = "registration/logout_confirm.html"

    def get(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect("courses:catalogue")
        return render(request, self.template_name)
