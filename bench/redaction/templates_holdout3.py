# ruff: noqa: E501
"""The third holdout pool (``holdout3``), with its own names (names_holdout3.py) and
sentences. Written for issue 13 on 4 December 2026 by someone who had not read the
redaction engine, its rules or its documentation. No engine change was checked against
it before its first figures were reported. Tuned on since 4 December (its misses were
read after its first two runs, at d4e3705 and 54a1607): it no longer measures
generalisation (docs/redaction-benchmark.md).
"""

from __future__ import annotations

HOLDOUT3: dict[str, list[str]] = {
    "heading": [
        "PRIMARY CARE CHRONOLOGY – PATIENT {V.caps} (NHS {V.nhs})",
        "RECORDED INCIDENTS: {V.capsfirst} / {P.caps}",
        "MARAC {MAYDATE} – CASE OF {V.caps}",
        "{C.caps}: PASTORAL AND ATTENDANCE RECORD",
        "{P.caps} – OFFENDER MANAGER'S NOTES",
        "Urgent and emergency care record – {V.full}",
        "IN THEIR OWN WORDS: {M.capsfirst}, {S.capsfirst} AND {FR.capsfirst}",
    ],
    "gp": [
        "{DATE}: {V.first} {V.surname} seen by {GP.tfull} at {SURGERY}; presenting complaint 'chest tightness', examination normal.",
        "Telephone triage by {NUR.first} {NUR.surname}: a man answered, said {V.nick} was 'in bed with a migraine' and rang off.",
        "The repeat prescription for {V.first} was collected by {P.title}, who also asked the receptionist for a copy of her medical record.",
        "Dr {GP.surname} documented three consultations in which {V.surname} put facial bruising down to 'clumsiness'.",
        "Coded entry on {DATE}: 'Domestic abuse – patient declined referral (seen by {GP.initial}).'",
        "{V.sposs} notes were merged in error with another patient's, and {GP.title} did not notice until this review began.",
        "Contact details held by the surgery: mobile {V.phone}; email {V.email}; address {V.address}, {TOWN}, {V.pcpart}.",
        "Alcohol brief intervention given to {P.full} (DOB {P.dob}), who said he drank because {V.first} 'winds him up'.",
        "{C.first}, then aged four, was brought in by {M.tfull} with a scald to the forearm, and the explanation was accepted.",
    ],
    "police": [
        "{TIME} hrs – call from {NB.tfull} ({NB.phone}) reporting a woman crying in the street outside {NB.address}.",
        "Attending: {PC.officer} (driver) and {PC2.officer}. Both recorded {V.nick} as 'intoxicated and uncooperative'.",
        "{P.caps} was circulated as wanted on the Police National Computer after failing to appear at court on {DATE}.",
        "Officers seized a phone belonging to {P.first}; the download showed 412 messages to {V.first} over a single weekend.",
        "ANPR placed {P.sposs} van, {P.vrm}, in {TOWN} at {TIME}, forty minutes after {V.title} had dialled 999.",
        "A statement from {S.full}, the victim's sister, was taken by {PC2.title} under crime reference {CRIME}.",
        "The suspect, entered in the log as '{P.first} {P.surname} (aka {P.nick})', had left before officers arrived.",
        "Incident {OCC}: {EX.full}, a former partner of {P.first}, reported threatening messages sent from {P.phone}.",
        "A welfare check at {V.address} found {V.first}, {C.first} and a friend, {FR.full}, safe and well.",
    ],
    "marac": [
        "Present: the Chair, {IDVA.full} (IDVA), {SW.full} (Children's Social Care), {PO.full} (Probation) and {NUR.full} (health).",
        "Case 7 – {V.surname}, {V.first}. DOB {V.dob}. Referred by police. Perpetrator: {P.surname}, {P.first}.",
        "Action 3: {IDVA.first} to ring {V.first} on a safe number ({V.phone}) before {DATE} and offer the sanctuary scheme.",
        "{SW.title} reported that {C.hyph} was on a Child in Need plan and that {P.first} had been seen collecting {C.first} from {SCHOOL}.",
        "At {V.poss} request her new address and the name of her employer, {WORK}, were left out of the minutes.",
        "Repeat referral: the panel noted that {V.initial} had been heard twice before, recorded under the name {V.broken}.",
        "In a message the next morning {P.first} told {V.first} that {C.first} would 'never see her again', and the IDVA raised this at the meeting.",
    ],
    "school": [
        "Safeguarding log, {DATE}: {C.first} drew 'daddy {P.lower}' holding a big knife and told {TCH.first} it was only a game.",
        "The Year 2 teacher, {TCH.full}, noticed that {C.nick} was reluctant to go home on Fridays.",
        "Emergency contacts on the admission form: 1. {V.full}, {V.phone}; 2. {M.full}, {M.phone}.",
        "{C.first} missed the class trip to {TOWN} because {P.title} would not sign the consent form.",
        "A lunchtime supervisor, {NB.first}, who lived next door, told {TCH.title} she heard {C.first} crying most evenings.",
        "Pupil records give {C.full} (date of birth {C.dob}) as living at {C.address}, {C.postcode}.",
    ],
    "probation": [
        "Sentence plan for {P.full}, NI {P.ni}: 100 hours' unpaid work and the Building Better Relationships programme.",
        "{PO.tfull} saw {P.nick} at the office on {DATE}; he arrived smelling of alcohol and was sent home.",
        "Home visit to {P.address}, {P.postcode}: a woman who gave her name as '{EX.first}' answered the door, and this was not checked.",
        "{P.first} disclosed a new partner called {V.first} but refused to give her surname or address.",
        "Domestic abuse call-out checks on {P.surname} were requested on {DATE} and not chased when no reply came.",
        "The warning letter went to {P.title} at an old address, and {PO.title} recorded the missed session as an acceptable absence.",
    ],
    "hospital": [
        "ED attendance {DATE} {TIME}: {V.surname}, {V.first}, NHS {V.nhs}, 'fell down stairs', accompanied by partner.",
        "Maternity booking: partner ({P.first}) present throughout, so routine enquiry was not possible; midwife {NUR.title}.",
        "Ambulance handover from {NUR.full}: patient found by {NB.first} at the foot of the stairs at {V.address}.",
        "The fracture clinic letter to {V.tfull} came back marked 'not known at this address' on {DATE}.",
        "{V.first} gave her next of kin as her mother, {M.first} {M.surname}, on {M.phone}, and asked staff not to ring {P.first}.",
        "The hospital IDVA referral was declined after {V.title} told {IDVA.first} that '{P.nick} will know I've been talking'.",
    ],
    "family": [
        "{M.first} {M.surname} gave her account to the panel at her home in {TOWN}, with {S.first} beside her.",
        "'My {V.first} was never a quiet girl,' {M.first} said. 'Once {P.first} came along she stopped laughing.'",
        "Diary of {S.full}, entry for {DATE}: '{V.lnick} rang at {TIME} crying. {P.lnick} has taken her keys again. Told her come to ours.'",
        "{FR.full} met {V.first} at {CAREHOME} and described her as 'the one everybody went to'.",
        "{C.first} now lives with {M.title}, who asked that {C.poss} school, {SCHOOL}, not be named in the published report.",
        'A Facebook post by {P.first} the week before the homicide read: "nobody mugs me off, ask {V.lower}".',
        "Neighbour {NB.full} told the review that she often heard {P.nick} shouting '{V.capsfirst}!' through the wall.",
        "{EX.first}, who has two children with {P.first}, contacted the review herself and described the same jealousy.",
        "Voicemail from {V.first} to her mother, transcribed at the family's request: 'Mum it's me, {V.nick}, can you get {C.lower} from school, I can't get out.'",
        "{V.caps}\n{V.dob} – {DATE}\nForever in our hearts",
        "Family members interviewed: {M.full}, {S.full} and {FR.full}.",
        "{S.first} set up the fundraiser at {V.url} and posts updates there about {C.first}.",
    ],
    "letter": [
        "{SW.full}\nChildren's Social Care\n\nStrictly private\n\n{M.tfull}\n{M.address}\n{M.postcode}\n\n{DATE}\n\nDear {M.title},\n\nRe: {C.full}, born {C.dob}\n\nFollowing the death of your daughter {V.first}, I confirm that {C.first} will remain in your care. I will visit with {TCH.first} from {SCHOOL} on {DATE}.\n\nYours sincerely\n\n{SW.first}",
        "To whoever reads this,\n\nMy name is {V.full} and I live at {V.address}. If anything happens to me it was {P.full}. He drives {P.vrm}. My sister {S.first} has copies of everything.\n\n{V.first}\n{DATE}",
        "{DATE}\n\nDear {S.first} and {M.first},\n\nThank you for the photographs of {V.nick} and for the letter from {FR.first}. I have shared the draft overview report with {IDVA.tfull} and will call you on {S.phone} next week.\n\nWith best wishes,\n\nIndependent Chair",
    ],
    "texts_intro": [
        "WHATSAPP EXPORT – CHAT WITH {P.capsfirst} ({P.phone})",
        "Snapchat and Messenger screenshots handed in by {FR.full}:",
        "Messages and voicemails on {V.poss} handset, exhibit {CRIME}:",
    ],
    "texts": [
        "{P.first}: {V.lower} answer me NOW",
        "{V.lnick}: im not coming back {P.lower} im done x",
        "{S.first} ❤️: omg {V.lnick}!!! where r u",
        "{P.nick}: tell {M.lower} shes next",
        "{V.first}: ok {FR.lnick} ring u l8r xx",
        "{FR.first}: @{V.lnick} u coming {PUB} fri?? 🍻",
        "Missed call (4) – {P.capsfirst}",
        'Voicemail from {P.full} ({P.phone}): "you think {S.first} can protect you? she cant"',
        "{M.first}: hiya love its mum hows my {C.lnick} x",
        "{V.first}: {C.first}'s got a temp, cant come",
        "{P.first}: so its {NB.lower} now is it. saw u talking",
        "{V.first}: sorry sorry sorry {P.nick} i didnt mean it",
        "{S.first}: screenshot this. if anything happens to {V.lower} its HIM",
        "{V.first}: told {IDVA.first} everything today dont tell {P.lower}",
        "{P.first}: {V.capsfirst} {V.capsfirst} PICK UP",
        "{FR.first}: hes outside {V.lower}'s again ring 999",
        "{V.first}: lol no that was {EX.lower} not me",
    ],
}
