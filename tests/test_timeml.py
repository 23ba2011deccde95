"""Tests for analysis.timeml: TimeML reading and the TempEval-3 Task A scorer (counts by hand)."""

from __future__ import annotations

import datetime

import pytest

from analysis import timeml

GOLD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>toy_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
Flu <EVENT eid="e1" class="OCCURRENCE">killed</EVENT> 105 children <TIMEX3 tid="t1" type="DATE" value="2013-W11">last week</TIMEX3> &amp; more \
<TIMEX3 tid="t2" type="DATE" value="2013-03-21">on Thursday</TIMEX3>, after <TIMEX3 tid="t3" type="DURATION" value="P1M">a month</TIMEX3> \
of rain <TIMEX3 tid="t4" type="SET" value="P1D">daily</TIMEX3>.
</TEXT>
</TimeML>
"""

# System output for the same text. By hand, against the four gold timexes:
#   "last week"   identical extent, same value/type        -> relaxed, strict, value, type
#   "Thursday"    inside "on Thursday", wrong value          -> relaxed only (+ type)
#   "a month of"  overlaps "a month", value P1M, type DATE  -> relaxed, value (type wrong)
#   "daily"       not found                                   -> missed
#   "105"         no gold timex there                         -> spurious
SYSTEM = """<TimeML><DOCID>toy_1</DOCID><TEXT>
Flu killed <TIMEX3 tid="s0" type="DATE" value="105">105</TIMEX3> children <TIMEX3 tid="s1" type="DATE" value="2013-W11">last week</TIMEX3> &amp; more \
on <TIMEX3 tid="s2" type="DATE" value="2013-03-14">Thursday</TIMEX3>, after <TIMEX3 tid="s3" type="DATE" value="P1M">a month of</TIMEX3> \
rain daily.
</TEXT></TimeML>
"""


def test_read_tml_text_offsets_and_dct() -> None:
    doc = timeml.read_tml(GOLD)
    assert doc.doc_id == "toy_1" and doc.dct == datetime.date(2013, 3, 22)
    assert "&amp;" not in doc.text and "<EVENT" not in doc.text
    assert [t.text for t in doc.timexes] == ["last week", "on Thursday", "a month", "daily"]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)
    assert [t.tid for t in doc.timexes] == ["t1", "t2", "t3", "t4"]


def test_system_text_matches_gold_text() -> None:
    assert timeml.read_tml(SYSTEM).text == timeml.read_tml(GOLD).text


def test_score_counts_by_hand() -> None:
    gold, system = timeml.read_tml(GOLD).timexes, timeml.read_tml(SYSTEM).timexes
    score = timeml.score_document(gold, system)
    assert (score.n_gold, score.n_system) == (4, 4)
    assert (score.relaxed, score.strict, score.value_correct, score.type_correct) == (3, 1, 2, 2)


def test_measures_by_hand() -> None:
    score = timeml.score_document(timeml.read_tml(GOLD).timexes, timeml.read_tml(SYSTEM).timexes)
    assert score.precision == pytest.approx(75.0) and score.recall == pytest.approx(75.0)
    assert score.relaxed_f1 == pytest.approx(75.0)
    assert score.strict_f1 == pytest.approx(25.0)
    assert score.value_f1 == pytest.approx(75.0 * 2 / 3)
    assert score.type_f1 == pytest.approx(75.0 * 2 / 3)


def test_one_system_timex_matches_one_gold_timex() -> None:
    gold = timeml.read_tml(GOLD).timexes
    wide = timeml.GoldTimex(gold[0].start, gold[1].end, "", "DATE", "2013-W11")
    score = timeml.score_document(gold[:2], [wide])
    assert (score.relaxed, score.n_system, score.n_gold) == (1, 1, 2)


def test_corpus_scores_pool_counts() -> None:
    gold, system = timeml.read_tml(GOLD).timexes, timeml.read_tml(SYSTEM).timexes
    pooled = timeml.score_corpus([(gold, system), (gold, [])])
    assert (pooled.n_gold, pooled.n_system, pooled.relaxed) == (8, 4, 3)
    assert pooled.recall == pytest.approx(37.5) and pooled.precision == pytest.approx(75.0)
