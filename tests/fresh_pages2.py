"""More fresh pages for tests/test_fresh_layouts2.py, written for these tests (no site's text): languages and layouts
neither kinds_pages.py nor fresh_pages.py has. Each is (page, lines the article must keep, lines it must not keep, the
fields expected: title, author, published as YYYY-MM-DD; a field left out is not checked)."""

from fresh_pages import page

Q = {}

EL = [
    "Το δημοτικό συμβούλιο ενέκρινε χθες το σχέδιο για την ανάπλαση της παραλιακής ζώνης, ένα έργο που συζητείται εδώ και περισσότερα από δέκα χρόνια.",
    "Σύμφωνα με τη μελέτη, η παραλία θα αποκτήσει νέο πεζόδρομο, ποδηλατόδρομο και χώρους πρασίνου, ενώ τα αυτοκίνητα θα σταθμεύουν σε υπόγειο χώρο.",
    "Οι κάτοικοι της περιοχής χαιρετίζουν την απόφαση, αλλά ζητούν να μην κλείσουν οι δρόμοι για μεγάλο διάστημα κατά τη διάρκεια των εργασιών.",
    "Ο δήμαρχος δήλωσε ότι οι εργασίες θα ξεκινήσουν το φθινόπωρο και θα ολοκληρωθούν μέσα σε δύο χρόνια.",
]
SHARE_EL = "Κοινοποίηση: Facebook | Twitter | Email"
REL_EL = ["Διαβάστε επίσης", "Νέες γραμμές λεωφορείων για τα βόρεια προάστια από τον Σεπτέμβριο",
          "Κλειστοί δρόμοι στο κέντρο το Σαββατοκύριακο λόγω αγώνα δρόμου", "Νέο δημοτικό πάρκινγκ κοντά στο σταθμό του μετρό"]
# a share bar under the byline, a read-also list after the article (Greek)
Q["el_share_readalso"] = (page(
    "Αρχική | Ειδήσεις | Πόλη | Αθλητισμός", "Εγκρίθηκε η ανάπλαση της παραλιακής ζώνης",
    "Του Νίκου Αντωνίου\n12 Μαρτίου 2024, 10:45", SHARE_EL, *EL, "\n".join(REL_EL), "© 2024 Η Φωνή της Πόλης"),
    EL, [SHARE_EL] + REL_EL, {"title": "Εγκρίθηκε η ανάπλαση της παραλιακής ζώνης", "published": "2024-03-12"})

RO = [
    "Primăria a anunțat luni că va moderniza toate stațiile de autobuz din oraș până la sfârșitul anului viitor, cu bani din fonduri europene.",
    "Noile stații vor avea acoperiș, bănci, panouri cu orele de sosire ale autobuzelor și prize pentru încărcarea telefoanelor.",
    "Proiectul costă aproximativ douăzeci de milioane de lei, iar lucrările vor începe în cartierele cu cei mai mulți călători.",
    "Asociațiile de locatari au cerut ca stațiile să fie accesibile și pentru persoanele cu dizabilități.",
]
NEWS_RO = ["Abonează-te la newsletter", "Primește cele mai importante știri în fiecare dimineață.", "Adresa de e-mail", "Abonează-te"]
# a newsletter box after the article, the byline "de NAME" with a date on the next line (Romanian)
Q["ro_newsletter"] = (page(
    "Acasă | Știri | Local | Sport", "Toate stațiile de autobuz vor fi modernizate", "de Andrei Popescu\n4 martie 2024, 09:30",
    *RO, "\n".join(NEWS_RO), "© 2024 Gazeta Orașului"),
    RO, NEWS_RO, {"title": "Toate stațiile de autobuz vor fi modernizate", "author": "Andrei Popescu", "published": "2024-03-04"})

UK = [
    "Міська рада ухвалила програму утеплення шкіл і дитячих садків, яка розрахована на три роки і коштуватиме близько двохсот мільйонів гривень.",
    "У закладах замінять вікна, утеплять стіни й дахи, а також встановлять сучасні котли, що дозволить суттєво скоротити витрати на опалення.",
    "Першими роботи розпочнуться у школах, де взимку температура в класах опускалася нижче норми.",
    "Батьки учнів кажуть, що чекали на ремонт багато років, і просять проводити роботи під час канікул.",
]
COM_UK = ["Коментарі (2)", "Олена К.\n12 березня 2024, 14:20\nНарешті! У нашій школі діти сидять у куртках.",
          "Іван\n12 березня 2024, 15:02\nА хто перевірятиме якість робіт?"]
