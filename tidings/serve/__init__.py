"""The HTTP API and the offline dashboard (`tidings serve`).

`create_app(settings)` builds the FastAPI app; routes live one module per
resource (`routes_events`, `routes_stories`, ...) and read the store through
`tidings.store`; list answers go through a small response cache (`cache`).
"""

from tidings.serve.app import create_app
from tidings.serve.settings import Settings

__all__ = ["Settings", "create_app"]
