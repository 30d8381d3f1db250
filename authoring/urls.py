from django.urls import path

from . import views

app_name = "authoring"

urlpatterns = [
    path("", views.home, name="home"),
    path("courses/new/", views.course_create, name="course_create"),
    path("<slug:course_slug>/upload/", views.lesson_upload, name="lesson_upload"),
    path("<slug:course_slug>/lessons/", views.lesson_list, name="lesson_list"),
    path("<slug:course_slug>/publication/", views.course_publication, name="course_publication"),
    path("<slug:course_slug>/glossary/", views.glossary_review, name="glossary_review"),
    path("<slug:course_slug>/glossary/new/", views.term_form, name="term_new"),
    path("<slug:course_slug>/glossary/<int:pk>/edit/", views.term_form, name="term_edit"),
    path("<slug:course_slug>/review/", views.review_queue, name="review_queue"),
    path("<slug:course_slug>/review/accept/", views.bulk_accept, name="bulk_accept"),
    path("<slug:course_slug>/review/decisions.json", views.decisions_export, name="decisions_export"),
    path("<slug:course_slug>/questions.gift", views.gift_export, name="gift_export"),
    path("<slug:course_slug>/gradebook/", views.gradebook, name="gradebook"),
    path("<slug:course_slug>/funnel/", views.course_funnel, name="course_funnel"),
    path("<slug:course_slug>/funnel.svg", views.course_funnel_chart, name="course_funnel_chart"),
    path("<slug:course_slug>/learners/<str:username>/", views.learner_record, name="learner_record"),
    path("<slug:course_slug>/gradebook.csv", views.gradebook_csv, name="gradebook_csv"),
    path("<slug:course_slug>/results.csv", views.results_csv, name="results_csv"),
    path("<slug:course_slug>/questions/<int:pk>/review/", views.question_review, name="question_review"),
    path("<slug:course_slug>/questions/<int:pk>/edit/", views.question_form, name="question_edit"),
    path("<slug:course_slug>/questions/<int:pk>/move/", views.question_move, name="question_move"),
    path("<slug:course_slug>/<slug:lesson_slug>/review/", views.review_queue, name="lesson_review_queue"),
    path("<slug:course_slug>/<slug:lesson_slug>/edit/", views.lesson_edit, name="lesson_edit"),
    path("<slug:course_slug>/<slug:lesson_slug>/move/", views.lesson_move, name="lesson_move"),
    path("<slug:course_slug>/<slug:lesson_slug>/quiz/", views.quiz_settings, name="quiz_settings"),
    path("<slug:course_slug>/<slug:lesson_slug>/questions/new/<str:kind>/", views.question_form, name="question_new"),
    path("<slug:course_slug>/<slug:lesson_slug>/quiz/questions.gift", views.gift_export, name="lesson_gift_export"),
    path("<slug:course_slug>/<slug:lesson_slug>/quiz/import/", views.gift_import, name="gift_import"),
    path("<slug:course_slug>/<slug:lesson_slug>/quiz/statistics/", views.item_analysis, name="item_analysis"),
    path("<slug:course_slug>/<slug:lesson_slug>/quiz/preview/", views.quiz_preview, name="quiz_preview"),
    path("<slug:course_slug>/<slug:lesson_slug>/quiz/regenerate/", views.quiz_regenerate, name="quiz_regenerate"),
]
