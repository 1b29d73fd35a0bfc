"""Names for the seventeenth holdout pool (``holdout17``), written blind for issue 13 by
someone who had not read the redaction engine, its documentation, its word lists or its
benchmark output. None of its given names, nicknames or surnames (nor any word of a
multiword or hyphenated one, bar the particles) is in the dev and test lists (names.py)
or in names_holdout2.py to names_holdout16.py, which were read only to keep clear of
them, and its word-names and word-surnames are other words again. Its places and
institutions are new too (Swindon's railway works and the Vale of White Horse, Milford
Haven and the Pembrokeshire coast, and the Isles of Scilly).

The people are those of England and Wales today, drawn from traditions the earlier pools
used little or not at all: Cook Islands, Tuvaluan, I-Kiribati, Papua New Guinean,
ni-Vanuatu and Solomon Islander families; Indo-Fijian families (many with a father in
the Army); Kapampangan, Ilonggo and Bicolano families from the Philippines; Javanese and
Sundanese families; Kachin families from Burma; Okinawan families; Hoa (Chinese
Vietnamese) families; Coptic and Chaldean families; Lipka Tatar families from Poland;
Plautdietsch Mennonite and Russian German families; Walloon and Cretan families;
Azorean, Macanese and Gibraltarian families; families from the British Overseas
Territories and the Caribbean (Falkland Islanders, St Helenians of Swindon with Tristan
da Cunha names, Pitcairn, Bermudian, Montserratian, Anguillan and Bahamian families);
Welsh Patagonian families; and Irish and Hebridean families. Nicknames are what
families call people: Cook Islands, Tuvaluan and I-Kiribati short forms, Indo-Fijian
short forms, Kapampangan and Ilonggo -ing and -oy (Santing, Nitoy, Bunsoy), Javanese and
Sundanese short forms, Kachin short forms, Coptic short forms (Demmy, Bosh, Kero),
Plautdietsch Obe and Nietje, Walloon -ou, Cretan Zacharo and Matina, Azorean -inha and
-ino, Okinawan -nii (what a younger sibling calls an elder brother), Latvian -iņš and
-iņa, Croatian and Macedonian -ica and -če, German -chen, Flemish and Frisian -je and
-ke, Dutch -tje, Syrian -oosh, Iraqi -oosh and -oodi, Turkish -ciğim, Romanian -ică,
Cantonese doubling (Fun-Fun, Lap-Lap), and the Thai N' (short for nong, what an elder
calls a younger one) and P' (phi, what a younger one calls an elder) before a Thai
nickname.

The word-names are Thai nicknames used as given names (Tennis, Smile, Bubble, Fair,
Coffee, Bowling; Jeep, Bike, Bonus, Flute), Danish, Frisian, Latvian, Norwegian,
Swedish and Estonian names that spell an English word (Fie, Eta, Santa, Are, Owe, Toke,
Christen, Ago, Anti, Toms, Vents, Gusts), Croatian, Macedonian and Serbian names that
are words (Pave, Stipe, Mitre, Dime, Stole), German, Flemish, Frisian, Swiss, French,
Italian and Dutch names that are words (Curd, Helm, Dries, Rinse, Hark, Ode, Silvan,
Octave, Loup, Gentile, Desiderata, Piety), Syrian Kinda, Israeli Gad, Iraqi Shaker and
Raid, Romanian Petrel, Turkish Saner, Albanian Agon and Ideal, Filipino names that are
words (Ascension, and the nicknames-as-names Dimples, Boots and Bangs), Okinawan Kana
and Japanese Maki, Hawaiian Koa, Maori Nikau, Cantonese Fun and Lap among Hoa families,
the Anguillan Cardigan, the Welsh Griffin, names from these islands that are words
(Moll, Barb, Dory, Oriole, Mauve, Rosebud, Lupin, Heavenly, Narcissus, Rocket,
Huckleberry), Puritan names (Fear, Submit, Content, Reliance; Consider, Return,
Wrestling, Preserved, Accepted), the Spanish Ambrosia, and American names that are words
(Royalty, Savanna, Merrily, Ether, Pinkie, Windy, Golden, Angelic; Buzz, Foster, Newt,
Manly, Minor, Parley). Thinly attested, or attested mostly long ago or abroad: Submit,
Content and Reliance (New England Puritan records more than English ones), Fear (Fear
Brewster of the Mayflower families), Preserved and Accepted (single well-known bearers),
Mauve, Rosebud, Lupin and Oriole, Piety, Eta, Ether, Golden, Angelic, Windy and Pinkie
(old American and Dutch records), Merrily, Manly, Minor and Parley (old American,
Parley among Mormon families), Bowling, Coffee, Bonus and Flute (Thai nicknames known to
the writer from a few bearers each), Bangs and Boots (Filipino screen names), Saner,
Ideal, Dime, Stole and Petrel (few bearers), Hark, Ode and Rinse (Frisian names, rare
today), Desiderata, Ambrosia and Santa (as an English word). The word-surnames are
English trades, tools, animals, food and places (Barker, Burrow, Chaplain, Crumb,
Fiddler, Gage, Galley, Harrow, Keel, Lever, Mallet, Mower, Pitcher, Prentice, Scales,
Tabor, Bellman, Cullis, Dibble, Charter, Shorter, Tidy, Wheelwright, Woodman, Capon,
Chard, Gander, Hake, Gammon, Fudge, Cheese and more) and the Mennonite Funk and Fast.
The surnames include particles (ap, Mac/Nic, Mc, Ó/Ní, O', D', de, da, van, El, Al-,
Abu, bin), hyphens (Pole-Evans), spaces (Abu Sefein, El Gohary), apostrophes
(Ulufa'alu, O'Kielty, D'Assumpção), accents, lower-case first letters (da Ponte, de
Bettencourt, van Bergen, bin Wiryo, ap Trahaearn) and forms that differ for women
(Lipka Tatar -ska and -cka, Cretan -aki, -i and -ou, Irish Ní and Scottish Gaelic
Nic). No engine change was checked against this pool before its first figures were
reported."""

