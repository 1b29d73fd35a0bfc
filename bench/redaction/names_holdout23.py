"""Names for the twenty-third holdout pool (``holdout23``), written blind for issue 13 by
someone who had not read the redaction engine, its documentation, its word lists or its
benchmark output. None of its given names, nicknames or surnames (nor any word of a
multiword or hyphenated one, bar the particles) is in the dev and test lists (names.py)
or in names_holdout2.py to names_holdout22.py, which were read only to keep clear of
them: every candidate was checked against those files by a small script, and most of the
first choices were already taken and were dropped (most of the plain English, Irish,
Welsh and Scottish given names the writer tried had gone). No name list of any Python
package or elsewhere on disk was used to choose or check the names; only /usr/share/dict
was used, to confirm that a word-name or word-surname is an English word (every one of
them is in british-english, in lower case). The story is set in Cumbria and Furness
(Barrow-in-Furness, Whitehaven, Workington, Carlisle, Kendal, Ulverston, Millom,
Maryport, Penrith, Egremont); the larger towns are in earlier pools' lists, so its places
are their streets (Botchergate, Scotch Street, Lowther Street, Hindpool Road, Michaelson
Road, Stricklandgate, Stramongate, Senhouse Street, Pow Street, Tangier Street,
Rickergate), the smaller towns and the villages of the fells and the Solway coast
(Penrith, Egremont, Cockermouth, Keswick, Silloth, Wigton, Aspatria, Dalton-in-Furness,
Askam-in-Furness, Frizington, Seascale, Flimby, Longtown, Alston, Appleby-in-Westmorland,
Kirkby Stephen, Haverigg, Bowness-on-Solway, St Bees, Caldbeck), the fells, dales and
rivers (Skiddaw, Blencathra, Scafell, Ennerdale, Wasdale, Eskdale, Calder, Ehen, Duddon,
Walney, Hodbarrow) and some of the towns abroad that families came from (Mangaluru,
Kozhikode, Hakha, Wenzhou, Manado, Medellín, Caruaru, Gbarnga, Butembo, Mbale, Bukoba,
Zugdidi, Koplik, Aurich, Sibiu, Sóller, Gytheio, Xagħra, Jos, Dangriga, Marijampolė). No
engine was run on this pool while it was being written.

The people are those of England and Wales today, drawn from traditions the earlier pools
used little or not at all. Cumbrian first: fell-farming families of Borrowdale, Eskdale
and Wasdale (the old chapel names), farming families of the Eden valley, the pit, iron
and steel families of Whitehaven, Workington and Maryport, the Barrow shipyard families
(with the Clydeside Scots and Ulster families who came to the yard), Sellafield families
(engineers from all over England), Solway fishing families (the haaf-netters of
Bowness-on-Solway, Port Carlisle and Silloth), the Border families of Carlisle and the
Debatable Land, the Cornish mining families of Millom and Hodbarrow, the Quaker families
of Kendal, the Irish Catholic families of Cleator Moor ("Little Ireland"),
Irish-speaking families from Connemara (in the Irish forms), Newfoundland families,
Welsh families from Anglesey (the Wylfa power station) and the families of the
Windermere children (the Jewish child survivors brought to Calgarth in 1945, in the
Polish-Yiddish spellings). Then diaspora families from origins the earlier pools had not
used: Mangalorean Catholics and Mappila Muslims of Malabar (nurses and doctors at the
West Cumberland Hospital), Dogra families from Jammu, Kumaoni families, Hindko families
from Abbottabad, Memon families, Bangladeshi families from Noakhali, Chakma families
from the Chittagong Hill Tracts, Chin families from Hakha, Wenzhou families (the
takeaways), Minahasan families from Manado, Ifugao families from the Philippine
Cordillera, Kristang families from Malacca; Paisa families from Antioquia, Nordestino
families from Pernambuco and Ceará, Guadeloupean families and Garifuna families from
Belize; Kpelle families from Liberia, Krio families from Freetown, Krobo families from
Ghana, Nande families from North Kivu, Tetela families from Sankuru, Bagisu (Bamasaba)
families from Mbale, Lango families from Lira, Haya families from Bukoba, Yao families
from Malawi, Zanzibari families, Shilluk families from Malakal, Nuba families, Saharawi
families, Berom families from Jos, Nupe families from Bida, Ikwerre families from Rivers
State and Ewondo (Beti) families from Yaoundé; Baghdadi Jewish and Yemenite Jewish
families, Palestinian families from Hebron, Bakhtiari families; Mingrelian families from
Zugdidi, Catholic Albanian families of Malësia e Madhe, Suvalkian Lithuanian families,
Maniot Greek families, Gozitan families, Majorcan families, Gascon families, Alsatian
families, Limburg families, Tyrolean families, East Frisian families, Transylvanian
Saxon families and Finland-Swedish families.

Nicknames are what families call people: Cumbrian and English cut-off forms and -y and
-ie (Hep, Isa, Tamzy, Rowley, Kanah, Wilfie, Tillie, Fronie, Trist, Digs, Godders, Suze,
Clairey, Grae, Briney, Stevie, Ange, Terri, Jonno, Rodders, Jez, Lexie, Stell, Edy,
Brucey, Joney, Noll, Saz), Cornish Zennie, Zine, Digger and Demus; Quaker Gulie, Bekah,
Liddy, Gawie and Josy; Irish Nunzie, Lassy, Flan and Brendie and the Connemara -ín and
-í (Cóil, Stiofí, Féich, Maidhcí, Peaitín, Marcaisín, Méin, Maidhlí); Newfoundland Reda,
Lornie and Azzie; Welsh Mael and Neiri; Polish-Yiddish -ek, -ele and -cia (Szmulek,
Majerek, Jankele, Josele, Gitele, Frymele, Fajgele, Rucia, Taubcia); Konkani and
Mangalorean -y and -u (Gretty, Precy, Melly, Stanu, Alu, Ligu); Malayalam Mappila -u and
-kutty (Sainu, Pathu, Kunhu, Moidu, Kutty, Pokku); Dogri and Kumaoni -o and -u (Champo,
Chanchlo, Mulkhu, Onku, Kisnu, Khadku, Janku); Hindko and Memon -u and -i (Fazlu, Muzzi,
Haubai, Fattu, Sugri, Siddu, Ghanu); the Bengali daknam (Jobu, Mumu, Mojo, Mofu, Moshu,
Priti, Manab, Kittu); Chin first syllables (Sui, Biak, Tlem, Bawi, Thio, Thla); the Wu
A- prefix of Wenzhou (Azhen, Aqin, Alian, Acui, Axin, Afu, Abiao, Agen, Arong); Manado
Dutch cut-offs (Deet, Wies, Ien, Dolf, Jop, Nold, Sten); Ifugao Bugay and Bigat;
Kristang Etta, Chelina, Stanis, Cosmo and Balty; Colombian cut-offs (Ledy, Chely, Albe,
Gildo, Libar, Arbe, Duvi, Arle); Brazilian -inha and doubled forms (Tonha, Biinha,
Cicinha, Zeza, Biu, Ciço, Nival, Pedito, Vevé); Antillean doubled forms (Mumuche,
Gégette, Didie, Mimin, Mémé, Mainmain, Cien); Garifuna Spanish -cha and -cho (Nicha,
Chebia, Chila, Nicho, Chiro, Pifa, Tolo); West African and Central African cut-offs
(Gbess, Kort, Kebbie, Weady, Kolu, Siaf, Yarkpa, Korv, Yeams, Tiana, Rasho, Kunde, Mams,
Naki, Kuorkor, Teyeboy, Kwaoboy, Hambu, Vugho, Hindo, Palu, Kambi, Muhi, Sereka, Ombi,
Kanga, Omeo, Shudi, Tundu, Nanky, Rifka, Nendi, Gyangboy, Davs, Dachu, Zhiko, Dagi,
Dako, Chinny, Lechi, Enwo, Mengui, Tsama, Atang, Wona); East African cut-offs (Bwire,
Nambo, Ndutu, Funa, Wama, Wabi, Tenga, Kooli, Shubi, Lembe, Tona, Higi, Tabaazi, Patu,
Baki, Tupe, Mwana, Zuhu, Tima, Hamu, Baruku, Salu, Kame, Kwol, Dhok, Dhieu, Oya, Oye,
Yik, Awo, Kullo, Yugi, Gwang, Gola, Weny, Kaltu, Kukus, Kuwi); Hassaniya -ou and -i
(Jouba, Salku, Bibou, Saloukh, Bachiri); Judeo-Arabic -oona and -oo (Souda, Khatie,
Farhoona, Salhoona, Heskie, Khedou, Shooli, Daoudi, Zohi, Sa'adi, Gamli, Zechi, Shaya);
Palestinian -oom, -oush and cut-offs (Khatoom, Nujji, Tisar, Rasmi, Jawdi, Nafoz, Hafez,
Rushdoush); Bakhtiari Gohari, Sarvi, Qoli and Jafi; Mingrelian -una and -ika (Zazuna,
Kakhuna, Nato, Tsia, Lamo, Gura, Bako, Murtazi); Albanian -i and -a (Zefi, Gjergji,
Ndoni, Koli, Gjoni, Pjetri, Deda, Dranë, Mrika, Luli, Prena, Gjysta); Lithuanian -ytė,
-utė and -ukas (Marcelytė, Petrutė, Barborytė, Elžbietėlė, Uršė, Domė, Motiejukas,
Adomukas, Zigmukas, Feliukas); Maniot Greek (Katina, Rouli, Tzanis, Kitas, Koulis,
Liakos, Thodoris, Nostis); Maltese (Peppa, Rożi, Ċetta, Żeża, Ċensa, Ġanni); Majorcan
(Galida, Xiska, Tonina, Colometa, Tomeu, Xisco, Llorençó, Guiem, Tòfol, Nofre); Gascon
-ou (Mainou, Ninou, Bertou, Dédette, Naud, Vainou, Jouan, Nadou); Alsatian -el and -ele
(Thildel, Lisele, Loïs, Matti, Médi, Baldi); Limburg -ke and -tje (Sjaantje, Truike,
Fientje, Sjengske, Sjefke, Sjraar, Huubke, Wieltje); Tyrolean -l (Zenzl, Burgl, Loisl,
Zenz, Jackl, Kassl, Kratzl, Romedl); East Frisian -i (Hilk, Wibbi, Geschi, Frauki,
Thedi, Tammi, Ubbi, Fokki, Tjarki, Enni, Hauki, Eppi); Transylvanian Saxon -chen and -i
(Gittchen, Trinchen, Agnetchen, Mischi, Hanni, Jirri, Fritzi); and Finland-Swedish -e,
-a, -an and -is (Tovan, Gunni, Majja, Sibbe, Ullis, Gurra, Brorre, Holle, Ragge, Bengan,
Sigge).

Hardly more than the Spec's minimum of word-names is given (thirteen for women and
fifteen for men), because after twenty-two pools almost every word-name the writer could
think of was already taken (the Thai nicknames, the Spice Girls' names, most of the
American and British Gladiators' names, the best-known wrestlers' and singers' names had
all gone). All are ring names, stage names or sports nicknames: what their bearers are
called rather than names given at birth. Known to the writer, with a bearer each: Dump
(Dump Matsumoto, Kaoru Matsumoto), Monster (Monster Ripper, Rhonda Singh, born in
Calgary), Amazon (Sharron Davies, of Gladiators), Thug (Rose Namajunas), Siren (Shelley
Beattie, of American Gladiators); Hacksaw (Jim Duggan), Worm (Dennis Rodman), Catfish
(Jim Hunter), Earthquake (John Tenta, born in Surrey, British Columbia), Grinder (Cliff
Thorburn), Bulldog (Davey Boy Smith, from Golborne), Whirlwind (Jimmy White), Jackpot
(Adrian Lewis), Hurricane (Alex Higgins), Snakebite (Peter Wright), Sway (Derek Safo),
Chipmunk (Jahmaal Fyffe), Wretch (Jermaine Scott, Wretch 32), Crazy (Edwin Ayoung, the
Trinidad calypsonian) and Outsider (Shin Ok-cheol, the Korean rapper). Less certain,
known to the writer from memory only and not checked against any source: Devil (Devil
Masami), Bison (Bison Kimura), Shark (Shark Tsuchiya) and Combat (Combat Toyoda), women
wrestlers of Japan whose ring names the writer is sure of but whose birth names are
unconfirmed; Enigma and Inferno (believed to be Jenny Pacey and Caroline Pearce, of the
Gladiators of 2008); Laser (a woman Gladiator of the 1990s, believed to be Bernadette
Hunt); and Zinger (believed to be Jung Ha-na, of the Korean group Secret). None is
wholly unattested. No title-word, rank or role is used as a name.

The word-surnames are surnames of the fell farms (Askew, Woof, Grave, Sprout, Hail,
Brow, Stubble, Sower, Reaper, Fold), of the Eden valley (Wager, Twine, Beacon, Manger,
Witty, Rump, Daft, Lent), of West Cumberland (Board, Bedding, Brittle, Hack, Town,
Standing, Kind, Host), of Barrow (Ringer, Cutting, Buttery, Needle, Stocking, Trigger),
of the Solway (Sword, Service, Home, Bigger, Kipper, Curlew, Bound), of the Cornish
miners (Sleep, Laity, Chanter, Batten, Maunder, Cock, Cocks, Pillar, Venison), of the
Sellafield families (Peppercorn, Beet, Flax, Spruce, Purple, Russet), of Newfoundland
(Peddle, Keeping, Fewer, Parrot, Hookey), of Cleator Moor (Diver, Wafer), and surnames
from abroad that are also English words (Pant, a Kumaoni surname; Sumo, Kpelle; Manga,
Ewondo; Bot, Berom; Harms, East Frisian; Pot, Limburg; Fest, Alsatian; Binder, Bitter,
Most and Fuss, Transylvanian Saxon). Many are rare as surnames, and a few (Brow,
Stubble, Sower, Fold, Kipper, Curlew, Beet, Flax, Purple, Russet) the writer believes to
be rare English surnames but has not confirmed. The surnames include particles (ap,
Mac/Nic, Mc, Ó/Ní, O', D', de, da, van, van de, El, Al-, Abu and bin), hyphens (the Al-
forms, Shorunkeh-Sawyerr, Sainte-Luce), spaces (ap Morus, Ó Conghaile, Abu Rmeileh, El
Mami, bin Nassor, van Gulpen, de Witt, da Hora), apostrophes (O'Rawe, O'Dea, D'Amato,
D'Anastasi, D'Emanuele, Al-Ja'bari), accents, lower-case first letters (ap, bin, van,
de, da) and forms that differ for women (Irish Ní and Nic, Lithuanian -ienė, Greek -ou,
-i and -a)."""

