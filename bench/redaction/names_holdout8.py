"""Names for the eighth holdout pool (``holdout8``), written blind for issue 13 by someone
who had not read the redaction engine, its documentation or its word lists. None of its
given names, nicknames or surnames (nor any word of a multiword or hyphenated one, bar
the particles) is in the dev and test lists (names.py) or in names_holdout2.py to
names_holdout7.py, and its word-names are other words again.

The people are those of England and Wales today, with the traditions in other
proportions than holdout7's: more West and East African families (Yoruba, Igbo, Hausa,
Akan, Ewe, Shona, Ndebele, Chewa from Malawi, Bemba from Zambia, Kikuyu, Luo, Somali,
Amharic, Tigrinya and Sudanese Arabic), Caribbean families (Jamaican, Trinidadian, Indo-
and Afro-Trinidadian, Barbadian), South Asian families (Mirpuri, Sylheti, Gujarati
Muslim, Sikh Punjabi, Sri Lankan Tamil, Malayali, Sinhala and Nepali, many with a Gurkha
father), Middle Eastern families (Sorani Kurdish, Iraqi, Iranian, Afghan Pashto and Dari,
Syrian), East and South-East Asian families (Hakka from the New Territories, Hong Kong
Cantonese, Vietnamese, Filipino, Thai, Malaysian), European families (Polish, Slovak
Roma, Lithuanian, Latvian, Romanian, Bulgarian, Albanian, Portuguese, Brazilian,
Italian, Greek Cypriot, Turkish Cypriot, Icelandic), British and Irish families (Welsh,
Scottish Gaelic, Northern Irish, Irish Traveller, Romany Gypsy, Cornish, Geordie and
Scouse) and Jewish families (Haredi, Sephardi and Anglo-Dutch). Some people answer to a
second name that is no diminutive of the first (Hong Kong people by an English name at
work, Thai people by nicknames that are English words).

The word-names are Puritan virtues, modern invented names, birds, fabrics, fruit, sweets
and gems, and English words given as names in Zimbabwe, Zambia, Malawi, Nigeria, Ghana,
Jamaica, Barbados, Trinidad, the Philippines, Hong Kong, Malaysia, Kerala, Punjab and
Nepal, with Arabic, Turkish, Vietnamese and Hebrew names that spell an English word. The
word-surnames are trades, offices, places, trees, colours, animals and objects, and
Irish Traveller, Romany, Jewish, Jamaican and Barbadian families' names, with Chinese,
Hakka, Malaysian Chinese, Nepali, Pakistani, Italian, Brazilian and Romanian surnames
that spell an English word. The surnames include particles (ap, Mac/Nic, Ó/Ní, O', D',
de, van, da, Ben, El-, Abu), hyphens, spaces, apostrophes, accents, lower-case first
letters and forms that differ for women (Polish -ska and -cka, Slovak -ová, Lithuanian
-ienė and -aitė, Latvian -a and -e, Bulgarian -a, Greek -ou, Icelandic -dóttir, Irish
Ní, Scottish Gaelic Nic). No engine change was checked against this pool before its
first figures were reported."""

from __future__ import annotations

from bench.redaction.names import NamePool, _f, _s

