"""Names for the nineteenth holdout pool (``holdout19``), written blind for issue 13 by
someone who had not read the redaction engine, its documentation, its word lists or its
benchmark output. None of its given names, nicknames or surnames (nor any word of a
multiword or hyphenated one, bar the particles) is in the dev and test lists (names.py)
or in names_holdout2.py to names_holdout18.py, which were read only to keep clear of
them, and its word-names and word-surnames are other words again. No name list of any
Python package or elsewhere on disk was used to choose or check the names; only
/usr/share/dict was used, to confirm that a word-name is an English word. Its places and
institutions are new too: the story is set in south-west Wales (Swansea, Sketty, Uplands,
Morriston and Mumbles, the Gower villages, Neath Port Talbot, Llanelli and the
Carmarthen side), among the families of the area and the students and staff of a
university there.

The people are those of England and Wales today, drawn from traditions the earlier pools
used little or not at all: Welsh families of Swansea, Gower, Neath, Port Talbot and
Llanelli (Welsh given names, and surnames without mutation, some with ap); the Welsh
Italian (Bardigiani) café families; the Spanish families of the Swansea Valley, from
Asturias; Welsh Kale (Welsh Romani) families; Irish families of Greenhill; and students
and staff from many countries: Canarian, Bavarian, Moravian, Goral, Latgalian and
Samogitian; Tuvan and Karakalpak; Kuwaiti, Emirati, Bahraini, Qatari, Libyan and Iraqi
Turkmen; Taiwanese, Penang Hokkien, Teochew, Hainanese, Iban and Balinese; Mon; Waray
(the Filipino nurses of Morriston); Garhwali, Maithili, Tharu, Naga and Dawoodi Bohra;
Sri Lankan Malay; Ijaw, Itsekiri, Idoma and Igala; Mossi, Baoulé and Bété; Lozi,
Tumbuka, Sukuma and Chaga; Nicaraguan, Panamanian, Costa Rican, Yucatec Maya and Wayuu;
Martinican, Caymanian, Cape Verdean and Dutch. Nicknames are what families call people:
Welsh short forms (Ronw for Goronwy, Nyfed for Ednyfed), Italian -uccia and -ino,
Asturian -ín and -ina, Canarian -ito and -cita, Bavarian -l and -i (Xaverl, Zenzi,
Burgi), Czech -ka and -ík, Latgalian -īte, Tuvan -maa and -aa, Gulf Arabic -oosh, -oom
and -oo, Chinese doubling (Geok-Geok, Huat-Huat, Fatt-Fatt), Filipino
doubling (Nitnit), Bohra -bai, Nicaraguan and Panamanian -ito, Martinican doubling
(Fleurfleur) and, before a Thai nickname, P' (what a younger one calls an elder).

The word-names are Thai nicknames used as given names (Pumpkin, Vanilla, Mango, Coconut,
Noodle, Wind; War, Prom), Filipino names (Sparkle, Glitter, Galaxy; Chino), American
ones (Navy, Auburn, Cricket, Pebbles; Sly, Ledger, Sincere, Canyon) and those of the old
South (Dock, Wash, Arch, Colonel, Count) and of the enslaved (Cupid), English names and
pet names (Poppet, Countess, Twig, Dame; Pippin, Tug), the Scottish Laddie, the Jamaican
Scratch, the Welsh Non, the Greek Psyche, the German Lion, Puritan hortatory names
(Lament, Refrain, Abstinence, Pity, Mindful, Lowly; Reform, Redeemed, Repent,
Discipline, Tribulation) and the New England Restore, and African English names:
Nigerian (Beautiful, Adore, Holiness; Wealth, Wonderful, Chief, Godsend), Ghanaian
(Prophet, Evangelist, Redeemer), Ugandan (Hymn), Zimbabwean (Sorrow, Fate; Question,
Nobody, Professor), Zambian (Plenty, Tender; General), Malawian (Believe; Polite),
Kenyan (Luck; Vision) and South African (Paradise; Senior), with English names from Hong
Kong (Ribbon, Cherub), Singapore (Magenta) and Malaysia (Crimson), the Grenadian Spice
and the Guyanese Comet. After eighteen pools the word-names are scarce, and many of these
are thinly attested. Well attested, to the writer's knowledge: Lion (Lion
Feuchtwanger), Non (Saint Non, mother of Saint David), War (a Thai actor's nickname),
Sly (for Sylvester), Sincere, Ledger, Canyon and Navy (recent American given names), Dock
(the pitcher Dock Ellis), Wash (for Washington), Pippin, Psyche and Cupid (in records of
the enslaved). Thinly attested, known to the writer from few bearers or only as
nicknames: Chino, Arch, Colonel, Count, Laddie, Tug, Scratch, Auburn, Cricket, Pebbles,
Poppet, Countess, Twig and Dame; the Puritan names (Lament, Refrain, Abstinence, Pity,
Mindful, Lowly, Reform, Redeemed, Repent, Discipline, Tribulation and Restore), given in
Sussex and New England in the late sixteenth and seventeenth centuries, each of which
the writer could not tie to a named bearer; Prom and the food nicknames (Pumpkin,
Vanilla, Mango, Coconut, Noodle, Wind); Sparkle, Glitter and Galaxy. Not confirmed by the
writer at all, and chosen because names of their kind are given in those places (English
words of virtue, hope, status and circumstance in southern and western Africa, fanciful
English names in Hong Kong, Singapore, Malaysia and the Caribbean): Beautiful, Adore,
Holiness, Wealth, Wonderful, Chief, Godsend, Prophet, Evangelist, Redeemer, Hymn,
Sorrow, Fate, Question, Nobody, Professor, Plenty, Tender, General, Believe, Polite,
Luck, Vision, Paradise, Senior, Ribbon, Cherub, Magenta, Crimson, Spice and Comet.

The word-surnames are English surnames that are words (Link, Brink, Veal, Steed, Furze,
Stiles, Beach, Leek, Dyke, Buzzard, Tooth, Stack, Stocks, Stables, Boatman, Leech,
Death, Idle, Pagan, Fellows, Fryer, Player, Vicars, Bugler, Husband, Body, Blower,
Neighbour, Bachelor, Balls, Box, Case, Chant, Call, Smiles, Fountain, Bench, Pears,
Batty, Limb, Heal, Blanket, Drinker, Feast, Bracken, Spade and more), the Welsh Pennant
and Welsh, the American Boozer and the German Lust and Nickel; Back, Purse, Shout,
Hollows, Rake, Shears, Hamper, Surgeon and Tipple are rare as surnames. The surnames
include particles (ap, Mac/Nic, Mc, Ó/Ní, O', D', Dall', de, da, van, El, Al-, Abu,
bin, and the Iban anak), hyphens (Gąsienica-Makowski, Okotie-Eboh, Mbikusita-Lewanika,
and the Al- forms), spaces (ap Seisyllt, de Colunga, El Warfalli, Abu Sahmain, anak
Jugah), apostrophes (D'Ambrogio, Dall'Orso, O'Mullane, N'Guessan, N'Goran), accents,
lower-case first letters (ap Cynddylan, de Colunga, da Moniz, van Wijngaarden, bin
Halim, anak Sagah) and forms that differ for women (Moravian -ová and -á, Goral -ska,
Latgalian -e and -a, Samogitian -ienė, Karakalpak -a, Irish Ní and Nic). No engine change
was checked against this pool before its first figures were reported."""

