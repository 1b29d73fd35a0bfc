"""Names for the fourth holdout pool (``holdout4``), written for issue 13 on 4 December
2026 by someone who had not read the redaction engine or its documentation. None of its
given names, nicknames or surnames (nor any word of a multiword or hyphenated one) is in
the dev and test lists (names.py), names_holdout2.py or names_holdout3.py, and its word-
names are other words again. It leans on origins the other pools use least: Welsh-
language and Cornish names, Romany and Irish Traveller families, Sudanese, Afghan,
Iranian, Sinhala, Malayali, Hong Kong Cantonese, Thai, Zimbabwean, Congolese, Jamaican,
Bulgarian, Czech and Slovak, Ukrainian, Italian, Spanish, Moroccan, Orthodox Jewish and
Sikh names. No engine change was checked against it before its first figures were
reported. Tuned on since 4 December (its misses were read after its first run, at
f26d1f9, the headline): it no longer measures generalisation (docs/redaction-
benchmark.md)."""

from __future__ import annotations

from bench.redaction.names import NamePool, _f, _s

FEMALE = [
    # Cornish, English Romany and English two-part names
    *_f("english", "Demelza", "Pickle", "Morwenna", "Wenna", "Vashti", "Vash"),
    *_f("english", "Lavinia", "Vinnie", "Mary Jane", "MJ", "Lacey-Mae", "Lace"),
    # Irish Traveller families
    *_f("irish", "Kathleen", "Katie", "Margaret", "Peggy", "Philomena", "Philly"),
    # Welsh-language names
    *_f("scottish_welsh", "Gwenllian", "Gwen", "Myfanwy", "Myf", "Eluned", "Lyn"),
    *_f("sudanese", "Amna", "Amnoosh", "Nafisa", "Nafi", "Hawa", "Mimi"),
    *_f("afghan", "Fereshta", "Freshie", "Zarghona", "Zari", "Mursal", "Mursi"),
    *_f("iranian", "Shirin", "Shiri", "Parisa", "Pari", "Golnaz", "Goli"),
    *_f("sinhala", "Dilrukshi", "Dilu", "Chathurika", "Chathu", "Nimali", "Nimmi"),
    *_f("malayali", "Aswathy", "Achu", "Reshma", "Reshu", "Jincy", "Jinnu"),
    *_f("hong_kong", "Suet-Ying", "Sheryl", "Oi-Lam", "Lammy", "Tsz-Ching", "Chingy"),
    *_f("thai", "Kanokwan", "Ploy", "Siriwan", "Noi", "Wanida", "Nok"),
    *_f("zimbabwean", "Tatenda", "Tate", "Rutendo", "Rue", "Sibongile", "Bongi"),
    *_f("congolese", "Bijou", "Bibi", "Exaucée", "Exau", "Mbuyi", "Buyi"),
    *_f("jamaican", "Novlette", "Novi", "Sashana", "Sash", "Tanesha-Marie", "Tiny"),
    *_f("bulgarian", "Tsvetelina", "Tsveti", "Desislava", "Desi", "Radostina", "Radi"),
    *_f("czech_slovak", "Zuzana", "Zuzka", "Lenka", "Lenička", "Petra", "Péťa"),
    *_f("ukrainian", "Oksana", "Ksyusha", "Tetiana", "Tanya", "Yuliia", "Yulka"),
    *_f("italian", "Giuseppina", "Pina", "Annunziata", "Nunzia", "Graziella", "Lella"),
    *_f("spanish", "Macarena", "Maca", "María José", "Majo", "Inmaculada", "Inma"),
    *_f("moroccan", "Khadija", "Dija", "Fatima Zahra", "Zouzou", "Siham", "Sisi"),
    *_f("jewish", "Chaya Sara", "Chayi", "Rivka", "Rivky", "Malka", "Malky"),
    # Sikh names that are given to girls and boys alike
    *_f("sikh", "Sukhwinder", "Sukhi", "Parminder", "Pammy"),
]
MALE = [
    *_f("english", "Jago", "Jagsy", "Kenver", "Kenny", "Tyson", "Bubba", "Elias", "Lias"),
    *_f("irish", "John Joe", "Jonjo", "Martin", "Marty", "Christy", "Bomber"),
    *_f("scottish_welsh", "Gruffudd", "Gruff", "Aneurin", "Nye", "Iolo", "Lolo"),
    *_f("sudanese", "Babiker", "Bakri", "Osman", "Ossie", "Musab", "Sabby"),
    *_f("afghan", "Abdul Karim", "AK", "Mirwais", "Wais", "Hamidullah", "Hamid"),
    *_f("iranian", "Behrouz", "Bebo", "Kourosh", "Kouri", "Siavash", "Siya"),
    *_f("sinhala", "Chaminda", "Chami", "Lasantha", "Lassie", "Nuwan", "Sparky"),
    *_f("malayali", "Jithin", "Jithu", "Sreejith", "Sreeju", "Binoy", "Binu"),
    *_f("hong_kong", "Pak-Hei", "Hei", "Yiu-Fai", "Fai", "Kwok-Leung", "Ken"),
    *_f("thai", "Somchai", "Golf", "Pongsak", "Beer", "Anurak", "Tong"),
    *_f("zimbabwean", "Tafadzwa", "Tafi", "Kudakwashe", "Kuda", "Themba", "Thembs"),
    *_f("congolese", "Dieudonné", "Dido", "Jean-Pierre", "JP", "Fiston", "Fifi"),
    *_f("jamaican", "Fitzroy", "Fitz", "Garfield", "Gaff", "Leroy", "Ratty"),
    *_f("bulgarian", "Hristo", "Icho", "Stoyan", "Stoyo", "Krasimir", "Krasi"),
    *_f("czech_slovak", "Jiří", "Jirka", "Ondřej", "Ondra", "Miroslav", "Mirek"),
    *_f("ukrainian", "Oleksandr", "Sashko", "Mykola", "Kolya", "Taras", "Tarasyk"),
    *_f("italian", "Salvatore", "Totò", "Vincenzo", "Enzo", "Gennaro", "Rino"),
    *_f("spanish", "Francisco Javier", "Javi", "Ignacio", "Nacho", "Jesús", "Chus"),
    *_f("moroccan", "Hicham", "Hichy", "Abdelilah", "Dodo", "Mustapha", "Staf"),
    *_f("jewish", "Yehuda", "Yidel", "Shmuel", "Shmuly", "Mordechai", "Motty"),
    *_f("sikh", "Kuldeep", "Kully", "Balwinder", "Bally"),
]
FEMALE_WORD = [
    *_f(
        "english",
        *("Juniper", "Juni", "Storm", "Stormy", "Coral", "Cozza", "Ginger", "Ginge"),
        *("Saffron", "Saff", "Clover", "Bunny", "Marigold", "Goldie", "Mercy", "Merce"),
        word=True,
    ),
    *_f("zimbabwean", "Precious", "Presh", "Memory", "Mem", word=True),
    *_f("jamaican", "Patience", "Pashy", word=True),
]
MALE_WORD = [
    *_f(
        "english",
        *("Blaze", "Blazer", "Sterling", "Sterl", "Major", "Maj", "Royal", "Roy"),
        *("Deacon", "Deke", "Buck", "Bucky", "Cash", "Cashy", "Chip", "Chipper"),
        *("Hardy", "Hards", "Colt", "Colty"),
        word=True,
    ),
    *_f("zimbabwean", "Gift", "Giftie", "Blessing", "Bless", word=True),
    *_f("jamaican", "Justice", "Juju", word=True),
]
SURNAMES = [
    *_s("english", "Penhaligon", "Boswell"),
    *_s("irish", "McDonagh", "Maughan"),
    *_s("scottish_welsh", "Vaughan-Thomas", "ap Iorwerth"),
    *_s("sudanese", "Mirghani", "El Tayeb"),
    *_s("afghan", "Popalzai", "Sultani"),
    *_s("iranian", "Ghorbani", "Esfahani"),
    *_s("sinhala", "Wickramasinghe", "Perera"),
    *_s("malayali", "Kuriakose", "Nair"),
    *_s("hong_kong", "Tsang", "Yip"),
    *_s("thai", "Srisuk", "Boonmee"),
    *_s("zimbabwean", "Moyo", "Ncube"),
    *_s("congolese", "Kabongo", "Ilunga"),
    *_s("jamaican", "Ricketts", "Gayle"),
    *_s("bulgarian", "Petkov/Petkova", "Todorov/Todorova"),
    *_s("czech_slovak", "Dvořák/Dvořáková", "Kučera/Kučerová"),
    *_s("ukrainian", "Kovalenko", "Melnyk"),
    *_s("italian", "Esposito", "De Simone"),
    *_s("spanish", "Jiménez", "Fernández Ruiz"),
    *_s("moroccan", "El Amrani", "Ait Lahcen"),
    *_s("jewish", "Gottlieb", "Halberstam"),
    *_s("sikh", "Johal", "Bains"),
]
SURNAMES_WORD = _s(
    "english",
    *("Carpenter", "Waters", "Bright", "Moody", "Savage", "Sweet", "Wise", "Strong"),
    *("Gamble", "Scamp"),
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
        "Slipway Lane",
        "Chandlers Row",
        "Pennant Street",
        "Hopyard Lane",
        "Colliery Row",
        "Tinners Way",
        "Glebe Crescent",
        "Cattle Market Road",
        "Bethesda Terrace",
    ],
    blocks=["Pilot House", "Kiln Court", "Lighthouse Court", "Bobbin Mill Court"],
    towns=[
        "Camborne",
        "Redruth",
        "Llanelli",
        "Neath",
        "Caernarfon",
        "Gateshead",
        "Huddersfield",
        "Luton",
        "Peterborough",
        "Crawley",
        "Wisbech",
        "Margate",
        "Carlisle",
        "Rhyl",
    ],
    stems=[
        "Ashcombe",
        "Tregonning",
        "Blackthorn",
        "Pentwyn",
        "Larchwood",
        "Cleeve",
        "Mardale",
        "Hatherley",
    ],
    pubs=[
        "The Tinners Arms",
        "The Pack Horse",
        "The Drovers",
        "The Sawyers Arms",
        "The Ring o' Bells",
        "The Old Smithy",
    ],
)