# reader comments under a counted heading, each a name, a date and the text (Ukrainian)
Q["uk_comments"] = (page(
    "Головна | Новини | Місто | Спорт", "Школи та садочки утеплять за три роки", "Марія Коваленко\n11 березня 2024, 09:15",
    *UK, *COM_UK, "© 2024 Міські новини"),
    UK, ["Нарешті! У нашій школі діти сидять у куртках.", "А хто перевірятиме якість робіт?"],
    {"title": "Школи та садочки утеплять за три роки", "author": "Марія Коваленко", "published": "2024-03-11"})

KO = [
    "서울시는 내년부터 시내버스 전 노선에 저상버스를 도입하겠다고 밝혔다. 휠체어 이용자와 노약자의 이동 편의를 높이기 위한 조치다.",
    "시는 올해 안에 낡은 버스 삼백여 대를 교체하고, 나머지 버스도 단계적으로 바꿀 계획이다.",
    "장애인 단체는 환영의 뜻을 밝히면서도 정류장의 높이와 보도 정비가 함께 이뤄져야 한다고 지적했다.",
    "시 관계자는 정류장 개선 사업도 내년 예산에 반영하겠다고 말했다.",
]
KO_TAIL = ["관련기사", "지하철 2호선 신형 전동차 다음 달 운행", "버스 요금 인상 내년으로 연기"]
# a Korean byline "NAME 기자" with its e-mail, a related list after the article
Q["ko_related"] = (page(
    "홈 | 사회 | 정치 | 경제 | 스포츠", "서울 시내버스 전 노선에 저상버스 도입", "김지훈 기자 jihoon@example.kr\n입력 2024.03.12 10:30",
    *KO, "\n".join(KO_TAIL), "ⓒ 2024 서울일보 무단전재 및 재배포 금지"),
    KO, KO_TAIL[1:], {"title": "서울 시내버스 전 노선에 저상버스 도입", "author": "김지훈", "published": "2024-03-12"})

ID = [
    "Pemerintah kota akan membuka tiga taman baru di kawasan padat penduduk tahun ini untuk menambah ruang terbuka hijau bagi warga.",
    "Taman-taman itu akan dilengkapi jalur lari, tempat bermain anak, dan area duduk yang teduh, serta buka dari pagi hingga malam.",
    "Wali kota mengatakan ruang terbuka hijau di kota saat ini baru mencapai sebelas persen dari luas wilayah, jauh di bawah target.",
    "Warga menyambut baik rencana tersebut dan berharap taman dijaga kebersihannya.",
]
BACA_ID = "Baca juga: Jalur sepeda baru dibuka di pusat kota"
# an inline "Baca juga:" link between two paragraphs, tags below (Indonesian)
Q["id_baca_juga"] = (page(
    "Beranda | Berita | Kota | Olahraga", "Tiga taman baru akan dibuka tahun ini", "Penulis: Dewi Lestari\nSelasa, 12 Maret 2024 09:15 WIB",
    *ID[:2], BACA_ID, *ID[2:], "Tag: taman, ruang hijau, kota", "© 2024 Warta Kota"),
    ID, [BACA_ID, "Tag: taman, ruang hijau, kota"],
    {"title": "Tiga taman baru akan dibuka tahun ini", "author": "Dewi Lestari", "published": "2024-03-12"})

VI = [
    "Thành phố sẽ xây dựng thêm năm cây cầu bắc qua sông trong giai đoạn từ nay đến năm 2030 nhằm giảm ùn tắc giao thông ở khu vực trung tâm.",
    "Theo kế hoạch, cây cầu đầu tiên sẽ được khởi công vào cuối năm nay và hoàn thành sau khoảng ba năm thi công.",
    "Nhiều người dân ở hai bên bờ sông cho biết mỗi ngày họ mất hơn một giờ để qua cầu vào giờ cao điểm.",
    "Sở Giao thông vận tải cho biết nguồn vốn sẽ đến từ ngân sách thành phố và vốn vay ưu đãi.",
]
VI_TAIL = ["Xem thêm", "Giá xăng tăng nhẹ từ chiều nay", "Mưa lớn gây ngập nhiều tuyến phố"]
Q["vi_bridge"] = (page(
    "Trang chủ | Thời sự | Giao thông | Thể thao", "Thành phố xây thêm năm cây cầu qua sông", "Trần Thu Hà\nThứ ba, 12/3/2024, 08:00 (GMT+7)",
    *VI, "\n".join(VI_TAIL), "© 2024 Báo Thành Phố"),
    VI, VI_TAIL[1:], {"title": "Thành phố xây thêm năm cây cầu qua sông", "published": "2024-03-12"})

