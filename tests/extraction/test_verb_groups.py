"""Attribution suggestions around verb groups and conversation: "are saying", "keeps saying",
"used to say", "As I said before, …", "told me the station will …", and what only looks like
them ("Let's say", "told stories", "write a book").

Each sentence was written for this test; the positive ones gave nothing, or the wrong speaker,
content or outlet, before the rules they pin.
"""

import pytest

from claimtracker.extraction.attributions import suggest


def _only(text: str) -> dict:
    (found,) = suggest(text, "en")
    return found.texts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a progressive is a finite verb: its subject speaks
            "Officials are saying that the bridge will reopen next week.",
            {"cue": "saying", "speaker": "Officials", "content": "the bridge will reopen next week"},
        ),
        (
            "The company has been telling investors for months that sales would recover.",
            {"cue": "telling", "speaker": "The company", "content": "sales would recover"},
        ),
        (  # "keeps" belongs to the verb group, not to the speaker
            "My editor keeps saying I should write a second book.",
            {"speaker": "My editor", "content": "I should write a second book"},
        ),
        (
            "As my grandmother used to say, nothing grows without patience.",
            {"speaker": "my grandmother", "content": "nothing grows without patience"},
        ),
        (
            "As he likes to say, nothing is ever finished in politics.",
            {"speaker": "he", "content": "nothing is ever finished in politics"},
        ),
        (  # when and to whom between the verb and the comma; the outlet is the intermediary
            "As I said before, patience is everything in this job.",
            {"speaker": "I", "content": "patience is everything in this job", "intermediary": None},
        ),
        (
            "As he told Reuters last week, the plant will close in June.",
            {"speaker": "he", "content": "the plant will close in June", "intermediary": "Reuters"},
        ),
        (
            "As she said in an interview with the BBC, nobody expected the vote to pass.",
            {"speaker": "she", "content": "nobody expected the vote to pass", "intermediary": "the BBC"},
        ),
        (  # a bare plural audience, then "for months" before "that"
            "The company told investors for months that sales would recover.",
            {"speaker": "The company", "content": "sales would recover", "intermediary": None},
        ),
        (  # after "told me", a clause with no "that": a subject and its finite verb
            "The coastguard told me the station will stay open until 2015.",
            {"speaker": "The coastguard", "content": "the station will stay open until 2015"},
        ),
        (  # "every day" says when, between the audience and "that"
            "People tell me every day that they don't feel safe.",
            {"speaker": "People", "content": "they don't feel safe"},
        ),
        (  # a contracted auxiliary is no part of the speaker; the object before a colon, no content
            "I've said it many times: cut the waste.",
            {"speaker": "I", "content": "cut the waste"},
        ),
        (  # the English article "a" is no French "a" (has) ending the subject
            "A lawsuit filed last month by a group of residents alleges that the council broke the rules.",
            {
                "speaker": "A lawsuit filed last month by a group of residents",
                "content": "the council broke the rules",
            },
        ),
        (  # "that" and a comma: still the complementiser
            "Vega suggested that, because of their age, many would be unaware of its history.",
            {"speaker": "Vega", "content": "because of their age, many would be unaware of its history"},
        ),
        (  # whom the speaker addressed, between the verb and "that"
            "I explained to the board that we needed more time.",
            {"speaker": "I", "content": "we needed more time", "intermediary": None},
        ),
        (
            "He said to the BBC that the plan had failed.",
            {"speaker": "He", "content": "the plan had failed", "intermediary": "the BBC"},
        ),
        (
            "Like I said, we are not in it for the money.",
            {"speaker": "I", "content": "we are not in it for the money"},
        ),
        (
            "I'd say that the scene is healthier than ever.",
            {"speaker": "I", "content": "the scene is healthier than ever"},
        ),
        (  # heard saying: the one heard speaks
            "I remember my teacher saying that music was a language.",
            {"speaker": "my teacher", "content": "music was a language"},
        ),
        ("What I'm saying is that nobody listens.", {"speaker": "I", "content": "nobody listens"}),
        (  # an irregular past ends the main clause's subject before the participle
            "The minister spoke on Monday, saying that the bridge would reopen.",
            {"speaker": "The minister", "content": "the bridge would reopen"},
        ),
        (  # whom the participle told, then "that"
            "The minister met union leaders on Friday, telling them that no deal was possible.",
            {"speaker": "The minister", "content": "no deal was possible", "intermediary": None},
        ),
        (
            "The company assured investors that profits would recover.",
            {"speaker": "The company", "content": "profits would recover", "intermediary": None},
        ),
        (  # no "that" after the noun phrase: it is what was warned of, not who was warned
            "The IMF warned the economy could shrink this year.",
            {"speaker": "The IMF", "content": "the economy could shrink this year"},
        ),
        (
            "The minister blamed the delays on the contractor.",
            {"cue": "blamed", "speaker": "The minister", "content": "the delays on the contractor"},
        ),
        (  # an outlet told, then a clause with no "that"
            "An Environment Canada spokeswoman told CBC News the department will look into the incident.",
            {"content": "the department will look into the incident", "intermediary": "CBC News"},
        ),
    ],
)
def test_verb_groups_and_conversation(text: str, expected: dict) -> None:
    found = _only(text)
    assert {key: found[key] for key in expected} == expected


def test_a_quotation_ended_by_its_full_stop_does_not_lend_itself_to_the_next_sentence() -> None:
    text = 'Report.\n\nMy neighbour said, "You are wasting your time." I told him he would see in the spring.'
    found = [s.texts(text) for s in suggest(text, "en")]
    assert [(f["speaker"], f["content"]) for f in found] == [
        ("My neighbour", "You are wasting your time"),
        ("I", "he would see in the spring"),
    ]


def test_a_quotation_still_takes_the_speaker_named_after_it() -> None:
    text = 'Report.\n\n"We will win." Coach Smith said.\n"We will win." He said the team was ready.'
    found = [s.texts(text) for s in suggest(text, "en")]
    assert [(f["speaker"], f["content"]) for f in found] == [
        ("Coach Smith", "We will win"),
        ("He", "the team was ready"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Let's say I needed a quiet place to think.", []),
        ("He told stories that made everyone laugh.", []),
        ("I would tell them to come and visit the island.", []),
        ("Editors say she should write a second book about the war.", [("say", "Editors")]),
        ("He says that about everyone he meets.", []),  # the pronoun "that": nothing reported
        ("I said that too.", []),
        (  # the question asked is reported; "no" after "and he said" is no claim
            "I asked him whether he would come back, and he said no.",
            [("asked", "I")],
        ),
        (  # a clause is no speaker: "revealed" has none of its own
            "She explained how the adoption of the camera revealed his process.",
            [("explained", "She")],
        ),
        (  # a reporting word inside what was said is no second report
            "The bloc's foreign policy chief said Europe would respond.",
            [("said", "The bloc's foreign policy chief")],
        ),
    ],
)
def test_words_that_only_look_like_an_attribution(text: str, expected: list) -> None:
    found = [s.texts(text) for s in suggest(text, "en")]
    assert [(f["cue"], f["speaker"]) for f in found] == expected


def test_french_addressees_before_que():
    text = "Le ministre a informé les députés que le pont rouvrirait."
    (found,) = suggest(text, "fr")
    assert (
        found.texts(text)["speaker"] == "Le ministre" and found.texts(text)["content"] == "le pont rouvrirait"
    )
