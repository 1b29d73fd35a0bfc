"""Names for the sixth holdout pool (``holdout6``), written for issue 13 by someone who
had not read the redaction engine or its documentation. None of its given names,
nicknames or surnames (nor any word of a multiword or hyphenated one) is in the dev and
test lists (names.py) or in names_holdout2.py to names_holdout5.py, and its word-names
are other words again.

The people are those of England and Wales today, with more weight than holdout5 gives
on Welsh and Scottish Gaelic, Cornish, Romany and Irish Traveller (under English and
Irish), Jamaican, Hausa, Kenyan, Ugandan, Sudanese, Ethiopian, Albanian and Kosovan,
Greek and Greek Cypriot, Italian, Spanish, Dutch, Latvian, Ukrainian, Russian,
Hungarian, Czech and Slovak (Slovak Roma among them), Sri Lankan Muslim, Malayali,
Telugu, Nepali (Gurkha families), Thai, Korean, Japanese, Malaysian, Gulf Arab,
Moroccan, Algerian, Egyptian, Iraqi and Jewish (Orthodox among them) families, and
English names of every class and generation. Some people answer to an unrelated second
name (Dong-hyun is Doug, Chalida is Mint, Supaporn is Pear, Kittisak is Boat). The
word-names are flowers, birds, gems, colours, virtues, a day of the week, trades and
nature words, and the word-surnames are trades, animals, seasons, a month, food and
feelings (Darling, March, Winter, Bacon, Love, Kiss, Park, Pun). The surnames include
particles (ap/ferch, Mac/Nic, Ó/Ní, di, della, Dell', van der, ben/bat, Abu, el-, Al-,
O'), hyphens, spaces, apostrophes, accents and forms that differ for women (Latvian
-s/-a and -s/-e, Greek -is/-ou and -is/-i, Czech and Slovak -ová, Russian and
Ukrainian -a). No engine change was checked against this pool before its first figures
were reported."""

from __future__ import annotations

from bench.redaction.names import NamePool, _f, _s