FI = [
    "Kaupunki aikoo rakentaa uuden uimahallin keskustaan, kertoi kaupunginhallitus maanantaina.",
    "Uuteen halliin tulee viisikymmenmetrinen allas, lasten opetusallas ja kuntosali, ja sen arvioidaan maksavan noin neljäkymmentä miljoonaa euroa.",
    "Vanha uimahalli on ollut huonossa kunnossa jo vuosia, ja sen korjaamista pidettiin liian kalliina.",
    "Rakennustyöt alkavat ensi keväänä, ja halli on tarkoitus avata kahden vuoden kuluttua.",
]
FI_TAIL = ["Lue myös", "Kirjaston aukioloajat muuttuvat kesällä", "Uusi pyörätie valmistuu syksyllä",
           "Torin kahvila avataan uudelleen toukokuussa"]
Q["fi_read_also"] = (page(
    "Etusivu | Uutiset | Kotimaa | Urheilu", "Keskustaan rakennetaan uusi uimahalli", "Liisa Virtanen\n12.3.2024 klo 10.15",
    *FI, "\n".join(FI_TAIL), "© 2024 Kaupunkilehti"),
    FI, FI_TAIL[1:], {"title": "Keskustaan rakennetaan uusi uimahalli", "author": "Liisa Virtanen", "published": "2024-03-12"})

AR = [
    "أعلنت بلدية المدينة عن خطة لزراعة عشرة آلاف شجرة في الشوارع والحدائق العامة خلال العام الجاري، في إطار مشروع لتحسين جودة الهواء.",
    "وقال رئيس البلدية إن الأشجار ستزرع أولا في الأحياء الأكثر ازدحاما، حيث ترتفع درجات الحرارة في فصل الصيف.",
    "ورحب السكان بالمشروع، لكنهم طالبوا بتوفير الري المنتظم حتى لا تجف الأشجار الصغيرة.",
    "ومن المتوقع أن تبدأ أعمال الزراعة في الشهر المقبل بمشاركة متطوعين من المدارس والجامعات.",
]
AR_TAIL = ["اقرأ أيضا", "افتتاح مكتبة عامة جديدة في وسط المدينة", "تمديد خط الحافلات إلى الأحياء الجديدة"]
# right to left: an Arabic byline "بقلم: NAME", a read-also list
Q["ar_read_also"] = (page(
    "الرئيسية | أخبار | المدينة | رياضة", "البلدية تزرع عشرة آلاف شجرة هذا العام", "بقلم: سارة العلي\n12 مارس 2024",
    *AR, "\n".join(AR_TAIL), "© 2024 صحيفة المدينة"),
    AR, AR_TAIL[1:], {"title": "البلدية تزرع عشرة آلاف شجرة هذا العام", "author": "سارة العلي", "published": "2024-03-12"})

ZH = [
    "市政府近日公布了新的垃圾分类办法，从下个月起，全市居民需要把生活垃圾分成四类投放。",
    "具体分类如下：",
    "可回收物",
    "有害垃圾",
    "厨余垃圾",
    "其他垃圾",
    "环保部门表示，前三个月以宣传和引导为主，之后将对不按规定分类的单位和个人进行处罚。",
]
# a list under a lead-in ending in the full-width colon (Chinese)
Q["zh_list_fullwidth_colon"] = (page(
    "首页 | 新闻 | 城市 | 环保", "下月起全市实行垃圾四分类", "记者 李明\n2024年3月12日 10:30",
    ZH[0], ZH[1], "\n".join(ZH[2:6]), ZH[6], "© 2024 城市晚报"),
    ZH, [], {"title": "下月起全市实行垃圾四分类", "author": "李明", "published": "2024-03-12"})

