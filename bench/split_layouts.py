"""The layout gold set: real articles of ../shared/corpus dressed in layouts of real outlets.

Every page is a real article (ANT multisource; a few SemEval Arabic articles, one block of text
as scraped) with the chrome of a news site around it, written down from the real pages in
../shared/corpus/arabic_html_pages (youm7, alyaum, albayan, akhbarelyom, almadenahnews, Sputnik
Arabic, elbaladtv, beirutobserver) and from the page furniture of other Arabic outlets (live
blogs, WordPress news themes, agency wires, AMP pages, infinite scroll): menus, breadcrumbs,
live labels, date and weather widgets, share bars one network a line, print and font-size
controls, comment and subscribe prompts, read-also lists, photo captions inside the article,
source credits, embedded posts, and whole articles appended under the main one.

Only article ids, layout names, seeds and labels are stored (tests/fixtures/split_gold/
layouts*.json); the texts are read from ../shared when the pages are assembled, and the same
seed and ids give the same page, line for line (the label hashes check it).

    .venv/bin/python bench/split_layouts.py build            write layouts.json and layouts_heldout.json (17 layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout2   write layouts_heldout2.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout3   write layouts_heldout3.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout4   write layouts_heldout4.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py show ID  one page, labelled line by line (--labels for held-out parts 3-4)

Four of the seventeen layouts, drawn with HELDOUT_SEED, formed the held-out part (layouts_heldout.json):
never looked at while the splitter was tuned, measured once, then used for analysis. Four more
layouts written after that measurement form the second held-out part (layouts_heldout2.json),
measured once and then analysed likewise; four more, written after that, the third
(layouts_heldout3.json); four more, written after the third was measured, from kinds of pages
none of the others shows (a feed read as text, a state agency's own site, print / reader /
cached copies, a tabloid mobile page with ad slots), the fourth (layouts_heldout4.json).
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.split_eval import GOLD_DIR, SHARED, Document, line_hash

PAGES_PER_LAYOUT = 22
BUILD_SEED = 14
HELDOUT_SEED = 2026
HELDOUT_LAYOUTS = 4
_T = TypeVar("_T")
GOLD_FILES = ("layouts", "layouts_heldout", "layouts_heldout2", "layouts_heldout3", "layouts_heldout4")


@dataclass(frozen=True)
class SourceArticle:
    """A real article: its title, paragraphs, publication time and outlet as the corpus gives them."""

    id: str
    title: str
    paragraphs: tuple[str, ...]
    published: str
    outlet: str
    author: str


# ---------------------------------------------------------------------------------- articles
# Lines that would be chrome themselves: an article carrying them is not used (its labels
# would call boilerplate "body").
_CHROME_IN_TEXT = re.compile(
    r"http|www\.|©|للمزيد|اقرأ|إقرأ|اقرا|المصدر\s*:|تابعوا|pic\.twitter|twitter\.com|@\w|---|اضغط|نقلا?ً? عن"
    r"|جميع المقالات|تحميل أحدث|قد يهمك|فرانس ?24 ?/|حقوق|/ ?(?:أ ف ب|رويترز|ا ف ب)"
)


@lru_cache(maxsize=1)
def load_articles() -> dict[str, SourceArticle]:
    """Every usable article of the corpus, by id: ANT articles, and SemEval Arabic ones (one
    block of text with the title glued to the lead, as scraped)."""
    articles: dict[str, SourceArticle] = {}
    with gzip.open(SHARED / "corpus" / "ant_multisource.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            paragraphs = tuple(p.strip() for p in (row.get("text") or "").split("\n") if p.strip())
            title = " ".join((row.get("title") or "").split())
            if not title or not paragraphs or _CHROME_IN_TEXT.search(row["text"] + title):
                continue
            articles[row["id"]] = SourceArticle(
                row["id"], title, paragraphs, row.get("published") or "", row["source"], row.get("author") or ""
            )
    seen: set[str] = set()
    with gzip.open(SHARED / "corpus" / "semeval2022_hfl_pairs.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            for k in "12":
                if row[f"lang{k}"] != "ar" or row[f"id{k}"] in seen:
                    continue
                seen.add(row[f"id{k}"])
                text = " ".join(row[f"text{k}"].split())
                if len(text.split()) >= 60:
                    articles[f"semeval:{row[f'id{k}']}"] = SourceArticle(f"semeval:{row[f'id{k}']}", "", (text,), "", "", "")
    return articles


def _main_pool(articles: dict[str, SourceArticle]) -> list[str]:
    """Articles that can be a page's main article: 2-12 paragraphs, under 900 words."""
    return sorted(
        a.id for a in articles.values()
        if a.title and 2 <= len(a.paragraphs) <= 12 and sum(len(p.split()) for p in a.paragraphs) <= 900
    )


