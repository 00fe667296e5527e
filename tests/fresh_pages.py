"""Fresh pages for tests/test_fresh_layouts.py, written for these tests (no site's text), in layouts unlike
kinds_pages.py: each is (page, lines the article must keep, lines it must not keep)."""

P = {}


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


ES = [
    "El Ayuntamiento aprobó ayer el plan para peatonalizar el casco antiguo, una medida que llevaba más de una década en discusión y que entrará en vigor el próximo mes de septiembre.",
    "Según el proyecto, los coches solo podrán circular por las calles del centro para carga y descarga entre las siete y las once de la mañana, y los residentes tendrán plazas reservadas en dos aparcamientos.",
    "Los comerciantes de la zona están divididos: algunos temen perder clientes que llegan en coche, mientras que otros creen que más peatones significarán más ventas.",
    "La alcaldesa defendió que la ciudad necesita reducir la contaminación y recordó que otras capitales han dado el mismo paso con buenos resultados.",
]
# related items without a heading: a section label, a headline, a teaser, one block each
P["es_related_kicker"] = (page(
    "Inicio | Local | España | Deportes", "El casco antiguo será peatonal a partir de septiembre", "Por Ana Ruiz | 4 de junio de 2024",
    *ES,
    "Local\nLa ciudad estrena tres nuevas líneas de autobús nocturno\nLos vecinos de los barrios del norte podrán volver a casa los fines de semana sin usar el coche.",
    "Economía\nEl precio del alquiler sube un ocho por ciento en un año\nEl informe del observatorio de vivienda sitúa la media en once euros por metro cuadrado.",
    "Cultura\nEl festival de teatro de verano anuncia su programa\nLa edición de este año contará con cuarenta compañías de doce países diferentes.",
    "© 2024 Diario del Valle"), ES,
    ["La ciudad estrena tres nuevas líneas de autobús nocturno", "Los vecinos de los barrios del norte podrán volver a casa los fines de semana sin usar el coche.",
     "El informe del observatorio de vivienda sitúa la media en once euros por metro cuadrado."])

VI = [
    "Bộ Giáo dục và Đào tạo vừa công bố lịch thi tốt nghiệp trung học phổ thông năm nay, theo đó kỳ thi sẽ diễn ra trong hai ngày cuối tháng sáu tại tất cả các tỉnh thành.",
    "Thí sinh sẽ làm bài thi ba môn bắt buộc là toán, ngữ văn và ngoại ngữ, cùng với một bài thi tổ hợp tự chọn gồm các môn khoa học tự nhiên hoặc khoa học xã hội.",
    "Đại diện bộ cho biết đề thi năm nay sẽ giữ ổn định về cấu trúc so với năm trước để học sinh không bị bất ngờ, đồng thời tăng số câu hỏi vận dụng thực tế.",
    "Kết quả thi dự kiến được công bố vào giữa tháng bảy, và các trường đại học sẽ dùng điểm thi này để xét tuyển trong đợt đầu tiên.",
]
# related headlines and teasers under one heading, one line each, no blank line between the items
P["vi_related_dense"] = (page(
    "Trang chủ | Thời sự | Giáo dục | Thể thao", "Kỳ thi tốt nghiệp năm nay diễn ra vào cuối tháng sáu", "Nguyễn Văn Minh - 15/03/2024 08:30",
    *VI,
    "Tin liên quan\nNhiều trường đại học tăng chỉ tiêu ngành công nghệ\nCác trường cho biết nhu cầu tuyển dụng kỹ sư phần mềm vẫn rất lớn trong những năm tới.\n"
    "Học sinh miền núi được hỗ trợ tiền ăn trong mùa thi\nMỗi em sẽ nhận được khoản trợ cấp trong suốt thời gian ôn tập và dự thi.\n"
    "Giáo viên tiếng Anh thiếu hụt ở nhiều địa phương\nNhiều trường phải thuê giáo viên hợp đồng để đảm bảo đủ giờ dạy cho học sinh.",
    "© 2024 Báo Tin Tức"), VI,
    ["Nhiều trường đại học tăng chỉ tiêu ngành công nghệ", "Mỗi em sẽ nhận được khoản trợ cấp trong suốt thời gian ôn tập và dự thi."])

