"""Names for the sixteenth holdout pool (``holdout16``), written blind for issue 13 by
someone who had not read the redaction engine, its documentation, its word lists or its
benchmark output. None of its given names, nicknames or surnames (nor any word of a
multiword or hyphenated one, bar the particles) is in the dev and test lists (names.py)
or in names_holdout2.py to names_holdout15.py, which were read only to keep clear of
them, and its word-names and word-surnames are other words again. Its places and
institutions are new too (Romney Marsh and Dungeness, the East Kent coalfield and
Thanet, and the Norfolk Broads).

The people are those of England and Wales today, drawn from traditions the earlier pools
used little or not at all: Liberian families; Tswana, Venda, Tsonga and Swazi families
from southern Africa; Herero, Ovambo and Nama families from Namibia; Kabyle and Riffian
Amazigh families; Sara families from Chad; Dinka and Nuer families from South Sudan;
Maasai families; Kazakh, Kyrgyz, Tajik, Turkmen and Karakalpak families; Batak,
Minangkabau and Acehnese families from Sumatra; Visayan and Ilocano families from the
Philippines; Korean, Lao and Khmer families; Samoan,
Tongan, Fijian and Maori families; Breton, Occitan and Sardinian families; Jersey and
Guernsey families; Anglo-Indian and Sri Lankan Burgher families; Assyrian, Mandaean and
Druze families; Bukharan Jewish, Mountain Jewish and Karaite families; Cape Verdean,
Angolan, Mozambican and Bissau-Guinean families; Puerto Rican, Uruguayan and Curacao
families; and Welsh, Hebridean and Irish families. Nicknames are what families call
people: Tswana, Venda and Tsonga short forms (Tumza, Shudu, Tsaki), Liberian short
forms, Kabyle and Riffian -ou and -i, Kazakh, Kyrgyz, Tajik and Turkmen -ka, -ik and
-ush (Moldik, Begush, Maralka), Batak Butet and Ucok and Minangkabau Upik and Buyuang
(what a family calls its daughter and son), Visayan Inday and Dodoy, Lao and Khmer
short forms, Samoan, Tongan, Fijian and Maori short forms (Heila, Teca, Whetūrangi),
Breton -ig, Occitan -eta, -on and -et, Sardinian -edda, -eddu and -inu, Jersey
-ot, Portuguese -inho and -inha among Cape Verdean, Angolan, Mozambican and
Bissau-Guinean families, Bukharan Jewish -jon and -cha, Mountain Jewish -ochka, Puerto
Rican -ita and Uruguayan -cita, Basque -txu, Greek -oula, Russian -echka, and the Thai
P' (phi, what a younger sibling calls an elder one) before a Thai nickname.

The word-names are Pacific names that spell an English word (Tongan Lute and Lose for
Ruth and Rose, Maori Huia, Ngaio and Hone), Hmong Pa, names from these islands that are
words (Nigella, Abigail, Charlie, Brie, Jacinth, Magdalen, Jennet, Pleasance, Melba,
Lobelia, Freesia, the Puritan Experience, Supply, Relief and Wait, the Romany
Pleasant, the Irish Brogan and Conn; Emery, Spencer, Morris, Rex, Kris, Colin,
Franklin), French, Flemish, Basque, Greek, Russian and Swedish names that are words
(Georgette, Madeleine, Fauve, Eider, Agape, Xenia, Moa, Castor, Balthazar), Armenian,
Dutch, German, Norwegian, Macedonian, Palestinian and Catalan names that are words
(Davit, Marten, Max, Grim, Vane, Abed, Pep), Fante Aba, Japanese Mako and Nori, Chinese
Wen, Qi, Bin and Yuan, the Hong Kong English names Icy and Snowy, Vietnamese Lieu and
Van (Liễu, Vân), Indonesian Mega, Zimbabwean, Zambian and Malawian names that are words
(Jealous, Teenage, Method, Fashion, Forward), the Igbo Epiphany, the Bajan Gladstone,
the Brazilian Maxwell, the Filipino Napoleon, and Thai nicknames used as given names
(Music, Pure, Earn, Fond, Mobile, Focus, Eye, Tip, Cheer, Dew, Nook, Care; Nine, Ten,
Team, Mix, Fourth, Dunk, Sea, Fort, Peat, Gulf, Mean, Plan, Note, Up, Jump, Pod). The
word-surnames are English trades, tools, animals, places and nicknames (Bellow, Bunker,
Cage, Crick, Dodge, Farrow, Goldsmith, Riddle, Sparks, Staples, Tweed, Watt, Yule,
Blight, Borrow, Brace, Burden, Busby, Callow, Child, Cockle, Craven, Crisp, Daunt,
Dormer, Fallow, Fife, Rouse, Seaman, Stoker, Whale, Whiting, Browning, Sweeting,
Decker and more), and Liberian, Swazi, Occitan, Puerto Rican, Khmer, Swedish, Norwegian
and Fante surnames that spell an English word (Knuckles, Toe, Weeks, Grimes, Mamba,
Mistral, Arroyo, Ouch, Say, Frisk, Dahl, Brew). The surnames include particles (ap,
Mac/Nic, Mc, Ó/Ní, O', D', de, da, van, El, Al-, Abu, bin, and the Maasai ole),
hyphens (Nandi-Ndaitwah), spaces, apostrophes (O'Faoláin, D'Monte, D'Britto, Le Roc'h,
Su'a, Ma'afu), accents, lower-case first letters (de Gruchy, da Trindade, van
Langenberg, ole Sapit, bin Daud) and forms that differ for women (Kazakh, Kyrgyz, Tajik,
Turkmen, Karakalpak, Bukharan Jewish and Mountain Jewish -ova and -eva, Karaite -ska and
-cka, Irish Ní and Scottish Gaelic Nic). No engine change was checked against this pool
before its first figures were reported."""

