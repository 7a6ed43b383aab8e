"""The demo in Norwegian Bokmål: Tindregionen, a fictional regional council of three
mountain municipalities at the head of a fjord, with its villages, projects, meetings and
key figures. Its own region, written as a regionråd writes, to the shape of nn.py (see
demo/content/__init__.py): the same kinds, statuses, roles, sectors, dates, numbers,
picture kinds and seeds, in the same order.

Every place, person, phone number and email here is invented: phone numbers in the
555 series, emails at example.org. Pupils are named by first name and class only, as a
real municipality would.
"""

from datetime import date, time
from decimal import Decimal

from . import document, meeting, member, milestone, update

ILLUSTRATION = "Framdrift-demo (illustrasjon)"

LOGIN = {
    "username": "prosessleder",
    "first_name": "Demo",
    "last_name": "Prosessleder",
    "email": "prosessleder@example.org",
}

SITE = {
    "site_name": "Framdrift i Tindregionen",
    "tagline": "Utviklingsarbeidet i Botnvik, Hovdal og Skarvdal, samlet på ett sted",
    "overview_intro": (
        "<p>Her finner du utviklingsprosjektene i Botnvik, Hovdal og Skarvdal, fra de første ideene til det som står ferdig. "
        "For hvert prosjekt ser du hvor langt det har kommet, hva som skjedde sist, og hvem du kan ta kontakt med.</p>"
        "<p>Regionrådet vil at det skal være enkelt å følge med på det som skjer i bygdene, og å finne noe du selv har lyst "
        "til å bidra til. Utvikling skal ikke hvile på noen få ildsjeler; den skal være noe mange er med på.</p>"
        "<p>Mangler det et tiltak her, eller har noe endret seg? Si fra til prosesslederen, så oppdaterer vi siden.</p>"
    ),
    "footer_contact": (
        "<p>Regionrådet for Tindregionen<br>Rådhusplassen 2, 2999 Botnvik</p>"
        '<p>Telefon: <a href="tel:+4755520100">+47 555 20 100</a><br>'
        'E-post: <a href="mailto:post@example.org">post@example.org</a></p>'
        "<p>Åpningstid: mandag–fredag kl. 08.00–15.30</p>"
    ),
    "accessibility_conformance": "partial",
    "accessibility_known_issues": (
        "<p>En del eldre plandokumenter (PDF-filer fra før 2024) er skannet fra papir og har ingen tekst som "
        "skjermlesere kan lese opp. Vi erstatter dem med nye versjoner etter hvert. Trenger du innholdet i et av dem "
        "nå, sender vi det som vanlig tekst innen en uke.</p>"
    ),
    "accessibility_checked_on": date(2026, 11, 2),
    "accessibility_contact_email": "tilgjengelighet@example.org",
}

# (slug, name, overall goal, starts on, ends on): the social local development strategy
# for everyday life in the region, and beside it the plan for those who move here.
STRATEGIES = [
    (
        "utviklingsstrategien",
        "Sosial lokal utviklingsstrategi 2024–2030",
        "<p>Tindregionen skal være et sted der flere velger å bosette seg og bli boende: med arbeid for to, trygge "
        "oppvekstvilkår, levende bygder og et samarbeid mellom kommunene, næringslivet og frivilligheten som gjør at vi får "
        "til mer sammen enn hver for oss.</p>",
        date(2024, 1, 15),
        date(2030, 12, 31),
    ),
    (
        "tilflyttingsplanen",
        "Tilflyttingsplan 2025–2028",
        "<p>Fram mot 2028 skal minst 90 nye innbyggere i året flytte til Tindregionen, og fire av fem av dem som flytter "
        "hit, skal fortsatt bo her tre år etter. Det klarer vi når hele regionen tar godt imot dem som kommer, og når "
        "flere får vite hva regionen har å by på.</p>",
        date(2025, 1, 1),
        date(2028, 12, 31),
    ),
]

# (slug, name, kind, parent slug, description)
AREAS = [
    (
        "tindregionen",
        "Tindregionen",
        "region",
        None,
        "<p>Tre fjellkommuner innerst i Botnfjorden som siden 2002 har samarbeidet gjennom regionrådet om tilflytting, "
        "næringsutvikling og levende bygder. Regionen har om lag 9 400 innbyggere, spredt fra fjorden og opp mot 900 meter "
        "over havet.</p>",
    ),
    (
        "botnvik",
        "Botnvik kommune",
        "municipality",
        "tindregionen",
        "<p>Regionsenteret innerst i fjorden, med om lag 4 900 innbyggere. Her ligger den videregående skolen, "
        "helsesenteret og kaia der hurtigbåten og turistbåtene legger til, og her er de fleste arbeidsplassene i "
        "regionen.</p>",
    ),
    (
        "hovdal",
        "Hovdal kommune",
        "municipality",
        "tindregionen",
        "<p>Dalføret som går opp fra fjorden, med om lag 2 400 innbyggere, aktivt landbruk, setrer og store skoger. Mange "
        "pendler til Botnvik, og stadig flere har hjemmekontor noen dager i uka.</p>",
    ),
    (
        "skarvdal",
        "Skarvdal kommune",
        "municipality",
        "tindregionen",
        "<p>Høyfjellskommunen i regionen, med om lag 2 100 innbyggere. Kommunen strekker seg fra fjorden ved Naustvik og "
        "opp til snaufjellet. Alpinanlegget, fjellhotellene og kraftverket er de største arbeidsplassene, og i vinterferien "
        "er det flere hyttefolk enn fastboende her.</p>",
    ),
    (
        "sorlia",
        "Sørlia",
        "village",
        "botnvik",
        "<p>Bygd i lia sør for Botnvik sentrum, med barneskole, nærbutikk og et nytt boligfelt. Om lag 480 innbyggere og et "
        "grendelag som får mye gjort.</p>",
    ),
    (
        "lundoyra",
        "Lundøyra",
        "village",
        "botnvik",
        "<p>Gammelt handelssted på elveøyra der Lundelva renner ut i fjorden, med kai, naust og et pakkhus som står tomt. "
        "Mange fritidsboliger, men få som bor her hele året.</p>",
    ),
    (
        "granmoen",
        "Granmoen",
        "village",
        "hovdal",
        "<p>Grendesenteret i Hovdal, med samfunnshus, idrettsplass, barnehage og kommunens eneste bensinstasjon.</p>",
    ),
    (
        "saeterlia",
        "Sæterlia",
        "village",
        "hovdal",
        "<p>Fjellbygd øverst i dalen med ti gårdsbruk i drift og flere hundre hytter. Fjellovergangen videre østover er "
        "stengt store deler av vinteren.</p>",
    ),
    (
        "naustvik",
        "Naustvik",
        "village",
        "skarvdal",
        "<p>Det gamle dampskipsanløpet der Skarvdalen møter fjorden, med båtlag, et fjordmuseum i det gule pakkhuset på "
        "kaia og en havn som er i bruk hele året.</p>",
    ),
]

# (slug, name, description, strategy slug): the five target areas of the social local
# development strategy, then the two of the move-here plan.
THEMES = [
    (
        "gode-steder-a-bo",
        "Gode steder å bo",
        "<p>Det skal være lett å finne et sted å bo, enten du vil leie, kjøpe eller bygge selv. Vi jobber for flere "
        "utleieboliger, ledige tomter i alle bygdene og bomiljøer der folk blir kjent med hverandre.</p>"
        "<p><strong>Indikatorer:</strong> antall tomme eneboliger, nye boliger per år og andelen innbyggere som trives der "
        "de bor.</p>",
        "utviklingsstrategien",
    ),
    (
        "arbeid-for-to",
        "Arbeid for to",
        "<p>Når en familie vurderer å flytte hit, må begge de voksne ha en jobb å gå til. Vi formidler stillinger på tvers av "
        "kommunegrensene, legger til rette for fjernarbeid og skaffer flere læreplasser.</p>"
        "<p><strong>Indikatorer:</strong> antall arbeidsplasser, antall lærlinger og hvor mange som jobber fra "
        "kontorfellesskap i regionen.</p>",
        "utviklingsstrategien",
    ),
    (
        "naeringsliv-og-grunderskap",
        "Næringsliv og gründerskap",
        "<p>Et næringsliv i vekst gir arbeidsplasser og liv i bygdene. Vi hjelper dem som vil starte noe nytt, og jobber for "
        "at alle skal ha like vilkår, uansett hvor i regionen de holder til.</p>"
        "<p><strong>Indikatorer:</strong> antall nyetableringer per år og hvor mange bedrifter som fortsatt er i drift etter "
        "tre år.</p>",
        "utviklingsstrategien",
    ),
    (
        "oppvekst-fritid-og-fellesskap",
        "Oppvekst, fritid og fellesskap",
        "<p>Barn og unge skal ha gode skoler, møteplasser og en fritid de selv er med på å forme. Lag og foreninger er limet "
        "i bygdene, og alle, også de som nettopp har flyttet hit, skal kunne være med.</p>"
        "<p><strong>Indikatorer:</strong> andelen unge som deltar i fritidsaktiviteter, og hvor mange nye innbyggere som er "
        "med i et lag eller en forening.</p>",
        "utviklingsstrategien",
    ),
    (
        "vei-bredband-og-kollektiv",
        "Vei, bredbånd og kollektivtrafikk",
        "<p>Trygge veier, fiber til alle husstander og et kollektivtilbud som passer med hverdagen er forutsetninger for alt "
        "det andre. Mye av dette bestemmes av staten og fylkeskommunen, så her handler det om å stå sammen og tale bygdenes "
        "sak.</p>"
        "<p><strong>Indikatorer:</strong> andelen husstander med fiber, og antall avganger mellom bygdene på "
        "kveldstid.</p>",
        "utviklingsstrategien",
    ),
    (
        "ta-godt-imot",
        "Ta godt imot",
        "<p>De som flytter hit, skal føle seg velkomne fra første dag: med en fast kontaktperson, en fadderfamilie og "
        "hjelp til å finne jobb til partneren. Vi følger opp hver familie det første året.</p>"
        "<p><strong>Indikatorer:</strong> andelen tilflyttere som fortsatt bor her etter tre år, og antall aktive "
        "fadderfamilier.</p>",
        "tilflyttingsplanen",
    ),
    (
        "en-synlig-region",
        "En synlig region",
        "<p>Mange vet ikke at det finnes ledige jobber, tomter og gode skoler i bygdene våre. Vi forteller om hverdagen her "
        "i sosiale medier, på messer og gjennom dem som allerede har flyttet hit.</p>"
        "<p><strong>Indikatorer:</strong> antall familier som melder interesse, og hvor mange som kommer på "
        "prøvebo-helger.</p>",
        "tilflyttingsplanen",
    ),
]

# key: (name, job title, organisation, direct phone, mobile, email)
PEOPLE = {
    "kristin": (
        "Kristin Bjørgum",
        "Prosessleder",
        "Regionrådet for Tindregionen",
        "+47 555 20 110",
        "+47 555 81 234",
        "kristin.bjorgum@example.org",
    ),
    "anders": (
        "Anders Løkken",
        "Koordinator for vertskap og tilflytting",
        "Regionrådet for Tindregionen",
        "+47 555 20 115",
        "+47 555 81 876",
        "anders.lokken@example.org",
    ),
    "geir": (
        "Geir Sandvold",
        "Regional næringssjef",
        "Regionrådet for Tindregionen",
        "+47 555 20 120",
        "+47 555 82 345",
        "geir.sandvold@example.org",
    ),
    "hilde": (
        "Hilde Råen",
        "Kulturkonsulent",
        "Hovdal kommune",
        "+47 555 20 130",
        "",
        "hilde.raen@example.org",
    ),
    "trond": (
        "Trond Myrvang",
        "Prosjektleder",
        "Skarvdal kommune",
        "+47 555 20 140",
        "+47 555 83 456",
        "trond.myrvang@example.org",
    ),
    "line": (
        "Line Fossum",
        "Bygdeutvikler",
        "Botnvik kommune",
        "",
        "+47 555 84 567",
        "line.fossum@example.org",
    ),
    "randi": (
        "Randi Sletten",
        "Leder",
        "Granmoen bygdelag",
        "",
        "+47 555 85 678",
        "randi.sletten@example.org",
    ),
}

