"""The demo in English: the Nynorsk region (nn.py) for a Norwegian municipality's English
site, read by newcomers who do not read the local language yet. The places and people keep
their Norwegian names, and every slug is nn's, so a page has the same address in every
language of the region; the texts are plain British English. Its shape is described in
demo/content/__init__.py.

Every place, person, phone number and email here is invented: phone numbers in the
555 series, emails at example.org. Pupils are named by first name only, as a real
municipality would.
"""

from datetime import date, time
from decimal import Decimal

from . import document, meeting, member, milestone, update

ILLUSTRATION = "Framdrift demo (illustration)"

LOGIN = {
    "username": "processleader",
    "first_name": "Demo",
    "last_name": "Process Leader",
    "email": "prosessleiar@example.org",
}

SITE = {
    "site_name": "Framdrift in Fjordregionen",
    "tagline": "Development work in Fjordvik, Lidal and Nesheim, all in one place",
    "overview_intro": (
        "<p>Here you will find the development projects in Fjordvik, Lidal and Nesheim, from the first ideas to the ones "
        "that are finished. Each project shows how far it has come, what happened most recently and who you can contact.</p>"
        "<p>The overview is meant to make it easy to see everything that is actually happening in our villages, and to find "
        "something you would like to be part of. Development should not rest on the shoulders of a few enthusiasts: it "
        "should be something many people take part in.</p>"
        "<p>Do you know of something that is missing here, or has anything changed? Get in touch with the process leader "
        "and we will update it.</p>"
    ),
    "footer_contact": (
        "<p>Fjordregionen Development Office<br>Kaivegen 4, 5999 Fjordvik, Norway</p>"
        '<p>Phone: <a href="tel:+4755500100">+47 555 00 100</a><br>'
        'Email: <a href="mailto:utvikling@example.org">utvikling@example.org</a></p>'
        "<p>Opening hours: weekdays 8:00–15:30</p>"
    ),
    "accessibility_conformance": "partial",
    "accessibility_known_issues": (
        "<p>Some of our older planning documents (PDFs from before 2024) are scanned paper with no text that a screen "
        "reader can read. We are making new versions of them over time. If you need one of them now, we will send you "
        "its contents as plain text within a week.</p>"
    ),
    "accessibility_checked_on": date(2026, 11, 2),
    "accessibility_contact_email": "tilgjengelegheit@example.org",
}

# (slug, name, overall goal, starts on, ends on): the social local development strategy
# for everyday life in the region, and beside it the plan for those who move here.
STRATEGIES = [
    (
        "utviklingsstrategien",
        "Social local development strategy 2024–2030",
        "<p>Fjordregionen will be a place where more people choose to live and to stay: with work for both partners in a "
        "couple, a good place for children to grow up, lively villages, and cooperation between the municipalities, local "
        "businesses and volunteers that lets us achieve more together than each of us could alone.</p>",
        date(2024, 1, 15),
        date(2030, 12, 31),
    ),
    (
        "tilflyttingsplanen",
        "Plan for new residents 2025–2028",
        "<p>Up to 2028, at least 90 new residents a year will move to Fjordregionen, and four out of five of those who "
        "move here will still be living here three years later. We will get there when the whole region gives a warm "
        "welcome to those who come, and when more people find out what the region has to offer.</p>",
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
        "<p>Three municipalities around the same fjord that have worked together since 2002 to attract new residents, "
        "support local business and develop their villages. Around 9,400 people live in the region.</p>",
    ),
    (
        "fjordvik",
        "Fjordvik Municipality",
        "municipality",
        "fjordregionen",
        "<p>The largest of the three municipalities, with around 5,100 residents. The municipal centre lies by the quay "
        "where the express boat calls, and it has the upper secondary school, the health centre and most of the jobs in "
        "the region.</p>",
    ),
    (
        "lidal",
        "Lidal Municipality",
        "municipality",
        "fjordregionen",
        "<p>An inland municipality with around 2,300 residents, summer mountain farms, forest and active farming. Many "
        "people commute to work elsewhere, and more and more of them work from home a few days a week.</p>",
    ),
    (
        "nesheim",
        "Nesheim Municipality",
        "municipality",
        "fjordregionen",
        "<p>An island municipality with around 2,000 residents and a ferry to Fjordvik. Fishing and fish farming are the "
        "biggest industries, and the summer festival draws people from all along the fjord.</p>",
    ),
    (
        "nedre-li",
        "Nedre Li",
        "village",
        "fjordvik",
        "<p>A village on the south side of the fjord with a primary school, a grocery shop and a new housing estate. "
        "Around 480 people live here, and the community association gets a great deal done.</p>",
    ),
    (
        "sjovoll",
        "Sjøvoll",
        "village",
        "fjordvik",
        "<p>An old trading post with a quay, boathouses and an empty warehouse. There are many holiday homes, but fewer "
        "people live here all year round.</p>",
    ),
    (
        "berg",
        "Berg",
        "village",
        "lidal",
        "<p>The village centre of Lidal, with a community hall, a sports ground, a nursery and the only petrol station in "
        "the municipality.</p>",
    ),
    (
        "ovre-dal",
        "Øvre Dal",
        "village",
        "lidal",
        "<p>A mountain village with ten working farms and many holiday cabins. The road over the mountain is closed for "
        "part of the winter.</p>",
    ),
    (
        "holmane",
        "Holmane",
        "village",
        "nesheim",
        "<p>A fishing village at the mouth of the fjord with a boat club, a coastal museum and a harbour that is in use "
        "all year round.</p>",
    ),
]

# (slug, name, description, strategy slug): the five target areas of the social local
# development strategy, then the two of the plan for new residents.
THEMES = [
    (
        "gode-stader-a-bu",
        "Good places to live",
        "<p>It should be easy to find somewhere to live, whether you want to rent, buy or build. We are working for more "
        "homes to rent, building plots available in every village, and neighbourhoods where people meet.</p>"
        "<p><strong>Indicators:</strong> the number of homes available to rent, new homes each year, and the share of "
        "residents who say they are happy in their village.</p>",
        "utviklingsstrategien",
    ),
    (
        "arbeid-for-to",
        "Work for two",
        "<p>When a family is thinking of moving here, both adults need to find something to do. We pass on job openings "
        "across municipal boundaries, make it easier to work remotely and find more apprenticeships.</p>"
        "<p><strong>Indicators:</strong> the number of jobs, the number of apprentices, and how many people work from "
        "shared office spaces in the region.</p>",
        "utviklingsstrategien",
    ),
    (
        "naeringsliv-og-grunderskap",
        "Business and enterprise",
        "<p>Growing businesses bring jobs and life to the villages. We help people who want to start something, and work "
        "to give everyone the same opportunities wherever they are in the region.</p>"
        "<p><strong>Indicators:</strong> new businesses each year, and how many are still trading after three years.</p>",
        "utviklingsstrategien",
    ),
    (
        "oppvekst-fritid-og-fellesskap",
        "Growing up, leisure and community",
        "<p>Children and young people should have good schools, places to meet and free time they help to shape "
        "themselves. Clubs and volunteers hold the villages together, and everyone, including those who have only just "
        "moved here, should be able to join in.</p>"
        "<p><strong>Indicators:</strong> the share of young people who take part in leisure activities, and how many new "
        "residents belong to a club or organisation.</p>",
        "utviklingsstrategien",
    ),
    (
        "veg-breiband-og-kollektiv",
        "Roads, broadband and public transport",
        "<p>Safe roads, fibre broadband to every household and public transport that fits everyday life are the basis for "
        "everything else. Much of this is decided by the state and the county, so here the work is about standing together "
        "and speaking up for the villages.</p>"
        "<p><strong>Indicators:</strong> the share of households with fibre, and the number of evening departures between "
        "the villages.</p>",
        "utviklingsstrategien",
    ),
    (
        "ta-godt-imot",
        "A warm welcome",
        "<p>People who move here should feel welcome from the very first day: with a named contact person, a buddy "
        "family and help for their partner to find work. We follow up each family throughout their first year.</p>"
        "<p><strong>Indicators:</strong> the share of newcomers still living here after three years, and the number of "
        "active buddy families.</p>",
        "tilflyttingsplanen",
    ),
    (
        "ein-synleg-region",
        "A visible region",
        "<p>Many people do not know that our villages have jobs available, building plots and good schools. We tell "
        "people about everyday life here on social media, at fairs and through those who have already moved here.</p>"
        "<p><strong>Indicators:</strong> the number of families who register an interest, and how many come to "
        "trial-stay weekends.</p>",
        "tilflyttingsplanen",
    ),
]

# key: (name, job title, organisation, direct phone, mobile, email)
PEOPLE = {
    "ingrid": (
        "Ingrid Haugland",
        "Process leader",
        "Fjordregionen Development Office",
        "+47 555 00 110",
        "+47 555 91 234",
        "ingrid.haugland@example.org",
    ),
    "halvor": (
        "Halvor Nyheim",
        "Coordinator for welcoming new residents",
        "Fjordregionen Development Office",
        "+47 555 00 115",
        "+47 555 91 876",
        "halvor.nyheim@example.org",
    ),
    "torbjorn": (
        "Torbjørn Vik",
        "Head of Business Development",
        "Fjordvik Municipality",
        "+47 555 00 120",
        "+47 555 92 345",
        "torbjorn.vik@example.org",
    ),
    "marte": (
        "Marte Solberg",
        "Culture Officer",
        "Lidal Municipality",
        "+47 555 00 130",
        "",
        "marte.solberg@example.org",
    ),
    "eirik": (
        "Eirik Brekke",
        "Project Manager",
        "Nesheim Municipality",
        "+47 555 00 140",
        "+47 555 93 456",
        "eirik.brekke@example.org",
    ),
    "sunniva": (
        "Sunniva Lie",
        "Rural Development Officer",
        "Fjordvik Municipality",
        "",
        "+47 555 94 567",
        "sunniva.lie@example.org",
    ),
    "aud": (
        "Aud Tjønn",
        "Chair",
        "Berg Village Association",
        "",
        "+47 555 95 678",
        "aud.tjonn@example.org",
    ),
}

# Contacts for the development work as a whole: (person key, role, own words for the role).
SITE_CONTACTS = [
    ("ingrid", "process_leader", ""),
    ("halvor", "other", "Contact person for new residents"),
]