from __future__ import annotations

from bench.redaction.names import NamePool, _f, _s

FEMALE = [
    # Fell-farming families of Borrowdale, Eskdale and Wasdale (the old chapel names)
    *_f("fell_farming", "Hepzibah", "Hep", "Isabella", "Isa", "Thomasin", "Tamzy"),
    # Farming families of the Eden valley (Penrith, Appleby, Kirkby Stephen)
    *_f("eden_valley", "Ottilie", "Tillie", "Letitia", "Lettice", "Sophronia", "Fronie"),
    # Pit, iron and steel families of Whitehaven, Workington and Maryport
    *_f("west_cumbrian", "Suzanne", "Suze", "Claire", "Clairey", "Lisa", "Lis"),
    # Barrow shipyard families
    *_f("barrow_shipyard", "Angela", "Ange", "Theresa", "Terri"),
    # Sellafield families (engineers from all over England)
    *_f("sellafield", "Katherine", "Kath", "Alexandra", "Lexie", "Fiona", "Fi"),
    # Solway fishing families (the haaf-netters of Bowness-on-Solway and Silloth)
    *_f("solway", "Stella", "Stell", "Edith", "Edy", "Vera", "Verie"),
    # Border families of Carlisle and the Debatable Land
    *_f("border", "Alice", "Lissie", "Sarah", "Saz"),
    # Cornish mining families of Millom and Hodbarrow
    *_f("millom_cornish", "Zenobia", "Zennie", "Thomazine", "Zine", "Blanche", "Blanchie"),
    # Quaker families of Kendal
    *_f("kendal_quaker", "Gulielma", "Gulie", "Rebekah", "Bekah", "Lydia", "Liddy"),
    # Irish Catholic families of Cleator Moor ("Little Ireland")
    *_f("cleator_irish", "Annunciata", "Nunzie", "Lelia", "Lel"),
    # Irish-speaking families from Connemara (the Irish forms)
    *_f("connemara", "Neasa", "Neas", "Méiní", "Méin", "Maidhléis", "Maidhlí"),
    # Newfoundland families
    *_f("newfoundland", "Ethelreda", "Reda"),
    # Welsh families from Anglesey (from the Wylfa power station)
    *_f("ynys_mon", "Einir", "Neiri"),
    # Families of the Windermere children (Calgarth, 1945; Polish-Yiddish spellings)
    *_f(
        "calgarth",
        "Gitla",
        "Gitele",
        "Ruchla",
        "Rucia",
        "Cyrla",
        "Cyrele",
        "Frymet",
        "Frymele",
        "Fajga",
        "Fajgele",
        "Ryfka",
        "Ryfkele",
        "Tauba",
        "Taubcia",
    ),
    # Mangalorean Catholic families (Konkani)
    *_f("mangalorean", "Gretta", "Gretty", "Prescilla", "Precy", "Anita", "Nitu"),
    # Mappila Muslim families of Malabar (Kozhikode)
    *_f("mappila", "Sainaba", "Sainu", "Pathumma", "Pathu", "Ayishabi", "Ayishu", "Beevi", "Beevu"),
    # Dogra families from Jammu
    *_f("dogra", "Champa", "Champo", "Chanchal", "Chanchlo"),
    # Kumaoni families (Almora)
    *_f("kumaoni", "Janki", "Janku"),
    # Memon families (Kathiawar and Karachi)
    *_f("memon", "Hawabai", "Haubai", "Fatimabai", "Fattu", "Sugra", "Sugri"),
    # Bangladeshi families from Noakhali (the daknam)
    *_f("noakhali", "Jobeda", "Jobu", "Mahmuda", "Mumu"),
    # Chakma families (the Chittagong Hill Tracts)
    *_f("chakma", "Pritilata", "Priti"),
    # Chin families from Hakha
    *_f("chin", "Sui Par", "Sui", "Biak Tha Par", "Biak", "Za Tlem", "Tlem"),
    # Wenzhou families (the takeaways; the Wu A- prefix)
    *_f("wenzhou", "Suzhen", "Azhen", "Aiqin", "Aqin", "Xuelian", "Alian", "Cuihua", "Acui"),
    # Minahasan families from Manado
    *_f("minahasan", "Deetje", "Deet", "Wieske", "Wies", "Ineke", "Ien"),
    # Ifugao families (the Philippine Cordillera)
    *_f("ifugao", "Bugan", "Bugay"),
    # Kristang families from Malacca
    *_f("kristang", "Marietta", "Etta", "Michelina", "Chelina"),
    # Paisa families from Antioquia (Medellín)
    *_f("paisa", "Durley", "Dur", "Ledys", "Ledy", "Lucelly", "Chely", "Deisy", "Dei"),
    # Nordestino families (Pernambuco and Ceará)
    *_f(
        "nordestino",
        "Antônia",
        "Tonha",
        "Severina",
        "Biinha",
        "Rosilene",
        "Rosi",
        "Cícera",
        "Cicinha",
        "Joselita",
        "Zeza",
    ),
    # Guadeloupean families
    *_f("guadeloupean", "Murielle", "Mumuche", "Huguette", "Gégette", "Lydie", "Didie"),
    # Garifuna families from Belize (Dangriga)
    *_f("garifuna", "Dionisia", "Nicha", "Eusebia", "Chebia", "Isidora", "Chila"),
    # Kpelle families from Liberia (Gbarnga)
    *_f(
        "kpelle",
        "Gbessie",
        "Gbess",
        "Korto",
        "Kort",
        "Kebeh",
        "Kebbie",
        "Weade",
        "Weady",
        "Musu",
        "Musuma",
    ),
    # Krio families from Freetown
    *_f("krio", "Yeama", "Yeams", "Christiana", "Tiana"),
    # Krobo families (the Dangme names; Somanya)
    *_f("krobo", "Mamle", "Mams", "Narki", "Naki", "Akuorkor", "Kuorkor"),
    # Nande families from North Kivu (Butembo; the birth-order names)
    *_f("nande", "Kahambu", "Hambu", "Kavugho", "Vugho", "Kahindo", "Hindo", "Mbambu", "Mbam"),
    # Bagisu (Bamasaba) families from Mbale
    *_f("bagisu", "Nabwire", "Bwire", "Nambozo", "Nambo", "Nandutu", "Ndutu", "Nafuna", "Funa"),
    # Haya families from Bukoba
    *_f("haya", "Kokushubila", "Shubi", "Kemilembe", "Lembe", "Kokutona", "Tona"),
    # Yao families from Malawi
    *_f("yao", "Patuma", "Patu"),
    # Tetela families from Sankuru
    *_f("tetela", "Omba", "Ombi", "Ekanga", "Kanga"),
    # Zanzibari families
    *_f("zanzibari", "Mwanajuma", "Mwana", "Zuhura", "Zuhu", "Mwatima", "Tima", "Rukia", "Ruku"),
    # Shilluk families from Malakal
    *_f("shilluk", "Nyakwol", "Kwol", "Nyadhok", "Dhok", "Adhieu", "Dhieu"),
    # Lango families from Lira
    *_f("lango", "Awor", "Awo", "Akullo", "Kullo", "Ayugi", "Yugi"),
    # Nuba families (South Kordofan)
    *_f("nuba", "Kaltuma", "Kaltu"),
    # Saharawi families
    *_f("saharawi", "Mahjouba", "Jouba", "Salka", "Salku", "Tfarah", "Tfara"),
    # Berom families from Jos
    *_f("berom", "Nankin", "Nanky", "Rifkatu", "Rifka", "Nendir", "Nendi"),
    # Nupe families from Bida
    *_f("nupe", "Nma", "Nmanma", "Ndazhiko", "Zhiko"),
    # Ikwerre families (Rivers State)
    *_f("ikwerre", "Chinwe", "Chinny", "Ihuoma", "Ihu"),
    # Ewondo (Beti) families from Yaoundé
    *_f("ewondo", "Mengue", "Mengui", "Ntsama", "Tsama"),
    # Baghdadi Jewish families
    *_f(
        "baghdadi",
        "Masouda",
        "Souda",
        "Khatoun",
        "Khatie",
        "Farha",
        "Farhoona",
        "Salha",
        "Salhoona",
    ),
    # Yemenite Jewish families
    *_f("yemenite", "Zohara", "Zohi", "Sa'ada", "Sa'adi"),
    # Palestinian families from Hebron
    *_f("hebron", "Khitam", "Khatoom", "Najah", "Nujji", "Intisar", "Tisar", "Rasmiyya", "Rasmi"),
    # Bakhtiari families
    *_f("bakhtiari", "Gohar", "Gohari", "Sarvnaz", "Sarvi"),
    # Mingrelian families from Zugdidi
    *_f("mingrelian", "Natela", "Nato", "Tsiala", "Tsia", "Lamara", "Lamo", "Guranda", "Gura"),
    # Catholic Albanian families of Malësia e Madhe (Koplik)
    *_f(
        "malesor",
        "Drane",
        "Dranë",
        "Mrike",
        "Mrika",
        "Lule",
        "Luli",
        "Prene",
        "Prena",
        "Gjyste",
        "Gjysta",
    ),
    # Suvalkian Lithuanian families (Marijampolė)
    *_f(
        "suvalkian",
        "Marcelė",
        "Marcelytė",
        "Petronėlė",
        "Petrutė",
        "Elžbieta",
        "Elžbietėlė",
        "Barbora",
        "Barborytė",
        "Uršulė",
        "Uršė",
        "Domicelė",
        "Domė",
    ),
    # Maniot Greek families (Gytheio)
    *_f("maniot", "Katerina", "Katina", "Argyro", "Rouli"),
    # Gozitan families (Xagħra)
    *_f(
        "gozitan",
        "Ġużeppa",
        "Peppa",
        "Rożina",
        "Rożi",
        "Kunċetta",
        "Ċetta",
        "Tereża",
        "Żeża",
        "Ċensina",
        "Ċensa",
    ),
    # Majorcan families (Sóller)
    *_f(
        "majorcan",
        "Margalida",
        "Galida",
        "Francinaina",
        "Xiska",
        "Antònia",
        "Tonina",
        "Coloma",
        "Colometa",
    ),
    # Gascon families
    *_f(
        "gascon", "Germaine", "Mainou", "Jeanine", "Ninou", "Odette", "Dédette", "Berthe", "Bertou"
    ),
    # Alsatian families
    *_f("alsatian", "Mathilde", "Thildel", "Liesel", "Lisele"),
    # Limburg families (Maastricht)
    *_f("limburg", "Sjaan", "Sjaantje", "Trui", "Truike", "Fien", "Fientje"),
    # Tyrolean families
    *_f("tyrolean", "Crescentia", "Zenzl", "Notburga", "Burgl"),
    # East Frisian families (Aurich)
    *_f(
        "east_frisian",
        "Hilke",
        "Hilk",
        "Wiebke",
        "Wibbi",
        "Gesche",
        "Geschi",
        "Frauke",
        "Frauki",
        "Theda",
        "Thedi",
    ),
    # Transylvanian Saxon families (Sibiu)
    *_f(
        "transylvanian_saxon",
        "Gitte",
        "Gittchen",
        "Katharina",
        "Trinchen",
        "Agnetha",
        "Agnetchen",
    ),
    # Finland-Swedish families (Ostrobothnia)
    *_f(
        "finland_swedish",
        "Tove",
        "Tovan",
        "Gunvor",
        "Gunni",
        "Majvor",
        "Majja",
        "Sigbritt",
        "Sibbe",
        "Ulla-Britt",
        "Ullis",
    ),
]
MALE = [
    # Fell-farming families of Borrowdale, Eskdale and Wasdale (the old chapel names)
    *_f(
        "fell_farming",
        "Josiah",
        "Jos",
        "Rowland",
        "Rowley",
        "Elkanah",
        "Kanah",
        "Wilfrid",
        "Wilfie",
    ),
    # Farming families of the Eden valley (Penrith, Appleby, Kirkby Stephen)
    *_f(
        "eden_valley",
        "Tristram",
        "Trist",
        "Digby",
        "Digs",
        "Gervase",
        "Gerv",
        "Godfrey",
        "Godders",
    ),
    # Pit, iron and steel families of Whitehaven, Workington and Maryport
    *_f("west_cumbrian", "Graeme", "Grae", "Brian", "Briney", "Steven", "Stevie"),
    # Barrow shipyard families
    *_f("barrow_shipyard", "Gregory", "Greg", "Jonathan", "Jonno", "Rodney", "Rodders"),
    # Sellafield families (engineers from all over England)
    *_f("sellafield", "Jeremy", "Jez", "Marcus", "Marc", "Samuel", "Sam"),
    # Solway fishing families (the haaf-netters of Bowness-on-Solway and Silloth)
    *_f("solway", "Bruce", "Brucey", "Jonah", "Joney", "Micah", "Mic"),
    # Border families of Carlisle and the Debatable Land
    *_f("border", "Oliver", "Noll", "Justin", "Juzzy", "Alastair", "Alic"),
    # Cornish mining families of Millom and Hodbarrow
    *_f("millom_cornish", "Digory", "Digger", "Nicodemus", "Demus"),
    # Quaker families of Kendal
    *_f("kendal_quaker", "Gawen", "Gawie", "Josias", "Josy", "Elihu", "Lihu", "Bartram", "Bart"),
    # Irish Catholic families of Cleator Moor ("Little Ireland")
    *_f(
        "cleator_irish",
        "Laserian",
        "Lassy",
        "Kilian",
        "Kil",
        "Flannan",
        "Flan",
        "Brendan",
        "Brendie",
        "Colman",
        "Collie",
    ),
    # Irish-speaking families from Connemara (the Irish forms)
    *_f(
        "connemara",
        "Cóilín",
        "Cóil",
        "Stiofán",
        "Stiofí",
        "Féichín",
        "Féich",
        "Maidhc",
        "Maidhcí",
        "Peait",
        "Peaitín",
        "Marcas",
        "Marcaisín",
    ),
    # Newfoundland families
    *_f("newfoundland", "Lorne", "Lornie", "Azariah", "Azzie"),
    # Welsh families from Anglesey (from the Wylfa power station)
    *_f("ynys_mon", "Maelgwn", "Mael"),
    # Families of the Windermere children (Calgarth, 1945; Polish-Yiddish spellings)
    *_f(
        "calgarth",
        "Szmul",
        "Szmulek",
        "Icchak",
        "Icek",
        "Lejb",
        "Lejbuś",
        "Majer",
        "Majerek",
        "Jankiel",
        "Jankele",
        "Szlama",
        "Szlamek",
        "Josek",
        "Josele",
        "Fiszel",
        "Fiszele",
    ),
    # Mangalorean Catholic families (Konkani)
    *_f(
        "mangalorean",
        "Melwyn",
        "Melly",
        "Stany",
        "Stanu",
        "Dolphy",
        "Dolph",
        "Alwyn",
        "Alu",
        "Ligory",
        "Ligu",
    ),
    # Mappila Muslim families of Malabar (Kozhikode)
    *_f(
        "mappila",
        "Kunhammed",
        "Kunhu",
        "Moideen",
        "Moidu",
        "Kunhalikutty",
        "Kutty",
        "Beeran",
        "Beeru",
        "Pokker",
        "Pokku",
        "Avaran",
        "Avaru",
    ),
    # Dogra families from Jammu
    *_f("dogra", "Baldev", "Billa", "Mulkh", "Mulkhu", "Onkar", "Onku", "Kewal", "Kewalu"),
    # Kumaoni families (Almora)
    *_f(
        "kumaoni",
        "Govind",
        "Govindu",
        "Kishan",
        "Kisnu",
        "Khadak",
        "Khadku",
        "Bhawan",
        "Bhawanu",
    ),
    # Hindko families from Abbottabad
    *_f("hindko", "Amanullah", "Amanu", "Fazal", "Fazlu", "Muzaffar", "Muzzi", "Taimur", "Taimi"),
    # Memon families (Kathiawar and Karachi)
    *_f("memon", "Siddik", "Siddu", "Ghani", "Ghanu"),
    # Bangladeshi families from Noakhali (the daknam)
    *_f(
        "noakhali",
        "Moazzem",
        "Mojo",
        "Mofazzal",
        "Mofu",
        "Ruhul",
        "Ruhu",
        "Mosharraf",
        "Moshu",
    ),
    # Chakma families (the Chittagong Hill Tracts)
    *_f("chakma", "Manabendra", "Manab", "Prashanta", "Prashu", "Kirti", "Kittu"),
    # Chin families from Hakha
    *_f("chin", "Van Bawi", "Bawi", "Hrang Thio", "Thio", "Thla Hmung", "Thla"),
    # Wenzhou families (the takeaways; the Wu A- prefix)
    *_f(
        "wenzhou",
        "Jianxin",
        "Axin",
        "Guofu",
        "Afu",
        "Jinbiao",
        "Abiao",
        "Shangen",
        "Agen",
        "Jinrong",
        "Arong",
    ),
    # Minahasan families from Manado
    *_f("minahasan", "Dolfie", "Dolf", "Jopie", "Jop", "Noldy", "Nold", "Stenly", "Sten"),
    # Ifugao families (the Philippine Cordillera)
    *_f("ifugao", "Kabigat", "Bigat"),
    # Kristang families from Malacca
    *_f("kristang", "Stanislaus", "Stanis", "Cosme", "Cosmo", "Baltazar", "Balty"),
    # Paisa families from Antioquia (Medellín)
    *_f(
        "paisa",
        "Albeiro",
        "Albe",
        "Gildardo",
        "Gildo",
        "Libardo",
        "Libar",
        "Arbey",
        "Arbe",
        "Duván",
        "Duvi",
        "Arley",
        "Arle",
    ),
    # Nordestino families (Pernambuco and Ceará)
    *_f(
        "nordestino",
        "Severino",
        "Biu",
        "Cícero",
        "Ciço",
        "Genival",
        "Nival",
        "Expedito",
        "Pedito",
        "Everaldo",
        "Vevé",
    ),
    # Guadeloupean families
    *_f(
        "guadeloupean",
        "Firmin",
        "Mimin",
        "Lucien",
        "Cien",
        "Siméon",
        "Mémé",
        "Germain",
        "Mainmain",
    ),
    # Garifuna families from Belize (Dangriga)
    *_f(
        "garifuna",
        "Epifanio",
        "Pifa",
        "Dionisio",
        "Nicho",
        "Isidoro",
        "Chiro",
        "Bartolo",
        "Tolo",
    ),
    # Kpelle families from Liberia (Gbarnga)
    *_f(
        "kpelle",
        "Kolubah",
        "Kolu",
        "Siafa",
        "Siaf",
        "Yarkpawolo",
        "Yarkpa",
        "Korvah",
        "Korv",
    ),
    # Krio families from Freetown
    *_f("krio", "Horatio", "Rasho", "Ekundayo", "Kunde", "Claudius", "Claude"),
    # Krobo families (the Dangme names; Somanya)
    *_f("krobo", "Teye", "Teyeboy", "Kwao", "Kwaoboy"),
    # Nande families from North Kivu (Butembo; the birth-order names)
    *_f(
        "nande",
        "Paluku",
        "Palu",
        "Kambale",
        "Kambi",
        "Muhindo",
        "Muhi",
        "Kasereka",
        "Sereka",
    ),
    # Bagisu (Bamasaba) families from Mbale
    *_f("bagisu", "Wamala", "Wama", "Wabwire", "Wabi", "Watenga", "Tenga", "Wakooli", "Kooli"),
    # Haya families from Bukoba
    *_f("haya", "Kahigi", "Higi", "Mutabaazi", "Tabaazi"),
    # Yao families from Malawi
    *_f("yao", "Bakili", "Baki", "Atupele", "Tupe"),
    # Tetela families from Sankuru
    *_f(
        "tetela",
        "Omeonga",
        "Omeo",
        "Otshudi",
        "Shudi",
        "Okitundu",
        "Tundu",
        "Shongo",
        "Shongi",
    ),
    # Zanzibari families
    *_f("zanzibari", "Hamoud", "Hamu", "Mbarouk", "Baruku", "Salum", "Salu", "Makame", "Kame"),
    # Shilluk families from Malakal
    *_f("shilluk", "Oyay", "Oya", "Oyet", "Oye", "Ayik", "Yik"),
    # Lango families from Lira
    *_f("lango", "Ogwang", "Gwang", "Engola", "Gola", "Olweny", "Weny"),
    # Nuba families (South Kordofan)
    *_f("nuba", "Kuku", "Kukus", "Kuwa", "Kuwi"),
    # Saharawi families
    *_f("saharawi", "Lehbib", "Bibou", "Salek", "Saloukh", "Bachir", "Bachiri"),
    # Berom families from Jos
    *_f("berom", "Gyang", "Gyangboy", "Davou", "Davs", "Dachung", "Dachu"),
    # Nupe families from Bida
    *_f("nupe", "Ndagi", "Dagi", "Ndako", "Dako"),
    # Ikwerre families (Rivers State)
    *_f("ikwerre", "Elechi", "Lechi", "Ezenwo", "Enwo"),
    # Ewondo (Beti) families from Yaoundé
    *_f("ewondo", "Atangana", "Atang", "Owona", "Wona"),
    # Baghdadi Jewish families
    *_f(
        "baghdadi",
        "Heskel",
        "Heskie",
        "Khedouri",
        "Khedou",
        "Shaul",
        "Shooli",
        "Daoud",
        "Daoudi",
    ),
    # Yemenite Jewish families
    *_f("yemenite", "Gamliel", "Gamli", "Zecharya", "Zechi", "Yeshayahu", "Shaya"),
    # Palestinian families from Hebron
    *_f(
        "hebron",
        "Jawdat",
        "Jawdi",
        "Nafez",
        "Nafoz",
        "Abdelhafez",
        "Hafez",
        "Rushdi",
        "Rushdoush",
    ),
    # Bakhtiari families
    *_f("bakhtiari", "Morteza Qoli", "Qoli", "Jafar Qoli", "Jafi"),
    # Mingrelian families from Zugdidi
    *_f(
        "mingrelian",
        "Zaza",
        "Zazuna",
        "Bakur",
        "Bako",
        "Murtaz",
        "Murtazi",
        "Kakha",
        "Kakhuna",
    ),
    # Catholic Albanian families of Malësia e Madhe (Koplik)
    *_f(
        "malesor",
        "Zef",
        "Zefi",
        "Gjergj",
        "Gjergji",
        "Ndon",
        "Ndoni",
        "Kolë",
        "Koli",
        "Gjon",
        "Gjoni",
        "Pjetër",
        "Pjetri",
        "Dedë",
        "Deda",
    ),
    # Suvalkian Lithuanian families (Marijampolė)
    *_f(
        "suvalkian",
        "Motiejus",
        "Motiejukas",
        "Adomas",
        "Adomukas",
        "Zigmas",
        "Zigmukas",
        "Feliksas",
        "Feliukas",
    ),
    # Maniot Greek families (Gytheio)
    *_f(
        "maniot",
        "Tzanetos",
        "Tzanis",
        "Nikitas",
        "Kitas",
        "Kyriakoulis",
        "Koulis",
        "Ilias",
        "Liakos",
        "Theodoros",
        "Thodoris",
        "Anagnostis",
        "Nostis",
    ),
    # Gozitan families (Xagħra)
    *_f("gozitan", "Ġwann", "Ġanni"),
    # Majorcan families (Sóller)
    *_f(
        "majorcan",
        "Bartomeu",
        "Tomeu",
        "Francesc",
        "Xisco",
        "Llorenç",
        "Llorençó",
        "Guillem",
        "Guiem",
        "Cristòfol",
        "Tòfol",
        "Onofre",
        "Nofre",
    ),
    # Gascon families
    *_f("gascon", "Arnaud", "Naud", "Sylvain", "Vainou", "Joanès", "Jouan", "Bernadou", "Nadou"),
    # Alsatian families
    *_f("alsatian", "Aloyse", "Loïs", "Materne", "Matti", "Médard", "Médi", "Théobald", "Baldi"),
    # Limburg families (Maastricht)
    *_f(
        "limburg",
        "Sjeng",
        "Sjengske",
        "Sjef",
        "Sjefke",
        "Sjra",
        "Sjraar",
        "Huub",
        "Huubke",
        "Wiel",
        "Wieltje",
    ),
    # Tyrolean families
    *_f(
        "tyrolean",
        "Alois",
        "Loisl",
        "Vinzenz",
        "Zenz",
        "Jakob",
        "Jackl",
        "Kassian",
        "Kassl",
        "Pankraz",
        "Kratzl",
        "Romed",
        "Romedl",
    ),
    # East Frisian families (Aurich)
    *_f(
        "east_frisian",
        "Tamme",
        "Tammi",
        "Ubbo",
        "Ubbi",
        "Fokko",
        "Fokki",
        "Tjark",
        "Tjarki",
        "Enno",
        "Enni",
        "Hauke",
        "Hauki",
        "Eppo",
        "Eppi",
    ),
    # Transylvanian Saxon families (Sibiu)
    *_f(
        "transylvanian_saxon",
        "Misch",
        "Mischi",
        "Johann",
        "Hanni",
        "Georg",
        "Jirri",
        "Friedrich",
        "Fritzi",
    ),
    # Finland-Swedish families (Ostrobothnia)
    *_f(
        "finland_swedish",
        "Göran",
        "Gurra",
        "Bror",
        "Brorre",
        "Holger",
        "Holle",
        "Ragnvald",
        "Ragge",
        "Bengt",
        "Bengan",
        "Sixten",
        "Sigge",
    ),
]
FEMALE_WORD = [
    # Japanese ring names that are words (women wrestlers)
    *_f("japanese", "Dump", "Dumpy", "Devil", "Devvie", "Bison", "Bisi", word=True),
    *_f("japanese", "Shark", "Sharky", "Combat", "Combi", word=True),
    # Canadian ring names that are words
    *_f("canadian", "Monster", "Monsta", word=True),
    # English ring names that are words (the Gladiators)
    *_f("english", "Amazon", "Zonnie", "Enigma", "Nigma", "Inferno", "Ferno", word=True),
    *_f("english", "Laser", "Lase", word=True),
    # American ring names and sports nicknames that are words
    *_f("american", "Thug", "Thuggy", "Siren", "Sirey", word=True),
    # Korean stage names that are words
    *_f("korean", "Zinger", "Zing", word=True),
]
MALE_WORD = [
    # American ring names and sports nicknames that are words
    *_f("american", "Hacksaw", "Hacky", "Worm", "Wormy", "Catfish", "Catty", word=True),
    # Canadian ring names and sports nicknames that are words
    *_f("canadian", "Earthquake", "Quake", "Grinder", "Grindy", word=True),
    # English ring names and sports nicknames that are words
    *_f("english", "Bulldog", "Bully", "Whirlwind", "Whirly", "Jackpot", "Jacks", word=True),
    # Northern Irish sports nicknames that are words
    *_f("northern_irish", "Hurricane", "Hurri", word=True),
    # Scottish sports nicknames that are words
    *_f("scottish", "Snakebite", "Snakey", word=True),
    # Black British stage names that are words
    *_f("black_british", "Sway", "Swayze", "Chipmunk", "Munk", "Wretch", "Wretchy", word=True),
    # Trinidadian calypso names that are words
    *_f("trinidadian", "Crazy", "Craze", word=True),
    # Korean stage names that are words
    *_f("korean", "Outsider", "Outsi", word=True),
]
SURNAMES = [
    # Fell-farming families of Borrowdale, Eskdale and Wasdale (the old chapel names)
    *_s(
        "fell_farming",
        "Gaskarth",
        "Relph",
        "Hadwin",
        "Knewstubb",
        "Birkett",
        "Jopson",
        "Hewetson",
        "Todhunter",
        "Hebson",
        "Brownrigg",
        "Cowperthwaite",
        "Dowthwaite",
        "Greenop",
        "Rigg",
        "Bownass",
        "Dockeray",
        "Borrowdale",
    ),
    # Farming families of the Eden valley (Penrith, Appleby, Kirkby Stephen)
    *_s(
        "eden_valley",
        "Salkeld",
        "Threlkeld",
        "Musgrave",
        "Thexton",
        "Bousfield",
        "Teasdale",
        "Cloudsdale",
        "Airey",
        "Blamire",
        "Slee",
        "Lowis",
        "Stamper",
        "Gilpin",
        "Dargue",
        "Hastwell",
    ),
    # Pit, iron and steel families of Whitehaven, Workington and Maryport
    *_s(
        "west_cumbrian",
        "Tinnion",
        "Mossop",
        "Fearon",
        "Ritson",
        "Sewell",
        "Mandle",
        "Falder",
        "Troughear",
        "Scarrow",
        "Bewsher",
        "Eilbeck",
        "Iredale",
        "Kirkbride",
        "Hoggarth",
        "Pickthall",
        "Plaskett",
        "Curwen",
        "Lamplugh",
        "Senhouse",
    ),
    # Barrow shipyard families (with the Clydeside Scots and Ulster families)
    *_s(
        "barrow_shipyard",
        "Ashburner",
        "Brockbank",
        "Swainson",
        "Pennington",
        "Dodgson",
        "Casson",
        "Sarginson",
        "Armistead",
        "Bainbridge",
        "Huddleston",
        "Cottam",
        "Satterthwaite",
        "Kellett",
        "Whinnerah",
        "Woodburn",
        "Danson",
        "Rawlinson",
        "McNeish",
        "McAlinden",
        "McGahey",
        "McFetridge",
        "McKibbin",
        "MacNicol",
        "MacEachern",
        "MacIlwraith",
        "MacVicar",
        "MacTaggart",
    ),
    # Sellafield families (engineers from all over England)
    *_s(
        "sellafield",
        "Atkinson",
        "Hodgson",
        "Wilkinson",
        "Harrison",
        "Fleming",
        "Lindow",
        "Somervell",
        "Woodend",
        "Wilcock",
        "Strickland",
        "Dickinson",
        "Tomlinson",
        "Benson",
    ),
    # Solway fishing families (the haaf-netters of Bowness-on-Solway and Silloth)
    *_s(
        "solway",
        "Carruthers",
        "Jardine",
        "Irving",
        "Sandwith",
        "Robley",
        "Holliday",
        "Bowness",
        "Kitching",
        "Mounsey",
        "Gillbanks",
        "Glaister",
        "Tolson",
        "Allonby",
    ),
    # Border families of Carlisle and the Debatable Land
    *_s("border", "Graham", "Nixon", "Dixon", "Sproat", "Moscrop", "Hyslop", "Dalzell", "Bewes"),
    # Cornish mining families of Millom and Hodbarrow
    *_s(
        "millom_cornish",
        "Trewartha",
        "Rowe",
        "Trezise",
        "Trengove",
        "Trounson",
        "Angwin",
        "Curnow",
        "Uren",
        "Vosper",
        "Penhale",
        "Spargo",
        "Stribley",
        "Tregoning",
        "Trembath",
        "Truscott",
        "Varcoe",
        "Rosewarne",
        "Chegwidden",
        "Nankivell",
        "Scoble",
        "Sobey",
        "Wearne",
        "Yelland",
        "Hosking",
        "Geach",
        "Climo",
        "Bawden",
        "Endean",
        "Gummow",
        "Tangye",
        "Magor",
        "Mably",
        "Kneebone",
    ),
    # Quaker families of Kendal
    *_s(
        "kendal_quaker",
        "Crewdson",
        "Birkbeck",
        "Dilworth",
        "Fothergill",
        "Wakefield",
        "Whitwell",
        "Tuke",
        "Ecroyd",
        "Clapham",
        "Rowntree",
        "Hodgkin",
        "Ianson",
        "Backhouse",
        "Gawith",
    ),
    # Irish Catholic families of Cleator Moor ("Little Ireland")
    *_s(
        "cleator_irish",
        "Duffy",
        "McAvoy",
        "Gaynor",
        "Rooney",
        "Mulgrew",
        "Costello",
        "Mullen",
        "Nugent",
        "Mulvey",
        "Dunleavy",
        "Lavery",
        "Hanlon",
        "Keegan",
        "McKeown",
        "McCourt",
        "McSorley",
        "O'Rawe",
        "O'Dea",
    ),
    # Irish-speaking families from Connemara (the Irish forms)
    *_s(
        "connemara",
        "Ó Conghaile/Ní Chonghaile",
        "Ó Flatharta/Ní Fhlatharta",
        "Ó Cualáin/Ní Chualáin",
        "Ó Fátharta/Ní Fhátharta",
        "Ó Curraoin/Ní Churraoin",
        "Ó Gaora/Ní Ghaora",
        "Ó Cadhain/Ní Chadhain",
        "Ó Direáin/Ní Dhireáin",
        "Ó Neachtain/Ní Neachtain",
        "Ó Maoilchiaráin/Ní Mhaoilchiaráin",
        "Ó hIarnáin/Ní Iarnáin",
        "Ó Coisdealbha/Ní Choisdealbha",
        "Ó Finneadha/Ní Fhinneadha",
        "Ó Ceoinín/Ní Cheoinín",
        "Ó Fualáin/Ní Fhualáin",
        "Ó Tuairisg/Ní Thuairisg",
        "Ó Mainnín/Ní Mhainnín",
        "Ó Clochartaigh/Ní Chlochartaigh",
        "Ó Confhaola/Ní Chonfhaola",
        "Ó Guairim/Ní Ghuairim",
        "Ó Cearnaigh/Ní Chearnaigh",
        "Ó Gairbhí/Ní Ghairbhí",
        "MacFhlannchadha/NicFhlannchadha",
        "MacCathail/NicChathail",
    ),
    # Newfoundland families
    *_s(
        "newfoundland",
        "Tobin",
        "Kielley",
        "Pittman",
        "Rideout",
        "Hiscock",
        "Noseworthy",
        "Critch",
        "Hynes",
        "Bursey",
        "Tizzard",
        "Skanes",
        "Dawe",
        "Pardy",
        "Budden",
        "Oldford",
        "Bugden",
        "Vokey",
        "Mugford",
        "Hollett",
        "Stuckless",
        "Pinsent",
        "Coish",
        "Spurrell",
        "Fiander",
        "Sweetapple",
        "Genge",
        "Tremblett",
        "Jewer",
    ),
    # Welsh families from Anglesey (from the Wylfa power station)
    *_s("ynys_mon", "ap Morus", "ap Lewys", "ap Deio", "ap Elisau"),
    # Families of the Windermere children (Calgarth, 1945; Polish-Yiddish spellings)
    *_s(
        "calgarth",
        "Frydman",
        "Goldsztajn",
        "Rozenblum",
        "Wajnberg",
        "Zylberberg",
        "Kirszenbaum",
        "Ajzensztat",
        "Lipszyc",
        "Cukierman",
        "Rotsztajn",
        "Zonszajn",
        "Lewkowicz",
        "Wajsbrot",
        "Pomeranc",
        "Frenkiel",
        "Najman",
        "Fajnsztajn",
        "Cytryn",
        "Grynbaum",
    ),
    # Mangalorean Catholic families (Konkani)
    *_s(
        "mangalorean",
        "Pais",
        "Rego",
        "Serrao",
        "Aranha",
        "Rasquinha",
        "Goveas",
        "Barboza",
        "Alvares",
        "Minezes",
        "Veigas",
        "Machado",
    ),
    # Mappila Muslim families of Malabar (Kozhikode; the house names)
    *_s(
        "mappila",
        "Puthiyaveettil",
        "Kottakkal",
        "Chalil",
        "Kodiyathur",
        "Valappil",
        "Parambil",
        "Kandiyil",
        "Thayyil",
    ),
    # Dogra families from Jammu
    *_s(
        "dogra",
        "Jamwal",
        "Manhas",
        "Jasrotia",
        "Salathia",
        "Charak",
        "Pathania",
        "Mankotia",
        "Andotra",
        "Langeh",
    ),
    # Kumaoni families (Almora)
    *_s("kumaoni", "Tewari", "Kandpal", "Pande", "Lohani", "Upreti", "Dhami", "Kathait"),
    # Hindko families from Abbottabad
    *_s("hindko", "Jadoon", "Tanoli", "Swati", "Tahirkheli", "Karlal", "Dhund"),
    # Memon families (Kathiawar and Karachi)
    *_s("memon", "Ghaziani", "Tabani", "Bawany", "Dhedhi", "Ponawala", "Jangda"),
    # Bangladeshi families from Noakhali (the daknam)
    *_s("noakhali", "Khandaker", "Sikdar", "Bepary", "Howladar", "Mojumdar", "Bhuiya", "Patwari"),
    # Chakma families (the Chittagong Hill Tracts)
    *_s("chakma", "Chakma", "Khisa", "Tongchangya", "Larma"),
    # Chin families from Hakha
    *_s("chin", "Sakhong", "Hlawncheu", "Thantluang", "Zathang"),
    # Wenzhou families (the takeaways; the Wu A- prefix)
    *_s("wenzhou", "Mao", "Lü", "Shao", "Gu", "Kong", "Miao", "Jiao", "Teng", "Pu"),
    # Minahasan families from Manado
    *_s(
        "minahasan",
        "Sumampouw",
        "Lumenta",
        "Rondonuwu",
        "Mandagi",
        "Wowor",
        "Kalalo",
        "Pangemanan",
        "Tumbelaka",
        "Lasut",
        "Runtukahu",
        "Walewangko",
        "Supit",
        "Tangkilisan",
        "Warouw",
        "Sondakh",
        "Mamahit",
        "Kaunang",
        "Sumual",
        "Pontoh",
        "Lengkong",
    ),
    # Ifugao families (the Philippine Cordillera)
    *_s("ifugao", "Dulnuan", "Lumauig", "Baguilat", "Dulawan", "Bannawol", "Chungalao", "Pugong"),
    # Kristang families from Malacca
    *_s(
        "kristang",
        "Sequerah",
        "Aeria",
        "Theseira",
        "Shepherdson",
        "Lazaroo",
        "Fernandis",
        "Nonis",
        "Hendroff",
        "Goonting",
        "Marbeck",
        "de Witt",
        "Gomes",
    ),
    # Paisa families from Antioquia (Medellín)
    *_s(
        "paisa",
        "Ochoa",
        "Posada",
        "Cadavid",
        "Gaviria",
        "Jaramillo",
        "Velásquez",
        "Osorio",
        "Tobón",
        "Múnera",
        "Arbeláez",
        "Vélez",
        "Correa",
    ),
    # Nordestino families (Pernambuco and Ceará)
    *_s(
        "nordestino",
        "Maranhão",
        "Aragão",
        "Feitosa",
        "Gondim",
        "Leitão",
        "Alencar",
        "Bandeira",
        "Queiroz",
        "Barreto",
        "da Hora",
    ),
    # Guadeloupean families
    *_s(
        "guadeloupean",
        "Bambuck",
        "Calodat",
        "Lurel",
        "Jalton",
        "Nicolo",
        "Lubeth",
        "Ferly",
        "Lollia",
        "Pitot",
        "Ramassamy",
        "Moutoussamy",
        "Sainte-Luce",
        "Dorville",
        "Zénon",
        "Nainsouta",
        "Rosan",
        "Vainqueur",
    ),
    # Garifuna families from Belize (Dangriga)
    *_s(
        "garifuna",
        "Arzu",
        "Guity",
        "Sabio",
        "Cayetano",
        "Bernardez",
        "Palacio",
        "Zuniga",
        "Avila",
        "Nuñez",
        "Castillo",
        "Martinez",
    ),
    # Kpelle families from Liberia (Gbarnga)
    *_s("kpelle", "Gbollie", "Nyumah", "Kpadeh", "Wolokollie", "Yekeh", "Gbanyan", "Kerkula"),
    # Krio families from Freetown
    *_s(
        "krio",
        "Garber",
        "Spaine",
        "Easmon",
        "Conton",
        "Shorunkeh-Sawyerr",
        "Dworzak",
        "Nylander",
        "Metzger",
        "Jarrett",
        "Carew",
        "Thorpe",
        "Betts",
    ),
    # Krobo families (the Dangme names; Somanya)
    *_s(
        "krobo",
        "Narh",
        "Nartey",
        "Djaba",
        "Odonkor",
        "Amanor",
        "Apetorgbor",
        "Asafo",
        "Dangbe",
        "Sakitey",
        "Agbo",
        "Lawerh",
        "Tei",
    ),
    # Nande families from North Kivu (Butembo; the birth-order names)
    *_s(
        "nande",
        "Mumbere",
        "Katembo",
        "Kasika",
        "Mbusa",
        "Kasonia",
        "Vyahavwa",
        "Sikuli",
        "Kakule",
        "Kavira",
    ),
    # Bagisu (Bamasaba) families from Mbale
    *_s(
        "bagisu",
        "Mafabi",
        "Wandera",
        "Wambede",
        "Masaba",
        "Mudoma",
        "Wopuwa",
        "Gidudu",
        "Wanzala",
        "Namono",
        "Mutenyo",
        "Natsamba",
        "Kutosi",
    ),
    # Haya families from Bukoba
    *_s(
        "haya",
        "Rweyemamu",
        "Kaijage",
        "Rutabingwa",
        "Byabato",
        "Mutembei",
        "Lwakatare",
        "Bishanga",
        "Rwegasira",
        "Tibaijuka",
        "Rwechungura",
        "Kyaruzi",
        "Ishengoma",
        "Muganyizi",
    ),
    # Yao families from Malawi
    *_s("yao", "Jalasi", "Kawinga", "Makanjira", "Chilumpha", "Ntaba", "Chikowi", "Mtambo"),
    # Tetela families from Sankuru
    *_s(
        "tetela",
        "Okito",
        "Wembolua",
        "Lomami",
        "Diumasumbu",
        "Onembo",
        "Lokonda",
        "Ohandjo",
        "Lutula",
        "Onema",
        "Diamba",
    ),
    # Zanzibari families
    *_s(
        "zanzibari",
        "Al-Barwani",
        "Al-Mugheiry",
        "Al-Hinawi",
        "Al-Kharusi",
        "Farsy",
        "Mazrui",
        "Lamki",
        "Shikely",
        "bin Nassor",
        "bin Masoud",
    ),
    # Shilluk families from Malakal
    *_s("shilluk", "Padiet", "Nyidhok", "Dak", "Awet", "Anyang", "Ajang"),
    # Lango families from Lira
    *_s("lango", "Okello", "Ongom", "Odur", "Obong", "Okae", "Acanga"),
    # Saharawi families
    *_s("saharawi", "El Mami", "El Hafed", "Khaya", "Boukhari", "Mayara"),
    # Berom families from Jos
    *_s(
        "berom",
        "Pam",
        "Chuwang",
        "Choji",
        "Mwadkwon",
        "Dalyop",
        "Gwom",
        "Rwang",
        "Badung",
        "Lar",
        "Gwamna",
        "Mangvwat",
    ),
    # Nupe families from Bida
    *_s("nupe", "Ndayako", "Bida", "Nagenu"),
    # Ikwerre families (Rivers State)
    *_s(
        "ikwerre",
        "Wike",
        "Amadi",
        "Nwuche",
        "Worlu",
        "Ihunwo",
        "Chinwo",
        "Nwafor",
        "Amaechi",
        "Odili",
        "Ogbonda",
    ),
    # Ewondo (Beti) families from Yaoundé
    *_s(
        "ewondo",
        "Essomba",
        "Mbarga",
        "Ndzana",
        "Mvondo",
        "Abega",
        "Essono",
        "Tsoungui",
        "Ebode",
        "Belinga",
        "Ateba",
        "Onana",
        "Nkolo",
        "Mballa",
        "Amougou",
        "Ndongo",
        "Ayissi",
        "Zambo",
        "Eloundou",
    ),
    # Baghdadi Jewish families
    *_s(
        "baghdadi",
        "Sassoon",
        "Kadoorie",
        "Gabbay",
        "Shasha",
        "Somekh",
        "Dangoor",
        "Khalastchi",
        "Shamash",
        "Twena",
        "Moallem",
        "Zilkha",
        "Dabbah",
        "Shohet",
        "Yadgar",
        "Aboody",
        "Sehayek",
        "Shemtob",
        "Mukamal",
    ),
    # Yemenite Jewish families
    *_s(
        "yemenite",
        "Shabazi",
        "Tabib",
        "Damari",
        "Tsadok",
        "Qafih",
        "Ozeri",
        "Nahari",
        "Yitzhari",
        "Maswari",
        "Arussi",
        "Tzubari",
        "Hubara",
    ),
    # Palestinian families from Hebron
    *_s(
        "hebron",
        "Abu Rmeileh",
        "Abu Mayyaleh",
        "Abu Haikal",
        "Al-Natsheh",
        "Al-Ja'bari",
        "Al-Qawasmeh",
        "Al-Muhtaseb",
        "Al-Sharabati",
        "Al-Hashlamoun",
    ),
    # Bakhtiari families
    *_s(
        "bakhtiari",
        "Bakhtiar",
        "Samsam",
        "Ilkhani",
        "Zarrasvand",
        "Kiani",
        "Sowlat",
        "Kianersi",
        "Esfandiari",
    ),
    # Mingrelian families from Zugdidi
    *_s(
        "mingrelian",
        "Gabunia",
        "Chikovani",
        "Jgenti",
        "Todua",
        "Kobalia",
        "Chanturia",
        "Gegia",
        "Kharchilava",
        "Esebua",
        "Bokeria",
        "Shengelia",
        "Jikia",
        "Kacharava",
        "Gogua",
        "Tsaava",
        "Zarandia",
        "Sichinava",
        "Nachkebia",
    ),
    # Catholic Albanian families of Malësia e Madhe (Koplik)
    *_s(
        "malesor",
        "Gjokaj",
        "Lulgjuraj",
        "Dedvukaj",
        "Prelaj",
        "Camaj",
        "Gjeloshaj",
        "Nikaj",
        "Junçaj",
        "Ivezaj",
        "Dushaj",
        "Lekaj",
        "Frangaj",
        "Pepaj",
        "Vuksanaj",
        "Ujkaj",
        "Markaj",
    ),
    # Suvalkian Lithuanian families (Marijampolė)
    *_s(
        "suvalkian",
        "Bielinis/Bielinienė",
        "Tumas/Tumienė",
        "Vaičaitis/Vaičaitienė",
        "Jablonskis/Jablonskienė",
        "Višinskis/Višinskienė",
        "Mykolaitis/Mykolaitienė",
        "Lozoraitis/Lozoraitienė",
        "Pietaris/Pietarienė",
        "Matulaitis/Matulaitienė",
        "Šalkauskis/Šalkauskienė",
        "Sruoga/Sruogienė",
        "Grinius/Grinienė",
    ),
    # Maniot Greek families (Gytheio)
    *_s(
        "maniot",
        "Mavromichalis/Mavromichali",
        "Grigorakis/Grigoraki",
        "Mourtzinos/Mourtzinou",
        "Kitriniaris/Kitriniari",
        "Sklavounos/Sklavounou",
        "Giatrakos/Giatrakou",
        "Tzannetakis/Tzannetaki",
        "Dritsakos/Dritsakou",
        "Kyriakakos/Kyriakakou",
        "Petrakos/Petrakou",
        "Tsigounakos/Tsigounakou",
        "Christeas/Christea",
        "Mantouvalos/Mantouvalou",
        "Koutsogiannakos/Koutsogiannakou",
    ),
    # Gozitan families (Xagħra)
    *_s(
        "gozitan",
        "Refalo",
        "Buttigieg",
        "Mizzi",
        "Tabone",
        "Formosa",
        "Bezzina",
        "Xerri",
        "Gauci",
        "Cini",
        "Gatt",
        "Apap",
        "Cefai",
        "Curmi",
        "D'Amato",
        "D'Anastasi",
        "D'Emanuele",
    ),
    # Majorcan families (Sóller)
    *_s(
        "majorcan",
        "Bauzà",
        "Sastre",
        "Ramis",
        "Bestard",
        "Sureda",
        "Ferrer",
        "Fiol",
        "Rosselló",
        "Canyelles",
        "Salom",
        "Bibiloni",
        "Vallespir",
        "Garau",
        "Cladera",
        "Alcover",
        "Moyà",
        "Homar",
        "Estelrich",
        "Mascaró",
        "Amengual",
        "Gelabert",
    ),
    # Gascon families
    *_s(
        "gascon",
        "Lalanne",
        "Darrigade",
        "Laborde",
        "Lagardère",
        "Bordenave",
        "Dubarry",
        "Castaing",
        "Casenave",
        "Tauzin",
        "Larrieu",
        "Soubirous",
        "Darracq",
        "Labat",
        "Baylac",
        "Dupouy",
        "Lasserre",
        "Cazaux",
        "Destrade",
    ),
    # Alsatian families
    *_s(
        "alsatian",
        "Ungerer",
        "Hirtz",
        "Wackermann",
        "Schoettel",
        "Hechinger",
        "Haegelin",
        "Riehl",
        "Ehrhart",
        "Zeller",
        "Bilger",
        "Gsell",
        "Kientz",
        "Hincker",
        "Mutschler",
        "Rieffel",
        "Baehrel",
    ),
    # Limburg families (Maastricht)
    *_s(
        "limburg",
        "Vroemen",
        "Frissen",
        "Houben",
        "Lemmens",
        "Hendrikx",
        "Schrijnemakers",
        "Ubachs",
        "Wetzels",
        "Kurvers",
        "Bemelmans",
        "Crijns",
        "Dassen",
        "Smeets",
        "Ramakers",
        "Pluijmen",
        "Huntjens",
        "Ploumen",
        "Maessen",
        "Kessels",
        "van Gulpen",
        "van Loo",
        "van de Venne",
    ),
    # Tyrolean families
    *_s(
        "tyrolean",
        "Oberhofer",
        "Plattner",
        "Tschurtschenthaler",
        "Kofler",
        "Unterholzner",
        "Pircher",
        "Egger",
        "Innerhofer",
        "Niederkofler",
        "Stocker",
        "Gasser",
        "Obkircher",
        "Oberrauch",
        "Steinacher",
        "Zangerl",
        "Walch",
        "Pfurtscheller",
        "Kathrein",
        "Auer",
    ),
    # East Frisian families (Aurich)
    *_s(
        "east_frisian",
        "Eilers",
        "Hinrichs",
        "Onken",
        "Mammen",
        "Ihnen",
        "Tjaden",
        "Bohlen",
        "Saathoff",
        "Wübbena",
        "Doden",
        "Poppinga",
        "Freerksen",
        "Ukena",
        "Gerdes",
        "Frerichs",
        "Oltmanns",
        "Ihmels",
        "Wilken",
        "Heeren",
    ),
    # Transylvanian Saxon families (Sibiu)
    *_s(
        "transylvanian_saxon",
        "Schuller",
        "Fabini",
        "Wolff",
        "Teutsch",
        "Kraus",
        "Roth",
        "Hientz",
        "Göllner",
        "Drotleff",
        "Zikeli",
        "Theiss",
        "Scheiner",
        "Schunn",
        "Thellmann",
        "Folberth",
        "Capesius",
        "Plajer",
        "Ongyerth",
        "Csallner",
        "Tontsch",
    ),
    # Finland-Swedish families (Ostrobothnia)
    *_s(
        "finland_swedish",
        "Storbacka",
        "Forsblom",
        "Ekholm",
        "Nyman",
        "Sundström",
        "Söderlund",
        "Forsström",
        "Sjöblom",
        "Westerlund",
        "Nordling",
        "Björkqvist",
        "Granholm",
        "Sandvik",
        "Backman",
        "Enqvist",
        "Holmström",
        "Grönroos",
        "Wikström",
        "Öhman",
        "Blomqvist",
    ),
]
SURNAMES_WORD = [
    # Fell-farming surnames that are words
    *_s(
        "fell_farming",
        "Askew",
        "Woof",
        "Grave",
        "Sprout",
        "Hail",
        "Brow",
        "Stubble",
        "Sower",
        "Reaper",
        "Fold",
        word=True,
    ),
    # Eden valley surnames that are words
    *_s(
        "eden_valley",
        "Wager",
        "Twine",
        "Beacon",
        "Manger",
        "Witty",
        "Rump",
        "Daft",
        "Lent",
        word=True,
    ),
    # West Cumberland surnames that are words
    *_s(
        "west_cumbrian",
        "Board",
        "Bedding",
        "Brittle",
        "Hack",
        "Town",
        "Standing",
        "Kind",
        "Host",
        word=True,
    ),
    # Barrow surnames that are words
    *_s(
        "barrow_shipyard",
        "Ringer",
        "Cutting",
        "Buttery",
        "Needle",
        "Stocking",
        "Trigger",
        word=True,
    ),
    # Solway surnames that are words
    *_s("solway", "Sword", "Service", "Home", "Bigger", "Kipper", "Curlew", "Bound", word=True),
    # Cornish miners' surnames that are words
    *_s(
        "millom_cornish",
        "Sleep",
        "Laity",
        "Chanter",
        "Batten",
        "Maunder",
        "Cock",
        "Cocks",
        "Pillar",
        "Venison",
        word=True,
    ),
    # Sellafield surnames that are words
    *_s("sellafield", "Peppercorn", "Beet", "Flax", "Spruce", "Purple", "Russet", word=True),
    # Newfoundland surnames that are words
    *_s("newfoundland", "Peddle", "Keeping", "Fewer", "Parrot", "Hookey", word=True),
    # Cleator Moor surnames that are words
    *_s("cleator_irish", "Diver", "Wafer", word=True),
    # Surnames from abroad that are also English words
    *_s("kumaoni", "Pant", word=True),
    *_s("kpelle", "Sumo", word=True),
    *_s("ewondo", "Manga", word=True),
    *_s("berom", "Bot", word=True),
    *_s("east_frisian", "Harms", word=True),
    *_s("limburg", "Pot", word=True),
    *_s("alsatian", "Fest", word=True),
    *_s("transylvanian_saxon", "Binder", "Bitter", "Most", "Fuss", word=True),
]


