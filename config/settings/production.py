"""Production: secrets and hosts come from the environment; static files from whitenoise."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import STORAGES, env_bool

DEBUG = env_bool("DEBUG", False)
if not os.environ.get("SECRET_KEY"):
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable in production.")

# https://whitenoise.readthedocs.io/en/stable/django.html
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False
