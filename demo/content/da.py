"""The demo in Danish: three fictional kommuner round a fjord (Fjordegnen), their villages,
projects, meetings and key figures, written as a Danish kommune writes about its
landdistriktsindsats. The same shape as the Nynorsk original (nn.py), described in
demo/content/__init__.py.

Every place, person, phone number and email here is invented: emails at example.org.
Denmark has no official range of phone numbers for fiction, so the numbers are eight
digits starting 55 55, written as Danes write them ("55 55 01 10"); they are meant to reach
no one. Pupils are named by first name and class only, as a real kommune would.
"""

from datetime import date, time
from decimal import Decimal

from . import document, meeting, member, milestone, update

ILLUSTRATION = "Framdrift-demo (illustration)"

LOGIN = {
    "username": "procesleder",
    "first_name": "Demo",
    "last_name": "Procesleder",
    "email": "procesleder@example.org",
}

SITE = {
    "site_name": "Framdrift i Fjordegnen",
    "tagline": "Udviklingsarbejdet i Skarvhavn, Lyngvad og Mågeø samlet ét sted",
    "overview_intro": (
        "<p>Her kan du følge udviklingsprojekterne i Skarvhavn, Lyngvad og Mågeø, fra de første idéer til det, der står færdigt. "
        "Ved hvert projekt kan du se, hvor langt det er nået, hvad der senest er sket, og hvem du kan kontakte.</p>"
        "<p>Oversigten skal gøre det let at få øje på alt det, der faktisk sker i landsbyerne, og at finde noget, du selv har "
        "lyst til at være med i. Udvikling skal ikke hvile på nogle få ildsjæle, men være noget, mange tager del i.</p>"
        "<p>Kender du til et initiativ, der mangler her, eller har noget ændret sig? Så kontakt proceslederen, og vi "
        "opdaterer siden.</p>"
    ),
    "footer_contact": (
        "<p>Fjordegnens Udviklingssekretariat<br>Havnegade 4, 7999 Skarvhavn</p>"
        '<p>Telefon: <a href="tel:+4555550100">55 55 01 00</a><br>'
        'E-mail: <a href="mailto:udvikling@example.org">udvikling@example.org</a></p>'
        "<p>Telefontid hverdage kl. 9–12<br>Sekretariatet har åbent mandag–torsdag kl. 9–15 og fredag kl. 9–13</p>"
    ),
    "accessibility_conformance": "partial",
    "accessibility_known_issues": (
        "<p>Nogle af de ældre plandokumenter (pdf-filer fra før 2024) er scannede papirudgaver uden tekst, som en "
        "skærmlæser kan læse op. Vi laver nye udgaver løbende. Har du brug for et af dem nu, sender vi indholdet som "
        "almindelig tekst inden for en uge.</p>"
    ),
    "accessibility_checked_on": date(2026, 11, 2),
    "accessibility_contact_email": "tilgaengelighed@example.org",
}

# (slug, name, overall goal, starts on, ends on): the landdistriktsstrategi for everyday life
# on the egn, and beside it the bosætningsplan for those who move here.
STRATEGIES = [
    (
        "landdistriktsstrategien",
        "Fælles landdistriktsstrategi 2024–2030",
        "<p>Fjordegnen skal være et sted, hvor flere vælger at bo og blive boende: med job til begge voksne i familien, gode "
        "rammer for børn og unge, levende landsbyer og et samarbejde mellem kommunerne, erhvervslivet og de frivillige, der "
        "gør, at vi når længere sammen end hver for sig.</p>",
        date(2024, 1, 15),
        date(2030, 12, 31),
    ),
    (
        "bosaetningsplanen",
        "Bosætningsplan 2025–2028",
        "<p>Frem mod 2028 skal mindst 90 nye indbyggere om året flytte til Fjordegnen, og fire ud af fem af dem, der flytter "
        "hertil, skal stadig bo her tre år efter. Det når vi, når hele egnen tager godt imod dem, der kommer, og når flere får "
        "øje på, hvad egnen har at byde på.</p>",
        date(2025, 1, 1),
        date(2028, 12, 31),
    ),
]

# (slug, name, kind, parent slug, description)
AREAS = [
    (
        "fjordegnen",
        "Fjordegnen",
        "region",
        None,
        "<p>Tre kommuner omkring den samme fjord, som siden 2002 har arbejdet sammen om bosætning, erhverv og "
        "landdistriktsudvikling. Ved kommunalreformen i 2007 fortsatte de som selvstændige kommuner med en fast "
        "samarbejdsaftale. I alt bor der omkring 9.400 mennesker på egnen.</p>",
    ),
    (
        "skarvhavn",
        "Skarvhavn Kommune",
        "municipality",
        "fjordegnen",
        "<p>Den største af de tre kommuner med omkring 5.100 indbyggere. Hovedbyen ligger ved havnen, hvor færgen til "
        "Mågeø lægger til, og her finder du gymnasiet, sundhedshuset og de fleste af egnens arbejdspladser.</p>",
    ),
    (
        "lyngvad",
        "Lyngvad Kommune",
        "municipality",
        "fjordegnen",
        "<p>Indlandskommune med omkring 2.300 indbyggere, hede, plantager og et aktivt landbrug. Mange pendler til "
        "arbejde uden for kommunen, og flere og flere arbejder hjemmefra et par dage om ugen.</p>",
    ),
    (
        "maageoe",
        "Mågeø Kommune",
        "municipality",
        "fjordegnen",
        "<p>Økommune med omkring 2.000 indbyggere og færgeforbindelse til Skarvhavn. Fiskeri og muslingeopdræt er de "
        "største erhverv, og sommerfestivalen trækker folk til fra hele fjorden.</p>",
    ),
    (
        "soenderlund",
        "Sønderlund",
        "village",
        "skarvhavn",
        "<p>Landsby på sydsiden af fjorden med skole, dagligvarebutik og et nyt boligområde. Omkring 480 indbyggere og "
        "en borgerforening, der får meget fra hånden.</p>",
    ),
    (
        "boegehavn",
        "Bøgehavn",
        "village",
        "skarvhavn",
        "<p>Gammel handelsplads med havn, bådehuse og et tomt pakhus. Mange sommerhuse, men stadig færre "
        "helårsbeboere.</p>",
    ),
    (
        "tjoernstrup",
        "Tjørnstrup",
        "village",
        "lyngvad",
        "<p>Lokalcenteret i Lyngvad med forsamlingshus, idrætsplads, børnehave og kommunens eneste tankstation.</p>",
    ),
    (
        "oester-lyng",
        "Øster Lyng",
        "village",
        "lyngvad",
        "<p>Landsby ude på heden med ti landbrug i drift og mange sommerhuse. Engvejen til Tjørnstrup står under vand i "
        "perioder om vinteren, når åen går over sine bredder.</p>",
    ),
    (
        "yderholm",
        "Yderholm",
        "village",
        "maageoe",
        "<p>Fiskerleje yderst i fjorden med bådelaug, kystmuseum og en havn, der er i brug hele året.</p>",
    ),
]

# (slug, name, description, strategy slug): the five indsatsområder of the landdistriktsstrategi,
# then the two of the bosætningsplan.
THEMES = [
    (
        "gode-steder-at-bo",
        "Gode steder at bo",
        "<p>Det skal være let at finde en bolig, uanset om du vil leje, købe eller bygge. Vi arbejder for flere "
        "lejeboliger, ledige byggegrunde i alle landsbyer og boligområder, hvor folk mødes.</p>"
        "<p><strong>Indikatorer:</strong> antal ledige lejeboliger, antal nye boliger om året og andelen af borgere, "
        "der siger, at de trives i deres landsby.</p>",
        "landdistriktsstrategien",
    ),
    (
        "job-til-begge",
        "Job til begge",
        "<p>Når en familie overvejer at flytte hertil, skal begge voksne kunne finde noget at lave. Vi formidler job på "
        "tværs af kommunegrænserne, gør det lettere at arbejde på distancen og skaffer flere lærepladser.</p>"
        "<p><strong>Indikatorer:</strong> antal arbejdspladser, antal lærlinge og elever, og hvor mange der arbejder "
        "fra et kontorfællesskab på egnen.</p>",
        "landdistriktsstrategien",
    ),
    (
        "erhverv-og-ivaerksaetteri",
        "Erhverv og iværksætteri",
        "<p>Et erhvervsliv i vækst giver arbejde og liv i landsbyerne. Vi hjælper dem, der vil starte noget, og "
        "arbejder for, at alle har de samme vilkår, uanset hvor på egnen de holder til.</p>"
        "<p><strong>Indikatorer:</strong> antal nye virksomheder om året, og hvor mange af dem der stadig er i gang "
        "efter tre år.</p>",
        "landdistriktsstrategien",
    ),
    (
        "opvaekst-fritid-og-faellesskab",
        "Opvækst, fritid og fællesskab",
        "<p>Børn og unge skal have gode skoler, steder at mødes og en fritid, de selv er med til at forme. Foreningerne "
        "og de frivillige er limen i landsbyerne, og alle, også dem, der lige er flyttet hertil, skal kunne være med.</p>"
        "<p><strong>Indikatorer:</strong> andelen af unge, der går til en fritidsaktivitet, og hvor mange nye "
        "indbyggere der er med i en forening.</p>",
        "landdistriktsstrategien",
    ),
    (
        "veje-bredbaand-og-kollektiv-trafik",
        "Veje, bredbånd og kollektiv trafik",
        "<p>Sikre veje, fiber til alle husstande og en kollektiv trafik, der passer til hverdagen, er forudsætningen "
        "for alt det andet. Meget af det afgøres af staten og trafikselskabet, så her handler det om at stå sammen og "
        "tale landdistrikternes sag.</p>"
        "<p><strong>Indikatorer:</strong> andelen af husstande med fiber og antal afgange mellem landsbyerne om "
        "aftenen.</p>",
        "landdistriktsstrategien",
    ),
    (
        "tag-godt-imod",
        "Tag godt imod",
        "<p>De, der flytter hertil, skal føle sig velkomne fra første dag: med en fast kontaktperson, en velkomstfamilie og "
        "hjælp til at finde job til partneren. Vi følger op på hver familie det første år.</p>"
        "<p><strong>Indikatorer:</strong> andelen af tilflyttere, der stadig bor her efter tre år, og antal aktive "
        "velkomstfamilier.</p>",
        "bosaetningsplanen",
    ),
    (
        "en-synlig-egn",
        "En synlig egn",
        "<p>Mange ved ikke, at der er ledige job, byggegrunde og gode skoler i vores landsbyer. Vi fortæller om hverdagen "
        "her på de sociale medier, på messer og gennem dem, der allerede er flyttet hertil.</p>"
        "<p><strong>Indikatorer:</strong> antal familier, der melder sig interesseret, og hvor mange der kommer til "
        "prøvebo-weekender.</p>",
        "bosaetningsplanen",
    ),
]

# key: (name, job title, organisation, direct phone, mobile, email). The kommunernes staff
# have a direct line and a mobile; the lokalråd's chair, a volunteer, only a mobile.
PEOPLE = {
    "ingrid": (
        "Lene Skovbjerg",
        "Procesleder",
        "Fjordegnens Udviklingssekretariat",
        "55 55 01 10",
        "55 55 91 23",
        "lene.skovbjerg@example.org",
    ),
    "halvor": (
        "Jesper Holmgaard",
        "Bosætningskoordinator",
        "Fjordegnens Udviklingssekretariat",
        "55 55 01 15",
        "55 55 91 87",
        "jesper.holmgaard@example.org",
    ),
    "torbjorn": (
        "Søren Kirketerp",
        "Erhvervschef",
        "Skarvhavn Kommune",
        "55 55 01 20",
        "55 55 92 34",
        "soeren.kirketerp@example.org",
    ),
    "marte": (
        "Camilla Thybo",
        "Kultur- og fritidskonsulent",
        "Lyngvad Kommune",
        "55 55 01 30",
        "55 55 92 81",
        "camilla.thybo@example.org",
    ),
    "eirik": (
        "Anders Brix",
        "Projektleder",
        "Mågeø Kommune",
        "55 55 01 40",
        "55 55 93 45",
        "anders.brix@example.org",
    ),
    "sunniva": (
        "Sofie Lauridsen",
        "Landdistriktskoordinator",
        "Skarvhavn Kommune",
        "55 55 01 45",
        "55 55 94 56",
        "sofie.lauridsen@example.org",
    ),
    "aud": (
        "Birthe Toft",
        "Formand",
        "Tjørnstrup Lokalråd",
        "",
        "55 55 95 67",
        "birthe.toft@example.org",
    ),
}

# Contacts for the development work as a whole: (person key, role, own words for the role).
SITE_CONTACTS = [
    ("ingrid", "process_leader", ""),
    ("halvor", "other", "Kontaktperson for nye indbyggere"),
]

