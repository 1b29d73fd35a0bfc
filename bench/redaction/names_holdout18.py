"""Names for the eighteenth holdout pool (``holdout18``), written blind for issue 13 by
someone who had not read the redaction engine, its documentation, its word lists or its
benchmark output. None of its given names, nicknames or surnames (nor any word of a
multiword or hyphenated one, bar the particles) is in the dev and test lists (names.py)
or in names_holdout2.py to names_holdout17.py, which were read only to keep clear of
them, and its word-names and word-surnames are other words again. No name list of any
Python package or elsewhere on disk was used to choose or check the names; only
/usr/share/dict was used, to confirm that a word-name is an English word. Its places and
institutions are new too: the story is set in a naval port city (Portsmouth and
Southsea, Gosport, Fareham, Havant and the harbour villages, and Plymouth, Devonport and
Torpoint across the Tamar).

The people are those of England and Wales today, drawn from traditions the earlier pools
used little or not at all: Gurung, Magar, Rai and Limbu Gurkha families and Lhotshampa
families from Bhutan; Bhutanese, Hmong, Khmer, Lao and Mongolian families; Sinhala, Sri
Lankan Tamil and Maldivian families; Hazara, Baloch and Kurmanji Kurdish families;
Assyrian, Armenian, Georgian, Chechen and Circassian families; Slovak and Romanian Roma
families; Faroese and Icelandic families; Basque, Catalan and Galician families;
Maltese, Greek Cypriot and Turkish Cypriot families (many of them naval families);
Tigrinya and Oromo families; Malagasy, Seychellois and Chagossian families (the
Chagossians of Crawley and the south coast); Cape Verdean, Angolan and Mozambican
families; Brazilian, Colombian, Andean Quechua and Guatemalan Maya families; Omani,
Mauritanian and Jordanian families; Orkney and Shetland families, Welsh and Irish
families, and English naval families of Portsmouth and Plymouth. Nicknames are what
families call people: the Nepali birth-order names (Jetha and Jethi for the eldest,
Maila and Maili, Kaila and Kaili, Thaila and Thaili, Kanchha and Kanchhi for the
youngest), Mongolian -oo and -ee (Dorjoo, Tsetsegee), Greek Cypriot -oudi and -akis
(Staloudi, Kleanthakis), Maltese -u, Faroese -i, Basque -txo, Galician -iña, Cape
Verdean and Angolan -inho and -inha, Colombian and Guatemalan -cito and -ito, Quechua
-cha, Turkish Cypriot -cik, Romanian -uța, Slovak -ka, Jordanian and Omani -oosh and
-oo, Hazara and Baloch -jan and -u, Sinhala Sudu ("fair one"), the Malay Kecik
("little"), Vietnamese Tủn, Dutch -je and -ie (Adje, Dikkie), Frisian -tsje, Macedonian
-če (Borče, Donče), Turkish -ım ("my": Ayım, Parsım), Filipino doubling (Gabgab,
Let-Let), Chinese Xi'er, and, before a Thai nickname, Phi (what a younger one calls an
elder) and, in Thai-Chinese families, Je and Hia (elder sister and elder brother).

The word-names are Thai nicknames used as given names (Corn, Butter, Melon, Puff, Pizza,
Lime, Mouse, Mousse, Pony, Print, Caramel, Mocha, Brownie, Cupcake, Muffin, Waffle,
Almond, Balloon, Latte, Strawberry, Chocolate, Cute, Ant, Biscuit, Wish, Bamboo; Time,
Tutor, Gear, Model, North, Toast, Tune, Plane, Train, Ship, Frog, Pilot, Yacht, Zoom),
Dutch and Frisian names (Ad, Dick, Sake, Ate), Norwegian Mons, Swedish Viking, Danish
Balder, German Pit and Luxembourgish Gusty, Macedonian Bore and Done and Serbian Cane,
Turkish Ay and Pars, the Nepali Bandana, the Hong Kong English name Race, the
Bangladeshi daknam Shelly, Chinese Xi, Vietnamese Thong, Malay Din, Filipino nicknames
used as names (Gabby, Baste, Gringo, Bullet), the Mexican Poncho, the Nigerian Saturday,
the Jamaican Stranger, the Anglo-Irish Hercules, the Zambian Independence, Puritan names
(Repentance, Dependence, Remembrance), English names that are words (Judy, Holiday,
Twiggy, Vesta; Monty, Natty, Dicky) and American ones (Sailor, Venus; Garrison, Waldo,
Marlin, Messiah). Thinly attested, or attested mostly long ago or abroad: Repentance,
Dependence and Remembrance (few Puritan bearers, in New England more than in England),
Independence (a name given in Zambia and elsewhere for the year of independence, known
to the writer from few bearers), Stranger (a Jamaican singer's name more than a given
name), Twiggy and Natty (nicknames more than given names), Ay and Pars (Turkish, rare
alone), Bore and Done (Macedonian short forms), Balder, Pit and Gusty (short forms, few
bearers), Xi and Thong (real names whose sense as an English word is rare), Bullet and
Gringo (Filipino nicknames of single well-known bearers), Messiah and Holiday (recent
and rare), and among the Thai nicknames Cute, Wish, Bamboo, Waffle, Latte, Biscuit,
Balloon, Mocha, Yacht, Zoom, Toast and Train (each known to the writer from a few
bearers). The word-surnames are English trades, objects, animals, food and places, many
of them naval (Purser, Shipwright, Anchor, Dolphin, Plank, Plumber, Bannister, Bridges,
Brooks, Fields, Masters, Parks, Reeves, Nettles, Plaice, Shanks, Whisker and more),
American surnames that are words (Cruise, Sellers, Sears, Billings, Hoover, Bloomer,
Revere, Mailer), the Irish Hogan, Norwegian Munch, German Diesel, Hertz, Herder, Born,
Spitz and Blitz, Dutch Smit, Mast and Veld, Chinese Foo and the Andean Condor. The
surnames include particles (ap, Mac/Nic, Mc, Ó/Ní, O', D', de, da, van, El, Al-, Abu,
bin, av), hyphens (Ter-Ghevondyan, and Al-), spaces (Der Bedrossian, de Saram, El
Moctar, Abu Hammour), apostrophes (O'Rahilly, D'Anastas), accents, lower-case first
letters (de Saram, da Moura, van Kooten, bin Zahran, ap Cynfyn, av Reyni) and forms that
differ for women (Icelandic -son and -dóttir, Chechen and Circassian -a, Slovak Roma
-ová, Macedonian -ska, Greek Cypriot -ou, -idou and -i, Irish Ní and Nic). No engine
change was checked against this pool before its first figures were reported."""

