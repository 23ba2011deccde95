"""Sentiment per sentence and per actor: lexicon engines, target-dependent scoring, aggregation.

The modules, in the order the data flows through them:

``engines``
    Two lexicon engines (TextBlob, VADER) score a text; ``sentence_sentiment`` every sentence.
``neutral_senses``
    Words the lexicons score that evaluate nothing where they stand: left unscored.
``doc_cache``
    What the mentions of one Doc share, read once: tokens, sentences, clauses, lemma bags.
``target``
    A mention's head, its role (subject, object, mentioned) and the evidence words scored for it.
``context``
    The engine-independent analysis of a mention and its features, shared by every engine.
``features``
    The learned model's features of a mention for one engine (``target_features``).
``learned_model``
    The logistic regression per engine, read from ``analysis/models/``.
``methods``
    The sentiment towards a mention by method: ``lexicon`` (the evidence scored) or ``learned``.
``mentions``
    The ``mention_sentiment`` rows: per mention and role, and a ``speaker`` row per quote.
``aggregation``
    The ``actor_sentiment`` table: per article, actor and role, with a 95% interval of the mean.

The rest of the project uses the names below.
"""

from __future__ import annotations

from ..tables import ENGINES
from .aggregation import ACTOR_SENTIMENT_COLUMNS, actor_sentiment, t_quantile_975
from .engines import SentenceSentiment, clear_score_caches, polarity, sentence_sentiment, subjectivity
from .features import target_features
from .learned_model import LABELS, MODEL_PATH, TargetModel, load_target_model, model_from_json
from .mentions import MentionSentiment, introduces_own_quote, mention_sentiment, mention_sentiment_all
from .methods import METHODS, label_of, target_label, target_polarity
from .neutral_senses import NEUTRAL_SENSES, NeutralSense, neutral_tokens
from .target import evidence_tokens, governor, role_of, span_head, span_tokens

__all__ = ["ACTOR_SENTIMENT_COLUMNS", "ENGINES", "LABELS", "METHODS", "MODEL_PATH", "NEUTRAL_SENSES",
           "MentionSentiment", "NeutralSense", "SentenceSentiment", "TargetModel", "actor_sentiment",
           "clear_score_caches", "evidence_tokens", "governor", "introduces_own_quote", "label_of",
           "load_target_model", "mention_sentiment", "mention_sentiment_all", "model_from_json", "neutral_tokens",
           "polarity", "role_of", "sentence_sentiment", "span_head", "span_tokens", "subjectivity", "t_quantile_975",
           "target_features", "target_label", "target_polarity"]
