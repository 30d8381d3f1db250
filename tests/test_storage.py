"""Production static files: hashed names from the manifest, each URL worked out once per process."""

import json

from config.storage import StaticFilesStorage


def test_static_urls_come_from_the_manifest_once(tmp_path, settings):
    settings.DEBUG = False
    (tmp_path / "staticfiles.json").write_text(json.dumps({"paths": {"css/site.css": "css/site.0123abcd.css"},
                                                           "version": "1.1"}))
    storage = StaticFilesStorage(location=tmp_path, base_url="/static/")
    assert storage.url("css/site.css") == "/static/css/site.0123abcd.css"
    assert storage.url("css/site.css") == "/static/css/site.0123abcd.css"
    assert storage.url.cache_info().hits == 1
