"""Names for the second holdout pool (``holdout2``): none of them is in the dev or test
lists (names.py), and its word-names are other words. Written for issue 13; no engine
change was checked against this pool before its figures were reported."""

from __future__ import annotations

from bench.redaction.names import NamePool, _f, _s

FEMALE = [
    *_f(
        "english", "Georgina", "Georgie", "Bethany", "Beth", "Shannon", "Shan", "Chantelle", "Chan"
    ),
    *_f("english", "Demi", "Dems", "Joanne", "Jo", "Danielle", "Dani", "Victoria", "Tori"),
    *_f("irish", "Aoife", "Eef", "Sinéad", "Shin", "Orla", "Orls"),
    *_f("scottish_welsh", "Nerys", "Nez", "Isla", "Izzy", "Mhairi", "Vari"),
    *_f("eritrean", "Selam", "Selu", "Helen", "Hel", "Senait", "Seni"),
    *_f("kurdish", "Rojin", "Roji", "Berfin", "Berfo", "Dilan", "Dil"),
    *_f("albanian", "Arta", "Arti", "Blerina", "Bleri", "Drita", "Dri"),
    *_f("tamil", "Tharani", "Thari", "Kavitha", "Kavi", "Nirosha", "Niro"),
    *_f("filipino", "Maricel", "Cel", "Rowena", "Weng", "Jocelyn", "Joy-Joy"),
    *_f("syrian", "Rasha", "Rash", "Lina", "Lulu", "Hiba", "Hibs"),
    *_f("latvian_hungarian", "Ilze", "Ilzi", "Zsófia", "Zsófi", "Anikó", "Ani"),
    *_f("yoruba_igbo", "Funmilayo", "Funmi", "Ifeoma", "Ify", "Uchenna", "Uche"),
    *_f("punjabi", "Navneet", "Nav", "Manjit", "Manj", "Jaspreet", "Jas"),
]
MALE = [
    *_f("english", "Reece", "Reecey", "Lee", "Leezy", "Shane", "Shaney", "Callum", "Cal"),
    *_f("english", "Jordan", "Jord", "Bradley", "Brad", "Kieran", "Kez", "Stuart", "Stu"),
    *_f("irish", "Cillian", "Cill", "Donal", "Don", "Ruairí", "Ro"),
    *_f("scottish_welsh", "Gethin", "Geth", "Hamish", "Hame", "Iwan", "Iwy"),
    *_f("eritrean", "Yonas", "Yoni", "Tesfaye", "Tes", "Dawit", "Dav"),
    *_f("kurdish", "Baran", "Bazza", "Rebwar", "Reb", "Shivan", "Shiv"),
    *_f("albanian", "Besnik", "Besi", "Arben", "Beni", "Gëzim", "Gez"),
    *_f("tamil", "Kajan", "Kaj", "Sutharsan", "Suthy", "Pirasanth", "Piras"),
    *_f("filipino", "Jomar", "Jom", "Rodel", "Del", "Arnel", "Nel"),
    *_f("syrian", "Khaled", "Khal", "Omar", "Omi", "Yousef", "Yus"),
    *_f("latvian_hungarian", "Jānis", "Jan", "Bence", "Benc", "Zoltán", "Zoli"),
    *_f("yoruba_igbo", "Adebayo", "Bayo", "Chinedu", "Nedu", "Oluwafemi", "Femi"),
    *_f("punjabi", "Gurdeep", "Deep", "Jaswinder", "Jas", "Harjit", "Harj"),
]
FEMALE_WORD = _f(
    "english",
    *("Sky", "Sky", "April", "Ape", "Melody", "Mel", "Harmony", "Harm", "Liberty", "Libby"),
    *("Blossom", "Bloss", "Misty", "Mist", "Star", "Starry", "Willow", "Wills", "Poppy", "Pops"),
    *("Robin", "Robs", "Sunny", "Sun"),
    word=True,
)
MALE_WORD = _f(
    "english",
    *("Art", "Arty", "Rocky", "Rock", "Hunter", "Hunt", "Ray", "Raymo", "Glen", "Glenny"),
    *("Clay", "Clayt", "Cliff", "Cliffy", "Bill", "Billy", "Rob", "Robbo", "Noble", "Nobby"),
    word=True,
)
SURNAMES = [
    *_s(
        "english", "Fairclough", "Pickering", "Blackwood", "Featherstone", "Hargreaves", "Whitlock"
    ),
    *_s("irish", "Ó Súilleabháin", "McGuinness", "Donnelly", "Breathnach"),
    *_s("scottish_welsh", "MacAulay", "Prosser", "Bowen-Jones", "Urquhart"),
    *_s("eritrean", "Tesfamariam", "Gebremedhin", "Haile"),
    *_s("kurdish", "Barzani", "Zebari", "Amedi"),
    *_s("albanian", "Hoxha", "Krasniqi", "Berisha"),
    *_s("tamil", "Sivakumar", "Thevarajah", "Balasingham"),
    *_s("filipino", "Dela Cruz", "Bautista", "Villanueva"),
    *_s("syrian", "Haddad", "Al-Khatib", "Sabbagh"),
    *_s("latvian_hungarian", "Bērziņš/Bērziņa", "Ozoliņš/Ozoliņa", "Nagy", "Horváth"),
    *_s("yoruba_igbo", "Adebayo-Okafor", "Oyelaran", "Nwachukwu", "Anyanwu"),
    *_s("punjabi", "Sandhu-Gill", "Dhaliwal", "Grewal"),
]
SURNAMES_WORD = _s(
    "english", "Rivers", "Lane", "Reed", "Hale", "Crane", "Mills", "Booth", "Porter", word=True
)

POOL = NamePool(
    female=FEMALE,
    male=MALE,
    female_word=FEMALE_WORD,
    male_word=MALE_WORD,
    surnames=SURNAMES,
    surnames_word=SURNAMES_WORD,
    streets=[
        "Tanner's Row",
        "Ropewalk",
        "Beech Avenue",
        "Gasworks Lane",
        "Kingfisher Road",
        "Lavender Close",
        "Paradise Street",
        "Quarry Hill",
    ],
    blocks=["Ferry House", "Samphire Court", "Lantern Heights", "Maltings House"],
    towns=[
        "Kendal",
        "Barnstaple",
        "Llandudno",
        "Whitby",
        "Grantham",
        "Aberystwyth",
        "Skegness",
        "Bridport",
        "Hexham",
    ],
    stems=[
        "Saltmarsh",
        "Harrowden",
        "Kilnworth",
        "Ravensmere",
        "Goldcrest",
        "Wychwood",
        "Eastbrook",
        "Tidemill",
    ],
    pubs=["The Anchor", "The Boot and Slipper", "The Jolly Sailor", "The Black Bull"],
)
