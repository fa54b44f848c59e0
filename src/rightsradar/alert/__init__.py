"""Alert stage: rules match incidents, channels deliver each (rule, incident) exactly once.
Entry point: ``alert.service.fire_alerts``."""