FEMALE = [
    *_f("english", "Maureen", "Reenie", "Lorraine", "Lol", "Tiffany", "Tiff"),
    *_f("english", "Araminta", "Minty", "Kacey-Leigh", "Kace"),
    # Cornish names
    *_f("english", "Tamsin", "Tamsy", "Kerensa", "Kenna"),
    # Romany Gypsy names
    *_f("english", "Keziah", "Kizzy", "Sinfai", "Sinny"),
    # Irish Traveller and Irish names
    *_f("irish", "Josephine", "Josie", "Aisling", "Ais", "Sorcha", "Sorch"),
    # Welsh and Scottish Gaelic names
    *_f("scottish_welsh", "Bethan", "Bethie", "Rhiannon", "Rhi", "Gwenan", "Gwennie"),
    *_f("scottish_welsh", "Catrìona", "Trina", "Seonaid", "Shona", "Oighrig", "Effie"),
    *_f("jamaican", "Marlene", "Marlie", "Kadian", "Kay", "Latoya", "Toya"),
    *_f("hausa", "Hauwa", "Hauwi", "Hadiza", "Dizzy"),
    *_f("kenyan", "Wanjiru", "Shiru", "Akinyi", "Aki"),
    *_f("ugandan", "Babirye", "Biri", "Nakato", "Naka"),
    *_f("sudanese", "Ikhlas", "Ikhi"),
    *_f("ethiopian", "Tigist", "Tigi", "Meron", "Meru"),
    *_f("albanian", "Elira", "Lira"),
    *_f("kosovan", "Valbona", "Bona", "Fjolla", "Fjolli"),
    *_f("greek", "Vasiliki", "Vaso"),
    *_f("greek_cypriot", "Androulla", "Andri", "Kyriaki", "Koulla"),
    *_f("italian", "Concetta", "Cettina", "Assunta", "Susi"),
    *_f("spanish", "Rocío", "Roci", "Begoña", "Bego"),
    *_f("dutch", "Femke", "Fem"),
    *_f("latvian", "Dace", "Dacīte", "Līga", "Līdziņa"),
    *_f("ukrainian", "Halyna", "Halia", "Viktoriia", "Vika"),
    *_f("russian", "Svetlana", "Sveta", "Lyudmila", "Lyuda"),
    *_f("hungarian", "Erzsébet", "Erzsi", "Ildikó", "Ildi"),
    *_f("czech", "Markéta", "Markétka"),
    # Slovak, and Slovak Roma families
    *_f("slovak", "Katarína", "Katka", "Lucia", "Lucka"),
    *_f("sri_lankan_muslim", "Fathima Sumaiya", "Sumi", "Rizna", "Rizzy"),
    *_f("malayali", "Sherin", "Sheri", "Lincy", "Linu"),
    *_f("telugu", "Lavanya", "Lavi", "Sravani", "Sravs"),
    *_f("nepali", "Sunita", "Suni", "Pabitra", "Pabi"),
    # known by a Thai nickname, an English word, at home and at work
    *_f("thai", "Chalida", "Mint", "Supaporn", "Pear"),
    *_f("korean", "Seo-yeon", "Suzie", "Eun-ji", "Eunie"),
    *_f("japanese", "Haruka", "Haru", "Aiko", "Ai"),
    *_f("malaysian", "Nur Aisyah", "Echah", "Siti Hajar", "Jaja"),
    *_f("gulf_arab", "Noura", "Nono", "Alyazia", "Yazzy"),
    *_f("moroccan", "Loubna", "Loubi"),
    *_f("algerian", "Nassima", "Nassi", "Dalila", "Dali"),
    *_f("egyptian", "Nermeen", "Nemo", "Shaimaa", "Shosho"),
    *_f("iraqi", "Zahraa", "Zozo", "Shahad", "Shoosh"),
    # Orthodox Jewish families, with a Yiddish name beside the Hebrew one
    *_f("jewish", "Tova", "Tovi", "Devorah", "Devvy", "Feiga", "Faigy"),
]
MALE = [
    *_f("english", "Trevor", "Trev", "Terence", "Tel", "Rupert", "Rupes"),
    *_f("english", "Jayden", "Jayd"),
    # Cornish names
    *_f("english", "Piran", "Pip", "Jory", "Jor"),
    # Romany Gypsy names
    *_f("english", "Shadrach", "Shad", "Elijah", "Lige"),
    # Irish Traveller and Irish names
    *_f("irish", "Denis", "Dinny", "Ciarán", "Kizza", "Fiachra", "Fiach"),
    # Welsh and Scottish Gaelic names
    *_f("scottish_welsh", "Emyr", "Emi", "Huw", "Huwie", "Osian", "Osi"),
    *_f("scottish_welsh", "Macsen", "Macs", "Somhairle", "Sorley", "Uisdean", "Hughie"),
    *_f("scottish_welsh", "Lachlan", "Lachie"),
    *_f("jamaican", "Lascelles", "Celly", "Carlton", "Carlo", "Donovan", "Dono"),
    *_f("hausa", "Abubakar", "Abba", "Sanusi", "Sanu"),
    *_f("kenyan", "Kipchoge", "Kip", "Otieno", "Oti"),
    *_f("ugandan", "Wasswa", "Wassy", "Mukisa", "Muki"),
    *_f("sudanese", "Mohanad", "Hanoudi"),
    *_f("ethiopian", "Tewodros", "Teddy", "Abebe", "Abe"),
    *_f("albanian", "Artan", "Tani", "Ilir", "Iri"),
    *_f("kosovan", "Driton", "Toni", "Labinot", "Labi"),
    *_f("greek", "Panagiotis", "Takis", "Charalambos", "Babis"),
    *_f("greek_cypriot", "Savvas", "Savvy", "Andreas", "Andy"),
    *_f("italian", "Calogero", "Lillo", "Domenico", "Mimmo"),
    *_f("spanish", "Joaquín", "Quino", "Juan Antonio", "Juanan"),
    *_f("dutch", "Joost", "Joos"),
    *_f("latvian", "Aigars", "Aigi", "Māris", "Mārītis"),
    *_f("ukrainian", "Bohdan", "Bodya", "Volodymyr", "Vova"),
    *_f("russian", "Dmitri", "Dima", "Alexei", "Lyosha"),
    *_f("hungarian", "László", "Laci", "Gábor", "Gabi"),
    *_f("czech", "Jakub", "Kuba"),
    *_f("slovak", "Ľubomír", "Ľubo", "Marek", "Maroš"),
    *_f("sri_lankan_muslim", "Rizwan", "Rizi", "Imtiaz", "Imti"),
    *_f("malayali", "Sajan", "Saju", "Rejith", "Reju"),
    *_f("telugu", "Venkatesh", "Venky", "Chaitanya", "Chaitu"),
    *_f("nepali", "Lal Bahadur", "Lale", "Bishnu", "Bishu"),
    *_f("thai", "Kittisak", "Boat", "Thanakorn", "Ton"),
    *_f("korean", "Ji-hoon", "Joon", "Dong-hyun", "Doug"),
    *_f("japanese", "Hiroshi", "Hiro", "Takeshi", "Take"),
    *_f("malaysian", "Haziq", "Ziq", "Amirul", "Mirul"),
    *_f("gulf_arab", "Saif", "Saifo", "Hamad", "Hamoodi"),
    *_f("moroccan", "Abdelaziz", "Aziz", "Brahim", "Brahi"),
    *_f("algerian", "Sofiane", "Sofi", "Djamel", "Djam"),
    *_f("egyptian", "Tamer", "Tamtam", "Hossam", "Hoss"),
    *_f("iraqi", "Haidar", "Hayoodi", "Sajjad", "Sajji"),
    *_f("jewish", "Yisroel", "Srully", "Menachem Mendel", "Mendy", "Eliezer", "Lazer"),
]
FEMALE_WORD = [
    *_f(
        "english",
        *("Pansy", "Pans", "Lavender", "Lavvy", "Rosemary", "Rozzie", "Jasmine", "Jazzy"),
        *("Laurel", "Laurie", "Briar", "Bri", "Lark", "Larky", "Raven", "Rav"),
        *("Scarlet", "Letty", "Beryl", "Berry", "Sapphire", "Sapph", "Jewel", "Jewels"),
        *("Penny", "Pen", "Sally", "Sal", "Patsy", "Pats", "Dolly", "Doll"),
        *("Carol", "Caz", "Kitty", "Kits", "Temperance", "Tempe", "Felicity", "Flick"),
        *("Unity", "Unie", "Trinity", "Trin", "Destiny", "Dezzy", "Tuesday", "Tues"),
        word=True,
    ),
    *_f("scottish_welsh", "Bonnie", "Bons", word=True),
    *_f("jamaican", "Angel", "Angie", word=True),
    *_f("ugandan", "Peace", "Peacey", "Rejoice", "Rejo", word=True),
    *_f("kenyan", "Glory", "Glo", word=True),
]
MALE_WORD = [
    *_f(
        "english",
        *("Victor", "Vic", "Warren", "Waz", "Pierce", "Piercey", "Hector", "Heck"),
        *("Drake", "Drakey", "Fletcher", "Fletch", "Tanner", "Tanz", "Chance", "Chancey"),
        *("Buddy", "Bud", "Beck", "Becks", "River", "Riv", "Wolf", "Wolfie"),
        *("Carter", "Carts", "Sawyer", "Sawy", "Gunner", "Gunny", "Peregrine", "Perry"),
        word=True,
    ),
    *_f("jamaican", "Junior", "Junno", "Prince", "Princey", word=True),
    *_f("zimbabwean", "Clever", "Clevs", "Talent", "Tally", word=True),
]
SURNAMES = [
    *_s("english", "Fotheringham", "Cholmondeley", "Heathcote-Drury", "Entwistle"),
    *_s("english", "Ramsbottom", "Dobson"),
    # Cornish families
    *_s("english", "Trevithick", "Nancarrow"),
    # Romany Gypsy families
    *_s("english", "Lovell", "Penfold"),
    # Irish Traveller and Irish families
    *_s("irish", "Ó Dálaigh/Ní Dhálaigh", "O'Rourke", "Moriarty", "Connors", "Mongan"),
    *_s("scottish_welsh", "ap Rhisiart/ferch Rhisiart", "Wynne-Pryce", "Gruffydd", "Pugh"),
    *_s("scottish_welsh", "MacGriogair/NicGriogair", "Matheson", "Sutherland"),
    *_s("jamaican", "Nembhard", "Dacres"),
    *_s("hausa", "Danjuma", "Yakubu"),
    *_s("kenyan", "Mwangi", "Ochieng"),
    *_s("ugandan", "Ssempala", "Nsubuga"),
    *_s("sudanese", "Elnour", "Abdalla"),
    *_s("ethiopian", "Tadesse", "Bekele"),
    *_s("albanian", "Dervishi", "Leka"),
    *_s("kosovan", "Gashi", "Kelmendi"),
    *_s("greek", "Nikolaidis/Nikolaidou", "Markakis/Markaki"),
    *_s("greek_cypriot", "Hadjipetrou", "Kyriacou"),
    *_s("italian", "di Stefano", "della Valle", "Dell'Aquila", "Lombardi"),
    *_s("spanish", "López de Haro", "Castellanos"),
    *_s("dutch", "van der Heijden"),
    *_s("latvian", "Kalniņš/Kalniņa", "Jansons/Jansone"),
    *_s("ukrainian", "Zhuravskyi/Zhuravska", "Shevchuk"),
    *_s("russian", "Sokolov/Sokolova", "Kuznetsov/Kuznetsova"),
    *_s("hungarian", "Szabó", "Farkas"),
    *_s("czech", "Procházka/Procházková", "Novák/Nováková"),
    *_s("slovak", "Lakatoš/Lakatošová", "Kováč/Kováčová"),
    *_s("sri_lankan_muslim", "Marikar", "Cassim"),
    *_s("malayali", "Varghese", "Panicker"),
    *_s("telugu", "Reddy", "Yarlagadda"),
    *_s("nepali", "Limbu", "Tamang"),
    *_s("thai", "Saetang", "Wongsawat"),
    *_s("korean", "Choi", "Kang"),
    *_s("japanese", "Watanabe", "Yamamoto"),
    *_s("malaysian", "Ismail", "Khoo"),
    *_s("gulf_arab", "Al-Kaabi", "Al-Suwaidi"),
    *_s("moroccan", "Benjelloun", "El Idrissi"),
    *_s("algerian", "Belkacem", "Meziane"),
    *_s("egyptian", "el-Sayed", "Abu Zaid", "Abdel-Fattah", "Shenouda"),
    *_s("iraqi", "Al-Obaidi", "Jabbar"),
    *_s("jewish", "ben Avraham/bat Avraham", "Grunfeld", "Lefkowitz", "Schlesinger"),
]
SURNAMES_WORD = [
    *_s(
        "english",
        *("Darling", "March", "Winter", "Snow", "Hart", "Bush", "Finch", "Hare"),
        *("Peacock", "Salmon", "Bacon", "Bean", "Pepper", "Slater", "Potter", "Glover"),
        *("Friend", "Love", "Swift", "Day"),
        word=True,
    ),
    *_s("scottish_welsh", "Gray", word=True),
    # an Irish Traveller family
    *_s("irish", "Stokes", word=True),
    *_s("jamaican", "Christian", word=True),
    *_s("hungarian", "Kiss", word=True),
    *_s("korean", "Park", word=True),
    # a Magar clan name borne by Gurkha families
    *_s("nepali", "Pun", word=True),
]

