"""Conflict signals per sentence: events, horsemen, partner, themes, traps, resolutions."""

from __future__ import annotations

import pytest

from heartlog.core.analysis import EntryAnalyser, analyse_text
from heartlog.core.analysis.results import SentenceResult


def only(text: str) -> SentenceResult:
    result = analyse_text(text)
    assert len(result.sentences) == 1, result.sentences
    return result.sentences[0]


def markers(s: SentenceResult, kind: str) -> list[tuple[str, str]]:
    return [(m.label, m.text) for m in s.counted_markers(kind)]


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("We argued about money again.", "money"),
        ("He yelled at me about the bills.", "money"),
        ("We fought over the kids' bedtime.", "parenting"),
        ("We had a huge fight about his mother.", "family"),
        ("She slammed the door after we bickered about the dishes.", "chores"),
        ("He blamed me for the cancelled holiday.", "plans"),
        ("We argued because he was on his phone all dinner.", "communication"),
        ("He lied about the money again.", "money"),
        # Whoever comes after "at me"/"with me" is what the fight was about.
        ("He yelled at me about my mother.", "family"),
        ("He had too much to drink and picked a fight with me about my friend.", "health"),
    ],
)
def test_conflict_events_with_their_theme(text: str, theme: str) -> None:
    s = only(text)
    assert s.conflict, s.markers
    assert theme in s.signal_themes
    assert s.partner


@pytest.mark.parametrize(
    ("text", "horseman", "words"),
    [
        ("You always leave the dishes for me!", "criticism", "you always"),
        ("You never listen to me.", "criticism", "you never"),
        ("What's wrong with you, I asked him.", "criticism", "what wrong with you"),
        ("He called me stupid in front of his mother.", "contempt", "called me stupid"),
        ("I lost it and called him useless.", "contempt", "called him useless"),
        ("He said I always treat him like a child about bills.", "criticism", "said i always"),
        ("She rolled her eyes at me when I mentioned money.", "contempt", "rolled her eyes"),
        ("He mocked the way I talk.", "contempt", "mocked"),
        ("It's not my fault, he said, and slammed the door.", "defensiveness", "not my fault"),
        ("Yes, but you did it too, he snapped at me.", "defensiveness", "yes, but"),
        ("He shut down and left the room.", "stonewalling", "shut down"),
        ("She gave me the silent treatment again.", "stonewalling", "silent treatment"),
        ("He walked out in the middle of the argument.", "stonewalling", "walked out"),
        ("He refused to talk about it and went to bed angry.", "stonewalling", "refused to talk"),
    ],
)
def test_each_horseman_is_labelled(text: str, horseman: str, words: str) -> None:
    s = only(text)
    assert s.conflict, s.markers
    assert horseman in s.horsemen
    assert (horseman, words) in markers(s, "conflict")


@pytest.mark.parametrize(
    "text",
    [
        "We didn't fight.",
        "No arguments this week.",
        "I'm not angry anymore.",
        "We never fight anymore.",
        "There was not a single argument all weekend.",
        "We haven't argued in weeks.",
        "I was afraid we would fight again.",
        "If he yells again I'll leave.",
        "We almost argued but laughed instead.",
        "I'm fighting a cold.",
        "I killed it at work today.",
        "We watched a boxing fight on TV.",
        "We argued playfully about pizza toppings.",
        "We had a pillow fight with the kids.",
        "Got slammed with work all day.",
        "The kids screamed with joy at the beach.",
    ],
)
def test_traps_do_not_raise_conflict(text: str) -> None:
    result = analyse_text(text)
    assert not any(s.conflict for s in result.sentences), result.sentences
    assert not result.has_partner_conflict


def test_the_words_that_did_not_count_say_why() -> None:
    s = only("We didn't fight.")
    (m,) = [m for m in s.markers if m.kind == "conflict"]
    assert (m.text, m.counted, m.why) == ("fight", False, "negated by 'didn't'")
    s = only("I'm fighting a cold.")
    assert [(m.kind, m.text, m.counted) for m in s.markers if m.kind == "false_friend"] == [
        ("false_friend", "fighting a cold", False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "My boss yelled at me.",
        "I argued with my sister about Christmas.",
        "The kids fought all afternoon.",
        "My manager blamed me for the delay.",
        "My boss yelled at me about the deadline.",
        "His brother picked a fight with me about money.",
        "He yelled at the kids about the mess.",
    ],
)
def test_conflict_with_someone_else_is_not_partner_conflict(text: str) -> None:
    s = only(text)
    assert not s.conflict
    assert s.third_party_conflict
    assert any(m.why == "about someone else" for m in s.markers)


def test_he_is_resolved_to_the_last_person_named() -> None:
    r = analyse_text("My boss was horrible today. He yelled at me in front of everyone.")
    assert not r.has_partner_conflict
    r = analyse_text("My boss was horrible today. At home my husband yelled at me about the bills.")
    assert r.sentences[1].conflict
    r = analyse_text("Mum called. He yelled at me after I hung up.")
    assert r.sentences[1].conflict  # "he" is not mum


