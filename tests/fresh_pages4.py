"""Fresh pages for tests/test_fresh_layouts4.py, written for these tests (no site's text): Bengali, Tamil, Urdu and
Persian (right to left), Swahili, Malay, Tagalog, Czech, Hungarian, Serbian Cyrillic and Latin, Turkish, Greek,
Japanese and Chinese bylines and dates in their own forms, Hebrew and Hindi with a cookie notice, a reading time, a
newsletter and comments, and an English desk's name beside the dateline. Each is (page, lines the article must
keep, lines it must not keep, the fields expected: title, author, published as YYYY-MM-DD; a field left out is not
checked)."""

from fresh_pages import page

R = {}

BN = [
    "সিটি করপোরেশন জানিয়েছে, আগামী মাস থেকে শহরের প্রধান সড়কগুলোতে নতুন বৈদ্যুতিক বাস চলাচল শুরু হবে এবং প্রথম ধাপে পঞ্চাশটি বাস নামানো হবে।",
    "মেয়র বলেন, এই বাসগুলো পরিবেশবান্ধব এবং এতে যাত্রীদের ভাড়াও আগের চেয়ে কম লাগবে বলে আশা করা হচ্ছে।",
    "যাত্রীরা এই উদ্যোগকে স্বাগত জানিয়েছেন, তবে তারা বাসস্ট্যান্ডগুলোতে ছাউনি ও বসার ব্যবস্থা করার দাবি জানিয়েছেন।",
    "পরিবহন বিশেষজ্ঞরা মনে করেন, বাসের সংখ্যা বাড়ানো না হলে যানজট খুব একটা কমবে না।",
]
BN_TAIL = ["আরও পড়ুন", "নদীর ওপর নতুন সেতুর কাজ শুরু হচ্ছে", "শহরে পানির দাম বাড়ছে না"]
# Bengali: a byline with its label, the date with "প্রকাশ:" (published), a read-more list
R["bn_read_more"] = (page(
    "প্রচ্ছদ | জাতীয় | শহর | খেলা", "শহরে নামছে পঞ্চাশটি বৈদ্যুতিক বাস", "প্রতিবেদক: রহিম উদ্দিন\nপ্রকাশ: 12 মার্চ 2024, 10:30",
    *BN, "\n".join(BN_TAIL), "© 2024 নগর বার্তা"),
    BN, BN_TAIL, {"title": "শহরে নামছে পঞ্চাশটি বৈদ্যুতিক বাস", "author": "রহিম উদ্দিন", "published": "2024-03-12"})

TA = [
    "நகரின் அனைத்து அரசுப் பள்ளிகளிலும் அடுத்த கல்வியாண்டு முதல் காலை உணவுத் திட்டம் விரிவுபடுத்தப்படும் என்று மாநகராட்சி அறிவித்துள்ளது.",
    "இந்தத் திட்டத்தின் மூலம் சுமார் இருபதாயிரம் மாணவர்கள் பயன்பெறுவார்கள் என்று அதிகாரிகள் தெரிவித்தனர்.",
    "பெற்றோர்கள் இந்த அறிவிப்பை வரவேற்றுள்ளனர், உணவின் தரத்தை தொடர்ந்து கண்காணிக்க வேண்டும் என்று கோரிக்கை விடுத்துள்ளனர்.",
    "திட்டத்திற்கான செலவை மாநில அரசும் மாநகராட்சியும் இணைந்து ஏற்கும் என்று கூறப்படுகிறது.",
]
TA_TAIL = ["தொடர்புடைய செய்திகள்", "நகரில் புதிய நூலகம் திறப்பு", "மழைக்காலத்திற்கு முன் கால்வாய்கள் சுத்தம்"]
# Tamil: a related-news list after the article, a share bar under the dateline
R["ta_related"] = (page(
    "முகப்பு | செய்திகள் | நகரம் | விளையாட்டு", "அரசுப் பள்ளிகளில் காலை உணவுத் திட்டம் விரிவாக்கம்",
    "12 மார்ச் 2024", "பகிர்: Facebook | Twitter | WhatsApp",
    *TA, "\n".join(TA_TAIL), "© 2024 நகர செய்தி"),
    TA, ["பகிர்: Facebook | Twitter | WhatsApp"] + TA_TAIL,
    {"title": "அரசுப் பள்ளிகளில் காலை உணவுத் திட்டம் விரிவாக்கம்", "published": "2024-03-12"})

