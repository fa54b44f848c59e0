"""Privacy: disclosure control (suppression, differential privacy), keyed pseudonyms and
PII redaction. Heavy libraries (OpenDP, Presidio) are imported when first used."""