# (name, role, represents): 17 members across sectors, as the strategy asks.
ADVISORY_BOARD_MEMBERS = [
    ("Arnfinn Tystad", "chair", "Fjordvik Municipality, mayor"),
    ("Bodil Reitan", "member", "Lidal Municipality, deputy mayor"),
    ("Sigmund Heggvik", "member", "Nesheim Municipality, municipal council"),
    ("Karianne Ness", "member", "Business: retail and services"),
    ("Vidar Strand", "member", "Business: tourism"),
    ("Elin Vangsnes", "member", "Farming, Lidal Farmers' Union"),
    ("Øystein Moldskred", "member", "Fishing and fish farming"),
    ("Gunn Tveit", "member", "Pensioners' associations"),
    ("Hallvard Bø", "member", "Sports clubs"),
    ("Ida Rønning", "member", "Youth Council"),
    ("Jon Skeie", "member", "Nedre Li Community Association"),
    ("Kari Midtbø", "member", "Berg Village Association"),
    ("Lars Helle", "member", "Holmane Boat Club"),
    ("Mona Aasen", "member", "Volunteer Centre"),
    ("Amira Haddad", "member", "New residents and the Immigrant Council"),
    ("Oda Eide", "member", "Schools, head teacher at Lidal School"),
    ("Ragnhild Dale", "secretary", "Development Office"),
]

JUNIOR_BOARD_MEMBERS = [
    ("Amalie, 10th grade", "chair", "Fjordvik Lower Secondary School"),
    ("Jonas, 9th grade", "member", "Fjordvik Lower Secondary School"),
    ("Sofie, 10th grade", "member", "Lidal School"),
    ("Emil, 8th grade", "member", "Lidal School"),
    ("Nora, 9th grade", "member", "Nesheim School"),
    ("Filip, 10th grade", "member", "Nesheim School"),
    ("Maja, 8th grade", "member", "Fjordvik Lower Secondary School"),
    ("Henrik, 9th grade", "secretary", "Lidal School"),
]

# The municipal councils' term: the politicians sit in the group for as long.
COUNCIL_TERM = (date(2023, 10, 1), date(2027, 9, 30))

CAMPAIGN_GROUP_MEMBERS = [
    member("Arnfinn Tystad", "chair", "Fjordvik Municipality", term=COUNCIL_TERM, portrait=1),
    member("Bodil Reitan", "member", "Lidal Municipality", term=COUNCIL_TERM),
    member("Sigmund Heggvik", "member", "Nesheim Municipality", term=COUNCIL_TERM),
    member("Per Hovland", "deputy", "Lidal Municipality", term=COUNCIL_TERM),
    member(
        "Karianne Ness",
        "member",
        "Fjordregionen Business Forum",
        term=(date(2025, 1, 1), date(2028, 12, 31)),
    ),
    member("Mona Aasen", "member", "Volunteer Centre"),
    member("Siri Nordal", "observer", "Vestfylket County Council"),
    member("Ingrid Haugland", "adviser", "Development Office"),
    member(
        "Amira Haddad",
        "other",
        "New residents",
        role_other="Spokesperson for people who have moved here",
        term=(date(2025, 1, 1), None),
    ),
    member("Halvor Nyheim", "secretary", "Development Office"),
]

VILLAGE_NETWORK_MEMBERS = [
    ("Jon Skeie", "member", "Nedre Li"),
    ("Siv Hamre", "member", "Sjøvoll"),
    ("Kari Midtbø", "chair", "Berg"),
    ("Ola Reppen", "member", "Øvre Dal"),
    ("Lars Helle", "member", "Holmane"),
]

NEDRE_LI_WORKING_GROUP = [
    ("Jon Skeie", "chair", "Nedre Li Community Association"),
    ("Tone Kvåle", "member", "Parents' council at Nedre Li School"),
    ("Bjarte Lien", "member", "Li Bygg AS"),
    ("Synnøve Hegg", "member", "Nedre Li Sports Club"),
    ("Torgeir Haugen", "member", "New residents in the village"),
    ("Sunniva Lie", "secretary", "Fjordvik Municipality"),
]