from __future__ import annotations

from bench.redaction.names import NamePool, _f, _s

FEMALE = [
    # Cook Islands, Tuvaluan and I-Kiribati families
    *_f("cook_islands", "Tepaeru", "Paeru", "Ngamau", "Ngamau'i", "Tuainekore", "Tuaine"),
    *_f("tuvaluan", "Fenuatapu", "Fenua", "Seleganiu", "Sele"),
    *_f("i_kiribati", "Tabera", "Bera", "Teretia", "Tere", "Rereao", "Rere"),
    # Indo-Fijian families
    *_f("indo_fijian", "Shaleshni", "Shalz", "Roshika", "Roshi", "Ashika", "Ashkie"),
    # Kapampangan and Bicolano families from the Philippines
    *_f("kapampangan", "Luzvimin", "Luzvi", "Dolorosa", "Osang"),
    *_f("bicolano", "Eufrosina", "Prosing", "Milagrina", "Grina"),
    # Javanese and Sundanese families
    *_f("javanese", "Sumarni", "Marni", "Tukiyem", "Yem", "Wahyuningsih", "Ning"),
    *_f("sundanese", "Neneng", "Nenden", "Euis", "Euis Nyai"),
    # Kachin families from Burma
    *_f("kachin", "Hkawn Htoi", "Htoi", "Roi Ja", "Roija"),
    # Coptic and Chaldean families
    *_f("coptic", "Demiana", "Demmy", "Verina", "Verouna", "Youstina", "Tuti"),
    *_f("chaldean", "Nahrain", "Nahri", "Shmoni", "Shmonti"),
    # Plautdietsch Mennonite and Russian German families
    *_f("mennonite", "Aganetha", "Neta", "Anganetha", "Nietje"),
    # Walloon families
    *_f("walloon", "Ghislaine", "Ghislou", "Gaëlle", "Gaëlette"),
    # Cretan families
    *_f("cretan", "Zacharoula", "Zacharo", "Stamatia", "Matina"),
    # Azorean and Macanese families
    *_f("azorean", "Ermelinda", "Melinha", "Eduína", "Duína"),
    *_f("macanese", "Olímpia", "Limpinha", "Zilda", "Zildinha"),
    # Falkland, St Helenian, Pitcairn and Bermudian families
    *_f("falkland", "Teslyn", "Teslie"),
    *_f("pitcairn", "Meralda", "Ralda"),
    *_f("bermudian", "Lovitta", "Vitta"),
    # Welsh Patagonian families
    *_f("welsh_patagonian", "Tegai", "Tegaiwen"),
    # Irish and Hebridean families
    *_f("irish", "Gormlaith", "Gormla"),
    *_f("hebridean", "Ceitidh", "Ceit"),
]
FEMALE_WORD = [
    # Thai nicknames used as given names
    *_f("thai", "Tennis", "N'Tennis", "Smile", "N'Smile", "Bubble", "N'Bubble", word=True),
    *_f("thai", "Fair", "N'Fair", "Coffee", "N'Coffee", "Bowling", "N'Bowling", word=True),
    # Danish, Frisian, Latvian, Syrian and Israeli names that spell an English word
    *_f("danish", "Fie", "Fiefie", word=True),
    *_f("frisian", "Eta", "Eetje", word=True),
    *_f("latvian", "Santa", "Santiņa", word=True),
    *_f("syrian", "Kinda", "Kindoosh", word=True),
    # Filipino names that are words
    *_f("filipino", "Ascension", "Asyon", "Dimples", "Dimpy", "Boots", "Bootsie", word=True),
    *_f("filipino", "Bangs", "Bangsy", word=True),
    # Okinawan and Japanese names that are words
    *_f("okinawan", "Kana", "Kanachan", word=True),
    *_f("japanese", "Maki", "Makki", word=True),
    # names from these islands that are words
    *_f("english", "Moll", "Mollkin", "Heavenly", "Heavs", "Barb", "Barbsie", word=True),
    *_f("english", "Dory", "Dorsie", "Oriole", "Oriel", "Mauve", "Mauvie", word=True),
    *_f("english", "Rosebud", "Buddie", "Lupin", "Loopy", word=True),
    # Puritan names kept in some English and Welsh chapel families
    *_f("puritan", "Fear", "Fearie", "Submit", "Mitty", "Content", "Tenty", word=True),
    *_f("puritan", "Reliance", "Rel", word=True),
    # Spanish, Italian and Dutch names that are words
    *_f("spanish", "Ambrosia", "Brosia", word=True),
    *_f("italian", "Desiderata", "Derata", word=True),
    *_f("dutch", "Piety", "Pietje", word=True),
    # American names that are words
    *_f("american", "Royalty", "Royals", "Savanna", "Vannie", "Merrily", "Merrimay", word=True),
    *_f("american", "Ether", "Ethie", "Pinkie", "Pinx", "Windy", "Windz", word=True),
    *_f("american", "Golden", "Goldy", "Angelic", "Jelic", word=True),
    # Hoa (Chinese Vietnamese) names in Cantonese
    *_f("hoa", "Fun", "Fun-Fun", word=True),
]
MALE = [
    # Cook Islands, Tuvaluan and I-Kiribati families
    *_f("cook_islands", "Mataora", "Ora", "Tangaroa", "Taroa"),
    *_f("tuvaluan", "Enele", "Eneli", "Saufatu", "Saufa", "Kausea", "Kause"),
    *_f("i_kiribati", "Teburoro", "Buro", "Taneti", "Neti"),
    # Papua New Guinean, ni-Vanuatu and Solomon Islander families
    *_f("papua_new_guinean", "Mekere", "Mek", "Powes", "Pow"),
    *_f("ni_vanuatu", "Iolu", "Iol"),
    *_f("solomon_islander", "Manasseh", "Manas"),
    # Indo-Fijian families
    *_f("indo_fijian", "Ravinesh", "Ravin", "Krishneel", "Krish", "Shivnesh", "Shivu"),
    # Kapampangan, Ilonggo and Bicolano families
    *_f("kapampangan", "Jejomar", "Jomjom", "Crisanto", "Santing"),
    *_f("ilonggo", "Bunso", "Bunsoy", "Ramonito", "Nitoy"),
    # Javanese and Sundanese families
    *_f("javanese", "Sutrisno", "Trisno", "Ngatimin", "Timin", "Suparman", "Parman"),
    *_f("sundanese", "Ujang", "Ujang Kasep", "Dadang", "Dang"),
    # Kachin families
    *_f("kachin", "Brang Shawng", "Brang", "Zau Awng", "Awng", "Zau Tu", "Zau"),
    # Coptic and Chaldean families
    *_f("coptic", "Bishoy", "Bosh", "Abanoub", "Banoub", "Kirollos", "Kero"),
    *_f("chaldean", "Hikmat", "Hiko", "Rabban", "Banno"),
    # Lipka Tatar, Mennonite, Walloon and Cretan families
    *_f("lipka_tatar", "Dżemil", "Dżemik", "Selim Maciej", "Selimek"),
    *_f("mennonite", "Abram", "Obe", "Klaas", "Klaasie"),
    *_f("walloon", "Baudouin-Ghislain", "Ghis", "Gaëtan", "Tanou", "Amaury", "Maumau"),
    *_f("cretan", "Manousos", "Manolios", "Zacharias", "Zachos"),
    # Azorean, Macanese and Gibraltarian families
    *_f("azorean", "Laudelino", "Delino"),
    *_f("macanese", "Adé", "Adezinho"),
    *_f("gibraltarian", "Fabiano", "Fabito"),
    # St Helenian, Montserratian, Anguillan and Bahamian families
    *_f("st_helenian", "Merrill", "Rilly"),
    *_f("montserratian", "Chedmond", "Ched"),
    *_f("bahamian", "Lynden", "Lyndie"),
    # Okinawan families
    *_f("okinawan", "Chōshin", "Shinnii", "Chōjun", "Junnii"),
    # Irish families
    *_f("irish", "Flannán", "Flannie"),
]
MALE_WORD = [
    # Norwegian, Swedish, Danish, Estonian and Latvian names that spell an English word
    *_f("norwegian", "Are", "Arne-Are", word=True),
    *_f("swedish", "Owe", "Owen-Owe", word=True),
    *_f("danish", "Toke", "Tokse", "Christen", "Kresten", word=True),
    *_f("estonian", "Ago", "Agu", "Anti", "Antik", word=True),
    *_f("latvian", "Toms", "Tomiņš", "Vents", "Ventiņš", "Gusts", "Gustiņš", word=True),
    # Croatian, Macedonian and Serbian names that are words
    *_f("croatian", "Pave", "Pavica", "Stipe", "Stipica", word=True),
    *_f("macedonian", "Mitre", "Mitrika", "Dime", "Dimče", word=True),
    *_f("serbian", "Stole", "Stolence", word=True),
    # German, Flemish, Frisian, Swiss, French and Italian names that are words
    *_f("german", "Curd", "Curdchen", "Helm", "Helmchen", word=True),
    *_f("flemish", "Dries", "Driesje", word=True),
    *_f("frisian", "Rinse", "Rinske", "Hark", "Harkje", "Ode", "Odke", word=True),
    *_f("swiss", "Silvan", "Silvu", word=True),
    *_f("french", "Octave", "Tatave", "Loup", "Loupio", word=True),
    *_f("italian", "Gentile", "Gentilino", word=True),
    # Israeli, Iraqi, Romanian, Turkish and Albanian names that are words
    *_f("israeli", "Gad", "Gadik", word=True),
    *_f("iraqi", "Shaker", "Shakoosh", "Raid", "Roodi", word=True),
    *_f("romanian", "Petrel", "Petrelică", word=True),
    *_f("turkish", "Saner", "Sanerciğim", word=True),
    *_f("albanian", "Agon", "Agoni", "Ideal", "Ide", word=True),
    # Puritan names kept in some English and Welsh chapel families
    *_f("puritan", "Consider", "Siddy", "Return", "Rett", "Wrestling", "Wrestie", word=True),
    *_f("puritan", "Preserved", "Pres", "Accepted", "Cep", word=True),
    # English, Welsh and Anguillan names that are words
    *_f("english", "Narcissus", "Narkie", "Rocket", "Rocko", "Huckleberry", "Huck", word=True),
    *_f("welsh", "Griffin", "Gruffy", word=True),
    *_f("anguillan", "Cardigan", "Cardie", word=True),
    # American names that are words
    *_f("american", "Buzz", "Buzzy", "Foster", "Fos", "Newt", "Newty", word=True),
    *_f("american", "Manly", "Manners", "Minor", "Mynie", "Parley", "Parl", word=True),
    # Thai nicknames used as given names, Hawaiian, Maori and Cantonese names that are words
    *_f(
        "thai",
        "Jeep",
        "P'Jeep",
        "Bike",
        "P'Bike",
        "Bonus",
        "P'Bonus",
        "Flute",
        "P'Flute",
        word=True,
    ),
    *_f("hawaiian", "Koa", "Koakoa", word=True),
    *_f("maori", "Nikau", "Niks", word=True),
    *_f("hoa", "Lap", "Lap-Lap", word=True),
]
SURNAMES = [
    # Cook Islands, Tuvaluan and I-Kiribati families
    *_s("cook_islands", "Marurai", "Tangimetua", "Maoate", "Tuavera", "Pokino", "Tinirau"),
    *_s("cook_islands", "Teariki", "Mataroa", "Glassie", "Napa"),
    *_s("tuvaluan", "Sopoaga", "Natano", "Italeli", "Ielemia", "Puapua", "Tafia", "Paeniu"),
    *_s("i_kiribati", "Maamau", "Tabai", "Kirata", "Teannaki"),
    # Papua New Guinean, ni-Vanuatu and Solomon Islander families
    *_s("papua_new_guinean", "Somare", "Marape", "Namah", "Pruaitch", "Kaputin", "Wingti"),
    *_s("papua_new_guinean", "Morauta", "Namaliu", "Temu", "Kumbakor", "Pundari", "Parkop"),
    *_s("ni_vanuatu", "Lini", "Sope", "Kilman", "Natapei", "Salwai", "Regenvanu", "Vohor"),
    *_s("ni_vanuatu", "Tabimasmas", "Kalsakau", "Napuat", "Iauko", "Carcasses", "Molisa"),
    *_s("solomon_islander", "Sogavare", "Kemakeza", "Manele", "Ulufa'alu", "Mamaloni"),
    *_s("solomon_islander", "Kenilorea", "Alebua", "Sikua"),
    # Indo-Fijian families
    *_s("indo_fijian", "Goundar", "Naicker", "Achari"),
    *_s("indo_fijian", "Sahukhan", "Narsey", "Koya"),
    # Kapampangan, Ilonggo and Bicolano families
    *_s("kapampangan", "Manalang", "Dayrit", "Gozum", "Sicat", "Tayag", "Yabut"),
    *_s("kapampangan", "Quiambao", "Mallari", "Canlas", "Nuqui", "Manankil"),
    *_s("kapampangan", "Lingad", "Pamintuan", "Dungca", "Sangil", "Pabalan", "Baluyut"),
    *_s("kapampangan", "Lansangan", "Dabu", "Sibug", "Tiglao", "Yutuc", "Guintu", "Manarang"),
    *_s("ilonggo", "Jalandoni", "Montinola", "Javellana", "Divinagracia", "Treñas", "Defensor"),
    *_s("ilonggo", "Gonzaga", "Tupas", "Biron", "Sumbing", "Tingson", "Teodosio", "Locsin"),
    *_s("bicolano", "Villafuerte", "Bordado", "Lagman", "Robredo", "Olivan", "Sarte"),
    *_s("bicolano", "Dolot", "Belgica", "Bongat", "Alsua", "Alfelor"),
    # Javanese and Sundanese families
    *_s("javanese", "Wibisono", "Prabowo", "Sastrowardoyo", "Purnomo"),
    *_s("javanese", "Hadiningrat", "Suryadi", "Wiryawan", "Kusumawardhani"),
    *_s("sundanese", "Sukmana", "Suwarna", "Permana", "Kartadinata", "Wiradinata"),
    *_s("sundanese", "Sumarna", "Somantri", "bin Wiryo"),
    # Kachin families
    *_s("kachin", "Lahpai", "Marip", "Maran", "Nhkum", "Lahtaw", "Hpauyam", "Lasang", "Shadang"),
    # Coptic and Chaldean families
    *_s("coptic", "Girgis", "Tadros", "Bishay", "Sawiris", "Wassef", "Guirguis"),
    *_s("coptic", "Fanous", "Abdelmessih", "Bassili", "Armanios", "Tawadros"),
    *_s("coptic", "Abu Sefein", "El Gohary", "Beshai", "Makary"),
    *_s("chaldean", "Jajou", "Kattoula", "Shamoun", "Atto", "Kello", "Kalasho"),
    *_s("chaldean", "Jiddou", "Sitto", "Arabo", "Al-Kasha", "Yono"),
]
SURNAMES += [
    # Lipka Tatar families (forms for women in -ska and -cka)
    *_s("lipka_tatar", "Chalecki/Chalecka", "Korycki/Korycka", "Mucharski/Mucharska"),
    *_s("lipka_tatar", "Achmatowicz", "Szczęsnowicz", "Assanowicz", "Bohdanowicz"),
    *_s("lipka_tatar", "Rafałowicz", "Bazarewski/Bazarewska", "Aleksandrowicz"),
    *_s("lipka_tatar", "Kryczyński/Kryczyńska", "Smolski/Smolska"),
    # Plautdietsch Mennonite and Russian German families
    *_s("mennonite", "Penner", "Friesen", "Dyck", "Thiessen", "Klassen", "Enns"),
    *_s("mennonite", "Reimer", "Janzen", "Loewen", "Rempel", "Neufeld", "Sawatzky", "Warkentin"),
    *_s("mennonite", "Toews", "Hiebert", "Kroeker", "Giesbrecht", "Doerksen", "Kehler"),
    *_s("mennonite", "van Bergen"),
    # Walloon families
    *_s("walloon", "Lejeune", "Dethier", "Lambotte", "Gilson", "Wilmotte", "Delvaux", "Remacle"),
    *_s("walloon", "Piron", "Massart", "Jacquemin", "Lhoest", "Bodart", "Thiry", "Henrard"),
    *_s("walloon", "Leloup", "Pirard", "Hanquet", "Delhaye", "Dewez", "Mottet", "Collignon"),
    # Cretan families (forms for women in -aki and -ou)
    *_s("cretan", "Daskalakis/Daskalaki", "Xylouris/Xylouri", "Psarakis/Psaraki"),
    *_s("cretan", "Mavrakis/Mavraki", "Chairetakis/Chairetaki", "Kounalakis/Kounalaki"),
    *_s("cretan", "Kapetanakis/Kapetanaki", "Vardakis/Vardaki", "Kazantzakis/Kazantzaki"),
    *_s("cretan", "Tsourdalakis/Tsourdalaki", "Skoulas/Skoula", "Manousakis/Manousaki"),
    *_s("cretan", "Sfakianakis/Sfakianaki", "Tzanakis/Tzanaki", "Psychoundakis/Psychoundaki"),
    *_s("cretan", "Kalogerakis/Kalogeraki", "Stavrakakis/Stavrakaki", "Lambrakis/Lambraki"),
    *_s("cretan", "Katsanevakis/Katsanevaki", "Papoutsakis/Papoutsaki", "Sifakis/Sifaki"),
    *_s("cretan", "Perakis/Peraki", "Venizelos/Venizelou"),
    # Azorean, Macanese and Gibraltarian families
    *_s("azorean", "Bettencourt", "Raposo", "Goulart"),
    *_s("azorean", "Dutra", "Brum", "Mendonça", "da Ponte", "de Bettencourt"),
    *_s("macanese", "Airosa", "Gosano", "Basto"),
    *_s("macanese", "D'Assumpção"),
    *_s("gibraltarian", "Bossano", "Picardo", "Feetham", "Danino", "Isola", "Montegriffo"),
    *_s("gibraltarian", "Netto", "Canepa", "Sacarello", "Azopardi", "Bruzon", "Vinet"),
    *_s("gibraltarian", "Balban", "Triay", "Llamas", "Linares"),
    # Falkland, St Helenian, Tristan da Cunha, Pitcairn and Bermudian families
    *_s("falkland", "Biggs", "Goss", "Pitaluga", "Alazia", "Jaffray", "Luxton"),
    *_s("falkland", "Pole-Evans", "Reive", "Minto"),
    *_s("st_helenian", "Yon", "Crowie", "Bargo", "Scipio", "Knipe", "Repetto"),
    *_s("st_helenian", "Lavarello", "Hagan"),
    *_s("pitcairn", "Nobbs", "Buffett", "McCoy"),
    *_s("bermudian", "Outerbridge", "Trott", "Butterfield", "Wadson", "Furbert", "Astwood"),
    *_s("bermudian", "Zuill", "Minors"),
    # Montserratian, Anguillan and Bahamian families
    *_s("montserratian", "Tuitt", "Buffonge", "Skerritt", "Kirnon", "Ponde", "Cassell"),
    *_s("anguillan", "Gumbs", "Carty", "Harrigan"),
    *_s("bahamian", "Pindling", "Ingraham", "Rolle", "Albury", "Symonette", "Pinder"),
    # Okinawan families
    *_s("okinawan", "Higa", "Kinjo", "Oshiro", "Chinen", "Shimabukuro", "Miyagi", "Arakaki"),
    *_s("okinawan", "Nakandakari", "Yonamine", "Gushiken", "Kyan", "Teruya", "Kaneshiro"),
    *_s("okinawan", "Agena", "Ganaha", "Nakasone", "Zukeran", "Chibana", "Tokashiki"),
    # Welsh Patagonian, Irish and Hebridean families with particles and forms for women
    *_s("welsh_patagonian", "ap Trahaearn"),
    *_s("irish", "Ó Gráda/Ní Ghráda", "O'Kielty"),
    *_s("hebridean", "MacCodrum/NicCodrum", "MacMhuirich/NicMhuirich", "MacCuaig/NicCuaig"),
]
SURNAMES_WORD = [
    # English surnames that are words
    *_s("english", "Barker", "Burrow", "Chestnut", "Chick", "Chaplain", "Cork", "Crumb", word=True),
    *_s("english", "Drum", "Drummer", "Fiddler", "Forge", "Gage", "Galley", "Goose", word=True),
    *_s("english", "Harp", "Harrow", "Husk", "Inch", "Keel", "Lever", "Loft", "Mallet", word=True),
    *_s("english", "Mole", "Mower", "Organ", "Pitcher", "Prentice", "Scales", "Seed", word=True),
    *_s("english", "Stock", "Tabor", "Bellman", "Capper", "Cullis", "Dibble", "Fanner", word=True),
    *_s("english", "Brick", "Dagger", "Coffer", "Rope", "Charter", "Good", "Hobby", word=True),
    *_s("english", "Maiden", "Shorter", "Silk", "Tidy", "Wick", "Winch", "Wheelwright", word=True),
    *_s("english", "Woodman", "Capon", "Chard", "Gander", "Hake", "Seal", "Gammon", word=True),
    *_s("english", "Ham", "Fudge", "Cheese", word=True),
    # Mennonite surnames that are words
    *_s("mennonite", "Funk", "Fast", word=True),
]


