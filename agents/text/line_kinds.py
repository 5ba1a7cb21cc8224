"""What a line is on any page: the sidebar kind it opens, a date line, a trail, a credit.

``sidebar_kind`` tries the cues of ``cues`` in a fixed order (the first that fits wins: the order is
part of the meaning); each word cap is tested before its pattern, which spares a paragraph the
searches it cannot pass. Every test here is pure and kept per line: a page asks it of the same line
from several places.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agents.text.cues import (
    ABOUT,
    AD_CREDIT_TAIL,
    AD_SLOT,
    AGENCY_ONLY,
    BARE_DATE,
    BRACKETED,
    BROADCAST_MARKER,
    BYLINE,
    BYLINE_MAX_WORDS,
    CAPTION,
    CAPTION_CREDIT_SPLIT,
    CAPTION_MAX_WORDS,
    CAPTION_OPENER,
    CASE_CARD_LINE,
    CASE_CARD_LINE_MAX_WORDS,
    CASE_NUMBER,
    CASE_NUMBER_MAX_WORDS,
    CHECK_HEADING,
    CITATION,
    CLAIM_BOX,
    COMMENTS_HEADING,
    CONTACTS_HEADING,
    COUNT_ROW,
    COUNTER,
    CREDIT_TAIL,
    DATE_FILLER,
    DATE_LINE_MAX_OTHER_WORDS,
    DATE_LINE_MAX_WORDS,
    DATE_TOKEN,
    DATELINE_CUE,
    DISCLAIMER,
    EMBED,
    EMBED_MAX_WORDS,
    END_MARK,
    ENDS_STOP,
    FACT_CHECK_LINE_MAX_WORDS,
    FACT_CHECKERS_NETWORK,
    GALLERY_CONTROL,
    GALLERY_CONTROL_MAX_WORDS,
    GALLERY_COUNTER,
    GUEST_NOTICE,
    HANDLE,
    HASHTAGS,
    HOME,
    IMAGE_LABEL,
    IMAGE_LABEL_MAX_WORDS,
    LINK_LINE,
    LIVE_LABEL,
    MAIL_HEAD,
    MARKET_BOX,
    MATCH_BOX,
    MATCH_LINE_MAX_WORDS,
    MEDIA_PLACEHOLDER,
    MEMBER_BOX,
    NAMED_PHOTO_CREDIT,
    NEWS_CODE,
    NOT_IN_NAME,
    NOTE,
    NOTE_MAX_WORDS,
    OFFER_PRICE,
    OFFER_PRICE_MAX_WORDS,
    PAYMENT_CARDS,
    PAYWALL,
    PAYWALL_MAX_WORDS,
    PHOTO_CREDIT,
    PHOTO_WORD,
    PHOTOGRAPHER_CREDIT,
    PHOTOGRAPHER_CREDIT_MAX_WORDS,
    PLACE_CREDIT,
    PLAN,
    PLAN_MAX_WORDS,
    PLAYER_TIME,
    PORTRAIT,
    POST_AUDIENCE,
    POST_NUMBER,
    PRAYER_TIMES,
    PRESS_OFFICE,
    PRESS_OFFICE_MAX_WORDS,
    PRICE,
    PRINT_EDITION,
    PROMPT,
    PROMPT_MAX_WORDS,
    PUBLISHED_IN,
    QUOTE,
    QUOTE_LABEL,
    REACTION_COUNT,
    READ_ALSO,
    RELATED,
    REPLY_BUTTON,
    RESULTS_CONTROL,
    SCORE,
    SCORE_LINE,
    SEPARATOR,
    SHORT_AGO,
    SOURCE,
    SOURCE_LINK,
    SOURCES_HEADING,
    TAGS,
    TRAIL_SEGMENT_MAX_WORDS,
    TRAIL_SEPARATOR,
    TRAIL_SPLIT,
    TRAILS_OFF,
    UI,
    UI_ANYWHERE,
    UI_ANYWHERE_MAX_WORDS,
    UI_WORDS_FOLDED,
    VERDICT_BADGE,
    VERDICT_LABEL,
    VERDICT_SENTENCE,
    WIDGET,
    WIRE_CONTROL,
    WIRE_EDITION_NOTE,
    WIRE_HEADER,
    WIRE_MORE,
    WIRE_PRIORITY,
    WIRE_SIGN_OFF,
    WIRE_SLUG,
    WIRE_SLUG_LATIN,
    WIRE_STAMP,
    WRITER_LINE_MAX_WORDS,
    WRITER_NAME_SPLIT,
    WRITER_TRADE,
    fold_line,
)
from agents.text.line_shapes import is_sentence, word_count
from agents.text.names import GIVEN_NAMES
from streams.records import SidebarKind


@lru_cache(maxsize=16384)
def sidebar_kind(line: str) -> SidebarKind | None:
    """The kind of a line that opens or is a sidebar block, else None."""
    folded = fold_line(line)
    # READ_ALSO and RELATED are anchored at the start: match, never a search along the line
    if READ_ALSO.match(folded):
        return "read_also"
    if RELATED.match(folded):
        return "related_list"
    if TAGS.match(folded) or HASHTAGS.match(line):
        return "tags"
    if AD_SLOT.match(folded) or AD_CREDIT_TAIL.search(folded) or LIVE_LABEL.match(folded) or END_MARK.match(folded) or CONTACTS_HEADING.match(folded) or ABOUT.match(folded):
        return "other"
    if MAIL_HEAD.match(folded):
        return "other"  # a mail's head (sender, addressee, subject), an address alone, a greeting
    if is_fact_check_furniture(line):
        return "other"
    if word_count(line) <= WIRE_LINE_MAX_WORDS and not WIRE_STAMP.match(folded):
        if is_wire_furniture(line):
            return "other"
        if WIRE_SIGN_OFF.match(folded):
            return "source_credit"  # a dispatch's sign-off: it closes the dispatch
        if is_from_byline(line):
            return "source_credit"
    if DISCLAIMER.match(folded) or GUEST_NOTICE.search(folded) or REPLY_BUTTON.match(folded) or RESULTS_CONTROL.match(folded):
        return "ui_text"
    # each word cap is tested before its pattern: a paragraph is spared the searches it could not pass
    words = word_count(line)
    if BROADCAST_MARKER.match(line) or POST_NUMBER.match(line) or QUOTE_LABEL.match(folded) or (words <= 5 and MEMBER_BOX.match(folded)):
        return "other"  # a forum post's number, its writer's member box, a quote's labels
    if words <= IMAGE_LABEL_MAX_WORDS and IMAGE_LABEL.match(folded) or MEDIA_PLACEHOLDER.match(folded) or GALLERY_COUNTER.match(folded):
        return "caption"
    if words <= PHOTOGRAPHER_CREDIT_MAX_WORDS and PHOTOGRAPHER_CREDIT.match(folded):
        return "caption"  # "تصوير: X" alone: the credit of the picture above, which does not close the text
    if words <= CAPTION_MAX_WORDS + 5 and CREDIT_TAIL.search(folded) and not SOURCE.match(folded):
        return "caption"
    if (SOURCE.match(folded) and words <= 20) or AGENCY_ONLY.match(folded) or SOURCES_HEADING.match(folded):
        return "source_credit"
    if CITATION.match(line) and words <= CAPTION_MAX_WORDS + 10 and DATE_TOKEN.search(folded.rsplit("—", 1)[-1]):
        return "source_credit"  # a sources list's item: the cited title, its outlet and date
    if words <= NOTE_MAX_WORDS and is_note(line):
        return "source_credit"  # a paper's note: the report it cites
    if words <= PRESS_OFFICE_MAX_WORDS and PRESS_OFFICE.match(folded) and not is_sentence(line):
        return "source_credit"  # a press office's credit: "إدارة الإعلام والعلاقات العامة - محافظة X"
    if words <= 12 and SOURCE_LINK.match(folded):
        return "source_credit"
    if words <= BYLINE_MAX_WORDS and BYLINE.match(folded):
        return "source_credit"
    if words <= WRITER_LINE_MAX_WORDS and is_writer_line(line):
        return "source_credit"  # the columnist's name and trade, or the note on the writer under a column
    if words <= PORTRAIT_MAX_WORDS and (portrait := PORTRAIT.match(folded)) is not None and is_bare_name(folded[portrait.end() :]):
        return "caption"  # the writer's picture over a column, captioned with the name
    if HANDLE.match(line):
        return "source_credit"  # a channel's handle alone: the signature a post ends with
    if words <= 5 and CAPTION.search(folded):
        # "فرانس24/ أ ف ب" is a desk credit; "جانب من الاجتماع (رويترز)" is a photo caption
        # (a caption is no credit line: it must not close the article it sits in)
        described = CAPTION_CREDIT_SPLIT.split(folded)[0].split()
        photo = PHOTO_WORD.match(folded)  # "(صورة: أرشيفية)"
        return "caption" if len(described) >= 2 or photo or CAPTION_OPENER.match(folded) else "source_credit"
    if (words <= 14 and UI.match(folded)) or (words <= UI_ANYWHERE_MAX_WORDS and UI_ANYWHERE.search(folded)):
        return "ui_text"
    if words <= COMMENTS_HEADING_MAX_WORDS and COMMENTS_HEADING.match(folded):
        return "ui_text"  # the comments' heading in words not of a share bar ("Responses (2)", "تعليق واحد:")
    if words <= GALLERY_CONTROL_MAX_WORDS and GALLERY_CONTROL.match(folded):
        return "ui_text"  # a slideshow's controls between its slides: the text runs on under them
    if words <= PROMPT_MAX_WORDS and PROMPT.search(folded):
        return "ui_text"
    if is_paywall(line):
        return "ui_text"  # a subscription wall's notice, pitch, buttons and offers
    if (words <= PLAN_MAX_WORDS and (PLAN.match(folded) or PRICE.match(folded))) or (words <= OFFER_PRICE_MAX_WORDS and OFFER_PRICE.search(folded)):
        return "widget"  # its plans and prices
    if words <= PLAN_MAX_WORDS and PAYMENT_CARDS.match(folded):
        return "ui_text"  # the cards it takes
    if SEPARATOR.match(line) or LINK_LINE.match(line):
        return "other"
    if (words <= 8 and (WIDGET.search(folded) or PRAYER_TIMES.match(folded))) or COUNTER.match(folded) or COUNT_ROW.match(folded) or NEWS_CODE.match(folded) or REACTION_COUNT.match(line) or PLAYER_TIME.match(folded) or PRINT_EDITION.match(folded):
        return "widget"
    if (words <= CASE_NUMBER_MAX_WORDS and CASE_NUMBER.match(folded)) or (words <= CASE_CARD_LINE_MAX_WORDS and CASE_CARD_LINE.match(folded) and not ENDS_STOP.search(line)):
        return "widget"  # a case's number, its card's court, charge and next hearing
    if (words <= 8 and MARKET_BOX.search(folded)) or (words <= QUOTE_MAX_WORDS and QUOTE.search(line)):
        return "widget"
    if words <= MATCH_LINE_MAX_WORDS and (MATCH_BOX.match(folded) or SCORE_LINE.search(line)):
        return "widget"  # a sports report's match centre
    if words <= EMBED_MAX_WORDS and EMBED.search(line):
        return "embedded_post"
    if words <= CAPTION_MAX_WORDS and CAPTION.search(folded):
        return "caption"
    if _is_ui_line(folded) and not DATE_TOKEN.search(folded):
        return "ui_text"  # not a date: the Levantine August ("13 آب 2018") folds to WhatsApp's "اب"
    if PHOTO_CREDIT.match(line.strip()) or NAMED_PHOTO_CREDIT.match(line):
        return "caption"
    if words <= CAPTION_MAX_WORDS and CAPTION_OPENER.match(folded) and not is_sentence(line):
        return "caption"
    if is_trail(line):
        return "other"
    return None


COMMENTS_HEADING_MAX_WORDS = 6
QUOTE_MAX_WORDS = 12  # a quote row with its unit spelt out: "خام غرب تكساس (WTI): 76.7 دولاراً للبرميل ▲ 1.33%"
WIRE_LINE_MAX_WORDS = 10  # a wire's header, slug or sign-off; a headline or a paragraph is longer or differs


@lru_cache(maxsize=16384)
def is_wire_furniture(line: str) -> bool:
    """A wire's transmission line: start or end of message, a header, a slug, a priority word,
    an edition note, a take's "more to come"."""
    folded = fold_line(line)
    return bool(
        WIRE_CONTROL.match(line)
        or is_dispatch_head(line)
        or WIRE_PRIORITY.match(folded)
        or WIRE_EDITION_NOTE.match(folded)
        or WIRE_MORE.match(folded)
    )