def test_partner_names_count_as_the_partner() -> None:
    text = "Sam slammed the door when I mentioned the rent."
    named = EntryAnalyser(["Sam Taylor"]).analyse("", text)
    assert named.sentences[0].conflict
    assert ("partner", "Sam") in [
        (m.label, m.text) for m in named.sentences[0].markers if m.kind == "person"
    ]
    # A name that is also a word only counts with its capital letter.
    bill = EntryAnalyser(["Bill"]).analyse("", "The bill was huge and Bill yelled at me.")
    persons = [(m.label, m.text) for m in bill.sentences[0].markers if m.kind == "person"]
    assert persons == [("partner", "Bill")]


@pytest.mark.parametrize(
    ("text", "themes"),
    [
        # A theme word in a phrase that is about something else names no theme...
        ("We had a fight before work.", ()),
        ("He came home from work and we argued.", ()),
        ("I'm sick of arguing with him.", ()),
        ("We spent the whole day together.", ()),
        ("He broke down crying when we talked.", ()),
        ("I was lying in bed when he came in.", ()),
        ("We need to work on our marriage.", ()),
        ("He did a great job with the speech.", ()),
        ("I was a mess after the fight.", ()),
        ("He is acting like a child.", ()),
        ("Finally a weight off my shoulders.", ()),
        ("She gave me a cold look.", ()),
        # ... while the same words still name it where they should.
        ("We argued about his job again.", ("work",)),
        ("He got a great job offer.", ("work",)),
        ("It's my job again to do the laundry.", ("chores",)),
        ("I'm sick of doing the dishes.", ("chores",)),
        ("He never pulls his weight around the house.", ("chores",)),
        ("He spent too much money on the car.", ("money",)),
        ("I was sick all week with the flu.", ("health",)),
        ("We fought about him working late.", ("work",)),
        # Texting someone else or going through a phone is about trust, not talking.
        ("He was texting someone all through dinner.", ("trust",)),
        ("I went through his phone last night.", ("trust",)),
        ("He was on his phone all through dinner.", ("communication",)),
        ("I booked a session with a couples therapist.", ("plans",)),
        # A conflict phrase names its theme; a resolution does not ("we hugged").
        ("He lied to me again.", ("trust",)),
        ("She ignored me all evening.", ("communication",)),
        ("He gave me the silent treatment.", ("communication",)),
        ("He called me a child.", ()),
        ("He broke his promise.", ("trust",)),
        ("We hugged for a long time.", ()),
    ],
)
def test_which_theme_words_name_a_theme(text: str, themes: tuple[str, ...]) -> None:
    assert only(text).themes == themes


def test_theme_is_borrowed_from_a_neighbouring_sentence() -> None:
    r = analyse_text("The credit card bill came today. He yelled at me. I cried.")
    conflict = r.sentences[1]
    assert conflict.conflict and conflict.themes == () and conflict.context_themes == ("money",)


def test_resolutions() -> None:
    s = only("He apologized and we hugged.")
    assert s.resolution == "strong" and s.order == ("resolution",)
    s = only("We finally talked it through and agreed on a budget.")
    assert s.resolution == "strong" and "money" in s.signal_themes
    assert only("He never apologised.").resolution == ""
    assert only("We need to talk it through.").resolution == ""
    assert only("He tried to apologise but I walked away.").resolution == ""
    assert only("My boss apologised for the mess.").resolution == ""
    s = only("We argued about the dishes, but then we talked it through.")
    assert s.order == ("conflict", "resolution")
    s = only("He apologised, then yelled at me again about the rent.")
    assert s.order == ("resolution", "conflict")
    assert only("We hugged for a long time.").resolution == "soft"


def test_a_resolution_that_names_only_the_writer_is_about_the_partner_in_context() -> None:
    r = analyse_text(
        "He showed me the messages and promised to be open. I said sorry for snooping."
    )
    apology = r.sentences[1]
    assert apology.resolution == "strong" and apology.signal_themes == ("trust",)
    # ... but not when someone else is named, or when nothing before was about the partner.
    assert only("I said sorry to my sister.").resolution == ""
    late = analyse_text("My boss was furious. I said sorry for being late.").sentences[1]
    assert late.resolution == ""


@pytest.mark.parametrize(
    "text",
    [
        "He apologized for yelling at me.",
        "I forgave him for the fight about money.",
        "She said sorry for rolling her eyes.",
        "I said sorry about the argument and we hugged.",
    ],
)
def test_what_an_apology_is_for_is_not_a_new_conflict(text: str) -> None:
    s = only(text)
    assert s.order == ("resolution",) and s.resolution == "strong" and not s.conflict
    assert [m.why for m in s.markers if m.kind == "conflict"] == ["what was made up for"]


def test_a_conflict_after_an_apology_still_counts() -> None:
    for text in (
        "He apologised, then yelled at me again about the rent.",
        "He apologised for Easter and then we argued again.",
    ):
        assert only(text).order == ("resolution", "conflict"), text


def test_turning_away_is_stonewalling() -> None:
    s = only("He turned me down and changed the subject.")
    assert s.conflict and s.horsemen == ("stonewalling",) and "affection" in s.themes
    assert markers(only("We barely spoke all evening."), "conflict") == [
        ("stonewalling", "barely spoke")
    ]


def test_counts_of_i_you_we_and_absolutes() -> None:
    r = analyse_text(
        "I feel hurt when you never ask. You always do this. We should talk. Everything is awful."
    )
    assert r.counts.i_statements == 1
    assert r.counts.you_statements == 2
    assert r.counts.we_talk == 1
    assert r.counts.absolutes == 3
