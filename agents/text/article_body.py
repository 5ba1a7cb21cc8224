"""The main article's body, and where it ends.

Body lines in order; in-body chrome becomes sidebars. A sidebar block or a run of short lines ends
the body only when what follows is not more of the same article (its words, its openers), a tag or
source line closes it, and a list the article ends with is kept.
"""

from __future__ import annotations

import re

from agents.text.article_starts import (
    NEW_ARTICLE_ECHO_MIN,
    continues_thread,
    headline_above,
    is_bare_cue,
    is_headless_comment,
    opens_article,
    post_head,
    shares_topic,
    take_headline_list,
    terms_under,
)
from agents.text.chat import is_message_start
from agents.text.cues import (
    BROADCAST_MARKER,
    BYLINE,
    CLOCK_TIME,
    COMMENTS,
    CONTACTS_HEADING,
    CONTINUATION_OPENER,
    EMBED_MAX_WORDS,
    END_MARK,
    ENDS_ASKING,
    HEADLINE_MAX_WORDS,
    LIST_CUE,
    NEXT_ITEM_CUE,
    NEXT_STORY,
    NUMBERED,
    OFFER_PRICE,
    PARAGRAPH_MIN_WORDS,
    PRESS_NAME_HEAD,
    PRESS_REVIEW_LEAD,
    QUOTE,
    REPLY_BUTTON,
    WIRE_MORE,
    WIRE_SIGN_OFF,
    WIRE_STAMP,
    WORD,
    fold_line,
)
from agents.text.headlines import TITLE_LONG_WORDS
from agents.text.line_kinds import (
    is_bare_name,
    is_cut_by_paywall,
    is_date_line,
    is_dispatch_head,
    is_note,
    is_picture_credit,
    sidebar_kind,
)
from agents.text.line_shapes import (
    echo_share,
    is_body_paragraph,
    is_headline,
    is_long_headline,
    is_mostly_latin,
    is_same_text,
    is_sentence,
    line_terms,
    terms_of_lines,
    word_count,
)
from agents.text.page_cursor import GAP_MAX_LINES, Cursor
from streams.records import Sidebar


def read_body(cursor: Cursor, title: str | None) -> list[str]:
    """Body lines in order; in-body chrome becomes sidebars.

    A sidebar block or a run of short lines in the middle (a caption, an "اقرأ أيضاً" line and
    its headlines, a share bar) ends the body only when what follows it is not more of the same
    article: a new headline echoed by the paragraph under it starts another article, a tag or
    source line closes this one.
    """
    body: list[str] = []
    title_terms = line_terms(title) if title else frozenset()
    while (line := cursor.peek()) is not None:
        if body and is_message_start(line):
            break  # a chat's next message: what was forwarded ends with its message
        if body and cursor.spoken and _opens_next_story(body, line):
            break  # a bulletin read aloud: "في شأن آخر، ..." opens its next story
        if body and cursor.spoken and BROADCAST_MARKER.match(line) and not _topic_goes_on(cursor, body):
            break  # a jingle between a bulletin's stories, not a break inside one
        if body and (head := post_head(cursor, cursor.at)) is not None and continues_thread(cursor, head):
            for _ in range(head.size):
                cursor.take(cursor.kind_of(cursor.peek() or "") or "source_credit")  # the next post's head
            continue
        if body and _is_press_cross_head(cursor):
            body.append(cursor.take())  # a press review's next paper, under its name or headline
            continue
        kind = cursor.kind_of(line)
        if body and kind is None and _is_comment_under_text(cursor, body, title_terms):
            break  # readers' comments under the text, each a pen name over a few lines on another matter
        if kind is None:
            if title and is_same_text(line, title):
                cursor.take("duplicated_headline")
            elif not body or is_sentence(line) or is_cut_by_paywall(line, cursor.peek(1)) or _is_last_over_sign_off(line, cursor.peek(1)):
                body.append(cursor.take())
            elif not _goes_on_after(cursor, body):
                if _closes_with_intro(cursor, body):
                    body.append(cursor.take())  # "... وهي:" ends the article (its list was not scraped)
                    continue
                if not (_is_list_run(cursor) or _continues_list(cursor, body)):
                    break
                while (item := cursor.peek()) is not None and cursor.kind_of(item) is None and (
                    _is_list_run(cursor) or _continues_list(cursor, body)
                ):
                    body.append(cursor.take())  # a list closing the article
            elif line in cursor.stamps:
                body.append(cursor.take())  # an update's time: a line of the live blog
            elif body and body[-1] in cursor.stamps and is_bare_name(line):
                cursor.take("source_credit")  # the update's writer, under its time
            elif is_date_line(line):
                cursor.take("other")
            elif title_terms and len(terms := line_terms(line)) >= 2 and terms <= title_terms:
                cursor.take("caption")  # the headline's words under a picture
            elif _is_cued_link(cursor) or _is_unechoed_link(cursor, body):
                cursor.take("read_also")  # another article's headline dropped in the text, under its cue or none
            elif _is_icon_control(cursor):
                cursor.take("ui_text")  # "▶ فيديو الجلسة", "🔴 شاهد البث المباشر": a player's or a link's control
            elif _is_box_term_and_gloss(cursor, body):
                cursor.take("widget")  # a glossary box's term, then its one-sentence gloss, closing the page's text
                cursor.take("widget")
            elif size := _box_in_text(cursor, body):
                for _ in range(size):
                    cursor.take("widget")  # a box set inside the text: its heading over its one item, no sentence among them
            elif (box := _box_kind_around(cursor, body)) is not None:
                cursor.take(box)  # a box's heading over its rows, its "more" link under them, an ad's offer under its label
            else:
                body.append(cursor.take())  # a cross-heading
            continue
        if kind == "embedded_post":
            _take_embedded_post(cursor, body)
            continue
        if kind in ENDING_KINDS:
            if not body or not _goes_on_after(cursor, body):
                break
            cursor.take(kind)
            if kind == "related_list" or (kind == "read_also" and LIST_CUE.match(fold_line(line))):
                take_headline_list(cursor, kind, body)
            continue
        if not body or not _goes_on_after(cursor, body):
            break
        cursor.take(kind)
    return body


