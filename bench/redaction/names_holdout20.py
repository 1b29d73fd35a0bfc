"""Names for the twentieth holdout pool (``holdout20``), written blind for issue 13 by
someone who had not read the redaction engine, its documentation, its word lists or its
benchmark output. None of its given names, nicknames or surnames (nor any word of a
multiword or hyphenated one, bar the particles) is in the dev and test lists (names.py)
or in names_holdout2.py to names_holdout19.py, which were read only to keep clear of
them, and its word-names and word-surnames are other words again. No name list of any
Python package or elsewhere on disk was used to choose or check the names; only
/usr/share/dict was used, to confirm that a word-name or word-surname is an English word.
Its places and institutions are new too: the story is set in Birmingham and the Black
Country (Handsworth, Lozells, Sparkbrook, Small Heath and Digbeth; Sandwell, Walsall,
Dudley and Wolverhampton and their towns), with a few towns abroad that families came
from (Phagwara, Taiz, Mbarara, Uromi). No engine was run on this pool while it was being
written.

The people are those of England and Wales today, drawn from traditions the earlier pools
used little or not at all: Black Country families (chapel names of the nail- and
chain-making towns); Ravidassia and Ramgarhia Punjabi families of Handsworth and
Wolverhampton; Kashmiri Pandit, Marwari, Kutchi Leva Patel, Khoja Ismaili, Parsi and
Saraiki families; Zaghawa families from Darfur and Chad; Ogoni, Esan and Kalabari
families from the Niger Delta; Dagomba and Frafra families from northern Ghana; Kono
(Sierra Leone) and Susu (Guinea) families; Tonga families from Zambia, Banyankole,
Basoga and Iteso families from Uganda, Abagusii, Meru and Giriama families from Kenya and
Nyakyusa families from Tanzania; Pedi and Cape Malay families from South Africa; Soussi
(Amazigh) and Fassi (Fez) families from Morocco; Yemeni families from Taiz (the Yemenis
of Sparkbrook and Small Heath) and Palestinian families; Malay families from Terengganu;
Moluccan families (by way of the Netherlands); São Tomé families; Afrikaans families; the
Italian families of Digbeth, from the Valle di Comino in Ciociaria; Irish families
(in the Irish forms some families keep), Scottish and Welsh families; Nevisian and
Rastafarian families of Handsworth; Bulgarian Turkish families; Lithuanian families from
Dzūkija and Latvian families from Kurzeme (many in Walsall and Wolverhampton); Masurian
families; Taiwanese families. Nicknames are what families call people: the Black Country
Aynuk and Ayli (Enoch and Eli, here for Enock and Elisha) and short forms (Zacky, Zippy,
Phosie); Punjabi -o, -i and -u (Piaro and Piari, Lachhman and Lachhu, Rulda and Ruldu);
Kashmiri -ji (Shibji); Gujarati forms without -ben (Lakhuben, Lakhu) and Khoja -u
(Sadru, Badru, Pyaru); Parsi short forms (Keki, Soli, Noshi, Pilu); Chadian -ou (Kaltou,
Minnou, Bakouri); Kono -ie (Aiahlie, Fombie); Susu -ba (Sékouba, Fodéba); Ugandan and
Kenyan short forms (Kyomu, Twino, Kwambo, Noti); Cape Malay Boeta ("brother"); Yemeni and
Palestinian -oo and -oosh (Hizoom, Wadhoo, Fadoosh, Marwoosh); Moroccan -ou (Ghitou,
Taibou, Hmidou); the Malay birth-order names Ngah, Alang and Busu (second, third and
youngest); Portuguese -inha (Ilzinha, Aldinha); Afrikaans -ie (Sakkie, Klasie, Stoffie);
Ciociaro -ino, -ina and -uccia and cut-off forms (Erasmino, Minuccia, Cesì, Lorè); Irish
-ín and English forms (Sláinín, Mannix for Mainchín, Iarla for Iarfhlaith); Bulgarian
Turkish -o (Redzho, Beko); Lithuanian -utė, -ytė and -ukas; Latvian -iņa, -iņš and -ītis;
German -chen and Polish -ek and -cio among the Masurians; the Taiwanese A- (A-Luan,
A-Chieh); and, before a Thai nickname, P' (what a younger one calls an elder).

Fewer word-names are given than in the earlier pools, because after nineteen pools the
supply of new ones with real bearers is nearly spent. Well attested, to the writer's
knowledge, with a bearer each: Honeysuckle (Honeysuckle Weeks), Caster (Caster Semenya),
Butterfly (Butterfly McQueen), Babe (Babe Didrikson Zaharias, Babe Paley), Jinx (Jinx
Falkenburg), Kitten (Kitten Natividad), Odyssey (Odyssey Sims), Mahogany (Mahogany L.
Browne), Kisses (Kisses Delavin), Flings (Flings Owusu-Agyapong), Reign (Reign Edwards),
Tinsel (Tinsel Korey) and Foxy (a stage name, Foxy Brown); Philander (Philander Knox,
Philander Chase), Rip (Rip Torn), Tab (Tab Hunter), Chic (Chic Murray), Red (Red Adair),
Hoot (Hoot Gibson), Thursday October (Thursday October Christian of Pitcairn), July (July
Moyo, July Perry), Rover (Rover Thomas), Atom (Atom Egoyan), Banjo (Banjo Paterson),
Joker (Joker Arroyo), Oblique (Oblique Seville), Damson (Damson Idris), Nylon (Nylon
Chen), Show (Show Lo), Seraphim (Seraphim of Sarov), Hulk (the footballer Givanildo
Vieira de Sousa), Chunky (Chunky Pandey), and the nicknames Tubby (Tubby Hayes, Tubby
Clayton), Lofty (Lofty England), Chubby (Chubby Checker), Bunk (Bunk Johnson), Stuff
(Stuff Smith), Beefy (Ian Botham), Bumble (David Lloyd) and Budgie (John Burridge), which
are what those men were called rather than given names. Thin, known to the writer from
one bearer or only a few: Worthy (Worthy Patterson), Evergreen (Evergreen Mak), the Thai
nicknames Push, Build and Great (actors' nicknames), Poet, Truth and Champagne (recent
American given names) and the Puritan Replenish and Humiliation (Sussex in the 1590s),
which the writer could not tie to a named bearer with certainty. Not confirmed by the
writer at all, and chosen because names of their kind (English words of virtue and
blessing) are given in those places: Anointing, Tranquility, Radiance and Gentleness
(Nigeria), Integrity and Sincerity (Zimbabwe), Assurance (Ghana) and Innocence (Zambia).
No title-word or rank is used as a name.

The word-surnames are surnames of the Black Country (Perks, Share, Hemming, Bate, Hands,
Edge, Gee, Stones, Groves, Butters, Lees and more) and of England (Grist, Hitch,
Slaughter, Conquest, Dudgeon, Haggard, Medley, Midwinter, Quilter, Twist, Bronze and
more), the Scottish Grieve and Main, the Parsi occupational surnames Banker,
Commissariat and Writer, and the Cantonese Law; Commons, Alley, Outlaw, Patch, Belt,
Pile, Oats, Trick and Clamp are rare as surnames. The surnames include particles (ap,
Mac/Nic, Mc, Ó/Ní, O', D', de, da, van, El, Al-, Abu and bin), hyphens (the Al- forms),
spaces (ap Gwern, Ó Tuama, Abu Zayyad, El Alami, bin Jusoh, van Vuuren, de Jager, da
Glória), apostrophes (O'Hea, D'Orazio), accents, lower-case first letters (ap, bin,
van, de, da) and forms that differ for women (Irish Ní and Nic, Bulgarian Turkish -ova,
Lithuanian -ienė, Latvian -a and -e, Polish -ska)."""

