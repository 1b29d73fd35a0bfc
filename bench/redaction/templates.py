"""Sentence templates for the synthetic DHR corpus, in two disjoint pools.

A template is ordinary text with placeholders in braces:

- ``{ROLE.form}`` for a person: ROLE is one of the cast (V victim, P perpetrator, C child,
  M victim's mother, S victim's sister: the registered family; GP, PC, PC2, SW, TCH, IDVA,
  PO, NUR, NB neighbour, FR friend, EX perpetrator's former partner: not registered) and
  form is a name form (full, tfull, first, surname, title, initial, nick, poss, sposs,
  caps, capsfirst, lower, lnick, broken, hyph) or one of the person's identifiers (nhs, ni,
  dob, phone, email, url, vrm, address, postcode, pcpart) or ``officer`` (rank, collar
  number and surname).
- ``{SCHOOL}`` ``{SURGERY}`` ``{CAREHOME}`` ``{WORK}`` ``{PUB}`` ``{TOWN}`` ``{CRIME}``
  ``{OCC}`` are gold too; ``{DATE}`` ``{MAYDATE}`` ``{TIME}`` are ordinary text (a
  timeline date is not redacted; "May" is the month, not a name).

Agency names, legislation, MARAC/IDVA/DASH, "the Chair", "Clare's Law" and pseudonyms
such as "Adult A" are written literally: they must not be detected, and any detection
there is a false positive.

The victim is "she" and the perpetrator "he" throughout, as in most DHRs.
"""

from __future__ import annotations

SECTIONS = ("gp", "police", "marac", "school", "probation", "hospital", "family")

