"""The pages on Redis, the cache several app servers share: every edit and every learner's change shows at once.

Runs when ``LESSONFORGE_TEST_REDIS_URL`` names a Redis server (``.ci/run`` starts one with
``.ci/redis.sh``); ``LESSONFORGE_REQUIRE_REDIS=1`` (set by ``.ci/run``) makes its absence a failure.
Two cache clients stand for two app servers: what one caches, the other reads, and a change made
through either is seen by both on their next request.
"""

import os
import uuid

import pytest
from django.core.cache import caches
from django.urls import reverse

from authoring import services as authoring
from courses.caching import content_key
from courses.models import Course
from learning.services import lesson_progress_complete

REDIS_URL = os.environ.get("LESSONFORGE_TEST_REDIS_URL", "")
REQUIRED = os.environ.get("LESSONFORGE_REQUIRE_REDIS", "").lower() in {"1", "true", "yes"}

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not REDIS_URL and not REQUIRED, reason="set LESSONFORGE_TEST_REDIS_URL to a Redis server"),
]


@pytest.fixture
def redis(settings):
    assert REDIS_URL, "LESSONFORGE_REQUIRE_REDIS is set but LESSONFORGE_TEST_REDIS_URL is not"
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL,
                                   "KEY_PREFIX": f"test-{uuid.uuid4().hex}"}}
    yield caches["default"]
    caches["default"].clear()


def test_pages_are_cached_in_redis_and_show_each_change_at_once(redis, client, student, course):
    from django.core.cache.backends.redis import RedisCache

    assert isinstance(redis, RedisCache)
    lesson = course.lessons.get(slug="first")
    client.force_login(student)
    assert 'href="#orbits"' in client.get(lesson.get_absolute_url()).text
    course = Course.objects.get(pk=course.pk)
    other_server = RedisCache(REDIS_URL, {"KEY_PREFIX": redis.key_prefix})
    # Another app server reads the lesson, its outline and its rendered shared parts from the same cache.
    assert other_server.get(content_key(course, "lesson-page", lesson.slug)).pk == lesson.pk
    outline = other_server.get(content_key(course, "lesson-outline", lesson.pk))
    assert [section.anchor for section in outline["sections"]] == ["orbits"]

    authoring.lesson_source_update(lesson=lesson, text="# First\n\nIntro.\n\n## Moons\n\nMoons orbit planets.\n")
    html = client.get(lesson.get_absolute_url()).text
    assert 'href="#moons"' in html and 'href="#orbits"' not in html

    dashboard = reverse("learning:dashboard")
    assert "Not started" in client.get(course.get_absolute_url()).text
    client.get(dashboard)
    lesson_progress_complete(user=student, lesson=lesson)
    assert "Read, quiz to pass" in client.get(course.get_absolute_url()).text
    assert "Take the quiz: First" in client.get(dashboard).text