POOL = NamePool(
    female=FEMALE,
    male=MALE,
    female_word=FEMALE_WORD,
    male_word=MALE_WORD,
    surnames=SURNAMES,
    surnames_word=SURNAMES_WORD,
    streets=[
        "Rodbourne Road",
        "Cheney Manor Road",
        "Locomotive Way",
        "Boilermakers Row",
        "Carriage Works Lane",
        "White Horse Close",
        "Ridgeway View",
        "Wayland Smithy Lane",
        "Refinery Road",
        "Cleddau Bank",
        "Hakin Point Road",
        "Trawler Wharf Road",
        "Gig Shed Lane",
        "Bulb Field Lane",
        "Pilot Gig Row",
        "Flower Packers Lane",
    ],
    blocks=[
        "Rodbourne Court",
        "Locomotive House",
        "Cleddau Court",
        "Hakin House",
        "Gig Shed House",
        "White Horse Court",
        "Trawlerman House",
        "Ridgeway Court",
    ],
    towns=[
        "Royal Wootton Bassett",
        "Highworth",
        "Faringdon",
        "Wantage",
        "Cricklade",
        "Shrivenham",
        "Lechlade",
        "Milford Haven",
        "Pembroke Dock",
        "Neyland",
        "Haverfordwest",
        "Goodwick",
        "Solva",
        "Narberth",
        "Hugh Town",
        "Tresco",
        "Bryher",
    ],
    stems=[
        "Rodbourne",
        "Stratton",
        "Cleddau",
        "Hakin",
        "Ridgeway",
        "Uffington",
        "Pennar",
        "Scillonian",
        "Porthcressa",
        "Wayland",
    ],
    pubs=[
        "The Locomotive Arms",
        "The Boilermaker",
        "The Ridgeway Drovers",
        "The Trawlerman",
        "The Cleddau Ferry",
        "The Pilot Gig",
        "The Bulb Packer",
        "The Carriage Works",
    ],
)
