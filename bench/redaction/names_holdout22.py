"""Names for the twenty-second holdout pool (``holdout22``), written blind for issue 13 by
someone who had not read the redaction engine, its documentation, its word lists or its
benchmark output. None of its given names, nicknames or surnames (nor any word of a
multiword or hyphenated one, bar the particles) is in the dev and test lists (names.py)
or in names_holdout2.py to names_holdout21.py, which were read only to keep clear of
them: every candidate was checked against those files by a small script, and most of the
first choices were already taken and were dropped. No name list of any Python package or
elsewhere on disk was used to choose or check the names; only /usr/share/dict was used,
to confirm that a word-name or word-surname is an English word (every one of them is in
british-english, in lower case). The story is set on Tyneside and in Northumberland
(Newcastle, Gateshead, South Shields, Blyth, Ashington, Hexham); those towns are in
earlier pools' lists, so its places are their streets (Westgate Road, Stowell Street,
Shields Road, Ocean Road, Laygate, Chillingham Road, Coatsworth Road, Woodhorn Road,
Priestpopple), the pit villages, Tyne towns and dale villages around them (Bedlington,
Newbiggin-by-the-Sea, Lynemouth, Seaton Delaval, Choppington, Amble, Prudhoe, Wylam,
Bellingham, Otterburn, Rothbury, Felling, Hebburn, Cullercoats, Blaydon) and a few towns
abroad that families came from (Picinisco, Michalovce, Rize, Rasht, Sulaymaniyah,
Comilla, Attock, Kisumu). No engine was run on this pool while it was being written.

The people are those of England and Wales today, drawn from traditions the earlier pools
used little or not at all: long-settled Geordie families (the chapel and quayside names),
the pit-village families of the Northumberland coalfield, Border shepherding families of
Redesdale and Coquetdale, Tyneside Irish families, the Yemeni families of the South
Shields seamen (Laygate, from the 1890s), Norwegian families of the seamen's church in
North Shields and Danish families of the Tyne shipping agents, Italian families from the
Val di Comino (the ice-cream families), the Haredi families of Gateshead, Travelling
Showpeople (the Hoppings on the Town Moor) and Northern Romany families (the Appleby
fair); then Bangladeshi families from Comilla, Punjabi Pathan families from Attock,
Ramgarhia Sikh families, Kutchi families, Gurung (Gurkha) families, Jaffna Tamil families
and Goan Catholic families; Górale (Polish highlanders of Podhale), Slovak Roma from
Michalovce and Trebišov, Czech, Bosniak, Kosovar Albanian, Banat Romanian, Greek Cypriot
and Epirote Greek families, Turkish families from Rize, Gilaki families from Rasht, Sorani
Kurds from Sulaymaniyah, Iraqi Arabs from Basra, Syrians from Aleppo and Hazaras from
Afghanistan; Fur families from Darfur, Eritrean and Oromo families, Congolese families
from Kinshasa, Bamileke families from West Cameroon, Ewe families from the Volta, Tiv and
Efik families from Nigeria, Luo families from Kenya, Ndebele, Chewa, Bemba and Xhosa
families; Bicolano families from the Philippines, Vietnamese families from Huế, Isan
families from north-east Thailand, Japanese families of the car plant at Washington and
Korean families (native Korean names such as Sae-rom, Ga-eul, Yeo-reum and Han-gyeol);
Madeiran, Galician, Mineiro (Minas Gerais), Caleño (Cali) and Chilean families (the
exiles of 1973); Montserratian and St Lucian families; Swabian, Frisian and Finnish
families; Shetland families, Donegal families of the Gaeltacht (in the Irish forms),
Welsh families from Gwynedd and Ukrainian families from Kharkiv (from 2022).

Nicknames are what families call people: English cut-off forms and -y and -ie (Sheba,
Delphy, Sep, Jont, Willa, Quinnie, Breenie, Shirl, Lionie), Wishy for Aloysius (a Catholic
family's pet form) and Trudgie for Ermintrude; Irish Phel; Scandinavian
cut-off and -e forms (Solla, Tulla, Bolle, Ibbe, Gette, Moffe, Akse, Olli, and Åsta-lill,
"little Åsta"); Neapolitan and Ciociaro -ina and -uccia (Cenzina, Natuccia); Yiddish -ele
and -y (Toibele, Yachy); the Bengali daknam (Jhunu, Mishu, Delu); Punjabi and Pashto -o,
-u and -i (Jeeto, Ajju, Dyali, Gullu, Nawazi, Khani, Badsho); Gujarati cut-off forms of the
-ben names (Ladhi, Moghi, Zavu, Khimo); Nepali -e and -i (Teje, Chandre, Pahale, Chandri,
Mannu); Tamil cut-off forms (Mahaling); Goan Portuguese -inho (Nacinho) and Forty for
Fortunato; Polish -ka and -usia (Maryśka, Jagusia, Reginka); Czech -ička and -unka
(Vlastička, Bohunka); Slovak and Hungarian-Roma forms (Erzi, Gizka, Ďuro); Bosnian -o and
-a (Mirso, Hujo, Zijo, Seka, Fika, Meša for Mehmedalija); Albanian cut-off forms (Hanë,
Dili, Bura); Romanian -ică and -cu (Iosică, Traiancu, Fronica) and Achim for Ioachim;
Greek Cypriot -oulla (Theanoulla) and Greek short forms (Doulis, Makis for Efthymios);
Turkish -oş (Hanifoş, Cemoş, Nazmoş) and -o (Rızo); Persian -oo (Mahroo, Banoo); Kurdish
-o and -ka (Shnyo, Hêroka); Iraqi and Syrian -oo-, -oosh and doubled forms (Kadhoom,
Faloo, Naeemoo, Bashoosh, Khawloo, Moayoo, Roubroub); Sudanese -oo (Haroo, Yagoo); Dari
-i (Gulsi, Nazdi); Oromo, Tigrinya, Lingala, Bamileke, Ewe, Tiv, Efik, Luo, Nguni, Chewa and
Bemba short forms (Dinki, Sifo, Gute, Hunde, Ebbi, Kibra, Tshiams, Nkongo, Kat, Choupa,
Zeuga, Tchako, Senam, Mawufe, Ngusu, Iorga, Kura, Kyaa, Kaette, Nyongo, Atis, Onya, Sinqo,
Mehlu, Lathi, Vuyo, Nwabi, Luvu, Zola, Chimwe, Tako, Bups); the Filipino -ing, -ang and
-yo (Dencing, Petang, Tasyo, Kanor, Onyok); Vietnamese doubling (Khiêm Khiêm); Thai
one-syllable nicknames (Jit, Ruen); Japanese -chan and -tchan forms (Setchan, Yocchan,
Michi); Korean -i and -yi forms (Saeromi, Gaeuri, Yeoreumi, Hangyeori); Portuguese and
Galician -inha, -iño and -iña (Goretinha, Tancredinho, Xoanciño, Uxiño, Iriña, Carmiña,
Xianiña), Brazilian doubled syllables (Tetê, Gegê, Gê) and Goio for Gregório; Chilean
Pato; Caribbean -ie and -y (Phonsie, Dunny, Eggie, Petey, Lene, Celline); Swabian -le
(Gretle, Friedle, Rösle); Frisian cut-off forms (Frouk, Hilts, Wyp, Hes, Tjal); Finnish
-kki and -sa (Aunikki, Helvikki, Tapsa, Veke, Eki); Shetland Ursie and Dreena; Irish -ín
and -ú (Éamonnín, Donnchú); Welsh Mennie; the Romany Sinfie; and the Ukrainian Zhenia and
Slavik.

Fewer word-names are given than in the earlier pools, because after twenty-one pools
almost every word-name the writer could think of was already taken (most virtue names,
flower and jewel names and the stage names of the best-known singers were); nearly all of
these are stage names, ring names or nicknames: what their bearers are called rather than
names given at birth. Known to the writer, with a bearer each: Vanity (Denise Matthews),
Zap (Raye Hollitt, of American Gladiators), Skin (Deborah Dyer, of Skunk Anansie), Fire
(Montell Douglas, of the 2024 Gladiators), Lioness (Lioness Asuka, Tomoko Kitamura),
Gummy (Park Ji-yeon), Cheetah (Kim Eun-young), Lightning (Kim Betts, of Gladiators),
Nightshade (Judy Simpson), Zodiac (Kate Staples), Sabre (Jodie Ounsley, of the 2024
Gladiators) and Immodesty (Immodesty Blaize); Fats (Fats Domino), Satchel (Satchel
Paige), Magic (Magic Johnson), Common (Lonnie Rashid Lynn), Logic (Sir Robert Bryson Hall
II), Future (Nayvadius Wilburn), Sting (Gordon Sumner), Slash (Saul Hudson), Flea
(Michael Balzary, born in Melbourne), Crush (Shin Hyo-seob), Loco (Kwon Hyuk-woo), Alien
(Alien Huang), Tenor (Tenor Saw, Clive Bright), Busy (Busy Signal, Reanno Gordon), Radio
and Weasel (Moses Ssekibogo and Douglas Mayanja), Portable (Habeeb Okikiola), Reminisce
(Remilekun Safaru), Faze (Chibuzor Oji) and Fresh (DJ Fresh, Thato Sikwane). Less certain,
known to the writer from memory only and not checked against any source: Wax (the Korean
singer, believed to be Jo Hye-ri), Panther, Flame and Vogue (women Gladiators of the 1990s;
the writer could not be sure who played them) and Crayon (the Nigerian singer, believed
to be Charles Chibuezechukwu). None is wholly unattested. No title-word, rank or role
is used as a name.

The word-surnames are surnames of Tyneside and the North East (Gallon, Spoor, Chicken,
Heap, Few, Grass, Hose, Latch, Tongue, Weed, Puddle, Shank), of the pit villages (Able,
Bough, Brawn, Bunch, Cape, Cure, East, Mellow, Neat, Pew, Prime, Pulley), of the Border
dales (Stable, Store, Style, Tree, Turtle, Gain, Grain, Bottom, Batch, Quarry), of the
showmen (Pointer, Setter, Beagle, Whistle, Candle, Clock, Stall, Shave, Bugle, Spire), of
the Romany families (Mullet, Pilchard, Turbot, Oyster, Gravel, Porch, Tack) and of
Shetland (Water, Wheel, Match, Rattle, Lawn, Isle, Plume, Stem, Trail, Sinker); many of
them (Chicken, Turtle, Bugle, Spire, Oyster, Pilchard, Turbot, Sinker, Plume) are rare as
surnames. The surnames include particles (ap, Mac/Nic, Mc, Ó/Ní, O', D', de, da, van,
van der, El, Al-, Abu and bin), hyphens (the Al- forms, Pardo-Bazán), spaces (ap Elisedd,
Ó Gríofa, MacGiolla Bhríde, Abu Shakra, El Fashir, bin Thabit, van der Meulen, de Loyola,
da Gama, Tôn Thất), apostrophes (O'Donnelly, D'Aguanno, and the Luo Ochieng'), accents,
lower-case first letters (ap, bin, van, de, da) and forms that differ for women (Irish Ní
and Nic, Polish -ska and -owa, Czech and Slovak -ová and -á, Greek -ou and -a, Ukrainian
-ska, -a and -na)."""

