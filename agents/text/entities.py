"""Named entities with canonical ids that survive transliteration.

Three sources, in order of trust: the alias table (``gazetteer``), the same table reached
through a transliteration skeleton (دميتري/ديمتري -> DMTR, ناجورنو/ناغورنو -> NKRN,
كاراباخ/قره باغ -> KRBK), and trigger patterns that name a person after a role
("المتحدث باسم ...", "الرئيس الفرنسي،") for people the table does not know yet.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter

from agents.text.gazetteer import all_entries
from agents.text.names import (
    GENERIC_ORGANISATION_HEADS,
    GIVEN_NAMES_LIGHT,
    NAME_LINKS,
    ORGANISATION_HEADS,
    PLACE_HEADS,
)
from agents.text.normalization import matching_form, matching_word, word_memo
from streams.records import Entity, EntityKind, Quote

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|[\u0621-\u065f\u0660-\u06ff]+")
# Letters transliteration swaps for one another, folded into one class; long vowels,
# hamza carriers and final h dropped. Only for names: common words would collide.
_SKELETON = str.maketrans(
    {
        "ج": "K", "غ": "K", "ق": "K", "ك": "K", "خ": "K",
        "ت": "T", "ط": "T", "ث": "S", "س": "S", "ص": "S", "ش": "C",
        "ز": "Z", "ذ": "Z", "ظ": "Z", "ض": "D", "د": "D",
        "ح": "H", "ع": "", "ء": "", "ا": "", "و": "", "ي": "", "ه": "", "ة": "",
        "ب": "B", "ف": "F", "ر": "R", "ل": "L", "م": "M", "ن": "N",
    }
)
# Skeleton matching needs a name-like length: 4+ consonants for one word, 3+ for each word
# of a longer name, compared word by word ("من أجل" must not reach منغوليا's MNKL).
SKELETON_MIN_LENGTH = 4
SKELETON_MIN_WORD_LENGTH = 3
MAX_ALIAS_TOKENS = 4
_ARTICLE_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
_CLITICS = ("و", "ف", "ب", "ل", "ك")
# Single-word country names that are also common Arabic words (مالي "financial", بنين "sons").
_AMBIGUOUS_ALIASES = frozenset({"مالي", "بنين", "عمان", "جيرسي", "الكرسي الرسولي", "توجو", "تشاد"})

_ROLE = re.compile(
    r"(?:الرئيس|رئيس|وزير|وزيره|الوزير|المتحدث|المتحدثه|السفير|المبعوث|مستشار|المستشار|زعيم|قائد|"
    r"مدرب|المدرب|لاعب|اللاعب|المهاجم|الحارس|الكاتب|الكاتبه|الروائي|الصحفي|الصحفيه|النائب|القاضي|"
    r"المدعي|الامير|الملك|الشيخ|الجنرال|العقيد|اللواء|العميد|مدير|المرشح|الناشط|الناشطه|الفنان|"
    r"الفنانه|الممثل|الممثله|المغني|المغنيه|الدكتور|الدكتوره|البروفيسور|المحامي|الباحث|الخبير)"
)
_SPEECH_VERB = re.compile(
    r"(?:^|\s)(?:و|ف)?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|تابع|تابعت|اردف|اردفت|ختم|ذكر|ذكرت|اوضح|"
    r"اوضحت|صرح|صرحت|ورد|رد|مضيفا|مضيفه|متابعا|قائلا|قائله|said|added|told|says)(?:\s|$|:)"
)
# Quotes of three words or more: two-word ones are names or scare quotes ("محادثات سرية").
_NAME_BREAK = re.compile(r"[،,.:؛;\"«»()\[\]!?؟/\-–]")  # punctuation that ends a name
_HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_QUOTED = re.compile(r"[\"“«]([^\"“”«»\s]+(?:\s+[^\"“”«»\s]+){2,120})[\"”»]")


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity in a paragraph."""

    entity_id: str
    kind: EntityKind
    name: str
    surface: str
    paragraph: int
    start: int


