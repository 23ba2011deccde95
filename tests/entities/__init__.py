"""Tests of analysis.entities, one module of tests per module of the package."""
