"""Quotations and reported speech in an article, and who said them.

Three kinds of quote, one row each (``analysis.records.Quote``):

- ``direct``: words wholly inside quotation marks ("“We will win,” she said.");
- ``mixed``: a reported clause holding quoted words ("He said the plan was “a trap.”"); the row's
  ``start``/``end`` cover the quoted words, ``content_start``/``content_end`` the whole clause;
- ``indirect``: reported speech without quotation marks, found by a cue pattern; ``start``/``end``
  equal the content span.

Each row also says what its cue reports (``cue_class``, ``lemmas.CUE_CLASSES``: ``speech``,
``thought`` or ``stance``: "said", "believes", "voted for") and whether words were withheld
(``withheld``: "declined to comment", "would not say when"), so that a count of voices can leave
out stances and refusals.

The modules, in the order the data flows:

- (``analysis.marks``, beside this package since the coreference reads it too: the quotation
  marks of a text, paired: ``quote_mark_pairs``, ``Marks``, ``doc_marks`` once per Doc);
- ``records``: what the steps pass on (``Attribution``, ``CuePattern``, ``Speaker``);
- ``lemmas``, ``grammar``, ``content``: what the cue patterns share: the cue words, a cue's
  subject and complements, the bounds of its content;
- ``verb_cues``, ``word_cues``, ``line_cues``: the cue patterns by the kind of cue (a verb; a noun,
  an adjective, "according to" or a poll; the form of a line), registered with their examples in
  ``patterns`` (``PATTERNS``); cue words inside quotation marks are the speaker's own and give no cue;
- ``learned``: the learned finder's candidates (``analysis.attribution_model``): the other verbs
  with a complement, and the patterns' cues it may veto;
- ``attributions``: the patterns' and the learned finder's attributions, nested and repeated ones
  left out (``find_attributions``);
- ``speakers``: who a cue's subject names;
- ``free_quotes``: quoted words in no reported clause: the cue of their own sentences, an actor's
  words, or no quote (scare quotes and titles);
- ``continuation``: a quote without a cue takes the speaker of the quote before it or of the
  sentence after it;
- ``extract``: ``extract_quotes``, the quotes of a Doc (``learned=False`` runs the patterns alone).
"""

from ..marks import Marks, quote_mark_pairs
from .attributions import find_attributions
from .extract import extract_quotes
from .learned import learned_candidates, rule_candidates
from .lemmas import CUE_CLASSES, cue_class
from .patterns import PATTERNS
from .records import CuePattern

__all__ = ["CUE_CLASSES", "PATTERNS", "CuePattern", "Marks", "cue_class", "extract_quotes", "find_attributions",
           "learned_candidates", "quote_mark_pairs", "rule_candidates"]
