"""Phrase lists, grouped by concept, apart from the code that matches them.

All phrases are lower case, with straight apostrophes; the matchers lower-case a line and
straighten its apostrophes before comparing. "Leads" must start a line, "markers" may stand
anywhere in it, "whole" phrases must be the entire line (ignoring trailing punctuation).
Nothing here names one site or quotes one page: each entry is a formula that recurs across sites.
Each concept is a dict by language (``LANGUAGES``); the rules match the union of a concept's languages
(:func:`build_dataset.clean.rules.matching.every`).
"""

# --- languages ----------------------------------------------------------------------------
#: The languages whose phrases are listed here (ISO 639-1): every concept below is a dict keyed by
#: them; the month names of each come from dateparser's locale data.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru")

# --- function words ------------------------------------------------------------------------
#: Articles, pronouns, prepositions, conjunctions and auxiliaries, by language: prose is dense in them
#: in every language, menus and link lists are not (the body classifier's stop-word share).
FUNCTION_WORDS = {lang: tuple(words.split()) for lang, words in {
    "en": "a about after all also an and any are as at be because been but by can could "
          "did do does for from had has have he her his how i if in into is it its just "
          "may more most my no not of on one only or other our out over she so some such "
          "than that the their them then there these they this those to up was we were "
          "what when where which while who will with would you your",
    "de": "aber als also am an auch auf aus bei bin bis da damit dann das dass dem den denn der des die "
          "dies diese dieser doch durch ein eine einem einen einer es für hat hatte ich ihr im in ist "
          "kann mit nach nicht noch nur oder sich sie sind so um und uns vom von vor war waren was "
          "werden wie wir wird wurde zu zum zur über",
    "fr": "au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur mais ne "
          "nous on ont ou par pas pour qu que qui sa se son sont sur un une vous été être",
    "es": "al como con de del el ella en era es esta este fue ha han la las le lo los más no nos o "
          "para pero por que se sin sobre su sus también un una y ya",
    "it": "al alla anche che ci come con da dei del della di e è gli ha il in la le lo ma nel nella "
          "non per più si sono su un una",
    "pt": "ao aos as com como da das de do dos e ela ele em era foi mais mas na nas no nos não o os "
          "para pela pelo por que se sem seu sua um uma é",
    "nl": "aan al als bij dat de die dit door een en er het hij in is met naar niet of om ook op "
          "te tot uit van voor was wat werd wordt ze zich zijn",
    "pl": "a ale bo być by do i jak jest jego już na nie o od po przez się są to w we z za że",
    "ru": "а без бы в во вы да для до его её же за и из или к как мы на не но о об он она они от по "
          "при с со так то что это",
}.items()}

# --- subscription and newsletter prompts ---------------------------------------------
SUBSCRIPTION_LEADS = {
    "en": ("don't want to miss", "subscribe", "sign up", "signup", "sign-up", "get our", "get the latest", "get breaking",
           "join our mailing", "join our newsletter", "never miss", "enter your email", "stay informed",
           "stay up to date", "stay up-to-date", "receive our", "don't miss out", "want more stories",
           "get the best of", "get email updates", "get daily updates"),
    "de": ("du willst nichts mehr verpassen", "willst du nichts mehr verpassen", "hier kostenlos anmelden", "abonnieren", "jetzt abonnieren", "newsletter abonnieren", "jetzt anmelden", "kostenlos anmelden",
           "kostenlos registrieren", "kostenlos zum newsletter", "jetzt zum newsletter", "zum newsletter anmelden",
           "melden sie sich", "melde dich", "gib deine e-mail", "geben sie ihre e-mail", "nichts mehr verpassen",
           "immer informiert", "verpassen sie keine", "bleiben sie informiert", "bleib informiert"),
    "fr": ("abonnez-vous", "inscrivez-vous", "inscris-toi", "s'abonner", "s'inscrire", "recevez notre",
           "recevez nos", "ne manquez rien", "restez informé", "restez informés", "saisissez votre e-mail",
           "entrez votre adresse e-mail", "entrez votre e-mail"),
    "es": ("suscríbete", "suscríbase", "suscribirse", "suscribirme", "regístrate", "regístrese", "recibe nuestro",
           "recibe nuestra", "recibe las", "introduce tu correo", "introduce tu email", "mantente informado"),
    "it": ("iscriviti", "abbonati", "registrati", "ricevi la nostra", "ricevi le", "inserisci la tua email",
           "inserisci la tua e-mail", "resta aggiornato", "rimani aggiornato"),
    "pt": ("assine", "inscreva-se", "cadastre-se", "receba nossa", "receba nossas", "receba as", "digite seu e-mail",
           "digite seu email", "fique por dentro"),
    "nl": ("abonneer", "schrijf je in", "schrijf u in", "meld je aan", "meld u aan", "ontvang onze", "mis niets",
           "blijf op de hoogte", "vul je e-mail"),
    "pl": ("zapisz się", "zasubskrybuj", "subskrybuj", "zarejestruj się", "otrzymuj", "bądź na bieżąco",
           "kup prenumeratę", "wykup prenumeratę", "zamów prenumeratę", "wykup subskrypcję", "kup subskrypcję"),
    "ru": ("подпишитесь", "подписаться", "подписывайтесь", "зарегистрируйтесь", "получайте", "будьте в курсе",
           "оформите подписку", "оформить подписку"),
}
SUBSCRIPTION_MARKERS = {
    "en": ("new posts by email", "newsletter", "daily edition", "weekly edition", "in your inbox", "to your inbox", "mailing list",
           "email alerts", "news alerts", "subscribe now", "subscribe today", "subscribe for", "subscribe to our"),
    "de": ("in deinen posteingang", "in ihren posteingang", "neue beiträge per e-mail", "in ihr postfach", "in dein postfach", "ins postfach"),
    "fr": ("lettre d'information", "infolettre", "dans votre boîte mail", "dans votre boîte de réception"),
    "es": ("boletín", "en tu bandeja de entrada", "en tu correo"),
    "it": ("nella tua casella", "nella tua casella di posta"),
    "pt": ("na sua caixa de entrada", "no seu e-mail"),
    "nl": ("nieuwsbrief", "in je inbox", "in je mailbox"),
    "pl": ("na twoją skrzynkę", "na twój e-mail"),
    "ru": ("рассылка", "рассылку", "рассылки"),
}
#: An introductory offer of a subscription: with a price on a short line, a promotion ("Offre spéciale : 1 € le premier
#: mois", "Abbonati a 1€ al mese per il primo anno").
INTRODUCTORY_OFFERS = {
    "en": ("first month", "first 4 weeks", "first four weeks", "first year"),
    "de": ("ersten monat", "ersten 4 wochen", "ersten vier wochen", "ersten jahr", "4 wochen für"),
    "fr": ("premier mois", "premiers mois", "première année"), "es": ("primer mes", "primeros meses", "primer año"),
    "it": ("primo mese", "primi mesi", "primo anno"), "pt": ("primeiro mês", "primeiros meses", "primeiro ano"),
    "nl": ("eerste maand", "eerste maanden", "eerste jaar"), "pl": ("pierwszy miesiąc", "pierwsze miesiące"),
    "ru": ("первый месяц", "первые месяцы", "первый год"),
}
#: The same offers on Chinese and Japanese pages, found inside a word ("初月無料キャンペーン": first month free).
CJK_INTRODUCTORY_OFFERS = ("初月無料", "初月0円", "首月", "首年")
#: Verbs that make a line mentioning a newsletter a prompt rather than news about one (stems: a word's start).
PROMPT_VERBS = {
    "en": ("subscribe", "sign up", "get ", "join", "receive", "delivered", "register", "enter your", "never miss",
           "stay informed", "don't miss"),
    "de": ("melde dich", "melden sie sich", "liefer", "abonn", "anmeld", "registrier", "erhalten", "verpass", "bestell"),
    "fr": ("abonn", "inscri", "recev", "recevoir"),
    "es": ("suscri", "recib", "regístr"),
    "it": ("iscriv", "ricev", "abbon"),
    "pt": ("assin", "inscrev", "receb", "cadastr"),
    "nl": ("abonneer", "aanmeld", "meld je", "ontvang", "schrijf je in"),
    "pl": ("zapisz", "subskryb", "otrzym"),
    "ru": ("подпис", "получ"),
}
#: A short "Join the X" / "Join us" line is a membership prompt.
MEMBERSHIP_LEADS = {
    "en": ("already registered", "already have an account", "join the ", "join us", "become a member", "become a subscriber", "register now", "log in", "login",
           "sign in"),
    "de": ("schon registriert", "bereits registriert", "jetzt registrieren", "registrieren", "einloggen", "mitglied werden"),
    "fr": ("se connecter", "créer un compte", "devenir membre"),
    "es": ("iniciar sesión", "crear una cuenta", "hazte socio"),
    "it": ("accedi", "diventa socio"),
    "pt": ("faça login", "crie sua conta"),
    "nl": ("inloggen", "word lid"),
    "pl": ("zaloguj się", "załóż konto"),
    "ru": ("войти", "вход", "регистрация"),
}

# --- sign-up terms ---------------------------------------------------------------------
#: What opens a sign-up's terms; the line must also name agreement, terms or consent (``AGREEMENT_WORDS``).
SIGNUP_TERMS_LEADS = {
    "en": ("by signing up", "by subscribing", "by registering", "by clicking", "by continuing", "by submitting",
           "by entering your email"),
    "de": ("mit der anmeldung", "mit dem absenden", "mit absendung", "mit der nutzung dieses formulars",
           "mit dem klick", "mit klick auf"),
    "fr": ("en vous inscrivant", "en vous abonnant", "en cliquant", "en continuant", "en soumettant"),
    "es": ("al suscribirte", "al registrarte", "al hacer clic", "al continuar", "al enviar"),
    "it": ("iscrivendoti", "registrandoti", "cliccando", "continuando"),
    "pt": ("ao se inscrever", "ao assinar", "ao clicar", "ao continuar", "ao enviar"),
    "nl": ("door je aan te melden", "door te klikken", "door verder te gaan"),
    "pl": ("zapisując się", "klikając", "kontynuując"),
    "ru": ("подписываясь", "нажимая", "продолжая"),
}
AGREEMENT_WORDS = {
    "en": ("agree", "terms", "consent"),
    "de": ("einverstanden", "zustimm", "akzeptier", "einwillig", "datenschutz"),
    "fr": ("accept", "conditions", "consent"),
    "es": ("acept", "términos", "condiciones", "consient"),
    "it": ("accett", "termini", "condizioni", "consenso"),
    "pt": ("concord", "aceit", "termos", "consent"),
    "nl": ("akkoord", "voorwaarden", "toestemming"),
    "pl": ("akceptuj", "regulamin", "zgod"),
    "ru": ("соглаш", "соглас", "условия"),
}
SIGNUP_TERMS_MARKERS = {
    "en": ("i agree to the processing of my", "i consent to the processing of my", "unsubscribe at any time", "you agree to our", "you agree to the terms", "we respect your privacy",
           "we will not share your email", "we won't share your email"),
    "de": ("mit der verarbeitung meiner daten", "ich bin damit einverstanden, dass", "jederzeit abbestellen", "jederzeit widerrufen", "jederzeit wieder abmelden", "erklärst du dich",
           "erklären sie sich", "willige ich", "datenschutzerklärung gelesen"),
    "fr": ("désinscrire à tout moment", "désabonner à tout moment", "vous acceptez nos", "vous acceptez les"),
    "es": ("darte de baja en cualquier momento", "aceptas la", "aceptas los", "acepto la política"),
    "it": ("cancellarti in qualsiasi momento", "accetti la", "accetti i", "ho letto e accetto"),
    "pt": ("cancelar a qualquer momento", "você concorda com", "li e aceito"),
    "nl": ("je kunt je altijd afmelden", "ga je akkoord", "ga ik akkoord"),
    "pl": ("akceptuję regulamin", "wyrażam zgodę"),
    "ru": ("вы соглашаетесь", "даю согласие"),
}