# Kinds that usually close an article; after them the body goes on only if the article does.
ENDING_KINDS = frozenset({"read_also", "related_list", "tags", "source_credit"})
CLOSING_KINDS = frozenset({"tags", "source_credit"})


def _carries_on(body: list[str], paragraph: str) -> bool:
    """Does ``paragraph`` carry the body above it on: it opens as later paragraphs do, never as
    a lead, and shares the body's words?"""
    return bool(CONTINUATION_OPENER.match(fold_line(paragraph))) and shares_topic(body, paragraph)


def _goes_on_after(cursor: Cursor, body: list[str]) -> bool:
    """Does the article go on after the run of short lines or sidebar block at the cursor?

    Never after a tag or source line: those close an article. Otherwise it goes on at the next
    sentence, unless the headline right above that sentence (and its date line) is the
    sentence's own, echoed by it and new to the body: then another article starts there. After
    a read-also or related cue with a single headline, the sentence must also share the body's
    words (the shape of a titled article appended under a cue).
    """
    ahead, headlines, cues, more_to_come = 0, 0, 0, _more_to_come_above(cursor, body)
    next_item = False  # a "next story" cue passed: under it a headline its paragraph echoes is that story's
    slides = 0  # lines the page's structure shows are captions (a slideshow's): the gap is the rest
    while (line := cursor.peek(ahead)) is not None and ahead - slides <= GAP_MAX_LINES:
        if cursor.captions and fold_line(line) in cursor.captions:
            slides += 1
        if (head := post_head(cursor, cursor.at + ahead)) is not None and continues_thread(cursor, head):
            return True  # the thread's next post, under its head: whatever its shape, it goes on
        kind = cursor.kind_of(line)
        if is_dispatch_head(line) and not more_to_come:
            return False  # a wire's next dispatch; after "يتبع" its next take goes on with the text
        more_to_come = more_to_come or bool(WIRE_MORE.match(fold_line(line)))
        if kind in CLOSING_KINDS and not BYLINE.match(fold_line(line)) and not is_note(line) and not _is_credit_under_caption(cursor, ahead):  # a page's notes sit mid-paper
            following = cursor.peek(ahead + 1)
            if not (kind == "source_credit" and following is not None and cursor.kind_of(following) is None and _carries_on(body, following)):
                return False  # a figure's source ("المصدر: بيانات السوق") with the article going on under it is no end
        if kind == "ui_text" and (COMMENTS.match(fold_line(line)) or REPLY_BUTTON.match(fold_line(line))):
            return False  # the comments, or a forum post's reply buttons: the article is over
        if END_MARK.match(fold_line(line)) or CONTACTS_HEADING.match(fold_line(line)):
            return False  # a release's end mark, or its contacts heading
        if kind is None and is_sentence(line) and not is_long_headline(line):
            break
        cues += kind in ("read_also", "related_list")
        next_item = next_item or (kind == "read_also" and bool(NEXT_ITEM_CUE.match(fold_line(line))))
        headlines += kind is None and is_headline(line) and not is_date_line(line)
        ahead += 1
    else:
        return False
    following = cursor.peek(ahead) or ""
    above = headline_above(cursor, ahead)
    if next_item and above >= 0 and _is_next_items_title(cursor, above, ahead):
        return False  # the site's next story, however much of the site's topic it shares with this one
    if _carries_on(body, following):
        return True  # "وقال الحارثي ..." under a read-also link goes on with the article
    if not cues and _is_box_answer(cursor, ahead, body):
        return False  # a box's question and its one-sentence answer on another matter ("Did you know? What is ...?")
    if above >= 0 and opens_article(cursor.peek(above) or "", cursor, ahead, body):
        return False
    if cues and headlines == 1:  # the shape of a titled article under a cue, unless it carries on
        unechoed = above >= 0 and echo_share(line_terms(cursor.peek(above) or ""), line_terms(following)) == 0.0
        # ... or the headline is no title of the paragraph under it (it shares none of its words): a link
        return unechoed or shares_topic(body, following) or bool(CONTINUATION_OPENER.match(fold_line(following)))
    return True


