"""``heartlog prompt`` through a real subprocess."""

from __future__ import annotations

import json

from heartlog.core.profiles import unlock
from heartlog.core.prompts import PromptService
from heartlog_testing import PASSPHRASE

ENV = {"HEARTLOG_PASSPHRASE": PASSPHRASE}


def test_prompt_json_has_exactly_the_documented_keys(profile, cli) -> None:
    result = cli("prompt", "--profile", "Test", "--json", env=ENV)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"id", "practice", "depth", "text", "why", "follow_ups"}
    assert data["id"].startswith(data["practice"] + ".")
    assert data["depth"] == 1
    assert isinstance(data["follow_ups"], list)
    # Shown is recorded, and the prompt stays the same for the rest of the day.
    again = json.loads(cli("prompt", "-p", "Test", "--json", env=ENV).stdout)
    assert again == data
    with unlock(profile, PASSPHRASE) as opened:
        service = PromptService(opened.journal, profile.id)
        history = service.history()
        assert [(e.prompt_id, str(e.kind)) for e in history] == [(data["id"], "shown")]


def test_prompt_text_output(profile, cli) -> None:
    result = cli("prompt", "-p", "Test", env=ENV)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    with unlock(profile, PASSPHRASE) as opened:
        service = PromptService(opened.journal, profile.id)
        prompt = service.today(record=False)
        practice = service.practice_name(prompt)
    assert lines[0] == f"{practice} · depth {prompt.depth} · {prompt.id}"
    assert prompt.text in lines
    assert f"Why this helps: {prompt.why}" in lines


def test_every_prompt_hidden_is_a_user_error(profile, cli) -> None:
    with unlock(profile, PASSPHRASE) as opened:
        service = PromptService(opened.journal, profile.id)
        for prompt in service.catalogue.prompts:
            service.set_hidden(prompt.id, True)
    result = cli("prompt", "-p", "Test", env=ENV)
    assert result.returncode == 1
    assert "Every prompt is hidden" in result.stderr
    assert result.stdout == ""


def test_wrong_passphrase_is_a_user_error(profile, cli) -> None:
    result = cli("prompt", "-p", "Test", env={"HEARTLOG_PASSPHRASE": "not the passphrase"})
    assert result.returncode == 1
    assert "Wrong passphrase" in result.stderr


def test_missing_profile_option_is_a_usage_error(cli) -> None:
    assert cli("prompt").returncode == 2