@lru_cache(maxsize=16384)
def is_fact_check_furniture(line: str) -> bool:
    """A verdict page's claim box, section heading, verdict badge or sentence, rating scale, or the
    site's fact-checkers' network membership (``cues.CLAIM_BOX`` and the rest)."""
    if word_count(line) > FACT_CHECK_LINE_MAX_WORDS:
        return False
    folded = fold_line(line)
    return bool(
        CLAIM_BOX.match(folded)
        or CHECK_HEADING.match(folded)
        or VERDICT_BADGE.match(folded)
        or VERDICT_LABEL.match(folded)
        or VERDICT_SENTENCE.search(folded)
        or FACT_CHECKERS_NETWORK.search(folded)
    )


@lru_cache(maxsize=16384)
def is_verdict_badge(line: str) -> bool:
    """A check's verdict alone on its line: "❌ مضلل", "النتيجة: صحيح", "Rating: False"."""
    return word_count(line) <= FACT_CHECK_LINE_MAX_WORDS and bool(VERDICT_BADGE.match(fold_line(line)))


@lru_cache(maxsize=16384)
def is_dispatch_head(line: str) -> bool:
    """A dispatch's transmission header or slug: where a dispatch, or its next take, begins."""
    return bool(WIRE_HEADER.match(line) or WIRE_SLUG_LATIN.match(line) or WIRE_SLUG.match(fold_line(line)))


