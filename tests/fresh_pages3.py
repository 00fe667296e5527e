"""Fresh pages for tests/test_fresh_layouts3.py, written for these tests (no site's text): the debris kept after and
around an article on unseen sites, and an article's own structure (ingredient and spec lists, tables, code) lost. Each
is (page, lines the article must keep, lines it must not keep, the fields expected: title, author, published as
YYYY-MM-DD; a field left out is not checked)."""

from fresh_pages import page

Q = {}

DE = [
    "Kartoffelsuppe gehört zu den Gerichten, die fast jeder aus der Kindheit kennt, und sie ist schneller gekocht, als viele glauben.",
    "Wichtig ist vor allem, mehlig kochende Kartoffeln zu nehmen, denn nur sie machen die Suppe schön sämig, ohne dass man Mehl braucht.",
    "Für vier Personen brauchen Sie:",
]
DE_ITEMS = ["800 g mehlig kochende Kartoffeln", "2 Zwiebeln", "1 Bund Suppengrün", "1 Liter Gemüsebrühe",
            "200 ml Sahne", "1 TL Majoran", "Salz und Pfeffer"]
DE_METHOD = [
    "Die Kartoffeln schälen und würfeln, die Zwiebeln und das Suppengrün klein schneiden und alles in etwas Butter kurz andünsten.",
    "Mit der Brühe aufgießen und etwa zwanzig Minuten köcheln lassen, bis die Kartoffeln weich sind, dann die Hälfte grob pürieren.",
    "Zum Schluss die Sahne einrühren, mit Majoran, Salz und Pfeffer abschmecken und nach Belieben mit gebratenem Speck servieren.",
]
# a recipe: the ingredient list under a lead-in ending in ":", the method under it (German)
Q["de_recipe"] = (page(
    "Startseite | Rezepte | Backen | Kochen | Getränke", "Omas Kartoffelsuppe: einfach und cremig", "Von Sabine Keller\n14. März 2024",
    *DE[:3], "\n".join(DE_ITEMS), *DE_METHOD, "Das könnte Sie auch interessieren\nLinsensuppe mit Würstchen\nKürbissuppe mit Ingwer\nErbsensuppe wie früher",
    "© 2024 Kochen & Genießen"),
    DE + DE_ITEMS + DE_METHOD, ["Linsensuppe mit Würstchen", "Kürbissuppe mit Ingwer", "Erbsensuppe wie früher"],
    {"title": "Omas Kartoffelsuppe: einfach und cremig", "author": "Sabine Keller", "published": "2024-03-14"})

PL = [
    "Pierogi ruskie to jedno z najpopularniejszych dań kuchni polskiej, a ich przygotowanie w domu wcale nie jest tak trudne, jak się wydaje.",
    "Najważniejsze jest elastyczne ciasto i dobrze doprawiony farsz z ziemniaków, twarogu i smażonej cebuli.",
    "Składniki na ciasto i farsz:",
]
PL_ITEMS = ["500 g mąki pszennej", "250 ml ciepłej wody", "2 łyżki oleju", "600 g ziemniaków", "300 g twarogu półtłustego",
            "2 duże cebule", "sól i pieprz do smaku"]
PL_METHOD = [
    "Ziemniaki ugotować w osolonej wodzie, odcedzić i przecisnąć przez praskę, a następnie wymieszać z twarogiem i zeszkloną cebulą.",
    "Z mąki, wody i oleju zagnieść gładkie ciasto, rozwałkować je cienko i wycinać szklanką krążki, na które nakłada się farsz.",
    "Pierogi gotować partiami w osolonej wodzie przez około trzy minuty od wypłynięcia i podawać z cebulką lub kwaśną śmietaną.",
]
# a recipe with a numbered share bar under it and more recipes (Polish)
Q["pl_recipe"] = (page(
    "Strona główna | Przepisy | Obiady | Desery | Ciasta", "Pierogi ruskie jak u babci", "Autor: Katarzyna Wiśniewska\n12 marca 2024",
    *PL, "\n".join(PL_ITEMS), *PL_METHOD, "Udostępnij: Facebook | X | E-mail",
    "Zobacz także\nBigos z młodej kapusty\nŻurek na zakwasie\nPlacki ziemniaczane z sosem grzybowym", "© 2024 Smaczna Kuchnia"),
    PL + PL_ITEMS + PL_METHOD, ["Bigos z młodej kapusty", "Żurek na zakwasie", "Udostępnij: Facebook | X | E-mail"],
    {"title": "Pierogi ruskie jak u babci", "published": "2024-03-12"})

