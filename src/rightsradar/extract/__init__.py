"""Extract: per article, an Extraction (relevance, violations, victims, perpetrator,
place, date), each field with evidence offsets into ``Article.full_text`` and a confidence.

Components share one contract (``component(doc, draft)``, see ``base``) and the pipeline
runs them in order; the pipeline is created by name from ``rightsradar.registry``.
"""
