"""Which prompt "Write about this" opens for a pattern."""

from __future__ import annotations

from heartlog.core.pattern_prompt import prompt_for_pattern
from heartlog.core.prompt_catalogue import load_catalogue


def test_first_practice_with_prompts_is_used() -> None:
    c = load_catalogue()
    p = prompt_for_pattern(c, ["active_listening", "i_statements"], "communication")
    assert p is not None and p.practice == "active_listening"


def test_a_practice_known_only_as_an_example_uses_prompts_addressing_it() -> None:
    c = load_catalogue()
    assert not c.prompts_of("discussing_disagreement")
    p = prompt_for_pattern(c, ["discussing_disagreement", "i_statements"], "money")
    assert p is not None and "discussing_disagreement" in p.addresses


def test_unanswered_prompts_at_the_allowed_depth_come_first() -> None:
    c = load_catalogue()
    light = [p.id for p in c.prompts_of("forgiveness") if p.depth == 1]
    first = prompt_for_pattern(c, ["forgiveness"], max_depth=1)
    assert first is not None and first.depth == 1
    second = prompt_for_pattern(c, ["forgiveness"], answered=[first.id], max_depth=1)
    assert second is not None and second.id != first.id and second.depth == 1
    all_answered = prompt_for_pattern(c, ["forgiveness"], answered=light, max_depth=1)
    assert all_answered is not None and all_answered.depth == 1  # answered beats too deep


def test_hidden_prompts_are_never_chosen() -> None:
    c = load_catalogue()
    own = [p.id for p in c.prompts_of("forgiveness")]
    p = prompt_for_pattern(c, ["forgiveness", "i_statements"], hidden=own)
    assert p is not None and p.practice == "i_statements"
    everything = [p.id for p in c.prompts]
    assert prompt_for_pattern(c, ["forgiveness"], "trust", hidden=everything) is None


def test_unknown_practices_fall_back_to_the_themes_practices() -> None:
    c = load_catalogue()
    p = prompt_for_pattern(c, ["no_such_practice"], "money")
    assert p is not None and p.practice in c.theme("money").practices


def test_a_writer_not_ready_for_deep_prompts_gets_the_next_practice() -> None:
    c = load_catalogue()
    # No prompt addressing an open disagreement is light (depth 1): the next practice serves.
    p = prompt_for_pattern(c, ["discussing_disagreement", "i_statements"], "money", max_depth=1)
    assert p is not None and p.depth == 1 and p.practice == "i_statements"
    deep = prompt_for_pattern(c, ["discussing_disagreement", "i_statements"], "money")
    assert deep is not None and "discussing_disagreement" in deep.addresses