def _is_next_items_title(cursor: Cursor, above: int, ahead: int) -> bool:
    """Under a "next story" cue: a headline of a title's length that the paragraph under it echoes."""
    headline = cursor.peek(above) or ""
    return word_count(headline) >= TITLE_LONG_WORDS and echo_share(line_terms(headline), terms_under(cursor, ahead)) >= NEW_ARTICLE_ECHO_MIN


BOX_ANSWER_SHARE_MAX = 0.25
BOX_QUESTION_MIN_WORDS = 4  # "ما هو المنخفض الجوي؟"; a cross-heading asking is shorter ("ما القصة؟", "ماذا حدث؟")


def _is_box_answer(cursor: Cursor, ahead: int, body: list[str]) -> bool:
    """A fact box's question ("ما الفرق بين الطقس والمناخ؟", "What is a UV index?") over one sentence
    that answers it, with furniture or nothing under it, and not the body's words: a box of
    the site's, not the text going on (an interview's answer carries its words, and goes on)."""
    if not ahead or not is_box_question(cursor, ahead - 1):
        return False
    terms = line_terms(cursor.peek(ahead) or "")  # a word or two any text has ("أيام", "أكثر") is no shared topic
    return bool(terms) and len(terms & terms_of_lines(body)) / len(terms) < BOX_ANSWER_SHARE_MAX


def is_box_question(cursor: Cursor, ahead: int) -> bool:
    """The shape of a fact box's question and answer at cursor+ahead: a question of 4+ words, one
    sentence right under it, and no sentence under that (an article under a headline
    asking runs on, or has its date and writer between them)."""
    asked, answer, after = cursor.peek(ahead) or "", cursor.peek(ahead + 1), cursor.peek(ahead + 2)
    if word_count(asked) < BOX_QUESTION_MIN_WORDS or not ENDS_ASKING.search(asked) or answer is None:
        return False
    if cursor.kind_of(answer) is not None or not is_sentence(answer):
        return False
    return after is None or cursor.kind_of(after) is not None or not is_sentence(after)


def _next_sentence(cursor: Cursor) -> str | None:
    """The first sentence after the line at the cursor, within a gap's reach, that no sidebar claims."""
    return next(
        (n for k in range(1, GAP_MAX_LINES) if (n := cursor.peek(k)) is not None and cursor.kind_of(n) is None and is_sentence(n)),
        None,
    )


def _is_echoed_below(cursor: Cursor, line: str) -> bool:
    """Does the next sentence echo ``line`` as a lead echoes its headline?"""
    return echo_share(line_terms(line), line_terms(_next_sentence(cursor) or "")) >= NEW_ARTICLE_ECHO_MIN


def _line_above(cursor: Cursor) -> str | None:
    return cursor.lines[cursor.at - 1] if cursor.at > 0 else None


