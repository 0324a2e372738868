"""Near-duplicate signatures: the stored values must not change from one
process, run or release to the next, or old stores would stop matching."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from tidings.merge.neardup import NUM_PERM, THRESHOLD, shingles, signature, similarity

WIRE = (
    "Security forces fired tear gas at hundreds of farmers who blocked the highway outside "
    "Nakuru on Monday, demanding payment for maize delivered to the state board last season. "
    "Two farmers were taken to hospital and eleven were detained, a county official said."
)
TEXTS = [
    WIRE,
    "NAKURU (Valley Wire) - " + WIRE,
    "Dockworkers in the port of Tema walked off the job on Friday over unpaid overtime.",
    "",
    "Three words only",
    "Four words right here",
    "Émeutes à Zinder: la police a dispersé la foule près du marché, selon des témoins.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_values_are_those_datasketch_stores(text: str) -> None:
    """Stores written while datasketch signed articles hold its values; the
    numpy signer must give them bit for bit (scheme affine32, seed 1)."""
    datasketch = pytest.importorskip("datasketch")
    reference = datasketch.MinHash(num_perm=NUM_PERM, seed=1)
    reference.update_batch(sorted(shingles(text)))
    ours = signature(text)
    assert ours.dtype == np.uint64 and ours.shape == (NUM_PERM,)
    assert np.array_equal(ours, reference.hashvalues.astype(np.uint64))


def test_a_fresh_process_signs_alike() -> None:
    code = (
        "import sys; from tidings.merge.neardup import signature; "
        "sys.stdout.write(signature(sys.stdin.read()).tobytes().hex())"
    )
    out = subprocess.run([sys.executable, "-c", code], input=WIRE, capture_output=True, text=True, check=True)
    assert out.stdout == signature(WIRE).tobytes().hex()


def test_a_datelined_copy_is_near_and_another_story_is_far() -> None:
    wire, copy, other = (signature(t) for t in TEXTS[:3])
    assert similarity(wire, copy) >= THRESHOLD
    assert similarity(wire, other) < 0.1


def test_a_text_without_words_signs_as_empty() -> None:
    assert np.array_equal(signature(""), signature(" -- ... "))
    assert not np.array_equal(signature(""), signature("Four words right here"))