from __future__ import annotations

from bench.redaction.names import NamePool, _f, _s

FEMALE = [
    # Welsh families of Swansea, Gower, Neath Port Talbot and Llanelli
    *_f("welsh", "Tirion", "Tirs", "Eiddwen", "Eiddi", "Arianwen", "Arianw", "Hafwen", "Haffi"),
    *_f("welsh", "Morfydd", "Morff", "Sulwen", "Sulw", "Heddwen", "Heddi", "Undeg", "Undi"),
    *_f("welsh", "Dwynwen", "Dwynsi", "Carwen", "Carws", "Iola", "Iolsen", "Lona", "Lonwen"),
    # Welsh Italian (Bardigiani) families of the cafés
    *_f("welsh_italian", "Pierina", "Pierinuccia", "Clotilde", "Clotì", "Gelsomina", "Gelsa"),
    # Spanish families of the Swansea Valley (Abercraf), from Asturias and Cantabria
    *_f("asturian", "Xuliana", "Xuli", "Xandra", "Xandrina"),
    # Canarian families
    *_f("canarian", "Guacimara", "Guaci", "Dácil", "Dacilita", "Idaira", "Idai"),
    # Welsh Kale (Welsh Romani) families
    # Bavarian staff
    *_f("bavarian", "Kreszenz", "Zenzi", "Walburga", "Burgi"),
    # Moravian staff
    *_f("moravian", "Bohdanka", "Bohdi"),
    # Goral (Polish highlander) families
    *_f("goral", "Maryna", "Marynka"),
    # Latgalian families
    *_f("latgalian", "Aneļa", "Anelīte"),
    # Tuvan students
    *_f("tuvan", "Chechek", "Chechekmaa", "Aldynai", "Aldynaa"),
    # Kuwaiti students
    *_f("kuwaiti", "Shaikha", "Shaikhoosh"),
    # Emirati students
    *_f("emirati", "Mahra", "Mahroosh"),
    # Bahraini students
    *_f("bahraini", "Mneera", "Mneerooh"),
    # Iraqi Turkmen families
    *_f("iraqi_turkmen", "Gülşen", "Gülşenim"),
    # Taiwanese students (Taiwanese A- nicknames)
    *_f("taiwanese", "Hsien-Hsien", "Hsien"),
    # Malaysian Hokkien (Penang) students
    *_f("hokkien", "Geok", "Geok-Geok"),
    # Iban (Sarawak) students
    *_f("iban", "Sendi", "Sendie"),
    # Waray nurses at Morriston
    *_f("waray", "Nenita", "Nitnit"),
    # Garhwali families
    *_f("garhwali", "Kusum", "Kusu", "Bhagirathi", "Bhagiya"),
    # Maithili families
    *_f("maithili", "Sunaina", "Naina"),
    # Tharu families
    *_f("tharu", "Phulmati", "Phulmatiya"),
    # Naga students and staff
    *_f("naga", "Khrielie", "Khrie", "Imtisenla", "Senla"),
    # Dawoodi Bohra families
    *_f("bohra", "Batul", "Batulbai", "Arwabai", "Arwu"),
    # Sri Lankan Malay families (Gnei)
    *_f("sri_lankan_malay", "Gnei Zulaiha", "Zulla"),
    # Ijaw families
    *_f("ijaw", "Ebiere", "Ebiye", "Preye", "Preyetari"),
    # Itsekiri families
    *_f("itsekiri", "Oritsegbubemi", "Oritse"),
    # Idoma families
    *_f("idoma", "Enewa", "Newa"),
    # Igala families
    *_f("igala", "Ojochide", "Chide"),
    # Mossi (Burkinabè) students
    *_f("mossi", "Relwendé", "Relwe", "Rasmata", "Rasma"),
    # Baoulé (Ivorian) students
    *_f("baoule", "Amenan", "Amenanh", "Affoué", "Affi"),
    # Lozi (Zambian) families
    *_f("lozi", "Inonge", "Nonge", "Mbololwa", "Lwa"),
    # Tumbuka (Malawian) nurses
    *_f("tumbuka", "Wezi", "Wezzie"),
    # Sukuma (Tanzanian) students
    *_f("sukuma", "Ng'washi", "Washi"),
    # Chaga (Tanzanian) students
    *_f("chaga", "Ndekirwa", "Ndeki"),
    # Nicaraguan families
    *_f("nicaraguan", "Yaoska", "Yao", "Yelba", "Yelbita"),
    # Panamanian students
    *_f("panamanian", "Itzayana", "Itza"),
    # Yucatec Maya students
    *_f("yucatec", "Nikté", "Nikte'il"),
    # Wayuu (Colombian) students
    *_f("wayuu", "Yaneth", "Yanethsita"),
    # Martinican families
    *_f("martinican", "Fleurette", "Fleurfleur"),
    # Caymanian families
    *_f("caymanian", "Lurleen", "Lurlie"),
    # Irish families of Swansea (Greenhill)
    *_f("anglo_irish", "Caoilfhi", "Caoilí"),
    # Cape Verdean families
    *_f("cape_verdean", "Edinilsa", "Edinha"),
]
MALE = [
    # Welsh families of Swansea, Gower, Neath Port Talbot and Llanelli
    *_f("welsh", "Dyfan", "Dyfs", "Trystan", "Tryst", "Islwyn", "Islw", "Garmon", "Garm"),
    *_f("welsh", "Goronwy", "Ronw", "Illtud", "Illt", "Seiriol", "Seiri", "Derfel", "Derf"),
    *_f("welsh", "Gwydion", "Gwyd", "Teifion", "Teifs", "Ynyr", "Ynyrs", "Ednyfed", "Nyfed"),
    *_f("welsh", "Eilir", "Eils", "Medwyn", "Medwi", "Arwel", "Arwy", "Myrddin", "Myrdd"),
    # Welsh Italian (Bardigiani) families of the cafés
    *_f("welsh_italian", "Ercole", "Ercolino", "Pellegrino", "Grino", "Bernardino", "Dinuccio"),
    # Spanish families of the Swansea Valley (Abercraf)
    *_f("asturian", "Pelayo", "Pelayín", "Xuan", "Xuanín", "Xicu", "Xicuín"),
    # Canarian families
    *_f("canarian", "Ancor", "Ancorcito", "Echedey", "Eche", "Acaymo", "Acay", "Yeray", "Yera"),
    # Welsh Kale (Welsh Romani) families
    *_f("welsh_kale", "Taiso", "Taisy"),
    # Bavarian staff
    *_f("bavarian", "Xaver", "Xaverl", "Korbinian", "Korbi"),
    # Moravian staff
    *_f("moravian", "Zbyněk", "Zbyňa", "Dalibor", "Dalík"),
    # Goral (Polish highlander) families
    *_f("goral", "Jędrzej", "Jędrek"),
    # Latgalian families
    *_f("latgalian", "Ontons", "Tonis"),
    # Samogitian families
    *_f("samogitian", "Kazimieras", "Kazys"),
    # Tuvan students
    *_f("tuvan", "Kaigal-ool", "Kaigal", "Sholban", "Sholbanchik", "Sergek", "Sergekei"),
    # Karakalpak students
    *_f("karakalpak", "Ajiniyazjan", "Ajin"),
    # Kuwaiti students
    *_f("kuwaiti", "Mishari", "Mishoo"),
    # Emirati students
    *_f("emirati", "Humaid", "Hamood"),
    # Bahraini students
    *_f("bahraini", "Jasim", "Jassoom"),
    # Qatari students
    *_f("qatari", "Ghanim", "Ghanoom"),
    # Iraqi Turkmen families
    *_f("iraqi_turkmen", "Erşat", "Erşo"),
    # Taiwanese students
    *_f("taiwanese", "Hsiang-Teik", "Teik"),
    # Malaysian Hokkien (Penang) students
    *_f("hokkien", "Huat", "Huat-Huat"),
    # Teochew (Singaporean) students
    *_f("teochew", "Lingga", "Linggo"),
    # Hainanese (Malaysian) students
    *_f("hainanese", "Yoke Fatt", "Fatt-Fatt"),
    # Iban (Sarawak) students
    *_f("iban", "Unggah", "Ungga"),
    # Balinese students (I and birth-order names)
    *_f("balinese", "I Wayan Sudana", "Wayan"),
    # Mon families (Nai)
    *_f("mon", "Nai Banya", "Banya"),
    # Waray nurses at Morriston
    *_f("waray", "Ruperto", "Pertoy"),
    # Garhwali families
    *_f("garhwali", "Jaswant", "Jassu", "Bachendra", "Bachu"),
    # Maithili families
    *_f("maithili", "Vidyanath", "Vidya"),
    # Tharu families
    *_f("tharu", "Dilliram", "Dillu"),
    # Naga students and staff
    *_f("naga", "Temjen", "Temjenba", "Neiphiu", "Phiu", "Imkong", "Imko"),
    # Dawoodi Bohra families
    *_f("bohra", "Mufaddal", "Mufa", "Burhanuddin", "Burhan"),
    # Ijaw families
    *_f("ijaw", "Timipre", "Timpi", "Diepreye", "Diepi", "Ebikabowei", "Bowei"),
    # Itsekiri families
    *_f("itsekiri", "Ayiri", "Ayirido", "Toritseju", "Toritse"),
    # Idoma families
    *_f("idoma", "Ochiga", "Ochi"),
    # Igala families
    *_f("igala", "Ojonugwa", "Nugwa"),
    # Mossi (Burkinabè) students
    *_f("mossi", "Wendyam", "Wendyamo", "Pegdwendé", "Pegdwe"),
    # Baoulé (Ivorian) students
    *_f("baoule", "Kouadio", "Kouad", "N'Dri", "Dridri"),
    # Bété (Ivorian) students
    *_f("bete", "Gnagbo", "Gnagb"),
    # Lozi (Zambian) families
    *_f("lozi", "Akashambatwa", "Aka", "Mubita", "Mubi"),
    # Tumbuka (Malawian) nurses
    *_f("tumbuka", "Yamikani", "Yamiks"),
    # Sukuma (Tanzanian) students
    *_f("sukuma", "Kulwa", "Kulwi"),
    # Chaga (Tanzanian) students
    *_f("chaga", "Ndesamburo", "Ndesa"),
    # Nicaraguan families
    *_f("nicaraguan", "Yader", "Yaderito"),
    # Panamanian students
    *_f("panamanian", "Cucho", "Cuchito"),
    # Costa Rican students
    *_f("costa_rican", "Keylor", "Keylo"),
    # Yucatec Maya students
    *_f("yucatec", "Canek", "Canekito"),
    # Wayuu (Colombian) students
    *_f("wayuu", "Jayariyú", "Jaya"),
    # Martinican families
    *_f("martinican", "Aimélien", "Mélo"),
    # Caymanian families
    *_f("caymanian", "Delworth", "Delworthy"),
    # Irish families of Swansea (Greenhill)
    *_f("anglo_irish", "Ciarnán", "Ciarnie", "Máirtín", "Mairtí"),
    # Libyan students
    *_f("libyan", "Milad", "Miladou"),
    # Dutch staff
    *_f("dutch", "Wessel", "Wesje"),
]
FEMALE_WORD = [
    # Welsh names that are words
    *_f("welsh", "Non", "Nonni", word=True),
    # Greek names that are words
    *_f("greek", "Psyche", "Psychoula", word=True),
    # Thai nicknames used as given names (P': what a younger one calls an elder)
    *_f("thai", "Pumpkin", "P'Pumpkin", "Vanilla", "Nilla", "Mango", "P'Mango", word=True),
    *_f("thai", "Coconut", "P'Coconut", "Noodle", "Noodie", "Wind", "P'Wind", word=True),
    # Filipino names that are words
    *_f("filipino", "Sparkle", "Sparkling", "Glitter", "Glitzy", "Galaxy", "Galaxie", word=True),
    # American names that are words
    *_f("american", "Navy", "Navvy", "Auburn", "Auby", "Cricket", "Crickie", word=True),
    *_f("american", "Pebbles", "Pebs", word=True),
    # English names and pet names that are words
    *_f("english", "Poppet", "Popps", "Countess", "Countessa", "Twig", "Twiggle", word=True),
    *_f("english", "Dame", "Damey", word=True),
    # Puritan names that are words
    *_f("puritan", "Lament", "Lamenta", "Refrain", "Frainy", "Abstinence", "Abbie", word=True),
    *_f("puritan", "Pity", "Pitty", "Mindful", "Mindie", "Lowly", "Lowlie", word=True),
    # Nigerian names that are words
    *_f("nigerian", "Beautiful", "Beauti", "Adore", "Adorable", "Holiness", "Holinessa", word=True),
    # Ugandan names that are words
    *_f("ugandan", "Hymn", "Hymnie", word=True),
    # Zimbabwean names that are words
    *_f("zimbabwean", "Sorrow", "Sorry", "Fate", "Fatey", word=True),
    # Zambian names that are words
    *_f("zambian", "Plenty", "Plentie", "Tender", "Tendie", word=True),
    # Malawian names that are words
    *_f("malawian", "Believe", "Believa", word=True),
    # Kenyan names that are words
    *_f("kenyan", "Luck", "Lucko", word=True),
    # South African names that are words
    *_f("south_african", "Paradise", "Paradi", word=True),
    # Hong Kong English names that are words
    *_f("hong_kong", "Ribbon", "Ribby", "Cherub", "Cherubina", word=True),
    # Singaporean English names that are words
    *_f("singaporean", "Magenta", "Maggie-girl", word=True),
    # Malaysian Chinese English names that are words
    *_f("malaysian_chinese", "Crimson", "Crimmy", word=True),
    # Grenadian names that are words
    *_f("grenadian", "Spice", "Spicy", word=True),
    # Guyanese names that are words
    *_f("guyanese", "Comet", "Cometa", word=True),
]
MALE_WORD = [
    # German names that are words
    *_f("german", "Lion", "Lioni", word=True),
    # Thai nicknames used as given names
    *_f("thai", "War", "P'War", "Prom", "P'Prom", word=True),
    # Filipino names that are words
    *_f("filipino", "Chino", "Chinoy", word=True),
    # American names that are words
    *_f("american", "Sly", "Slyman", "Ledger", "Ledge", "Sincere", "Cere", word=True),
    *_f("american", "Canyon", "Cany", word=True),
    # Southern American names that are words
    *_f("american_south", "Dock", "Docky", "Wash", "Washy", "Arch", "Archy", word=True),
    *_f("american_south", "Colonel", "Kernel", "Count", "Countie", word=True),
    # African American names that are words
    *_f("african_american", "Cupid", "Cupe", word=True),
    # English names and nicknames that are words
    *_f("english", "Pippin", "Pippo", "Tug", "Tuggy", word=True),
    # Scottish names that are words
    *_f("scottish", "Laddie", "Lads", word=True),
    # Jamaican names that are words
    *_f("jamaican", "Scratch", "Scratchy", word=True),
    # Puritan names that are words
    *_f("puritan", "Reform", "Reffy", "Redeemed", "Deemie", word=True),
    # New England names that are words
    *_f("new_england", "Restore", "Resty", word=True),
    *_f("puritan", "Repent", "Repp", "Discipline", "Dissy", "Tribulation", "Tribby", word=True),
    # Ghanaian names that are words
    *_f("ghanaian", "Prophet", "Prophy", "Evangelist", "Vangelo", "Redeemer", "Deemer", word=True),
    # Nigerian names that are words
    *_f("nigerian", "Wealth", "Wealthy", "Wonderful", "Wonda", "Chief", "Chiefy", word=True),
    *_f("nigerian", "Godsend", "Sendy", word=True),
    # Zimbabwean names that are words
    *_f("zimbabwean", "Question", "Questy", "Nobody", "Nobs", "Professor", "Prof", word=True),
    # Zambian names that are words
    *_f("zambian", "General", "Genno", word=True),
    # Malawian names that are words
    *_f("malawian", "Polite", "Poli", word=True),
    # Kenyan names that are words
    *_f("kenyan", "Vision", "Visi", word=True),
    # South African names that are words
    *_f("south_african", "Senior", "Sena", word=True),
]
SURNAMES = [
    # Welsh families
    *_s("welsh", "Davies", "Roberts", "Edwards", "Rees", "Jenkins"),
    *_s("welsh", "Hopkins", "Phillips", "Howell", "Mathias", "Protheroe"),
    *_s("welsh", "Bellis", "Landeg", "Gwyther", "Skyrme", "Scourfield"),
    *_s("welsh", "Devonald", "Lougher", "Craddock", "Penry", "Bebb"),
    *_s("welsh", "Beddoe", "Meyrick", "Treharne", "Llewellin", "Leyshon"),
    *_s("welsh", "Gronow", "Kneath", "Tovey", "Bufton", "Hurford"),
    *_s("welsh", "Scurlock", "Stradling", "Mansel", "Turberville", "Loveluck"),
    *_s("welsh", "ap Seisyllt", "ap Cynddylan", "Gealy", "Bolwell", "Gwinnutt"),
    # Welsh Italian (Bardigiani) families
    *_s("welsh_italian", "Sidoli", "Rabaiotti", "Carpanini", "Moruzzi", "Tambini"),
    *_s("welsh_italian", "Antoniazzi", "Strinati", "Sterlini", "Gazzi", "Bracchi"),
    *_s("welsh_italian", "Berni", "Gambarini", "Dallavalle", "Basini", "Bacchetta"),
    *_s("welsh_italian", "Lusardi", "Notarianni", "Cordani", "Capitelli", "Fecci"),
    *_s("welsh_italian", "D'Ambrogio", "Dall'Orso"),
    # Spanish families of the Swansea Valley
    *_s("asturian", "Quirós", "Cienfuegos", "Llaneza", "Argüelles", "Canteli"),
    *_s("asturian", "Villaverde", "Cuervo", "de Colunga"),
    # Canarian families
    *_s("canarian", "Perdomo", "Betancor", "Arbelo"),
    # Bavarian families
    *_s("bavarian", "Brandl", "Obermaier", "Hinterhuber", "Zellner", "Moosbauer"),
    *_s("bavarian", "Stangl"),
    # Moravian families
    *_s(
        "moravian",
        "Vaculík/Vaculíková",
        "Šťastný/Šťastná",
        "Machala/Machalová",
        "Kubíček/Kubíčková",
    ),
    *_s(
        "moravian",
        "Zbořil/Zbořilová",
        "Vaňhara/Vaňharová",
        "Zapletal/Zapletalová",
        "Skácel/Skácelová",
    ),
    # Goral families
    *_s("goral", "Bachleda", "Karpiel", "Krzeptowski/Krzeptowska", "Chowaniec"),
    *_s("goral", "Bafia", "Łukaszczyk", "Sieczka", "Gąsienica-Makowski"),
    # Latgalian families
    *_s(
        "latgalian",
        "Rancāns/Rancāne",
        "Trūps/Trūpa",
        "Seiksts/Seiksta",
        "Strods/Stroda",
        "Spīgs/Spīga",
    ),
    *_s("latgalian", "Ikaunieks/Ikauniece", "Bukšs/Bukša", "Čeksters/Čekstere"),
    # Samogitian families
    *_s(
        "samogitian",
        "Daukantas/Daukantienė",
        "Bakšys/Bakšienė",
        "Jurgutis/Jurgutienė",
        "Valaitis/Valaitienė",
        "Girdenis/Girdenienė",
    ),
    # Tuvan families
    *_s("tuvan", "Mongush", "Oorzhak", "Kuular", "Ondar", "Saryglar"),
    *_s("tuvan", "Dongak", "Khovalyg", "Khertek", "Salchak", "Irgit"),
    *_s("tuvan", "Dopchuur", "Khomushku"),
    # Karakalpak families
    *_s(
        "karakalpak",
        "Ajiniyazov/Ajiniyazova",
        "Kurbanbaev/Kurbanbaeva",
        "Seytmuratov/Seytmuratova",
        "Utepov/Utepova",
    ),
    # Kuwaiti families
    *_s("kuwaiti", "Al-Mutairi", "Al-Enezi", "Al-Ajmi", "Al-Kandari"),
    # Emirati families
    *_s("emirati", "Al-Mazrouei", "Al-Ketbi", "Al-Dhaheri", "Al-Falasi"),
    # Bahraini families
    *_s("bahraini", "Bucheeri", "Fakhro"),
    # Qatari families
    *_s("qatari", "Al-Kuwari", "Al-Sulaiti"),
    # Iraqi Turkmen families
    *_s("iraqi_turkmen", "Bayatli", "Kerkuklu", "Erbilli", "Tisinli"),
    # Taiwanese families
    *_s("taiwanese", "Hsieh", "Kuo", "Tseng", "Chien"),
    # Hokkien families
    *_s("hokkien", "Quah"),
    # Teochew families
    *_s("teochew", "Chng"),
    # Hainanese families
    *_s("hainanese", "Phoon", "Woon"),
    # Iban families
    *_s("iban", "anak Jugah", "anak Empiang", "anak Sagah"),
    # Garhwali families
    *_s("garhwali", "Rawat", "Bisht", "Gusain", "Nautiyal"),
    *_s("garhwali", "Uniyal", "Thapliyal", "Bahuguna", "Dhoundiyal"),
    # Maithili families
    *_s("maithili", "Jha", "Karna", "Mallik"),
    # Tharu families
    *_s("tharu", "Dangaura", "Kathariya"),
    # Naga families
    *_s("naga", "Longkumer", "Imchen", "Jamir", "Kikon", "Zhimomi"),
    *_s("naga", "Yepthomi", "Kire", "Chishi"),
    # Dawoodi Bohra families
    *_s("bohra", "Lokhandwala", "Bootwala", "Sabunwala", "Motiwala", "Petiwala"),
    # Ijaw families
    *_s("ijaw", "Alamieyeseigha", "Dikibo", "Ekpemupolo", "Oweibo", "Kemebradikumo"),
    # Itsekiri families
    *_s("itsekiri", "Okotie-Eboh", "Ereku", "Arenyeka"),
    # Idoma families
    *_s("idoma", "Ochai", "Adakole"),
    # Igala families
    *_s("igala", "Ocheja", "Ayegba", "Ojogba"),
    # Mossi families
    *_s("mossi", "Ouédraogo", "Sawadogo", "Kaboré", "Zoungrana", "Tapsoba"),
    *_s("mossi", "Nikiéma", "Ilboudo"),
    # Baoulé families
    *_s("baoule", "N'Guessan", "N'Goran", "Kouamé", "Brou", "Kouakou"),
    # Bété families
    *_s("bete", "Gnahoré", "Dogbo", "Zady"),
    # Lozi families
    *_s("lozi", "Mbikusita-Lewanika", "Lubinda", "Sitali", "Mukelabai", "Imasiku"),
    # Tumbuka families
    *_s("tumbuka", "Msiska", "Munthali"),
    *_s("tumbuka", "Nkhata", "Mzumara", "Luhanga"),
    # Sukuma families
    *_s("sukuma", "Masanja", "Maduhu", "Mabula", "Shija", "Mashimba"),
    # Chaga families
    *_s("chaga", "Swai", "Shirima"),
    *_s("chaga", "Kimaro", "Urio", "Mrema", "Marealle"),
    # Nicaraguan families
    *_s("nicaraguan", "Sacasa", "Lacayo", "Urcuyo", "Bolaños"),
    # Panamanian families
    *_s("panamanian", "Arosemena", "Tejeira", "Endara", "Vallarino"),
    # Costa Rican families
    *_s("costa_rican", "Quesada", "Carazo"),
    # Yucatec Maya families
    *_s("yucatec", "Canché", "Cocom", "Couoh", "Dzul", "Caamal"),
    # Wayuu families
    *_s("wayuu", "Epieyú", "Uriana", "Ipuana", "Pushaina", "Epinayú"),
    # Martinican families
    *_s("martinican", "Zobda", "Bellemare"),
    # Caymanian families
    *_s("caymanian", "Bodden", "Merren"),
    # Irish families of Swansea (Greenhill)
    *_s(
        "anglo_irish", "MacConmara/NicConmara", "McIlvanney", "McGillycuddy", "McEntee", "O'Mullane"
    ),
    *_s(
        "anglo_irish",
        "Ó Céileachair/Ní Chéileachair",
        "Ó Ceallacháin/Ní Cheallacháin",
        "Ó Brádaigh/Ní Bhrádaigh",
        "Ó Floinn/Ní Fhloinn",
        "MacGiollarnáth/NicGiollarnáth",
    ),
    # Libyan families
    *_s("libyan", "El Warfalli", "El Zintani", "Abu Sahmain", "bin Halim"),
    # Dutch families
    *_s("dutch", "van Wijngaarden"),
    # Cape Verdean families
    *_s("cape_verdean", "da Moniz", "Cabral", "Varela", "Andrade"),
]
SURNAMES_WORD = [
    # English surnames that are words
    *_s("english", "Link", "Brink", "Veal", "Steed", "Furze", word=True),
    *_s("english", "Stiles", "Beach", "Leek", "Dyke", "Buzzard", word=True),
    *_s("english", "Back", "Tooth", "Stack", "Stocks", "Stables", word=True),
    *_s("english", "Boatman", "Leech", "Death", "Idle", "Pagan", word=True),
    *_s("english", "Fellows", "Fryer", "Player", "Vicars", "Bugler", word=True),
    *_s("english", "Husband", "Body", "Blower", "Neighbour", "Bachelor", word=True),
    *_s("english", "Balls", "Box", "Case", "Purse", "Chant", word=True),
    *_s("english", "Shout", "Call", "Smiles", "Fountain", "Bench", word=True),
    # Welsh surnames that are words
    *_s("welsh", "Pennant", "Welsh", word=True),
    # German surnames that are words
    *_s("english", "Pears", "Batty", "Limb", "Heal", "Blanket", word=True),
    *_s("english", "Drinker", "Feast", "Hollows", "Rake", "Shears", word=True),
    *_s("english", "Hamper", "Surgeon", "Bracken", "Spade", "Tipple", word=True),
    # American surnames that are words
    *_s("american", "Boozer", word=True),
    # German surnames that are words
    *_s("german", "Lust", "Nickel", word=True),
]