def _is_credit_under_caption(cursor: Cursor, ahead: int) -> bool:
    """A bare credit ("(EPA)", "Getty Images") right under a caption is the picture's: it closes no article."""
    index = cursor.at + ahead
    return index > 0 and is_picture_credit(cursor.lines[index]) and cursor.kind_of(cursor.lines[index - 1]) == "caption"


def _more_to_come_above(cursor: Cursor, body: list[str]) -> bool:
    """Has a take's "more to come" ("يتبع") been passed since the body's last line?"""
    for index in range(cursor.at - 1, -1, -1):
        line = cursor.lines[index]
        if body and line == body[-1]:
            return False
        if WIRE_MORE.match(fold_line(line)):
            return True
    return False


LINK_MIN_WORDS = 5
_HARAKAT = re.compile("[\u064b-\u0652]")
VERSE_MIN_HARAKAT = 4  # headlines are not vowelled; quoted verse is (ant_inline_boilerplate's poems)


def _is_cued_link(cursor: Cursor) -> bool:
    """A headline right under a bare read-also cue ("ذو صلة", "اقرأ أيضاً") in the text: the cue's link."""
    line, cue = cursor.peek() or "", _line_above(cursor) or ""
    return is_headline(line) and cursor.kind_of(cue) == "read_also" and is_bare_cue(cue)


def _is_unechoed_link(cursor: Cursor, body: list[str]) -> bool:
    """A headline of 5+ words inside the article that shares no word with the body above nor
    with the paragraph under it: a link to another article, not a cross-heading (those
    announce their section: "مقطع مصور مثير للجدل" over a paragraph about the video)."""
    line = cursor.peek() or ""
    if word_count(line) < LINK_MIN_WORDS or not is_headline(line):
        return False
    if (body and body[-1].rstrip().endswith(":")) or len(_HARAKAT.findall(line)) >= VERSE_MIN_HARAKAT:
        return False  # a verse or a quote the article introduces, vowelled as poetry is
    terms = line_terms(line)
    following = _next_sentence(cursor) or ""
    return bool(terms) and not terms & terms_of_lines(body) and echo_share(terms, line_terms(following)) == 0.0


# A control or link drawn with a pictograph before its words: a play, record, search, camera or pin
# glyph (not a list's bullet or dash, which lead a list's items). Shape, not words: any outlet's
# "▶ Watch the session", "🔍 Rechercher", "📞 اتصل بنا" reads so.
ICON_LED = re.compile(r"^\s*[\u25b2-\u25c5\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*\s*\w")
ICON_CONTROL_MAX_WORDS = 7


def _is_icon_control(cursor: Cursor) -> bool:
    """A short line led by a pictograph inside the text that the paragraph under it does not echo:
    a control ("▶ فيديو الجلسة"), not a post's headline ("📌 أغذية ملوثة تغزو قطر" over its text)."""
    line = cursor.peek() or ""
    if word_count(line) > ICON_CONTROL_MAX_WORDS or not ICON_LED.match(line):
        return False
    return not _is_echoed_below(cursor, line)


BOX_KINDS = frozenset({"widget", "ui_text", "other"})
BOX_LINE_MAX_WORDS = 7


def _box_kind_around(cursor: Cursor, body: list[str]) -> str | None:
    """The kind of the box a short line inside the text belongs to, when the paragraph under it
    does not echo it: the line right above was dropped as one of the box's rows (figures, or parts
    joined by a separator: "☁ الرياض 23°C - 16°C", "العربية للسيارات | نيسان"), or the two lines
    right under it are rows, one of them known furniture (a listing card's "3 غرف • 2 حمام" and its price). A box's heading over its rows ("Forecast temperatures"), its link
    under them ("14-day forecast"), an advertiser's offer under its name, read by position; a
    cross-heading sits between paragraphs, and under a bare label ("إعلان", "Speaker:") it is
    still the text's."""
    line = cursor.peek() or ""
    above = _line_above(cursor)
    if _is_prompt_or_button(cursor, line, above, body):
        return "ui_text"
    if word_count(line) > BOX_LINE_MAX_WORDS:
        return None
    kind = None
    below = cursor.peek(1)
    if above is not None and (not body or body[-1] != above) and cursor.sidebars and cursor.sidebars[-1].kind in BOX_KINDS and (
        _is_row(above) or (_is_row(line) and not is_sentence(line))
    ):
        kind = cursor.sidebars[-1].kind  # under a row of the box dropped above, or itself a row under the box's heading
    elif below is not None and not is_sentence(line) and cursor.kind_of(below) == "widget" and (QUOTE.search(below) or OFFER_PRICE.search(fold_line(below))):
        kind = "widget"  # a card's name over its quote or price ("Chevron (CVX)" over "152.30 ▲ 1.2%", a hotel over "الليلة من 96 دولاراً")
    else:
        rows = [row for k in (1, 2) if (row := cursor.peek(k)) is not None and _is_row(row) and not is_sentence(row)]
        kinds = [cursor.kind_of(row) for row in rows]
        if len(rows) == 2 and all(k is None or k in BOX_KINDS for k in kinds):
            kind = next((k for k in kinds if k is not None), None)  # a card's rows: one of them known furniture
    if kind is None:
        return None
    return kind if not _is_echoed_below(cursor, line) else None


