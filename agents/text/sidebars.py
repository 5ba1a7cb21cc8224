"""Split a scraped page into its main article, the articles appended under it, and sidebars.

The signals are general, not outlet-specific: position (header chrome before the title,
tail chrome after the body), cue phrases that open a block ("اقرأ أيضاً", "المصدر:",
"كلمات دلالية:", "مقالات مشابهة", "Read more"), line shape (a headline is short and has no
sentence-final stop), repetition of the title, and script changes (an English embedded post
inside an Arabic article). Everything removed is returned as a typed ``Sidebar``.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

import orjson

from agents.text.chat import is_message_start, read_chat
from agents.text.normalization import clean_display, matching_form
from agents.text.phrases import Phrases
from agents.text.reflow import printed_lines, unwrap
from streams.records import Sidebar, SidebarKind

# Lexicons are written as printed and matched on the matching form: fold their letters alike.
_FOLD_LETTERS = str.maketrans("أإآىئةؤ", "اااييهو")


def _folded(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.translate(_FOLD_LETTERS))


# A page's lines are looked at several times each (kind, shape, date, trail); fold each once.
# Bounded: a wire's chrome lines recur, its article lines mostly do not.
_fold = lru_cache(maxsize=16384)(matching_form)


# A headline is at most this many words; seed titles run 8-18 words, appended-article
# titles 6-14. A paragraph is a sentence: 12+ words ending in a stop (seed 001's appended
# lead has 17), or a long run with commas. Glued read-also headlines have neither.
HEADLINE_MAX_WORDS = 25
PARAGRAPH_MIN_WORDS = 12
LONG_PARAGRAPH_WORDS = 30
CAPTION_MAX_WORDS = 20

# Bullets, and the pictographs mobile pages put before a cue ("📌 اقرأ أيضاً", "🔔 تابعوا").
_BULLET = r"^[\s\-–•*·▪●◦>\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f300-\U0001faff]*"

# Cue phrases, matched on the matching form (hamza, ta marbuta and case folded).
_READ_ALSO = re.compile(
    _BULLET
    + r"(?:(?:اقرا|طالع|شاهد|تابع)\s*(?:ايضا|كذلك|المزيد|مدونه)|(?:اقرا|طالع|شاهد)\s*(?::|\||\.\.)|ايضا\s*:"
    r"|للمزيد\b|(?:المقال|الخبر|الموضوع)\s+(?:التالي|السابق)|التالي\s*:?$)|^(?:read|see)\s+(?:more|also)\b|^watch\s*:"
    r"|^(?:next|previous)(?:\s+(?:article|story|post))?\s*:|^(?:lire|voir)\s+(?:aussi|également|plus)\b"
)
_WATCH = re.compile(_BULLET + r"شاهد\s*\.\.")
# "اقرأ أيضاً" introduces a list (its first item often glued to it); "للمزيد: X" is one link,
# and a short line after it is the article's next cross-heading (France 24's pattern).
_LIST_CUE = re.compile(_BULLET + r"(?:اقرا|طالع|شاهد)\s*(?:ايضا|كذلك)|^(?:read|see)\s+also\b")
_RELATED = re.compile(
    _BULLET
    + r"(?:(?:ال)?(?:مقالات|اخبار|مواضيع|موضوعات|قصص)\s+(?:ال)?(?:مشابهه|متشابهه|ذات صله|متعلقه|مقترحه|قد تهمك)|قد\s+(?:يهمك|يعجبك)"
    r"|(?:ال)?اكثر\s+(?:قراءه|مشاهده|تعليقا|تداولا|ارسالا)|(?:اخر|احدث)\s+(?:الاخبار|الاخبار|المقالات)\s*:?$|(?:[^\s:]+\s+)?ذات\s+(?:صله|علاقه)\s*:?$"
    r"|اخترنا\s+لك|نرشح\s+لك|ننصحك\s+بقراءه|يهمك\s+ايضا|related(?:\s+(?:articles|stories|news|posts))?\s*:?$"
    r"|more\s+(?:from|stories|on this)|you may also like)"
)
_SOURCE = re.compile(_BULLET + r"(?:المصدر|مصدر الخبر|مصدر البيان|source)\b\s*:?")
# A sources list: its heading alone ("المصادر", "Sources") and its items, a cited title in quotes,
# a dash, the outlet and the date ("«X» — رويترز، 21 فبراير 2018").
_SOURCES_HEADING = _folded(r"^\W*(?:(?:ال)?(?:مصادر|مراجع)|sources|references)\W*$")
_CITATION = re.compile(r"^\W*[«\"“][^«»\"“”]{3,}[»\"”]\s*[—–-]\s*\S")
# "Read the story at its source": a link out that closes the article, like a source line.
_SOURCE_LINK = _folded(
    _BULLET + r"(?:اقرا|تابع|طالع|شاهد)\s+(?:الخبر|المقال|القصه|التقرير)\s+(?:كاملا\s+)?(?:من|في|على|عبر)\s+(?:المصدر|سياقه|الموقع|موقع)"
    r"|(?:الخبر|المقال)\s+(?:من|في)\s+(?:المصدر|سياقه)|read\s+(?:the\s+)?(?:full\s+)?(?:story|article)\s+(?:at|on|in)\b"
)
# Bylines and desk credits: "بقلم ...", "كتب: ...", "(إعداد ... - تحرير ...)", "نقلا عن ...".
_BYLINE = re.compile(
    r"^[\W_]*(?:بقلم|كتب|كتبت|اعداد|تحرير|نقلا\s+عن|by|par"
    r"|تقديم\s*:|مقدم(?:ه)?\s+(?:ال)?(?:حلقه|برنامج|نشره)|presented\s+by|presenter\s*:)"  # a programme's presenter
)
# Reader comments sit under an article, never inside one: their prompt closes it.
_COMMENTS = _folded(
    r"^\W*(?:اضف|أضف|اترك|اكتب|شارك(?:نا)?\s+ب)\s*(?:تعليق|راي)|^\W*(?:التعليقات|تعليقات(?:\s+(?:القراء|الزوار))?|comments?"
    r"|commentaires?|ajouter\s+un\s+commentaire|leave\s+a\s+(?:reply|comment))\W*(?:\(\d+\))?\W*$"
)
BYLINE_MAX_WORDS = 12
# A forum's own furniture, whatever software runs it: the notice it shows a guest ("مرحباً بك
# زائرنا الكريم ... إذا كانت هذه زيارتك الأولى"), however long; a post's reply buttons, which end
# the post; its number ("#2"); the member box by it (rank, join date, post count); a quote's labels.
_GUEST_NOTICE = Phrases.of(_folded(
    r"زائرنا\s+الكريم|عزيزي\s+الزائر|اذا\s+كانت\s+هذه\s+زيارتك\s+الاولي|if\s+this\s+is\s+your\s+first\s+visit"
))
_REPLY_BUTTON = _folded(r"^\W*(?:رد\s+مع\s+(?:ال)?اقتباس|اقتباس\s+متعدد|reply\s+with\s+quote|multi-?quote)\W*$")
_POST_NUMBER = re.compile(r"^\s*#\d{1,6}\s*$")
_MEMBER_BOX = _folded(
    r"^\W*(?:(?:تاريخ\s+(?:التسجيل|الانضمام)|(?:عدد\s+)?المشاركات|المواضيع|الاقامه|join\s+date|posts|location)\s*:\s*\S+(?:\s+\S+)?"
    r"|(?:عضو|عضوه)\s+\S+|(?:مشرف|مشرفه|مراقب|مدير)(?:\s+\S+){0,2}|(?:senior|junior|new|active)\s+member|moderator|administrator"
    r"|\d[\d,.]*\s+(?:ردود|رد|replies|views))\W*$"
)
# A results list's controls: an item's toggle ("عرض الخبر كاملاً", "طي الخبر", "إخفاء", "التفاصيل",
# "Show more"), the count of results and the sort order over them.
_RESULTS_CONTROL = _folded(
    r"^\W*(?:(?:عرض|اظهار|قراءه)\s+(?:ال)?(?:خبر|مقال|موضوع|نص)\s+(?:كاملا|كامل|بالكامل)|طي\s+(?:ال)?(?:خبر|مقال|موضوع|نص)"
    r"|اخفاء|اغلاق|(?:ال)?تفاصيل|show\s+(?:more|less|full\s+(?:story|article))|collapse|expand|read\s+full\s+(?:story|article)"
    r"|(?:تم\s+العثور\s+علي|عدد\s+(?:ال)?نتايج)\s*:?\s*[\d,.]+(?:\s+نتيجه)?|[\d,.]+\s+(?:نتيجه|results?)"
    r"|(?:ترتيب|رتب)(?:\s+حسب)?\s*:.{0,30}|sort\s+by\s*:?.{0,30}|(?:ال)?احدث\s*\|\s*(?:ال)?اكثر\s+صله)\W*$"
)
# A broadcast's marker in brackets: "[فاصل إعلاني]", "[تقرير مسجل]", "[موسيقى]", "[Music]".
_BROADCAST_MARKER = re.compile(r"^\s*\[[^\[\]]{1,40}\]\s*$")
_TRANSCRIPT_HEADING = _folded(r"^\W*(?:transcript|النص(?:\s+الكامل)?|نص\s+(?:ال)?(?:حلقه|فيديو|مقابله|لقاء|نشره))\W*$")
# How a bulletin read aloud moves to its next story: "في شأن آخر، ...", "In other news, ...".
_NEXT_STORY = _folded(r"^\W*(?:و?في\s+شان\s+(?:اخر|منفصل)|و?علي\s+صعيد\s+اخر|in\s+other\s+news)\b")
_QUOTE_LABEL = _folded(r"^\W*(?:اقتباس|quote)\s*:?\W*$|^\W*(?:المشاركه\s+الاصليه\s+(?:كتبت\s+)?بواسطه|originally\s+posted\s+by)\b")
_HANDLE = re.compile(r"^[\W_]*@\w{2,30}[\W_]*$")
# "By X" alone under a headline (a blog theme's author line): at most a name of four words.
_BY_AUTHOR = _folded(r"^\W*(?:بواسطه|by)\s+\S+(?:\s+\S+){0,3}\W*$")
# Prompts anywhere in a short line: "... اضغط هنا", "تابعوا عبر تطبيق ...", app notices.
_UI_ANYWHERE = Phrases.of(_folded(
    r"اضغط\s+هنا|انقر\s+هنا|click\s+here|تابعوا\s+(?:عبر|على)|تحميل\s+(?:احدث\s+)?(?:نسخه\s+)?(?:من\s+)?تطبيق"
    r"|تسلم\s+اشعارات|جميع\s+المقالات\s+المنشوره|تمثل\s+راي\s+كتابها|تعبر\s+عن\s+(?:راي|اراء|وجهه\s+نظر)\s+(?:كتابها|كاتبها|اصحابها)"
    r"|لا\s+تعبر\s+بالضروره|لا\s+تعكس\s+بالضروره"
    # a search engine's cached copy announces itself above the page it stored, and a keyboard
    # shortcut is an interface hint ("اضغط على Ctrl+F"), never article text
    r"|(?:ال)?نسخه\s+(?:ال)?مخباه|cached\s+(?:copy|version|snapshot|page)|google'?s\s+cache|لقطه\s+للصفحه"
    r"|snapshot\s+of\s+the\s+page|ربما\s+تغيرت\s+الصفحه|page\s+(?:could|may)\s+have\s+changed|ctrl\s*\+\s*\w|⌘"
    # a copyright footer, however much it says after "© 2018 X."
    r"|^\W*(?:©|\(c\))\s*\d{4}|جميع\s+الحقوق\s+محفوظه|all\s+rights\s+reserved"
    # disclaimers: the outlet is not responsible for external content, the figures are no advice
    r"|(?:غير|ليست|ليس)\s+مسوول(?:ه)?\s+عن\s+محتوي|not\s+responsible\s+for\s+(?:the\s+)?content"
    r"|لاغراض\s+(?:اعلاميه|اعلاميه|معلوماتيه)\s+فقط|(?:ليست|ليس|لا\s+تعد|لا\s+تمثل)\s+(?:نصيحه|توصيه|دعوه)\s+(?:استثماريه|للاستثمار|بالشراء)"
    r"|not\s+(?:investment|financial)\s+advice|for\s+information(?:al)?\s+purposes\s+only"
    # the consent box of an embedded post: "skip X posts", "we ask for your consent", "end of X posts"
    r"|(?:تخطي|تخطى)\s+(?:منشورات|منشور|المنشور)|نهايه\s+(?:منشورات|منشور|المنشور)|نطلب\s+موافقتك|موافقه\s+ومتابعه"
    r"|skip\s+\w+\s+(?:content|posts?)|end\s+of\s+\w+\s+(?:content|posts?)|accept\s+and\s+continue"
    # a live blog's closing note: "انتهت التغطية المباشرة ...", "نوقف هنا تغطيتنا", "this live blog has ended"
    r"|(?:انتهت|نوقف|ننهي|اختتمنا)\s+(?:هنا\s+)?(?:ال)?تغطي(?:ه|تنا)|this\s+live\s+(?:blog|coverage)\s+(?:has\s+)?ended"
    r"|we(?:'ve|\s+have)\s+(?:paused|ended)\s+(?:our\s+)?live"
    # a wiki's page footer: when the page was last edited, the licence its text is under
    r"|(?:هذه\s+)?الصفحه\s+(?:اخر\s+تعديل|عدلت\s+اخر)|(?:page|article)\s+was\s+last\s+(?:edited|modified)"
    r"|(?:منشوره|متاحه|متوفره)\s+(?:برخصه|بموجب\s+رخصه)|المشاع\s+الابداعي|creative\s+commons|licensed\s+under"
    # a transcript's note (the text is as broadcast, it may hold errors) and a programme's sign-off
    r"|(?:هذا\s+)?النص\s+(?:ماخوذ|منقول|مفرغ)\s+من|قد\s+لا\s+يخلو\s+من\s+(?:ال)?اخطاء|transcripts?\s+(?:may|might)\s+contain\s+errors"
    r"|نصل\s+(?:الي\s+)?(?:نهايه|ختام)\s+(?:هذه\s+)?(?:ال)?(?:حلق|برنامج|نشر)|نلتقي\s+(?:في|فى)\s+(?:ال)?(?:حلقه|نشره)"
    r"|كان\s+(?:هذا|معكم)\s+(?:موجز|نشره)|that'?s\s+all\s+for\s+(?:today|tonight|this\s+(?:week|episode))"
    # a board's footer: the software it runs on, the time zone its times are in
    r"|powered\s+by|جميع\s+الاوقات\s+بتوقيت|all\s+times\s+are\s+gmt"
))
UI_ANYWHERE_MAX_WORDS = 40
_SEPARATOR = re.compile(r"^[\s\-–—―_=*~.·•]{3,}$")
# Ad slots and sponsored boxes: a slot's label alone on its line ("إعلان", "- إعلان -",
# "Advertisement"), or a sponsored box's heading or credit ("محتوى مدعوم", "Sponsored Links by X",
# "... | روابط إعلانية"). Never article text, and not the end of one either: ads sit mid-article.
_AD_SLOT = _folded(
    r"^[\W_]*(?:(?:ال)?اعلان(?:ات)?|مساحه\s+اعلانيه|advertisement|advertising|advert|ads?|anzeige|publicité|publicite"
    r"|محتوى\s+مدعوم|محتوي\s+مدعوم|(?:روابط|محتوى|محتوي)\s+(?:اعلانيه|برعايه|ممول)|برعايه|ممول|sponsored(?:\s+(?:content|links?|stories|posts?))?"
    r"|promoted(?:\s+(?:content|stories))?|paid\s+content)[\W_]*$"
    r"|^[\W_]*(?:sponsored|promoted)\s+(?:links?|content|stories)\s+by\b"
)
_AD_CREDIT_TAIL = Phrases.of(_folded(r"[|•·]\s*(?:روابط\s+اعلانيه|sponsored|ad)\s*$"))  # "... | روابط إعلانية"
# A live blog's badges and labels: "🔴 تغطية مباشرة", "LIVE", "Pinned", "📌 مثبت" ("مباشر" alone is
# also an outlet's name, printed as its credit under headlines).
_LIVE_LABEL = _folded(
    r"^[\W_]*(?:(?:تغطيه|بث|تحديثات)\s+(?:مباشره|مباشر|مستمره|حيه)|live(?:\s+(?:blog|updates|coverage))?"
    r"|pinned(?:\s+(?:post|update))?|(?:تحديث|منشور)?\s*مثبت)[\W_]*$"
)
# A release's end mark ("-انتهى-", "###", "-30-", "- ENDS -"): the release is over, what follows
# is its furniture (the issuer's "about" paragraph, contacts) or the next release.
_END_MARK = _folded(r"^\s*(?:[-–—]*\s*(?:انتهي|ends?|30)\s*[-–—]*|#{3})\s*$")
# An issuer's boilerplate: "نبذة عن X", "About X" over its standing paragraph.
_ABOUT = _folded(r"^\W*(?:نبذه\s+عن|حول\s+شركه|عن\s+شركه|about)\s+\S+(?:\s+\S+){0,5}\W*$")
# A disclaimer opens with its label, however long it runs.
_DISCLAIMER = _folded(r"^\W*(?:disclaimer|اخلاء\s+(?:ال)?مسووليه|تنويه|تنبيه)\s*:")
# A line of two or more hashtags only: the page's tags as a social network prints them.
_HASHTAGS = re.compile(r"^\s*(?:#[^\s#]+\s*){2,12}$")  # one hashtag alone may be a cross-heading
# A photo caption with its credit after a dash: "... - المصدر: انستغرام", "... | تصوير: أحمد".
_CREDIT_TAIL = _folded(
    r"\s[-–|/]\s*(?:المصدر|مصدر\s+الصوره|الصوره|صوره|تصوير|عدسه|photo|source|credit|image|picture)\s*:\s*\S+(?:\s+\S+){0,3}\s*$"
    r"|\s\(\s*(?:الصوره|صوره|تصوير|photo|image|picture|credit)\s*:\s*[^()]{1,40}\)\s*$"  # "... (الصورة: بزنيس واير)"
)
# "Place - outlet" or "place - writer" under a headline ("بيروت - لبنان 24", "دمشق - جاد نصر الله"):
# two short names joined by a dash, no stop, no label. The article's credit, never its headline.
_PLACE_CREDIT = re.compile(r"^[\s(]*[^\s\-–:؟?!.]+(?:\s+[^\s\-–:؟?!.]+){0,2}\s+[-–]\s+[^\s\-–:؟?!.]+(?:\s+[^\s\-–:؟?!]+){0,2}[\s)]*$")
# "Place: writer" or "place: «outlet»" under a headline (a print daily's byline): a place of one
# or two words, a colon, a name of up to three words.
_PLACE_COLON_CREDIT = re.compile(r"^\s*[^\s:؟?!.\d]+(?:\s+[^\s:؟?!.\d]+)?\s*:\s*[«\"]?[^\s:؟?!.\d«»]+(?:\s+[^\s:؟?!.\d«»]+){0,2}[»\"]?\s*$")
# A line that is a bare address: a feed item's link, a reader export's "source" line.
_LINK_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_TAGS = re.compile(
    _BULLET + r"(?:كلمات\s+دلاليه|الكلمات\s+المفتاحيه|الكلمات\s+الداله|الكلمات\s+الدلاليه|الوسوم|وسوم|تاجز|التاجز|tags|topics|keywords)\s*:?"
    r"|" + _BULLET + r"(?:(?:ال)?تصنيف(?:ات)?(?:\s+مخفيه)?|(?:ال)?اقسام|(?:hidden\s+)?categories|category|filed\s+under|posted\s+in)\s*:"
)
_UI = re.compile(
    _BULLET
    + r"(?:تم\s+نسخ|انسخ\s+الرابط|نسخ\s+الرابط|شارك(?:وا)?\s|مشاركه\s|تابعونا|تابعنا|اشترك|النشره\s+البريديه"
    r"|جميع\s+الحقوق|حقوق\s+(?:النشر|الطبع)|©|follow\s+us|share\s+(?:this|on)|subscribe|sign\s+up"
    r"|copyright|all\s+rights\s+reserved|advertisement|click\s+here|اضغط\s+هنا|انقر\s+هنا|اعلان$)"
)
_WIDGET = re.compile(r"℃|°\s*[cf]\b|درجه\s+الحراره|سعر\s+(?:الصرف|الدولار)\s*:")
# A markets page's boxes: a quote line (a name, a price and an arrow or a change in per cent),
# the heading of a box of quotes or rates, and the watchlist button.
_QUOTE = re.compile(r"^\D{0,40}\d[\d.,]*\s*%?\s*[▲▼△▽↑↓]|[▲▼△▽↑↓]\s*[+\-−]?\d[\d.,]*\s*%?\s*$")
_MARKET_BOX = _folded(
    r"^\W*(?:(?:ال)?(?:شركات|اسهم)\s+(?:ال)?(?:مذكوره|وارده)(?:\s+في\s+(?:ال)?(?:خبر|مقال|تقرير|قصه))?|اسعار\s+(?:ال)?(?:عملات|صرف|ذهب|نفط|اسهم|معادن)"
    r"|(?:companies|stocks|tickers)\s+(?:in\s+this\s+(?:story|article)|mentioned)|(?:currency|exchange)\s+rates)\W*$"
    r"|قائمه\s+المتابعه|watch\s*list"
)
# A post's counters under its headline: its reading time ("دقيقة واحدة", "أقل من دقيقة",
# "3 دقائق للقراءة", "5 min read") and its views ("2544 مشاهدة", "1.2K views").
_COUNTER = _folded(
    r"^\W*(?:(?:اقل\s+من\s+)?(?:\d+\s+)?(?:دقيقه|دقيقتان|دقيقتين|دقائق)(?:\s+واحده)?(?:\s+(?:لل)?قراءه)?"
    r"|\d+\s*min(?:ute)?s?\s+read|(?:less\s+than\s+)?(?:a|one)\s+minute(?:\s+read)?"
    r"|\d[\d.,]*\s*(?:k|m|الف|مليون)?\s*(?:مشاهده|مشاهدات|قراءه|قراءات|زياره|views?|reads?|مشترك|مشتركين|subscribers?))\W*$"
)
_EMBED = Phrases.of(re.compile(
    r"pic\.twitter\.com/|twitter\.com/\w+/status|x\.com/\w+/status|instagram\.com/(?:p|reel)/"
    r"|facebook\.com/.+/posts/|youtube\.com/watch|youtu\.be/|\(@\w{2,15}\)\s*\w+"
))
_AGENCY_CREDIT = (
    r"(?:رويترز|ا\s*ف\s*ب|فرانس\s*برس|اسوشيتد\s*برس|الاناضول|تاس|وام|واس|كونا|سانا|بلومبرغ|بلومبرج"
    r"|بترا|قنا|وفا|ومع|الفرنسيه|getty(?:\s+images)?|reuters|afp|ap|epa|anadolu|shutterstock|ارشيفيه|ارشيف|مواقع\s+التواصل)"
)
_AGENCY_ONLY = re.compile(r"^[\W_]*" + _AGENCY_CREDIT + r"[\W_]*$")
_CAPTION = re.compile(
    r"(?:/\s*" + _AGENCY_CREDIT + r"\s*\)?$)|(?:\s[-–]\s*" + _AGENCY_CREDIT + r"\s*$)|(?:\(\s*(?:صوره|الصوره|photo|image)?[^()]{0,40}"
    + _AGENCY_CREDIT + r"\s*\)$)|^(?:صوره|الصوره|photo|image)\s*(?:ارشيفيه|:)"
)
# A dateline: "تاريخ النشر: ...", "نشر في ...", "Published ...", or a bare date/time line.
_DATELINE_CUE = re.compile(
    _BULLET + r"(?:تاريخ\s+النشر|نشر\s+(?:في|بتاريخ)|اخر\s+تحديث|تم\s+النشر|published|updated|publié|mis\s+à\s+jour)\b"
)
_MONTH_WORDS = (
    r"(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر"
    r"|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|جانفي|فيفري|افريل|ماي|جوان|جويليه"
    r"|اوت|غشت|شتنبر|دجنبر|نونبر|يونيه|يوليه"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
    r"|محرم|صفر|ربيع\s+(?:الاول|الاخر|الثاني)|جمادي\s+(?:الاولي|الاخره|الاول|الثاني)|رجب|شعبان|رمضان|شوال|ذو\s+القعده|ذو\s+الحجه)"
)
_BARE_DATE = re.compile(
    _BULLET + r"(?:[^\d\s]+\s+)?\d{1,4}(?:st|nd|rd|th)?[\s,/.-]*(?:" + _MONTH_WORDS
    + r"|\d{1,2})[\s,/.-]*\d{2,4}(?:[\s,]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|am|pm|gmt)?)?"
    r"\s*(?:gmt|utc)?\s*$"
)
_LATIN = re.compile(r"[A-Za-z]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_SENTENCE_END = re.compile(r"[.:؛;]\s*$")
_PARAGRAPH_END = re.compile(r"[.!?؟…][\"”»')]*\s*$")
# Small shapes, compiled once (``re.search(string, ...)`` looks its pattern up on every call).
_WORD = re.compile(r"\w+")
_COMMA = re.compile(r"[،,]")
_YEAR = re.compile(r"\d{4}")
_SCORE = re.compile(r"\d\s*[-–]\s*\d")  # "2 - 1": a result, not a place and its outlet
_CLAUSE_BREAK = re.compile(r"[،,]|[^.]\.\s")
_ENDS_STOP = re.compile(r"\.[\"”»')]*\s*$")
_ENDS_STOP_OR_COLON = re.compile(r"[.:]\s*[\"”»')]*$")
_ENDS_ASKING = re.compile(r"[?؟!]\s*[\"”»')]*$")
_TRAILS_OFF = re.compile(r"(?:\.\.|…)\s*$")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?؟])\s")
_BULLETED = re.compile(r"^\s*[-–•*·▪●◦]")
_NUMBERED = re.compile(r"^\s*\d{1,2}\s*[.\-)–]")
_BRACKETED = re.compile(r"^\s*\(.*\)\s*$")
_NOT_IN_NAME = re.compile(r"[\d.:!?؟،,|/\-–]")
_NOT_IN_OUTLET = re.compile(r"[\d.:!?؟،,]")
_TRAIL_SPLIT = re.compile(r"[»›>/\\|←→]")
_CAPTION_CREDIT_SPLIT = re.compile(r"[/(]|\s-\s")  # what a caption describes, before its credit
_PHOTO_WORD = re.compile(r"^\W*(?:صوره|الصوره|photo|image)\b")

# ---- Line classes for pages of any layout, from the chrome of real outlets' pages (menus,
# share bars, widgets, prompts). Whole classes, matched on the matching form; never one outlet.

# Words that make up share bars, print and font controls, comment forms, search boxes and menu
# toggles: a short line made (mostly) of them is interface, whatever the site. Networks are
# listed as sites print them, one a line ("فيسبوك", "Whats App", "لينكد إن").
_UI_WORDS = frozenset(
    ["فيسبوك", "فيس", "بوك", "تويتر", "واتساب", "واتس", "اب", "وتساب", "تيليجرام", "تلغرام", "تليجرام", "تيلغرام", "تيلقرام", "تلقرام", "تليقرام", "play", "video", "pause", "تشغيل", "شغل", "الفيديو", "لينكد", "لينكدان", "لينكدين", "ان", "انستغرام", "انستجرام", "انستقرام", "اينستاجرام", "انستاجرام", "إنستجرام", "يوتيوب", "ماسنجر", "سناب", "شات", "تيك", "توك", "بينتريست", "ريديت", "جوجل", "غوغل", "نيوز", "البريد", "بريد", "الالكتروني", "الإلكتروني", "ايميل", "email", "facebook", "twitter", "whatsapp", "whats", "app", "telegram", "linkedin", "pinterest", "pin", "interest", "messenger", "reddit", "instagram", "youtube", "tiktok", "snapchat", "google", "rss", "x", "share", "print", "save", "mail", "شارك", "شاركوا", "مشاركه", "المشاركه", "مشاركة", "نسخ", "انسخ", "الرابط", "رابط", "طباعه", "طباعة", "اطبع", "حجم", "الخط", "الخط", "تكبير", "تصغير", "a", "أ", "ا", "حفظ", "ارسل", "أرسل", "لصديق", "ارسال", "إرسال", "تعليق", "تعليقات", "التعليقات", "التعليق", "اضف", "أضف", "اترك", "تعليقا", "تعليقك", "الرد", "رد", "الغاء", "إلغاء", "الاسم", "الموقع", "بحث", "ابحث", "متقدم", "القائمه", "القائمة", "toggle", "navigation", "skip", "to", "content", "menu", "search", "تخطي", "تخطى", "الى", "إلى", "المحتوى", "المحتوي", "استمع", "استماع", "اشترك", "إشترك", "اشتراك", "الاشتراك", "النشره", "النشرة", "البريديه", "البريدية", "تابعنا", "تابعونا", "تابع", "عبر", "على", "علي", "like", "this", "إعجاب", "اعجاب", "تحميل", "المزيد", "التالي", "السابق", "خدمة", "خدمه", "comments", "comment", "reply", "send", "submit", "login", "sign", "in", "up", "دخول", "تسجيل", "خروج", "الخبر", "partager", "imprimer", "commentaires", "commentaire", "ajouter", "un", "une", "envoyer", "réagir", "rechercher", "accueil", "fr", "ar", "en", "s'abonner", "abonnez-vous", "newsletter", "suivez-nous", "suivez", "nous", "sur"]
)
_UI_WORDS_FOLDED = frozenset(_fold(w) for w in _UI_WORDS)
# Prompts anywhere in a line of up to PROMPT_MAX_WORDS: comments, subscriptions and channels,
# polls, "read the story at its source", app downloads.
_PROMPT = Phrases.of(_folded(
    r"اضف\s+تعليق|اترك\s+تعليق|لن\s+يتم\s+نشر\s+عنوان\s+بريدك|احترام\s+شروط\s+التعليق|تعليقات\s+(?:الزوار|القراء)"
    r"|لا\s+توجد\s+تعليقات|كل\s+التعليقات|المزيد\s+من\s+التعليقات|شروط\s+التعليق|الحقول\s+(?:الالزاميه|المطلوبه)"
    r"|اشترك\s+(?:في|الان|معنا|بـ?)|(?:انضم|انضموا)\s+(?:الي|الان)|قناتنا\s+(?:علي|في|عبر)|تابعوا\s+(?:اخبار|قناه|قناتنا|صفحتنا)"
    r"|تابع\s+(?:اخبار|صفحتنا|قناتنا)|النشره\s+البريديه|بريدك\s+الالكتروني|ادخل\s+بريدك|سجل\s+(?:الان|الدخول)"
    r"|هل\s+اعجبك|استطلاع\s+الراي|عرض\s+النتائج|(?:اقرا|تابع|طالع)\s+(?:الخبر|المقال)\s+(?:من|في|علي)\s+(?:المصدر|سياقه|موقع)"
    r"|الخبر\s+من\s+المصدر|حمل\s+تطبيق|حملوا\s+تطبيق|share\s+this|like\s+this|leave\s+a\s+(?:reply|comment)"
    r"|الغاء\s+الاشتراك|unsubscribe|subscribed\s+to|stop\s+receiving|email\s+updates|manage\s+(?:your\s+)?subscription"
    # a comment form's "remember me" box, and the notice a page shows a reader with an ad blocker
    r"|احفظ\s+اسمي|save\s+my\s+name|ad\s*-?\s*block|(?:حظر|مانع|حاجب)\s+(?:ال)?اعلانات|(?:عطل|تعطيل|ايقاف)\s+(?:اضافه\s+)?(?:حظر|مانع|حاجب)"
))
PROMPT_MAX_WORDS = 25
# A trail of sections: "الرئيسية » أخبار » عربي ودولي", "Home > World", "الرئيسية / سياسة".
_TRAIL_SEPARATOR = re.compile(r"\s[»›>/\\|←→]\s|\s»|»\s")
TRAIL_SEGMENT_MAX_WORDS = 4
_HOME = _folded(r"^(?:الرئيسيه|الصفحه\s+الرئيسيه|home)\b")
# Photo credits printed as their own line: "©", "REUTERS / SHOKRY HUSSIEN", "Getty Images".
_PHOTO_CREDIT = re.compile(r"^(?:©|\(c\))?\s*[A-Z][A-Z .&'-]{1,30}\s*/\s*[A-Z][A-Z .'-]{2,40}$|^\s*©\s*$")
# A photo caption is a short line saying what the picture shows; these openers are how
# captions start in Arabic newsrooms ("جانب من ...", "صورة أرشيفية", "لقطة من ...").
_CAPTION_OPENER = _folded(
    r"^(?:جانب\s+من|خريطه\s+(?:توضح|تظهر|تبين)|(?:map|chart)\s+(?:showing|of)\b|(?:ال)?صوره\s*(?::|من\b|ارشيفيه|تعبيريه|توضيحيه|لـ?\s)|رسم\s+بياني|انفوغرافيك\s*:|(?:chart|graph|infographic)\s*:|لقطه\s+من|مشهد\s+عام|من\s+موقع|من\s+مكان|خلال\s+(?:المؤتمر|الاجتماع|اللقاء|الجلسه|زياره)"
    r"|صور\s+ارشيفيه|ارشيفيه$|photo\b|file\s+photo)"
)
# A picture's own labels, as story pages print them over its credit and its caption:
# "مصدر الصورة، Getty Images", "التعليق على الصورة، ...", "Image source, EPA", "Image caption, ...".
_IMAGE_LABEL = _folded(r"^\W*(?:م?صدر\s+الصوره|التعليق\s+علي\s+الصوره|تعليق\s+الصوره|image\s+(?:source|caption)|photo\s+(?:source|caption))\s*[،,:]")
IMAGE_LABEL_MAX_WORDS = 40
# Dates and times in any of the forms pages print them; a line that is little else is a date
# line (a widget above the headline, the dateline under it, a related item's date in the tail).
_DATE_TOKEN = _folded(
    r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}|\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s*[,،]?\s*" + _MONTH_WORDS + r"\b|\b" + _MONTH_WORDS + r"\s*[,،]?\s*\d{1,4}"
    r"|(?:قبل|منذ)\s+(?:\d+\s+)?(?:دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر)\b"
    r"|\b\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b"
)
_DATE_FILLER = _folded(
    r"\b(?:" + _MONTH_WORDS + r"|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|الثاني|الاول|gmt|utc|am|pm|ص|م|مساء|صباحا"
    r"|مساءا|ظهرا|هـ|ه|نشر|نشره|تم|في|بتاريخ|تاريخ|النشر|اخر|تحديث|محدثه|محدث|بواسطه|الساعه|updated|published|on|by|at"
    r"|قبل|منذ|دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسابيع|شهر|اشهر|تعليق|تعليقات|ago|العدد|issue|no)\b|[\d\W_]+"
)
# A social post's time stamp: a date or a short relative time ("5 س", "2h", "3 د") and the
# audience pictograph or word after a dot ("30 أبريل الساعة 8:09 ص · 🌐", "5 س · 🌐", "2h · Public").
_POST_AUDIENCE = re.compile(r"\s[·•|]\s*(?:[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?|public|friends|عام|الاصدقاء)\s*$")
_SHORT_AGO = re.compile(r"^\W*\d{1,2}\s*(?:س|د|ي|ث|h|m|d|w|hr|min)\s*$")
DATE_LINE_MAX_OTHER_WORDS = 4
DATE_LINE_MAX_WORDS = 16
# A headline may end in "?" or "!" and still be a headline: a lead needs a sentence inside it.
EMBED_MAX_WORDS = 70  # a post is at most a tweet and its signature; a 150-word line is article text
TITLE_SEARCH_LINES = 14  # how far above the lead the headline may sit (chrome between: seeds 3-6, pages up to 9)


@dataclass(frozen=True)
class ArticleParts:
    """The article-bearing part of a page: title, dateline and body paragraphs in order."""

    title: str
    dateline: str | None
    paragraphs: tuple[str, ...]
    sidebars: tuple[Sidebar, ...] = ()
    title_from_body: bool = False  # the page printed no headline: ``title`` is cut from the lead

    @property
    def has_headline(self) -> bool:
        return not self.title_from_body


@dataclass(frozen=True)
class SplitPage:
    """A page after splitting: the main article, appended articles, page-level sidebars."""

    main: ArticleParts
    appended: tuple[ArticleParts, ...]
    sidebars: tuple[Sidebar, ...]

    @property
    def tag_lines(self) -> tuple[str, ...]:
        return tuple(s.text for s in self.sidebars if s.kind == "tags")

    @property
    def source_lines(self) -> tuple[str, ...]:
        return tuple(s.text for s in self.sidebars if s.kind == "source_credit")


class EmptyPageError(ValueError):
    """The page has no article text at all (only chrome, or nothing)."""


@dataclass
class _Cursor:
    lines: list[str]
    at: int = 0
    sidebars: list[Sidebar] = field(default_factory=list)
    captions: frozenset[str] = frozenset()
    template: frozenset[str] = frozenset()
    stamps: frozenset[str] = frozenset()  # a live blog's update times: lines of its article
    chrome: frozenset[str] = frozenset()  # lines the page's structure shows are furniture (a chat's events)
    speakers: frozenset[str] = frozenset()  # a transcript's speaker labels (matching form)
    spoken: bool = False  # the page is a broadcast's transcript (time codes, markers, a transcript heading)
    text_from: int = 0  # where the article's text may start: under a transcript's heading, if any

    def kind_of(self, line: str, template: bool = True) -> SidebarKind | None:
        if self.captions and _fold(line) in self.captions:
            return "caption"
        if line in self.chrome:
            return "other"
        kind = sidebar_kind(line)
        if kind is None and template and self.template and _fold(line) in self.template:
            return "other"  # the source's template: printed on many pages of many stories
        return kind

    def peek(self, ahead: int = 0) -> str | None:
        index = self.at + ahead
        return self.lines[index] if index < len(self.lines) else None

    def take(self, kind: SidebarKind | None = None) -> str:
        line = self.lines[self.at]
        self.at += 1
        if kind is not None:
            self.sidebars.append(Sidebar(kind=kind, text="\n".join(printed_lines(line))))
        return line


def split_page(
    text: str,
    known_title: str | None = None,
    known_captions: tuple[str, ...] = (),
    template_lines: frozenset[str] = frozenset(),
) -> SplitPage:
    """Split a page's text (one block per line) into article, appended articles and sidebars.

    The article starts at its lead (the first paragraph that reads as prose); its headline is
    the headline-shaped line above the lead that the lead echoes, never a menu, trail, label or
    date line; everything above the headline is page chrome. ``known_title`` and
    ``known_captions`` come from HTML markup: a line repeating the title is the title, a line
    the markup calls a caption is a caption. ``template_lines`` (matching forms, from a
    ``TemplateMemory`` of the page's source) are chrome wherever they stand, though a headline
    echoed by its lead is still read as one. A page with no headline says so
    (``main.title_from_body``; its title is then cut from the lead).
    Raises EmptyPageError when nothing article-like remains.
    """
    lines, chat_events = read_chat([line for line in clean_display(text).split("\n") if line])
    lines, timecodes = _without_timecodes(lines)
    cursor = _Cursor(unwrap(lines), captions=frozenset(_fold(c) for c in known_captions), template=template_lines)
    cursor.sidebars.extend(Sidebar(kind="other", text=code) for code in timecodes)
    cursor.spoken = bool(timecodes) or any(_BROADCAST_MARKER.match(line) or _TRANSCRIPT_HEADING.match(_fold(line)) for line in lines)
    cursor.speakers = _speaker_labels(cursor.lines)
    cursor.chrome = chat_events | _bare_speaker_lines(cursor.lines, cursor.speakers)
    cursor.stamps = _update_stamps(cursor)
    cursor.text_from = _transcript_start(cursor.lines)
    lead = _find_lead(cursor)
    title_at = _find_title(cursor, lead, known_title)
    title, dateline, early = _read_header(cursor, title_at, lead, known_title)
    paragraphs = early + _read_body(cursor, title)
    if not paragraphs and title is None:
        raise EmptyPageError("no article text: the page holds only sidebars or chrome")
    main_sidebars = list(cursor.sidebars)
    cursor.sidebars = []
    appended = _read_tail(cursor, paragraphs)
    title_from_body = False
    if title is None:
        title, title_from_body = _title_from(paragraphs[0]), True
    main = ArticleParts(
        title=title,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        sidebars=tuple(main_sidebars),
        title_from_body=title_from_body,
    )
    main, appended = _article_among_teasers(main, appended, cursor.sidebars)
    return SplitPage(main=_as_printed(main), appended=tuple(_as_printed(a) for a in appended), sidebars=tuple(cursor.sidebars))


TEASER_LIST_MIN = 3  # titled one-paragraph items on a page before it is read as a list of teasers


def _is_teaser(parts: ArticleParts) -> bool:
    return parts.has_headline and len(parts.paragraphs) == 1


def _article_among_teasers(
    main: ArticleParts, appended: list[ArticleParts], page_sidebars: list[Sidebar]
) -> tuple[ArticleParts, list[ArticleParts]]:
    """On a page listing teasers (a results or archive page: title, date, one excerpt, again and
    again) the article is the item printed in full, with paragraphs of its own, not the first
    teaser; the teasers are the list it sits in (related items), not articles appended to it."""
    blocks = [main, *appended]
    if not _is_teaser(main) or sum(map(_is_teaser, blocks)) < TEASER_LIST_MIN:
        return main, appended
    full = next((b for b in appended if b.has_headline and len(b.paragraphs) >= 2), None)
    if full is None:
        return main, appended
    page_sidebars.extend(main.sidebars)
    page_sidebars.extend(Sidebar(kind="related_list", text=b.title) for b in blocks if _is_teaser(b))
    return full, [b for b in appended if b is not full and not _is_teaser(b)]


_TIMECODE = re.compile(r"^\s*(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\s*$")
TIMECODE_MIN_LINES = 8


def _without_timecodes(lines: list[str]) -> tuple[list[str], list[str]]:
    """A video's transcript in timed chunks: 8+ lines that are a time code alone, from the start of
    the video ("0:00") on, in order, are furniture; the chunks between them are lines of one text.
    (A live blog's update times are clock times, newest first, each over a paragraph.)"""
    codes = [(index, match) for index, line in enumerate(lines) if (match := _TIMECODE.match(line))]
    if len(codes) < TIMECODE_MIN_LINES:
        return lines, []
    seconds = [int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + int(m.group(3)) for _, m in codes]
    if seconds[0] > 59 or any(later <= earlier for earlier, later in zip(seconds, seconds[1:])):
        return lines, []
    drop = {index for index, _ in codes}
    return [line for index, line in enumerate(lines) if index not in drop], [lines[index] for index in sorted(drop)]


def _as_printed(parts: ArticleParts) -> ArticleParts:
    """An article with its unwrapped paragraphs given back as the lines the page printed."""
    paragraphs = tuple(line for paragraph in parts.paragraphs for line in printed_lines(paragraph))
    title = parts.title if parts.title_from_body else "\n".join(printed_lines(parts.title))
    return replace(parts, title=title, paragraphs=paragraphs)


@lru_cache(maxsize=16384)
def sidebar_kind(line: str) -> SidebarKind | None:
    """The kind of a line that opens or is a sidebar block, else None."""
    folded = _fold(line)
    # _READ_ALSO and _RELATED are anchored at the start: match, never a search along the line
    if _READ_ALSO.match(folded):
        return "read_also"
    if _RELATED.match(folded):
        return "related_list"
    if _TAGS.match(folded) or _HASHTAGS.match(line):
        return "tags"
    if _AD_SLOT.match(folded) or _AD_CREDIT_TAIL.search(folded) or _LIVE_LABEL.match(folded) or _END_MARK.match(folded) or _ABOUT.match(folded):
        return "other"
    if _DISCLAIMER.match(folded) or _GUEST_NOTICE.search(folded) or _REPLY_BUTTON.match(folded) or _RESULTS_CONTROL.match(folded):
        return "ui_text"
    # each word cap is tested before its pattern: a paragraph is spared the searches it could not pass
    words = _word_count(line)
    if _BROADCAST_MARKER.match(line) or _POST_NUMBER.match(line) or _QUOTE_LABEL.match(folded) or (words <= 5 and _MEMBER_BOX.match(folded)):
        return "other"  # a forum post's number, its writer's member box, a quote's labels
    if words <= IMAGE_LABEL_MAX_WORDS and _IMAGE_LABEL.match(folded):
        return "caption"
    if words <= CAPTION_MAX_WORDS + 5 and _CREDIT_TAIL.search(folded) and not _SOURCE.match(folded):
        return "caption"
    if (_SOURCE.match(folded) and words <= 20) or _AGENCY_ONLY.match(folded) or _SOURCES_HEADING.match(folded):
        return "source_credit"
    if _CITATION.match(line) and words <= CAPTION_MAX_WORDS + 10 and _DATE_TOKEN.search(folded.rsplit("—", 1)[-1]):
        return "source_credit"  # a sources list's item: the cited title, its outlet and date
    if words <= 12 and _SOURCE_LINK.match(folded):
        return "source_credit"
    if words <= BYLINE_MAX_WORDS and _BYLINE.match(folded):
        return "source_credit"
    if _HANDLE.match(line):
        return "source_credit"  # a channel's handle alone: the signature a post ends with
    if words <= 5 and _CAPTION.search(folded):
        # "فرانس24/ أ ف ب" is a desk credit; "جانب من الاجتماع (رويترز)" is a photo caption
        # (a caption is no credit line: it must not close the article it sits in)
        described = _CAPTION_CREDIT_SPLIT.split(folded)[0].split()
        photo = _PHOTO_WORD.match(folded)  # "(صورة: أرشيفية)"
        return "caption" if len(described) >= 2 or photo or _CAPTION_OPENER.match(folded) else "source_credit"
    if (words <= 14 and _UI.match(folded)) or (words <= UI_ANYWHERE_MAX_WORDS and _UI_ANYWHERE.search(folded)):
        return "ui_text"
    if words <= PROMPT_MAX_WORDS and _PROMPT.search(folded):
        return "ui_text"
    if _SEPARATOR.match(line) or _LINK_LINE.match(line):
        return "other"
    if (words <= 8 and _WIDGET.search(folded)) or _COUNTER.match(folded):
        return "widget"
    if words <= 8 and (_QUOTE.search(line) or _MARKET_BOX.search(folded)):
        return "widget"
    if words <= EMBED_MAX_WORDS and _EMBED.search(line):
        return "embedded_post"
    if words <= CAPTION_MAX_WORDS and _CAPTION.search(folded):
        return "caption"
    if _is_ui_line(folded):
        return "ui_text"
    if _PHOTO_CREDIT.match(line.strip()):
        return "caption"
    if words <= CAPTION_MAX_WORDS and _CAPTION_OPENER.match(folded) and not _is_sentence(line):
        return "caption"
    if is_trail(line):
        return "other"
    return None


def is_headline(line: str) -> bool:
    """Short, no sentence-final stop: the shape of a title or a cross-heading."""
    words = _word_count(line)
    return 2 <= words <= HEADLINE_MAX_WORDS and not _SENTENCE_END.search(line)


@lru_cache(maxsize=16384)
def is_dateline(line: str) -> bool:
    if _LINK_LINE.match(line):
        return False
    folded = _fold(line)
    return bool(_DATELINE_CUE.match(folded) or _BARE_DATE.match(folded)) or is_date_line(line)


@lru_cache(maxsize=16384)
def is_date_line(line: str) -> bool:
    """A line that is a date or time and little else: "الأربعاء، 07 أكتوبر 2020 - 12:09 م",
    "آخر تحديث: 10:35 ص | 12 مارس 2018", "بواسطة admin | 12 مارس، 2018 | 0 تعليق"."""
    if _word_count(line) > DATE_LINE_MAX_WORDS or _LINK_LINE.match(line):
        return False
    folded = _fold(line)
    if not _DATE_TOKEN.search(folded):
        return False
    rest = _DATE_FILLER.sub(" ", _DATE_TOKEN.sub(" ", folded)).split()
    return len(rest) <= DATE_LINE_MAX_OTHER_WORDS


@lru_cache(maxsize=16384)
def is_trail(line: str) -> bool:
    """A trail of sections ("الرئيسية » أخبار » عربي ودولي"), or "Home" and a section."""
    parts = [p for p in _TRAIL_SPLIT.split(line) if p.strip()]
    if len(parts) >= 2 and _TRAIL_SEPARATOR.search(line) and not is_date_line(line):
        if not all(len(p.split()) <= TRAIL_SEGMENT_MAX_WORDS for p in parts[:-1]):
            return False
        # a trail from the home page may end in the article's own headline, as long as it runs
        # ("الرئيسية / سياسة / روسيا تعلن نجاح تجربة ..."): still a trail, never the headline
        return len(parts[-1].split()) <= TRAIL_SEGMENT_MAX_WORDS or bool(_HOME.match(_fold(parts[0].strip())))
    return bool(_HOME.match(_fold(line))) and _word_count(line) <= 3


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
    return sum(t in _UI_WORDS_FOLDED for t in tokens) >= 0.75 * len(tokens)


# ------------------------------------------------------------------------ where the article is
def _find_lead(cursor: _Cursor) -> int:
    """Index of the article's first paragraph: the first line that reads as prose (a headline
    that happens to be long and ends in "?" does not); len(lines) when there is none."""
    for index, line in enumerate(cursor.lines[cursor.text_from :], cursor.text_from):
        if cursor.kind_of(line) is None and _is_sentence(line) and _word_count(line) >= PARAGRAPH_MIN_WORDS and not _is_long_headline(line):
            return index
    # paragraphs scraped without their stops: the first line longer than any headline runs
    for index, line in enumerate(cursor.lines[cursor.text_from :], cursor.text_from):
        if cursor.kind_of(line) is None and _word_count(line) >= LEAD_FALLBACK_WORDS:
            return index
    return len(cursor.lines)


def _transcript_start(lines: list[str]) -> int:
    """Under a transcript's heading ("Transcript", "نص الحلقة") is the text of the broadcast: the
    page's article. A video's description above it, however long, only summarises it."""
    for index, line in enumerate(lines):
        if _TRANSCRIPT_HEADING.match(_fold(line)) and any(_is_body_paragraph(n) for n in lines[index + 1 : index + 1 + GAP_MAX_LINES]):
            return index + 1
    return 0


# Ticker and related headlines run up to ~16 words on the pages of arabic_html_pages.
LEAD_FALLBACK_WORDS = 18


def _is_long_headline(line: str) -> bool:
    """A headline that ends in "?" or "!" ("... ما قاعدة رفض الأمر العسكري؟"): a lead seldom does."""
    return bool(_ENDS_ASKING.search(line)) and _word_count(line) <= HEADLINE_MAX_WORDS


# Headline choice: how much of the line the lead echoes weighs most; a line of 4+ words and a
# line with a date right under it are likelier headlines; each line further up costs a little.
# Measured on 600 ANT articles: 90% of titles have 1/3+ of their words in the first two
# paragraphs, 95% more than a quarter; a menu item or a ticker headline almost never does.
TITLE_ECHO_MIN = 0.25
TITLE_ECHO_WEAK = 0.15  # a 4+ word line with a word or two of the lead (not a site's tagline)
TITLE_ECHO_SHORT = 0.5
HEADLINE_USUAL_WORDS = 14  # past it, a line is likelier an unpunctuated paragraph (ANT titles: 95% <= 14)
TITLE_LONG_WORDS = 4


def _find_title(cursor: _Cursor, lead: int, known_title: str | None) -> int | None:
    """Index of the main article's headline above the lead, or None (no headline line)."""
    lines = cursor.lines
    if known_title:
        matches = [i for i in range(min(lead + 1, len(lines))) if _same_text(lines[i], known_title)]
        return matches[-1] if matches else None
    if lead >= len(lines):  # no prose at all: the first headline-shaped line, as a headline-only item
        return next((i for i in range(len(lines)) if _is_title_shaped(cursor, i)), None)
    near_lead = [_without_speaker(line, cursor.speakers) for line in lines[lead : lead + 3]]
    lead_terms = _terms_of([_without_wire_prefix(near_lead[0]), *near_lead[1:]])
    candidates: list[tuple[float, int]] = []
    shapes = {i: _terms(lines[i]) for i in range(max(0, lead - TITLE_SEARCH_LINES), lead) if _is_title_shaped(cursor, i)}
    for i, terms in shapes.items():
        words = _word_count(lines[i])
        if any(terms < other and _word_count(lines[j]) > words for j, other in shapes.items() if j != i):
            continue  # the headline's first words again: a caption or a label cut from it
        echo = _echo(terms, lead_terms)
        if echo < TITLE_ECHO_MIN and _fold(lines[i]) in cursor.template:
            continue  # the source's template (a tagline), unless the lead echoes it as a title
        dated = any(i + k < lead and is_dateline(lines[i + k]) for k in (1, 2))
        twice = i + 1 < lead and _same_text(lines[i], lines[i + 1])
        long_enough = words >= TITLE_LONG_WORDS
        # only known chrome (dates, share bars, credits) between the line and the lead
        framed = all(cursor.kind_of(lines[k]) is not None or is_dateline(lines[k]) for k in range(i + 1, lead))
        listed = i > 0 and (lines[i - 1].strip().isdigit() or (i - 1 in shapes and _echo(shapes[i - 1], lead_terms) == 0))
        if long_enough:  # the last item of a list above the article is framed too: not enough alone
            accepted = echo >= TITLE_ECHO_WEAK or twice or dated or (framed and not listed)
        else:  # a two- or three-word line must be echoed well: menu items and labels are short
            accepted = echo >= TITLE_ECHO_SHORT or twice
        if not accepted:
            continue
        overlong = max(0, words - HEADLINE_USUAL_WORDS)
        score = 1.5 * echo + 0.25 * long_enough - 0.4 * (not long_enough) + 0.15 * dated + 0.3 * twice
        score -= 0.02 * (lead - i) + 0.04 * overlong
        candidates.append((score, i))
    if not candidates:
        return None
    best = max(candidates)[1]
    # a headline printed twice (or again as its picture's caption): the first copy is the headline
    for i in range(best - 1, max(-1, lead - TITLE_SEARCH_LINES - 1), -1):
        if _same_text(lines[i], lines[best]):
            best = i
        elif cursor.kind_of(lines[i]) is None and not is_dateline(lines[i]):
            break
    return best


# A wire's place-and-wire prefix glued to a lead: "دبي، الإمارات-(بزنيس واير/ايتوس واير): ",
# "London, 5 June /PRNewswire/ -- ", "(CNN)--": the wire's name, not the story's words.
_WIRE_PREFIX = re.compile(r"^[^.!?؟:]{0,120}?(?:\)\s*:|/\s*--|--|—)\s*")


# A transcript's turn opens with its speaker: "هدى النجار: ...", "د. خالد المصري:" alone on its line.
_SPEAKER = re.compile(r"^\s*([^:؟?!،,\d\[\]]{2,40}?)\s*:(?:\s+|$)")
SPEAKER_MAX_WORDS = 4
SPEAKER_MIN_TURNS = 2  # lines a label opens before it is read as a speaker's ...
TRANSCRIPT_MIN_TURNS = 4  # ... on a page where labels open this many lines


def _speaker_label(line: str) -> str | None:
    match = _SPEAKER.match(line)
    if match is None or len(match.group(1).split()) > SPEAKER_MAX_WORDS:
        return None
    return _fold(match.group(1))


def _speaker_labels(lines: list[str]) -> frozenset[str]:
    """Labels that open two or more lines of a page where labels open four or more: a transcript's speakers."""
    counts: dict[str, int] = {}
    for line in lines:
        if (label := _speaker_label(line)) is not None:
            counts[label] = counts.get(label, 0) + 1
    if sum(counts.values()) < TRANSCRIPT_MIN_TURNS:
        return frozenset()
    return frozenset(label for label, count in counts.items() if count >= SPEAKER_MIN_TURNS)


def _bare_speaker_lines(lines: list[str], speakers: frozenset[str]) -> frozenset[str]:
    """A speaker's label alone on its line, over the turn it opens: furniture."""
    return frozenset(line for line in lines if speakers and _speaker_label(line) in speakers and _without_speaker(line, speakers) == "")


def _without_speaker(line: str, speakers: frozenset[str]) -> str:
    """A turn's text without its speaker's name (which echoes the guest list, not the headline)."""
    if speakers and _speaker_label(line) in speakers:
        return _SPEAKER.sub("", line, count=1).strip()
    return line


def _without_wire_prefix(lead: str) -> str:
    return _WIRE_PREFIX.sub("", lead, count=1)


def _echo(terms: frozenset[str], other: frozenset[str]) -> float:
    """Share of ``terms`` found in ``other``; a stem that is the start of another counts
    (the stemmer leaves "اسراييلي" and "اسراييل" apart)."""
    if not terms:
        return 0.0
    ordered = _in_order(other)
    found = sum(1 for t in terms if t in other or (len(t) >= 3 and (_starts_one_of(t, ordered) or any(t[:k] in other for k in range(3, len(t))))))
    return found / len(terms)


@lru_cache(maxsize=256)
def _in_order(terms: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(terms))


def _starts_one_of(start: str, ordered: tuple[str, ...]) -> bool:
    """Is ``start`` the start of a term of ``ordered`` (sorted)? Those terms sort right from it,
    so one look at the first term not below it answers (the loop over every term did before)."""
    at = bisect_left(ordered, start)
    return at < len(ordered) and ordered[at].startswith(start)


def _is_title_shaped(cursor: _Cursor, at: int) -> bool:
    line = cursor.lines[at]
    words = _word_count(line)
    kind = cursor.kind_of(line, template=False)  # a hot story's title recurs in other pages' lists
    if not 2 <= words <= HEADLINE_MAX_WORDS or (kind is not None and not (kind == "read_also" and _WATCH.match(line))):
        return False  # "شاهد.. X" links a video inside an article and opens many a headline
    if _SENTENCE_END.search(line) or is_trail(line) or is_date_line(line) or _BRACKETED.match(line) or is_place_credit(line):
        return False  # "(أبوظبي - البيان)": a place and desk credit in brackets
    if at > 0 and cursor.lines[at - 1].rstrip().endswith(":") and _word_count(cursor.lines[at - 1]) <= 2:
        return False  # the value of a label over two lines ("الموضوع:" / "الانتخابات الرئاسية")
    if at > 0 and _looks_bulleted(line) and (_looks_bulleted(cursor.lines[at - 1]) or cursor.lines[at - 1].rstrip().endswith(":")):
        return False  # an item of a list under its label ("ضيوف الحلقة:" / "- X/ محلل سياسي" / "- Y/ ...")
    return not (_is_body_paragraph(line) and not _is_long_headline(line))


def _read_header(
    cursor: _Cursor, title_at: int | None, lead: int, known_title: str | None
) -> tuple[str | None, str | None, list[str]]:
    """Chrome above the headline; the headline; between it and the lead: a duplicated headline,
    the dateline, bylines, captions, share bars, and any sentence of the article itself."""
    title: str | None = None
    dateline: str | None = None
    early: list[str] = []
    if title_at is not None:
        above = _dateline_above(cursor, title_at, lead)
        while cursor.at < title_at:
            chrome = cursor.peek() or ""
            if cursor.at == above:
                dateline = _without_bullet(cursor.take())
                continue
            cursor.take(cursor.kind_of(chrome) or ("widget" if is_dateline(chrome) else "other"))
        title = cursor.take()
    elif known_title:
        title = known_title
    title_terms = _terms(title) if title else frozenset()
    while cursor.at < lead and (line := cursor.peek()) is not None:
        kind = cursor.kind_of(line)
        if title and _same_text(line, title):
            cursor.take("duplicated_headline")
        elif dateline is None and kind is None and is_dateline(line) and (title_at is not None or _last_date_before(cursor, lead)):
            dateline = _without_bullet(cursor.take())  # with no headline, the date nearest the text is its own
        elif line in cursor.stamps:
            early.append(cursor.take())  # the first update's time
        elif early and early[-1] in cursor.stamps and _is_bare_name(line):
            cursor.take("source_credit")  # its writer
        elif kind is None and cursor.at >= cursor.text_from and _is_early_text(line, early[-1] if early else ""):
            early.append(cursor.take())
        elif kind is None and title_at is None and not known_title:
            cursor.take("widget" if is_dateline(line) else "other")
        else:
            terms = _terms(line)
            guess: SidebarKind = "caption" if terms and title_terms and terms <= title_terms else "other"
            cursor.take(kind or guess)
    return title, dateline, early


def _last_date_before(cursor: _Cursor, lead: int) -> bool:
    return not any(is_dateline(cursor.lines[k]) and cursor.kind_of(cursor.lines[k]) is None for k in range(cursor.at + 1, lead))


@lru_cache(maxsize=16384)
def is_post_time(line: str) -> bool:
    """A social post's time stamp with its audience mark: the post's own date, wherever it stands."""
    match = _POST_AUDIENCE.search(_fold(line))
    if not match:
        return False
    stamp = _fold(line)[: match.start()]
    return bool(_SHORT_AGO.match(stamp)) or is_date_line(stamp)


def _dateline_above(cursor: _Cursor, title_at: int, lead: int) -> int | None:
    """The index of the article's date line printed above its headline, or None.

    The section trail opens an article's own header ("الرئيسية / سياسة", its date, its
    headline): a date line between the trail and the headline, when none follows the headline,
    is the article's date. A date line under menus or search boxes is the site's clock widget,
    and one above a headline that has its own date line under it is the page's."""
    at = title_at - 1
    if at >= 0 and is_post_time(cursor.lines[at]):
        return at  # a post prints its time over its text: "قناة X" / "5 س · 🌐" / the post
    post_date = _post_header_date(cursor, title_at)
    if post_date is not None and not any(is_dateline(cursor.lines[k]) for k in range(title_at + 1, lead)):
        return post_date
    if at < 1 or cursor.kind_of(cursor.lines[at]) is not None or not is_dateline(cursor.lines[at]):
        return None
    if not (is_trail(cursor.lines[at - 1]) or _is_headlines_own_date(cursor, at, lead)):
        return None
    if any(is_dateline(cursor.lines[k]) for k in range(title_at + 1, lead)):
        return None
    return at


POST_HEADER_MAX_LINES = 8  # a forum post's header: its date, number, member box, a greeting


def _post_header_date(cursor: _Cursor, title_at: int) -> int | None:
    """The date of the forum post the headline opens: a date line right over the post's number
    ("قديم 19-02-2018, 05:38 AM" / "#1"), a few lines above the headline."""
    for k in range(title_at - 2, max(-1, title_at - 2 - POST_HEADER_MAX_LINES), -1):
        if _POST_NUMBER.match(cursor.lines[k + 1]) and is_dateline(cursor.lines[k]):
            return k
    return None


def _is_headlines_own_date(cursor: _Cursor, at: int, lead: int) -> bool:
    """A full date right over a headline its lead runs under at once, not under the site's search
    box or menu (its clock); a chat's day ("February 21", no year) is no article's date."""
    return at + 2 == lead and bool(_YEAR.search(cursor.lines[at])) and cursor.kind_of(cursor.lines[at - 1]) != "ui_text"


LIVE_MIN_UPDATES = 3  # update times over paragraphs on one page before it is read as a live blog
NAME_MAX_WORDS = 3


def _update_stamps(cursor: _Cursor) -> frozenset[str]:
    """A live blog's update times: date lines each over an update's text (its paragraph, maybe
    under the writer's name or a picture's caption), three or more on the page. Each is the
    time of a paragraph of the one article, not a widget."""
    lines = cursor.lines
    stamps = set()
    for index, line in enumerate(lines):
        if not is_date_line(line) or _LINK_LINE.match(line):
            continue
        below = [k for k in range(index + 1, min(index + 4, len(lines)))]
        text = next((k for k in below if _is_body_paragraph(lines[k])), None)
        if text is not None and all(_is_bare_name(lines[k]) or cursor.kind_of(lines[k]) == "caption" for k in range(index + 1, text)):
            stamps.add(line)
    return frozenset(stamps) if len(stamps) >= LIVE_MIN_UPDATES else frozenset()


def _is_bare_name(line: str) -> bool:
    """A name alone ("سارة المهيري", "Rami Ayyub"): up to 3 words, no digit, no punctuation."""
    return 1 <= _word_count(line) <= NAME_MAX_WORDS and not _NOT_IN_NAME.search(line) and sidebar_kind(line) is None


def _read_body(cursor: _Cursor, title: str | None) -> list[str]:
    """Body lines in order; in-body chrome becomes sidebars.

    A sidebar block or a run of short lines in the middle (a caption, an "اقرأ أيضاً" line and
    its headlines, a share bar) ends the body only when what follows it is not more of the same
    article: a new headline echoed by the paragraph under it starts another article, a tag or
    source line closes this one.
    """
    body: list[str] = []
    title_terms = _terms(title) if title else frozenset()
    while (line := cursor.peek()) is not None:
        if body and is_message_start(line):
            break  # a chat's next message: what was forwarded ends with its message
        if body and cursor.spoken and _opens_next_story(body, line):
            break  # a bulletin read aloud: "في شأن آخر، ..." opens its next story
        if body and cursor.spoken and _BROADCAST_MARKER.match(line) and not _topic_goes_on(cursor, body):
            break  # a jingle between a bulletin's stories, not a break inside one
        kind = cursor.kind_of(line)
        if kind is None:
            if title and _same_text(line, title):
                cursor.take("duplicated_headline")
            elif not body or _is_sentence(line):
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
            elif body and body[-1] in cursor.stamps and _is_bare_name(line):
                cursor.take("source_credit")  # the update's writer, under its time
            elif is_date_line(line):
                cursor.take("other")
            elif title_terms and len(terms := _terms(line)) >= 2 and terms <= title_terms:
                cursor.take("caption")  # the headline's words under a picture
            elif _is_unechoed_link(cursor, body):
                cursor.take("read_also")  # another article's headline dropped in the text, no cue
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
            if kind == "related_list" or (kind == "read_also" and _LIST_CUE.match(_fold(line))):
                _take_headline_list(cursor, kind, body)
            continue
        if not body or not _goes_on_after(cursor, body):
            break
        cursor.take(kind)
    return body


# Kinds that usually close an article; after them the body goes on only if the article does.
ENDING_KINDS = frozenset({"read_also", "related_list", "tags", "source_credit"})
CLOSING_KINDS = frozenset({"tags", "source_credit"})
# Share of a paragraph's content words already in the body for it to count as the same
# article, when a single headline stands between them (the shape of an appended article).
# Measured: ANT articles resuming after an inline read-also share 0.12-0.31 of their words
# with the body above; the seeds' appended articles share 0.09-0.27, but every one of them
# sits after a tag or source line, which ends the article first.
CONTINUITY_MIN = 0.1
# A headline whose words the paragraph under it echoes (1/3+, like 90% of ANT titles and
# their leads) and which the body above does not (under half that share) opens a new article.
NEW_ARTICLE_ECHO_MIN = 0.34
DATED_ARTICLE_ECHO_MIN = 0.2
UNRELATED_MAX = 0.05  # "nothing in common": a stray shared word at most  # its own date line says much already (ANT titles: 95% echo 0.29+)
GAP_MAX_LINES = 12
# ... and whose paragraph shares little with the body: a cross-heading's section goes on with
# the article's words (ANT: median 0.27 of a paragraph's words are in the body above it), another
# article's lead does not (ANT leads against a random other article: 90% at 0.15 or less).
NEW_ARTICLE_CONTINUITY_MAX = 0.2
# Cross-headings in the team's gold run 2-6 words ("مقطع مصور مثير للجدل"); titles mostly longer.
CROSSHEAD_MAX_WORDS = 7


# How a paragraph that carries an article on opens: a conjunction on a verb or a particle
# ("وقال", "وأضاف", "وفي", "ولم"), a resuming phrase ("بدوره،", "من جهته", "كما", "غير أن").
# Leads do not: in the layout gold and the seeds 1 first paragraph of 1,045 does (a text cut
# mid-article), 3,071 later paragraphs of 4,858 do;
# "وافق", "واصل", "واشنطن" and "وهران" open leads, so a bare "وا" is not one of them.
_CONTINUATION_OPENER = _folded(
    r"^[\W_]*(?:و(?:قال|قالت|أضاف|أضافت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|أصبح|أعلن|أفاد|أظهر|أعرب|اعتبر|تابع|تابعت|كان|كانت|في|من|على|قد|لم|لا|لن|ب|ل|ت|ي|س|ن)"
    r"|بدور(?:ه|ها|هم)|من\s+(?:جهته|جهتها|جانبه|جانبها|ناحيته)|كما\s|فيما\s|غير\s+أن|إلا\s+أن|لكن|فعلى\s+سبيل)"
)


def _carries_on(body: list[str], paragraph: str) -> bool:
    """Does ``paragraph`` carry the body above it on: it opens as later paragraphs do, never as
    a lead, and shares the body's words?"""
    return bool(_CONTINUATION_OPENER.match(_fold(paragraph))) and _shares_topic(body, paragraph)


def _goes_on_after(cursor: _Cursor, body: list[str]) -> bool:
    """Does the article go on after the run of short lines or sidebar block at the cursor?

    Never after a tag or source line: those close an article. Otherwise it goes on at the next
    sentence, unless the headline right above that sentence (and its date line) is the
    sentence's own, echoed by it and new to the body: then another article starts there. After
    a read-also or related cue with a single headline, the sentence must also share the body's
    words (the shape of a titled article appended under a cue).
    """
    ahead, headlines, cues = 0, 0, 0
    while (line := cursor.peek(ahead)) is not None and ahead <= GAP_MAX_LINES:
        kind = cursor.kind_of(line)
        if kind in CLOSING_KINDS and not _BYLINE.match(_fold(line)):
            following = cursor.peek(ahead + 1)
            if not (kind == "source_credit" and following is not None and cursor.kind_of(following) is None and _carries_on(body, following)):
                return False  # a figure's source ("المصدر: بيانات السوق") with the article going on under it is no end
        if kind == "ui_text" and (_COMMENTS.match(_fold(line)) or _REPLY_BUTTON.match(_fold(line))):
            return False  # the comments, or a forum post's reply buttons: the article is over
        if _END_MARK.match(_fold(line)):
            return False  # a release's end mark
        if kind is None and _is_sentence(line) and not _is_long_headline(line):
            break
        cues += kind in ("read_also", "related_list")
        headlines += kind is None and is_headline(line) and not is_date_line(line)
        ahead += 1
    else:
        return False
    following = cursor.peek(ahead) or ""
    above = _headline_above(cursor, ahead)
    if _carries_on(body, following):
        return True  # "وقال الحارثي ..." under a read-also link goes on with the article
    if above >= 0 and _opens_article(cursor.peek(above) or "", cursor, ahead, body):
        return False
    if cues and headlines == 1:  # the shape of a titled article under a cue, unless it carries on
        return _shares_topic(body, following) or bool(_CONTINUATION_OPENER.match(_fold(following)))
    return True


LINK_MIN_WORDS = 5
_HARAKAT = re.compile("[\u064b-\u0652]")
VERSE_MIN_HARAKAT = 4  # headlines are not vowelled; quoted verse is (ant_inline_boilerplate's poems)


def _is_unechoed_link(cursor: _Cursor, body: list[str]) -> bool:
    """A headline of 5+ words inside the article that shares no word with the body above nor
    with the paragraph under it: a link to another article, not a cross-heading (those
    announce their section: "مقطع مصور مثير للجدل" over a paragraph about the video)."""
    line = cursor.peek() or ""
    if _word_count(line) < LINK_MIN_WORDS or not is_headline(line):
        return False
    if (body and body[-1].rstrip().endswith(":")) or len(_HARAKAT.findall(line)) >= VERSE_MIN_HARAKAT:
        return False  # a verse or a quote the article introduces, vowelled as poetry is
    terms = _terms(line)
    following = next(
        (n for k in range(1, GAP_MAX_LINES) if (n := cursor.peek(k)) is not None and cursor.kind_of(n) is None and _is_sentence(n)),
        "",
    )
    return bool(terms) and not terms & _terms_of(body) and _echo(terms, _terms(following)) == 0.0


def _opens_article(headline: str, cursor: _Cursor, at: int, body: list[str]) -> bool:
    """Is ``headline`` (right above the paragraph at cursor+at) the title of another article?"""
    if cursor.kind_of(headline) is not None or not is_headline(headline) or is_date_line(headline):
        return False
    terms = _terms(headline)
    if len(terms) < 2 or _word_count(headline) < TITLE_LONG_WORDS:
        return False  # "روايات وهمية": two words over a section are a cross-heading
    lead = cursor.peek(at) or ""
    echo = _echo(terms, _terms_of(line for line in (lead, cursor.peek(at + 1)) if line))
    known_terms = _terms_of(body)
    known = len(terms & known_terms) / len(terms)
    lead_terms = _terms(lead)
    continuity = len(lead_terms & known_terms) / len(lead_terms) if lead_terms else 0.0
    if echo >= DATED_ARTICLE_ECHO_MIN and _is_dated_lead(cursor, at):
        return True  # a headline with its own date line, echoed by its lead: never a cross-heading
    if _CONTINUATION_OPENER.match(_fold(lead)) and echo < NEW_ARTICLE_ECHO_MIN:
        return False  # "وقال الحارثي ..." carries an article on; a link above it that it does not echo is no title of its
    if at == 1 and known == 0.0 and continuity < UNRELATED_MAX and body and _is_sentence(body[-1]):
        return True  # paragraph, headline, paragraph with nothing in common: another article
    # a short headline is as likely a cross-heading: it needs a paragraph that shares even less
    cap = NEW_ARTICLE_CONTINUITY_MAX if _word_count(headline) >= CROSSHEAD_MAX_WORDS else CONTINUITY_MIN
    return echo >= NEW_ARTICLE_ECHO_MIN and known < echo / 2 and continuity < cap


def _opens_next_story(body: list[str], line: str) -> bool:
    """A spoken transition ("في شأن آخر، ...") and, after it, words the body above does not share."""
    transition = _NEXT_STORY.match(_fold(line))
    return transition is not None and not _shares_topic(body, _fold(line)[transition.end() :])


def _topic_goes_on(cursor: _Cursor, body: list[str]) -> bool:
    """Does the next paragraph after the cursor's furniture share the body's words?"""
    following = next(
        (n for k in range(1, GAP_MAX_LINES) if (n := cursor.peek(k)) is not None and cursor.kind_of(n) is None and _is_sentence(n)),
        None,
    )
    return following is None or _shares_topic(body, following)


def _shares_topic(body: list[str], paragraph: str) -> bool:
    words = _terms(paragraph)
    if not words:
        return False
    known = _terms_of(body)
    return len(words & known) / len(words) >= CONTINUITY_MIN


def _take_embedded_post(cursor: _Cursor, body: list[str]) -> None:
    """An embed marker line, the marker lines right under it (the post's signature), and the
    post's text right above it (foreign-script lines, or a line that is no sentence) form one post."""
    marker = cursor.take()
    post = [marker]
    while (line := cursor.peek()) is not None and cursor.kind_of(line) == "embedded_post":
        post.append(cursor.take())
    if len(body) > 1 and _is_mostly_latin(body[-1]):
        while len(body) > 1 and _is_mostly_latin(body[-1]) and len(post) < 6:
            post.insert(0, body.pop())  # an English post inside an Arabic article
    elif len(body) > 1 and not _is_sentence(body[-1]) and _word_count(body[-1]) <= EMBED_MAX_WORDS:
        post.insert(0, body.pop())
    cursor.sidebars.append(Sidebar(kind="embedded_post", text="\n".join(post)))


def _read_tail(cursor: _Cursor, main_body: list[str]) -> list[ArticleParts]:
    """After the body: sidebar blocks, and whole articles appended under the main one."""
    appended: list[ArticleParts] = []
    printed = frozenset(_fold(paragraph) for paragraph in main_body if _is_body_paragraph(paragraph))
    while (line := cursor.peek()) is not None:
        kind = cursor.kind_of(line)
        if kind is None and _fold(line) in printed:
            cursor.take("other")  # the article's own paragraph again: a reply quoting it
        elif kind == "read_also" and _WATCH.match(line) and _is_body_paragraph(cursor.peek(1) or "") and _echo(
            _terms(line), _terms(cursor.peek(1) or "")
        ) >= NEW_ARTICLE_ECHO_MIN:
            appended.append(_read_appended(cursor, titled=True))  # "شاهد.. X" over its own article
        elif kind == "read_also" and _is_bare_cue(line) and _starts_article(cursor, 1):
            cursor.take("read_also")
            appended.append(_read_appended(cursor))
        elif kind in ("read_also", "related_list"):
            cursor.take(kind)
            _take_headline_list(cursor, kind)
        elif _ABOUT.match(_fold(line)):
            _take_about_block(cursor)
        elif kind is not None:
            cursor.take(kind)
        elif is_post_time(line) and _starts_article(cursor, 1):
            stamp = _without_bullet(cursor.take())
            post = _read_appended(cursor)  # the next post, under its time
            appended.append(post if post.dateline else replace(post, dateline=stamp))
        elif _starts_article(cursor, 0):
            appended.append(_read_appended(cursor))
        elif _is_full_date_over_headline(cursor):
            date = _without_bullet(cursor.take())
            article = _read_appended(cursor)  # its date over its title, as over the main one
            appended.append(article if article.dateline else replace(article, dateline=date))
        else:
            cursor.take("widget" if is_date_line(line) else "other")
    return appended


def _is_full_date_over_headline(cursor: _Cursor) -> bool:
    """A date with its year right over a headline with its paragraph right under it."""
    date, title, lead = cursor.peek() or "", cursor.peek(1) or "", cursor.peek(2) or ""
    if not (is_date_line(date) and _YEAR.search(date)) or cursor.kind_of(title) is not None or cursor.kind_of(lead) is not None:
        return False
    return is_headline(title) and not is_date_line(title) and not _is_body_paragraph(title) and _is_body_paragraph(lead)


def _take_about_block(cursor: _Cursor) -> None:
    """An issuer's "about" heading and its standing paragraphs, up to the next titled article."""
    cursor.take("other")
    while (line := cursor.peek()) is not None and cursor.kind_of(line) is None and not _is_headline_over_text(cursor):
        cursor.take("other")


def _is_headline_over_text(cursor: _Cursor) -> bool:
    first = cursor.peek() or ""
    return is_headline(first) and not _is_body_paragraph(first) and _starts_article(cursor, 0)


def _read_appended(cursor: _Cursor, titled: bool = False) -> ArticleParts:
    outer = cursor.sidebars
    cursor.sidebars = []
    first = cursor.peek() or ""
    headline = is_headline(first) and (_is_long_headline(first) or not _is_body_paragraph(first))
    title: str | None = cursor.take() if titled or headline else None
    dateline = None
    for _ in range(_meta_lines(cursor, 0) if title is not None else 0):
        if dateline is None and is_dateline(cursor.peek() or ""):
            dateline = _without_bullet(cursor.take())
        else:
            cursor.take(cursor.kind_of(cursor.peek() or "") or "other")
    if title is None and is_dateline(cursor.peek() or ""):
        dateline = _without_bullet(cursor.take())
    paragraphs = _read_body(cursor, title)
    inner = tuple(cursor.sidebars)
    cursor.sidebars = outer
    cursor.sidebars.append(Sidebar(kind="appended_article", text=title or paragraphs[0]))
    if title is None:
        return ArticleParts(_title_from(paragraphs[0]), dateline, tuple(paragraphs), inner, True)
    return ArticleParts(title, dateline, tuple(paragraphs), inner)


# A headline's own lines between it and its lead: its date line, its link (a feed item prints
# "headline / address / date") and its place-and-outlet credit, at most this many.
META_MAX_LINES = 4  # a blog theme prints four: byline, date, reading time, views


ISSUER_MAX_WORDS = 8


def _is_meta_line(cursor: _Cursor, line: str) -> bool:
    if _LINK_LINE.match(line) or is_place_credit(line):
        return True
    folded = _fold(line)
    if _COUNTER.match(folded) or (_BYLINE.match(folded) and _word_count(line) <= BYLINE_MAX_WORDS):
        return True  # its reading time, its views, its writer
    if _PLACE_COLON_CREDIT.match(line) and cursor.kind_of(line) is None:
        return True  # a print byline: "دبي: حسين الحمادي", "الشارقة: «الخليج»"
    if _SOURCE.match(folded) and _word_count(line) <= ISSUER_MAX_WORDS:
        return True  # a release's issuer ("Source: X", "مصدر البيان: X") between its title and date
    if _BY_AUTHOR.match(folded) and not is_date_line(line):
        return True  # "بواسطة فريق التحرير" alone (with a date, "بواسطة admin | 12 مارس" is the date line)
    return is_dateline(line) and cursor.kind_of(line) is None


@lru_cache(maxsize=16384)
def is_place_credit(line: str) -> bool:
    """"بيروت - لبنان 24": where the story was filed and who filed it (not a score, not a date)."""
    return bool(_PLACE_CREDIT.match(line)) and not is_date_line(line) and not _SCORE.search(line)


def _meta_lines(cursor: _Cursor, ahead: int) -> int:
    """How many of a headline's own lines (date, link, credit, counters) start at cursor+ahead."""
    count = 0
    while count < META_MAX_LINES and (line := cursor.peek(ahead + count)) is not None:
        if not (_is_meta_line(cursor, line) or _is_outlet_over_date(cursor, ahead + count)):
            break
        count += 1
    return count


OUTLET_MAX_WORDS = 3


def _is_outlet_over_date(cursor: _Cursor, at: int) -> bool:
    """A bare name of up to 3 words right over a date line ("الاقتصادية" / "2018/03/18 22:17"):
    the outlet or writer a headline's own lines name, never a cross-heading (those run into text)."""
    line, below = cursor.peek(at), cursor.peek(at + 1)
    if line is None or below is None or _word_count(line) > OUTLET_MAX_WORDS or _NOT_IN_OUTLET.search(line):
        return False
    return cursor.kind_of(line) is None and is_date_line(below) and cursor.kind_of(below) is None


def _is_dated_lead(cursor: _Cursor, at: int) -> bool:
    """Is the paragraph at cursor+at under a headline's date line (its link may sit between)?"""
    for k in range(at - 1, max(-1, at - 1 - META_MAX_LINES), -1):
        line = cursor.peek(k) or ""
        if is_date_line(line):
            return True
        if not (_LINK_LINE.match(line) or is_place_credit(line)):
            return False
    return False


def _headline_above(cursor: _Cursor, at: int) -> int:
    """Offset of the line above the paragraph at cursor+at once the headline's own lines are skipped."""
    above = at - 1
    for _ in range(META_MAX_LINES):
        if above > 0 and (_is_meta_line(cursor, cursor.peek(above) or "") or _is_outlet_over_date(cursor, above)):
            above -= 1
    return above


def _starts_article(cursor: _Cursor, ahead: int) -> bool:
    """A headline (and its date line) followed by a real paragraph, or a real paragraph."""
    first = cursor.peek(ahead)
    if first is None or cursor.kind_of(first) is not None:
        return False
    if _is_body_paragraph(first):
        return True
    if not is_headline(first) or is_date_line(first):
        return False
    second = cursor.peek(ahead + 1 + _meta_lines(cursor, ahead + 1))
    if second is None or is_message_start(second):
        return False  # a chat message's title is over its own text, not over the next message
    return cursor.kind_of(second) is None and _is_body_paragraph(second)


def _take_headline_list(cursor: _Cursor, kind: SidebarKind, body: list[str] | None = None) -> None:
    """Headlines listed under a read-also or related cue, until something else starts."""
    while (line := cursor.peek()) is not None:
        if cursor.kind_of(line) is not None or not is_headline(line) or _is_body_paragraph(line):
            return
        if _starts_article(cursor, 0) and not _looks_bulleted(line):
            if body is None:
                return  # a titled article starts here: the tail decides what it is
            if _opens_article(line, cursor, 1 + _meta_lines(cursor, 1), body):
                return
        cursor.take(kind)


def _is_bare_cue(line: str) -> bool:
    """A cue line with nothing after it ("إقرأ أيضاً:"), as opposed to a glued headline."""
    return _word_count(line) <= 3


def _is_body_paragraph(line: str) -> bool:
    words = _word_count(line)
    if words >= PARAGRAPH_MIN_WORDS and _PARAGRAPH_END.search(line):
        return True
    return words >= LONG_PARAGRAPH_WORDS and bool(_COMMA.search(line))


_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.\-)–]|[-–•*·▪●◦])\s*\S|^[^:]{2,30}:\s*\S+(?:\s+\S+)+")


