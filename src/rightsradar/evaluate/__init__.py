"""Scoring: extraction against gold (HRDsAttack metrics) and incident clustering."""
