from django.contrib import admin

from .models import Attempt, Option, Question, Quiz, Response


class OptionInline(admin.TabularInline):
    model = Option
    fields = ["position", "text", "is_correct", "match_text"]
    extra = 0


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["short_stem", "quiz", "type", "rule", "status", "origin", "locked", "confidence"]
    list_filter = ["type", "rule", "status", "origin", "locked", "quiz__lesson__course"]
    list_select_related = ["quiz__lesson"]
    list_editable = ["status"]
    search_fields = ["stem", "source_sentence", "quiz__lesson__title"]
    readonly_fields = ["rule", "checks", "confidence", "created_at", "updated_at"]
    raw_id_fields = ["quiz"]
    inlines = [OptionInline]
    actions = ["publish", "unpublish"]

    @admin.display(description="stem")
    def short_stem(self, obj):
        return obj.stem[:90]

    def save_model(self, request, obj, form, change):
        # An instructor's edit of a generated question must survive regeneration.
        if change and obj.origin == Question.Origin.GENERATED and form.has_changed():
            obj.locked = True
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if change and formset.has_changed() and form.instance.origin == Question.Origin.GENERATED:
            Question.objects.filter(pk=form.instance.pk).update(locked=True)

    # An instructor's decision locks the question: regeneration must not undo it.
    @admin.action(description="Publish the selected questions")
    def publish(self, request, queryset):
        queryset.update(status=Question.Status.PUBLISHED, locked=True)

    @admin.action(description="Return the selected questions to draft")
    def unpublish(self, request, queryset):
        queryset.update(status=Question.Status.DRAFT, locked=True)


class QuestionInline(admin.TabularInline):
    model = Question
    fields = ["position", "stem", "type", "status", "origin", "locked"]
    readonly_fields = ["stem", "type", "origin"]
    extra = 0
    show_change_link = True


@admin.register(Quiz)
class QuizAdmin(admin.ModelAdmin):
    list_display = ["lesson", "pass_mark", "attempts_allowed", "time_limit_minutes", "generated_at"]
    list_filter = ["lesson__course"]
    list_select_related = ["lesson"]
    search_fields = ["lesson__title"]
    readonly_fields = ["generation_note", "generated_at"]
    inlines = [QuestionInline]


class ResponseInline(admin.TabularInline):
    model = Response
    fields = ["position", "question", "answer", "score", "max_score"]
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Attempt)
class AttemptAdmin(admin.ModelAdmin):
    list_display = ["user", "quiz", "number", "started_at", "submitted_at", "percent", "passed", "late"]
    list_filter = ["passed", "late", "quiz__lesson__course"]
    list_select_related = ["user", "quiz__lesson"]
    search_fields = ["user__username", "quiz__lesson__title"]
    readonly_fields = [f.name for f in Attempt._meta.fields]
    inlines = [ResponseInline]