DE = [
    "Die Stadt will in diesem Sommer zum ersten Mal ein Kulturfestival auf dem Marktplatz veranstalten, teilte das Kulturamt am Montag mit.",
    "Geplant sind Konzerte, Lesungen und ein Kinderprogramm an drei Wochenenden im Juli, der Eintritt ist frei.",
    "Die Kosten von rund zweihunderttausend Euro tragen die Stadt und mehrere Sponsoren aus der Region.",
    "Anwohner befürchten Lärm bis spät in die Nacht, das Kulturamt verspricht ein Ende der Konzerte um zweiundzwanzig Uhr.",
]
EV_DE = ["Freitag, 12. Juli 2024, 19:00 Uhr – Eröffnungskonzert mit dem Stadtorchester, Marktplatz",
         "Samstag, 13. Juli 2024, 15:00 Uhr – Lesung für Kinder im Zelt, Marktplatz",
         "Sonntag, 14. Juli 2024, 11:00 Uhr – Jazz-Frühschoppen, Rathaushof"]
# an events list one a line, with the year, the weekday and "Uhr" (German)
Q["de_events_oneline"] = (page(
    "Startseite | Lokales | Kultur | Sport", "Kulturfestival auf dem Marktplatz", "Von Jana Schulz\n11.03.2024, 08:30 Uhr",
    *DE, "Termine", "\n".join(EV_DE), "© 2024 Stadtanzeiger"),
    DE, EV_DE, {"title": "Kulturfestival auf dem Marktplatz", "author": "Jana Schulz", "published": "2024-03-11"})

EN_LIVE = [
    "Rescue teams are still searching for two hikers who went missing in the mountains on Saturday, police said this morning.",
    "The search resumed at first light after being called off overnight because of strong winds and heavy snow.",
    "A helicopter has joined the search and is covering the higher slopes, where the pair were last seen by other walkers.",
    "Police have asked anyone who was in the area on Saturday afternoon to contact them.",
]
LIVE_EN = ["Key events", "09:40 Helicopter joins the search for the missing hikers",
           "08:15 Search resumes at first light on the northern slopes", "07:30 Police give an update on the missing pair"]
# an English live blog: a "Key events" list of timed items above the updates
Q["en_liveblog_key_events"] = (page(
    "Home | News | UK | World | Sport", "Missing hikers: search resumes in the mountains – live", "By Tom Harris\nMon 11 Mar 2024 10:05 GMT",
    "\n".join(LIVE_EN), *EN_LIVE, "© 2024 The Daily Record"),
    EN_LIVE, LIVE_EN[1:], {"title": "Missing hikers: search resumes in the mountains – live", "author": "Tom Harris",
                            "published": "2024-03-11"})

QA = [
    "The novelist Sarah Lin has spent ten years writing her new book, a family saga set in a fishing town. We spoke to her about the sea, patience and her next project.",
    "Why did this book take so long?",
    "I threw away the first two drafts. The story only worked when I started telling it from the daughter's side, and that took me years to see.",
    "What does the sea mean to you?",
    "I grew up next to it, so it is less a symbol than a neighbour. It is always there, sometimes kind and sometimes not.",
    "What are you working on now?",
    "A short book, I hope. I promised my publisher it would not take another ten years.",
]
# a Q&A interview: short questions between the answers
Q["en_qa_interview"] = (page(
    "Home | Books | Culture | Music", "Sarah Lin: 'I threw away the first two drafts'", "Interview by Mark Evans\n12 March 2024",
    *QA, "© 2024 The Literary Review"),
    QA, [], {"title": "Sarah Lin: 'I threw away the first two drafts'", "author": "Mark Evans", "published": "2024-03-12"})

OBIT = [
    "Margaret Ellis, who ran the town's bookshop for more than forty years, has died at the age of eighty-seven.",
    "She opened the shop in 1968 with a loan from her father and a few hundred second-hand books, and it became a meeting place for readers and writers from across the county.",
    "Generations of children bought their first books there, and many came back as adults to read at her evening events.",
    "She is survived by her two sons and five grandchildren. The funeral will be held at St Mary's Church on Friday.",
]
OBIT_TAIL = ["Leave a tribute", "Your name", "Your message", "Post tribute"]
# an obituary with a tribute form after it
Q["en_obituary"] = (page(
    "Home | News | Obituaries | Sport", "Margaret Ellis, bookseller, 1936-2024", "By Helen Price\nMarch 12, 2024",
    *OBIT, "\n".join(OBIT_TAIL), "© 2024 County Gazette"),
    OBIT, OBIT_TAIL, {"title": "Margaret Ellis, bookseller, 1936-2024", "author": "Helen Price", "published": "2024-03-12"})