FEMALE = [
    # Geordie and Scouse
    *_f("english", "Michelle", "Shell", "Collette", "Coll", "Lynsey", "Lyns"),
    *_f("english", "Shelagh", "Shel", "Kylie", "Kyles"),
    # Cornish names
    *_f("english", "Elowen", "Elo", "Lowena", "Lowie"),
    # Romany Gypsy names
    *_f("english", "Athalia", "Thally", "Delilah", "Lila", "Fenella", "Nella"),
    # Irish, Northern Irish and Irish Traveller names
    *_f("irish", "Aoibheann", "Eevie", "Róisín", "Rosh", "Mairéad", "Mags"),
    *_f("irish", "Deirbhile", "Dervil", "Eithne", "Enya", "Bedelia", "Biddy"),
    # Welsh and Scottish Gaelic names
    *_f("scottish_welsh", "Eurwen", "Euri", "Mererid", "Merri", "Gwenfair", "Gwenno"),
    *_f("scottish_welsh", "Mòrag", "Mor", "Raonaid", "Ronnie", "Beathag", "Beitidh"),
    *_f("polish", "Urszula", "Ula", "Wiesława", "Wiesia", "Halina", "Halinka"),
    *_f("polish", "Bogumiła", "Bogusia", "Krystyna", "Krysia"),
    # Roma families from Slovakia
    *_f("slovak", "Jarmila", "Jarka", "Marcela", "Marcelka", "Ľudmila", "Ľudka"),
    *_f("lithuanian", "Rasa", "Rasytė", "Vaida", "Vaidutė", "Daiva", "Daivutė"),
    *_f("latvian", "Inese", "Inesīte", "Kristīne", "Kristīnīte", "Agnese", "Agnesīte"),
    *_f("romanian", "Ionela", "Ionelica", "Loredana", "Lori", "Nicoleta", "Nico"),
    *_f("bulgarian", "Gergana", "Gery", "Svetla", "Sveti", "Radka", "Rada"),
    *_f("albanian", "Fatbardha", "Bardha", "Shqipe", "Shqipo", "Entela", "Teli"),
    *_f("portuguese", "Fátima", "Fatinha", "Filomena", "Mena", "Natércia", "Nati"),
    *_f("brazilian", "Josiane", "Josi", "Rosângela", "Rô", "Raimunda", "Mundinha"),
    *_f("italian", "Carmela", "Melina", "Addolorata", "Lolò", "Antonietta", "Ninetta"),
    *_f("greek_cypriot", "Panayiota", "Yiotoulla", "Stavroulla", "Voulla", "Maroulla", "Roulla"),
    *_f("turkish_cypriot", "Fatoş", "Fato", "Nurten", "Nuri", "Gönül", "Gönü"),
    *_f("icelandic", "Guðrún", "Gunna", "Sigríður", "Sigga", "Hrafnhildur", "Habba"),
    # Sorani Kurdish names
    *_f("kurdish", "Tavga", "Tavo", "Chiman", "Chimo", "Roonak", "Roon"),
    *_f("kurdish", "Kazhal", "Kazho"),
    *_f("iraqi", "Zainab", "Zanoob", "Israa", "Soso", "Hadeel", "Hadoola"),
    *_f("iranian", "Fereshteh", "Fershi", "Azadeh", "Azi", "Mojgan", "Moji"),
    # Pashto and Dari names
    *_f("afghan", "Malalai", "Lali", "Freshta", "Freshi", "Spozhmai", "Spozh"),
    *_f("syrian", "Hala Nour", "Halloula", "Rania", "Ranoush", "Lubna", "Lubnoush"),
    # Mirpuri families
    *_f("pakistani", "Tahira", "Tahi", "Robina", "Robi", "Kausar", "Kaus"),
    *_f("pakistani", "Ishrat", "Ishi"),
    # Sylheti families
    *_f("bangladeshi", "Rehana", "Reha", "Husna", "Husnu", "Nurjahan", "Nuru"),
    *_f("bangladeshi", "Lutfa", "Lutfi"),
    # Gujarati Muslim families
    *_f("gujarati", "Khatija", "Khatu", "Hajra", "Haju", "Zubeda", "Zubi"),
    *_f("gujarati", "Shenaz", "Shenu"),
    # Sikh Punjabi families
    *_f("punjabi", "Balbir", "Bali", "Amarjit", "Ammi", "Narinder", "Nindi"),
    *_f("punjabi", "Baljinder", "Balli"),
    *_f("tamil", "Thenmozhi", "Thenu", "Vasanthi", "Vasa", "Kajenthini", "Kaji"),
    *_f("tamil", "Mathumitha", "Mathu"),
    *_f("malayali", "Sreelatha", "Latha", "Liji", "Lijimol", "Aleyamma", "Aley"),
    *_f("sinhala", "Nilmini", "Nilmi", "Tharushi", "Tharu", "Nadeeka", "Nadee"),
    # Nepali families, many with a Gurkha father or grandfather
    *_f("nepali", "Durga", "Duggu", "Sunmaya", "Suna", "Phulmaya", "Phulu"),
    *_f("nepali", "Tulsi", "Tulu"),
    # Hakka families from the New Territories
    *_f("hakka", "Yuk Lan", "Lanlan", "Sau-Mui", "Ah Mui"),
    # known at work by an English name
    *_f("hong_kong", "Hoi Kiu", "Irene", "Pik Sheung", "Sylvia"),
    *_f("vietnamese", "Thu Hương", "Hương", "Hoài Thương", "Thương", "Mỹ Dung", "Dung"),
    *_f("filipino", "Marilou", "Malou", "Cristeta", "Tetay", "Luzviminda", "Luz"),
    # known by a Thai nickname, an English word, at home and at work
    *_f("thai", "Ratchanee", "Cream", "Nattaya", "Bow", "Kanchana", "Milk"),
    *_f("malaysian", "Nurul Huda", "Huda", "Norhayati", "Yati", "Nor Azizah", "Jijah"),
    *_f("yoruba", "Omotola", "Tola", "Adebola", "Bola", "Folasade", "Sade"),
    *_f("yoruba", "Yetunde", "Yetty", "Iyabode", "Iyabo"),
    *_f("igbo", "Ebere", "Ebby", "Chinyere", "Nyere", "Ogechi", "Oge"),
    *_f("igbo", "Nkiruka", "Nkiru", "Uzoamaka", "Uzo"),
    *_f("hausa", "Rahama", "Rahma", "Bilkisu", "Bilki", "Ladi", "Ladidi"),
    *_f("akan", "Esi", "Esiwa", "Araba", "Arabs", "Ewurabena", "Ewura"),
    *_f("ewe", "Enyonam", "Enyo", "Akpene", "Akpe", "Makafui", "Maka"),
    *_f("shona", "Rudo", "Rudie", "Tsitsi", "Tsits", "Chiedza", "Chie"),
    *_f("shona", "Nyarai", "Nyari"),
    *_f("ndebele", "Nomvula", "Mvula", "Thandiwe", "Thandi", "Nokuthula", "Thuli"),
    *_f("ndebele", "Sikhululekile", "Khulu"),
    # Malawian families
    *_f("chewa", "Chikondi", "Chiko", "Tiyamike", "Tiya", "Tadala", "Dala"),
    # Zambian families
    *_f("bemba", "Chilufya", "Chilu", "Kasonde", "Kaso", "Mutale", "Muta"),
    *_f("kikuyu", "Wanjiku", "Shiku", "Nyambura", "Nyam", "Wairimu", "Wairi"),
    *_f("kikuyu", "Muthoni", "Thoni"),
    *_f("luo", "Adhiambo", "Adhi", "Anyango", "Anya", "Apiyo", "Api"),
    *_f("luo", "Achieng", "Achi"),
    *_f("somali", "Sahra", "Sahro", "Idil", "Idilo", "Khadro", "Khadi"),
    *_f("somali", "Nasteexo", "Naste"),
    # Ethiopian families
    *_f("amharic", "Meseret", "Mesi", "Hirut", "Hiru", "Almaz", "Almi"),
    *_f("amharic", "Netsanet", "Netsi"),
    # Eritrean families
    *_f("tigrinya", "Yodit", "Yodi", "Winta", "Wini", "Rahwa", "Rahi"),
    *_f("sudanese", "Samah", "Samoha", "Hanan", "Hanoona", "Tayseer", "Taysi"),
    *_f("sudanese", "Nawal", "Nawoola"),
    *_f("jamaican", "Sharmaine", "Shar", "Shanique", "Shanny", "Tamika", "Mika"),
    *_f("jamaican", "Keisha", "Keish", "Dorrett", "Dorrie"),
    # Indo- and Afro-Trinidadian families
    *_f("trinidadian", "Savitri", "Savi", "Rookmin", "Rookie", "Kernisha", "Nisha"),
    *_f("barbadian", "Cynthia", "Cyn", "Carmeta", "Meta", "Dionne", "Dionnie"),
    # Haredi families, with a Yiddish name beside the Hebrew one
    *_f("jewish", "Devoiry", "Devi", "Tziporah", "Tzipi", "Sheindel", "Sheindy"),
    *_f("jewish", "Gittel", "Gitty", "Perel", "Perly"),
]
MALE = [
    # Geordie and Scouse
    *_f("english", "Dennis", "Den", "Clifford", "Cliffo", "Geoffrey", "Geoff"),
    *_f("english", "Norman", "Norm", "Gary", "Gazza"),
    # Cornish names
    *_f("english", "Pedrek", "Ped", "Locryn", "Locky"),
    # Romany Gypsy names
    *_f("english", "Absolom", "Abbo", "Gilderoy", "Gil", "Vanslow", "Vanny"),
    # Irish, Northern Irish and Irish Traveller names
    *_f("irish", "Pádraig", "Paudie", "Séamus", "Shay", "Lorcan", "Lorky"),
    *_f("irish", "Cormac", "Corky", "Francie", "Franno", "Turlough", "Turly"),
    *_f("irish", "Proinsias", "Proinsie", "Cathaoir", "Cahir"),
    # Welsh and Scottish Gaelic names
    *_f("scottish_welsh", "Meirion", "Meiri", "Geraint", "Ger", "Llŷr", "Llyri"),
    *_f("scottish_welsh", "Ruaraidh", "Ruairidh", "Aonghas", "Aonghie", "Murchadh", "Murdo"),
    *_f("scottish_welsh", "Torcuil", "Torquil"),
    *_f("polish", "Tadeusz", "Tadek", "Jarosław", "Jarek", "Zdzisław", "Zdzisiek"),
    *_f("polish", "Leszek", "Lesio", "Czesław", "Czesiek"),
    # Roma families from Slovakia
    *_f("slovak", "Ondrej", "Ondrík", "Ľuboš", "Ľubko", "Rastislav", "Rasťo"),
    *_f("lithuanian", "Arūnas", "Arūnėlis", "Algirdas", "Algis", "Giedrius", "Giedriukas"),
    *_f("latvian", "Aivars", "Aivarītis", "Edgars", "Edžus", "Valdis", "Valdītis"),
    *_f("romanian", "Costel", "Costică", "Gheorghe", "Ghiță", "Vasile", "Vasilică"),
    *_f("bulgarian", "Lyubomir", "Lyubo", "Tsvetan", "Tsetso", "Veselin", "Vesko"),
    *_f("albanian", "Fatmir", "Miri", "Flamur", "Flami", "Blerim", "Blero"),
    *_f("portuguese", "Joaquim", "Quim", "Amândio", "Mandinho", "Sebastião", "Tião"),
    *_f("brazilian", "Edivaldo", "Edinho", "Givanildo", "Giva", "Jucelino", "Juca"),
    *_f("italian", "Pasquale", "Lino", "Gaetano", "Tano", "Ciro", "Cirù"),
    *_f("greek_cypriot", "Panicos", "Nicos", "Kyriacos", "Kyri", "Loizos", "Loizo"),
    *_f("turkish_cypriot", "Erdal", "Erdo", "Özkan", "Özko", "Ertan", "Erto"),
    *_f("icelandic", "Sigurður", "Siggi", "Þórður", "Doddi", "Hallgrímur", "Halli"),
    *_f("kurdish", "Hawre", "Hawro", "Sherzad", "Sherzo", "Rizgar", "Rizgo"),
    *_f("kurdish", "Shwan", "Shwano"),
    *_f("iraqi", "Haider", "Haidoori", "Muntadhar", "Munti", "Jaafar", "Jaafo"),
    *_f("iranian", "Behnam", "Behi", "Hooman", "Hoomi", "Shahram", "Shahi"),
    *_f("afghan", "Gulbuddin", "Gulbi", "Wahidullah", "Wahid", "Hekmat", "Hekmi"),
    *_f("afghan", "Rahmatullah", "Rahmat"),
    *_f("syrian", "Bashar", "Bashoor", "Mazen", "Mazoon", "Ayham", "Ayhoom"),
    *_f("pakistani", "Mushtaq", "Mushi", "Liaqat", "Liaqi", "Sarfraz", "Saffi"),
    *_f("bangladeshi", "Kamrul", "Kamru", "Mujibur", "Mujib", "Abdus Salam", "Salam"),
    *_f("gujarati", "Yunus", "Yunu", "Ebrahim", "Ebi", "Hanif", "Hanu"),
    *_f("punjabi", "Sukhdev", "Sukha", "Harbhajan", "Bhajji", "Gurmeet", "Meeti"),
    *_f("tamil", "Balachandran", "Bala", "Thavarajah", "Thava", "Senthuran", "Senthu"),
    *_f("malayali", "Unnikrishnan", "Unni", "Shibu", "Shibumon", "Varkey", "Varkeychan"),
    *_f("sinhala", "Lasith", "Lasa", "Tharindu", "Tharri", "Asanka", "Asa"),
    *_f("nepali", "Tekendra", "Tek", "Bhim", "Bhimu", "Netra", "Netru"),
    *_f("nepali", "Purna", "Purné"),
    *_f("hakka", "Kam Keung", "Keung", "Tak-Wah", "Wah"),
    *_f("hong_kong", "Hok Tung", "Dickson", "Chak Lik", "Alvin"),
    *_f("vietnamese", "Đức Thắng", "Thắng", "Công Phượng", "Phượng", "Tiến Dũng", "Dũng"),
    *_f("filipino", "Ferdinand", "Bongbong", "Rolando", "Lando", "Dominador", "Dodong"),
    *_f("thai", "Thanawat", "Book", "Prasert", "Boss", "Wuttichai", "Film"),
    *_f("malaysian", "Mohd Faizal", "Pojie", "Khairul Anuar", "Khai", "Shahrul Nizam", "Nizam"),
    *_f("yoruba", "Oluwatobi", "Tobi", "Oluwaseyi", "Seyi", "Olusegun", "Segun"),
    *_f("yoruba", "Akinola", "Akin", "Oladipo", "Dipo"),
    *_f("igbo", "Chibuike", "Chibu", "Chijioke", "Jioke", "Okechukwu", "Okey"),
    *_f("igbo", "Somtochukwu", "Somto"),
    *_f("hausa", "Garba", "Garbs", "Lawal", "Lawy", "Kabiru", "Kabi"),
    *_f("hausa", "Tanko", "Tankz"),
    *_f("akan", "Kwasi", "Kwas", "Ekow", "Ekowie", "Kodwo", "Kod"),
    *_f("ewe", "Selasi", "Sela", "Kekeli", "Keke", "Mawuli", "Mawu"),
    *_f("shona", "Tawanda", "Tawa", "Tendai", "Tendy", "Tapiwa", "Tapi"),
    *_f("shona", "Tichaona", "Ticha"),
    *_f("ndebele", "Sipho", "Sphe", "Mandla", "Mandz", "Dumisani", "Dumi"),
    *_f("chewa", "Kondwani", "Kondi", "Limbani", "Limba", "Chisomo", "Somo"),
    *_f("bemba", "Mwamba", "Mwambs", "Kabwe", "Kabs", "Chisenga", "Chise"),
    *_f("kikuyu", "Njoroge", "Njoro", "Kariuki", "Kariu", "Githinji", "Githi"),
    *_f("kikuyu", "Macharia", "Mash"),
    *_f("luo", "Odhiambo", "Odhis", "Omondi", "Omosh", "Okoth", "Okothy"),
    *_f("somali", "Guuleed", "Guule", "Bashiir", "Bashe", "Xirsi", "Xirso"),
    *_f("somali", "Axmed", "Axmedo"),
    *_f("amharic", "Girma", "Gige", "Mulugeta", "Mulu", "Getachew", "Geta"),
    *_f("tigrinya", "Tesfalem", "Tesfa", "Semere", "Semi", "Goitom", "Goiti"),
    *_f("sudanese", "Elfatih", "Fatih", "Mugtaba", "Mugi", "Siddig", "Siddo"),
    *_f("sudanese", "Mamoun", "Mamo"),
    *_f("jamaican", "Clinton", "Clint", "Courtney", "Court", "Kemar", "Kems"),
    *_f("jamaican", "Hopeton", "Hoppy", "Lenworth", "Lenny"),
    *_f("trinidadian", "Deosaran", "Deo", "Rudranath", "Rudy", "Basdeo", "Bas"),
    *_f("barbadian", "Clyde", "Clydie", "Seymour", "Sey", "Rawle", "Rawley"),
    *_f("jewish", "Yossel", "Yossi", "Avrohom", "Avrumi", "Berel", "Berele"),
    *_f("jewish", "Hershel", "Heshy", "Feivel", "Feivy", "Akiva", "Kivi"),
]
FEMALE_WORD = [
    # Puritan virtue names, kept in some families
    *_f("english", "Honour", "Honnie", "Modesty", "Modge", "Diligence", "Dilly", word=True),
    *_f("english", "Deliverance", "Livy", "Obedience", "Beedy", word=True),
    # modern names that are words
    *_f("english", "Ocean", "Oshie", "Dove", "Dovey", "Rainbow", "Bow-Bow", word=True),
    # a Romany Gypsy name
    *_f("english", "Defiance", "Fiancie", word=True),
    *_f("jamaican", "Winsome", "Winsy", "Peach", "Peachie", word=True),
    *_f("barbadian", "Ermine", "Ermie", word=True),
    *_f("filipino", "Jingle", "Jinggay", "Peachy", "Peps", "Apple", "Apol", word=True),
    # known at work by an English name
    *_f("hong_kong", "Candy", "Candz", "Cookie", "Cooks", "Jelly", "Jellybean", word=True),
    # a Malaysian Chinese woman's English name
    *_f("malaysian", "Serene", "Rene", word=True),
    *_f("malayali", "Shiny", "Shinymol", word=True),
    *_f("punjabi", "Sweety", "Sweets", "Bubbly", "Bubs", word=True),
    *_f("iraqi", "Hind", "Hindoosh", word=True),
    *_f("turkish_cypriot", "Nil", "Nilo", word=True),
    *_f("vietnamese", "Yen", "Yến", word=True),
    *_f("shona", "Loveness", "Lovi", "Happiness", "Happie", word=True),
    *_f("bemba", "Kindness", "Kindy", "Welcome", "Welly", word=True),
    *_f("chewa", "Fortune", "Fortu", word=True),
    *_f("igbo", "Delight", "Delly", "Testimony", "Testy", word=True),
    *_f("yoruba", "Wonder", "Wondy", word=True),
    *_f("ndebele", "Satin", "Satsy", word=True),
    *_f("akan", "Garnet", "Garny", word=True),
    *_f("trinidadian", "Petal", "Pet", word=True),
]
MALE_WORD = [
    # Puritan names
    *_f("english", "Increase", "Creasey", "Valiant", "Val", "Faithful", "Faithy", word=True),
    *_f("english", "Steadfast", "Steady", "Constant", "Consty", word=True),
    # modern names that are words
    *_f("english", "Legend", "Leggy", "Saint", "Sainty", "Onyx", "Nyx", word=True),
    *_f("english", "Kestrel", "Kes", "Falcon", "Falc", word=True),
    # a Romany Gypsy name
    *_f("english", "Righteous", "Righty", word=True),
    *_f("shona", "Obey", "Obbie", "Surprise", "Surpy", "Reason", "Reasy", word=True),
    *_f("ndebele", "Freedom", "Freddo", "Answer", "Ansa", word=True),
    *_f("bemba", "Goodwill", "Goodie", "Kingdom", "Kingy", word=True),
    *_f("chewa", "Lawyer", "Lawie", "Harvest", "Harvey", word=True),
    *_f("igbo", "Marvel", "Marvy", "Victory", "Vicky", word=True),
    *_f("yoruba", "Champion", "Champ", word=True),
    *_f("ewe", "Psalm", "Psalmy", word=True),
    # known at work by an English name
    *_f("hong_kong", "Thunder", "Thundy", "Zen", "Zenny", word=True),
    *_f("filipino", "King", "Kingking", "Jet", "Jetjet", word=True),
    # Gurkha families
    *_f("nepali", "Hum", "Humé", "Dal", "Dalé", "Top", "Topé", word=True),
    *_f("turkish_cypriot", "Tuna", "Tunaş", "Oral", "Oro", "Bora", "Borş", word=True),
    *_f("punjabi", "Jolly", "Jolls", word=True),
    *_f("iraqi", "Sultan", "Sulti", word=True),
    *_f("jewish", "Shalom", "Shuli", word=True),
    *_f("jamaican", "Admiral", "Admi", word=True),
    *_f("trinidadian", "Captain", "Cappy", word=True),
]
SURNAMES = [
    # Geordie and Scouse families
    *_s("english", "Charlton", "Milburn", "Scholes", "Heseltine-Robson", "Tunstall"),
    # Cornish families
    *_s("english", "Rowse", "Trebilcock", "Pascoe", "Nance"),
    # Romany Gypsy families
    *_s("english", "Ayres", "Buckley", "Eastwood"),
    # Irish, Northern Irish and Irish Traveller families
    *_s("irish", "Ó Dónaill/Ní Dhónaill", "Ó Gallchobhair/Ní Ghallchobhair", "O'Hagan"),
    *_s("irish", "O'Loan", "O'Dowd", "Maugham", "McInerney", "Magennis", "Mallon"),
    # Welsh and Scottish Gaelic families
    *_s("scottish_welsh", "ap Tudur", "ap Cynan", "Meredith-Beynon"),
    *_s("scottish_welsh", "MacCoinnich/NicCoinnich", "MacAoidh/NicAoidh", "MacPhàil/NicPhàil"),
    *_s("polish", "Zawadzki/Zawadzka", "Pawłowski/Pawłowska", "Michalski/Michalska"),
    *_s("polish", "Sikorski/Sikorska", "Krajewski/Krajewska", "Wysocki/Wysocka"),
    *_s("polish", "Kaczmarczyk"),
    *_s("slovak", "Sivák/Siváková", "Kotlár/Kotlárová", "Žiga/Žigová"),
    *_s("slovak", "Mižigár/Mižigárová", "Dužda/Duždová"),
    *_s("lithuanian", "Vaitkus/Vaitkienė", "Jankūnas/Jankūnaitė", "Butkus/Butkienė"),
    *_s("lithuanian", "Navickas/Navickienė", "Grigaliūnas/Grigaliūnienė"),
    *_s("latvian", "Krūmiņš/Krūmiņa", "Zariņš/Zariņa", "Balodis/Balode"),
    *_s("romanian", "Lupașcu", "Grigoraș", "Moldoveanu", "Cojocaru"),
    *_s("bulgarian", "Dimitrov/Dimitrova", "Georgiev/Georgieva"),
    *_s("albanian", "Hoxhaj", "Rexhepi", "Bytyqi"),
    *_s("portuguese", "da Fonseca", "Carvalhal", "Meireles", "Sequeira"),
    *_s("brazilian", "de Albuquerque", "Medeiros", "Barbosa"),
    *_s("italian", "D'Alessandro", "D'Onofrio", "Capuano"),
    *_s("greek_cypriot", "Christofides/Christofidou", "Charalambides/Charalambidou"),
    *_s("greek_cypriot", "Hadjipavlou", "Kyprianou", "Michaelides/Michaelidou"),
    *_s("turkish_cypriot", "Mehmetoğlu", "Hüsnü", "Ramadan", "Dervish"),
    *_s("icelandic", "Sigurðsson/Sigurðardóttir", "Einarsson/Einarsdóttir"),
    *_s("icelandic", "Helgason/Helgadóttir"),
    *_s("kurdish", "Talabani", "Jaff", "Qaradaghi", "Mahwi"),
    *_s("iraqi", "Al-Janabi", "Al-Dulaimi", "Al-Khafaji"),
    *_s("iranian", "Mirzaei", "Hosseinzadeh", "Farahani"),
    *_s("afghan", "Achakzai", "Barakzai", "Hotak", "Mohmand"),
    *_s("syrian", "Abu Ghazaleh", "Kurdi", "Atassi", "Jabri"),
    *_s("pakistani", "Rathore", "Awan", "Mughal"),
    *_s("bangladeshi", "Khanom", "Sikder", "Bhuiyan", "Patwary"),
    *_s("gujarati", "Vohra", "Lunat", "Kapadia", "Bharuchi"),
    *_s("punjabi", "Sahota", "Chahal", "Sangha", "Khera"),
    *_s("tamil", "Sivagnanam", "Rasalingam", "Kanagasabai"),
    *_s("malayali", "Kurian", "Puthenpurayil", "Chacko", "Kuruvilla"),
    *_s("sinhala", "Gunasekara", "Ranasinghe", "Dissanayake", "Herath"),
    *_s("nepali", "Ghising", "Chhetri", "Sunuwar", "Bhattarai"),
    *_s("hakka", "Hau", "Pang", "Tsui"),
    *_s("hong_kong", "Kwong", "Cheuk", "Ngan", "Shum"),
    *_s("vietnamese", "Lâm", "Vương", "Quách", "Đoàn"),
    *_s("filipino", "Dimaano", "Panganiban", "Tolentino", "Buenaventura"),
    *_s("thai", "Boonyarat", "Kaewmanee", "Sukprasert", "Jaidee"),
    *_s("malaysian", "Zainal Abidin", "Baharuddin", "Yeoh", "Teoh"),
    *_s("yoruba", "Olatunji", "Bankole", "Ogunsanya", "Odusanya"),
    *_s("igbo", "Ezeani", "Ibekwe", "Onwuachi", "Nwabueze"),
    *_s("hausa", "Yar'Adua", "Dikko", "Tukur", "Gwarzo"),
    *_s("akan", "Acheampong", "Gyamfi", "Nkansah"),
    *_s("ewe", "Agbeko", "Dzokoto", "Tsikata", "Klutse"),
    *_s("shona", "Makoni", "Marufu", "Mudzingwa"),
    *_s("ndebele", "Sibanda", "Mpofu", "Tshuma"),
    *_s("chewa", "Nkhoma", "Mwale", "Kachingwe", "Mkandawire"),
    *_s("bemba", "Mwansa", "Mulenga", "Kapwepwe"),
    *_s("kikuyu", "Kamau", "Gitau", "Mbugua", "Gathogo"),
    *_s("luo", "Nyong'o", "Ogola", "Obonyo", "Ojwang"),
    *_s("somali", "Dahir", "Xuseen", "Faarax", "Jimcaale"),
    *_s("amharic", "Wolde Giorgis", "Mekonnen", "Alemu", "Wondimu"),
    *_s("tigrinya", "Andemariam", "Tewolde", "Zerai"),
    *_s("sudanese", "El-Tayib", "El-Mahdi", "Bakheet"),
    *_s("jamaican", "Ebanks", "Blagrove", "Mullings"),
    *_s("trinidadian", "de Freitas", "Persad-Bissessar", "Ramdial", "Seepersad"),
    *_s("barbadian", "Cumberbatch", "Alleyne", "Skeete", "Trotman"),
    # Anglo-Dutch, Sephardi and Haredi families
    *_s("jewish", "van Praagh", "van Gelder", "Ben Soussan", "Montefiore"),
    *_s("jewish", "Gluckstein", "Kestenbaum", "Ehrentreu"),
]
SURNAMES_WORD = [
    # trades and offices
    *_s("english", "Glazier", "Chandler", "Mercer", "Sadler", "Spicer", "Tinker", word=True),
    *_s("english", "Packer", "Dyer", "Steward", "Parson", "Reeve", "Proctor", word=True),
    # places, trees and nature
    *_s("english", "Ford", "Moor", "Bridge", "Vale", "Castle", "Holt", "Thorn", word=True),
    *_s("english", "Birch", "Hawthorn", "Rush", "Hedge", word=True),
    # colours, animals and things
    *_s("english", "Scarlett", "Hogg", "Crow", "Swan", "Badger", "Herring", word=True),
    *_s("english", "Trout", "Hammer", "Bell", "Horn", "Nail", "Cotton", word=True),
    # Romany Gypsy and Irish Traveller families
    *_s("english", "Small", word=True),
    *_s("irish", "Flood", "Hurley", "Lawless", "Lynch", word=True),
    *_s("scottish_welsh", "Budge", "Shields", word=True),
    *_s("jewish", "Gross", "Fish", "Marks", "Salt", word=True),
    *_s("jamaican", "Bolt", "Bent", "Wright", word=True),
    *_s("barbadian", "Husbands", "Holder", "Garner", word=True),
    # Cantonese, Hakka and Malaysian Chinese surnames that spell English words
    *_s("hong_kong", "Sin", "Hung", "Tin", word=True),
    *_s("hakka", "Chin", "Fan", word=True),
    *_s("malaysian", "Sang", "Ting", word=True),
    *_s("nepali", "Ale", "Sherpa", word=True),
    *_s("pakistani", "Raja", "Mir", word=True),
    *_s("italian", "Pace", "Piano", word=True),
    *_s("brazilian", "Pinto", word=True),
    *_s("romanian", "Ban", word=True),
]