PT = [
    "O governo estadual anunciou nesta segunda-feira a construção de três novos hospitais regionais, que deverão atender cerca de dois milhões de pessoas no interior do estado.",
    "As obras começam no segundo semestre e devem durar dois anos, com um investimento total de novecentos milhões de reais vindos de recursos próprios e de um empréstimo internacional.",
    "O secretário de Saúde afirmou que os novos hospitais vão reduzir a fila de cirurgias eletivas, que hoje passa de quarenta mil pacientes em todo o estado.",
    "Os municípios que vão receber as unidades foram escolhidos com base na distância até o hospital mais próximo e no número de habitantes da região.",
]
# a related-resources section holding the whole text of another post
OTHER_PT = [
    "Vacinação contra a gripe é ampliada para toda a população",
    "A campanha de vacinação contra a gripe foi ampliada a partir desta semana para todas as pessoas com mais de seis meses de idade, informou a secretaria.",
    "Até agora, apenas idosos, crianças pequenas e profissionais de saúde podiam receber a dose nos postos, mas a baixa procura levou à mudança.",
    "Os postos funcionam das oito às dezessete horas, e é preciso levar um documento com foto e o cartão de vacinação.",
]
P["pt_related_fulltext"] = (page(
    "Início | Política | Saúde | Esportes", "Estado vai construir três hospitais regionais no interior", "Por Carla Mendes\n10/06/2024 14h20",
    *PT, "Conteúdo relacionado", *OTHER_PT, "© 2024 Jornal do Interior. Todos os direitos reservados."), PT, OTHER_PT)

SV = [
    "Kommunen har beslutat att bygga en ny simhall vid idrottsplatsen i centrum, efter flera års diskussioner om den gamla hallens dåliga skick.",
    "Den nya hallen ska ha en tjugofemmetersbassäng, en undervisningsbassäng för barn och ett gym, och beräknas kosta omkring trehundra miljoner kronor.",
    "Oppositionen röstade emot förslaget och menade att kommunen i stället borde renovera den gamla hallen, som är byggd på sjuttiotalet.",
    "Bygget ska enligt planen starta nästa vår och hallen väntas stå klar till sommaren två år senare.",
]
# an event listing after the article: date, title, place, one event a block
P["sv_events"] = (page(
    "Start | Nyheter | Sport | Kultur | Evenemang", "Ny simhall ska byggas i centrum", "Erik Lind\nPublicerad 3 april 2024 kl. 10.15",
    *SV, "Evenemang i närheten",
    "12 april\nVårkonsert med kommunens musikskola\nKulturhuset, stora salen",
    "14 april\nLoppmarknad på torget\nStortorget",
    "20 april\nGuidad vandring i stadsparken\nStadsparken, huvudentrén",
    "Visa alla evenemang", "© 2024 Dalabladet"), SV,
    ["Vårkonsert med kommunens musikskola", "Loppmarknad på torget", "Guidad vandring i stadsparken", "Kulturhuset, stora salen"])

PL = [
    "Ministerstwo Rozwoju przedstawiło w środę nowy program wsparcia dla małych firm, które chcą inwestować w odnawialne źródła energii.",
    "Przedsiębiorcy będą mogli otrzymać dotację w wysokości do połowy kosztów instalacji paneli słonecznych lub pomp ciepła, a wnioski będzie można składać od lipca.",
    "Według resortu z programu może skorzystać nawet dwadzieścia tysięcy firm, a jego budżet wynosi dwa miliardy złotych.",
    "Organizacje przedsiębiorców przyjęły zapowiedź z zadowoleniem, ale zwracają uwagę, że procedury muszą być prostsze niż w poprzednich programach.",
]
DROP_PL = ("Wybierz branżę Budownictwo Energetyka Finanse Handel Transport Rolnictwo Przemysł Usługi IT Turystyka "
           "Edukacja Zdrowie Media Logistyka Motoryzacja Nieruchomości Ubezpieczenia Telekomunikacja Inna")
# a newsletter form below the article, its sectors' dropdown flattened into one line
P["pl_dropdown_sectors"] = (page(
    "Strona główna | Gospodarka | Firmy | Technologie", "Dotacje dla firm na zieloną energię od lipca", "Anna Kowalska, 12.06.2024, 09:12",
    *PL, "Zapisz się na newsletter", "Imię\nAdres e-mail", DROP_PL, "Zapisz się", "© 2024 Gazeta Firmowa"), PL, [DROP_PL])