@word_memo(200_000)  # names recur: one key per distinct word
def skeleton(word: str) -> str:
    """A transliteration-robust key for a name: "ديمتري" and "دميتري" both give "DMTR"."""
    folded = matching_word(word).replace(" ", "")
    for prefix in _ARTICLE_PREFIXES:
        if folded.startswith(prefix) and len(folded) > len(prefix) + 2:
            folded = folded[len(prefix):]
            break
    return folded.translate(_SKELETON)


def find_mentions(paragraphs: tuple[str, ...] | list[str]) -> list[Mention]:
    """Every entity mention in order: aliases (longest first), then names found by pattern,
    then later mentions of a pattern-found person by family name alone ("حجازي")."""
    tokens = [_tokens(paragraph) for paragraph in paragraphs]
    mentions: list[Mention] = []
    for index, paragraph in enumerate(paragraphs):
        spans, folded, name_starts = tokens[index]
        mentions.extend(_scan_paragraph(index, paragraph, spans, folded, name_starts))
    return _with_family_names(paragraphs, tokens, mentions)


Tokens = tuple[list[tuple[int, str]], list[str], list[int]]


def _tokens(paragraph: str) -> Tokens:
    """A paragraph's tokens as (offset, text), their matching forms, and the positions where a
    name may start (``_may_start_name``): tokenised once, read by the alias scan and again by
    the family-name pass."""
    spans = [(m.start(), m.group()) for m in _TOKEN.finditer(paragraph)]
    forms = [_token_forms(text) for _, text in spans]
    folded = list(map(itemgetter(0), forms))
    name_starts = list(compress(count(), map(itemgetter(1), forms)))
    return spans, folded, name_starts


@word_memo(200_000)  # one key per distinct word
def _token_forms(token: str) -> tuple[str, bool]:
    """A token's matching form and whether a name may start at it: what the scan reads of every
    token, in one memoised lookup (most tokens start no name and are read no further)."""
    return matching_word(token), _may_start_name(token)


def _with_family_names(paragraphs: tuple[str, ...] | list[str], tokens: list[Tokens], mentions: list[Mention]) -> list[Mention]:
    people: dict[str, Mention] = {}
    for mention in mentions:
        if mention.kind == "person" and " " in mention.surface:
            family = _strip_al(matching_word(mention.surface.split()[-1]))
            if len(family) >= 4:
                people.setdefault(family, mention)
    if not people:
        return mentions
    taken = _taken_characters(paragraphs, mentions)
    families = tuple(people)  # every form tried below is an ending of the token
    extra: list[Mention] = []
    for index, (spans, folded, _name_starts) in enumerate(tokens):
        for (start, text), form_of in zip(spans, folded, strict=True):
            if not form_of.endswith(families) or taken[index][start]:
                continue
            for form in _first_token_forms(form_of):
                person = people.get(_strip_al(form))
                if person is not None:
                    extra.append(Mention(person.entity_id, "person", person.name, text, index, start))
                    break
    return sorted([*mentions, *extra], key=lambda m: (m.paragraph, m.start))


def _taken_characters(paragraphs: tuple[str, ...] | list[str], mentions: list[Mention]) -> list[bytearray]:
    """Per paragraph, 1 for each character inside a mention already found."""
    taken = [bytearray(len(paragraph)) for paragraph in paragraphs]
    for mention in mentions:
        row = taken[mention.paragraph]
        end = min(len(row), mention.start + len(mention.surface))
        row[mention.start : end] = b"\x01" * (end - mention.start)
    return taken


def entities_from(mentions: list[Mention]) -> tuple[Entity, ...]:
    """One Entity per canonical id, most-mentioned first, all surface spellings kept."""
    counts = Counter(m.entity_id for m in mentions)
    surfaces: dict[str, list[str]] = {}
    first: dict[str, Mention] = {}
    for mention in mentions:
        first.setdefault(mention.entity_id, mention)
        forms = surfaces.setdefault(mention.entity_id, [])
        if mention.surface not in forms:
            forms.append(mention.surface)
    ordered = sorted(counts, key=lambda eid: (-counts[eid], eid))
    return tuple(
        Entity(entity_id=eid, name=first[eid].name, kind=first[eid].kind, mentions=tuple(surfaces[eid]))
        for eid in ordered
    )