DEV: dict[str, list[str]] = {
    "heading": [
        "GP RECORDS: {V.caps}",
        "SUFFOLK CONSTABULARY – INCIDENT HISTORY FOR {P.caps}",
        "MARAC MINUTES (EXTRACT) – {V.capsfirst}",
        "SCHOOL INVOLVEMENT WITH {C.caps}",
        "PROBATION SERVICE CONTACT – {P.caps}",
        "HOSPITAL ATTENDANCES: {V.caps}",
        "ACCOUNT GIVEN BY {M.caps}, MOTHER OF {V.capsfirst}",
    ],
    "gp": [
        "A letter from the mental health team addressed to {V.broken} was scanned into the "
        "record on {DATE}.",
        "On {DATE} {V.full} (date of birth {V.dob}, NHS number {V.nhs}) attended {SURGERY} "
        "and saw {GP.title}, reporting low mood and poor sleep.",
        "{GP.title} noted that {V.first} appeared anxious and that {P.first} had come with "
        "her and answered several questions on her behalf.",
        "The practice recorded a new mobile number for {V.first}, {V.phone}, and a change of "
        "address to {V.address}, {TOWN} {V.postcode}.",
        "{V.poss} repeat prescription for sertraline was reviewed; there is no record that "
        "she was asked directly about domestic abuse.",
        "A practice nurse, {NUR.full}, saw {C.first} for immunisations and wrote that "
        "{V.sposs} partner was 'controlling about appointments'.",
        "The GP record lists {P.full} as next of kin, at the same address, with the "
        "telephone number {P.phone}.",
        "{GP.title} made a referral to the Talking Therapies service; {V.surname} did not "
        "attend the assessment and was discharged.",
        "The record was updated to show {V.broken} as the registered patient and "
        "{C.full} as her dependant.",
        "In the summer of that year the practice held a frank discussion about routine "
        "enquiry, but it was not applied to {V.title}.",
    ],
    "police": [
        "The log describes {V.initial} as 'the aggrieved' and {P.initial} as 'the suspect'.",
        "At {TIME} on {DATE} police received a 999 call from {NB.full}, a neighbour at "
        "{NB.address}, reporting shouting and a woman screaming.",
        "Officers {PC.officer} and {PC2.officer} attended and spoke to {V.title}, who had a "
        "visible injury to her left cheek.",
        "{P.title} (date of birth {P.dob}) was arrested on suspicion of assault occasioning "
        "actual bodily harm; the crime reference is {CRIME}.",
        "A DASH risk assessment was completed and graded high; the officer recorded that "
        "{V.nick}, as she was known to friends, feared for her life.",
        "{P.first} was seen driving a grey Vauxhall Astra, registration {P.vrm}, outside the "
        "property in breach of his bail conditions.",
        "The incident was logged under occurrence number {OCC} and shared with the MASH the "
        "following morning.",
        "{P.surname} told officers that {V.first} had 'fallen' and that he would never hurt her.",
        "No further action was taken because {V.title} declined to support a prosecution; a "
        "DVPN was not considered.",
        "Police National Computer checks showed that {P.full} had two previous convictions "
        "for violence against a former partner, {EX.full}.",
        "Body-worn video shows {P.hyph} shouting at officers while {V.first} sat on the stairs.",
    ],
    "marac": [
        "The case of {V.initial} was heard at MARAC on {DATE}; the IDVA, {IDVA.full}, "
        "presented the referral.",
        "Actions agreed: Suffolk Constabulary to place a marker on {V.address}, "
        "{V.postcode}; Children's Social Care to contact {SW.full}.",
        "The minutes refer to the perpetrator as {P.initial} and record that {P.poss} "
        "mother lived nearby in {TOWN}.",
        "{IDVA.first} reported that {V.first} had changed her number to {V.phone} and "
        "wanted contact only by email at {V.email}.",
        "The MARAC coordinator noted that {C.full} was attending {SCHOOL} and that the "
        "school had not been invited.",
        "Adult A's case was heard again on {MAYDATE}; the perpetrator (Adult B) was by then "
        "on remand.",
        "Risk rose sharply after the separation, and the IDVA service may have been the "
        "only agency aware of it.",
    ],
    "school": [
        "Staff called {C.first} by the nickname '{C.nick}', and the register lists {C.hyph} "
        "in full.",
        "{C.first} joined {SCHOOL} in Year 3; the class teacher, {TCH.title}, described a "
        "quiet child who was often late.",
        "The Designated Safeguarding Lead recorded that {C.first} said 'Daddy {P.first} "
        "shouted at Mummy and broke the telly'.",
        "Attendance fell to 82% in the spring term and {TCH.title} telephoned {V.title} on "
        "{V.phone} to discuss it.",
        "A referral was made to the MASH under section 17 of the Children Act 1989 after "
        "{C.poss} disclosure.",
        "{C.nick} was collected most days by grandmother {M.full}, who told staff the "
        "family had 'a lot going on'.",
        "The school's IT log shows {C.poss} account emailing {V.email} during lessons.",
    ],
    "probation": [
        "Case notes from {DATE} refer to {P.initial} only; the assessment itself names "
        "{P.broken} in full.",
        "{P.full} (NI number {P.ni}) was supervised by the National Probation Service on a "
        "community order.",
        "The probation officer, {PO.title}, noted that {P.first} was living with a partner "
        "but did not check who she was.",
        "{P.surname} attended the Building Better Relationships programme for six of "
        "twenty-three sessions before the order was revoked.",
        "Home visits were planned to {P.address}, {P.postcode}, but none took place because "
        "of staff shortages.",
        "{PO.first} recorded that {P.nick} had started work at {WORK} and was 'drinking less'.",
        "The Domestic Violence, Crime and Victims Act 2004, section 9, places a duty on "
        "agencies to take part in this review.",
    ],
    "hospital": [
        "The safeguarding team's note about {V.initial} was filed under {V.hyph} and could not "
        "be found by the ward.",
        "{V.full} attended the Emergency Department at 02:14 on {DATE} with a fractured "
        "wrist, which she said happened when she slipped on ice.",
        "Triage notes record that {P.title} stayed in the cubicle throughout and that no "
        "routine enquiry about domestic abuse was made.",
        "A maternity booking appointment for {V.first} recorded her NHS number as {V.nhs} "
        "and her job as a care assistant at {CAREHOME}.",
        "The midwife, {NUR.title}, completed a safeguarding form after {V.surname} disclosed "
        "that her partner had pushed her down the stairs.",
        "The discharge letter was sent to {SURGERY} and to the family home in the {V.pcpart} area.",
        "{V.first} said she hoped things would improve and that she will 'give him one more "
        "chance'.",
    ],
    "family": [
        "{S.nick} and {V.nick} had been close since childhood, and {M.initial} spoke of them "
        "as 'inseparable'.",
        "{M.first} said that {V.first} had always been 'the life and soul' and that things "
        "changed after she met {P.first} in {PUB} in {TOWN}.",
        "{S.full}, {V.poss} younger sister, told the review that {P.nick} checked {V.poss} "
        "phone every night.",
        "The family asked that the review refer to {V.first} by her name rather than a "
        "pseudonym, and the Chair agreed.",
        "{M.title} recalled {C.first} telling her that {P.first} had locked {V.first} out "
        "of the house in the rain.",
        "Friends of {V.first}, including {FR.full}, said she had been saving to move back to "
        "{TOWN} with {C.first}.",
        "{S.first} said: 'We all knew {P.first} was a bully, but nobody knew what to do about it.'",
        "According to {M.first}, {V.first} had used Clare's Law to ask about {P.poss} past "
        "but never heard back.",
        "{V.first} and {P.first} kept a Facebook page in joint names at {V.url}.",
        "{FR.first} showed the review a post {P.first} had shared: 'everyone knows "
        "{V.lower} is a liar'.",
        'A neighbour heard {P.first} shouting "where is {C.lower}, get {C.lower} down here" '
        "late that night.",
        "{V.first} sent {S.first} a message that read 'i'm done with {P.lower}, i mean it'.",
    ],
    "letter": [
        "{SW.full}\nChildren's Social Care\n{DATE}\n\n{V.tfull}\n{V.address}\n{TOWN}\n"
        "{V.postcode}\n\nDear {V.title},\n\nRe: {C.full} (date of birth {C.dob})\n\n"
        "I am writing after our visit on {DATE} about {C.first}. As we discussed, a Child "
        "and Family Assessment will be completed and I will ring you on {V.phone}.\n\n"
        "Yours sincerely,\n\n{SW.full}\nSocial Worker",
        "{SURGERY}\n{DATE}\n\nPrivate and confidential\n{P.tfull}\n{P.address}\n"
        "{P.postcode}\n\nDear {P.title},\n\nYou missed your appointment with {GP.title} on "
        "{DATE}. Please ring the surgery to rebook. Your NHS number is {P.nhs}.\n\n"
        "Yours faithfully,\n\nPractice Manager",
        "Dear {IDVA.first},\n\nThank you for seeing me. {P.first} still has my car "
        "({V.vrm}) and keeps texting from {P.phone}. My mum {M.first} says I can stay with "
        "her for a bit.\n\n{V.first}",
    ],
    "texts_intro": [
        "TEXT MESSAGES RECOVERED FROM {V.capsfirst}'S PHONE",
        "Extract of messages between {V.first} and {P.first} (police download):",
    ],
    "texts": [
        "{P.first}: where r u {V.lower}? answer ur phone",
        "{V.first}: im at mums with {C.lower}, leave me alone",
        "{P.first}: if ur talking to {S.lower} again ur dead",
        "{V.first}: pls dont come round {C.lower} is asleep",
        "{S.first}: has {P.lower} been at u again? call me x",
        "{P.first}: tell {M.lower} to keep her nose out",
        "{V.first}: sorry babe will be home by 6",
        "{P.first}: u think {FR.lower} cares about u?? shes laughing at u",
        "{V.first}: {P.lnick} please stop",
        "{M.first}: love u {V.lnick} stay safe, may see u sunday",
    ],
}

