from django import forms

from .models import FlashcardReview


class ReviewForm(forms.Form):
    RATINGS = [
        (FlashcardReview.Rating.AGAIN, "Again", "1", "btn-outline-danger"),
        (FlashcardReview.Rating.HARD, "Hard", "2", "btn-outline-warning"),
        (FlashcardReview.Rating.GOOD, "Good", "3", "btn-outline-success"),
        (FlashcardReview.Rating.EASY, "Easy", "4", "btn-outline-primary"),
    ]
    rating = forms.TypedChoiceField(choices=FlashcardReview.Rating.choices, coerce=int)
