"""``{% cacheblocks %}``: several fragments of a page that vary together, cached under one key.

Django's ``{% cache %}`` reads the cache once per fragment. A page whose
shared parts sit between per-learner parts (a lesson's title, body and
outline around the learner's own standing) would need one read per part;
this tag renders every ``{% block %}`` of a template once, keeps them
together under one key and reads them back in one ``get``::

    {% load fragments %}
    {% cacheblocks 3600 "learning/_lesson_shared.html" lesson.pk course.content_version as shared %}
    {{ shared.top }} … {{ shared.body }} … {{ shared.side }}

The blocks are rendered with the page's context; the key varies on the
template's name and the values after it, as ``{% cache %}``'s does.
"""

from __future__ import annotations

from django import template
from django.core.cache import caches
from django.core.cache.utils import make_template_fragment_key
from django.template.loader import get_template
from django.template.loader_tags import BlockNode
from django.utils.safestring import mark_safe

register = template.Library()


class CacheBlocksNode(template.Node):
    def __init__(self, timeout, template_name, vary_on, target):
        self.timeout, self.template_name, self.vary_on, self.target = timeout, template_name, vary_on, target

    def render(self, context):
        name = self.template_name.resolve(context)
        key = make_template_fragment_key(f"blocks:{name}", [var.resolve(context) for var in self.vary_on])
        cache = caches["default"]
        parts = cache.get(key)
        if parts is None:
            blocks = get_template(name).template.nodelist.get_nodes_by_type(BlockNode)
            # Each block's own nodes: the page's {% extends %} machinery has no say over these blocks.
            parts = {block.name: block.nodelist.render(context) for block in blocks}
            cache.set(key, parts, int(self.timeout.resolve(context)))
        context[self.target] = {block: mark_safe(html) for block, html in parts.items()}
        return ""


@register.tag
def cacheblocks(parser, token):
    """``{% cacheblocks TIMEOUT "TEMPLATE" VARY_ON... as NAME %}``."""
    bits = token.split_contents()
    if len(bits) < 5 or bits[-2] != "as":
        raise template.TemplateSyntaxError(f"'{bits[0]}' takes a timeout, a template name, values to vary on and 'as NAME'.")
    return CacheBlocksNode(parser.compile_filter(bits[1]), parser.compile_filter(bits[2]),
                           [parser.compile_filter(bit) for bit in bits[3:-2]], bits[-1])