BOX_HEADING_MAX_WORDS = 4
BOX_ITEM_MAX_WORDS = 14
BOX_RUN_MAX_LINES = 3


def _box_in_text(cursor: Cursor, body: list[str]) -> int:
    """How many lines a box set between two paragraphs of the text runs to, or 0: a heading of a
    few words right under a paragraph, then one or two more lines, none a sentence nor ending
    on a colon, the heading holding no comma, then a paragraph again ("نصيحة اليوم" over the tip; a player's name over his
    position over his figures; a channel's name over a clip's title over its length "4:34").
    Shape and position: a cross-heading is one line over the paragraph it heads, a list's intro
    ends on a colon; two or three stacked lines that are no sentence, inside the text, are a box.
    The paragraph under it must not echo the heading (then it is the next article's)."""
    line = cursor.peek() or ""
    above = _line_above(cursor)
    if not body or above is None or body[-1] != above or not is_sentence(above):
        return 0
    if word_count(line) > BOX_HEADING_MAX_WORDS or not _is_box_line(line) or is_date_line(line) or _CLAUSE_COMMA.search(line):
        return 0  # a heading is no date (a live blog's stamp over its writer) and holds no clause ("وصرحت الشركة، وهي": a wrapped sentence)
    size = 1
    while (below := cursor.peek(size)) is not None and size <= BOX_RUN_MAX_LINES:
        if cursor.kind_of(below) is None and is_sentence(below):
            break
        if not _is_box_line(below) or word_count(below) > BOX_ITEM_MAX_WORDS:
            return 0
        size += 1
    if below is None or size < 2 or size > BOX_RUN_MAX_LINES:
        return 0
    if echo_share(line_terms(line), line_terms(below)) >= NEW_ARTICLE_ECHO_MIN:
        return 0
    return size


_CLAUSE_COMMA = re.compile(r"[،,]\s*\S")


def _is_box_line(line: str) -> bool:
    return not is_sentence(line) and not line.rstrip().endswith((":", "："))


TERM_MAX_WORDS = 5


def _is_box_term_and_gloss(cursor: Cursor, body: list[str]) -> bool:
    """A term and its gloss in a box after the text: under a box's dropped heading, a short line
    that is no sentence over one sentence that does not run on from the text (it opens on no
    conjunction, "و"/"and"/"et"), and after it the page's furniture, a short line or its end, no more text
    ("قاموس المصطلحات" / "خام القياس" / "خام يستخرج من بحر الشمال ويسعّر به ..."). Position and
    shape: a paragraph of the text under a box goes on, a box's last item is followed by no text."""
    line, gloss, after = cursor.peek() or "", cursor.peek(1), cursor.peek(2)
    above = _line_above(cursor)
    if above is None or (body and body[-1] == above) or not cursor.sidebars or cursor.sidebars[-1].kind != "widget":
        return False
    if word_count(line) > TERM_MAX_WORDS or is_sentence(line) or gloss is None or cursor.kind_of(gloss) is not None or not is_sentence(gloss):
        return False
    if _CONJUNCTION_OPENS.match(gloss):
        return False
    return after is None or cursor.kind_of(after) is not None or not is_sentence(after)


_CONJUNCTION_OPENS = re.compile(r"^\W*(?:و\S|and\s|et\s|but\s|mais\s|لكن|غير\s+ان|غير\s+أن)", re.IGNORECASE)


