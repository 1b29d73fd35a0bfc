"""Names for the twenty-fourth holdout pool (``holdout24``), written blind for issue 13 by
someone who had not read the redaction engine, its documentation, its word lists or its
benchmark output. None of its given names, nicknames or surnames (nor any word of a
multiword or hyphenated one, bar the particles) is in the dev and test lists (names.py)
or in names_holdout2.py to names_holdout23.py, which were read only to keep clear of
them: every candidate was checked against those files by a small script, and most of the
first choices were dropped (nearly all the plain English, Irish, Welsh and Scottish given
names the writer tried, and nearly all the English surnames that are words, had gone).
No name list of any Python package or elsewhere on disk was used to choose or check the
names; only /usr/share/dict was used, to confirm that a word-name or word-surname is an
English word (every one of them is in british-english, in lower case). The story is set
in Blackpool and the Fylde coast of Lancashire (Blackpool, Fleetwood, Lytham St Annes,
Cleveleys, Thornton, Poulton-le-Fylde, Kirkham, Preston, Garstang, Knott End, Bispham);
the larger towns are in earlier pools' lists, so its places are the streets of
Blackpool, Fleetwood and Preston (Talbot Road, Dickson Road, Abingdon Street, Topping
Street, Central Drive, Caunce Street, Red Bank Road, Rigby Road, Bloomfield Road, Squires
Gate Lane, Dock Street, Kemp Street, Larkholme Lane, Fishergate, Friargate, Lune Street,
Deepdale Road, Plungington Road, Ribbleton Lane, New Hall Lane), blocks named after the
districts (Rossall Court, Anchorsholme Court, Norbreck House, Mereside House, Avenham
Towers, Revoe Court), the small towns and villages of the Fylde and the Ribble and Wyre
(Lytham, St Annes, Cleveleys, Thornton, Poulton-le-Fylde, Kirkham, Garstang, Knott
End-on-Sea, Preesall, Pilling, Hambleton, Staining, Wesham, Elswick, Great Eccleston,
St Michael's on Wyre, Freckleton, Wrea Green, Stalmine, Inskip, Longridge, Goosnargh),
local words for the schools, surgeries and works (Bispham, Marton, Norbreck,
Anchorsholme, Mereside, Claremont, Fylde, Wyre, Skippool, Pharos, Marsh Mill, Starr
Gate, Amounderness, Layton Hill), invented coast pubs (The Sandgrown'un, The Stick of
Rock, The Donkey Derby, The Tower Lion, The Pharos Light, The Ringmaster ...) and some of
the towns abroad that families came from (Wuqiao, Welkite, Wundanyi, Bagamoyo, Chipinge,
Plumtree, Ikot Ekpene, Axim, Bharuch, Nawanshahr, Gujar Khan, Chitral, Khuzdar, Jolo,
Penampang, Lamphun, Sittwe, Chioggia, Piana degli Albanesi, Zierikzee, Husum, Pajala,
Olonets, Kolka, Myszyniec, Rădăuți, Makarska, Rovinj, Spetses, Kormakitis, Sohag,
Shadegan, Rahat). No engine was run on this pool while it was being written.

The people are those of England and Wales today, drawn from traditions the earlier pools
used little or not at all. The coast's own first: Fylde farming families (the old
Amounderness names of the parish registers: Isott, Alse, Grisel, Dowsabel, Helewise,
Mawde, Emmot, Ughtred, Randle, Nowell, Lanty, Hamnet), the old Catholic (recusant)
families of the Fylde (Frideswide, Scholastica, Apollonia, Alban, Placid; Westby,
Clifton, Haydock, Gillow, Scarisbrick, Rigmaiden), Fleetwood trawler and dock families,
Blackpool landladies' and hoteliers' families, Lancashire showmen's (fairground)
families, the circus families of the Tower Circus (Italian: Togni, Zoppè, Cairoli,
Orfei, Cristiani, Truzzi; German and Austrian: Althoff, Sarrasani, Hagenbeck, Renz,
Krone, Traber; Czech: Berousek, Kludský; Russian: Durov, Zapashny, Filatov, Nikulin;
French: Bouglione, Gruss, Fratellini, Zavatta, Franconi, Medrano), the mill-town
families of east Lancashire who retired to the coast, the Glasgow and Ulster
holidaymakers who stayed, Irish-speaking families of the Shaw's Road Gaeltacht in
Belfast (in the Irish forms), Mayo families (the seasonal hotel workers), Welsh families
from the north Wales coast, and Preston's families: Gujarati Muslims from Bharuch,
Punjabi Sikhs from the Doaba and Pothwari families from Gujar Khan. Then families of
origins the earlier pools had not used: Chitrali, Brahui and Chhetri families;
acrobats' families from Wuqiao in Hebei and Sichuanese families; Gurage and Wolaita
families from Ethiopia, Taita and Zaramo families (the acrobats of the Kenyan and
Tanzanian coast), Ndau and Kalanga families from Zimbabwe (care workers), Annang
families from Ikot Ekpene and Nzema families from Axim; Cebuano, Tausug and Kadazan
families (nurses), northern Thai (Lanna) and Rakhine families; Calabrian, Venetian
(Chioggia), Piedmontese, Arbëreshë and Ticinese families (the cafés and ice-cream
parlours); Andalusian, Valencian and Alentejo families (the hotels); Saxon, Westphalian,
North Frisian and Styrian families; Zeeland and North Brabant families; Jutland fishing
families from Esbjerg, Tornedalian families from Pajala, Karelian families from Olonets
and Livonian families from the Courland coast; Kurpie and Lemko families from Poland,
Oltenian and Bukovinian families from Romania, Dalmatian and Istrian families from
Croatia; Arvanite, Corfiot and Sarakatsani Greek families and Maronite Cypriot families
from Kormakitis; Upper Egyptian (Saʽidi) families from Sohag and Qena, Ahwazi Arab
families from Khuzestan, Bedouin families of the Naqab and Singapore Malay families.

Nicknames are what families call people: Lancashire -y, -ie and cut-offs (Issy, Alsie,
Grizzy, Dowsie, Avy, Hellie, Mawdie, Emmotty, Ughty, Ranty, Nowey, Lant, Hamkin, Fridy,
Scholly, Pollie, Albie, Hyl, Eenie, Wina, Velly, Denny, Gran, Wallie, Lett, Lillibet,
Avvy, Algy, Norry, Venie, Tammy, Zac, Emmie, Lukey); Glasgow and Ulster forms (Jenty,
Reen, Shuggy, Boaby, San, Gawnie, Dawsie, Blairie); Irish -ín and -een (Clíona,
Tuathalín, Mícheálín, Cuánín, Seaney, Festie, Furse, Dympie, Packy); Welsh (Dilli,
Lunie, Eiry, Tecky, Urri); Italian -ino, -etto and cut-offs (Bruna, Nilde, Cleli, Gigì,
Orni, Chicco, Restin, Gidio, Tarci, Milca, Etto, Tetta, Brunuzzo, Verio, Gigiota,
Bortolina, Mariuccia, Nanetto, Zanetto, Bastianin, Ghitin, Giuan, Michin, Tistin,
Femia, Natino, Plinietto, Remino); German -i, -l and -chen (Heidi, Brunni, Linde,
Carli, Hede, Gebi, Friedl, Orti, Volki, Bertl, Heiki, Antjechen, Karlchen, Uwi, Mirkie,
Totti, Mechti, Lisbeth, Bernd, Hennes, Jupp, Clemi, Katherl, Poldl, Nazl); North
Frisian, Dutch and Danish forms (Inki, Keiki, Göni, Ockie, Mommi, Knuddi, Sönki, Jantje,
Kaat, Janus, Krijntje, Iek, Drieka, Mieke, Dientje, Har, Driekske, Stine, Madse,
Niller, Sørre, Tolle); Czech -ka, -ek and -íček (Miládka, Věnka, Bedra, Drahuše,
Kašpárek, Hyneček, Jindra, Prokůpek); Russian -sha and -ik (Fisa, Glasha, Dunyasha,
Klava, Seva, Rostik, Zhenya, Savva, Porfisha); French doubled and -ette forms (Léo,
Lucette, Pion, Milou, Fonfon, Gugusse, Natole); Gujarati -bai and -u (Sugu, Hajju,
Rashi, Aminabai, Mammu, Sullu, Ibbu); Punjabi and Pothwari -o, -u and -a (Reshmo,
Swaro, Dialu, Piaru, Karta, Nailu, Razo, Bashi, Kanizo, Ferozi, Shazo, Shazu, Sohri,
Dosti); Nepali -u (Bhadri, Shovu, Nare, Pushu, Yagu); the northern Chinese -zi and the
Sichuanese -wa and doubled forms (Lanzi, Fangzi, Xiuzi, Yingzi, Zhongzi, Shanzi, Zhuzi,
Shunzi, Qiongqiong, Mingwa, Kunwa, Quanwa); Ethiopian, East and West African cut-offs
(Birtu, Shitu, Fanti, Demu, Gebe, Zene, Ersu, Kesho, Wakii, Shai, Mwanda, Ghanga, Shaba,
Nhams, Busi, Thabs, Zee, Imey, Akan, Nyame); Philippine, Malaysian, Thai and Burmese
forms (Gaya, Haida, Naida, Yana, Nah, Kaew, Yaya, Singsing, Hla Hla, Aini, Edah, Iskan,
Arul, Ayie); Spanish, Catalan and Portuguese forms (Espe, Ampa, Visanteta, Empareta,
Visantet, Tiste, Quelo, Tuta, Britinha, Petinha); Finnish, Karelian and Latvian forms
(Ritu, Hiltu, Tyykki, Einari, Topi, Väiski, Anniska, Maikkoi, Dunjoi, Okku, Iivo,
Ontto, Frīda, Dārtiņa, Didzis); Polish, Lemko, Romanian and Croatian forms (Walek,
Ivanko, Ghina, Domnicuța, Larion, Dragu, Vinkica, Tonkica, Jere, Tonko, Duje, Olivica);
Greek (Koula, Roula, Vangelitsa, Mitro, Sakis, Nionios, Matis, Dosis, Zisakos,
Yiakoumi, Yioulis); and Arabic -oush, -oub and cut-offs (Nabawi, Sayo, Shoshou, Bousy,
Tofy, Fathy, Rago, Mitwa, Ezzo, Gabr, Kawthi, Hamdu, Thamoun, Jabbour, Hattoub,
Sabhiyya, Hamdoush, Maryoush, Nasroush, Slimaan, Eidi, Atiyya).

Hardly more than the Spec's minimum of word-names is given (fourteen for women and
eighteen for men, from thirteen origins), because after twenty-three pools almost every
word-name the writer could think of was already taken (the Gladiators of the 1990s and
2024, the Spice Girls, most drag queens, wrestlers, darts and snooker players the writer
tried, and every English-word given name tried, from the virtues to the Zimbabwean and
Ghanaian word-names). Two are given names that are words: Placid (a Benedictine name,
given in old Catholic families) and Pharaoh (a given name among Romany and showland
families). The rest are ring names, stage names or sports nicknames: what their bearers
are called rather than names given at birth. All of them rest on the writer's memory
alone; none was checked against any source. Those the writer is sure of, with a bearer
each: Viper (the Scottish wrestler, later Piper Niven in WWE), Rap (DJ Rap,
Charissa Saverio), Foxes (Louisa Rose Allen, the singer), Eureka (Eureka O'Hara, of
RuPaul's Drag Race), Awesome (Awesome Kong, Kia Stevens), Starlight (Starlight Kid, of
Stardom), Jungle (Jungle Kyona, of Stardom), Spitfire (Mark Webster, darts), Exotic
(Adrian Street, the Welsh wrestler), Pistol (Mark Allen, snooker, from Antrim),
Stroller (George Graham), Tornado (Tony Drago, the Maltese snooker player), Chariots
(Martin Offiah, of Widnes and Wigan), Novelist (Kojo Kankam, the grime MC), Voltage (Rob
Cross, darts), Nuke (Luke Littler, darts), Cobra (Carl Froch), Psycho (Stuart Pearce),
Zinc (DJ Zinc, Benjamin Pettit), Hype (DJ Hype, Kevin Ford), Fluff (Alan Freeman, the
DJ), Juvenile (Terius Gray) and Havoc (Kejuan Muchita, of Mobb Deep). Less certain:
Vinegar (Vinegar Strokes, of the first series of Drag Race UK), Mirage, Plasma and
Morphine (Morphine Love Dion), drag queens of the later American series, Killer (Killer
Kelly, the Portuguese wrestler, whose birth name the writer believes is Raquel
Lourenço), Cyclone (believed to be a woman Gladiator of the 2008 series) and Stealth
(believed to be a woman of the 2008 American Gladiators). No title-word, rank or role
is used as a name.

The word-surnames are surnames of the Fylde and Blackpool (Hacking, Tipping, Raw,
Parlour, Hallows, Bottoms), of Pendle (Device, the family of the Pendle witches), of
Fleetwood (Guppy, Mock), of Glasgow (Craw, Dollar, Mackintosh, Macadam), of Ulster and
Mayo (Strain, Shivers, Gibbons), German surnames (Krone, of the Circus Krone; Hunger,
Angst, Stump, Kitsch, Wetter, Bast, Rode), Dutch (Slot, Stoop, Brood), Italian (Motto,
Soprano, Palazzo, Pasta, Broccoli, Martini, Piccolo, Mascara), Spanish (Armada,
Mantilla, Bodega, Largo, Fresco), French and Belgian (Rivet, Bouquet, Dauphin, Curie,
Braille, Silhouette, Leotard, after the trapeze artist Jules Léotard, in the English
spelling, and Sax), and surnames from abroad that are also English words (Corpus,
Cebuano; Cilia, Maltese; Rattan, Punjabi; Jug, Istrian; Hurt, English; Goodnight, Sweat,
Person, Means, Derringer, Lax and Piston, American; Battle, African American; Holding,
Jamaican British; Border, Australian). A few (Raw, Bottoms, Motto, Soprano, Palazzo,
Mascara, Fresco, Mantilla, Corpus, Cilia, Jug, Macadam, Angst, Bast) the writer believes
to be real if rare surnames but has not confirmed. The surnames include particles (ap,
Mac/Nic, Mc, Ó/Ní, O', D', de, da, van, van de, El, Al-, Abu and bin/binte), hyphens (the
Al- forms, Große-Kleimann, Schulze-Frenking), spaces (ap Elidir, Ó Muirgheasa, Abu
Rabia, El Tahtawy, bin Jumaat, van Gestel, de Koeijer, da Serra, Dalla Libera),
apostrophes (O'Connor, O'Tuohy, D'Arienzo, D'Aquino, Al-Ka'bi), accents, lower-case
first letters (ap, bin, van, de, da) and forms that differ for women (Irish Ní and Nic,
Czech -ová and -á, Russian -a and -aya, Latvian -a and -e, Polish -ska, Greek -i, -a and
-ou, Malay binte)."""

