# ruff: noqa: E501
"""The twenty-fifth holdout pool (``holdout25``), with its own names (names_holdout25.py)
and sentences. Written blind for issue 13 by someone who had not read the redaction
engine, its rules, its documentation or its results on any pool. No engine change was
checked against it before its first figures were reported.

Set in Plymouth and south-east Cornwall (Devonport and the naval base, Stonehouse, the
Barbican, the estates of the north of the city, Saltash and Torpoint across the Tamar,
the Rame peninsula, Liskeard and Callington inland), though no place is written
literally: every town, street, block, pub, workplace, school, surgery and care home comes
from the generator's placeholders ({TOWN}, {PUB}, {WORK}, {SCHOOL}, {SURGERY},
{CAREHOME}, the cast's addresses and postcodes), so that the gold knows every place.
Phrases such as 'across the water', 'the yard' and 'the gate' stand for places without
naming them. The victim, a civilian engineer at the dockyard ({WORK}), aged 31, died by
suicide after two years in a relationship with an older man, the perpetrator, 38, who
owned a gym; the review is a domestic homicide review into a death by suicide following
domestic abuse. Behind it: coercive and controlling behaviour (threats to 'out' the
victim to his father, a retired Navy warrant officer, and to his colleagues at the
yard; control of his phone, his salary and his bank login; a location-sharing app on
his phone that he could not remove; isolation from his mother, his sister, his friends
and his football team; sex he did not want, 'to keep the peace'); a neighbour's 999 call
after which both men were arrested, each alleging assault by the other, and both
released with no further action; a DASH scored medium with the threat to out him
written in the margin under 'other'; a referral to an LGBT+ domestic abuse service whose
first text was answered 'all sorted' from a laptop at the flat; a mother's call to the
non-emergency line told it 'sounds like a civil matter'; a welfare check at which the
perpetrator did the talking; two attendances at the emergency department (an overdose
of sertraline and co-codamol, then a cut across the palm 'from a glass'); a liaison and
crisis team assessment that named the partner as the 'protective factor' and had him
hold the medication; NHS talking therapies, an opt-in text answered from the same
laptop, and 103 days on a waiting list; a GP record that says 'relationship stress' four
times; housing options and a hostel bed declined; the employer's HR, security vetting,
occupational health and employee assistance programme; the perpetrator's daughter, 9,
from his earlier marriage, who stayed at the flat on alternate weekends and whose school
received two Operation Encompass notifications; children's social care, which screened
the child and not the adults; probation, which had supervised the perpetrator on a
community order for an assault outside a nightclub and never asked about his partner;
the investigation into controlling or coercive behaviour opened after the death and the
CPS's advice not to charge; the coroner's inquest (a conclusion of suicide, with the
controlling behaviour found to have contributed) and a prevention of future deaths
report. The victim's mother (a senior carer at {CAREHOME}) and sister give the family's
account, with his friend and colleague at the yard, the downstairs neighbour, and the
perpetrator's former wife.

As in holdout18 and holdout22, the generator casts the victim's names as a woman's (and
the friend's and the former partner's, who here are women): the sentences keep the
story's pronouns and write no title before the victim's or the child's names, so
nothing in the text says which is which; the perpetrator, cast as a man, is 'Mr'. The
victim and the perpetrator are 'he'; the mother, the sister, the friend and the former
wife are 'she'; the child, the neighbour and the professionals are given no pronoun.
The generator has no father, grandparent, colleague or team-mate to cast, so the
victim's father, the line manager, the occupational health adviser, the housing
caseworker, the nurse practitioner, the coroner, the pathologist and the football
team-mates are never named, only described. Names appear whole, alone, as first names,
surnames and nicknames, with titles (for the perpetrator, the family and the
professionals), as initials, in capitals (in headings and custody records), in lower
case (in messages), as possessives, in pipe tables and chronology rows, in lists of
attendees (Present:, Apologies:), in address blocks, greetings and sign-offs, in email
headers (From:, To:, Cc:), in quoted speech and as vocatives, after verbs and
prepositions, and broken across lines. Messages are SMS and WhatsApp in lower case, with
textspeak, emoji and a little Plymouth speech (ansum, my lover, dreckly, wasson). Decoys:
agencies, courts, legislation and schemes (the Crown Prosecution Service, the senior
coroner, the Home Office, the ICB, Galop, children's social care, housing options, the
Serious Crime Act 2015, the Domestic Abuse Act 2021, the Victims' Right to Review,
regulation 28, Operation Encompass, the Domestic Violence Disclosure Scheme), pseudonyms
(Adult F, Adult G, Child H), acronyms (MARAC, DASH, IDVA, PNC, NFA, CPOMS, DSL, PSHE,
OASys, ED, OH, EAP, HR, IT, CBT, PHQ-9, LGBT+), medicines (sertraline, co-codamol,
paracetamol, acetylcysteine), technology words (WhatsApp, the NHS App, a location-sharing
app), service words (the Navy, the yard, the gate, the control room), family words (Mum,
Mummy, Dad, sis, bro, my boy) and days and months.
"""

from __future__ import annotations