PROMPT_MAX_WORDS = 10
BUTTON_MAX_WORDS = 3


def _is_prompt_or_button(cursor: Cursor, line: str, above: str | None, body: list[str]) -> bool:
    """A prompt asking the reader over its button ("Got a photo of the storm? Share it" over
    "Upload"), or the button under the prompt dropped above it: a question of a few words right over
    a line of three words or fewer that is no sentence, neither echoed by the paragraph under them."""
    below = cursor.peek(1)
    if below is None:
        return False
    prompt_over_button = _is_prompt(line) and _is_button(below)
    button_under_dropped_prompt = (
        _is_button(line) and above is not None and _is_prompt(above) and (not body or body[-1] != above) and bool(cursor.sidebars)
    )
    if not (prompt_over_button or button_under_dropped_prompt):
        return False
    following = _next_sentence(cursor)
    return following is not None and echo_share(line_terms(line), line_terms(following)) < NEW_ARTICLE_ECHO_MIN


def _is_prompt(line: str) -> bool:
    return ("؟" in line or "?" in line) and word_count(line) <= PROMPT_MAX_WORDS


_STOPPED = re.compile(r"[.!?؟:،,]\s*[\"”»')]*$")


def _is_button(line: str) -> bool:
    """Three words or fewer with no stop: a button's words ("ارفع صورة", "Upload"); a short
    answer in an interview ends with its stop ("اسأليهم.")."""
    return word_count(line) <= BUTTON_MAX_WORDS and not _STOPPED.search(line) and not is_sentence(line)


_ROW_MARK = re.compile(r"\d|\s[|•·/–-]\s")


def _is_row(line: str) -> bool:
    """A box's row: figures, or parts joined by a separator; no label ending in ":"."""
    return bool(_ROW_MARK.search(line)) and not line.rstrip().endswith(":")


def _opens_next_story(body: list[str], line: str) -> bool:
    """A spoken transition ("في شأن آخر، ...") and, after it, words the body above does not share."""
    transition = NEXT_STORY.match(fold_line(line))
    return transition is not None and not shares_topic(body, fold_line(line)[transition.end() :])


def _topic_goes_on(cursor: Cursor, body: list[str]) -> bool:
    """Does the next paragraph after the cursor's furniture share the body's words?"""
    following = _next_sentence(cursor)
    return following is None or shares_topic(body, following)


def _is_press_cross_head(cursor: Cursor) -> bool:
    """A press review's cross-head: a paper's name over its paragraph, or any short line over a
    paragraph that says it quotes the paper ("وفي الصحيفة: ...")."""
    line, below = cursor.peek() or "", cursor.peek(1) or ""
    if word_count(line) > HEADLINE_MAX_WORDS or is_body_paragraph(line) or not is_body_paragraph(below):
        return False
    return bool(PRESS_REVIEW_LEAD.match(fold_line(below)) or PRESS_NAME_HEAD.match(fold_line(line)))


def _is_comment_under_text(cursor: Cursor, body: list[str], title_terms: frozenset[str]) -> bool:
    """A reader's comment with no heading: a pen name (no date, no update's time) over a few lines
    that neither echo the headline nor carry the text's words (an update's writer under its time
    is no commenter)."""
    name, text = cursor.peek() or "", cursor.peek(1) or ""
    if is_date_line(name) or body[-1] in cursor.stamps or name in cursor.stamps or not is_headless_comment(cursor, 0):
        return False
    return not (title_terms & line_terms(text)) and not shares_topic(body, text)


def _take_embedded_post(cursor: Cursor, body: list[str]) -> None:
    """An embed marker line, the marker lines right under it (the post's signature), and the
    post's text right above it (foreign-script lines, or a line that is no sentence) form one post."""
    marker = cursor.take()
    post = [marker]
    while (line := cursor.peek()) is not None and cursor.kind_of(line) == "embedded_post":
        post.append(cursor.take())
    if len(body) > 1 and is_mostly_latin(body[-1]):
        while len(body) > 1 and is_mostly_latin(body[-1]) and len(post) < 6:
            post.insert(0, body.pop())  # an English post inside an Arabic article
    elif len(body) > 1 and not is_sentence(body[-1]) and word_count(body[-1]) <= EMBED_MAX_WORDS:
        post.insert(0, body.pop())
    cursor.sidebars.append(Sidebar(kind="embedded_post", text="\n".join(post)))