from __future__ import annotations

from bench.redaction.names import NamePool, _f, _s

FEMALE = [
    # Fylde farming families (the old Amounderness names of the parish registers)
    *_f(
        "fylde_farming",
        "Isott",
        "Issy",
        "Alse",
        "Alsie",
        "Grisel",
        "Grizzy",
        "Dowsabel",
        "Dowsie",
        "Avice",
        "Avy",
        "Helewise",
        "Hellie",
        "Mawde",
        "Mawdie",
        "Emmot",
        "Emmotty",
    ),
    # Old Catholic (recusant) families of the Fylde
    *_f(
        "fylde_catholic",
        "Frideswide",
        "Fridy",
        "Scholastica",
        "Scholly",
        "Apollonia",
        "Pollie",
    ),
    # Fleetwood trawler and dock families
    *_f("fleetwood_trawler", "Hylda", "Hyl", "Ena", "Eenie", "Edwina", "Wina", "Velma", "Velly"),
    # Blackpool landladies' and hoteliers' families
    *_f("blackpool_landlady", "Lettie", "Lett", "Lilian", "Lillibet", "Avril", "Avvy"),
    # Lancashire showmen's (fairground) families
    *_f("lancashire_showmen", "Louvenia", "Venie", "Tamar", "Tammy"),
    # Mill-town families of east Lancashire who retired to the coast
    *_f("lancashire_mill", "Emmeline", "Emmie"),
    # Glasgow holidaymakers who stayed
    *_f("glaswegian", "Jeannette", "Jenty", "Rena", "Reen"),
    # Irish-speaking families of the Shaw's Road Gaeltacht, Belfast (the Irish forms)
    *_f("belfast_gaeltacht", "Clíodhna", "Clíona"),
    # Irish families from Mayo (the seasonal hotel workers)
    *_f("mayo", "Dymphna", "Dympie"),
    # Welsh families from the north Wales coast (Rhyl, Prestatyn, Flint)
    *_f("clwyd", "Dilwen", "Dilli", "Eiluned", "Lunie", "Eirwen", "Eiry"),
    # Italian circus families of the Tower Circus
    *_f(
        "tower_circus_italian",
        "Brunella",
        "Bruna",
        "Leonilde",
        "Nilde",
        "Clelia",
        "Cleli",
        "Gisella",
        "Gigì",
        "Ornella",
        "Orni",
    ),
    # German and Austrian circus families
    *_f(
        "circus_german",
        "Adelheid",
        "Heidi",
        "Brunhilde",
        "Brunni",
        "Gerlinde",
        "Linde",
        "Carola",
        "Carli",
        "Hedwig",
        "Hede",
    ),
    # Czech circus families
    *_f(
        "czech_circus",
        "Milada",
        "Miládka",
        "Věnceslava",
        "Věnka",
        "Bedřiška",
        "Bedra",
        "Drahomíra",
        "Drahuše",
    ),
    # Russian circus families (the Soviet state circus)
    *_f(
        "russian_circus",
        "Anfisa",
        "Fisa",
        "Glafira",
        "Glasha",
        "Avdotya",
        "Dunyasha",
        "Klavdiya",
        "Klava",
    ),
    # French circus families
    *_f("french_circus", "Léontine", "Léo", "Lucienne", "Lucette"),
    # Gujarati Muslim families of Preston from Bharuch district
    *_f(
        "bharuchi",
        "Sugrabibi",
        "Sugu",
        "Hajrabibi",
        "Hajju",
        "Rashida",
        "Rashi",
        "Amina",
        "Aminabai",
    ),
    # Punjabi Sikh families of Preston from the Doaba
    *_f("doabi", "Resham", "Reshmo", "Swaran", "Swaro"),
    # Pothwari families of Preston (Gujar Khan and Rawalpindi district)
    *_f("potohari", "Razia", "Razo", "Bashiran", "Bashi", "Kaneez", "Kanizo"),
    # Chitrali families
    *_f("chitrali", "Shahzadi", "Shazo"),
    # Chhetri families from western Nepal (the Gurkha families)
    *_f("chhetri", "Bhadrakali", "Bhadri", "Shova", "Shovu"),
    # Acrobats' families from Wuqiao, Hebei
    *_f(
        "hebei_acrobat",
        "Guilan",
        "Lanzi",
        "Shufang",
        "Fangzi",
        "Yuxiu",
        "Xiuzi",
        "Fengying",
        "Yingzi",
    ),
    # Sichuanese families (the restaurants and the university)
    *_f("sichuanese", "Shuqiong", "Qiongqiong"),
    # Gurage families from Welkite
    *_f("gurage", "Birtukan", "Birtu", "Shitaye", "Shitu", "Fantaye", "Fanti"),
    # Wolaita families from Sodo
    *_f("wolaita", "Zenebech", "Zene"),
    # Taita families from the Taita Hills (the acrobats of the Kenyan coast)
    *_f("taita", "Wakesho", "Kesho", "Wakio", "Wakii", "Mshai", "Shai"),
    # Kalanga families from Plumtree
    *_f("kalanga", "Busisiwe", "Busi"),
    # Annang families from Ikot Ekpene
    *_f("annang", "Ime", "Imey"),
    # Nzema families from Axim
    *_f("nzema", "Nyamekye", "Nyame"),
    # Cebuano families (nurses)
    *_f("cebuano", "Ligaya", "Gaya"),
    # Tausug families from Jolo
    *_f("tausug", "Nurhaida", "Haida", "Alnaida", "Naida"),
    # Kadazan families from Penampang
    *_f("kadazan", "Juliana", "Yana", "Rosnah", "Nah"),
    # Northern Thai (Lanna) families
    *_f("lanna", "Buakaew", "Kaew"),
    # Rakhine families from Sittwe
    *_f("rakhine", "Khin Hla", "Hla Hla"),
    # Calabrian families
    *_f("calabrian", "Teresina", "Tetta"),
    # Venetian families (Chioggia)
    *_f("venetian", "Gigia", "Gigiota", "Bortola", "Bortolina", "Marieta", "Mariuccia"),
    # Piedmontese families (the café and ice-cream families from Cuneo)
    *_f("piedmontese", "Margherita", "Ghitin"),
    # Valencian families
    *_f(
        "valencian",
        "Desamparados",
        "Ampa",
        "Vicenta",
        "Visanteta",
        "Empar",
        "Empareta",
    ),
    # Andalusian families
    *_f("andalusian", "Esperanza", "Espe"),
    # Alentejo families
    *_f("alentejano", "Gertrudes", "Tuta", "Brites", "Britinha", "Perpétua", "Petinha"),
    # Saxon families (Zwickau and Chemnitz)
    *_f("saxon", "Heike", "Heiki", "Antje", "Antjechen", "Karla", "Karlchen"),
    # Westphalian families (Münsterland)
    *_f("westphalian", "Mechtild", "Mechti", "Elisabeth", "Lisbeth"),
    # North Frisian families (Husum and the Halligen)
    *_f("north_frisian", "Inken", "Inki", "Keike", "Keiki", "Göntje", "Göni"),
    # Styrian families
    *_f("styrian", "Kathi", "Katherl"),
    # Ticinese families (the café families)
    *_f("ticinese", "Eufemia", "Femia"),
    # Zeeland families (Zierikzee; the fishermen)
    *_f("zeeland", "Janna", "Jantje", "Kaatje", "Kaat"),
    # North Brabant families
    *_f("brabant", "Drika", "Drieka", "Mie", "Mieke", "Dien", "Dientje"),
    # Jutland fishing families (Esbjerg; the trawlermen)
    *_f("jutlandic", "Kirstine", "Stine"),
    # Tornedalian families (Pajala and Haparanda)
    *_f("tornedalian", "Ritva", "Ritu", "Hilja", "Hiltu", "Tyyne", "Tyykki"),
    # Karelian families (Olonets)
    *_f("karelian", "Anni", "Anniska", "Maikki", "Maikkoi", "Dunja", "Dunjoi"),
    # Livonian families of the Courland coast (Kolka)
    *_f("livonian", "Elfrīda", "Frīda", "Dārta", "Dārtiņa"),
    # Oltenian families (Târgu Jiu)
    *_f("oltenian", "Gherghina", "Ghina"),
    # Bukovinian families (Rădăuți)
    *_f("bucovinian", "Domnica", "Domnicuța"),
    # Dalmatian families (Makarska and Sinj)
    *_f("dalmatian", "Vinka", "Vinkica", "Tonka", "Tonkica"),
    # Istrian families (Rovinj)
    *_f("istrian", "Oliva", "Olivica"),
    # Arvanite families (Hydra and Spetses)
    *_f("arvanite", "Kyriakoula", "Koula"),
    # Corfiot families
    *_f("corfiot", "Spyridoula", "Roula"),
    # Sarakatsani families
    *_f("sarakatsani", "Vangelio", "Vangelitsa"),
    # Upper Egyptian (Saʽidi) families from Sohag and Qena
    *_f(
        "saidi",
        "Nabawiya",
        "Nabawi",
        "Sayeda",
        "Sayo",
        "Shawqiya",
        "Shoshou",
        "Busaina",
        "Bousy",
        "Tafida",
        "Tofy",
    ),
    # Ahwazi Arab families (Khuzestan)
    *_f("ahwazi", "Kawthar", "Kawthi", "Hamdiya", "Hamdu", "Thamna", "Thamoun"),
    # Bedouin families of the Naqab (Rahat)
    *_f(
        "naqab_bedouin",
        "Sabha",
        "Sabhiyya",
        "Hamda",
        "Hamdoush",
        "Mariam",
        "Maryoush",
        "Nasra",
        "Nasroush",
    ),
    # Singapore Malay families
    *_f("singapore_malay", "Noraini", "Aini", "Zubaidah", "Edah"),
]

