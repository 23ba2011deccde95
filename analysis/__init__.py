"""News actors analysis: who the actors are, how each is portrayed, and what happened when.

The public API is re-exported here; see the README's architecture section for the data flow.
"""

from __future__ import annotations

__version__ = "0.1.0"