from __future__ import annotations

from bench.redaction.names import NamePool, _f, _s

FEMALE = [
    # Long-settled Tyneside families (the chapel and quayside names; -y and cut-off forms)
    *_f("geordie", "Bathsheba", "Sheba", "Ermintrude", "Trudgie"),
    # Pit-village families (Ashington, Bedlington, Lynemouth, Ellington)
    *_f("pit_village", "Philadelphia", "Delphy", "Wilhelmine", "Willa"),
    # Yemeni families of the South Shields seamen (Laygate, from the 1890s)
    *_f("shields_yemeni", "Nadra", "Nadoora", "Sabriya", "Sabbo", "Saeeda", "Sooda"),
    # Norwegian families of the seamen's church in North Shields
    *_f("norwegian", "Solveig", "Solla", "Torunn", "Tulla", "Åsta", "Åsta-lill"),
    # Danish families of the Tyne shipping agents
    *_f("danish", "Bodil", "Bolle", "Ingeborg", "Ibbe", "Grethe", "Gette"),
    # Bangladeshi families from Comilla (Elswick and Benwell; the daknam)
    *_f("comilla", "Jharna", "Jhunu", "Morsheda", "Mishu"),
    # Ramgarhia Sikh families (the Fenham and Gateshead gurdwaras)
    *_f("ramgarhia", "Harjeet", "Jeeto"),
    # Górale families (Polish highlanders of Podhale)
    *_f(
        "gorale",
        "Marysia",
        "Maryśka",
        "Jagna",
        "Jagusia",
        "Regina",
        "Reginka",
    ),
    # Czech families
    *_f("czech", "Vlasta", "Vlastička", "Bohumila", "Bohunka"),
    # Turkish families from Rize (the Black Sea coast)
    *_f(
        "rize",
        "Saniye",
        "Sani",
        "Hanife",
        "Hanifoş",
        "Şükriye",
        "Şükrü",
        "Cemile",
        "Cemoş",
        "Nazmiye",
        "Nazmoş",
    ),
    # Iraqi Arab families from Basra
    *_f("basrawi", "Bushra", "Bashoosh", "Khawla", "Khawloo"),
    # Bamileke families (West Cameroon)
    *_f("bamileke", "Tchoupa", "Choupa", "Nzeuga", "Zeuga", "Mbouyap", "Bouyap"),
    # Ewe families (Volta Region, Ghana)
    *_f("ewe", "Sename", "Senam", "Mawufemor", "Mawufe"),
    # Tiv families (Benue State, Nigeria)
    *_f("tiv", "Mngusuur", "Ngusu", "Mbaiorga", "Iorga"),
    # Efik families (Calabar, Nigeria)
    *_f("efik", "Ekaette", "Kaette"),
    # Luo families (Kisumu and Siaya, Kenya)
    *_f("luo", "Atieno", "Atis"),
    # Ndebele families (Bulawayo, Zimbabwe)
    *_f("ndebele", "Sinqobile", "Sinqo"),
    # Bemba families (Zambia)
    *_f("bemba", "Bupe", "Bups"),
    # Xhosa families (Eastern Cape)
    *_f("xhosa", "Nomvuyo", "Vuyo", "Nwabisa", "Nwabi"),
    # Bicolano families (the Philippines; -ing and -yo)
    *_f(
        "bicolano", "Perpetua", "Petang", "Gaudencia", "Dencing", "Pacita", "Paz", "Leonila", "Nila"
    ),
    # Isan families (north-east Thailand)
    *_f("isan", "Somjit", "Jit", "Boonruen", "Ruen"),
    # Japanese families (the car plant at Washington)
    *_f("japanese", "Michiyo", "Michi", "Setsuko", "Setchan"),
    # Bosniak families (resettled from 1993)
    *_f("bosniak", "Sabaheta", "Seka", "Fikreta", "Fika", "Šemsa", "Šemsi"),
    # Madeiran families
    *_f("madeiran", "Gorete", "Goretinha"),
    # Galician families (Spain; -iña and -iño)
    *_f("galician", "Iria", "Iriña", "Carme", "Carmiña", "Xiana", "Xianiña", "Uxenia", "Uxe"),
    # Montserratian families
    *_f("montserratian", "Iolene", "Lene"),
    # St Lucian families
    *_f("st_lucian", "Marcelline", "Celline"),
    # Swabian families (Stuttgart; -le)
    *_f(
        "swabian", "Gretel", "Gretle", "Liselotte", "Lotte", "Frieda", "Friedle", "Rosina", "Rösle"
    ),
    # Frisian families
    *_f("frisian", "Froukje", "Frouk", "Hiltsje", "Hilts", "Wypkje", "Wyp"),
    # Finnish families
    *_f(
        "finnish",
        "Marjatta",
        "Marja",
        "Tuulikki",
        "Tuuli",
        "Pirjo",
        "Pirkko",
        "Aune",
        "Aunikki",
        "Helvi",
        "Helvikki",
    ),
    # Northern Romany families (the Appleby fair)
    *_f("northern_romany", "Sinfi", "Sinfie"),
    # Travelling Showpeople (the Hoppings on the Town Moor)
    *_f("hoppings_showmen", "Sabrina", "Breenie", "Shirleen", "Shirl"),
    # Ukrainian families from Kharkiv (from 2022)
    *_f("kharkiv", "Yevheniia", "Zhenia"),
    # Italian families from the Val di Comino (Picinisco, Atina; the ice-cream families)
    *_f("picinisco", "Crescenza", "Cenzina", "Fortunata", "Natuccia"),
    # Haredi families of Gateshead (Bensham; Yiddish -ele and -y)
    *_f("gateshead_haredi", "Toiby", "Toibele", "Yachet", "Yachy"),
    # Gilaki families (Rasht, Iran)
    *_f("gilaki", "Mahrokh", "Mahroo", "Shahrbanoo", "Banoo"),
    # Sorani Kurdish families (Sulaymaniyah)
    *_f("sorani", "Hêro", "Hêroka", "Shnyar", "Shnyo"),
    # Chewa families (Malawi)
    *_f("chewa", "Chimwemwe", "Chimwe", "Takondwa", "Tako"),
    # Kutchi families (Gujarat; -ben)
    *_f("kutchi", "Ladhiben", "Ladhi", "Moghiben", "Moghi", "Zaverben", "Zavu"),
    # Gurung families (Gurkha families)
    *_f("gurung", "Chandrakumari", "Chandri", "Manmaya", "Mannu"),
    # Albanian families from Kosovo
    *_f("kosovar", "Hanumshahe", "Hanë"),
    # Brazilian families from Minas Gerais
    *_f("mineiro", "Terezinha", "Tetê", "Geralda", "Gegê"),
    # Shetland families
    *_f("shetland", "Ursilla", "Ursie", "Andrina", "Dreena"),
    # Welsh families from Gwynedd
    *_f("gwynedd", "Menna", "Mennie"),
    # Syrian families from Aleppo (resettled from 2015)
    *_f("aleppine", "Rouba", "Roubroub"),
    # Greek Cypriot families (the fish and chip shops)
    *_f("greek_cypriot", "Theano", "Theanoulla"),
    # Slovak Roma families (from Michalovce and Trebišov)
    *_f("slovak_roma", "Erzika", "Erzi", "Gizela", "Gizka"),
    # Punjabi Pathan families from Attock (Chhachh)
    *_f("attock", "Nageen", "Nagi"),
    # Romanian families from the Banat (Timișoara)
    *_f("banat", "Persida", "Sida", "Sofronia", "Fronica"),
    # Congolese families from Kinshasa
    *_f("kinois", "Kalanga", "Kalangie"),
    # Oromo families (Ethiopia)
    *_f("oromo", "Dinkitu", "Dinki", "Sifan", "Sifo"),
    # Hazara families (Afghanistan)
    *_f("hazara", "Gulsom", "Gulsi", "Nazdana", "Nazdi"),
    # Korean families (native Korean names)
    *_f("korean", "Sae-rom", "Saeromi", "Ga-eul", "Gaeuri", "Yeo-reum", "Yeoreumi"),
]
MALE = [
    # Long-settled Tyneside families (the chapel and quayside names; -y and cut-off forms)
    *_f("geordie", "Septimus", "Sep", "Aloysius", "Wishy", "Jonty", "Jont"),
    # Yemeni families of the South Shields seamen (Laygate, from the 1890s)
    *_f("shields_yemeni", "Muqbil", "Qubi"),
    # Norwegian families of the seamen's church in North Shields
    *_f("norwegian", "Olav", "Olli"),
    # Danish families of the Tyne shipping agents
    *_f("danish", "Mogens", "Moffe", "Aksel", "Akse"),
    # Bangladeshi families from Comilla (Elswick and Benwell; the daknam)
    *_f("comilla", "Delwar", "Delu"),
    # Punjabi Pathan families from Attock (Chhachh)
    *_f(
        "attock",
        "Gulzaman",
        "Gullu",
        "Nawazish",
        "Nawazi",
        "Khanzada",
        "Khani",
        "Gul Badshah",
        "Badsho",
    ),
    # Iraqi Arab families from Basra
    *_f("basrawi", "Kadhim", "Kadhoom", "Falih", "Faloo", "Naeem", "Naeemoo"),
    # Fur families from Darfur (resettled refugees)
    *_f("darfuri", "Haroun Ishag", "Haroo", "Yagoub", "Yagoo", "Abdelrasoul", "Rasoul"),
    # Bamileke families (West Cameroon)
    *_f("bamileke", "Tchoffo", "Choffo", "Tchakounte", "Tchako"),
    # Tiv families (Benue State, Nigeria)
    *_f("tiv", "Terkura", "Kura", "Iorkyaa", "Kyaa"),
    # Xhosa families (Eastern Cape)
    *_f("xhosa", "Luvuyo", "Luvu", "Zolani", "Zola"),
    # Bicolano families (the Philippines; -ing and -yo)
    *_f("bicolano", "Leoncio", "Onyok", "Anastacio", "Tasyo", "Nicanor", "Kanor"),
    # Japanese families (the car plant at Washington)
    *_f("japanese", "Yoshinori", "Yocchan"),
    # Goan Catholic families
    *_f("goan", "Inácio", "Nacinho", "Fortunato", "Forty"),
    # Kutchi families (Gujarat; -ben)
    *_f("kutchi", "Khimji", "Khimo"),
    # Gurung families (Gurkha families)
    *_f("gurung", "Tejbahadur", "Teje", "Chandrabahadur", "Chandre", "Pahalman", "Pahale"),
    # Romanian families from the Banat (Timișoara)
    *_f("banat", "Ioachim", "Achim", "Iosif", "Iosică", "Traian", "Traiancu"),
    # Bosniak families (resettled from 1993)
    *_f("bosniak", "Mirsad", "Mirso", "Mehmedalija", "Meša", "Husein", "Hujo", "Zijad", "Zijo"),
    # Madeiran families
    *_f("madeiran", "Gregório", "Goio"),
    # Galician families (Spain; -iña and -iño)
    *_f("galician", "Xoán", "Xoanciño", "Uxío", "Uxiño"),
    # Brazilian families from Minas Gerais
    *_f("mineiro", "Geraldo", "Gê", "Tancredo", "Tancredinho"),
    # Chilean families of the exiles of 1973
    *_f("chilean", "Patricio", "Pato"),
    # Montserratian families
    *_f("montserratian", "Alphonsus", "Phonsie"),
    # St Lucian families
    *_f("st_lucian", "Dunstan", "Dunny", "Egbert", "Eggie", "Peterson", "Petey"),
    # Swabian families (Stuttgart; -le)
    *_f("swabian", "Eberhard", "Ebbe", "Wendelin", "Wendel", "Gotthold", "Gotthi"),
    # Frisian families
    *_f("frisian", "Wybren", "Wyb", "Hessel", "Hes", "Tjalling", "Tjal"),
    # Finnish families
    *_f("finnish", "Veikko", "Veke", "Tapani", "Tapsa", "Eero", "Eki"),
    # Ukrainian families from Kharkiv (from 2022)
    *_f("kharkiv", "Viacheslav", "Slavik"),
    # Border shepherding families of Redesdale and Coquetdale
    *_f("redesdale", "Quentin", "Quinnie"),
    # Tyneside Irish families (Elswick, Scotswood, Hebburn)
    *_f("tyneside_irish", "Phelim", "Phel"),
    # Ramgarhia Sikh families (the Fenham and Gateshead gurdwaras)
    *_f("ramgarhia", "Gurdial", "Dyali", "Ajmer", "Ajju"),
    # Turkish families from Rize (the Black Sea coast)
    *_f("rize", "Rıza", "Rızo"),
    # Efik families (Calabar, Nigeria)
    *_f("efik", "Nyong", "Nyongo"),
    # Luo families (Kisumu and Siaya, Kenya)
    *_f("luo", "Onyango", "Onya"),
    # Ndebele families (Bulawayo, Zimbabwe)
    *_f("ndebele", "Mehluli", "Mehlu", "Nkosilathi", "Lathi"),
    # Vietnamese families from Huế
    *_f("hue", "Thiện Khiêm", "Khiêm Khiêm"),
    # Jaffna Tamil families (Sri Lanka)
    *_f("jaffna", "Mahalingam", "Mahaling"),
    # Albanian families from Kosovo
    *_f("kosovar", "Fadil", "Dili", "Burim", "Bura"),
    # Colombian families from Cali
    *_f("caleno", "Jhonier", "Jhoni"),
    # Donegal families (the Gaeltacht; -ín and -ú)
    *_f("donegal", "Donnchadh", "Donnchú", "Éamonn", "Éamonnín"),
    # Travelling Showpeople (the Hoppings on the Town Moor)
    *_f("hoppings_showmen", "Lionel", "Lionie"),
    # Syrian families from Aleppo (resettled from 2015)
    *_f("aleppine", "Moayad", "Moayoo"),
    # Greek families from Epirus
    *_f("epirote", "Christodoulos", "Doulis", "Efthymios", "Makis"),
    # Slovak Roma families (from Michalovce and Trebišov)
    *_f("slovak_roma", "Július", "Ďuro"),
    # Congolese families from Kinshasa
    *_f("kinois", "Tshiamala", "Tshiams", "Nkongolo", "Nkongo", "Katende", "Kat"),
    # Oromo families (Ethiopia)
    *_f("oromo", "Gutema", "Gute", "Hundessa", "Hunde", "Ebba", "Ebbi"),
    # Korean families (native Korean names)
    *_f("korean", "Han-gyeol", "Hangyeori"),
    # Eritrean families (Tigrinya)
    *_f("eritrean", "Kibreab", "Kibra"),
]
FEMALE_WORD = [
    # American stage and ring names that are words
    *_f("american", "Vanity", "Vani", "Zap", "Zappy", word=True),
    # Black British stage and ring names that are words
    *_f("black_british", "Skin", "Skinz", "Fire", "Firey", word=True),
    # Japanese ring names that are words
    *_f("japanese", "Lioness", "Lio", word=True),
    # Korean stage names that are words
    *_f("korean", "Gummy", "Gumgum", "Cheetah", "Cheet", "Wax", "Waxie", word=True),
    # English ring names that are words (the Gladiators)
    *_f("english", "Lightning", "Lightie", "Nightshade", "Nightsy", "Zodiac", "Zodie", word=True),
    *_f("english", "Panther", "Panth", "Flame", "Flamey", "Sabre", "Sabes", word=True),
    *_f("english", "Vogue", "Voguey", word=True),
    # English stage names that are words
    *_f("english", "Immodesty", "Immo", word=True),
]
MALE_WORD = [
    # African American names and nicknames that are words
    *_f("african_american", "Fats", "Fatsy", "Satchel", "Satch", "Magic", "Magz", word=True),
    *_f("african_american", "Common", "Com", word=True),
    # American stage names that are words
    *_f("american", "Logic", "Logie", "Future", "Pluto", word=True),
    # English stage names that are words
    *_f("english", "Sting", "Stingo", "Slash", "Slashy", word=True),
    # Australian stage names that are words
    *_f("australian", "Flea", "Fleabag", word=True),
    # Korean stage names that are words
    *_f("korean", "Crush", "Crushie", "Loco", "Locco", word=True),
    # Taiwanese English names that are words
    *_f("taiwanese", "Alien", "Alienzai", word=True),
    # Jamaican stage names that are words
    *_f("jamaican", "Tenor", "Tenny", "Busy", "Bizzy", word=True),
    # Ugandan stage names that are words
    *_f("ugandan", "Radio", "Radz", "Weasel", "Weaz", word=True),
    # Nigerian stage names that are words
    *_f("nigerian", "Portable", "Zazu", "Reminisce", "Remmy", "Faze", "Fazey", word=True),
    *_f("nigerian", "Crayon", "Crayz", word=True),
    # South African stage names that are words
    *_f("south_african", "Fresh", "Freshy", word=True),
]
SURNAMES = [
    # Long-settled Tyneside families (the chapel and quayside names; -y and cut-off forms)
    *_s(
        "geordie",
        "Wardhaugh",
        "Rewcastle",
        "Laidler",
        "Pybus",
        "Shotton",
        "Gofton",
        "Elsdon",
        "Dinning",
        "Brannigan",
        "Hindmarsh",
        "Aynsley",
        "Gilhespy",
        "Oxnard",
        "Reay",
        "Tinkler",
        "Foggon",
    ),
    # Pit-village families (Ashington, Bedlington, Lynemouth, Ellington)
    *_s(
        "pit_village",
        "Mordue",
        "Tindle",
        "Ternent",
        "Wigham",
        "Spowart",
        "Armes",
        "Cummings",
        "Straughan",
        "Leadbitter",
        "Grieves",
        "Bewick",
        "Plews",
        "Chater",
        "Nesbit",
        "Proudlock",
        "Urwin",
        "Thubron",
        "Kirtley",
    ),
    # Border shepherding families of Redesdale and Coquetdale
    *_s(
        "redesdale",
        "Telfer",
        "Dand",
        "Snowdon",
        "Pringle",
        "Anderton",
        "Fairbairn",
        "Yellowley",
        "Stobbs",
        "Wealleans",
        "Tully",
        "Weddell",
        "Lumsden",
        "Brydon",
        "Harle",
    ),
    # Tyneside Irish families (Elswick, Scotswood, Hebburn)
    *_s(
        "tyneside_irish",
        "Gilhooly",
        "Mulhearn",
        "McAnany",
        "McElhone",
        "O'Donnelly",
        "McShane",
        "Devenny",
        "McLaughlin",
        "Carolan",
        "McGarrigle",
        "O'Cuinn",
        "O'Breslin",
    ),
    # Yemeni families of the South Shields seamen (Laygate, from the 1890s)
    *_s(
        "shields_yemeni", "Al-Azzani", "Al-Yafai", "Thabet", "Munassar", "bin Thabit", "Al-Muflihi"
    ),
    # Norwegian families of the seamen's church in North Shields
    *_s(
        "norwegian",
        "Kvamme",
        "Sætre",
        "Tveit",
        "Grønvold",
        "Skjelbred",
        "Aasheim",
        "Myklebust",
        "Rønneberg",
        "Vatne",
    ),
    # Danish families of the Tyne shipping agents
    *_s(
        "danish",
        "Mørch",
        "Fogh",
        "Brøndum",
        "Bisgaard",
        "Vestergaard",
        "Skovgaard",
        "Kragh",
        "Damgaard",
    ),
    # Italian families from the Val di Comino (Picinisco, Atina; the ice-cream families)
    *_s(
        "picinisco",
        "Pacitto",
        "Arcari",
        "D'Aguanno",
        "Valente",
        "Margiotta",
        "Fusco",
        "Risi",
        "Cortesi",
        "Rea",
        "D'Ottavio",
        "D'Annunzio",
        "D'Emilio",
        "D'Agnillo",
    ),
    # Haredi families of Gateshead (Bensham; Yiddish -ele and -y)
    *_s("gateshead_haredi", "Gutfreund", "Gurwicz", "Wolbe", "Lopian", "Falk", "Steinhaus"),
    # Bangladeshi families from Comilla (Elswick and Benwell; the daknam)
    *_s("comilla", "Mojumder", "Sarker", "Bepari"),
    # Punjabi Pathan families from Attock (Chhachh)
    *_s("attock", "Khattar", "Ghebi", "Paracha", "Alpial"),
    # Ramgarhia Sikh families (the Fenham and Gateshead gurdwaras)
    *_s("ramgarhia", "Dhiman", "Marwaha", "Bhachu", "Sandher", "Birdi"),
    # Górale families (Polish highlanders of Podhale)
    *_s(
        "gorale",
        "Zwijacz",
        "Stopka",
        "Mrowca",
        "Bukowski/Bukowska",
        "Rajski/Rajska",
        "Kulawiak",
        "Gałdyński/Gałdyńska",
        "Trebuński/Trebuńska",
        "Zborowski/Zborowska",
        "Kułach/Kułachowa",
        "Wojtaszek/Wojtaszkowa",
        "Tylka/Tylkowa",
    ),
    # Slovak Roma families (from Michalovce and Trebišov)
    *_s("slovak_roma", "Šarkozi/Šarkoziová", "Demeter/Demeterová"),
    # Czech families
    *_s(
        "czech",
        "Vondráček/Vondráčková",
        "Hrubeš/Hrubešová",
        "Lhoták/Lhotáková",
        "Žižka/Žižková",
        "Vrchlický/Vrchlická",
        "Bezruč/Bezručová",
        "Hašek/Hašková",
        "Zeyer/Zeyerová",
        "Mrštík/Mrštíková",
    ),
    # Greek Cypriot families (the fish and chip shops)
    *_s(
        "greek_cypriot",
        "Hadjimichael",
        "Christoforou",
        "Papaphilippou",
        "Loizou",
        "Economides",
        "Georgallis",
    ),
    # Greek families from Epirus
    *_s(
        "epirote",
        "Zervas/Zerva",
        "Gogos/Gogou",
        "Tzavaras/Tzavara",
        "Botsaris/Botsari",
        "Karamanlis/Karamanli",
        "Tsoukalas/Tsoukala",
        "Kolettis/Koletti",
        "Zalokostas/Zalokosta",
        "Dousmanis/Dousmani",
        "Gkikas/Gkika",
        "Tzimas/Tzima",
    ),
    # Turkish families from Rize (the Black Sea coast)
    *_s(
        "rize",
        "Karadeniz",
        "Kalkavan",
        "Cakıroğlu",
        "Topaloğlu",
        "Hemşinli",
        "Uzunhasanoğlu",
        "Kemaloğlu",
        "Pazarlı",
    ),
    # Gilaki families (Rasht, Iran)
    *_s("gilaki", "Sarrafzadeh", "Pourghasem", "Dehghani", "Kouchaki", "Anzali"),
    # Iraqi Arab families from Basra
    *_s("basrawi", "Al-Basri", "Al-Maliki", "Al-Ibrahimi", "Al-Sayyab", "Al-Hilfi"),
    # Fur families from Darfur (resettled refugees)
    *_s("darfuri", "El Fashir", "Dreige", "Dahab", "El Sanousi"),
    # Oromo families (Ethiopia)
    *_s("oromo", "Fufa", "Gemeda", "Kenenisa"),
    # Bamileke families (West Cameroon)
    *_s("bamileke", "Tchuente", "Kouam", "Tagne"),
    # Ewe families (Volta Region, Ghana)
    *_s("ewe", "Awoonor", "Dzidzienyo", "Ahiagbah", "Kudjawu"),
    # Tiv families (Benue State, Nigeria)
    *_s("tiv", "Iorfa", "Akaa", "Ukaa", "Ugondo", "Orngu", "Shagbaor"),
    # Efik families (Calabar, Nigeria)
    *_s("efik", "Eyamba", "Inyang"),
    # Luo families (Kisumu and Siaya, Kenya)
    *_s("luo", "Odinga", "Ochieng'", "Ouko", "Owuor", "Oduya", "Otuoma"),
    # Ndebele families (Bulawayo, Zimbabwe)
    *_s("ndebele", "Masuku", "Mathema"),
    # Chewa families (Malawi)
    *_s("chewa", "Kaliati", "Kamwendo", "Chakwera", "Nankhumwa", "Mlombwa"),
    # Xhosa families (Eastern Cape)
    *_s("xhosa", "Sobukwe", "Makeba", "Mda", "Jabavu", "Tshwete", "Matanzima"),
    # Bicolano families (the Philippines; -ing and -yo)
    *_s("bicolano", "Abundo", "Bongon", "Imperial", "Dimaiwat", "Bonganay"),
    # Vietnamese families from Huế
    *_s("hue", "Tôn Thất", "Ưng", "Thân", "Cung"),
    # Isan families (north-east Thailand)
    *_s("isan", "Saengsuwan", "Phimpha", "Bunma", "Thongkham", "Chanthavong"),
    # Japanese families (the car plant at Washington)
    *_s("japanese", "Kitagawa", "Miyoshi", "Nakahara", "Ishiguro", "Sakaguchi"),
    # Korean families (native Korean names)
    *_s("korean", "Bae", "Seong", "Namgung"),
    # Jaffna Tamil families (Sri Lanka)
    *_s("jaffna", "Selvanayagam", "Velupillai"),
    # Goan Catholic families
    *_s("goan", "de Loyola", "Fernandes", "de Mello", "da Gama", "de Ataíde"),
    # Gurung families (Gurkha families)
    *_s("gurung", "Tamu", "Pachhain", "Konhgi"),
    # Romanian families from the Banat (Timișoara)
    *_s("banat", "Jurma", "Lăzărescu", "Borlovan", "Tătucu", "Marcu", "Mureșan", "Ciuraru"),
    # Albanian families from Kosovo
    *_s("kosovar", "Rugova", "Bajrami", "Jashari"),
    # Bosniak families (resettled from 1993)
    *_s("bosniak", "Suljić", "Bašić", "Zukić", "Softić", "Alibegović"),
    # Galician families (Spain; -iña and -iño)
    *_s(
        "galician",
        "Castelao",
        "Outeiriño",
        "Rivadulla",
        "Fraga",
        "Lamas",
        "Pardo-Bazán",
        "Souto",
        "Vilar",
    ),
    # Brazilian families from Minas Gerais
    *_s("mineiro", "Kubitschek", "Neves", "Resende", "Andrada"),
    # Colombian families from Cali
    *_s("caleno", "Caicedo", "Angulo", "Mosquera", "Riascos", "Cuero", "Hurtado", "Zúñiga"),
    # Chilean families of the exiles of 1973
    *_s("chilean", "Parra", "Jara", "Letelier", "Allende", "Huidobro", "Zamorano"),
    # Montserratian families
    *_s("montserratian", "Greenaway", "Farrell", "Riley", "Meade", "Osborne"),
    # St Lucian families
    *_s("st_lucian", "Alcindor", "Emmanuel", "Deterville", "Monrose"),
    # Swabian families (Stuttgart; -le)
    *_s(
        "swabian",
        "Häberle",
        "Schwäble",
        "Kächele",
        "Frommherz",
        "Nägele",
        "Schäuble",
        "Bäuerle",
        "Hägele",
    ),
    # Frisian families
    *_s(
        "frisian",
        "van der Meulen",
        "van Wieren",
        "Zijlstra",
        "Postma",
        "van der Wal",
        "van Seijen",
        "van der Heide",
        "van Tuinen",
    ),
    # Finnish families
    *_s("finnish", "Laaksonen", "Tuominen", "Nieminen", "Rantanen"),
    # Shetland families
    *_s("shetland", "Manson", "Jamieson", "Sinclair"),
    # Donegal families (the Gaeltacht; -ín and -ú)
    *_s(
        "donegal",
        "Ó Gríofa/Ní Ghríofa",
        "Ó Duibheannaigh/Ní Dhuibheannaigh",
        "MacGrianna/NicGrianna",
        "MacFhionnghaile/NicFhionnghaile",
        "MacCumhaill/NicCumhaill",
        "MacGiolla Bhríde/NicGiolla Bhríde",
        "Ó hEarcáin/Ní Earcáin",
        "Ó Cearbhalláin/Ní Chearbhalláin",
        "MacLochlainn/NicLochlainn",
        "MacRuairí/NicRuairí",
        "MacGairbheith/NicGairbheith",
        "Ó Tiománaí/Ní Thiománaí",
        "Ó Fríl/Ní Fhríl",
    ),
    # Northern Romany families (the Appleby fair)
    *_s("northern_romany", "Lowther", "Varey"),
    # Travelling Showpeople (the Hoppings on the Town Moor)
    *_s("hoppings_showmen", "Manders", "Wadbrook", "Farrar", "Noyce"),
    # Syrian families from Aleppo (resettled from 2015)
    *_s("aleppine", "Abu Shakra", "Kayyali", "Jabiri", "Abu Risha", "Abu Assali", "Al-Jaberi"),
    # Hazara families (Afghanistan)
    *_s("hazara", "Sharifi", "Bamiyani", "Urozgani", "Nasiri"),
    # Ukrainian families from Kharkiv (from 2022)
    *_s(
        "kharkiv",
        "Khvylovy/Khvylova",
        "Shevelov/Shevelova",
        "Kulish/Kulish",
        "Skovoroda",
        "Kvitka",
        "Sosiura",
        "Semenko",
        "Sakhnovsky/Sakhnovska",
        "Zhytetsky/Zhytetska",
        "Kotliarevsky/Kotliarevska",
        "Zerov/Zerova",
        "Pidmohylny/Pidmohylna",
    ),
    # Congolese families from Kinshasa
    *_s("kinois", "Lumumba"),
    # Welsh families from Gwynedd
    *_s("gwynedd", "ap Elisedd"),
]
SURNAMES_WORD = [
    # Tyneside surnames that are words
    *_s(
        "geordie",
        "Gallon",
        "Spoor",
        "Chicken",
        "Heap",
        "Few",
        "Grass",
        "Hose",
        "Latch",
        "Tongue",
        "Weed",
        "Puddle",
        "Shank",
        word=True,
    ),
    # Surnames of the pit villages that are words
    *_s(
        "pit_village",
        "Able",
        "Bough",
        "Brawn",
        "Bunch",
        "Cape",
        "Cure",
        "East",
        "Mellow",
        "Neat",
        "Pew",
        "Prime",
        "Pulley",
        word=True,
    ),
    # Border surnames that are words
    *_s(
        "redesdale",
        "Stable",
        "Store",
        "Style",
        "Tree",
        "Turtle",
        "Gain",
        "Grain",
        "Bottom",
        "Batch",
        "Quarry",
        word=True,
    ),
    # Showmen's surnames that are words
    *_s(
        "hoppings_showmen",
        "Pointer",
        "Setter",
        "Beagle",
        "Whistle",
        "Candle",
        "Clock",
        "Stall",
        "Shave",
        "Bugle",
        "Spire",
        word=True,
    ),
    # Surnames of the Northern Romany families that are words
    *_s(
        "northern_romany",
        "Mullet",
        "Pilchard",
        "Turbot",
        "Oyster",
        "Gravel",
        "Porch",
        "Tack",
        word=True,
    ),
    # Shetland surnames that are words
    *_s(
        "shetland",
        "Water",
        "Wheel",
        "Match",
        "Rattle",
        "Lawn",
        "Isle",
        "Plume",
        "Stem",
        "Trail",
        "Sinker",
        word=True,
    ),
]