def _is_list_run(cursor: _Cursor) -> bool:
    """A list the article ends with: an introducing line ending in ":" or enumerated items
    ("1. أبل (214 مليار دولار)"), two or more "label: value" lines ("الحارس: منير المحمدي")."""
    line = cursor.peek() or ""
    if line.rstrip().endswith(":") and _word_count(line) >= 3 and not _is_title_like_label(line):
        following = cursor.peek(1)
        return following is not None and cursor.kind_of(following) is None and _is_list_item(following)
    if not _is_list_item(line):
        return False
    if _NUMBERED.match(line):
        return True
    neighbours = [cursor.peek(1), cursor.lines[cursor.at - 1] if cursor.at > 0 else None]
    return any(n is not None and cursor.kind_of(n) is None and _is_list_item(n) for n in neighbours)


LIST_ITEM_MAX_WORDS = 15


def _is_list_item(line: str) -> bool:
    return len(_WORD.findall(line)) <= LIST_ITEM_MAX_WORDS and bool(_LIST_ITEM.match(line))


def _continues_list(cursor: _Cursor, body: list[str]) -> bool:
    """A short line under a line introducing a list ("وفيما يلي تسلسل لأبرز الأحداث:") or
    under an item of it: the list's next item, even unnumbered."""
    line = cursor.peek() or ""
    if not body or cursor.at == 0 or body[-1] != cursor.lines[cursor.at - 1]:
        return False  # only right under the article's own lines
    if is_date_line(line) or _is_sentence(line) or len(_WORD.findall(line)) > LIST_ITEM_MAX_WORDS:
        return False
    introduced = [b for b in body if b.rstrip().endswith(":") and _word_count(b) >= 3]
    return bool(introduced) and all(
        not _is_sentence(b) and len(_WORD.findall(b)) <= LIST_ITEM_MAX_WORDS for b in body[body.index(introduced[-1]) + 1 :]
    )


