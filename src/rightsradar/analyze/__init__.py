"""Analyze stage: SDG 16.10.1 victim counts and a summary of what the store holds."""