# --- consent banners ----------------------------------------------------------------------
#: A consent banner's buttons and headings: the whole line ("Accept all", "Alle akzeptieren").
CONSENT_WHOLE = {
    "en": ("accept all", "accept all cookies", "reject all", "decline all", "deny all", "allow all",
           "allow all cookies", "accept cookies", "manage preferences", "manage cookies", "manage options",
           "manage settings", "cookie settings", "cookie preferences", "privacy settings", "privacy preferences",
           "only necessary", "necessary only", "only necessary cookies", "save preferences", "save and close",
           "accept and close", "we value your privacy", "your privacy choices", "i accept", "i agree"),
    "de": ("alle akzeptieren", "alle ablehnen", "alle cookies akzeptieren", "alles akzeptieren",
           "akzeptieren und schließen", "einstellungen verwalten", "cookie-einstellungen", "cookie einstellungen",
           "datenschutzeinstellungen", "privatsphäre-einstellungen", "nur notwendige", "nur notwendige cookies",
           "nur essenzielle cookies", "auswahl speichern", "einstellungen speichern", "ich stimme zu", "zustimmen",
           "akzeptieren", "ablehnen", "einwilligung", "wir respektieren ihre privatsphäre"),
    "fr": ("tout accepter", "tout refuser", "accepter tout", "refuser tout", "accepter et fermer",
           "continuer sans accepter", "gérer les préférences", "gérer mes préférences", "paramètres des cookies",
           "personnaliser", "j'accepte", "accepter", "refuser", "nous respectons votre vie privée"),
    "es": ("aceptar todo", "aceptar todas", "rechazar todo", "rechazar todas", "aceptar y cerrar",
           "gestionar preferencias", "configurar cookies", "configuración de cookies", "aceptar cookies",
           "solo necesarias", "aceptar", "rechazar", "valoramos tu privacidad"),
    "it": ("accetta tutto", "accetta tutti", "rifiuta tutto", "rifiuta tutti", "accetta e chiudi",
           "gestisci preferenze", "gestisci le preferenze", "impostazioni cookie", "solo necessari", "accetta",
           "rifiuta", "accetto", "la tua privacy è importante per noi"),
    "pt": ("aceitar tudo", "aceitar todos", "rejeitar tudo", "rejeitar todos", "recusar tudo", "aceitar e fechar",
           "gerenciar preferências", "gerir preferências", "configurações de cookies", "definições de cookies",
           "aceitar", "rejeitar", "valorizamos a sua privacidade", "valorizamos sua privacidade"),
    "nl": ("alles accepteren", "alles weigeren", "alle cookies accepteren", "accepteren en sluiten",
           "voorkeuren beheren", "cookie-instellingen", "cookie instellingen", "alleen noodzakelijke cookies",
           "accepteren", "weigeren", "akkoord"),
    "pl": ("zaakceptuj wszystkie", "akceptuj wszystkie", "odrzuć wszystkie", "zaakceptuj i zamknij",
           "zarządzaj preferencjami", "ustawienia cookies", "ustawienia plików cookie", "tylko niezbędne",
           "akceptuję", "zaakceptuj", "odrzuć", "szanujemy twoją prywatność"),
    "ru": ("принять все", "принять всё", "отклонить все", "принять и закрыть", "управление настройками",
           "настройки cookie", "настройки файлов cookie", "только необходимые", "принять", "отклонить",
           "согласен", "мы ценим вашу конфиденциальность"),
}
#: Phrases of a consent banner's text, anywhere in a line ("We and our partners use cookies to ...").
CONSENT_MARKERS = {
    "en": ("we value your privacy", "we care about your privacy", "we and our partners", "our partners use",
           "we use cookies", "uses cookies", "use cookies to", "accept cookies", "this website uses",
           "this site uses", "store and/or access information on a device", "consent to the use of cookies",
           "consent to our use of cookies", "personalised ads and content", "personalized ads and content",
           "cookie consent", "cookie banner"),
    "de": ("wir verwenden cookies", "wir nutzen cookies", "verwendet cookies", "nutzt cookies", "setzt cookies ein",
           "wir und unsere partner", "einsatz von cookies", "verwendung von cookies", "cookies zustimmen",
           "informationen auf einem gerät speichern", "personalisierte anzeigen und inhalte"),
    "fr": ("nous utilisons des cookies", "utilise des cookies", "nous et nos partenaires", "utilisation de cookies",
           "utilisation des cookies", "dépôt de cookies", "stocker et/ou accéder à des informations",
           "publicités et contenu personnalisés"),
    "es": ("utilizamos cookies", "usamos cookies", "utiliza cookies", "usa cookies", "nosotros y nuestros socios",
           "uso de cookies", "almacenar o acceder a información", "anuncios y contenido personalizados"),
    "it": ("utilizziamo i cookie", "utilizziamo cookie", "usiamo i cookie", "utilizza i cookie", "utilizza cookie",
           "noi e i nostri partner", "uso dei cookie", "utilizzo dei cookie",
           "archiviare e/o accedere a informazioni", "annunci e contenuti personalizzati"),
    "pt": ("utilizamos cookies", "usamos cookies", "utiliza cookies", "usa cookies", "nós e os nossos parceiros",
           "nós e nossos parceiros", "uso de cookies", "utilização de cookies",
           "anúncios e conteúdo personalizados"),
    "nl": ("wij gebruiken cookies", "we gebruiken cookies", "maakt gebruik van cookies", "wij en onze partners",
           "gebruik van cookies", "gepersonaliseerde advertenties en content"),
    "pl": ("używamy plików cookie", "używa plików cookie", "korzysta z plików cookie", "wykorzystujemy pliki cookie",
           "my i nasi partnerzy", "plików cookies", "spersonalizowane reklamy i treści"),
    "ru": ("мы используем файлы cookie", "мы используем cookie", "использует файлы cookie", "использует cookie",
           "использование файлов cookie", "мы и наши партнеры", "мы и наши партнёры"),
}
#: Words of which a consent banner's text has one, by language.
CONSENT_WORDS = {
    "en": ("cookie", "cookies", "privacy", "consent", "partners"),
    "de": ("cookies", "datenschutz", "einwilligung", "partner"),
    "fr": ("cookies", "confidentialité", "consentement", "partenaires"),
    "es": ("cookies", "privacidad", "consentimiento", "socios"),
    "it": ("cookie", "privacy", "consenso", "partner"),
    "pt": ("cookies", "privacidade", "consentimento", "parceiros"),
    "nl": ("cookies", "privacy", "toestemming", "partners"),
    "pl": ("cookies", "plików", "prywatność", "prywatności", "zgoda", "partnerzy"),
    "ru": ("cookie", "конфиденциальности", "согласие", "партнеры"),
}

