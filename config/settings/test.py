"""Fast, isolated settings for the test suite."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

# https://docs.djangoproject.com/en/5.2/topics/testing/overview/#speeding-up-the-tests
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# Playwright's sync API runs an event loop in the test thread; Django would
# then refuse ORM calls from the test body (see shared TESTING_NOTES).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
