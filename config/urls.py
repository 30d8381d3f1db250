from django.contrib import admin
from django.urls import include, path

from config.views import FaviconView
from courses import views as courses_views

admin.site.site_header = "Lessonforge administration"
admin.site.site_title = "Lessonforge admin"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("favicon.ico", FaviconView.as_view()),
    path("", include("glossary.urls")),
    path("dashboard/", courses_views.dashboard, name="dashboard"),
    path("dashboard/scores.svg", courses_views.dashboard_scores_chart, name="dashboard_scores_chart"),
    path("", include("quizzes.urls")),
    path("", include("courses.urls")),
]
