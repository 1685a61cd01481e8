"""``heartlog prompt``: today's writing prompt (recorded as shown, like the app's prompt card)."""

from __future__ import annotations

import argparse
from typing import Any

from heartlog.cli.common import add_json_option, add_profile_option, open_profile, print_json
from heartlog.core.prompt_catalogue import Prompt
from heartlog.core.prompts import NoPromptAvailable, PromptService


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    prompt = sub.add_parser("prompt", help="show today's writing prompt")
    add_profile_option(prompt)
    add_json_option(prompt)
    prompt.set_defaults(func=_prompt)


def prompt_to_json(prompt: Prompt) -> dict[str, Any]:
    """The documented ``--json`` form: exactly these keys."""
    return {
        "id": prompt.id,
        "practice": prompt.practice,
        "depth": prompt.depth,
        "text": prompt.text,
        "why": prompt.why,
        "follow_ups": list(prompt.follow_ups),
    }


def _prompt(args: argparse.Namespace) -> int:
    with open_profile(args) as opened:
        service = PromptService(opened.journal, opened.profile.id)
        prompt = service.today()
        if prompt is None:
            raise NoPromptAvailable()
        practice = service.practice_name(prompt)
    if args.json:
        print_json(prompt_to_json(prompt))
        return 0
    print(f"{practice} · depth {prompt.depth} · {prompt.id}")
    print()
    print(prompt.text)
    print()
    print(f"Why this helps: {prompt.why}")
    for follow_up in prompt.follow_ups:
        print(f"  - {follow_up}")
    return 0