_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.\-)–]|[-–•*·▪●◦])\s*\S|^[^:]{2,30}:\s*\S+(?:\s+\S+)+")


def _is_list_run(cursor: Cursor) -> bool:
    """A list the article ends with: an introducing line ending in ":" or enumerated items
    ("1. أبل (214 مليار دولار)"), two or more "label: value" lines ("الحارس: منير المحمدي")."""
    line = cursor.peek() or ""
    if line.rstrip().endswith(":") and word_count(line) >= 3 and not _is_title_like_label(line):
        following = cursor.peek(1)
        return following is not None and cursor.kind_of(following) is None and _is_list_item(following)
    if not _is_list_item(line):
        return False
    if NUMBERED.match(line):
        return True
    neighbours = [cursor.peek(1), _line_above(cursor)]
    return any(n is not None and cursor.kind_of(n) is None and _is_list_item(n) for n in neighbours)


LIST_ITEM_MAX_WORDS = 15


def _is_list_item(line: str) -> bool:
    return len(WORD.findall(line)) <= LIST_ITEM_MAX_WORDS and bool(_LIST_ITEM.match(line))


def _continues_list(cursor: Cursor, body: list[str]) -> bool:
    """A short line under a line introducing a list ("وفيما يلي تسلسل لأبرز الأحداث:") or
    under an item of it: the list's next item, even unnumbered."""
    line = cursor.peek() or ""
    if not body or cursor.at == 0 or body[-1] != cursor.lines[cursor.at - 1]:
        return False  # only right under the article's own lines
    if is_date_line(line) or is_sentence(line) or len(WORD.findall(line)) > LIST_ITEM_MAX_WORDS:
        return False
    introduced = [b for b in body if b.rstrip().endswith(":") and word_count(b) >= 3]
    return bool(introduced) and all(
        not is_sentence(b) and len(WORD.findall(b)) <= LIST_ITEM_MAX_WORDS for b in body[body.index(introduced[-1]) + 1 :]
    )


def _closes_with_intro(cursor: Cursor, body: list[str]) -> bool:
    """A sentence of 6+ words ending in ":" right after the body, and no more text: the article's
    last line, its list lost in scraping ("وأوضحت الدراسة العوامل ..., وهي:")."""
    line = cursor.peek() or ""
    if not (line.rstrip().endswith(":") and word_count(line) >= 6 and body and is_sentence(body[-1])):
        return False
    following = cursor.peek(1)
    return following is None or cursor.kind_of(following) is not None or not is_sentence(following)


def _is_title_like_label(line: str) -> bool:
    return word_count(line) <= 2


SIGN_OFF_MAX_LINES = 2  # "(النهاية) ع ا ب / ر ح", or an end mark and the initials


def take_filing_stamp(cursor: Cursor) -> str | None:
    """The filing stamp a wire prints at a dispatch's foot, under its sign-off ("ح س/ س ك" /
    "17/03/2018 22:00 GMT", "انتهى" / "2018-03-20 17:46:51", "كونا281407 جمت ابر 18"): the
    dispatch's own date and time. Taken with the sign-off; None (nothing taken) when absent."""
    ahead = 0
    while ahead < SIGN_OFF_MAX_LINES and (line := cursor.peek(ahead)) is not None and _is_sign_off(line):
        ahead += 1
    stamp = cursor.peek(ahead)
    # the line's own kind: a feed's many stamps may read to the page as a chat's events
    if not ahead or stamp is None or sidebar_kind(stamp) is not None or not is_date_line(stamp):
        return None
    if not (CLOCK_TIME.search(stamp) or WIRE_STAMP.match(fold_line(stamp))):
        return None  # a filing stamp carries its time
    for _ in range(ahead):
        cursor.take(cursor.kind_of(cursor.peek() or "") or "other")
    return cursor.take()


def _is_last_over_sign_off(line: str, following: str | None) -> bool:
    """A paragraph-long line that lost its stop, right over a dispatch's sign-off: its last paragraph."""
    return following is not None and word_count(line) >= PARAGRAPH_MIN_WORDS and not is_headline(line) and _is_sign_off(following)


def _is_sign_off(line: str) -> bool:
    folded = fold_line(line)
    return bool(WIRE_SIGN_OFF.match(folded) or END_MARK.match(folded))
