"""link_terms: first occurrence of each term becomes an accessible popover link."""

from __future__ import annotations

import nh3
import pytest

from lessontext.glossary.linking import LinkTarget, link_terms
from lessontext.rendering import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ALLOWED_URL_SCHEMES, render_markdown

ARMY = LinkTarget("Army diplomacy", ("Army diplomacy",), "/g/army-diplomacy/", "Diplomacy by soldiers.", "army-diplomacy")
ATTACHE = LinkTarget("Defense attachés", ("Defense Attaches", "Defense attaché"), "/g/attache/", "Liaison officers.", "attache")
UN = LinkTarget("United Nations", ("UN",), "/g/un/", "An organisation.", "un")
MIL = LinkTarget("Military diplomacy", (), "/g/mil/", "Short.", "mil")
MIL_INIT = LinkTarget("Military diplomacy initiatives", (), "/g/init/", "Long.", "init")


def wrap(target: LinkTarget, text: str) -> str:
    return (
        f'<span class="glossary-term"><a href="{target.url}" aria-describedby="gloss-{target.slug}" '
        f'rel="noopener noreferrer nofollow">{text}</a><span class="glossary-popover" role="tooltip" '
        f'id="gloss-{target.slug}">{target.definition}</span></span>'
    )


@pytest.mark.parametrize(
    ("html", "targets", "expected"),
    [
        pytest.param("<p>Army diplomacy works.</p>", [ARMY], f"<p>{wrap(ARMY, 'Army diplomacy')} works.</p>", id="exact"),
        pytest.param("<p>ARMY DIPLOMACY works.</p>", [ARMY], f"<p>{wrap(ARMY, 'ARMY DIPLOMACY')} works.</p>", id="case"),
        pytest.param("<p>Army diplomacy's reach.</p>", [ARMY], f"<p>{wrap(ARMY, 'Army diplomacy')}'s reach.</p>", id="possessive"),
        pytest.param("<p>Two defense attachés met.</p>", [ATTACHE], f"<p>Two {wrap(ATTACHE, 'defense attachés')} met.</p>", id="plural-accent"),
        pytest.param("<p>A defense attache met.</p>", [ATTACHE], f"<p>A {wrap(ATTACHE, 'defense attache')} met.</p>", id="singular-alias"),
        pytest.param("<p>The UN met us.</p>", [UN], f"<p>The {wrap(UN, 'UN')} met us.</p>", id="acronym-alias"),
        pytest.param("<p>Un jour, un chat.</p>", [UN], "<p>Un jour, un chat.</p>", id="acronym-is-case-sensitive"),
        pytest.param(
            "<p>Army diplomacy here. Army diplomacy again.</p>", [ARMY],
            f"<p>{wrap(ARMY, 'Army diplomacy')} here. Army diplomacy again.</p>", id="first-occurrence-only",
        ),
        pytest.param(
            "<h2>Army diplomacy</h2><p><a href='/x'>army diplomacy</a> <code>army diplomacy</code> "
            "<abbr title='t'>army diplomacy</abbr> <pre>army diplomacy</pre> army diplomacy</p>",
            [ARMY],
            '<h2>Army diplomacy</h2><p><a href="/x">army diplomacy</a> <code>army diplomacy</code> '
            f'<abbr title="t">army diplomacy</abbr> <pre>army diplomacy</pre> {wrap(ARMY, "army diplomacy")}</p>',
            id="not-in-headings-links-code-abbr",
        ),
        pytest.param(
            "<p>Military diplomacy initiatives and military diplomacy.</p>", [MIL, MIL_INIT],
            f"<p>{wrap(MIL_INIT, 'Military diplomacy initiatives')} and {wrap(MIL, 'military diplomacy')}.</p>",
            id="longest-match-wins",
        ),
        pytest.param(
            "<p>5 &lt; 6 &amp; army diplomacy</p>", [ARMY], f"<p>5 &lt; 6 &amp; {wrap(ARMY, 'army diplomacy')}</p>",
            id="text-stays-escaped",
        ),
        pytest.param("<p>Nothing here.</p>", [], "<p>Nothing here.</p>", id="no-targets"),
    ],
)
def test_link_terms(html, targets, expected):
    assert link_terms(html, targets) == expected


def test_definition_url_and_slug_are_escaped():
    target = LinkTarget("Army diplomacy", (), '/g/?a=1&b="2"', 'Use <b>force</b> & "talk".', 'x"y')
    out = link_terms("<p>army diplomacy</p>", [target])
    assert out == (
        '<p><span class="glossary-term"><a href="/g/?a=1&amp;b=&quot;2&quot;" aria-describedby="gloss-x&quot;y" '
        'rel="noopener noreferrer nofollow">army diplomacy</a><span class="glossary-popover" role="tooltip" '
        'id="gloss-x&quot;y">Use &lt;b&gt;force&lt;/b&gt; &amp; "talk".</span></span></p>'
    )


def test_output_is_stable_under_the_sanitizer_with_the_extra_attributes():
    html = render_markdown(
        "# Army diplomacy\n\n## Army diplomacy\n\nArmy diplomacy's reach & the UN.\n\n"
        "- Two **defense attachés** met. See [army diplomacy](https://example.org).\n"
    )
    out = link_terms(html, [ARMY, ATTACHE, UN])
    attributes = {tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()}
    attributes["span"] = attributes.get("span", set()) | {"class", "role", "aria-describedby"}
    attributes["a"] = attributes["a"] | {"class", "aria-describedby"}
    again = nh3.clean(out, tags=ALLOWED_TAGS, attributes=attributes, url_schemes=ALLOWED_URL_SCHEMES,
                      link_rel="noopener noreferrer nofollow", strip_comments=True)
    assert again == out
    assert out.count('class="glossary-term"') == 3
