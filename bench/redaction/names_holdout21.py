"""Names for the twenty-first holdout pool (``holdout21``), written blind for issue 13 by
someone who had not read the redaction engine, its documentation, its word lists or its
benchmark output. None of its given names, nicknames or surnames (nor any word of a
multiword or hyphenated one, bar the particles) is in the dev and test lists (names.py)
or in names_holdout2.py to names_holdout20.py, which were read only to keep clear of
them, and its word-names and word-surnames are other words again. No name list of any
Python package or elsewhere on disk was used to choose or check the names; only
/usr/share/dict was used, to confirm that a word-name or word-surname is an English word
(every one of them is in british-english, in lower case). The story is set in the Fens
and south Lincolnshire, among the farms, packhouses and food factories of Boston,
Spalding, Wisbech, Holbeach, Long Sutton and Sleaford, and along the coast at Skegness
and Mablethorpe; those towns are in earlier pools' lists, so its places are their streets
(Wide Bargate, Spain Lane, Winsover Road, Roman Bank, Lumley Road) and the villages and
fen parishes around them, with a few towns abroad that families came from (Smolyan,
Panevėžys, Rēzekne, Kottayam, Dagupan, Mutare, Kabale, Daraa). No engine was run on this
pool while it was being written.

The people are those of England and Wales today, drawn from traditions the earlier pools
used little or not at all: long-settled Fenland families (the chapel names of the droves
and fen farms), families of the Lincolnshire coast and of Norfolk over the Wisbech
border, Travelling Showpeople (winter quarters in the Fens, the Skegness fairs), Romany
Gypsy families of the Fens and the Huguenot families of Thorney (the French and Walloon
settlers of the 1650s, whose surnames the Fen still keeps); the Italian and German
families of prisoners of war who stayed on the Lincolnshire farms, the Polish families of
the resettled ex-servicemen, the Ukrainian families of the European Volunteer Workers
(farm hostels from 1947) and Hutsul families from the Carpathians; the Dutch families of
the Spalding bulb fields; and the packhouse and field workers of today and their
families: Lithuanians from Aukštaitija, Latgalians and the Russian Old Believers of
Latgale, Poles from Podlasie, Pomaks (Bulgarian Muslims of the Rhodopes), Romanians from
Moldavia and from Maramureș, Portuguese from Trás-os-Montes and the Minho, East Timorese
(with Portuguese passports), Belarusians and Palóc Hungarians (Nógrád and Heves). Then
Knanaya Catholic families from Kottayam and Pangasinan families (nurses and care workers
at the Pilgrim Hospital and in the care homes); Manyika families from Manicaland; Ebira
and Igala families from Kogi State and Isoko families from Delta State; Bakiga families
from Kigezi and Lugbara families from West Nile; Syrian families from Daraa (the Hauran),
resettled from 2015; Kurdish families from Duhok (Bahdinan); Hadhrami families from
Yemen; Nubian families from Sudan (Wadi Halfa and Dongola); Fuzhounese families (Fuqing
and Changle); Chittagonian families, Muslim and Barua Buddhist; Thakali families from
Mustang (Gurkha families); Tobagonian families; Irish families from Achill (the potato
squads, in the Irish forms some families keep); Scottish families from Galloway; Welsh
families from Ceredigion; and Tajik families from the Panjshir valley. Nicknames are what
families call people: English short forms and -ie and -y (Tibby, Kezzie, Sophy, Flossie,
Trixie, Benjy, Barnie, and Ras for Erasmus, as the Darwins said it), the British -z (Loz
for Lauren), Marv and Renzo among the showmen; Neapolitan and
Sicilian -ino, -uccio, -uzza and cut-off forms (Pierino, Enzuccio, Finuzza, Gnazio, Iano,
Nofrio, Bobò for Liborio); Polish -ek, -ka, -sia and -uś (Wacek, Władzia, Edytka,
Mikuś, Jędruś); Ukrainian -ko and -ia (Myrko, Yosypko, Nastia, Paraska, Dokia); German
-i and cut-off forms (Uschi, Traudl, Heinzi, Günni, Wolle, Hajo for Hans-Joachim); Dutch
short forms (Kees, Arie, Teun, Huib, Truus, Hanneke, Coba); Lithuanian -utė, -ukas and
-elis (Onutė, Genutė, Jonukas, Jurgelis); Latvian -iņa, -ītis and cut-off forms
(Maijiņa, Pēterītis, Jāzis); Russian short forms (Zina, Tonya, Vitya, Arkasha, Kesha);
Pomak -o and -i (Raso, Shabo, Hyusi); Romanian -ița, -uța, -ică and cut-off forms
(Catița, Ilenuța, Florica, Culai for Neculai, Toderiță, Ghelu for Anghel); Portuguese -inho,
-inha and short forms (Armindinho, Horacinho, Florindinha, Manela, Dito); Belarusian
-ok, -ka and -ik (Zmitrok, Ryhorka, Kastusik, Ciomka); Hungarian -ka, -ska, -i and -csi
(Juliska, Rézi, Jancsi, Jóska, Guszti); Malayalam -kutty ("child") and -achan (respect)
among the Knanaya (Mariakutty, Ousephachan); the Filipino -ing and -ong (Puring, Carning,
Soleng, Pitong, Goyo); Shona, Ebira, Igala, Isoko and Kiga short forms (Ratidzo, Ranga,
Oza, Meiza, Ojoche, Tule, Ovo, Kemba, Tumwe, Twesi) and Lugbara cut-off forms (Ayiko,
Drici, Adri); Syrian -oosh, -oun and -oo (Ayoush, Yamoun, Majdoo, Bidu for Obada); Kurdish
-o (Xezo, Newo, Hogo); Hadhrami and Sudanese -oo- forms (Shoofa, Fatoom, Hassoon, Hasouna,
Gadoura, Karoum); Chinese doubling (Zhuzhu, Yingying, Shuishui); the Bengali daknam, a pet
name of its own (Popy, Shimu, Bappi, Mintu, Chintu); Nepali -u and -i (Keshu, Gomi);
Tobagonian -ie (Shervie, Denzie, Graffie); Irish -ín (Peigín, Liamín, Mártainín) and
Neansaí for Neans; Scots Rab, Dod (George), Drina and Vina; Welsh Llew, Bryn and Mair;
and the Afghan -jan of affection (Fahimjan) and short forms (Gulbu, Bismil, Dawo).

Fewer word-names are given than in the earlier pools, because after twenty pools the
supply of new ones with real bearers is nearly spent, and most of these are stage names,
ring names or nicknames: what their bearers are called rather than names given at birth.
Known to the writer, with a bearer each: Sassy (Sarah Vaughan), Chilli (Rozonda Thomas
of TLC), Tweet (Charlene Keys), Brat (Shawntae Harris, Da Brat), Speech (Speech Debelle),
Dynamite (Ms. Dynamite, Niomi McLean-Daley), Posh, Scary and Sporty (Victoria Beckham,
Melanie Brown and Melanie Chisholm), Shrimp (Jean Shrimpton), Lights (the Canadian singer,
whose legal name it is), Tipper (Tipper Gore), Vitamin (Vitamin C, Colleen Fitzpatrick),
Banana (Banana Yoshimoto), Jaguar (Jaguar Yokota), Solar (Kim Yong-sun of Mamamoo), Boa
(BoA, Kwon Bo-ah), Saw (Lady Saw, Marion Hall) and Babes (Babes Wodumo); Sleepy (Sleepy
John Estes), Furry (Furry Lewis), Bags (Milt Jackson), Slam (Slam Stewart), Cannonball
(Cannonball Adderley), Cool (Cool Papa Bell), Mitt (Mitt Romney), Scoop (Henry "Scoop"
Jackson), Stonewall (Stonewall Jackson, the country singer, whose given name it was),
Chill (Chill Wills), Chopper (Ron Harris), Razor (Neil Ruddock), Tricky (Adrian Thaws),
Jaws (Joe Jordan), Jiffy (Jonathan Davies), Shadow (Winston Bailey, the calypsonian),
Bounty (Bounty Killer, Rodney Price), Pliers (Everton Bonner), Steely (Wycliffe Johnson),
Flavour (Flavour N'abania, Chinedu Okoli), Pawpaw (Osita Iheme), Vector (Olanrewaju
Ogunmefun), Shoes (John "Shoes" Moshoeu), Nameless (David Mathenge), Flash (Gabriel
"Flash" Elorde), Nugget (H. C. "Nugget" Coombs), Weary (Edward "Weary" Dunlop) and Fruit
(Fruit Chan). Less certain, known to the writer from memory only and not checked against
any source: Nonchalant (the rapper Tanya Pointer), Weird (Weird MC, Adesola Idowu), Pets
(the Taiwanese singer Pets Tseng, believed a woman), Penguin and Spoiler (Trinidadian
calypsonians, Seadley Joseph and Theophilus Phillip), Proverb (the South African rapper)
and Bible (the Thai actor Bible Wichapas). None is wholly unattested. No title-word or
rank is used as a name.

The word-surnames are surnames of the Fens and Lincolnshire (Sizer, Ploughman, Thresh,
Dredge, Hoe, Sills, Grounds, Dowse, Sprat, Keeling, Snowball, Sleigh, Overall, Speller,
Goldfinch and more), of Norfolk (Riches, Loveless, Careless, Rye, Crofts, Burrows, Dowdy,
Hives and more) and of England at large (Thaw, Cropper, Clothier, Cousins, Press,
Dresser, Way and more), the Scottish Burn, Younger, Braid, Curl and Fell, the Irish
Kidney, the Dutch Rood and Stork and the Italian Lotto; Custard, Cabbage, Coot, Lamprey,
Hemp, Madder, Pitch, Furrow, Quince, Halter, Steeple, Upright, Moors, Fray, Hutch,
Trundle and Clench are rare as surnames. The surnames include particles (ap, Mac/Nic, Mc,
Ó/Ní, O', D', de, da, van, van der, Le, El, Al-, Abu and bin), hyphens (the Al- forms),
spaces (ap Elystan, Ó Mongáin, Abu Nabbout, El Tinay, bin Break, van Geest, de Mol, da
Fonte, Le Pla), apostrophes (O'Malley, D'Alessio), accents, lower-case first letters (ap,
bin, van, de, da) and forms that differ for women (Irish Ní and Nic, Lithuanian -ienė,
Latvian -a and -e, Polish -ska and -cka, Ukrainian -ska, Belarusian -aya and -ava,
Russian and Pomak -ova and -eva)."""