def _closes_with_intro(cursor: _Cursor, body: list[str]) -> bool:
    """A sentence of 6+ words ending in ":" right after the body, and no more text: the article's
    last line, its list lost in scraping ("وأوضحت الدراسة العوامل ..., وهي:")."""
    line = cursor.peek() or ""
    if not (line.rstrip().endswith(":") and _word_count(line) >= 6 and body and _is_sentence(body[-1])):
        return False
    following = cursor.peek(1)
    return following is None or cursor.kind_of(following) is not None or not _is_sentence(following)


def _is_title_like_label(line: str) -> bool:
    return _word_count(line) <= 2


def _is_early_text(line: str, previous: str) -> bool:
    """A line between the headline and the lead that is article text: a sentence, a sentence
    introducing what follows ("... قيل فيه:"), or a line of 8+ words right after such an
    introduction (a verse, a quote); a long headline in a ticker is none of these."""
    if is_dateline(line) or is_trail(line):
        return False
    words = _word_count(line)
    if _is_body_paragraph(line) or (words >= 8 and previous.rstrip().endswith(":")) or (words >= 5 and _is_sentence(line)):
        return True
    return words >= 5 and bool(_ENDS_STOP_OR_COLON.search(line)) and not _TRAILS_OFF.search(line)


CLAUSE_SENTENCE_WORDS = 16