MALE = [
    # Fylde farming families (the old Amounderness names of the parish registers)
    *_f(
        "fylde_farming",
        "Ughtred",
        "Ughty",
        "Randle",
        "Ranty",
        "Nowell",
        "Nowey",
        "Lanty",
        "Lant",
        "Hamnet",
        "Hamkin",
    ),
    # Old Catholic (recusant) families of the Fylde
    *_f("fylde_catholic", "Alban", "Albie"),
    # Fleetwood trawler and dock families
    *_f("fleetwood_trawler", "Denholm", "Denny", "Granville", "Gran", "Wallace", "Wallie"),
    # Blackpool landladies' and hoteliers' families
    *_f("blackpool_landlady", "Algernon", "Algy", "Norris", "Norry"),
    # Lancashire showmen's (fairground) families
    *_f("lancashire_showmen", "Zacchaeus", "Zac"),
    # Mill-town families of east Lancashire who retired to the coast
    *_f("lancashire_mill", "Luke", "Lukey"),
    # Glasgow holidaymakers who stayed
    *_f("glaswegian", "Shug", "Shuggy", "Boab", "Boaby", "Sanny", "San"),
    # Ulster holidaymakers who stayed (Antrim and Down)
    *_f("ulster_scots", "Gawn", "Gawnie", "Dawson", "Dawsie", "Blair", "Blairie"),
    # Irish-speaking families of the Shaw's Road Gaeltacht, Belfast (the Irish forms)
    *_f(
        "belfast_gaeltacht",
        "Feargal",
        "Fearg",
        "Tuathal",
        "Tuathalín",
        "Mícheál",
        "Mícheálín",
        "Cuán",
        "Cuánín",
    ),
    # Irish families from Mayo (the seasonal hotel workers)
    *_f("mayo", "Festus", "Festie", "Seaneen", "Seaney", "Fursey", "Furse", "Packie", "Packy"),
    # Welsh families from the north Wales coast (Rhyl, Prestatyn, Flint)
    *_f("clwyd", "Tecwyn", "Tecky", "Urien", "Urri"),
    # Italian circus families of the Tower Circus
    *_f(
        "tower_circus_italian",
        "Enrico",
        "Chicco",
        "Oreste",
        "Restin",
        "Egidio",
        "Gidio",
        "Tarcisio",
        "Tarci",
        "Amilcare",
        "Milca",
        "Ettore",
        "Etto",
    ),
    # German and Austrian circus families
    *_f(
        "circus_german",
        "Gebhard",
        "Gebi",
        "Gottfried",
        "Friedl",
        "Ortwin",
        "Orti",
        "Volkmar",
        "Volki",
        "Adalbert",
        "Bertl",
    ),
    # Czech circus families
    *_f(
        "czech_circus",
        "Kašpar",
        "Kašpárek",
        "Hynek",
        "Hyneček",
        "Jindřich",
        "Jindra",
        "Prokop",
        "Prokůpek",
    ),
    # Russian circus families (the Soviet state circus)
    *_f(
        "russian_circus",
        "Vsevolod",
        "Seva",
        "Rostislav",
        "Rostik",
        "Yevgeny",
        "Zhenya",
        "Savely",
        "Savva",
        "Porfiry",
        "Porfisha",
    ),
    # French circus families
    *_f(
        "french_circus",
        "Sampion",
        "Pion",
        "Émilien-Achille",
        "Milou",
        "Alphonse",
        "Fonfon",
        "Gustave",
        "Gugusse",
        "Anatole",
        "Natole",
    ),
    # Gujarati Muslim families of Preston from Bharuch district
    *_f("bharuchi", "Mahmud", "Mammu", "Suleman", "Sullu", "Ibrahim", "Ibbu"),
    # Punjabi Sikh families of Preston from the Doaba
    *_f("doabi", "Hardial", "Dialu", "Piara", "Piaru", "Kartar", "Karta", "Karnail", "Nailu"),
    # Pothwari families of Preston (Gujar Khan and Rawalpindi district)
    *_f("potohari", "Feroz", "Ferozi"),
    # Chitrali families
    *_f("chitrali", "Shahzada", "Shazu"),
    # Brahui families (Kalat and Khuzdar)
    *_f("brahui", "Sohrab", "Sohri", "Shahdost", "Dosti"),
    # Chhetri families from western Nepal (the Gurkha families)
    *_f("chhetri", "Narbahadur", "Nare", "Pushkar", "Pushu", "Yagya", "Yagu"),
    # Acrobats' families from Wuqiao, Hebei
    *_f(
        "hebei_acrobat",
        "Guozhong",
        "Zhongzi",
        "Baoshan",
        "Shanzi",
        "Tiezhu",
        "Zhuzi",
        "Changshun",
        "Shunzi",
    ),
    # Sichuanese families (the restaurants and the university)
    *_f("sichuanese", "Deming", "Mingwa", "Chengkun", "Kunwa", "Shiquan", "Quanwa"),
    # Gurage families from Welkite
    *_f("gurage", "Demeke", "Demu", "Gebeyehu", "Gebe"),
    # Wolaita families from Sodo
    *_f("wolaita", "Ersado", "Ersu"),
    # Taita families from the Taita Hills (the acrobats of the Kenyan coast)
    *_f("taita", "Mwandawiro", "Mwanda", "Mghanga", "Ghanga"),
    # Zaramo families from Bagamoyo
    *_f("zaramo", "Shabani", "Shaba"),
    # Ndau families from Chipinge
    *_f("ndau", "Nhamo", "Nhams"),
    # Kalanga families from Plumtree
    *_f("kalanga", "Thabani", "Thabs", "Zenzo", "Zee"),
    # Annang families from Ikot Ekpene
    *_f("annang", "Akaninyene", "Akan"),
    # Northern Thai (Lanna) families
    *_f("lanna", "Panya", "Yaya", "Khamsing", "Singsing"),
    # Calabrian families
    *_f("calabrian", "Bruno", "Brunuzzo", "Saverio", "Verio"),
    # Venetian families (Chioggia)
    *_f("venetian", "Nane", "Nanetto", "Zuane", "Zanetto", "Bastian", "Bastianin"),
    # Piedmontese families (the café and ice-cream families from Cuneo)
    *_f("piedmontese", "Giuanin", "Giuan", "Michelin", "Michin", "Battista", "Tistin"),
    # Arbëreshë families (Piana degli Albanesi)
    *_f("arbereshe", "Ndrekë", "Ndreka", "Shtjefën", "Fani", "Lekë", "Leku"),
    # Valencian families
    *_f("valencian", "Vicent", "Visantet", "Batiste", "Tiste", "Pasqual", "Quelo"),
    # Saxon families (Zwickau and Chemnitz)
    *_f("saxon", "Uwe", "Uwi", "Mirko", "Mirkie", "Torsten", "Totti"),
    # Westphalian families (Münsterland)
    *_f(
        "westphalian",
        "Bernhard",
        "Bernd",
        "Heinrich",
        "Hennes",
        "Josef",
        "Jupp",
        "Clemens",
        "Clemi",
    ),
    # North Frisian families (Husum and the Halligen)
    *_f(
        "north_frisian",
        "Ocke",
        "Ockie",
        "Momme",
        "Mommi",
        "Knudt",
        "Knuddi",
        "Sönke",
        "Sönki",
    ),
    # Styrian families
    *_f("styrian", "Leopold", "Poldl", "Ignaz", "Nazl"),
    # Ticinese families (the café families)
    *_f("ticinese", "Nonato", "Natino", "Plinio", "Plinietto", "Remo", "Remino"),
    # Zeeland families (Zierikzee; the fishermen)
    *_f("zeeland", "Adriaan", "Janus", "Krijn", "Krijntje", "Izaak", "Iek"),
    # North Brabant families
    *_f("brabant", "Harrie", "Har", "Driek", "Driekske"),
    # Jutland fishing families (Esbjerg; the trawlermen)
    *_f(
        "jutlandic",
        "Mads",
        "Madse",
        "Niels",
        "Niller",
        "Søren",
        "Sørre",
        "Thorvald",
        "Tolle",
    ),
    # Tornedalian families (Pajala and Haparanda)
    *_f("tornedalian", "Eino", "Einari", "Toivo", "Topi", "Väinö", "Väiski"),
    # Karelian families (Olonets)
    *_f("karelian", "Okuli", "Okku", "Iivana", "Iivo", "Ondrei", "Ontto"),
    # Livonian families of the Courland coast (Kolka)
    *_f("livonian", "Didrihs", "Didzis"),
    # Kurpie families (the Green Forest, Myszyniec)
    *_f("kurpie", "Walenty", "Walek"),
    # Lemko families (Gorlice and Krynica)
    *_f("lemko", "Ivan", "Ivanko"),
    # Bukovinian families (Rădăuți)
    *_f("bucovinian", "Ilarion", "Larion", "Dragoș", "Dragu"),
    # Dalmatian families (Makarska and Sinj)
    *_f("dalmatian", "Jerolim", "Jere", "Tonči", "Tonko", "Dujam", "Duje"),
    # Arvanite families (Hydra and Spetses)
    *_f("arvanite", "Mitros", "Mitro", "Thanassis", "Sakis"),
    # Corfiot families
    *_f("corfiot", "Dionysios", "Nionios", "Stamatis", "Matis"),
    # Sarakatsani families
    *_f("sarakatsani", "Theodosis", "Dosis", "Zisis", "Zisakos"),
    # Maronite Cypriot families (Kormakitis)
    *_f("maronite_cypriot", "Yiakoumis", "Yiakoumi", "Georgoullis", "Yioulis"),
    # Upper Egyptian (Saʽidi) families from Sohag and Qena
    *_f(
        "saidi",
        "Fathi",
        "Fathy",
        "Ragab",
        "Rago",
        "Mitwalli",
        "Mitwa",
        "Ezz-Eddin",
        "Ezzo",
        "Gaber",
        "Gabr",
    ),
    # Ahwazi Arab families (Khuzestan)
    *_f("ahwazi", "Jabir", "Jabbour", "Hattab", "Hattoub"),
    # Bedouin families of the Naqab (Rahat)
    *_f("naqab_bedouin", "Salman", "Slimaan", "Eid", "Eidi", "Atiyeh", "Atiyya"),
    # Singapore Malay families
    *_f("singapore_malay", "Iskandar", "Iskan", "Hairul", "Arul", "Shahrir", "Ayie"),
]

