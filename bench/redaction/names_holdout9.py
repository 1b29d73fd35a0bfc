"""Names for the ninth holdout pool (``holdout9``), written blind for issue 13 by someone
who had not read the redaction engine, its documentation or its word lists. None of its
given names, nicknames or surnames (nor any word of a multiword or hyphenated one, bar
the particles) is in the dev and test lists (names.py) or in names_holdout2.py to
names_holdout8.py, and its word-names are other words again.

The people are those of England and Wales today, with the traditions in other
proportions than holdout7's and holdout8's: more Central and Eastern European families
(Polish, Romanian, Roma from Romania, Ukrainian, Hungarian, Slovak, Czech, Croatian,
Serbian, Kosovan and Estonian), more South Asian families of many languages (Punjabi
Sikh and Hindu, Bengali Hindu, Gujarati Hindu, Telugu, Kannada, Marathi, Pathan and
Kashmiri from Pakistan, Sri Lankan Muslim, Nepali), Arab families (Egyptian, Moroccan,
Libyan, Saudi, Lebanese), Kurdish families from Iran and from Turkey, African families
(Eritrean, Oromo, Congolese, Cameroonian, Sierra Leonean, Ugandan, Tanzanian, Zulu,
Xhosa and Afrikaans), Caribbean families (Jamaican, St Lucian, Indo- and Afro-
Guyanese), East and South-East Asian families (Malaysian Chinese, Hong Kong, Japanese,
Korean, Burmese, Filipino), Jewish families (Sephardi, Ashkenazi and Israeli), Southern
European and Latin American families (Greek, Maltese, Spanish, Portuguese, Brazilian,
Colombian) and British and Irish families (Black Country and West Yorkshire, Romany
Gypsy, Irish and Irish Traveller, Scottish Gaelic, Welsh). Some people answer to a
second name that is no diminutive of the first (Bengali pet names, Cantonese "Jai" and
"Gor" names, Hokkien "Kia" names, Burmese doubled syllables, Filipino nicknames).

The word-names are Puritan virtues, modern invented names, music words, English words
given as names in KwaZulu-Natal, the Eastern Cape, Cameroon and Uganda, in
Jamaica, St Lucia and Guyana, in the Philippines, Hong Kong, Malaysia and Punjab, with
Japanese, Korean, Burmese, Nepali, Arabic, Kurdish, Spanish, Portuguese, Greek and
Hebrew names that spell an English word. The word-surnames are trades, offices, places,
buildings, animals and things, Irish and Scottish families' names, and Marathi, Bengali,
Kashmiri, Pathan, Gujarati, Estonian, Maltese, Spanish, Colombian, Portuguese,
Malaysian Chinese, Korean, Japanese, Guyanese and Jamaican surnames that spell an
English word. The surnames include particles (ap, Mac/Nic, Ó/Ní, O', D', de, van, da,
dos, El, Al-, bin), hyphens, spaces, apostrophes, accents, lower-case first letters and
forms that differ for women (Polish -ska, Ukrainian -ska, Slovak -ová, Czech -ová and
-á, Greek -ou and -i, Irish Ní, Scottish Gaelic Nic). No engine change was checked
against this pool before its first figures were reported."""

from __future__ import annotations

from bench.redaction.names import NamePool, _f, _s

