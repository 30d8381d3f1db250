"""The production settings load and pass Django's system checks."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    # The test settings allow async-unsafe ORM calls for Playwright; a deployment never does.
    dropped = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in dropped}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def check_deploy(fail_level: str):
    return run_manage(
        "check", "--deploy", "--fail-level", fail_level,
        DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="example.org",
    )


def test_production_settings_pass_check_deploy_without_errors():
    result = check_deploy("ERROR")
    assert result.returncode == 0, result.stderr


def test_production_settings_pass_check_deploy_without_warnings():
    result = check_deploy("WARNING")
    assert result.returncode == 0, result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY="")
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable in production." in result.stderr


@pytest.mark.parametrize("value, expected", [("1", True), ("true", True), ("on", True), ("0", False), ("no", False)])
def test_env_bool(monkeypatch, value, expected):
    from config.settings.base import env_bool

    monkeypatch.setenv("LF_TEST_FLAG", value)
    assert env_bool("LF_TEST_FLAG") is expected


def test_the_forwarded_proto_header_is_trusted_only_when_the_deployer_says_so():
    code = "from django.conf import settings; print(getattr(settings, 'SECURE_PROXY_SSL_HEADER', None))"
    base = {"DJANGO_SETTINGS_MODULE": "config.settings.production", "SECRET_KEY": secrets.token_urlsafe(50)}
    assert run_manage("shell", "-c", code, **base).stdout.strip().splitlines()[-1] == "None"
    trusted = run_manage("shell", "-c", code, **base, TRUST_X_FORWARDED_PROTO="1").stdout.strip().splitlines()[-1]
    assert trusted == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_demo_accounts_are_refused_with_production_settings():
    result = run_manage("create_demo_accounts", DJANGO_SETTINGS_MODULE="config.settings.production",
                        SECRET_KEY=secrets.token_urlsafe(50))
    assert result.returncode != 0 and "not created with production settings" in result.stderr