UR = [
    "شہر کی انتظامیہ نے اعلان کیا ہے کہ اگلے ماہ سے تمام سرکاری اسکولوں میں صاف پانی کے نئے فلٹر لگائے جائیں گے تاکہ بچوں کو بیماریوں سے بچایا جا سکے۔",
    "حکام کے مطابق پہلے مرحلے میں دو سو اسکولوں کو شامل کیا جائے گا اور یہ کام تین ماہ میں مکمل ہوگا۔",
    "والدین نے اس فیصلے کا خیر مقدم کیا ہے لیکن مطالبہ کیا ہے کہ فلٹرز کی باقاعدہ دیکھ بھال بھی کی جائے۔",
    "محکمہ تعلیم کا کہنا ہے کہ اس منصوبے کے لیے رقم صوبائی بجٹ سے فراہم کی جائے گی۔",
]
UR_TAIL = ["مزید پڑھیں", "شہر میں نئی بس سروس شروع", "پارکوں کی صفائی کی مہم کا آغاز"]
# Urdu, right to left: a "more to read" list, the byline after its label, the name in bidi isolates
R["ur_read_more"] = (page(
    "صفحہ اول | خبریں | شہر | کھیل", "سرکاری اسکولوں میں صاف پانی کے فلٹر لگیں گے", "تحریر: \u2067احمد علی\u2069\n\u200f12 مارچ 2024",
    *UR, "\n".join(UR_TAIL), "© 2024 شہر نیوز"),
    UR, UR_TAIL, {"title": "سرکاری اسکولوں میں صاف پانی کے فلٹر لگیں گے", "author": "احمد علی", "published": "2024-03-12"})

FA = [
    "شهرداری اعلام کرد که از ماه آینده ده ایستگاه جدید دوچرخه اشتراکی در مرکز شهر راه‌اندازی می‌شود و شهروندان می‌توانند با کارت بلیت از آن استفاده کنند.",
    "به گفته معاون حمل و نقل شهرداری، در مرحله نخست پانصد دوچرخه در این ایستگاه‌ها قرار می‌گیرد.",
    "گروهی از شهروندان از این طرح استقبال کردند، اما گفتند که مسیرهای ویژه دوچرخه در شهر هنوز کافی نیست.",
    "شهرداری قول داده است که تا پایان سال بیست کیلومتر مسیر دوچرخه جدید بسازد.",
]
FA_TAIL = ["اخبار مرتبط", "ساعت کار مترو در تابستان افزایش می‌یابد", "بوستان جدید در شمال شهر افتتاح شد"]
# Persian, right to left, with zero-width non-joiners and a right-to-left mark on the byline
R["fa_related"] = (page(
    "صفحه اصلی | اخبار | شهری | ورزشی", "ده ایستگاه دوچرخه اشتراکی در مرکز شهر", "\u200fنویسنده: مریم رضایی\n12 مارس 2024",
    *FA, "\n".join(FA_TAIL), "© 2024 خبرگزاری شهر"),
    FA, FA_TAIL, {"title": "ده ایستگاه دوچرخه اشتراکی در مرکز شهر", "author": "مریم رضایی", "published": "2024-03-12"})

SW = [
    "Serikali ya jiji imetangaza kuwa itajenga masoko mapya matatu ya wakulima ili kuwasaidia wakulima kuuza mazao yao moja kwa moja kwa wananchi.",
    "Meya wa jiji alisema masoko hayo yatakuwa na maji safi, vyoo na sehemu za kuhifadhia mazao ili yasiharibike haraka.",
    "Wakulima wengi wamepokea habari hiyo kwa furaha, wakisema kwa sasa wanalazimika kuuza mazao yao kwa bei ndogo kwa madalali.",
    "Ujenzi wa soko la kwanza unatarajiwa kuanza mwezi ujao na kukamilika ndani ya miezi sita.",
]
SW_TAIL = ["Habari zinazohusiana", "Bei ya mafuta yapanda tena mwezi huu", "Shule mpya zafunguliwa katika vijiji vitano"]
# Swahili: "Na NAME" byline, a related list after the article
R["sw_related"] = (page(
    "Nyumbani | Habari | Jiji | Michezo", "Jiji kujenga masoko mapya matatu ya wakulima", "Na Amina Juma\n12 Machi 2024",
    *SW, "\n".join(SW_TAIL), "© 2024 Habari za Jiji"),
    SW, SW_TAIL[1:], {"title": "Jiji kujenga masoko mapya matatu ya wakulima", "author": "Amina Juma", "published": "2024-03-12"})

