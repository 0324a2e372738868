"""Country names and codes as users type them, to the ISO alpha-2 the store keeps."""

from tidings.countries import to_alpha2

__all__ = ["to_alpha2"]