CS = [
    "Praha chce do konce roku vysadit v ulicích deset tisíc nových stromů, oznámil ve čtvrtek náměstek primátora pro životní prostředí.",
    "Stromy mají přibýt hlavně v hustě zastavěných čtvrtích, kde se v létě nejvíce projevuje horko, a město na ně vyčlenilo zhruba dvě stě milionů korun.",
    "Odborníci upozorňují, že mladé stromy potřebují v prvních letech pravidelnou zálivku, jinak mnoho z nich v suchých letech uschne.",
    "Město proto zároveň rozšíří síť zavlažovacích vaků a najme další zahradníky, kteří se budou o výsadbu starat.",
]
COM_CS = [("Petr Dvořák", "13. 6. 2024 16:42", "Konečně rozumný nápad, jen doufám, že je někdo bude opravdu zalévat."),
          ("jana_k", "13. 6. 2024 17:05", "U nás v ulici vysadili stromy před třemi lety a polovina už je suchá."),
          ("Martin S.", "13. 6. 2024 18:30", "Dvě stě milionů za stromy? To mi přijde jako hodně peněz.")]
# reader comments without a comment heading: name, date and text each on its own line, a reply link under each
P["cs_comments_bare"] = (page(
    "Zprávy | Domov | Svět | Ekonomika | Sport", "Praha vysadí do konce roku deset tisíc stromů", "Tomáš Novák\n13. června 2024 10:05",
    *CS, *["\n".join(c) + "\nOdpovědět" for c in COM_CS], "© 2024 Pražský deník"), CS,
    [c[2] for c in COM_CS] + [c[1] for c in COM_CS])

ID = [
    "Pemerintah provinsi mulai membangun jalur kereta ringan yang akan menghubungkan pusat kota dengan bandara, sebuah proyek yang ditunggu warga selama bertahun-tahun.",
    "Jalur sepanjang dua puluh tiga kilometer itu akan memiliki dua belas stasiun dan ditargetkan selesai dalam tiga tahun, dengan biaya sekitar sepuluh triliun rupiah.",
    "Gubernur mengatakan kereta ringan akan mengurangi kemacetan di jalan utama menuju bandara, yang pada jam sibuk bisa memakan waktu lebih dari dua jam.",
    "Sebagian warga yang rumahnya terkena proyek mengaku belum menerima ganti rugi, dan pemerintah berjanji akan menyelesaikan pembayaran bulan depan.",
]
AG_ID = "Rina Wulandari (ANTARA) — 14 Mei 2024 10:15 WIB"
# an agency byline "NAME (AGENCY) — date time" right above the article, under the headline
P["id_agency_byline"] = (page(
    "Beranda | Nasional | Ekonomi | Olahraga", "Pembangunan kereta ringan ke bandara dimulai", AG_ID, *ID, "© 2024 Kabar Kota"), ID, [AG_ID])

RU = [
    "Городские власти объявили о запуске новой программы ремонта дворов, по которой в этом году планируется благоустроить более трёхсот дворовых территорий.",
    "В рамках программы во дворах заменят асфальт, установят новые детские площадки и скамейки, а также высадят деревья и кустарники.",
    "Жители сами смогут выбрать, какие работы провести в их дворе, проголосовав на городском портале до конца апреля.",
    "Первые работы начнутся в мае, а завершить программу планируется к концу октября.",
]
MEGA_RU = ["Как оформить подписку на газету и получать номера на дом",
           "Что делать, если вы заметили ошибку в нашей статье",
           "Где купить свежий номер газеты в вашем районе",
           "Почему мы пишем о городе каждый день уже тридцать лет"]
# a mega-menu whose items read like sentences, above the headline
P["ru_mega_menu"] = (page(
    "Главная | Город | Общество | Спорт", "\n".join(MEGA_RU), "Дворы отремонтируют по новой программе",
    "Ольга Смирнова, 2 апреля 2024, 11:20", *RU, "© 2024 Городские вести"), RU, MEGA_RU)

