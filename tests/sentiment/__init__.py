"""Tests of analysis.sentiment, one module of tests per module of the package."""