PT = [
    "O novo celular intermediário chega às lojas com um preço mais baixo que o do antecessor e uma bateria que dura facilmente dois dias.",
    "Nos nossos testes, a tela se mostrou brilhante mesmo sob o sol, e a câmera principal tira boas fotos durante o dia, embora sofra à noite.",
    "Ficha técnica:",
]
PT_ITEMS = ["Tela: 6,6 polegadas, AMOLED, 120 Hz", "Processador: octa-core de 2,4 GHz", "Memória: 8 GB de RAM",
            "Armazenamento: 256 GB", "Bateria: 5.000 mAh", "Peso: 190 gramas"]
PT_END = [
    "O aparelho já está à venda nas principais lojas do país por 1.899 reais, em três cores.",
    "Para quem procura autonomia e uma boa tela sem gastar muito, é uma das melhores opções do momento.",
]
# a review whose spec list is "Label: value" lines under a lead-in (Portuguese)
Q["pt_specs"] = (page(
    "Início | Tecnologia | Celulares | Games | Ciência", "Análise: celular intermediário surpreende na bateria", "Por Rafael Souza\n12 de março de 2024",
    *PT, "\n".join(PT_ITEMS), *PT_END, "Leia também\nOs melhores fones sem fio de 2024\nComo escolher um notebook para estudar",
    "© 2024 Portal Tech"),
    PT + PT_ITEMS + PT_END, ["Os melhores fones sem fio de 2024", "Como escolher um notebook para estudar"],
    {"title": "Análise: celular intermediário surpreende na bateria", "author": "Rafael Souza", "published": "2024-03-12"})

TR = [
    "Yeni elektrikli otomobil, tek şarjla dört yüz kilometreden fazla yol gidebilmesi ve uygun fiyatıyla dikkat çekiyor.",
    "Bir hafta boyunca şehir içinde ve otoyolda kullandığımız araç, sessiz sürüşü ve geniş bagajıyla ailelere hitap ediyor.",
    "Teknik özellikler:",
]
TR_ITEMS = ["Motor gücü: 204 beygir", "Batarya: 77 kWh", "Menzil: 450 km", "Hızlı şarj: 30 dakikada yüzde 80",
            "Bagaj hacmi: 520 litre"]
TR_END = [
    "Aracın fiyatı donanım seviyesine göre değişiyor ve teslimatların nisan ayında başlaması bekleniyor.",
    "Şarj istasyonlarının sayısı arttıkça bu tür araçların daha da yaygınlaşacağı tahmin ediliyor.",
]
# a test drive with a spec list of "label: number unit" (Turkish)
Q["tr_specs"] = (page(
    "Ana Sayfa | Otomobil | Teknoloji | Ekonomi", "Yeni elektrikli otomobili test ettik", "Mehmet Yılmaz\n12 Mart 2024 10:30",
    *TR, "\n".join(TR_ITEMS), *TR_END, "İlgili Haberler\nHibrit araç satışları rekor kırdı\nŞarj istasyonu sayısı ikiye katlandı",
    "© 2024 Oto Gündem"),
    TR + TR_ITEMS + TR_END, ["Hibrit araç satışları rekor kırdı", "Şarj istasyonu sayısı ikiye katlandı"],
    {"title": "Yeni elektrikli otomobili test ettik", "published": "2024-03-12"})

EN = [
    "The city council voted on Tuesday to turn three empty lots near the river into community gardens, after two years of requests from residents.",
    "Each garden will have around forty plots, a shared tool shed and a rainwater tank, and plots will be rented for a small yearly fee.",
    "Council members said the gardens would also help cool the neighbourhood in summer, when the streets near the river are among the hottest in the city.",
    "Work on the first site begins next month, and the other two are expected to open in the spring.",
]
EN_REL = ["Related resources",
          "How to start a balcony vegetable garden",
          "Growing your own vegetables does not need a garden: a sunny balcony and a few large pots are enough for tomatoes, herbs and salad leaves all summer long.",
          "Why cities are planting more trees",
          "Street trees lower summer temperatures by several degrees, and more cities now plant them along their busiest roads to make walking more pleasant."]
# related resources after the article, each a headline and a full paragraph of another post (English)
Q["en_related_fulltext"] = (page(
    "Home | News | City | Environment | Sport", "Three empty lots to become community gardens", "By Laura Mitchell\nMarch 12, 2024",
    *EN, "\n".join(EN_REL[:3]), "\n".join(EN_REL[3:]), "© 2024 Riverside Courier"),
    EN, EN_REL, {"title": "Three empty lots to become community gardens", "author": "Laura Mitchell", "published": "2024-03-12"})

