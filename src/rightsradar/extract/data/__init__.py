"""Lexicons of the rule-based extractors, kept as data (en, es, fr, pt)."""