# Picture: (kind, seed, alt text, caption, credit); kinds are those pictures.draw() makes.
PROJECTS = [
    {
        "slug": "heim-til-fjorden",
        "title": "‘Home to the Fjord’: moving to Fjordregionen",
        "summary": "Since 2002 Fjordvik, Lidal and Nesheim have marketed themselves together and welcomed new residents with a welcome service, help finding work and trial-stay weekends.",
        "status": "ongoing",
        "progress": None,
        "starts_on": date(2002, 3, 1),
        "is_featured": True,
        "lead_organisation": "Fjordregionen Development Office",
        "areas": ["fjordregionen"],
        "themes": ["gode-stader-a-bu", "arbeid-for-to", "ta-godt-imot", "ein-synleg-region"],
        "body": (
            "<p>At the end of the 1990s all three municipalities in Fjordregionen faced the same problem: the population was "
            "falling, young people moved away to study, and fewer of them came back. On its own, each municipality was too "
            "small to offer everything a family with children looks for. Together we could: work for both adults, nurseries "
            "and schools, somewhere to live and plenty to do in your free time, all within half an hour's drive.</p>"
            "<p>That is why ‘Home to the Fjord’ was set up in 2002 as a joint project of the three municipalities, with local "
            "businesses and voluntary organisations as partners. The idea is simple: we promote the region, not just our own "
            "municipality. A municipality doing this on its own could easily end up competing with its neighbours.</p>"
            "<h2>Phase 1: Welcome service and groundwork (2002–2004)</h2>"
            "<p>The first phase was about building what has to be in place before you invite people. The service centres in "
            "the three municipalities became the welcome service for everyone thinking of moving here. They put people in "
            "touch with employers and landlords, and answer questions about nurseries, schools and leisure activities.</p>"
            "<ul><li>A shared website with job vacancies, homes and building plots across the whole region</li>"
            "<li>A named contact person for every family that gets in touch</li>"
            "<li>An agreement with the business forum that employers report vacancies to the welcome service</li></ul>"
            "<h2>Phase 2: Marketing and recruitment (from 2004)</h2>"
            "<p>Since 2004 we have been actively marketing the region, always with a positive message: short distances, no "
            "queues and the mountains right outside your living-room window. The best-known campaign is ‘Starting School by "
            "the Fjord’, aimed at families whose eldest child is about to start school. We invite them to trial-stay weekends, "
            "where they stay in one of the villages, meet employers and are shown round the school.</p>"
            "<h2>Results so far</h2>"
            "<ul><li><strong>412</strong> families and individuals have registered an interest since 2002.</li>"
            "<li><strong>87</strong> households have moved to the region as a direct result of the campaign, bringing "
            "<strong>131</strong> children with them.</li>"
            "<li><strong>64</strong> families have taken part in trial-stay weekends.</li>"
            "<li><strong>23</strong> new businesses have been started by people who moved here.</li></ul>"
            "<p>Many people move here, but some move away again. So we now work just as hard at helping newcomers stay: with "
            "buddy families, networks and help for partners to find a job.</p>"
            '<p>Read more about moving here on the <a href="https://www.example.org/flytt-hit">website for new '
            "residents</a>.</p>"
        ),
        "how_to_get_involved": (
            "<p>Do you know someone who is thinking of moving back home? Let the welcome service know, and we will get in "
            "touch with them in a friendly way.</p>"
            "<ul><li>Become a buddy family for a newly arrived family during their first year.</li>"
            "<li>Tell the welcome service about homes to rent or building plots for sale.</li>"
            "<li>Businesses can report vacancies, including part-time jobs and apprenticeships.</li></ul>"
        ),
        "partners": [
            ("Fjordvik Municipality", "public"),
            ("Lidal Municipality", "public"),
            ("Nesheim Municipality", "public"),
            ("Fjordsparebanken", "private"),
            ("Fjordregionen Business Forum", "private"),
            ("Fjordvik Volunteer Centre", "voluntary"),
            ("Fjordregionen Rural Women's Associations", "voluntary"),
        ],
        "phases": [
            (
                "Phase 1: Welcome service and groundwork",
                date(2002, 3, 1),
                date(2004, 6, 30),
                "<p>The service centres became the welcome service for people moving here, and a shared website with jobs, homes and building plots across the whole region was launched.</p>",
            ),
            (
                "Phase 2: Marketing and recruitment",
                date(2004, 8, 1),
                None,
                "<p>Active marketing of the region, the ‘Starting School by the Fjord’ campaign, trial-stay weekends and buddy families.</p>",
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
                "A fjord landscape with high mountains, houses along the shore and a white boat on the water",
                "Fjordvik seen from the water",
                "Solveig Aasen",
            ),
            (
                "school",
                12,
                "A two-storey school building with the Norwegian flag on the flagpole and children in the playground",
                "Starting School by the Fjord: a tour of Fjordvik School",
                "Kjetil Brakstad",
            ),
            (
                "meeting",
                13,
                "People round a table in a meeting room, with a board full of notes and a window looking out on the fjord",
                "Information meeting for new residents",
                ILLUSTRATION,
            ),
            (
                "village",
                14,
                "A village on a green hillside with houses, a road through the village and people walking along it",
                "Trial-stay weekend in Berg",
                "Solveig Aasen",
            ),
        ],
        "documents": [
            document(
                "Annual report 2024 for ‘Home to the Fjord’",
                "report",
                date(2025, 1, 20),
                "How many people registered an interest and moved here in 2024, and how the welcome service worked.",
                pdf=(
                    "Annual report 2024: Home to the Fjord",
                    [
                        "In 2024, 31 families and individuals registered an interest in moving to Fjordregionen. Nine households moved here during the year, bringing 14 children with them.",
                        "The welcome service contacted everyone who registered an interest within a week. Three trial-stay weekends were held, in Berg, Nedre Li and Holmane.",
                        "At the end of the year, 18 buddy families were taking part in the buddy scheme.",
                    ],
                ),
            )
        ],
        # (source, kind, amount, currency, from year, to year)
        "funding": [
            (
                "Fjordvik, Lidal and Nesheim municipalities",
                "municipality",
                Decimal(750000),
                "NOK",
                2025,
                2028,
            ),
            ("Fjordregionen Business Forum", "private", Decimal(120000), "NOK", 2025, 2028),
        ],
        # (kind, title, address, still picture for a video: (kind, seed, alt text))
        "links": [
            (
                "website",
                "Move to Fjordregionen: jobs, homes and building plots",
                "https://www.example.org/flytt-hit",
                None,
            ),
            (
                "facebook",
                "‘Home to the Fjord’ on Facebook",
                "https://facebook.example.org/heimtilfjorden",
                None,
            ),
            (
                "video",
                "Film: Everyday life by the fjord (4 minutes)",
                "https://video.example.org/kvardagen-ved-fjorden",
                (
                    "fjord",
                    15,
                    "A still from the film: the fjord between high mountains, houses along the shore and a white boat",
                ),
            ),
        ],
        "updates": [
            update(
                date(2021, 3, 18),
                "This year's trial-stay weekend went online",
                "<p>Because of the pandemic restrictions we could not welcome families to the villages this spring. Instead we "
                "held an online trial-stay weekend, with video meetings with the schools, employers and the three mayors.</p>"
                "<p>19 families took part, more than at any weekend held in person. We will build on what we learned.</p>",
            ),
            update(
                date(2022, 9, 15),
                "The welcome service has its own coordinator",
                "<p>Halvor Nyheim has been appointed coordinator for welcoming new residents, in a half-time post. He follows up "
                "everyone who registers an interest, and is each family's contact person until they have settled in.</p>"
                "<p>Until now the task was passed round the service centres, and it was easy for someone to fall through the "
                "cracks.</p>",
                picture=(
                    "meeting",
                    101,
                    "A meeting room with people round a table, a board covered in notes and a view of the fjord",
                    "Kick-off meeting with the service centres of the three municipalities",
                    ILLUSTRATION,
                ),
            ),
            update(
                date(2023, 5, 2),
                "A record for the trial-stay weekends",
                "<p>Twelve families took part in the two trial-stay weekends this spring, the highest number since we began. Five "
                "of them have already applied for jobs in the region, and two have been offered somewhere to live.</p>",
                picture=(
                    "village",
                    102,
                    "A green village with houses on the hillside and people walking along the road",
                    "The trial-stay families on a walk through Berg",
                    "Kjetil Brakstad",
                ),
            ),
            update(
                date(2024, 1, 22),
                "Annual report 2023: 38 registered an interest",
                "<p>In 2023, 38 families and individuals registered an interest in moving here. Eleven households have moved to "
                "the region, and people who moved here have started four new businesses.</p>",
            ),
            update(
                date(2025, 1, 20),
                "Annual report 2024: nine new households",
                "<p>31 families and individuals registered an interest in 2024, and nine households with 14 children between "
                "them moved here. The full annual report is under documents.</p>",
            ),
            update(
                date(2025, 10, 8),
                "The buddy scheme now covers every village",
                "<p>Buddy families have been on offer in the centre of Fjordvik since 2019. Now we have buddies in all five "
                "villages, thanks to the rural women's associations and the community associations.</p>",
            ),
            update(
                -12,
                "New film about everyday life by the fjord",
                "<p>The film follows four families who have moved here in recent years, from getting ready in the morning to "
                "football practice. It will be shown on social media this autumn, and you can watch it on the website for new "
                "residents.</p>",
            ),
            update(
                10,
                "Booking is open for the trial-stay weekend in Holmane",
                "<p>February's trial-stay weekend will be in Holmane. Families will stay in traditional fishermen's cabins, meet "
                "employers in fishing and fish farming and be shown round Nesheim School. The deadline for booking is 15 "
                "January.</p>",
            ),
        ],
    },
    {
        "slug": "sosial-utviklingsstrategi",
        "title": "Social local development strategy 2024–2030",
        "summary": "A joint strategy with one overall goal and five target areas, drawn up together with residents, businesses, clubs and young people across the region.",
        "status": "ongoing",
        "progress": 45,
        "starts_on": date(2024, 1, 15),
        "ends_on": date(2030, 12, 31),
        "is_featured": True,
        "lead_organisation": "Fjordregionen Development Office",
        "areas": ["fjordregionen"],
        "themes": [
            "gode-stader-a-bu",
            "arbeid-for-to",
            "naeringsliv-og-grunderskap",
            "oppvekst-fritid-og-fellesskap",
            "veg-breiband-og-kollektiv",
        ],
        "body": (
            "<p>What makes people choose to live somewhere, and to stay? Jobs and housing matter a great deal, but our "
            "experience from welcoming new residents is that community matters at least as much: getting to know people, "
            "being included and feeling that you belong. We call this social capital, and it is the starting point for the "
            "social local development strategy.</p>"
            "<p>The work follows two tracks. One is the plan itself: an overall goal, five target areas and actions with "
            "measurable indicators. The other is the way the plan is made. When the municipalities, businesses, clubs and "
            "residents meet, get to know each other and understand each other's roles, trust grows. That makes it easier to "
            "get things done, even after the strategy has been adopted.</p>"
            "<h2>Overall goal</h2>"
            "<p><strong>Fjordregionen will be a place where more people choose to live and to stay, because together we "
            "achieve more than each of us could alone.</strong></p>"
            "<h2>Five target areas</h2>"
            "<ol><li>Good places to live</li><li>Work for two</li><li>Business and enterprise</li>"
            "<li>Growing up, leisure and community</li><li>Roads, broadband and public transport</li></ol>"
            "<p>Each target area has two or three indicators that are measured every year, and an action plan that is "
            "reviewed and updated every autumn.</p>"
            "<h2>How the strategy is made</h2>"
            "<p>The advisory board has 17 members from the municipalities, business, farming and fishing, clubs and "
            "organisations, the villages, young people and older people. They follow the work closely and make sure the "
            "strategy has broad support. The youth advisory board, with pupils from the lower secondary schools in all three "
            "municipalities, gives advice on every matter that concerns young people.</p>"
            "<p>The village network has a representative from each village and keeps in touch with the community "
            "associations. Twice a year we invite everyone to a large strategy meeting. The first, in April 2024, brought "
            "together 140 people of all ages from every part of the region.</p>"
        ),
        "how_to_get_involved": (
            "<p>Everyone can take part:</p>"
            "<ul><li>Come to the strategy meeting every spring and autumn. It is free, and dinner is served.</li>"
            "<li>Get in touch with your village's representative in the village network.</li>"
            "<li>Are you at lower secondary school? Talk to your form teacher about the youth advisory board.</li></ul>"
            '<p>You can also write directly to the process leader at <a href="mailto:ingrid.haugland@example.org">'
            "ingrid.haugland@example.org</a>.</p>"
        ),
        "partners": [
            ("Fjordvik Municipality", "public"),
            ("Lidal Municipality", "public"),
            ("Nesheim Municipality", "public"),
            ("Vestfylket County Council", "public"),
            ("Fjordregionen Business Forum", "private"),
            ("Fjordvik Volunteer Centre", "voluntary"),
        ],
        "phases": [
            (
                "Mapping and listening",
                date(2024, 1, 15),
                date(2024, 10, 31),
                "<p>Interviews with politicians and managers, the first strategy meeting and suggestions from every village.</p>",
            ),
            (
                "Goals, indicators and actions",
                date(2024, 11, 1),
                date(2025, 12, 31),
                "<p>The advisory board works out the indicators and actions for each target area.</p>",
            ),
            (
                "Delivery and yearly review",
                date(2026, 1, 1),
                date(2030, 12, 31),
                "<p>The actions are carried out, and the indicators are measured and presented every autumn.</p>",
            ),
        ],
        "contacts": [("ingrid", "project_leader"), ("marte", "coordinator")],
        "pictures": [
            (
                "meeting",
                21,
                "A strategy meeting: people round a long table, a board of colourful notes and a window looking out on the fjord",
                "The first strategy meeting brought together 140 people",
                "Frida Tangen",
            ),
            (
                "school",
                22,
                "A two-storey school building with a flagpole and pupils outside in the playground",
                "The youth advisory board meets at the schools",
                ILLUSTRATION,
            ),
            (
                "village",
                23,
                "A village on a green hillside with houses, a road and people walking",
                "The villages should be good places to live",
                "Frida Tangen",
            ),
        ],
        "documents": [
            document(
                "Suggestions from the strategy meeting on 18 April 2024 (summary)",
                "report",
                date(2024, 4, 19),
                "The 612 suggestions from the strategy meeting, sorted by target area.",
                pdf=(
                    "Suggestions from the strategy meeting on 18 April 2024",
                    [
                        "140 people from every part of the region, aged from 12 to 87, made 612 suggestions in all.",
                        "Most of the suggestions were about housing, places for young people to meet, evening public transport, and work for the partners of people who move here.",
                        "The suggestions have been sorted under the five target areas and presented to the advisory board.",
                    ],
                ),
            ),
            document(
                "Overall goal and five target areas (adopted October 2024)",
                "plan",
                date(2024, 10, 3),
                "The goal and the target areas as the municipal councils adopted them.",
                pdf=(
                    "Overall goal and five target areas",
                    [
                        "Overall goal: Fjordregionen will be a place where more people choose to live and to stay, because together we achieve more than each of us could alone.",
                        "Target areas: Good places to live. Work for two. Business and enterprise. Growing up, leisure and community. Roads, broadband and public transport.",
                        "Adopted by the municipal councils of Fjordvik, Lidal and Nesheim in October 2024.",
                    ],
                ),
            ),
            document(
                "The decision of Fjordvik municipal council (case 2024/1187)",
                "decision",
                date(2024, 10, 3),
                "The case papers and the decision in Fjordvik Municipality's public records.",
                url="https://innsyn.example.org/fjordvik/sak/2024-1187",
            ),
        ],
        "milestones": [
            milestone(
                "Adopted by the municipal councils",
                "decision",
                happened=date(2024, 10, 3),
                description="Fjordvik, Lidal and Nesheim adopted the overall goal and the five target areas.",
                case_number="2024/1187",
                case_url="https://innsyn.example.org/fjordvik/sak/2024-1187",
            ),
            milestone(
                "Next year's action plan is adopted",
                "decision",
                planned=140,
                description="The spring strategy meeting sets the priorities among the actions, and the municipal councils adopt them.",
            ),
        ],
        "funding": [
            (
                "Fjordvik, Lidal and Nesheim municipalities",
                "municipality",
                Decimal(1500000),
                "NOK",
                2024,
                2030,
            ),
            (
                "Vestfylket County Council, regional development funding",
                "region",
                Decimal(900000),
                "NOK",
                2024,
                2026,
            ),
            (
                "Government grant for local community development",
                "state",
                Decimal(600000),
                "NOK",
                2025,
                2026,
            ),
            (
                "Interreg, the ‘Living Coastal Villages’ project",
                "eu",
                Decimal(85000),
                "EUR",
                2025,
                2027,
            ),
            ("Fjordsparebanken's community fund", "foundation", Decimal(150000), "NOK", 2025, 2025),
        ],
        "updates": [
            update(
                date(2024, 2, 20),
                "The advisory board has held its first meeting",
                "<p>17 members from business, clubs, villages, young people, older people and the three municipalities met at "
                "Berg Community Hall. All of them signed up to its purpose: long-term, systematic work to make the region a "
                "better place to live.</p>"
                "<p>The board will meet every six weeks until the strategy is adopted.</p>",
                "ongoing",
                5,
            ),
            update(
                date(2024, 4, 19),
                "140 people at the first strategy meeting",
                "<p>From twelve-year-olds to pensioners: 140 people from across the region came to the strategy meeting at "
                "Fjordvik Cultural Centre yesterday. After a talk about trust and cooperation they worked in groups, and came "
                "up with 612 suggestions.</p><p>A summary is under documents.</p>",
                progress=15,
                picture=(
                    "meeting",
                    201,
                    "Many people round a long table in a meeting room, with a board and a window looking out on the fjord",
                    "Group work at the strategy meeting",
                    "Frida Tangen",
                ),
            ),
            update(
                date(2024, 10, 3),
                "Overall goal and five target areas adopted",
                "<p>The municipal councils of Fjordvik, Lidal and Nesheim have now all adopted the overall goal and the five "
                "target areas. The next step is to find indicators and actions for each area.</p>",
                progress=25,
            ),
            update(
                date(2025, 3, 12),
                "The youth advisory board has given its advice",
                "<p>The pupils have worked on the target areas for six months. Their three most important pieces of advice "
                "are:</p>"
                "<ul><li>an evening bus between the villages, at least two days a week</li>"
                "<li>a place to hang out without having to buy anything</li>"
                "<li>more summer jobs for young people in local businesses</li></ul>",
                progress=30,
                picture=(
                    "school",
                    202,
                    "A school building with a flagpole and pupils in the playground",
                    "The youth advisory board presented its advice at Lidal School",
                    ILLUSTRATION,
                ),
            ),
            update(
                date(2025, 9, 25),
                "The indicators are ready",
                "<p>Each target area now has two or three indicators. The first measurements will be presented at the autumn "
                "meeting.</p>",
                progress=40,
            ),
            update(
                date(2026, 4, 23),
                "The action plan for 2026 is in place",
                "<p>The spring strategy meeting gave priority to twelve actions for 2026, among them an evening bus between the "
                "villages and more homes to rent in Nedre Li and Berg.</p>",
                progress=45,
            ),
            update(
                -3,
                "Autumn meeting: the first measurements of the indicators",
                "<p>At the autumn meeting the process leader presented the first measurements. Fibre coverage has gone up, "
                "while the number of homes available to rent is still too low in all three municipalities.</p>",
            ),
            update(
                -1,
                "Summary of the autumn meeting",
                "<p>Draft: to be read by the chair of the advisory board before it is published.</p>",
                draft=True,
            ),
        ],
    },
    {
        "slug": "utviklingsplan-nedre-li",
        "title": "Local development plan for Nedre Li",
        "summary": "The people of Nedre Li have drawn up a plan for more homes to rent, a safe route to school and a new place to meet by the school.",
        "status": "ongoing",
        "progress": 55,
        "progress_from": "weighted",
        "starts_on": date(2023, 1, 10),
        "ends_on": date(2027, 12, 31),
        "lead_organisation": "Nedre Li Community Association",
        "areas": ["nedre-li"],
        "themes": ["gode-stader-a-bu", "oppvekst-fritid-og-fellesskap"],
        "body": (
            "<p>The development plan for Nedre Li was drawn up by the people who live there, with help from the "
            "municipality. In the winter of 2022–2023 the community association held three open village meetings, and 212 "
            "residents answered a survey about what is good about the village and what is missing.</p>"
            "<p>The answers were clear: people are happy here, but it is almost impossible to find a home to rent, the walk "
            "to school along the county road is unsafe, and children and young people have nowhere to go after school.</p>"
            "<h2>The most important actions</h2>"
            "<ol><li>Six new homes to rent by the school, built by a local firm</li>"
            "<li>A new playground and activity area at Nedre Li School</li>"
            "<li>A pavement along the county road from the shop to the school</li>"
            "<li>A village day every year to welcome new residents</li></ol>"
            "<h2>How we work together</h2>"
            "<p>The plan is built on helping people to help themselves. The community association and its volunteers do what "
            "they can themselves, and the municipality provides expertise, applications and money where they are needed. The "
            "working group meets once a month and reports to the community association's annual general meeting.</p>"
        ),
        "how_to_get_involved": (
            "<p>Volunteer work days on the activity area every Tuesday in May from 18:00. Bring work gloves; the community "
            "association provides coffee and waffles.</p><p>If you would like to join the working group, contact Sunniva Lie "
            "at the municipality.</p>"
        ),
        "partners": [
            ("Fjordvik Municipality", "public"),
            ("Nedre Li Community Association", "voluntary"),
            ("Nedre Li Sports Club", "voluntary"),
            ("Li Bygg AS", "private"),
        ],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [
            (
                "village",
                31,
                "Nedre Li: houses scattered over a green hillside, a road through the village and people walking",
                "Nedre Li on a summer's day",
                "Nedre Li Community Association",
            ),
            (
                "building_site",
                32,
                "A building site with an excavator and the timber frame of a new house",
                "Groundwork for the new homes to rent",
                "Torgeir Haugen",
            ),
            (
                "school",
                33,
                "A school with a flagpole and children playing in the playground",
                "The new playground at Nedre Li School",
                "Nedre Li Community Association",
            ),
        ],
        "documents": [
            document(
                "Local development plan for Nedre Li 2023–2027",
                "plan",
                date(2023, 2, 28),
                "The plan as the community association's annual general meeting adopted it, with all four actions.",
                pdf=(
                    "Local development plan for Nedre Li 2023–2027",
                    [
                        "The plan was drawn up by Nedre Li Community Association after three open village meetings and a survey that 212 residents answered.",
                        "Actions: six homes to rent by the school, a new playground and activity area, a pavement along the county road and a village day every year.",
                        "Adopted at the community association's annual general meeting on 28 February 2023 and considered by Fjordvik municipal council in November 2023.",
                    ],
                ),
            )
        ],
        "milestones": [
            milestone(
                "Adopted at the community association's annual general meeting",
                "decision",
                happened=date(2023, 2, 28),
            ),
            milestone(
                "Considered by Fjordvik municipal council",
                "decision",
                happened=date(2023, 11, 13),
                description="The municipal council endorsed the plan and set aside money for the pavement.",
                case_number="2023/2210",
                case_url="https://innsyn.example.org/fjordvik/sak/2023-2210",
            ),
        ],
        "updates": [
            update(
                date(2023, 3, 1),
                "The plan is adopted at the annual general meeting",
                "<p>The community association's annual general meeting adopted the development plan unanimously last night. More "
                "than 90 people came.</p>",
                "ongoing",
                15,
            ),
            update(
                date(2023, 11, 14),
                "The municipal council backs the plan",
                "<p>Fjordvik municipal council has considered the plan and set aside NOK 1.2 million for a pavement along the "
                "county road. The county will pay the rest.</p>",
                progress=25,
            ),
            update(
                date(2024, 6, 14),
                "The school playground is open",
                "<p>More than a hundred children and adults came to the opening. The volunteers have put in more than 600 "
                "hours.</p>",
                progress=40,
                picture=(
                    "school",
                    301,
                    "A school with the Norwegian flag and children playing in the playground",
                    "Opening day at the new playground",
                    "Tone Kvåle",
                ),
            ),
            update(
                date(2025, 5, 6),
                "The pavement along the county road is finished",
                "<p>Pupils can now walk safely all the way from the shop to the school.</p>",
                progress=50,
            ),
            update(
                -40,
                "Building work starts on the homes to rent",
                "<p>Li Bygg AS started the groundwork this week. The homes are due to be ready for the start of the next school "
                "year, and the municipality will take applications from the new year.</p>",
                progress=55,
                picture=(
                    "building_site",
                    302,
                    "An excavator and the timber frame of a new house on a plot",
                    "Groundwork under way",
                    "Torgeir Haugen",
                ),
            ),
        ],
    },
    {
        "slug": "utviklingsplan-berg",
        "title": "Local development plan for Berg",
        "summary": "Berg is making a plan for the village centre around the community hall, with places to meet, safe roads and room for new businesses.",
        "status": "ongoing",
        "progress": 30,
        "starts_on": date(2026, 1, 15),
        "ends_on": date(2026, 12, 31),
        "lead_organisation": "Berg Village Association",
        "areas": ["berg"],
        "themes": [
            "gode-stader-a-bu",
            "oppvekst-fritid-og-fellesskap",
            "naeringsliv-og-grunderskap",
        ],
        "body": (
            "<p>Berg is the village centre of Lidal, but the centre has grown up without a plan. The shop, the community "
            "hall, the nursery and the petrol station are spread out along the main road, and there is no natural place to "
            "stop and meet.</p>"
            "<p>So the village association took the initiative for a plan for the centre. The plan will show how the centre "
            "can become a safer and more pleasant place, where new homes and businesses could go, and what should happen to "
            "the community hall, which needs a new roof and a bigger kitchen.</p>"
            "<h2>How we are making the plan</h2>"
            "<ul><li>A study of the place by architecture students</li>"
            "<li>Two open village meetings in the community hall</li>"
            "<li>A drawing day where the children at the nursery and the school draw their dream village centre</li>"
            "<li>A draft that will be put out for consultation before Christmas</li></ul>"
            "<p>The plan is to be finished by the end of 2026 and will be presented to Lidal municipal council.</p>"
        ),
        "how_to_get_involved": (
            "<p>Come to the village meeting in the community hall, or send your ideas to the village association. Every "
            "suggestion is read, and we will tell you what we did with it.</p>"
        ),
        "partners": [
            ("Lidal Municipality", "public"),
            ("Berg Village Association", "voluntary"),
            ("Berg Landhandel AS", "private"),
        ],
        "phases": [],
        "contacts": [("aud", "project_leader"), ("marte", "contact")],
        "pictures": [
            (
                "village",
                41,
                "Berg: houses on a green hillside, a road through the village and people walking along it",
                "The centre of Berg",
                "Kari Midtbø",
            ),
            (
                "meeting",
                42,
                "A village meeting with people round a table, a board covered in notes and a window looking out on the fjord",
                "The first village meeting about the plan",
                ILLUSTRATION,
            ),
        ],
        "documents": [
            document(
                "Consultation draft: local development plan for Berg",
                "consultation",
                -10,
                "The draft the village association has put out for consultation, with the three sketches for a new village centre.",
                pdf=(
                    "Consultation draft: local development plan for Berg",
                    [
                        "The draft builds on the study of the place, two open village meetings and the drawings from the nursery and the school.",
                        "Three sketches for a new village centre: a place to meet by the community hall, a safer crossing of the main road, and plots for new homes and businesses.",
                        "Send your comments to Berg Village Association or Lidal Municipality by the consultation deadline.",
                    ],
                ),
            )
        ],
        "milestones": [
            milestone(
                "The draft is out for consultation",
                "consultation",
                happened=-10,
                until=25,
                description="Anyone can give their views on the draft to the village association or the municipality.",
                case_number="2026/1432",
                case_url="https://innsyn.example.org/lidal/sak/2026-1432",
            ),
            milestone(
                "Lidal municipal council considers the plan",
                "decision",
                planned=75,
            ),
        ],
        "updates": [
            update(
                date(2025, 11, 5),
                "The village association wants a plan for the centre",
                "<p>The annual general meeting of Berg Village Association decided to ask the municipality for help with a plan "
                "for the village centre.</p>",
                "idea",
            ),
            update(
                date(2026, 1, 20),
                "The planning work is funded",
                "<p>Lidal Municipality and Vestfylket County Council are paying for the study of the place and for leading the "
                "process. The village association is contributing volunteer work.</p>",
                "planned",
                5,
            ),
            update(
                date(2026, 3, 10),
                "More than 90 at the first village meeting",
                "<p>The community hall was full. Most of the suggestions were about the traffic on the main road and the lack of "
                "anywhere to sit in the centre.</p>",
                "ongoing",
                15,
                picture=(
                    "meeting",
                    401,
                    "People gathered round a long table, with a board and a window looking out on the fjord",
                    "The village meeting in the community hall",
                    "Kari Midtbø",
                ),
            ),
            update(
                date(2026, 6, 2),
                "The study of the centre is finished",
                "<p>The students have mapped how people use the centre. The study shows that most people drive straight through "
                "without stopping.</p>",
                progress=25,
            ),
            update(
                -25,
                "The children have drawn their dream village centre",
                "<p>58 drawings from the nursery and the school are now on the walls of the community hall. A place to swim, a "
                "skatepark and a café selling ice cream come up in many of them.</p>",
                progress=30,
            ),
        ],
    },
    {
        "slug": "utviklingsplan-holmane",
        "title": "Local development plan for Holmane",
        "summary": "All ten actions in the Holmane development plan have been carried out: the harbour has been improved, the museum has a new roof and visiting boats have a floating pontoon.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2019, 4, 1),
        "ends_on": date(2025, 6, 30),
        "lead_organisation": "Holmane Boat Club",
        "areas": ["holmane"],
        "themes": ["gode-stader-a-bu", "naeringsliv-og-grunderskap"],
        "body": (
            "<p>Holmane was the first fishing village in the region to make its own development plan. The boat club, the "
            "coastal museum and the community association joined forces in 2019 and asked everyone living in the village what "
            "they wanted more of. The answer was a harbour that can be used all year round, a place where residents and summer "
            "visitors can meet, and more people living here when autumn comes.</p>"
            "<h2>What we achieved</h2>"
            "<ul><li>The harbour has been dredged and enlarged, so the fishing boats can be moored here all year round.</li>"
            "<li>The coastal museum has a new roof and is open four days a week in summer.</li>"
            "<li>A new floating pontoon takes visiting boats, and the harbour fees go to the boat club.</li>"
            "<li>Two boathouses have been restored and are let out as holiday accommodation.</li></ul>"
            "<h2>What we learned</h2>"
            "<p>Getting permission for the dredging took longer than expected, and without so many people willing to lend a "
            "hand the plan could not have been carried out. What we learned has now been written up, so that Nedre Li and Berg "
            "can learn from it.</p>"
        ),
        "how_to_get_involved": (
            "<p>The boat club is always glad of new members, and the coastal museum needs volunteer hosts during the summer "
            "season.</p>"
        ),
        "partners": [
            ("Nesheim Municipality", "public"),
            ("Holmane Boat Club", "voluntary"),
            ("Holmane Coastal Museum", "voluntary"),
            ("Holmane Fisk AS", "private"),
        ],
        "phases": [],
        "contacts": [("eirik", "project_leader")],
        "pictures": [
            (
                "quay",
                51,
                "A quay with a large yellow warehouse and red boathouses by the water, with mountains behind",
                "The harbour at Holmane",
                "Lars Helle",
            ),
            (
                "fjord",
                52,
                "A fjord between mountains, with houses along the shore and a white boat",
                "The approach to Holmane by sea",
                "Solveig Aasen",
            ),
        ],
        "updates": [
            update(
                date(2021, 5, 20),
                "The harbour has been dredged",
                "<p>After two years of applications and a year of work, the fishing boats can now be moored in the harbour all "
                "year round.</p>",
                "ongoing",
                40,
                picture=(
                    "quay",
                    501,
                    "A quay with a yellow warehouse and red boathouses by the fjord",
                    "The harbour after dredging",
                    "Lars Helle",
                ),
            ),
            update(
                date(2022, 8, 12),
                "The coastal museum has a new roof",
                "<p>40 volunteers worked on it over three weekends. The museum is now watertight and can stay open all "
                "summer.</p>",
                progress=60,
            ),
            update(
                date(2023, 8, 30),
                "New floating pontoon for visiting boats",
                "<p>The pontoon has room for twelve boats and was full on several weekends in July.</p>",
                progress=80,
            ),
            update(
                date(2025, 6, 30),
                "Every action in the plan has been carried out",
                "<p>With the two restored boathouses, the last action in the plan is done. Thank you to everyone who took "
                "part!</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "pakkhuset-sjovoll",
        "title": "The warehouse on the quay at Sjøvoll as a meeting place",
        "summary": "An idea to turn the old warehouse into a café, a stage and a shared office space for the whole fjord.",
        "status": "idea",
        "progress": None,
        "starts_on": None,
        "lead_organisation": "Sjøvoll Residents' Association",
        "areas": ["sjovoll"],
        "themes": ["oppvekst-fritid-og-fellesskap", "naeringsliv-og-grunderskap"],
        "body": (
            "<p>The warehouse on the quay at Sjøvoll has stood empty since the village shop closed. The residents' association "
            "wants to find out whether it could become a meeting place for the whole fjord: a café in summer, a stage for "
            "concerts and desks for people who work from home.</p><p>Before anything can happen, the condition of the building "
            "and who owns it have to be looked into.</p>"
        ),
        "how_to_get_involved": "<p>Do you have ideas for how the warehouse could be used, or would you like to help look into it? Get in touch.</p>",
        "partners": [
            ("Sjøvoll Residents' Association", "voluntary"),
            ("Fjordvik Municipality", "public"),
        ],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [
            (
                "quay",
                61,
                "A quay with a large yellow warehouse and red boathouses by the fjord",
                "The warehouse on the quay",
                "Siv Hamre",
            )
        ],
        "updates": [
            update(
                -60,
                "The idea was presented at the residents' meeting",
                "<p>More than fifty people came, and many signed up for a working group.</p>",
            )
        ],
    },
    {
        "slug": "fiber-ovre-dal",
        "title": "Fibre broadband for Øvre Dal",
        "summary": "Bringing fibre broadband to every farm and cabin in Øvre Dal. The work is on hold while the municipality applies for more state funding.",
        "status": "paused",
        "progress": 30,
        "starts_on": date(2023, 9, 1),
        "lead_organisation": "Lidal Municipality",
        "areas": ["ovre-dal"],
        "themes": ["veg-breiband-og-kollektiv", "arbeid-for-to"],
        "body": (
            "<p>In Øvre Dal most farms only have mobile internet, and that is not enough for a farmer who has to send records "
            "to the Norwegian Food Safety Authority, or for a cabin guest who wants to work in the mountains for a week.</p>"
            "<p>The first stretch, from Berg to Dalsetra, is finished. The rest turned out to cost more than expected, and the "
            "work is on hold until a new application for state funding has been decided.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [
            ("Lidal Municipality", "public"),
            ("Dalsnett AS", "private"),
            ("Øvre Dal Cabin Owners' Association", "voluntary"),
        ],
        "phases": [],
        "contacts": [("torbjorn", "contact")],
        "pictures": [
            (
                "farms",
                71,
                "Farms with white farmhouses and red barns spread over a green hillside under high mountains",
                "The farms in Øvre Dal",
                "Ola Reppen",
            )
        ],
        "updates": [
            update(
                date(2023, 9, 1),
                "Digging has started",
                "<p>The first stretch runs from Berg to Dalsetra.</p>",
                "ongoing",
                10,
            ),
            update(
                date(2024, 3, 15),
                "The first stretch is finished",
                "<p>Twelve farms and 40 cabins can now order fibre.</p>",
                progress=30,
            ),
            update(
                date(2024, 10, 15),
                "The work is put on hold",
                "<p>The rest of the route would cost nearly twice as much as expected, mostly because of rock in the "
                "ground.</p>",
                "paused",
            ),
            update(
                date(2026, 2, 10),
                "New application for state funding sent",
                "<p>An answer is expected before the summer. If the application is granted, the work will continue next "
                "spring.</p>",
            ),
        ],
    },
    {
        "slug": "felles-ungdomsklubb",
        "title": "A shared youth club for three municipalities",
        "summary": "The plan for one shared youth club was cancelled. Young people preferred club nights in their own village.",
        "status": "cancelled",
        "progress": None,
        "starts_on": date(2021, 8, 1),
        "ends_on": date(2022, 4, 1),
        "lead_organisation": "Fjordregionen Youth Council",
        "areas": ["fjordvik", "lidal", "nesheim"],
        "themes": ["oppvekst-fritid-og-fellesskap"],
        "body": (
            "<p>The idea was one large youth club in Fjordvik for all three municipalities. When the youth council asked young "
            "people themselves, most of them preferred club nights in their own village to a long bus ride each way.</p>"
            "<p>So the project was cancelled. The money went on equipment for the clubs in each municipality instead.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [],
        "phases": [],
        "contacts": [("marte", "contact")],
        "pictures": [],
        "updates": [
            update(
                date(2021, 10, 5),
                "The youth council looks into a shared club",
                "<p>The youth council will ask every pupil at the lower secondary schools what they think.</p>",
                "planned",
            ),
            update(
                date(2022, 4, 1),
                "The project is cancelled",
                "<p>Seven out of ten young people preferred club nights in their own village. The youth council recommended "
                "cancelling the project, and this was agreed unanimously.</p>",
                "cancelled",
            ),
        ],
    },
    {
        "slug": "turstiar-fjordvik",
        "title": "Walking trails from Fjordvik centre to Sjøvoll",
        "summary": "Twelve kilometres of new, waymarked walking trails from the centre to Sjøvoll, with a bridge over the river and benches at the viewpoints.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2021, 4, 1),
        "ends_on": date(2023, 9, 30),
        "lead_organisation": "Fjordvik Hiking Club",
        "areas": ["fjordvik", "sjovoll"],
        "themes": ["oppvekst-fritid-og-fellesskap"],
        "body": (
            "<p>The trails have been cleared, waymarked and signposted, and they are in the hiking club's walking app. They "
            "are made so that children and older people can walk them, with benches at the viewpoints and a new bridge over "
            "the Sjøvollelva river.</p>"
            "<p>More than a thousand people have logged the walk in the app since the trails opened.</p>"
        ),
        "how_to_get_involved": "<p>Become a trail volunteer and help clear the paths every spring. The hiking club will teach you what you need to know.</p>",
        "partners": [
            ("Fjordvik Hiking Club", "voluntary"),
            ("Fjordvik Municipality", "public"),
            ("Fjordsparebanken", "private"),
        ],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [
            (
                "trail",
                81,
                "A path winding through a green meadow towards high mountains, with pine trees and walkers carrying rucksacks",
                "The trail towards Sjøvoll",
                "Fjordvik Hiking Club",
            ),
            (
                "trail",
                82,
                "Walkers with rucksacks on a path through the meadow, with mountains behind",
                "The opening walk",
                "Fjordvik Hiking Club",
            ),
        ],
        "updates": [
            update(
                date(2021, 6, 1),
                "The first section of trail is finished",
                "<p>Four kilometres from the centre to Storesteinen have been cleared and waymarked.</p>",
                "ongoing",
                30,
            ),
            update(
                date(2022, 6, 10),
                "The bridge over the Sjøvollelva is in place",
                "<p>25 volunteers carried the bridge into place.</p>",
                progress=60,
            ),
            update(
                date(2023, 9, 30),
                "All the trails are open",
                "<p>The opening walk brought together 200 walkers of all ages.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "kontorfellesskapet-loftet",
        "title": "Loftet shared office space in Fjordvik",
        "summary": "Fourteen desks in the centre of Fjordvik for people who work from home or for employers far away.",
        "status": "ongoing",
        "progress": 70,
        "starts_on": date(2024, 6, 1),
        "lead_organisation": "Fjordregionen Business Forum",
        "areas": ["fjordvik"],
        "themes": ["arbeid-for-to", "naeringsliv-og-grunderskap"],
        "body": (
            "<p>Many people who move here have a partner who wants to bring their job with them. Loftet gives them a place to "
            "work with colleagues, fast internet and meeting rooms, instead of the kitchen table.</p>"
            "<p>The shared office is on the first floor of the old bank building. The business forum rents the premises, and "
            "members pay a monthly rent depending on how much they use it.</p>"
        ),
        "how_to_get_involved": "<p>Drop in on the open day on the first Friday of the month, or put your name on the waiting list.</p>",
        "partners": [
            ("Fjordregionen Business Forum", "private"),
            ("Fjordvik Municipality", "public"),
            ("Fjordsparebanken", "private"),
        ],
        "phases": [],
        "contacts": [("torbjorn", "project_leader")],
        "pictures": [
            (
                "meeting",
                91,
                "People sitting at a long table in a bright room, with a board full of notes and a window looking out on the fjord",
                "Lunch together at Loftet",
                "Frida Tangen",
            )
        ],
        "updates": [
            update(
                date(2024, 8, 15),
                "The lease has been signed",
                "<p>The business forum is renting the first floor of the old bank building for five years.</p>",
                "ongoing",
                20,
            ),
            update(
                date(2025, 2, 3),
                "Loftet has opened with fourteen desks",
                "<p>Nine desks were taken in the first week.</p>",
                progress=60,
            ),
            update(
                -7,
                "Loftet is full: the waiting list is open",
                "<p>All fourteen desks are taken. The business forum is looking into whether more rooms in the building can be "
                "brought into use.</p>",
                progress=70,
            ),
        ],
    },
    {
        "slug": "kveldsbuss",
        "title": "Evening bus between the villages",
        "summary": "A trial evening bus service between the villages two days a week, following advice from the youth advisory board.",
        "status": "planned",
        "progress": None,
        "starts_on": date(2027, 1, 4),
        "ends_on": date(2027, 12, 17),
        "lead_organisation": "Vestfylket County Council",
        "areas": ["fjordvik", "lidal", "nesheim"],
        "themes": ["veg-breiband-og-kollektiv", "oppvekst-fritid-og-fellesskap"],
        "body": (
            "<p>Today the last bus from Fjordvik to Berg leaves at 17:10. For young people who want to go to training, the "
            "cinema or a youth club in another village, that means someone has to drive them.</p>"
            "<p>From January 2027 the county will trial an evening bus on Tuesdays and Thursdays, with the last departure from "
            "Fjordvik at 22:00. The route goes via Nedre Li and Berg and connects with the ferry to Nesheim.</p>"
        ),
        "how_to_get_involved": "<p>Take the bus! The trial will only continue if enough people use it.</p>",
        "partners": [
            ("Vestfylket County Council", "public"),
            ("Fjordvik Municipality", "public"),
            ("Lidal Municipality", "public"),
        ],
        "phases": [],
        "contacts": [("ingrid", "contact")],
        "pictures": [
            (
                "road",
                111,
                "A bus on a road along the fjord, with a bus stop and mountains behind",
                "The bus along the fjord",
                ILLUSTRATION,
            )
        ],
        "milestones": [
            milestone(
                "The county council granted money for the trial year",
                "decision",
                happened=date(2026, 9, 17),
                case_number="2026/880",
                case_url="https://moteportal.example.org/vestfylket/fylkesting/2026-09-17/sak-88",
            ),
            milestone(
                "The first evening bus runs",
                "opening",
                planned=date(2027, 1, 5),
                description="Last departure from Fjordvik at 22:00, on Tuesdays and Thursdays.",
            ),
        ],
        "updates": [
            update(
                date(2025, 6, 10),
                "Young people want an evening bus",
                "<p>An evening bus was the most important piece of advice from the youth advisory board. The matter has been "
                "passed on to the county.</p>",
                "idea",
            ),
            update(
                date(2026, 9, 18),
                "The county funds a trial from January",
                "<p>Vestfylket has set aside money for a trial year with an evening bus two days a week.</p>",
                "planned",
            ),
        ],
    },
    {
        "slug": "sommarskule-i-naustet",
        "title": "Summer school in the boathouse",
        "summary": "A week of boatbuilding, fishing and coastal culture for children in Holmane in the summer.",
        "status": "idea",
        "progress": None,
        "starts_on": None,
        "lead_organisation": "Holmane Coastal Museum",
        "areas": ["holmane"],
        "themes": ["oppvekst-fritid-og-fellesskap"],
        "is_published": False,
        "body": (
            "<p>The coastal museum would like to try a summer school week for children aged 9 to 13. The idea is still being "
            "worked on and has not been published yet.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [("Holmane Coastal Museum", "voluntary")],
        "phases": [],
        "contacts": [("eirik", "contact")],
        "pictures": [],
        "updates": [],
    },
    # The four actions of the local development plan for Nedre Li, each a project of its
    # own; the plan's progress is their mean weighted by how much work each is.
    {
        "slug": "nedre-li-utleigebustader",
        "title": "Six homes to rent by Nedre Li School",
        "summary": "Li Bygg AS is building six homes to rent by the school, and the municipality will let them, first to young people and to families moving here.",
        "status": "ongoing",
        "progress": 20,
        "starts_on": date(2025, 9, 1),
        "ends_on": date(2027, 8, 1),
        "parent": "utviklingsplan-nedre-li",
        "weight": 5,
        "lead_organisation": "Fjordvik Municipality",
        "areas": ["nedre-li"],
        "themes": ["gode-stader-a-bu"],
        "body": (
            "<p>It is almost impossible to rent a home in Nedre Li, and that was what people missed most in the survey. "
            "The municipality has bought the plot by the school, and Li Bygg AS is building six homes with two or three "
            "bedrooms.</p>"
            "<p>The homes will be let at market rent, but young people under 35 and families moving here will be first in "
            "the queue.</p>"
        ),
        "how_to_get_involved": "<p>Applications to rent will be accepted from the new year. Contact Sunniva Lie at the municipality.</p>",
        "partners": [("Fjordvik Municipality", "public"), ("Li Bygg AS", "private")],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [],
        "milestones": [
            milestone("The first tenants move in", "opening", planned=240),
        ],
        "updates": [
            update(
                date(2025, 9, 1),
                "The plot by the school has been zoned",
                "<p>The municipal council has approved the zoning plan, and the municipality has bought the plot.</p>",
                "planned",
                5,
            ),
            update(
                -38,
                "The diggers have started",
                "<p>The groundwork is going to plan. The first homes are due to be ready for the start of the school year.</p>",
                "ongoing",
                20,
            ),
        ],
    },
    {
        "slug": "nedre-li-leikeplass",
        "title": "Playground and activity area at the school",
        "summary": "A new playground with a climbing frame, a ball court and an open-sided shelter at Nedre Li School, built by volunteers.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2023, 8, 1),
        "ends_on": date(2024, 6, 14),
        "parent": "utviklingsplan-nedre-li",
        "weight": 2,
        "lead_organisation": "Nedre Li Community Association",
        "areas": ["nedre-li"],
        "themes": ["oppvekst-fritid-og-fellesskap"],
        "body": (
            "<p>The playground is open to everyone, including after school and in the holidays. The volunteers put in more "
            "than 600 hours, and the municipality paid for the equipment.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [
            ("Nedre Li Community Association", "voluntary"),
            ("Fjordvik Municipality", "public"),
        ],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [],
        "updates": [
            update(
                date(2024, 6, 14),
                "The playground is finished",
                "<p>The climbing frame, the ball court and the shelter are in place, and the playground has been handed over "
                "to the school.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "nedre-li-fortau",
        "title": "Pavement along the county road from the shop to the school",
        "summary": "A kilometre of new pavement with street lights makes the walk to school safe all year round.",
        "status": "completed",
        "progress": 100,
        "starts_on": date(2024, 4, 2),
        "ends_on": date(2025, 5, 6),
        "parent": "utviklingsplan-nedre-li",
        "weight": 2,
        "lead_organisation": "Vestfylket County Council",
        "areas": ["nedre-li"],
        "themes": ["veg-breiband-og-kollektiv"],
        "body": (
            "<p>Pupils used to walk along the edge of the county road, where the speed limit is 60 km/h. Now they have a "
            "lit pavement all the way from the shop to the school.</p>"
        ),
        "how_to_get_involved": "",
        "partners": [
            ("Vestfylket County Council", "public"),
            ("Fjordvik Municipality", "public"),
        ],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [],
        "funding": [
            ("Fjordvik Municipality", "municipality", Decimal(1200000), "NOK", 2024, 2025),
            ("Vestfylket County Council", "region", Decimal(1800000), "NOK", 2024, 2025),
        ],
        "updates": [
            update(
                date(2025, 5, 6),
                "The pavement is open",
                "<p>The pavement and the street lights are finished, three weeks ahead of schedule.</p>",
                "completed",
                100,
            ),
        ],
    },
    {
        "slug": "nedre-li-bygdedag",
        "title": "A village day every year for new and long-standing residents",
        "summary": "A day every August when new residents are welcomed and the clubs and associations in the village show what they do.",
        "status": "ongoing",
        "progress": 50,
        "starts_on": date(2024, 8, 1),
        "parent": "utviklingsplan-nedre-li",
        "weight": 1,
        "lead_organisation": "Nedre Li Community Association",
        "areas": ["nedre-li"],
        "themes": ["oppvekst-fritid-og-fellesskap", "ta-godt-imot"],
        "body": (
            "<p>The village day is a day of food, games and stalls from the clubs in the village. Everyone who has moved "
            "here since the last one gets a personal invitation. The aim is for the day to become a fixture, with its own "
            "organisers every year.</p>"
        ),
        "how_to_get_involved": "<p>Would you like to help organise the next village day? Get in touch with the community association.</p>",
        "partners": [("Nedre Li Community Association", "voluntary")],
        "phases": [],
        "contacts": [("sunniva", "contact")],
        "pictures": [],
        "updates": [
            update(
                date(2025, 8, 23),
                "150 people at the second village day",
                "<p>Twenty new residents came, and four of them joined the sports club the same day.</p>",
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
        "Steering group for ‘Home to the Fjord’",
        "steering_group",
        "<p>Representatives of the three municipalities, local businesses and volunteers steer the campaign and approve its budget every year.</p>",
        CAMPAIGN_GROUP_MEMBERS,
        ["heim-til-fjorden"],
    ),
    (
        "radgjevande-organ",
        "Advisory board",
        "advisory_board",
        "<p>17 members from the municipalities, business, farming and fishing, clubs and organisations, the villages, young "
        "people and older people. The board gives advice on the strategy and makes sure it has broad support.</p>",
        ADVISORY_BOARD_MEMBERS,
        ["sosial-utviklingsstrategi"],
    ),
    (
        "ungdomens-radgjevande-organ",
        "Youth advisory board",
        "junior_advisory_board",
        "<p>Pupils from the lower secondary schools in all three municipalities give advice on every matter that concerns "
        "young people. For pupils we show only their first name and grade.</p>",
        JUNIOR_BOARD_MEMBERS,
        ["sosial-utviklingsstrategi", "kveldsbuss"],
    ),
    (
        "bygdenettverket",
        "Village network",
        "network",
        "<p>A representative from each village keeps the community associations in touch with the work on the strategy, and "
        "shares experience of the development plans.</p>",
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
        "Working group for the Nedre Li development plan",
        "working_group",
        "<p>The working group follows up the actions in the plan and meets at the school on the first Monday of every month.</p>",
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
        "The street lights along the road to school in Berg have been out for a week. It is "
        "dangerous for the children who walk to the bus in the morning.",
        "Ingrid Haugland",
        "ingrid.haugland@example.org",
        True,
        False,
        "new",
    ),
    (
        None,
        5,
        "Several of us in Holmane would like to start a cooperative grocery shop. Who can we "
        "talk to at the municipality?",
        "Terje Myklebust",
        "terje.myklebust@example.org",
        True,
        True,
        "in_progress",
    ),
    (
        "utviklingsplan-nedre-li",
        12,
        "More than forty adults and children turned out for the work day at the bathing "
        "spot. The jetty is finished!",
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
        "Open village meeting on the plan for the centre of Berg",
        "utviklingsplan-berg",
        9,
        time(19, 0),
        time(21, 0),
        "Berg Community Hall, main hall",
        "<p>The working group will show its three sketches for a new centre in Berg: traffic, places to meet "
        "and where new homes could go. Afterwards we will talk it over in groups.</p>"
        "<p>Everyone is welcome, and there will be coffee and cake. You do not need to sign up.</p>",
        organiser="aud",
        documents=[
            document(
                "Agenda for the village meeting on the plan for the centre",
                "agenda",
                2,
                pdf=(
                    "Open village meeting on the plan for the centre of Berg",
                    [
                        "1. Welcome from the chair of Berg Village Association.",
                        "2. The working group presents the three sketches for a new village centre.",
                        "3. Group work: traffic, places to meet and where new homes could go.",
                        "4. Summing up and next steps towards the decision of the municipal council.",
                    ],
                ),
            )
        ],
    ),
    meeting(
        "Volunteer work day on the trail from Fjordvik to Sjøvoll",
        "turstiar-fjordvik",
        17,
        time(10, 0),
        time(14, 0),
        "The car park by the quay in Fjordvik",
        "<p>We will lay boardwalks across the bog and waymark the last part of the trail down towards "
        "Sjøvoll. Bring work gloves and sturdy shoes; the hiking club has the tools.</p>"
        "<p>Soup for everyone who helps.</p>",
    ),
    meeting(
        "Information meeting on fibre broadband for Øvre Dal",
        "fiber-ovre-dal",
        26,
        time(18, 30),
        time(20, 0),
        "Øvre Dal Village Hall",
        "<p>What does it cost, when will the diggers come, and how do you order? The fibre company "
        "and the municipality will answer your questions.</p>",
    ),
    meeting(
        "Public meeting: how do we want to live in Fjordregionen?",
        None,
        38,
        time(18, 0),
        time(20, 30),
        "Fjordvik Cultural Centre",
        "<p>An open meeting for all three municipalities about housing, work and everyday life in the "
        "villages. What you tell us will feed into the work on the new development strategy.</p>"
        "<ul><li>A short introduction from the process leader</li><li>Discussion in groups</li>"
        "<li>Summing up and next steps</li></ul>",
        organiser="ingrid",
        sign_up="https://skjema.example.org/folkemote-fjordregionen",
        sign_up_by=(33, time(23, 59)),
    ),
    meeting(
        "Working meeting on the Holmane development plan",
        "utviklingsplan-holmane",
        -12,
        time(18, 0),
        time(20, 0),
        "Holmane Coastal Museum",
        "<p>The boat club, the coastal museum and the community association went through what has been "
        "done since last year, and what should come first next year.</p>",
        audience="invited",
        organiser="eirik",
    ),
    meeting(
        "Evening meeting about the evening bus between the villages",
        "kveldsbuss",
        -33,
        time(19, 0),
        time(20, 30),
        "The waiting room at the ferry quay in Nesheim",
        "<p>At what times do people need a bus in the evening, and where should it stop? More than 40 "
        "people came, and their answers have been collected in a note to the county council.</p>",
        documents=[
            document(
                "Notes from the evening meeting about the evening bus",
                "minutes",
                -32,
                "The times and stops people asked for, sent to the county council.",
                pdf=(
                    "Notes from the evening meeting about the evening bus",
                    [
                        "43 people came, most of them young people and parents from Berg and Nedre Li.",
                        "Most wanted a bus on Tuesdays and Thursdays, with the last departure from Fjordvik after 21:30.",
                        "The bus should stop at the school in Nedre Li, the community hall in Berg and the ferry quay, so that it connects with the ferry to Nesheim.",
                    ],
                ),
            )
        ],
    ),
    meeting(
        "Welcome evening for new residents",
        ["heim-til-fjorden", "pakkhuset-sjovoll"],
        -61,
        time(18, 0),
        None,
        "The warehouse on the quay at Sjøvoll",
        "<p>New and long-standing residents met for food, music and an introduction to the clubs and "
        "associations in the region.</p>",
        organiser="halvor",
        outcome="<p>Around 85 people came, nearly 30 of them people who have moved here in the last two years. Twelve "
        "clubs and associations presented themselves, and four new buddy families signed up.</p>"
        "<p>Many people asked whether the warehouse could be used more often. The residents' association will include "
        "this in its study of the building.</p>",
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
            "name": "Families who have registered an interest",
            "unit": "families",
            "description": "Families who have contacted the welcome service since the campaign "
            "was relaunched in 2024, running total.",
            "baseline": Decimal(0),
            "baseline_on": date(2024, 1, 1),
            "target": Decimal(50),
            "target_on": date(2027, 12, 31),
            "position": 1,
            "measured_every": 6,  # counted every April and October
        },
        [
            (date(2024, 4, 1), "6", ""),
            (date(2024, 10, 1), "13", "After the trial-stay weekend in Berg"),
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
            "name": "New residents in the region",
            "unit": "residents",
            "description": "How many people moved to the three municipalities during the year.",
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
            (date(2025, 12, 31), "79", "Provisional figure"),
        ],
    ),
    (
        "theme",
        "gode-stader-a-bu",
        {
            "name": "Empty detached houses",
            "unit": "houses",
            "description": "Detached houses that have stood empty for more than a year, counted "
            "by the municipalities every spring. The aim is fewer.",
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
            "name": "Residents who are happy in their village",
            "unit": "%",
            "description": "The share who answer ‘good’ or ‘very good’ in the yearly residents' "
            "survey.",
            "baseline": Decimal("78.5"),
            "baseline_on": date(2023, 5, 15),
            "target": Decimal(85),
            "target_on": date(2030, 12, 31),
            "position": 2,
        },
        [
            (date(2023, 5, 15), "78.5", ""),
            (date(2024, 5, 15), "80.2", ""),
            (date(2025, 5, 15), "79.6", "Fewer answers than usual"),
            (date(2026, 5, 15), "82.4", ""),
        ],
    ),
    (
        "project",
        "sosial-utviklingsstrategi",
        {
            "name": "Population of the region",
            "unit": "index",
            "description": "The population of the three municipalities on 1 January, as an index where 2008 is 100.",
            "about": (
                "<p>The index makes comparison easy: 97 means that three per cent fewer people live here than in 2008. "
                "The population of the region fell until 2016 and has risen a little every year since, mostly because "
                "people have moved here.</p>"
                "<p>Lidal is shown as a line of its own because its population fell the most. The projection shows what "
                "will happen if people keep moving here at the same rate as over the last five years.</p>"
            ),
            "source": "Vestfylket County Council, population figures and projections",
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
                "Lidal Municipality",
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
                "Projection for the region",
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
        "Status of the development work in 2025",
        "<p>Every year we take stock of the development work in Fjordregionen as a whole and set the direction for the "
        "year ahead. 2025 was the year the plans were put into action: the pavement in Nedre Li was finished, Holmane "
        "completed every action in its development plan, and Loftet opened with fourteen desks.</p>"
        "<h2>Our priorities for 2026</h2>"
        "<ul><li>More homes to rent in Nedre Li and Berg</li>"
        "<li>An evening bus between the villages, together with the county</li>"
        "<li>A new plan for new residents, with two target areas of its own</li></ul>"
        "<p>The balance is the same as before: long-term efforts that need patient work, and actions that make a "
        "difference here and now. The full status report is under documents.</p>",
        authors=["ingrid", "halvor"],
        byline="The project group for the development strategy",
        documents=[
            document(
                "Status report on the development work 2025",
                "report",
                date(2026, 2, 12),
                "What was done in 2025, project by project, and our priorities for 2026.",
                pdf=(
                    "Status report on the development work 2025",
                    [
                        "Twelve projects were under way or finished during 2025. The pavement in Nedre Li and the last actions in the Holmane development plan were completed.",
                        "The Loftet shared office space opened with fourteen desks, and the buddy scheme now covers every village.",
                        "In 2026 our priorities are homes to rent, an evening bus between the villages and a new plan for new residents.",
                    ],
                ),
            )
        ],
    ),
    update(
        -20,
        "Twenty new apprenticeships in the region",
        "<p>After a round of visits to local businesses, the business forum and the three municipalities have found "
        "twenty new apprenticeships, most of them in fish farming, health care and construction. That is twice as many as "
        "last year.</p>"
        "<p>Apprenticeships make it easier for young people to stay, and for families where both adults need a job to "
        "move here.</p>",
        theme="arbeid-for-to",
        authors=["torbjorn"],
    ),
    update(
        -15,
        "The mountain road will stay open all winter",
        "<p>After many years of pressure from the village, the county has decided that from this year the road over the "
        "mountain will be kept clear of snow all winter. Until now it has been closed from Christmas to Easter, which "
        "meant a two-hour detour to Fjordvik.</p>"
        "<p>The community association would like to thank everyone who signed the petition last winter.</p>",
        area="ovre-dal",
        byline="Ola Reppen for Øvre Dal Community Association",
    ),
    update(
        -5,
        "The plan for new residents has two target areas",
        "<p>The steering group for ‘Home to the Fjord’ has adopted the two target areas of the new plan for new "
        "residents: <strong>A warm welcome</strong> and <strong>A visible region</strong>. Each of them will have "
        "measurable indicators and an action plan by the summer.</p>"
        "<p>The plan for new residents sits alongside the social local development strategy. The strategy is about "
        "everyday life for everyone who lives here; the plan is about those who are thinking of moving here.</p>",
        authors=["halvor"],
    ),
]

# Pages of their own, each after the page it is under.
PAGES = [
    {
        "slug": "slik-arbeider-vi",
        "title": "How we work",
        "summary": "How the municipalities, the villages and volunteers work together to develop Fjordregionen.",
        "body": (
            "<p>The development work in Fjordregionen is built on a simple idea: the villages know best what they need, and "
            "the municipalities help where they can. We call it helping people to help themselves.</p>"
            "<h2>Three levels that fit together</h2>"
            "<ul><li><strong>The strategies</strong> set the direction for the whole region: the social local development "
            "strategy and the plan for new residents.</li>"
            "<li><strong>The local development plans</strong> show what each village wants, and are drawn up by the people "
            "who live there.</li>"
            "<li><strong>The projects</strong> are what actually happens, each with its status, contact people and "
            "updates.</li></ul>"
            "<p>Every winter we take stock of the work as a whole and decide what should come first. Everything is "
            "published here.</p>"
        ),
        "parent": None,
        "theme": None,
        "in_menu": True,
        "pictures": [
            (
                "meeting",
                601,
                "People round a table in a meeting room, with a board full of notes and a window looking out on the fjord",
                "The village network meeting at Berg Community Hall",
                ILLUSTRATION,
            )
        ],
        "documents": [],
    },
    {
        "slug": "lokale-utviklingsplanar",
        "title": "Local development plans: a method",
        "summary": "How a village makes its own development plan, step by step.",
        "body": (
            "<p>A local development plan is a village's own plan for the next four to five years. The community "
            "association or village association draws it up together with the municipality, and it should have the "
            "support of as many people as possible.</p>"
            "<h2>Step by step</h2>"
            "<ol><li>The community association calls an open village meeting and sets up a working group.</li>"
            "<li>The working group asks everyone in the village what is good and what is missing.</li>"
            "<li>The draft is put out for consultation in the village.</li>"
            "<li>The annual general meeting adopts the plan, and the municipal council considers it.</li>"
            "<li>The working group follows up the actions and reports on them every year.</li></ol>"
            "<h2>The plans so far</h2>"
            "<table><tbody>"
            "<tr><th>Village</th><th>Adopted</th><th>Actions</th><th>Completed</th></tr>"
            "<tr><td>Holmane</td><td>2019</td><td>10</td><td>10</td></tr>"
            "<tr><td>Nedre Li</td><td>2023</td><td>4</td><td>2</td></tr>"
            "<tr><td>Berg</td><td>Out for consultation</td><td>–</td><td>–</td></tr>"
            "</tbody></table>"
        ),
        "parent": "slik-arbeider-vi",
        "theme": None,
        "in_menu": False,
        "pictures": [],
        "documents": [
            document(
                "Guide to local development plans",
                "plan",
                date(2023, 1, 10),
                "The template and checklist the community associations use when they make a plan.",
                pdf=(
                    "Guide to local development plans",
                    [
                        "1. Set up a working group with people from clubs, the school, local businesses and new residents.",
                        "2. Ask everyone in the village: what is good, what is missing, and what would you like to take part in yourself?",
                        "3. Choose four to ten actions, each with a person responsible, a cost and a goal.",
                        "4. Put the draft out for consultation, adopt the plan at the annual general meeting and send it to the municipality.",
                    ],
                ),
            )
        ],
    },
    {
        "slug": "fra-ide-til-prosjekt",
        "title": "From idea to project",
        "summary": "Do you have an idea for your village? This is how it becomes a project on this site.",
        "body": (
            "<p>Every project starts as an idea, often at a village meeting or round a kitchen table. Send your idea to the "
            "process leader, and we will put it on the site as an idea and find out who could take it further.</p>"
            "<p>When someone takes responsibility and the money is in place, it becomes <strong>planned</strong>, and when "
            "the work starts, <strong>ongoing</strong>. Projects can also be put on hold or cancelled, and if so we explain "
            "why.</p>"
        ),
        "parent": "slik-arbeider-vi",
        "theme": None,
        "in_menu": False,
        "pictures": [],
        "documents": [],
    },
    {
        "slug": "bli-fadderfamilie",
        "title": "Become a buddy family",
        "summary": "A buddy family helps a new family settle in during their first year. This is how you become one.",
        "body": (
            "<p>A buddy family is a family that already lives here and keeps in touch with a new family during their first "
            "year: a dinner, a walk, a tip about who can fix the car.</p>"
            "<p>It does not take much, but it means a lot. Many people who have moved here say that their buddy family was "
            "the reason they stayed.</p>"
            "<p>Would you like to become a buddy family? Get in touch with the welcome service at the Development Office.</p>"
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
        "Cooperation agreement between Fjordvik, Lidal and Nesheim",
        "other",
        date(2023, 6, 20),
        "The agreement on the shared development office and how the costs are divided.",
        pdf=(
            "Cooperation agreement between Fjordvik, Lidal and Nesheim",
            [
                "The municipalities run Fjordregionen Development Office together, with its office in Fjordvik.",
                "The costs are divided according to population: Fjordvik 54 per cent, Lidal 25 per cent and Nesheim 21 per cent.",
                "The agreement runs until 31 December 2028 and is extended by four years unless one of the parties gives notice to end it.",
            ],
        ),
    ),
    document(
        "Municipal master plan for Fjordvik 2023–2035: social element",
        "plan",
        date(2023, 9, 14),
        "The municipal master plan that the development work builds on, in Fjordvik Municipality's plan archive.",
        url="https://planarkiv.example.org/fjordvik/kommuneplan-2023-2035",
    ),
]