@lru_cache(maxsize=16384)
def is_transmission_head(line: str) -> bool:
    """A teleprinter's start of message or a transmission header: a dispatch opens under it."""
    return bool(WIRE_CONTROL.match(line) or WIRE_HEADER.match(line))


FROM_BYLINE_MAX_WORDS = 8
NOT_IN_FROM_BYLINE = frozenset({"الي", "علي", "في", "عن", "حتي", "مع", "ضد", "to", "with"})


@lru_cache(maxsize=16384)
def is_from_byline(line: str) -> bool:
    """A wire's byline "من X Y" / "من X Y وZ W" (From ...): "من" and given names, nothing else."""
    words = fold_line(line).split()
    if not 3 <= len(words) <= FROM_BYLINE_MAX_WORDS or words[0] != "من" or NOT_IN_NAME.search(line):
        return False
    joined = [index for index, word in enumerate(words) if index > 1 and word.startswith("و") and word[1:] in GIVEN_NAMES]
    names = [words[1], *(words[index][1:] for index in joined)]
    if any(word in NOT_IN_FROM_BYLINE for word in words[2:]):
        return False  # "من محمد إلى أحمد": from one to another, no byline
    return all(name in GIVEN_NAMES for name in names) and len(words) <= 3 * len(names) + 1


