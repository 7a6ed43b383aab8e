"""The demo in Swedish: three fictional kommuner round a mountain lake in the north of Sweden,
their villages, projects, meetings and key figures, written as a Swedish kommun writes. The
same shape as nn.py (described in demo/content/__init__.py): the same kinds, statuses,
numbers, dates, picture kinds and seeds, in the same order.

Every place, person, phone number and email here is invented: phone numbers in the ranges
the Swedish Post and Telecom Authority (PTS) keeps for fiction (0980-319 200 to 0980-319 299,
070-174 06 05 to 070-174 06 99), emails at example.org. Pupils are named by first name and
school year only, as a real kommun would.
"""

from datetime import date, time
from decimal import Decimal

from . import document, meeting, member, milestone, update

ILLUSTRATION = "Framdrift-demo (illustration)"

LOGIN = {
    "username": "processledare",
    "first_name": "Demo",
    "last_name": "Processledare",
    "email": "processledare@example.org",
}

SITE = {
    "site_name": "Framdrift i Fjällsjöregionen",
    "tagline": "Utvecklingsarbetet i Åsvik, Lövdal och Lomö – samlat på ett ställe",
    "overview_intro": (
        "<p>Här hittar du utvecklingsprojekten i Åsvik, Lövdal och Lomö, från de första idéerna till det som redan är klart. "
        "Varje projekt visar hur långt det har kommit, vad som hände senast och vem du kan kontakta.</p>"
        "<p>Översikten ska göra det lätt att se allt som faktiskt händer i byarna och att hitta något du vill vara med i. "
        "Utvecklingen ska inte hänga på ett fåtal eldsjälar, utan vara något som många är delaktiga i.</p>"
        "<p>Saknar du något här, eller har något ändrats? Hör av dig till processledaren, så uppdaterar vi.</p>"
    ),
    "footer_contact": (
        "<p>Fjällsjöregionens kommunförbund<br>Utvecklingsenheten<br>Hamngatan 4, 999 90 Åsvik</p>"
        '<p>Telefon: <a href="tel:+46980319200">0980-319 200</a><br>'
        'E-post: <a href="mailto:utveckling@example.org">utveckling@example.org</a></p>'
        "<p>Telefontid vardagar 9–12<br>Besök efter överenskommelse</p>"
    ),
    "accessibility_conformance": "partial",
    "accessibility_known_issues": (
        "<p>Några av de äldre plandokumenten (pdf-filer från före 2024) är inskannade pappersdokument utan text som "
        "skärmläsare kan läsa upp. Vi tar fram nya versioner efter hand. Behöver du något av dem redan nu skickar vi "
        "innehållet som vanlig text inom en vecka.</p>"
    ),
    "accessibility_checked_on": date(2026, 11, 2),
    "accessibility_contact_email": "tillganglighet@example.org",
}

# (slug, name, overall goal, starts on, ends on): the social local development strategy
# for everyday life in the region, and beside it the plan for those who move here.
STRATEGIES = [
    (
        "utvecklingsstrategin",
        "Social lokal utvecklingsstrategi (SLUS) 2024–2030",
        "<p>Fjällsjöregionen ska vara en plats där fler väljer att bo och stanna kvar: med jobb för två, goda "
        "uppväxtvillkor, levande byar och en samverkan mellan kommunerna, näringslivet och föreningslivet som gör att vi "
        "åstadkommer mer tillsammans än var för sig.</p>",
        date(2024, 1, 15),
        date(2030, 12, 31),
    ),
    (
        "inflyttningsplanen",
        "Inflyttningsplan 2025–2028",
        "<p>Fram till 2028 ska minst 90 nya invånare om året flytta till Fjällsjöregionen, och fyra av fem av dem som "
        "flyttar hit ska fortfarande bo här tre år senare. Det når vi när hela regionen tar väl emot dem som kommer, och "
        "när fler får veta vad regionen har att erbjuda.</p>",
        date(2025, 1, 1),
        date(2028, 12, 31),
    ),
]

# (slug, name, kind, parent slug, description)
AREAS = [
    (
        "fjallsjoregionen",
        "Fjällsjöregionen",
        "region",
        None,
        "<p>Tre kommuner runt samma fjällsjö som sedan 2002 samarbetar om inflyttning, näringsliv och "
        "landsbygdsutveckling i Fjällsjöregionens kommunförbund. Sammanlagt bor omkring 9 400 människor i regionen.</p>",
    ),
    (
        "asvik",
        "Åsviks kommun",
        "municipality",
        "fjallsjoregionen",
        "<p>Den största av de tre kommunerna, med omkring 5 100 invånare. Centralorten ligger vid hamnen där "
        "passagerarbåten lägger till, och här finns gymnasieskola, vårdcentral och de flesta arbetsplatserna i "
        "regionen.</p>",
    ),
    (
        "lovdal",
        "Lövdals kommun",
        "municipality",
        "fjallsjoregionen",
        "<p>Inlandskommun med omkring 2 300 invånare, fäbodar, skog och ett livskraftigt jordbruk. Många pendlar till "
        "jobbet, och allt fler arbetar hemifrån några dagar i veckan.</p>",
    ),
    (
        "lomo",
        "Lomö kommun",
        "municipality",
        "fjallsjoregionen",
        "<p>Ökommun mitt i sjön med omkring 2 000 invånare och färjeförbindelse till Åsvik. Insjöfiske och "
        "fiskodling är de största näringarna, och sommarfestivalen lockar besökare från hela bygden runt sjön.</p>",
    ),
    (
        "sorliden",
        "Sörliden",
        "village",
        "asvik",
        "<p>By på södra sidan av sjön med skola, livsmedelsbutik och ett nytt bostadsområde. Här bor omkring 480 "
        "personer, och byaföreningen får mycket gjort.</p>",
    ),
    (
        "bodviken",
        "Bodviken",
        "village",
        "asvik",
        "<p>Gammal handelsplats med kaj, sjöbodar och ett tomt packhus. Många fritidshus, men allt färre som bor här "
        "året runt.</p>",
    ),
    (
        "ljunga",
        "Ljungå",
        "village",
        "lovdal",
        "<p>Centralorten i Lövdal, med bygdegård, idrottsplats, förskola och kommunens enda bensinstation.</p>",
    ),
    (
        "hogvalen",
        "Högvålen",
        "village",
        "lovdal",
        "<p>Fjällby med tio gårdar i drift och många fritidshus. Vägen över fjället är stängd delar av vintern.</p>",
    ),
    (
        "ytterholmen",
        "Ytterholmen",
        "village",
        "lomo",
        "<p>Fiskeläge längst ut på ön, med båtklubb, fiskemuseum och en hamn som används året runt.</p>",
    ),
]

# (slug, name, description, strategy slug): the five prioritised target areas (målområden)
# of the social local development strategy (SLUS), then the two of the move-here plan.
THEMES = [
    (
        "goda-boendemiljoer",
        "Goda boendemiljöer",
        "<p>Det ska vara lätt att hitta någonstans att bo, oavsett om du vill hyra, köpa eller bygga. Vi arbetar för "
        "fler hyresbostäder, lediga tomter i alla byar och boendemiljöer där människor möts.</p>"
        "<p><strong>Indikatorer:</strong> antal lediga hyresbostäder, antal nya bostäder per år och andel invånare "
        "som trivs i sin by.</p>",
        "utvecklingsstrategin",
    ),
    (
        "jobb-for-tva",
        "Jobb för två",
        "<p>När en familj funderar på att flytta hit behöver båda de vuxna ha något att gå till. Vi förmedlar jobb "
        "över kommungränserna, gör det lättare att arbeta på distans och tar fram fler lärlingsplatser.</p>"
        "<p><strong>Indikatorer:</strong> antal arbetstillfällen, antal lärlingar och hur många som arbetar från "
        "kontorshotell i regionen.</p>",
        "utvecklingsstrategin",
    ),
    (
        "foretagande-och-entreprenorskap",
        "Företagande och entreprenörskap",
        "<p>Ett växande näringsliv ger jobb och liv i byarna. Vi stöttar den som vill starta något och arbetar för "
        "att alla ska ha samma förutsättningar, var i regionen de än håller till.</p>"
        "<p><strong>Indikatorer:</strong> antal nystartade företag per år och hur många av dem som finns kvar efter "
        "tre år.</p>",
        "utvecklingsstrategin",
    ),
    (
        "uppvaxt-fritid-och-gemenskap",
        "Uppväxt, fritid och gemenskap",
        "<p>Barn och unga ska ha bra skolor, mötesplatser och en fritid som de själva är med och formar. "
        "Föreningslivet håller ihop byarna, och alla, även den som nyss har flyttat hit, ska kunna vara med.</p>"
        "<p><strong>Indikatorer:</strong> andel unga som deltar i fritidsaktiviteter och hur många nyinflyttade som "
        "är med i en förening.</p>",
        "utvecklingsstrategin",
    ),
    (
        "vagar-bredband-och-kollektivtrafik",
        "Vägar, bredband och kollektivtrafik",
        "<p>Säkra vägar, fiber till alla hushåll och en kollektivtrafik som passar vardagen är förutsättningar för "
        "allt annat. Mycket av det beslutar staten och regionen om, så här handlar det om att hålla ihop och driva "
        "byarnas frågor.</p>"
        "<p><strong>Indikatorer:</strong> andel hushåll med fiber och antal kvällsturer mellan byarna.</p>",
        "utvecklingsstrategin",
    ),
    (
        "ett-gott-mottagande",
        "Ett gott mottagande",
        "<p>Den som flyttar hit ska känna sig välkommen från första dagen: med en egen kontaktperson, en fadderfamilj "
        "och hjälp för den medflyttande partnern att hitta jobb. Vi följer upp varje familj under det första året.</p>"
        "<p><strong>Indikatorer:</strong> andel inflyttade som fortfarande bor här efter tre år och antal aktiva "
        "fadderfamiljer.</p>",
        "inflyttningsplanen",
    ),
    (
        "en-synlig-region",
        "En synlig region",
        "<p>Många vet inte att det finns lediga jobb, tomter och bra skolor i våra byar. Vi berättar om vardagen här i "
        "sociala medier, på mässor och genom dem som redan har flyttat hit.</p>"
        "<p><strong>Indikatorer:</strong> antal familjer som anmäler intresse och hur många som kommer på "
        "provbohelger.</p>",
        "inflyttningsplanen",
    ),
]

# key: (name, job title, organisation, direct phone, mobile, email)
PEOPLE = {
    "annika": (
        "Annika Sjöberg",
        "Processledare",
        "Fjällsjöregionens kommunförbund",
        "0980-319 210",
        "070-174 06 21",
        "annika.sjoberg@example.org",
    ),
    "mattias": (
        "Mattias Berglund",
        "Samordnare för inflyttarservice",
        "Fjällsjöregionens kommunförbund",
        "0980-319 215",
        "070-174 06 34",
        "mattias.berglund@example.org",
    ),
    "henrik": (
        "Henrik Ståhl",
        "Näringslivschef",
        "Åsviks kommun",
        "0980-319 220",
        "070-174 06 45",
        "henrik.stahl@example.org",
    ),
    "sara": (
        "Sara Holmgren",
        "Kulturutvecklare",
        "Lövdals kommun",
        "0980-319 230",
        "",
        "sara.holmgren@example.org",
    ),
    "jonas": (
        "Jonas Eklund",
        "Projektledare",
        "Lomö kommun",
        "0980-319 240",
        "070-174 06 56",
        "jonas.eklund@example.org",
    ),
    "elin": (
        "Elin Strömberg",
        "Landsbygdsutvecklare",
        "Åsviks kommun",
        "",
        "070-174 06 67",
        "elin.stromberg@example.org",
    ),
    "birgitta": (
        "Birgitta Wikström",
        "Ordförande",
        "Ljungå byalag",
        "",
        "070-174 06 78",
        "birgitta.wikstrom@example.org",
    ),
}

# Contacts for the development work as a whole: (person key, role, own words for the role).
SITE_CONTACTS = [
    ("annika", "process_leader", ""),
    ("mattias", "other", "Kontaktperson för nyinflyttade"),
]

