"""``{% cacheblocks %}``: a template's blocks rendered once, kept under one key, read back with one cache read."""

import pytest
from django.core.cache import cache
from django.template import Context, Template, TemplateSyntaxError
from django.template.loader import get_template
from django.template.loader_tags import BlockNode

PAGE = ('{% load fragments %}{% cacheblocks 60 "parts.html" version as shared %}'
        "[{{ shared.head }}|mine {{ who }}|{{ shared.tail }}]")


@pytest.fixture
def parts_template(settings, tmp_path):
    (tmp_path / "parts.html").write_text("{% block head %}<h1>{{ title }}</h1>{% endblock %}ignored"
                                         "{% block tail %}{% for n in items %}{{ n }}{% endfor %}{% endblock %}")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path], "APP_DIRS": True}]
    cache.clear()
    yield tmp_path
    cache.clear()


def render(**context) -> str:
    return Template(PAGE).render(Context(context))


def counting_reads(monkeypatch) -> list[str]:
    reads = []
    original = cache.get
    monkeypatch.setattr(cache, "get", lambda key, *args, **kwargs: (reads.append(key), original(key, *args, **kwargs))[1])
    return reads


def test_each_block_is_placed_where_the_page_asks_with_the_page_context(parts_template):
    html = render(version=1, title="Tides & moons", items=[1, 2], who="ann")
    assert html == "[<h1>Tides &amp; moons</h1>|mine ann|12]"


def test_a_warm_page_reads_its_blocks_in_one_cache_read_and_renders_none(parts_template, monkeypatch):
    render(version=1, title="Tides", items=[1], who="ann")
    reads = counting_reads(monkeypatch)
    # Changed values the blocks would show prove they are not rendered again; the page's own part is.
    assert render(version=1, title="Changed", items=[9], who="bob") == "[<h1>Tides</h1>|mine bob|1]"
    assert len(reads) == 1


def test_a_new_version_renders_the_blocks_afresh(parts_template):
    render(version=1, title="Tides", items=[], who="ann")
    assert render(version=2, title="Waves", items=[], who="ann") == "[<h1>Waves</h1>|mine ann|]"


def test_the_key_names_the_template(parts_template):
    (parts_template / "other.html").write_text("{% block head %}other{% endblock %}{% block tail %}{% endblock %}")
    render(version=1, title="Tides", items=[], who="ann")
    other = Template('{% load fragments %}{% cacheblocks 60 "other.html" version as shared %}{{ shared.head }}')
    assert other.render(Context({"version": 1})) == "other"


def test_a_malformed_tag_says_what_it_takes():
    with pytest.raises(TemplateSyntaxError, match="timeout, a template name"):
        Template('{% load fragments %}{% cacheblocks 60 "parts.html" %}')


def test_the_lesson_page_template_has_the_blocks_it_places():
    blocks = get_template("learning/_lesson_shared.html").template.nodelist.get_nodes_by_type(BlockNode)
    assert {block.name for block in blocks} == {"top", "body", "side"}
