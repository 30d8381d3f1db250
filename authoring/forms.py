from django import forms

from quizzes.models import Quiz

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
