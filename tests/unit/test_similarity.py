"""The learned same-story probability on the seeds, and the model file it reads."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from agents.text import similarity
from agents.text.pages import articles_from_page
from agents.text.similarity import (
    FEATURE_NAMES,
    MODEL_PATH,
    SameStoryModel,
    gap_days_between,
    pair_features,
    same_story_probability,
    side_of,
    story_probability,
)
from agents.text.stories import MEMBER_TERMS_KEPT, ArticleFeatures, features_of, new_story
from streams.records import RawItem
from tests.conftest import enrich_and_embed

ARRIVED = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def seed_features(seeds: dict[str, str]) -> dict[str, ArticleFeatures]:
    """The main article of each seed page, as the group agent gets it."""
    out = {}
    for number, text in seeds.items():
        raw = RawItem(item_id=f"seed-{number}", source=number, content_type="text", text=text, encoding="utf-8", arrived_at=ARRIVED)
        out[number] = features_of(enrich_and_embed(articles_from_page(raw)[0]))
    return out


def test_same_story_probability__in_unit_interval(seed_features: dict[str, ArticleFeatures]) -> None:
    for a in seed_features.values():
        for b in seed_features.values():
            assert 0.0 <= same_story_probability(a, b) <= 1.0


def test_same_story_probability__symmetric(seed_features: dict[str, ArticleFeatures]) -> None:
    for a in seed_features.values():
        for b in seed_features.values():
            assert same_story_probability(a, b) == pytest.approx(same_story_probability(b, a), abs=1e-12)


def test_same_story_probability__seed_story_ranks_above_other_pairs(seed_features: dict[str, ArticleFeatures]) -> None:
    """000 and 003 tell one event (different outlets, spellings, 1.4 days apart); no other pair does."""
    same = same_story_probability(seed_features["000"], seed_features["003"])
    others = [
        same_story_probability(seed_features[a], seed_features[b])
        for a in seed_features for b in seed_features if a < b and {a, b} != {"000", "003"}
    ]
    assert same > max(others)


def test_story_probability__one_member_story_is_the_pair(seed_features: dict[str, ArticleFeatures]) -> None:
    """Against a one-member story the grouping sees the pair the model was trained on (the
    member's int8 embedding moves it a little)."""
    a, b = seed_features["003"], seed_features["000"]
    assert story_probability(a, new_story(b)) == pytest.approx(same_story_probability(a, b), abs=0.02)


def test_pair_features__named_and_bounded(seed_features: dict[str, ArticleFeatures]) -> None:
    a, b = seed_features["000"], seed_features["001"]
    values = pair_features(side_of(a), side_of(b), gap_days_between(a.event_time, b.event_time))
    assert len(values) == len(FEATURE_NAMES)
    assert all(0.0 <= v <= 1.0 + 1e-9 for v in values)


def test_side_of__cuts_terms_like_a_member_profile() -> None:
    assert similarity.PROFILE_TERMS == MEMBER_TERMS_KEPT


def test_model_file__matches_the_features_and_stays_a_probability() -> None:
    document = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    model = SameStoryModel.from_json(document)
    assert document["features"] == list(FEATURE_NAMES)
    for extreme in (0.0, 1.0):
        assert 0.0 <= model.probability_of([extreme] * len(FEATURE_NAMES)) <= 1.0
    assert 0.0 < model.join < model.join_undated < 1.0
    with pytest.raises(ValueError, match="features"):
        SameStoryModel.from_json({**document, "features": document["features"][::-1]})


def test_similarity__scores_without_scikit_learn_or_faust() -> None:
    code = (
        "import sys\n"
        "import agents.text.similarity as s\n"
        "s.default_model()\n"
        "print(','.join(m for m in ('sklearn', 'scipy', 'faust', 'aiokafka') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_char_profile__two_spellings_of_a_name_share_their_grams() -> None:
    """Transliterations differ by a letter or a clitic; stemmed words miss that, char grams do not."""
    idf = similarity.np.ones(similarity.CHAR_BUCKETS)

    def cosine(x: str, y: str) -> float:
        a = similarity.make_side({}, {}, {}, None, similarity.char_profile(x, idf))
        b = similarity.make_side({}, {}, {}, None, similarity.char_profile(y, idf))
        return pair_features(a, b, 0.0)[FEATURE_NAMES.index("char")]

    assert cosine("ناجورنو كاراباخ", "ناغورني قره باغ") < cosine("ناجورنو كاراباخ", "والناجورنو كاراباغ")
    assert cosine("ناجورنو كاراباخ", "والناجورنو كاراباغ") > 0.4
    assert cosine("ناجورنو كاراباخ", "الانتخابات البرلمانية") < 0.1  # one gram in common: ابا


def test_char_profile__kept_small_and_unit_length() -> None:
    text = " ".join(f"word{n}" for n in range(2_000))
    buckets, weights = similarity.decode_char_profile(similarity.char_profile(text) or "")
    assert len(buckets) == len(weights) <= similarity.CHAR_GRAMS_KEPT
    assert list(buckets) == sorted(buckets)
    assert float(weights @ weights) <= 1.0 + 1e-3
    assert similarity.char_profile("  ") is None


def test_char_idf_table__rarer_grams_weigh_more() -> None:
    table = similarity.char_idf_table(["common rare", "common", "common other"])
    common = similarity._word_grams("common")[0]
    rare = similarity._word_grams("rare")[0]
    assert table.dtype == similarity.np.uint8 and len(table) == similarity.CHAR_BUCKETS
    assert table[rare] > table[common]


def test_char_idf_file__is_the_one_the_features_read() -> None:
    assert similarity.CHAR_IDF_PATH.stat().st_size == similarity.CHAR_BUCKETS


def test_gap_days_between__a_day_only_date_is_the_whole_day() -> None:
    """A dateline without a time of day (midnight UTC) may be any time that day: the gap is the
    least it can be, symmetric, and precise times keep their exact gap."""
    day_only = datetime(2023, 10, 4, tzinfo=UTC)
    next_morning = datetime(2023, 10, 5, 9, 36, tzinfo=UTC)
    assert gap_days_between(day_only, next_morning) == pytest.approx(0.4)
    assert gap_days_between(next_morning, day_only) == pytest.approx(0.4)
    assert gap_days_between(datetime(2023, 10, 4, 15, tzinfo=UTC), day_only) == 0.0
    assert gap_days_between(datetime(2023, 10, 3, 12, tzinfo=UTC), next_morning) == pytest.approx(1.9)


def test_story_probability__reads_the_span_with_its_precision(seed_features: dict[str, ArticleFeatures]) -> None:
    """Against a one-member story the gap is the pair's gap, day-only dates included."""
    a, b = seed_features["003"], seed_features["000"]
    assert similarity.gap_days_to_story(a.event_time, new_story(b)) == pytest.approx(gap_days_between(a.event_time, b.event_time))