NL = [
    "Het aantal fietsers in de binnenstad is vorig jaar flink gestegen, blijkt uit nieuwe tellingen van de gemeente die dinsdag zijn gepubliceerd.",
    "Op de drukste punten werden gemiddeld bijna twintigduizend fietsers per dag geteld, een kwart meer dan drie jaar geleden.",
    "De tellingen per meetpunt staan in de tabel hieronder.",
    "De gemeente wil de komende jaren extra fietsenstallingen bouwen bij het station en de markt, omdat de bestaande stallingen vaak vol zijn.",
]
TAB_NL = ["Meetpunt", "2021", "2024", "Station", "14.200", "19.800", "Markt", "9.100", "11.400", "Brug", "6.300", "8.900"]
# a table one cell per line inside the article
P["nl_table"] = (page(
    "Home | Nieuws | Regio | Sport", "Steeds meer fietsers in de binnenstad", "Door Pieter de Vries | 9 april 2024, 07:45",
    *NL[:3], "\n".join(TAB_NL), NL[3], "© 2024 Stadsblad"), NL + TAB_NL, [])

ZH = [
    "市统计局本周公布了去年全市公共交通客流数据，地铁和公交的日均客流量都比前一年有明显增长。",
    "数据显示，地铁日均客流超过四百万人次，公交日均客流约为两百八十万人次，其中早晚高峰占全天客流的一半以上。",
    "统计局同时在开放数据平台上发布了原始数据，研究人员可以用下面的命令下载并统计各线路的客流：",
    "专家表示，公开这些数据有助于城市规划部门优化线路，也方便市民了解交通状况。",
]
CODE_ZH = "wget https://data.example.cn/transit/2023.csv\npandas-profiling 2023.csv --output report.html"
# a code block inside the article
P["zh_code"] = (page(
    "首页 | 新闻 | 城市 | 科技", "全市公共交通客流去年明显增长", "记者 王丽 2024年3月5日 09:30",
    *ZH[:3], CODE_ZH, ZH[3], "© 2024 城市日报"), ZH + CODE_ZH.split("\n"), [])

IT = [
    "La regione ha stanziato quindici milioni di euro per rinnovare gli impianti sciistici dei piccoli comuni di montagna, che negli ultimi inverni hanno sofferto per la mancanza di neve.",
    "I fondi serviranno soprattutto a installare impianti di innevamento programmato e a rendere le stazioni attive anche d'estate, con percorsi per mountain bike ed escursionisti.",
    "Gli ambientalisti criticano la scelta, sostenendo che puntare ancora sullo sci in località a bassa quota significa sprecare denaro pubblico.",
    "L'assessore al turismo ha risposto che senza questi interventi molti paesi rischiano di perdere l'unica fonte di lavoro per i giovani.",
]
CONSENT_IT = ["Rispettiamo la tua privacy",
              "Noi e i nostri partner utilizziamo cookie e tecnologie simili per memorizzare e accedere a informazioni sul dispositivo, per mostrare annunci personalizzati e misurarne le prestazioni.",
              "Puoi modificare le tue scelte in qualsiasi momento cliccando su Gestisci preferenze in fondo alla pagina.",
              "Gestisci preferenze", "Accetta tutto"]
# a consent banner at the top with a heading and two paragraphs
P["it_consent_top"] = (page(
    "\n".join(CONSENT_IT), "Home | Cronaca | Montagna | Sport", "Quindici milioni per gli impianti sciistici dei piccoli comuni",
    "di Paolo Rossi\n8 gennaio 2024", *IT, "© 2024 Il Corriere delle Valli"), IT, CONSENT_IT)

IT2 = [
    "Il consiglio comunale ha approvato il nuovo regolamento per i dehors dei bar e dei ristoranti, che potranno restare sulle piazze del centro anche durante l'inverno.",
    "Le strutture dovranno però essere smontabili e rispettare precise regole sui materiali e sui colori, stabilite insieme alla soprintendenza.",
    "I commercianti chiedevano da tempo una norma stabile, dopo che durante la pandemia le concessioni erano state rinnovate di anno in anno.",
    "Le domande potranno essere presentate dal primo ottobre e avranno una validità di tre anni.",
]
REL_IT = [("Piazza del Duomo, via libera ai lavori di restauro", "Il cantiere durerà diciotto mesi e non chiuderà mai del tutto la piazza ai pedoni.", "14/09/2024"),
          ("Parcheggi, arrivano le nuove tariffe per i residenti", "L'abbonamento annuale costerà sessanta euro, ma sarà gratuito per chi ha più di settant'anni.", "13/09/2024"),
          ("Scuole, il comune assume venti nuovi educatori", "I contratti partiranno a ottobre e copriranno i servizi di pre e post scuola.", "12/09/2024")]