def is_writer_line(line: str) -> bool:
    """"د. خالد المنصوري - أكاديمي وكاتب سعودي", "Jane Doe, columnist", "* كاتب إماراتي": a name (up to 3
    words after its title) and a trade after a dash or comma, or a starred note that opens on a trade."""
    stripped = line.strip()
    if stripped.startswith("*"):
        return bool(WRITER_TRADE.match(fold_line(stripped.lstrip("*"))))
    parts = WRITER_NAME_SPLIT.split(line, maxsplit=1)
    if len(parts) != 2:
        return False
    name = without_honorific(parts[0])
    return 1 <= word_count(name) <= NAME_MAX_WORDS and not NOT_IN_NAME.search(name) and bool(WRITER_TRADE.match(fold_line(parts[1])))


PICTURE_CREDIT_MAX_WORDS = 5
PORTRAIT_MAX_WORDS = 6


@lru_cache(maxsize=16384)
def is_picture_credit(line: str) -> bool:
    """A credit that may be a picture's, alone on its line: a photographer's ("تصوير: X"), or an
    agency's bare or in brackets ("(أ ف ب)", "Getty Images"); never a labelled source or a byline."""
    if word_count(line) > PICTURE_CREDIT_MAX_WORDS:
        return False
    folded = fold_line(line)
    if PHOTOGRAPHER_CREDIT.match(folded):
        return True
    return sidebar_kind(line) == "source_credit" and bool(BRACKETED.match(line) or AGENCY_ONLY.match(folded))


def is_note(line: str) -> bool:
    """A paper's note: its number, the cited title in quotes, its outlet and date or link."""
    return NOTE.match(line) is not None and (DATE_TOKEN.search(fold_line(line)) is not None or "http" in line)


def is_paywall(line: str) -> bool:
    """A line of a subscription wall: its notice, pitch, buttons, a metered page's count, an offer."""
    return word_count(line) <= PAYWALL_MAX_WORDS and PAYWALL.search(fold_line(line)) is not None


CUT_MIN_WORDS = 6


def is_cut_by_paywall(line: str, following: str | None) -> bool:
    """A paragraph cut mid-sentence ("... عقوبات جديدة على...") right over a subscription wall: the
    last of the article's text the page shows, however short."""
    return following is not None and word_count(line) >= CUT_MIN_WORDS and TRAILS_OFF.search(line) is not None and is_paywall(following)


@lru_cache(maxsize=16384)
def is_dateline(line: str) -> bool:
    if LINK_LINE.match(line):
        return False
    folded = fold_line(line)
    if DATELINE_CUE.match(folded) and not (PUBLISHED_IN.match(folded) and not DATE_TOKEN.search(folded)):
        return True
    return bool(BARE_DATE.match(folded)) or is_date_line(line)