FEMALE = [
    # Black Country and West Yorkshire
    *_f("english", "Jeanette", "Netty", "Glenys", "Glennis", "Cheryl", "Chez"),
    # Romany Gypsy names
    *_f("english", "Mireli", "Mirry", "Gentilla", "Tilla", "Dotia", "Dotty"),
    # Irish and Irish Traveller names
    *_f("irish", "Gobnait", "Gobnet", "Ailbhe", "Alva", "Bláithín", "Bláth"),
    # Scottish Gaelic names
    *_f("scottish", "Seonag", "Shonag", "Sìne", "Sheena", "Peigi", "Peigs"),
    *_f("welsh", "Siwan", "Siwi", "Eirlys", "Eirl", "Nesta", "Nesti"),
    *_f("polish", "Czesława", "Czesia", "Genowefa", "Gienia", "Lucyna", "Lucynka"),
    *_f("romanian", "Georgiana", "Gina", "Anca", "Ancuța", "Simona", "Simi"),
    # Roma families from Romania
    *_f("roma", "Lăcrămioara", "Lacri", "Ruxandra", "Ruxi", "Tinca", "Tincuța"),
    *_f("ukrainian", "Khrystyna", "Khrystia", "Lesia", "Lesyk", "Olena", "Olenka"),
    *_f("hungarian", "Enikő", "Enci", "Tünde", "Tündi", "Katalin", "Kati"),
    *_f("slovak", "Ľubica", "Ľubka", "Slavomíra", "Slávka", "Zdenka", "Zdenuška"),
    *_f("czech", "Věra", "Věruška", "Jitka", "Jituš", "Blanka", "Blanča"),
    *_f("croatian", "Snježana", "Snješka", "Gordana", "Goga", "Jasna", "Jasnica"),
    *_f("serbian", "Dragana", "Gaga", "Biljana", "Bilja", "Jelena", "Jeca"),
    *_f("kosovan", "Blerta", "Bleti", "Donjeta", "Doni", "Hajrije", "Hajri"),
    *_f("estonian", "Kadri", "Kadi", "Triin", "Triinu", "Piret", "Piia"),
    *_f("punjabi_sikh", "Gurvinder", "Guro", "Kuldip", "Kuldo", "Baljit", "Balj"),
    *_f("punjabi_hindu", "Neelam", "Neelu", "Kamlesh", "Kammo", "Renu", "Renuji"),
    # Bengali pet names (daak naam), no diminutive of the first
    *_f("bengali_hindu", "Madhumita", "Mithu", "Sharmila", "Tumpa", "Debjani", "Mampi"),
    *_f("gujarati_hindu", "Hemlata", "Hemu", "Jayshree", "Jaysu", "Nayna", "Naynu"),
    *_f("telugu", "Bhargavi", "Bhargu", "Sai Sudha", "Sudha", "Padmavathi", "Padma"),
    *_f("kannada", "Kavya", "Kavu", "Shwetha", "Shwetu", "Ranjitha", "Ranju"),
    *_f("marathi", "Madhuri", "Madhu", "Sayali", "Sayu", "Ashwini", "Ashu"),
    *_f("pathan", "Gulalai", "Gulo", "Shahida", "Shido", "Mehr Bano", "Mehro"),
    # Mirpur and Muzaffarabad families
    *_f("kashmiri", "Shamim", "Shami", "Naseem", "Nasi", "Shakeela", "Shaki"),
    *_f("sri_lankan_muslim", "Sithy", "Sithi", "Rinoza", "Rinu", "Fahmida", "Fami"),
    *_f("egyptian", "Doaa", "Doudou", "Walaa", "Lola", "Marwa", "Maro"),
    *_f("moroccan", "Fatiha", "Fati", "Naima", "Naimou", "Souad", "Soussou"),
    *_f("libyan", "Najwa", "Najoosh", "Asma", "Asmoosha", "Salma", "Salloum"),
    *_f("saudi", "Nouf", "Noufa", "Haifa", "Hayouf", "Reem", "Rooma"),
    *_f("lebanese", "Nisrine", "Nissou", "Rola", "Roro", "Joumana", "Jouj"),
    *_f("kurdish_iranian", "Gelavêj", "Gela", "Parwin", "Paru", "Nasrin", "Nasê"),
    *_f("kurdish_turkish", "Zozan", "Zozê", "Leyla", "Leylo", "Sorgul", "Sorê"),
    *_f("eritrean", "Hiwet", "Hiwi", "Ruta", "Rutti", "Rahel", "Raheli"),
    *_f("oromo", "Ayantu", "Ayu", "Chaltu", "Chali", "Lensa", "Lensi"),
    *_f("congolese", "Kapinga", "Kapi", "Mujinga", "Muji", "Ngalula", "Lula"),
    *_f("cameroonian", "Manka'a", "Manka", "Enanga", "Nanga", "Ngum", "Ngummy"),
    *_f("sierra_leonean", "Isatu", "Satu", "Kadiatu", "Kadie", "Memuna", "Memu"),
    *_f("ugandan", "Nalwoga", "Woga", "Namubiru", "Namu", "Nakku", "Kku"),
    *_f("tanzanian", "Rehema", "Rehe", "Zawadi", "Zawi", "Neema", "Nee"),
    *_f("zulu", "Zanele", "Zane", "Lindiwe", "Lindi", "Ntombifuthi", "Futhi"),
    *_f("xhosa", "Nomsa", "Nomi", "Ntombizodwa", "Zodwa", "Siphokazi", "Kazi"),
    *_f("afrikaans", "Marietjie", "Mariet", "Elmarie", "Elma", "Sanet", "Sannie"),
    *_f("jamaican", "Sharlene", "Sharly", "Pearline", "Pearlie", "Althea", "Thea"),
    *_f("st_lucian", "Antoinette", "Nettie", "Bernadine", "Dina", "Clothilde", "Tilde"),
    # Indo- and Afro-Guyanese names
    *_f("guyanese", "Latchmie", "Latchie", "Shanta", "Shantie", "Dropattie", "Droppy"),
    # doubled syllables
    *_f(
        "malaysian_chinese",
        "Swee Lin",
        "Lin Lin",
        "Siew Leng",
        "Leng Leng",
        "Poh Choo",
        "Choo Choo",
    ),
    # doubled syllables
    *_f("hong_kong", "Hiu Sze", "Sze Sze", "Pui Kei", "Kei Kei", "Sik Yi", "Yi Yi"),
    *_f("japanese", "Yumiko", "Yumi", "Kazue", "Kazu", "Sachiko", "Sachi"),
    *_f("korean", "Da-som", "Somi", "Seul-gi", "Seulgi-ya", "Mi-kyung", "Mikyung-ie"),
    # doubled syllables
    *_f("burmese", "Thida", "Thi Thi", "Nilar", "Ni Ni", "Ei Mon", "Mon Mon"),
    *_f("nepali", "Sarita", "Saru", "Laxmi", "Laxu", "Januka", "Janu"),
    *_f("sephardi", "Mazal", "Mazi", "Reina", "Reinica", "Allegra", "Legrita"),
    *_f("ashkenazi", "Shprintza", "Shprintzy", "Brocha", "Brochy", "Chana Leah", "Chani"),
    *_f("israeli", "Hila", "Hili", "Ayelet", "Ayeli", "Inbar", "Inbi"),
    *_f("greek", "Paraskevi", "Evi", "Eleftheria", "Ria", "Stavroula", "Stavi"),
    *_f("maltese", "Marthese", "Marti", "Censina", "Censi", "Tessie", "Tessa"),
    *_f("spanish", "Encarnación", "Encarna", "Pilar", "Pili", "Milagros", "Mila"),
    *_f("portuguese", "Fernanda", "Nanda", "Otília", "Tita", "Deolinda", "Linda"),
    *_f("brazilian", "Luciana", "Lu", "Leidiane", "Leidi", "Francisca", "Chica"),
    *_f("colombian", "Yesenia", "Yese", "Marleny", "Marle", "Yurany", "Yura"),
    *_f("filipino", "Lorelie", "Lei", "Mylene", "Mye", "Rhodora", "Dora"),
]
MALE = [
    # Black Country and West Yorkshire
    *_f("english", "Royston", "Roysie", "Kenton", "Kento", "Melvyn", "Melv"),
    # Romany Gypsy names
    *_f("english", "Silvanus", "Silvy", "Bendigo", "Bendy", "Siverus", "Siv"),
    # Irish and Irish Traveller names
    *_f("irish", "Tomás", "Tomo", "Naoise", "Neesh", "Senan", "Sen"),
    # Scottish Gaelic names
    *_f("scottish", "Iain Dubh", "Dubh", "Eachann", "Eachie", "Calum", "Caly"),
    *_f("welsh", "Cai", "Caio", "Idris", "Ids", "Meurig", "Meurs"),
    *_f("polish", "Radosław", "Radek", "Bolesław", "Bolek", "Mieczysław", "Mietek"),
    *_f("romanian", "Dorin", "Dorinel", "Mircea", "Mircică", "Marius", "Mariuș"),
    # Roma families from Romania
    *_f("roma", "Stelian", "Stelică", "Ilie", "Ilică", "Tiberiu", "Tibi"),
    *_f("ukrainian", "Vasyl", "Vasylko", "Yaroslav", "Yarko", "Serhiy", "Serhiyko"),
    *_f("hungarian", "Ferenc", "Feri", "Csaba", "Csabi", "Imre", "Imi"),
    *_f("slovak", "Branislav", "Braňo", "Dušan", "Dušo", "Juraj", "Jurko"),
    *_f("czech", "Vojtěch", "Vojta", "Zdeněk", "Zdenda", "Bohumil", "Bohouš"),
    *_f("croatian", "Krešimir", "Krešo", "Dražen", "Draži", "Zvonimir", "Zvonko"),
    *_f("serbian", "Dragan", "Gagi", "Nemanja", "Neca", "Slobodan", "Boba"),
    *_f("kosovan", "Arbër", "Beri", "Valon", "Vali", "Agim", "Gimi"),
    *_f("estonian", "Jaanus", "Jaanu", "Toomas", "Toots", "Priit", "Priidu"),
    *_f("punjabi_sikh", "Hardeep", "Deepa", "Ranjit", "Ranj", "Tarlochan", "Tarli"),
    *_f("punjabi_hindu", "Rakesh", "Rakku", "Sanjeev", "Sanju", "Ashwani", "Ashi"),
    # Bengali pet names (daak naam)
    *_f("bengali_hindu", "Sourav", "Bapi", "Debashis", "Pintu", "Arindam", "Tutul"),
    *_f("gujarati_hindu", "Kirit", "Kiru", "Jayesh", "Jaybhai", "Bharat", "Bharatbhai"),
    *_f("telugu", "Srinivas", "Seenu", "Ravi Teja", "Teja", "Nagarjuna", "Nag"),
    *_f("kannada", "Manjunath", "Manju", "Puneeth", "Punnu", "Basavaraj", "Basu"),
    *_f("marathi", "Vinayak", "Vinu", "Omkar", "Omya", "Prathamesh", "Pashya"),
    *_f("pathan", "Shahzeb", "Shazi", "Khushal", "Khushi", "Aimal", "Aimi"),
    *_f("kashmiri", "Nisar", "Nissi", "Showkat", "Showki", "Manzoor", "Manzi"),
    *_f("sri_lankan_muslim", "Rifkhan", "Rifky", "Imthiyaz", "Imthi", "Fazly", "Fazl"),
    *_f("egyptian", "Hazem", "Zizo", "Amr", "Amoura", "Tarek", "Toto"),
    *_f("moroccan", "Rachid", "Rachidou", "Abdelkrim", "Krimo", "Mohcine", "Moh"),
    *_f("libyan", "Mabrouk", "Mabi", "Salem", "Sallouma", "Khalifa", "Khalfo"),
    *_f("saudi", "Fahad", "Fahoud", "Bandar", "Bando", "Mishal", "Meshoo"),
    *_f("lebanese", "Ziad", "Zizou", "Walid", "Walloud", "Nabil", "Bilo"),
    *_f("kurdish_iranian", "Dilshad", "Dilo", "Saman", "Samo", "Aso", "Asoo"),
    *_f("kurdish_turkish", "Welat", "Welo", "Zinar", "Zino", "Şêrko", "Şêro"),
    *_f("eritrean", "Amanuel", "Amani", "Berhane", "Beru", "Mussie", "Musie"),
    *_f("oromo", "Gemechu", "Geme", "Lelisa", "Lelo", "Tolera", "Tole"),
    *_f("congolese", "Mukendi", "Kendi", "Tshibangu", "Tshibs", "Ngandu", "Ngandi"),
    *_f("cameroonian", "Tabi", "Tabs", "Ekane", "Ekki", "Nfor", "Nforsi"),
    *_f("sierra_leonean", "Foday", "Fody", "Alusine", "Lusine", "Sahr", "Sahri"),
    *_f("ugandan", "Mukasa", "Kasa", "Kizito", "Kizi", "Ssali", "Sali"),
    *_f("tanzanian", "Juma", "Jumbe", "Hamisi", "Hamo", "Rashidi", "Shidi"),
    *_f("zulu", "Bongani", "Bongs", "Sibusiso", "Sbu", "Nkosinathi", "Nathi"),
    *_f("xhosa", "Luthando", "Lutho", "Xolani", "Xoli", "Mzwandile", "Mzwa"),
    *_f("afrikaans", "Johannes", "Hannes", "Gerhard", "Gerrie", "Wynand", "Wyn"),
    *_f("jamaican", "Linton", "Lints", "Lennox", "Lenno", "Cleveland", "Clevie"),
    *_f("st_lucian", "Ignatius", "Iggy", "Kentry", "Kenty", "Cuthbert", "Cuthy"),
    # Indo- and Afro-Guyanese names
    *_f("guyanese", "Bhagwandin", "Bhagi", "Shivnarine", "Shivvy", "Rohan", "Rohie"),
    # Hokkien "Kia" names
    *_f(
        "malaysian_chinese",
        "Chee Keong",
        "Keong Kia",
        "Teck Seng",
        "Seng Kia",
        "Kok Leong",
        "Leong Kia",
    ),
    # Cantonese "Jai" and "Gor" names
    *_f("hong_kong", "Ming Chuen", "Chuen Jai", "Kai Yuen", "Yuen Jai", "Shek Yung", "Yung Gor"),
    *_f("japanese", "Kenji", "Kenchan", "Shota", "Sho", "Ryota", "Ryo"),
    *_f("korean", "Min-jun", "Minjun-ie", "Tae-yang", "Taeyang-ie", "Sung-min", "Sungmin-ie"),
    # doubled syllables
    *_f("burmese", "Kyaw Zin", "Kyaw Kyaw", "Aung Ko", "Ko Ko", "Zaw Min", "Zaw Zaw"),
    *_f("nepali", "Gopal", "Gope", "Krishna Prasad", "Kisne", "Dhan", "Dhane"),
    *_f("sephardi", "Shimon", "Shimi", "Nissim", "Nissy", "Haim", "Haimico"),
    *_f("ashkenazi", "Yankel", "Yanky", "Fishel", "Fishy", "Leibish", "Leibi"),
    *_f("israeli", "Itay", "Itayush", "Yoav", "Yoavi", "Erez", "Erezi"),
    *_f("greek", "Dimitrios", "Mitsos", "Christos", "Christakis", "Evangelos", "Vangelis"),
    *_f("maltese", "Ġużeppi", "Peppi", "Ċensu", "Ċensinu", "Pawlu", "Pawlinu"),
    *_f("spanish", "Santiago", "Santi", "Eusebio", "Sebi", "Anselmo", "Selmo"),
    *_f("portuguese", "Sérgio", "Serginho", "Fernando", "Nando", "Manuel", "Manel"),
    *_f("brazilian", "Edvaldo", "Vado", "Cláudio", "Claudinho", "Ednaldo", "Naldo"),
    *_f("colombian", "Jhon Jairo", "Jairito", "Wilmer", "Wili", "Yeison", "Yeisi"),
    *_f("filipino", "Reynaldo", "Jun-Jun", "Rogelio", "Jhong", "Zaldy", "Zaldi"),
]
FEMALE_WORD = [
    # Puritan virtue names, kept in some families
    *_f("english", "Fidelity", "Fidi", "Humility", "Hummy", "Thankful", "Thanky", word=True),
    # modern names that are words
    *_f("english", "Lyric", "Lyrie", "Haven", "Havvy", "Cadence", "Caddie", word=True),
    *_f("english", "Nova", "Novs", "Aria", "Arri", word=True),
    # music words given as names
    *_f("english", "Sonnet", "Sonnie", "Ballad", "Balla", "Rhapsody", "Rhaps", word=True),
    *_f("english", "Lullaby", "Lulla", "Serenade", "Sera", word=True),
    *_f("jamaican", "Merle", "Merlie", "Gloria", "Glori", word=True),
    *_f("st_lucian", "Celeste", "Celie", word=True),
    *_f("guyanese", "Sweetie", "Sweetpea", word=True),
    *_f("filipino", "Heaven", "Hevvy", "Tala", "Talie", "Baby", "Babylyn", word=True),
    # known at work by an English name
    *_f("hong_kong", "Fancy", "Fanfan", "Yoyo", "Yo", word=True),
    # a Malaysian Chinese woman's English name
    *_f("malaysian_chinese", "Clarity", "Clary", word=True),
    *_f("japanese", "Nana", "Nacchan", "Mana", "Manachan", "Ran", "Ranran", word=True),
    *_f("burmese", "Aye", "Aye Aye", word=True),
    *_f("egyptian", "Nada", "Nodi", word=True),
    *_f("lebanese", "Rim", "Rimo", word=True),
    *_f("spanish", "Sol", "Solete", "Mar", "Marita", "Candela", "Cande", word=True),
    *_f("brazilian", "Aurora", "Rorô", word=True),
    *_f("portuguese", "Marina", "Marininha", word=True),
    *_f("israeli", "Bar", "Bari", "Gal", "Gali", word=True),
    *_f("sephardi", "Luna", "Lunita", word=True),
    *_f("punjabi_sikh", "Silky", "Silks", "Simple", "Simmi", "Twinkle", "Twinky", word=True),
    *_f("zulu", "Sweetness", "Swits", word=True),
    *_f("xhosa", "Gladness", "Gladdy", word=True),
    *_f("ugandan", "Immaculate", "Maculata", word=True),
    *_f("cameroonian", "Endurance", "Endu", word=True),
]
MALE_WORD = [
    # Puritan names
    *_f("english", "Hopeful", "Hopie", "Zeal", "Zealy", "Resolved", "Solvey", word=True),
    # modern names that are words
    *_f("english", "Atlas", "Atty", "Phoenix", "Nix", "Ranger", "Rangey", word=True),
    *_f("english", "Forest", "Forrie", word=True),
    # a Romany Gypsy name
    *_f("english", "Gallant", "Gally", word=True),
    *_f("zulu", "Witness", "Witi", "Doctor", "Dokotela", word=True),
    *_f("xhosa", "Fearless", "Fezi", word=True),
    *_f("cameroonian", "Courage", "Couri", word=True),
    *_f("ugandan", "Humble", "Humbo", "Brave", "Bravey", word=True),
    *_f("jamaican", "Homer", "Homey", "Dexter", "Dex", word=True),
    *_f("st_lucian", "Clement", "Clem", word=True),
    *_f("guyanese", "Noel", "Noely", word=True),
    *_f("filipino", "Boy", "Boyet", "Bong", "Bongie", "Ping", "Pingping", word=True),
    *_f("hong_kong", "Sing", "Sing Gor", "Hang", "Hang Jai", "Kin", "Kin Gor", word=True),
    *_f("malaysian_chinese", "Boon", "Boonie", "Hock", "Hock Kia", "Wee", "Weeky", word=True),
    *_f("japanese", "Go", "Gocchan", "Hide", "Hidechan", word=True),
    *_f("korean", "Won", "Wonnie", word=True),
    *_f("burmese", "Win", "Ko Win", "Than", "Than Than", "Tun", "Tun Tun", word=True),
    *_f("burmese", "Nay", "Nay Nay", word=True),
    # a Gurkha family
    *_f("nepali", "Til", "Tile", word=True),
    *_f("punjabi_hindu", "Om", "Omu", word=True),
    *_f("lebanese", "Fares", "Farsou", word=True),
    *_f("kurdish_turkish", "Emir", "Emiro", word=True),
    *_f("spanish", "Pastor", "Pastorcito", "Primo", "Primito", word=True),
    *_f("greek", "Adonis", "Adonaki", word=True),
    *_f("israeli", "Or", "Ori", "Lev", "Levik", word=True),
]
SURNAMES = [
    # Black Country and West Yorkshire families
    *_s("english", "Brearley-Crowther", "Oldroyd", "Sugden", "Holroyd"),
    # Romany Gypsy families
    *_s("english", "Hearn", "Ripley", "Biddle", "Harmer"),
    # Irish and Irish Traveller families
    *_s(
        "irish",
        "O'Shaughnessy",
        "O'Riordan",
        "Ó Dubhghaill/Ní Dhubhghaill",
        "Ó Cinnéide/Ní Chinnéide",
    ),
    *_s("irish", "Ó Flaithbheartaigh/Ní Fhlaithbheartaigh", "Ó Mathúna/Ní Mhathúna"),
    # Scottish Gaelic families
    *_s(
        "scottish",
        "MacIomhair/NicIomhair",
        "MacFhionnlaigh/NicFhionnlaigh",
        "MacGilleBhràth/NicGilleBhràth",
        "MacEanraig/NicEanraig",
    ),
    *_s("welsh", "ap Hywel", "Gittins", "Eynon", "Trefor"),
    *_s(
        "polish",
        "Przybylski/Przybylska",
        "Ostrowski/Ostrowska",
        "Kalinowski/Kalinowska",
        "Czarnecki/Czarnecka",
    ),
    *_s("romanian", "Nistor", "Bălan", "Gheorghiu", "Stanciu"),
    *_s("roma", "Lăcătuș", "Cioabă", "Rudaru", "Spoitoru"),
    *_s(
        "ukrainian", "Kobylianskyi/Kobylianska", "Sheptytskyi/Sheptytska", "Hnatyshyn", "Tkachenko"
    ),
    *_s("hungarian", "Juhász", "Lakatos", "Oláh", "Fekete"),
    *_s("slovak", "Vavrinec/Vavrincová", "Kmeť/Kmeťová", "Polák/Poláková", "Greguš/Gregušová"),
    *_s("czech", "Novotný/Novotná", "Horák/Horáková", "Němec/Němcová", "Růžička/Růžičková"),
    *_s("croatian", "Kovačević", "Knežević", "Grgić", "Jurić"),
    *_s("serbian", "Đorđević", "Stojanović", "Živković", "Stanković"),
    *_s("kosovan", "Haradinaj", "Morina", "Hyseni", "Shala"),
    *_s("estonian", "Rebane", "Ilves", "Pärn", "Koppel"),
    *_s("punjabi_sikh", "Dhillon", "Aujla", "Sekhon"),
    *_s("punjabi_hindu", "Malhotra", "Bhalla", "Sethi", "Tandon"),
    *_s("bengali_hindu", "Chatterjee", "Mukherjee", "Bhattacharya", "Majumdar"),
    *_s("gujarati_hindu", "Ruparelia", "Majithia", "Chandarana"),
    *_s("telugu", "Kommineni", "Gollapudi", "Vemuri", "Penumatsa"),
    *_s("kannada", "Gowda", "Hegde", "Shenoy", "Kamath"),
    *_s("marathi", "Deshpande", "Gaikwad", "Bhosale", "Gokhale"),
    *_s("pathan", "Yousafzai", "Khattak", "Afridi", "Bangash"),
    *_s("kashmiri", "Zargar", "Wani", "Kachru", "Mattoo"),
    *_s("sri_lankan_muslim", "Lebbe", "Mohideen", "Uduman", "Rauff"),
    *_s("egyptian", "El Shafei", "Hegazy", "Naguib"),
    *_s("moroccan", "Bennani", "Berrada", "Chraibi"),
    *_s("libyan", "Al-Werfalli", "Bugaighis", "Al-Mismari", "Zlitni"),
    *_s("saudi", "bin Mahfouz", "Al-Qahtani", "Al-Ghamdi", "Al-Otaibi"),
    *_s("lebanese", "Geagea", "Frangieh", "Bou Saab", "Abi Nader"),
    *_s("kurdish_iranian", "Ardalan", "Sanandaji", "Mokri"),
    *_s("kurdish_turkish", "Baydemir", "Tuncel", "Kışanak", "Zengin"),
    *_s("eritrean", "Ghebremedhin", "Woldemichael", "Negassi"),
    *_s("oromo", "Gudina", "Tolessa", "Dinsa", "Jaleta"),
    *_s("congolese", "Tshisekedi", "Kalonji", "Tshimanga", "Makiese"),
    *_s("cameroonian", "Nkwenti", "Fonkou", "Njoya", "Ndifor"),
    *_s("sierra_leonean", "Sesay", "Koroma", "Kargbo", "Mansaray"),
    *_s("ugandan", "Ssemakula", "Kiggundu", "Byaruhanga", "Tumusiime"),
    *_s("tanzanian", "Mwakyembe", "Msuya", "Lyimo", "Massawe"),
    *_s("zulu", "Mkhize", "Ngcobo", "Shabalala", "Buthelezi"),
    *_s("xhosa", "Qwabe", "Ngcukana", "Makhaya", "Mabandla"),
    *_s("afrikaans", "van Heerden", "van Niekerk", "van Tonder", "du Plessis"),
    *_s("jamaican", "Facey", "Dunkley", "Mattis", "Wint"),
    *_s("st_lucian", "Mathurin", "Poleon", "Louisy", "Jn Baptiste"),
    *_s("guyanese", "Persaud", "Ramnarine", "Sookdeo", "Jagdeo"),
    *_s("malaysian_chinese", "Ooi", "Foong", "Cheah", "Chuah"),
    *_s("hong_kong", "Tse", "Lui", "Poon", "Chiu"),
    *_s("japanese", "Yamaguchi", "Fujiwara", "Shimizu", "Ishikawa"),
    *_s("korean", "Jeong", "Hwang", "Kwon"),
    *_s("burmese", "Myint", "Htun", "Thein"),
    *_s("nepali", "Dhakal", "Pokharel", "Khadka", "Ghimire"),
    *_s("sephardi", "Abecassis", "Benoliel", "Toledano", "de Sola"),
    *_s("ashkenazi", "Weinstock", "Goldfarb", "Apfelbaum"),
    *_s("israeli", "Peretz", "Ohana", "Biton", "Ben-Ami"),
    *_s(
        "greek",
        "Economidis/Economidou",
        "Stamatopoulos/Stamatopoulou",
        "Kyriakidis/Kyriakidou",
        "Theodorakis/Theodoraki",
    ),
    *_s("maltese", "Xuereb", "Azzopardi", "Spiteri", "Schembri"),
    *_s("spanish", "Echeverría", "Ibáñez", "Iglesias", "Muñoz"),
    *_s("portuguese", "D'Almeida", "da Silveira", "dos Prazeres", "dos Remédios"),
    *_s("portuguese", "Cordeiro"),
    *_s("brazilian", "Bezerra", "dos Passos", "Cavalcante", "Damasceno"),
    *_s("colombian", "Restrepo", "Ospina", "Londoño", "Echeverri"),
    *_s("filipino", "Manalastas", "Macapagal", "Lacanilao", "Sumulong"),
]
SURNAMES_WORD = [
    # trades and offices
    *_s("english", "Thresher", "Cutler", "Salter", "Wheeler", "Roper", word=True),
    # places and buildings
    *_s("english", "Pool", "Shore", "Grove", "Tower", "Barn", word=True),
    # animals and things
    *_s("english", "Stag", "Starling", "Partridge", "Haddock", "Otter", word=True),
    # Romany Gypsy families
    *_s("english", "Codling", word=True),
    *_s("irish", "Early", "Madden", "Toner", "Furlong", "Sexton", word=True),
    *_s("scottish", "Shaw", "Cant", "Gall", "Tosh", "Smart", word=True),
    *_s("bengali_hindu", "Pal", word=True),
    *_s("marathi", "Kale", "More", "Gore", "Mane", "Sane", word=True),
    *_s("kashmiri", "Lone", "Rather", "Pandit", word=True),
    *_s("pathan", "Wazir", word=True),
    *_s("gujarati_hindu", "Tailor", word=True),
    *_s("estonian", "Rand", word=True),
    *_s("maltese", "Muscat", word=True),
    *_s("spanish", "Bravo", "Mesa", "Plaza", "Salvo", word=True),
    *_s("colombian", "Vega", "Hidalgo", "Sierra", word=True),
    *_s("portuguese", "Canto", "Lobo", word=True),
    *_s("malaysian_chinese", "Yap", "Chew", word=True),
    *_s("korean", "Bang", word=True),
    *_s("japanese", "Date", "Mine", "Tone", word=True),
    *_s("guyanese", "Hinds", word=True),
    *_s("jamaican", "Black", "Grey", word=True),
]