MS = [
    "Majlis bandaraya akan menanam lima ribu batang pokok di sepanjang jalan utama tahun ini bagi mengurangkan suhu dan pencemaran udara di kawasan bandar.",
    "Datuk Bandar berkata pokok-pokok itu akan ditanam secara berperingkat bermula bulan depan dengan kerjasama sekolah dan persatuan penduduk.",
    "Penduduk menyambut baik usaha tersebut dan berharap pokok yang ditanam akan dijaga dengan baik.",
    "Projek itu dijangka menelan belanja kira-kira dua juta ringgit.",
]
MS_TAIL = ["Artikel berkaitan", "Laluan basikal baharu dibuka di pusat bandar", "Pasar malam dipindahkan ke tapak baharu"]
# Malay: "Oleh NAME" over a date with "Dikemas kini" (updated)
R["ms_updated"] = (page(
    "Utama | Berita | Bandar | Sukan", "Lima ribu pokok akan ditanam di bandar", "Oleh Siti Aminah\nDikemas kini: 12 Mac 2024, 10:30",
    *MS, "\n".join(MS_TAIL), "© 2024 Berita Bandar"),
    MS, MS_TAIL[1:], {"title": "Lima ribu pokok akan ditanam di bandar", "author": "Siti Aminah", "published": "2024-03-12"})

TL = [
    "Inanunsyo ng pamahalaang lungsod na magbubukas ito ng tatlong bagong health center sa mga barangay na malayo sa ospital ngayong taon.",
    "Ayon sa alkalde, ang bawat health center ay magkakaroon ng doktor, nars at libreng gamot para sa mga residente.",
    "Natuwa ang mga residente sa balita, ngunit humiling sila na bukas din ang mga health center tuwing Sabado at Linggo.",
    "Inaasahang matatapos ang pagpapatayo ng unang health center sa katapusan ng Hunyo.",
]
TL_TAIL = ["Basahin din", "Bagong tulay sa ilog bubuksan na", "Presyo ng bigas bumaba ngayong linggo"]
# Tagalog: "Ni NAME" byline, "Basahin din" (read also) list
R["tl_basahin"] = (page(
    "Home | Balita | Lungsod | Palakasan", "Tatlong bagong health center bubuksan sa lungsod", "Ni Maria Santos\nMarso 12, 2024",
    *TL, "\n".join(TL_TAIL), "© 2024 Balitang Lungsod"),
    TL, TL_TAIL[1:], {"title": "Tatlong bagong health center bubuksan sa lungsod", "author": "Maria Santos", "published": "2024-03-12"})

CS = [
    "Město v příštím roce opraví všechny lávky pro pěší přes řeku, oznámil v pondělí primátor na tiskové konferenci.",
    "Oprava bude stát přibližně osmdesát milionů korun a potrvá zhruba dva roky, během nichž bude vždy otevřena alespoň jedna lávka.",
    "Obyvatelé nábřeží si dlouho stěžovali na rezavé zábradlí a díry v chodnících.",
    "Práce začnou na jaře u nejstarší lávky v centru města.",
]
CS_TAIL = ["Diskuze (12)", "Přidat komentář"]
# Czech: a spaced date and an updated line, a discussion counter after the article
R["cs_discussion"] = (page(
    "Úvod | Zprávy | Domov | Sport", "Město opraví všechny lávky přes řeku", "Jana Nováková\n12. 3. 2024 10:30",
    *CS, "\n".join(CS_TAIL), "© 2024 Městské listy"),
    CS, CS_TAIL, {"title": "Město opraví všechny lávky přes řeku", "author": "Jana Nováková", "published": "2024-03-12"})

