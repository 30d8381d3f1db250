from django.contrib.auth.forms import UserCreationForm

from .validators import validate_username


class SignupForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = ("username",)

    def clean_username(self):
        username = super().clean_username()
        validate_username(username)
        return username