from __future__ import annotations

from bench.redaction.names import NamePool, _f, _s

FEMALE = [
    # Long-settled Fenland families (chapel names of the droves and fen farms)
    *_f("fenland", "Tabitha", "Tibby", "Rhoda", "Rhodie", "Keturah", "Ketty", "Kezia", "Kezzie"),
    *_f("fenland", "Sophia", "Sophy", "Eliza", "Lizzie"),
    # Families of the Lincolnshire coast (Skegness, Mablethorpe, Ingoldmells)
    *_f("lincolnshire_coast", "Matilda", "Tilly", "Amelia", "Milly", "Florence", "Flossie"),
    *_f("lincolnshire_coast", "Beatrice", "Trixie", "Amy", "Ames", "Lauren", "Loz"),
    # Norfolk families over the Wisbech border
    *_f("norfolk", "Elizabeth", "Betsy", "Susan", "Suzy", "Virginia", "Ginny"),
    # Travelling Showpeople (winter quarters in the Fens, the Skegness fairs)
    *_f("showmen", "Valda", "Valdie", "Elvina", "Elvie", "Marianne", "Marnie"),
    # Romany Gypsy families of the Fens
    *_f("fen_romany", "Delaine", "Laini", "Clementina", "Clemmy"),
    # Italian families of the prisoners of war who stayed on the Lincolnshire farms
    *_f("italian_pow", "Raffaella", "Raffa", "Pasqualina", "Linuccia", "Grazia", "Grazietta"),
    *_f("italian_pow", "Serafina", "Finuzza", "Iolanda", "Iole"),
    # Polish families of the resettled ex-servicemen
    *_f("polish_veteran", "Zofia", "Zosia", "Kazimiera", "Kazia", "Irena", "Irka"),
    *_f("polish_veteran", "Władysława", "Władzia", "Józefa", "Józia"),
    # Polish families from Podlasie (Białystok), many in Boston
    *_f("podlasie", "Edyta", "Edytka", "Aneta", "Anetka", "Wiera", "Wierka"),
    # Ukrainian families of the European Volunteer Workers (farm hostels from 1947)
    *_f("ukrainian_evw", "Stefaniia", "Stefa", "Anastasiia", "Nastia", "Yustyna", "Yustia"),
    *_f("ukrainian_evw", "Mariia", "Mariika", "Yaroslava", "Yarka"),
    # Hutsul families (the Ukrainian Carpathians)
    *_f("hutsul", "Paraskeva", "Paraska", "Yevdokiia", "Dokia"),
    # German families of the prisoners of war who stayed
    *_f("german_pow", "Hannelore", "Hanne", "Gudrun", "Gudi", "Waltraud", "Traudl"),
    *_f("german_pow", "Irmgard", "Irmi", "Ursula", "Uschi", "Elfriede", "Friedel"),
    # Dutch families of the Spalding bulb fields
    *_f("dutch_bulb", "Geertruida", "Truus", "Johanna", "Hanneke", "Neeltje", "Neel"),
    *_f("dutch_bulb", "Jacoba", "Coba", "Dirkje", "Dieke", "Trijntje", "Trijn"),
    # Lithuanian families from Aukštaitija (Panevėžys, Utena)
    *_f("aukstaitian", "Ona", "Onutė", "Genovaitė", "Genutė", "Ramunė", "Ramutė"),
    *_f("aukstaitian", "Audronė", "Audrutė", "Jadvyga", "Jadzė", "Greta", "Gretutė"),
    # Latgalian families (eastern Latvia, Rēzekne and Daugavpils)
    *_f("latgalian", "Maija", "Maijiņa", "Vija", "Vijiņa", "Aina", "Ainiņa", "Vizma", "Vizmiņa"),
    # Russian Old Believer families of Latgale
    *_f("old_believer", "Zinaida", "Zina", "Antonina", "Tonya", "Pelageya", "Polya"),
    *_f("old_believer", "Agafya", "Ganya"),
    # Pomak families (Bulgarian Muslims of the Rhodopes, Smolyan)
    *_f("pomak", "Sevdie", "Sevda", "Hyusniye", "Hyusi", "Shefika", "Shefi"),
    # Romanian families from Moldavia (Suceava, Iași, Bacău)
    *_f("moldavian", "Catinca", "Catița", "Floare", "Florica", "Nastasia", "Tasia"),
    *_f("moldavian", "Smaranda", "Smărăndița", "Safta", "Saftica"),
    # Romanian families from Maramureș
    *_f("maramures", "Ileana", "Ilenuța", "Sânziana", "Sânzi"),
    # Portuguese families from Trás-os-Montes
    *_f("transmontano", "Benvinda", "Bina", "Manuela", "Manela", "Aldina", "Dinha"),
    # Portuguese families from the Minho
    *_f("minhoto", "Florinda", "Florindinha", "Custódia", "Custodinha"),
    # East Timorese families (with Portuguese passports)
    *_f("timorese", "Cidália", "Dália", "Isménia", "Ninha"),
    # Belarusian families
    *_f("belarusian", "Volha", "Olia", "Kaciaryna", "Katsia", "Nadzeya", "Nadzia"),
    *_f("belarusian", "Ulada", "Uladka", "Maryla", "Marylka"),
    # Palóc Hungarian families (Nógrád and Heves)
    *_f("paloc", "Julianna", "Juliska", "Terézia", "Rézi", "Gizella", "Gizi", "Ilona", "Ilonka"),
    # Knanaya Catholic families from Kottayam (nurses at the Pilgrim Hospital)
    *_f("knanaya", "Mariamma", "Mariakutty", "Thresiamma", "Thresia", "Elsamma", "Elsy"),
    *_f("knanaya", "Annamma", "Annakutty", "Saramma", "Sarakutty"),
    # Pangasinan families (Filipino nurses and care workers)
    *_f("pangasinan", "Felicidad", "Fely", "Erlinda", "Erlie", "Purificacion", "Puring"),
    *_f("pangasinan", "Encarnacion", "Carning", "Soledad", "Soleng", "Natividad", "Naty"),
    # Manyika families (Manicaland, Zimbabwe; care workers)
    *_f("manyika", "Chiratidzo", "Ratidzo", "Ruramai", "Rura", "Nyengeterai", "Nyenge"),
    *_f("manyika", "Mazvita", "Mazvi"),
    # Ebira families (Kogi State, Nigeria)
    *_f("ebira", "Ozavize", "Oza", "Ohunene", "Nene", "Onyize", "Nyize", "Ozohu", "Zohu"),
    # Igala families (Kogi State, Nigeria)
    *_f("igala", "Ojochenemi", "Ojoche", "Ufedojo", "Ufedo"),
    # Isoko families (Delta State, Nigeria)
    *_f("isoko", "Ufuoma", "Ufuo", "Oghenekevwe", "Kevwe", "Ogheneyole", "Yole"),
    # Bakiga families (Kigezi, Uganda)
    *_f("bakiga", "Kembabazi", "Kemba", "Natukunda", "Tukunda", "Katushabe", "Shabe"),
    *_f("bakiga", "Komugisha", "Komu", "Ainomugisha", "Aino", "Natwijuka", "Twijuka"),
    # Lugbara families (West Nile, Uganda)
    *_f("lugbara", "Ayikoru", "Ayiko", "Ajidiru", "Ajidi", "Driciru", "Drici"),
    # Syrian families from Daraa (the Hauran), resettled from 2015
    *_f("hauran", "Ghofran", "Ghofi", "Safaa", "Sousou", "Aya", "Ayoush"),
    # Kurdish families from Duhok (Bahdinan)
    *_f("badini", "Xezal", "Xezo", "Newroz", "Newo", "Berivan", "Berî", "Nîgar", "Nîgo"),
    # Hadhrami families (Yemen)
    *_f("hadhrami", "Sharifa", "Shoofa", "Fatim", "Fatoom", "Sulma", "Sulmoo"),
    # Nubian families from Sudan (Wadi Halfa and Dongola)
    *_f("nubian", "Sittana", "Sitti", "Mahasin", "Hasouna"),
    # Fuzhounese families (Fuqing and Changle)
    *_f("fuzhou", "Xiuzhu", "Zhuzhu", "Yuying", "Yingying", "Bifeng", "Fengfeng"),
    *_f("fuzhou", "Qiuxiang", "Xiangxiang", "Yanling", "Lingling"),
    # Chittagonian families (Bangladesh), Muslim and Barua Buddhist
    *_f("chittagonian", "Shahana", "Popy", "Dilruba", "Shimu", "Kohinoor", "Kohi"),
    *_f("chittagonian", "Monowara", "Mukta"),
    # Barua Buddhist families of Chittagong
    *_f("barua", "Yashodhara", "Yashu"),
    # Thakali families (Mustang, Nepal; Gurkha families)
    *_f("thakali", "Goma", "Gomi", "Mandira", "Mandu"),
    # Tobagonian families
    *_f("tobagonian", "Cleopatra", "Cleo", "Lucinda", "Lucy", "Eudine", "Deeny"),
    # Irish families from Achill (the potato squads, in the Irish forms some keep)
    *_f("achill", "Peig", "Peigín", "Neans", "Neansaí", "Eibhlín", "Eibhlínín"),
    *_f("achill", "Siobhra", "Siobhraín", "Muirne", "Muirnín", "Bairbre", "Báibín"),
    # Scottish families from Galloway
    *_f("galloway", "Davina", "Vina", "Jacobina", "Beenie", "Alexandrina", "Drina"),
    *_f("galloway", "Annabella", "Bella"),
    # Welsh families from Ceredigion
    *_f("ceredigion", "Gwyneth", "Gwynnie", "Mairwen", "Mair"),
    # Tajik families from the Panjshir valley (Afghanistan)
    *_f("panjshiri", "Gulbadan", "Gulbu", "Khalida", "Khali", "Wahida", "Wahi"),
    *_f("panjshiri", "Tamana", "Tamo"),
]
MALE = [
    # Long-settled Fenland families
    *_f("fenland", "Obadiah", "Obby", "Jeremiah", "Jem", "Erasmus", "Ras", "Phineas", "Phin"),
    *_f("fenland", "Zadok", "Zad", "Japheth", "Japh", "Zebulon", "Zebby"),
    # Families of the Lincolnshire coast
    *_f("lincolnshire_coast", "Timothy", "Tim", "Jeffrey", "Jeff", "Benjamin", "Benjy"),
    *_f("lincolnshire_coast", "Paul", "Pauly", "Dudley", "Dud", "Barnabas", "Barnie"),
    # Norfolk families
    *_f("norfolk", "Cyrus", "Cy", "Jedediah", "Jed", "Ebenezer", "Eb"),
    # Travelling Showpeople
    *_f("showmen", "Lorenzo", "Renzo", "Marvin", "Marv"),
    # Romany Gypsy families of the Fens
    *_f("fen_romany", "Moses", "Mose", "Vandlo", "Vandy"),
    # Huguenot families of Thorney (the French and Walloon settlers of the 1650s)
    *_f("thorney_huguenot", "Abraham", "Bram"),
    # Italian families of the prisoners of war
    *_f("italian_pow", "Pietro", "Pierino", "Ignazio", "Gnazio", "Crescenzo", "Enzuccio"),
    *_f("italian_pow", "Sebastiano", "Iano", "Onofrio", "Nofrio", "Liborio", "Bobò"),
    # Polish families of the resettled ex-servicemen
    *_f("polish_veteran", "Wacław", "Wacek", "Władysław", "Władek", "Witold", "Witek"),
    *_f("polish_veteran", "Zygmunt", "Zyga", "Eugeniusz", "Gienek", "Lucjan", "Lucek"),
    *_f("polish_veteran", "Bronisław", "Bronek", "Franciszek", "Franek"),
    # Polish families from Podlasie
    *_f("podlasie", "Sebastian", "Sebek", "Zenon", "Zenek", "Anatol", "Tolek"),
    *_f("podlasie", "Włodzimierz", "Włodek", "Mikołaj", "Mikuś", "Andrzej", "Jędruś"),
    # Ukrainian families of the European Volunteer Workers
    *_f("ukrainian_evw", "Myroslav", "Myrko", "Yosyp", "Yosypko", "Yakiv", "Yakivko"),
    *_f("ukrainian_evw", "Hryhorii", "Hrysha"),
    # Hutsul families
    *_f("hutsul", "Illia", "Ilko", "Kuzma", "Kuzko"),
    # German families of the prisoners of war
    *_f("german_pow", "Hans-Joachim", "Hajo", "Heinz", "Heinzi", "Günter", "Günni"),
    *_f("german_pow", "Horst", "Horsti", "Manfred", "Manni", "Klaus", "Klausi"),
    *_f("german_pow", "Ulrich", "Ulli", "Rüdiger", "Rudi", "Wolfgang", "Wolle"),
    # Dutch families of the Spalding bulb fields
    *_f("dutch_bulb", "Cornelis", "Kees", "Adrianus", "Arie", "Willem", "Wim", "Teunis", "Teun"),
    *_f("dutch_bulb", "Leendert", "Leen", "Huibert", "Huib", "Gijsbert", "Gijs"),
    *_f("dutch_bulb", "Marinus", "Rinus", "Wouter", "Wout"),
    # Lithuanian families from Aukštaitija
    *_f("aukstaitian", "Jonas", "Jonukas", "Petras", "Petriukas", "Pranas", "Pranukas"),
    *_f("aukstaitian", "Vincas", "Vincukas", "Jurgis", "Jurgelis", "Stasys", "Stasiukas"),
    # Latgalian families
    *_f("latgalian", "Jāzeps", "Jāzis", "Pēteris", "Pēterītis", "Vladislavs", "Vladis"),
    *_f("latgalian", "Kazimirs", "Kazis", "Staņislavs", "Staņa"),
    # Russian Old Believer families of Latgale
    *_f("old_believer", "Vitaly", "Vitya", "Valery", "Valera", "Arkady", "Arkasha"),
    *_f("old_believer", "Innokenty", "Kesha", "Rodion", "Rodya", "Fyodor", "Fedya"),
    *_f("old_believer", "Trofim", "Trosha"),
    # Pomak families
    *_f("pomak", "Rasim", "Raso", "Shaban", "Shabo", "Syuleyman", "Syulyo", "Riza", "Rizo"),
    *_f("pomak", "Bilyal", "Bilyo", "Sebaidin", "Sebo"),
    # Romanian families from Moldavia
    *_f("moldavian", "Neculai", "Culai", "Constantin", "Costi", "Toader", "Toderiță"),
    *_f("moldavian", "Iulian", "Iuli", "Lucian", "Luci"),
    # Romanian families from Maramureș
    *_f("maramures", "Gavrilă", "Gavrilaș", "Grigore", "Goriță", "Anghel", "Ghelu"),
    # Portuguese families from Trás-os-Montes
    *_f("transmontano", "Adérito", "Dito", "Armindo", "Armindinho", "Abílio", "Abilinho"),
    *_f("transmontano", "Belmiro", "Belmirinho", "Serafim", "Fim"),
    # Portuguese families from the Minho (-inho)
    *_f("minhoto", "Horácio", "Horacinho", "Aurélio", "Aurelinho", "Aleixo", "Aleixinho"),
    # East Timorese families
    *_f("timorese", "Dionísio", "Nisio", "Filomeno", "Meno"),
    # Belarusian families
    *_f("belarusian", "Zmicier", "Zmitrok", "Kastus", "Kastusik", "Francishak", "Franak"),
    *_f("belarusian", "Yazep", "Zepka", "Ryhor", "Ryhorka", "Arciom", "Ciomka"),
    # Palóc Hungarian families
    *_f("paloc", "János", "Jancsi", "József", "Jóska", "Vendel", "Vendi", "Bertalan", "Berci"),
    *_f("paloc", "Ágoston", "Guszti", "Mihály", "Miska"),
    # Knanaya Catholic families (the -achan of respect)
    *_f("knanaya", "Thomman", "Thommi", "Ouseph", "Ousephachan", "Mathai", "Mathaichan"),
    *_f("knanaya", "Lukose", "Lukochan", "Itty", "Ittyachan", "Korah", "Korachan"),
    # Pangasinan families
    *_f("pangasinan", "Teofilo", "Pilo", "Primitivo", "Tibo", "Bernardo", "Nardo"),
    *_f("pangasinan", "Gregorio", "Goyo", "Isidro", "Sidro", "Agapito", "Pitong"),
    # Manyika families
    *_f("manyika", "Rangarirai", "Ranga", "Kupakwashe", "Kupa"),
    # Ebira families
    *_f("ebira", "Omeiza", "Meiza", "Ohiare", "Hiare", "Ozovehe", "Vehe", "Adavize", "Avize"),
    # Igala families
    *_f("igala", "Ojotule", "Tule", "Enemona", "Enemo"),
    # Isoko families
    *_f("isoko", "Ogheneovo", "Ovo", "Ogheneochuko", "Ochuko", "Obaro", "Baro"),
    # Bakiga families
    *_f("bakiga", "Tumwesigye", "Tumwe", "Turyasingura", "Turya", "Twinamatsiko", "Twina"),
    *_f("bakiga", "Ahabwe", "Habwe", "Tukamushaba", "Tuka", "Asiimwe", "Asiimu"),
    # Lugbara families
    *_f("lugbara", "Adriko", "Adri", "Drani", "Dranio"),
    # Syrian families from Daraa
    *_f("hauran", "Obada", "Bidu", "Yamen", "Yamoun", "Majd", "Majdoo", "Muhannad", "Hannoud"),
    *_f("hauran", "Shadi", "Shado"),
    # Kurdish families from Duhok
    *_f("badini", "Hogir", "Hogo", "Bahzad", "Bahzo", "Hawkar", "Hawko"),
    # Hadhrami families
    *_f("hadhrami", "Abu Bakr", "Bakr", "Muhsin", "Hassoon", "Awad", "Awooda"),
    # Nubian families from Sudan
    *_f("nubian", "Abdelgadir", "Gadoura", "Awadelkarim", "Karoum"),
    # Fuzhounese families
    *_f("fuzhou", "Jinshui", "Shuishui", "Yongcheng", "Chengcheng"),
    # Chittagonian families (the daknam, a pet name of its own)
    *_f("chittagonian", "Jashim", "Jashu", "Rashed", "Rashu", "Sohel", "Sumon"),
    *_f("chittagonian", "Jahangir", "Chintu"),
    # Barua Buddhist families of Chittagong
    *_f("barua", "Dipankar", "Bappi", "Sugata", "Mintu"),
    # Thakali families
    *_f("thakali", "Keshab", "Keshu", "Govinda", "Govi"),
    # Tobagonian families
    *_f("tobagonian", "Sherwin", "Shervie", "Denzil", "Denzie", "Grafton", "Graffie"),
    *_f("tobagonian", "Hilton", "Hilty"),
    # Irish families from Achill (-ín)
    *_f("achill", "Uilliam", "Liamín", "Mártan", "Mártainín", "Antaine", "Antóinín"),
    # Scottish families from Galloway (Rab, and Dod for George)
    *_f("galloway", "Robert", "Rab", "George", "Dod", "Quintin", "Quin"),
    # Welsh families from Ceredigion
    *_f("ceredigion", "Llewelyn", "Llew", "Brynmor", "Bryn"),
    # Tajik families from the Panjshir valley (-jan of affection)
    *_f("panjshiri", "Bismillah", "Bismil", "Dawood", "Dawo", "Fahim", "Fahimjan"),
    *_f("panjshiri", "Shujaat", "Shujo"),
]
FEMALE_WORD = [
    # African American names and nicknames that are words
    *_f("african_american", "Sassy", "Sassie", "Chilli", "Chilly", "Tweet", "Tweety", word=True),
    *_f("african_american", "Nonchalant", "Nonch", "Brat", "Bratty", word=True),
    # Black British stage names that are words
    *_f("black_british", "Speech", "Speechy", "Dynamite", "Dyna", word=True),
    # English nicknames that are words
    *_f("english", "Posh", "Poshie", "Scary", "Scaz", "Sporty", "Sporto", word=True),
    *_f("english", "Shrimp", "Shrimpy", word=True),
    # Canadian names that are words
    *_f("canadian", "Lights", "Lighty", word=True),
    # American nicknames that are words
    *_f("american", "Tipper", "Tippy", "Vitamin", "Vitty", word=True),
    # Japanese pen and ring names that are words
    *_f("japanese", "Banana", "Bananachan", "Jaguar", "Jaggy", word=True),
    # Korean stage names that are words
    *_f("korean", "Solar", "Solly", "Boa", "Boah", word=True),
    # Jamaican stage names that are words
    *_f("jamaican", "Saw", "Sawsie", word=True),
    # Nigerian stage names that are words
    *_f("nigerian", "Weird", "Weirdie", word=True),
    # South African stage names that are words
    *_f("south_african", "Babes", "Babsy", word=True),
    # Taiwanese English names that are words
    *_f("taiwanese", "Pets", "Petsy", word=True),
]
MALE_WORD = [
    # African American nicknames that are words
    *_f("african_american", "Sleepy", "Sleeper", "Furry", "Furz", "Bags", "Baggy", word=True),
    *_f("african_american", "Slam", "Slammer", "Cannonball", "Cannie", "Cool", "Cooley", word=True),
    # American names and nicknames that are words
    *_f("american", "Mitt", "Mitts", "Scoop", "Scoopy", "Stonewall", "Stoney", word=True),
    *_f("american", "Chill", "Chillo", word=True),
    # English nicknames that are words
    *_f("english", "Chopper", "Chops", "Razor", "Razz", "Tricky", "Trix", word=True),
    # Scottish nicknames that are words
    *_f("scottish", "Jaws", "Jawsy", word=True),
    # Welsh nicknames that are words
    *_f("welsh", "Jiffy", "Jiff", word=True),
    # Trinidadian calypso names that are words
    *_f("trinidadian", "Shadow", "Shaddy", "Penguin", "Pengy", "Spoiler", "Spoily", word=True),
    # Jamaican stage names and nicknames that are words
    *_f("jamaican", "Bounty", "Bounts", "Pliers", "Pliersy", "Steely", "Steels", word=True),
    # Nigerian stage names that are words
    *_f("nigerian", "Flavour", "Flavs", "Pawpaw", "Pawsy", "Vector", "Vecky", word=True),
    # South African names and nicknames that are words
    *_f("south_african", "Proverb", "Provo", "Shoes", "Shoesie", word=True),
    # Kenyan stage names that are words
    *_f("kenyan", "Nameless", "Namo", word=True),
    # Filipino nicknames that are words
    *_f("filipino", "Flash", "Flashy", word=True),
    # Australian nicknames that are words
    *_f("australian", "Nugget", "Nuggy", "Weary", "Wearie", word=True),
    # Hong Kong English names that are words
    *_f("hong_kong", "Fruit", "Fruitie", word=True),
    # Thai nicknames that are words (P': what a younger one calls an elder)
    *_f("thai", "Bible", "P'Bible", word=True),
]
SURNAMES = [
    # Long-settled Fenland families
    *_s("fenland", "Mawby", "Rickwood", "Setchfield", "Wadlow", "Cattell", "Ladds", "Speechley"),
    *_s("fenland", "Sharman", "Leverington", "Thurlow", "Tebbutt", "Ringham", "Willerton"),
    *_s("fenland", "Turnell"),
    # Families of the Lincolnshire coast
    *_s("lincolnshire_coast", "Elsom", "Tointon", "Mawer", "Stimson", "Maltby", "Skells"),
    *_s("lincolnshire_coast", "Welbourn", "Swaby", "Grunnill", "Kime"),
    # Norfolk families
    *_s("norfolk", "Banyard", "Howes", "Gedge", "Bulwer", "Loades", "Jary", "Mindham", "Dack"),
    *_s("norfolk", "Gooch", "Kerrison", "Seago", "Ketteringham", "Gathercole", "Copeman"),
    # Travelling Showpeople
    *_s("showmen", "Pettigrove", "Hoadley", "Biddall", "Harniess", "Codona", "Bostock"),
    *_s("showmen", "Chipperfield", "Thurston", "Silcock", "Danter"),
    # Huguenot families of Thorney
    *_s("thorney_huguenot", "Egar", "Le Pla", "Wanty", "Fovargue", "Scribo", "Vergette"),
    *_s("thorney_huguenot", "Descou", "Delanoy", "Le Fevre", "Baillieu"),
    # Italian families of the prisoners of war
    *_s("italian_pow", "D'Alessio", "D'Avanzo", "D'Alterio", "D'Auria", "D'Acunto", "D'Apice"),
    *_s("italian_pow", "Cirillo", "Ferraiuolo", "Scarano", "Apuzzo", "Cuomo", "Vitiello"),
    *_s("italian_pow", "Guarracino", "Musella", "Improta", "Amitrano", "Ruocco", "Pagliuca"),
    # Polish families of the resettled ex-servicemen
    *_s(
        "polish_veteran",
        "Majewski/Majewska",
        "Górski/Górska",
        "Witkowski/Witkowska",
        "Bielecki/Bielecka",
        "Halicki/Halicka",
    ),
    *_s("polish_veteran", "Adamczyk", "Szewczyk", "Wieczorek", "Dudek", "Michalak"),
    # Polish families from Podlasie
    *_s("podlasie", "Ignatiuk", "Nazaruk", "Kiryluk", "Łukaszuk", "Jakoniuk", "Siemieniuk"),
    *_s("podlasie", "Ostapczuk", "Mironiuk", "Kondratiuk", "Kulesza"),
    # Ukrainian families of the European Volunteer Workers
    *_s("ukrainian_evw", "Savchuk", "Kravets", "Petrenko", "Moroz", "Vasylyshyn", "Prokopenko"),
    *_s("ukrainian_evw", "Zakharchuk", "Stasiuk", "Kostiuk", "Dmytryshyn"),
    *_s("ukrainian_evw", "Levytsky/Levytska", "Lototsky/Lototska", "Ilnytsky/Ilnytska"),
    # Hutsul families
    *_s("hutsul", "Hutsuliak", "Paliychuk", "Shkriblyak", "Fedkovych", "Yurchyshyn", "Tymkiv"),
    *_s("hutsul", "Semkiv", "Kuzyk"),
    # German families of the prisoners of war
    *_s("german_pow", "Brandt", "Kowalke", "Fiedler", "Schuster", "Vogt", "Ziegler", "Pohl"),
    *_s("german_pow", "Seidel", "Engelhardt", "Scholz", "Kuhnert", "Reinhardt", "Haase", "Böhm"),
    *_s("german_pow", "Dreyer", "Rademacher", "Wendt", "Strauch", "Gerlach"),
    # Dutch families of the Spalding bulb fields
    *_s("dutch_bulb", "van der Zwan", "van Geest", "van Egmond", "van Haaften", "van Zanten"),
    *_s("dutch_bulb", "van Tubergen", "van Meeuwen", "van Staaveren", "van Eeden", "de Mol"),
    *_s("dutch_bulb", "de Goede", "Boonstra", "Zonneveld", "Lefeber", "Segers", "Verdegaal"),
    *_s("dutch_bulb", "Kapiteyn", "Warmenhoven", "Roozen", "Dobbe", "Hogewoning", "Ruigrok"),
    *_s("dutch_bulb", "Krelage", "Ammerlaan"),
    # Lithuanian families from Aukštaitija
    *_s(
        "aukstaitian",
        "Baranauskas/Baranauskienė",
        "Biliūnas/Biliūnienė",
        "Mačiulis/Mačiulienė",
        "Vileišis/Vileišienė",
        "Kriaučiūnas/Kriaučiūnienė",
        "Tamošiūnas/Tamošiūnienė",
    ),
    *_s(
        "aukstaitian",
        "Jurkšaitis/Jurkšaitienė",
        "Juška/Juškienė",
        "Daukša/Daukšienė",
        "Lukoševičius/Lukoševičienė",
        "Sirutavičius/Sirutavičienė",
    ),
    # Latgalian families
    *_s(
        "latgalian",
        "Vilcāns/Vilcāne",
        "Spoģis/Spoģe",
        "Zeps/Zepa",
        "Urbāns/Urbāne",
        "Trasuns/Trasune",
        "Kemps/Kempe",
    ),
    *_s(
        "latgalian",
        "Rubulis/Rubule",
        "Laizāns/Laizāne",
        "Broks/Broka",
        "Ruskulis/Ruskule",
        "Jermacāns/Jermacāne",
        "Locis/Loce",
    ),
    # Russian Old Believer families of Latgale
    *_s(
        "old_believer",
        "Fedotov/Fedotova",
        "Pimenov/Pimenova",
        "Lavrentyev/Lavrentyeva",
        "Kudryashov/Kudryashova",
        "Zuyev/Zuyeva",
    ),
    *_s(
        "old_believer",
        "Osipov/Osipova",
        "Prokofyev/Prokofyeva",
        "Kirsanov/Kirsanova",
        "Yermolayev/Yermolayeva",
        "Zhilko",
    ),
    # Pomak families
    *_s(
        "pomak",
        "Kehayov/Kehayova",
        "Mollov/Mollova",
        "Karaahmedov/Karaahmedova",
        "Sirakov/Sirakova",
        "Dzhambazov/Dzhambazova",
        "Imamov/Imamova",
    ),
    *_s(
        "pomak",
        "Tahirov/Tahirova",
        "Bakalov/Bakalova",
        "Topchiev/Topchieva",
        "Chaushev/Chausheva",
        "Ayazov/Ayazova",
        "Hodzhov/Hodzhova",
    ),
    # Romanian families from Moldavia
    *_s("moldavian", "Apostol", "Botezatu", "Grosu", "Ciubotaru", "Olaru", "Păduraru", "Tanasă"),
    *_s("moldavian", "Buzatu", "Prisacaru", "Agachi", "Asandei", "Pintilie", "Chirilă", "Huțanu"),
    *_s("moldavian", "Bejan", "Iftimie", "Axinte", "Manolache", "Chiriac"),
    # Romanian families from Maramureș
    *_s("maramures", "Hoban", "Bledea", "Pașca", "Marinca", "Sabău", "Iuga", "Dunca", "Mihali"),
    *_s("maramures", "Cozma", "Ardelean", "Petrovai", "Bârsan", "Codrea", "Tămaș", "Șteț"),
    *_s("maramures", "Zubașcu", "Bindea", "Ilieș"),
    # Portuguese families from Trás-os-Montes
    *_s("transmontano", "Fidalgo", "Morais", "Pimentel", "Pires", "Alves", "Trigo", "Borrego"),
    *_s("transmontano", "Preto", "Esteves", "Chaves", "Miranda", "da Fonte", "da Mota"),
    # Portuguese families from the Minho
    *_s("minhoto", "Cerqueira", "Amorim", "Viana", "Vilaça", "Rebelo", "Portela", "Meira"),
    *_s("minhoto", "Caldas", "Quintas", "Bouça"),
    # East Timorese families
    *_s("timorese", "Babo", "Pessoa", "Boavida", "Tilman", "de Deus"),
    # Belarusian families
    *_s("belarusian", "Bahdanovich", "Lukashevich", "Karatkevich", "Babaryka", "Lutsevich"),
    *_s("belarusian", "Hlebka", "Tankovich", "Ramanchuk", "Lahvinovich"),
    *_s(
        "belarusian",
        "Kalinouski/Kalinouskaya",
        "Bykau/Bykava",
        "Astrouski/Astrouskaya",
        "Barshcheuski/Barshcheuskaya",
        "Savitski/Savitskaya",
        "Vinnikau/Vinnikava",
    ),
    # Palóc Hungarian families
    *_s("paloc", "Bárány", "Csizmadia", "Szűcs", "Madách", "Mikszáth", "Bódi", "Bérczi", "Bozó"),
    *_s("paloc", "Bugyi", "Kanyó", "Tajti", "Szabados", "Kotroczó", "Gyetvai", "Bangó"),
    *_s("paloc", "Kecskés", "Csonka", "Bozsik"),
    # Knanaya Catholic families (house names)
    *_s("knanaya", "Makil", "Choolaparambil", "Tharayil", "Kunnassery", "Moolakkatt"),
    *_s("knanaya", "Pandarasseril", "Thottumkal", "Kallarackal", "Kizhakkekara", "Chazhikattu"),
    *_s("knanaya", "Vattakunnel", "Kaniyarasseril", "Edakkara", "Ottaplackal", "Mannarkatt"),
    *_s("knanaya", "Kalarickal", "Poovathumkal"),
    # Pangasinan families
    *_s("pangasinan", "de Venecia", "Espino", "Calimlim", "Mamaril", "Cayabyab", "Bince"),
    *_s("pangasinan", "Manaois", "Manaoat", "Mangaoang", "Fajardo", "Tiangco", "Domagas"),
    *_s("pangasinan", "Abalos", "Braganza", "Muyargas"),
    # Manyika families
    *_s("manyika", "Chinamasa", "Marange", "Zimunya", "Mutema", "Chitepo", "Nyamupinga"),
    *_s("manyika", "Muzorewa", "Nyagumbo", "Dzvairo", "Chimombe", "Chipunza", "Chikowore"),
    *_s("manyika", "Mandizvidza", "Nyamadzawo", "Gwanzura"),
    # Ebira families
    *_s("ebira", "Ozigi", "Adeiza", "Ajanah", "Ogirima", "Ohize", "Onuche", "Ihima"),
    # Igala families
    *_s("igala", "Idakwo", "Okpanachi", "Ameh", "Achimugu", "Ajogwu", "Akogu", "Egwemi"),
    *_s("igala", "Ocholi", "Abalaka", "Odiba", "Unubi"),
    # Isoko families
    *_s("isoko", "Okpako", "Emuobo", "Oghuvwu", "Egbri", "Oboro", "Emuakpor", "Ikime", "Ojugo"),
    # Bakiga families
    *_s("bakiga", "Byabagambi", "Turyahabwe", "Ndyanabo", "Kabwegyere", "Rwendeire", "Bakeine"),
    *_s("bakiga", "Turyamureeba", "Kanyamunyu", "Tumukunde", "Beyendeza", "Mwesigwa", "Agaba"),
    *_s("bakiga", "Kamugisha", "Ndyamuhaki", "Rukundo"),
    # Lugbara families
    *_s("lugbara", "Ondoga", "Okuonzi", "Aridru", "Ezama", "Dramadri", "Aliku", "Candia"),
    *_s("lugbara", "Ayume", "Adiga", "Amandua", "Abiria", "Anguzu", "Oliaku"),
    # Syrian families from Daraa (the Hauran's clans)
    *_s("hauran", "Al-Masalmeh", "Al-Hariri", "Al-Rifai", "Al-Miqdad", "Al-Hourani"),
    *_s("hauran", "Al-Mahameed", "Al-Qadah", "Al-Jawabra", "Al-Akrad", "Al-Kiwan", "Abazeed"),
    *_s("hauran", "Abu Nabbout", "Abu Dhiab"),
    # Kurdish families from Duhok (tribal names)
    *_s("badini", "Doski", "Slevani", "Rekani", "Harki", "Surchi", "Zakhoyi", "Atrushi"),
    *_s("badini", "Bamarni", "Gulli", "Nerwayi", "Shekhani"),
    # Hadhrami families
    *_s("hadhrami", "bin Break", "bin Dagher", "bin Ghalib", "Bajabir", "Basharahil"),
    *_s("hadhrami", "Bahumaid", "Bakhashwain", "Bagharib", "Bashanfar", "Baeshen", "Bazara"),
    *_s("hadhrami", "Bamardouf", "Al-Kaff", "Al-Attas", "Al-Saqqaf", "Al-Habshi"),
    *_s("hadhrami", "Al-Aidarous", "Al-Junaid", "Al-Jifri"),
    # Nubian families from Sudan
    *_s("nubian", "Wardi", "Mekki", "Dafalla", "El Tinay", "El Mardi", "El Gaili", "El Gizouli"),
    *_s("nubian", "El Obeid", "Halfawi", "Mahasi", "Dongolawi"),
    # Fuzhounese families
    *_s("fuzhou", "Xue", "Shi", "Ke", "Lian", "Luo", "Zhan", "Hong", "Ou"),
    # Chittagonian families
    *_s("chittagonian", "Talukder", "Sowdagar", "Mahajan", "Sayeed"),
    # Barua Buddhist families of Chittagong
    *_s("barua", "Barua", "Mutsuddi", "Bhattacharjee"),
    # Thakali families (the four clans)
    *_s("thakali", "Sherchan", "Gauchan", "Tulachan", "Bhattachan"),
    # Tobagonian families
    *_s("tobagonian", "Nedd", "Dumas", "Yorke", "Baird", "Hackett", "Sealy", "Waldron"),
    *_s("tobagonian", "Melville", "Cunningham"),
    # Irish families from Achill
    *_s(
        "achill",
        "Ó Maolfhábhail/Ní Mhaolfhábhail",
        "Ó Mongáin/Ní Mhongáin",
        "Ó Ruadháin/Ní Ruadháin",
        "Ó Ciaráin/Ní Chiaráin",
    ),
    *_s(
        "achill",
        "Ó Corragáin/Ní Chorragáin",
        "Ó Cuana/Ní Chuana",
        "Ó Maoláin/Ní Mhaoláin",
        "Ó Dubhda/Ní Dhubhda",
    ),
    *_s(
        "achill",
        "MacAodha/NicAodha",
        "MacFhinneachta/NicFhinneachta",
        "MacOireachtaigh/NicOireachtaigh",
        "MacCalbhaigh/NicCalbhaigh",
    ),
    *_s("achill", "O'Malley", "O'Donnell", "O'Hara", "O'Hora", "O'Grady", "O'Gara"),
    # Scottish families from Galloway
    *_s("galloway", "McCulloch", "McClymont", "McKie", "McMillan", "McCaig", "McGaw"),
    *_s("galloway", "McGarva", "McMurray", "McKeand", "McConchie", "McHarg", "McTaggart"),
    *_s("galloway", "McClelland", "McGeoch", "McQuaker", "McCubbin", "McMorran", "McJannet"),
    *_s("galloway", "McBurnie", "McLurg"),
    # Welsh families from Ceredigion
    *_s("ceredigion", "ap Elystan", "ap Meilyr", "ap Emrys", "ap Dewi"),
    # Tajik families from the Panjshir valley
    *_s("panjshiri", "Panjsheri", "Andarabi", "Kohistani", "Paryani", "Jamshidi", "Azizi"),
    *_s("panjshiri", "Massoudi"),
]
SURNAMES_WORD = [
    # Fenland surnames that are words
    *_s("fenland", "Sizer", "Custard", "Cabbage", "Ploughman", "Thresh", "Dredge", word=True),
    *_s("fenland", "Hoe", "Furrow", "Trundle", "Clench", "Sales", "Toll", "Grounds", word=True),
    *_s("fenland", "Sills", "Dowse", "Thaw", "Cropper", "Bathe", "Clothier", word=True),
    # Surnames of the Lincolnshire coast that are words
    *_s("lincolnshire_coast", "Sprat", "Keeling", "Lamprey", "Coot", "Ruff", "Lush", word=True),
    *_s("lincolnshire_coast", "Hooks", "Snowball", "Sleigh", "Overall", "Pain", word=True),
    *_s("lincolnshire_coast", "Speller", "Goldfinch", word=True),
    # Norfolk surnames that are words
    *_s("norfolk", "Riches", "Loveless", "Careless", "Rye", "Crofts", "Burrows", word=True),
    *_s("norfolk", "Dowdy", "Hives", "Ready", "Quince", "Marrow", "Hemp", "Madder", word=True),
    *_s("norfolk", "Pitch", word=True),
    # Showmen's surnames that are words
    *_s("showmen", "Cousins", "Lay", "Press", "Dresser", "Hutch", "Halter", word=True),
    *_s("showmen", "Steeple", "Upright", "Moors", "Fray", "Way", "Knoll", word=True),
    # Scottish surnames that are words
    *_s("galloway", "Burn", "Younger", "Braid", "Curl", "Fell", word=True),
    # Irish surnames that are words
    *_s("achill", "Kidney", word=True),
    # Dutch surnames that are words
    *_s("dutch_bulb", "Rood", "Stork", word=True),
    # Italian surnames that are words
    *_s("italian_pow", "Lotto", word=True),
]


