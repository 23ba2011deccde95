"""Cleaning a body, the same for every format: boilerplate, credit lines, bylines, paragraphs.

* Boilerplate: a line of at most 12 words that, stripped of bullets and end punctuation, fully
  matches a pattern of site furniture ("Source link", "Advertisement", "Read more ...", "Share
  this article", "Subscribe ...", "Sign up for ...", "Follow us on ...", "Follow Jane Doe on X
  ...", "Related: ...", "All rights reserved", "© ...", "Report an error", "Special to the
  Star", comment counters, ...) is dropped wherever it
  stands; a line of links to other stories after a label and a colon ("Related: ... | Video: ...",
  "WATCH: ...") may have up to 40 words.
* Credit lines go to ``credits``, not the body: "<names> contributed (additional) reporting /
  research / writing ..." (at most 12 more words), "... contributed to this report / article /
  story", and agency lines "(Additional) Reporting / Research / Writing / Editing by <names>"
  (several joined by ";", optionally in brackets) whose names are capitalised words with
  "and" / "in" / "from" / "at" between them (so "Reporting by the BBC showed ..." stays in the
  body); at most 60 words. Also "(— )With files from <names>" (Canadian Press style) and a photo
  or agency credit line of at most 10 words, "<names>/<names>" with an optional "Photo (by):" in
  front and brackets around ("Andrew Vaughan/Canadian Press", "THE CANADIAN PRESS/Frank Gunn",
  "(Photo by Jane Doe/Getty Images)"). A news agency's sign-off is a credit too: its name alone on
  a line ("The Canadian Press") or "This report by The Canadian Press was first published Nov.
  30, 2026.", and so is a note of first publication elsewhere ("This article was first published
  in the Hamilton Spectator.").
* An author's note closing the body is a credit: the last paragraph, at most 60 words, opening
  with "<Name> is/was a|an|the ... <reporter, writer, columnist, correspondent, editor, ...>", when
  the name is a byline author or the note gives a contact ("Follow her on Twitter", "@handle",
  "email"): "Jane Doe is a Queen's Park reporter for the Star. Follow her on Twitter: @janedoe";
  for a byline author any role will do ("Priya Sharma is a housing researcher at McMaster").
  A last paragraph about a journalist in the news ("Ann Roe is a reporter for the Gazette.")
  stays in the body.
* Bylines: before the first body paragraph, or as the last paragraph on a line of its own (a
  sign-off), "By <Name>[, <Name>][ and|& <Name>]" whose names are capitalised words (particles
  such as "de", "van", "al" allowed; a lone weekday or month is not a name; a journalist's role
  after the names is no name: "By Jane Doe, Staff Writer", nor is an outlet: "By Jane Doe, CBC
  News") gives ``authors``, and its text goes to ``credits``. So do a web byline before the body
  whose parts a middle dot, bullet or bar separates, full names first and an outlet or a time
  stamp after ("Jane Doe · CBC News · Posted: Jan. 5, 2024"), and a line of names alone right
  before an agency's name on a line of its own (the wire's "Jane Doe" / "The Canadian Press").
  Metadata ``authors`` win.
* Whitespace runs (no-break spaces too) become one space; text is Unicode NFC; quotes and
  dashes are kept as they are.
* Headlines lose a trailing site name (``strip_site_name``): after " | ", "::", "·" or "•" a
  segment of at most 5 words ("… | ZDNet"); after a spaced dash (" - ", " – ", " — ") only a
  segment that names the article's source, is a domain ("example.com") or is one or two words in
  capitals ("… - IGN", "… - BBC NEWS"), so titles that use a dash ("Brexit - What Happens Next")
  keep it; at most two such segments go, and at least three words always stay.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .decoding import NEWLINES
from .records import Body

_BOILERPLATE = re.compile(
    r"""(?:source|original)\s+(?:link|article)
    | (?:skip\s+)?advertisement | advert | sponsored(?:\s+content)?
    | read\s+more(?:\s*:.*|\s+(?:here|about|on|at)\b.*)?
    | read\s+the\s+(?:full|original)\s+(?:story|article|report)\b.*
    | continue\s+reading(?:\s+the\s+main\s+story)?
    | (?:share|email|print|tweet|save)(?:\s+this)?(?:\s+(?:article|story|page|post|link))?
      (?:\s+(?:on|via|to)\s.*)?
    | subscribe(?:\s+(?:now|today|here))?(?:\s+(?:to|for)\s.*)?
    | sign\s+up(?:\s+(?:now|here|today))?(?:\s+(?:to|for)\s.*)?
    | (?:follow|like|join)\s+(?:us|him|her|them|me)(?:\s+on\s.*)?
    | follow\s+(?-i:(?:[A-Z][\w.'’-]*\s+){1,4})on\s+(?:x|twitter|instagram|facebook|threads|bluesky|tiktok|linkedin|mastodon)\b.*
    | click\s+here\b.*
    | related(?:\s+(?:articles?|stories|coverage|content|reading|links?))?(?:\s*:.*)?
    | see\s+also(?:\s*:.*)? | more\s+on\s+this\s+(?:story|topic)
    | all\s+rights\s+reserved | copyright\s*(?:©|\(c\)|\d{4}).* | ©.*
    | listen\s+to\s+this\s+article | back\s+to\s+top | top\s+of\s+page
    | report\s+(?:an?\s+)?(?:error|typo|mistake|correction)
    | special\s+to\s+(?:the\s+)?(?-i:[A-Z][\w.&'’-]*(?:\s+(?:and\s+)?[A-Z][\w.&'’-]*){0,4})
    | (?:watch|video|more)\s*:.*
    | story\s+continues\s+below(?:\s+advertisement)?
    | (?:leave\s+a\s+|view\s+|show\s+|\d+\s+)?comments?
    | loading
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: Labels that open a line of links to other stories, which may be long ("Related: A | Video: B").
_LINK_LIST = re.compile(r"(?:related(?:\s+\w+)?|read\s+more|see\s+also|watch|video|more)\s*:", re.IGNORECASE)
LINK_LIST_WORDS = 40
_BOILERPLATE_STRIP = " \t.:!?>›»→|•·*–—-…[]()"
_CONTRIBUTED = re.compile(
    r"""[(\[]?.{0,300}?\bcontributed\s+
    (?: (?:additional\s+)?(?:reporting|research|writing)\b\S*(?:\s+\S+){0,12}
      | to\s+this\s+(?:report|article|story)\b.* )""",
    re.IGNORECASE | re.VERBOSE,
)
_ROLE = r"(?:additional\s+)?(?:reporting|research|writing|editing)\s+by"
_ROLE_CREDIT = re.compile(rf"{_ROLE}\s+(?P<names>.+)", re.IGNORECASE)
_ROLE_SEPARATOR = re.compile(rf"\s*;\s*|\s*,\s*(?={_ROLE}\b)", re.IGNORECASE)
_CREDIT_LINK_WORDS = frozenset({"and", "in", "from", "at"})
_WITH_FILES = re.compile(r"[\u2014\u2013-]*\s*with\s+files\s+from\s+(?P<names>.+?)\.?", re.IGNORECASE)
_FIRST_PUBLISHED = re.compile(
    r"this\s+(?:report|article|story|column)\s+(?:by\s+(?P<names>.+?)\s+)?was\s+(?:first|originally)\s+published\b"
    r"(?:\s+(?:in|by|on)\s+(?P<venue>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*))?.*",
    re.IGNORECASE)
_AGENCY_SIGNOFFS = frozenset({
    "the canadian press", "canadian press", "la presse canadienne", "the associated press", "associated press",
    "reuters", "agence france-presse", "afp", "bloomberg", "bloomberg news", "postmedia news", "cbc news",
    "ctv news", "global news", "dpa", "upi", "xinhua",
})
_SLASH_CREDIT = re.compile(
    r"[(\[]?(?:(?:photo|photograph|image|file\s+photo)s?(?:\s+by)?\s*:?\s*)?"
    r"(?P<left>[^/()\[\]]+?)\s*/\s*(?P<right>[^/()\[\]]+?)[)\]]?\.?",
    re.IGNORECASE,
)
_SLASH_CREDIT_WORDS = 10
#: Words for a journalist's role, in an author's note ("Jane Doe is a reporter") or after a byline's
#: name ("By Jane Doe, Staff Writer").
JOURNALIST_ROLES = frozenset({"reporter", "writer", "columnist", "correspondent", "editor", "journalist",
                              "contributor", "producer", "photographer", "photojournalist", "critic",
                              "commentator"})
_AUTHOR_NOTE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:is|was)\s+(?:a|an|the)\s+"
    rf"(?:\S+\s+){{0,8}}?(?:{'|'.join(sorted(JOURNALIST_ROLES))})s?\b"
)
_AUTHOR_BIO = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:is|was)\s+(?:a|an|the)\s")
_AUTHOR_CONTACT = re.compile(r"\bfollow\s+(?:him|her|them|me)\b|@\w|\be-?mail\b|\breach\s+(?:him|her|them)\b",
                             re.IGNORECASE)