from __future__ import annotations

from bench.redaction.names import NamePool, _f, _s

FEMALE = [
    # Black Country families (chapel names of the old nail- and chain-making families)
    *_f("black_country", "Mahala", "Hallie", "Thirza", "Thirzie", "Zipporah", "Zippy"),
    *_f("black_country", "Jerusha", "Rusha", "Tryphosa", "Phosie", "Dorinda", "Dinda"),
    # Ravidassia Punjabi families of Handsworth and Wolverhampton
    *_f("ravidassia", "Piaro", "Piari", "Bachno", "Bacho", "Swarno", "Sarno", "Dhanno", "Dhanni"),
    # Ramgarhia Sikh families (from Kenya and Uganda)
    *_f("ramgarhia", "Gurbachan", "Bachni", "Harbans", "Bansi", "Surjit", "Surjo"),
    # Kashmiri Pandit families
    *_f("kashmiri_pandit", "Kongposh", "Kongi", "Yemberzal", "Yembi", "Arnimal", "Arni"),
    *_f("kashmiri_pandit", "Poshkar", "Poshi"),
    # Marwari families
    *_f("marwari", "Bhanwari", "Bhanu", "Shakuntala", "Shaku", "Kesar", "Kesu"),
    # Kutchi Leva Patel families
    *_f("kutchi", "Lakhuben", "Lakhu", "Vejiben", "Veju", "Ratanben", "Ratan", "Jasuben", "Jasu"),
    # Khoja Ismaili families (from East Africa)
    *_f("khoja", "Nurbanu", "Nurbai", "Rozmin", "Rozu", "Gulshan", "Gulu", "Almas", "Almu"),
    # Parsi families
    *_f("parsi", "Piloo", "Pilu", "Bapsy", "Baps", "Hutoxi", "Huto", "Armaity", "Maity"),
    *_f("parsi", "Tehmina", "Tehmi", "Coomi", "Coomu"),
    # Saraiki families (from south Punjab)
    *_f("saraiki", "Sohni", "Sohnu", "Nooran", "Noori", "Zebunnisa", "Zebo"),
    # Zaghawa families (Darfur and Chad)
    *_f(
        "zaghawa",
        "Achta",
        "Achtou",
        "Kaltouma",
        "Kaltou",
        "Khadidja",
        "Djidja",
        "Zenaba",
        "Zenabou",
    ),
    # Ogoni families
    *_f("ogoni", "Ledisi", "Disi", "Barinaadaa", "Naadaa", "Neekabari", "Neeka"),
    # Esan families
    *_f("esan", "Ehinome", "Nomey", "Ofure", "Ofu", "Ehimwenma", "Wenma", "Omonigho", "Nigho"),
    # Kalabari families
    *_f("kalabari", "Ibiba", "Biba", "Belema", "Bele", "Tamunosiki", "Siki", "Ibitein", "Tein"),
    # Dagomba families
    *_f(
        "dagomba",
        "Memunatu",
        "Munatu",
        "Rahinatu",
        "Hinatu",
        "Puumaya",
        "Puuma",
        "Wumpini",
        "Wumpi",
    ),
    # Kono families (birth-order names)
    *_f("kono", "Finda", "Findie", "Jeneba", "Neba"),
    # Susu families
    *_f("susu", "Mafory", "Fory", "M'Mah", "Mamah", "Djénab", "Djéné"),
    # Tonga families (Zambia)
    *_f(
        "zambian_tonga", "Choolwe", "Cholo", "Mutinta", "Tinta", "Luyando", "Luya", "Mazuba", "Zuba"
    ),
    # Banyankole families
    *_f("ankole", "Kyomugisha", "Kyomu", "Kobusingye", "Kobu", "Ainembabazi", "Aine"),
    *_f("ankole", "Kansiime", "Kansi"),
    # Basoga families
    *_f("basoga", "Nangobi", "Ngobi", "Nakisita", "Kisita", "Namukose", "Mukose"),
    # Iteso families
    *_f("iteso", "Amoding", "Amodi", "Amuge", "Muge", "Asio", "Asiot"),
    # Abagusii (Kisii) families
    *_f("kisii", "Kwamboka", "Kwambo", "Bosibori", "Bosi", "Kerubo", "Keru", "Nyanchama", "Chama"),
    # Meru families
    *_f("meru", "Kagwiria", "Gwiria", "Nkatha", "Katha", "Nkirote", "Kirote", "Kagendo", "Gendo"),
    # Giriama (Mijikenda) families
    *_f("giriama", "Kadzo", "Dzo", "Kanze", "Kanzi", "Kavumbi", "Vumbi"),
    # Nyakyusa families
    *_f("nyakyusa", "Tusekile", "Tuse", "Sekela", "Seki", "Anyelwisye", "Anye"),
    # Pedi (Northern Sotho) families
    *_f("pedi", "Kgaogelo", "Kgao", "Morongwa", "Rongwa", "Mokgadi", "Kgadi", "Mapula", "Pula"),
    # Cape Malay families
    *_f("cape_malay", "Faghmeda", "Meda", "Mymona", "Mymie", "Rugshana", "Shana"),
    *_f("cape_malay", "Gawa", "Gawatjie", "Zulpha", "Zully"),
    # Soussi (Moroccan Amazigh) families
    *_f("soussi", "Rkia", "Rkiya", "Tiziri", "Tizi", "Mbarka", "Barka"),
    # Yemeni families from Taiz (the Sparkbrook Yemenis)
    *_f("taizi", "Tawakkol", "Tawakkoola", "Hooriya", "Hoori"),
    # Palestinian families
    *_f("palestinian", "Fadwa", "Fadoosh", "Sumoud", "Sumsum", "Suheir", "Suhu"),
    # Fassi (Fez) families
    *_f("fassi", "Ghita", "Ghitou", "Touria", "Touri", "Kenza", "Kenzou"),
    # Malay families from Terengganu
    *_f("terengganu", "Rokiah", "Kiah", "Zaleha", "Leha", "Che Yah", "Yah"),
    # Moluccan families (by way of the Netherlands)
    *_f("moluccan", "Welmina", "Wellie", "Agustina", "Tien"),
    # São Tomé families
    *_f("sao_tomean", "Ilza", "Ilzinha", "Alda", "Aldinha"),
    # Afrikaans families
    *_f("afrikaans", "Jakoba", "Kobie", "Hester", "Hessie"),
    # Italian families of Digbeth, from the Valle di Comino (Ciociaria)
    *_f("ciociaro", "Cesidia", "Cesi", "Benedetta", "Bettina", "Giacinta", "Cintina"),
    *_f("ciociaro", "Erminia", "Minuccia", "Incoronata", "Coronata"),
    # Irish families of Sparkhill, Erdington and Digbeth
    *_f("birmingham_irish", "Lasairíona", "Lasair", "Tuilelaith", "Tuile", "Íde", "Ídie"),
    *_f("birmingham_irish", "Caitlín", "Cáit", "Sláine", "Sláinín"),
    # Scottish families
    *_f("scottish", "Williamina", "Minna"),
    # Welsh families of the Marches
    *_f("welsh", "Dyddgu", "Dyddi"),
    # Nevisian families of Handsworth
    *_f("nevisian", "Hyleeta", "Leeta", "Beulah", "Bulah", "Orletta", "Letta"),
    # Rastafarian families of Handsworth
    *_f("rastafari", "Menen", "Menie", "Tsehai", "Hai", "Jahzara", "Zara", "Aziza", "Ziza"),
    # Bulgarian Turkish families
    *_f("bulgarian_turk", "Fatme", "Fatish", "Nefie", "Nefi", "Gyulsyum", "Gyulya"),
    *_f("bulgarian_turk", "Myuzeyen", "Myuzi"),
    # Lithuanian families from Dzūkija
    *_f("dzukian", "Gražina", "Gražinutė", "Skaidrė", "Skaidrutė", "Vilija", "Vilytė"),
    *_f("dzukian", "Nijolė", "Nijolytė"),
    # Latvian families from Kurzeme
    *_f(
        "kurzeme", "Ilga", "Ilgiņa", "Biruta", "Birutiņa", "Austra", "Austriņa", "Zenta", "Zentiņa"
    ),
    # Masurian families
    *_f("masurian", "Gottliebe", "Liebe", "Luise", "Lieschen", "Amalie", "Malchen"),
    # Taiwanese families (the A- of familiar address)
    *_f("taiwanese", "Shu-Luan", "A-Luan"),
]
MALE = [
    # Black Country families (Aynuk and Ayli, Enoch and Eli as the Black Country says them)
    *_f("black_country", "Enock", "Aynuk", "Elisha", "Ayli", "Jabez", "Jabe", "Lemuel", "Lem"),
    *_f("black_country", "Zachariah", "Zacky", "Zebedee", "Zeb", "Mordecai", "Mord"),
    *_f("black_country", "Abednego", "Bedneg"),
    # Ravidassia Punjabi families
    *_f("ravidassia", "Kirpal", "Pala", "Jagir", "Jagga", "Chanan", "Channa", "Waryam", "Yama"),
    *_f("ravidassia", "Lachhman", "Lachhu", "Rulda", "Ruldu", "Harnam", "Nami"),
    # Ramgarhia Sikh families
    *_f("ramgarhia", "Ujagar", "Jaggu", "Bakhshish", "Bakshi", "Malkiat", "Kiti"),
    *_f("ramgarhia", "Nachhatar", "Chhatri", "Santokh", "Tokhi", "Gurcharan", "Charni"),
    # Kashmiri Pandit families
    *_f("kashmiri_pandit", "Shiban", "Shibji", "Makhan", "Makhni", "Triloki", "Trilok"),
    *_f("kashmiri_pandit", "Jialal", "Jiya", "Pyarelal", "Pyare", "Kashinath", "Kashi"),
    # Marwari families
    *_f("marwari", "Ghanshyam", "Ghanshu", "Banwari", "Bannu", "Girdhari", "Girdhu"),
    *_f("marwari", "Radheshyam", "Radhe", "Murari", "Murli", "Ramniwas", "Niwas"),
    # Kutchi Leva Patel families
    *_f("kutchi", "Lalji", "Lalo", "Ravji", "Ravo", "Premji", "Premo", "Velji", "Velo"),
    # Khoja Ismaili families
    *_f("khoja", "Sadrudin", "Sadru", "Badrudin", "Badru", "Pyarali", "Pyaru"),
    *_f("khoja", "Rajabali", "Rajab", "Sherali", "Sheru"),
    # Parsi families
    *_f("parsi", "Kekobad", "Keki", "Sorabji", "Soli", "Burjor", "Burji", "Noshir", "Noshi"),
    *_f("parsi", "Meherwan", "Meher", "Framroze", "Framji", "Kaikhushru", "Kaikhu"),
    # Saraiki families
    *_f(
        "saraiki", "Allah Ditta", "Ditta", "Fareed", "Faridu", "Pathana", "Patho", "Jalal", "Jallu"
    ),
    # Zaghawa families
    *_f("zaghawa", "Abakar", "Bakouri", "Mahamat", "Mahamatou", "Issakha", "Sakha"),
    *_f("zaghawa", "Djibrine", "Djibi", "Hassaballah", "Hassab", "Minni", "Minnou"),
    # Ogoni families
    *_f("ogoni", "Barinem", "Nem", "Ledum", "Ledumo", "Dumnamene", "Dumna", "Nubari", "Nubi"),
    *_f("ogoni", "Legborsi", "Legbo"),
    # Esan families
    *_f("esan", "Eromosele", "Ero", "Ehimare", "Ehima", "Ojiemen", "Oji", "Ikhide", "Khide"),
    *_f("esan", "Okoduwa", "Duwa", "Ekhator", "Khator"),
    # Kalabari families
    *_f("kalabari", "Tamunotonye", "Tonye", "Dagogo", "Dago", "Ibinabo", "Binabo"),
    *_f("kalabari", "Ibifuro", "Furo", "Tekena", "Teks", "Dokubo", "Doku"),
    # Dagomba families
    *_f("dagomba", "Mahamadu", "Mahama", "Abukari", "Bukari", "Sulemana", "Sule"),
    *_f("dagomba", "Fuseini", "Fusei"),
    # Kono families (Aiah for the third son)
    *_f("kono", "Aiah", "Aiahlie", "Komba", "Kombi", "Fomba", "Fombie"),
    # Frafra families
    *_f("frafra", "Atampugre", "Atam", "Akurugu", "Akuru"),
    # Susu families
    *_f("susu", "Mamadi", "Madi", "Morlaye", "Morla", "Fodé", "Fodéba", "Sékou", "Sékouba"),
    # Tonga families (Zambia)
    *_f("zambian_tonga", "Mainza", "Mainz", "Cheelo", "Cheeli", "Mweemba", "Mwee"),
    *_f("zambian_tonga", "Muchindu", "Chindu", "Hamoonga", "Moonga"),
    # Banyankole families
    *_f("ankole", "Muhoozi", "Hoozi", "Twinomugisha", "Twino", "Rwomushana", "Rwomu"),
    *_f("ankole", "Kakuru", "Kaku"),
    # Basoga families
    *_f("basoga", "Isabirye", "Isabi", "Mugoya", "Goya", "Tenywa", "Tenyi", "Mulondo", "Londo"),
    *_f("basoga", "Kasadha", "Sadha", "Magumba", "Gumba"),
    # Iteso families
    *_f("iteso", "Okurut", "Kurut", "Opolot", "Opo", "Ecweru", "Ecwe"),
    # Abagusii (Kisii) families
    *_f("kisii", "Nyakundi", "Kundi", "Ongeri", "Geri", "Momanyi", "Manyi", "Ombati", "Bati"),
    # Meru families
    *_f("meru", "Kinoti", "Noti", "Kaberia", "Kabe", "Mbaabu", "Baabu", "Kiraithe", "Raithe"),
    # Giriama (Mijikenda) families
    *_f("giriama", "Karisa", "Kari", "Kitsao", "Tsao"),
    # Nyakyusa families
    *_f("nyakyusa", "Ambilikile", "Ambi", "Ipyana", "Pyana", "Ambokile", "Ambo"),
    *_f("nyakyusa", "Atuswege", "Swege"),
    # Pedi (Northern Sotho) families
    *_f("pedi", "Lesiba", "Lesi", "Lesetja", "Setja", "Tlou", "Tlouza"),
    # Cape Malay families (Boeta: brother)
    *_f("cape_malay", "Moegamat", "Gamat", "Achmat", "Boeta", "Gasant", "Santie"),
    *_f("cape_malay", "Igsaan", "Iggies", "Moegsien", "Sien", "Taliep", "Liep"),
    # Soussi (Moroccan Amazigh) families
    *_f("soussi", "Lhoucine", "Houcine", "Hmad", "Hmidou", "Ouhmad", "Hamou"),
    # Yemeni families from Taiz
    *_f("taizi", "Hizam", "Hizoom", "Dhaifallah", "Dhaifan", "Wadhah", "Wadhoo"),
    *_f("taizi", "Mutahar", "Mutoo"),
    # Palestinian families
    *_f("palestinian", "Muin", "Mooni", "Marwan", "Marwoosh"),
    # Fassi (Fez) families
    *_f("fassi", "Taieb", "Taibou", "Mfadel", "Fadel", "Abdellatif", "Latif", "Abdeslam", "Slama"),
    # Malay families from Terengganu (Ngah, Alang and Busu: second, third and youngest)
    *_f("terengganu", "Wahab", "Ngah", "Taib", "Alang", "Muda", "Busu"),
    # Moluccan families
    *_f("moluccan", "Broery", "Broer", "Yopie", "Yop", "Semuel", "Mus", "Dominggus", "Minggus"),
    # São Tomé families
    *_f("sao_tomean", "Fradique", "Fradi", "Evaristo", "Varito", "Damião", "Mião"),
    # Afrikaans families
    *_f("afrikaans", "Sarel", "Sakkie", "Christoffel", "Stoffie", "Nicolaas", "Klasie"),
    *_f("afrikaans", "Theunis", "Teuns", "Lourens", "Rens"),
    # Italian families of Digbeth, from the Valle di Comino
    *_f("ciociaro", "Cesidio", "Cesì", "Loreto", "Lorè", "Erasmo", "Erasmino"),
    *_f("ciociaro", "Benedetto", "Bettino", "Nazzareno", "Reno", "Venanzio", "Nanzio"),
    # Irish families
    *_f("birmingham_irish", "Fachtna", "Fachy", "Mainchín", "Mannix", "Garbhán", "Garv"),
    *_f("birmingham_irish", "Laoiseach", "Laois", "Iarfhlaith", "Iarla"),
    # Scottish families
    *_f("scottish", "Raonull", "Ranald", "Fearchar", "Farquhar", "Eòghann", "Ewen"),
    # Welsh families of the Marches
    *_f("welsh", "Sionyn", "Sioni", "Ffransis", "Ffranc"),
    # Nevisian families of Handsworth
    *_f("nevisian", "Hensley", "Henny", "Theophilus", "Theo", "Wycliffe", "Cliffie"),
    # Rastafarian families of Handsworth
    *_f("rastafari", "Tafari", "Tafa", "Ijahman", "Ijah", "Makonnen", "Konnen", "Jahvid", "Vid"),
    # Bulgarian Turkish families
    *_f("bulgarian_turk", "Ibryam", "Ibo", "Myumyun", "Myumyu", "Dzhevdet", "Dzhevi"),
    *_f("bulgarian_turk", "Redzheb", "Redzho", "Bekir", "Beko", "Nedzhmi", "Nedzho"),
    # Lithuanian families from Dzūkija
    *_f("dzukian", "Vidmantas", "Vidas", "Juozapas", "Juozas", "Vladas", "Vladukas"),
    *_f("dzukian", "Antanas", "Antanukas"),
    # Latvian families from Kurzeme
    *_f("kurzeme", "Krišs", "Krišiņš", "Vilnis", "Vilnītis", "Indulis", "Indulītis"),
    *_f("kurzeme", "Voldemārs", "Voldis", "Miķelis", "Mikus"),
    # Masurian families
    *_f("masurian", "Bogumił", "Bogusz", "Fryderyk", "Frycek", "Gustaw", "Gucio"),
    # Taiwanese families
    *_f("taiwanese", "Shih-Chieh", "A-Chieh"),
]
FEMALE_WORD = [
    # English names that are words
    *_f("english", "Honeysuckle", "Honeys", word=True),
    # Pedi (Northern Sotho) names that are words
    *_f("pedi", "Caster", "Cassie", word=True),
    # African American names that are words
    *_f("african_american", "Butterfly", "Butterflee", "Odyssey", "Dyssey", word=True),
    *_f("african_american", "Mahogany", "Hoggy", word=True),
    # American names and nicknames that are words
    *_f("american", "Babe", "Babesy", "Jinx", "Jinxy", "Kitten", "Kitters", word=True),
    *_f("american", "Reign", "Reigny", "Poet", "Poetry", "Truth", "Truthie", word=True),
    *_f("american", "Champagne", "Pagne", word=True),
    # Filipino names that are words
    *_f("filipino", "Kisses", "Kissy", word=True),
    # Ghanaian names that are words
    *_f("ghanaian", "Flings", "Flingsie", "Assurance", "Assu", word=True),
    # Trinidadian names that are words
    *_f("trinidadian", "Foxy", "Foxie", word=True),
    # Puritan names that are words
    *_f("puritan", "Humiliation", "Hummie", "Replenish", "Plenny", word=True),
    # Nigerian names that are words
    *_f("nigerian", "Anointing", "Nointy", "Tranquility", "Tranqui", word=True),
    *_f("nigerian", "Radiance", "Radie", "Gentleness", "Gentie", word=True),
    # Zimbabwean names that are words
    *_f("zimbabwean", "Integrity", "Tegri", "Sincerity", "Sinci", word=True),
    # Zambian names that are words
    *_f("zambian", "Innocence", "Nocie", word=True),
    # Canadian names that are words
    *_f("canadian", "Tinsel", "Tinny", word=True),
]
MALE_WORD = [
    # New England names that are words
    *_f("new_england", "Philander", "Phil", word=True),
    # African American names and nicknames that are words
    *_f("african_american", "Worthy", "Worts", "Bunk", "Bunky", "Stuff", "Stuffy", word=True),
    *_f("african_american", "Chubby", "Chubbs", word=True),
    # Southern American names and nicknames that are words
    *_f(
        "american_south", "Rip", "Rippy", "Tab", "Tabbo", "Hoot", "Hooty", "Red", "Reds", word=True
    ),
    # Scottish nicknames that are words
    *_f("scottish", "Chic", "Chiccy", word=True),
    # Pitcairn names that are words
    *_f("pitcairn", "Thursday October", "Thursday", word=True),
    # Zimbabwean names that are words
    *_f("zimbabwean", "July", "Jul", word=True),
    # Aboriginal Australian names that are words
    *_f("aboriginal_australian", "Rover", "Rov", word=True),
    # Thai nicknames used as names (P': what a younger one calls an elder)
    *_f("thai", "Push", "P'Push", "Build", "P'Build", "Great", "P'Great", word=True),
    # English nicknames that are words
    *_f("english", "Tubby", "Tubs", "Lofty", "Lofts", "Beefy", "Beef", word=True),
    *_f("english", "Bumble", "Bumbs", "Budgie", "Budgs", word=True),
    # Brazilian nicknames that are words
    *_f("brazilian", "Hulk", "Hulkinho", word=True),
    # Hong Kong English names that are words
    *_f("hong_kong", "Evergreen", "Greeny", word=True),
    # Armenian names that are words
    *_f("armenian", "Atom", "Atomik", word=True),
    # Australian nicknames that are words
    *_f("australian", "Banjo", "Banj", word=True),
    # Filipino nicknames that are words
    *_f("filipino", "Joker", "Jokey", word=True),
    # Jamaican names that are words
    *_f("jamaican", "Oblique", "Bleeky", word=True),
    # Nigerian names that are words
    *_f("nigerian", "Damson", "Dammo", word=True),
    # Taiwanese English names that are words
    *_f("taiwanese", "Nylon", "A-Nylon", "Show", "A-Show", word=True),
    # Russian names that are words
    *_f("russian", "Seraphim", "Sima", word=True),
    # Indian nicknames that are words
    *_f("indian", "Chunky", "Chunks", word=True),
]
SURNAMES = [
    # Black Country families
    *_s("black_country", "Tromans", "Hickinbottom", "Siviter", "Hartill", "Danks"),
    *_s("black_country", "Fereday", "Bytheway", "Jeavons", "Mincher", "Nicklin"),
    *_s("black_country", "Raybould", "Gripton", "Dorrell", "Dingley", "Shinton"),
    *_s("black_country", "Pountney", "Millichip", "Plimmer", "Hodgetts", "Bissell"),
    # Ravidassia Punjabi families
    *_s("ravidassia", "Chumber", "Kainth", "Sumal", "Jassal", "Mahey", "Sohpal"),
    *_s("ravidassia", "Ladhar", "Banger", "Rattu", "Kalyan", "Bhatoa", "Mehmi"),
    # Ramgarhia Sikh families
    *_s("ramgarhia", "Matharu", "Kalsi", "Hunjan", "Sehmi", "Dhadwal", "Mudhar"),
    *_s("ramgarhia", "Rayat", "Jutla", "Bharj", "Bamrah", "Chaggar", "Ghatora"),
    # Kashmiri Pandit families
    *_s("kashmiri_pandit", "Koul", "Wanchoo", "Tikoo", "Ganju", "Katju", "Bamzai"),
    *_s("kashmiri_pandit", "Mujoo", "Fotedar", "Kitchlu", "Hangloo", "Mirakhur"),
    # Marwari families
    *_s("marwari", "Jhunjhunwala", "Singhania", "Poddar", "Khaitan", "Goenka", "Dalmia"),
    *_s("marwari", "Kanoria", "Somani", "Murarka", "Chokhani", "Tibrewal", "Saraogi"),
    # Kutchi Leva Patel families
    *_s("kutchi", "Varsani", "Kerai", "Halai", "Pindoria", "Vaghjiani", "Bhudia"),
    *_s("kutchi", "Raghwani", "Gorasia"),
    # Khoja Ismaili families
    *_s("khoja", "Jivraj", "Hirji", "Dhanani", "Virani", "Ladha", "Ratansi"),
    *_s("khoja", "Dewji", "Karmali", "Madhani", "Somji", "Mawji", "Merali"),
    # Parsi families
    *_s("parsi", "Sethna", "Dastur", "Bilimoria", "Khambatta", "Poonawalla", "Daruwala"),
    # Saraiki families
    *_s("saraiki", "Khakwani", "Leghari", "Khosa", "Dreshak", "Gurmani", "Bosan"),
    # Zaghawa families
    *_s("zaghawa", "Itno", "Minnawi", "Arko", "Abdelkerim", "Haggar", "Tijani"),
    # Ogoni families
    *_s("ogoni", "Kiobel", "Kpuinen", "Dobee", "Eawo", "Gbooko", "Levera", "Nuate"),
    *_s("ogoni", "Mitee", "Kobani", "Orage", "Badey", "Deebii"),
    # Esan families
    *_s("esan", "Okojie", "Ojeifo", "Aigbokhan", "Ebhomien", "Ikhianosime", "Oriakhi"),
    *_s("esan", "Okosun", "Akhigbe", "Aigbogun", "Eguavoen", "Ehiogu", "Inegbedion"),
    # Kalabari families
    *_s("kalabari", "Amachree", "Fubara", "Iyalla", "Ikiriko", "Sekibo", "Princewill"),
    *_s("kalabari", "Horsfall", "Tariah", "Kalio", "Dappa", "Braide", "Yellowe"),
    # Dagomba families
    *_s("dagomba", "Dawuni", "Andani", "Wumbei", "Tampuli", "Inusah", "Alhassan"),
    # Frafra families
    *_s("frafra", "Atinga", "Akolgo", "Ayine", "Atule", "Anaba", "Ayamga", "Apuri"),
    *_s("frafra", "Akugre", "Aduko", "Abaane", "Anafo", "Azongo", "Atiiga"),
    # Kono families
    *_s("kono", "Fillie", "Kamanda", "Nyuma", "Saquee", "Tongu", "Ngekia", "Kpakiwa"),
    # Susu families
    *_s("susu", "Soumah", "Bangoura", "Yansané", "Youla", "Kouyaté"),
    # Tonga families (Zambia)
    *_s("zambian_tonga", "Hichilema", "Hamududu", "Hamukale", "Haangala", "Hamakando"),
    *_s("zambian_tonga", "Siamwiza", "Simuusa", "Mweetwa", "Choongo", "Mudenda"),
    *_s("zambian_tonga", "Munsaka", "Hamweemba", "Sianga", "Chilala", "Himoonde"),
    # Banyankole families
    *_s("ankole", "Kaguta", "Ahimbisibwe", "Arinaitwe", "Byamukama", "Tukahirwa"),
    *_s("ankole", "Turyahikayo", "Nuwagaba", "Akankwasa", "Rwakakooko", "Kyarimpa"),
    # Basoga families
    *_s("basoga", "Kadaga", "Muwanga", "Gabula", "Kakaire", "Mpaata", "Bagonza"),
    *_s("basoga", "Batwala", "Wambuzi", "Balyejusa", "Wakabi", "Lubogo", "Kibedi"),
    # Iteso families
    *_s("iteso", "Amuriat", "Okwalinga", "Ebong", "Emuron", "Etonu", "Oboi"),
    *_s("iteso", "Osele", "Okiror", "Ekanya", "Omoding", "Ilukor", "Epaku"),
    # Abagusii (Kisii) families
    *_s("kisii", "Nyamweya", "Onyancha", "Nyamache", "Obure", "Bitange", "Ogaro"),
    *_s("kisii", "Omosa", "Nyagaka", "Manyara", "Onsongo", "Nyachae", "Nyangau"),
    # Meru families
    *_s("meru", "Murungi", "Muthuri", "Mutuma", "Kirimi", "Kaimenyi", "Kiogora"),
    *_s("meru", "Murithi", "Kithinji", "Mugambi", "Nkonge"),
    # Giriama (Mijikenda) families
    *_s("giriama", "Mwamure", "Mwaro", "Mwachiti", "Mramba", "Ngowa", "Mwangala"),
    *_s("giriama", "Kenga", "Charo", "Kaingu", "Dzombo"),
    # Nyakyusa families
    *_s("nyakyusa", "Mwakalinga", "Mwakasege", "Mwansasu", "Mwaipopo", "Mwakilema"),
    *_s("nyakyusa", "Mwakapugi", "Mwakibete", "Mwambene", "Mwaisela", "Mwakyusa"),
    # Pedi (Northern Sotho) families
    *_s("pedi", "Malema", "Maponya", "Mashego", "Mphahlele", "Sekhukhune", "Ledwaba"),
    *_s("pedi", "Makgoba", "Masemola", "Mokgalaka", "Thobejane", "Matlala", "Semenya"),
    # Cape Malay families
    *_s("cape_malay", "Salie", "Gamieldien", "Samsodien", "Toefy", "Fakier", "Karriem"),
    *_s("cape_malay", "Gierdien", "Slamang", "Jappie", "Kamaldien", "Majiet", "Baderoon"),
    # Soussi (Moroccan Amazigh) families
    *_s("soussi", "Akhannouch", "Oufkir", "Ouzzine", "Amzil", "Oubella", "Ouchen"),
    # Yemeni families from Taiz
    *_s("taizi", "Al-Shamiri", "Al-Dhubhani", "Al-Qubati", "Al-Absi", "Al-Mikhlafi"),
    *_s("taizi", "Al-Asbahi", "Al-Shaibani", "Al-Shurjabi", "Al-Udaini", "Al-Hubaishi"),
    # Palestinian families
    *_s("palestinian", "Abu Zayyad", "Abu Eisheh", "Abu Hashish", "Abu Lughod", "Abu Shawish"),
    *_s("palestinian", "Abu Sneineh", "Abu Ghosh", "Abu Nahleh", "Abu Toameh", "Abu Arafeh"),
    # Fassi (Fez) families
    *_s("fassi", "El Alami", "El Kettani", "El Hajjami", "El Guennouni", "El Fihri"),
    *_s("fassi", "Sqalli", "Guessous", "Lazrak", "Sefrioui", "Mernissi", "Bensouda", "Kabbaj"),
    # Malay families from Terengganu
    *_s("terengganu", "bin Jusoh", "bin Embong", "bin Deraman", "bin Endut", "bin Hitam"),
    # Moluccan families
    *_s("moluccan", "Latuhihin", "Pattiasina", "Manuhutu", "Sahetapy", "Tuhumury", "Sopacua"),
    *_s("moluccan", "Leiwakabessy", "Matulessy", "Lewerissa", "Tahapary", "Hehanussa"),
    *_s("moluccan", "Nanlohy", "Wattimena", "Pesulima", "Siahaya", "Pelupessy"),
    # São Tomé families
    *_s("sao_tomean", "Trovoada", "Posser", "Ceita", "da Glória", "de Almeida", "de Barros"),
    # Afrikaans families
    *_s("afrikaans", "van Vuuren", "van Aswegen", "van Jaarsveld", "van Biljon", "van Blerk"),
    *_s("afrikaans", "van Graan", "van Huyssteen", "de Jager", "de Kock", "de Wet", "de Bruyn"),
    *_s("afrikaans", "Grobbelaar", "Steenkamp"),
    # Italian families of Digbeth, from the Valle di Comino
    *_s("ciociaro", "D'Orazio", "D'Ovidio", "D'Ercole", "D'Ascenzo", "D'Eramo", "D'Arcangelo"),
    *_s("ciociaro", "Tedeschi", "Iannetta", "Coia", "Crolla", "Cocozza", "Nardone", "Pacitti"),
    *_s("ciociaro", "Conetta", "Mastrangelo", "Volante", "Pittiglio", "Marzella"),
    # Irish families
    *_s(
        "birmingham_irish",
        "Ó Maolalaidh/Ní Mhaolalaidh",
        "Ó Cuinneagáin/Ní Chuinneagáin",
        "Ó Gealbháin/Ní Ghealbháin",
        "Ó Donnabháin/Ní Dhonnabháin",
    ),
    *_s(
        "birmingham_irish",
        "Ó Cearbhaill/Ní Chearbhaill",
        "Ó Meachair/Ní Mheachair",
        "Ó Tuama/Ní Thuama",
        "Ó hÓgáin/Ní Ógáin",
    ),
    *_s(
        "birmingham_irish",
        "MacCárthaigh/NicCárthaigh",
        "MacGearailt/NicGearailt",
        "MacSuibhne/NicSuibhne",
        "MacGabhann/NicGabhann",
    ),
    *_s("birmingham_irish", "O'Hea", "O'Dwane", "O'Loughran", "O'Hehir", "O'Meehan"),
    # Scottish families
    *_s("scottish", "McSporran", "McFadzean", "McKerlie", "McQuistan", "McWhirter", "McGhie"),
    # Welsh families of the Marches
    *_s("welsh", "ap Gwern", "ap Cyngen", "Voyle"),
    # Nevisian families
    *_s("nevisian", "Hanley", "Hendrickson", "Claxton", "Amory", "Pemberton", "Kelsick"),
    *_s("nevisian", "Lescott", "Tross", "Caines"),
    # Rastafarian families
    *_s("rastafari", "Zephaniah", "Mowatt", "Dunbar", "Braithwaite", "Livingston"),
    # Bulgarian Turkish families
    *_s(
        "bulgarian_turk",
        "Mehmedov/Mehmedova",
        "Ibryamov/Ibryamova",
        "Halilov/Halilova",
        "Mustafov/Mustafova",
    ),
    *_s(
        "bulgarian_turk",
        "Hyuseinov/Hyuseinova",
        "Myumyunov/Myumyunova",
        "Redzhebov/Redzhebova",
        "Sabriev/Sabrieva",
    ),
    # Lithuanian families from Dzūkija
    *_s(
        "dzukian",
        "Kudirka/Kudirkienė",
        "Čiurlionis/Čiurlionienė",
        "Kaukėnas/Kaukėnienė",
        "Motiejūnas/Motiejūnienė",
        "Javtokas/Javtokienė",
    ),
    # Latvian families from Kurzeme
    *_s(
        "kurzeme",
        "Putniņš/Putniņa",
        "Āboliņš/Āboliņa",
        "Zeltiņš/Zeltiņa",
        "Rozītis/Rozīte",
        "Dreimanis/Dreimane",
    ),
    *_s(
        "kurzeme",
        "Zālītis/Zālīte",
        "Mucenieks/Muceniece",
        "Upītis/Upīte",
        "Birznieks/Birzniece",
    ),
    # Masurian families
    *_s(
        "masurian",
        "Kętrzyński/Kętrzyńska",
        "Pogorzelski/Pogorzelska",
        "Skowroński/Skowrońska",
        "Kajka",
        "Leyk",
    ),
]
SURNAMES_WORD = [
    # Black Country surnames that are words
    *_s("black_country", "Perks", "Share", "Hemming", "Bate", "Hands", "Edge", word=True),
    *_s("black_country", "Gee", "Stones", "Groves", "Butters", "Read", "Lees", word=True),
    *_s("black_country", "Old", "Pile", "Belt", "Oats", "Trimmer", "Miner", word=True),
    *_s("black_country", "Mariner", "Acres", "Alley", "Brine", "Cleaver", "Cull", word=True),
    *_s("black_country", "Down", "Fleet", "Land", "Moat", "Pick", "Rank", word=True),
    *_s("black_country", "Still", "Stretch", "Trick", "Commons", word=True),
    # English surnames that are words
    *_s("english", "Grist", "Hitch", "Mount", "Outlaw", "Patch", "Reader", word=True),
    *_s("english", "Slack", "Slaughter", "Tiller", "Trench", "Bale", "Clamp", word=True),
    *_s("english", "Clout", "Conquest", "Cowling", "Dudgeon", "Eaves", "Fielder", word=True),
    *_s("english", "Flight", "Gallop", "Grout", "Haggard", "Harness", "Kindred", word=True),
    *_s("english", "Leather", "Locker", "Marble", "Measures", "Medley", "Messenger", word=True),
    *_s("english", "Midwinter", "Motley", "Portal", "Punter", "Quilter", "Rumble", word=True),
    *_s("english", "Stalker", "Stride", "Sturdy", "Topping", "Twist", "Wedge", word=True),
    *_s("english", "Withers", "Bronze", word=True),
    # Scottish surnames that are words
    *_s("scottish", "Grieve", "Main", word=True),
    # Parsi surnames that are words
    *_s("parsi", "Banker", "Commissariat", "Writer", word=True),
    # Hong Kong surnames that are words
    *_s("hong_kong", "Law", word=True),
]