ES = [
    "El ayuntamiento ampliará el horario de las bibliotecas municipales durante la época de exámenes, que abrirán hasta la medianoche de lunes a sábado.",
    "La medida responde a la petición de los estudiantes, que se quejaban de la falta de espacios tranquilos para estudiar por la tarde y por la noche.",
    "El concejal de Cultura explicó que se contratarán seis trabajadores más y que el servicio costará unos cien mil euros.",
    "Las bibliotecas del centro y de los barrios del sur serán las primeras en aplicar el nuevo horario a partir de mayo.",
]
ES_VIEWS = ["Marta G.\nhace 2 horas\nPor fin, llevábamos años pidiéndolo. Ojalá lo mantengan todo el año.",
            "Jorge_87\nhace 3 horas\nMuy bien, pero las salas ya están llenas a las cuatro de la tarde."]
# reader views after the article under no heading: a name, a relative time and the text (Spanish)
Q["es_reader_views"] = (page(
    "Inicio | Ciudad | Cultura | Deportes", "Las bibliotecas abrirán hasta medianoche en época de exámenes", "Por Lucía Fernández\n12 de marzo de 2024",
    *ES, *ES_VIEWS, "© 2024 Diario de la Ciudad"),
    ES, ["Por fin, llevábamos años pidiéndolo. Ojalá lo mantengan todo el año.",
         "Muy bien, pero las salas ya están llenas a las cuatro de la tarde."],
    {"title": "Las bibliotecas abrirán hasta medianoche en época de exámenes", "published": "2024-03-12"})

DE2 = [
    "Die Stadtwerke erhöhen zum ersten Mai die Preise für Bus und Bahn um durchschnittlich vier Prozent.",
    "Eine Einzelfahrt kostet dann drei Euro zwanzig, die Monatskarte für Erwachsene steigt um zwei Euro auf neunundfünfzig Euro.",
    "Das Unternehmen begründet die Erhöhung mit gestiegenen Kosten für Personal und Energie.",
    "Der Fahrgastverband kritisiert den Schritt und fordert stattdessen einen dichteren Takt in den Außenbezirken.",
]
DE_MENU = ["Wohnen", "So finden Sie die passende Wohnung in der Stadt", "Mieten oder kaufen: was sich jetzt lohnt",
           "Arbeit", "Alle Stellenangebote aus der Region auf einen Blick", "Freizeit",
           "Veranstaltungen, Ausflüge und Tipps für das Wochenende"]
# a mega-menu after the article, its items sentences under section names (German)
Q["de_megamenu"] = (page(
    "Startseite | Lokales | Politik | Sport", "Bus und Bahn werden ab Mai teurer", "Von Jonas Hartmann\n12. März 2024",
    *DE2, "\n".join(DE_MENU), "Impressum | Datenschutz | Kontakt", "© 2024 Stadtanzeiger"),
    DE2, DE_MENU, {"title": "Bus und Bahn werden ab Mai teurer", "author": "Jonas Hartmann", "published": "2024-03-12"})

PL2 = [
    "Rząd przyjął we wtorek projekt ustawy, która ma skrócić czas oczekiwania na wizytę u lekarza specjalisty.",
    "Zgodnie z projektem pacjenci będą mogli zapisać się na wizytę przez internet w dowolnej placówce w swoim województwie.",
    "Ministerstwo zdrowia szacuje, że średni czas oczekiwania spadnie w ciągu dwóch lat o jedną trzecią.",
    "Projekt trafi teraz do Sejmu, gdzie pierwsze czytanie zaplanowano na kwiecień.",
]
PL_AGENCY = "PAP\n12.03.2024, 14:20"
# an agency's name over the timestamp under the headline, read like a commenter's name and date (Polish)
Q["pl_agency_header"] = (page(
    "Strona główna | Kraj | Świat | Sport", "Krótsze kolejki do specjalistów", PL_AGENCY, *PL2, "© 2024 Wiadomości"),
    PL2, [], {"title": "Krótsze kolejki do specjalistów", "published": "2024-03-12"})

