"""Names for the third holdout pool (``holdout3``), written for issue 13 on 4 December 2026
by someone who had not read the redaction engine or its documentation. None of its given
names, nicknames or surnames is in the dev and test lists (names.py) or in
names_holdout2.py, and its word-names are other words. No engine change was checked
against it before its first figures were reported. Tuned on since 4 December (its misses
were read after its first two runs, at d4e3705 and 54a1607): it no longer measures
generalisation (docs/redaction-benchmark.md)."""

from __future__ import annotations

from bench.redaction.names import NamePool, _f, _s

FEMALE = [
    *_f("english", "Kayleigh", "Bubbles", "Tracey", "Trace", "Nicola", "Nicky"),
    *_f("english", "Lindsey", "Linz", "Sharon", "Shazza", "Carly-Ann", "Cazza"),
    *_f("irish", "Clodagh", "Clo", "Saoirse", "Seersh", "Gráinne", "Grá"),
    *_f("scottish_welsh", "Angharad", "Hari", "Lowri", "Low", "Ailsa", "Ails", "Seren", "Ser"),
    *_f("polish", "Dorota", "Dorotka", "Ewelina", "Ewka", "Sylwia", "Sylwka"),
    *_f("romanian", "Mihaela", "Miha", "Mădălina", "Mădă", "Larisa", "Lari"),
    *_f("lithuanian", "Jurgita", "Jurga", "Aušra", "Aušrutė", "Gintarė", "Ginta"),
    *_f("portuguese_brazilian", "Thaís", "Tatá", "Luana", "Lua", "Ana-Luísa", "Analu"),
    *_f("pakistani", "Rukhsana", "Rukhi", "Mehwish", "Mishi", "Sadia", "Sadoo"),
    *_f("bangladeshi", "Nazma", "Nazzy", "Rupa", "Tink", "Shamima", "Shammi"),
    *_f("gujarati", "Hetal", "Hetu", "Bhavna", "Bhavs", "Jigna", "Jiggy"),
    *_f("somali", "Ubah", "Ubi", "Hibaaq", "Hibo", "Ifrah", "Ifi"),
    *_f("ghanaian", "Efua", "Efi", "Adwoa", "Adjoa", "Afua", "Peanut"),
    *_f("chinese", "Yuqing", "Qingqing", "Wing-Yan", "Wingy", "Siu-Man", "Mandy"),
    *_f("vietnamese", "Phương", "Fong", "Hạnh", "Hanny", "Trang", "Trangy"),
    *_f("turkish", "Ayşe", "Ayşo", "Gülsüm", "Gül", "Derya", "Deri"),
    *_f("greek", "Eleni", "Lenio", "Despina", "Debbie", "Panagiota", "Yiota"),
    *_f("caribbean", "Shanice", "Neecy", "Paulette", "Sugar", "Yvonne", "Vonnie"),
    *_f("nepali", "Sabina", "Sabu", "Kamala", "Kamu", "Anjali", "Anju"),
]
MALE = [
    *_f("english", "Jason", "Jase", "Nathan", "Nate", "Karl", "Smudge", "Anthony-James", "AJ"),
    *_f("english", "Dwayne", "Dwaynie", "Scott", "Scotty"),
    *_f("irish", "Tadhg", "Tadgy", "Oisín", "Osh", "Colm", "Colly"),
    *_f("scottish_welsh", "Rhodri", "Rhod", "Dafydd", "Dai", "Fraser", "Fraz", "Euan", "Ewie"),
    *_f("polish", "Piotr", "Piotrek", "Wojciech", "Wojtek", "Bartłomiej", "Bartek"),
    *_f("romanian", "Florin", "Flo", "Bogdan", "Bogdi", "Ștefan", "Fane"),
    *_f("lithuanian", "Žydrūnas", "Žydrius", "Vytautas", "Vytas", "Rimantas", "Rimas"),
    *_f("portuguese_brazilian", "Rodrigo", "Digo", "Gonçalo", "Gonça", "Wesley", "Wes"),
    *_f("pakistani", "Tariq", "Taz", "Waqas", "Waqi", "Faisal", "Fez"),
    *_f("bangladeshi", "Anwar", "Anu", "Rezaul", "Rez", "Mizanur", "Mizan"),
    *_f("gujarati", "Hitesh", "Hitu", "Jignesh", "Jiggs", "Ketan", "Kets"),
    *_f("somali", "Abdiweli", "Weli", "Guled", "Gule", "Liban", "Libs"),
    *_f("ghanaian", "Kwabena", "Kobby", "Kwadwo", "Kojo", "Kwesi", "Kwes"),
    *_f("chinese", "Jianguo", "Guoguo", "Wenbo", "Bobo", "Ka-Wai", "Kelvin", "Chun-Kit", "Kit"),
    *_f("vietnamese", "Tuấn", "Tony", "Quang", "Quangy", "Hùng", "Henry"),
    *_f("turkish", "Hakan", "Hako", "Serkan", "Serko", "Oğuz", "Oğo"),
    *_f("greek", "Konstantinos", "Kostas", "Georgios", "Yorgos", "Dimitris", "Jimmy"),
    *_f("caribbean", "Errol", "Bigga", "Clive", "Clivey", "Desmond", "Dessie"),
    *_f("nepali", "Bikram", "Biki", "Santosh", "Santu", "Ramesh", "Rambo"),
]
FEMALE_WORD = _f(
    "english",
    *("Daisy", "Daze", "Ruby", "Roo", "Heather", "Hev", "Crystal", "Crissy", "Hazel", "Haze"),
    *("Olive", "Livvy", "Violet", "Vi", "Jade", "Jadey", "Honey", "Honeybee", "Ebony", "Ebs"),
    *("Charity", "Cherry", "Fern", "Ferny"),
    word=True,
)
MALE_WORD = _f(
    "english",
    *("Lance", "Lanny", "Sonny", "Sonz", "Dean", "Deano", "Wade", "Wadey", "Dale", "Dales"),
    *("Earl", "Earlo", "Duke", "Dukey", "Mason", "Mase", "Rusty", "Russ", "Heath", "Heathy"),
    word=True,
)
SURNAMES = [
    *_s("english", "Thwaites", "Openshaw", "Ainsworth-Platt", "Higginbottom"),
    *_s("irish", "O'Driscoll", "Ó Briain/Ní Bhriain", "Keogh"),
    *_s("scottish_welsh", "MacIntyre", "Cadwaladr", "Gwilliam"),
    *_s("polish", "Wróblewski/Wróblewska", "Szymański/Szymańska", "Grabowski/Grabowska"),
    *_s("romanian", "Dumitrescu", "Munteanu"),
    *_s("lithuanian", "Vasiliauskas/Vasiliauskienė", "Žukauskas/Žukauskaitė"),
    *_s("portuguese_brazilian", "Da Silva", "Gonçalves"),
    *_s("pakistani", "Chaudhry", "Qureshi"),
    *_s("bangladeshi", "Chowdhury", "Sarkar"),
    *_s("gujarati", "Desai", "Solanki"),
    *_s("somali", "Jama", "Mohamud"),
    *_s("ghanaian", "Agyeman", "Ofori-Atta", "Appiah"),
    *_s("chinese", "Ng", "Lau", "Xu"),
    *_s("vietnamese", "Vũ", "Bùi"),
    *_s("turkish", "Şahin", "Aydın"),
    *_s("greek", "Papadopoulos/Papadopoulou", "Christodoulou"),
    *_s("caribbean", "Forbes", "Samuels"),
    *_s("nepali", "Gurung", "Shrestha"),
    *_s("south_african", "Van der Merwe"),
]
SURNAMES_WORD = _s(
    "english",
    *("Brown", "Knight", "Fisher", "Price", "Steel", "Cross", "Pike", "Shepherd", "Wren"),
    word=True,
)

