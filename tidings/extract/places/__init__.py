"""Places: an offline geoparser, and where each event happened.

    geoparse(text)              -> [Toponym]      every resolved place name
    geoparse_by_outlet(stories) -> [[Toponym]]    the same, each outlet's home area learned from its stories
    locate_events(coded, ctx)   -> [Place | None] one event location per coded event
"""

from tidings.extract.places.geoparse import find_mentions, geoparse, geoparse_by_outlet
from tidings.extract.places.locate import locate_events
from tidings.extract.places.mention import Mention, Toponym

__all__ = ["Mention", "Toponym", "find_mentions", "geoparse", "geoparse_by_outlet", "locate_events"]