PR = [
    "LONDON, March 12, 2024 – Greenfield Energy today announced the opening of its first solar farm in the north of England, which will supply power to about twelve thousand homes.",
    "The farm covers forty hectares of former farmland and was built in eleven months by local contractors.",
    "\"This is an important step for us and for the region,\" said chief executive Anna Moore.",
    "Greenfield Energy plans to open two more solar farms by the end of next year.",
]
PR_TAIL = ["About Greenfield Energy", "Greenfield Energy is a renewable energy company founded in 2015 and based in London.",
           "Media contact", "press@greenfield.example.com"]
# a press release: an "About" boilerplate and a media contact after it
Q["en_press_release"] = (page(
    "Home | Newsroom | Press releases", "Greenfield Energy opens its first solar farm in the north of England",
    *PR, "\n".join(PR_TAIL), "© 2024 Greenfield Energy"),
    PR, PR_TAIL[2:], {"title": "Greenfield Energy opens its first solar farm in the north of England"})

OP = [
    "Every summer the same debate returns: should the city close its central streets to cars? I think the answer is yes, and not only in summer.",
    "The arguments against it are well known. Shops fear losing customers, and drivers fear longer journeys. But the evidence from other cities points the other way.",
    "Where streets were closed, footfall rose and accidents fell. Residents, once they got used to the change, rarely asked for the cars to come back.",
    "It is time the council stopped running trials and made a decision.",
]
BIO = ["About the author", "Daniel Reed is a transport researcher at the university and writes a monthly column for this paper."]
# an opinion piece with an author bio box after it
Q["en_opinion_bio"] = (page(
    "Home | Opinion | Columnists", "It is time to close the centre to cars", "Daniel Reed\nMarch 12, 2024",
    *OP, "\n".join(BIO), "More opinion\nWhy the library deserves more money\nThe case for a four-day week", "© 2024 The City Post"),
    OP, ["Why the library deserves more money", "The case for a four-day week"],
    {"title": "It is time to close the centre to cars", "author": "Daniel Reed", "published": "2024-03-12"})

PAY = [
    "The regional hospital will close its maternity ward at night from next month because it cannot find enough midwives, managers said on Monday.",
    "Women in labour will be sent to a hospital forty miles away between ten in the evening and eight in the morning.",
]
PAY_TAIL = ["This article is for subscribers only", "Subscribe now to read the full story and get unlimited access to all our articles.",
            "Subscribe for £1", "Already a subscriber? Log in"]
# a paywalled teaser: two paragraphs, then the paywall
Q["en_paywall_teaser"] = (page(
    "Home | News | Health | Sport", "Maternity ward to close at night", "By Claire Wood\n11 March 2024",
    *PAY, "\n".join(PAY_TAIL), "© 2024 The Evening News"),
    PAY, PAY_TAIL, {"title": "Maternity ward to close at night", "author": "Claire Wood", "published": "2024-03-11"})

GAL = [
    "Thousands of people lined the streets on Sunday for the city's spring parade, the first since the old bridge reopened.",
    "Marching bands, dancers and floats made by schools crossed the river and ended in the main square, where the mayor handed out prizes.",
    "Organisers said it was the biggest parade in twenty years.",
]
GAL_ITEMS = ["1 / 4 Dancers cross the old bridge at the start of the parade. Photo: Lucy Grant",
             "2 / 4 A school's float in the shape of a dragon. Photo: Lucy Grant",
             "3 / 4 The brass band plays in the main square. Photo: Lucy Grant",
             "4 / 4 The mayor hands out the prize for the best float. Photo: Lucy Grant"]
# a photo gallery: numbered captions with credits after a short text
Q["en_photo_gallery"] = (page(
    "Home | News | In pictures | Sport", "In pictures: the spring parade returns", "By Lucy Grant\nMarch 11, 2024",
    *GAL, *GAL_ITEMS, "© 2024 The Riverside Times"),
    GAL, GAL_ITEMS, {"title": "In pictures: the spring parade returns", "published": "2024-03-11"})