POOL = NamePool(
    female=FEMALE,
    male=MALE,
    female_word=FEMALE_WORD,
    male_word=MALE_WORD,
    surnames=SURNAMES,
    surnames_word=SURNAMES_WORD,
    streets=[
        "Cobbler's Walk",
        "Furnace Street",
        "Sycamore Drive",
        "Brewery Street",
        "Wharf Road",
        "Jubilee Terrace",
        "Thistle Way",
        "Coronation Road",
        "Tollgate Close",
    ],
    blocks=["Weavers Court", "Foundry House", "Clocktower House", "Lockkeeper's Court"],
    towns=[
        "Merthyr Tydfil",
        "Wrexham",
        "Rotherham",
        "Barrow-in-Furness",
        "Blackburn",
        "Stoke-on-Trent",
        "Scunthorpe",
        "Swindon",
        "Hastings",
        "Pontypridd",
        "Mansfield",
        "Wigan",
    ],
    stems=[
        "Brackenridge",
        "Hollowfield",
        "Marlstone",
        "Greyfriars",
        "Kingsmead",
        "Copperfield",
        "Whinmoor",
        "Coldharbour",
    ],
    pubs=[
        "The Wheatsheaf",
        "The Nag's Head",
        "The Miners Arms",
        "The Railway Tavern",
        "The Golden Fleece",
        "The Coach and Horses",
    ],
)
