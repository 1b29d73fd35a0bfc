# ruff: noqa: E501
"""A third, late-written template pool (``holdout``), for a generalisation check.

Written after the engine had been tuned against the dev and test pools, so neither
the engine's author nor its rules have seen these sentences. It is smaller than the
other two pools; report it beside the test pool, not instead of it.
"""

from __future__ import annotations

HOLDOUT: dict[str, list[str]] = {
    "heading": [
        "SUMMARY OF PRIMARY CARE RECORDS FOR {V.caps}",
        "CALL-OUTS TO THE HOME OF {V.caps}",
        "MARAC REFERRAL: {V.capsfirst} ({P.caps})",
        "SAFEGUARDING IN SCHOOL – {C.caps}",
        "SUPERVISION OF {P.caps} ON LICENCE",
        "EMERGENCY CARE: {V.capsfirst}",
        "WHAT {M.capsfirst} AND {S.capsfirst} TOLD THE PANEL",
    ],
    "gp": [
        "A referral letter for {V.broken} went to the wrong practice and was returned a month later.",
        "Between {DATE} and {MAYDATE} {V.first} consulted {GP.title} nine times about headaches and "
        "bruising.",
        "The summary care record for {V.full} ({V.nhs}, born {V.dob}) lists {P.first} as her "
        "partner but gives no phone number for him.",
        "{GP.title} did not know that {V.poss} partner had a record of violence, because nobody had "
        "told the surgery.",
        "An entry typed by {NUR.full} reads: '{V.nick} seen with her little one, very quiet today'.",
        "{V.title} moved from {V.address} to a refuge in {TOWN} and asked {SURGERY} not to share "
        "her new address.",
    ],
    "police": [
        "Officers were called to {V.address}, {V.postcode}, four times in eighteen months; on the "
        "last occasion {PC.officer} found {V.first} hiding in the bathroom.",
        "{P.full} was charged with criminal damage (reference {CRIME}) after smashing the windows "
        "of {M.sposs} car.",
        "Log {OCC} notes that the caller, {NB.first} from the flat upstairs, was 'sick of the "
        "noise'.",
        "When interviewed, {P.first} said {V.first} was 'mental' and that {S.first} had turned her "
        "against him.",
        "Intelligence suggested {P.surname} was using a second phone, {P.phone}, and a white van "
        "with the registration {P.vrm}.",
    ],
    "marac": [
        "{IDVA.title} told the meeting that {V.first} would not engage while {P.first} was still "
        "living at the address.",
        "The chair of MARAC asked the housing officer to prioritise a move for {V.initial} and "
        "the children.",
        "No agency represented {C.poss} school, so information about {C.full} was not shared.",
        "Adult A told the IDVA she would rather speak to her sister than to the police.",
    ],
    "school": [
        "{C.full} (date of birth {C.dob}) started at {SCHOOL} in September, midway through the "
        "school year.",
        "Teachers described {C.nick} as bright but tired, and noticed that {C.first} flinched "
        "when a door banged.",
        "{TCH.full} phoned {M.title}, the emergency contact, when nobody collected {C.first} on "
        "{DATE}.",
    ],
    "probation": [
        "The licence conditions for {P.hyph} (National Insurance {P.ni}) banned contact with {V.first}.",
        "{PO.title} assessed {P.full} as posing a medium risk to a partner, a rating that was not "
        "reviewed when he moved in with {V.first}.",
        "{P.first} gave his address to probation as his mother's home, {P.address}, although he "
        "was living with {V.title}.",
        "A home visit to {P.postcode} found nobody in; {PO.first} left a card and did not follow "
        "it up.",
        "Unpaid work was completed at {WORK}, where {P.nick} was remembered as 'pleasant enough'.",
    ],
    "hospital": [
        "{V.first} told the paramedic, {NUR.full}, that she had fallen in the garden, but the "
        "injuries were on both arms.",
        "Hospital records show {V.title} (NHS {V.nhs}) attended three times in one month; the "
        "attendances were not linked.",
        "A note by the ED consultant reads 'partner {P.first} very attentive, answers for her'.",
        "{V.surname} discharged herself before a safeguarding referral could be discussed with "
        "her.",
    ],
    "family": [
        "{S.first} remembers {V.first} ringing late at night from {PUB}, saying she could not go "
        "home.",
        "Her mother, {M.full}, said the family had tried to talk to {V.first} about {P.first} but "
        "were 'pushed away'.",
        "{FR.full}, who worked with {V.first} at {CAREHOME}, noticed the bruises and told the "
        "manager.",
        "{M.first} hopes the review will mean that no other family goes through what hers did.",
        "The family keep a memorial page at {V.url} and asked that it be mentioned.",
    ],
    "letter": [
        "Dear {V.title},\n\nI am sorry I missed you at home on {DATE}. Please call me on "
        "{IDVA.phone} or write to {IDVA.email} when it is safe to do so.\n\nBest wishes,\n\n"
        "{IDVA.full}\nIDVA",
        "{M.full}\n{M.address}\n{TOWN} {M.postcode}\n\n{DATE}\n\nTo whom it may concern,\n\n"
        "I want the review to know that my daughter {V.first} was frightened of {P.full} for "
        "years.\n\n{M.first}",
    ],
    "texts_intro": [
        "SCREENSHOTS PROVIDED BY {S.capsfirst}",
        "Messages recovered from {V.poss} phone:",
    ],
    "texts": [
        "{P.first}: open the door {V.lower}",
        "{V.first}: {S.lower} is here so dont",
        "{S.first}: {V.lnick} do u want me to call someone",
        "{P.first}: i saw u with {FR.lower} today",
        "{V.first}: please {P.lnick} not in front of {C.lower}",
        "{M.first}: {V.lower} love come home",
    ],
}
