"""More of the curated alias table: prominent people and organisations of Arabic news.

One line each: canonical id, display name, then spellings separated by "|". Written by the
team from general knowledge of the region's news, not from any test set.
"""

from __future__ import annotations

PEOPLE = """
person:bashar-al-assad|بشار الأسد|بشار الأسد|الأسد|Bashar al-Assad|Assad
person:mohammed-bin-salman|محمد بن سلمان|محمد بن سلمان|ولي العهد السعودي الأمير محمد بن سلمان|Mohammed bin Salman
person:king-salman|الملك سلمان بن عبد العزيز|سلمان بن عبد العزيز|سلمان بن عبدالعزيز|الملك سلمان|King Salman
person:mohammed-bin-zayed|محمد بن زايد|محمد بن زايد|Mohammed bin Zayed
person:tamim-bin-hamad|تميم بن حمد|تميم بن حمد|تميم بن حمد آل ثاني|Tamim bin Hamad
person:abdel-fattah-el-sisi|عبد الفتاح السيسي|عبد الفتاح السيسي|عبدالفتاح السيسي|السيسي|Sisi
person:hassan-rouhani|حسن روحاني|حسن روحاني|روحاني|Rouhani
person:ali-khamenei|علي خامنئي|علي خامنئي|خامنئي|Khamenei
person:javad-zarif|محمد جواد ظريف|محمد جواد ظريف|جواد ظريف|ظريف|Zarif
person:mahmoud-abbas|محمود عباس|محمود عباس|أبو مازن|Mahmoud Abbas
person:ismail-haniyeh|إسماعيل هنية|إسماعيل هنية|هنية|Haniyeh
person:hassan-nasrallah|حسن نصر الله|حسن نصر الله|حسن نصرالله|نصر الله|Nasrallah
person:saad-hariri|سعد الحريري|سعد الحريري|الحريري|Hariri
person:michel-aoun|ميشال عون|ميشال عون|ميشيل عون|Michel Aoun
person:nabih-berri|نبيه بري|نبيه بري|Nabih Berri
person:haider-al-abadi|حيدر العبادي|حيدر العبادي|العبادي|Abadi
person:muqtada-al-sadr|مقتدى الصدر|مقتدى الصدر|Sadr
person:khalifa-haftar|خليفة حفتر|خليفة حفتر|حفتر|Haftar
person:fayez-al-sarraj|فايز السراج|فايز السراج|السراج|Sarraj
person:abdrabbuh-mansur-hadi|عبد ربه منصور هادي|عبد ربه منصور هادي|عبدربه منصور هادي|Hadi
person:abdul-malik-al-houthi|عبد الملك الحوثي|عبد الملك الحوثي|عبدالملك الحوثي
person:king-abdullah-ii|الملك عبد الله الثاني|عبد الله الثاني|عبدالله الثاني|King Abdullah II
person:mohammed-vi|الملك محمد السادس|محمد السادس|Mohammed VI
person:abdelaziz-bouteflika|عبد العزيز بوتفليقة|عبد العزيز بوتفليقة|عبدالعزيز بوتفليقة|بوتفليقة|Bouteflika
person:beji-caid-essebsi|الباجي قائد السبسي|الباجي قائد السبسي|قائد السبسي|السبسي|Essebsi
person:omar-al-bashir|عمر البشير|عمر البشير|عمر حسن البشير|Omar al-Bashir
person:angela-merkel|أنجيلا ميركل|أنجيلا ميركل|انجيلا ميركل|ميركل|Merkel
person:theresa-may|تيريزا ماي|تيريزا ماي|تيريزا|Theresa May
person:boris-johnson|بوريس جونسون|بوريس جونسون|Boris Johnson
person:justin-trudeau|جاستن ترودو|جاستن ترودو|ترودو|Trudeau
person:xi-jinping|شي جين بينغ|شي جين بينغ|شي جينبينغ|Xi Jinping
person:kim-jong-un|كيم جونغ أون|كيم جونغ أون|كيم جونغ-أون|كيم جونغ اون|Kim Jong Un
person:moon-jae-in|مون جاي إن|مون جاي إن|مون جاي-إن|Moon Jae-in
person:shinzo-abe|شينزو آبي|شينزو آبي|Shinzo Abe
person:mike-pompeo|مايك بومبيو|مايك بومبيو|بومبيو|Pompeo
person:rex-tillerson|ريكس تيلرسون|ريكس تيلرسون|تيلرسون|Tillerson
person:john-bolton|جون بولتون|جون بولتون|بولتون|Bolton
person:mike-pence|مايك بنس|مايك بنس|بنس|Pence
person:jared-kushner|جاريد كوشنر|جاريد كوشنر|كوشنر|Kushner
person:nikki-haley|نيكي هيلي|نيكي هيلي|هيلي|Nikki Haley
person:staffan-de-mistura|ستيفان دي ميستورا|ستيفان دي ميستورا|دي ميستورا|de Mistura
person:jamal-khashoggi|جمال خاشقجي|جمال خاشقجي|خاشقجي|Khashoggi
person:barack-obama|باراك أوباما|باراك أوباما|أوباما|Obama
person:hillary-clinton|هيلاري كلينتون|هيلاري كلينتون|Hillary Clinton
person:mevlut-cavusoglu|مولود جاويش أوغلو|مولود جاويش أوغلو|جاويش أوغلو|Cavusoglu
person:adel-al-jubeir|عادل الجبير|عادل الجبير|الجبير|Adel al-Jubeir
person:anwar-gargash|أنور قرقاش|أنور قرقاش|قرقاش|Gargash
person:robert-mueller|روبرت مولر|روبرت مولر|مولر|Mueller
person:mohamed-salah|محمد صلاح|محمد صلاح|Mohamed Salah
person:lionel-messi|ليونيل ميسي|ليونيل ميسي|ميسي|Messi
person:cristiano-ronaldo|كريستيانو رونالدو|كريستيانو رونالدو|رونالدو|Ronaldo
person:gianni-infantino|جياني إنفانتينو|جياني إنفانتينو|إنفانتينو|Infantino
person:emmanuel-macron-2|إيمانويل ماكرون|إيمانويل ماكرون
person:pope-francis|البابا فرنسيس|البابا فرنسيس|Pope Francis
person:recep-tayyip-erdogan-2|رجب طيب أردوغان|رجب طيب أردوغان
person:ali-abdullah-saleh|علي عبد الله صالح|علي عبد الله صالح|علي عبدالله صالح
person:ahmed-aboul-gheit|أحمد أبو الغيط|أحمد أبو الغيط|أبو الغيط|Aboul Gheit
person:mahathir-mohamad|مهاتير محمد|مهاتير محمد|Mahathir
person:narendra-modi|ناريندرا مودي|ناريندرا مودي|مودي|Modi
person:imran-khan|عمران خان|عمران خان|Imran Khan
""".strip()