# (name, role, represents): 17 members across sectors, as the strategy asks.
ADVISORY_BOARD_MEMBERS = [
    ("Göran Lundmark", "chair", "Åsviks kommun, kommunstyrelsens ordförande"),
    ("Maria Nordin", "member", "Lövdals kommun, kommunstyrelsens vice ordförande"),
    ("Lennart Boström", "member", "Lomö kommun, kommunfullmäktige"),
    ("Camilla Forsberg", "member", "Näringslivet: handel och service"),
    ("Peter Hedlund", "member", "Näringslivet: besöksnäringen"),
    ("Ingela Persson", "member", "Lantbruket, LRF Lövdal"),
    ("Stig Grahn", "member", "Insjöfisket och fiskodlingen"),
    ("Margareta Ek", "member", "Pensionärsföreningarna"),
    ("Anders Öhman", "member", "Idrottsföreningarna"),
    ("Tove Sandberg", "member", "Ungdomsrådet"),
    ("Kjell Olofsson", "member", "Sörlidens byaförening"),
    ("Ulla Jonsson", "member", "Ljungå byalag"),
    ("Bertil Nyström", "member", "Ytterholmens båtklubb"),
    ("Helena Granlund", "member", "Frivilligcentralen"),
    ("Yusuf Abdi", "member", "Nyinflyttade och integrationsrådet"),
    ("Eva Lindberg", "member", "Skolorna, rektor på Lövdalsskolan"),
    ("Susanne Hägglund", "secretary", "Kommunförbundets utvecklingsenhet"),
]

JUNIOR_BOARD_MEMBERS = [
    ("Alva, åk 9", "chair", "Hamnskolan i Åsvik"),
    ("Wilmer, åk 8", "member", "Hamnskolan i Åsvik"),
    ("Ella, åk 9", "member", "Lövdalsskolan"),
    ("Elias, åk 7", "member", "Lövdalsskolan"),
    ("Saga, åk 8", "member", "Lomöskolan"),
    ("Noah, åk 9", "member", "Lomöskolan"),
    ("Ebba, åk 7", "member", "Hamnskolan i Åsvik"),
    ("Hugo, åk 8", "secretary", "Lövdalsskolan"),
]

# The municipal councils' term: the politicians sit in the group for as long.
COUNCIL_TERM = (date(2023, 10, 1), date(2027, 9, 30))

CAMPAIGN_GROUP_MEMBERS = [
    member("Göran Lundmark", "chair", "Åsviks kommun", term=COUNCIL_TERM, portrait=1),
    member("Maria Nordin", "member", "Lövdals kommun", term=COUNCIL_TERM),
    member("Lennart Boström", "member", "Lomö kommun", term=COUNCIL_TERM),
    member("Roland Wiklund", "deputy", "Lövdals kommun", term=COUNCIL_TERM),
    member(
        "Camilla Forsberg",
        "member",
        "Fjällsjöregionens företagarförening",
        term=(date(2025, 1, 1), date(2028, 12, 31)),
    ),
    member("Helena Granlund", "member", "Frivilligcentralen"),
    member("Karin Norberg", "observer", "Region Norrfjäll"),
    member("Annika Sjöberg", "adviser", "Kommunförbundets utvecklingsenhet"),
    member(
        "Yusuf Abdi",
        "other",
        "Nyinflyttade",
        role_other="Företrädare för dem som har flyttat hit",
        term=(date(2025, 1, 1), None),
    ),
    member("Mattias Berglund", "secretary", "Kommunförbundets utvecklingsenhet"),
]

VILLAGE_NETWORK_MEMBERS = [
    ("Kjell Olofsson", "member", "Sörliden"),
    ("Agneta Söderlund", "member", "Bodviken"),
    ("Ulla Jonsson", "chair", "Ljungå"),
    ("Nils Bergkvist", "member", "Högvålen"),
    ("Bertil Nyström", "member", "Ytterholmen"),
]

SORLIDEN_WORKING_GROUP = [
    ("Kjell Olofsson", "chair", "Sörlidens byaförening"),
    ("Jenny Åkerlund", "member", "Föräldraföreningen på Sörlidens skola"),
    ("Fredrik Lind", "member", "Sörlidens Bygg AB"),
    ("Malin Hedström", "member", "Sörlidens IF"),
    ("Daniel Engström", "member", "Nyinflyttade i byn"),
    ("Elin Strömberg", "secretary", "Åsviks kommun"),
]

