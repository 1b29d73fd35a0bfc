"""Names for the twenty-fifth holdout pool (``holdout25``): a stub, to be written blind."""

from bench.redaction.names import FirstName, NamePool, Surname

FEMALE: list[FirstName] = []
MALE: list[FirstName] = []
FEMALE_WORD: list[FirstName] = []
MALE_WORD: list[FirstName] = []
SURNAMES: list[Surname] = []
SURNAMES_WORD: list[Surname] = []

POOL = NamePool(
    female=FEMALE,
    male=MALE,
    female_word=FEMALE_WORD,
    male_word=MALE_WORD,
    surnames=SURNAMES,
    surnames_word=SURNAMES_WORD,
    streets=[],
    blocks=[],
    towns=[],
    stems=[],
    pubs=[],
)