# Speech verbs as printed (hamza and clitic variants), found in the display text so that
# offsets line up with entity mentions.
_SPEECH_VERB_RAW = re.compile(
    r"(?:^|(?<=[\s\"«(]))[وف]?(?:قال|قالت|يقول|تقول|[أا]ضاف|[أا]ضافت|[أا]كد|[أا]كدت|تابع|تابعت|[أا]ردف|ختم|ذكر|ذكرت|"
    r"[أا]وضح|[أا]وضحت|صرح|صرحت|رد|ردت|[أا]علن|[أا]علنت|[أا]شار|[أا]شارت|مضيفا|مضيفة|متابعا|قائلا|قائلة|"
    r"بحسب|وفق|وفقا ل|جاء في|said|says|added|told)(?=[\s:،,]|$)"
)
# "وأضاف:" / "وتابع قائلا" at a sentence start with no name: the previous speaker goes on.
_CONTINUATION = re.compile(r"^\W*[وف](?:[أا]ضاف|[أا]ضافت|تابع|تابعت|[أا]ردف|ختم|[أا]وضح)")
QUOTE_CONTEXT_CHARS = 240  # how far back in its sentence a quote looks for who said it


def find_quotes(paragraphs: tuple[str, ...] | list[str], mentions: list[Mention]) -> tuple[Quote, ...]:
    """Quoted speech of three words or more with the person or body the sentence gives for it.

    The speaker is the first name after the last speech verb before the quote ("قال كلوب: ...",
    "وقال مكتب الادعاء العام ... إن ..."), else the last name before that verb in the sentence
    ("وزارة الخارجية أكدت ..."); a sentence that opens with "وأضاف" and names nobody goes on
    with the previous speaker; without a verb, a name right before the quote speaks
    ("بيان الخارجية الروسية: ...").
    """
    quotes: list[Quote] = []
    last_speaker: Mention | None = None
    for index, paragraph in enumerate(paragraphs):
        named = [m for m in mentions if m.paragraph == index]
        for match in _QUOTED.finditer(paragraph):
            speaker = _speaker_of(paragraph, match.start(), named, last_speaker)
            last_speaker = speaker or last_speaker
            quotes.append(
                Quote(
                    text=match.group(1).strip(),
                    speaker=speaker.name if speaker else None,
                    speaker_id=speaker.entity_id if speaker else None,
                )
            )
    return tuple(quotes)


def _speaker_of(paragraph: str, quote_at: int, named: list[Mention], previous: Mention | None) -> Mention | None:
    sentence_start = max((paragraph.rfind(stop, 0, quote_at) for stop in ".!?؟\n"), default=-1) + 1
    sentence_start = max(sentence_start, quote_at - QUOTE_CONTEXT_CHARS)
    window = paragraph[sentence_start:quote_at]
    in_sentence = [m for m in named if sentence_start <= m.start < quote_at]
    verbs = list(_SPEECH_VERB_RAW.finditer(window))
    if verbs:
        verb_at = sentence_start + verbs[-1].start()
        after = [m for m in in_sentence if m.start > verb_at]
        if after:
            return after[0]
        before = [m for m in in_sentence if m.start < verb_at]
        if before:
            return before[-1]
        return previous if _CONTINUATION.match(window) or window.strip().startswith(("و", "ف")) else None
    near = [m for m in in_sentence if quote_at - (m.start + len(m.surface)) <= 25]
    return near[-1] if near else None


AliasEntry = tuple[str, EntityKind, str]  # entity id, kind, canonical name


@dataclass(frozen=True)
class AliasIndex:
    """Aliases by exact folded form and by skeleton, plus the first tokens they can start
    with: most tokens of a text start no alias, and the scan learns that from one lookup."""

    exact: dict[str, AliasEntry]
    by_skeleton: dict[str, AliasEntry]
    exact_starts: frozenset[str]
    skeleton_starts: frozenset[str]
    exact_prefixes: frozenset[str]
    skeleton_prefixes: frozenset[str]