HU = [
    "A fővárosi közgyűlés jóváhagyta, hogy jövőre öt új játszóteret építsenek a külső kerületekben, ahol kevés a zöldterület.",
    "A játszóterek akadálymentesek lesznek, és mindegyikben lesz ivókút és árnyékot adó fa.",
    "A szülők régóta kérték a fejlesztést, mert a legközelebbi játszótér sokszor több kilométerre van.",
    "Az építkezés tavasszal kezdődik, és a tervek szerint nyár végére befejeződik.",
]
HU_TAIL = ["Kapcsolódó cikkek", "Új buszjárat indul a reptérre", "Meghosszabbították a könyvtár nyitvatartását"]
# Hungarian: the family name first, a year-first date
R["hu_related"] = (page(
    "Címlap | Belföld | Budapest | Sport", "Öt új játszótér épül a külső kerületekben", "Szabó Péter\n2024. március 12. 10:30",
    *HU, "\n".join(HU_TAIL), "© 2024 Fővárosi Hírek"),
    HU, HU_TAIL[1:], {"title": "Öt új játszótér épül a külső kerületekben", "author": "Szabó Péter", "published": "2024-03-12"})

SR = [
    "Градска скупштина усвојила је план за изградњу новог моста преко реке, који би требало да растерети саобраћај у центру града.",
    "Према пројекту, мост ће имати по две траке у оба смера, бициклистичку стазу и широке тротоаре.",
    "Грађани с оне стране реке кажу да сваког јутра проводе и по сат времена у гужви.",
    "Радови би требало да почну следеће године и да трају три године.",
]
SR_TAIL = ["Прочитајте још", "Нове линије градског превоза од септембра", "Почиње реконструкција главне пијаце"]
# Serbian Cyrillic: "Аутор:" label, a read-more list
R["sr_read_more"] = (page(
    "Почетна | Вести | Град | Спорт", "Скупштина усвојила план за нови мост", "Аутор: Милан Петровић\n12. март 2024. 10:30",
    *SR, "\n".join(SR_TAIL), "© 2024 Градске вести"),
    SR, SR_TAIL[1:], {"title": "Скупштина усвојила план за нови мост", "author": "Милан Петровић", "published": "2024-03-12"})

JA = [
    "市は来年度から、市内のすべての小学校で給食費を無償にすると発表した。子育て世帯の負担を減らすのがねらいだ。",
    "対象となる児童は約一万二千人で、必要な費用はおよそ八億円と見込まれている。",
    "保護者からは歓迎の声が上がる一方、財源の確保を心配する意見もある。",
    "市長は「子どもたちの成長を地域全体で支えたい」と話した。",
]
JA_TAIL = ["関連記事", "市立図書館、夜間開館を延長", "駅前広場の改修工事が始まる"]
# Japanese: the reporter's word after the name, a date with the clock time in Japanese form
R["ja_byline_date"] = (page(
    "ホーム | ニュース | 地域 | スポーツ", "小学校の給食費、来年度から無償に", "佐藤健一記者\n2024年3月12日 10時30分",
    *JA, "\n".join(JA_TAIL), "© 2024 市民新聞"),
    JA, JA_TAIL[1:], {"title": "小学校の給食費、来年度から無償に", "author": "佐藤健一", "published": "2024-03-12"})

ZH = [
    "市交通局昨天宣布，从下个月起将开通三条新的夜间公交线路，方便晚上下班的市民回家。",
    "新线路将在晚上十一点到凌晨五点之间运行，每三十分钟一班，途经火车站、医院和主要居民区。",
    "不少市民表示，以前晚上只能打车回家，费用很高，新线路开通后会方便很多。",
    "交通局表示，将根据乘客数量调整班次，并考虑增加更多夜间线路。",
]
ZH_TAIL = ["相关新闻", "地铁三号线下月试运行", "市区新增两千个停车位"]
# Chinese: "记者 NAME" and the date with its clock time on one line, a related list
R["zh_byline_date"] = (page(
    "首页 | 新闻 | 本地 | 体育", "三条夜间公交线路下月开通", "2024年3月12日 10:30　来源：城市晚报　记者 王小明",
    *ZH, "\n".join(ZH_TAIL), "© 2024 城市晚报"),
    ZH, ZH_TAIL[1:], {"title": "三条夜间公交线路下月开通", "author": "王小明", "published": "2024-03-12"})

