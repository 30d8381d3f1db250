from django import forms

from .models import FlashcardReview, GlossaryTerm


class ReviewForm(forms.Form):
    RATINGS = [
        (FlashcardReview.Rating.AGAIN, "Again", "1", "lf-rate lf-rate-again"),
        (FlashcardReview.Rating.HARD, "Hard", "2", "lf-rate lf-rate-hard"),
        (FlashcardReview.Rating.GOOD, "Good", "3", "lf-rate lf-rate-good"),
        (FlashcardReview.Rating.EASY, "Easy", "4", "lf-rate lf-rate-easy"),
    ]
    rating = forms.TypedChoiceField(choices=FlashcardReview.Rating.choices, coerce=int)


class TermForm(forms.ModelForm):
    """An instructor's glossary entry: aliases typed one per line."""

    aliases = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2}), help_text="Other forms of the term, one per line."
    )

    class Meta:
        model = GlossaryTerm
        fields = ["term", "definition", "kind", "aliases", "hidden"]
        widgets = {"definition": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["aliases"] = "\n".join(self.instance.aliases or [])

    def clean_aliases(self):
        return [line.strip() for line in self.cleaned_data["aliases"].splitlines() if line.strip()]
