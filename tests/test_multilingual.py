"""The body rules in every listed language: a page of each, written for this test (no site's text), with a
clean article amid a consent banner, byline, dateline, reading time, photo credit, share line, newsletter
prompt, related list and footer. The article must come out whole, and each boilerplate line must be
removed by the rule of its kind (rule ids are the same in every language)."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from build_dataset.clean.cleaner import clean_text
from build_dataset.clean.rules import phrases
from kinds_pages import L as KINDS_PAGES

#: Each page's lines, by kind; "article" is the paragraphs the cleaner must keep.
PAGES = {
    "de": {
        "consent": ["Wir verwenden Cookies, um unsere Website für Sie zu verbessern.", "Alle akzeptieren"],
        "title": "Stadtbibliothek öffnet nach zwei Jahren Umbau wieder ihre Türen",
        "byline": "Von Lena Hartmann", "dateline": "Veröffentlicht am 14.03.2023", "reading": "Lesezeit: 3 Minuten",
        "credit": "Foto: Stadtverwaltung / Peter Klein",
        "article": [
            "Nach zwei Jahren Bauzeit hat die Stadtbibliothek am Samstag wieder geöffnet. Hunderte Besucher kamen "
            "schon am ersten Vormittag, um die neuen Lesesäle und die erweiterte Kinderabteilung zu sehen.",
            "Der Umbau kostete nach Angaben der Stadt rund vier Millionen Euro. Das Gebäude hat nun einen barrierefreien "
            "Eingang, mehr Arbeitsplätze für Studierende und eine Dachterrasse, die im Sommer für Lesungen genutzt "
            "werden soll.",
            "Die Leiterin der Bibliothek sagte, man wolle vor allem junge Familien und ältere Menschen ansprechen. Die "
            "Öffnungszeiten werden deshalb am Abend und am Wochenende verlängert."],
        "share": "Auf Facebook teilen", "newsletter": "Melden Sie sich für unseren Newsletter an",
        "related": ["Weitere Artikel", "Neue Radwege in der Innenstadt geplant", "Stadtfest findet im Juni statt"],
        "footer": "© 2023 Stadtanzeiger. Alle Rechte vorbehalten.",
    },
    "fr": {
        "consent": ["Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter"],
        "title": "La bibliothèque municipale rouvre après deux ans de travaux",
        "byline": "Par Claire Martin", "dateline": "Publié le 14 mars 2023", "reading": "Temps de lecture : 3 min",
        "credit": "Crédit photo : Mairie / Paul Leroy",
        "article": [
            "Après deux ans de travaux, la bibliothèque municipale a rouvert ses portes samedi. Des centaines de "
            "visiteurs sont venus dès la première matinée découvrir les nouvelles salles de lecture et l'espace "
            "consacré aux enfants.",
            "Selon la mairie, la rénovation a coûté environ quatre millions d'euros. Le bâtiment dispose désormais "
            "d'une entrée accessible, de nouvelles places de travail pour les étudiants et d'une terrasse sur le toit "
            "pour les lectures d'été.",
            "La directrice de la bibliothèque a expliqué vouloir attirer surtout les jeunes familles et les personnes "
            "âgées. Les horaires d'ouverture seront donc prolongés le soir et le week-end."],
        "share": "Partager sur Facebook", "newsletter": "Inscrivez-vous à notre newsletter",
        "related": ["Articles similaires", "Un nouveau marché couvert en centre-ville", "La fête de la musique approche"],
        "footer": "Tous droits réservés - Le Journal de la Ville",
    },
    "es": {
        "consent": ["Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Aceptar todo"],
        "title": "La biblioteca municipal reabre tras dos años de obras",
        "byline": "Por Lucía Fernández", "dateline": "Publicado el 14 de marzo de 2023",
        "reading": "Tiempo de lectura: 3 min", "credit": "Foto: Ayuntamiento / Javier Ruiz",
        "article": [
            "Después de dos años de obras, la biblioteca municipal volvió a abrir sus puertas el sábado. Cientos de "
            "vecinos acudieron ya durante la primera mañana para conocer las nuevas salas de lectura y el espacio "
            "infantil.",
            "Según el ayuntamiento, la reforma costó unos cuatro millones de euros. El edificio cuenta ahora con una "
            "entrada accesible, más puestos de estudio para los universitarios y una terraza donde se celebrarán "
            "lecturas en verano.",
            "La directora de la biblioteca explicó que quieren atraer sobre todo a familias jóvenes y a personas "
            "mayores. Por eso el horario se ampliará por las tardes y los fines de semana."],
        "share": "Compartir en Twitter", "newsletter": "Suscríbete a nuestro boletín",
        "related": ["Artículos relacionados", "Nuevo carril bici en el centro", "Las fiestas del barrio empiezan el viernes"],
        "footer": "© 2023 Diario Local. Todos los derechos reservados.",
    },
    "it": {
        "consent": ["Utilizziamo i cookie per offrirti la migliore esperienza sul nostro sito.", "Accetta tutti"],
        "title": "La biblioteca comunale riapre dopo due anni di lavori",
        "byline": "Di Giulia Rossi", "dateline": "Pubblicato il 14 marzo 2023", "reading": "Tempo di lettura: 3 minuti",
        "credit": "Foto: Comune / Marco Bianchi",
        "article": [
            "Dopo due anni di lavori, la biblioteca comunale ha riaperto sabato. Centinaia di visitatori sono arrivati "
            "già nella prima mattinata per vedere le nuove sale di lettura e lo spazio dedicato ai bambini.",
            "Secondo il comune, la ristrutturazione è costata circa quattro milioni di euro. L'edificio ha ora un "
            "ingresso accessibile, più postazioni di studio per gli universitari e una terrazza per le letture estive.",
            "La direttrice della biblioteca ha spiegato di voler attirare soprattutto le giovani famiglie e gli "
            "anziani. Per questo l'orario di apertura sarà prolungato la sera e nel fine settimana."],
        "share": "Condividi su WhatsApp", "newsletter": "Iscriviti alla nostra newsletter",
        "related": ["Notizie correlate", "Nuova pista ciclabile in centro", "La sagra del paese torna a settembre"],
        "footer": "Riproduzione riservata © 2023 Giornale Locale",
    },
    "pt": {
        "consent": ["Utilizamos cookies para melhorar a sua experiência.", "Aceitar todos"],
        "title": "Biblioteca municipal reabre após dois anos de obras",
        "byline": "Por Ana Souza", "dateline": "Publicado em 14/03/2023", "reading": "Tempo de leitura: 3 min",
        "credit": "Foto: Prefeitura / Carlos Lima",
        "article": [
            "Depois de dois anos de obras, a biblioteca municipal reabriu no sábado. Centenas de visitantes chegaram "
            "logo na primeira manhã para conhecer as novas salas de leitura e o espaço dedicado às crianças.",
            "Segundo a prefeitura, a reforma custou cerca de quatro milhões de reais. O prédio agora tem uma entrada "
            "acessível, mais lugares de estudo para universitários e um terraço para leituras no verão.",
            "A diretora da biblioteca disse que pretende atrair sobretudo famílias jovens e idosos. Por isso, o "
            "horário de funcionamento será ampliado à noite e nos fins de semana."],
        "share": "Compartilhar no Facebook", "newsletter": "Receba nossa newsletter no seu e-mail",
        "related": ["Artigos relacionados", "Nova ciclovia no centro da cidade", "Festa junina começa no sábado"],
        "footer": "© 2023 Jornal da Cidade. Todos os direitos reservados.",
    },
    "nl": {
        "consent": ["Wij gebruiken cookies om onze website te verbeteren.", "Alles accepteren"],
        "title": "Stadsbibliotheek gaat na twee jaar verbouwing weer open",
        "byline": "Door Sanne de Vries", "dateline": "Gepubliceerd op 14 maart 2023", "reading": "Leestijd: 3 minuten",
        "credit": "Foto: Gemeente / Jan Bakker",
        "article": [
            "Na twee jaar verbouwing is de stadsbibliotheek zaterdag weer opengegaan. Honderden bezoekers kwamen al in "
            "de eerste ochtend kijken naar de nieuwe leeszalen en de vergrote kinderafdeling.",
            "Volgens de gemeente kostte de verbouwing ongeveer vier miljoen euro. Het gebouw heeft nu een toegankelijke "
            "ingang, meer studieplekken voor studenten en een dakterras voor voorleesavonden in de zomer.",
            "De directeur van de bibliotheek zei vooral jonge gezinnen en ouderen te willen bereiken. Daarom worden de "
            "openingstijden in de avond en het weekend verlengd."],
        "share": "Delen op Facebook", "newsletter": "Schrijf je in voor onze nieuwsbrief",
        "related": ["Gerelateerde artikelen", "Nieuwe fietsstraat in het centrum", "Zomerfestival trekt duizenden bezoekers"],
        "footer": "© 2023 Stadskrant. Alle rechten voorbehouden.",
    },
    "pl": {
        "consent": ["Ta strona korzysta z plików cookie.", "Akceptuj wszystkie"],
        "title": "Biblioteka miejska ponownie otwarta po dwóch latach remontu",
        "byline": "Autor: Anna Nowak", "dateline": "Opublikowano 14.03.2023", "reading": "Czas czytania: 3 min",
        "credit": "Fot. Urząd Miasta / Piotr Zieliński",
        "article": [
            "Po dwóch latach remontu biblioteka miejska w sobotę ponownie otworzyła swoje drzwi. Setki mieszkańców "
            "przyszły już pierwszego ranka, aby zobaczyć nowe czytelnie i powiększony dział dla dzieci.",
            "Według urzędu miasta remont kosztował około czterech milionów złotych. Budynek ma teraz dostępne wejście, "
            "więcej miejsc do nauki dla studentów i taras na dachu, gdzie latem odbywać się będą czytania.",
            "Dyrektorka biblioteki powiedziała, że chce przyciągnąć przede wszystkim młode rodziny i osoby starsze. "
            "Dlatego godziny otwarcia zostaną wydłużone wieczorami i w weekendy."],
        "share": "Udostępnij na Facebooku", "newsletter": "Zapisz się do naszego newslettera",
        "related": ["Podobne artykuły", "Nowa ścieżka rowerowa w centrum", "Festyn miejski już w sobotę"],
        "footer": "© 2023 Gazeta Miejska. Wszelkie prawa zastrzeżone.",
    },
    "ru": {
        "consent": ["Мы используем файлы cookie, чтобы сайт работал лучше.", "Принять все"],
        "title": "Городская библиотека открылась после двух лет ремонта",
        "byline": "Автор: Мария Иванова", "dateline": "Опубликовано 14.03.2023", "reading": "Время чтения: 3 минуты",
        "credit": "Фото: пресс-служба администрации",
        "article": [
            "После двух лет ремонта городская библиотека в субботу снова открыла свои двери. Уже в первое утро сотни "
            "жителей пришли посмотреть на новые читальные залы и расширенный детский отдел.",
            "По данным администрации, ремонт обошёлся примерно в четыре миллиона евро. Теперь в здании есть доступный "
            "вход, больше мест для занятий студентов и терраса на крыше для летних чтений.",
            "Директор библиотеки рассказала, что хочет привлечь прежде всего молодые семьи и пожилых людей. Поэтому "
            "часы работы продлят по вечерам и в выходные дни."],
        "share": "Поделиться ВКонтакте", "newsletter": "Подпишитесь на нашу рассылку",
        "related": ["Похожие новости", "В центре появится новая велодорожка", "Городской праздник пройдёт в субботу"],
        "footer": "© 2023 Городские вести. Все права защищены.",
    },
    "da": {
        "consent": ["Vi bruger cookies til at forbedre din oplevelse på vores hjemmeside.", "Accepter alle"],
        "title": "Byens bibliotek genåbner efter to års ombygning",
        "byline": "Af Mette Sørensen", "dateline": "Publiceret 14. marts 2023", "reading": "Læsetid: 3 min",
        "credit": "Foto: Kommunen / Lars Holm",
        "article": [
            "Efter to års ombygning åbnede byens bibliotek igen på lørdag. Hundredvis af besøgende kom allerede den "
            "første formiddag for at se de nye læsesale og den udvidede børneafdeling.",
            "Ombygningen kostede ifølge kommunen omkring tredive millioner kroner. Bygningen har nu en handicapvenlig "
            "indgang, flere arbejdspladser til studerende og en tagterrasse, som skal bruges til oplæsninger om sommeren.",
            "Bibliotekets leder siger, at man især vil tiltrække unge familier og ældre. Åbningstiderne bliver derfor "
            "forlænget om aftenen og i weekenden."],
        "share": "Del på Facebook", "newsletter": "Tilmeld dig vores nyhedsbrev",
        "related": ["Relaterede artikler", "Nye cykelstier i midtbyen", "Byfesten holdes i juni"],
        "footer": "© 2023 Byavisen. Alle rettigheder forbeholdes.",
    },
    "no": {
        "consent": ["Vi bruker informasjonskapsler for å gi deg en bedre opplevelse på nettstedet.", "Godta alle"],
        "title": "Byens bibliotek åpner igjen etter to års ombygging",
        "byline": "Av Ingrid Hansen", "dateline": "Publisert 14. mars 2023", "reading": "Lesetid: 3 min",
        "credit": "Foto: Kommunen / Ola Berg",
        "article": [
            "Etter to års ombygging åpnet byens bibliotek igjen på lørdag. Hundrevis av besøkende kom allerede den "
            "første formiddagen for å se de nye lesesalene og den utvidede barneavdelingen.",
            "Ombyggingen kostet ifølge kommunen rundt førti millioner kroner. Bygningen har nå en universelt utformet "
            "inngang, flere arbeidsplasser for studenter og en takterrasse som skal brukes til opplesninger om sommeren.",
            "Bibliotekets leder sier at de særlig vil nå unge familier og eldre. Åpningstidene blir derfor utvidet på "
            "kveldstid og i helgene."],
        "share": "Del på Facebook", "newsletter": "Meld deg på vårt nyhetsbrev",
        "related": ["Relaterte artikler", "Nye sykkelveier i sentrum", "Byfesten arrangeres i juni"],
        "footer": "© 2023 Byavisa. Alle rettigheter reservert.",
    },
    "ro": {
        "consent": ["Folosim cookie-uri pentru a vă oferi o experiență mai bună pe site-ul nostru.", "Acceptă toate"],
        "title": "Biblioteca orașului se redeschide după doi ani de renovare",
        "byline": "Autor: Andreea Popescu", "dateline": "Publicat 14 martie 2023", "reading": "Timp de citire: 3 minute",
        "credit": "Foto: Primăria / Mihai Ionescu",
        "article": [
            "După doi ani de lucrări, biblioteca orașului și-a redeschis porțile sâmbătă. Sute de vizitatori au venit "
            "încă din prima dimineață pentru a vedea noile săli de lectură și secția extinsă pentru copii.",
            "Potrivit primăriei, renovarea a costat aproximativ patru milioane de euro. Clădirea are acum o intrare "
            "accesibilă, mai multe locuri de studiu pentru studenți și o terasă pe acoperiș care va fi folosită vara "
            "pentru lecturi publice.",
            "Directoarea bibliotecii a spus că dorește să atragă mai ales familiile tinere și persoanele vârstnice. De "
            "aceea, programul va fi prelungit seara și în weekend."],
        "share": "Distribuie pe Facebook", "newsletter": "Abonează-te la newsletterul nostru",
        "related": ["Articole similare", "Piste noi de biciclete în centrul orașului", "Festivalul orașului va avea loc în iunie"],
        "footer": "© 2023 Gazeta Orașului. Toate drepturile rezervate.",
    },
    "hu": {
        "consent": ["Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.", "Elfogadom"],
        "title": "Két év felújítás után újra megnyílt a városi könyvtár",
        "byline": "Szerző: Kovács Eszter", "dateline": "2023. március 14.", "reading": "Olvasási idő: 3 perc",
        "credit": "Fotó: Önkormányzat / Nagy Péter",
        "article": [
            "Két év felújítás után szombaton újra megnyitotta kapuit a városi könyvtár. Már az első délelőtt több száz "
            "látogató érkezett, hogy megnézze az új olvasótermeket és a kibővített gyermekrészleget.",
            "Az önkormányzat szerint a felújítás mintegy másfél milliárd forintba került. Az épület akadálymentes "
            "bejáratot, több tanulóhelyet és egy tetőteraszt kapott, amelyet nyáron felolvasásokra használnak majd.",
            "A könyvtár vezetője elmondta, hogy elsősorban a fiatal családokat és az idősebbeket szeretnék megszólítani. "
            "Ezért a nyitvatartást esténként és hétvégén is meghosszabbítják."],
        "share": "Megosztás: Facebook", "newsletter": "Iratkozzon fel hírlevelünkre",
        "related": ["Kapcsolódó cikkek", "Új kerékpárutak a belvárosban", "Júniusban lesz a városi fesztivál"],
        "footer": "© 2023 Városi Hírlap. Minden jog fenntartva.",
    },
    "el": {
        "consent": ["Χρησιμοποιούμε cookies για να σας προσφέρουμε καλύτερη εμπειρία στον ιστότοπό μας.", "Αποδοχή όλων"],
        "title": "Η δημοτική βιβλιοθήκη ανοίγει ξανά μετά από δύο χρόνια ανακαίνισης",
        "byline": "Της Μαρίας Παπαδοπούλου", "dateline": "Δημοσιεύθηκε 14 Μαρτίου 2023",
        "reading": "Χρόνος ανάγνωσης: 3 λεπτά", "credit": "Φωτογραφία: Δήμος / Νίκος Γεωργίου",
        "article": [
            "Μετά από δύο χρόνια εργασιών, η δημοτική βιβλιοθήκη άνοιξε ξανά τις πόρτες της το Σάββατο. Εκατοντάδες "
            "επισκέπτες ήρθαν ήδη από το πρώτο πρωινό για να δουν τις νέες αίθουσες ανάγνωσης και το διευρυμένο "
            "παιδικό τμήμα.",
            "Σύμφωνα με τον δήμο, η ανακαίνιση κόστισε περίπου τέσσερα εκατομμύρια ευρώ. Το κτίριο διαθέτει πλέον "
            "προσβάσιμη είσοδο, περισσότερες θέσεις μελέτης για φοιτητές και μια ταράτσα που θα χρησιμοποιείται το "
            "καλοκαίρι για αναγνώσεις.",
            "Η διευθύντρια της βιβλιοθήκης είπε ότι θέλει να προσελκύσει κυρίως νέες οικογένειες και ηλικιωμένους. "
            "Γι' αυτό το ωράριο θα επεκταθεί τα βράδια και τα Σαββατοκύριακα."],
        "share": "Κοινοποίηση: Facebook Twitter", "newsletter": "Εγγραφείτε στο newsletter μας",
        "related": ["Σχετικά άρθρα", "Νέοι ποδηλατόδρομοι στο κέντρο της πόλης", "Η γιορτή της πόλης θα γίνει τον Ιούνιο"],
        "footer": "© 2023 Η Φωνή της Πόλης. Με επιφύλαξη παντός δικαιώματος.",
    },
    "vi": {
        "consent": ["Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web.", "Chấp nhận tất cả"],
        "title": "Thư viện thành phố mở cửa trở lại sau hai năm cải tạo",
        "byline": "Tác giả: Nguyễn Thu Hà", "dateline": "Cập nhật 14/03/2023 09:40", "reading": "Thời gian đọc: 3 phút",
        "credit": "Ảnh: UBND thành phố / Trần Minh",
        "article": [
            "Sau hai năm cải tạo, thư viện thành phố đã mở cửa trở lại vào sáng thứ Bảy. Hàng trăm người đã đến ngay "
            "trong buổi sáng đầu tiên để tham quan các phòng đọc mới và khu vực dành cho trẻ em được mở rộng.",
            "Theo chính quyền thành phố, chi phí cải tạo vào khoảng một trăm tỷ đồng. Tòa nhà hiện có lối vào cho "
            "người khuyết tật, thêm nhiều chỗ ngồi cho sinh viên và một sân thượng sẽ được dùng cho các buổi đọc sách "
            "vào mùa hè.",
            "Giám đốc thư viện cho biết muốn thu hút chủ yếu các gia đình trẻ và người cao tuổi. Vì vậy, giờ mở cửa sẽ "
            "được kéo dài vào buổi tối và cuối tuần."],
        "share": "Chia sẻ: Facebook Zalo", "newsletter": "Đăng ký nhận bản tin của chúng tôi",
        "related": ["Bài viết liên quan", "Thêm đường dành cho xe đạp ở trung tâm", "Lễ hội thành phố sẽ diễn ra vào tháng Sáu"],
        "footer": "© 2023 Báo Thành Phố. Bản quyền thuộc về Báo Thành Phố.",
    },
    "zh": {
        "consent": ["本网站使用Cookie来改善您的浏览体验。", "全部接受"],
        "title": "市图书馆改造两年后重新开放",
        "byline": "记者 王芳", "dateline": "2023年03月14日 09:40", "reading": "阅读时间：3分钟", "credit": "图片来源：市政府",
        "article": [
            "经过两年的改造，市图书馆于周六重新开放。开馆当天上午就有数百名市民前来参观新的阅览室和扩建后的少儿区。",
            "据市政府介绍，改造工程总投资约三千万元。图书馆现在设有无障碍入口、更多的学生自习座位，以及一个夏季用于举办朗读会的屋顶露台。",
            "图书馆馆长表示，希望吸引更多年轻家庭和老年读者。因此，图书馆将延长晚间和周末的开放时间。"],
        "share": "分享到：微信 微博", "newsletter": "立即订阅",
        "related": ["相关新闻", "市中心将新建自行车道", "城市节将于六月举行"],
        "footer": "版权所有 © 2023 城市日报社",
    },
    "ja": {
        "consent": ["当サイトではCookieを使用しています。", "すべて同意する"],
        "title": "市立図書館、2年の改装を終えて再開",
        "byline": "文・田中美咲", "dateline": "2023年3月14日 9時40分", "reading": "読了時間：約3分", "credit": "写真：市役所提供",
        "article": [
            "2年間の改装工事を終えた市立図書館が土曜日、再び開館した。初日の午前中から数百人が訪れ、新しい閲覧室や拡張された児童コーナーを見て回った。",
            "市によると、改装にかかった費用は約5億円。建物にはバリアフリーの入り口や学生向けの自習席が増設され、夏には朗読会に使われる屋上テラスも設けられた。",
            "館長は、特に若い家族や高齢者に利用してほしいと話した。そのため、夜間と週末の開館時間を延長するという。"],
        "share": "この記事をシェア", "newsletter": "メルマガ登録",
        "related": ["人気記事", "中心部に新しい自転車道", "6月に市民祭りを開催"],
        "footer": "Copyright © 2023 市民新聞社 All rights reserved.",
    },
}

#: The rule that must remove each kind of line, in every language.
RULE_OF = {"consent": "consent_banner", "byline": "byline", "dateline": "dateline", "reading": "reading_time",
           "credit": "photo_credit", "share": "share_bar", "newsletter": "subscription_prompt",
           "related": "related_list", "footer": "site_disclaimer"}


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)  # the cleaner reads text in NFKC ("，" is ",")


def page_text(p: dict) -> str:
    blocks = [p["consent"], [p["title"]], [p["byline"], p["dateline"], p["reading"]], [p["credit"]],
              *([para] for para in p["article"]), [p["share"], p["newsletter"]], p["related"], [p["footer"]]]
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def _from_kinds_page(d: dict) -> dict:
    """The page of a language written for test_kinds.py (tests/kinds_pages.py), with its first three paragraphs and a
    related list's heading (its "Read also" there is the read_also rule's)."""
    return {"consent": d["consent"], "title": d["headline"], "byline": d["byline"], "dateline": d["dateline"],
            "reading": d["reading"], "credit": d["credit"], "article": d["paras"][:3], "share": d["share"],
            "newsletter": d["newsletter"], "related": [d["related_heading"]] + d["related"][1:], "footer": d["footer"]}


PAGES.update({lang: _from_kinds_page(d) for lang, d in KINDS_PAGES.items() if "reading" in d})
#: Listed languages without a test page here: their phrases are tested by the rules' own examples and, for the languages
#: of issue 14's fresh pages, by tests/test_fresh_layouts2.py and tests/test_fresh_layouts4.py.
WITHOUT_PAGE = ("ko", "ar", "he", "fa", "ur", "hi", "bn", "ta", "sw", "ms", "tl", "sr")


def test_every_listed_language_but_english_has_a_page():
    assert set(PAGES) | set(WITHOUT_PAGE) == set(phrases.LANGUAGES) - {"en"}
    assert not set(PAGES) & set(WITHOUT_PAGE)


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_article_comes_out_and_each_boilerplate_line_is_removed_by_its_rule(lang):
    page = PAGES[lang]
    cleaned = clean_text(page_text(page))
    assert cleaned.text == _nfkc("\n\n".join(page["article"]))
    rule_of_line = {ln.text: d.rule for ln, d in zip(cleaned.lines, cleaned.decisions)}
    for kind, rule_id in RULE_OF.items():
        for line in map(_nfkc, page[kind] if isinstance(page[kind], list) else [page[kind]]):
            assert rule_of_line[line] == rule_id, f"{lang} {kind}: {line!r} went to {rule_of_line[line]}"


def test_each_body_concept_is_listed_by_language():
    """Phrase lists grouped by concept and by language: every concept a dict over the listed languages."""
    concepts = {name: value for name, value in vars(phrases).items() if name.isupper() and isinstance(value, dict)}
    assert len(concepts) >= 25
    for name, by_language in concepts.items():
        assert set(by_language) <= set(phrases.LANGUAGES), name
        assert "en" in by_language, name
        for lang, listed in by_language.items():
            assert isinstance(listed, tuple), (name, lang)  # ("a") is a string, and its letters would be phrases
            assert all(p == p.lower() and p.strip() for p in listed), (name, lang)


#: The name on the byline of each page written here for a language added in issue 14 (the pages taken from
#: kinds_pages.py have their fields checked in test_kinds.py).
AUTHORS = {"da": "Mette Sørensen", "no": "Ingrid Hansen", "ro": "Andreea Popescu", "hu": "Kovács Eszter",
           "el": "Μαρίας Παπαδοπούλου", "vi": "Nguyễn Thu Hà", "zh": "王芳", "ja": "田中美咲"}


@pytest.mark.parametrize("lang", sorted(AUTHORS))
def test_the_language_author_and_date_of_a_page_are_read(lang):
    cleaned = clean_text(page_text(PAGES[lang]))
    assert (cleaned.language, cleaned.author, cleaned.published) == (lang, AUTHORS[lang], dt.date(2023, 3, 14))
