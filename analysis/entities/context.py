"""What news writes after a name, set off by a comma, that tells what the name is.

A noun phrase in apposition ("Sudzha, the main population center"; "Olaf Scholz, Germany's
chancellor": ``apposed_noun``), an age between commas ("Mehmet Arslan, 52, of Guelph":
``age_after``) and a relative pronoun ("Nanki Dhaliwal, who runs ..."; "Brennholt, which fell 2
1/2": ``relative_after``). The rules of ``places``, ``organisations``, ``persons`` and
``untagged_names`` read them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token


def apposed_noun(doc: Doc, end: int) -> Token | None:
    """Return the head noun of a noun phrase right after ``, `` at token ``end``, if any; a
    possessive inside the phrase ("Germany's chancellor") starts the search again after it."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    noun, proper = None, False
    for token in doc[end + 1:end + 9]:
        if token.tag_ == "POS" and (noun is not None or proper):
            noun, proper = None, False
        elif token.tag_ in {"DT", "JJ", "JJS", "JJR", "PRP$", "CD", "VBN"} and noun is None:
            continue
        elif token.tag_ in {"NNP", "NNPS"} and noun is None:
            proper = True
        elif token.tag_ in {"NN", "NNS"}:
            noun, proper = token, False
        else:
            break
    return None if proper else noun


def age_after(doc: Doc, end: int) -> bool:
    """True when an age between commas follows token ``end - 1`` (", 45," or ", 45)")."""
    after = [t.text for t in doc[end:end + 3]]
    return (len(after) == 3 and after[0] == "," and after[2] in (",", ")") and after[1].isdigit()
            and 0 < int(after[1]) <= 110)


def relative_after(span: Span, pronouns: tuple[str, ...]) -> bool:
    """True when ", <pronoun>" opens a relative clause on the span ("Nanki Dhaliwal, who runs";
    "McCaw, which dropped 2 1/2")."""
    doc = span.doc
    following = doc[span.end:span.end + 2]
    return (len(following) == 2 and following[0].text == "," and following[1].lower_ in pronouns
            and following[1].head.dep_ == "relcl" and following[1].head.head.i in range(span.start, span.end))