JA = [
    "市は来年度から、市内の全ての小学校に太陽光パネルを設置すると発表した。災害時の電源としても活用する。",
    "設置費用は約十二億円で、国の補助金を活用する。各校の年間の電気代は平均で三割ほど下がる見込みだ。",
    "各地区の設置予定は次の通り。",
]
JA_TABLE = ["地区", "学校数", "完了予定", "北区", "12", "2025年", "南区", "9", "2026年"]
JA_END = ["市の担当者は、児童がエネルギーについて学ぶ教材としても使いたいと話している。"]
# a table one cell per line under a lead-in, numbers and years in the cells (Japanese)
Q["ja_table"] = (page(
    "ホーム | ニュース | 地域 | スポーツ", "全小学校に太陽光パネル設置へ", "2024年3月12日 10:30",
    *JA, "\n".join(JA_TABLE), *JA_END, "関連記事\n市バスの運賃、来月から値上げ\n新しい図書館が駅前に開館", "© 2024 市民新聞"),
    JA + JA_TABLE + JA_END, ["市バスの運賃、来月から値上げ", "新しい図書館が駅前に開館"],
    {"title": "全小学校に太陽光パネル設置へ", "published": "2024-03-12"})

EN_OPEN = [
    "Welcome to this week's open thread, where you can talk about anything on your mind, from gardening to the weekend's football.",
    "As always, please keep it civil and remember that the moderation rules still apply here.",
]
EN_OPEN_COM = ["riverwatcher says:", "March 12, 2024 at 9:14 am",
               "Anyone else planting potatoes this early? The soil still feels cold to me.",
               "Reply", "Sam K. says:", "March 12, 2024 at 9:40 am",
               "I waited until April last year and got a great crop, so I would hold off a bit.", "Reply"]
# an open thread: a short post and reader comments "NAME says:" under no comment heading (English)
Q["en_open_thread"] = (page(
    "Home | Blog | About | Contact", "Open thread: what are you planting this spring?", "Posted by Admin on March 12, 2024",
    *EN_OPEN, "\n".join(EN_OPEN_COM), "© 2024 The Garden Blog"),
    EN_OPEN, [x for x in EN_OPEN_COM if x not in ("Reply",)],
    {"title": "Open thread: what are you planting this spring?", "published": "2024-03-12"})

ES_CODE = [
    "Para instalar la biblioteca basta con tener Python 3.10 o posterior y ejecutar en una terminal:",
]
ES_CODE_LINES = ["pip install datos-abiertos", "datos-abiertos descargar --año 2023 --formato csv"]
ES_CODE_END = [
    "El primer comando instala el paquete y el segundo descarga los datos del año indicado en la carpeta actual.",
    "Si la descarga falla, conviene comprobar la conexión y volver a intentarlo pasados unos minutos, porque el servidor limita las peticiones.",
]
# a tutorial: a code block under a lead-in ending in ":" (Spanish)
Q["es_code"] = (page(
    "Inicio | Tutoriales | Python | Datos", "Cómo descargar los datos abiertos de la ciudad con Python", "Por Pablo Moreno\n12 de marzo de 2024",
    "La ciudad publica cada año sus datos de tráfico, calidad del aire y presupuesto, y ahora es posible descargarlos con una sola orden.",
    *ES_CODE, "\n".join(ES_CODE_LINES), *ES_CODE_END, "Artículos relacionados\nCómo leer un archivo CSV con pandas\nGráficos sencillos con matplotlib",
    "© 2024 Código Abierto"),
    ["La ciudad publica cada año sus datos de tráfico, calidad del aire y presupuesto, y ahora es posible descargarlos con una sola orden."]
    + ES_CODE + ES_CODE_LINES + ES_CODE_END, ["Cómo leer un archivo CSV con pandas", "Gráficos sencillos con matplotlib"],
    {"title": "Cómo descargar los datos abiertos de la ciudad con Python", "published": "2024-03-12"})

PT_LIST = [
    "Economizar energia em casa não exige grandes reformas: pequenas mudanças de hábito já fazem diferença na conta de luz.",
    "Veja cinco dicas simples:",
]
PT_LIST_ITEMS = ["Troque as lâmpadas antigas por lâmpadas de LED.", "Desligue os aparelhos da tomada quando não estiverem em uso.",
                 "Use a máquina de lavar apenas com a carga completa.", "Aproveite a luz natural durante o dia.",
                 "Regule a geladeira de acordo com a estação do ano."]
# an article that is one list of short sentences under a lead-in (Portuguese)
Q["pt_list_article"] = (page(
    "Início | Casa | Economia | Saúde", "Cinco dicas para economizar energia em casa", "Por Fernanda Lima\n12 de março de 2024",
    *PT_LIST, "\n".join(PT_LIST_ITEMS), "Mais lidas\nPreço da gasolina cai pela terceira semana\nComo declarar o imposto de renda",
    "© 2024 Viver Bem"),
    PT_LIST + PT_LIST_ITEMS, ["Preço da gasolina cai pela terceira semana", "Como declarar o imposto de renda"],
    {"title": "Cinco dicas para economizar energia em casa", "published": "2024-03-12"})

