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
    .venv/bin/python bench/split_layouts.py build-heldout5   write layouts_heldout5.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout6   write layouts_heldout6.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout7   write layouts_heldout7.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout8   write layouts_heldout8.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout9   write layouts_heldout9.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout10  write layouts_heldout10.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout11  write layouts_heldout11.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout12  write layouts_heldout12.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout13  write layouts_heldout13.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout14  write layouts_heldout14.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout15  write layouts_heldout15.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout16  write layouts_heldout16.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout17  write layouts_heldout17.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout18  write layouts_heldout18.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout19  write layouts_heldout19.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout20  write layouts_heldout20.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py build-heldout21  write layouts_heldout21.json (4 more layouts x 22 pages)
    .venv/bin/python bench/split_layouts.py show ID  one page, labelled line by line (--labels for held-out parts 3-21)

Four of the seventeen layouts, drawn with HELDOUT_SEED, formed the held-out part (layouts_heldout.json):
never looked at while the splitter was tuned, measured once, then used for analysis. Four more
layouts written after that measurement form the second held-out part (layouts_heldout2.json),
measured once and then analysed likewise; four more, written after that, the third
(layouts_heldout3.json); four more, written after the third was measured, from kinds of pages
none of the others shows (a feed read as text, a state agency's own site, print / reader /
cached copies, a tabloid mobile page with ad slots), the fourth (layouts_heldout4.json); four
more, written after the fourth was measured (an Iraqi / Levantine WordPress magazine theme, an
economy site with market tickers and price tables, a BBC Arabic / Al Jazeera story page, a
Telegram channel or Facebook page saved as text), the fifth (layouts_heldout5.json); four
more, written after the fifth was measured (a Gulf daily's e-paper page exported as text, a live
blog whose time-stamped updates are one article, a press-release distribution site, a WhatsApp
group exported as text with news forwarded into it), the sixth (layouts_heldout6.json); four
more, written after the sixth was measured (an Arabic vBulletin forum thread in which a member
posts an article, a TV channel's transcript of a programme or a video bulletin, an outlet's
search / tag results page with one result expanded among teasers, a Wikinews article or shorts
page), the seventh (layouts_heldout7.json); four more, written after the seventh was measured
(ordinary article pages: a Sudanese / Yemeni / Libyan / Mauritanian outlet's article, an
Egyptian regional portal dressed for search engines, a sports outlet's match report, an
international outlet's Arabic edition), the eighth (layouts_heldout8.json); four more, written
after the eighth was measured (ordinary article pages again: a Gulf business daily's article
behind its paywall, a news aggregator's article view with its "full coverage" cluster, a
Palestinian or Syrian outlet's article, an outlet's text-only / low-bandwidth version as a text
browser dumps it), the ninth (layouts_heldout9.json); four more, written after the ninth was
measured (site families none of the others shows: a government ministry's own media centre, a
UN News / UN agency story page, a think tank's analysis on its site or as its PDF paper, an
outlet's e-mail newsletter saved as text), the tenth (layouts_heldout10.json); four more,
written after the tenth was measured (site families none of the others shows: a fact-checking
platform's verdict page, a news agency's own wire as a subscriber's terminal prints it, an
Islamic-affairs portal's news item, a correspondent's or outlet's thread on X unrolled or saved
from its conversation page), the eleventh (layouts_heldout11.json); four more, written after
the eleventh was measured (ordinary article pages of outlet families none of the others shows:
the Arabic service of a Turkish, Iranian or Chinese state outlet, a women's and lifestyle
portal's news section, an outlet's translated foreign-press page or press round-up, an
independent or exiled outlet's article), the twelfth (layouts_heldout12.json); four more,
written after the twelfth (site families none of the others shows: a Moroccan, Algerian or
Tunisian outlet whose chrome mixes French and Arabic, a columnist's opinion page, a photo story
whose text runs between numbered slides, a news app's share-sheet text or in-app view copied as
text), the thirteenth (layouts_heldout13.json); four more, written after the thirteenth (site
families none of the others shows: a Saudi, Kuwaiti or Emirati daily's article page with its print
edition's number and page and Hijri dates, an Iraqi or Kurdistan outlet with Kurdish / English /
Turkish switchers, news ids and video players dumped as text, a blogging platform's post writing up
a news story with its claps, responses and the author's next post, a radio station's news item with
its live player, frequencies, podcast episodes and the next bulletin item), the fourteenth
(layouts_heldout14.json); four more, written after the fourteenth was measured (site families none
of the others shows: a health / medical news portal's article with its medical-review line,
"does not replace a doctor" disclaimer, references and ask-a-doctor boxes, a crime and courts
desk's article with case numbers, "تنويه" legal notes, hotlines and a follow-the-case box, a
diaspora community outlet's article with bilingual chrome, local-services ads and community
events, a science and technology news site's article with its study / DOI box, glossary and spec
boxes), the fifteenth (layouts_heldout15.json); four more, written after the fifteenth was measured
(site families none of the others shows: a culture and arts magazine's film, book or exhibition
page with star ratings, the work's info box and trailer placeholders, an education portal's exam
and admissions news with result-lookup widgets, timetables, PDF downloads and FAQ boxes, a
celebrity news site's article with star-profile boxes, gallery captions, stars' posts and polls,
a human-rights organisation's press item with petition boxes, donation appeals, report downloads
and media contacts), the sixteenth (layouts_heldout16.json); four more, written after the
sixteenth was measured (site families none of the others shows: a car news and review site's
article with spec tables one row a line, price boxes, "compare cars" widgets, gallery counts and
dealers' ads, a weather and environment outlet's article with warning banners and their levels,
forecast rows for cities, the meteorologist's line, climate explainer boxes and "share your
weather photo" prompts, a parliament's or Shura council's own news centre with the session's
number and term, committees, members' titles, agenda items, live-broadcast links and documents to
download, a property portal's news article with listing cards, price per square metre rows, a
mortgage calculator, agents' contacts and "projects near you"), the seventeenth
(layouts_heldout17.json); four more, written after the seventeenth (site families none of the
others shows: a defence and military affairs news site's article with ranks and units, the
weapon's spec box one row a line, a "defence industries" ticker, the exercise's name, the official
spokesman's post and the exercise's video, an energy and oil industry news site's article with
Brent / WTI tickers and rows, OPEC+ quota tables, rig counts, company stock widgets, glossary boxes
and report downloads, a governorate's or municipality's own news portal with the governor's
activities, e-services links, complaint hotlines, project status bars, prayer times and official
photo galleries, a travel and tourism news site's article with destination and visa boxes, flight
deals and hotel offers, the destination's weather, a currency converter and "plan your trip"), the
eighteenth (layouts_heldout18.json); four more, written after the eighteenth was measured (site
families none of the others shows, ordinary article pages again: an agriculture and food-security
news site's article with crop price rows, the farmers' weather box, the ministry's circulars, pest
alerts, the wholesale market's bulletin and extension advice boxes, an Arab Christian / church news
outlet's article with the patriarchate's activities, the liturgical calendar box, the saint of the
day, prayer requests, diocese news and mass schedule rows, a labour / trade union federation's news
page with union statements, strike and wage tables, the membership form, the legal-advice box and
solidarity campaigns, a football club's own official site's news item with fixtures and results
rows, ticket and store boxes, player cards, academy news, the sponsors' strip and the club's TV),
the nineteenth (layouts_heldout19.json); four more, written after the nineteenth was measured (site
families none of the others shows, ordinary article pages again: a maritime, ports and shipping
news site's article with vessel movement rows, freight index boxes, the Suez Canal's transits
counter, the sea state and tide box, the vessel-tracking search and port statistics, a
humanitarian relief organisation's news item with donation boxes and amounts, the campaign's
progress line, beneficiaries counters, the zakat calculator, bank account rows, SMS numbers, the
volunteer form and field stories, a stock exchange / capital markets news site's article with the
index box and market status, company disclosures with their times, gainers and losers rows, the
dividends table, the IPO calendar, the watch-list button and the "not a recommendation"
disclaimer, an aviation and airlines news site's article with the flight-status search,
departures board rows, the aircraft's spec box, airport traffic figures, the METAR line, the
airshow countdown and aviation courses), the twentieth (layouts_heldout20.json); four more, written
after the twentieth was measured (site families none of the others shows, ordinary article pages
again: a telecoms and consumer-tech gadget news site's article with the phone-prices ticker, the
device's spec box one row a line, price-compare rows across stores, the review score with its pros
and cons, operators' bundle offers, the speed-test and "compare devices" boxes and readers'
comments, a motorsport news site's article with the drivers' and constructors' standings rows,
race results rows, the next race box with its circuit, length and lap record, the countdown, the
weekend's session timetable, the driver card and the live-timing link, a children's and family
magazine's article with the age group, the expert's review line, tips-for-parents boxes, the
activity of the day, the pregnancy and growth calculators, the parents' poll and mothers'
comments, a local classifieds-plus-news portal's article with the city picker, "post your ad for
free", ad categories with their counts, classified listing rows with price, city and age, featured
ads, job ads, the duty pharmacies, obituaries and the community notice board), the twenty-first
(layouts_heldout21.json), kept out of GOLD_FILES (UNMEASURED_FILES) until it has been measured
once.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
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
GOLD_FILES = (
    "layouts", "layouts_heldout", "layouts_heldout2", "layouts_heldout3", "layouts_heldout4", "layouts_heldout5",
    "layouts_heldout6", "layouts_heldout7", "layouts_heldout8", "layouts_heldout9",
    "layouts_heldout10", "layouts_heldout11", "layouts_heldout12", "layouts_heldout13", "layouts_heldout14", "layouts_heldout15", "layouts_heldout16",
    "layouts_heldout17", "layouts_heldout18", "layouts_heldout19", "layouts_heldout20", "layouts_heldout21",
)
# Written but not yet measured: kept out of GOLD_FILES (and so out of every bench and test)
# until its one blind measurement; `show --labels` still finds its pages.
UNMEASURED_FILES: tuple[str, ...] = ()


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

    def draw_appended(self) -> tuple[SourceArticle, int]:
        """An article long enough to append (a title and two paragraphs), and its number."""
        other = self.draw()
        while len(other.paragraphs) < 2 or not other.title:
            other = self.draw()
        self.appended += 1
        return other, self.appended

    def appended_article(self, dated: Callable[[When], str] | None = None, cue: tuple[str, str] | None = None) -> None:
        """A whole other article under the main one, with its title (and its own date line)."""
        other, n = self.draw_appended()
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
    other, n = p.draw_appended()
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


# ------------------------------------------------------------------- fifth held-out part
# Written after the fourth held-out part had been measured once, from kinds of pages none of
# the 29 layouts above shows: an Iraqi / Levantine WordPress theme (Jannah-like) with its
# breaking ticker and prayer-time strip, an economy site with market tickers and price tables,
# a pan-Arab story page (BBC Arabic / Al Jazeera Net) with its image-source lines, consent box
# around an embedded post and "more on this story" lists, and channel posts (Telegram's web
# preview, a Facebook page) saved as text. Not registered in GOLD_FILES until measured once.

_LEVANT_SITES = (("السومرية نيوز", ("بغداد", "البصرة", "النجف")), ("بغداد اليوم", ("بغداد", "الموصل")), ("شفق نيوز", ("أربيل", "بغداد", "كركوك")),
                 ("سوريا اليوم", ("دمشق", "حلب", "حمص")), ("لبنان الآن", ("بيروت", "طرابلس", "صيدا")))
_PRAYERS = ("الفجر", "الشروق", "الظهر", "العصر", "المغرب", "العشاء")
_HIJRI = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")


def levant_jannah_theme(p: Page) -> None:
    """An Iraqi, Syrian or Lebanese news site on a WordPress magazine theme (Jannah / Newspaper
    style). Inventory: the theme's top bar (Gregorian date with Levantine month, sometimes the
    Hijri date), a weather chip ("بغداد 44°"), a prayer-time strip as "name time" pairs one a
    line, a sticky breaking ticker ("عاجل" then headlines, or "عاجل | headline" lines), the
    menu, a breadcrumb trail that ends with the post's own title ("الرئيسية / محليات / title"),
    a category badge, the title, a meta block (author "بواسطة", date, reading time, views), a
    featured-image caption, an inline "اقرأ أيضا" box with one headline between paragraphs,
    the share buttons one a line, tags under "الوسوم", previous / next post links, related
    posts with relative times, the comment form, the Adblock notice and "back to top" button;
    half the time the theme's "auto-load next post" brings the next post under the first with
    its own breadcrumb, badge, title, meta and text, and nothing but those as a cue."""
    w = when_of(p.main.published, p.rng)
    site, cities = p.pick(_LEVANT_SITES)
    city = p.pick(cities)
    style = p.rng.randrange(3)  # one date style per site

    def date_line(x: When) -> str:
        return (f"{x.day} {_MONTHS_LEV[x.month - 1]} {x.year}", f"{x.day} {_MONTHS_EG[x.month - 1]}، {x.year}",
                f"{x.year}/{x.month:02d}/{x.day:02d} {x.hour:02d}:{x.minute:02d}")[style]

    def ago() -> str:
        hours, days = p.rng.randint(3, 23), p.rng.randint(3, 6)
        return p.pick((f"منذ {hours} {'ساعات' if hours <= 10 else 'ساعة'}", "منذ ساعتين", "منذ يومين", f"منذ {days} أيام"))

    p.add("widget", f"{_WEEKDAYS[w.weekday]}، {w.day} {_MONTHS_LEV[w.month - 1]} {w.year}")
    if p.chance(0.5):
        p.add("widget", f"{p.rng.randint(1, 29)} {p.pick(_HIJRI)} {1439 if w.month < 9 else 1440} هـ")
    p.add("widget", f"{city} {p.rng.randint(14, 49)}°")
    if p.chance(0.7):
        p.add("widget", "مواقيت الصلاة")
        start = (4, 5, 12, 15, 19, 20)
        for name, hour in zip(_PRAYERS, start, strict=True):
            p.add("widget", f"{name} {hour:02d}:{p.rng.randint(0, 59):02d}")
    if p.chance(0.5):
        p.add("related_list", "عاجل", *p.headlines(p.rng.randint(2, 4)))
    else:
        for headline in p.headlines(p.rng.randint(2, 3)):
            p.add("related_list", f"عاجل | {headline}")
    one_per_line(p, "other", ("الرئيسية", "محليات", "سياسة", "أمن", "اقتصاد", "عربي ودولي", "رياضة", "منوعات", "تقارير", "فيديو"))
    section = p.pick(("محليات", "سياسة", "أمن", "عربي ودولي", "تقارير"))

    def header(title: str) -> list[tuple[str, str]]:
        lines = [("other", f"الرئيسية / {section} / {title}")] if p.chance(0.7) else []
        return lines + ([("other", p.pick((section, "خاص", "مميز", "أخبار")))] if p.chance(0.6) else [])

    def meta(x: When) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """Lines before and after the date: author first, reading time and views after."""
        before = [("source_credit", f"بواسطة {p.pick(('محرر الموقع', 'علي الساعدي', 'زينب الموسوي', 'فريق التحرير', 'رامي الأحمد'))}")] if p.chance(0.7) else []
        after = [("widget", p.pick(("أقل من دقيقة", f"{p.rng.randint(2, 6)} دقائق", "دقيقة واحدة")))]
        if p.chance(0.5):
            after.append(("widget", f"{p.rng.randint(40, 9000)} مشاهدة"))
        return before, after

    for label, text in header(p.main.title):
        p.add(label, text)
    p.add("title", p.main.title)
    before, after = meta(w)
    for label, text in before:
        p.add(label, text)
    p.add("dateline", date_line(w))
    for label, text in after:
        p.add(label, text)
    if p.chance(0.5):
        p.add("caption", caption(p, credit=0.5))
    box = p.rng.randint(0, max(0, len(p.main.paragraphs) - 2)) if p.chance(0.6) else -1

    def inserts(i: int, n: int) -> None:
        if i == box:
            p.add("read_also", "اقرأ أيضا", p.draw().title)

    p.body(inserts=inserts)
    if p.chance(0.4):
        p.add("source_credit", p.pick(("المصدر: وكالات", f"({site})", "المصدر: واع", "(سانا)", "(الوكالة الوطنية للإعلام)")))
    p.add("ui_text", "شارك")
    one_per_line(p, "ui_text", ("فيسبوك", "X", "واتساب", "تيلقرام", "مشاركة عبر البريد", "طباعة"), p.rng.randint(3, 6))
    if p.chance(0.7):
        p.add("tags", "الوسوم", *[" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 4))])
    p.add("read_also", "المقال السابق", p.draw().title, "المقال التالي", p.draw().title)
    p.add("related_list", p.pick(("مقالات ذات صلة", "أخبار ذات صلة")))
    for _ in range(p.rng.randint(2, 4)):
        p.add("related_list", p.draw().title, ago())
    p.add("ui_text", "اترك تعليقاً", "إلغاء الرد", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
          "التعليق *", "الاسم *", "البريد الإلكتروني *", "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
          "إرسال التعليق")
    if p.chance(0.5):
        other, n = p.draw_appended()
        x = when_of(other.published, p.rng)
        for label, text in header(other.title):
            p.add(label, text)
        p.add(f"appended-{n}-title", other.title)
        before, after = meta(x)
        for label, text in before:
            p.add(label, text)
        p.add(f"appended-{n}-dateline", date_line(x))
        for label, text in after:
            p.add(label, text)
        p.add(f"appended-{n}-body", *other.paragraphs[: p.rng.randint(2, 6)])
        p.add("ui_text", "شارك")
        one_per_line(p, "ui_text", ("فيسبوك", "X", "واتساب", "تيلقرام"), p.rng.randint(2, 4))
    if p.chance(0.4):
        p.add("ui_text", "أنت تستخدم إضافة Adblock", "يعتمد موقعنا على الإعلانات كمصدر للدخل، يرجى تعطيل إضافة حظر الإعلانات.")
    p.add("other", f"جميع الحقوق محفوظة لـ {site} © {w.year}", "زر الذهاب إلى الأعلى")


_INDICES = (("تاسي", 10842.31), ("EGX30", 16420.5), ("سوق دبي", 3012.4), ("بورصة الكويت", 5210.9), ("نفط برنت $", 74.32),
            ("الذهب $", 1298.6), ("بيتكوين $", 7480.0), ("داو جونز", 24813.7))
_STOCKS = ("سابك", "الراجحي", "أرامكو", "التجاري الدولي", "طلعت مصطفى", "إعمار", "زين", "الأهلي", "معادن", "السويدي")
# Buying rates of 2018 in the site's own currency (Egyptian pound, riyal, dirham).
_RATES_EGP = (("الدولار الأمريكي", 17.85), ("اليورو", 20.9), ("الجنيه الإسترليني", 23.6), ("الريال السعودي", 4.76), ("الدرهم الإماراتي", 4.86), ("الدينار الكويتي", 59.1))
_RATES_SAR = (("الدولار الأمريكي", 3.75), ("اليورو", 4.38), ("الجنيه الإسترليني", 4.96), ("الجنيه المصري", 0.21), ("الدرهم الإماراتي", 1.02), ("الدينار الكويتي", 12.4))
_RATES_AED = (("الدولار الأمريكي", 3.67), ("اليورو", 4.29), ("الجنيه الإسترليني", 4.86), ("الريال السعودي", 0.98), ("الجنيه المصري", 0.21), ("الدينار الكويتي", 12.1))


def markets_portal(p: Page) -> None:
    """An Arabic economy site (Argaam, Mubasher, Al-Eqtisadiah, Amwal Al Ghad style).
    Inventory: a ticker strip of indices and commodities ("تاسي 10842.31 ▲ 0.45%") one a line, the
    market's state ("السوق مغلق") and delay notice, login / subscribe words, the menu, a section
    label, the title, a byline that is the outlet or "outlet - city", the date (numeric, or
    weekday and month name with time), sometimes the wire's "city - مباشر:" prefix glued to the
    lead, a chart caption and a price table ("الشركة | السعر | التغير %" then rows) between
    paragraphs, after the body "الشركات المذكورة في الخبر" with prices, the site's
    not-a-recommendation disclaimer, a Telegram prompt, a currency table (name, buy, sell),
    related news with dates, and in some pages a whole article under a cue ("طالع أيضاً",
    "ننصحك بقراءة", "تقارير ذات صلة") with its own byline and date."""
    w = when_of(p.main.published, p.rng)
    outlet, city, rates = p.pick((("أرقام", "الرياض", _RATES_SAR), ("مباشر", "القاهرة", _RATES_EGP), ("الاقتصادية", "الرياض", _RATES_SAR),
                                  ("أموال الغد", "القاهرة", _RATES_EGP), ("الاقتصادي", "دبي", _RATES_AED)))
    style = p.rng.randrange(3)  # one date style per site

    def date_line(x: When) -> str:
        hour, half = x.h12
        return (f"{x.year}/{x.month:02d}/{x.day:02d} {x.hour:02d}:{x.minute:02d}",
                f"{_WEEKDAYS[x.weekday]} {x.day:02d} {_MONTHS_EG[x.month - 1]} {x.year} {hour:02d}:{x.minute:02d} {half}",
                f"تاريخ النشر: {x.day:02d}/{x.month:02d}/{x.year}")[style]

    for name, value in p.rng.sample(_INDICES, p.rng.randint(3, 6)):
        move = p.rng.uniform(-2.5, 2.5)
        p.add("widget", f"{name} {value * (1 + move / 100):,.2f} {'▲' if move >= 0 else '▼'} {move:+.2f}%")
    p.add("widget", p.pick(("السوق مغلق", "السوق مفتوح", "جلسة ما قبل الافتتاح")))
    if p.chance(0.5):
        p.add("other", "البيانات متأخرة 15 دقيقة")
    p.add("ui_text", *p.rng.sample(("تسجيل الدخول", "اشترك الآن", "بحث", "English", "قائمة المتابعة"), 3))
    one_per_line(p, "other", ("الرئيسية", "الأسواق", "الشركات", "العملات", "السلع", "البنوك", "العقارات", "الطاقة", "تحليلات", "أدوات المستثمر"))
    p.add("other", p.pick(("أسواق", "اقتصاد عالمي", "اقتصاد عربي", "أخبار الشركات", "طاقة")))
    p.add("title", p.main.title)
    credit = p.pick((outlet, f"{outlet} - {city}", f"{city} - {outlet}"))  # one byline form per site
    p.add("source_credit", credit)
    p.add("dateline", date_line(w))
    paragraphs = list(p.main.paragraphs)
    if outlet == "مباشر" and p.chance(0.6):
        paragraphs[0] = f"{city} - مباشر: {paragraphs[0]}"
    table = p.rng.randint(0, max(0, len(paragraphs) - 2)) if p.chance(0.6) else -1
    chart = p.rng.randint(0, max(0, len(paragraphs) - 2)) if p.chance(0.4) else -1
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index == len(paragraphs) - 1:
            break
        if index == chart:
            p.add("caption", p.pick(("رسم بياني: أداء المؤشر العام خلال الأسبوع", "أداء السهم منذ بداية العام", "المصدر: بيانات السوق")))
        if index == table:
            p.add("widget", "الشركة | السعر | التغير %")
            for stock in p.rng.sample(_STOCKS, p.rng.randint(2, 4)):
                p.add("widget", f"{stock} | {p.rng.uniform(5, 150):.2f} | {p.rng.uniform(-5, 5):+.2f}")
    if p.chance(0.6):
        p.add("widget", "الشركات المذكورة في الخبر")
        for stock in p.rng.sample(_STOCKS, p.rng.randint(1, 3)):
            p.add("widget", f"{stock} {p.rng.uniform(5, 150):.2f} {p.pick(('▲', '▼'))}")
    if p.chance(0.7):
        p.add("other", p.pick(("إخلاء مسؤولية: المعلومات الواردة في هذا الخبر لا تعد توصية بالشراء أو البيع.",
                               "جميع المعلومات المنشورة لأغراض إعلامية فقط وليست نصيحة استثمارية.")))
    p.add("ui_text", p.pick((f"تابعوا {outlet} على تيليجرام", "حمّل تطبيق الأسواق الآن", "أضف إلى قائمة المتابعة")))
    if p.chance(0.6):
        p.add("widget", "أسعار العملات", "العملة | شراء | بيع")
        for currency, rate in p.rng.sample(rates, p.rng.randint(2, 4)):
            rate *= p.rng.uniform(0.99, 1.01)
            p.add("widget", f"{currency} | {rate:.3f} | {rate * 1.004:.3f}")
    if p.chance(0.6):
        p.add("read_also", p.pick(("طالع أيضاً", "ننصحك بقراءة", "تقارير ذات صلة")))
        _more_story(p, dated=date_line, between=lambda x: [("source_credit", credit)])
    p.add("related_list", "أخبار ذات صلة")
    for _ in range(p.rng.randint(2, 4)):
        other = p.draw()
        p.add("related_list", other.title, date_line(when_of(other.published, p.rng)))
    p.add("other", f"© {w.year} {outlet}. جميع الحقوق محفوظة", p.pick(("سياسة الخصوصية", "شروط الاستخدام")))


def _x_consent(p: Page, w: When, number: int) -> None:
    """An embedded X post as BBC Arabic prints it: skip link, consent notice, the post, the
    external-content warning and the end marker."""
    p.add("ui_text", f"تخطى منشورات X, {number}")
    if p.chance(0.6):
        p.add("ui_text", "يحتوي هذا الموضوع على محتوى من X. نطلب موافقتك قبل التحميل، لأنهم قد يستخدمون ملفات تعريف الارتباط "
                         "وغيرها من التقنيات. قد ترغب في قراءة سياسة ملفات تعريف الارتباط الخاصة بـ X وسياسة الخصوصية قبل الموافقة. "
                         "لاختيار المحتوى، اختر \"موافقة ومتابعة\".", "موافقة ومتابعة")
    tweet(p, w)
    p.add("other", "تحذير: بي بي سي غير مسؤولة عن محتوى المواقع الخارجية.")
    p.add("ui_text", f"نهاية منشورات X, {number}")


def pan_arab_story_page(p: Page) -> None:
    """A pan-Arab broadcaster's story page, BBC Arabic or Al Jazeera Net style.
    BBC-like inventory: skip link, brand and menu, the title, "Author, Name" / "Role, ..." or
    name and desk on two lines, the date as "5 يونيو/ حزيران 2018" or "قبل 3 ساعات", the photo's
    "صدر الصورة، Getty Images" and "التعليق على الصورة، ..." lines (also between paragraphs), an
    embedded X post inside its consent box (skip line, consent notice, "موافقة ومتابعة", the
    post, the external-content warning, end line), "المزيد حول هذه القصة" with headline and date
    pairs, the topics ("مواضيع ذات صلة") one a line, a numbered most-read list, the BBC footer.
    Al Jazeera-like inventory: brand, live label, menu, a section label, the title, the date and
    "آخر تحديث: ... (بتوقيت مكة المكرمة)", share and save words, a caption with "(الجزيرة)"-type
    credit, a read-also box between paragraphs ("اقرأ أيضا", "list 1 of 4", headline ...
    "end of list"), a video player's text ("play video", "video duration 02 minutes 14 seconds"),
    "المصدر : الجزيرة + وكالات", "المزيد من سياسة" list, and most of the time the next story
    loaded under it with only its section label, title and dates above its text."""
    w = when_of(p.main.published, p.rng)

    def bbc_date(x: When) -> str:
        return f"{x.day} {_MONTHS_EG[x.month - 1]}/ {_MONTHS_LEV[x.month - 1]} {x.year}"

    if p.chance(0.5):
        p.add("ui_text", "تخطى إلى المحتوى")
        p.add("other", "BBC News, عربي")
        one_per_line(p, "other", ("الرئيسية", "أخبار", "العالم العربي", "علوم وتكنولوجيا", "صحة", "اقتصاد", "فيديو", "برامج", "الأكثر مشاهدة"))
        p.add("title", p.main.title)
        name = p.pick(("عمرو سعيد", "ريم عبد الحميد", "ميشال أبونجم", "فراس كيلاني", "هبة النجار"))
        desk = p.pick(("بي بي سي نيوز عربي", "مراسل بي بي سي في القاهرة", "بي بي سي - بيروت"))
        if p.chance(0.5):
            p.add("source_credit", f"Author, {name}", f"Role, {desk}")
        elif p.chance(0.6):
            p.add("source_credit", name, desk)
        p.add("dateline", p.pick((bbc_date(w), f"قبل {p.rng.randint(2, 11)} ساعات", f"قبل {p.rng.randint(13, 23)} ساعة")))
        n = len(p.main.paragraphs)
        photos = [0] if p.chance(0.7) else []
        later = p.rng.randint(1, max(1, n - 2)) if n > 2 and p.chance(0.5) else -1
        post = p.rng.randint(0, max(0, n - 2)) if p.chance(0.5) else -1

        def photo() -> None:
            p.add("caption", f"صدر الصورة، {p.pick(('Getty Images', 'Reuters', 'EPA', 'AFP', 'BBC'))}")
            if p.chance(0.8):
                p.add("caption", f"التعليق على الصورة، {caption(p, credit=0.0)}")

        if photos:
            photo()

        def inserts(i: int, k: int) -> None:
            if i == later:
                photo()
            if i == post:
                _x_consent(p, w, 1)

        p.body(inserts=inserts)
        p.add("related_list", "المزيد حول هذه القصة")
        for _ in range(p.rng.randint(2, 4)):
            other = p.draw()
            p.add("related_list", other.title, bbc_date(when_of(other.published, p.rng)))
        if p.chance(0.7):
            p.add("tags", "مواضيع ذات صلة", *p.rng.sample(("الشرق الأوسط", "سوريا", "العراق", "مصر", "الولايات المتحدة", "الأمم المتحدة", "النفط", "لبنان"), p.rng.randint(2, 4)))
        p.add("related_list", "الأكثر قراءة")
        numbered_apart = p.chance(0.5)
        for number, headline in enumerate(p.headlines(p.rng.randint(3, 5)), 1):
            if numbered_apart:
                p.add("related_list", str(number), headline)
            else:
                p.add("related_list", f"{number}. {headline}")
        p.add("other", "لماذا يمكنك الاعتماد على بي بي سي",
              f"© {w.year} بي بي سي. بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية. سياسة التعامل مع الروابط الخارجية.")
        return

    def aj_dates(x: When) -> list[tuple[str, str]]:
        hour, half = x.h12
        lines = [("dateline", f"{x.day}/{x.month}/{x.year}")]
        if p.chance(0.6):
            lines.append(("dateline", f"آخر تحديث: {x.day}/{x.month}/{x.year} {hour:02d}:{x.minute:02d} {half} (بتوقيت مكة المكرمة)"))
        return lines

    p.add("other", "الجزيرة", p.pick(("بث مباشر", "البث الحي")))
    one_per_line(p, "other", ("أخبار", "سياسة", "اقتصاد", "رياضة", "تكنولوجيا", "ثقافة", "بودكاست", "وثائقية"))
    section = p.pick(("سياسة", "أخبار", "اقتصاد", "تقارير وحوارات"))
    p.add("other", section)
    p.add("title", p.main.title)
    for label, text in aj_dates(w):
        p.add(label, text)
    p.add("ui_text", *p.rng.sample(("شارك", "حفظ", "طباعة", "نسخ الرابط"), 2))
    if p.chance(0.6):
        p.add("caption", f"{caption(p, credit=0.0)} {p.pick(('(الجزيرة)', '(رويترز)', '(الفرنسية)', '(الأناضول)', '(أسوشيتد برس)'))}")
    n = len(p.main.paragraphs)
    box = p.rng.randint(0, max(0, n - 2)) if p.chance(0.7) else -1
    video = p.rng.randint(0, max(0, n - 2)) if p.chance(0.3) else -1

    def aj_inserts(i: int, k: int) -> None:
        if i == box:
            p.add("read_also", "اقرأ أيضا")
            total = p.rng.randint(2, 4)
            for number in range(1, total + 1):
                p.add("read_also", f"list {number} of {total}", p.draw().title)
            p.add("read_also", "end of list")
        if i == video:
            minutes, seconds = p.rng.randint(1, 5), p.rng.randint(0, 59)
            p.add("ui_text", "play video", f"video duration {minutes:02d} minutes {seconds:02d} seconds {minutes:02d}:{seconds:02d}")

    p.body(inserts=aj_inserts)
    p.add("source_credit", p.pick(("المصدر : الجزيرة + وكالات", "المصدر : الجزيرة", "المصدر : وكالات", "المصدر : الجزيرة + رويترز")))
    p.add("related_list", f"المزيد من {section}", *p.headlines(p.rng.randint(2, 4)))
    if p.chance(0.75):
        p.add("other", p.pick(("سياسة", "أخبار", "اقتصاد", "تقارير وحوارات")))
        other, number = p.draw_appended()
        p.add(f"appended-{number}-title", other.title)
        for _, text in aj_dates(when_of(other.published, p.rng)):
            p.add(f"appended-{number}-dateline", text)
        p.add(f"appended-{number}-body", *other.paragraphs[: p.rng.randint(2, 6)])
        p.add("source_credit", p.pick(("المصدر : الجزيرة + وكالات", "المصدر : الجزيرة")))
    p.add("other", f"© {w.year} شبكة الجزيرة الإعلامية", "سياسة الخصوصية", "شروط الاستخدام")


_CHANNELS = (("أخبار العراق العاجلة", "iraq_news_now"), ("شبكة أخبار سوريا", "syria_news_net"), ("قناة المملكة", "almamlakatv"),
             ("لبنان الآن", "lebanon_now"), ("الخليج العاجل", "gulf_breaking"), ("مصر الآن", "egypt_now_news"))
_COMMENTS = ("لا حول ولا قوة إلا بالله", "الله يحفظ البلد وأهله", "وين الحكومة من هذا الكلام؟", "أخيراً خبر مفرح",
             "ننتظر التنفيذ مو بس الكلام", "الله يرحم الشهداء", "شكراً على المتابعة", "هل هذا الخبر مؤكد؟", "كلام سليم 👍")
_COMMENTERS = ("أبو علي", "Ahmed Salem", "مريم الحسن", "Hussein Kadhim", "سارة محمود", "Omar Khaled", "أم يوسف")


def channel_posts_text(p: Page) -> None:
    """Posts of a news channel saved as text: Telegram's web preview of a channel (t.me/s/...) or a
    news outlet's Facebook page. No masthead, menu or section: the posts follow each other, each
    a headline line and its paragraphs.
    Telegram inventory: channel name, subscriber count, description, "View in Telegram"; a day
    separator; sometimes one-line flash posts ("🔴 عاجل | headline") with their footers before the
    article post; "Forwarded from" line, the headline (sometimes with a pin emoji glued on), the
    paragraphs, a hashtag line, a "follow us" line with the handle, the footer (views, "edited",
    time); then one or two more posts, headline and paragraphs under nothing but the footer of
    the one before, each with its own hashtags and footer.
    Facebook inventory: page name and "date · 🌐" line above each post, the headline and
    paragraphs, "عرض الترجمة", the reactions and comment/share counts, the like / comment / share
    words, "الأكثر ملاءمة", two or three reader comments (name, text, "أعجبني · رد · 3 س"), "عرض
    المزيد من التعليقات", the comment box; most of the time the page's next post under its page
    name and date line."""
    w = when_of(p.main.published, p.rng)
    name, handle = p.pick(_CHANNELS)

    if p.chance(0.5):
        p.add("other", name, p.pick((f"{p.rng.randint(12, 900)}K subscribers", f"{p.rng.randint(12, 900)} ألف مشترك")))
        if p.chance(0.6):
            p.add("other", p.pick(("أخبار عاجلة على مدار الساعة من مصادرنا الخاصة", "القناة الرسمية", "للإعلان والتواصل عبر الخاص")))
        p.add("ui_text", p.pick(("View in Telegram", "Preview channel", "معاينة القناة")))
        p.add("other", f"{_MONTHS_EN[w.month - 1]} {w.day}")

        def footer(x: When, earlier: int = 0) -> str:
            views = p.pick((f"{p.rng.randint(1, 99)}.{p.rng.randint(1, 9)}K", str(p.rng.randint(300, 999))))
            minutes = max(0, x.hour * 60 + x.minute - earlier)
            return f"👁 {views} {'edited ' if p.chance(0.3) else ''}{minutes // 60:02d}:{minutes % 60:02d}"

        for headline in p.headlines(p.rng.randint(0, 2)):
            p.add("related_list", f"{p.pick(('🔴 عاجل |', '⚡️', '🔴'))} {headline}")
            p.add("widget", footer(w, earlier=p.rng.randint(5, 90)))
        if p.chance(0.3):
            p.add("source_credit", f"Forwarded from {p.pick(_CHANNELS)[0]}")
        if p.chance(0.3):
            p.add("title", f"📌 {p.main.title}")
        else:
            p.add("title", p.main.title)
        p.body()

        def after(x: When) -> list[tuple[str, str]]:
            lines = []
            if p.chance(0.5):
                lines.append(("tags", " ".join(p.rng.sample(_HASHTAGS, p.rng.randint(1, 3)))))
            if p.chance(0.5):
                lines.append(("ui_text", p.pick((f"📲 تابعونا: @{handle}", f"للاشتراك: t.me/{handle}", f"@{handle}"))))
            return lines + [("widget", footer(x))]

        for label, text in after(w):
            p.add(label, text)
        for _ in range(p.rng.randint(1, 2)):
            _more_story(p, after=after)
        return

    def posted(x: When) -> str:
        hour, half = x.h12
        return p.pick((f"{x.day} {_MONTHS_EG[x.month - 1]} الساعة {hour}:{x.minute:02d} {half} · 🌐",
                       f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year} · 🌐", f"{p.rng.randint(2, 23)} س · 🌐"))

    def reactions() -> None:
        if p.chance(0.3):
            p.add("ui_text", "عرض الترجمة")
        p.add("widget", f"👍❤️😢 {p.rng.randint(1, 9)}.{p.rng.randint(1, 9)} ألف",
              f"{p.rng.randint(3, 900)} تعليقًا {p.rng.randint(1, 300)} مشاركة")
        p.add("ui_text", "أعجبني", "تعليق", "مشاركة")

    p.add("source_credit", name)
    p.add("dateline", posted(w))
    p.add("title", p.main.title)
    p.body()
    if p.chance(0.4):
        p.add("tags", " ".join(p.rng.sample(_HASHTAGS, p.rng.randint(1, 3))))
    reactions()
    p.add("ui_text", "الأكثر ملاءمة")
    for _ in range(p.rng.randint(2, 3)):
        p.add("other", p.pick(_COMMENTERS), p.pick(_COMMENTS))
        p.add("ui_text", f"أعجبني · رد · {p.rng.randint(1, 23)} س")
    p.add("ui_text", "عرض المزيد من التعليقات", "اكتب تعليقًا...")
    if p.chance(0.75):
        other, number = p.draw_appended()
        p.add("source_credit", name)
        p.add(f"appended-{number}-dateline", posted(when_of(other.published, p.rng)))
        p.add(f"appended-{number}-title", other.title)
        p.add(f"appended-{number}-body", *other.paragraphs[: p.rng.randint(2, 6)])
        reactions()


LAYOUTS_HELDOUT5: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (levant_jannah_theme, markets_portal, pan_arab_story_page, channel_posts_text)
}


# ------------------------------------------------------------------- sixth held-out part
# Written after the fifth held-out part had been measured once, from kinds of pages none of
# the 33 layouts above shows: a Gulf daily's e-paper page exported as text (pdftotext's short
# column lines with page heads and jumps, or PressReader's text view), a live blog whose
# time-stamped updates are the paragraphs of its one article, a press-release distribution
# site (wire prefixes, "about the company" boilerplate, media contacts, disclaimers), and a
# WhatsApp group exported as text with news forwarded and shared into it. Not registered in
# GOLD_FILES until measured once.


def _clock(x: When, minutes: int) -> tuple[int, int]:
    """Hour and minute ``minutes`` after ``x`` (on a 24-hour clock)."""
    total = (x.hour * 60 + x.minute + minutes) % (24 * 60)
    return total // 60, total % 60


def _ago(minutes: int) -> str:
    """A relative time as Arabic sites print it ("منذ 12 دقيقة", "منذ ساعتين")."""
    if minutes < 60:
        return {0: "الآن", 1: "منذ دقيقة", 2: "منذ دقيقتين"}.get(minutes, f"منذ {minutes} {'دقائق' if minutes <= 10 else 'دقيقة'}")
    hours = minutes // 60
    return {1: "منذ ساعة", 2: "منذ ساعتين"}.get(hours, f"منذ {hours} {'ساعات' if hours <= 10 else 'ساعة'}")


def _hijri(x: When) -> str:
    """The Hijri date of ``x`` by the tabular calendar (at most a day or two off the sighted one)."""
    from datetime import date

    days = date(x.year, x.month, x.day).toordinal() + 1721425 - 1948440 + 10632
    cycle = (days - 1) // 10631
    days = days - 10631 * cycle + 354
    j = ((10985 - days) // 5316) * ((50 * days) // 17719) + (days // 5670) * ((43 * days) // 15238)
    days = days - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * days) // 709
    return f"{days - (709 * month) // 24} {_HIJRI[month - 1]} {30 * cycle + j - 30}هـ"


def wrap_in_column(text: str, width: int) -> list[str]:
    """A paragraph as pdftotext gives a newspaper column: lines of at most ``width`` characters,
    broken between words (a longer word stays whole)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line] if line else lines


def _pull_quote(paragraph: str) -> str:
    """A pull quote: the paragraph's first words up to the end of a clause (6-16 words)."""
    words = paragraph.split()
    end = next((i for i in range(5, min(16, len(words))) if words[i].endswith((".", "،", ":", "؛"))), min(11, len(words) - 1))
    return " ".join(words[: end + 1]).rstrip(".،:؛")


_EPAPERS = (
    ("الخليج", "Al Khaleej (Arabic)", "www.alkhaleej.ae", ("الشارقة", "دبي", "أبوظبي"), "«الخليج»", "(وام)", "درهمان"),
    ("الاتحاد", "Al Ittihad", "www.alittihad.ae", ("أبوظبي", "دبي", "العين"), "«الاتحاد»", "(وام)", "درهمان"),
    ("الراية", "Al Raya", "www.raya.com", ("الدوحة",), "الراية", "(قنا)", "ريالان"),
    ("عكاظ", "Okaz", "www.okaz.com.sa", ("جدة", "الرياض", "مكة المكرمة"), "«عكاظ»", "(واس)", "ريالان"),
    ("القبس", "Al Qabas", "www.alqabas.com", ("الكويت",), "القبس", "(كونا)", "150 فلساً"),
    ("أخبار الخليج", "Akhbar Al Khaleej", "www.akhbar-alkhaleej.com", ("المنامة",), "أخبار الخليج", "(بنا)", "200 فلس"),
)
_REPORTERS = ("سلام أبوشهاب", "محمد إبراهيم", "عبدالله الحربي", "منى البدوي", "حسين الحمادي", "نادية سلطان")
_PAPER_ADS = (
    "للإعلان في {name} يرجى الاتصال على الرقم المجاني 800 4455 أو زيارة موقعنا الإلكتروني",
    "اشترك الآن في النسخة الورقية واحصل على النسخة الرقمية مجاناً لمدة عام كامل",
    "تعلن البلدية عن إغلاق جزئي للطريق الدائري يوم الجمعة من الساعة الثانية فجراً حتى السادسة صباحاً",
    "عروض نهاية الأسبوع: خصومات تصل إلى 50% على جميع الأجهزة الإلكترونية في جميع الفروع",
    "مطلوب للعمل فوراً محاسب ذو خبرة لا تقل عن خمس سنوات، ترسل السيرة الذاتية على صندوق البريد 2211",
)


def gulf_epaper_text(p: Page) -> None:
    """A Gulf daily's e-paper page saved as text, as its PDF gives it to pdftotext or as
    PressReader's text view shows it. No article carries a date of its own: the issue's date is
    in the page head.
    pdftotext inventory: on page 1 the masthead (name, "يومية سياسية مستقلة", price) and an index
    box of headlines with their pages ("... ص 7"); the running head (page number, outlet, section,
    weekday with Gregorian and Hijri dates, issue number), on one line or broken over several;
    a kicker above the title; sometimes no title at all (set as an image and lost by the
    export); a "city: name" / "city: «outlet»" byline; the text in column lines of 26-44
    characters, paragraph breaks lost; a photo caption and its "تصوير:" credit cutting a column;
    a pull quote in «» that repeats words of the text; sometimes the jump to another page
    ("(التتمة ص 14)"), the site line at that page's foot, the next page's head, "تتمة المنشور ص 1"
    and the title again; the agency's tag; then the page's other stories with nothing between
    them but their titles (and bylines); an advertisement in sentences, broken into column
    lines; the page number or site at the foot.
    PressReader inventory: the paper's Latin name and date, "section - outlet", the title,
    byline, whole paragraphs, a caption with credit between them, the "Printed and distributed
    by PressReader" lines; most of the time the issue's next article under the same head."""
    w = when_of(p.main.published, p.rng)
    name, latin, host, cities, tag, agency, price = p.pick(_EPAPERS)
    section = p.pick(("عربي ودولي", "محليات", "اقتصاد", "شؤون خليجية", "دوليات", "الوطن"))

    def byline() -> list[tuple[str, str]]:
        return [("source_credit", p.pick((f"{p.pick(cities)}: {tag}", f"{p.pick(cities)}: {p.pick(_REPORTERS)}",
                                          f"{p.pick(('عواصم', 'القاهرة', 'بيروت', 'لندن'))} - وكالات")))]

    if p.chance(0.3):
        def reader_head() -> None:
            p.add("widget", f"{latin} · {w.day} {_MONTHS_EN[w.month - 1][:3]} {w.year}")
            p.add("other", f"{section} - {name}")

        footer = ("Printed and distributed by PressReader", "PressReader.com +1 604 278 4604", "COPYRIGHT AND PROTECTED BY APPLICABLE LAW")
        reader_head()
        p.add("title", p.main.title)
        if p.chance(0.7):
            for label, text in byline():
                p.add(label, text)
        spot = p.rng.randint(0, max(0, len(p.main.paragraphs) - 2)) if p.chance(0.5) else -1

        def inserts(i: int, n: int) -> None:
            if i == spot:
                p.add("caption", caption(p, credit=0.8))

        p.body(inserts=inserts)
        if p.chance(0.4):
            p.add("source_credit", agency)
        p.add("other", *footer)
        if p.chance(0.7):
            reader_head()
            _more_story(p, under=lambda x: byline() if p.chance(0.6) else [])
            p.add("other", *footer)
        return

    width = p.rng.randint(26, 44)
    issue = p.rng.randint(12000, 19000)
    hijri = _hijri(w)
    date = f"{_WEEKDAYS[w.weekday]} {w.day} {_MONTHS_EG[w.month - 1]} {w.year}م"
    split_head = p.chance(0.5)

    def head(number: int) -> None:
        if split_head:
            p.add("other", str(number), name)
            p.add("widget", date, hijri, f"العدد {issue}")
            p.add("other", section)
        else:
            p.add("widget", f"{number} {section} {date} - {hijri} - العدد {issue}")

    def ad() -> None:
        if p.chance(0.5):
            p.add("other", p.pick(("إعلان", "إعلانات")))
        p.add("other", *wrap_in_column(p.pick(_PAPER_ADS).format(name=name), width))

    front = p.chance(0.3)
    page_no = 1 if front else p.rng.randint(2, 31)
    if front:
        p.add("other", name, "يومية سياسية مستقلة", f"السعر: {price}")
    head(page_no)
    if front:
        p.add("related_list", p.pick(("في هذا العدد", "اقرأ في الداخل", "في الداخل")))
        for headline in p.headlines(p.rng.randint(2, 3)):
            p.add("related_list", f"{headline} ص {p.rng.randint(2, 40)}")
    if p.chance(0.6):
        p.add("other", p.pick(("تقرير", "متابعة", "خاص", "تحليل إخباري", "حدث اليوم", "على الهامش")))
    untitled = p.chance(0.2)
    if not untitled:
        p.add("title", p.main.title)
    if p.chance(0.8):
        for label, text in byline():
            p.add(label, text)
    lines = [line for paragraph in p.main.paragraphs for line in wrap_in_column(paragraph, width)]
    n = len(lines)
    photo = p.rng.randint(1, n - 1) if n > 2 and p.chance(0.5) else -1
    quote = p.rng.randint(1, n - 1) if n > 4 and p.chance(0.4) else -1
    jump = p.rng.randint(n // 3, n - 2) if n >= 12 and p.chance(0.4) else -1
    inner = p.rng.randint(page_no + 1, 40)
    for index, line in enumerate(lines):
        if index == photo:
            p.add("caption", caption(p, credit=0.0))
            if p.chance(0.6):
                p.add("caption", p.pick((f"تصوير: {p.pick(_REPORTERS)}", "(أ ف ب)", "(رويترز)", f"تصوير: {tag}")))
        if index == quote:
            p.add("other", *wrap_in_column(f"«{_pull_quote(p.pick(p.main.paragraphs))}»", p.rng.randint(18, 26)))
        if index == jump:
            p.add("other", f"(التتمة ص {inner})")
            if p.chance(0.5):
                p.add("other", host)
            head(inner)
            p.add("other", f"تتمة المنشور ص {page_no}")
            if not untitled:
                p.add("duplicated_headline", p.main.title)
        p.add("body", line)
    if p.chance(0.5):
        p.add("source_credit", agency)
    stories = p.rng.randint(1, 2)
    ad_at = p.rng.randint(0, stories) if p.chance(0.5) else -1
    for k in range(stories):
        if k == ad_at:
            ad()
        other, number = p.draw_appended()
        p.add(f"appended-{number}-title", other.title)
        if p.chance(0.6):
            for label, text in byline():
                p.add(label, text)
        p.add(f"appended-{number}-body", *[line for paragraph in other.paragraphs[: p.rng.randint(2, 5)] for line in wrap_in_column(paragraph, width)])
        if p.chance(0.3):
            p.add("source_credit", agency)
    if ad_at == stories:
        ad()
    p.add("other", p.pick((host, str(inner if jump >= 0 else page_no))))


_LIVE_SITES = (("سكاي نيوز عربية", "بتوقيت أبوظبي"), ("العربية", "بتوقيت السعودية"), ("الجزيرة نت", "بتوقيت مكة المكرمة"),
               ("بي بي سي عربي", "GMT"), ("فرانس 24", "بتوقيت باريس"), ("الشرق", "بتوقيت السعودية"))
_LIVE_EDITORS = ("سارة المهيري", "أحمد فتحي", "Rami Ayyub", "ليلى الشامي", "فريق التغطية", "محمد الزعبي")


def live_blog_updates(p: Page) -> None:
    """A live blog ("تغطية مباشرة") whose updates are the paragraphs of its one article; each
    update's time stamp is a date line of the article.
    Inventory: the menu, a live badge ("مباشر", "LIVE", "🔴 تغطية مباشرة") above the title or
    glued to it ("مباشر | title"), the blog's "last updated" line with the site's time zone, the
    auto-update switch and sort words, sometimes a "key events" box (time and first words of a
    few updates, one a line); a closing note in a full sentence at the top of a finished blog;
    the updates newest first (with the opening update pinned above them on some pages) or oldest
    first, each its time stamp ("14:32", "14:32 GMT", "منذ 12 دقيقة", "14:32 بتوقيت مكة المكرمة"),
    on some sites the editor's name, a photo caption with agency credit, the text, an embedded
    post, the update's own share word; "load more"; then a whole article under a cue ("تغطية
    ذات صلة", "اقرأ أيضاً") with its own date, or a list of other live blogs; the footer."""
    w = when_of(p.main.published, p.rng)
    outlet, zone = p.pick(_LIVE_SITES)
    one_per_line(p, "other", ("الرئيسية", "أخبار", "العالم العربي", "العالم", "اقتصاد", "رياضة", "فيديو", "برامج")[: p.rng.randint(4, 8)])
    glued = p.chance(0.3)
    if not glued:
        p.add("other", p.pick(("مباشر", "LIVE", "🔴 تغطية مباشرة", "تغطية مستمرة")))
    p.add("title", f"{p.pick(('مباشر |', 'مباشر:', 'LIVE |'))} {p.main.title}" if glued else p.main.title)
    paragraphs = p.main.paragraphs
    n = len(paragraphs)
    offsets = [0]
    for _ in range(n - 1):
        offsets.append(offsets[-1] + p.rng.randint(3, 55))
    since = p.rng.randint(1, 20)  # minutes between the last update and the page being saved
    style = p.rng.randrange(4)

    def stamp(k: int) -> str:
        hour, minute = _clock(w, offsets[k])
        return (f"{hour:02d}:{minute:02d}", f"{hour:02d}:{minute:02d} GMT", _ago(offsets[-1] - offsets[k] + since),
                f"{hour:02d}:{minute:02d} {zone}")[style]

    hour, minute = _clock(w, offsets[-1])
    p.add("dateline", f"آخر تحديث: {w.day} {_MONTHS_EG[w.month - 1]} {w.year} - {hour:02d}:{minute:02d} {zone}")
    newest_first = p.chance(0.7)
    p.add("ui_text", p.pick(("تحديث تلقائي", "Auto-update", "مشاركة التغطية")))
    if p.chance(0.5):
        p.add("ui_text", "الأحدث أولاً" if newest_first else "الأقدم أولاً")
    pinned = newest_first and n > 2 and p.chance(0.35)
    order = list(range(n))
    if newest_first:
        order = ([0] if pinned else []) + [k for k in reversed(range(n)) if not (pinned and k == 0)]
    if n > 2 and p.chance(0.4):
        p.add("other", p.pick(("أبرز الأحداث", "Key events", "أهم التطورات")))
        for k in sorted(p.rng.sample(range(n), 3), reverse=newest_first):
            p.add("other", f"{stamp(k)} {' '.join(paragraphs[k].split()[:6])}...")
    if newest_first and p.chance(0.3):
        p.add("other", p.pick(("انتهت التغطية المباشرة لهذا اليوم، شكراً لمتابعتكم ويمكنكم متابعة آخر التطورات عبر موقعنا.",
                               "نوقف هنا تغطيتنا المباشرة، وسنوافيكم بأي مستجدات في تغطية جديدة.")))
    editors = p.chance(0.4)
    share = p.pick(("مشاركة", "نسخ الرابط", "Share", "")) if p.chance(0.5) else ""
    post_at = p.rng.randrange(1, n) if n > 1 and p.chance(0.35) else -1
    photo_at = p.rng.randrange(n) if p.chance(0.4) else -1
    for position, k in enumerate(order):
        if pinned and position == 0:
            p.add("other", p.pick(("📌 مثبت", "Pinned", "تحديث مثبت")))
        p.add("dateline", stamp(k))
        if editors:
            p.add("source_credit", p.pick(_LIVE_EDITORS))
        if k == photo_at:
            p.add("caption", caption(p, credit=0.9))
        p.add("body", paragraphs[k])
        if k == post_at:
            tweet(p, w)
        if share:
            p.add("ui_text", share)
    if p.chance(0.6):
        p.add("ui_text", p.pick(("تحميل المزيد", "عرض تحديثات أقدم", "Load more updates")))
    if not newest_first and p.chance(0.3):
        p.add("other", "انتهت تغطيتنا المباشرة، شكراً لمتابعتكم.")
    if p.chance(0.6):
        p.appended_article(dated=lambda x: f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year} {x.hour:02d}:{x.minute:02d} {zone}",
                           cue=("read_also", p.pick(("تغطية ذات صلة", "اقرأ أيضاً", "المزيد من التغطية"))))
    else:
        p.add("related_list", p.pick(("تغطيات مباشرة أخرى", "مواضيع ذات صلة")), *p.headlines(p.rng.randint(2, 4)))
    p.add("other", f"© {w.year} {outlet}")


_PR_COMPANIES = (
    ("مجموعة الواحة القابضة", ("تأسست مجموعة الواحة القابضة عام 1982 ومقرها دبي، وتعد من أكبر المجموعات الاستثمارية المتنوعة في المنطقة، "
     "إذ تعمل في قطاعات التجزئة والعقارات والضيافة والخدمات اللوجستية في سبع دول ويعمل لديها أكثر من 12 ألف موظف."), "www.alwaha-holding.com", "التجزئة"),
    ("شركة نماء للاتصالات", ("نماء للاتصالات مشغل رائد لخدمات الاتصالات المتنقلة والثابتة والإنترنت في منطقة الشرق الأوسط وشمال أفريقيا، "
     "تخدم أكثر من 20 مليون عميل وتلتزم بتقديم أحدث الحلول الرقمية للأفراد والشركات."), "www.namaa-telecom.com", "الاتصالات"),
    ("بنك الخليج الأول للاستثمار", ("يعد بنك الخليج الأول للاستثمار من المؤسسات المصرفية الرائدة في المنطقة، ويقدم مجموعة متكاملة من "
     "الخدمات المصرفية للأفراد والشركات وإدارة الثروات عبر شبكة تضم أكثر من 80 فرعاً."), "www.gfib.com", "الخدمات المالية"),
    ("رمال للتطوير العقاري", ("رمال للتطوير العقاري شركة مساهمة عامة مدرجة في سوق أبوظبي للأوراق المالية، طورت أكثر من 30 مشروعاً "
     "سكنياً وتجارياً منذ تأسيسها عام 2005، وتلتزم بأعلى معايير الجودة والاستدامة."), "www.rimal-dev.ae", "العقارات"),
    ("سما للطيران", ("سما للطيران ناقل جوي اقتصادي يتخذ من الشارقة مقراً له، ويشغل رحلات إلى أكثر من 60 وجهة في الشرق الأوسط "
     "وآسيا وأوروبا بأسطول حديث من الطائرات."), "www.samaair.com", "الطيران"),
)
_PR_CONTACTS = (("ريم الخطيب", "مديرة الاتصال المؤسسي"), ("Sarah Thompson", "Account Director"), ("عمر حداد", "مسؤول العلاقات الإعلامية"),
                ("Nadia Karim", "Senior PR Executive"))
_PR_AGENCIES = ("أصداء بي سي دبليو", "ويبر شاندويك الشرق الأوسط", "هيل آند نولتون", "Edelman Middle East")
_PR_PLACES = (("دبي", "الإمارات العربية المتحدة", "+971 4"), ("الرياض", "المملكة العربية السعودية", "+966 11"),
              ("أبوظبي", "الإمارات العربية المتحدة", "+971 2"), ("المنامة", "البحرين", "+973 17"), ("الكويت", "الكويت", "+965 22"),
              ("مسقط", "سلطنة عمان", "+968 24"))


def press_release_wire(p: Page) -> None:
    """A press-release distribution site (Business Wire / AETOSWire Arabic, Zawya, PR Newswire
    Arabic) with the article dressed as a release.
    Inventory: the wire's name, language links, its menu or "بيانات صحفية" section, a "بيان صحفي"
    / "Press Release" label, the title, the issuer ("مصدر البيان:" / "Source:"), the date in the
    wire's form (Arabic, or "Tue 05 Jun, 2018 - 10:22"), share words one a line (PR Newswire), the
    wire's place-and-wire prefix glued to the lead ("دبي، الإمارات العربية المتحدة-(بزنيس واير/
    ايتوس واير): ", ".../PRNewswire/ -- "), a photo caption with "(الصورة: ...)" credit between
    paragraphs, the end mark ("-انتهى-", "###"), "نبذة عن <company>" with its boilerplate paragraph
    and web address (furniture written like body text), the media contact block one item a line
    (name, role, agency, phone, e-mail; Arabic or English), sector and country tags one a line,
    the wire's disclaimer (Arabic translation notice and "View source version on
    businesswire.com", or Zawya's English disclaimer); then another whole release under "بيانات
    صحفية أخرى" / "More Press Releases", or with no cue at all, or a list of releases with dates."""
    w = when_of(p.main.published, p.rng)
    wire = p.pick(("businesswire", "zawya", "prnewswire"))
    company, about, site, sector = p.pick(_PR_COMPANIES)
    city, country, dialling = p.pick(_PR_PLACES)
    english = p.chance(0.4)  # the site's own words in English or Arabic

    def lead(x: When) -> str:
        if wire == "businesswire":
            return f"{city}، {country}-(بزنيس واير/ايتوس واير): "
        if wire == "prnewswire":
            return f"{city}، {country}، {x.day} {_MONTHS_EG[x.month - 1]}، {x.year} /PRNewswire/ -- "
        return f"{city}، {country} – {x.day} {_MONTHS_EG[x.month - 1]} {x.year}: "

    def dated(x: When) -> str:
        if wire == "zawya":
            return f"{_DAYS_EN[x.weekday]} {x.day:02d} {_MONTHS_EN[x.month - 1][:3]}, {x.year} - {x.hour:02d}:{x.minute:02d}"
        if wire == "prnewswire":
            return f"{x.day:02d} {_MONTHS_EG[x.month - 1]}، {x.year}، {x.hour:02d}:{x.minute:02d} بتوقيت غرينتش"
        return f"{_WEEKDAYS[x.weekday]}، {x.day} {_MONTHS_EG[x.month - 1]} {x.year} {x.h12[0]}:{x.minute:02d} {'صباحاً' if x.hour < 12 else 'مساءً'}"

    def issuer(name: str) -> str:
        return {"businesswire": f"مصدر البيان: {name}", "zawya": f"Source: {name}", "prnewswire": f"المصدر: {name}"}[wire]

    if wire == "businesswire":
        p.add("other", "بزنيس واير", "Business Wire")
        p.add("ui_text", "English | Français | Deutsch | 日本語 | العربية")
    elif wire == "zawya":
        p.add("other", "ZAWYA", "by Refinitiv")
        one_per_line(p, "other", ("أسواق", "الشركات", "اقتصاد", "بيانات صحفية", "Sign in"))
    else:
        p.add("other", "PR Newswire", "أخبار صحفية")
        p.add("ui_text", "Menu", "بحث")
    p.add("other", "Press Release" if english else p.pick(("بيان صحفي", "بيانات صحفية")))
    p.add("title", p.main.title)
    p.add("source_credit", issuer(company))
    p.add("dateline", dated(w))
    if wire == "prnewswire":
        p.add("ui_text", "شارك هذه المقالة")
        one_per_line(p, "ui_text", ("Facebook", "X", "LinkedIn", "Email", "Print"), p.rng.randint(3, 5))
    paragraphs = list(p.main.paragraphs)
    paragraphs[0] = lead(w) + paragraphs[0]
    photo = p.rng.randint(0, max(0, len(paragraphs) - 2)) if p.chance(0.4) else -1
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index == photo and index < len(paragraphs) - 1:
            credit = "(الصورة: بزنيس واير)" if wire == "businesswire" else f"(الصورة: {company})"
            p.add("caption", f"{caption(p, credit=0.0)} {credit}")
    p.add("other", p.pick(("-انتهى-", "- انتهى -", "###")))
    p.add("other", f"نبذة عن {company}", about, p.pick((f"للمزيد من المعلومات، يرجى زيارة: {site}", site)))
    person, role = p.pick(_PR_CONTACTS)
    agency = p.pick(_PR_AGENCIES)
    handle = person.split()[0].lower() if person.isascii() else "media"
    p.add("other", p.pick(("Contacts", "Media Contact:") if english else ("للمزيد من المعلومات، يرجى التواصل مع:", "جهة الاتصال الإعلامية:")),
          person, role, agency, f"{dialling} {p.rng.randint(300, 899)} {p.rng.randint(1000, 9999)}", f"{handle}@{site.removeprefix('www.')}")
    if p.chance(0.6):
        p.add("tags", f"القطاع: {sector}", f"البلد: {country}")
    if wire == "businesswire":
        p.add("other", "إخلاء المسؤولية: نص البيان الأصلي بلغة المصدر هو النسخة الرسمية المعتمدة. أما الترجمة فقد تمت للمساعدة فقط، "
                       "ويجب الرجوع لنص البيان بلغة المصدر الذي يمثل النسخة الوحيدة ذات الأثر القانوني.",
              f"View source version on businesswire.com: https://www.businesswire.com/news/home/{w.year}{w.month:02d}{w.day:02d}00{p.rng.randint(1000, 9999)}/ar/")
    elif wire == "zawya":
        p.add("other", f"© Press Release {w.year}",
              "Disclaimer: The content of this press release was provided from a 3rd party provider. This website is not responsible for, "
              "and does not control, such external content. This content is provided on an \"as is\" and \"as available\" basis and has not "
              "been edited in any way.")
    else:
        p.add("other", f"المصدر {company}", "Related Links", site)

    other_company, other_about, _, _ = p.pick([c for c in _PR_COMPANIES if c[0] != company])

    def tail(x: When) -> list[tuple[str, str]]:
        lines = [("other", p.pick(("-انتهى-", "###")))]
        return lines + ([("other", f"نبذة عن {other_company}"), ("other", other_about)] if p.chance(0.6) else [])

    shape = p.rng.random()
    if shape < 0.35:
        p.add("read_also", "More Press Releases" if english else p.pick(("بيانات صحفية أخرى", "البيان التالي")))
    if shape < 0.65:
        _more_story(p, dated=dated, lead=lead, between=lambda x: [("source_credit", issuer(other_company))], after=tail)
    else:
        p.add("related_list", "More Press Releases" if english else "بيانات صحفية أخرى")
        for _ in range(p.rng.randint(2, 4)):
            other = p.draw()
            p.add("related_list", other.title, dated(when_of(other.published, p.rng)))
    p.add("other", *(("Privacy Policy", "Terms of Use") if english else ("سياسة الخصوصية", "شروط الاستخدام")))


_WA_MEMBERS = ("أبو علي", "Ahmed Salem", "أم يوسف", "خالد العنزي", "Mona", "د. سامي", "Hussein Kadhim", "نور الهدى", "+964 770 412 8853")
_WA_GROUPS = ("أخبار الديرة", "العائلة 🏠", "شلة الجامعة", "أخبار البلد أولاً بأول", "Family News")
_WA_OPENERS = ("السلام عليكم", "مرحبا بالجميع 👋", "<Media omitted>", "تم حذف هذه الرسالة", "This message was deleted", "🌹🌹")
_WA_REPLIES = ("الله يستر", "منو عنده تفاصيل أكثر؟", "صحيح هالخبر؟", "والله خبر مهم، انشروه للكل", "شكراً على الخبر", "😢😢", "👍👍",
               "أكو رابط للخبر؟", "الخبر قديم ترى", "الله يحفظ الجميع", "متى صار هذا؟", "تم التأكد من المصدر، الخبر صحيح", "<Media omitted>")
_NEWS_APPS = (("نبض", "https://nabd.com/s/", "تم الإرسال من تطبيق نبض، حمّل التطبيق الآن: https://nabd.com/app"),
              ("سكاي نيوز عربية", "https://sky.news/", "حمّل تطبيق سكاي نيوز عربية لمتابعة آخر الأخبار"),
              ("العربية", "https://ara.tv/", "📲 لمتابعة آخر الأخبار حمّل تطبيق العربية"),
              ("الجزيرة", "https://aja.me/", "حمّل تطبيق الجزيرة"),
              ("RT Arabic", "https://ar.rt.com/", "Sent via RT Arabic app"))


def whatsapp_news_forwards(p: Page) -> None:
    """A WhatsApp group exported as text ("Export chat"), with news forwarded and shared into it.
    Every message starts with the phone's stamp and the sender ("05/06/2018, 10:22 - أبو علي: ",
    "[05/06/2018, 10:22:31] أبو علي: " or an Arabic phone's "٥/٦/٢٠١٨ ١٠:٢٢ ص - "), glued to its
    first line; a message's further lines carry nothing.
    Inventory: the end-to-end encryption notice and "created group" / "added" system lines
    (English or Arabic), chatter ("صحيح هالخبر؟", "<Media omitted>", "This message was deleted"),
    news shared from an app as a headline and a short link; then the article forwarded whole:
    sometimes a "look at this" message before it, the stamp glued to its title (in WhatsApp's
    *bold* or plain) or, with no title, to its first paragraph, sometimes a "📅 date" line, the
    paragraphs, the app's share footer (short link and "حمّل التطبيق" line) or "المصدر:" line;
    the members' replies; most of the time another article forwarded whole by another member,
    after a "same subject 👇" message or with nothing but the stamp before its title; more
    chatter and a "left" line."""
    w = when_of(p.main.published, p.rng)
    members = p.rng.sample(_WA_MEMBERS, 4)
    group = p.pick(_WA_GROUPS)
    fmt = p.rng.randrange(3)
    english = fmt != 2 and p.chance(0.6)
    clock = [p.rng.randint(-180, -20)]

    def stamp() -> str:
        clock[0] += p.rng.randint(0, 25)
        hour, minute = _clock(w, clock[0])
        if fmt == 0:
            return f"{w.day:02d}/{w.month:02d}/{w.year}, {hour:02d}:{minute:02d} - "
        if fmt == 1:
            return f"[{w.day:02d}/{w.month:02d}/{w.year}, {hour:02d}:{minute:02d}:{p.rng.randint(0, 59):02d}] "
        return f"{w.day}/{w.month}/{w.year} {hour % 12 or 12}:{minute:02d} {'ص' if hour < 12 else 'م'} - ".translate(_INDIC)

    def said(who: str) -> str:
        return f"{stamp()}{who}: "

    def chatter(k: int, lines: tuple[str, ...] = _WA_REPLIES) -> None:
        for _ in range(k):
            p.add("other", said(p.pick(members)) + p.pick(lines))

    def shared() -> None:
        app, link, _ = p.pick(_NEWS_APPS)
        code = "".join(p.rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(6))
        p.add("related_list", said(p.pick(members)) + f"{p.draw().title} - {app}")
        p.add("other", link + code)

    def footer() -> None:
        app, link, prompt = p.pick(_NEWS_APPS)
        shape = p.rng.random()
        if shape < 0.45:
            p.add("other", link + "".join(p.rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(6)))
            p.add("ui_text", prompt)
        elif shape < 0.7:
            p.add("source_credit", f"المصدر: {app}")

    admin = members[0]
    if fmt != 1:
        p.add("other", stamp() + ("Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
                                  "can read or listen to them. Tap to learn more." if english else
                                  "الرسائل والمكالمات مشفرة تمامًا بين الطرفين. لا أحد خارج هذه الدردشة، ولا حتى واتساب، "
                                  "يمكنه قراءتها أو الاستماع إليها. انقر لمعرفة المزيد."))
    if p.chance(0.6):
        if english:
            p.add("other", f"{stamp()}{admin} created group \"{group}\"", f"{stamp()}{admin} added {members[1]}")
        else:
            p.add("other", f"{stamp()}أنشأ {admin} المجموعة \"{group}\"", f"{stamp()}أضاف {admin} {members[1]}")
    chatter(p.rng.randint(0, 2), _WA_OPENERS)
    for _ in range(p.rng.randint(0, 2)):
        shared()
        chatter(p.rng.randint(0, 1))
    sender = p.pick(members)
    if p.chance(0.3):
        p.add("other", said(sender) + p.pick(("شوفوا هذا الخبر", "خبر مهم", "عاجل 👇", "📢📢")))
    paragraphs = list(p.main.paragraphs)
    if p.chance(0.2):
        paragraphs[0] = said(sender) + paragraphs[0]
    else:
        p.add("title", said(sender) + (f"*{p.main.title}*" if p.chance(0.4) else p.main.title))
        if p.chance(0.3):
            p.add("dateline", f"📅 {date_eg(w, clock=False)}")
    p.add("body", *paragraphs)
    footer()
    chatter(p.rng.randint(1, 3))
    if p.chance(0.75):
        other, number = p.draw_appended()
        forwarder = p.pick(members)
        if p.chance(0.3):
            p.add("other", said(forwarder) + p.pick(("وهذا خبر ثاني بنفس الموضوع 👇", "بنفس الموضوع:", "وهذا من قناة ثانية")))
        p.add(f"appended-{number}-title", said(forwarder) + other.title)
        p.add(f"appended-{number}-body", *other.paragraphs[: p.rng.randint(2, 6)])
        footer()
    chatter(p.rng.randint(0, 2))
    if p.chance(0.3):
        p.add("other", stamp() + (f"{p.pick(members[1:])} left" if english else f"غادر {p.pick(members[1:])}"))


LAYOUTS_HELDOUT6: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (gulf_epaper_text, live_blog_updates, press_release_wire, whatsapp_news_forwards)
}


# ----------------------------------------------------------------- seventh held-out part
# Written after the sixth held-out part had been measured once, from kinds of pages none of
# the 37 layouts above shows: a thread of an Arabic vBulletin forum where a member posts a
# news article (quotes, signatures, replies, a second article posted in a reply), a TV
# channel's text of a broadcast (a programme episode's transcript with speaker labels, or a
# video page's transcript in timed chunks, news bulletins with several stories and no
# headlines), an outlet's search or tag results page with one result expanded in full among
# teasers, and a Wikinews article (or a day's "shorts" page). Not registered in GOLD_FILES
# until measured once.

_FORUMS = ("منتديات ستار تايمز", "منتديات الجلفة لكل الجزائريين و العرب", "منتديات كووورة", "منتديات شبكة الإمارات",
           "منتدى الحوار العراقي", "منتديات مكتوب")
_FORUM_SECTIONS = (("المنتدى العام", "الأخبار العربية والعالمية"), ("الأقسام العامة", "أخبار وأحداث"), ("منتدى الأخبار", "الأخبار السياسية"),
                   ("الأقسام الرئيسية", "الحدث اليوم"))
_FORUM_MEMBERS = ("ابو فهد", "SaLeH_2010", "عاشقة الوطن", "المهاجر", "ورد الشام", "أبو عمر الجزائري", "Dr.Ahmed", "نسمة الصباح",
                  "ابن البلد", "قلب العروبة")
_FORUM_RANKS = ("عضو مميز", "عضو جديد", "مشرف قسم الأخبار", "عضو نشيط", "كبار الشخصيات", "عضو ذهبي", "عضو فعال")
_SIGNATURES = ("اللهم اغفر لي ولوالدي وللمؤمنين يوم يقوم الحساب", "سبحان الله وبحمده سبحان الله العظيم",
               "إذا الشعب يوما أراد الحياة فلا بد أن يستجيب القدر", "لا تنسونا من صالح دعائكم",
               "وما توفيقي إلا بالله عليه توكلت وإليه أنيب", "ليس كل ما يلمع ذهباً، وليس كل من يبتسم لك صديقاً",
               "بلادي وإن جارت علي عزيزة وأهلي وإن ضنوا علي كرام")
_FORUM_REPLIES = ("شكرا على الخبر أخي الكريم", "بارك الله فيك على النقل", "الله يستر من القادم", "خبر مؤسف للأسف",
                  "متابع معك، ننتظر المزيد من التفاصيل", "مشكور على المتابعة وجزاك الله خيرا",
                  "الله يحفظ بلادنا وبلاد المسلمين من كل سوء", "تسلم يداك على الخبر", "هل من جديد في هذا الموضوع؟",
                  "للأسف هذا ما كنا نتوقعه منذ البداية، والأيام القادمة ستكشف الكثير")
_OUTLETS_AR = ("العربية.نت", "سكاي نيوز عربية", "فرانس 24", "بي بي سي عربي", "سي إن إن بالعربية", "الجزيرة نت", "رويترز")


def _vb_date(x: When, minutes: int, arabic: bool) -> str:
    """A vBulletin post date ("05-06-2018, 10:22 AM" / "05-06-2018, 10:22 ص"), ``minutes`` after ``x``."""
    hour, minute = _clock(x, minutes)
    half = ("ص" if hour < 12 else "م") if arabic else ("AM" if hour < 12 else "PM")
    return f"{x.day:02d}-{x.month:02d}-{x.year}, {hour % 12 or 12:02d}:{minute:02d} {half}"


def forum_thread_news(p: Page) -> None:
    """A thread of an Arabic vBulletin forum in which a member posts a news article.
    Inventory: the forum's name, a guest notice in full sentences, a login box and the forum's
    menu one word a line, the breadcrumb (one line with ">" or a line per level), the thread's
    title (the article's headline, with "[خبر]" / "عاجل:" glued on or not, or the member's own
    words with the headline then inside the post), "page 1 of 3" and the page numbers, thread
    tools; each post's head ("قديم 05-06-2018, 10:22 AM", "#1"), the member's name, rank, join
    date and post count; in the first post a greeting, the headline again, vBulletin's resized
    image notice, the article, "المصدر:" or "منقول", a sign-off, the signature under a rule
    (prayers, verse: lines of prose), "رد مع اقتباس"; the replies, some quoting a paragraph of
    the article under "اقتباس:" / "المشاركة الأصلية كتبت بواسطة ...", most of the time one reply
    posting another article whole (after a short cue of the member's or with nothing but the
    post's head), "similar threads" with their starters, the forum clock and vBulletin's
    copyright."""
    w = when_of(p.main.published, p.rng)
    forum = p.pick(_FORUMS)
    section, sub = p.pick(_FORUM_SECTIONS)
    arabic_clock = p.chance(0.5)
    members = p.rng.sample(_FORUM_MEMBERS, 5)
    poster = members[0]
    profile = p.chance(0.6)
    p.add("other", forum)
    if p.chance(0.6):
        p.add("other", f"مرحباً بك زائرنا الكريم في {forum}، إذا كانت هذه زيارتك الأولى للمنتدى فيرجى التكرم بزيارة صفحة التعليمات، "
                       "كما يشرفنا أن تقوم بالتسجيل لتتمكن من المشاركة في المواضيع والردود.")
    if p.chance(0.5):
        p.add("ui_text", "اسم العضو", "كلمة المرور", "حفظ البيانات؟", "تسجيل الدخول")
    one_per_line(p, "other", ("الرئيسية", "التسجيل", "التعليمات", "قائمة الأعضاء", "التقويم", "البحث", "مشاركات اليوم", "جعل المنتديات كمقروءة"),
                 p.rng.randint(4, 8))
    if p.chance(0.5):
        p.add("other", f"{forum} > {section} > {sub}")
    else:
        p.add("other", forum, section, sub)
    shape = p.rng.random()
    if shape < 0.7:
        p.add("title", f"{p.pick(('', '[خبر] ', 'عاجل: ', 'خبر: '))}{p.main.title}")
    else:
        p.add("other", p.pick(("خبر عاجل ومهم", "ما رأيكم في هذا الخبر؟", "آخر المستجدات", "شاهدوا ماذا حدث اليوم", "خبر يهم الجميع")))
    pages = p.rng.randint(1, 4)
    if pages > 1 and p.chance(0.7):
        p.add("ui_text", f"صفحة 1 من {pages}", *[str(k) for k in range(1, pages + 1)], ">", "الأخيرة »")
    if p.chance(0.5):
        p.add("ui_text", "أدوات الموضوع", "انواع عرض الموضوع")

    def head(minutes: int, number: int, member: str, label: str = "other") -> None:
        p.add(label, f"{p.pick(('قديم ', '')) if number > 1 else 'قديم '}{_vb_date(w, minutes, arabic_clock)}")
        p.add("other", f"#{number}", member, p.pick(_FORUM_RANKS))
        if profile:
            p.add("other", f"تاريخ التسجيل: {_MONTHS_EN[p.rng.randrange(12)][:3]} {p.rng.randint(2006, w.year - 1)}",
                  f"المشاركات: {p.rng.randint(12, 9800):,}")

    def signature() -> None:
        p.add("other", "__________________", *p.rng.sample(_SIGNATURES, p.rng.randint(1, 2)))

    head(0, 1, poster, "dateline")
    if p.chance(0.5):
        p.add("other", p.pick(("السلام عليكم ورحمة الله وبركاته", "السلام عليكم", "مساء الخير أعضاء المنتدى الكرام")))
    if shape < 0.7:
        if p.chance(0.5):
            p.add("duplicated_headline", p.main.title)
    elif p.chance(0.85):
        p.add("title", p.main.title)
    image = p.rng.randint(-1, len(p.main.paragraphs) - 2) if p.chance(0.4) else -2

    def resized() -> None:
        p.add("ui_text", f"هذه الصورة بحجم اخر انقر هنا لعرض الصورة بالشكل الصحيح ابعاد الصورة هي {p.pick(('800x533', '1024x683', '960x540'))} الابعاد 600x400")

    if image == -1:
        resized()
    p.body(inserts=lambda i, n: resized() if i == image else None)
    tail = p.rng.random()
    if tail < 0.55:
        p.add("source_credit", f"المصدر: {p.pick(_OUTLETS_AR)}")
    elif tail < 0.8:
        p.add("other", p.pick(("منقول", "منقول للفائدة", "منقول للأمانة")))
    if p.chance(0.4):
        p.add("other", p.pick(("تحياتي", "تقبلوا تحياتي", "دمتم بخير")))
    if p.chance(0.7):
        signature()
    p.add("ui_text", "رد مع اقتباس")
    replies = p.rng.randint(1, 4)
    post_at = p.rng.randint(1, replies) if p.chance(0.7) else 0
    minutes = 0
    for number in range(2, replies + 2):
        minutes += p.rng.randint(4, 300)
        member = members[1 + (number - 2) % 4]
        head(minutes, number, member)
        if number - 1 == post_at:
            if p.chance(0.6):
                p.add("other", p.pick(("وهذا خبر ذو صلة:", "آخر التطورات:", "تابع الخبر:", "وفي نفس السياق")))
            other, n = p.draw_appended()
            if p.chance(0.85):
                p.add(f"appended-{n}-title", other.title)
            p.add(f"appended-{n}-body", *other.paragraphs[: p.rng.randint(2, 5)])
            if p.chance(0.5):
                p.add("source_credit", f"المصدر: {p.pick(_OUTLETS_AR)}")
        else:
            if p.chance(0.4):
                paragraph = p.pick(p.main.paragraphs)
                words = paragraph.split()
                quoted = paragraph if p.chance(0.5) or len(words) < 16 else " ".join(words[: p.rng.randint(8, 14)]) + " ..."
                p.add("other", "اقتباس:", f"المشاركة الأصلية كتبت بواسطة {poster}", quoted)
            p.add("other", p.pick(_FORUM_REPLIES))
        if p.chance(0.4):
            signature()
        p.add("ui_text", "رد مع اقتباس")
    p.add("ui_text", "« الموضوع السابق | الموضوع التالي »")
    if p.chance(0.7):
        p.add("related_list", "المواضيع المتشابهه")
        for _ in range(p.rng.randint(2, 4)):
            p.add("related_list", p.draw().title)
            p.add("other", p.pick(_FORUM_MEMBERS), f"{p.rng.randint(0, 40)} ردود")
    clock = _vb_date(w, minutes + p.rng.randint(10, 600), arabic_clock).split(", ")[1]
    p.add("widget", f"جميع الأوقات بتوقيت GMT +3. الساعة الآن {clock}.")
    p.add("other", f"Powered by vBulletin® Version 3.8.11 Copyright ©2000 - {w.year}, vBulletin Solutions, Inc.")


_PROGRAMS = (("ما وراء الخبر", "الجزيرة"), ("حديث الثورة", "الجزيرة"), ("بانوراما", "العربية"), ("حديث العرب", "سكاي نيوز عربية"),
             ("نقاش", "فرانس 24"), ("بلا قيود", "بي بي سي عربي"))
_ANCHORS = ("سامر الحلبي", "ليلى عبد الرحمن", "عمر الطيب", "هدى النجار", "فيصل القاسم", "ريم الخطيب")
_GUESTS = (("د. خالد المصري", "أستاذ العلوم السياسية في جامعة القاهرة"), ("علي الشمري", "باحث في الشؤون الاستراتيجية"),
           ("سوزان الأيوبي", "كاتبة وصحفية"), ("د. مروان نصر", "خبير في القانون الدولي"), ("أحمد بن سالم", "محلل سياسي"),
           ("جون ماركس", "دبلوماسي أمريكي سابق"))
_CHANNELS_YT = (("سكاي نيوز عربية", "skynewsarabia", "4.6 مليون"), ("Al Jazeera Channel - قناة الجزيرة", "aljazeera", "13.4 مليون"),
                ("العربية", "AlArabiya", "9.2 مليون"), ("FRANCE 24 Arabic", "FRANCE24.Arabic", "6.1 مليون"),
                ("BBC News عربي", "BBCArabicNews", "7.8 مليون"))


def _timecode(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 else f"{seconds // 60}:{seconds % 60:02d}"


def tv_transcript_page(p: Page) -> None:
    """A TV channel's text of a broadcast. Programme page (Al Jazeera / Al Arabiya "نص الحلقة"):
    the channel's menu, "برامج", the programme's name, the episode's title (the headline; on
    some pages only the programme and date), "مقدم الحلقة:", "ضيوف الحلقة:" with a guest a line,
    "تاريخ الحلقة:", "محاور الحلقة:" one a line, the transcript note; then the article as spoken:
    each paragraph with its speaker glued on ("ليلى عبد الرحمن: ...") or on a line of its own,
    "[تقرير مسجل]" blocks, "[فاصل إعلاني]", the anchor's sign-off in a full sentence; other
    episodes with their dates. Video page (YouTube-like): skip link, the video's title, the
    channel, subscribers, "اشتراك" and the action words, views with the date, a description of
    one truncated sentence with hashtags, "النص" and the transcript in timed chunks (time on its
    own line, or turned off) with paragraph breaks lost and "[موسيقى]"; a bulletin's video has no
    headline and reads one or two more stories after the first with nothing but a spoken
    transition; comments and the "next" list (title, channel, views and age)."""
    w = when_of(p.main.published, p.rng)
    kind = p.rng.random()
    if kind < 0.4:
        program, channel = p.pick(_PROGRAMS)
        anchor = p.pick(_ANCHORS)
        guests = p.rng.sample(_GUESTS, p.rng.randint(1, 3))
        one_per_line(p, "other", ("الرئيسية", "أخبار", "برامج", "وثائقيات", "بث مباشر", "فيديو"), p.rng.randint(3, 6))
        p.add("other", "برامج", program)
        if p.chance(0.8):
            p.add("title", p.main.title)
        else:
            p.add("other", f"{program} - حلقة {w.day}/{w.month}/{w.year}")
        p.add("source_credit", f"مقدم الحلقة: {anchor}")
        p.add("other", "ضيوف الحلقة:", *[f"- {name}/ {role}" for name, role in guests])
        p.add("dateline", p.pick((f"تاريخ الحلقة: {w.day}/{w.month}/{w.year}", f"تاريخ الحلقة: {date_eg(w, clock=False)}")))
        if p.chance(0.6):
            first = f"- {p.pick(('أبعاد', 'دلالات', 'خلفيات', 'تداعيات'))} {' '.join(p.main.title.split()[:p.rng.randint(3, 5)])}"
            rest = p.rng.sample(("- الموقف الدولي", "- السيناريوهات المحتملة", "- انعكاسات ذلك على المنطقة", "- ما الذي تغير؟",
                                 "- مواقف الأطراف المعنية"), p.rng.randint(1, 2))
            p.add("other", "محاور الحلقة:", first, *rest)
        if p.chance(0.5):
            p.add("other", p.pick(("نص الحلقة", "لمشاهدة الحلقة اضغط هنا")))
        if p.chance(0.4):
            p.add("other", "هذا النص مأخوذ من الحلقة المذاعة كما بثت، وقد لا يخلو من أخطاء في النقل أو التفريغ.")
        own_line = p.chance(0.35)
        report = p.rng.randrange(1, len(p.main.paragraphs)) if p.chance(0.4) else -1
        pause = p.rng.randrange(1, len(p.main.paragraphs)) if p.chance(0.4) else -1
        for index, paragraph in enumerate(p.main.paragraphs):
            if index == pause:
                p.add("other", "[فاصل إعلاني]")
            if index == report:
                p.add("other", "[تقرير مسجل]")
                speaker = f"{p.pick(('مراسل', 'تقرير'))} {p.pick(_ANCHORS)}"
            else:
                speaker = anchor if index == 0 else p.pick([name for name, _ in guests] + [anchor])
            if own_line:
                p.add("other", f"{speaker}:")
                p.add("body", paragraph)
            else:
                p.add("body", f"{speaker}: {paragraph}")
            if index == report:
                p.add("other", "[نهاية التقرير المسجل]")
        farewell = p.pick(("إذن نشكر ضيوفنا على هذه المشاركة، وبهذا نصل إلى نهاية حلقتنا لهذا اليوم، إلى اللقاء.",
                           "شكراً جزيلاً لكم، ونلتقي في حلقة جديدة، دمتم بخير."))
        p.add("other", *((f"{anchor}:", farewell) if own_line else (f"{anchor}: {farewell}",)))
        p.add("related_list", f"حلقات أخرى من {program}")
        for _ in range(p.rng.randint(2, 4)):
            other = p.draw()
            x = when_of(other.published, p.rng)
            p.add("related_list", other.title, f"{x.day}/{x.month}/{x.year}")
        p.add("other", f"© {w.year} {channel}")
        return

    name, handle, subscribers = p.pick(_CHANNELS_YT)
    bulletin = kind >= 0.7
    stamps = p.chance(0.7)
    width = p.rng.randint(34, 70)
    hour, half = w.h12
    p.add("ui_text", p.pick(("تخطي التنقل", "Skip navigation")), p.pick(("بحث", "Search")))
    if bulletin:
        p.add("other", p.pick((f"موجز الأخبار - {hour} {'صباحاً' if half == 'ص' else 'مساءً'}", f"نشرة الظهيرة | {date_eg(w, clock=False)}",
                               f"أبرز الأخبار | {w.day}-{w.month}-{w.year}")))
    else:
        p.add("title", p.main.title if p.chance(0.7) else f"{p.main.title} | {p.pick(('#عاجل', 'نشرة الأخبار', name))}")
    p.add("other", name)
    p.add("widget", f"{subscribers} مشترك")
    p.add("ui_text", "اشتراك")
    one_per_line(p, "ui_text", ("مشاركة", "تنزيل", "حفظ", "شكر", "إنشاء مقطع"), p.rng.randint(2, 4))
    p.add("dateline", p.pick((f"{p.rng.randint(1000, 90000):,} مشاهدة {w.day} {_MONTHS_EG[w.month - 1]} {w.year}",
                              f"{p.rng.randint(1000, 90000):,} views {_MONTHS_EN[w.month - 1][:3]} {w.day}, {w.year}")))
    if p.chance(0.7):
        p.add("other", " ".join(p.main.paragraphs[0].split()[: p.rng.randint(10, 18)]) + "...")
    p.add("tags", " ".join(f"#{t}" for t in (handle, p.pick(("عاجل", "أخبار", "سكاي_نيوز_عربية", "الشرق_الأوسط")))))
    p.add("ui_text", p.pick(("...المزيد", "عرض المزيد")))
    p.add("other", p.pick(("النص", "Transcript")))
    if stamps and p.chance(0.5):
        p.add("ui_text", "البحث في الفيديو")
    clock = [0]

    def spoken(label: str, text: str) -> None:
        for chunk in wrap_in_column(text, width):
            if stamps:
                p.add("other", _timecode(clock[0]))
            p.add(label, chunk)
            clock[0] += max(2, len(chunk.split()) * 2 // 5 + p.rng.randint(0, 2))

    if p.chance(0.5):
        spoken("other", "[موسيقى]")
    opener = f"{p.pick(('أهلاً بكم في موجز الأخبار.', 'مشاهدينا أهلاً بكم.', 'نبدأ من هذا الخبر.'))} " if bulletin and p.chance(0.6) else ""
    spoken("body", opener + " ".join(p.main.paragraphs))
    if bulletin:
        for _ in range(p.rng.randint(1, 2)):
            other, n = p.draw_appended()
            if p.chance(0.4):
                spoken("other", "[موسيقى]")
            transition = f"{p.pick(('وفي خبر آخر،', 'في شأن آخر،', 'ننتقل إلى خبر آخر.', 'وإلى خبر آخر،'))} " if p.chance(0.6) else ""
            spoken(f"appended-{n}-body", transition + " ".join(other.paragraphs[: p.rng.randint(2, 4)]))
        if p.chance(0.6):
            spoken("other", p.pick(("وبهذا نصل إلى ختام هذا الموجز، شكراً لمتابعتكم.", "كان هذا موجز الأخبار، تابعونا.")))
    p.add("ui_text", f"{p.rng.randint(0, 900)} تعليق", "ترتيب حسب")
    for _ in range(p.rng.randint(0, 2)):
        p.add("other", f"@{p.pick(('user-ab12', 'AhmedSaad88', 'nour.h', 'm7md_1990'))} {p.pick(('منذ 3 سنوات', 'منذ سنة', 'منذ 5 أيام'))}",
              p.pick(_FORUM_REPLIES), "رد")
    p.add("related_list", p.pick(("التالي", "فيديوهات ذات صلة")))
    for _ in range(p.rng.randint(2, 4)):
        p.add("related_list", p.draw().title)
        p.add("other", p.pick([c[0] for c in _CHANNELS_YT]), f"{p.rng.randint(1, 900)} ألف مشاهدة • {p.pick(('منذ يومين', 'منذ أسبوع', 'منذ 3 سنوات'))}")


_SEARCH_SITES = (("اليوم السابع", NAV_EG), ("المصري اليوم", NAV_EG), ("عكاظ", NAV_GULF), ("الغد", NAV_LEV), ("هسبريس", NAV_MA))


def search_results_expanded(p: Page) -> None:
    """An outlet's search or tag page with the result the reader opened expanded in place among
    the teasers (archive pages with "عرض الخبر كاملاً" that unfold the story).
    Inventory: the menu, the search box, "نتائج البحث عن: word" or "وسم: word" / "أرشيف section",
    the result count, the filter words one a line, the sort line; results before and after the
    opened one, each a headline, a date (above or under it) and an excerpt of its lead cut with
    "..." (a line that reads like body), "اقرأ المزيد"; the opened one with its section label,
    headline, date, byline, photo caption with credit between paragraphs, its whole text and
    "إخفاء"; sometimes a second result opened under it (a whole article with its date); the
    pagination one a line; the footer. The headline is seldom the page's first lines."""
    w = when_of(p.main.published, p.rng)
    site, nav = p.pick(_SEARCH_SITES)
    words = [word.strip('"«»:.،؟!') for word in p.main.title.split() if len(word.strip('"«»:.،؟!')) > 3] or p.main.title.split()
    query = " ".join(words[: p.rng.randint(1, 2)]) if p.chance(0.6) else p.pick(words)
    one_per_line(p, "other", nav, p.rng.randint(4, 8))
    p.add("ui_text", p.pick(("ابحث", "بحث", "ابحث في الموقع...")))
    p.add("other", p.pick((f"نتائج البحث عن: {query}", f"وسم: {query}", f"كل ما يخص {query}", f"أرشيف {p.pick(nav[1:])}")))
    if p.chance(0.6):
        p.add("widget", f"{p.pick(('عدد النتائج', 'تم العثور على'))} {p.rng.randint(12, 4800):,} {p.pick(('', 'نتيجة'))}")
    if p.chance(0.5):
        one_per_line(p, "ui_text", ("الكل", "أخبار", "مقالات", "فيديو", "صور"), p.rng.randint(3, 5))
    if p.chance(0.5):
        p.add("ui_text", p.pick(("ترتيب حسب: الأحدث", "الأحدث | الأكثر صلة", "ترتيب: الأكثر صلة")))
    style = p.rng.randrange(3)
    date_first = p.chance(0.3)
    more = p.pick(("اقرأ المزيد", "عرض الخبر كاملاً", "التفاصيل", ""))

    def dated(x: When) -> str:
        return (f"{x.day:02d}/{x.month:02d}/{x.year}", date_eg(x), f"{_WEEKDAYS[x.weekday]}، {x.day} {_MONTHS_EG[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d}")[style]

    def teaser() -> None:
        other = p.draw()
        x = when_of(other.published, p.rng)
        lead = other.paragraphs[0].split()
        excerpt = " ".join(lead[: min(len(lead) - 1, p.rng.randint(14, 30))]) if len(lead) > 4 else " ".join(lead)
        lines = [other.title, dated(x)] if not date_first else [dated(x), other.title]
        p.add("related_list", *lines, f"{excerpt} ...")
        if more:
            p.add("ui_text", more)

    for _ in range(p.rng.randint(0, 4)):
        teaser()
    if p.chance(0.5):
        p.add("other", p.pick(nav[1:]))
    if date_first:
        p.add("dateline", dated(w))
    p.add("title", p.main.title)
    if not date_first:
        p.add("dateline", dated(w))
    if p.chance(0.4):
        p.add("source_credit", f"{p.pick(('كتب', 'بقلم', 'متابعة'))} {p.pick(('محمد السيد', 'هند عادل', 'سارة الكتبي', 'يوسف لخضر'))}")
    photo = p.rng.randint(-1, len(p.main.paragraphs) - 2) if p.chance(0.5) else -2
    if photo == -1:
        p.add("caption", caption(p, credit=0.7))
    p.body(inserts=lambda i, n: p.add("caption", caption(p, credit=0.9)) if i == photo else None)
    close = p.pick(("إخفاء", "طي الخبر", "إغلاق"))
    p.add("ui_text", close)
    if p.chance(0.35):
        _more_story(p, dated=dated, after=lambda x: [("ui_text", close)])
    for _ in range(p.rng.randint(2, 5)):
        teaser()
    last = p.rng.randint(5, 120)
    p.add("ui_text", "السابق", "1", "2", "3", "...", str(last), "التالي")
    one_per_line(p, "other", FOOTER, 3)
    p.add("other", f"جميع الحقوق محفوظة © {w.year} {site}")


_WIKI_CATEGORIES = ("سياسة", "اقتصاد", "الشرق الأوسط", "أوروبا", "الولايات المتحدة", "مصر", "سوريا", "العراق", "الخليج العربي",
                    "كوارث وحوادث", "جرائم وقانون", "علوم وتقنية", "رياضة")


def wikinews_page(p: Page) -> None:
    """A Wikinews article ("ويكي الأخبار") saved from the wiki, or a day's shorts page.
    Article inventory: skip links, the page tabs one a line ("مقالة", "نقاش", "اقرأ", "عدل",
    "عرض التاريخ"), the headline, "من ويكي الأخبار، المصدر الحر للأخبار", the date as the article's
    first line (weekday, day, month, year), the floating boxes as the text export puts them
    (before the text or after its first paragraph): "شارك هذا الخبر" with one network a line,
    "أخبار ذات علاقة" headlines, a portal line; a map or photo caption; the text; "مصادر" with a
    source a line (quoted headline, outlet, date); the categories line (or one a line) and hidden
    categories; "this page was last edited on ..." in a full sentence with a date, the licence
    sentence, the footer links. Shorts page: the page's own heading and date, then two or three
    short stories one under another, each its heading, two to four paragraphs and its sources,
    with nothing else between them."""
    w = when_of(p.main.published, p.rng)

    def wiki_date(x: When) -> str:
        return f"{_WEEKDAYS[x.weekday]}، {x.day} {_MONTHS_EG[x.month - 1]} {x.year}" if p.chance(0.7) else f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}"

    heading = p.pick(("مصادر", "المصادر"))

    def sources() -> None:
        p.add("source_credit", heading)
        for _ in range(p.rng.randint(1, 3)):
            other = p.draw()
            x = when_of(other.published, p.rng)
            p.add("source_credit", f"«{other.title}» — {p.pick(_OUTLETS_AR)}، {x.day} {_MONTHS_EG[x.month - 1]} {x.year}")

    if p.chance(0.6):
        p.add("ui_text", "اذهب إلى التنقل", "اذهب إلى البحث")
    if p.chance(0.6):
        p.add("ui_text", *("مقالة", "نقاش", "اقرأ", "عدل", "عرض التاريخ")[: p.rng.randint(3, 5)])
    if p.chance(0.3):
        p.add("other", f"ويكي الأخبار:ملخصات الأخبار/{w.year}/{_MONTHS_EG[w.month - 1]}/{w.day}" if p.chance(0.3)
              else f"ملخصات الأخبار: {w.day} {_MONTHS_EG[w.month - 1]} {w.year}")
        p.add("other", "من ويكي الأخبار، المصدر الحر للأخبار")
        p.add("dateline", wiki_date(w))
        p.add("title", p.main.title)
        p.add("body", *p.main.paragraphs[: p.rng.randint(2, 4)])
        sources()
        for _ in range(p.rng.randint(1, 2)):
            other, n = p.draw_appended()
            p.add(f"appended-{n}-title", other.title)
            p.add(f"appended-{n}-body", *other.paragraphs[: p.rng.randint(2, 4)])
            sources()
    else:
        p.add("title", p.main.title)
        if p.chance(0.7):
            p.add("other", "من ويكي الأخبار، المصدر الحر للأخبار")
        place = p.rng.randrange(3)  # the floating boxes: before the date, after it, after the first paragraph

        def boxes() -> None:
            if p.chance(0.6):
                p.add("ui_text", "شارك هذا الخبر")
                one_per_line(p, "ui_text", ("فيسبوك", "تويتر", "ريديت", "البريد الإلكتروني", "واتساب"), p.rng.randint(2, 4))
            if p.chance(0.6):
                p.add("related_list", "أخبار ذات علاقة")
                for _ in range(p.rng.randint(2, 4)):
                    other = p.draw()
                    x = when_of(other.published, p.rng)
                    p.add("related_list", f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}: {other.title}")
            if p.chance(0.3):
                p.add("other", f"بوابة {p.pick(_WIKI_CATEGORIES)}")

        if place == 0:
            boxes()
        p.add("dateline", wiki_date(w))
        if place == 1:
            boxes()
        photo = p.rng.randrange(len(p.main.paragraphs) - 1) if p.chance(0.4) else -1

        def inserts(i: int, n: int) -> None:
            if i == 0 and place == 2:
                boxes()
            if i == photo:
                p.add("caption", p.pick((caption(p, credit=0.3), f"خريطة توضح موقع {p.pick(('سوريا', 'اليمن', 'ليبيا', 'العراق', 'الحدث'))}")))

        p.body(inserts=inserts)
        sources()
    categories = p.rng.sample(_WIKI_CATEGORIES, p.rng.randint(2, 4)) + [f"{_MONTHS_EG[w.month - 1]} {w.year}", "منشورة"]
    if p.chance(0.6):
        p.add("tags", "تصنيفات: " + " | ".join(categories))
    else:
        p.add("tags", "تصنيفات:", *categories)
    if p.chance(0.4):
        p.add("tags", "تصنيفات مخفية: مقالات مؤرشفة")
    from datetime import datetime, timedelta

    edited = datetime(w.year, w.month, w.day, w.hour, w.minute) + timedelta(minutes=p.rng.randint(60, 60 * 24 * 40))
    p.add("other", f"هذه الصفحة آخر تعديل لها كان يوم {edited.day} {_MONTHS_EG[edited.month - 1]} {edited.year}، الساعة {edited:%H:%M}.",
          "النصوص منشورة برخصة المشاع الإبداعي نسب المصنف 2.5، وقد تنطبق شروط إضافية.")
    p.add("other", *("سياسة الخصوصية", "حول ويكي الأخبار", "إخلاء مسؤولية", "نسخة للأجهزة المحمولة", "المطورون")[: p.rng.randint(3, 5)])


LAYOUTS_HELDOUT7: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (forum_thread_news, tv_transcript_page, search_results_expanded, wikinews_page)
}


# ------------------------------------------------------------------ eighth held-out part
# Written after the seventh held-out part had been measured once: ordinary article pages of
# news outlets, the kind a live wire scrapes most, from regions and site families none of the
# 41 layouts above shows: a Sudanese, Yemeni, Libyan or Mauritanian outlet's article page
# (exchange-rate strips, Hijri dates, place-and-outlet credits, readers' comments written as
# prose), an Egyptian regional portal dressed for search engines (table of contents, key
# points, "promoted content" paragraphs, FAQ blocks that repeat the article's sentences), a
# sports outlet's match report page (score box, line-ups, events, statistics, standings,
# next-match countdown), and the Arabic edition of an international outlet (DW, France 24,
# Euronews, CNN Arabic, Independent Arabia) with its own sign-offs and credits. Not registered
# in GOLD_FILES until measured once.


def _draw_where(p: Page, wanted: Callable[[SourceArticle], bool], tries: int = 80) -> SourceArticle:
    """The next drawn article ``wanted`` accepts (each article drawn on the way is recorded in
    the spec, so the page is rebuilt from its ids alone)."""
    other = p.draw()
    for _ in range(tries):
        if wanted(other):
            break
        other = p.draw()
    return other


def _in_order(p: Page, label: str, names: tuple[str, ...], k: int | None = None) -> None:
    """``k`` of ``names`` one a line, in the order the site's menu gives them."""
    chosen = set(p.rng.sample(range(len(names)), len(names) if k is None else min(k, len(names))))
    p.add(label, *[name for index, name in enumerate(names) if index in chosen])


def _first_sentence(text: str, limit: int = 30) -> str:
    """A paragraph's first sentence (at most ``limit`` words, then "...")."""
    words = text.split()
    end = next((i for i, word in enumerate(words[:limit]) if word.endswith((".", "؟", "!"))), None)
    return " ".join(words[: end + 1]) if end is not None else " ".join(words[:limit]) + ("..." if len(words) > limit else "")


_REGIONAL_SITES = (
    ("الراكوبة", "صحيفة سودانية مستقلة", "sd", ("الخرطوم", "أم درمان", "بورتسودان", "الفاشر", "كسلا"), "(سونا)"),
    ("سودان تربيون", "أخبار السودان على مدار الساعة", "sd", ("الخرطوم", "نيالا", "الجنينة", "مدني"), "(سونا)"),
    ("المصدر أونلاين", "موقع إخباري يمني مستقل", "ye", ("صنعاء", "عدن", "تعز", "مأرب"), "(سبأ)"),
    ("عدن الغد", "صحيفة يومية مستقلة", "ye", ("عدن", "لحج", "أبين", "المكلا"), "(سبأ)"),
    ("بوابة الوسط", "أخبار ليبيا والعالم", "ly", ("طرابلس", "بنغازي", "مصراتة", "سبها"), "(وال)"),
    ("عين ليبيا", "شبكة إخبارية ليبية مستقلة", "ly", ("طرابلس", "بنغازي", "الزاوية", "درنة"), "(وال)"),
    ("الأخبار إنفو", "وكالة أخبار مستقلة", "mr", ("نواكشوط", "نواذيبو", "كيفة", "روصو"), "(وما)"),
    ("صحراء ميديا", "أخبار موريتانيا والساحل", "mr", ("نواكشوط", "أطار", "النعمة"), "(وما)"),
)
_REGIONAL_MENUS = {
    "sd": ("الرئيسية", "أخبار السودان", "دارفور", "سياسة", "اقتصاد", "منبر الرأي", "تحقيقات", "رياضة", "منوعات", "الكاريكاتير"),
    "ye": ("الرئيسية", "أخبار محلية", "عدن", "تعز", "تقارير", "حوارات", "اقتصاد", "عربي ودولي", "كتابات", "رياضة"),
    "ly": ("الرئيسية", "ليبيا", "السياسة", "الاقتصاد", "دولي", "رياضة", "ثقافة وفنون", "تقارير", "جريدة الوسط", "فيديو"),
    "mr": ("الرئيسية", "الأخبار", "الداخل", "الساحل", "تقارير", "مقابلات", "آراء", "رياضة", "Version française"),
}
_READER_NAMES = ("ود البلد", "سوداني حر", "أبو محمد", "ابن عدن", "مواطن ليبي", "Abdalla", "الناظر", "ولد الشيخ", "المغترب",
                 "كاره الفساد", "حضرمي", "بنت النيل")
_READER_COMMENTS = (
    "يا جماعة الكلام ده سمعناه كتير وما حصل أي شي على أرض الواقع، الشعب تعب من الوعود والحكومة في وادي والناس في وادي تاني.",
    "والله البلد دي ما حتنصلح إلا لما المسؤولين يحسوا بمعاناة المواطن البسيط اللي ما لاقي حق الرغيف والدواء.",
    "أين دور الإعلام من هذه القضايا؟ نحتاج إلى صحافة حرة تنقل الحقيقة كما هي دون تجميل أو تهويل.",
    "الله يرحم الضحايا ويصبر أهلهم، ونتمنى أن تتم محاسبة المقصرين بأسرع وقت وألا يمر الأمر كما مر غيره.",
    "مقال ممتاز وتحليل عميق، شكراً للموقع على هذا الجهد وننتظر منكم المزيد من التغطيات الميدانية.",
    "هذا الكلام غير دقيق والخبر منقوص، نرجو من المحرر التحري قبل النشر والرجوع إلى المصادر الرسمية.",
    "متى تنتهي هذه المأساة؟ آلاف النازحين ينتظرون حلاً حقيقياً وليس اجتماعات ومؤتمرات وصوراً تذكارية.",
    "الأسعار نار والرواتب ما بتكفي أسبوع، وبعدين يحدثونا عن الإنجازات والمشاريع.",
    "نحن في المهجر نتابع أخبار الوطن بقلق شديد، ربنا يحفظ البلد وأهلها من كل سوء.",
)


def _rates(p: Page, country: str) -> None:
    """The exchange-rate strip of the site's country, with 2018's rates and a little noise."""
    def r(x: float) -> float:
        return x * p.rng.uniform(0.97, 1.03)

    if country == "sd":
        p.add("widget", p.pick(("سعر الدولار اليوم في السوق الموازي", "أسعار العملات مقابل الجنيه السوداني")))
        if p.chance(0.5):
            p.add("widget", "العملة | شراء | بيع")
        for name, base in p.rng.sample((("الدولار الأمريكي", 42.5), ("الريال السعودي", 11.3), ("اليورو", 49.6), ("الدرهم الإماراتي", 11.6)), p.rng.randint(2, 4)):
            value = r(base)
            p.add("widget", f"{name} | {value:.2f} | {value * 1.01:.2f}")
        if p.chance(0.5):
            p.add("widget", f"السعر الرسمي (بنك السودان المركزي): {r(28.0):.2f} جنيه")
    elif country == "ye":
        p.add("widget", p.pick(("أسعار الصرف", "أسعار صرف العملات اليوم")))
        for city, base in p.rng.sample((("عدن", 560.0), ("صنعاء", 520.0)), 2):
            p.add("widget", city)
            dollar, riyal = r(base), r(base / 3.78)
            p.add("widget", f"الدولار: {dollar:.0f} شراء - {dollar + 3:.0f} بيع", f"السعودي: {riyal:.0f} شراء - {riyal + 1:.0f} بيع")
    elif country == "ly":
        p.add("widget", p.pick(("سعر الدولار في السوق الموازية", "أسعار العملات في السوق الموازية")))
        p.add("widget", f"الدولار {r(6.2):.2f} دينار", f"اليورو {r(7.2):.2f} دينار")
        if p.chance(0.5):
            p.add("widget", f"السعر الرسمي: {r(1.38):.3f}")
    else:
        p.add("widget", p.pick(("أسعار العملات", "صرف الأوقية")))
        p.add("widget", f"الدولار {r(35.6):.2f} أوقية", f"اليورو {r(41.9):.2f} أوقية")


def regional_outlet_article(p: Page) -> None:
    """An article page of a Sudanese, Yemeni, Libyan or Mauritanian news site (Al-Rakoba, Sudan
    Tribune, Al-Masdar Online, Aden al-Ghad, Al-Wasat, Ain Libya, Al-Akhbar.info, Sahara Medias).
    Inventory: the top bar's date (Gregorian, or Hijri with Gregorian), the site's name and
    slogan, the country's exchange-rate strip (Aden and Sanaa rates, Khartoum's parallel market,
    the Libyan dinar, the ouguiya), a "عاجل" ticker, the menu (with "Version française" on
    Mauritanian sites), a "»" trail, a section badge, the title (missing on some pages: set as an
    image, or lost by the scraper), a credit "city - outlet" on its
    own line or glued to the lead ("عدن (المصدر أونلاين) - "), the date in one of the sites'
    forms (Al-Wasat's "city - outlet | date" in one line), views counter and font / print words,
    a photo caption with "(صورة: أرشيف)"-type credit, a read-also line between paragraphs, the
    national agency's tag at the end ("(سونا)", "(سبأ)", "(وال)", "(وما)"), tags, share words,
    then either Facebook's comment plugin or the site's own readers' comments (name, date and a
    comment of one or two full sentences each), related news with dates, most read; on some pages
    the next article loaded under "الخبر التالي" or under nothing but its section badge, with its
    own credit and date; the footer with the opinions disclaimer."""
    w = when_of(p.main.published, p.rng)
    site, slogan, country, cities, agency = p.pick(_REGIONAL_SITES)
    city = p.pick(cities)
    menu = _REGIONAL_MENUS[country]
    hijri = p.chance(0.4)
    p.add("widget", f"{_WEEKDAYS[w.weekday]} {_hijri(w)} - {w.day} {_MONTHS_EG[w.month - 1]} {w.year}م" if hijri
          else f"{_WEEKDAYS[w.weekday]}، {w.day} {_MONTHS_EG[w.month - 1]} {w.year}")
    if p.chance(0.5):
        p.add("other", site, slogan)
    else:
        p.add("other", f"{site} | {slogan}")
    if p.chance(0.75):
        _rates(p, country)
    if p.chance(0.6):
        if p.chance(0.5):
            p.add("related_list", "عاجل", *p.headlines(p.rng.randint(2, 3)))
        else:
            for headline in p.headlines(p.rng.randint(1, 3)):
                p.add("related_list", f"عاجل: {headline}")
    _in_order(p, "other", menu, p.rng.randint(5, len(menu)))
    section = p.pick(menu[1:-1])
    if p.chance(0.6):
        p.add("other", f"الرئيسية » {section}")
    style = p.rng.randrange(5)

    def date_line(x: When, town: str) -> str:
        hour, half = x.h12
        return (f"{_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year} - {hour}:{x.minute:02d} {'صباحاً' if half == 'ص' else 'مساءً'}",
                f"{x.day:02d}/{x.month:02d}/{x.year} {x.hour:02d}:{x.minute:02d}",
                f"{_WEEKDAYS[x.weekday]} {_hijri(x)} - {x.day} {_MONTHS_EG[x.month - 1]} {x.year}م",
                f"{town} - {site} | {_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year}، {hour}:{x.minute:02d} {half}",
                f"نشر في: {x.day:02d}-{x.month:02d}-{x.year}، الساعة {x.hour:02d}:{x.minute:02d}")[style]

    credit_form = p.rng.randrange(4) if style != 3 else 3  # own line, glued to the lead, none; Al-Wasat's is in the date

    def credit_line(town: str) -> str:
        return p.pick((f"{town} - {site}", f"{site} - خاص", f"{town}: {p.pick(('عبدالرحمن الأمين', 'فتحي المريمي', 'محمد ولد أحمد', 'سالم الفيتوري', 'فريق التحرير'))}"))

    def lead(town: str) -> str:
        return p.pick((f"{town} - {site}: ", f"{town} ({site}) - ", f"{town} – "))

    if p.chance(0.6):
        p.add("other", section)
    if p.chance(0.88):  # the rest: the headline set as an image or lost by the scraper
        p.add("title", p.main.title)
    if credit_form == 0:
        p.add("source_credit", credit_line(city))
    p.add("dateline", date_line(w, city))
    if p.chance(0.5):
        p.add("widget", p.pick((f"عدد القراءات: {p.rng.randint(40, 9000)}", f"{p.rng.randint(40, 9000)} زيارة", f"المشاهدات: {p.rng.randint(40, 9000)}")))
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("A-", "A+", "طباعة", "إرسال لصديق", f"التعليقات ({p.rng.randint(0, 30)})"), p.rng.randint(2, 4)))
    if p.chance(0.55):
        p.add("caption", p.pick((f"{caption(p, credit=0.0)} (صورة: أرشيف)", f"{caption(p, credit=0.0)} - أرشيفية", caption(p, credit=0.6),
                                 "صورة تعبيرية (إنترنت)", f"{caption(p, credit=0.0)} ({site})")))
    paragraphs = list(p.main.paragraphs)
    if credit_form == 1:
        paragraphs[0] = lead(city) + paragraphs[0]
    also = p.rng.randint(0, max(0, len(paragraphs) - 2)) if p.chance(0.5) else -1
    glued_also = p.chance(0.5)
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index == also and index < len(paragraphs) - 1:
            if glued_also:
                p.add("read_also", f"{p.pick(('اقرأ أيضاً:', 'إقرأ أيضا..', 'مواضيع مقترحة:'))} {p.draw().title}")
            else:
                p.add("read_also", p.pick(("اقرأ أيضاً", "إقرأ أيضا")), p.draw().title)
    if p.chance(0.45):
        p.add("source_credit", agency)
    if p.chance(0.6):
        tags = [" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 4))]
        if p.chance(0.5):
            p.add("tags", p.pick(("وسوم:", "الكلمات الدلالية")), *tags)
        else:
            p.add("tags", "الوسوم: " + "، ".join(tags))
    if p.chance(0.5):
        p.add("ui_text", p.pick(("شارك الخبر", "شارك")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    else:
        p.add("ui_text", p.pick(("فيسبوك تويتر واتساب تيليجرام", "Facebook Twitter WhatsApp", "مشاركة: فيسبوك | تويتر | واتساب")))
    if p.chance(0.4):
        p.add("ui_text", f"{p.rng.randint(0, 12)} تعليقات", "ترتيب حسب", p.pick(("الأقدم", "الأحدث", "الأفضل")), "إضافة تعليق...",
              "المكوّن الإضافي لتعليقات فيسبوك")
    else:
        count = p.rng.randint(1, 4)
        p.add("ui_text", p.pick((f"تعليقات القراء ({count})", "التعليقات", f"{count} تعليقات")))
        minutes = p.rng.randint(20, 200)
        numbered = p.chance(0.4)
        for number in range(1, count + 1):
            hour, minute = _clock(w, minutes)
            head = [p.pick(_READER_NAMES), f"{w.day} {_MONTHS_EG[w.month - 1]} {w.year} - {hour:02d}:{minute:02d}"]
            if numbered:
                head.insert(0, str(number))
            p.add("other", *head)
            p.add("other", " ".join(p.rng.sample(_READER_COMMENTS, p.rng.randint(1, 2))))
            if p.chance(0.5):
                p.add("ui_text", p.pick(("رد", "رد على التعليق", "إبلاغ")))
            minutes += p.rng.randint(5, 300)
        p.add("ui_text", "أضف تعليقك", "الاسم", "البريد الإلكتروني", p.pick(("إرسال", "أرسل التعليق")))
        if p.chance(0.5):
            p.add("other", "التعليقات المنشورة لا تعبر بالضرورة عن رأي الموقع.")
    p.add("related_list", p.pick(("أخبار ذات صلة", "أخبار متعلقة", "مواضيع ذات صلة")))
    for _ in range(p.rng.randint(2, 4)):
        other = p.draw()
        x = when_of(other.published, p.rng)
        p.add("related_list", other.title, p.pick((f"{x.day:02d}/{x.month:02d}/{x.year}", f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}")))
    if p.chance(0.45):
        if p.chance(0.5):
            p.add("ui_text", p.pick(("الخبر التالي", "المقال التالي", "التالي")))
        p.add("other", p.pick(menu[1:-1]))
        other, n = p.draw_appended()
        x = when_of(other.published, p.rng)
        town = p.pick(cities)
        p.add(f"appended-{n}-title", other.title)
        if credit_form == 0:
            p.add("source_credit", credit_line(town))
        p.add(f"appended-{n}-dateline", date_line(x, town))
        body = list(other.paragraphs[: p.rng.randint(2, 6)])
        if credit_form == 1:
            body[0] = lead(town) + body[0]
        p.add(f"appended-{n}-body", *body)
        if p.chance(0.4):
            p.add("source_credit", agency)
    p.add("related_list", p.pick(("الأكثر قراءة", "الأكثر تعليقاً", "الأكثر مشاهدة")), *p.headlines(p.rng.randint(3, 5)))
    if p.chance(0.5):
        p.add("other", "الآراء والتعليقات المنشورة تعبر عن رأي أصحابها ولا تعبر بالضرورة عن رأي الموقع")
    p.add("other", p.pick((f"جميع الحقوق محفوظة © {w.year} {site}", f"© {site} {w.year}", f"{site} © جميع الحقوق محفوظة")))
    if p.chance(0.4):
        p.add("other", p.pick(("تصميم وتطوير: نبض للحلول الرقمية", "Powered by WordPress", "برمجة وتصميم شركة أفق")))


_SEO_PORTALS = (("صوت الشرقية", "الشرقية", ("الزقازيق", "بلبيس", "منيا القمح")), ("بوابة المنيا", "المنيا", ("المنيا", "ملوي", "سمالوط")),
                ("الإسكندرية اليوم", "الإسكندرية", ("الإسكندرية", "برج العرب")), ("أسيوط الآن", "أسيوط", ("أسيوط", "ديروط", "منفلوط")),
                ("دمياط نيوز", "دمياط", ("دمياط", "رأس البر", "فارسكور")), ("بوابة الغربية", "الغربية", ("طنطا", "المحلة الكبرى", "كفر الزيات")))
_SEO_EDITORS = (("أحمد عبد الحميد", "صحفي متخصص في أخبار المحافظات والخدمات، يعمل في الموقع منذ عام 2015."),
                ("مروة الشناوي", "محررة أخبار عاجلة، حاصلة على بكالوريوس الإعلام من جامعة القاهرة."),
                ("محمود فؤاد", "محرر الشؤون العربية والدولية، يغطي قضايا الشرق الأوسط منذ أكثر من عشر سنوات."),
                ("إسراء حسن", "صحفية في قسم المنوعات والتقارير الخدمية."))
_CROSSHEADS = ("تفاصيل الخبر", "ماذا حدث؟", "خلفية الأحداث", "ردود الفعل", "ما القصة؟", "الموقف الرسمي", "ما الجديد؟", "تطورات متلاحقة")
_PROMOTED = (
    "احصل على شقتك في العاصمة الإدارية الجديدة بمقدم 10% وتقسيط حتى 8 سنوات، عروض لفترة محدودة من كبرى شركات التطوير العقاري.",
    "تعلن إحدى الجامعات الخاصة عن فتح باب القبول للعام الدراسي الجديد في كليات الطب والهندسة والصيدلة، والتقديم إلكترونياً عبر موقع الجامعة.",
    "خصومات تصل إلى 40% على أجهزة التكييف والثلاجات طوال الشهر، مع إمكانية التقسيط بدون فوائد لمدة 12 شهراً.",
    "عيادات متخصصة في علاج السمنة وتنسيق القوام بأحدث التقنيات، احجز استشارتك المجانية الآن.",
)
_YOU_MAY_LIKE = ("سعر الذهب اليوم في مصر وعيار 21 الآن", "مواعيد قطارات الصعيد اليوم وأسعار التذاكر", "نتيجة الشهادة الإعدادية برقم الجلوس",
                 "حالة الطقس غدا ودرجات الحرارة المتوقعة في المحافظات", "سعر الدولار اليوم في البنوك المصرية", "أسعار الخضروات والفاكهة في سوق العبور")


def egypt_seo_regional_portal(p: Page) -> None:
    """An Egyptian regional news portal built for search engines (a governorate's site in the
    style of the big portals' "محافظات" pages).
    Inventory: the date, a prices strip (dollar, gold 21, sometimes the weather) one item a line,
    a breaking ticker, the menu with governorate sections, a "›" trail, the title, a byline
    ("كتب - Name"), the date and "last update" lines, reading time, the Google News prompt, a
    "key points" box (the article's own sentences cut short, bulleted), a table of contents
    ("محتويات المقال" with "إظهار" and the cross-heads numbered); the article, on some pages cut
    by cross-heads that the table of contents repeats (cross-heads are the article's), an
    "اقرأ أيضًا:" line with a headline and "Advertisement" slots between paragraphs, a "محتوى
    ترويجي" label over an advertiser's paragraph written as prose; after it an FAQ block ("أسئلة
    شائعة", questions on the title's words, answers that repeat sentences of the article), tags
    one a line or in one line, share words, the author box (name, bio sentence), "قد يعجبك أيضا"
    service headlines, related news, a numbered most-read list; on some pages the next article of
    the scroll under "المقال التالي" or with nothing above its title but its section; the footer
    with the editor-in-chief's name."""
    w = when_of(p.main.published, p.rng)
    site, governorate, towns = p.pick(_SEO_PORTALS)
    hour, half = w.h12
    p.add("widget", p.pick((date_eg(w, clock=False), f"{_WEEKDAYS[w.weekday]} {w.day}/{w.month}/{w.year}")))
    if p.chance(0.6):
        items = [f"الدولار {p.rng.uniform(17.7, 17.95):.2f} جنيه", f"ذهب عيار 21 {p.rng.randint(610, 660)} جنيه",
                 f"{governorate} {p.rng.randint(22, 41)}°", f"اليورو {p.rng.uniform(20.6, 21.2):.2f}"]
        p.add("widget", *p.rng.sample(items, p.rng.randint(2, 4)))
    if p.chance(0.6):
        p.add("related_list", p.pick(("عاجل", "أخبار عاجلة", "الآن")), *p.headlines(p.rng.randint(2, 4)))
    _in_order(p, "other", ("الرئيسية", f"أخبار {governorate}", "مراكز وقرى", "حوادث", "تعليم", "رياضة", "خدمات", "وظائف", "أسعار اليوم",
                              "أخبار مصر", "عرب وعالم", "فيديو"), p.rng.randint(5, 10))
    section = p.pick((f"أخبار {governorate}", "أخبار مصر", "عرب وعالم", "حوادث", "خدمات"))
    if p.chance(0.7):
        p.add("other", p.pick((f"الرئيسية › {section}", f"الرئيسية › {section} › {p.pick(towns)}", f"الرئيسية / {section}")))
    p.add("title", p.main.title)
    editor, bio = p.pick(_SEO_EDITORS)
    if p.chance(0.8):
        p.add("source_credit", p.pick((f"كتب - {editor}", f"{editor}", f"كتب: {editor}", f"{p.pick(towns)} - {editor}")))
    p.add("dateline", p.pick((date_eg(w), f"نشر في {w.day:02d}-{w.month:02d}-{w.year} | {hour}:{w.minute:02d} {half}",
                              f"{_WEEKDAYS[w.weekday]}، {w.day} {_MONTHS_EG[w.month - 1]} {w.year} - {w.hour:02d}:{w.minute:02d}")))
    if p.chance(0.5):
        later_h, later_m = _clock(w, p.rng.randint(10, 400))
        p.add("dateline", f"آخر تحديث: {later_h:02d}:{later_m:02d}")
    if p.chance(0.5):
        p.add("widget", p.pick((f"وقت القراءة: {p.rng.randint(1, 5)} دقائق", f"⏱ {p.rng.randint(1, 5)} دقيقة قراءة")))
    if p.chance(0.6):
        p.add("ui_text", p.pick((f"تابعوا آخر أخبار {site} عبر جوجل نيوز", "تابع صفحتنا على Google News", "اضغط هنا لمتابعتنا على جوجل نيوز")))
    paragraphs = p.main.paragraphs
    n = len(paragraphs)
    faq = p.chance(0.6)
    heads: dict[int, str] = {}
    if n >= 3 and p.chance(0.55):
        spots = sorted(p.rng.sample(range(1, n), min(n - 1, p.rng.randint(1, 3))))
        for spot, head in zip(spots, p.rng.sample(_CROSSHEADS, len(spots)), strict=True):
            heads[spot] = head
    if p.chance(0.35):
        p.add("other", p.pick(("أهم النقاط", "ملخص الخبر", "أبرز المعلومات")))
        for paragraph in p.rng.sample(list(paragraphs), min(n, p.rng.randint(2, 3))):
            p.add("other", f"• {' '.join(paragraph.split()[: p.rng.randint(8, 14)])}")
    if heads and p.chance(0.8):
        p.add("ui_text", p.pick(("محتويات المقال", "جدول المحتويات", "فهرس المحتويات")), p.pick(("إظهار", "إخفاء", "toggle")))
        entries = list(heads.values()) + (["أسئلة شائعة"] if faq and p.chance(0.7) else [])
        numbered = p.chance(0.5)
        for number, entry in enumerate(entries, 1):
            p.add("ui_text", f"{number}- {entry}" if numbered else entry)
    if p.chance(0.5):
        p.add("caption", p.pick((caption(p, credit=0.3), f"{' '.join(p.main.title.split()[:4])} - صورة أرشيفية", f"صورة من {p.pick(towns)}")))
    also = p.rng.randint(0, n - 2) if p.chance(0.7) else -1
    ad = p.rng.randint(0, n - 2) if p.chance(0.5) else -1
    promo = p.rng.randint(0, n - 2) if p.chance(0.45) else -1
    for index, paragraph in enumerate(paragraphs):
        if index in heads:
            p.add("body", heads[index])
        p.add("body", paragraph)
        if index == n - 1:
            break
        if index == also:
            p.add("read_also", f"{p.pick(('اقرأ أيضًا:', 'اقرأ أيضا..', 'طالع أيضًا:'))} {p.draw().title}")
        if index == ad:
            p.add("other", p.pick(("Advertisements", "إعلان", "- Advertisement -")))
        if index == promo:
            p.add("other", p.pick(("محتوى ترويجي", "محتوى إعلاني", "برعاية")), p.pick(_PROMOTED))
    if faq:
        words = p.main.title.split()
        topic = " ".join(words[: min(len(words), p.rng.randint(3, 5))]).strip(' .،:؟!"«»')
        questions = [f"ما تفاصيل {topic}؟", f"ما آخر مستجدات {topic}؟", f"لماذا يتصدر خبر {topic} اهتمامات القراء؟", f"متى نشر خبر {topic}؟"]
        p.add("other", p.pick(("أسئلة شائعة", "الأسئلة الشائعة", "أسئلة وأجوبة")))
        asked = p.rng.randint(2, 3)
        for question, paragraph in zip(p.rng.sample(questions, asked), p.rng.sample(list(paragraphs) * 2, asked), strict=True):
            p.add("other", question)
            sentence = _first_sentence(paragraph, p.rng.randint(18, 30))
            p.add("other", p.pick((sentence, f"وفقاً لما نشره {site}، {sentence}", f"الإجابة: {sentence}")))
    if p.chance(0.7):
        tags = [" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 4))] + [f"أخبار {governorate}"]
        if p.chance(0.5):
            p.add("tags", p.pick(("الكلمات المفتاحية", "الوسوم", "Tags")), *tags)
        else:
            p.add("tags", "الكلمات المفتاحية: " + " - ".join(tags))
    p.add("ui_text", p.pick(("شارك", "مشاركة")))
    _in_order(p, "ui_text", SHARE_AR + ("نسخ الرابط",), p.rng.randint(2, 5))
    if p.chance(0.6):
        p.add("source_credit", p.pick(("عن الكاتب", "بقلم", "الكاتب")), editor, bio)
    if p.chance(0.7):
        p.add("related_list", p.pick(("قد يعجبك أيضا", "قد يهمك", "محتوى قد يعجبك")), *p.rng.sample(_YOU_MAY_LIKE, p.rng.randint(2, 4)))
    p.add("related_list", p.pick(("أخبار متعلقة", "اخبار ذات صلة")), *p.headlines(p.rng.randint(2, 4)))
    if p.chance(0.4):
        p.add("ui_text", p.pick(("المقال التالي", "الخبر التالي")))
        _more_story(p, dated=lambda x: date_eg(x), between=lambda x: [("source_credit", f"كتب - {p.pick(_SEO_EDITORS)[0]}")] if p.chance(0.6) else [])
    elif p.chance(0.25):
        p.add("other", p.pick((f"أخبار {governorate}", "أخبار مصر", "حوادث")))
        _more_story(p, dated=lambda x: date_eg(x))
    p.add("related_list", "الأكثر قراءة")
    numbered = p.chance(0.5)
    for number, headline in enumerate(p.headlines(p.rng.randint(3, 5)), 1):
        p.add("related_list", f"{number} {headline}" if numbered else headline)
    if p.chance(0.5):
        p.add("ui_text", "اشترك في النشرة البريدية", "اشترك")
    p.add("other", p.pick((f"رئيس التحرير: {p.pick(('محمد عبد الله', 'خالد صلاح الدين', 'عادل السيد'))}", f"{site} - بوابة أخبار {governorate}")))
    p.add("other", f"جميع الحقوق محفوظة © {w.year} {site}")


_COMPETITIONS = (
    ("كأس العالم 2018", ("دور المجموعات - الجولة 1", "دور المجموعات - الجولة 2", "دور المجموعات - الجولة 3", "دور الـ16", "ربع النهائي"),
     ("مصر", "روسيا", "السعودية", "أوروغواي", "المغرب", "إيران", "إسبانيا", "البرتغال", "تونس", "إنجلترا", "بلجيكا", "بنما", "فرنسا",
      "الأرجنتين", "كرواتيا", "البرازيل")),
    ("دوري أبطال أفريقيا", ("دور المجموعات - الجولة 3", "دور المجموعات - الجولة 5", "ربع النهائي - الذهاب"),
     ("الأهلي", "الترجي", "الوداد", "الرجاء", "النجم الساحلي", "مازيمبي", "صن داونز", "الزمالك")),
    ("الدوري السعودي للمحترفين", ("الجولة 12", "الجولة 20", "الجولة 26"), ("الهلال", "النصر", "الأهلي", "الاتحاد", "الشباب", "الفيصلي", "التعاون")),
    ("الدوري المصري الممتاز", ("الجولة 15", "الجولة 30", "الجولة 33"), ("الأهلي", "الزمالك", "الإسماعيلي", "المصري", "بيراميدز", "المقاصة")),
    ("دوري أبطال أوروبا", ("ربع النهائي - الإياب", "نصف النهائي - الذهاب", "النهائي"), ("ريال مدريد", "ليفربول", "برشلونة", "روما", "بايرن ميونخ", "يوفنتوس")),
)
_STADIUMS = ("ملعب لوجنيكي", "استاد القاهرة الدولي", "استاد الملك فهد الدولي", "ملعب محمد الخامس", "ملعب رادس", "ملعب سانتياغو برنابيو",
             "ملعب أنفيلد", "استاد برج العرب", "ملعب سانت بطرسبورغ", "ملعب الجوهرة المشعة")
_REFEREES = ("جهاد جريشة", "بيورن كويبرز", "مارك جايجر", "فهد المرداسي", "بكاري جاساما", "أنطونيو ماتيو لاهوز", "سيزار راموس")
_PLAYERS = ("محمد الشناوي", "أحمد فتحي", "أحمد حجازي", "علي جبر", "محمد عبد الشافي", "طارق حامد", "محمد النني", "عبدالله السعيد",
            "محمود تريزيجيه", "محمد صلاح", "مروان محسن", "ياسر الشهراني", "سالم الدوسري", "سلمان الفرج", "تيسير الجاسم", "محمد العويس",
            "حكيم زياش", "يونس بلهندة", "نور الدين أمرابط", "منير المحمدي", "أشرف حكيمي", "غانم سايس", "وهبي الخزري", "فرجاني ساسي",
            "علي معلول", "ديلان برون", "نعيم السليتي", "عمرو السولية", "رمضان صبحي", "كريم الأحمدي", "هتان باهبري", "أيمن عبد النور")
_COACHES = ("هيكتور كوبر", "خوان أنطونيو بيتزي", "هيرفي رينارد", "نبيل معلول", "حسام البدري", "رامون دياز")
_SPORT_SITES = ("كووورة", "يلا كورة", "في الجول", "هسبورت", "الهدّاف", "سبورت 360 عربية")


def match_report_page(p: Page) -> None:
    """A sports outlet's match report page (Kooora, Yallakora, FilGoal, Hesport, Sport360 style):
    the main article is a sports story of the corpus.
    Inventory: the menu, today's matches strip ("الأهلي 2 - 1 الزمالك", "انتهت"), a ">" trail; the
    score box (competition and round, the two teams on lines of their own with the score between
    them or glued in one line, "انتهت المباراة" / "FT", stadium, referee, the match's date and
    kick-off, scorers with minutes), placed above the title (on some such pages no headline is
    printed at all: the score box stands for it), under the date or after the text;
    the match centre's tabs one a line; the title, the outlet's byline, date, a photo caption with
    credit, the report with a read-also line inside it; the events timeline ("67' 🔄 ..."), the
    line-ups (team, formation, players one a line with or without their numbers, the coach,
    substitutes), the statistics (name then the two values, or "58% الاستحواذ 42%"), player
    ratings, the group's or league's table in rows, the next match with its countdown, a "man of
    the match" poll, the goals video box, tags, share words, comments, related sports news, most
    read; on some pages the next sports story under "الخبر التالي" or with nothing above its title
    but its date line; the footer."""
    if "-sport-" not in p.main.id:
        p.main = _draw_where(p, lambda a: "-sport-" in a.id)
    w = when_of(p.main.published, p.rng)
    site = p.pick(_SPORT_SITES)
    cup, rounds, teams = p.pick(_COMPETITIONS)
    home, away = p.rng.sample(teams, 2)
    goals = (p.rng.randint(0, 4), p.rng.randint(0, 3))
    kickoff = When(w.year, w.month, w.day, p.pick((15, 17, 18, 20, 21)), p.pick((0, 0, 30, 45)), w.weekday)
    squad = p.rng.sample(_PLAYERS, len(_PLAYERS))
    players = {home: squad[:11], away: squad[11:22]}
    bench = {home: squad[22:27], away: squad[27:]}
    scorers = sorted([(p.rng.randint(3, 90), p.pick(players[home])) for _ in range(goals[0])] +
                     [(p.rng.randint(3, 90), p.pick(players[away])) for _ in range(goals[1])])

    def sport_draw() -> SourceArticle:
        return _draw_where(p, lambda a: "-sport-" in a.id, tries=12)

    _in_order(p, "other", ("الرئيسية", "مباريات اليوم", "الأخبار", "فيديو", "كأس العالم 2018", "الدوري المصري", "الدوري السعودي",
                              "دوري أبطال أوروبا", "الانتقالات", "ترتيب الدوريات", "English"), p.rng.randint(5, 10))
    if p.chance(0.5):
        p.add("widget", p.pick(("مباريات اليوم", "نتائج مباشرة")))
        for _ in range(p.rng.randint(2, 3)):
            a, b = p.rng.sample(teams, 2)
            if p.chance(0.5):
                p.add("widget", f"{a} {p.rng.randint(0, 3)} - {p.rng.randint(0, 3)} {b}", p.pick(("انتهت", "الشوط الثاني", "FT", "75'")))
            else:
                p.add("widget", f"{a} × {b}", f"{p.pick((15, 18, 21))}:00")
    if p.chance(0.6):
        p.add("other", p.pick((f"الرئيسية > {cup}", f"الرئيسية > {cup} > الأخبار", f"{cup} > {p.pick(rounds)}")))

    def score_box() -> None:
        p.add("widget", p.pick((f"{cup} - {p.pick(rounds)}", cup)))
        if p.chance(0.5):
            p.add("widget", home, f"{goals[0]} - {goals[1]}", away)
        elif p.chance(0.5):
            p.add("widget", home, str(goals[0]), str(goals[1]), away)
        else:
            p.add("widget", f"{home} {goals[0]} - {goals[1]} {away}")
        p.add("widget", p.pick(("انتهت المباراة", "نهاية المباراة", "FT", "انتهت")))
        for minute, name in scorers:
            p.add("widget", f"{name} {minute}'" + (" (ركلة جزاء)" if p.chance(0.15) else ""))
        details = [f"الملعب: {p.pick(_STADIUMS)}", f"الحكم: {p.pick(_REFEREES)}",
                   f"{_WEEKDAYS[kickoff.weekday]} {kickoff.day} {_MONTHS_EG[kickoff.month - 1]} {kickoff.year} - {kickoff.hour:02d}:{kickoff.minute:02d}"]
        p.add("widget", *p.rng.sample(details, p.rng.randint(1, 3)))

    def tabs() -> None:
        _in_order(p, "ui_text", ("ملخص", "التشكيل", "الإحصائيات", "الأحداث", "المواجهات السابقة", "البث المباشر", "الترتيب"), p.rng.randint(3, 6))

    def events() -> None:
        p.add("widget", p.pick(("أحداث المباراة", "مجريات اللقاء")))
        moments = [(minute, f"⚽ {name}") for minute, name in scorers]
        for _ in range(p.rng.randint(2, 5)):
            team = p.pick((home, away))
            kind = p.pick(("🟨", "🟨", "🟨", "🔄", "🔄", "🟥"))
            text = f"{p.pick(bench[team])} ← {p.pick(players[team])}" if kind == "🔄" else p.pick(players[team])
            moments.append((p.rng.randint(2, 90), f"{kind} {text}"))
        for minute, text in sorted(moments):
            p.add("widget", f"{minute}' {text}")

    def lineups() -> None:
        p.add("widget", p.pick(("التشكيل الأساسي", "تشكيلة الفريقين", "التشكيلة")))
        numbered = p.chance(0.5)
        for team in (home, away):
            p.add("widget", team)
            if p.chance(0.5):
                p.add("widget", p.pick(("4-3-3", "4-2-3-1", "3-5-2", "4-4-2")))
            for number, name in zip(p.rng.sample(range(1, 24), 11), players[team], strict=True):
                p.add("widget", f"{number} {name}" if numbered else name)
            if p.chance(0.6):
                p.add("widget", "البدلاء", *bench[team][: p.rng.randint(2, 4)])
            if p.chance(0.6):
                p.add("widget", f"المدرب: {p.pick(_COACHES)}")

    def stats() -> None:
        p.add("widget", p.pick(("إحصائيات المباراة", "الإحصائيات")))
        possession = p.rng.randint(35, 65)
        rows = [("الاستحواذ", f"{possession}%", f"{100 - possession}%"), ("التسديدات", str(p.rng.randint(5, 20)), str(p.rng.randint(3, 15))),
                ("على المرمى", str(p.rng.randint(1, 8)), str(p.rng.randint(1, 6))), ("الركنيات", str(p.rng.randint(1, 10)), str(p.rng.randint(1, 8))),
                ("الأخطاء", str(p.rng.randint(6, 18)), str(p.rng.randint(6, 18))), ("التسلل", str(p.rng.randint(0, 5)), str(p.rng.randint(0, 5)))]
        apart = p.chance(0.5)
        for name, a, b in rows[: p.rng.randint(3, 6)]:
            if apart:
                p.add("widget", name, a, b)
            else:
                p.add("widget", f"{a} {name} {b}")

    def table() -> None:
        grouped = cup in ("كأس العالم 2018", "دوري أبطال أفريقيا", "دوري أبطال أوروبا")
        p.add("widget", p.pick(("ترتيب المجموعة", "جدول الترتيب") if grouped else ("ترتيب الدوري", "جدول الترتيب")),
              "# | الفريق | لعب | فوز | تعادل | خسارة | نقاط")
        played = p.rng.randint(2, 6) if grouped else p.rng.randint(6, 28)
        rows = []
        for team in p.rng.sample(teams, 4):
            won = p.rng.randint(0, played)
            drawn = p.rng.randint(0, played - won)
            rows.append((3 * won + drawn, won, drawn, played - won - drawn, team))
        for rank, (points, won, drawn, lost, team) in enumerate(sorted(rows, reverse=True), 1):
            p.add("widget", f"{rank} | {team} | {played} | {won} | {drawn} | {lost} | {points}")

    def countdown() -> None:
        a, b = p.rng.sample(teams, 2)
        p.add("widget", p.pick(("المباراة القادمة", "المباراة المقبلة", "Next match")), f"{a} × {b}")
        days, hours, minutes = p.rng.randint(0, 6), p.rng.randint(0, 23), p.rng.randint(0, 59)
        if p.chance(0.5):
            p.add("widget", f"{days:02d} : {hours:02d} : {minutes:02d} : {p.rng.randint(0, 59):02d}", "يوم ساعة دقيقة ثانية")
        else:
            p.add("widget", f"{days} يوم", f"{hours} ساعة", f"{minutes} دقيقة")

    where = p.pick(("above", "above", "under", "after"))
    if where == "above":
        score_box()
        if p.chance(0.6):
            tabs()
    if where != "above" or p.chance(0.85):  # the rest: the match centre's score box stands for the headline
        p.add("title", p.main.title)
    byline = p.pick((f"{site} - خاص", f"{site} - {p.pick(('محمد عصام', 'علي الزهراني', 'يوسف بن علي', 'مصطفى الشامي'))}", site, f"{p.pick(('دبي', 'القاهرة', 'موسكو', 'الرياض'))} - {site}"))
    if p.chance(0.5):
        p.add("source_credit", byline)
        byline = ""
    style = p.rng.randrange(3)  # one date style per site

    def date_line(x: When) -> str:
        return (f"{x.hour:02d}:{x.minute:02d} - {x.day} {_MONTHS_EG[x.month - 1]} {x.year}", date_eg(x),
                f"نشر في: {x.day:02d}/{x.month:02d}/{x.year} {x.hour:02d}:{x.minute:02d}")[style]

    p.add("dateline", date_line(w))
    if byline and p.chance(0.7):
        p.add("source_credit", byline)
    if where == "under":
        score_box()
    if p.chance(0.6):
        p.add("caption", p.pick((f"من مباراة {home} و{away} {p.pick(_CREDITS)}", caption(p, credit=0.8), f"لاعبو {home} يحتفلون بالفوز (getty)")))
    also = p.rng.randint(0, max(0, len(p.main.paragraphs) - 2)) if p.chance(0.6) else -1

    def inserts(i: int, k: int) -> None:
        if i == also:
            p.add("read_also", f"{p.pick(('اقرأ أيضًا:', 'اقرأ أيضا..', 'شاهد أيضا:'))} {sport_draw().title}")

    p.body(inserts=inserts)
    if where == "after":
        score_box()
    widgets = [events, lineups, stats, table, countdown]
    p.rng.shuffle(widgets)
    for widget in widgets[: p.rng.randint(2, 5)]:
        widget()
    if p.chance(0.4):
        p.add("widget", p.pick(("من أفضل لاعب في المباراة؟", "رجل المباراة")), *p.rng.sample(players[home][:5] + players[away][:5], 3))
        p.add("ui_text", p.pick(("صوّت", "تصويت", "النتائج")))
    if p.chance(0.5):
        p.add("related_list", p.pick(("فيديو", "شاهد")), f"ملخص وأهداف مباراة {home} و{away}", f"0{p.rng.randint(1, 9)}:{p.rng.randint(10, 59)}")
    if p.chance(0.6):
        p.add("tags", p.pick(("الوسوم", "كلمات دلالية", "مواضيع")), home, away, cup)
    p.add("ui_text", *p.rng.sample(("شارك", "فيسبوك", "تويتر", "واتساب", "نسخ الرابط"), p.rng.randint(2, 4)))
    if p.chance(0.5):
        p.add("ui_text", f"التعليقات ({p.rng.randint(0, 80)})", "أضف تعليقك", "يجب تسجيل الدخول للتعليق")
    p.add("related_list", p.pick(("أخبار ذات صلة", "أخبار متعلقة", "المزيد من الأخبار")))
    for _ in range(p.rng.randint(2, 4)):
        other = sport_draw()
        p.add("related_list", other.title)
        if p.chance(0.4):
            p.add("related_list", f"منذ {p.rng.randint(2, 23)} ساعة")
    if p.chance(0.4):
        if p.chance(0.5):
            p.add("ui_text", p.pick(("الخبر التالي", "اقرأ التالي")))
        other = _draw_where(p, lambda a: "-sport-" in a.id and len(a.paragraphs) >= 2)
        p.appended += 1
        n = p.appended
        x = when_of(other.published, p.rng)
        p.add(f"appended-{n}-title", other.title)
        if p.chance(0.5):
            p.add("source_credit", f"{site} - خاص")
        p.add(f"appended-{n}-dateline", date_line(x))
        p.add(f"appended-{n}-body", *other.paragraphs[: p.rng.randint(2, 6)])
    p.add("related_list", "الأكثر قراءة", *[sport_draw().title for _ in range(p.rng.randint(3, 4))])
    p.add("other", f"© {w.year} {site}. جميع الحقوق محفوظة", *p.rng.sample(FOOTER, 2))


_DW_CREDITS = ("picture-alliance/dpa/M. Kappeler", "Getty Images/AFP/K. Sahib", "Reuters/K. Pfaffenbach", "picture-alliance/AP Photo/H. Malla",
               "DW/K. Zurutuza", "Imago/Xinhua", "AFP/Getty Images/L. Marin")
_DW_INITIALS = ("ع.ج.م", "ح.ز", "ص.ش", "م.س", "ط.أ", "أ.ح", "ر.ض", "هـ.د", "ا.ف", "خ.س")
_DW_AGENCIES = ("د ب أ", "أ ف ب", "رويترز", "ك ن أ", "أ ب", "إ ب د")
_INTL_CITIES = (("دبي، الإمارات العربية المتحدة", "(CNN)-- "), ("واشنطن، الولايات المتحدة الأمريكية", "(CNN)-- "), ("بيروت، لبنان", "(CNN)-- "),
                ("لندن، المملكة المتحدة", "(CNN)-- "), ("القاهرة، مصر", "(CNN)-- "))


def intl_outlet_arabic_edition(p: Page) -> None:
    """An international outlet's Arabic edition (DW عربية, فرانس 24, يورونيوز عربي, CNN بالعربية,
    اندبندنت عربية), each with its own furniture.
    DW: three skip links, the menu, a section label, the title, the lead, photo captions with
    "صورة من: agency/photographer" credit lines, the text, the editor's initials and agencies as
    sign-off ("ع.ج.م/ ح.ز (د ب أ، رويترز)"), the metadata block (date "05.06.2018", keywords,
    send / print words, "رابط دائم" with the short link), "DW توصي" teasers (headline and its
    teaser sentence), the footer. France 24: "watch live", the menu, the title, "نص بقلم" byline,
    "نشرت في" / "آخر تحديث" lines, reading time, a "©"-credited caption, "إعلان" slots and a
    read-also line between paragraphs, the "فرانس24/ أ ف ب" sign-off, the newsletter box, keywords.
    Euronews: the language list one a line, the title, "بواسطة يورونيوز مع أ ف ب", one date line
    with "•", text-size and share words, "حقوق النشر" caption credit, "اقرأ أيضاً:" headlines,
    more news. CNN Arabic: brand, menu, title, "نشر ..." and "آخر تحديث ... (GMT +0400)" lines,
    "Credit:" captions, the "city (CNN)-- " prefix glued to the lead, share words, "الأكثر شعبية".
    Independent Arabia: brand, menu, section, title, writer and role, date, caption, the related
    box with the CMS's own note ("يحتوي هذا القسم على المقلات ذات الصلة، الموضوعة في (Related
    Nodes field)"), keywords, and on most pages the next article loaded under its section label."""
    w = when_of(p.main.published, p.rng)
    family = p.pick(("dw", "f24", "euronews", "cnn", "indy"))
    paragraphs = list(p.main.paragraphs)
    n = len(paragraphs)

    def spot(chance: float) -> int:
        return p.rng.randint(0, n - 2) if p.chance(chance) else -1

    if family == "dw":
        if p.chance(0.7):
            p.add("ui_text", "تخطي إلى المحتوى", "تخطي إلى القائمة الرئيسية", "تخطي إلى المزيد من المحتويات")
        p.add("other", "DW عربية")
        _in_order(p, "other", ("ألمانيا", "العالم العربي", "العالم", "مهاجرون", "علوم وتكنولوجيا", "اقتصاد", "ثقافة وفنون", "رياضة", "برامج"),
                     p.rng.randint(4, 9))
        p.add("other", p.pick(("سياسة واقتصاد", "العالم العربي", "ألمانيا", "العالم", "رياضة")))
        p.add("title", p.main.title)

        def dw_photo() -> None:
            if p.chance(0.7):
                p.add("caption", caption(p, credit=0.0))
            p.add("caption", f"صورة من: {p.pick(_DW_CREDITS)}")

        photo = spot(0.5)
        top = p.chance(0.7)
        if top and p.chance(0.5):
            dw_photo()
        for index, paragraph in enumerate(paragraphs):
            p.add("body", paragraph)
            if (index == 0 and top and p.chance(0.5)) or (index == photo and index < n - 1):
                dw_photo()
        a, b = p.rng.sample(_DW_INITIALS, 2)
        agencies = "، ".join(p.rng.sample(_DW_AGENCIES, p.rng.randint(1, 3)))
        p.add("source_credit", p.pick((f"{a}/ {b} ({agencies})", f"{a}/{b} ({agencies})", f"{a} ({agencies})")))
        if p.chance(0.5):
            p.add("dateline", "التاريخ", f"{w.day:02d}.{w.month:02d}.{w.year}")
        else:
            p.add("dateline", f"التاريخ {w.day:02d}.{w.month:02d}.{w.year}")
        if p.chance(0.6):
            p.add("tags", "كلمات مفتاحية", "، ".join(" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 4))))
        p.add("ui_text", *p.rng.sample(("أرسل", "فيسبوك", "تويتر", "واتساب", "طباعة", "اطبع هذه الصفحة"), p.rng.randint(2, 4)))
        if p.chance(0.6):
            code = "".join(p.rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(5))
            p.add("other", "رابط دائم", f"https://p.dw.com/p/{code}")
        p.add("related_list", p.pick(("DW توصي", "مواضيع ذات صلة", "المزيد من DW")))
        for _ in range(p.rng.randint(2, 4)):
            other = p.draw()
            p.add("related_list", other.title)
            if p.chance(0.7):
                p.add("related_list", _first_sentence(other.paragraphs[0], 28))
        p.add("other", f"© {w.year} Deutsche Welle", *p.rng.sample(("حماية البيانات", "بيان الاستعمال", "الناشر", "الاتصال", "إمكانية الوصول"), 3))
        return

    if family == "f24":
        p.add("ui_text", p.pick(("شاهد البث المباشر", "مباشر")))
        p.add("other", "فرانس 24")
        _in_order(p, "other", ("الشرق الأوسط", "أفريقيا", "أوروبا", "أمريكا", "آسيا", "فرنسا", "اقتصاد", "رياضة", "ثقافة", "برامج"), p.rng.randint(4, 10))
        if p.chance(0.5):
            p.add("other", p.pick(("الشرق الأوسط", "أوروبا", "أفريقيا", "فرنسا")))
        p.add("title", p.main.title)
        if p.chance(0.7):
            p.add("source_credit", p.pick(("نص بقلم: فرانس24", "فرانس24", "نص بقلم: فرانس 24 تابِع")))
        p.add("dateline", f"نشرت في: {w.day:02d}/{w.month:02d}/{w.year} - {w.hour:02d}:{w.minute:02d}")
        if p.chance(0.6):
            later_h, later_m = _clock(w, p.rng.randint(20, 600))
            p.add("dateline", f"آخر تحديث: {w.day:02d}/{w.month:02d}/{w.year} - {later_h:02d}:{later_m:02d}")
        if p.chance(0.6):
            p.add("widget", f"{p.rng.randint(2, 6)} دقائق")
        if p.chance(0.6):
            p.add("caption", f"{caption(p, credit=0.0)} © {p.pick(('أ ف ب', 'رويترز', 'AFP', 'فرانس24'))}")
        ad, also = spot(0.5), spot(0.6)
        for index, paragraph in enumerate(paragraphs):
            p.add("body", paragraph)
            if index == ad and index < n - 1:
                p.add("other", "إعلان")
            if index == also and index < n - 1:
                p.add("read_also", p.pick(("اقرأ أيضا", "اقرأ أيضاً")), p.draw().title)
        p.add("source_credit", p.pick(("فرانس24/ أ ف ب", "فرانس24/ رويترز", "فرانس 24/ أ ف ب/ رويترز", "فرانس24")))
        if p.chance(0.6):
            p.add("ui_text", "النشرة الإخبارية اليومية", "تلقوا يومياً أهم الأخبار الدولية في بريدكم الإلكتروني", "اشترك")
        if p.chance(0.6):
            p.add("tags", "كلمات مفتاحية", *[" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 4))])
        p.add("related_list", p.pick(("اقرأ المزيد", "ابق على اطلاع")), *p.headlines(p.rng.randint(2, 4)))
        p.add("other", f"© {w.year} فرانس 24", "شروط الاستخدام", "ملفات تعريف الارتباط")
        return

    if family == "euronews":
        p.add("other", "يورونيوز")
        if p.chance(0.6):
            _in_order(p, "ui_text", ("English", "Français", "Deutsch", "Italiano", "Español", "Português", "Русский", "Türkçe", "Ελληνικά",
                                        "Magyar", "فارسی", "عربي"))
        _in_order(p, "other", ("الأخبار", "أوروبا", "العالم", "اقتصاد", "ثقافة", "سفر", "صحة", "فيديو"), p.rng.randint(3, 8))
        p.add("title", p.main.title)
        p.add("source_credit", p.pick(("بواسطة يورونيوز مع أ ف ب", "بواسطة يورونيوز", "يورونيوز مع رويترز", "بواسطة يورونيوز عربي مع أ ب")))
        later_h, later_m = _clock(w, p.rng.randint(20, 600))
        p.add("dateline", p.pick((f"نشرت في {w.day:02d}/{w.month:02d}/{w.year} - {w.hour:02d}:{w.minute:02d}•آخر تحديث {later_h:02d}:{later_m:02d}",
                                  f"نشرت في {w.day:02d}/{w.month:02d}/{w.year} - {w.hour:02d}:{w.minute:02d}")))
        p.add("ui_text", *p.rng.sample(("شارك هذا المقال", "تعليقات", "حجم النص Aa Aa", "نسخ/لصق رابط الفيديو أدناه:"), p.rng.randint(2, 3)))
        if p.chance(0.6):
            p.add("caption", caption(p, credit=0.0), f"حقوق النشر {p.pick(('AP Photo', 'AFP', 'Reuters', 'euronews'))}")
        also = spot(0.6)
        for index, paragraph in enumerate(paragraphs):
            p.add("body", paragraph)
            if index == also and index < n - 1:
                p.add("read_also", "اقرأ أيضاً:", *p.headlines(p.rng.randint(1, 3)))
        if p.chance(0.5):
            p.add("tags", "كلمات مفتاحية", *[" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 3))])
        p.add("ui_text", "شارك هذا المقال")
        if p.chance(0.35):
            p.add("ui_text", "المقال التالي")
            _more_story(p, dated=lambda x: f"نشرت في {x.day:02d}/{x.month:02d}/{x.year} - {x.hour:02d}:{x.minute:02d}",
                        between=lambda x: [("source_credit", "بواسطة يورونيوز")])
        p.add("related_list", p.pick(("المزيد من الأخبار", "الأكثر قراءة")), *p.headlines(p.rng.randint(3, 5)))
        p.add("other", f"Copyright © euronews {w.year}")
        return

    if family == "cnn":
        p.add("other", "CNN بالعربية")
        _in_order(p, "other", ("الشرق الأوسط", "العالم", "اقتصاد", "رياضة", "سياحة", "علوم وتكنولوجيا", "ستايل", "صحة", "فيديو"), p.rng.randint(4, 9))
        p.add("title", p.main.title)

        def cnn_date(x: When) -> str:
            return f"{_WEEKDAYS[x.weekday]}، {x.day:02d} {_MONTHS_EG[x.month - 1]} / {_MONTHS_LEV[x.month - 1]} {x.year}"

        p.add("dateline", f"نشر {cnn_date(w)}")
        if p.chance(0.6):
            p.add("dateline", f"آخر تحديث {cnn_date(w)}; {w.hour:02d}:{w.minute:02d} (GMT +0400)")
        if p.chance(0.6):
            p.add("caption", caption(p, credit=0.0), f"Credit: {p.pick(('AFP/Getty Images', 'Getty Images', 'REUTERS', 'AP'))}")
        city, mark = p.pick(_INTL_CITIES)
        if p.chance(0.7) and "(CNN)" not in paragraphs[0][:80]:
            paragraphs[0] = f"{city} {mark}{paragraphs[0]}"
        photo = spot(0.4)
        for index, paragraph in enumerate(paragraphs):
            p.add("body", paragraph)
            if index == photo and index < n - 1:
                p.add("caption", f"{caption(p, credit=0.0)} Credit: {p.pick(('AFP', 'Getty Images', 'CNN'))}")
        p.add("ui_text", *p.rng.sample(("شارك هذا المقال", "فيسبوك", "تويتر", "البريد الإلكتروني", "واتساب"), p.rng.randint(2, 4)))
        if p.chance(0.4):
            p.add("read_also", "اقرأ أيضاً")
            _more_story(p, dated=lambda x: f"نشر {cnn_date(x)}")
        p.add("related_list", p.pick(("الأكثر شعبية", "أحدث الأخبار")), *p.headlines(p.rng.randint(3, 5)))
        p.add("other", f"© {w.year} Cable News Network. A Warner Media Company. All Rights Reserved.")
        return

    p.add("other", "اندبندنت عربية")
    menu = ("الأخبار", "العالم العربي", "سياسة", "اقتصاد", "ثقافة", "رياضة", "منوعات", "آراء", "تحقيقات ومطولات", "بودكاست")
    _in_order(p, "other", menu, p.rng.randint(4, 10))

    def indy_date(x: When) -> str:
        return f"{_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year} {x.hour:02d}:{x.minute:02d}"

    def indy_head(x: When) -> list[tuple[str, str]]:
        if p.chance(0.3):
            return []
        if p.chance(0.4):
            return [("source_credit", p.pick(("اندبندنت عربية", "اندبندنت عربية ووكالات")))]
        name, role = p.pick((("طارق الشامي", "صحافي"), ("سوسن مهنا", "صحافية"), ("مصطفى رستم", "صحافي"), ("إنجي مجدي", "صحافية @engymagdy")))
        return [("source_credit", name), ("source_credit", role)]

    p.add("other", p.pick(menu[1:]))
    p.add("title", p.main.title)
    for label, text in indy_head(w):
        p.add(label, text)
    p.add("dateline", indy_date(w))
    if p.chance(0.7):
        p.add("caption", f"{caption(p, credit=0.0)} {p.pick(('(أ ف ب)', '(رويترز)', '(اندبندنت عربية)', '(مواقع التواصل)'))}")
    box = spot(0.7)
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index == box and index < n - 1:
            p.add("read_also", "اقرأ المزيد")
            if p.chance(0.7):
                p.add("read_also", "يحتوي هذا القسم على المقلات ذات الصلة، الموضوعة في (Related Nodes field)")
            p.add("read_also", *p.headlines(p.rng.randint(1, 3)))
    if p.chance(0.6):
        p.add("tags", p.pick(("الكلمات المفتاحية", "المزيد عن:")), *[" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 3))])
    p.add("ui_text", *p.rng.sample(("شارك", "فيسبوك", "تويتر", "واتساب", "لينكد إن", "نسخ الرابط"), p.rng.randint(2, 4)))
    if p.chance(0.65):
        p.add("other", p.pick(menu[1:]))
        _more_story(p, dated=indy_date, between=indy_head)
        p.add("ui_text", *p.rng.sample(("شارك", "فيسبوك", "تويتر", "واتساب"), 2))
    p.add("related_list", p.pick(("الأكثر قراءة", "الأكثر قراءةً")), *p.headlines(p.rng.randint(3, 5)))
    p.add("other", f"© {w.year} اندبندنت عربية. جميع الحقوق محفوظة")


LAYOUTS_HELDOUT8: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (regional_outlet_article, egypt_seo_regional_portal, match_report_page, intl_outlet_arabic_edition)
}


# ------------------------------------------------------------------ ninth held-out part
# Written after the eighth held-out part had been measured once: ordinary article pages of news
# outlets from site families none of the 45 layouts above shows: a Gulf business daily whose
# article sits behind a paywall (a teaser of the first paragraphs, then the subscribe box), a
# news aggregator's article view (Nabd / Google News style: the outlet above the title, the
# link to the original, the "full coverage" cluster of other outlets' headlines), a
# Palestinian or Syrian outlet's article page (WAFA, Maan, Al-Quds, Enab Baladi, Syria TV,
# SANA: shekel or lira rates, the agency's glued lead prefix), and an outlet's text-only /
# low-bandwidth version as a text browser dumps it (numbered links, image markers, the
# references list). Not registered in GOLD_FILES until measured once.

_PAYWALL_SITES = (
    ("الاقتصادية", "الرياض", "ريال"), ("الشرق للأخبار - بلومبرغ", "دبي", "درهم"), ("الخليج الاقتصادي", "الشارقة", "درهم"),
    ("الرؤية", "أبوظبي", "درهم"), ("القبس الاقتصادي", "الكويت", "دينار"), ("مال", "الرياض", "ريال"), ("الوطن الاقتصادي", "الدوحة", "ريال"),
)
_PAYWALL_MENU = ("الرئيسية", "أسواق", "طاقة", "عقارات", "بنوك وتأمين", "شركات", "تقنية", "اقتصاد كلي", "ريادة", "رأي", "بودكاست", "النشرة البريدية")
_PAYWALL_WRITERS = ("خالد العمري", "Dana Khraiche", "سلطان الدوسري", "نورة الكعبي", "Matthew Martin", "فهد البقمي", "ريم الصالح")


def gulf_business_paywall(p: Page) -> None:
    """A Gulf business daily's article page with its paywall (Al-Eqtisadiah, Asharq Business with
    Bloomberg, Al Khaleej's economy pages, Al Roeya, Al-Qabas, Maaal). Inventory: the cookie
    notice in a full sentence and its "accept" word, "تسجيل الدخول" / "اشترك الآن" words, an
    introductory-offer line, sometimes an index strip ("تاسي 10842.31 ▲ 0.45%"), the menu, a
    section label and a premium badge ("حصري للمشتركين", "Premium"), the title, the writer (with
    "من الرياض" or the Bloomberg credit), the date and reading time; the article's first one to
    three paragraphs (the last sometimes cut mid-sentence with "..."), then the paywall: "هذا
    المحتوى للمشتركين" or "أكمل القراءة", a sentence inviting to subscribe, the plans with prices
    one a line, "لديك حساب؟ سجّل الدخول", the payment words; on metered pages the whole article
    with a "N free articles left" banner instead; then the newsletter box, tags, "المزيد من
    section" headlines with times, market data teasers, most read, the footer; on some pages a
    free article of the scroll under "اقرأ التالي" or under nothing but its section label. The
    main article is an economy or technology story of the corpus."""
    if "-economy-" not in p.main.id and "-technology-" not in p.main.id:
        p.main = _draw_where(p, lambda a: "-economy-" in a.id or ("-technology-" in a.id and p.chance(0.3)))
    w = when_of(p.main.published, p.rng)
    site, city, currency = p.pick(_PAYWALL_SITES)
    bloomberg = "بلومبرغ" in site
    if p.chance(0.5):
        p.add("other", p.pick(("نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا. بمتابعة التصفح فإنك توافق على سياسة الخصوصية.",
                               "يستخدم هذا الموقع ملفات الكوكيز لتقديم أفضل تجربة ممكنة، ويمكنك تغيير إعداداتك في أي وقت.",
                               "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.")))
        p.add("ui_text", p.pick(("موافق", "أوافق", "Accept", "قبول الكل")))
    p.add("ui_text", *p.rng.sample(("تسجيل الدخول", "اشترك الآن", "English", "بحث", "النسخة الرقمية"), p.rng.randint(2, 4)))
    if p.chance(0.45):
        p.add("other", p.pick((f"اشترك الآن بـ 1 {currency} للشهر الأول", "عرض خاص: خصم 50% على الاشتراك السنوي", "جرّب الاشتراك المميز مجاناً لمدة 14 يوماً")))
    if p.chance(0.4):
        for name, base in p.rng.sample(_INDICES, p.rng.randint(3, 5)):
            change = p.rng.uniform(-1.5, 1.5)
            p.add("widget", f"{name} {base * p.rng.uniform(0.98, 1.02):.2f} {'▲' if change >= 0 else '▼'} {abs(change):.2f}%")
    _in_order(p, "other", _PAYWALL_MENU, p.rng.randint(6, len(_PAYWALL_MENU)))
    section = p.pick(_PAYWALL_MENU[1:9])
    metered = p.chance(0.3)
    badge = p.pick(("حصري للمشتركين", "Premium", "مميز", "محتوى مدفوع", "🔒 للمشتركين"))
    if p.chance(0.5):
        p.add("other", section, badge)
    else:
        p.add("other", f"{section} | {badge}" if p.chance(0.5) else section)
    p.add("title", p.main.title)
    writer = p.pick(_PAYWALL_WRITERS)
    byline = p.pick((writer, f"{writer} من {city}", f"{site} - {city}", f"{writer} - بلومبرغ" if bloomberg else f"{writer}، {site}"))
    hour, half = w.h12
    date_form = p.rng.randrange(3)
    date_text = (f"{w.day} {_MONTHS_EG[w.month - 1]} {w.year} {hour}:{w.minute:02d} {half}",
                 f"{_WEEKDAYS[w.weekday]} {w.day}/{w.month}/{w.year}",
                 f"نُشر في {w.day} {_MONTHS_EG[w.month - 1]} {w.year} - {w.hour:02d}:{w.minute:02d} بتوقيت {city}")[date_form]
    if p.chance(0.5):
        p.add("source_credit", byline)
        p.add("dateline", date_text)
    else:
        p.add("dateline", date_text)
        p.add("source_credit", byline)
    if p.chance(0.6):
        p.add("widget", p.pick((f"وقت القراءة: {p.rng.randint(2, 7)} دقائق", f"{p.rng.randint(2, 7)} دقائق قراءة", f"⏱ {p.rng.randint(2, 7)} min")))
    if p.chance(0.3):
        p.add("ui_text", p.pick(("استمع إلى المقال", "Listen")), f"0{p.rng.randint(1, 6)}:{p.rng.randint(10, 59)}")
    if p.chance(0.5):
        p.add("caption", p.pick((f"{caption(p, credit=0.0)} - المصدر: بلومبرغ", f"{caption(p, credit=0.0)} (Getty Images)", caption(p, credit=0.7),
                                 f"مصدر الصورة: {p.pick(('بلومبرغ', 'رويترز', 'غيتي', site))}")))
    paragraphs = list(p.main.paragraphs)
    if metered:
        left = p.rng.randint(0, 4)
        p.add("other", p.pick((f"تبقّى لك {left} مقالات مجانية هذا الشهر", f"لديك {left} مقالات مجانية متبقية. اشترك للوصول غير المحدود",
                               f"You have {left} free articles left this month")))
        for index, paragraph in enumerate(paragraphs):
            p.add("body", paragraph)
            if index == 0 and len(paragraphs) > 2 and p.chance(0.5):
                p.add("read_also", p.pick(("اقرأ أيضاً:", "مواضيع ذات صلة:")) + " " + p.draw().title)
    else:
        shown = min(len(paragraphs), p.rng.randint(1, 3))
        visible = paragraphs[:shown]
        if p.chance(0.5):
            words = visible[-1].split()
            if len(words) > 16:
                visible[-1] = " ".join(words[: p.rng.randint(8, len(words) - 4)]) + "..."
        p.add("body", *visible)
        p.add("ui_text", p.pick(("هذا المحتوى للمشتركين", "أكمل القراءة", "🔒 هذا المقال متاح للمشتركين فقط", "تابع القراءة مع اشتراك")))
        p.add("other", p.pick((f"اشترك في {site} للوصول إلى جميع المقالات والتحليلات الحصرية وتقارير الأسواق اليومية.",
                               "احصل على وصول غير محدود إلى التحليلات والأخبار الاقتصادية الحصرية من أي جهاز.",
                               "Subscribe to continue reading and unlock unlimited access to our premium content.")))
        for plan, price in p.rng.sample((("شهري", 49), ("سنوي", 399), ("ربع سنوي", 129), ("رقمي + مطبوع", 699)), p.rng.randint(1, 3)):
            p.add("widget", f"الاشتراك ال{plan}" if p.chance(0.5) else plan, f"{price} {currency}")
        p.add("ui_text", p.pick(("اشترك الآن", "اختر باقتك", "ابدأ الاشتراك")))
        p.add("ui_text", p.pick(("لديك حساب؟ سجّل الدخول", "مشترك بالفعل؟ تسجيل الدخول", "Already a subscriber? Sign in")))
        if p.chance(0.4):
            p.add("ui_text", "Visa", "Mastercard", p.pick(("Apple Pay", "مدى", "KNET")))
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("حفظ", "مشاركة", "نسخ الرابط", "X", "لينكد إن", "واتساب"), p.rng.randint(2, 4)))
    if p.chance(0.55):
        p.add("other", p.pick(("النشرة الاقتصادية اليومية", "اشترك في نشرتنا البريدية", "Newsletter")))
        p.add("other", p.pick(("أهم أخبار الأسواق والشركات في بريدك كل صباح.", "ملخص يومي لأبرز الأخبار الاقتصادية قبل افتتاح الأسواق.")))
        p.add("ui_text", "البريد الإلكتروني", p.pick(("اشترك", "تسجيل")))
    if p.chance(0.6):
        tags = [" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 4))]
        p.add("tags", *(tags if p.chance(0.5) else ["المواضيع: " + " - ".join(tags)]))
    if p.chance(0.35):
        if p.chance(0.5):
            p.add("ui_text", p.pick(("اقرأ التالي", "المقال التالي")))
        p.add("other", p.pick(_PAYWALL_MENU[1:9]))
        _more_story(p, dated=lambda x: f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year} {x.h12[0]}:{x.minute:02d} {x.h12[1]}",
                    under=lambda x: [("source_credit", p.pick(_PAYWALL_WRITERS))] if p.chance(0.5) else [])
    p.add("related_list", p.pick((f"المزيد من {section}", "أخبار ذات صلة", "قد يهمك أيضاً")))
    for _ in range(p.rng.randint(2, 4)):
        p.add("related_list", p.draw().title)
        if p.chance(0.6):
            p.add("related_list", _ago(p.rng.randint(15, 2000)))
    if p.chance(0.4):
        p.add("related_list", p.pick(("الأكثر قراءة", "الأكثر تداولاً")), *[f"{k}. {h}" for k, h in enumerate(p.headlines(p.rng.randint(3, 5)), 1)])
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة لـ {site} {w.year}")))
    if bloomberg and p.chance(0.6):
        p.add("other", "بالتعاون مع Bloomberg Media")


_AGGREGATORS = (("نبض", "nabd.com"), ("صحافة نت", "sahafahnet.net"), ("أخبارك", "akhbarak.net"), ("أخبار جوجل", "news.google.com"),
                ("سواليف", "sawaleif.com"), ("المصدر نيوز", "almasdar.news"))
_AGG_OUTLETS = ("اليوم السابع", "سكاي نيوز عربية", "العربية", "المصري اليوم", "الشرق الأوسط", "عكاظ", "الخليج", "البيان",
                "روسيا اليوم", "الجزيرة نت", "عربي21", "القدس العربي", "هسبريس", "الغد", "النهار", "صحيفة سبق", "مصراوي")
_AGG_MENU = ("الرئيسية", "عاجل", "أخبار محلية", "العالم", "اقتصاد", "رياضة", "فن", "تقنية", "صحة", "منوعات", "المصادر")


def news_aggregator_cluster(p: Page) -> None:
    """A news aggregator's article view (Nabd, Sahafa Net, Akhbarak, a Google-News-like "full
    coverage" view). Inventory: the app banner ("حمّل التطبيق" / "فتح في التطبيق"), the
    aggregator's name and its category menu, the country switch; the original outlet's name
    above or under the title, the relative time or the date; the article's text, whole or cut
    after a paragraph or two with "..."; "المصدر: outlet" and the link to the original ("اقرأ
    الخبر من المصدر", the outlet's URL), the aggregator's not-responsible disclaimer in a full
    sentence; "تغطية كاملة" / "Full coverage": other outlets' headlines on the same story, each
    with its outlet and relative time (in one line with "·" or one item a line), sometimes one
    of them given whole (outlet, title, time and its text) under "من مصادر أخرى"; the reactions
    and follow-the-source words; related and trending lists; the footer."""
    w = when_of(p.main.published, p.rng)
    name, host = p.pick(_AGGREGATORS)
    outlet = p.pick(_AGG_OUTLETS)
    if p.chance(0.6):
        p.add("other", p.pick((f"حمّل تطبيق {name} مجاناً", f"اقرأ الأخبار أسرع على تطبيق {name}", "Open in app")))
        p.add("ui_text", p.pick(("فتح في التطبيق", "تحميل", "Get the app")))
    p.add("other", name)
    _in_order(p, "other", _AGG_MENU, p.rng.randint(5, len(_AGG_MENU)))
    if p.chance(0.4):
        p.add("ui_text", p.pick(("مصر", "السعودية", "الإمارات", "الأردن", "المغرب")), "تغيير الدولة")
    ago = p.rng.randint(5, 900)
    date_text = p.pick((_ago(ago), f"{w.day} {_MONTHS_EG[w.month - 1]} {w.year} - {w.hour:02d}:{w.minute:02d}",
                        f"{w.day:02d}-{w.month:02d}-{w.year}"))
    form = p.rng.randrange(3)
    if form == 0:
        p.add("source_credit", outlet)
        p.add("title", p.main.title)
        p.add("dateline", date_text)
    elif form == 1:
        p.add("title", p.main.title)
        p.add("source_credit", outlet)
        p.add("dateline", date_text)
    else:
        p.add("title", p.main.title)
        p.add("dateline", f"{outlet} · {date_text}")
    if p.chance(0.35):
        p.add("caption", p.pick((f"الصورة: {outlet}", caption(p, credit=0.5), f"{caption(p, credit=0.0)} - {outlet}")))
    paragraphs = list(p.main.paragraphs)
    cut = p.chance(0.45)
    if cut:
        paragraphs = paragraphs[: p.rng.randint(1, 2)]
        words = paragraphs[-1].split()
        if len(words) > 20 and p.chance(0.6):
            paragraphs[-1] = " ".join(words[: p.rng.randint(12, len(words) - 5)]) + " ..."
    p.add("body", *paragraphs)
    url = f"https://www.{p.pick(('youm7.com/story', 'skynewsarabia.com/middle-east', 'alarabiya.net/arab-and-world', 'almasryalyoum.com/news/details', 'aawsat.com/home/article', 'okaz.com.sa/news'))}/{w.year}/{w.month}/{w.day}/{p.rng.randint(100000, 9999999)}"
    if cut or p.chance(0.5):
        p.add("ui_text", p.pick(("اقرأ الخبر من المصدر", "لقراءة الخبر كاملاً اضغط هنا", "إقرأ المزيد من المصدر", "Read full article")))
    p.add("source_credit", p.pick((f"المصدر: {outlet}", f"المصدر : {outlet}", f"مصدر الخبر: {outlet}")))
    if p.chance(0.5):
        p.add("source_credit", url)
    if p.chance(0.55):
        p.add("other", p.pick((f"هذا الخبر منقول من {outlet} و{name} غير مسؤول عن محتواه.",
                               "جميع الأخبار المنشورة تعبر عن مصادرها ولا يتحمل الموقع أي مسؤولية عن صحتها.",
                               f"تم نشر هذا الخبر آلياً من موقع {outlet}، ولا يتحمل {name} مسؤولية ما ورد فيه.")))
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("👍 أعجبني", "😮 مدهش", "😢 محزن", "😡 مغضب", f"تابع {outlet}", "مشاركة", "حفظ"), p.rng.randint(2, 4)))
    p.add("related_list", p.pick(("تغطية كاملة", "التغطية الكاملة لهذا الخبر", "Full coverage", "المزيد حول هذا الخبر", f"الخبر في {p.rng.randint(4, 40)} مصدر")))
    one_line = p.chance(0.5)
    others = p.rng.sample([o for o in _AGG_OUTLETS if o != outlet], 6)
    for k in range(p.rng.randint(2, 5)):
        headline = p.draw().title
        minutes = p.rng.randint(3, 1200)
        if one_line:
            p.add("related_list", headline, f"{others[k]} · {_ago(minutes)}")
        else:
            p.add("related_list", others[k], headline, _ago(minutes))
    if p.chance(0.5):
        p.add("ui_text", p.pick(("عرض كل التغطية", "عرض المزيد", "View full coverage")))
    if p.chance(0.5):
        p.add("ui_text", p.pick(("من مصادر أخرى", "الخبر التالي", "اخترنا لك", "تابع أيضاً")))
        other_outlet = others[5]
        _more_story(p, dated=lambda x: _ago(p.rng.randint(10, 900)), between=lambda x: [("source_credit", other_outlet)],
                    after=lambda x: [("source_credit", f"المصدر: {other_outlet}")])
    if p.chance(0.6):
        p.add("related_list", p.pick(("أخبار ذات صلة", "قد يعجبك أيضاً", "الأكثر تداولاً الآن")))
        for _ in range(p.rng.randint(2, 4)):
            p.add("related_list", p.draw().title, f"{p.pick(_AGG_OUTLETS)} · {_ago(p.rng.randint(3, 1500))}")
    if p.chance(0.4):
        p.add("tags", p.pick(("المواضيع الرائجة", "#ترند")), *[f"#{h.split()[0]}" for h in p.headlines(3)])
    p.add("other", p.pick((f"© {w.year} {name} - {host}", f"{name} | عن {name} | سياسة الخصوصية | اتصل بنا", f"جميع الحقوق محفوظة {name}")))


_LEVANT_OUTLETS = (
    ("وفا", "ps", lambda town, x: f"{town} {x.day}-{x.month}-{x.year} وفا- ", "(وفا)"),
    ("وكالة معاً الإخبارية", "ps", lambda town, x: f"{town}- معا- ", "(معا)"),
    ("القدس دوت كوم", "ps", lambda town, x: f"{town} - «القدس» دوت كوم - ", "(القدس)"),
    ("عنب بلدي", "sy", lambda town, x: "عنب بلدي – ", "(عنب بلدي)"),
    ("تلفزيون سوريا", "sy", lambda town, x: f"{town} - تلفزيون سوريا ", "(تلفزيون سوريا)"),
    ("سانا", "sy", lambda town, x: f"{town}-سانا ", "(سانا)"),
)
_LEVANT_TOWNS = {"ps": ("رام الله", "غزة", "القدس", "نابلس", "الخليل", "بيت لحم", "جنين"),
                 "sy": ("دمشق", "إدلب", "حلب", "درعا", "إسطنبول", "دير الزور", "القامشلي")}
_LEVANT_MENUS = {"ps": ("الرئيسية", "محليات", "القدس", "الأسرى", "الاستيطان", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة", "فيديو", "English"),
                 "sy": ("الرئيسية", "أخبار سوريا", "سياسة", "اقتصاد", "حقوق الإنسان", "تحقيقات", "رأي", "مجتمع", "ملفات", "English", "Türkçe")}


def levant_ps_sy_outlet(p: Page) -> None:
    """A Palestinian or Syrian outlet's article page (WAFA, Maan, Al-Quds, Enab Baladi, Syria TV,
    SANA). Inventory: the top bar's date with Levantine months (and the Hijri date on some), the
    weather chip ("القدس 24°"), the exchange strip in shekels (Palestine) or Syrian pounds in
    Damascus / Aleppo / Idlib, a "عاجل" ticker, the menu (with English / Türkçe), a section
    label, the title (missing on a few pages), a byline ("عنب بلدي - Name", "Name - رام الله"),
    the date ("تاريخ النشر: 05/06/2018 الساعة: 11:22", Maan's "05/06/2018 [ 11:22 ]", "آخر
    تحديث"), a caption with the outlet's credit, the outlet's glued lead prefix ("رام الله
    5-6-2018 وفا- ", "بيت لحم- معا- ", "عنب بلدي – ", "دمشق-سانا "), an inline "اقرأ أيضًا"
    list of one to three headlines between paragraphs, sometimes the agency's tag, the editor's
    code at the end ("ع.ف", "/ف.ع/"), keywords, share words, previous / next links, related
    and most-read lists, the footer; on some pages the next article under its section label or
    under "المزيد من" with its own date and lead prefix."""
    w = when_of(p.main.published, p.rng)
    site, country, prefix, tag = p.pick(_LEVANT_OUTLETS)
    towns = _LEVANT_TOWNS[country]
    town = p.pick(towns)
    menu = _LEVANT_MENUS[country]
    date_top = f"{_WEEKDAYS[w.weekday]} {w.day} {_MONTHS_LEV[w.month - 1]} {w.year}"
    if p.chance(0.35):
        date_top += f" | {_hijri(w)}"
    p.add("widget", date_top)
    if p.chance(0.5):
        p.add("widget", f"{p.pick(towns)} {p.rng.randint(14, 36)}°" if p.chance(0.6) else f"{p.pick(towns)} ☀ {p.rng.randint(14, 36)}° / {p.rng.randint(8, 20)}°")
    if p.chance(0.6):
        if country == "ps":
            p.add("widget", p.pick(("أسعار العملات", "العملات مقابل الشيكل")))
            for cur, base in p.rng.sample((("الدولار", 3.58), ("الدينار الأردني", 5.05), ("اليورو", 4.18)), p.rng.randint(2, 3)):
                p.add("widget", f"{cur} {base * p.rng.uniform(0.98, 1.02):.2f}")
        else:
            p.add("widget", p.pick(("سعر صرف الليرة السورية", "الليرة السورية مقابل الدولار")))
            for place, base in p.rng.sample((("دمشق", 435), ("حلب", 438), ("إدلب", 446), ("الحسكة", 440)), p.rng.randint(2, 4)):
                value = base * p.rng.uniform(0.98, 1.02)
                p.add("widget", f"{place} {value:.0f} شراء {value + 4:.0f} مبيع" if p.chance(0.5) else f"{place}: {value:.0f} ل.س")
    if p.chance(0.5):
        p.add("related_list", p.pick(("عاجل", "آخر الأخبار")), *p.headlines(p.rng.randint(1, 3)))
    _in_order(p, "other", menu, p.rng.randint(5, len(menu)))
    section = p.pick(menu[1:9])
    if p.chance(0.65):
        p.add("other", section if p.chance(0.6) else f"الرئيسية / {section}")
    if p.chance(0.9):
        p.add("title", p.main.title)
    author = p.pick(("خالد الجرعتلي", "ميس حمد", "عبد الله الموسى", "حسام المحمود", "رنا أبو عيشة", "محمد خليل", "أسيل سعيد"))
    byline = p.chance(0.55)
    style = p.rng.randrange(4)

    def date_line(x: When) -> str:
        return (f"تاريخ النشر: {x.day:02d}/{x.month:02d}/{x.year} الساعة: {x.hour:02d}:{x.minute:02d}",
                f"{x.day:02d}/{x.month:02d}/{x.year} [ {x.hour:02d}:{x.minute:02d} ]",
                f"{x.day} {_MONTHS_LEV[x.month - 1]} {x.year}" + (f" - آخر تحديث: {_ago(p.rng.randint(30, 600))}" if p.chance(0.4) else ""),
                f"{_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_LEV[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d}")[style]

    if byline:
        p.add("source_credit", p.pick((f"{site} - {author}", f"{author} - {town}", author)))
    p.add("dateline", date_line(w))
    if p.chance(0.35):
        p.add("ui_text", *p.rng.sample(("طباعة", "حفظ", "A+", "A-", "نسخ الرابط"), p.rng.randint(2, 3)))
    if p.chance(0.6):
        p.add("caption", p.pick((f"{caption(p, credit=0.0)} {tag}", caption(p, credit=0.6), f"{caption(p, credit=0.0)} (تعديل: {site})",
                                 f"{caption(p, credit=0.0)} - {w.day} {_MONTHS_LEV[w.month - 1]} {w.year} (AFP)")))
    paragraphs = list(p.main.paragraphs)
    if p.chance(0.7):
        paragraphs[0] = prefix(town, w) + paragraphs[0]
    also = p.rng.randint(0, max(0, len(paragraphs) - 2)) if p.chance(0.55) else -1
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index == also and index < len(paragraphs) - 1:
            if p.chance(0.5):
                p.add("read_also", p.pick(("اقرأ أيضًا", "اقرأ أيضاً", "مقالات متعلقة")), *p.headlines(p.rng.randint(1, 3)))
            else:
                p.add("read_also", f"اقرأ أيضًا: {p.draw().title}")
    if p.chance(0.3):
        p.add("source_credit", tag)
    if p.chance(0.4):
        p.add("other", p.pick(("ع.ف", "/ف.ع/", "ر.ح", "م.ع", "ه.ع/ص.ش")))
    if p.chance(0.6):
        tags = [" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 5))]
        if p.chance(0.5):
            p.add("tags", p.pick(("كلمات مفتاحية", "الوسوم")), *tags)
        else:
            p.add("tags", " ".join("#" + re.sub(r"[^\w ]", "", t).strip().replace(" ", "_") for t in tags))
    p.add("ui_text", *p.rng.sample(SHARE_AR, p.rng.randint(2, 4)))
    if p.chance(0.4):
        p.add("read_also", f"السابق: {p.draw().title}", f"التالي: {p.draw().title}")
    if p.chance(0.4):
        p.add("other", p.pick(menu[1:9]) if p.chance(0.6) else f"المزيد من {p.pick(menu[1:9])}")
        n_town = p.pick(towns)
        _more_story(p, dated=date_line, lead=(lambda x: prefix(n_town, x)) if p.chance(0.6) else None,
                    between=lambda x: [("source_credit", f"{site} - {p.pick(('خالد الجرعتلي', 'ميس حمد', 'محمد خليل'))}")] if byline else [])
    p.add("related_list", p.pick(("أخبار ذات صلة", "ذات صلة", "مقالات متعلقة")))
    for _ in range(p.rng.randint(2, 4)):
        other = p.draw()
        x = when_of(other.published, p.rng)
        p.add("related_list", other.title)
        if p.chance(0.5):
            p.add("related_list", f"{x.day} {_MONTHS_LEV[x.month - 1]} {x.year}")
    if p.chance(0.5):
        p.add("related_list", p.pick(("الأكثر قراءة", "الأكثر مشاهدة")), *p.headlines(p.rng.randint(3, 5)))
    p.add("other", p.pick((f"جميع الحقوق محفوظة © {site} {w.year}", f"© {w.year} {site}", f"{site} - جميع الحقوق محفوظة")))


_LITE_SLUGS = {"الرئيسية": "", "سياسة": "politics", "اقتصاد": "economy", "مجتمع": "society", "رياضة": "sport", "ثقافة": "culture",
               "آراء": "opinion", "منوعات": "variety", "فيديو": "video"}
_LITE_SITES = (("العربي الجديد", "alaraby.co.uk"), ("عربي21", "arabi21.com"), ("الجزيرة نت", "aljazeera.net"), ("الشرق الأوسط", "aawsat.com"),
               ("روسيا اليوم", "arabic.rt.com"), ("المصري اليوم", "almasryalyoum.com"), ("الغد", "alghad.com"))


def text_only_lite(p: Page) -> None:
    """An outlet's text-only / low-bandwidth version of an article, as a text browser (lynx, w3m)
    dumps it, or as the outlet's own "النسخة النصية" serves it. Lynx-like inventory: link
    numbers glued to the menu words ("[1]تخطي إلى المحتوى [2]الرئيسية"), "[IMG]" / "[صورة]"
    markers and alt texts, the title, the date, the text with a link number glued to a word or
    two, "[14]طباعة [15]إرسال", "[16]السابق [17]التالي", "References" / "Visible links" with the
    numbered URLs, "Hidden links:". Lite-version inventory: the notice that this is the light
    version and the link to the full one, a one-line menu with "|", the title, the date, the
    text (a long article cut over pages with "الصفحة 1 من 2" and "التالي »"), "أعلى الصفحة",
    "latest news" headlines with times, the footer with the version switch; on some pages the
    next article of the section under a rule or "الخبر التالي" with its own date."""
    w = when_of(p.main.published, p.rng)
    site, host = p.pick(_LITE_SITES)
    lynx = p.chance(0.5)
    counter = [0]
    urls: list[str] = []

    def link(word: str, url: str) -> str:
        counter[0] += 1
        urls.append(url)
        return f"[{counter[0]}]{word}"

    date_text = p.pick((f"{w.day} {_MONTHS_EG[w.month - 1]} {w.year}", f"{w.day:02d}/{w.month:02d}/{w.year} - {w.hour:02d}:{w.minute:02d}",
                        f"{_WEEKDAYS[w.weekday]} {w.day} {_MONTHS_EG[w.month - 1]} {w.year} - {w.hour:02d}:{w.minute:02d} GMT"))
    menu = p.rng.sample(("الرئيسية", "سياسة", "اقتصاد", "مجتمع", "رياضة", "ثقافة", "آراء", "منوعات", "فيديو"), p.rng.randint(4, 7))
    if lynx:
        if p.chance(0.3):
            p.add("duplicated_headline", f"{p.main.title} | {site}")
        elif p.chance(0.4):
            p.add("other", f"{site} - النسخة النصية")
        p.add("other", link(p.pick(("تخطي إلى المحتوى", "انتقل إلى المحتوى", "Skip to content")), f"https://{host}/#main"))
        if p.chance(0.5):
            p.add("other", f"{link('[IMG]', f'https://{host}/')} {site}" if p.chance(0.5) else f"[{site}]")
        p.add("other", " ".join(link(m, f"https://{host}/{_LITE_SLUGS[m]}") for m in menu))
        if p.chance(0.4):
            p.add("ui_text", f"{link('بحث', f'https://{host}/search')} ____________________ [بحث]")
    else:
        p.add("other", p.pick(("أنت تتصفح النسخة الخفيفة من الموقع، المخصصة للاتصالات البطيئة.", "هذه نسخة نصية مخففة من الموقع لتوفير استهلاك البيانات.",
                               "Text-only version")))
        p.add("ui_text", p.pick(("الانتقال إلى النسخة الكاملة", "النسخة الكاملة", "Full site")))
        p.add("other", site)
        p.add("other", " | ".join(menu))
    if p.chance(0.4):
        p.add("other", p.pick(menu[1:]))
    p.add("title", p.main.title)
    date_first = p.chance(0.6)
    if date_first:
        p.add("dateline", date_text)
    if p.chance(0.45):
        p.add("source_credit", p.pick((f"{site} - {p.pick(('القاهرة', 'لندن', 'بيروت', 'عمان', 'الدوحة'))}", f"كتب: {p.pick(('أحمد سليم', 'سامر إلياس', 'نادين عيسى'))}",
                                       "بقلم: فريق التحرير")))
    if not date_first:
        p.add("dateline", date_text)
    if p.chance(0.55):
        alt = caption(p, credit=0.5)
        p.add("caption", p.pick((f"[{alt}]", f"[IMG] {alt}", f"[صورة: {alt}]", "[IMG]")))
    paragraphs = list(p.main.paragraphs)
    linked = p.rng.randrange(len(paragraphs)) if lynx and p.chance(0.6) else -1
    paged = not lynx and len(paragraphs) >= 4 and p.chance(0.5)
    if paged:
        paragraphs = paragraphs[: p.rng.randint(2, len(paragraphs) - 1)]
    middle = p.rng.randint(0, len(paragraphs) - 2) if len(paragraphs) > 1 and p.chance(0.4) else -1
    for index, paragraph in enumerate(paragraphs):
        words = paragraph.split()
        if index == linked and len(words) > 6:  # a linked word: lynx glues the link's number to it
            at = p.rng.randrange(len(words) - 2)
            words[at] = link(words[at], f"https://{host}/tag/{p.rng.randint(100, 9999)}")
            paragraph = " ".join(words)
        p.add("body", paragraph)
        if index == middle:
            if lynx:
                p.add("read_also", f"{p.pick(('اقرأ أيضاً:', 'Read more:'))} {link(p.draw().title, f'https://{host}/news/{p.rng.randint(1000, 99999)}')}")
            else:
                p.add("read_also", f"اقرأ أيضاً: {p.draw().title}")
            if p.chance(0.4):
                alt = caption(p, credit=0.6)
                p.add("caption", f"[IMG] {alt}" if lynx else f"[صورة: {alt}]")
    if paged:
        p.add("ui_text", "الصفحة 1 من 2", p.pick(("التالي »", "الصفحة التالية", "2")))
        if p.chance(0.5):
            p.add("ui_text", "عرض المقال في صفحة واحدة")
    if lynx:
        story = f"https://{host}/news/{w.year}/{w.month:02d}/{w.day:02d}/{p.rng.randint(100000, 999999)}"
        shares = {"طباعة": f"{story}/print", "إرسال": f"mailto:?subject={host}&body={story}",
                  "فيسبوك": f"https://www.facebook.com/sharer/sharer.php?u={story}", "تويتر": f"https://twitter.com/intent/tweet?url={story}",
                  "واتساب": f"https://api.whatsapp.com/send?text={story}"}
        p.add("ui_text", " ".join(link(x, shares[x]) for x in p.rng.sample(sorted(shares), p.rng.randint(2, 4))))
        if p.chance(0.6):
            p.add("related_list", p.pick(("أخبار ذات صلة", "مواضيع ذات صلة")))
            for headline in p.headlines(p.rng.randint(2, 4)):
                p.add("related_list", f"* {link(headline, f'https://{host}/news/{p.rng.randint(1000, 99999)}')}")
    else:
        p.add("ui_text", p.pick(("أعلى الصفحة", "↑ أعلى الصفحة", "العودة إلى الرئيسية")))
    if p.chance(0.4):
        p.add("ui_text" if not lynx else "other", p.pick(("الخبر التالي", "----", "* * *", "المزيد من الأخبار")))
        _more_story(p, dated=lambda x: f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}" if p.chance(0.5) else f"{x.day:02d}/{x.month:02d}/{x.year} - {x.hour:02d}:{x.minute:02d}")
    if not lynx:
        p.add("related_list", p.pick(("آخر الأخبار", "أحدث الأخبار")))
        for _ in range(p.rng.randint(2, 5)):
            hour, minute = _clock(w, -p.rng.randint(10, 600))
            p.add("related_list", f"{hour:02d}:{minute:02d} {p.draw().title}" if p.chance(0.5) else p.draw().title)
        p.add("other", p.pick((f"© {w.year} {site}", f"{site} | النسخة الكاملة | اتصل بنا")))
    else:
        p.add("other", f"© {w.year} {site}. {p.pick(('جميع الحقوق محفوظة', 'All rights reserved'))}")
        p.add("other", p.pick(("References", "Visible links", "الروابط")))
        for k, url in enumerate(urls, 1):
            p.add("other", f"{k}. {url}")
        if p.chance(0.4):
            p.add("other", "Hidden links:", f"{len(urls) + 1}. https://{host}/amp")


LAYOUTS_HELDOUT9: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (gulf_business_paywall, news_aggregator_cluster, levant_ps_sy_outlet, text_only_lite)
}


# ------------------------------------------------------------------ tenth held-out part
# Written after the ninth held-out part had been measured once, blind to the splitter, from site
# families none of the 49 layouts above shows: a government ministry's or cabinet's own media
# centre (accessibility bar, official-site banner, Hijri and Gregorian dates, attachments,
# "was this page useful?"), a UN News / UN agency story page (the "global perspective" masthead,
# language list, topic label, photo credits "© UNICEF/...", audio player, "about UNICEF"), a
# think tank's analysis (on its site, with a summary box, footnote marks and the notes list, or
# as its PDF paper exported to text, with running heads, page numbers and footnotes at the foot
# of each page), and an outlet's e-mail newsletter saved as text (mail headers or the Gmail
# print view, greeting, "in this issue", the lead story, briefs, sponsor, unsubscribe footer).
# Not registered in GOLD_FILES until measured once.

_MINISTRIES = (
    ("وزارة الخارجية", "sa", "الرياض", "www.mofa.gov.sa"),
    ("وزارة الداخلية", "sa", "الرياض", "www.moi.gov.sa"),
    ("مجلس الوزراء - المركز الإعلامي", "eg", "القاهرة", "www.cabinet.gov.eg"),
    ("وزارة الخارجية المصرية", "eg", "القاهرة", "www.mfa.gov.eg"),
    ("وزارة الخارجية والتعاون الدولي", "ae", "أبوظبي", "www.mofaic.gov.ae"),
    ("رئاسة الوزراء", "jo", "عمّان", "www.pm.gov.jo"),
    ("وزارة الخارجية", "qa", "الدوحة", "www.mofa.gov.qa"),
    ("وزارة الإعلام", "kw", "الكويت", "www.media.gov.kw"),
    ("وزارة الخارجية", "om", "مسقط", "www.fm.gov.om"),
)
_GOV_BANNERS = {
    "sa": ("موقع حكومي رسمي تابع لحكومة المملكة العربية السعودية", "كيف تتحقق",
           "روابط المواقع الرسمية السعودية تنتهي بـ gov.sa، وجميع روابط المواقع الرسمية التي تستخدم بروتوكول HTTPS مشفرة."),
    "eg": ("جمهورية مصر العربية", "بوابة الحكومة المصرية", "هذا الموقع هو الموقع الرسمي، وتنتهي عناوين المواقع الحكومية المصرية بـ gov.eg."),
    "ae": ("البوابة الرسمية لحكومة دولة الإمارات العربية المتحدة", "حكومة الإمارات",
           "المواقع الحكومية الرسمية في دولة الإمارات تنتهي بـ gov.ae، تحقق من الرابط قبل إدخال بياناتك."),
    "jo": ("المملكة الأردنية الهاشمية", "الحكومة الإلكترونية", "الموقع الرسمي لرئاسة الوزراء في المملكة الأردنية الهاشمية."),
    "qa": ("دولة قطر", "حكومي", "هذا موقع حكومي رسمي لدولة قطر، وعناوين المواقع الحكومية تنتهي بـ gov.qa."),
    "kw": ("دولة الكويت", "البوابة الرسمية", "الموقع الرسمي لوزارة الإعلام في دولة الكويت."),
    "om": ("سلطنة عُمان", "البوابة الإعلامية", "الموقع الرسمي لوزارة الخارجية في سلطنة عُمان."),
}
_GOV_VISIONS = {"sa": "رؤية 2030", "eg": "رؤية مصر 2030", "ae": "مئوية الإمارات 2071", "jo": "رؤية التحديث الاقتصادي",
                "qa": "رؤية قطر الوطنية 2030", "kw": "كويت جديدة 2035", "om": "رؤية عُمان 2040"}
_GOV_PHONES = {"sa": "الرقم الموحد: 920033333", "eg": "الخط الساخن: 16528", "ae": "مركز الاتصال: 80044444", "jo": "هاتف: 4641211 6 962+",
               "qa": "هاتف: 44334433 974+", "kw": "هاتف: 22415301 965+", "om": "هاتف: 24699500 968+"}
_GOV_ACCESS = ("أدوات سهولة الوصول", "تكبير الخط", "تصغير الخط", "الخط الافتراضي", "تباين الألوان", "تدرج الرمادي", "قارئ الشاشة", "لغة الإشارة")
_GOV_MENU = ("الرئيسية", "عن الوزارة", "الوزير", "الخدمات الإلكترونية", "المركز الإعلامي", "السفارات والقنصليات", "البيانات المفتوحة",
             "المشاركة الإلكترونية", "الأنظمة واللوائح", "تواصل معنا")
_GOV_MEDIA = ("الأخبار", "البيانات الصحفية", "التصريحات", "ألبوم الصور", "مكتبة الفيديو", "الإصدارات", "التقارير السنوية")
_GOV_FILES = ("نص البيان", "البيان المشترك", "كلمة الوزير", "الصور عالية الدقة", "ملخص الاجتماع")


def _has_wire_prefix(paragraph: str) -> bool:
    """Whether a lead already opens with its outlet's place-and-wire prefix ("دبي، ... (CNN)-- "):
    a second prefix is not glued in front of it."""
    return "(CNN)" in paragraph[:90]


def _gov_date(x: When, country: str, form: int) -> str:
    """A ministry page's date: Hijri "الموافق" Gregorian (Gulf sites), numeric, or with the time."""
    hour, half = x.h12
    if form == 0:
        return (f"{_WEEKDAYS[x.weekday]} {_hijri(x)} الموافق {x.day} {_MONTHS_EG[x.month - 1]} {x.year}م" if country in ("sa", "qa", "kw", "om")
                else f"{_WEEKDAYS[x.weekday]}، {x.day} {_MONTHS_EG[x.month - 1]} {x.year}")
    if form == 1:
        return f"تاريخ النشر: {x.day:02d}/{x.month:02d}/{x.year}"
    if form == 2:
        return f"نُشر بتاريخ: {x.day} {_MONTHS_EG[x.month - 1]} {x.year} - {hour:02d}:{x.minute:02d} {half}"
    return f"{x.day:02d}-{x.month:02d}-{x.year}".translate(_INDIC) if country in ("sa", "om") else f"{x.day:02d}-{x.month:02d}-{x.year}"


def ministry_newsroom(p: Page) -> None:
    """A government ministry's or cabinet's own media centre, one news item or press statement
    (Saudi, Egyptian, Emirati, Jordanian, Qatari, Kuwaiti, Omani official sites). Inventory: the
    official-site banner ("موقع حكومي رسمي تابع لحكومة ...", "كيف تتحقق" and its sentence on
    gov.sa addresses), the accessibility bar one tool a line, "English", the e-services and
    login words, the ministry's name and its national-vision badge, the menu, the media
    centre's sub-menu, a "›" / ">" / "/" trail (on some pages ending with the item's own title),
    the item's kind ("بيان صحفي", "خبر", "تصريح"), the date (Hijri "الموافق" Gregorian, numeric,
    "نُشر بتاريخ", Arabic-Indic digits) above or under the title, the views counter, the photo
    album (counter and caption), the lead with its place and date glued on ("الرياض 20 رمضان
    1439هـ الموافق 05 يونيو 2018م - ") on some pages, a caption or the ministry's embedded post
    between paragraphs, the end mark "-انتهى-", attachments (file name, size, "تحميل"), share and
    print words, the page's last-modified stamp, "هل كان محتوى هذه الصفحة مفيداً؟" with yes / no
    and a star rating, related news with dates; on some pages the next item under "الخبر
    التالي" or under nothing but its kind label, with its own date; the footer (unified number,
    policies, the "best viewed" sentence, copyright). One page in ten prints no headline of its
    own: the title is only the trail's last step. The main article is a world or Middle East
    story of the corpus."""
    if not any(k in p.main.id for k in ("-internationalNews-", "-middleEast-")):
        p.main = _draw_where(p, lambda a: "-internationalNews-" in a.id or "-middleEast-" in a.id)
    w = when_of(p.main.published, p.rng)
    ministry, country, city, host = p.pick(_MINISTRIES)
    banner, verify, verify_text = _GOV_BANNERS[country]
    if p.chance(0.7):
        p.add("other", banner)
        if p.chance(0.6):
            p.add("ui_text", verify)
            if p.chance(0.5):
                p.add("other", verify_text)
    if p.chance(0.6):
        _in_order(p, "ui_text", _GOV_ACCESS, p.rng.randint(3, 6))
    p.add("ui_text", *p.rng.sample(("English", "Français", "الخدمات الإلكترونية", "تسجيل الدخول", "خريطة الموقع", "بحث"), p.rng.randint(2, 4)))
    p.add("other", ministry)
    if p.chance(0.5):
        p.add("other", _GOV_VISIONS[country])
    _in_order(p, "other", _GOV_MENU, p.rng.randint(5, len(_GOV_MENU)))
    if p.chance(0.4):
        _in_order(p, "other", _GOV_MEDIA, p.rng.randint(3, 6))
    kind = p.pick(("بيان صحفي", "خبر", "تصريح صحفي", "أخبار الوزارة", "الأخبار"))
    untitled = p.chance(0.1)
    sep = p.pick((" › ", " > ", " / "))
    trail = ["الرئيسية", "المركز الإعلامي", p.pick(("الأخبار", "البيانات الصحفية", "أخبار الوزارة"))]
    if untitled or p.chance(0.3):
        trail.append(p.main.title)
    if p.chance(0.75) or untitled:
        if untitled or p.chance(0.7):
            p.add("other", sep.join(trail))
        else:
            p.add("other", *trail)  # one step a line
    form = p.rng.randrange(4)
    date_above = p.chance(0.35)
    if p.chance(0.6):
        p.add("other", kind)
    if date_above:
        p.add("dateline", _gov_date(w, country, form))
    if not untitled:
        p.add("title", p.main.title)
    if not date_above:
        p.add("dateline", _gov_date(w, country, form))
    if p.chance(0.4):
        p.add("widget", p.pick((f"عدد المشاهدات: {p.rng.randint(80, 25000):,}", f"👁 {p.rng.randint(80, 25000)}", f"{p.rng.randint(80, 25000)} مشاهدة")))
    if p.chance(0.35):
        p.add("ui_text", *p.rng.sample(("طباعة", "إرسال لصديق", "حفظ PDF", "A+", "A-"), p.rng.randint(2, 4)))
    if p.chance(0.45):
        photos = p.rng.randint(2, 12)
        if p.chance(0.5):
            p.add("ui_text", p.pick(("ألبوم الصور", "معرض الصور")))
        p.add("ui_text", f"1 / {photos}" if p.chance(0.5) else f"1 من {photos}")
        p.add("caption", p.pick((caption(p, credit=0.0), f"{caption(p, credit=0.0)} - المصدر: {ministry}",
                                 p.pick(("معالي الوزير خلال اللقاء", "جانب من الاجتماع الوزاري", "جانب من المباحثات الرسمية")))))
    paragraphs = list(p.main.paragraphs)
    if p.chance(0.4) and not _has_wire_prefix(paragraphs[0]):
        gregorian = f"{w.day:02d} {_MONTHS_EG[w.month - 1]} {w.year}م"
        paragraphs[0] = p.pick((f"{city} {_hijri(w)} الموافق {gregorian} - ", f"{city} في {w.day} {_MONTHS_EG[w.month - 1]} {w.year}: ",
                                f"{city}، {gregorian} — ")) + paragraphs[0]
    spot = p.rng.randint(0, len(paragraphs) - 2) if p.chance(0.4) else -1
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index == spot:
            if p.chance(0.6):
                p.add("caption", caption(p, credit=0.3))
            else:
                tweet(p, w)
    if p.chance(0.5):
        p.add("other", p.pick(("-انتهى-", "- انتهى -", "ـــــــــــ", "انتهى")))
    if p.chance(0.4):
        p.add("ui_text", p.pick(("المرفقات", "الملفات المرفقة")))
        for name in p.rng.sample(_GOV_FILES, p.rng.randint(1, 2)):
            p.add("other", f"{name} ({p.pick(('PDF', 'DOCX', 'ZIP'))} - {p.rng.randint(90, 4800)} KB)")
            p.add("ui_text", p.pick(("تحميل", "تنزيل")))
    share = p.rng.sample(("X", "فيسبوك", "لينكد إن", "واتساب", "البريد الإلكتروني", "نسخ الرابط"), p.rng.randint(2, 5))
    if p.chance(0.5):
        p.add("ui_text", "مشاركة", *share)
    else:
        p.add("ui_text", "شارك: " + " | ".join(share))
    if p.chance(0.55):
        later = p.rng.randint(10, 4000)
        h, m = _clock(w, later)
        p.add("widget", p.pick((f"آخر تعديل: {w.day:02d}/{w.month:02d}/{w.year} - {h:02d}:{m:02d}", f"تاريخ آخر تحديث للصفحة: {w.day:02d}/{w.month:02d}/{w.year}",
                                f"Last modified: {w.day:02d}/{w.month:02d}/{w.year}")))
    if p.chance(0.6):
        p.add("other", p.pick(("هل كان محتوى هذه الصفحة مفيداً؟", "هل وجدت ما تبحث عنه؟", "هل كانت هذه الصفحة مفيدة؟")))
        p.add("ui_text", "نعم", "لا")
        if p.chance(0.5):
            p.add("widget", f"تقييم الصفحة: {p.rng.randint(3, 5)}/5 ({p.rng.randint(2, 140)} صوت)")
    if p.chance(0.35):
        if p.chance(0.6):
            p.add("ui_text", p.pick(("الخبر التالي", "التالي", "البيان التالي")))
        else:
            p.add("other", kind)
        ncity = city
        _more_story(p, dated=lambda x: _gov_date(x, country, form),
                    lead=(lambda x: f"{ncity} في {x.day} {_MONTHS_EG[x.month - 1]} {x.year}: ") if p.chance(0.4) else None,
                    after=lambda x: [("other", "-انتهى-")] if p.chance(0.4) else [])
    p.add("related_list", p.pick(("أخبار ذات صلة", "أخبار أخرى", "المزيد من الأخبار", "آخر الأخبار")))
    for _ in range(p.rng.randint(2, 5)):
        other = p.draw()
        x = when_of(other.published, p.rng)
        p.add("related_list", other.title)
        if p.chance(0.6):
            p.add("related_list", f"{x.day:02d}/{x.month:02d}/{x.year}" if p.chance(0.5) else f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}")
    if p.chance(0.5):
        p.add("other", _GOV_PHONES[country])
    p.add("other", *p.rng.sample(("سياسة الخصوصية", "شروط الاستخدام", "إمكانية الوصول", "الأسئلة الشائعة", "خريطة الموقع", "اتصل بنا"), p.rng.randint(2, 5)))
    if p.chance(0.4):
        p.add("other", p.pick(("يفضل تصفح الموقع باستخدام أحدث إصدار من متصفحات كروم أو فايرفوكس أو سفاري وبدقة عرض 1366×768.",
                               "أفضل عرض للموقع بدقة 1024×768 باستخدام المتصفحات الحديثة.")))
    p.add("other", p.pick((f"جميع الحقوق محفوظة © {w.year} {ministry}", f"© {w.year} {ministry} - {host}", f"جميع الحقوق محفوظة لـ{ministry} {w.year}")))


_UN_LANGUAGES = ("English", "Français", "Español", "中文", "Русский", "Kiswahili", "Português", "हिन्दी", "اردو", "বাংলা", "Bahasa Indonesia")
_UN_MENU = ("الصفحة الرئيسية", "المواضيع", "المناطق", "الأمين العام", "مقابلات", "قصص", "صوت وصورة", "التغطيات الخاصة", "الموقع الإذاعي")
_UN_TOPICS = ("السلم والأمن", "المساعدات الإنسانية", "الصحة", "حقوق الإنسان", "المهاجرون واللاجئون", "التنمية الاقتصادية", "المناخ والبيئة",
              "قانون ومنع الجريمة", "المرأة", "الثقافة والتعليم", "أهداف التنمية المستدامة")
_UN_COUNTRIES = ("سوريا", "اليمن", "العراق", "ليبيا", "السودان", "لبنان", "الأردن", "فلسطين", "مصر", "الصومال", "أفغانستان", "ميانمار")
_UN_PHOTOGRAPHERS = ("Ahmad Baroudi", "Giles Clarke", "Loey Felipe", "Mark Garten", "Manuel Elías", "Eskinder Debebe", "Alessandro Pavone",
                     "Olga Sarrado", "Jean-Marc Ferré")
_UN_AGENCIES = (
    ("اليونيسف", "لكل طفل", "UNICEF", "يونيسف", ("تعمل اليونيسف في بعض أصعب الأماكن في العالم للوصول إلى الأطفال الأكثر حرماناً. "
     "وفي أكثر من 190 بلداً وإقليماً، نعمل لأجل كل طفل، في كل مكان، لبناء عالم أفضل للجميع."), "www.unicef.org/mena/ar"),
    ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "مفوضية اللاجئين", "UNHCR", "المفوضية", ("تعمل المفوضية على حماية اللاجئين والنازحين "
     "وعديمي الجنسية وتقديم المساعدة لهم والبحث عن حلول دائمة لأوضاعهم في أكثر من 130 بلداً."), "www.unhcr.org/ar"),
    ("منظمة الصحة العالمية - المكتب الإقليمي لشرق المتوسط", "الصحة للجميع وبالجميع", "WHO", "المنظمة", ("منظمة الصحة العالمية هي "
     "السلطة التوجيهية والتنسيقية ضمن منظومة الأمم المتحدة فيما يخص المجال الصحي."), "www.emro.who.int/ar"),
    ("برنامج الأغذية العالمي", "إنقاذ الأرواح وتغيير الحياة", "WFP", "البرنامج", ("برنامج الأغذية العالمي هو أكبر منظمة إنسانية في العالم، "
     "يعمل على إنقاذ الأرواح في حالات الطوارئ ويستخدم المساعدات الغذائية لبناء طريق نحو السلام والاستقرار والازدهار."), "ar.wfp.org"),
    ("برنامج الأمم المتحدة الإنمائي", "الدول العربية", "UNDP", "البرنامج", ("يعمل برنامج الأمم المتحدة الإنمائي في نحو 170 بلداً وإقليماً "
     "للمساعدة على القضاء على الفقر والحد من أوجه عدم المساواة وبناء القدرة على الصمود."), "www.undp.org/ar/arab-states"),
)
_UN_CITIES = ("عمّان", "جنيف", "نيويورك", "بيروت", "القاهرة", "دمشق", "صنعاء", "بغداد", "الخرطوم")
_UN_CONTACTS = (("جولييت توما", "المكتب الإقليمي للشرق الأوسط وشمال أفريقيا"), ("سلوى موسى", "مسؤولة الاتصال"),
                ("Tarik Jasarevic", "Communications Officer"), ("ريم ندا", "المتحدثة الإقليمية"), ("Joyce Mbaya", "Media Officer"))


def _un_date(x: When, style: int) -> str:
    if style == 0:
        return f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}"
    if style == 1:
        return f"\u200f{x.day} {_MONTHS_EG[x.month - 1]} {x.year}\u200f".translate(_INDIC)  # with the direction marks UN News prints
    return f"{x.day} {_MONTHS_LEV[x.month - 1]}/{_MONTHS_EG[x.month - 1]} {x.year}"


def un_news_story(p: Page) -> None:
    """A UN News story (أخبار الأمم المتحدة, news.un.org/ar) or a UN agency's press release on its
    own site (UNICEF, UNHCR, WHO's Eastern Mediterranean office, WFP, UNDP); the main article a
    world or Middle East story of the corpus.
    UN News inventory: the skip link, "الأمم المتحدة", "أخبار الأمم المتحدة" and its motto "منظور
    عالمي قصص إنسانية", the language list one a line (English, Français, 中文, Русский ...), the
    search word, the menu; the title with the date under it (plain, Arabic-Indic with direction
    marks, or "حزيران/يونيو") and the topic label above or under them; the audio player's
    words and duration; the photo's caption and its credit on a line of its own ("© UNICEF/Name",
    "صور الأمم المتحدة/Name", "UN Photo/Name"); the text with a pull quote in «» (the text's own
    words), a second captioned photo or an embedded post between paragraphs; "روابط ذات صلة"
    (the agencies' pages), "تغطية ذات صلة" headlines with dates, topics and countries as tags,
    the newsletter box, follow words, the UN footer; on some pages the next story under "المزيد
    من topic" with its own date.
    Agency inventory: the agency's name and motto, its menu with a "تبرّع الآن" button, "بيان
    صحفي", the title, "متاح بـ" languages, the date; the lead with "city، date –" glued on;
    a captioned photo with "© UNICEF/..." credit; "###", "نبذة عن <agency>" with its boilerplate
    sentence and address (furniture written like body text), the media contacts one item a
    line, "المزيد من البيانات الصحفية" with headlines and dates, the footer; on some pages the
    next release whole under that cue."""
    if not any(k in p.main.id for k in ("-internationalNews-", "-middleEast-")):
        p.main = _draw_where(p, lambda a: "-internationalNews-" in a.id or "-middleEast-" in a.id)
    w = when_of(p.main.published, p.rng)
    topic = p.pick(_UN_TOPICS)
    style = p.rng.randrange(3)

    def credit_line(org: str) -> str:
        who = p.pick(_UN_PHOTOGRAPHERS)
        return p.pick((f"© {org}/{who}", f"صور الأمم المتحدة/{who}", f"UN Photo/{who}", f"© {org}/{who}/{w.year}"))

    def photo(org: str) -> None:
        p.add("caption", p.pick((caption(p, credit=0.0), f"{caption(p, credit=0.0)} في {p.pick(_UN_COUNTRIES)}",
                                 f"أطفال في مخيم للنازحين في {p.pick(_UN_COUNTRIES)}", f"عاملون في المجال الإنساني يوزعون المساعدات في {p.pick(_UN_COUNTRIES)}")))
        if p.chance(0.85):
            p.add("caption", credit_line(org))

    if p.chance(0.65):
        if p.chance(0.55):
            p.add("ui_text", p.pick(("تخطي إلى المحتوى الرئيسي", "Skip to main content")))
        p.add("other", "الأمم المتحدة" if p.chance(0.5) else "الأمم المتحدة United Nations")
        p.add("other", "أخبار الأمم المتحدة")
        if p.chance(0.7):
            p.add("other", "منظور عالمي قصص إنسانية")
        if p.chance(0.5):
            _in_order(p, "ui_text", _UN_LANGUAGES, p.rng.randint(4, len(_UN_LANGUAGES)))
        p.add("ui_text", p.pick(("بحث", "ابحث")))
        _in_order(p, "other", _UN_MENU, p.rng.randint(4, len(_UN_MENU)))
        topic_first = p.chance(0.4)
        if topic_first:
            p.add("other", topic)
        p.add("title", p.main.title)
        p.add("dateline", _un_date(w, style))
        if not topic_first and p.chance(0.8):
            p.add("other", topic)
        if p.chance(0.35):
            p.add("ui_text", p.pick(("استمع", "▶ استمع")), f"{p.rng.randint(0, 4):02d}:{p.rng.randint(10, 59)}", p.pick(("تنزيل", "تحميل")))
        if p.chance(0.7):
            photo(p.pick(("UNICEF", "UNHCR", "WFP", "UNRWA", "OCHA")))
        paragraphs = list(p.main.paragraphs)
        quote = p.rng.randint(0, len(paragraphs) - 2) if p.chance(0.35) else -1
        long_ones = [paragraph for paragraph in paragraphs if len(paragraph.split()) >= 20]  # a quote shorter than its paragraph
        inner = p.rng.randint(0, len(paragraphs) - 2) if p.chance(0.4) else -1
        for index, paragraph in enumerate(paragraphs):
            p.add("body", paragraph)
            if index == quote and long_ones:
                p.add("other", f"«{_pull_quote(p.pick(long_ones))}»")
            if index == inner:
                if p.chance(0.7):
                    photo(p.pick(("UNICEF", "UNHCR", "WFP", "UNFPA")))
                else:
                    tweet(p, w)
        if p.chance(0.45):
            p.add("related_list", p.pick(("روابط ذات صلة", "روابط مفيدة")))
            one_per_line(p, "related_list", ("مكتب تنسيق الشؤون الإنسانية (أوتشا)", "منظمة الأمم المتحدة للطفولة (اليونيسف)",
                                             "مفوضية الأمم المتحدة لشؤون اللاجئين", "مجلس الأمن", "مجلس حقوق الإنسان", "برنامج الأغذية العالمي"),
                         p.rng.randint(1, 3))
        if p.chance(0.35):
            p.add("ui_text", p.pick((f"المزيد من {topic}", "قصص أخرى", "التالي")))
            _more_story(p, dated=lambda x: _un_date(x, style),
                        between=lambda x: [("other", topic)] if p.chance(0.4) else [],
                        under=lambda x: [("caption", p.pick(_CAPTIONS)), ("caption", credit_line("UNICEF"))] if p.chance(0.4) else [])
        p.add("related_list", p.pick(("تغطية ذات صلة", "قصص ذات صلة", "أخبار ذات صلة")))
        for _ in range(p.rng.randint(2, 4)):
            other = p.draw()
            p.add("related_list", other.title)
            if p.chance(0.7):
                p.add("related_list", _un_date(when_of(other.published, p.rng), style))
        if p.chance(0.7):
            tags = [topic, *p.rng.sample(_UN_COUNTRIES, p.rng.randint(1, 3))]
            if p.chance(0.5):
                p.add("tags", p.pick(("المواضيع", "الموضوعات")), *tags)
            else:
                p.add("tags", "المواضيع: " + "، ".join(tags))
        if p.chance(0.5):
            p.add("other", p.pick(("اشترك في النشرة الإخبارية لأخبار الأمم المتحدة", "النشرة البريدية")))
            p.add("ui_text", "البريد الإلكتروني", "اشترك")
        if p.chance(0.6):
            p.add("ui_text", "تابعونا", *p.rng.sample(("X", "فيسبوك", "إنستغرام", "يوتيوب", "ساوند كلاود", "RSS"), p.rng.randint(2, 4)))
        p.add("other", *p.rng.sample(("الأمم المتحدة", "حقوق التأليف والنشر", "الخصوصية", "الإشعارات", "الاحتيال", "أسئلة متكررة", "اتصل بنا"),
                                     p.rng.randint(3, 6)))
        return

    name, motto, org, short_name, about, site = p.pick(_UN_AGENCIES)
    city = p.pick(_UN_CITIES)
    p.add("other", name)
    if p.chance(0.6):
        p.add("other", motto)
    _in_order(p, "other", ("ما نقوم به", "أين نعمل", "البحوث والتقارير", "القصص", "غرفة الأخبار", "انضم إلينا"), p.rng.randint(3, 6))
    p.add("ui_text", p.pick(("تبرّع الآن", "تبرع", "Donate")))
    if p.chance(0.5):
        p.add("other", p.pick(("غرفة الأخبار", "الأخبار والبيانات")) + p.pick((" / بيانات صحفية", "")))
    p.add("other", p.pick(("بيان صحفي", "بيان صحفي مشترك", "أخبار")))
    p.add("title", p.main.title)
    if p.chance(0.4):
        p.add("ui_text", p.pick(("متاح بـ: English | Français", "Available in: English", "متاح بـ: English")))
    p.add("dateline", _un_date(w, style) if p.chance(0.7) else f"{w.day:02d} {_MONTHS_EG[w.month - 1]} {w.year}")
    if p.chance(0.6):
        photo(org)
    paragraphs = list(p.main.paragraphs)
    if p.chance(0.75) and not _has_wire_prefix(paragraphs[0]):
        paragraphs[0] = f"{city}، {_un_date(w, 2 if style == 2 else 0)} – " + paragraphs[0]
    inner = p.rng.randint(0, len(paragraphs) - 2) if p.chance(0.35) else -1
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index == inner:
            photo(org)
    p.add("other", p.pick(("###", "#####", "-انتهى-")))
    p.add("other", p.pick((f"نبذة عن {short_name if p.chance(0.4) else name}", f"حول {name}")), about)
    if p.chance(0.6):
        p.add("other", p.pick((f"لمزيد من المعلومات حول {name} وعملها، يرجى زيارة: {site}", site)))
    if p.chance(0.75):
        p.add("other", p.pick(("للمزيد من المعلومات، يرجى التواصل مع:", "جهات الاتصال الإعلامية", "Media contacts")))
        for person, role in p.rng.sample(_UN_CONTACTS, p.rng.randint(1, 2)):
            handle = person.split()[0].lower() if person.isascii() else "media"
            p.add("other", person, f"{role}، {name}" if p.chance(0.5) else role,
                  f"هاتف: {p.pick(('+962', '+41', '+1 212', '+961', '+20'))} {p.rng.randint(100, 999)} {p.rng.randint(1000, 9999)}",
                  f"{handle}@{org.lower()}.org")
    if p.chance(0.4):
        p.add("ui_text", p.pick(("تحميل الصور والفيديو", "الوسائط المتعددة", "مواد إعلامية")))
    cue = p.pick(("المزيد من البيانات الصحفية", "أحدث الأخبار", "بيانات صحفية أخرى"))
    if p.chance(0.3):
        p.add("read_also", cue)
        ncity = p.pick(_UN_CITIES)
        _more_story(p, dated=lambda x: _un_date(x, style), lead=lambda x: f"{ncity}، {_un_date(x, 2 if style == 2 else 0)} – ",
                    after=lambda x: [("other", "###")] if p.chance(0.6) else [])
    else:
        p.add("related_list", cue)
        for _ in range(p.rng.randint(2, 4)):
            other = p.draw()
            p.add("related_list", other.title, _un_date(when_of(other.published, p.rng), style))
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("X", "فيسبوك", "إنستغرام", "يوتيوب", "لينكد إن"), p.rng.randint(2, 4)))
    p.add("other", p.pick((f"© {org} {w.year}", f"جميع الحقوق محفوظة © {name} {w.year}", f"{name} | سياسة الخصوصية | شروط الاستخدام")))


_THINK_TANKS = (
    ("مركز الجزيرة للدراسات", "studies.aljazeera.net", ("تقارير", "تقدير موقف", "تحليلات", "دراسات", "كتب", "مجلة لباب", "ندوات", "English"),
     ("تقدير موقف", "تقارير", "تحليلات"), "الدوحة - قطر"),
    ("مركز مالكوم كير–كارنيغي للشرق الأوسط", "carnegie-mec.org", ("الأبحاث", "الخبراء", "المنشورات", "صدى", "ديوان", "الفعاليات", "عن المركز", "English"),
     ("مقال", "تعليق", "ديوان", "تحليل"), "بيروت - لبنان"),
    ("معهد واشنطن لسياسة الشرق الأدنى", "washingtoninstitute.org/ar", ("التحليلات", "المناطق", "المواضيع", "منتدى فكرة", "الخبراء", "الفعاليات", "English"),
     ("تحليل موجز", "منتدى فكرة", "المرصد السياسي"), "واشنطن"),
    ("المركز العربي للأبحاث ودراسة السياسات", "dohainstitute.org", ("الأبحاث", "تقدير موقف", "تقييم حالة", "المؤشر العربي", "الإصدارات", "الفعاليات", "English"),
     ("تقدير موقف", "تقييم حالة", "تحليل سياسات"), "الدوحة - قطر"),
    ("مركز الإمارات للسياسات", "epc.ae", ("الأبحاث", "التقديرات", "التقارير", "البرامج", "الفعاليات", "عن المركز", "English"),
     ("تقدير موقف", "ورقة سياسات", "تحليل"), "أبوظبي - الإمارات العربية المتحدة"),
    ("مركز الأهرام للدراسات السياسية والاستراتيجية", "acpss.ahram.org.eg", ("الرئيسية", "تحليلات", "دراسات", "الإصدارات", "الخبراء", "عن المركز"),
     ("تحليلات", "قضايا", "تقديرات"), "القاهرة - مصر"),
)
_TT_EXPERTS = (("د. سامي الحسيني", "باحث غير مقيم في المركز"), ("هبة الطحان", "زميلة أبحاث في برنامج الشرق الأوسط"),
               ("د. ماجد العنزي", "أستاذ العلوم السياسية وباحث مشارك"), ("Michael Young", "رئيس تحرير مدونة «ديوان»"),
               ("ليلى بن علي", "باحثة في الشؤون الأمنية والاستراتيجية"), ("د. كريم مروة", "مدير وحدة الدراسات السياسية"),
               ("Dana Stroul", "زميلة أولى"), ("عمر الكيلاني", "محلل سياسات في برنامج الخليج"))
_TT_OUTLETS = ("رويترز", "وكالة الصحافة الفرنسية", "سكاي نيوز عربية", "بي بي سي عربي", "العربية.نت", "الشرق الأوسط", "The New York Times",
               "The Guardian", "Financial Times", "فرانس 24")
_TT_DISCLAIMERS = (
    "الآراء الواردة في هذا المقال تعبّر عن آراء كاتبه ولا تعكس بالضرورة مواقف المركز.",
    ("لا تتخذ مؤسسة كارنيغي مواقف مؤسسية من قضايا السياسات العامة؛ تعبّر الآراء المذكورة في هذه الدراسة عن آراء كاتبها ولا تعكس "
     "بالضرورة آراء المؤسسة، أو فريق عملها، أو مجلس الأمناء فيها."),
    "جميع الآراء الواردة في هذا التحليل هي آراء الكاتب ولا تعبر بالضرورة عن وجهة نظر المعهد أو مجلس أمنائه.",
    "يعبّر هذا التقدير عن رأي كاتبه، وهو جزء من سلسلة تقديرات الموقف التي يصدرها المركز لمتابعة التطورات الإقليمية.",
)


def _footnote(p: Page, number: int, mark: str) -> str:
    """A note of the notes list: a news report's headline, outlet and date, sometimes a link."""
    other = p.draw()
    x = when_of(other.published, p.rng)
    note = f"«{other.title}»، {p.pick(_TT_OUTLETS)}، {x.day} {_MONTHS_EG[x.month - 1]} {x.year}"
    if p.chance(0.35):
        note += f"، https://{p.pick(('www.reuters.com/article', 'www.bbc.com/arabic', 'arabic.cnn.com/world', 'www.france24.com/ar'))}/{p.rng.randint(10000, 99999)}"
    return mark.format(number) + " " + note + "."


def think_tank_analysis(p: Page) -> None:
    """A think tank's analysis of a news event (Al Jazeera Centre for Studies, Carnegie Middle East
    Center, the Washington Institute's Arabic pages, the Arab Center / Doha Institute, Emirates
    Policy Center, Al-Ahram Center), on its site or as its PDF paper exported to text; the main
    article a world or Middle East story of the corpus.
    Web inventory: the centre's name, menu and search words, the series or kind label ("تقدير
    موقف", "تحليل موجز", "ديوان"), the title, one or two writers with their roles, the date
    ("5 يونيو 2018", "حزيران/يونيو 05، 2018"), the "download PDF / print / share" words, a
    "ملخص" box of the text's first sentences cut short, the text with footnote marks glued to
    some paragraphs ("[2]", "(2)"), a figure caption with its source between paragraphs, "read
    in English", "الهوامش" / "المراجع" with one note a line (headline, outlet, date, link), the
    centre's disclaimer in a full sentence, the author box (name and a bio sentence), topics and
    regions as tags, related research (kind, headline, date), the newsletter box, the footer; on
    some pages the next paper of the same file whole under "ضمن ملف" / "التالي في هذه السلسلة".
    PDF inventory: the cover (centre, kind, unit, the title, writer, date; on a few covers the
    title was an image and is lost), the rights sentence and the centre's address, the
    summary; the text wrapped at the page's width or a paragraph a line, footnote marks in it,
    and at each page break the notes of that page, the page number and the running head (the
    centre and the kind, or the title again); "نبذة عن الكاتب" and the bio at the end."""
    if not any(k in p.main.id for k in ("-internationalNews-", "-middleEast-")):
        p.main = _draw_where(p, lambda a: "-internationalNews-" in a.id or "-middleEast-" in a.id)
    w = when_of(p.main.published, p.rng)
    centre, host, menu, kinds, address = p.pick(_THINK_TANKS)
    kind = p.pick(kinds)
    writers = p.rng.sample(_TT_EXPERTS, 2 if p.chance(0.2) else 1)
    paragraphs = list(p.main.paragraphs)
    mark = p.pick(("[{}]", "({})", "{}"))
    marked = sorted(p.rng.sample(range(len(paragraphs)), min(len(paragraphs), p.rng.randint(1, 3))))
    for number, index in enumerate(marked, 1):
        glued = mark.format(number) if mark != "{}" else f"({number})"
        paragraphs[index] = paragraphs[index] + glued
    date_text = p.pick((f"{w.day} {_MONTHS_EG[w.month - 1]} {w.year}", f"{_MONTHS_LEV[w.month - 1]}/{_MONTHS_EG[w.month - 1]} {w.day:02d}، {w.year}",
                        f"{_WEEKDAYS[w.weekday]} {w.day} {_MONTHS_EG[w.month - 1]} {w.year}", f"{w.day:02d}/{w.month:02d}/{w.year}"))

    def summary() -> None:
        p.add("other", p.pick(("ملخص", "مقدمة الملخص", "الملخص التنفيذي", "ملخص:")))
        for paragraph in [q for q in paragraphs if len(q.split()) >= 10][: p.rng.randint(1, 2)]:
            words = paragraph.split()  # cut short, so no summary line is a whole paragraph
            p.add("other", " ".join(words[: min(len(words) - 3, p.rng.randint(12, 24))]) + "...")

    if p.chance(0.35):  # the PDF paper as text
        width = p.rng.randint(70, 110) if p.chance(0.6) else 0
        untitled = p.chance(0.12)
        p.add("other", centre)
        p.add("other", kind)
        if p.chance(0.5):
            p.add("other", p.pick(("وحدة الدراسات السياسية", "برنامج الشرق الأوسط", "وحدة تحليل السياسات", "سلسلة أوراق السياسات")))
        if not untitled:
            p.add("title", p.main.title)
        p.add("source_credit", *[name for name, _ in writers])
        p.add("dateline", p.pick((date_text, f"{_MONTHS_EG[w.month - 1]} {w.year}")))
        p.add("other", p.pick(("جميع الحقوق محفوظة للمركز. لا يجوز نقل أي جزء من هذه الورقة أو إعادة نشره بأي وسيلة دون إذن مسبق.",
                               f"© {w.year} {centre}. جميع الحقوق محفوظة.")))
        if p.chance(0.6):
            p.add("other", address, f"www.{host}" if not host.startswith("www") else host)
        if p.chance(0.5):
            summary()
        page_no = 1
        per_page = p.rng.randint(2, 4)
        notes = 0
        head_is_title = p.chance(0.35) and not untitled
        number_form = p.pick(("{}", "- {} -", "صفحة {}", "{} | " + host))
        running_head = p.pick((f"{centre} | {kind}", kind, centre))

        def page_break(last: int) -> None:
            """The notes of the paragraphs up to ``last``, the page number, the next page's head."""
            nonlocal page_no, notes
            while notes < len(marked) and marked[notes] <= last:
                notes += 1
                p.add("source_credit", _footnote(p, notes, "{}" if mark == "{}" else mark))
            page_no += 1
            p.add("other", number_form.format(page_no - 1))
            if head_is_title:
                p.add("duplicated_headline", p.main.title)
            else:
                p.add("other", running_head)

        for index, paragraph in enumerate(paragraphs):
            p.add("body", *(wrap_in_column(paragraph, width) if width else [paragraph]))
            if index % per_page == per_page - 1 and index < len(paragraphs) - 1:
                page_break(index)
        while notes < len(marked):
            notes += 1
            p.add("source_credit", _footnote(p, notes, "{}" if mark == "{}" else mark))
        if p.chance(0.7):
            name, bio = writers[0]
            p.add("source_credit", p.pick(("نبذة عن الكاتب", "عن الكاتب")), name, bio)
        p.add("other", number_form.format(page_no))
        return

    p.add("other", centre)
    _in_order(p, "other", menu, p.rng.randint(4, len(menu)))
    p.add("ui_text", p.pick(("بحث", "ابحث في الموقع")))
    if p.chance(0.4):
        p.add("other", p.pick(("برنامج الشرق الأوسط", "الخليج والجزيرة العربية", "المشرق العربي", "الأمن والدفاع", "السياسة الخارجية")))
    p.add("other", kind)
    p.add("title", p.main.title)
    if len(writers) == 2 and p.chance(0.5):
        p.add("source_credit", f"{writers[0][0]}، {writers[1][0]}")
    else:
        for name, role in writers:
            p.add("source_credit", name)
            if p.chance(0.6):
                p.add("source_credit", role)
    p.add("dateline", date_text)
    if p.chance(0.6):
        p.add("ui_text", *p.rng.sample(("تنزيل PDF", "طباعة", "مشاركة", "النص الكامل (PDF)", "X", "فيسبوك", "لينكد إن"), p.rng.randint(2, 4)))
    if p.chance(0.3):
        p.add("ui_text", p.pick(("Read in English", "اقرأ بالإنجليزية", "English")))
    if p.chance(0.45):
        summary()
    figure = p.rng.randint(0, len(paragraphs) - 2) if p.chance(0.3) else -1
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index == figure:
            p.add("caption", f"{p.pick(('الشكل (1):', 'شكل 1 -', 'الرسم البياني:'))} {caption(p, credit=0.0)}")
            if p.chance(0.7):
                p.add("caption", f"المصدر: {p.pick(_TT_OUTLETS)}")
    if p.chance(0.2):
        p.add("other", p.pick(("هذه المقالة مترجمة من الإنكليزية.", "نُشرت هذه المادة بالإنجليزية أولاً، وترجمها فريق المركز.")))
    p.add("source_credit", p.pick(("الهوامش", "المراجع", "الإحالات", "المصادر")))
    for number in range(1, len(marked) + 1):
        p.add("source_credit", _footnote(p, number, mark if mark != "{}" else "({})"))
    if p.chance(0.7):
        p.add("other", p.pick(_TT_DISCLAIMERS))
    if p.chance(0.6):
        name, bio = writers[0]
        p.add("source_credit", p.pick(("عن الكاتب", "نبذة عن الكاتب", "الكاتب")), name, bio)
    if p.chance(0.6):
        regions = p.rng.sample(("الشرق الأوسط", "الخليج", "سوريا", "العراق", "إيران", "مصر", "ليبيا", "تركيا", "الولايات المتحدة"), 2)
        topics = p.rng.sample(("الأمن", "السياسة الخارجية", "الاقتصاد السياسي", "النزاعات", "الطاقة", "الحوكمة"), 2)
        if p.chance(0.5):
            p.add("tags", "المناطق: " + "، ".join(regions), "المواضيع: " + "، ".join(topics))
        else:
            p.add("tags", *regions, *topics)
    if p.chance(0.3):
        p.add("read_also", p.pick((f"ضمن ملف: {p.draw().title}", "التالي في هذه السلسلة", "ضمن الملف نفسه")))
        other_writer = p.pick(_TT_EXPERTS)[0]
        _more_story(p, dated=lambda x: f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}",
                    between=lambda x: [("source_credit", other_writer)],
                    after=lambda x: [("other", p.pick(_TT_DISCLAIMERS))] if p.chance(0.5) else [])
    p.add("related_list", p.pick(("أبحاث ذات صلة", "قد يهمك أيضاً", "المزيد من هذا الكاتب", "منشورات ذات صلة")))
    for _ in range(p.rng.randint(2, 4)):
        other = p.draw()
        x = when_of(other.published, p.rng)
        if p.chance(0.5):
            p.add("related_list", p.pick(kinds))
        p.add("related_list", other.title)
        if p.chance(0.6):
            p.add("related_list", f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}")
    if p.chance(0.5):
        p.add("other", p.pick(("اشترك في نشرتنا الإلكترونية", "احصل على أحدث الإصدارات في بريدك")))
        p.add("ui_text", "البريد الإلكتروني", "اشترك")
    p.add("other", p.pick((f"© {w.year} {centre}. جميع الحقوق محفوظة.", f"جميع الحقوق محفوظة {centre} {w.year}")))
    if p.chance(0.4):
        p.add("other", address)


_NEWSLETTERS = (
    ("نشرة الصباح", "سكاي نيوز عربية", "newsletter@skynewsarabia.com"),
    ("موجز الشرق الأوسط", "الشرق الأوسط", "newsletters@aawsat.com"),
    ("النشرة اليومية", "العربية.نت", "no-reply@alarabiya.net"),
    ("نشرة بي بي سي عربي", "بي بي سي عربي", "newsletters@bbc.co.uk"),
    ("مختارات المساء", "فرانس 24", "newsletter@france24.com"),
    ("عالم اليوم", "CNN بالعربية", "cnnarabic@mail.cnn.com"),
    ("صباحك مع منشور", "منشور", "hello@manshoor.com"),
)
_DAYS_EN_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_READERS = (("Ahmed Salem", "ahmed.salem84@gmail.com"), ("مريم الحسن", "mariam.h@outlook.com"), ("Omar Khaled", "omar.k@yahoo.com"),
            ("سارة محمود", "sara.mahmoud@gmail.com"), ("Hussein Kadhim", "h.kadhim@hotmail.com"))
_NL_SECTIONS = ("🌍 العالم", "🏛 سياسة", "💰 اقتصاد", "⚽ رياضة", "🔬 علوم وتكنولوجيا", "🎭 ثقافة وفن", "📍 الشرق الأوسط")
_NL_SPONSORS = (
    ("برعاية", "طيران الإمارات: سافر إلى أكثر من 150 وجهة حول العالم واحصل على أميال إضافية عند الحجز المبكر هذا الشهر."),
    ("محتوى إعلاني", "افتح حساب توفير رقمي في دقائق واستمتع بعائد تنافسي دون رسوم شهرية. الشروط والأحكام تنطبق."),
    ("بالشراكة مع", "تعلّم لغة جديدة في 15 دقيقة يومياً مع دروس تفاعلية مصممة لجدولك المزدحم، وجرّب الأسبوع الأول مجاناً."),
)


def email_newsletter_digest(p: Page) -> None:
    """An outlet's e-mail newsletter saved as text (Sky News Arabia's morning brief, Asharq
    Al-Awsat's digest, BBC Arabic's newsletter ...). Inventory: the mail's head, as a mail
    client prints it ("من: / إلى: / التاريخ: / الموضوع:" or "From: / Sent: / To: / Subject:"; the
    subject is the newsletter's name with the lead story's headline) or as Gmail's print view
    ("Gmail", the reader's address, the subject, "1 message", the sender and the time), or
    nothing when saved from "view in browser"; the preheader sentence, "عرض في المتصفح", the
    logo's alt text, the issue's name and date, the greeting and the editor's note in full
    sentences, "في عدد اليوم" with the issue's headlines one a line (the lead story's among
    them); a section head ("📌 القصة الرئيسية"), the lead story's title (missing on a few pages:
    the story starts under the section head, and the subject does not name it; no story has a
    date of its own, the issue's date is in the head), a byline, a photo caption, the text whole or cut
    after a paragraph or two with "أكمل القراءة على موقعنا"; a sponsor box (label, an
    advertiser's sentence, "اعرف المزيد"); a weather or markets widget; "باختصار": briefs, each
    an emoji'd headline, its lead sentence and "اقرأ المزيد"; on half the pages a second story
    given whole under its own section head ("🌍 العالم") or under nothing; the share and
    subscribe prompts, follow words, "you received this because ..." in a full sentence,
    unsubscribe and preferences words, the publisher's address."""
    w = when_of(p.main.published, p.rng)
    name, brand, sender = p.pick(_NEWSLETTERS)
    reader, address = p.pick(_READERS)
    sent = _clock(w, -p.rng.randint(30, 300))
    untitled = p.chance(0.1)  # the lead story starts under its section head, and the subject does not name it
    subject_title = p.chance(0.7) and not untitled
    subject = f"{name}: {p.main.title}" if subject_title else f"{name} | {_WEEKDAYS[w.weekday]} {w.day} {_MONTHS_EG[w.month - 1]}"
    subject_label = "duplicated_headline" if subject_title else "other"
    head = p.rng.randrange(4)
    if head == 0:
        p.add("other", f"من: {brand} <{sender}>", f"إلى: {address}")
        p.add("widget", f"التاريخ: {_WEEKDAYS[w.weekday]}، {w.day} {_MONTHS_EG[w.month - 1]} {w.year} {sent[0]:02d}:{sent[1]:02d}")
        p.add(subject_label, f"الموضوع: {subject}")
    elif head == 1:
        p.add("other", f"From: {brand} <{sender}>")
        p.add("widget", f"Sent: {_DAYS_EN_FULL[w.weekday]}, {_MONTHS_EN[w.month - 1]} {w.day}, {w.year} {sent[0] % 12 or 12}:{sent[1]:02d} {'AM' if sent[0] < 12 else 'PM'}")
        p.add("other", f"To: {address}")
        p.add(subject_label, f"Subject: {subject}")
    elif head == 2:
        p.add("other", "Gmail", f"{reader} <{address}>")
        p.add(subject_label, subject)
        p.add("other", p.pick(("1 message", "رسالة واحدة")))
        p.add("other", f"{brand} <{sender}>")
        p.add("widget", f"{_DAYS_EN[w.weekday]}, {_MONTHS_EN[w.month - 1][:3]} {w.day}, {w.year} at {sent[0] % 12 or 12}:{sent[1]:02d} {'AM' if sent[0] < 12 else 'PM'}")
        if p.chance(0.5):
            p.add("other", f"To: {address}" if p.chance(0.5) else f"إلى: {reader}")
    if p.chance(0.5):
        p.add("other", p.pick(("أهم ما يجب أن تعرفه اليوم في خمس دقائق", "ملخص أبرز الأخبار قبل أن تبدأ يومك",
                               "قصص اليوم التي لا تريد أن تفوتك", "إذا لم تظهر الرسالة بشكل صحيح، اعرضها في المتصفح")))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("عرض في المتصفح", "View in browser", "افتح النسخة الإلكترونية")))
    if p.chance(0.5):
        p.add("other", f"[{p.pick(('شعار', 'Logo'))} {brand}]")
    p.add("widget", p.pick((f"{name} | {_WEEKDAYS[w.weekday]} {w.day} {_MONTHS_EG[w.month - 1]} {w.year}", f"{_WEEKDAYS[w.weekday]}، {w.day} {_MONTHS_EG[w.month - 1]} {w.year}",
                            f"العدد {p.rng.randint(40, 900)} - {w.day}/{w.month}/{w.year}")))
    if p.chance(0.7):
        p.add("other", p.pick(("صباح الخير،", "مساء الخير،", f"مرحباً {reader.split()[0]}،", "أهلاً بكم،")))
        p.add("other", p.pick(("إليكم أبرز ما نتابعه اليوم من أخبار المنطقة والعالم، مع قراءة سريعة في أهم التطورات.",
                               "في نشرة اليوم نتوقف عند أبرز القصص التي شغلت العالم خلال الساعات الماضية، ونختار لكم ما يستحق القراءة.",
                               "هذه نشرتكم اليومية، نجمع فيها أهم ما نشرناه ونرشح لكم ما يستحق المتابعة حتى الغد.")))
    briefs = [_draw_where(p, lambda a: a.id != p.main.id) for _ in range(p.rng.randint(2, 5))]
    if p.chance(0.45):
        p.add("other", p.pick(("في عدد اليوم:", "في هذه النشرة", "أبرز العناوين")))
        listed = [p.main.title, *[b.title for b in briefs[: p.rng.randint(1, len(briefs))]]]
        bullet = p.pick(("• ", "- ", ""))
        p.add("duplicated_headline", bullet + listed[0])
        p.add("related_list", *[bullet + t for t in listed[1:]])
    if p.chance(0.75) or untitled:
        p.add("other", p.pick(("📌 القصة الرئيسية", "الخبر الأهم", "🔴 قصة اليوم", "أبرز خبر")))
    if not untitled:
        p.add("title", p.main.title)
    if p.chance(0.3):
        p.add("source_credit", p.pick(("بقلم: فريق التحرير", f"{brand} - {p.pick(('دبي', 'لندن', 'القاهرة', 'باريس'))}", "تحرير: سارة المهيري")))
    if p.chance(0.3):
        p.add("caption", p.pick((f"[صورة: {caption(p, credit=0.0)}]", caption(p, credit=0.7))))
    paragraphs = list(p.main.paragraphs)
    if p.chance(0.45):
        paragraphs = paragraphs[: p.rng.randint(1, min(2, len(paragraphs) - 1))]
        p.add("body", *paragraphs)
        p.add("ui_text", p.pick(("أكمل القراءة على موقعنا ←", "اقرأ القصة كاملة", "التفاصيل على الموقع")))
    else:
        p.add("body", *paragraphs)
    long_ones = [paragraph for paragraph in paragraphs if len(paragraph.split()) >= 20]
    if long_ones and p.chance(0.2):
        p.add("other", p.pick(("💬 اقتباس اليوم", "قالوا")), f"«{_pull_quote(p.pick(long_ones))}»")
    second = p.chance(0.5)
    second_first = p.chance(0.5)

    def second_story() -> None:
        if p.chance(0.7):
            p.add("other", p.pick(_NL_SECTIONS + ("القصة الثانية", "وأيضاً")))
        _more_story(p, under=lambda x: [("caption", f"[صورة: {p.pick(_CAPTIONS)}]")] if p.chance(0.3) else [],
                    after=lambda x: [("ui_text", p.pick(("اقرأ المزيد", "التفاصيل ←")))] if p.chance(0.4) else [])

    if second and second_first:
        second_story()
    if p.chance(0.4):
        label, text = p.pick(_NL_SPONSORS)
        p.add("other", label, text)
        p.add("ui_text", p.pick(("اعرف المزيد", "احجز الآن", "ابدأ مجاناً")))
    if p.chance(0.35):
        if p.chance(0.5):
            p.add("widget", "الطقس اليوم", *[f"{c} {p.rng.randint(18, 44)}°" for c in p.rng.sample(("دبي", "الرياض", "القاهرة", "بيروت", "عمّان", "الكويت"), 3)])
        else:
            p.add("widget", "الأسواق", *[f"{n} {b * p.rng.uniform(0.98, 1.02):.2f}" for n, b in p.rng.sample(_INDICES, 3)])
    more = p.pick(("اقرأ المزيد", "التفاصيل ←", ""))
    p.add("related_list", p.pick(("باختصار", "أخبار أخرى", "في سطور", "ماذا يحدث أيضاً؟")))
    for brief in briefs:
        p.add("related_list", f"{p.pick(('▪️', '🔹', '•', ''))} {brief.title}".strip())
        if p.chance(0.8):
            p.add("related_list", _first_sentence(brief.paragraphs[0], p.rng.randint(18, 30)))
        if more:
            p.add("ui_text", more)
    if second and not second_first:
        second_story()
    if p.chance(0.5):
        p.add("ui_text", p.pick(("شارك هذه النشرة", "أعجبتك النشرة؟ شاركها مع أصدقائك")), *p.rng.sample(("X", "فيسبوك", "واتساب", "البريد"), 3))
    if p.chance(0.5):
        p.add("other", p.pick(("هل وصلتك هذه الرسالة من صديق؟ اشترك من هنا", "لم تشترك بعد؟ سجّل الآن لتصلك النشرة يومياً")))
    if p.chance(0.5):
        p.add("ui_text", "تابعونا", *p.rng.sample(("X", "فيسبوك", "إنستغرام", "يوتيوب", "تيك توك", "تيليجرام"), 3))
    p.add("other", p.pick((f"تلقيت هذه الرسالة لأنك مشترك في {name} من {brand}.", f"أُرسلت هذه الرسالة إلى {address} لأنك اشتركت في نشرات {brand}.",
                           f"You are receiving this email because you subscribed to {name}.")))
    if p.chance(0.5):
        p.add("ui_text", "إلغاء الاشتراك", "تحديث التفضيلات")
    else:
        p.add("ui_text", p.pick(("إلغاء الاشتراك | تحديث التفضيلات | عرض في المتصفح", "Unsubscribe | Manage preferences")))
    p.add("other", p.pick((f"© {w.year} {brand}، جميع الحقوق محفوظة", f"{brand}، ص.ب {p.rng.randint(1000, 99999)}، {p.pick(('دبي', 'لندن', 'الرياض', 'باريس'))}")))


LAYOUTS_HELDOUT10: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (ministry_newsroom, un_news_story, think_tank_analysis, email_newsletter_digest)
}


# --------------------------------------------------------------- eleventh held-out part
# Written after the tenth held-out part had been measured once, blind to the
# splitter, from site families none of the 53 layouts above shows: a fact-checking platform's
# verdict page (claim box, verdict badge, "what we found", conclusion, sources, rating scale,
# IFCN pledge, "send us a claim"), a news agency's own wire as a subscriber's feed terminal
# prints it (service and priority headers, slugs, takes with "يتبع", sign-off initials and the
# filing stamp, several dispatches one after another), an Islamic-affairs portal's news item
# (basmala, Hijri date, prayer times, verse and hadith of the day, fatwa lists, comments), and
# a correspondent's or outlet's thread on X / Twitter, unrolled by Thread Reader App or saved
# from the conversation page. Not registered in GOLD_FILES until measured once.

_FACT_CHECKERS = (
    ("مسبار", "misbar.com", "منصة مستقلة للتحقق من المعلومات والأخبار"),
    ("فتبيّنوا", "fatabyyano.net", "منصة عربية مستقلة لتقصي صحة الأخبار ومكافحة الإشاعات"),
    ("تقصّي صحة الأخبار - فرانس برس", "factcheck.afp.com/ar", "خدمة تقصي صحة الأخبار في وكالة فرانس برس"),
    ("تيقّن", "teeqan.com", "منصة يمنية للتحقق من الأخبار والمعلومات"),
    ("متصدّي", "matsda.org", "منصة لبنانية لرصد الأخبار المضللة والتحقق منها"),
    ("كاشف", "kashif.ps", "مرصد فلسطيني لرصد الأخبار الكاذبة"),
)
_FC_MENU = ("الرئيسية", "التحققات", "تقارير", "مقالات", "أدوات التحقق", "تعلّم التحقق", "منهجيتنا", "من نحن", "English")
_FC_VERDICTS = ("زائف", "مضلل", "صحيح", "صحيح جزئياً", "ينقصه سياق", "عنوان مضلل", "خطأ", "غير مؤكد", "ساخر")
_FC_TOPICS = ("سياسة", "صراعات", "اقتصاد", "صحة", "رياضة", "علوم وتكنولوجيا", "مجتمع", "دولي")
_FC_WRITERS = ("فريق التحرير", "رزان عبد الله", "Yazan Halawa", "سارة ماجد", "محمد خالد", "نور الهدى سعيد", "Rouba El Husseini")
_FC_PLATFORMS = ("فيسبوك", "إكس (تويتر سابقاً)", "تيك توك", "واتساب", "إنستغرام", "تيليغرام", "يوتيوب")
_FC_SOURCES = ("وكالة رويترز", "وكالة الصحافة الفرنسية", "سكاي نيوز عربية", "بي بي سي عربي", "العربية.نت", "فرانس 24", "الموقع الرسمي للحكومة",
               "البحث العكسي عن الصور (Google Lens)", "أرشيف الإنترنت (Wayback Machine)", "وكالة الأناضول", "سي إن إن بالعربية")
_FC_SCALE = (("زائف", "المعلومة غير صحيحة ولا أساس لها."), ("مضلل", "تحتوي المعلومة على عناصر صحيحة قُدّمت في سياق مضلل."),
             ("صحيح", "المعلومة دقيقة ومدعومة بمصادر موثوقة."), ("ينقصه سياق", "المعلومة صحيحة لكنها تفتقر إلى سياق ضروري لفهمها."))


def fact_check_page(p: Page) -> None:
    """A fact-checking platform's verdict page (Misbar, Fatabyyano, AFP's Arabic fact check,
    Teeqan, Matsda, Kashif); the checked claim is about the event of the main article, whose
    text is the "what we found" part. Inventory: the platform's name and tagline, the menu,
    "أرسل ادعاءً للتحقق", a ">" trail, the verdict badge ("زائف", "مضلل", "❌ الحكم: زائف") above
    the title or in a result box under it, the topic label, the title (missing on a few pages:
    the claim box stands for it), the checker's byline, the date ("نُشر في 5 يونيو 2018 الساعة
    11:22" for AFP), "آخر تحديث", reading time; the claim box ("الادعاء" with the claim: the
    headline in «» or a clause of the lead, and the platform it spread on); a screenshot caption
    of the viral post or the post itself embedded; the "التحقق" / "ماذا وجدنا؟" head, the text
    with a screenshot caption between paragraphs on some pages; the conclusion box ("الخلاصة"
    and a sentence giving the verdict), "المصادر" one a line, a correction note on a few pages,
    the rating scale ("كيف نقيّم الادعاءات؟" with verdict: meaning lines), the IFCN pledge
    sentence, the "send us a claim on WhatsApp" prompt, share words, tags; on some pages the next
    fact-check whole (verdict, title, date, claim box, text) under "تحقق آخر" or under nothing;
    related checks (verdict, headline, date); the footer with "سياسة التصحيح" and the copyright
    (AFP's full rights sentence)."""
    w = when_of(p.main.published, p.rng)
    name, host, tagline = p.pick(_FACT_CHECKERS)
    afp = "فرانس برس" in name
    verdict = p.pick(_FC_VERDICTS)
    topic = p.pick(_FC_TOPICS)
    paragraphs = list(p.main.paragraphs)

    def claim_box(title: str, lead: str) -> list[tuple[str, str]]:
        said = f"«{title}»" if p.chance(0.4) or len(lead.split()) < 20 else f"«{_pull_quote(lead)}»"
        where = p.pick(_FC_PLATFORMS)
        sentence = p.pick((f"تداولت حسابات على {where} ادعاءً يفيد بأن {said}.", f"{said}، بحسب منشورات متداولة على {where}.",
                           f"ينتشر على {where} منشور يزعم أن {said}"))
        if p.chance(0.5):
            return [("other", p.pick(("الادعاء", "الادعاء:", "ما الذي يُتداول؟"))), ("other", sentence)]
        return [("other", f"الادعاء: {sentence}")]

    def fc_date(x: When) -> str:
        hour, half = x.h12
        if afp:
            return f"نُشر في {x.day} {_MONTHS_EG[x.month - 1]} {x.year} الساعة {x.hour:02d}:{x.minute:02d}"
        return p.pick((f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{x.day:02d}/{x.month:02d}/{x.year}",
                       f"تاريخ النشر: {x.day} {_MONTHS_EG[x.month - 1]} {x.year} - {hour}:{x.minute:02d} {half}"))

    def badge(v: str) -> str:
        return p.pick((v, f"الحكم: {v}", f"❌ {v}" if v in ("زائف", "خطأ", "مضلل") else f"✅ {v}", f"النتيجة: {v}"))

    p.add("other", name)
    if p.chance(0.5):
        p.add("other", tagline)
    _in_order(p, "other", _FC_MENU, p.rng.randint(4, len(_FC_MENU)))
    p.add("ui_text", *p.rng.sample(("أرسل ادعاءً للتحقق", "بحث", "اشترك", "تحقّق معنا"), p.rng.randint(1, 3)))
    if p.chance(0.5):
        p.add("other", p.pick((" > ", " / ", " » ")).join(("الرئيسية", p.pick(("التحققات", "تحقق", "الادعاءات")), topic)))
    badge_above = p.chance(0.45)
    if badge_above:
        p.add("other", badge(verdict))
    if p.chance(0.5):
        p.add("other", topic)
    untitled = p.chance(0.09)
    if untitled:
        for label, text in claim_box(p.main.title, paragraphs[0]):
            p.add(label, text)
    else:
        p.add("title", p.main.title)
    writer = p.pick(_FC_WRITERS)
    credit = p.pick((f"بقلم: {writer}", writer, f"{writer} | {name}", f"تحقق: {writer}")) if not afp else f"بقلم: {writer}، فرانس برس"
    byline_first = p.chance(0.5)
    if byline_first:
        p.add("source_credit", credit)
    p.add("dateline", fc_date(w))
    if not byline_first:
        p.add("source_credit", credit)
    if p.chance(0.35):
        h, m = _clock(w, p.rng.randint(30, 2000))
        p.add("widget", p.pick((f"آخر تحديث: {w.day:02d}/{w.month:02d}/{w.year} {h:02d}:{m:02d}", f"تم التحديث {h:02d}:{m:02d}")))
    if p.chance(0.4):
        p.add("widget", p.pick((f"{p.rng.randint(2, 7)} دقائق قراءة", f"وقت القراءة: {p.rng.randint(2, 7)} دقائق")))
    if not badge_above:
        if p.chance(0.5):
            p.add("other", p.pick(("النتيجة", "الحكم", "التقييم")), verdict)
        else:
            p.add("other", badge(verdict))
    if not untitled and p.chance(0.75):
        for label, text in claim_box(p.main.title, paragraphs[0]):
            p.add(label, text)
    if p.chance(0.5):
        if p.chance(0.6):
            p.add("caption", p.pick(("صورة متداولة للادعاء", "لقطة شاشة من المنشور المتداول", f"لقطة شاشة من منشور على {p.pick(_FC_PLATFORMS)}",
                                     "لقطة شاشة من المنشور المضلل")))
        else:
            tweet(p, w)
    if p.chance(0.65):
        p.add("other", p.pick(("التحقق", "ماذا وجدنا؟", "تفاصيل التحقق", "الحقيقة", "ما الحقيقة؟")))
    inner = p.rng.randint(0, len(paragraphs) - 2) if p.chance(0.3) else -1
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index == inner:
            p.add("caption", p.pick((f"لقطة شاشة من موقع {p.pick(_FC_SOURCES)}", "نتيجة البحث العكسي عن الصورة",
                                     f"مقارنة بين الصورة المتداولة والصورة الأصلية {p.pick(_CREDITS)}")))
    if p.chance(0.7):
        p.add("other", p.pick(("الخلاصة", "الخلاصة:", "الحكم النهائي", "الاستنتاج")))
        p.add("other", p.pick((f"بناءً على ما سبق، يتبين أن الادعاء {verdict}، إذ لا تدعمه المعطيات المتوفرة من المصادر الرسمية والإعلامية.",
                               f"لذلك صنّف فريق {name} الادعاء بأنه {verdict}.",
                               f"الادعاء {verdict}: المعلومات المتداولة لا تتطابق مع ما نشرته المصادر الموثوقة حول الحدث.")))
    if p.chance(0.8):
        p.add("source_credit", p.pick(("المصادر", "المصادر:", "مصادر التحقق")))
        for source in p.rng.sample(_FC_SOURCES, p.rng.randint(1, 4)):
            if p.chance(0.3):
                code = "".join(p.rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))
                p.add("source_credit", f"{source} (رابط مؤرشف: https://archive.ph/{code})")
            else:
                p.add("source_credit", source)
    if p.chance(0.15):
        x = when_of(p.main.published, p.rng)
        p.add("other", f"تصحيح ({x.day + 1 if x.day < 28 else x.day} {_MONTHS_EG[x.month - 1]} {x.year}): عدّلنا هذا المقال لتوضيح مصدر الصورة المتداولة.")
    if p.chance(0.3):
        p.add("other", p.pick(("كيف نقيّم الادعاءات؟", "مقياس التقييم", "منهجية التصنيف")))
        for v, meaning in p.rng.sample(_FC_SCALE, p.rng.randint(2, 4)):
            p.add("other", f"{v}: {meaning}")
    if p.chance(0.4):
        p.add("other", f"{name} عضو موقّع على مدونة مبادئ الشبكة الدولية لتقصي الحقائق (IFCN)، ويلتزم بالحياد والشفافية في المصادر والمنهجية والتمويل."
              if not afp else "تعمل خدمة تقصّي صحّة الأخبار في وكالة فرانس برس ضمن برنامج التحقق من المعلومات التابع لجهات خارجية مع منصات التواصل.")
    if p.chance(0.4):
        p.add("other", p.pick(("هل لديك ادعاء تريد التحقق منه؟ أرسله إلينا عبر واتساب", "هل تريد أن نتحقّق من معلومة ما؟ تواصل معنا")))
        p.add("ui_text", p.pick((f"+{p.pick(('961', '962', '970', '967'))} {p.rng.randint(70, 79)} {p.rng.randint(100, 999)} {p.rng.randint(100, 999)}", "أرسل ادعاءً", "تواصل معنا")))
    share = p.rng.sample(("فيسبوك", "إكس", "واتساب", "تيليغرام", "نسخ الرابط", "لينكد إن"), p.rng.randint(2, 5))
    if p.chance(0.5):
        p.add("ui_text", p.pick(("شارك", "مشاركة")), *share)
    else:
        p.add("ui_text", "شارك: " + " | ".join(share))
    if p.chance(0.5):
        words = [topic, *p.rng.sample(("أخبار زائفة", "تضليل", "صور مفبركة", "فيديو قديم", "سوريا", "مصر", "لبنان", "الخليج", "إشاعات"), p.rng.randint(1, 3))]
        p.add("tags", p.pick(("الوسوم: " + "، ".join(words), " ".join(f"#{t.replace(' ', '_')}" for t in words))))
    if p.chance(0.3):
        if p.chance(0.7):
            p.add("read_also", p.pick(("تحقق آخر", "اقرأ أيضاً", "التحقق التالي")))
        other, n = p.draw_appended()
        x = when_of(other.published, p.rng)
        if p.chance(0.6):
            p.add("other", badge(p.pick(_FC_VERDICTS)))
        p.add(f"appended-{n}-title", other.title)
        p.add(f"appended-{n}-dateline", fc_date(x))
        if p.chance(0.5):
            for label, text in claim_box(other.title, other.paragraphs[0]):
                p.add(label, text)
        if p.chance(0.4):
            p.add("other", p.pick(("التحقق", "ماذا وجدنا؟")))
        p.add(f"appended-{n}-body", *other.paragraphs[: p.rng.randint(2, 6)])
    p.add("related_list", p.pick(("تحققات ذات صلة", "قد يهمك أيضاً", "أحدث التحققات", "ادعاءات أخرى")))
    for _ in range(p.rng.randint(2, 4)):
        other = p.draw()
        if p.chance(0.6):
            p.add("related_list", p.pick(_FC_VERDICTS))
        p.add("related_list", other.title)
        if p.chance(0.5):
            x = when_of(other.published, p.rng)
            p.add("related_list", f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}")
    p.add("other", *p.rng.sample(("سياسة التصحيح", "منهجيتنا", "الشفافية والتمويل", "من نحن", "اتصل بنا", "سياسة الخصوصية"), p.rng.randint(2, 5)))
    p.add("other", f"حقوق النشر © وكالة فرانس برس 2017-{w.year}. لا يجوز إعادة نشر أي من محتويات هذا الموقع دون إذن خطي مسبق." if afp
          else p.pick((f"© {w.year} {name}. جميع الحقوق محفوظة.", f"جميع الحقوق محفوظة لمنصة {name} {w.year} - {host}")))


_WIRE_AGENCIES = (
    ("afp", "وكالة الصحافة الفرنسية - الخدمة العربية"),
    ("reuters", "Reuters Connect | الخدمة العربية"),
    ("kuna", "كونا - النشرة العربية"),
    ("dpa", "dpa - الخدمة العربية"),
    ("xinhua", "شينخوا - الخدمة العربية"),
)
_WIRE_INITIALS = ("رض", "ح س", "ب ق", "ام ح", "ط ع", "س ك", "ع ا ب", "م ع ع", "ر ح", "ن ج", "خ ل", "ع ش")
_WIRE_EDITORS = ("أحمد إلهامي", "سلمى نجم", "علا رامي", "مروة سلام", "أيمن سعد مسلم", "محمد محمدين", "ليليان وجدي", "رحاب علاء")
_WIRE_REPORTERS = ("سامية نخول", "إلين فرانسيس", "أحمد رشيد", "ليلى بسام", "سليمان الخالدي", "توم بيري", "إيلين فرانسيس")
_WIRE_PLACES = (  # words of a dispatch's title or lead -> its bureau, slug (Arabic, English) and country code
    (("سوري", "دمشق", "حلب", "الأسد", "إدلب"), "دمشق", "سوريا-نزاع", "MIDEAST-CRISIS/SYRIA", "SYR"),
    (("العراق", "بغداد", "عراقي", "الموصل"), "بغداد", "العراق-سياسة", "IRAQ-POLITICS/", "IRQ"),
    (("لبنان", "بيروت", "حزب الله"), "بيروت", "لبنان-سياسة", "LEBANON-POLITICS/", "LBN"),
    (("مصر", "القاهرة", "المصري"), "القاهرة", "مصر-سياسة", "EGYPT-POLITICS/", "EGY"),
    (("إيران", "طهران", "الإيراني"), "طهران", "إيران-سياسة", "IRAN-POLITICS/", "IRN"),
    (("اليمن", "صنعاء", "الحوثي", "عدن"), "عدن", "اليمن-نزاع", "YEMEN-SECURITY/", "YEM"),
    (("السعودي", "الرياض", "جدة"), "الرياض", "السعودية-سياسة", "SAUDI-POLITICS/", "SAU"),
    (("قطر", "الدوحة"), "الدوحة", "قطر-الخليج", "GULF-QATAR/", "QAT"),
    (("الإمارات", "دبي", "أبوظبي"), "دبي", "الإمارات-اقتصاد", "EMIRATES-ECONOMY/", "UAE"),
    (("الكويت",), "الكويت", "الكويت-سياسة", "KUWAIT-POLITICS/", "KUW"),
    (("الأردن",), "عمّان", "الأردن-سياسة", "JORDAN-POLITICS/", "JOR"),
    (("مسقط", "العماني", "العمانية", "سلطنة عمان"), "مسقط", "عمان-سياسة", "OMAN-POLITICS/", "OMN"),
    (("ليبيا", "طرابلس", "الليبي"), "طرابلس", "ليبيا-أمن", "LIBYA-SECURITY/", "LBY"),
    (("إسرائيل", "غزة", "الفلسطيني", "القدس"), "القدس", "إسرائيل-فلسطينيون", "ISRAEL-PALESTINIANS/", "PAL"),
    (("تركيا", "أنقرة", "إسطنبول", "أردوغان"), "أنقرة", "تركيا-سياسة", "TURKEY-POLITICS/", "TUR"),
    (("روسيا", "موسكو", "بوتين", "الروسي"), "موسكو", "روسيا-سياسة", "RUSSIA-POLITICS/", "RUS"),
    (("الصين", "بكين", "الصيني"), "بكين", "الصين-سياسة", "CHINA-POLITICS/", "CHN"),
    (("ترامب", "واشنطن", "الأميركي", "الأمريكي", "الولايات المتحدة"), "واشنطن", "الولايات المتحدة-سياسة", "USA-TRUMP/", "USA"),
    (("بريطانيا", "لندن", "البريطاني"), "لندن", "بريطانيا-سياسة", "BRITAIN-POLITICS/", "GBR"),
    (("فرنسا", "باريس", "الفرنسي", "ماكرون"), "باريس", "فرنسا-سياسة", "FRANCE-POLITICS/", "FRA"),
    (("ألمانيا", "برلين", "الألماني", "ميركل"), "برلين", "ألمانيا-سياسة", "GERMANY-POLITICS/", "DEU"),
    (("إسبانيا", "مدريد", "برشلونة"), "مدريد", "إسبانيا", "SPAIN-", "ESP"),
    (("إيطاليا", "روما", "يوفنتوس", "ميلان", "نابولي"), "روما", "إيطاليا", "ITALY-", "ITA"),
)
_WIRE_DESKS = {"sport": ("رياضة", "SPORT-", "SPO"), "economy": ("اقتصاد", "ECONOMY-", "ECO"), "technology": ("تكنولوجيا-إنترنت", "TECH-", "TEC"),
               "culture": ("ثقافة-فنون", "ARTS-", "CUL")}


def _wire_place(p: Page, article: SourceArticle) -> tuple[str, str, str, str]:
    """The bureau, Arabic slug, English slug and country code a dispatch of ``article`` carries:
    the place its title or lead names first (a random one when it names none), the desk's slug
    for sport, economy, technology and culture stories."""
    text = f"{article.title} {article.paragraphs[0]}"
    found = [(text.find(word), place) for place in _WIRE_PLACES for word in place[0] if word in text]
    _, city, arabic, english, code = min(found)[1] if found else p.pick(_WIRE_PLACES)
    desk = _WIRE_DESKS.get(article.id.split("-")[1] if article.id.count("-") >= 2 else "")
    if desk:
        arabic = f"{arabic.split('-')[0]}-{desk[0]}" if desk[0] != "رياضة" else f"{desk[0]}-{arabic.split('-')[0]}"
        english, code = desk[1] + english.split("-")[0].split("/")[0], desk[2]
    return city, arabic, english, code


_MON_EN3 = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_MON_KUNA = ("ينا", "فبر", "مار", "ابر", "مايو", "يون", "يول", "اغس", "سبت", "اكت", "نوف", "ديس")


def wire_service_feed(p: Page) -> None:
    """A news agency's own Arabic wire as a subscriber's newsroom terminal prints it, or its
    subscriber portal's text view (AFP's Arabic service, Reuters Connect, KUNA, dpa's Arabic
    service, Xinhua's Arabic service): several dispatches one after another, the main article's
    first, no cue between them but each dispatch's own header. Inventory: the portal's service
    name, the filter line ("الخدمة: عربي | الأولوية: الكل"), auto-update words and the result
    count; one or two flashes before the story ("عاجل" with a one-line headline, each with its
    header and stamp); each dispatch's transmission header ("ZCZC", "ARA0356 4 I 1022 SYR
    /AFP-TV31"), its slug ("سوريا-نزاع", "MIDEAST-CRISIS/SYRIA (UPDATE 2)"), its version note
    ("(تحديث 1 بإضافة تصريحات)", "(صور)"), the portal's priority / word-count line, Reuters'
    date line above the title, the title (missing on a few pages: the slug is all the heading),
    the reporter ("من سامية نخول"), the lead with the agency's place-and-wire prefix glued on
    ("بيروت (ا ف ب) - ", "الكويت - 5 - 6 (كونا) -- ", "بكين 5 يونيو 2018 (شينخوا) "); a long
    dispatch sent in two takes ("يتبع", then the next take's header and "slug 2 city وأخير"); the
    editors' initials ("رض/ح س/ب ق", "(النهاية) ع ا ب / م ع ع", Reuters' "(إعداد ... للنشرة
    العربية - تحرير ...)") and the filing stamp ("AFP 051022 GMT JUN 18", "كونا051022 جمت يون
    18": the dispatch's date line, under its text), "NNNN", the agency's rights line."""
    w = when_of(p.main.published, p.rng)
    agency, service = p.pick(_WIRE_AGENCIES)
    portal = p.chance(0.45)
    framed = not portal and p.chance(0.5)
    number = p.rng.randint(100, 900)
    team = p.pick(("TV", "QV", "TQ", "KW"))
    rule = p.pick(("", "=" * 20, "-" * 30))

    def header(x: When, code: str, priority: int) -> str:
        nonlocal number
        number += p.rng.randint(1, 6)
        if agency == "afp":
            return f"ARA{number:04d} {priority} I {x.hour:02d}{x.minute:02d} {code} /AFP-{team}{p.rng.randint(10, 99)}"
        if agency == "kuna":
            return f"KUNA {number:04d} {priority} {code} {x.day:02d}/{x.month:02d}/{x.year}"
        if agency == "dpa":
            return f"dpa-AR{number:04d} {x.day:02d}{x.hour:02d}{x.minute:02d} {code}"
        if agency == "xinhua":
            return f"XINHUA-AR {number:04d} {code}"
        return f"LBA{number:04d}{p.pick(('AE', 'AF', 'AG'))} {code}"

    def stamp(x: When) -> str:
        if agency == "afp":
            return f"AFP {x.day:02d}{x.hour:02d}{x.minute:02d} GMT {_MON_EN3[x.month - 1]} {x.year % 100:02d}"
        if agency == "kuna":
            return f"كونا{x.day:02d}{x.hour:02d}{x.minute:02d} جمت {_MON_KUNA[x.month - 1]} {x.year % 100:02d}"
        if agency == "dpa":
            return f"{x.day:02d}/{x.month:02d}/{x.year} {x.hour:02d}:{x.minute:02d} GMT"
        if agency == "xinhua":
            return f"{x.year}-{x.month:02d}-{x.day:02d} {x.hour:02d}:{x.minute:02d}:{p.rng.randint(10, 59)}"
        return f"{_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year} {x.hour:02d}:{x.minute:02d} GMT"

    def prefix(x: When, city: str) -> str:
        if agency == "afp":
            return f"{city} ({p.pick(('ا ف ب', 'أ ف ب'))}) - "
        if agency == "kuna":
            return f"{city} - {x.day} - {x.month} (كونا) -- "
        if agency == "dpa":
            return f"{city} (د ب أ)- "
        if agency == "xinhua":
            return f"{city} {x.day} {_MONTHS_EG[x.month - 1]} {x.year} (شينخوا) "
        return f"{city} (رويترز) - "

    def signoff() -> str:
        a, b, c = p.rng.sample(_WIRE_INITIALS, 3)
        if agency == "afp":
            return p.pick((f"{a}/{b}/{c}", f"{a}/{b}"))
        if agency == "kuna":
            return f"(النهاية) {a} / {b}"
        if agency == "dpa":
            return f"{a}/ {b}"
        if agency == "xinhua":
            return "انتهى"
        return f"(إعداد {p.pick(_WIRE_EDITORS)} للنشرة العربية - تحرير {p.pick(_WIRE_EDITORS)})"

    def slug(slugs: list[str], take: int = 1, city: str = "") -> str:
        arabic, english, _ = slugs
        if agency == "reuters":
            return english + (f" (UPDATE {take})" if take > 1 else p.pick(("", " (PIX)", " (UPDATE 1)")))
        return f"{arabic} {take} {city} وأخير".strip() if take > 1 else arabic

    def dispatch(article: SourceArticle, kind: str, first: bool) -> None:
        """One dispatch; ``kind`` is "" for the main article, "appended-N-" for the others."""
        x = when_of(article.published, p.rng)
        city, *slugs = _wire_place(p, article)
        if framed and p.chance(0.7):
            p.add("other", "ZCZC")
        if agency != "reuters" or p.chance(0.5):
            p.add("other", header(x, slugs[2], p.pick((2, 3, 4))))
        p.add("other", slug(slugs))
        if p.chance(0.3):
            p.add("other", p.pick(("(تحديث 1 بإضافة تصريحات)", "(صور)", "(خبر موسع)", "(لإضافة تفاصيل وخلفية)", "(يعاد البث لتصحيح خطأ مطبعي في الفقرة الثانية)")))
        if portal and p.chance(0.7):
            p.add("widget", f"الأولوية: {p.pick(('عادية', 'عاجلة', 'مهمة'))} | {sum(len(q.split()) for q in article.paragraphs)} كلمة")
        if agency == "reuters":
            p.add(f"{kind}dateline", stamp(x))
        if not (first and p.chance(0.12)):  # else no headline line: the slug is all the heading it has
            p.add(f"{kind}title", article.title)
        if agency == "reuters" and (first and p.chance(0.7) or p.chance(0.3)):
            p.add("source_credit", f"من {p.pick(_WIRE_REPORTERS)}" + p.pick(("", f" و{p.pick(_WIRE_REPORTERS)}")))
        paragraphs = list(article.paragraphs if first else article.paragraphs[: p.rng.randint(2, 6)])
        if not _has_wire_prefix(paragraphs[0]):
            paragraphs[0] = prefix(x, city) + paragraphs[0]
        cut = p.rng.randint(2, len(paragraphs) - 2) if agency != "reuters" and len(paragraphs) >= 4 and p.chance(0.4) else -1
        for index, paragraph in enumerate(paragraphs):
            if index == cut:
                p.add("other", p.pick(("يتبع", "(يتبع)", "- يتبع -")))
                if framed:
                    p.add("other", "NNNN", "ZCZC")
                p.add("other", header(x, slugs[2], 4), slug(slugs, 2, city))
            p.add(f"{kind}body", paragraph)
        p.add("source_credit", signoff())
        if agency != "reuters":
            p.add(f"{kind}dateline", stamp(x))
        elif p.chance(0.4):
            p.add("other", f"© Thomson Reuters {x.year}. جميع الحقوق محفوظة.")
        if framed:
            p.add("other", "NNNN")
        if rule:
            p.add("other", rule)

    if portal:
        p.add("other", service)
        p.add("ui_text", p.pick(("الخدمة: عربي | الأولوية: الكل | آخر 24 ساعة", "الخدمة: عربي | الفئة: عام | ترتيب: الأحدث")))
        if p.chance(0.6):
            p.add("ui_text", p.pick(("تحديث تلقائي: مفعّل", "إيقاف التحديث التلقائي", "Auto-refresh: ON")))
        p.add("widget", f"{p.rng.randint(40, 900)} نتيجة")
    for _ in range(p.rng.randint(0, 2)):
        flash = p.draw()
        fh, fm = _clock(w, -p.rng.randint(5, 180))  # flashes of the hours before the story
        y = When(w.year, w.month, w.day, fh, fm, w.weekday)
        if framed:
            p.add("other", "ZCZC")
        p.add("other", header(y, _wire_place(p, flash)[3], 1))
        if p.chance(0.5):
            p.add("other", p.pick(("عاجل", "عاجل عاجل", "URGENT")))
            p.add("related_list", flash.title)
        else:
            p.add("related_list", f"عاجل: {flash.title}" if p.chance(0.5) else f"{flash.title} (عاجل)")
        p.add("widget", stamp(y))
        if framed:
            p.add("other", "NNNN")
        if rule:
            p.add("other", rule)
    dispatch(p.main, "", True)
    for _ in range(p.rng.randint(1, 2) if p.chance(0.7) else 0):
        other, n = p.draw_appended()
        dispatch(other, f"appended-{n}-", False)
    if portal:
        p.add("ui_text", p.pick(("تحميل المزيد", "الصفحة التالية ›", "عرض 20 نتيجة أخرى")))
        if p.chance(0.5):
            owner = {"afp": "AFP", "reuters": "Thomson Reuters", "kuna": "كونا", "dpa": "dpa", "xinhua": "شينخوا"}[agency]
            p.add("other", p.pick((f"© {w.year} {owner}. جميع الحقوق محفوظة.", "المحتوى مخصص للمشتركين ولا يجوز إعادة توزيعه دون ترخيص.")))


_ISLAMIC_SITES = (
    ("إسلام ويب", "islamweb.net", ("الرئيسية", "القرآن الكريم", "المكتبة", "الفتاوى", "الاستشارات", "المقالات", "الصوتيات", "المرئيات", "الأخبار", "English")),
    ("شبكة الألوكة", "alukah.net", ("الرئيسية", "الشريعة", "الثقافة والمعرفة", "المجتمع وإصلاحه", "عالم الكتب", "المسلمون في العالم", "الأخبار", "مواقع المشايخ")),
    ("إسلام أون لاين", "islamonline.net", ("الرئيسية", "أخبار", "قضايا", "فكر", "فقه", "أسرة", "ثقافة", "تزكية", "English")),
    ("بوابة الأزهر", "azhar.eg", ("الرئيسية", "أخبار الأزهر", "مرصد الأزهر", "الفتوى", "الرواق الأزهري", "الوافدين", "المكتبة")),
    ("الإسلام اليوم", "islamtoday.net", ("الرئيسية", "الأخبار", "العالم الإسلامي", "آراء", "الفتاوى", "الأسرة", "الصوتيات")),
    ("موقع المسلم", "almoslim.net", ("الرئيسية", "الأخبار", "التقارير", "المقالات", "الفتاوى", "الدعوة", "ملفات")),
)
_ISLAMIC_SECTIONS = ("أخبار العالم الإسلامي", "الأقليات المسلمة", "قضايا المسلمين", "أخبار منوعة", "المسلمون في العالم", "أخبار دولية")
_VERSES = (
    "﴿ وَاعْتَصِمُوا بِحَبْلِ اللَّهِ جَمِيعًا وَلَا تَفَرَّقُوا ﴾ [آل عمران: 103]",
    "﴿ فَإِنَّ مَعَ الْعُسْرِ يُسْرًا * إِنَّ مَعَ الْعُسْرِ يُسْرًا ﴾ [الشرح: 5، 6]",
    "﴿ وَلَنَبْلُوَنَّكُم بِشَيْءٍ مِّنَ الْخَوْفِ وَالْجُوعِ وَنَقْصٍ مِّنَ الْأَمْوَالِ وَالْأَنفُسِ وَالثَّمَرَاتِ ۗ وَبَشِّرِ الصَّابِرِينَ ﴾ [البقرة: 155]",
    "﴿ يَا أَيُّهَا النَّاسُ إِنَّا خَلَقْنَاكُم مِّن ذَكَرٍ وَأُنثَىٰ وَجَعَلْنَاكُمْ شُعُوبًا وَقَبَائِلَ لِتَعَارَفُوا ﴾ [الحجرات: 13]",
    "﴿ وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَىٰ ۖ وَلَا تَعَاوَنُوا عَلَى الْإِثْمِ وَالْعُدْوَانِ ﴾ [المائدة: 2]",
)
_HADITHS = (
    "قال رسول الله صلى الله عليه وسلم: «المسلم من سلم المسلمون من لسانه ويده» رواه البخاري.",
    "قال رسول الله صلى الله عليه وسلم: «مثل المؤمنين في توادهم وتراحمهم وتعاطفهم مثل الجسد إذا اشتكى منه عضو تداعى له سائر الجسد بالسهر والحمى» رواه مسلم.",
    "قال رسول الله صلى الله عليه وسلم: «لا يؤمن أحدكم حتى يحب لأخيه ما يحب لنفسه» متفق عليه.",
    "قال رسول الله صلى الله عليه وسلم: «الكلمة الطيبة صدقة» رواه البخاري ومسلم.",
)
_FATWAS = ("حكم صلاة الغائب على من مات في بلد بعيد", "هل يجوز دفع الزكاة للاجئين من غير أهل البلد؟", "حكم الدعاء للمسلمين المستضعفين في القنوت",
           "حكم نقل الأخبار دون التثبت من صحتها", "زكاة الأموال المودعة في البنوك", "صيام المسافر في رمضان في الأيام الحارة",
           "حكم التبرع للمنكوبين من أموال الصدقات", "آداب نقل الأخبار في وسائل التواصل")
_ISLAMIC_COMMENTS = ("جزاكم الله خيراً على نقل الخبر", "اللهم فرّج عن المسلمين في كل مكان", "نسأل الله أن يحفظ بلاد المسلمين من كل سوء",
                     "بارك الله فيكم وفي موقعكم", "حسبنا الله ونعم الوكيل", "اللهم اجعله خيراً")
_ISLAMIC_READERS = ("أبو عبد الله", "أم عمر", "محمد الشامي", "عبد الرحمن - الجزائر", "زائر", "أبو يوسف - مصر")
_PRAYER_BASE = (("الفجر", 4, 10), ("الشروق", 5, 35), ("الظهر", 12, 15), ("العصر", 15, 38), ("المغرب", 18, 52), ("العشاء", 20, 22))


def islamic_affairs_portal(p: Page) -> None:
    """A news item on an Islamic-affairs portal's news section (Islamweb, Alukah, IslamOnline,
    Al-Azhar's portal, IslamToday, Almoslim); the main article a world or Middle East story of
    the corpus. Inventory: "بسم الله الرحمن الرحيم", the Hijri date first with the Gregorian one
    ("الثلاثاء 20 رمضان 1439هـ - 5 يونيو 2018م"), the site's name, its menu (Quran, fatwas,
    consultations, audio ... news), the fatwa search box, the prayer times of a city one prayer
    a line under their head, a "»" trail (on a few pages ending with the item's title, which the
    page does not print otherwise), the section label ("أخبار العالم الإسلامي"), the title,
    the date ("تاريخ النشر: 20/9/1439هـ - 5/6/2018م" or the two dates on two lines), "المصدر:
    وكالات" above the text or under it, the visits counter, "أضف إلى المفضلة / أرسل لصديق /
    طباعة", a photo caption, the text (a caption between paragraphs on some pages); the "آية
    اليوم" and "حديث اليوم" boxes (a verse in ﴿﴾ with its sura and number, a hadith with its
    narrator: full sentences) before the article or after it, "التصنيف:", related fatwas ("رقم
    الفتوى: 12345" and the fatwa's question), "استمع إلى إذاعة القرآن الكريم", readers'
    comments (name, date, a short prayer) with the moderation notice and the comment form; on
    some pages the next news item whole, under "الخبر التالي" or under nothing but its section
    label; more news with dates; the donation prompt ("ساهم في نشر الخير ... صدقة جارية"), the
    footer ("يسمح بالنقل مع ذكر المصدر", the copyright with the years)."""
    if not any(k in p.main.id for k in ("-internationalNews-", "-middleEast-")):
        p.main = _draw_where(p, lambda a: "-internationalNews-" in a.id or "-middleEast-" in a.id)
    w = when_of(p.main.published, p.rng)
    site, host, menu = p.pick(_ISLAMIC_SITES)
    section = p.pick(_ISLAMIC_SECTIONS)
    hijri = _hijri(w)

    def item_date(x: When, form: int) -> str:
        h = _hijri(x)
        if form == 0:
            return f"{_WEEKDAYS[x.weekday]} {h} - {x.day} {_MONTHS_EG[x.month - 1]} {x.year}م"
        if form == 1:
            return f"تاريخ النشر: {h} - {x.day:02d}/{x.month:02d}/{x.year}م"
        return f"{x.day}/{x.month}/{x.year}م"

    def boxes() -> None:
        if p.chance(0.6):
            p.add("other", p.pick(("آية اليوم", "آية وتفسير", "من هدي القرآن")), p.pick(_VERSES))
        if p.chance(0.5):
            p.add("other", p.pick(("حديث اليوم", "من هدي النبي ﷺ", "حديث شريف")), p.pick(_HADITHS))

    if p.chance(0.6):
        p.add("other", "بسم الله الرحمن الرحيم")
    p.add("widget", p.pick((f"{_WEEKDAYS[w.weekday]} {hijri} - {w.day} {_MONTHS_EG[w.month - 1]} {w.year}م", f"{hijri} الموافق {w.day}/{w.month}/{w.year}م")))
    p.add("other", site)
    if p.chance(0.4):
        p.add("ui_text", *p.rng.sample(("تسجيل الدخول", "English", "Français", "اتصل بنا", "خريطة الموقع"), 2))
    _in_order(p, "other", menu, p.rng.randint(4, len(menu)))
    if p.chance(0.5):
        p.add("ui_text", p.pick(("ابحث في الفتاوى", "بحث في الموقع")), p.pick(("بحث", "ابحث")))
    prayers_top = p.chance(0.4)

    def prayers() -> None:
        p.add("widget", f"مواقيت الصلاة حسب توقيت {p.pick(('مكة المكرمة', 'القاهرة', 'الرياض', 'الدوحة', 'عمّان', 'الكويت'))}")
        shift = p.rng.randint(-25, 25)
        for name, hour, minute in _PRAYER_BASE:
            total = hour * 60 + minute + shift
            p.add("widget", f"{name} {total // 60:02d}:{total % 60:02d}" if p.chance(0.8) else f"{name}: {total // 60:02d}:{total % 60:02d}")

    if prayers_top:
        prayers()
    boxes_first = p.chance(0.35)
    if boxes_first:
        boxes()
    untitled = p.chance(0.1)  # no headline printed: the trail's last step is the only one
    if untitled or p.chance(0.7):
        steps = ["الرئيسية", p.pick(("الأخبار", "أخبار", "المسلمون في العالم")), section] + ([p.main.title] if untitled else [])
        p.add("other", p.pick((" » ", " > ", " / ")).join(steps))
    if p.chance(0.6):
        p.add("other", section)
    if not untitled:
        p.add("title", p.main.title)
    form = p.rng.randrange(3)
    if form == 2 or p.chance(0.3):
        p.add("dateline", f"{_WEEKDAYS[w.weekday]} {hijri}" if form != 2 else hijri, item_date(w, 2))
    else:
        p.add("dateline", item_date(w, form))
    source = p.pick(("المصدر: وكالات", "المصدر: الجزيرة نت + وكالات", f"المصدر: {p.pick(_OUTLETS_AR)}", f"{site} - وكالات", "خاص - " + site))
    source_top = p.chance(0.4)
    if source_top:
        p.add("source_credit", source)
    if p.chance(0.5):
        p.add("widget", p.pick((f"عدد الزيارات: {p.rng.randint(90, 9000)}", f"مرات القراءة: {p.rng.randint(90, 9000)}", f"{p.rng.randint(90, 9000)} قراءة")))
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("أضف إلى المفضلة", "أرسل لصديق", "طباعة", "تكبير الخط", "تصغير الخط", "حفظ"), p.rng.randint(2, 4)))
    if p.chance(0.4):
        p.add("caption", caption(p, credit=0.5))
    paragraphs = list(p.main.paragraphs)
    inner = p.rng.randint(0, len(paragraphs) - 2) if p.chance(0.25) else -1
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index == inner:
            p.add("caption", caption(p, credit=0.7))
    if not source_top and p.chance(0.8):
        p.add("source_credit", source)
    if p.chance(0.4):
        p.add("tags", p.pick((f"التصنيف: {section}", "الكلمات الدالة: " + "، ".join([*p.rng.sample(_UN_COUNTRIES, 2), "المسلمون"]))))
    if p.chance(0.45):
        p.add("ui_text", "شارك", *p.rng.sample(("فيسبوك", "تويتر", "واتساب", "تيليجرام", "البريد"), p.rng.randint(2, 4)))
    if not boxes_first:
        boxes()
    if p.chance(0.35):
        if p.chance(0.6):
            p.add("read_also", p.pick(("الخبر التالي", "الخبر السابق", "التالي »")))
        else:
            p.add("other", p.pick(_ISLAMIC_SECTIONS))
        nform = form
        _more_story(p, dated=lambda x: item_date(x, nform if nform != 2 else 1),
                    after=lambda x: [("source_credit", p.pick(("المصدر: وكالات", f"المصدر: {p.pick(_OUTLETS_AR)}")))] if p.chance(0.6) else [])
    if p.chance(0.5):
        p.add("related_list", p.pick(("فتاوى ذات صلة", "فتاوى مختارة", "من الفتاوى")))
        for fatwa in p.rng.sample(_FATWAS, p.rng.randint(2, 4)):
            if p.chance(0.5):
                p.add("related_list", f"رقم الفتوى: {p.rng.randint(10000, 420000)}")
            p.add("related_list", fatwa)
    if p.chance(0.4):
        p.add("ui_text", p.pick(("استمع إلى إذاعة القرآن الكريم", "▶ البث المباشر: إذاعة القرآن الكريم من القاهرة", "الاستماع للقرآن الكريم")))
    if p.chance(0.45):
        p.add("ui_text", f"التعليقات ({p.rng.randint(1, 3)})" if p.chance(0.5) else "تعليقات الزوار")
        for _ in range(p.rng.randint(1, 3)):
            x = when_of(p.main.published, p.rng)
            h, m = _clock(x, p.rng.randint(30, 900))
            p.add("other", p.pick(_ISLAMIC_READERS))
            if p.chance(0.6):
                p.add("other", f"{x.day:02d}-{x.month:02d}-{x.year} {h:02d}:{m:02d}")
            p.add("other", p.pick(_ISLAMIC_COMMENTS))
        if p.chance(0.6):
            p.add("other", "تخضع التعليقات للمراجعة قبل النشر، ونرجو الالتزام بآداب الحوار وعدم الإساءة.")
        p.add("ui_text", *p.rng.sample(("الاسم", "البريد الإلكتروني", "عنوان التعليق", "نص التعليق", "إرسال"), p.rng.randint(2, 4)))
    p.add("related_list", p.pick(("أخبار أخرى", "المزيد من الأخبار", "أخبار ذات صلة", f"المزيد من {section}")))
    for _ in range(p.rng.randint(2, 5)):
        other = p.draw()
        p.add("related_list", other.title)
        if p.chance(0.5):
            x = when_of(other.published, p.rng)
            p.add("related_list", _hijri(x) if p.chance(0.5) else f"{x.day}/{x.month}/{x.year}م")
    if not prayers_top and p.chance(0.6):
        prayers()
    if p.chance(0.4):
        p.add("other", p.pick(("ساهم في نشر الخير، وادعم استمرار الموقع بصدقة جارية", "تبرع لدعم الموقع - صدقة جارية لك ولوالديك")))
        p.add("ui_text", p.pick(("تبرع الآن", "ساهم معنا")))
    if p.chance(0.5):
        p.add("other", "يسمح بالنقل والاقتباس مع ذكر المصدر")
    start = p.pick((1998, 2000, 2004, 2008))
    p.add("other", p.pick((f"جميع الحقوق محفوظة © {start} - {w.year} {site}", f"© {site} {w.year}", f"{host} © {start}-{w.year}")))


_THREAD_AUTHORS = (("سكاي نيوز عربية", "skynewsarabia"), ("العربية عاجل", "AlArabiya_Brk"), ("BBC News عربي", "BBCArabic"),
                   ("فرانس 24", "France24_ar"), ("رامي الأمين", "rami_alamin"), ("Sara Khalil | سارة خليل", "sarakhalil_news"),
                   ("عمر الحسيني - مراسل", "omar_hussaini"), ("ليلى شاهين", "LaylaShaheen"))
_THREAD_REPLIERS = (("Ahmed Salem", "ahmedsalem84"), ("مريم", "mariam_h"), ("أبو فهد", "abu_fahad_1"), ("Hussein K.", "hkadhim"), ("نور", "noor_2018"))
_THREAD_REPLIES = ("متابعين معك، شكراً على التغطية", "هل من مصدر رسمي لهذا الكلام؟", "الله يستر", "ثريد مهم 👌", "أين الرابط للخبر الكامل؟",
                   "تغطية ممتازة كالعادة")


def _tweets_of(paragraph: str, limit: int = 280) -> list[str]:
    """A paragraph as a thread's posts: sentences packed into posts of at most ``limit``
    characters (a longer sentence is a post of its own)."""
    sentences = re.split(r"(?<=[.!؟])\s+", paragraph.strip())  # the paragraph's words and spaces unchanged
    posts: list[str] = []
    post = ""
    for sentence in (s for s in sentences if s):
        if post and len(post) + 1 + len(sentence) > limit:
            posts.append(post)
            post = sentence
        else:
            post = f"{post} {sentence}" if post else sentence
    return posts + [post] if post else posts


def x_thread_unrolled(p: Page) -> None:
    """A correspondent's or an outlet's thread on X / Twitter: the story told post by post,
    saved from Thread Reader App's unrolled page or from the thread's conversation page.
    The headline is the first post ("🧵", "🔴 عاجل |" or "THREAD" glued on or not; on a few
    pages the thread starts with the lead and has no headline); each paragraph, or each piece
    of a long one cut between sentences, is a post, numbered ("2/9", "(2)", "2️⃣") or not.
    Thread Reader inventory: the site's words, the author's name and handle, subscriber count and
    "Subscribe", the date ("Jun 5, 2018"), "9 tweets • 3 min read", "Read on X"; the posts with an
    image's alt text or a quoted post between them; "• • •", "Missing some Tweet in this
    thread?", "Keep Current with ...", the save-as-PDF and "may be removed" notices, "More from
    @handle" (first posts of other threads with dates), the support-us sentences, the footer.
    Conversation-page inventory: "Post" / "Conversation" (or the Twitter-era "Tweet"), the
    author's name, handle and "Follow", the first post, "Translate post", the time line ("10:22
    AM · Jun 5, 2018", "10:22 ص · 5 يونيو 2018", "10:22 AM - 5 Jun 2018"), views, reposts,
    quotes, likes and bookmarks; each later post under its head (name, handle, "·", short date)
    with its counts; on some pages the outlet's next story in the same running thread (its
    headline post, the head's date being its date line, its posts), readers' replies ("Replying
    to @handle"), "Discover more" posts of other accounts, the log-in wall sentences, the footer."""
    w = when_of(p.main.published, p.rng)
    name, handle = p.pick(_THREAD_AUTHORS)
    numbering = p.pick(("{n}/{t}", "({n})", "{n}/", "", "{emoji}"))
    number_first = p.chance(0.4)
    emojis = ("1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟")

    def posts_of(paragraphs: Sequence[str], start: int = 2) -> list[str]:
        """The posts under the headline post (``start`` 2), or all of them (``start`` 1)."""
        posts = [piece for paragraph in paragraphs for piece in _tweets_of(paragraph)]
        total = len(posts) + start - 1
        numbered = []
        for index, post in enumerate(posts, start):
            mark = numbering.format(n=index, t=total, emoji=emojis[index - 1] if index <= 10 else f"{index}.")
            numbered.append(post if not mark else (f"{mark} {post}" if number_first or numbering == "{emoji}" else f"{post} {mark}"))
        return numbered

    def headline(article: SourceArticle, total: int) -> str:
        text = article.title
        glue = p.pick(("", "🧵", "🔴 عاجل |", "THREAD:", "🧵👇", "1/"))
        if glue in ("🧵", "🧵👇"):
            return f"{text} {glue}"
        if glue == "1/":
            return f"{text} 1/{total}" if numbering == "{n}/{t}" else f"{text} 🧵"
        return f"{glue} {text}".strip()

    untitled = p.chance(0.08)
    paragraphs = list(p.main.paragraphs)
    posts = posts_of(paragraphs, 1 if untitled else 2)
    if untitled:  # no headline post: the lead's first sentences are the first post, unnumbered
        posts[0] = _tweets_of(paragraphs[0])[0]
    total = len(posts) + (0 if untitled else 1)
    image_at = p.rng.randint(0, len(posts) - 1) if p.chance(0.35) else -1
    quote_at = p.rng.randint(0, len(posts) - 1) if p.chance(0.2) else -1

    def thread_body(lines: list[str], label: str, head: Callable[[], None] | None = None, counts: bool = False) -> None:
        for index, post in enumerate(lines):
            if head is not None:
                head()
            p.add(label, post)
            if counts and p.chance(0.6):
                p.add("widget", f"{p.rng.randint(0, 40)} {p.rng.randint(2, 300)} {p.rng.randint(5, 900)} {p.rng.randint(1, 60)}K")
            if index == image_at and label == "body":
                p.add("caption", p.pick((f"[صورة: {p.pick(_CAPTIONS)}]", caption(p, credit=0.5), "Image", "صورة")))
            if index == quote_at and label == "body":
                tweet(p, w)

    if p.chance(0.5):  # Thread Reader App
        p.add("other", "Thread Reader")
        if p.chance(0.5):
            p.add("ui_text", *p.rng.sample(("Help", "About", "Sign in", "Share this page!", "Enter URL or ID to Unroll"), p.rng.randint(2, 4)))
        p.add("source_credit", name, f"@{handle}")
        if p.chance(0.5):
            p.add("widget", f"{p.rng.randint(2, 90)} subscribers")
            p.add("ui_text", "Subscribe")
        p.add("dateline", f"{_MONTHS_EN[w.month - 1][:3]} {w.day}, {w.year}")
        p.add("widget", f"{total} tweets • {max(1, total // 3)} min read" if p.chance(0.6) else f"{total} tweets, {max(1, total // 3)} min read")
        p.add("ui_text", p.pick(("Read on X", "Read on Twitter")))
        if not untitled:
            p.add("title", headline(p.main, total))
        thread_body(posts, "body")
        p.add("other", "• • •")
        p.add("other", "Missing some Tweet in this thread? You can try to force a refresh")
        if p.chance(0.5):
            p.add("ui_text", "Tweet", "Share", "Email")
        p.add("other", f"Keep Current with {name}")
        if p.chance(0.6):
            p.add("other", "Stay in touch and get notified when new unrolls are available from this author!")
        if p.chance(0.5):
            p.add("other", "This Thread may be Removed Anytime!",
                  "Twitter may remove this content at anytime! Save it as PDF for later use!")
            p.add("ui_text", "Save as PDF")
        if p.chance(0.6):
            p.add("related_list", f"More from @{handle}")
            for _ in range(p.rng.randint(2, 3)):
                other = p.draw()
                x = when_of(other.published, p.rng)
                p.add("related_list", other.title)
                if p.chance(0.6):
                    p.add("related_list", f"{_MONTHS_EN[x.month - 1][:3]} {x.day}")
        if p.chance(0.5):
            p.add("other", "Did Thread Reader help you today?", "Support us! We are indie developers!")
            if p.chance(0.5):
                p.add("other", "This site is made by just two indie developers on a laptop doing marketing, support and development! Read more about the story.",
                      "Become a Premium Member ($3/month or $30/year) and get exclusive features!")
        p.add("other", *p.rng.sample(("Help", "About", "TOS", "Privacy", "Thread Reader App is not affiliated with X Corp."), p.rng.randint(2, 4)))
        return

    twitter_era = p.chance(0.35)
    arabic_ui = not twitter_era and p.chance(0.4)

    def full_time(x: When) -> str:
        hour, half = x.h12
        if twitter_era:
            return f"{hour}:{x.minute:02d} {'AM' if x.hour < 12 else 'PM'} - {x.day} {_MONTHS_EN[x.month - 1][:3]} {x.year}"
        if arabic_ui:
            return f"{hour}:{x.minute:02d} {half} · {x.day} {_MONTHS_EG[x.month - 1]} {x.year}"
        return f"{hour}:{x.minute:02d} {'AM' if x.hour < 12 else 'PM'} · {_MONTHS_EN[x.month - 1][:3]} {x.day}, {x.year}"

    def short_date(x: When) -> str:
        return f"{x.day} {_MONTHS_EG[x.month - 1]}" if arabic_ui else f"{_MONTHS_EN[x.month - 1][:3]} {x.day}"

    def head(who: str, at: str, x: When, date_label: str = "other", who_label: str = "source_credit") -> Callable[[], None]:
        def printed() -> None:
            p.add(who_label, who, f"@{at}")
            if p.chance(0.7):
                p.add("other", "·")
            p.add(date_label, short_date(x))
        return printed

    if twitter_era:
        p.add("other", "Tweet")
    else:
        p.add("other", p.pick(("Post", "Conversation", "منشور", "المحادثة")))
        if p.chance(0.4):
            p.add("ui_text", p.pick(("See new posts", "عرض منشورات جديدة")))
    p.add("source_credit", name, f"@{handle}")
    p.add("ui_text", p.pick(("Follow", "متابعة")))
    if not untitled:
        p.add("title", headline(p.main, total))
    if p.chance(0.25):
        p.add("ui_text", "Translate Tweet" if twitter_era else "ترجمة المنشور" if arabic_ui else "Translate post")
    if untitled:
        p.add("body", posts[0])
    p.add("dateline", full_time(w))
    if not twitter_era and p.chance(0.8):
        p.add("widget", f"{p.rng.randint(2, 900)}.{p.rng.randint(1, 9)}K {'مشاهدة' if arabic_ui else 'Views'}")
    if twitter_era:
        p.add("widget", f"{p.rng.randint(5, 900)} Retweets {p.rng.randint(5, 2000)} Likes")
    elif p.chance(0.5):
        p.add("widget", f"{p.rng.randint(5, 900)} Reposts", f"{p.rng.randint(1, 90)} Quotes", f"{p.rng.randint(5, 2000)} Likes", f"{p.rng.randint(1, 200)} Bookmarks")
    else:
        p.add("widget", f"{p.rng.randint(5, 900)} {p.rng.randint(5, 2000)} {p.rng.randint(1, 200)}")
    thread_body(posts[1:] if untitled else posts, "body", head=head(name, handle, w), counts=True)
    if p.chance(0.55):  # the outlet's next story in the same running thread
        other, n = p.draw_appended()
        x = when_of(other.published, p.rng)
        more = posts_of(other.paragraphs[: p.rng.randint(2, 5)])
        head(name, handle, x, f"appended-{n}-dateline")()
        p.add(f"appended-{n}-title", headline(other, len(more) + 1))
        if p.chance(0.5):
            p.add("widget", f"{p.rng.randint(0, 40)} {p.rng.randint(2, 300)} {p.rng.randint(5, 900)}")
        thread_body(more, f"appended-{n}-body", head=head(name, handle, x), counts=True)
    if p.chance(0.4):
        for _ in range(p.rng.randint(1, 2)):
            who, at = p.pick(_THREAD_REPLIERS)
            head(who, at, w, who_label="other")()
            p.add("other", p.pick((f"Replying to @{handle}", f"ردًا على @{handle}")), p.pick(_THREAD_REPLIES))
    if not twitter_era and p.chance(0.5):
        p.add("related_list", "اكتشف المزيد" if arabic_ui else "Discover more")
        if p.chance(0.6):
            p.add("related_list", "من جميع أنحاء X" if arabic_ui else "Sourced from across X")
        for _ in range(p.rng.randint(1, 2)):
            outlet, at = p.pick(_HANDLES)
            p.add("related_list", outlet, f"@{at}", p.draw().title)
    if p.chance(0.6):
        if twitter_era:
            p.add("other", f"Don't miss any updates from {name}", "New to Twitter? Sign up now to get your own personalized timeline!")
        elif arabic_ui:
            p.add("other", "لا تفوّت ما يحدث", "الناس على X هم أول من يعرف.")
        else:
            p.add("other", "Don’t miss what’s happening", "People on X are the first to know.")
        p.add("ui_text", *(("تسجيل الدخول", "إنشاء حساب") if arabic_ui else ("Log in", "Sign up")))
    p.add("other", "شروط الخدمة | سياسة الخصوصية | سياسة ملفات تعريف الارتباط" if arabic_ui
          else "Terms of Service | Privacy Policy | Cookie Policy | Accessibility | Ads info | More")
    p.add("other", f"© {w.year if twitter_era else 2024} {'Twitter, Inc.' if twitter_era else 'X Corp.'}")


LAYOUTS_HELDOUT11: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (fact_check_page, wire_service_feed, islamic_affairs_portal, x_thread_unrolled)
}


# --------------------------------------------------------------- twelfth held-out part
# Written after the eleventh held-out part had been measured once, blind to the splitter,
# from kinds of ordinary article pages none of the 57 layouts above shows: the Arabic service
# of a non-Arab state outlet (Anadolu, TRT Arabi, IRNA, Al-Alam, People's Daily Online: their
# own date systems, news codes, place-and-agency lines and sign-offs), a women's and lifestyle
# portal's news section carrying hard news (Sayidaty, Hia, Layalina, Zahrat Al Khaleej, Laha),
# a translated-press page (Arabi21's "صحافة دولية", Noon Post's "ترجمات", Al-Quds Al-Arabi's
# "صحافة") or a press round-up quoting several foreign papers, and an independent or exiled
# outlet's article (Mada Masr, Al-Manassa, Daraj, Raseef22, Zaman al-Wasl, Orient Net: mirror
# links, membership appeals, editors' credits, correction notes, licences). Not registered in
# GOLD_FILES until measured once.

_JALALI = ("فروردين", "أرديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر", "آبان", "آذر", "دي", "بهمن", "إسفند")


def _jalali(x: When) -> tuple[int, int, int]:
    """The Iranian (Solar Hijri) year, month and day of ``x`` (the usual arithmetic conversion)."""
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = x.year + 1 if x.month > 2 else x.year
    days = 355666 + 365 * x.year + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + x.day + before[x.month - 1]
    year = -1595 + 33 * (days // 12053)
    days %= 12053
    year += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        year += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return year, 1 + days // 31, 1 + days % 31
    return year, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def _story_of(a: SourceArticle) -> bool:
    """A world or Middle East story whose lead carries no other outlet's prefix ("(CNN)-- "): the
    pages below glue their own outlet's words to it."""
    return ("-internationalNews-" in a.id or "-middleEast-" in a.id) and not _has_wire_prefix(a.paragraphs[0])


_STATE_SERVICES = ("aa", "trt", "irna", "alalam", "people")
_AA_LANGUAGES = ("Türkçe", "English", "Bosanski", "Русский", "Kurdî", "Français", "فارسی", "Shqip", "Hrvatski", "Español",
                 "Azərbaycan", "Македонски", "Bahasa Indonesia", "Kiswahili", "日本語")
_AA_MENU = ("الرئيسية", "تركيا", "العالم العربي", "دولي", "اقتصاد", "رياضة", "ثقافة وفن", "صحة", "علوم وتكنولوجيا", "تقارير",
            "أنفوغرافيك", "فيديو", "صور")
_AA_WRITERS = ("محمد شيخ يوسف", "إحسان الفقيه", "زين خليل", "عبد الرؤوف أرناؤوط", "أحمد المصري", "قيس أبو سمرة", "ليلى ثابتي")
_TRT_MENU = ("الرئيسية", "أخبار", "تركيا", "الشرق الأوسط", "العالم", "اقتصاد", "رياضة", "رأي", "مدونات", "تقارير", "فيديو", "بودكاست")
_IRNA_LANGUAGES = ("فارسی", "English", "Русский", "Türkçe", "Français", "Español", "Deutsch", "中文", "اردو", "Italiano")
_IRNA_MENU = ("الرئيسية", "إيران", "الشرق الأوسط", "العالم", "اقتصاد", "ثقافة", "رياضة", "مقالات", "صور", "فيديو")
_ALALAM_MENU = ("الرئيسية", "أخبار", "إيران", "العالم العربي", "العالم الإسلامي", "العالم", "تقارير", "برامج", "فيديو", "البث المباشر")
_ALALAM_REGIONS = {"دمشق": "سوريا", "بغداد": "العراق", "بيروت": "لبنان", "القدس": "فلسطين", "عدن": "اليمن", "طهران": "إيران",
                   "القاهرة": "مصر", "الرياض": "السعودية", "واشنطن": "أمريكا", "لندن": "أوروبا", "باريس": "أوروبا",
                   "برلين": "أوروبا", "موسكو": "روسيا", "أنقرة": "تركيا", "بكين": "آسيا"}
_PEOPLE_LANGUAGES = ("中文", "English", "日本語", "Français", "Español", "Русский", "Deutsch", "한국어", "Português", "Italiano", "ภาษาไทย")
_PEOPLE_MENU = ("الصفحة الرئيسية", "الصين", "العالم", "الأعمال والتجارة", "الثقافة والتعليم", "العلوم والتكنولوجيا", "المنوعات",
                "الصين والعرب", "صور", "فيديو")
_PEOPLE_EDITORS = ("Wang Dan", "Li Ting", "Zhang Lin", "Liu Yue", "Chen Xia", "Ma Li", "Guo Wei")


def foreign_state_arabic_service(p: Page) -> None:
    """The Arabic service of a non-Arab state outlet, one news item: Anadolu Agency (aa.com.tr/ar),
    TRT Arabi, IRNA's Arabic site, Al-Alam, People's Daily Online in Arabic; the main article a
    world or Middle East story of the corpus. Anadolu inventory: the language list (one a line
    or on one line with "|"), "وكالة الأناضول", the menu, a breaking strip, the section, the
    title, "Name |05.06.2018 - تحديث : 05.06.2018" on one line or writer and date on two, a
    caption with "(الأناضول)", the "أنقرة/ الأناضول" line above the text (or glued to its lead),
    the agency's sentence that its site shows only part of the subscribers' news, keywords, share
    words, related news. TRT Arabi: brand, menu, "بث مباشر", section, title, "TRT عربي - وكالات",
    the date ("05.06.2018 10:22" or "منذ 3 ساعات"), a caption with "(AA)"/"(Reuters)", a read-also
    line between paragraphs, "المصدر:" under the text, the follow prompt, and on some pages the
    next story under its section label. IRNA: the Solar Hijri, Hijri and Gregorian dates in the
    top bar, the language list, the menu, the title, the date (Levantine and Egyptian month
    names, or the Solar Hijri date), "رمز الخبر: 83xxxxxx", the lead glued to "طهران / 5
    حزيران / يونيو / إرنا – ", the sign-off "انتهى ** 2342", keywords. Al-Alam: brand, "البث
    المباشر", menu, title, "كود الخبر", the date "(بتوقيت غرينتش)", the "العالم - سوريا" line
    above the text, "تابعونا على تلغرام". People's Daily: languages, the masthead, the menu,
    "الصفحة الرئيسية>>section", title, "المصدر: شينخوا | 2018:06:05.10:22", a caption with
    "(صورة/شينخوا)", the editor in charge "(مسؤول عن التحرير: Wang Dan)", "أرسل | اطبع | أغلق
    النافذة", related news and "الأخبار بالصور", the rights line. A few pages print no headline
    (the trail's last step or nothing). Half the sites load or list the next item: on some pages
    it follows whole under "الخبر التالي" or its section label, with its own date and lead line."""
    if not _story_of(p.main):
        p.main = _draw_where(p, _story_of)
    w = when_of(p.main.published, p.rng)
    untitled = p.chance(0.08)  # no headline printed: the trail's last step, or nothing
    trail = untitled or p.chance(0.35)
    site = p.pick(_STATE_SERVICES)
    city = _wire_place(p, p.main)[0]
    jy, jm, jd = _jalali(w)

    def lev(x: When) -> str:
        return f"{x.day} {_MONTHS_LEV[x.month - 1]}/ {_MONTHS_EG[x.month - 1]} {x.year}"

    def dated(x: When) -> str:
        if site == "aa":
            return f"{x.day:02d}.{x.month:02d}.{x.year}"
        if site == "trt":
            return f"{x.day:02d}.{x.month:02d}.{x.year} {x.hour:02d}:{x.minute:02d}" if p.chance(0.6) else _ago(p.rng.randint(20, 600))
        if site == "irna":
            y, m, d = _jalali(x)
            return p.pick((f"{lev(x)}، {x.hour:02d}:{x.minute:02d}", f"{d} {_JALALI[m - 1]} {y}، الساعة {x.hour:02d}:{x.minute:02d}".translate(_INDIC)))
        if site == "alalam":
            return f"{x.day:02d} {_MONTHS_EG[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d} بتوقيت غرينتش".translate(_INDIC if p.chance(0.5) else {})
        return f"{x.year}:{x.month:02d}:{x.day:02d}.{x.hour:02d}:{x.minute:02d}"

    def lead_line(x: When, town: str) -> tuple[str, str]:
        """The place-and-outlet line: ("own", line) printed above the text, ("glued", prefix) on the lead."""
        if site == "aa":
            line = p.pick((f"{town}/ الأناضول", f"{town}/ {p.pick(_AA_WRITERS)}/ الأناضول"))
            return ("own", line) if p.chance(0.65) else ("glued", line + " - ")
        if site == "irna":
            return "glued", p.pick((f"{town} / {x.day} {_MONTHS_LEV[x.month - 1]} / {_MONTHS_EG[x.month - 1]} / إرنا – ", f"{town}- إرنا- "))
        if site == "alalam":
            return "own", f"العالم - {_ALALAM_REGIONS.get(town, p.pick(('العالم', 'مراسلون', 'آسيا وأفريقيا', 'الخليج الفارسي')))}"
        if site == "people":
            return ("glued", f"{town} {x.day} {_MONTHS_EG[x.month - 1]} {x.year} (شينخوا) ") if p.chance(0.5) else ("none", "")
        return ("glued", f"{town} - ") if p.chance(0.3) else ("none", "")

    # the head
    if site == "aa":
        if p.chance(0.5):
            _in_order(p, "ui_text", _AA_LANGUAGES, p.rng.randint(5, len(_AA_LANGUAGES)))
        else:
            p.add("ui_text", " | ".join(_AA_LANGUAGES[: p.rng.randint(6, len(_AA_LANGUAGES))]))
        p.add("other", p.pick(("وكالة الأناضول", "الأناضول")))
        _in_order(p, "other", _AA_MENU, p.rng.randint(6, len(_AA_MENU)))
        if p.chance(0.4):
            p.add("related_list", "عاجل", *p.headlines(p.rng.randint(1, 3)))
        section = p.pick(("العالم العربي", "دولي", "الشرق الأوسط", "تركيا"))
    elif site == "trt":
        p.add("other", "TRT عربي")
        _in_order(p, "other", _TRT_MENU, p.rng.randint(6, len(_TRT_MENU)))
        p.add("ui_text", *p.rng.sample(("بث مباشر", "ابحث", "English", "Türkçe", "النشرة البريدية"), p.rng.randint(1, 3)))
        section = p.pick(("الشرق الأوسط", "العالم", "أخبار", "تقارير"))
    elif site == "irna":
        p.add("widget", p.pick((
            f"{_WEEKDAYS[w.weekday]} {jd} {_JALALI[jm - 1]} {jy} - {_hijri(w)} - {w.day} {_MONTHS_EG[w.month - 1]} {w.year}",
            f"{jy}/{jm:02d}/{jd:02d} - {w.year}/{w.month:02d}/{w.day:02d}".translate(_INDIC),
        )))
        _in_order(p, "ui_text", _IRNA_LANGUAGES, p.rng.randint(4, len(_IRNA_LANGUAGES)))
        p.add("other", p.pick(("وكالة الجمهورية الإسلامية للأنباء", "إرنا", "IRNA - إرنا")))
        _in_order(p, "other", _IRNA_MENU, p.rng.randint(5, len(_IRNA_MENU)))
        section = p.pick(("الشرق الأوسط", "العالم", "إيران"))
    elif site == "alalam":
        p.add("other", p.pick(("قناة العالم الإخبارية", "العالم")))
        _in_order(p, "other", _ALALAM_MENU, p.rng.randint(5, len(_ALALAM_MENU)))
        if p.chance(0.5):
            p.add("related_list", p.pick(("عاجل", "آخر الأخبار")))
            for headline in p.headlines(p.rng.randint(2, 4)):
                h, m = _clock(w, -p.rng.randint(5, 300))
                p.add("related_list", f"{h:02d}:{m:02d} {headline}" if p.chance(0.5) else headline)
        section = p.pick(("العالم العربي", "العالم", "تقارير", "أخبار"))
    else:
        if p.chance(0.6):
            _in_order(p, "ui_text", _PEOPLE_LANGUAGES, p.rng.randint(5, len(_PEOPLE_LANGUAGES)))
        p.add("other", p.pick(("صحيفة الشعب اليومية أونلاين", "人民网 - صحيفة الشعب اليومية أونلاين")))
        _in_order(p, "other", _PEOPLE_MENU, p.rng.randint(5, len(_PEOPLE_MENU)))
        section = p.pick(("العالم", "الصين والعرب", "الأخبار"))

    # the trail, section label and title
    if site == "people":
        p.add("other", f"الصفحة الرئيسية>>{section}" + (f">>{p.main.title}" if untitled else ""))
    elif trail:
        p.add("other", p.pick((" > ", " / ", " » ")).join(["الرئيسية", section] + ([p.main.title] if untitled else [])))
    if site in ("aa", "trt", "irna") and p.chance(0.6):
        p.add("other", section)
    if not untitled:
        p.add("title", p.main.title)

    # the meta lines
    if site == "aa":
        writer = p.pick(_AA_WRITERS)
        stamp = dated(w)
        if p.chance(0.5):
            p.add("dateline", f"{writer} |{stamp}" + (f" - تحديث : {stamp}" if p.chance(0.6) else ""))
        else:
            p.add("source_credit", writer)
            p.add("dateline", stamp + (f" - تحديث : {stamp}" if p.chance(0.4) else ""))
    elif site == "trt":
        credit = p.pick(("TRT عربي - وكالات", "TRT عربي", "TRT عربي - الأناضول"))
        if p.chance(0.5):
            p.add("source_credit", credit)
        p.add("dateline", dated(w))
    elif site == "irna":
        p.add("dateline", dated(w))
        p.add("widget", f"رمز الخبر: {p.rng.randint(82800000, 82999999)}")
    elif site == "alalam":
        if p.chance(0.6):
            p.add("widget", f"كود الخبر: {p.rng.randint(3500000, 3599999)}")
        p.add("dateline", dated(w))
    else:
        p.add("dateline", f"المصدر: {p.pick(('شينخوا', 'صحيفة الشعب اليومية أونلاين', 'CRI'))} | {dated(w)}" if p.chance(0.6) else dated(w))
    if p.chance(0.4):
        p.add("ui_text", *p.rng.sample(("طباعة", "إرسال", "حفظ", "A+", "A-", "مشاركة"), p.rng.randint(2, 4)))
    credit = {"aa": " - الأناضول", "trt": p.pick((" (AA)", " (Reuters)", " (AFP)")), "irna": " - إرنا", "alalam": "",
              "people": " (صورة/شينخوا)"}[site]
    if p.chance(0.6):
        p.add("caption", caption(p, credit=0.0) + credit)

    # the text
    kind, line = lead_line(w, city)
    if kind == "own":
        p.add("source_credit", line)
    paragraphs = list(p.main.paragraphs)
    if kind == "glued":
        paragraphs[0] = line + paragraphs[0]
    inner = p.rng.randint(0, len(paragraphs) - 2) if len(paragraphs) > 2 and p.chance(0.5) else -1
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index == inner:
            if site == "trt" or p.chance(0.4):
                if p.chance(0.5):
                    p.add("read_also", f"{p.pick(('اقرأ أيضاً:', 'اقرأ أيضا:'))} {p.draw().title}")
                else:
                    p.add("read_also", p.pick(("اقرأ أيضاً", "اقرأ أيضا")), p.draw().title)
            else:
                p.add("caption", caption(p, credit=0.0) + credit)

    # the sign-offs and what follows
    if site == "aa" and p.chance(0.7):
        p.add("other", "الموقع الإلكتروني لوكالة الأناضول يعرض فقط جزءاً من الأخبار التي تُقدَّم للمشتركين في نظام تدفق الأخبار "
              "(HAS) الخاص بالوكالة، وبصورة مختصرة. يرجى التواصل معنا للاشتراك.")
    if site == "trt" and p.chance(0.6):
        p.add("source_credit", p.pick(("المصدر: TRT عربي - وكالات", "المصدر: TRT عربي", "المصدر: وكالات")))
    if site == "irna":
        p.add("other", p.pick((f"انتهى ** {p.rng.randint(1000, 2999)}", f"{p.pick(('ح ع', 'م ع', 'ر ض'))} ** {p.rng.randint(1000, 2999)}", "انتهى ***")))
    if site == "people":
        p.add("source_credit", f"(مسؤول عن التحرير: {p.pick(_PEOPLE_EDITORS)})" if p.chance(0.6) else f"(مسؤول عن التحرير：{p.pick(_PEOPLE_EDITORS)}、{p.pick(_PEOPLE_EDITORS)})")
        p.add("ui_text", p.pick(("أرسل | اطبع | أغلق النافذة", "أرسل", "اطبع")))
    if p.chance(0.55):
        words = [" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 4))]
        if site == "aa" and p.chance(0.5):
            p.add("tags", " ".join("#" + re.sub(r"[^\w ]", "", word).strip().replace(" ", "_") for word in words))
        else:
            p.add("tags", p.pick(("الكلمات الدلالية", "الكلمات الرئيسية", "وسوم", "كلمات مفتاحية")), *words)
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(SHARE_AR, p.rng.randint(2, 5)))
    if site == "alalam" and p.chance(0.6):
        p.add("ui_text", p.pick(("تابعونا على تلغرام", "تابعوا قناة العالم على تلغرام", "تابعونا على تلغرام وإنستغرام وإكس")))
    if site == "trt" and p.chance(0.5):
        p.add("ui_text", p.pick(("تابعنا على", "تابع TRT عربي على واتساب")))
    if p.chance(0.4):
        if site == "trt" or p.chance(0.5):
            p.add("other", section)
        else:
            p.add("read_also", p.pick(("الخبر التالي", "الخبر التالي »", "الخبر السابق")))
        nsite = site

        def next_under(x: When) -> list[tuple[str, str]]:
            if nsite == "aa":
                return [("dateline", f"{p.pick(_AA_WRITERS)} |{dated(x)}")]
            if nsite == "irna":
                return [("dateline", dated(x)), ("widget", f"رمز الخبر: {p.rng.randint(82800000, 82999999)}")]
            return [("dateline", dated(x))]

        other = _draw_where(p, lambda a: len(a.paragraphs) >= 2 and _story_of(a))
        p.appended += 1
        n = p.appended
        x = when_of(other.published, p.rng)
        p.add(f"appended-{n}-title", other.title)
        for label, text in next_under(x):
            p.add(f"appended-{n}-dateline" if label == "dateline" else label, text)
        kind, line = lead_line(x, _wire_place(p, other)[0])
        if _has_wire_prefix(other.paragraphs[0]):
            kind = "none"
        if kind == "own":
            p.add("source_credit", line)
        paragraphs = list(other.paragraphs[: p.rng.randint(2, 6)])
        if kind == "glued" and not _has_wire_prefix(paragraphs[0]):
            paragraphs[0] = line + paragraphs[0]
        p.add(f"appended-{n}-body", *paragraphs)
        if site == "irna":
            p.add("other", f"انتهى ** {p.rng.randint(1000, 2999)}")
    p.add("related_list", p.pick(("أخبار ذات صلة", "اقرأ المزيد", "المزيد من الأخبار", f"المزيد من {section}", "أخبار ذات علاقة")))
    for _ in range(p.rng.randint(2, 5)):
        other = p.draw()
        p.add("related_list", other.title)
        if p.chance(0.4):
            p.add("related_list", dated(when_of(other.published, p.rng)))
    if site == "people" and p.chance(0.6):
        p.add("related_list", "الأخبار بالصور", *p.headlines(p.rng.randint(2, 3)))
    p.add("other", {
        "aa": f"© {w.year} وكالة الأناضول. جميع الحقوق محفوظة",
        "trt": f"© TRT عربي {w.year}",
        "irna": f"جميع الحقوق محفوظة لوكالة الجمهورية الإسلامية للأنباء © {w.year}",
        "alalam": f"جميع الحقوق محفوظة لقناة العالم الإخبارية © {w.year}",
        "people": "جميع حقوق النشر محفوظة لصحيفة الشعب اليومية أونلاين",
    }[site])


_LIFESTYLE_SITES = (
    ("سيدتي", "sayidaty.net", "المجموعة السعودية للأبحاث والإعلام"), ("هي", "hiamag.com", "المجموعة السعودية للأبحاث والإعلام"),
    ("ليالينا", "layalina.com", "ليالينا"), ("زهرة الخليج", "zahratalkhaleej.ae", "أبوظبي للإعلام"), ("لها", "lahamag.com", "دار الحياة"),
    ("أنا زهرة", "anazahra.com", "أنا زهرة"),
)
_LIFESTYLE_MENU = ("الرئيسية", "موضة", "جمال", "مشاهير", "أمومة وطفولة", "صحة ورشاقة", "مطبخ", "سياحة وسفر", "أسرة ومجتمع", "أخبار",
                   "تكنولوجيا", "أبراج", "فيديو", "تسوّقي")
_SIGNS = ("الحمل", "الثور", "الجوزاء", "السرطان", "الأسد", "العذراء", "الميزان", "العقرب", "القوس", "الجدي", "الدلو", "الحوت")
_LIFESTYLE_WRITERS = ("نجلاء عبد الله", "Rania Youssef", "هند سعيد", "سارة المطيري", "لينا الحوراني", "فريق التحرير", "ديانا الشامي")
_LIFESTYLE_HEADLINES = (
    "5 طرق لتنسيق الفستان الأبيض في الصيف", "وصفة كيكة الشوكولاتة السهلة في 20 دقيقة", "أفضل كريمات الحماية من الشمس لبشرتك",
    "إطلالات النجمات في مهرجان كان السينمائي", "كيف تتعاملين مع نوبات غضب طفلك؟", "6 عادات صباحية تساعدك على خسارة الوزن",
    "ألوان طلاء الأظافر الأكثر رواجاً هذا الموسم", "أجمل الوجهات السياحية لشهر العسل", "حظك اليوم وتوقعات الأبراج",
    "فوائد الماء الدافئ مع الليمون على الريق", "تسريحات شعر سهلة لحفلات الأعراس", "أفكار لديكور غرفة المعيشة بميزانية محدودة",
    "عبايات رمضان 2018: أحدث الصيحات", "كيف تختارين عطرك المناسب للصيف؟", "أطباق إفطار صحية لأطفالك قبل المدرسة",
)
_INSTA = (("Nancy Ajram", "nancyajram"), ("Elissa", "elissazkh"), ("Hind Sabri", "hend_sabry"), ("Queen Rania", "queenrania"),
          ("Balqees", "balqeesfathi"), ("Dubai Media Office", "dxbmediaoffice"))
_INSTA_TEXTS = ("دعواتكم 🙏", "❤️❤️", "قلوبنا معكم 💔", "#اليوم_العالمي_للبيئة 🌍", "شكراً لكل من شارك 🌸", "لحظات لا تُنسى ✨")


def lifestyle_portal_news(p: Page) -> None:
    """A women's and lifestyle portal's news section carrying hard news (Sayidaty, Hia, Layalina,
    Zahrat Al Khaleej, Laha, Ana Zahra): the main article any story of the corpus but sport. Inventory: the
    portal's words in the feminine ("ابحثي", "سجّلي الدخول", "اشتركي"), the brand, the menu of
    fashion, beauty, celebrities, motherhood ... news, a "رائج الآن" strip of lifestyle headlines
    or hashtags, a horoscope box ("برجك اليوم" and the signs one a line), a ">" / "|" trail, the
    section label, the title, the byline ("سيدتي - Name", "إعداد: Name", "site نت - وكالات"), the
    date (with time, or "نشر في ... آخر تحديث ..."), reading time, the featured photo's caption
    with a "Shutterstock" / Instagram / agency credit; between paragraphs an ad slot ("إعلان"), a
    "اقرئي أيضاً:" line with a lifestyle headline (or the cue and the headline on two lines), an
    embedded Instagram post ("عرض هذه المشاركة على Instagram", its text, "A post shared by Name
    (@handle)" / "تمت مشاركة منشور بواسطة ...") or an embedded X post, a gallery counter with a
    caption; after the text "المصدر: وكالات" on some pages, keywords, "شاركي" and the networks
    (Pinterest among them), "ما رأيك بهذا المقال؟" with the reaction words, a quiz teaser, "لا
    تفوتي" / "قد يعجبك أيضاً" lifestyle headlines, the newsletter box in the feminine, the most-read
    list (news and lifestyle mixed), and on some pages the next article of the scroll under its
    section label or "المقال التالي" with its own byline and date; the footer and its copyright."""
    if "-sport-" in p.main.id:  # the portal's news section: world, Middle East, economy, technology, culture
        p.main = _draw_where(p, lambda a: "-sport-" not in a.id)
    w = when_of(p.main.published, p.rng)
    site, host, owner = p.pick(_LIFESTYLE_SITES)
    section = p.pick(("أخبار", "أخبار العالم", "منوعات", "أخبار سيدتي" if site == "سيدتي" else "أخبار عربية", "العالم"))
    writer = p.pick(_LIFESTYLE_WRITERS)

    def date_of(x: When, form: int) -> str:
        hour, half = x.h12
        return (f"{_WEEKDAYS[x.weekday]} {x.day:02d} {_MONTHS_EG[x.month - 1]} {x.year}",
                f"{x.day:02d} {_MONTHS_EG[x.month - 1]} {x.year} - {hour:02d}:{x.minute:02d} {half}",
                f"نشر في {x.day:02d}/{x.month:02d}/{x.year} - {hour:02d}:{x.minute:02d} {half}",
                f"{_MONTHS_EN[x.month - 1]} {x.day}, {x.year}")[form]

    def byline() -> str:
        return p.pick((f"{site} - {writer}", f"إعداد: {writer}", f"{site} نت - وكالات" if site == "سيدتي" else f"{site} - وكالات",
                       f"{writer} - {p.pick(('دبي', 'الرياض', 'القاهرة', 'بيروت', 'جدة'))}", writer))

    form = p.rng.randrange(4)
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("ابحثي", "سجّلي الدخول", "اشتركي", "English", "النسخة المطبوعة"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {p.pick(('مجلة المرأة العربية', 'دليلك للموضة والجمال', 'عالم المرأة'))}")
    _in_order(p, "other", _LIFESTYLE_MENU, p.rng.randint(6, len(_LIFESTYLE_MENU)))
    if p.chance(0.45):
        if p.chance(0.5):
            p.add("related_list", p.pick(("رائج الآن", "الأكثر بحثاً", "ترند")), *p.rng.sample(_LIFESTYLE_HEADLINES, p.rng.randint(2, 4)))
        else:
            p.add("related_list", "رائج: " + " ".join(p.rng.sample(("#رمضان", "#موضة", "#كأس_العالم", "#مشاهير", "#وصفات", "#جمال", "#عيد_الفطر"), 3)))
    horoscope_top = p.chance(0.3)

    def horoscope() -> None:
        p.add("widget", p.pick(("برجك اليوم", "حظك اليوم", "الأبراج")))
        _in_order(p, "widget", _SIGNS, p.rng.randint(4, 12))

    if horoscope_top:
        horoscope()
    if p.chance(0.6):
        p.add("other", p.pick((" > ", " | ", " / ")).join(["الرئيسية", p.pick(("أخبار", "منوعات", "أسرة ومجتمع")), section]))
    if p.chance(0.5):
        p.add("other", section)
    untitled = p.chance(0.06)
    if not untitled:
        p.add("title", p.main.title)
    credit_first = p.chance(0.6)
    if credit_first:
        p.add("source_credit", byline())
    if form == 2 and p.chance(0.6):
        hour, minute = _clock(w, p.rng.randint(30, 400))
        p.add("dateline", f"{date_of(w, 2)} | آخر تحديث {hour:02d}:{minute:02d}")
    else:
        p.add("dateline", date_of(w, form))
    if not credit_first:
        p.add("source_credit", byline())
    if p.chance(0.5):
        p.add("widget", p.pick((f"{p.rng.randint(3, 9)} دقائق قراءة", f"وقت القراءة: {p.rng.randint(3, 9)} دقائق", f"{p.rng.randint(120, 9000)} مشاهدة")))
    photo_credits = ("الصورة من Shutterstock", "(Getty)", "صورة من حساب النجمة على إنستغرام", "مصدر الصورة: AFP", "(رويترز)", "الصورة: Unsplash")
    if p.chance(0.65):
        p.add("caption", f"{caption(p, credit=0.0)} - {p.pick(photo_credits)}" if p.chance(0.6) else p.pick(photo_credits))

    def instagram() -> None:
        name, handle = p.pick(_INSTA)
        arabic = p.chance(0.5)
        p.add("embedded_post", "عرض هذه المشاركة على Instagram" if arabic else "View this post on Instagram")
        p.add("embedded_post", p.pick(_INSTA_TEXTS))
        if arabic:
            p.add("embedded_post", f"تمت مشاركة منشور بواسطة {name} (@{handle})")
        else:
            hour, half = w.h12
            p.add("embedded_post", f"A post shared by {name} (@{handle}) on {_MONTHS_EN[w.month - 1][:3]} {w.day}, {w.year} at {hour}:{w.minute:02d}{'am' if half == 'ص' else 'pm'} PDT")

    paragraphs = p.main.paragraphs
    slots = sorted(p.rng.sample(range(len(paragraphs) - 1), min(len(paragraphs) - 1, p.rng.randint(0, 3))))
    kinds = ["ad", "read", "insta", "tweet", "gallery"]
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index in slots:
            kind = p.pick(kinds)
            if kind == "ad":
                p.add("other", p.pick(("إعلان", "Advertisement", "- إعلان -")))
            elif kind == "read":
                if p.chance(0.6):
                    p.add("read_also", f"{p.pick(('اقرئي أيضاً:', 'اقرئي أيضًا:', 'قد يهمك أيضاً:'))} {p.pick(_LIFESTYLE_HEADLINES)}")
                else:
                    p.add("read_also", p.pick(("اقرئي أيضاً", "اقرئي أيضًا")), p.pick(_LIFESTYLE_HEADLINES))
            elif kind == "insta":
                instagram()
            elif kind == "tweet":
                tweet(p, w)
            else:
                p.add("caption", f"الصورة {p.rng.randint(1, 3)} من {p.rng.randint(4, 12)}", caption(p, credit=0.5))
    if p.chance(0.35):
        p.add("source_credit", p.pick(("المصدر: وكالات", "المصدر: سكاي نيوز عربية", "المصدر: العربية.نت", f"{site} - وكالات")))
    if p.chance(0.5):
        words = [" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 4))]
        p.add("tags", *([p.pick(("الكلمات المفتاحية", "كلمات دالة", "تاغ"))] + words if p.chance(0.6) else [" ".join("#" + re.sub(r"[^\w ]", "", x).strip().replace(" ", "_") for x in words)]))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شاركي", "شاركي المقال", "شارك")), *p.rng.sample(("فيسبوك", "تويتر", "واتساب", "بنترست", "سناب شات", "البريد الإلكتروني"), p.rng.randint(2, 4)))
    if p.chance(0.4):
        p.add("widget", p.pick(("ما رأيك بهذا المقال؟", "كيف وجدتِ هذا المقال؟")), *p.rng.sample(("أحببته", "مفيد", "مضحك", "مدهش", "حزين", "مغضب"), p.rng.randint(3, 5)))
    if p.chance(0.3):
        p.add("widget", p.pick(("اختبري نفسك: هل أنتِ متابعة جيدة للأخبار؟", "اختبار: أي نوع من الأمهات أنتِ؟", "اختبري معلوماتك عن مونديال روسيا")), p.pick(("ابدئي الاختبار", "ابدئي")))
    if p.chance(0.4):
        p.add("read_also", p.pick(("المقال التالي", "المقال التالي ›")))
        nform = form
        _more_story(p, between=lambda x: [("source_credit", byline())] if p.chance(0.5) else [],
                    dated=lambda x: date_of(x, nform if nform != 2 else 0))
    elif p.chance(0.25):
        p.add("other", section)
        _more_story(p, dated=lambda x: date_of(x, 0), under=lambda x: [("source_credit", byline())])
    p.add("related_list", p.pick(("لا تفوتي", "قد يعجبك أيضاً", "مقالات ذات صلة")), *p.rng.sample(_LIFESTYLE_HEADLINES, p.rng.randint(2, 4)))
    if p.chance(0.55):
        p.add("other", p.pick(("اشتركي في نشرتنا البريدية لتصلك آخر أخبار الموضة والجمال والمشاهير", "اشتركي في النشرة الإخبارية")))
        p.add("ui_text", "بريدك الإلكتروني", p.pick(("اشتركي", "اشتراك")))
    if p.chance(0.6):
        p.add("related_list", p.pick(("الأكثر قراءة", "الأكثر مشاهدة")))
        for _ in range(p.rng.randint(3, 5)):
            p.add("related_list", p.draw().title if p.chance(0.5) else p.pick(_LIFESTYLE_HEADLINES))
    if not horoscope_top and p.chance(0.3):
        horoscope()
    one_per_line(p, "other", FOOTER, p.rng.randint(2, 5))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة © {owner} {w.year}", f"{host} © {w.year}")))


_TRANSLATION_SITES = (
    ("عربي21", "arabi21.com", "صحافة دولية", "لندن- عربي21"), ("نون بوست", "noonpost.com", "ترجمات", "ترجمة وتحرير: نون بوست"),
    ("القدس العربي", "alquds.co.uk", "صحافة", "لندن- «القدس العربي»"), ("الخليج الجديد", "thenewkhalij.news", "ترجمات", "الخليج الجديد"),
    ("ساسة بوست", "sasapost.com", "مترجم", "ساسة بوست"), ("الجزيرة نت", "aljazeera.net", "ترجمات", "الجزيرة نت"),
)
_FOREIGN_PAPERS = (
    ("الغارديان", "البريطانية", "The Guardian", "theguardian.com/world"), ("نيويورك تايمز", "الأمريكية", "The New York Times", "nytimes.com"),
    ("واشنطن بوست", "الأمريكية", "The Washington Post", "washingtonpost.com/world"), ("لوموند", "الفرنسية", "Le Monde", "lemonde.fr/international"),
    ("التايمز", "البريطانية", "The Times", "thetimes.co.uk/article"), ("فايننشال تايمز", "البريطانية", "Financial Times", "ft.com/content"),
    ("دير شبيغل", "الألمانية", "Der Spiegel", "spiegel.de/ausland"), ("فورين بوليسي", "الأمريكية", "Foreign Policy", "foreignpolicy.com"),
    ("إندبندنت", "البريطانية", "The Independent", "independent.co.uk/news/world"), ("لوفيغارو", "الفرنسية", "Le Figaro", "lefigaro.fr/international"),
    ("وول ستريت جورنال", "الأمريكية", "The Wall Street Journal", "wsj.com/articles"), ("ميدل إيست آي", "البريطاني", "Middle East Eye", "middleeasteye.net/news"),
)
_FOREIGN_WRITERS = ("Patrick Wintour", "David D. Kirkpatrick", "Liz Sly", "Benjamin Barthe", "Richard Spencer", "Martin Chulov",
                    "Anne Barnard", "Bethan McKernan", "David Hearst", "Borzou Daragahi", "Louisa Loveluck", "Ben Hubbard")
def _medium(paper: tuple[str, str, str, str]) -> str:
    """What Arabic calls the foreign title: a paper, a magazine or a site."""
    return "موقع" if paper[0] == "ميدل إيست آي" else "مجلة" if paper[0] in ("فورين بوليسي", "دير شبيغل") else "صحيفة"


def _says(paper: tuple[str, str, str, str]) -> str:
    medium = _medium(paper)
    return "يقول الموقع" if medium == "موقع" else f"تقول ال{medium}"


_TRANSLATORS = ("باسل درويش", "إبراهيم درويش", "ربى خدام الجامع", "فريق التحرير", "محمد البنا", "نور علوان")
_PIECES = ("تقريرا", "مقالا", "تحليلا", "تقريرا لمراسلها", "مقال رأي", "تحقيقا")


def translated_press_page(p: Page) -> None:
    """A page of an Arabic outlet's foreign-press section (Arabi21's "صحافة دولية", Noon Post's
    "ترجمات", Al-Quds Al-Arabi's "صحافة", Al-Khaleej Al-Jadeed, Sasa Post, Al Jazeera Net's
    translations): a piece of a foreign paper told or translated in Arabic, or on a quarter of
    the pages a press round-up quoting several papers; the main article a world or Middle East
    story of the corpus. Inventory: the site's brand, menu and search words, the section label,
    the title (often the paper's name glued on: "الغارديان: title"; on a few pages none), the
    site's credit ("لندن- عربي21", "ترجمة وتحرير: نون بوست") and the translator, the original's
    writer ("كتبه: Patrick Wintour"), the date, a comments counter, a photo caption with credit;
    the text, its lead opening with the site's own words ("نشرت صحيفة «الغارديان» البريطانية
    تقريرا ... جاء فيه: " glued on, or a line of its own ending "وفيما يلي نص المقال:") and a
    later paragraph with "وتقول الصحيفة: " (the magazine's, the site's) glued on, all of them
    the article's; a read-also line between paragraphs; after it the original's reference
    ("للاطلاع على النص الأصلي (هنا)", "المصدر: The Guardian", "النص الأصلي: URL"), the opinions
    disclaimer in a full sentence, tags, share words; on some pages the section's next
    translation whole under "التالي في صحافة دولية" or under nothing but the section label (its
    title with its paper's name, its date, its text with the opening); "من الصحافة العالمية":
    other translations as "paper: headline" lines, comments, the footer. The round-up ("جولة في
    الصحافة العالمية", "صحف عالمية"): a title of its own words glued to the lead story's
    headline or the headline alone, a date, then for each paper a cross-head (the paper's name,
    or "paper: headline") and its paragraphs, the first opened with "تقول الصحيفة: " or not: one
    article, the cross-heads and openings its own lines; "المصدر: صحف ومواقع" under it."""
    if not _story_of(p.main):
        p.main = _draw_where(p, _story_of)
    w = when_of(p.main.published, p.rng)
    site, host, section, credit = p.pick(_TRANSLATION_SITES)
    roundup = p.chance(0.25)
    papers = p.rng.sample(_FOREIGN_PAPERS, 4)

    def date_of(x: When) -> str:
        hour, half = x.h12
        return p.pick((f"{_WEEKDAYS[x.weekday]}، {x.day:02d} {_MONTHS_EG[x.month - 1]} {x.year} {hour:02d}:{x.minute:02d} {half}",
                       f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{x.day}/{x.month}/{x.year} - {x.hour:02d}:{x.minute:02d}",
                       f"نشر في {x.day} - {_MONTHS_EG[x.month - 1]} - {x.year}"))

    def opening(paper: tuple[str, str, str, str]) -> str:
        name, adj, _, _ = paper
        piece = p.pick(_PIECES)
        writer = f" للكاتب {p.pick(_FOREIGN_WRITERS)}" if piece != "تقريرا لمراسلها" and p.chance(0.4) else ""
        return f"نشر{'' if _medium(paper) == 'موقع' else 'ت'} {_medium(paper)} «{name}» {adj} {piece}{writer}"

    def translation(paper: tuple[str, str, str, str], paragraphs: list[str], label: str) -> None:
        """A translated piece's text: its opening glued to the lead or on a line of its own, and
        one later paragraph with "the paper says" glued on."""
        paragraphs = list(paragraphs)
        if p.chance(0.7) and not _has_wire_prefix(paragraphs[0]):
            paragraphs[0] = f"{opening(paper)}، {p.pick(('جاء فيه', 'قالت فيه', 'ترجمته ' + site, 'تقول فيه'))}: {paragraphs[0]}"
        else:
            paragraphs.insert(0, opening(paper) + p.pick(("، وفيما يلي نص المقال:", "، وهذه ترجمته:", f" ترجمته {site} بتصرف:")))
        if len(paragraphs) > 2 and p.chance(0.4):
            index = p.rng.randint(2, len(paragraphs) - 1)
            paragraphs[index] = p.pick((f"و{_says(paper)}: ", "ويضيف الكاتب: ")) + paragraphs[index]
        p.add(label, *paragraphs)

    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("بحث", "English", "تسجيل الدخول", "النشرة البريدية", "بث مباشر"), p.rng.randint(1, 3)))
    p.add("other", site)
    _in_order(p, "other", ("الرئيسية", "أخبار", "سياسة", "اقتصاد", "مقالات", "صحافة دولية" if site == "عربي21" else section,
                           "تقارير", "رياضة", "مدونات", "فيديو", "منوعات"), p.rng.randint(5, 11))
    if p.chance(0.4):
        p.add("other", f"الرئيسية > {section}")
    if p.chance(0.6):
        p.add("other", p.pick((section, "عين على الصحافة الأجنبية", "صحف عالمية", "قالت الصحف")))
    untitled = p.chance(0.07)
    first = papers[0]
    if roundup:
        if not untitled:
            p.add("title", p.pick((f"جولة في الصحافة العالمية: {p.main.title}", f"صحف عالمية: {p.main.title}", p.main.title)))
    elif not untitled:
        p.add("title", p.pick((f"{first[0]}: {p.main.title}", f"{first[2]}: {p.main.title}", p.main.title, f"«{first[0]}»: {p.main.title}")))
    if not roundup and p.chance(0.75):
        p.add("source_credit", p.pick((credit, f"{credit} - {p.pick(_TRANSLATORS)}", f"ترجمة: {p.pick(_TRANSLATORS)}")))
    p.add("dateline", date_of(w))
    if not roundup and p.chance(0.4):
        p.add("source_credit", p.pick((f"كتبه: {p.pick(_FOREIGN_WRITERS)}", f"الكاتب: {p.pick(_FOREIGN_WRITERS)}", f"{first[2]} - {p.pick(_FOREIGN_WRITERS)}")))
    if p.chance(0.4):
        p.add("ui_text", p.pick((f"# {p.rng.randint(1, 40)} تعليقات", f"{p.rng.randint(1, 40)} تعليق", "أضف تعليقك")))
    if p.chance(0.55):
        p.add("caption", caption(p, credit=0.7))
    if roundup:
        sources = [(papers[0], p.main)] + [(paper, _draw_where(p, lambda a: len(a.paragraphs) >= 2 and _story_of(a)))
                                          for paper in papers[1: p.rng.randint(2, 3) + 1]]
        for paper, article in sources:
            p.add("body", p.pick((paper[0], f"{paper[0]}: {article.title}", f"{_medium(paper)} «{paper[0]}» {paper[1]}")))
            text = list(article.paragraphs[: p.rng.randint(2, 3)] if article is not p.main else article.paragraphs)
            text[0] = p.pick((f"{_says(paper)}: ", f"وفي ال{_medium(paper)}: ", "")) + text[0]
            p.add("body", *text)
    else:
        paragraphs = list(p.main.paragraphs)
        inner = p.rng.randint(1, len(paragraphs) - 1) if len(paragraphs) > 2 and p.chance(0.35) else 0
        translation(first, paragraphs[:inner] if inner else paragraphs, "body")
        if inner:
            p.add("read_also", f"{p.pick(('اقرأ أيضا:', 'اقرأ أيضاً:', 'طالع أيضاً:'))} {first[0] if p.chance(0.4) else papers[1][0]}: {p.draw().title}")
            p.add("body", *paragraphs[inner:])
    if not roundup:
        reference = p.rng.randrange(4)
        if reference == 0:
            p.add("source_credit", p.pick(("للاطلاع على النص الأصلي (هنا)", "للاطلاع على المقال الأصلي اضغط هنا")))
        elif reference == 1:
            p.add("source_credit", f"المصدر: {p.pick((first[0], first[2]))}")
        elif reference == 2:
            p.add("source_credit", f"النص الأصلي: https://www.{first[3]}/{w.year}/{w.month:02d}/{w.day:02d}/{p.rng.randint(10000, 99999)}")
    else:
        p.add("source_credit", p.pick(("المصدر: صحف ومواقع", "المصدر: الصحف البريطانية والأمريكية", f"المصدر: {site} - صحف")))
    if p.chance(0.45):
        p.add("other", p.pick(("المقالات والآراء المنشورة تعبّر عن رأي كاتبها، ولا تعبّر بالضرورة عن رأي الموقع.",
                               f"ما ورد في هذا المقال يعبّر عن رأي الصحيفة وكاتبه، ولا يعكس بالضرورة الموقف التحريري لـ{site}.")))
    if p.chance(0.5):
        p.add("tags", *([p.pick(("الوسوم", "كلمات مفتاحية", "مواضيع"))] + [" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 4))]))
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(SHARE_AR, p.rng.randint(2, 5)))
    if p.chance(0.35):
        if p.chance(0.6):
            p.add("read_also", p.pick((f"التالي في {section}", "المقال التالي")))
        else:
            p.add("other", section)
        other = _draw_where(p, lambda a: len(a.paragraphs) >= 2 and _story_of(a))
        p.appended += 1
        n = p.appended
        paper = papers[-1]
        p.add(f"appended-{n}-title", f"{paper[0]}: {other.title}" if p.chance(0.7) else other.title)
        p.add(f"appended-{n}-dateline", date_of(when_of(other.published, p.rng)))
        translation(paper, list(other.paragraphs[: p.rng.randint(2, 6)]), f"appended-{n}-body")
    p.add("related_list", p.pick(("من الصحافة العالمية", f"المزيد من {section}", "ترجمات أخرى", "الأكثر قراءة")))
    for _ in range(p.rng.randint(2, 5)):
        other = p.draw()
        p.add("related_list", f"{p.pick(_FOREIGN_PAPERS)[0]}: {other.title}" if p.chance(0.7) else other.title)
    if p.chance(0.4):
        p.add("ui_text", p.pick(("التعليقات", "أضف تعليقاً")))
        for _ in range(p.rng.randint(1, 2)):
            p.add("other", p.pick(_READER_NAMES), p.pick(_READER_COMMENTS))
        p.add("ui_text", *p.rng.sample(("الاسم", "البريد الإلكتروني", "التعليق", "إرسال"), p.rng.randint(2, 4)))
    one_per_line(p, "other", FOOTER, p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة لـ{site} {w.year}", f"{host} © {w.year}")))


_EXILE_SITES = (
    ("مدى مصر", "madamasr.com", "eg", "صحافة مستقلة"), ("المنصة", "manassa.news", "eg", "صحافة جديدة"),
    ("درج", "daraj.media", "lb", "قصص تهمّك"), ("رصيف22", "raseef22.net", "lb", "أصوات من العالم العربي"),
    ("زمان الوصل", "zamanalwsl.net", "sy", "صحيفة سورية مستقلة"), ("أورينت نت", "orient-news.net", "sy", "أخبار سوريا والعالم"),
)
_EXILE_MENU = ("الرئيسية", "أخبار", "سياسة", "مجتمع", "اقتصاد", "حقوق وحريات", "تحقيقات", "ثقافة", "رأي", "ملفات", "بودكاست", "English")
_EXILE_WRITERS = ("بيسان كساب", "مصطفى محيي", "حازم صلاح", "سلمى حسين", "علي الإبراهيم", "ديانا مقلد", "حسام جزماتي", "مريم سالم", "فريق التحرير")
_EXILE_FILES = ("ملف: ما بعد الحرب", "ملف: الطريق إلى المنفى", "سلسلة: اقتصاد الأزمة", "ملف: الانتخابات", "ملف: اللجوء", "قصة مستمرة")
_MEMBERSHIP = (
    "نحن مؤسسة صحفية مستقلة لا تقبل تمويلاً حكومياً ولا إعلانات سياسية، ونعتمد على دعم قرائنا لنواصل العمل رغم الحجب والملاحقة.",
    "الصحافة المستقلة مكلفة، وأنتم من يجعلها ممكنة. انضموا إلى برنامج العضوية وساعدونا على الاستمرار.",
    "إذا وجدت هذه القصة مفيدة، فكر في دعمنا بمبلغ صغير شهرياً كي تبقى صحافتنا حرة ومتاحة للجميع.",
)


def exile_independent_outlet(p: Page) -> None:
    """An independent or exiled outlet's article (Mada Masr, Al-Manassa, Daraj, Raseef22, Zaman
    al-Wasl, Orient Net); the main article a world or Middle East story of the corpus. Inventory:
    for the outlets blocked at home, the notice in a full sentence and the mirror or Tor address;
    "English" and the support words ("ادعمنا", "كن عضواً", "تبرّع"), the brand and tagline, the
    menu, a file or series label and a kind label ("تقرير", "قصة", "خبر"), the title (none on a few
    pages), the writers, "تحرير:" / "ترجمة:" / "رسوم:" credits, the date (Arabic-Indic digits on
    Mada Masr, "2018-06-05 10:22:00" on Zaman al-Wasl, "أورينت نت - Name" and a date on Orient),
    reading time, "هذا المقال متاح أيضاً بالإنجليزية", a content warning in a full sentence on a
    few pages, the photo caption with "الصورة: Name" / "المصدر: صفحة ... على فيسبوك" credit;
    between paragraphs a read-also line, a pull quote in «», an embedded post, or the membership
    appeal (prose) with its button; after the text an update or correction note in a full
    sentence, the author's bio, tags one a line, share words with Signal / Telegram, the Creative
    Commons licence sentence, the newsletter box, "قصص ذات صلة" with dates, "التعليقات مغلقة" or a
    reader's comment, the "send us a tip" line; on some pages the next story whole under "اقرأ
    التالي" or under its kind label, with its writer and date; the footer."""
    if not _story_of(p.main):
        p.main = _draw_where(p, _story_of)
    w = when_of(p.main.published, p.rng)
    site, host, country, tagline = p.pick(_EXILE_SITES)
    kind = p.pick(("تقرير", "قصة", "خبر", "أخبار", "تحليل", "تحقيق"))

    def date_of(x: When) -> str:
        if host.startswith("madamasr"):
            return f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}".translate(_INDIC)
        if host.startswith("zaman"):
            return f"{x.year}-{x.month:02d}-{x.day:02d} {x.hour:02d}:{x.minute:02d}:00"
        if host.startswith("orient"):
            return f"تاريخ النشر: {x.day:02d}/{x.month:02d}/{x.year} - {x.hour:02d}:{x.minute:02d}"
        return p.pick((f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year}",
                       f"آخر تحديث: {x.day} {_MONTHS_EG[x.month - 1]} {x.year}"))

    def credits() -> list[tuple[str, str]]:
        writers = p.rng.sample(_EXILE_WRITERS, p.rng.randint(1, 2))
        if host.startswith("zaman"):
            return [("source_credit", p.pick(("زمان الوصل - خاص", f"زمان الوصل - {writers[0]}")))]
        if host.startswith("orient"):
            return [("source_credit", f"أورينت نت - {writers[0]}")]
        lines = [("source_credit", p.pick((" و".join(writers), f"كتابة: {' و'.join(writers)}", writers[0])))]
        for role in ("تحرير", "ترجمة", "رسوم"):
            if p.chance(0.3):
                lines.append(("source_credit", f"{role}: {p.pick(_EXILE_WRITERS)}"))
        return lines

    if country in ("eg", "sy") and p.chance(0.5):
        where = "مصر" if country == "eg" else "سوريا"
        p.add("other", p.pick((f"موقع {site} محجوب في {where}. يمكنكم قراءتنا عبر الرابط البديل أو باستخدام متصفح تور.",
                               f"{site} محجوب في {where} منذ {p.pick((2017, 2016, 2012))}، تابعونا عبر تطبيقنا أو عبر الرابط البديل.")))
        p.add("other", p.pick((f"الرابط البديل: {host.split('.')[0]}.{p.pick(('io', 'net', 'org'))}", f"{host.split('.')[0]}{p.rng.randint(2, 9)}xz4l.onion")))
    p.add("ui_text", *p.rng.sample(("English", "ادعمنا", "كن عضواً", "تبرّع", "بحث", "النشرة"), p.rng.randint(2, 4)))
    p.add("other", site if p.chance(0.5) else f"{site} | {tagline}")
    _in_order(p, "other", _EXILE_MENU, p.rng.randint(5, len(_EXILE_MENU)))
    if p.chance(0.35):
        p.add("other", p.pick(_EXILE_FILES))
    if p.chance(0.6):
        p.add("other", kind)
    untitled = p.chance(0.07)
    if not untitled:
        p.add("title", p.main.title)
    credits_first = p.chance(0.7)
    if credits_first:
        for label, text in credits():
            p.add(label, text)
    p.add("dateline", date_of(w))
    if not credits_first:
        for label, text in credits():
            p.add(label, text)
    if p.chance(0.4):
        minutes = p.rng.randint(3, 14)
        unit = "دقائق" if minutes <= 10 else "دقيقة"  # Arabic counts 3-10 in the plural, 11 and more in the singular
        p.add("widget", p.pick((f"{minutes} {unit} قراءة", f"مدة القراءة: {minutes} {unit}")))
    if p.chance(0.3):
        p.add("ui_text", p.pick(("هذا المقال متاح أيضاً بالإنجليزية", "Read in English", "اقرأ هذه القصة بالإنجليزية")))
    if p.chance(0.12):
        p.add("other", "تحذير: يحتوي هذا التقرير على تفاصيل وصور قد تكون صادمة لبعض القرّاء.")
    if p.chance(0.6):
        p.add("caption", f"{caption(p, credit=0.0)} - {p.pick(('الصورة: ' + p.pick(_EXILE_WRITERS), 'المصدر: صفحة المتحدث الرسمي على فيسبوك', 'تصميم: ' + site, '(أ ف ب)', 'المصدر: مواقع التواصل'))}")
    paragraphs = p.main.paragraphs
    slots = sorted(p.rng.sample(range(len(paragraphs) - 1), min(len(paragraphs) - 1, p.rng.randint(0, 2))))
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index in slots:
            inset = p.pick(("read", "quote", "post", "member"))
            if inset == "read":
                p.add("read_also", f"{p.pick(('اقرأ أيضاً:', 'اقرأ أيضًا:', 'ذات صلة:'))} {p.draw().title}")
            elif inset == "quote":
                long_ones = [x for x in paragraphs if len(x.split()) >= 12] or list(paragraphs)
                p.add("other", f"«{_pull_quote(p.pick(long_ones))}»")
            elif inset == "post":
                tweet(p, w)
            else:
                p.add("other", p.pick(_MEMBERSHIP))
                p.add("ui_text", p.pick(("ادعمنا الآن", "انضم إلى الأعضاء", "تبرّع")))
    if p.chance(0.2):
        p.add("other", p.pick((f"تم تحديث هذه القصة في {w.day} {_MONTHS_EG[w.month - 1]} لإضافة تعليق رسمي وصل بعد نشرها.",
                               "تصحيح: ذكرت نسخة سابقة من هذا التقرير تاريخاً غير دقيق، وقد صُحّح.")))
    if p.chance(0.3):
        p.add("source_credit", p.pick(_EXILE_WRITERS), p.pick(("صحفي مستقل يغطي الشؤون السياسية وحقوق الإنسان.",
                                                               "صحفية وباحثة تعمل على قضايا اللجوء والهجرة.", "محرر في القسم السياسي.")))
    if p.chance(0.5):
        p.add("tags", *[" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 4))])
    if p.chance(0.6):
        p.add("ui_text", *p.rng.sample(("فيسبوك", "إكس", "واتساب", "تيليغرام", "سيغنال", "نسخ الرابط", "البريد"), p.rng.randint(2, 5)))
    if p.chance(0.35) and country != "sy":
        p.add("other", "هذا المحتوى مرخّص بموجب رخصة المشاع الإبداعي: نَسب المُصنَّف - غير تجاري - الترخيص بالمثل 4.0 دولي.")
    if p.chance(0.4):
        p.add("other", p.pick(("اشترك في نشرتنا اليومية لتصلك قصصنا كل صباح.", "النشرة: أهم القصص في بريدك مرة في الأسبوع.")))
        p.add("ui_text", p.pick(("بريدك الإلكتروني", "اشترك")))
    if p.chance(0.4):
        if p.chance(0.6):
            p.add("read_also", p.pick(("اقرأ التالي", "القصة التالية")))
        else:
            p.add("other", p.pick(("تقرير", "قصة", "خبر")))
        _more_story(p, between=lambda x: credits()[:1] if p.chance(0.5) else [], dated=date_of)
    p.add("related_list", p.pick(("قصص ذات صلة", "اقرأ أيضاً", "المزيد من " + kind, "الأكثر قراءة")))
    for _ in range(p.rng.randint(2, 4)):
        other = p.draw()
        p.add("related_list", other.title)
        if p.chance(0.5):
            p.add("related_list", date_of(when_of(other.published, p.rng)))
    if p.chance(0.5):
        p.add("ui_text", "التعليقات مغلقة")
    elif p.chance(0.5):
        p.add("other", p.pick(_READER_NAMES), p.pick(_READER_COMMENTS))
    if p.chance(0.4):
        p.add("other", p.pick(("لديك معلومة أو وثيقة؟ تواصل معنا بأمان عبر سيغنال أو البريد المشفّر.", "أرسل لنا قصتك")))
    one_per_line(p, "other", FOOTER, p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}", f"جميع الحقوق محفوظة {site} {w.year}", f"{host} © {w.year}")))


LAYOUTS_HELDOUT12: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (foreign_state_arabic_service, lifestyle_portal_news, translated_press_page, exile_independent_outlet)
}


# ------------------------------------------------------------- thirteenth held-out part
# Written after the twelfth held-out part, blind to the splitter, from site
# families none of the 61 layouts above shows: a Moroccan / Algerian / Tunisian outlet whose
# chrome mixes French and Arabic (Hespress, Alyaoum24, El Khabar, Echorouk, Business News,
# Nawaat: language switchers with Tamazight, Maghreb month names, prayer-times and exchange-rate
# widgets, Darija comments), a columnist's opinion page (photo, bio box, the writer's other
# columns, the opinions disclaimer, the next column loaded whole), a photo story whose text is
# spread between numbered slides with their captions and photographers' credits, and what a
# news app's share sheet or in-app view copies as text (store promos, deep links, notification
# lines, the next story the app showed). Not registered in GOLD_FILES until measured once.

_MONTHS_DZ = ("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")
_DAYS_FR = ("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche")
_MAGHREB_SITES = (  # name, host, country, cities, the national agency's end tag
    ("هسبريس", "hespress.com", "ma", ("الرباط", "الدار البيضاء", "طنجة", "مراكش"), "(و.م.ع)"),
    ("اليوم 24", "alyaoum24.com", "ma", ("الرباط", "الدار البيضاء", "فاس"), "(ومع)"),
    ("الخبر", "elkhabar.com", "dz", ("الجزائر", "وهران", "قسنطينة", "عنابة"), "(وأج)"),
    ("الشروق أونلاين", "echoroukonline.com", "dz", ("الجزائر", "سطيف", "ورقلة", "وهران"), "(وأج)"),
    ("بيزنس نيوز", "businessnews.com.tn", "tn", ("تونس", "صفاقس", "سوسة"), "(وات)"),
    ("نواة", "nawaat.org", "tn", ("تونس", "قفصة", "سيدي بوزيد"), "(وات)"),
)
_MAGHREB_LANGS = {
    "ma": ("Français | العربية | ⵜⴰⵎⴰⵣⵉⵖⵜ", "العربية | Français | English | ⵜⴰⵎⴰⵣⵉⵖⵜ", "FR | ع | ⵜⵉⴼⵉⵏⴰⵖ"),
    "dz": ("العربية | Français", "Français | العربية | English", "العربية | Français | Tamaziɣt"),
    "tn": ("Français | العربية | English", "FR | AR", "العربية | Français"),
}
_MAGHREB_MENUS = {
    "ma": ("Accueil", "الرئيسية", "سياسة", "اقتصاد", "مجتمع", "جهات", "مغاربة العالم", "رياضة", "فن وثقافة", "كتاب وآراء", "Version française"),
    "dz": ("الرئيسية", "الوطني", "الحدث", "محلي", "دولي", "اقتصاد", "رياضة", "ثقافة", "مجتمع", "Actualité | أخبار", "Version FR"),
    "tn": ("Accueil", "Actualités | أخبار", "Politique | سياسة", "Economie | اقتصاد", "Monde | العالم", "Société | مجتمع", "Sport", "Chroniques", "النسخة العربية"),
}
_MAGHREB_WRITERS = ("عبد الرحيم العسري", "سعيد بلفقير", "ع. سمير", "ر. بلقاسم", "م. ح", "Hatem Bourial", "أمين بن مسعود", "لينا الهمامي", "Rédaction")
_FR_TAGS = ("Actualité", "Monde", "Diplomatie", "Économie", "Sécurité", "Maghreb", "Afrique", "Politique", "International", "Energie")
_MAGHREB_COMMENTS = (
    "الله يحفظ بلادنا من كل شر، والمسؤولين خاصهم يديرو شي حاجة للشعب ماشي غير الكلام.",
    "هادشي كامل سمعناه من قبل، والنتيجة ديما هي هي. الله يجيب التيسير.",
    "راني نتبع في هذا الموضوع من البداية، والحقيقة الإعلام ما يقولش كلش.",
    "Article intéressant, merci pour ce travail de qualité.",
    "ربي يستر، الأوضاع في العالم راهي خطيرة بزاف وخاصنا نكونو واعيين.",
    "Les choses ne changeront pas tant que le citoyen ne se sent pas concerné.",
    "شكرا على الخبر، ولكن نتمنى تعطيونا تفاصيل أكثر وتحليل ديال الخبراء.",
    "يعطيكم الصحة على التغطية، برافو للصحافي.",
)
_MAGHREB_READERS = ("مغربي حر", "Amine DZ", "ولد البلاد", "Karim", "تونسي حر", "ابن الجزائر", "Samira", "مواطن من الرباط", "Yassine 75")
_MAGHREB_PRAYERS = (("الفجر", 4, 5), ("الظهر", 13, 25), ("العصر", 17, 5), ("المغرب", 20, 35), ("العشاء", 22, 5))


def maghreb_bilingual_outlet(p: Page) -> None:
    """An article page of a Moroccan, Algerian or Tunisian outlet whose chrome mixes French and
    Arabic (Hespress, Alyaoum24, El Khabar, Echorouk, Business News, Nawaat). Inventory: the
    language switcher in one line ("Français | العربية | ⵜⴰⵎⴰⵣⵉⵖⵜ") or one a line, the date in the
    country's month names (Moroccan ماي / يوليوز / غشت / شتنبر, Algerian and Tunisian جوان / جويلية /
    أوت, or French "Mardi 5 juin 2018"), the weather, a prayer-times box (city, the five prayers with
    their times, one a line or in one line) and an exchange-rate box (dirham, dinar with the
    Algerian "السكوار" parallel rate), the brand, the bilingual menu ("Accueil", "Politique | سياسة",
    "Version française"), a "عاجل" / "Flash info" ticker, a "»" / ">" trail, a section label, the
    title (none on a few pages), the byline ("هسبريس - وكالات", "الخبر / ر. بلقاسم", "Par Rédaction"),
    the date line in the site's form, views and "A+ A- طباعة Imprimer" words, the photo caption with
    "(صورة: site)" / "Photo : DR" credit; between paragraphs an "إشهار" / "Publicité" slot, a read-also
    line ("اقرأ أيضا:", "Lire aussi :"), a photo caption, or an embedded post; after the text the
    national agency's tag ("(و.م.ع)", "(وأج)", "(وات)") or "المصدر: وكالات", tags with French and
    Arabic words, "Partager" and the networks, the comment count with readers' comments in Darija
    and French (name and relative time, the comment) and the comment form, related articles ("À
    lire aussi" / "مقالات ذات صلة"), on some pages the next article loaded whole under "المقال
    الموالي" / "Article suivant" or under its section label, with its byline and date line; the
    most-read list, the French and Arabic footer links and the copyright."""
    w = when_of(p.main.published, p.rng)
    site, host, country, cities, agency = p.pick(_MAGHREB_SITES)
    city = p.pick(cities)
    months = _MONTHS_MA if country == "ma" else _MONTHS_DZ
    menu = _MAGHREB_MENUS[country]
    section = p.pick(("دولي", "العالم", "Monde | العالم", "عربي ودولي", "اقتصاد", "رياضة", "الحدث"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        if country == "ma":
            return (f"{_WEEKDAYS[x.weekday]} {x.day:02d} {months[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d}",
                    f"{x.day} {months[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d}",
                    f"الساعة {x.hour:02d}:{x.minute:02d} | {x.day:02d}/{x.month:02d}/{x.year}")[form]
        if country == "dz":
            return (f"{x.day:02d} {months[x.month - 1]} {x.year} {x.hour:02d}:{x.minute:02d}",
                    f"{_WEEKDAYS[x.weekday]} {x.day} {months[x.month - 1]} {x.year}",
                    f"نشر في {x.day} {months[x.month - 1]} {x.year} على الساعة {x.hour:02d}:{x.minute:02d}")[form]
        return (f"Publié le {x.day:02d}/{x.month:02d}/{x.year} à {x.hour:02d}:{x.minute:02d}",
                f"{_DAYS_FR[x.weekday]} {x.day} {_MONTHS_FR[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d}",
                f"نشر في {x.day} {months[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d}")[form]

    def byline() -> str:
        writer = p.pick(_MAGHREB_WRITERS)
        if country == "ma":
            return p.pick((f"{site} - وكالات", f"{site} من {p.pick(cities)}", f"{site} - {writer}", writer))
        if country == "dz":
            return p.pick((f"{site} / {writer}", f"{writer}", f"{site} - وكالات", "ق. د"))
        return p.pick(("Par Rédaction", f"Par {writer}", f"{site} - فريق التحرير", f"{site} - {writer}"))

    # top bar: languages, date, weather, prayer times, rates
    if p.chance(0.7):
        p.add("ui_text", p.pick(_MAGHREB_LANGS[country]))
    else:
        one_per_line(p, "ui_text", tuple(x.strip() for x in _MAGHREB_LANGS[country][0].split("|")))
    if p.chance(0.5):
        p.add("widget", f"{_DAYS_FR[w.weekday]} {w.day} {_MONTHS_FR[w.month - 1]} {w.year}")
    else:
        p.add("widget", f"{_WEEKDAYS[w.weekday]} {w.day} {months[w.month - 1]} {w.year}")
    if p.chance(0.5):
        p.add("widget", f"{city} {p.rng.randint(14, 39)}°C" if p.chance(0.5) else f"{p.rng.randint(14, 39)}° {city}")
    if p.chance(0.55):
        p.add("widget", p.pick(("مواقيت الصلاة", "أوقات الصلاة", "Horaires des prières")), p.pick(cities))
        times = [f"{h:02d}:{(m + p.rng.randint(-25, 25)) % 60:02d}" for _, h, m in _MAGHREB_PRAYERS]
        if p.chance(0.5):
            for (name, _, _), t in zip(_MAGHREB_PRAYERS, times):
                p.add("widget", f"{name} {t}")
        else:
            p.add("widget", " ".join(f"{name} {t}" for (name, _, _), t in zip(_MAGHREB_PRAYERS, times)))
    if p.chance(0.5):
        def r(x: float) -> float:
            return x * p.rng.uniform(0.98, 1.02)

        p.add("widget", p.pick(("أسعار الصرف", "Cours des devises", "العملات")))
        if country == "ma":
            p.add("widget", f"EUR {r(11.0):.2f} MAD", f"USD {r(9.45):.2f} MAD")
        elif country == "dz":
            p.add("widget", f"اليورو {r(137.5):.2f} دج (البنك)", f"سعر الأورو في السكوار {r(210):.0f} دج")
        else:
            p.add("widget", f"1 € = {r(3.05):.3f} TND", f"1 $ = {r(2.62):.3f} TND")
    p.add("other", site if p.chance(0.6) else p.pick((f"{site} | {host}", f"{site} - جريدة إلكترونية", host)))
    _in_order(p, "other", menu, p.rng.randint(6, len(menu)))
    if p.chance(0.5):
        label = p.pick(("عاجل", "Flash info", "Dernière minute", "آخر الأخبار"))
        if p.chance(0.5):
            p.add("related_list", label, *p.headlines(p.rng.randint(2, 3)))
        else:
            for headline in p.headlines(p.rng.randint(1, 3)):
                p.add("related_list", f"{label} | {headline}")
    if p.chance(0.6):
        p.add("other", p.pick((" » ", " > ", " / ")).join([p.pick(("الرئيسية", "Accueil")), section]))
    if p.chance(0.5):
        p.add("other", section)
    if p.chance(0.91):
        p.add("title", p.main.title)
    credit_first = p.chance(0.6)
    if credit_first:
        p.add("source_credit", byline())
    p.add("dateline", date_of(w))
    if not credit_first:
        p.add("source_credit", byline())
    if p.chance(0.4):
        p.add("widget", p.pick((f"{p.rng.randint(100, 40000)} مشاهدة", f"{p.rng.randint(100, 40000)} vues", f"عدد القراءات: {p.rng.randint(100, 40000)}")))
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("A+", "A-", "طباعة", "Imprimer", f"تعليقات ({p.rng.randint(0, 40)})", "Partager"), p.rng.randint(2, 4)))
    if p.chance(0.6):
        p.add("caption", p.pick((f"{caption(p, credit=0.0)} (صورة: {site})", f"{caption(p, credit=0.0)} - Photo : DR", caption(p, credit=0.7),
                                 "صورة: أرشيف", f"{caption(p, credit=0.0)} © {site}")))
    paragraphs = p.main.paragraphs
    slots = sorted(p.rng.sample(range(len(paragraphs) - 1), min(len(paragraphs) - 1, p.rng.randint(0, 2))))
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index in slots:
            inset = p.pick(("ad", "read", "read", "photo", "post"))
            if inset == "ad":
                p.add("other", p.pick(("إشهار", "Publicité", "- إعلان -")))
            elif inset == "read":
                cue = p.pick(("اقرأ أيضا:", "اقرأ أيضاً:", "Lire aussi :" if country == "tn" else "إقرأ أيضا:"))
                if p.chance(0.6):
                    p.add("read_also", f"{cue} {p.draw().title}")
                else:
                    p.add("read_also", cue.rstrip(" :"), p.draw().title)
            elif inset == "photo":
                p.add("caption", caption(p, credit=0.8))
            else:
                tweet(p, w)
    if p.chance(0.45):
        p.add("source_credit", p.pick((agency, agency, "المصدر: وكالات", "Source : agences")))
    if p.chance(0.6):
        words = [" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(1, 3))] + p.rng.sample(_FR_TAGS, p.rng.randint(1, 2))
        p.rng.shuffle(words)
        if p.chance(0.5):
            p.add("tags", p.pick(("Tags :", "كلمات مفتاحية", "الوسوم", "Mots-clés")), *words)
        else:
            p.add("tags", p.pick(("Tags : ", "الكلمات المفتاحية: ")) + "، ".join(words))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("Partager", "شارك", "Partager sur")))
        _in_order(p, "ui_text", ("Facebook", "Twitter", "WhatsApp", "Messenger", "LinkedIn", "Email"), p.rng.randint(2, 4))
    count = p.rng.randint(0, 3) if p.chance(0.6) else 0
    if count or p.chance(0.5):
        p.add("ui_text", p.pick((f"التعليقات ({count})", f"Réactions ({count})", f"{count} تعليقات")))
        comments = p.rng.sample(_MAGHREB_COMMENTS, count)
        for k in range(count):
            p.add("other", f"{k + 1} - {p.pick(_MAGHREB_READERS)}" if p.chance(0.5) else p.pick(_MAGHREB_READERS),
                  p.pick((_ago(p.rng.randint(5, 900)), f"il y a {p.rng.randint(2, 11)} heures", f"{w.day:02d}/{w.month:02d}/{w.year}")))
            p.add("other", comments[k])
        p.add("ui_text", p.pick(("أضف تعليقك", "Ajouter un commentaire", "اترك تعليقا")), p.pick(("إرسال", "Envoyer")))
        if p.chance(0.4):
            p.add("other", "المرجو عدم نشر تعليقات مسيئة، فالتعليقات تخضع للمراقبة قبل نشرها.")
    p.add("related_list", p.pick(("مقالات ذات صلة", "À lire aussi", "مواضيع مشابهة", "Articles similaires")))
    for _ in range(p.rng.randint(2, 4)):
        other = p.draw()
        p.add("related_list", other.title)
        if p.chance(0.4):
            p.add("related_list", date_of(when_of(other.published, p.rng)))
    if p.chance(0.42):
        if p.chance(0.6):
            p.add("read_also", p.pick(("المقال الموالي", "الخبر الموالي", "Article suivant", "المقال التالي")))
        else:
            p.add("other", p.pick(("الحدث", "آخر الأخبار", "À la une", "المزيد")))
        _more_story(p, between=lambda x: [("source_credit", byline())] if p.chance(0.5) else [], dated=date_of,
                    after=lambda x: [("source_credit", agency)] if p.chance(0.3) else [])
    if p.chance(0.7):
        p.add("related_list", p.pick(("الأكثر قراءة", "Les plus lus", "الأكثر تعليقا")), *p.headlines(p.rng.randint(3, 5)))
    _in_order(p, "other", ("Qui sommes-nous ?", "من نحن", "Contact", "اتصل بنا", "Mentions légales", "Publicité", "شروط الاستخدام"), p.rng.randint(2, 5))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"© {w.year} {host} - Tous droits réservés", f"{site} © {w.year}")))


_OPINION_SITES = (
    ("الشرق الأوسط", "aawsat.com", "الرأي"), ("القدس العربي", "alquds.co.uk", "رأي"), ("العربي الجديد", "alaraby.co.uk", "آراء"),
    ("الخليج", "alkhaleej.ae", "مقالات"), ("الشروق", "shorouknews.com", "أعمدة"), ("النهار", "annahar.com", "رأي"),
    ("الجزيرة نت", "aljazeera.net", "آراء"),
)
_COLUMNISTS = (  # name, short description, bio sentence, handle
    ("د. خالد المنصوري", "أكاديمي وكاتب سعودي", "أستاذ العلاقات الدولية، يكتب في الشؤون الخليجية والسياسة الخارجية منذ عام 2005.", "kh_mansouri"),
    ("سعاد الحربي", "كاتبة كويتية", "صحفية وكاتبة عمود أسبوعي، عملت في التحرير السياسي قبل أن تتفرغ للكتابة.", "suad_alharbi"),
    ("مروان القاسم", "كاتب وصحفي أردني", "صحفي أردني، عمل مراسلاً في عدد من العواصم العربية، ويكتب في الشأن الإقليمي.", "marwan_qasem"),
    ("د. ليلى العطار", "أكاديمية لبنانية", "أستاذة الاقتصاد السياسي في جامعة خاصة ببيروت، لها عدة مؤلفات في الاقتصاد العربي.", "layla_attar"),
    ("أحمد الصاوي", "كاتب صحفي مصري", "كاتب صحفي مصري، رئيس قسم الشؤون الخارجية سابقاً.", "ahmed_elsawy"),
    ("هشام بن علي", "باحث تونسي", "باحث في الشؤون المغاربية والأوروبية، مقيم في باريس.", "hichem_benali"),
    ("عبد الله الكعبي", "كاتب إماراتي", "كاتب إماراتي مهتم بقضايا الاقتصاد والتنمية.", "a_alkaabi"),
    ("نادين الخوري", "كاتبة وصحفية سورية", "صحفية سورية تقيم في برلين، تكتب عن اللجوء والسياسة الدولية.", "nadine_khoury"),
)
_OPINION_DISCLAIMERS = (
    "المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الصحيفة.",
    "المقال يعبر عن رأي كاتبه",
    "الآراء الواردة في المقال لا تعكس بالضرورة الموقف التحريري لـ{site}.",
    "المقالات المنشورة في هذا القسم تعبّر عن آراء كتّابها فقط.",
    "جميع المقالات المنشورة تعبّر عن رأي كتّابها ولا تعبّر بالضرورة عن رأي {site}.",
)


def opinion_column_page(p: Page) -> None:
    """A columnist's page on a daily's site (Asharq Al-Awsat, Al-Quds Al-Arabi, Al-Araby Al-Jadeed,
    Al-Khaleej, Al-Shorouk, An-Nahar, Al Jazeera's opinion section); the column any story of the
    corpus. Inventory: search and subscribe words, the brand, the menu, the opinion section label,
    the writer's photo caption (the name, or "الكاتب Name"), the writer's name and one-line
    description above or under the title, the title (none on a few pages), "بقلم: Name" on some
    pages, the date (Asharq Al-Awsat's Gregorian and Hijri line and its issue number), reading
    time and font words, the disclaimer "المقال يعبر عن رأي كاتبه" above the column on some pages
    and under it on others (in one of the sites' sentences); the column, with between paragraphs a
    pull quote in «», an "اقرأ أيضاً للكاتب:" line, a photo caption, an embedded post or an ad slot;
    the print signature "* كاتب ..." after the text; tags; share words; "تابع الكاتب" with the
    writer's networks; the bio box ("عن الكاتب", name, bio sentence, contact, "كل مقالات الكاتب");
    "مقالات أخرى للكاتب" with dates; on some pages the next column loaded whole (under "المقال التالي"
    or under nothing), with its own writer line and date and its signature; related columns as
    writer-and-title pairs; comments; the footer."""
    if _has_wire_prefix(p.main.paragraphs[0]):  # a column opens with no "(CNN)--" dateline
        p.main = _draw_where(p, lambda a: not _has_wire_prefix(a.paragraphs[0]))
    w = when_of(p.main.published, p.rng)
    site, host, section = p.pick(_OPINION_SITES)
    name, short, bio, handle = p.pick(_COLUMNISTS)
    aawsat = host == "aawsat.com"

    def date_of(x: When) -> str:
        if aawsat:
            return f"نُشر: {x.hour:02d}:{x.minute:02d}-{x.day} {_MONTHS_EG[x.month - 1]} {x.year} م ـ {_hijri(x)}"
        return p.pick((f"{_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{x.day:02d}/{x.month:02d}/{x.year}",
                       f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d}"))

    disclaimer = p.pick(_OPINION_DISCLAIMERS).format(site=site)
    disclaimer_top = p.chance(0.35)
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("بحث", "اشترك", "تسجيل الدخول", "English", "النسخة الورقية"), p.rng.randint(1, 3)))
    p.add("other", site)
    _in_order(p, "other", ("الرئيسية", "أخبار", "العالم العربي", "دولي", "اقتصاد", section, "ثقافة", "رياضة", "منوعات", "فيديو"), p.rng.randint(5, 10))
    if p.chance(0.6):
        p.add("other", p.pick((section, f"{section} | كتّاب", "مقالات الرأي", "كتّاب وآراء")))
    photo_top = p.chance(0.55)
    if photo_top:
        p.add("caption", p.pick((name, f"الكاتب {name}" if not name.startswith(("سعاد", "د. ليلى", "نادين")) else f"الكاتبة {name}", f"صورة {name}")))
    name_first = p.chance(0.5)
    if name_first:
        p.add("source_credit", name)
        if p.chance(0.6):
            p.add("source_credit", short)
    untitled = p.chance(0.09)
    if not untitled:
        p.add("title", p.main.title)
    if not name_first:
        p.add("source_credit", p.pick((f"بقلم: {name}", name, f"{name} - {short}")))
    p.add("dateline", date_of(w))
    if aawsat and p.chance(0.7):
        p.add("widget", f"رقم العدد [{p.rng.randint(14300, 14600)}]")
    if p.chance(0.4):
        minutes = p.rng.randint(3, 9)
        p.add("widget", p.pick((f"وقت القراءة: {minutes} دقائق", f"{minutes} دقائق للقراءة")))
    if p.chance(0.4):
        p.add("ui_text", *p.rng.sample(("A+", "A-", "طباعة", "حفظ", "استمع للمقال"), p.rng.randint(2, 3)))
    if disclaimer_top:
        p.add("other", disclaimer)
    if not photo_top and p.chance(0.4):
        p.add("caption", caption(p, credit=0.6))
    paragraphs = p.main.paragraphs
    slots = sorted(p.rng.sample(range(len(paragraphs) - 1), min(len(paragraphs) - 1, p.rng.randint(0, 2))))
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index in slots:
            inset = p.pick(("quote", "read", "read", "photo", "post", "ad"))
            long_ones = [x for x in paragraphs if len(x.split()) >= 12]
            if inset == "quote" and long_ones:
                p.add("other", f"«{_pull_quote(p.pick(long_ones))}»")
            elif inset == "read" or inset == "quote":
                p.add("read_also", f"{p.pick(('اقرأ أيضاً للكاتب:', 'اقرأ أيضاً:', 'للكاتب نفسه:'))} {p.draw().title}")
            elif inset == "photo":
                p.add("caption", caption(p, credit=0.7))
            elif inset == "post":
                tweet(p, w)
            else:
                p.add("other", p.pick(("إعلان", "Advertisement")))
    if p.chance(0.35):
        p.add("source_credit", f"* {short}" if p.chance(0.6) else f"*{short}")
    if not disclaimer_top:
        p.add("other", disclaimer)
    if p.chance(0.4):
        p.add("tags", *[" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 4))])
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك المقال", "شارك", "مشاركة")), *p.rng.sample(SHARE_AR, p.rng.randint(2, 4)))
    if p.chance(0.5):
        p.add("ui_text", p.pick(("تابع الكاتب", "تابع الكاتب على", "تابعوا الكاتب")))
        p.add("ui_text", *p.rng.sample((f"تويتر @{handle}", f"@{handle}", "فيسبوك", f"facebook.com/{handle}", "إنستغرام"), p.rng.randint(1, 2)))
    if p.chance(0.55):
        p.add("other", p.pick(("عن الكاتب", "نبذة عن الكاتب", "الكاتب" if photo_top or p.chance(0.5) else "معلومات الكاتب")))
        p.add("source_credit", name, bio)
        if p.chance(0.3):
            p.add("source_credit", f"للتواصل: {handle}@{host}")
        if p.chance(0.6):
            p.add("ui_text", p.pick(("كل مقالات الكاتب", "عرض كل المقالات", "المزيد من مقالات الكاتب")))
    if p.chance(0.75):
        p.add("related_list", p.pick(("مقالات أخرى للكاتب", f"المزيد من مقالات {name}", "آخر مقالات الكاتب")))
        dated = p.chance(0.6)
        for _ in range(p.rng.randint(2, 4)):
            other = p.draw()
            p.add("related_list", other.title)
            if dated:
                x = when_of(other.published, p.rng)
                p.add("related_list", f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}")
    if p.chance(0.38):
        nxt = p.pick([c for c in _COLUMNISTS if c[0] != name])
        if p.chance(0.6):
            p.add("read_also", p.pick(("المقال التالي", "المقال التالي في الرأي", "اقرأ التالي")))
        _more_story(p, between=lambda x: [("source_credit", p.pick((nxt[0], f"بقلم: {nxt[0]}")))], dated=date_of,
                    after=lambda x: [("source_credit", f"* {nxt[1]}")] if p.chance(0.4) else [])
    if p.chance(0.6):
        p.add("related_list", p.pick(("مقالات رأي أخرى", "المزيد من مقالات الرأي", "من كتّابنا")))
        for writer in p.rng.sample([c for c in _COLUMNISTS if c[0] != name], p.rng.randint(2, 4)):
            p.add("related_list", writer[0], p.draw().title)
    if p.chance(0.4):
        count = p.rng.randint(1, 3)
        p.add("ui_text", f"التعليقات ({count})" if count < 3 or p.chance(0.5) else f"{count} تعليقات")
        for reader, comment in zip(p.rng.sample(_READER_NAMES, count), p.rng.sample(_READER_COMMENTS, count)):
            p.add("other", reader, comment)
        p.add("ui_text", "أضف تعليقك", "إرسال")
    elif p.chance(0.4):
        p.add("ui_text", "التعليقات مغلقة")
    one_per_line(p, "other", FOOTER, p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"{host} © {w.year}", f"جميع الحقوق محفوظة © {site} {w.year}")))


_GALLERY_SITES = (("سكاي نيوز عربية", "صور"), ("العربية.نت", "صور"), ("اليوم السابع", "ألبومات"), ("مصراوي", "صور"),
                  ("الجزيرة نت", "معرض الصور"), ("الشرق الأوسط", "فوتوغرافيا"), ("هسبريس", "صور"))
_GALLERY_PHOTOGRAPHERS = ("Hussein Malla", "Amr Nabil", "Ammar Awad", "Hassan Ammar", "Mohamed Abd El Ghany", "Khalil Mazraawi",
                          "أحمد إسماعيل", "سامح سعيد", "كريم عبد العزيز", "محمد الحجار", "Lefteris Pitarakis", "Delil Souleiman")
_GALLERY_AGENCIES = ("رويترز", "أ ف ب", "أسوشيتد برس", "EPA", "Getty Images", "الأناضول")
_GALLERY_SCENES = {  # photo captions by the story's kind (the corpus id's category)
    "sport": ("فرحة اللاعبين بعد الهدف", "لقطة من المباراة", "المدرب يوجه لاعبيه من خط التماس", "مشجعون في المدرجات قبل صافرة البداية",
              "صراع على الكرة في منتصف الملعب", "اللاعبون خلال الحصة التدريبية", "لحظة تتويج الفريق", "حارس المرمى يتصدى لتسديدة"),
    "economy": ("متعاملون في قاعة البورصة", "شاشات تعرض أسعار الأسهم", "ناقلة نفط قرب أحد الموانئ", "حاويات في ميناء تجاري",
                "زبائن في أحد المراكز التجارية", "عملات ورقية", "جانب من المؤتمر الاقتصادي", "عمال في أحد المصانع"),
    "technology": ("شعار الشركة على واجهة مقرها", "زوار في المعرض التقني", "هاتف ذكي بيد أحد المستخدمين", "جانب من عرض المنتج الجديد",
                   "مهندسون في مختبر الأبحاث", "مستخدمون أمام شاشات الحواسيب"),
    "culture": ("زوار في قاعة العرض", "جانب من حفل الافتتاح", "الفنانون على خشبة المسرح", "لقطة من الفيلم", "جمهور المهرجان",
                "جانب من المعرض"),
    "news": ("متظاهرون يرفعون الأعلام في الساحة الرئيسية", "رجال الإنقاذ يبحثون بين الأنقاض", "جانب من الدمار في الحي",
             "عناصر من الشرطة يغلقون الطريق", "سيدة تحمل صورة أحد أقاربها", "مشهد عام من الجو", "أطفال قرب خيام النازحين",
             "وصول الوفود إلى مقر الاجتماع", "مصافحة بين الجانبين قبل بدء المحادثات", "سيارات الإسعاف في موقع الحادث",
             "جنود خلال دورية في المنطقة", "جانب من الاجتماع"),
}


def _kind_of(a: SourceArticle) -> str:
    """The kind of story an article is, by its corpus id's category (news for the rest)."""
    return next((k for k in ("sport", "economy", "technology", "culture") if f"-{k}-" in a.id), "news")


def _photos(n: int) -> str:
    """A photo count as Arabic writes it ("صورتان", "7 صور", "12 صورة")."""
    return {1: "صورة واحدة", 2: "صورتان"}.get(n, f"{n} {'صور' if n <= 10 else 'صورة'}")


def photo_story_slideshow(p: Page) -> None:
    """A photo story or gallery article (Sky News Arabia, Al Arabiya, Youm7 albums, Masrawy, Al
    Jazeera's galleries), its text spread between the slides. Inventory: the menu and the gallery
    section label, a trail, the title (none on a few pages: set over the first picture), "إعداد:" /
    "تصوير:" credits, the date, the photo count ("12 صورة") and the viewer's words ("عرض ملء الشاشة",
    "تشغيل تلقائي"); the lead before the first slide on most pages; then the slides, each its counter
    ("1 / 12", "الصورة 3 من 10", "3/12"), its caption (a scene, or the title's first words, or none)
    and the photographer's credit ("تصوير: Name", "Name / رويترز", "(أ ف ب)") on its own line or glued
    to the caption, then none, one or more paragraphs of the text (in order); next / previous words after some
    slides, an ad slot or a "شاهد أيضاً:" gallery line between slides on some pages, an embedded post
    on a few; after the last slide "نهاية الألبوم" / "أعد المشاهدة", the source line, tags, share words,
    "شاهد أيضاً" galleries ("بالصور: ..." with their photo counts), on some pages the next story
    loaded whole under "القصة التالية" or a gallery label, with its date (and its first picture's
    caption); the most-viewed list and the footer."""
    w = when_of(p.main.published, p.rng)
    site, section = p.pick(_GALLERY_SITES)
    counter_form = p.rng.randrange(4)
    credit_form = p.rng.randrange(3)
    paragraphs = list(p.main.paragraphs)
    lead_first = p.chance(0.7)
    text = paragraphs[1:] if lead_first else paragraphs
    slides = min(14, max(4, len(text) + p.rng.randint(0, 5)))
    # which slide each remaining paragraph follows (in order, one or two a slide)
    after = sorted(p.rng.choice(range(slides)) for _ in text)

    def counter(k: int) -> str:
        return (f"{k} / {slides}", f"الصورة {k} من {slides}", f"{k}/{slides}", f"صورة {k} من {slides}")[counter_form]

    def credit() -> str:
        who = p.pick(_GALLERY_PHOTOGRAPHERS)
        return (f"تصوير: {who}", f"{who} / {p.pick(_GALLERY_AGENCIES)}", f"({p.pick(_GALLERY_AGENCIES)})")[credit_form]

    def date_of(x: When) -> str:
        return p.pick((date_eg(x), f"{x.day:02d}/{x.month:02d}/{x.year} {x.hour:02d}:{x.minute:02d}",
                       f"نشر في {x.day} {_MONTHS_EG[x.month - 1]} {x.year}"))

    date_line = date_of(w)
    _in_order(p, "other", ("الرئيسية", "أخبار", "العالم", "الشرق الأوسط", "اقتصاد", "رياضة", section, "فيديو", "منوعات"), p.rng.randint(4, 9))
    if p.chance(0.6):
        p.add("other", p.pick((f"الرئيسية > {section}", f"الرئيسية / {section}", f"{section} » ألبومات")))
    if p.chance(0.6):
        p.add("other", p.pick((section, "ألبوم صور", "قصة مصورة", "بالصور")))
    if p.chance(0.91):
        p.add("title", p.main.title)
    if p.chance(0.6):
        p.add("source_credit", p.pick((f"إعداد: {p.pick(_WIRE_EDITORS)}", f"تصوير: {p.pick(_GALLERY_PHOTOGRAPHERS)}", f"{site} - وكالات", site)))
    p.add("dateline", date_line)
    if p.chance(0.7):
        p.add("widget", p.pick((_photos(slides), f"عدد الصور: {slides}", f"📷 {slides}")))
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("عرض ملء الشاشة", "تشغيل تلقائي", "عرض الشبكة", "مشاركة الألبوم"), p.rng.randint(1, 3)))
    if lead_first:
        p.add("body", paragraphs[0])
    nav_every = p.chance(0.3)
    inset_at = p.rng.randrange(1, slides) if p.chance(0.45) else -1
    post_at = p.rng.randrange(1, slides) if p.chance(0.15) else -1
    glued = p.chance(0.4)
    for k in range(slides):
        p.add("caption", counter(k + 1))
        has_caption = p.chance(0.8)
        cap = caption(p, credit=0.0) if p.chance(0.3) else p.pick(_GALLERY_SCENES[_kind_of(p.main)])
        if has_caption and glued:
            p.add("caption", f"{cap} - {credit()}")
        else:
            if has_caption:
                p.add("caption", cap)
            if p.chance(0.85):
                p.add("caption", credit())
        p.add("body", *[paragraph for paragraph, slot in zip(text, after) if slot == k])
        if k == post_at:
            tweet(p, w)
        if k == inset_at:
            if p.chance(0.5):
                p.add("other", p.pick(("إعلان", "- إعلان -", "Advertisement")))
            else:
                p.add("read_also", f"{p.pick(('شاهد أيضاً:', 'شاهد أيضا:', 'ألبوم ذو صلة:'))} بالصور: {p.draw().title}")
        if nav_every and k < slides - 1:
            p.add("ui_text", p.pick(("التالي ›", "‹ السابق التالي ›", "الصورة التالية")))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("نهاية الألبوم", "أعد المشاهدة", "انتهى الألبوم - أعد المشاهدة", "↺ إعادة")))
    if p.chance(0.4):
        p.add("source_credit", p.pick(("المصدر: وكالات", f"المصدر: {site} - وكالات", "الصور: رويترز وأ ف ب", "(وكالات)")))
    if p.chance(0.5):
        p.add("tags", *[" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 4))])
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "شارك الألبوم", "مشاركة")), *p.rng.sample(SHARE_AR, p.rng.randint(2, 4)))
    if p.chance(0.75):
        p.add("related_list", p.pick(("شاهد أيضاً", "ألبومات أخرى", "المزيد من الصور", "شاهد أيضا")))
        for headline in p.headlines(p.rng.randint(2, 4)):
            p.add("related_list", p.pick((f"بالصور: {headline}", headline)))
            if p.chance(0.5):
                p.add("related_list", _photos(p.rng.randint(5, 30)))
    if p.chance(0.32):
        if p.chance(0.6):
            p.add("read_also", p.pick(("القصة التالية", "الألبوم التالي", "التالي")))
        else:
            p.add("other", p.pick(("قصة مصورة", "بالصور", section)))
        _more_story(p, dated=date_of, under=lambda x: [("caption", p.pick(_CAPTIONS)), ("caption", credit())] if p.chance(0.5) else [])
    if p.chance(0.6):
        p.add("related_list", p.pick(("الأكثر مشاهدة", "الأكثر قراءة")), *p.headlines(p.rng.randint(3, 5)))
    one_per_line(p, "other", FOOTER, p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}", f"جميع الحقوق محفوظة {site} {w.year}")))


_APPS = (  # app name, short link, deep-link scheme, Play Store id
    ("سكاي نيوز عربية", "https://sky.news/", "skynewsarabia://article/", "com.skynewsarabia.android"),
    ("العربية", "https://ara.tv/", "alarabiya://news/", "net.alarabiya.android"),
    ("الجزيرة", "https://aja.me/", "aljazeera://article/", "net.aljazeera.arabic"),
    ("نبض", "https://nabd.com/s/", "nabd://story/", "com.nabd.app"),
    ("اليوم السابع", "https://youm7.co/", "youm7://story/", "com.youm7.android"),
    ("الشرق", "https://asharq.co/", "asharq://article/", "com.asharq.news"),
)
_APP_SECTIONS = {"sport": "رياضة", "economy": "اقتصاد", "technology": "تكنولوجيا", "culture": "ثقافة وفن"}
_APP_OUTLETS = ("سكاي نيوز عربية", "العربية", "فرانس 24", "بي بي سي عربي", "سي إن إن بالعربية", "اليوم السابع", "الشرق الأوسط")


def news_app_shared_text(p: Page) -> None:
    """What a phone copies from a news app as text: the share sheet's text (the app's "مشاركة"
    with the article in it) or the in-app view selected and copied. Inventory, share-sheet text:
    an "🔴 عاجل | app" stamp on some pages, the title (on some pages prefixed "عاجل | "), the short
    link under the title or at the end, the date or relative time on some pages, the text whole or
    cut after a paragraph or two (then "... اقرأ المزيد في التطبيق" and the link), "المصدر:" for
    an aggregator, the deep link ("skynewsarabia://article/1234"), the promo ("حمّل تطبيق ... على
    آبل ستور وجوجل بلاي", "تمت المشاركة من تطبيق ...") and the store links; on some pages a second
    shared story under "وأيضاً:" with its own link. In-app view: the phone's status line, the app's
    name and top tabs, notification lines ("app · الآن", "عاجل | headline"), once in a while the
    notification of the main story itself (a duplicated headline), the section label, the title
    (none on a few pages: over the picture), the outlet and relative time or the date, listen /
    save / font words, the photo caption; between paragraphs an ad slot, a read-also card or an
    embedded post; the reactions line, "اقرأ المزيد في التطبيق" when cut, then most of the time the
    next story the app showed (under "القصة التالية" / "التالي" or nothing), with its own time
    line, sometimes a third; "المزيد من الأخبار" and the bottom tab bar."""
    w = when_of(p.main.published, p.rng)
    app, link, scheme, store = p.pick(_APPS)
    aggregator = app == "نبض"

    def code() -> str:
        return "".join(p.rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(p.rng.randint(5, 7)))

    def promo() -> None:
        p.add("ui_text", p.pick((f"حمّل تطبيق {app} على آبل ستور وجوجل بلاي", f"📲 حمّل تطبيق {app} مجاناً", f"تمت المشاركة من تطبيق {app}",
                                 f"Shared via {app} app", f"لمتابعة آخر الأخبار حمّل تطبيق {app}")))
        if p.chance(0.5):
            p.add("other", *p.rng.sample((f"https://apps.apple.com/app/id{p.rng.randint(300000000, 1500000000)}",
                                          f"https://play.google.com/store/apps/details?id={store}"), p.rng.randint(1, 2)))

    def time_of(x: When) -> str:
        return p.pick((_ago(p.rng.randint(2, 600)), f"{x.day:02d}/{x.month:02d}/{x.year} {x.hour:02d}:{x.minute:02d}",
                       f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}"))

    paragraphs = list(p.main.paragraphs)
    cut = p.chance(0.3)
    if cut:
        paragraphs = paragraphs[: p.rng.randint(1, 2)]
    more = p.pick(("اقرأ المزيد في التطبيق", "... اقرأ المزيد في التطبيق", "لقراءة الخبر كاملاً افتح التطبيق", "المزيد في التطبيق"))
    if p.chance(0.45):  # the share sheet's text
        if p.chance(0.3):
            p.add("other", p.pick((f"🔴 عاجل | {app}", f"{app} | عاجل", f"📢 {app}")))
        untitled = p.chance(0.07)
        if not untitled:
            p.add("title", (p.pick(("عاجل | ", "عاجل: ", "🔴 ")) if p.chance(0.3) else "") + p.main.title)
        link_top = p.chance(0.5)
        if link_top:
            p.add("other", link + code())
        if p.chance(0.4):
            p.add("dateline", p.pick((f"📅 {date_eg(w, clock=False)}", time_of(w))))
        p.add("body", *paragraphs)
        if cut:
            p.add("ui_text", more)
        if not link_top:
            p.add("other", link + code())
        if aggregator:
            p.add("source_credit", f"المصدر: {p.pick(_APP_OUTLETS)}")
        if p.chance(0.4):
            p.add("other", f"{scheme}{p.rng.randint(100000, 9999999)}")
        promo()
        if p.chance(0.3):
            if p.chance(0.6):
                p.add("read_also", p.pick(("وأيضاً:", "وهذا أيضاً:", "خبر آخر:")))
            other, n = p.draw_appended()
            p.add(f"appended-{n}-title", other.title)
            p.add("other", link + code())
            p.add(f"appended-{n}-body", *other.paragraphs[: p.rng.randint(2, 6)])
            if p.chance(0.5):
                promo()
        return
    # the in-app view, selected and copied
    if p.chance(0.4):
        p.add("other", p.pick((f"{w.hour:02d}:{w.minute:02d}", f"{w.h12[0]}:{w.minute:02d}")), p.pick(("4G", "LTE", "5G", "Wi-Fi")), f"{p.rng.randint(9, 99)}%")
    if p.chance(0.5):
        p.add("ui_text", p.pick(("رجوع", "←", "‹ رجوع")))
    p.add("other", app)
    if p.chance(0.5):
        _in_order(p, "ui_text", ("الرئيسية", "عاجل", "مباشر", "فيديو", "أقسام", "لك", "المزيد"), p.rng.randint(3, 6))
    own_alert = p.chance(0.2)
    if p.chance(0.5) or own_alert:
        stamp = f"{app} · {p.pick(('الآن', _ago(p.rng.randint(2, 50))))}"
        for _ in range(p.rng.randint(0, 2)):
            p.add("other", stamp)
            p.add("related_list", f"{p.pick(('عاجل | ', 'عاجل: ', ''))}{p.draw().title}")
            stamp = f"{app} · {_ago(p.rng.randint(20, 300))}"
        if own_alert:
            p.add("other", f"{app} · {p.pick(('الآن', 'منذ دقيقة', 'منذ دقيقتين'))}")
            p.add("duplicated_headline", f"{p.pick(('عاجل | ', 'عاجل: '))}{p.main.title}")
    def section(a: SourceArticle) -> str:
        return _APP_SECTIONS.get(_kind_of(a), "الشرق الأوسط" if "-middleEast-" in a.id else "العالم")

    if p.chance(0.5):
        p.add("other", section(p.main))
    untitled = p.chance(0.08)
    if not untitled:
        p.add("title", p.main.title)
    outlet = p.pick(_APP_OUTLETS)
    if aggregator:
        if p.chance(0.5):
            p.add("dateline", f"{outlet} · {_ago(p.rng.randint(2, 600))}")
        else:
            p.add("source_credit", outlet)
            p.add("dateline", time_of(w))
    else:
        p.add("dateline", time_of(w))
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("🔊 استمع", "حفظ", "مشاركة", "حجم الخط", "Aa"), p.rng.randint(2, 3)))
    if p.chance(0.5):
        kind = _kind_of(p.main)
        p.add("caption", caption(p, credit=0.6) if kind == "news" else f"{p.pick(_GALLERY_SCENES[kind])} {p.pick(_CREDITS)}")
    slots = sorted(p.rng.sample(range(len(paragraphs) - 1), min(len(paragraphs) - 1, p.rng.randint(0, 2)))) if len(paragraphs) > 1 else []
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index in slots:
            inset = p.pick(("ad", "read", "read", "post"))
            if inset == "ad":
                p.add("other", p.pick(("إعلان", "Sponsored", "- إعلان -")))
            elif inset == "read":
                p.add("read_also", p.pick(("اقرأ أيضاً", "اقرأ أيضا", "ذات صلة")), p.draw().title)
            else:
                tweet(p, w)
    if cut:
        p.add("ui_text", more)
    if aggregator and p.chance(0.6):
        p.add("source_credit", f"المصدر: {outlet}")
    if p.chance(0.5):
        p.add("ui_text", f"👍 {p.rng.randint(3, 900)}", f"💬 {p.rng.randint(0, 200)}", p.pick(("↗ مشاركة", "مشاركة")))
    if p.chance(0.65):
        for _ in range(2 if p.chance(0.25) else 1):
            cue = p.rng.random()
            if cue < 0.5:
                p.add("read_also", p.pick(("القصة التالية", "الخبر التالي", "التالي ›", "اسحب للخبر التالي")))
            other, n = p.draw_appended()
            x = when_of(other.published, p.rng)
            if 0.5 <= cue < 0.75:
                p.add("other", section(other))
            p.add(f"appended-{n}-title", other.title)
            p.add(f"appended-{n}-dateline", f"{p.pick(_APP_OUTLETS)} · {_ago(p.rng.randint(2, 600))}" if aggregator else time_of(x))
            if p.chance(0.3):
                p.add("caption", f"{p.pick(_CAPTIONS)} {p.pick(_CREDITS)}")
            p.add(f"appended-{n}-body", *other.paragraphs[: p.rng.randint(2, 6)])
    if p.chance(0.5):
        p.add("related_list", p.pick(("المزيد من الأخبار", "قد يهمك", "الأكثر قراءة")), *p.headlines(p.rng.randint(2, 4)))
    if p.chance(0.6):
        _in_order(p, "ui_text", ("الرئيسية", "الأقسام", "فيديو", "المحفوظات", "حسابي"), p.rng.randint(3, 5))
    if p.chance(0.3):
        promo()


LAYOUTS_HELDOUT13: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (maghreb_bilingual_outlet, opinion_column_page, photo_story_slideshow, news_app_shared_text)
}



# ------------------------------------------------------------ fourteenth held-out part
# Written after the thirteenth held-out part, blind to the splitter, from site families none of
# the 65 layouts above shows: a Saudi / Kuwaiti / Emirati daily's article page with its print
# edition's number and page (Okaz, Al-Riyadh, Al-Qabas, Al-Anba, Al-Khaleej: Hijri and Gregorian
# dates, writer lines, font and print controls), an Iraqi or Kurdistan outlet (Rudaw, Kurdistan24,
# Shafaq News, Baghdad Today, BasNews: Sorani / Kurmanji / English / Turkish switchers, news ids,
# the agency prefix on the lead, video players dumped as text), a post on a blogging platform
# (Medium, Blogger, WordPress.com) writing up a news story (followers, claps, responses, "More
# from", the author's next post), and a radio station's news item (Monte Carlo Doualiya, Radio
# Sawa, Mosaique FM, Sham FM, Radio Al-Balad: the live player, the schedule, frequencies, podcast
# episodes, "استمع إلى التقرير", the next bulletin item). Not registered in GOLD_FILES until
# measured once.

_GULF_PRINT_SITES = (  # name, host, country, cities, the national agency's tag, the issue number early in 2018
    ("عكاظ", "okaz.com.sa", "sa", ("جدة", "الرياض", "مكة المكرمة", "الدمام", "المدينة المنورة"), "(واس)", 18790),
    ("الرياض", "alriyadh.com", "sa", ("الرياض", "جدة", "القصيم", "أبها", "الأحساء"), "(واس)", 18120),
    ("القبس", "alqabas.com", "kw", ("الكويت",), "(كونا)", 15830),
    ("الأنباء", "alanba.com.kw", "kw", ("الكويت",), "(كونا)", 17460),
    ("الخليج", "alkhaleej.ae", "ae", ("الشارقة", "دبي", "أبوظبي", "رأس الخيمة", "العين"), "(وام)", 14190),
)
_GULF_PRINT_MENUS = {
    "sa": ("الرئيسية", "محليات", "سياسة", "اقتصاد", "رياضة", "ثقافة وفن", "كتاب ومقالات", "عرب وعالم", "الصحيفة الورقية", "ملتيميديا"),
    "kw": ("الرئيسية", "محليات", "برلمان", "اقتصاد", "دوليات", "عربي", "رياضة", "ثقافة", "آراء", "العدد الورقي"),
    "ae": ("الرئيسية", "الإمارات", "عربي", "دولي", "اقتصاد", "رياضة", "ثقافة", "رأي", "ملاحق", "العدد الورقي"),
}
_GULF_PRINT_WRITERS = ("عبدالله الزهراني", "فهد العتيبي", "نوف الحربي", "ماجد الشمري", "حمد الجاسر", "مريم بوشهري", "خالد الكندري",
                       "سلامة بن عيسى", "عبير الفيلكاوي", "محمد الحمادي")
_GULF_PRINT_PAGES = ("الأولى", "محليات", "دوليات", "عرب وعالم", "اقتصاد", "الأخيرة", "سياسة", "متابعات")


def gulf_daily_print_article(p: Page) -> None:
    """An article page of a Saudi, Kuwaiti or Emirati daily that also prints (Okaz, Al-Riyadh,
    Al-Qabas, Al-Anba, Al-Khaleej). Inventory: the top bar's date (Hijri with Gregorian, in one
    line or two) on most pages, the login / subscribe / e-paper words on some, the paper's name
    and the menu, a "»" / ">" trail on some, the section label on about half, the title (none on a
    few pages), the writer line ("كتب: name", "name (city)", "city - name", "متابعات - site") before
    or after the date line (Hijri and Gregorian, "نشر في: 06-06-2018 | 11:20", or "2018/06/06 11:20
    م"), the print edition line ("العدد 18432 - الصفحة 7", "رقم العدد: ... | الصفحة: ...") on
    most pages, the font-size / print / send words (one a line or in one line) on most, a photo
    caption with its credit on about half; between paragraphs (none to two) a read-also line, a
    caption or an embedded post; after the text the national agency's tag ("(واس)", "(كونا)",
    "(وام)") on some, tags on half, share words, "مواضيع ذات صلة" with or without dates; on
    about half the pages the next article loaded whole (under "المقال التالي", under its section
    label, or under nothing), with its writer line, date line on most and print line on a few,
    a second one now and then; the most-read box, the footer and copyright."""
    w = when_of(p.main.published, p.rng)
    site, host, country, cities, agency, issue0 = p.pick(_GULF_PRINT_SITES)
    menu = _GULF_PRINT_MENUS[country]
    form = p.rng.randrange(4)

    def issue_of(x: When) -> str:
        from datetime import date

        number = issue0 + date(x.year, x.month, x.day).timetuple().tm_yday
        page = p.rng.randint(2, 36)
        return p.pick((f"العدد {number} - الصفحة {page}", f"العدد: {number}", f"رقم العدد: {number} | الصفحة: {page}",
                       f"العدد {number} | صفحة {p.pick(_GULF_PRINT_PAGES)}"))

    def date_of(x: When) -> str:
        hour, half = x.h12
        return (f"{_WEEKDAYS[x.weekday]} {_hijri(x)} - {x.day:02d} {_MONTHS_EG[x.month - 1]} {x.year}م",
                f"نشر في: {x.day:02d}-{x.month:02d}-{x.year} | {x.hour:02d}:{x.minute:02d}",
                f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year} - {_hijri(x)}",
                f"{x.year}/{x.month:02d}/{x.day:02d} {hour:02d}:{x.minute:02d} {half}")[form]

    def byline() -> str:
        writer, city = p.pick(_GULF_PRINT_WRITERS), p.pick(cities)
        return p.pick((f"كتب: {writer}", f"{writer} ({city})", f"{city} - {writer}", f"متابعات - {site}", f"{site} ({city})", writer))

    # top bar
    if p.chance(0.75):
        if p.chance(0.5):
            p.add("widget", f"{_WEEKDAYS[w.weekday]}، {_hijri(w)} الموافق {w.day} {_MONTHS_EG[w.month - 1]} {w.year}م")
        else:
            p.add("widget", _hijri(w), f"{w.day} {_MONTHS_EG[w.month - 1]} {w.year}")
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("تسجيل الدخول", "اشترك", "النسخة الورقية", "تصفح العدد PDF", "English", "بحث"), p.rng.randint(2, 4)))
    p.add("other", site if p.chance(0.6) else p.pick((f"صحيفة {site}", f"{site} | {host}", f"جريدة {site} اليومية")))
    _in_order(p, "other", menu, p.rng.randint(6, len(menu)))
    section = p.pick(menu[1:-1])
    if p.chance(0.5):
        p.add("other", p.pick((" » ", " > ")).join(("الرئيسية", section)))
    if p.chance(0.5):
        p.add("other", section)
    if p.chance(0.9):
        p.add("title", p.main.title)
    writer_first = p.chance(0.5)
    if writer_first:
        p.add("source_credit", byline())
    p.add("dateline", date_of(w))
    if not writer_first:
        p.add("source_credit", byline())
    if p.chance(0.7):
        p.add("widget", issue_of(w))
    if p.chance(0.7):
        controls = p.rng.sample(("A+", "A-", "تكبير الخط", "تصغير الخط", "طباعة", "إرسال", "حفظ", "نسخ الرابط"), p.rng.randint(2, 4))
        if p.chance(0.5):
            p.add("ui_text", *controls)
        else:
            p.add("ui_text", " | ".join(controls))
    if p.chance(0.5):
        p.add("caption", p.pick((caption(p, credit=0.7), f"{caption(p, credit=0.0)} ({site})", f"{caption(p, credit=0.0)} - تصوير: {p.pick(_GULF_PRINT_WRITERS)}")))
    paragraphs = p.main.paragraphs
    slots = sorted(p.rng.sample(range(len(paragraphs) - 1), min(len(paragraphs) - 1, p.rng.randint(0, 2))))
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index in slots:
            inset = p.pick(("read", "read", "photo", "post"))
            if inset == "read":
                if p.chance(0.6):
                    p.add("read_also", f"{p.pick(('اقرأ أيضاً:', 'اقرأ أيضا:', 'للمزيد:'))} {p.draw().title}")
                else:
                    p.add("read_also", p.pick(("اقرأ أيضاً", "اقرأ أيضا")), p.draw().title)
            elif inset == "photo":
                p.add("caption", caption(p, credit=0.8))
            else:
                tweet(p, w)
    if p.chance(0.35):
        p.add("source_credit", p.pick((agency, agency, "(أ ف ب)", "(وكالات)")))
    if p.chance(0.5):
        tags = [" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 4))]
        if p.chance(0.5):
            p.add("tags", p.pick(("الكلمات المفتاحية", "وسوم", "الكلمات الدالة:")), *tags)
        else:
            p.add("tags", "#" + " #".join(t.replace(" ", "_") for t in tags))
    if p.chance(0.7):
        p.add("ui_text", p.pick(("شارك", "شارك الخبر", "مشاركة")))
        _in_order(p, "ui_text", ("فيسبوك", "تويتر", "واتساب", "تيليجرام", "لينكد إن", "البريد الإلكتروني"), p.rng.randint(2, 4))
    if p.chance(0.8):
        p.add("related_list", p.pick(("مواضيع ذات صلة", "مواضيع ذات صلة:", "أخبار ذات صلة")))
        dated = p.chance(0.5)
        for _ in range(p.rng.randint(2, 4)):
            other = p.draw()
            p.add("related_list", other.title)
            if dated:
                x = when_of(other.published, p.rng)
                p.add("related_list", f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}")
    more = (2 if p.chance(0.2) else 1) if p.chance(0.5) else 0
    for _ in range(more):
        cue = p.rng.randrange(3)
        if cue == 0:
            p.add("read_also", p.pick(("المقال التالي", "الخبر التالي", f"التالي في {section}")))
        elif cue == 1:
            p.add("other", p.pick(menu[1:-1]))
        _more_story(p, between=lambda x: [("source_credit", byline())] if p.chance(0.6) else [],
                    dated=date_of if p.chance(0.85) else None,
                    under=lambda x: [("widget", issue_of(x))] if p.chance(0.25) else [],
                    after=lambda x: [("source_credit", agency)] if p.chance(0.3) else [])
    p.add("related_list", p.pick(("الأكثر قراءة", "الأكثر قراءة اليوم", "الأكثر مشاهدة")))
    for number, headline in enumerate(p.headlines(p.rng.randint(3, 5)), start=1):
        p.add("related_list", f"{number} {headline}" if form % 2 else headline)
    one_per_line(p, "other", FOOTER, p.rng.randint(2, 4))
    p.add("other", p.pick((f"جميع الحقوق محفوظة © {w.year} {site}", f"© {site} {w.year}", f"حقوق النشر محفوظة لصحيفة {site} {w.year}")))


_KURD_SITES = (  # name, host, language switcher, the desk's credit, the lead's prefix form
    ("رووداو", "rudaw.net", ("سۆرانی", "بادینی", "Kurmancî", "English", "Türkçe", "عربي", "فارسی", "Deutsch"), "رووداو ديجيتال", "own"),
    ("كوردستان 24", "kurdistan24.net", ("کوردی", "Kurmancî", "English", "عربي", "Türkçe", "فارسی"), "كوردستان 24", "k24"),
    ("شفق نيوز", "shafaq.com", ("عربي", "English", "کوردی", "Türkçe"), "شفق نيوز", "shafaq"),
    ("بغداد اليوم", "baghdadtoday.news", ("العربية", "English", "کوردی"), "بغداد اليوم", "bt"),
    ("باسنيوز", "basnews.com", ("کوردی", "Kurdî", "English", "عربي", "Türkçe", "فارسی"), "باسنيوز", "k24"),
)
_KURD_CITIES = ("أربيل", "السليمانية", "دهوك", "بغداد", "كركوك", "البصرة", "الموصل", "النجف", "حلبجة")
_KURD_MENU = ("الرئيسية", "كوردستان", "العراق", "الشرق الأوسط", "العالم", "اقتصاد", "رياضة", "تقارير", "مقابلات", "فيديو", "برامج", "البث المباشر")
_IRAQ_MENU = ("الرئيسية", "سياسة", "أمن", "اقتصاد", "كوردستانيات", "محليات", "عربي ودولي", "رياضة", "منوعات", "تقارير وتحليلات", "فيديو")
_KURD_WRITERS = ("هيمن شوان", "أحمد الربيعي", "زينب حسين", "Karwan Faidhi", "سيروان عبدالله", "علي الكعبي", "ژیان ئەحمەد")
_KURD_TAGS = ("إقليم كوردستان", "أربيل", "بغداد", "الحكومة العراقية", "البرلمان العراقي", "البيشمركة", "السليمانية", "الانتخابات")
_VIDEO_PLAYER = ("Video Player is loading.", "Play Video", "Play", "Mute", "Current Time 0:00", "/", "Loaded: 0%", "Fullscreen")


def iraqi_kurdish_outlet(p: Page) -> None:
    """An article page of an Iraqi or Kurdistan outlet (Rudaw, Kurdistan24, Shafaq News, Baghdad
    Today, BasNews). Inventory: the language switcher (Sorani / Badini / Kurmanji / English /
    Turkish / Arabic / Persian) in one line or one a line, the live-TV words on some pages, the
    date and a city's temperature on some, the site's name, the menu, an "عاجل" ticker on some,
    the section label, a video box at the top on some pages (a video player's words dumped as text:
    "Video Player is loading.", "Play Video", "Duration 2:31"), the title (none on a few pages), the
    desk or writer credit on its own line (most Rudaw and Baghdad Today pages, some others:
    "رووداو ديجيتال", "بغداد اليوم - بغداد", "name - desk"), the date line in the site's form
    ("06-06-2018 الساعة 14:22 (بتوقيت أربيل)", "2018-06-06 14:22", Levantine month names), a views
    counter and the news id ("رقم الخبر: 104253", "ID: ...") on some, a photo caption with its
    credit on half; without a credit line, the agency prefix glued to the lead on most pages
    ("شفق نيوز/ ", "أربيل (كوردستان 24)- ", "بغداد اليوم - بغداد "); between paragraphs (none to
    two) a read-also line, a video box, a caption or an embedded post; after the text the news id
    on some pages, tags (one a line, or with "#"), share words, related news with their dates; on
    about two in five pages the next story loaded whole (under "الخبر التالي", a section label, or
    nothing) with its credit, date line and its own prefix, a second one now and then; the
    most-watched videos (title and duration), the app words and the copyright."""
    w = when_of(p.main.published, p.rng)
    site, host, languages, desk, prefix = p.pick(_KURD_SITES)
    menu = _KURD_MENU if prefix in ("own", "k24") else _IRAQ_MENU
    city = p.pick(_KURD_CITIES)
    form = p.rng.randrange(4)
    news_id = p.rng.randint(100000, 999999)

    def date_of(x: When) -> str:
        return (f"{x.day:02d}-{x.month:02d}-{x.year} الساعة {x.hour:02d}:{x.minute:02d} (بتوقيت أربيل)",
                f"{x.year}-{x.month:02d}-{x.day:02d} {x.hour:02d}:{x.minute:02d}",
                f"{_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_LEV[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d}",
                f"{x.day} {_MONTHS_LEV[x.month - 1]} {x.year}")[form]

    def credit(town: str) -> str:
        if prefix == "bt":
            return f"بغداد اليوم - {town}"
        return p.pick((desk, f"{desk} - {town}", f"{p.pick(_KURD_WRITERS)} - {desk}", p.pick(_KURD_WRITERS)))

    def lead(town: str) -> str:
        if prefix == "shafaq":
            return p.pick(("شفق نيوز/ ", "شفق نيوز- "))
        if prefix == "bt":
            return f"بغداد اليوم - {town} "
        if "-middleEast-" not in p.main.id:  # a story from elsewhere: the desk alone
            return f"{desk}/ "
        return p.pick((f"{town} ({site})- ", f"{town} - {desk}: "))

    def video() -> None:
        minutes, seconds = p.rng.randint(0, 4), p.rng.randint(0, 59)
        if p.chance(0.5):
            _in_order(p, "ui_text", _VIDEO_PLAYER, p.rng.randint(3, 6))
            p.add("ui_text", f"Duration {minutes}:{seconds:02d}")
        else:
            p.add("ui_text", p.pick(("▶ شاهد الفيديو", "فيديو", "▶ تشغيل")), f"{minutes:02d}:{seconds:02d}")

    if p.chance(0.6):
        p.add("ui_text", " | ".join(languages))
    else:
        p.add("ui_text", *languages)
    if p.chance(0.4):
        p.add("ui_text", p.pick(("البث المباشر", "LIVE", f"{site} TV | مباشر", "● مباشر")))
    if p.chance(0.5):
        p.add("widget", f"{_WEEKDAYS[w.weekday]} {w.day} {_MONTHS_LEV[w.month - 1]} {w.year}")
        if p.chance(0.5):
            p.add("widget", f"{p.pick(_KURD_CITIES)} {p.rng.randint(8, 47)}°")
    p.add("other", site if p.chance(0.6) else p.pick((f"{site} | {host}", host)))
    _in_order(p, "other", menu, p.rng.randint(6, len(menu)))
    if p.chance(0.45):
        if p.chance(0.5):
            p.add("related_list", "عاجل", *p.headlines(p.rng.randint(2, 3)))
        else:
            for headline in p.headlines(p.rng.randint(1, 3)):
                p.add("related_list", f"عاجل | {headline}")
    section = p.pick(menu[1:-1])
    if p.chance(0.6):
        p.add("other", section)
    if p.chance(0.3):
        video()
    if p.chance(0.9):
        p.add("title", p.main.title)
    own_credit = p.chance(0.85) if prefix in ("bt", "own") else p.chance(0.35)
    glue = not own_credit and p.chance(0.8)
    if own_credit:
        p.add("source_credit", credit(city))
    p.add("dateline", date_of(w))
    if p.chance(0.4):
        p.add("widget", p.pick((f"المشاهدات: {p.rng.randint(100, 30000)}", f"👁 {p.rng.randint(100, 30000)}", f"{p.rng.randint(100, 30000)} مشاهدة")))
    id_top = p.chance(0.25)
    if id_top:
        p.add("other", p.pick((f"رقم الخبر: {news_id}", f"ID: {news_id}", f"رمز الخبر: {news_id}")))
    if p.chance(0.5):
        p.add("caption", p.pick((caption(p, credit=0.6), f"{caption(p, credit=0.0)} - صورة: {site}", f"{caption(p, credit=0.0)} ({site})")))
    paragraphs = list(p.main.paragraphs)
    if glue and not _has_wire_prefix(paragraphs[0]):
        paragraphs[0] = lead(city) + paragraphs[0]
    slots = sorted(p.rng.sample(range(len(paragraphs) - 1), min(len(paragraphs) - 1, p.rng.randint(0, 2))))
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index in slots:
            inset = p.pick(("read", "read", "video", "photo", "post"))
            if inset == "read":
                p.add("read_also", f"{p.pick(('اقرأ أيضاً:', 'إقرأ أيضا:', 'اقرأ أيضاً..'))} {p.draw().title}")
            elif inset == "video":
                video()
            elif inset == "photo":
                p.add("caption", caption(p, credit=0.6))
            else:
                tweet(p, w)
    if not id_top and p.chance(0.4):
        p.add("other", p.pick((f"رقم الخبر: {news_id}", f"ID: {news_id}", f"https://{host}/arabic/{news_id}")))
    if p.chance(0.6):
        tags = p.rng.sample(_KURD_TAGS, p.rng.randint(1, 2)) + [" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(1, 2))]
        if p.chance(0.5):
            p.add("tags", p.pick(("الكلمات الدالة", "الوسوم", "وسوم:")), *tags)
        else:
            p.add("tags", " ".join(f"#{t.replace(' ', '_')}" for t in tags))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "مشاركة الخبر", "شارك على")))
        _in_order(p, "ui_text", SHARE_EN, p.rng.randint(2, 4))
    p.add("related_list", p.pick(("أخبار ذات صلة", "الأخبار ذات الصلة", "المزيد من الأخبار")))
    for _ in range(p.rng.randint(2, 4)):
        other = p.draw()
        p.add("related_list", other.title, date_of(when_of(other.published, p.rng)))
    more = (2 if p.chance(0.15) else 1) if p.chance(0.42) else 0
    for _ in range(more):
        cue = p.rng.randrange(3)
        if cue == 0:
            p.add("read_also", p.pick(("الخبر التالي", "التالي", "اقرأ التالي")))
        elif cue == 1:
            p.add("other", p.pick(menu[1:-1]))
        town = p.pick(_KURD_CITIES)
        _more_story(p, between=lambda x, t=town: [("source_credit", credit(t))] if own_credit else [],
                    dated=date_of if p.chance(0.85) else None,
                    lead=(lambda x, t=town: lead(t)) if glue else None)
    if p.chance(0.7):
        p.add("related_list", p.pick(("الأكثر مشاهدة", "الأكثر مشاهدة اليوم", "فيديوهات")))
        for headline in p.headlines(p.rng.randint(3, 5)):
            p.add("related_list", headline)
            if p.chance(0.6):
                p.add("related_list", f"{p.rng.randint(0, 9):02d}:{p.rng.randint(0, 59):02d}")
    if p.chance(0.5):
        p.add("ui_text", p.pick((f"حمّل تطبيق {site}", "App Store", "Google Play", f"تابعوا {site} على تيليجرام")))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"Copyright © {w.year} {host}", f"جميع الحقوق محفوظة لـ {site}")))


_BLOG_AUTHORS = (  # name, bio, followers
    ("Ahmed Nasser", "Journalist based in Amman. I write about the Middle East and the media.", "1.2K"),
    ("سارة الخطيب", "صحفية مستقلة، أكتب عن السياسة والمجتمع في العالم العربي.", "856"),
    ("Omar Haddad", "Former wire reporter. News explained, one story at a time.", "3.4K"),
    ("محمد الأمين", "مدون ومهتم بالشأن العام، أنقل الأخبار وأعلق عليها.", "214"),
    ("Layla K.", "Writing about politics, economy and everything in between.", "12K"),
    ("يوسف السعدي", "باحث في العلاقات الدولية ومدون منذ 2010.", "2.1K"),
)
_BLOG_NAMES = (("نافذة على الأحداث", "كل ما يهمك من أخبار العالم العربي"), ("رصيف الأخبار", "مدونة إخبارية مستقلة"),
               ("مدونة عين على الحدث", "أخبار وتحليلات يومية"), ("دفتر الصحفي", "ملاحظات وأخبار من هنا وهناك"),
               ("الخبر اليقين", "مدونة تنقل الخبر كما هو"))
_BLOG_PUBLICATIONS = ("Arab Voices", "The Levant Post", "مجلة حبر", "Middle East Notes", "منصة رأي")
_BLOG_SOURCES = ("سكاي نيوز عربية", "العربية.نت", "فرانس 24", "بي بي سي عربي", "سي إن إن بالعربية", "رويترز", "الجزيرة نت")
_BLOG_SOURCE_HOSTS = ("skynewsarabia.com", "alarabiya.net", "france24.com", "bbc.com/arabic", "arabic.cnn.com")
_BLOG_TOPICS = ("Middle East", "Politics", "News", "أخبار", "سياسة", "الشرق الأوسط", "Economy", "World News", "Journalism", "اقتصاد")
_BLOG_READERS = ("Hussein K.", "مريم الحسن", "Rami", "أبو فهد", "Nour El Din", "Dana S.", "خالد العنزي", "Sami")
_BLOG_REPLIES = (
    "Thanks for sharing this, very clear summary.",
    "شكراً على النقل، لكن كنت أتمنى لو أضفت رأيك الشخصي في الموضوع.",
    "I read the original report too, this is a fair write-up.",
    "هل هناك مصدر آخر أكد هذا الكلام؟ أرى أن الخبر يحتاج إلى تدقيق.",
    "مدونة رائعة ومتابع لك منذ زمن، استمر.",
    "Interesting. I wonder how this will play out in the coming weeks.",
    "الله يستر، الأوضاع لا تبشر بخير.",
    "Great piece, followed!",
)
_MEDIUM_FOOTER = ("Help", "Status", "About", "Careers", "Press", "Blog", "Privacy", "Terms", "Text to speech", "Teams")


def blog_platform_post(p: Page) -> None:
    """A post on a blogging platform that writes up or republishes a news story: Medium, Blogger or
    WordPress.com. Inventory, Medium: "Open in app", "Sign up", "Sign in", "Write" words, the
    publication's name on some pages, "Member-only story" on a few, the title, the author's name
    with "Follow" and the follower count on some, the reading time and date ("5 min read · Jun 6,
    2018", or the date alone), the claps and responses counts with "Listen" / "Share", a photo
    caption ("Photo by ... on Unsplash", an agency's) on some, "نُشر في الأصل على ..." or the source
    credit before or after the text; the topics one a line, the counts again, "Written by", the
    followers, the bio; the responses ("Responses (3)", "What are your thoughts?", each reply's
    name, date, text, claps and "Reply"); on some pages the author's next post loaded whole (under
    "Next story" / "القصة التالية" or nothing) with the author and its date line; "More from NAME"
    and "Recommended from Medium" cards (author, title, reading time), the footer links. Blogger:
    the blog's name and description, the pages menu, the date header above the title, the title
    (none on some pages: Blogger posts may have none), the text, the source credit, "نشر بواسطة
    NAME في 10:22 ص", the share words, "التسميات:", the comments (name "يقول...", comment, date,
    "رد") or "ليست هناك تعليقات:", the comment form, "رسالة أحدث / رسالة أقدم", on some pages the
    next post under "التدوينة التالية" or nothing (its date header, title, text and footer), the
    popular posts, the archive ("► 2018 (124)"), "من أنا" with the profile, the followers count
    and "يتم التشغيل بواسطة Blogger.". WordPress.com: the skip link, the blog's name and tagline,
    the menu, the title (none on a few pages), "بواسطة NAME" and the date (one line or two), the
    category, the text, the source credit, "شارك هذا:" and the networks, "أعجبني هذا:" with the
    likes line, "ذات صلة" posts with dates, tags, previous / next post links, the comments and
    the form, on some pages the next post loaded whole, the follow box and the platform's
    footer. Between paragraphs on all three (none to two): a read-also line, a caption or an
    embedded post."""
    w = when_of(p.main.published, p.rng)
    platform = p.pick(("medium", "medium", "blogger", "wordpress"))
    author, bio, followers = p.pick(_BLOG_AUTHORS)
    source = p.pick(_BLOG_SOURCES)

    def medium_date(x: When) -> str:
        return f"{_MONTHS_EN[x.month - 1][:3]} {x.day}, {x.year}"

    def ar_date(x: When) -> str:
        return f"{x.day} {_MONTHS_EG[x.month - 1]}، {x.year}"

    def blogger_date(x: When) -> str:
        return f"{_WEEKDAYS[x.weekday]}، {x.day} {_MONTHS_EG[x.month - 1]} {x.year}"

    def posted_by(x: When) -> str:
        hour, half = x.h12
        return f"نشر بواسطة {author} في {hour}:{x.minute:02d} {half}"

    def body() -> None:
        paragraphs = p.main.paragraphs
        slots = sorted(p.rng.sample(range(len(paragraphs) - 1), min(len(paragraphs) - 1, p.rng.randint(0, 2))))
        for index, paragraph in enumerate(paragraphs):
            p.add("body", paragraph)
            if index in slots:
                inset = p.pick(("read", "read", "photo", "post"))
                if inset == "read":
                    p.add("read_also", f"{p.pick(('اقرأ أيضاً على المدونة:', 'اقرأ أيضاً:', 'Read also:', 'مقال ذو صلة:'))} {p.draw().title}")
                elif inset == "photo":
                    p.add("caption", p.pick((caption(p, credit=0.8), f"Photo by {p.pick(_GALLERY_PHOTOGRAPHERS)} / {p.pick(_GALLERY_AGENCIES)}")))
                else:
                    tweet(p, w)

    def credit_line() -> str:
        return p.pick((f"المصدر: {source}", f"نقلاً عن {source}", f"المصدر: {source} + وكالات",
                       f"Originally published at {p.pick(_BLOG_SOURCE_HOSTS)} on {_MONTHS_EN[w.month - 1]} {w.day}, {w.year}."))

    def comments(count: int) -> None:
        minutes = 0
        for reader, reply in zip(p.rng.sample(_BLOG_READERS, count), p.rng.sample(_BLOG_REPLIES, count)):
            minutes += p.rng.randint(15, 400)
            hour, minute = _clock(w, minutes)
            x = When(w.year, w.month, w.day, hour, minute, w.weekday)
            if platform == "medium":
                p.add("other", reader, medium_date(x), reply)
                if p.chance(0.5):
                    p.add("widget", str(p.rng.randint(1, 40)))
                p.add("ui_text", "Reply")
            elif platform == "blogger":
                p.add("other", f"{reader} يقول...", reply, f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year} في {x.h12[0]}:{x.minute:02d} {x.h12[1]}")
                p.add("ui_text", "رد")
            else:
                p.add("other", reader, f"{ar_date(x)} في {x.hour:02d}:{x.minute:02d}", reply)
                p.add("ui_text", p.pick(("رد", "إعجاب", "رد ↓")))

    if platform == "medium":
        _in_order(p, "ui_text", ("Open in app", "Sign up", "Sign in", "Write", "Search"), p.rng.randint(2, 5))
        publication = p.pick(_BLOG_PUBLICATIONS) if p.chance(0.4) else ""
        if publication:
            p.add("other", publication)
        if p.chance(0.15):
            p.add("other", "Member-only story")
        p.add("title", p.main.title)
        p.add("source_credit", author)
        if p.chance(0.6):
            p.add("ui_text", "Follow")
        if p.chance(0.3):
            p.add("widget", f"{followers} Followers")
        if publication and p.chance(0.5):
            p.add("other", f"Published in {publication}")
        minutes = max(2, sum(len(x.split()) for x in p.main.paragraphs) // 200 + 1)
        if p.chance(0.6):
            p.add("dateline", f"{minutes} min read · {medium_date(w)}")
        else:
            p.add("widget", f"{minutes} min read")
            p.add("dateline", medium_date(w))
        claps, responses = p.rng.randint(0, 900), p.rng.randint(0, 4)
        if p.chance(0.7):
            p.add("widget", str(claps), str(responses))
        if p.chance(0.6):
            p.add("ui_text", *p.rng.sample(("Listen", "Share", "More"), p.rng.randint(1, 3)))
        credit_top = p.chance(0.3)
        if credit_top:
            p.add("source_credit", p.pick((f"نُشر في الأصل على موقع {source}", f"المصدر: {source}")))
        if p.chance(0.5):
            p.add("caption", p.pick((f"Photo by {p.pick(_GALLERY_PHOTOGRAPHERS)} on Unsplash", caption(p, credit=0.8), f"{caption(p, credit=0.0)} — {source}")))
        body()
        if not credit_top and p.chance(0.7):
            p.add("source_credit", credit_line())
        p.add("tags", *p.rng.sample(_BLOG_TOPICS, p.rng.randint(2, 5)))
        if p.chance(0.6):
            p.add("widget", str(claps), str(responses))
        p.add("source_credit", f"Written by {author}")
        if p.chance(0.7):
            p.add("widget", f"{followers} Followers")
        if p.chance(0.5):
            p.add("source_credit", bio)
        p.add("ui_text", "Follow")
        if responses or p.chance(0.4):
            p.add("ui_text", f"Responses ({responses})" if responses else "No responses yet", "What are your thoughts?")
            comments(responses)
            if responses > 2:
                p.add("ui_text", "See all responses")
        if p.chance(0.42):
            if p.chance(0.6):
                p.add("read_also", p.pick(("Next story", "القصة التالية", f"More from {author}")))
            _more_story(p, between=lambda x: [("source_credit", author)] if p.chance(0.7) else [],
                        dated=(lambda x: f"{p.rng.randint(2, 9)} min read · {medium_date(x)}") if p.chance(0.85) else None)
        if p.chance(0.7):
            p.add("related_list", f"More from {author}" + (f" and {publication}" if publication else ""))
            for headline in p.headlines(p.rng.randint(2, 4)):
                p.add("related_list", headline, f"{p.rng.randint(2, 9)} min read")
        if p.chance(0.6):
            p.add("related_list", "Recommended from Medium")
            for headline in p.headlines(p.rng.randint(2, 4)):
                other = p.pick([a for a in _BLOG_AUTHORS if a[0] != author])
                p.add("related_list", other[0], headline, f"{p.rng.randint(2, 12)} min read · {p.rng.randint(2, 6)} days ago")
            p.add("ui_text", "See more recommendations")
        _in_order(p, "other", _MEDIUM_FOOTER, p.rng.randint(4, 9))
        return

    blog, tagline = p.pick(_BLOG_NAMES)
    if platform == "blogger":
        p.add("other", blog, tagline)
        if p.chance(0.5):
            p.add("ui_text", "بحث في هذه المدونة")
        _in_order(p, "other", ("الصفحة الرئيسية", "أخبار عربية", "أخبار دولية", "اقتصاد", "من نحن", "اتصل بنا"), p.rng.randint(3, 6))
        p.add("dateline", blogger_date(w))
        if p.chance(0.82):
            p.add("title", p.main.title)
        if p.chance(0.3):
            p.add("caption", caption(p, credit=0.6))
        body()
        if p.chance(0.75):
            p.add("source_credit", credit_line())
        p.add("source_credit", posted_by(w))
        if p.chance(0.6):
            p.add("ui_text", *p.rng.sample(("إرسال بالبريد الإلكتروني", "كتابة مدونة حول هذه المشاركة", "المشاركة في X",
                                             "المشاركة في Facebook", "المشاركة على Pinterest"), p.rng.randint(2, 4)))
        p.add("tags", "التسميات: " + "، ".join(p.rng.sample(("أخبار", "سياسة", "أخبار عربية", "أخبار دولية", "اقتصاد", "عاجل"), p.rng.randint(1, 3))))
        count = p.rng.randint(0, 3)
        p.add("ui_text", {0: "ليست هناك تعليقات:", 1: "تعليق واحد:", 2: "تعليقان:"}.get(count, f"{count} تعليقات:"))
        comments(count)
        p.add("ui_text", "إرسال تعليق")
        if p.chance(0.42):
            if p.chance(0.5):
                p.add("read_also", p.pick(("التدوينة التالية", "المشاركة التالية")))
            other, n = p.draw_appended()
            x = when_of(other.published, p.rng)
            if p.chance(0.85):
                p.add(f"appended-{n}-dateline", blogger_date(x))
            p.add(f"appended-{n}-title", other.title)
            p.add(f"appended-{n}-body", *other.paragraphs[: p.rng.randint(2, 6)])
            if p.chance(0.6):
                p.add("source_credit", credit_line())
            p.add("source_credit", posted_by(x))
            p.add("ui_text", p.pick(("ليست هناك تعليقات:", "تعليق واحد:", "تعليقان:", f"{p.rng.randint(3, 9)} تعليقات:")))
        p.add("ui_text", *p.rng.sample(("رسالة أحدث", "رسالة أقدم", "الصفحة الرئيسية"), p.rng.randint(2, 3)))
        if p.chance(0.5):
            p.add("ui_text", "الاشتراك في: تعليقات الرسالة (Atom)")
        if p.chance(0.7):
            p.add("related_list", p.pick(("المشاركات الشائعة", "الأكثر قراءة", "تدوينات شائعة")), *p.headlines(p.rng.randint(3, 5)))
        if p.chance(0.6):
            p.add("other", "أرشيف المدونة", f"► {w.year} ({p.rng.randint(40, 400)})", f"▼ {_MONTHS_EG[w.month - 1]} ({p.rng.randint(5, 40)})")
        if p.chance(0.6):
            p.add("other", "من أنا")
            p.add("source_credit", author, bio)
            p.add("ui_text", "عرض الملف الشخصي الكامل الخاص بي")
        if p.chance(0.5):
            p.add("widget", "المتابعون", f"{p.rng.randint(10, 3000)} متابع")
        p.add("other", p.pick(("يتم التشغيل بواسطة Blogger.", "موضوع بسيط. يتم التشغيل بواسطة Blogger.", "Powered by Blogger")))
        return

    # WordPress.com
    p.add("ui_text", p.pick(("تخطي إلى المحتوى", "Skip to content")))
    p.add("other", blog)
    if p.chance(0.6):
        p.add("other", tagline)
    _in_order(p, "other", ("الرئيسية", "أخبار", "تحليلات", "ترجمات", "عن المدونة", "اتصل"), p.rng.randint(3, 6))
    if p.chance(0.9):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("dateline", f"نُشر بواسطة {author} في {ar_date(w)}")
    else:
        p.add("source_credit", f"بواسطة {author}")
        p.add("dateline", ar_date(w))
    if p.chance(0.6):
        p.add("other", f"في {p.pick(('أخبار', 'تحليلات', 'ترجمات', 'غير مصنف'))}")
    if p.chance(0.4):
        p.add("caption", caption(p, credit=0.7))
    body()
    if p.chance(0.75):
        p.add("source_credit", credit_line())
    p.add("ui_text", "شارك هذا:")
    _in_order(p, "ui_text", ("X", "Facebook", "WhatsApp", "Telegram", "البريد الإلكتروني", "طباعة"), p.rng.randint(2, 4))
    if p.chance(0.7):
        p.add("ui_text", "أعجبني هذا:", "إعجاب تحميل...")
        if p.chance(0.5):
            p.add("widget", f"{p.rng.randint(2, 40)} مدونون معجبون بهذه:")
    if p.chance(0.6):
        p.add("related_list", "ذات صلة")
        for _ in range(p.rng.randint(2, 3)):
            other = p.draw()
            p.add("related_list", other.title, ar_date(when_of(other.published, p.rng)), f"في \"{p.pick(('أخبار', 'تحليلات'))}\"")
    if p.chance(0.5):
        p.add("tags", "الوسوم:", *[" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 3))])
    if p.chance(0.5):
        p.add("ui_text", "التنقل بين المقالات")
        p.add("read_also", "المقالة السابقة", p.draw().title)
    count = p.rng.randint(0, 3)
    if count:
        p.add("ui_text", {1: "رد واحد", 2: "ردّان"}.get(count, f"{count} ردود"))
        comments(count)
    p.add("ui_text", "اترك تعليقاً", "أدخل تعليقك هنا...")
    if p.chance(0.42):
        if p.chance(0.6):
            p.add("read_also", p.pick(("المقالة التالية", "التدوينة التالية")))
        _more_story(p, between=lambda x: [("source_credit", f"بواسطة {author}")] if p.chance(0.5) else [],
                    dated=ar_date if p.chance(0.85) else None,
                    after=lambda x: [("source_credit", credit_line())] if p.chance(0.4) else [])
    if p.chance(0.6):
        p.add("ui_text", "تابع", p.pick(("تابع المدونة عبر البريد الإلكتروني", "اشترك في المدونة")))
        p.add("widget", f"انضم إلى {p.rng.randint(20, 2000)} من المشتركين الآخرين")
    p.add("other", p.pick(("مدونة على ووردبريس.كوم.", "ابدأ بإنشاء موقع على WordPress.com.", "Blog at WordPress.com.")))


_RADIO_STATIONS = (  # name, host, date style, frequencies (city, MHz), the credit's agencies
    ("مونت كارلو الدولية", "mc-doualiya.com", "mcd", (("بيروت", "88.6"), ("عمّان", "98.6"), ("دمشق", "106.3"), ("الرباط", "97.3"),
                                                      ("نواكشوط", "100.4"), ("جيبوتي", "107.0"))),
    ("راديو سوا", "radiosawa.com", "sawa", (("بغداد", "100.0"), ("عمّان", "98.1"), ("بيروت", "87.7"), ("الكويت", "88.0"),
                                            ("الخرطوم", "89.5"), ("الرباط", "88.7"))),
    ("موزاييك أف أم", "mosaiquefm.net", "tn", (("تونس الكبرى", "94.9"), ("صفاقس", "97.8"), ("سوسة", "88.9"), ("بنزرت", "97.1"),
                                               ("قفصة", "88.3"))),
    ("شام إف إم", "sham.fm", "lev", (("دمشق", "92.3"), ("حلب", "93.3"), ("حمص", "97.6"), ("اللاذقية", "101.1"))),
    ("راديو البلد", "ammannet.net", "lev", (("عمّان", "92.5"), ("الزرقاء", "92.5"), ("إربد", "92.5"))),
)
_RADIO_PROGRAMS = ("نشرة الأخبار", "موجز الأخبار", "الصباح الجديد", "حوار اليوم", "صحافة اليوم", "ساعة حرة", "من الميدان",
                   "رياضة على الهواء", "ليلة طرب", "ضيف ومسيرة", "أسواق ومال", "بين السطور")
_RADIO_PRESENTERS = ("ليلى الشايب", "زياد الحمصي", "منى الصادق", "Hedi Zaiem", "رامي الخليل", "سناء الأمين", "كريم بن عمر")


def radio_station_news(p: Page) -> None:
    """A news item on a radio station's website (Monte Carlo Doualiya, Radio Sawa, Mosaique FM,
    Sham FM, Radio Al-Balad). Inventory: the live player's words ("استمع الآن", "● مباشر",
    "LIVE") and what is on air ("Now playing: ...", "على الهواء الآن: program مع presenter", the
    next programme) on most pages, the station's name and the menu, the day's schedule
    ("06:00 الصباح الجديد", one a line) on some, the frequencies (city and MHz, one a line or in
    one line) at the top or the bottom on half, the section label, the title (none on a few
    pages), the date line in the station's form (MCD's "نشرت في: 06/06/2018 - 14:22", Sawa's
    "يونيو 06, 2018", Mosaique's Tunisian months, Levantine months), the credit ("station / أ ف
    ب", "إعداد: name") before or after the text, the report's audio line ("استمع إلى التقرير",
    "استمع إلى تقرير مراسلنا ..." with its duration and "تحميل") under the date or between
    paragraphs on most pages, a photo caption on some; the item itself, short on half the pages
    (two to four paragraphs); between paragraphs (none to two) a read-also line, a caption or an
    embedded post; after it the agency's tag, tags, share words, the podcast episodes (programme
    and topic, duration) on most, related news; on about half the pages the next bulletin item
    loaded whole (under "الخبر التالي", a bulletin's label "نشرة الساعة 15:00", or nothing),
    with its date line on most and its own audio line on some, a second one now and then; the
    most-listened list, the app / streaming words and the copyright."""
    if p.chance(0.5) and sum(len(x.split()) for x in p.main.paragraphs) > 260:
        p.main = _draw_where(p, lambda a: 2 <= len(a.paragraphs) <= 4 and sum(len(x.split()) for x in a.paragraphs) <= 260)
    w = when_of(p.main.published, p.rng)
    station, host, style, frequencies = p.pick(_RADIO_STATIONS)
    agencies = ("أ ف ب", "رويترز", "أسوشيتد برس", "وكالات")

    def date_of(x: When) -> str:
        if style == "mcd":
            return p.pick((f"نشرت في: {x.day:02d}/{x.month:02d}/{x.year} - {x.hour:02d}:{x.minute:02d}",
                           f"نشرت في: {x.day:02d}/{x.month:02d}/{x.year} - {x.hour:02d}:{x.minute:02d} آخر تحديث: {x.day:02d}/{x.month:02d}/{x.year} - {_clock(x, 40)[0]:02d}:{_clock(x, 40)[1]:02d}"))
        if style == "sawa":
            return f"{_MONTHS_EG[x.month - 1]} {x.day:02d}, {x.year}"
        if style == "tn":
            return f"{_WEEKDAYS[x.weekday]} {x.day:02d} {_MONTHS_DZ[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d}"
        return f"{x.day} {_MONTHS_LEV[x.month - 1]} {x.year}"

    def audio() -> None:
        p.add("ui_text", p.pick(("استمع إلى التقرير", "🔊 استمع إلى التقرير", f"استمع إلى تقرير مراسلنا {p.pick(_RADIO_PRESENTERS)}",
                                 "استمع", "▶ استمع إلى الخبر")))
        minutes, seconds = p.rng.randint(0, 4), p.rng.randint(0, 59)
        p.add("ui_text", p.pick((f"{minutes:02d}:{seconds:02d}", f"00:00 / {minutes:02d}:{seconds:02d}", f"{minutes}:{seconds:02d} دقيقة")))
        if p.chance(0.4):
            p.add("ui_text", p.pick(("تحميل", "Download", "تنزيل الملف الصوتي")))

    def freqs() -> None:
        p.add("widget", p.pick(("الترددات", "ترددات الإذاعة", "استمع إلينا على")))
        chosen = p.rng.sample(frequencies, p.rng.randint(2, len(frequencies)))
        if p.chance(0.5):
            p.add("widget", *[f"{city} {freq} FM" for city, freq in chosen])
        else:
            p.add("widget", " | ".join(f"{city} {freq}" for city, freq in chosen))

    # the player and header
    p.add("ui_text", p.pick(("استمع الآن", "▶ استمع الآن", "البث المباشر", "● مباشر", "LIVE")))
    if p.chance(0.75):
        program, presenter = p.pick(_RADIO_PROGRAMS), p.pick(_RADIO_PRESENTERS)
        p.add("widget", p.pick((f"Now playing: {program}", f"يُبث الآن: {program}", f"على الهواء الآن: {program} مع {presenter}")))
        if p.chance(0.5):
            hour, _ = _clock(w, 60)
            p.add("widget", f"التالي: {p.pick(_RADIO_PROGRAMS)} - {hour:02d}:00")
    p.add("other", station if p.chance(0.6) else p.pick((f"{station} | {host}", host)))
    _in_order(p, "other", ("الرئيسية", "أخبار", "الشرق الأوسط", "العالم", "اقتصاد", "رياضة", "برامج", "بودكاست", "جدول البرامج",
                           "الترددات", "فيديو", "تواصل معنا"), p.rng.randint(5, 10))
    if p.chance(0.35):
        p.add("widget", p.pick(("جدول البرامج", "برامج اليوم", "البرامج")))
        start = p.rng.randint(5, 16)
        for k, program in enumerate(p.rng.sample(_RADIO_PROGRAMS, p.rng.randint(3, 6))):
            p.add("widget", f"{start + 2 * k:02d}:00 {program}")
    freq_at = p.pick(("top", "bottom", "none", "none"))
    if freq_at == "top":
        freqs()
    if p.chance(0.6):
        p.add("other", p.pick(("أخبار", "الشرق الأوسط", "نشرة الأخبار", "العالم", "أخبار وطنية", "موجز")))
    if p.chance(0.9):
        p.add("title", p.main.title)
    credit = p.pick((f"{station} / {p.pick(agencies)}", f"{station} - {p.pick(agencies)}", f"إعداد: {p.pick(_RADIO_PRESENTERS)}", station))
    credit_place = p.pick(("before", "after", "end", "none"))
    if credit_place == "before":
        p.add("source_credit", credit)
    p.add("dateline", date_of(w))
    if credit_place == "after":
        p.add("source_credit", credit)
    paragraphs = p.main.paragraphs
    audio_at = p.pick(("top", "top", "mid", "none"))
    if audio_at == "top":
        audio()
    if p.chance(0.45):
        p.add("caption", caption(p, credit=0.7))
    slots = sorted(p.rng.sample(range(len(paragraphs) - 1), min(len(paragraphs) - 1, p.rng.randint(0, 2))))
    audio_slot = p.rng.randrange(len(paragraphs) - 1) if audio_at == "mid" else -1
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index == audio_slot:
            audio()
        if index in slots:
            inset = p.pick(("read", "read", "photo", "post"))
            if inset == "read":
                p.add("read_also", f"{p.pick(('اقرأ أيضاً:', 'إقرأ أيضا:', 'للمزيد:'))} {p.draw().title}")
            elif inset == "photo":
                p.add("caption", caption(p, credit=0.7))
            else:
                tweet(p, w)
    if credit_place == "end":
        p.add("source_credit", credit)
    elif p.chance(0.3):
        p.add("source_credit", p.pick(("(أ ف ب)", "(رويترز)", "(وكالات)")))
    if p.chance(0.5):
        p.add("tags", p.pick(("الكلمات المفتاحية", "مواضيع", "وسوم")), *[" ".join(h.split()[:2]) for h in p.headlines(p.rng.randint(2, 4))])
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "مشاركة", "شارك هذا الخبر")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.7):
        p.add("related_list", p.pick(("حلقات البودكاست", "استمع أيضاً", "آخر الحلقات", "بودكاست")))
        for _ in range(p.rng.randint(2, 4)):
            other = p.draw()
            x = when_of(other.published, p.rng)
            p.add("related_list", p.pick((f"{p.pick(_RADIO_PROGRAMS)}: {other.title}", f"{p.pick(_RADIO_PROGRAMS)} - {x.day:02d}/{x.month:02d}/{x.year}")))
            if p.chance(0.7):
                p.add("related_list", f"{p.rng.randint(3, 55):02d}:{p.rng.randint(0, 59):02d}")
    if p.chance(0.6):
        p.add("related_list", p.pick(("أخبار ذات صلة", "اخترنا لكم", "المزيد من الأخبار")), *p.headlines(p.rng.randint(2, 4)))
    more = (2 if p.chance(0.25) else 1) if p.chance(0.5) else 0
    for _ in range(more):
        cue = p.rng.randrange(3)
        if cue == 0:
            p.add("read_also", p.pick(("الخبر التالي", "التالي", "الخبر الموالي" if style == "tn" else "المزيد")))
        elif cue == 1:
            hour, _ = _clock(w, 60)
            p.add("other", p.pick((f"نشرة الساعة {hour:02d}:00", "موجز الأخبار", "أخبار")))
        _more_story(p, dated=date_of if p.chance(0.8) else None,
                    under=lambda x: [] if not p.chance(0.3) else [("ui_text", "استمع إلى التقرير"), ("ui_text", f"0{p.rng.randint(0, 3)}:{p.rng.randint(10, 59)}")],
                    after=lambda x: [("source_credit", f"{station} / {p.pick(agencies)}")] if p.chance(0.3) else [])
    if p.chance(0.6):
        p.add("related_list", p.pick(("الأكثر استماعاً", "الأكثر قراءة", "الأكثر مشاهدة")), *p.headlines(p.rng.randint(3, 5)))
    if freq_at == "bottom":
        freqs()
    if p.chance(0.6):
        p.add("ui_text", p.pick((f"حمّل تطبيق {station} واستمع إلينا أينما كنت", "استمع إلينا عبر TuneIn", "App Store | Google Play",
                                 "تابعونا على فيسبوك ويوتيوب")))
    p.add("other", p.pick((f"© {w.year} {station}", f"جميع الحقوق محفوظة © {station} {w.year}", f"{host} © {w.year}")))


LAYOUTS_HELDOUT14: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (gulf_daily_print_article, iraqi_kurdish_outlet, blog_platform_post, radio_station_news)
}


# ------------------------------------------------------------- fifteenth held-out part
# Written after the fourteenth held-out part, blind to the splitter, from site families none of
# the 69 layouts above shows: a health / medical news portal's article (WebTeb, Altibbi, Mayo
# Clinic in Arabic, a health ministry's portal: the medical-review line, the "does not replace a
# doctor" disclaimer, the references list, "ask a doctor" boxes, symptom checkers and calculators,
# related conditions), a crime and courts desk's article of an Egyptian, Jordanian or Lebanese daily
# (case-number lines and case cards, "تنويه" legal notes, hotline and complaints boxes, anonymised
# names, related cases, a "follow the case" series box, the next case appended), a diaspora
# community outlet for Arabs in Sweden, Germany, Australia, the United States or Chile (bilingual
# menus, cookie banners and footers, local-services ads, community events, "أخبار الجالية"), and a
# science and technology news site's article (Arageek, Aitnews, Nasa in Arabic, Scientific American
# in Arabic: the study's journal and DOI box, glossary boxes, a product's spec box, reading time,
# "قد يعجبك أيضاً", the newsletter). Not registered in GOLD_FILES until measured once.


def _read_also(p: Page, cues: tuple[str, ...] = ("اقرأ أيضاً:", "اقرأ أيضا:", "إقرأ أيضاً:")) -> None:
    """A read-also line between paragraphs: the cue glued to a headline, or the cue on its own
    line and the headline under it."""
    if p.chance(0.6):
        p.add("read_also", f"{p.pick(cues)} {p.draw().title}")
    else:
        p.add("read_also", p.pick(cues).rstrip(":"), p.draw().title)


def _body_with_insets(p: Page, insets: Sequence[Callable[[], None]], most: int = 2) -> None:
    """The main article's paragraphs with none to ``most`` insets between them, each one of
    ``insets`` (repeat one to weight it)."""
    paragraphs = p.main.paragraphs
    slots = set(p.rng.sample(range(len(paragraphs) - 1), min(len(paragraphs) - 1, p.rng.randint(0, most))))
    for index, paragraph in enumerate(paragraphs):
        p.add("body", paragraph)
        if index in slots:
            p.pick(insets)()


_HEALTH_SITES = (  # name, host, the news section's name
    ("ويب طب", "webteb.com", "أخبار طبية"),
    ("الطبي", "altibbi.com", "أخبار صحية"),
    ("مايو كلينك", "mayoclinic.org/ar", "أخبار ومقالات"),
    ("صحتي", "sehhty.com", "أخبار الصحة"),
    ("البوابة الصحية الوطنية", "health-portal.gov", "المركز الإعلامي"),
)
_HEALTH_MENU = ("الرئيسية", "أخبار صحية", "الأمراض والحالات", "الأدوية", "صحة المرأة", "صحة الطفل", "التغذية", "الصحة النفسية",
                "الأدوات الصحية", "اسأل طبيب", "دليل الأطباء")
_HEALTH_WRITERS = ("رزان الطويل", "محمد عليان", "فريق التحرير الطبي", "هبة عادل", "أسيل عوض", "Sara Haddad", "سماح مصطفى")
_HEALTH_DOCTORS = (("د. ريم عبد الله", "طبيبة عامة"), ("د. محمد الخطيب", "اختصاصي الأمراض الباطنية"), ("د. سامر حداد", "اختصاصي أمراض القلب"),
                   ("د. هبة عيسى", "صيدلانية"), ("د. أحمد الزعبي", "اختصاصي طب الأسرة"), ("د. لينا منصور", "اختصاصية التغذية العلاجية"))
_CONDITIONS = ("السكري من النوع الثاني", "ارتفاع ضغط الدم", "السمنة", "فقر الدم", "الربو", "الاكتئاب", "هشاشة العظام", "الإنفلونزا",
               "قصور الغدة الدرقية", "أمراض القلب التاجية", "حساسية الطعام", "الصداع النصفي", "القولون العصبي", "حصى الكلى")
_HEALTH_DISCLAIMERS = (
    "المعلومات الواردة في هذا المقال لا تغني عن استشارة الطبيب.",
    "هذا المقال لأغراض التثقيف الصحي فقط ولا يغني عن التشخيص أو العلاج من قبل طبيب مختص.",
    "تنبيه: المحتوى المنشور في الموقع لا يُغني عن زيارة الطبيب، استشر طبيبك دائماً قبل تناول أي دواء.",
    "إخلاء مسؤولية: المعلومات الطبية في هذه الصفحة عامة ولا تُعد بديلاً عن الاستشارة الطبية المتخصصة.",
    "This content does not replace professional medical advice, diagnosis or treatment.",
)
_HEALTH_REF_ORGS = (("World Health Organization", "www.who.int"), ("Centers for Disease Control and Prevention", "www.cdc.gov"),
                    ("National Health Service", "www.nhs.uk"), ("Mayo Clinic", "www.mayoclinic.org"), ("MedlinePlus", "medlineplus.gov"),
                    ("منظمة الصحة العالمية", "www.who.int/ar"), ("Cleveland Clinic", "my.clevelandclinic.org"))
_HEALTH_REF_TOPICS = ("Fact sheets", "Health topics", "News release", "Diseases and conditions", "Questions and answers",
                      "صحيفة وقائع", "أسئلة وأجوبة", "مواضيع صحية")


def health_news_portal(p: Page) -> None:
    """A news article on a health / medical portal (WebTeb, Altibbi, Mayo Clinic in Arabic, a
    health ministry's portal); the main story is a health story when the corpus gives one.
    Inventory: the login / "اسأل طبيب مجاناً" words on some pages, the portal's name and menu, the
    "الرئيسية > section" trail on most, the section label on some, the title (none on a few
    pages), the writer line and the medical-review line ("راجعه طبيًا: د. X", "تمت المراجعة
    الطبية بواسطة: د. X - specialty") in either order around the date line ("تاريخ النشر:",
    "آخر تحديث:", a plain date), the disclaimer at the top on some pages, a photo caption with or
    without credit on about half; between paragraphs (none to two) a read-also line, a caption, an
    embedded post, an "ask a doctor" box or a symptom checker / calculator widget; after the text
    the agencies' credit on some, the disclaimer (on most pages, once), the references list
    ("المراجع" then one reference a line) on most, "هل كان المقال مفيداً؟" words, tags, share
    words, the related conditions list, an "ask a doctor" box, related articles; on about half
    the pages the next article loaded whole (under "المقال التالي", the section's name or
    nothing) with its writer or review line and its date line on most, a second one now and
    then; the newsletter words, the footer and copyright."""
    health = re.compile(r"\bصحة|الصحة|\bصحي[ةه]?\b|الصحي[ةه]?\b|مرض|أمراض|مرضى|طبي[ةب]?\b|أطباء|دواء|أدوية|فيروس|سرطان|مستشف|علاج|وباء|لقاح|السكري|القلب|الدم|السمنة")
    p.main = _draw_where(p, lambda a: bool(health.search(a.title)) and 2 <= len(a.paragraphs) <= 12
                         and sum(len(x.split()) for x in a.paragraphs) <= 900)
    w = when_of(p.main.published, p.rng)
    site, host, section = p.pick(_HEALTH_SITES)
    form = p.rng.randrange(3)
    stamp = p.pick(("تاريخ النشر:", "آخر تحديث:", "نُشر في:"))

    def date_of(x: When) -> str:
        return (f"{stamp} {x.day:02d}/{x.month:02d}/{x.year}",
                f"{stamp} {x.day} {_MONTHS_EG[x.month - 1]} {x.year}",
                f"{x.day} {_MONTHS_LEV[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d}")[form]

    def writer() -> str:
        return p.pick((f"بقلم: {p.pick(_HEALTH_WRITERS)}", f"كتابة: {p.pick(_HEALTH_WRITERS)}", p.pick(_HEALTH_WRITERS),
                       f"المحرر: {p.pick(_HEALTH_WRITERS)}"))

    def review() -> str:
        doctor, specialty = p.pick(_HEALTH_DOCTORS)
        return p.pick((f"راجعه طبيًا: {doctor}", f"تمت المراجعة الطبية بواسطة: {doctor} - {specialty}",
                       f"المراجعة الطبية: {doctor}، {specialty}", f"راجعته طبياً: {doctor}"))

    def ask_doctor() -> None:
        p.add("widget", p.pick(("اسأل طبيب", "هل لديك سؤال طبي؟", "استشر طبيباً الآن", "استشارة طبية مجانية")))
        p.add("widget", p.pick(("أكثر من 20 ألف طبيب جاهزون للإجابة عن أسئلتك", "احصل على إجابة من طبيب مختص خلال 24 ساعة",
                                "اسأل سؤالك مجاناً وبسرية تامة", "أطباء معتمدون في أكثر من 30 تخصصاً")))
        p.add("ui_text", p.pick(("اسأل الآن", "اطرح سؤالك", "ابدأ الاستشارة")))

    def tool() -> None:
        kind = p.rng.randrange(3)
        if kind == 0:
            p.add("widget", p.pick(("مدقق الأعراض", "فاحص الأعراض")), "ما الأعراض التي تشعر بها؟")
            p.add("widget", *p.rng.sample(("العمر", "الجنس: ذكر / أنثى", "صداع", "حمى", "سعال", "ألم في البطن", "دوخة"), 3))
            p.add("ui_text", p.pick(("ابدأ الفحص", "تحقق الآن")))
        elif kind == 1:
            p.add("widget", p.pick(("حاسبة كتلة الجسم", "حاسبة مؤشر كتلة الجسم BMI")), "الطول (سم)", "الوزن (كغ)")
            p.add("ui_text", "احسب")
        else:
            p.add("widget", p.pick(("حاسبة السعرات الحرارية", "حاسبة الحمل والولادة", "حاسبة الوزن المثالي")))
            p.add("ui_text", p.pick(("استخدم الحاسبة", "احسب الآن")))

    def reference() -> str:
        if p.chance(0.35):
            other = p.draw()
            x = when_of(other.published, p.rng)
            return f"{other.title}، {p.pick(('رويترز', 'بي بي سي عربي', 'سكاي نيوز عربية', 'العربية.نت'))}، {x.day} {_MONTHS_EG[x.month - 1]} {x.year}"
        org, site_host = p.pick(_HEALTH_REF_ORGS)
        return f"{org}. ({w.year}). {p.pick(_HEALTH_REF_TOPICS)}. Retrieved from https://{site_host}"

    disclaimer = p.pick(_HEALTH_DISCLAIMERS)
    disclaimer_top = p.chance(0.25)
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("تسجيل الدخول", "اسأل طبيب مجاناً", "English", "بحث", "حمّل التطبيق"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _HEALTH_MENU, p.rng.randint(5, len(_HEALTH_MENU)))
    if p.chance(0.7):
        p.add("other", p.pick((" > ", " / ", " » ")).join(("الرئيسية", section)))
    if p.chance(0.4):
        p.add("other", section)
    if p.chance(0.95):
        p.add("title", p.main.title)
    order = p.rng.randrange(3)
    if order == 0:
        p.add("source_credit", writer(), review())
        p.add("dateline", date_of(w))
    elif order == 1:
        p.add("dateline", date_of(w))
        p.add("source_credit", writer())
        if p.chance(0.8):
            p.add("source_credit", review())
    else:
        p.add("source_credit", review())
        p.add("dateline", date_of(w))
    if disclaimer_top:
        p.add("other", disclaimer)
    if p.chance(0.5):
        p.add("caption", caption(p, credit=0.5) if p.chance(0.7) else p.pick(("صورة تعبيرية", "صورة تعبيرية (Shutterstock)", "(iStock)")))
    _body_with_insets(p, (lambda: _read_also(p), lambda: _read_also(p), lambda: p.add("caption", caption(p, credit=0.6)),
                          lambda: tweet(p, w), ask_doctor, tool))
    if p.chance(0.35):
        p.add("source_credit", p.pick(("(رويترز)", "المصدر: وكالات", "(أ ف ب)", "(د ب أ)", f"المصدر: {site} + وكالات")))
    if not disclaimer_top and p.chance(0.85):
        p.add("other", disclaimer)
    if p.chance(0.75):
        p.add("source_credit", p.pick(("المراجع", "المصادر والمراجع", "المراجع:", "References")))
        for _ in range(p.rng.randint(1, 4)):
            p.add("source_credit", reference())
    if p.chance(0.5):
        p.add("ui_text", p.pick(("هل كان المقال مفيداً؟", "هل وجدت هذا المقال مفيداً؟")), "نعم", "لا")
    if p.chance(0.5):
        p.add("tags", p.pick(("الكلمات المفتاحية", "وسوم", "مواضيع")), *p.rng.sample(_CONDITIONS, p.rng.randint(2, 4)))
    if p.chance(0.7):
        p.add("ui_text", p.pick(("شارك المقال", "شارك", "مشاركة")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.6):
        p.add("related_list", p.pick(("أمراض وحالات ذات صلة", "حالات مرتبطة", "اقرأ عن")), *p.rng.sample(_CONDITIONS, p.rng.randint(3, 5)))
    if p.chance(0.4):
        ask_doctor()
    if p.chance(0.7):
        p.add("related_list", p.pick(("مقالات ذات صلة", "أخبار صحية أخرى", "قد يهمك أيضاً")), *p.headlines(p.rng.randint(2, 4)))
    more = (2 if p.chance(0.25) else 1) if p.chance(0.5) else 0
    for _ in range(more):
        cue = p.rng.randrange(3)
        if cue == 0:
            p.add("read_also", p.pick(("المقال التالي", "الخبر التالي", "التالي")))
        elif cue == 1:
            p.add("other", section)
        _more_story(p, between=lambda x: [("source_credit", p.pick((writer(), review())))] if p.chance(0.6) else [],
                    dated=date_of if p.chance(0.8) else None,
                    after=lambda x: [("other", disclaimer)] if p.chance(0.3) else [])
    if p.chance(0.5):
        p.add("ui_text", p.pick(("اشترك في النشرة الصحية الأسبوعية", "احصل على أحدث الأخبار الصحية في بريدك")), "البريد الإلكتروني", "اشترك")
    one_per_line(p, "other", FOOTER, p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة لموقع {site} © {w.year}", f"© {host} {w.year}")))


_CRIME_SITES = (  # name, host, country, the section's name
    ("اليوم السابع", "youm7.com", "eg", "حوادث"), ("المصري اليوم", "almasryalyoum.com", "eg", "حوادث"),
    ("الوطن", "elwatannews.com", "eg", "حوادث وقضايا"), ("الغد", "alghad.com", "jo", "محاكم وجرائم"),
    ("السبيل", "assabeel.net", "jo", "أمن وقضاء"), ("النهار", "annahar.com", "lb", "قضاء وأمن"), ("الجديد", "aljadeed.tv", "lb", "أمن وقضاء"),
)
_CRIME_COURTS = {
    "eg": (("محكمة جنايات القاهرة", "محكمة جنايات الجيزة", "محكمة جنح مستأنف مدينة نصر", "محكمة النقض", "محكمة جنايات الإسكندرية"),
           ("جنايات قصر النيل", "جنح مدينة نصر", "جنايات أول أكتوبر", "جنايات الدقي", "إداري الهرم")),
    "jo": (("محكمة الجنايات الكبرى", "محكمة أمن الدولة", "محكمة صلح جزاء عمان", "محكمة التمييز", "محكمة بداية جزاء إربد"),
           ("جنايات كبرى", "أمن دولة", "صلح جزاء", "بداية جزاء")),
    "lb": (("المحكمة العسكرية الدائمة", "محكمة الجنايات في بيروت", "قاضي التحقيق الأول في جبل لبنان", "المجلس العدلي", "محكمة الجنايات في الشمال"),
           ("جنايات بيروت", "عسكرية", "تحقيق جبل لبنان", "جنايات الشمال")),
}
_CRIME_HOTLINES = {
    "eg": ("شرطة النجدة: 122", "خط نجدة الطفل: 16000", "شكاوى المجلس القومي للمرأة: 15115", "الإدارة العامة لمباحث الإنترنت: 108"),
    "jo": ("الطوارئ: 911", "إدارة حماية الأسرة والأحداث: 065003300", "وحدة الجرائم الإلكترونية: 0770993111", "مكافحة المخدرات: 065009999"),
    "lb": ("قوى الأمن الداخلي: 112", "الدفاع المدني: 125", "مكتب مكافحة جرائم المعلوماتية: 01293293", "خط حماية الطفل: 1745"),
}
_CRIME_REPORTERS = ("محمود عبد الرازق", "أحمد الشريف", "إسلام سعيد", "هيا العمري", "رامي الزعبي", "جاد أبي خليل", "يوسف حمادة", "نادين سلوم")
_CRIME_CHARGES = ("القتل العمد", "الاتجار بالمواد المخدرة", "النصب والاحتيال", "الرشوة", "التزوير في محررات رسمية", "السرقة بالإكراه",
                  "الابتزاز الإلكتروني", "غسل الأموال", "حيازة سلاح دون ترخيص")
_CRIME_NOTES = (
    "تنويه: المتهمون أبرياء حتى تثبت إدانتهم بحكم قضائي قطعي.",
    "تنويه: حُجبت أسماء المتهمين والضحايا وصورهم التزاماً بالقانون وحفاظاً على الخصوصية.",
    "تنويه: الأسماء الواردة في القصة مستعارة بناء على طلب أصحابها.",
    "تنويه: يُحظر النشر في وقائع التحقيق بقرار من النائب العام، ويقتصر الخبر على ما صدر رسمياً.",
    "تنويه: تنشر الصحيفة الحكم كما ورد، وللمتهمين حق الطعن أمام محكمة أعلى.",
)


def _initials(p: Page) -> str:
    """An anonymised name as the courts pages print it ("م. ع. س", "أ. م")."""
    letters = "أبجدحخرزسشصعغفقكلمنهوي"
    return ". ".join(p.rng.sample(letters, p.rng.randint(2, 3)))


def court_crime_desk(p: Page) -> None:
    """An article of the crime and courts section of an Egyptian, Jordanian or Lebanese daily
    (youm7, Al-Masry Al-Youm, El-Watan, Al-Ghad, Assabeel, Annahar, Al-Jadeed); the main story
    is a courts / police / crime story when the corpus gives one. Inventory: the date widget on
    some pages, the site's name and menu, the section's name (as a label or a trail), the
    "follow the case" series box (its header and earlier episodes with dates) at the top or the
    bottom on some, the title (none on a few pages), the reporter line before or after the date
    line, the case-number line ("القضية رقم 1234 لسنة 2018 جنايات ...") or a case card (number,
    court, charge, next session) on most, a "تنويه" legal note at the top or the bottom on most,
    a photo caption with anonymised initials ("المتهم (م. ع) داخل قفص الاتهام") on some; between
    paragraphs (none to two) a read-also line, a caption or an embedded post; after the text the
    agencies' tag on some, the hotline / complaints box, tags, share words, "قضايا ذات صلة"
    (headlines, some about initials); on about half the pages the next case story loaded whole
    (under "القضية التالية", the section's name or nothing) with its reporter line, its date line
    on most and its own case-number line on some, a second one now and then; most read, footer."""
    crime = re.compile(r"محكم|النياب|متهم|السجن|سجن|جريم|القضاء|الإعدام|اعتقال|الشرطة|مخدرات|احتيال|فساد|توقيف|اختطاف|سرقة|رشوة|تحقيق")
    p.main = _draw_where(p, lambda a: bool(crime.search(a.title)) and 2 <= len(a.paragraphs) <= 12
                         and sum(len(x.split()) for x in a.paragraphs) <= 900)
    w = when_of(p.main.published, p.rng)
    site, host, country, section = p.pick(_CRIME_SITES)
    courts, registers = _CRIME_COURTS[country]
    menu = {"eg": NAV_EG, "jo": ("الرئيسية", "محليات", "محاكم وجرائم", "اقتصاد", "عربي ودولي", "رياضة", "ثقافة", "مقالات", "فيديو"),
            "lb": NAV_LEV}[country]

    clock, jo_form = p.chance(0.7), p.rng.randrange(2)

    def date_of(x: When) -> str:
        if country == "eg":
            return date_eg(x, clock=clock)
        if country == "jo":
            return (f"{x.year}-{x.month:02d}-{x.day:02d} {x.hour:02d}:{x.minute:02d}", f"آخر تحديث: {x.day:02d}-{x.month:02d}-{x.year}")[jo_form]
        return f"{_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_LEV[x.month - 1]} {x.year} | {x.hour:02d}:{x.minute:02d}"

    def reporter() -> str:
        name = p.pick(_CRIME_REPORTERS)
        city = p.pick({"eg": ("القاهرة", "الجيزة", "الإسكندرية"), "jo": ("عمّان", "إربد", "الزرقاء"), "lb": ("بيروت", "طرابلس", "صيدا")}[country])
        return p.pick((f"كتب: {name}", f"كتب - {name}", name, f"{city} - {name}", f"{site} - {name}"))

    def case_line(x: When) -> str:
        year = x.year - p.rng.randint(0, 4)
        return p.pick((f"القضية رقم {p.rng.randint(100, 9999)} لسنة {year} {p.pick(registers)}",
                       f"رقم القضية: {p.rng.randint(100, 9999)}/{year}",
                       f"القضية رقم {p.rng.randint(100, 9999)} لسنة {year} {p.pick(registers)}، المقيدة برقم {p.rng.randint(10, 999)} لسنة {year} كلي"
                       if country == "eg" else f"رقم الدعوى: {p.rng.randint(100, 9999)}/{year} - {p.pick(courts)}"))

    def case_card(x: When) -> None:
        p.add("widget", p.pick(("بطاقة القضية", "ملف القضية")))
        p.add("widget", f"رقم القضية: {p.rng.randint(100, 9999)} لسنة {x.year - p.rng.randint(0, 3)}", f"المحكمة: {p.pick(courts)}")
        if p.chance(0.7):
            p.add("widget", f"التهمة: {p.pick(_CRIME_CHARGES)}")
        if p.chance(0.6):
            later = p.rng.randint(7, 60)
            from datetime import date, timedelta

            d = date(x.year, x.month, x.day) + timedelta(days=later)
            p.add("widget", f"الجلسة المقبلة: {d.day} {_MONTHS_EG[d.month - 1] if country == 'eg' else _MONTHS_LEV[d.month - 1]} {d.year}")

    def series_box() -> None:
        p.add("related_list", p.pick(("تابع القضية", "ملف القضية: كل ما نشر", "تسلسل الأحداث", "القصة الكاملة")))
        numbered = p.chance(0.5)
        for k in range(1, p.rng.randint(3, 5)):
            other = p.draw()
            x = when_of(other.published, p.rng)
            p.add("related_list", f"الحلقة {k}: {other.title}" if numbered else other.title)
            if p.chance(0.5):
                p.add("related_list", f"{x.day:02d}/{x.month:02d}/{x.year}")

    def hotline() -> None:
        p.add("widget", p.pick(("للإبلاغ عن الجرائم", "أرقام تهمك", "لديك شكوى؟", "خط ساخن")))
        p.add("widget", *p.rng.sample(_CRIME_HOTLINES[country], p.rng.randint(1, 3)))
        if p.chance(0.5):
            phone = {"eg": "+20 10", "jo": "+962 79", "lb": "+961 3"}[country]
            p.add("widget", f"راسلونا بشكاواكم عبر واتساب: {phone} {p.rng.randint(100, 999)} {p.rng.randint(1000, 9999)}")

    note = p.pick(_CRIME_NOTES)
    note_at = p.pick(("top", "bottom", "bottom", "none"))
    series_at = p.pick(("top", "bottom", "none", "none"))
    if p.chance(0.5):
        p.add("widget", date_eg(w, clock=False) if country == "eg" else f"{_WEEKDAYS[w.weekday]} {w.day} {_MONTHS_LEV[w.month - 1]} {w.year}")
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", menu, p.rng.randint(5, min(10, len(menu))))
    if p.chance(0.5):
        p.add("other", f"الرئيسية » {section}")
    elif p.chance(0.6):
        p.add("other", section)
    if series_at == "top":
        series_box()
    if p.chance(0.86):
        p.add("title", p.main.title)
    reporter_first = p.chance(0.5)
    if reporter_first:
        p.add("source_credit", reporter())
    p.add("dateline", date_of(w))
    if not reporter_first and p.chance(0.85):
        p.add("source_credit", reporter())
    case = p.pick(("line", "line", "card", "none"))
    if case == "line":
        p.add("widget", case_line(w))
    elif case == "card":
        case_card(w)
    if note_at == "top":
        if p.chance(0.4):
            p.add("other", "تنويه", note.removeprefix("تنويه: "))
        else:
            p.add("other", note)
    if p.chance(0.4):
        p.add("caption", p.pick((f"المتهم ({_initials(p)}) داخل قفص الاتهام", f"المتهمة ({_initials(p)}) خلال جلسة المحاكمة",
                                 caption(p, credit=0.6), f"مبنى {p.pick(courts)} - أرشيفية")))
    _body_with_insets(p, (lambda: _read_also(p), lambda: _read_also(p, ("اقرأ أيضاً:", "طالع أيضاً:")),
                          lambda: p.add("caption", p.pick((caption(p, credit=0.7), f"الضحية ({_initials(p)}) - صورة من العائلة"))),
                          lambda: tweet(p, w)))
    if p.chance(0.3):
        p.add("source_credit", p.pick(("(وكالات)", "(أ ف ب)", "(بترا)" if country == "jo" else "(أ ش أ)" if country == "eg" else "(الوكالة الوطنية للإعلام)")))
    if note_at == "bottom":
        p.add("other", note)
    if p.chance(0.6):
        hotline()
    if p.chance(0.5):
        p.add("tags", p.pick(("الكلمات المفتاحية", "وسوم", "كلمات البحث")), *p.rng.sample(("حوادث", "محاكم", p.pick(courts), p.pick(_CRIME_CHARGES),
                                                                                       "النيابة العامة", "جرائم", "الأمن العام"), p.rng.randint(2, 4)))
    if p.chance(0.65):
        p.add("ui_text", p.pick(("شارك", "شارك الخبر")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if series_at == "bottom":
        series_box()
    if p.chance(0.75):
        p.add("related_list", p.pick(("قضايا ذات صلة", "أخبار ذات صلة", "المزيد من الحوادث")))
        for headline in p.headlines(p.rng.randint(2, 4)):
            p.add("related_list", headline)
        if p.chance(0.5):
            p.add("related_list", p.pick((f"تأجيل محاكمة ({_initials(p)}) المتهم في قضية {p.pick(_CRIME_CHARGES)} إلى الشهر المقبل",
                                          f"السجن المشدد لـ({_initials(p)}) بتهمة {p.pick(_CRIME_CHARGES)}",
                                          f"إحالة ({_initials(p)}) إلى {p.pick(courts)} بتهمة {p.pick(_CRIME_CHARGES)}")))
    more = (2 if p.chance(0.25) else 1) if p.chance(0.5) else 0
    for _ in range(more):
        cue = p.rng.randrange(3)
        if cue == 0:
            p.add("read_also", p.pick(("القضية التالية", "الخبر التالي", "التالي")))
        elif cue == 1:
            p.add("other", section)
        _more_story(p, between=lambda x: [("source_credit", reporter())] if p.chance(0.6) else [],
                    dated=date_of if p.chance(0.8) else None,
                    under=lambda x: [("widget", case_line(x))] if p.chance(0.3) else [])
    p.add("related_list", p.pick(("الأكثر قراءة", "الأكثر قراءة في حوادث", "الأكثر مشاهدة")), *p.headlines(p.rng.randint(3, 5)))
    one_per_line(p, "other", FOOTER, p.rng.randint(2, 4))
    p.add("other", p.pick((f"جميع الحقوق محفوظة © {site} {w.year}", f"© {w.year} {host}")))


_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre")
_DIASPORA_SITES = (  # name, host, country, language, cities, phone prefix
    ("الكومبس", "alkompis.se", "se", "sv", ("ستوكهولم", "مالمو", "غوتنبرغ", "أوبسالا", "يونشوبينغ"), "+46 8"),
    ("أمل، برلين!", "amalberlin.de", "de", "de", ("برلين", "هامبورغ", "لايبزيغ", "بوتسدام"), "+49 30"),
    ("عرب ألمانيا", "arab-deutschland.de", "de", "de", ("برلين", "ميونخ", "كولونيا", "فرانكفورت", "هامبورغ"), "+49 69"),
    ("عرب أستراليا", "arabaustralia.com.au", "au", "en", ("سيدني", "ملبورن", "بريزبن", "أديلايد"), "+61 2"),
    ("صدى الجالية", "ecocomunidad.cl", "cl", "es", ("سانتياغو", "فالبارايسو", "كونسبسيون"), "+56 2"),
    ("الجالية نيوز", "aljaliyanews.com", "us", "en", ("ديربورن", "ديترويت", "نيويورك", "باترسون"), "+1 313"),
)
_DIASPORA_CHROME = {  # switcher, local menu, cookie banner and its button, footer, share word, "read in", ads' header, next
    "sv": ("Svenska", ("Hem", "Nyheter", "Sverige", "Samhälle", "Migration", "Evenemang", "Kontakt"),
           "Vi använder cookies för att ge dig en bättre upplevelse. Genom att fortsätta godkänner du detta.", "Jag förstår",
           ("Om oss", "Integritetspolicy", "Annonsera", "Kontakta oss"), "Dela", "Läs på svenska", "Annonser", "Nästa artikel"),
    "de": ("Deutsch", ("Startseite", "Nachrichten", "Deutschland", "Gesellschaft", "Asyl & Aufenthalt", "Veranstaltungen", "Kontakt"),
           "Diese Website verwendet Cookies. Mit der Nutzung der Website stimmen Sie der Verwendung von Cookies zu.", "Akzeptieren",
           ("Impressum", "Datenschutz", "Über uns", "Kontakt"), "Teilen", "Auf Deutsch lesen", "Anzeigen", "Nächster Artikel"),
    "en": ("English", ("Home", "News", "Local", "Community", "Immigration", "Events", "Contact"),
           "We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.", "Accept",
           ("About us", "Privacy Policy", "Advertise with us", "Contact"), "Share", "Read in English", "Advertisements", "Next article"),
    "es": ("Español", ("Inicio", "Noticias", "Chile", "Comunidad", "Migración", "Eventos", "Contacto"),
           "Este sitio utiliza cookies para mejorar su experiencia. Al continuar navegando acepta su uso.", "Aceptar",
           ("Quiénes somos", "Política de privacidad", "Publicidad", "Contacto"), "Compartir", "Leer en español", "Avisos", "Siguiente artículo"),
}
_DIASPORA_MENU = ("الرئيسية", "أخبار محلية", "أخبار الجالية", "لجوء وإقامة", "عمل ودراسة", "العالم العربي", "منوعات", "فعاليات",
                  "دليل الخدمات", "اتصل بنا")
_DIASPORA_SERVICES = {  # Arabic words, the same service in the local language
    "sv": (("محامي هجرة ولجوء", "Advokat – migrationsrätt"), ("ترجمة معتمدة", "Auktoriserad translator"),
           ("مدرسة قيادة باللغة العربية", "Trafikskola på arabiska"), ("محاسب - إقرارات ضريبية", "Redovisning & deklaration"),
           ("مكتب سفريات - رحلات إلى بيروت وعمّان", "Resebyrå"), ("ملحمة حلال", "Halal slakteri")),
    "de": (("محامي هجرة ولجوء", "Rechtsanwalt für Asyl- und Aufenthaltsrecht"), ("ترجمة محلفة", "Vereidigter Übersetzer"),
           ("مدرسة قيادة باللغة العربية", "Fahrschule auf Arabisch"), ("مستشار ضريبي", "Steuerberater"),
           ("مكتب سفريات", "Reisebüro"), ("ملحمة حلال", "Halal Metzgerei")),
    "en": (("محامي هجرة", "Immigration Lawyer"), ("ترجمة معتمدة NAATI", "Certified Translations"),
           ("مدرسة قيادة باللغة العربية", "Driving School – Arabic speaking"), ("محاسب قانوني", "Tax Agent & Accountant"),
           ("مكتب سفريات", "Travel Agency"), ("ملحمة حلال", "Halal Butcher")),
    "es": (("محامي هجرة", "Abogado de extranjería"), ("ترجمة معتمدة", "Traductor oficial"),
           ("مدرسة قيادة", "Escuela de conductores"), ("محاسب", "Contador"), ("مكتب سفريات", "Agencia de viajes"), ("ملحمة حلال", "Carnicería halal")),
}
_COMMUNITY_EVENTS = ("أمسية شعرية", "سوق خيري لدعم الأطفال", "دورة لغة مجانية للقادمين الجدد", "احتفال بعيد الفطر", "ندوة حول قانون الإقامة الجديد",
                     "معرض للفنانين العرب", "لقاء تعارف للعائلات", "يوم مفتوح في المركز الثقافي العربي", "بطولة كرة قدم للشباب")
_COMMUNITY_NEWS = ("افتتاح مركز ثقافي عربي جديد في {city}", "طلاب عرب يتفوقون في امتحانات الثانوية في {city}",
                   "بلدية {city} تطلق برنامجاً لدعم القادمين الجدد", "جمعية الجالية في {city} تنتخب هيئة إدارية جديدة",
                   "مطعم سوري في {city} يفوز بجائزة أفضل مطبخ", "مدرسة عربية في {city} تفتح باب التسجيل للعام الجديد",
                   "لقاء مع أول طبيبة عربية في مستشفى {city}")
_DIASPORA_WRITERS = ("ريم الحسيني", "Mahmoud Agha", "فريق التحرير", "لمى عثمان", "Karim Haddad", "سامي الشيخ", "نور الهدى عبيد")


def diaspora_community_site(p: Page) -> None:
    """An article on a community outlet for Arabs abroad (Al-Kompis in Sweden, Amal Berlin or
    another German site, an Australian, Chilean or Michigan community site). Inventory: the
    cookie banner in the local language and its button on some pages, the language switcher
    ("العربية | Svenska") on most, the outlet's name, the Arabic menu, the local-language menu on
    some or the two paired line by line ("أخبار محلية | News"), the "أخبار الجالية" strip (community
    headlines and news headlines) near the top on some, the section label on some, the title (none
    on a few pages), the writer line ("إعداد:", "ترجمة وتحرير:", "site – city") and the date line
    in the Arabic or the local form, "Läs på svenska" / "Read in English" on some, a photo caption
    with the photographer's credit ("Foto:", "الصورة:") on some; between paragraphs (none to two)
    a read-also line, a caption, an ad slot ("إعلان" / "Anzeige") or an embedded post; after the
    text the source credit ("المصدر: SVT / الكومبس") on some, tags, share words in the local
    language, the local-services ads (lawyers, translators, driving schools, one or two lines an
    ad, with their phone numbers) on most, the community events box (events, city, date) on
    half; on about half the pages a second story loaded whole (under "Nästa artikel" / "الخبر
    التالي", the section's name or nothing) with its date line on most, now and then two; the
    donation / newsletter words, the bilingual footer and copyright."""
    if p.chance(0.6):
        abroad = re.compile(r"لاجئ|مهاجر|ألمانيا|ألماني|السويد|أستراليا|الجالية|كندا|الهجرة|أوروبا|بريطانيا|ميركل|تشيلي|أمريكا|الأمريكي")
        p.main = _draw_where(p, lambda a: bool(abroad.search(a.title)) and 2 <= len(a.paragraphs) <= 12
                             and sum(len(x.split()) for x in a.paragraphs) <= 900)
    w = when_of(p.main.published, p.rng)
    site, host, country, lang, cities, phone = p.pick(_DIASPORA_SITES)
    switch, local_menu, cookie, accept, footer, share, read_in, ads_header, next_word = _DIASPORA_CHROME[lang]
    services = _DIASPORA_SERVICES[lang]
    local_date, ar_form = p.chance(0.5), p.rng.randrange(3)

    def date_of(x: When) -> str:
        if local_date:
            return {"sv": f"{x.year}-{x.month:02d}-{x.day:02d} {x.hour:02d}:{x.minute:02d}", "de": f"{x.day:02d}.{x.month:02d}.{x.year}, {x.hour:02d}:{x.minute:02d} Uhr",
                    "en": f"{x.day} {_MONTHS_EN[x.month - 1]} {x.year}", "es": f"{x.day} de {_MONTHS_ES[x.month - 1]} de {x.year}"}[lang]
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{_WEEKDAYS[x.weekday]} {x.day:02d}/{x.month:02d}/{x.year}",
                f"نشر بتاريخ {x.day} {_MONTHS_EG[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d}")[ar_form]

    def byline() -> str:
        return p.pick((f"إعداد: {p.pick(_DIASPORA_WRITERS)}", f"ترجمة وتحرير: {site}", f"{site} – {p.pick(cities)}", p.pick(_DIASPORA_WRITERS),
                       f"{p.pick(_DIASPORA_WRITERS)} - {site}"))

    def ads() -> None:
        p.add("other", p.pick((f"إعلانات | {ads_header}", "دليل الخدمات", "إعلانات مبوبة", ads_header)))
        for ar, local in p.rng.sample(services, p.rng.randint(2, 3)):
            if p.chance(0.5):
                p.add("other", f"{ar} - {local}", f"Tel: {phone} {p.rng.randint(100, 999)} {p.rng.randint(10, 99)} {p.rng.randint(10, 99)}")
            else:
                p.add("other", f"{local} | {ar} | {phone} {p.rng.randint(1000000, 9999999)}")

    def events() -> None:
        from datetime import date, timedelta

        p.add("widget", p.pick(("فعاليات الجالية", "أجندة الجالية", f"فعاليات | {local_menu[5]}", "الفعاليات القادمة")))
        for _ in range(p.rng.randint(2, 4)):
            d = date(w.year, w.month, w.day) + timedelta(days=p.rng.randint(2, 30))
            p.add("widget", f"{p.pick(_COMMUNITY_EVENTS)} - {p.pick(cities)} - {_WEEKDAYS[d.weekday()]} {d.day} {_MONTHS_EG[d.month - 1]}، الساعة {p.rng.randint(16, 20)}:00")

    def community_strip() -> None:
        p.add("related_list", p.pick(("أخبار الجالية", "من أخبار الجالية", f"أخبار الجالية العربية في {cities[0]}")))
        items = [t.format(city=p.pick(cities)) for t in p.rng.sample(_COMMUNITY_NEWS, p.rng.randint(1, 3))] + p.headlines(p.rng.randint(1, 2))
        p.rng.shuffle(items)
        p.add("related_list", *items)

    if p.chance(0.35):
        p.add("ui_text", cookie, accept)
    if p.chance(0.75):
        if p.chance(0.5):
            p.add("ui_text", f"العربية | {switch}")
        else:
            p.add("ui_text", "العربية", switch)
    p.add("other", site if p.chance(0.5) else p.pick((f"{site} | {host}", f"{site} - صوت العرب في {cities[0]}")))
    menu_form = p.rng.randrange(3)
    if menu_form == 0:
        _in_order(p, "other", _DIASPORA_MENU, p.rng.randint(5, len(_DIASPORA_MENU)))
    elif menu_form == 1:
        _in_order(p, "other", _DIASPORA_MENU, p.rng.randint(5, 8))
        _in_order(p, "other", local_menu, p.rng.randint(4, len(local_menu)))
    else:
        pairs = tuple(f"{ar} | {local}" for ar, local in zip(("الرئيسية", "أخبار", "أخبار محلية", "المجتمع", "لجوء وإقامة", "فعاليات", "اتصل بنا"), local_menu))
        _in_order(p, "other", pairs, p.rng.randint(4, len(pairs)))
    strip_top = p.chance(0.35)
    if strip_top:
        community_strip()
    section = p.pick(("أخبار محلية", "أخبار الجالية", "العالم العربي", "لجوء وإقامة", "تقارير"))
    if p.chance(0.5):
        p.add("other", section if p.chance(0.6) else f"{section} | {local_menu[p.rng.randrange(1, 4)]}")
    if p.chance(0.86):
        p.add("title", p.main.title)
    if p.chance(0.75):
        p.add("source_credit", byline())
    p.add("dateline", date_of(w))
    if p.chance(0.25):
        p.add("ui_text", read_in)
    if p.chance(0.45):
        photographer, agency = {"se": ("Jonas Ekströmer", "TT"), "de": ("Kay Nietfeld", "dpa"), "au": ("Dean Lewins", "AAP"),
                                "cl": ("Andrés Pérez", "EFE"), "us": ("Paul Sancya", "AP")}[country]
        word = {"sv": "Foto", "de": "Foto", "en": "Photo", "es": "Foto"}[lang]
        p.add("caption", p.pick((f"{caption(p, credit=0.0)} - {word}: {photographer}", f"الصورة: {photographer} / {agency}",
                                 caption(p, credit=0.6))))

    def ad_slot() -> None:
        p.add("other", p.pick(("إعلان", {"sv": "Annons", "de": "Anzeige", "en": "Advertisement", "es": "Publicidad"}[lang])))

    _body_with_insets(p, (lambda: _read_also(p), lambda: _read_also(p, ("اقرأ أيضاً:", "مواضيع ذات صلة:", "اقرأ أيضا:")),
                          lambda: p.add("caption", caption(p, credit=0.7)), ad_slot, lambda: tweet(p, w)))
    if p.chance(0.4):
        local_media = {"se": ("SVT", "Sveriges Radio", "DN"), "de": ("Tagesschau", "Deutsche Welle", "Der Spiegel"), "au": ("ABC News", "SBS"),
                       "cl": ("La Tercera", "Emol"), "us": ("Detroit Free Press", "AP")}[country]
        p.add("source_credit", p.pick((f"المصدر: {p.pick(local_media)} / {site}",
                                        f"{site} - وكالات", "(وكالات)", f"ترجمة: {site}")))
    if p.chance(0.45):
        p.add("tags", p.pick(("وسوم", "الكلمات المفتاحية", "Taggar" if lang == "sv" else "Tags")), *p.rng.sample(
            (cities[0], "الجالية العربية", "اللجوء", "الإقامة", "الاندماج", "أخبار محلية", "العالم العربي"), p.rng.randint(2, 4)))
    if p.chance(0.65):
        p.add("ui_text", p.pick((f"شارك | {share}", share, "شارك")))
        _in_order(p, "ui_text", SHARE_EN, p.rng.randint(2, 4))
    if p.chance(0.7):
        ads()
    if not strip_top and p.chance(0.5):
        community_strip()
    if p.chance(0.5):
        events()
    more = (2 if p.chance(0.25) else 1) if p.chance(0.5) else 0
    for _ in range(more):
        cue = p.rng.randrange(3)
        if cue == 0:
            p.add("read_also", p.pick((next_word, "الخبر التالي", f"الخبر التالي | {next_word}")))
        elif cue == 1:
            p.add("other", p.pick(("أخبار محلية", "أخبار الجالية", "العالم العربي")))
        _more_story(p, between=lambda x: [("source_credit", byline())] if p.chance(0.4) else [],
                    dated=date_of if p.chance(0.8) else None)
    if p.chance(0.4):
        p.add("other", p.pick(("ادعم الإعلام المستقل للجالية", "ساهم في استمرار الموقع - تبرع الآن", "كن عضواً داعماً")))
    if p.chance(0.45):
        p.add("ui_text", p.pick(("اشترك في نشرتنا الأسبوعية", "النشرة البريدية | Newsletter")), p.pick(("البريد الإلكتروني", "E-mail")), p.pick(("اشترك", "Subscribe")))
    if p.chance(0.5):
        one_per_line(p, "other", footer, p.rng.randint(2, 4))
    else:
        p.add("other", " | ".join(p.rng.sample(footer, 3)))
    p.add("other", p.pick((f"© {w.year} {site}", f"© {site} {w.year} – جميع الحقوق محفوظة", f"Copyright © {w.year} {host}")))


_SCI_SITES = (  # name, host
    ("أراجيك", "arageek.com"), ("البوابة العربية للأخبار التقنية", "aitnews.com"), ("ناسا بالعربي", "nasainarabic.net"),
    ("للعلم", "scientificamerican.com/arabic"), ("عالم التقنية", "tech-wd.com"), ("مرصد المستقبل", "futurismarabia.com"),
)
_SCI_MENU = ("الرئيسية", "أخبار التقنية", "الهواتف الذكية", "تطبيقات", "ألعاب", "علوم", "فضاء", "الذكاء الاصطناعي", "مراجعات", "شروحات",
             "صحة", "بيئة")
_SCI_WRITERS = ("أحمد زكريا", "سارة الريس", "محمد الحاج", "Lina Saleh", "تسنيم عمر", "فريق التحرير", "يوسف منصور", "هالة محمود")
_JOURNALS = (  # journal, its DOI as a pattern
    ("Nature", "10.1038/s41586-018-0{}-{}"), ("Science", "10.1126/science.aar{}{}"), ("The Lancet", "10.1016/S0140-6736(18)3{}-{}"),
    ("Cell", "10.1016/j.cell.2018.0{}.0{}"), ("PNAS", "10.1073/pnas.17{}{}"), ("Nature Communications", "10.1038/s41467-018-0{}-{}"),
    ("The Astrophysical Journal", "10.3847/1538-4357/aa{}{}"), ("Physical Review Letters", "10.1103/PhysRevLett.120.{}{}"),
    ("Scientific Reports", "10.1038/s41598-018-{}-{}"), ("JAMA", "10.1001/jama.2018.{}{}"),
)
_SCI_SOURCES = ("Phys.org", "EurekAlert!", "NASA", "ScienceDaily", "The Verge", "TechCrunch", "Engadget", "New Scientist", "ESA")
_GLOSSARY = (
    "الخوارزمية: سلسلة من الخطوات المحددة لحل مشكلة أو إنجاز مهمة حسابية.",
    "التعلم الآلي: فرع من الذكاء الاصطناعي يتيح للحواسيب التعلم من البيانات دون برمجة صريحة.",
    "المادة المظلمة: مادة لا تُرى مباشرة ويُستدل على وجودها من أثر جاذبيتها.",
    "السنة الضوئية: المسافة التي يقطعها الضوء في سنة، نحو 9.46 تريليون كيلومتر.",
    "الحمض النووي الريبي (RNA): جزيء ينقل التعليمات الوراثية من الحمض النووي لصنع البروتينات.",
    "البلوك تشين: سجل رقمي موزع تُحفظ فيه المعاملات في كتل مترابطة يصعب التلاعب بها.",
    "الثقب الأسود: منطقة في الفضاء جاذبيتها شديدة إلى حد لا يفلت منها حتى الضوء.",
    "إنترنت الأشياء: شبكة من الأجهزة المتصلة التي تتبادل البيانات عبر الإنترنت.",
)


def science_tech_news(p: Page) -> None:
    """An article of a science and technology news site (Arageek, Aitnews, Nasa in Arabic,
    Scientific American in Arabic, Tech-WD); the main story is a technology story when the
    corpus gives one. Inventory: search / dark-mode / login words on some pages, the site's name
    and menu, the section label or trail, the title (none on a few pages), the writer line, the
    date line and the reading time ("⏱ 4 دقائق قراءة") in varying order, a comment count on
    some, a photo caption with its credit ("الصورة: NASA/JPL-Caltech") on about half; between
    paragraphs (none to two) a read-also line, a caption, an embedded post, a glossary box
    ("مصطلحات" and its definitions) or an ad slot; after the text, by the page's kind, the study
    box ("نُشرت الدراسة في دورية X", "DOI: 10...", "رابط الدراسة") or the product's spec box
    ("المواصفات" then one spec a line), the source credit ("المصدر: Phys.org"), tags, share
    words, "قد يعجبك أيضاً" headlines, the newsletter box; on about half the pages the next
    article loaded whole (under "المقال التالي", the section's name or nothing) with its writer
    line, its date line on most and its reading time on some, a second one now and then; the
    footer and the copyright."""
    if "-technology-" not in p.main.id and p.chance(0.9):
        p.main = _draw_where(p, lambda a: "-technology-" in a.id and 2 <= len(a.paragraphs) <= 12
                             and sum(len(x.split()) for x in a.paragraphs) <= 900)
    w = when_of(p.main.published, p.rng)
    site, host = p.pick(_SCI_SITES)
    kind = p.pick(("study", "study", "product", "none"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]}، {x.year}", f"{x.day:02d}/{x.month:02d}/{x.year} - {x.hour:02d}:{x.minute:02d}",
                f"نُشر في {x.day} {_MONTHS_LEV[x.month - 1]} {x.year}")[form]

    def writer() -> str:
        name = p.pick(_SCI_WRITERS)
        return p.pick((name, f"بواسطة {name}", f"كتبه: {name}", f"ترجمة: {name}", f"إعداد: {name} | تدقيق: {p.pick(_SCI_WRITERS)}"))

    def reading() -> str:
        minutes = p.rng.randint(2, 8)
        return p.pick((f"⏱ {minutes} دقائق قراءة", f"وقت القراءة: {minutes} دقائق", f"{minutes} دقائق للقراءة"))

    def glossary() -> None:
        p.add("other", p.pick(("مصطلحات", "قاموس المقال", "ما معنى؟")))
        p.add("other", *p.rng.sample(_GLOSSARY, p.rng.randint(1, 2)))

    def study_box() -> None:
        journal, pattern = p.pick(_JOURNALS)
        doi = pattern.format(p.rng.randint(100, 999), p.rng.randint(10, 99))
        x = when_of(p.main.published, p.rng)
        p.add("source_credit", p.pick(("المصدر", "مصدر الدراسة", "الدراسة", "المراجع")))
        p.add("source_credit", p.pick((f"نُشرت الدراسة في دورية {journal}", f"الدراسة منشورة في مجلة {journal} بتاريخ {x.day} {_MONTHS_EG[x.month - 1]} {x.year}",
                                       f"{journal} ({x.year})")))
        p.add("source_credit", p.pick((f"DOI: {doi}", f"https://doi.org/{doi}", f"رابط الدراسة: https://doi.org/{doi}")))

    def spec_box() -> None:
        p.add("widget", p.pick(("المواصفات", "أبرز المواصفات", "بطاقة المنتج", "المواصفات التقنية")))
        specs = (f"الشاشة: {p.pick(('5.8', '6.1', '6.4', '6.7'))} بوصة {p.pick(('OLED', 'AMOLED', 'LCD'))}",
                 f"المعالج: {p.pick(('Snapdragon 845', 'Apple A12 Bionic', 'Kirin 980', 'Exynos 9810', 'Helio P60'))}",
                 f"الذاكرة: {p.pick((4, 6, 8))} جيجابايت رام", f"السعة التخزينية: {p.pick((64, 128, 256))} جيجابايت",
                 f"الكاميرا: {p.pick(('12 + 12', '16 + 20', '12', '48 + 5'))} ميجابكسل", f"البطارية: {p.rng.randint(28, 45) * 100} ملي أمبير",
                 f"نظام التشغيل: {p.pick(('Android 9 Pie', 'iOS 12', 'Android 8.1 Oreo'))}", f"السعر: {p.rng.randint(25, 130) * 10 - 1} دولاراً")
        _in_order(p, "widget", specs, p.rng.randint(4, len(specs)))

    def ad_slot() -> None:
        p.add("other", p.pick(("إعلان", "Advertisement", "- إعلان -")))

    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("بحث", "الوضع الليلي", "تسجيل الدخول", "English", "اكتب معنا"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _SCI_MENU, p.rng.randint(5, 10))
    section = p.pick(("أخبار التقنية", "علوم", "فضاء", "الذكاء الاصطناعي", "الهواتف الذكية", "صحة", "تطبيقات"))
    if p.chance(0.6):
        p.add("other", section if p.chance(0.5) else f"الرئيسية » {section}")
    if p.chance(0.86):
        p.add("title", p.main.title)
    order = p.rng.randrange(3)
    if order == 0:
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
        if p.chance(0.6):
            p.add("widget", reading())
    elif order == 1:
        p.add("dateline", date_of(w))
        if p.chance(0.6):
            p.add("widget", reading())
        p.add("source_credit", writer())
    else:
        p.add("widget", reading())
        p.add("dateline", date_of(w))
        if p.chance(0.6):
            p.add("source_credit", writer())
    if p.chance(0.3):
        p.add("ui_text", p.pick((f"{p.rng.randint(0, 40)} تعليقات", "أضف تعليقاً", f"💬 {p.rng.randint(0, 40)}")))
    if p.chance(0.5):
        p.add("caption", p.pick((caption(p, credit=0.0) + " - الصورة: " + p.pick(("NASA/JPL-Caltech", "ESA", "Shutterstock", "Getty Images", "Apple")),
                                 p.pick(("صورة تعبيرية", "(Shutterstock)", "حقوق الصورة: NASA")), caption(p, credit=0.7))))
    _body_with_insets(p, (lambda: _read_also(p, ("اقرأ أيضاً:", "اقرأ أيضًا:", "مقال ذو صلة:")), lambda: _read_also(p),
                          lambda: p.add("caption", caption(p, credit=0.7)), lambda: tweet(p, w), glossary, ad_slot))
    if kind == "study":
        study_box()
    elif kind == "product":
        spec_box()
    if p.chance(0.5):
        p.add("source_credit", p.pick((f"المصدر: {p.pick(_SCI_SOURCES)}", f"المصادر: {p.pick(_SCI_SOURCES)}، {p.pick(_SCI_SOURCES)}", f"عبر: {p.pick(_SCI_SOURCES)}")))
    if p.chance(0.55):
        p.add("tags", p.pick(("الوسوم", "وسوم:", "Tags")), *p.rng.sample(("تقنية", "علوم", "دراسة", "فضاء", "ناسا", "هواتف ذكية", "ذكاء اصطناعي",
                                                                      "أبحاث", "صحة", "بيئة", "آبل", "غوغل"), p.rng.randint(2, 5)))
    if p.chance(0.65):
        p.add("ui_text", p.pick(("شارك المقال", "شارك", "مشاركة")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.75):
        p.add("related_list", p.pick(("قد يعجبك أيضاً", "مقالات قد تهمك", "اقرأ أيضاً من " + site, "المزيد من " + section)), *p.headlines(p.rng.randint(2, 4)))
    if p.chance(0.5):
        p.add("ui_text", p.pick(("اشترك في النشرة البريدية", "انضم إلى نشرتنا الأسبوعية وكن أول من يعرف أحدث الاكتشافات")),
              p.pick(("بريدك الإلكتروني", "أدخل بريدك الإلكتروني")), p.pick(("اشترك", "اشترك الآن")))
    more = (2 if p.chance(0.25) else 1) if p.chance(0.5) else 0
    for _ in range(more):
        cue = p.rng.randrange(3)
        if cue == 0:
            p.add("read_also", p.pick(("المقال التالي", "اقرأ التالي", "المقال التالي »")))
        elif cue == 1:
            p.add("other", section)
        _more_story(p, between=lambda x: [("source_credit", writer())] if p.chance(0.6) else [],
                    dated=date_of if p.chance(0.8) else None,
                    under=lambda x: [("widget", reading())] if p.chance(0.35) else [])
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "سياسة الخصوصية", "اكتب معنا", "أعلن معنا"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة © {site} {w.year}")))


LAYOUTS_HELDOUT15: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (health_news_portal, court_crime_desk, diaspora_community_site, science_tech_news)
}


# ------------------------------------------------------------------------ the sixteenth part
# Four more layouts, written after the fifteenth part was measured, of site families none of
# the 73 layouts above shows: a culture and arts magazine's article (a film, book or exhibition
# news or review page with star ratings, the work's info box, trailer placeholders, "اقرأ
# المراجعة" links, the writer's line and related reviews), an education news portal's article
# (exam results, admissions, the ministry's news: result-lookup widgets, timetables as lines,
# results banners, PDF downloads, FAQ boxes), a celebrity and entertainment news site's article
# (star-profile boxes, gallery captions, "exclusive" labels, posts from the stars' accounts,
# "most read in art", polls), and a human-rights organisation's news page (Amnesty, HRW or an
# Arab rights group: "تحرّك الآن" petition boxes, donation appeals, report downloads, media
# contacts, region and topic tags, a second item appended). Not registered in GOLD_FILES until
# measured once.


def _next_stories(p: Page, cues: tuple[str, ...], section: str, chance: float = 0.5,
                  wanted: Callable[[SourceArticle], bool] | None = None, **story: Callable[[When], object]) -> None:
    """None, one or (now and then) two whole articles loaded under the main one, each under a
    "next article" cue, the section's name or nothing; ``story`` goes to ``_more_story``. With
    ``wanted`` each is the site's own kind of story when the corpus gives one within 40 draws."""
    more = (2 if p.chance(0.3) else 1) if p.chance(chance) else 0
    plain = p.draw
    if wanted is not None:
        p.draw = lambda: _draw_where(replace(p, draw=plain), wanted, tries=40)
    for _ in range(more):
        cue = p.rng.randrange(3)
        if cue == 0:
            p.add("read_also", p.pick(cues))
        elif cue == 1:
            p.add("other", section)
        _more_story(p, **story)  # type: ignore[arg-type]
    p.draw = plain


_CULTURE_SITES = (("ضفة ثالثة", "diffah.alaraby.co.uk"), ("رمّان الثقافية", "rommanmag.com"), ("السينما.كوم", "elcinema.com"),
                  ("مجلة الفيصل", "alfaisalmag.com"), ("فاصلة", "fasila.net"), ("المجلة الثقافية", "thaqafa-mag.net"))
_CULTURE_MENU = ("الرئيسية", "سينما", "كتب", "فنون بصرية", "مسرح", "موسيقى", "حوارات", "مراجعات", "ملفات", "ترجمات", "أرشيف")
_CULTURE_WRITERS = (("أمير العمري", "ناقد سينمائي مصري"), ("رشا الأطرش", "كاتبة وصحافية لبنانية"), ("محمد رضا", "ناقد سينمائي"),
                    ("سوسن الأبطح", "كاتبة وصحافية"), ("Joseph Fahim", "ناقد سينمائي"), ("عماد الدين موسى", "شاعر وكاتب سوري"),
                    ("ليلى العبدالله", "باحثة في الفنون البصرية"))
_FILM_PEOPLE = ("يسري نصر الله", "نادين لبكي", "محمد دياب", "هالة لطفي", "زياد دويري", "كوثر بن هنية", "أبو بكر شوقي", "هيفاء المنصور")
_ACTORS = ("منة شلبي", "عمرو سعد", "كامل الباشا", "عادل كرم", "نيللي كريم", "ظافر العابدين", "ريم تركي", "راضي جمال", "زين الرفاعي")
_PUBLISHERS = ("دار الشروق", "دار الآداب", "منشورات المتوسط", "دار التنوير", "المركز الثقافي العربي", "دار الساقي", "منشورات الجمل")
_AUTHORS = ("سنان أنطون", "هدى بركات", "إبراهيم نصر الله", "أحمد سعداوي", "جوخة الحارثي", "شكري المبخوت", "إنعام كجه جي")
_GALLERIES = ("غاليري مشربية - القاهرة", "دارة الفنون - عمّان", "مركز بيروت للفن", "متحف الشارقة للفنون", "غاليري أيام - دبي",
              "معهد العالم العربي - باريس")
_ARTISTS = ("أيمن بعلبكي", "هيلين الخال", "عادل السيوي", "منى حاطوم", "ضياء العزاوي", "عبد الرحمن قطناني", "سمية الجرمقي")


def _stars(score: float) -> str:
    return "★" * int(score) + ("½" if score % 1 else "") + "☆" * (5 - int(score + 0.5))


def culture_arts_magazine(p: Page) -> None:
    """An article of a culture and arts magazine (Diffah Thalitha, Romman, elCinema, Al-Faisal):
    news of a film, a book or an exhibition, or a review of it; the main story is a culture story
    when the corpus gives one. Inventory: search / login / newsletter words on some pages, the
    magazine's name and menu, the section label or trail, the title (none on a few pages), the
    writer's line and the date line in either order, the editor's star rating ("تقييمنا: ★★★★☆",
    "4/5") on about half, the work's info box ("بطاقة الفيلم": director, cast, length, year;
    "بطاقة الكتاب": author, publisher, pages, ISBN; the exhibition's venue and dates) before or
    after the text on most, a photo caption (a still, a cover, a work with its credit) on some,
    the trailer placeholder ("▶ شاهد الإعلان الرسمي", its length, the browser's "video tag" line)
    on some film pages; between paragraphs (none to two) a read-also line, an "اقرأ المراجعة:"
    link, a caption or an embedded post; after the text the readers' rating and "قيّم" words on
    some, "اقرأ المراجعة" / "Read the review" with a headline on some, the writer's bio box, tags,
    share words, related reviews (headlines, some with their stars); on about half the pages the
    next article loaded whole (under "المقال التالي", the section's name or nothing) with its
    writer's line on most and its date line on most, a second one now and then; the newsletter,
    footer and copyright."""
    if "-culture-" not in p.main.id and p.chance(0.9):
        p.main = _draw_where(p, lambda a: "-culture-" in a.id and 2 <= len(a.paragraphs) <= 12
                             and sum(len(x.split()) for x in a.paragraphs) <= 900)
    w = when_of(p.main.published, p.rng)
    site, host = p.pick(_CULTURE_SITES)
    kind = p.pick(("film", "film", "book", "exhibition"))  # the story's own kind when its title names one
    for named, pattern in (("film", r"فيلم|سينما|السينمائي|مهرجان|الأوسكار|مخرج"), ("book", r"رواية|كتاب|الكتاب|أدب|روائي|شاعر|نوبل"),
                           ("exhibition", r"معرض|لوحة|متحف|تشكيلي")):
        if re.search(pattern, p.main.title):
            kind = named
            break
    section = {"film": p.pick(("سينما", "مراجعات أفلام", "شاشات")), "book": p.pick(("كتب", "إصدارات", "قراءات")),
               "exhibition": p.pick(("فنون بصرية", "معارض", "تشكيل"))}[kind]
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{x.day} {_MONTHS_LEV[x.month - 1]} {x.year}",
                f"{x.day:02d}.{x.month:02d}.{x.year}")[form]

    def writer() -> str:
        name = p.pick(_CULTURE_WRITERS)[0]
        return p.pick((name, f"بقلم: {name}", f"كتب: {name}", f"{name} - {p.pick(('القاهرة', 'بيروت', 'عمّان', 'تونس', 'باريس'))}"))

    def rating() -> str:
        score = p.pick((2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0))
        return p.pick((f"تقييمنا: {_stars(score)}", f"تقييم الناقد: {score:g}/5", _stars(score), f"{_stars(score)} {score:g} من 5"))

    def info_box() -> None:
        year = w.year - p.pick((0, 0, 1))
        if kind == "film":
            p.add("widget", p.pick(("بطاقة الفيلم", "معلومات الفيلم", "تفاصيل العمل")))
            lines = (f"الإخراج: {p.pick(_FILM_PEOPLE)}", f"بطولة: {'، '.join(p.rng.sample(_ACTORS, 3))}",
                     f"المدة: {p.rng.randint(80, 140)} دقيقة", f"النوع: {p.pick(('دراما', 'كوميديا', 'وثائقي', 'تشويق'))}",
                     f"سنة الإنتاج: {year}", f"بلد الإنتاج: {p.pick(('مصر', 'لبنان', 'تونس', 'الأردن', 'فرنسا / لبنان'))}")
        elif kind == "book":
            p.add("widget", p.pick(("بطاقة الكتاب", "معلومات الكتاب", "الكتاب")))
            lines = (f"المؤلف: {p.pick(_AUTHORS)}", f"الناشر: {p.pick(_PUBLISHERS)}", f"عدد الصفحات: {p.rng.randint(140, 520)}",
                     f"ISBN: 978-{p.pick(('9953', '9957', '614', '977'))}-{p.rng.randint(10, 99)}-{p.rng.randint(1000, 9999)}-{p.rng.randint(0, 9)}",
                     f"سنة النشر: {year}", f"اللغة: {p.pick(('العربية', 'مترجم عن الفرنسية', 'مترجم عن الإنجليزية'))}")
        else:
            p.add("widget", p.pick(("معلومات المعرض", "المعرض", "تفاصيل الزيارة")))
            lines = (f"الفنان: {p.pick(_ARTISTS)}", f"المكان: {p.pick(_GALLERIES)}",
                     f"يستمر حتى: {min(28, w.day + p.rng.randint(1, 20))} {_MONTHS_EG[w.month % 12]} {w.year}",
                     f"مواعيد الزيارة: يومياً من {p.pick((10, 11))} صباحاً حتى {p.pick((7, 8, 9))} مساءً", "الدخول مجاني")
        _in_order(p, "widget", lines, p.rng.randint(3, len(lines)))

    def trailer() -> None:
        p.add("ui_text", p.pick(("▶ شاهد الإعلان الرسمي", "الإعلان الترويجي للفيلم", "▶ Trailer", "شاهد الإعلان التشويقي")))
        p.add("ui_text", f"{p.rng.randint(1, 3):02d}:{p.rng.randint(0, 59):02d}")
        if p.chance(0.4):
            p.add("ui_text", p.pick(("Your browser does not support the video tag.", "متصفحك لا يدعم تشغيل الفيديو")))

    def review_link() -> None:
        reviewed = _draw_where(p, lambda a: "-culture-" in a.id, tries=12).title
        if p.chance(0.6):
            p.add("read_also", f"{p.pick(('اقرأ المراجعة:', 'اقرأ أيضاً مراجعة', 'Read the review:'))} {reviewed}")
        else:
            p.add("read_also", p.pick(("اقرأ المراجعة", "اقرأ المراجعة الكاملة", "Read the review")), reviewed)

    def still() -> str:
        if kind == "film":
            return p.pick((f"مشهد من الفيلم {p.pick(('(الشركة المنتجة)', '- أرشيفية', ''))}", f"{p.pick(_ACTORS)} في مشهد من العمل",
                           f"{p.pick(_FILM_PEOPLE)} {p.pick(('على السجادة الحمراء', 'خلال تصوير الفيلم'))} {p.pick(_CREDITS)}"))
        if kind == "book":
            return p.pick(("غلاف الكتاب", f"غلاف الرواية ({p.pick(_PUBLISHERS)})", f"{p.pick(_AUTHORS)} {p.pick(_CREDITS)}"))
        return p.pick((f"من أعمال {p.pick(_ARTISTS)} في المعرض", f"عمل لـ{p.pick(_ARTISTS)} (بإذن من الغاليري)", "جانب من المعرض"))

    box_at = p.pick(("top", "bottom", "bottom", "none"))
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("بحث", "تسجيل الدخول", "النشرة البريدية", "English", "العدد الجديد"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _CULTURE_MENU, p.rng.randint(5, 10))
    if p.chance(0.6):
        p.add("other", section if p.chance(0.5) else f"الرئيسية / {section}")
    if p.chance(0.84):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.85):
            p.add("source_credit", writer())
    if p.chance(0.5):
        p.add("widget", rating())
    if box_at == "top":
        info_box()
    if p.chance(0.45):
        p.add("caption", still())
    if kind == "film" and p.chance(0.5):
        trailer()
    _body_with_insets(p, (lambda: _read_also(p), review_link, lambda: p.add("caption", still()), lambda: tweet(p, w)))
    if box_at == "bottom":
        info_box()
    if p.chance(0.35):
        p.add("widget", p.pick(("تقييم القراء", "قيّم العمل")), f"{_stars(p.pick((2.5, 3.0, 3.5, 4.0)))} ({p.rng.randint(3, 400)} صوتاً)")
        p.add("ui_text", p.pick(("قيّم", "أضف تقييمك")))
    if p.chance(0.3):
        review_link()
    if p.chance(0.4):
        name, bio = p.pick(_CULTURE_WRITERS)
        p.add("source_credit", p.pick(("عن الكاتب", "الكاتب")), name, bio)
    if p.chance(0.55):
        p.add("tags", p.pick(("وسوم", "الكلمات المفتاحية", "مواضيع")),
              *p.rng.sample(("سينما", "رواية", "أدب", "فن تشكيلي", "مهرجانات", "كتب", "ترجمة", "معارض", "مسرح", section), p.rng.randint(2, 4)))
    if p.chance(0.65):
        p.add("ui_text", p.pick(("شارك", "شارك المقال", "مشاركة")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.7):
        p.add("related_list", p.pick(("مراجعات ذات صلة", "اقرأ أيضاً في " + section, "مقالات ذات صلة", "مراجعات أخرى")))
        starred = p.chance(0.4)
        for _ in range(p.rng.randint(2, 4)):
            headline = _draw_where(p, lambda a: "-culture-" in a.id, tries=12).title
            p.add("related_list", f"{headline} {_stars(p.pick((2.0, 3.0, 3.5, 4.0, 4.5)))}" if starred else headline)
    _next_stories(p, ("المقال التالي", "التالي", "المقال التالي ←"), section, 0.45, wanted=lambda a: "-culture-" in a.id,
                  between=lambda x: [("source_credit", writer())] if p.chance(0.65) else [],
                  dated=date_of if p.chance(0.75) else None,
                  under=lambda x: [("widget", rating())] if p.chance(0.25) else [])
    if p.chance(0.4):
        p.add("other", p.pick(("اشترك في نشرتنا الثقافية الأسبوعية", "النشرة البريدية: مختارات الأسبوع من السينما والكتب")))
        p.add("ui_text", "بريدك الإلكتروني", "اشترك")
    one_per_line(p, "other", ("من نحن", "هيئة التحرير", "اكتب معنا", "اتصل بنا", "سياسة الخصوصية"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة © {site} {w.year}")))


_EDU_SITES = (  # name, host, country
    ("بوابة التعليم", "taleemgate.com", "eg"), ("الوطن التعليمي", "elwatannews.com/education", "eg"),
    ("مصراوي - تعليم", "masrawy.com/news/education", "eg"), ("صدى البلد التعليمي", "elbalad.news/education", "eg"),
    ("التوجيهي نت", "tawjihinet.jo", "jo"), ("رؤيا - تعليم", "royanews.tv/education", "jo"),
)
_EDU_MENU = ("الرئيسية", "أخبار التعليم", "الثانوية العامة", "الجامعات", "التنسيق", "نتائج الامتحانات", "المدارس", "المعلمين",
             "منح دراسية", "جداول الامتحانات", "بنك الأسئلة", "فيديو")
_EDU_WRITERS = ("محمد شعبان", "أسماء أبو السعود", "منى زيدان", "ياسمين علي", "محمود طه", "رند الخطيب", "هشام الحياري")
_EDU_SUBJECTS = ("اللغة العربية", "اللغة الإنجليزية", "الكيمياء", "الفيزياء", "الأحياء", "الرياضيات", "التاريخ", "الجغرافيا",
                 "اللغة الفرنسية", "علم النفس والاجتماع", "الفلسفة والمنطق", "التربية الدينية")
_EDU_FAQ = (
    ("متى تعلن نتيجة الثانوية العامة 2018؟", "من المقرر إعلان النتيجة عقب انتهاء أعمال التصحيح ورصد الدرجات ومراجعتها."),
    ("كيف أحصل على رقم الجلوس؟", "يمكن الحصول على رقم الجلوس من إدارة المدرسة أو من بطاقة الامتحان."),
    ("هل يمكن التظلم من النتيجة؟", "نعم، يفتح باب التظلمات إلكترونياً لمدة 15 يوماً من تاريخ إعلان النتيجة."),
    ("متى تبدأ المرحلة الأولى من التنسيق؟", "تبدأ المرحلة الأولى عادة بعد إعلان النتيجة بأسبوعين تقريباً."),
    ("ما الأوراق المطلوبة للتقديم في الجامعات؟", "صورة شهادة الميلاد وأصل الشهادة وصور شخصية حديثة."),
)
_EDU_BANNERS = {
    "eg": ("نتيجة الثانوية العامة 2018", "نتيجة الشهادة الإعدادية 2018 بالاسم ورقم الجلوس", "تنسيق الجامعات 2018: الحدود الدنيا للقبول",
           "اعرف نتيجتك الآن برقم الجلوس", "نتيجة الدبلومات الفنية 2018"),
    "jo": ("نتائج التوجيهي 2018", "نتائج الثانوية العامة 2018 - الدورة الصيفية", "القبول الموحد 2018: معدلات القبول",
           "اعرف نتيجتك الآن برقم الجلوس", "نتائج الدورة الشتوية 2018"),
}


def education_exams_portal(p: Page) -> None:
    """An article of an education news portal or an outlet's education section (Egyptian
    results portals, Jordanian tawjihi sites): exam results, university admissions, the ministry
    of education's news; the main story is an education story when the corpus gives one.
    Inventory: the date widget on some pages, the portal's name and menu, a results banner
    ("نتيجة الثانوية العامة 2018") near the top on most, the result-lookup widget ("أدخل رقم
    الجلوس", the governorate list, the button) at the top or the bottom on about half, the trail
    or section label, the title (none on a few pages), the reporter line and the date line in
    either order, a countdown to the exams on some, a photo caption on some; between paragraphs
    (none to two) a read-also line, a caption, the exam timetable (its header, a day and subject
    a line), a PDF download line or an embedded post; after the text the timetable on some, the
    download lines ("تحميل الجدول بصيغة PDF"), the FAQ box ("أسئلة شائعة", a question and its
    answer a line), the Telegram / app prompt, tags, share words, "أخبار التعليم" headlines; on
    about half the pages the next article loaded whole (under "الخبر التالي", the section's name
    or nothing) with its reporter line on most and its date line on most, a second one now and
    then; most read, footer and copyright."""
    school = re.compile(r"(?<!\w)(?:ال|لل|و|ب|وال|بال)?(?:تعليم|طلاب|طلبة|طالبات|جامعة|جامعات|مدرسة|مدارس|امتحان|امتحانات|معلمين"
                        r"|تلاميذ|أكاديمية|تربية|الدراسة|دراسية|ثانوية)(?!\w)(?! الدول| العربية)")
    if not school.search(p.main.title) and p.chance(0.95):  # few such stories: one of them, picked (its id is recorded)
        p.main = p.articles[p.pick(sorted(a.id for a in p.articles.values() if a.title and school.search(a.title) and "-sport-" not in a.id
                                          and 2 <= len(a.paragraphs) <= 12 and sum(len(x.split()) for x in a.paragraphs) <= 900))]
    w = when_of(p.main.published, p.rng)
    site, host, country = p.pick(_EDU_SITES)
    section = p.pick(("أخبار التعليم", "الثانوية العامة", "الجامعات", "أخبار الوزارة") if country == "eg"
                     else ("أخبار التعليم", "التوجيهي", "الجامعات", "وزارة التربية"))
    clock = p.chance(0.6)

    def date_of(x: When) -> str:
        if country == "eg":
            return date_eg(x, clock=clock)
        return f"{x.year}-{x.month:02d}-{x.day:02d} {x.hour:02d}:{x.minute:02d}" if clock else f"{_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_LEV[x.month - 1]} {x.year}"

    def reporter() -> str:
        name = p.pick(_EDU_WRITERS)
        return p.pick((f"كتب: {name}", f"كتبت: {name}", name, f"{site} - {name}"))

    def lookup() -> None:
        p.add("widget", p.pick(("الاستعلام عن النتيجة", "اعرف نتيجتك", "نتيجتك برقم الجلوس")), p.pick(("أدخل رقم الجلوس", "رقم الجلوس", "أدخل رقم الجلوس أو الاسم رباعياً")))
        if country == "eg" and p.chance(0.6):
            p.add("widget", "اختر المحافظة", *p.rng.sample(("القاهرة", "الجيزة", "الإسكندرية", "الدقهلية", "الشرقية", "أسيوط", "سوهاج"), 3))
        p.add("ui_text", p.pick(("بحث", "أظهر النتيجة", "استعلم")))

    def timetable() -> None:
        p.add("widget", p.pick((f"جدول امتحانات الثانوية العامة {w.year}", f"جدول امتحانات {'التوجيهي' if country == 'jo' else 'الثانوية العامة'} {w.year} (علمي)",
                                "مواعيد الامتحانات")))
        day, row = p.rng.randint(1, 10), p.rng.randrange(3)
        for subject in p.rng.sample(_EDU_SUBJECTS, p.rng.randint(3, 6)):
            day += p.rng.randint(1, 3)
            p.add("widget", (f"{_WEEKDAYS[day % 7]} {day} يونيو: {subject}", f"{day}/6 - {subject} - من 9 صباحاً حتى 12 ظهراً",
                             f"{subject}: {_WEEKDAYS[day % 7]} {day} يونيو")[row])

    def download() -> None:
        p.add("ui_text", p.pick(("تحميل الجدول بصيغة PDF", "حمّل نموذج الإجابة PDF", f"تحميل ملف النتيجة PDF ({p.rng.randint(1, 9)}.{p.rng.randint(0, 9)} ميجابايت)",
                                 "اضغط هنا لتحميل دليل التنسيق PDF", "تحميل الكتيب الإرشادي")))

    def faq() -> None:
        p.add("other", p.pick(("أسئلة شائعة", "الأسئلة المتكررة", "س و ج")))
        for question, answer in p.rng.sample(_EDU_FAQ, p.rng.randint(2, 3)):
            p.add("other", question, answer)

    lookup_at = p.pick(("top", "bottom", "none", "none"))
    table_at = p.pick(("inside", "bottom", "none"))
    if p.chance(0.4):
        p.add("widget", date_of(w) if country == "jo" else date_eg(w, clock=False))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _EDU_MENU, p.rng.randint(5, 10))
    if p.chance(0.7):
        p.add("other", p.pick(_EDU_BANNERS[country]))
        if p.chance(0.4):
            p.add("ui_text", p.pick(("اضغط هنا", "اعرف نتيجتك الآن", "ادخل الآن")))
    if lookup_at == "top":
        lookup()
    if p.chance(0.6):
        p.add("other", section if p.chance(0.5) else f"الرئيسية » {section}")
    if p.chance(0.88):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", reporter())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.85):
            p.add("source_credit", reporter())
    if p.chance(0.25):
        p.add("widget", p.pick((f"متبقي على الامتحانات: {p.rng.randint(2, 40)} يوماً", f"العد التنازلي لامتحانات {w.year + 1}",
                                f"{p.rng.randint(2, 40)} يوم {p.rng.randint(1, 23)} ساعة على بدء الامتحانات")))
    if p.chance(0.45):
        p.add("caption", p.pick((caption(p, credit=0.4), "طلاب داخل إحدى لجان الامتحانات - أرشيفية", "طالبات خلال أداء الامتحان (أرشيف)",
                                 "وزير التربية والتعليم - صورة أرشيفية")))
    insets = [lambda: _read_also(p, ("اقرأ أيضاً:", "اقرأ أيضا:", "طالع أيضاً:")), lambda: _read_also(p),
              lambda: p.add("caption", caption(p, credit=0.6)), download, lambda: tweet(p, w)]
    if table_at == "inside":
        insets = [timetable, timetable, timetable]
    _body_with_insets(p, tuple(insets), most=1 if table_at == "inside" else 2)
    if table_at == "bottom":
        timetable()
    if p.chance(0.5):
        download()
        if p.chance(0.4):
            download()
    if p.chance(0.5):
        faq()
    if lookup_at == "bottom":
        lookup()
    if p.chance(0.4):
        p.add("ui_text", p.pick((f"انضم لقناة {site} على تيليجرام لمتابعة أخبار التعليم أولاً بأول", "حمّل تطبيق النتيجة على هاتفك",
                                 "تابع صفحتنا على فيسبوك لمعرفة النتيجة فور ظهورها")))
    if p.chance(0.5):
        p.add("tags", p.pick(("الكلمات المفتاحية", "وسوم", "كلمات البحث")),
              *p.rng.sample(("الثانوية العامة", "وزارة التربية والتعليم", "نتيجة الثانوية العامة", "تنسيق الجامعات", "الامتحانات", "رقم الجلوس",
                             "التعليم العالي", "الطلاب"), p.rng.randint(2, 4)))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "شارك الخبر")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.7):
        p.add("related_list", p.pick(("أخبار التعليم", "أخبار ذات صلة", "المزيد من " + section)), *p.headlines(p.rng.randint(2, 4)))
    _next_stories(p, ("الخبر التالي", "التالي", "اقرأ التالي"), section, 0.5,
                  between=lambda x: [("source_credit", reporter())] if p.chance(0.6) else [],
                  dated=date_of if p.chance(0.8) else None)
    p.add("related_list", p.pick(("الأكثر قراءة", "الأكثر مشاهدة")), *p.headlines(p.rng.randint(3, 5)))
    one_per_line(p, "other", FOOTER, p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة لموقع {site} © {w.year}")))


_ENT_SITES = (("ET بالعربي", "etbilarabi.com"), ("في الفن", "filfan.com"), ("الفن", "elfann.com"), ("نجوم مصرية", "nogomistars.com"),
              ("فوشيا - مشاهير", "fustany-stars.net"), ("أخبار النجوم", "akhbarnjoum.com"))
_ENT_MENU = ("الرئيسية", "أخبار النجوم", "سينما", "دراما", "موسيقى", "تلفزيون", "صور", "فيديو", "مهرجانات", "حوارات", "بوليوود وهوليوود",
             "أبراج النجوم")
_STARS = (  # name, handle, born, place, works
    ("هيفاء وهبي", "haifawehbe", "10 مارس 1972", "محفل - لبنان", ("دكان شحاتة", "مولد وصاحبه غايب", "الحرباية")),
    ("محمد رمضان", "mohamedramadanws", "23 مايو 1988", "قنا - مصر", ("الأسطورة", "نسر الصعيد", "عبده موتة")),
    ("ياسمين صبري", "yasmin_sabri", "21 مايو 1987", "الإسكندرية - مصر", ("حكايتي", "الأب الروحي", "الديزل")),
    ("تيم حسن", "taimhasan", "20 يونيو 1976", "دمشق - سوريا", ("الهيبة", "الملك فاروق", "تشيللو")),
    ("نادين نسيب نجيم", "nadine_njeim", "23 يناير 1984", "بيروت - لبنان", ("الهيبة", "سمرا", "خمسة ونص")),
    ("أحمد حلمي", "ahmedhelmy", "18 نوفمبر 1969", "بنها - مصر", ("عسل إسود", "خيال مآتة", "بلبل حيران")),
    ("أصالة", "assala_official", "15 مايو 1969", "دمشق - سوريا", ("شامخ", "60 دقيقة حياة", "قانون الحب")),
)
_ENT_WRITERS = ("أحمد عبد الجواد", "دينا رأفت", "فريق التحرير", "مي فهمي", "جاد الحاج", "سلمى عادل", "Nour El Hoda Fayez")
_ENT_EVENTS = ("مهرجان القاهرة السينمائي", "مهرجان الجونة السينمائي", "مهرجان كان", "حفل موريكس دور", "مهرجان قرطاج", "العرض الخاص لفيلم جديد")
_ENT_POLLS = ("من هو أفضل ممثل في دراما رمضان؟", "ما أفضل أغنية صدرت هذا الصيف؟", "من تتوقع أن يفوز بلقب الموسم؟",
              "هل تؤيد عودة الثنائي في عمل جديد؟")
_ENT_POST_TEXTS = ("شكراً لكل الحب ❤️🙏", "قريباً... 🎬", "أول يوم تصوير 🎥✨", "الحمد لله على كل شيء", "ليلة لا تُنسى 🌹", "مبروك لكل فريق العمل 👏")


def entertainment_celebrity_news(p: Page) -> None:
    """An article of a celebrity and entertainment news site (ET bil Arabi, FilFan, Elfann and the
    like); the main story is an arts / culture story when the corpus gives one. Inventory: the
    login / search words on some pages, the site's name and menu, "trending" stars' names one a
    line on some, the section trail, an "exclusive" label ("خاص", "حصري", "EXCLUSIVE") on some,
    the title (none on a few pages), the writer line and the date line in either order, a view
    count on some, a gallery caption ("الصورة 1 من 12" and the subject) on about half; between
    paragraphs (none to two) a read-also line, a gallery caption, a post from a star's account
    (Instagram's "View this post on Instagram", the text, likes, the signature) or an X post;
    after the text the star-profile box ("بطاقة النجم": name, birth date and place, works) on some,
    "شاهد الألبوم كاملاً" words, the poll ("استفتاء", the question, the options one a line, "صوّت")
    on some, tags, share words, comments count; "الأكثر قراءة في فن" headlines; on about half the
    pages the next article loaded whole (under "المقال التالي", the section's name or nothing)
    with its writer line on most and its date on most, a second one now and then; the app words,
    footer and copyright."""
    if "-culture-" not in p.main.id and p.chance(0.85):
        p.main = _draw_where(p, lambda a: "-culture-" in a.id and 2 <= len(a.paragraphs) <= 12
                             and sum(len(x.split()) for x in a.paragraphs) <= 900)
    w = when_of(p.main.published, p.rng)
    site, host = p.pick(_ENT_SITES)
    star = p.pick(_STARS)
    section = p.pick(("أخبار النجوم", "فن", "سينما", "دراما", "موسيقى", "مشاهير"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        hour, half = x.h12
        return (date_eg(x), f"{x.day:02d}/{x.month:02d}/{x.year} {hour}:{x.minute:02d} {half}",
                f"نشر في {x.day} {_MONTHS_EG[x.month - 1]} {x.year}")[form]

    def writer() -> str:
        name = p.pick(_ENT_WRITERS)
        return p.pick((name, f"كتب: {name}", f"بقلم: {name}", f"{site} - {name}", f"{name} - {p.pick(('القاهرة', 'بيروت', 'دبي'))}"))

    total = p.rng.randint(6, 30)

    def gallery() -> None:
        subject = p.pick((f"{star[0]} في {p.pick(_ENT_EVENTS)}", f"{star[0]} {p.pick(_CREDITS)}", caption(p, credit=0.5),
                          f"{star[0]} خلال {p.pick(_ENT_EVENTS)} (Getty)"))
        if p.chance(0.6):
            p.add("caption", f"الصورة {p.rng.randint(1, total)} من {total}", subject)
        else:
            p.add("caption", subject)

    def insta(name: str, handle: str) -> None:
        p.add("embedded_post", p.pick(("View this post on Instagram", "عرض هذا المنشور على Instagram")))
        if p.chance(0.5):
            p.add("embedded_post", f"{p.rng.randint(2, 900):,} likes" if p.chance(0.5) else f"أعجب بها {p.rng.randint(2, 900)} ألف")
        p.add("embedded_post", p.pick(_ENT_POST_TEXTS))
        p.add("embedded_post", f"A post shared by {name} (@{handle}) on {_MONTHS_EN[w.month - 1][:3]} {w.day}, {w.year}")

    def post() -> None:
        if p.chance(0.75):
            other = p.pick(_STARS) if p.chance(0.3) else star
            insta(other[0], other[1])
        else:
            tweet(p, w)

    def profile() -> None:
        name, _, born, place, works = star
        p.add("widget", p.pick(("بطاقة النجم", "ملف الفنان", "معلومات عن النجم")))
        lines = (f"الاسم: {name}", f"تاريخ الميلاد: {born}", f"مكان الميلاد: {place}", f"أبرز الأعمال: {'، '.join(works)}",
                 f"المتابعون على إنستغرام: {p.rng.randint(2, 30)}.{p.rng.randint(0, 9)} مليون")
        _in_order(p, "widget", lines, p.rng.randint(3, len(lines)))
        if p.chance(0.5):
            p.add("ui_text", p.pick(("عرض الملف الكامل", f"كل أخبار {name}")))

    def poll() -> None:
        p.add("widget", p.pick(("استفتاء", "صوّت", "شارك برأيك")), p.pick(_ENT_POLLS))
        p.add("widget", *[s[0] for s in p.rng.sample(_STARS, p.rng.randint(2, 4))])
        p.add("ui_text", p.pick(("صوّت", "تصويت", "النتائج")))

    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("بحث", "تسجيل الدخول", "English", "فيديو مباشر"), p.rng.randint(1, 2)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _ENT_MENU, p.rng.randint(5, 10))
    if p.chance(0.35):
        p.add("related_list", p.pick(("الأكثر بحثاً", "نجوم الأسبوع", "ترند")), *[s[0] for s in p.rng.sample(_STARS, p.rng.randint(3, 5))])
    if p.chance(0.6):
        p.add("other", p.pick((" > ", " / ", " » ")).join(("الرئيسية", section)))
    if p.chance(0.35):
        p.add("other", p.pick(("خاص", "حصري", "EXCLUSIVE", f"خاص - {site}", "حصري لـ" + site)))
    if p.chance(0.88):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.8):
            p.add("source_credit", writer())
    if p.chance(0.3):
        p.add("widget", p.pick((f"{p.rng.randint(300, 90000):,} مشاهدة", f"👁 {p.rng.randint(300, 90000)}")))
    if p.chance(0.5):
        gallery()
    _body_with_insets(p, (lambda: _read_also(p, ("اقرأ أيضاً:", "اقرأ أيضا:", "شاهد أيضاً:")), gallery, post, post))
    if p.chance(0.4):
        profile()
    if p.chance(0.3):
        p.add("ui_text", p.pick((f"شاهد الألبوم كاملاً ({total} صورة)", f"ألبوم الصور: {total} صورة", "شاهد الصور")))
    if p.chance(0.35):
        poll()
    if p.chance(0.5):
        p.add("tags", p.pick(("وسوم", "الكلمات المفتاحية", "تاجز")), star[0],
              *p.rng.sample(("أخبار النجوم", "دراما رمضان", "سينما", "حفلات", "مهرجانات", "فن", "مشاهير"), p.rng.randint(1, 3)))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "شارك الخبر")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.35):
        p.add("ui_text", p.pick((f"التعليقات ({p.rng.randint(0, 60)})", "أضف تعليقك", "لا توجد تعليقات")))
    _next_stories(p, ("المقال التالي", "الخبر التالي", "التالي ›"), section, 0.5, wanted=lambda a: "-culture-" in a.id,
                  between=lambda x: [("source_credit", writer())] if p.chance(0.6) else [],
                  dated=date_of if p.chance(0.75) else None,
                  under=lambda x: [("other", p.pick(("خاص", "حصري")))] if p.chance(0.15) else [])
    p.add("related_list", p.pick(("الأكثر قراءة في فن", "الأكثر قراءة", "الأكثر مشاهدة في أخبار النجوم")), *p.headlines(p.rng.randint(3, 5)))
    if p.chance(0.4):
        p.add("ui_text", p.pick(("حمّل التطبيق", "تطبيقنا متوفر على")), "App Store", "Google Play")
    one_per_line(p, "other", FOOTER, p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"{host} © {w.year}")))


_RIGHTS_ORGS = (  # name, host, the kind of its index line
    ("منظمة العفو الدولية", "amnesty.org/ar", "index"), ("هيومن رايتس ووتش", "hrw.org/ar", "none"),
    ("المبادرة المصرية للحقوق الشخصية", "eipr.org", "none"), ("مركز الخليج لحقوق الإنسان", "gc4hr.org", "none"),
    ("الفيدرالية الدولية لحقوق الإنسان", "fidh.org/ar", "none"), ("الشبكة السورية لحقوق الإنسان", "snhr.org/arabic", "index"),
)
_RIGHTS_MENU = ("الرئيسية", "الأخبار", "التقارير", "البلدان", "المواضيع", "تحرّك", "من نحن", "الوسائط المتعددة", "انضم إلينا", "تبرّع")
_RIGHTS_REGIONS = ("الشرق الأوسط وشمال أفريقيا", "سوريا", "مصر", "العراق", "اليمن", "ليبيا", "لبنان", "المملكة العربية السعودية", "الأردن",
                   "السودان", "تونس", "أوروبا")
_RIGHTS_TOPICS = ("الاحتجاز التعسفي", "التعذيب", "عقوبة الإعدام", "حرية التعبير", "اللاجئون والمهاجرون", "النزاعات المسلحة",
                  "المدافعون عن حقوق الإنسان", "حقوق المرأة", "العدالة الدولية", "الاختفاء القسري")
_RIGHTS_CITIES = ("بيروت", "جنيف", "تونس", "عمّان", "لندن", "نيويورك", "القاهرة", "باريس")
_RIGHTS_CONTACTS = (("في بيروت", "لمى فقيه", "+961-1-217670"), ("في جنيف", "Hillel Neuer", "+41-22-734-1470"),
                    ("في لندن", "المكتب الإعلامي", "+44-20-7413-5566"), ("في تونس", "آمنة القلالي", "+216-71-960-000"),
                    ("في عمّان", "هبة زيادين", "+962-6-464-8570"))
_RIGHTS_RESEARCHERS = (("لمى فقيه", "مديرة قسم الأزمات والنزاعات"), ("آدم كوغل", "نائب مديرة قسم الشرق الأوسط"),
                       ("ديانا سمعان", "نائبة المدير الإقليمي"), ("بلقيس والي", "باحثة أولى في قسم الأزمات"),
                       ("هبة مرايف", "المديرة الإقليمية للشرق الأوسط وشمال أفريقيا"))
_PETITIONS = ("طالبوا بالإفراج الفوري عن المعتقلين تعسفياً", "أوقفوا تنفيذ أحكام الإعدام", "احموا المدنيين الآن",
              "اكشفوا مصير المختفين قسرياً", "أوقفوا ترحيل اللاجئين", "أطلقوا سراح المدافعات عن حقوق الإنسان")


def human_rights_org_news(p: Page) -> None:
    """A news or press item on a human-rights organisation's site (Amnesty International, Human
    Rights Watch, FIDH, an Egyptian, Syrian or Gulf rights group) in Arabic; the main story is one
    about detention, trials, refugees or civilians when the corpus gives one. Inventory: the
    language switcher and "تبرّع" words at the top, the organisation's name and menu, the item's
    kind ("بيان صحفي", "أخبار", "تقرير"), the region / topic tags at the top on some, the title
    (none on a few pages), the date line, the researcher's byline on some, the document index
    ("رقم الوثيقة: MDE ...") on some Amnesty-like pages, a photo caption with its "©" credit on about half; the text, the first
    paragraph opening with the "(بيروت) –" place on some; between paragraphs (none to two) a
    read-also line, the "تحرّك الآن" petition box (header, demand, signatures, "وقّع الآن"), a
    caption or an embedded post; after the text the end mark ("###") on some, the report download
    lines ("تحميل التقرير (PDF، 64 صفحة)"), the petition box on some, the media-inquiries contacts
    ("للاستفسارات الإعلامية", city and name, phone), the region and topic tags, share words, the
    donation appeal (a sentence and "تبرّع الآن"), related items; on some pages a second item
    loaded whole (under "المزيد من الأخبار", a region's name or nothing) with its date line and
    sometimes its kind or its byline; newsletter words, footer and copyright."""
    rights = re.compile(r"اعتقال|معتقل|سجن|سجناء|تعذيب|إعدام|لاجئ|نازح|مدني|ضحايا|محاكم|ناشط|صحفي|احتجاز|قمع|متظاهر|مهاجر|العفو|الأمم المتحدة")
    if not rights.search(p.main.title):
        p.main = _draw_where(p, lambda a: bool(rights.search(a.title)) and 2 <= len(a.paragraphs) <= 12
                             and sum(len(x.split()) for x in a.paragraphs) <= 900)
    w = when_of(p.main.published, p.rng)
    org, host, index_kind = p.pick(_RIGHTS_ORGS)
    region, topic = p.pick(_RIGHTS_REGIONS), p.pick(_RIGHTS_TOPICS)
    kind = p.pick(("بيان صحفي", "أخبار", "تقرير", "بيان مشترك", "News"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{x.day:02d}/{x.month:02d}/{x.year}",
                f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year} {x.hour:02d}:{x.minute:02d} GMT")[form]

    def writer() -> str:
        name, role = p.pick(_RIGHTS_RESEARCHERS)
        return p.pick((f"{name}، {role}", f"بقلم: {name}", name))

    def petition() -> None:
        p.add("widget", p.pick(("تحرّك الآن", "تحرك الآن", "وقّع العريضة", "Take action")), p.pick(_PETITIONS))
        if p.chance(0.6):
            signed = p.rng.randint(1000, 90000)
            p.add("widget", f"{signed:,} توقيعاً" + (f" من أصل {(signed // 10000 + 1) * 10000:,}" if p.chance(0.5) else ""))
        p.add("ui_text", p.pick(("وقّع الآن", "وقّع العريضة", "أضف اسمك")))

    def contacts() -> None:
        p.add("other", p.pick(("للاستفسارات الإعلامية:", "لمزيد من المعلومات يرجى الاتصال بـ:", "للتواصل الإعلامي", "For media inquiries:")))
        for city, name, phone in p.rng.sample(_RIGHTS_CONTACTS, p.rng.randint(1, 2)):
            p.add("other", p.pick((f"{city}، {name} (بالعربية والإنجليزية): {phone}", f"{city}: {name}", f"{name} {phone}")))
        if p.chance(0.5):
            p.add("other", p.pick((f"press@{host.split('/')[0]}", "البريد الإلكتروني: media@" + host.split("/")[0])))

    def report() -> None:
        p.add("ui_text", p.pick((f"تحميل التقرير (PDF، {p.rng.randint(12, 120)} صفحة)", "اقرأ التقرير كاملاً", "الملخص والتوصيات (PDF)",
                                 f"Download the full report ({p.rng.randint(1, 9)} MB)", "تحميل الملف")))

    def tags() -> None:
        if p.chance(0.5):
            p.add("tags", p.pick(("المنطقة", "البلد")), region, p.pick(("الموضوع", "المواضيع")), topic)
        else:
            p.add("tags", region, topic)

    p.add("ui_text", p.pick(("English | Français | العربية", "العربية", "English")))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("تبرّع", "تبرع الآن", "Donate")))
    p.add("other", org if p.chance(0.6) else f"{org} | {host}")
    _in_order(p, "other", _RIGHTS_MENU, p.rng.randint(5, 10))
    p.add("other", kind)
    if p.chance(0.3):
        tags()
    if p.chance(0.83):
        p.add("title", p.main.title)
    p.add("dateline", date_of(w))
    if p.chance(0.35):
        p.add("source_credit", writer())
    if index_kind == "index" and p.chance(0.6):
        p.add("other", f"رقم الوثيقة: {p.pick(('MDE', 'MDE', 'ACT', 'EUR'))} {p.rng.randint(10, 32)}/{p.rng.randint(1000, 9999)}/{w.year}")
    if p.chance(0.5):
        p.add("caption", p.pick((caption(p, credit=0.0), "أقارب معتقلين يحملون صورهم خلال وقفة احتجاجية", "مخيم للنازحين")), )
        p.add("caption", p.pick((f"© {w.year} {p.pick(('خاص', 'Getty Images', 'AFP', 'Reuters'))}", f"© {org}")))
    place = p.pick(_RIGHTS_CITIES) if p.chance(0.4) and not _has_wire_prefix(p.main.paragraphs[0]) else ""
    paragraphs = p.main.paragraphs
    slots = set(p.rng.sample(range(len(paragraphs) - 1), min(len(paragraphs) - 1, p.rng.randint(0, 2))))
    petition_inside = False
    for index, paragraph in enumerate(paragraphs):
        p.add("body", f"({place}) – {paragraph}" if index == 0 and place else paragraph)
        if index in slots:
            inset = p.pick(("read", "read", "petition", "caption", "post"))
            if inset == "read":
                _read_also(p, ("اقرأ أيضاً:", "اقرأ المزيد:", "ذو صلة:"))
            elif inset == "petition" and not petition_inside:
                petition_inside = True
                petition()
            elif inset == "caption":
                p.add("caption", caption(p, credit=0.6))
            else:
                tweet(p, w)
    if p.chance(0.4):
        p.add("other", p.pick(("###", "انتهى", "-انتهى-")))
    if kind == "تقرير" or p.chance(0.3):
        report()
        if p.chance(0.4):
            report()
    if not petition_inside and p.chance(0.45):
        petition()
    if p.chance(0.6):
        contacts()
    tags()
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "شارك هذه الصفحة")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.55):
        p.add("other", p.pick(("نحن منظمة مستقلة لا نقبل أي تمويل من الحكومات، ونعتمد على دعمكم.", "ساهم في دعم عملنا لكشف الانتهاكات ومحاسبة مرتكبيها.",
                               "تبرّعك يساعدنا على توثيق الانتهاكات والدفاع عن الضحايا.")))
        p.add("ui_text", p.pick(("تبرّع الآن", "ادعم عملنا", "Donate now")))
    if p.chance(0.7):
        p.add("related_list", p.pick(("مواد ذات صلة", "المزيد حول " + region, "أخبار ذات صلة")))
        for _ in range(p.rng.randint(2, 4)):
            other = p.draw()
            p.add("related_list", other.title)
            if p.chance(0.4):
                p.add("related_list", date_of(when_of(other.published, p.rng)))
    _next_stories(p, ("المزيد من الأخبار", "التالي", "بيان آخر"), region, 0.4, wanted=lambda a: bool(rights.search(a.title)),
                  between=lambda x: [("other", p.pick(("بيان صحفي", "أخبار")))] if p.chance(0.3) else
                  [("source_credit", writer())] if p.chance(0.3) else [],
                  dated=date_of if p.chance(0.8) else None,
                  under=lambda x: [("tags", region)] if p.chance(0.2) else [])
    if p.chance(0.5):
        p.add("other", p.pick(("اشترك في نشرتنا البريدية", "ابقَ على اطلاع: اشترك في تحديثاتنا")))
        p.add("ui_text", "البريد الإلكتروني", "اشترك")
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "سياسة الخصوصية", "الوظائف", "المكاتب"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {org} {w.year}", f"جميع الحقوق محفوظة © {w.year} {org}")))


LAYOUTS_HELDOUT16: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (culture_arts_magazine, education_exams_portal, entertainment_celebrity_news, human_rights_org_news)
}


# ---------------------------------------------------------------------- the seventeenth part
# Four more layouts, written after the sixteenth part was measured, of site families none of the
# 77 layouts above shows: a car news and review site's article (spec tables one row a line, price
# boxes, "قارن السيارات" widgets, gallery counts, dealer ads, related car reviews), a weather and
# environment news outlet's article (warning banners with their levels, forecast rows for cities,
# the meteorologist's line, climate explainer boxes, "شارك صور الطقس"), a parliament's or Shura
# council's own news centre (session number and term, committees, members' titles, agenda items,
# live broadcast links, documents to download), and a property news site's article (listing
# cards, price per square metre rows, a mortgage calculator, agents' contacts, "مشاريع بالقرب
# منك"). Not registered in GOLD_FILES until measured once.
_VIOLENT = re.compile(r"قتل|قتيل|مقتل|هجوم|انفجار|مفخخ|غارة|قصف|دهس|انتحاري|إرهاب|اشتباك|هدم|مستوطن|مسلح")
_PREFIXED = r"(?<!\w)(?:ال|لل|و|ب|وال|بال|ل)?(?:{})(?!\w)"  # a word with or without its article / particle


# A paragraph that is another story's lead: many CNN Arabic texts of the corpus end with the leads
# of other stories as scraped from the page ("قال الرئيس ...، الأربعاء، إن ..."), not the story's.
_OTHER_LEAD = re.compile(r"^[^و]\S*\s[^\n]{0,90}?،\s*(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)،")


def _one_story(a: SourceArticle) -> bool:
    """No other story's lead among the text's paragraphs after its first two."""
    return a.outlet != "CNN" or not any(_OTHER_LEAD.search(paragraph) for paragraph in a.paragraphs[2:])


def _topic_story(pattern: re.Pattern[str], unless: str = r"$^", sport: bool = False) -> Callable[[SourceArticle], bool]:
    """A story a site of one family would run: its title names the family's topic, and no attack
    (nor what ``unless`` names); no sports desk's story unless ``sport``; its text one story."""
    other = re.compile(unless)
    return lambda a: (bool(a.title) and bool(pattern.search(a.title)) and not _VIOLENT.search(a.title) and not other.search(a.title)
                      and (sport or "-sport-" not in a.id) and _one_story(a))


@lru_cache(maxsize=8)
def _topic_pool(wanted: Callable[[SourceArticle], bool]) -> tuple[str, ...]:
    """The ids of the main pool's stories ``wanted`` accepts."""
    articles = load_articles()
    return tuple(i for i in _main_pool(articles) if wanted(articles[i]))


def _main_of_topic(p: Page, wanted: Callable[[SourceArticle], bool]) -> None:
    """The page's main story becomes one of the site's own kind: few such stories, so one of them
    is picked by the page's seed (its id is recorded)."""
    if not wanted(p.main):
        p.main = p.articles[p.pick(_topic_pool(wanted))]


def _topical(p: Page, wanted: Callable[[SourceArticle], bool], tries: int) -> SourceArticle:
    """The next drawn story of the site's own kind (within ``tries`` draws), not the main one."""
    return _draw_where(p, lambda a: wanted(a) and a.id != p.main.id, tries=tries)


def _topical_headline(p: Page, wanted: Callable[[SourceArticle], bool]) -> str:
    """A headline of the site's own kind for its lists, not the main story's (picked by the page's
    seed: a title only)."""
    return p.articles[p.pick([i for i in _topic_pool(wanted) if p.articles[i].title != p.main.title])].title


def _read_also_topical(p: Page, wanted: Callable[[SourceArticle], bool],
                       cues: tuple[str, ...] = ("اقرأ أيضاً:", "اقرأ أيضا:", "إقرأ أيضاً:")) -> None:
    """``_read_also`` whose headline is the site's own kind of story."""
    if p.chance(0.6):
        p.add("read_also", f"{p.pick(cues)} {_topical_headline(p, wanted)}")
    else:
        p.add("read_also", p.pick(cues).rstrip(":"), _topical_headline(p, wanted))


def _title_caption(p: Page, credits: tuple[str, ...] = _CREDITS) -> str:
    """A photo caption made of the title's first words, with a credit now and then (a page that
    prints no title has none such: its photo is an archive one)."""
    if not any(label == "title" for label, _ in p.lines):
        return p.pick(("صورة أرشيفية", "صورة تعبيرية", f"صورة أرشيفية {p.pick(credits)}"))
    words = p.main.title.split()
    text = " ".join(words[: p.rng.randint(3, min(6, max(3, len(words))))])
    return f"{text} {p.pick(credits)}" if p.chance(0.5) else text


def _next_topical(p: Page, cues: tuple[str, ...], section: str, chance: float, wanted: Callable[[SourceArticle], bool],
                  **story: Callable[[When], object]) -> None:
    """``_next_stories`` whose whole articles are the site's own kind of story (the draws on the
    way are recorded, as ever)."""
    plain = p.draw
    p.draw = lambda: _topical(replace(p, draw=plain), wanted, 600)
    _next_stories(p, cues, section, chance, **story)
    p.draw = plain


_CAR_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"سيارة|سيارات|مركبات|تسلا|تويوتا|مرسيدس|هيونداي|فولكسفاغن|فولكس فاغن|بورشه|فيراري|رينو|كيا|هوندا|أودي|لامبورغيني|بي إم دبليو"
    r"|جنرال موتورز|أوبر|فورمولا|فورمولا 1|القيادة الذاتية|ذاتية القيادة|رخص القيادة|بنزين|وقود|محركات|فيتل|هاميلتون|المرور")),
    unless=r"مخدرات|حادث|ضبط|اعتقال|سرقة|تقتحم|أحرق|نجاة|الشرطة|اغتيال|كلمات المرور|كلمة المرور", sport=True)
_MOTORSPORT = re.compile(r"فورمولا|فيتل|هاميلتون|فيراري|سباق|رالي|ألونسو")


def _car_story(a: SourceArticle) -> bool:
    """A car, motoring or fuel story; of the sports desk's, a motor-racing one only."""
    return _CAR_STORY(a) and ("-sport-" not in a.id or bool(_MOTORSPORT.search(a.title)))
_CAR_SITES = (("يلا موتور", "yallamotor.com", "درهم"), ("كونتكت كارز", "contactcars.com", "جنيه"), ("موتور 1 عربية", "ar.motor1.com", "ريال"),
              ("هتلاقي سيارات", "hatla2ee.com", "جنيه"), ("أوتو أرابيا", "autoarabia.net", "ريال"), ("درايف آرابيا", "drivearabia.com", "درهم"))
_CAR_MENU = ("الرئيسية", "أخبار السيارات", "مراجعات", "سيارات جديدة", "سيارات مستعملة", "مقارنة السيارات", "أسعار السيارات",
             "سيارات كهربائية", "تمويل السيارات", "رياضة السيارات", "فيديو", "نصائح")
_CAR_MODELS = (  # model, engine, horsepower, torque, gearbox, 0-100, top speed, litres / 100 km, base price (thousands, per currency unit)
    ("تويوتا كامري 2018", "2.5 لتر 4 سلندر", 203, 250, "أوتوماتيك 8 سرعات", 8.4, 210, 6.8, 92),
    ("هيونداي توسان 2018", "2.0 لتر 4 سلندر", 155, 192, "أوتوماتيك 6 سرعات", 10.6, 185, 7.9, 84),
    ("نيسان باترول 2018", "5.6 لتر V8", 400, 560, "أوتوماتيك 7 سرعات", 6.6, 210, 14.4, 215),
    ("مرسيدس-بنز C200 2018", "2.0 لتر تيربو", 184, 300, "أوتوماتيك 9 سرعات", 7.7, 239, 6.4, 172),
    ("كيا سبورتاج 2018", "2.4 لتر 4 سلندر", 181, 237, "أوتوماتيك 6 سرعات", 9.8, 190, 8.5, 79),
    ("فورد موستانج 2018", "5.0 لتر V8", 460, 569, "أوتوماتيك 10 سرعات", 4.3, 250, 12.4, 165),
    ("تسلا موديل 3", "محرك كهربائي", 258, 375, "ناقل سرعة واحدة", 5.6, 225, 0.0, 175),
    ("هوندا أكورد 2018", "1.5 لتر تيربو", 192, 260, "CVT", 7.6, 200, 6.5, 98),
    ("رينو داستر 2018", "1.6 لتر 4 سلندر", 114, 156, "يدوي 5 سرعات", 11.9, 168, 7.4, 52),
    ("فيراري 812 سوبرفاست", "6.5 لتر V12", 800, 718, "أوتوماتيك 7 سرعات", 2.9, 340, 14.9, 1250),
    ("فولكس فاغن تيغوان 2018", "2.0 لتر تيربو", 184, 300, "DSG 7 سرعات", 8.9, 208, 7.6, 110),
    ("أودي A6 2018", "2.0 لتر تيربو", 245, 370, "S tronic 7 سرعات", 6.8, 250, 6.6, 205),
    ("بورشه 911 كاريرا", "3.0 لتر 6 سلندر تيربو", 370, 450, "PDK 8 سرعات", 4.2, 293, 9.0, 420),
)
_CAR_BRANDS = (("تويوتا", "تويوتا"), ("هيونداي", "هيونداي"), ("نيسان", "نيسان"), ("مرسيدس", "مرسيدس"), ("كيا", "كيا"), ("فورد", "فورد"),
               ("تسلا", "تسلا"), ("تيسلا", "تسلا"), ("هوندا", "هوندا"), ("رينو", "رينو"), ("فيراري", "فيراري"), ("فولكس", "فولكس"),
               ("أودي", "أودي"), ("بورشه", "بورشه"))  # a word of a title -> the first word of its maker's model above
_CAR_WRITERS = ("فريق التحرير", "أحمد صبري", "Wael Saleh", "محمد الرفاعي", "هاني الشريف", "Omar Ghanem", "سيف الدين محمود")
_CAR_DEALERS = (("عبد اللطيف جميل", "تويوتا"), ("الفطيم للسيارات", "تويوتا ولكزس"), ("غبور أوتو", "هيونداي"), ("الجميح للسيارات", "شيفروليه"),
                ("الطاير موتورز", "فورد"), ("منصور للسيارات", "شيفروليه وأوبل"), ("العربية للسيارات", "نيسان"))


def automotive_news_site(p: Page) -> None:
    """A news article on a car news and review site (YallaMotor, ContactCars, Motor1 Arabia,
    Hatla2ee, DriveArabia); the main story is a car, motoring or fuel story when the corpus gives
    one. Inventory: "بيع سيارتك" / login / search words at the top on most, the site's name and
    menu, the section trail, the title (none on a few pages), the writer's line and the date line
    in either order, the reading time on some, the gallery count ("معرض الصور (24 صورة)", "عرض
    كل الصور") and a caption with the maker's credit on some; between paragraphs (none to two) a
    read-also line, a caption, a dealer's ad or an embedded post; after the text the spec table
    (a header then one row a line, some rows in English units) on most, the price box ("السعر يبدأ
    من", the price, "اطلب عرض سعر", "احسب القسط الشهري") on about half, the "قارن السيارات" widget
    on some, the editor's score on some, a dealer's ad on some, tags, share words, related car
    reviews and news (headlines, some with a score); on about half the pages the next car story
    loaded whole (under "الخبر التالي", the section's name or nothing) with its writer's line on
    some and its date line on most, a second one now and then; the newsletter, app and footer."""
    wanted = _car_story
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    site, host, currency = p.pick(_CAR_SITES)
    maker = next((make for word, make in _CAR_BRANDS if re.search(rf"(?<!\w){word}", p.main.title)), None)
    # the story's own car when its title names the maker; else the site's featured car, shown as such
    model = next((m for m in _CAR_MODELS if maker and m[0].startswith(maker)), None) or p.pick(_CAR_MODELS)
    featured = maker is None
    section = p.pick(("أخبار السيارات", "أخبار السيارات", "سيارات كهربائية", "أخبار الصناعة", "رياضة السيارات"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{x.day:02d}/{x.month:02d}/{x.year} - {x.hour:02d}:{x.minute:02d}",
                f"نُشر في {_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year}")[form]

    def writer() -> str:
        name = p.pick(_CAR_WRITERS)
        return p.pick((name, f"بقلم: {name}", f"كتب: {name}", f"{name} - {site}"))

    def price() -> str:
        amount = model[8] * (1000 if currency != "جنيه" else 5000) + p.rng.randrange(0, 9) * 1000
        return p.pick((f"{amount:,} {currency}", f"{currency} {amount:,}", f"{amount:,} {currency} (شامل الضريبة)"))

    def gallery() -> None:
        count = p.rng.randint(8, 48)
        p.add("widget", p.pick((f"معرض الصور ({count} صورة)", f"📷 {count}", f"{count} صورة")))
        if p.chance(0.5):
            p.add("ui_text", p.pick(("عرض كل الصور", "شاهد الألبوم كاملاً", "View gallery")))

    def still() -> str:
        if featured:
            return p.pick((_title_caption(p), "صورة تعبيرية", f"محطة وقود {p.pick(_CREDITS)}", "صورة أرشيفية", "ازدحام مروري (أرشيفية)"))
        return p.pick((f"{model[0]} {p.pick(('(الصورة من الشركة)', '- المصدر: الشركة المصنعة', '(Motor1)', ''))}",
                       f"المقصورة الداخلية لـ{model[0]}", _title_caption(p), f"{model[0]} خلال تجربة القيادة"))

    def dealer() -> None:
        name, brand = p.pick(_CAR_DEALERS)
        p.add("other", p.pick(("إعلان", "Advertisement", "- إعلان -")))
        p.add("other", p.pick((f"{name} - الوكيل المعتمد لـ{brand}", f"عروض {brand} من {name}", f"{name} | {brand}")))
        if p.chance(0.6):
            p.add("other", p.pick(("تمويل حتى 5 سنوات بدون دفعة أولى", "صيانة مجانية لمدة 3 سنوات", "احجز تجربة قيادة الآن",
                                   f"اتصل بنا: {p.pick(('800', '19', '9200'))}{p.rng.randint(1000, 99999)}")))

    def specs() -> None:
        if featured:
            p.add("widget", p.pick(("سيارة الأسبوع", "اخترنا لك", "Featured")), model[0])
        else:
            p.add("widget", p.pick(("المواصفات الفنية", f"مواصفات {model[0]}", "Specifications", "أبرز المواصفات")))
        _, engine, hp, nm, box, accel, top, fuel, _ = model
        rows = (f"المحرك: {engine}", p.pick((f"القوة: {hp} حصان", f"القوة القصوى: {hp} HP")), p.pick((f"عزم الدوران: {nm} نيوتن متر", f"Torque: {nm} Nm")),
                f"ناقل الحركة: {box}", p.pick((f"التسارع من 0-100 كم/س: {accel} ثانية", f"0-100 km/h: {accel} s")), f"السرعة القصوى: {top} كم/س",
                f"استهلاك الوقود: {fuel} لتر/100 كم" if fuel else f"المدى: {p.rng.randint(350, 500)} كم بالشحنة الواحدة",
                f"عدد المقاعد: {p.pick((5, 5, 7))}")
        _in_order(p, "widget", rows, p.rng.randint(4, len(rows)))

    def price_box() -> None:
        p.add("widget", p.pick(("السعر يبدأ من", "سعر السيارة", "الأسعار في السوق", "Starting price")), price())
        if p.chance(0.5):
            p.add("widget", f"الفئة الأعلى: {price()}")
        _in_order(p, "ui_text", ("اطلب عرض سعر", "احسب القسط الشهري", "ابحث عن وكيل"), p.rng.randint(1, 3))

    def compare() -> None:
        rival = p.pick([m for m in _CAR_MODELS if m is not model])
        p.add("widget", p.pick(("قارن السيارات", "قارن مع منافسيها", "مقارنة سريعة")))
        p.add("widget", p.pick((f"{model[0]} vs {rival[0]}", f"{model[0]} ضد {rival[0]}")))
        if p.chance(0.5):
            p.add("widget", f"{rival[0]}: {rival[2]} حصان، من {rival[8] * (5 if currency == 'جنيه' else 1):,} ألف {currency}")
        p.add("ui_text", p.pick(("ابدأ المقارنة", "قارن الآن", "Compare")))

    if p.chance(0.75):
        p.add("ui_text", *p.rng.sample(("بيع سيارتك", "تسجيل الدخول", "🔍 ابحث عن سيارة", "English", "الإمارات ▾"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _CAR_MENU, p.rng.randint(5, 10))
    if p.chance(0.65):
        p.add("other", p.pick((section, f"الرئيسية > {section}", f"الرئيسية / الأخبار / {section}")))
    if p.chance(0.86):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.7):
            p.add("source_credit", writer())
    if p.chance(0.35):
        p.add("widget", p.pick((f"⏱ {p.rng.randint(2, 5)} دقائق للقراءة", f"{p.rng.randint(300, 9000):,} مشاهدة")))
    if p.chance(0.45 if not featured else 0.2):
        gallery()
    if p.chance(0.4):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted), lambda: _read_also_topical(p, wanted), lambda: p.add("caption", still()), dealer, lambda: tweet(p, w)))
    if p.chance(0.7):
        specs()
    if p.chance(0.5):
        price_box()
    if p.chance(0.35):
        compare()
    if p.chance(0.3):
        p.add("widget", p.pick(("تقييم المحرر", "تقييمنا", "Our verdict")), f"{p.pick((6.5, 7.0, 7.5, 8.0, 8.5, 9.0))}/10")
    if p.chance(0.35):
        dealer()
    if p.chance(0.55):
        p.add("tags", p.pick(("الوسوم:", "كلمات مفتاحية", "Tags")),
              *p.rng.sample((model[0].split()[0], "سيارات 2018", "أسعار السيارات", "سيارات كهربائية", "SUV", "سيدان", "أخبار السيارات", section),
                            p.rng.randint(2, 4)))
    if p.chance(0.65):
        p.add("ui_text", p.pick(("شارك", "شارك الخبر", "Share")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.75):
        p.add("related_list", p.pick(("مراجعات ذات صلة", "أخبار سيارات ذات صلة", "قد يعجبك أيضاً", "اقرأ أيضاً في " + section)))
        scored = p.chance(0.35)
        for _ in range(p.rng.randint(2, 4)):
            if p.chance(0.35):
                other = p.pick(_CAR_MODELS)[0]
                headline = p.pick((f"مراجعة {other}: هل تستحق سعرها؟", f"تجربة قيادة {other}", f"{other}: المواصفات والأسعار في السوق"))
            else:
                headline = _topical_headline(p, wanted)
            p.add("related_list", f"{headline} {p.pick((7.5, 8.0, 8.5))}/10" if scored else headline)
    _next_topical(p, ("الخبر التالي", "التالي", "المقال التالي ←"), section, 0.55, wanted,
                  between=lambda x: [("source_credit", writer())] if p.chance(0.4) else [],
                  dated=date_of if p.chance(0.75) else None,
                  under=lambda x: [("widget", f"📷 {p.rng.randint(6, 30)}")] if p.chance(0.2) else [])
    if p.chance(0.4):
        p.add("other", p.pick(("اشترك في النشرة البريدية لأحدث أخبار وعروض السيارات", "حمّل تطبيق " + site + " على iOS و Android")))
        p.add("ui_text", p.pick(("اشترك", "App Store | Google Play")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "الشروط والأحكام"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة © {host} {w.year}")))


_WEATHER_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"طقس|أمطار|مطر|أرصاد|عاصفة ترابية|عاصفة ثلجية|عواصف|إعصار|أعاصير|فيضان|فيضانات|سيول|ثلوج|حرارة|درجات الحرارة|مناخ|مناخي|مناخية"
    r"|احتباس|جفاف|انبعاثات|تلوث|بيئة|بيئي|بيئية|زلزال|زلازل|بركان|حرائق|غبار|موجة حر|موجة الحر|الموجة الحارة|صقيع|ضباب|الغابات")),
    unless=r"الليرة|ترامب|ترمب|كوريا|سياسي|انتخاب")
_WEATHER_SITES = (  # name, host, country's cities
    ("طقس العرب", "arabiaweather.com", ("عمّان", "إربد", "الزرقاء", "العقبة", "معان", "السلط")),
    ("بوابة الطقس", "taqs.net", ("القاهرة", "الإسكندرية", "أسوان", "الأقصر", "شرم الشيخ", "مرسى مطروح")),
    ("مناخ نيوز", "manakh.news", ("الرياض", "جدة", "الدمام", "أبها", "تبوك", "مكة المكرمة")),
    ("مجلة البيئة والتنمية", "afedmag.com", ("بيروت", "طرابلس", "زحلة", "صيدا", "بعلبك", "جونية")),
    ("الطقس الخليجي", "gulfweather.net", ("دبي", "أبوظبي", "العين", "الكويت", "الدوحة", "المنامة")),
)
_WEATHER_MENU = ("الرئيسية", "أخبار الطقس", "الطقس اليوم", "توقعات 14 يوماً", "التحذيرات", "خرائط الطقس", "المناخ والبيئة",
                 "الزلازل", "صور المتابعين", "فيديو", "مقالات علمية", "English")
_WEATHER_STATES = (("صافٍ", "☀"), ("غائم جزئياً", "⛅"), ("غائم", "☁"), ("زخات مطر", "🌦"), ("أمطار رعدية", "⛈"), ("غبار", "🌫"), ("مشمس", "☀"))
_METEOROLOGISTS = ("محمد الشاكر", "عقيل العقلة", "عبد العزيز الحصيني", "Hassan Radi", "ماهر الكيلاني", "نادين عبود", "فريق التنبؤات")
_WARNINGS = (("الأصفر", "كن على علم"), ("البرتقالي", "كن مستعداً"), ("الأحمر", "اتخذ إجراءات"))
_WARNING_TEXTS = (("أمطار غزيرة قد تؤدي إلى تشكل السيول في الأودية والمناطق المنخفضة", "winter spring"),
                  ("رياح نشطة مثيرة للغبار وتدنٍّ في مدى الرؤية", "spring summer"), ("موجة حارة وارتفاع ملموس على درجات الحرارة", "summer"),
                  ("تساقط الثلوج على المرتفعات وتشكل الانجماد ليلاً", "winter"), ("عواصف رعدية مصحوبة بتساقط البَرَد", "winter spring"),
                  ("ضباب كثيف في ساعات الصباح الباكر", "winter spring summer"))
_CLIMATE_BOXES = (
    ("ما هو المنخفض الجوي؟", "منطقة يكون فيها الضغط الجوي أقل مما حولها، وتترافق عادة مع الغيوم والأمطار والرياح."),
    ("ما الفرق بين الطقس والمناخ؟", "الطقس حالة الجو في مكان ما خلال ساعات أو أيام، أما المناخ فمعدل حالة الجو على مدى ثلاثين عاماً أو أكثر."),
    ("ما هي ظاهرة النينيو؟", "ارتفاع غير اعتيادي في حرارة سطح المياه في المحيط الهادئ الاستوائي يؤثر في أنماط الطقس حول العالم."),
    ("ما هو الاحتباس الحراري؟", "ارتفاع متوسط حرارة سطح الأرض بسبب تراكم غازات الدفيئة في الغلاف الجوي."),
    ("ماذا يعني مؤشر الأشعة فوق البنفسجية؟", "مقياس لشدة الأشعة الصادرة من الشمس، وكلما ارتفع زاد خطر الإصابة بحروق الشمس."),
)


def weather_climate_portal(p: Page) -> None:
    """A news article of a weather and environment news outlet (ArabiaWeather, a national weather
    portal, an environment magazine); the main story is a weather, climate, environment or
    earthquake story when the corpus gives one. Inventory: the city picker and its temperature,
    "°C | °F" and app words at the top, the site's name and menu, the warning banner on about
    half (the level, "⚠" and the hazard, "ساري حتى"), the section label, the title (none on a few
    pages), the date line, the meteorologist's or writer's line ("إعداد: خبير الأرصاد ...") before
    or after it on most, a caption (a photo sent by a follower, an archive photo) on some; between
    paragraphs (none to two) a read-also line, a caption, the "share your weather photo" prompt or
    an embedded post; after the text the source line ("المصدر: دائرة الأرصاد الجوية") on some,
    forecast rows for the site's cities (one city a line, the sky, the high and the low) on most,
    the climate explainer box (a question and its answer) on some, the air-quality or sun times
    line on some, the "شارك صور الطقس" prompt, tags, share words, more weather news; on about half
    the pages the next story loaded whole (under "اقرأ التالي", "أخبار الطقس" or nothing) with its
    meteorologist's line on some and its date line on most, a second one now and then; the app,
    footer and copyright."""
    wanted = _WEATHER_STORY
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    site, host, cities = p.pick(_WEATHER_SITES)
    section = p.pick(("أخبار الطقس", "أخبار الطقس", "المناخ والبيئة", "طقس العالم", "أخبار الزلازل"))
    form = p.rng.randrange(3)
    season = "summer" if w.month in (6, 7, 8, 9) else "winter" if w.month in (12, 1, 2, 3) else "spring"
    base = {"summer": p.rng.randint(31, 42), "winter": p.rng.randint(6, 17), "spring": p.rng.randint(20, 30)}[season]

    def date_of(x: When) -> str:
        hour, half = x.h12
        return (f"{_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year} | {hour}:{x.minute:02d} {half}",
                f"{x.day} {_MONTHS_LEV[x.month - 1]} {x.year}", f"{x.year}-{x.month:02d}-{x.day:02d} {x.hour:02d}:{x.minute:02d}")[form]

    def meteorologist() -> str:
        name = p.pick(_METEOROLOGISTS)
        return p.pick((f"إعداد: خبير الأرصاد {name}", f"{site} - {name}", f"بقلم: {name}", f"كتبه: {name}، اختصاصي الأرصاد الجوية", name))

    def banner() -> None:
        level, advice = p.pick(_WARNINGS)
        p.add("widget", p.pick((f"⚠ تحذير من المستوى {level}", f"تنبيه من المستوى {level}: {advice}", f"⚠ تحذير جوي - المستوى {level}")))
        p.add("widget", p.pick([text for text, when in _WARNING_TEXTS if season in when]))
        if p.chance(0.6):
            p.add("widget", f"ساري حتى {p.pick(('18:00', '06:00', '23:00', 'مساء'))} {_WEEKDAYS[(w.weekday + 1) % 7]}")
        if p.chance(0.4):
            p.add("ui_text", p.pick(("التفاصيل", "عرض كل التحذيرات", "More")))

    def forecast() -> None:
        p.add("widget", p.pick(("توقعات الطقس لليوم", f"الطقس في المدن - {_WEEKDAYS[w.weekday]}", "حالة الطقس المتوقعة", "درجات الحرارة المتوقعة")))
        for city in p.rng.sample(cities, p.rng.randint(3, len(cities))):
            state, icon = p.pick(_WEATHER_STATES)
            high = base + p.rng.randint(-4, 4)
            low = high - p.rng.randint(6, 12)
            p.add("widget", p.pick((f"{city}: {state} {high}° / {low}°", f"{icon} {city} {high}°C - {low}°C", f"{city} | {state} | العظمى {high} | الصغرى {low}")))
        if p.chance(0.4):
            p.add("ui_text", p.pick(("توقعات 14 يوماً", "عرض التوقعات بالساعة", "المزيد من المدن")))

    def share_photo() -> None:
        p.add("other", p.pick(("📷 شارك صور الطقس في منطقتك", "هل التقطت صورة للطقس في منطقتك؟ شاركنا إياها", "شاركونا صور الأمطار من مناطقكم")))
        p.add("ui_text", p.pick(("أرسل صورتك", "ارفع صورة", "شارك الآن")))

    def still() -> str:
        city = p.pick(cities)
        return p.pick((f"من صور المتابعين في {city}", f"صورة أرسلها أحد متابعي {site} من {city}", f"أمطار غزيرة في {city} (أرشيفية)",
                       _title_caption(p), f"صورة بالأقمار الصناعية {p.pick(('(EUMETSAT)', '(NASA)', '- المصدر: NOAA'))}"))

    p.add("ui_text", p.pick((f"{cities[0]} {base}°", f"{cities[0]} ▾ {base}°C", "اختر مدينتك")))
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("°C | °F", "حمّل التطبيق", "English", "🔍"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _WEATHER_MENU, p.rng.randint(5, 10))
    if p.chance(0.5):
        banner()
    if p.chance(0.6):
        p.add("other", p.pick((section, f"الرئيسية » {section}")))
    if p.chance(0.87):
        p.add("title", p.main.title)
    if p.chance(0.45):
        p.add("source_credit", meteorologist())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.75):
            p.add("source_credit", meteorologist())
    if p.chance(0.4):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted, ("اقرأ أيضاً:", "اقرأ أيضا:", "شاهد أيضاً:")), lambda: p.add("caption", still()),
                          share_photo, lambda: tweet(p, w)))
    if p.chance(0.35):
        p.add("source_credit", p.pick(("المصدر: دائرة الأرصاد الجوية", "المصدر: المركز الوطني للأرصاد", f"المصدر: {site} + وكالات",
                                       "المصدر: الهيئة العامة للأرصاد الجوية", "Source: WMO")))
    if p.chance(0.7):
        forecast()
    if p.chance(0.4):
        question, answer = p.pick(_CLIMATE_BOXES)
        p.add("widget", p.pick(("هل تعلم؟", "معلومة مناخية", "شرح مبسّط")), question, answer)
    if p.chance(0.35):
        p.add("widget", p.pick((f"مؤشر جودة الهواء: {p.rng.randint(30, 180)} {p.pick(('جيد', 'متوسط', 'غير صحي للفئات الحساسة'))}",
                                f"الشروق {p.rng.randint(5, 6)}:{p.rng.randint(0, 59):02d} ص | الغروب {p.rng.randint(5, 7)}:{p.rng.randint(0, 59):02d} م",
                                f"الرطوبة: {p.rng.randint(10, 90)}% | الرياح: {p.rng.randint(5, 45)} كم/س | UV: {p.rng.randint(1, 11)}")))
    if p.chance(0.45):
        share_photo()
    if p.chance(0.5):
        p.add("tags", p.pick(("الوسوم", "كلمات دلالية")),
              *p.rng.sample(("منخفض جوي", "أمطار", "موجة حارة", "تغير المناخ", "السيول", "الطقس", "الغبار", "زلازل", cities[0]), p.rng.randint(2, 4)))
    if p.chance(0.65):
        p.add("ui_text", p.pick(("شارك", "شارك الخبر")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.75):
        p.add("related_list", p.pick(("المزيد من أخبار الطقس", "أخبار ذات صلة", "الأكثر قراءة", "اقرأ أيضاً")))
        for _ in range(p.rng.randint(2, 5)):
            p.add("related_list", _topical_headline(p, wanted))
    _next_topical(p, ("اقرأ التالي", "الخبر التالي", "التالي"), section, 0.55, wanted,
                  between=lambda x: [("source_credit", meteorologist())] if p.chance(0.35) else [],
                  dated=date_of if p.chance(0.8) else None,
                  under=lambda x: [("caption", f"من صور المتابعين في {p.pick(cities)}")] if p.chance(0.2) else [])
    if p.chance(0.45):
        p.add("other", p.pick((f"حمّل تطبيق {site} لتصلك التحذيرات الجوية أولاً بأول", "تابع التوقعات الجوية لحظة بلحظة عبر تطبيقنا")))
        p.add("ui_text", "App Store", "Google Play")
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة لـ {site} © {w.year}")))


_PARLIAMENT_STORY = _topic_story(re.compile(
    r"(?<!\w)(?:البرلمان|برلمان|البرلماني|البرلمانية|برلمانية|برلماني|مجلس النواب|النواب|نواب|مجلس الشورى|الشورى|مجلس الأمة|مجلس الشيوخ"
    r"|الشيوخ|الكونغرس|الكونجرس|الكنيست|مجلس العموم|النائب|نائبة|التشريعية|تشريع|التشريعات|مشروع قانون|قانون|القانون|الدستور|الدستورية"
    r"|دستوري|استجواب|طرح الثقة|حجب الثقة|منح الثقة|ثقة البرلمان|الحكومة الجديدة|اليمين الدستورية)(?!\w)"))
_PARLIAMENTS = (  # name, host, country, term word, member's title, speaker's title, address, phone
    ("مجلس النواب", "parliament.gov.eg", "eg", "الفصل التشريعي الأول", "النائب", "الدكتور علي عبد العال، رئيس المجلس", "شارع مجلس الشعب - القاهرة", "+20 2 2794"),
    ("مجلس الشورى", "shura.gov.sa", "sa", "السنة الثانية من الدورة السابعة", "عضو المجلس", "معالي رئيس مجلس الشورى الشيخ الدكتور عبدالله آل الشيخ",
     "طريق الملك عبدالعزيز - الرياض", "+966 11 481"),
    ("مجلس الأمة", "kna.kw", "kw", "دور الانعقاد العادي الثاني - الفصل التشريعي الخامس عشر", "النائب", "رئيس مجلس الأمة مرزوق علي الغانم", "شارع الخليج العربي - الكويت", "+965 2245"),
    ("مجلس النواب الأردني", "representatives.jo", "jo", "الدورة العادية الثانية لمجلس النواب الثامن عشر", "النائب", "رئيس مجلس النواب المهندس عاطف الطراونة",
     "العبدلي - عمّان", "+962 6 563"),
    ("المجلس الوطني الاتحادي", "almajles.gov.ae", "ae", "دور الانعقاد العادي الثالث من الفصل التشريعي السادس عشر", "سعادة العضو",
     "معالي الدكتورة أمل عبدالله القبيسي، رئيسة المجلس", "كورنيش أبوظبي", "+971 2 619"),
    ("مجلس النواب العراقي", "iq-parliament.iq", "iq", "الفصل التشريعي الثاني - السنة التشريعية الرابعة - الدورة الانتخابية الثالثة", "النائب",
     "رئيس مجلس النواب الدكتور سليم الجبوري", "المنطقة الخضراء - بغداد", "+964 790"),
    ("مجلس النواب اللبناني", "lp.gov.lb", "lb", "العقد العادي الأول", "النائب", "رئيس مجلس النواب نبيه بري", "ساحة النجمة - بيروت", "+961 1 982"),
)
_COUNCIL_OF = (("eg", r"مصر|المصري|السيسي"), ("kw", r"الكويت|كويتي"), ("jo", r"الأردن|الأردني"), ("iq", r"العراق|العراقي|الصدر"),
               ("ae", r"الإمارات|الإماراتي"), ("sa", r"السعودي|الشورى"), ("lb", r"لبنان|اللبناني|الحريري|بري"))
_PARLIAMENT_MENU = ("الرئيسية", "عن المجلس", "الرئيس", "الأعضاء", "اللجان", "الجلسات", "التشريعات", "الرقابة البرلمانية", "المركز الإعلامي",
                    "الدبلوماسية البرلمانية", "المكتبة", "الأسئلة والاقتراحات", "اتصل بنا")
_COMMITTEES = ("لجنة الشؤون الخارجية", "لجنة الشؤون التشريعية والدستورية", "لجنة الشؤون المالية والاقتصادية", "لجنة الدفاع والأمن الوطني",
               "لجنة الشؤون الاجتماعية والعمل", "لجنة التعليم والبحث العلمي", "لجنة حقوق الإنسان", "لجنة الطاقة والبيئة",
               "لجنة الصحة والسكان", "لجنة الشؤون العربية", "لجنة الميزانيات والحساب الختامي")
_MP_NAMES = ("محمد الحسيني", "سلوى العنزي", "عبدالله المري", "هالة أبو علي", "خالد الصالح", "فاطمة الزعابي", "أحمد الشبيلي", "رياض العدساني",
             "منى عبد العاطي", "فيصل الكندري")
_AGENDA = ("التصديق على مضبطة الجلسة السابقة", "الرسائل والأوراق الواردة", "مناقشة تقرير {c} بشأن مشروع قانون", "الأسئلة البرلمانية الموجهة إلى الوزراء",
           "طلب مناقشة عامة مقدم من عدد من الأعضاء", "تقرير {c} عن الاتفاقية الموقعة مع حكومة دولة شقيقة", "ما يستجد من أعمال",
           "انتخاب أعضاء اللجان الدائمة", "مناقشة بيان الحكومة")
_PARL_DOCS = ("تحميل مضبطة الجلسة (PDF)", "جدول الأعمال (PDF)", "تقرير اللجنة (PDF - {n} MB)", "نص مشروع القانون (PDF)", "البيان الختامي",
              "ملخص الجلسة (Word)", "الصور عالية الدقة (ZIP)")


def parliament_news_page(p: Page) -> None:
    """A news item in a parliament's or Shura council's own news centre (Egypt's House of
    Representatives, the Saudi Shura Council, the Kuwaiti National Assembly, the Jordanian House,
    the UAE Federal National Council, the Iraqi Council of Representatives); the main story is a
    parliament, law or government story when the corpus gives one. Inventory: "English", the
    sitemap, "🔴 البث المباشر" and the members' login at the top, the council's name and menu, the
    trail (المركز الإعلامي > الأخبار), the item's kind ("أخبار المجلس", "أخبار اللجان", "بيان
    صحفي"), the session line (the session's number, the term) on about half, the title (none on a
    few pages), the date line (with the Hijri date on Gulf councils' pages), the media department's
    line on some, a caption of the session on about half, the photo-album count on some; between
    paragraphs (none to two) a read-also line, a caption, or the live-broadcast link; after the text
    the agenda box ("جدول أعمال الجلسة" and numbered items) on some, the members who spoke (their
    titles and names) on some, the documents to download, the committees as tags and other tags,
    the live-broadcast and video links, share and print words, more news of the council; on about
    half the pages the next item loaded whole (under "أخبار أخرى", the kind or nothing) with its date
    line on most and its session line now and then, a second one now and then; the newsletter, the
    council's address and phone, footer and copyright."""
    wanted = _PARLIAMENT_STORY
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    home = next((code for code, pattern in _COUNCIL_OF if re.search(pattern, p.main.title)), None)  # the story's own council, if any
    council, host, country, term, member, speaker, address, phone = next(
        (c for c in _PARLIAMENTS if c[2] == home), None) or p.pick([c for c in _PARLIAMENTS if c[2] != "lb"])
    kind = p.pick(("أخبار المجلس", "أخبار المجلس", "أخبار اللجان", "بيان صحفي", "الأخبار"))
    committee = p.pick(_COMMITTEES)
    form = p.rng.randrange(2)
    gulf = country in ("sa", "kw", "ae")

    def date_of(x: When) -> str:
        if gulf and form == 0:
            return f"{_WEEKDAYS[x.weekday]} {_hijri(x)} الموافق {x.day} {_MONTHS_EG[x.month - 1]} {x.year}م"
        if country in ("iq", "lb") or (country == "jo" and form == 0):
            return f"{_WEEKDAYS[x.weekday]}، {x.day} {_MONTHS_LEV[x.month - 1]} {x.year}"
        return (f"{x.day}/{x.month}/{x.year}", f"{_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year}")[form]

    def session() -> str:
        number = p.rng.randint(2, 64)
        return p.pick((f"الجلسة رقم ({number}) - {term}", f"الجلسة العادية ({number}) | {term}", f"{term} - الجلسة {number}"))

    def still() -> str:
        return p.pick(("جانب من الجلسة العامة للمجلس", f"جانب من اجتماع {committee}", f"{speaker.split('،')[0]} خلال ترؤسه الجلسة",
                       "جانب من الجلسة", "أعضاء المجلس خلال التصويت", _title_caption(p)))

    def live() -> None:
        p.add("ui_text", p.pick(("🔴 شاهد البث المباشر للجلسة", "البث المباشر لجلسات المجلس", "شاهد الجلسة كاملة على قناة المجلس في يوتيوب",
                                 "▶ فيديو الجلسة")))

    def agenda() -> None:
        p.add("widget", p.pick(("جدول أعمال الجلسة", "جدول الأعمال", "بنود جدول الأعمال")))
        for number, item in enumerate(p.rng.sample(_AGENDA, p.rng.randint(3, 5)), 1):
            p.add("widget", f"{number}- {item.format(c=p.pick(_COMMITTEES))}")

    def speakers() -> None:
        p.add("widget", p.pick(("الأعضاء المتحدثون", "المتحدثون في الجلسة", "أعضاء ذوو صلة")))
        for name in p.rng.sample(_MP_NAMES, p.rng.randint(2, 4)):
            p.add("widget", p.pick((f"{member} {name}", f"{member} {name} - {p.pick(_COMMITTEES)}", f"{member} {name}، مقرر {p.pick(_COMMITTEES)}")))

    p.add("ui_text", *p.rng.sample(("English", "خريطة الموقع", "🔴 البث المباشر", "دخول الأعضاء", "🔍 بحث"), p.rng.randint(1, 3)))
    p.add("other", council if p.chance(0.5) else p.pick((f"{council} | {host}", f"الموقع الرسمي لـ{council}")))
    _in_order(p, "other", _PARLIAMENT_MENU, p.rng.randint(5, 10))
    if p.chance(0.6):
        p.add("other", p.pick((f"الرئيسية > المركز الإعلامي > {kind}", f"المركز الإعلامي / {kind}", "الرئيسية > الأخبار")))
    if p.chance(0.6):
        p.add("other", kind)
    if p.chance(0.45):
        p.add("other", session())
    if p.chance(0.86):
        p.add("title", p.main.title)
    p.add("dateline", date_of(w))
    if p.chance(0.4):
        p.add("source_credit", p.pick(("المركز الإعلامي", "إدارة الإعلام والعلاقات العامة", f"الأمانة العامة - {council}", "قطاع الإعلام البرلماني")))
    if p.chance(0.35) and gulf:
        p.add("widget", f"عدد القراءات: {p.rng.randint(120, 9000)}")
    if p.chance(0.5):
        p.add("caption", still())
    if p.chance(0.3):
        p.add("widget", p.pick((f"ألبوم الصور ({p.rng.randint(4, 30)})", f"📷 {p.rng.randint(4, 30)} صورة")))
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted, ("اقرأ أيضاً:", "ذو صلة:", "أخبار ذات صلة:")), lambda: p.add("caption", still()), live))
    if p.chance(0.4):
        agenda()
    if p.chance(0.3):
        speakers()
    if p.chance(0.6):
        p.add("ui_text", p.pick(("المرفقات", "الوثائق", "ملفات للتحميل")))
        for doc in p.rng.sample(_PARL_DOCS, p.rng.randint(1, 3)):
            p.add("ui_text", doc.format(n=f"{p.rng.randint(1, 9)}.{p.rng.randint(0, 9)}"))
    if p.chance(0.6):
        p.add("tags", p.pick(("اللجان:", "اللجنة المختصة", "الوسوم")), committee)
        if p.chance(0.6):
            p.add("tags", *p.rng.sample(("الجلسات العامة", "التشريع", "الرقابة البرلمانية", "الدبلوماسية البرلمانية", "الميزانية", "الأسئلة البرلمانية"),
                                        p.rng.randint(1, 3)))
    if p.chance(0.45):
        live()
    if p.chance(0.6):
        p.add("ui_text", *p.rng.sample(("طباعة", "مشاركة", "إرسال لصديق", "تويتر", "فيسبوك", "واتساب"), p.rng.randint(2, 4)))
    if p.chance(0.75):
        p.add("related_list", p.pick(("أخبار ذات صلة", "آخر الأخبار", f"المزيد من {kind}", "أخبار المجلس")))
        for _ in range(p.rng.randint(2, 5)):
            other = p.articles[p.pick([i for i in _topic_pool(wanted) if p.articles[i].title != p.main.title])]
            p.add("related_list", other.title)
            if p.chance(0.3):
                p.add("related_list", date_of(when_of(other.published, p.rng)))
    _next_topical(p, ("أخبار أخرى", "الخبر التالي", "التالي"), kind, 0.5, wanted,
                  between=lambda x: [("other", session())] if p.chance(0.2) else [],
                  dated=date_of if p.chance(0.8) else None,
                  under=lambda x: [("source_credit", "المركز الإعلامي")] if p.chance(0.2) else [])
    if p.chance(0.4):
        p.add("other", p.pick(("اشترك في النشرة الإخبارية للمجلس", "القائمة البريدية")))
        p.add("ui_text", "البريد الإلكتروني", "اشتراك")
    if p.chance(0.5):
        p.add("other", p.pick((f"العنوان: {address}", f"هاتف: {phone} {p.rng.randint(1000, 9999)}")))
    one_per_line(p, "other", ("عن المجلس", "اتصل بنا", "سياسة الخصوصية", "الأسئلة الشائعة", "روابط مهمة"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"جميع الحقوق محفوظة © {council} {w.year}", f"© {w.year} {council}")))


_PROPERTY_WORDS = _topic_story(re.compile(_PREFIXED.format(
    r"عقارات|عقاري|عقارية|سوق العقار|إسكان|مساكن|سكن|شقق|إيجار|إيجارات|مطورين|مطور عقاري|أعمال البناء|قطاع البناء|مواد البناء"
    r"|إنشاءات|مقاولات|أسمنت|تشييد|الرهن العقاري|رهن عقاري|فنادق|العاصمة الإدارية|مدن جديدة|مدينة جديدة|أبراج|نيوم|إكسبو 2020|المدن الذكية|مشروع سكني"
    r"|مشاريع سكنية")), unless=r"مشروع (?:قانون|قرار)|الفلسطيني|المحتلة|الاحتلال|حريق|لاجئ|نازح|إخلاء|الفضاء|صاروخ|ميليشي|الحوثي|سجن|ترامب")
_PROPERTY_ECONOMY = _topic_story(re.compile(_PREFIXED.format(
    r"الفائدة|أسعار الفائدة|التمويل|القروض|مشاريع|مشروعات|السياحة|السياحي|البنية التحتية")),
    unless=r"الذهب|الدولار|النفط|الطاقة|الكهرباء|ترامب|الأسهم|مشروع (?:قانون|قرار)|بيتكوين")


def _property_story(a: SourceArticle) -> bool:
    """A story a property site's news section runs: property, housing, building and projects, or
    the economy desk's rates, loans, projects and prices."""
    return _PROPERTY_WORDS(a) or ("-economy-" in a.id and _PROPERTY_ECONOMY(a))  # both check the text is one story


_PROPERTY_SITES = (  # name, host, currency, districts with their price a square metre
    ("عقار ماب", "aqarmap.com.eg", "جنيه", (("التجمع الخامس", 14500), ("الشيخ زايد", 13200), ("مدينة نصر", 11800), ("المعادي", 16400),
                                            ("6 أكتوبر", 9600), ("العاصمة الإدارية", 12900))),
    ("بيوت", "bayut.sa", "ريال", (("حي الملقا - الرياض", 5200), ("حي النرجس - الرياض", 4300), ("حي الشاطئ - جدة", 6100), ("حي الروضة - جدة", 4800),
                                  ("حي الشاطئ - الدمام", 3900))),
    ("بروبرتي فايندر", "propertyfinder.ae", "درهم", (("دبي مارينا", 13900), ("وسط مدينة دبي", 19800), ("قرية جميرا الدائرية", 8700),
                                                    ("جزيرة الريم - أبوظبي", 12300), ("الخان - الشارقة", 7600))),
    ("أخبار العقارات", "aqarat-news.com", "جنيه", (("القاهرة الجديدة", 13100), ("الساحل الشمالي", 18200), ("العلمين الجديدة", 17500),
                                                  ("حدائق أكتوبر", 8200))),
    ("السوق المفتوح - عقارات", "opensooq.com", "دينار", (("عبدون - عمّان", 1150), ("دابوق - عمّان", 980), ("خلدا - عمّان", 760),
                                                         ("الجبيهة - عمّان", 620))),
)
_PROPERTY_MENU = ("الرئيسية", "للبيع", "للإيجار", "مشاريع جديدة", "أخبار العقارات", "تقارير السوق", "مؤشر الأسعار", "التمويل العقاري",
                  "دليل المطورين", "نصائح", "فيديو", "English")
_PROPERTY_KINDS = ("شقة", "شقة", "فيلا", "تاون هاوس", "دوبلكس", "استوديو", "بنتهاوس")
_DEVELOPERS = ("إعمار", "طلعت مصطفى", "بالم هيلز", "سوديك", "ماونتن فيو", "دار الأركان", "الدار العقارية", "داماك", "نخيل", "روشن")
_AGENTS = ("أحمد سمير", "Rami Khoury", "سارة العتيبي", "محمد فؤاد", "Lina Haddad", "خالد الدوسري", "منى إبراهيم")


def real_estate_portal(p: Page) -> None:
    """A news article of a property portal's news section (Aqarmap, Bayut, Property Finder, a
    property news site, OpenSooq's property pages); the main story is a property, housing,
    building or project story when the corpus gives one. Inventory: "أضف عقارك مجاناً", login and
    the buy / rent switch at the top, the portal's name and menu, the trail, the title (none on a
    few pages), the writer's line and the date line in either order, a caption on some; between
    paragraphs (none to two) a read-also line, a listing card (the kind and place, rooms and area,
    the price, "عرض التفاصيل") or a caption; after the text the price-per-square-metre rows (one
    district a line, with its change) on most, the mortgage calculator (its fields and "احسب") on
    some, featured listing cards on about half, the agent's contact box on some, the "مشاريع
    بالقرب منك" list (project, developer, starting price) on some, tags, share words, more property
    news; on about half the pages the next article loaded whole (under "الخبر التالي", "أخبار
    العقارات" or nothing) with its writer's line on some and its date line on most, a second one
    now and then; the app, footer and copyright."""
    wanted = _property_story
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    site, host, currency, districts = p.pick(_PROPERTY_SITES)
    section = p.pick(("أخبار العقارات", "أخبار العقارات", "تقارير السوق", "مشاريع", "التمويل العقاري"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{_MONTHS_EN[x.month - 1][:3]} {x.day}, {x.year}",
                f"{x.day:02d}-{x.month:02d}-{x.year} {x.hour:02d}:{x.minute:02d}")[form]

    def writer() -> str:
        name = p.pick(("فريق تحرير " + site, "ياسمين عادل", "محمد حسن", "Nour El Din", "ريم الشمري", "هشام عبد الله"))
        return p.pick((name, f"كتب: {name}", f"بقلم {name}"))

    def card() -> None:
        district, per_metre = p.pick(districts)
        kind = p.pick(_PROPERTY_KINDS)
        area = {"استوديو": p.rng.randint(35, 60), "فيلا": p.rng.randint(250, 600), "شقة": p.rng.randint(60, 220)}.get(kind, p.rng.randint(140, 380))
        total = per_metre * area // 1000 * 1000
        deal = p.pick(("للبيع", "للبيع", "للإيجار"))
        p.add("widget", f"{kind} {deal} في {district}")
        rooms = 1 if kind == "استوديو" else min(7, max(1, area // 55))
        p.add("widget", p.pick((f"{rooms} غرف • {max(1, rooms - 1)} حمام • {area} م²", f"{area} م² | {rooms} غرف نوم",
                                f"{rooms} Beds · {max(1, rooms - 1)} Baths · {area * 11:,} sqft")))
        p.add("widget", f"{total:,} {currency}" if deal == "للبيع" else f"{max(1, total // 240):,} {currency} / شهرياً")
        if p.chance(0.5):
            p.add("ui_text", p.pick(("عرض التفاصيل", "اتصل", "واتساب", "View details")))

    def per_metre() -> None:
        p.add("widget", p.pick(("متوسط سعر المتر المربع", f"أسعار المتر في {site}", "مؤشر الأسعار - الربع الحالي", "Price per sq.m")))
        for district, price in p.rng.sample(districts, p.rng.randint(3, len(districts))):
            change = p.rng.uniform(-4, 9)
            p.add("widget", p.pick((f"{district}: {price:,} {currency}/م² {'▲' if change >= 0 else '▼'} {abs(change):.1f}%",
                                    f"{district} | {price:,} {currency} للمتر | {change:+.1f}%")))

    def calculator() -> None:
        p.add("widget", p.pick(("حاسبة التمويل العقاري", "احسب قسطك الشهري", "Mortgage calculator")))
        _in_order(p, "widget", (f"سعر العقار ({currency})", "الدفعة الأولى (%)", "مدة التمويل (سنوات)", "نسبة الفائدة السنوية (%)"),
                  p.rng.randint(2, 4))
        p.add("ui_text", p.pick(("احسب", "احسب الآن", "Calculate")))
        if p.chance(0.4):
            p.add("widget", f"القسط الشهري التقديري: {p.rng.randint(2, 40) * 500:,} {currency}")

    def agent() -> None:
        p.add("other", p.pick(("تواصل مع الوسيط", "للاستفسار تواصل مع", "Contact agent")))
        p.add("other", p.pick((f"{p.pick(_AGENTS)} - وسيط معتمد", f"{p.pick(_AGENTS)}، {p.pick(('شركة الأفق العقارية', 'Better Homes', 'دار المسكن للعقارات'))}")))
        if p.chance(0.5):
            p.add("other", p.pick(("رقم رخصة الوسيط: " + str(p.rng.randint(10000, 99999)), "BRN: " + str(p.rng.randint(10000, 99999)))))
        _in_order(p, "ui_text", ("📞 اتصال", "واتساب", "البريد الإلكتروني"), p.rng.randint(1, 3))

    def projects() -> None:
        p.add("widget", p.pick(("مشاريع بالقرب منك", "مشاريع جديدة", "Projects near you", "أحدث المشاريع")))
        for district, price in p.rng.sample(districts, p.rng.randint(2, 3)):
            developer = p.pick(_DEVELOPERS)
            p.add("widget", p.pick((f"{p.pick(('ريفان', 'ذا كريست', 'الياسمين', 'مراسي', 'بارك فيو', 'ليك فيو'))} - {district}", f"مشروع {developer} في {district}")))
            p.add("widget", p.pick((f"المطور: {developer}", f"يبدأ من {price * 90:,} {currency}", f"التسليم {w.year + p.rng.randint(1, 4)}")))

    def still() -> str:
        district = p.pick(districts)[0]
        return p.pick((f"مشروع سكني قيد الإنشاء في {district}", f"منظر عام لـ{district}", "صورة أرشيفية", _title_caption(p),
                       f"أبراج سكنية في {district} {p.pick(_CREDITS)}"))

    p.add("ui_text", *p.rng.sample(("أضف عقارك مجاناً", "تسجيل الدخول", "للبيع | للإيجار", "English", "🔍 ابحث عن عقار"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _PROPERTY_MENU, p.rng.randint(5, 10))
    if p.chance(0.6):
        p.add("other", p.pick((f"الرئيسية > {section}", section, f"المدونة / {section}")))
    if p.chance(0.86):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.7):
            p.add("source_credit", writer())
    if p.chance(0.3):
        p.add("widget", f"⏱ {p.rng.randint(2, 6)} دقائق قراءة")
    if p.chance(0.4):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted), lambda: _read_also_topical(p, wanted), card, lambda: p.add("caption", still())))
    if p.chance(0.65):
        per_metre()
    if p.chance(0.4):
        calculator()
    if p.chance(0.5):
        p.add("widget", p.pick(("عقارات مميزة", "عقارات قد تهمك", "Featured properties")))
        for _ in range(p.rng.randint(1, 3)):
            card()
    if p.chance(0.35):
        agent()
    if p.chance(0.4):
        projects()
    if p.chance(0.5):
        p.add("tags", p.pick(("الوسوم", "كلمات مفتاحية")),
              *p.rng.sample(("أسعار العقارات", "التمويل العقاري", "الإيجارات", "السوق العقاري", "المطورون", districts[0][0], "شقق للبيع"), p.rng.randint(2, 4)))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "شارك المقال", "Share")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.7):
        p.add("related_list", p.pick(("أخبار عقارية ذات صلة", "اقرأ أيضاً", "الأكثر قراءة في " + section, "مقالات قد تهمك")))
        for _ in range(p.rng.randint(2, 4)):
            p.add("related_list", _topical_headline(p, wanted))
    _next_topical(p, ("الخبر التالي", "المقال التالي", "التالي"), section, 0.55, wanted,
                  between=lambda x: [("source_credit", writer())] if p.chance(0.4) else [],
                  dated=date_of if p.chance(0.75) else None,
                  under=lambda x: [("widget", f"⏱ {p.rng.randint(2, 6)} دقائق قراءة")] if p.chance(0.2) else [])
    if p.chance(0.45):
        p.add("other", p.pick((f"حمّل تطبيق {site} وابحث عن عقارك بسهولة", "اشترك لتصلك أحدث تقارير السوق العقاري")))
        p.add("ui_text", p.pick(("App Store | Google Play", "اشترك")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "أعلن معنا", "الوظائف", "سياسة الخصوصية", "الشروط والأحكام"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة © {w.year} {host}")))


LAYOUTS_HELDOUT17: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (automotive_news_site, weather_climate_portal, parliament_news_page, real_estate_portal)
}


# ---------------------------------------------------------------------- the eighteenth part
# Four more layouts, written after the seventeenth part was written, of site families none of the
# 81 layouts above shows: a defence and military affairs news site's article (ranks and units,
# the weapon's spec box, a "الصناعات الدفاعية" ticker, the exercise's name, the spokesman's post,
# the exercise's video, related weapons pages), an energy and oil industry news site's article
# (price tickers, Brent / WTI rows, OPEC quota tables, rig counts, company stock widgets, glossary
# boxes, report downloads), a governorate's or municipality's own news portal (the governor's
# activities, e-services, complaint hotlines, project status bars, citizen-service boxes, prayer
# times, official photo galleries), and a travel and tourism news site's article (destination
# boxes, flight deals, hotel offers, visa boxes, the destination's weather, a currency converter,
# "خطط لرحلتك"). Not registered in GOLD_FILES until measured once.
def _topical_headlines(p: Page, wanted: Callable[[SourceArticle], bool], n: int) -> list[str]:
    """``n`` different headlines of the site's own kind for a list, not the main story's."""
    titles = sorted({p.articles[i].title for i in _topic_pool(wanted)} - {p.main.title})
    return p.rng.sample(titles, min(n, len(titles)))


_DEFENCE_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"جيش|الجيش|جيوش|عسكري|عسكرية|عسكريين|العسكريين|عسكريا|دفاع|الدفاع|دفاعية|مناورات|مناورة|تدريبات|تمرين|صاروخ|صواريخ|صاروخية|الباليستية"
    r"|أسلحة|سلاح|تسلح|التسلح|مقاتلات|مقاتلة|حاملة|غواصة|غواصات|فرقاطة|البحرية|القوات|القوات المسلحة|الناتو|حلف الأطلسي|شمال الأطلسي"
    r"|البنتاغون|البنتاجون|درون|منظومة|الحرس|رئيس الأركان|الأركان|وزير الدفاع")),
    unless=r"بالسجن|محاكمة|اغتصاب|طلاب|مدرسة|المدارس|كرة|مباراة|محام|الدفاع عن|هيئة الدفاع|الدفاع المدني")
_DEFENCE_SITES = (("الأمن والدفاع العربي", "sdarabia.com"), ("ديفانس عربي", "defense-arab.com"), ("مجلة درع الوطن", "nationshield.ae"),
                  ("الدفاع العربي", "arabdefense.net"), ("منتدى الجيش العربي", "arabic-military.com"), ("أخبار الدفاع والتسليح", "dfnews.info"))
_DEFENCE_MENU = ("الرئيسية", "أخبار عسكرية", "القوات البرية", "القوات الجوية", "القوات البحرية", "الدفاع الجوي", "الصناعات الدفاعية",
                 "صفقات التسليح", "تمارين ومناورات", "تحليلات", "معارض دفاعية", "فيديو", "IDEX 2019")
_WEAPONS = (  # name, kind, rows of its spec box
    ("F-16 Block 70", "مقاتلة متعددة المهام", ("المصنع: Lockheed Martin", "الطاقم: 1", "السرعة القصوى: 2 ماخ", "المدى القتالي: 550 كم",
                                                "التسليح: مدفع M61 عيار 20 ملم + 9 نقاط تعليق", "أول طيران: 1974")),
    ("رافال", "مقاتلة متعددة المهام", ("المصنع: Dassault Aviation", "الطاقم: 1 أو 2", "السرعة القصوى: 1.8 ماخ", "المدى القتالي: 1850 كم",
                                       "نقاط التعليق: 14", "أول طيران: 1986")),
    ("S-400 تريومف", "منظومة دفاع جوي", ("المطور: Almaz-Antey", "المدى الأقصى: 400 كم", "الارتفاع الأقصى: 30 كم", "عدد الأهداف المتزامنة: 36",
                                         "زمن الانتشار: 5 دقائق", "دخلت الخدمة: 2007")),
    ("باتريوت PAC-3", "منظومة دفاع جوي", ("المصنع: Raytheon", "المدى: 70 كم", "الارتفاع الأقصى: 24 كم", "نظام التوجيه: راداري نشط",
                                          "دخلت الخدمة: 1984")),
    ("M1A2 أبرامز", "دبابة قتال رئيسية", ("المصنع: General Dynamics Land Systems", "الوزن: 62 طن", "الطاقم: 4", "المدفع الرئيسي: 120 ملم",
                                         "المحرك: توربيني 1500 حصان", "السرعة القصوى: 67 كم/س")),
    ("ليوبارد 2A7", "دبابة قتال رئيسية", ("المصنع: Krauss-Maffei Wegmann", "الوزن: 67 طن", "الطاقم: 4", "المدفع الرئيسي: 120 ملم",
                                         "السرعة القصوى: 72 كم/س")),
    ("بيرقدار TB2", "طائرة مسيرة", ("المصنع: Baykar", "مدة التحليق: 27 ساعة", "الارتفاع الأقصى: 7600 م", "الحمولة: 150 كغ",
                                    "مدى الاتصال: 150 كم")),
    ("غواصة تايب 209", "غواصة هجومية", ("المصنع: ThyssenKrupp Marine Systems", "الإزاحة: 1400 طن", "الطاقم: 36", "أنابيب الطوربيد: 8",
                                        "العمق الأقصى: 500 م")),
    ("فرقاطة فريم FREMM", "فرقاطة متعددة المهام", ("المصنع: Naval Group", "الإزاحة: 6000 طن", "الطول: 142 م", "السرعة: 27 عقدة",
                                                    "التسليح: صواريخ Aster 15 وExocet MM40")),
    ("هيمارس HIMARS", "راجمة صواريخ", ("المصنع: Lockheed Martin", "المدى: حتى 300 كم", "الطاقم: 3", "السرعة على الطريق: 85 كم/س")),
)
_WEAPON_WORDS = ((r"إف-? ?16|F-16", "F-16"), (r"رافال", "رافال"), (r"إس-? ?400|S-400", "S-400"), (r"باتريوت", "باتريوت"), (r"أبرامز", "M1A2"),
                 (r"ليوبارد", "ليوبارد"), (r"بيرقدار|مسيرة تركية", "بيرقدار"), (r"غواص", "غواصة"), (r"فرقاط", "فرقاطة"), (r"هيمارس|راجمات", "هيمارس"))
_UNITS = ("الفرقة المدرعة الرابعة", "اللواء 77 مشاة ميكانيكي", "قوات الصاعقة", "الكتيبة 101 مظلات", "القوات الخاصة البحرية",
          "سرب المقاتلات الثاني", "لواء الحرس الملكي", "وحدات الدفاع الجوي")
_EXERCISES = ("درع الجزيرة المشترك", "النجم الساطع", "سيف العرب", "الموج الأحمر", "حسم العقبان", "رعد الشمال", "الأسد المتأهب",
              "درع العرب", "خليج البنغال", "Steadfast Defender", "BALTOPS", "الحصن المنيع")
_DEFENCE_TICKER = ("توقيع عقد لتوطين صناعة الذخائر", "تسليم الدفعة الأولى من المدرعات", "اختبار ناجح لصاروخ مضاد للسفن",
                   "افتتاح خط إنتاج جديد للطائرات المسيرة", "الهيئة العامة للصناعات العسكرية تعلن عن شراكات جديدة",
                   "إطلاق برنامج لتطوير الزوارق الاعتراضية", "شركة EDGE تكشف عن منظومة جديدة", "معرض IDEX يستقبل 1200 عارض")
_DEFENCE_SPOKES = (("المتحدث العسكري", "EgyArmySpox"), ("المتحدث باسم وزارة الدفاع", "modgovksa"), ("القيادة المركزية الأمريكية", "CENTCOM"),
                   ("NATO", "NATO"), ("القوات المسلحة الأردنية", "JAFNews"), ("وزارة الدفاع الإماراتية", "modgovae"))
_DEFENCE_WRITERS = ("العميد الركن (م) نزار عبد القادر", "فريق التحرير", "مراسل الموقع", "اللواء (م) محمد قشقوش", "Yusuf Akbaba", "رامي الحلبي",
                    "المقدم (م) خالد العبيدي")


def defence_military_news(p: Page) -> None:
    """A news article on a defence and military affairs news site (Security & Defense Arabia,
    Nation Shield, arab defense portals); the main story is an army, weapons, exercise or defence
    story when the corpus gives one. Inventory: login / search / "English" words at the top on
    most, the site's name and menu, the "الصناعات الدفاعية" ticker (its cue and two to four items)
    on some, the section trail, the title (none on a few pages), the writer's line (a retired
    officer's rank on some) and the date line in either order, the exercise's name line on some,
    a caption (units in an exercise, a weapon, with the army's or agency's credit) on some; between
    paragraphs (none to two) a read-also line, a caption, the official spokesman's embedded post,
    or the exercise's video placeholder; after the text the weapon's spec box (its name and kind,
    then one row a line) on most, the video box ("▶ شاهد: ...", length) on some, the "الأسلحة ذات
    الصلة" list of weapons pages on some, tags, share words, related defence news; on about half the
    pages the next defence story loaded whole (under "الخبر التالي", the section or nothing) with
    its writer's line on some and its date line on most, a second one now and then; the
    newsletter, the footer and copyright."""
    wanted = _DEFENCE_STORY
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    site, host = p.pick(_DEFENCE_SITES)
    section = p.pick(("أخبار عسكرية", "أخبار عسكرية", "صفقات التسليح", "تمارين ومناورات", "الصناعات الدفاعية", "القوات الجوية"))
    named = next((start for pattern, start in _WEAPON_WORDS if re.search(pattern, p.main.title)), None)
    # the story's own weapon when its title names one; else the site's featured weapon, shown as such
    weapon = next((x for x in _WEAPONS if named and x[0].startswith(named)), None) or p.pick(_WEAPONS)
    featured = named is None
    exercise = p.pick(_EXERCISES)
    unit = p.pick(_UNITS)
    drill = bool(re.search(r"تمرين|تمارين|مناور|تدريب", p.main.title))  # the exercise's captions, post and video on its own stories only
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{_WEEKDAYS[x.weekday]}، {x.day:02d}/{x.month:02d}/{x.year} - {x.hour:02d}:{x.minute:02d}",
                f"{_MONTHS_EN[x.month - 1]} {x.day}, {x.year}")[form]

    def writer() -> str:
        name = p.pick(_DEFENCE_WRITERS)
        return p.pick((name, f"بقلم: {name}", f"كتب: {name}", f"{site} - {name}"))

    def still() -> str:
        if not drill:
            return p.pick((_title_caption(p), "صورة أرشيفية", f"{weapon[1]} من طراز {weapon[0]} (أرشيفية)", f"صورة أرشيفية {p.pick(_CREDITS)}"))
        return p.pick((f"عناصر من {unit} خلال التمرين", f"قائد {unit} يتفقد الجاهزية القتالية (الصورة: القوات المسلحة)",
                       f"عناصر من القوات المشاركة في تمرين {exercise}", f"{weapon[1]} من طراز {weapon[0]} (أرشيفية)",
                       f"جانب من تمرين {exercise} (الصورة: وزارة الدفاع)", _title_caption(p), "صورة أرشيفية",
                       f"دبابات خلال مناورات بالذخيرة الحية {p.pick(('(القوات المسلحة)', '(AFP)', '- أرشيفية'))}"))

    def spokesman() -> None:
        name, handle = p.pick(_DEFENCE_SPOKES)
        code = "".join(p.rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
        text = p.pick((f"اختتام فعاليات التدريب المشترك {exercise} بمشاركة عناصر من القوات البرية والجوية والبحرية",
                       "رئيس أركان حرب القوات المسلحة يشهد المرحلة الرئيسية لأحد الأنشطة التدريبية",
                       "Exercise concludes with live-fire drills demonstrating interoperability between allied forces.",
                       f"وصول عناصر القوات المشاركة للمشاركة في التمرين {exercise}")) if drill else p.pick((
            "بيان صادر عن القيادة العامة للقوات المسلحة", "Statement by the Ministry of Defence on today's events.",
            "المتحدث الرسمي: سنوافيكم بالتفاصيل تباعاً", "القوات المسلحة تؤكد جاهزيتها للتعامل مع أي تهديد"))
        p.add("embedded_post", f"{text} pic.twitter.com/{code}")
        p.add("embedded_post", f"— {name} (@{handle}) {_MONTHS_EN[w.month - 1]} {w.day}, {w.year}")

    def video() -> None:
        if drill:
            p.add("widget", p.pick((f"▶ فيديو | جانب من تمرين {exercise}", f"▶ شاهد: {unit} في المرحلة الرئيسية من التمرين", "▶ فيديو: المرحلة الرئيسية للتمرين")))
        else:
            p.add("widget", p.pick((f"▶ فيديو | {weapon[0]} في الخدمة", f"▶ شاهد: {weapon[1]} {weapon[0]}", "▶ فيديو")))
        if p.chance(0.6):
            p.add("widget", p.pick((f"{p.rng.randint(0, 6)}:{p.rng.randint(0, 59):02d}", "مدة الفيديو: " + f"{p.rng.randint(1, 5)}:{p.rng.randint(0, 59):02d}")))

    def spec_box() -> None:
        if featured:
            p.add("widget", p.pick(("سلاح الأسبوع", "من موسوعة الأسلحة", "تعرّف على")), f"{weapon[0]} | {weapon[1]}")
        else:
            p.add("widget", p.pick((f"بطاقة تعريفية: {weapon[0]}", f"{weapon[0]} | {weapon[1]}", "المواصفات الفنية", "Specifications")))
        if p.chance(0.5):
            p.add("widget", f"النوع: {weapon[1]}")
        _in_order(p, "widget", weapon[2], p.rng.randint(3, len(weapon[2])))
        if p.chance(0.4):
            p.add("ui_text", p.pick(("صفحة السلاح الكاملة", "اقرأ المزيد عن " + weapon[0], "عرض الملف")))

    if p.chance(0.8):
        p.add("ui_text", *p.rng.sample(("تسجيل الدخول", "🔍 بحث", "English", "اشترك في المجلة", "النسخة الورقية"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _DEFENCE_MENU, p.rng.randint(5, 10))
    if p.chance(0.35):
        p.add("related_list", p.pick(("الصناعات الدفاعية", "شريط الأخبار", "عاجل")))
        p.add("related_list", *p.rng.sample(_DEFENCE_TICKER, p.rng.randint(2, 4)))
    if p.chance(0.65):
        p.add("other", p.pick((section, f"الرئيسية > {section}", f"الرئيسية / الأخبار / {section}")))
    if p.chance(0.86):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.7):
            p.add("source_credit", writer())
    if p.chance(0.25):
        p.add("widget", p.pick((f"التمرين: {exercise}", f"#{exercise.replace(' ', '_')}")) if drill else f"⏱ {p.rng.randint(2, 6)} دقائق للقراءة")
    if p.chance(0.45):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted), lambda: _read_also_topical(p, wanted), lambda: p.add("caption", still()),
                          spokesman, video))
    if p.chance(0.7):
        spec_box()
    if p.chance(0.3):
        video()
    if p.chance(0.35):
        p.add("related_list", p.pick(("الأسلحة ذات الصلة", "أنظمة تسليح مشابهة", "Related weapons")))
        for other in p.rng.sample([x for x in _WEAPONS if x is not weapon], p.rng.randint(2, 3)):
            p.add("related_list", p.pick((f"{other[0]} - {other[1]}", other[0])))
    if p.chance(0.55):
        p.add("tags", p.pick(("الوسوم:", "كلمات مفتاحية", "Tags")),
              *p.rng.sample((weapon[0], exercise, "صفقات التسليح", "الصناعات الدفاعية", "القوات الجوية", "الدفاع الجوي", section), p.rng.randint(2, 4)))
    if p.chance(0.65):
        p.add("ui_text", p.pick(("شارك", "شارك الخبر", "Share")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.75):
        p.add("related_list", p.pick(("أخبار ذات صلة", "اقرأ أيضاً في " + section, "الأكثر قراءة", "قد يهمك أيضاً")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 4)))
    _next_topical(p, ("الخبر التالي", "التالي", "المقال التالي"), section, 0.45, wanted,
                  between=lambda x: [("source_credit", writer())] if p.chance(0.4) else [],
                  dated=date_of if p.chance(0.75) else None,
                  under=lambda x: [("caption", p.pick(("صورة أرشيفية", f"صورة أرشيفية {p.pick(_CREDITS)}", "(أرشيفية)")))] if p.chance(0.2) else [])
    if p.chance(0.4):
        p.add("other", p.pick(("اشترك في النشرة البريدية لتصلك أخبار الدفاع والتسليح", f"تابعوا {site} على تيليجرام")))
        p.add("ui_text", p.pick(("اشترك", "انضم الآن")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "هيئة التحرير"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة © {host} {w.year}")))


_ENERGY_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"نفط|النفط|نفطية|النفطية|أوبك|خام|الخام|برنت|غاز|الغاز|الطاقة|للطاقة|بالطاقة|كهرباء|الكهرباء|وقود|بنزين|أرامكو|برميل|براميل|المصافي|مصفاة"
    r"|الطاقة المتجددة|أدنوك|شيفرون|إكسون|توتال|روسنفت|غازبروم|سوناطراك|الفحم|ليثيوم")),
    unless=r"المسيل|الكيماوي|كيماوي|السارين|الأعصاب|غازات سامة|الخانق|صدمات|الذرية|النووي|النووية")
_ENERGY_SITES = (("الطاقة", "attaqa.net"), ("أويل برايس عربي", "oilprice-ar.com"), ("عالم الطاقة", "energyworld-ar.com"),
                 ("منصة النفط والغاز", "oilgas.news"), ("أرقام - الطاقة", "argaam.com/ar/energy"))
_ENERGY_MENU = ("الرئيسية", "النفط", "الغاز", "الكهرباء", "الطاقة المتجددة", "أوبك+", "الأسعار", "تقارير", "وحدة أبحاث الطاقة",
                "شركات", "مقالات الرأي", "Energy Glossary")
_OPEC = (("السعودية", 10058, 10311), ("العراق", 4351, 4461), ("الإمارات", 3073, 3168), ("الكويت", 2724, 2809), ("إيران", 3797, 3813),
         ("الجزائر", 1039, 1057), ("ليبيا", None, 1000), ("نيجيريا", None, 1700), ("روسيا", 11191, 11421))
_ENERGY_STOCKS = (("أرامكو السعودية", "2222", 35.2), ("ExxonMobil", "XOM", 81.4), ("Chevron", "CVX", 124.6), ("Shell", "RDS.A", 68.9),
                  ("أدنوك للتوزيع", "ADNOCDIST", 2.45), ("TotalEnergies", "TTE", 61.3), ("BP", "BP", 44.1), ("بترو رابغ", "2380", 20.6))
_ENERGY_GLOSSARY = (("برنت", "خام القياس المستخرج من بحر الشمال، ويستخدم لتسعير نحو ثلثي النفط المتداول عالمياً."),
                    ("غرب تكساس الوسيط (WTI)", "خام أميركي خفيف منخفض الكبريت، وهو المرجع الرئيسي للأسعار في الولايات المتحدة."),
                    ("أوبك+", "تحالف يضم الدول الأعضاء في منظمة أوبك ومنتجين من خارجها بقيادة روسيا."),
                    ("الغاز الطبيعي المسال (LNG)", "غاز طبيعي جرى تبريده إلى نحو 162 درجة مئوية تحت الصفر ليسهل نقله بالناقلات."),
                    ("عدد الحفارات", "مؤشر أسبوعي تصدره بيكر هيوز لعدد منصات الحفر العاملة، ويعد مؤشراً على الإنتاج المستقبلي."))
_ENERGY_WRITERS = ("أنس الحجي", "وحدة أبحاث الطاقة", "أحمد بدر", "نوار صبح", "Rania Saleh", "محمد عبد السند", "فريق التحرير")


def energy_oil_news(p: Page) -> None:
    """A news article on an energy and oil industry news site (Attaqa, OilPrice Arabic, Argaam's
    energy desk); the main story is an oil, gas, power or energy story when the corpus gives one.
    Inventory: the price ticker at the top (Brent, WTI, natural gas, one a line, with the change)
    on most, login / search / "English" words, the site's name and menu, the section trail, the
    title (none on a few pages), the writer's line and the date line in either order, the reading
    time on some, a caption (a field, a refinery, a tanker, with its credit) on some; between
    paragraphs (none to two) a read-also line, a caption, the Brent / WTI rows, or a company's
    stock widget; after the text the "أسعار النفط اليوم" rows on most, the OPEC+ quota table (a
    header then one country a line: quota and output) on some, the rig count on some, company
    stock widgets on some, the glossary box (a term and its definition) on some, the report
    download lines on some, tags, share words, related energy news; on about half the pages the
    next energy story loaded whole (under "الخبر التالي", the section or nothing) with its writer's
    line on some and its date line on most, a second one now and then; the newsletter, footer and
    copyright."""
    wanted = _ENERGY_STORY
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    site, host = p.pick(_ENERGY_SITES)
    section = p.pick(("النفط", "النفط", "الغاز", "الكهرباء", "الطاقة المتجددة", "أوبك+"))
    brent = round(p.rng.uniform(48, 86), 2)
    wti = round(brent - p.rng.uniform(3, 9), 2)
    moves = {name: p.rng.uniform(-3.5, 3.5) for name in ("brent", "wti")}
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d}",
                f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{x.day:02d}/{x.month:02d}/{x.year}")[form]

    def writer() -> str:
        name = p.pick(_ENERGY_WRITERS)
        return p.pick((name, f"{site} - {name}", f"بقلم: {name}", f"إعداد: {name}"))

    def change(name: str = "") -> str:
        c = moves.get(name, p.rng.uniform(-3.5, 3.5))
        return f"{'▲' if c >= 0 else '▼'} {abs(c):.2f}%"

    def ticker() -> None:
        rows = (f"برنت {brent} {change('brent')}", f"WTI {wti} {change('wti')}", f"الغاز الطبيعي {p.rng.uniform(2.1, 4.4):.2f} {change()}",
                f"خام دبي {brent - p.rng.uniform(0.5, 2.5):.2f} {change()}", f"سلة أوبك {brent - p.rng.uniform(0.2, 1.8):.2f} {change()}")
        _in_order(p, "widget", rows, p.rng.randint(2, len(rows)))

    def prices() -> None:
        p.add("widget", p.pick(("أسعار النفط اليوم", "أسعار الخامات", "Oil prices", f"الأسعار - {w.day} {_MONTHS_EG[w.month - 1]}")))
        p.add("widget", p.pick((f"خام برنت: {brent} دولاراً للبرميل {change('brent')}", f"Brent | {brent} $ | {change('brent')}")))
        p.add("widget", p.pick((f"خام غرب تكساس (WTI): {wti} دولاراً للبرميل {change('wti')}", f"WTI | {wti} $ | {change('wti')}")))
        if p.chance(0.4):
            p.add("widget", f"آخر تحديث: {p.rng.randint(1, 11)}:{p.rng.randint(0, 59):02d} {p.pick(('ص', 'م'))} بتوقيت غرينتش")

    def opec() -> None:
        p.add("widget", p.pick(("حصص إنتاج أوبك+ (ألف برميل يومياً)", "جدول حصص تحالف أوبك+", "OPEC+ production quotas (kb/d)")))
        if p.chance(0.6):
            p.add("widget", p.pick(("الدولة | الحصة | الإنتاج الفعلي", "الدولة - المستوى المطلوب - إنتاج الشهر الماضي")))
        for country, quota, output in p.rng.sample(_OPEC, p.rng.randint(3, 6)):
            made = output + p.rng.randint(-90, 60)
            p.add("widget", f"{country} | {quota:,} | {made:,}" if quota else f"{country} | معفاة | {made:,}")
        if p.chance(0.4):
            p.add("widget", p.pick(("المصدر: مسح وحدة أبحاث الطاقة", "المصدر: أوبك - التقرير الشهري", "Source: OPEC MOMR")))

    def rigs() -> None:
        count = p.rng.randint(680, 1080)
        delta = p.rng.randint(-12, 12)
        p.add("widget", p.pick(("عدد الحفارات - بيكر هيوز", "Baker Hughes Rig Count", "عدد منصات الحفر النفطية في الولايات المتحدة")))
        p.add("widget", p.pick((f"الولايات المتحدة: {count} حفارة ({delta:+d})", f"US oil rigs: {count} ({delta:+d})")))
        if p.chance(0.5):
            p.add("widget", f"الشرق الأوسط: {p.rng.randint(280, 340)} حفارة")

    def stock() -> None:
        name, code, price = p.pick(_ENERGY_STOCKS)
        p.add("widget", p.pick((f"{name} ({code})", f"{code} - {name}")))
        p.add("widget", f"{price * p.rng.uniform(0.9, 1.1):.2f} {change()}")
        if p.chance(0.4):
            p.add("ui_text", p.pick(("عرض السهم", "تفاصيل السهم", "More")))

    def still() -> str:
        return p.pick((f"منصة نفطية في {p.pick(('بحر الشمال', 'خليج المكسيك', 'الخليج العربي'))} {p.pick(_CREDITS)}", "مصفاة لتكرير النفط (أرشيفية)",
                       f"ناقلة نفط {p.pick(_CREDITS)}", "حقل نفط - صورة أرشيفية", "ألواح للطاقة الشمسية", _title_caption(p)))

    if p.chance(0.75):
        ticker()
    if p.chance(0.6):
        p.add("ui_text", *p.rng.sample(("تسجيل الدخول", "اشترك", "English", "🔍 بحث"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _ENERGY_MENU, p.rng.randint(5, 10))
    if p.chance(0.6):
        p.add("other", p.pick((section, f"الرئيسية > {section}", f"الرئيسية / الأخبار / {section}")))
    if p.chance(0.86):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.7):
            p.add("source_credit", writer())
    if p.chance(0.3):
        p.add("widget", f"⏱ {p.rng.randint(2, 7)} دقائق للقراءة")
    if p.chance(0.4):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted), lambda: _read_also_topical(p, wanted), lambda: p.add("caption", still()),
                          prices, stock))
    if p.chance(0.6):
        prices()
    if p.chance(0.35):
        opec()
    if p.chance(0.25):
        rigs()
    if p.chance(0.3):
        stock()
    if p.chance(0.3):
        term, meaning = p.pick(_ENERGY_GLOSSARY)
        p.add("widget", p.pick(("قاموس الطاقة", "مصطلح", "Energy Glossary")), term, meaning)
    if p.chance(0.3):
        p.add("ui_text", p.pick(("حمّل التقرير كاملاً (PDF)", f"تحميل تقرير سوق النفط الشهري - {_MONTHS_EG[w.month - 1]} {w.year} (PDF)",
                                 "Download the full report", f"التقرير السنوي لوحدة أبحاث الطاقة ({p.rng.randint(2, 9)} ميغابايت)")))
    if p.chance(0.5):
        p.add("tags", p.pick(("الوسوم", "كلمات مفتاحية", "Tags")),
              *p.rng.sample(("أسعار النفط", "أوبك+", "خام برنت", "الغاز الطبيعي", "الطاقة المتجددة", "أرامكو", section), p.rng.randint(2, 4)))
    if p.chance(0.65):
        p.add("ui_text", p.pick(("شارك", "شارك الخبر")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.75):
        p.add("related_list", p.pick(("أخبار ذات صلة", "الأكثر قراءة", "اقرأ أيضاً في " + section, "تقارير الطاقة")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 4)))
    _next_topical(p, ("الخبر التالي", "التالي", "المقال التالي"), section, 0.45, wanted,
                  between=lambda x: [("source_credit", writer())] if p.chance(0.4) else [],
                  dated=date_of if p.chance(0.75) else None,
                  under=lambda x: [("caption", p.pick(("صورة أرشيفية", f"صورة أرشيفية {p.pick(_CREDITS)}", "(أرشيفية)")))] if p.chance(0.2) else [])
    if p.chance(0.45):
        p.add("other", p.pick(("اشترك في النشرة اليومية لأسعار النفط والغاز", f"حمّل تطبيق {site} لمتابعة الأسعار لحظة بلحظة")))
        p.add("ui_text", p.pick(("اشترك", "App Store | Google Play")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة لـ {host} © {w.year}")))


_MUNICIPAL_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"محافظ|المحافظ|محافظة|بلدية|البلدية|بلديات|أمانة منطقة|أمانة عمان|أمانة عمّان|مجلس المدينة|مياه|الصرف الصحي|تحلية|جسر|مشروعات|المشروعات"
    r"|النظافة|إسكان|الإسكان|البنية التحتية|حديقة|المترو|الخبز|الطرق|شوارع|الشوارع"
    r"|مستشفى|افتتاح|يفتتح|يدشن|تدشين|المرور|الكهرباء|المدارس")),
    unless=r"ترامب|ترمب|بوتين|الأمم المتحدة|مجلس الأمن|نتنياهو|الانتخابات|الحوثي|ميليشيا|التحالف|داعش|الجيش|عسكري|قانون|مشروع قرار|صاروخ|أسير|ناسا|مصرف|البنك|تحرير|الشرعية|معركة|حوثي|إغاثي|شرطة|قاصرين|نتانياهو|انهيار|سقوط|اقتحام|يحرق|متظاهر|مظاهرة|مساعدات|سلة|حكومة جديدة|مسلسل|فرح|المركزي|لافتة|لافتات|فيلم|سينما|مونديال|المنتخب|حربية|النفط|الشورى")
_MUNICIPAL_HOME = re.compile(r"السعودية|السعودي|مصر|المصري|جدة|الرياض|أبوظبي|دبي|الكويت|الإمارات|عمان|عمّان|الأردن|الجيزة|البحرين|سقطرى"
                             r"|تونس|السيسي|الإسكندرية|القاهرة|مسقط|الجزائر|غزة")


def _municipal_story(a: SourceArticle) -> bool:
    """A local services, works or city-hall story of an Arab country (the corpus has few)."""
    return _MUNICIPAL_STORY(a) and bool(_MUNICIPAL_HOME.search(a.title))
_GOVERNORATES = (  # portal, host, the governor's title and name, districts, hotline, city for prayer times
    ("بوابة محافظة الجيزة", "giza.gov.eg", "اللواء أحمد راشد، محافظ الجيزة", ("الدقي", "العجوزة", "الهرم", "أكتوبر", "إمبابة"), "114", "الجيزة"),
    ("محافظة الإسكندرية", "alexandria.gov.eg", "الدكتور عبد العزيز قنصوة، محافظ الإسكندرية", ("المنتزه", "سيدي جابر", "العجمي", "برج العرب"), "114", "الإسكندرية"),
    ("أمانة منطقة الرياض", "alriyadh.gov.sa", "المهندس طارق الفارس، أمين منطقة الرياض", ("العليا", "الملز", "النسيم", "الشفا", "العريجاء"), "940", "الرياض"),
    ("أمانة عمّان الكبرى", "ammancity.gov.jo", "الدكتور يوسف الشواربة، أمين عمّان", ("ماركا", "طارق", "اليرموك", "بدر", "زهران"), "06 4636000", "عمّان"),
    ("بلدية الكويت", "baladia.gov.kw", "المهندس أحمد المنفوحي، مدير عام البلدية", ("العاصمة", "حولي", "الفروانية", "الأحمدي", "الجهراء"), "139", "الكويت"),
    ("محافظة مسقط", "muscat.gov.om", "سعادة السيد محافظ مسقط", ("مطرح", "بوشر", "السيب", "العامرات", "قريات"), "1111", "مسقط"),
    ("ولاية الجزائر - Wilaya d'Alger", "wilaya-alger.dz", "السيد والي ولاية الجزائر", ("باب الوادي", "حسين داي", "بئر مراد رايس", "الدار البيضاء"), "1548", "الجزائر"),
)
_MUNICIPAL_OF = ((".sa", r"السعودي|جدة|الرياض|مكة"), (".eg", r"مصر|المصري|السيسي|الجيزة|الإسكندرية|أسيوط"), (".kw", r"الكويت"),
                 (".om", r"عمان|مسقط|سلطنة"), (".jo", r"الأردن|عمّان"), (".dz", r"الجزائر"))
_MUNICIPAL_MENU = ("الرئيسية", "عن المحافظة", "المحافظ", "الأخبار", "الخدمات الإلكترونية", "المشروعات", "الاستثمار", "المراكز والمدن",
                   "دليل الخدمات", "الشكاوى والمقترحات", "البيانات المفتوحة", "المعرض", "اتصل بنا")
_E_SERVICES = ("استخراج رخصة بناء", "تجديد رخصة محل تجاري", "سداد المخالفات", "طلب توصيل المرافق", "الاستعلام عن طلب", "حجز موعد",
               "تصاريح الحفر", "شهادة صلاحية موقع", "بلاغ عن إشغال طريق")
_MUNICIPAL_PROJECTS = ("تطوير كورنيش المدينة", "رصف وإنارة الطرق الداخلية", "محطة معالجة الصرف الصحي", "إنشاء حديقة عامة", "توسعة المدخل الشمالي",
                       "إحلال شبكة مياه الشرب", "سوق حضاري جديد", "مجمع خدمات حكومية", "جسر المشاة على الطريق الدائري")


def _next_of_pool(p: Page, cues: tuple[str, ...], section: str, chance: float, wanted: Callable[[SourceArticle], bool],
                  **story: Callable[[When], object]) -> None:
    """``_next_stories`` for a site whose own kind of story is rare in the corpus: each whole
    article is one of them, picked by the page's seed (not the main one, nor twice)."""
    plain = p.draw
    shown = {p.main.id}

    def draw() -> SourceArticle:
        other = p.articles[p.pick([i for i in _topic_pool(wanted) if i not in shown])]
        shown.add(other.id)
        return other

    p.draw = draw
    _next_stories(p, cues, section, chance, **story)
    p.draw = plain


def municipal_governorate_portal(p: Page) -> None:
    """A news item on a governorate's or municipality's own portal (Giza, Alexandria, Riyadh
    Municipality, Greater Amman, Kuwait Municipality, Muscat, the Wilaya of Algiers); the main story
    is a services, projects, roads, water or local story when the corpus gives one. Inventory: the
    date and the prayer times strip at the top on some, "English" / "Français", accessibility and
    login words, the portal's name and menu, the trail (الرئيسية > المركز الإعلامي > الأخبار), the
    "نشاطات المحافظ" label on some, the title (none on a few pages), the date line, the media
    office's line on some, a caption of the governor's visit on about half, the photo-gallery count
    on some; between paragraphs (none to two) a read-also line, a caption, or the complaint
    hotline line; after the text the official photo gallery ("ألبوم الصور", a count, captions) on
    some, the project status bars (the project, its percentage) on some, the e-services box (links
    one a line) on most, the complaints box (hotline, WhatsApp, the app) on some, the citizen
    service box (hours, address) on some, the visits counter and "آخر تحديث" on some, share and
    print words, more news of the portal; on about half the pages the next item loaded whole
    (under "أخبار أخرى", "نشاطات المحافظ" or nothing) with its date line on most, a second one now
    and then; the portal's address, the satisfaction poll, footer and copyright."""
    wanted = _municipal_story
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    home = next((suffix for suffix, pattern in _MUNICIPAL_OF if re.search(pattern, p.main.title)), None)
    portal, host, governor, districts, hotline, city = p.pick([g for g in _GOVERNORATES if home and g[1].endswith(home)] or _GOVERNORATES)
    his = home is not None and bool(re.search(r"محافظ|بلدية|أمانة|يفتتح|افتتاح|يدشن|تدشين", p.main.title))  # the portal's own event
    section = p.pick(("أخبار المحافظة", "نشاطات المحافظ", "الأخبار", "المركز الإعلامي", "أخبار المراكز والأحياء"))
    gulf = host.endswith((".sa", ".kw", ".om"))
    form = p.rng.randrange(2)

    def date_of(x: When) -> str:
        if gulf and form == 0:
            return f"{_WEEKDAYS[x.weekday]} {_hijri(x)} الموافق {x.day} {_MONTHS_EG[x.month - 1]} {x.year}م"
        if host.endswith(".jo") and form == 0:
            return f"{_WEEKDAYS[x.weekday]}، {x.day} {_MONTHS_LEV[x.month - 1]} {x.year}"
        return (f"{x.day}/{x.month}/{x.year}", f"{_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year}")[form]

    def office() -> str:
        return p.pick(("المكتب الإعلامي", f"إدارة الإعلام والعلاقات العامة - {portal}", "المركز الإعلامي", f"كتب: {p.pick(('أحمد فؤاد', 'سارة الحربي', 'محمد العتوم', 'هدى سليمان'))}"))

    def still() -> str:
        name = governor.split("،")[0]
        if not his:
            return p.pick(("صورة أرشيفية", _title_caption(p, ("(المكتب الإعلامي)", "- رويترز", "(أ ف ب)")), "صورة تعبيرية"))
        return p.pick((f"{name} خلال جولته التفقدية في {p.pick(districts)}", f"جانب من زيارة {name} لمشروع {p.pick(_MUNICIPAL_PROJECTS)}",
                       f"جانب من الاجتماع برئاسة {name}", "جانب من الجولة الميدانية", _title_caption(p, ("(المكتب الإعلامي)", "(أرشيف)", "- صورة أرشيفية"))))

    def complaints() -> None:
        p.add("other", p.pick(("لتلقي الشكاوى والبلاغات", "منظومة الشكاوى الحكومية", "مركز البلاغات - على مدار الساعة", "خدمة المواطنين")))
        _in_order(p, "other", (f"الخط الساخن: {hotline}", f"واتساب: {p.pick(('01', '05', '07'))}{p.rng.randint(10000000, 99999999)}",
                               f"البريد الإلكتروني: info@{host}", "تطبيق " + portal.split(" - ")[0]), p.rng.randint(1, 3))

    def prayer() -> None:
        p.add("widget", p.pick((f"مواقيت الصلاة - {city}", "أوقات الصلاة", f"مواقيت الصلاة في {city}")))
        times = (("الفجر", 4, 5), ("الظهر", 11, 12), ("العصر", 3, 3), ("المغرب", 5, 7), ("العشاء", 7, 8))
        rows = [f"{name} {p.rng.randint(lo, hi)}:{p.rng.randint(0, 59):02d}" for name, lo, hi in times]
        if p.chance(0.5):
            p.add("widget", " | ".join(rows))
        else:
            p.add("widget", *rows)

    def status() -> None:
        p.add("widget", p.pick(("موقف المشروعات", "نسب الإنجاز في المشروعات", "متابعة تنفيذ المشاريع", "المشروعات الجارية")))
        for project in p.rng.sample(_MUNICIPAL_PROJECTS, p.rng.randint(2, 4)):
            done = p.rng.randint(15, 100)
            p.add("widget", p.pick((f"{project} - {p.pick(districts)}: {done}%", f"{project} ▓▓▓▓▓░░░ {done}%",
                                    f"{project} | نسبة الإنجاز {done}% | {'منتهي' if done == 100 else 'قيد التنفيذ'}")))

    def services() -> None:
        p.add("other", p.pick(("الخدمات الإلكترونية", "خدمات المواطنين", "الخدمات الأكثر طلباً", "E-Services")))
        _in_order(p, "other", _E_SERVICES, p.rng.randint(3, 6))
        if p.chance(0.4):
            p.add("ui_text", p.pick(("جميع الخدمات", "دليل الخدمات", "ابدأ الخدمة")))

    def gallery() -> None:
        p.add("widget", p.pick((f"ألبوم الصور ({p.rng.randint(6, 40)} صورة)", f"معرض الصور - {p.rng.randint(6, 40)} صورة", "الصور")))
        for _ in range(p.rng.randint(1, 3)):
            p.add("caption", still())
        if p.chance(0.5):
            p.add("ui_text", p.pick(("عرض الألبوم كاملاً", "تحميل الصور", "المزيد من الصور")))

    if p.chance(0.45):
        p.add("widget", date_of(w) if p.chance(0.5) else f"{_WEEKDAYS[w.weekday]} {w.day} {_MONTHS_EG[w.month - 1]} {w.year}")
    if p.chance(0.3):
        prayer()
    p.add("ui_text", *p.rng.sample(("Français" if host.endswith(".dz") else "English", "تسجيل الدخول", "A+ A-", "🔍 بحث",
                                   "إمكانية الوصول"), p.rng.randint(1, 3)))
    p.add("other", portal if p.chance(0.5) else p.pick((f"{portal} | {host}", f"البوابة الإلكترونية لـ{portal}")))
    _in_order(p, "other", _MUNICIPAL_MENU, p.rng.randint(5, 10))
    if p.chance(0.6):
        p.add("other", p.pick((f"الرئيسية > المركز الإعلامي > {section}", f"المركز الإعلامي / {section}", "الرئيسية > الأخبار")))
    if p.chance(0.86):
        p.add("title", p.main.title)
    p.add("dateline", date_of(w))
    if p.chance(0.4):
        p.add("source_credit", office())
    if p.chance(0.25):
        p.add("widget", p.pick((f"👁 {p.rng.randint(40, 4000)} مشاهدة", f"📷 {p.rng.randint(4, 30)} صورة")))
    if p.chance(0.45):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted, ("اقرأ أيضاً:", "اقرأ أيضا:", "ذات صلة:")), lambda: p.add("caption", still()),
                          lambda: p.add("other", p.pick((f"للشكاوى والاستفسارات اتصل على الخط الساخن {hotline}",
                                                         f"📞 الخط الساخن {hotline}")))))
    if his and p.chance(0.5):
        gallery()
    if p.chance(0.35):
        status()
    if p.chance(0.6):
        services()
    if p.chance(0.4):
        complaints()
    if p.chance(0.25):
        p.add("other", p.pick(("مركز خدمة المواطنين", "ساعات العمل")), p.pick(("من الأحد إلى الخميس 8:00 ص - 3:00 م", "يومياً عدا الجمعة من 8 صباحاً حتى 2 ظهراً")))
    if p.chance(0.3):
        p.add("widget", p.pick((f"عدد الزيارات: {p.rng.randint(200, 90000):,}", f"آخر تحديث: {w.day}/{w.month}/{w.year}")))
    if p.chance(0.6):
        p.add("ui_text", *p.rng.sample(("طباعة", "مشاركة", "فيسبوك", "تويتر", "واتساب", "إرسال لصديق"), p.rng.randint(2, 4)))
    if p.chance(0.75):
        p.add("related_list", p.pick(("أخبار أخرى", "آخر الأخبار", "نشاطات المحافظ", "أخبار ذات صلة")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 4)))
    _next_of_pool(p, ("أخبار أخرى", "الخبر التالي", "التالي"), section, 0.45, wanted,
                  dated=date_of if p.chance(0.8) else None,
                  under=lambda x: [("source_credit", office())] if p.chance(0.25) else [])
    if p.chance(0.3):
        p.add("widget", p.pick(("ما مدى رضاك عن خدمات البوابة؟", "هل كانت هذه الصفحة مفيدة؟")))
        p.add("ui_text", p.pick(("نعم | لا", "راضٍ جداً | راضٍ | غير راضٍ", "تصويت")))
    if p.chance(0.5):
        p.add("other", p.pick((f"العنوان: ديوان عام {portal.split(' - ')[0]}", f"للتواصل: {hotline}", f"البريد: info@{host}")))
    one_per_line(p, "other", ("خريطة الموقع", "سياسة الخصوصية", "شروط الاستخدام", "الأسئلة الشائعة", "اتصل بنا"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {portal}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة © {w.year} - {host}")))


_TRAVEL_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"سياحة|السياحة|سياحي|سياحية|السياحية|سياح|السياح|سائح|سائحين|فندق|فنادق|الفنادق|طيران|الطيران|رحلات|رحلة|مطار|المطار|مطارات"
    r"|تأشيرة|تأشيرات|التأشيرة|فيزا|الخطوط الجوية|متحف|المتحف|آثار|الآثار|أثري|أثرية|شواطئ|الشواطئ|منتجع|منتجعات|زوار|الزوار"
    r"|الحج|العمرة|المعتمرين|مسافرين|المسافرين|السفر|سفر|جوازات|الإمارات للطيران|القطرية|الاتحاد للطيران|مصر للطيران|رايان")),
    unless=r"تحطم|سقوط|إسقاط|خطف|اختطاف|حظر السفر|منع من السفر|ترحيل|لاجئ|مهاجر|الحوثي|الحديدة|معركة|تحرير|المقاومة|الجيش|عسكري|ميليشيا")
_TRAVEL_SITES = (("سائح", "sae7.com"), ("المسافرون العرب", "arabtravelers.com"), ("رحلات وسفر", "travel-news.ae"), ("سفر نيوز", "safarnews.net"),
                 ("ترافل يالا", "travelyalla.com"), ("عالم السياحة", "tourismworld-ar.com"))
_TRAVEL_MENU = ("الرئيسية", "أخبار السفر", "وجهات", "طيران", "فنادق ومنتجعات", "عروض السفر", "تأشيرات", "نصائح السفر", "سياحة حلال",
                "رحلات شهر العسل", "فيديو", "خطط لرحلتك")
_DESTINATIONS = (  # place, language, GMT offset, country, currency code, currency, rate for one US dollar, flight hours from Dubai, visa line, best season
    ("إسطنبول", "التركية", "+3", "تركيا", "TRY", "ليرة تركية", 4.7, "4 ساعات و35 دقيقة", "تأشيرة إلكترونية e-Visa لمعظم الجنسيات العربية", "أبريل - يونيو"),
    ("جورجيا - تبليسي", "الجورجية", "+4", "جورجيا", "GEL", "لاري جورجي", 2.5, "3 ساعات", "دخول بدون تأشيرة لمواطني دول الخليج لمدة عام", "مايو - سبتمبر"),
    ("باكو", "الأذرية", "+4", "أذربيجان", "AZN", "مانات أذربيجاني", 1.7, "3 ساعات", "تأشيرة إلكترونية ASAN Visa خلال 3 أيام عمل", "أبريل - أكتوبر"),
    ("ماليزيا - كوالالمبور", "الملايوية", "+8", "ماليزيا", "MYR", "رينغيت ماليزي", 4.0, "7 ساعات و10 دقائق", "دخول بدون تأشيرة لمعظم الدول العربية لمدة 90 يوماً", "مارس - أكتوبر"),
    ("شرم الشيخ", "العربية", "+2", "مصر", "EGP", "جنيه مصري", 17.8, "3 ساعات و20 دقيقة", "تأشيرة عند الوصول 25 دولاراً", "أكتوبر - أبريل"),
    ("باريس", "الفرنسية", "+1", "فرنسا", "EUR", "يورو", 0.86, "7 ساعات و25 دقيقة", "تأشيرة شنغن - يُقدَّم الطلب قبل 15 يوماً على الأقل", "Avril - Juin"),
    ("بالي", "الإندونيسية", "+8", "إندونيسيا", "IDR", "روبية إندونيسية", 14200, "9 ساعات", "تأشيرة عند الوصول VOA لمدة 30 يوماً", "أبريل - أكتوبر"),
    ("صلالة", "العربية", "+4", "سلطنة عمان", "OMR", "ريال عماني", 0.385, "ساعتان", "تأشيرة إلكترونية عبر بوابة شرطة عمان السلطانية", "يونيو - سبتمبر (الخريف)"),
    ("مراكش", "العربية والأمازيغية", "+1", "المغرب", "MAD", "درهم مغربي", 9.4, "8 ساعات", "دخول بدون تأشيرة لمواطني عدد من الدول العربية", "Mars - Mai"),
    ("العلا", "العربية", "+3", "السعودية", "SAR", "ريال سعودي", 3.75, "ساعتان و30 دقيقة", "التأشيرة السياحية الإلكترونية متاحة لـ49 دولة", "أكتوبر - مارس"),
)
_AIRLINES = ("طيران الإمارات", "فلاي دبي", "القطرية", "الاتحاد للطيران", "العربية للطيران", "طيران ناس", "مصر للطيران", "Pegasus", "الخطوط التركية")
_HOTELS = ("فندق هيلتون", "منتجع ريكسوس", "فندق ماريوت", "فندق موفنبيك", "منتجع شيراتون", "فندق كمبينسكي", "فندق روتانا", "منتجع جميرا")
_TRAVEL_WRITERS = ("فريق التحرير", "لمى عيسى", "هبة الشامي", "Omar Khalil", "نادر التميمي", "ريم المطيري", "سلمى عبد الرحمن")


def travel_tourism_news(p: Page) -> None:
    """A news article on a travel and tourism news site (Sae7, Arab Travelers, travel desks in the
    Gulf); the main story is a travel, airline, hotel, visa, museum or tourism story when the
    corpus gives one. Inventory: login / currency / language words at the top on most, the site's
    name and menu, the "عروض اليوم" strip on some, the section trail, the title (none on a few
    pages), the writer's line and the date line in either order, the reading time on some, a
    caption (the destination's landmark, with its credit) on about half; between paragraphs (none to
    two) a read-also line, a caption, a flight deal card or a hotel offer card; after the text the
    destination box (the country, the flight time, the best season, the currency) on most, the
    visa box on some, the destination's weather (today and days ahead) on some, the currency
    converter (its fields and "حوّل") on some, flight deals and hotel offers (cards: route or hotel,
    price, "احجز الآن") on about half, the "خطط لرحلتك" box on some, tags, share words, more travel
    news; on about half the pages the next travel story loaded whole (under "اقرأ التالي", the
    section or nothing) with its writer's line on some and its date line on most, a second one now
    and then; the newsletter, apps, footer and copyright."""
    wanted = _TRAVEL_STORY
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    site, host = p.pick(_TRAVEL_SITES)
    place, language, offset, country, code, money, rate, hours, visa, season = p.pick(_DESTINATIONS)
    section = p.pick(("أخبار السفر", "أخبار السفر", "طيران", "فنادق ومنتجعات", "وجهات", "تأشيرات"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"آخر تحديث: {x.day:02d}/{x.month:02d}/{x.year} {x.hour:02d}:{x.minute:02d}",
                f"{_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year}")[form]

    def writer() -> str:
        name = p.pick(_TRAVEL_WRITERS)
        return p.pick((name, f"بقلم: {name}", f"كتبت: {name}" if name not in ("Omar Khalil", "نادر التميمي", "فريق التحرير") else f"كتب: {name}", f"{site} - {name}"))

    def flight() -> None:
        airline = p.pick(_AIRLINES)
        origin = p.pick(("دبي", "الرياض", "القاهرة", "الكويت", "جدة", "الدوحة", "عمّان"))
        p.add("widget", p.pick((f"✈ {origin} ← {place.split(' - ')[-1]}", f"{origin} - {place.split(' - ')[-1]} | {airline}", f"رحلات إلى {place}")))
        p.add("widget", p.pick((f"ذهاب وعودة ابتداءً من {p.rng.randint(6, 40) * 50:,} {p.pick(('درهم', 'ريال', 'جنيه', 'دينار'))}",
                                f"من {p.rng.randint(90, 900)} دولاراً", f"{airline} - مباشر - {hours}")))
        if p.chance(0.6):
            p.add("ui_text", p.pick(("احجز الآن", "ابحث عن رحلات", "Book now", "شاهد العرض")))

    def hotel() -> None:
        name = p.pick(_HOTELS)
        p.add("widget", p.pick((f"{name} {place.split(' - ')[-1]}", f"{name} - {country}")))
        p.add("widget", p.pick((f"{'★' * p.rng.randint(3, 5)} | {p.rng.uniform(7.5, 9.6):.1f}/10 ({p.rng.randint(200, 4000)} تقييم)",
                                f"الليلة من {p.rng.randint(60, 450)} دولاراً", f"خصم {p.pick((15, 20, 25, 30, 40))}% - يشمل الإفطار")))
        if p.chance(0.6):
            p.add("ui_text", p.pick(("احجز الآن", "عرض الأسعار", "Check availability", "تحقق من التوفر")))

    def dest_box() -> None:
        p.add("widget", p.pick((f"{place} في سطور", "معلومات الوجهة", f"دليل {place.split(' - ')[-1]}", "Destination guide")))
        rows = (f"الدولة: {country}", f"مدة الرحلة من دبي: {hours}", f"أفضل وقت للزيارة: {season}", f"العملة: {money} ({code})",
                f"اللغة: {language}", f"التوقيت: GMT {offset}")
        _in_order(p, "widget", rows, p.rng.randint(3, len(rows)))

    def weather() -> None:
        p.add("widget", p.pick((f"الطقس في {place.split(' - ')[-1]}", "الطقس في وجهتك", f"Weather in {place.split(' - ')[-1]}")))
        base = p.rng.randint(12, 34)
        p.add("widget", f"اليوم: {base}° {p.pick(('☀ مشمس', '⛅ غائم جزئياً', '🌦 زخات مطر'))}")
        for day in p.rng.sample(_WEEKDAYS, p.rng.randint(1, 3)):
            p.add("widget", f"{day}: {base + p.rng.randint(-3, 3)}° / {base - p.rng.randint(6, 11)}°")

    def converter() -> None:
        p.add("widget", p.pick(("محول العملات", "حوّل عملتك", "Currency converter")))
        amount = p.pick((100, 500, 1000))
        p.add("widget", f"{amount} دولار أمريكي = {amount * rate:,.2f} {money}")
        if p.chance(0.5):
            p.add("widget", p.pick((f"1 USD = {rate} {code}", f"سعر الصرف اليوم: {rate} {code}")))
        p.add("ui_text", p.pick(("حوّل", "تحويل", "Convert")))

    def plan() -> None:
        p.add("widget", p.pick(("خطط لرحلتك", "ابدأ التخطيط لرحلتك", "Plan your trip")))
        _in_order(p, "ui_text", ("✈ رحلات طيران", "🏨 فنادق", "🚗 تأجير سيارات", "🛡 تأمين السفر", "🎟 جولات وأنشطة"), p.rng.randint(2, 5))

    def still() -> str:
        city = place.split(" - ")[-1]
        return p.pick((f"منظر عام لمدينة {city} {p.pick(_CREDITS)}", f"سياح في {city} (أرشيفية)", f"إحدى الطائرات التابعة لـ{p.pick(_AIRLINES)}",
                       _title_caption(p), f"{city} - الصورة من Shutterstock", "صورة تعبيرية"))

    if p.chance(0.8):
        p.add("ui_text", *p.rng.sample(("تسجيل الدخول", "USD ▾", "English", "🔍 ابحث عن وجهة", "Français"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _TRAVEL_MENU, p.rng.randint(5, 10))
    if p.chance(0.25):
        p.add("widget", p.pick(("عروض اليوم", "عروض حصرية")), p.pick((f"خصم حتى 40% على فنادق {country}", f"رحلات إلى {place} من {p.rng.randint(99, 499)} دولاراً")))
    if p.chance(0.6):
        p.add("other", p.pick((section, f"الرئيسية > {section}", f"الرئيسية / أخبار / {section}")))
    if p.chance(0.86):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.7):
            p.add("source_credit", writer())
    if p.chance(0.3):
        p.add("widget", f"⏱ {p.rng.randint(2, 6)} دقائق للقراءة")
    if p.chance(0.5):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted), lambda: _read_also_topical(p, wanted), lambda: p.add("caption", still()), flight, hotel))
    if p.chance(0.65):
        dest_box()
    if p.chance(0.4):
        p.add("widget", p.pick(("التأشيرة", "معلومات التأشيرة", "Visa info")), visa)
        if p.chance(0.4):
            p.add("ui_text", p.pick(("تحقق من متطلبات التأشيرة", "قدّم طلبك الآن")))
    if p.chance(0.35):
        weather()
    if p.chance(0.3):
        converter()
    if p.chance(0.5):
        p.add("widget", p.pick(("عروض السفر", "عروض قد تهمك", "Deals", "أفضل العروض")))
        for _ in range(p.rng.randint(1, 3)):
            p.pick((flight, hotel))()
    if p.chance(0.35):
        plan()
    if p.chance(0.5):
        p.add("tags", p.pick(("الوسوم", "كلمات مفتاحية", "Tags")),
              *p.rng.sample((country, place.split(" - ")[-1], "السياحة", "عروض السفر", "الطيران", "الفنادق", "تأشيرات", section), p.rng.randint(2, 4)))
    if p.chance(0.65):
        p.add("ui_text", p.pick(("شارك", "شارك المقال")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.75):
        p.add("related_list", p.pick(("أخبار سفر ذات صلة", "قد يعجبك أيضاً", "الأكثر قراءة", "اقرأ أيضاً")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 4)))
    _next_topical(p, ("اقرأ التالي", "الخبر التالي", "التالي"), section, 0.45, wanted,
                  between=lambda x: [("source_credit", writer())] if p.chance(0.4) else [],
                  dated=date_of if p.chance(0.75) else None,
                  under=lambda x: [("caption", p.pick(("صورة أرشيفية", f"صورة أرشيفية {p.pick(_CREDITS)}", "(أرشيفية)")))] if p.chance(0.2) else [])
    if p.chance(0.45):
        p.add("other", p.pick(("اشترك في نشرتنا لتصلك أفضل عروض السفر", f"حمّل تطبيق {site} واحجز رحلتك بسهولة")))
        p.add("ui_text", p.pick(("اشترك", "App Store | Google Play")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "الشروط والأحكام"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة © {host} {w.year}")))


LAYOUTS_HELDOUT18: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (defence_military_news, energy_oil_news, municipal_governorate_portal, travel_tourism_news)
}


# -------------------------------------------------------------------------- held-out part 19
# Four more site families, written after part 18, none of which the others shows (ordinary article
# pages): an agriculture and food-security news site's article (crop price rows, the farmers'
# weather box, the ministry's circulars, pest alerts, the wholesale market's bulletin, the
# extension advice box), an Arab Christian / church news outlet's article (the patriarchate's
# activities, the liturgical calendar box, the saint of the day, prayer requests, diocese news,
# mass schedule rows), a labour / trade union federation's news page (union statements, strike and
# wage tables, the membership form, the legal-advice box, solidarity campaigns), and a football
# club's own official site's news item (fixtures and results rows, ticket and store boxes, player
# cards, academy news, the sponsors' strip, the club's TV). Not registered in GOLD_FILES until
# measured once.
_AGRI_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"زراعة|الزراعة|زراعي|زراعية|الزراعية|مزارع|مزارعين|المزارعين|مزارعون|الفلاحين|فلاحين|القمح|محاصيل|المحاصيل|محصول|الأسمدة|الري"
    r"|الغذائي|الغذاء|الأغذية|الفاو|الجراد|الماشية|الدواجن|الخضروات|الخضار|الفاكهة|الطماطم|القطن|الأرز|التمور|النخيل|المجاعة|الجفاف"
    r"|الألبان|اللحوم|الحبوب|الشعير")),
    unless=r"الحوثي|ميليشيا|الاحتلال|الشعانين|عسكري|ثكنات|مسلسل|فيلم|الكبد|الدم|السكري|مرضى|الأعضاء|الشعر|الأسنان|زراعة"
           r"|دراسة|طبيب|السرطان|تصيبك|عقل|طهي|حوثية|هتلر|العمر|مفيدة|صادمة|توقف عن|مخيفة")
_CHURCH_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"كنيسة|الكنيسة|كنائس|الكنائس|البابا|الفاتيكان|المسيحي|المسيحية|المسيحيين|مسيحيين|مسيحي|الأقباط|أقباط|القبطية|البطريرك|بطريرك"
    r"|الكاتدرائية|كاتدرائية|الفصح|راهب|رهبان|الأنبا|كاهن|تواضروس|الكاثوليك|الأرثوذكس|الأرثوذكسية|الكاثوليكية|الإنجيلية|المطران|مطران"
    r"|البطريركية|البابوي")),
    unless=r"إعدام|النار|شرطي|الاحتلال|معركة|يطلق|مسدس|اعتداء|الاعتداءات|تحرش|اغتصاب|داعش|داعشية|تفجير|هجمات|متهم|المافيا|نازي|الجنسي|إباحية|فضيحة|سرقة|شرير|انتهاكات")
_LABOUR_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"عمال|العمال|عمالية|العمالية|نقابة|النقابة|نقابات|النقابات|نقابي|إضراب|الإضراب|إضرابا|الأجور|أجور|رواتب|الرواتب|الحد الأدنى"
    r"|البطالة|العاملين|المتقاعدين|المعلمين|اعتصام|وزير العمل|سوق العمل|التوظيف|الوظائف|وظائف|فرص عمل|تسريح|العمالة"
    r"|التأمينات|الضمان الاجتماعي|المعاشات")),
    unless=r"الممثلين|التحرش|ترامب|ترمب|الحوثي|ميليشيا|المخابرات|السفارة|الدينية|وفاة|تحقيق|فيلم|مسلسل"
           r"|حزب العمال|الكردستاني|رابعة|الأقصى|المتهم|اختطفوا|رفات|المخ|الذهب|الدولار|العسكرية|فورت|لوبان|معاداة|سجنه|فيسبوك|لينكد|الروبوت|رونالدو")
_FOOTBALL_WORDS = re.compile(_PREFIXED.format(
    r"كرة القدم|الدوري|دوري|نادي|النادي|مباراة|المباراة|الزمالك|الأهلي|برشلونة|ريال مدريد|ليفربول|مدرب|المدرب|لاعب|اللاعب|الهلال|النصر"
    r"|الوداد|الرجاء|الترجي|ميسي|رونالدو|صلاح|يونايتد|سيتي|يوفنتوس|تشيلسي|أرسنال|بايرن|ميلان|هاتريك|ركلة|الملعب|الاتحاد|أهلي جدة"))
_FOOTBALL_STORY = _topic_story(_FOOTBALL_WORDS, sport=True)


def _football_story(a: SourceArticle) -> bool:
    """A football story of the corpus's sports desks."""
    return "-sport-" in a.id and _FOOTBALL_STORY(a)


_AGRI_SITES = (  # name, host, country, its currency, what one Egyptian pound of the price rows is in it, its cities
    ("الفلاح اليوم", "elfallah-today.com", "مصر", "جنيه", 1.0, ("القاهرة", "المنصورة", "أسيوط", "طنطا")),
    ("زراعة نيوز", "zeraanews.com", "مصر", "جنيه", 1.0, ("القاهرة", "الزقازيق", "المنيا", "دمنهور")),
    ("الأمن الغذائي", "foodsecurity-ar.net", "الأردن", "دينار", 0.04, ("عمّان", "إربد", "المفرق", "الأغوار الوسطى")),
    ("مزارع الخليج", "gulffarmer.ae", "الإمارات", "درهم", 0.2, ("أبوظبي", "العين", "الذيد", "ليوا")),
    ("الفلاحة المغربية", "agrimaroc.ma", "المغرب", "درهم", 0.5, ("الرباط", "مكناس", "أكادير", "بني ملال")),
    ("المرصد الزراعي", "agriobserver.sa", "السعودية", "ريال", 0.2, ("الرياض", "القصيم", "الأحساء", "حائل")),
)
_AGRI_MENU = ("الرئيسية", "أخبار زراعية", "الأمن الغذائي", "أسعار المحاصيل", "البورصة الزراعية", "الثروة الحيوانية", "الري والمياه",
              "الإرشاد الزراعي", "وقاية النبات", "الطقس الزراعي", "تقارير", "فيديو")
_CROPS = (("القمح", "إردب", 660), ("الذرة الشامية", "إردب", 520), ("الأرز الشعير", "طن", 5200), ("القطن", "قنطار", 2450), ("الطماطم", "كيلو", 7),
          ("البطاطس", "كيلو", 6), ("البصل", "كيلو", 5), ("الفول البلدي", "إردب", 1250), ("قصب السكر", "طن", 720), ("الموالح", "كيلو", 8))
_PESTS = (("الجراد الصحراوي", "رصد أسراب في المناطق الحدودية"), ("دودة الحشد الخريفية", "تهاجم الذرة في مراحل النمو الأولى"),
          ("سوسة النخيل الحمراء", "فحص دوري لأشجار النخيل وإبلاغ الإرشاد عند الاشتباه"), ("ذبابة الفاكهة", "استخدام المصائد الجاذبة في البساتين"),
          ("صدأ القمح الأصفر", "الرش الوقائي بالمبيدات الموصى بها عند ظهور البقع"), ("توتا أبسليوتا", "حافرة أنفاق الطماطم - يرجى التخلص من النباتات المصابة"))
_ADVICE = ("ينصح الإرشاد الزراعي بعدم الإسراف في الري خلال فترات انخفاض درجات الحرارة",
           "يجب إضافة الدفعة الثانية من السماد الآزوتي قبل الرية الثانية لمحصول القمح",
           "يفضل الحصاد في الصباح الباكر لتقليل الفاقد",
           "احرص على شراء التقاوي المعتمدة من الجمعيات الزراعية فقط",
           "تغطية الشتلات الصغيرة ليلاً لحمايتها من الصقيع",
           "تحصين الماشية ضد الحمى القلاعية متاح مجاناً في الوحدات البيطرية")
_AGRI_WRITERS = ("أحمد حمدي", "نادية عبد الباقي", "م. خالد الزعبي", "فريق التحرير", "Youssef Amrani", "سعاد البلوشي", "د. محمود عبد الحميد")


def _next_of_own_kind(p: Page, cues: tuple[str, ...], section: str, chance: float, wanted: Callable[[SourceArticle], bool],
                      **story: Callable[[When], object]) -> None:
    """``_next_of_pool`` that never loads the main story again under another id (the corpus holds
    a few stories twice), nor one story twice."""
    plain = p.draw
    shown = {p.main.title}

    def draw() -> SourceArticle:
        other = p.articles[p.pick([i for i in _topic_pool(wanted) if p.articles[i].title not in shown])]
        shown.add(other.title)
        return other

    p.draw = draw
    _next_stories(p, cues, section, chance, **story)
    p.draw = plain


def agriculture_food_portal(p: Page) -> None:
    """A news article on an agriculture and food-security news site (farmers' news portals of Egypt,
    Jordan, the Gulf, Morocco); the main story is a farming, food or water story when the corpus
    gives one. Inventory: the date and the farmers' weather at the top on some, the site's name and
    menu, the "أسعار اليوم" ticker on some, the section trail, the title (none on a few pages), the
    writer's line and the date line in either order, a caption on some; between paragraphs (none to
    two) a read-also line, a caption, a crop price row pair or an extension advice box; after the
    text the crop price rows (the crop, its unit, today's price) on about half, the farmers' weather
    box on some, the ministry's circular on some, a pest alert on some, the wholesale market's
    bulletin on some, the extension advice box on some, tags, share words, more farm news; on about
    half the pages the next farm story loaded whole (under "الخبر التالي", the section or nothing)
    with its writer's line on some and its date line on most; the newsletter, footer and copyright."""
    wanted = _AGRI_STORY
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    site, host, country, money, factor, cities = p.pick(_AGRI_SITES)
    crops = _CROPS if country == "مصر" else tuple(crop for crop in _CROPS if crop[1] in ("طن", "كيلو"))
    section = p.pick(("أخبار زراعية", "أخبار زراعية", "الأمن الغذائي", "البورصة الزراعية", "الثروة الحيوانية", "الري والمياه"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"نشر في: {x.day:02d}/{x.month:02d}/{x.year} - {x.hour:02d}:{x.minute:02d}",
                date_eg(x))[form]

    def writer() -> str:
        name = p.pick(_AGRI_WRITERS)
        return p.pick((name, f"كتب: {name}", f"بقلم: {name}", f"{site} - {name}"))

    def prices(k: int) -> None:
        for crop, unit, base in p.rng.sample(crops, min(k, len(crops))):
            price = base * factor * p.rng.uniform(0.9, 1.12)
            move = p.pick(("▲", "▼", "="))
            p.add("widget", p.pick((f"{crop} | {price:,.{0 if base * factor > 50 else 2}f} {money}/{unit} {move}", f"{crop}: من {price * 0.92:,.{0 if base * factor > 50 else 2}f} إلى {price * 1.06:,.{0 if base * factor > 50 else 2}f} {money} لل{unit}")))

    def advice() -> None:
        p.add("widget", p.pick(("نصيحة الإرشاد الزراعي", "🌱 نصيحة اليوم للمزارع", "الإرشاد الزراعي ينصح")), p.pick(_ADVICE))

    def still() -> str:
        return p.pick((_title_caption(p), "مزارعون أثناء الحصاد (أرشيفية)", "حقل قمح - صورة تعبيرية", f"أحد الحقول {p.pick(_CREDITS)}", "صورة أرشيفية"))

    if p.chance(0.6):
        p.add("other", date_eg(w, clock=False))
        if p.chance(0.6):
            p.add("widget", f"{p.pick(cities)} {p.rng.randint(14, 38)}° {p.pick(('☀', '⛅', '🌦'))}")
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _AGRI_MENU, p.rng.randint(5, 10))
    if p.chance(0.3):
        p.add("widget", p.pick(("أسعار اليوم", "بورصة المحاصيل")))
        prices(p.rng.randint(2, 3))
    if p.chance(0.6):
        p.add("other", p.pick((section, f"الرئيسية > {section}", f"الرئيسية / {section}")))
    if p.chance(0.86):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.6):
            p.add("source_credit", writer())
    if p.chance(0.4):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted), lambda: p.add("caption", still()), advice,
                          lambda: (p.add("widget", "أسعار المحاصيل اليوم"), prices(2))))
    if p.chance(0.5):
        p.add("widget", p.pick((f"أسعار المحاصيل اليوم في {country}", "أسعار الحاصلات الزراعية", "Crop prices today")))
        if p.chance(0.5):
            p.add("widget", f"المحصول | السعر ({money}) | الوحدة")
        prices(p.rng.randint(3, 6))
        if p.chance(0.5):
            p.add("ui_text", p.pick(("جميع الأسعار", "عرض المزيد", "تحديث")))
    if p.chance(0.4):
        p.add("widget", p.pick(("طقس المزارع", "الطقس الزراعي", "توقعات الطقس للمزارعين")))
        for day in p.rng.sample(_WEEKDAYS, p.rng.randint(2, 3)):
            p.add("widget", f"{day}: العظمى {p.rng.randint(18, 36)}° الصغرى {p.rng.randint(5, 17)}° - الرطوبة {p.rng.randint(30, 85)}%")
        if p.chance(0.5):
            p.add("widget", p.pick(("تنبيه: احتمال تكون الصقيع ليلاً في المناطق الزراعية", "يُنصح بتأجيل رش المبيدات بسبب الرياح", "فرصة لسقوط أمطار خفيفة على السواحل")))
    if p.chance(0.3):
        p.add("widget", p.pick(("منشورات الوزارة", "قرارات وتعاميم", "Circulaires du ministère")))
        p.add("widget", p.pick((f"منشور رقم {p.rng.randint(3, 60)} لسنة {w.year} بشأن مواعيد زراعة الأرز",
                                f"تعميم بشأن صرف الأسمدة المدعمة للموسم الشتوي {w.year}", "قرار وزاري بتحديد سعر توريد القمح", "ضوابط تصدير الموالح للموسم الحالي")))
        if p.chance(0.5):
            p.add("ui_text", p.pick(("تحميل (PDF)", "اقرأ المنشور", "Télécharger")))
    if p.chance(0.3):
        pest, note = p.pick(_PESTS)
        p.add("widget", p.pick(("⚠ إنذار مبكر", "تحذير من آفة", "نشرة وقاية النبات")), f"{pest}: {note}")
        if p.chance(0.5):
            p.add("ui_text", p.pick(("للإبلاغ اتصل بالخط الساخن", "أبلغ عن إصابة")))
    if p.chance(0.25):
        p.add("widget", p.pick(("نشرة سوق العبور", "نشرة سوق الجملة المركزي", "حركة سوق الخضار اليوم")))
        p.add("widget", p.pick((f"الكميات الواردة: {p.rng.randint(800, 9000):,} طن", "ارتفاع أسعار {} وتراجع {}".format(*[crop[0] for crop in p.rng.sample([c for c in crops if c[1] == "كيلو"], 2)]))))
    if p.chance(0.3):
        advice()
    if p.chance(0.5):
        p.add("tags", p.pick(("الكلمات الدالة", "وسوم", "Tags")),
              *p.rng.sample(("الزراعة", "المزارعين", "الأمن الغذائي", "القمح", "الأسعار", country, "الفاو", section), p.rng.randint(2, 4)))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "مشاركة")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.7):
        p.add("related_list", p.pick(("أخبار ذات صلة", "الأكثر قراءة", "اقرأ أيضاً")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 4)))
    _next_of_own_kind(p, ("الخبر التالي", "اقرأ التالي", "التالي"), section, 0.6, wanted,
                  between=lambda x: [("source_credit", writer())] if p.chance(0.4) else [],
                  dated=date_of if p.chance(0.7) else None,
                  under=lambda x: [("caption", p.pick(("صورة أرشيفية", "صورة تعبيرية")))] if p.chance(0.15) else [])
    if p.chance(0.4):
        p.add("other", p.pick(("اشترك في النشرة الزراعية الأسبوعية", f"تابع {site} على واتساب لتصلك الأسعار يومياً")))
        p.add("ui_text", p.pick(("اشترك", "تابعنا")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة - {site} {w.year}")))


_CHURCH_SITES = (("موقع أبونا", "abouna.org", "عمّان"), ("المركز الكاثوليكي للدراسات والإعلام", "ccsm-jo.org", "عمّان"),
                 ("تيلي لوميار ونورسات", "noursat.tv", "بيروت"), ("الكرازة - الموقع الرسمي", "copticorthodox.church", "القاهرة"),
                 ("بطريركية الروم الأرثوذكس الأنطاكية", "antiochpatriarchate.org", "دمشق"), ("أليتيا العربية", "ar.aleteia.org", "روما"),
                 ("وطني", "wataninet.com", "القاهرة"))
_CHURCH_MENU = ("الرئيسية", "أخبار الكنيسة", "الفاتيكان", "الشرق الأوسط", "البطريركية", "الأبرشيات", "روحيات", "قراءات اليوم",
                "قديس اليوم", "التقويم الكنسي", "صلوات", "فيديو", "اتصل بنا")
_SAINTS = ("القديس أنطونيوس الكبير", "القديسة مريم المصرية", "القديس جاورجيوس (مار جرجس)", "القديس شربل مخلوف", "القديسة تريزا الطفل يسوع",
           "القديس يوحنا الذهبي الفم", "القديس نيقولاوس العجائبي", "القديسة رفقا", "الشهيد مار مينا العجايبي", "القديس إفرام السرياني")
_READINGS = ("رسالة القديس بولس إلى أهل رومية 8: 28-39", "إنجيل القديس يوحنا 15: 9-17", "إنجيل القديس متى 5: 1-12", "سفر أعمال الرسل 2: 42-47",
             "إنجيل القديس لوقا 10: 25-37", "رسالة القديس يعقوب 1: 19-27", "إنجيل القديس مرقس 4: 35-41")
_PARISHES = ("كنيسة سيدة البشارة - جبل عمّان", "كاتدرائية القديس مرقس - العباسية", "كنيسة مار الياس - الأشرفية", "كنيسة القديس جاورجيوس - الفحيص",
             "كنيسة العائلة المقدسة - غزة", "كنيسة اللاتين - الزرقاء", "كاتدرائية سيدة النياح - دمشق")
_CHURCH_WRITERS = ("الأب رفعت بدر", "منير بيوك", "نادر أبو نجمة", "فريق التحرير", "Fr. Rif'at Bader", "سامي رزق الله", "الأب بطرس دانيال")
_DIOCESES = ("أبرشية عمّان", "أبرشية حلب", "أبرشية جبيل والبترون", "إيبارشية المنيا", "إيبارشية شبرا الخيمة", "أبرشية بيروت", "النيابة البطريركية في القدس")


def church_christian_news(p: Page) -> None:
    """An article on an Arab Christian / church news outlet (Abouna, the Catholic Centre for Studies
    and Media, Noursat, the Coptic Orthodox Church's site, the Antiochian Patriarchate, Aleteia
    Arabic, Watani); the main story is a church, Pope or Christian story when the corpus gives one.
    Inventory: the Gregorian (and Julian / Coptic) date at the top on some, language words on some,
    the outlet's name and menu, the section label, the title (none on a few pages), the writer's
    line and the date line in either order, a caption on some; between paragraphs (none to two) a
    read-also line, a caption or the "verse of the day" box; after the text the liturgical calendar
    box (the day's feast and readings) on some, the saint of the day on some, the mass schedule
    (parish, day and hour) on some, the prayer request box (its fields and "أرسل طلبك") on some,
    the patriarchate's activities or diocese news headlines on some, tags, share words, related
    news; on about half the pages the next church story loaded whole (under "الخبر التالي", the
    section or nothing) with its writer's line on some and its date line on most; the app / radio
    prompt, footer and copyright."""
    wanted = _CHURCH_STORY
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    site, host, city = p.pick(_CHURCH_SITES)
    section = p.pick(("أخبار الكنيسة", "أخبار الكنيسة", "الفاتيكان", "الشرق الأوسط", "البطريركية", "الأبرشيات"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{city} - {x.day} {_MONTHS_LEV[x.month - 1]} {x.year}", f"{x.day:02d}/{x.month:02d}/{x.year}",
                f"نشر بتاريخ {_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year}")[form]

    def writer() -> str:
        name = p.pick(_CHURCH_WRITERS)
        return p.pick((name, f"بقلم: {name}", f"{site} - {name}", f"كتب: {name}" if not name.startswith(("Fr.", "فريق")) else name))

    from datetime import date, timedelta

    julian = date(w.year, w.month, w.day) - timedelta(days=13)

    def verse() -> None:
        p.add("widget", p.pick(("آية اليوم", "كلمة الحياة", "✝ آية اليوم")),
              p.pick(("«تعالوا إليّ يا جميع المتعبين والثقيلي الأحمال وأنا أريحكم» (متى 11: 28)", "«الله محبة» (1 يوحنا 4: 8)",
                      "«طوبى لصانعي السلام لأنهم أبناء الله يُدعون» (متى 5: 9)", "«الرب راعيّ فلا يعوزني شيء» (مزمور 23: 1)")))

    def still() -> str:
        return p.pick((_title_caption(p), "خلال القداس الإلهي", "جانب من الاحتفال", f"البابا فرنسيس خلال المقابلة العامة {p.pick(('(Vatican Media)', '(أ ف ب)', '(أرشيف)'))}",
                       "صورة أرشيفية", "© Vatican Media"))

    if p.chance(0.5):
        p.add("other", p.pick((date_eg(w, clock=False), f"{w.day} {_MONTHS_LEV[w.month - 1]} {w.year}")))
    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("English", "Français", "Italiano", "بحث", "تسجيل الدخول"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _CHURCH_MENU, p.rng.randint(5, 10))
    if p.chance(0.2):
        p.add("widget", p.pick(("بث مباشر", "🔴 مباشر")), p.pick(("القداس الإلهي من الكاتدرائية", "صلاة التبشير الملائكي مع البابا", "صلاة المسبحة الوردية")))
    if p.chance(0.6):
        p.add("other", p.pick((section, f"الرئيسية » {section}")))
    if p.chance(0.86):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.6):
            p.add("source_credit", writer())
    if p.chance(0.4):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted), lambda: p.add("caption", still()), verse))
    if p.chance(0.4):
        p.add("widget", p.pick(("التقويم الكنسي", "التقويم الليتورجي", "قراءات اليوم")))
        p.add("widget", p.pick((f"{_WEEKDAYS[w.weekday]} {w.day} {_MONTHS_LEV[w.month - 1]}", f"{w.day} {_MONTHS_EG[w.month - 1]} (غربي) - {julian.day} {_MONTHS_EG[julian.month - 1]} (شرقي)")))
        for reading in p.rng.sample(_READINGS, p.rng.randint(1, 2)):
            p.add("widget", reading)
        if p.chance(0.4):
            p.add("ui_text", p.pick(("اقرأ النص كاملاً", "التأمل اليومي")))
    if p.chance(0.35):
        saint = p.pick(_SAINTS)
        p.add("widget", p.pick(("قديس اليوم", "سنكسار اليوم", "Saint of the day")), saint)
        if p.chance(0.5):
            p.add("widget", p.pick((f"تحتفل الكنيسة اليوم بتذكار {saint}", "شفاعته تكون معنا. آمين")))
    if p.chance(0.35):
        p.add("widget", p.pick(("مواعيد القداديس", "أوقات القداس الإلهي", "Mass schedule")))
        for parish in p.rng.sample(_PARISHES, p.rng.randint(2, 3)):
            p.add("widget", f"{parish}: {p.pick(('الأحد', 'السبت', 'الجمعة'))} {p.pick(('8:00', '9:30', '10:00', '11:00', '18:00'))} {p.pick(('ص', 'م', ''))}".strip())
    if p.chance(0.3):
        p.add("widget", p.pick(("طلبات الصلاة", "أرسل نيتك للصلاة", "صلّوا لأجلي")))
        p.add("ui_text", *p.rng.sample(("الاسم", "البريد الإلكتروني", "نية الصلاة", "انشر طلبي بدون اسم"), p.rng.randint(2, 3)))
        p.add("ui_text", p.pick(("أرسل طلبك", "إرسال", "ارفع صلاتك")))
    if p.chance(0.35):
        p.add("related_list", p.pick(("نشاطات البطريرك", "أخبار الأبرشيات", "أخبار الكنائس", "من الأبرشيات")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 3)))
    if p.chance(0.3):
        p.add("related_list", p.pick(("أخبار الأبرشيات", "من الرعايا", "Diocese news")))
        events = ("رسامة كاهن جديد", "افتتاح المخيم الصيفي للشبيبة", "زيارة راعوية إلى الرعايا", "تبريك كنيسة بعد ترميمها", "لقاء مع لجان الأخوية",
                  "قداس احتفالي بعيد شفيع الرعية", "رياضة روحية لخدام التعليم المسيحي")
        for diocese, event in zip(p.rng.sample(_DIOCESES, 3), p.rng.sample(events, 3)):
            p.add("related_list", f"{diocese}: {event}")
    if p.chance(0.5):
        p.add("tags", p.pick(("الكلمات المفتاحية", "وسوم", "Tags")),
              *p.rng.sample(("الكنيسة", "البابا فرنسيس", "الفاتيكان", "الحوار بين الأديان", "مسيحيو الشرق", "القدس", "الأقباط", section), p.rng.randint(2, 4)))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "شارك هذا الخبر")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.6):
        p.add("related_list", p.pick(("أخبار ذات صلة", "قد يهمك أيضاً", "الأكثر قراءة")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 4)))
    _next_of_own_kind(p, ("الخبر التالي", "المقال التالي", "التالي"), section, 0.6, wanted,
                  between=lambda x: [("source_credit", writer())] if p.chance(0.4) else [],
                  dated=date_of if p.chance(0.7) else None,
                  under=lambda x: [("caption", p.pick(("صورة أرشيفية", "(Vatican Media)")))] if p.chance(0.15) else [])
    if p.chance(0.4):
        p.add("other", p.pick((f"استمع إلى إذاعة {site} مباشرة", f"حمّل تطبيق {site}", "ادعم رسالتنا - تبرّع الآن")))
        p.add("ui_text", p.pick(("استمع", "App Store | Google Play", "تبرّع")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "سياسة الخصوصية", "خريطة الموقع"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة © {host}")))


_UNIONS = (("الاتحاد العام لنقابات عمال مصر", "etuf.org.eg", "جنيه"), ("الاتحاد العام التونسي للشغل", "ugtt.org.tn", "دينار"),
           ("الاتحاد العام لنقابات العمال في الأردن", "gfjtu.org", "دينار"), ("الاتحاد العام لعمال الكويت", "kgtu.org.kw", "دينار"),
           ("الاتحاد العام لنقابات عمال فلسطين", "pgftu.ps", "شيكل"), ("الاتحاد المغربي للشغل - UMT", "umt.ma", "درهم"),
           ("الاتحاد العمالي العام في لبنان", "cgtl.org.lb", "ليرة"))
_UNION_MENU = ("الرئيسية", "عن الاتحاد", "الأخبار", "البيانات", "النقابات العامة", "المفاوضة الجماعية", "التشريعات", "الاستشارات القانونية",
               "الانتساب", "حملات التضامن", "مكتبة", "اتصل بنا")
_SECTORS = ("عمال النسيج", "المعلمون", "عمال الموانئ", "العاملون في القطاع الصحي", "عمال البناء والأخشاب", "عمال النقل البري", "موظفو البلديات",
            "العاملون في البنوك", "عمال الكهرباء", "عمال الفوسفات")
_CAMPAIGNS = ("حملة: لا لتسريح العمال", "معاً من أجل حد أدنى عادل للأجور", "تضامناً مع عمال غزة", "حملة تثبيت العاملين بعقود مؤقتة",
              "الحماية الاجتماعية حق للجميع", "Campagne: travail décent pour tous")
_UNION_WRITERS = ("المكتب الإعلامي", "فريق التحرير", "حسن الجبالي", "سمية البدري", "ناصر العلي", "Karim Ben Salah", "إدارة الإعلام النقابي")
_LEGAL_QA = (("هل يحق لصاحب العمل فصلي أثناء الإجازة المرضية؟", "لا يجوز إنهاء عقد العامل خلال فترة الإجازة المرضية المقررة قانوناً."),
             ("كم تبلغ مكافأة نهاية الخدمة؟", "أجر شهر عن كل سنة من سنوات الخدمة وفقاً لقانون العمل."),
             ("ما عدد ساعات العمل الأسبوعية؟", "لا تزيد على 48 ساعة في الأسبوع، وتحتسب الساعات الإضافية بأجر إضافي."),
             ("هل للعاملة الحق في إجازة أمومة مدفوعة الأجر؟", "نعم، تستحق العاملة إجازة أمومة بأجر كامل لمدة يحددها القانون."))


def labour_unions_news(p: Page) -> None:
    """A news item on a labour / trade union federation's site (Egypt's ETUF, Tunisia's UGTT,
    Jordan's GFJTU, Kuwait, Palestine, Morocco's UMT, Lebanon's CGTL); the main story is a workers',
    wages, jobs or unions story when the corpus gives one. Inventory: the date and language words at
    the top on some, the federation's name and menu, the section label, the title (none on a few
    pages), the writer's line (the media office) and the date line in either order, a caption on
    some; between paragraphs (none to two) a read-also line, a caption or the campaign banner;
    after the text the union's statement box (its title and "اقرأ البيان") on some, the strike
    table (sector, date, demand, status) on some, the wage table (grade, minimum wage) on some, the
    membership form (its fields, "انتسب الآن") on some, the legal-advice box (a question, its
    answer, "اسأل المستشار") on some, the solidarity campaigns on some, tags, share words, the
    federation's news; on about half the pages the next workers' story loaded whole (under
    "الخبر التالي", the section or nothing) with its writer's line on some and its date line on
    most; the federation's address, footer and copyright."""
    wanted = _LABOUR_STORY
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    site, host, money = p.pick(_UNIONS)
    section = p.pick(("الأخبار", "الأخبار", "أخبار النقابات", "أخبار عمالية", "البيانات", "المفاوضة الجماعية"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{x.year}-{x.month:02d}-{x.day:02d}",
                f"تاريخ النشر: {x.day:02d}/{x.month:02d}/{x.year}")[form]

    def writer() -> str:
        name = p.pick(_UNION_WRITERS)
        return p.pick((name, f"{site} - {name}", f"كتب: {name}" if name not in ("المكتب الإعلامي", "فريق التحرير", "إدارة الإعلام النقابي") else name))

    def campaign() -> None:
        p.add("widget", p.pick(_CAMPAIGNS))
        if p.chance(0.6):
            p.add("ui_text", p.pick(("وقّع العريضة", "شارك في الحملة", "Je signe")))

    def still() -> str:
        return p.pick((_title_caption(p), "جانب من الوقفة العمالية", "جانب من اجتماع المجلس المركزي", "عمال أثناء العمل (أرشيفية)", "صورة أرشيفية"))

    if p.chance(0.5):
        p.add("other", date_eg(w, clock=False))
    if p.chance(0.4):
        p.add("ui_text", *p.rng.sample(("English", "Français", "بحث", "دخول الأعضاء"), p.rng.randint(1, 2)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _UNION_MENU, p.rng.randint(5, 10))
    if p.chance(0.6):
        p.add("other", p.pick((section, f"الرئيسية / {section}")))
    if p.chance(0.86):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.6):
            p.add("source_credit", writer())
    if p.chance(0.35):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted), lambda: p.add("caption", still()), campaign))
    if p.chance(0.35):
        p.add("widget", p.pick(("بيان", "بيانات الاتحاد", "آخر البيانات")))
        p.add("widget", p.pick((f"بيان المكتب التنفيذي بشأن {p.pick(('غلاء الأسعار', 'قانون العمل الجديد', 'الحد الأدنى للأجور', 'عيد العمال'))}",
                                f"بيان تضامني مع {p.pick(_SECTORS)}", "نداء إلى العمال في ذكرى الأول من أيار")))
        p.add("ui_text", p.pick(("اقرأ البيان", "تحميل البيان (PDF)")))
    if p.chance(0.3):
        p.add("widget", p.pick(("جدول الإضرابات والاحتجاجات", "تحركات عمالية هذا الشهر", "Grèves prévues")))
        if p.chance(0.5):
            p.add("widget", "القطاع | التاريخ | المطلب | الحالة")
        for sector in p.rng.sample(_SECTORS, p.rng.randint(2, 4)):
            p.add("widget", f"{sector} | {p.rng.randint(1, 28)}/{w.month} | {p.pick(('زيادة الأجور', 'التثبيت', 'صرف المستحقات', 'تحسين ظروف العمل'))} | {p.pick(('قائم', 'مؤجل', 'تم التوصل لاتفاق', 'ملغى'))}")
    if p.chance(0.3):
        p.add("widget", p.pick(("جدول الأجور", "الحد الأدنى للأجور حسب الفئة", "سلم الرواتب الجديد")))
        base = p.rng.randint(2, 9) * 100
        for grade in p.rng.sample(("العمال غير المهرة", "العمال المهرة", "الفنيون", "الإداريون", "حملة المؤهلات العليا"), p.rng.randint(2, 4)):
            base += p.rng.randint(1, 4) * 50
            p.add("widget", f"{grade}: {base:,} {money}")
    if p.chance(0.3):
        p.add("widget", p.pick(("انتسب إلى النقابة", "استمارة العضوية", "كن عضواً")))
        p.add("ui_text", *p.rng.sample(("الاسم الكامل", "الرقم الوطني", "جهة العمل", "المهنة", "رقم الهاتف", "النقابة العامة"), p.rng.randint(2, 4)))
        p.add("ui_text", p.pick(("انتسب الآن", "إرسال الطلب", "تسجيل")))
    if p.chance(0.3):
        question, answer = p.pick(_LEGAL_QA)
        p.add("widget", p.pick(("الاستشارات القانونية", "المستشار القانوني يجيب", "اعرف حقوقك")), question, answer)
        p.add("ui_text", p.pick(("اسأل المستشار", "أرسل سؤالك")))
    if p.chance(0.3):
        p.add("widget", p.pick(("حملات التضامن", "حملاتنا")))
        for text in p.rng.sample(_CAMPAIGNS, 2):
            p.add("widget", text)
    if p.chance(0.45):
        p.add("tags", p.pick(("وسوم", "الكلمات الدالة")),
              *p.rng.sample(("العمال", "الأجور", "النقابات", "قانون العمل", "البطالة", "الحماية الاجتماعية", "الإضراب"), p.rng.randint(2, 4)))
    if p.chance(0.55):
        p.add("ui_text", p.pick(("شارك", "مشاركة الخبر")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.7):
        p.add("related_list", p.pick(("أخبار الاتحاد", "أخبار ذات صلة", "آخر الأخبار")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 4)))
    _next_of_own_kind(p, ("الخبر التالي", "التالي", "خبر لاحق"), section, 0.6, wanted,
                  between=lambda x: [("source_credit", writer())] if p.chance(0.4) else [],
                  dated=date_of if p.chance(0.7) else None,
                  under=lambda x: [("caption", "صورة أرشيفية")] if p.chance(0.15) else [])
    if p.chance(0.5):
        p.add("other", p.pick(("العنوان: شارع الجلاء - المقر الرئيسي للاتحاد", "المقر المركزي - ساحة محمد علي", f"هاتف: {p.rng.randint(10000, 99999)} - فاكس: {p.rng.randint(2000000, 2999999)}")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "روابط مفيدة", "سياسة الخصوصية"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة - {host}")))


_CLUBS = (  # club, host, stadium, sponsors (kit maker first), players with their positions, its pattern, opponents, ticket currency
    ("النادي الأهلي", "alahlyegypt.com", "استاد القاهرة الدولي", ("Adidas", "WE", "Pepsi", "Vodafone"),
     (("محمد الشناوي", "حارس مرمى"), ("علي معلول", "مدافع"), ("وليد سليمان", "وسط"), ("مروان محسن", "مهاجم"), ("حسين الشحات", "جناح")),
     r"الأهلي(?! جدة)", ("الزمالك", "الإسماعيلي", "بيراميدز", "المصري البورسعيدي", "الترجي", "الوداد"), "جنيه"),
    ("نادي الزمالك", "zamalek.sc", "استاد القاهرة الدولي", ("Puma", "TIGER", "Orange"),
     (("محمود جنش", "حارس مرمى"), ("محمود علاء", "مدافع"), ("طارق حامد", "وسط"), ("فرجاني ساسي", "وسط"), ("أحمد سيد زيزو", "جناح")),
     r"الزمالك", ("الأهلي", "الإسماعيلي", "بيراميدز", "سموحة", "الرجاء", "الترجي"), "جنيه"),
    ("نادي الهلال السعودي", "alhilal.com", "استاد الملك فهد الدولي", ("Puma", "Emirates", "STC", "Kia"),
     (("عبدالله المعيوف", "حارس مرمى"), ("ياسر الشهراني", "مدافع"), ("سلمان الفرج", "وسط"), ("سالم الدوسري", "جناح"), ("بافيتيمبي غوميز", "مهاجم")),
     r"الهلال", ("النصر", "الاتحاد", "الأهلي", "الشباب", "الاستقلال", "العين"), "ريال"),
    ("نادي النصر", "alnassr.sa", "مرسول بارك", ("Duneus", "Kia", "Mobily"),
     (("براد جونز", "حارس مرمى"), ("عبدالله مادو", "مدافع"), ("نور الدين أمرابط", "جناح"), ("عبدالرزاق حمدالله", "مهاجم"), ("خالد الغنام", "جناح")),
     r"النصر", ("الهلال", "الاتحاد", "الأهلي", "الشباب", "التعاون", "الوحدة"), "ريال"),
    ("FC Barcelona - برشلونة", "fcbarcelona.com/ar", "كامب نو", ("Nike", "Rakuten", "Beko", "Estrella Damm"),
     (("مارك أندري تير شتيغن", "حارس مرمى"), ("جيرارد بيكيه", "مدافع"), ("سيرجيو بوسكيتس", "وسط"), ("ليونيل ميسي", "مهاجم"), ("لويس سواريز", "مهاجم")),
     r"برشلونة|ميسي", ("ريال مدريد", "أتلتيكو مدريد", "إشبيلية", "فالنسيا", "ريال بيتيس", "أتلتيك بلباو"), "يورو"),
    ("ريال مدريد", "realmadrid.com/ar", "سانتياغو برنابيو", ("Adidas", "Fly Emirates", "Audi"),
     (("تيبو كورتوا", "حارس مرمى"), ("سيرجيو راموس", "مدافع"), ("لوكا مودريتش", "وسط"), ("توني كروس", "وسط"), ("كريم بنزيمة", "مهاجم")),
     r"ريال مدريد|زيدان", ("برشلونة", "أتلتيكو مدريد", "إشبيلية", "فالنسيا", "خيتافي", "ريال سوسيداد"), "يورو"),
    ("الرجاء الرياضي", "rcaofficiel.com", "مركب محمد الخامس", ("Umbro", "Marjane", "Ennakl"),
     (("أنس الزنيتي", "حارس مرمى"), ("بدر بانون", "مدافع"), ("محسن متولي", "وسط"), ("عبد الإله الحافيظي", "جناح"), ("سفيان رحيمي", "جناح")),
     r"الرجاء", ("الوداد", "الجيش الملكي", "نهضة بركان", "حسنية أكادير", "الفتح الرباطي", "الأهلي"), "درهم"),
)
_CLUB_MENU = ("الرئيسية", "الأخبار", "الفريق الأول", "المباريات", "الأكاديمية", "التذاكر", "المتجر", "تلفزيون النادي", "العضوية", "النادي",
              "الرعاة", "English")


@lru_cache(maxsize=16)
def _club_pool(pattern: str) -> tuple[str, ...]:
    """The football stories of the main pool whose title names the club."""
    articles = load_articles()
    found = re.compile(pattern)
    return tuple(i for i in _topic_pool(_football_story) if found.search(articles[i].title))


def football_club_official_site(p: Page) -> None:
    """A news item on a football club's own official site (Al Ahly, Zamalek, Al Hilal, Al Nassr,
    the Arabic sites of Barcelona and Real Madrid, Raja Casablanca); the main story is one naming
    the club when the corpus gives a few, else a football story. Inventory: the language switcher
    and the shop / tickets / member login words at the top, the club's name and menu, the next
    match bar (opponent, date, stadium, "احجز تذكرتك") on some, the section label, the title (none
    on a few pages), the date line and the writer's line (the club's media centre) in either order,
    a caption on about half; between paragraphs (none to two) a read-also line, a caption, a player
    card or the club TV teaser; after the text the fixtures and results rows on about half, the
    ticket box on some, the store box (the new shirt, its price, "تسوق الآن") on some, player cards
    (name, number, position, numbers of the season) on some, the academy news headlines on some,
    the club TV box on some, tags, share words, more club news; on about half the pages the next
    club story loaded whole (under "الخبر التالي", the section or nothing) with its date line on
    most; the sponsors' strip (one a line), the apps, footer and copyright."""
    club, host, stadium, sponsors, players, pattern, opponents, money = p.pick(_CLUBS)
    own = _club_pool(pattern)
    if len(own) >= 4:
        wanted = lambda a, own=frozenset(own): a.id in own
        if p.main.id not in own:
            p.main = p.articles[p.pick(own)]
        pool_wanted = _CLUB_WANTED.setdefault(pattern, wanted)
    else:
        _main_of_topic(p, _football_story)
        pool_wanted = _football_story
    w = when_of(p.main.published, p.rng)
    section = p.pick(("الأخبار", "الأخبار", "الفريق الأول", "أخبار الفريق الأول", "المباريات", "الأكاديمية"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{x.day:02d}.{x.month:02d}.{x.year}", f"{_WEEKDAYS[x.weekday]}، {x.day} {_MONTHS_EG[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d}")[form]

    def writer() -> str:
        return p.pick(("المركز الإعلامي", f"المركز الإعلامي - {club}", "إدارة الإعلام والاتصال", "فريق الموقع الرسمي", "Club Media"))

    def card() -> None:
        name, position = p.pick(players)
        p.add("widget", p.pick((f"{p.rng.randint(1, 33)} {name}", name)))
        p.add("widget", position)
        if p.chance(0.7):
            p.add("widget", f"المباريات {p.rng.randint(3, 38)} | الأهداف {p.rng.randint(0, 20) if position != 'حارس مرمى' else 0} | صناعة {p.rng.randint(0, 12) if position != 'حارس مرمى' else 0}")
        if p.chance(0.5):
            p.add("ui_text", p.pick(("الملف الشخصي", "عرض الإحصائيات")))

    def club_tv() -> None:
        p.add("widget", p.pick((f"تلفزيون {club.split(' - ')[-1]}", "Club TV", "🎥 فيديو")),
              p.pick(("كواليس التدريب الأخير قبل المباراة", "أهداف المباراة الأخيرة", "تصريحات المدرب بعد اللقاء", "جولة داخل غرفة الملابس")))
        if p.chance(0.5):
            p.add("widget", f"{p.rng.randint(1, 9)}:{p.rng.randint(10, 59)}")

    def still() -> str:
        return p.pick((_title_caption(p), "من تدريبات الفريق اليوم", f"لاعبو الفريق يحتفلون بالفوز {p.pick(('(getty)', '(المركز الإعلامي)', ''))}".strip(),
                       f"جماهير النادي في {stadium}", "صورة أرشيفية"))

    p.add("ui_text", *p.rng.sample(("English", "Español", "المتجر", "التذاكر", "دخول الأعضاء", "🔍"), p.rng.randint(2, 4)))
    p.add("other", club if p.chance(0.6) else f"{club} | الموقع الرسمي")
    _in_order(p, "other", _CLUB_MENU, p.rng.randint(5, 10))
    if p.chance(0.4):
        p.add("widget", p.pick(("المباراة القادمة", "Next match")), f"{club.split(' - ')[-1]} × {p.pick(opponents)}",
              f"{p.pick(_WEEKDAYS)} {p.rng.randint(1, 28)} {_MONTHS_EG[w.month % 12]} - {p.rng.randint(17, 22)}:00 - {stadium}")
        if p.chance(0.6):
            p.add("ui_text", p.pick(("احجز تذكرتك", "Buy tickets")))
    if p.chance(0.6):
        p.add("other", p.pick((section, f"الرئيسية / {section}")))
    if p.chance(0.86):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("dateline", date_of(w))
        if p.chance(0.6):
            p.add("source_credit", writer())
    else:
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    if p.chance(0.5):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, pool_wanted), lambda: p.add("caption", still()), card, club_tv))
    if p.chance(0.5):
        p.add("widget", p.pick(("المباريات والنتائج", "مواعيد المباريات", "Fixtures & Results")))
        for _ in range(p.rng.randint(2, 4)):
            other = p.pick(opponents)
            if p.chance(0.5):
                p.add("widget", f"{club.split(' - ')[-1]} {p.rng.randint(0, 4)} - {p.rng.randint(0, 3)} {other} | {p.pick(('الدوري', 'الكأس', 'دوري الأبطال'))}")
            else:
                p.add("widget", f"{p.rng.randint(1, 28)}/{p.rng.randint(1, 12)} | {other} | {p.rng.randint(17, 22)}:{p.pick(('00', '30', '45'))}")
        if p.chance(0.5):
            p.add("ui_text", p.pick(("جميع المباريات", "جدول الترتيب")))
    if p.chance(0.3):
        p.add("widget", p.pick(("التذاكر", "تذاكر المباراة")), p.pick((f"الدرجة الأولى: {p.rng.randint(3, 30) * 10} {money}", f"أسعار التذاكر تبدأ من {p.rng.randint(2, 9) * 10} {money}", "التذاكر متاحة عبر التطبيق الرسمي فقط")))
        p.add("ui_text", p.pick(("اشترِ الآن", "احجز تذكرتك")))
    if p.chance(0.35):
        p.add("widget", p.pick(("المتجر الرسمي", "Official Store")), p.pick((f"القميص الأساسي للموسم الجديد من {sponsors[0]}", "قميص الموسم الجديد متوفر الآن", "خصم 20% على منتجات النادي")))
        p.add("ui_text", p.pick(("تسوق الآن", "Shop now")))
    if p.chance(0.3):
        p.add("widget", p.pick(("نجوم الفريق", "اللاعبون")))
        for _ in range(p.rng.randint(1, 2)):
            card()
    if p.chance(0.3):
        p.add("related_list", p.pick(("أخبار الأكاديمية", "قطاع الناشئين")),
              *p.rng.sample(("فريق مواليد 2005 يتوج ببطولة المنطقة", "انطلاق اختبارات الناشئين الأسبوع المقبل", "تصعيد ثلاثة لاعبين من الأكاديمية للفريق الأول",
                             "فوز تحت 17 عاماً في ديربي الناشئين", "افتتاح فرع جديد لمدارس الكرة"), p.rng.randint(2, 3)))
    if p.chance(0.3):
        club_tv()
    if p.chance(0.4):
        p.add("tags", p.pick(("الوسوم", "Tags")), *p.rng.sample((club.split(" - ")[-1], "الفريق الأول", "الدوري", stadium, p.pick(players)[0]), p.rng.randint(2, 4)))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "Share")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.7):
        p.add("related_list", p.pick(("آخر الأخبار", "أخبار ذات صلة", "المزيد من الأخبار")))
        p.add("related_list", *_topical_headlines(p, pool_wanted, p.rng.randint(2, 4)))
    _next_of_own_kind(p, ("الخبر التالي", "التالي", "Next"), section, 0.6, pool_wanted,
                  between=lambda x: [("source_credit", writer())] if p.chance(0.3) else [],
                  dated=date_of if p.chance(0.75) else None,
                  under=lambda x: [("caption", p.pick(("من التدريبات", "صورة أرشيفية")))] if p.chance(0.15) else [])
    if p.chance(0.6):
        p.add("other", p.pick(("الرعاة الرسميون", "شركاؤنا", "Official Partners")))
        _in_order(p, "other", sponsors, p.rng.randint(2, len(sponsors)))
    if p.chance(0.4):
        p.add("other", p.pick(("حمّل التطبيق الرسمي", "تابعنا")))
        p.add("ui_text", p.pick(("App Store | Google Play", "Facebook | X | Instagram | YouTube")))
    one_per_line(p, "other", ("عن النادي", "اتصل بنا", "الأسئلة الشائعة", "سياسة الخصوصية", "الشروط والأحكام"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {club}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة © {host} {w.year}")))


_CLUB_WANTED: dict[str, Callable[[SourceArticle], bool]] = {}


LAYOUTS_HELDOUT19: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (agriculture_food_portal, church_christian_news, labour_unions_news, football_club_official_site)
}


# -------------------------------------------------------------------------- held-out part 20
# Four more site families, written after part 19, none of which the others shows (ordinary article
# pages): a maritime, ports and shipping news site's article (vessel movement rows, freight index
# boxes, the Suez Canal's transits counter, the sea state and tide box, the vessel-tracking search,
# port statistics), a humanitarian relief organisation's news centre (donation boxes with their
# amounts, the campaign's progress bar, the zakat calculator, beneficiaries counters, bank account
# rows, SMS numbers, the volunteer form, field stories), a stock exchange / capital markets news
# site's article (the index box and market status, company disclosures with their times, gainers
# and losers rows, the dividends table, the IPO calendar, "أضف إلى قائمة المتابعة", the "not a
# recommendation" disclaimer), and an aviation and airlines news site's article (the flight-status
# search, departures board rows, the aircraft's spec box, airport traffic figures, the METAR line,
# the airshow countdown, aviation courses). Not registered in GOLD_FILES until measured once.
_MARITIME_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"ميناء|الميناء|موانئ|الموانئ|سفينة|السفينة|سفن|السفن|الشحن|ملاحة|الملاحة|قناة السويس|ناقلة|ناقلات|حاويات|الحاويات|مضيق|هرمز"
    r"|باب المندب|بحارة|البحارة|العبارة|بناء السفن|اللوجستية|لوجستي")),
    unless=r"حربية|غواصة|فرقاطة|مهاجر|المهاجرين|مهاجرين|غرق|الغرق|لاجئين|الحوثي|الجوية|الفضاء|عسكري|عسكرية|نفق|التحالف|الحديدة|بارجة"
           r"|إسرائيل|الإسرائيلي|ترامب|هوليوود|تهدد|هددت|مطار|إيران|الإيرانية|نرويجية|فيديو|قاذفات|الألغام|حماس|جيبوتي|ليبيا|الليبي|اللاسلكي"
           r"|تحرير|الجيش|هجمات|نوح|الخارقة|استهداف|آيفون|تدمر|حديدة|تندد|ليبية|البحرية|عضلاتها|مليشيا")
_RELIEF_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"إغاثة|الإغاثة|إغاثية|مساعدات|المساعدات|إنسانية|الإنسانية|الإنساني|إنساني|الهلال الأحمر|الصليب الأحمر|اللاجئين|لاجئين|النازحين"
    r"|نازحين|الأونروا|اليونيسف|تبرعات|التبرعات|خيرية|الخيرية|الفقراء|المحتاجين|الأيتام|مركز الملك سلمان|الغذاء العالمي|قوافل|قافلة"
    r"|سلال غذائية|متطوعين|المتطوعين")),
    unless=r"ترامب|ترمب|الحوثي|حوثية|ميليشيا|داعش|الاحتلال|اغتصب|جنسية|جنسي|فتيات ليل|لوبان|سجن|نهب|إحراق|حريق|تهديدات|وفاة|استخف"
           r"|دوما|جعجع|باسيل|تصعيدية|الهدنة|معركة|معارك|مجلس الأمن|إسرائيل|لافارج|مظاهرات|تهريب|النهر|بشار|البيتزا|كوسوفو|الجولان"
           r"|تدخلات|عباس|ميركل|غراندي|يستنكر|يجمد|الحديدة|المقاومة|التحالف|أمنية|عسكرية|الجيش")
_BOURSE_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"البورصة|بورصة|البورصات|الأسهم|أسهم|سهم|بأسهم|الاكتتاب|اكتتاب|للاكتتاب|أرباح|الأرباح|هيئة السوق المالية|سوق الأسهم|السوق المالية"
    r"|سوق المال|سندات|السندات|صكوك|الإدراج|داو جونز|ناسداك|وول ستريت|توزيعات|الطروحات|المستثمرين|الربع الأول|الربع الثاني|الربع الثالث")),
    unless=r"كرة|مباراة|الذرية|فيديو|مقطع|صورة|جينير|نيكي|الفساد|سلاح|مسرحية|كتاب|رونالدو|مقصية|تيريزا|بريكست|الثقة|خداع|يتنحى|فضيحة"
           r"|ترامب|ترمب|انتخاب|الحوثي|للحوثيين|نهب")
_AVIATION_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"طيران|الطيران|مطار|المطار|مطارات|المطارات|الرحلات الجوية|رحلات جوية|الخطوط الجوية|الملاحة الجوية|بوينغ|بوينج|إيرباص|شركة طيران"
    r"|شركات طيران|الطيران المدني|المسافرين|ركاب|الركاب|للطيران")),
    unless=r"حربية|مقاتلة|مقاتلات|مسيرة|مسيّرة|بدون طيار|الحربي|عسكرية|عسكري|تحطم|سقوط|إسقاط|اختطاف|إرهاب|قصف|غارة|الحوثي|صاروخ|التحالف"
           r"|ترامب|ترمب|منع|حظر|المخدرات|تهريب|اعتقال|وفاة|جثة|الموت|داعش|الحديدة|المقاومة|معركة|حاملة|حاملات|الجيش|تجسس|المتفجرات"
           r"|قنبلة|سارق|كيم|مأساوي|منكوبة|حطام|ضحايا|الماليزية|حفتر|لافروف|تهديد|تهدد|الحرب|درون|احتجاز|شاهد|مولودتها|قس|بطل|بطلة|الانتحار"
           r"|الإعياء|النظائر|مآسي|اصطدام|اضطراري|انفجر|تليغرام|سينما|الرويشد|ضربة|يستهدف|يُستهدف|الأسد|صواريخ|تضرب|إسرائيل|حوثي|استهداف")

_MARITIME_SITES = (("الملاحة نيوز", "almelaha-news.com", "مصر"), ("موانئ وشحن", "ports-shipping.net", "الإمارات"),
                   ("البحّار العربي", "arabsailor.com", "السعودية"), ("Maritime Arabia - الملاحة العربية", "maritimearabia.com", "الإمارات"),
                   ("بوابة النقل البحري", "maritime-portal.sa", "السعودية"), ("أخبار الموانئ", "portsnews.om", "عُمان"))
_MARITIME_MENU = ("الرئيسية", "أخبار الموانئ", "النقل البحري", "قناة السويس", "الخطوط الملاحية", "الحاويات", "الناقلات", "بناء السفن",
                  "اللوجستيات", "التدريب البحري", "حركة السفن", "تقارير", "فيديو")
_PORTS = ("ميناء جبل علي", "ميناء الإسكندرية", "ميناء الملك عبدالله", "ميناء صلالة", "ميناء جدة الإسلامي", "ميناء شرق بورسعيد", "ميناء الدمام",
          "ميناء صحار", "ميناء العقبة", "ميناء طنجة المتوسط", "ميناء خليفة")
_VESSELS = (("MSC GULSUN", "بنما", "حاويات"), ("EVER GIVEN", "بنما", "حاويات"), ("MAERSK ESSEX", "الدنمارك", "حاويات"),
            ("CMA CGM MARCO POLO", "فرنسا", "حاويات"), ("AL MURAYKH", "قطر", "ناقلة غاز"), ("BAHRI ABHA", "السعودية", "بضائع عامة"),
            ("ARABIAN SEA", "ليبيريا", "ناقلة نفط"), ("COSCO SHIPPING ARIES", "هونغ كونغ", "حاويات"), ("NORDIC LUNA", "مالطا", "صب جاف"))
_FREIGHT = (("مؤشر البلطيق الجاف BDI", 1420), ("مؤشر شنغهاي للحاويات SCFI", 880), ("مؤشر Drewry WCI ($/حاوية 40 قدم)", 1640),
            ("مؤشر ناقلات النفط الخام BDTI", 760))
_MARITIME_WRITERS = ("قبطان محمد عبد الرحيم", "هالة الشريف", "فريق التحرير", "م. طارق البلوشي", "Capt. Ahmed Nour", "ريم القحطاني", "سامح عادل")


def maritime_ports_news(p: Page) -> None:
    """A news article on a maritime, ports and shipping news site (Egyptian, Gulf and Omani shipping
    news portals); the main story is a ports, ships, canal or logistics story when the corpus gives
    one. Inventory: the date and "حركة السفن" / login words at the top on some, the site's name and
    menu, the freight ticker (index, value, arrow) on some, the section trail, the title (none on a
    few pages), the writer's line and the date line in either order, a caption on some; between
    paragraphs (none to two) a read-also line, a caption, a vessel movement row pair or the
    glossary box (TEU and the like); after the text the vessel movement rows (ship, flag, type,
    berth, expected time) on about half, the freight index box on some, the Suez Canal's transits
    counter on some, the sea state and tide box on some, the vessel-tracking search (its fields,
    "تتبع") on some, the port statistics box on some, the events box (the next conference) on some,
    tags, share words, more port news; on about half the pages the next shipping story loaded whole
    (under "الخبر التالي", the section or nothing) with its writer's line on some and its date line
    on most; the newsletter, footer and copyright."""
    wanted = _MARITIME_STORY
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    site, host, country = p.pick(_MARITIME_SITES)
    section = p.pick(("أخبار الموانئ", "أخبار الموانئ", "النقل البحري", "قناة السويس", "الخطوط الملاحية", "اللوجستيات"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"آخر تحديث: {x.day:02d}/{x.month:02d}/{x.year} {x.hour:02d}:{x.minute:02d}",
                date_eg(x))[form]

    def writer() -> str:
        name = p.pick(_MARITIME_WRITERS)
        return p.pick((name, f"كتب: {name}", f"بقلم: {name}", f"{site} - {name}"))

    def vessels(k: int) -> None:
        for ship, flag, kind in p.rng.sample(_VESSELS, k):
            port = p.pick(_PORTS)
            p.add("widget", p.pick((f"{ship} | {flag} | {kind} | {port} | {p.rng.randint(1, 28):02d}/{w.month:02d} {p.rng.randint(0, 23):02d}:00",
                                    f"{ship} ({kind}) - {p.pick(('وصول', 'مغادرة', 'على الرصيف', 'في الانتظار'))} - {port}")))

    def glossary() -> None:
        p.add("widget", p.pick(("مصطلح بحري", "قاموس الملاحة", "ما معنى؟")),
              p.pick(("TEU: وحدة قياس تعادل حاوية طولها 20 قدماً", "الحمولة الساكنة (DWT): أقصى وزن تستطيع السفينة حمله",
                      "رسوم العبور: ما تدفعه السفينة لقاء المرور في القناة", "المسافنة: نقل الحاويات من سفينة إلى أخرى في ميناء وسيط")))

    def still() -> str:
        return p.pick((_title_caption(p), "سفينة حاويات أثناء رسوها (أرشيفية)", "جانب من أرصفة الميناء", f"رافعات الحاويات {p.pick(_CREDITS)}",
                       "سفينة تعبر قناة السويس - صورة أرشيفية", "صورة أرشيفية"))

    if p.chance(0.5):
        p.add("other", date_eg(w, clock=False))
    if p.chance(0.4):
        p.add("ui_text", *p.rng.sample(("English", "حركة السفن", "تسجيل الدخول", "🔍 بحث", "النشرة البحرية"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _MARITIME_MENU, p.rng.randint(5, 10))
    if p.chance(0.35):
        for name, base in p.rng.sample(_FREIGHT, p.rng.randint(2, 3)):
            p.add("widget", f"{name} {base * p.rng.uniform(0.85, 1.2):,.0f} {p.pick(('▲', '▼'))} {p.rng.uniform(0.1, 4.5):.2f}%")
    if p.chance(0.6):
        p.add("other", p.pick((section, f"الرئيسية > {section}", f"الرئيسية / {section}")))
    if p.chance(0.86):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.6):
            p.add("source_credit", writer())
    if p.chance(0.4):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted), lambda: p.add("caption", still()), glossary,
                          lambda: (p.add("widget", "حركة السفن الآن"), vessels(2))))
    if p.chance(0.5):
        p.add("widget", p.pick(("حركة السفن في الموانئ", f"السفن المتوقع وصولها - {p.pick(_PORTS)}", "Vessel movements")))
        if p.chance(0.5):
            p.add("widget", "السفينة | العلم | النوع | الميناء | الموعد")
        vessels(p.rng.randint(2, 4))
        if p.chance(0.5):
            p.add("ui_text", p.pick(("عرض كل السفن", "المزيد", "تحديث")))
    if p.chance(0.35):
        p.add("widget", p.pick(("مؤشرات الشحن", "أسعار الشحن البحري", "Freight indices")))
        for name, base in p.rng.sample(_FREIGHT, p.rng.randint(2, 4)):
            p.add("widget", f"{name}: {base * p.rng.uniform(0.85, 1.2):,.0f} ({p.pick(('+', '-'))}{p.rng.randint(1, 60)})")
    if p.chance(0.3):
        p.add("widget", p.pick(("قناة السويس اليوم", "حركة الملاحة بالقناة")),
              f"عبرت القناة اليوم {p.rng.randint(45, 85)} سفينة بحمولات صافية {p.rng.uniform(2.8, 5.4):.1f} مليون طن",
              p.pick((f"{p.rng.randint(20, 40)} سفينة في قافلة الشمال", f"{p.rng.randint(20, 45)} سفينة في قافلة الجنوب")))
    if p.chance(0.3):
        p.add("widget", p.pick(("حالة البحر", "النشرة البحرية", "الطقس البحري")))
        p.add("widget", f"ارتفاع الموج: {p.rng.uniform(0.5, 3.5):.1f} م - الرياح: {p.pick(('شمالية', 'شمالية غربية', 'جنوبية شرقية'))} {p.rng.randint(8, 30)} عقدة")
        if p.chance(0.6):
            p.add("widget", f"المد العالي {p.rng.randint(1, 11):02d}:{p.rng.randint(0, 59):02d} - الجزر {p.rng.randint(13, 23):02d}:{p.rng.randint(0, 59):02d}")
    if p.chance(0.25):
        p.add("widget", p.pick(("تتبع السفن", "ابحث عن سفينة")))
        p.add("ui_text", *p.rng.sample(("اسم السفينة", "رقم IMO", "رقم MMSI", "الميناء"), p.rng.randint(2, 3)))
        p.add("ui_text", p.pick(("تتبع", "بحث")))
    if p.chance(0.25):
        port = p.pick(_PORTS)
        p.add("widget", p.pick((f"إحصاءات {port}", "أرقام الموانئ")),
              f"مناولة الحاويات: {p.rng.randint(200, 1900):,} ألف حاوية مكافئة", f"عدد السفن: {p.rng.randint(150, 900)} سفينة خلال الشهر")
    if p.chance(0.2):
        p.add("widget", p.pick(("فعاليات قادمة", "المؤتمرات")), p.pick((f"مؤتمر TOC الشرق الأوسط - دبي {w.year + 1}", f"معرض سي تريد الشرق الأوسط البحري {w.year}",
                                                                      "ملتقى الموانئ العربية - الإسكندرية")))
        p.add("ui_text", p.pick(("سجّل الآن", "التفاصيل")))
    if p.chance(0.5):
        p.add("tags", p.pick(("الكلمات الدالة", "وسوم", "Tags")),
              *p.rng.sample(tuple(dict.fromkeys(("الموانئ", "النقل البحري", "قناة السويس", "الحاويات", "الشحن", country, "الخطوط الملاحية", section))), p.rng.randint(2, 4)))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "مشاركة")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.7):
        p.add("related_list", p.pick(("أخبار ذات صلة", "الأكثر قراءة", "آخر أخبار الموانئ")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 4)))
    _next_of_own_kind(p, ("الخبر التالي", "اقرأ التالي", "التالي"), section, 0.5, wanted,
                      between=lambda x: [("source_credit", writer())] if p.chance(0.4) else [],
                      dated=date_of if p.chance(0.7) else None,
                      under=lambda x: [("caption", p.pick(("صورة أرشيفية", "صورة تعبيرية")))] if p.chance(0.15) else [])
    if p.chance(0.4):
        p.add("other", p.pick(("اشترك في النشرة البحرية اليومية", f"تابع {site} على لينكد إن")))
        p.add("ui_text", p.pick(("اشترك", "تابعنا")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة - {host} {w.year}")))


_RELIEF_ORGS = (("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "ksrelief.org", "ريال", "5055"), ("هيئة الهلال الأحمر الإماراتي", "emiratesrc.ae", "درهم", "2449"),
                ("قطر الخيرية", "qcharity.org", "ريال", "92632"), ("الهيئة الخيرية الإسلامية العالمية", "iico.org", "دينار", "94410"),
                ("بنك الطعام المصري", "efb.eg", "جنيه", "9999"), ("الإغاثة الإسلامية عبر العالم", "islamic-relief.org/ar", "دولار", "70755"),
                ("جمعية الهلال الأحمر الكويتي", "krcs.org.kw", "دينار", "5545"))
_RELIEF_MENU = ("الرئيسية", "من نحن", "مشاريعنا", "الأخبار", "حملات الإغاثة", "كفالة الأيتام", "الزكاة", "التطوع", "التقارير والشفافية",
                "قصص من الميدان", "الشركاء", "تبرّع الآن")
_RELIEF_CAMPAIGNS = ("حملة دفء الشتاء", "سقيا الماء", "إفطار صائم", "الأضاحي", "حقيبة مدرسية لكل طفل", "إغاثة عاجلة للنازحين", "قوافل الخير",
                     "سلة رمضان الغذائية")
_RELIEF_WRITERS = ("المكتب الإعلامي", "إدارة الاتصال", "فريق الإعلام", "مريم الكعبي", "خالد الحربي", "Layla Hassan", "عبد الرحمن العنزي")
_FIELD_STORIES = ("أم محمد: الخيمة الجديدة حمتنا من برد الشتاء", "حلم سارة بالعودة إلى المدرسة تحقق", "بئر ماء تغير حياة قرية كاملة",
                  "أبو أحمد يعود إلى عمله بعد ترميم محله", "مخبز ميداني يطعم ألف أسرة يومياً")


def relief_charity_news(p: Page) -> None:
    """A news item on a humanitarian relief organisation's site (KSrelief, the Emirates Red Crescent,
    Qatar Charity, the IICO, the Egyptian Food Bank, Islamic Relief, the Kuwait Red Crescent); the
    main story is an aid, refugees or charity story when the corpus gives one. Inventory: the
    "تبرّع الآن" button, language and login words at the top on some, the organisation's name and
    menu, the section trail, the title (none on a few pages), the date line and the media office's
    line in either order, a caption of the distribution on about half; between paragraphs (none to
    two) a read-also line, a caption, the campaign's donation box or a beneficiaries counter line;
    after the text the campaign box (its name, the progress bar's "تم جمع" line, the target) on
    some, the quick donation amounts and "تبرّع" on some, the counters (beneficiaries, countries,
    projects) on some, the zakat calculator on some, the bank account rows (bank, IBAN) on some,
    the SMS numbers on some, the volunteer form on some, field stories' headlines on some, the
    annual report download on some, tags, share words, more of the organisation's news; on about
    half the pages the next aid story loaded whole (under "الخبر التالي", the section or nothing)
    with its date line on most; the licence line, footer and copyright."""
    wanted = _RELIEF_STORY
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    org, host, money, sms = p.pick(_RELIEF_ORGS)
    section = p.pick(("الأخبار", "الأخبار", "أخبار المشاريع", "المركز الإعلامي", "حملات الإغاثة", "أخبار الميدان"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{x.day:02d}-{x.month:02d}-{x.year}",
                f"تاريخ النشر: {_WEEKDAYS[x.weekday]} {x.day} {_MONTHS_EG[x.month - 1]} {x.year}")[form]

    def writer() -> str:
        name = p.pick(_RELIEF_WRITERS)
        return p.pick((name, f"{org} - {name}", f"المصدر: {name}" if name in ("المكتب الإعلامي", "إدارة الاتصال", "فريق الإعلام") else f"كتب: {name}"))

    def campaign() -> None:
        name = p.pick(_RELIEF_CAMPAIGNS)
        p.add("widget", name, f"تم جمع {p.rng.randint(12, 96)}% من المستهدف")
        if p.chance(0.6):
            p.add("ui_text", p.pick(("تبرّع الآن", "ساهم معنا", "تبرع")))

    def counter() -> None:
        p.add("widget", p.pick((f"{p.rng.randint(12, 980):,} ألف مستفيد", f"{p.rng.randint(30, 90)} دولة", f"{p.rng.randint(200, 4800):,} مشروع")))

    def still() -> str:
        return p.pick((_title_caption(p), "جانب من توزيع السلال الغذائية", "متطوعون أثناء تجهيز المساعدات", "خلال تسليم المساعدات للأسر المستفيدة",
                       f"قافلة المساعدات لدى وصولها {p.pick(('(أرشيفية)', '', '- المكتب الإعلامي'))}".strip(), "صورة أرشيفية"))

    if p.chance(0.6):
        p.add("ui_text", *p.rng.sample(("تبرّع الآن", "English", "Français", "دخول", "🔍"), p.rng.randint(1, 3)))
    p.add("other", org if p.chance(0.6) else f"{org} | {host}")
    _in_order(p, "other", _RELIEF_MENU, p.rng.randint(5, 10))
    if p.chance(0.6):
        p.add("other", p.pick((section, f"الرئيسية / {section}", f"الرئيسية > المركز الإعلامي > {section}")))
    if p.chance(0.86):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("dateline", date_of(w))
        if p.chance(0.6):
            p.add("source_credit", writer())
    else:
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    if p.chance(0.5):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted), lambda: p.add("caption", still()), campaign, counter))
    if p.chance(0.4):
        p.add("widget", p.pick(("ساهم في الحملة", "الحملة الحالية", "حملاتنا")))
        name = p.pick(_RELIEF_CAMPAIGNS)
        target = p.rng.randint(2, 90) * 100000
        p.add("widget", name, f"تم جمع {int(target * p.rng.uniform(0.1, 0.95)):,} {money} من أصل {target:,} {money}")
        if p.chance(0.5):
            p.add("widget", f"{p.rng.randint(3, 40)} يوماً متبقية - {p.rng.randint(400, 9000):,} متبرع")
    if p.chance(0.35):
        p.add("widget", p.pick(("تبرّع سريع", "اختر مبلغ التبرع")))
        _in_order(p, "ui_text", tuple(f"{n} {money}" for n in (10, 50, 100, 250, 500, 1000)), p.rng.randint(3, 5))
        p.add("ui_text", p.pick(("مبلغ آخر", "تبرّع الآن")))
    if p.chance(0.3):
        p.add("widget", p.pick(("أثرنا بالأرقام", "إنجازاتنا", "أرقام وإحصائيات")))
        p.add("widget", f"{p.rng.randint(2, 48)} مليون مستفيد", f"{p.rng.randint(40, 95)} دولة", f"{p.rng.randint(900, 4200):,} مشروع")
    if p.chance(0.25):
        p.add("widget", p.pick(("حاسبة الزكاة", "احسب زكاتك")))
        p.add("ui_text", *p.rng.sample(("النقود", "الذهب (غرام)", "الأسهم", "عروض التجارة"), p.rng.randint(2, 3)))
        p.add("ui_text", p.pick(("احسب", "ادفع زكاتك")))
    if p.chance(0.25):
        p.add("widget", p.pick(("حساباتنا البنكية", "التبرع عبر التحويل البنكي")))
        banks = (("بنك الراجحي", "SA"), ("بنك الإمارات دبي الوطني", "AE"), ("بنك الكويت الوطني", "KW"), ("البنك الأهلي المصري", "EG"), ("بنك قطر الوطني", "QA"))
        for bank, prefix in p.rng.sample(banks, p.rng.randint(1, 2)):
            p.add("widget", f"{bank}: {prefix}{p.rng.randint(10, 99)} {p.rng.randint(1000, 9999)} {p.rng.randint(1000, 9999)} {p.rng.randint(1000, 9999)}")
    if p.chance(0.3):
        p.add("widget", p.pick((f"تبرع برسالة نصية إلى {sms}", f"أرسل كلمة (خير) إلى {sms}")))
    if p.chance(0.25):
        p.add("widget", p.pick(("كن متطوعاً", "انضم إلى فريق المتطوعين")))
        p.add("ui_text", *p.rng.sample(("الاسم", "رقم الجوال", "المدينة", "مجال التطوع", "البريد الإلكتروني"), p.rng.randint(2, 4)))
        p.add("ui_text", p.pick(("سجّل الآن", "إرسال")))
    if p.chance(0.3):
        p.add("related_list", p.pick(("قصص من الميدان", "قصص نجاح")))
        p.add("related_list", *p.rng.sample(_FIELD_STORIES, p.rng.randint(2, 3)))
    if p.chance(0.2):
        p.add("widget", p.pick((f"التقرير السنوي {w.year - 1}", "تقرير الشفافية")))
        p.add("ui_text", p.pick(("تحميل (PDF)", "اطلع على التقرير")))
    if p.chance(0.45):
        p.add("tags", p.pick(("وسوم", "الكلمات الدالة")),
              *p.rng.sample(("الإغاثة", "العمل الإنساني", "اللاجئين", "النازحين", "التبرعات", "الأمن الغذائي", "اليمن", "سوريا"), p.rng.randint(2, 4)))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "شارك الخبر", "انشر الخير")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.65):
        p.add("related_list", p.pick(("أخبار ذات صلة", "آخر الأخبار", "من مشاريعنا")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 4)))
    _next_of_own_kind(p, ("الخبر التالي", "التالي", "خبر آخر"), section, 0.5, wanted,
                      between=lambda x: [("source_credit", writer())] if p.chance(0.3) else [],
                      dated=date_of if p.chance(0.75) else None,
                      under=lambda x: [("caption", p.pick(("صورة أرشيفية", "من توزيع المساعدات")))] if p.chance(0.15) else [])
    if p.chance(0.4):
        p.add("other", p.pick(("مرخصة من وزارة الشؤون الاجتماعية برقم 312", "جهة خيرية مسجلة - ترخيص رقم 1459", "عضو في التحالف الدولي للعمل الإنساني")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "الأسئلة الشائعة", "سياسة الخصوصية", "الشفافية"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {org}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة - {host}")))


_BOURSE_SITES = (("مباشر", "mubasher.info", "تاسي", 7900.0, "ريال"), ("أرقام", "argaam.com", "تاسي", 8100.0, "ريال"),
                 ("البورصة نيوز", "alborsanews.com", "EGX30", 15800.0, "جنيه"), ("أموال الغد", "amwalalghad.com", "EGX30", 16200.0, "جنيه"),
                 ("معلومات مباشر - الكويت", "kuwait.mubasher.info", "مؤشر السوق الأول", 5300.0, "فلس"),
                 ("الاقتصادي - الإمارات", "aliqtisadi.ae", "سوق دبي المالي", 2950.0, "درهم"))
_BOURSE_MENU = ("الرئيسية", "الأسواق", "الأسهم", "الإفصاحات", "الاكتتابات", "توزيعات الأرباح", "النتائج المالية", "التحليل الفني", "الصناديق",
                "السلع", "العملات", "المحفظة")
_COMPANIES = (("أرامكو السعودية", 2222, 35.5), ("مصرف الراجحي", 1120, 82.0), ("سابك", 2010, 118.4), ("التجاري الدولي", "COMI", 78.3),
              ("طلعت مصطفى", "TMGH", 11.2), ("إعمار العقارية", "EMAAR", 5.4), ("زين", "ZAIN", 0.58), ("بيت التمويل الكويتي", "KFH", 0.62),
              ("معادن", 1211, 48.7), ("المراعي", 2280, 51.1))
_BOURSE_WRITERS = ("وحدة الأبحاث", "فريق التحرير", "أحمد سليمان", "نهى مصطفى", "Mohamed Adel", "عبدالعزيز الفهد", "منة الله علي")


def stock_exchange_news(p: Page) -> None:
    """A news article on a stock exchange / capital markets news site (Mubasher, Argaam, Alborsa News,
    Amwal Al Ghad, Kuwait and Emirates markets sites); the main story is a shares, bourse, bonds or
    earnings story when the corpus gives one. Inventory: the market status and the index box (its
    name, points, change) at the top on most, login / "المحفظة" words on some, the site's name and
    menu, the section trail, the title (none on a few pages), the date line and the writer's line in
    either order; between paragraphs (none to two) a read-also line, a company quote row or a
    "إفصاح" line; after the text the disclaimer ("لا يعد توصية") on some, the company box (name,
    symbol, price, change, "أضف إلى قائمة المتابعة") on some, the latest disclosures with their
    times on some, the gainers / losers rows on about half, the dividends table on some, the IPO
    calendar on some, tags, share words, more market news; on about half the pages the next market
    story loaded whole (under "الخبر التالي", the section or nothing) with its writer's line on some
    and its date line on most; the apps, the data-delay note, footer and copyright."""
    wanted = _BOURSE_STORY
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    site, host, index, points, money = p.pick(_BOURSE_SITES)
    section = p.pick(("الأسواق", "الأسواق", "أخبار الشركات", "الأسهم", "النتائج المالية", "الاقتصاد العالمي"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year} {x.hour:02d}:{x.minute:02d}", f"{x.year}/{x.month:02d}/{x.day:02d}",
                f"تاريخ النشر: {date_eg(x)}")[form]

    def writer() -> str:
        name = p.pick(_BOURSE_WRITERS)
        return p.pick((name, f"{site} - {name}", f"إعداد: {name}"))

    def quote() -> None:
        name, symbol, price = p.pick(_COMPANIES)
        change = p.rng.uniform(-4.5, 4.5)
        p.add("widget", f"{name} ({symbol}) {price * p.rng.uniform(0.9, 1.1):.2f} {'▲' if change > 0 else '▼'} {abs(change):.2f}%")

    def disclosure() -> None:
        name, _, _ = p.pick(_COMPANIES)
        p.add("widget", p.pick(("إفصاح", "📢 إفصاح")),
              p.pick((f"{name} تعلن عن نتائجها المالية الأولية", f"{name} تعلن توزيع أرباح نقدية على المساهمين", f"{name} تعلن عن دعوة مساهميها لحضور الجمعية العامة",
                      f"{name} تعلن توقيع اتفاقية تمويل")))

    def still() -> str:
        return p.pick((_title_caption(p), "شاشة التداول (أرشيفية)", "متعاملون في قاعة التداول", f"مقر البورصة {p.pick(_CREDITS)}", "صورة أرشيفية"))

    if p.chance(0.7):
        p.add("widget", p.pick(("السوق مغلق", "السوق مفتوح", "جلسة ما قبل الافتتاح")))
        change = p.rng.uniform(-2.2, 2.2)
        p.add("widget", f"{index} {points * p.rng.uniform(0.93, 1.07):,.2f} {'▲' if change > 0 else '▼'} {abs(change):.2f}%")
    if p.chance(0.4):
        p.add("ui_text", *p.rng.sample(("تسجيل الدخول", "المحفظة", "English", "🔍 ابحث عن سهم"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _BOURSE_MENU, p.rng.randint(5, 10))
    if p.chance(0.6):
        p.add("other", p.pick((section, f"الرئيسية > {section}", f"الأخبار / {section}")))
    if p.chance(0.86):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("dateline", date_of(w))
        if p.chance(0.6):
            p.add("source_credit", writer())
    else:
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    if p.chance(0.3):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted), quote, disclosure, lambda: p.add("caption", still())))
    if p.chance(0.35):
        p.add("other", p.pick(("إخلاء مسؤولية: المعلومات الواردة لا تعد توصية بالشراء أو البيع", "هذا المحتوى لأغراض إعلامية ولا يعد توصية استثمارية")))
    if p.chance(0.3):
        name, symbol, price = p.pick(_COMPANIES)
        p.add("widget", f"{name} | {symbol}", f"آخر سعر: {price * p.rng.uniform(0.9, 1.1):.2f} {money}",
              f"التغير: {p.rng.uniform(-3, 3):+.2f}% | حجم التداول: {p.rng.randint(100, 9000):,} ألف سهم")
        p.add("ui_text", p.pick(("أضف إلى قائمة المتابعة", "+ المحفظة", "صفحة السهم")))
    if p.chance(0.35):
        p.add("widget", p.pick(("آخر الإفصاحات", "إعلانات الشركات", "إفصاحات اليوم")))
        for name, _, _ in p.rng.sample(_COMPANIES, p.rng.randint(2, 3)):
            p.add("widget", f"{p.rng.randint(8, 16):02d}:{p.rng.randint(0, 59):02d} | {name} | {p.pick(('النتائج المالية الأولية', 'توزيع أرباح', 'انعقاد الجمعية العامة', 'زيادة رأس المال', 'تعيين رئيس تنفيذي'))}")
    if p.chance(0.5):
        board = p.rng.randrange(3)
        p.add("widget", ("الأكثر ارتفاعاً", "الأكثر انخفاضاً", "الأكثر نشاطاً")[board])
        for name, _, price in p.rng.sample(_COMPANIES, p.rng.randint(3, 5)):
            move = (p.rng.uniform(0.5, 9.9), -p.rng.uniform(0.5, 9.9), p.rng.uniform(-4.0, 4.0))[board]
            p.add("widget", f"{name} {price * p.rng.uniform(0.9, 1.1):.2f} {move:+.2f}%")
        if p.chance(0.4):
            p.add("ui_text", p.pick(("عرض الكل", "خريطة السوق")))
    if p.chance(0.3):
        p.add("widget", p.pick(("توزيعات الأرباح", "جدول التوزيعات النقدية")))
        if p.chance(0.5):
            p.add("widget", "الشركة | التوزيع للسهم | تاريخ الأحقية")
        for name, _, price in p.rng.sample(_COMPANIES, p.rng.randint(2, 3)):
            p.add("widget", f"{name} | {price * p.rng.uniform(0.01, 0.06):.2f} {money} | {p.rng.randint(1, 28)}/{p.rng.randint(1, 12)}/{w.year}")
    if p.chance(0.25):
        p.add("widget", p.pick(("الاكتتابات القادمة", "تقويم الطروحات")))
        for company in p.rng.sample(("شركة الخريف لتقنية المياه", "أديس القابضة", "فاليو", "مستشفى الحبيب", "طيران ناس", "ألف للتعليم"), 2):
            p.add("widget", f"{company} | {p.pick(('السوق الرئيسية', 'نمو', 'EGX'))} | فترة الاكتتاب: {p.rng.randint(1, 20)}-{p.rng.randint(21, 28)} {_MONTHS_EG[w.month % 12]}")
    if p.chance(0.45):
        p.add("tags", p.pick(("الكلمات الدالة", "وسوم", "الشركات المذكورة")),
              *p.rng.sample(tuple(dict.fromkeys(("البورصة", "الأسهم", index, "الأرباح", "الاكتتابات", "السندات", "المستثمرين", section))), p.rng.randint(2, 4)))
    if p.chance(0.55):
        p.add("ui_text", p.pick(("شارك", "مشاركة")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.7):
        p.add("related_list", p.pick(("أخبار ذات صلة", "الأكثر قراءة", "أخبار السوق")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 4)))
    _next_of_own_kind(p, ("الخبر التالي", "التالي", "المقال التالي"), section, 0.6, wanted,
                      between=lambda x: [("source_credit", writer())] if p.chance(0.35) else [],
                      dated=date_of if p.chance(0.75) else None,
                      under=lambda x: [("caption", "صورة أرشيفية")] if p.chance(0.1) else [])
    if p.chance(0.4):
        p.add("other", p.pick((f"حمّل تطبيق {site} لمتابعة الأسعار لحظياً", "الأسعار متأخرة 15 دقيقة - المصدر: البورصة")))
        p.add("ui_text", p.pick(("App Store | Google Play", "حمّل التطبيق")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة - {host}")))


_AVIATION_SITES = (("عالم الطيران", "aviationworld-ar.com"), ("أخبار الطيران", "aviation-news.ae"), ("الطيران العربي", "arabianaviation.net"),
                   ("Aviation Pros عربي", "aviationpros-ar.com"), ("سماء العرب", "arabsky.net"), ("مجلة الطيران المدني", "civilaviation-mag.sa"))
_AVIATION_MENU = ("الرئيسية", "شركات الطيران", "المطارات", "الطيران التجاري", "صناعة الطيران", "الشحن الجوي", "الطيران الخاص", "السلامة الجوية",
                  "معارض الطيران", "وظائف الطيران", "فيديو")
_AIRCRAFT = (("بوينغ 787-9 دريملاينر", "296 مقعداً", "14,010 كم", "2 × رولز رويس ترنت 1000"), ("إيرباص A350-900", "325 مقعداً", "15,000 كم", "2 × رولز رويس ترنت XWB"),
             ("إيرباص A320neo", "180 مقعداً", "6,300 كم", "2 × CFM LEAP-1A"), ("بوينغ 777-300ER", "396 مقعداً", "13,650 كم", "2 × جنرال إلكتريك GE90"),
             ("إيرباص A380-800", "517 مقعداً", "15,200 كم", "4 × إنجن ألاينس GP7200"), ("بوينغ 737 ماكس 8", "178 مقعداً", "6,570 كم", "2 × CFM LEAP-1B"))
_FLIGHTS = (("EK", "دبي"), ("SV", "الرياض"), ("MS", "القاهرة"), ("RJ", "عمّان"), ("EY", "أبوظبي"), ("GF", "البحرين"), ("WY", "مسقط"),
            ("KU", "الكويت"), ("AT", "الدار البيضاء"), ("ME", "بيروت"), ("TK", "إسطنبول"), ("LH", "فرانكفورت"))
_AIRPORTS = (("OMDB", "مطار دبي الدولي"), ("OERK", "مطار الملك خالد الدولي"), ("HECA", "مطار القاهرة الدولي"), ("OJAI", "مطار الملكة علياء الدولي"),
             ("OKBK", "مطار الكويت الدولي"), ("OTHH", "مطار حمد الدولي"))
_AVIATION_WRITERS = ("الكابتن سامي الحربي", "رنا عبد الله", "فريق التحرير", "محمد الحوسني", "Omar Farouk", "هشام عادل", "م. ليلى الزين")


def aviation_airlines_news(p: Page) -> None:
    """A news article on an aviation and airlines news site (Gulf, Saudi and Egyptian aviation news
    portals and magazines); the main story is an airline, airport or aircraft-maker story when the
    corpus gives one. Inventory: the date and login / newsletter words at the top on some, the
    site's name and menu, the flight-status search (its fields and "ابحث") on some, the section
    trail, the title (none on a few pages), the writer's line and the date line in either order, a
    caption on about half; between paragraphs (none to two) a read-also line, a caption, the
    aircraft's spec box or a "بالأرقام" figure; after the text the departures board rows (flight,
    destination, time, status) on some, the aircraft's spec box (type, seats, range) on some, the
    airport traffic figures on some, the METAR line on some, the airshow countdown on some, the
    aviation courses ad on some, tags, share words, more aviation news; on about half the pages the
    next aviation story loaded whole (under "الخبر التالي", the section or nothing) with its
    writer's line on some and its date line on most; the newsletter, footer and copyright."""
    wanted = _AVIATION_STORY
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    site, host = p.pick(_AVIATION_SITES)
    section = p.pick(("شركات الطيران", "شركات الطيران", "المطارات", "الطيران التجاري", "صناعة الطيران", "السلامة الجوية"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{x.day:02d}/{x.month:02d}/{x.year} - {x.hour:02d}:{x.minute:02d} GMT",
                date_eg(x, clock=False))[form]

    def writer() -> str:
        name = p.pick(_AVIATION_WRITERS)
        return p.pick((name, f"كتب: {name}", f"بقلم: {name}", f"{site} - {name}"))

    def spec() -> None:
        kind, seats, reach, engines = p.pick(_AIRCRAFT)
        p.add("widget", p.pick(("بطاقة الطائرة", "مواصفات الطائرة", "Aircraft")), kind)
        p.add("widget", *p.rng.sample((f"السعة: {seats}", f"المدى: {reach}", f"المحركات: {engines}"), p.rng.randint(2, 3)))

    def figure() -> None:
        p.add("widget", p.pick(("بالأرقام", "رقم اليوم")),
              p.pick((f"{p.rng.randint(20, 90)} مليون مسافر عبر المطار العام الماضي", f"{p.rng.randint(150, 280)} طائرة في الأسطول",
                      f"{p.rng.randint(90, 160)} وجهة حول العالم", f"{p.rng.randint(300, 1200)} رحلة يومياً")))

    def still() -> str:
        return p.pick((_title_caption(p), "طائرة على مدرج المطار (أرشيفية)", "صالة المغادرة", f"إحدى طائرات الأسطول {p.pick(_CREDITS)}", "صورة تعبيرية", "صورة أرشيفية"))

    if p.chance(0.5):
        p.add("other", date_eg(w, clock=False))
    if p.chance(0.4):
        p.add("ui_text", *p.rng.sample(("English", "تسجيل الدخول", "النشرة البريدية", "🔍"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _AVIATION_MENU, p.rng.randint(5, 10))
    if p.chance(0.3):
        p.add("widget", p.pick(("حالة الرحلة", "تتبع رحلتك")))
        p.add("ui_text", *p.rng.sample(("رقم الرحلة", "مطار المغادرة", "مطار الوصول", "التاريخ"), p.rng.randint(2, 3)))
        p.add("ui_text", p.pick(("ابحث", "تتبع")))
    if p.chance(0.6):
        p.add("other", p.pick((section, f"الرئيسية > {section}", f"الرئيسية / {section}")))
    if p.chance(0.86):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.6):
            p.add("source_credit", writer())
    if p.chance(0.45):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted), lambda: p.add("caption", still()), spec, figure))
    if p.chance(0.35):
        code, name = p.pick(_AIRPORTS)
        p.add("widget", p.pick((f"المغادرة - {name}", "لوحة الرحلات", "Departures")))
        if p.chance(0.5):
            p.add("widget", "الرحلة | الوجهة | الموعد | الحالة")
        for carrier, city in p.rng.sample(_FLIGHTS, p.rng.randint(2, 4)):
            p.add("widget", f"{carrier} {p.rng.randint(100, 999)} | {city} | {p.rng.randint(0, 23):02d}:{p.pick(('00', '15', '30', '45', '55'))} | {p.pick(('في موعدها', 'متأخرة', 'صعود الطائرة', 'أقلعت', 'ملغاة'))}")
    if p.chance(0.3):
        spec()
    if p.chance(0.3):
        code, name = p.pick(_AIRPORTS)
        p.add("widget", p.pick((f"حركة {name}", "إحصاءات المطار")),
              f"المسافرون: {p.rng.uniform(1.2, 8.9):.1f} مليون (+{p.rng.randint(1, 14)}%)", f"حركة الطائرات: {p.rng.randint(9, 40)},{p.rng.randint(100, 999)} رحلة")
    if p.chance(0.2):
        code, name = p.pick(_AIRPORTS)
        p.add("widget", f"METAR {code} {w.day:02d}{p.rng.randint(0, 23):02d}00Z {p.rng.randint(1, 36) * 10:03d}{p.rng.randint(4, 25):02d}KT CAVOK {p.rng.randint(14, 42)}/{p.rng.randint(2, 20):02d} Q{p.rng.randint(1002, 1020)}")
    if p.chance(0.25):
        p.add("widget", p.pick((f"معرض دبي للطيران {w.year + 1 if w.year % 2 else w.year + 2}", f"معرض البحرين الدولي للطيران {w.year + 1}", "معرض فارنبورو الجوي")),
              f"متبقٍ {p.rng.randint(12, 300)} يوماً")
        p.add("ui_text", p.pick(("سجّل حضورك", "التفاصيل")))
    if p.chance(0.2):
        p.add("other", p.pick(("أكاديمية الطيران: دورات طيار تجاري ومضيفي طيران - سجّل الآن", "إعلان: دبلوم إدارة المطارات - مقاعد محدودة", "وظائف شاغرة في شركات الطيران")))
    if p.chance(0.5):
        p.add("tags", p.pick(("الكلمات الدالة", "وسوم", "Tags")),
              *p.rng.sample(tuple(dict.fromkeys(("الطيران", "المطارات", "بوينغ", "إيرباص", "الطيران المدني", "المسافرين", "شركات الطيران", section))), p.rng.randint(2, 4)))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "مشاركة")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.7):
        p.add("related_list", p.pick(("أخبار ذات صلة", "الأكثر قراءة", "آخر أخبار الطيران")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 4)))
    _next_of_own_kind(p, ("الخبر التالي", "اقرأ التالي", "التالي"), section, 0.5, wanted,
                      between=lambda x: [("source_credit", writer())] if p.chance(0.4) else [],
                      dated=date_of if p.chance(0.7) else None,
                      under=lambda x: [("caption", p.pick(("صورة أرشيفية", "صورة تعبيرية")))] if p.chance(0.15) else [])
    if p.chance(0.4):
        p.add("other", p.pick(("اشترك في نشرة الطيران الأسبوعية", f"تابع {site} على إكس وإنستغرام")))
        p.add("ui_text", p.pick(("اشترك", "تابعنا")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة - {host} {w.year}")))


LAYOUTS_HELDOUT20: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (maritime_ports_news, relief_charity_news, stock_exchange_news, aviation_airlines_news)
}


# -------------------------------------------------------------------------- held-out part 21
# Four more site families, written after part 20, none of which the others shows (ordinary article
# pages): a telecoms and consumer-tech gadget news site's article (the phone-prices ticker, the
# device's spec box one row a line, price-compare rows across stores, the review score with its
# pros and cons, operators' bundle offers, the speed-test box, "قارن الأجهزة"), a motorsport news
# site's article (the drivers' and constructors' standings rows, the next race box with its circuit
# and countdown, race results rows, the weekend's session timetable, the driver card, the lap
# record, "التوقيت المباشر"), a children's and family magazine's article (the age group, the
# expert's review line, the tips-for-parents box, the activity of the day, the pregnancy / growth
# calculators, the parents' poll, mothers' comments), and a local classifieds-plus-news portal's
# article (the "أضف إعلانك مجاناً" button, the city picker, ad categories, classified listing rows
# with price, city and age, featured ads, job ads, the duty pharmacies, obituaries, community
# notices). Not registered in GOLD_FILES until measured once.
_GADGET_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"اتصالات|الاتصالات|الهاتف|هاتف|هاتفين|هواتف|الهواتف|الذكية|آيفون|أيفون|سامسونغ|سامسونج|هواوي|أبل|آبل|غوغل|جوجل|أندرويد|الجيل الخامس"
    r"|الإنترنت|إنترنت|تطبيقات|شاومي|نوكيا|لابتوب|كمبيوتر|الحاسوب|بلاي ستيشن|غالاكسي|جالاكسي|واتساب|الجوال|الجوالة|سوني|إل جي|ون بلس")),
    unless=r"ترامب|ترمب|قتل|اغتيال|جاسوس|تجسس|اختراق|قراصنة|داعش|إرهاب|الحوثي|اعتقال|سجن|إسرائيل|الاحتلال|انتخاب|روسيا|روسية|طفل|جنس"
           r"|إباحي|فيسبوك|كامبريدج|الحرب التجارية|رسوم|الصين تتجه|غزوة|إيران|الإيرانية|تركيا|قطع|حجب|المعارضة|الحكومة|وفاة|انفجار|حريق"
           r"|خروف|ضحية|ضحايا|المخابرات|التحقيق|محكمة|غرامة|القضاء|الإمارات تحظر|الجيش|عسكري|الحرب|الاعتداءات|أطفال|الأطفال")
_MOTOR_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"فورمولا|الفورمولا|فورملا|رالي|الرالي|داكار|موتو جي بي|فيتل|فيتيل|هاميلتون|ريكياردو|رايكونن|ألونسو|لوكلير|بوتاس|فيرستابن|فرستابن"
    r"|الجائزة الكبرى|حلبة|الحلبة|ريد بول|ماكلارين|شوماخر|كوبيتسا|الراليات|بسباق|سباقات")),
    unless=r"الخيل|الهجن|الخيول|ماراثون|الدراجات|للدراجات|الجري|عداء|عداءة|المشي|اليخوت|طائرة|التريليون|الصين توسع|آبل|آيفون|الدوري"
           r"|تشيلسي|تشلسي|ليفاندوفسكي|توتنهام|المقصيات|الرئاسي|الرئاسة|الانتخابي|قتل|مصرع|وفاة|أسلحة|التسلح|مسلسل|برشلونة|ريال مدريد|نابولي",
    sport=True)
_FAMILY_STORY = _topic_story(re.compile(_PREFIXED.format(
    r"أطفال|الأطفال|طفل|الطفل|للأطفال|طفلك|أطفالك|الأمهات|الأم|الآباء|الأسرة|الأسر|أسرة|الرضع|الرضاعة|الحمل|الحامل|الحوامل|المراهقين"
    r"|المراهقة|التربية|الأبناء|أبناء|الوالدين|الطفولة|الأبوة|الأمومة|المواليد|مواليد")),
    unless=r"قتل|مقتل|اغتصاب|تحرش|جنسي|جنسية|خطف|اختطاف|الحوثي|حوثي|داعش|الدواعش|إرهاب|غارة|قصف|اعتقال|سجن|الاحتلال|إسرائيل|ترامب|ترمب"
           r"|تعذيب|مجزرة|جرائم|مهاجرين|المهاجرين|لاجئين|اللاجئين|الحرب|تجنيد|تجند|جثث|جثة|جثامين|وفاة|مصرع|ضحايا|الكيماوي|حريق|غرق|يموت"
           r"|ماتت|توفي|إعدام|حصار|الفصل|المحاكمة|ميليشيا|التحالف|بوكو|غزة|سوري|السوريون|السوريين|الكهف|اليرموك|لغم|يونسيف|اليونيسف|كوريا"
           r"|القضاء|مأساوية|إطلاق النار|مروعة|نجاة|أعجوبة|مونديال|مبابي|التميمي|الأسر\b|أميركا تفصل|ذويهم|الفيفا|النجوم|الروهينغا|اليمن"
           r"|عهد|مخيم|الأسرى|العنف|شرطة|الشرطة|مجرمين|لمجرمين|ماكرون|بوتين|الإجهاض|المثلي|طلاق الملك|العائلة المالكة|الأميرة|الأمير"
           r"|يونيسف|نواز|نزحت|حبس|الداعية|الخارجية|الجهاديين|الجهاديون|يفجرون|إطلاق سراح|السودان|أرواح|مهاجر|يهودية|إيرانيات|المعتقلة"
           r"|تركي|التركي|تجنّد|السيسي|سجين|انتخابات|المجندين|الاعتداءات|الحديدة|الجيش|الأبطال")
_LOCAL_NEWS = re.compile(_PREFIXED.format(
    r"أسعار|الأسعار|الإيجارات|إيجار|الإسكان|السكن|العقارات|الشقق|وظائف|الوظائف|فرص عمل|التوظيف|المرور|الازدحام|المستهلك|المستهلكين"
    r"|البلدية|بلدية|الوقود|البنزين|الكهرباء|الطرق|المواطنين|المقيمين|الوافدين|الرواتب|رواتب|القيمة المضافة|مترو|المترو|تذاكر|الغاز"
    r"|رخصة|رخص|القيادة|الحافلات|السياحة الداخلية|التأشيرة|العمالة|الخادمات|الاستقدام|المدارس|الرسوم الدراسية"))
_LOCAL_PLACE = re.compile(r"السعودية|السعودي|مصر|المصرية|المصري|القاهرة|الإسكندرية|دبي|أبوظبي|الإمارات|الإماراتي|الكويت|الكويتي|قطر|القطري"
                          r"|البحرين|عمان|العماني|الرياض|جدة|الأردن|الأردني|عمّان|مسقط|الشارقة")
_LOCAL_UNLESS = re.compile(r"ترامب|ترمب|الحوثي|داعش|إرهاب|غارة|قصف|إسرائيل|الاحتلال|أوبك|البورصة|الأسهم|روسيا|إيران|الإيرانية|تركيا|قطع العلاقات"
                           r"|اعتقال|سجن|احتجاجات|مظاهرات|تظاهرات|الحرب|العقوبات|عقوبات|الجمركية|مقتل|قتل|وفاة|مصرع|المقاطعة|الحصار|الأزمة الخليجية"
                           r"|انتخاب|البرلمان|الشورى|وزير الخارجية|مسلسل|فيلم|الفنان|الفنانة|المنتخب|الدوري|كأس|اغتصاب|تحرش|نتنياهو|تامر|حفله|فنانات"
                           r"|النفط|التنقيب|حقل|الشحنة|القبرصي|العسكر|تعتقل|حكومة جديدة|تشكيل حكومة|العسكرية|سينما|الفائدة|الموازنة|المركزي|لـCNN|إنتاج|استيراد|أوروبا|العراق|موديز|كيكي|النيابة")


def _local_story(a: SourceArticle) -> bool:
    """A story a city's classifieds-plus-news portal runs: prices, rents, jobs, traffic, fuel,
    fees and services in one of the Gulf states, Egypt or Jordan (no attack, no politics)."""
    return (bool(a.title) and bool(_LOCAL_NEWS.search(a.title)) and bool(_LOCAL_PLACE.search(a.title)) and not _VIOLENT.search(a.title)
            and not _LOCAL_UNLESS.search(a.title) and "-sport-" not in a.id and _one_story(a))


def _part21_caption(p: Page) -> str:
    """``_title_caption``, but a caption that would be the whole title is printed with its credit."""
    text = _title_caption(p)
    return f"{text} {p.pick(_CREDITS)}" if text == p.main.title else text


_GADGET_SITES = (("موبايلي زون", "mobilezone-ar.com"), ("سعر الجوال", "jawalprice.net"), ("تك عرب", "techarab.net"),
                 ("عالم الهواتف", "phonesworld-ar.com"), ("أندرويد العرب", "androidarab.net"), ("البوابة التقنية", "techportal-ar.com"))
_GADGET_MENU = ("الرئيسية", "أخبار", "هواتف", "مراجعات", "مقارنات", "أسعار الموبايلات", "تابلت", "لابتوب", "ساعات ذكية", "شركات الاتصالات",
                "تطبيقات", "ألعاب", "شروحات")
_DEVICES = (  # name, rows of its spec box, a price in dollars
    ("سامسونغ غالاكسي S9", ("الشاشة: 5.8 بوصة سوبر أموليد", "المعالج: Exynos 9810", "الذاكرة: 4 جيجابايت رام / 64 جيجابايت",
                             "الكاميرا: 12 ميغابكسل بفتحة متغيرة", "البطارية: 3000 مللي أمبير", "النظام: أندرويد 8.0"), 720),
    ("آيفون XS Max", ("الشاشة: 6.5 بوصة OLED", "المعالج: A12 Bionic", "السعة: 64 / 256 / 512 جيجابايت", "الكاميرا: مزدوجة 12 ميغابكسل",
                      "البطارية: 3174 مللي أمبير", "النظام: iOS 12"), 1099),
    ("هواوي P20 Pro", ("الشاشة: 6.1 بوصة OLED", "المعالج: Kirin 970", "الذاكرة: 6 جيجابايت رام / 128 جيجابايت", "الكاميرا: ثلاثية 40 + 20 + 8 ميغابكسل",
                       "البطارية: 4000 مللي أمبير", "النظام: أندرويد 8.1 - EMUI 8.1"), 899),
    ("شاومي Mi 8", ("الشاشة: 6.21 بوصة AMOLED", "المعالج: سنابدراغون 845", "الذاكرة: 6 جيجابايت رام", "الكاميرا: مزدوجة 12 ميغابكسل",
                    "البطارية: 3400 مللي أمبير"), 449),
    ("غوغل بيكسل 3", ("الشاشة: 5.5 بوصة OLED", "المعالج: سنابدراغون 845", "الذاكرة: 4 جيجابايت رام / 64 جيجابايت", "الكاميرا: 12.2 ميغابكسل",
                      "البطارية: 2915 مللي أمبير", "النظام: أندرويد 9 باي"), 799),
    ("نوكيا 7 بلس", ("الشاشة: 6 بوصة IPS", "المعالج: سنابدراغون 660", "الذاكرة: 4 جيجابايت رام", "البطارية: 3800 مللي أمبير", "النظام: Android One"), 399),
)
_STORES = ("أمازون", "نون", "جرير", "إكسترا", "شرف دي جي", "بي تك", "راديو شاك", "كارفور")
_OPERATORS = (("STC", "ريال"), ("موبايلي", "ريال"), ("زين", "دينار"), ("اتصالات", "درهم"), ("دو", "درهم"), ("فودافون", "جنيه"), ("أورنج", "جنيه"),
              ("أوريدو", "ريال"))
_GADGET_WRITERS = ("محمد التقني", "سارة يوسف", "فريق التحرير", "عمر حسان", "Ahmed Tech", "م. ياسر الشهري", "رنا فؤاد")
_GADGET_COMMENTS = ("السعر مبالغ فيه جداً مقارنة بالمواصفات", "هل يدعم الشريحتين في النسخة الخليجية؟", "عندي الجهاز من شهر والبطارية ممتازة",
                    "متى ينزل في مصر؟", "الكاميرا أفضل من آيفون بصراحة", "انتظروا التخفيضات في الجمعة البيضاء")
_GADGET_COMMENTERS = ("أبو فيصل", "Mohamed", "تقني مبتدئ", "سلمى", "Khalid_99", "عاشق أندرويد")


def telecom_gadgets_news(p: Page) -> None:
    """A news article on a telecoms and consumer-tech gadget news site (phone-price and mobile news
    portals of Egypt and the Gulf); the main story is a phone, operator, app or device-maker story
    when the corpus gives one. Inventory: the phone-prices ticker (device, price) or login / search
    words at the top on some, the site's name and menu, the section trail, the title (none on a few
    pages), the writer's line and the date line in either order, the reading time on some, a caption
    on about half; between paragraphs (none to two) a read-also line, a caption, two rows of a spec
    box or a "سعر اليوم" line; after the text the device's spec box (its name, rows one a line) on
    about half, the price-compare rows (store, price, availability) on some, the review score with
    its pros and cons on some, the operators' bundle offers on some, the speed-test box on some,
    the "قارن الأجهزة" box on some, tags, share words, readers' comments on some, more gadget news;
    on about half the pages the next tech story loaded whole (under "الخبر التالي", the section or
    nothing) with its writer's line on some and its date line on most; the apps, footer and
    copyright."""
    wanted = _GADGET_STORY
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    site, host = p.pick(_GADGET_SITES)
    section = p.pick(("أخبار", "أخبار", "هواتف", "أخبار التقنية", "شركات الاتصالات", "تطبيقات"))
    device, rows, usd = p.pick(_DEVICES)
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"نُشر في {x.day:02d}/{x.month:02d}/{x.year} - {x.hour:02d}:{x.minute:02d}",
                f"{date_eg(x, clock=False)} | آخر تحديث {x.hour:02d}:{x.minute:02d}")[form]

    def writer() -> str:
        name = p.pick(_GADGET_WRITERS)
        return p.pick((name, f"كتب: {name}", f"بواسطة {name}", f"{site} - {name}"))

    def spec_rows() -> None:
        p.add("widget", p.pick((f"مواصفات {device}", "أبرز المواصفات")), *p.rng.sample(rows, 2))

    def price_line() -> None:
        p.add("widget", p.pick((f"سعر {device} اليوم: {usd * 3.75:,.0f} ريال", f"سعر {device} في مصر: {usd * 17.9:,.0f} جنيه",
                                f"يبدأ سعر {device} من {usd} دولار")))

    def still() -> str:
        return p.pick((_part21_caption(p), f"{device} (صورة من الشركة)", "صورة تعبيرية", "من حدث الإطلاق", f"صورة أرشيفية {p.pick(_CREDITS)}"))

    if p.chance(0.35):
        p.add("widget", p.pick(("أسعار الهواتف اليوم", "الأكثر بحثاً")))
        for name, _, price in p.rng.sample(_DEVICES, p.rng.randint(2, 4)):
            p.add("widget", f"{name} {price * p.rng.uniform(0.9, 1.05):,.0f}$")
    elif p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("تسجيل الدخول", "🔍 ابحث عن جهاز", "English", "الوضع الليلي"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _GADGET_MENU, p.rng.randint(5, 10))
    if p.chance(0.6):
        p.add("other", p.pick((section, f"الرئيسية » {section}", f"الرئيسية / {section}")))
    if p.chance(0.87):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.6):
            p.add("source_credit", writer())
    if p.chance(0.3):
        p.add("ui_text", p.pick((f"وقت القراءة: {p.rng.randint(1, 4)} دقائق", f"{p.rng.randint(1, 4)} دقيقة قراءة")))
    if p.chance(0.45):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted), lambda: p.add("caption", still()), spec_rows, price_line))
    if p.chance(0.5):
        p.add("widget", p.pick((f"مواصفات {device}", "بطاقة الجهاز", "المواصفات الكاملة")))
        if p.chance(0.4):
            p.add("widget", device)
        p.add("widget", *p.rng.sample(rows, p.rng.randint(3, len(rows))))
        if p.chance(0.4):
            p.add("ui_text", p.pick(("عرض المواصفات الكاملة", "قارن مع جهاز آخر")))
    if p.chance(0.35):
        p.add("widget", p.pick((f"قارن أسعار {device}", "أفضل الأسعار", "أين تشتري؟")))
        for store in p.rng.sample(_STORES, p.rng.randint(2, 4)):
            p.add("widget", f"{store} | {usd * 3.75 * p.rng.uniform(0.92, 1.08):,.0f} ريال | {p.pick(('متوفر', 'متوفر', 'غير متوفر', 'طلب مسبق'))}")
        if p.chance(0.5):
            p.add("other", "قد نحصل على عمولة عند الشراء من الروابط أعلاه")
    if p.chance(0.3):
        p.add("widget", p.pick(("تقييمنا", "التقييم النهائي")), f"{p.rng.randint(60, 95) / 10:.1f}/10")
        p.add("widget", f"المزايا: {p.pick(('شاشة ممتازة', 'كاميرا قوية', 'بطارية تدوم طويلاً'))}، {p.pick(('أداء سريع', 'تصميم أنيق', 'شحن سريع'))}",
              f"العيوب: {p.pick(('السعر مرتفع', 'لا يوجد منفذ سماعات', 'الشاحن بطيء', 'يسخن مع الألعاب'))}")
    if p.chance(0.3):
        op, money = p.pick(_OPERATORS)
        p.add("widget", p.pick((f"عروض {op}", f"باقات {op} الجديدة")))
        for gb in p.rng.sample((5, 10, 20, 30, 50, 100), p.rng.randint(2, 3)):
            p.add("widget", f"باقة {gb} جيجا - {gb * p.rng.randint(2, 5)} {money} شهرياً")
        if p.chance(0.5):
            p.add("ui_text", p.pick(("اشترك الآن", "تفاصيل العرض")))
    if p.chance(0.2):
        p.add("widget", p.pick(("اختبر سرعة الإنترنت", "Speed Test")))
        p.add("ui_text", p.pick(("ابدأ الاختبار", "GO")))
    if p.chance(0.2):
        p.add("widget", "قارن الأجهزة")
        p.add("ui_text", "الجهاز الأول", "الجهاز الثاني", p.pick(("قارن", "مقارنة")))
    if p.chance(0.5):
        p.add("tags", p.pick(("الوسوم", "وسوم", "Tags")),
              *p.rng.sample(tuple(dict.fromkeys(("هواتف ذكية", "أندرويد", "آيفون", "سامسونغ", "هواوي", "أسعار الموبايلات", "شركات الاتصالات", section))),
                            p.rng.randint(2, 4)))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "مشاركة")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.3):
        count = p.rng.randint(1, 3)
        p.add("other", p.pick((f"التعليقات ({count})", f"{count} تعليقات")))
        for name, text in zip(p.rng.sample(_GADGET_COMMENTERS, count), p.rng.sample(_GADGET_COMMENTS, count)):
            p.add("other", name, text)
        if p.chance(0.5):
            p.add("ui_text", p.pick(("أضف تعليقك", "رد")))
    if p.chance(0.65):
        p.add("related_list", p.pick(("أخبار ذات صلة", "قد يعجبك أيضاً", "الأكثر قراءة")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 4)))
    _next_of_own_kind(p, ("الخبر التالي", "اقرأ التالي", "المقال التالي"), section, 0.5, wanted,
                      between=lambda x: [("source_credit", writer())] if p.chance(0.35) else [],
                      dated=date_of if p.chance(0.75) else None,
                      under=lambda x: [("caption", p.pick(("صورة تعبيرية", "صورة من الشركة")))] if p.chance(0.15) else [])
    if p.chance(0.4):
        p.add("other", p.pick((f"حمّل تطبيق {site} لمعرفة أسعار الهواتف أولاً بأول", f"تابع {site} على يوتيوب")))
        p.add("ui_text", p.pick(("App Store | Google Play", "اشترك")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "سياسة الاستخدام"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة لموقع {host}")))


_MOTOR_SITES = (("عالم المحركات", "motorsworld-ar.com"), ("فورمولا العرب", "formula-arab.net"), ("موتورسبورت عربية", "motorsport-ar.com"),
                ("حلبة", "halba.net"), ("سباقات", "sebaqat.com"), ("أوتو سبورت الشرق الأوسط", "autosport-me.com"))
_MOTOR_MENU = ("الرئيسية", "فورمولا 1", "فورمولا إي", "موتو جي بي", "الراليات", "رالي داكار", "التحمّل", "الدراجات النارية", "الترتيب",
               "الروزنامة", "صور", "فيديو")
_DRIVERS = (("لويس هاميلتون", "مرسيدس", 44, "بريطانيا"), ("سيباستيان فيتل", "فيراري", 5, "ألمانيا"), ("كيمي رايكونن", "فيراري", 7, "فنلندا"),
            ("فالتيري بوتاس", "مرسيدس", 77, "فنلندا"), ("ماكس فيرستابن", "ريد بول", 33, "هولندا"), ("دانيال ريكياردو", "ريد بول", 3, "أستراليا"),
            ("فرناندو ألونسو", "ماكلارين", 14, "إسبانيا"), ("نيكو هولكنبرغ", "رينو", 27, "ألمانيا"), ("شارل لوكلير", "ساوبر", 16, "موناكو"))
_TEAMS = ("مرسيدس", "فيراري", "ريد بول", "رينو", "هاس", "ماكلارين", "فورس إنديا", "ساوبر")
_CIRCUITS = (("جائزة البحرين الكبرى", "حلبة البحرين الدولية - الصخير", "5.412 كم", "1:31.447"),
             ("جائزة أبوظبي الكبرى", "حلبة مرسى ياس", "5.554 كم", "1:40.279"),
             ("جائزة موناكو الكبرى", "حلبة مونت كارلو", "3.337 كم", "1:14.260"),
             ("جائزة سنغافورة الكبرى", "حلبة مارينا باي", "5.063 كم", "1:41.905"),
             ("جائزة إيطاليا الكبرى", "حلبة مونزا", "5.793 كم", "1:21.046"),
             ("جائزة اليابان الكبرى", "حلبة سوزوكا", "5.807 كم", "1:31.540"))
_MOTOR_WRITERS = ("سامر أبو حيدر", "فريق التحرير", "مازن الخطيب", "رامي صفدي", "Karim Saad", "ليلى المنصوري", "وليد فاروق")


def motorsport_racing_news(p: Page) -> None:
    """A news article on a motorsport news site (Formula 1, Formula E, rally and MotoGP portals of the
    Gulf and the Levant); the main story is a race, driver or team story when the corpus gives one.
    Inventory: the next race countdown or login / language words at the top on some, the site's
    name and menu, the series bar (F1 / FE / WRC) on some, the section trail, the title (none on a
    few pages), the writer's line and the date line in either order, a caption on about half;
    between paragraphs (none to two) a read-also line, a caption, a standings row pair or a quote
    box of the driver; after the text the race results rows (position, driver, team, time) on some,
    the drivers' standings rows on about half, the constructors' standings on some, the next race
    box (grand prix, circuit, length, lap record, date) on some, the weekend's session timetable on
    some, the driver card on some, "التوقيت المباشر" on some, tags, share words, more racing news;
    on about half the pages the next racing story loaded whole (under "الخبر التالي", the section
    or nothing) with its writer's line on some and its date line on most; the newsletter, footer
    and copyright."""
    wanted = _MOTOR_STORY
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    site, host = p.pick(_MOTOR_SITES)
    section = p.pick(("فورمولا 1", "فورمولا 1", "أخبار السباقات", "الراليات", "أخبار الفرق", "تقارير السباقات"))
    form = p.rng.randrange(3)
    gp, circuit, length, record = p.pick(_CIRCUITS)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{x.day:02d}.{x.month:02d}.{x.year} | {x.hour:02d}:{x.minute:02d}",
                date_eg(x))[form]

    def writer() -> str:
        name = p.pick(_MOTOR_WRITERS)
        return p.pick((name, f"كتب: {name}", f"بقلم: {name}", f"{site} - {name}"))

    def standings(k: int) -> None:
        points = sorted(p.rng.sample(range(40, 330), k), reverse=True)
        piped = p.chance(0.5)
        for rank, ((driver, team, _, _), pts) in enumerate(zip(p.rng.sample(_DRIVERS, k), points), 1):
            p.add("widget", f"{rank} | {driver} | {team} | {pts}" if piped else f"{rank}. {driver} ({team}) {pts} نقطة")

    def two_rows() -> None:
        p.add("widget", p.pick(("ترتيب السائقين", "الترتيب العام")))
        standings(2)

    def quote() -> None:
        driver = p.pick(_DRIVERS)[0]
        p.add("widget", p.pick((f"قالوا: {driver}", "اقتباس")),
              p.pick(("كان سباقاً صعباً لكننا حصلنا على النقاط التي نحتاجها", "السيارة كانت رائعة اليوم والفريق قام بعمل مذهل",
                      "لم نكن سريعين بما يكفي، علينا أن نعمل أكثر قبل السباق المقبل")))

    def still() -> str:
        return p.pick((_part21_caption(p), f"خلال السباق {p.pick(_CREDITS)}", "على منصة التتويج", "من التجارب الحرة", "صورة أرشيفية"))

    if p.chance(0.35):
        p.add("widget", p.pick((f"{gp} بعد", "السباق القادم")),
              f"{p.rng.randint(1, 30)} يوم {p.rng.randint(0, 23)} ساعة {p.rng.randint(0, 59)} دقيقة")
    elif p.chance(0.4):
        p.add("ui_text", *p.rng.sample(("English", "تسجيل الدخول", "🔍", "النشرة البريدية"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _MOTOR_MENU, p.rng.randint(5, 10))
    if p.chance(0.25):
        p.add("other", *p.rng.sample(("F1", "FE", "WRC", "MotoGP", "WEC", "داكار"), p.rng.randint(3, 5)))
    if p.chance(0.6):
        p.add("other", p.pick((section, f"الرئيسية > {section}", f"الرئيسية / {section}")))
    if p.chance(0.87):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.6):
            p.add("source_credit", writer())
    if p.chance(0.5):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted), lambda: p.add("caption", still()), two_rows, quote))
    if p.chance(0.3):
        p.add("widget", p.pick((f"نتائج {gp}", "نتيجة السباق", "النتائج الرسمية")))
        if p.chance(0.5):
            p.add("widget", "المركز | السائق | الفريق | الزمن")
        finishers = p.rng.sample(_DRIVERS, p.rng.randint(3, 5))
        gaps = sorted(p.rng.uniform(0.4, 40) for _ in finishers[1:])
        p.add("widget", f"1 | {finishers[0][0]} | {finishers[0][1]} | 1:3{p.rng.randint(0, 9)}:{p.rng.randint(0, 59):02d}.{p.rng.randint(0, 999):03d}")
        for rank, ((driver, team, _, _), gap) in enumerate(zip(finishers[1:], gaps), 2):
            p.add("widget", f"{rank} | {driver} | {team} | +{gap:.3f} ث")
    if p.chance(0.5):
        p.add("widget", p.pick(("ترتيب بطولة العالم للسائقين", "ترتيب السائقين", "Drivers' Standings")))
        standings(p.rng.randint(3, 5))
        if p.chance(0.4):
            p.add("ui_text", p.pick(("الترتيب الكامل", "عرض الكل")))
    if p.chance(0.25):
        p.add("widget", p.pick(("ترتيب الصانعين", "ترتيب الفرق")))
        for rank, team in enumerate(p.rng.sample(_TEAMS, p.rng.randint(3, 4)), 1):
            p.add("widget", f"{rank}. {team} {p.rng.randint(60, 560)} نقطة")
    if p.chance(0.3):
        p.add("widget", p.pick(("السباق القادم", "الجولة المقبلة")), gp, circuit)
        p.add("widget", *p.rng.sample((f"طول الحلبة: {length}", f"الرقم القياسي للفة: {record}",
                                        f"الموعد: {p.rng.randint(1, 28)} {_MONTHS_EG[w.month % 12]} {w.year}"), p.rng.randint(2, 3)))
    if p.chance(0.25):
        p.add("widget", p.pick(("مواعيد نهاية الأسبوع", "جدول الجلسات (بتوقيت مكة)")))
        for session, day in p.rng.sample((("التجارب الحرة الأولى", "الجمعة"), ("التجارب الحرة الثانية", "الجمعة"), ("التجارب الحرة الثالثة", "السبت"),
                                          ("التجارب التأهيلية", "السبت"), ("السباق", "الأحد")), p.rng.randint(2, 4)):
            p.add("widget", f"{session} - {day} {p.rng.randint(10, 21):02d}:{p.pick(('00', '10', '30'))}")
    if p.chance(0.25):
        driver, team, number, country = p.pick(_DRIVERS)
        p.add("widget", p.pick(("بطاقة السائق", "ملف السائق")), driver)
        p.add("widget", *p.rng.sample((f"الفريق: {team}", f"الرقم: {number}", f"الجنسية: {country}", f"الانتصارات: {p.rng.randint(1, 70)}"),
                                       p.rng.randint(2, 4)))
    if p.chance(0.2):
        p.add("ui_text", p.pick(("التوقيت المباشر", "تابع السباق لحظة بلحظة", "البث المباشر للتوقيت")))
    if p.chance(0.5):
        p.add("tags", p.pick(("الوسوم", "وسوم", "Tags")),
              *p.rng.sample(tuple(dict.fromkeys(("فورمولا 1", "هاميلتون", "فيتل", "فيراري", "مرسيدس", gp, "الراليات", section))), p.rng.randint(2, 4)))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "مشاركة")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.65):
        p.add("related_list", p.pick(("أخبار ذات صلة", "الأكثر قراءة", "آخر أخبار السباقات")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 4)))
    _next_of_own_kind(p, ("الخبر التالي", "التالي", "اقرأ التالي"), section, 0.4, wanted,
                      between=lambda x: [("source_credit", writer())] if p.chance(0.35) else [],
                      dated=date_of if p.chance(0.7) else None,
                      under=lambda x: [("caption", p.pick(("صورة أرشيفية", "من السباق")))] if p.chance(0.15) else [])
    if p.chance(0.4):
        p.add("other", p.pick(("اشترك في نشرة المحركات الأسبوعية", f"تابع {site} على إنستغرام ويوتيوب")))
        p.add("ui_text", p.pick(("اشترك", "تابعنا")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة - {host} {w.year}")))


_FAMILY_SITES = (("مجلة سيدتي - أمومة وطفولة", "sayidaty.net"), ("عائلتي", "a2ilati.com"), ("ماما ويب", "mamaweb-ar.com"),
                 ("مجلة ماجد للأهل", "majid-parents.ae"), ("بيبي عربي", "babyarabia.com"), ("مجلة الأسرة", "alosra-mag.com"))
_FAMILY_MENU = ("الرئيسية", "الحمل والولادة", "صحة الطفل", "تربية الأطفال", "المراهقة", "تغذية الطفل", "أنشطة وألعاب", "الأسرة", "التعليم",
                "حاسبات", "اسأل الخبير", "فيديو")
_FAMILY_EXPERTS = (("د. هالة حماد", "استشارية الطب النفسي للأطفال والمراهقين"), ("د. ريم العلي", "أخصائية طب الأطفال"),
                   ("أ. منى الشامي", "مستشارة تربوية"), ("د. سامر النجار", "أخصائي التغذية العلاجية"), ("د. نادين خوري", "أخصائية نسائية وتوليد"))
_FAMILY_TIPS = ("خصصي وقتاً يومياً للحديث مع طفلك دون هاتف", "حددي ساعات الشاشة بما لا يزيد على ساعتين يومياً",
                "امدحي السلوك الجيد بدل التركيز على الأخطاء", "احرصي على نوم الطفل 10 ساعات على الأقل", "شاركي طفلك في إعداد وجبة الإفطار",
                "اقرئي قصة قبل النوم كل ليلة", "لا تقارني طفلك بإخوته أو أصدقائه", "اجعلي الخضار جزءاً من كل وجبة")
_FAMILY_ACTIVITIES = ("صنع طائرة ورقية من أكياس الورق", "لعبة البحث عن الكنز في المنزل", "زراعة حبة فاصوليا في كوب", "رسم بالبصمات والألوان المائية",
                      "بطاقات الحروف المغناطيسية")
_FAMILY_WRITERS = ("هبة الشريف", "لمى حداد", "فريق التحرير", "نور الهدى محمد", "Rasha Kamel", "إيمان العتيبي", "دعاء عبد الله")
_MOTHERS = ("أم سلطان", "Mama Lulu", "أم جود", "نوره", "أم يوسف", "Hanan", "أم ريان")
_MOTHER_COMMENTS = ("معلومات مفيدة جداً شكراً لكم", "ابني عمره 4 سنوات وعنده نفس المشكلة، ماذا أفعل؟", "جربت النصيحة الثالثة ونفعت معي",
                    "ياريت موضوع عن نوم الرضع", "الله يحفظ أطفالنا جميعاً", "مقال رائع، سأرسله لزوجي")


def family_kids_magazine(p: Page) -> None:
    """A news article on a children's and family magazine's site (motherhood and parenting sections
    of Gulf and Levantine family magazines); the main story is a children, parents, pregnancy or
    family story when the corpus gives one. Inventory: the newsletter / login / "حاسبة الحمل" words
    at the top on some, the magazine's name and menu, the section trail, the age-group label on
    some, the title (none on a few pages), the writer's line and the date line in either order, the
    expert's review line ("راجعته طبياً ...") on some, a caption on about half; between paragraphs
    (none to two) a read-also line, a caption, a tip box ("نصيحة") or the expert's quote; after the
    text the tips-for-parents box (its heading and numbered tips one a line) on about half, the
    activity of the day on some, the calculators (pregnancy, growth, ovulation) on some, the
    parents' poll with its answers on some, the "اسأل الخبير" box on some, the "هذا المحتوى لا يغني
    عن استشارة" note on some, tags, share words, mothers' comments on some, more family news; on
    about half the pages the next family story loaded whole (under "الخبر التالي", the section or
    nothing) with its date line on most; the newsletter, footer and copyright."""
    wanted = _FAMILY_STORY
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    site, host = p.pick(_FAMILY_SITES)
    section = p.pick(("الأسرة", "الأسرة", "تربية الأطفال", "صحة الطفل", "أخبار الأمومة", "الحمل والولادة"))
    form = p.rng.randrange(3)
    expert, role = p.pick(_FAMILY_EXPERTS)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year}", f"{_WEEKDAYS[x.weekday]} {x.day}/{x.month}/{x.year}",
                f"تاريخ النشر: {x.day:02d}-{x.month:02d}-{x.year}")[form]

    def writer() -> str:
        name = p.pick(_FAMILY_WRITERS)
        return p.pick((name, f"كتبت: {name}", f"إعداد: {name}", f"{site} - {name}"))

    def tip() -> None:
        p.add("widget", p.pick(("نصيحة", "💡 نصيحة للأهل", "هل تعلمين؟")), p.pick(_FAMILY_TIPS))

    def expert_quote() -> None:
        p.add("widget", p.pick((f"تقول {expert}:", f"رأي الخبير - {expert}")),
              p.pick(("الطفل يتعلم بالقدوة أكثر مما يتعلم بالأوامر", "الحوار الهادئ هو المفتاح الأول للتربية الناجحة",
                      "لا داعي للقلق ما دام الطفل ينمو بشكل طبيعي")))

    def still() -> str:
        return p.pick((_part21_caption(p), "صورة تعبيرية", "أم تلعب مع طفلها - صورة تعبيرية", "صورة تعبيرية (shutterstock)", "صورة أرشيفية"))

    if p.chance(0.5):
        p.add("ui_text", *p.rng.sample(("اشتركي في النشرة", "تسجيل الدخول", "حاسبة الحمل", "🔍 بحث", "English"), p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _FAMILY_MENU, p.rng.randint(5, 10))
    if p.chance(0.6):
        p.add("other", p.pick((section, f"الرئيسية > {section}", f"الرئيسية / أمومة وطفولة / {section}")))
    if p.chance(0.3):
        p.add("tags", p.pick(("الفئة العمرية: 3-6 سنوات", "لعمر 0-12 شهراً", "من 6 إلى 12 سنة", "للمراهقين 13+")))
    if p.chance(0.87):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    else:
        p.add("dateline", date_of(w))
        if p.chance(0.6):
            p.add("source_credit", writer())
    if p.chance(0.3):
        p.add("source_credit", p.pick((f"راجعته طبياً: {expert}", f"بإشراف {expert} - {role}")))
    if p.chance(0.45):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted, ("اقرئي أيضاً:", "اقرأ أيضاً:", "قد يهمك:")), lambda: p.add("caption", still()),
                          tip, expert_quote))
    if p.chance(0.5):
        p.add("widget", p.pick(("نصائح للأهل", "5 نصائح ذهبية", "ماذا تفعلين؟", "نصائح الخبراء")))
        numbered = p.chance(0.7)
        for number, text in enumerate(p.rng.sample(_FAMILY_TIPS, p.rng.randint(3, 5)), 1):
            p.add("widget", f"{number}. {text}" if numbered else text)
    if p.chance(0.25):
        p.add("widget", p.pick(("نشاط اليوم", "فكرة للعب مع طفلك")), p.pick(_FAMILY_ACTIVITIES))
        if p.chance(0.5):
            p.add("ui_text", p.pick(("شاهدي الخطوات", "حمّلي الورقة (PDF)")))
    if p.chance(0.25):
        p.add("widget", p.pick(("حاسبات", "أدوات الأم")))
        p.add("ui_text", *p.rng.sample(("حاسبة الحمل", "حاسبة التبويض", "حاسبة طول الطفل ووزنه", "موعد الولادة", "جدول التطعيمات"), p.rng.randint(2, 4)))
    if p.chance(0.25):
        p.add("widget", p.pick(("استطلاع", "شاركينا رأيك")),
              p.pick(("كم ساعة يقضي طفلك أمام الشاشة يومياً؟", "هل تسمحين لطفلك بامتلاك هاتف قبل سن العاشرة؟", "من يتولى واجبات الأطفال المدرسية في بيتك؟")))
        p.add("ui_text", *p.rng.sample(("نعم", "لا", "أحياناً", "أقل من ساعة", "أكثر من 3 ساعات"), 3))
        p.add("ui_text", p.pick(("صوّتي", "تصويت")))
    if p.chance(0.2):
        p.add("widget", p.pick(("اسأل الخبير", "لديك سؤال؟")), f"{expert} - {role}")
        p.add("ui_text", p.pick(("أرسلي سؤالك", "اسألي الآن")))
    if p.chance(0.25):
        p.add("other", p.pick(("المعلومات الواردة للتوعية ولا تغني عن استشارة الطبيب المختص", "هذا المحتوى لا يغني عن استشارة طبيب الأطفال")))
    if p.chance(0.45):
        p.add("tags", p.pick(("الوسوم", "كلمات مفتاحية")),
              *p.rng.sample(("تربية الأطفال", "صحة الطفل", "الأمومة", "الحمل", "الأسرة", "المراهقة", "الرضاعة الطبيعية", "نصائح للأمهات"), p.rng.randint(2, 4)))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شاركي المقال", "شارك", "مشاركة")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.3):
        count = p.rng.randint(1, 3)
        p.add("other", p.pick((f"التعليقات ({count})", "آراء الأمهات")))
        for name, text in zip(p.rng.sample(_MOTHERS, count), p.rng.sample(_MOTHER_COMMENTS, count)):
            p.add("other", name, text)
    if p.chance(0.65):
        p.add("related_list", p.pick(("مقالات ذات صلة", "قد يهمك أيضاً", "الأكثر قراءة")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 4)))
    _next_of_own_kind(p, ("الخبر التالي", "المقال التالي", "التالي"), section, 0.5, wanted,
                      between=lambda x: [("source_credit", writer())] if p.chance(0.3) else [],
                      dated=date_of if p.chance(0.7) else None,
                      under=lambda x: [("caption", "صورة تعبيرية")] if p.chance(0.2) else [])
    if p.chance(0.4):
        p.add("other", p.pick(("اشتركي في نشرتنا لتصلك نصائح أسبوعية حسب عمر طفلك", f"حمّلي تطبيق {site}")))
        p.add("ui_text", p.pick(("اشتركي", "البريد الإلكتروني", "App Store | Google Play")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة - {host}")))


_CLASSIFIED_SITES = (("الوسيط نيوز", "elwaseet-news.com", ("القاهرة", "الجيزة", "الإسكندرية", "المنصورة"), "جنيه"),
                     ("حراج المدينة", "haraj-city.sa", ("الرياض", "جدة", "الدمام", "مكة"), "ريال"),
                     ("سوق الكويت اليوم", "q8-souq.com", ("حولي", "الفروانية", "الجهراء", "الأحمدي"), "دينار"),
                     ("دليل دبي", "dubai-daleel.ae", ("دبي", "الشارقة", "عجمان", "أبوظبي"), "درهم"),
                     ("عمّان اليوم - إعلانات وأخبار", "amman-today.jo", ("عمّان", "إربد", "الزرقاء", "العقبة"), "دينار"),
                     ("مسقط كوم", "muscat-com.om", ("مسقط", "صلالة", "صحار", "نزوى"), "ريال"))
_CLASSIFIED_PLACES = ("مصر|المصري|القاهرة", "السعودي|الرياض|جدة", "الكويت", "دبي|الإمارات|الشارقة|أبوظبي", "الأردن|عمّان", "عمان|العماني|مسقط")
_CLASSIFIED_MENU = ("الرئيسية", "أخبار المدينة", "إعلانات مبوبة", "سيارات", "عقارات", "وظائف", "أجهزة", "أثاث", "خدمات", "وفيات",
                    "صيدليات مناوبة", "دليل الشركات")
_LISTINGS = (("سيارات", ("تويوتا كامري 2016 فل كامل", "هيونداي إلنترا 2015 بحالة الوكالة", "نيسان صني 2018 أوتوماتيك", "كيا سبورتاج 2017 ممشى قليل"),
              (40000, 90000)),
             ("عقارات", ("شقة 3 غرف للإيجار قرب المدارس", "فيلا دوبلكس للبيع مع حديقة", "محل تجاري للإيجار على شارع رئيسي", "أرض سكنية 600 متر للبيع"),
              (2000, 900000)),
             ("أجهزة", ("آيفون 8 مستعمل نظيف", "لابتوب ديل i7 للبيع", "بلايستيشن 4 مع يدتين", "ثلاجة سامسونج 18 قدم"), (300, 3000)),
             ("أثاث", ("غرفة نوم كاملة خشب زان", "كنب 7 مقاعد شبه جديد", "طاولة طعام 6 كراسي"), (500, 6000)))
_JOBS = ("مطلوب محاسب خبرة 3 سنوات", "مطلوب مندوب مبيعات برخصة قيادة", "مطلوب معلمة لغة إنجليزية", "مطلوب سائق خاص لعائلة",
         "مطلوب فني تكييف وتبريد", "مطلوب سكرتيرة تجيد الحاسوب")
_CLASSIFIED_WRITERS = ("محرر المدينة", "فريق التحرير", "عادل منصور", "سمر الحربي", "Hany Fawzy", "خالد الشمري", "رزان عبيدات")


def local_classifieds_portal(p: Page) -> None:
    """A news article on a local classifieds-plus-news portal (a city's ads board that also runs the
    city's news: Egyptian, Saudi, Kuwaiti, Emirati, Jordanian and Omani ones); the main story is a
    prices, rents, jobs, fuel, traffic or services story of one of those countries when the corpus
    gives one. Inventory: the city picker and "أضف إعلانك مجاناً" / login words at the top, the
    portal's name and menu, the ad categories with their counts on some, the section trail, the
    title (none on a few pages), the date line and the writer's line in either order, a caption on
    some; between paragraphs (none to two) a read-also line, a caption, a featured ad or a "إعلان"
    slot; after the text the classified listing rows (the item, its price, city and age) on about
    half, the job ads on some, the duty pharmacies on some, the obituaries on some, the community
    notice board on some, "للإعلان اتصل" on some, tags, share words, more city news; on about half
    the pages the next city story loaded whole (under "الخبر التالي", the section or nothing) with
    its date line on most; the apps, footer and copyright."""
    wanted = _local_story
    _main_of_topic(p, wanted)
    w = when_of(p.main.published, p.rng)
    own = [entry for entry, place in zip(_CLASSIFIED_SITES, _CLASSIFIED_PLACES) if re.search(place, p.main.title)]
    site, host, cities, money = p.pick(own or _CLASSIFIED_SITES)
    section = p.pick(("أخبار المدينة", "أخبار المدينة", "أخبار محلية", "خدمات", "اقتصاد محلي", "المواطن"))
    form = p.rng.randrange(3)

    def date_of(x: When) -> str:
        return (f"{x.day} {_MONTHS_EG[x.month - 1]} {x.year} - {x.hour:02d}:{x.minute:02d}", f"{x.year}-{x.month:02d}-{x.day:02d}",
                f"نشر بتاريخ {date_eg(x, clock=False)}")[form]

    def writer() -> str:
        name = p.pick(_CLASSIFIED_WRITERS)
        return p.pick((name, f"كتب: {name}", f"{site} - {name}"))

    def listing() -> str:
        _, items, (low, high) = p.pick(_LISTINGS)
        price = p.rng.randint(low, high) // 10 * 10
        return p.pick((f"{p.pick(items)} | {price:,} {money} | {p.pick(cities)} | منذ {p.rng.randint(1, 23)} ساعة",
                       f"{p.pick(items)} - {price:,} {money} - {p.pick(cities)}"))

    def featured() -> None:
        p.add("widget", p.pick(("إعلان مميز", "⭐ إعلان مميز", "إعلانات مميزة")), listing())

    def ad_slot() -> None:
        p.add("other", p.pick(("إعلان", "- إعلان -", "Advertisement")))

    def still() -> str:
        return p.pick((_part21_caption(p), "صورة أرشيفية", "صورة تعبيرية", f"من شوارع {p.pick(cities)}", f"جانب من المدينة {p.pick(_CREDITS)}"))

    p.add("ui_text", *p.rng.sample((f"المدينة: {cities[0]} ▾", "أضف إعلانك مجاناً", "+ أضف إعلان", "تسجيل الدخول", "إعلاناتي", "🔍 ابحث في الإعلانات"),
                                   p.rng.randint(1, 3)))
    p.add("other", site if p.chance(0.6) else f"{site} | {host}")
    _in_order(p, "other", _CLASSIFIED_MENU, p.rng.randint(5, 10))
    if p.chance(0.3):
        for kind, items, _ in p.rng.sample(_LISTINGS, p.rng.randint(2, 4)):
            p.add("ui_text", f"{kind} ({p.rng.randint(120, 9800):,})")
    if p.chance(0.6):
        p.add("other", p.pick((section, f"الرئيسية > {section}", f"الرئيسية / الأخبار / {section}")))
    if p.chance(0.87):
        p.add("title", p.main.title)
    if p.chance(0.5):
        p.add("dateline", date_of(w))
        if p.chance(0.6):
            p.add("source_credit", writer())
    else:
        p.add("source_credit", writer())
        p.add("dateline", date_of(w))
    if p.chance(0.35):
        p.add("ui_text", p.pick((f"{p.rng.randint(120, 9000):,} مشاهدة", f"👁 {p.rng.randint(120, 9000)}")))
    if p.chance(0.35):
        p.add("caption", still())
    _body_with_insets(p, (lambda: _read_also_topical(p, wanted), lambda: p.add("caption", still()), featured, ad_slot))
    if p.chance(0.5):
        p.add("widget", p.pick(("أحدث الإعلانات", f"إعلانات في {p.pick(cities)}", "إعلانات قد تهمك")))
        for _ in range(p.rng.randint(2, 4)):
            p.add("widget", listing())
        if p.chance(0.5):
            p.add("ui_text", p.pick(("عرض كل الإعلانات", "المزيد")))
    if p.chance(0.3):
        p.add("widget", p.pick(("وظائف شاغرة", "وظائف اليوم")))
        for job in p.rng.sample(_JOBS, p.rng.randint(2, 3)):
            p.add("widget", f"{job} - {p.pick(cities)}" if p.chance(0.6) else job)
    if p.chance(0.25):
        p.add("widget", p.pick(("الصيدليات المناوبة اليوم", "صيدليات الطوارئ")))
        for name in p.rng.sample(("صيدلية الشفاء", "صيدلية النهدي", "صيدلية الدواء", "صيدلية العزبي", "صيدلية الحياة", "صيدلية بوتس"), p.rng.randint(2, 3)):
            p.add("widget", f"{name} - {p.pick(cities)} - {p.pick(('24 ساعة', 'حتى 2 فجراً'))}")
    if p.chance(0.2):
        p.add("widget", p.pick(("وفيات اليوم", "الوفيات")))
        for name in p.rng.sample(("الحاج محمد عبد الله السالم", "المرحومة فاطمة علي الحسن", "سالم خليفة الراشد", "الحاجة أمينة يوسف"), p.rng.randint(1, 2)):
            p.add("widget", f"انتقل إلى رحمة الله تعالى {name} - العزاء في {p.pick(cities)}")
    if p.chance(0.2):
        p.add("widget", p.pick(("لوحة المجتمع", "إعلانات المواطنين")),
              p.pick(("فقدان محفظة تحتوي على أوراق ثبوتية - يرجى الاتصال", "مطلوب متبرعين بالدم فصيلة O سالب", "دورة مجانية لتعليم الخياطة للسيدات")))
    if p.chance(0.3):
        p.add("other", p.pick((f"للإعلان في {site} اتصل: {p.rng.randint(1000000, 9999999)}", "أعلن عن سيارتك أو عقارك مجاناً خلال دقيقة")))
    if p.chance(0.4):
        p.add("tags", p.pick(("الوسوم", "وسوم")),
              *p.rng.sample(tuple(dict.fromkeys((cities[0], "الأسعار", "الإيجارات", "الوظائف", "المرور", "الخدمات", section))), p.rng.randint(2, 4)))
    if p.chance(0.6):
        p.add("ui_text", p.pick(("شارك", "مشاركة", "شارك الخبر")))
        _in_order(p, "ui_text", SHARE_AR, p.rng.randint(2, 4))
    if p.chance(0.65):
        p.add("related_list", p.pick(("أخبار ذات صلة", "آخر أخبار المدينة", "الأكثر قراءة")))
        p.add("related_list", *_topical_headlines(p, wanted, p.rng.randint(2, 4)))
    _next_of_own_kind(p, ("الخبر التالي", "التالي", "خبر آخر"), section, 0.5, wanted,
                      between=lambda x: [("source_credit", writer())] if p.chance(0.3) else [],
                      dated=date_of if p.chance(0.75) else None,
                      under=lambda x: [("caption", "صورة أرشيفية")] if p.chance(0.15) else [])
    if p.chance(0.4):
        p.add("other", p.pick((f"حمّل تطبيق {site} وأضف إعلانك من جوالك", "بيع واشترِ بأمان: لا تحوّل أي مبلغ قبل معاينة السلعة")))
        p.add("ui_text", p.pick(("App Store | Google Play", "حمّل التطبيق")))
    one_per_line(p, "other", ("من نحن", "اتصل بنا", "شروط الإعلان", "سياسة الخصوصية", "الأسئلة الشائعة"), p.rng.randint(2, 4))
    p.add("other", p.pick((f"© {w.year} {site}. جميع الحقوق محفوظة", f"جميع الحقوق محفوظة - {host}")))


LAYOUTS_HELDOUT21: dict[str, Callable[[Page], None]] = {
    f.__name__: f for f in (telecom_gadgets_news, motorsport_racing_news, family_kids_magazine, local_classifieds_portal)
}


ALL_LAYOUTS: dict[str, Callable[[Page], None]] = {
    **LAYOUTS, **LAYOUTS_HELDOUT2, **LAYOUTS_HELDOUT3, **LAYOUTS_HELDOUT4, **LAYOUTS_HELDOUT5, **LAYOUTS_HELDOUT6,
    **LAYOUTS_HELDOUT7, **LAYOUTS_HELDOUT8, **LAYOUTS_HELDOUT9, **LAYOUTS_HELDOUT10, **LAYOUTS_HELDOUT11,
    **LAYOUTS_HELDOUT12, **LAYOUTS_HELDOUT13, **LAYOUTS_HELDOUT14, **LAYOUTS_HELDOUT15, **LAYOUTS_HELDOUT16,
    **LAYOUTS_HELDOUT17, **LAYOUTS_HELDOUT18, **LAYOUTS_HELDOUT19, **LAYOUTS_HELDOUT20, **LAYOUTS_HELDOUT21,
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
    ALL_LAYOUTS[spec["layout"]](page)
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
    for layout in sorted({2: LAYOUTS_HELDOUT2, 3: LAYOUTS_HELDOUT3, 4: LAYOUTS_HELDOUT4, 5: LAYOUTS_HELDOUT5, 6: LAYOUTS_HELDOUT6,
                         7: LAYOUTS_HELDOUT7, 8: LAYOUTS_HELDOUT8, 9: LAYOUTS_HELDOUT9, 10: LAYOUTS_HELDOUT10, 11: LAYOUTS_HELDOUT11,
                         12: LAYOUTS_HELDOUT12, 13: LAYOUTS_HELDOUT13, 14: LAYOUTS_HELDOUT14,
                         15: LAYOUTS_HELDOUT15, 16: LAYOUTS_HELDOUT16, 17: LAYOUTS_HELDOUT17,
                         18: LAYOUTS_HELDOUT18, 19: LAYOUTS_HELDOUT19, 20: LAYOUTS_HELDOUT20, 21: LAYOUTS_HELDOUT21}[part]):
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
    measurement (3 to 17) are shown only to check their labels (``--labels``), never to tune."""
    articles = load_articles()
    for name in GOLD_FILES + UNMEASURED_FILES:
        path = GOLD_DIR / f"{name}.json"
        if not path.exists():
            continue
        for spec in json.loads(path.read_text(encoding="utf-8"))["documents"]:
            if spec["id"] == page_id:
                if spec["part"] in ("heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11",
                                    "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
                                    "heldout20", "heldout21") and not checking_labels:
                    raise SystemExit("a held-out page: not shown while tuning (--labels to check its labels)")
                for number, (label, text) in enumerate(assemble(spec, articles)[0]):
                    print(f"{number:3d} {label:<18} {text[:150]}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "build":
        build()
    elif len(sys.argv) > 1 and sys.argv[1] in ("build-heldout2", "build-heldout3", "build-heldout4", "build-heldout5", "build-heldout6",
                                                   "build-heldout7", "build-heldout8", "build-heldout9", "build-heldout10",
                                                   "build-heldout11", "build-heldout12", "build-heldout13", "build-heldout14",
                                                   "build-heldout15", "build-heldout16", "build-heldout17", "build-heldout18",
                                                   "build-heldout19", "build-heldout20", "build-heldout21"):
        build_heldout(int(sys.argv[1].removeprefix("build-heldout")))
    elif len(sys.argv) > 2 and sys.argv[1] == "show":
        show(sys.argv[2], checking_labels="--labels" in sys.argv[3:])
    else:
        raise SystemExit(__doc__)
