from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.CatalogueView.as_view(), name="catalogue"),
    path("courses/<slug:slug>/", views.course_detail, name="course_detail"),
    path("courses/<slug:course_slug>/<slug:slug>/", views.lesson_detail, name="lesson_detail"),
    path("courses/<slug:course_slug>/<slug:slug>/complete/", views.lesson_complete, name="lesson_complete"),
]
