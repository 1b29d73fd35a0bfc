# ruff: noqa: E501
"""The second holdout pool (``holdout2``), written for issue 13 with its own names
(names_holdout2.py) and sentences. No engine change was checked against it before its
figures were reported: it is the benchmark's headline. Tune on ``dev``, never on this.
"""

from __future__ import annotations

HOLDOUT2: dict[str, list[str]] = {
    "heading": [
        "HEALTH CONTACTS: {V.caps}",
        "POLICE INVOLVEMENT WITH {P.caps}",
        "RISK CONFERENCE NOTES ({V.capsfirst})",
        "EDUCATION RECORDS FOR {C.caps}",
        "OFFENDER MANAGEMENT: {P.capsfirst}",
        "A&E ATTENDANCES BY {V.capsfirst}",
        "THE FAMILY'S ACCOUNT, GIVEN BY {M.caps}",
    ],
    "gp": [
        "{V.full} registered at {SURGERY} in {DATE} and gave {P.first} as her next of kin.",
        "A practice nurse, {NUR.full}, noted that {V.first} seemed anxious whenever {P.first} came into the room.",
        "{GP.title} prescribed sertraline and wrote that {V.title} 'denies any problems at home'.",
        "The surgery had two addresses for {V.first}: {V.address} and her mother's house in {TOWN}.",
        "When {V.nick} missed three appointments in a row nobody at {SURGERY} asked why.",
        "A letter about {V.hyph} was scanned into the record but never read by a clinician.",
    ],
    "police": [
        "On {DATE} {PC.officer} attended {V.address}, {V.postcode}, after a neighbour, {NB.full}, heard screaming.",
        "{P.full} was arrested and released under investigation; the crime reference was {CRIME}.",
        "{V.first} told officers that {P.nick} had taken her phone and her bank card.",
        "A DASH assessment scored {V.first} as high risk, and the case was referred to MARAC.",
        "Officers checked the car {P.vrm} and found {P.surname} asleep in it outside {PUB}.",
        '{P.first} posted on Facebook: "{V.lower} thinks shes clever, tell {S.lower} i know where she lives".',
        "The incident log {OCC} records {P.poss} words as 'she will not see {C.lower} again'.",
    ],
    "marac": [
        "The MARAC on {DATE} heard that {V.first} had moved in with {S.full} for a fortnight.",
        "{IDVA.full} offered {V.first} a place at a refuge, which she declined because of {C.first}.",
        "Agencies were asked to flag {V.poss} address; the housing association did not do so.",
        "Minutes record that {P.first} was 'not known' to the mental health team, which was wrong.",
    ],
    "school": [
        "{TCH.title} at {SCHOOL} noticed that {C.first} came to school hungry on Mondays.",
        "{C.full} told a teaching assistant that {P.first} 'shouts at mummy'.",
        "A referral to Children's Social Care about {C.nick} was closed after one home visit.",
        "{C.first} was absent for nine days in {MAYDATE}; the school logged it as illness.",
    ],
    "probation": [
        "{PO.full} supervised {P.full} (NI {P.ni}, date of birth {P.dob}) from {DATE}.",
        "{P.first} told {PO.title} that the relationship with {V.first} had ended, which was untrue.",
        "His employer, {WORK}, confirmed that {P.first} had not been at work for a month.",
        "The risk assessment for {P.surname} did not mention {V.first} or the children.",
    ],
    "hospital": [
        "{V.full} (NHS number {V.nhs}) was brought to the emergency department by {S.first}.",
        "The triage nurse, {NUR.first}, recorded a fractured wrist and the words 'fell over the dog'.",
        "{V.first} said to a healthcare assistant that {P.first} would 'kill her if she talked'.",
        "Safeguarding was not contacted because {V.title} was discharged at night.",
    ],
    "family": [
        "{M.full} said that {V.first} had always been the one who held the family together.",
        "{S.first} described {P.first} as charming at first and then controlling about money.",
        "{FR.full} said {V.nick} stopped coming to {PUB} after she met {P.first}.",
        "The family want people to remember {V.first} as a mother first, and asked that {C.first} be protected.",
        '{M.first} told the chair: "if {V.lower} had been listened to she would be here".',
    ],
    "letter": [
        "{M.full}\n{M.address}\n{TOWN}\n{M.postcode}\n\n{DATE}\n\nDear Chair,\n\nThank you for meeting me about {V.first}. I have read the draft and I would like to add something about {P.first}.\n\nYours sincerely,\n\n{M.first}",
        "Private and confidential\n\n{V.title}\n{V.address}\n{V.postcode}\n\nDear {V.title},\n\nWe have been unable to reach you on {V.phone}. Please contact {IDVA.full} at {IDVA.email}.\n\nKind regards,\n\n{IDVA.full}",
    ],
    "texts_intro": [
        "WHATSAPP MESSAGES SHOWN TO THE PANEL BY {S.capsfirst}",
        "Texts between {V.first} and {P.first}:",
    ],
    "texts": [
        "{P.first}: where r u {V.lnick}",
        "{V.first}: at {S.lower}s leave me alone",
        "{S.first}: {V.lower} hes outside again",
        "{P.first}: tell {M.lower} to mind her business",
        "{V.first}: {C.lower} is scared of u",
        "{FR.first}: hun did {P.lower} hurt u",
        "{M.first}: ring me {V.lnick} xx",
    ],
}