# --- reader comments -------------------------------------------------------------------
COMMENT_PROMPTS_WHOLE = {
    "en": ("no responses so far", "no response so far", "no responses yet", "leave a comment", "leave a reply", "post a comment", "add a comment", "add comment", "write a comment",
           "comments", "comment", "join the discussion", "join the conversation", "let your voice be heard",
           "be the first to comment", "show comments", "view comments", "hide comments", "load comments",
           "load more comments", "reply", "cancel reply", "post comment", "submit comment", "discussion",
           "what do you think", "have your say", "comment on this story", "comments are closed"),
    "de": ("schreib einen kommentar", "kommentieren sie hier", "kommentare", "kommentar", "kommentieren", "kommentar schreiben", "kommentar verfassen",
           "kommentar hinzufügen", "kommentar abschicken", "schreibe einen kommentar", "schreiben sie einen kommentar",
           "hinterlasse einen kommentar", "hinterlasse eine antwort", "antworten", "antwort abbrechen",
           "diskutieren sie mit", "kommentare geschlossen", "kommentare sind geschlossen", "bisher keine kommentare",
           "es gibt noch keine kommentare", "noch keine kommentare", "leserkommentare", "kommentare anzeigen",
           "kommentieren sie", "ihre meinung", "ihre meinung ist gefragt"),
    "fr": ("commentaires", "commentaire", "laisser un commentaire", "laissez un commentaire", "ajouter un commentaire",
           "écrire un commentaire", "répondre", "annuler la réponse", "réagir", "réagissez", "vos réactions",
           "les commentaires sont fermés", "donnez votre avis", "voir les commentaires", "aucun commentaire"),
    "es": ("comentarios", "comentario", "deja un comentario", "dejar un comentario", "deja una respuesta",
           "deja tu comentario", "añadir comentario", "añadir un comentario", "responder", "cancelar respuesta",
           "los comentarios están cerrados", "comentar", "ver comentarios", "sin comentarios"),
    "it": ("commenti", "commento", "lascia un commento", "lascia una risposta", "aggiungi un commento", "rispondi",
           "annulla risposta", "i commenti sono chiusi", "commenta", "nessun commento"),
    "pt": ("comentários", "comentário", "deixe um comentário", "deixe uma resposta", "deixe seu comentário",
           "deixe o seu comentário", "responder", "cancelar resposta", "comentar", "ver comentários"),
    "nl": ("reacties", "reactie", "reageer", "laat een reactie achter", "plaats een reactie", "geef een reactie",
           "beantwoorden", "reageren", "geen reacties"),
    "pl": ("komentarze", "komentarz", "dodaj komentarz", "zostaw komentarz", "skomentuj", "odpowiedz",
           "anuluj odpowiedź", "brak komentarzy"),
    "ru": ("комментарии", "комментарий", "оставить комментарий", "оставьте комментарий", "добавить комментарий",
           "ответить", "отменить ответ", "обсуждение", "нет комментариев"),
}
COMMENT_PROMPT_LEADS = {
    "en": ("this site uses akismet", "pingback", "trackback", "you must be logged in to post a comment", "you must be logged in to comment", "comments are closed",
           "comments are now closed", "comments for this story are closed", "comments for this article are closed",
           "comments have been closed", "commenting is closed", "commenting has been closed", "commenting is disabled",
           "log in to comment", "sign in to comment", "please log in to comment", "to comment, please",
           "your email address will not be published", "required fields are marked", "comments are moderated",
           "save my name, email", "notify me of", "we welcome comments", "comment policy", "leave a comment",
           "leave a reply", "join the discussion", "join the conversation"),
    "de": ("um zu kommentieren", "um kommentieren zu können", "diese website verwendet akismet", "diese seite verwendet akismet", "sie müssen sich anmelden, um", "sie müssen sich anmelden um", "deine e-mail-adresse wird nicht veröffentlicht", "ihre e-mail-adresse wird nicht veröffentlicht",
           "erforderliche felder sind", "pflichtfelder sind", "benachrichtige mich", "meinen namen, e-mail",
           "sie müssen angemeldet sein", "sie müssen sich einloggen", "du musst angemeldet sein",
           "kommentare sind geschlossen", "die kommentarfunktion ist geschlossen", "die kommentarfunktion wurde geschlossen",
           "die kommentarfunktion ist deaktiviert", "schreibe einen kommentar", "hinterlasse einen kommentar",
           "hinterlasse eine antwort"),
    "fr": ("ce site utilise akismet", "votre adresse e-mail ne sera pas publiée", "votre adresse email ne sera pas publiée",
           "votre adresse de messagerie ne sera pas publiée", "les champs obligatoires sont", "prévenez-moi",
           "enregistrer mon nom", "vous devez être connecté", "laisser un commentaire", "laissez un commentaire",
           "les commentaires sont fermés", "les commentaires sont désormais fermés"),
    "es": ("para comentar debes", "para comentar, debes", "este sitio usa akismet", "tu dirección de correo electrónico no será publicada", "tu correo electrónico no será publicado",
           "los campos obligatorios están marcados", "guarda mi nombre", "debes iniciar sesión",
           "deja un comentario", "deja una respuesta",
           "los comentarios están cerrados", "comentarios cerrados"),
    "it": ("questo sito usa akismet", "il tuo indirizzo email non sarà pubblicato", "il tuo indirizzo e-mail non sarà pubblicato",
           "i campi obbligatori sono", "salva il mio nome", "devi essere connesso", "lascia un commento",
           "i commenti sono chiusi", "commenti chiusi"),
    "pt": ("este site utiliza o akismet", "o seu endereço de e-mail não será publicado", "seu endereço de e-mail não será publicado",
           "os campos obrigatórios estão marcados", "campos obrigatórios são marcados", "salvar meu nome",
           "você precisa fazer login", "deixe um comentário", "deixe uma resposta"),
    "nl": ("deze site gebruikt akismet", "je e-mailadres wordt niet gepubliceerd", "uw e-mailadres wordt niet gepubliceerd",
           "vereiste velden zijn gemarkeerd", "sla mijn naam", "je moet ingelogd zijn"),
    "pl": ("ta witryna wykorzystuje akismet", "twój adres e-mail nie zostanie opublikowany", "twój adres email nie zostanie opublikowany",
           "wymagane pola są oznaczone", "zapamiętaj moje dane", "musisz się zalogować"),
    "ru": ("этот сайт использует akismet", "ваш адрес email не будет опубликован", "ваш e-mail не будет опубликован",
           "обязательные поля помечены", "вы должны войти", "чтобы оставить комментарий"),
}
#: What may lead a comment header, before the commenter's name ("Posted by: Sam | Jan 10, 2008 4:49 PM").
COMMENT_HEADER_LEADS = {
    "en": ("posted by", "submitted by", "comment by", "commented by"),
    "de": ("kommentar von",), "fr": ("commentaire de",), "es": ("comentario de",), "it": ("commento di",),
    "pt": ("comentário de",), "nl": ("reactie van",), "pl": ("komentarz od",), "ru": ("комментарий от",),
}
#: Words that, after a number, make a comment or reaction count ("3 Comments", "No Comments").
COUNT_NOUNS = {
    "en": ("thought", "thoughts", "comment", "comments", "reply", "replies", "response", "responses", "share", "shares", "view", "views",
           "like", "likes", "reaction", "reactions", "read", "reads"),
    "de": ("gedanken", "kommentar", "kommentare", "antwort", "antworten", "aufrufe", "reaktionen"),
    "fr": ("commentaire", "commentaires", "réponse", "réponses", "vues", "partages", "réactions"),
    "es": ("comentario", "comentarios", "respuesta", "respuestas", "visitas", "vistas"),
    "it": ("commento", "commenti", "risposta", "risposte", "visualizzazioni", "condivisioni"),
    "pt": ("comentário", "comentários", "resposta", "respostas", "visualizações"),
    "nl": ("reactie", "reacties", "weergaven"),
    "pl": ("komentarz", "komentarze", "komentarzy", "odpowiedzi", "wyświetleń", "odsłon"),
    "ru": ("комментарий", "комментария", "комментариев", "комментарии", "просмотр", "просмотра", "просмотров",
           "ответов"),
}
#: Words that make the "name" before a date a page's own metadata, not a commenter
#: ("Article Last Updated: ...", "Associate Editor, Site Mar 11, ...", "Prices last updated ...", a shop's
#: "Kundenbewertung 02.05.2020 um 03:05 Uhr": a review widget's label, not a person).
NOT_A_COMMENTER = {
    "en": ("published", "updated", "launched", "posted", "last", "modified", "date", "created", "article", "story",
           "page", "editor", "contributor", "writer", "reporter", "correspondent", "staff", "author", "by", "prices",
           "active", "ms", "on", "at", "review", "rating"),
    "de": ("veröffentlicht", "aktualisiert", "erstellt", "geändert", "stand", "datum", "artikel", "redaktion",
           "autor", "autorin", "von", "am", "um", "bewertung", "kundenbewertung"),
    "fr": ("publié", "mis", "modifié", "date", "article", "rédaction", "auteur", "par", "le", "avis"),
    "es": ("publicado", "actualizado", "fecha", "artículo", "redacción", "autor", "por", "el", "valoración",
           "opinión"),
    "it": ("pubblicato", "aggiornato", "data", "articolo", "redazione", "autore", "di", "il", "recensione"),
    "pt": ("publicado", "atualizado", "data", "artigo", "redação", "autor", "por", "em", "avaliação"),
    "nl": ("gepubliceerd", "bijgewerkt", "datum", "artikel", "redactie", "auteur", "door", "op", "beoordeling",
           "klantbeoordeling"),
    "pl": ("opublikowano", "aktualizacja", "data", "artykuł", "redakcja", "autor", "opinia", "ocena"),
    "ru": ("опубликовано", "обновлено", "дата", "статья", "редакция", "автор", "отзыв", "оценка"),
}

# --- author boxes ------------------------------------------------------------------------
AUTHOR_BOX_HEADINGS = {
    "en": ("about the author", "about the authors", "about the writer", "about the writers", "about the contributor",
           "about the reporter", "author bio", "author biography"),
    "de": ("über den autor", "über die autorin", "über die autoren", "zum autor", "zur autorin", "zu den autoren",
           "über mich"),
    "fr": ("à propos de l'auteur", "à propos de l'autrice", "à propos des auteurs", "l'auteur", "sur l'auteur"),
    "es": ("sobre el autor", "sobre la autora", "sobre los autores", "acerca del autor", "acerca de la autora"),
    "it": ("sull'autore", "sull'autrice", "l'autore", "informazioni sull'autore"),
    "pt": ("sobre o autor", "sobre a autora", "sobre os autores"),
    "nl": ("over de auteur", "over de schrijver", "over de auteurs"),
    "pl": ("o autorze", "o autorce", "o autorach"),
    "ru": ("об авторе", "об авторах"),
}

#: What leads a link to an author's other articles ("More from Jane Doe", "Alle Artikel von Max Muster"), by language.
MORE_BY_LEADS = {
    "en": ("more from", "more by", "more articles by", "articles by", "posts by", "all posts by", "view all posts by",
           "stories by", "more stories by"),
    "de": ("mehr von", "alles von", "weitere artikel von", "alle artikel von", "weitere beiträge von", "alle beiträge von",
           "mehr artikel von", "zum profil von"),
    "fr": ("plus d'articles de", "tous les articles de", "les articles de"),
    "es": ("más artículos de", "todos los artículos de", "más de"),
    "it": ("altri articoli di", "tutti gli articoli di"),
    "pt": ("mais artigos de", "todos os artigos de"),
    "nl": ("meer van", "meer artikelen van", "alle artikelen van"),
    "pl": ("więcej artykułów autora", "wszystkie artykuły autora", "artykuły autora"),
    "ru": ("все статьи автора", "другие статьи автора"),
}

