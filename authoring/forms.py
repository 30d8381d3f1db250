from django import forms

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