def _is_sentence(line: str) -> bool:
    """A paragraph, or a short sentence of one ("كما نظمت كندا البطولة عام 2015."); not a
    headline trailing off in "...", nor one that ends in "?" or "!" ("السعودية.. ويل للمتحرشين!!")."""
    if _is_body_paragraph(line):
        return True
    words = _word_count(line)
    if words >= CLAUSE_SENTENCE_WORDS and _CLAUSE_BREAK.search(line):
        return True  # a clause break in a line longer than headlines run: prose scraped without its stop
    return words >= 3 and bool(_ENDS_STOP.search(line)) and not _TRAILS_OFF.search(line)


def _looks_bulleted(line: str) -> bool:
    return bool(_BULLETED.match(line))


def _is_mostly_latin(line: str) -> bool:
    latin = len(_LATIN.findall(line))
    return latin > 3 * len(_ARABIC.findall(line))


def _same_text(a: str, b: str) -> bool:
    return _fold(_without_bullet(a)) == _fold(_without_bullet(b))


_BULLET_PREFIX = re.compile(_BULLET)


def _without_bullet(line: str) -> str:
    return _BULLET_PREFIX.sub("", line)


@lru_cache(maxsize=16384)
def _terms(text: str) -> frozenset[str]:
    """Content terms of a text, from its matching form: a line's is folded once for all tests."""
    from agents.text.terms import folded_content_terms

    return frozenset(folded_content_terms(_fold(text)))