# --- share and follow bars ---------------------------------------------------------------
#: Social networks and share buttons: names, not words of a language.
SOCIAL_NETWORKS = (
    "facebook", "twitter", "x", "telegram", "whatsapp", "linkedin", "reddit", "pinterest", "email", "e-mail",
    "print", "gab", "gab tv", "gettr", "rumble", "minds", "truth social", "youtube", "instagram", "tiktok",
    "vk", "vkontakte", "parler", "flipboard", "mastodon", "threads", "bluesky", "tumblr", "mix", "copy link",
    "messenger", "viber", "line", "odnoklassniki", "google news", "rss", "substack", "bitchute", "odysee", "xing",
)
#: The other buttons of a share bar, and the verbs and prepositions of "Auf Facebook teilen", "Partager sur X":
#: a line of these and network names only is a share bar.
SHARE_WORDS = {
    "en": ("share", "tweet", "on", "via", "follow", "us"),
    "de": ("drucken", "link kopieren", "teilen", "twittern", "pinnen", "mailen", "auf", "bei", "per", "folgen"),
    "fr": ("imprimer", "copier le lien", "partager", "sur", "par", "suivez-nous", "suivre"),
    "es": ("imprimir", "copiar enlace", "compartir", "en", "por", "síguenos"),
    "it": ("stampa", "copia link", "condividi", "su", "per", "seguici"),
    "pt": ("imprimir", "copiar link", "compartilhar", "partilhar", "compartilhe", "no", "na", "por", "siga-nos"),
    "nl": ("afdrukken", "kopieer link", "delen", "deel", "op", "via", "volg", "ons"),
    "pl": ("drukuj", "kopiuj link", "udostępnij", "na", "przez", "obserwuj"),
    "ru": ("печать", "скопировать ссылку", "поделиться", "в", "через"),
}
SHARE_LEADS = {
    "en": ("share this", "share on", "share:", "share via", "share the", "tweet this", "click to share",
           "click to email", "email this", "share article", "share story", "share with", "follow us",
           "please follow us", "follow on", "like us on", "find us on", "connect with us", "share", "tweet"),
    "de": ("teilen", "jetzt teilen", "artikel teilen", "beitrag teilen", "diesen artikel teilen",
           "diesen beitrag teilen", "teilen sie dies mit", "teile diesen", "seite teilen", "diese seite teilen",
           "mit freunden teilen", "folgen sie uns", "folge uns", "teilen mit"),
    "fr": ("partager", "partagez", "partager sur", "partager cet article", "partager l'article", "partagez cet article",
           "suivez-nous", "nous suivre", "retrouvez-nous"),
    "es": ("compartir", "comparte", "compartir en", "compartir este artículo", "comparte este artículo", "síguenos",
           "siguenos"),
    "it": ("condividi", "condividi su", "condividi questo articolo", "condividi l'articolo", "seguici"),
    "pt": ("compartilhe", "compartilhar", "partilhar", "partilhe", "compartilhe este artigo", "siga-nos"),
    "nl": ("deel dit artikel", "deel dit bericht", "delen op", "volg ons"),
    "pl": ("udostępnij", "podziel się", "obserwuj nas"),
    "ru": ("поделиться", "поделитесь", "подписывайтесь на нас", "мы в соцсетях"),
}
SHARE_MARKERS = {
    "en": ("our youtube channel", "our telegram channel", "on google news", "follow us on", "share on facebook", "share on twitter", "subscribe and follow",
           "opens in new window", "opens in a new window", "click to share",
           "email to a friend", "e-mail to a friend", "email this page", "e-mail this page", "email to a colleague",
           "e-mail to a colleague", "printer friendly", "printer-friendly", "print-friendly", "print friendly",
           "email story", "e-mail story", "email this story", "e-mail this story", "story tools"),
    "de": ("unseren youtube-kanal", "unserem youtube-kanal", "unseren telegram-kanal", "folgen sie uns auf", "folge uns auf", "auf facebook teilen", "bei facebook teilen",
           "öffnet in neuem fenster", "in neuem fenster öffnen", "in neuem tab öffnen",
           "artikel versenden", "artikel drucken", "artikel per e-mail", "druckversion"),
    "fr": ("suivez-nous sur", "partager sur facebook", "partager sur twitter",
           "s'ouvre dans une nouvelle fenêtre", "ouvre dans une nouvelle fenêtre",
           "envoyer à un ami", "version imprimable", "imprimer l'article", "envoyer l'article"),
    "es": ("nuestro canal de youtube", "nuestro canal de telegram", "canal de telegram", "síguenos en", "compartir en facebook", "compartir en twitter", "se abre en una nueva ventana",
           "enviar a un amigo", "versión para imprimir", "versión imprimible", "imprimir noticia"),
    "it": ("seguici su", "condividi su facebook", "condividi su twitter", "si apre in una nuova finestra",
           "invia a un amico", "versione stampabile", "stampa l'articolo", "invia l'articolo"),
    "pt": ("siga-nos no", "compartilhe no facebook", "compartilhar no facebook", "abre em nova janela",
           "abre numa nova janela", "enviar para um amigo", "versão para impressão", "imprimir notícia"),
    "nl": ("volg ons op", "delen op facebook", "deel op facebook", "opent in een nieuw venster",
           "stuur door naar een vriend", "printvriendelijke versie", "artikel printen", "artikel mailen"),
    "pl": ("obserwuj nas na", "udostępnij na facebooku", "otwiera się w nowym oknie",
           "wyślij znajomemu", "wersja do druku", "drukuj artykuł"),
    "ru": ("подписывайтесь на нас в", "поделиться в", "откроется в новом окне",
           "версия для печати", "отправить другу", "распечатать статью"),
}

# --- "read also" lines and related-article lists ------------------------------------------
#: What leads a "read also" line: then a separator (":", "-", "|", ">") or the line's end.
READ_ALSO_LEADS = {
    "en": ("read also", "also read", "read more", "read next", "see also", "related", "recommended", "don't miss",
           "more on this", "more on this story", "more:", "watch:", "listen:", "also see", "related coverage",
           "related story", "related article", "related link", "you might like", "click here"),
    "de": ("lesen sie auch", "lies auch", "auch lesen", "siehe auch", "mehr lesen", "weiterlesen", "hier weiterlesen",
           "mehr zum thema", "mehr dazu", "auch interessant", "passend dazu", "das könnte sie auch interessieren",
           "das könnte dich auch interessieren", "lesen sie mehr", "lesen sie hier", "schon gelesen?", "zum thema",
           "zum weiterlesen"),
    "fr": ("lire aussi", "à lire aussi", "lire également", "à lire également", "voir aussi", "à voir aussi",
           "lire la suite", "en savoir plus", "sur le même sujet", "lire plus", "à découvrir aussi", "à lire"),
    "es": ("lee también", "lea también", "leer más", "ver también", "te puede interesar", "también te puede interesar",
           "le puede interesar", "más información", "relacionado", "relacionada", "relacionadas", "noticia relacionada",
           "noticias relacionadas", "lee más", "seguir leyendo", "lea más", "lea", "mira también",
           "mirá también", "mira", "mire", "vea también", "puedes ver", "temas relacionados", "notas relacionadas"),
    "it": ("leggi anche", "leggi di più", "leggi tutto", "vedi anche", "potrebbe interessarti",
           "ti potrebbe interessare", "approfondisci", "correlati", "articoli correlati", "continua a leggere"),
    "pt": ("leia também", "leia mais", "veja também", "saiba mais", "você pode gostar", "relacionadas",
           "notícias relacionadas", "continue lendo", "ler mais"),
    "nl": ("lees ook", "lees meer", "lees verder", "zie ook", "meer over", "ook interessant", "gerelateerd"),
    "pl": ("czytaj także", "czytaj też", "czytaj więcej", "czytaj dalej", "zobacz też", "zobacz także",
           "przeczytaj też", "przeczytaj także", "polecamy", "zobacz również", "czytaj również"),
    "ru": ("читайте также", "читать далее", "читать также", "смотрите также", "см. также", "подробнее", "по теме",
           "также читайте", "читать полностью", "читайте по теме"),
}
RELATED_HEADINGS = {
    "en": ("related articles", "related posts", "related stories", "related news", "related content", "related",
           "related topics", "you may also like", "you might also like", "you may be interested in",
           "recommended for you", "recommended", "recommended stories", "more stories", "more news", "more articles",
           "most read", "most popular", "most viewed", "trending", "trending now", "latest news", "latest stories",
           "latest articles", "popular posts", "popular", "read next", "what to read next", "editor's picks",
           "top stories", "more from this author", "more in", "in other news", "also on", "sponsored content",
           "further reading", "more like this", "other articles", "recent posts", "recent articles", "read more"),
    "de": ("ähnliche beiträge", "ähnliche artikel", "ähnliche themen", "verwandte artikel", "verwandte beiträge",
           "verwandte links", "verwandte themen", "weitere artikel", "weitere beiträge", "mehr zum thema",
           "mehr zu diesem thema", "mehr artikel", "das könnte sie auch interessieren",
           "das könnte dich auch interessieren", "das könnte ihnen auch gefallen", "das könnte dir auch gefallen",
           "empfohlene artikel", "empfohlene beiträge", "empfehlungen der redaktion", "für dich empfohlen",
           "für sie empfohlen", "passend zum thema"),
    "fr": ("articles similaires", "articles liés", "articles connexes", "sur le même sujet", "sur le même thème",
           "vous aimerez aussi", "vous aimerez peut-être aussi", "vous pourriez aussi aimer",
           "dans la même rubrique", "plus d'articles"),
    "es": ("artículos relacionados", "noticias relacionadas", "contenido relacionado", "relacionado", "relacionados",
           "te podría interesar", "quizás te interese", "temas relacionados", "notas relacionadas",
           "entradas relacionadas", "publicaciones relacionadas",
           "también te puede gustar", "te recomendamos", "recomendados"),
    "it": ("articoli correlati", "notizie correlate", "post correlati", "correlati", "potrebbe interessarti",
           "ti potrebbe interessare", "ti potrebbe interessare anche", "potrebbero interessarti",
           "articoli consigliati", "consigliati"),
    "pt": ("artigos relacionados", "notícias relacionadas", "posts relacionados", "relacionados", "você pode gostar",
           "você também pode gostar", "recomendados"),
    "nl": ("gerelateerde artikelen", "gerelateerd", "gerelateerde berichten", "aanbevolen",
           "meer over dit onderwerp"),
    "pl": ("powiązane artykuły", "podobne artykuły", "podobne wpisy", "powiązane wpisy", "polecane", "polecamy",
           "więcej artykułów", "może cię zainteresować"),
    "ru": ("похожие статьи", "похожие новости", "похожие записи", "материалы по теме", "новости по теме",
           "рекомендуем", "еще по теме", "ещё по теме", "вам может быть интересно"),
}

#: Headings of a block of text ads (a title, a line of text and the advertiser's address, again and again).
SPONSORED_LINK_HEADINGS = {
    "en": ("sponsored links", "sponsored link", "ads by google", "sponsored results", "sponsored listings"),
    "de": ("gesponserte links", "anzeigen von google", "google-anzeigen", "google anzeigen"),
    "fr": ("liens sponsorisés", "liens commerciaux", "annonces google"),
    "es": ("enlaces patrocinados", "anuncios google", "anuncios de google"),
    "it": ("link sponsorizzati", "collegamenti sponsorizzati", "annunci google"),
    "pt": ("links patrocinados", "anúncios google"),
    "nl": ("gesponsorde links", "advertenties van google"),
    "pl": ("linki sponsorowane", "reklamy google"),
    "ru": ("спонсорские ссылки", "реклама google"),
}

