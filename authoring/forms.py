from django import forms

from courses.models import Course
from quizzes.models import Question, Quiz

from .models import ReviewDecision


class ReviewForm(forms.Form):
    verdict = forms.ChoiceField(choices=[
        (v.value, v.label) for v in ReviewDecision.Verdict if v != ReviewDecision.Verdict.EDIT
    ])
    reason = forms.ChoiceField(choices=[("", "—"), *ReviewDecision.Reason.choices], required=False)
    note = forms.CharField(required=False, max_length=1000)

    def clean(self):
        data = super().clean()
        if data.get("verdict") == ReviewDecision.Verdict.REJECT and not data.get("reason"):
            self.add_error("reason", "Say why the question is rejected: choose a reason.")
        return data


class BulkAcceptForm(forms.Form):
    questions = forms.ModelMultipleChoiceField(queryset=None, widget=forms.MultipleHiddenInput)

    def __init__(self, *args, queue, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["questions"].queryset = queue


class QuizSettingsForm(forms.ModelForm):
    class Meta:
        model = Quiz
        fields = [
            "pass_mark", "attempts_allowed", "time_limit_minutes", "questions_per_attempt", "answers_shown",
            "shuffle_options", "one_question_per_page",
        ]
        labels = {
            "pass_mark": "Pass mark (%)",
            "time_limit_minutes": "Time limit (minutes)",
            "questions_per_attempt": "Questions drawn per attempt",
            "answers_shown": "Show learners the correct answers",
        }


class CourseForm(forms.ModelForm):
    class Meta:
        model = Course
        fields = ["title", "description"]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".md,.markdown,.txt,.zip"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


class LessonUploadForm(forms.Form):
    files = MultipleFileField(
        label="Lesson files", help_text="Markdown (.md, .markdown or .txt), one lesson per file, or a .zip of a "
        "course folder (its course.toml sets the order). A file whose lesson already exists (same slug) updates "
        "it; learners' progress is kept.",
    )


class LessonSourceForm(forms.Form):
    source = forms.CharField(
        label="Markdown", widget=forms.Textarea(attrs={"rows": 24, "class": "font-monospace", "spellcheck": "true"}),
        help_text="The first line is the title (# Title); ## headings become sections.",
    )


class QuestionForm(forms.ModelForm):
    """A question's own fields; its options, pairs or answers come in the formset of its type."""

    status = forms.ChoiceField(
        choices=[(Question.Status.DRAFT, "Draft (learners do not see it)"), (Question.Status.PUBLISHED, "Published")],
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Question
        fields = ["stem", "explanation", "source_sentence", "status"]
        widgets = {
            "stem": forms.Textarea(attrs={"rows": 2}),
            "explanation": forms.Textarea(attrs={"rows": 2}),
            "source_sentence": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "stem": "For fill in the blank, write _____ where the answer goes.",
            "explanation": "Shown with the results: why the answer is right.",
            "source_sentence": "The lesson's sentence the question comes from (optional).",
        }


class OptionRowForm(forms.Form):
    text = forms.CharField(required=False, max_length=1000, label="Option")
    correct = forms.BooleanField(required=False, label="Correct")


class PairRowForm(forms.Form):
    text = forms.CharField(required=False, max_length=1000, label="Description")
    match = forms.CharField(required=False, max_length=300, label="Term")


class AnswerRowForm(forms.Form):
    answer = forms.CharField(required=False, max_length=200, label="Accepted answer")


class TrueFalseForm(forms.Form):
    answer = forms.ChoiceField(choices=[("true", "True"), ("false", "False")], widget=forms.RadioSelect,
                               label="The statement is")


OptionRows = forms.formset_factory(OptionRowForm, extra=0)
PairRows = forms.formset_factory(PairRowForm, extra=0)
AnswerRows = forms.formset_factory(AnswerRowForm, extra=0)


class GiftImportForm(forms.Form):
    file = forms.FileField(label="GIFT file", help_text="Moodle's GIFT text format (.gift or .txt).",
                           widget=forms.ClearableFileInput(attrs={"accept": ".gift,.txt"}))