EN_DESK = [
    "The county will open four new recycling centres by the end of the year, officials announced on Tuesday after months of complaints about overflowing bins.",
    "The centres will accept glass, metal, paper and garden waste, and two of them will also take old furniture and electrical goods.",
    "Residents have long asked for a recycling point closer to the northern villages, where the nearest one is a forty-minute drive away.",
    "The council said the first centre would open in June.",
]
# a section's desk beside the dateline: an organisation, not a person
R["en_desk_dateline"] = (page(
    "Home | News | Local | Sport", "Four new recycling centres to open this year", "Local News Desk\nMarch 12, 2024",
    *EN_DESK, "© 2024 The County Herald"),
    EN_DESK, ["Local News Desk"], {"title": "Four new recycling centres to open this year", "author": None, "published": "2024-03-12"})

HE2 = [
    "משרד התחבורה הודיע היום כי קו הרכבת הקלה החדש ייפתח לציבור בחודש הבא, לאחר שנתיים של עיכובים בעבודות.",
    "הקו יעבור בעשרים תחנות, ממרכז העיר ועד לשכונות הדרומיות, והנסיעה בו תהיה חינם בשבוע הראשון.",
    "נהגי האוטובוסים חוששים שחלק מהקווים יבוטלו, אך המשרד הבטיח שהשינויים יהיו הדרגתיים.",
    "ראש העירייה אמר כי מדובר ביום חשוב לתושבי העיר.",
]
HE2_HEAD = ["אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה. המשך הגלישה מהווה הסכמה למדיניות הפרטיות.", "אישור"]
HE2_TAIL = ["הירשמו לניוזלטר שלנו", "כל החדשות החשובות ישירות למייל", "תגובות (2)", "כל הזכויות שמורות © 2024 חדשות העיר"]
# Hebrew: a cookie notice over the page, a reading time under the byline, a newsletter box, a comments heading, the
# rights reserved
R["he_consent_reading"] = (page(
    "\n".join(HE2_HEAD), "ראשי | חדשות | תחבורה | ספורט", "הרכבת הקלה תיפתח בחודש הבא", "מאת יעל לוי\n12.03.2024 10:30",
    "זמן קריאה: 3 דקות", *HE2, "\n".join(HE2_TAIL)),
    HE2, HE2_HEAD + HE2_TAIL + ["זמן קריאה: 3 דקות"],
    {"title": "הרכבת הקלה תיפתח בחודש הבא", "author": "יעל לוי", "published": "2024-03-12"})

HI2 = [
    "राज्य सरकार ने घोषणा की है कि अगले साल से सभी सरकारी अस्पतालों में मरीजों को मुफ्त दवाइयां दी जाएंगी।",
    "स्वास्थ्य मंत्री ने बताया कि इस योजना पर हर साल लगभग तीन सौ करोड़ रुपये खर्च होंगे और इससे लाखों परिवारों को राहत मिलेगी।",
    "डॉक्टरों के संगठन ने फैसले का स्वागत किया, लेकिन अस्पतालों में दवाओं की कमी दूर करने की मांग भी की।",
    "योजना का पहला चरण अप्रैल से शुरू होगा।",
]
HI2_TAIL = ["न्यूज़लेटर के लिए साइन अप करें", "टिप्पणियां (4)", "सर्वाधिकार सुरक्षित © 2024 राज्य समाचार"]
# Hindi: a byline with its label, a reading time, a newsletter prompt, a comments heading, rights reserved
R["hi_reading_newsletter"] = (page(
    "होम | देश | राज्य | खेल", "सरकारी अस्पतालों में मुफ्त मिलेंगी दवाइयां", "लेखक: अनीता वर्मा\nप्रकाशित: 12 मार्च 2024, 10:30",
    "3 मिनट में पढ़ें", *HI2, "\n".join(HI2_TAIL)),
    HI2, HI2_TAIL + ["3 मिनट में पढ़ें"],
    {"title": "सरकारी अस्पतालों में मुफ्त मिलेंगी दवाइयां", "author": "अनीता वर्मा", "published": "2024-03-12"})