POOL = NamePool(
    female=FEMALE,
    male=MALE,
    female_word=FEMALE_WORD,
    male_word=MALE_WORD,
    surnames=SURNAMES,
    surnames_word=SURNAMES_WORD,
    streets=[
        "Walter Road",
        "Mansel Street",
        "Brynmill Avenue",
        "Rhyddings Terrace",
        "Glanmor Road",
        "De la Beche Road",
        "Derwen Fawr Road",
        "Tycoch Road",
        "Dunvant Road",
        "Newton Road",
        "Port Tennant Road",
        "Danygraig Road",
        "Pentrechwyth Road",
        "Woodfield Street",
        "Clase Road",
        "Llangyfelach Road",
        "Stepney Street",
        "Felinfoel Road",
        "Pwll Road",
        "Trostre Road",
        "Eastland Road",
        "Briton Ferry Road",
        "Heol Tawe",
        "Lammas Street",
    ],
    blocks=[
        "Rhossili Hall",
        "Cefn Bryn House",
        "Kilvey Court",
        "Caswell Hall",
        "Oystermouth Court",
        "Tŷ Crymlyn",
        "Baglan House",
        "Margam Court",
        "Tawe Quay House",
        "Pwll Du Court",
        "Three Cliffs House",
        "Worm's Head Court",
    ],
    towns=[
        "Gorseinon",
        "Pontarddulais",
        "Clydach",
        "Pontardawe",
        "Ystalyfera",
        "Briton Ferry",
        "Skewen",
        "Aberavon",
        "Cwmafan",
        "Burry Port",
        "Pembrey",
        "Kidwelly",
        "Ferryside",
        "Carmarthen",
        "Cross Hands",
        "Glynneath",
        "Resolven",
        "Loughor",
        "Penclawdd",
        "Port Eynon",
        "Reynoldston",
        "Bishopston",
    ],
    stems=[
        "Sketty",
        "Uplands",
        "Morriston",
        "Killay",
        "Dunvant",
        "Bonymaen",
        "Townhill",
        "Mayhill",
        "Gendros",
        "Fforestfach",
        "Felinfoel",
        "Dafen",
        "Llwynhendy",
        "Cimla",
    ],
    pubs=[
        "The Tinplate Arms",
        "The Copperopolis",
        "The Mumbles Train",
        "The Worm's Head",
        "The Cockle Woman",
        "The Scarlets' Rest",
        "The Gower Pony",
        "The Swansea Jack",
        "The Steelworks Gate",
        "The Loughor Ferry",
        "The Penclawdd Cockle",
        "The Sospan Fach",
    ],
)