POOL = NamePool(
    female=FEMALE,
    male=MALE,
    female_word=FEMALE_WORD,
    male_word=MALE_WORD,
    surnames=SURNAMES,
    surnames_word=SURNAMES_WORD,
    streets=[
        "Quarry Bank Road",
        "Weavers Fold",
        "Coalpit Lane",
        "Chainmakers Way",
        "Pottery Lane",
        "Cutlers Walk",
        "Tanyard Lane",
        "Furnace Lane",
        "Colliers Row",
        "Heol y Glowyr",
    ],
    blocks=["Lantern Court", "Beacon House", "Furnace Court", "Winding House"],
    towns=[
        "Tipton",
        "Wednesbury",
        "Halesowen",
        "Cradley Heath",
        "Brierley Hill",
        "Batley",
        "Heckmondwike",
        "Ossett",
        "Mirfield",
        "Mountain Ash",
        "Tonypandy",
        "Leyton",
        "Harlesden",
        "Wembley",
        "Wellingborough",
        "Kidderminster",
    ],
    stems=[
        "Ashbourne",
        "Foxhollow",
        "Rosemead",
        "Willowbrook",
        "Beechwood",
        "Ferndale",
        "Mapleton",
        "Harewood",
    ],
    pubs=[
        "The Nags Head",
        "The Rose and Crown",
        "The Old Swan",
        "The Chainmakers Arms",
        "The Miners Rest",
        "The Barley Mow",
    ],
)