#: The article (headline, paragraphs) the related-resources and reader-views pages of each language are built on.
ARTICLES = {
    "en": ("Three empty lots to become community gardens", EN),
    "de": ("Bus und Bahn werden ab Mai teurer", DE2),
    "es": ("Las bibliotecas abrirán hasta medianoche en época de exámenes", ES),
    "pl": ("Krótsze kolejki do specjalistów", PL2),
    "pt": ("Cinco dicas para economizar energia em casa", PT_LIST[:1] + PT_END),
    "tr": ("Yeni elektrikli otomobili test ettik", TR[:2] + TR_END),
}

#: A related-resources block after the article: its heading, then each other post's headline over a whole paragraph of it.
RESOURCES = {
    "en": ("Related resources", EN_REL[1:]),
    "de": ("Weiterführende Artikel", [
        "So kommen Pendler günstiger zur Arbeit",
        "Wer jeden Tag mit Bus und Bahn fährt, kann mit einem Jobticket viel Geld sparen, denn viele Arbeitgeber übernehmen einen Teil der Kosten.",
        "Neue Radwege in der Innenstadt",
        "Bis zum Herbst sollen in der Innenstadt vier neue Radwege entstehen, die die großen Wohnviertel mit dem Bahnhof verbinden."]),
    "es": ("Recursos relacionados", [
        "Cómo organizar el estudio antes de los exámenes",
        "Dividir el temario en bloques pequeños y repasarlos varias veces durante la semana ayuda a recordar mejor lo aprendido.",
        "Las mejores salas de estudio de la ciudad",
        "Además de las bibliotecas, varios centros culturales ofrecen salas silenciosas con enchufes y conexión a internet gratuita."]),
    "pl": ("Powiązane zasoby", [
        "Jak zapisać się na wizytę przez internet",
        "Wystarczy zalogować się do internetowego konta pacjenta, wybrać placówkę i termin, a potwierdzenie przyjdzie SMS-em.",
        "Prawa pacjenta w pigułce",
        "Każdy pacjent ma prawo do informacji o swoim stanie zdrowia oraz do wglądu w dokumentację medyczną."]),
    "pt": ("Outros recursos", [
        "Como ler a sua conta de luz",
        "A conta traz o consumo do mês em quilowatts-hora, a tarifa aplicada e a bandeira tarifária, que muda conforme o nível dos reservatórios.",
        "Energia solar em casa vale a pena?",
        "O investimento em painéis solares costuma se pagar em cerca de cinco anos, dependendo do consumo e da região do país."]),
    "tr": ("İlgili kaynaklar", [
        "Elektrikli araç alırken nelere dikkat edilmeli?",
        "Menzil, şarj süresi ve yakınlardaki şarj istasyonlarının sayısı, elektrikli araç seçerken en çok dikkat edilmesi gereken konular arasında.",
        "Evde şarj ünitesi kurmanın maliyeti",
        "Evde şarj ünitesi kurdurmak, cihazın gücüne ve elektrik tesisatına bağlı olarak birkaç bin liraya mal oluyor."]),
}

#: Reader views under no heading: each a commenter's name (or handle) over the comment's age, then the comment.
VIEWS = {
    "en": [("Dave R.", "2 hours ago", "Great news, we have been on the waiting list for a plot for three years."),
           ("green_thumb42", "3 hours ago", "I hope they keep the fee low enough for pensioners.")],
    "de": [("Petra M.", "vor 2 Stunden", "Schon wieder teurer, dabei fährt der Bus bei uns nur jede halbe Stunde."),
           ("pendler_77", "vor 5 Stunden", "Solange das Deutschlandticket bleibt, ist mir das egal.")],
    "es": [(name, age, text) for name, age, text in (x.split("\n") for x in ES_VIEWS)],
    "pl": [("Anna K.", "2 godziny temu", "Zobaczymy, na razie na kardiologa czeka się u nas ponad rok."),
           ("marek_81", "3 godziny temu", "Dobry pomysł, byle system nie padał co chwilę.")],
    "pt": [("Carla S.", "há 2 horas", "Troquei todas as lâmpadas no ano passado e a conta caiu bastante."),
           ("joao_82", "há 5 horas", "Faltou falar do chuveiro elétrico, que é o que mais gasta.")],
    "tr": [("Ahmet K.", "2 saat önce", "Fiyatı biraz daha düşük olsa hemen alırdım."),
           ("kaan_35", "5 saat önce", "Şarj istasyonu olmadan bu menzil pek işe yaramaz.")],
}
