from django import forms

from .models import FlashcardReview


class ReviewForm(forms.Form):
    RATINGS = [
        (FlashcardReview.Rating.AGAIN, "Again", "1", "lf-rate lf-rate-again"),
        (FlashcardReview.Rating.HARD, "Hard", "2", "lf-rate lf-rate-hard"),
        (FlashcardReview.Rating.GOOD, "Good", "3", "lf-rate lf-rate-good"),
        (FlashcardReview.Rating.EASY, "Easy", "4", "lf-rate lf-rate-easy"),
    ]
    rating = forms.TypedChoiceField(choices=FlashcardReview.Rating.choices, coerce=int)
