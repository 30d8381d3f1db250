"""The course catalogue."""

from django.views.generic import ListView

from . import selectors


class CatalogueView(ListView):
    template_name = "courses/course_list.html"
    context_object_name = "courses"
    paginate_by = 24

    def get_queryset(self):
        return selectors.course_list()
