"""Cue phrases and line patterns of news pages, matched on a line's matching form.

The lexicons the splitter reads lines with: cues that open a sidebar block ("اقرأ أيضاً",
"المصدر:", "كلمات دلالية:", "Read more"), the furniture of families of pages (share bars, a forum's
member boxes, a results list's controls, live badges, a transcript's markers, a markets page's
boxes, a release's end mark), date and credit forms, and the small shapes of a line (its stops,
bullets, numbers), each compiled once. Written as printed, matched on ``fold_line``'s form. Whole
classes of pages, never one outlet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agents.text.normalization import matching_form
from agents.text.phrases import Phrases

# Lexicons are written as printed and matched on the matching form: fold their letters alike.
_FOLD_LETTERS = str.maketrans("أإآىئةؤ", "اااييهو")


def _folded(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.translate(_FOLD_LETTERS))


# A page's lines are looked at several times each (kind, shape, date, trail); fold each once.
# Bounded: a wire's chrome lines recur, its article lines mostly do not.
fold_line = lru_cache(maxsize=16384)(matching_form)


# A headline is at most this many words; seed titles run 8-18 words, appended-article
# titles 6-14. A paragraph is a sentence: 12+ words ending in a stop (seed 001's appended
# lead has 17), or a long run with commas. Glued read-also headlines have neither.
HEADLINE_MAX_WORDS = 25
PARAGRAPH_MIN_WORDS = 12
LONG_PARAGRAPH_WORDS = 30
CAPTION_MAX_WORDS = 20

# Bullets, and the pictographs mobile pages put before a cue ("📌 اقرأ أيضاً", "🔔 تابعوا").
BULLET = r"^[\s\-–•*·▪●◦>\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f300-\U0001faff]*"

# Cue phrases, matched on the matching form (hamza, ta marbuta and case folded).
READ_ALSO = re.compile(
    BULLET
    + r"(?:(?:اقرا|طالع|شاهد|تابع)\s*(?:ايضا|كذلك|المزيد|مدونه)|(?:اقرا|طالع|شاهد)\s*(?::|\||\.\.)|ايضا\s*:"
    r"|للمزيد\b|(?:المقال|الخبر|الموضوع)\s+(?:التالي|السابق)|(?:المقاله|التدوينه|المشاركه)\s+(?:التاليه|السابقه)|التالي\s*[:'›»]?\s*$)|^(?:read|see)\s+(?:more|also)\b|^watch\s*:"
    r"|^(?:next|previous)(?:\s+(?:article|story|post))?\s*(?::|['›»]\s*$)|^(?:next|previous|older|newer)\s+post\s*$|^(?:article\s+)?suivant\s*(?::|['›»]\s*$)|^(?:lire|voir)\s+(?:aussi|également|plus)\b"
    r"|^(?:lee|lea|leer|ver|mira)\s+(?:también|además)\b|^(?:también\s+)?(?:te|le)\s+puede\s+interesar\b"  # Spanish
    # one related article's cue over its link ("مقال ذو صلة", "ذو صلة", "Related article", "Article lié"), and a
    # courts desk's next case ("القضية التالية", "Next case", "Affaire suivante")
    r"|^(?:(?:(?:مقال|خبر|موضوع|تقرير)\s+)?(?:ذو|ذا|ذي)\s+(?:صله|علاقه)|related\s+(?:article|story|post)|article\s+(?:lié|connexe)"
    r"|(?:ال)?(?:قضيه|دعوي)\s+(?:ال)?(?:تاليه|سابقه)|(?:next|previous)\s+case|affaire\s+(?:suivante|précédente))\s*:?\s*$"
    r"|^(?:ذو|ذا|ذي)\s+(?:صله|علاقه)\s*:\s*\S|^related\s*:\s*\S"  # the cue glued to its link: "ذو صلة: X", "Related: X"
    # a columnist's other columns: "للكاتب نفسه: ...", "By the same author", "Du même auteur"
    r"|(?:لل|من\s+مقالات\s+ال)كاتب(?:ه)?\s+(?:نفسه|نفسها|ذاته|ذاتها)|^(?:more\s+)?by\s+the\s+same\s+(?:author|writer)|^du\s+même\s+auteur"
    # a fact-checking site's next check: "التحقق التالي", "تحقق آخر", "Next fact-check"
    r"|^(?:ال)?تحقق\s+(?:ال)?(?:تالي|اخر)\s*:?$|^(?:next|another)\s+(?:fact[\s-]?)?check\s*:?$|^(?:vérification|fact-check)\s+suivante?\s*:?$"
)
# The cue over a site's next item: what follows it is another article, not the text going on
# ("التالي", "الخبر التالي", "Next story", "Article suivant").
NEXT_ITEM_CUE = re.compile(
    BULLET
    + r"(?:(?:ال)?(?:مقال|خبر|موضوع|مقاله|تدوينه|مشاركه|قضيه|تحقق)\s+)?(?:ال)?تالي(?:ه)?\s*[:'\"›»]?\s*$"
    r"|^(?:next|article\s+suivant|suivant)(?:\s+(?:article|story|post|case))?\s*[:'\"›»]?\s*$"
)
WATCH = re.compile(BULLET + r"شاهد\s*\.\.")
# "اقرأ أيضاً" introduces a list (its first item often glued to it); "للمزيد: X" is one link,
# and a short line after it is the article's next cross-heading (France 24's pattern).
LIST_CUE = re.compile(BULLET + r"(?:اقرا|طالع|شاهد)\s*(?:ايضا|كذلك)|^(?:read|see)\s+also\b")
RELATED = re.compile(
    BULLET
    + r"(?:(?:ال)?(?:مقالات|اخبار|مواضيع|موضوعات|قصص)\s+(?:ال)?(?:مشابهه|متشابهه|ذات صله|متعلقه|مقترحه|قد تهمك)|قد\s+(?:يهمك|يعجبك)"
    r"|(?:ال)?اكثر\s+(?:قراءه|مشاهده|تعليقا|تداولا|ارسالا)|(?:اخر|احدث)\s+(?:الاخبار|الاخبار|المقالات|التحققات)\s*:?$|(?:[^\s:]+\s+)?ذات\s+(?:صله|علاقه)\s*:?$"
    r"|اخترنا\s+لك|نرشح\s+لك|ننصحك\s+بقراءه|يهمك\s+ايضا|related(?:\s+(?:articles|stories|news|posts))?\s*:?$"
    r"|more\s+(?:from|stories|on this)|you may also like"
    # a recommendation box: "المزيد من DW", "DW توصي", "Recommended", "Plus de France 24"
    r"|(?:المزيد\s+من|[^\s.:،,]+\s+(?:توصي|يوصي|تقترح|ترشح))(?:\s+[^\s.:،,]+){0,2}\s*:?$|نوصي\s+(?:لك|بقراءه)"
    r"|recommended(?:\s+(?:for\s+you|stories|articles|reading))?\s*:?$|we\s+recommend|(?:plus|davantage)\s+de\s+\S+(?:\s+\S+)?\s*:?$"
    r"|(?:articles\s+)?recommandés?(?:\s+pour\s+vous)?\s*:?$|à\s+lire\s+aussi"
    # a digest's briefs: "باختصار", "في سطور", "أخبار أخرى", "ماذا يحدث أيضاً؟", "In brief", "En bref"
    r"|(?:باختصار|في\s+سطور|(?:ال)?(?:اخبار|مقالات|قصص|مواضيع)\s+(?:ال)?اخري|ماذا\s+(?:يحدث|حدث)\s+(?:ايضا|كذلك)"
    r"|in\s+brief|(?:the\s+)?briefs?|other\s+(?:news|stories|headlines)|also\s+in\s+(?:the\s+)?news|what\s+else\s+(?:is\s+)?happening"
    r"|en\s+bref|autres\s+(?:articles|actualités|titres))\s*[:؟?]?\s*$)"
)
SOURCE = re.compile(BULLET + r"(?:المصدر|مصدر الخبر|مصدر البيان|source)\b\s*:?")
# A sources list: its heading alone ("المصادر", "Sources") and its items, a cited title in quotes,
# a dash, the outlet and the date ("«X» — رويترز، 21 فبراير 2018").
SOURCES_HEADING = _folded(
    r"^\W*(?:(?:ال)?(?:مصادر|مراجع|هوامش|احالات|حواشي)(?:\s+(?:ال)?تحقق)?|(?:our\s+)?sources(?:\s+used)?|references|notes|footnotes|endnotes"
    r"|(?:nos\s+)?sources|références|bibliographie|bibliography)\W*$"
)
CITATION = re.compile(r"^\W*[«\"“][^«»\"“”]{3,}[»\"”]\s*[—–-]\s*\S")
# A note of a paper's notes, at the foot of its page or in the list under its text: its number
# ("(1)", "[1]", "1"), the cited title in quotes, then the outlet, the date, perhaps the link.
NOTE = re.compile(r"^\s*(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}[.)\-–]?)\s*[«\"“][^«»\"“”]{3,}[»\"”]\s*[،,.:—–-]\s*\S")
NOTE_MAX_WORDS = 50
# A note's mark glued after a sentence's stop ("... لوزارة المالية.(3)", "... نفسها.[1]"): still its end.
_NOTE_MARK = r"(?:\s*(?:\(\d{1,3}\)|\[\d{1,3}\]))?"
# "Read the story at its source": a link out that closes the article, like a source line.
SOURCE_LINK = _folded(
    BULLET + r"(?:اقرا|تابع|طالع|شاهد)\s+(?:الخبر|المقال|القصه|التقرير)\s+(?:كاملا\s+)?(?:من|في|على|عبر)\s+(?:المصدر|سياقه|الموقع|موقع)"
    r"|(?:الخبر|المقال)\s+(?:من|في)\s+(?:المصدر|سياقه)|read\s+(?:the\s+)?(?:full\s+)?(?:story|article)\s+(?:at|on|in)\b"
    # a digest's story cut short, with its link to the rest on the site: "أكمل القراءة على موقعنا ←",
    # "اقرأ القصة كاملة", "التفاصيل على الموقع", "Read the full story", "Lire la suite sur ..."
    r"|" + BULLET + r"(?:(?:اكمل|تابع|واصل)\s+(?:ال)?قراءه\s+(?:علي|في|عبر)\s+(?:ال)?موقع|اقرا\s+(?:ال)?(?:قصه|خبر|مقال|تقرير)\s+(?:كامل|كامله|كاملا|بالكامل)"
    r"|(?:ال)?تفاصيل\s+(?:الكامله\s+)?(?:علي|في|عبر)\s+(?:ال)?موقع|read\s+(?:the\s+)?(?:full|whole|rest\s+of\s+the)\s+(?:story|article)"
    r"|continue\s+reading\s+(?:on|at)\b|lire\s+la\s+suite\s+sur\b)"
    # a post copied from where it first appeared, which it names: "Originally published at X on ...",
    # "Publié à l'origine sur X", "نُشر في الأصل على X"
    r"|" + BULLET + r"(?:(?:originally|first)\s+(?:published|posted|appeared)\s+(?:at|on|in)\b|(?:publié|paru)\s+(?:à\s+l'origine|initialement|d'abord)\s+(?:sur|dans)\b"
    r"|(?:نشر|نشرت|ظهر|ظهرت)\s+(?:هذه\s+التدوينه\s+|هذا\s+المقال\s+)?(?:في\s+الاصل|اصلا|اولا|لاول\s+مره)\s+(?:في|علي|عبر)\b)"
)
# Bylines and desk credits: "بقلم ...", "كتب: ...", "(إعداد ... - تحرير ...)", "نقلا عن ...".
BYLINE = re.compile(
    # a cue word ends where its word does: "Paris ...", "Parliament ...", "bygone" open no byline
    r"^[\W_]*(?:(?:بقلم|كتب|كتبت|اعداد|تحرير|نقلا\s+عن|by|par)(?![^\W\d_])"
    r"|تقديم\s*:|مقدم(?:ه)?\s+(?:ال)?(?:حلقه|برنامج|نشره)|presented\s+by|presenter\s*:"  # a programme's presenter
    r"|كتابه\s*:|(?:ال)?محرر(?:ه)?\s*:"  # "كتابة: X", "المحرر: X"
    # a health article's medical reviewer: "تمت المراجعة الطبية بواسطة: د. X", "راجعته طبياً: د. X",
    # "Medically reviewed by X", "Relu par le Dr X", "Validé médicalement par X"
    r"|(?:تمت\s+)?(?:ال)?مراجعه\s+(?:ال)?طبيه|(?:تم\s+)?(?:ال)?تدقيق\s+(?:ال)?طبي|راجع(?:ه|ته|ها)?\s+طبيا"
    r"|medically\s+reviewed|(?:medical(?:ly)?\s+)?review(?:ed)?\s+by|relu\s+(?:par|médicalement)|(?:validé|vérifié)\s+médicalement)"
)
# Reader comments sit under an article, never inside one: their prompt closes it.
_COMMENT_PROMPT = r"^\W*(?:اضف|أضف|اترك|اكتب|شارك(?:نا)?\s+ب)\s*(?:تعليق|راي)"
_COMMENTS_HEADING = (
    r"^\W*(?:التعليقات|تعليقات(?:\s+(?:القراء|الزوار))?|comments?"
    r"|commentaires?|ajouter\s+un\s+commentaire|leave\s+a\s+(?:reply|comment)|(?:ال)?ردود|ردود\s+(?:القراء|الزوار)|r[ée]actions?"
    # a blog platform's heading: its responses, and the count in words ("تعليق واحد:", "ردّان", "One response")
    r"|responses?|r[ée]ponses?|(?:تعليق|رد)\s+واحد|تعليقان|ردان|(?:one|1)\s+(?:comment|response)|un\s+commentaire"
    r"|what\s+are\s+your\s+thoughts|qu'en\s+pensez-vous)\W*(?:\(\d+\))?\W*$"
    r"|^\W*\d+\s+(?:تعليق|تعليقات|رد|ردود|comments?|responses?|commentaires?|r[ée]ponses?)\W*$"  # "2 تعليقات": the count over them
)
COMMENTS = _folded(_COMMENT_PROMPT + "|" + _COMMENTS_HEADING)
# The heading alone, which the comments come under (the prompt to write one may close them).
COMMENTS_HEADING = _folded(_COMMENTS_HEADING)
BYLINE_MAX_WORDS = 12
# A forum's own furniture, whatever software runs it: the notice it shows a guest ("مرحباً بك
# زائرنا الكريم ... إذا كانت هذه زيارتك الأولى"), however long; a post's reply buttons, which end
# the post; its number ("#2"); the member box by it (rank, join date, post count); a quote's labels.
GUEST_NOTICE = Phrases.of(_folded(
    r"زائرنا\s+الكريم|عزيزي\s+الزائر|اذا\s+كانت\s+هذه\s+زيارتك\s+الاولي|if\s+this\s+is\s+your\s+first\s+visit"
))
REPLY_BUTTON = _folded(r"^\W*(?:رد\s+مع\s+(?:ال)?اقتباس|اقتباس\s+متعدد|reply\s+with\s+quote|multi-?quote)\W*$")
POST_NUMBER = re.compile(r"^\s*#\d{1,6}\s*$")
MEMBER_BOX = _folded(
    r"^\W*(?:(?:تاريخ\s+(?:التسجيل|الانضمام)|(?:عدد\s+)?المشاركات|المواضيع|الاقامه|join\s+date|posts|location)\s*:\s*\S+(?:\s+\S+)?"
    r"|(?:عضو|عضوه)\s+\S+|(?:مشرف|مشرفه|مراقب|مدير)(?:\s+\S+){0,2}|(?:senior|junior|new|active)\s+member|moderator|administrator"
    r"|\d[\d,.]*\s+(?:ردود|رد|replies|views))\W*$"
)
# A results list's controls: an item's toggle ("عرض الخبر كاملاً", "طي الخبر", "إخفاء", "التفاصيل",
# "Show more"), the count of results and the sort order over them.
RESULTS_CONTROL = _folded(
    r"^\W*(?:(?:عرض|اظهار|قراءه)\s+(?:ال)?(?:خبر|مقال|موضوع|نص)\s+(?:كاملا|كامل|بالكامل)|طي\s+(?:ال)?(?:خبر|مقال|موضوع|نص)"
    r"|اخفاء|اغلاق|(?:ال)?تفاصيل|show\s+(?:more|less|full\s+(?:story|article))|collapse|expand|read\s+full\s+(?:story|article)"
    r"|(?:تم\s+العثور\s+علي|عدد\s+(?:ال)?نتايج)\s*:?\s*[\d,.]+(?:\s+نتيجه)?|[\d,.]+\s+(?:نتيجه|results?)"
    r"|(?:ترتيب|رتب)(?:\s+حسب)?\s*:.{0,30}|sort\s+by\s*:?.{0,30}|(?:ال)?احدث\s*\|\s*(?:ال)?اكثر\s+صله)\W*$"
)
# A broadcast's marker in brackets: "[فاصل إعلاني]", "[تقرير مسجل]", "[موسيقى]", "[Music]".
BROADCAST_MARKER = re.compile(r"^\s*\[[^\[\]]{1,40}\]\s*$")
TRANSCRIPT_HEADING = _folded(r"^\W*(?:transcript|النص(?:\s+الكامل)?|نص\s+(?:ال)?(?:حلقه|فيديو|مقابله|لقاء|نشره))\W*$")
# How a bulletin read aloud moves to its next story: "في شأن آخر، ...", "In other news, ...".
NEXT_STORY = _folded(r"^\W*(?:و?في\s+شان\s+(?:اخر|منفصل)|و?علي\s+صعيد\s+اخر|in\s+other\s+news)\b")
QUOTE_LABEL = _folded(r"^\W*(?:اقتباس|quote)\s*:?\W*$|^\W*(?:المشاركه\s+الاصليه\s+(?:كتبت\s+)?بواسطه|originally\s+posted\s+by)\b")
HANDLE = re.compile(r"^[\W_]*@\w{2,30}[\W_]*$")
# A thread's first post says it opens one: the thread emoji, "THREAD:" / "ثريد:", or its number
# "1/6" at either end (later posts count on: "2/6 ...").
THREAD_OPENER = re.compile(r"\U0001f9f5|^\W*(?:thread|ثريد|سلسله)\s*:|(?:^|\s)1\s*/\s*\d{1,2}\s*$|^\W*1\s*/\s*\d{1,2}\s", re.IGNORECASE)
POST_HEAD_DOT = re.compile(r"^\s*[·•]\s*$")
# "By X" alone under a headline (a blog theme's author line): at most a name of four words.
# A desk's credit alone, no writer named: "فريق التحرير", "أسرة التحرير", "Editorial team", "Staff",
# "La rédaction".
STAFF_CREDIT = _folded(
    r"^\W*(?:(?:فريق|هيئه|اسره|قسم|مكتب)\s+(?:ال)?تحرير|editorial\s+(?:team|staff|desk|board)|(?:news\s+)?staff(?:\s+writers?)?|newsroom"
    r"|(?:la\s+)?rédaction|l'équipe\s+de\s+(?:la\s+)?rédaction)\W*$"
)
BY_AUTHOR = _folded(r"^\W*(?:بواسطه|by)\s+\S+(?:\s+\S+){0,3}\W*$")
# Prompts anywhere in a short line: "... اضغط هنا", "تابعوا عبر تطبيق ...", app notices.
UI_ANYWHERE = Phrases.of(_folded(
    r"اضغط\s+هنا|انقر\s+هنا|click\s+here|تابعوا\s+(?:عبر|على)|تحميل\s+(?:احدث\s+)?(?:نسخه\s+)?(?:من\s+)?تطبيق"
    # what a phone's share sheet signs a shared story with: "Shared via X app", "تمت المشاركة من تطبيق X"
    r"|shared\s+(?:via|from)\s|sent\s+from\s+(?:my\s+)?\S+|partagé\s+(?:via|depuis)\s|تمت\s+المشاركه\s+(?:من|عبر)|(?:مرسل|ارسل|شورك)\s+(?:من|عبر)\s+تطبيق"
    r"|تسلم\s+اشعارات|جميع\s+المقالات\s+المنشوره|تمثل\s+راي\s+كتابها|[تي]عبر\s+عن\s+(?:راي|اراء|وجهه\s+نظر)\s+(?:كتابها|كاتبها|اصحابها|كاتبه|صاحبه)"
    # a column's disclaimer, in the other languages the column pages print it
    r"|views\s+expressed\s+(?:\w+\s+){0,4}are\s+(?:solely\s+)?(?:those\s+of\s+)?the\s+(?:author|writer)|n'engage(?:nt)?\s+que\s+(?:son|leur|ses)\s+auteur"
    r"|لا\s+تعبر\s+بالضروره|لا\s+تعكس\s+بالضروره"
    # a search engine's cached copy announces itself above the page it stored, and a keyboard
    # shortcut is an interface hint ("اضغط على Ctrl+F"), never article text
    r"|(?:ال)?نسخه\s+(?:ال)?مخباه|cached\s+(?:copy|version|snapshot|page)|google'?s\s+cache|لقطه\s+للصفحه"
    r"|snapshot\s+of\s+the\s+page|ربما\s+تغيرت\s+الصفحه|page\s+(?:could|may)\s+have\s+changed|ctrl\s*\+\s*\w|⌘"
    # a copyright footer, however much it says after "© 2018 X."
    r"|^\W*(?:©|\(c\))\s*\d{4}|جميع\s+الحقوق\s+محفوظه|all\s+rights\s+reserved"
    r"|حقوق\s+(?:النشر|الطبع)\s*(?:©|\(c\)|محفوظه)|لا\s+يجوز\s+(?:اعاده\s+)?نشر\s+(?:اي\s+)?(?:من\s+)?(?:محتويات|محتوي)|tous\s+droits\s+réservés"
    # disclaimers: the outlet is not responsible for external content, the figures are no advice
    r"|(?:غير|ليست|ليس)\s+مسوول(?:ه)?\s+عن\s+محتو[يا]|not\s+responsible\s+for\s+(?:the\s+)?content"
    # an aggregator's note that the story is another outlet's: published automatically from it, its
    # words its source's, no responsibility for what it says
    r"|(?:نشر|جلب)\s+(?:هذا\s+)?(?:الخبر|المقال|المحتوي)\s+(?:اليا|تلقاييا)|(?:الخبر|المقال)\s+منقول\s+(?:من|عن)"
    r"|مسووليه\s+(?:ما\s+ورد\s+(?:فيه|فيها)|صحتها|صحته|محتواه|محتواها)|تعبر\s+عن\s+(?:راي\s+)?مصادرها"
    r"|(?:automatically|auto-?)\s*(?:published|imported|aggregated)\s+from|publié\s+automatiquement"
    # a site's cookie banner: it uses cookies, asks to accept them, links its cookie policy
    r"|(?:يستخدم|نستخدم|تستخدم|يستعمل|نستعمل)(?:\s+\S+){0,3}\s+(?:ملفات\s+(?:تعريف\s+)?(?:ال)?(?:ارتباط|كوكيز|كوكي)|(?:ال)?كوكيز)"
    r"|(?:سياسه|اعدادات|قبول|استخدام)\s+(?:ملفات\s+(?:تعريف\s+)?(?:ال)?(?:ارتباط|كوكيز)|(?:ال)?كوكيز)"
    r"|(?:we|site|website|this\s+site)\s+uses?\s+cookies|(?:use\s+of|accept(?:\s+all)?|about)\s+cookies|cookie\s+(?:policy|settings|preferences|notice)"
    r"|(?:utilise|utilisons)\s+des\s+(?:cookies|traceurs)|(?:politique|gestion|paramètres)\s+(?:des\s+|de\s+|relative\s+aux\s+)?cookies|accepter\s+(?:les\s+|tous\s+les\s+)?cookies"
    # the same banner on an outlet abroad, in its country's language: German, Spanish, Swedish
    r"|(?:verwendet|verwenden|nutzt|nutzen)\s+cookies|verwendung\s+von\s+cookies|cookies\s+(?:akzeptieren|zulassen)|cookie-?richtlinie"
    r"|(?:utiliza|utilizamos|usa|usamos)\s+cookies|(?:uso|política)\s+de\s+(?:las\s+)?cookies|aceptar\s+(?:las\s+|todas\s+las\s+)?cookies"
    r"|(?:använder|vi\s+använder)\s+(?:cookies|kakor)|godkänn\s+(?:alla\s+)?(?:cookies|kakor)"
    r"|لاغراض\s+(?:اعلاميه|اعلاميه|معلوماتيه)\s+فقط|(?:ليست|ليس|لا\s+تعد|لا\s+تمثل)\s+(?:نصيحه|توصيه|دعوه)\s+(?:استثماريه|للاستثمار|بالشراء)"
    r"|not\s+(?:investment|financial)\s+advice|for\s+information(?:al)?\s+purposes\s+only"
    # a health site's note that the article is no medical advice: it does not replace a doctor
    r"|لا\s+(?:تغني|يغني|تحل|يحل)\s+(?:محل\s+)?(?:عن\s+)?(?:استشاره|مراجعه|زياره|التشخيص|راي|نصيحه)|لاغراض\s+(?:ال)?تثقيف\s+(?:ال)?صحي"
    r"|(?:does|do)\s+not\s+(?:replace|substitute\s+for)\s+(?:professional\s+)?medical|not\s+(?:a\s+)?substitute\s+for\s+(?:professional\s+)?medical"
    r"|ne\s+(?:remplace|remplacent|se\s+substitue)\s+pas\s+(?:à\s+)?(?:un\s+|une\s+|l')?(?:avis|consultation|diagnostic)"
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
    # a blog host's footer: what runs the blog, and its offer to start one ("مدونة على ووردبريس.كوم.",
    # "يتم التشغيل بواسطة Blogger", "Blog at WordPress.com", "ابدأ بإنشاء موقع على ...", "Créez un site ...")
    r"|يتم\s+التشغيل\s+بواسطه|مدونه\s+(?:علي|عبر)\s+(?:ووردبريس|wordpress|بلوجر|blogger)|blog\s+at\s+\S*wordpress"
    r"|(?:ابدا|ابدء)\s+(?:بانشاء|في\s+انشاء)\s+(?:موقع|مدونه)|(?:انشئ|انشا)\s+(?:موقعا|مدونه|موقعك|مدونتك)\s+(?:مجانا|المجاني)"
    r"|(?:create|start)\s+(?:a\s+|your\s+)?(?:free\s+)?(?:website|blog)\s+(?:or\s+blog\s+)?(?:at|on|with)\b|(?:créez|créer)\s+(?:un|votre)\s+(?:site|blog)\s+(?:sur|avec)\b"
    # a government site's banner: it is the official site, how to tell (its addresses end in .gov.xx)
    r"|^\W*(?:ال)?(?:موقع|بوابه)\s+(?:ال)?(?:حكومي\s+)?(?:ال)?رسمي(?:ه)?\b|^\W*هذا\s+(?:ال)?موقع\s+(?:هو\s+)?(?:ال)?(?:موقع\s+)?(?:ال)?(?:حكومي|رسمي)"
    r"|تنتهي\s+(?:\S+\s+){0,5}(?:ب|بـ)\s*\.?gov|\.gov\.[a-z]{2}\b.{0,40}(?:مشفره|https)|(?:an\s+)?official\s+website\s+of\s+(?:the\s+)?(?:\S+\s+){0,3}government"
    r"|official\s+websites?\s+use\s+\.?gov|here'?s\s+how\s+you\s+know|site\s+officiel\s+(?:du\s+gouvernement|de\s+l'administration)"
    # a newsletter's own voice: why the reader got it ("you are receiving this email because ...",
    # "أُرسلت هذه الرسالة إلى ... لأنك اشتركت"), forwarding, viewing it in a browser, its editor's note
    r"|(?:ارسلت|وصلتك|تلقيت|تصلك|استلمت)\s+هذه\s+(?:ال)?رساله|لانك\s+(?:مشترك|اشتركت|سجلت)"
    r"|receiv(?:ed|ing)\s+this\s+(?:e-?mail|message|newsletter)|(?:recevez|reçu)\s+(?:cet|ce)\s+(?:e-?mail|courriel|message)"
    r"|(?:عرض|اعرض|اعرضها|افتح|افتحها)\s+(?:ال)?(?:رساله\s+|نسخه\s+)?(?:في|علي|عبر)\s+(?:ال)?متصفح|افتح\s+(?:ال)?نسخه\s+(?:ال)?(?:الكترونيه|ويب)"
    r"|view\s+(?:it\s+|this\s+(?:e-?mail|message)\s+)?(?:in|on)\s+(?:your\s+|a\s+)?(?:browser|web)|(?:afficher|voir)\s+(?:ce\s+message\s+)?dans\s+(?:le|votre)\s+navigateur"
    r"|(?:هذه|في)\s+نشر(?:تكم|تنا|ه\s+اليوم)|نجمع\s+(?:لكم|فيها)|اليكم\s+(?:ابرز|اهم)\s+ما\s+\S+\s+(?:اليوم|هذا\s+(?:الصباح|المساء|الاسبوع))"
    r"|in\s+(?:today'?s|this\s+week'?s|this)\s+(?:issue|newsletter|edition)|dans\s+(?:cette|notre)\s+(?:lettre|newsletter|édition)"
    # a site's note on the browser and screen it is best viewed with
    r"|(?:يفضل|ننصح\s+ب)\s*(?:تصفح|عرض)\s+(?:ال)?موقع|افضل\s+(?:عرض|تصفح)\s+(?:لل)?موقع|best\s+viewed\s+(?:in|with|at|using)"
    r"|(?:affichage|résolution)\s+optimal|(?:بدقه|resolution|résolution)\s+(?:عرض\s+)?\d{3,4}\s*[×x]\s*\d{3,4}"
    # an outlet blocked at home points to its mirror: "موقع X محجوب في مصر ... الرابط البديل ... متصفح تور"
    r"|محجوب\s+(?:في|داخل)\s|(?:ال)?رابط\s+(?:ال)?بديل|متصفح\s+تور|tor\s+browser|(?:is|are)\s+blocked\s+in\s"
    r"|mirror\s+(?:site|address|link)|bloqué\s+(?:en|au|aux)\s|site\s+miroir"
    # a correction or update note: "تصحيح: ذكرت نسخة سابقة ...", "تم تحديث هذه القصة في ..."
    r"|^\W*(?:تصحيح|استدراك|correction|rectificatif)\s*:|(?:ذكرت|اوردت)\s+نسخه\s+سابقه|earlier\s+version\s+of\s+this"
    r"|une\s+version\s+précédente\s+de\s+cet|تم\s+تحديث\s+هذه\s+(?:القصه|المقال|التقرير|الماده)"
    r"|this\s+(?:story|article)\s+(?:has\s+been|was)\s+updated|cet\s+article\s+a\s+été\s+(?:mis\s+à\s+jour|modifié)"
    # a content warning, a tip line, an appeal for members or donations, a newsletter's pitch
    r"|قد\s+تكون\s+صادمه|contains?\s+(?:graphic|disturbing)|(?:peut|peuvent)\s+heurter"
    r"|لديك\s+(?:معلومه|وثيقه)|تواصل\s+معنا\s+بامان|(?:have|got)\s+a\s+(?:news\s+)?tip|en\s+toute\s+sécurité\s+via"
    r"|(?:فكر|فكري|فكروا)\s+في\s+دعمنا|ادعم(?:وا)?\s+صحافتنا|تبقي\s+صحافتنا|support\s+(?:our|independent)\s+journalism"
    # a feed's notice that the site shows part of what subscribers get, an opinion disclaimer
    r"|(?:يعرض|تعرض|ينشر|تنشر)\s+(?:فقط\s+)?جزءا\s+من\s+(?:ال)?(?:اخبار|محتوي)|للمشتركين\s+في\s+(?:نظام|خدمه)"
    r"|ما\s+ورد\s+في\s+هذا\s+(?:المقال|التقرير|النص)\s+يعبر\s+عن|(?:ال)?موقف\s+(?:ال)?تحريري\s+(?:لل|ل)"
    r"|do(?:es)?\s+not\s+necessarily\s+reflect\s+the\s+(?:editorial|views\s+of)"
    r"|become\s+a\s+(?:member|supporter)|soutenez\s+(?:notre|le)\s+journalisme|في\s+بريدك|in\s+your\s+inbox|dans\s+votre\s+boîte"
))
UI_ANYWHERE_MAX_WORDS = 40
SEPARATOR = re.compile(r"^[\s\-–—―_=*~.·•]{3,}$")
# Ad slots and sponsored boxes: a slot's label alone on its line ("إعلان", "- إعلان -", the Maghreb's "إشهار",
# "Advertisement", the German "Anzeige", the Swedish "Annons", the Spanish "Publicidad"), or a
# sponsored box's heading or credit ("محتوى مدعوم", "Sponsored Links by X", "... | روابط إعلانية"). Never article text, and not the end of one either: ads sit mid-article.
AD_SLOT = _folded(
    r"^[\W_]*(?:(?:ال)?اعلان(?:ات)?|(?:ال)?اشهار(?:ات)?|مساحه\s+(?:اعلانيه|اشهاريه)|advertisement|advertising|advert|ads?|anzeige|anzeigen|annons(?:er)?|publicidad|anuncios?|publicité|publicite"
    r"|محتوى\s+مدعوم|محتوي\s+مدعوم|(?:روابط|محتوى|محتوي)\s+(?:اعلانيه|اعلاني|ترويجي|برعايه|ممول)|برعايه|ممول|sponsored(?:\s+(?:content|links?|stories|posts?))?"
    r"|promoted(?:\s+(?:content|stories))?|paid\s+content)[\W_]*$"
    r"|^[\W_]*(?:sponsored|promoted)\s+(?:links?|content|stories)\s+by\b"
)
# A sponsored paragraph's label ("محتوى ترويجي", "برعاية", "Sponsored", "Contenu sponsorisé"): unlike
# an ad slot's ("إعلان"), the paragraph under it is the sponsor's, printed as if it were article text.
SPONSORED_LABEL = _folded(
    r"^[\W_]*(?:محتوى\s+(?:مدعوم|ممول|إعلاني|إعلانية|ترويجي)|إعلان\s+(?:مدفوع|ممول|ترويجي)|برعاية|بالشراكة\s+مع"
    r"|sponsored(?:\s+(?:content|post|story))?|promoted(?:\s+(?:content|post|story))?|paid\s+(?:content|post|partnership)"
    r"|contenu\s+(?:sponsorisé|promotionnel|partenaire)|publi-?rédactionnel)[\W_]*$"
)
# A religious portal's quote of the day, its heading alone over the quote ("آية اليوم", "حديث اليوم",
# "من هدي القرآن", "حديث شريف", "آية وتفسير", "دعاء اليوم", "Verse of the day", "Hadith du jour"), and the reference under it
# ("رواه البخاري", "(البقرة: 255)"): the same box on every page, whatever the article.
DAILY_QUOTE_HEADING = _folded(
    r"^[\W_]*(?:(?:اية|ايه|حديث|دعاء|حكمه|ذكر|فتوي|وقفه|تفسير)\s+(?:ال)?يوم|من\s+هدي\s+(?:القران|النبوه|السنه|الرسول|النبي)|حديث\s+(?:شريف|نبوي)|ايه?\s+(?:كريمه|و\s*تفسير)"
    r"|(?:verse|hadith|dua|du'a|ayah|quote)\s+of\s+the\s+day|(?:verset|hadith|invocation)\s+du\s+jour)[\W_]*(?:ﷺ|صلي\s+الله\s+عليه\s+وسلم)?[\W_]*$"
)
QUOTE_REFERENCE = _folded(r"^\W*(?:رواه|متفق\s+عليه|صححه|اخرجه|سوره\s|\[?\(?\s*(?:ال)?\S+\s*:\s*\d{1,3}\s*\)?\]?\s*$)")
# A prayer-times box: its heading ("مواقيت الصلاة حسب توقيت الرياض", "Prayer times") and each
# prayer with its time ("الفجر 04:23", "Fajr 04:23").
PRAYER_TIMES = _folded(
    r"^\W*(?:(?:مواقيت|اوقات)\s+(?:ال)?صلاه|prayer\s+times|horaires\s+(?:de\s+)?(?:la\s+)?prière)\b"
    r"|^\W*(?:الفجر|الشروق|الظهر|العصر|المغرب|العشاء|fajr|sunrise|dhuhr|zuhr|asr|maghrib|isha)\s*:?\s*\d{1,2}:\d{2}\s*(?:[صم]|am|pm)?\W*$"
)
# An appeal for support, its call over its pitch ("Support us! ..." / "This site is made by ..."),
# "ادعمنا", "Soutenez-nous": like a sponsor's label, the paragraph under it is the site's, not the article's.
SUPPORT_HEADING = _folded(
    r"^[\W_]*(?:support\s+us|donate(?:\s+now)?|ادعمنا|ادعموا\s+(?:ال)?موقع|تبرع(?:وا)?\s+لدعم\s+(?:ال)?موقع|soutenez-nous|faites\s+un\s+don)\b"
)
# Boxes a page prints around its article that restate it, each opened by its heading alone on a
# line: an FAQ, whose answers repeat the article's sentences; key points, its sentences cut short
# as bullets; a table of contents, its cross-headings numbered; the writer's box under it.
FAQ_HEADING = _folded(
    r"^\W*(?:(?:ال)?أسئلة\s+(?:ال)?(?:شائعة|متكررة)|(?:ال)?أسئلة\s+و(?:ال)?أجوبة|سؤال\s+و(?:ال)?جواب|أسئلة\s+(?:القراء|وإجابات)"
    r"|faqs?|frequently\s+asked\s+questions|questions?\s+(?:and|&)\s+answers?|q\s*&\s*a"
    r"|questions?\s+fréquentes|foire\s+aux\s+questions|questions?[\s-]+réponses?)\W*$"
)
KEY_POINTS_HEADING = _folded(
    r"^\W*(?:(?:أ)?هم\s+(?:ال)?(?:نقاط|ما\s+جاء)|أبرز\s+(?:ال)?(?:نقاط|ما\s+جاء)|(?:ال)?نقاط\s+(?:ال)?(?:رئيسية|أساسية)"
    r"|ملخص\s+(?:ال)?(?:خبر|مقال|موضوع|قصة)|(?:ال)?ملخص(?:\s+(?:ال)?تنفيذي)?|مقدمة\s+(?:ال)?ملخص|(?:executive\s+)?summary|abstract|résumé|synthèse|خلاصة\s+(?:ال)?(?:خبر|مقال)|(?:ال)?خبر\s+في\s+سطور|باختصار"
    r"|key\s+(?:points|takeaways|facts)|(?:the\s+)?story\s+in\s+brief|at\s+a\s+glance|tl;?\s*dr"
    r"|l'essentiel|points\s+clés|en\s+bref|à\s+retenir|ce\s+qu'il\s+faut\s+retenir)\W*$"
)
# A glossary box in the text, its heading alone ("ما معنى؟", "قاموس المقال", "مصطلحات", "Glossary",
# "Key terms", "Lexique") over its terms, each with its definition after a colon ("المادة المظلمة: مادة
# لا تُرى ..."): the site's explanations, not the article's.
GLOSSARY_HEADING = _folded(
    r"^\W*(?:ما\s+(?:معني|المقصود)(?:\s+\S+)?|(?:قاموس|معجم|مسرد)(?:\s+(?:ال)?(?:مقال|مصطلحات|خبر))?|(?:ال)?مصطلحات(?:\s+(?:ال)?(?:مقال|علميه|وردت|الوارده))?"
    r"|glossary|key\s+terms|terms\s+(?:explained|to\s+know)|what\s+(?:does\s+it|it)\s+means?|lexique|glossaire|(?:les\s+)?mots\s+(?:clés\s+)?expliqués)\W*$"
)
DEFINITION = re.compile(r"^\W*[^:：.،,؟?!\d]{2,50}?\s*:\s*\S")
GLOSSARY_TERM_MAX_WORDS = 5
CONTENTS_HEADING = _folded(
    r"^\W*(?:(?:فهرس|جدول)\s+(?:ال)?(?:محتويات|مقال|موضوع)|محتويات\s+(?:ال)?(?:مقال|خبر|موضوع|صفحة)"
    r"|table\s+of\s+contents|contents|in\s+this\s+(?:article|story)|sommaire|table\s+des\s+matières|dans\s+cet\s+article)\W*$"
)
AUTHOR_BOX_HEADING = _folded(
    r"^\W*(?:(?:نبذة\s+)?عن\s+(?:ال)?(?:كاتب|كاتبة|مؤلف|محرر|محررة)|(?:ال)?كاتب|(?:ال)?كاتبة|(?:ال)?محرر|(?:ال)?محررة"
    r"|بقلم|about\s+the\s+(?:author|writer|reporter)|(?:the\s+)?author|written\s+by|à\s+propos\s+de\s+l'auteur(?:e)?|l'auteur(?:e)?|écrit\s+par)\W*$"
)
# A writer's box with no heading, under the text: the name, then a line on who they are
# ("محرر في القسم السياسي.", "صحفية وباحثة تعمل على ...", "Staff reporter covering ...").
AUTHOR_BIO = _folded(
    r"^\W*(?:محرر|محررة|صحفي|صحفية|كاتب|كاتبة|باحث|باحثة|مراسل|مراسلة|مترجم|مترجمة|رسام|رسامة"
    r"|(?:senior\s+|staff\s+|freelance\s+)?(?:editor|reporter|journalist|writer|researcher|correspondent|translator)"
    r"|journaliste|rédact(?:eur|rice)|chercheu(?:r|se)|correspondant(?:e)?)\b"
)
AUTHOR_BIO_MAX_WORDS = 20
# A writer's box at a blog post's foot, the name on the heading's line ("Written by Layla K.", "Publié
# par X", "نشر بواسطة X"), with a follow button or a follower count under it ("Follow", "856 Followers").
WRITER_BOX_HEAD = _folded(
    r"^\W*(?:written\s+by|published\s+by|posted\s+by|écrit\s+par|publié\s+par|كتبه|كتبته|بقلم|(?:نشر|نشره|نشرته)\s+بواسطه)\s+"
)
FOLLOW_MARK = _folded(
    r"^\W*(?:\+?\s*follow(?:ing)?|تابع|متابعه|suivre|s'abonner|abonné)\W*$|^\W*\d[\d.,]*\s*[km]?\s*(?:followers?|متابع|متابعين|متابعون|abonnés?)\W*$"
)
WRITER_BOX_MAX_LINES = 3  # under its head: a follower count, a line of bio, the follow button
# A writer's line: the name and the trade after a dash or a comma ("د. خالد المنصوري - أكاديمي وكاتب
# سعودي", "Jane Doe, columnist"), or a column's closing note on its writer ("* كاتب إماراتي").
WRITER_TRADE = _folded(
    r"^\W*(?:محرر|محرره|صحفي|صحفيه|كاتب|كاتبه|باحث|باحثه|مراسل|مراسله|مترجم|مترجمه|اكاديمي|اكاديميه|استاذ|استاذه|خبير|خبيره|محلل|محلله"
    r"|(?:senior\s+|staff\s+|freelance\s+)?(?:editor|reporter|journalist|writer|researcher|correspondent|translator|columnist|academic|professor|analyst)"
    r"|journaliste|rédact(?:eur|rice)|chercheu(?:r|se)|correspondant(?:e)?|chroniqueu(?:r|se)|professeur|universitaire|analyste)\b"
)
WRITER_LINE_MAX_WORDS = 12
# A push notification's label before the headline it repeats: "عاجل: X", "عاجل | X", "Breaking: X",
# "Urgent : X", "Alerte info - X" (the headline printed under it is the one without the label).
ALERT_PREFIX = _folded(r"^[\W_]*(?:خبر\s+عاجل|عاجل|breaking(?:\s+news)?|urgent|alerte(?:\s+info)?|flash(?:\s+info)?)\s*[:|\-–]\s*")
# The writer's picture over a column, captioned with the name alone: "صورة د. خالد المنصوري",
# "Photo de Jean Dupont", "Portrait of Jane Doe" (the name is checked as a bare name).
PORTRAIT = _folded(r"^\W*(?:صوره|photo\s+(?:de|of|d')|portrait\s+(?:de|of|d'))\s*")
WRITER_NAME_SPLIT = re.compile(r"\s[-–|]\s|[،,]\s")
# A press review quotes paper after paper under cross-heads: the paper's name ("صحيفة «لوموند»
# الفرنسية", "مجلة «دير شبيغل»") or its headline ("التايمز: ..."), over a paragraph that says it
# speaks for it ("وفي الصحيفة: ...", "تقول المجلة: ...", "Selon le journal :").
# A translated article's opening sentence, over the translation: "نشرت صحيفة «X» تحليلا، وفيما يلي
# نص المقال:", "... ترجمته عربي21 بتصرف:", "Here is a translation:", "En voici la traduction :".
TRANSLATION_INTRO = _folded(
    r"(?:ترجمته|ترجمتها|نص\s+(?:ال)?(?:مقال|تقرير|تحليل)|وهذه\s+ترجمت|(?:ال)?ترجمه\s+(?:ال)?كامله|بتصرف"
    r"|here\s+is\s+(?:a|the|its)\s+(?:full\s+)?translation|(?:en\s+)?voici\s+la\s+traduction)\s*:\s*$"
)
PRESS_NAME_HEAD = _folded(r"^\W*(?:صحيفه|مجله|موقع|جريده|newspaper|magazine|journal|quotidien)\s*[«\"“][^«»\"“”]{2,40}[»\"”](?:\s+\S+){0,2}\W*$")
PRESS_REVIEW_LEAD = _folded(
    r"^\W*(?:و?في\s+(?:ال)?(?:صحيفه|مجله|موقع|جريده)|و?(?:تقول|قالت|كتبت|ذكرت|اضافت)\s+(?:ال)?(?:صحيفه|مجله|جريده|موقع))\s*:"
    r"|^\W*(?:the\s+(?:paper|magazine)\s+(?:says|writes|reports)|selon\s+le\s+(?:journal|quotidien|magazine))\s*:"
)
# A newsletter's sign-up box: its name or call ("النشرة الاقتصادية اليومية", "اشترك في نشرتنا
# البريدية", "Newsletter", "Lettre d'information"), a line or two of pitch, the e-mail field.
NEWSLETTER_HEADING = _folded(
    r"^\W*(?:(?:اشترك|اشتركوا|سجل|انضم)\s+(?:في|الي|ب)\s*)?(?:ال)?نشر(?:ه|تنا|اتنا|ات)(?:\s+\S+){0,3}\W*$"
    r"|^\W*(?:(?:subscribe|sign\s+up)\s+(?:to|for)\s+)?(?:our\s+)?(?:\S+\s+){0,2}newsletters?(?:\s+\S+){0,2}\W*$"
    r"|^\W*(?:(?:abonnez-vous|inscrivez-vous)\s+à\s+)?(?:notre\s+)?(?:lettre\s+d'information|newsletter)(?:\s+\S+){0,2}\W*$"
)
EMAIL_FIELD = _folded(
    r"^\W*(?:(?:ادخل|اكتب)\s+)?(?:عنوان\s+)?(?:ال)?بريد(?:ك)?\s+(?:ال)?الكتروني\W*$"
    r"|^\W*(?:enter\s+)?(?:your\s+)?e-?mail(?:\s+address)?\W*$|^\W*(?:votre\s+)?(?:adresse\s+)?e-?mail\W*$"
)
# A health site's tool box in the text: asking a doctor, a symptom checker, a calculator. Its name
# ("اسأل طبيب", "استشارة طبية مجانية", "مدقق الأعراض", "حاسبة الحمل", "Symptom checker", "BMI calculator"),
# a line of pitch or the form's fields ("الطول (سم)", "صداع"), and the button that starts it ("ابدأ
# الاستشارة", "اسأل الآن", "احسب", "Start consultation", "Calculer"): with no button under it, the name
# is a menu item.
TOOL_HEADING = _folded(
    r"^\W*(?:(?:ال)?استشاره\s+(?:طبيه|مجانيه)|استشر\s+(?:ال)?طبيب|اسال\s+(?:ال)?(?:طبيب|صيدلي|خبير|مختص)|مدقق\s+(?:ال)?اعراض|(?:ال)?حاسبه\s+\S+"
    r"|ask\s+(?:a|the|our)\s+(?:doctor|expert|pharmacist)|symptom\s+checker|(?:\S+\s+){0,3}calculator|free\s+(?:medical\s+)?consultation"
    r"|(?:consulter|demandez\s+à|interroger)\s+un\s+(?:médecin|expert|pharmacien)|(?:vérificateur|analyse)\s+de(?:s)?\s+symptômes|calculat(?:eur|rice)\s+\S+)"
)
TOOL_BUTTON = _folded(
    r"^\W*(?:(?:ابدا|ابدء)\s+(?:ال)?(?:استشاره|فحص|اختبار|حساب|تقييم)|اسال\s+(?:الان|سوالك)|احسب(?:\s+\S+)?|استخدم\s+(?:ال)?(?:حاسبه|اداه)"
    r"|start\s+(?:(?:the|your|a)\s+)?(?:consultation|check|test|assessment)|ask\s+now|calculate(?:\s+now)?|check\s+(?:my\s+|your\s+)?symptoms"
    r"|(?:commencer|démarrer)\s+(?:la\s+|le\s+)?(?:consultation|test|diagnostic)|calculer|poser\s+(?:ma|votre)\s+question)\W*$"
)
AD_CREDIT_TAIL = Phrases.of(_folded(r"[|•·]\s*(?:روابط\s+اعلانيه|sponsored|ad)\s*$"))  # "... | روابط إعلانية"
# A live blog's badges and labels: "🔴 تغطية مباشرة", "LIVE", "Pinned", "📌 مثبت" ("مباشر" alone is
# also an outlet's name, printed as its credit under headlines).
LIVE_LABEL = _folded(
    r"^[\W_]*(?:(?:تغطيه|بث|تحديثات)\s+(?:مباشره|مباشر|مستمره|حيه)|live(?:\s+(?:blog|updates|coverage))?"
    r"|pinned(?:\s+(?:post|update))?|(?:تحديث|منشور)?\s*مثبت)[\W_]*$"
)
# A release's end mark ("-انتهى-", "###", "-30-", "- ENDS -"): the release is over, what follows
# is its furniture (the issuer's "about" paragraph, contacts) or the next release.
END_MARK = _folded(r"^\s*(?:[-–—]*\s*(?:انتهي|ends?|30)\s*[-–—]*|#{3,})\s*$")
# A release's contacts heading ("لمزيد من المعلومات يرجى الاتصال بـ:", "للاستفسارات الإعلامية:", "For
# more information, please contact:", "Media contact:", "Pour plus d'informations, contactez :"): like
# its end mark, the release is over; its press officers' names and numbers follow.
CONTACTS_HEADING = _folded(
    r"^\W*(?:(?:ل|لل)مزيد\s+من\s+(?:ال)?معلومات\W*(?:(?:يرجي|الرجاء|يرجي\s+منكم)\s+)?(?:ال)?(?:اتصال|تواصل)|(?:ل|لل)(?:استفسارات?|تواصل)\s+(?:ال)?(?:اعلامي(?:ه)?|صحفي(?:ه)?)"
    r"|جهات\s+(?:ال)?اتصال\s+(?:ال)?(?:اعلاميه|صحفيه)|for\s+(?:more|further)\s+information\W+(?:please\s+)?contact|(?:for\s+)?media\s+(?:contacts?|inquiries|enquiries)"
    r"|press\s+contacts?|pour\s+(?:plus|toute)\s+(?:d'|de\s+)?informations?\W+(?:veuillez\s+)?contact|contacts?\s+(?:presse|médias?))"
)
# A news agency's wire as its terminals and subscriber portals print it (AFP, Reuters, dpa, KUNA,
# Xinhua, the state agencies): the teleprinter's start and end of a message ("ZCZC", "NNNN"); a
# transmission header, the agency's code, serial, priority, category and time in capitals and
# digits ("KUNA 0261 4 SPO 28/04/2018", "dpa-AR0442 011923 YEM", "ARA0527 4 I 0401 TUR /AFP-QV89");
# a slug, topic words joined by hyphens ("رياضة-إيطاليا", "YEMEN-SECURITY/ (UPDATE 1)", a later
# take's "رياضة-السعودية 2 الرياض وأخير"); a priority word alone ("URGENT", "عاجل عاجل"); an edition
# note in brackets ("(صور)", "(تحديث 1 بإضافة تصريحات)", "(PIX)"). Furniture of every dispatch.
WIRE_CONTROL = re.compile(r"^\s*(?:ZCZC|NNNN)\s*$")
WIRE_HEADER = re.compile(
    r"^\s*(?=.*\d{3})(?=.*\b[A-Z]{3}\b)[A-Za-z]{2,8}(?:-[A-Z]{2})?\s?\d{3,5}[A-Z]{0,2}(?:\s+/?[A-Za-z0-9][A-Za-z0-9/\-.]*){1,5}\s*$"
)
WIRE_SLUG_LATIN = re.compile(r"^\s*[A-Z]{2,}(?:-[A-Z]{2,})+/?(?:\s*\([A-Z0-9 ]{2,20}\))?\s*$")
_ARABIC_WORD = "[\u0621-\u064a]+"
_SLUG_PART = _ARABIC_WORD + r"(?:\s" + _ARABIC_WORD + r")?"
WIRE_SLUG = re.compile(
    r"^\s*" + _SLUG_PART + r"(?:-" + _SLUG_PART + r"){1,3}(?:\s+\d{1,2}\s+" + _ARABIC_WORD + r"(?:\s+" + _ARABIC_WORD + r"){0,2})?\s*$"
)
WIRE_PRIORITY = _folded(r"^\W*(?:urgent|flash|bulletin|alerte|عاجل(?:\s+(?:عاجل|جدا))*)\W*$")
WIRE_EDITION_NOTE = _folded(
    r"^\s*\((?:صور|فيديو|خبر\s+موسع|(?:ل|مع\s+)?اضافه\s[^()]{0,40}|تحديث\s*\d*[^()]{0,40}|تصحيح[^()]{0,40}"
    r"|pix|photos?|video|update\s*\d*[^()]{0,30}|corrected[^()]{0,30}|recasts?[^()]{0,30}|adds?\s[^()]{0,30})\)\s*$"
)
# A take's "more to come": the dispatch goes on in the next take, under its own header and slug.
WIRE_MORE = _folded(r"^[\W_]*(?:يتبع|more|a\s+suivre|à\s+suivre|suite)[\W_]*$")
# A dispatch's sign-off: its writers' and editors' initials ("ح س/ س ك", "(النهاية) ع ا ب / ر ح",
# "ach/ser"), "(Reporting by X; Editing by Y)". It closes the dispatch; its filing stamp follows.
_INITIALS = r"(?:[\u0621-\u064a]{1,3}\s+){0,3}[\u0621-\u064a]{1,3}"
WIRE_SIGN_OFF = _folded(
    r"^\W*(?:\((?:النهايه|end)\)\s*)?" + _INITIALS + r"\s*/\s*" + _INITIALS + r"\s*$"
    r"|^\s*[a-z]{2,4}(?:\s*/\s*[a-z]{2,4}){2,}\s*$|^\W*(?:reporting|writing|editing)\s+by\b"
)
# A dispatch's filing stamp: the agency, day and time run together, the zone and month
# ("كونا281407 جمت ابر 18", "AFP 020401 GMT APR 18").
CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
WIRE_STAMP = _folded(r"^\W*[a-z\u0621-\u064a]{2,8}\s?\d{6}\s+(?:gmt|utc|جمت|ت\s?غ)\s+[a-z\u0621-\u064a]{3,5}\s+\d{2}\s*$")
# A fact-checking site's verdict page, whatever the site: the claim box ("الادعاء: ...", "تداولت
# حسابات على فيسبوك ادعاءً يفيد بأن «...»", "Claim: ..."), its sections' headings ("ماذا وجدنا؟",
# "الاستنتاج", "What we found", "Notre verdict"), the verdict as a badge ("❌ مضلل", "النتيجة: صحيح",
# "Rating: False") or a sentence ("لذلك صنّف فريق X الادعاء بأنه مضلل.", "We rate this claim False"),
# the rating scale ("زائف: المعلومة غير صحيحة ...") and the site's membership of the fact-checkers'
# network. The furniture of every check; the article is what it checked.
_VERDICT = (
    r"(?:صحيح(?:\s+جزئيا)?|خطا|خاطئ|زائف|مضلل|مفبرك|ملفق|مجتزا|ساخر|غير\s+(?:صحيح|دقيق|مؤكد)|ينقصه\s+سياق|بلا\s+دليل|نصف\s+صحيح"
    r"|true|false|misleading|mostly\s+(?:true|false)|half\s+true|partly\s+false|missing\s+context|satire|unproven|fake|altered"
    r"|faux|trompeur|vrai|plutôt\s+(?:vrai|faux)|infondé|manipulé|contexte\s+manquant)"
)
CLAIM_BOX = _folded(
    r"^\W*(?:الادعاء|الزعم|ما\s+يتم\s+تداوله|claim|the\s+claim|affirmation|l'affirmation)\s*:"
    r"|^\W*(?:تداولت|تتداول|يتداول|تناقلت|ينتشر|انتشر|تنتشر|انتشرت)\s+(?:\S+\s+){0,4}?(?:علي|في|عبر)\s+\S+(?:\s+\S+){0,3}?"
    r"\s+(?:ادعاء\S*|منشور\S*|صوره|فيديو|مقطع\S*|تغريده|رساله)\s+(?:يفيد|يزعم|يدعي|تزعم|تدعي|تفيد)"
)
CHECK_HEADING = _folded(
    r"^\W*(?:ما\s+(?:الحقيقه|الذي\s+يتداول)|ماذا\s+وجدنا|الحقيقه|الاستنتاج|الخلاصه|الحكم(?:\s+النهائي)?|التقييم|التحقق|كيف\s+تحققنا"
    r"|مقياس\s+التقييم|what\s+we\s+found|the\s+facts|our\s+(?:ruling|verdict|rating)|verdict|rating\s+scale|how\s+we\s+checked"
    r"|ce\s+que\s+nous\s+avons\s+trouvé|notre\s+verdict|échelle\s+de\s+notation)\W*$"
)
VERDICT_BADGE = _folded(
    BULLET + r"(?:(?:النتيجه|الحكم|التقييم|verdict|rating|notre\s+verdict)\s*:\s*)?(?:الادعاء\s+)?" + _VERDICT + r"\W*$"
)
VERDICT_LABEL = _folded(BULLET + r"(?:الادعاء\s+)?" + _VERDICT + r"\s*:")
VERDICT_SENTENCE = Phrases.of(_folded(
    r"(?:صنف|نصنف|صنفنا|يصنف)\s+(?:\S+\s+){0,3}الادعاء|ان\s+الادعاء\s+(?:بانه\s+)?" + _VERDICT + r"\b"
    r"|\bwe\s+rate(?:d)?\s+(?:this|the)\s+claim|\brated\s+(?:this|the)\s+claim"
))
FACT_CHECKERS_NETWORK = Phrases.of(_folded(
    r"الشبكه\s+الدوليه\s+لتقصي\s+الحقائق|international\s+fact-?checking\s+network|\bifcn\b"
    r"|(?:خدمه|وحده|فريق)\s+(?:تقصي|التحقق\s+من)\s+صحه\s+(?:الاخبار|المعلومات)"
))
FACT_CHECK_LINE_MAX_WORDS = 60
# An issuer's boilerplate: "نبذة عن X", "About X" over its standing paragraph.
ABOUT = _folded(r"^\W*(?:نبذه\s+عن|حول\s+شركه|عن\s+شركه|about)\s+\S+(?:\s+\S+){0,5}\W*$")
# A mail's head as a mail client prints it: its sender, its addressee, copies and subject ("من: X
# <a@b>", "To: a@b", "Subject: ...", "Objet : ..."), an address alone ("X <a@b>"), a print view's
# "Gmail" and message count; a greeting alone on its line ("صباح الخير،", "مرحباً Omar،", "Dear X,").
MAIL_HEAD = _folded(
    r"^\W*(?:من|الي|نسخه|from|to|cc|de|à)\s*:\s*(?:[^:]{0,60}<\S+@\S+>|\S+@\S+)\s*$"
    r"|^\W*(?:الموضوع|subject|objet)\s*:\s*\S"
    r"|^[^<>]{0,60}<[^<>\s]+@[^<>\s]+>\s*$|^\W*[\w.+-]+@[\w-]+\.[\w.]+\W*$"
    r"|^\W*(?:gmail|(?:\d+|one)\s+messages?|رساله\s+واحده|\d+\s+رسائل)\W*$"
    r"|^\W*(?:صباح\s+الخير|مساء\s+الخير|مرحبا|اهلا(?:\s+بكم|\s+بك|\s+وسهلا)?|عزيزي|عزيزتي|dear|hi|hello|good\s+(?:morning|evening)"
    r"|bonjour|bonsoir|cher|chère)(?:\s+[^\s.:،,!]+){0,2}\s*[،,!]\s*$"
)
# A disclaimer opens with its label, however long it runs.
DISCLAIMER = _folded(r"^\W*(?:disclaimer|اخلاء\s+(?:ال)?مسووليه|تنويه|تنبيه)\s*:")
# Its label alone on its line, over the note ("تنويه" over "يُحظر النشر في وقائع التحقيق ...").
DISCLAIMER_HEADING = _folded(r"^\W*(?:disclaimer|اخلاء\s+(?:ال)?مسووليه|تنويه|تنبيه|legal\s+notice|avertissement|mention\s+légale)\W*$")
# A line of two or more hashtags only: the page's tags as a social network prints them.
HASHTAGS = re.compile(r"^\s*(?:#[^\s#]+\s*){2,12}$")  # one hashtag alone may be a cross-heading
# A photo caption with its credit after a dash: "... - المصدر: انستغرام", "... | تصوير: أحمد".
CREDIT_TAIL = _folded(
    r"\s[-–|/]\s*(?:المصدر|مصدر\s+الصوره|الصوره|صوره|تصوير|عدسه|photo|source|credit|image|picture)\s*:\s*\S+(?:\s+\S+){0,3}\s*$"
    r"|\s\(\s*(?:الصوره|صوره|تصوير|photo|image|picture|credit)\s*:\s*[^()]{1,40}\)\s*$"  # "... (الصورة: بزنيس واير)"
)
# "Place - outlet" or "place - writer" under a headline ("بيروت - لبنان 24", "دمشق - جاد نصر الله"):
# two short names joined by a dash, no stop, no label. The article's credit, never its headline.
PLACE_CREDIT = re.compile(r"^[\s(]*[^\s\-–:؟?!.]+(?:\s+[^\s\-–:؟?!.]+){0,2}\s+[-–]\s+[^\s\-–:؟?!.]+(?:\s+[^\s\-–:؟?!]+){0,2}[\s)]*$")
# "Place: writer" or "place: «outlet»" under a headline (a print daily's byline): a place of one
# or two words, a colon, a name of up to three words.
PLACE_COLON_CREDIT = re.compile(r"^\s*[^\s:؟?!.\d]+(?:\s+[^\s:؟?!.\d]+)?\s*:\s*[«\"]?[^\s:؟?!.\d«»]+(?:\s+[^\s:؟?!.\d«»]+){0,2}[»\"]?\s*$")
# A line that is a bare address: a feed item's link, a reader export's "source" line.
LINK_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
TAGS = re.compile(
    BULLET + r"(?:كلمات\s+دلاليه|الكلمات\s+المفتاحيه|الكلمات\s+الداله|الكلمات\s+الدلاليه|الوسوم|وسوم|تاجز|التاجز|tags|topics|keywords)\s*:?"
    r"|" + BULLET + r"(?:(?:ال)?تصنيف(?:ات)?(?:\s+مخفيه)?|(?:ال)?اقسام|(?:hidden\s+)?categories|category|filed\s+under|posted\s+in"
    r"|(?:ال)?تسميات|labels|libellés)\s*:"  # a blog's labels ("التسميات: أخبار، عاجل")
    # a report's index box, each heading alone over its terms ("البلد" / "لبنان", "المواضيع" / "التعذيب")
    r"|" + BULLET + r"(?:(?:ال)?بلد|(?:ال)?منطقه|(?:ال)?مواضيع|(?:ال)?موضوع|country|countries|regions?|themes|pays|régions?|thèmes)\s*:?\s*$"
)
UI = re.compile(
    BULLET
    + r"(?:تابع(?:وا)?\s+(?:ال)?كاتب|follow\s+(?:the\s+)?(?:author|writer|columnist)|suivre\s+l'auteur|تم\s+نسخ|انسخ\s+الرابط|نسخ\s+الرابط|شارك(?:وا)?\s|مشاركه\s|تابعونا|تابعنا|اشترك|النشره\s+البريديه"
    r"|جميع\s+الحقوق|حقوق\s+(?:النشر|الطبع)|©|follow\s+us|share\s+(?:this|on)|subscribe|sign\s+up"
    r"|copyright|all\s+rights\s+reserved|advertisement|click\s+here|اضغط\s+هنا|انقر\s+هنا|اعلان$"
    r"|(?:اطبع|طباعه)\s+(?:هذه\s+)?(?:الصفحه|المقال|الخبر)|print\s+(?:this\s+)?(?:page|article)|imprimer\s+(?:cette\s+page|l'article)"
    # a document's download link ("تحميل الجدول بصيغة PDF", "Download the report (PDF)", "Télécharger le PDF")
    r"|(?:تحميل|تنزيل|حمل)\s+(?:\S+\s+){0,3}(?:بصيغه\s+)?pdf\W*$|download\s+(?:\S+\s+){0,3}\(?pdf\)?\W*$|télécharger\s+(?:\S+\s+){0,3}\(?pdf\)?\W*$"
    # a player's fallback when the page's video does not load ("Your browser does not support the video tag.")
    r"|your\s+browser\s+does\s+not\s+support|(?:ان\s+)?متصفحك\s+لا\s+يدعم|votre\s+navigateur\s+ne\s+(?:supporte|prend)\s+pas"
    # a campaign's box: "وقّع العريضة", "أضف اسمك", "تحرك الآن", "احموا المدنيين الآن", "Sign the petition", "Agissez"
    r"|(?:وقع(?:وا|ي)?\s+(?:علي\s+)?(?:ال)?(?:عريضه|الان|هنا)|اضف(?:وا|ي)?\s+(?:اسمك|صوتك|توقيعك)|(?:تحرك|تبرع|انضم)(?:وا|ي)?\s+الان|\S+وا\s+\S+(?:\s+\S+)?\s+الان"
    r"|sign\s+(?:the\s+|our\s+)?petition|sign\s+now|add\s+your\s+(?:name|voice)|take\s+action(?:\s+now)?|act\s+now|donate\s+now"
    r"|signez(?:\s+la\s+pétition|\s+maintenant)?|agissez(?:\s+maintenant)?|ajoutez\s+votre\s+(?:nom|voix)|faites\s+un\s+don)\W*$)"
)
WIDGET = re.compile(r"℃|°\s*[cf]\b|درجه\s+الحراره|سعر\s+(?:الصرف|الدولار)\s*:")
# A markets page's boxes: a quote line (a name, a price and an arrow or a change in per cent),
# the heading of a box of quotes or rates, and the watchlist button.
QUOTE = re.compile(r"^\D{0,40}\d[\d.,]*\s*%?\s*[▲▼△▽↑↓]|[▲▼△▽↑↓]\s*[+\-−]?\d[\d.,]*\s*%?\s*$")
MARKET_BOX = _folded(
    r"^\W*(?:(?:ال)?(?:شركات|اسهم)\s+(?:ال)?(?:مذكوره|وارده)(?:\s+في\s+(?:ال)?(?:خبر|مقال|تقرير|قصه))?|اسعار\s+(?:ال)?(?:عملات|صرف|ذهب|نفط|اسهم|معادن)"
    r"|(?:companies|stocks|tickers)\s+(?:in\s+this\s+(?:story|article)|mentioned)|(?:currency|exchange)\s+rates)\W*$"
    r"|قائمه\s+المتابعه|watch\s*list"
)
# A match centre's furniture on a sports report: its status ("انتهت المباراة", "FT"), its tabs and
# boxes (line-ups, events, statistics, standings, head to head), a statistic's name, the referee
# and the ground; and lines of names and numbers: a score ("برشلونة 2 - 2 ليفربول"), a formation
# ("4-2-3-1"), a scorer and his minute ("محمد صلاح 24'"). Never a headline, never article text.
MATCH_BOX = _folded(
    r"^\W*(?:(?:انتهت|نهاية|بداية)\s+(?:ال)?مباراة|انتهت|(?:ال)?مباراة\s+(?:ال)?(?:مقبلة|قادمة|التالية)|مباريات\s+(?:اليوم|الأمس|الغد)"
    r"|نتائج\s+مباشرة|(?:ال)?شوط\s+(?:ال)?(?:أول|ثاني)|بين\s+الشوطين|رجل\s+(?:ال)?مباراة|(?:أحداث|إحصائيات|تفاصيل)\s+(?:ال)?مباراة"
    r"|(?:ال)?إحصائيات|(?:ال)?تشكيل(?:ة)?(?:\s+(?:ال)?(?:أساسي|أساسية|رسمي|رسمية|متوقع|متوقعة))?|(?:ال)?بدلاء|(?:ال)?احتياط"
    r"|جدول\s+(?:ال)?(?:ترتيب|مباريات)|ترتيب\s+(?:ال)?(?:دوري|مجموعة|فرق|هدافين)|(?:ال)?مواجهات\s+(?:ال)?(?:سابقة|مباشرة)"
    r"|(?:ال)?استحواذ|(?:ال)?تسديدات(?:\s+على\s+المرمى)?|على\s+المرمى|(?:ال)?ركنيات|(?:ال)?ضربات\s+الركنية|(?:ال)?تسلل"
    r"|ft|ht|aet|full[\s-]time|half[\s-]time|kick[\s-]off|(?:next|previous|last)\s+match|man\s+of\s+the\s+match|live\s+scores?"
    r"|line-?ups?|starting\s+(?:xi|eleven)|substitutes|subs|standings|league\s+table|head[\s-]to[\s-]head|h2h|match\s+(?:stats|events)"
    r"|possession|shots(?:\s+on\s+target)?|corners|fouls|offsides"
    r"|terminé|mi-temps|fin\s+du\s+match|prochain\s+match|compositions?|remplaçants|classement|statistiques|homme\s+du\s+match)\W*$"
    r"|^\W*(?:(?:ال)?حكم|(?:ال)?ملعب|(?:ال)?استاد|referee|stadium|venue|arbitre|stade)\s*:\s*\S+(?:\s+\S+){0,5}\s*$"
)
SCORE_LINE = re.compile(
    r"^[^\d.!?؟،,:]{0,40}?(?<!\d)\d{1,2}\s*[-–]\s*\d{1,2}(?!\d)[^\d.!?؟،,:]{0,40}$"  # a result, with or without its teams
    r"|^\s*\d(?:\s*[-–]\s*\d){2,4}\s*$"  # a formation
    r"|(?<!\d)\d{1,3}(?:\s*\+\s*\d{1,2})?\s*['’′](?![^\W\d_])"  # a minute: a goal, a card, a change (not "600'ü", "90's")
    # a fixture, its teams joined by a times sign or "vs" with nothing else ("الأهلي × الترجي",
    # "Arsenal vs Chelsea", "PSG vs OM"): a match box's row, never a headline (one has a verb, a colon, a quote)
    r"|^[^\d.!?؟،,:×|\"«»“”]{2,40}\s(?:×|[vV][sS]\.?)\s[^\d.!?؟،,:×|\"«»“”]{2,40}$"
)
MATCH_LINE_MAX_WORDS = 8
# A post's counters under its headline: its reading time ("دقيقة واحدة", "أقل من دقيقة",
# "3 دقائق للقراءة", "وقت القراءة: 4 دقائق", "5 min read", "Reading time: 4 min", "4 min de lecture") and its views ("2544 مشاهدة", "1.2K views").
# A story's number in the outlet's system, alone on its line: "رمز الخبر: 82911744", "رقم الخبر 1234",
# "News ID: 4412", or a desk's initials over the serial ("م ع ** 2798").
NEWS_CODE = _folded(
    r"^\W*(?:(?:رمز|رقم|كود)\s+(?:ال)?(?:خبر|ماده)|news\s+(?:code|id)|story\s+id|code\s+de\s+l'article)\s*:?\s*\d{3,12}\W*$"
    r"|^\s*(?:[\u0621-\u064a]{1,3}\s+){0,3}[\u0621-\u064a]{1,3}\s*\*{1,3}\s*\d{2,6}\s*$"
)
COUNTER = _folded(
    r"^\W*(?:(?:(?:مده|وقت|زمن)\s+(?:ال)?قراءه|reading\s+time|read\s+time|temps\s+de\s+lecture)\s*:?\s*(?:حوالي\s+|about\s+|environ\s+)?"
    r"(?:\d+\s*(?:دقيقه|دقيقتان|دقيقتين|دقائق|mins?|minutes?)|دقيقه|دقيقتان|دقيقتين)"
    r"|(?:اقل\s+من\s+)?(?:\d+\s+)?(?:دقيقه|دقيقتان|دقيقتين|دقائق)(?:\s+واحده)?(?:\s+(?:لل)?قراءه)?"
    r"|\d+\s*min(?:ute)?s?\s+(?:read|de\s+lecture)|(?:less\s+than\s+)?(?:a|one)\s+minute(?:\s+read)?"
    r"|\d[\d.,]*\s*(?:k|m|الف|مليون)?\s*(?:مشاهده|مشاهدات|قراءه|قراءات|زياره|views?|reads?|مشترك|مشتركين|subscribers?"
    r"|followers?|متابع|متابعين|متابعون|abonnés?))\W*$"
)
# An app's reaction or comment count: a pictograph and a number alone ("👍 696", "💬 181", "❤️ 1.2K").
REACTION_COUNT = re.compile(r"^\s*[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*\d[\d.,]*\s*[kKmM]?\s*$")
EMBED = Phrases.of(re.compile(
    r"pic\.twitter\.com/|twitter\.com/\w+/status|x\.com/\w+/status|instagram\.com/(?:p|reel)/"
    # an embed's fallback text, as platforms print it before the script loads
    r"|عرض\s+هذه\s+المشاركة\s+على\s+(?:[Ii]nstagram|إنستغرام|انستغرام)|تمت\s+مشاركة\s+منشور\s+بواسطة|[Vv]iew\s+this\s+post\s+on\s+Instagram"
    r"|[Aa]\s+post\s+shared\s+by\s+.{1,40}\(@\w{2,30}\)|[Vv]oir\s+cette\s+publication\s+sur\s+Instagram"
    r"|facebook\.com/.+/posts/|youtube\.com/watch|youtu\.be/|\(@\w{2,15}\)\s*\w+"
    # its count of likes under it: "أعجب بها 230 ألف", "Liked by 1,204", "862K likes", "1 204 J'aime"
    r"|^أعجب\s+(?:بها|به)\s+\d[\d.,]*(?:\s+(?:ألف|مليون))?\s*$|^[Ll]iked\s+by\s+\d[\d.,]*\s*[KkMm]?\s*$|^\d[\d.,\s]*[KkMm]?\s+(?:likes|J[’']aime)\s*$"
))
_AGENCY_CREDIT = (
    r"(?:رويترز|ا\s*ف\s*ب|ا\s*ش\s*ا|د\s*ب\s*ا|شينخوا|ا\s+ب|فرانس\s*برس|اسوشيتد\s*برس|الاناضول|تاس|وام|واس|كونا|سانا|بلومبرغ|بلومبرج"
    r"|بترا|قنا|وفا|ومع|الفرنسيه|getty(?:\s+images)?|reuters|afp|ap|epa|dpa|mena|xinhua|anadolu|shutterstock|ارشيفيه|ارشيف|مواقع\s+التواصل)"
)
AGENCY_ONLY = re.compile(r"^[\W_]*" + _AGENCY_CREDIT + r"[\W_]*$")
# Where a dispatch was filed (and by whom) for which agency, on its own line under the headline:
# "بغداد/ الأناضول", "القدس/ إحسان الفقيه/ الأناضول".
PLACE_AGENCY = re.compile(r"^\s*(?:[^\s/\d]+(?:\s+[^\s/\d]+){0,2}\s*/\s*){1,2}" + _AGENCY_CREDIT + r"\s*$")
CAPTION = re.compile(
    r"(?:/\s*" + _AGENCY_CREDIT + r"\s*\)?$)|(?:\s[-–]\s*" + _AGENCY_CREDIT + r"\s*$)|(?:\(\s*(?:صوره|الصوره|photo|image)?[^()]{0,40}"
    + _AGENCY_CREDIT + r"\s*\)$)|^(?:صوره|الصوره|photo|image)\s*(?:ارشيفيه|:)"
)
# A dateline: "تاريخ النشر: ...", "نشر في ...", "Published ...", or a bare date/time line.
DATELINE_CUE = re.compile(
    BULLET + r"(?:تاريخ\s+النشر|نشر\s+(?:في|بتاريخ)|اخر\s+تحديث|تم\s+النشر|published|updated|publié|mis\s+à\s+jour)\b"
)
# Where a post was published, not when: a blog platform's publication ("Published in مجلة حبر",
# "Publié dans X", "نشر في مدونة X") has the cue of a dateline and no date.
PUBLISHED_IN = _folded(BULLET + r"(?:published|posted|publié|نشر)\s+(?:in|dans|في)\s+\D+$")
_MONTH_WORDS = (
    r"(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر"
    r"|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|جانفي|فيفري|افريل|ماي|جوان|جويليه"
    r"|اوت|غشت|شتنبر|دجنبر|نونبر|يونيه|يوليه"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
    # an outlet abroad dates in its country's language: Spanish, German, Swedish
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    r"|januar|februar|märz|april|juni|juli|oktober|dezember|januari|februari|mars|maj|augusti"
    r"|محرم|صفر|ربيع\s+(?:الاول|الاخر|الثاني)|جمادي\s+(?:الاولي|الاخره|الاول|الثاني)|رجب|شعبان|رمضان|شوال|ذو\s+القعده|ذو\s+الحجه)"
)
BARE_DATE = re.compile(
    BULLET + r"(?:[^\d\s]+\s+)?\d{1,4}(?:st|nd|rd|th)?[\s,/.-]*(?:" + _MONTH_WORDS
    + r"|\d{1,2})[\s,/.-]*\d{2,4}(?:[\s,]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|am|pm|gmt)?)?"
    r"\s*(?:gmt|utc)?\s*$"
)
LATIN = re.compile(r"[A-Za-z]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
SENTENCE_END = re.compile(r"[.:؛;]" + _NOTE_MARK + r"\s*$")
PARAGRAPH_END = re.compile(r"[.!?؟…][\"”»')]*" + _NOTE_MARK + r"\s*$")
# Small shapes, compiled once (``re.search(string, ...)`` looks its pattern up on every call).
WORD = re.compile(r"\w+")
COMMA = re.compile(r"[،,]")
YEAR = re.compile(r"\d{4}")
SCORE = re.compile(r"\d\s*[-–]\s*\d")  # "2 - 1": a result, not a place and its outlet
CLAUSE_BREAK = re.compile(r"[،,]|[^.]\.\s")
ENDS_STOP = re.compile(r"\.[\"”»')]*" + _NOTE_MARK + r"\s*$")
ENDS_STOP_OR_COLON = re.compile(r"[.:]\s*[\"”»')]*$")
ENDS_ASKING = re.compile(r"[?؟!]\s*[\"”»')]*$")
TRAILS_OFF = re.compile(r"(?:\.\.|…)\s*$")
SENTENCE_BREAK = re.compile(r"(?<=[.!?؟])\s")
BULLETED = re.compile(r"^\s*[-–•*·▪●◦]")
NUMBERED = re.compile(r"^\s*\d{1,2}\s*[.\-)–]")
BRACKETED = re.compile(r"^\s*\(.*\)\s*$")
NOT_IN_NAME = re.compile(r"[\d.:!?؟،,|/\-–]")
NOT_IN_OUTLET = re.compile(r"[\d.:!?؟،,]")
TRAIL_SPLIT = re.compile(r"[»›>/\\|←→]")
CAPTION_CREDIT_SPLIT = re.compile(r"[/(]|\s-\s")  # what a caption describes, before its credit
# A post's row of counts, replies / reposts / likes / views as bare numbers ("25 155 404 22K").
COUNT_ROW = re.compile(r"^\s*\d[\d.,]*\s*[kmb]?(?:\s+\d[\d.,]*\s*[kmb]?){2,5}\s*$")
# A review's rating, printed between its title and its text: a row of stars, a score after it ("★★★★½
# 4.5 من 5", "★★★☆☆", "⭐⭐⭐⭐ 4/5"), or labelled ("تقييمنا: ★★★★★", "تقييم الناقد: 4/5", "Our rating:
# 4/5", "Note : 3,5 sur 5").
RATING_STARS = re.compile(r"^\s*[★☆⭐✩✪]{2,}")
RATING = _folded(
    r"^\W*(?:[★☆⭐✩✪]{2,}|(?:(?:ال)?تقييم(?:نا|\s+(?:ال)?(?:ناقد|محرر|موقع|قراء))?|(?:our\s+|critic'?s?\s+|editor'?s?\s+)?rating|verdict"
    r"|(?:notre\s+)?note|(?:la\s+)?note\s+de\s+la\s+rédaction)\s*:\s*(?:[★☆⭐✩✪]{2,}|\d+(?:[.,]\d+)?\s*(?:/|من|out\s+of|sur)\s*\d+))"
)
# What kind of piece a headline heads, alone on its line under it: "بيان صحفي", "Press release",
# "Communiqué de presse" (an organisation's release, under its title as any article's date is).
PIECE_KIND = _folded(
    r"^\W*(?:(?:ال)?بيان(?:\s+(?:ال)?(?:صحفي|صحافي|مشترك))?|(?:ال)?تصريح\s+(?:ال)?(?:صحفي|صحافي)|press\s+release|news\s+release|(?:joint\s+)?statement"
    r"|communiqué(?:\s+(?:de\s+presse|conjoint))?|déclaration(?:\s+conjointe)?)\W*$"
)
# A print daily's edition and page, under a headline: "العدد 14339 - الصفحة 15", "العدد 14312 | صفحة
# دوليات", "Issue 5120 - Page 3", "N° 2231 | page 12".
PRINT_EDITION = _folded(
    r"^\W*(?:العدد|عدد|issue|no\.?|numéro|n°)\s*:?\s*\d{2,6}\s*[-–|،,·/]\s*(?:ال)?(?:صفحه|page|p\.)\s*:?\s*(?:\S+\s*){0,2}$"
)
# A hotline box: its heading ("أرقام تهمك", "أرقام الطوارئ", "لديك شكوى؟", "Useful numbers", "Numéros
# utiles") over numbers to call, each under its service's name ("خط نجدة الطفل: 16000").
HOTLINE_HEADING = _folded(
    r"^\W*(?:(?:ال)?ارقام\s+(?:تهمك|مهمه|تهمكم|(?:ال)?طوارئ|(?:ال)?نجده)|(?:ال)?خطوط\s+(?:ال)?(?:ساخنه|نجده)|لديك\s+شكوي|هل\s+لديك\s+شكوي"
    r"|useful\s+(?:phone\s+)?numbers|emergency\s+(?:phone\s+)?numbers|hotlines?|need\s+help|numéros\s+(?:utiles|d'urgence))\W*$"
)
PHONE_ENTRY = re.compile(r"^[^:\d]{2,60}:\s*\+?\d[\d\s\-]{1,17}\s*$")
# A courts desk's case number, alone or with its court ("رقم القضية: 6362/2015", "القضية رقم 7769 لسنة
# 2017 جنح مدينة نصر", "رقم الدعوى: 5020/2017 - المجلس العدلي", "Case No. 18-cr-123", "Affaire n° 17/0456"),
# and a case card's lines, a label over a short value ("المحكمة: ...", "التهمة: ...", "الجلسة المقبلة: ...",
# "Court: ...", "Next hearing: ...", "Chef d'accusation : ..."): the desk's file on the case, no text
# of the article; a case number is one of a headline's own lines.
CASE_NUMBER = _folded(
    r"^\W*(?:رقم\s+(?:ال)?(?:قضيه|دعوي|ملف|قيد)|(?:ال)?(?:قضيه|دعوي)\s+رقم|case\s+(?:no\.?|number|#)|docket\s+(?:no\.?|number|#)"
    r"|(?:affaire|dossier|requête)\s+(?:n[°o]\.?|numéro))\s*:?\s*\d"
)
CASE_NUMBER_MAX_WORDS = 20
CASE_CARD_LINE = _folded(
    r"^\W*(?:(?:ال)?محكمه|(?:ال)?تهمه|(?:ال)?تهم|(?:ال)?جلسه\s+(?:ال)?(?:مقبله|قادمه|تاليه)|موعد\s+(?:ال)?جلسه|(?:ال)?قاضي|(?:ال)?هييه|(?:ال)?حكم"
    r"|court|charges?|(?:next\s+)?hearing|judge|verdict|tribunal|chefs?\s+d'accusation|(?:prochaine\s+)?audience|juge)\s*:\s*\S"
)
CASE_CARD_LINE_MAX_WORDS = 10
# A media player's clock: where it is over how long the clip runs ("00:00 / 01:11"), a length with
# its unit ("0:59 دقيقة", "3:57 min") or under its label ("Duration 3:57", "المدة: 01:37"). A bare
# "04:49" stays a time of day: a post's time prints the same.
_CLIP_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
PLAYER_TIME = _folded(
    r"^\W*(?:" + _CLIP_TIME + r"\s*/\s*" + _CLIP_TIME + r"|" + _CLIP_TIME + r"\s*(?:دقيقه|دقايق|ثانيه|ثواني|min(?:ute)?s?|sec(?:ond)?s?)"
    r"|(?:duration|(?:ال)?مده|durée)\s*:?\s*" + _CLIP_TIME + r")\W*$"
)
# Where a post's picture or clip was, its alternative text alone: "Image", "صورة".
MEDIA_PLACEHOLDER = _folded(r"^\W*(?:image|photo|video|gif|embedded\s+video|صوره)\W*$")
# A gallery's counter under each picture: "الصورة 2 من 5", "صورة 3/10", "Photo 2 of 5", "Image 3 sur 10".
GALLERY_COUNTER = _folded(r"^\W*(?:ال)?(?:صوره|photo|image|slide|diapo(?:sitive)?)\s+\d{1,3}\s*(?:من|of|sur|/)\s*\d{1,3}\W*$")
PHOTO_WORD = re.compile(r"^\W*(?:صوره|الصوره|photo|image)\b")
# A slideshow's bare counter, "2/13": a slide's number over the count of slides (read as a counter
# only where the page prints two or more of them over the same count: ``page_kinds.gallery_slides``).
SLIDE_FRACTION = re.compile(r"^\W*(\d{1,3})\s*/\s*(\d{1,3})\W*$")
# A photographer's credit alone on its line: "تصوير: أحمد إسماعيل", "عدسة: X", "Photo: X", "Photo by X",
# "Crédit photo : X" (the name of up to four words, no stop): the picture's, never the article's byline.
PHOTOGRAPHER_CREDIT = _folded(
    r"^\W*(?:(?:تصوير|عدسه|photos?|photo\s+credit|credit\s+photo|crédits?\s+photos?|photographe?)\s*[:/]|بعدسه|photo(?:graph)?\s+by|photographed\s+by)"
    r"\s*[^\s:.،,!?؟\d]+(?:\s+[^\s:.،,!?؟\d]+){0,3}\s*$"
)
PHOTOGRAPHER_CREDIT_MAX_WORDS = 7
# A slideshow's controls and its count of pictures, alone on their line: next or previous picture,
# full screen, autoplay, grid view, replay, end of the album ("الصورة التالية", "أعد المشاهدة",
# "نهاية الألبوم", "عدد الصور: 6", "Next photo", "Full screen", "Photo suivante", "Revoir").
GALLERY_CONTROL = _folded(
    r"^\W*(?:(?:ال)?(?:صوره|شريحه)\s+(?:ال)?(?:تاليه|سابقه)|(?:عرض\s+)?(?:ملء|ملئ)\s+الشاشه|تشغيل\s+تلقايي|عرض\s+(?:ال)?شبكه"
    r"|مشاركه\s+(?:ال)?(?:البوم|معرض)|اعد(?:ه)?\s+(?:ال)?مشاهده|اعاده(?:\s+(?:ال)?عرض)?|نهايه\s+(?:ال)?(?:البوم|معرض|عرض)|عدد\s+(?:ال)?صور\s*:?\s*\d+"
    r"|(?:next|previous|prev)\s+(?:photo|image|picture|slide)|full\s*screen|auto\s*-?play|grid\s+view|replay|(?:view|share)\s+(?:the\s+)?(?:gallery|album)"
    r"|end\s+of\s+(?:the\s+)?(?:gallery|slideshow|album)|(?:photo|image|diapo)\s+(?:suivante|précédente)|plein\s+écran|lecture\s+automatique"
    r"|revoir|(?:partager|voir)\s+l'album|fin\s+(?:de\s+l'album|du\s+diaporama))\W*$"
)
GALLERY_CONTROL_MAX_WORDS = 5

# ---- Line classes for pages of any layout, from the chrome of real outlets' pages (menus,
# share bars, widgets, prompts). Whole classes, matched on the matching form; never one outlet.

# Words that make up share bars, print and font controls, comment forms, search boxes and menu
# toggles: a short line made (mostly) of them is interface, whatever the site. Networks are
# listed as sites print them, one a line ("فيسبوك", "Whats App", "لينكد إن").
_UI_WORDS = frozenset(
    ["فيسبوك", "فيس", "بوك", "تويتر", "واتساب", "واتس", "اب", "وتساب", "تيليجرام", "تيليغرام", "تلغرام", "سيغنال", "سيجنال", "signal", "إكس", "اكس", "بلوسكاي", "bluesky", "mastodon", "ماستودون", "تليجرام", "تيلغرام", "تيلقرام", "تلقرام", "تليقرام", "play", "video", "pause", "تشغيل", "شغل", "الفيديو", "لينكد", "لينكدان", "لينكدين", "ان", "انستغرام", "انستجرام", "انستقرام", "اينستاجرام", "انستاجرام", "إنستجرام", "يوتيوب", "ماسنجر", "سناب", "شات", "تيك", "توك", "بينتريست", "ريديت", "جوجل", "غوغل", "نيوز", "البريد", "بريد", "الالكتروني", "الإلكتروني", "ايميل", "email", "facebook", "twitter", "whatsapp", "whats", "app", "telegram", "linkedin", "pinterest", "pin", "interest", "messenger", "reddit", "instagram", "youtube", "tiktok", "snapchat", "google", "rss", "x", "share", "print", "save", "mail", "شارك", "شاركوا", "مشاركه", "المشاركه", "مشاركة", "نسخ", "انسخ", "الرابط", "رابط", "طباعه", "طباعة", "اطبع", "حجم", "الخط", "الخط", "تكبير", "تصغير", "a", "أ", "ا", "حفظ", "ارسل", "أرسل", "لصديق", "ارسال", "إرسال", "تعليق", "تعليقات", "التعليقات", "التعليق", "اضف", "أضف", "اترك", "تعليقا", "تعليقك", "الرد", "رد", "الغاء", "إلغاء", "الاسم", "الموقع", "بحث", "ابحث", "متقدم", "القائمه", "القائمة", "toggle", "navigation", "skip", "to", "content", "menu", "search", "تخطي", "تخطى", "الى", "إلى", "المحتوى", "المحتوي", "استمع", "استماع", "اشترك", "إشترك", "اشتراك", "الاشتراك", "النشره", "النشرة", "البريديه", "البريدية", "تابعنا", "تابعونا", "تابع", "عبر", "على", "علي", "like", "this", "إعجاب", "اعجاب", "تحميل", "المزيد", "التالي", "السابق", "خدمة", "خدمه", "comments", "comment", "reply", "send", "submit", "login", "sign", "in", "up", "دخول", "تسجيل", "خروج", "الخبر", "partager", "imprimer", "mute", "unmute", "volume", "كتم", "شاهد", "watch", "commentaires", "commentaire", "réactions", "reactions", "الردود", "ردود", "ajouter", "un", "une", "envoyer", "réagir", "rechercher", "accueil", "fr", "ar", "en", "s'abonner", "abonnez-vous", "newsletter", "suivez-nous", "suivez", "nous", "sur"]
)
UI_WORDS_FOLDED = frozenset(fold_line(w) for w in _UI_WORDS)
# Prompts anywhere in a line of up to PROMPT_MAX_WORDS: comments, subscriptions and channels,
# polls, "read the story at its source", app downloads.
PROMPT = Phrases.of(_folded(
    r"اضف\s+تعليق|اترك\s+تعليق|لن\s+يتم\s+نشر\s+عنوان\s+بريدك|احترام\s+شروط\s+التعليق|تعليقات\s+(?:الزوار|القراء)"
    r"|لا\s+توجد\s+تعليقات|كل\s+التعليقات|المزيد\s+من\s+التعليقات|شروط\s+التعليق|الحقول\s+(?:الالزاميه|المطلوبه)"
    r"|اشترك\s+(?:في|الان|معنا|بـ?)|(?:انضم|انضموا)\s+(?:الي|الان)|قناتنا\s+(?:علي|في|عبر)|تابعوا\s+(?:اخبار|قناه|قناتنا|صفحتنا)"
    r"|تابع\s+(?:اخبار|صفحتنا|قناتنا)|النشره\s+البريديه|بريدك\s+الالكتروني|ادخل\s+بريدك|سجل\s+(?:الان|الدخول)"
    r"|هل\s+اعجبك|استطلاع\s+الراي|عرض\s+النتائج|(?:اقرا|تابع|طالع)\s+(?:الخبر|المقال)\s+(?:من|في|علي)\s+(?:المصدر|سياقه|موقع)"
    r"|الخبر\s+من\s+المصدر|حمل\s+تطبيق|حملوا\s+تطبيق|share\s+this|like\s+this|leave\s+a\s+(?:reply|comment)"
    r"|الغاء\s+الاشتراك|unsubscribe|subscribed\s+to|stop\s+receiving|email\s+updates|manage\s+(?:your\s+)?subscription"
    # a comment form's "remember me" box, and the notice a page shows a reader with an ad blocker
    r"|احفظ\s+اسمي|save\s+my\s+name|ad\s*-?\s*block|(?:حظر|مانع|حاجب)\s+(?:ال)?اعلانات|(?:عطل|تعطيل|ايقاف)\s+(?:اضافه\s+)?(?:حظر|مانع|حاجب)"
    # a thread's unroll, saved or read through an app: its prompts and its disclaimer
    r"|missing\s+(?:some|a)\s+(?:tweet|post)|force\s+a\s+refresh|get\s+notified\s+when|(?:did|does)\s+\S+(?:\s+\S+)?\s+help\s+you"
    r"|(?:is\s+)?not\s+affiliated\s+with|غير\s+(?:تابع|مرتبط)\s+(?:ب|ل)|(?:بعض|احدي)\s+(?:ال)?تغريدات\s+(?:ناقصه|مفقوده)"
))
PROMPT_MAX_WORDS = 25
# A subscription wall, whatever the outlet and language: the notice that the rest is for
# subscribers ("هذا المحتوى للمشتركين", "Subscribe to continue reading", "Réservé aux abonnés"), its
# box's pitch and buttons (unlimited access, choose a plan, already a subscriber?), a metered page's
# count of free articles ("تبقّى لك 3 مقالات مجانية", "You have 2 free articles left") and the
# offers to subscribe ("خصم 50% على الاشتراك", "free trial"). Never article text.
PAYWALL = Phrases.of(_folded(
    r"(?:لل)?مشتركين\s+فقط|(?:حصري|متاح|مخصص|متوفر)\s+(?:ل|لل)مشتركين|(?:المحتوي|المقال|الخبر|التقرير)\s+(?:متاح\s+|مخصص\s+|حصري\s+)?(?:ل|لل)مشتركين"
    r"|🔒|subscribers?[\s-]+only|(?:subscribe|sign\s+in|log\s+in|register)\s+to\s+(?:continue|keep|read|unlock)|continue\s+reading"
    r"|(?:تابع|اكمل|واصل|لمتابعه|لمواصله|لاكمال)\s+(?:ال)?قراءه|réservé\s+aux\s+abonnés|(?:abonnez-vous|connectez-vous)\s+pour\s+(?:lire|continuer)"
    r"|la\s+suite\s+(?:est\s+)?réservée|وصول\s+غير\s+محدود|unlimited\s+(?:digital\s+)?access|accès\s+illimité"
    r"|اختر\s+(?:باقتك|الباقه|خطتك|اشتراكك)|choose\s+(?:your|a)\s+plan|ابدا\s+(?:ال)?اشتراك|مشترك\s+بالفعل|لديك\s+(?:حساب|اشتراك)"
    r"|already\s+(?:a\s+)?subscriber|already\s+have\s+an\s+account|déjà\s+abonné"
    r"|مقال(?:ات)?\s+مجاني|free\s+(?:articles?|stories|reads)\b|articles?\s+gratuits?"
    r"|(?:خصم|تخفيض)\s+\d+\s*%|جرب(?:وا)?\s+(?:ال)?اشتراك|(?:ال)?اشتراك\s+(?:ال)?مميز|اشترك\s+(?:الان\s+)?ب\s*\d|\d+\s*%\s+off\b|free\s+trial|essai\s+gratuit"
))
PAYWALL_MAX_WORDS = 30
# A subscription box's plans and prices, one a line: "الاشتراك الربع سنوي", "رقمي + مطبوع",
# "Monthly", "699 ريال", "$4.99/month"; and the cards it takes ("Visa", "Mastercard", "KNET").
PLAN = _folded(
    r"^\W*(?:(?:ال)?(?:اشتراك|باقه)\s+)?(?:ال)?(?:شهري|سنوي|اسبوعي|رقمي|مطبوع|ورقي|(?:ربع|نصف)\s+سنوي)(?:\s*\+\s*(?:ال)?(?:مطبوع|ورقي|رقمي))?\W*$"
    r"|^\W*(?:monthly|annual|yearly|quarterly|weekly|digital)(?:\s*\+\s*(?:print|digital))?(?:\s+(?:plan|subscription|access))?\W*$"
    r"|^\W*(?:abonnement\s+)?(?:mensuel|annuel|numérique)(?:\s*\+\s*papier)?\W*$"
)
_CURRENCY = r"(?:ريال|ريالا|دينار|دينارا|درهم|درهما|جنيه|جنيها|ليره|دولار|دولارا|يورو|usd|eur|gbp|sar|aed|kwd|qar|bhd|omr|egp|jod|[$€£])"
_PER_PERIOD = r"(?:\s*(?:/|في|لل|per|a|par)?\s*(?:ال)?(?:شهر|سنه|شهريا|سنويا|month|mo|year|yr|mois|an))?"
PRICE = _folded(r"^\W*(?:[$€£]\s*\d[\d.,]*|\d[\d.,]*\s*" + _CURRENCY + r")" + _PER_PERIOD + r"\W*$")
# An institution's press office credited alone on its line, with or without the institution after a
# dash: "إدارة الإعلام والعلاقات العامة - محافظة X", "المكتب الإعلامي", "المركز الإعلامي", "قسم العلاقات
# العامة", "Media Office", "Press Office", "Public Relations Department", "Service de presse",
# "Direction de la communication". A credit, never a headline.
PRESS_OFFICE = _folded(
    r"^\W*(?:(?:ال)?(?:اداره|قسم|مكتب|مركز|دائره|شعبه)\s+(?:ال)?(?:اعلام|علاقات\s+العامه|العلاقات\s+العامه|اتصال|الاتصال|اعلامي|الاعلامي|صحفي|الصحفي|صحافه)"
    r"|(?:the\s+)?(?:media|press|communications?)\s+(?:office|centre|center|department|relations)|public\s+relations\s+(?:department|office)"
    r"|service\s+(?:de\s+(?:la\s+)?presse|de\s+communication)|direction\s+de\s+la\s+communication|bureau\s+de\s+presse|cellule\s+de\s+communication)"
)
PRESS_OFFICE_MAX_WORDS = 10
# An offer's price on a travel or shopping card: "from" and a sum in a currency closing a short line
# ("الليلة من 139 دولاراً", "ذهاب وعودة ابتداءً من 550 درهم", "Flights from $420", "Dès 89 €").
OFFER_PRICE = _folded(
    r"(?:^|\s)(?:من|ابتداء\s+من|بدءا\s+من|اعتبارا\s+من|from|starting\s+(?:at|from)|a\s+partir\s+de|des)\s+"
    r"(?:[$€£]\s*\d[\d.,]*|\d[\d.,]*\s*" + _CURRENCY + r")\W*$"
)
OFFER_PRICE_MAX_WORDS = 6
PAYMENT_CARDS = _folded(
    r"^\W*(?:(?:visa|master\s*card|knet|mada|paypal|(?:apple|google)\s+pay|amex|american\s+express)[\s|/,·•]*){1,6}$"
)
PLAN_MAX_WORDS = 6
# A trail of sections: "الرئيسية » أخبار » عربي ودولي", "Home > World", "الرئيسية / سياسة".
TRAIL_SEPARATOR = re.compile(r"\s[»›>/\\|←→]\s|\s»|»\s")
TRAIL_SEGMENT_MAX_WORDS = 4
HOME = _folded(r"^(?:الرئيسيه|الصفحه\s+الرئيسيه|home)\b")
# Photo credits printed as their own line: "©", "REUTERS / SHOKRY HUSSIEN", "Getty Images".
PHOTO_CREDIT = re.compile(r"^(?:©|\(c\))?\s*[A-Z][A-Z .&'-]{1,30}\s*/\s*[A-Z][A-Z .'-]{2,40}$|^\s*©\s*$")
# An agency's or a photo desk's credit and the photographer's name: "UN Photo/Mark Garten",
# "صور الأمم المتحدة/Manuel Elías", "© UNICEF/Ahmad Baroudi/2018", "Photo ONU/Loey Felipe".
NAMED_PHOTO_CREDIT = re.compile(
    r"^\s*(?:©\s*)?[^\W\d][^/\d.:!?؟،,]{1,30}/\s*[A-Z][\w'’.-]*(?:[\s-]+[A-Z][\w'’.-]*){0,3}(?:\s*/\s*\d{4})?\s*$"
    r"|^\s*©\s*\d{4}\s+[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,2}\s*$"  # its year and agency: "© 2018 AFP", "© 2018 Getty Images", "© 2018 خاص"
)
# A photo caption is a short line saying what the picture shows; these openers are how
# captions start in Arabic newsrooms ("جانب من ...", "صورة أرشيفية", "لقطة من ...").
CAPTION_OPENER = _folded(
    r"^(?:(?:ال)?شكل\s*(?:رقم\s*)?\(?\d{1,2}\)?\s*[:\-–]|(?:figure|fig\.|graphique)\s*\d{1,2}\s*[:.\-–]|جانب\s+من|خريطه\s+(?:توضح|تظهر|تبين)|(?:map|chart)\s+(?:showing|of)\b|(?:ال)?صوره\s*(?::|من\b|ارشيفيه|تعبيريه|توضيحيه|لـ?\s)|رسم\s+بياني|انفوغرافيك\s*:|(?:chart|graph|infographic)\s*:|لقطه\s+من|مشهد\s+عام|من\s+موقع|من\s+مكان|خلال\s+(?:المؤتمر|الاجتماع|اللقاء|الجلسه|زياره)"
    r"|صور\s+ارشيفيه|ارشيفيه$|photo\b|file\s+photo)"
)
# A picture's own labels, as story pages print them over its credit and its caption:
# "مصدر الصورة، Getty Images", "التعليق على الصورة، ...", "Image source, EPA", "Image caption, ...".
IMAGE_LABEL = _folded(r"^\W*(?:م?صدر\s+الصوره|التعليق\s+علي\s+الصوره|تعليق\s+الصوره|image\s+(?:source|caption)|photo\s+(?:source|caption))\s*[،,:]")
IMAGE_LABEL_MAX_WORDS = 40
# Dates and times in any of the forms pages print them; a line that is little else is a date
# line (a widget above the headline, the dateline under it, a related item's date in the tail).
DATE_TOKEN = _folded(
    r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}|\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s*[,،]?\s*(?:de\s+)?" + _MONTH_WORDS + r"\b|\b" + _MONTH_WORDS + r"\s*[,،]?\s*(?:de\s+)?\d{1,4}"  # "16 de marzo de 2018"
    r"|(?:قبل|منذ)\s+(?:\d+\s+)?(?:دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر)\b"
    r"|\b\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b"
    r"|\bil\s+y\s+a\s+(?:\d+|une?)\s+(?:minutes?|heures?|jours?|semaines?|mois)\b"  # "il y a 5 heures"
)
DATE_FILLER = _folded(
    r"\b(?:" + _MONTH_WORDS + r"|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|الثاني|الاول|gmt|utc|am|pm|ص|م|مساء|صباحا"
    r"|مساءا|ظهرا|هـ|ه|نشر|نشره|تم|في|بتاريخ|تاريخ|النشر|اخر|تحديث|محدثه|محدث|بواسطه|الساعه|updated|published|on|by|at"
    r"|قبل|منذ|دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسابيع|شهر|اشهر|تعليق|تعليقات|ago|العدد|issue|no|de|uhr)\b|[\d\W_]+"
)
# A social post's time stamp: a date or a short relative time ("5 س", "2h", "3 د") and the
# audience pictograph or word after a dot ("30 أبريل الساعة 8:09 ص · 🌐", "5 س · 🌐", "2h · Public").
POST_AUDIENCE = re.compile(r"\s[·•|]\s*(?:[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?|public|friends|عام|الاصدقاء)\s*$")
SHORT_AGO = re.compile(r"^\W*\d{1,2}\s*(?:س|د|ي|ث|h|m|d|w|hr|min)\s*$")
DATE_LINE_MAX_OTHER_WORDS = 4
DATE_LINE_MAX_WORDS = 16
# A headline may end in "?" or "!" and still be a headline: a lead needs a sentence inside it.
EMBED_MAX_WORDS = 70  # a post is at most a tweet and its signature; a 150-word line is article text


# How a paragraph that carries an article on opens: a conjunction on a verb or a particle
# ("وقال", "وأضاف", "وفي", "ولم"), a resuming phrase ("بدوره،", "من جهته", "كما", "غير أن").
# Leads do not: in the layout gold and the seeds 1 first paragraph of 1,045 does (a text cut
# mid-article), 3,071 later paragraphs of 4,858 do;
# "وافق", "واصل", "واشنطن" and "وهران" open leads, so a bare "وا" is not one of them.
CONTINUATION_OPENER = _folded(
    r"^[\W_]*(?:و(?:قال|قالت|أضاف|أضافت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|أصبح|أعلن|أفاد|أظهر|أعرب|اعتبر|تابع|تابعت|كان|كانت|في|من|على|قد|لم|لا|لن|ب|ل|ت|ي|س|ن)"
    r"|بدور(?:ه|ها|هم)|من\s+(?:جهته|جهتها|جانبه|جانبها|ناحيته)|كما\s|فيما\s|غير\s+أن|إلا\s+أن|لكن|فعلى\s+سبيل)"
)