#: Headings of lists of other articles that name what follows ("Mehr zum Thema Klima", "Weitere Meldungen aus
#: Berlin"): they lead a short heading line (``RELATED_HEADINGS`` are whole lines).
RELATED_HEADING_LEADS = {
    "en": ("more on", "more about", "more from", "more stories from", "more news from", "related topics",
           "most read in", "latest from", "other news", "other stories", "you may also be interested in"),
    "de": ("mehr zum thema", "mehr zu", "mehr themen", "mehr aus", "weitere meldungen", "weitere beiträge",
           "weitere artikel", "weitere nachrichten", "weitere aktuelle themen", "weitere interessante",
           "neueste artikel", "neueste beiträge", "beliebte artikel", "beliebte beiträge", "meistgelesene artikel",
           "die meistgelesenen artikel", "meistdiskutierte artikel", "meist gelesen", "viel gelesen",
           "aktuelle kommentare", "neueste kommentare", "populäre artikel",
           "empfehlungen aus der redaktion", "top themen", "das thema könnte dich auch interessieren",
           "das könnte sie auch interessieren", "sie könnten auch an folgenden artikeln interessiert sein",
           "lesen sie auch die folgenden beiträge", "artikel, die dir auch gefallen könnten", "beiträge zum thema",
           "themenrelevante nachrichten"),
    "fr": ("plus d'articles", "autres articles", "à lire sur le même sujet", "les plus lus", "dernières actualités",
           "tous nos derniers"),
    "es": ("otras noticias", "más noticias", "lo último", "más sobre", "lo más leído", "últimas noticias",
           "artículos relacionados"),
    "it": ("altre notizie", "ultime notizie", "più letti", "altri articoli"),
    "pt": ("outras notícias", "mais notícias", "mais lidas", "últimas notícias"),
    "nl": ("meer nieuws", "meest gelezen", "ander nieuws"),
    "pl": ("więcej informacji z", "najczęściej czytane", "inne artykuły", "czytaj więcej w"),
    "ru": ("другие новости", "последние новости", "самое читаемое"),
}

# --- tag and category lists ---------------------------------------------------------------
#: What leads a line listing an article's tags or categories ("Tags: a, b, c", "Schlagworte: ..."); a label alone,
#: or before ":" (or, for the ones that end with a preposition, before the tags themselves). Not "Themen" or "Topics":
#: alone, those head a site's menu, and the line ends the article.
TAG_LABELS = {
    "en": ("tags", "tagged", "tagged with", "tagged as", "categories", "category", "filed under", "keywords"),
    "de": ("schlagworte", "schlagwörter", "schlagworte zum thema", "stichworte", "stichwörter", "getaggt mit",
           "markiert mit", "verschlagwortet mit", "kategorie", "kategorien", "abgelegt unter", "blog-themen", "rubrik",
           "rubriken"),
    "fr": ("étiquettes", "mots-clés", "mots clés", "catégories", "catégorie", "classé dans"),
    "es": ("etiquetas", "palabras clave", "categorías", "categoría", "archivado en"),
    "it": ("argomenti", "parole chiave", "categorie", "categoria", "archiviato in"),
    "pt": ("etiquetas", "palavras-chave", "categorias", "categoria", "arquivado em"),
    "nl": ("trefwoorden", "categorieën", "categorie"),
    "pl": ("tagi", "słowa kluczowe", "kategorie", "kategoria"),
    "ru": ("теги", "метки", "ключевые слова", "рубрики", "рубрика"),
}

#: A blog post's filing line: where it was posted and how it was tagged ("This entry was posted in News. Bookmark the
#: permalink."), the blog software's words in each language.
POST_FILED_MARKERS = {
    "en": ("this entry was posted in", "this entry was posted on", "this entry was filed under", "bookmark the permalink"),
    "de": ("dieser eintrag wurde veröffentlicht", "dieser beitrag wurde veröffentlicht", "permanentlink",
           "lesezeichen für den permalink", "und abgelegt unter", "veröffentlicht und wurde unter"),
    "fr": ("cet article a été publié dans", "ajoutez ce permalien", "ce contenu a été publié dans"),
    "es": ("esta entrada fue publicada en", "guarda el enlace permanente"),
    "it": ("questa voce è stata pubblicata in", "aggiungi ai segnalibri il permalink"),
    "pt": ("esta entrada foi publicada em", "marque o link permanente", "adicione aos favoritos o link permanente"),
    "nl": ("dit bericht is geplaatst in", "bookmark de permalink"),
    "pl": ("ten wpis został opublikowany w", "dodaj zakładkę do bezpośredniego odnośnika"),
    "ru": ("эта запись опубликована в", "добавьте в закладки постоянную ссылку"),
}

# --- links to the neighbouring posts ----------------------------------------------------------
#: What leads a link to the post or article before or after this one, with its title ("Previous post: Title").
ADJACENT_POST_LEADS = {
    "en": ("previous post", "next post", "previous article", "next article", "previous story", "next story",
           "previous entry", "next entry", "older post", "newer post"),
    "de": ("vorheriger beitrag", "nächster beitrag", "vorheriger artikel", "nächster artikel", "vorheriger eintrag",
           "nächster eintrag", "vorschau auf den nächsten artikel", "älterer beitrag", "neuerer beitrag", "vorheriges"),
    "fr": ("article précédent", "article suivant", "billet précédent", "billet suivant"),
    "es": ("artículo anterior", "artículo siguiente", "entrada anterior", "entrada siguiente", "noticia anterior",
           "noticia siguiente"),
    "it": ("articolo precedente", "articolo successivo", "post precedente", "post successivo"),
    "pt": ("artigo anterior", "próximo artigo", "post anterior", "próximo post"),
    "nl": ("vorig bericht", "volgend bericht", "vorig artikel", "volgend artikel"),
    "pl": ("poprzedni wpis", "następny wpis", "poprzedni artykuł", "następny artykuł"),
    "ru": ("предыдущая запись", "следующая запись", "предыдущая статья", "следующая статья"),
}

# --- source credits -----------------------------------------------------------------------
#: A label that credits a text's source before ":" ("Quelle: dpa", "Source: Reuters").
SOURCE_LABELS = {
    "en": ("source", "sources"),
    "de": ("quelle", "quellen", "quellenangabe", "quellenangaben", "mit material von"),
    "fr": ("source", "sources"),
    "es": ("fuente", "fuentes"),
    "it": ("fonte", "fonti"),
    "pt": ("fonte", "fontes"),
    "nl": ("bron", "bronnen"),
    "pl": ("źródło", "źródła"),
    "ru": ("источник", "источники"),
}

# --- feedback on the article --------------------------------------------------------------
#: A site's question about the article itself ("Was this article helpful?", "War dieser Artikel hilfreich?").
ARTICLE_FEEDBACK_MARKERS = {
    "en": ("was this article helpful", "was this helpful", "was this page helpful", "did you find this article",
           "did you like this article", "did you enjoy this article", "rate this article", "rate this post",
           "how useful was this", "we want to hear what you think about this", "if you enjoyed reading this",
           "enjoyed this article", "liked this article"),
    "de": ("war dieser artikel hilfreich", "war der artikel hilfreich", "war dieser artikel nützlich",
           "war der artikel nützlich", "war dieser beitrag hilfreich", "fanden sie diesen artikel",
           "fanden sie den artikel", "gefällt ihnen dieser artikel", "hat ihnen der artikel gefallen",
           "hat dir der artikel gefallen", "dir hat der artikel gefallen", "artikel gefallen?", "beitrag gefallen?",
           "wie gefällt ihnen", "wie hat ihnen", "artikel bewerten", "beitrag bewerten", "bewerten sie diesen",
           "möchten sie den artikel teilen", "ihre meinung zu diesem thema", "wie hilfreich war"),
    "fr": ("cet article vous a-t-il été utile", "cet article vous a plu", "avez-vous aimé cet article",
           "notez cet article", "évaluez cet article"),
    "es": ("valora esta noticia", "valora este artículo", "¿te ha resultado útil", "¿te resultó útil",
           "¿te ha gustado este artículo", "califica este artículo"),
    "it": ("questo articolo ti è stato utile", "ti è piaciuto questo articolo", "valuta questo articolo"),
    "pt": ("este artigo foi útil", "gostou deste artigo", "avalie este artigo", "gostou desta matéria"),
    "nl": ("was dit artikel nuttig", "was dit artikel handig", "beoordeel dit artikel"),
    "pl": ("czy ten artykuł był pomocny", "czy artykuł był pomocny", "oceń artykuł", "oceń ten artykuł"),
    "ru": ("была ли эта статья полезной", "была ли статья полезной", "оцените статью"),
}

# --- paywalls -----------------------------------------------------------------------------
#: A paywall's prompt: the article goes on for subscribers ("To continue reading, subscribe", "Möchten Sie
#: weiterlesen?").
PAYWALL_MARKERS = {
    "en": ("to continue reading", "to read the full story", "to view the full story", "to read the full article",
           "continue reading with", "already a subscriber", "already subscribed", "subscribers only",
           "for subscribers only", "exclusive to subscribers", "instant access to the full article",
           "immediate online access", "free articles left", "free articles remaining", "this article is for"
           " subscribers", "unlock this article", "you have reached your limit"),
    "de": ("möchten sie weiterlesen", "möchtest du weiterlesen", "ich bin abonnent", "ich bin bereits abonnent",
           "ich benötige ein abo", "sie sind bereits abonnent", "bereits abonnent", "jetzt weiterlesen",
           "weiterlesen mit", "nur für abonnenten", "exklusiv für abonnenten", "mehr lesen mit dem", "artikel freischalten",
           "um den artikel weiterzulesen", "um diesen artikel zu lesen", "kostenlose artikel"),
    "fr": ("pour lire la suite", "pour accéder en illimité", "articles gratuits", "réservé aux abonnés",
           "déjà abonné", "cet article est réservé", "lire la suite de l'article"),
    "es": ("para seguir leyendo", "para continuar leyendo", "para leer la nota completa", "ya eres suscriptor",
           "ya soy suscriptor", "exclusivo para suscriptores", "contenido exclusivo para suscriptores",
           "artículos gratuitos"),
    "it": ("per continuare a leggere", "sei già abbonato", "riservato agli abbonati", "articoli gratuiti"),
    "pt": ("para continuar lendo", "continue a ler", "já é assinante", "exclusivo para assinantes",
           "conteúdo exclusivo para assinantes"),
    "nl": ("om verder te lezen", "lees verder met", "ben je al abonnee", "al abonnee", "alleen voor abonnees"),
    "pl": ("aby czytać dalej", "aby przeczytać cały artykuł", "masz już subskrypcję", "tylko dla subskrybentów"),
    "ru": ("чтобы продолжить чтение", "чтобы прочитать статью полностью", "уже подписчик", "только для подписчиков"),
}