POOL = NamePool(
    female=FEMALE,
    male=MALE,
    female_word=FEMALE_WORD,
    male_word=MALE_WORD,
    surnames=SURNAMES,
    surnames_word=SURNAMES_WORD,
    streets=[
        "Cordwainer Street",
        "Ropery Lane",
        "Tannery Row",
        "Glassworks Lane",
        "Sailmakers Row",
        "Forge Street",
        "Heol y Gof",
        "Lime Kiln Road",
        "Brickfield Street",
        "Sugar House Lane",
    ],
    blocks=["Anvil Court", "Kiln House", "Bobbin Court", "Capstan House"],
    towns=[
        "Bootle",
        "Jarrow",
        "Wallsend",
        "South Shields",
        "Birkenhead",
        "Huyton",
        "Bodmin",
        "Falmouth",
        "Maesteg",
        "Tredegar",
        "Keighley",
        "Crewe",
        "Tottenham",
        "Walthamstow",
        "Edmonton",
        "Hayes",
    ],
    stems=[
        "Glenfield",
        "Brackenhurst",
        "Tregenna",
        "Cherrytree",
        "Oakdene",
        "Hollybank",
        "Larkfield",
        "Penmaen",
    ],
    pubs=[
        "The Sun Inn",
        "The Ship and Anchor",
        "The Drovers Inn",
        "The Fleece",
        "The Lamb and Flag",
        "The Bridge Inn",
    ],
)