# (name, role, represents): 17 members across sectors, as the strategy asks.
ADVISORY_BOARD_MEMBERS = [
    ("Kirsten Hvass", "chair", "Skarvhavn Kommune, borgmester"),
    ("Bent Lykke", "member", "Lyngvad Kommune, viceborgmester"),
    ("Ole Bæk Christensen", "member", "Mågeø Kommune, kommunalbestyrelsen"),
    ("Susanne Krogh", "member", "Erhvervslivet: handel og service"),
    ("Thomas Vinther", "member", "Erhvervslivet: turisme"),
    ("Hanne Kjeldsen", "member", "Landbruget, Lyngvad Landboforening"),
    ("Kim Bæk", "member", "Fiskeri og muslingeopdræt"),
    ("Grethe Lund", "member", "Pensionistforeningerne"),
    ("Michael Friis", "member", "Idrætsforeningerne"),
    ("Emma Dahl", "member", "Fjordegnens Ungeråd"),
    ("Jørgen Mose", "member", "Sønderlund Borgerforening"),
    ("Anne Marie Skov", "member", "Tjørnstrup Lokalråd"),
    ("Preben Holm", "member", "Yderholm Bådelaug"),
    ("Tove Kjær", "member", "Frivilligcenter Fjordegnen"),
    ("Yasmin Ali", "member", "Nye indbyggere og Integrationsrådet"),
    ("Karen Bach", "member", "Skolerne, skoleleder på Lyngvad Skole"),
    ("Rikke Damgaard", "secretary", "Udviklingssekretariatet"),
]

JUNIOR_BOARD_MEMBERS = [
    ("Freja, 9. klasse", "chair", "Skarvhavn Skole"),
    ("Oliver, 8. klasse", "member", "Skarvhavn Skole"),
    ("Ida, 9. klasse", "member", "Lyngvad Skole"),
    ("Noah, 7. klasse", "member", "Lyngvad Skole"),
    ("Clara, 8. klasse", "member", "Mågeø Skole"),
    ("Lucas, 9. klasse", "member", "Mågeø Skole"),
    ("Alma, 7. klasse", "member", "Skarvhavn Skole"),
    ("William, 8. klasse", "secretary", "Lyngvad Skole"),
]

# The term of the kommunalbestyrelser in the demo: the politicians sit in the group for as long.
COUNCIL_TERM = (date(2023, 10, 1), date(2027, 9, 30))

CAMPAIGN_GROUP_MEMBERS = [
    member("Kirsten Hvass", "chair", "Skarvhavn Kommune", term=COUNCIL_TERM, portrait=1),
    member("Bent Lykke", "member", "Lyngvad Kommune", term=COUNCIL_TERM),
    member("Ole Bæk Christensen", "member", "Mågeø Kommune", term=COUNCIL_TERM),
    member("Per Hovgaard", "deputy", "Lyngvad Kommune", term=COUNCIL_TERM),
    member(
        "Susanne Krogh",
        "member",
        "Fjordegnens Erhvervsforening",
        term=(date(2025, 1, 1), date(2028, 12, 31)),
    ),
    member("Tove Kjær", "member", "Frivilligcenter Fjordegnen"),
    member("Mette Nordahl", "observer", "Region Vestdanmark"),
    member("Lene Skovbjerg", "adviser", "Udviklingssekretariatet"),
    member(
        "Yasmin Ali",
        "other",
        "Nye indbyggere",
        role_other="Talsperson for dem, der er flyttet hertil",
        term=(date(2025, 1, 1), None),
    ),
    member("Jesper Holmgaard", "secretary", "Udviklingssekretariatet"),
]

VILLAGE_NETWORK_MEMBERS = [
    ("Jørgen Mose", "member", "Sønderlund"),
    ("Lis Hammer", "member", "Bøgehavn"),
    ("Anne Marie Skov", "chair", "Tjørnstrup"),
    ("Niels Ravn", "member", "Øster Lyng"),
    ("Preben Holm", "member", "Yderholm"),
]

SOENDERLUND_WORKING_GROUP = [
    ("Jørgen Mose", "chair", "Sønderlund Borgerforening"),
    ("Pernille Kvist", "member", "Skolebestyrelsen på Sønderlund Skole"),
    ("Brian Lind", "member", "Lind Byg ApS"),
    ("Louise Hedegaard", "member", "Sønderlund Idrætsforening"),
    ("Kasper Møller", "member", "Nye indbyggere i landsbyen"),
    ("Sofie Lauridsen", "secretary", "Skarvhavn Kommune"),
]