@lru_cache(maxsize=1)
def _alias_index() -> AliasIndex:
    exact: dict[str, AliasEntry] = {}
    by_skeleton: dict[str, AliasEntry] = {}
    for entity_id, kind, name, aliases in all_entries():
        for alias in aliases:
            if alias in _AMBIGUOUS_ALIASES:
                continue
            tokens = _alias_tokens(alias)
            if not tokens or len(tokens) > MAX_ALIAS_TOKENS:
                continue
            exact.setdefault(" ".join(tokens), (entity_id, kind, name))
            key = _skeleton_key(tokens)
            # Skeletons for people, and for long multi-word place names (ناغورني كاراباخ):
            # "اكتمال" must not become غواتيمالا, nor "الفرنسية باريس" فرانس برس.
            if _is_arabic(alias) and key is not None and (
                kind == "person" or (kind == "place" and len(tokens) > 1 and all(len(p) >= 4 for p in key.split("-")))
            ):
                by_skeleton.setdefault(key, (entity_id, kind, name))
    return AliasIndex(
        exact=exact,
        by_skeleton=by_skeleton,
        exact_starts=frozenset(key.split(" ")[0] for key in exact),
        skeleton_starts=frozenset(key.split("-")[0] for key in by_skeleton),
        exact_prefixes=_word_prefixes(exact, " "),
        skeleton_prefixes=_word_prefixes(by_skeleton, "-"),
    )


def _word_prefixes(keys: dict[str, AliasEntry], separator: str) -> frozenset[str]:
    """Every key cut after each of its words ("حلف", "حلف شمال", ...): the token trie as a set."""
    return frozenset(separator.join(key.split(separator)[:n]) for key in keys for n in range(1, key.count(separator) + 2))


def _skeleton_key(tokens: list[str]) -> str | None:
    """Word-aligned skeleton of a name, or None when too short to be safe."""
    parts = [skeleton(t) for t in tokens]
    if len(parts) == 1:
        return parts[0] if len(parts[0]) >= SKELETON_MIN_LENGTH else None
    return "-".join(parts) if all(len(p) >= SKELETON_MIN_WORD_LENGTH for p in parts) else None


def _alias_tokens(text: str) -> list[str]:
    """An alias's tokens as the index keys them: only a real article comes off ("الكرملين"),
    never a letter group that merely looks like a clitic ("كالاما")."""
    return [_strip_al(matching_form(t)) for t in _TOKEN.findall(text)]


def _strip_al(token: str) -> str:
    return token[2:] if token.startswith("ال") and len(token) > 4 else token


def _strip_article(token: str) -> str:
    for prefix in _ARTICLE_PREFIXES:
        if token.startswith(prefix) and len(token) > len(prefix) + 2:
            return token[len(prefix):]
    return token


@word_memo(200_000)
def _first_token_forms(token: str) -> tuple[str, ...]:
    """A token as written, without its article, and without one clitic letter."""
    forms = [_strip_al(token), _strip_article(token)]
    if token and token[0] in _CLITICS and len(token) >= 4:
        forms.append(_strip_article(token[1:]))
    return tuple(dict.fromkeys(forms))


def _scan_paragraph(index: int, paragraph: str, spans: list[tuple[int, str]], folded: list[str], name_starts: list[int]) -> list[Mention]:
    found: list[Mention] = []
    taken = 0
    for i in name_starts:
        if i < taken:
            continue
        hit = _longest_alias(folded, i)
        if hit is not None:
            length, (entity_id, kind, name) = hit
            surface = " ".join(text for _, text in spans[i : i + length])
            found.append(Mention(entity_id, kind, name, surface, index, spans[i][0]))
            taken = i + length
            continue
        person = _role_person(folded, spans, i) or _given_name_person(folded, spans, i, paragraph)
        if person is not None:
            length, mention = person
            found.append(Mention(mention[0], "person", mention[1], mention[1], index, spans[i][0]))
            taken = i + length
            continue
        headed = _headed_name(folded, spans, i, paragraph)
        if headed is not None:
            length, mention = headed
            taken = i + length
            found.append(replace(mention, paragraph=index))
    return found