# Contacts for the development work as a whole: (person key, role, own words for the role).
SITE_CONTACTS = [
    ("kristin", "process_leader", ""),
    ("anders", "other", "Kontaktperson for nye innbyggere"),
]

# (name, role, represents): 17 members across sectors, as the strategy asks.
ADVISORY_BOARD_MEMBERS = [
    ("Knut Almås", "chair", "Botnvik kommune, ordfører"),
    ("Gro Bekkelund", "member", "Hovdal kommune, varaordfører"),
    ("Svein Tollefsen", "member", "Skarvdal kommune, kommunestyret"),
    ("Marit Engen", "member", "Næringslivet: handel og service"),
    ("Espen Kvamme", "member", "Næringslivet: reiseliv"),
    ("Siri Haugom", "member", "Landbruket, Hovdal bondelag"),
    ("Rolf Granli", "member", "Kraft og industri"),
    ("Turid Nymoen", "member", "Pensjonistforeningene"),
    ("Bjørn Storhaug", "member", "Idrettslagene"),
    ("Ingvild Rustad", "member", "Ungdomsrådet"),
    ("Harald Moe", "member", "Sørlia grendelag"),
    ("Berit Løvli", "member", "Granmoen bygdelag"),
    ("Olav Brenden", "member", "Naustvik båtlag"),
    ("Anne Solheim", "member", "Frivilligsentralen"),
    ("Agnieszka Nowak", "member", "Nye innbyggere og innvandrerrådet"),
    ("Ellen Stavem", "member", "Skolene, rektor ved Hovdal skole"),
    ("Tove Grøtting", "secretary", "Regionrådets sekretariat"),
]

JUNIOR_BOARD_MEMBERS = [
    ("Ingrid, 10. klasse", "chair", "Botnvik ungdomsskole"),
    ("Magnus, 9. klasse", "member", "Botnvik ungdomsskole"),
    ("Thea, 10. klasse", "member", "Hovdal skole"),
    ("Sander, 8. klasse", "member", "Hovdal skole"),
    ("Live, 9. klasse", "member", "Skarvdal skole"),
    ("Mathias, 10. klasse", "member", "Skarvdal skole"),
    ("Ella, 8. klasse", "member", "Botnvik ungdomsskole"),
    ("Oskar, 9. klasse", "secretary", "Hovdal skole"),
]

# The municipal councils' term: the politicians sit in the group for as long.
COUNCIL_TERM = (date(2023, 10, 1), date(2027, 9, 30))

CAMPAIGN_GROUP_MEMBERS = [
    member("Knut Almås", "chair", "Botnvik kommune", term=COUNCIL_TERM, portrait=1),
    member("Gro Bekkelund", "member", "Hovdal kommune", term=COUNCIL_TERM),
    member("Svein Tollefsen", "member", "Skarvdal kommune", term=COUNCIL_TERM),
    member("Terje Nyhus", "deputy", "Hovdal kommune", term=COUNCIL_TERM),
    member(
        "Marit Engen",
        "member",
        "Tindregionen næringsforening",
        term=(date(2025, 1, 1), date(2028, 12, 31)),
    ),
    member("Anne Solheim", "member", "Frivilligsentralen"),
    member("Kari Nordbø", "observer", "Fjellfylket fylkeskommune"),
    member("Kristin Bjørgum", "adviser", "Regionrådets sekretariat"),
    member(
        "Agnieszka Nowak",
        "other",
        "Nye innbyggere",
        role_other="Talsperson for dem som har flyttet hit",
        term=(date(2025, 1, 1), None),
    ),
    member("Anders Løkken", "secretary", "Regionrådets sekretariat"),
]

VILLAGE_NETWORK_MEMBERS = [
    ("Harald Moe", "member", "Sørlia"),
    ("Kjersti Holen", "member", "Lundøyra"),
    ("Berit Løvli", "chair", "Granmoen"),
    ("Arne Bakken", "member", "Sæterlia"),
    ("Olav Brenden", "member", "Naustvik"),
]

SORLIA_WORKING_GROUP = [
    ("Harald Moe", "chair", "Sørlia grendelag"),
    ("Camilla Vold", "member", "FAU ved Sørlia skole"),
    ("Stian Ødegård", "member", "Sørlia Snekkerverksted AS"),
    ("Mari Lunde", "member", "Sørlia idrettslag"),
    ("Jonas Berntsen", "member", "Nye innbyggere i bygda"),
    ("Line Fossum", "secretary", "Botnvik kommune"),
]