POOL = NamePool(
    female=FEMALE,
    male=MALE,
    female_word=FEMALE_WORD,
    male_word=MALE_WORD,
    surnames=SURNAMES,
    surnames_word=SURNAMES_WORD,
    streets=[
        "Cordwainers Lane",
        "Tithe Barn Road",
        "Limekiln Lane",
        "Flaxmill Street",
        "Goods Yard Close",
        "Ironmonger Row",
        "Harbour Terrace",
        "Pithead Road",
        "Heol y Nant",
        "Bethel Street",
    ],
    blocks=["Bargeman House", "Sailmakers Court", "Chainmakers Court", "Rope Walk House"],
    towns=[
        "Aberdare",
        "Ebbw Vale",
        "Port Talbot",
        "Bangor",
        "Truro",
        "Penzance",
        "Croydon",
        "Harrow",
        "Stockport",
        "Burnley",
        "Preston",
        "Coventry",
        "Reading",
        "Barking",
    ],
    stems=[
        "Tregarthen",
        "Llwyncelyn",
        "Glenmore",
        "Fairhaven",
        "Skylark",
        "Oldcastle",
        "Stonebridge",
        "Ashgrove",
    ],
    pubs=[
        "The Quarryman",
        "The Harp",
        "The Rising Sun",
        "The Crooked Billet",
        "The Hope and Anchor",
        "The Blue Boar",
    ],
)