# --- photo captions and credits ---------------------------------------------------------
CREDIT_LEADS = {
    "en": ("photo:", "photo by", "photo credit", "photos:", "photos by", "image:", "image by", "image credit",
           "images:", "picture:", "pictured:", "photograph:", "photograph by", "credit:", "credits:",
           "illustration:", "illustration by", "file photo", "source: photo", "cover photo", "featured image",
           "header image", "top image", "main image", "lead image", "video:", "(photo", "(image", "(credit"),
    "de": ("foto:", "fotos:", "foto von", "fotos von", "bild:", "bilder:", "bildquelle:", "bildquelle",
           "fotoquelle:", "titelbild:", "titelfoto:", "beitragsbild:", "beitragsbild", "abbildung:", "grafik:",
           "symbolbild", "symbolfoto", "bildnachweis:", "bildrechte:", "(foto", "(bild"),
    "fr": ("photo :", "photos :", "crédit photo", "crédits photo", "crédits photos", "crédit :", "crédits :",
           "illustration :",
           "image :", "source photo", "photo d'illustration", "(photo", "(crédit"),
    "es": ("foto:", "fotos:", "fotografía:", "imagen:", "crédito:", "créditos:", "foto de archivo", "(foto",
           "(imagen"),
    "it": ("foto:", "immagine:", "credito:", "crediti:", "foto d'archivio", "fonte foto", "(foto"),
    "pt": ("foto:", "fotos:", "imagem:", "crédito:", "créditos:", "foto de arquivo", "(foto", "(imagem"),
    "nl": ("foto:", "beeld:", "afbeelding:", "fotografie:", "(foto", "(beeld"),
    "pl": ("fot.", "fot:", "foto:", "zdjęcie:", "źródło zdjęcia", "(fot", "(foto"),
    "ru": ("фото:", "фото", "источник фото", "иллюстрация:", "(фото"),
}
#: Nouns that, before ":" or "by" at a caption's end, introduce its credit ("... Photo: Facebook.", "... Foto: dpa").
CREDIT_NOUNS = {
    "en": ("photo", "photos", "image", "picture", "photograph", "credit", "courtesy"),
    "de": ("foto", "fotos", "bild", "bildquelle"),
    "fr": ("photo", "crédit", "crédit photo"),
    "es": ("foto", "imagen", "crédito"),
    "it": ("foto", "immagine", "credito"),
    "pt": ("foto", "imagem", "crédito"),
    "nl": ("foto", "beeld"),
    "pl": ("fot", "zdjęcie"),
    "ru": ("фото",),
}
CAPTION_LEADS = {
    "en": ("this image", "this photo", "this picture", "this handout", "this undated", "this file photo",
           "this screenshot", "this video grab", "in this photo", "in this image", "in this picture",
           "in this file photo", "in this handout", "pictured", "a handout photo", "an undated photo"),
    "de": ("auf dem foto", "das foto zeigt", "das bild zeigt", "unser bild"),
    "fr": ("sur la photo", "sur cette photo", "sur cette image"),
    "es": ("en la imagen", "en la foto", "en esta imagen"),
    "it": ("nella foto", "nell'immagine"),
    "pt": ("na foto", "na imagem"),
    "nl": ("op de foto",),
    "pl": ("na zdjęciu",),
    "ru": ("на фото", "на снимке"),
}
#: Words that make a trailing parenthetical "(...)" a photo credit (agencies by their country's language).
CREDIT_MARKERS = {
    "en": ("photo", "image", "credit", "courtesy", "screenshot", "screengrab", "social media", "copyright",
           "getty", "reuters", "afp", "ap photo", "associated press", "flash90", "shutterstock", "istock",
           "wikimedia", "wikipedia", "creative commons", "cc by", "handout", "file", "pool", "via ", "gpo",
           "spokesperson", "press service", "press office"),
    "de": ("foto", "bild", "dpa", "imago", "picture alliance", "keystone", "archivbild", "symbolbild"),
    "fr": ("crédit", "archives", "capture d'écran"),
    "es": ("foto", "imagen", "efe", "europa press", "archivo"),
    "it": ("foto", "immagine", "ansa", "archivio"),
    "pt": ("foto", "imagem", "arquivo", "divulgação"),
    "nl": ("foto", "beeld", "anp"),
    "pl": ("fot.", "zdjęcie", "pap"),
    "ru": ("фото", "тасс", "риа новости"),
}

# --- reading time -------------------------------------------------------------------------
#: What names a reading time, before or after its minutes ("Lesezeit: 3 Minuten", "4 min de lecture").
READING_WORDS = {
    "en": ("read", "reading time", "read time", "estimated reading time", "time to read"),
    "de": ("lesezeit", "lesedauer", "geschätzte lesezeit", "min. lesezeit"),
    "fr": ("temps de lecture", "de lecture", "lecture", "durée de lecture"),
    "es": ("tiempo de lectura", "de lectura", "lectura"),
    "it": ("tempo di lettura", "di lettura", "lettura"),
    "pt": ("tempo de leitura", "de leitura", "leitura"),
    "nl": ("leestijd", "leesduur"),
    "pl": ("czas czytania", "czytania", "czas lektury", "lektury"),
    "ru": ("время чтения", "чтения", "на чтение", "время прочтения"),
}
MINUTE_WORDS = {
    "en": ("min", "mins", "minute", "minutes"),
    "de": ("min", "minute", "minuten"),
    "fr": ("min", "mn", "minute", "minutes"),
    "es": ("min", "minuto", "minutos"),
    "it": ("min", "minuto", "minuti"),
    "pt": ("min", "minuto", "minutos"),
    "nl": ("min", "minuut", "minuten"),
    "pl": ("min", "minuta", "minuty", "minut"),
    "ru": ("мин", "минута", "минуты", "минут", "минуту"),
}
#: "About" before a reading time's minutes ("ca. 3 Minuten").
ABOUT_WORDS = {
    "en": ("about", "approx", "approx.", "~"), "de": ("ca.", "circa", "etwa", "~"), "fr": ("environ",),
    "es": ("aprox.", "unos"), "it": ("circa",), "pt": ("cerca de", "aprox."), "nl": ("ongeveer", "ca."),
    "pl": ("około", "ok."), "ru": ("около", "примерно"),
}

# --- disclaimers, footers, notices, widget and form errors ---------------------------------
DISCLAIMER_MARKERS = {
    "en": ("licensed under a creative commons", "licensed under the creative commons", "all content is licensed", "unless otherwise noted", "unless otherwise stated", "if not explicitly specified otherwise", "this post contains affiliate links", "contains references to products", "not responsible for the content", "views expressed", "do not necessarily reflect",
           "does not necessarily reflect", "all rights reserved", "[email protected]",
           "reproduction in whole or in part", "terms of service", "terms of use", "privacy policy", "cookie policy",
           "opinions expressed", "editorial standards", "may not be published, broadcast, rewritten",
           "material may not be", "is a registered trademark", "powered by wordpress", "proudly powered by",
           "affiliate links", "we may earn a commission", "report an error", "report a correction",
           "advertise with us", "copyright ©", "copyright (c)"),
    "de": ("unter einer creative commons", "unter der creative commons", "sofern nicht anders angegeben", "sofern nicht anders ausgewiesen", "soweit nicht anders angegeben", "trotz sorgfältiger inhaltlicher kontrolle", "dieser beitrag enthält werbung", "enthält affiliate-links", "alle rechte vorbehalten", "alle angaben ohne gewähr", "angaben ohne gewähr", "haftungsausschluss",
           "haftungsbeschränkung", "nutzungsbedingungen", "affiliate-links",
           "affiliate-link", "erhalten wir eine provision", "provision vom händler",
           "gibt nicht unbedingt die meinung"),
    "fr": ("sous licence creative commons", "sauf mention contraire", "tous droits réservés", "mentions légales", "politique de confidentialité",
           "conditions générales d'utilisation", "politique de cookies", "n'engagent que leurs auteurs"),
    "es": ("bajo una licencia creative commons", "salvo que se indique lo contrario", "todos los derechos reservados", "aviso legal", "política de privacidad", "política de cookies",
           "términos y condiciones", "prohibida su reproducción"),
    "it": ("licenza creative commons", "salvo ove diversamente indicato", "tutti i diritti riservati", "riproduzione riservata", "informativa sulla privacy", "note legali",
           "partita iva", "p.iva"),
    "pt": ("licença creative commons", "salvo indicação em contrário", "todos os direitos reservados", "política de privacidade", "termos de uso", "proibida a reprodução"),
    "nl": ("creative commons-licentie", "tenzij anders vermeld", "alle rechten voorbehouden", "privacybeleid", "cookiebeleid", "algemene voorwaarden"),
    "pl": ("licencji creative commons", "o ile nie zaznaczono inaczej", "wszelkie prawa zastrzeżone", "polityka prywatności", "polityka cookies",
           "materiał chroniony prawem autorskim"),
    "ru": ("лицензией creative commons", "если не указано иное", "все права защищены", "политика конфиденциальности", "при использовании материалов",
           "при цитировании", "перепечатка материалов"),
}
#: (A line opening with "©" is a copyright footer too; that needs no phrase.)
DISCLAIMER_LEADS = {
    "en": ("(c) ", "copyright ", "disclaimer", "note:", "editor's note:"),
    "de": ("hinweis der redaktion", "anmerkung der redaktion", "transparenzhinweis"),
    "fr": ("note de la rédaction", "avertissement :"),
    "es": ("nota de la redacción", "nota del editor", "aviso:"),
    "it": ("nota della redazione", "nota:"),
    "pt": ("nota da redação", "nota do editor", "aviso:"),
    "nl": ("noot van de redactie", "disclaimer:"),
    "pl": ("od redakcji", "nota:"),
    "ru": ("от редакции", "примечание редакции"),
}
RECAPTCHA_MARKERS = {
    "en": ("protected by recaptcha", "recaptcha", "google privacy policy and terms of service apply"),
    "de": ("durch recaptcha geschützt",), "fr": ("protégé par recaptcha",), "es": ("protegido por recaptcha",),
    "it": ("protetto da recaptcha",), "pt": ("protegido por recaptcha",), "nl": ("beschermd door recaptcha",),
    "pl": ("chroniona przez recaptcha",), "ru": ("защищен recaptcha",),
}
WIDGET_ERROR_MARKERS = {
    "en": ('404 "not found"', "404 not found", "error: contact form not found", "contact form not found",
           "javascript is disabled", "enable javascript", "javascript enabled", "javascript is required",
           "your browser does not support", "please upgrade your browser", "something went wrong",
           "there was an error", "an error occurred", "failed to load", "unable to load",
           "this video is not available", "this content is not available", "disable your ad blocker",
           "disable your adblock"),
    "de": ("ohne dein einverständnis keine verbindung", "ohne ihr einverständnis keine verbindung", "javascript ist deaktiviert", "javascript aktivieren", "aktivieren sie javascript",
           "ihr browser unterstützt", "dein browser unterstützt", "etwas ist schiefgelaufen",
           "ein fehler ist aufgetreten", "externer inhalt", "empfohlener redaktioneller inhalt",
           "deaktivieren sie ihren adblocker"),
    "fr": ("activez javascript", "activer javascript", "javascript est désactivé",
           "votre navigateur ne prend pas en charge", "une erreur est survenue", "une erreur s'est produite"),
    "es": ("habilita javascript", "activa javascript", "tu navegador no es compatible", "tu navegador no soporta",
           "se ha producido un error", "ha ocurrido un error"),
    "it": ("abilita javascript", "attiva javascript", "il tuo browser non supporta", "si è verificato un errore"),
    "pt": ("ative o javascript", "habilite o javascript", "seu navegador não suporta", "ocorreu um erro"),
    "nl": ("schakel javascript in", "je browser ondersteunt", "er is iets misgegaan", "er is een fout opgetreden"),
    "pl": ("włącz javascript", "twoja przeglądarka nie obsługuje", "wystąpił błąd", "coś poszło nie tak"),
    "ru": ("включите javascript", "ваш браузер не поддерживает", "произошла ошибка", "что-то пошло не так"),
}
#: Close buttons and other one-glyph controls that start a widget line.
WIDGET_GLYPHS = ("\u00d7", "\u2715", "\u2716", "\u2573")
WIDGET_GLYPHS_OR_BRACKET = "[" + "".join(WIDGET_GLYPHS) + "\\[]"  # a regex: any of the glyphs, or "["