def _may_start_name(token: str) -> bool:
    """Whether any way of finding a name can start at this token as written: an alias, a role,
    a given name or a head noun. Each finder returns None at once otherwise, so most tokens
    of a text are skipped after one memoised lookup (``_token_forms``) instead of four."""
    folded = matching_word(token)
    light = _light(token)
    return (
        _may_start_alias(folded)
        or _ROLE.fullmatch(folded) is not None
        or light in GIVEN_NAMES_LIGHT
        or (light[:1] in _CLITICS and light[1:] in GIVEN_NAMES_LIGHT)
        or any(f in _HEADS for f in _first_token_forms(folded))
    )


def _boundary(paragraph: str, spans: list[tuple[int, str]], j: int) -> bool:
    """Punctuation between token j-1 and token j ends a name."""
    gap = paragraph[spans[j - 1][0] + len(spans[j - 1][1]) : spans[j][0]]
    return bool(_NAME_BREAK.search(gap))


def _given_name_person(folded: list[str], spans: list[tuple[int, str]], i: int, paragraph: str) -> tuple[int, tuple[str, str]] | None:
    """"أحمد حجازي", "خليفة بن حمد آل ثاني", "عبد الرحمن سوار الذهب": a given name, then the rest."""
    light = _light(spans[i][1])
    first = next((f for f in (light, light[1:] if light[:1] in _CLITICS else "") if f in GIVEN_NAMES_LIGHT), None)
    if first is None or i + 1 >= len(folded) or _boundary(paragraph, spans, i + 1):
        return None
    second = _light(spans[i + 1][1])
    if second not in GIVEN_NAMES_LIGHT and _is_common_word(spans[i + 1][1], FAMILY_NAME_ZIPF if second.startswith("ال") else COMMON_WORD_ZIPF):
        return None  # "سعيد بالنتيجة", "عمر يناهز": a word, not a family name ("عمر طارق" is one)
    j = i + 1
    if first == "عبد":  # "عبد" + "الرحمن" is one given name
        j += 1
        if j >= len(folded) or _boundary(paragraph, spans, j):
            return None
    end = j
    while end < len(folded) and end - i < 5 and not _boundary(paragraph, spans, end):
        token = folded[end]
        if token in NAME_LINKS and end + 1 < len(folded):
            end += 2
            continue
        if end == j and _is_family_name(token):
            end += 1
            continue
        if end > j and token.startswith("ال") and _is_family_name(token) and folded[end - 1] not in NAME_LINKS:
            end += 1  # "سوار الذهب"
        break
    if end == j:
        return None
    name = " ".join(text for _, text in spans[i:end])
    key = "-".join(skeleton(t) for t in folded[i:end])
    return end - i, (f"person:~{key}", name)


_HEADS = ORGANISATION_HEADS | PLACE_HEADS
_LIGHT = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه"})
COMMON_WORD_ZIPF = 4.3  # wordfreq Zipf above which a word is too common to be taken as a name


def _light(token: str) -> str:
    """Hamza folded and diacritics gone, but ى kept: for looking up given names."""
    return _HARAKAT.sub("", token).translate(_LIGHT)


FAMILY_NAME_ZIPF = 4.5  # "المالكي" (4.37) is a family name; "التابع" (4.67) is not


@word_memo(100_000)
def _is_common_word(token: str, threshold: float = COMMON_WORD_ZIPF) -> bool:
    from agents.text.terms import zipf_of

    bare = _HARAKAT.sub("", token)
    forms = {bare, bare[1:] if bare[:1] in _CLITICS and len(bare) > 3 else bare}
    forms |= {f[:-1] + "ة" for f in forms if f.endswith("ه")} | {f[:-1] + "ى" for f in forms if f.endswith("ي")}
    return max(zipf_of(f, "ar") for f in forms) >= threshold


