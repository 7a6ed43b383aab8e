"""The demo region: three fictional municipalities by a fjord, their villages and projects.

Every name, person, phone number and email here is invented (phone numbers in the
unused 555 series, emails at example.org).
"""

from datetime import date

SITE = {
    "site_name": "Framdrift i Fjordregionen",
    "tagline": "Bygdeutvikling i Fjordvik, Lidal og Nesheim",
    "overview_intro": (
        "<p>Her ser du alle utviklingsprosjekta i dei tre fjordkommunane og kor langt dei har "
        "kome. Kvart prosjekt har dagsett status, kontaktpersonar og det du treng for å bli "
        "med.</p><p>Veit du om noko som skjer i bygda di? Ta kontakt med prosessleiaren.</p>"
    ),
    "overall_goal": (
        "<p>I 2030 er Fjordregionen ein stad der fleire vel å bu, der unge ser ei framtid og "
        "der bygdene samarbeider om det dei ikkje klarer åleine.</p>"
    ),
    "footer_contact": (
        "<p>Fjordregionen interkommunale utviklingskontor<br>Kaivegen 4, 5999 Fjordvik</p>"
        '<p>Sentralbord: <a href="tel:+4755500100">+47 555 00 100</a><br>'
        'E-post: <a href="mailto:post@fjordregionen.example.org">'
        "post@fjordregionen.example.org</a></p>"
    ),
}

# (slug, name, kind, parent slug, description)
AREAS = [
    (
        "fjordregionen",
        "Fjordregionen",
        "region",
        None,
        "<p>Eit samarbeid mellom Fjordvik, Lidal og Nesheim kommunar om tilflytting og bygdeutvikling.</p>",
    ),
    (
        "fjordvik",
        "Fjordvik kommune",
        "municipality",
        "fjordregionen",
        "<p>Den største av dei tre kommunane, med kommunesenteret ved kaia.</p>",
    ),
    (
        "lidal",
        "Lidal kommune",
        "municipality",
        "fjordregionen",
        "<p>Innlandskommune med stølar, skog og ei aktiv bondenæring.</p>",
    ),
    (
        "nesheim",
        "Nesheim kommune",
        "municipality",
        "fjordregionen",
        "<p>Øykommune med ferjesamband og eit sterkt kulturliv.</p>",
    ),
    (
        "nedre-li",
        "Nedre Li",
        "village",
        "fjordvik",
        "<p>Bygd på sørsida av fjorden med skule, butikk og eit nytt bustadfelt.</p>",
    ),
    (
        "sjovoll",
        "Sjøvoll",
        "village",
        "fjordvik",
        "<p>Gamal handelsstad med kai, naust og sommarkafé.</p>",
    ),
    (
        "berg",
        "Berg",
        "village",
        "lidal",
        "<p>Grendesenteret i Lidal, med samfunnshus og idrettsbane.</p>",
    ),
    (
        "ovre-dal",
        "Øvre Dal",
        "village",
        "lidal",
        "<p>Fjellbygd med ti gardsbruk og stor hytteutbygging.</p>",
    ),
    (
        "holmane",
        "Holmane",
        "village",
        "nesheim",
        "<p>Fiskevær ytst i fjorden, med båtlag og museum.</p>",
    ),
]

# (slug, name, description)
THEMES = [
    (
        "bulyst-og-tilflytting",
        "Bulyst og tilflytting",
        "<p>Fleire skal velje å flytte hit, og dei som bur her skal trivast. Vi tek imot nye "
        "innbyggjarar med bustad, jobb og nettverk.</p>",
    ),
    (
        "arbeid-og-naering",
        "Arbeid og næring",
        "<p>Nye arbeidsplassar og fleire som kan jobbe lokalt, også på fjernkontor.</p>",
    ),
    (
        "barn-og-unge",
        "Barn og unge",
        "<p>Unge skal ha møteplassar, bli høyrde og sjå ei framtid i bygdene.</p>",
    ),
    (
        "moteplassar-og-kultur",
        "Møteplassar og kultur",
        "<p>Samfunnshus, lag og festivalar som bind bygdene saman.</p>",
    ),
    (
        "infrastruktur",
        "Veg, breiband og kollektiv",
        "<p>Trygge vegar, fiber til alle og samband som passar kvardagen.</p>",
    ),
]