# --- appeals for money ------------------------------------------------------------------
DONATION_MARKERS = {
    "en": ("we need your support", "support our journalism", "support independent journalism", "please support us",
           "support us today", "donate now", "donate today", "click here to donate", "donate here",
           "make a contribution", "become a patron", "become a supporter", "your support helps", "support our work",
           "consider supporting us", "buy me a coffee", "help us keep", "reader-supported", "reader supported"),
    "de": ("unterstütze uns", "deine spende an", "ihre spende an", "jetzt spenden", "unterstützen sie unsere arbeit",
           "jede kleine spende", "unabhängigen journalismus unterstützen", "spenden sie jetzt"),
    "fr": ("faire un don", "faites un don", "soutenez-nous", "soutenez notre", "soutenir notre journalisme"),
    "es": ("haz una donación", "dona ahora", "apóyanos", "apoya nuestro periodismo"),
    "it": ("fai una donazione", "dona ora", "sostienici", "sostieni il nostro"),
    "pt": ("faça uma doação", "doe agora", "apoie o nosso", "apoie nosso jornalismo"),
    "nl": ("doneer nu", "steun ons", "word donateur"),
    "pl": ("wesprzyj nas", "przekaż darowiznę", "wspieraj nas"),
    "ru": ("поддержите нас", "поддержать проект", "помочь проекту"),
}

# --- page navigation widgets --------------------------------------------------------------
NAVIGATION_WHOLE = {
    "en": ("print recipe", "print this page", "print page", "table of contents", "back to list", "back to overview", "learn more", "your cart is empty", "scroll to top", "back to top", "to top", "top", "skip to content", "skip to main content", "menu",
           "main menu", "search", "home", "close", "next", "previous", "next article", "previous article",
           "next post", "previous post", "load more", "show more", "see more", "view more", "more", "print",
           "toggle navigation", "open menu", "close menu", "navigation", "sections", "search for:", "go", "submit",
           "continue reading", "advertisement", "sponsored", "ad", "share", "tweet", "email", "copy link", "listen",
           "listen to this article", "font size", "a a a", "print this article", "save", "bookmark", "cancel", "ok",
           "accept", "reject", "log in", "login", "sign in", "register", "subscribe", "sign up", "follow",
           "follow us", "contact us", "about us", "contact", "about", "loading...", "loading", "please wait"),
    "de": ("rezept drucken", "seite drucken", "artikel drucken", "bild anzeigen", "pinnen", "inhaltsverzeichnis", "zurück zur liste", "erfahre mehr", "mehr erfahren", "erfahren sie mehr", "ihr warenkorb ist leer", "dein warenkorb ist leer", "startseite", "zurück", "weiter", "nach oben", "zum inhalt springen", "zum seitenanfang", "menü",
           "hauptmenü", "suche", "suchen", "schließen", "vorheriger artikel", "nächster artikel", "vorheriges",
           "nächstes", "vorheriger beitrag", "nächster beitrag", "mehr", "mehr anzeigen", "mehr laden", "drucken",
           "werbung", "anzeige", "kontakt", "impressum", "datenschutz", "datenschutzerklärung", "über uns", "anmelden",
           "abmelden",
           "zurück zur übersicht", "zur übersicht", "zurück zu allen meldungen", "archiv", "artikel vorlesen",
           "vorlesen", "merken", "gefällt mir"),
    "fr": ("imprimer la recette", "sommaire", "en savoir plus", "votre panier est vide", "accueil", "retour", "suivant", "précédent", "article suivant", "article précédent", "haut de page",
           "retour en haut", "aller au contenu", "rechercher", "recherche", "fermer", "voir plus", "afficher plus",
           "imprimer", "publicité", "contact", "à propos", "connexion", "menu principal", "écouter",
           "écouter l'article"),
    "es": ("imprimir receta", "índice", "tabla de contenidos", "infórmate más", "tu carrito está vacío", "inicio", "volver", "siguiente", "anterior", "artículo siguiente", "artículo anterior", "volver arriba",
           "ir al contenido", "buscar", "cerrar", "ver más", "cargar más", "imprimir", "publicidad", "contacto",
           "menú", "escuchar"),
    "it": ("stampa ricetta", "indice", "sommario", "scopri di più", "il tuo carrello è vuoto", "indietro", "avanti", "successivo", "precedente", "articolo successivo", "articolo precedente",
           "torna su", "torna all'inizio", "vai al contenuto", "cerca", "chiudi", "mostra altro", "carica altro",
           "stampa", "pubblicità", "contatti", "chi siamo", "ascolta"),
    "pt": ("imprimir receita", "índice", "saiba mais", "seu carrinho está vazio", "início", "voltar", "próximo", "anterior", "próximo artigo", "artigo anterior", "voltar ao topo",
           "ir para o conteúdo", "pesquisar", "buscar", "fechar", "ver mais", "carregar mais", "imprimir",
           "publicidade", "contato", "contacto", "sobre nós", "ouvir"),
    "nl": ("recept afdrukken", "inhoudsopgave", "lees meer", "je winkelwagen is leeg", "terug", "volgende", "vorige", "volgend artikel", "vorig artikel", "naar boven", "terug naar boven",
           "ga naar inhoud", "zoeken", "sluiten", "meer", "toon meer", "meer laden", "afdrukken", "advertentie",
           "over ons", "voorlezen"),
    "pl": ("drukuj przepis", "spis treści", "dowiedz się więcej", "twój koszyk jest pusty", "strona główna", "wstecz", "dalej", "następny", "poprzedni", "następny artykuł", "poprzedni artykuł",
           "do góry", "przejdź do treści", "szukaj", "zamknij", "więcej", "pokaż więcej", "załaduj więcej", "drukuj",
           "reklama", "o nas", "posłuchaj"),
    "ru": ("распечатать рецепт", "содержание", "оглавление", "узнать больше", "ваша корзина пуста", "главная", "назад", "далее", "вперед", "вперёд", "следующая", "предыдущая", "следующая статья",
           "предыдущая статья", "наверх", "перейти к содержимому", "поиск", "найти", "закрыть", "ещё", "еще",
           "показать еще", "показать ещё", "загрузить еще", "печать", "реклама", "контакты", "о нас", "слушать"),
}

# --- bylines ----------------------------------------------------------------------------
#: What introduces the author's name on a byline ("By Jane Doe", "Von Max Muster"), by language.
BYLINE_WORDS = {
    "en": ("by", "avatar by", "written by", "posted by", "story by", "words by", "report by", "reported by",
           "article by", "words written by", "text by", "a column by", "an article by", "post author by"),
    "de": ("von", "geschrieben von", "verfasst von", "ein beitrag von", "veröffentlicht von", "erstellt von",
           "gepostet von", "gespeichert von", "text von", "artikel von", "ein artikel von", "eine kolumne von",
           "ein interview von", "ein kommentar von", "ein gastbeitrag von", "blog beitrag von", "das gespräch führte"),
    "fr": ("par", "écrit par", "publié par", "rédigé par", "un article de", "une chronique de", "propos recueillis par"),
    "es": ("por", "escrito por", "publicado por", "redactado por", "escribe", "un artículo de"),
    "it": ("di", "scritto da", "pubblicato da", "a cura di", "un articolo di"),
    "pt": ("por", "escrito por", "publicado por", "um artigo de"),
    "nl": ("door", "geschreven door", "gepubliceerd door", "een artikel van", "een column van"),
    "pl": ("napisane przez", "opublikowano przez", "dodane przez"),
    "ru": ("опубликовал", "опубликовала"),
}
#: Labels that introduce the author's name ("Author: Jane Doe", "Автор: Иван Петров"), by language.
AUTHOR_LABELS = {
    "en": ("author:", "authors:", "written by:", "by:", "reporter:", "reporting by", "interview:"),
    "de": ("autor:", "autorin:", "autoren:", "autor", "autorin", "autoren", "text:", "von:", "autor/in", "autor*in:",
           "autor/in:", "kolumnist:", "kolumnistin:", "kolumnist*in:", "text & fotos:", "text und fotos:", "redaktion:",
           "interview:"),
    "fr": ("auteur:", "auteur :", "auteurs:", "auteurs :", "par:", "par :", "texte:", "texte :", "auteur"),
    "es": ("autor:", "autora:", "autores:", "por:", "texto:", "entrevista:"),
    "it": ("autore:", "autrice:", "autori:", "di:", "testo:"),
    "pt": ("autor:", "autora:", "autores:", "por:", "texto:"),
    "nl": ("auteur:", "auteurs:", "door:", "tekst:"),
    "pl": ("autor:", "autorka:", "autorzy:", "tekst:"),
    "ru": ("автор:", "авторы:", "текст:", "автор"),
}
#: A newsroom's own name for itself, standing for the author ("Von Redaktion", "Redaktion - 31. Januar 2022"): never
#: cut from a byline as a word that is not a name.
STAFF_WORDS = {
    "en": ("staff", "newsroom", "editorial staff", "editorial team", "editors"),
    "de": ("redaktion", "die redaktion", "onlineredaktion", "online-redaktion", "nachrichtenredaktion"),
    "fr": ("rédaction", "la rédaction"),
    "es": ("redacción", "la redacción"),
    "it": ("redazione", "la redazione"),
    "pt": ("redação", "redacção", "a redação"),
    "nl": ("redactie", "de redactie"),
    "pl": ("redakcja",),
    "ru": ("редакция",),
}
#: Labels that introduce the author's name in Chinese and Japanese ("作者：王小明", "记者 李华", "文/张三"): read by the
#: metadata only, before a name of two to four Han characters.
CJK_AUTHOR_LABELS = ("作者", "记者", "記者", "撰文", "文", "责任编辑", "責任編輯", "编辑", "編輯", "执笔", "執筆")
#: What opens a Chinese or Japanese copyright footer ("版权所有 © 2024 江城日报社", "著作権は…"): words, not a sign.
CJK_COPYRIGHT_LEADS = ("版权所有", "版權所有", "著作权所有", "著作権", "无断转载", "無断転載", "未经授权", "未經授權")
#: Lower-case words inside a personal name ("Jan de Vries", "Walter von Aachen", "Ludwig van Beethoven").
NAME_PARTICLES = ("de", "da", "del", "della", "der", "van", "von", "v.", "al", "el", "bin", "ibn", "ben", "la", "le", "du",
                  "dos", "ten", "ter", "zu")