FEMALE_WORD = [
    # Scottish ring names that are words
    *_f("scottish", "Viper", "Vipe", word=True),
    # English stage and ring names that are words (DJs, singers, drag, the Gladiators)
    *_f("english", "Rap", "Rappy", "Foxes", "Foxo", "Vinegar", "Vinny", word=True),
    *_f("english", "Cyclone", "Cycy", word=True),
    # American stage and ring names that are words (drag, wrestling, the Gladiators)
    *_f("american", "Eureka", "Reka", "Mirage", "Rage", "Plasma", "Plaz", word=True),
    *_f("american", "Morphine", "Morph", "Awesome", "Awesie", "Stealth", "Stelly", word=True),
    # Japanese ring names that are words (women wrestlers)
    *_f("japanese", "Jungle", "Jungo", "Starlight", "Starla", word=True),
    # Portuguese ring names that are words
    *_f("portuguese", "Killer", "Kill", word=True),
]

MALE_WORD = [
    # Old Catholic and showland given names that are words
    *_f("fylde_catholic", "Placid", "Placie", word=True),
    *_f("lancashire_showmen", "Pharaoh", "Pharo", word=True),
    # Welsh sports and ring nicknames that are words
    *_f("welsh", "Spitfire", "Spitty", "Exotic", "Exo", word=True),
    # Northern Irish sports nicknames that are words
    *_f("northern_irish", "Pistol", "Pisty", word=True),
    # Scottish sports nicknames that are words
    *_f("scottish", "Stroller", "Strolly", word=True),
    # Maltese sports nicknames that are words
    *_f("maltese", "Tornado", "Nado", word=True),
    # Black British sports nicknames and stage names that are words
    *_f("black_british", "Chariots", "Chaz", "Novelist", "Nov", word=True),
    # English sports nicknames, ring names and DJs' names that are words
    *_f("english", "Voltage", "Volts", "Nuke", "Nukey", "Cobra", "Cob", word=True),
    *_f("english", "Psycho", "Psych", "Zinc", "Zinky", "Hype", "Hypey", word=True),
    # Australian DJs' names that are words
    *_f("australian", "Fluff", "Fluffy", word=True),
    # African American stage names that are words
    *_f("african_american", "Juvenile", "Juvie", "Havoc", "Hav", word=True),
]

