"""Static files in production: whitenoise's compressed, hashed files, each URL worked out once per process."""

from functools import lru_cache

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """The manifest is fixed for a deployment, so a name's URL is too: ``{% static %}`` costs a dict lookup.

    Every page's base template asks for half a dozen static URLs; the manifest
    storage's ``url()`` (hashed name, ``urljoin``, quoting) is a measurable share
    of a page's CPU (``bench/pagecost.py``).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.url = lru_cache(maxsize=1024)(super().url)