TR = ["Belediye, şehir merkezindeki tarihi çarşının yenileneceğini açıkladı ve çalışmaların önümüzdeki ay başlayacağını duyurdu.",
      "Proje kapsamında dükkanların cepheleri onarılacak, sokaklar taş döşenecek ve yeni aydınlatma sistemi kurulacak.",
      "Esnaf, çalışmalar sırasında dükkanların kapalı kalmasından endişe ediyor.",
      "Belediye başkanı, işlerin bölüm bölüm yapılacağını ve hiçbir dükkanın bir haftadan fazla kapalı kalmayacağını söyledi."]
TR_TAIL = ["İlgili Haberler", "Sahil yolu yeniden trafiğe açıldı", "Yeni kütüphane hizmete girdi"]
# Turkish: a bare name over the dateline, a reading time in "dk"
R["tr_reading"] = (page("Ana Sayfa | Gündem | Şehir | Spor", "Tarihi çarşı baştan sona yenileniyor", "Mehmet Yılmaz\n12 Mart 2024, 10:30",
                "Okuma süresi: 3 dk", *TR, "\n".join(TR_TAIL), "© 2024 Şehir Gazetesi"),
           TR, TR_TAIL + ["Okuma süresi: 3 dk"], {"title": "Tarihi çarşı baştan sona yenileniyor", "author": "Mehmet Yılmaz", "published": "2024-03-12"})
EL = ["Η κυβέρνηση ανακοίνωσε σήμερα ότι από τον επόμενο μήνα θα αυξηθούν τα δρομολόγια των πλοίων προς τα μικρά νησιά.",
      "Σύμφωνα με το υπουργείο, τα νέα δρομολόγια θα καλύπτουν και τους χειμερινούς μήνες, όταν η σύνδεση είναι δύσκολη.",
      "Οι κάτοικοι των νησιών ζητούσαν εδώ και χρόνια καλύτερη συγκοινωνία με την ηπειρωτική χώρα.",
      "Το κόστος του προγράμματος θα καλυφθεί από ευρωπαϊκά κονδύλια."]
EL_TAIL = ["Σχετικά άρθρα", "Νέο λιμάνι στη Νάξο", "Αυξάνονται οι πτήσεις προς τα νησιά"]
# Greek: a bare name over a numeric date, a related heading
R["el_related"] = (page("Αρχική | Ελλάδα | Κόσμος | Αθλητισμός", "Περισσότερα πλοία για τα μικρά νησιά", "Γιώργος Παπαδάκης\n12/03/2024 10:30",
                *EL, "\n".join(EL_TAIL), "© 2024 Νέα της Ημέρας"),
           EL, EL_TAIL, {"title": "Περισσότερα πλοία για τα μικρά νησιά", "author": "Γιώργος Παπαδάκης", "published": "2024-03-12"})
SRL = ["Gradska skupština usvojila je plan za izgradnju novog mosta preko reke, koji bi trebalo da rastereti saobraćaj u centru grada.",
       "Prema projektu, most će imati po dve trake u oba smera, biciklističku stazu i široke trotoare.",
       "Građani s one strane reke kažu da svakog jutra provode i po sat vremena u gužvi.",
       "Radovi bi trebalo da počnu sledeće godine i da traju tri godine."]
SRL_TAIL = ["Pročitajte još", "Nove linije gradskog prevoza od septembra", "Počinje rekonstrukcija glavne pijace"]
# Serbian in Latin letters: "Autor:" label, a read-more list
R["sr_latn_read_more"] = (page("Početna | Vesti | Grad | Sport", "Skupština usvojila plan za novi most", "Autor: Milan Petrović\n12. mart 2024. 10:30",
                *SRL, "\n".join(SRL_TAIL), "© 2024 Gradske vesti"),
           SRL, SRL_TAIL[1:], {"title": "Skupština usvojila plan za novi most", "author": "Milan Petrović", "published": "2024-03-12"})

# the same Bengali and Persian pages with their dates in their own digits
R["bn_native_digits"] = (R["bn_read_more"][0].replace("12 মার্চ 2024, 10:30", "১২ মার্চ ২০২৪, ১০:৩০"), *R["bn_read_more"][1:])
R["fa_native_digits"] = (R["fa_related"][0].replace("12 مارس 2024", "۱۲ مارس ۲۰۲۴"), *R["fa_related"][1:])