# Picture: (kind, seed, alt text, caption, credit); kinds are those pictures.draw() makes.
# The "fjord" pictures are the lake between the fjäll: water between snow-topped mountains.
PROJECTS = [
    {
        "slug": "hem-till-fjallen",
        "title": "”Hem till fjällen” – inflyttning till Fjällsjöregionen",
        "summary": "Sedan 2002 marknadsför Åsvik, Lövdal och Lomö sig tillsammans och tar emot nya invånare med inflyttarservice, jobbförmedling och provbohelger.",
        "status": "ongoing",
        "progress": None,
        "starts_on": date(2002, 3, 1),
        "is_featured": True,
        "lead_organisation": "Fjällsjöregionens kommunförbund",
        "areas": ["fjallsjoregionen"],
        "themes": ["goda-boendemiljoer", "jobb-for-tva", "ett-gott-mottagande", "en-synlig-region"],
        "body": (
            "<p>I slutet av 1990-talet brottades alla tre kommunerna i Fjällsjöregionen med samma problem: befolkningen "
            "minskade, de unga flyttade för att studera och allt färre kom tillbaka. Var för sig var kommunerna för små för att "
            "kunna erbjuda allt som en barnfamilj letar efter. Tillsammans klarade vi det: jobb för två vuxna, förskola och "
            "skola, en bostad och ett rikt fritidsutbud, allt inom en halvtimmes bilresa.</p>"
            "<p>Därför startade ”Hem till fjällen” 2002 som ett gemensamt projekt för de tre kommunerna, med näringslivet och "
            "föreningslivet som partner. Tanken är enkel: vi marknadsför regionen, inte bara den egna kommunen. En kommun som "
            "gjorde det på egen hand skulle lätt hamna i konkurrens med sina grannar.</p>"
            "<h2>Fas 1: Värdskap och infrastruktur (2002–2004)</h2>"
            "<p>Den första fasen handlade om att bygga upp det som måste finnas på plats innan man bjuder in folk. "
            "Kontaktcentren i de tre kommunerna blev värdar för alla som funderar på att flytta hit. De förmedlar kontakter med "
            "arbetsgivare och hyresvärdar och svarar på frågor om förskola, skola och fritid.</p>"
            "<ul><li>En gemensam webbplats med lediga jobb, bostäder och tomter i hela regionen</li>"
            "<li>En egen kontaktperson för varje familj som hör av sig</li>"
            "<li>En överenskommelse med företagarföreningen om att lediga tjänster meddelas till inflyttarservicen</li></ul>"
            "<h2>Fas 2: Marknadsföring och rekrytering (från 2004)</h2>"
            "<p>Sedan 2004 marknadsför vi regionen aktivt, och bara med positiva budskap: korta avstånd, inga köer och fjällen "
            "utanför vardagsrumsfönstret. Den mest kända kampanjen är ”Skolstart i fjällen”, som vänder sig till familjer vars "
            "äldsta barn snart ska börja skolan. Vi bjuder in till provbohelger där familjerna bor i någon av byarna, träffar "
            "arbetsgivare och får se skolan.</p>"
            "<h2>Resultat hittills</h2>"
            "<ul><li><strong>412</strong> familjer och enskilda har anmält intresse sedan 2002.</li>"
            "<li><strong>87</strong> hushåll har flyttat till regionen som en direkt följd av kampanjen, med sammanlagt "
            "<strong>131</strong> barn.</li>"
            "<li><strong>64</strong> familjer har varit med på provbohelger.</li>"
            "<li><strong>23</strong> nya företag har startats av inflyttade.</li></ul>"
            "<p>Många flyttar hit, men en del flyttar också härifrån igen. Därför lägger vi numera lika mycket kraft på att de "
            "som kommer ska vilja stanna: med fadderfamiljer, nätverk och hjälp för den medflyttande partnern att hitta "
            "jobb.</p>"
            '<p>Läs mer om att flytta hit på <a href="https://www.example.org/flytta-hit">webbplatsen för inflyttare</a>.</p>'
        ),
        "how_to_get_involved": (
            "<p>Känner du någon som funderar på att flytta hem igen? Tipsa inflyttarservicen, så hör vi av oss på ett "
            "trevligt sätt.</p>"
            "<ul><li>Bli fadderfamilj åt en nyinflyttad familj under deras första år.</li>"
            "<li>Berätta för inflyttarservicen om du har en ledig hyresbostad eller tomt.</li>"
            "<li>Företag kan anmäla lediga tjänster, även deltidsjobb och lärlingsplatser.</li></ul>"
        ),
        "partners": [
            ("Åsviks kommun", "public"),
            ("Lövdals kommun", "public"),
            ("Lomö kommun", "public"),
            ("Fjällsjö Sparbank", "private"),
            ("Fjällsjöregionens företagarförening", "private"),
            ("Frivilligcentralen i Åsvik", "voluntary"),
            ("Bygdegårdsföreningarna i Fjällsjöregionen", "voluntary"),
        ],
        "phases": [
            (
                "Fas 1: Värdskap och infrastruktur",
                date(2002, 3, 1),
                date(2004, 6, 30),
                "<p>Kommunernas kontaktcenter blev värdar för inflyttare, och en gemensam webbplats med jobb, bostäder och tomter i hela regionen öppnade.</p>",
            ),
            (
                "Fas 2: Marknadsföring och rekrytering",
                date(2004, 8, 1),
                None,
                "<p>Aktiv marknadsföring av regionen, kampanjen ”Skolstart i fjällen”, provbohelger och fadderfamiljer.</p>",
            ),
        ],
        "contacts": [
            ("mattias", "project_leader"),
            ("annika", "process_leader"),
            ("henrik", "contact"),
        ],
        "pictures": [
            (
                "fjord",
                11,
                "En lång sjö mellan höga, snöklädda fjäll, med hus längs stranden och en vit båt på vattnet",
                "Åsvik sett från sjön",
                "Lisa Nordqvist",
            ),
            (
                "school",
                12,
                "Skolbyggnad i två våningar med en flagga i flaggstången och barn som leker på skolgården",
                "Skolstart i fjällen: visning av Strandskolan i Åsvik",
                "Johan Bäckström",
            ),
            (
                "meeting",
                13,
                "Människor runt ett bord i ett mötesrum, med en tavla full av lappar och ett fönster mot sjön",
                "Informationsträff för nyinflyttade",
                ILLUSTRATION,
            ),
            (
                "village",
                14,
                "By i en grön sluttning med hus, en väg genom byn och människor som promenerar längs vägen",
                "Provbohelg i Ljungå",
                "Lisa Nordqvist",
            ),
        ],
        "documents": [
            document(
                "Årsrapport 2024 för ”Hem till fjällen”",
                "report",
                date(2025, 1, 20),
                "Hur många som anmälde intresse och flyttade hit under 2024, och hur inflyttarservicen arbetade.",
                pdf=(
                    "Årsrapport 2024: Hem till fjällen",
                    [
                        "Under 2024 anmälde 31 familjer och enskilda intresse för att flytta till Fjällsjöregionen. Nio hushåll flyttade hit under året, med sammanlagt 14 barn.",
                        "Inflyttarservicen kontaktade alla som anmält intresse inom en vecka. Tre provbohelger genomfördes, i Ljungå, Sörliden och Ytterholmen.",
                        "Vid årets slut fanns 18 aktiva fadderfamiljer.",
                    ],
                ),
            )
        ],
        # (source, kind, amount, currency, from year, to year)
        "funding": [
            (
                "Åsviks, Lövdals och Lomö kommuner",
                "municipality",
                Decimal(750000),
                "SEK",
                2025,
                2028,
            ),
            ("Fjällsjöregionens företagarförening", "private", Decimal(120000), "SEK", 2025, 2028),
        ],
        # (kind, title, address, still picture for a video: (kind, seed, alt text))
        "links": [
            (
                "website",
                "Flytta till Fjällsjöregionen: jobb, bostäder och tomter",
                "https://www.example.org/flytta-hit",
                None,
            ),
            (
                "facebook",
                "”Hem till fjällen” på Facebook",
                "https://facebook.example.org/hemtillfjallen",
                None,
            ),
            (
                "video",
                "Film: Vardagen vid sjön (4 minuter)",
                "https://video.example.org/vardagen-vid-sjon",
                (
                    "fjord",
                    15,
                    "Bild ur filmen: sjön mellan höga fjäll, hus längs stranden och en vit båt",
                ),
            ),
        ],
        "updates": [
            update(
                date(2021, 3, 18),
                "Provbohelgen blev digital i år",
                "<p>På grund av restriktionerna under pandemin kunde vi inte ta emot några familjer i byarna i vår. I stället bjöd "
                "vi in till en digital provbohelg med videomöten med skolorna, arbetsgivare och de tre "
                "kommunstyrelseordförandena.</p>"
                "<p>19 familjer var med, fler än på någon av de vanliga helgerna. Den erfarenheten tar vi med oss.</p>",
            ),
            update(
                date(2022, 9, 15),
                "Inflyttarservicen har fått en egen samordnare",
                "<p>Mattias Berglund har anställts som samordnare för inflyttarservicen på halvtid. Han följer upp alla som "
                "anmäler intresse och är familjernas kontaktperson tills de har kommit till rätta.</p>"
                "<p>Tidigare turades kontaktcentren om med uppgiften, och det var lätt hänt att någon hamnade mellan "
                "stolarna.</p>",
                picture=(
                    "meeting",
                    101,
                    "Mötesrum med människor runt ett bord, en tavla med lappar och utsikt mot sjön",
                    "Uppstartsmöte med kontaktcentren i de tre kommunerna",
                    ILLUSTRATION,
                ),
            ),
            update(
                date(2023, 5, 2),
                "Rekord för provbohelgerna",
                "<p>Tolv familjer var med på vårens två provbohelger, det högsta antalet sedan starten. Fem av dem har redan "
                "sökt jobb i regionen, och två har fått erbjudande om bostad.</p>",
                picture=(
                    "village",
                    102,
                    "Grön by med hus i sluttningen och människor som promenerar längs vägen",
                    "Provbofamiljerna på promenad genom Ljungå",
                    "Johan Bäckström",
                ),
            ),
            update(
                date(2024, 1, 22),
                "Årsrapport 2023: 38 anmälde intresse",
                "<p>Under 2023 anmälde 38 familjer och enskilda intresse för att flytta hit. Elva hushåll har flyttat till "
                "regionen, och fyra nya företag har startats av inflyttade.</p>",
            ),
            update(
                date(2025, 1, 20),
                "Årsrapport 2024: nio nya hushåll",
                "<p>31 familjer och enskilda anmälde intresse under 2024, och nio hushåll med sammanlagt 14 barn flyttade hit. "
                "Hela årsrapporten finns under Dokument.</p>",
            ),
            update(
                date(2025, 10, 8),
                "Nu finns fadderfamiljer i alla byar",
                "<p>Fadderfamiljer har funnits i Åsviks centralort sedan 2019. Nu finns det faddrar i alla fem byarna, tack vare "
                "bygdegårdsföreningarna och byaföreningarna.</p>",
            ),
            update(
                -12,
                "Ny film om vardagen vid sjön",
                "<p>Filmen följer fyra familjer som har flyttat hit de senaste åren, från frukoststressen till "
                "fotbollsträningen. Den visas i sociala medier i höst och finns på webbplatsen för inflyttare.</p>",
            ),
            update(
                10,
                "Anmälan till provbohelgen i Ytterholmen är öppen",
                "<p>Februaris provbohelg hålls i Ytterholmen. Familjerna bor i sjöbodar, träffar arbetsgivare inom fisket och "
                "fiskodlingen och får se Lomöskolan. Sista anmälningsdag är den 15 januari.</p>",
            ),
        ],
    },
    {
        "slug": "social-lokal-utvecklingsstrategi",
        "title": "Social lokal utvecklingsstrategi (SLUS) 2024–2030",
        "summary": "En gemensam strategi med ett övergripande mål och fem prioriterade målområden, framtagen tillsammans med invånare, näringsliv, föreningar och unga i hela regionen.",
        "status": "ongoing",
        "progress": 45,
        "starts_on": date(2024, 1, 15),
        "ends_on": date(2030, 12, 31),
        "is_featured": True,
        "lead_organisation": "Fjällsjöregionens kommunförbund",
        "areas": ["fjallsjoregionen"],
        "themes": [
            "goda-boendemiljoer",
            "jobb-for-tva",
            "foretagande-och-entreprenorskap",
            "uppvaxt-fritid-och-gemenskap",
            "vagar-bredband-och-kollektivtrafik",
        ],
        "body": (
            "<p>Vad får människor att vilja bo på en plats, och att stanna kvar? Jobb och bostad betyder mycket, men "
            "erfarenheten från inflyttningsarbetet är att gemenskapen betyder minst lika mycket: att man lär känna folk, får "
            "vara med och känner att man hör hemma. Det kallar vi socialt kapital, och det är utgångspunkten för den sociala "
            "lokala utvecklingsstrategin, SLUS.</p>"
            "<p>Arbetet löper i två spår. Det ena är själva strategin: ett övergripande mål, fem prioriterade målområden och "
            "insatser med mätbara indikatorer. Det andra är sättet som strategin tas fram på. När kommunerna, näringslivet, "
            "föreningarna och invånarna träffas, lär känna varandra och förstår varandras roller växer tilliten. Då blir det "
            "lättare att få saker gjorda, också när strategin väl är antagen.</p>"
            "<h2>Övergripande mål</h2>"
            "<p><strong>Fjällsjöregionen ska vara en plats där fler väljer att bo och stanna kvar, eftersom vi åstadkommer "
            "mer tillsammans än var för sig.</strong></p>"
            "<h2>Fem prioriterade målområden</h2>"
            "<ol><li>Goda boendemiljöer</li><li>Jobb för två</li><li>Företagande och entreprenörskap</li>"
            "<li>Uppväxt, fritid och gemenskap</li><li>Vägar, bredband och kollektivtrafik</li></ol>"
            "<p>Varje målområde har två eller tre indikatorer som mäts varje år, och en handlingsplan som revideras varje "
            "höst.</p>"
            "<h2>Så tas strategin fram</h2>"
            "<p>Strategins advisory board har 17 ledamöter från kommunerna, näringslivet, lantbruket och fisket, "
            "föreningslivet, byarna, de unga och de äldre. De följer arbetet på nära håll och ser till att strategin får en "
            "bred förankring. Junior advisory board, med högstadieelever från alla tre kommunerna, ger råd i alla frågor som "
            "rör unga.</p>"
            "<p>Ortsnätverket har en representant från varje by och håller kontakten med byaföreningarna. Två gånger om året "
            "bjuder vi in alla till ett stort strategimöte. Det första, i april 2024, samlade 140 deltagare från alla delar av "
            "regionen och i alla åldrar.</p>"
            "<p>Arbetet bekostas av de tre kommunerna och Region Norrfjäll, med stöd från Leader Fjällsjöbygden.</p>"
        ),
        "how_to_get_involved": (
            "<p>Alla kan vara med:</p>"
            "<ul><li>Kom till strategimötet varje vår och höst. Det är gratis, och vi bjuder på middag.</li>"
            "<li>Kontakta representanten för din by i ortsnätverket.</li>"
            "<li>Går du på högstadiet? Prata med din mentor om junior advisory board.</li></ul>"
            '<p>Du kan också skriva direkt till processledaren på <a href="mailto:annika.sjoberg@example.org">'
            "annika.sjoberg@example.org</a>.</p>"
        ),
        "partners": [
            ("Åsviks kommun", "public"),
            ("Lövdals kommun", "public"),
            ("Lomö kommun", "public"),
            ("Region Norrfjäll", "public"),
            ("Fjällsjöregionens företagarförening", "private"),
            ("Frivilligcentralen i Åsvik", "voluntary"),
        ],
        "phases": [
            (
                "Kartläggning och dialog",
                date(2024, 1, 15),
                date(2024, 10, 31),
                "<p>Djupintervjuer med politiker och chefer, det första strategimötet och synpunkter från alla byar.</p>",
            ),
            (
                "Mål, indikatorer och insatser",
                date(2024, 11, 1),
                date(2025, 12, 31),
                "<p>Advisory board tar fram indikatorer och insatser för varje målområde.</p>",
            ),
            (
                "Genomförande och uppföljning",
                date(2026, 1, 1),
                date(2030, 12, 31),
                "<p>Insatserna genomförs, och indikatorerna mäts och redovisas varje höst.</p>",
            ),
        ],
        "contacts": [("annika", "project_leader"), ("sara", "coordinator")],
        "pictures": [
            (
                "meeting",
                21,
                "Strategimöte: människor runt ett långbord, en tavla med färgglada lappar och fönster mot sjön",
                "Det första strategimötet samlade 140 deltagare",
                "Frida Sundin",
            ),
            (
                "school",
                22,
                "Skolbyggnad i två våningar med flaggstång och elever ute på skolgården",
                "Junior advisory board träffas på skolorna",
                ILLUSTRATION,
            ),
            (
                "village",
                23,
                "By i en grön sluttning med hus, en väg och människor som promenerar",
                "Byarna ska vara goda platser att bo på",
                "Frida Sundin",
            ),
        ],
        "documents": [
            document(
                "Synpunkter från strategimötet den 18 april 2024 (sammanfattning)",
                "report",
                date(2024, 4, 19),
                "De 612 synpunkterna och idéerna från strategimötet, sorterade efter målområde.",
                pdf=(
                    "Synpunkter från strategimötet 18 april 2024",
                    [
                        "140 deltagare från alla delar av regionen, mellan 12 och 87 år gamla, lämnade sammanlagt 612 synpunkter och idéer.",
                        "De flesta handlade om bostäder, mötesplatser för unga, kollektivtrafik på kvällstid och jobb för de medflyttande partnerna till dem som flyttar hit.",
                        "Synpunkterna är sorterade efter de fem målområdena och har lämnats över till advisory board.",
                    ],
                ),
            ),
            document(
                "Övergripande mål och fem prioriterade målområden (antagna i oktober 2024)",
                "plan",
                date(2024, 10, 3),
                "Målet och målområdena i den lydelse som kommunfullmäktige antog.",
                pdf=(
                    "Övergripande mål och fem prioriterade målområden",
                    [
                        "Övergripande mål: Fjällsjöregionen ska vara en plats där fler väljer att bo och stanna kvar, eftersom vi åstadkommer mer tillsammans än var för sig.",
                        "Målområden: Goda boendemiljöer. Jobb för två. Företagande och entreprenörskap. Uppväxt, fritid och gemenskap. Vägar, bredband och kollektivtrafik.",
                        "Antagna av kommunfullmäktige i Åsvik, Lövdal och Lomö i oktober 2024.",
                    ],
                ),
            ),
            document(
                "Beslutet i kommunfullmäktige i Åsvik (ärende 2024/1187)",
                "decision",
                date(2024, 10, 3),
                "Beslutsunderlaget och protokollsutdraget i Åsviks kommuns diarium.",
                url="https://diarium.example.org/asvik/arende/2024-1187",
            ),
        ],
        "milestones": [
            milestone(
                "Antagen av kommunfullmäktige",
                "decision",
                happened=date(2024, 10, 3),
                description="Åsvik, Lövdal och Lomö antog det övergripande målet och de fem prioriterade målområdena.",
                case_number="2024/1187",
                case_url="https://diarium.example.org/asvik/arende/2024-1187",
            ),
            milestone(
                "Handlingsplanen för nästa år antas",
                "decision",
                planned=140,
                description="Vårens strategimöte prioriterar insatserna, och kommunfullmäktige antar dem.",
            ),
        ],
        "funding": [
            (
                "Åsviks, Lövdals och Lomö kommuner",
                "municipality",
                Decimal(1500000),
                "SEK",
                2024,
                2030,
            ),
            (
                "Region Norrfjäll, regionala utvecklingsmedel",
                "region",
                Decimal(900000),
                "SEK",
                2024,
                2026,
            ),
            (
                "Tillväxtverket, stöd till lokalt utvecklingsarbete",
                "state",
                Decimal(600000),
                "SEK",
                2025,
                2026,
            ),
            ("Interreg, projektet ”Levande fjällbygder”", "eu", Decimal(85000), "EUR", 2025, 2027),
            ("Sparbanksstiftelsen Fjällsjö", "foundation", Decimal(150000), "SEK", 2025, 2025),
        ],
        "updates": [
            update(
                date(2024, 2, 20),
                "Lägesrapport för SLUS: advisory board har haft sitt första möte",
                "<p>17 ledamöter från näringslivet, föreningslivet, byarna, de unga, de äldre och de tre kommunerna träffades "
                "i Ljungå bygdegård. Alla ställde sig bakom syftet: ett långsiktigt och systematiskt arbete för att göra "
                "regionen till en bättre plats att bo på.</p>"
                "<p>Advisory board träffas var sjätte vecka tills strategin är antagen.</p>",
                "ongoing",
                5,
            ),
            update(
                date(2024, 4, 19),
                "Lägesrapport för SLUS: 140 deltagare på det första strategimötet",
                "<p>Från tolvåringar till pensionärer: 140 personer från hela regionen var med på strategimötet i Åsviks "
                "kulturhus i går. Efter en föreläsning om tillit och samverkan arbetade deltagarna i grupper, och resultatet "
                "blev 612 synpunkter och idéer.</p><p>En sammanfattning finns under Dokument.</p>",
                progress=15,
                picture=(
                    "meeting",
                    201,
                    "Många människor runt ett långbord i ett mötesrum, med en tavla och fönster mot sjön",
                    "Grupparbete på strategimötet",
                    "Frida Sundin",
                ),
            ),
            update(
                date(2024, 10, 3),
                "Det övergripande målet och de fem målområdena är antagna",
                "<p>Nu har kommunfullmäktige i Åsvik, Lövdal och Lomö antagit det övergripande målet och de fem prioriterade "
                "målområdena. Nästa steg är att ta fram indikatorer och insatser för varje målområde.</p>",
                progress=25,
            ),
            update(
                date(2025, 3, 12),
                "Junior advisory board har lämnat sina råd",
                "<p>Eleverna har arbetat med målområdena i ett halvår. Deras tre viktigaste råd är:</p>"
                "<ul><li>kvällsbuss mellan byarna, minst två dagar i veckan</li>"
                "<li>en mötesplats där man kan vara utan att behöva köpa något</li>"
                "<li>fler sommarjobb för unga på lokala företag</li></ul>",
                progress=30,
                picture=(
                    "school",
                    202,
                    "Skolbyggnad med flaggstång och elever på skolgården",
                    "Junior advisory board presenterade sina råd på Lövdalsskolan",
                    ILLUSTRATION,
                ),
            ),
            update(
                date(2025, 9, 25),
                "Lägesrapport för SLUS: indikatorerna är klara",
                "<p>Varje målområde har nu två eller tre indikatorer. De första mätningarna redovisas på höstens "
                "strategimöte.</p>",
                progress=40,
            ),
            update(
                date(2026, 4, 23),
                "Handlingsplanen för 2026 är klar",
                "<p>Vårens strategimöte prioriterade tolv insatser för 2026, bland annat kvällsbuss mellan byarna och fler "
                "hyresbostäder i Sörliden och Ljungå.</p>",
                progress=45,
            ),
            update(
                -3,
                "Höstens strategimöte: första mätningen av indikatorerna",
                "<p>På höstens strategimöte redovisade processledaren de första mätningarna. Fler hushåll har fått fiber, "
                "medan antalet lediga hyresbostäder fortfarande är för lågt i alla tre kommunerna.</p>",
            ),
            update(
                -1,
                "Sammanfattning av höstens strategimöte",
                "<p>Utkast: ordföranden i advisory board ska läsa igenom texten innan den publiceras.</p>",
                draft=True,
            ),
        ],
    },
    {
        "slug": "utvecklingsplan-sorliden",
        "title": "Lokal utvecklingsplan för Sörliden",
        "summary": "Byborna i Sörliden har tagit fram en plan för fler hyresbostäder, en säker skolväg och en ny mötesplats vid skolan.",
        "status": "ongoing",
        "progress": 55,
        "progress_from": "weighted",
        "starts_on": date(2023, 1, 10),
        "ends_on": date(2027, 12, 31),
        "lead_organisation": "Sörlidens byaförening",
        "areas": ["sorliden"],
        "themes": ["goda-boendemiljoer", "uppvaxt-fritid-och-gemenskap"],
        "body": (
            "<p>Utvecklingsplanen för Sörliden har tagits fram av byborna själva, med stöd från kommunen. Under vintern "
            "2022–2023 höll byaföreningen tre öppna bymöten, och 212 invånare svarade på en enkät om vad som är bra med byn "
            "och vad som saknas.</p>"
            "<p>Svaren var tydliga: folk trivs, men det är nästan omöjligt att hyra en bostad, skolvägen längs länsvägen är "
            "otrygg och barn och unga saknar ett ställe att vara på efter skolan.</p>"
            "<h2>De viktigaste insatserna</h2>"
            "<ol><li>Sex nya hyreslägenheter vid skolan, byggda av ett lokalt företag</li>"
            "<li>Ny lekplats och aktivitetsyta vid Sörlidens skola</li>"
            "<li>Gång- och cykelväg längs länsvägen från affären till skolan</li>"
            "<li>En årlig bydag där nyinflyttade hälsas välkomna</li></ol>"
            "<h2>Så samarbetar vi</h2>"
            "<p>Planen bygger på principen hjälp till självhjälp. Byaföreningen och de frivilliga gör det de kan själva, och "
            "kommunen bidrar med kunskap, ansökningar och pengar där det behövs. Arbetsgruppen träffas en gång i månaden och "
            "rapporterar till byaföreningens årsmöte.</p>"
        ),
        "how_to_get_involved": (
            "<p>Arbetskväll på aktivitetsytan varje tisdag i maj från klockan 18. Ta med arbetshandskar – byaföreningen "
            "bjuder på kaffe och våfflor.</p><p>Vill du vara med i arbetsgruppen? Kontakta Elin Strömberg på kommunen.</p>"
        ),
        "partners": [
            ("Åsviks kommun", "public"),
            ("Sörlidens byaförening", "voluntary"),
            ("Sörlidens IF", "voluntary"),
            ("Sörlidens Bygg AB", "private"),
        ],
        "phases": [],
        "contacts": [("elin", "contact")],
        "pictures": [
            (
                "village",
                31,
                "Sörliden: hus utspridda i en grön sluttning, en väg genom byn och människor som promenerar",
                "Sörliden en sommardag",
                "Sörlidens byaförening",
            ),
            (
                "building_site",
                32,
                "Byggarbetsplats med en grävmaskin och stommen till ett nytt hus",
                "Markarbeten för de nya hyreslägenheterna",
                "Daniel Engström",
            ),
            (
                "school",
                33,
                "Skola med flaggstång och barn som leker på skolgården",
                "Den nya lekplatsen vid Sörlidens skola",
                "Sörlidens byaförening",
            ),
        ],
        "documents": [
            document(
                "Lokal utvecklingsplan för Sörliden 2023–2027",
                "plan",
                date(2023, 2, 28),
                "Planen som byaföreningens årsmöte antog den, med alla fyra insatserna.",
                pdf=(
                    "Lokal utvecklingsplan för Sörliden 2023–2027",
                    [
                        "Planen har tagits fram av Sörlidens byaförening efter tre öppna bymöten och en enkät med 212 svar.",
                        "Insatser: sex hyreslägenheter vid skolan, ny lekplats och aktivitetsyta, gång- och cykelväg längs länsvägen och en årlig bydag.",
                        "Antagen på byaföreningens årsmöte den 28 februari 2023 och behandlad av kommunfullmäktige i Åsvik i november 2023.",
                    ],
                ),
            )
        ],
        "milestones": [
            milestone("Antagen på byaföreningens årsmöte", "decision", happened=date(2023, 2, 28)),
            milestone(
                "Behandlad i kommunfullmäktige i Åsvik",
                "decision",
                happened=date(2023, 11, 13),
                description="Kommunfullmäktige ställde sig bakom planen och avsatte pengar till gång- och cykelvägen.",
                case_number="2023/2210",
                case_url="https://diarium.example.org/asvik/arende/2023-2210",
            ),
        ],
        "updates": [
            update(
                date(2023, 3, 1),
                "Planen är antagen på årsmötet",
                "<p>Ett enigt årsmöte i byaföreningen antog utvecklingsplanen i går kväll. Över 90 personer kom.</p>",
                "ongoing",
                15,
            ),
            update(
                date(2023, 11, 14),
                "Kommunfullmäktige ställer sig bakom planen",
                "<p>Kommunfullmäktige i Åsvik har behandlat planen och avsatt 1,2 miljoner kronor till gång- och cykelvägen "
                "längs länsvägen. Trafikverket står för resten.</p>",
                progress=25,
            ),
            update(
                date(2024, 6, 14),
                "Lekplatsen vid skolan är invigd",
                "<p>Över hundra barn och vuxna kom till invigningen. De frivilliga har lagt ner mer än 600 timmar.</p>",
                progress=40,
                picture=(
                    "school",
                    301,
                    "Skolbyggnad med en flagga i flaggstången och barn som leker på skolgården",
                    "Invigningsdagen på den nya lekplatsen",
                    "Jenny Åkerlund",
                ),
            ),
            update(
                date(2025, 5, 6),
                "Gång- och cykelvägen längs länsvägen är klar",
                "<p>Nu kan eleverna gå och cykla tryggt hela vägen från affären till skolan.</p>",
                progress=50,
            ),
            update(
                -40,
                "Byggstart för hyreslägenheterna",
                "<p>Sörlidens Bygg AB började med markarbetena den här veckan. Lägenheterna ska vara klara till skolstarten "
                "nästa år, och det kommunala bostadsbolaget Åsviksbostäder tar emot intresseanmälningar från årsskiftet.</p>",
                progress=55,
                picture=(
                    "building_site",
                    302,
                    "Grävmaskin och stommen till ett nytt hus på en tomt",
                    "Markarbetena är i gång",
                    "Daniel Engström",
                ),
            ),
        ],
    },
    {
        "slug": "utvecklingsplan-ljunga",
        "title": "Lokal utvecklingsplan för Ljungå",
        "summary": "Ljungå tar fram en plan för centrum runt bygdegården, med mötesplatser, säkra vägar och plats för nya företag.",
        "status": "ongoing",
        "progress": 30,
        "starts_on": date(2026, 1, 15),
        "ends_on": date(2026, 12, 31),
        "lead_organisation": "Ljungå byalag",
        "areas": ["ljunga"],
        "themes": [
            "goda-boendemiljoer",
            "uppvaxt-fritid-och-gemenskap",
            "foretagande-och-entreprenorskap",
        ],
        "body": (
            "<p>Ljungå är centralorten i Lövdal, men centrum har vuxit fram utan någon plan. Affären, bygdegården, förskolan "
            "och macken ligger utspridda längs riksvägen, och det finns ingen naturlig plats att stanna och träffas på.</p>"
            "<p>Byalaget tog därför initiativ till en ortsutvecklingsplan. Planen ska visa hur centrum kan bli en tryggare och "
            "trivsammare plats, var nya bostäder och företag kan ligga och vad som bör hända med bygdegården, som behöver nytt "
            "tak och ett större kök. Bygdegårdsföreningen är med i arbetet.</p>"
            "<h2>Så tar vi fram planen</h2>"
            "<ul><li>En ortsanalys som görs av arkitektstudenter</li>"
            "<li>Två öppna bymöten i bygdegården</li>"
            "<li>En ritdag där barnen på förskolan och i skolan ritar sitt drömcentrum</li>"
            "<li>Ett förslag som skickas ut på remiss före jul</li></ul>"
            "<p>Planen ska vara klar före utgången av 2026 och läggs sedan fram för kommunfullmäktige i Lövdal.</p>"
        ),
        "how_to_get_involved": (
            "<p>Kom till bymötet i bygdegården, eller skicka dina synpunkter till byalaget. Vi läser allt som kommer in och "
            "berättar vad vi har gjort med det.</p>"
        ),
        "partners": [
            ("Lövdals kommun", "public"),
            ("Ljungå byalag", "voluntary"),
            ("Ljungå Lanthandel AB", "private"),
        ],
        "phases": [],
        "contacts": [("birgitta", "project_leader"), ("sara", "contact")],
        "pictures": [
            (
                "village",
                41,
                "Ljungå: hus i en grön sluttning, en väg genom byn och människor som promenerar längs vägen",
                "Centrum i Ljungå",
                "Ulla Jonsson",
            ),
            (
                "meeting",
                42,
                "Bymöte med människor runt ett bord, en tavla med lappar och fönster mot sjön",
                "Det första bymötet om planen",
                ILLUSTRATION,
            ),
        ],
        "documents": [
            document(
                "Remissförslag: lokal utvecklingsplan för Ljungå",
                "consultation",
                -10,
                "Förslaget som byalaget har skickat ut på remiss, med de tre skisserna till ett nytt centrum.",
                pdf=(
                    "Remissförslag: lokal utvecklingsplan för Ljungå",
                    [
                        "Förslaget bygger på ortsanalysen, två öppna bymöten och teckningarna från förskolan och skolan.",
                        "Tre skisser till ett nytt centrum: en mötesplats vid bygdegården, säkrare passage över riksvägen och tomter för nya bostäder och företag.",
                        "Lämna dina synpunkter till Ljungå byalag eller Lövdals kommun senast sista svarsdag.",
                    ],
                ),
            )
        ],
        "milestones": [
            milestone(
                "Förslaget är ute på remiss",
                "consultation",
                happened=-10,
                until=25,
                description="Alla kan lämna synpunkter på förslaget till byalaget eller kommunen.",
                case_number="2026/1432",
                case_url="https://diarium.example.org/lovdal/arende/2026-1432",
            ),
            milestone(
                "Kommunfullmäktige i Lövdal behandlar planen",
                "decision",
                planned=75,
            ),
        ],
        "updates": [
            update(
                date(2025, 11, 5),
                "Byalaget vill ha en ortsutvecklingsplan",
                "<p>Årsmötet i Ljungå byalag beslutade att be kommunen om hjälp med en plan för centrum.</p>",
                "idea",
            ),
            update(
                date(2026, 1, 20),
                "Planarbetet är finansierat",
                "<p>Lövdals kommun och Leader Fjällsjöbygden betalar ortsanalysen och processledningen. Byalaget bidrar med "
                "ideellt arbete.</p>",
                "planned",
                5,
            ),
            update(
                date(2026, 3, 10),
                "Över 90 personer på det första bymötet",
                "<p>Bygdegården var fullsatt. De flesta synpunkterna handlade om trafiken på riksvägen och om att det inte finns "
                "någonstans att sitta i centrum.</p>",
                "ongoing",
                15,
                picture=(
                    "meeting",
                    401,
                    "Människor samlade runt ett långbord, med en tavla och fönster mot sjön",
                    "Bymötet i bygdegården",
                    "Ulla Jonsson",
                ),
            ),
            update(
                date(2026, 6, 2),
                "Lägesrapport för planen i Ljungå: ortsanalysen är klar",
                "<p>Studenterna har kartlagt hur folk använder centrum. Analysen visar att de flesta kör rakt igenom utan att "
                "stanna.</p>",
                progress=25,
            ),
            update(
                -25,
                "Barnen har ritat sitt drömcentrum",
                "<p>58 teckningar från förskolan och skolan sitter nu uppe i bygdegården. Badplats, skatepark och ett kafé med "
                "glass återkommer på många av dem.</p>",
                progress=30,
            ),
        ],
    },
    {
        "slug": "utvecklingsplan-ytterholmen",
        "title": "Lokal utvecklingsplan för Ytterholmen",
        "summary": "Alla tio insatserna i utvecklingsplanen för Ytterholmen är genomförda: hamnen är upprustad, museet har fått nytt tak och gästbåtarna en flytbrygga.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2019, 4, 1),
        "ends_on": date(2025, 6, 30),
        "lead_organisation": "Ytterholmens båtklubb",
        "areas": ["ytterholmen"],
        "themes": ["goda-boendemiljoer", "foretagande-och-entreprenorskap"],
        "body": (
            "<p>Ytterholmen var det första fiskeläget i regionen som tog fram en egen utvecklingsplan. Båtklubben, "
            "fiskemuseet och byaföreningen gick ihop 2019 och frågade alla som bor i byn vad de ville ha mer av. Svaret blev "
            "en hamn som går att använda året runt, en mötesplats för bofasta och sommargäster och fler som bor kvar när "
            "hösten kommer.</p>"
            "<h2>Det här har vi åstadkommit</h2>"
            "<ul><li>Hamnen är muddrad och utbyggd, så att fiskebåtarna kan ligga här året runt.</li>"
            "<li>Fiskemuseet har fått nytt tak och har öppet fyra dagar i veckan på sommaren.</li>"
            "<li>En ny flytbrygga tar emot gästbåtar, och hamnavgifterna går till båtklubben.</li>"
            "<li>Två sjöbodar har rustats upp och hyrs ut för övernattning.</li></ul>"
            "<h2>Det här har vi lärt oss</h2>"
            "<p>Det tog längre tid än väntat att få tillstånd för vattenverksamhet till muddringen, och utan alla frivilliga "
            "hade planen inte gått att genomföra. Nu har vi samlat erfarenheterna, så att Sörliden och Ljungå kan dra nytta "
            "av dem.</p>"
        ),
        "how_to_get_involved": (
            "<p>Båtklubben tar gärna emot nya medlemmar, och fiskemuseet behöver värdar under sommarsäsongen.</p>"
        ),
        "partners": [
            ("Lomö kommun", "public"),
            ("Ytterholmens båtklubb", "voluntary"),
            ("Fiskemuseet i Ytterholmen", "voluntary"),
            ("Ytterholmens Fisk AB", "private"),
        ],
        "phases": [],
        "contacts": [("jonas", "project_leader")],
        "pictures": [
            (
                "quay",
                51,
                "Kaj med ett stort gult packhus och röda sjöbodar vid sjön, med fjäll i bakgrunden",
                "Hamnen i Ytterholmen",
                "Bertil Nyström",
            ),
            (
                "fjord",
                52,
                "Sjö mellan höga fjäll, med hus längs stranden och en vit båt",
                "Inloppet till Ytterholmen",
                "Lisa Nordqvist",
            ),
        ],
        "updates": [
            update(
                date(2021, 5, 20),
                "Hamnen är muddrad",
                "<p>Efter två år av ansökningar och ett år av arbete kan fiskebåtarna nu ligga i hamnen året runt.</p>",
                "ongoing",
                40,
                picture=(
                    "quay",
                    501,
                    "Kaj med gult packhus och röda sjöbodar vid sjön",
                    "Hamnen efter muddringen",
                    "Bertil Nyström",
                ),
            ),
            update(
                date(2022, 8, 12),
                "Fiskemuseet har fått nytt tak",
                "<p>Arbetshelgerna samlade 40 frivilliga under tre helger. Nu är museet tätt och kan hålla öppet hela "
                "sommaren.</p>",
                progress=60,
            ),
            update(
                date(2023, 8, 30),
                "Ny flytbrygga för gästbåtar",
                "<p>Bryggan har plats för tolv båtar och var fullbelagd flera helger i juli.</p>",
                progress=80,
            ),
            update(
                date(2025, 6, 30),
                "Alla insatser i planen är genomförda",
                "<p>Med de två upprustade sjöbodarna är den sista insatsen i planen på plats. Tack till alla som har varit "
                "med!</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "packhuset-bodviken",
        "title": "Packhuset på kajen i Bodviken som mötesplats",
        "summary": "En idé om att göra om det gamla packhuset till kafé, scen och kontorsplatser för hela bygden runt sjön.",
        "status": "idea",
        "progress": None,
        "starts_on": None,
        "lead_organisation": "Bodvikens intresseförening",
        "areas": ["bodviken"],
        "themes": ["uppvaxt-fritid-och-gemenskap", "foretagande-och-entreprenorskap"],
        "body": (
            "<p>Packhuset på kajen i Bodviken har stått tomt sedan lanthandeln lade ner. Intresseföreningen vill ta reda på om "
            "det kan bli en mötesplats för hela bygden runt sjön: kafé på sommaren, scen för konserter och kontorsplatser för "
            "dem som jobbar på distans.</p><p>Innan något kan hända måste husets skick och ägarförhållandena utredas.</p>"
        ),
        "how_to_get_involved": "<p>Har du idéer om vad packhuset kan användas till, eller vill du vara med och utreda? Hör av dig.</p>",
        "partners": [("Bodvikens intresseförening", "voluntary"), ("Åsviks kommun", "public")],
        "phases": [],
        "contacts": [("elin", "contact")],
        "pictures": [
            (
                "quay",
                61,
                "Kaj med ett stort gult packhus och röda sjöbodar vid sjön",
                "Packhuset på kajen",
                "Agneta Söderlund",
            )
        ],
        "updates": [
            update(
                -60,
                "Idén presenterades på föreningsmötet",
                "<p>Över femtio personer kom, och många anmälde sig till en arbetsgrupp.</p>",
            )
        ],
    },
    {
        "slug": "fiber-hogvalen",
        "title": "Fiber till Högvålen",
        "summary": "Utbyggnad av fiber till alla gårdar och fritidshus i Högvålen. Arbetet är pausat medan kommunen söker mer statligt bredbandsstöd.",
        "status": "paused",
        "progress": 30,
        "starts_on": date(2023, 9, 1),
        "lead_organisation": "Lövdals kommun",
        "areas": ["hogvalen"],
        "themes": ["vagar-bredband-och-kollektivtrafik", "jobb-for-tva"],
        "body": (
            "<p>I Högvålen har de flesta gårdarna bara mobilnät, och det räcker inte för en lantbrukare som ska skicka in "
            "ansökningar och rapporter till Jordbruksverket, eller för en stugägare som vill jobba en vecka på fjället.</p>"
            "<p>Den första sträckan från Ljungå till Vålbodarna är klar. Resten blev dyrare än beräknat, och utbyggnaden är "
            "pausad tills en ny ansökan om bredbandsstöd har behandlats.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [
            ("Lövdals kommun", "public"),
            ("Fjällnät AB", "private"),
            ("Högvålens stugägareförening", "voluntary"),
        ],
        "phases": [],
        "contacts": [("henrik", "contact")],
        "pictures": [
            (
                "farms",
                71,
                "Gårdar med vita boningshus och röda ladugårdar utspridda i en grön sluttning under höga fjäll",
                "Gårdarna i Högvålen",
                "Nils Bergkvist",
            )
        ],
        "updates": [
            update(
                date(2023, 9, 1),
                "Grävningen har börjat",
                "<p>Den första sträckan går från Ljungå till Vålbodarna.</p>",
                "ongoing",
                10,
            ),
            update(
                date(2024, 3, 15),
                "Den första sträckan är klar",
                "<p>Tolv gårdar och 40 fritidshus kan nu beställa fiber.</p>",
                progress=30,
            ),
            update(
                date(2024, 10, 15),
                "Utbyggnaden pausas",
                "<p>Kostnaden för resten av sträckan blev nästan dubbelt så hög som beräknat, främst för att det visade sig "
                "vara berg i marken.</p>",
                "paused",
            ),
            update(
                date(2026, 2, 10),
                "Lägesrapport för fiberutbyggnaden: ny ansökan om bredbandsstöd är inskickad",
                "<p>Besked från Post- och telestyrelsen väntas före sommaren. Om ansökan beviljas fortsätter arbetet nästa "
                "vår.</p>",
            ),
        ],
    },
    {
        "slug": "gemensam-fritidsgard",
        "title": "Gemensam fritidsgård för tre kommuner",
        "summary": "Planerna på en gemensam fritidsgård ställdes in. De unga ville hellre ha fritidsgårdskvällar i sin egen by.",
        "status": "cancelled",
        "progress": None,
        "starts_on": date(2021, 8, 1),
        "ends_on": date(2022, 4, 1),
        "lead_organisation": "Ungdomsrådet i Fjällsjöregionen",
        "areas": ["asvik", "lovdal", "lomo"],
        "themes": ["uppvaxt-fritid-och-gemenskap"],
        "body": (
            "<p>Idén var en stor fritidsgård i Åsvik för alla tre kommunerna. När ungdomsrådet frågade de unga själva ville "
            "de flesta hellre ha fritidsgårdskvällar i sin egen by än en lång bussresa åt varje håll.</p>"
            "<p>Projektet ställdes därför in. Pengarna gick i stället till utrustning för fritidsgårdarna i varje kommun.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [],
        "phases": [],
        "contacts": [("sara", "contact")],
        "pictures": [],
        "updates": [
            update(
                date(2021, 10, 5),
                "Ungdomsrådet utreder en gemensam fritidsgård",
                "<p>Ungdomsrådet ska fråga alla högstadieelever vad de tycker.</p>",
                "planned",
            ),
            update(
                date(2022, 4, 1),
                "Projektet är inställt",
                "<p>Sju av tio unga ville hellre ha fritidsgårdskvällar i sin egen by. Ungdomsrådet föreslog att projektet "
                "skulle ställas in, och beslutet var enhälligt.</p>",
                "cancelled",
            ),
        ],
    },
    {
        "slug": "vandringsleder-asvik",
        "title": "Vandringsleder från Åsviks centrum till Bodviken",
        "summary": "Tolv kilometer nya, markerade vandringsleder från centrum till Bodviken, med bro över ån och bänkar vid utsiktsplatserna.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2021, 4, 1),
        "ends_on": date(2023, 9, 30),
        "lead_organisation": "Åsviks friluftsförening",
        "areas": ["asvik", "bodviken"],
        "themes": ["uppvaxt-fritid-och-gemenskap"],
        "body": (
            "<p>Lederna är röjda, markerade och skyltade, och de finns i friluftsföreningens vandringsapp. De är gjorda så att "
            "både barn och äldre kan gå dem, med bänkar vid utsiktsplatserna och en ny bro över Bodån.</p>"
            "<p>Över tusen personer har registrerat sin vandring i appen sedan invigningen.</p>"
        ),
        "how_to_get_involved": "<p>Bli ledfadder och hjälp till med röjningen varje vår. Friluftsföreningen lär dig det du behöver kunna.</p>",
        "partners": [
            ("Åsviks friluftsförening", "voluntary"),
            ("Åsviks kommun", "public"),
            ("Fjällsjö Sparbank", "private"),
        ],
        "phases": [],
        "contacts": [("elin", "contact")],
        "pictures": [
            (
                "trail",
                81,
                "Stig som slingrar sig genom en grön äng mot höga fjäll, med tallar och vandrare med ryggsäckar",
                "Leden mot Bodviken",
                "Åsviks friluftsförening",
            ),
            (
                "trail",
                82,
                "Vandrare med ryggsäckar på en stig genom ängen, med fjäll i bakgrunden",
                "Invigningsvandringen",
                "Åsviks friluftsförening",
            ),
        ],
        "updates": [
            update(
                date(2021, 6, 1),
                "Den första etappen är klar",
                "<p>Fyra kilometer från centrum till Storstenen är röjda och markerade.</p>",
                "ongoing",
                30,
            ),
            update(
                date(2022, 6, 10),
                "Bron över Bodån är på plats",
                "<p>Bron bars på plats av 25 frivilliga.</p>",
                progress=60,
            ),
            update(
                date(2023, 9, 30),
                "Alla leder är invigda",
                "<p>Invigningsvandringen samlade 200 vandrare i alla åldrar.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "kontorshotellet-loftet",
        "title": "Kontorshotellet Loftet i Åsvik",
        "summary": "Fjorton kontorsplatser mitt i Åsviks centrum för dig som jobbar på distans eller har en arbetsgivare långt bort.",
        "status": "ongoing",
        "progress": 70,
        "starts_on": date(2024, 6, 1),
        "lead_organisation": "Fjällsjöregionens företagarförening",
        "areas": ["asvik"],
        "themes": ["jobb-for-tva", "foretagande-och-entreprenorskap"],
        "body": (
            "<p>Många som flyttar hit har en partner som vill ta med sig jobbet. På Loftet får de en arbetsplats med kollegor, "
            "snabbt bredband och mötesrum i stället för köksbordet.</p>"
            "<p>Kontorshotellet ligger på andra våningen i det gamla bankhuset. Företagarföreningen hyr lokalerna, och den som "
            "använder dem betalar en månadshyra efter hur mycket hen är där.</p>"
        ),
        "how_to_get_involved": "<p>Titta in på öppet hus första fredagen i månaden, eller ställ dig i kön.</p>",
        "partners": [
            ("Fjällsjöregionens företagarförening", "private"),
            ("Åsviks kommun", "public"),
            ("Fjällsjö Sparbank", "private"),
        ],
        "phases": [],
        "contacts": [("henrik", "project_leader")],
        "pictures": [
            (
                "meeting",
                91,
                "Människor som sitter vid ett långt bord i ett ljust rum, med en tavla full av lappar och fönster mot sjön",
                "Gemensam lunch på Loftet",
                "Frida Sundin",
            )
        ],
        "updates": [
            update(
                date(2024, 8, 15),
                "Hyresavtalet är påskrivet",
                "<p>Företagarföreningen hyr andra våningen i det gamla bankhuset i fem år.</p>",
                "ongoing",
                20,
            ),
            update(
                date(2025, 2, 3),
                "Loftet har öppnat med fjorton kontorsplatser",
                "<p>Nio platser hyrdes ut redan första veckan.</p>",
                progress=60,
            ),
            update(
                -7,
                "Fullt på Loftet – kön är öppen",
                "<p>Alla fjorton platser är uthyrda. Företagarföreningen undersöker om fler rum i huset kan tas i bruk.</p>",
                progress=70,
            ),
        ],
    },
    {
        "slug": "kvallsbuss",
        "title": "Kvällsbuss mellan byarna",
        "summary": "Ett försök med kvällsbuss mellan byarna två dagar i veckan, efter ett råd från junior advisory board.",
        "status": "planned",
        "progress": None,
        "starts_on": date(2027, 1, 4),
        "ends_on": date(2027, 12, 17),
        "lead_organisation": "Region Norrfjäll",
        "areas": ["asvik", "lovdal", "lomo"],
        "themes": ["vagar-bredband-och-kollektivtrafik", "uppvaxt-fritid-och-gemenskap"],
        "body": (
            "<p>I dag går sista bussen från Åsvik till Ljungå klockan 17.10. För unga som vill till träningen, bion eller "
            "fritidsgården i en annan by betyder det att någon måste skjutsa.</p>"
            "<p>Från januari 2027 provar regionen med kvällsbuss på tisdagar och torsdagar, med sista avgång från Åsvik "
            "klockan 22.00. Linjen går via Sörliden och Ljungå och har anslutning till färjan till Lomö.</p>"
        ),
        "how_to_get_involved": "<p>Åk med! Försöket fortsätter bara om tillräckligt många reser med bussen.</p>",
        "partners": [
            ("Region Norrfjäll", "public"),
            ("Åsviks kommun", "public"),
            ("Lövdals kommun", "public"),
        ],
        "phases": [],
        "contacts": [("annika", "contact")],
        "pictures": [
            (
                "road",
                111,
                "Buss på en väg längs sjön, med en busshållplats och fjäll i bakgrunden",
                "Bussen längs sjön",
                ILLUSTRATION,
            )
        ],
        "milestones": [
            milestone(
                "Regionfullmäktige avsatte pengar till försöksåret",
                "decision",
                happened=date(2026, 9, 17),
                case_number="2026/880",
                case_url="https://moten.example.org/region-norrfjall/regionfullmaktige/2026-09-17/arende-88",
            ),
            milestone(
                "Första turen med kvällsbussen",
                "opening",
                planned=date(2027, 1, 5),
                description="Sista avgång från Åsvik klockan 22.00, tisdagar och torsdagar.",
            ),
        ],
        "updates": [
            update(
                date(2025, 6, 10),
                "De unga vill ha kvällsbuss",
                "<p>Kvällsbuss var det viktigaste rådet från junior advisory board. Frågan har skickats vidare till "
                "regionen.</p>",
                "idea",
            ),
            update(
                date(2026, 9, 18),
                "Regionen bekostar ett försök från januari",
                "<p>Region Norrfjäll har avsatt pengar till ett försöksår med kvällsbuss två dagar i veckan.</p>",
                "planned",
            ),
        ],
    },
    {
        "slug": "sommarskola-i-sjoboden",
        "title": "Sommarskola i sjöboden",
        "summary": "En sommarvecka med båtbygge, fiske och sjöliv för barn i Ytterholmen.",
        "status": "idea",
        "progress": None,
        "starts_on": None,
        "lead_organisation": "Fiskemuseet i Ytterholmen",
        "areas": ["ytterholmen"],
        "themes": ["uppvaxt-fritid-och-gemenskap"],
        "is_published": False,
        "body": (
            "<p>Fiskemuseet vill pröva en sommarskolevecka för barn mellan 9 och 13 år. Idén håller på att arbetas fram och "
            "är inte publicerad än.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [("Fiskemuseet i Ytterholmen", "voluntary")],
        "phases": [],
        "contacts": [("jonas", "contact")],
        "pictures": [],
        "updates": [],
    },
    # The four insatser of the local development plan for Sörliden, each a project of its
    # own; the plan's progress is their mean weighted by how much work each is.
    {
        "slug": "sorliden-hyreslagenheter",
        "title": "Sex hyreslägenheter vid Sörlidens skola",
        "summary": "Sörlidens Bygg AB bygger sex hyreslägenheter vid skolan, och unga och familjer som flyttar hit får förtur när de hyrs ut.",
        "status": "ongoing",
        "progress": 20,
        "starts_on": date(2025, 9, 1),
        "ends_on": date(2027, 8, 1),
        "parent": "utvecklingsplan-sorliden",
        "weight": 5,
        "lead_organisation": "Åsviks kommun",
        "areas": ["sorliden"],
        "themes": ["goda-boendemiljoer"],
        "body": (
            "<p>Det är nästan omöjligt att hyra en bostad i Sörliden, och det var den största bristen som kom fram i "
            "enkäten. Kommunen har köpt tomten vid skolan, och Sörlidens Bygg AB bygger sex lägenheter med två och tre "
            "sovrum.</p>"
            "<p>Det kommunala bostadsbolaget Åsviksbostäder hyr ut lägenheterna. Unga under 35 år och familjer som flyttar "
            "hit får förtur i kön.</p>"
        ),
        "how_to_get_involved": "<p>Intresseanmälningar tas emot från årsskiftet. Kontakta Elin Strömberg på kommunen.</p>",
        "partners": [("Åsviks kommun", "public"), ("Sörlidens Bygg AB", "private")],
        "phases": [],
        "contacts": [("elin", "contact")],
        "pictures": [],
        "milestones": [
            milestone("Inflyttning i de första lägenheterna", "opening", planned=240),
        ],
        "updates": [
            update(
                date(2025, 9, 1),
                "Detaljplanen för tomten vid skolan har vunnit laga kraft",
                "<p>Detaljplanen gäller nu, och kommunen har köpt tomten.</p>",
                "planned",
                5,
            ),
            update(
                -38,
                "Grävmaskinerna är i gång",
                "<p>Markarbetena går enligt planen. De första lägenheterna ska vara klara till skolstarten.</p>",
                "ongoing",
                20,
            ),
        ],
    },
    {
        "slug": "sorliden-lekplats",
        "title": "Lekplats och aktivitetsyta vid skolan",
        "summary": "En ny lekplats med klätterställning, bollplan och vindskydd vid Sörlidens skola, byggd av frivilliga.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2023, 8, 1),
        "ends_on": date(2024, 6, 14),
        "parent": "utvecklingsplan-sorliden",
        "weight": 2,
        "lead_organisation": "Sörlidens byaförening",
        "areas": ["sorliden"],
        "themes": ["uppvaxt-fritid-och-gemenskap"],
        "body": (
            "<p>Lekplatsen är öppen för alla, även efter skoltid och på loven. De frivilliga lade ner mer än 600 timmar, "
            "och kommunen betalade utrustningen.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [("Sörlidens byaförening", "voluntary"), ("Åsviks kommun", "public")],
        "phases": [],
        "contacts": [("elin", "contact")],
        "pictures": [],
        "updates": [
            update(
                date(2024, 6, 14),
                "Lekplatsen är klar",
                "<p>Klätterställningen, bollplanen och vindskyddet är på plats, och lekplatsen har lämnats över till "
                "skolan.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "sorliden-gang-och-cykelvag",
        "title": "Gång- och cykelväg längs länsvägen från affären till skolan",
        "summary": "En kilometer ny gång- och cykelväg med belysning gör skolvägen trygg året runt.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2024, 4, 2),
        "ends_on": date(2025, 5, 6),
        "parent": "utvecklingsplan-sorliden",
        "weight": 2,
        "lead_organisation": "Trafikverket",
        "areas": ["sorliden"],
        "themes": ["vagar-bredband-och-kollektivtrafik"],
        "body": (
            "<p>Tidigare gick eleverna i vägkanten längs länsvägen, där hastighetsgränsen är 60. Nu har de en belyst gång- "
            "och cykelväg hela vägen från affären till skolan.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [("Trafikverket", "public"), ("Åsviks kommun", "public")],
        "phases": [],
        "contacts": [("elin", "contact")],
        "pictures": [],
        "funding": [
            ("Åsviks kommun", "municipality", Decimal(1200000), "SEK", 2024, 2025),
            (
                "Region Norrfjäll, länsplanen för transportinfrastruktur",
                "region",
                Decimal(1800000),
                "SEK",
                2024,
                2025,
            ),
        ],
        "updates": [
            update(
                date(2025, 5, 6),
                "Gång- och cykelvägen är öppnad",
                "<p>Gång- och cykelvägen och belysningen är klara, tre veckor före tidsplanen.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "sorliden-bydag",
        "title": "Årlig bydag för nya och gamla invånare",
        "summary": "En dag varje augusti då nyinflyttade hälsas välkomna och föreningarna i byn visar upp sig.",
        "status": "ongoing",
        "progress": 50,
        "starts_on": date(2024, 8, 1),
        "parent": "utvecklingsplan-sorliden",
        "weight": 1,
        "lead_organisation": "Sörlidens byaförening",
        "areas": ["sorliden"],
        "themes": ["uppvaxt-fritid-och-gemenskap", "ett-gott-mottagande"],
        "body": (
            "<p>Bydagen är en dag med mat, lekar och föreningarnas bord. Alla som har flyttat hit sedan förra bydagen får "
            "en personlig inbjudan. Målet är att dagen ska bli en tradition, med nya arrangörer varje år.</p>"
        ),
        "how_to_get_involved": "<p>Vill du vara med och ordna nästa bydag? Hör av dig till byaföreningen.</p>",
        "partners": [("Sörlidens byaförening", "voluntary")],
        "phases": [],
        "contacts": [("elin", "contact")],
        "pictures": [],
        "updates": [
            update(
                date(2025, 8, 23),
                "Den andra bydagen samlade 150 personer",
                "<p>Tjugo nyinflyttade var med, och fyra av dem gick med i Sörlidens IF samma dag.</p>",
                "ongoing",
                50,
            ),
        ],
    },
]

# (slug, name, kind, description, members, project slugs)
GROUPS = [
    (
        "styrgruppen-hem-till-fjallen",
        "Styrgruppen för ”Hem till fjällen”",
        "steering_group",
        "<p>Företrädare för de tre kommunerna, näringslivet och föreningslivet styr kampanjen och beslutar om budgeten varje år.</p>",
        CAMPAIGN_GROUP_MEMBERS,
        ["hem-till-fjallen"],
    ),
    (
        "advisory-board",
        "Advisory board",
        "advisory_board",
        "<p>17 ledamöter från kommunerna, näringslivet, lantbruket och fisket, föreningslivet, byarna, de unga och de "
        "äldre. Advisory board följer arbetet med strategin på nära håll, ger råd och ser till att den får en bred "
        "förankring.</p>",
        ADVISORY_BOARD_MEMBERS,
        ["social-lokal-utvecklingsstrategi"],
    ),
    (
        "junior-advisory-board",
        "Junior advisory board",
        "junior_advisory_board",
        "<p>Högstadieelever från alla tre kommunerna ger råd i alla frågor som rör unga. Vi visar bara förnamn och årskurs "
        "för eleverna.</p>",
        JUNIOR_BOARD_MEMBERS,
        ["social-lokal-utvecklingsstrategi", "kvallsbuss"],
    ),
    (
        "ortsnatverket",
        "Ortsnätverket",
        "network",
        "<p>En representant från varje by håller kontakten mellan byaföreningarna och strategiarbetet och delar erfarenheter "
        "från de lokala utvecklingsplanerna.</p>",
        VILLAGE_NETWORK_MEMBERS,
        [
            "social-lokal-utvecklingsstrategi",
            "utvecklingsplan-sorliden",
            "utvecklingsplan-ljunga",
            "utvecklingsplan-ytterholmen",
        ],
    ),
    (
        "arbetsgruppen-sorliden",
        "Arbetsgruppen för utvecklingsplanen i Sörliden",
        "working_group",
        "<p>Arbetsgruppen följer upp insatserna i planen och träffas första måndagen i månaden på skolan.</p>",
        SORLIDEN_WORKING_GROUP,
        ["utvecklingsplan-sorliden"],
    ),
]


# Tips residents sent, for the process leader's inbox: (project slug or None, days ago,
# message, name, email, wants an answer, wants to get involved, state).
TIPS = [
    (
        "utvecklingsplan-ljunga",
        2,
        "Gatubelysningen längs skolvägen i Ljungå har varit släckt i en vecka. Det är farligt för "
        "barnen som går till bussen på morgonen.",
        "Therese Nilsson",
        "therese.nilsson@example.org",
        True,
        False,
        "new",
    ),
    (
        None,
        5,
        "Vi är flera i Ytterholmen som skulle vilja starta en matbutik som ekonomisk förening. "
        "Vem på kommunen kan vi prata med?",
        "Roger Holm",
        "roger.holm@example.org",
        True,
        True,
        "in_progress",
    ),
    (
        "utvecklingsplan-sorliden",
        12,
        "Arbetsdagen vid badplatsen samlade över fyrtio vuxna och barn. Bryggan är klar!",
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
        "Öppet bymöte om centrumplanen i Ljungå",
        "utvecklingsplan-ljunga",
        9,
        time(19, 0),
        time(21, 0),
        "Ljungå bygdegård, stora salen",
        "<p>Arbetsgruppen visar de tre skisserna till ett nytt centrum i Ljungå: trafik, mötesplatser och "
        "var nya bostäder kan ligga. Efteråt diskuterar vi i grupper.</p>"
        "<p>Alla är välkomna, och det bjuds på kaffe och kaka. Ingen anmälan behövs.</p>",
        organiser="birgitta",
        documents=[
            document(
                "Dagordning för bymötet om centrumplanen",
                "agenda",
                2,
                pdf=(
                    "Öppet bymöte om centrumplanen i Ljungå",
                    [
                        "1. Ordföranden i Ljungå byalag hälsar välkommen.",
                        "2. Arbetsgruppen visar de tre skisserna till ett nytt centrum.",
                        "3. Grupparbete: trafik, mötesplatser och var nya bostäder kan ligga.",
                        "4. Sammanfattning och fortsatt arbete fram till beslutet i kommunfullmäktige.",
                    ],
                ),
            )
        ],
    ),
    meeting(
        "Arbetsdag på vandringsleden mellan Åsvik och Bodviken",
        "vandringsleder-asvik",
        17,
        time(10, 0),
        time(14, 0),
        "Parkeringen vid hamnen i Åsvik",
        "<p>Vi lägger spänger över myren och märker ut den sista biten av leden ner mot Bodviken. "
        "Ta med arbetshandskar och bra skor – friluftsföreningen har verktyg.</p>"
        "<p>Soppa till alla som hjälper till.</p>",
    ),
    meeting(
        "Informationsmöte om fiber till Högvålen",
        "fiber-hogvalen",
        26,
        time(18, 30),
        time(20, 0),
        "Byastugan i Högvålen",
        "<p>Vad kostar det, när kommer grävmaskinerna och hur gör du för att beställa? "
        "Fiberbolaget och kommunen svarar på frågor.</p>",
    ),
    meeting(
        "Strategimöte: Hur vill vi bo i Fjällsjöregionen?",
        None,
        38,
        time(18, 0),
        time(20, 30),
        "Åsviks kulturhus",
        "<p>Ett öppet möte för alla tre kommunerna om bostäder, jobb och vardagen i byarna. "
        "Det som kommer fram blir underlag för arbetet med den sociala lokala utvecklingsstrategin. "
        "Vi bjuder på middag.</p>"
        "<ul><li>Kort inledning av processledaren</li><li>Samtal i grupper</li>"
        "<li>Sammanfattning och fortsatt arbete</li></ul>",
        organiser="annika",
        sign_up="https://anmalan.example.org/strategimote-fjallsjoregionen",
        sign_up_by=(33, time(23, 59)),
    ),
    meeting(
        "Arbetsmöte om utvecklingsplanen för Ytterholmen",
        "utvecklingsplan-ytterholmen",
        -12,
        time(18, 0),
        time(20, 0),
        "Fiskemuseet i Ytterholmen",
        "<p>Båtklubben, fiskemuseet och byaföreningen gick igenom vad som har gjorts sedan i fjol "
        "och vad som ska prioriteras nästa år.</p>",
        audience="invited",
        organiser="jonas",
    ),
    meeting(
        "Kvällsmöte om kvällsbussen mellan byarna",
        "kvallsbuss",
        -33,
        time(19, 0),
        time(20, 30),
        "Väntsalen vid färjeläget på Lomö",
        "<p>Vilka tider behöver folk buss på kvällen, och var ska den stanna? "
        "Över 40 personer kom, och svaren har sammanställts i en skrivelse till Region Norrfjäll.</p>",
        documents=[
            document(
                "Minnesanteckningar från kvällsmötet om kvällsbussen",
                "minutes",
                -32,
                "Vilka tider och hållplatser folk önskade sig, skickade till Region Norrfjäll.",
                pdf=(
                    "Minnesanteckningar från kvällsmötet om kvällsbussen",
                    [
                        "43 personer kom, de flesta unga och föräldrar från Ljungå och Sörliden.",
                        "Flest ville ha buss på tisdagar och torsdagar, med sista avgång från Åsvik efter klockan 21.30.",
                        "Bussen bör stanna vid skolan i Sörliden, bygdegården i Ljungå och färjeläget, så att den passar med färjan till Lomö.",
                    ],
                ),
            )
        ],
    ),
    meeting(
        "Välkomstkväll för nyinflyttade",
        ["hem-till-fjallen", "packhuset-bodviken"],
        -61,
        time(18, 0),
        None,
        "Packhuset på kajen i Bodviken",
        "<p>Nya och gamla invånare träffades över mat och musik, och föreningarna i regionen "
        "berättade om sin verksamhet.</p>",
        organiser="mattias",
        outcome="<p>Omkring 85 personer kom, och nästan 30 av dem har flyttat hit de senaste två åren. Tolv föreningar "
        "presenterade sig, och fyra nya fadderfamiljer anmälde sig.</p>"
        "<p>Många frågade om packhuset kan användas oftare. Intresseföreningen tar med det i utredningen av huset.</p>",
        attendance=85,
    ),
]


# Key figures, fictional numbers that look like real ones: (owner kind, owner slug,
# fields, [(date, value, note)], and for some further series [(name, kind, values)]).
INDICATORS = [
    (
        "project",
        "hem-till-fjallen",
        {
            "name": "Familjer som har anmält intresse",
            "unit": "familjer",
            "description": "Familjer som har hört av sig till inflyttarservicen sedan kampanjen "
            "förnyades 2024, sammanlagt.",
            "baseline": Decimal(0),
            "baseline_on": date(2024, 1, 1),
            "target": Decimal(50),
            "target_on": date(2027, 12, 31),
            "position": 1,
            "measured_every": 6,  # counted every April and October
        },
        [
            (date(2024, 4, 1), "6", ""),
            (date(2024, 10, 1), "13", "Efter provbohelgen i Ljungå"),
            (date(2025, 4, 1), "19", ""),
            (date(2025, 10, 1), "24", ""),
            (date(2026, 4, 1), "29", ""),
            (date(2026, 10, 1), "34", ""),
        ],
    ),
    (
        "project",
        "hem-till-fjallen",
        {
            "name": "Nya invånare i regionen",
            "unit": "invånare",
            "description": "Antal personer som flyttade till de tre kommunerna under året.",
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
            (date(2025, 12, 31), "79", "Preliminär siffra"),
        ],
    ),
    (
        "theme",
        "goda-boendemiljoer",
        {
            "name": "Tomma småhus",
            "unit": "hus",
            "description": "Småhus som har stått tomma i mer än ett år, räknade av kommunerna "
            "varje vår. Målet är att de ska bli färre.",
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
        "goda-boendemiljoer",
        {
            "name": "Invånare som trivs i sin by",
            "unit": "%",
            "description": "Andel som svarar ”bra” eller ”mycket bra” i den årliga "
            "medborgarundersökningen.",
            "baseline": Decimal("78.5"),
            "baseline_on": date(2023, 5, 15),
            "target": Decimal(85),
            "target_on": date(2030, 12, 31),
            "position": 2,
        },
        [
            (date(2023, 5, 15), "78.5", ""),
            (date(2024, 5, 15), "80.2", ""),
            (date(2025, 5, 15), "79.6", "Färre svar än vanligt"),
            (date(2026, 5, 15), "82.4", ""),
        ],
    ),
    (
        "project",
        "social-lokal-utvecklingsstrategi",
        {
            "name": "Befolkningen i regionen",
            "unit": "index",
            "description": "Folkmängden i de tre kommunerna den 1 januari, som ett index där 2008 är 100.",
            "about": (
                "<p>Indexet gör det lätt att jämföra: 97 betyder att det bor tre procent färre här än 2008. "
                "Folkmängden i regionen minskade fram till 2016 och har sedan ökat något varje år, främst tack vare "
                "inflyttning.</p>"
                "<p>Lövdal redovisas som en egen linje eftersom befolkningen minskade mest där. Prognosen visar vad som "
                "händer om inflyttningen fortsätter som de senaste fem åren.</p>"
            ),
            "source": "Region Norrfjäll, befolkningsstatistik och befolkningsprognoser",
            "source_url": "https://statistik.example.org/norrfjall/befolkning",
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
                "Lövdals kommun",
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
                "Prognos för regionen",
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
        "Så gick utvecklingsarbetet 2025",
        "<p>Varje år gör vi en lägesrapport för hela utvecklingsarbetet i Fjällsjöregionen och pekar ut riktningen för "
        "det kommande året. 2025 var året då planerna blev verklighet: gång- och cykelvägen i Sörliden blev klar, "
        "Ytterholmen genomförde alla insatser i sin utvecklingsplan och Loftet öppnade med fjorton kontorsplatser.</p>"
        "<h2>Det här prioriterar vi 2026</h2>"
        "<ul><li>Fler hyresbostäder i Sörliden och Ljungå</li>"
        "<li>Kvällsbuss mellan byarna, tillsammans med regionen</li>"
        "<li>En ny inflyttningsplan med två egna målområden</li></ul>"
        "<p>Balansen är densamma som tidigare: långsiktiga satsningar som kräver tålamod, och insatser som märks här och "
        "nu. Hela lägesrapporten finns under Dokument.</p>",
        authors=["annika", "mattias"],
        byline="Projektgruppen för utvecklingsstrategin",
        documents=[
            document(
                "Lägesrapport för utvecklingsarbetet 2025",
                "report",
                date(2026, 2, 12),
                "Vad som gjordes 2025, projekt för projekt, och vad vi prioriterar 2026.",
                pdf=(
                    "Lägesrapport för utvecklingsarbetet 2025",
                    [
                        "Tolv projekt var i gång eller avslutades under 2025. Gång- och cykelvägen i Sörliden och de sista insatserna i utvecklingsplanen för Ytterholmen blev klara.",
                        "Kontorshotellet Loftet öppnade med fjorton platser, och fadderfamiljer finns nu i alla byar.",
                        "Under 2026 prioriterar vi hyresbostäder, kvällsbuss mellan byarna och en ny inflyttningsplan.",
                    ],
                ),
            )
        ],
    ),
    update(
        -20,
        "Tjugo nya lärlingsplatser i regionen",
        "<p>Efter en rad företagsbesök har företagarföreningen och de tre kommunerna tagit fram tjugo nya "
        "lärlingsplatser, de flesta inom fiskodling, vård och omsorg och bygg. Det är dubbelt så många som i fjol.</p>"
        "<p>Lärlingsplatser gör det lättare för unga att bo kvar, och för familjer där båda vuxna behöver ett jobb att "
        "flytta hit.</p>",
        theme="jobb-for-tva",
        authors=["henrik"],
    ),
    update(
        -15,
        "Vägen över fjället hålls öppen hela vintern",
        "<p>Efter många år av krav från byn har Trafikverket beslutat att vägen över fjället ska plogas hela vintern från "
        "och med i år. Hittills har den varit stängd från jul till påsk, och då blev det en omväg på två timmar till "
        "Åsvik.</p>"
        "<p>Byaföreningen tackar alla som skrev under uppropet förra vintern.</p>",
        area="hogvalen",
        byline="Nils Bergkvist för Högvålens byaförening",
    ),
    update(
        -5,
        "Inflyttningsplanen har fått två målområden",
        "<p>Styrgruppen för ”Hem till fjällen” har fastställt de två målområdena i den nya inflyttningsplanen: "
        "<strong>Ett gott mottagande</strong> och <strong>En synlig region</strong>. Vart och ett får mätbara "
        "indikatorer och en handlingsplan före sommaren.</p>"
        "<p>Inflyttningsplanen kompletterar den sociala lokala utvecklingsstrategin. Strategin handlar om vardagen för "
        "alla som bor här, planen om dem som funderar på att flytta hit.</p>",
        authors=["mattias"],
    ),
]

# Pages of their own, each after the page it is under.
PAGES = [
    {
        "slug": "sa-arbetar-vi",
        "title": "Så arbetar vi",
        "summary": "Hur kommunerna, byarna och föreningslivet arbetar tillsammans med utvecklingen i Fjällsjöregionen.",
        "body": (
            "<p>Utvecklingsarbetet i Fjällsjöregionen bygger på en enkel tanke: byarna vet bäst vad de behöver, och "
            "kommunerna hjälper till där de kan. Vi kallar det hjälp till självhjälp.</p>"
            "<h2>Tre nivåer som hänger ihop</h2>"
            "<ul><li><strong>Strategierna</strong> pekar ut riktningen för hela regionen: den sociala lokala "
            "utvecklingsstrategin och inflyttningsplanen.</li>"
            "<li><strong>De lokala utvecklingsplanerna</strong> visar vad varje by vill, framtagna av byborna själva.</li>"
            "<li><strong>Projekten</strong> är det som faktiskt händer, vart och ett med status, kontaktpersoner och "
            "uppdateringar.</li></ul>"
            "<p>Varje vinter gör vi en lägesrapport för hela arbetet och väljer vad som ska prioriteras. Allt publiceras "
            "här.</p>"
        ),
        "parent": None,
        "theme": None,
        "in_menu": True,
        "pictures": [
            (
                "meeting",
                601,
                "Människor runt ett bord i ett mötesrum, med en tavla full av lappar och fönster mot sjön",
                "Ortsnätverket samlat i Ljungå bygdegård",
                ILLUSTRATION,
            )
        ],
        "documents": [],
    },
    {
        "slug": "lokala-utvecklingsplaner",
        "title": "Lokala utvecklingsplaner: en arbetsmetod",
        "summary": "Så tar en by fram sin egen utvecklingsplan, steg för steg.",
        "body": (
            "<p>En lokal utvecklingsplan är byns egen plan för de närmaste fyra–fem åren. Byaföreningen eller byalaget tar "
            "fram den tillsammans med kommunen, och den ska vara förankrad hos så många som möjligt.</p>"
            "<h2>Steg för steg</h2>"
            "<ol><li>Byaföreningen kallar till ett öppet bymöte och tillsätter en arbetsgrupp.</li>"
            "<li>Arbetsgruppen frågar alla i byn vad som är bra och vad som saknas.</li>"
            "<li>Förslaget skickas ut på remiss i byn.</li>"
            "<li>Årsmötet antar planen, och kommunfullmäktige behandlar den.</li>"
            "<li>Arbetsgruppen följer upp insatserna och rapporterar varje år.</li></ol>"
            "<h2>Planerna hittills</h2>"
            "<table><tbody>"
            "<tr><th>By</th><th>Antagen</th><th>Insatser</th><th>Genomförda</th></tr>"
            "<tr><td>Ytterholmen</td><td>2019</td><td>10</td><td>10</td></tr>"
            "<tr><td>Sörliden</td><td>2023</td><td>4</td><td>2</td></tr>"
            "<tr><td>Ljungå</td><td>Ute på remiss</td><td>–</td><td>–</td></tr>"
            "</tbody></table>"
        ),
        "parent": "sa-arbetar-vi",
        "theme": None,
        "in_menu": False,
        "pictures": [],
        "documents": [
            document(
                "Vägledning för lokala utvecklingsplaner",
                "plan",
                date(2023, 1, 10),
                "Mallen och checklistan som byaföreningarna använder när de tar fram en plan.",
                pdf=(
                    "Vägledning för lokala utvecklingsplaner",
                    [
                        "1. Tillsätt en arbetsgrupp med folk från föreningar, skola, näringsliv och nyinflyttade.",
                        "2. Fråga alla i byn: vad är bra, vad saknas och vad vill du själv vara med och göra?",
                        "3. Välj fyra till tio insatser, var och en med en ansvarig, en kostnad och ett mål.",
                        "4. Skicka ut förslaget på remiss, anta planen på årsmötet och skicka den till kommunen.",
                    ],
                ),
            )
        ],
    },
    {
        "slug": "fran-ide-till-projekt",
        "title": "Från idé till projekt",
        "summary": "Har du en idé för din by? Så blir den ett projekt på den här webbplatsen.",
        "body": (
            "<p>Alla projekt börjar som en idé, ofta på ett bymöte eller runt ett köksbord. Skicka idén till "
            "processledaren, så lägger vi upp den här som en idé och tar reda på vem som kan driva den vidare.</p>"
            "<p>När någon tar ansvar och pengarna finns på plats blir projektet <strong>planerat</strong>, och när "
            "arbetet har börjat <strong>pågående</strong>. Projekt kan också pausas eller ställas in, och då skriver vi "
            "varför.</p>"
        ),
        "parent": "sa-arbetar-vi",
        "theme": None,
        "in_menu": False,
        "pictures": [],
        "documents": [],
    },
    {
        "slug": "bli-fadderfamilj",
        "title": "Bli fadderfamilj",
        "summary": "En fadderfamilj hjälper en ny familj att komma till rätta under det första året. Så blir du en.",
        "body": (
            "<p>En fadderfamilj är en familj som redan bor här och som håller kontakten med en nyinflyttad familj under "
            "det första året: en middag, en utflykt, ett tips om vem som kan laga bilen.</p>"
            "<p>Det kräver inte mycket, men det betyder mycket. Många som har flyttat hit säger att fadderfamiljen var "
            "anledningen till att de stannade.</p>"
            "<p>Vill du bli fadderfamilj? Kontakta inflyttarservicen på kommunförbundet.</p>"
        ),
        "parent": None,
        "theme": "ett-gott-mottagande",
        "in_menu": False,
        "pictures": [],
        "documents": [],
    },
]

# Documents of the development work as a whole, in the document library.
SITE_DOCUMENTS = [
    document(
        "Förbundsordning för Fjällsjöregionens kommunförbund",
        "other",
        date(2023, 6, 20),
        "Hur Åsvik, Lövdal och Lomö driver kommunförbundet tillsammans och hur kostnaderna fördelas.",
        pdf=(
            "Förbundsordning för Fjällsjöregionens kommunförbund",
            [
                "Åsviks, Lövdals och Lomö kommuner driver kommunförbundet och dess utvecklingsenhet tillsammans, med kansli i Åsvik.",
                "Kostnaderna fördelas efter folkmängd: Åsvik 54 procent, Lövdal 25 procent och Lomö 21 procent.",
                "Förbundsordningen gäller till och med den 31 december 2028 och förlängs med fyra år om ingen medlemskommun säger upp den.",
            ],
        ),
    ),
    document(
        "Översiktsplan för Åsviks kommun 2023–2035",
        "plan",
        date(2023, 9, 14),
        "Översiktsplanen som utvecklingsarbetet bygger på, i Åsviks kommuns planarkiv.",
        url="https://planarkiv.example.org/asvik/oversiktsplan-2023-2035",
    ),
]