def _terms_of(lines: Iterable[str]) -> frozenset[str]:
    """Content terms of lines read together: the union of each line's own, as no word runs
    across a line break or a space (a body's terms, no longer its joined text folded anew)."""
    return frozenset().union(*map(_terms, lines))


def _title_from(paragraph: str) -> str:
    """A title for an untitled article: its first sentence, cut to a headline's length."""
    first_sentence = _SENTENCE_BREAK.split(paragraph, maxsplit=1)[0]
    words = first_sentence.split()
    return " ".join(words[:HEADLINE_MAX_WORDS]) + (" …" if len(words) > HEADLINE_MAX_WORDS else "")


@lru_cache(maxsize=16384)
def _word_count(line: str) -> int:
    """Words of a line: asked of each line by most of the tests above, counted once."""
    return len(line.split())



# ------------------------------------------------------------------------- template memory
# A live wire sees many pages of each source: a line printed on many of them, under stories
# that have nothing to do with each other, is the source's template (its menus, taglines,
# prompts, disclaimers), wherever it stands on the page. No page-by-page extractor knows this.
TEMPLATE_WINDOW_PAGES = 200  # pages of one source a line's evidence is kept for
TEMPLATE_MIN_STORIES = 3  # distinct stories a line must be printed under to be template
TEMPLATE_MAX_WORDS = 25  # longer lines (a paragraph, another article's lead) never are
TEMPLATE_SAME_STORY = 0.2  # share of topic words two pages have in common to be one story
TEMPLATE_MAX_LINES = 5000  # lines remembered per source, least recently seen dropped first
TEMPLATE_MAX_SOURCES = 1000  # sources remembered, least recently seen dropped first
TOPIC_TERMS = 12
TEMPLATE_RECORD_VERSION = 1  # of source_to_bytes' layout; another one is read as empty
# Deflate level of a source's record: 1 writes a full one (5,000 lines, 480 topics, BBC) in 4 ms
# at 160 KB; 6 takes 24 ms for 122 KB, and the worker's event loop does it.
TEMPLATE_RECORD_DEFLATE = 1


