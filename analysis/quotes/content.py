"""The bounds of a cue's content.

The content runs from the left edge of the first complement head (after a phrase of time that
opens a clause before its subject: "said on Monday the mill would close"; after the cue when a
wh-word moved out of the complement to the clause's front: "the mine, which he says he will keep
open"; through an "as" phrase right
after a lone object, what is predicated of it: "mentioned the toll as a reason for the delay", else
the prepositional phrases that run on from the object: "described the toll by the bridge to the
council", not a time, the terms of speaking or a preposition of time or cause) to
the end of the last, cut before a participle of speech that starts a report of its own (", adding
that …"), before a participial clause set off by a comma or a dash, the writer's comment on the
report (", throwing the plan into doubt"; PolNeAR's gold leaves it out), and, for a noun phrase,
before an aside set off by a comma ("praised Bush, the former governor") or a relative clause
opened by "which" or "who" after a comma that ends the content and hangs deeper in it
("questioned the cost of the bridge, which opened in May"). A noun-phrase content runs on through a
noun phrase after "and" that the parser coordinates with a verb ("stressed fairness, and a need to
raise the wage"), and through a list of noun phrases after a comma that "and" or "or" closes
("thanked his parents, his siblings and his wife"), which the parser reads as an aside. The content
ends before a semicolon that closes its clause, before a speech verb coordinated inside it with no
subject of its own, the speaker's next report ("said it was opposed to the toll and warned the
council to drop it": two attributions, the second with the first's speaker), and before a
clause set off by a comma with a speech verb and a subject of its own, someone else's report
("said the mails were personal, but aides said they were not"). A content ends before its own
speaker when the parser hung the speaker inside it (``before_speaker``). Its edges lose spaces,
commas, dashes and colons (``content_trimmed``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..vocabulary import ADJUNCT_PREPOSITIONS, FRONTED_WH_WORDS, SUBJECT_DEPS, WH_RELATIVE_PRONOUNS
from .grammar import TIME_LABELS, coordinated_report, has_content, speaking_terms
from .lemmas import SPEECH_CUES, cue_lemma

#: The marks that set off a participial clause ending a report (the writer's comment, not said).
TAIL_MARKS = frozenset({",", "--", "\u2014", "\u2013"})
#: The parts of speech of the words of a listed noun phrase (``misparsed_list``).
LIST_ITEM_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART", "PRON", "ADV"})
_EDGE = " \n\t,;:\u2014\u2013-"


def before_speaker(first: int, last: int, subject: Token | None) -> int:
    """The last token of a content first..last that holds its own speaker (a speaker the parser hung
    inside the content: "..., a detective, speaking on condition of anonymity, said"): the word before
    the speaker's phrase; ``last`` when the speaker lies outside."""
    if subject is None or not first < subject.left_edge.i <= last:
        return last
    return subject.left_edge.i - 1


def content_trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Return a content span without edge spaces, commas, dashes and colons."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def content_bounds(heads: list[Token], verb: Token) -> tuple[int, int]:
    """The first and last token of the content a cue verb's complement heads give: from the first
    head's left edge (past an opening time: ``after_time``; after the cue for a fronted wh-word:
    ``after_fronted``), through an "as" phrase after a lone object (``as_predicate``) or else the
    phrases that run on from it (``object_phrases``), clauses split off as complements of their
    own (``split_clauses``), and a misparsed conjunct (``misparsed_conjunct``) or list
    (``misparsed_list``), to the end ``_content_last`` and ``report_last`` allow, a conjunction
    left at the end dropped."""
    if len(heads) == 1:
        heads = heads + (as_predicate(heads[0], verb) or object_phrases(heads[0], verb))
    heads = heads + word_rest(heads[-1], verb)
    heads = heads + split_clauses(heads[-1], verb)
    first = after_fronted(after_time(heads[0]), verb)
    last = misparsed_list(heads[-1], misparsed_conjunct(heads[-1], _content_last(heads[-1], verb)))
    last = report_last(first, last, verb)
    while last > first and verb.doc[last].dep_ == "cc":
        last -= 1
    return first, last


def word_rest(head: Token, verb: Token) -> list[Token]:
    """The cue verb's further children that continue the word a complement ends in, written without a
    space ("said it would co-operate fully", parsed as three clauses "co", "-", "operate fully")."""
    doc = verb.doc
    rest: list[Token] = []
    last = head.right_edge.i
    while last + 1 < len(doc) and not doc[last].whitespace_ and doc[last + 1].head == verb \
            and doc[last + 1].dep_ == head.dep_ and doc[last + 1].left_edge.i == last + 1:
        rest.append(doc[last + 1])
        last = doc[last + 1].right_edge.i
    return rest