def _is_family_name(token: str) -> bool:
    from agents.text.terms import ARABIC_STOPWORDS

    return (
        len(token) >= 2
        and token not in ARABIC_STOPWORDS
        and not _SPEECH_VERB.search(f" {token} ")
        and bool(_ARABIC_LETTER.match(token))
        and token not in ORGANISATION_HEADS
        and token not in PLACE_HEADS
    )


def _headed_name(folded: list[str], spans: list[tuple[int, str]], i: int, paragraph: str):  # type: ignore[no-untyped-def]
    """"وزارة الخارجية الكويتية", "شركة قطر للوقود" (organisations); "مدينة نانتير" (places).

    A definite head ("الشركة") takes only agreeing adjectives ("الشركة الوطنية"): followed by
    anything else it points back ("الشركة حصلت"). A generic head ("قوات", "مؤسسة") needs a
    qualifier that says whose: a known name or a nationality ("الجيش اليمني").
    """
    head = next((f for f in _first_token_forms(folded[i]) if f in _HEADS), None)
    if head is None or i + 1 >= len(folded) or _boundary(paragraph, spans, i + 1):
        return None
    if head in PLACE_HEADS and _longest_alias(folded, i + 1) is not None:
        return None  # "إقليم ناجورنو كاراباخ": the known name is the entity, the alias scan takes it
    definite = "ال" in folded[i][:4] and not folded[i].startswith(head)
    end, says_whose = i + 1, False
    while end < len(folded) and end - i <= 4 and not _boundary(paragraph, spans, end):
        token = folded[end]
        known = _longest_alias(folded, end) is not None
        nationality = token.startswith("ال") and token.endswith(("يه", "ي")) and len(token) > 5
        if known or nationality:
            says_whose = True
        elif token.startswith(("ال", "لل")):
            # after "وزارة"/"هيئة" the genitive is the name ("وزارة العدل"); after "الشركة"
            # only an agreeing, uncommon adjective continues it
            if token in _GENERIC_AFTER_HEAD or ((definite or head in GENERIC_ORGANISATION_HEADS) and _is_generic_follower(token)):
                break
        elif definite or end > i + 1 or _is_common_word(spans[end][1]) or not _is_family_name(token):
            break
        else:
            says_whose = True  # a rare word right after an indefinite head: a name ("جامعة يال")
        end += 1
    if end == i + 1 or (head in GENERIC_ORGANISATION_HEADS and not says_whose):
        return None
    if head in PLACE_HEADS:
        if not says_whose:
            return None
        name = " ".join(text for _, text in spans[i + 1 : end])
        entity_id = "place:~" + "-".join(_strip_al(t) for t in folded[i + 1 : end])
        return end - i, Mention(entity_id, "place", name, name, 0, spans[i + 1][0])
    name = " ".join(text for _, text in spans[i:end])
    entity_id = "org:~" + "-".join(_strip_al(t) for t in [head, *folded[i + 1 : end]])
    return end - i, Mention(entity_id, "organisation", name, name, 0, spans[i][0])


# Words that follow a head noun without naming it: "مجلس الوزراء" is a name, "شركة الاتصالات
# الجديدة" mostly is, but "قوات الاحتلال" and "منطقة العمليات" are descriptions.
_GENERIC_AFTER_HEAD = frozenset({"الجديده", "الكبري", "الاولي", "الثانيه", "الحاليه", "السابقه", "المحليه", "الذي", "التي"})


def _is_generic_follower(token: str) -> bool:
    return token in _GENERIC_AFTER_HEAD or (_is_common_word(token) and not token.endswith(("يه", "ي")))


def _longest_alias(folded: list[str], i: int) -> tuple[int, AliasEntry] | None:
    """The longest known alias starting at token ``i``: (its length in tokens, its entry).

    At equal length the first form of the first token wins, and its exact spelling before
    its skeleton. Each form walks the aliases' token prefixes and stops where no alias goes
    on, instead of trying every length and every form with a joined key each."""
    if not _may_start_alias(folded[i]):
        return None
    index = _alias_index()
    limit = min(MAX_ALIAS_TOKENS, len(folded) - i)
    best: tuple[int, AliasEntry] | None = None
    for first in _first_token_forms(folded[i]):
        hit = _longest_from(index, first, folded, i, limit)
        if hit is not None and (best is None or hit[0] > best[0]):
            best = hit
    return best