# ------------------------------------------------------------------------------------ dates
_WEEKDAYS = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
_MONTHS_EG = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
_MONTHS_LEV = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول")
_MONTHS_MA = ("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@dataclass(frozen=True)
class When:
    year: int
    month: int
    day: int
    hour: int
    minute: int
    weekday: int

    @property
    def h12(self) -> tuple[int, str]:
        return (self.hour % 12 or 12), ("ص" if self.hour < 12 else "م")


def when_of(published: str, rng: random.Random) -> When:
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        moment = datetime(2018, rng.randint(2, 10), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
    return When(moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.weekday())


def date_eg(w: When, clock: bool = True, sep: str = " ") -> str:
    hour, half = w.h12
    text = f"{_WEEKDAYS[w.weekday]}، {w.day:02d} {_MONTHS_EG[w.month - 1]} {w.year}"
    return text + (f"{sep}{hour:02d}:{w.minute:02d} {half}" if clock else "")


# ----------------------------------------------------------------------------------- page
@dataclass
class Page:
    """A page being assembled: its lines with their labels; articles are drawn through it."""

    rng: random.Random
    articles: dict[str, SourceArticle]
    main: SourceArticle
    draw: Callable[[], SourceArticle]
    lines: list[tuple[str, str]] = field(default_factory=list)
    appended: int = 0

    def add(self, label: str, *texts: str) -> None:
        for text in texts:
            text = " ".join(text.split())
            if text:
                self.lines.append((label, text))

    def pick(self, options: Sequence[_T]) -> _T:
        return self.rng.choice(list(options))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def headlines(self, n: int) -> list[str]:
        return [self.draw().title for _ in range(n)]

    def body(self, article: SourceArticle | None = None, label: str = "body",
             inserts: Callable[[int, int], None] | None = None) -> None:
        """The article's paragraphs; ``inserts(i, n)`` may add chrome after paragraph i."""
        paragraphs = (article or self.main).paragraphs
        for index, paragraph in enumerate(paragraphs):
            self.add(label, paragraph)
            if inserts is not None and index < len(paragraphs) - 1:
                inserts(index, len(paragraphs))

    def appended_article(self, dated: Callable[[When], str] | None = None, cue: tuple[str, str] | None = None) -> None:
        """A whole other article under the main one, with its title (and its own date line)."""
        other = self.draw()
        while len(other.paragraphs) < 2 or not other.title:
            other = self.draw()
        self.appended += 1
        n = self.appended
        if cue:
            self.add(cue[0], cue[1])
        self.add(f"appended-{n}-title", other.title)
        if dated is not None:
            self.add(f"appended-{n}-dateline", dated(when_of(other.published, self.rng)))
        for paragraph in other.paragraphs[: self.rng.randint(2, 6)]:
            self.add(f"appended-{n}-body", paragraph)


# Generic photo captions (the photo's subject with or without its credit), as printed under
# pictures on the pages above; a caption may also reuse the title's first words.
_CAPTIONS = (
    "جانب من الاجتماع", "صورة أرشيفية", "من موقع الحادث", "جانب من المؤتمر الصحفي", "من مكان الانفجار",
    "جانب من الجلسة", "صورة تعبيرية", "خلال المؤتمر الصحفي", "جانب من التظاهرات", "عناصر من قوات الأمن في موقع الهجوم",
    "جانب من الفعالية", "لقطة من الفيديو", "مشهد عام للمدينة", "جنود في دورية قرب الحدود",
)
_CREDITS = ("(رويترز)", "(أ ف ب)", "- أرشيفية", "/ أ ف ب", "(أرشيف)", "(الأناضول)", "- رويترز", "(getty)", "(AFP)", "(EPA)")
_TWEETS_EN = (
    "We are following the situation closely and stand ready to help those affected.",
    "Today I met with my counterpart to discuss the next steps. Constructive talks.",
    "Our thoughts are with the victims and their families.",
    "Strong statement by the Council this morning. Dialogue is the only way forward.",
    "Thank you for the warm welcome! Looking forward to deepening our partnership.",
)
_TWEETS_AR = (
    "نتابع عن كثب تطورات الوضع ونقف إلى جانب المتضررين",
    "التقيت اليوم نظيري وبحثنا الخطوات المقبلة",
    "خالص التعازي لأسر الضحايا ونتمنى الشفاء العاجل للمصابين",
)
_HANDLES = (("Reuters", "Reuters"), ("UN News", "UN_News_Centre"), ("وزارة الخارجية", "MofaQatar_AR"),
            ("BBC Breaking News", "BBCBreaking"), ("سكاي نيوز عربية", "skynewsarabia"), ("Al Arabiya English", "AlArabiya_Eng"))


def tweet(page: Page, w: When) -> None:
    """An embedded post as scrapers keep it: its text, then the signature line with the link."""
    name, handle = page.pick(_HANDLES)
    code = "".join(page.rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    text = page.pick(_TWEETS_EN + _TWEETS_AR)
    if page.chance(0.5):
        page.add("embedded_post", f"{text} pic.twitter.com/{code}")
        page.add("embedded_post", f"— {name} (@{handle}) {_MONTHS_EN[w.month - 1]} {w.day}, {w.year}")
    else:
        page.add("embedded_post", text)
        page.add("embedded_post", f"— {name} (@{handle}) {_MONTHS_EN[w.month - 1]} {w.day}, {w.year} pic.twitter.com/{code}")


def caption(page: Page, credit: float = 0.6) -> str:
    if page.chance(0.3):
        words = page.main.title.split()
        text = " ".join(words[: page.rng.randint(3, min(6, max(3, len(words))))])
    else:
        text = page.pick(_CAPTIONS)
    return f"{text} {page.pick(_CREDITS)}" if page.chance(credit) else text


def one_per_line(page: Page, label: str, names: tuple[str, ...], k: int | None = None) -> None:
    chosen = list(names) if k is None else page.rng.sample(list(names), min(k, len(names)))
    page.add(label, *chosen)


# ---------------------------------------------------------------------------------- layouts
# Each layout is a function of a page; names say which kind of outlet it was written from.

NAV_EG = ("الرئيسية", "عاجل", "سياسة", "تقارير", "حوادث", "اقتصاد وبورصة", "تحقيقات", "رياضة", "عرب", "عالم", "فن",
          "ثقافة", "مرأة ومنوعات", "صحة", "تكنولوجيا", "محافظات", "المزيد")
NAV_GULF = ("المحليات", "الاقتصاد", "الرياضة", "عربي ودولي", "منوعات", "الرأي", "فيديو", "انفوغرافيك", "النسخة الرقمية")
NAV_LEV = ("الرئيسية", "لبنانيات", "محليات", "دولية", "الاقتصاد", "فن ومتفرقات", "عناوين الصحف", "اتصل بنا")
NAV_MA = ("الرئيسية", "سياسة", "اقتصاد", "مجتمع", "جهات", "رياضة", "فن وثقافة", "مغاربة العالم", "كتاب وآراء", "تكنولوجيا")
SHARE_AR = ("فيسبوك", "تويتر", "واتساب", "تيليجرام", "لينكد إن", "البريد الإلكتروني", "ماسنجر")
SHARE_EN = ("Facebook", "Twitter", "WhatsApp", "Telegram", "LinkedIn", "Email", "Pinterest", "Messenger")
FOOTER = ("من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا", "خريطة الموقع")


def egypt_daily(p: Page) -> None:
    """youm7-like: today's date, long menu, ticker, breadcrumb on two lines, caption and byline
    before the body, tags one per line without a cue, related headlines with dates, comments."""
    w = when_of(p.main.published, p.rng)
    p.add("widget", date_eg(w))
    one_per_line(p, "other", NAV_EG)
    p.add("related_list", *p.headlines(p.rng.randint(3, 6)))
    p.add("other", "الرئيسية", p.pick(("تقارير مصرية", "أخبار عربية", "أخبار عالمية", "سياسة", "اقتصاد")))
    p.add("title", p.main.title)
    p.add("dateline", date_eg(w))
    if p.chance(0.7):
        p.add("caption", caption(p, credit=0.2))
    p.add("source_credit", f"{p.pick(('كتب', 'كتبت'))} {p.pick(('أسماء نصار', 'محمد السيد', 'هند عادل', 'أحمد عرفة'))}")
    p.add("ui_text", "مشاركة", "اضف تعليقاً واقرأ تعليقات القراء")
    p.body()
    p.add("tags", *[" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 4))])
    p.add("ui_text", "مشاركة", "اضف تعليقاً واقرأ تعليقات القراء")
    p.add("related_list", "الموضوعات المتعلقة")
    for _ in range(p.rng.randint(2, 4)):
        p.add("related_list", p.draw().title, date_eg(when_of(p.draw().published, p.rng)))
    p.add("ui_text", "لا توجد تعليقات على الخبر", "اضف تعليق", "ارسال")
    p.add("related_list", "الأكثر قراءة", *p.headlines(4))
    one_per_line(p, "other", FOOTER, 3)
    p.add("other", f"© {w.year} حقوق النشر محفوظة لـ اليوم السابع")


def saudi_daily(p: Page) -> None:
    """alyaum-like: menus, a weather strip (day name / °C pairs), the title twice, a captioned
    photo twice, byline with city, Arabic-Indic date, "listen", cross-heads, latest-news list."""
    w = when_of(p.main.published, p.rng)
    one_per_line(p, "other", NAV_GULF)
    p.add("widget", "حالة الطقس", "موعد الصلاة", p.pick(("DAMMAM", "الرياض", "جدة")))
    for day in p.rng.sample(_WEEKDAYS, 3):
        p.add("widget", day, f"{p.rng.randint(18, 44)}°C")
    p.add("ui_text", "ابحث", "بحث متقدم")
    p.add("other", "الرئيسية", p.pick(NAV_GULF))
    p.add("title", p.main.title)
    p.add("duplicated_headline", p.main.title)
    cap = caption(p, credit=1.0)
    p.add("caption", cap, cap)
    p.add("source_credit", f"{p.pick(('حسام أبو العلا', 'عبدالله الغامدي', 'نورة العتيبي'))} - {p.pick(('القاهرة', 'الرياض', 'الدمام'))}")
    p.add("dateline", f"{w.hour:02d}:{w.minute:02d} {_WEEKDAYS[w.weekday]} {w.day} / {w.month} / {w.year}".translate(_INDIC))
    p.add("ui_text", "استمع")
    p.body()
    p.add("related_list", "آخر الاخبار", "اكثر قراءة")
    for _ in range(4):
        p.add("related_list", f"قبل {p.rng.randint(2, 59)} دقيقة", p.draw().title)
    p.add("ui_text", "المزيد")
    p.add("other", "أقسام الموقع", *p.rng.sample(NAV_GULF, 4))
    p.add("ui_text", "للإشتراك بجريدة اليوم", "إشترك")
    p.add("other", "جميع الحقوق محفوظة لدار اليوم للصحافة والطباعة والنشر")


def emirates_daily(p: Page) -> None:
    """albayan-like: skip link, prayer-time table, social names one per line, Hijri date split
    over lines, a poll, source and date as label/value line pairs, Google News prompt, print."""
    w = when_of(p.main.published, p.rng)
    p.add("ui_text", "تخطى قائمة التنقل")
    p.add("widget", "الصلاة", "التوقيت", "المدينة", "الفجر", "الشروق", "الظهر", "العصر", "المغرب", "العشاء", "دبي")
    p.add("widget", *[f"{h:02d}:{p.rng.randint(0, 59):02d}" for h in (4, 5, 12, 15, 18, 20)])
    one_per_line(p, "ui_text", ("خدمة RSS", "لينكد إن", "إينستاجرام", "يوتيوب", "تويتر", "فيسبوك"))
    p.add("widget", str(p.rng.randint(1, 29)), p.pick(("رجب", "شعبان", "رمضان", "شوال")), "1439هـ", "-",
          f"{w.day:02d} {_MONTHS_EG[w.month - 1]} {w.year}م")
    one_per_line(p, "other", ("الرئيسية", "عبر الإمارات", "أخبار وتقارير", "العرب", "خارج الحدود", "الاقتصادي", "الرياضي"))
    p.add("title", p.main.title)
    p.add("widget", "استطلاع الرأي", "هل تؤيد التعلم عن بعد في الجامعات؟", "نعم", "لا", "عرض النتائج")
    p.add("source_credit", "المصدر:", f"({p.pick(('أبوظبي', 'دبي', 'الشارقة'))} - البيان)")
    p.add("dateline", "التاريخ:", f"{w.day:02d} {_MONTHS_EG[w.month - 1]} {w.year}")
    p.body()
    p.add("ui_text", "تابعوا أخبار الإمارات من البيان عبر غوغل نيوز", "طباعة", "Email")
    one_per_line(p, "ui_text", ("فيسبوك", "تويتر", "لينكدين", "Pin Interest", "Whats App"))
    p.add("ui_text", "تعليقات")
    one_per_line(p, "other", FOOTER, 4)
    p.add("other", f"جميع الحقوق محفوظة © {w.year} مؤسسة دبي للإعلام", "↑ أعلى")


def cairo_institution(p: Page) -> None:
    """akhbarelyom-like: masthead credits, city-and-date widget, a motto, "section:" + headline
    ticker, photo subject line and a bare author name above the body, tags under a cue, a share
    cue, a read-also list and a most-read list."""
    w = when_of(p.main.published, p.rng)
    p.add("other", "رئيس مجلس الإدارة : أحمد جلال", "رئيس التحرير : جمال الشناوي")
    p.add("widget", f"القاهرة: {date_eg(w)}")
    p.add("other", "من حق الشعب أن يعرف", "مصطفى أمين")
    one_per_line(p, "other", NAV_EG[:12])
    p.add("related_list", "أخر الأخبار")
    for _ in range(p.rng.randint(3, 5)):
        p.add("related_list", f"{p.pick(('اقتصاد', 'أخبار مصر', 'محافظات', 'أخبار الفن'))}:", p.draw().title)
    p.add("ui_text", "بحث")
    p.add("other", "الرئيسية", p.pick(("أخبار العالم", "أخبار مصر", "اقتصاد")))
    p.add("title", p.main.title)
    p.add("dateline", date_eg(w, sep=" - "))
    if p.chance(0.6):
        p.add("caption", " ".join(p.main.title.split()[:p.rng.randint(2, 4)]))
    p.add("source_credit", p.pick(("نورهان نبيل", "أحمد سعيد", "مروة حسن", "شيماء مصطفى")))
    p.body()
    p.add("tags", "الكلمات الدالة :", *[" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 5))])
    p.add("ui_text", "مشاركه الخبر :")
    p.add("read_also", "إقرأ أيضاً", *p.headlines(3))
    p.add("related_list", "الأكثر قراءة", *p.headlines(p.rng.randint(3, 6)))
    p.add("other", "© الحقوق محفوظة لمؤسسة أخبار اليوم 1944 - 2018", "اتصل بنا", "سياسة الخصوصية", "للإعلان")


def jordan_portal(p: Page) -> None:
    """almadenahnews-like: toggle, menu, follow prompt, latest list, section, "published on"
    Levantine date, caption, agency credit in dashes, share prompt, hot topics, related list."""
    w = when_of(p.main.published, p.rng)
    hour, half = w.h12
    p.add("ui_text", "Toggle navigation")
    one_per_line(p, "other", NAV_LEV)
    p.add("ui_text", "تابعونا:")
    p.add("related_list", "اخر الأخبار", *p.headlines(p.rng.randint(3, 5)))
    p.add("other", p.pick(("عربي ودولي", "شؤون محلية", "اقتصاد")))
    p.add("title", p.main.title)
    p.add("dateline", f"تم نشره {_WEEKDAYS[w.weekday]} {w.day:02d} {_MONTHS_LEV[w.month - 1]} / {_MONTHS_EG[w.month - 1]} {w.year} {hour:02d}:{w.minute:02d} {'صباحاً' if half == 'ص' else 'مساءً'}")
    p.add("caption", caption(p, credit=0.0))
    p.body()
    p.add("source_credit", p.pick(("--(بترا)", "(بترا)", "--(وكالات)", "(رويترز)")))
    p.add("ui_text", "شارك هذا الخبر :")
    p.add("related_list", "مواضيع ساخنة اخرى", *p.headlines(p.rng.randint(4, 7)), "المزيد ...")
    p.add("related_list", "مواضيع ذات علاقة", *[h + "..." for h in p.headlines(3)])
    p.add("other", "لا مانع من الإقتباس وإعادة النشر شريطة ذكر المصدر", "عن المدينة الإخبارية", "اتصل بنا")


def russian_arabic(p: Page) -> None:
    """Sputnik-like: brand line, GMT clock widget, urgent ticker, photo credit as "©" plus an
    agency line, GMT dateline with "copy link", topic counter, a headline inside the body with
    no cue, messenger names, "see also" list, keyword line, comment widget lines."""
    w = when_of(p.main.published, p.rng)
    p.add("other", "Sputnik عربي", "المواقع الأخرى")
    p.add("widget", f"{w.hour:02d}:{w.minute:02d} GMT{w.day} {_MONTHS_EG[w.month - 1]}/ {_MONTHS_LEV[w.month - 1]} {w.year}")
    one_per_line(p, "other", ("الرئيسية", "العالم العربي", "روسيا", "العالم", "رصد عسكري", "اقتصاد", "مجتمع", "مباشر", "بحث"))
    for headline in p.headlines(2):
        p.add("related_list", f"عاجل {headline}")
    p.add("title", p.main.title)
    p.add("caption", "©", f"REUTERS / {p.pick(('SHOKRY HUSSIEN', 'MAXIM SHEMETOV', 'AMR ABDALLAH DALSH'))}")
    p.add("other", "العالم العربي")
    p.add("dateline", f"GMT {w.hour:02d}:{w.minute:02d} {w.day:02d}.{w.month:02d}.{w.year}(محدثة GMT {w.hour:02d}:{min(59, w.minute + 12):02d} {w.day:02d}.{w.month:02d}.{w.year}) انسخ الرابط")
    p.add("other", "الموضوع:", p.pick(('فيروس "كورونا"', "الأزمة السورية", "الانتخابات الرئاسية")), f"({p.rng.randint(10, 900)})", "0",
          str(p.rng.randint(1, 60)))
    p.add("ui_text", "تابعنا عبر")
    mid = p.rng.randint(1, max(1, len(p.main.paragraphs) - 1))

    def inserts(i: int, n: int) -> None:
        if i == mid - 1:
            p.add("caption", "©", f"REUTERS / {p.pick(('SHOKRY HUSSIEN', 'MAXIM SHEMETOV'))}")
            p.add("read_also", p.draw().title)

    p.body(inserts=inserts)
    p.add("ui_text", "Telegram", "WhatsApp")
    p.add("read_also", "انظر أيضا:", *p.headlines(3))
    p.add("tags", "الكلمات الدلالية:", "مصر, فيروس كورونا")
    p.add("ui_text", "تعليق", "إضافة تعليق", "كل التعليقات", "إظهار المزيد من التعليقات (20)")
    p.add("other", f"© {w.year} Sputnik. جميع الحقوق محفوظة")


def egypt_tv_wordpress(p: Page) -> None:
    """elbaladtv-like: date|time widget, masthead with "|", live label, menu, empty search
    widget, byline then numeric date, one-line share bar, a read-also block with dates in the
    middle of the article, inline tags, WordPress comment form, most-watched list."""
    w = when_of(p.main.published, p.rng)
    hour, half = w.h12
    p.add("widget", f"{w.day} {_MONTHS_EG[w.month - 1]} {w.year} | {hour}:{w.minute:02d} {half}")
    p.add("other", "الإشراف العام : إلهام أبو الفتح | رئيس التحرير : محمود مكاوي", "En", "بث مباشر")
    one_per_line(p, "other", ("الرئيسية", "نشرة الأخبار", "رياضة", "حوادث", "عرب وعالم", "صحتك", "فن", "مقالات"))
    p.add("ui_text", "لا يوجد نتائج", "شاهد كل النتائج")
    p.add("other", p.pick(("الرئيسية featured", "عرب وعالم", "نشرة الأخبار")))
    p.add("title", p.main.title)
    p.add("source_credit", f"كتب {p.pick(('ضحى عرفة', 'رمضان أحمد', 'محمد صبري'))}")
    p.add("dateline", f"{w.year}/{w.month:02d}/{w.day:02d} - {hour}:{w.minute:02d} {'صباحًا' if half == 'ص' else 'مساءً'}")
    p.add("ui_text", "Share on FacebookShare on Twitterwhatsapp")
    mid = p.rng.randint(1, max(1, len(p.main.paragraphs) - 1))

    def inserts(i: int, n: int) -> None:
        if i == mid - 1:
            p.add("read_also", "إقرأ أيضاً")
            for _ in range(2):
                p.add("read_also", p.draw().title, f"{_MONTHS_EG[w.month - 1]} {w.day}, {w.year}")

    p.body(inserts=inserts)
    p.add("tags", "تاجز: " + " ".join(" ".join(h.split()[:2]) for h in p.headlines(3)))
    p.add("ui_text", "اترك تعليقاً إلغاء الرد", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
          "التعليق", "الاسم *", "البريد الإلكتروني *", "الموقع الإلكتروني")
    p.add("related_list", "الأكثر مشاهدة")
    for _ in range(3):
        p.add("related_list", p.draw().title, f"{_MONTHS_EG[w.month - 1]} {w.day}, {w.year}")
    p.add("ui_text", "تابع أخبار قناة صدى البلد وانضم الآن لملايين المتابعين على تطبيق نبض")
    p.add("other", "————————————————-", f"© {w.year} صدى البلد", "powered by 3a digital.")


def lebanese_portal(p: Page) -> None:
    """beirutobserver-like: events ticker, site description, menu, English date under the
    title, ISO date and a Latin author name after the body, "Previous:" link, section lists of
    headline / English date pairs; sometimes no headline printed at all."""
    w = when_of(p.main.published, p.rng)
    p.add("related_list", "شريط الأحداث", *p.headlines(p.rng.randint(3, 6)))
    p.add("other", "Beirut Observer موقع إخباري يتناول الشؤون اللبنانية والعربية والدولية")
    one_per_line(p, "other", NAV_LEV)
    untitled = p.chance(0.25)
    if not untitled:
        p.add("title", p.main.title)
    p.add("dateline", f"{_MONTHS_EN[w.month - 1]} {w.day}, {w.year}")
    p.body()
    p.add("other", f"{w.year}-{w.month:02d}-{w.day:02d}", p.pick(("Ziad Sankary", "Rami Haddad", "Nadine Khoury")))
    p.add("read_also", f"Previous: {p.draw().title}")
    for section in ("أخبار ٢٤ ساعة", "مقالات مختارة"):
        p.add("related_list", section)
        for _ in range(p.rng.randint(2, 4)):
            p.add("related_list", p.draw().title, f"{_MONTHS_EN[w.month - 1]} {w.day}, {w.year}")
    p.add("other", f"Copyright © {w.year} - All Rights Reserved - Beirut Observer")


def live_breaking(p: Page) -> None:
    """Pan-Arab TV site, breaking story: a live label above the title, "last updated" line with
    '|', a share bar one network a line, an embedded post in the body, source credit, then a
    bare read-also cue with a whole article appended under it."""
    w = when_of(p.main.published, p.rng)
    hour, half = w.h12
    one_per_line(p, "other", ("الرئيسية", "أخبار", "الخليج", "العالم", "اقتصاد", "رياضة", "فيديو", "برامج"))
    p.add("other", p.pick(("عاجل", "مباشر", "خبر عاجل", "حصري", "تحديث")))
    p.add("title", p.main.title)
    p.add("dateline", f"آخر تحديث: {hour}:{w.minute:02d} {half} | {w.day} {_MONTHS_EG[w.month - 1]} {w.year}")
    one_per_line(p, "ui_text", SHARE_AR, p.rng.randint(3, 5))
    post_after = p.rng.randint(0, max(0, len(p.main.paragraphs) - 2))

    def inserts(i: int, n: int) -> None:
        if i == post_after:
            tweet(p, w)

    p.body(inserts=inserts)
    p.add("source_credit", f"المصدر: {p.pick(('سكاي نيوز عربية', 'وكالات', 'العربية.نت', 'فرانس برس'))}")
    if p.chance(0.8):
        p.appended_article(cue=("read_also", p.pick(("اقرأ أيضاً:", "إقرأ أيضا", "اقرأ أيضا"))))
    p.add("ui_text", "تابعونا على تويتر", "حمّل تطبيق الموقع")
    p.add("other", f"جميع الحقوق محفوظة © {w.year}")


def aggregator_related(p: Page) -> None:
    """News aggregator like the seeds: source and tag lines after the body, a related-headlines
    list, then one or two whole articles with no cue of their own (sometimes after a bare
    headline-shaped line only)."""
    w = when_of(p.main.published, p.rng)
    p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("dateline", f"{w.day} {_MONTHS_EG[w.month - 1]} {w.year}, {w.h12[0]}:{w.minute:02d}:00 {w.h12[1]}")
    p.body()
    if p.chance(0.6):
        p.add("source_credit", f"المصدر: {p.pick(('البوابة نيوز', 'الأسبوع', 'صدى البلد', 'مصراوي', 'الوطن'))}")
    if p.chance(0.6):
        p.add("tags", "كلمات دلالية: " + " ".join(" ".join(h.split()[:2]) for h in p.headlines(3)))
    if p.chance(0.7):
        p.add("related_list", p.pick(("مقالات ذات صلة", "أخبار ذات صلة", "مواضيع متعلقة", "قد يهمك أيضاً")), *p.headlines(p.rng.randint(2, 4)))
    p.appended_article()
    if p.chance(0.4):
        p.appended_article()


def gulf_print_controls(p: Page) -> None:
    """Gulf daily with a tool bar: breadcrumb trail with », font-size and print controls, a
    date|time line, caption with agency credit inside the article, a newsletter prompt."""
    w = when_of(p.main.published, p.rng)
    hour, half = w.h12
    one_per_line(p, "other", NAV_GULF)
    p.add("other", f"الرئيسية » {p.pick(NAV_GULF)} » {p.pick(('أخبار', 'تقارير', 'متابعات'))}")
    p.add("title", p.main.title)
    p.add("dateline", f"{w.day} {_MONTHS_EG[w.month - 1]} {w.year} | {hour}:{w.minute:02d} {half}")
    one_per_line(p, "ui_text", ("حجم الخط", "A+", "A-", "طباعة", "أرسل لصديق", "حفظ"), p.rng.randint(3, 5))
    cap_after = p.rng.randint(0, max(0, len(p.main.paragraphs) - 2))

    def inserts(i: int, n: int) -> None:
        if i == cap_after:
            p.add("caption", caption(p, credit=0.8))

    p.body(inserts=inserts)
    p.add("ui_text", "شارك")
    one_per_line(p, "ui_text", SHARE_EN, 3)
    p.add("read_also", "اقرأ أيضا", *p.headlines(p.rng.randint(2, 4)))
    p.add("ui_text", "اشترك في النشرة البريدية", "أدخل بريدك الإلكتروني", "اشترك")
    one_per_line(p, "other", FOOTER, 3)


def maghreb_portal(p: Page) -> None:
    """Moroccan portal: weather and date widgets in the header, "last updated" time, a
    breadcrumb with '>', a one-word label above the title, outlet-dash-author byline, Maghreb
    month names, reader comments block and most-commented list."""
    w = when_of(p.main.published, p.rng)
    p.add("widget", f"{p.pick(('الرباط', 'الدار البيضاء', 'فاس', 'مراكش'))} {p.rng.randint(8, 38)}°", "الطقس")
    p.add("widget", f"{_WEEKDAYS[w.weekday]} {w.day} {_MONTHS_MA[w.month - 1]} {w.year}")
    p.add("widget", f"آخر تحديث: {w.hour:02d}:{w.minute:02d}")
    one_per_line(p, "other", NAV_MA)
    p.add("other", f"الرئيسية > {p.pick(NAV_MA[1:])}")
    if p.chance(0.6):
        p.add("other", p.pick(("فيديو", "صور", "حصري", "تحليل", "إنفوغرافيك", "رأي")))
    p.add("title", p.main.title)
    p.add("source_credit", f"هسبريس - {p.pick(('عبد الرحيم العسري', 'محمد الراجي', 'يوسف لخضر'))}")
    p.add("dateline", f"{_WEEKDAYS[w.weekday]} {w.day} {_MONTHS_MA[w.month - 1]} {w.year} - {w.hour:02d}:{w.minute:02d}")
    if p.chance(0.5):
        p.add("caption", caption(p, credit=0.5))
    p.body()
    p.add("ui_text", f"تعليقات الزوار ({p.rng.randint(0, 40)})", "المرجو احترام شروط التعليق", "أضف تعليقك", "إرسال")
    p.add("related_list", "الأكثر تعليقا", *p.headlines(p.rng.randint(3, 5)))
    p.add("other", f"© {w.year} جميع الحقوق محفوظة")


def wordpress_theme(p: Page) -> None:
    """WordPress news theme: skip link, menu, meta line "by X | date | N comments", "Share
    this:" with English network names, "Like this:", related posts with dates, comment form."""
    w = when_of(p.main.published, p.rng)
    p.add("ui_text", p.pick(("تخطى إلى المحتوى", "Skip to content")))
    one_per_line(p, "other", ("الرئيسية", "أخبار", "تقارير", "حوارات", "رياضة", "منوعات", "اتصل بنا"))
    p.add("title", p.main.title)
    p.add("dateline", f"بواسطة {p.pick(('admin', 'محرر الموقع', 'فريق التحرير'))} | {w.day} {_MONTHS_EG[w.month - 1]}، {w.year} | {p.rng.randint(0, 9)} تعليق")
    p.body()
    p.add("ui_text", "Share this:")
    one_per_line(p, "ui_text", SHARE_EN, p.rng.randint(2, 5))
    p.add("ui_text", "Like this:", "إعجاب تحميل...")
    p.add("related_list", "ذات صلة")
    for _ in range(3):
        p.add("related_list", p.draw().title, f"{w.day} {_MONTHS_EG[w.month - 1]}، {w.year}", f"في \"{p.pick(('أخبار', 'تقارير', 'عربي ودولي'))}\"")
    p.add("ui_text", "اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني.", "التعليق", "الاسم *", "البريد الإلكتروني *", "إرسال التعليق")
    p.add("other", f"© {w.year} جميع الحقوق محفوظة | قالب أخبار")


def agency_wire(p: Page) -> None:
    """Agency wire as republished: place/agency dateline, date, two photo captions inside the
    article (with and without credit), "read the story at the source" cue, a channel prompt and
    the agency's disclaimer."""
    w = when_of(p.main.published, p.rng)
    one_per_line(p, "other", ("الرئيسية", "سياسة", "اقتصاد", "العالم", "الشرق الأوسط", "رياضة"))
    p.add("title", p.main.title)
    p.add("source_credit", f"{p.pick(('أنقرة', 'القدس', 'بغداد', 'الخرطوم'))} / الأناضول")
    p.add("dateline", f"{w.day}.{w.month:02d}.{w.year}")
    points = set(p.rng.sample(range(max(1, len(p.main.paragraphs) - 1)), min(2, max(1, len(p.main.paragraphs) - 1))))

    def inserts(i: int, n: int) -> None:
        if i in points:
            p.add("caption", caption(p, credit=0.5))

    p.body(inserts=inserts)
    p.add("read_also", p.pick(("اقرأ الخبر من المصدر", "اقرأ الخبر في سياقه", "تابع الخبر من المصدر")))
    p.add("ui_text", p.pick(("تابعوا قناتنا على تيليجرام", "انضموا إلى قناتنا على واتساب", "اشترك في قناتنا على يوتيوب")))
    p.add("other", "الأخبار المنشورة على الصفحة الرسمية لوكالة الأناضول، هي ملخص مختصر عن الأخبار التي يتم عرضها لمشتركي نظام تدفق الأخبار")


def amp_mobile(p: Page) -> None:
    """AMP / mobile page: menu and search words, time|date line, font-size control "أ أ", a
    was-this-useful poll, a WhatsApp channel prompt, "topics you may like" list, then the next
    article of an infinite scroll with its own title and date line."""
    w = when_of(p.main.published, p.rng)
    hour, half = w.h12
    p.add("ui_text", "القائمة", "بحث")
    p.add("widget", f"{hour}:{w.minute:02d} {half} | {w.year}-{w.month:02d}-{w.day:02d}")
    untitled = p.chance(0.2)
    if not untitled:
        p.add("title", p.main.title)
    p.add("ui_text", "حجم الخط", "أ أ")
    p.body()
    p.add("ui_text", "هل أعجبك المقال؟", "نعم", "لا", p.pick(("انضم إلى قناتنا على واتساب", "تابعنا على تيليجرام")))
    if p.chance(0.7):
        p.add("related_list", "مواضيع قد تهمك", *p.headlines(p.rng.randint(2, 4)))
    if p.chance(0.8):
        p.appended_article(dated=lambda x: f"{x.h12[0]}:{x.minute:02d} {x.h12[1]} | {x.year}-{x.month:02d}-{x.day:02d}")


def infinite_scroll(p: Page) -> None:
    """A site that loads the next article under the first: a "next article" cue, its section
    label, title, date; each article with its own share bar and credit."""
    w = when_of(p.main.published, p.rng)
    one_per_line(p, "other", ("الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "فيديو"))
    p.add("other", p.pick(("سياسة", "اقتصاد", "دولي")))
    p.add("title", p.main.title)
    p.add("dateline", f"نشر في: {w.day:02d}-{w.month:02d}-{w.year} | {w.hour:02d}:{w.minute:02d}")
    one_per_line(p, "ui_text", SHARE_AR, 3)
    p.body()
    p.add("source_credit", p.pick(("المصدر: وكالات", "(وكالات)", "المصدر: فرانس 24", "رويترز")))
    for _ in range(p.rng.randint(1, 2)):
        p.add("ui_text", p.pick(("المقال التالي", "الخبر التالي", "التالي")))
        p.add("other", p.pick(("سياسة", "اقتصاد", "دولي", "منوعات")))
        p.appended_article(dated=lambda x: f"نشر في: {x.day:02d}-{x.month:02d}-{x.year} | {x.hour:02d}:{x.minute:02d}")
        one_per_line(p, "ui_text", SHARE_AR, 3)


def plain_scrape(p: Page) -> None:
    """A scraper that keeps only text blocks: a few menu words, the article (sometimes one block
    of text with the title glued to it and no headline line), a credit and a footer."""
    if p.chance(0.3):
        semeval = [a for a in sorted(p.articles) if a.startswith("semeval:")]
        p.main = p.articles[p.rng.choice(semeval)]
    one_per_line(p, "other", ("الرئيسية", "أخبار", "عربي", "دولي"), p.rng.randint(0, 4))
    if p.main.title:
        p.add("title", p.main.title)
    p.body()
    if p.chance(0.5):
        p.add("source_credit", p.pick(("المصدر: وكالات", "وكالات", "(أ ف ب)")))
    one_per_line(p, "other", FOOTER, 2)


LAYOUTS: dict[str, Callable[[Page], None]] = {
    f.__name__: f
    for f in (
        egypt_daily, saudi_daily, emirates_daily, cairo_institution, jordan_portal, russian_arabic,
        egypt_tv_wordpress, lebanese_portal, live_breaking, aggregator_related, gulf_print_controls,
        maghreb_portal, wordpress_theme, agency_wire, amp_mobile, infinite_scroll, plain_scrape,
    )
}


# ------------------------------------------------------------------ second held-out part
# Written after the first held-out part had been measured once (and then used for analysis):
# four more layouts, never looked at while tuning, in layouts_heldout2.json.


def gulf_news_agency(p: Page) -> None:
    """A state news agency's site: language switch, agency name, the agency's own dateline line
    (city, Hijri and Gregorian dates, agency code), tool bar words, a read counter, related
    news with dates, and the agency's footer."""
    w = when_of(p.main.published, p.rng)
    p.add("ui_text", "English", "Français", "عربي")
    p.add("other", p.pick(("وكالة الأنباء السعودية", "وكالة أنباء الإمارات", "وكالة الأنباء الكويتية")))
    one_per_line(p, "other", ("الرئيسية", "محلي", "دولي", "اقتصادي", "رياضي", "ثقافي", "صور", "فيديو"))
    p.add("title", p.main.title)
    p.add("dateline", f"{p.pick(('الرياض', 'أبوظبي', 'الكويت'))} {p.rng.randint(1, 29)} {p.pick(('رجب', 'شعبان', 'رمضان', 'شوال'))} 1439 هـ الموافق {w.day:02d} {_MONTHS_EG[w.month - 1]} {w.year} م {p.pick(('واس', 'وام', 'كونا'))}")
    p.body()
    p.add("ui_text", "طباعة", "إرسال", "تكبير", "تصغير", "حفظ")
    p.add("widget", f"عدد القراءات: {p.rng.randint(100, 9000)}")
    p.add("related_list", "أخبار ذات صلة")
    for _ in range(p.rng.randint(2, 4)):
        other = p.draw()
        ow = when_of(other.published, p.rng)
        p.add("related_list", other.title, f"{ow.day:02d}/{ow.month:02d}/{ow.year}")
    p.add("other", f"جميع الحقوق محفوظة © {w.year} {p.pick(('واس', 'وام', 'كونا'))}", "سياسة الخصوصية")


def egypt_portal_most_read_first(p: Page) -> None:
    """An Egyptian portal whose most-read box comes before the article (numbered), a slash
    breadcrumb, "كتب - Name:" byline, "آخر تحديث" time line, a photo credit "(صورة: Name)"
    inside the article, a bulleted read-also block inside it, and an article appended under
    "اخترنا لك" with its own byline and date."""
    w = when_of(p.main.published, p.rng)
    hour, half = w.h12
    p.add("related_list", "الأكثر قراءة")
    for number, headline in enumerate(p.headlines(p.rng.randint(3, 5)), 1):
        p.add("related_list", str(number), headline)
    p.add("ui_text", "تابعنا على")
    p.add("other", f"الرئيسية / {p.pick(('أخبار مصر', 'أخبار العالم', 'اقتصاد', 'رياضة'))}")
    untitled = p.chance(0.15)
    if not untitled:
        p.add("title", p.main.title)
    p.add("source_credit", f"كتب - {p.pick(('محمد سامي', 'منى عبد الله', 'أحمد جمال'))}:")
    p.add("dateline", f"آخر تحديث {hour}:{w.minute:02d} {half} {_WEEKDAYS[w.weekday]} {w.day} {_MONTHS_EG[w.month - 1]} {w.year}")
    mid = p.rng.randint(0, max(0, len(p.main.paragraphs) - 2))

    def inserts(i: int, n: int) -> None:
        if i == mid:
            p.add("caption", f"(صورة: {p.pick(('أرشيفية', 'محمد حسام', 'رويترز'))})")
        if i == min(n - 2, mid + 1) and n > 3:
            p.add("read_also", "اقرأ أيضًا:")
            for headline in p.headlines(2):
                p.add("read_also", f"- {headline}")

    p.body(inserts=inserts)
    p.add("ui_text", "لمزيد من الأخبار تابع صفحتنا على فيسبوك")
    if p.chance(0.7):
        p.add("related_list", "اخترنا لك")
        p.appended_article(dated=lambda x: f"آخر تحديث {x.h12[0]}:{x.minute:02d} {x.h12[1]} {_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year}")
    p.add("related_list", "نرشح لك", *p.headlines(3))
    p.add("other", f"جميع الحقوق محفوظة {w.year} ©")


def opinion_column(p: Page) -> None:
    """An opinion page: the writer's name and description above the column's title, the
    column, the outlet's disclaimer in a full sentence, and the writer's other columns."""
    w = when_of(p.main.published, p.rng)
    one_per_line(p, "other", ("الرئيسية", "أخبار", "رأي", "مقالات", "ملفات"))
    p.add("other", "مقالات الرأي")
    writer = p.pick(("د. خالد العلي", "سمير عطا الله", "فاطمة الزهراء", "عبد الرحمن الراشد"))
    p.add("source_credit", writer, p.pick(("كاتب صحفي", "كاتبة وباحثة", "رئيس التحرير الأسبق")))
    p.add("title", p.main.title)
    p.add("dateline", f"{_WEEKDAYS[w.weekday]} {w.day} {_MONTHS_EG[w.month - 1]} {w.year}")
    p.body()
    p.add("other", "المقالات المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الموقع.")
    p.add("related_list", f"المزيد من مقالات {writer}", *p.headlines(p.rng.randint(2, 4)))
    p.add("ui_text", "شارك المقال", "واتساب", "تويتر", "فيسبوك")


def maghreb_bilingual(p: Page) -> None:
    """A Maghreb site with French interface words: language links, "Publié le" date line,
    "Par Rédaction" byline, "Partager" / "Imprimer" / "Commentaires", "Lire aussi :" with a
    whole article under it half the time."""
    w = when_of(p.main.published, p.rng)
    p.add("ui_text", "FR", "AR", "Rechercher")
    one_per_line(p, "other", ("Accueil", "الوطني", "المغرب العربي", "دولي", "اقتصاد", "رياضة", "ثقافة"))
    p.add("title", p.main.title)
    p.add("source_credit", p.pick(("Par Rédaction", "Par APS", "Par La Rédaction")))
    p.add("dateline", f"Publié le {w.day:02d}/{w.month:02d}/{w.year} à {w.hour:02d}h{w.minute:02d}")
    p.add("ui_text", "Partager", "Imprimer")
    p.body()
    p.add("ui_text", f"Commentaires ({p.rng.randint(0, 12)})", "Ajouter un commentaire")
    if p.chance(0.5):
        p.appended_article(cue=("read_also", "Lire aussi :"))
    else:
        p.add("read_also", "Lire aussi :", *p.headlines(3))
    p.add("other", f"© {w.year} Tous droits réservés")


# ------------------------------------------------------------------- third held-out part
# Written after the second held-out part had been measured once (and then used for analysis).


def levant_print_daily(p: Page) -> None:
    """A Beirut daily's site with its print edition: issue-number widget, supplement label,
    "city - name" byline under the title, the outlet's source line, a keywords line, and a
    "browse more" list with section labels."""
    w = when_of(p.main.published, p.rng)
    p.add("widget", f"العدد {p.rng.randint(1000, 9999)} {_WEEKDAYS[w.weekday]} {w.day} {_MONTHS_LEV[w.month - 1]} {w.year}")
    one_per_line(p, "other", ("الصفحة الأولى", "سياسة", "لبنان", "عربيات", "دوليات", "اقتصاد", "ثقافة", "رياضة"))
    p.add("other", p.pick(("ملحق", "قضية اليوم", "تقرير")))
    p.add("title", p.main.title)
    p.add("source_credit", f"{p.pick(('بيروت', 'دمشق', 'عمّان'))} - {p.pick(('ربى كبارة', 'جاد نصر الله', 'هيام القصيفي'))}")
    p.body()
    p.add("source_credit", f"المصدر: {p.pick(('النهار', 'الأخبار', 'اللواء'))}")
    p.add("tags", "كلمات مفتاحية: " + "، ".join(" ".join(h.split()[:2]) for h in p.headlines(3)))
    p.add("related_list", "تصفح المزيد")
    for _ in range(p.rng.randint(2, 4)):
        p.add("related_list", p.pick(("سياسة", "لبنان", "اقتصاد")), p.draw().title)
    p.add("other", f"© {w.year} جميع الحقوق محفوظة")


def gulf_sport_site(p: Page) -> None:
    """A sports site: live score widgets above the article ("الهلال 2 - 1 النصر", "انتهت"), a
    league-table strip, the article with a glued read-also line in it, a "watch also" list,
    then more news loaded under "المزيد من الأخبار" with its own time line."""
    w = when_of(p.main.published, p.rng)
    teams = ("الهلال", "النصر", "الأهلي", "الاتحاد", "الزمالك", "الوداد", "الترجي", "العين")
    for _ in range(p.rng.randint(2, 3)):
        a, b = p.rng.sample(teams, 2)
        p.add("widget", f"{a} {p.rng.randint(0, 4)} - {p.rng.randint(0, 4)} {b}", p.pick(("انتهت", "الشوط الثاني", "لم تبدأ")))
    p.add("widget", "الترتيب", *[f"{k} | {t} | {50 - 3 * k}" for k, t in enumerate(p.rng.sample(teams, 3), 1)])
    p.add("title", p.main.title)
    p.add("dateline", f"{w.day}/{w.month}/{w.year} {w.hour:02d}:{w.minute:02d}")
    after = min(1, len(p.main.paragraphs) - 2)

    def inserts(i: int, n: int) -> None:
        if i == after:
            p.add("read_also", f"اقرأ أيضا: {p.draw().title}")

    p.body(inserts=inserts)
    p.add("related_list", "شاهد أيضا", *p.headlines(p.rng.randint(2, 3)))
    if p.chance(0.7):
        p.add("related_list", "المزيد من الأخبار")
        p.appended_article(dated=lambda x: f"منذ {p.rng.randint(2, 11)} ساعات")
    p.add("other", "جميع الحقوق محفوظة")


def iraqi_news_agency(p: Page) -> None:
    """A national news agency: share counters ("12 مشاركة"), a views counter, the news id,
    related news with relative times, and a subscribe box."""
    w = when_of(p.main.published, p.rng)
    one_per_line(p, "other", ("الرئيسية", "سياسية", "أمنية", "اقتصادية", "محلية", "دولية", "رياضية"))
    p.add("title", p.main.title)
    p.add("dateline", f"{w.year}-{w.month:02d}-{w.day:02d} {w.hour:02d}:{w.minute:02d}")
    p.add("widget", f"{p.rng.randint(0, 90)} مشاركة", f"عدد المشاهدات {p.rng.randint(100, 9000)}")
    p.body()
    p.add("other", f"رقم الخبر: {p.rng.randint(10000, 99999)}")
    p.add("related_list", "أخبار ذات صلة")
    for _ in range(p.rng.randint(2, 4)):
        p.add("related_list", p.draw().title, f"منذ {p.rng.randint(2, 23)} ساعة")
    p.add("ui_text", "اشترك في القائمة البريدية", "البريد الإلكتروني", "اشتراك")


def blog_homepage(p: Page) -> None:
    """A Blogger site's home page: each post with its title, "posted by" line, body, labels line
    and post footer; the next posts follow with no cue but their own title and date."""
    w = when_of(p.main.published, p.rng)
    p.add("other", p.pick(("أخبار العرب اليوم", "مدونة الخبر", "نبض الشارع")), "الصفحة الرئيسية")

    def post_meta(x: When) -> str:
        return f"نشر بواسطة: {p.pick(('admin', 'المحرر'))} في {x.h12[0]}:{x.minute:02d} {x.h12[1]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year}"

    p.add("title", p.main.title)
    p.add("dateline", post_meta(w))
    p.body()
    p.add("tags", "التسميات: " + "، ".join(p.pick(("أخبار", "سياسة", "اقتصاد", "رياضة", "منوعات")) for _ in range(2)))
    p.add("ui_text", "مشاركة هذه المشاركة", "0 تعليقات")
    for _ in range(p.rng.randint(1, 2)):
        p.appended_article(dated=post_meta)
        p.add("ui_text", f"{p.rng.randint(0, 5)} تعليقات")
    p.add("ui_text", "رسائل أقدم", "الصفحة الرئيسية", "الاشتراك في: الرسائل (Atom)")


LAYOUTS_HELDOUT3: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (levant_print_daily, gulf_sport_site, iraqi_news_agency, blog_homepage)
}


LAYOUTS_HELDOUT2: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (gulf_news_agency, egypt_portal_most_read_first, opinion_column, maghreb_bilingual)
}


# ------------------------------------------------------------------- fourth held-out part
# Written after the third held-out part had been measured once, from kinds of pages none of
# the 25 layouts above shows: a feed read as text, a Maghreb or Gulf state agency's own site,
# a page saved from its print button / reader view / search-engine cache, and a tabloid mobile
# page with ad slots and a sponsored-links box.

_DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _rfc822(x: When) -> str:
    """An RSS pubDate as feeds print it: "Tue, 05 Jun 2018 11:20:00 +0000"."""
    return f"{_DAYS_EN[x.weekday]}, {x.day:02d} {_MONTHS_EN[x.month - 1][:3]} {x.year} {x.hour:02d}:{x.minute:02d}:00 +0000"


def _slug_url(p: Page, host: str, x: When) -> str:
    return f"https://{host}/{p.pick(('news', 'ar/news', 'arabic/news', 'politics'))}/{x.year}/{x.month:02d}/{x.day:02d}/{p.rng.randint(100000, 999999)}"


def _more_story(
    p: Page,
    dated: Callable[[When], str] | None = None,
    between: Callable[[When], list[tuple[str, str]]] | None = None,
    lead: Callable[[When], str] | None = None,
    under: Callable[[When], list[tuple[str, str]]] | None = None,
    after: Callable[[When], list[tuple[str, str]]] | None = None,
) -> None:
    """A whole other article under the main one: its title, sidebar lines printed between the
    title and its date (``between``), its date line, lines between the date and the text
    (``under``), its paragraphs (the first with the wire's
    place-and-agency prefix ``lead``), then its own furniture (``after``)."""
    other = p.draw()
    while len(other.paragraphs) < 2 or not other.title:
        other = p.draw()
    p.appended += 1
    n = p.appended
    x = when_of(other.published, p.rng)
    p.add(f"appended-{n}-title", other.title)
    for label, text in between(x) if between else []:
        p.add(label, text)
    if dated is not None:
        p.add(f"appended-{n}-dateline", dated(x))
    for label, text in under(x) if under else []:
        p.add(label, text)
    paragraphs = list(other.paragraphs[: p.rng.randint(2, 6)])
    if lead is not None:
        paragraphs[0] = lead(x) + paragraphs[0]
    p.add(f"appended-{n}-body", *paragraphs)
    for label, text in after(x) if after else []:
        p.add(label, text)


def rss_feed_text(p: Page) -> None:
    """One outlet's feed read as text: an RSS-to-email digest (FeedBurner-style) or a feed
    reader's export. Inventory: the feed's name and description lines, for a digest a "link to"
    line; then the feed items, the page's main article first and one or two more after it, each
    under nothing but its own headline: headline, a link line (reader export), a date line
    ("Posted: 05 Jun 2018 04:20 AM PDT" or an RFC 822 pubDate), an author line ("By ..." / "بقلم"),
    the paragraphs, a categories line, a "read more" link line; a "* * *" or rule line between
    items; the digest's unsubscribe footer (in English) or the reader's "N new items" footer."""
    w = when_of(p.main.published, p.rng)
    outlet, host = p.pick((("العربية.نت - آخر الأخبار", "www.alarabiya.net"), ("سكاي نيوز عربية | أخبار العالم", "www.skynewsarabia.com"),
                           ("هسبريس", "www.hespress.com"), ("الخليج أونلاين", "alkhaleejonline.net"), ("القدس العربي", "www.alquds.co.uk")))
    digest = p.chance(0.5)
    if digest:
        p.add("other", outlet, f"Link to {outlet}")
    else:
        p.add("other", outlet, p.pick(("آخر الأخبار والتقارير على مدار الساعة", "أخبار عاجلة ومتابعات", "RSS Feed")),
              f"https://{host}/rss.xml")
        p.add("widget", f"آخر تحديث: {_rfc822(w)}")
    rule = p.pick(("* * *", "———", "____________________"))

    def posted(x: When) -> str:
        if digest:
            hour, half = (x.hour % 12 or 12), ("AM" if x.hour < 12 else "PM")
            return f"Posted: {x.day:02d} {_MONTHS_EN[x.month - 1][:3]} {x.year} {hour:02d}:{x.minute:02d} {half} PDT"
        return _rfc822(x)

    def link(x: When) -> list[tuple[str, str]]:
        return [] if digest else [("other", _slug_url(p, host, x))]

    def footer(x: When) -> list[tuple[str, str]]:
        lines: list[tuple[str, str]] = []
        if p.chance(0.5):
            lines.append(("tags", "التصنيف: " + "، ".join(p.rng.sample(("سياسة", "عربي ودولي", "اقتصاد", "رياضة", "الخليج", "منوعات"), 2))))
        if not digest and p.chance(0.6):
            lines.append(("read_also", p.pick(("اقرأ المزيد »", "Read more", "تابع القراءة على الموقع"))))
        return lines

    p.add("title", p.main.title)
    for label, text in link(w):
        p.add(label, text)
    p.add("dateline", posted(w))
    if p.chance(0.4):
        p.add("source_credit", p.pick(("By Editorial", "بقلم: فريق التحرير", "By admin", f"بقلم: {p.main.author or 'المحرر'}")))
    p.body()
    for label, text in footer(w):
        p.add(label, text)
    for _ in range(p.rng.randint(1, 2)):
        p.add("ui_text", rule)
        _more_story(p, dated=posted, between=link, after=footer)
    if digest:
        p.add("other", f"You are subscribed to email updates from {outlet}.",
              "To stop receiving these emails, you may unsubscribe now.", "Email delivery powered by Google",
              "Google, 1600 Amphitheatre Parkway, Mountain View, CA 94043, United States")
    else:
        p.add("ui_text", f"{p.rng.randint(3, 40)} عناصر جديدة", "تعليم الكل كمقروء")


def maghreb_state_agency(p: Page) -> None:
    """A state news agency's own site (MAP, APS, TAP, QNA): a language bar (Arabic, French,
    English, Spanish, Tamazight in Tifinagh), the agency's name, a time-stamped latest-dispatches
    ticker, a menu, a "home / section" trail, the date ABOVE the headline, the headline, a photo
    with the agency's credit, the lead with the wire's place-and-agency prefix glued to it
    ("الرباط - ", "تونس (وات) - ", "الدوحة في 05 يونيو /قنا/ "), sometimes a photo caption
    between paragraphs, the agency's end tag ("(ومع)", "وأج"), print/send/share words, a tags
    cue with one tag a line, a related-dispatches list with dates, and half the time the next
    dispatch under "الخبر الموالي" / "الخبر التالي" with its own date line and prefixed lead."""
    w = when_of(p.main.published, p.rng)
    name, cities, mark, end, months, photo = p.pick((
        ("وكالة المغرب العربي للأنباء", ("الرباط", "الدار البيضاء", "طنجة"), "", "(ومع)", _MONTHS_MA, "صورة: ومع"),
        ("وكالة الأنباء الجزائرية", ("الجزائر", "وهران", "قسنطينة"), "", "وأج", _MONTHS_EG, "صورة: وأج"),
        ("وكالة تونس إفريقيا للأنباء", ("تونس",), " (وات)", "", _MONTHS_EG, "(صورة: وات)"),
        ("وكالة الأنباء القطرية", ("الدوحة",), "", "", _MONTHS_EG, "© قنا"),
    ))

    def lead(x: When) -> str:
        city = p.pick(cities)
        if name.endswith("القطرية"):
            return f"{city} في {x.day:02d} {months[x.month - 1]} /قنا/ "
        return f"{city}{mark} - "

    def date_line(x: When) -> str:
        return f"{_WEEKDAYS[x.weekday]} {x.day:02d} {months[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d}"

    if p.chance(0.5):
        p.add("ui_text", "عربي | Français | English | Español | ⵜⴰⵎⴰⵣⵉⵖⵜ")
    else:
        one_per_line(p, "ui_text", ("عربي", "Français", "English", "Español"))
    p.add("other", name)
    p.add("related_list", p.pick(("آخر الأخبار", "شريط الأخبار", "فلاش")))
    for _ in range(p.rng.randint(2, 4)):
        p.add("related_list", f"{p.rng.randint(0, 23):02d}:{p.rng.randint(0, 59):02d} {p.draw().title}")
    one_per_line(p, "other", ("الرئيسية", "سياسة", "اقتصاد", "مجتمع", "جهات", "دولي", "رياضة", "ثقافة", "صور", "فيديو"))
    p.add("other", f"الرئيسية / {p.pick(('سياسة', 'اقتصاد', 'دولي', 'مجتمع', 'رياضة'))}")
    p.add("dateline", date_line(w))
    p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("caption", p.pick((photo, "(صورة أرشيفية)", f"{caption(p, credit=0.0)} - {photo}")))
    paragraphs = list(p.main.paragraphs)
    paragraphs[0] = lead(w) + paragraphs[0]
    mid = p.rng.randint(1, max(1, len(paragraphs) - 1)) if p.chance(0.4) and len(paragraphs) > 2 else -1
    for index, paragraph in enumerate(paragraphs):
        if index == mid:
            p.add("caption", caption(p, credit=0.3))
        p.add("body", paragraph)
    if end:
        p.add("source_credit", end)
    p.add("ui_text", *p.rng.sample(("طباعة", "إرسال", "مشاركة", "تكبير الخط", "تصغير الخط"), 3))
    p.add("tags", "الكلمات المفتاحية", *[" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 3))])
    p.add("related_list", p.pick(("أخبار ذات صلة", "مواضيع ذات صلة")))
    for _ in range(p.rng.randint(2, 3)):
        other = p.draw()
        ow = when_of(other.published, p.rng)
        p.add("related_list", other.title, f"{ow.day:02d}/{ow.month:02d}/{ow.year}")
    if p.chance(0.5):
        p.add("read_also", p.pick(("الخبر الموالي", "الخبر التالي")))
        _more_story(p, dated=date_line, lead=lead, after=lambda x: [("source_credit", end)] if end else [])
    p.add("other", f"© {w.year} {name}. جميع الحقوق محفوظة")


def print_reader_cache(p: Page) -> None:
    """One page as it was saved outside the outlet's page: from its print button, from a
    browser's reader view, or from a search engine's cached text-only copy.
    Print view: "print / close" words, the outlet's name and address, title, "تاريخ النشر:" date,
    "الكاتب:" author, body, "رابط المقال:" URL line, "printed from" line, copyright.
    Reader view: the site's host, title, byline, reading time ("5-6 دقائق"), body with the
    photo captions and credits reader views keep between paragraphs (Arabic agency credit
    "(غيتي)" / "(الفرنسية)"), nothing after.
    Cached copy: Google's Arabic cache header (copy-of, snapshot time in GMT, "full version /
    text-only / view source", the Ctrl+F tip), then the page's text: skip link, menu on one line
    with "|", "أنت هنا:" trail, a section label, title, date, "last updated" line, body, tags,
    share words, and half the time the next article under its own section label."""
    w = when_of(p.main.published, p.rng)
    kind = p.pick(("print", "reader", "cache"))
    outlet, host = p.pick((("دنيا الوطن", "www.alwatanvoice.com"), ("الجزيرة نت", "www.aljazeera.net"), ("جريدة الرياض", "www.alriyadh.com"),
                           ("لبنان 24", "www.lebanon24.com"), ("صحيفة الخليج", "www.alkhaleej.ae")))
    if kind == "print":
        p.add("ui_text", p.pick(("طباعة", "اطبع هذه الصفحة")), p.pick(("إغلاق", "أغلق النافذة")))
        p.add("other", outlet, host)
        p.add("title", p.main.title)
        p.add("dateline", f"تاريخ النشر: {w.year}-{w.month:02d}-{w.day:02d} {w.hour:02d}:{w.minute:02d}")
        if p.chance(0.6):
            p.add("source_credit", f"الكاتب: {p.pick(('فريق التحرير', 'وكالات', 'خاص', 'محمد العلي'))}")
        p.body()
        p.add("other", f"رابط المقال: {_slug_url(p, host, w)}.html")
        p.add("other", p.pick((f"تمت طباعة هذا المقال من موقع {host}", "طبع من الموقع الرسمي")), "جميع الحقوق محفوظة ©")
        return
    if kind == "reader":
        p.add("other", host)
        p.add("title", p.main.title)
        if p.chance(0.6):
            p.add("source_credit", p.pick((outlet, "وكالات", "فريق التحرير", "رويترز", "محمد المنشاوي")))
        words = sum(len(x.split()) for x in p.main.paragraphs)
        minutes = max(1, words // 180)
        p.add("widget", f"{minutes}-{minutes + 1} {'دقائق' if minutes + 1 <= 10 else 'دقيقة'}")
        spots = set(p.rng.sample(range(len(p.main.paragraphs) - 1), min(2, len(p.main.paragraphs) - 1)))

        def inserts(i: int, n: int) -> None:
            if i in spots and p.chance(0.7):
                cap = caption(p, credit=0.0)
                p.add("caption", f"{cap} {p.pick(('(غيتي)', '(الفرنسية)', '(رويترز)', '(الأناضول)', '(الجزيرة)'))}")

        if p.chance(0.5):
            p.add("caption", f"{caption(p, credit=0.0)} {p.pick(('(غيتي)', '(الفرنسية)', '(رويترز)'))}")
        p.body(inserts=inserts)
        return
    hour, half = w.h12
    cached = (w.day + p.rng.randint(1, 20) - 1) % 28 + 1
    p.add("other", f"هذه هي النسخة المخبأة من https://{host}/news/{p.rng.randint(100000, 999999)} في Google. وهي لقطة للصفحة كما ظهرت في "
                   f"{cached} {_MONTHS_EG[w.month - 1]} {w.year} {p.rng.randint(0, 23):02d}:{p.rng.randint(0, 59):02d}:{p.rng.randint(0, 59):02d} GMT.")
    p.add("other", "ربما تغيرت الصفحة الحالية في الوقت نفسه. مزيد من المعلومات.")
    p.add("ui_text", "النسخة الكاملة", "النسخة النصية فقط", "عرض المصدر")
    p.add("ui_text", "تلميح: للعثور على مصطلح البحث بسرعة في هذه الصفحة، اضغط على Ctrl+F أو ⌘-F (Mac) واستخدم شريط البحث.")
    p.add("ui_text", "تخطي إلى المحتوى الرئيسي")
    p.add("other", "الرئيسية | محليات | عربي ودولي | اقتصاد | رياضة | منوعات | فيديو")
    section = p.pick(("محليات", "عربي ودولي", "اقتصاد", "رياضة"))
    p.add("other", f"أنت هنا: الرئيسية / {section}")
    if p.chance(0.6):
        p.add("other", p.pick(("خاص", "تقرير", "متابعة", section)))
    p.add("title", p.main.title)

    def dated(x: When) -> str:
        return f"{_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_LEV[x.month - 1]} {x.year} - {x.h12[0]}:{x.minute:02d} {x.h12[1]}"

    p.add("dateline", dated(w))
    if p.chance(0.5):
        p.add("widget", f"آخر تحديث: {hour}:{min(59, w.minute + p.rng.randint(1, 40)):02d} {half}")
    p.body()
    p.add("tags", "الوسوم:", *[" ".join(h.split()[:2]) for h in p.headlines(2)])
    p.add("ui_text", "شارك:", "فيسبوك | تويتر | واتساب")
    if p.chance(0.5):
        p.add("other", p.pick(("محليات", "عربي ودولي", "اقتصاد", "رياضة")))
        _more_story(p, dated=dated)
    p.add("related_list", f"المزيد من {section}", *p.headlines(p.rng.randint(2, 4)))
    p.add("other", f"© {w.year} جميع الحقوق محفوظة")


_SPONSORED = (
    "طبيب يكشف: مشروب يومي يذيب دهون البطن بسرعة", "أسعار الشقق في دبي قد تفاجئك", "اللعبة التي يتحدث عنها الجميع هذا العام",
    "لن تصدق كيف تبدو هذه الممثلة اليوم", "تعلم الإنجليزية في 3 أشهر بهذه الطريقة", "المتقاعدون في الإمارات يستفيدون من هذا العرض",
    "خطأ شائع يرتكبه الجميع عند شحن الهاتف",
)
_HASHTAGS = ("#عاجل", "#ترند", "#السعودية", "#الإمارات", "#مصر", "#لبنان", "#كأس_العالم", "#دبي", "#فن", "#رياضة", "#اقتصاد", "#فيديو")
_SPONSORS = ("Raid: Shadow Legends", "صحتك اليوم", "Babbel", "عقارات دبي | روابط إعلانية", "Forge of Empires", "Hotels.com")


def tabloid_mobile_ads(p: Page) -> None:
    """A Gulf or Egyptian tabloid's mobile page. Inventory: menu and search symbols, a live-TV
    label, a section label, sometimes an "exclusive / with video" label, the title, a views and
    reading-time line with emoji, a relative time ("منذ 3 ساعات"), a "city - outlet" byline, a
    gallery counter ("الصورة 1 من 8") with a caption crediting Instagram, ad slots ("إعلان" /
    "Advertisement") between paragraphs, a glued "📌 اقرأ أيضاً: headline" line, a video box
    ("شاهد: ... 02:15"), then a one-line emoji share bar, a WhatsApp-channel prompt, hashtags,
    a sponsored-links box (Taboola-like: cue, clickbait headlines each with its advertiser), and
    most of the time the next article of the scroll under its section label only, with its own
    relative time and byline."""
    w = when_of(p.main.published, p.rng)
    outlet, city = p.pick((("الإمارات اليوم", "دبي"), ("الوطن", "القاهرة"), ("القاهرة 24", "القاهرة"), ("سبق", "الرياض"), ("لبنان 24", "بيروت")))
    p.add("ui_text", "☰", "🔍")
    p.add("other", p.pick(("🔴 البث المباشر", "🔴 مباشر", "LIVE")))
    p.add("other", p.pick(("فن ومشاهير", "منوعات", "أخبار العالم", "رياضة", "محليات")))
    if p.chance(0.4):
        p.add("other", p.pick(("حصري", "بالفيديو", "بالصور", "خاص")))
    p.add("title", p.main.title)
    if p.chance(0.6):
        p.add("widget", f"👁️ {p.rng.randint(1, 90)}.{p.rng.randint(1, 9)} ألف مشاهدة ⏱️ {p.rng.randint(1, 4)} دقائق قراءة")

    def ago(x: When) -> str:
        return p.pick((f"منذ {p.rng.randint(3, 10)} ساعات", f"منذ {p.rng.randint(11, 23)} ساعة", "منذ ساعتين", f"منذ {p.rng.randint(2, 50)} دقيقة"))

    p.add("dateline", ago(w))
    p.add("source_credit", f"{city} - {outlet}")
    if p.chance(0.6):
        total = p.rng.randint(3, 12)
        p.add("widget", f"الصورة 1 من {total}")
        p.add("caption", p.pick((f"{caption(p, credit=0.0)} - المصدر: انستغرام", caption(p, credit=0.8), "(مواقع التواصل الاجتماعي)")))
    n = len(p.main.paragraphs)
    ads = {i for i in range(n - 1) if i % 2 == 1}
    also = p.rng.randint(0, max(0, n - 2)) if p.chance(0.7) else -1
    video = p.rng.randint(0, max(0, n - 2)) if p.chance(0.4) else -1

    def inserts(i: int, k: int) -> None:
        if i in ads:
            p.add("other", p.pick(("إعلان", "Advertisement", "- إعلان -")))
        if i == also:
            p.add("read_also", f"📌 اقرأ أيضاً: {p.draw().title}")
        if i == video:
            p.add("related_list", f"شاهد: {' '.join(p.draw().title.split()[:6])}", f"0{p.rng.randint(1, 4)}:{p.rng.randint(10, 59)}")

    p.body(inserts=inserts)
    p.add("ui_text", p.pick(("مشاركة: واتساب | فيسبوك | إكس | نسخ الرابط", "📤 شارك الخبر", "🔗 نسخ الرابط")))
    p.add("ui_text", p.pick((f"🔔 تابعوا آخر أخبار {outlet} عبر قناتنا على واتساب", "📲 حمّل تطبيقنا الآن", "تابعونا على تيك توك")))
    if p.chance(0.7):
        p.add("tags", " ".join(p.rng.sample(_HASHTAGS, p.rng.randint(2, 4))))
    if p.chance(0.7):
        p.add("other", p.pick(("محتوى مدعوم", "روابط إعلانية بواسطة Taboola", "قد يعجبك أيضاً", "Sponsored Links by Taboola")))
        for headline in p.rng.sample(_SPONSORED, p.rng.randint(2, 4)):
            p.add("other", headline, p.pick(_SPONSORS))
    if p.chance(0.75):
        p.add("other", p.pick(("فن ومشاهير", "منوعات", "أخبار العالم", "رياضة", "محليات")))
        _more_story(p, dated=ago, under=lambda x: [("source_credit", f"{p.pick((city, 'وكالات', 'القاهرة', 'الرياض'))} - {outlet}")])
        p.add("other", p.pick(("إعلان", "Advertisement")))
    p.add("other", f"© {w.year} {outlet}")


LAYOUTS_HELDOUT4: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (rss_feed_text, maghreb_state_agency, print_reader_cache, tabloid_mobile_ads)
}


def heldout_layouts() -> frozenset[str]:
    return frozenset(random.Random(HELDOUT_SEED).sample(sorted(LAYOUTS), HELDOUT_LAYOUTS))


# ------------------------------------------------------------------------------- assemble
def assemble(spec: dict, articles: dict[str, SourceArticle], pool: list[str] | None = None) -> tuple[list[tuple[str, str]], list[str]]:  # type: ignore[type-arg]
    """One page from its spec (layout, seed, article ids): its labelled lines and the ids it
    used. With ``pool`` the ids are drawn (building); without, they are taken from the spec."""
    drawn: list[str] = []
    stored = list(spec.get("articles", []))
    draw_rng = random.Random(spec["seed"] * 7919 + 1)

    def draw() -> SourceArticle:
        if pool is not None:
            article_id = draw_rng.choice(pool)
        else:
            article_id = stored[len(drawn)]
        drawn.append(article_id)
        return articles[article_id]

    main = draw()
    page = Page(random.Random(spec["seed"]), articles, main, draw)
    layout = LAYOUTS.get(spec["layout"]) or LAYOUTS_HELDOUT2.get(spec["layout"]) or LAYOUTS_HELDOUT3.get(spec["layout"])
    (layout or LAYOUTS_HELDOUT4[spec["layout"]])(page)
    if page.main is not main:  # the layout chose a one-block article (by its own seed): note it
        drawn.append(page.main.id)
    return page.lines, drawn


def iter_pages(names: tuple[str, ...] = GOLD_FILES) -> Iterator[Document]:
    """The gold pages, assembled from ../shared (documents of set "layouts")."""
    for name in names:
        yield from _pages_of(name)


@lru_cache(maxsize=len(GOLD_FILES))
def _pages_of(name: str) -> tuple[Document, ...]:
    """One gold file's pages, assembled once per process (the CI gate scores them repeatedly)."""
    path = GOLD_DIR / f"{name}.json"
    if not path.exists():
        return ()
    articles = load_articles()
    pages = []
    for spec in json.loads(path.read_text(encoding="utf-8"))["documents"]:
        lines, _ = assemble(spec, articles)
        text = "\n".join(line for _, line in lines)
        pages.append(Document("layouts", spec["id"], tuple(line for _, line in lines), text))
    return tuple(pages)


def build() -> None:
    articles = load_articles()
    pool = _main_pool(articles)
    heldout = heldout_layouts()
    rng = random.Random(BUILD_SEED)
    files: dict[str, list[dict]] = {name: [] for name in GOLD_FILES[:2]}  # type: ignore[type-arg]
    for number, layout in enumerate(sorted(LAYOUTS)):
        for index in range(PAGES_PER_LAYOUT):
            spec = {"id": f"{layout}-{index:02d}", "layout": layout, "seed": rng.randrange(10**9)}
            lines, drawn = assemble(spec, articles, pool)
            spec["articles"] = drawn
            again, _ = assemble(spec, articles)
            assert again == lines, spec["id"]
            spec["part"] = "heldout" if layout in heldout else "tuning"
            spec["lines"] = [[label, line_hash(text)] for label, text in lines]
            files["layouts_heldout" if layout in heldout else "layouts"].append(spec)
    _write(files)


def build_heldout(part: int) -> None:
    """A later held-out part: four layouts written after the previous part was measured."""
    articles = load_articles()
    pool = _main_pool(articles)
    rng = random.Random(BUILD_SEED + part)
    documents = []
    for layout in sorted({2: LAYOUTS_HELDOUT2, 3: LAYOUTS_HELDOUT3, 4: LAYOUTS_HELDOUT4}[part]):
        for index in range(PAGES_PER_LAYOUT):
            spec = {"id": f"{layout}-{index:02d}", "layout": layout, "seed": rng.randrange(10**9)}
            lines, drawn = assemble(spec, articles, pool)
            spec["articles"] = drawn
            assert assemble(spec, articles)[0] == lines, spec["id"]
            spec["part"] = f"heldout{part}"
            spec["lines"] = [[label, line_hash(text)] for label, text in lines]
            documents.append(spec)
    _write({f"layouts_heldout{part}": documents})


def _write(files: dict[str, list[dict]]) -> None:  # type: ignore[type-arg]
    for name, documents in files.items():
        payload = {
            "set": "layouts",
            "about": "labels of bench/split_layouts.py pages; texts are read from ../shared at run time",
            "layouts": sorted({d["layout"] for d in documents}),
            "documents": documents,
        }
        (GOLD_DIR / f"{name}.json").write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(name, len(documents), "pages,", sum(len(d["lines"]) for d in documents), "lines")


def show(page_id: str, checking_labels: bool = False) -> None:
    """One page, labelled line by line. Pages of the held-out parts still worth an honest
    measurement (3 and 4) are shown only to check their labels (``--labels``), never to tune."""
    articles = load_articles()
    for name in GOLD_FILES:
        for spec in json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))["documents"]:
            if spec["id"] == page_id:
                if spec["part"] in ("heldout3", "heldout4") and not checking_labels:
                    raise SystemExit("a held-out page: not shown while tuning (--labels to check its labels)")
                for number, (label, text) in enumerate(assemble(spec, articles)[0]):
                    print(f"{number:3d} {label:<18} {text[:150]}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "build":
        build()
    elif len(sys.argv) > 1 and sys.argv[1] in ("build-heldout2", "build-heldout3", "build-heldout4"):
        build_heldout(int(sys.argv[1][-1]))
    elif len(sys.argv) > 2 and sys.argv[1] == "show":
        show(sys.argv[2], checking_labels="--labels" in sys.argv[3:])
    else:
        raise SystemExit(__doc__)
