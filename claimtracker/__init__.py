"""ClaimTracker: who claimed what, citing whom, and when."""

__version__ = "0.2.0"