def _longest_from(index: AliasIndex, first: str, folded: list[str], i: int, limit: int) -> tuple[int, AliasEntry] | None:
    """The longest alias that one form of token ``i`` starts, by exact form, then skeleton."""
    exact: tuple[int, AliasEntry] | None = None
    key = first
    for length in range(1, limit + 1):
        if length > 1:
            key = f"{key} {_strip_al(folded[i + length - 1])}"
        if key not in index.exact_prefixes:
            break
        entry = index.exact.get(key)
        if entry is not None:
            exact = length, entry
    if not _is_arabic(first):
        return exact
    by_skeleton: tuple[int, AliasEntry] | None = None
    parts = [skeleton(first)]
    key = parts[0]
    for length in range(1, limit + 1):
        if length > 1:
            parts.append(skeleton(_strip_al(folded[i + length - 1])))
            key = f"{key}-{parts[-1]}"
        if key not in index.skeleton_prefixes:
            break
        # the key _skeleton_key gives: 4+ letters for one word, 3+ for each of more
        valid = len(key) >= SKELETON_MIN_LENGTH if length == 1 else all(len(p) >= SKELETON_MIN_WORD_LENGTH for p in parts)
        entry = index.by_skeleton.get(key) if valid else None
        if entry is not None and not (length == 1 and _is_common_word(first)):
            by_skeleton = length, entry
    if by_skeleton is not None and (exact is None or by_skeleton[0] > exact[0]):
        return by_skeleton
    return exact


@word_memo(200_000)
def _may_start_alias(token: str) -> bool:
    """Some alias starts with one of the token's forms, as written or by skeleton."""
    index = _alias_index()
    return any(f in index.exact_starts or (_is_arabic(f) and skeleton(f) in index.skeleton_starts) for f in _first_token_forms(token))


def _role_person(folded: list[str], spans: list[tuple[int, str]], i: int) -> tuple[int, tuple[str, str]] | None:
    """"الرئيس الفرنسي، إيمانويل ماكرون": a role, up to four descriptors, then a two-word name."""
    if not _ROLE.fullmatch(folded[i]):
        return None
    j = i + 1
    while j < len(folded) and j - i <= 5 and _is_role_descriptor(folded, j):
        j += 1
    bare_role = j == i + 1 and not folded[i].startswith("ال")  # "رئيس X" is a construct, "المدرب X" a name
    if j + 1 >= len(folded) or bare_role or _longest_alias(folded, j):
        return None  # no descriptor, or the name is a known entity: the alias scan takes it
    first, last = folded[j], folded[j + 1]
    if not all(_is_name_like(t) for t in (first, last)):
        return None
    name = f"{spans[j][1]} {spans[j + 1][1]}"
    return j + 2 - i, (f"person:~{skeleton(first)}-{skeleton(last)}", name)


def _is_role_descriptor(folded: list[str], j: int) -> bool:
    """"الصحفي", "باسم", "لشؤون", "لأرمينيا": words between a role and the name."""
    token = folded[j]
    if token.startswith(("ال", "لل", "بال")) or token in ("باسم", "الخاص", "لشوون", "لدي"):
        return True
    if token[:1] == "ل" and len(token) > 3:
        hit = _longest_alias([token[1:]], 0)
        return hit is not None and hit[1][1] == "place"
    return False


def _is_name_like(token: str) -> bool:
    from agents.text.terms import ARABIC_STOPWORDS

    return (
        _is_arabic(token)
        and len(token) >= 3
        and not token.startswith("ال")
        and token not in ARABIC_STOPWORDS
        and not _SPEECH_VERB.search(f" {token} ")
        and (_light(token) in GIVEN_NAMES_LIGHT or not _is_common_word(token))
    )


def _is_arabic(text: str) -> bool:
    return bool(_ARABIC_LETTER.search(text))
