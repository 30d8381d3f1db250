from django.contrib import admin
from django.urls import include, path

from config.views import FaviconView

admin.site.site_header = "Lessonforge administration"
admin.site.site_title = "Lessonforge admin"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("teach/", include("authoring.urls")),
    path("favicon.ico", FaviconView.as_view()),
    path("", include("glossary.urls")),
    path("", include("quizzes.urls")),
    path("", include("learning.urls")),
    path("", include("courses.urls")),
]