@dataclass(frozen=True)
class PageLines:
    """What the memory needs of one page: its source, its candidate lines (matching forms) and
    its topic (content words of its longest lines). The splitter's process makes it, and the
    memory observes it in stream order."""

    source: str
    lines: tuple[str, ...]
    topic: frozenset[str]


def page_lines(source: str, text: str) -> PageLines:
    """The record of one page: short lines in matching form, and its topic: the content words
    of its longest lines (the lead and the paragraphs, which tell what the page is about)."""
    raw = [line for line in clean_display(text).split("\n") if line]
    keys = tuple(dict.fromkeys(_fold(line) for line in raw if _word_count(line) <= TEMPLATE_MAX_WORDS))
    prose = [line for line in raw if _word_count(line) >= PARAGRAPH_MIN_WORDS] or raw
    longest = sorted(prose, key=_word_count, reverse=True)[:3]
    terms = sorted(_terms(" ".join(longest)), key=len, reverse=True)[:TOPIC_TERMS]
    return PageLines(source, keys, frozenset(terms))


@dataclass
class _LineEvidence:
    last_page: int
    topics: list[frozenset[str]]


@dataclass
class _SourceMemory:
    pages: int = 0
    lines: dict[str, _LineEvidence] = field(default_factory=dict)
    # The lines printed under enough stories: the only ones ``template_lines`` has to look at.
    template: set[str] = field(default_factory=set)