TEST: dict[str, list[str]] = {
    "heading": [
        "CHRONOLOGY OF GP CONTACT – {V.caps}",
        "POLICE INVOLVEMENT: {P.caps} AND {V.caps}",
        "MULTI-AGENCY RISK ASSESSMENT CONFERENCE – {V.caps}",
        "EDUCATION: {C.capsfirst}",
        "NATIONAL PROBATION SERVICE – {P.capsfirst}",
        "ACUTE TRUST CONTACT WITH {V.caps}",
        "THE FAMILY'S ACCOUNT: {S.caps}",
    ],
    "gp": [
        "{V.title} registered with {SURGERY} on {DATE}, giving her date of birth as "
        "{V.dob} and her NHS number as {V.nhs}.",
        "During a telephone consultation {V.first} told {GP.title} that she was 'not "
        "coping' and that {P.first} did not like her going out.",
        "The patient summary gives {V.poss} contact number as {V.phone} and her address as "
        "{V.address}, {V.postcode}.",
        "{GP.first} {GP.surname}, the practice safeguarding lead, was not told of the "
        "police call-outs to the home.",
        "A locum, {GP.title}, prescribed co-codamol for back pain; the notes say {V.surname} "
        "was tearful and 'keen to leave'.",
        "{P.full} was registered at the same practice and was seen for alcohol dependence "
        "by {NUR.full}.",
        "The health visitor, {NUR.title}, visited {C.full} at home and noted a hole in the "
        "bedroom door.",
        "When {V.nick} rang for an appointment the receptionist recorded that a man could "
        "be heard shouting in the background.",
        "Records were transferred when {V.hyph} moved to {TOWN}; the new practice did not "
        "read the safeguarding entries.",
        "The GP wrote that {V.first} may benefit from counselling and that her mood would "
        "be reviewed in May.",
    ],
    "police": [
        "In the command and control log the caller is recorded as {M.initial} and the suspect "
        "as {P.initial}.",
        "Crime report {CRIME} records that {P.full} punched {V.first} in the face outside "
        "{PUB} on {DATE}.",
        "The call taker graded the incident as an emergency; {PC.officer} arrived at "
        "{V.address} at {TIME}.",
        "{V.title} told {PC.title} that {P.nick} had taken her phone and her bank card.",
        "The officer in the case, {PC2.officer}, tried to contact {V.first} on {V.phone} "
        "but the number was unobtainable.",
        "{P.title} was interviewed under caution and denied the offence, saying {V.first} "
        "had 'made it all up'.",
        "A vehicle check on {P.vrm} showed it was registered to {P.poss} brother and was "
        "uninsured.",
        "Occurrence {OCC} relates to a breach of a non-molestation order at the home of "
        "{M.full} in {TOWN}.",
        "Suffolk Constabulary's domestic abuse unit did not review the case because the "
        "risk was graded standard.",
        "{V.initial} later told the investigating officer that she would not go to court "
        "because {P.first} 'would find her'.",
        "The custody record gives {P.poss} date of birth as {P.dob} and his National "
        "Insurance number as {P.ni}.",
    ],
    "marac": [
        "The research form for {V.broken} listed three previous call-outs and a pregnancy.",
        "{V.first} was referred to MARAC by {IDVA.full} after a second high-risk DASH assessment.",
        "The conference noted that {P.first} had been released from custody and was living "
        "with {EX.full} at {P.address}.",
        "Information shared at the meeting included {V.poss} new email address, "
        "{V.email}, which was meant to be kept confidential.",
        "Children's Social Care confirmed that {C.first} was known to them and that the "
        "allocated worker was {SW.title}.",
        "The IDVA service closed the case when {V.surname} did not answer three calls; this "
        "will be discussed in the analysis.",
        "Adult A was described in the minutes only as 'the victim' and Adult B as 'the "
        "alleged perpetrator'.",
        "MARAC agreed a flag on {V.address}, {V.pcpart}, so that any 999 call would be "
        "treated as urgent.",
    ],
    "school": [
        "The class list shows {C.broken} in Year 4 with {TCH.initial} as class teacher.",
        "{TCH.title}, the Designated Safeguarding Lead at {SCHOOL}, logged five concerns "
        "about {C.first} in one term.",
        "{C.first} arrived without a coat in November and said that {P.first} had thrown it "
        "in the bin.",
        "The school nurse, {NUR.full}, saw {C.nick} after a nosebleed during PE.",
        "Staff noticed that {C.poss} behaviour got worse after weekends spent with "
        "{P.sposs} family.",
        "A letter home addressed to {V.tfull} asked her to contact the school about "
        "{C.poss} attendance.",
        "The headteacher wrote to {SW.full} on {MAYDATE} to ask why the Child in Need plan "
        "had ended.",
    ],
    "probation": [
        "{P.nick}, as {P.first} was known, told {PO.initial} that the relationship had ended.",
        "{PO.full}, the probation practitioner, met {P.first} eleven times during the "
        "licence period.",
        "{P.title} gave his mobile number as {P.phone} and his address as {P.address}, "
        "{TOWN} {P.postcode}.",
        "The OASys assessment recorded {P.poss} risk to known adults as high, but it was not "
        "shared with {SURGERY}.",
        "{P.first} told {PO.title} that he and {V.first} were 'just friends', and this was "
        "accepted.",
        "His employer, {WORK}, confirmed that {P.surname} had been dismissed for "
        "aggressive behaviour.",
        "The Offender Manager noted the statutory guidance issued under section 9 of the "
        "Domestic Violence, Crime and Victims Act 2004.",
    ],
    "hospital": [
        "The ward referral named the patient as {V.hyph} and her next of kin as {S.full}.",
        "At 23:40 {V.first} was brought to the Emergency Department by ambulance with "
        "bruising to her neck consistent with strangulation.",
        "The emergency nurse, {NUR.title}, asked {V.surname} about domestic abuse while "
        "{P.first} was in the waiting room.",
        "{V.full} (NHS number {V.nhs}) was admitted to a surgical ward and discharged two "
        "days later.",
        "The hospital IDVA, {IDVA.title}, met {V.first} on the ward and helped her complete a "
        "DASH.",
        "A safeguarding referral named {P.full} as the alleged perpetrator and gave his "
        "vehicle as {P.vrm}.",
        "{V.first} told the hospital chaplain that she hoped to move in with her sister "
        "{S.first} in {TOWN}.",
    ],
    "family": [
        "{V.initial} is how the police statements refer to her, but to her family she was "
        "always '{V.nick}'.",
        "{S.first} described {V.first} as a devoted mother who 'lived for' {C.first}.",
        "{M.full} told the Chair that she had rung {P.first} many times to ask where her "
        "daughter was.",
        "{S.title} said that {P.nick} once turned up at {V.poss} workplace, {CAREHOME}, and "
        "refused to leave.",
        "The family felt that agencies saw {V.first} as 'difficult' rather than frightened.",
        "{V.poss} best friend, {FR.full}, said that {P.surname} monitored her through an "
        "app on her phone.",
        "{M.first} gave the review a photograph of {V.first} and {C.first} at the beach in "
        "the summer of 2019.",
        "Her online fundraising page, {V.url}, was set up by {S.first} after the funeral.",
        "The family would like professionals to read this review and learn from {V.poss} story.",
    ],
    "letter": [
        "{PO.full}\nNational Probation Service\n{DATE}\n\nTo: {P.tfull}\n{P.address}\n"
        "{TOWN} {P.postcode}\n\nDear {P.title},\n\nYou are required to attend an "
        "appointment on {DATE}. If you cannot attend, telephone {PO.phone} or email "
        "{PO.email}.\n\nYours sincerely,\n\n{PO.full}",
        "{SCHOOL}\n\n{DATE}\n\nDear {V.title},\n\nRe: {C.full}\n\n{C.poss} attendance has "
        "fallen below 85% this term. Please contact {TCH.title} on {TCH.phone}.\n\n"
        "Kind regards,\n\n{TCH.full}\nAttendance Officer",
        "Hi {S.first},\n\nI'm writing this down in case something happens to me. {P.first} "
        "has said he will kill me if I leave. His car is {P.vrm}. Mum knows.\n\n"
        "Love {V.nick}",
    ],
    "texts_intro": [
        "MESSAGES DOWNLOADED FROM {P.capsfirst}'S HANDSET",
        "Messages between {V.first} and {P.first} found on her phone:",
    ],
    "texts": [
        "{P.first}: who the f is {FR.lower}",
        "{V.first}: just a friend from work {P.lnick} calm down",
        "{P.first}: u better be home before {C.lower} gets back",
        "{V.first}: my mum {M.lower} is coming round",
        "{S.first}: {V.lnick} r u ok? ive been trying to call",
        "{P.first}: i know where {S.lower} lives",
        "{V.first}: i hope you get help",
        "{P.first}: ur nothing without me {V.lower}",
        "{M.first}: {V.lower} ring me when u can x",
        "{V.first}: ok i will",
    ],
}

