"""Places: an offline geoparser, and where each event happened.

    geoparse(text)              -> [Toponym]      every resolved place name
    locate_events(coded, ctx)   -> [Place | None] one event location per coded event
"""

from tidings.extract.places.geoparse import find_mentions, geoparse
from tidings.extract.places.locate import locate_events
from tidings.extract.places.mention import Mention, Toponym

__all__ = ["Mention", "Toponym", "find_mentions", "geoparse", "locate_events"]