SURNAMES = [
    # Fylde farming families
    *_s(
        "fylde_farming",
        "Swarbrick",
        "Sowerbutts",
        "Cornall",
        "Rawcliffe",
        "Bilsborrow",
        "Hothersall",
        "Gornall",
        "Shorrock",
        "Wareing",
        "Bleasdale",
        "Ainscough",
        "Charnley",
        "Breckell",
        "Cardwell",
        "Iddon",
        "Cumpsty",
        "Cartmell",
        "Salthouse",
    ),
    # Old Catholic (recusant) families of the Fylde
    *_s(
        "fylde_catholic",
        "Westby",
        "Clifton",
        "Haydock",
        "Carus",
        "Gillow",
        "Brockholes",
        "Scarisbrick",
        "Culcheth",
        "Rigmaiden",
        "Dicconson",
        "Hoghton",
    ),
    # Fleetwood trawler and dock families
    *_s(
        "fleetwood_trawler",
        "Leadbetter",
        "Wardle",
        "Pooley",
        "Glew",
        "Hensby",
        "Gorst",
        "Lowcock",
        "Bickerstaffe",
        "Mashiter",
        "Trippier",
        "Charnock",
    ),
    # Blackpool landladies' and hoteliers' families
    *_s(
        "blackpool_landlady",
        "Rothwell",
        "Kershaw",
        "Schofield",
        "Duckworth",
        "Hollinrake",
        "Lomax",
        "Hindle",
        "Sagar",
        "Uttley",
        "Halstead",
    ),
    # Lancashire showmen's (fairground) families
    *_s(
        "lancashire_showmen",
        "Pickard",
        "Wilmot",
        "Hatwell",
        "Cottrell",
        "Studt",
        "Swales",
        "Fossett",
        "Sanger",
        "Wombwell",
        "Jennison",
        "Pollitt",
    ),
    # Mill-town families of east Lancashire
    *_s("lancashire_mill", "Clegg", "Howarth", "Chadwick", "Barlow", "Haslingden"),
    # Glasgow families
    *_s(
        "glaswegian",
        "MacIlvanney",
        "MacGlashan",
        "MacAlinden",
        "MacPhillips",
        "McQuarrie",
        "McAvennie",
        "McCluskey",
        "McGrory",
        "McStay",
        "Tennent",
        "Nisbet",
        "Gemmell",
        "Gallacher",
    ),
    # Ulster families
    *_s(
        "ulster_scots",
        "McIlwaine",
        "McConkey",
        "McCrea",
        "McFaul",
        "McKinstry",
        "McMordie",
        "McQuiston",
        "McClenaghan",
        "McIlhagga",
        "McCurdy",
        "Agnew",
        "Boal",
        "Lyttle",
        "Weatherup",
        "Kernohan",
        "Crothers",
    ),
    # Irish-speaking families of the Shaw's Road Gaeltacht (the Irish forms)
    *_s(
        "belfast_gaeltacht",
        "Ó Muirgheasa/Ní Mhuirgheasa",
        "Ó Cairealláin/Ní Chairealláin",
        "Ó Maolchraoibhe/Ní Mhaolchraoibhe",
        "Ó hAnnaidh/Ní Annaidh",
        "MacAirt/NicAirt",
        "MacSeáin/NicSeáin",
        "MacCionnaith/NicCionnaith",
        "MacAonghusa/NicAonghusa",
        "MacPháidín/NicPháidín",
        "MacEoin/NicEoin",
    ),
    # Mayo families
    *_s(
        "mayo",
        "O'Connor",
        "O'Reilly",
        "O'Hart",
        "O'Heyne",
        "O'Tuohy",
        "O'Ruane",
        "Gaughan",
        "Heneghan",
        "Durcan",
        "Padden",
        "Mulchrone",
        "Naughton",
        "Lavelle",
        "Munnelly",
    ),
    # Welsh families of the north Wales coast
    *_s(
        "clwyd",
        "ap Elidir",
        "ap Cadell",
        "Salusbury",
        "Conwy",
        "Ffoulkes",
        "Myddelton",
        "Kenrick",
        "Yale",
    ),
    # Italian circus families
    *_s(
        "tower_circus_italian",
        "Togni",
        "Zoppè",
        "Casartelli",
        "Cairoli",
        "Caroli",
        "Frediani",
        "Canestrelli",
        "Caveagna",
        "Orfei",
        "Cristiani",
        "Colombaioni",
        "Truzzi",
        "D'Arienzo",
        "D'Elia",
        "D'Aquino",
        "D'Amelio",
    ),
    # German and Austrian circus families
    *_s(
        "circus_german",
        "Althoff",
        "Sarrasani",
        "Hagenbeck",
        "Renz",
        "Busch",
        "Strassburger",
        "Sembach",
        "Probst",
        "Spindler",
        "Siemoneit",
        "Traber",
        "Holzmüller",
    ),
    # Czech circus families
    *_s(
        "czech_circus",
        "Berousek/Berousková",
        "Kludský/Kludská",
        "Kočka/Kočková",
        "Jokl/Joklová",
        "Bureš/Burešová",
        "Navrátil/Navrátilová",
        "Formánek/Formánková",
        "Vejvoda/Vejvodová",
        "Zezula/Zezulová",
        "Maršálek/Maršálková",
    ),
    # Russian circus families
    *_s(
        "russian_circus",
        "Durov/Durova",
        "Zapashny/Zapashnaya",
        "Filatov/Filatova",
        "Bugrimov/Bugrimova",
        "Nikulin/Nikulina",
        "Kornilov/Kornilova",
        "Shuvalov/Shuvalova",
        "Volzhansky/Volzhanskaya",
        "Kantemirov/Kantemirova",
        "Bagdasarov/Bagdasarova",
    ),
    # French circus families
    *_s(
        "french_circus",
        "Bouglione",
        "Gruss",
        "Fratellini",
        "Zavatta",
        "Rancy",
        "Franconi",
        "Medrano",
        "Bazola",
        "Falck",
        "Romanès",
        "Achterberg",
    ),
    # Gujarati Muslim families from Bharuch
    *_s(
        "bharuchi",
        "Valli",
        "Bhula",
        "Dhorat",
        "Karolia",
        "Ugharadar",
        "Pandor",
        "Makda",
        "Sidat",
        "Tankarvi",
        "Ikharia",
        "Lorgat",
        "Nakhuda",
        "Chothia",
        "Hafeji",
        "Dudhwala",
        "Manjra",
        "Sacranie",
    ),
    # Punjabi Sikh families from the Doaba
    *_s(
        "doabi",
        "Mahal",
        "Heer",
        "Sanghera",
        "Takhar",
        "Phagura",
        "Rehal",
        "Dhanda",
        "Bual",
        "Hayre",
        "Uppal",
    ),
    # Pothwari families
    *_s("potohari", "Khokhar", "Jasra", "Chib", "Bangial"),
    # Chitrali families
    *_s("chitrali", "Khushwaqt", "Katoor", "Raees", "Zondra"),
    # Brahui families
    *_s("brahui", "Shahwani", "Lehri", "Sasoli", "Bangulzai", "Langove", "Mirwani"),
    # Chhetri families
    *_s(
        "chhetri",
        "Khatri",
        "Rawal",
        "Dangi",
        "Mahat",
        "Raut",
        "Silwal",
        "Kathayat",
        "Bogati",
        "Katuwal",
    ),
    # Acrobats' families from Wuqiao, Hebei
    *_s(
        "hebei_acrobat",
        "Xia",
        "Bian",
        "Niu",
        "Dou",
        "Kou",
        "Nie",
        "Qiao",
        "Hou",
        "Zang",
        "Pei",
        "Shang",
    ),
    # Sichuanese families
    *_s("sichuanese", "Xian", "Shuai", "Gan", "Jian"),
    # Gurage families
    *_s(
        "gurage",
        "Ayalew",
        "Wube",
        "Yimer",
        "Kedir",
        "Asrat",
        "Fesseha",
        "Tadele",
        "Zeleke",
        "Nigatu",
        "Meshesha",
        "Aberra",
        "Sahle",
    ),
    # Wolaita families
    *_s(
        "wolaita",
        "Erkalo",
        "Shanko",
        "Gelgelo",
        "Balcha",
        "Sorsa",
        "Kusse",
        "Madebo",
    ),
    # Taita families
    *_s(
        "taita",
        "Mwakio",
        "Mwamburi",
        "Mwangeka",
        "Mwachofi",
        "Mwadime",
        "Mwazighe",
    ),
    # Zaramo families
    *_s(
        "zaramo",
        "Mfaume",
        "Mtoro",
        "Kibwana",
        "Mwinyimkuu",
        "Pazi",
        "Bwanamkuu",
        "Magogo",
        "Kitwana",
    ),
    # Ndau families
    *_s(
        "ndau",
        "Sithole",
        "Mlambo",
        "Simango",
        "Rwizi",
        "Sigauke",
        "Chibuwe",
        "Mapuranga",
        "Muyambo",
        "Masiyiwa",
    ),
    # Kalanga families
    *_s("kalanga", "Nleya", "Malaba", "Dabengwa", "Ntini", "Bango", "Mapolisa"),
    # Annang families
    *_s("annang", "Udoh", "Umoren", "Ikpe", "Ukpe", "Uwah", "Essang", "Udoma", "Ekwere"),
    # Nzema families
    *_s("nzema", "Kwofie", "Aidoo", "Assuah", "Ahoba", "Eshun", "Ainoo", "Acquah"),
    # Cebuano families
    *_s(
        "cebuano",
        "Cuenco",
        "Durano",
        "Gullas",
        "Abellanosa",
        "Alcala",
        "Aboitiz",
        "Arcenas",
        "Villamor",
        "Zosa",
    ),
    # Tausug families
    *_s(
        "tausug",
        "Kiram",
        "Loong",
        "Amilbangsa",
        "Tahil",
    ),
    # Kadazan families
    *_s(
        "kadazan",
        "Kitingan",
        "Tangau",
        "Lasimbang",
        "Majimbun",
        "Ongkili",
    ),
    # Northern Thai (Lanna) families
    *_s(
        "lanna",
        "Intharasuwan",
        "Kanthawong",
        "Inthawong",
        "Chaiwong",
        "Thammachai",
        "Wongsuwan",
        "Intachai",
        "Chaimongkol",
        "Duangkaew",
    ),
    # Calabrian families
    *_s(
        "calabrian",
        "Sposato",
        "Chiodo",
        "Iaquinta",
        "Mazzitelli",
        "Scalise",
        "Arcuri",
        "Tripodi",
        "Morabito",
        "Mollica",
        "Cundari",
        "Musolino",
        "Macrì",
        "Barillà",
        "Criaco",
    ),
    # Venetian families
    *_s(
        "venetian",
        "Zanetti",
        "Zorzi",
        "Bortolin",
        "Furlan",
        "Zago",
        "Trevisan",
        "Scarpa",
        "Zamberlan",
        "Vianello",
        "Zennaro",
        "Boscolo",
        "Dalla Libera",
    ),
    # Piedmontese families
    *_s(
        "piedmontese",
        "Bertola",
        "Giordanengo",
        "Dalmasso",
        "Ghibaudo",
        "Audisio",
        "Chiavazza",
        "Occelli",
        "Pautasso",
        "Allasia",
        "Brondino",
        "Giraudo",
        "Tomatis",
    ),
    # Arbëreshë families
    *_s(
        "arbereshe",
        "Bellusci",
        "Schirò",
        "Matranga",
        "Camodeca",
        "Chiaramonte",
        "Guzzetta",
        "Stassi",
        "Giuranna",
        "Marchianò",
        "Bavasso",
    ),
    # Andalusian families
    *_s(
        "andalusian",
        "Macías",
        "Carmona",
        "Jurado",
        "Montilla",
        "Pozuelo",
        "Bermúdez",
        "Heredia",
        "Alcaide",
        "Galindo",
        "Barragán",
        "Calvillo",
    ),
    # Valencian families
    *_s(
        "valencian",
        "Sanchis",
        "Llorens",
        "Canet",
        "Sendra",
        "Climent",
        "Gisbert",
        "Monzó",
        "Peris",
        "Alapont",
        "Cebrià",
        "Tormo",
        "Llopis",
        "Mompó",
    ),
    # Alentejo families
    *_s(
        "alentejano",
        "da Visitação",
        "da Purificação",
        "da Anunciação",
        "da Serra",
        "da Horta",
        "da Ribeira",
        "Caeiro",
        "Calado",
        "Charrua",
        "Espanca",
        "Lampreia",
        "Rebocho",
        "Valadas",
        "Bilro",
        "Chambel",
        "Godinho",
        "Grilo",
    ),
    # Saxon families
    *_s(
        "saxon",
        "Schlegel",
        "Kästner",
        "Ulbricht",
        "Göhler",
        "Uhlig",
        "Weigelt",
        "Wünsche",
        "Pietzsch",
        "Tränkner",
        "Zschoche",
        "Lötzsch",
        "Kretzschmar",
    ),
    # Westphalian families
    *_s(
        "westphalian",
        "Brüggemann",
        "Große-Kleimann",
        "Hölscher",
        "Wiesmann",
        "Niehues",
        "Overesch",
        "Terhorst",
        "Schoppmann",
        "Schulze-Frenking",
        "Nottebrock",
        "Potthoff",
        "Droste",
    ),
    # North Frisian families
    *_s(
        "north_frisian",
        "Boysen",
        "Carstensen",
        "Momsen",
        "Brodersen",
        "Ketels",
        "Knudten",
        "Feddersen",
        "Ingwersen",
        "Nommensen",
        "Sönnichsen",
        "Arfsten",
        "Bahnsen",
        "Tadsen",
    ),
    # Styrian families
    *_s(
        "styrian",
        "Grabner",
        "Pölzl",
        "Zöhrer",
        "Hödl",
        "Krenn",
        "Friesenbichler",
        "Hierzer",
        "Pirstinger",
        "Wurzinger",
        "Neuhold",
        "Leitgeb",
        "Strohmaier",
    ),
    # Ticinese families
    *_s(
        "ticinese",
        "Lurati",
        "Poretti",
        "Respini",
        "Ghiringhelli",
        "Rusca",
        "Pedrazzini",
        "Lepori",
        "Rezzonico",
        "Scascighini",
        "Pellandini",
        "Tognola",
        "Maspoli",
    ),
    # Zeeland families
    *_s(
        "zeeland",
        "Minderhoud",
        "Wisse",
        "Dingemanse",
        "Geschiere",
        "Dieleman",
        "Kodde",
        "Sinke",
        "Traas",
        "Lievense",
        "Lobbezoo",
        "Maljaars",
        "de Koeijer",
        "de Ruijter",
        "van Dijke",
        "van de Ketterij",
    ),
    # North Brabant families
    *_s(
        "brabant",
        "van Gestel",
        "van Kessel",
        "van Oers",
        "de Bie",
        "Panken",
        "van Rooij",
        "van Veghel",
        "Schellekens",
        "Heesakkers",
        "van Erp",
        "Smetsers",
        "Bressers",
        "Swinkels",
        "Pijnenburg",
        "van Boxtel",
        "Raaijmakers",
        "van Oirschot",
    ),
    # Jutland families
    *_s(
        "jutlandic",
        "Thøgersen",
        "Kjær",
        "Bjerre",
        "Dalsgaard",
        "Kirkegaard",
        "Høj",
        "Krogh",
        "Søndergaard",
        "Fuglsang",
        "Overgaard",
        "Gravesen",
        "Enevoldsen",
    ),
    # Tornedalian families
    *_s(
        "tornedalian",
        "Kuoppa",
        "Keinänen",
        "Pekkari",
        "Tuoremaa",
        "Kieri",
        "Raattamaa",
        "Nilimaa",
        "Pohjanen",
        "Kaunisto",
        "Lantto",
        "Juuso",
        "Viinikka",
        "Naimi",
        "Ylitalo",
    ),
    # Karelian families
    *_s(
        "karelian",
        "Afanasjev",
        "Perttunen",
        "Ruokolainen",
        "Remsu",
        "Lesonen",
        "Hotakainen",
        "Onoila",
        "Homanen",
        "Kyyrönen",
        "Sissonen",
        "Martiskainen",
        "Timoskainen",
    ),
    # Livonian families
    *_s(
        "livonian",
        "Ernštreits/Ernštreite",
        "Štālers/Štālere",
        "Sīpols/Sīpola",
        "Zvejnieks/Zvejniece",
        "Puķītis/Puķīte",
        "Lepiksons/Lepiksone",
        "Kiršteins/Kiršteine",
        "Krēsliņš/Krēsliņa",
        "Mednis/Medne",
        "Zītars/Zītare",
        "Stalte",
    ),
    # Kurpie families
    *_s(
        "kurpie",
        "Skrodzki/Skrodzka",
        "Mroczkowski/Mroczkowska",
        "Brzozowski/Brzozowska",
        "Dziekoński/Dziekońska",
        "Kurpiewski/Kurpiewska",
        "Bacławski/Bacławska",
        "Pęcherzewski/Pęcherzewska",
        "Szabłowski/Szabłowska",
        "Ostaszewski/Ostaszewska",
        "Olender",
        "Karaś",
        "Gołąb",
        "Parzych",
        "Chrostek",
        "Podeszwa",
    ),
    # Lemko families
    *_s(
        "lemko",
        "Horoszczak",
        "Duć",
        "Trochanowski/Trochanowska",
        "Dudra",
        "Krynicki/Krynicka",
        "Hnatyk",
        "Rusynko",
        "Hojsak",
        "Czuchta",
        "Dziubyna",
        "Hrycaj",
        "Bortniak",
        "Horbal",
    ),
    # Oltenian families
    *_s(
        "oltenian",
        "Drăgulescu",
        "Ciolacu",
        "Bălănescu",
        "Mitroi",
        "Pârvu",
        "Drăghici",
        "Bărbulescu",
        "Gârbea",
        "Stoenescu",
        "Calotă",
        "Zăvoianu",
        "Glăvan",
    ),
    # Bukovinian families
    *_s(
        "bucovinian",
        "Hurmuzachi",
        "Pătrăuceanu",
        "Ursachi",
        "Moroșanu",
        "Hutopilă",
        "Amariei",
        "Romaniuc",
        "Ilisei",
        "Cotos",
        "Bilețchi",
        "Iacoban",
        "Scutaru",
    ),
    # Dalmatian families
    *_s(
        "dalmatian",
        "Grubišić",
        "Šimunović",
        "Matošić",
        "Rukavina",
        "Vukas",
        "Šupuk",
        "Prgomet",
        "Mardešić",
        "Duplančić",
        "Vuletić",
        "Jerčić",
        "Kuzmanić",
        "Dujmović",
        "Paškov",
    ),
    # Istrian families
    *_s(
        "istrian",
        "Benčić",
        "Šuran",
        "Ladavac",
        "Sponza",
        "Degrassi",
        "Milotić",
        "Mofardin",
        "Zustović",
        "Cergnul",
        "Ritossa",
        "Bernobić",
        "Biasiol",
        "Labinjan",
        "Pauletić",
        "Vitasović",
    ),
    # Arvanite families
    *_s(
        "arvanite",
        "Kountouriotis/Kountourioti",
        "Miaoulis/Miaouli",
        "Tombazis/Tombazi",
        "Kriezis/Kriezi",
        "Giatras/Giatra",
        "Boukouvalas/Boukouvala",
        "Tsavalas/Tsavala",
        "Karatasos/Karatasou",
        "Lekkas/Lekka",
    ),
    # Corfiot families
    *_s(
        "corfiot",
        "Theotokis/Theotoki",
        "Voulgaris/Voulgari",
        "Kourkoumelis/Kourkoumeli",
        "Dandolos/Dandolou",
        "Dessyllas/Dessylla",
        "Giallinas/Giallina",
        "Padovas/Padova",
        "Rosolymos/Rosolymou",
        "Sordinas/Sordina",
        "Flamburiaris/Flamburiari",
        "Dallaportas/Dallaporta",
    ),
    # Sarakatsani families
    *_s(
        "sarakatsani",
        "Tsoumanis/Tsoumani",
        "Karapanos/Karapanou",
        "Tsiakos/Tsiakou",
        "Tsiolis/Tsioli",
        "Gousios/Gousiou",
        "Kaltsas/Kaltsa",
        "Zavitsas/Zavitsa",
        "Bourantas/Bouranta",
        "Tselios/Tseliou",
        "Tsapalos/Tsapalou",
    ),
    # Maronite Cypriot families
    *_s(
        "maronite_cypriot",
        "Skoullos/Skoullou",
        "Hadjiroussos/Hadjiroussou",
        "Kassapis/Kassapi",
        "Tannousis/Tannousi",
        "Kozakkis/Kozakki",
        "Anthousis/Anthousi",
        "Mouzouris/Mouzouri",
        "Haikalis/Haikali",
    ),
    # Upper Egyptian (Saʽidi) families
    *_s(
        "saidi",
        "El Tahtawy",
        "El Minyawi",
        "El Qenawy",
        "El Aswany",
        "El Sohagy",
        "El Akhmimi",
        "El Asyouti",
        "El Manfalouty",
        "El Girgawi",
        "El Mallawi",
        "El Abnoudi",
        "El Kafrawy",
    ),
    # Ahwazi Arab families
    *_s(
        "ahwazi",
        "Al-Ka'bi",
        "Al-Sawari",
        "Al-Zergani",
        "Al-Khazali",
        "Al-Nisi",
        "Al-Ubaidawi",
        "Al-Hardani",
        "Al-Chenani",
        "Al-Kathiri",
        "Al-Muhaisni",
        "Al-Amouri",
        "Al-Dorqi",
    ),
    # Bedouin families of the Naqab
    *_s(
        "naqab_bedouin",
        "Abu Rabia",
        "Abu Sbeih",
        "Abu Freih",
        "Abu Ajaj",
        "Abu Bader",
        "Abu Qweider",
        "Abu Siam",
        "Abu Arar",
        "Abu Jlidan",
        "Alkrenawi",
        "Alhuzayel",
        "Alatawna",
        "Elsana",
    ),
    # Singapore Malay families
    *_s(
        "singapore_malay",
        "bin Jumaat/binte Jumaat",
        "bin Salleh/binte Salleh",
        "bin Sapari/binte Sapari",
        "bin Sahari/binte Sahari",
        "bin Latiff/binte Latiff",
        "bin Jantan/binte Jantan",
        "bin Yaacob/binte Yaacob",
        "Marican",
    ),
]

