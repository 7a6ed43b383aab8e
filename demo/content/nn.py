"""The demo in Norwegian Nynorsk: three fictional municipalities by a fjord, their villages,
projects, meetings and key figures. The original the other languages translate; its shape
is described in demo/content/__init__.py.

Every place, person, phone number and email here is invented: phone numbers in the
555 series, emails at example.org. Pupils are named by first name only, as a real
municipality would.
"""

from datetime import date, time
from decimal import Decimal

from . import document, meeting, member, milestone, update

ILLUSTRATION = "Framdrift-demo (illustrasjon)"

LOGIN = {
    "username": "prosessleiar",
    "first_name": "Demo",
    "last_name": "Prosessleiar",
    "email": "prosessleiar@example.org",
}

SITE = {
    "site_name": "Framdrift i Fjordregionen",
    "tagline": "Utviklingsarbeidet i Fjordvik, Lidal og Nesheim, samla på éin stad",
    "overview_intro": (
        "<p>Her finn du utviklingsprosjekta i Fjordvik, Lidal og Nesheim, frå dei første ideane til det som er ferdig. "
        "Kvart prosjekt viser kor langt det har kome, kva som skjedde sist og kven du kan kontakte.</p>"
        "<p>Oversikta skal gjere det lett å sjå alt som faktisk skjer i bygdene, og å finne noko du vil vere med på. "
        "Utvikling skal ikkje kvile på nokre få eldsjeler, men vere noko mange tek del i.</p>"
        "<p>Veit du om eit tiltak som manglar her, eller har noko endra seg? Ta kontakt med prosessleiaren, så oppdaterer vi.</p>"
    ),
    "footer_contact": (
        "<p>Utviklingskontoret for Fjordregionen<br>Kaivegen 4, 5999 Fjordvik</p>"
        '<p>Telefon: <a href="tel:+4755500100">+47 555 00 100</a><br>'
        'E-post: <a href="mailto:utvikling@example.org">utvikling@example.org</a></p>'
        "<p>Opningstid: måndag til fredag 08.00–15.30</p>"
    ),
    "accessibility_conformance": "partial",
    "accessibility_known_issues": (
        "<p>Nokre av dei eldre plandokumenta (PDF frå før 2024) er skanna papir utan tekst som "
        "skjermlesarar kan lese. Vi lagar nye utgåver etter kvart. Treng du eit av dei no, "
        "sender vi innhaldet som vanleg tekst innan ei veke.</p>"
    ),
    "accessibility_checked_on": date(2026, 11, 2),
    "accessibility_contact_email": "tilgjengelegheit@example.org",
}

# (slug, name, overall goal, starts on, ends on): the social local development strategy
# for everyday life in the region, and beside it the plan for those who move here.
STRATEGIES = [
    (
        "utviklingsstrategien",
        "Sosial lokal utviklingsstrategi 2024–2030",
        "<p>Fjordregionen skal vere ein stad der fleire vel å bu og bli buande: med arbeid for to, gode oppvekstvilkår, "
        "levande bygder og eit samarbeid mellom kommunane, næringslivet og dei frivillige som gjer at vi får til meir "
        "saman enn kvar for oss.</p>",
        date(2024, 1, 15),
        date(2030, 12, 31),
    ),
    (
        "tilflyttingsplanen",
        "Tilflyttingsplan 2025–2028",
        "<p>Fram mot 2028 skal minst 90 nye innbyggjarar i året flytte til Fjordregionen, og fire av fem av dei som "
        "flyttar hit, skal framleis bu her tre år etter. Det når vi når heile regionen tek godt imot dei som kjem, og "
        "når fleire får vite kva regionen har å by på.</p>",
        date(2025, 1, 1),
        date(2028, 12, 31),
    ),
]

# (slug, name, kind, parent slug, description)
AREAS = [
    (
        "fjordregionen",
        "Fjordregionen",
        "region",
        None,
        "<p>Tre kommunar rundt den same fjorden som sidan 2002 har samarbeidd om tilflytting, næring og bygdeutvikling. "
        "Til saman bur det om lag 9 400 menneske i regionen.</p>",
    ),
    (
        "fjordvik",
        "Fjordvik kommune",
        "municipality",
        "fjordregionen",
        "<p>Den største av dei tre kommunane, med om lag 5 100 innbyggjarar. Kommunesenteret ligg ved kaia der "
        "snøggbåten legg til, og her er vidaregåande skule, helsesenter og dei fleste arbeidsplassane i regionen.</p>",
    ),
    (
        "lidal",
        "Lidal kommune",
        "municipality",
        "fjordregionen",
        "<p>Innlandskommune med om lag 2 300 innbyggjarar, stølar, skog og ei aktiv bondenæring. Mange pendlar ut, "
        "og stadig fleire jobbar heimanfrå nokre dagar i veka.</p>",
    ),
    (
        "nesheim",
        "Nesheim kommune",
        "municipality",
        "fjordregionen",
        "<p>Øykommune med om lag 2 000 innbyggjarar og ferjesamband til Fjordvik. Fiskeri og havbruk er dei største "
        "næringane, og sommarfestivalen trekkjer folk frå heile fjorden.</p>",
    ),
    (
        "nedre-li",
        "Nedre Li",
        "village",
        "fjordvik",
        "<p>Bygd på sørsida av fjorden med barneskule, daglegvarebutikk og eit nytt bustadfelt. Om lag 480 "
        "innbyggjarar, og eit grendalag som får mykje til.</p>",
    ),
    (
        "sjovoll",
        "Sjøvoll",
        "village",
        "fjordvik",
        "<p>Gamal handelsstad med kai, naust og eit tomt pakkhus. Mange fritidsbustader, men færre som bur her heile "
        "året.</p>",
    ),
    (
        "berg",
        "Berg",
        "village",
        "lidal",
        "<p>Grendesenteret i Lidal, med samfunnshus, idrettsbane, barnehage og den einaste bensinstasjonen i "
        "kommunen.</p>",
    ),
    (
        "ovre-dal",
        "Øvre Dal",
        "village",
        "lidal",
        "<p>Fjellbygd med ti gardsbruk i drift og mange hytter. Vegen over fjellet er stengd delar av vinteren.</p>",
    ),
    (
        "holmane",
        "Holmane",
        "village",
        "nesheim",
        "<p>Fiskevær ytst i fjorden med båtlag, kystmuseum og ei hamn som er i bruk heile året.</p>",
    ),
]

# (slug, name, description, strategy slug): the five target areas of the social local
# development strategy, then the two of the move-here plan.
THEMES = [
    (
        "gode-stader-a-bu",
        "Gode stader å bu",
        "<p>Det skal vere lett å finne ein stad å bu, anten du vil leige, kjøpe eller byggje. Vi arbeider for fleire "
        "utleigebustader, ledige tomter i alle bygder og bumiljø der folk møtest.</p>"
        "<p><strong>Indikatorar:</strong> tal på ledige utleigebustader, nye bustader kvart år og del av innbyggjarane "
        "som seier dei trivst i bygda si.</p>",
        "utviklingsstrategien",
    ),
    (
        "arbeid-for-to",
        "Arbeid for to",
        "<p>Når ein familie vurderer å flytte hit, må begge dei vaksne finne noko å gjere. Vi formidlar jobbar på tvers "
        "av kommunegrensene, legg til rette for fjernarbeid og skaffar fleire lærlingplassar.</p>"
        "<p><strong>Indikatorar:</strong> tal på arbeidsplassar, tal på lærlingar og kor mange som jobbar frå "
        "kontorfellesskap i regionen.</p>",
        "utviklingsstrategien",
    ),
    (
        "naeringsliv-og-grunderskap",
        "Næringsliv og gründerskap",
        "<p>Eit næringsliv som veks gir arbeid og liv i bygdene. Vi hjelper dei som vil starte noko, og arbeider for "
        "at alle skal ha like vilkår, uansett kor i regionen dei held til.</p>"
        "<p><strong>Indikatorar:</strong> nyetableringar per år og kor mange verksemder som lever etter tre år.</p>",
        "utviklingsstrategien",
    ),
    (
        "oppvekst-fritid-og-fellesskap",
        "Oppvekst, fritid og fellesskap",
        "<p>Born og unge skal ha gode skular, møteplassar og ei fritid dei sjølve er med og formar. Lag og frivillige "
        "er limet i bygdene, og alle, også dei som nett har flytta hit, skal kunne vere med.</p>"
        "<p><strong>Indikatorar:</strong> del av dei unge som er med i fritidsaktivitetar, og kor mange nye "
        "innbyggjarar som er med i eit lag eller ein organisasjon.</p>",
        "utviklingsstrategien",
    ),
    (
        "veg-breiband-og-kollektiv",
        "Veg, breiband og kollektiv",
        "<p>Trygge vegar, fiber til alle husstandar og kollektivtilbod som passar kvardagen er føresetnader for alt "
        "det andre. Mykje av dette avgjer staten og fylket, så her handlar det om å stå saman og tale bygdene si sak.</p>"
        "<p><strong>Indikatorar:</strong> del av husstandane med fiber, og tal på avgangar mellom bygdene på "
        "kveldstid.</p>",
        "utviklingsstrategien",
    ),
    (
        "ta-godt-imot",
        "Ta godt imot",
        "<p>Dei som flyttar hit, skal kjenne seg velkomne frå første dag: med ein fast kontaktperson, ein fadderfamilie "
        "og hjelp til å finne arbeid for partnaren. Vi følgjer opp kvar familie det første året.</p>"
        "<p><strong>Indikatorar:</strong> del av tilflyttarane som framleis bur her etter tre år, og tal på aktive "
        "fadderfamiliar.</p>",
        "tilflyttingsplanen",
    ),
    (
        "ein-synleg-region",
        "Ein synleg region",
        "<p>Mange veit ikkje at det finst ledige jobbar, tomter og gode skular i bygdene våre. Vi fortel om kvardagen "
        "her i sosiale medium, på messer og gjennom dei som alt har flytta hit.</p>"
        "<p><strong>Indikatorar:</strong> tal på familiar som melder interesse, og kor mange som kjem på "
        "prøvebu-helger.</p>",
        "tilflyttingsplanen",
    ),
]

# key: (name, job title, organisation, direct phone, mobile, email)
PEOPLE = {
    "ingrid": (
        "Ingrid Haugland",
        "Prosessleiar",
        "Utviklingskontoret for Fjordregionen",
        "+47 555 00 110",
        "+47 555 91 234",
        "ingrid.haugland@example.org",
    ),
    "halvor": (
        "Halvor Nyheim",
        "Koordinator for vertskap og tilflytting",
        "Utviklingskontoret for Fjordregionen",
        "+47 555 00 115",
        "+47 555 91 876",
        "halvor.nyheim@example.org",
    ),
    "torbjorn": (
        "Torbjørn Vik",
        "Næringssjef",
        "Fjordvik kommune",
        "+47 555 00 120",
        "+47 555 92 345",
        "torbjorn.vik@example.org",
    ),
    "marte": (
        "Marte Solberg",
        "Kulturkonsulent",
        "Lidal kommune",
        "+47 555 00 130",
        "",
        "marte.solberg@example.org",
    ),
    "eirik": (
        "Eirik Brekke",
        "Prosjektleiar",
        "Nesheim kommune",
        "+47 555 00 140",
        "+47 555 93 456",
        "eirik.brekke@example.org",
    ),
    "sunniva": (
        "Sunniva Lie",
        "Bygdeutviklar",
        "Fjordvik kommune",
        "",
        "+47 555 94 567",
        "sunniva.lie@example.org",
    ),
    "aud": (
        "Aud Tjønn",
        "Leiar",
        "Berg bygdelag",
        "",
        "+47 555 95 678",
        "aud.tjonn@example.org",
    ),
}

# Contacts for the development work as a whole: (person key, role, own words for the role).
SITE_CONTACTS = [
    ("ingrid", "process_leader", ""),
    ("halvor", "other", "Kontaktperson for nye innbyggjarar"),
]