# related items each with its date under the teaser, under a heading
P["it_related_dated"] = (page(
    "Home | Città | Provincia | Sport", "Dehors anche d'inverno: approvato il regolamento", "di Giulia Conti\n15 settembre 2024",
    *IT2, "Altre notizie da Città", *["\n".join(r) for r in REL_IT], "© 2024 La Voce della Città"), IT2,
    [r[0] for r in REL_IT] + [r[1] for r in REL_IT])

PL2 = [
    "Sejmik województwa przyjął plan rozbudowy sieci ścieżek rowerowych, który zakłada budowę trzystu kilometrów nowych tras do końca dekady.",
    "Nowe ścieżki mają połączyć największe miasta regionu z miejscowościami turystycznymi nad jeziorami i w górach.",
    "Samorządowcy liczą na to, że trasy przyciągną turystów także poza sezonem letnim i pomogą małym gminom rozwinąć usługi.",
    "Pierwsze odcinki powstaną w przyszłym roku, a ich koszt w dużej części pokryją fundusze europejskie.",
]
REL_PL = [("Nowy rozkład jazdy pociągów regionalnych od grudnia", "Przewoźnik zapowiada więcej połączeń w weekendy i krótsze przesiadki na dworcu głównym."),
          ("Remont mostu potrwa dłużej niż planowano", "Wykonawca tłumaczy opóźnienie problemami z dostawami stali i złą pogodą."),
          ("Gminy dostaną pieniądze na nowe przystanki", "W programie może wziąć udział ponad sto gmin z całego województwa.")]
# "Czytaj także" over headline-and-teaser pairs, a blank line between headline and teaser
P["pl_related_spread"] = (page(
    "Strona główna | Region | Kraj | Sport", "Trzysta kilometrów nowych ścieżek rowerowych", "Marek Nowak | 20.09.2024",
    *PL2, "Czytaj także", *[x for r in REL_PL for x in r], "© 2024 Kurier Regionalny"), PL2,
    [r[0] for r in REL_PL] + [r[1] for r in REL_PL])

RU2 = [
    "В городском парке завершилась реконструкция старого пруда, которая продолжалась почти два года и обошлась бюджету в сто двадцать миллионов рублей.",
    "Берега пруда укрепили, дно очистили от ила, а вокруг проложили прогулочную дорожку длиной полтора километра.",
    "Экологи отмечают, что в пруду уже появились утки и лебеди, которых здесь не видели много лет.",
    "Вечером вдоль дорожки включается подсветка, а летом на воде будут работать прокатные лодки.",
]
REL_RU = [("Читайте также",),
          ("В центре города откроют новую библиотеку", "Здание бывшего кинотеатра переоборудуют под читальные залы и коворкинг."),
          ("На набережной высадят двести деревьев", "Посадки начнутся в октябре, когда спадёт жара."),
          ("Трамвайную линию продлят до нового района", "Строительство займёт около трёх лет.")]
# "Читайте также" over headline-and-teaser blocks, the last teaser short
P["ru_related_read_also"] = (page(
    "Главная | Город | Общество | Спорт", "В парке завершили реконструкцию пруда", "Ирина Петрова, 5 сентября 2024",
    *RU2, *["\n".join(r) for r in REL_RU], "© 2024 Городские вести"), RU2,
    [x for r in REL_RU[1:] for x in r])

SV2 = [
    "Regionen ska satsa på fler nattåg mellan norra och södra Sverige, meddelade trafiknämnden på måndagen.",
    "Från nästa år ska tre nya avgångar i veckan gå mellan Luleå och Malmö, med sovvagnar och en restaurangvagn.",
    "Resenärsföreningar välkomnar beskedet men påpekar att biljetterna måste bli billigare för att konkurrera med flyget.",
    "Trafiknämnden räknar med att tågen ska vara fullbokade under sommarmånaderna.",
]
EV_SV = ["Torsdag 10 oktober 18:00 – Föredrag: Järnvägens historia i Norrland, Stadsbiblioteket",
         "Lördag 12 oktober 10:00 – Tågdag för barn på museet, Järnvägsmuseet",
         "Söndag 13 oktober 14:00 – Guidad tur på stationen, Centralstationen"]
# an event listing after the article, each event on one line with its day, time, title and place
P["sv_events_oneline"] = (page(
    "Start | Nyheter | Sport | Kultur", "Fler nattåg mellan norr och söder", "Karin Berg\n7 oktober 2024",
    *SV2, "Kalender", "\n".join(EV_SV), "© 2024 Norrlandsposten"), SV2, EV_SV)