SURNAMES_WORD = [
    # Fylde surnames that are words
    *_s("fylde_farming", "Hacking", "Tipping", "Raw", word=True),
    # Blackpool surnames that are words
    *_s("blackpool_landlady", "Parlour", "Hallows", "Bottoms", word=True),
    # Pendle (east Lancashire) surnames that are words
    *_s("lancashire_mill", "Device", word=True),
    # Fleetwood surnames that are words
    *_s("fleetwood_trawler", "Guppy", "Mock", word=True),
    # Glasgow surnames that are words
    *_s("glaswegian", "Craw", "Dollar", "Mackintosh", "Macadam", word=True),
    # Ulster and Mayo surnames that are words
    *_s("ulster_scots", "Strain", word=True),
    *_s("mayo", "Shivers", "Gibbons", word=True),
    # German circus surnames and other German surnames that are words
    *_s("circus_german", "Krone", "Hunger", "Angst", "Stump", "Kitsch", word=True),
    *_s("saxon", "Wetter", word=True),
    *_s("westphalian", "Bast", "Rode", word=True),
    # Dutch surnames that are words
    *_s("zeeland", "Slot", "Stoop", word=True),
    *_s("brabant", "Brood", word=True),
    # Italian surnames that are words
    *_s(
        "tower_circus_italian",
        "Motto",
        "Soprano",
        "Palazzo",
        "Pasta",
        "Broccoli",
        "Martini",
        "Piccolo",
        "Mascara",
        word=True,
    ),
    # Spanish surnames that are words
    *_s("andalusian", "Armada", "Mantilla", "Bodega", "Largo", "Fresco", word=True),
    # French and Belgian surnames that are words
    *_s(
        "french_circus",
        "Rivet",
        "Bouquet",
        "Dauphin",
        "Curie",
        "Braille",
        "Silhouette",
        "Leotard",
        "Sax",
        word=True,
    ),
    # Surnames from abroad that are also English words
    *_s("cebuano", "Corpus", word=True),
    *_s("maltese", "Cilia", word=True),
    *_s("doabi", "Rattan", word=True),
    *_s("istrian", "Jug", word=True),
    # English, American, Australian and Caribbean surnames that are words
    *_s("english", "Hurt", word=True),
    *_s(
        "american",
        "Goodnight",
        "Sweat",
        "Person",
        "Means",
        "Derringer",
        "Lax",
        "Piston",
        word=True,
    ),
    *_s("african_american", "Battle", word=True),
    *_s("black_british", "Holding", word=True),
    *_s("australian", "Border", word=True),
]