_BYLINE = re.compile(r"(?i:by)[:\s]\s*(?P<names>.+?)\s*")
_DOTTED = re.compile(r"\s+[·•|]\s+")
_STAMP = re.compile(r"(?i)(?:last\s+)?(?:posted|published|updated)\b")
_NAME_SEPARATOR = re.compile(r"\s*(?:,\s*and\s+|,|\s+and\s+|&)\s*", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_NAME_PARTICLES = frozenset("de da del della der di du la le van von bin ibn al el dos das".split())
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight "
    "january february march april may june july august september october november december".split()
)
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")

_BODY, _CREDIT_LINE, _BYLINE_LINE, _BOILERPLATE_LINE = "body", "credit", "byline", "boilerplate"


def squash(text: str) -> str:
    """NFC text with every whitespace run (no-break spaces too) collapsed to one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def is_boilerplate(line: str) -> bool:
    """True for a short line of site furniture ("Source link", "Advertisement", ...); a line of
    links after a label and a colon ("Related: … | Video: …") may run to ``LINK_LIST_WORDS``."""
    key = squash(line).strip(_BOILERPLATE_STRIP)
    limit = LINK_LIST_WORDS if _LINK_LIST.match(key) else 12
    return len(key.split()) <= limit and _BOILERPLATE.fullmatch(key) is not None


def _is_credit(line: str) -> bool:
    """True for a credit line ("X contributed reporting from Kyiv.", "(Editing by Y)")."""
    text = line.strip()
    if len(text.split()) > 60:
        return False
    return (_CONTRIBUTED.fullmatch(text) is not None or _is_role_credit(text) or _is_files_credit(text)
            or _is_slash_credit(text) or _is_agency_signoff(text))


def _is_agency_signoff(text: str) -> bool:
    """True for a news agency's sign-off: its name alone on a line ("The Canadian Press",
    ``_AGENCY_SIGNOFFS``) or "This report by <names> was first published <date>."."""
    match = _FIRST_PUBLISHED.fullmatch(text)
    if match is not None:
        return len(text.split()) <= 20 and (match["names"] is None or _names_and_places(match["names"]))
    return text.strip(" .-\u2013\u2014").lower() in _AGENCY_SIGNOFFS


def _is_files_credit(text: str) -> bool:
    """True for "With files from The Canadian Press" (names only after "from", at most 12 words)."""
    match = _WITH_FILES.fullmatch(text)
    return match is not None and len(text.split()) <= 12 and _names_and_places(match["names"])


def _is_slash_credit(text: str) -> bool:
    """True for a photo or agency credit line "<names>/<names>" ("THE CANADIAN PRESS/Frank Gunn")."""
    match = _SLASH_CREDIT.fullmatch(text)
    return (match is not None and len(text.split()) <= _SLASH_CREDIT_WORDS
            and _names_and_places(match["left"]) and _names_and_places(match["right"]))


def is_author_note(paragraph: str, authors: Sequence[str]) -> bool:
    """True for an author's note closing a body (see the module docstring): a short paragraph
    opening with "<Name> is a ... reporter", the name a byline author or the note a contact; or
    with "<byline author> is a|an|the ..." whatever the role (a guest writer's "is a housing
    researcher at ...")."""
    if len(paragraph.split()) > 60:
        return False
    known = {squash(a).lower() for a in authors}
    bio = _AUTHOR_BIO.match(paragraph)
    if bio is not None and bio["name"].lower() in known:
        return True
    match = _AUTHOR_NOTE.match(paragraph)
    return match is not None and (match["name"].lower() in known or _AUTHOR_CONTACT.search(paragraph) is not None)


def _is_role_credit(text: str) -> bool:
    """True for "Reporting by A in Kyiv; Editing by B": every part a role, "by" and capitalised names."""
    parts = _ROLE_SEPARATOR.split(text.strip("()[] .").strip())
    matches = [_ROLE_CREDIT.fullmatch(part) for part in parts]
    return all(m is not None and _names_and_places(m["names"]) for m in matches)


def _names_and_places(text: str) -> bool:
    """True when every word is capitalised, a name particle, or "and" / "in" / "from" / "at"."""
    words = [w for w in re.split(r"[\s,&]+", text) if w]
    allowed = _NAME_PARTICLES | _CREDIT_LINK_WORDS
    return bool(words) and all(w[0].isupper() or w.lower() in allowed for w in words)


def _byline_parts(line: str) -> tuple[str, ...]:
    """The parts of a byline ("By Jane Doe and John Roe, Staff Writer": names and a role; a web
    byline, ``_dotted_names``), or ``()`` when ``line`` is not one."""
    match = _BYLINE.fullmatch(line.strip())
    names = match["names"] if match and len(line.split()) <= 12 else _dotted_names(line)
    return _name_list(names) if names is not None else ()


def _name_list(names: str) -> tuple[str, ...]:
    """The names of "Jane Doe, John Roe and Ann Lee", or ``()`` when a part is no name."""
    parts = tuple(n for n in _NAME_SEPARATOR.split(names.strip().rstrip(".")) if n)
    return parts if parts and len(names.split()) <= 12 and all(_looks_like_name(n) for n in parts) else ()


def _dotted_names(line: str) -> str | None:
    """The names of a web byline whose parts a middle dot, bullet or bar separates, when a later
    part is an outlet or a time stamp ("Jane Doe · CBC News · Posted: Jan. 5, 2024") and each name
    has two words or more ("Politics · Updated daily" is a section), else None."""
    parts = _DOTTED.split(line.strip())
    later = parts[1:]
    if not later or not any(_STAMP.match(p) or p.strip(" .").lower() in _AGENCY_SIGNOFFS for p in later):
        return None
    full_names = all(len(name.split()) >= 2 for name in _NAME_SEPARATOR.split(parts[0]) if name)
    return parts[0] if full_names else None


def _name_before_signoff(line: str, following: str | None) -> bool:
    """True for a line of names alone right before an agency's name on a line of its own ("Jane
    Doe" then "The Canadian Press": the wire's byline in two lines)."""
    return following is not None and _is_agency_signoff(following) and bool(_name_list(line))


def _byline_names(line: str) -> tuple[str, ...]:
    """Author names of a byline (or of a line of names alone before an agency's sign-off), without
    a journalist's role written as a name ("Staff Writer") or an outlet ("By Jane Doe, CBC News")."""
    parts = _byline_parts(line) or _name_list(line)
    return tuple(n for n in parts if n.split()[-1].lower() not in JOURNALIST_ROLES
                 and n.strip(" .").lower() not in _AGENCY_SIGNOFFS)


def _looks_like_name(name: str) -> bool:
    """True when every word is a capitalised word or a name particle, and it is not a time word."""
    words = name.split()
    if len(words) == 1 and words[0].lower() in _TIME_WORDS:
        return False
    return words[0][0].isupper() and all(
        _NAME_WORD.fullmatch(w) and (w[0].isupper() or w.lower() in _NAME_PARTICLES) for w in words
    )


def split_blocks(text: str) -> list[list[str]]:
    """Split text into blank-line separated blocks of whitespace-collapsed, non-empty lines."""
    chunks = re.split(r"\n[^\S\n]*\n", NEWLINES.sub("\n", text))
    blocks = [[squash(line) for line in chunk.split("\n") if line.strip()] for chunk in chunks]
    return [block for block in blocks if block]


def _classify_lines(blocks: Sequence[Sequence[str]]) -> list[tuple[int, str, str]]:
    """``(block number, kind, line)`` per line; bylines count only before the first body line or as
    the last paragraph, a line of its own (a sign-off: "By Jane Doe, Staff Writer")."""
    flat = [(number, line) for number, block in enumerate(blocks) for line in block]
    items: list[tuple[int, str, str]] = []
    seen_body = False
    for at, (number, line) in enumerate(flat):
        following = flat[at + 1][1] if at + 1 < len(flat) else None
        sign_off = number == len(blocks) - 1 and len(blocks[number]) == 1
        if is_boilerplate(line):
            kind = _BOILERPLATE_LINE
        elif _is_credit(line):
            kind = _CREDIT_LINE
        elif ((not seen_body or sign_off) and _byline_parts(line)) or (
                not seen_body and _name_before_signoff(line, following)):
            kind = _BYLINE_LINE
        else:
            kind = _BODY
        seen_body = seen_body or kind == _BODY
        items.append((number, kind, line))
    return items


def clean_body(blocks: Sequence[Sequence[str]], *, join_wrapped: bool = True) -> Body:
    """Paragraphs, byline authors and credits from blocks of lines (see the module docstring)."""
    items = _classify_lines(blocks)
    wrapped = join_wrapped and len({n for n, kind, _ in items if kind == _BODY}) > 1
    paragraphs: list[str] = []
    authors: list[str] = []
    credits: list[str] = []
    pending: list[str] = []
    previous_block = -1
    for number, kind, line in items:
        joins = kind == _BODY and wrapped and number == previous_block
        if pending and not (joins and not _SENTENCE_END.search(pending[-1])):
            paragraphs.append(" ".join(pending))
            pending = []
        if kind == _BODY:
            pending.append(line)
            previous_block = number
        elif kind in (_CREDIT_LINE, _BYLINE_LINE):
            credits.append(line)
            authors.extend(_byline_names(line) if kind == _BYLINE_LINE else ())
    if pending:
        paragraphs.append(" ".join(pending))
    if len(paragraphs) > 1 and is_author_note(paragraphs[-1], authors):
        credits.append(paragraphs.pop())
    return Body(tuple(paragraphs), tuple(dict.fromkeys(authors)), tuple(credits))


_SITE_SEPARATOR = re.compile(r"\s+(\||::|·|•|-|–|—)\s+")
_DASHES = frozenset("-–—")
_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.IGNORECASE)


def strip_site_name(headline: str, *, source: str | None = None) -> str:
    """``headline`` without a trailing site name (see the module docstring)."""
    for _ in range(2):
        found = list(_SITE_SEPARATOR.finditer(headline))
        if not found:
            break
        head, tail = headline[: found[-1].start()], headline[found[-1].end():]
        if len(head.split()) < 3 or not _is_site_name(tail, found[-1].group(1), source):
            break
        headline = head
    return headline


def _is_site_name(tail: str, separator: str, source: str | None) -> bool:
    """True when the segment after ``separator`` names a site rather than continuing the title."""
    words = tail.split()
    if not words or len(words) > 5:
        return False
    if source and _name_key(tail) == _name_key(source):
        return True
    if separator not in _DASHES:
        return True
    return _DOMAIN.match(tail) is not None or (len(words) <= 2 and tail.isupper() and len(tail) >= 2)


def _name_key(name: str) -> str:
    """A site name or domain reduced for comparison: "www.IGN.com" and "IGN" give "ign"."""
    name = name.casefold().removeprefix("www.")
    if _DOMAIN.match(name):
        name = name.rsplit(".", 1)[0]
    return re.sub(r"\W+", "", name)