class TemplateMemory:
    """Bounded counts of the lines each source prints, per story. ``observe`` one page at a
    time, in stream order; ``template_lines(source)`` is what the splitter then drops.

    A line becomes template once it has been printed under TEMPLATE_MIN_STORIES pages whose
    topics are pairwise different (under TEMPLATE_SAME_STORY of shared words): a line repeated
    by one story's pages (its follow-ups quote the same background) never counts twice.

    One source's memory goes to bytes and back (``source_to_bytes``, ``restore``), for a table
    that keeps it; a restored source is read back from its bytes when first asked for.
    """

    def __init__(self, window: int = TEMPLATE_WINDOW_PAGES, min_stories: int = TEMPLATE_MIN_STORIES) -> None:
        self.window = window
        self.min_stories = min_stories
        self._sources: dict[str, _SourceMemory | bytes] = {}  # least recently observed first

    def observe(self, page: PageLines) -> tuple[str, ...]:
        """Count one page's lines; the sources forgotten to make room for it (least recently
        observed first, over TEMPLATE_MAX_SOURCES) are returned."""
        memory = self._memory(page.source) or _SourceMemory()
        self._sources.pop(page.source, None)
        self._sources[page.source] = memory  # most recently seen last
        forgotten: list[str] = []
        while len(self._sources) > TEMPLATE_MAX_SOURCES:
            oldest = next(iter(self._sources))
            del self._sources[oldest]
            forgotten.append(oldest)
        memory.pages += 1
        for key in page.lines:
            evidence = memory.lines.pop(key, None)
            if evidence is None or memory.pages - evidence.last_page > self.window:
                evidence = _LineEvidence(memory.pages, [])
                memory.template.discard(key)
            evidence.last_page = memory.pages
            if len(evidence.topics) < self.min_stories and all(
                _overlap(page.topic, topic) < TEMPLATE_SAME_STORY for topic in evidence.topics
            ):
                evidence.topics.append(page.topic)
                if len(evidence.topics) >= self.min_stories:
                    memory.template.add(key)
            memory.lines[key] = evidence
        while len(memory.lines) > TEMPLATE_MAX_LINES:
            oldest = next(iter(memory.lines))
            del memory.lines[oldest]
            memory.template.discard(oldest)
        return tuple(forgotten)

    def template_lines(self, source: str) -> frozenset[str]:
        memory = self._memory(source)
        if memory is None:
            return frozenset()
        return frozenset(key for key in memory.template if memory.pages - memory.lines[key].last_page <= self.window)

    def sources(self) -> tuple[str, ...]:
        """The sources remembered, least recently observed first."""
        return tuple(self._sources)

    def source_to_bytes(self, source: str) -> bytes:
        """One source's memory, compact: only the lines still inside the window (the others
        count as never seen), their pages as ages, each page topic once; JSON, deflated."""
        memory = self._memory(source) or _SourceMemory()
        topics: dict[frozenset[str], int] = {}
        lines = []
        for key, evidence in memory.lines.items():
            if memory.pages - evidence.last_page <= self.window:
                numbers = [topics.setdefault(topic, len(topics)) for topic in evidence.topics]
                lines.append([key, memory.pages - evidence.last_page, numbers])
        record = {"v": TEMPLATE_RECORD_VERSION, "pages": memory.pages, "topics": [sorted(t) for t in topics],
                  "lines": lines}
        return zlib.compress(orjson.dumps(record), TEMPLATE_RECORD_DEFLATE)

    def restore(self, source: str, data: bytes) -> None:
        """Take back a source's memory from ``source_to_bytes`` (read when first asked for),
        as the most recently observed source."""
        self._sources.pop(source, None)
        self._sources[source] = data

    def _memory(self, source: str) -> _SourceMemory | None:
        memory = self._sources.get(source)
        if isinstance(memory, bytes):
            memory = self._sources[source] = self._from_bytes(memory)  # keeps its place in the order
        return memory

    def _from_bytes(self, data: bytes) -> _SourceMemory:
        record = orjson.loads(zlib.decompress(data))
        if record.get("v") != TEMPLATE_RECORD_VERSION:
            return _SourceMemory()  # an older layout: start over (it is a heuristic's evidence)
        topics = [frozenset(terms) for terms in record["topics"]]
        memory = _SourceMemory(pages=record["pages"])
        for key, age, numbers in record["lines"]:
            memory.lines[key] = _LineEvidence(memory.pages - age, [topics[n] for n in numbers])
            if len(numbers) >= self.min_stories:
                memory.template.add(key)
        return memory


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0