# (name, role, represents): 17 members across sectors, as the strategy asks.
ADVISORY_BOARD_MEMBERS = [
    ("Arnfinn Tystad", "chair", "Fjordvik kommune, ordførar"),
    ("Bodil Reitan", "member", "Lidal kommune, varaordførar"),
    ("Sigmund Heggvik", "member", "Nesheim kommune, kommunestyret"),
    ("Karianne Ness", "member", "Næringslivet: handel og service"),
    ("Vidar Strand", "member", "Næringslivet: reiseliv"),
    ("Elin Vangsnes", "member", "Landbruket, Lidal bondelag"),
    ("Øystein Moldskred", "member", "Fiskeri og havbruk"),
    ("Gunn Tveit", "member", "Pensjonistlaga"),
    ("Hallvard Bø", "member", "Idrettslaga"),
    ("Ida Rønning", "member", "Ungdomsrådet"),
    ("Jon Skeie", "member", "Nedre Li grendalag"),
    ("Kari Midtbø", "member", "Berg bygdelag"),
    ("Lars Helle", "member", "Holmane båtlag"),
    ("Mona Aasen", "member", "Frivilligsentralen"),
    ("Amira Haddad", "member", "Nye innbyggjarar og innvandrarrådet"),
    ("Oda Eide", "member", "Skulane, rektor ved Lidal skule"),
    ("Ragnhild Dale", "secretary", "Utviklingskontoret"),
]

JUNIOR_BOARD_MEMBERS = [
    ("Amalie, 10. klasse", "chair", "Fjordvik ungdomsskule"),
    ("Jonas, 9. klasse", "member", "Fjordvik ungdomsskule"),
    ("Sofie, 10. klasse", "member", "Lidal skule"),
    ("Emil, 8. klasse", "member", "Lidal skule"),
    ("Nora, 9. klasse", "member", "Nesheim skule"),
    ("Filip, 10. klasse", "member", "Nesheim skule"),
    ("Maja, 8. klasse", "member", "Fjordvik ungdomsskule"),
    ("Henrik, 9. klasse", "secretary", "Lidal skule"),
]

# The municipal councils' term: the politicians sit in the group for as long.
COUNCIL_TERM = (date(2023, 10, 1), date(2027, 9, 30))

CAMPAIGN_GROUP_MEMBERS = [
    member("Arnfinn Tystad", "chair", "Fjordvik kommune", term=COUNCIL_TERM, portrait=1),
    member("Bodil Reitan", "member", "Lidal kommune", term=COUNCIL_TERM),
    member("Sigmund Heggvik", "member", "Nesheim kommune", term=COUNCIL_TERM),
    member("Per Hovland", "deputy", "Lidal kommune", term=COUNCIL_TERM),
    member(
        "Karianne Ness",
        "member",
        "Fjordregionen næringsforum",
        term=(date(2025, 1, 1), date(2028, 12, 31)),
    ),
    member("Mona Aasen", "member", "Frivilligsentralen"),
    member("Siri Nordal", "observer", "Vestfylket fylkeskommune"),
    member("Ingrid Haugland", "adviser", "Utviklingskontoret"),
    member(
        "Amira Haddad",
        "other",
        "Nye innbyggjarar",
        role_other="Talsperson for dei som har flytta hit",
        term=(date(2025, 1, 1), None),
    ),
    member("Halvor Nyheim", "secretary", "Utviklingskontoret"),
]

VILLAGE_NETWORK_MEMBERS = [
    ("Jon Skeie", "member", "Nedre Li"),
    ("Siv Hamre", "member", "Sjøvoll"),
    ("Kari Midtbø", "chair", "Berg"),
    ("Ola Reppen", "member", "Øvre Dal"),
    ("Lars Helle", "member", "Holmane"),
]

NEDRE_LI_WORKING_GROUP = [
    ("Jon Skeie", "chair", "Nedre Li grendalag"),
    ("Tone Kvåle", "member", "Foreldrerådet ved Nedre Li skule"),
    ("Bjarte Lien", "member", "Li Bygg AS"),
    ("Synnøve Hegg", "member", "Nedre Li idrettslag"),
    ("Torgeir Haugen", "member", "Nye innbyggjarar i bygda"),
    ("Sunniva Lie", "secretary", "Fjordvik kommune"),
]