# Picture: (kind, seed, alt text, caption, credit); kinds are those pictures.draw() makes.
PROJECTS = [
    {
        "slug": "tindliv",
        "title": "«Tindliv»: tilflytting til Tindregionen",
        "summary": "Siden 2002 har Botnvik, Hovdal og Skarvdal markedsført seg som én region og tatt imot nye innbyggere med vertskap, jobbformidling og prøvebo-helger.",
        "status": "ongoing",
        "progress": None,
        "starts_on": date(2002, 3, 1),
        "is_featured": True,
        "lead_organisation": "Regionrådet for Tindregionen",
        "areas": ["tindregionen"],
        "themes": ["gode-steder-a-bo", "arbeid-for-to", "ta-godt-imot", "en-synlig-region"],
        "body": (
            "<h2>Bakgrunn</h2>"
            "<p>Rundt årtusenskiftet så regionrådet det samme bildet i alle tre kommunene: folketallet gikk ned, de unge reiste "
            "ut for å ta utdanning, og for få kom tilbake. Fra 1990 til 2001 sank innbyggertallet i regionen fra 10 400 til "
            "9 300, og befolkningsframskrivingene viste at nedgangen ville fortsette. Vi ligger for langt fra byene til at "
            "folk kan dagpendle, så vi må klare oss selv.</p>"
            "<p>En familie som vurderer å flytte, ser etter fire ting: arbeid for begge de voksne, gode oppvekstvilkår, et godt "
            "bomiljø og et rikt kultur- og fritidstilbud. Ingen av kommunene kunne tilby alt dette alene. Sammen kan vi det, og "
            "alt ligger innenfor en halvtimes kjøretur.</p>"
            "<p>«Tindliv» ble derfor startet i 2002 som et felles prosjekt for de tre kommunene, med næringslivet og "
            "frivilligheten som partnere. Vi selger regionen, ikke den enkelte kommune. Hadde én kommune gjort dette på egen "
            "hånd, ville den fort ha endt opp med å konkurrere mot naboene sine.</p>"
            "<h2>Fase 1: Vertskap og infrastruktur (2002–2004)</h2>"
            "<p>Først måtte vi få på plass det som trengs før vi inviterer folk hit. Servicekontorene i de tre kommunene fikk "
            "rollen som vertskap for alle som vurderer å flytte til regionen. Vertskapet setter folk i kontakt med "
            "arbeidsgivere og utleiere og svarer på spørsmål om barnehage, skole, kultur og fritid.</p>"
            "<ul><li>Én felles nettside med ledige stillinger, boliger og tomter i hele regionen</li>"
            "<li>En fast kontaktperson for hver familie som melder interesse</li>"
            "<li>En avtale med næringsforeningen om at ledige stillinger meldes til vertskapet</li></ul>"
            "<h2>Fase 2: Markedsføring og rekruttering (fra 2004)</h2>"
            "<p>Fra 2004 har vi markedsført regionen aktivt, og bare med positive budskap: ingen kø, korte avstander og "
            "skiløypa rett utenfor døra. Den mest kjente kampanjen er «Skolestart i Tindregionen», som retter seg mot familier "
            "der det eldste barnet skal begynne på skolen. Familiene blir invitert til prøvebo-helger der de bor en helg i en "
            "av bygdene, treffer arbeidsgivere og får omvisning på skolen.</p>"
            "<h2>Resultater så langt</h2>"
            "<ul><li><strong>412</strong> familier og enkeltpersoner har meldt interesse siden 2002.</li>"
            "<li><strong>87</strong> husstander har flyttet hit som et direkte resultat av kampanjen, med til sammen "
            "<strong>131</strong> barn.</li>"
            "<li><strong>64</strong> familier har vært med på prøvebo-helger.</li>"
            "<li><strong>23</strong> nye bedrifter er startet av tilflyttere.</li></ul>"
            "<p>Folketallet har stabilisert seg på om lag 9 400, og de siste fem årene har flere flyttet til regionen enn fra "
            "den. Men mange som flytter inn, flytter ut igjen etter noen år. Derfor bruker vi nå like mye krefter på å få folk "
            "til å bli: med fadderfamilier, nettverk og hjelp til å finne jobb til partneren.</p>"
            '<p>Les mer om å flytte hit på <a href="https://www.example.org/tindliv">nettsiden for tilflyttere</a>.</p>'
        ),
        "how_to_get_involved": (
            "<p>Kjenner du noen som går med tanker om å flytte hjem igjen? Tips vertskapet, så tar vi kontakt på en hyggelig "
            "måte.</p>"
            "<ul><li>Bli fadderfamilie for en ny familie det første året.</li>"
            "<li>Meld fra til vertskapet om ledige utleieboliger eller tomter.</li>"
            "<li>Bedrifter kan melde inn ledige stillinger, også deltidsstillinger og læreplasser.</li></ul>"
        ),
        "partners": [
            ("Botnvik kommune", "public"),
            ("Hovdal kommune", "public"),
            ("Skarvdal kommune", "public"),
            ("Botnfjord Sparebank", "private"),
            ("Tindregionen næringsforening", "private"),
            ("Frivilligsentralen i Botnvik", "voluntary"),
            ("Bygdekvinnelagene i Tindregionen", "voluntary"),
        ],
        "phases": [
            (
                "Fase 1: Vertskap og infrastruktur",
                date(2002, 3, 1),
                date(2004, 6, 30),
                "<p>Servicekontorene ble vertskap for tilflyttere, og en felles nettside med jobber, boliger og tomter i hele "
                "regionen ble lansert.</p>",
            ),
            (
                "Fase 2: Markedsføring og rekruttering",
                date(2004, 8, 1),
                None,
                "<p>Aktiv markedsføring av regionen, kampanjen «Skolestart i Tindregionen», prøvebo-helger og "
                "fadderfamilier.</p>",
            ),
        ],
        "contacts": [
            ("anders", "project_leader"),
            ("kristin", "process_leader"),
            ("geir", "contact"),
        ],
        "pictures": [
            (
                "fjord",
                11,
                "Fjord mellom høye, snødekte fjell, med hus langs strandkanten og en hvit båt på vannet",
                "Botnvik innerst i fjorden",
                "Eva Brattli",
            ),
            (
                "school",
                12,
                "Skolebygning i to etasjer med norsk flagg på flaggstangen og barn som leker i skolegården",
                "Skolestart i Tindregionen: omvisning på Botnvik skole",
                "Jørn Sagbakken",
            ),
            (
                "meeting",
                13,
                "Folk rundt et bord i et møterom, med en tavle full av lapper og vindu ut mot fjorden",
                "Informasjonsmøte for nye innbyggere",
                ILLUSTRATION,
            ),
            (
                "village",
                14,
                "Hus i en grønn li, en vei gjennom bygda og folk som går langs veien",
                "Prøvebo-helg på Granmoen",
                "Eva Brattli",
            ),
        ],
        "documents": [
            document(
                "Årsrapport 2024 for «Tindliv»",
                "report",
                date(2025, 1, 20),
                "Hvor mange som meldte interesse og flyttet hit i 2024, og hvordan vertskapet arbeidet.",
                pdf=(
                    "Årsrapport 2024: Tindliv",
                    [
                        "I 2024 meldte 31 familier og enkeltpersoner interesse for å flytte til Tindregionen, 15 av dem barnefamilier. Ni husstander flyttet hit i løpet av året, med til sammen 14 barn.",
                        "Vertskapet tok kontakt med alle som meldte interesse, innen en uke. Det ble holdt tre prøvebo-helger: på Granmoen, i Sørlia og i Naustvik.",
                        "Ved årsskiftet hadde fadderordningen 18 aktive fadderfamilier.",
                    ],
                ),
            )
        ],
        # (source, kind, amount, currency, from year, to year)
        "funding": [
            (
                "Botnvik, Hovdal og Skarvdal kommuner",
                "municipality",
                Decimal(750000),
                "NOK",
                2025,
                2028,
            ),
            ("Tindregionen næringsforening", "private", Decimal(120000), "NOK", 2025, 2028),
        ],
        # (kind, title, address, still picture for a video: (kind, seed, alt text))
        "links": [
            (
                "website",
                "Flytt til Tindregionen: jobber, boliger og tomter",
                "https://www.example.org/tindliv",
                None,
            ),
            (
                "facebook",
                "«Tindliv» på Facebook",
                "https://facebook.example.org/tindliv",
                None,
            ),
            (
                "video",
                "Film: Hverdagen i Tindregionen (4 minutter)",
                "https://video.example.org/hverdagen-i-tindregionen",
                (
                    "fjord",
                    15,
                    "Bilde fra filmen: fjorden mellom høye fjell, hus langs strandkanten og en hvit båt",
                ),
            ),
        ],
        "updates": [
            update(
                date(2021, 3, 18),
                "Prøvebo-helgen ble digital i år",
                "<p>Smittevernreglene gjorde det umulig å ta imot familier i bygdene denne våren. I stedet inviterte vi til en "
                "digital prøvebo-helg med videomøter med skolene, arbeidsgivere og de tre ordførerne.</p>"
                "<p>19 familier deltok, flere enn på noen av de fysiske samlingene. Den erfaringen tar vi med oss videre.</p>",
            ),
            update(
                date(2022, 9, 15),
                "Vertskapet har fått egen koordinator",
                "<p>Anders Løkken er ansatt som koordinator for vertskap og tilflytting i halv stilling. Han følger opp alle som "
                "melder interesse, og er fast kontaktperson for familiene til de har funnet seg til rette.</p>"
                "<p>Tidligere gikk oppgaven på omgang mellom servicekontorene, og da var det lett at noen falt mellom to "
                "stoler.</p>",
                picture=(
                    "meeting",
                    101,
                    "Møterom med folk rundt et bord, en tavle full av lapper og utsikt mot fjorden",
                    "Oppstartsmøte med servicekontorene i de tre kommunene",
                    ILLUSTRATION,
                ),
            ),
            update(
                date(2023, 5, 2),
                "Rekordmange på prøvebo-helgene",
                "<p>Tolv familier deltok på de to prøvebo-helgene i vår, flere enn noen gang før. Fem av dem har allerede søkt "
                "jobb i regionen, og to har fått tilbud om bolig.</p>",
                picture=(
                    "village",
                    102,
                    "Grønn bygd med hus oppover lia og folk som går langs veien",
                    "Prøvebo-familiene på vandring gjennom Granmoen",
                    "Jørn Sagbakken",
                ),
            ),
            update(
                date(2024, 1, 22),
                "Årsrapport 2023: 38 meldte interesse",
                "<p>I 2023 meldte 38 familier og enkeltpersoner interesse for å flytte hit. Elleve husstander har flyttet til "
                "regionen, og tilflyttere har startet fire nye bedrifter.</p>",
            ),
            update(
                date(2025, 1, 20),
                "Årsrapport 2024: ni nye husstander",
                "<p>31 familier og enkeltpersoner meldte interesse i 2024, og ni husstander med til sammen 14 barn flyttet hit. "
                "Hele årsrapporten finner du under dokumenter.</p>",
            ),
            update(
                date(2025, 10, 8),
                "Fadderordningen gjelder nå i alle bygdene",
                "<p>Fadderfamilier har vært et tilbud i Botnvik sentrum siden 2019. Nå har vi faddere i alle de fem bygdene, "
                "takket være bygdekvinnelagene og grendelagene.</p>",
            ),
            update(
                -12,
                "Ny film om hverdagen i Tindregionen",
                "<p>Filmen følger fire familier som har flyttet hit de siste årene, fra frokostbordet til skitreningen. Den "
                "vises i sosiale medier i høst og ligger på nettsiden for tilflyttere.</p>",
            ),
            update(
                10,
                "Påmeldingen til prøvebo-helgen i Naustvik er åpen",
                "<p>Prøvebo-helgen i februar blir i Naustvik. Familiene bor i naust som er satt i stand, treffer arbeidsgivere "
                "i reiselivet og kraftbransjen og får omvisning på Skarvdal skole. Påmeldingsfristen er 15. januar.</p>",
            ),
        ],
    },
    {
        "slug": "sosial-utviklingsstrategi",
        "title": "Sosial lokal utviklingsstrategi 2024–2030",
        "summary": "En felles strategi med ett overordnet mål og fem satsingsområder, utarbeidet sammen med innbyggere, næringsliv, lag og foreninger og unge i hele regionen.",
        "status": "ongoing",
        "progress": 45,
        "starts_on": date(2024, 1, 15),
        "ends_on": date(2030, 12, 31),
        "is_featured": True,
        "lead_organisation": "Regionrådet for Tindregionen",
        "areas": ["tindregionen"],
        "themes": [
            "gode-steder-a-bo",
            "arbeid-for-to",
            "naeringsliv-og-grunderskap",
            "oppvekst-fritid-og-fellesskap",
            "vei-bredband-og-kollektiv",
        ],
        "body": (
            "<p>Hva får folk til å velge et sted å bo, og hva får dem til å bli? Jobb og bolig betyr mye, men erfaringen fra "
            "tilflyttingsarbeidet er at fellesskapet betyr minst like mye: at du blir kjent med folk, blir invitert med og "
            "kjenner at du hører til. Det kaller vi sosial kapital, og det er utgangspunktet for den sosiale lokale "
            "utviklingsstrategien.</p>"
            "<p>Arbeidet går i to spor. Det ene er selve planen: ett overordnet mål, fem satsingsområder og tiltak med "
            "indikatorer som kan måles. Det andre er måten planen blir til på. Når kommunene, næringslivet, lag og foreninger "
            "og innbyggerne møtes, blir kjent og forstår hverandres roller, vokser tilliten. Da blir det lettere å få ting "
            "gjort, også etter at strategien er vedtatt.</p>"
            "<h2>Overordnet mål</h2>"
            "<p><strong>Tindregionen skal være et sted der flere velger å bosette seg og bli boende, fordi vi får til mer "
            "sammen enn hver for oss.</strong></p>"
            "<h2>Fem satsingsområder</h2>"
            "<ol><li>Gode steder å bo</li><li>Arbeid for to</li><li>Næringsliv og gründerskap</li>"
            "<li>Oppvekst, fritid og fellesskap</li><li>Vei, bredbånd og kollektivtrafikk</li></ol>"
            "<p>Hvert satsingsområde har to eller tre indikatorer som måles hvert år, og en handlingsplan som rulleres hver "
            "høst.</p>"
            "<h2>Slik blir strategien til</h2>"
            "<p>Det rådgivende organet har 17 medlemmer fra kommunene, næringslivet, landbruket, kraftbransjen, lag og "
            "foreninger, bygdene, de unge og de eldre. De følger arbeidet tett og sørger for at strategien har bred "
            "forankring. Ungdommens rådgivende organ, med elever fra ungdomsskolene i alle tre kommunene, gir råd i alle saker "
            "som angår unge.</p>"
            "<p>Bygdenettverket har én representant fra hver bygd og holder kontakten med grendelagene. To ganger i året "
            "inviterer vi alle til et stort strategimøte. Det første, i april 2024, samlet 140 deltakere fra hele regionen og "
            "i alle aldre.</p>"
        ),
        "how_to_get_involved": (
            "<p>Alle kan bidra:</p>"
            "<ul><li>Kom på strategimøtet hver vår og høst. Det er gratis, og vi serverer middag.</li>"
            "<li>Ta kontakt med representanten for bygda di i bygdenettverket.</li>"
            "<li>Går du på ungdomsskolen? Snakk med kontaktlæreren din om ungdommens rådgivende organ.</li></ul>"
            '<p>Du kan også skrive direkte til prosesslederen på <a href="mailto:kristin.bjorgum@example.org">'
            "kristin.bjorgum@example.org</a>.</p>"
        ),
        "partners": [
            ("Botnvik kommune", "public"),
            ("Hovdal kommune", "public"),
            ("Skarvdal kommune", "public"),
            ("Fjellfylket fylkeskommune", "public"),
            ("Tindregionen næringsforening", "private"),
            ("Frivilligsentralen i Botnvik", "voluntary"),
        ],
        "phases": [
            (
                "Kartlegging og innspill",
                date(2024, 1, 15),
                date(2024, 10, 31),
                "<p>Intervjuer med politikere og ledere, det første strategimøtet og innspill fra alle bygdene.</p>",
            ),
            (
                "Mål, indikatorer og tiltak",
                date(2024, 11, 1),
                date(2025, 12, 31),
                "<p>Det rådgivende organet utarbeider indikatorer og tiltak for hvert satsingsområde.</p>",
            ),
            (
                "Gjennomføring og rullering",
                date(2026, 1, 1),
                date(2030, 12, 31),
                "<p>Tiltakene gjennomføres, og indikatorene måles og legges fram hver høst.</p>",
            ),
        ],
        "contacts": [("kristin", "project_leader"), ("hilde", "coordinator")],
        "pictures": [
            (
                "meeting",
                21,
                "Strategimøte: folk rundt et langbord, en tavle med fargerike lapper og vindu ut mot fjorden",
                "Det første strategimøtet samlet 140 deltakere",
                "Maria Dahle",
            ),
            (
                "school",
                22,
                "Skolebygning i to etasjer med norsk flagg på flaggstangen og elever ute i skolegården",
                "Ungdommens rådgivende organ møtes på skolene",
                ILLUSTRATION,
            ),
            (
                "village",
                23,
                "Bygd i en grønn li med hus, en vei gjennom bygda og folk som går",
                "Bygdene skal være gode steder å bo",
                "Maria Dahle",
            ),
        ],
        "documents": [
            document(
                "Innspill fra strategimøtet 18. april 2024 (sammendrag)",
                "report",
                date(2024, 4, 19),
                "De 612 innspillene fra strategimøtet, sortert etter satsingsområde.",
                pdf=(
                    "Innspill fra strategimøtet 18. april 2024",
                    [
                        "140 deltakere fra hele regionen, fra 12 til 87 år, kom med til sammen 612 innspill.",
                        "De fleste innspillene handlet om boliger, møteplasser for unge, kollektivtilbud på kveldstid og arbeid til partnerne til dem som flytter hit.",
                        "Innspillene er sortert etter de fem satsingsområdene og lagt fram for det rådgivende organet.",
                    ],
                ),
            ),
            document(
                "Overordnet mål og fem satsingsområder (vedtatt oktober 2024)",
                "plan",
                date(2024, 10, 3),
                "Målet og satsingsområdene slik kommunestyrene vedtok dem.",
                pdf=(
                    "Overordnet mål og fem satsingsområder",
                    [
                        "Overordnet mål: Tindregionen skal være et sted der flere velger å bosette seg og bli boende, fordi vi får til mer sammen enn hver for oss.",
                        "Satsingsområder: Gode steder å bo. Arbeid for to. Næringsliv og gründerskap. Oppvekst, fritid og fellesskap. Vei, bredbånd og kollektivtrafikk.",
                        "Vedtatt av kommunestyrene i Botnvik, Hovdal og Skarvdal i oktober 2024.",
                    ],
                ),
            ),
            document(
                "Vedtaket i kommunestyret i Botnvik (sak 2024/1187)",
                "decision",
                date(2024, 10, 3),
                "Saksframlegget og vedtaket i innsynsløsningen til Botnvik kommune.",
                url="https://innsyn.example.org/botnvik/sak/2024-1187",
            ),
        ],
        "milestones": [
            milestone(
                "Vedtatt i kommunestyrene",
                "decision",
                happened=date(2024, 10, 3),
                description="Botnvik, Hovdal og Skarvdal vedtok det overordnede målet og de fem satsingsområdene.",
                case_number="2024/1187",
                case_url="https://innsyn.example.org/botnvik/sak/2024-1187",
            ),
            milestone(
                "Handlingsplanen for neste år vedtas",
                "decision",
                planned=140,
                description="Vårens strategimøte prioriterer tiltakene, og kommunestyrene vedtar dem.",
            ),
        ],
        "funding": [
            (
                "Botnvik, Hovdal og Skarvdal kommuner",
                "municipality",
                Decimal(1500000),
                "NOK",
                2024,
                2030,
            ),
            (
                "Fjellfylket fylkeskommune, regionale utviklingsmidler",
                "region",
                Decimal(900000),
                "NOK",
                2024,
                2026,
            ),
            (
                "Staten, tilskudd til lokal samfunnsutvikling",
                "state",
                Decimal(600000),
                "NOK",
                2025,
                2026,
            ),
            ("Interreg, prosjektet «Levende fjordbygder»", "eu", Decimal(85000), "EUR", 2025, 2027),
            (
                "Gavefondet til Botnfjord Sparebank",
                "foundation",
                Decimal(150000),
                "NOK",
                2025,
                2025,
            ),
        ],
        "updates": [
            update(
                date(2024, 2, 20),
                "Det rådgivende organet har hatt sitt første møte",
                "<p>17 medlemmer fra næringslivet, lag og foreninger, bygdene, de unge, de eldre og de tre kommunene møttes i "
                "Granmoen samfunnshus. Alle stilte seg bak formålet: et langsiktig og systematisk arbeid for å gjøre regionen "
                "til et bedre sted å bo.</p>"
                "<p>Organet møtes hver sjette uke fram til strategien er vedtatt.</p>",
                "ongoing",
                5,
            ),
            update(
                date(2024, 4, 19),
                "140 deltakere på det første strategimøtet",
                "<p>Fra tolvåringer til pensjonister: 140 personer fra hele regionen var med på strategimøtet i Botnvik "
                "kulturhus i går. Etter et foredrag om tillit og samarbeid jobbet deltakerne i grupper, og resultatet ble "
                "612 innspill.</p><p>Et sammendrag ligger under dokumenter.</p>",
                progress=15,
                picture=(
                    "meeting",
                    201,
                    "Mange mennesker rundt et langbord i et møterom, med en tavle full av lapper og vindu mot fjorden",
                    "Gruppearbeid på strategimøtet",
                    "Maria Dahle",
                ),
            ),
            update(
                date(2024, 10, 3),
                "Overordnet mål og fem satsingsområder er vedtatt",
                "<p>Kommunestyrene i Botnvik, Hovdal og Skarvdal har nå alle vedtatt det overordnede målet og de fem "
                "satsingsområdene. Neste steg er å finne indikatorer og tiltak for hvert område.</p>",
                progress=25,
            ),
            update(
                date(2025, 3, 12),
                "Ungdommens rådgivende organ har levert sine råd",
                "<p>Elevene har jobbet med satsingsområdene i et halvt år. Dette er de tre viktigste rådene deres:</p>"
                "<ul><li>kveldsbuss mellom bygdene, minst to dager i uka</li>"
                "<li>et sted å være uten å måtte kjøpe noe</li>"
                "<li>flere sommerjobber for unge i lokale bedrifter</li></ul>",
                progress=30,
                picture=(
                    "school",
                    202,
                    "Skolebygning med norsk flagg på flaggstangen og elever i skolegården",
                    "Ungdommens rådgivende organ la fram rådene på Hovdal skole",
                    ILLUSTRATION,
                ),
            ),
            update(
                date(2025, 9, 25),
                "Indikatorene er klare",
                "<p>Hvert satsingsområde har nå to eller tre indikatorer. De første målingene legges fram på høstmøtet.</p>",
                progress=40,
            ),
            update(
                date(2026, 4, 23),
                "Handlingsplanen for 2026 er klar",
                "<p>Vårens strategimøte prioriterte tolv tiltak for 2026, blant annet kveldsbuss mellom bygdene og flere "
                "utleieboliger i Sørlia og på Granmoen.</p>",
                progress=45,
            ),
            update(
                -3,
                "Høstmøtet: første måling av indikatorene",
                "<p>På høstmøtet la prosesslederen fram de første målingene. Fiberdekningen har økt, mens det fortsatt er for "
                "få ledige utleieboliger i alle tre kommunene.</p>",
            ),
            update(
                -1,
                "Oppsummering fra høstmøtet",
                "<p>Utkast: Lederen av det rådgivende organet skal lese gjennom før det publiseres.</p>",
                draft=True,
            ),
        ],
    },
    {
        "slug": "utviklingsplan-sorlia",
        "title": "Lokal utviklingsplan for Sørlia",
        "summary": "Folk i Sørlia har laget en plan for flere utleieboliger, trygg skolevei og en ny møteplass ved skolen.",
        "status": "ongoing",
        "progress": 55,
        "progress_from": "weighted",
        "starts_on": date(2023, 1, 10),
        "ends_on": date(2027, 12, 31),
        "lead_organisation": "Sørlia grendelag",
        "areas": ["sorlia"],
        "themes": ["gode-steder-a-bo", "oppvekst-fritid-og-fellesskap"],
        "body": (
            "<p>Utviklingsplanen for Sørlia er laget av folk i bygda selv, med hjelp fra kommunen. Vinteren 2022–2023 holdt "
            "grendelaget tre åpne bygdemøter, og 212 innbyggere svarte på en spørreundersøkelse om hva som er bra med bygda, "
            "og hva som mangler.</p>"
            "<p>Svarene var klare: folk trives, men det er nesten umulig å leie bolig, skoleveien langs fylkesveien er utrygg, "
            "og barn og unge har ikke noe sted å være etter skoletid.</p>"
            "<h2>De viktigste tiltakene</h2>"
            "<ol><li>Seks nye utleieboliger ved skolen, bygget av en lokal snekkerbedrift</li>"
            "<li>Ny lekeplass og aktivitetsområde ved Sørlia skole</li>"
            "<li>Fortau langs fylkesveien fra butikken til skolen</li>"
            "<li>En årlig bygdedag der nye innbyggere blir ønsket velkommen</li></ol>"
            "<h2>Slik samarbeider vi</h2>"
            "<p>Planen bygger på prinsippet om hjelp til selvhjelp. Grendelaget og dugnadsgjengen gjør det de kan selv, og "
            "kommunen stiller med fagfolk, søknader og penger der det trengs. Arbeidsgruppen møtes en gang i måneden og "
            "rapporterer til årsmøtet i grendelaget.</p>"
        ),
        "how_to_get_involved": (
            "<p>Det er dugnad på aktivitetsområdet hver tirsdag i mai fra kl. 18. Ta med arbeidshansker; grendelaget stiller "
            "med kaffe og vafler.</p><p>Vil du være med i arbeidsgruppen? Ta kontakt med Line Fossum i kommunen.</p>"
        ),
        "partners": [
            ("Botnvik kommune", "public"),
            ("Sørlia grendelag", "voluntary"),
            ("Sørlia idrettslag", "voluntary"),
            ("Sørlia Snekkerverksted AS", "private"),
        ],
        "phases": [],
        "contacts": [("line", "contact")],
        "pictures": [
            (
                "village",
                31,
                "Sørlia: hus spredt i en grønn li, en vei gjennom bygda og folk som går langs veien",
                "Sørlia en sommerdag",
                "Sørlia grendelag",
            ),
            (
                "building_site",
                32,
                "Byggeplass med en gravemaskin og reisverket til et nytt hus",
                "Grunnarbeid for de nye utleieboligene",
                "Jonas Berntsen",
            ),
            (
                "school",
                33,
                "Skole i to etasjer med flaggstang og barn som leker i skolegården",
                "Den nye lekeplassen ved Sørlia skole",
                "Sørlia grendelag",
            ),
        ],
        "documents": [
            document(
                "Lokal utviklingsplan for Sørlia 2023–2027",
                "plan",
                date(2023, 2, 28),
                "Planen slik årsmøtet i grendelaget vedtok den, med alle de fire tiltakene.",
                pdf=(
                    "Lokal utviklingsplan for Sørlia 2023–2027",
                    [
                        "Planen er laget av Sørlia grendelag etter tre åpne bygdemøter og en spørreundersøkelse med 212 svar.",
                        "Tiltak: seks utleieboliger ved skolen, ny lekeplass og aktivitetsområde, fortau langs fylkesveien og en årlig bygdedag.",
                        "Vedtatt på årsmøtet i grendelaget 28. februar 2023 og behandlet i Botnvik kommunestyre i november 2023.",
                    ],
                ),
            )
        ],
        "milestones": [
            milestone("Vedtatt på årsmøtet i grendelaget", "decision", happened=date(2023, 2, 28)),
            milestone(
                "Behandlet i kommunestyret i Botnvik",
                "decision",
                happened=date(2023, 11, 13),
                description="Kommunestyret sluttet seg til planen og bevilget penger til fortauet.",
                case_number="2023/2210",
                case_url="https://innsyn.example.org/botnvik/sak/2023-2210",
            ),
        ],
        "updates": [
            update(
                date(2023, 3, 1),
                "Planen er vedtatt på årsmøtet",
                "<p>Et enstemmig årsmøte i grendelaget vedtok utviklingsplanen i går kveld. Over 90 personer møtte opp.</p>",
                "ongoing",
                15,
            ),
            update(
                date(2023, 11, 14),
                "Kommunestyret stiller seg bak planen",
                "<p>Botnvik kommunestyre har behandlet planen og satt av 1,2 millioner kroner til fortau langs fylkesveien. "
                "Fylkeskommunen dekker resten.</p>",
                progress=25,
            ),
            update(
                date(2024, 6, 14),
                "Lekeplassen ved skolen er åpnet",
                "<p>Over hundre barn og voksne kom på åpningen. Dugnadsgjengen har lagt ned mer enn 600 timer.</p>",
                progress=40,
                picture=(
                    "school",
                    301,
                    "Skole med norsk flagg på flaggstangen og barn som leker i skolegården",
                    "Åpningsdagen på den nye lekeplassen",
                    "Camilla Vold",
                ),
            ),
            update(
                date(2025, 5, 6),
                "Fortauet langs fylkesveien er ferdig",
                "<p>Nå kan elevene gå trygt hele veien fra butikken til skolen.</p>",
                progress=50,
            ),
            update(
                -40,
                "Byggestart for utleieboligene",
                "<p>Sørlia Snekkerverksted AS startet grunnarbeidet denne uka. Boligene skal stå klare til skolestart neste år, "
                "og kommunen tar imot søknader fra nyttår.</p>",
                progress=55,
                picture=(
                    "building_site",
                    302,
                    "Gravemaskin og reisverket til et nytt hus på en tomt",
                    "Grunnarbeidet er i gang",
                    "Jonas Berntsen",
                ),
            ),
        ],
    },
    {
        "slug": "utviklingsplan-granmoen",
        "title": "Lokal utviklingsplan for Granmoen",
        "summary": "Granmoen lager en plan for sentrum rundt samfunnshuset, med møteplasser, tryggere veier og plass til nye bedrifter.",
        "status": "ongoing",
        "progress": 30,
        "starts_on": date(2026, 1, 15),
        "ends_on": date(2026, 12, 31),
        "lead_organisation": "Granmoen bygdelag",
        "areas": ["granmoen"],
        "themes": [
            "gode-steder-a-bo",
            "oppvekst-fritid-og-fellesskap",
            "naeringsliv-og-grunderskap",
        ],
        "body": (
            "<p>Granmoen er grendesenteret i Hovdal, men sentrum har vokst fram uten noen plan. Butikken, samfunnshuset, "
            "barnehagen og bensinstasjonen ligger spredt langs riksveien, og det finnes ikke noe naturlig sted å stoppe og "
            "treffes.</p>"
            "<p>Bygdelaget tok derfor initiativ til en stedsutviklingsplan. Planen skal vise hvordan sentrum kan bli tryggere "
            "og triveligere, hvor nye boliger og bedrifter kan ligge, og hva som bør skje med samfunnshuset, som trenger nytt "
            "tak og et større kjøkken.</p>"
            "<h2>Slik lager vi planen</h2>"
            "<ul><li>En stedsanalyse utført av arkitektstudenter</li>"
            "<li>To åpne bygdemøter i samfunnshuset</li>"
            "<li>En tegnedag der barna i barnehagen og på skolen tegner drømmesentrumet sitt</li>"
            "<li>Et utkast som sendes på høring før jul</li></ul>"
            "<p>Planen skal være ferdig innen utgangen av 2026 og legges fram for kommunestyret i Hovdal.</p>"
        ),
        "how_to_get_involved": (
            "<p>Kom på bygdemøtet i samfunnshuset, eller send innspill til bygdelaget. Alle innspill blir lest, og vi forteller "
            "hva vi har gjort med dem.</p>"
        ),
        "partners": [
            ("Hovdal kommune", "public"),
            ("Granmoen bygdelag", "voluntary"),
            ("Granmoen Handel AS", "private"),
        ],
        "phases": [],
        "contacts": [("randi", "project_leader"), ("hilde", "contact")],
        "pictures": [
            (
                "village",
                41,
                "Granmoen: hus i en grønn li, en vei gjennom bygda og folk som går langs veien",
                "Sentrum på Granmoen",
                "Berit Løvli",
            ),
            (
                "meeting",
                42,
                "Bygdemøte med folk rundt et bord, en tavle full av lapper og vindu ut mot fjorden",
                "Det første bygdemøtet om planen",
                ILLUSTRATION,
            ),
        ],
        "documents": [
            document(
                "Høringsutkast: lokal utviklingsplan for Granmoen",
                "consultation",
                -10,
                "Utkastet bygdelaget har sendt på høring, med de tre skissene til nytt sentrum.",
                pdf=(
                    "Høringsutkast: lokal utviklingsplan for Granmoen",
                    [
                        "Utkastet bygger på stedsanalysen, to åpne bygdemøter og tegningene fra barnehagen og skolen.",
                        "Tre skisser til nytt sentrum: en møteplass ved samfunnshuset, tryggere kryssing av riksveien og tomter til nye boliger og bedrifter.",
                        "Send innspill til Granmoen bygdelag eller Hovdal kommune innen høringsfristen.",
                    ],
                ),
            )
        ],
        "milestones": [
            milestone(
                "Utkastet er sendt på høring",
                "consultation",
                happened=-10,
                until=25,
                description="Alle kan si sin mening om utkastet til bygdelaget eller kommunen.",
                case_number="2026/1432",
                case_url="https://innsyn.example.org/hovdal/sak/2026-1432",
            ),
            milestone(
                "Kommunestyret i Hovdal behandler planen",
                "decision",
                planned=75,
            ),
        ],
        "updates": [
            update(
                date(2025, 11, 5),
                "Bygdelaget ønsker seg en stedsutviklingsplan",
                "<p>Årsmøtet i Granmoen bygdelag vedtok å be kommunen om hjelp til en plan for sentrum.</p>",
                "idea",
            ),
            update(
                date(2026, 1, 20),
                "Planarbeidet er finansiert",
                "<p>Hovdal kommune og Fjellfylket fylkeskommune dekker stedsanalysen og prosessledelsen. Bygdelaget bidrar med "
                "dugnad.</p>",
                "planned",
                5,
            ),
            update(
                date(2026, 3, 10),
                "Over 90 på det første bygdemøtet",
                "<p>Samfunnshuset var fullt. De fleste innspillene handlet om trafikken på riksveien og om at sentrum mangler et "
                "sted å sette seg ned.</p>",
                "ongoing",
                15,
                picture=(
                    "meeting",
                    401,
                    "Folk samlet rundt et langbord, med en tavle full av lapper og vindu mot fjorden",
                    "Bygdemøtet i samfunnshuset",
                    "Berit Løvli",
                ),
            ),
            update(
                date(2026, 6, 2),
                "Stedsanalysen er ferdig",
                "<p>Studentene har kartlagt hvordan folk bruker sentrum. Analysen viser at de fleste kjører rett gjennom uten å "
                "stoppe.</p>",
                progress=25,
            ),
            update(
                -25,
                "Barna har tegnet drømmesentrumet sitt",
                "<p>58 tegninger fra barnehagen og skolen henger nå i samfunnshuset. Akebakke, skatepark og en kafé som selger "
                "is, går igjen på mange av dem.</p>",
                progress=30,
            ),
        ],
    },
    {
        "slug": "utviklingsplan-naustvik",
        "title": "Lokal utviklingsplan for Naustvik",
        "summary": "Alle de ti tiltakene i utviklingsplanen for Naustvik er gjennomført: havna er utbedret, fjordmuseet har fått nytt tak, og gjestebåtene har fått flytebrygge.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2019, 4, 1),
        "ends_on": date(2025, 6, 30),
        "lead_organisation": "Naustvik båtlag",
        "areas": ["naustvik"],
        "themes": ["gode-steder-a-bo", "naeringsliv-og-grunderskap"],
        "body": (
            "<p>Naustvik var den første bygda i regionen som laget sin egen utviklingsplan. Båtlaget, fjordmuseet og "
            "grendelaget gikk sammen i 2019 og spurte alle som bor i bygda, hva de ønsket seg mer av. Svaret var en havn som "
            "kan brukes hele året, en møteplass for fastboende og sommergjester, og flere som blir boende når høsten "
            "kommer.</p>"
            "<h2>Dette fikk vi til</h2>"
            "<ul><li>Havna er mudret og utvidet, slik at båtene kan ligge her hele året.</li>"
            "<li>Fjordmuseet i det gule pakkhuset har fått nytt tak og holder åpent fire dager i uka om sommeren.</li>"
            "<li>En ny flytebrygge tar imot gjestebåter, og havneavgiften går til båtlaget.</li>"
            "<li>To naust er satt i stand og leies ut til overnatting.</li></ul>"
            "<h2>Dette lærte vi</h2>"
            "<p>Det tok lengre tid enn ventet å få tillatelse til mudringen, og uten dugnadsånden i bygda hadde planen aldri "
            "latt seg gjennomføre. Erfaringene er nå samlet, slik at Sørlia og Granmoen kan dra nytte av dem.</p>"
        ),
        "how_to_get_involved": (
            "<p>Båtlaget tar gjerne imot nye medlemmer, og fjordmuseet trenger verter i sommersesongen.</p>"
        ),
        "partners": [
            ("Skarvdal kommune", "public"),
            ("Naustvik båtlag", "voluntary"),
            ("Fjordmuseet i Naustvik", "voluntary"),
            ("Naustvik Fjordcruise AS", "private"),
        ],
        "phases": [],
        "contacts": [("trond", "project_leader")],
        "pictures": [
            (
                "quay",
                51,
                "Kai med et stort gult pakkhus og røde naust ved fjorden, med fjell i bakgrunnen",
                "Havna i Naustvik",
                "Olav Brenden",
            ),
            (
                "fjord",
                52,
                "Fjord mellom høye, snødekte fjell, med hus langs strandkanten og en hvit båt",
                "Innseilingen til Naustvik",
                "Eva Brattli",
            ),
        ],
        "updates": [
            update(
                date(2021, 5, 20),
                "Havna er mudret",
                "<p>Etter to år med søknader og ett år med arbeid kan båtene nå ligge i havna hele året.</p>",
                "ongoing",
                40,
                picture=(
                    "quay",
                    501,
                    "Kai med et gult pakkhus og røde naust ved fjorden, med fjell bak",
                    "Havna etter mudringen",
                    "Olav Brenden",
                ),
            ),
            update(
                date(2022, 8, 12),
                "Fjordmuseet har fått nytt tak",
                "<p>Dugnaden samlet 40 frivillige over tre helger. Museet er nå tett og kan holde åpent hele sommeren.</p>",
                progress=60,
            ),
            update(
                date(2023, 8, 30),
                "Ny flytebrygge for gjestebåter",
                "<p>Brygga har plass til tolv båter og var full flere helger i juli.</p>",
                progress=80,
            ),
            update(
                date(2025, 6, 30),
                "Alle tiltakene i planen er gjennomført",
                "<p>Med de to istandsatte naustene er det siste tiltaket i planen på plass. Takk til alle som har bidratt!</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "pakkhuset-lundoyra",
        "title": "Pakkhuset på kaia på Lundøyra som møteplass",
        "summary": "En idé om å gjøre det gamle pakkhuset om til kafé, scene og kontorfellesskap for hele fjorden.",
        "status": "idea",
        "progress": None,
        "starts_on": None,
        "lead_organisation": "Lundøyra velforening",
        "areas": ["lundoyra"],
        "themes": ["oppvekst-fritid-og-fellesskap", "naeringsliv-og-grunderskap"],
        "body": (
            "<p>Pakkhuset på kaia på Lundøyra har stått tomt siden landhandelen ble lagt ned. Velforeningen vil finne ut om det "
            "kan bli en møteplass for hele fjorden: kafé om sommeren, scene for konserter og kontorplasser for dem som jobber "
            "hjemmefra.</p><p>Før noe kan skje, må tilstanden på bygget og eierforholdene utredes.</p>"
        ),
        "how_to_get_involved": (
            "<p>Har du ideer til hva pakkhuset kan brukes til, eller vil du være med på utredningen? Ta kontakt.</p>"
        ),
        "partners": [("Lundøyra velforening", "voluntary"), ("Botnvik kommune", "public")],
        "phases": [],
        "contacts": [("line", "contact")],
        "pictures": [
            (
                "quay",
                61,
                "Kai med et stort gult pakkhus og røde naust ved fjorden, med fjell bak",
                "Pakkhuset på kaia",
                "Kjersti Holen",
            )
        ],
        "updates": [
            update(
                -60,
                "Ideen ble lagt fram på medlemsmøtet i velforeningen",
                "<p>Over femti møtte opp, og mange meldte seg til en arbeidsgruppe.</p>",
            )
        ],
    },
    {
        "slug": "fiber-saeterlia",
        "title": "Fiber til Sæterlia",
        "summary": "Utbygging av fiber til alle gårdsbruk og hytter i Sæterlia. Arbeidet står på pause mens kommunen søker om mer statlig støtte.",
        "status": "paused",
        "progress": 30,
        "starts_on": date(2023, 9, 1),
        "lead_organisation": "Hovdal kommune",
        "areas": ["saeterlia"],
        "themes": ["vei-bredband-og-kollektiv", "arbeid-for-to"],
        "body": (
            "<p>I Sæterlia har de fleste gårdsbrukene bare mobilnett, og det holder ikke for en bonde som skal sende "
            "dokumentasjon til Mattilsynet, eller for en hyttegjest som vil jobbe en uke på fjellet.</p>"
            "<p>Den første strekningen, fra Granmoen til Bjørnsetra, er ferdig. Resten ble dyrere enn beregnet, og "
            "utbyggingen står på pause til en ny søknad om statlig bredbåndsstøtte er behandlet.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [
            ("Hovdal kommune", "public"),
            ("Tindfiber AS", "private"),
            ("Sæterlia hytteeierforening", "voluntary"),
        ],
        "phases": [],
        "contacts": [("geir", "contact")],
        "pictures": [
            (
                "farms",
                71,
                "Gårdsbruk med hvite våningshus og røde låver i en grønn li under høye fjell",
                "Gårdene i Sæterlia",
                "Arne Bakken",
            )
        ],
        "updates": [
            update(
                date(2023, 9, 1),
                "Gravingen er i gang",
                "<p>Første strekning går fra Granmoen til Bjørnsetra.</p>",
                "ongoing",
                10,
            ),
            update(
                date(2024, 3, 15),
                "Første strekning er ferdig",
                "<p>Tolv gårder og 40 hytter kan nå bestille fiber.</p>",
                progress=30,
            ),
            update(
                date(2024, 10, 15),
                "Utbyggingen settes på pause",
                "<p>Kostnadene for resten av strekningen ble nesten dobbelt så høye som beregnet, mest fordi det er fjell i "
                "grunnen.</p>",
                "paused",
            ),
            update(
                date(2026, 2, 10),
                "Ny søknad om statlig støtte er sendt",
                "<p>Svar ventes før sommeren. Blir søknaden innvilget, fortsetter arbeidet neste vår.</p>",
            ),
        ],
    },
    {
        "slug": "felles-ungdomsklubb",
        "title": "Felles ungdomsklubb for tre kommuner",
        "summary": "Planen om én felles ungdomsklubb ble avlyst. De unge ville heller ha klubbkvelder i sin egen bygd.",
        "status": "cancelled",
        "progress": None,
        "starts_on": date(2021, 8, 1),
        "ends_on": date(2022, 4, 1),
        "lead_organisation": "Ungdomsrådet i Tindregionen",
        "areas": ["botnvik", "hovdal", "skarvdal"],
        "themes": ["oppvekst-fritid-og-fellesskap"],
        "body": (
            "<p>Tanken var én stor ungdomsklubb i Botnvik for alle tre kommunene. Da ungdomsrådet spurte de unge selv, ville de "
            "fleste heller ha klubbkvelder i sin egen bygd enn en lang busstur hver vei.</p>"
            "<p>Prosjektet ble derfor avlyst. Pengene gikk i stedet til utstyr for klubbene i hver kommune.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [],
        "phases": [],
        "contacts": [("hilde", "contact")],
        "pictures": [],
        "updates": [
            update(
                date(2021, 10, 5),
                "Ungdomsrådet utreder en felles klubb",
                "<p>Ungdomsrådet skal spørre alle elevene på ungdomsskolene hva de mener.</p>",
                "planned",
            ),
            update(
                date(2022, 4, 1),
                "Prosjektet er avlyst",
                "<p>Sju av ti unge ville heller ha klubbkvelder i sin egen bygd. Ungdomsrådet anbefalte å avlyse, og det ble "
                "enstemmig vedtatt.</p>",
                "cancelled",
            ),
        ],
    },
    {
        "slug": "turstier-botnvik",
        "title": "Turstier fra Botnvik sentrum til Lundøyra",
        "summary": "Tolv kilometer nye, merkede turstier fra sentrum til Lundøyra, med bru over Lundelva og benker ved utsiktspunktene.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2021, 4, 1),
        "ends_on": date(2023, 9, 30),
        "lead_organisation": "Botnvik turlag",
        "areas": ["botnvik", "lundoyra"],
        "themes": ["oppvekst-fritid-og-fellesskap"],
        "body": (
            "<p>Stiene er ryddet, merket og skiltet, og du finner dem i turappen til turlaget. De er lagt slik at både barn og "
            "eldre kan gå dem, med benker der utsikten er best og en ny bru over Lundelva.</p>"
            "<p>Over tusen personer har registrert turen i appen siden åpningen.</p>"
        ),
        "how_to_get_involved": "<p>Bli stivert og hjelp til med ryddingen hver vår. Turlaget lærer deg det du trenger å kunne.</p>",
        "partners": [
            ("Botnvik turlag", "voluntary"),
            ("Botnvik kommune", "public"),
            ("Botnfjord Sparebank", "private"),
        ],
        "phases": [],
        "contacts": [("line", "contact")],
        "pictures": [
            (
                "trail",
                81,
                "Sti som svinger gjennom en grønn eng mot høye fjell, med furutrær og turgåere med ryggsekk",
                "Stien mot Lundøyra",
                "Botnvik turlag",
            ),
            (
                "trail",
                82,
                "Turgåere med ryggsekk på en sti gjennom enga, med furutrær og høye fjell i bakgrunnen",
                "Åpningsturen",
                "Botnvik turlag",
            ),
        ],
        "updates": [
            update(
                date(2021, 6, 1),
                "Den første stistrekningen er ferdig",
                "<p>Fire kilometer fra sentrum opp til Varden er ryddet og merket.</p>",
                "ongoing",
                30,
            ),
            update(
                date(2022, 6, 10),
                "Brua over Lundelva er på plass",
                "<p>25 frivillige bar brua på plass.</p>",
                progress=60,
            ),
            update(
                date(2023, 9, 30),
                "Alle stiene er åpnet",
                "<p>Åpningsturen samlet 200 turgåere i alle aldre.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "kontorfellesskapet-utsikten",
        "title": "Kontorfellesskapet Utsikten i Botnvik",
        "summary": "Fjorten kontorplasser midt i Botnvik sentrum for folk som jobber hjemmefra eller for en arbeidsgiver langt unna.",
        "status": "ongoing",
        "progress": 70,
        "starts_on": date(2024, 6, 1),
        "lead_organisation": "Tindregionen næringsforening",
        "areas": ["botnvik"],
        "themes": ["arbeid-for-to", "naeringsliv-og-grunderskap"],
        "body": (
            "<p>Mange som flytter hit, har en partner som vil ta med seg jobben sin. Utsikten gir dem en arbeidsplass med "
            "kolleger, raskt nett og møterom, i stedet for kjøkkenbordet.</p>"
            "<p>Kontorfellesskapet ligger i andre etasje i det gamle bankbygget. Næringsforeningen leier lokalene, og brukerne "
            "betaler en månedlig leie etter hvor mye de er der.</p>"
        ),
        "how_to_get_involved": "<p>Kom innom på åpen dag første fredag i måneden, eller sett deg på ventelisten.</p>",
        "partners": [
            ("Tindregionen næringsforening", "private"),
            ("Botnvik kommune", "public"),
            ("Botnfjord Sparebank", "private"),
        ],
        "phases": [],
        "contacts": [("geir", "project_leader")],
        "pictures": [
            (
                "meeting",
                91,
                "Folk som sitter ved et langt bord i et lyst rom, med en tavle full av lapper og vindu ut mot fjorden",
                "Felles lunsj på Utsikten",
                "Maria Dahle",
            )
        ],
        "updates": [
            update(
                date(2024, 8, 15),
                "Leieavtalen er signert",
                "<p>Næringsforeningen leier andre etasje i det gamle bankbygget i fem år.</p>",
                "ongoing",
                20,
            ),
            update(
                date(2025, 2, 3),
                "Utsikten har åpnet med fjorten kontorplasser",
                "<p>Ni plasser ble leid ut den første uka.</p>",
                progress=60,
            ),
            update(
                -7,
                "Fullt på Utsikten: ventelisten er åpen",
                "<p>Alle de fjorten plassene er leid ut. Næringsforeningen undersøker om flere rom i bygget kan tas i bruk.</p>",
                progress=70,
            ),
        ],
    },
    {
        "slug": "kveldsbuss",
        "title": "Kveldsbuss mellom bygdene",
        "summary": "En prøveordning med kveldsbuss mellom bygdene to dager i uka, etter råd fra ungdommens rådgivende organ.",
        "status": "planned",
        "progress": None,
        "starts_on": date(2027, 1, 4),
        "ends_on": date(2027, 12, 17),
        "lead_organisation": "Fjellfylket fylkeskommune",
        "areas": ["botnvik", "hovdal", "skarvdal"],
        "themes": ["vei-bredband-og-kollektiv", "oppvekst-fritid-og-fellesskap"],
        "body": (
            "<p>I dag går den siste bussen fra Botnvik til Granmoen kl. 17.10. For unge som vil på trening, kino eller "
            "ungdomsklubb i en annen bygd, betyr det at noen må kjøre dem.</p>"
            "<p>Fra januar 2027 prøver fylkeskommunen ut kveldsbuss tirsdag og torsdag, med siste avgang fra Botnvik kl. 22.00. "
            "Bussen går via Sørlia og opp dalen til Granmoen, og en egen avgang kjører langs fjorden til Naustvik.</p>"
        ),
        "how_to_get_involved": "<p>Ta bussen! Prøveordningen blir bare videreført hvis nok folk bruker den.</p>",
        "partners": [
            ("Fjellfylket fylkeskommune", "public"),
            ("Botnvik kommune", "public"),
            ("Hovdal kommune", "public"),
        ],
        "phases": [],
        "contacts": [("kristin", "contact")],
        "pictures": [
            (
                "road",
                111,
                "Buss på en vei langs fjorden, med et busstopp ved veikanten og fjell i bakgrunnen",
                "Bussen langs fjorden",
                ILLUSTRATION,
            )
        ],
        "milestones": [
            milestone(
                "Fylkestinget bevilget penger til prøveåret",
                "decision",
                happened=date(2026, 9, 17),
                case_number="2026/880",
                case_url="https://moteportal.example.org/fjellfylket/fylkesting/2026-09-17/sak-88",
            ),
            milestone(
                "Første tur med kveldsbussen",
                "opening",
                planned=date(2027, 1, 5),
                description="Siste avgang fra Botnvik kl. 22.00, tirsdag og torsdag.",
            ),
        ],
        "updates": [
            update(
                date(2025, 6, 10),
                "De unge vil ha kveldsbuss",
                "<p>Kveldsbuss var det viktigste rådet fra ungdommens rådgivende organ. Saken er sendt videre til "
                "fylkeskommunen.</p>",
                "idea",
            ),
            update(
                date(2026, 9, 18),
                "Fylkeskommunen finansierer en prøveordning fra januar",
                "<p>Fjellfylket fylkeskommune har satt av penger til et prøveår med kveldsbuss to dager i uka.</p>",
                "planned",
            ),
        ],
    },
    {
        "slug": "sommerskole-i-naustet",
        "title": "Sommerskole i naustet",
        "summary": "En uke med båtbygging, fiske og fjordkultur for barn i Naustvik om sommeren.",
        "status": "idea",
        "progress": None,
        "starts_on": None,
        "lead_organisation": "Fjordmuseet i Naustvik",
        "areas": ["naustvik"],
        "themes": ["oppvekst-fritid-og-fellesskap"],
        "is_published": False,
        "body": (
            "<p>Fjordmuseet vil prøve ut en sommerskoleuke for barn mellom 9 og 13 år. Ideen er under arbeid og er ikke "
            "publisert ennå.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [("Fjordmuseet i Naustvik", "voluntary")],
        "phases": [],
        "contacts": [("trond", "contact")],
        "pictures": [],
        "updates": [],
    },
    # The four actions of the local development plan for Sørlia, each a project of its
    # own; the plan's progress is their mean weighted by how much work each is.
    {
        "slug": "sorlia-utleieboliger",
        "title": "Seks utleieboliger ved Sørlia skole",
        "summary": "Sørlia Snekkerverksted AS bygger seks utleieboliger ved skolen, og kommunen leier dem ut, først til unge og til familier som flytter hit.",
        "status": "ongoing",
        "progress": 20,
        "starts_on": date(2025, 9, 1),
        "ends_on": date(2027, 8, 1),
        "parent": "utviklingsplan-sorlia",
        "weight": 5,
        "lead_organisation": "Botnvik kommune",
        "areas": ["sorlia"],
        "themes": ["gode-steder-a-bo"],
        "body": (
            "<p>Det er nesten umulig å leie bolig i Sørlia, og det var det folk savnet mest i spørreundersøkelsen. Kommunen "
            "har kjøpt tomta ved skolen, og Sørlia Snekkerverksted AS bygger seks boliger med to og tre soverom.</p>"
            "<p>Boligene leies ut til markedspris, men unge under 35 år og familier som flytter hit, får gå foran i køen.</p>"
        ),
        "how_to_get_involved": "<p>Vi tar imot søknader om å leie fra nyttår. Ta kontakt med Line Fossum i kommunen.</p>",
        "partners": [("Botnvik kommune", "public"), ("Sørlia Snekkerverksted AS", "private")],
        "phases": [],
        "contacts": [("line", "contact")],
        "pictures": [],
        "milestones": [
            milestone("Innflytting i de første boligene", "opening", planned=240),
        ],
        "updates": [
            update(
                date(2025, 9, 1),
                "Tomta ved skolen er regulert",
                "<p>Kommunestyret har godkjent reguleringsplanen, og kommunen har kjøpt tomta.</p>",
                "planned",
                5,
            ),
            update(
                -38,
                "Gravemaskinene er i gang",
                "<p>Grunnarbeidet går etter planen. De første boligene skal stå ferdige til skolestart.</p>",
                "ongoing",
                20,
            ),
        ],
    },
    {
        "slug": "sorlia-lekeplass",
        "title": "Lekeplass og aktivitetsområde ved skolen",
        "summary": "En ny lekeplass med klatrestativ, ballbinge og gapahuk ved Sørlia skole, bygget på dugnad.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2023, 8, 1),
        "ends_on": date(2024, 6, 14),
        "parent": "utviklingsplan-sorlia",
        "weight": 2,
        "lead_organisation": "Sørlia grendelag",
        "areas": ["sorlia"],
        "themes": ["oppvekst-fritid-og-fellesskap"],
        "body": (
            "<p>Lekeplassen er åpen for alle, også etter skoletid og i feriene. Dugnadsgjengen la ned mer enn 600 timer, "
            "og kommunen betalte utstyret.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [("Sørlia grendelag", "voluntary"), ("Botnvik kommune", "public")],
        "phases": [],
        "contacts": [("line", "contact")],
        "pictures": [],
        "updates": [
            update(
                date(2024, 6, 14),
                "Lekeplassen er ferdig",
                "<p>Klatrestativet, ballbingen og gapahuken er på plass, og lekeplassen er overlevert til skolen.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "sorlia-fortau",
        "title": "Fortau langs fylkesveien fra butikken til skolen",
        "summary": "En kilometer nytt fortau med gatelys gjør skoleveien trygg hele året.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2024, 4, 2),
        "ends_on": date(2025, 5, 6),
        "parent": "utviklingsplan-sorlia",
        "weight": 2,
        "lead_organisation": "Fjellfylket fylkeskommune",
        "areas": ["sorlia"],
        "themes": ["vei-bredband-og-kollektiv"],
        "body": (
            "<p>Før gikk elevene i veikanten langs fylkesveien, der fartsgrensen er 60. Nå har de et opplyst fortau hele "
            "veien fra butikken til skolen.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [("Fjellfylket fylkeskommune", "public"), ("Botnvik kommune", "public")],
        "phases": [],
        "contacts": [("line", "contact")],
        "pictures": [],
        "funding": [
            ("Botnvik kommune", "municipality", Decimal(1200000), "NOK", 2024, 2025),
            ("Fjellfylket fylkeskommune", "region", Decimal(1800000), "NOK", 2024, 2025),
        ],
        "updates": [
            update(
                date(2025, 5, 6),
                "Fortauet er åpnet",
                "<p>Fortauet og gatelysene er ferdige, tre uker før planen.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "sorlia-bygdedag",
        "title": "Årlig bygdedag for nye og gamle innbyggere",
        "summary": "En dag hver august der nye innbyggere blir ønsket velkommen og lagene i bygda viser seg fram.",
        "status": "ongoing",
        "progress": 50,
        "starts_on": date(2024, 8, 1),
        "parent": "utviklingsplan-sorlia",
        "weight": 1,
        "lead_organisation": "Sørlia grendelag",
        "areas": ["sorlia"],
        "themes": ["oppvekst-fritid-og-fellesskap", "ta-godt-imot"],
        "body": (
            "<p>Bygdedagen er en dag med mat, lek og stands fra lagene i bygda. Alle som har flyttet hit siden sist, får en "
            "personlig invitasjon. Målet er at dagen skal bli fast, med nye arrangører hvert år.</p>"
        ),
        "how_to_get_involved": "<p>Vil du være med og arrangere neste bygdedag? Ta kontakt med grendelaget.</p>",
        "partners": [("Sørlia grendelag", "voluntary")],
        "phases": [],
        "contacts": [("line", "contact")],
        "pictures": [],
        "updates": [
            update(
                date(2025, 8, 23),
                "Den andre bygdedagen samlet 150",
                "<p>Tjue nye innbyggere var med, og fire av dem meldte seg inn i idrettslaget samme dag.</p>",
                "ongoing",
                50,
            ),
        ],
    },
]

# (slug, name, kind, description, members, project slugs)
GROUPS = [
    (
        "styringsgruppen-tindliv",
        "Styringsgruppen for «Tindliv»",
        "steering_group",
        "<p>Styringsgruppen har representanter for de tre kommunene, næringslivet og frivilligheten. Den styrer kampanjen og "
        "vedtar budsjettet hvert år.</p>",
        CAMPAIGN_GROUP_MEMBERS,
        ["tindliv"],
    ),
    (
        "radgivende-organ",
        "Det rådgivende organet",
        "advisory_board",
        "<p>17 medlemmer fra kommunene, næringslivet, landbruket, kraftbransjen, lag og foreninger, bygdene, de unge og de "
        "eldre. Organet gir råd om strategien og sørger for at den har bred forankring.</p>",
        ADVISORY_BOARD_MEMBERS,
        ["sosial-utviklingsstrategi"],
    ),
    (
        "ungdommens-radgivende-organ",
        "Ungdommens rådgivende organ",
        "junior_advisory_board",
        "<p>Elever fra ungdomsskolene i alle tre kommunene gir råd i alle saker som angår unge. For elevene viser vi bare "
        "fornavn og klassetrinn.</p>",
        JUNIOR_BOARD_MEMBERS,
        ["sosial-utviklingsstrategi", "kveldsbuss"],
    ),
    (
        "bygdenettverket",
        "Bygdenettverket",
        "network",
        "<p>Én representant fra hver bygd holder kontakten mellom grendelagene og strategiarbeidet, og nettverket deler "
        "erfaringer med utviklingsplanene.</p>",
        VILLAGE_NETWORK_MEMBERS,
        [
            "sosial-utviklingsstrategi",
            "utviklingsplan-sorlia",
            "utviklingsplan-granmoen",
            "utviklingsplan-naustvik",
        ],
    ),
    (
        "arbeidsgruppen-sorlia",
        "Arbeidsgruppen for utviklingsplanen i Sørlia",
        "working_group",
        "<p>Arbeidsgruppen følger opp tiltakene i planen og møtes første mandag i måneden på skolen.</p>",
        SORLIA_WORKING_GROUP,
        ["utviklingsplan-sorlia"],
    ),
]


# Tips residents sent, for the process leader's inbox: (project slug or None, days ago,
# message, name, email, wants an answer, wants to get involved, state).
TIPS = [
    (
        "utviklingsplan-granmoen",
        2,
        "Gatelysene langs skoleveien på Granmoen har vært slukket i en uke. Det er farlig for "
        "barna som går til bussen om morgenen.",
        "Lene Aasheim",
        "lene.aasheim@example.org",
        True,
        False,
        "new",
    ),
    (
        None,
        5,
        "Vi er flere i Naustvik som har lyst til å starte en samvirkebutikk. Hvem i kommunen "
        "kan vi snakke med?",
        "Kåre Bjørnstad",
        "kare.bjornstad@example.org",
        True,
        True,
        "in_progress",
    ),
    (
        "utviklingsplan-sorlia",
        12,
        "Over førti voksne og barn kom på dugnaden på badeplassen. Brygga er ferdig!",
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
        "Åpent bygdemøte om sentrumsplanen på Granmoen",
        "utviklingsplan-granmoen",
        9,
        time(19, 0),
        time(21, 0),
        "Granmoen samfunnshus, storsalen",
        "<p>Arbeidsgruppen viser de tre skissene til nytt sentrum på Granmoen: trafikk, møteplasser og "
        "hvor nye boliger kan ligge. Etterpå diskuterer vi i grupper.</p>"
        "<p>Alle er velkomne, og det blir kaffe og kake. Du trenger ikke å melde deg på.</p>",
        organiser="randi",
        documents=[
            document(
                "Saksliste for bygdemøtet om sentrumsplanen",
                "agenda",
                2,
                pdf=(
                    "Åpent bygdemøte om sentrumsplanen på Granmoen",
                    [
                        "1. Velkommen ved lederen i Granmoen bygdelag.",
                        "2. Arbeidsgruppen viser de tre skissene til nytt sentrum.",
                        "3. Gruppearbeid: trafikk, møteplasser og hvor nye boliger kan ligge.",
                        "4. Oppsummering og veien videre fram mot vedtaket i kommunestyret.",
                    ],
                ),
            )
        ],
    ),
    meeting(
        "Dugnad på turstien fra Botnvik til Lundøyra",
        "turstier-botnvik",
        17,
        time(10, 0),
        time(14, 0),
        "Parkeringsplassen ved kaia i Botnvik",
        "<p>Vi legger klopper over myra og merker den siste delen av stien ned mot Lundøyra. "
        "Ta med arbeidshansker og gode sko; turlaget har verktøy.</p>"
        "<p>Det blir suppe til alle som hjelper til.</p>",
    ),
    meeting(
        "Informasjonsmøte om fiber til Sæterlia",
        "fiber-saeterlia",
        26,
        time(18, 30),
        time(20, 0),
        "Grendehuset i Sæterlia",
        "<p>Hva koster det, når kommer gravemaskinene, og hvordan bestiller du? "
        "Fiberselskapet og kommunen svarer på spørsmål.</p>",
    ),
    meeting(
        "Folkemøte: Hvordan vil vi bo i Tindregionen?",
        None,
        38,
        time(18, 0),
        time(20, 30),
        "Botnvik kulturhus",
        "<p>Et åpent møte for alle tre kommunene om boliger, arbeid og hverdagen i bygdene. "
        "Innspillene tas med i arbeidet med den nye utviklingsstrategien.</p>"
        "<ul><li>Kort innledning ved prosesslederen</li><li>Samtaler i grupper</li>"
        "<li>Oppsummering og veien videre</li></ul>",
        organiser="kristin",
        sign_up="https://skjema.example.org/folkemote-tindregionen",
        sign_up_by=(33, time(23, 59)),
    ),
    meeting(
        "Arbeidsmøte om utviklingsplanen for Naustvik",
        "utviklingsplan-naustvik",
        -12,
        time(18, 0),
        time(20, 0),
        "Fjordmuseet i Naustvik",
        "<p>Båtlaget, fjordmuseet og grendelaget gikk gjennom erfaringene fra planen og "
        "drøftet hva som bør stå i den neste.</p>",
        audience="invited",
        organiser="trond",
    ),
    meeting(
        "Kveldsmøte om kveldsbussen mellom bygdene",
        "kveldsbuss",
        -33,
        time(19, 0),
        time(20, 30),
        "Ventesalen på kaia i Naustvik",
        "<p>Hvilke tider trenger folk buss om kvelden, og hvor skal den stoppe? "
        "Over 40 møtte opp, og svarene er samlet i et notat til fylkeskommunen.</p>",
        documents=[
            document(
                "Notat fra kveldsmøtet om kveldsbussen",
                "minutes",
                -32,
                "Hvilke tider og stopp folk ønsket seg, sendt til fylkeskommunen.",
                pdf=(
                    "Notat fra kveldsmøtet om kveldsbussen",
                    [
                        "43 personer møtte, de fleste unge og foreldre fra Sørlia og Granmoen.",
                        "De fleste ønsket en buss tirsdag og torsdag, med siste avgang fra Botnvik etter kl. 21.30.",
                        "Bussen bør stoppe ved skolen i Sørlia og samfunnshuset på Granmoen, og en avgang bør gå langs fjorden til kaia i Naustvik.",
                    ],
                ),
            )
        ],
    ),
    meeting(
        "Velkomstkveld for nye innbyggere",
        ["tindliv", "pakkhuset-lundoyra"],
        -61,
        time(18, 0),
        None,
        "Pakkhuset på kaia på Lundøyra",
        "<p>Nye og gamle innbyggere møttes til mat, musikk og en presentasjon av lag og "
        "foreninger i regionen.</p>",
        organiser="anders",
        outcome="<p>Rundt 85 kom, og nesten 30 av dem har flyttet hit de siste to årene. Tolv lag og foreninger "
        "presenterte seg, og fire nye fadderfamilier meldte seg.</p>"
        "<p>Mange spurte om pakkhuset kan brukes oftere. Velforeningen tar det med i utredningen av bygget.</p>",
        attendance=85,
    ),
]


# Key figures, fictional numbers that look like real ones: (owner kind, owner slug,
# fields, [(date, value, note)], and for some further series [(name, kind, values)]).
INDICATORS = [
    (
        "project",
        "tindliv",
        {
            "name": "Barnefamilier som har meldt interesse",
            "unit": "familier",
            "description": "Barnefamilier som har tatt kontakt med vertskapet siden "
            "skolestartkampanjen ble fornyet i januar 2024, talt sammen. Par og enkeltpersoner "
            "uten barn er ikke med.",
            "baseline": Decimal(0),
            "baseline_on": date(2024, 1, 1),
            "target": Decimal(50),
            "target_on": date(2027, 12, 31),
            "position": 1,
            "measured_every": 6,  # counted every April and October
        },
        [
            (date(2024, 4, 1), "6", ""),
            (date(2024, 10, 1), "13", "Etter prøvebo-helgen på Granmoen"),
            (date(2025, 4, 1), "19", ""),
            (date(2025, 10, 1), "24", ""),
            (date(2026, 4, 1), "29", ""),
            (date(2026, 10, 1), "34", ""),
        ],
    ),
    (
        "project",
        "tindliv",
        {
            "name": "Netto tilflytting til regionen",
            "unit": "personer",
            "description": "Innflyttede minus utflyttede i de tre kommunene i løpet av året, "
            "etter tall fra SSB.",
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
            (date(2025, 12, 31), "79", "Foreløpige tall"),
        ],
    ),
    (
        "theme",
        "gode-steder-a-bo",
        {
            "name": "Tomme eneboliger",
            "unit": "hus",
            "description": "Eneboliger som har stått tomme i mer enn ett år, talt opp av "
            "kommunene hver vår. Målet er at tallet skal ned.",
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
        "gode-steder-a-bo",
        {
            "name": "Innbyggere som trives der de bor",
            "unit": "%",
            "description": "Andelen som svarer «godt» eller «svært godt» i den årlige "
            "innbyggerundersøkelsen.",
            "baseline": Decimal("78.5"),
            "baseline_on": date(2023, 5, 15),
            "target": Decimal(85),
            "target_on": date(2030, 12, 31),
            "position": 2,
        },
        [
            (date(2023, 5, 15), "78.5", ""),
            (date(2024, 5, 15), "80.2", ""),
            (date(2025, 5, 15), "79.6", "Færre svar enn vanlig"),
            (date(2026, 5, 15), "82.4", ""),
        ],
    ),
    (
        "project",
        "sosial-utviklingsstrategi",
        {
            "name": "Folketallet i regionen",
            "unit": "indeks",
            "description": "Folketallet i de tre kommunene 1. januar, som en indeks der 2008 er 100.",
            "about": (
                "<p>Indeksen gjør det enkelt å sammenligne: 97 betyr at det bor tre prosent færre her enn i 2008. "
                "Folketallet i regionen gikk ned fram til 2016 og har siden økt litt hvert år, mest på grunn av "
                "tilflytting.</p>"
                "<p>Hovdal er med som egen linje fordi folketallet der gikk mest ned. Framskrivingen viser hva som skjer "
                "hvis tilflyttingen fortsetter som de siste fem årene.</p>"
            ),
            "source": "Fjellfylket fylkeskommune, folketall og framskrivinger",
            "source_url": "https://statistikk.example.org/fjellfylket/folketall",
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
                "Hovdal kommune",
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
                "Framskriving for regionen",
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


# Status updates about no single project: a target area, an area, or the development work
# as a whole. authors are keys of PEOPLE; byline names others in free text.
NEWS = [
    update(
        date(2026, 2, 12),
        "Status for utviklingsarbeidet i 2025",
        "<p>Hvert år gjør vi opp status for hele utviklingsarbeidet i Tindregionen og staker ut kursen for året som "
        "kommer. 2025 var året da planene ble satt ut i livet: fortauet i Sørlia ble ferdig, Naustvik gjennomførte alle "
        "tiltakene i utviklingsplanen sin, og Utsikten åpnet med fjorten kontorplasser.</p>"
        "<h2>Dette prioriterer vi i 2026</h2>"
        "<ul><li>Flere utleieboliger i Sørlia og på Granmoen</li>"
        "<li>Kveldsbuss mellom bygdene, sammen med fylkeskommunen</li>"
        "<li>En ny tilflyttingsplan med to egne satsingsområder</li></ul>"
        "<p>Balansen er den samme som før: langsiktige satsinger som krever tålmodighet, og tiltak som merkes her og nå. "
        "Hele statusrapporten finner du under dokumenter.</p>",
        authors=["kristin", "anders"],
        byline="Prosjektgruppen for utviklingsstrategien",
        documents=[
            document(
                "Statusrapport for utviklingsarbeidet 2025",
                "report",
                date(2026, 2, 12),
                "Hva som ble gjort i 2025, prosjekt for prosjekt, og hva vi prioriterer i 2026.",
                pdf=(
                    "Statusrapport for utviklingsarbeidet 2025",
                    [
                        "Tolv prosjekter var i gang eller ble avsluttet i løpet av 2025. Fortauet i Sørlia og de siste tiltakene i utviklingsplanen for Naustvik ble fullført.",
                        "Kontorfellesskapet Utsikten åpnet med fjorten plasser, og fadderordningen gjelder nå i alle bygdene.",
                        "I 2026 prioriterer vi utleieboliger, kveldsbuss mellom bygdene og en ny tilflyttingsplan.",
                    ],
                ),
            )
        ],
    ),
    update(
        -20,
        "Tjue nye læreplasser i regionen",
        "<p>Etter en runde med bedriftsbesøk har næringsforeningen og de tre kommunene skaffet tjue nye læreplasser, de "
        "fleste innen reiseliv, helse og bygg. Det er dobbelt så mange som i fjor.</p>"
        "<p>Læreplasser gjør det lettere for unge å bli boende, og for familier der begge skal ha jobb, å flytte hit.</p>",
        theme="arbeid-for-to",
        authors=["geir"],
    ),
    update(
        -15,
        "Fjellveien holdes åpen hele vinteren",
        "<p>Etter mange år med krav fra bygda har fylkeskommunen bestemt at veien over fjellet skal brøytes hele vinteren "
        "fra i år. Til nå har den vært stengt fra jul til påske, og da måtte de som skulle østover, kjøre en omvei på to "
        "timer.</p>"
        "<p>Grendelaget takker alle som skrev under på oppropet i fjor vinter.</p>",
        area="saeterlia",
        byline="Arne Bakken for Sæterlia grendelag",
    ),
    update(
        -5,
        "Tilflyttingsplanen har fått to satsingsområder",
        "<p>Styringsgruppen for «Tindliv» har vedtatt de to satsingsområdene i den nye tilflyttingsplanen: "
        "<strong>Ta godt imot</strong> og <strong>En synlig region</strong>. Hvert av dem får målbare indikatorer og en "
        "handlingsplan innen sommeren.</p>"
        "<p>Tilflyttingsplanen står ved siden av den sosiale utviklingsstrategien. Strategien handler om hverdagen for "
        "alle som bor her, planen om dem som vurderer å flytte hit.</p>",
        authors=["anders"],
    ),
]

# Pages of their own, each after the page it is under.
PAGES = [
    {
        "slug": "slik-jobber-vi",
        "title": "Slik jobber vi",
        "summary": "Hvordan kommunene, bygdene og frivilligheten jobber sammen om utviklingen i Tindregionen.",
        "body": (
            "<p>Utviklingsarbeidet i Tindregionen bygger på en enkel tanke: bygdene vet best hva de trenger, og kommunene "
            "hjelper til der de kan. Vi kaller det hjelp til selvhjelp.</p>"
            "<h2>Tre nivåer som henger sammen</h2>"
            "<ul><li><strong>Strategiene</strong> staker ut kursen for hele regionen: den sosiale utviklingsstrategien og "
            "tilflyttingsplanen.</li>"
            "<li><strong>De lokale utviklingsplanene</strong> viser hva hver bygd vil, og er laget av bygdefolket selv.</li>"
            "<li><strong>Prosjektene</strong> er det som faktisk skjer, hvert med status, kontaktpersoner og "
            "oppdateringer.</li></ul>"
            "<p>Hver vinter gjør vi opp status for hele arbeidet og velger hva som skal prioriteres. Alt blir publisert "
            "her.</p>"
        ),
        "parent": None,
        "theme": None,
        "in_menu": True,
        "pictures": [
            (
                "meeting",
                601,
                "Folk rundt et bord i et møterom, med en tavle full av lapper og vindu ut mot fjorden",
                "Bygdenettverket samlet i Granmoen samfunnshus",
                ILLUSTRATION,
            )
        ],
        "documents": [],
    },
    {
        "slug": "lokale-utviklingsplaner",
        "title": "Lokale utviklingsplaner: en metode",
        "summary": "Slik lager en bygd sin egen utviklingsplan, steg for steg.",
        "body": (
            "<p>En lokal utviklingsplan er bygdas egen plan for de neste fire–fem årene. Grendelaget eller bygdelaget lager "
            "den sammen med kommunen, og den skal være forankret hos så mange som mulig.</p>"
            "<h2>Steg for steg</h2>"
            "<ol><li>Grendelaget kaller inn til åpent bygdemøte og setter ned en arbeidsgruppe.</li>"
            "<li>Arbeidsgruppen spør alle i bygda hva som er bra, og hva som mangler.</li>"
            "<li>Utkastet sendes på høring i bygda.</li>"
            "<li>Årsmøtet vedtar planen, og kommunestyret behandler den.</li>"
            "<li>Arbeidsgruppen følger opp tiltakene og rapporterer hvert år.</li></ol>"
            "<h2>Planene så langt</h2>"
            "<table><tbody>"
            "<tr><th>Bygd</th><th>Vedtatt</th><th>Tiltak</th><th>Gjennomført</th></tr>"
            "<tr><td>Naustvik</td><td>2019</td><td>10</td><td>10</td></tr>"
            "<tr><td>Sørlia</td><td>2023</td><td>4</td><td>2</td></tr>"
            "<tr><td>Granmoen</td><td>På høring</td><td>–</td><td>–</td></tr>"
            "</tbody></table>"
        ),
        "parent": "slik-jobber-vi",
        "theme": None,
        "in_menu": False,
        "pictures": [],
        "documents": [
            document(
                "Veileder for lokale utviklingsplaner",
                "plan",
                date(2023, 1, 10),
                "Malen og sjekklisten grendelagene bruker når de lager en plan.",
                pdf=(
                    "Veileder for lokale utviklingsplaner",
                    [
                        "1. Sett ned en arbeidsgruppe med folk fra lag og foreninger, skolen, næringslivet og nye innbyggere.",
                        "2. Spør alle i bygda: Hva er bra, hva mangler, og hva vil du selv være med på?",
                        "3. Velg fire til ti tiltak, hvert med en ansvarlig, en kostnad og et mål.",
                        "4. Send utkastet på høring, vedta planen på årsmøtet og send den til kommunen.",
                    ],
                ),
            )
        ],
    },
    {
        "slug": "fra-ide-til-prosjekt",
        "title": "Fra idé til prosjekt",
        "summary": "Har du en idé til bygda di? Slik blir den et prosjekt på denne siden.",
        "body": (
            "<p>Alle prosjekter begynner som en idé, ofte på et bygdemøte eller rundt et kjøkkenbord. Send ideen til "
            "prosesslederen, så legger vi den inn her som en idé og finner ut hvem som kan ta den videre.</p>"
            "<p>Når noen tar ansvar og pengene er på plass, blir den <strong>planlagt</strong>, og når arbeidet starter, "
            "<strong>i gang</strong>. Prosjekter kan også bli satt på pause eller avlyst, og da skriver vi hvorfor.</p>"
        ),
        "parent": "slik-jobber-vi",
        "theme": None,
        "in_menu": False,
        "pictures": [],
        "documents": [],
    },
    {
        "slug": "bli-fadderfamilie",
        "title": "Bli fadderfamilie",
        "summary": "En fadderfamilie hjelper en ny familie til rette det første året. Slik blir du en.",
        "body": (
            "<p>En fadderfamilie er en familie som allerede bor her, og som holder kontakten med en ny familie det første "
            "året: en middag, en tur, et tips om hvem som kan reparere bilen.</p>"
            "<p>Det krever ikke mye, men det betyr mye. Mange som har flyttet hit, sier at fadderfamilien var grunnen til at "
            "de ble boende.</p>"
            "<p>Vil du bli fadderfamilie? Ta kontakt med vertskapet i regionrådet.</p>"
        ),
        "parent": None,
        "theme": "ta-godt-imot",
        "in_menu": False,
        "pictures": [],
        "documents": [],
    },
]

# Documents of the development work as a whole, in the document library.
SITE_DOCUMENTS = [
    document(
        "Samarbeidsavtale mellom Botnvik, Hovdal og Skarvdal",
        "other",
        date(2023, 6, 20),
        "Avtalen om regionrådet og hvordan kostnadene fordeles mellom kommunene.",
        pdf=(
            "Samarbeidsavtale mellom Botnvik, Hovdal og Skarvdal",
            [
                "Kommunene driver Regionrådet for Tindregionen sammen, med sekretariat i Botnvik.",
                "Kostnadene fordeles etter folketall: Botnvik 52 prosent, Hovdal 26 prosent og Skarvdal 22 prosent.",
                "Avtalen gjelder til 31. desember 2028 og forlenges med fire år hvis ingen sier den opp.",
            ],
        ),
    ),
    document(
        "Kommuneplanens samfunnsdel for Botnvik 2023–2035",
        "plan",
        date(2023, 9, 14),
        "Kommuneplanen som utviklingsarbeidet bygger på, i planarkivet til Botnvik kommune.",
        url="https://planarkiv.example.org/botnvik/kommuneplan-2023-2035",
    ),
]