from __future__ import annotations

from bench.redaction.names import NamePool, _f, _s

FEMALE = [
    # Liberian families
    *_f("liberian", "Kebbeh", "Keb", "Garmai", "Garma", "Korlu", "Korls", "Jartu", "Jartie"),
    *_f("liberian", "Lorpu", "Lorpie", "Nowai", "Nowie"),
    # Tswana, Venda, Tsonga and Swazi families
    *_f("tswana", "Boitumelo", "Tumza", "Kelebogile", "Kele", "Onalenna", "Lenna"),
    *_f("tswana", "Masego", "Sego", "Gaone", "Gaonie"),
    *_f("venda", "Mashudu", "Shudu", "Tshilidzi", "Tshili", "Rudzani", "Rudzi", "Lufuno", "Lufu"),
    *_f("tsonga", "Tsakani", "Tsaki", "Nyiko", "Nyiks", "Khensani", "Khensi", "Hlamalani", "Hlama"),
    *_f("swazi", "Ncobile", "Ncoby", "Tengetile", "Tenge", "Lomakhosi", "Makhosi"),
    # Herero, Ovambo and Nama families from Namibia
    *_f("herero", "Uazuva", "Zuva", "Vetaruhe", "Veta", "Kaera", "Kaeri"),
    *_f("ovambo", "Ndapewa", "Ndapi", "Nangula", "Nangu", "Ndinelao", "Ndine", "Iyaloo", "Iya"),
    *_f("nama", "Gertruida", "Truida", "Hendrina", "Drienie"),
    # Kabyle and Riffian Amazigh families
    *_f("kabyle", "Tassadit", "Sadit", "Thiziri", "Ziri", "Taous", "Taousa", "Lounja", "Lounjou"),
    *_f("kabyle", "Tafsut", "Tafsi", "Dihya", "Dihyou"),
    *_f("riffian", "Thraithmas", "Thrai", "Mimount", "Mimounta", "Tudert", "Tuda"),
    # Sara families from Chad; Dinka and Nuer families from South Sudan; Maasai families
    *_f("chadian", "Remadji", "Rema", "Ndolembaye", "Ndole"),
    *_f("dinka", "Ayen", "Ayenny", "Akech", "Akechi", "Adut", "Adutty", "Aluel", "Luel"),
    *_f("nuer", "Nyaluak", "Nyalu", "Nyabol", "Nyaboli", "Nyachuol", "Nyachu"),
    *_f("maasai", "Naserian", "Naseri", "Nashipai", "Shipai", "Resian", "Resi", "Naisula", "Naisu"),
]
FEMALE += [
    # Kazakh, Kyrgyz, Tajik and Turkmen families
    *_f("kazakh", "Aigerim", "Aika", "Zhuldyz", "Zhulya", "Moldir", "Moldik", "Togzhan", "Togzha"),
    *_f("kyrgyz", "Aizada", "Aiza", "Cholpon", "Choka", "Kanykei", "Kanysh", "Begaiym", "Begush"),
    *_f(
        "tajik", "Manizha", "Manizhka", "Zulaikho", "Zulai", "Ganjina", "Ganji", "Bunafsha", "Bunya"
    ),
    *_f(
        "turkmen", "Ogulgerek", "Gerek", "Jemal", "Jemalka", "Maral", "Maralka", "Ogulbeg", "Gulya"
    ),
    # Batak, Minangkabau and Acehnese families from Sumatra
    *_f("batak", "Rumondang", "Butet", "Taruli", "Ruli", "Sondang", "Sonda"),
    *_f("minangkabau", "Rasuna", "Upik", "Rohana", "Onah"),
    *_f("acehnese", "Cut Meutia", "Meutia", "Safrida", "Ida Cut"),
    # Visayan and Ilocano families from the Philippines
    *_f("visayan", "Gemalyn", "Inday", "Lourdita", "Diday"),
    *_f("ilocano", "Policarpia", "Carpia", "Basilisa", "Isang"),
    # Korean, Lao and Khmer families
    *_f("korean", "Ha-neul", "Haneuri"),
    *_f("lao", "Chanthaly", "Thaly", "Vilayphone", "Vilay", "Sengdao", "Dao", "Bounthavy", "Thavy"),
    *_f("khmer", "Sreyleak", "Srey", "Sotheary", "Theary", "Chenda", "Chendy", "Chanmony", "Mony"),
    # Samoan, Tongan, Fijian and Maori families
    *_f("samoan", "Teuila", "Teu", "Sieni", "Ieni", "Faafetai", "Fetai"),
    *_f("tongan", "Salote", "Lote", "Lesieli", "Sieli", "Heilala", "Heila"),
    *_f("fijian", "Kelera", "Lera", "Ateca", "Teca", "Unaisi", "Naisi", "Miliakere", "Kere"),
    *_f("maori", "Rahera", "Rahe", "Ngahuia", "Ngahu", "Whetu", "Whetūrangi"),
    # Breton, Occitan and Sardinian families
    *_f("breton", "Rozenn", "Rozennig", "Maiwenn", "Maï", "Katell", "Katellig"),
    *_f("occitan", "Mirelha", "Mirelheta", "Azalaïs", "Zalaïs"),
    *_f("sardinian", "Efisia", "Fisiedda", "Giommaria", "Giommarì", "Itriedda", "Triedda"),
    # Jersey and Guernsey families, Anglo-Indian and Sri Lankan Burgher families
    *_f("jersey", "Jeanne", "Jeannot", "Philippine", "Pipine"),
    *_f("guernsey", "Thérèse", "Tresse", "Madlaine", "Lainie"),
    *_f("anglo_indian", "Merlyn", "Merly", "Nanette", "Nanou"),
    *_f("burgher", "Ondine", "Ondie", "Leontine", "Nonnie"),
    # Assyrian, Druze, Bukharan Jewish and Mountain Jewish families
    *_f("assyrian", "Shamiram", "Shamiro", "Marganita", "Ganita", "Awisha", "Wisha"),
    *_f("druze", "Nazira", "Nouji", "Sitt Nasab", "Nasab"),
    *_f("bukharan_jewish", "Bahor", "Bahorcha", "Roziya", "Roza-jon", "Malkiyo", "Malki"),
    *_f("mountain_jewish", "Shuvo", "Shuvochka", "Khevo", "Khevochka"),
    # Cape Verdean, Angolan, Mozambican and Bissau-Guinean families
    *_f("cape_verdean", "Ivone", "Vonvon", "Nhanha", "Nhanhinha"),
    *_f("angolan", "Ngudia", "Dia Ngudi", "Luzolo", "Zolo"),
    *_f("mozambican", "Josina", "Zinita", "Ancha", "Anchinha"),
    *_f("bissau_guinean", "Titina", "Titinha", "Fatumata", "Fatoumatinha"),
    # Puerto Rican, Uruguayan and Curacao families; Welsh families
    *_f("puerto_rican", "Migdalia", "Migda", "Nereida", "Nery", "Nilsa", "Nilsita"),
    *_f("uruguayan", "Florencia", "Flopi", "Nahir", "Nahircita"),
    *_f("curacaoan", "Ruthmilda", "Ruthi", "Shurenska", "Shuri"),
    *_f("welsh", "Tangwystl", "Tangwen"),
    *_f("hebridean", "Curstaidh", "Seonaidh"),
]
FEMALE_WORD = [
    # names that are also English words: Pacific, Hmong and Bengali names
    *_f("tongan", "Lute", "Lūte", "Lose", "Losi", word=True),
    *_f("maori", "Huia", "Huihui", "Ngaio", "Ngaiti", word=True),
    *_f("hmong", "Pa", "Paj", word=True),
    # English and Romany names that are words
    *_f("english", "Nigella", "Gella", "Abigail", "Abbs", "Charlie", "Chars", word=True),
    *_f("english", "Brie", "Bree", "Jacinth", "Jac", "Magdalen", "Lena", word=True),
    *_f("english", "Jennet", "Jenno", "Pleasance", "Pleasy", "Melba", "Melbie", word=True),
    *_f("english", "Lobelia", "Belia", "Freesia", "Freesie", word=True),
    *_f("english", "Experience", "Expy", "Supply", "Suppie", "Relief", "Relly", word=True),
    *_f("romany", "Pleasant", "Plez", word=True),
    *_f("irish", "Brogan", "Brogie", word=True),
    # French and Flemish, Basque, Greek, Russian and Swedish names that are words
    *_f("french", "Georgette", "Zette", "Madeleine", "Mado", word=True),
    *_f("flemish", "Fauve", "Fauvie", word=True),
    *_f("basque", "Eider", "Eidertxu", word=True),
    *_f("greek", "Agape", "Agapoula", word=True),
    *_f("russian", "Xenia", "Ksenechka", word=True),
    *_f("swedish", "Moa", "Moffa", word=True),
    # Fante, Japanese, Chinese, Hong Kong, Vietnamese and Indonesian names that are words
    *_f("fante", "Aba", "Abaa", word=True),
    *_f("japanese", "Mako", "Makochi", "Nori", "Norin", word=True),
    *_f("chinese", "Wen", "Wenwen", "Qi", "Xiaoqi", word=True),
    *_f("hong_kong", "Icy", "Icee", "Snowy", "Snowie", word=True),
    *_f("vietnamese", "Lieu", "Liễu", "Van", "Út", word=True),
    *_f("indonesian", "Mega", "Ega", word=True),
    # Thai nicknames used as given names
    *_f(
        "thai", "Music", "P'Music", "Pure", "P'Pure", "Earn", "P'Earn", "Fond", "P'Fond", word=True
    ),
    *_f(
        "thai", "Mobile", "P'Mobile", "Focus", "P'Focus", "Eye", "P'Eye", "Tip", "P'Tip", word=True
    ),
    *_f("thai", "Cheer", "P'Cheer", "Dew", "P'Dew", "Nook", "P'Nook", "Care", "P'Care", word=True),
]
MALE = [
    # Liberian families
    *_f("liberian", "Varney", "Varns", "Saah", "Saahboy", "Togba", "Togs", "Boima", "Boi"),
    # Tswana, Venda, Tsonga and Swazi families
    *_f("tswana", "Kabelo", "Kabza", "Omphile", "Omphi", "Mothusi", "Thusi", "Phenyo", "Phenz"),
    *_f("venda", "Ndivhuwo", "Ndivhu", "Murendeni", "Mure", "Takalani", "Taka"),
    *_f("tsonga", "Hlulani", "Hlu", "Rhulani", "Rhu", "Vongani", "Vonga", "Ntsako", "Tsako"),
    *_f("swazi", "Mcolisi", "Mcoli", "Sicelo", "Cece", "Mbongeni", "Mbo"),
    # Herero, Ovambo and Nama families
    *_f("herero", "Katuutire", "Katu", "Uazuvara", "Uazu", "Vekuii", "Veku"),
    *_f("ovambo", "Hidipo", "Hidi", "Nangolo", "Nango", "Tangeni", "Tange"),
    *_f("nama", "Petrus", "Pieta", "Isak", "Isie"),
    # Kabyle and Riffian families
    *_f("kabyle", "Aksil", "Aksi", "Lounès", "Louni", "Arezki", "Rezki", "Koceila", "Koci"),
    *_f("kabyle", "Yugurten", "Yugu", "Mokrane", "Mokra"),
    *_f("riffian", "Mimoun", "Mimouni", "Amziane", "Amzi", "Mohand", "Mohi"),
    # Sara, Dinka, Nuer and Maasai families
    *_f("chadian", "Ngarlejy", "Ngarle", "Djimadoum", "Djima", "Nadjingar", "Nadji"),
    *_f("dinka", "Makuei", "Kuei", "Ajak", "Jak", "Lual", "Lualdit"),
    *_f("nuer", "Gatwech", "Gat", "Gatluak", "Gatlu", "Riek", "Riekie"),
    *_f("maasai", "Lemayian", "Maiyan", "Saitoti", "Toti", "Parmuat", "Muat", "Sironka", "Ronka"),
]
MALE += [
    # Kazakh, Kyrgyz, Tajik, Turkmen and Karakalpak families
    *_f("kazakh", "Zhandos", "Zhanik", "Sanzhar", "Sanzh", "Talgat", "Talga", "Berik", "Berka"),
    *_f("kyrgyz", "Bakyt", "Bakytka", "Nurzhigit", "Zhigit", "Kubanychbek", "Kuban"),
    *_f("tajik", "Umed", "Umka", "Sadriddin", "Sadri", "Komron", "Komik", "Dilshod", "Dilik"),
    *_f("turkmen", "Hojamyrat", "Hojik", "Yazgeldi", "Yazik", "Kakajan", "Kaka"),
    *_f("karakalpak", "Berdakh", "Berdi", "Ajiniyaz", "Ajik"),
    # Batak, Minangkabau and Acehnese families
    *_f("batak", "Togar", "Ucok", "Parlindungan", "Parlin", "Marihot", "Ihot"),
    *_f("minangkabau", "Syafri", "Buyuang", "Yusrizal", "Ijal"),
    *_f("acehnese", "Teuku Umar", "Umar Teuku", "Safwan", "Wandi"),
    # Visayan and Ilocano families
    *_f("visayan", "Crisologo", "Dodoy", "Sergio Osmeña", "Serging"),
    *_f("ilocano", "Cipriano", "Pinong", "Policarpio", "Carpio"),
    # Korean, Lao and Khmer families
    *_f("korean", "Haneul", "Haneulie"),
    *_f("lao", "Khamsone", "Sone", "Khamphet", "Kham", "Phonesavanh", "Phone", "Vilasack", "Sack"),
    *_f("khmer", "Vuthy", "Thy", "Rotanak", "Tanak", "Chamroeun", "Roeun", "Kosal", "Kos"),
    # Samoan, Tongan, Fijian and Maori families
    *_f("samoan", "Mikaele", "Kaele", "Aukuso", "Kuso"),
    *_f("tongan", "Kalolo", "Kaloti", "Feleti", "Feti", "Taniela", "Niela"),
    *_f("fijian", "Apisai", "Pisai", "Ilaitia", "Ilai", "Nemani", "Nema", "Filimoni", "Filimo"),
    *_f("maori", "Tipene", "Tipi", "Matiu", "Tiu", "Ihaia", "Haia"),
    # Breton, Occitan and Sardinian families
    *_f("breton", "Goulven", "Goulvenig", "Brieuc", "Brieu", "Tugdual", "Tudi", "Riwal", "Riwalig"),
    *_f("breton", "Gurvan", "Gurvanig"),
    *_f("occitan", "Guilhem", "Guilhemon", "Estève", "Estevet", "Miquèu", "Miquelet"),
    *_f("sardinian", "Antioco", "Antiochinu", "Gonario", "Nario", "Efisiu", "Fisieddu"),
    # Jersey and Guernsey, Anglo-Indian and Burgher families
    *_f("jersey", "Helier", "Lièrot", "Clément-Élie", "Clémie"),
    *_f("anglo_indian", "Cedric", "Ceddie", "Lancelot", "Lanky"),
    *_f("burgher", "Doric", "Dorico", "Carlyle", "Lyle"),
    # Assyrian, Mandaean, Druze, Bukharan Jewish, Mountain Jewish and Karaite families
    *_f("assyrian", "Yonadam", "Yonadi", "Sargis", "Sargi"),
    *_f("mandaean", "Hibil", "Hibilo", "Shitil", "Shiti"),
    *_f("druze", "Taymour", "Taymo", "Nazih", "Nazzi"),
    *_f("bukharan_jewish", "Nisan", "Nisik", "Bentsion", "Bentsi"),
    *_f("mountain_jewish", "Manuvakh", "Manuvakhik", "Avshalum", "Avsha", "Gadasi", "Gada"),
    *_f("karaite", "Seraja", "Serajka"),
    # Cape Verdean, Angolan, Mozambican and Bissau-Guinean families
    *_f("cape_verdean", "Djon", "Djonzinho", "Nilton", "Niltinho"),
    *_f("angolan", "Kiluanji", "Kilu"),
    *_f("mozambican", "Samora", "Samorinha"),
    *_f("bissau_guinean", "Umaro", "Umarinho"),
    # Puerto Rican, Uruguayan and Curacao families; Welsh families
    *_f("puerto_rican", "Migdonio", "Migdo", "Yamil", "Yamilito"),
    *_f("uruguayan", "Obdulio", "Dulio", "Nahitan", "Nahitancito"),
    *_f("curacaoan", "Churandy", "Chu", "Jurickson", "Juri"),
    *_f("welsh", "Cadfael", "Cadi", "Mabon", "Mabby"),
    *_f("hebridean", "Lachlann", "Eachainn"),
]
MALE_WORD = [
    # names that are also English words
    *_f("armenian", "Davit", "Davitik", word=True),
    *_f("english", "Emery", "Emz", "Spencer", "Spence", "Morris", "Mozza", word=True),
    *_f(
        "english",
        "Rex",
        "Rexy",
        "Kris",
        "Krisko",
        "Colin",
        "Colino",
        "Franklin",
        "Franko",
        word=True,
    ),
    *_f("english", "Wait", "Waity", word=True),
    *_f("chinese", "Bin", "Binbin", "Yuan", "Yuanyuan", word=True),
    *_f("dutch", "Marten", "Tinus", word=True),
    *_f("german", "Max", "Maxel", word=True),
    *_f("norwegian", "Grim", "Grimen", word=True),
    *_f("maori", "Hone", "Hōne", word=True),
    *_f("macedonian", "Vane", "Vanče", word=True),
    *_f("palestinian", "Abed", "Bedo", word=True),
    *_f("catalan", "Pep", "Pepet", word=True),
    *_f("irish", "Conn", "Connach", word=True),
    *_f("greek", "Castor", "Kasto", word=True),
    *_f("french", "Balthazar", "Baltha", word=True),
    *_f("zimbabwean", "Jealous", "Jelo", "Teenage", "Teenzo", "Method", "Methu", word=True),
    *_f("zambian", "Fashion", "Fash", word=True),
    *_f("malawian", "Forward", "Fowa", word=True),
    *_f("igbo", "Epiphany", "Epi", word=True),
    *_f("bajan", "Gladstone", "Gladdo", word=True),
    *_f("brazilian", "Maxwell", "Maxuel", word=True),
    *_f("filipino", "Napoleon", "Poloy", word=True),
    # Thai nicknames used as given names
    *_f("thai", "Nine", "P'Nine", "Ten", "P'Ten", "Team", "P'Team", "Mix", "P'Mix", word=True),
    *_f(
        "thai", "Fourth", "P'Fourth", "Dunk", "P'Dunk", "Sea", "P'Sea", "Fort", "P'Fort", word=True
    ),
    *_f("thai", "Peat", "P'Peat", "Gulf", "P'Gulf", "Mean", "P'Mean", "Plan", "P'Plan", word=True),
    *_f("thai", "Note", "P'Note", "Up", "P'Up", "Jump", "P'Jump", "Pod", "P'Pod", word=True),
]
SURNAMES = [
    # Liberian families
    *_s("liberian", "Kollie", "Flomo", "Tokpa", "Kpoto", "Fahnbulleh", "Zinnah"),
    *_s("liberian", "Saydee", "Gbowee", "Tarpeh", "Karnga", "Gayflor", "Mulbah", "Wesseh"),
    # Tswana, Venda, Tsonga and Swazi families
    *_s("tswana", "Masire", "Mogae", "Merafhe", "Kgosietsile", "Seretse", "Molefhe", "Kedikilwe"),
    *_s("tswana", "Kwelagobe", "Gaolathe", "Mokgosi"),
    *_s("venda", "Mphephu", "Netshitenzhe", "Ravele", "Mudau", "Tshivhase", "Nengovhela"),
    *_s("venda", "Mufamadi", "Ramabulana", "Mukwevho", "Sikhwari", "Munyai", "Netshidzivhani"),
    *_s("tsonga", "Baloyi", "Maluleke", "Chauke", "Mathebula", "Shivambu", "Hlungwani"),
    *_s("tsonga", "Ngobeni", "Nkuna", "Rikhotso", "Chabalala", "Shirilele", "Mkhabela"),
    *_s("swazi", "Simelane", "Tsabedze", "Magagula", "Gamedze", "Shongwe", "Mavuso", "Sukati"),
    *_s("swazi", "Fakudze", "Ginindza", "Lukhele", "Mkhonta", "Vilakati", "Matsebula"),
    # Herero, Ovambo and Nama families
    *_s("herero", "Maharero", "Kavari", "Kazapua", "Tjiriange", "Kandjii", "Tjituka", "Hengari"),
    *_s("herero", "Katjavivi", "Riruako", "Rukoro"),
    *_s("ovambo", "Nujoma", "Pohamba", "Shikongo", "Amupanda", "Iyambo", "Nghidinwa"),
    *_s("ovambo", "Hamutenya", "Shaningwa", "Nekongo", "Iipinge", "Shivute", "Ekandjo"),
    *_s("nama", "Witbooi", "Swartbooi", "Boois", "Hoebeb", "Gowaseb", "Khoeseb", "Garoeb"),
]
SURNAMES += [
    # Kabyle and Riffian families
    *_s("kabyle", "Aït Menguellet", "Matoub", "Mammeri", "Feraoun", "Ouyahia"),
    *_s("kabyle", "Abane", "Haddadi", "Ouali"),
    *_s("riffian", "Ahrouch", "Boulahrouz", "Afellay", "Aboutaleb", "Marcouch", "Azarkan"),
    *_s("riffian", "Essafi", "El Bakkali", "El Azzouzi", "El Haddioui", "Bouazza"),
    # Sara, Dinka, Nuer and Maasai families
    *_s("chadian", "Yorongar", "Kamougué", "Kebzabo", "Malloum", "Tombalbaye", "Ngarmbassa"),
    *_s("chadian", "Djimasngar", "Ndoubabé"),
    *_s("dinka", "Thon", "Ayuen", "Chol"),
    *_s("nuer", "Machar", "Koang", "Duop", "Puok", "Thok", "Gatkuoth"),
    *_s("maasai", "ole Sapit", "ole Ntimama", "ole Kina", "ole Sankok", "ole Kaelo", "ole Metito"),
    *_s("maasai", "ole Tiampati", "ole Nkaissery"),
    # Kazakh, Kyrgyz, Tajik, Turkmen and Karakalpak families
    *_s("kazakh", "Zhakupov/Zhakupova", "Iskakov/Iskakova", "Sarsenbayev/Sarsenbayeva"),
    *_s("kazakh", "Yessimov/Yessimova", "Mukanov/Mukanova"),
    *_s("kazakh", "Zhumabayev/Zhumabayeva", "Baimukhanov/Baimukhanova"),
    *_s("kyrgyz", "Otunbayev/Otunbayeva", "Japarov/Japarova", "Atambayev/Atambayeva"),
    *_s("kyrgyz", "Toktogulov/Toktogulova", "Sydykov/Sydykova"),
    *_s("tajik", "Boboev/Boboeva", "Kholov/Kholova"),
    *_s("tajik", "Mirzoev/Mirzoeva", "Rasulov/Rasulova"),
    *_s("turkmen", "Annayev/Annayeva", "Berdiyev/Berdiyeva", "Orazov/Orazova", "Atayev/Atayeva"),
    *_s("turkmen", "Hojamyradov/Hojamyradova", "Nurmuhammedov/Nurmuhammedova"),
    *_s("karakalpak", "Kamalov/Kamalova", "Allanazarov/Allanazarova"),
    *_s("karakalpak", "Seitmuratov/Seitmuratova"),
    # Batak, Minangkabau and Acehnese families
    *_s("batak", "Simanjuntak", "Situmorang", "Hutapea", "Pardede", "Sinaga"),
    *_s("batak", "Simatupang", "Panjaitan", "Hutagalung", "Sihombing", "Tambunan", "Nainggolan"),
    *_s("batak", "Pasaribu", "Simbolon", "Sitorus", "Tampubolon", "Napitupulu"),
    *_s("minangkabau", "Chaniago", "Piliang", "Sikumbang", "Jambak"),
    *_s("acehnese", "bin Daud"),
    # Visayan and Ilocano families
    *_s("visayan", "Cabahug", "Dacalos", "Gabuya", "Tumulak", "Alcuizar", "Bacalso", "Cuizon"),
    *_s("visayan", "Bontuyan", "Pilapil", "Ouano", "Lumapas", "Abellana", "Ybañez"),
    *_s("ilocano", "Agcaoili", "Bagaoisan", "Dacanay", "Dumlao", "Galinato"),
    *_s("ilocano", "Madamba", "Ulep", "Agdeppa", "Labuguen", "Lagmay", "Orpilla", "Tabafunda"),
    *_s("ilocano", "Tugade", "Udarbe", "Ganiron"),
    # Lao and Khmer families
    *_s("lao", "Sisavath", "Sayasone", "Phanthavong", "Souvannavong"),
    *_s("lao", "Luangrath", "Vilaysack", "Thammavongsa", "Xayavong", "Douangmany"),
    *_s("lao", "Chounlamany"),
    *_s("khmer", "Chhay", "Ouk", "Tith", "Chhun", "Pich"),
    # Samoan, Tongan, Fijian and Maori families
    *_s("samoan", "Tuilagi", "Leota", "Fonoti", "Toleafoa"),
    *_s("samoan", "Su'a", "Tuimavave", "Matagi", "Seiuli"),
    *_s("tongan", "Vaipulu", "Kaufusi", "Taumalolo"),
    *_s("tongan", "Mafileo", "Piutau", "Halaholo", "Ma'afu", "Naufahu"),
    *_s("fijian", "Qarase", "Bainimarama", "Rabuka", "Nadolo", "Radrodro"),
    *_s("fijian", "Tuisova", "Nakarawa", "Koroibete", "Waqaniburotu", "Matawalu", "Ravulo"),
    *_s("fijian", "Seruvakula"),
    *_s("maori", "Pomare", "Tawhiao", "Tamihana", "Kingi", "Ruatapu"),
    *_s("maori", "Whaanga", "Karaitiana", "Paewai", "Horomona"),
]
SURNAMES += [
    # Breton, Occitan and Sardinian families
    *_s("breton", "Le Bihan", "Kervella", "Le Moal"),
    *_s("breton", "Quéméner", "Kerjean", "Cadiou", "Le Berre", "Le Dantec", "Le Scouarnec"),
    *_s("breton", "Abgrall", "Kerhervé", "Cloarec", "Goasguen", "Toullec", "Prigent", "Kergoat"),
    *_s("breton", "Jestin", "Quillivic", "Le Roc'h", "Pennec"),
    *_s("occitan", "Bové", "Roumanille", "Aubanel", "Delteil", "Cabanel", "Castan", "Bousquet"),
    *_s("occitan", "Couderc", "Rouquette", "Teulat", "Fabregat", "Bonnafous", "Cazals", "Valat"),
    *_s("occitan", "Peyrot", "Mazel"),
    *_s("sardinian", "Fois", "Usai", "Atzori"),
    *_s("sardinian", "Pisanu", "Mameli", "Cossu", "Dessì", "Zedda", "Ledda", "Sechi"),
    *_s("sardinian", "Pittau", "Contu", "Deidda", "Mereu", "Orrù", "Spanu", "Puddu", "Pusceddu"),
    *_s("sardinian", "Putzu", "Sotgiu"),
    # Jersey and Guernsey families
    *_s("jersey", "Le Brocq", "Le Cornu", "Le Feuvre", "Le Quesne", "Le Sueur", "Renouf"),
    *_s("jersey", "Romeril", "de Gruchy", "Le Masurier", "Le Maistre", "Mourant"),
    *_s("jersey", "Pallot", "Querée", "Le Gallais", "Le Marquand", "Syvret", "Gallichan"),
    *_s("jersey", "Journeaux", "Ahier", "Touzel", "Le Geyt", "Poingdestre", "Le Couteur"),
    *_s("guernsey", "Ozanne", "Brehaut", "Le Poidevin", "Mahy", "Tostevin"),
    *_s("guernsey", "Le Tissier", "Brouard", "De Garis", "Le Lievre", "Bichard", "Gavey"),
    *_s("guernsey", "Lihou", "Mauger", "Le Prevost", "Le Huray", "Le Mesurier", "Priaulx"),
    *_s("guernsey", "de Sausmarez", "Dobrée", "Ferbrache", "Domaille", "Ogier", "Queripel"),
    *_s("guernsey", "Duquemin", "Le Noury", "Le Pelley", "Bougourd", "Le Cheminant", "Torode"),
    # Anglo-Indian and Sri Lankan Burgher families
    *_s("anglo_indian", "D'Monte", "D'Britto", "Rebeiro", "de Rozario", "Stracey"),
    *_s("anglo_indian", "McCluskie"),
    *_s("burgher", "de Kretser", "Ludowyk", "van Langenberg", "Ondaatje", "Jansz", "Anthonisz"),
    *_s("burgher", "Kelaart", "Spittel", "Foenander", "Ebell", "Brohier", "Bartholomeusz"),
    *_s("burgher", "Leembruggen", "Poulier", "Schokman", "Wambeek", "Ohlmus"),
    *_s("burgher", "Speldewinde", "van Cuylenburg", "Koelmeyer", "Jonklaas", "Deutrom", "Aldons"),
    # Assyrian, Mandaean, Druze, Bukharan Jewish, Mountain Jewish and Karaite families
    *_s("assyrian", "Youkhana", "Yalda", "Shlimon", "Gewargis", "Oshana"),
    *_s("mandaean", "Al-Sabti", "Al-Mandawi", "Al-Zuhairy"),
    *_s("druze", "Jumblatt", "Tarif", "Kheir", "Abu Rukun", "Azzam"),
    *_s("druze", "Atrash", "Zahreddine", "Nasreddine", "Abou Chakra"),
    *_s("bukharan_jewish", "Aminov/Aminova", "Babakhanov/Babakhanova", "Kalontarov/Kalontarova"),
    *_s("bukharan_jewish", "Mullokandov/Mullokandova", "Fuzailov/Fuzailova", "Khaimov/Khaimova"),
    *_s("bukharan_jewish", "Mavashev/Mavasheva", "Borukhov/Borukhova", "Nektalov/Nektalova"),
    *_s("bukharan_jewish", "Tolmasov/Tolmasova", "Pinkhasov/Pinkhasova"),
    *_s("mountain_jewish", "Agarunov/Agarunova", "Ilizarov/Ilizarova", "Nisanov/Nisanova"),
    *_s("mountain_jewish", "Mardakhaev/Mardakhaeva", "Izrailov/Izrailova", "Mushailov/Mushailova"),
    *_s("mountain_jewish", "Gurshumov/Gurshumova", "Khanukaev/Khanukaeva"),
    *_s("karaite", "Firkovich", "Lobanos", "Kobecki/Kobecka", "Zajączkowski/Zajączkowska"),
    *_s("karaite", "Szapszał", "Mangubi", "Robaczewski/Robaczewska", "Sinani", "Kefeli"),
    # Cape Verdean, Angolan, Mozambican and Bissau-Guinean families
    *_s("cape_verdean", "Livramento", "da Trindade"),
    *_s("angolan", "Mateta", "Kalandula", "Chivukuvuku", "Samakuva"),
    *_s("angolan", "Mingas", "Tchiuala", "Kalueyo", "Lukoki", "Mabiala"),
    *_s("mozambican", "Machel", "Chissano", "Guebuza", "Nyusi", "Mondlane", "Dhlakama"),
    *_s("mozambican", "Cumbe", "Massinga"),
    *_s("mozambican", "Mucavele", "Matsinhe", "Manhiça", "Zandamela", "da Natividade"),
    *_s("bissau_guinean", "Embaló", "Sanhá", "Djaló", "Indjai", "Nhamadjo", "Sambú"),
    *_s("bissau_guinean", "Biaguê", "Nancassa"),
    # Puerto Rican, Uruguayan and Curacao families
    *_s("puerto_rican", "Irizarry", "Cintrón", "Negrón", "Alicea", "Berríos", "Ocasio"),
    *_s("puerto_rican", "Quiñones", "Acevedo", "Rosado"),
    *_s("uruguayan", "Sanguinetti", "Lacalle", "Forlán", "Recoba", "Godín"),
    *_s("uruguayan", "Muslera", "Onetti", "Artigas", "Bentancur", "Arrascaeta", "Batlle"),
    *_s("curacaoan", "Profar", "Isenia", "Winklaar", "Koeiman", "Cijntje", "Janga"),
    *_s("curacaoan", "Mercelina", "Thodé", "Clarinda", "Constancia", "Leito", "Martis"),
    *_s("curacaoan", "Boekhoudt", "Figaroa", "Sulvaran", "Goilo", "Bernabela", "Muskus"),
    # Irish, Welsh and Ovambo families with particles, hyphens and forms for women
    *_s("irish", "Ó Séaghdha/Ní Shéaghdha"),
    *_s("hebridean", "MacUalraig/NicUalraig"),
    *_s("irish", "O'Faoláin"),
    *_s("welsh", "ap Seisyll"),
    *_s("ovambo", "Nandi-Ndaitwah"),
]
SURNAMES_WORD = [
    # English surnames that are words
    *_s(
        "english",
        "Bellow",
        "Bender",
        "Bunker",
        "Burr",
        "Cage",
        "Carrier",
        "Cox",
        "Crick",
        word=True,
    ),
    *_s(
        "english", "Dell", "Dodge", "Dole", "Farrow", "Fielding", "Foreman", "Goldsmith", word=True
    ),
    *_s("english", "Graves", "Handy", "Huff", "Manning", "Mead", "Millet", "Riddle", word=True),
    # Liberian and Swazi surnames that are words
    *_s("liberian", "Knuckles", "Toe", "Weeks", "Grimes", word=True),
    *_s("swazi", "Mamba", word=True),
    *_s("english", "Sparks", "Staples", "Summers", "Teller", "Tweed", "Ware", "Watt", word=True),
    *_s("english", "Welch", "Wiles", "Winters", "Workman", "Yule", "Beech", "Bidder", word=True),
    *_s("english", "Billet", "Bland", "Blight", "Blow", "Borrow", "Bower", "Bowler", word=True),
    *_s("english", "Boxer", "Brace", "Brake", "Brunt", "Brush", "Burden", "Busby", word=True),
    *_s("english", "Callow", "Camp", "Canter", "Cater", "Child", "Close", "Cockle", word=True),
    *_s("english", "Comer", "Cope", "Corner", "Craven", "Crisp", "Crouch", "Daunt", word=True),
    *_s("english", "Dent", "Dill", "Dormer", "Elder", "Fallow", "Fender", "Ferry", word=True),
    *_s("english", "Fife", "Rouse", "Rule", "Seaman", "Settle", "Stoker", "Stow", word=True),
    *_s("english", "Tuck", "Weir", "Weld", "Wight", "Whale", "Whiting", "Browning", word=True),
    *_s("english", "Sweeting", "Decker", word=True),
    # surnames from other traditions that spell an English word
    *_s("occitan", "Mistral", word=True),
    *_s("puerto_rican", "Arroyo", word=True),
    *_s("khmer", "Ouch", "Say", word=True),
    *_s("swedish", "Frisk", word=True),
    *_s("norwegian", "Dahl", word=True),
    *_s("fante", "Brew", word=True),
]