def split_clauses(head: Token, verb: Token) -> list[Token]:
    """The clauses after a clausal complement that the parser hangs on the cue verb as complements
    of their own though they are its conjuncts ("The mill was to close, but the owners kept it open,
    the mayor said": "kept" a second complement of "said"): each starts where the one before ends
    and lies on the same side of the verb."""
    doc, rest, last = verb.doc, [], head.right_edge.i
    if head.dep_ != "ccomp":
        return rest
    for child in sorted((c for c in verb.children if c.dep_ == "ccomp" and c.i > head.i), key=lambda c: c.i):
        start = child.left_edge.i
        if start != last + 1 or (start < verb.i) != (head.i < verb.i):
            break
        rest.append(child)
        last = child.right_edge.i
    return rest


def misparsed_conjunct(phrase: Token, last: int) -> int:
    """The last token of a noun-phrase content ``phrase`` ending at ``last``, through a noun phrase
    after "and" or "or" that the parser coordinates with a verb ("emphasized fairness, and a need to
    raise the wage": a noun is no verb's conjunct, so it is the object's), or a gerund after a phrase
    that opens with one ("mentioned refinancing loans and forcing colleges to pay"); else ``last``."""
    doc = phrase.doc
    at = last + 1 + (last + 1 < len(doc) and doc[last + 1].text == ",")
    if phrase.pos_ not in ("NOUN", "PROPN") or at >= len(doc) or doc[at].lower_ not in ("and", "or"):
        return last
    gerund = phrase.left_edge.tag_ == "VBG"
    conjuncts = [t for t in doc[at + 1:doc[at].sent.end] if t.dep_ == "conj" and t.left_edge.i == at + 1
                 and t.head.pos_ in ("VERB", "AUX") and (t.pos_ in ("NOUN", "PROPN") or gerund and t.tag_ == "VBG")]
    return conjuncts[0].right_edge.i if conjuncts else last


def misparsed_list(phrase: Token, last: int) -> int:
    """The last token of a noun-phrase content ``phrase`` ending at ``last`` before a comma, through a
    list of noun phrases that the comma opens and "and" or "or" closes ("thanked his parents, his
    siblings and his wife"; "discussed the budget, the closures or the clinic"), which the parser
    often reads as an aside or as a second object: a list names things, an aside has no "and" before
    its last item; else ``last``. The items hold only the words of noun phrases and their
    prepositional phrases (``LIST_ITEM_POS``): a verb, a relative word or a quotation ends the list,
    and the last item ends on a noun or a number."""
    doc = phrase.doc
    if phrase.pos_ not in ("NOUN", "PROPN") or last + 2 >= len(doc) or doc[last + 1].text != ",":
        return last
    end, closed = doc[last].sent.end, None
    for token in doc[last + 2:end]:
        if token.lower_ in ("and", "or") and token.dep_ == "cc":
            closed = token.i
            break
        if token.text != "," and not _list_word(token):
            return last
    if closed is None or doc[closed - 1].text == "," and closed - 2 == last:
        return last
    stop = closed
    for token in doc[closed + 1:end]:
        if not _list_word(token):
            break
        stop = token.i
    while stop > closed and doc[stop].pos_ not in ("NOUN", "PROPN", "NUM"):
        stop -= 1
    return stop if stop > closed else last


def _list_word(token: Token) -> bool:
    """True for a word that can stand in a list item: a noun phrase's word (``LIST_ITEM_POS``), not a
    relative or question word."""
    return token.pos_ in LIST_ITEM_POS and token.tag_ not in ("WDT", "WP", "WP$") and (
        token.pos_ != "PRON" or token.tag_ == "PRP$")


def after_fronted(first: int, verb: Token) -> int:
    """The first token of a content whose wh-word moved to the front of the clause of the cue ("the
    mine, which Clarke says he will keep open"; "what she says the plan would do"): the word after the
    cue, since only the cue's subject and auxiliaries stand between ("he will keep open"); else
    ``first``."""
    doc = verb.doc
    if not (first < verb.i and doc[first].lower_ in FRONTED_WH_WORDS):
        return first
    between = doc[first + 1:verb.i]
    if not len(between) or not all(t.head.i == verb.i or verb in t.ancestors and t.head.i < verb.i
                                   for t in between):
        return first
    return verb.i + 1


def after_time(head: Token) -> int:
    """The first token of a clause's content: its left edge, or the word after a phrase of time that
    opens it before its subject ("said on Monday the mill would close": the time is the saying's)."""
    first = head.left_edge.i
    subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < head.i]
    openers = [c for c in head.children if c.left_edge.i == first and c.dep_ in ("prep", "npadvmod")]
    if (subjects and openers and openers[0].right_edge.i < subjects[0].left_edge.i
            and any(t.ent_type_ in TIME_LABELS for t in openers[0].subtree)):
        return openers[0].right_edge.i + 1
    return first


def as_predicate(head: Token, verb: Token) -> list[Token]:
    """The "as" phrase right after a verb's object, what is predicated of it ("mentioned the toll as
    a reason for the delay"), as a one-item list; else []."""
    if head.dep_ != "dobj":
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == head.right_edge.i + 1][:1]