# Picture: (kind, seed, alt text, caption, credit); kinds are those pictures.draw() makes.
PROJECTS = [
    {
        "slug": "heim-til-fjorden",
        "title": "«Heim til fjorden»: tilflytting til Fjordregionen",
        "summary": "Sidan 2002 har Fjordvik, Lidal og Nesheim marknadsført seg saman og teke imot nye innbyggjarar med vertskap, jobbformidling og prøvebu-helger.",
        "status": "ongoing",
        "progress": None,
        "starts_on": date(2002, 3, 1),
        "is_featured": True,
        "lead_organisation": "Utviklingskontoret for Fjordregionen",
        "areas": ["fjordregionen"],
        "themes": ["gode-stader-a-bu", "arbeid-for-to", "ta-godt-imot", "ein-synleg-region"],
        "body": (
            "<p>På slutten av 1990-talet hadde alle tre kommunane i Fjordregionen den same utfordringa: folketalet gjekk ned, "
            "dei unge flytta ut for å ta utdanning, og færre kom tilbake. Kvar kommune for seg var for lita til å tilby alt ein "
            "barnefamilie ser etter. Saman kunne vi det: arbeid for to vaksne, barnehage og skule, ein stad å bu og eit rikt "
            "fritidstilbod, alt innanfor ein halvtimes køyretur.</p>"
            "<p>«Heim til fjorden» vart difor skipa i 2002 som eit felles prosjekt mellom dei tre kommunane, med næringslivet og "
            "dei frivillige laga som partnarar. Tanken er enkel: vi sel regionen, ikkje berre vår eigen kommune. Hadde éin "
            "kommune gjort dette åleine, ville han lett ha kjempa mot naboane sine.</p>"
            "<h2>Fase 1: Vertskap og infrastruktur (2002–2004)</h2>"
            "<p>Den første fasen handla om å byggje det som må vere på plass før ein inviterer folk. Servicetorga i dei tre "
            "kommunane vart vertskap for alle som vurderer å flytte hit. Dei formidlar kontakt med arbeidsgjevarar og utleigarar, "
            "og svarar på spørsmål om barnehage, skule og fritid.</p>"
            "<ul><li>Ei felles nettside med ledige jobbar, bustader og tomter i heile regionen</li>"
            "<li>Ein fast kontaktperson for kvar familie som melder interesse</li>"
            "<li>Ein avtale med næringsforumet om å melde ledige stillingar til vertskapet</li></ul>"
            "<h2>Fase 2: Marknadsføring og rekruttering (frå 2004)</h2>"
            "<p>Frå 2004 har vi marknadsført regionen aktivt, med berre positive bodskapar: korte avstandar, ingen kø og fjella "
            "rett utanfor stovevindauget. Den mest kjende kampanjen er «Skulestart ved fjorden», som rettar seg mot familiar der "
            "det eldste barnet skal byrje på skulen. Vi inviterer til prøvebu-helger der familiane bur i ei av bygdene, møter "
            "arbeidsgjevarar og får omvising på skulen.</p>"
            "<h2>Resultat så langt</h2>"
            "<ul><li><strong>412</strong> familiar og einskildpersonar har meldt interesse sidan 2002.</li>"
            "<li><strong>87</strong> hushald har flytta til regionen som eit direkte resultat av kampanjen, med til saman "
            "<strong>131</strong> born.</li>"
            "<li><strong>64</strong> familiar har vore med på prøvebu-helger.</li>"
            "<li><strong>23</strong> nye verksemder er starta av tilflyttarar.</li></ul>"
            "<p>Mange flyttar inn, men nokre flyttar ut att. Difor arbeider vi no like mykje med å få dei som kjem til å bli: med "
            "fadderfamiliar, nettverk og hjelp til å finne jobb for partnaren.</p>"
            '<p>Les meir om å flytte hit på <a href="https://www.example.org/flytt-hit">nettsida for tilflyttarar</a>.</p>'
        ),
        "how_to_get_involved": (
            "<p>Kjenner du nokon som vurderer å flytte heim att? Tips vertskapet, så tek vi kontakt på ein hyggeleg måte.</p>"
            "<ul><li>Bli fadderfamilie for ein ny familie det første året.</li>"
            "<li>Meld ledige utleigebustader eller tomter til vertskapet.</li>"
            "<li>Verksemder kan melde ledige stillingar, også deltid og lærlingplassar.</li></ul>"
        ),
        "partners": [
            ("Fjordvik kommune", "public"),
            ("Lidal kommune", "public"),
            ("Nesheim kommune", "public"),
            ("Fjordsparebanken", "private"),
            ("Fjordregionen næringsforum", "private"),
            ("Frivilligsentralen i Fjordvik", "voluntary"),
            ("Bygdekvinnelaga i Fjordregionen", "voluntary"),
        ],
        "phases": [
            (
                "Fase 1: Vertskap og infrastruktur",
                date(2002, 3, 1),
                date(2004, 6, 30),
                "<p>Servicetorga vart vertskap for tilflyttarar, og ei felles nettside med jobbar, bustader og tomter i heile regionen vart opna.</p>",
            ),
            (
                "Fase 2: Marknadsføring og rekruttering",
                date(2004, 8, 1),
                None,
                "<p>Aktiv marknadsføring av regionen, kampanjen «Skulestart ved fjorden», prøvebu-helger og fadderfamiliar.</p>",
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
                "Fjordlandskap med høge fjell, hus langs strandkanten og ein kvit båt på fjorden",
                "Fjordvik sett frå sjøen",
                "Solveig Aasen",
            ),
            (
                "school",
                12,
                "Skulebygning i to etasjar med norsk flagg på flaggstonga og born i skulegarden",
                "Skulestart ved fjorden: omvising på Fjordvik skule",
                "Kjetil Brakstad",
            ),
            (
                "meeting",
                13,
                "Folk rundt eit bord i eit møterom, med ei tavle full av lappar og vindauge mot fjorden",
                "Informasjonsmøte for nye innbyggjarar",
                ILLUSTRATION,
            ),
            (
                "village",
                14,
                "Bygd i ei grøn li med hus, ein veg gjennom bygda og folk som går langs vegen",
                "Prøvebu-helg i Berg",
                "Solveig Aasen",
            ),
        ],
        "documents": [
            document(
                "Årsrapport 2024 for «Heim til fjorden»",
                "report",
                date(2025, 1, 20),
                "Kor mange som melde interesse og flytta hit i 2024, og korleis vertskapet arbeidde.",
                pdf=(
                    "Årsrapport 2024: Heim til fjorden",
                    [
                        "I 2024 melde 31 familiar og einskildpersonar interesse for å flytte til Fjordregionen. Ni hushald flytta hit i løpet av året, med til saman 14 born.",
                        "Vertskapet hadde kontakt med alle som melde interesse innan ei veke. Tre prøvebu-helger vart haldne, i Berg, Nedre Li og Holmane.",
                        "Fadderordninga hadde 18 aktive fadderfamiliar ved utgangen av året.",
                    ],
                ),
            )
        ],
        # (source, kind, amount, currency, from year, to year)
        "funding": [
            (
                "Fjordvik, Lidal og Nesheim kommunar",
                "municipality",
                Decimal(750000),
                "NOK",
                2025,
                2028,
            ),
            ("Fjordregionen næringsforum", "private", Decimal(120000), "NOK", 2025, 2028),
        ],
        # (kind, title, address, still picture for a video: (kind, seed, alt text))
        "links": [
            (
                "website",
                "Flytt til Fjordregionen: jobbar, bustader og tomter",
                "https://www.example.org/flytt-hit",
                None,
            ),
            (
                "facebook",
                "«Heim til fjorden» på Facebook",
                "https://facebook.example.org/heimtilfjorden",
                None,
            ),
            (
                "video",
                "Film: Kvardagen ved fjorden (4 minutt)",
                "https://video.example.org/kvardagen-ved-fjorden",
                (
                    "fjord",
                    15,
                    "Bilete frå filmen: fjorden mellom høge fjell, hus langs strandkanten og ein kvit båt",
                ),
            ),
        ],
        "updates": [
            update(
                date(2021, 3, 18),
                "Prøvebu-helga vart digital i år",
                "<p>Smittevernreglane gjorde at vi ikkje kunne ta imot familiar i bygdene i vår. I staden inviterte vi til ei "
                "digital prøvebu-helg med videomøte med skulane, arbeidsgjevarar og dei tre ordførarane.</p>"
                "<p>19 familiar var med, fleire enn på nokon fysisk samling. Vi tek med oss erfaringa vidare.</p>",
            ),
            update(
                date(2022, 9, 15),
                "Vertskapet har fått eigen koordinator",
                "<p>Halvor Nyheim er tilsett som koordinator for vertskap og tilflytting i halv stilling. Han følgjer opp alle "
                "som melder interesse, og er fast kontaktperson for familiane fram til dei har funne seg til rette.</p>"
                "<p>Tidlegare gjekk oppgåva på omgang mellom servicetorga, og det var lett at nokon fall mellom to stolar.</p>",
                picture=(
                    "meeting",
                    101,
                    "Møterom med folk rundt eit bord, ei tavle med lappar og utsikt mot fjorden",
                    "Oppstartsmøte med servicetorga i dei tre kommunane",
                    ILLUSTRATION,
                ),
            ),
            update(
                date(2023, 5, 2),
                "Rekord for prøvebu-helgene",
                "<p>Tolv familiar var med på dei to prøvebu-helgene i vår, det høgaste talet sidan starten. Fem av dei har alt "
                "søkt på jobb i regionen, og to har fått tilbod om bustad.</p>",
                picture=(
                    "village",
                    102,
                    "Grøn bygd med hus i lia og folk som går langs vegen",
                    "Prøvebu-familiane på tur gjennom Berg",
                    "Kjetil Brakstad",
                ),
            ),
            update(
                date(2024, 1, 22),
                "Årsrapport 2023: 38 melde interesse",
                "<p>I 2023 melde 38 familiar og einskildpersonar interesse for å flytte hit. Elleve hushald har flytta til "
                "regionen, og fire nye verksemder er starta av tilflyttarar.</p>",
            ),
            update(
                date(2025, 1, 20),
                "Årsrapport 2024: ni nye hushald",
                "<p>31 familiar og einskildpersonar melde interesse i 2024, og ni hushald med til saman 14 born flytta hit. "
                "Heile årsrapporten ligg under dokument.</p>",
            ),
            update(
                date(2025, 10, 8),
                "Fadderordninga gjeld no i alle bygdene",
                "<p>Fadderfamiliar har vore eit tilbod i Fjordvik sentrum sidan 2019. No har vi fadderar i alle dei fem bygdene, "
                "takk vere bygdekvinnelaga og grendalaga.</p>",
            ),
            update(
                -12,
                "Ny film om kvardagen ved fjorden",
                "<p>Filmen følgjer fire familiar som har flytta hit dei siste åra, frå morgonstellet til fotballtreninga. Han "
                "blir vist i sosiale medium i haust, og ligg på nettsida for tilflyttarar.</p>",
            ),
            update(
                10,
                "Påmeldinga til prøvebu-helga i Holmane er open",
                "<p>Prøvebu-helga i februar blir i Holmane. Familiane bur i rorbuer, møter arbeidsgjevarar innan fiskeri og "
                "havbruk og får omvising på Nesheim skule. Påmeldingsfristen er 15. januar.</p>",
            ),
        ],
    },
    {
        "slug": "sosial-utviklingsstrategi",
        "title": "Sosial lokal utviklingsstrategi 2024–2030",
        "summary": "Ein felles strategi med eitt overordna mål og fem satsingsområde, laga saman med innbyggjarar, næringsliv, lag og unge i heile regionen.",
        "status": "ongoing",
        "progress": 45,
        "starts_on": date(2024, 1, 15),
        "ends_on": date(2030, 12, 31),
        "is_featured": True,
        "lead_organisation": "Utviklingskontoret for Fjordregionen",
        "areas": ["fjordregionen"],
        "themes": [
            "gode-stader-a-bu",
            "arbeid-for-to",
            "naeringsliv-og-grunderskap",
            "oppvekst-fritid-og-fellesskap",
            "veg-breiband-og-kollektiv",
        ],
        "body": (
            "<p>Kva gjer at folk vel å bu ein stad, og at dei blir verande? Jobb og bustad betyr mykje, men røynsla frå "
            "tilflyttingsarbeidet er at fellesskapet betyr minst like mykje: at ein blir kjend med folk, får vere med og kjenner "
            "at ein høyrer til. Det kallar vi sosial kapital, og det er utgangspunktet for den sosiale lokale "
            "utviklingsstrategien.</p>"
            "<p>Arbeidet har to spor. Det eine er sjølve planen: eit overordna mål, fem satsingsområde og tiltak med målbare "
            "indikatorar. Det andre er måten planen blir til på. Når kommunane, næringslivet, laga og innbyggjarane møtest, lærer "
            "kvarandre å kjenne og skjønar kvarandre sine roller, veks tilliten. Då blir det lettare å få ting til, også etter at "
            "strategien er vedteken.</p>"
            "<h2>Overordna mål</h2>"
            "<p><strong>Fjordregionen skal vere ein stad der fleire vel å bu og bli buande, fordi vi får til meir saman enn kvar "
            "for oss.</strong></p>"
            "<h2>Fem satsingsområde</h2>"
            "<ol><li>Gode stader å bu</li><li>Arbeid for to</li><li>Næringsliv og gründerskap</li>"
            "<li>Oppvekst, fritid og fellesskap</li><li>Veg, breiband og kollektiv</li></ol>"
            "<p>Kvart satsingsområde har to eller tre indikatorar som blir målte kvart år, og ein tiltaksplan som blir rullert "
            "kvar haust.</p>"
            "<h2>Korleis strategien blir til</h2>"
            "<p>Det rådgjevande organet har 17 medlemer frå kommunane, næringslivet, landbruket og fiskeria, lag og "
            "organisasjonar, bygdene, dei unge og dei eldre. Dei følgjer arbeidet tett og sørgjer for at strategien er forankra "
            "breitt. Ungdomens rådgjevande organ, med elevar frå ungdomsskulane i alle tre kommunane, gir råd i alle saker som "
            "gjeld unge.</p>"
            "<p>Bygdenettverket har ein representant frå kvar bygd og held kontakten med grendalaga. To gonger i året inviterer "
            "vi alle til eit stort strategimøte. Det første, i april 2024, samla 140 deltakarar frå alle delar av regionen og i "
            "alle aldrar.</p>"
        ),
        "how_to_get_involved": (
            "<p>Alle kan vere med:</p>"
            "<ul><li>Kom på strategimøtet kvar vår og haust. Det er gratis, og vi serverer middag.</li>"
            "<li>Ta kontakt med representanten for bygda di i bygdenettverket.</li>"
            "<li>Går du på ungdomsskulen? Snakk med kontaktlæraren din om ungdomens rådgjevande organ.</li></ul>"
            '<p>Du kan òg skrive direkte til prosessleiaren på <a href="mailto:ingrid.haugland@example.org">'
            "ingrid.haugland@example.org</a>.</p>"
        ),
        "partners": [
            ("Fjordvik kommune", "public"),
            ("Lidal kommune", "public"),
            ("Nesheim kommune", "public"),
            ("Vestfylket fylkeskommune", "public"),
            ("Fjordregionen næringsforum", "private"),
            ("Frivilligsentralen i Fjordvik", "voluntary"),
        ],
        "phases": [
            (
                "Kartlegging og innspel",
                date(2024, 1, 15),
                date(2024, 10, 31),
                "<p>Intervju med politikarar og leiarar, det første strategimøtet og innspel frå alle bygdene.</p>",
            ),
            (
                "Mål, indikatorar og tiltak",
                date(2024, 11, 1),
                date(2025, 12, 31),
                "<p>Det rådgjevande organet formar ut indikatorar og tiltak for kvart satsingsområde.</p>",
            ),
            (
                "Gjennomføring og rullering",
                date(2026, 1, 1),
                date(2030, 12, 31),
                "<p>Tiltaka blir gjennomførte, og indikatorane målte og lagde fram kvar haust.</p>",
            ),
        ],
        "contacts": [("ingrid", "project_leader"), ("marte", "coordinator")],
        "pictures": [
            (
                "meeting",
                21,
                "Strategimøte: folk rundt eit langbord, ei tavle med fargerike lappar og vindauge mot fjorden",
                "Det første strategimøtet samla 140 deltakarar",
                "Frida Tangen",
            ),
            (
                "school",
                22,
                "Skulebygning i to etasjar med flaggstong og elevar ute i skulegarden",
                "Ungdomens rådgjevande organ møtest på skulane",
                ILLUSTRATION,
            ),
            (
                "village",
                23,
                "Bygd i ei grøn li med hus, ein veg og folk som går",
                "Bygdene skal vere gode stader å bu",
                "Frida Tangen",
            ),
        ],
        "documents": [
            document(
                "Innspel frå strategimøtet 18. april 2024 (samandrag)",
                "report",
                date(2024, 4, 19),
                "Dei 612 innspela frå strategimøtet, sorterte etter satsingsområde.",
                pdf=(
                    "Innspel frå strategimøtet 18. april 2024",
                    [
                        "140 deltakarar frå alle delar av regionen, frå 12 til 87 år, kom med til saman 612 innspel.",
                        "Dei fleste innspela handla om bustader, møteplassar for unge, kollektivtilbod på kveldstid og arbeid for partnarar til dei som flyttar hit.",
                        "Innspela er sorterte etter dei fem satsingsområda og lagde fram for det rådgjevande organet.",
                    ],
                ),
            ),
            document(
                "Overordna mål og fem satsingsområde (vedteke oktober 2024)",
                "plan",
                date(2024, 10, 3),
                "Målet og satsingsområda slik kommunestyra vedtok dei.",
                pdf=(
                    "Overordna mål og fem satsingsområde",
                    [
                        "Overordna mål: Fjordregionen skal vere ein stad der fleire vel å bu og bli buande, fordi vi får til meir saman enn kvar for oss.",
                        "Satsingsområde: Gode stader å bu. Arbeid for to. Næringsliv og gründerskap. Oppvekst, fritid og fellesskap. Veg, breiband og kollektiv.",
                        "Vedteke i kommunestyra i Fjordvik, Lidal og Nesheim i oktober 2024.",
                    ],
                ),
            ),
            document(
                "Vedtaket i kommunestyret i Fjordvik (sak 2024/1187)",
                "decision",
                date(2024, 10, 3),
                "Saksframlegget og vedtaket i innsynsløysinga til Fjordvik kommune.",
                url="https://innsyn.example.org/fjordvik/sak/2024-1187",
            ),
        ],
        "milestones": [
            milestone(
                "Vedteke i kommunestyra",
                "decision",
                happened=date(2024, 10, 3),
                description="Fjordvik, Lidal og Nesheim vedtok det overordna målet og dei fem satsingsområda.",
                case_number="2024/1187",
                case_url="https://innsyn.example.org/fjordvik/sak/2024-1187",
            ),
            milestone(
                "Tiltaksplanen for neste år blir vedteken",
                "decision",
                planned=140,
                description="Strategimøtet i vår prioriterer tiltaka, og kommunestyra vedtek dei.",
            ),
        ],
        "funding": [
            (
                "Fjordvik, Lidal og Nesheim kommunar",
                "municipality",
                Decimal(1500000),
                "NOK",
                2024,
                2030,
            ),
            (
                "Vestfylket fylkeskommune, regionale utviklingsmidlar",
                "region",
                Decimal(900000),
                "NOK",
                2024,
                2026,
            ),
            (
                "Staten, tilskot til lokal samfunnsutvikling",
                "state",
                Decimal(600000),
                "NOK",
                2025,
                2026,
            ),
            ("Interreg, prosjektet «Levande kystbygder»", "eu", Decimal(85000), "EUR", 2025, 2027),
            ("Gåvefondet til Fjordsparebanken", "foundation", Decimal(150000), "NOK", 2025, 2025),
        ],
        "updates": [
            update(
                date(2024, 2, 20),
                "Det rådgjevande organet har hatt sitt første møte",
                "<p>17 medlemer frå næringsliv, lag, bygder, unge, eldre og dei tre kommunane møttest i Berg samfunnshus. Alle "
                "slutta seg til føremålet: eit langsiktig og systematisk arbeid for å gjere regionen til ein betre stad å bu.</p>"
                "<p>Organet møtest kvar sjette veke fram til strategien er vedteken.</p>",
                "ongoing",
                5,
            ),
            update(
                date(2024, 4, 19),
                "140 deltakarar på det første strategimøtet",
                "<p>Frå tolvåringar til pensjonistar: 140 personar frå heile regionen var med på strategimøtet i Fjordvik "
                "kulturhus i går. Etter eit foredrag om tillit og samarbeid arbeidde deltakarane i grupper, og resultatet vart "
                "612 innspel.</p><p>Eit samandrag ligg under dokument.</p>",
                progress=15,
                picture=(
                    "meeting",
                    201,
                    "Mange folk rundt eit langbord i eit møterom, med tavle og vindauge mot fjorden",
                    "Gruppearbeid på strategimøtet",
                    "Frida Tangen",
                ),
            ),
            update(
                date(2024, 10, 3),
                "Overordna mål og fem satsingsområde er vedtekne",
                "<p>Kommunestyra i Fjordvik, Lidal og Nesheim har no alle vedteke det overordna målet og dei fem "
                "satsingsområda. Neste steg er å finne indikatorar og tiltak for kvart område.</p>",
                progress=25,
            ),
            update(
                date(2025, 3, 12),
                "Ungdomens rådgjevande organ har levert råda sine",
                "<p>Elevane har arbeidd med satsingsområda i eit halvt år. Dei tre viktigaste råda deira er:</p>"
                "<ul><li>kveldsbuss mellom bygdene, minst to dagar i veka</li>"
                "<li>ein møteplass der ein kan vere utan å måtte kjøpe noko</li>"
                "<li>fleire sommarjobbar for unge i lokale verksemder</li></ul>",
                progress=30,
                picture=(
                    "school",
                    202,
                    "Skulebygning med flaggstong og elevar i skulegarden",
                    "Ungdomens rådgjevande organ la fram råda på Lidal skule",
                    ILLUSTRATION,
                ),
            ),
            update(
                date(2025, 9, 25),
                "Indikatorane er klare",
                "<p>Kvart satsingsområde har no to eller tre indikatorar. Dei første målingane blir lagde fram på "
                "haustmøtet.</p>",
                progress=40,
            ),
            update(
                date(2026, 4, 23),
                "Tiltaksplanen for 2026 er lagd",
                "<p>Vårens strategimøte prioriterte tolv tiltak for 2026, mellom anna kveldsbuss mellom bygdene og fleire "
                "utleigebustader i Nedre Li og Berg.</p>",
                progress=45,
            ),
            update(
                -3,
                "Haustmøtet: første måling av indikatorane",
                "<p>På haustmøtet la prosessleiaren fram dei første målingane. Fiberdekninga har auka, medan talet på ledige "
                "utleigebustader framleis er for lågt i alle tre kommunane.</p>",
            ),
            update(
                -1,
                "Oppsummering av haustmøtet",
                "<p>Utkast: skal lesast av leiaren i det rådgjevande organet før det blir publisert.</p>",
                draft=True,
            ),
        ],
    },
    {
        "slug": "utviklingsplan-nedre-li",
        "title": "Lokal utviklingsplan for Nedre Li",
        "summary": "Bygdefolket i Nedre Li har laga ein plan for fleire utleigebustader, trygg skuleveg og ein ny møteplass ved skulen.",
        "status": "ongoing",
        "progress": 55,
        "progress_from": "weighted",
        "starts_on": date(2023, 1, 10),
        "ends_on": date(2027, 12, 31),
        "lead_organisation": "Nedre Li grendalag",
        "areas": ["nedre-li"],
        "themes": ["gode-stader-a-bu", "oppvekst-fritid-og-fellesskap"],
        "body": (
            "<p>Utviklingsplanen for Nedre Li vart laga av bygdefolket sjølve, med hjelp frå kommunen. Vinteren 2022–2023 heldt "
            "grendalaget tre opne bygdemøte, og 212 innbyggjarar svarte på ei spørjeundersøking om kva som er bra med bygda og "
            "kva som manglar.</p>"
            "<p>Svara var tydelege: folk trivst, men det er nesten umogleg å leige bustad, skulevegen langs fylkesvegen er utrygg, "
            "og born og unge manglar ein stad å vere etter skuletid.</p>"
            "<h2>Dei viktigaste tiltaka</h2>"
            "<ol><li>Seks nye utleigebustader ved skulen, bygde av eit lokalt firma</li>"
            "<li>Ny leikeplass og aktivitetsområde ved Nedre Li skule</li>"
            "<li>Fortau langs fylkesvegen frå butikken til skulen</li>"
            "<li>Ein årleg bygdedag der nye innbyggjarar blir ønskte velkomne</li></ol>"
            "<h2>Slik samarbeider vi</h2>"
            "<p>Planen byggjer på prinsippet om hjelp til sjølvhjelp. Grendalaget og dugnadsgjengen gjer det dei kan sjølve, og "
            "kommunen bidreg med fagfolk, søknader og pengar der det trengst. Arbeidsgruppa møtest ein gong i månaden og "
            "rapporterer til årsmøtet i grendalaget.</p>"
        ),
        "how_to_get_involved": (
            "<p>Dugnad på aktivitetsområdet kvar tysdag i mai frå klokka 18. Ta med arbeidshanskar; grendalaget stiller med "
            "kaffi og vaflar.</p><p>Vil du vere med i arbeidsgruppa, ta kontakt med Sunniva Lie i kommunen.</p>"
        ),
        "partners": [
            ("Fjordvik kommune", "public"),
            ("Nedre Li grendalag", "voluntary"),
            ("Nedre Li idrettslag", "voluntary"),
            ("Li Bygg AS", "private"),
        ],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [
            (
                "village",
                31,
                "Nedre Li: hus spreidde i ei grøn li, ein veg gjennom bygda og folk som går",
                "Nedre Li ein sommardag",
                "Nedre Li grendalag",
            ),
            (
                "building_site",
                32,
                "Byggjeplass med gravemaskin og reisverket til eit nytt hus",
                "Grunnarbeid for dei nye utleigebustadene",
                "Torgeir Haugen",
            ),
            (
                "school",
                33,
                "Skule med flaggstong og born som leikar i skulegarden",
                "Den nye leikeplassen ved Nedre Li skule",
                "Nedre Li grendalag",
            ),
        ],
        "documents": [
            document(
                "Lokal utviklingsplan for Nedre Li 2023–2027",
                "plan",
                date(2023, 2, 28),
                "Planen slik årsmøtet i grendalaget vedtok han, med alle fire tiltaka.",
                pdf=(
                    "Lokal utviklingsplan for Nedre Li 2023–2027",
                    [
                        "Planen er laga av Nedre Li grendalag etter tre opne bygdemøte og ei spørjeundersøking med 212 svar.",
                        "Tiltak: seks utleigebustader ved skulen, ny leikeplass og aktivitetsområde, fortau langs fylkesvegen og ein årleg bygdedag.",
                        "Vedteken på årsmøtet i grendalaget 28. februar 2023 og handsama i Fjordvik kommunestyre i november 2023.",
                    ],
                ),
            )
        ],
        "milestones": [
            milestone("Vedteken på årsmøtet i grendalaget", "decision", happened=date(2023, 2, 28)),
            milestone(
                "Handsama i kommunestyret i Fjordvik",
                "decision",
                happened=date(2023, 11, 13),
                description="Kommunestyret slutta seg til planen og løyvde pengar til fortauet.",
                case_number="2023/2210",
                case_url="https://innsyn.example.org/fjordvik/sak/2023-2210",
            ),
        ],
        "updates": [
            update(
                date(2023, 3, 1),
                "Planen er vedteken på årsmøtet",
                "<p>Eit samrøystes årsmøte i grendalaget vedtok utviklingsplanen i går kveld. Over 90 møtte opp.</p>",
                "ongoing",
                15,
            ),
            update(
                date(2023, 11, 14),
                "Kommunestyret støttar planen",
                "<p>Fjordvik kommunestyre har handsama planen og sett av 1,2 millionar kroner til fortau langs fylkesvegen. "
                "Fylket tek resten.</p>",
                progress=25,
            ),
            update(
                date(2024, 6, 14),
                "Leikeplassen ved skulen er opna",
                "<p>Over hundre born og vaksne kom på opninga. Dugnadsgjengen har lagt ned meir enn 600 timar.</p>",
                progress=40,
                picture=(
                    "school",
                    301,
                    "Skule med norsk flagg og born som leikar i skulegarden",
                    "Opningsdagen på den nye leikeplassen",
                    "Tone Kvåle",
                ),
            ),
            update(
                date(2025, 5, 6),
                "Fortauet langs fylkesvegen er ferdig",
                "<p>No kan elevane gå trygt heile vegen frå butikken til skulen.</p>",
                progress=50,
            ),
            update(
                -40,
                "Byggjestart for utleigebustadene",
                "<p>Li Bygg AS starta grunnarbeidet denne veka. Bustadene skal stå ferdige til skulestart neste år, og "
                "kommunen tek imot søknader frå nyttår.</p>",
                progress=55,
                picture=(
                    "building_site",
                    302,
                    "Gravemaskin og reisverket til eit nytt hus på ei tomt",
                    "Grunnarbeidet er i gang",
                    "Torgeir Haugen",
                ),
            ),
        ],
    },
    {
        "slug": "utviklingsplan-berg",
        "title": "Lokal utviklingsplan for Berg",
        "summary": "Berg lagar ein plan for sentrum rundt samfunnshuset, med møteplassar, trygge vegar og plass til nye verksemder.",
        "status": "ongoing",
        "progress": 30,
        "starts_on": date(2026, 1, 15),
        "ends_on": date(2026, 12, 31),
        "lead_organisation": "Berg bygdelag",
        "areas": ["berg"],
        "themes": [
            "gode-stader-a-bu",
            "oppvekst-fritid-og-fellesskap",
            "naeringsliv-og-grunderskap",
        ],
        "body": (
            "<p>Berg er grendesenteret i Lidal, men sentrum har vakse fram utan ein plan. Butikken, samfunnshuset, barnehagen "
            "og bensinstasjonen ligg spreidde langs riksvegen, og det er ingen naturleg stad å stoppe og møtast.</p>"
            "<p>Bygdelaget tok difor initiativ til ein stadutviklingsplan. Planen skal vise korleis sentrum kan bli ein "
            "tryggare og triveligare stad, kvar nye bustader og verksemder kan liggje, og kva som bør skje med samfunnshuset, som "
            "treng eit nytt tak og eit større kjøkken.</p>"
            "<h2>Slik lagar vi planen</h2>"
            "<ul><li>Ein stadanalyse gjort av studentar frå arkitektutdanninga</li>"
            "<li>To opne bygdemøte i samfunnshuset</li>"
            "<li>Ein teiknedag der borna i barnehagen og på skulen teiknar draumesentrumet sitt</li>"
            "<li>Eit utkast som blir lagt ut til høyring før jul</li></ul>"
            "<p>Planen skal vere ferdig innan utgangen av 2026 og blir lagd fram for kommunestyret i Lidal.</p>"
        ),
        "how_to_get_involved": (
            "<p>Kom på bygdemøtet i samfunnshuset, eller send innspel til bygdelaget. Alle innspel blir lesne, og vi svarer "
            "på kva vi gjorde med dei.</p>"
        ),
        "partners": [
            ("Lidal kommune", "public"),
            ("Berg bygdelag", "voluntary"),
            ("Berg Landhandel AS", "private"),
        ],
        "phases": [],
        "contacts": [("aud", "project_leader"), ("marte", "contact")],
        "pictures": [
            (
                "village",
                41,
                "Berg: hus i ei grøn li, ein veg gjennom bygda og folk som går langs vegen",
                "Sentrum i Berg",
                "Kari Midtbø",
            ),
            (
                "meeting",
                42,
                "Bygdemøte med folk rundt eit bord, ei tavle med lappar og vindauge mot fjorden",
                "Det første bygdemøtet om planen",
                ILLUSTRATION,
            ),
        ],
        "documents": [
            document(
                "Høyringsutkast: lokal utviklingsplan for Berg",
                "consultation",
                -10,
                "Utkastet bygdelaget har lagt ut til høyring, med dei tre skissene til nytt sentrum.",
                pdf=(
                    "Høyringsutkast: lokal utviklingsplan for Berg",
                    [
                        "Utkastet byggjer på stadanalysen, to opne bygdemøte og teikningane frå barnehagen og skulen.",
                        "Tre skisser til nytt sentrum: ein møteplass ved samfunnshuset, tryggare kryssing av riksvegen og tomter til nye bustader og verksemder.",
                        "Send innspel til Berg bygdelag eller Lidal kommune innan høyringsfristen.",
                    ],
                ),
            )
        ],
        "milestones": [
            milestone(
                "Utkastet er ute på høyring",
                "consultation",
                happened=-10,
                until=25,
                description="Alle kan seie meininga si om utkastet til bygdelaget eller kommunen.",
                case_number="2026/1432",
                case_url="https://innsyn.example.org/lidal/sak/2026-1432",
            ),
            milestone(
                "Kommunestyret i Lidal handsamar planen",
                "decision",
                planned=75,
            ),
        ],
        "updates": [
            update(
                date(2025, 11, 5),
                "Bygdelaget vil ha ein stadutviklingsplan",
                "<p>Årsmøtet i Berg bygdelag vedtok å be kommunen om hjelp til ein plan for sentrum.</p>",
                "idea",
            ),
            update(
                date(2026, 1, 20),
                "Planarbeidet er finansiert",
                "<p>Lidal kommune og Vestfylket dekkjer stadanalysen og prosessleiinga. Bygdelaget stiller med dugnad.</p>",
                "planned",
                5,
            ),
            update(
                date(2026, 3, 10),
                "Over 90 på det første bygdemøtet",
                "<p>Samfunnshuset var fullt. Flest innspel handla om trafikken på riksvegen og om at sentrum manglar ein "
                "stad å sitje.</p>",
                "ongoing",
                15,
                picture=(
                    "meeting",
                    401,
                    "Folk samla rundt eit langbord, med tavle og vindauge mot fjorden",
                    "Bygdemøtet i samfunnshuset",
                    "Kari Midtbø",
                ),
            ),
            update(
                date(2026, 6, 2),
                "Stadanalysen er ferdig",
                "<p>Studentane har kartlagt korleis folk brukar sentrum. Analysen syner at dei fleste køyrer gjennom utan å "
                "stoppe.</p>",
                progress=25,
            ),
            update(
                -25,
                "Borna har teikna draumesentrumet sitt",
                "<p>58 teikningar frå barnehagen og skulen heng no i samfunnshuset. Badeplass, skatepark og ein kafé med "
                "is går att på mange av dei.</p>",
                progress=30,
            ),
        ],
    },
    {
        "slug": "utviklingsplan-holmane",
        "title": "Lokal utviklingsplan for Holmane",
        "summary": "Alle ti tiltaka i utviklingsplanen for Holmane er gjennomførte: hamna er utbetra, museet har nytt tak og gjestebåtane har fått flytebrygge.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2019, 4, 1),
        "ends_on": date(2025, 6, 30),
        "lead_organisation": "Holmane båtlag",
        "areas": ["holmane"],
        "themes": ["gode-stader-a-bu", "naeringsliv-og-grunderskap"],
        "body": (
            "<p>Holmane var det første fiskeværet i regionen som laga sin eigen utviklingsplan. Båtlaget, kystmuseet og "
            "grendalaget gjekk saman i 2019 og spurde alle som bur i været kva dei ville ha meir av. Svaret var ei hamn som kan "
            "brukast heile året, ein møteplass for fastbuande og sommargjester, og fleire som bur her når hausten kjem.</p>"
            "<h2>Det vi fekk til</h2>"
            "<ul><li>Hamna er mudra og utvida, så fiskebåtane kan liggje her heile året.</li>"
            "<li>Kystmuseet har fått nytt tak og er ope fire dagar i veka om sommaren.</li>"
            "<li>Ei ny flytebrygge tek imot gjestebåtar, og hamneavgifta går til båtlaget.</li>"
            "<li>To naust er sette i stand og blir leigde ut til overnatting.</li></ul>"
            "<h2>Det vi lærte</h2>"
            "<p>Det tok lengre tid enn venta å få løyve til mudringa, og utan dugnadsviljen hadde planen ikkje late seg "
            "gjennomføre. Erfaringane er no samla, slik at Nedre Li og Berg kan lære av dei.</p>"
        ),
        "how_to_get_involved": (
            "<p>Båtlaget tek gjerne imot nye medlemer, og kystmuseet treng vertar i sommarsesongen.</p>"
        ),
        "partners": [
            ("Nesheim kommune", "public"),
            ("Holmane båtlag", "voluntary"),
            ("Kystmuseet i Holmane", "voluntary"),
            ("Holmane Fisk AS", "private"),
        ],
        "phases": [],
        "contacts": [("eirik", "project_leader")],
        "pictures": [
            (
                "quay",
                51,
                "Kai med eit stort gult pakkhus og raude naust ved sjøen, med fjell i bakgrunnen",
                "Hamna i Holmane",
                "Lars Helle",
            ),
            (
                "fjord",
                52,
                "Fjord mellom fjell, med hus langs strandkanten og ein kvit båt",
                "Innseglinga til Holmane",
                "Solveig Aasen",
            ),
        ],
        "updates": [
            update(
                date(2021, 5, 20),
                "Hamna er mudra",
                "<p>Etter to år med søknader og eitt år med arbeid kan fiskebåtane no liggje i hamna heile året.</p>",
                "ongoing",
                40,
                picture=(
                    "quay",
                    501,
                    "Kai med gult pakkhus og raude naust ved fjorden",
                    "Hamna etter mudringa",
                    "Lars Helle",
                ),
            ),
            update(
                date(2022, 8, 12),
                "Kystmuseet har fått nytt tak",
                "<p>Dugnaden samla 40 frivillige over tre helger. Museet er no tett og kan vere ope heile sommaren.</p>",
                progress=60,
            ),
            update(
                date(2023, 8, 30),
                "Ny flytebrygge for gjestebåtar",
                "<p>Brygga har plass til tolv båtar og var full fleire helger i juli.</p>",
                progress=80,
            ),
            update(
                date(2025, 6, 30),
                "Alle tiltaka i planen er gjennomførte",
                "<p>Med dei to istandsette nausta er det siste tiltaket i planen på plass. Takk til alle som har vore med!</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "pakkhuset-sjovoll",
        "title": "Pakkhuset på kaia i Sjøvoll som møteplass",
        "summary": "Ein idé om å gjere det gamle pakkhuset om til kafé, scene og kontorfellesskap for heile fjorden.",
        "status": "idea",
        "progress": None,
        "starts_on": None,
        "lead_organisation": "Sjøvoll velforening",
        "areas": ["sjovoll"],
        "themes": ["oppvekst-fritid-og-fellesskap", "naeringsliv-og-grunderskap"],
        "body": (
            "<p>Pakkhuset på kaia i Sjøvoll har stått tomt sidan landhandelen vart lagd ned. Velforeininga vil finne ut om det "
            "kan bli ein møteplass for heile fjorden: kafé om sommaren, scene for konsertar og kontorplassar for dei som jobbar "
            "heimanfrå.</p><p>Før noko kan skje, må tilstanden på bygget og eigartilhøva greiast ut.</p>"
        ),
        "how_to_get_involved": "<p>Har du idear til bruk av pakkhuset, eller vil du vere med og greie ut? Ta kontakt.</p>",
        "partners": [("Sjøvoll velforening", "voluntary"), ("Fjordvik kommune", "public")],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [
            (
                "quay",
                61,
                "Kai med eit stort gult pakkhus og raude naust ved fjorden",
                "Pakkhuset på kaia",
                "Siv Hamre",
            )
        ],
        "updates": [
            update(
                -60,
                "Ideen vart lagd fram på velmøtet",
                "<p>Over femti møtte opp, og mange melde seg til ei arbeidsgruppe.</p>",
            )
        ],
    },
    {
        "slug": "fiber-ovre-dal",
        "title": "Fiber til Øvre Dal",
        "summary": "Utbygging av fiber til alle gardsbruk og hytter i Øvre Dal. Arbeidet er sett på pause medan kommunen søkjer om meir statsstøtte.",
        "status": "paused",
        "progress": 30,
        "starts_on": date(2023, 9, 1),
        "lead_organisation": "Lidal kommune",
        "areas": ["ovre-dal"],
        "themes": ["veg-breiband-og-kollektiv", "arbeid-for-to"],
        "body": (
            "<p>I Øvre Dal har dei fleste gardsbruka berre mobilnett, og det er ikkje nok for ein bonde som skal sende "
            "dokumentasjon til Mattilsynet eller ein hyttegjest som vil jobbe ei veke på fjellet.</p>"
            "<p>Den første strekninga frå Berg til Dalsetra er ferdig. Resten vart dyrare enn rekna med, og utbygginga er sett på "
            "pause til ny søknad om statsstøtte er handsama.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [
            ("Lidal kommune", "public"),
            ("Dalsnett AS", "private"),
            ("Øvre Dal hyttevelforening", "voluntary"),
        ],
        "phases": [],
        "contacts": [("torbjorn", "contact")],
        "pictures": [
            (
                "farms",
                71,
                "Gardsbruk med kvite våningshus og raude løer spreidde i ei grøn li under høge fjell",
                "Gardane i Øvre Dal",
                "Ola Reppen",
            )
        ],
        "updates": [
            update(
                date(2023, 9, 1),
                "Gravinga er i gang",
                "<p>Første strekning går frå Berg til Dalsetra.</p>",
                "ongoing",
                10,
            ),
            update(
                date(2024, 3, 15),
                "Første strekning er ferdig",
                "<p>Tolv gardsbruk og 40 hytter kan no bestille fiber.</p>",
                progress=30,
            ),
            update(
                date(2024, 10, 15),
                "Utbygginga blir sett på pause",
                "<p>Kostnadene for resten av strekninga vart nesten dobbelt så høge som rekna med, mest på grunn av fjell i "
                "grunnen.</p>",
                "paused",
            ),
            update(
                date(2026, 2, 10),
                "Ny søknad om statsstøtte er send",
                "<p>Svar er venta før sommaren. Blir søknaden innvilga, held arbeidet fram neste vår.</p>",
            ),
        ],
    },
    {
        "slug": "felles-ungdomsklubb",
        "title": "Felles ungdomsklubb for tre kommunar",
        "summary": "Planen om éin felles ungdomsklubb vart avlyst. Dei unge ville heller ha klubbkveldar i eiga bygd.",
        "status": "cancelled",
        "progress": None,
        "starts_on": date(2021, 8, 1),
        "ends_on": date(2022, 4, 1),
        "lead_organisation": "Ungdomsrådet i Fjordregionen",
        "areas": ["fjordvik", "lidal", "nesheim"],
        "themes": ["oppvekst-fritid-og-fellesskap"],
        "body": (
            "<p>Ideen var éin stor ungdomsklubb i Fjordvik for alle tre kommunane. Då ungdomsrådet spurde dei unge sjølve, "
            "ville dei fleste heller ha klubbkveldar i eiga bygd enn ein lang busstur kvar veg.</p>"
            "<p>Prosjektet vart difor avlyst. Pengane gjekk i staden til utstyr for klubbane i kvar kommune.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [],
        "phases": [],
        "contacts": [("marte", "contact")],
        "pictures": [],
        "updates": [
            update(
                date(2021, 10, 5),
                "Ungdomsrådet greier ut ein felles klubb",
                "<p>Ungdomsrådet skal spørje alle elevar på ungdomsskulane kva dei meiner.</p>",
                "planned",
            ),
            update(
                date(2022, 4, 1),
                "Prosjektet er avlyst",
                "<p>Sju av ti unge ville heller ha klubbkveldar i eiga bygd. Ungdomsrådet tilrådde å avlyse, og det vart "
                "samrøystes vedteke.</p>",
                "cancelled",
            ),
        ],
    },
    {
        "slug": "turstiar-fjordvik",
        "title": "Turstiar frå Fjordvik sentrum til Sjøvoll",
        "summary": "Tolv kilometer nye og merka turstiar frå sentrum til Sjøvoll, med bru over elva og benker ved utsiktspunkta.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2021, 4, 1),
        "ends_on": date(2023, 9, 30),
        "lead_organisation": "Fjordvik turlag",
        "areas": ["fjordvik", "sjovoll"],
        "themes": ["oppvekst-fritid-og-fellesskap"],
        "body": (
            "<p>Stiane er rydda, merka og skilta, og dei ligg i turappen til turlaget. Dei er laga slik at born og eldre kan gå "
            "dei, med benker ved utsiktspunkta og ei ny bru over Sjøvollelva.</p>"
            "<p>Over tusen personar har registrert turen i turappen sidan opninga.</p>"
        ),
        "how_to_get_involved": "<p>Bli stivert og hjelp til med rydding kvar vår. Turlaget lærer deg det du treng.</p>",
        "partners": [
            ("Fjordvik turlag", "voluntary"),
            ("Fjordvik kommune", "public"),
            ("Fjordsparebanken", "private"),
        ],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [
            (
                "trail",
                81,
                "Sti som svingar gjennom ei grøn eng mot høge fjell, med furutre og turgåarar med ryggsekk",
                "Stien mot Sjøvoll",
                "Fjordvik turlag",
            ),
            (
                "trail",
                82,
                "Turgåarar med ryggsekk på ein sti gjennom enga, med fjell i bakgrunnen",
                "Opningsturen",
                "Fjordvik turlag",
            ),
        ],
        "updates": [
            update(
                date(2021, 6, 1),
                "Den første stibiten er ferdig",
                "<p>Fire kilometer frå sentrum til Storesteinen er rydda og merka.</p>",
                "ongoing",
                30,
            ),
            update(
                date(2022, 6, 10),
                "Brua over Sjøvollelva er på plass",
                "<p>Brua vart boren på plass av 25 frivillige.</p>",
                progress=60,
            ),
            update(
                date(2023, 9, 30),
                "Alle stiane er opna",
                "<p>Opningsturen samla 200 gåande i alle aldrar.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "kontorfellesskapet-loftet",
        "title": "Kontorfellesskapet Loftet i Fjordvik",
        "summary": "Fjorten kontorplassar for folk som jobbar heimanfrå eller for arbeidsgjevarar langt unna, midt i Fjordvik sentrum.",
        "status": "ongoing",
        "progress": 70,
        "starts_on": date(2024, 6, 1),
        "lead_organisation": "Fjordregionen næringsforum",
        "areas": ["fjordvik"],
        "themes": ["arbeid-for-to", "naeringsliv-og-grunderskap"],
        "body": (
            "<p>Mange som flyttar hit, har ein partnar som vil ta med seg jobben sin. Loftet gir dei ein arbeidsplass med "
            "kollegaer, raskt nett og møterom, i staden for kjøkkenbordet.</p>"
            "<p>Kontorfellesskapet ligg i andre etasje i det gamle bankbygget. Næringsforumet leiger lokala, og brukarane betaler "
            "ei månadleg leige etter kor mykje dei er der.</p>"
        ),
        "how_to_get_involved": "<p>Kom innom på open dag første fredag i månaden, eller meld deg på ventelista.</p>",
        "partners": [
            ("Fjordregionen næringsforum", "private"),
            ("Fjordvik kommune", "public"),
            ("Fjordsparebanken", "private"),
        ],
        "phases": [],
        "contacts": [("torbjorn", "project_leader")],
        "pictures": [
            (
                "meeting",
                91,
                "Folk som sit ved eit langt bord i eit lyst rom, med ei tavle full av lappar og vindauge mot fjorden",
                "Felles lunsj på Loftet",
                "Frida Tangen",
            )
        ],
        "updates": [
            update(
                date(2024, 8, 15),
                "Leigeavtalen er signert",
                "<p>Næringsforumet leiger andre etasje i det gamle bankbygget i fem år.</p>",
                "ongoing",
                20,
            ),
            update(
                date(2025, 2, 3),
                "Loftet er opna med fjorten kontorplassar",
                "<p>Ni plassar vart leigde ut den første veka.</p>",
                progress=60,
            ),
            update(
                -7,
                "Fullt på Loftet: ventelista er open",
                "<p>Alle fjorten plassane er leigde ut. Næringsforumet ser på om fleire rom i bygget kan takast i bruk.</p>",
                progress=70,
            ),
        ],
    },
    {
        "slug": "kveldsbuss",
        "title": "Kveldsbuss mellom bygdene",
        "summary": "Ei prøveordning med kveldsbuss mellom bygdene to dagar i veka, etter råd frå ungdomens rådgjevande organ.",
        "status": "planned",
        "progress": None,
        "starts_on": date(2027, 1, 4),
        "ends_on": date(2027, 12, 17),
        "lead_organisation": "Vestfylket fylkeskommune",
        "areas": ["fjordvik", "lidal", "nesheim"],
        "themes": ["veg-breiband-og-kollektiv", "oppvekst-fritid-og-fellesskap"],
        "body": (
            "<p>Den siste bussen frå Fjordvik til Berg går i dag klokka 17.10. For unge som vil på trening, kino eller "
            "ungdomsklubb i ei anna bygd, betyr det at nokon må køyre.</p>"
            "<p>Frå januar 2027 prøver fylket ut kveldsbuss tysdag og torsdag, med siste avgang frå Fjordvik klokka 22.00. "
            "Ruta går om Nedre Li og Berg, med korrespondanse til ferja til Nesheim.</p>"
        ),
        "how_to_get_involved": "<p>Bruk bussen! Prøveordninga held fram berre om nok folk reiser med han.</p>",
        "partners": [
            ("Vestfylket fylkeskommune", "public"),
            ("Fjordvik kommune", "public"),
            ("Lidal kommune", "public"),
        ],
        "phases": [],
        "contacts": [("ingrid", "contact")],
        "pictures": [
            (
                "road",
                111,
                "Buss på ein veg langs fjorden, med busshaldeplass og fjell i bakgrunnen",
                "Bussen langs fjorden",
                ILLUSTRATION,
            )
        ],
        "milestones": [
            milestone(
                "Fylkestinget løyvde pengar til prøveåret",
                "decision",
                happened=date(2026, 9, 17),
                case_number="2026/880",
                case_url="https://moteportal.example.org/vestfylket/fylkesting/2026-09-17/sak-88",
            ),
            milestone(
                "Første tur med kveldsbussen",
                "opening",
                planned=date(2027, 1, 5),
                description="Siste avgang frå Fjordvik klokka 22.00, tysdag og torsdag.",
            ),
        ],
        "updates": [
            update(
                date(2025, 6, 10),
                "Dei unge vil ha kveldsbuss",
                "<p>Kveldsbuss var det viktigaste rådet frå ungdomens rådgjevande organ. Saka er send til fylket.</p>",
                "idea",
            ),
            update(
                date(2026, 9, 18),
                "Fylket finansierer prøveordning frå januar",
                "<p>Vestfylket har sett av pengar til eit prøveår med kveldsbuss to dagar i veka.</p>",
                "planned",
            ),
        ],
    },
    {
        "slug": "sommarskule-i-naustet",
        "title": "Sommarskule i naustet",
        "summary": "Ei veke med båtbygging, fiske og kystkultur for born i Holmane om sommaren.",
        "status": "idea",
        "progress": None,
        "starts_on": None,
        "lead_organisation": "Kystmuseet i Holmane",
        "areas": ["holmane"],
        "themes": ["oppvekst-fritid-og-fellesskap"],
        "is_published": False,
        "body": (
            "<p>Kystmuseet vil prøve ei sommarskuleveke for born mellom 9 og 13 år. Ideen er under arbeid og er ikkje "
            "publisert enno.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [("Kystmuseet i Holmane", "voluntary")],
        "phases": [],
        "contacts": [("eirik", "contact")],
        "pictures": [],
        "updates": [],
    },
    # The four actions of the local development plan for Nedre Li, each a project of its
    # own; the plan's progress is their mean weighted by how much work each is.
    {
        "slug": "nedre-li-utleigebustader",
        "title": "Seks utleigebustader ved Nedre Li skule",
        "summary": "Li Bygg AS byggjer seks utleigebustader ved skulen, og kommunen leiger dei ut, først til unge og til familiar som flyttar hit.",
        "status": "ongoing",
        "progress": 20,
        "starts_on": date(2025, 9, 1),
        "ends_on": date(2027, 8, 1),
        "parent": "utviklingsplan-nedre-li",
        "weight": 5,
        "lead_organisation": "Fjordvik kommune",
        "areas": ["nedre-li"],
        "themes": ["gode-stader-a-bu"],
        "body": (
            "<p>Det er nesten umogleg å leige bustad i Nedre Li, og det var det største saknet i spørjeundersøkinga. "
            "Kommunen har kjøpt tomta ved skulen, og Li Bygg AS byggjer seks bustader med to og tre soverom.</p>"
            "<p>Bustadene blir leigde ut til marknadspris, men unge under 35 og familiar som flyttar hit, går først i køen.</p>"
        ),
        "how_to_get_involved": "<p>Søknader om å leige blir tekne imot frå nyttår. Kontakt Sunniva Lie i kommunen.</p>",
        "partners": [("Fjordvik kommune", "public"), ("Li Bygg AS", "private")],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [],
        "milestones": [
            milestone("Innflytting i dei første bustadene", "opening", planned=240),
        ],
        "updates": [
            update(
                date(2025, 9, 1),
                "Tomta ved skulen er regulert",
                "<p>Kommunestyret har godkjent reguleringa, og kommunen har kjøpt tomta.</p>",
                "planned",
                5,
            ),
            update(
                -38,
                "Gravemaskinene er i gang",
                "<p>Grunnarbeidet går etter planen. Dei første bustadene skal stå ferdige til skulestart.</p>",
                "ongoing",
                20,
            ),
        ],
    },
    {
        "slug": "nedre-li-leikeplass",
        "title": "Leikeplass og aktivitetsområde ved skulen",
        "summary": "Ein ny leikeplass med klatrestativ, ballbinge og gapahuk ved Nedre Li skule, bygd på dugnad.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2023, 8, 1),
        "ends_on": date(2024, 6, 14),
        "parent": "utviklingsplan-nedre-li",
        "weight": 2,
        "lead_organisation": "Nedre Li grendalag",
        "areas": ["nedre-li"],
        "themes": ["oppvekst-fritid-og-fellesskap"],
        "body": (
            "<p>Leikeplassen er open for alle, også etter skuletid og i feriane. Dugnadsgjengen la ned meir enn 600 timar, "
            "og kommunen betalte utstyret.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [("Nedre Li grendalag", "voluntary"), ("Fjordvik kommune", "public")],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [],
        "updates": [
            update(
                date(2024, 6, 14),
                "Leikeplassen er ferdig",
                "<p>Klatrestativet, ballbingen og gapahuken er på plass, og leikeplassen er overlevert til skulen.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "nedre-li-fortau",
        "title": "Fortau langs fylkesvegen frå butikken til skulen",
        "summary": "Eitt kilometer nytt fortau og gatelys gjer skulevegen trygg heile året.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2024, 4, 2),
        "ends_on": date(2025, 5, 6),
        "parent": "utviklingsplan-nedre-li",
        "weight": 2,
        "lead_organisation": "Vestfylket fylkeskommune",
        "areas": ["nedre-li"],
        "themes": ["veg-breiband-og-kollektiv"],
        "body": (
            "<p>Før gjekk elevane i vegkanten langs fylkesvegen, der fartsgrensa er 60. No har dei eit opplyst fortau heile "
            "vegen frå butikken til skulen.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [("Vestfylket fylkeskommune", "public"), ("Fjordvik kommune", "public")],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [],
        "funding": [
            ("Fjordvik kommune", "municipality", Decimal(1200000), "NOK", 2024, 2025),
            ("Vestfylket fylkeskommune", "region", Decimal(1800000), "NOK", 2024, 2025),
        ],
        "updates": [
            update(
                date(2025, 5, 6),
                "Fortauet er opna",
                "<p>Fortauet og gatelysa er ferdige, tre veker før planen.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "nedre-li-bygdedag",
        "title": "Årleg bygdedag for nye og gamle innbyggjarar",
        "summary": "Ein dag kvar august der nye innbyggjarar blir ønskte velkomne og laga i bygda viser seg fram.",
        "status": "ongoing",
        "progress": 50,
        "starts_on": date(2024, 8, 1),
        "parent": "utviklingsplan-nedre-li",
        "weight": 1,
        "lead_organisation": "Nedre Li grendalag",
        "areas": ["nedre-li"],
        "themes": ["oppvekst-fritid-og-fellesskap", "ta-godt-imot"],
        "body": (
            "<p>Bygdedagen er ein dag med mat, leik og stands frå laga i bygda. Alle som har flytta hit sidan sist, får ein "
            "personleg invitasjon. Målet er at dagen skal bli fast, med eigne arrangørar kvart år.</p>"
        ),
        "how_to_get_involved": "<p>Vil du vere med og arrangere neste bygdedag? Ta kontakt med grendalaget.</p>",
        "partners": [("Nedre Li grendalag", "voluntary")],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [],
        "updates": [
            update(
                date(2025, 8, 23),
                "Den andre bygdedagen samla 150",
                "<p>Tjue nye innbyggjarar var med, og fire av dei melde seg inn i idrettslaget same dag.</p>",
                "ongoing",
                50,
            ),
        ],
    },
]

# (slug, name, kind, description, members, project slugs)
GROUPS = [
    (
        "styringsgruppa-heim-til-fjorden",
        "Styringsgruppa for «Heim til fjorden»",
        "steering_group",
        "<p>Representantar for dei tre kommunane, næringslivet og dei frivillige styrer kampanjen og vedtek budsjettet kvart år.</p>",
        CAMPAIGN_GROUP_MEMBERS,
        ["heim-til-fjorden"],
    ),
    (
        "radgjevande-organ",
        "Det rådgjevande organet",
        "advisory_board",
        "<p>17 medlemer frå kommunane, næringslivet, landbruket og fiskeria, lag og organisasjonar, bygdene, dei unge og dei "
        "eldre. Organet gir råd om strategien og sørgjer for at han er forankra breitt.</p>",
        ADVISORY_BOARD_MEMBERS,
        ["sosial-utviklingsstrategi"],
    ),
    (
        "ungdomens-radgjevande-organ",
        "Ungdomens rådgjevande organ",
        "junior_advisory_board",
        "<p>Elevar frå ungdomsskulane i alle tre kommunane gir råd i alle saker som gjeld unge. Vi viser berre førenamn og "
        "klassetrinn for elevane.</p>",
        JUNIOR_BOARD_MEMBERS,
        ["sosial-utviklingsstrategi", "kveldsbuss"],
    ),
    (
        "bygdenettverket",
        "Bygdenettverket",
        "network",
        "<p>Ein representant frå kvar bygd held kontakten mellom grendalaga og strategiarbeidet, og deler erfaringar med "
        "utviklingsplanane.</p>",
        VILLAGE_NETWORK_MEMBERS,
        [
            "sosial-utviklingsstrategi",
            "utviklingsplan-nedre-li",
            "utviklingsplan-berg",
            "utviklingsplan-holmane",
        ],
    ),
    (
        "arbeidsgruppa-nedre-li",
        "Arbeidsgruppa for utviklingsplanen i Nedre Li",
        "working_group",
        "<p>Arbeidsgruppa følgjer opp tiltaka i planen og møtest første måndag i månaden på skulen.</p>",
        NEDRE_LI_WORKING_GROUP,
        ["utviklingsplan-nedre-li"],
    ),
]


# Tips residents sent, for the process leader's inbox: (project slug or None, days ago,
# message, name, email, wants an answer, wants to get involved, state).
TIPS = [
    (
        "utviklingsplan-berg",
        2,
        "Gatelysa langs skulevegen i Berg har vore mørke i ei veke. Det er farleg for borna "
        "som går til bussen om morgonen.",
        "Ingrid Haugland",
        "ingrid.haugland@example.org",
        True,
        False,
        "new",
    ),
    (
        None,
        5,
        "Vi er fleire i Holmane som gjerne vil starte ein matbutikk på samvirke. Kven kan vi "
        "snakke med i kommunen?",
        "Terje Myklebust",
        "terje.myklebust@example.org",
        True,
        True,
        "in_progress",
    ),
    (
        "utviklingsplan-nedre-li",
        12,
        "Dugnaden på badeplassen samla over førti vaksne og born. Brygga er ferdig!",
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
        "Ope bygdemøte om sentrumsplanen i Berg",
        "utviklingsplan-berg",
        9,
        time(19, 0),
        time(21, 0),
        "Berg samfunnshus, storsalen",
        "<p>Arbeidsgruppa viser dei tre skissene til nytt sentrum i Berg: trafikk, møteplassar og "
        "kvar nye bustader kan liggje. Etterpå diskuterer vi i grupper.</p>"
        "<p>Alle er velkomne, og det blir kaffi og kake. Du treng ikkje melde deg på.</p>",
        organiser="aud",
        documents=[
            document(
                "Sakliste for bygdemøtet om sentrumsplanen",
                "agenda",
                2,
                pdf=(
                    "Ope bygdemøte om sentrumsplanen i Berg",
                    [
                        "1. Velkomen ved leiaren i Berg bygdelag.",
                        "2. Arbeidsgruppa viser dei tre skissene til nytt sentrum.",
                        "3. Gruppearbeid: trafikk, møteplassar og kvar nye bustader kan liggje.",
                        "4. Oppsummering og vegen vidare fram mot vedtaket i kommunestyret.",
                    ],
                ),
            )
        ],
    ),
    meeting(
        "Dugnad på turstien frå Fjordvik til Sjøvoll",
        "turstiar-fjordvik",
        17,
        time(10, 0),
        time(14, 0),
        "Parkeringsplassen ved kaia i Fjordvik",
        "<p>Vi legg klopp over myra og merkjer den siste delen av stien ned mot Sjøvoll. "
        "Ta med arbeidshanskar og gode sko; turlaget har verktøy.</p>"
        "<p>Suppe til alle som hjelper til.</p>",
    ),
    meeting(
        "Informasjonsmøte om fiber til Øvre Dal",
        "fiber-ovre-dal",
        26,
        time(18, 30),
        time(20, 0),
        "Grendahuset i Øvre Dal",
        "<p>Kva kostar det, når kjem gravemaskinene, og korleis bestiller du? "
        "Fiberselskapet og kommunen svarer på spørsmål.</p>",
    ),
    meeting(
        "Folkemøte: Korleis vil vi bu i Fjordregionen?",
        None,
        38,
        time(18, 0),
        time(20, 30),
        "Fjordvik kulturhus",
        "<p>Eit ope møte for alle tre kommunane om bustader, arbeid og kvardagen i bygdene. "
        "Innspela går inn i arbeidet med den nye utviklingsstrategien.</p>"
        "<ul><li>Kort innleiing frå prosessleiaren</li><li>Samtale i grupper</li>"
        "<li>Oppsummering og vegen vidare</li></ul>",
        organiser="ingrid",
        sign_up="https://skjema.example.org/folkemote-fjordregionen",
        sign_up_by=(33, time(23, 59)),
    ),
    meeting(
        "Arbeidsmøte om utviklingsplanen for Holmane",
        "utviklingsplan-holmane",
        -12,
        time(18, 0),
        time(20, 0),
        "Kystmuseet i Holmane",
        "<p>Båtlaget, kystmuseet og grendalaget gjekk gjennom kva som er gjort sidan i fjor, "
        "og kva som skal prioriterast neste år.</p>",
        audience="invited",
        organiser="eirik",
    ),
    meeting(
        "Kveldsmøte om kveldsbussen mellom bygdene",
        "kveldsbuss",
        -33,
        time(19, 0),
        time(20, 30),
        "Venterommet på ferjekaia i Nesheim",
        "<p>Kva tider treng folk buss om kvelden, og kvar skal han stoppe? "
        "Over 40 kom, og svara er samla i eit notat til fylkeskommunen.</p>",
        documents=[
            document(
                "Notat frå kveldsmøtet om kveldsbussen",
                "minutes",
                -32,
                "Kva tider og stopp folk ønskte seg, sendt til fylkeskommunen.",
                pdf=(
                    "Notat frå kveldsmøtet om kveldsbussen",
                    [
                        "43 personar møtte, dei fleste unge og foreldre frå Berg og Nedre Li.",
                        "Flest ønskte ein buss tysdag og torsdag, med siste avgang frå Fjordvik etter klokka 21.30.",
                        "Bussen bør stoppe ved skulen i Nedre Li, samfunnshuset i Berg og ferjekaia, så han passar med ferja til Nesheim.",
                    ],
                ),
            )
        ],
    ),
    meeting(
        "Velkomstkveld for nye innbyggjarar",
        ["heim-til-fjorden", "pakkhuset-sjovoll"],
        -61,
        time(18, 0),
        None,
        "Pakkhuset på kaia i Sjøvoll",
        "<p>Nye og gamle innbyggjarar møttest til mat, musikk og ein presentasjon av lag og "
        "foreiningar i regionen.</p>",
        organiser="halvor",
        outcome="<p>Om lag 85 kom, av dei nesten 30 som har flytta hit dei siste to åra. Tolv lag og foreiningar "
        "presenterte seg, og fire nye fadderfamiliar melde seg.</p>"
        "<p>Mange spurde om pakkhuset kan brukast oftare. Velforeininga tek det med i utgreiinga av bygget.</p>",
        attendance=85,
    ),
]


# Key figures, fictional numbers that look like real ones: (owner kind, owner slug,
# fields, [(date, value, note)], and for some further series [(name, kind, values)]).
INDICATORS = [
    (
        "project",
        "heim-til-fjorden",
        {
            "name": "Familiar som har meldt interesse",
            "unit": "familiar",
            "description": "Familiar som har teke kontakt med vertskapet sidan kampanjen vart "
            "fornya i 2024, talde saman.",
            "baseline": Decimal(0),
            "baseline_on": date(2024, 1, 1),
            "target": Decimal(50),
            "target_on": date(2027, 12, 31),
            "position": 1,
            "measured_every": 6,  # counted every April and October
        },
        [
            (date(2024, 4, 1), "6", ""),
            (date(2024, 10, 1), "13", "Etter prøvebu-helga i Berg"),
            (date(2025, 4, 1), "19", ""),
            (date(2025, 10, 1), "24", ""),
            (date(2026, 4, 1), "29", ""),
            (date(2026, 10, 1), "34", ""),
        ],
    ),
    (
        "project",
        "heim-til-fjorden",
        {
            "name": "Nye innbyggjarar i regionen",
            "unit": "innbyggjarar",
            "description": "Kor mange som flytta til dei tre kommunane i løpet av året.",
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
            (date(2025, 12, 31), "79", "Førebels tal"),
        ],
    ),
    (
        "theme",
        "gode-stader-a-bu",
        {
            "name": "Tomme einebustader",
            "unit": "hus",
            "description": "Einebustader som har stått tomme i meir enn eitt år, talde av "
            "kommunane kvar vår. Målet er færre.",
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
        "gode-stader-a-bu",
        {
            "name": "Innbyggjarar som trivst i bygda si",
            "unit": "%",
            "description": "Del som svarar «godt» eller «svært godt» i den årlege "
            "innbyggjarundersøkinga.",
            "baseline": Decimal("78.5"),
            "baseline_on": date(2023, 5, 15),
            "target": Decimal(85),
            "target_on": date(2030, 12, 31),
            "position": 2,
        },
        [
            (date(2023, 5, 15), "78.5", ""),
            (date(2024, 5, 15), "80.2", ""),
            (date(2025, 5, 15), "79.6", "Færre svar enn vanleg"),
            (date(2026, 5, 15), "82.4", ""),
        ],
    ),
    (
        "project",
        "sosial-utviklingsstrategi",
        {
            "name": "Folketalet i regionen",
            "unit": "indeks",
            "description": "Folketalet i dei tre kommunane 1. januar, som ein indeks der 2008 er 100.",
            "about": (
                "<p>Indeksen gjer det lett å samanlikne: 97 betyr at det bur tre prosent færre her enn i 2008. "
                "Folketalet i regionen gjekk ned fram til 2016 og har sidan auka litt kvart år, mest på grunn av "
                "tilflytting.</p>"
                "<p>Lidal er med som eiga linje fordi folketalet der gjekk mest ned. Framskrivinga viser kva som skjer "
                "om tilflyttinga held fram som dei siste fem åra.</p>"
            ),
            "source": "Vestfylket fylkeskommune, folketal og framskrivingar",
            "source_url": "https://statistikk.example.org/vestfylket/folketal",
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
                "Lidal kommune",
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
        "<p>Kvart år gjer vi opp status for heile utviklingsarbeidet i Fjordregionen og peikar ut retninga for året "
        "som kjem. 2025 var året då planane vart til handling: fortauet i Nedre Li vart ferdig, Holmane fullførte alle "
        "tiltaka i utviklingsplanen sin, og Loftet opna med fjorten kontorplassar.</p>"
        "<h2>Dette prioriterer vi i 2026</h2>"
        "<ul><li>Fleire utleigebustader i Nedre Li og Berg</li>"
        "<li>Kveldsbuss mellom bygdene, saman med fylket</li>"
        "<li>Ein ny tilflyttingsplan med to eigne satsingsområde</li></ul>"
        "<p>Balansen er den same som før: langsiktige satsingar vi må arbeide tolmodig med, og tiltak som merkast her og "
        "no. Heile statusrapporten ligg under dokument.</p>",
        authors=["ingrid", "halvor"],
        byline="Prosjektgruppa for utviklingsstrategien",
        documents=[
            document(
                "Statusrapport for utviklingsarbeidet 2025",
                "report",
                date(2026, 2, 12),
                "Kva som vart gjort i 2025, prosjekt for prosjekt, og kva vi prioriterer i 2026.",
                pdf=(
                    "Statusrapport for utviklingsarbeidet 2025",
                    [
                        "Tolv prosjekt var i gang eller ferdige i løpet av 2025. Fortauet i Nedre Li og dei siste tiltaka i utviklingsplanen for Holmane vart fullførte.",
                        "Kontorfellesskapet Loftet opna med fjorten plassar, og fadderordninga gjeld no i alle bygdene.",
                        "I 2026 prioriterer vi utleigebustader, kveldsbuss mellom bygdene og ein ny tilflyttingsplan.",
                    ],
                ),
            )
        ],
    ),
    update(
        -20,
        "Tjue nye lærlingplassar i regionen",
        "<p>Etter ein runde med besøk hos verksemdene har næringsforumet og dei tre kommunane skaffa tjue nye "
        "lærlingplassar, dei fleste innan havbruk, helse og bygg. Det er dobbelt så mange som i fjor.</p>"
        "<p>Lærlingplassar gjer det lettare for unge å bli buande, og for familiar der begge skal ha arbeid, å flytte "
        "hit.</p>",
        theme="arbeid-for-to",
        authors=["torbjorn"],
    ),
    update(
        -15,
        "Fjellvegen blir open heile vinteren",
        "<p>Etter mange år med krav frå bygda har fylket bestemt at vegen over fjellet skal brøytast heile vinteren frå i "
        "år. Til no har han vore stengd frå jul til påske, og då var det ein omveg på to timar til Fjordvik.</p>"
        "<p>Grendalaget takkar alle som skreiv under på oppropet i fjor vinter.</p>",
        area="ovre-dal",
        byline="Ola Reppen for Øvre Dal grendalag",
    ),
    update(
        -5,
        "Tilflyttingsplanen har fått to satsingsområde",
        "<p>Styringsgruppa for «Heim til fjorden» har vedteke dei to satsingsområda i den nye tilflyttingsplanen: "
        "<strong>Ta godt imot</strong> og <strong>Ein synleg region</strong>. Kvart av dei får målbare indikatorar og "
        "ein tiltaksplan innan sommaren.</p>"
        "<p>Tilflyttingsplanen står ved sida av den sosiale utviklingsstrategien. Strategien handlar om kvardagen for "
        "alle som bur her, planen om dei som vurderer å flytte hit.</p>",
        authors=["halvor"],
    ),
]

# Pages of their own, each after the page it is under.
PAGES = [
    {
        "slug": "slik-arbeider-vi",
        "title": "Slik arbeider vi",
        "summary": "Korleis kommunane, bygdene og dei frivillige arbeider saman om utviklinga i Fjordregionen.",
        "body": (
            "<p>Utviklingsarbeidet i Fjordregionen byggjer på ein enkel tanke: bygdene veit best kva dei treng, og "
            "kommunane hjelper til der dei kan. Vi kallar det hjelp til sjølvhjelp.</p>"
            "<h2>Tre nivå som heng saman</h2>"
            "<ul><li><strong>Strategiane</strong> set retninga for heile regionen: den sosiale utviklingsstrategien og "
            "tilflyttingsplanen.</li>"
            "<li><strong>Dei lokale utviklingsplanane</strong> viser kva kvar bygd vil, laga av bygdefolket sjølve.</li>"
            "<li><strong>Prosjekta</strong> er det som faktisk skjer, kvart med status, kontaktpersonar og "
            "oppdateringar.</li></ul>"
            "<p>Kvar vinter gjer vi opp status for heile arbeidet og vel kva som skal prioriterast. Alt blir publisert "
            "her.</p>"
        ),
        "parent": None,
        "theme": None,
        "in_menu": True,
        "pictures": [
            (
                "meeting",
                601,
                "Folk rundt eit bord i eit møterom, med ei tavle full av lappar og vindauge mot fjorden",
                "Bygdenettverket samla i Berg samfunnshus",
                ILLUSTRATION,
            )
        ],
        "documents": [],
    },
    {
        "slug": "lokale-utviklingsplanar",
        "title": "Lokale utviklingsplanar: ein metode",
        "summary": "Slik lagar ei bygd sin eigen utviklingsplan, steg for steg.",
        "body": (
            "<p>Ein lokal utviklingsplan er bygda sin eigen plan for dei neste fire–fem åra. Grendalaget eller "
            "bygdelaget lagar han saman med kommunen, og han skal vere forankra hos så mange som mogleg.</p>"
            "<h2>Steg for steg</h2>"
            "<ol><li>Grendalaget kallar inn til ope bygdemøte og set ned ei arbeidsgruppe.</li>"
            "<li>Arbeidsgruppa spør alle i bygda kva som er bra, og kva som manglar.</li>"
            "<li>Utkastet blir lagt ut til høyring i bygda.</li>"
            "<li>Årsmøtet vedtek planen, og kommunestyret handsamar han.</li>"
            "<li>Arbeidsgruppa følgjer opp tiltaka og rapporterer kvart år.</li></ol>"
            "<h2>Planane så langt</h2>"
            "<table><tbody>"
            "<tr><th>Bygd</th><th>Vedteken</th><th>Tiltak</th><th>Gjennomførte</th></tr>"
            "<tr><td>Holmane</td><td>2019</td><td>10</td><td>10</td></tr>"
            "<tr><td>Nedre Li</td><td>2023</td><td>4</td><td>2</td></tr>"
            "<tr><td>Berg</td><td>Ute på høyring</td><td>–</td><td>–</td></tr>"
            "</tbody></table>"
        ),
        "parent": "slik-arbeider-vi",
        "theme": None,
        "in_menu": False,
        "pictures": [],
        "documents": [
            document(
                "Rettleiar for lokale utviklingsplanar",
                "plan",
                date(2023, 1, 10),
                "Malen og sjekklista grendalaga brukar når dei lagar ein plan.",
                pdf=(
                    "Rettleiar for lokale utviklingsplanar",
                    [
                        "1. Set ned ei arbeidsgruppe med folk frå lag, skule, næringsliv og nye innbyggjarar.",
                        "2. Spør alle i bygda: kva er bra, kva manglar, og kva vil du sjølv vere med på?",
                        "3. Vel fire til ti tiltak, kvart med ein ansvarleg, ein kostnad og eit mål.",
                        "4. Legg utkastet ut til høyring, vedta planen på årsmøtet og send han til kommunen.",
                    ],
                ),
            )
        ],
    },
    {
        "slug": "fra-ide-til-prosjekt",
        "title": "Frå idé til prosjekt",
        "summary": "Har du ein idé til bygda di? Slik blir han eit prosjekt på denne sida.",
        "body": (
            "<p>Alle prosjekt byrjar som ein idé, ofte på eit bygdemøte eller rundt eit kjøkkenbord. Send ideen til "
            "prosessleiaren, så set vi han opp her som ein idé og finn ut kven som kan ta han vidare.</p>"
            "<p>Når nokon tek ansvar og pengane er på plass, blir han <strong>planlagd</strong>, og når arbeidet startar, "
            "<strong>i gang</strong>. Prosjekt kan òg bli sette på pause eller avlyste, og då skriv vi kvifor.</p>"
        ),
        "parent": "slik-arbeider-vi",
        "theme": None,
        "in_menu": False,
        "pictures": [],
        "documents": [],
    },
    {
        "slug": "bli-fadderfamilie",
        "title": "Bli fadderfamilie",
        "summary": "Ein fadderfamilie hjelper ein ny familie til rette det første året. Slik blir du ein.",
        "body": (
            "<p>Ein fadderfamilie er ein familie som bur her frå før, og som held kontakten med ein ny familie det første "
            "året: ein middag, ein tur, eit tips om kven som kan reparere bilen.</p>"
            "<p>Det krev ikkje mykje, men det betyr mykje. Mange som har flytta hit, seier at fadderfamilien var grunnen "
            "til at dei vart verande.</p>"
            "<p>Vil du bli fadderfamilie? Ta kontakt med vertskapet på Utviklingskontoret.</p>"
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
        "Samarbeidsavtale mellom Fjordvik, Lidal og Nesheim",
        "other",
        date(2023, 6, 20),
        "Avtalen om det felles utviklingskontoret og korleis kostnadene blir fordelte.",
        pdf=(
            "Samarbeidsavtale mellom Fjordvik, Lidal og Nesheim",
            [
                "Kommunane driv Utviklingskontoret for Fjordregionen saman, med kontor i Fjordvik.",
                "Kostnadene blir fordelte etter folketalet: Fjordvik 54 prosent, Lidal 25 prosent og Nesheim 21 prosent.",
                "Avtalen gjeld til 31. desember 2028 og blir forlengd med fire år om ingen seier han opp.",
            ],
        ),
    ),
    document(
        "Kommuneplanens samfunnsdel for Fjordvik 2023–2035",
        "plan",
        date(2023, 9, 14),
        "Kommuneplanen utviklingsarbeidet byggjer på, i planarkivet til Fjordvik kommune.",
        url="https://planarkiv.example.org/fjordvik/kommuneplan-2023-2035",
    ),
]
