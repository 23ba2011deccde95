"""Tests for analysis.sentiment.mentions: the mention_sentiment rows, speaker rows and the one-pass scoring."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from analysis import actors, sentiment
from analysis.records import Mention, Quote

from .texts import char_span


def test_mention_sentiment_rows_and_speaker(nlp: Language) -> None:
    text = 'The mayor praised the police chief. "This is a terrible, shameful failure," Smith said.'
    doc = nlp(text)
    mentions = [
        Mention(*char_span(text, "mayor"), "mayor", "PERSON", "Mayor", "descriptor"),
        Mention(*char_span(text, "police chief"), "police chief", "PERSON", "Police Chief", "descriptor"),
        Mention(*char_span(text, "Smith"), "Smith", "PERSON", "John Smith", "name"),
    ]
    quote_start, quote_end = char_span(text, "This is a terrible, shameful failure,")
    quotes = [Quote(quote_start, quote_end, text[quote_start:quote_end], "John Smith", "said", "direct")]
    rows = sentiment.mention_sentiment(doc, mentions, quotes, engine="vader")
    roles = {(r.actor, r.role) for r in rows}
    assert roles == {("Mayor", "subject"), ("Police Chief", "object"), ("John Smith", "speaker")}
    speaker = next(r for r in rows if r.role == "speaker")
    assert speaker.polarity < 0 and speaker.evidence == quotes[0].quote
    chief = next(r for r in rows if r.actor == "Police Chief")
    assert "praised" in chief.evidence and chief.polarity > 0
    assert [r.start for r in rows] == sorted(r.start for r in rows)


@pytest.mark.parametrize(
    ("text", "name", "quoted", "cue", "speaker", "skipped"),
    [
        ("“We will win,” Ms. Ortiz said.", "Ms. Ortiz", "We will win,", "said", "Ortiz", True),
        ("Ms. Ortiz added, “We will win.”", "Ms. Ortiz", "We will win.", "added", "Ortiz", True),
        ("“We will win,” Ms. Ortiz said.", "Ms. Ortiz", "We will win,", "said", "Someone Else", False),
        ("Ms. Ortiz praised the team. “We will win,” a fan said.", "Ms. Ortiz", "We will win,", "said", "Ortiz", False),
    ],
)
def test_the_speaker_of_a_quote_is_not_also_scored_on_the_word_said(
    nlp: Language, text: str, name: str, quoted: str, cue: str, speaker: str, skipped: bool
) -> None:
    doc = nlp(text)
    start, end = char_span(text, name)
    mention = Mention(start, end, name, "PERSON", "Ortiz")
    q_start, q_end = char_span(text, quoted)
    quote = Quote(q_start, q_end, quoted, speaker, cue, "direct")
    assert sentiment.introduces_own_quote(doc, mention, [quote]) is skipped
    roles = [r.role for r in sentiment.mention_sentiment(doc, [mention], [quote]) if r.actor == "Ortiz"]
    assert ("subject" in roles) is (not skipped)


@pytest.mark.parametrize("method", sentiment.METHODS)
def test_mention_sentiment_all_equals_one_engine_at_a_time(nlp: Language, method: str) -> None:
    text = ('The mayor praised the police chief, who had criticized the council. '
            '"This is a terrible, shameful failure," Smith said. The council did not answer the mayor.')
    doc = nlp(text)
    mentions = [
        Mention(*char_span(text, "mayor"), "mayor", "PERSON", "Mayor", "descriptor"),
        Mention(*char_span(text, "police chief"), "police chief", "PERSON", "Police Chief", "descriptor"),
        Mention(*char_span(text, "Smith"), "Smith", "PERSON", "John Smith", "name"),
        Mention(text.rindex("mayor"), text.rindex("mayor") + 5, "mayor", "PERSON", "Mayor", "descriptor"),
    ]
    quote_start, quote_end = char_span(text, "This is a terrible, shameful failure,")
    quotes = [Quote(quote_start, quote_end, text[quote_start:quote_end], "John Smith", "said", "direct")]
    together = sentiment.mention_sentiment_all(doc, mentions, quotes, method=method)
    assert set(together) == set(sentiment.ENGINES)
    for engine in sentiment.ENGINES:
        assert together[engine] == sentiment.mention_sentiment(doc, mentions, quotes, engine=engine, method=method)
    assert together["textblob"] != together["vader"]


def test_mention_rows_score_as_target_polarity_does(sample_doc: Doc) -> None:
    """The one-pass scoring of every engine gives exactly the one-mention, one-engine numbers."""
    mentions = actors.extract_mentions(sample_doc)
    rows = sentiment.mention_sentiment_all(sample_doc, mentions, [])
    for engine in sentiment.ENGINES:
        assert len(rows[engine]) == len(mentions)
        for row in rows[engine]:
            assert row.polarity == sentiment.target_polarity(sample_doc, row.start, row.end, engine=engine)
