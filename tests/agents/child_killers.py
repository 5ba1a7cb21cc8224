"""Work for the enrich child that kills it on one article, as running out of memory would.
A module of its own: the spawned child imports it by name."""

from __future__ import annotations

import os

from agents.text.enrich_batch import EnrichedRecord, EnrichFailure, enrich_encoded

POISON = b"kills the enrich process"


def die_on_poison(values: list[bytes], publish_embedding: bool = True) -> list[EnrichedRecord | EnrichFailure]:
    if POISON in values:
        os._exit(1)
    return enrich_encoded(values, publish_embedding)
