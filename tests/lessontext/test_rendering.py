"""Markdown rendering and sanitizing."""

import pytest
from django.test import SimpleTestCase

from lessontext.rendering import render_lesson, render_markdown, sanitize_html

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<img src="data:image/svg+xml;base64,PHN2Zy8+">',
    '<iframe src="https://evil.example"></iframe>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<form action="/steal"><input name="q"><button>go</button></form>',
    '<style>body{display:none}</style>',
    '<p style="background:url(javascript:alert(1))">styled</p>',
    '<svg onload="alert(1)"><circle r="1"/></svg>',
    '<math><mtext><script>alert(1)</script></mtext></math>',
    '<div onclick="alert(1)" onmouseover="alert(2)">hover</div>',
    "[link](javascript:alert(1))",
    "![img](javascript:alert(1))",
    '<a href="&#106;avascript:alert(1)">entity</a>',
    "<base href='https://evil.example/'>",
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<details open ontoggle="alert(1)"><summary>x</summary></details>',
]
FORBIDDEN = ["<script", "onerror", "onload", "onclick", "onmouseover", "ontoggle", "javascript:", "data:",
             "<iframe", "<object", "<embed", "<form", "<input", "<style", "style=", "<svg", "<math", "<base", "<meta", "<link"]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_xss_payloads_never_survive(payload):
    html = render_markdown(f"Intro\n\n{payload}\n\nOutro")
    lowered = html.lower()
    for marker in FORBIDDEN:
        assert marker not in lowered, f"{marker!r} survived in {html!r}"
    assert sanitize_html(html) == html


def test_tables_fenced_code_and_anchors():
    html = render_markdown("## Data & results\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nx = '<b>'\n```\n")
    SimpleTestCase().assertHTMLEqual(
        html,
        '<h2 id="data-results">Data &amp; results</h2>'
        "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>"
        '<pre><code class="language-python">x = \'&lt;b&gt;\'\n</code></pre>',
    )


def test_safe_links_keep_rel():
    html = render_markdown("[docs](https://example.org/)")
    assert 'href="https://example.org/"' in html
    assert 'rel="noopener noreferrer nofollow"' in html


def test_render_lesson_drops_title_and_lists_headings_with_stable_anchors():
    rendered = render_lesson("# Title\n\n## Part\n\ntext\n\n## Part\n\n### Deeper\n")
    assert "<h1" not in rendered.html
    assert [(h.level, h.anchor, h.text) for h in rendered.headings] == [
        (2, "part", "Part"),
        (2, "part_1", "Part"),
        (3, "deeper", "Deeper"),
    ]