POOL = NamePool(
    female=FEMALE,
    male=MALE,
    female_word=FEMALE_WORD,
    male_word=MALE_WORD,
    surnames=SURNAMES,
    surnames_word=SURNAMES_WORD,
    streets=[
        "Westgate Road",
        "Stowell Street",
        "Shields Road",
        "Ocean Road",
        "Laygate",
        "Frederick Street",
        "Chillingham Road",
        "Elswick Road",
        "Adelaide Terrace",
        "Coatsworth Road",
        "Saltwell Road",
        "Station Road North",
        "Woodhorn Road",
        "Station Road East",
        "Waterloo Road",
        "Front Street East",
        "Priestpopple",
        "Beaumont Street",
        "Ellison Street",
        "Tyne Street",
        "Westoe Road",
        "Prince Edward Road",
        "Benton Road",
        "Welbeck Road",
        "Fenham Hall Drive",
        "Rothbury Terrace",
    ],
    blocks=[
        "Cruddas Park House",
        "Willow Court",
        "Laygate House",
        "Bensham Court",
        "Saltwell Towers Court",
        "Coquet House",
        "Woodhorn Court",
        "Rede House",
        "Keelman Court",
        "Derwent Tower",
        "Trinity Court",
        "Wansbeck House",
    ],
    towns=[
        "Bedlington",
        "Newbiggin-by-the-Sea",
        "Lynemouth",
        "Ellington",
        "Seaton Delaval",
        "Seghill",
        "Choppington",
        "Stakeford",
        "Pegswood",
        "Amble",
        "Prudhoe",
        "Wylam",
        "Haltwhistle",
        "Bellingham",
        "Otterburn",
        "Rothbury",
        "Felling",
        "Birtley",
        "Hebburn",
        "Cleadon",
        "Cullercoats",
        "Blaydon",
        "Ryton",
        "Winlaton",
        "Picinisco",
        "Michalovce",
        "Rize",
        "Rasht",
        "Sulaymaniyah",
        "Comilla",
        "Attock",
        "Kisumu",
    ],
    stems=[
        "Woodhorn",
        "Bothal",
        "Cresswell",
        "Coquetdale",
        "Redesdale",
        "Tynedale",
        "Bensham",
        "Saltwell",
        "Westoe",
        "Harton",
        "Simonside",
        "Cheviot",
        "Wansbeck",
        "Elsdon",
    ],
    pubs=[
        "The Keelman's Rest",
        "The Pitman's Lamp",
        "The Coble and Oar",
        "The Hoppings Horse",
        "The Staith Door",
        "The Bait Tin",
        "The Cheviot Shepherd",
        "The Leek Show",
        "The Netty Lamp",
        "The Tyne Wherry",
        "The Half Marrow",
        "The Cuddy's Stone",
        "The Lamp Cabin",
    ],
)
