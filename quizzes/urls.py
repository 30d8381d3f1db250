from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("courses/<slug:course_slug>/<slug:slug>/quiz/", views.quiz_detail, name="quiz_detail"),
    path("courses/<slug:course_slug>/<slug:slug>/quiz/start/", views.quiz_start, name="quiz_start"),
    path(
        "courses/<slug:course_slug>/<slug:slug>/quiz/attempts/<int:number>/",
        views.attempt_results,
        name="attempt_results",
    ),
    path(
        "courses/<slug:course_slug>/<slug:slug>/quiz/attempts/<int:number>/save/",
        views.attempt_save,
        name="attempt_save",
    ),
    path(
        "courses/<slug:course_slug>/<slug:slug>/quiz/attempts/<int:number>/submit/",
        views.attempt_submit,
        name="attempt_submit",
    ),
]
