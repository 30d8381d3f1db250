from django.contrib import admin, messages

from . import services
from .forms import TermForm
from .models import Flashcard, FlashcardReview, GlossaryTerm, TermOccurrence


class TermOccurrenceInline(admin.TabularInline):
    model = TermOccurrence
    fields = ["lesson", "section_anchor"]
    readonly_fields = fields
    extra = 0
    can_delete = False


class GlossaryTermForm(TermForm):
    class Meta(TermForm.Meta):
        fields = ["course", "term", "slug", "definition", "kind", "aliases", "hidden", "source_sentence"]


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(admin.ModelAdmin):
    form = GlossaryTermForm
    list_display = ["term", "course", "kind", "rule", "confidence", "curated", "hidden", "updated_at"]
    list_filter = ["course", "kind", "rule", "curated", "hidden"]
    readonly_fields = ["rule", "confidence"]
    list_select_related = ["course"]
    search_fields = ["term", "definition", "aliases"]
    prepopulated_fields = {"slug": ["term"]}
    inlines = [TermOccurrenceInline]
    actions = ["merge_terms", "hide_terms", "show_terms"]

    def save_model(self, request, obj, form, change):
        # Every edit or new term through the admin is curated: re-extraction keeps it.
        services.term_save(term=obj)

    @admin.action(description="Merge the selected terms into the first one (by name)")
    def merge_terms(self, request, queryset):
        terms = sorted(queryset.select_related("course"), key=lambda t: t.term.lower())
        try:
            target = services.terms_merge(terms=terms)
        except ValueError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return
        self.message_user(request, f"Merged {len(terms)} terms into “{target.term}”.")

    @admin.action(description="Hide the selected terms")
    def hide_terms(self, request, queryset):
        self._set_hidden(queryset, hidden=True)

    @admin.action(description="Show the selected terms again")
    def show_terms(self, request, queryset):
        self._set_hidden(queryset, hidden=False)

    def _set_hidden(self, queryset, *, hidden: bool) -> None:
        # One save per course, so each course's lessons are relinked once, not once per term.
        by_course = {}
        for term in queryset.select_related("course"):
            term.hidden = hidden
            by_course.setdefault(term.course_id, []).append(term)
        for terms in by_course.values():
            services.terms_save(terms=terms)



@admin.register(Flashcard)
class FlashcardAdmin(admin.ModelAdmin):
    list_display = ["user", "term", "due", "review_count", "last_reviewed_at"]
    list_filter = ["term__course"]
    list_select_related = ["user", "term"]
    search_fields = ["user__username", "term__term"]
    raw_id_fields = ["user", "term"]


@admin.register(FlashcardReview)
class FlashcardReviewAdmin(admin.ModelAdmin):
    list_display = ["flashcard", "rating", "reviewed_at", "due_after"]
    list_select_related = ["flashcard__user", "flashcard__term"]
    raw_id_fields = ["flashcard"]
