from django.contrib import admin

from .models import Course, Lesson, Section


class LessonInline(admin.TabularInline):
    model = Lesson
    fields = ["position", "title", "slug", "word_count", "updated_at"]
    readonly_fields = ["word_count", "updated_at"]
    extra = 0
    show_change_link = True


@admin.register(Course)
class CourseAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "published", "lesson_count", "updated_at"]
    list_filter = ["published"]
    filter_horizontal = ["instructors"]
    search_fields = ["title", "slug", "description"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [LessonInline]

    def get_queryset(self, request):
        return super().get_queryset(request).with_lesson_counts()

    @admin.display(ordering="lesson_count", description="lessons")
    def lesson_count(self, obj):
        return obj.lesson_count


class SectionInline(admin.TabularInline):
    model = Section
    fields = ["position", "heading", "anchor", "level"]
    extra = 0


@admin.register(Lesson)
class LessonAdmin(admin.ModelAdmin):
    list_display = ["title", "course", "position", "word_count", "reading_minutes", "updated_at"]
    list_filter = ["course"]
    list_select_related = ["course"]
    search_fields = ["title", "slug", "source"]
    # HTML reaches learners' pages: it is only ever written by the importer and the glossary linker, sanitized.
    readonly_fields = ["source", "source_hash", "source_name", "html", "linked_html", "created_at", "updated_at"]
    inlines = [SectionInline]