from __future__ import annotations

from bench.redaction.names import NamePool, _f, _s

FEMALE = [
    # Gurung Gurkha families (birth-order names as nicknames)
    *_f("gurung", "Sunamaya", "Kanchhi", "Kalimaya", "Maili"),
    # Magar Gurkha families (birth-order names as nicknames)
    *_f("magar", "Tilmaya", "Jethi", "Jhumkala", "Jhumi"),
    # Rai Gurkha families (birth-order names as nicknames)
    *_f("rai", "Hastamaya", "Thaili", "Sanjhamaya", "Sanjhu"),
    # Limbu Gurkha families (birth-order names as nicknames)
    *_f("limbu", "Hangmaya", "Kaili"),
    # Lhotshampa (Bhutanese Nepali) families
    *_f("lhotshampa", "Belmaya", "Belu", "Lilamaya", "Saili"),
    # Bhutanese families
    *_f("bhutanese", "Chhoden", "Chhodu", "Dickyi", "Dicku"),
    # Hmong families
    *_f("hmong", "Maiv Yer", "Yer"),
    # Khmer families
    *_f("khmer", "Chanthou", "Thou"),
    # Lao families
    *_f("lao", "Khamphoui", "Phoui", "Vilayvanh", "Vanh"),
    # Mongolian families
    *_f("mongolian", "Altantsetseg", "Tsetsegee"),
    # Kurmanji Kurdish families
    *_f("kurmanji", "Rojbîn", "Rojê", "Berfîn", "Berfê"),
    # Assyrian families
    *_f("assyrian", "Ninwe", "Ninu"),
    # Armenian families
    *_f("armenian", "Takuhi", "Takush"),
    # Chechen families
    *_f("chechen", "Zalpa", "Zalpu"),
    # Circassian families
    *_f("circassian", "Nalmes", "Nalmesh"),
    # Slovak Roma families
    *_f("slovak_roma", "Ružena", "Ruženka"),
    # Romanian Roma families
    *_f("romanian_roma", "Mirabela", "Mirabeluța"),
    # Icelandic families
    *_f("icelandic", "Þórdís", "Dísa"),
    # Basque families
    *_f("basque", "Izaskun", "Izas"),
    # Catalan families
    *_f("catalan", "Queralt", "Ralt"),
    # Galician families
    *_f("galician", "Sabela", "Sabeliña"),
    # Turkish Cypriot families
    *_f("turkish_cypriot", "Vasfiye", "Vasfo", "Münevver", "Müno"),
    # Malagasy families
    *_f("malagasy", "Voahirana", "Vola", "Fanjanirina", "Fanja"),
    # Chagossian families
    *_f("chagossian", "Mimose", "Zizette"),
    # Cape Verdean families
    *_f("cape_verdean", "Djénifer", "Djeni", "Ivanilda", "Nilda"),
    # Angolan families
    *_f("angolan", "Kiesse", "Kiessinha", "Ndona", "Donita"),
    # Mozambican families
    *_f("mozambican", "Esperança", "Pêra"),
    # Orkney families
    *_f("orcadian", "Ingibjorg", "Ibby", "Ragnhild", "Raggie"),
    # Shetland families
    *_f("shetlander", "Osla", "Osie"),
    # Omani families
    *_f("omani", "Shamsa", "Shamsoo"),
    # Mauritanian families
    *_f("mauritanian", "Vatimetou", "Vati"),
    # Jordanian families
    *_f("jordanian", "Haya", "Hayoosh"),
    # Greek Cypriot families
    *_f("greek_cypriot", "Stalo", "Staloudi"),
    # Hazara families
    *_f("hazara", "Masooma", "Masoo"),
    # Baloch families
    *_f("baloch", "Sammi", "Sammijan"),
    # Sri Lankan Tamil families
    *_f("sri_lankan_tamil", "Vithiya", "Vithi", "Thushanthini", "Thushan", "Nirojini", "Niroji"),
    # Welsh families
    *_f("welsh", "Medi", "Medsi"),
]
FEMALE_WORD = [
    # Thai nicknames used as given names (Phi: what a younger one calls an elder)
    *_f("thai", "Corn", "Je Corn", "Butter", "Phi Butter", "Melon", "Je Melon", word=True),
    *_f("thai", "Puff", "Phi Puff", "Pizza", "Je Pizza", "Lime", "Phi Lime", word=True),
    *_f("thai", "Mouse", "Je Mouse", "Mousse", "Phi Mousse", "Pony", "Je Pony", word=True),
    *_f("thai", "Print", "Phi Print", "Caramel", "Je Caramel", "Mocha", "Phi Mocha", word=True),
    *_f(
        "thai", "Brownie", "Je Brownie", "Cupcake", "Phi Cupcake", "Muffin", "Je Muffin", word=True
    ),
    *_f("thai", "Waffle", "Phi Waffle", "Almond", "Je Almond", "Balloon", "Phi Balloon", word=True),
    *_f(
        "thai", "Latte", "Je Latte", "Strawberry", "Phi Strawberry", "Chocolate", "Chok", word=True
    ),
    *_f("thai", "Cute", "Phi Cute", "Ant", "Je Ant", "Biscuit", "Phi Biscuit", word=True),
    *_f("thai", "Wish", "Je Wish", "Bamboo", "Phi Bamboo", word=True),
    # Turkish names that are words
    *_f("turkish", "Ay", "Ayım", word=True),
    # Gurung names that are words
    *_f("gurung", "Bandana", "Bandu", word=True),
    # Hong Kong names that are words
    *_f("hong_kong", "Race", "Racie", word=True),
    # Bangladeshi names that are words
    *_f("bangladeshi", "Shelly", "Shelu", word=True),
    # Puritan names that are words
    *_f(
        "puritan", "Repentance", "Penty", "Dependence", "Dendy", "Remembrance", "Membry", word=True
    ),
    # English names that are words
    *_f("english", "Judy", "Judes", "Holiday", "Holi", "Twiggy", "Twigs", word=True),
    *_f("english", "Vesta", "Vessie", word=True),
    # American names that are words
    *_f("american", "Sailor", "Sails", "Venus", "Venny", word=True),
    # Chinese names that are words
    *_f("chinese", "Xi", "Xi'er", word=True),
    # Zambian names that are words
    *_f("zambian", "Independence", "Pendo", word=True),
]
MALE = [
    # Gurung Gurkha families (birth-order names as nicknames)
    *_f("gurung", "Khadgajit", "Jetha", "Harkaman", "Kanchha"),
    # Magar Gurkha families (birth-order names as nicknames)
    *_f("magar", "Budhiman", "Maila", "Dhojbir", "Thaila"),
    # Rai Gurkha families (birth-order names as nicknames)
    *_f("rai", "Yambahadur", "Kaila", "Tikaram", "Tike"),
    # Lhotshampa (Bhutanese Nepali) families
    *_f("lhotshampa", "Kharkabahadur", "Kharke", "Tekbahadur", "Teke"),
    # Hmong families
    *_f("hmong", "Nom Tsheej", "Tsheej"),
    # Khmer families
    *_f("khmer", "Sokhom", "Khom", "Vannak", "Nak"),
    # Sinhala families
    *_f("sinhala", "Sudath", "Sudu"),
    # Maldivian families
    *_f("maldivian", "Mauroof", "Mauru", "Shafeeu", "Shafe"),
    # Kurmanji Kurdish families
    *_f("kurmanji", "Berxwedan", "Berxo"),
    # Assyrian families
    *_f("assyrian", "Narsai", "Narsy"),
    # Armenian families
    *_f("armenian", "Hovhannes", "Hovo", "Mkrtich", "Mko"),
    # Georgian families
    *_f("georgian", "Bidzina", "Bidzo", "Vakhtang", "Vakho"),
    # Chechen families
    *_f("chechen", "Shamkhan", "Shama"),
    # Icelandic families
    *_f("icelandic", "Vilhjálmur", "Villi"),
    # Basque families
    *_f("basque", "Gotzon", "Gotzontxo"),
    # Turkish Cypriot families
    *_f("turkish_cypriot", "Kutlay", "Kutlu", "Niyazi", "Niyazicik"),
    # Tigrinya families
    *_f("tigrinya", "Tesfalidet", "Lidet", "Ghebremeskel", "Meskel"),
    # Oromo families
    *_f("oromo", "Gemechis", "Gemo"),
    # Malagasy families
    *_f("malagasy", "Andrianaivo", "Naivo", "Haingonirina", "Haingo"),
    # Seychellois families
    *_f("seychellois", "Régis", "Zis"),
    # Cape Verdean families
    *_f("cape_verdean", "Adilson", "Dilsinho", "Djamilson", "Djamy"),
    # Mozambican families
    *_f("mozambican", "Zacarias", "Zaca"),
    # Brazilian families
    *_f("brazilian", "Valdemiro", "Miro"),
    # Andean Quechua families
    *_f("quechua", "Illapa", "Illapacha"),
    # Guatemalan Maya families
    *_f("guatemalan", "Cirilo", "Cirilito"),
    # Orkney families
    *_f("orcadian", "Rognvald", "Rogga", "Sweyn", "Sweynie"),
    # Shetland families
    *_f("shetlander", "Tammas", "Tammie", "Lowrie", "Lollie"),
    # Omani families
    *_f("omani", "Khalfan", "Khalfoon", "Hilal", "Hilaloo"),
    # Mauritanian families
    *_f("mauritanian", "Sidati", "Sidi", "Ahmedou", "Hamadi"),
    # Jordanian families
    *_f("jordanian", "Nashat", "Nashoosh"),
    # Chagossian families
    *_f("chagossian", "Mamade", "Mamad"),
    # Limbu Gurkha families (birth-order names as nicknames)
    *_f("limbu", "Harkadhoj", "Harkey"),
    # Mongolian families
    *_f("mongolian", "Luvsan-Dorj", "Dorjoo"),
    # Greek Cypriot families
    *_f("greek_cypriot", "Lefkios", "Lefkos", "Neoklis", "Neoklakis", "Kleanthis", "Kleanthakis"),
    # Maltese families
    *_f("maltese", "Kalċidon", "Kalċ", "Wistin", "Wistinu"),
    # Faroese families
    *_f("faroese", "Bárður", "Bárði", "Regin", "Reggi"),
    # Hazara families
    *_f("hazara", "Qambar", "Qambaru", "Ewaz", "Ewazi"),
    # Baloch families
    *_f("baloch", "Mureed", "Mureedo", "Chakar", "Chakaru", "Sabzal", "Sabzu"),
    # Sri Lankan Tamil families
    *_f("sri_lankan_tamil", "Thayaparan", "Thayan", "Nirojan", "Niroj"),
    # Colombian families
    *_f("colombian", "Wilmar", "Wilmarcito", "Yeferson", "Yefer", "Duvan", "Duvancito"),
    # Welsh families
    *_f("welsh", "Iori", "Iors"),
]
MALE_WORD = [
    # Thai nicknames used as given names (Phi: what a younger one calls an elder)
    *_f("thai", "Time", "Hia Time", "Tutor", "Phi Tutor", "Gear", "Hia Gear", word=True),
    *_f("thai", "Model", "Phi Model", "North", "Hia North", "Toast", "Phi Toast", word=True),
    *_f("thai", "Tune", "Hia Tune", "Plane", "Phi Plane", "Train", "Hia Train", word=True),
    *_f("thai", "Ship", "Phi Ship", "Frog", "Hia Frog", "Pilot", "Phi Pilot", word=True),
    *_f("thai", "Yacht", "Hia Yacht", "Zoom", "Phi Zoom", word=True),
    # Dutch names that are words
    *_f("dutch", "Ad", "Adje", "Dick", "Dikkie", word=True),
    # Frisian names that are words
    *_f("frisian", "Sake", "Sakke", "Ate", "Aatsje", word=True),
    # Norwegian names that are words
    *_f("norwegian", "Mons", "Monsi", word=True),
    # Swedish names that are words
    *_f("swedish", "Viking", "Vicke", word=True),
    # Danish names that are words
    *_f("danish", "Balder", "Balle", word=True),
    # German names that are words
    *_f("german", "Pit", "Pitti", word=True),
    # Luxembourgish names that are words
    *_f("luxembourgish", "Gusty", "Gussi", word=True),
    # Macedonian names that are words
    *_f("macedonian", "Bore", "Borče", "Done", "Donče", word=True),
    # Serbian names that are words
    *_f("serbian", "Cane", "Caki", word=True),
    # Turkish names that are words
    *_f("turkish", "Pars", "Parsım", word=True),
    # Filipino names that are words
    *_f("filipino", "Gabby", "Gabgab", "Baste", "Basty", "Gringo", "Gring", word=True),
    *_f("filipino", "Bullet", "Let-Let", word=True),
    # Mexican names that are words
    *_f("mexican", "Poncho", "Ponchito", word=True),
    # Nigerian names that are words
    *_f("nigerian", "Saturday", "Satty", word=True),
    # Jamaican names that are words
    *_f("jamaican", "Stranger", "Strang", word=True),
    # Anglo-Irish names that are words
    *_f("anglo_irish", "Hercules", "Herky", word=True),
    # English names that are words
    *_f("english", "Monty", "Monts", "Natty", "Nattyboy", "Dicky", "Dickybird", word=True),
    # American names that are words
    *_f("american", "Garrison", "Garrie", "Waldo", "Waldie", "Marlin", "Marl", word=True),
    *_f("american", "Messiah", "Siah", word=True),
    # Malay names that are words
    *_f("malay", "Din", "Din Kecik", word=True),
    # Vietnamese names that are words
    *_f("vietnamese", "Thong", "Tủn", word=True),
]
SURNAMES = [
    # Gurung families
    *_s("gurung", "Ghotane", "Lamichhane", "Lamchane", "Plonden", "Paigi"),
    *_s("gurung", "Kromchhain", "Chormi"),
    # Magar families
    *_s("magar", "Rokaya", "Sijali", "Sinjali", "Somai", "Pulami"),
    *_s("magar", "Darlami", "Aslami", "Masrangi", "Lungeli", "Jhankri"),
    *_s("magar", "Sripali", "Rakhal", "Kyapchhaki"),
    # Rai families
    *_s("rai", "Chamling", "Kulung", "Lohorung", "Yamphu", "Koyee"),
    *_s("rai", "Wambule", "Nachhiring", "Athpahare", "Bahing", "Chhintang"),
    *_s("rai", "Sotang", "Tilung"),
    # Limbu families
    *_s("limbu", "Tumbapo", "Kandangwa", "Nembang", "Maden", "Lawati"),
    *_s("limbu", "Yakso", "Serma", "Tumbahangphe", "Sambahamphe", "Ijam"),
    *_s("limbu", "Mabohang", "Phago", "Thebe", "Tamling", "Menyangbo"),
    *_s("limbu", "Kurumbang", "Lingden", "Pheyak", "Loksom", "Khewa"),
    *_s("limbu", "Libang"),
    # Lhotshampa (Bhutanese Nepali) families
    *_s("lhotshampa", "Gazmer", "Ghalley", "Subedi", "Koirala", "Mongar"),
    *_s("lhotshampa", "Kafley", "Khatiwada", "Timsina", "Chapagai", "Dhungel"),
    # Hmong families
    *_s("hmong", "Xyooj", "Thoj", "Lauj", "Muas", "Hawj"),
    *_s("hmong", "Tsab", "Yaj", "Vaj"),
    # Khmer families
    *_s("khmer", "Pech", "Sorn", "Nget"),
    # Lao families
    *_s("lao", "Sisouphanthong", "Phothisane", "Xaysana", "Douangmala", "Sengsouvanh"),
    *_s("lao", "Siharath"),
    # Mongolian families
    *_s("mongolian", "Khiad", "Jalair", "Besud", "Olkhonud", "Khongirad"),
    *_s("mongolian", "Ikires", "Baarin", "Sartuul", "Khereid", "Darkhad"),
    *_s("mongolian", "Zakhchin", "Torguud", "Üzemchin"),
    # Sinhala families
    *_s("sinhala", "Kodituwakku", "Abeywickrama", "Samarakoon", "Dassanayake", "Wanigasekara"),
    *_s("sinhala", "Vithanage", "Amarasekara", "Jayakody", "Ilangakoon", "Manamperi"),
    *_s("sinhala", "Attygalle", "Ratwatte", "de Saram"),
    # Sri Lankan Tamil families
    *_s("sri_lankan_tamil", "Thambirajah", "Arulanantham", "Sabaratnam", "Vettivelu"),
    # Hazara families
    *_s("hazara", "Uruzgani", "Daikundi", "Yakawlangi", "Shahristani"),
    # Baloch families
    *_s("baloch", "Jamaldini", "Domki"),
    # Kurmanji Kurdish families
    *_s("kurmanji", "Goyan", "Hesenan", "Cibran", "Heverkan", "Reşkotan"),
    *_s("kurmanji", "Xalitan", "Zîlan"),
    # Assyrian families
    *_s("assyrian", "Ishaya", "Hormis", "Betbasoo"),
    # Armenian families
    *_s("armenian", "Aghajanian", "Chakmakjian", "Kalfayan", "Nalbandian", "Tashjian"),
    *_s("armenian", "Yeghiazaryan", "Kouyoumdjian", "Pambakian", "Srapian", "Der Bedrossian"),
    *_s("armenian", "Ter-Ghevondyan"),
    # Georgian families
    *_s("georgian", "Gogichaishvili", "Jorbenadze", "Lortkipanidze", "Natsvlishvili", "Sulakauri"),
    *_s("georgian", "Khurtsidze", "Mchedlishvili"),
    # Chechen families
    *_s(
        "chechen",
        "Tsuraev/Tsuraeva",
        "Khasukhanov/Khasukhanova",
        "Umkhaev/Umkhaeva",
        "Saidulaev/Saidulaeva",
        "Vitsaev/Vitsaeva",
    ),
    *_s(
        "chechen",
        "Elmurzaev/Elmurzaeva",
        "Edilsultanov/Edilsultanova",
        "Tsatsaev/Tsatsaeva",
        "Mutsaev/Mutsaeva",
        "Gakaev/Gakaeva",
    ),
    *_s(
        "chechen",
        "Baysarov/Baysarova",
        "Israilov/Israilova",
        "Dzhabrailov/Dzhabrailova",
        "Magomadov/Magomadova",
        "Tepsurkaev/Tepsurkaeva",
    ),
    *_s("chechen", "Temirsultanov/Temirsultanova", "Khatuev/Khatueva"),
    # Circassian families
    *_s("circassian", "Meretukov/Meretukova", "Gukemukh", "Khuade", "Natkho", "Abazov/Abazova"),
    *_s(
        "circassian",
        "Berov/Berova",
        "Bitokov/Bitokova",
        "Kardanov/Kardanova",
        "Teuvazhukov/Teuvazhukova",
        "Shhagoshev/Shhagosheva",
    ),
    *_s("circassian", "Kokov/Kokova"),
    # Slovak Roma families
    *_s(
        "slovak_roma",
        "Kanalaš",
        "Pokuta/Pokutová",
        "Tokár/Tokárová",
        "Rigó/Rigóová",
        "Kuruc/Kurucová",
    ),
    *_s("slovak_roma", "Dudi/Dudiová"),
    # Romanian Roma families
    *_s("romanian_roma", "Fierăraru"),
    # Faroese families
    *_s("faroese", "Kjelnæs", "Hentze", "Weihe", "Skaalum", "Høgnesen"),
    *_s("faroese", "Brimnes", "av Reyni"),
    # Icelandic families
    *_s(
        "icelandic",
        "Ingólfsson/Ingólfsdóttir",
        "Hallgrímsson/Hallgrímsdóttir",
        "Sigurjónsson/Sigurjónsdóttir",
        "Þórhallsson/Þórhallsdóttir",
        "Guðbrandsson/Guðbrandsdóttir",
    ),
    *_s(
        "icelandic",
        "Eyjólfsson/Eyjólfsdóttir",
        "Skarphéðinsson/Skarphéðinsdóttir",
        "Snæbjörnsson/Snæbjörnsdóttir",
        "Hrafnkelsson/Hrafnkelsdóttir",
        "Steingrímsson/Steingrímsdóttir",
    ),
    *_s(
        "icelandic",
        "Þorvaldsson/Þorvaldsdóttir",
        "Kristmundsson/Kristmundsdóttir",
        "Brynjólfsson/Brynjólfsdóttir",
        "Ketilsson/Ketilsdóttir",
        "Sæmundsson/Sæmundsdóttir",
    ),
    *_s("icelandic", "Jökulsson/Jökulsdóttir", "Vigfússon/Vigfúsdóttir", "Úlfarsson/Úlfarsdóttir"),
    # Basque families
    *_s("basque", "Arrizabalaga", "Olabarrieta", "Iturriaga", "Uribarri", "Goitia"),
    *_s("basque", "Lizarazu", "Gorostiza", "Oiarzabal", "Txurruka", "Uzkudun"),
    *_s("basque", "Legarreta", "Agirrezabala", "Etxebeste", "Zulaika", "Sagastizabal"),
    # Catalan families
    *_s("catalan", "Estruch", "Xirau", "Masferrer", "Casademunt", "Pujolràs"),
    *_s("catalan", "Cardús", "Pijoan", "Coromines", "Puigvert", "Vilaseca"),
    # Galician families
    *_s("galician", "Castiñeiras", "Lousada", "Vilariño", "Bouzas", "Bugallo"),
    *_s("galician", "Cancela", "Teixeiro", "Outeiro"),
    # Maltese families
    *_s("maltese", "Cauchi", "Bugeja", "Ellul", "Falzon", "Psaila"),
    *_s("maltese", "Chetcuti", "Cutajar", "Ciantar", "Scicluna", "Ebejer"),
    *_s("maltese", "Theuma", "Camenzuli", "Ciappara", "Mercieca", "Stivala"),
    *_s("maltese", "D'Anastas"),
    # Greek Cypriot families
    *_s(
        "greek_cypriot",
        "Pavlides/Pavlidou",
        "Orphanides/Orphanidou",
        "Tsangarides/Tsangaridou",
        "Zenonos",
        "Theocharides/Theocharidou",
    ),
    *_s(
        "greek_cypriot",
        "Iacovides/Iacovidou",
        "Demetriades/Demetriadou",
        "Nicolaides/Nicolaidou",
        "Eleftheriades/Eleftheriadou",
        "Hadjiyiannis/Hadjiyianni",
    ),
    *_s(
        "greek_cypriot",
        "Kouppis/Kouppi",
        "Papaphotis/Papaphoti",
        "Loizides/Loizidou",
        "Patsalides/Patsalidou",
        "Mouskos/Mouskou",
    ),
    # Turkish Cypriot families
    *_s("turkish_cypriot", "Mapolar", "Dervişoğlu", "Atakol", "Çağda", "Beyoğlu"),
    # Tigrinya families
    *_s("tigrinya", "Ghebrehiwet", "Woldegiorgis", "Tekleab", "Okbazghi", "Zemichael"),
    *_s("tigrinya", "Teklemariam"),
    # Oromo families
    *_s("oromo", "Urgessa", "Jaarso", "Gammachu", "Duressa", "Hirpa"),
    *_s("oromo", "Negari"),
    # Malagasy families
    *_s(
        "malagasy",
        "Razafimahatratra",
        "Andriamanjato",
        "Rakotondrabe",
        "Ratsimbazafy",
        "Randriamampionona",
    ),
    *_s("malagasy", "Rajaonarison", "Razanamahefa", "Rakotovao", "Andriambololona"),
    # Seychellois families
    *_s("seychellois", "Dubignon", "Esparon", "Nourrice", "Racombo", "Volcere"),
    *_s("seychellois", "Fanchette", "Zialor"),
    # Chagossian families
    *_s("chagossian", "Vincatassin", "Tranquille", "Elysé"),
    # Cape Verdean families
    *_s("cape_verdean", "Querido", "da Moura", "da Penha"),
    # Angolan families
    *_s("angolan", "Kapenda", "Muanza", "Lukamba", "Kangamba", "Tchiyuka"),
    *_s("angolan", "Nhanga"),
    # Mozambican families
    *_s("mozambican", "Chambal", "Maculuve", "Muianga", "Chauque"),
    # Brazilian families
    *_s("brazilian", "Peçanha", "Uchoa", "Arruda", "Sobral", "Quintanilha"),
    # Colombian families
    *_s("colombian", "Agudelo", "Bedoya", "Marulanda", "Usuga", "Atehortúa"),
    # Andean Quechua families
    *_s("quechua", "Sayhua", "Ccopa", "Atoc", "Ayquipa", "Ccallo"),
    # Guatemalan Maya families
    *_s("guatemalan", "Xicará", "Ajú", "Chavajay", "Sajché", "Tuyuc"),
    *_s("guatemalan", "Chumil", "Ajanel", "Quiacaín", "Cumes", "Sactic"),
    # Orkney families
    *_s("orcadian", "Halcro", "Cursiter", "Scarth", "Costie", "Moar"),
    *_s("orcadian", "Arcus"),
    # Shetland families
    *_s("shetlander", "Georgeson", "Odie", "Bairnson"),
    # Omani families
    *_s("omani", "Al-Rawahi", "Al-Maskari", "Al-Siyabi", "Al-Ghafri", "Al-Riyami"),
    *_s("omani", "bin Zahran"),
    # Mauritanian families
    *_s("mauritanian", "El Moctar", "El Wafi"),
    # Jordanian families
    *_s("jordanian", "Abu Hammour"),
    # Welsh families
    *_s("welsh", "ap Cynfyn"),
    # Anglo-Irish families
    *_s(
        "anglo_irish",
        "MacAodhagáin/NicAodhagáin",
        "McIlhatton",
        "O'Rahilly",
        "Ó Maoilmhichíl/Ní Mhaoilmhichíl",
        "Ó Gairbhith/Ní Ghairbhith",
    ),
    *_s("anglo_irish", "Ó Cianáin/Ní Chianáin", "Ó Síocháin/Ní Shíocháin"),
    # Thai families
    *_s("thai", "Srisuwan", "Chaiyasit", "Rattanapong", "Boonyarit", "Kittikhun"),
    *_s("thai", "Saengthong", "Wongkham", "Phongphaew"),
    # Chinese families
    *_s("chinese", "Xiang", "Qiu", "Yue", "Jia", "Ren"),
    # Vietnamese families
    *_s("vietnamese", "Khuc", "Quach", "Thach"),
    # Filipino families
    *_s("filipino", "Magsaysay", "Lumbao"),
    # Malay families
    *_s("malay", "bin Awang"),
    # Dutch families
    *_s("dutch", "van Kooten", "Verbeek"),
    # Frisian families
    *_s("frisian", "Hiemstra", "Wijbenga", "Sikkema", "Tjallingii"),
    # Norwegian families
    *_s("norwegian", "Fossheim"),
    # Luxembourgish families
    *_s("luxembourgish", "Wagener", "Goedert", "Kremer"),
    # Macedonian families
    *_s(
        "macedonian",
        "Gjorgjievski/Gjorgjievska",
        "Petrushevski/Petrushevska",
        "Ilievski/Ilievska",
        "Talevski/Talevska",
        "Bogoevski/Bogoevska",
    ),
    *_s(
        "macedonian",
        "Krstevski/Krstevska",
        "Sekulovski/Sekulovska",
        "Cvetkovski/Cvetkovska",
        "Siljanovski/Siljanovska",
        "Velevski/Velevska",
    ),
    *_s("macedonian", "Andonovski/Andonovska", "Zafirovski/Zafirovska", "Risteski/Risteska"),
    # Serbian families
    *_s("serbian", "Vukašinović"),
    # Zambian families
    *_s("zambian", "Mwanza", "Sichilongo", "Mwape", "Siame", "Sakala"),
    # Bangladeshi families
    *_s("bangladeshi", "Khondoker", "Akand"),
    # Jamaican families
    *_s("jamaican", "Maragh", "Burrell", "Mahfood"),
    # Nigerian families
    *_s("nigerian", "Olatunbosun", "Ajibola"),
]
SURNAMES_WORD = [
    # English surnames that are words
    *_s("english", "Bannister", "Bridges", "Brooks", "Combs", "Craft", word=True),
    *_s("english", "Fields", "Fry", "Gibbon", "Masters", "Parks", word=True),
    *_s("english", "Pate", "Powers", "Reeves", "Sanders", "Singleton", word=True),
    *_s("english", "Walls", "Watts", "Purser", "Shipwright", "Dolphin", word=True),
    *_s("english", "Plumber", "Waller", "Cardinal", "Burgess", "Anchor", word=True),
    *_s("english", "Hills", "Downs", "Bates", "Nettles", "Coats", word=True),
    *_s("english", "Styles", "Laws", "Pounds", "Dickens", "Rains", word=True),
    *_s("english", "Plaice", "Tombs", "Bones", "Shanks", "Whisker", word=True),
    *_s("english", "Plank", "Sayers", "Joule", "Boycott", "Shrapnel", word=True),
    *_s("english", "Hawking", "Drudge", word=True),
    # American surnames that are words
    *_s("american", "Cruise", "Sellers", "Sears", "Spears", "Billings", word=True),
    *_s("american", "Hoover", "Bloomer", "Revere", "Mailer", word=True),
    # Anglo-Irish surnames that are words
    *_s("anglo_irish", "Hogan", word=True),
    # Norwegian surnames that are words
    *_s("norwegian", "Munch", word=True),
    # German surnames that are words
    *_s("german", "Diesel", "Hertz", "Herder", "Born", "Spitz", word=True),
    *_s("german", "Blitz", word=True),
    # Dutch surnames that are words
    *_s("dutch", "Smit", "Mast", "Veld", word=True),
    # Chinese surnames that are words
    *_s("chinese", "Foo", word=True),
    # Andean Quechua surnames that are words
    *_s("quechua", "Condor", word=True),
]


