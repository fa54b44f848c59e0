"""rightsradar: detect and monitor attacks on human rights defenders from open-source reports.

The public surface is small: `Settings`, the domain models in `rightsradar.domain`, the
`Store`, and the `rightsradar` command. Nothing happens at import time.
"""

__version__ = "0.1.0"
