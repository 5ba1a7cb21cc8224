"""A chat export: the forwarded article is read apart from the stamps, senders and chatter."""

from __future__ import annotations

from agents.text.chat import ChatMessage, read_chat
from agents.text.sidebars import split_page

TITLE = "الكرملين: لا تزال هناك فرصة لتسوية سلمية بين باكو ويريفان"
LEAD = (
    "أعلن المتحدث باسم الرئاسة الروسية الكرملين، دميتري بيسكوف، اليوم الثلاثاء أن روسيا لا زالت ترى فرصة "
    "للتوصل إلى تسوية سلمية بين باكو ويريفان في ضوء البيان الثلاثي المشترك."
)
SECOND = "وقال المتحدث الروسي في تصريحات أوردتها وكالة أنباء تاس الروسية إن هناك مثل هذه الفرصة، نظرا إلى الاتفاقات."
OTHER_TITLE = "فاز المنتخب المغربي على البرتغال في مباراة ودية"
OTHER_LEAD = "فاز المنتخب المغربي لكرة القدم على نظيره البرتغالي بهدفين مقابل هدف في مباراة ودية أقيمت مساء الأحد في لشبونة."


def test_read_chat__a_message_reads_as_its_text_and_an_event_is_furniture() -> None:
    lines = ["18/06/2018, 16:36 - Messages and calls are end-to-end encrypted.", "18/06/2018, 16:57 - أبو علي: صحيح هالخبر؟",
             f"[18/06/2018, 17:15:02] +964 770 412 8853: {TITLE}", LEAD]
    read, events = read_chat(lines)
    assert events == {lines[0]}
    assert read[1:3] == ["صحيح هالخبر؟", TITLE] and isinstance(read[2], ChatMessage) and read[2].printed == (lines[2],)
    assert read_chat([TITLE, LEAD]) == ([TITLE, LEAD], frozenset())  # no chat: nothing read apart


def test_split_page__a_forwarded_article_ends_with_its_message_and_the_next_forward_is_appended() -> None:
    stamp = "١٤/٤/٢٠١٨ ٧:٥٧ م - "
    lines = [f"{stamp}الرسائل والمكالمات مشفرة تمامًا بين الطرفين. لا أحد خارج هذه الدردشة يمكنه قراءتها.",
             f"{stamp}أبو علي: {TITLE}", LEAD, SECOND, f"{stamp}Mona: الله يحفظ الجميع", f"{stamp}Mona: صحيح هالخبر؟",
             f"{stamp}Ahmed Salem: {OTHER_TITLE}", OTHER_LEAD]
    page = split_page("\n".join(lines))
    assert (page.main.title, page.main.paragraphs) == (lines[1], (LEAD, SECOND))
    assert [(a.title, a.paragraphs) for a in page.appended] == [(lines[6], (OTHER_LEAD,))]
