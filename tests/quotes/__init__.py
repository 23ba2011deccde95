"""Tests for ``analysis.quotes``, one file per module of the package."""
