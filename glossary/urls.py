from django.urls import path

from . import views

app_name = "glossary"

urlpatterns = [
    path("glossary/<slug:course_slug>/", views.glossary_index, name="index"),
    path("glossary/<slug:course_slug>/<slug:slug>/", views.term_detail, name="term_detail"),
    path("flashcards/", views.flashcards_overview, name="overview"),
    path("flashcards/<slug:course_slug>/", views.study, name="study"),
    path("flashcards/<slug:course_slug>/<int:pk>/review/", views.review, name="review"),
]