HI = [
    "नगर निगम ने शहर की सभी सरकारी इमारतों की छतों पर सौर पैनल लगाने की योजना को मंजूरी दे दी है, जिससे बिजली के बिल में बड़ी बचत होगी।",
    "योजना के पहले चरण में स्कूलों, अस्पतालों और दफ्तरों की दो सौ इमारतों पर पैनल लगाए जाएंगे और काम अगले महीने शुरू होगा।",
    "महापौर ने कहा कि इस परियोजना से हर साल लगभग पाँच करोड़ रुपये की बचत होगी और प्रदूषण भी कम होगा।",
    "विपक्ष ने योजना का स्वागत किया, लेकिन काम की गुणवत्ता पर नज़र रखने के लिए एक समिति बनाने की मांग की।",
]
HI_TAIL = ["यह भी पढ़ें", "शहर में तीन नए फ्लाईओवर बनेंगे", "बारिश से पहले नालों की सफाई शुरू"]
# Hindi (Devanagari), a read-also list after the article; the date in digits
Q["hi_read_also"] = (page(
    "होम | देश | शहर | खेल", "सरकारी इमारतों की छतों पर लगेंगे सौर पैनल", "राहुल शर्मा\n12/03/2024 10:30",
    *HI, "\n".join(HI_TAIL), "© 2024 नगर समाचार"),
    HI, HI_TAIL[1:], {"title": "सरकारी इमारतों की छतों पर लगेंगे सौर पैनल", "published": "2024-03-12"})

HE = [
    "עיריית העיר הודיעה היום כי בשנה הבאה ייפתחו שלושה גני ילדים חדשים בשכונות הצפוניות, שבהן מספר הילדים גדל במהירות.",
    "לפי התוכנית, הגנים ייבנו ליד בתי הספר הקיימים, כדי שהורים יוכלו להביא את כל ילדיהם למקום אחד.",
    "תושבי השכונות מברכים על ההחלטה, אך מבקשים שהעבודות לא יפריעו לתנועה ברחובות הצרים.",
    "העירייה מסרה כי הבנייה תתחיל בקיץ ותסתיים לפני תחילת שנת הלימודים.",
]
HE_TAIL = ["כתבות נוספות", "קו אוטובוס חדש יחבר את השכונות לתחנת הרכבת", "הספרייה העירונית תהיה פתוחה גם בערבים"]
# Hebrew, right to left: more articles after the article, the date in digits
Q["he_more_articles"] = (page(
    "ראשי | חדשות | העיר | ספורט", "שלושה גני ילדים חדשים ייפתחו בשכונות הצפוניות", "דנה כהן\n12.03.2024 10:30",
    *HE, "\n".join(HE_TAIL), "© 2024 חדשות העיר"),
    HE, HE_TAIL[1:], {"title": "שלושה גני ילדים חדשים ייפתחו בשכונות הצפוניות", "published": "2024-03-12"})

# the author's bare name five lines under the headline, under a share bar and "listen" and "print" buttons, beside the
# dateline; and under a dek and a caption with its credit
FAR = {"en": ("Margaret Ellis, bookseller, 1936-2024", ["Share on Facebook | Share on Twitter", "Listen to this article", "Print"],
              "Helen Price", "March 12, 2024", "2024-03-12", OBIT),
       "de": ("Kulturfestival auf dem Marktplatz", ["Teilen | Drucken | Mailen", "Artikel anhören", "Drucken"],
              "Jana Schulz", "11.03.2024, 08:30 Uhr", "2024-03-11", DE),
       "ro": ("Toate stațiile de autobuz vor fi modernizate", ["Distribuie | Trimite", "Ascultă articolul", "Printează"],
              "Andrei Popescu", "4 martie 2024, 09:30", "2024-03-04", RO)}
for _lang, (_title, _tools, _name, _date, _iso, _paras) in FAR.items():
    Q[f"{_lang}_name_far_below"] = (page("Home | News | Local", _title, *_tools, _name, _date, *_paras, "© 2024 Example"),
                                    _paras, _tools + [_name], {"title": _title, "author": _name, "published": _iso})
Q["en_name_under_caption"] = (page(
    "Home | News | Obituaries", "Margaret Ellis, bookseller, 1936-2024", "Margaret Ellis in her shop in 1998.",
    "Photo: County Gazette archive", "Helen Price", "March 12, 2024", *OBIT, "© 2024 County Gazette"),
    OBIT, ["Helen Price"], {"title": "Margaret Ellis, bookseller, 1936-2024", "author": "Helen Price", "published": "2024-03-12"})