POOL = NamePool(
    female=FEMALE,
    male=MALE,
    female_word=FEMALE_WORD,
    male_word=MALE_WORD,
    surnames=SURNAMES,
    surnames_word=SURNAMES_WORD,
    streets=[
        "Talbot Road",
        "Dickson Road",
        "Abingdon Street",
        "Topping Street",
        "Central Drive",
        "Lytham Road",
        "Hornby Road",
        "Caunce Street",
        "Whitegate Drive",
        "Red Bank Road",
        "Warbreck Hill Road",
        "Cookson Street",
        "Rigby Road",
        "Bloomfield Road",
        "Squires Gate Lane",
        "Clifton Drive",
        "Dock Street",
        "Kemp Street",
        "Warren Street",
        "Larkholme Lane",
        "Fishergate",
        "Friargate",
        "Lune Street",
        "Deepdale Road",
        "Plungington Road",
        "Ribbleton Lane",
        "New Hall Lane",
    ],
    blocks=[
        "Rossall Court",
        "Wyre House",
        "Anchorsholme Court",
        "Norbreck House",
        "Layton Court",
        "Warbreck House",
        "Mereside House",
        "Talbot Court",
        "Larkholme Court",
        "Poolfoot House",
        "Avenham Towers",
        "Revoe Court",
    ],
    towns=[
        "Lytham",
        "St Annes",
        "Cleveleys",
        "Thornton",
        "Poulton-le-Fylde",
        "Kirkham",
        "Garstang",
        "Knott End-on-Sea",
        "Preesall",
        "Pilling",
        "Hambleton",
        "Staining",
        "Wesham",
        "Elswick",
        "Great Eccleston",
        "St Michael's on Wyre",
        "Freckleton",
        "Wrea Green",
        "Stalmine",
        "Inskip",
        "Longridge",
        "Goosnargh",
        "Wuqiao",
        "Welkite",
        "Wundanyi",
        "Bagamoyo",
        "Chipinge",
        "Plumtree",
        "Ikot Ekpene",
        "Axim",
        "Bharuch",
        "Nawanshahr",
        "Gujar Khan",
        "Chitral",
        "Khuzdar",
        "Jolo",
        "Penampang",
        "Lamphun",
        "Sittwe",
        "Chioggia",
        "Piana degli Albanesi",
        "Zierikzee",
        "Husum",
        "Pajala",
        "Olonets",
        "Kolka",
        "Myszyniec",
        "Rădăuți",
        "Makarska",
        "Rovinj",
        "Spetses",
        "Kormakitis",
        "Sohag",
        "Shadegan",
        "Rahat",
    ],
    stems=[
        "Bispham",
        "Marton",
        "Norbreck",
        "Anchorsholme",
        "Mereside",
        "Claremont",
        "Fylde",
        "Wyre",
        "Skippool",
        "Pharos",
        "Marsh Mill",
        "Starr Gate",
        "Amounderness",
        "Layton Hill",
    ],
    pubs=[
        "The Trawlerman's Arms",
        "The Landlady's Rest",
        "The Tram Stop",
        "The Stick of Rock",
        "The Donkey Derby",
        "The Tower Lion",
        "The Sandgrown'un",
        "The Wyre Ferry",
        "The Bathing Belle",
        "The Kiss Me Quick",
        "The Seasider",
        "The Big Dipper",
        "The Pharos Light",
        "The Ringmaster",
    ],
)
