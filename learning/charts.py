"""Server-rendered SVG charts (pygal), served as images with a table beside them as their text alternative."""

from __future__ import annotations

import re

import pygal
from django.http import HttpResponse

STYLE = pygal.style.Style(
    background="white",
    plot_background="white",
    font_family="DejaVu Sans, Arial, sans-serif",
    colors=("#0d6efd", "#6c757d", "#198754", "#fd7e14"),
)


def chart_config(**options) -> pygal.Config:
    """pygal's settings for an image: no scripts, no XML declaration, the site's colours."""
    return pygal.Config(js=[], disable_xml_declaration=True, style=STYLE, **options)


def svg_response(chart: pygal.graph.graph.Graph) -> HttpResponse:
    """The chart as an SVG response that can run and load nothing."""
    # Even with js=[] pygal writes a configuration <script>; an image has no use for it.
    svg = re.sub(r"<script\b.*?</script>", "", chart.render(is_unicode=True), flags=re.DOTALL)
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Cache-Control"] = "private, no-cache"
    # The chart's own stylesheet is inline; nothing else may load or run inside it.
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return response
