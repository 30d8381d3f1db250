from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext

from courses.caching import content_changed

from .checks import question_problems, saved_question_problems
from .models import Attempt, Option, Question, Quiz, Response


class OptionFormSet(forms.BaseInlineFormSet):
    """Refuse to publish a question that could not be graded (no correct option, incomplete pairs, no answer)."""

    def clean(self):
        super().clean()
        question = self.instance
        if question.status != Question.Status.PUBLISHED:
            return
        options = [
            (f.cleaned_data.get("text", ""), f.cleaned_data.get("is_correct", False), f.cleaned_data.get("match_text", ""))
            for f in self.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]
        problems = question_problems(kind=question.type, options=options, accepted_answers=question.accepted_answers)
        if problems:
            raise ValidationError([*problems, "Fix these or save the question as a draft."])


class OptionInline(admin.TabularInline):
    model = Option
    formset = OptionFormSet
    fields = ["position", "text", "is_correct", "match_text"]
    extra = 3


class QuestionAdminForm(forms.ModelForm):
    # Typed answers as lines of text, never raw JSON: "Ankara" must not become a list of letters.
    accepted_answers = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 3}), help_text="Fill in the blank: one accepted answer per line, the canonical one first."
    )

    class Meta:
        model = Question
        fields = [
            "quiz", "type", "stem", "explanation", "source_anchor", "source_sentence", "accepted_answers",
            "origin", "status", "locked", "position",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        answers = self.instance.accepted_answers if isinstance(self.instance.accepted_answers, list) else []
        self.initial["accepted_answers"] = "\n".join(str(a) for a in answers)

    def clean_accepted_answers(self):
        return [line.strip() for line in self.cleaned_data["accepted_answers"].splitlines() if line.strip()]


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    form = QuestionAdminForm
    list_display = ["short_stem", "quiz", "type", "rule", "status", "origin", "locked", "confidence"]
    list_filter = ["type", "family", "rule", "level", "status", "origin", "locked", "quiz__lesson__course"]
    list_select_related = ["quiz__lesson"]
    list_editable = ["status"]
    search_fields = ["stem", "source_sentence", "quiz__lesson__title"]
    readonly_fields = ["family", "rule", "level", "checks", "confidence", "created_at", "updated_at"]
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
        ready, broken = [], []
        for question in queryset.prefetch_related("options"):
            (broken if saved_question_problems(question) else ready).append(question.pk)
        Question.objects.filter(pk__in=ready).update(status=Question.Status.PUBLISHED, locked=True)
        content_changed(lessons__quiz__questions__in=ready)
        if broken:
            self.message_user(
                request, ngettext("%(n)d question not published: it could not be graded (open it to see why).", "%(n)d questions not published: they could not be graded (open them to see why).", n := len(broken)) % {"n": n},
                messages.WARNING,
            )

    @admin.action(description="Return the selected questions to draft")
    def unpublish(self, request, queryset):
        chosen = list(queryset.values_list("pk", flat=True))
        Question.objects.filter(pk__in=chosen).update(status=Question.Status.DRAFT, locked=True)
        content_changed(lessons__quiz__questions__in=chosen)


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
