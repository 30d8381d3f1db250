from django.urls import path

from . import views

app_name = "learning"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/scores.svg", views.dashboard_scores_chart, name="dashboard_scores_chart"),
    path("courses/<slug:slug>/", views.course_detail, name="course_detail"),
    path("courses/<slug:course_slug>/<slug:slug>/", views.lesson_detail, name="lesson_detail"),
    path("courses/<slug:course_slug>/<slug:slug>/complete/", views.lesson_complete, name="lesson_complete"),
]