from bench.redaction.templates_holdout import HOLDOUT  # noqa: E402
from bench.redaction.templates_holdout2 import HOLDOUT2  # noqa: E402
from bench.redaction.templates_holdout3 import HOLDOUT3  # noqa: E402
from bench.redaction.templates_holdout4 import HOLDOUT4  # noqa: E402
from bench.redaction.templates_holdout5 import HOLDOUT5  # noqa: E402
from bench.redaction.templates_holdout6 import HOLDOUT6  # noqa: E402
from bench.redaction.templates_holdout7 import HOLDOUT7  # noqa: E402
from bench.redaction.templates_holdout8 import HOLDOUT8  # noqa: E402
from bench.redaction.templates_holdout9 import HOLDOUT9  # noqa: E402
from bench.redaction.templates_holdout10 import HOLDOUT10  # noqa: E402
from bench.redaction.templates_holdout11 import HOLDOUT11  # noqa: E402
from bench.redaction.templates_holdout12 import HOLDOUT12  # noqa: E402
from bench.redaction.templates_holdout13 import HOLDOUT13  # noqa: E402
from bench.redaction.templates_holdout14 import HOLDOUT14  # noqa: E402
from bench.redaction.templates_holdout15 import HOLDOUT15  # noqa: E402
from bench.redaction.templates_holdout16 import HOLDOUT16  # noqa: E402
from bench.redaction.templates_holdout17 import HOLDOUT17  # noqa: E402
from bench.redaction.templates_holdout18 import HOLDOUT18  # noqa: E402
from bench.redaction.templates_holdout19 import HOLDOUT19  # noqa: E402
from bench.redaction.templates_holdout20 import HOLDOUT20  # noqa: E402
from bench.redaction.templates_holdout21 import HOLDOUT21  # noqa: E402
from bench.redaction.templates_holdout22 import HOLDOUT22  # noqa: E402
from bench.redaction.templates_holdout23 import HOLDOUT23  # noqa: E402
from bench.redaction.templates_holdout24 import HOLDOUT24  # noqa: E402
from bench.redaction.templates_holdout25 import HOLDOUT25  # noqa: E402

POOLS: dict[str, dict[str, list[str]]] = {
    "dev": DEV,
    "test": TEST,
    "holdout": HOLDOUT,
    "holdout2": HOLDOUT2,
    "holdout3": HOLDOUT3,
    "holdout4": HOLDOUT4,
    "holdout5": HOLDOUT5,
    "holdout6": HOLDOUT6,
    "holdout7": HOLDOUT7,
    "holdout8": HOLDOUT8,
    "holdout9": HOLDOUT9,
    "holdout10": HOLDOUT10,
    "holdout11": HOLDOUT11,
    "holdout12": HOLDOUT12,
    "holdout13": HOLDOUT13,
    "holdout14": HOLDOUT14,
    "holdout15": HOLDOUT15,
    "holdout16": HOLDOUT16,
    "holdout17": HOLDOUT17,
    "holdout18": HOLDOUT18,
    "holdout19": HOLDOUT19,
    "holdout20": HOLDOUT20,
    "holdout21": HOLDOUT21,
    "holdout22": HOLDOUT22,
    "holdout23": HOLDOUT23,
    "holdout24": HOLDOUT24,
    "holdout25": HOLDOUT25,
}