ORGANISATIONS = """
org:arab-league|جامعة الدول العربية|جامعة الدول العربية|الجامعة العربية|Arab League
org:gcc|مجلس التعاون الخليجي|مجلس التعاون الخليجي|مجلس التعاون لدول الخليج العربية|GCC
org:irgc|الحرس الثوري|الحرس الثوري الإيراني|الحرس الثوري|IRGC
org:isis|تنظيم داعش|تنظيم داعش|داعش|تنظيم الدولة الإسلامية|الدولة الإسلامية|ISIS|Islamic State
org:hts|هيئة تحرير الشام|هيئة تحرير الشام|جبهة النصرة|النصرة
org:sdf|قوات سوريا الديمقراطية|قوات سوريا الديمقراطية|قسد|SDF
org:pkk|حزب العمال الكردستاني|حزب العمال الكردستاني|PKK
org:houthis|جماعة الحوثي|جماعة الحوثي|الحوثيين|الحوثيون|أنصار الله|Houthis
org:muslim-brotherhood|جماعة الإخوان المسلمين|الإخوان المسلمين|الإخوان|جماعة الإخوان|Muslim Brotherhood
org:taliban|حركة طالبان|حركة طالبان|طالبان|Taliban
org:al-qaeda|تنظيم القاعدة|تنظيم القاعدة|Al-Qaeda
org:world-bank|البنك الدولي|البنك الدولي|World Bank
org:imf|صندوق النقد الدولي|صندوق النقد الدولي|IMF
org:who|منظمة الصحة العالمية|منظمة الصحة العالمية|WHO
org:fifa|الاتحاد الدولي لكرة القدم|الاتحاد الدولي لكرة القدم|فيفا|الفيفا|FIFA
org:uefa|الاتحاد الأوروبي لكرة القدم|الاتحاد الأوروبي لكرة القدم|يويفا|UEFA
org:african-union|الاتحاد الأفريقي|الاتحاد الأفريقي|الاتحاد الإفريقي|African Union
org:us-congress|الكونغرس|الكونغرس الأمريكي|الكونغرس|الكونجرس|Congress
org:pentagon|البنتاغون|البنتاغون|البنتاجون|وزارة الدفاع الأمريكية|Pentagon
org:us-state-department|وزارة الخارجية الأمريكية|وزارة الخارجية الأمريكية|الخارجية الأمريكية|الخارجية الأميركية|State Department
org:knesset|الكنيست|الكنيست|Knesset
org:plo|منظمة التحرير الفلسطينية|منظمة التحرير الفلسطينية|منظمة التحرير|PLO
org:fatah|حركة فتح|حركة فتح|Fatah
org:unrwa|الأونروا|الأونروا|وكالة غوث وتشغيل اللاجئين|UNRWA
org:unesco|اليونسكو|اليونسكو|UNESCO
org:unicef|اليونيسف|اليونيسف|UNICEF
org:unhcr|مفوضية الأمم المتحدة لشؤون اللاجئين|مفوضية الأمم المتحدة لشؤون اللاجئين|مفوضية اللاجئين|UNHCR
org:human-rights-watch|هيومن رايتس ووتش|هيومن رايتس ووتش|Human Rights Watch
org:amnesty|منظمة العفو الدولية|منظمة العفو الدولية|العفو الدولية|Amnesty International
org:icrc|اللجنة الدولية للصليب الأحمر|الصليب الأحمر|Red Cross
org:saudi-coalition|التحالف العربي|التحالف العربي|تحالف دعم الشرعية|التحالف بقيادة السعودية
org:international-coalition|التحالف الدولي|التحالف الدولي|Global Coalition
org:free-syrian-army|الجيش السوري الحر|الجيش السوري الحر|الجيش الحر|Free Syrian Army
org:aramco|أرامكو|أرامكو|أرامكو السعودية|Aramco
org:opcw|منظمة حظر الأسلحة الكيميائية|منظمة حظر الأسلحة الكيميائية|OPCW
org:icc|المحكمة الجنائية الدولية|المحكمة الجنائية الدولية|ICC
org:sky-news-arabia|سكاي نيوز عربية|سكاي نيوز عربية|Sky News Arabia
org:bbc|بي بي سي|بي بي سي|بي بي سي عربي|BBC
org:cnn|سي إن إن|سي إن إن|CNN
org:france24|فرانس 24|فرانس 24|فرانس24|France 24
org:al-arabiya|قناة العربية|قناة العربية|Al Arabiya
org:al-jazeera|قناة الجزيرة|قناة الجزيرة|Al Jazeera
org:spa|وكالة الأنباء السعودية|وكالة الأنباء السعودية|واس|SPA
org:wam|وكالة أنباء الإمارات|وكالة أنباء الإمارات|وام|WAM
org:mena|وكالة أنباء الشرق الأوسط|وكالة أنباء الشرق الأوسط|MENA
org:sana|الوكالة العربية السورية للأنباء|الوكالة العربية السورية للأنباء|سانا|SANA
org:irna|وكالة الأنباء الإيرانية|إرنا|وكالة الأنباء الإيرانية الرسمية|IRNA
org:ap|أسوشيتد برس|أسوشيتد برس|أسوشييتد برس|Associated Press
org:google|غوغل|غوغل|جوجل|Google
org:facebook|فيسبوك|فيسبوك|فيس بوك|Facebook
org:twitter|تويتر|تويتر|Twitter
org:apple|أبل|شركة أبل|Apple
org:opec-2|منظمة البلدان المصدرة للبترول|منظمة البلدان المصدرة للبترول
org:real-madrid|ريال مدريد|ريال مدريد|Real Madrid
org:barcelona-fc|برشلونة|نادي برشلونة|Barcelona
org:liverpool-fc|ليفربول|نادي ليفربول|Liverpool
org:wsj|وول ستريت جورنال|وول ستريت جورنال|Wall Street Journal
org:financial-times|فايننشال تايمز|فايننشال تايمز|Financial Times
org:le-monde|لوموند|لوموند|Le Monde
org:le-figaro|لوفيغارو|لوفيغارو|Le Figaro
org:liberation|ليبراسيون|ليبراسيون|Libération
org:spiegel|دير شبيغل|دير شبيغل|شبيغل|Der Spiegel
org:sputnik|سبوتنيك|سبوتنيك|Sputnik
org:rt|روسيا اليوم|روسيا اليوم|RT
org:anadolu-agency|وكالة الأناضول|وكالة الأناضول|وكالة أنباء الأناضول
org:arsenal|أرسنال|أرسنال|آرسنال|Arsenal
org:chelsea|تشيلسي|تشيلسي|Chelsea
org:man-united|مانشستر يونايتد|مانشستر يونايتد|Manchester United
org:man-city|مانشستر سيتي|مانشستر سيتي|Manchester City
org:tottenham|توتنهام|توتنهام|Tottenham
org:everton|إيفرتون|إيفرتون|Everton
org:atletico|أتلتيكو مدريد|أتلتيكو مدريد|Atletico Madrid
org:bayern|بايرن ميونيخ|بايرن ميونيخ|Bayern
org:dortmund|بوروسيا دورتموند|بوروسيا دورتموند|دورتموند|Dortmund
org:juventus|يوفنتوس|يوفنتوس|Juventus
org:ac-milan|ميلان|إيه سي ميلان|AC Milan
org:inter|إنتر ميلان|إنتر ميلان|Inter
org:as-roma|روما|نادي روما|Roma
org:psg|باريس سان جيرمان|باريس سان جيرمان|سان جيرمان|PSG
org:marseille|مارسيليا|أولمبيك مارسيليا|Marseille
org:al-ahly|الأهلي|الأهلي|الأهلي المصري|Al Ahly
org:zamalek|الزمالك|الزمالك|Zamalek
org:wydad|الوداد|الوداد البيضاوي|Wydad
org:esperance|الترجي|الترجي التونسي|Esperance
org:al-hilal|الهلال السعودي|الهلال السعودي|Al Hilal
org:al-nassr|النصر السعودي|النصر السعودي|Al Nassr
org:nyt|نيويورك تايمز|نيويورك تايمز|New York Times
org:washington-post|واشنطن بوست|واشنطن بوست|Washington Post
org:guardian|الغارديان|الغارديان|ذي غارديان|Guardian
org:bein|بي إن سبورتس|بي إن سبورتس|beIN Sports
org:usa-today|يو إس أي توداي|يو إس أي توداي|USA Today
org:civil-defence|الدفاع المدني|الدفاع المدني|الخوذ البيضاء|White Helmets
""".strip()