# Picture: (kind, seed, alt text, caption, credit); kinds are those pictures.draw() makes,
# and every alt text says what the picture of that kind shows.
PROJECTS = [
    {
        "slug": "hjem-til-fjorden",
        "title": "»Hjem til fjorden«: bosætning i Fjordegnen",
        "summary": "Siden 2002 har Skarvhavn, Lyngvad og Mågeø markedsført sig sammen og taget imod nye indbyggere med værtskab, jobformidling og prøvebo-weekender.",
        "status": "ongoing",
        "progress": None,
        "starts_on": date(2002, 3, 1),
        "is_featured": True,
        "lead_organisation": "Fjordegnens Udviklingssekretariat",
        "areas": ["fjordegnen"],
        "themes": ["gode-steder-at-bo", "job-til-begge", "tag-godt-imod", "en-synlig-egn"],
        "body": (
            "<p>I slutningen af 1990'erne stod alle tre kommuner i Fjordegnen med den samme udfordring: Befolkningstallet "
            "faldt, de unge flyttede væk for at tage en uddannelse, og færre kom tilbage. Hver for sig var kommunerne for små "
            "til at tilbyde alt det, en børnefamilie leder efter. Sammen kunne vi tilbyde det hele: job til begge voksne, dagtilbud og skole, "
            "et sted at bo og et rigt fritidsliv, alt sammen inden for en halv times kørsel.</p>"
            "<p>Derfor blev »Hjem til fjorden« sat i gang i 2002 som et fælles projekt mellem de tre kommuner med "
            "erhvervslivet og de frivillige foreninger som partnere. Tanken er enkel: Vi sælger egnen, ikke kun vores egen "
            "kommune. Gjorde én kommune det alene, ville den let ende med at konkurrere med sine naboer.</p>"
            "<h2>Fase 1: Værtskab og fundament (2002–2004)</h2>"
            "<p>Den første fase handlede om at få styr på det, der skal være i orden, før man inviterer folk indenfor. Borgerservice "
            "i de tre kommuner blev værter for alle, der overvejer at flytte hertil. De formidler kontakt til arbejdsgivere "
            "og udlejere og svarer på spørgsmål om dagtilbud, skole og fritid.</p>"
            "<ul><li>En fælles hjemmeside med ledige job, boliger og byggegrunde på hele egnen</li>"
            "<li>En fast kontaktperson til hver familie, der melder sig interesseret</li>"
            "<li>En aftale med erhvervsforeningen om at melde ledige stillinger til værtskabet</li></ul>"
            "<h2>Fase 2: Markedsføring og rekruttering (fra 2004)</h2>"
            "<p>Siden 2004 har vi markedsført egnen aktivt og kun med positive budskaber: korte afstande, ingen kø og fjorden "
            "lige uden for stuevinduet. Den bedst kendte kampagne er »Skolestart ved fjorden«, som henvender sig til familier, "
            "hvor det ældste barn skal begynde i skole. Vi inviterer til prøvebo-weekender, hvor familierne bor i en af "
            "landsbyerne, møder arbejdsgivere og får en rundvisning på skolen.</p>"
            "<h2>Resultater indtil nu</h2>"
            "<ul><li><strong>412</strong> familier og enkeltpersoner har meldt sig interesseret siden 2002.</li>"
            "<li><strong>87</strong> husstande er flyttet til egnen som et direkte resultat af kampagnen, med i alt "
            "<strong>131</strong> børn.</li>"
            "<li><strong>64</strong> familier har været med på prøvebo-weekender.</li>"
            "<li><strong>23</strong> nye virksomheder er startet af tilflyttere.</li></ul>"
            "<p>Mange flytter hertil, men nogle flytter også igen. Derfor arbejder vi nu lige så meget på at få tilflytterne "
            "til at blive: med velkomstfamilier, netværk og hjælp til at finde job til partneren.</p>"
            '<p>Læs mere om at flytte hertil på <a href="https://www.example.org/flyt-hertil">tilflyttersiden</a>.</p>'
        ),
        "how_to_get_involved": (
            "<p>Kender du nogen, der går med tanker om at flytte hjem igen? Giv værtskabet et praj, så tager vi kontakt på "
            "en venlig og uforpligtende måde.</p>"
            "<ul><li>Bliv velkomstfamilie for en ny familie i det første år.</li>"
            "<li>Meld ledige lejeboliger eller byggegrunde til værtskabet.</li>"
            "<li>Virksomheder kan melde ledige stillinger, også deltidsjob og lærepladser.</li></ul>"
        ),
        "partners": [
            ("Skarvhavn Kommune", "public"),
            ("Lyngvad Kommune", "public"),
            ("Mågeø Kommune", "public"),
            ("Fjordegnens Sparekasse", "private"),
            ("Fjordegnens Erhvervsforening", "private"),
            ("Frivilligcenter Fjordegnen", "voluntary"),
            ("Lokalrådene i Fjordegnen", "voluntary"),
        ],
        "phases": [
            (
                "Fase 1: Værtskab og fundament",
                date(2002, 3, 1),
                date(2004, 6, 30),
                "<p>Borgerservice i de tre kommuner blev værter for tilflyttere, og en fælles hjemmeside med job, boliger og byggegrunde på hele egnen gik i luften.</p>",
            ),
            (
                "Fase 2: Markedsføring og rekruttering",
                date(2004, 8, 1),
                None,
                "<p>Aktiv markedsføring af egnen, kampagnen »Skolestart ved fjorden«, prøvebo-weekender og velkomstfamilier.</p>",
            ),
        ],
        "contacts": [
            ("halvor", "project_leader"),
            ("ingrid", "process_leader"),
            ("torbjorn", "contact"),
        ],
        "pictures": [
            (
                "fjord",
                11,
                "Fjordlandskab med høje, snedækkede bjerge, huse langs bredden og en hvid båd på fjorden",
                "Skarvhavn set fra vandet",
                "Lotte Brandt",
            ),
            (
                "school",
                12,
                "Skolebygning i to etager med et flag på flagstangen og børn i skolegården",
                "Skolestart ved fjorden: rundvisning på Skarvhavn Skole",
                "Morten Juhl",
            ),
            (
                "meeting",
                13,
                "Mennesker omkring et bord i et mødelokale med en tavle fuld af sedler og et vindue ud mod fjorden",
                "Informationsmøde for nye indbyggere",
                ILLUSTRATION,
            ),
            (
                "village",
                14,
                "Landsby med huse på en grøn skråning, en vej gennem byen og mennesker, der går langs vejen",
                "Prøvebo-weekend i Tjørnstrup",
                "Lotte Brandt",
            ),
        ],
        "documents": [
            document(
                "Årsrapport 2024 for »Hjem til fjorden«",
                "report",
                date(2025, 1, 20),
                "Hvor mange der meldte sig interesseret og flyttede hertil i 2024, og hvordan værtskabet arbejdede.",
                pdf=(
                    "Årsrapport 2024: Hjem til fjorden",
                    [
                        "I 2024 meldte 31 familier og enkeltpersoner sig interesseret i at flytte til Fjordegnen. Ni husstande flyttede hertil i løbet af året, med i alt 14 børn.",
                        "Værtskabet var i kontakt med alle, der meldte sig, inden for en uge. Der blev holdt tre prøvebo-weekender: i Tjørnstrup, Sønderlund og Yderholm.",
                        "Ved årets udgang var 18 velkomstfamilier aktive.",
                    ],
                ),
            )
        ],
        # (source, kind, amount, currency, from year, to year)
        "funding": [
            (
                "Skarvhavn, Lyngvad og Mågeø kommuner",
                "municipality",
                Decimal(750000),
                "DKK",
                2025,
                2028,
            ),
            ("Fjordegnens Erhvervsforening", "private", Decimal(120000), "DKK", 2025, 2028),
        ],
        # (kind, title, address, still picture for a video: (kind, seed, alt text))
        "links": [
            (
                "website",
                "Flyt til Fjordegnen: job, boliger og byggegrunde",
                "https://www.example.org/flyt-hertil",
                None,
            ),
            (
                "facebook",
                "»Hjem til fjorden« på Facebook",
                "https://facebook.example.org/hjemtilfjorden",
                None,
            ),
            (
                "video",
                "Film: Hverdagen ved fjorden (4 minutter)",
                "https://video.example.org/hverdagen-ved-fjorden",
                (
                    "fjord",
                    15,
                    "Billede fra filmen: fjorden mellem høje bjerge, huse langs bredden og en hvid båd",
                ),
            ),
        ],
        "updates": [
            update(
                date(2021, 3, 18),
                "Prøvebo-weekenden blev digital i år",
                "<p>På grund af coronarestriktionerne kunne vi ikke tage imod familier i landsbyerne i foråret. I stedet "
                "inviterede vi til en digital prøvebo-weekend med videomøder med skolerne, arbejdsgivere og de tre "
                "borgmestre.</p>"
                "<p>19 familier var med, flere end ved nogen af de fysiske weekender. Den erfaring tager vi med videre.</p>",
            ),
            update(
                date(2022, 9, 15),
                "Værtskabet har fået sin egen koordinator",
                "<p>Jesper Holmgaard er ansat som bosætningskoordinator på halv tid. Han følger op på alle, der melder sig "
                "interesseret, og er fast kontaktperson for familierne, indtil de er faldet godt til.</p>"
                "<p>Tidligere gik opgaven på skift mellem borgerservicecentrene, og så kunne nogen let falde mellem to "
                "stole.</p>",
                picture=(
                    "meeting",
                    101,
                    "Mødelokale med mennesker omkring et bord, en tavle med sedler og udsigt over fjorden",
                    "Opstartsmøde med borgerservice i de tre kommuner",
                    ILLUSTRATION,
                ),
            ),
            update(
                date(2023, 5, 2),
                "Rekord for prøvebo-weekenderne",
                "<p>Tolv familier var med på forårets to prøvebo-weekender, det højeste antal siden starten. Fem af dem har "
                "allerede søgt job på egnen, og to har fået tilbudt en bolig.</p>",
                picture=(
                    "village",
                    102,
                    "Grøn landsby med huse på skråningen og mennesker, der går langs vejen",
                    "Prøvebo-familierne på tur gennem Tjørnstrup",
                    "Morten Juhl",
                ),
            ),
            update(
                date(2024, 1, 22),
                "Status på 2023: 38 meldte sig interesseret",
                "<p>I 2023 meldte 38 familier og enkeltpersoner sig interesseret i at flytte hertil. Elleve husstande er "
                "flyttet til egnen, og tilflyttere har startet fire nye virksomheder.</p>",
            ),
            update(
                date(2025, 1, 20),
                "Status på 2024: ni nye husstande",
                "<p>31 familier og enkeltpersoner meldte sig interesseret i 2024, og ni husstande med i alt 14 børn "
                "flyttede hertil. Hele årsrapporten finder du under dokumenter.</p>",
            ),
            update(
                date(2025, 10, 8),
                "Nu er der velkomstfamilier i alle landsbyerne",
                "<p>Velkomstfamilier har været et tilbud i Skarvhavn by siden 2019. Nu er der velkomstfamilier i alle fem "
                "landsbyer, takket være borgerforeningerne og lokalrådene.</p>",
            ),
            update(
                -12,
                "Ny film om hverdagen ved fjorden",
                "<p>Filmen følger fire familier, der er flyttet hertil de seneste år, fra morgenmaden til fodboldtræningen. "
                "Den bliver vist på de sociale medier i efteråret og ligger på tilflyttersiden.</p>",
            ),
            update(
                10,
                "Tilmeldingen til prøvebo-weekenden i Yderholm er åben",
                "<p>Prøvebo-weekenden i februar foregår i Yderholm. Familierne bor i de gamle fiskerhuse ved havnen, møder "
                "arbejdsgivere inden for fiskeri og muslingeopdræt og får en rundvisning på Mågeø Skole. Sidste frist for "
                "tilmelding er den 15. januar.</p>",
            ),
        ],
    },
    {
        "slug": "landdistriktsstrategi",
        "title": "Fælles landdistriktsstrategi 2024–2030",
        "summary": "En fælles strategi med ét overordnet mål og fem indsatsområder, lavet sammen med borgere, erhvervsliv, foreninger og unge fra hele egnen.",
        "status": "ongoing",
        "progress": 45,
        "starts_on": date(2024, 1, 15),
        "ends_on": date(2030, 12, 31),
        "is_featured": True,
        "lead_organisation": "Fjordegnens Udviklingssekretariat",
        "areas": ["fjordegnen"],
        "themes": [
            "gode-steder-at-bo",
            "job-til-begge",
            "erhverv-og-ivaerksaetteri",
            "opvaekst-fritid-og-faellesskab",
            "veje-bredbaand-og-kollektiv-trafik",
        ],
        "body": (
            "<p>Hvad får folk til at vælge et sted at bo, og til at blive boende? Job og bolig betyder meget, men erfaringen "
            "fra bosætningsarbejdet er, at fællesskabet betyder mindst lige så meget: at man lærer folk at kende, bliver "
            "inviteret med og føler, at man hører til. Det kalder vi social kapital, og det er udgangspunktet for "
            "landdistriktsstrategien.</p>"
            "<p>Arbejdet foregår i to spor. Det ene er selve planen: ét overordnet mål, fem indsatsområder og konkrete "
            "indsatser med målbare indikatorer. Det andet er måden, planen bliver til på. Når kommunerne, erhvervslivet, "
            "foreningerne og borgerne mødes, lærer hinanden at kende og forstår hinandens roller, vokser tilliden. Så bliver "
            "det lettere at få tingene til at ske, også når strategien er vedtaget.</p>"
            "<h2>Overordnet mål</h2>"
            "<p><strong>Fjordegnen skal være et sted, hvor flere vælger at bo og blive boende, fordi vi når længere sammen "
            "end hver for sig.</strong></p>"
            "<h2>Fem indsatsområder</h2>"
            "<ol><li>Gode steder at bo</li><li>Job til begge</li><li>Erhverv og iværksætteri</li>"
            "<li>Opvækst, fritid og fællesskab</li><li>Veje, bredbånd og kollektiv trafik</li></ol>"
            "<p>Hvert indsatsområde har to eller tre indikatorer, som bliver målt hvert år, og en handlingsplan, som bliver "
            "revideret hvert efterår. Samtidig gør vi status på hele landdistriktsindsatsen og peger på retningen for det "
            "kommende år: Hvilke langsigtede satsninger skal vi holde fast i, og hvad kan gøre en forskel her og nu?</p>"
            "<h2>Sådan bliver strategien til</h2>"
            "<p>Det rådgivende forum har 17 medlemmer fra kommunerne, erhvervslivet, landbruget og fiskeriet, foreninger, "
            "landsbyerne, de unge og de ældre. De følger arbejdet tæt og sørger for, at strategien er bredt forankret. "
            "Ungepanelet, med elever fra udskolingen i alle tre kommuner, rådgiver i alle sager, der handler om unge.</p>"
            "<p>Landsbynetværket har en repræsentant fra hver landsby og holder kontakten til lokalrådene og "
            "borgerforeningerne. To gange om året inviterer vi alle til stormøde. Det første, i april 2024, samlede 140 "
            "deltagere fra alle dele af egnen og i alle aldre.</p>"
        ),
        "how_to_get_involved": (
            "<p>Alle kan være med:</p>"
            "<ul><li>Kom til stormødet hvert forår og efterår. Det er gratis, og vi serverer aftensmad.</li>"
            "<li>Kontakt repræsentanten for din landsby i landsbynetværket.</li>"
            "<li>Går du i udskolingen? Så tal med din klasselærer om Ungepanelet.</li></ul>"
            '<p>Du kan også skrive direkte til proceslederen, Lene Skovbjerg, på <a href="mailto:lene.skovbjerg@example.org">'
            "lene.skovbjerg@example.org</a>.</p>"
        ),
        "partners": [
            ("Skarvhavn Kommune", "public"),
            ("Lyngvad Kommune", "public"),
            ("Mågeø Kommune", "public"),
            ("LAG Fjordegnen", "public"),
            ("Fjordegnens Erhvervsforening", "private"),
            ("Frivilligcenter Fjordegnen", "voluntary"),
        ],
        "phases": [
            (
                "Kortlægning og input",
                date(2024, 1, 15),
                date(2024, 10, 31),
                "<p>Interview med politikere og ledere, det første stormøde og input fra alle landsbyerne.</p>",
            ),
            (
                "Mål, indikatorer og indsatser",
                date(2024, 11, 1),
                date(2025, 12, 31),
                "<p>Det rådgivende forum udformer indikatorer og indsatser for hvert indsatsområde.</p>",
            ),
            (
                "Gennemførelse og årlig status",
                date(2026, 1, 1),
                date(2030, 12, 31),
                "<p>Indsatserne bliver gennemført, og hvert efterår måler vi indikatorerne og gør status på landdistriktsindsatsen.</p>",
            ),
        ],
        "contacts": [("ingrid", "project_leader"), ("marte", "coordinator")],
        "pictures": [
            (
                "meeting",
                21,
                "Stormøde: mennesker omkring et langbord, en tavle med farverige sedler og vinduer ud mod fjorden",
                "Det første stormøde samlede 140 deltagere",
                "Signe Holst",
            ),
            (
                "school",
                22,
                "Skolebygning i to etager med flagstang og elever ude i skolegården",
                "Ungepanelet mødes på skolerne",
                ILLUSTRATION,
            ),
            (
                "village",
                23,
                "Landsby på en grøn skråning med huse, en vej og mennesker, der går",
                "Landsbyerne skal være gode steder at bo",
                "Signe Holst",
            ),
        ],
        "documents": [
            document(
                "Input fra stormødet den 18. april 2024 (resumé)",
                "report",
                date(2024, 4, 19),
                "De 612 forslag og bemærkninger fra stormødet, sorteret efter indsatsområde.",
                pdf=(
                    "Input fra stormødet den 18. april 2024",
                    [
                        "140 deltagere fra alle dele af egnen, fra 12 til 87 år, kom med i alt 612 forslag og bemærkninger.",
                        "De fleste handlede om boliger, mødesteder for unge, kollektiv trafik om aftenen og job til partnere til dem, der flytter hertil.",
                        "Forslagene er sorteret efter de fem indsatsområder og forelagt det rådgivende forum.",
                    ],
                ),
            ),
            document(
                "Overordnet mål og fem indsatsområder (vedtaget oktober 2024)",
                "plan",
                date(2024, 10, 3),
                "Målet og indsatsområderne, som kommunalbestyrelserne vedtog dem.",
                pdf=(
                    "Overordnet mål og fem indsatsområder",
                    [
                        "Overordnet mål: Fjordegnen skal være et sted, hvor flere vælger at bo og blive boende, fordi vi når længere sammen end hver for sig.",
                        "Indsatsområder: Gode steder at bo. Job til begge. Erhverv og iværksætteri. Opvækst, fritid og fællesskab. Veje, bredbånd og kollektiv trafik.",
                        "Vedtaget af kommunalbestyrelserne i Skarvhavn, Lyngvad og Mågeø i oktober 2024.",
                    ],
                ),
            ),
            document(
                "Kommunalbestyrelsens beslutning i Skarvhavn (sag 2024/1187)",
                "decision",
                date(2024, 10, 3),
                "Dagsordenspunktet med sagsfremstilling og beslutning på Skarvhavn Kommunes side med dagsordener og referater.",
                url="https://dagsordener.example.org/skarvhavn/sag/2024-1187",
            ),
        ],
        "milestones": [
            milestone(
                "Vedtaget af kommunalbestyrelserne",
                "decision",
                happened=date(2024, 10, 3),
                description="Skarvhavn, Lyngvad og Mågeø vedtog det overordnede mål og de fem indsatsområder.",
                case_number="2024/1187",
                case_url="https://dagsordener.example.org/skarvhavn/sag/2024-1187",
            ),
            milestone(
                "Handlingsplanen for næste år bliver vedtaget",
                "decision",
                planned=140,
                description="Forårets stormøde prioriterer indsatserne, og kommunalbestyrelserne vedtager dem.",
            ),
        ],
        "funding": [
            (
                "Skarvhavn, Lyngvad og Mågeø kommuner",
                "municipality",
                Decimal(1500000),
                "DKK",
                2024,
                2030,
            ),
            (
                "Region Vestdanmark, regionale udviklingsmidler",
                "region",
                Decimal(900000),
                "DKK",
                2024,
                2026,
            ),
            (
                "Staten, Landdistriktspuljen",
                "state",
                Decimal(600000),
                "DKK",
                2025,
                2026,
            ),
            ("Interreg, projektet »Levende kystsamfund«", "eu", Decimal(85000), "EUR", 2025, 2027),
            ("Fjordegnens Sparekasses Fond", "foundation", Decimal(150000), "DKK", 2025, 2025),
        ],
        "updates": [
            update(
                date(2024, 2, 20),
                "Det rådgivende forum har holdt sit første møde",
                "<p>17 medlemmer fra erhvervsliv, foreninger, landsbyer, unge, ældre og de tre kommuner mødtes i Tjørnstrup "
                "Forsamlingshus. Alle tilsluttede sig formålet: et langsigtet og systematisk arbejde for at gøre egnen til et "
                "bedre sted at bo.</p>"
                "<p>Forummet mødes hver sjette uge, indtil strategien er vedtaget.</p>",
                "ongoing",
                5,
            ),
            update(
                date(2024, 4, 19),
                "140 deltagere på det første stormøde",
                "<p>Fra 12-årige til pensionister: 140 borgere fra hele egnen var med til stormødet i Skarvhavn Kulturhus i "
                "går. Efter et oplæg om tillid og samarbejde arbejdede deltagerne i grupper, og det blev til 612 forslag og "
                "bemærkninger.</p><p>Et resumé ligger under dokumenter.</p>",
                progress=15,
                picture=(
                    "meeting",
                    201,
                    "Mange mennesker omkring et langbord i et mødelokale med tavle og vinduer ud mod fjorden",
                    "Gruppearbejde på stormødet",
                    "Signe Holst",
                ),
            ),
            update(
                date(2024, 10, 3),
                "Overordnet mål og fem indsatsområder er vedtaget",
                "<p>Kommunalbestyrelserne i Skarvhavn, Lyngvad og Mågeø har nu alle vedtaget det overordnede mål og de fem "
                "indsatsområder. Næste skridt er at finde indikatorer og indsatser for hvert område.</p>",
                progress=25,
            ),
            update(
                date(2025, 3, 12),
                "Ungepanelet har afleveret sine anbefalinger",
                "<p>Eleverne har arbejdet med indsatsområderne i et halvt år. Deres tre vigtigste anbefalinger er:</p>"
                "<ul><li>en aftenbus mellem landsbyerne mindst to dage om ugen</li>"
                "<li>et sted, hvor man kan være uden at skulle købe noget</li>"
                "<li>flere sommerjob til unge i lokale virksomheder</li></ul>",
                progress=30,
                picture=(
                    "school",
                    202,
                    "Skolebygning med flagstang og elever i skolegården",
                    "Ungepanelet fremlagde sine anbefalinger på Lyngvad Skole",
                    ILLUSTRATION,
                ),
            ),
            update(
                date(2025, 9, 25),
                "Indikatorerne er klar",
                "<p>Hvert indsatsområde har nu to eller tre indikatorer. De første målinger bliver fremlagt på "
                "efterårets stormøde.</p>",
                progress=40,
            ),
            update(
                date(2026, 4, 23),
                "Handlingsplanen for 2026 er lagt",
                "<p>Forårets stormøde prioriterede tolv indsatser for 2026, blandt andet en aftenbus mellem landsbyerne og "
                "flere lejeboliger i Sønderlund og Tjørnstrup.</p>",
                progress=45,
            ),
            update(
                -3,
                "Status på landdistriktsindsatsen 2026",
                "<p>På efterårets stormøde gjorde proceslederen status på landdistriktsindsatsen og fremlagde de første "
                "målinger af indikatorerne. Fiberdækningen er steget, mens antallet af ledige lejeboliger stadig er for lavt "
                "i alle tre kommuner.</p>",
            ),
            update(
                -1,
                "Opsamling fra efterårets stormøde",
                "<p>Udkast: Formanden for det rådgivende forum skal læse det, før det bliver offentliggjort.</p>",
                draft=True,
            ),
        ],
    },
    {
        "slug": "udviklingsplan-soenderlund",
        "title": "Lokal udviklingsplan (LUP) for Sønderlund",
        "summary": "Borgerne i Sønderlund har lavet en plan for flere lejeboliger, en sikker skolevej og et nyt samlingssted ved skolen.",
        "status": "ongoing",
        "progress": 55,
        "progress_from": "weighted",
        "starts_on": date(2023, 1, 10),
        "ends_on": date(2027, 12, 31),
        "lead_organisation": "Sønderlund Borgerforening",
        "areas": ["soenderlund"],
        "themes": ["gode-steder-at-bo", "opvaekst-fritid-og-faellesskab"],
        "body": (
            "<p>Den lokale udviklingsplan for Sønderlund er lavet af borgerne selv med hjælp fra kommunen. I vinteren "
            "2022–2023 holdt borgerforeningen tre åbne borgermøder, og 212 borgere svarede på et spørgeskema om, hvad der er "
            "godt ved landsbyen, og hvad der mangler.</p>"
            "<p>Svarene var klare: Folk trives, men det er næsten umuligt at leje en bolig, skolevejen langs landevejen er "
            "utryg, og børn og unge mangler et sted at være efter skoletid.</p>"
            "<h2>De vigtigste indsatser</h2>"
            "<ol><li>Seks nye lejeboliger ved skolen, bygget af et lokalt firma</li>"
            "<li>Ny legeplads og aktivitetsområde ved Sønderlund Skole</li>"
            "<li>Fortov langs landevejen fra købmanden til skolen</li>"
            "<li>En årlig landsbydag, hvor nye indbyggere bliver budt velkommen</li></ol>"
            "<h2>Sådan arbejder vi sammen</h2>"
            "<p>Planen bygger på princippet om hjælp til selvhjælp. Borgerforeningen og de frivillige gør det, de selv kan, "
            "og kommunen bidrager med fagfolk, ansøgninger og penge, hvor der er brug for det. Arbejdsgruppen mødes en gang om "
            "måneden og aflægger beretning på borgerforeningens generalforsamling.</p>"
        ),
        "how_to_get_involved": (
            "<p>Arbejdsdag på aktivitetsområdet hver tirsdag i maj fra kl. 18. Tag arbejdshandsker med; borgerforeningen "
            "sørger for kaffe og kage.</p><p>Vil du være med i arbejdsgruppen, så kontakt Sofie Lauridsen i kommunen.</p>"
        ),
        "partners": [
            ("Skarvhavn Kommune", "public"),
            ("Sønderlund Borgerforening", "voluntary"),
            ("Sønderlund Idrætsforening", "voluntary"),
            ("Lind Byg ApS", "private"),
        ],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [
            (
                "village",
                31,
                "Sønderlund: huse spredt på en grøn skråning, en vej gennem landsbyen og mennesker, der går",
                "Sønderlund en sommerdag",
                "Sønderlund Borgerforening",
            ),
            (
                "building_site",
                32,
                "Byggeplads med en gravemaskine og træskelettet til et nyt hus",
                "Jordarbejdet til de nye lejeboliger",
                "Kasper Møller",
            ),
            (
                "school",
                33,
                "Skole med flagstang og børn, der leger i skolegården",
                "Den nye legeplads ved Sønderlund Skole",
                "Sønderlund Borgerforening",
            ),
        ],
        "documents": [
            document(
                "Lokal udviklingsplan for Sønderlund 2023–2027",
                "plan",
                date(2023, 2, 28),
                "Planen, som borgerforeningens generalforsamling vedtog den, med alle fire indsatser.",
                pdf=(
                    "Lokal udviklingsplan for Sønderlund 2023–2027",
                    [
                        "Planen er udarbejdet af Sønderlund Borgerforening efter tre åbne borgermøder og en spørgeskemaundersøgelse med 212 besvarelser.",
                        "Indsatser: seks lejeboliger ved skolen, ny legeplads og aktivitetsområde, fortov langs landevejen og en årlig landsbydag.",
                        "Vedtaget på borgerforeningens generalforsamling den 28. februar 2023 og behandlet af kommunalbestyrelsen i Skarvhavn i november 2023.",
                    ],
                ),
            )
        ],
        "milestones": [
            milestone(
                "Vedtaget på borgerforeningens generalforsamling",
                "decision",
                happened=date(2023, 2, 28),
            ),
            milestone(
                "Behandlet i kommunalbestyrelsen i Skarvhavn",
                "decision",
                happened=date(2023, 11, 13),
                description="Kommunalbestyrelsen bakkede op om planen og afsatte penge til fortovet.",
                case_number="2023/2210",
                case_url="https://dagsordener.example.org/skarvhavn/sag/2023-2210",
            ),
        ],
        "updates": [
            update(
                date(2023, 3, 1),
                "Planen er vedtaget på generalforsamlingen",
                "<p>En enig generalforsamling i borgerforeningen vedtog udviklingsplanen i går aftes. Over 90 var mødt op.</p>",
                "ongoing",
                15,
            ),
            update(
                date(2023, 11, 14),
                "Kommunalbestyrelsen bakker op om planen",
                "<p>Kommunalbestyrelsen i Skarvhavn har behandlet planen og afsat 1,2 mio. kr. til fortov langs landevejen. "
                "Resten kommer fra Region Vestdanmarks pulje til sikre skoleveje.</p>",
                progress=25,
            ),
            update(
                date(2024, 6, 14),
                "Legepladsen ved skolen er indviet",
                "<p>Over hundrede børn og voksne kom til indvielsen. De frivillige har lagt mere end 600 timer i arbejdet.</p>",
                progress=40,
                picture=(
                    "school",
                    301,
                    "Skole med et flag på flagstangen og børn, der leger i skolegården",
                    "Indvielsen af den nye legeplads",
                    "Pernille Kvist",
                ),
            ),
            update(
                date(2025, 5, 6),
                "Fortovet langs landevejen er færdigt",
                "<p>Nu kan eleverne gå sikkert hele vejen fra købmanden til skolen.</p>",
                progress=50,
            ),
            update(
                -40,
                "Byggestart for lejeboligerne",
                "<p>Lind Byg ApS gik i gang med jordarbejdet i denne uge. Boligerne skal stå klar til skolestart næste år, og "
                "kommunen tager imod ansøgninger fra nytår.</p>",
                progress=55,
                picture=(
                    "building_site",
                    302,
                    "Gravemaskine og træskelettet til et nyt hus på en byggegrund",
                    "Jordarbejdet er i gang",
                    "Kasper Møller",
                ),
            ),
        ],
    },
    {
        "slug": "udviklingsplan-tjoernstrup",
        "title": "Lokal udviklingsplan (LUP) for Tjørnstrup",
        "summary": "Tjørnstrup laver en plan for bymidten omkring forsamlingshuset, med mødesteder, sikre veje og plads til nye virksomheder.",
        "status": "ongoing",
        "progress": 30,
        "starts_on": date(2026, 1, 15),
        "ends_on": date(2026, 12, 31),
        "lead_organisation": "Tjørnstrup Lokalråd",
        "areas": ["tjoernstrup"],
        "themes": [
            "gode-steder-at-bo",
            "opvaekst-fritid-og-faellesskab",
            "erhverv-og-ivaerksaetteri",
        ],
        "body": (
            "<p>Tjørnstrup er lokalcenteret i Lyngvad, men bymidten er vokset frem uden en plan. Købmanden, forsamlingshuset, "
            "børnehaven og tankstationen ligger spredt langs hovedvejen, og der er ikke noget naturligt sted at standse op og "
            "mødes.</p>"
            "<p>Derfor tog lokalrådet initiativ til en lokal udviklingsplan med fokus på bymidten. Planen skal vise, hvordan "
            "bymidten kan blive et tryggere og hyggeligere sted, hvor nye boliger og virksomheder kan ligge, og hvad der skal "
            "ske med forsamlingshuset, som trænger til nyt tag og et større køkken.</p>"
            "<h2>Sådan laver vi planen</h2>"
            "<ul><li>En stedanalyse udført af arkitektstuderende</li>"
            "<li>To åbne borgermøder i forsamlingshuset</li>"
            "<li>En tegnedag, hvor børnene i børnehaven og på skolen tegner deres drømmeby</li>"
            "<li>Et udkast, der bliver sendt i høring før jul</li></ul>"
            "<p>Planen skal være færdig inden udgangen af 2026 og bliver forelagt kommunalbestyrelsen i Lyngvad.</p>"
        ),
        "how_to_get_involved": (
            "<p>Kom til borgermødet i forsamlingshuset, eller send dine idéer til lokalrådet. Vi læser alt, hvad vi får, og "
            "vi fortæller, hvad vi har gjort med det.</p>"
        ),
        "partners": [
            ("Lyngvad Kommune", "public"),
            ("Tjørnstrup Lokalråd", "voluntary"),
            ("Tjørnstrup Købmandshandel ApS", "private"),
        ],
        "phases": [],
        "contacts": [("aud", "project_leader"), ("marte", "contact")],
        "pictures": [
            (
                "village",
                41,
                "Tjørnstrup: huse på en grøn skråning, en vej gennem byen og mennesker, der går langs vejen",
                "Bymidten i Tjørnstrup",
                "Anne Marie Skov",
            ),
            (
                "meeting",
                42,
                "Borgermøde med mennesker omkring et bord, en tavle med sedler og vinduer ud mod fjorden",
                "Det første borgermøde om planen",
                ILLUSTRATION,
            ),
        ],
        "documents": [
            document(
                "Høringsudkast: lokal udviklingsplan for Tjørnstrup",
                "consultation",
                -10,
                "Udkastet, som lokalrådet har sendt i høring, med de tre skitser til en ny bymidte.",
                pdf=(
                    "Høringsudkast: lokal udviklingsplan for Tjørnstrup",
                    [
                        "Udkastet bygger på stedanalysen, to åbne borgermøder og tegningerne fra børnehaven og skolen.",
                        "Tre skitser til en ny bymidte: et mødested ved forsamlingshuset, en sikrere krydsning af hovedvejen og grunde til nye boliger og virksomheder.",
                        "Send dine bemærkninger til Tjørnstrup Lokalråd eller Lyngvad Kommune inden høringsfristen.",
                    ],
                ),
            )
        ],
        "milestones": [
            milestone(
                "Udkastet er sendt i høring",
                "consultation",
                happened=-10,
                until=25,
                description="Alle kan komme med bemærkninger til udkastet, enten til lokalrådet eller til kommunen.",
                case_number="2026/1432",
                case_url="https://dagsordener.example.org/lyngvad/sag/2026-1432",
            ),
            milestone(
                "Kommunalbestyrelsen i Lyngvad behandler planen",
                "decision",
                planned=75,
            ),
        ],
        "updates": [
            update(
                date(2025, 11, 5),
                "Lokalrådet vil have en plan for bymidten",
                "<p>Generalforsamlingen i Tjørnstrup Lokalråd besluttede at bede kommunen om hjælp til en plan for "
                "bymidten.</p>",
                "idea",
            ),
            update(
                date(2026, 1, 20),
                "Planarbejdet er finansieret",
                "<p>Lyngvad Kommune og LAG Fjordegnen betaler stedanalysen og procesledelsen. Lokalrådet bidrager med "
                "frivillige kræfter.</p>",
                "planned",
                5,
            ),
            update(
                date(2026, 3, 10),
                "Over 90 til det første borgermøde",
                "<p>Forsamlingshuset var fyldt. De fleste idéer handlede om trafikken på hovedvejen og om, at der ikke er noget "
                "sted at sætte sig i bymidten.</p>",
                "ongoing",
                15,
                picture=(
                    "meeting",
                    401,
                    "Mennesker samlet omkring et langbord med tavle og vinduer ud mod fjorden",
                    "Borgermødet i forsamlingshuset",
                    "Anne Marie Skov",
                ),
            ),
            update(
                date(2026, 6, 2),
                "Stedanalysen er færdig",
                "<p>De studerende har kortlagt, hvordan folk bruger bymidten. Analysen viser, at de fleste kører igennem uden "
                "at standse.</p>",
                progress=25,
            ),
            update(
                -25,
                "Børnene har tegnet deres drømmeby",
                "<p>58 tegninger fra børnehaven og skolen hænger nu i forsamlingshuset. Badested, skaterbane og en café med is "
                "går igen på mange af dem.</p>",
                progress=30,
            ),
        ],
    },
    {
        "slug": "udviklingsplan-yderholm",
        "title": "Lokal udviklingsplan (LUP) for Yderholm",
        "summary": "Alle ti indsatser i udviklingsplanen for Yderholm er gennemført: Havnen er uddybet, museet har fået nyt tag, og gæstesejlerne har fået en flydebro.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2019, 4, 1),
        "ends_on": date(2025, 6, 30),
        "lead_organisation": "Yderholm Bådelaug",
        "areas": ["yderholm"],
        "themes": ["gode-steder-at-bo", "erhverv-og-ivaerksaetteri"],
        "body": (
            "<p>Yderholm var det første fiskerleje på egnen, der lavede sin egen udviklingsplan. Bådelauget, kystmuseet og "
            "beboerforeningen gik sammen i 2019 og spurgte alle, der bor i fiskerlejet, hvad de ville have mere af. Svaret var en "
            "havn, der kan bruges hele året, et mødested for fastboende og sommergæster, og flere, der bliver boende, når "
            "efteråret kommer.</p>"
            "<h2>Det nåede vi</h2>"
            "<ul><li>Havnen er uddybet og udvidet, så fiskerbådene kan ligge her hele året.</li>"
            "<li>Kystmuseet har fået nyt tag og holder åbent fire dage om ugen om sommeren.</li>"
            "<li>En ny flydebro tager imod gæstesejlere, og havnepengene går til bådelauget.</li>"
            "<li>To bådehuse er sat i stand og bliver lejet ud til overnatning.</li></ul>"
            "<h2>Det lærte vi</h2>"
            "<p>Det tog længere tid end ventet at få tilladelse til uddybningen, og uden de frivilliges indsats var planen "
            "aldrig blevet til noget. Erfaringerne er nu samlet, så Sønderlund og Tjørnstrup kan lære af dem.</p>"
        ),
        "how_to_get_involved": (
            "<p>Bådelauget tager gerne imod nye medlemmer, og kystmuseet mangler frivillige værter i sommersæsonen.</p>"
        ),
        "partners": [
            ("Mågeø Kommune", "public"),
            ("Yderholm Bådelaug", "voluntary"),
            ("Kystmuseet i Yderholm", "voluntary"),
            ("Yderholm Fisk ApS", "private"),
        ],
        "phases": [],
        "contacts": [("eirik", "project_leader")],
        "pictures": [
            (
                "quay",
                51,
                "Kaj med et stort gult pakhus og røde bådehuse ved vandet og bjerge i baggrunden",
                "Havnen i Yderholm",
                "Preben Holm",
            ),
            (
                "fjord",
                52,
                "Fjord mellem høje bjerge med huse langs bredden og en hvid båd",
                "Indsejlingen til Yderholm",
                "Lotte Brandt",
            ),
        ],
        "updates": [
            update(
                date(2021, 5, 20),
                "Havnen er uddybet",
                "<p>Efter to år med ansøgninger og et år med arbejde kan fiskerbådene nu ligge i havnen hele året.</p>",
                "ongoing",
                40,
                picture=(
                    "quay",
                    501,
                    "Kaj med gult pakhus og røde bådehuse ved fjorden",
                    "Havnen efter uddybningen",
                    "Preben Holm",
                ),
            ),
            update(
                date(2022, 8, 12),
                "Kystmuseet har fået nyt tag",
                "<p>40 frivillige tog fat over tre weekender. Museet er nu tæt og kan holde åbent hele sommeren.</p>",
                progress=60,
            ),
            update(
                date(2023, 8, 30),
                "Ny flydebro til gæstesejlere",
                "<p>Broen har plads til tolv både og var fuldt belagt flere weekender i juli.</p>",
                progress=80,
            ),
            update(
                date(2025, 6, 30),
                "Alle indsatser i planen er gennemført",
                "<p>Med de to istandsatte bådehuse er den sidste indsats i planen på plads. Tak til alle, der har været med!</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "pakhuset-boegehavn",
        "title": "Pakhuset på havnen i Bøgehavn som mødested",
        "summary": "En idé om at gøre det gamle pakhus til café, scene og kontorfællesskab for hele fjorden.",
        "status": "idea",
        "progress": None,
        "starts_on": None,
        "lead_organisation": "Bøgehavn Beboerforening",
        "areas": ["boegehavn"],
        "themes": ["opvaekst-fritid-og-faellesskab", "erhverv-og-ivaerksaetteri"],
        "body": (
            "<p>Pakhuset på havnen i Bøgehavn har stået tomt, siden købmandshandelen lukkede. Beboerforeningen vil undersøge, "
            "om det kan blive et mødested for hele fjorden: café om sommeren, scene til koncerter og kontorpladser til dem, "
            "der arbejder hjemmefra.</p><p>Før der kan ske noget, skal bygningens tilstand og ejerforholdene afklares.</p>"
        ),
        "how_to_get_involved": "<p>Har du idéer til, hvad pakhuset kan bruges til, eller vil du være med til at undersøge mulighederne? Så kontakt os.</p>",
        "partners": [("Bøgehavn Beboerforening", "voluntary"), ("Skarvhavn Kommune", "public")],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [
            (
                "quay",
                61,
                "Kaj med et stort gult pakhus og røde bådehuse ved fjorden",
                "Pakhuset på havnen",
                "Lis Hammer",
            )
        ],
        "updates": [
            update(
                -60,
                "Idéen blev fremlagt på beboermødet",
                "<p>Over halvtreds mødte op, og mange meldte sig til en arbejdsgruppe.</p>",
            )
        ],
    },
    {
        "slug": "fiber-oester-lyng",
        "title": "Fiber til Øster Lyng",
        "summary": "Udbygning af fiber til alle landbrug og sommerhuse i Øster Lyng. Arbejdet er sat på pause, mens kommunen søger om flere penge fra statens bredbåndspulje.",
        "status": "paused",
        "progress": 30,
        "starts_on": date(2023, 9, 1),
        "lead_organisation": "Lyngvad Kommune",
        "areas": ["oester-lyng"],
        "themes": ["veje-bredbaand-og-kollektiv-trafik", "job-til-begge"],
        "body": (
            "<p>I Øster Lyng har de fleste landbrug kun mobilnet, og det rækker ikke til en landmand, der skal indberette til "
            "myndighederne, eller til en sommerhusgæst, der vil arbejde en uge fra huset.</p>"
            "<p>Den første strækning fra Tjørnstrup til Lyngholm er færdig. Resten blev dyrere end beregnet, og udbygningen er "
            "sat på pause, indtil en ny ansøgning til bredbåndspuljen er behandlet.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [
            ("Lyngvad Kommune", "public"),
            ("Lyngnet A/S", "private"),
            ("Grundejerforeningen Øster Lyng", "voluntary"),
        ],
        "phases": [],
        "contacts": [("torbjorn", "contact")],
        "pictures": [
            (
                "farms",
                71,
                "Gårde med hvide stuehuse og røde lader spredt på en grøn skråning under høje bjerge",
                "Gårdene i Øster Lyng",
                "Niels Ravn",
            )
        ],
        "updates": [
            update(
                date(2023, 9, 1),
                "Gravearbejdet er i gang",
                "<p>Første strækning går fra Tjørnstrup til Lyngholm.</p>",
                "ongoing",
                10,
            ),
            update(
                date(2024, 3, 15),
                "Første strækning er færdig",
                "<p>Tolv landbrug og 40 sommerhuse kan nu bestille fiber.</p>",
                progress=30,
            ),
            update(
                date(2024, 10, 15),
                "Udbygningen bliver sat på pause",
                "<p>Resten af strækningen bliver næsten dobbelt så dyr som beregnet, især fordi kablet skal bores under åen "
                "og de våde enge.</p>",
                "paused",
            ),
            update(
                date(2026, 2, 10),
                "Ny ansøgning til bredbåndspuljen er sendt",
                "<p>Vi venter svar inden sommerferien. Bliver ansøgningen imødekommet, fortsætter arbejdet næste forår.</p>",
            ),
        ],
    },
    {
        "slug": "faelles-ungdomsklub",
        "title": "Fælles ungdomsklub for tre kommuner",
        "summary": "Planen om én fælles ungdomsklub blev opgivet. De unge ville hellere have klubaftener i deres egen landsby.",
        "status": "cancelled",
        "progress": None,
        "starts_on": date(2021, 8, 1),
        "ends_on": date(2022, 4, 1),
        "lead_organisation": "Fjordegnens Ungeråd",
        "areas": ["skarvhavn", "lyngvad", "maageoe"],
        "themes": ["opvaekst-fritid-og-faellesskab"],
        "body": (
            "<p>Idéen var én stor ungdomsklub i Skarvhavn for alle tre kommuner. Da ungerådet spurgte de unge selv, ville de "
            "fleste hellere have klubaftener i deres egen landsby end en lang bustur hver vej.</p>"
            "<p>Projektet blev derfor aflyst. Pengene gik i stedet til udstyr til klubberne i hver kommune.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [],
        "phases": [],
        "contacts": [("marte", "contact")],
        "pictures": [],
        "updates": [
            update(
                date(2021, 10, 5),
                "Ungerådet undersøger en fælles klub",
                "<p>Ungerådet vil spørge alle elever i udskolingen, hvad de mener.</p>",
                "planned",
            ),
            update(
                date(2022, 4, 1),
                "Projektet er aflyst",
                "<p>Syv ud af ti unge ville hellere have klubaftener i deres egen landsby. Ungerådet anbefalede at aflyse, og "
                "det blev vedtaget enstemmigt.</p>",
                "cancelled",
            ),
        ],
    },
    {
        "slug": "vandrestier-skarvhavn",
        "title": "Vandrestier fra Skarvhavn til Bøgehavn",
        "summary": "Tolv kilometer nye, afmærkede vandrestier fra byen til Bøgehavn, med bro over åen og bænke ved udsigtspunkterne.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2021, 4, 1),
        "ends_on": date(2023, 9, 30),
        "lead_organisation": "Skarvhavn Vandreforening",
        "areas": ["skarvhavn", "boegehavn"],
        "themes": ["opvaekst-fritid-og-faellesskab"],
        "body": (
            "<p>Stierne er ryddet, afmærket og skiltet, og de ligger i vandreforeningens app. De er lagt, så både børn og "
            "ældre kan gå dem, med bænke ved udsigtspunkterne og en ny bro over Bøge Å.</p>"
            "<p>Over tusind har registreret turen i appen siden indvielsen.</p>"
        ),
        "how_to_get_involved": "<p>Bliv stifrivillig og hjælp med at rydde stierne hvert forår. Vandreforeningen lærer dig det, du skal vide.</p>",
        "partners": [
            ("Skarvhavn Vandreforening", "voluntary"),
            ("Skarvhavn Kommune", "public"),
            ("Fjordegnens Sparekasse", "private"),
        ],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [
            (
                "trail",
                81,
                "Sti, der snor sig gennem en grøn eng mod høje bjerge, med fyrretræer og vandrere med rygsæk",
                "Stien mod Bøgehavn",
                "Skarvhavn Vandreforening",
            ),
            (
                "trail",
                82,
                "Vandrere med rygsæk på en sti gennem engen med bjerge i baggrunden",
                "Indvielsesturen",
                "Skarvhavn Vandreforening",
            ),
        ],
        "updates": [
            update(
                date(2021, 6, 1),
                "Det første stykke sti er færdigt",
                "<p>Fire kilometer fra byen til Kæmpestenen er ryddet og afmærket.</p>",
                "ongoing",
                30,
            ),
            update(
                date(2022, 6, 10),
                "Broen over Bøge Å er på plads",
                "<p>25 frivillige bar broen på plads.</p>",
                progress=60,
            ),
            update(
                date(2023, 9, 30),
                "Alle stierne er åbnet",
                "<p>Indvielsesturen samlede 200 vandrere i alle aldre.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "kontorfaellesskabet-loftet",
        "title": "Kontorfællesskabet Loftet i Skarvhavn",
        "summary": "Fjorten kontorpladser midt i Skarvhavn for dem, der arbejder hjemmefra eller for en arbejdsgiver langt væk.",
        "status": "ongoing",
        "progress": 70,
        "starts_on": date(2024, 6, 1),
        "lead_organisation": "Fjordegnens Erhvervsforening",
        "areas": ["skarvhavn"],
        "themes": ["job-til-begge", "erhverv-og-ivaerksaetteri"],
        "body": (
            "<p>Mange af dem, der flytter hertil, har en partner, der gerne vil tage sit job med. På Loftet får de en "
            "arbejdsplads med kolleger, hurtigt internet og mødelokaler i stedet for køkkenbordet.</p>"
            "<p>Kontorfællesskabet ligger på første sal i den gamle bankbygning. Erhvervsforeningen lejer lokalerne, og "
            "brugerne betaler en månedlig leje efter, hvor meget de bruger stedet.</p>"
        ),
        "how_to_get_involved": "<p>Kig forbi til åbent hus den første fredag i måneden, eller skriv dig op på ventelisten.</p>",
        "partners": [
            ("Fjordegnens Erhvervsforening", "private"),
            ("Skarvhavn Kommune", "public"),
            ("Fjordegnens Sparekasse", "private"),
        ],
        "phases": [],
        "contacts": [("torbjorn", "project_leader")],
        "pictures": [
            (
                "meeting",
                91,
                "Mennesker ved et langt bord i et lyst lokale med en tavle fuld af sedler og vinduer ud mod fjorden",
                "Fælles frokost på Loftet",
                "Signe Holst",
            )
        ],
        "updates": [
            update(
                date(2024, 8, 15),
                "Lejekontrakten er underskrevet",
                "<p>Erhvervsforeningen lejer første sal i den gamle bankbygning i fem år.</p>",
                "ongoing",
                20,
            ),
            update(
                date(2025, 2, 3),
                "Loftet er åbnet med fjorten kontorpladser",
                "<p>Ni pladser blev lejet ud i den første uge.</p>",
                progress=60,
            ),
            update(
                -7,
                "Fuldt hus på Loftet: ventelisten er åben",
                "<p>Alle fjorten pladser er lejet ud. Erhvervsforeningen undersøger, om flere lokaler i bygningen kan tages i "
                "brug.</p>",
                progress=70,
            ),
        ],
    },
    {
        "slug": "aftenbus",
        "title": "Aftenbus mellem landsbyerne",
        "summary": "En forsøgsordning med aftenbus mellem landsbyerne to dage om ugen, efter anbefaling fra Ungepanelet.",
        "status": "planned",
        "progress": None,
        "starts_on": date(2027, 1, 4),
        "ends_on": date(2027, 12, 17),
        "lead_organisation": "Fjordtrafik",
        "areas": ["skarvhavn", "lyngvad", "maageoe"],
        "themes": ["veje-bredbaand-og-kollektiv-trafik", "opvaekst-fritid-og-faellesskab"],
        "body": (
            "<p>I dag kører den sidste bus fra Skarvhavn til Tjørnstrup kl. 17.10. For unge, der vil til træning, i biografen "
            "eller i ungdomsklub i en anden landsby, betyder det, at nogen skal køre dem.</p>"
            "<p>Fra januar 2027 afprøver Fjordtrafik en aftenbus tirsdag og torsdag med sidste afgang fra Skarvhavn kl. "
            "22.00. Ruten kører via Sønderlund og Tjørnstrup og passer med færgen til Mågeø.</p>"
        ),
        "how_to_get_involved": "<p>Tag bussen! Forsøgsordningen fortsætter kun, hvis der er passagerer nok.</p>",
        "partners": [
            ("Fjordtrafik", "public"),
            ("Skarvhavn Kommune", "public"),
            ("Lyngvad Kommune", "public"),
        ],
        "phases": [],
        "contacts": [("ingrid", "contact")],
        "pictures": [
            (
                "road",
                111,
                "Bus på en vej langs fjorden med et busstoppested og bjerge i baggrunden",
                "Bussen langs fjorden",
                ILLUSTRATION,
            )
        ],
        "milestones": [
            milestone(
                "Fjordtrafiks bestyrelse bevilgede penge til forsøgsåret",
                "decision",
                happened=date(2026, 9, 17),
                case_number="2026/880",
                case_url="https://dagsordener.example.org/fjordtrafik/bestyrelse/2026-09-17/punkt-88",
            ),
            milestone(
                "Første tur med aftenbussen",
                "opening",
                planned=date(2027, 1, 5),
                description="Sidste afgang fra Skarvhavn kl. 22.00, tirsdag og torsdag.",
            ),
        ],
        "updates": [
            update(
                date(2025, 6, 10),
                "De unge vil have en aftenbus",
                "<p>En aftenbus var Ungepanelets vigtigste anbefaling. Sagen er sendt videre til Fjordtrafik.</p>",
                "idea",
            ),
            update(
                date(2026, 9, 18),
                "Forsøg med aftenbus fra januar",
                "<p>Fjordtrafik og kommunerne har afsat penge til et forsøgsår med aftenbus to dage om ugen.</p>",
                "planned",
            ),
        ],
    },
    {
        "slug": "sommerskole-i-baadehuset",
        "title": "Sommerskole i bådehuset",
        "summary": "En uge med bådebyggeri, fiskeri og kystkultur for børn i Yderholm om sommeren.",
        "status": "idea",
        "progress": None,
        "starts_on": None,
        "lead_organisation": "Kystmuseet i Yderholm",
        "areas": ["yderholm"],
        "themes": ["opvaekst-fritid-og-faellesskab"],
        "is_published": False,
        "body": (
            "<p>Kystmuseet vil afprøve en uges sommerskole for børn mellem 9 og 13 år. Idéen er under udarbejdelse og er "
            "ikke offentliggjort endnu.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [("Kystmuseet i Yderholm", "voluntary")],
        "phases": [],
        "contacts": [("eirik", "contact")],
        "pictures": [],
        "updates": [],
    },
    # The four indsatser of the local development plan for Sønderlund, each a project of its
    # own; the plan's progress is their mean weighted by how much work each is.
    {
        "slug": "soenderlund-lejeboliger",
        "title": "Seks lejeboliger ved Sønderlund Skole",
        "summary": "Lind Byg ApS bygger seks lejeboliger ved skolen, og kommunen lejer dem ud, først og fremmest til unge og til familier, der flytter hertil.",
        "status": "ongoing",
        "progress": 20,
        "starts_on": date(2025, 9, 1),
        "ends_on": date(2027, 8, 1),
        "parent": "udviklingsplan-soenderlund",
        "weight": 5,
        "lead_organisation": "Skarvhavn Kommune",
        "areas": ["soenderlund"],
        "themes": ["gode-steder-at-bo"],
        "body": (
            "<p>Det er næsten umuligt at leje en bolig i Sønderlund, og det var det, flest savnede i spørgeskemaundersøgelsen. "
            "Kommunen har købt grunden ved skolen, og Lind Byg ApS bygger seks boliger med to og tre soveværelser.</p>"
            "<p>Boligerne bliver lejet ud til markedsleje, men unge under 35 og familier, der flytter hertil, kommer først i "
            "køen.</p>"
        ),
        "how_to_get_involved": "<p>Kommunen tager imod ansøgninger om at leje fra nytår. Kontakt Sofie Lauridsen i kommunen.</p>",
        "partners": [("Skarvhavn Kommune", "public"), ("Lind Byg ApS", "private")],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [],
        "milestones": [
            milestone("Indflytning i de første boliger", "opening", planned=240),
        ],
        "updates": [
            update(
                date(2025, 9, 1),
                "Lokalplanen for grunden ved skolen er vedtaget",
                "<p>Kommunalbestyrelsen har vedtaget lokalplanen, og kommunen har købt grunden.</p>",
                "planned",
                5,
            ),
            update(
                -38,
                "Gravemaskinerne er i gang",
                "<p>Jordarbejdet følger tidsplanen. De første boliger skal stå klar til skolestart.</p>",
                "ongoing",
                20,
            ),
        ],
    },
    {
        "slug": "soenderlund-legeplads",
        "title": "Legeplads og aktivitetsområde ved skolen",
        "summary": "En ny legeplads med klatrestativ, multibane og shelter ved Sønderlund Skole, bygget af frivillige.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2023, 8, 1),
        "ends_on": date(2024, 6, 14),
        "parent": "udviklingsplan-soenderlund",
        "weight": 2,
        "lead_organisation": "Sønderlund Borgerforening",
        "areas": ["soenderlund"],
        "themes": ["opvaekst-fritid-og-faellesskab"],
        "body": (
            "<p>Legepladsen er åben for alle, også efter skoletid og i ferierne. De frivillige lagde mere end 600 timer i "
            "arbejdet, og kommunen betalte redskaberne.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [("Sønderlund Borgerforening", "voluntary"), ("Skarvhavn Kommune", "public")],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [],
        "updates": [
            update(
                date(2024, 6, 14),
                "Legepladsen er færdig",
                "<p>Klatrestativet, multibanen og shelteret er på plads, og legepladsen er overdraget til skolen.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "soenderlund-fortov",
        "title": "Fortov langs landevejen fra købmanden til skolen",
        "summary": "En kilometer nyt fortov med gadebelysning gør skolevejen sikker hele året.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2024, 4, 2),
        "ends_on": date(2025, 5, 6),
        "parent": "udviklingsplan-soenderlund",
        "weight": 2,
        "lead_organisation": "Skarvhavn Kommune, Vej og Park",
        "areas": ["soenderlund"],
        "themes": ["veje-bredbaand-og-kollektiv-trafik"],
        "body": (
            "<p>Før gik eleverne i vejkanten langs landevejen, hvor hastighedsgrænsen er 60 km/t. Nu har de et oplyst fortov "
            "hele vejen fra købmanden til skolen.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [("Region Vestdanmark", "public"), ("Skarvhavn Kommune", "public")],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [],
        "funding": [
            ("Skarvhavn Kommune", "municipality", Decimal(1200000), "DKK", 2024, 2025),
            (
                "Region Vestdanmark, pulje til sikre skoleveje",
                "region",
                Decimal(1800000),
                "DKK",
                2024,
                2025,
            ),
        ],
        "updates": [
            update(
                date(2025, 5, 6),
                "Fortovet er åbnet",
                "<p>Fortovet og gadebelysningen er færdige, tre uger før tidsplanen.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "soenderlund-landsbydag",
        "title": "Årlig landsbydag for nye og gamle indbyggere",
        "summary": "En dag hver august, hvor nye indbyggere bliver budt velkommen, og landsbyens foreninger viser sig frem.",
        "status": "ongoing",
        "progress": 50,
        "starts_on": date(2024, 8, 1),
        "parent": "udviklingsplan-soenderlund",
        "weight": 1,
        "lead_organisation": "Sønderlund Borgerforening",
        "areas": ["soenderlund"],
        "themes": ["opvaekst-fritid-og-faellesskab", "tag-godt-imod"],
        "body": (
            "<p>Landsbydagen er en dag med mad, leg og stande fra landsbyens foreninger. Alle, der er flyttet hertil siden "
            "sidst, får en personlig invitation. Målet er, at dagen bliver en fast tradition med nye arrangører hvert år.</p>"
        ),
        "how_to_get_involved": "<p>Vil du være med til at arrangere den næste landsbydag? Så kontakt borgerforeningen.</p>",
        "partners": [("Sønderlund Borgerforening", "voluntary")],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [],
        "updates": [
            update(
                date(2025, 8, 23),
                "Den anden landsbydag samlede 150",
                "<p>Tyve nye indbyggere var med, og fire af dem meldte sig ind i idrætsforeningen samme dag.</p>",
                "ongoing",
                50,
            ),
        ],
    },
]

# (slug, name, kind, description, members, project slugs)
GROUPS = [
    (
        "styregruppen-hjem-til-fjorden",
        "Styregruppen for »Hjem til fjorden«",
        "steering_group",
        "<p>Repræsentanter for de tre kommuner, erhvervslivet og de frivillige styrer kampagnen og vedtager budgettet hvert år.</p>",
        CAMPAIGN_GROUP_MEMBERS,
        ["hjem-til-fjorden"],
    ),
    (
        "det-raadgivende-forum",
        "Det rådgivende forum",
        "advisory_board",
        "<p>17 medlemmer fra kommunerne, erhvervslivet, landbruget og fiskeriet, foreninger, landsbyerne, de unge og de "
        "ældre. Forummet rådgiver om strategien og sørger for, at den er bredt forankret.</p>",
        ADVISORY_BOARD_MEMBERS,
        ["landdistriktsstrategi"],
    ),
    (
        "ungepanelet",
        "Ungepanelet",
        "junior_advisory_board",
        "<p>Elever fra udskolingen på skolerne i alle tre kommuner rådgiver i alle sager, der handler om unge. Vi viser kun "
        "fornavn og klassetrin for eleverne.</p>",
        JUNIOR_BOARD_MEMBERS,
        ["landdistriktsstrategi", "aftenbus"],
    ),
    (
        "landsbynetvaerket",
        "Landsbynetværket",
        "network",
        "<p>En repræsentant fra hver landsby holder kontakten mellem lokalrådene og strategiarbejdet og deler erfaringer med "
        "de lokale udviklingsplaner.</p>",
        VILLAGE_NETWORK_MEMBERS,
        [
            "landdistriktsstrategi",
            "udviklingsplan-soenderlund",
            "udviklingsplan-tjoernstrup",
            "udviklingsplan-yderholm",
        ],
    ),
    (
        "arbejdsgruppen-soenderlund",
        "Arbejdsgruppen for udviklingsplanen i Sønderlund",
        "working_group",
        "<p>Arbejdsgruppen følger op på indsatserne i planen og mødes den første mandag i måneden på skolen.</p>",
        SOENDERLUND_WORKING_GROUP,
        ["udviklingsplan-soenderlund"],
    ),
]


# Tips residents sent, for the process leader's inbox: (project slug or None, days ago,
# message, name, email, wants an answer, wants to get involved, state).
TIPS = [
    (
        "udviklingsplan-tjoernstrup",
        2,
        "Gadelyset langs skolevejen i Tjørnstrup har været slukket i en uge. Det er farligt for "
        "børnene, der går til bussen om morgenen.",
        "Hanne Winther",
        "hanne.winther@example.org",
        True,
        False,
        "new",
    ),
    (
        None,
        5,
        "Vi er flere i Yderholm, der gerne vil starte en dagligvarebutik som andelsselskab. Hvem "
        "kan vi tale med i kommunen?",
        "Torben Mikkelsen",
        "torben.mikkelsen@example.org",
        True,
        True,
        "in_progress",
    ),
    (
        "udviklingsplan-soenderlund",
        12,
        "Arbejdsdagen ved badepladsen samlede over fyrre voksne og børn. Badebroen er færdig!",
        "",
        "",
        False,
        False,
        "answered",
    ),
]

# Meetings, a few to come and a few held; every place is invented: meeting(title, project
# slug(s) or None, days from the day the demo is loaded, start, end or None, place,
# description, and for some more: who organises, sign-up, documents, what came out of it).
EVENTS = [
    meeting(
        "Åbent borgermøde om bymidten i Tjørnstrup",
        "udviklingsplan-tjoernstrup",
        9,
        time(19, 0),
        time(21, 0),
        "Tjørnstrup Forsamlingshus, den store sal",
        "<p>Arbejdsgruppen viser de tre skitser til en ny bymidte i Tjørnstrup: trafik, mødesteder og "
        "hvor nye boliger kan ligge. Bagefter drøfter vi skitserne i grupper.</p>"
        "<p>Alle er velkomne, og der er kaffe og kage. Du behøver ikke at tilmelde dig.</p>",
        organiser="aud",
        documents=[
            document(
                "Dagsorden for borgermødet om bymidten",
                "agenda",
                2,
                pdf=(
                    "Åbent borgermøde om bymidten i Tjørnstrup",
                    [
                        "1. Velkomst ved formanden for Tjørnstrup Lokalråd.",
                        "2. Arbejdsgruppen præsenterer de tre skitser til en ny bymidte.",
                        "3. Gruppearbejde: trafik, mødesteder og hvor nye boliger kan ligge.",
                        "4. Opsamling og det videre forløb frem mod kommunalbestyrelsens beslutning.",
                    ],
                ),
            )
        ],
    ),
    meeting(
        "Arbejdsdag på vandrestien fra Skarvhavn til Bøgehavn",
        "vandrestier-skarvhavn",
        17,
        time(10, 0),
        time(14, 0),
        "Parkeringspladsen ved havnen i Skarvhavn",
        "<p>Vi lægger en gangbro over mosen og afmærker det sidste stykke af stien ned mod Bøgehavn. "
        "Tag arbejdshandsker med, og kom i gode sko; vandreforeningen har værktøj.</p>"
        "<p>Der er suppe til alle, der giver en hånd med.</p>",
    ),
    meeting(
        "Informationsmøde om fiber til Øster Lyng",
        "fiber-oester-lyng",
        26,
        time(18, 30),
        time(20, 0),
        "Beboerhuset i Øster Lyng",
        "<p>Hvad koster det, hvornår kommer gravemaskinerne, og hvordan bestiller du? "
        "Fiberselskabet og kommunen svarer på spørgsmål.</p>",
    ),
    meeting(
        "Borgermøde: Hvordan vil vi bo i Fjordegnen?",
        None,
        38,
        time(18, 0),
        time(20, 30),
        "Skarvhavn Kulturhus",
        "<p>Et åbent møde for alle tre kommuner om boliger, arbejde og hverdagen i landsbyerne. "
        "Det, der kommer frem på mødet, indgår i arbejdet med landdistriktsstrategien.</p>"
        "<ul><li>Kort oplæg ved proceslederen</li><li>Samtaler i grupper</li>"
        "<li>Opsamling og det videre forløb</li></ul>",
        organiser="ingrid",
        sign_up="https://tilmelding.example.org/borgermoede-fjordegnen",
        sign_up_by=(33, time(23, 59)),
    ),
    meeting(
        "Arbejdsmøde om udviklingsplanen for Yderholm",
        "udviklingsplan-yderholm",
        -12,
        time(18, 0),
        time(20, 0),
        "Kystmuseet i Yderholm",
        "<p>Bådelauget, kystmuseet og beboerforeningen gennemgik, hvad der er sket siden sidste år, "
        "og hvad der skal prioriteres næste år.</p>",
        audience="invited",
        organiser="eirik",
    ),
    meeting(
        "Aftenmøde om aftenbussen mellem landsbyerne",
        "aftenbus",
        -33,
        time(19, 0),
        time(20, 30),
        "Venteværelset ved færgelejet på Mågeø",
        "<p>Hvornår har folk brug for en bus om aftenen, og hvor skal den holde? "
        "Over 40 mødte op, og svarene er samlet i et notat til Fjordtrafik.</p>",
        documents=[
            document(
                "Notat fra aftenmødet om aftenbussen",
                "minutes",
                -32,
                "De tider og stoppesteder, folk ønskede sig, sendt til Fjordtrafik.",
                pdf=(
                    "Notat fra aftenmødet om aftenbussen",
                    [
                        "43 personer mødte op, de fleste unge og forældre fra Tjørnstrup og Sønderlund.",
                        "De fleste ønskede en bus tirsdag og torsdag med sidste afgang fra Skarvhavn efter kl. 21.30.",
                        "Bussen bør holde ved skolen i Sønderlund, forsamlingshuset i Tjørnstrup og færgelejet, så den passer med færgen til Mågeø.",
                    ],
                ),
            )
        ],
    ),
    meeting(
        "Velkomstaften for nye indbyggere",
        ["hjem-til-fjorden", "pakhuset-boegehavn"],
        -61,
        time(18, 0),
        None,
        "Pakhuset på havnen i Bøgehavn",
        "<p>Nye og gamle indbyggere mødtes til mad, musik og en præsentation af egnens foreninger "
        "og klubber.</p>",
        organiser="halvor",
        outcome="<p>Omkring 85 kom, heraf næsten 30, der er flyttet hertil inden for de seneste to år. Tolv foreninger og "
        "klubber præsenterede sig, og fire nye velkomstfamilier meldte sig.</p>"
        "<p>Mange spurgte, om pakhuset kan bruges oftere. Beboerforeningen tager det med i undersøgelsen af bygningen.</p>",
        attendance=85,
    ),
]


# Key figures, fictional numbers that look like real ones: (owner kind, owner slug,
# fields, [(date, value, note)], and for some further series [(name, kind, values)]).
INDICATORS = [
    (
        "project",
        "hjem-til-fjorden",
        {
            "name": "Familier, der har meldt sig interesseret",
            "unit": "familier",
            "description": "Antal familier i alt, der har kontaktet værtskabet, siden kampagnen "
            "blev fornyet i 2024.",
            "baseline": Decimal(0),
            "baseline_on": date(2024, 1, 1),
            "target": Decimal(50),
            "target_on": date(2027, 12, 31),
            "position": 1,
            "measured_every": 6,  # counted every April and October
        },
        [
            (date(2024, 4, 1), "6", ""),
            (date(2024, 10, 1), "13", "Efter prøvebo-weekenden i Tjørnstrup"),
            (date(2025, 4, 1), "19", ""),
            (date(2025, 10, 1), "24", ""),
            (date(2026, 4, 1), "29", ""),
            (date(2026, 10, 1), "34", ""),
        ],
    ),
    (
        "project",
        "hjem-til-fjorden",
        {
            "name": "Nye indbyggere på egnen",
            "unit": "indbyggere",
            "description": "Hvor mange der flyttede til de tre kommuner i løbet af året.",
            "baseline": Decimal(61),
            "baseline_on": date(2021, 12, 31),
            "target": Decimal(90),
            "target_on": date(2027, 12, 31),
            "position": 2,
        },
        [
            (date(2021, 12, 31), "61", ""),
            (date(2022, 12, 31), "66", ""),
            (date(2023, 12, 31), "64", ""),
            (date(2024, 12, 31), "73", ""),
            (date(2025, 12, 31), "79", "Foreløbigt tal"),
        ],
    ),
    (
        "theme",
        "gode-steder-at-bo",
        {
            "name": "Tomme enfamiliehuse",
            "unit": "huse",
            "description": "Enfamiliehuse, der har stået tomme i mere end et år, optalt af "
            "kommunerne hvert forår. Målet er færre.",
            "baseline": Decimal(48),
            "baseline_on": date(2023, 3, 1),
            "target": Decimal(25),
            "target_on": date(2030, 12, 31),
            "position": 1,
        },
        [
            (date(2023, 3, 1), "48", ""),
            (date(2024, 3, 1), "44", ""),
            (date(2025, 3, 1), "39", ""),
            (date(2026, 3, 1), "36", ""),
        ],
    ),
    (
        "theme",
        "gode-steder-at-bo",
        {
            "name": "Borgere, der trives i deres landsby",
            "unit": "%",
            "description": "Andelen, der svarer »godt« eller »meget godt« i den årlige "
            "borgerundersøgelse.",
            "baseline": Decimal("78.5"),
            "baseline_on": date(2023, 5, 15),
            "target": Decimal(85),
            "target_on": date(2030, 12, 31),
            "position": 2,
        },
        [
            (date(2023, 5, 15), "78.5", ""),
            (date(2024, 5, 15), "80.2", ""),
            (date(2025, 5, 15), "79.6", "Færre svar end normalt"),
            (date(2026, 5, 15), "82.4", ""),
        ],
    ),
    (
        "project",
        "landdistriktsstrategi",
        {
            "name": "Befolkningstallet på egnen",
            "unit": "indeks",
            "description": "Befolkningstallet i de tre kommuner pr. 1. januar som et indeks, hvor 2008 er 100.",
            "about": (
                "<p>Indekset gør det let at sammenligne: 97 betyder, at der bor tre procent færre her end i 2008. "
                "Befolkningstallet på egnen faldt frem til 2016 og er siden steget en smule hvert år, mest på grund af "
                "tilflytning.</p>"
                "<p>Lyngvad er med som en kurve for sig, fordi befolkningstallet faldt mest dér. Fremskrivningen viser, "
                "hvad der sker, hvis tilflytningen fortsætter som i de seneste fem år.</p>"
            ),
            "source": "Region Vestdanmark, befolkningstal og befolkningsfremskrivninger",
            "source_url": "https://statistik.example.org/vestdanmark/befolkning",
            "index_base_year": 2008,
            "baseline": Decimal(100),
            "baseline_on": date(2008, 1, 1),
            "target": Decimal(102),
            "target_on": date(2030, 1, 1),
            "position": 1,
        },
        [
            (date(2008, 1, 1), "100", ""),
            (date(2012, 1, 1), "98.4", ""),
            (date(2016, 1, 1), "97.1", ""),
            (date(2020, 1, 1), "97.6", ""),
            (date(2024, 1, 1), "99.1", ""),
            (date(2026, 1, 1), "100.3", ""),
        ],
        [
            (
                "Lyngvad Kommune",
                "measured",
                [
                    (date(2008, 1, 1), "100", ""),
                    (date(2012, 1, 1), "96.2", ""),
                    (date(2016, 1, 1), "93.8", ""),
                    (date(2020, 1, 1), "93.1", ""),
                    (date(2024, 1, 1), "94.4", ""),
                    (date(2026, 1, 1), "95.2", ""),
                ],
            ),
            (
                "Fremskrivning for egnen",
                "projected",
                [
                    (date(2026, 1, 1), "100.3", ""),
                    (date(2028, 1, 1), "101.0", ""),
                    (date(2030, 1, 1), "101.6", ""),
                    (date(2035, 1, 1), "102.4", ""),
                ],
            ),
        ],
    ),
]


# Status updates about no single project: an indsatsområde, an area, or the development
# work as a whole. authors are keys of PEOPLE; byline names others in free text.
NEWS = [
    update(
        date(2026, 2, 12),
        "Status for udviklingsarbejdet i 2025",
        "<p>Hvert år gør vi status på hele udviklingsarbejdet i Fjordegnen og peger på retningen for det kommende år. "
        "2025 blev året, hvor planerne blev til handling: Fortovet i Sønderlund blev færdigt, Yderholm gennemførte alle "
        "indsatserne i sin udviklingsplan, og Loftet åbnede med fjorten kontorpladser.</p>"
        "<h2>Det prioriterer vi i 2026</h2>"
        "<ul><li>Flere lejeboliger i Sønderlund og Tjørnstrup</li>"
        "<li>Aftenbus mellem landsbyerne sammen med Fjordtrafik</li>"
        "<li>En ny bosætningsplan med to selvstændige indsatsområder</li></ul>"
        "<p>Balancen er den samme som før: langsigtede satsninger, som vi skal arbejde tålmodigt med, og indsatser, der kan "
        "mærkes her og nu. Hele statusrapporten ligger under dokumenter.</p>",
        authors=["ingrid", "halvor"],
        byline="Projektgruppen for landdistriktsstrategien",
        documents=[
            document(
                "Statusrapport for udviklingsarbejdet 2025",
                "report",
                date(2026, 2, 12),
                "Hvad der blev gjort i 2025, projekt for projekt, og hvad vi prioriterer i 2026.",
                pdf=(
                    "Statusrapport for udviklingsarbejdet 2025",
                    [
                        "Tolv projekter var i gang eller blev afsluttet i løbet af 2025. Fortovet i Sønderlund og de sidste indsatser i udviklingsplanen for Yderholm blev gennemført.",
                        "Kontorfællesskabet Loftet åbnede med fjorten pladser, og der er nu velkomstfamilier i alle landsbyerne.",
                        "I 2026 prioriterer vi lejeboliger, aftenbus mellem landsbyerne og en ny bosætningsplan.",
                    ],
                ),
            )
        ],
    ),
    update(
        -20,
        "Tyve nye lærepladser på egnen",
        "<p>Efter en runde med besøg i virksomhederne har erhvervsforeningen og de tre kommuner skaffet tyve nye "
        "lærepladser, de fleste inden for fiskeri og muslingeopdræt, sundhed og byggeri. Det er dobbelt så mange som sidste "
        "år.</p>"
        "<p>Lærepladser gør det lettere for unge at blive boende, og for familier, hvor begge voksne skal have et job, at "
        "flytte hertil.</p>",
        theme="job-til-begge",
        authors=["torbjorn"],
    ),
    update(
        -15,
        "Engvejen bliver farbar hele vinteren",
        "<p>Efter mange års krav fra landsbyen har kommunalbestyrelsen i Lyngvad besluttet at hæve Engvejen til "
        "Tjørnstrup, så den ikke længere står under vand om vinteren. Indtil nu har den været spærret i perioder fra jul "
        "til påske, og så var der en omvej på tre kvarter til Skarvhavn.</p>"
        "<p>Lokalrådet takker alle, der skrev under på opfordringen sidste vinter.</p>",
        area="oester-lyng",
        byline="Niels Ravn for Øster Lyng Lokalråd",
    ),
    update(
        -5,
        "Bosætningsplanen har fået to indsatsområder",
        "<p>Styregruppen for »Hjem til fjorden« har vedtaget de to indsatsområder i den nye bosætningsplan: "
        "<strong>Tag godt imod</strong> og <strong>En synlig egn</strong>. Hvert af dem får målbare indikatorer og en "
        "handlingsplan inden sommer.</p>"
        "<p>Bosætningsplanen står ved siden af landdistriktsstrategien. Strategien handler om hverdagen for alle, der bor "
        "her, planen om dem, der overvejer at flytte hertil.</p>",
        authors=["halvor"],
    ),
]

# Pages of their own, each after the page it is under.
PAGES = [
    {
        "slug": "saadan-arbejder-vi",
        "title": "Sådan arbejder vi",
        "summary": "Hvordan kommunerne, landsbyerne og de frivillige arbejder sammen om udviklingen i Fjordegnen.",
        "body": (
            "<p>Udviklingsarbejdet i Fjordegnen bygger på en enkel tanke: Landsbyerne ved bedst, hvad de har brug for, og "
            "kommunerne hjælper, hvor de kan. Vi kalder det hjælp til selvhjælp.</p>"
            "<h2>Tre niveauer, der hænger sammen</h2>"
            "<ul><li><strong>Strategierne</strong> sætter retningen for hele egnen: landdistriktsstrategien og "
            "bosætningsplanen.</li>"
            "<li><strong>De lokale udviklingsplaner</strong> viser, hvad hver landsby vil, og er lavet af borgerne selv.</li>"
            "<li><strong>Projekterne</strong> er det, der faktisk sker, hvert med status, kontaktpersoner og "
            "opdateringer.</li></ul>"
            "<p>Hver vinter gør vi status på hele indsatsen og vælger, hvad der skal prioriteres. Alt bliver offentliggjort "
            "her.</p>"
        ),
        "parent": None,
        "theme": None,
        "in_menu": True,
        "pictures": [
            (
                "meeting",
                601,
                "Mennesker omkring et bord i et mødelokale med en tavle fuld af sedler og vinduer ud mod fjorden",
                "Landsbynetværket samlet i Tjørnstrup Forsamlingshus",
                ILLUSTRATION,
            )
        ],
        "documents": [],
    },
    {
        "slug": "lokale-udviklingsplaner",
        "title": "Lokale udviklingsplaner: sådan gør vi",
        "summary": "Sådan laver en landsby sin egen udviklingsplan, trin for trin.",
        "body": (
            "<p>En lokal udviklingsplan er landsbyens egen plan for de næste fire-fem år. Borgerforeningen eller lokalrådet "
            "laver den sammen med kommunen, og den skal være forankret hos så mange som muligt.</p>"
            "<h2>Trin for trin</h2>"
            "<ol><li>Borgerforeningen eller lokalrådet indkalder til et åbent borgermøde og nedsætter en "
            "arbejdsgruppe.</li>"
            "<li>Arbejdsgruppen spørger alle i landsbyen, hvad der er godt, og hvad der mangler.</li>"
            "<li>Udkastet bliver sendt i høring i landsbyen.</li>"
            "<li>Generalforsamlingen vedtager planen, og kommunalbestyrelsen behandler den.</li>"
            "<li>Arbejdsgruppen følger op på indsatserne og aflægger beretning hvert år.</li></ol>"
            "<h2>Planerne indtil nu</h2>"
            "<table><tbody>"
            "<tr><th>Landsby</th><th>Vedtaget</th><th>Indsatser</th><th>Gennemført</th></tr>"
            "<tr><td>Yderholm</td><td>2019</td><td>10</td><td>10</td></tr>"
            "<tr><td>Sønderlund</td><td>2023</td><td>4</td><td>2</td></tr>"
            "<tr><td>Tjørnstrup</td><td>I høring</td><td>–</td><td>–</td></tr>"
            "</tbody></table>"
        ),
        "parent": "saadan-arbejder-vi",
        "theme": None,
        "in_menu": False,
        "pictures": [],
        "documents": [
            document(
                "Vejledning i lokale udviklingsplaner",
                "plan",
                date(2023, 1, 10),
                "Skabelonen og tjeklisten, som borgerforeningerne og lokalrådene bruger, når de laver en plan.",
                pdf=(
                    "Vejledning i lokale udviklingsplaner",
                    [
                        "1. Nedsæt en arbejdsgruppe med folk fra foreningerne, skolen, erhvervslivet og de nye indbyggere.",
                        "2. Spørg alle i landsbyen: Hvad er godt, hvad mangler, og hvad vil du selv være med til?",
                        "3. Vælg fire til ti indsatser, hver med en ansvarlig, et budget og et mål.",
                        "4. Send udkastet i høring, vedtag planen på generalforsamlingen, og send den til kommunen.",
                    ],
                ),
            )
        ],
    },
    {
        "slug": "fra-ide-til-projekt",
        "title": "Fra idé til projekt",
        "summary": "Har du en idé til din landsby? Sådan bliver den til et projekt på denne side.",
        "body": (
            "<p>Alle projekter begynder som en idé, ofte på et borgermøde eller omkring et køkkenbord. Send idéen til "
            "proceslederen, så opretter vi den her som en idé og finder ud af, hvem der kan føre den videre.</p>"
            "<p>Når nogen tager ansvaret, og pengene er på plads, bliver den <strong>planlagt</strong>, og når arbejdet går "
            "i gang, står den som <strong>i gang</strong>. Projekter kan også blive sat på pause eller aflyst, og så skriver "
            "vi hvorfor.</p>"
        ),
        "parent": "saadan-arbejder-vi",
        "theme": None,
        "in_menu": False,
        "pictures": [],
        "documents": [],
    },
    {
        "slug": "bliv-velkomstfamilie",
        "title": "Bliv velkomstfamilie",
        "summary": "En velkomstfamilie hjælper en ny familie til rette det første år. Sådan bliver du en af dem.",
        "body": (
            "<p>En velkomstfamilie er en familie, der har boet her et stykke tid, og som holder kontakten med en ny familie "
            "det første år: en middag, en tur, et tip om, hvem der kan reparere bilen.</p>"
            "<p>Det kræver ikke meget, men det betyder meget. Mange, der er flyttet hertil, fortæller, at velkomstfamilien "
            "var grunden til, at de blev boende.</p>"
            "<p>Vil du være velkomstfamilie? Så kontakt værtskabet i Udviklingssekretariatet.</p>"
        ),
        "parent": None,
        "theme": "tag-godt-imod",
        "in_menu": False,
        "pictures": [],
        "documents": [],
    },
]

# Documents of the development work as a whole, in the document library.
SITE_DOCUMENTS = [
    document(
        "Samarbejdsaftale mellem Skarvhavn, Lyngvad og Mågeø",
        "other",
        date(2023, 6, 20),
        "Aftalen om det fælles udviklingssekretariat, og hvordan udgifterne bliver fordelt.",
        pdf=(
            "Samarbejdsaftale mellem Skarvhavn, Lyngvad og Mågeø",
            [
                "Kommunerne driver Fjordegnens Udviklingssekretariat i fællesskab, med kontor i Skarvhavn.",
                "Udgifterne bliver fordelt efter indbyggertal: Skarvhavn 54 procent, Lyngvad 25 procent og Mågeø 21 procent.",
                "Aftalen gælder til den 31. december 2028 og forlænges med fire år, hvis ingen af parterne opsiger den.",
            ],
        ),
    ),
    document(
        "Kommuneplan 2023–2035 for Skarvhavn Kommune",
        "plan",
        date(2023, 9, 14),
        "Kommuneplanen, som udviklingsarbejdet bygger på, i Skarvhavn Kommunes planportal.",
        url="https://planer.example.org/skarvhavn/kommuneplan-2023-2035",
    ),
]