# name, title, organisation, phone, mobile, email, initials
PEOPLE = {
    "ingrid": (
        "Ingrid Haugland",
        "Prosessleiar",
        "Fjordregionen utviklingskontor",
        "+47 555 00 110",
        "+47 555 91 234",
        "ingrid.haugland@example.org",
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
}

ADVISORY_BOARD_MEMBERS = [
    ("Arne Fossdal", "chair", "Fjordvik kommune"),
    ("Berit Nesje", "deputy_chair", "Næringslivet i Fjordvik"),
    ("Cecilie Hammer", "member", "Lidal kommune"),
    ("Dag Øyen", "member", "Nesheim kommune"),
    ("Elin Vangsnes", "member", "Bondelaget"),
    ("Frode Kvamme", "member", "Reiselivet"),
    ("Gunn Tveit", "member", "Pensjonistlaget"),
    ("Hallvard Bø", "member", "Idrettslaga"),
    ("Ida Rønning", "member", "Ungdomsrådet"),
    ("Jon Skeie", "member", "Nedre Li grendalag"),
    ("Kari Midtbø", "member", "Berg bygdelag"),
    ("Lars Helle", "member", "Holmane båtlag"),
    ("Mona Aasen", "member", "Frivilligsentralen"),
    ("Nils Aga", "member", "Fiskarlaget"),
    ("Oda Eide", "member", "Skulane"),
    ("Per Sande", "member", "Innvandrarrådet"),
    ("Ragnhild Dale", "secretary", "Utviklingskontoret"),
]

JUNIOR_BOARD_MEMBERS = [
    ("Amalie (15)", "chair", "Fjordvik ungdomsskule"),
    ("Jonas (14)", "member", "Fjordvik ungdomsskule"),
    ("Sofie (16)", "member", "Lidal skule"),
    ("Emil (13)", "member", "Lidal skule"),
    ("Nora (15)", "member", "Nesheim skule"),
    ("Filip (14)", "member", "Nesheim skule"),
    ("Ella (17)", "member", "Fjordregionen vidaregåande"),
    ("Henrik (16)", "secretary", "Fjordregionen vidaregåande"),
]

CAMPAIGN_GROUP_MEMBERS = [
    ("Arne Fossdal", "chair", "Fjordvik kommune"),
    ("Cecilie Hammer", "member", "Lidal kommune"),
    ("Dag Øyen", "member", "Nesheim kommune"),
    ("Berit Nesje", "member", "Næringslivet"),
    ("Ingrid Haugland", "secretary", "Utviklingskontoret"),
]

VILLAGE_NETWORK_MEMBERS = [
    ("Jon Skeie", "member", "Nedre Li"),
    ("Siv Hamre", "member", "Sjøvoll"),
    ("Kari Midtbø", "chair", "Berg"),
    ("Ola Reppen", "member", "Øvre Dal"),
    ("Lars Helle", "member", "Holmane"),
]

# Each project: fields, plus areas, themes, partners, phases, contacts, pictures and updates.
# Picture: (kind, seed, alt text, caption, credit); kind is "fjord", "village", "meeting" or "trail".
# Update: (date, title, text, new status, new progress); the date may be a number of days
# from today (negative: in the past) so the front page always looks current.
PROJECTS = [
    {
        "slug": "heim-til-fjorden",
        "title": "Tilflyttingskampanjen «Heim til fjorden»",
        "summary": "Tre kommunar marknadsfører seg saman for å få fleire familiar til å flytte hit.",
        "status": "ongoing",
        "progress": 70,
        "starts_on": date(2002, 3, 1),
        "is_featured": True,
        "lead_organisation": "Fjordregionen utviklingskontor",
        "areas": ["fjordregionen"],
        "themes": ["bulyst-og-tilflytting", "arbeid-og-naering"],
        "body": (
            "<p>«Heim til fjorden» vart starta fordi folketalet i alle dei tre kommunane gjekk "
            "ned, og fordi vi såg at mange som hadde flytta ut, gjerne ville kome tilbake om dei "
            "fekk jobb og bustad.</p>"
            "<h2>Slik arbeider vi</h2>"
            "<ul><li>Vi har ein felles vertskapsteneste som følgjer opp alle som melder interesse.</li>"
            "<li>Vi samlar ledige jobbar, bustader og tomter på éin stad.</li>"
            "<li>Vi held «prøvebu-helger» der familiar bur ei helg i ei av bygdene.</li></ul>"
            "<h2>Resultat så langt</h2>"
            "<ul><li>412 familiar har meldt interesse sidan 2002.</li>"
            "<li>87 familiar har flytta til regionen gjennom kampanjen.</li>"
            "<li>23 nye verksemder er starta av tilflyttarar.</li></ul>"
        ),
        "how_to_get_involved": (
            "<p>Kjenner du nokon som vurderer å flytte heim? Tips vertskapstenesta, så tek vi "
            "kontakt. Vi treng òg familiar som vil vere faddrar for nye innbyggjarar.</p>"
        ),
        "partners": [
            ("Fjordvik kommune", "public"),
            ("Lidal kommune", "public"),
            ("Nesheim kommune", "public"),
            ("Fjordsparebanken", "private"),
            ("Fjordregionen næringsforum", "private"),
            ("Frivilligsentralen", "voluntary"),
        ],
        "phases": [
            (
                "Fase 1: Oppstart og kartlegging",
                date(2002, 3, 1),
                date(2004, 6, 30),
                "<p>Kartlegging av bustader og jobbar, felles nettstad og dei første prøvebu-helgene.</p>",
            ),
            (
                "Fase 2: Vertskap og rekruttering",
                date(2004, 7, 1),
                None,
                "<p>Fast vertskapsteneste, rekrutteringsmesser og samarbeid med næringslivet.</p>",
            ),
        ],
        "contacts": [("ingrid", "process_leader"), ("torbjorn", "contact")],
        "pictures": [
            (
                "fjord",
                11,
                "Fjorden med raude og gule hus langs strandkanten",
                "Utsikt over Fjordvik",
                "Framdrift-demoen (teikning)",
            ),
            (
                "village",
                12,
                "Bygd med fleire hus og folk som går på vegen",
                "Prøvebu-helg i Berg",
                "Framdrift-demoen (teikning)",
            ),
            (
                "meeting",
                13,
                "Folk rundt eit bord i eit møterom med tavle",
                "Informasjonsmøte for nye innbyggjarar",
                "Framdrift-demoen (teikning)",
            ),
        ],
        "updates": [
            (
                date(2022, 9, 15),
                "Ny vertskapsteneste på plass",
                "<p>Frå september har kampanjen ein eigen vertskapsvert i 50 % stilling.</p>",
                "",
                55,
            ),
            (
                date(2023, 5, 2),
                "Rekord for prøvebu-helgene",
                "<p>Tolv familiar deltok på vårens prøvebu-helger, det høgaste talet nokon gong.</p>",
                "",
                60,
            ),
            (
                date(2024, 11, 20),
                "Årsrapport 2024: 31 nye familiar",
                "<p>I 2024 melde 31 familiar interesse, og ni av dei har alt flytta hit.</p>",
                "",
                65,
            ),
            (
                -12,
                "Ny rekrutteringsfilm er klar",
                "<p>Filmen viser kvardagen til fire tilflyttarfamiliar og blir delt i sosiale medium.</p>",
                "",
                70,
            ),
            (
                10,
                "Invitasjon til prøvebu-helg i Holmane",
                "<p>Påmeldinga opnar i dag. Familiane bur i rorbuer og møter næringslivet.</p>",
                "",
                None,
            ),
        ],
    },
    {
        "slug": "sosial-utviklingsstrategi",
        "title": "Sosial lokal utviklingsstrategi 2024–2030",
        "summary": "Ein felles strategi med eitt overordna mål og fem satsingsområde, laga saman med innbyggjarane.",
        "status": "ongoing",
        "progress": 35,
        "starts_on": date(2024, 1, 15),
        "ends_on": date(2030, 12, 31),
        "is_featured": True,
        "lead_organisation": "Fjordregionen utviklingskontor",
        "areas": ["fjordregionen"],
        "themes": ["bulyst-og-tilflytting", "barn-og-unge", "moteplassar-og-kultur"],
        "body": (
            "<p>Strategien skal gjere bygdene betre å bu i for alle, frå dei yngste til dei "
            "eldste. Han har eitt overordna mål og fem prioriterte satsingsområde, og kvart "
            "område skal få målbare indikatorar og konkrete tiltak.</p>"
            "<h2>Overordna mål</h2>"
            "<p>I 2030 er Fjordregionen ein stad der fleire vel å bu, der unge ser ei framtid og "
            "der bygdene samarbeider om det dei ikkje klarer åleine.</p>"
            "<h2>Korleis strategien blir til</h2>"
            "<p>Eit rådgjevande organ med 17 medlemer frå ulike sektorar gir råd, og ungdomens "
            "rådgjevande organ sørgjer for at elevane blir høyrde. Eit nettverk med ein "
            "representant frå kvar bygd held kontakten med grendalaga.</p>"
        ),
        "how_to_get_involved": (
            "<p>Kom på det store strategimøtet kvar vår og haust, eller kontakt representanten "
            "for bygda di i bygdenettverket.</p>"
        ),
        "partners": [
            ("Fjordvik kommune", "public"),
            ("Lidal kommune", "public"),
            ("Nesheim kommune", "public"),
            ("Vestfylket", "public"),
            ("Frivilligsentralen", "voluntary"),
        ],
        "phases": [
            ("Innspel og kartlegging", date(2024, 1, 15), date(2024, 12, 31), ""),
            ("Tiltak og oppfølging", date(2025, 1, 1), None, ""),
        ],
        "contacts": [("ingrid", "project_leader"), ("marte", "coordinator")],
        "pictures": [
            (
                "meeting",
                21,
                "Strategimøte med folk rundt eit langbord",
                "Det første store strategimøtet",
                "Framdrift-demoen (teikning)",
            ),
            (
                "village",
                22,
                "Bygd med hus og folk langs ein veg",
                "Bygdene skal samarbeide",
                "Framdrift-demoen (teikning)",
            ),
        ],
        "updates": [
            (
                date(2024, 2, 20),
                "Det rådgjevande organet er på plass",
                "<p>17 representantar frå næringsliv, lag, ungdom og kommunane møttest for første gong.</p>",
                "ongoing",
                5,
            ),
            (
                date(2024, 4, 18),
                "Første store strategimøte: 140 deltakarar",
                "<p>Innspela frå møtet er samla i ein rapport som ligg under dokument.</p>",
                "",
                15,
            ),
            (
                date(2024, 10, 3),
                "Fem satsingsområde er valde",
                "<p>Etter tre runder med innspel er satsingsområda vedtekne i alle tre kommunestyra.</p>",
                "",
                25,
            ),
            (
                date(2025, 3, 12),
                "Ungdomens rådgjevande organ har levert sine råd",
                "<p>Elevane ønskjer seg betre busstilbod på kveldstid og fleire møteplassar.</p>",
                "",
                30,
            ),
            (
                -3,
                "Indikatorane er klare",
                "<p>Kvart satsingsområde har no to eller tre indikatorar som blir målte kvart år.</p>",
                "",
                35,
            ),
            (
                0,
                "Plan for haustmøtet",
                "<p>Utkast som berre prosessleiaren ser.</p>",
                "",
                None,
                False,
            ),
        ],
    },
    {
        "slug": "utviklingsplan-nedre-li",
        "title": "Lokal utviklingsplan for Nedre Li",
        "summary": "Bygdefolket i Nedre Li har laga ein plan for bustader, skulen og ein ny møteplass.",
        "status": "ongoing",
        "progress": 50,
        "starts_on": date(2023, 1, 10),
        "lead_organisation": "Nedre Li grendalag",
        "areas": ["nedre-li"],
        "themes": ["bulyst-og-tilflytting", "moteplassar-og-kultur"],
        "body": (
            "<p>Planen vart laga på tre opne bygdemøte og ei spørjeundersøking som 212 "
            "innbyggjarar svarte på.</p><h2>Dei viktigaste tiltaka</h2>"
            "<ol><li>Seks nye utleigebustader ved skulen</li><li>Ny leikeplass og "
            "aktivitetsområde</li><li>Trygg skuleveg langs fylkesvegen</li></ol>"
        ),
        "how_to_get_involved": "<p>Dugnad på leikeplassen kvar tysdag i mai. Ta med arbeidshanskar.</p>",
        "partners": [
            ("Fjordvik kommune", "public"),
            ("Nedre Li grendalag", "voluntary"),
            ("Li Bygg AS", "private"),
        ],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [
            (
                "village",
                31,
                "Bygda Nedre Li med hus langs ein grøn bakke",
                "Nedre Li sett frå fjorden",
                "Foto: Grendalaget",
            ),
            (
                "meeting",
                32,
                "Bygdemøte med folk rundt eit bord",
                "Bygdemøte i skulen",
                "Foto: Grendalaget",
            ),
        ],
        "updates": [
            (
                date(2023, 3, 1),
                "Planen er vedteken på årsmøtet",
                "<p>Eit samrøystes årsmøte vedtok planen.</p>",
                "ongoing",
                20,
            ),
            (
                date(2024, 6, 14),
                "Leikeplassen er opna",
                "<p>Over hundre born og vaksne kom på opninga.</p>",
                "",
                40,
            ),
            (
                -40,
                "Byggjestart for utleigebustadene",
                "<p>Grunnarbeidet starta denne veka.</p>",
                "",
                50,
            ),
        ],
    },
    {
        "slug": "utviklingsplan-berg",
        "title": "Lokal utviklingsplan for Berg",
        "summary": "Berg lagar ny utviklingsplan med vekt på samfunnshuset og arbeidsplassar.",
        "status": "planned",
        "progress": 10,
        "starts_on": date(2026, 1, 15),
        "lead_organisation": "Berg bygdelag",
        "areas": ["berg"],
        "themes": ["moteplassar-og-kultur", "arbeid-og-naering"],
        "body": "<p>Arbeidet startar med ei spørjeundersøking og to opne bygdemøte.</p>",
        "how_to_get_involved": "<p>Svar på spørjeundersøkinga, eller kom på bygdemøtet i samfunnshuset.</p>",
        "partners": [("Lidal kommune", "public"), ("Berg bygdelag", "voluntary")],
        "phases": [],
        "contacts": [("marte", "contact")],
        "pictures": [
            (
                "village",
                41,
                "Samfunnshuset i Berg mellom grøne bakkar",
                "Samfunnshuset",
                "Framdrift-demoen (teikning)",
            )
        ],
        "updates": [
            (
                date(2025, 11, 5),
                "Bygdelaget tek initiativ til ny plan",
                "<p>Årsmøtet ønskjer ein ny plan.</p>",
                "idea",
                None,
            ),
            (
                date(2026, 2, 2),
                "Planarbeidet er finansiert",
                "<p>Kommunen og fylket dekkjer prosessleiinga.</p>",
                "planned",
                10,
            ),
        ],
    },
    {
        "slug": "utviklingsplan-holmane",
        "title": "Lokal utviklingsplan for Holmane",
        "summary": "Holmane sin plan for hamna, museet og fleire heilårsbuarar er gjennomført.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2019, 4, 1),
        "ends_on": date(2025, 6, 30),
        "lead_organisation": "Holmane båtlag",
        "areas": ["holmane"],
        "themes": ["bulyst-og-tilflytting", "moteplassar-og-kultur"],
        "body": "<p>Alle ti tiltaka i planen er gjennomførte. Hamna er utbetra og museet har fått nytt tak.</p>",
        "how_to_get_involved": "<p>Båtlaget tek gjerne imot nye medlemer.</p>",
        "partners": [
            ("Nesheim kommune", "public"),
            ("Holmane båtlag", "voluntary"),
            ("Kystmuseet", "voluntary"),
        ],
        "phases": [],
        "contacts": [("eirik", "project_leader")],
        "pictures": [
            (
                "fjord",
                51,
                "Fiskevær med hus ved sjøen og fjell bak",
                "Holmane en sommardag",
                "Foto: Båtlaget",
            )
        ],
        "updates": [
            (
                date(2021, 5, 20),
                "Hamna er mudra",
                "<p>Båtane kan no liggje i hamna heile året.</p>",
                "ongoing",
                40,
            ),
            (
                date(2023, 8, 30),
                "Museet har fått nytt tak",
                "<p>Dugnaden samla 40 frivillige.</p>",
                "",
                80,
            ),
            (
                date(2025, 6, 30),
                "Planen er gjennomført",
                "<p>Takk til alle som har vore med.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "moteplass-kaia-sjovoll",
        "title": "Ny møteplass på kaia i Sjøvoll",
        "summary": "Ein idé om å gjere det gamle pakkhuset om til kafé, scene og kontorfellesskap.",
        "status": "idea",
        "areas": ["sjovoll"],
        "themes": ["moteplassar-og-kultur", "arbeid-og-naering"],
        "lead_organisation": "Sjøvoll velforening",
        "body": "<p>Pakkhuset står tomt. Velforeininga vil finne ut om det kan bli ein møteplass for heile fjorden.</p>",
        "how_to_get_involved": "<p>Har du idear til bruk av pakkhuset? Ta kontakt.</p>",
        "partners": [("Sjøvoll velforening", "voluntary")],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [
            (
                "fjord",
                61,
                "Kai ved fjorden med eit gult pakkhus",
                "Pakkhuset på kaia",
                "Framdrift-demoen (teikning)",
            )
        ],
        "updates": [
            (-60, "Ideen vart lagd fram på velmøtet", "<p>Over femti møtte opp.</p>", "", None)
        ],
    },
    {
        "slug": "fiber-ovre-dal",
        "title": "Fiber til Øvre Dal",
        "summary": "Utbygging av fiber til alle gardsbruk og hytter i Øvre Dal.",
        "status": "paused",
        "progress": 30,
        "starts_on": date(2023, 9, 1),
        "areas": ["ovre-dal"],
        "themes": ["infrastruktur"],
        "lead_organisation": "Lidal kommune",
        "body": "<p>Utbygginga er sett på pause medan kommunen søkjer om meir statsstøtte.</p>",
        "how_to_get_involved": "",
        "partners": [("Lidal kommune", "public"), ("Dalsnett AS", "private")],
        "phases": [],
        "contacts": [("torbjorn", "contact")],
        "pictures": [
            (
                "trail",
                71,
                "Fjellbygd med gardar spreidde i lia",
                "Øvre Dal",
                "Framdrift-demoen (teikning)",
            )
        ],
        "updates": [
            (
                date(2023, 9, 1),
                "Graving starta",
                "<p>Første del går frå Berg til Dalsetra.</p>",
                "ongoing",
                10,
            ),
            (
                date(2024, 10, 15),
                "Utbygginga blir sett på pause",
                "<p>Kostnadene vart høgare enn venta.</p>",
                "paused",
                30,
            ),
        ],
    },
    {
        "slug": "felles-ungdomsklubb",
        "title": "Felles ungdomsklubb for tre kommunar",
        "summary": "Planen om éin felles ungdomsklubb vart avlyst; kvar kommune held fram med sin eigen.",
        "status": "cancelled",
        "areas": ["fjordvik", "lidal", "nesheim"],
        "themes": ["barn-og-unge"],
        "lead_organisation": "Ungdomsrådet",
        "body": "<p>Dei unge ville heller ha klubbkveldar i eiga bygd enn lang reiseveg til éin klubb.</p>",
        "how_to_get_involved": "",
        "partners": [],
        "phases": [],
        "contacts": [("marte", "contact")],
        "pictures": [],
        "updates": [
            (
                date(2022, 4, 1),
                "Prosjektet er avlyst",
                "<p>Ungdomsrådet tilrådde å avlyse.</p>",
                "cancelled",
                None,
            )
        ],
    },
    {
        "slug": "turstiar-fjordvik",
        "title": "Turstiar rundt Fjordvik",
        "summary": "Tolv kilometer nye og merka turstiar frå sentrum til Sjøvoll.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2021, 4, 1),
        "ends_on": date(2023, 9, 30),
        "areas": ["fjordvik", "sjovoll"],
        "themes": ["moteplassar-og-kultur"],
        "lead_organisation": "Fjordvik turlag",
        "body": "<p>Stiane er merka, skilta og lagt inn i turappen til turlaget.</p>",
        "how_to_get_involved": "<p>Bli stivert og hjelp til med rydding kvar vår.</p>",
        "partners": [("Fjordvik turlag", "voluntary"), ("Fjordvik kommune", "public")],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [
            (
                "trail",
                81,
                "Tursti gjennom grøn eng med fjell i bakgrunnen",
                "Stien mot Sjøvoll",
                "Foto: Turlaget",
            )
        ],
        "updates": [
            (
                date(2021, 6, 1),
                "Første stibit er ferdig",
                "<p>Fire kilometer er rydda.</p>",
                "ongoing",
                30,
            ),
            (
                date(2023, 9, 30),
                "Alle stiane er opna",
                "<p>Opningsturen samla 200 gåande.</p>",
                "completed",
                100,
            ),
        ],
    },
]

# (slug, name, kind, description, member list, project slugs)
GROUPS = [
    (
        "styringsgruppa-heim-til-fjorden",
        "Styringsgruppa for «Heim til fjorden»",
        "steering_group",
        "<p>Ordførarane sine representantar og næringslivet styrer kampanjen.</p>",
        CAMPAIGN_GROUP_MEMBERS,
        ["heim-til-fjorden"],
    ),
    (
        "radgjevande-organ",
        "Det rådgjevande organet",
        "advisory_board",
        "<p>17 medlemer frå næringsliv, lag og organisasjonar, ungdom og kommunane gir råd om strategien.</p>",
        ADVISORY_BOARD_MEMBERS,
        ["sosial-utviklingsstrategi"],
    ),
    (
        "ungdomens-radgjevande-organ",
        "Ungdomens rådgjevande organ",
        "junior_advisory_board",
        "<p>Elevar frå skulane i alle tre kommunane.</p>",
        JUNIOR_BOARD_MEMBERS,
        ["sosial-utviklingsstrategi"],
    ),
    (
        "bygdenettverket",
        "Bygdenettverket",
        "network",
        "<p>Ein representant frå kvar bygd held kontakten mellom grendalaga og strategiarbeidet.</p>",
        VILLAGE_NETWORK_MEMBERS,
        [
            "sosial-utviklingsstrategi",
            "utviklingsplan-nedre-li",
            "utviklingsplan-berg",
            "utviklingsplan-holmane",
        ],
    ),
]