REGIONS = """
place:west-bank|الضفة الغربية|الضفة الغربية|West Bank
place:jerusalem|القدس|القدس|القدس الشرقية|Jerusalem
place:golan|الجولان|الجولان|مرتفعات الجولان|Golan
place:sinai|سيناء|سيناء|شمال سيناء|Sinai
place:idlib|إدلب|إدلب|ادلب|Idlib
place:eastern-ghouta|الغوطة الشرقية|الغوطة الشرقية|الغوطة|Ghouta
place:afrin|عفرين|عفرين|Afrin
place:daraa|درعا|درعا|Daraa
place:hodeidah|الحديدة|الحديدة|Hodeidah
place:gulf|الخليج|الخليج العربي|منطقة الخليج|Gulf
place:middle-east|الشرق الأوسط|الشرق الأوسط|Middle East
place:kurdistan|كردستان|إقليم كردستان|كردستان العراق|Kurdistan
place:darfur|دارفور|دارفور|Darfur
place:crimea|القرم|شبه جزيرة القرم|القرم|Crimea
place:donbas|دونباس|دونباس|Donbas
place:strait-of-hormuz|مضيق هرمز|مضيق هرمز|Strait of Hormuz
place:red-sea|البحر الأحمر|البحر الأحمر|Red Sea
place:mediterranean|البحر المتوسط|البحر المتوسط|البحر الأبيض المتوسط|Mediterranean
place:raqqa|الرقة|الرقة|Raqqa
place:mosul|الموصل|الموصل|Mosul
place:doha|الدوحة|الدوحة|Doha
place:manama|المنامة|المنامة|Manama
place:kuwait-city|مدينة الكويت|مدينة الكويت|Kuwait City
place:abu-dhabi|أبوظبي|أبوظبي|أبو ظبي|Abu Dhabi
place:dubai|دبي|دبي|Dubai
place:sharjah|الشارقة|الشارقة|Sharjah
place:sanaa|صنعاء|صنعاء|Sanaa
place:aden|عدن|عدن|Aden
place:erbil|أربيل|أربيل|Erbil
place:aleppo|حلب|حلب|Aleppo
place:homs|حمص|حمص|Homs
place:hama|حماة|حماة|Hama
place:latakia|اللاذقية|اللاذقية|Latakia
place:deir-ez-zor|دير الزور|دير الزور|Deir ez-Zor
place:ramallah|رام الله|رام الله|Ramallah
place:tel-aviv|تل أبيب|تل أبيب|Tel Aviv
place:khartoum|الخرطوم|الخرطوم|Khartoum
place:tripoli|طرابلس|طرابلس|Tripoli
place:benghazi|بنغازي|بنغازي|Benghazi
place:rabat|الرباط|الرباط|Rabat
place:casablanca|الدار البيضاء|الدار البيضاء|Casablanca
place:marrakesh|مراكش|مراكش|Marrakesh
place:alexandria|الإسكندرية|الإسكندرية|Alexandria
place:mecca|مكة المكرمة|مكة المكرمة|مكة|Mecca
place:medina|المدينة المنورة|المدينة المنورة|Medina
place:jeddah|جدة|جدة|Jeddah
place:dammam|الدمام|الدمام|Dammam
place:dhahran|الظهران|الظهران|Dhahran
place:abha|أبها|أبها|Abha
place:amman|عمّان|العاصمة الأردنية عمان|Amman
place:africa|أفريقيا|أفريقيا|إفريقيا|Africa
place:asia|آسيا|آسيا|Asia
place:balkans|البلقان|البلقان|Balkans
place:north-africa|شمال أفريقيا|شمال أفريقيا|شمال إفريقيا|North Africa
place:blue-nile|النيل الأزرق|النيل الأزرق|Blue Nile
place:wall-street|وول ستريت|وول ستريت|Wall Street
""".strip()


def parse(table: str, kind: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    rows = []
    for line in table.splitlines():
        entity_id, name, *aliases = line.split("|")
        rows.append((entity_id.removesuffix("-2"), kind, name, tuple(aliases)))
    return rows


def more_entries() -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [*parse(PEOPLE, "person"), *parse(ORGANISATIONS, "organisation"), *parse(REGIONS, "place")]