POOL = NamePool(
    female=FEMALE,
    male=MALE,
    female_word=FEMALE_WORD,
    male_word=MALE_WORD,
    surnames=SURNAMES,
    surnames_word=SURNAMES_WORD,
    streets=[
        "Botchergate",
        "Scotch Street",
        "Lowther Street",
        "Dalton Road",
        "Hindpool Road",
        "Michaelson Road",
        "Walney Road",
        "Schneider Square",
        "Roose Road",
        "Rawlinson Street",
        "Stricklandgate",
        "Finkle Street",
        "Stramongate",
        "Crellin Street",
        "Senhouse Street",
        "Curzon Street",
        "Crosby Street",
        "Pow Street",
        "Vulcans Lane",
        "Tangier Street",
        "Roper Street",
        "Warwick Road",
        "Rickergate",
        "Devonshire Street",
        "Cavendish Street",
        "Harrington Road",
    ],
    blocks=[
        "Calder House",
        "Ehen Court",
        "Eden Court",
        "Solway Court",
        "Skiddaw House",
        "Helvellyn Court",
        "Kirkstone House",
        "Walney Court",
        "Hindpool Court",
        "Scafell Court",
        "Blencathra House",
        "Duddon House",
    ],
    towns=[
        "Penrith",
        "Egremont",
        "Cockermouth",
        "Keswick",
        "Silloth",
        "Wigton",
        "Aspatria",
        "Dalton-in-Furness",
        "Askam-in-Furness",
        "Frizington",
        "Seascale",
        "Flimby",
        "Longtown",
        "Alston",
        "Appleby-in-Westmorland",
        "Kirkby Stephen",
        "Haverigg",
        "Bowness-on-Solway",
        "St Bees",
        "Caldbeck",
        "Mangaluru",
        "Kozhikode",
        "Hakha",
        "Wenzhou",
        "Manado",
        "Medellín",
        "Caruaru",
        "Gbarnga",
        "Butembo",
        "Mbale",
        "Bukoba",
        "Zugdidi",
        "Koplik",
        "Aurich",
        "Sibiu",
        "Sóller",
        "Gytheio",
        "Xagħra",
        "Jos",
        "Dangriga",
        "Marijampolė",
    ],
    stems=[
        "Skiddaw",
        "Blencathra",
        "Helvellyn",
        "Scafell",
        "Ennerdale",
        "Wasdale",
        "Eskdale",
        "Calder",
        "Ehen",
        "Solway",
        "Walney",
        "Hodbarrow",
        "Duddon",
        "Whinlatter",
    ],
    pubs=[
        "The Haaf Netter",
        "The Yan Tyan Tethera",
        "The Herdwick Tup",
        "The Marra's Rest",
        "The Fell Pony",
        "The Tatie Pot",
        "The Rum Butter",
        "The Clog and Iron",
        "The Hound Trail",
        "The Shipwright's Arms",
        "The Iron Ore",
        "The Hodbarrow Lamp",
        "The Sheep Wash",
    ],
)
