"""Site-wide views that belong to no app."""

from django.templatetags.static import static
from django.views.generic.base import RedirectView


class FaviconView(RedirectView):
    """Browsers ask for /favicon.ico; send them to the SVG icon.

    The URL is resolved per request, not at import, because with the hashed
    static-files storage of production it only exists after collectstatic.
    """

    permanent = True

    def get_redirect_url(self, *args, **kwargs):
        return static("favicon.svg")