@lru_cache(maxsize=16384)
def is_date_line(line: str) -> bool:
    """A line that is a date or time and little else: "الأربعاء، 07 أكتوبر 2020 - 12:09 م",
    "آخر تحديث: 10:35 ص | 12 مارس 2018", "بواسطة admin | 12 مارس، 2018 | 0 تعليق"."""
    if word_count(line) > DATE_LINE_MAX_WORDS or LINK_LINE.match(line):
        return False
    folded = fold_line(line)
    if WIRE_STAMP.match(folded):
        return True  # a dispatch's filing stamp
    if not DATE_TOKEN.search(folded):
        return False
    rest = DATE_FILLER.sub(" ", DATE_TOKEN.sub(" ", folded)).split()
    return len(rest) <= DATE_LINE_MAX_OTHER_WORDS


@lru_cache(maxsize=16384)
def is_trail(line: str) -> bool:
    """A trail of sections ("الرئيسية » أخبار » عربي ودولي"), or "Home" and a section."""
    parts = [p for p in TRAIL_SPLIT.split(line) if p.strip()]
    if len(parts) >= 2 and TRAIL_SEPARATOR.search(line) and not is_date_line(line):
        if not all(len(p.split()) <= TRAIL_SEGMENT_MAX_WORDS for p in parts[:-1]):
            return False
        # a trail from the home page may end in the article's own headline, as long as it runs
        # ("الرئيسية / سياسة / روسيا تعلن نجاح تجربة ..."): still a trail, never the headline
        return len(parts[-1].split()) <= TRAIL_SEGMENT_MAX_WORDS or bool(HOME.match(fold_line(parts[0].strip())))
    return bool(HOME.match(fold_line(line))) and word_count(line) <= 3


_NOT_TOKEN = re.compile(r"[^\w+]")
_SPACED_WORD = re.compile(r"\S+")  # the words str.split() gives, one at a time
UI_LINE_MAX_TOKENS = 8


def _is_ui_line(folded: str) -> bool:
    """A short line made (mostly) of share-bar, menu and form words."""
    tokens: list[str] = []
    for match in _SPACED_WORD.finditer(folded):
        word = match.group()
        # a word of letters and digits only is its own token (\w is exactly isalnum() or "_")
        token = word if word.isalnum() else _NOT_TOKEN.sub("", word).strip("+_")
        if token and not token.isdigit():
            tokens.append(token)
            if len(tokens) > UI_LINE_MAX_TOKENS:
                return False  # a paragraph: stop before cleaning its every word
    if not tokens:
        return False
    return sum(t in UI_WORDS_FOLDED for t in tokens) >= 0.75 * len(tokens)


@lru_cache(maxsize=16384)
def is_post_time(line: str) -> bool:
    """A social post's time stamp with its audience mark: the post's own date, wherever it stands."""
    match = POST_AUDIENCE.search(fold_line(line))
    if not match:
        return False
    stamp = fold_line(line)[: match.start()]
    return bool(SHORT_AGO.match(stamp)) or is_date_line(stamp)
NAME_MAX_WORDS = 3


# A title before a name: "د. ماجد العنزي", "Dr. X", "Pr. X" (its stop is no sentence's).
_HONORIFIC = re.compile(r"^\s*(?:د|أ|م|dr|prof|pr|mr|mrs|ms)\.\s*", re.IGNORECASE)


def without_honorific(line: str) -> str:
    return _HONORIFIC.sub("", line, count=1)


_INITIAL_STOP = re.compile(r"(?<=\b\w)\.")


def without_initial_stops(line: str) -> str:
    """"Layla K." as "Layla K": an initial's stop is no sentence's, and a name may end in one."""
    return _INITIAL_STOP.sub("", line)


def is_bare_name(line: str) -> bool:
    """A name alone ("سارة المهيري", "Rami Ayyub", "د. ماجد العنزي"): up to 3 words after its title,
    no digit, no punctuation."""
    name = without_honorific(line)
    return 1 <= word_count(name) <= NAME_MAX_WORDS and not NOT_IN_NAME.search(name) and sidebar_kind(line) is None


@lru_cache(maxsize=16384)
def is_place_credit(line: str) -> bool:
    """"بيروت - لبنان 24": where the story was filed and who filed it (not a score, not a date)."""
    return bool(PLACE_CREDIT.match(line)) and not is_date_line(line) and not SCORE.search(line)