HOLDOUT25: dict[str, list[str]] = {
    "heading": [
        "{SURGERY} AND NHS TALKING THERAPIES: THE PRIMARY CARE RECORD OF {V.caps}, FOUR ENTRIES OF 'RELATIONSHIP STRESS' AND A WAITING LIST",
        "A neighbour's 999 call, two men in custody, a medium DASH and an app that reported every four minutes: what the police knew of {P.full} and {V.full}, crime {CRIME}",
        "Adult F, known as {V.nick}: the community safety partnership's terms of reference, minutes, chronology, findings and action plan for the death of {V.capsfirst}",
        "AT THE SCHOOL GATE AND THE DOCKYARD GATE: {SCHOOL} ON {C.caps}, CHILDREN'S SOCIAL CARE, HOUSING OPTIONS AND {WORK} ON {V.caps}",
        "An advocate, a helpline, a text answered in two minutes and an old community order: the LGBT+ domestic abuse service on {V.full} and probation on {P.full}",
        "{V.caps}, NHS {V.nhs}, BORN {V.dob}: THE AMBULANCE SERVICE, THE EMERGENCY DEPARTMENT, THE CRISIS TEAM, THE POST-MORTEM AND THE INQUEST",
        "What his family and friends told the review: {M.full} (mother), {S.full} (sister), {FR.full} (friend and colleague), {NB.full} (downstairs neighbour) and {EX.full} (former wife of {P.first})",
    ],
    "gp": [
        "{SURGERY}, new registration, {DATE}: {V.full}, DOB {V.dob}, NHS {V.nhs}. Occupation: civilian engineer, {WORK}. Lives with partner. Non-smoker; about ten units a week. Next of kin: {P.full}, partner, {P.phone}.",
        "{GP.tfull}, telephone consultation, {DATE} {TIME}: 'Low mood six weeks, waking at 4am, appetite down. Puts it down to relationship stress and shift pattern. No thoughts of self-harm. PHQ-9 16. Start sertraline 50mg. Self-referral details for talking therapies given.'",
        "The words 'relationship stress' occur four times in {V.poss} record between {DATE} and the week he died. On none of those occasions did the clinician ask what the stress was, or who it came from.",
        "{GP.title}, speaking to the Chair: 'I heard \"relationship\" and pictured two people falling out over the washing-up. I didn't picture one of them reading the other's phone every night. I never asked, and that's the part I keep going back to.'",
        "Review, {DATE}: {V.first} came in with his partner, who answered most of the questions. Sertraline up to 100mg. 'Partner supportive and keen to be kept informed.' The box consenting to share information with {P.first} was ticked at the same appointment.",
        "Practice IMR, section 4: from the day that box was ticked, reception discussed {V.poss} appointments with the man later found to be controlling him, and twice moved them at his request.",
        "E-consult, {DATE} {TIME}, from {V.email}: 'Can I speak to a doctor on my own please. Not by phone at home.' Triaged as routine; an appointment offered nine days later was cancelled the afternoon before by a man ringing reception.",
        "Letter from the crisis team to {GP.full}, {DATE}: 'Seen after intentional overdose. Protective factors: employment, supportive partner. Risk moderate. Discharged to GP; talking therapies to follow.' No one in the practice read 'partner' as a possible source of risk.",
        "Summary | {V.caps} | NHS {V.nhs} | problems: depressive episode, overdose (intentional), laceration L palm | repeats: sertraline 100mg (7 days at a time) | alerts: none | NOK: {P.full}, partner",
        "Post-overdose review, {DATE}, {GP.initial}: 'Impulsive OD after row. Regrets it. Denies current intent. Lives with partner. Safety plan: partner to hold medication.' The partner was {P.first}.",
        "Sertraline was issued weekly after the overdose; the pharmacy's records show eight of the ten collections signed for by {P.surname}.",
        "The NHS App audit shows {V.poss} account opened from a second device on 31 occasions in eight months. The device was registered with the email address {P.email}.",
        "Fit note, {DATE}: 'stress at home', two weeks. A month later a second fit note was rewritten at the patient's request as 'low back pain', so that, in his words, 'the yard doesn't ask'.",
        "The healthcare assistant who took bloods on {DATE} noted 'fingertip bruising L upper arm, pt says from gym'. No doctor ever saw the bruises or read the note.",
        "{P.full}, DOB {P.dob}, is registered at the same practice: three consultations about a shoulder, and on {DATE}, the week after the police call-out, a request for 'something to take the edge off'. Nothing linked his record to his partner's.",
        "Medication review by phone, {DATE}: the number rung was {P.phone}, which had replaced {V.phone} as the patient's mobile in the clinical system on {DATE}. The practice could not say who changed it.",
        "Chronology row | {DATE} | GP | low mood, 'relationship stress' | {DATE} | GP | sertraline up, partner in room | {DATE} | e-consult | 'on my own please' | {DATE} | appointment cancelled | male caller | {DATE} | GP | post-overdose review",
        "{GP.tfull}, the practice safeguarding lead, told the panel the post-overdose template now asks, for patients of every gender, who holds the medication, the money and the phone, and whether the patient chose that.",
        "Message for the doctor left by {M.full} at reception, {DATE} {TIME}: 'I'm his mum. I'm worried about him and his partner. Please ring him at work, not at home.' Typed into the record; never passed on.",
        "Reception note two days later: 'Mother's message: confidentiality, cannot discuss.' The review accepts the practice could tell {M.first} nothing; it could still have acted on what she told it.",
        "{WORK} occupational health to {GP.full}, {DATE}, with consent: 'Nineteen days' sickness absence this year; reports difficulties at home. We would value your view on fitness for safety-critical duties.' The practice has no record of a reply.",
        "Scanned letter from a dental practice, {DATE}: chipped upper incisor, 'walked into a door'. On the dental form {V.first} had given his mother's address, {M.address}, rather than the flat.",
        "Talking therapies, {DATE}: opt-in text to {V.phone}; reply eleven minutes later, 'not needed any more thanks'. Discharged. The phone data later showed the reply sent from a laptop at the flat while his pass had him inside the dockyard.",
        "Discharge letter from talking therapies to {SURGERY}, {DATE}: 'Declined treatment by text. Happy to accept a new referral.' The admin team filed it as 'no action required'.",
        "The practice's IMR, learning: a partner in the room is not a safeguard; 'relationship stress' should lead to asking who the relationship is with and how it feels at home; men, and gay men, are asked about abuse as well.",
        "Last entry, {GP.full}, {DATE}: 'Attended alone. Says things are \"sorted\". Sleeping better. Continue sertraline.' Nine days later the coroner's officer rang the surgery.",
        "{P.title} rang the practice manager on {DATE} asking to see his partner's notes 'as next of kin'. Refused. The call was logged, but not on {V.poss} record, where the next clinician would have seen it.",
        "Wellbeing practitioner, talking therapies, step 2 triage, {DATE}: '{V.first} speaking very quietly, says he can't talk freely at home. Asked to postpone. Placed on step 3 CBT list; wait about sixteen weeks.'",
        "A waiting-list letter, {DATE}, posted to {V.address}, {V.postcode}: 'You are currently number 212 on our list.' His sister found it after his death, opened, in a kitchen drawer the victim did not use.",
    ],
    "police": [
        "999, {DATE} {TIME}, occurrence {OCC}: caller {NB.full}, of {NB.address}, reports 'two blokes going at it upstairs, furniture going over, one of them screaming stop'. Graded emergency.",
        "{PC.officer} arrived with a colleague at {TIME}. Body-worn footage shows {V.first} on the stairs pressing a tea towel to his mouth, and {P.first} in the kitchen with scratches down his neck, saying 'he went for me first'.",
        "Both men were arrested on suspicion of assault by beating. Officer's note: 'Unable to establish primary aggressor; both injured; both making allegations.' Neither was asked, away from the other, whether he was afraid.",
        "DASH, completed by {PC.full} at the custody desk, {DATE}: nine ticks, medium. 'Yes' to isolation, to his partner controlling money and phone, and, written in the margin under 'other', 'says partner threatens to tell his dad he is gay'.",
        "Custody record, {P.caps}, {DATE}: four linear scratches to the left side of the neck, photographed. In interview says his partner 'lashed out' when asked to hand over his phone. Released NFA at {TIME}.",
        "Custody record, {V.caps}, NI {V.ni}, {DATE}: split lower lip; red marks to both wrists 'consistent with being gripped'. No comment on legal advice. Released NFA at {TIME}, twenty minutes after {P.surname}, to the same address.",
        "The force's IMR: 'Two men, both hurt, each saying the other started it. We dealt with a fight. We did not ask who was afraid of whom, who held the money, or who had anywhere else to go.'",
        "Referral, {DATE}: the medium-risk DASH sent with consent to the LGBT+ domestic abuse service, contact number {V.phone}, 'safe to text'. Nobody had asked whether the phone was.",
        "Operation Encompass, {DATE}, 07:55, to {SCHOOL}: '{C.first} in the property overnight during a domestic incident between father and father's partner. Child asleep upstairs, not spoken to.' Sent by the overnight desk, {PC2.initial}.",
        "Crime {CRIME}, assault by beating, suspect {P.full}, victim {V.full}: filed {DATE}, 'evidential difficulties; counter-allegation'. The crossed allegation against {V.first} was filed the same day in the same words.",
        "PNC, {P.full}, DOB {P.dob}: assault occasioning actual bodily harm, {DATE}, outside a nightclub where he was working the door; community order. No domestic markers on either man.",
        "Intelligence log, {DATE}: '{P.surname}, gym owner, known to door staff in the city centre, drives {P.vrm}.' It was never linked to the incident at the flat.",
        "Concern for welfare, {DATE} {TIME}, raised by {S.full}: her brother had texted 'sorry for everything' and stopped answering. Officers found him at the flat with {P.first}, who said he'd 'had a drink and got maudlin'. Closed 'safe and well'.",
        "The welfare check log says {P.title} 'did most of the talking' and that the victim 'nodded and said he was fine'. The officer did not ask to speak to {V.first} on his own.",
        "Second Encompass notice, {DATE}: the welfare check was classed as domestic because {C.first} was at the flat that night. It reached {SCHOOL} at 08:20 and went on the safeguarding log.",
        "Non-emergency call from {M.full}, {DATE} {TIME}, on her break at {CAREHOME}: her son's partner 'tracks him on his phone and takes his wages'. Advised it 'sounds like a civil matter' and that her son should call himself.",
        "{PC2.tfull}, who reviewed the force's contact after the death: 'The tracking and the wages were both in that mother's call. That is controlling or coercive behaviour under section 76 of the Serious Crime Act 2015. The call handler did not know it.'",
        "Sudden death, {DATE} {TIME}: {V.caps}, 31, found by a dog walker in his own car, {V.vrm}, in a car park above the sea near {TOWN}. No third party involvement suspected at the scene.",
        "Phone examination for the coroner, {DATE}: a location-sharing app on {V.poss} handset had sent his position every four minutes to an account registered to {P.email}. It was set up eighteen months before, behind a passcode he did not know.",
        "Message extraction: 1,140 messages from {P.first} in the final three months. One, on {DATE}, reads 'carry on like this n ur dad gets a very interesting email. the yard too'.",
        "After the death an investigation into controlling or coercive behaviour by {P.full} was opened under {CRIME}. {PC2.full} interviewed him under caution on {DATE}; he answered every question and denied every allegation.",
        "Occurrence log | {OCC} | 999, neighbour | both arrested | NFA | {DATE} | LGBT+ referral | sent | {DATE} | mother, 101 | 'civil matter' | {DATE} | welfare check | safe and well | {DATE} | sudden death | not suspicious",
        "Statement of {NB.full}, taken {DATE}: 'I could hear the kiddie crying, and one of them saying please, please, over and over. It wasn't the big one saying please.'",
        "Pocket notebook of {PC.officer}, {DATE}: 'Q: Any children? A: My daughter stays weekends. Child in. Both parties calm on arrival.' A later line: 'Younger male very quiet, looks at the other before he answers.'",
        "The panel watched the footage on {DATE}. Three minutes in, {P.first} tells the officer, within the victim's hearing: 'His old man's ex-Navy, you know. He doesn't know about us. Be a shame if this came out.'",
        "The force's domestic abuse coordinator, re-reading the DASH after the death, graded it high on professional judgement because of the threat to out him, the app, the money and the isolation together. A MARAC referral would then have been required.",
        "No application was made under the Domestic Violence Disclosure Scheme; {V.first} was never told that the man he lived with had a conviction for violence, though it was on the printout the custody sergeant had in hand.",
        "{PC2.title} took a statement from {FR.full} on {DATE} and recovered a second phone from the victim's locker at {WORK}. On it: three drafts of a message to his father, none of them sent.",
        "Coercive control file, exhibit list: 1, victim's phone, {V.phone}; 2, second phone from the locker; 3, laptop from the flat, logged in to the victim's WhatsApp; 4, joint account statements; 5, {P.poss} phone, {P.phone}.",
    ],
    "marac": [
        "Terms of reference, agreed {DATE}: the review will examine what agencies knew of {V.full} and {P.full} from the start of their relationship, {MAYDATE}, to the inquest, and of {C.full} where the child's welfare bears on the questions.",
        "Key line of enquiry 1: 'How did agencies recognise, or fail to recognise, abuse between two men where both were arrested and each named the other as the aggressor?'",
        "Key line of enquiry 3: 'What did agencies understand of the threat to reveal the victim's sexuality to his father and his employer, and did any of them identify it as abuse?'",
        "Panel 1, {DATE}, {TOWN}. Present: Independent Chair; {PC2.tfull} (police); {GP.full} (ICB safeguarding); {SW.full} (children's social care); {IDVA.full} (LGBT+ domestic abuse service); {TCH.tfull} (education). Apologies: housing; the ambulance service.",
        "Panel 3, {DATE}, online. Present: the Chair, {PC2.title}, {GP.title}, {NUR.full} (mental health trust), {PO.full} (probation) and an HR manager from {WORK}. Apologies: {IDVA.title}; {SW.title}.",
        "Notification to the Home Office, {DATE}: Adult F, male, 31, died by suicide; Adult G, male, 38, his partner of two years; Child H, 9, the partner's daughter from his marriage, stayed at their home every other weekend.",
        "Minute 2.4: the Chair noted that the answer about being outed went under 'other' because the DASH form had nowhere to put it, and asked each agency whether its own forms did. None did.",
        "Minute 3.1: {M.full} and {S.full} joined for item 3 with their advocate. {M.first} asked that the report say in plain words that her son was gay, 'because that's what he was frightened of people knowing, and he isn't frightened now'.",
        "Minute 3.6: the panel agreed that the relationship met the definition in the Domestic Abuse Act 2021 and that the review would proceed under the statutory guidance as a review into a death by suicide.",
        "Chronology | {MAYDATE} | relationship begins | {DATE} | moves into partner's flat | {DATE} | GP, 'relationship stress' | {DATE} | 999, both arrested | {DATE} | LGBT+ referral closed | {DATE} | ED, overdose | {DATE} | crisis team | {DATE} | ED, palm | {DATE} | death",
        "Action plan | 1 | police: training on counter-allegations and primary aggressor in same-sex relationships | {DATE} | 2 | ICB: post-overdose template asks who holds the medication | {DATE} | 3 | talking therapies: risk review when abuse is disclosed on the list | {DATE}",
        "Recommendation 2: the force should review every domestic incident of the past year in which both parties were arrested, and record for each how it decided, or did not decide, who the primary aggressor was.",
        "Recommendation 5: the partnership should ask {WORK} and the area's other large employers to adopt domestic abuse policies that name controlling partners of any gender and the threat of being outed.",
        "Recommendation 8: the mental health trust should require that any assessment naming a partner as a 'protective factor' records on what basis, and whether the patient was seen alone.",
        "Chair's analysis, 7.3: '{V.first} was asked by nearly every professional who met him whether he was safe. He was almost never asked it on his own, and never asked it in words that fitted his life.'",
        "Family contact: letter to {M.tfull}, {DATE}; meeting with {M.first} and {S.first} at {M.address}, {DATE}; call with {FR.full}, {DATE}; the draft read to {S.first} by the Chair, {DATE}.",
        "The Chair wrote to {P.full} at {P.address}, {P.postcode}, on {DATE}, inviting him to contribute. {P.title} answered by email: 'I lost my partner. I'm not a suspect in anything. Leave me alone.'",
        "The review also wrote to {EX.full}, former wife of {P.surname} and the mother of {C.first}. She agreed to speak to the Chair by phone on {DATE}, on condition that nothing she said could identify the child.",
        "Scope: IMRs from the police, the ambulance service, the acute trust, the mental health trust, {SURGERY}, talking therapies, the LGBT+ domestic abuse service, housing, children's social care, {SCHOOL} and {WORK}; a summary from probation on {P.poss} community order.",
        "MARAC: no referral was ever made. The coordinator confirmed on {DATE} that neither man appeared in the MARAC database, and that a medium-risk case could have been referred on professional judgement at any time.",
        "Minute 4.2: {IDVA.full} told the panel that fewer than one referral in ten to the service that year was a man, and that 'texts offering support to a man in a same-sex relationship are often answered by the partner'.",
        "Minute 5.1: {NUR.title} said the crisis team had named {P.first} as a 'protective factor' because he drove the victim to hospital and 'seemed very concerned', and accepted no one had tested that.",
        "Learning point 4: a threat to out someone is a lever of control. His father's years in the Navy, and the number of ex-service people among his colleagues at the yard, made that lever heavier, not lighter.",
        "Panel 5, {DATE}. Present: the Chair; {PC2.full}; {GP.tfull}; {TCH.full}; {SW.tfull}; {IDVA.tfull}. Apologies: {PO.tfull}; {NUR.full}. {S.full} attended for the last item to hear the recommendations read out.",
        "Draft circulated {DATE}. {S.tfull} asked for one line to stay exactly as she wrote it: 'My brother was not stressed by a relationship. He was controlled by a man, and everyone wrote down the wrong word.'",
        "Home Office annex: the flat in postcode district {P.pcpart}; his mother's home in district {M.pcpart}; the workplace inside the dockyard; the place of death, as recorded by the coroner, outside all three.",
        "Equality, 3.2: the victim was a gay man, not out to his father or to most of his colleagues; the perpetrator was out, older and owned the home. The panel considered how age, sexuality and dependence on his partner's flat shaped what he could say.",
        "On names: the family chose the pseudonym Adult F. {S.first} asked that the report also record that to his mates he was '{V.nick}', 'so whoever reads it knows he was a real person with a daft nickname'.",
        "Quality assurance panel feedback, {DATE}: the Home Office asked for more on the child's experience, and on why {P.surname} was never asked about his own conviction by the crisis team, the school or children's social care.",
    ],
    "school": [
        "{SCHOOL}, safeguarding log, {DATE} {TIME}: Operation Encompass notice received about {C.full}, Year 4. Domestic incident at father's address on Saturday night; child present, asleep. Logged by {TCH.full}, DSL; class teacher informed.",
        "Safeguarding log, {DATE}: '{C.first} told the teaching assistant that Dad's friend \"fell down the stairs\" and Dad said not to tell Mummy. Passed to DSL.'",
        "{TCH.title}, for the IMR: 'I phoned {EX.first}, because she is the resident parent, and she said she'd stop the weekends. I thought that closed it. I never thought about the man on the stairs; he wasn't one of our families.'",
        "Second Encompass notice, {DATE}, recorded on CPOMS by {TCH.initial}: 'second incident, same address, welfare check, child present; mum aware'. No referral was made to children's social care.",
        "CPOMS, {DATE}: in PSHE {C.first} drew 'my two houses'. In one the grown-ups were shouting; in the other were 'Mummy and the dog'. Discussed with DSL; added to chronology; no further action.",
        "Children's social care, contact, {DATE}: police notification about {C.full}, DOB {C.dob}. Screened by the front door team: 'child lives with mother; mother protective; NFA; information shared with school.'",
        "{SW.full}, then a team manager, to the review: 'We were right that the child was safe with mum. What we screened out was everything else in that flat, because the adults in it weren't ours.'",
        "Child and family assessment, asked for by {EX.full} after the second incident, completed {DATE} by {SW.tfull}: 'Contact with father to continue, daytime only, until father's relationship is more settled.'",
        "Children's social care IMR: 'The assessment names the victim only as \"father's partner\" and records that he \"has been arrested for assault\". It does not record that he was the one with the split lip.'",
        "Housing options, {DATE}: {V.full} presents as homeless: 'can't go back, partner's name on the tenancy'. Offered a bed in a hostel for single men; declined, as it was 'across the water and nowhere near work'.",
        "Housing caseworker's note, {DATE}: 'Asks whether he would be priority need due to domestic abuse. Advised evidence needed. Client says the police arrested him too. Closed: client returned to partner's address.'",
        "Housing IMR: the caseworker had never been trained to see that a man arrested along with his partner might be the victim, and read the arrest as a reason for caution rather than a reason to ask.",
        "{WORK}, HR file, {V.caps}, NI {V.ni}: engineer, permanent, security cleared. Nineteen days' absence in the final year, coded stress and 'back'. Two late arrivals at the gate, dropped off in his partner's car, {P.vrm}.",
        "Line manager's note, {DATE}: '{V.first} asked for his payslips to go to a new personal email, not the shared one. IT asked to change it. Very embarrassed, said \"it's just a thing at home\".'",
        "Occupational health, {DATE}, after repeated absence: 'Reports home stress; low mood; on sertraline; engaged with GP. Fit with adjustments. Declined EAP.' Asked whether he was safe at home, he said yes. His partner was waiting in the car park.",
        "{FR.full}, a senior engineer on the same team, told HR on {DATE} that {V.first} was 'getting messages all day off his fella, where are you, who are you with, photos of the gate'. Recorded as a welfare concern; no action taken.",
        "Security log, {WORK}: on {DATE} {V.poss} pass was read at the main gate at 06:58; at 07:04 a call from {P.phone} to the control room asked whether he had 'got in all right'. Logged as 'family concern'.",
        "The employer's IMR: {WORK} had a domestic abuse policy whose leaflet showed a woman and a man's fist. Managers told the review it 'did not cross anyone's mind' that it applied to him.",
        "Employee assistance programme, {DATE} {TIME}: one call from {V.full}, nine minutes, from a phone in the works canteen. 'Partner reads messages, has salary. Wants money advice.' Given the LGBT+ service's number.",
        "Chronology row | {DATE} | school | Encompass 1 | {DATE} | CSC | screened out | {DATE} | housing | hostel declined | {DATE} | school | Encompass 2 | {DATE} | OH | 'safe at home' | {DATE} | EAP | number given",
        "{SCHOOL}, {DATE}, the Monday after the death: {EX.full} told the DSL that {C.first} had been told 'Dad's friend has died'. Class teacher asked to watch for questions; bereavement support offered.",
        "Letter from {TCH.tfull} to the review, {DATE}: 'When an Encompass call comes in now, we ask who else lives at the address, and we write their names down. We never wrote his.'",
        "Children's social care, {DATE}: referral from {SCHOOL} after {C.first} told a teacher Dad 'shouts at everyone since his friend died'. Outcome: no role for statutory services; early help offered to {EX.first}.",
        "Housing, {DATE}: the flat at {P.address} is privately rented in the sole name of {P.surname}. The victim was not on the tenancy and, as the caseworker put it, 'could be asked to leave with a day's notice'.",
        "Pay records, {WORK}: from {DATE} the victim's salary went into a joint account opened at {P.poss} suggestion; on {DATE} a standing order of £600 a month began to the gym's business account, described as 'rent'.",
        "Class teacher's note on {C.first}, {DATE}: 'Brought in a drawing of a man holding a rainbow flag: \"this is Dad's friend, he's funny, he does all the voices\".' Kept on the file at the family's request.",
        "Attendance for {C.caps}: 97.1% for the year; the few absences, all on Mondays after contact weekends, were covered by notes from the mother.",
        "Security vetting, {WORK}, {DATE}: the vetting officer noted an arrest and asked for an explanation. The victim wrote it was 'a misunderstanding with my partner, no further action', and asked whether his line manager would be told.",
    ],
    "probation": [
        "LGBT+ domestic abuse service, referral from police, {DATE}: {V.full}, 31, gay man, medium risk. 'Partner controls phone and money; has threatened to out him to his father.' Contact {V.phone}, 'safe to text'.",
        "Caseworker's notes, {DATE}: text sent at 10:15. Reply at 10:17: 'no thanks all sorted now, appreciate it'. A second text the next day went unanswered. Closed: 'declined service'.",
        "{IDVA.full}, the service's caseworker, in interview: 'A reply in two minutes at a quarter past ten on a weekday, to a man who works on a dockyard floor. I know now it came from a laptop at the flat.'",
        "Re-referral from the crisis team after the overdose, {DATE}: allocated to {IDVA.tfull}. The first call was made at 12:30, a time he chose, and taken in his car in the works car park; 41 minutes.",
        "Caseworker's notes, {DATE}: '{V.first} describes partner tracking him by an app, holding his bank login, deciding who he sees. Discloses sex he didn't want, \"to keep the peace\". Threat to tell his dad and the yard if he leaves.'",
        "Same entry: 'DASH repeated with him, 14 yes, high on professional judgement. Does not consent to MARAC, fears police will \"arrest me again\". Safety plan: second phone kept at work; code word agreed with {FR.first}.'",
        "The service's IMR: 'A high-risk DASH without consent should still have gone to MARAC. The caseworker wanted to keep hold of the one professional relationship he had. We understand why. It was still the wrong decision.'",
        "Caseworker's notes, {DATE}: 'Session 2. Talks about his father, a retired warrant officer, who \"doesn't do gay\". Says that is the thing {P.nick} knows will keep him there.'",
        "Caseworker's notes, {DATE}: 'No answer on the work phone, three tries. Text unread. Emailed his work address.' The second phone was in his locker; {V.first} had been signed off sick for a fortnight.",
        "Case closed, {DATE}: 'Lost contact; client not responding; GP informed by letter.' The letter reached {SURGERY} and was scanned into his record on the day he died.",
        "Helpline log, {DATE} {TIME}: a man who gives his name as '{V.nick}' asks whether it counts as abuse 'if he's not hitting me, he's just got all my passwords'. Told about coercive control; declines referral; 'will have a think'.",
        "Probation, {P.full}, earlier order: assault occasioning actual bodily harm on a nightclub customer, {DATE}; an eighteen-month community order with 120 hours' unpaid work. Responsible officer {PO.full}.",
        "OASys, {DATE}, completed by {PO.tfull}: relationships 'divorced, co-parents daughter; new relationship with a man, describes it as good'. Police domestic abuse check: none recorded. Risk of serious harm to known adults: low.",
        '{PO.sposs} supervision notes, {DATE}: \'{P.first} says partner "is younger and needs looking after", and he handles the money because {V.nick} is "hopeless with it".\' Not explored.',
        "Probation IMR: 'We asked nothing about the partner because in our heads the domestic abuse check was about the ex-wife, and the ex-wife had never complained.' The review spoke to her. She had a great deal to say.",
        "Unpaid work record, {P.surname}: completed on time, 'excellent attitude'. A supervisor noted that he once brought his partner along to a work party 'to carry the tools'.",
        "Termination report by {PO.hyph}, {DATE}: 'Order completed. Stable relationship and employment; protective factors strong.' The police had by then been called to the flat once.",
        "CPS advice on the post-death investigation, {DATE}: controlling or coercive behaviour, suspect {P.full}. 'Without the victim's account there is no realistic prospect of conviction; a hearsay application was considered and rejected.' The family's right to review was explained.",
        "Victims' Right to Review, sought by {S.full} on {DATE}: a second prosecutor upheld the decision. The letter closed, 'I recognise how hard this will be to read.'",
        "Talking therapies IMR: {V.first} spent 103 days on the step 3 list. There was no route to a risk review when a GP letter mentioned an overdose, because the letter arrived after triage had been done.",
        "Talking therapies, 'waiting well' call, {DATE}: the practitioner rang {V.phone} and a man answered, saying {V.first} was 'in the shower'. A message was left; no call came back and no second attempt was made.",
        "LGBT+ service referral form, box 7, 'Safe to contact by post?': blank. Box 9, 'Is the client out to family?': 'mum and sister yes, dad NO, important'.",
        "{IDVA.title}, statement for the inquest: 'He told me leaving meant his dad finding out, losing the flat and probably his clearance at work. I said none of that had to follow. I'm not sure he believed me.'",
        "Caseworker's supervision record, {DATE}: 'Discussed {V.first}. High risk; no consent to MARAC. Manager advises respecting client's wishes and reviewing in two weeks.' The review did not happen; the caseworker was on leave.",
        "The service's return to the review: first contact within two working days for 88% of police referrals; contact by text unless the referrer gives another safe route; no check with the referrer that the number is safe.",
        "Galop's national helpline held no record of {V.full}, but on {DATE} took a call from a woman asking how to help 'a gay mate whose boyfriend has all his passwords'; the notes match {FR.poss} account.",
        "The service's learning review: 'The safety plan rested on a second phone in a locker. We never agreed what we would do if that phone went quiet.'",
        "Email from {IDVA.email} to the duty desk of the crisis team, {DATE} {TIME}: 'Do you still have him open? I can't reach him and I'm worried.' The auto-reply said the team inbox was checked once a day.",
    ],
    "hospital": [
        "Ambulance service, {DATE} {TIME}: call from {P.phone}, 'my partner's taken a load of tablets'. The crew find {V.full}, 31, drowsy but rousable; 32 sertraline 50mg and about 16 co-codamol 30/500 taken some two hours earlier. Conveyed.",
        "ED, {DATE}, NHS {V.nhs}: intentional overdose after 'an argument at home'. Paracetamol level above the treatment line; acetylcysteine started. Partner at the bedside throughout; asked to step out for triage questions, declined, and the nurse did not insist.",
        "Liaison psychiatry, {DATE}, {NUR.full}: 'Impulsive OD after argument with partner about money. Regrets. Future-oriented (work, partner). Partner supportive and present. Risk low to moderate.' Referred to the crisis team.",
        "The trust's IMR: 'The same man was both the argument and the protective factor. The assessment wrote down both, on the same page, and did not see the problem.'",
        "Crisis team home visit, {DATE}, {NUR.tfull} and a support worker, at {P.address}: '{P.first} made tea and stayed in the room. Patient says he is fine and wants to get back to work.' Three visits planned; one took place.",
        "Crisis team, {DATE}: phone call to {V.phone}, answered by the partner, who said {V.first} was 'at work and doing loads better'. Discharged to the GP on the strength of that call.",
        "ED, {DATE} {TIME}: {V.caps}, 3cm laceration across the palm of the left hand, 'broke a glass washing up'. Closed with sutures by the nurse practitioner. Routine enquiry: 'no concerns'. His partner drove him in and waited in the car.",
        "The nurse practitioner, to the review: 'A cut straight across the palm like that is what you see when somebody grabs a blade. I knew it, and I wrote \"glass\", because that's what he said and he wouldn't look up.'",
        "ED alert on {V.poss} record, added {DATE} after the overdose: 'MH: recent OD.' There was no alert about domestic abuse, so at the second attendance the screen showed the overdose and nothing else.",
        "Frequent attender screen, {DATE}: two attendances in eleven weeks, 'below threshold for the frequent attender group'. The GP was not contacted.",
        "Ambulance log | {DATE} | {TIME} | 'partner's taken tablets' | conveyed | {DATE} | {TIME} | assist police, welfare | stood down | {DATE} | {TIME} | male found in car | life extinct",
        "Ambulance service, {DATE} {TIME}: requested by police to a car near {TOWN}; life extinct recognised at {TIME}. The patient report form names the deceased as {V.full} from the driving licence in the glovebox.",
        "Coroner's investigation into the death of {V.broken}, opened {DATE}. The coroner asked police for the phone download and the LGBT+ service's notes, and adjourned the inquest to await the review's chronology.",
        "Inquest, {DATE}, before the senior coroner, without a jury. Witnesses: {S.full}; {FR.full}; {IDVA.full}; {NUR.full}; {PC2.officer}. {P.full} was an interested person and attended with counsel.",
        "The coroner's record of inquest: 'I am satisfied that {V.first} intended to end his life. I am also satisfied that his partner's controlling behaviour in the months before contributed to his state of mind.' Conclusion: suicide.",
        "Prevention of future deaths report under regulation 28, sent {DATE} to the ICB and the talking therapies provider: 'A patient who had disclosed abuse and self-harm waited 103 days with no review of risk.'",
        "Evidence of {S.full}: 'Two weeks before, he said to me, \"If Dad found out, I'd have to go, and if I go, he tells Dad.\" I thought he meant go from the flat.'",
        "Cross-examination of {S.first} by counsel for {P.title}: 'Isn't it right that your brother had been low for years?' 'He'd been low for two. You know which two.'",
        "Post-mortem examination, {DATE}: {V.caps}, 31. Findings consistent with suicide; no injury suggesting another person was involved. Healed scar across the left palm; older bruising to both upper arms 'of uncertain age'.",
        "Toxicology: sertraline within the therapeutic range; alcohol 62 mg per 100 ml; nothing else detected. The last blister pack, found in the flat, was labelled in marker pen 'held by partner'.",
        "Mental health trust, patient safety review, {DATE}: the crisis plan read 'partner to hold medication and support'. Nobody had asked the patient whether that was what he wanted.",
        "ED triage, {DATE}: 'Pt asks if hospital can \"not tell anyone at home\" about today.' Recorded under 'patient preferences'. Nothing else was done with it.",
        "{M.full}, at the inquest, reading from a note: 'He rang me from the hospital the night of the tablets. He said, \"Mum, don't come, it'll only make it worse.\" I should have come.'",
        "Crisis team record, {DATE}: 'Mother ({M.phone}) rang duty line, very worried. Told we can't share without consent. Information received: partner controls money and phone; son scared of father finding out.' Not added to the risk assessment.",
        "Chronology row | {DATE} | ambulance | overdose | {DATE} | ED | acetylcysteine | {DATE} | liaison | 'partner protective' | {DATE} | crisis | one visit of three | {DATE} | ED | palm | {DATE} | coroner | opened",
        "Coroner's officer, {DATE}: identification by {M.full} at the mortuary. At {M.poss} request the victim's father was told in person by the coroner's officer, 'so he hears it from someone kind'.",
        "Coroner's correspondence, {DATE}: a letter from {P.full} asking that the inquest 'not go into his private life' and that his sexuality 'not be made public, for his family's sake'. The coroner declined.",
        "The public health suicide prevention lead, for the review: of the deaths of men by suspected suicide in the real-time surveillance data that year, none had the domestic abuse flag set until this one was reviewed.",
        "The trust's learning: every liaison assessment now records whether the patient was seen alone, and no partner may be entered as a protective factor unless the patient has been asked, privately, whether home is safe.",
    ],
    "family": [
        "{M.full}, his mother: 'Clever boy, always taking things to bits. When he got the engineering job at the yard he rang me from outside the gate on the first morning, over the moon.'",
        "Pen portrait, written by {S.first}: '{V.nick} was the uncle who bought the wrong present and then fixed whatever got broken at Christmas. Loud at the football, soft with animals, hopeless at darts, brilliant with anything that had an engine.'",
        "{S.full}: 'He came out to me at sixteen, in a supermarket car park. To Mum at twenty. To Dad, never. That was the one thing he could never do, and {P.first} knew it from the first month.'",
        "{M.tfull}, statement: 'At first we liked him. Older, his own business, flowers for me on Mother's Day. Then {V.first} stopped coming on Sundays, and when he did come {P.first} texted him every twenty minutes.'",
        "{FR.full}, friend and colleague at the dockyard: 'He had his phone face up on the bench all shift. If it buzzed he went white. He told me once, \"If I don't answer in five minutes he rings the control room.\"'",
        "{FR.first}: 'I gave him my old phone. We kept it in his locker. I put my number in as \"Mum work\" so if anyone saw it they'd think nothing of it.'",
        "{NB.full}, the downstairs neighbour who rang 999: 'I'd heard them at it before. That night was different. Someone saying \"please, not in front of her\". I didn't know there was a kiddie up there till the police came.'",
        "{NB.first}, later: 'After the police went I saw the young one sat on the wall out front at six in the morning in his work gear, waiting for the bus. I should've gone out to him. I put the kettle on instead.'",
        "{M.first}, on money: 'Good wage, an engineer. A month before he died he borrowed forty pound off me for diesel. I said where's your money gone, and he said, \"It's in the account, Mum. It's just not mine.\"'",
        "{S.first}, on the app: 'We met for a coffee once without telling him. Twenty minutes in, {P.first} rang: \"Enjoying your coffee?\" {V.nick} put the phone on the table and just stared at it.'",
        "{S.tfull}, impact statement: 'Everybody asked him if he was safe. Nobody asked him if his dad knew. That was the question. That was the whole thing.'",
        "{EX.full}, former wife of {P.first}: 'He had my bank cards off me in the first year we were married. I got them back the day I left. I'd have told anyone who asked. Nobody asked me anything until this review.'",
        "{EX.first}, on the child: 'They adored him. He did the voices at bedtime and pancakes on a Sunday. When I told {C.first} he'd died, the first question was who would do the voices now.'",
        "{M.first}, on his father: 'We split when he was eleven. His dad's old Navy, old-fashioned. {V.first} was frightened of him knowing, not frightened of him. There's a difference, and {P.surname} used it.'",
        "The victim's father, in a letter to the Chair passed on by {M.full}: 'I didn't know my son was gay until a police officer told me. I'd like the report to say I would have loved him the same. I can't prove it now.'",
        "{FR.full}, statement to police, {DATE}: 'In the end he told me about the sex. That it wasn't always what he wanted, that saying no meant two days of silence and then a message about his dad. He was so ashamed telling me.'",
        "{S.first}: 'The hospital rang {P.first} as next of kin, not Mum. Mum found out from a post on his page, {P.url}, with a photo of the two of them and \"pray for my boy\".'",
        "{M.full}: 'The coroner said \"contributed\". I wanted the word caused. But I'll have contributed. For two years nobody said anything at all.'",
        "Family meeting, {DATE}, at {S.address}, {S.postcode}. Present: {M.full}; {S.full}; the Chair; an advocate from the suicide bereavement service. {FR.first} joined by phone for the part about the yard.",
        "{S.full}, emailing the Chair from {S.email}, {DATE}: 'Mum wants to know if you'll use his real name in the foreword. He spent two years being hidden. She doesn't want the report to hide him as well.'",
        "{M.first}: 'I rang the doctor's. I rang the police. I rang the crisis line. Every one said they couldn't talk to me about an adult. I wasn't asking them to talk. I was asking them to listen.'",
        "A team-mate from the LGBT+ football side he played for until the second year: 'He just stopped turning up. {P.nick} told him the lads were a bad influence. We thought he'd got serious with someone. We left it.'",
        "{FR.first}, on the last week: 'He came in on the Friday to get the other phone out of his locker. He'd been off two weeks. He said, \"Just need my other life for a bit.\"'",
        "{NB.full}, to the Chair: 'The older one came down a week after and asked had I \"told the police anything else\". I said no. I wish to God I'd said yes.'",
        "His own page, {V.url}, is kept by {S.first} now. The post she pinned at the top, which the family asked the review to quote: 'If someone is holding your secret over you, that is not love. Tell someone. Tell us.'",
        "{M.full}, on the inquest: '{P.first} sat two rows in front in a black suit and cried. People went up to him afterwards and held his hand. Nobody there knew what he'd been to us.'",
        "{M.first}, asked what she wanted agencies to learn: 'That my son was a man, and a gay man, and men get frightened too, and frightened men say \"I'm fine\" louder than anybody.'",
        "{S.poss} words for the foreword: 'We were told it was suicide, and it was. It was also the end of two years of somebody else deciding where he went, what he spent, who he saw and who knew.'",
        "{EX.tfull}, by phone, {DATE}: 'I knew what {P.first} was like and I still let my child stay there. I tell myself I didn't know about {V.first}. Really I did. I'd been him.'",
    ],
    "letter": [
        "Criminal Justice Unit\n\n{DATE}\n\n{V.full}\n{V.address}\n{V.postcode}\n\nDear {V.first},\n\nCrime reference {CRIME}\n\nI am writing to let you know that, following a review of the evidence, no further action will be taken against you in relation to the incident on {DATE}. No further action will be taken against the other person arrested. If you are worried about your safety at any time, call 999.\n\nYours sincerely\n\n{PC.full}\nPolice Constable",
        "LGBT+ Domestic Abuse Service\n\n{DATE}\n\n{GP.tfull}\n{SURGERY}\n\nDear {GP.title},\n\nRe: {V.full}, DOB {V.dob}\n\nWe have been supporting your patient following a police referral. We have lost contact and are closing the case. He has disclosed controlling behaviour by his partner, including monitoring of his phone, and a recent DASH was high risk. Please do not discuss this letter with anyone who attends with him.\n\nKind regards\n\n{IDVA.broken}\nCaseworker",
        "From: {IDVA.email}\nTo: {NUR.email}\nCc: {GP.email}\nDate: {DATE} {TIME}\nSubject: {V.first} - please do not call the home number\n\nHi {NUR.first},\n\nI understand the crisis team are visiting tomorrow. Please could you see him on his own, and please don't ring the mobile on your system: his partner answers it. The safe number is the work phone, which I will give you by phone.\n\nThanks\n{IDVA.full}\nLGBT+ Domestic Abuse Service",
        "NHS Talking Therapies\n\n{DATE}\n\nPrivate and confidential\n{V.full}\n{V.address}\n{V.postcode}\n\nDear {V.first},\n\nYour place on our waiting list\n\nThank you for your patience. You are on our waiting list for cognitive behavioural therapy. The current wait is around sixteen weeks. If you feel worse while you wait, please contact your GP, {GP.tfull}, or call 111 and choose the mental health option.\n\nKind regards\n\nAdmin Team",
        "Independent Chair\nDomestic Homicide Review: Adult F\n\n{DATE}\n\n{M.tfull}\n{M.address}\n{M.postcode}\n\nDear {M.title},\n\nThank you for meeting me last week, and for the photographs of {V.nick}. I have now read every agency's report. Before the panel sees the chronology, I would like to go through it with you and {S.first}, at your home if you prefer, so that nothing in it reaches you in an envelope.\n\nWith kind regards\n\nIndependent Chair",
        "Senior Coroner's Office\n\n{DATE}\n\n{S.tfull}\n{S.address}\n\nDear {S.title},\n\nInquest touching the death of {V.full}\n\nThe inquest will resume at {TIME} on {DATE}. You are named as a witness. The coroner has received a request from {P.full} that evidence about his private life be heard in private; you are entitled to make representations about this in writing before the hearing.\n\nYours sincerely\n\nCoroner's Officer",
        "From: {FR.email}\nTo: HR Business Partner, {WORK}\nDate: {DATE} {TIME}\nSubject: welfare concern - colleague\n\nHi,\n\nI'm not sure this is the right place. {V.full} on my team is getting constant messages from his partner at work, asking where he is and who he is with. He's lost weight and jumps when his phone goes. I don't want him in trouble. I just think somebody should ask him properly.\n\n{FR.first}",
        "{SCHOOL}\n\n{DATE}\n\nTo the parent of {C.full}\n{EX.address}\n\nDear Parent/Carer,\n\nWe have been told by the police, as part of Operation Encompass, about an incident at an address where your child was staying. Nothing needs to be done by you. We will make sure there is a trusted adult in school for {C.first} today. Please call me if you would like to talk.\n\nYours sincerely\n\n{TCH.tfull}\nDesignated Safeguarding Lead",
        "From: {P.email}\nTo: the Independent Chair\nDate: {DATE} {TIME}\nSubject: your review\n\nI have read your letter. I loved {V.first} and I looked after him when nobody else would. His family dropped him for years and now they want someone to blame. You can quote me on that. Do not write to me at home again.\n\n{P.full}",
        "Housing Options\n\n{DATE}\n\n{V.full}\nc/o {M.address}\n{M.postcode}\n\nDear {V.first},\n\nYour homelessness application\n\nYou told us on {DATE} that you had returned to your previous address. We have therefore closed your application. If your circumstances change you can make a new application at any time, including on the grounds of domestic abuse.\n\nYours sincerely\n\nHousing Options Officer",
        "From: {S.email}\nTo: coroner's officer\nDate: {DATE} {TIME}\nSubject: my brother's phone\n\nHello,\n\nI've been told his partner has asked for his phone back as it is 'on his contract'. Please can you keep it until the inquest? There are messages on it that Mum and I have never seen and we don't want them deleted.\n\nThank you\n{S.full}\n{S.phone}",
        "Probation Service\n\n{DATE}\n\n{P.tfull}\n{P.address}\n\nDear {P.title},\n\nCompletion of your community order\n\nI am pleased to confirm that you have completed your community order, including all the unpaid work hours. There are no further requirements and you no longer need to report to this office.\n\nYours sincerely\n\n{PO.full}\nProbation Officer",
        "{WORK}\nHuman Resources\n\n{DATE}\n\nPrivate and confidential\n{V.full}\n{V.address}\n\nDear {V.first},\n\nAbsence review meeting\n\nYou are invited to an absence review meeting at {TIME} on {DATE} with your line manager. You may bring a colleague or trade union representative. If there are matters outside work that are affecting your attendance, occupational health can talk to you in confidence.\n\nYours sincerely\n\nHR Adviser",
        "Crown Prosecution Service\n\n{DATE}\n\n{M.full}\n{M.address}\n\nDear {M.title},\n\nR v {P.surname}: decision not to charge\n\nI am writing to explain, as the police said I would, why no charge of controlling or coercive behaviour will be brought. Without your son's own evidence, I could not be satisfied that a jury would be sure. This is not a finding that nothing happened.\n\nYours sincerely\n\nSenior Crown Prosecutor",
    ],
    "texts_intro": [
        "Extracted from {V.poss} phone, {V.phone}, under {CRIME}, for the coroner: SMS and WhatsApp in the order the analyst printed them:",
        "From {P.poss} handset ({P.phone}), seized under occurrence {OCC}; messages to and from the victim's number only:",
        "WhatsApp between {S.full} and her brother, screenshots sent by {S.first} to the Chair:",
        "The second phone, taken from a locker at {WORK} by {PC2.officer}: messages with {FR.full}, {IDVA.full} and the family:",
        "Family group chat, '{M.capsfirst}'s lot', read into the inquest record by {M.full}:",
    ],
    "texts": [
        "{P.lower}: where r u. app says ur still at the gate. shift finished 10 mins ago 🙂",
        "{V.lower}: talking to my manager. leaving now {P.lnick} x",
        "{P.lower}: which manager. send a pic of who ur with",
        "{P.lower}: card got declined at the garage?? i moved it. ask nicely n ill send u diesel money 😘",
        "{V.lower}: its my wages {P.lower}. i only want to fill the car",
        "{P.lower}: our wages. we had this convo. dont make me go through it again",
        "{P.lower}: ur dads birthday next week innit. shame if he got a card from me 🎂🌈",
        "{V.lower}: please dont. home by 6 i promise",
        "{S.lower}: wasson bro, mum says ur not coming sunday AGAIN?? 😒",
        "{V.lower}: cant {S.lower}. {P.lower} has made plans for us. sorry x",
        "{S.lower}: he always has plans. u ok tho? like properly ok",
        "{V.lower}: yeah. dreckly. ill ring u from work 📞",
        "{M.lower}: hello my ansum, doing a roast if u want to pop over, dont bring nothing xx 🥔",
        "{V.lower}: love u mum. not this week. he gets funny",
        "{M.lower}: funny how {V.lnick}? u can tell me anything u know that",
        "{FR.lower}: spare phones in ur locker, fully charged 🔋 im saved under mum work lol",
        "{V.lower}: ur a star {FR.lnick}. dont message my normal phone about it pls 🙏",
        "{FR.lower}: im not daft my lover. u coming to the leaving do at {PUB}?",
        "{V.lower}: no chance. he checks the app. id be called home before the first round",
        "{P.lower}: app had u at {PUB} for 40 mins tues. funny, u said overtime 🤔",
        "{P.lower}: the lads at the yard would love to know what u get up to at home. just saying 😈",
        "{V.lower}: im sorry. ill be better. please dont send anything to anyone",
        "{IDVA.lower}: {V.lower} its {IDVA.lower} 👋 we spoke in ur car at dinner. ok to chat this wk? just send a thumbs up if it is",
        "{V.lower}: 👍 not on this one tho. ill text u from the other phone at dinner",
        "{C.lower}: {V.lower}!!! dad says u cant come to my assembly 😭 i wanted u to see my rocket",
        "{V.lower}: so sorry {C.lnick}. get dad to film it? best rocket in the world 🚀❤️",
        "{NB.lower}: hiya its me from downstairs. u alright up there? heard a bang. knock if u need anything, im up late",
        "{V.lower}: sorry for the noise {NB.lower}. all fine now. thanks for checking",
        "{S.lower}: {V.lower} ring me back. mum says u were in hospital??? why am i hearing it from her 😢",
        "{V.lower}: im ok sis. silly night. home now. dont come round x",
        "{P.lower}: crisis lot coming at 2. ill do the talking. u say ur fine n back at work monday",
        "{EX.lower}: {P.lower} the school rang me. second time. {C.lower} isnt coming to yours till this is sorted",
        "{P.lower}: hes a mess {EX.lower}. police got it all wrong. its him not me",
        "{V.lower}: {S.lower} if anything happens the other phone is in my locker. {FR.lower} knows where",
        "{S.lower}: what do u mean if anything happens. {V.lnick}?? im ringing u NOW",
        "{FR.lower}: not seen u in 2 wks mate. ur locker phones gone flat. message me 🙏🙏",
        "{P.lower}: ur mum rang the gp. tell her to back off or i tell ur dad. ur choice 🙂",
    ],
}
