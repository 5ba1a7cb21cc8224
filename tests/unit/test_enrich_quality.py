"""The CI gate on enrichment quality, on the team's gold (floors under the measured figures)."""

from __future__ import annotations

import pytest

from bench.enrich_quality import quality
from bench.split_eval import SHARED

ENTITY_F1_FLOORS = {"seeds": 0.95, "ant (30)": 0.85, "ant held-out (15)": 0.80}


@pytest.fixture(scope="module")
def reports():  # type: ignore[no-untyped-def]
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"no corpus at {SHARED} (set STORYWIRE_SHARED_DIR)")
    return quality()


@pytest.mark.parametrize("gold_set", sorted(ENTITY_F1_FLOORS))
def test_enrich_quality__entity_f1_floor(reports, gold_set: str) -> None:  # type: ignore[no-untyped-def]
    entities = reports[gold_set].entities
    assert entities.f1 >= ENTITY_F1_FLOORS[gold_set], f"P {entities.precision:.3f} R {entities.recall:.3f}"


def test_enrich_quality__publication_time_exact(reports) -> None:  # type: ignore[no-untyped-def]
    for report in reports.values():
        assert report.time_exact == report.time_total


def test_enrich_quality__seed_spellings_united(reports) -> None:  # type: ignore[no-untyped-def]
    seeds = reports["seeds"]
    assert seeds.united == seeds.multi_spelling  # دميتري/ديمتري بيسكوف, ناجورنو كاراباخ/قره باغ ...