POOL = NamePool(
    female=FEMALE,
    male=MALE,
    female_word=FEMALE_WORD,
    male_word=MALE_WORD,
    surnames=SURNAMES,
    surnames_word=SURNAMES_WORD,
    streets=[
        "Lookers Lane",
        "Martello Road",
        "Sea Wall Approach",
        "Shingle Bank Road",
        "Sound Mirror Lane",
        "Hoverport Road",
        "Snowdown Colliery Road",
        "Betteshanger Road",
        "Pithead Baths Road",
        "Staithe Road",
        "Wherry Way",
        "Reed Cutters Lane",
        "Eel Sett Lane",
        "Drainage Mill Lane",
        "Marshmans Row",
        "Sluice Keepers Close",
        "Royal Military Canal Path",
        "Light Railway Lane",
    ],
    blocks=[
        "Martello Court",
        "Wherry House",
        "Staithe Court",
        "Lookers Court",
        "Sound Mirror House",
        "Shingle Court",
        "Reedcutters House",
        "Sluice House",
    ],
    towns=[
        "Dymchurch",
        "New Romney",
        "Lydd",
        "Hythe",
        "Tenterden",
        "Aylesham",
        "Deal",
        "Ramsgate",
        "Broadstairs",
        "Wroxham",
        "Stalham",
        "Acle",
        "North Walsham",
        "Aylsham",
        "Hoveton",
        "Loddon",
        "Brundall",
        "Ludham",
    ],
    stems=[
        "Marshside",
        "Dengemarsh",
        "Snargate",
        "Brookland",
        "Ivychurch",
        "Martello",
        "Shepway",
        "Wherryman",
        "Thurne",
        "Hickling",
    ],
    pubs=[
        "The Lookers Rest",
        "The Martello",
        "The Smugglers Return",
        "The Wherry",
        "The Eel Catcher",
        "The Reed Cutter",
        "The Shingle Inn",
        "The Sound Mirror",
    ],
)
