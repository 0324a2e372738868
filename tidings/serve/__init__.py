"""The HTTP API and the offline dashboard (`tidings serve`).

`create_app(settings)` builds the FastAPI app; routes live one module per
resource (`routes_events`, `routes_stories`, ...) and read the store through
`tidings.store`; list answers go through a small response cache (`cache`).

Under load: `tidings serve` runs one process per core (`workers`), each with
its own socket on the port, its own read connections and its own cache. The
event listing is built on the event loop (SQLite writes its JSON, `listing`)
unless it runs past a small CPU budget; slower work goes to a thread pool.
"""

from tidings.serve.app import create_app
from tidings.serve.settings import Settings

__all__ = ["Settings", "create_app"]