POOL = NamePool(
    female=FEMALE,
    male=MALE,
    female_word=FEMALE_WORD,
    male_word=MALE_WORD,
    surnames=SURNAMES,
    surnames_word=SURNAMES_WORD,
    streets=[
        "Soho Road",
        "Lozells Road",
        "Villa Road",
        "Rookery Road",
        "Stratford Road",
        "Ladypool Road",
        "Alum Rock Road",
        "Washwood Heath Road",
        "Icknield Street",
        "Moseley Road",
        "Coventry Road",
        "Hamstead Road",
        "Witton Road",
        "Oxhill Road",
        "Bilston Road",
        "Caldmore Road",
        "Stafford Street",
        "Birmingham New Road",
        "Tividale Road",
        "Powke Lane",
        "Pensnett Road",
        "Bloxwich Road",
        "Leamore Lane",
        "Sedgley Road",
        "Newhampton Road",
        "Halesowen Road",
    ],
    blocks=[
        "Lozells House",
        "Nechells Heights",
        "Caldmore Court",
        "Tividale Court",
        "Ettingshall House",
        "Blakenall Court",
        "Chuckery Court",
        "Pleck Court",
        "Bordesley House",
        "Saltley Court",
        "Sandwell Tower",
        "Greets Green House",
    ],
    towns=[
        "Bilston",
        "Wednesfield",
        "Oldbury",
        "West Bromwich",
        "Rowley Regis",
        "Stourbridge",
        "Sedgley",
        "Netherton",
        "Coseley",
        "Bloxwich",
        "Aldridge",
        "Brownhills",
        "Kingswinford",
        "Wordsley",
        "Lye",
        "Great Bridge",
        "Princes End",
        "Tettenhall",
        "Pelsall",
        "Blackheath",
        "Old Hill",
        "Sutton Coldfield",
        "Phagwara",
        "Taiz",
        "Mbarara",
        "Uromi",
    ],
    stems=[
        "Handsworth",
        "Sparkbrook",
        "Sparkhill",
        "Balsall Heath",
        "Small Heath",
        "Winson Green",
        "Ladywood",
        "Digbeth",
        "Palfrey",
        "Heath Town",
        "Hamstead",
        "Bushbury",
        "Gornal",
        "Pensnett",
    ],
    pubs=[
        "The Bull and Bladder",
        "The Crooked House",
        "The Beacon Hotel",
        "The Britannia",
        "The Lamp Tavern",
        "The Waggon and Horses",
        "The Hen and Chickens",
        "The Bellfounder",
        "The Nailmaker",
        "The Glasscutter",
        "The Lock Keeper",
        "The Fiddle and Bone",
        "The Jug of Ale",
    ],
)
