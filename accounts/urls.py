from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

# Django's password views, less the e-mail reset: accounts have no e-mail address here. An
# administrator sets a new password instead (see the log-in page and the README).
urlpatterns = [
    path("signup/", views.SignupView.as_view(), name="signup"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("password_change/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("password_change/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
]