def object_phrases(head: Token, verb: Token) -> list[Token]:
    """The prepositional phrases on the verb that run on from its object, part of what is said
    ("described crass behavior by the host behind the scenes", "compared the toll to a robbery"); not
    a time, the terms or channel of speaking or a preposition of time or cause; else []."""
    if head.dep_ != "dobj" or head.pos_ == "PRON":
        return []
    found, last = [], head.right_edge.i
    for child in sorted((c for c in verb.children if c.dep_ == "prep" and c.i > last), key=lambda c: c.i):
        objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        if (child.left_edge.i != last + 1 or not objects or child.lower_ in ADJUNCT_PREPOSITIONS
                or any(g.ent_type_ in TIME_LABELS or speaking_terms(g) for g in objects)):
            break
        found.append(child)
        last = child.right_edge.i
    return found


def _content_last(complement: Token, verb: Token) -> int:
    """The last token of a complement's content: its right edge, or the word before a speech verb
    that continues the report as a participle ("..., adding that ...", "..., arguing that ..."),
    which is a report of its own, or before the writer's participial comment (``_writer_tail``)."""
    doc = complement.doc
    for token in doc[complement.i + 1:complement.right_edge.i + 1]:
        if (token.tag_ == "VBG" and token.dep_ in ("advcl", "conj") and cue_lemma(token) in SPEECH_CUES
                and not any(c.dep_ in SUBJECT_DEPS for c in token.children) and has_content(token)
                and token.left_edge.i > verb.i):
            return token.left_edge.i - 1
        if _writer_tail(token, verb):
            return token.left_edge.i - 1
    return before_aside(complement)


def _writer_tail(token: Token, verb: Token) -> bool:
    """True for a participial clause set off by a comma or a dash at the end of a report ("..., throwing
    the plan into doubt"): the writer's comment on what was said, no part of it."""
    doc = token.doc
    before = doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return (token.tag_ == "VBG" and token.dep_ == "advcl" and token.left_edge.i > verb.i + 1
            and before is not None and before.text in TAIL_MARKS
            and not any(c.dep_ in SUBJECT_DEPS for c in token.children))


def before_aside(phrase: Token) -> int:
    """The last token of a noun phrase before an aside set off by a comma (an appositive or a
    non-restrictive clause: "Bush, the former governor", "the plan, which passed"): the writer's
    description, no part of what is said; the phrase's right edge for a clause or without one."""
    if phrase.pos_ not in ("NOUN", "PROPN"):
        return phrase.right_edge.i
    doc = phrase.doc
    asides = [c.left_edge.i - 1 for c in phrase.children if c.dep_ in ("appos", "relcl", "acl")
              and c.i > phrase.i and doc[c.left_edge.i - 1].text == ","]
    return min(asides) - 1 if asides else phrase.right_edge.i


def report_last(first: int, last: int, verb: Token) -> int:
    """The last token of a content first..last after its cue verb, cut before a semicolon that
    ends its clause, before a speech verb coordinated inside it with no subject of its own (the
    speaker's next report: "said it was opposed to the toll and warned the council to ..."), before
    someone else's report set off by a comma (``_others_report``), and, for a noun phrase, before a
    trailing non-restrictive relative clause set off by a comma ("questioned the cost of the bridge,
    which opened in May": the writer's description)."""
    doc = verb.doc
    if first > last or first < verb.i:
        return last
    nominal = doc[first:last + 1].root.pos_ in ("NOUN", "PROPN", "PRON")
    for token in doc[first + 1:last + 1]:
        if token.text == ";" and first <= token.head.i <= last:
            return token.i - 1
        if coordinated_report(token) and token.left_edge.i > first:
            before = token.left_edge.i - 1
            while before > first and doc[before].dep_ in ("cc", "punct"):
                before -= 1
            return before
        if nominal and _trailing_relative(token, first, last):
            return token.left_edge.i - 2
        if (opener := _others_report(token, first)) is not None:
            return opener - 1
    return last


def _others_report(token: Token, first: int) -> int | None:
    """The first token of a clause set off by a comma inside a content from ``first`` and headed by a
    speech verb with a subject and a complement of its own ("said the mails were personal, but aides
    said they were not"; "..., while other voters said ..."): someone else's report, no part of this
    one; its conjunction included. None for any other token."""
    doc = token.doc
    if not (token.dep_ in ("conj", "advcl") and token.pos_ == "VERB" and cue_lemma(token) in SPEECH_CUES
            and has_content(token) and any(c.dep_ in SUBJECT_DEPS for c in token.children)):
        return None
    opener = token.left_edge.i
    if opener > 0 and doc[opener - 1].dep_ == "cc":
        opener -= 1
    return opener if opener - 1 > first and doc[opener - 1].text == "," else None


def _trailing_relative(token: Token, first: int, last: int) -> bool:
    """True for a relative clause opened by "which" or "who" after a comma that ends the content
    first..last and hangs on a word of it."""
    doc = token.doc
    opener = token.left_edge.i
    return (token.dep_ == "relcl" and doc[opener].lower_ in WH_RELATIVE_PRONOUNS and opener > first + 1
            and doc[opener - 1].text == "," and token.right_edge.i >= last and first <= token.head.i < opener)