POOL = NamePool(
    female=FEMALE,
    male=MALE,
    female_word=FEMALE_WORD,
    male_word=MALE_WORD,
    surnames=SURNAMES,
    surnames_word=SURNAMES_WORD,
    streets=[
        "Fratton Road",
        "Arundel Street",
        "Kingston Crescent",
        "Twyford Avenue",
        "Stamshaw Road",
        "Tipner Lane",
        "Eastney Esplanade",
        "Highland Road",
        "Haslar Road",
        "Forton Road",
        "Brockhurst Road",
        "Mumby Road",
        "Ker Street",
        "Cremyll Street",
        "Semaphore Lane",
        "Hardway Road",
        "Keyham Road",
        "Camber Quay",
        "Chain Ferry Road",
        "Antony Road",
    ],
    blocks=[
        "Dreadnought House",
        "Spinnaker House",
        "Semaphore Court",
        "Hardway Court",
        "Haslar House",
        "Hornet Court",
        "Tipner House",
        "Gunwharf Court",
        "Sally Port House",
        "Round Tower Court",
        "Keyham House",
        "Cremyll Court",
    ],
    towns=[
        "Gosport",
        "Fareham",
        "Havant",
        "Waterlooville",
        "Cosham",
        "Southsea",
        "Emsworth",
        "Hayling Island",
        "Portchester",
        "Lee-on-the-Solent",
        "Stubbington",
        "Titchfield",
        "Yarmouth",
        "Freshwater",
        "Bembridge",
        "Torpoint",
        "Devonport",
        "Saltash",
        "Plympton",
        "Cawsand",
    ],
    stems=[
        "Fratton",
        "Stamshaw",
        "Eastney",
        "Haslar",
        "Forton",
        "Portchester",
        "Gunwharf",
        "Keyham",
        "Cremyll",
        "Hilsea",
        "Copnor",
        "Alverstoke",
        "Rowner",
        "Brockhurst",
    ],
    pubs=[
        "The Sally Port",
        "The Still and West",
        "The Spice Island",
        "The Dockyard Gate",
        "The Semaphore",
        "The Hard Tack",
        "The Pompey Chimes",
        "The Torpoint Ferry",
        "The Cremyll Boat",
        "The Tot of Rum",
        "The Bosun's Locker",
        "The Chain Ferry",
    ],
)