POOL = NamePool(
    female=FEMALE,
    male=MALE,
    female_word=FEMALE_WORD,
    male_word=MALE_WORD,
    surnames=SURNAMES,
    surnames_word=SURNAMES_WORD,
    streets=[
        "Wide Bargate",
        "Strait Bargate",
        "Spain Lane",
        "Skirbeck Road",
        "Fydell Street",
        "Sleaford Road",
        "Winsover Road",
        "Pinchbeck Road",
        "Cowbit Road",
        "Holbeach Road",
        "Fleet Road",
        "Barrington Gate",
        "Elm High Road",
        "Norfolk Street",
        "Queens Road",
        "Lynn Road",
        "Roman Bank",
        "Lumley Road",
        "Drummond Road",
        "Quebec Road",
        "Eastgate",
        "Northgate",
        "Boston Road",
        "Sutton Road",
        "Marsh Lane",
        "Church Gate",
    ],
    blocks=[
        "Witham Court",
        "Welland House",
        "Nene Court",
        "Haven House",
        "Bargate Court",
        "Ayscoughfee Court",
        "Peckover House",
        "Glen Court",
        "Fosdyke Court",
        "Skirbeck House",
        "Tattershall Court",
        "Carrington Court",
    ],
    towns=[
        "Fosdyke",
        "Algarkirk",
        "Wrangle",
        "Old Leake",
        "Friskney",
        "Sleaford",
        "Tydd St Mary",
        "Terrington St Clement",
        "Sutton Bridge",
        "Crowland",
        "Kirton",
        "Swineshead",
        "Donington",
        "Gosberton",
        "Whaplode",
        "Gedney",
        "Surfleet",
        "Quadring",
        "Wainfleet",
        "Ingoldmells",
        "Chapel St Leonards",
        "Sutton on Sea",
        "Heckington",
        "Market Deeping",
        "Smolyan",
        "Panevėžys",
        "Rēzekne",
        "Kottayam",
        "Dagupan",
        "Mutare",
        "Kabale",
        "Daraa",
    ],
    stems=[
        "Sibsey",
        "Skirbeck",
        "Bargate",
        "Pinchbeck",
        "Ayscoughfee",
        "Peckover",
        "Welland",
        "Witham",
        "Wyberton",
        "Frampton",
        "Fishtoft",
        "Sutterton",
        "Moulton",
        "Tydd",
    ],
    pubs=[
        "The Stump and Candle",
        "The Eel Trap",
        "The Fen Tiger",
        "The Sluice Keeper",
        "The Tulip and Anchor",
        "The Samphire Bed",
        "The Potato Riddle",
        "The Drove Inn",
        "The Hobhole",
        "The Sea Bank",
        "The Five Bells",
        "The Wash Wind",
        "The Lugger",
    ],
)