#: Words that join two authors' names ("Jane Doe and John Roe", "Max Muster und Erika Muster").
NAME_JOINERS = ("and", "und", "et", "y", "e", "en", "i", "и", "&")
#: Capitalised words that are never part of a personal name: a line of them is a heading, not an author box.
NOT_NAME_WORDS = (
    "the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "is", "are", "with", "from", "about", "more",
    "new", "news", "home", "menu", "search", "share", "comments", "related", "contact", "login", "log", "previous",
    "next", "post", "posts", "recent", "stand", "follow", "latest", "sponsored", "reading", "printable", "release",
    "photo", "photos", "illustration", "video", "foto", "fotos", "bild", "bilder", "grafik", "category", "categories",
    "kategorie", "kategorien",
    "der", "die", "das", "und", "mit", "vom", "am", "um", "für", "im", "zum", "zur", "mehr", "neue", "alle", "artikel",
    "le", "la", "les", "des", "du", "et", "plus", "el", "los", "las", "más", "il", "gli", "della", "di",
    "het", "een", "meer", "nieuws", "i", "w", "na", "z", "и", "в", "на",
)

# --- tags and categories ------------------------------------------------------------------
#: Labels that lead a line of an article's tags or categories, before a colon ("Tags: cine, festival").
TAG_LABELS = {
    "en": ("tags", "tagged", "tagged with", "topics", "categories", "category", "filed under", "posted in", "keywords"),
    "de": ("tags", "schlagwörter", "schlagworte", "stichwörter", "stichworte", "themen", "kategorie", "kategorien",
           "abgelegt unter", "veröffentlicht in"),
    "fr": ("tags", "mots-clés", "mots clés", "étiquettes", "catégories", "catégorie", "thèmes", "classé dans"),
    "es": ("etiquetas", "temas", "categorías", "categoría", "archivado en", "palabras clave"),
    "it": ("tag", "argomenti", "categorie", "categoria", "parole chiave"),
    "pt": ("tags", "etiquetas", "tópicos", "categorias", "categoria", "palavras-chave"),
    "nl": ("tags", "trefwoorden", "onderwerpen", "categorieën", "categorie"),
    "pl": ("tagi", "kategorie", "kategoria", "słowa kluczowe"),
    "ru": ("теги", "метки", "рубрики", "рубрика", "ключевые слова"),
}

# --- dates -------------------------------------------------------------------------------
#: The word between a date and its time in a comment's header ("12 marzo 2024 alle 11:02", "12 марта 2024 в 11:02").
TIME_JOINERS = {
    "en": ("at",), "de": ("um",), "fr": ("à",), "es": ("a las", "a la"), "it": ("alle", "all'", "ore"),
    "pt": ("às", "as"), "nl": ("om",), "pl": ("o", "godz."), "ru": ("в",),
}
#: What may stand before a dateline's date ("Published: 12 March 2021", "Veröffentlicht am 12.03.2021"), by language.
DATE_PREFIXES = {
    "en": ("published on", "published", "updated on", "updated", "last updated on", "last updated",
           "posted on", "posted", "date:", "first published", "modified", "created"),
    "de": ("veröffentlicht am", "veröffentlicht", "aktualisiert am", "aktualisiert", "zuletzt aktualisiert",
           "erstellt am", "stand:", "datum:"),
    "fr": ("publié le", "publié", "mis à jour le", "mis à jour", "modifié le", "date :", "date:"),
    "es": ("publicado el", "publicado", "actualizado el", "actualizado", "fecha:"),
    "it": ("pubblicato il", "pubblicato", "aggiornato il", "aggiornato", "data:"),
    "pt": ("publicado em", "publicado", "atualizado em", "atualizado", "data:"),
    "nl": ("gepubliceerd op", "gepubliceerd", "bijgewerkt op", "bijgewerkt", "datum:"),
    "pl": ("opublikowano", "aktualizacja:", "data:", "data publikacji:"),
    "ru": ("опубликовано", "обновлено", "дата:"),
}

# --- publishers named by boilerplate ----------------------------------------------------------
#: Regular expressions whose group ``name`` is the publisher, tried on removed lines only.
PUBLISHER_STATEMENTS = (
    r"^read all (?:articles|stories|news) (?:by|from) (?P<name>.+?) on google news",
    r"^get (?P<name>.+?)['’]s (?:daily|weekly|morning|evening|free) (?:edition|newsletter|briefing|digest)",
    r"\bposted by an? (?P<name>[A-Z][\w&.' -]{1,60}?) (?:correspondent|staff|reporter|desk)\b",
    # the name starts with a letter of any script ("Речные вести", "川辺新聞社"); a space after a Han or kana name ends it
    r"^(?:©|\(c\)|copyright|版权所有|版權所有)\s*(?:©\s*|copyright\s+)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?P<name>[^\W\d_](?:[^.,|©]|\.(?=\w)){1,60}?)\s*(?:[,|]|\.(?!\w)|\s[-–—]\s|all rights reserved|(?<=[\u3040-\u30ff\u3400-\u9fff])\s|$)",
    r"^(?P<name>(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|news|info|io|co|ru|ua|il|uk|de|fr|eu|me|tv))$",
)
#: Words that make a would-be publisher a legal or navigation fragment, not a name ("All Rights Reserved",
#: "Privacy Policy", "About"), by language; navigation labels (``NAVIGATION_WHOLE``) are refused too.
NOT_PUBLISHER_WORDS = {
    "en": ("all", "rights", "reserved", "copyright", "policy", "privacy", "terms", "about", "contact", "by",
           "cookies", "imprint", "disclaimer", "notice", "licensed", "license",
           # a picture's credit, not the site's: photo agencies and stock libraries
           "photo", "photos", "images", "stock", "getty", "shutterstock", "istock", "istockphoto", "unsplash", "imago",
           "photocase", "pixabay", "adobestock"),
    "de": ("alle", "rechte", "vorbehalten", "impressum", "datenschutz", "datenschutzerklärung", "kontakt", "von",
           "lizenziert", "lizensiert", "foto", "fotos", "bild", "bilder"),
    "fr": ("tous", "droits", "réservés", "mentions", "légales", "confidentialité", "par"),
    "es": ("todos", "derechos", "reservados", "aviso", "legal", "privacidad", "por"),
    "it": ("tutti", "diritti", "riservati", "riproduzione", "riservata", "privacy", "di"),
    "pt": ("todos", "direitos", "reservados", "privacidade", "por"),
    "nl": ("alle", "rechten", "voorbehouden", "door"),
    "pl": ("wszelkie", "prawa", "zastrzeżone"),
    "ru": ("все", "права", "защищены"),
}


# --- the end of an article: copyright notices and headings of lists of other articles -----------
#: What opens a copyright notice (a line the site_disclaimer rule removes): below the article's middle it ends the article.
COPYRIGHT_LEADS = {
    "en": ("\u00a9", "copyright", "(c) "), "de": ("urheberrecht",), "fr": ("droits d'auteur",), "es": ("derechos de autor",),
    "it": ("diritti d'autore",), "pt": ("direitos autorais",), "nl": ("auteursrecht",), "pl": ("prawa autorskie",),
    "ru": ("авторские права",),
}
#: A short notice with one of these is a copyright notice too ("AP. All rights reserved."; in a long line, a caption's
#: image rights).
COPYRIGHT_MARKERS = {
    "en": ("all rights reserved", "may not be published, broadcast, rewritten"),
    "de": ("alle rechte vorbehalten", "urheberrechtlich geschützt"),
    "fr": ("tous droits réservés", "droits de reproduction réservés"),
    "es": ("todos los derechos reservados", "prohibida su reproducción"),
    "it": ("tutti i diritti riservati", "riproduzione riservata"),
    "pt": ("todos os direitos reservados", "proibida a reprodução"),
    "nl": ("alle rechten voorbehouden",),
    "pl": ("wszelkie prawa zastrzeżone",),
    "ru": ("все права защищены", "перепечатка материалов"),
}
#: The first word of a heading over a list of other articles ("More Manitoba headlines", "Other recent articles",
#: "Weitere Nachrichten aus Berlin"), when its last word is one of ``LISTED_ARTICLE_NOUNS``.
LISTED_ARTICLE_LEADS = {
    "en": ("more", "other", "latest", "recent", "related"),
    "de": ("mehr", "weitere", "andere", "neueste", "aktuelle", "ähnliche"),
    "fr": ("plus", "autres", "dernières", "derniers", "toutes", "tous"),
    "es": ("más", "otras", "otros", "últimas", "últimos"),
    "it": ("altre", "altri", "ultime", "ultimi"),
    "pt": ("mais", "outras", "outros", "últimas", "últimos"),
    "nl": ("meer", "ander", "andere", "laatste"),
    "pl": ("więcej", "inne", "najnowsze", "ostatnie"),
    "ru": ("другие", "ещё", "еще", "последние", "популярные"),
}
#: What such a list holds (the heading's last word, or its only word after a section's name: "Hockey headlines").
LISTED_ARTICLE_NOUNS = {
    "en": ("headlines", "news", "stories", "articles", "posts", "videos", "galleries"),
    "de": ("schlagzeilen", "nachrichten", "meldungen", "artikel", "beiträge", "videos", "news"),
    "fr": ("titres", "actualités", "articles", "infos", "vidéos", "nouvelles"),
    "es": ("titulares", "noticias", "artículos", "vídeos", "videos", "entradas"),
    "it": ("notizie", "articoli", "video", "titoli"),
    "pt": ("manchetes", "notícias", "artigos", "vídeos"),
    "nl": ("nieuws", "artikelen", "berichten", "koppen", "video's"),
    "pl": ("wiadomości", "artykuły", "newsy", "wpisy", "nagłówki"),
    "ru": ("новости", "статьи", "материалы", "заголовки", "видео"),
}
#: Of those nouns, the ones that head a list after any section's name ("Hockey headlines", "Sport-Schlagzeilen").
HEADLINE_NOUNS = {
    "en": ("headlines",), "de": ("schlagzeilen",), "fr": ("titres",), "es": ("titulares",), "it": ("titoli",),
    "pt": ("manchetes",), "nl": ("koppen",), "pl": ("nagłówki",), "ru": ("заголовки",),
}
