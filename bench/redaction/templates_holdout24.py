# ruff: noqa: E501
"""The twenty-fourth holdout pool (``holdout24``), with its own names (names_holdout24.py)
and sentences. Written blind for issue 13 by someone who had not read the redaction
engine, its rules, its documentation or its results on any pool. No engine change was
checked against it before its first figures were reported.

Set in Blackpool and on the Fylde coast (the seafront and the prom, the terraces of guest
houses, the amusement arcades, the Illuminations season and the winter when the town
empties, the docks up the coast, the caravan parks and the farms inland), though no place
is written literally: every town, street, estate, block, pub, workplace, school, surgery
and care home comes from the generator's placeholders ({TOWN}, {PUB}, {WORK}, {SCHOOL},
{SURGERY}, {CAREHOME}, the cast's addresses and postcodes), so that the gold knows every
place. The victim, a woman of 44, ran a small guest house with her husband of twenty
years, the perpetrator, and was strangled by him in the guest house's private flat on the
night the last coach of the season left, a week after she had seen a solicitor about
ending the business partnership. Their child, 14, at secondary school, was at the
victim's mother's that night. Behind it: coercive and controlling behaviour and economic
abuse over years (he held the guest house's books, the cash tin and her bank card; the
loans, the business rates, the brewery's guarantee for the pub they had run before were
all in her name; the partnership meant she could not leave him without losing her home
and her living); his drinking and his gambling on the arcade machines on the front; a
non-fatal strangulation in March that she told her GP about and not the police; a
neighbour's 999 call, an arrest, a Domestic Violence Protection Notice and a Domestic
Violence Protection Order; a Clare's Law (right to know) disclosure about an earlier
partner he had held by the throat in another force area; a silent 999 call that the
Silent Solution dropped; a referral to a domestic abuse outreach service that she stopped
answering once he checked her phone every night; the child's worries at school (two
Operation Encompass notifications, a pastoral lead's log, a young carer's assessment that
the father opted out of), guests who heard shouting, the seasonal housekeeper, her winter
night shifts at a care home whose wages he had paid into the business account. The
records: the police (999 calls, DASH, the DVPN and the DVPO, a breach, the strangulation
offence filed as 'victim does not support', Clare's Law, the homicide); the GP practice,
the practice nurse and the community pharmacy; talking therapies (a self-referral and an
opt-in letter he opened); the emergency department, the minor injuries unit, mental
health liaison and the ambulance service; adult social care (a section 42 concern
screened out); children's social care (a strategy discussion and a child and family
assessment); the school (CPOMS, the pastoral log, attendance); the outreach service and
the IDVA service; MARAC minutes; the council's licensing and business rates teams, the
bank, the brewery's estates department, the care home's payroll and the winter employer
({WORK}); probation (a community order for drink driving years before); the CPS and the
trial (murder; life with a minimum term); the pathologist and the coroner. The review's
own documents: terms of reference, panel minutes with Present: and Apologies: lists, a
chronology in rows and pipe tables, an action plan and recommendations, letters with
headings and sign-offs, emails with From:/To:/Cc: headers and signature blocks, and SMS,
WhatsApp, Facebook Messenger and Instagram messages in lower case with textspeak, emoji
and Lancashire speech (owt, nowt, summat, our kid, cock, love, mam, me mam, mither, brew,
hotpot, barm, chippy, ta, mardy, dead as 'very').

The victim, her mother, her sister, the friend (the housekeeper who worked every season
at the guest house) and the perpetrator's earlier partner are 'she'; the perpetrator is
'he'; the child, the neighbour (who runs the guest house next door) and the professionals
are given no pronoun, and no title is written before the child's name. The generator has
no brother, grandparent, guest or colleague to cast, so the perpetrator's brother, the
victim's late father, the guests, the breakfast cook and the seasonal barman, the
outreach worker, the pharmacist, the solicitor, the licensing and revenues officers, the
brewery's area manager, the bank's staff, the minor injuries nurse practitioner and the
pathologist are never named, only described. Names appear whole, alone, as first names,
surnames and nicknames, with titles (for the family and the professionals), as initials,
in capitals, in lower case (in messages), as possessives, in pipe tables and chronology
rows, in headers (From:, To:, Cc:, Present:, Apologies:), in signature blocks, as
vocatives, in quoted speech, in lists and broken across lines. Decoys: agencies, courts,
legislation and schemes (the Crown Prosecution Service, the Crown Court, the magistrates'
court, HM Coroner, the Police National Computer, the Silent Solution, children's social
care, adult social care, the ICB, the Care Act 2014, the Children Act 1989, the Serious
Crime Act 2015, the Crime and Security Act 2010, the Domestic Abuse Act 2021, the
Licensing Act 2003, Clare's Law and the Domestic Violence Disclosure Scheme, Operation
Encompass, the Victim Contact Scheme), pseudonyms (Adult K, Adult L, Adult R, Child N),
acronyms (MARAC, DASH, IDVA, DVPN, DVPO, DPS, PNC, ASC, CSC, IAPT, PHQ-9, GAD-7, AUDIT-C,
CPOMS, PSHE, MIU, ED, OASys, B&B), medicines (zopiclone, propranolol,
omeprazole, melatonin, diazepam), technology words (WhatsApp, Instagram, Messenger,
Facebook, Teams, the NHS App), family words (mam, nana, our kid, cock, love), capitalised
ordinary words (Mum, Dad, Mam, Nana, Dear Parent/Carer, Private and confidential) and
days and months.
"""

from __future__ import annotations

HOLDOUT24: dict[str, list[str]] = {
    "heading": [
        "THE PRACTICE, THE CHEMIST AND A TALKING THERAPIES LETTER: WHAT {SURGERY} HELD ON {V.caps} AND, IN A SEPARATE FILE, ON {P.caps}",
        "Next door's 999 call, a notice, an order and a strangulation filed away: the force's dealings with {P.full}, crime {CRIME}",
        "ADULT K ({V.capsfirst}): THE REVIEW'S OWN PAPERS, FROM ITS TERMS OF REFERENCE AND ITS PANELS TO THE MARAC EXTRACTS, THE ROWS OF HER LAST YEAR AND THE ACTION PLAN",
        "A pastoral log, a strategy discussion, a premises licence, a rates bill, a loan and a brewery's guarantee: {SCHOOL}, the council and the lenders on {C.full} and {V.full}",
        "OUTREACH, THE IDVA, PROBATION'S OLD FILE, THE CPS AND THE TRIAL OF {P.caps} FOR MURDER",
        "{V.caps} IN THE HOSPITAL'S SYSTEMS (NHS {V.nhs}, DOB {V.dob}): THE BACK STAIRS, THE KITCHEN RANGE, THE BANISTER AND THE LAST AMBULANCE",
        "Told to the Chair at kitchen tables: {M.full} (mother), {S.full} (sister), {FR.full} (friend, housekeeper for nine seasons) and {NB.full} (next door)",
    ],
    "gp": [
        "{SURGERY}, new patient check, {DATE}: {V.full}, DOB {V.dob}, NHS {V.nhs}, self-employed (guest house, with husband). Alcohol 'a couple of glasses on a Sunday'. Smoker, wants to stop. Next of kin: {P.full}.",
        "{GP.tfull}, {DATE}, ten-minute slot: 'Hoarse 4/7, sore neck. Says husband put both hands round her throat in the kitchen after a bad night on the machines. Petechiae both upper lids. LOC? unsure.'",
        "Same entry, continued: 'Told her this is a serious assault and that being strangled raises the risk of being killed. Declines police: \"it's the business, doctor, we'd lose the lot\". Outreach leaflet given.'",
        "{GP.title}, to the panel: 'I typed the word strangulation, and under it I typed \"declines police\", and somehow the second line felt as if it closed the first. I should have phoned the MARAC coordinator that afternoon.'",
        "The practice's IMR: after the March consultation nobody added a domestic abuse code to the record of {V.first}, so the next three clinicians who saw her had nothing on the screen to prompt a question.",
        "Zopiclone and propranolol on {V.poss} repeat list were ordered by phone from {P.phone} eleven times in one year. Reception knew the voice: 'It's always the husband for the guest house lady.'",
        "Community pharmacy incident note, {DATE}: 'Husband collected wife's prescription again and asked what the tablets were for. Told we could not discuss. He opened the bag at the counter and read the label aloud.'",
        "The pharmacist, for the IMR: a woman who came in on her own on {DATE} asked quietly for something for bruising 'on the neck', and for a plain carrier bag without the chemist's name printed on it.",
        "Talking therapies, self-referral, {DATE}: {V.tfull}, PHQ-9 19, GAD-7 16. Opt-in letter posted to the guest house, {V.address}. No reply in 28 days; discharged as 'did not opt in'.",
        "Telephone triage, {DATE} {TIME}: caller {V.first}, 'can't sleep, heart going, season's nearly over and money is bad'. Ended the call herself after two minutes, 'sorry, somebody's come in'. Not rung back.",
        "Consultation with {P.full}, DOB {P.dob}, {DATE}: raised GGT and ALT. 'Four or five pints a night in the season, more out of it.' AUDIT-C 11. Declined the alcohol service. Nothing asked about home.",
        "{GP.full}, note on {P.surname}, {DATE}: 'Gambling? Only the fruit machines on the front, nothing serious. Wife does the books.' Two months earlier the wife had told the same practice that she had not seen the books in years.",
        "Summary screen | {V.caps} | NHS {V.nhs} | problems: insomnia, anxiety, 'neck pain' | alerts: none | repeats: zopiclone, propranolol, omeprazole | carer: no | next of kin: {P.full}, husband",
        "A discharge letter from the minor injuries unit about {V.hyph}, received {DATE}, described a burn on the back of the right hand 'from the range in the guest house kitchen'. It was scanned and filed without a clinician reading it.",
        "Practice nurse {NUR.full}, stop-smoking review, {DATE}: 'Tearful. Can't afford patches, husband holds the card. Free scheme offered. Faded marks both sides of neck. Pt: \"scarf rubbed\".'",
        "{NUR.title}, to the review: 'She asked me not to put it in. I said I had to put something. So I put \"scarf rubbed\" in her own words with the speech marks round it, and hoped whoever read it next would notice the speech marks.'",
        "Chronology row | {DATE} | GP | hoarse, neck, 'hands round throat' | {DATE} | chemist | husband reads label | {DATE} | talking therapies | no opt-in | {DATE} | nurse | 'scarf rubbed' | {DATE} | GP | cancelled by husband",
        "Did not attend, {DATE}: the neck follow-up booked by {GP.initial}. The husband rang at 08:05 to cancel it: 'She's fine, we've a coach party in.' The slot was given to somebody else.",
        "The practice safeguarding lead, {GP.tfull}, wrote that the strangulation disclosure should have gone to MARAC on professional judgement, whatever the DASH score, and that in March no one at the practice knew a GP could refer.",
        "Fit note, {DATE}, for {P.first}: 'low back pain, unable to do the breakfasts'. Issued for a fortnight. The guest house stayed full; his wife cooked every breakfast.",
        "At the police's request {GP.full} wrote to the DVPO hearing on {DATE}, confirming only the dates on which {V.first} had been seen. The March consultation was on the list; what was said in it was not.",
        "The practice's online account for {V.first} had been set up with {P.email} as its contact address, so every appointment reminder, every test result text and the talking therapies acknowledgement went to him.",
        "Out-of-hours, {DATE} {TIME}: woman caller, 'he won't let me out of the flat, I need my inhaler'. Line dropped. The callback went to voicemail and the case was passed to her own practice, which did not ring either.",
        "Record of {C.full}, DOB {C.dob}, NHS {C.nhs}: two visits for headaches and one for 'not sleeping, worried about mum'. The third note suggests the school nurse. No safeguarding flag was added.",
        "{P.title} came in on {DATE} asking for diazepam 'to get through this DVPO'. Declined. Free text: 'angry with police, blames wife's sister'. The note was never linked to his wife's record.",
        "Learning for primary care, agreed with {GP.sposs} help: a hoarse voice after an assault is a clinical sign, strangulation is never minor, and any practice may refer to MARAC without a police report.",
        "Medication review, {DATE}: {V.title} seen with her husband in the room. 'Sleeping better. Happy with tablets.' Four minutes. The template's domestic abuse question was ticked 'not asked, partner present'.",
        "Talking therapies step 2 note, {DATE}: 'Rang {V.phone} twice. Second time a man answered, said she was \"busy with guests\", wanted to know who was calling. Ended the call without naming the service.'",
    ],
    "police": [
        "999, {DATE} {TIME}, occurrence {OCC}: caller {NB.full}, of {NB.address}, reports 'a woman screaming, begging him to stop' through the party wall from the guest house next door. Graded immediate.",
        "{PC.officer} and {PC2.officer} found {V.first} in the private flat above the breakfast room with a split lip and red marks under the jaw. {P.surname} was downstairs in the residents' bar with a pint.",
        "DASH, {DATE}, by {PC.full}: seventeen yes answers, high risk. Against the strangulation question: 'yes, March, kitchen, both hands'. Referred to MARAC and to the IDVA service the next morning.",
        "Arrest of {P.caps}, {DATE}, on suspicion of assault and of non-fatal strangulation under section 75A of the Serious Crime Act 2015. No comment in interview. Released under investigation; the victim declined to make a statement.",
        "DVPN authorised by the duty superintendent at {TIME} on {DATE} under the Crime and Security Act 2010: {P.full} not to enter the guest house or come within 100 metres of it. He gave a static caravan on a holiday park near {TOWN} as his address.",
        "DVPO, magistrates' court, {DATE}: granted for 28 days. {PC2.title} gave evidence; {V.title} did not attend. The bench asked who would run the business in the meantime; the clerk's note reads 'husband's brother helping'.",
        "Crime {CRIME}, non-fatal strangulation, filed {DATE}: 'victim does not support'. No one considered an evidence-led prosecution, although the body-worn footage showed the marks on her neck and next door's 999 call was recorded.",
        "{PC.title}, for the IMR: 'She stood in the doorway of the flat telling me she had twelve in for breakfast at eight. I remember thinking she cared more about the bacon than her face. I know now that was the mortgage talking.'",
        "Silent 999 call, {DATE} {TIME}, from {V.phone}: passed to the Silent Solution; 55 not pressed; the operator logged 'movement, a male voice, raised' for forty seconds before the line closed. No callback and no location check.",
        "Reported breach of the DVPO, {DATE} {TIME}: guests in room 4 saw {P.first} behind the bar at eleven. Officers arrived at 01:40; he had gone. Not pursued after {V.first} said she had let him in 'to cash up the till'.",
        "Clare's Law, right to know, {DATE}: {PC2.tfull} told {V.full} that her husband had been arrested in another force area for holding a previous partner, {EX.full}, by the throat, and that no further action had been taken.",
        "The disclosure form records {V.poss} answer word for word: 'I know about her. He told me she made it all up to get a council flat.'",
        "A request to the other force for its file on {EX.first} went out on {DATE}. The reply, six lines long, arrived four days after the DVPO had run out.",
        "PNC, {P.full}, NI {P.ni}: excess alcohol (drink driving), community order, {DATE}. No other convictions. Local intelligence: three domestic incidents at the guest house, all marked 'verbal only', in the years it ran a late bar.",
        "Stop check, {DATE}, 02:10, on the seafront: {P.vrm}, driver {P.surname}, roadside breath test negative. The officer noted a woman in the passenger seat 'quiet, kept her eyes down'. No domestic history check was made.",
        "Occurrence log | {OCC} | 999 from next door | arrest | {DATE} | DVPN | served | {DATE} | DVPO | granted | {CRIME} | strangulation | filed | {DATE} | silent 999 | closed | {DATE} | private flat | homicide",
        "Operation Encompass, {DATE}, 07:42, to {SCHOOL}: 'Child in the house during a domestic incident overnight; child upstairs, not seen by officers.' Sent from the overnight desk by {PC2.initial}.",
        "Call from {S.full}, {DATE}: her sister has 'another bruised neck' and she wants to know whether the police can do anything without her sister's say-so. Told a statement would be needed. No follow-up is recorded.",
        "999, {DATE} {TIME}, from {P.full}: 'I think the wife's dead. She's not breathing. We'd had a drink.' Police and ambulance sent to the private flat at {V.address}, {V.postcode}.",
        "Scene log: {V.caps} on the bedroom floor of the private flat; bottles on the side; the guest house cash tin open on the bed. {P.first} on the landing 'saying over and over that she had fallen'.",
        "Arrested for murder by {PC.officer}, {DATE} {TIME}. Significant statement on the stairs: 'She was taking it off me. Twenty years, and she was taking the lot.'",
        "Phone download for {CRIME}: on {P.poss} handset, the passcode and banking app for {V.poss} account, a screenshot of her location, and 340 messages sent from her WhatsApp that she had not written.",
        "Notebook of {PC2.full}, {DATE}: '{V.initial} says the business is in both names and the loans in hers. If he goes she's finished. Won't support. Asks us not to tell her mother.'",
        "The force's IMR: 'We treated the DVPO as an outcome. It was twenty-eight days of breathing space, and nobody used them to build the strangulation case or to speak to the child.'",
        "The domestic abuse investigation team's visit to {V.title}, set for {DATE}, was cancelled when the officer was redeployed to the Illuminations switch-on. It was not rebooked.",
        "Statement of a guest, taken {DATE}: staying in room 2 with her husband two nights before the end of the season, she heard 'a man going on about money, then a bang, then quiet'. She told nobody at the time.",
        "{PC.full}, the homicide team's detective sergeant, summarised the scene for the pathologist: no forced entry, nobody else in the building, the last guests gone on the Sunday morning.",
        "Custody record, {DATE}: {P.caps}, 51, breath alcohol 68 micrograms. The detained person asked twice whether the bookings for the Christmas weekend would still go ahead.",
        "Along the front {P.first} was known as '{P.nick}'; two arcade managers knew him by that name and nothing else, and a third only by his car, {P.vrm}.",
    ],
    "marac": [
        "Terms of reference, agreed {DATE}: the review looks at the contact agencies had with {V.full}, with {P.full} and with their child, {C.full}, from {DATE} until the sentence.",
        "Terms of reference, question 2: 'How did agencies understand economic abuse in a family business where her name was on the debts, his hand was on the money, and leaving him meant losing her home and her income on the same day?'",
        "Terms of reference, question 4: 'What was done with the disclosure of strangulation made in primary care, and with the DASH answer about it later, and why was the offence never charged?'",
        "Panel 1, {DATE}, {TOWN}. Present: the Independent Chair; {PC2.tfull} (police); {GP.tfull} (designated GP for the ICB); {SW.full} (children's social care); {IDVA.full} (IDVA service); {PO.full} (probation). Apologies: adult social care; the outreach service.",
        "Panel 3, {DATE}, on Teams. Present: the Chair, {PC.title}, {SW.title}, {TCH.full} and {NUR.full}. Apologies: {IDVA.tfull}; {GP.title}; the council's licensing manager, who sent a written note.",
        "MARAC, {DATE}, case 14: {V.initial}, DASH 17, police referral after the DVPN. Risks listed: strangulation, his alcohol use, gambling debt, DVPO ends {DATE}. Actions: IDVA to engage; school to be told; police to get the other force's file.",
        "MARAC minutes, {DATE}, action 3: {SCHOOL} not present; the coordinator to email the pastoral lead. The email went to the school's general office address and was never passed on.",
        "MARAC, {DATE}, case 14 reviewed: 'IDVA unable to reach her after three tries. Reported to be back together with him. No further incidents known.' Closed to MARAC that day.",
        "Home Office notification, {DATE}: Adult K, 44, female, guest house owner, died at home; Adult L, 51, her husband and business partner, charged with murder. Their child, Child N, 14, was at the maternal grandmother's that night.",
        "Minute 2.3: {SW.tfull} explained that the strategy discussion of {DATE} chose a child and family assessment rather than section 47 enquiries, since 'the DVPO was in place and the father out of the house'.",
        "Minute 3.2: the Chair observed that nine agencies held a note of {P.poss} drinking and five of his gambling, and that not one had asked whose money was going into the machines.",
        "Minute 4.1: {M.full} and {S.full} joined for item 4 with their advocate. {S.first} asked the panel to stop saying 'the family business': 'It was his business. She did the work in it.'",
        "Chronology | {DATE} | GP | strangulation told | {DATE} | 999 | neighbour's call | {DATE} | DVPN, DVPO | 28 days | {DATE} | Clare's Law | right to know | {DATE} | MARAC | closed | {DATE} | silent 999 | dropped | {DATE} | private flat | homicide",
        "Action plan | 1 | police: every DASH 'yes' to strangulation seen by a detective within 24 hours | {DATE} | 2 | ICB: a MARAC referral route for general practice | {DATE} | 3 | council: a domestic abuse lead in licensing and revenues | {DATE}",
        "Recommendation 1: the force should audit each non-fatal strangulation crime filed in the last two years because the victim did not support it, and record for each whether an evidence-led prosecution was considered.",
        "Recommendation 4: the safeguarding partnership should ask the banks that serve the town how their vulnerable customer teams spot economic abuse where a couple share a business account and only one of them holds the cards.",
        "Recommendation 7: a school receiving an Operation Encompass notice about a child in a family business should ask whether the child works in it unpaid, and should itself refer for a young carer's assessment.",
        "Learning point 3: the DVPO bought twenty-eight days. The review could not find one agency that had written down what it planned to do with them.",
        "Chair's analysis, 6.2: 'She could not leave him without leaving the guest house, or leave the guest house without leaving her home, her child's bedroom and the debts in her name. Every agency advised her to leave.'",
        "The Chair wrote to {P.full} in prison on {DATE}. The answer, in {P.poss} own hand, declined an interview and asked the panel to 'look at the brewery and the bank, who ruined us'.",
        "Contacts with the family: first letter to {M.tfull}, {DATE}; meeting with {M.first} and {S.first} at {S.address}, {DATE}; phone call with {FR.full}, {DATE}; the draft read aloud to all three, {DATE}.",
        "Scope: IMRs from the police, the practice, the pharmacy, talking therapies, the ambulance service, the hospital trust, adult and children's social care, the school, the outreach service, the IDVA service and probation; short reports from licensing, revenues, the bank, the brewery and the care home.",
        "On names, panel 2: the family chose the pseudonym Adult K and asked that the report use it, not 'the victim'. In the panel's own minutes she is {V.nick}, as she was to everyone on the front.",
        "Minute 5.4: {PO.title} told the panel that the alcohol treatment requirement on the drink-driving order was completed 'with good attendance', and that the wife's name did not appear once in the supervision file.",
        "Panel 5, {DATE}. Present: the Chair; {IDVA.full}; {PC.full}; {TCH.tfull}; {SW.full}. Apologies: {PO.tfull}; {NUR.title}. At their request {M.first} and {S.first} were sent the minutes a week ahead of the agencies.",
        "Recommendation 9: commissioners should require outreach services to agree with every client at first contact a safe way to reach her if her phone is being checked, and a named person to tell if contact stops.",
        "Draft circulated {DATE}. {S.tfull} asked that one sentence go in unaltered: 'She signed everything he put in front of her, and in the end her signature was the only thing in that building that was hers.'",
        "Home Office annex: the guest house in postcode district {V.pcpart}; the holiday park used during the DVPO in another district; the earlier partner, Adult R, in another force area altogether.",
    ],
    "school": [
        "{SCHOOL}, safeguarding log, {DATE}: Operation Encompass call at 08:10 about {C.full}, Year 9. Domestic incident at home overnight, child upstairs. Logged by {TCH.full}, pastoral lead; form tutor told 'be aware'.",
        "Pastoral log, {DATE}: '{C.first} asleep in period 1 again. Says was up till one washing the bar glasses and laying breakfast because \"Dad was out\". I mentioned the young carers group.'",
        "{TCH.title}, for the IMR: 'I wrote \"young carer\" in the log three times and never filled in the referral, because in my head a young carer looked after a parent in a wheelchair, not a breakfast room.'",
        "Attendance for {C.caps}: 91.2% for the year and 79% across September and October, the absences falling on Mondays after full weekends at the guest house. Letters home went to both parents at {P.address}.",
        'CPOMS, {DATE}: \'{C.first} says Mum has a "sore throat" and can\'t talk properly and that Dad "did it". Pastoral lead and DSL told. Rang home; Dad answered; said the child was making a fuss over nothing.\'',
        "The school's IMR: 'We phoned home about a disclosure of harm to the parent who was said to have caused it. Our procedure said \"contact parents\". It didn't say which.'",
        "Second Operation Encompass notice, {DATE}: 'Silent 999, no attendance.' The school has no record of receiving it; the police log shows it went to an email address the school had shut down over the summer.",
        "Pastoral log, {DATE}: {C.first} was in tears in food technology when asked to bring in ingredients; said Dad keeps the card and Mum 'has to ask for money to go to the shop'.",
        "Children's social care, contact record, {DATE}: police referral after the DVPN. Strategy discussion called by {SW.full} with police and school; section 47 threshold 'not met'; child and family assessment to follow.",
        "Child and family assessment, {C.full}, DOB {C.dob}, completed {DATE} by {SW.tfull}: 'Mother protective; father out of the home under a DVPO; child helps in the business and enjoys it. Close; signpost mother to outreach.'",
        "{SW.title}, to the review: 'By the time I finished the assessment the DVPO had run out and he was back behind the bar. I wrote \"father out of the home\" because it was true on the day I started.'",
        "Young carer's assessment: asked for by the school on {DATE}. The council's young carers service wrote to the parents to opt in; {P.first} phoned to say it was not wanted, and the file was closed the same week.",
        "Council licensing, {DATE}: premises licence under the Licensing Act 2003 for the guest house's residents' bar, designated premises supervisor {P.full}. After the DVPO a licensing officer asked who the DPS now was; {V.first} signed a form naming herself.",
        "Licensing note, {DATE}: '{P.title} phoned, very angry, asking for DPS to go back to him \"now that police nonsense is finished\". Variation processed.' Nobody asked the wife.",
        "Business rates, {DATE}: two quarters in arrears on the guest house; a reminder went to the ratepayer, {V.full}, whose name alone had been on the account since the purchase. Every phone call about it was made by {P.first}.",
        "Revenues officer's note: 'Husband wants a payment plan in his name; told we can only deal with the liable person. He hands the phone to his wife, who agrees to everything he has said.'",
        "The bank's IMR: a business current account in joint names and three loans in {V.poss} sole name, the last for £38,000 dated {MAYDATE}, applied for online from a device the bank had also linked to her husband's login.",
        "Bank call recording, {DATE}: a man giving his name as {V.full} asks for her card PIN to be reset. Security questions failed; the adviser noted 'possible third-party fraud', and a new card was posted to the guest house anyway.",
        "Vulnerable customer note, {DATE}, when {V.first} came into the branch alone: 'Upset. Says husband holds all the cards. Asked about an account in her own name. Appointment booked.' She never came back.",
        "Brewery tenancy file, {PUB}: tenants {P.full} and {V.full} for six years until {DATE}; surrendered with arrears of £14,200 under a personal guarantee signed by {V.title} only. The arrears were still coming out of the guest house account when she died.",
        "The brewery's area manager, for the review: 'He did the talking and she did the signing. We never thought twice about it. In the pub trade that is most couples.'",
        "Children's social care, {DATE}: referral from {NUR.full} about the neck injury; screened at the front door as 'known, assessment recently closed, nothing new'. The new thing was the neck.",
        "'Is it true you can get a council house if your dad hurts your mum?' {C.first} asked at the end of a PSHE lesson on healthy relationships. {TCH.initial} logged the question and passed it to the DSL.",
        "Chronology row | {DATE} | school | Encompass | {DATE} | CSC | strategy discussion | {DATE} | CSC | assessment closed | {DATE} | young carers | father opts out | {DATE} | school | 'Dad did it'",
        "{SCHOOL}, safeguarding record, {DATE}, the Monday after the homicide: '{C.first} told in the pastoral office by {M.first} and {TCH.title}. Asked whether the guests would still come at Christmas.'",
        "Email from {TCH.email} to {SW.email}, {DATE}: 'Is anybody still working with {C.first}? I've three new log entries since your assessment closed and no idea who to send them to.' The review found no reply.",
        "The guest house's own wages book shows {C.first} paid £20 cash a weekend for 'breakfasts' from the age of twelve, and {FR.full} paid cash by the week for nine seasons running.",
        "{CAREHOME}, payroll: {V.full}, NI {V.ni}, night care assistant each winter from {DATE}. On {DATE} a man rang to move her pay into the guest house's business account; payroll wanted it in writing, and a letter signed in her name came two days later.",
        "{WORK}, HR record: {P.full}, agency warehouse operative on winter nights; dismissed {DATE} after failing a breath test on site. Line manager's note: 'Runs a hotel in summer, he says. Wife has rung in sick for him twice.'",
    ],
    "probation": [
        "Outreach service referral from police after the DVPN, {DATE}: {V.full}, {V.phone}, 'only safe to call 10 to 11 in the morning while husband is at the cash and carry'. Allocated to an outreach worker.",
        "Outreach notes, {DATE}: first call, 22 minutes. '{V.first} says he goes through her texts and WhatsApp every night. Agreed we'll text as \"the dentist\" and nothing else.' The second and third calls were answered.",
        "Outreach notes, {DATE}: 'Four calls not answered, two texts unread. Closed as disengaged.' The team leader told the review nobody rang the school, the practice or her sister, because the consent form held only her own number.",
        "IDVA service, {DATE}: {IDVA.full} allocated after MARAC. DASH 17 reviewed, strangulation marked in red. Three calls to {V.phone}: the first rang out, a man answered the second, the third got 'number not recognised'.",
        "{IDVA.title}, statement: 'When he answered I said sorry, wrong number, and rang off, as we're trained to. After that I had no way in. No safe number, no safe address, no safe anything.'",
        "IDVA note, {DATE}: 'Met {V.nick} by chance in the minor injuries car park. Says he's back in, \"it's better\", season nearly done, they'll \"sort the loans\". Gave her a card. It went in her shoe.'",
        "Probation, earlier order: {P.full}, driving with excess alcohol, {DATE}: twelve-month community order with an alcohol treatment requirement and 80 hours of unpaid work; disqualified for 20 months. Responsible officer {PO.full}.",
        "Pre-sentence report, {DATE}, by {PO.tfull}: 'Lives with his wife and their child and runs a guest house with her; describes the marriage as strong.' Police domestic abuse check: 'none recorded'. The three 'verbal' incidents did not come back on the check.",
        "OASys, {DATE}: alcohol misuse 'significant'; relationships 'no issues identified'; gambling not explored. Risk of serious harm: low. Countersigned by a senior probation officer.",
        "{PO.sposs} supervision note, {DATE}: '{P.first} cheerful, season busy. Wife does all the driving while he's banned. Says she keeps him on the straight and narrow.'",
        "Probation's IMR: 'Nobody spoke to his wife. In a case about drink and a car we never asked who sat in the passenger seat, or what went on at home after the bar shut.'",
        "Unpaid work record: {P.surname} did his hours on a beach clean in the winter, when the guest house was shut, and twice asked to be let off in the summer 'for the business'.",
        "CPS charging decision, {DATE}: {P.full}, murder. At trial the March strangulation, the DVPN and DVPO, the Clare's Law disclosure and the evidence of {EX.full} were all admitted as bad character.",
        "Prosecution opening, {DATE}: 'This defendant held the purse, the keys, the books and, in the end, her throat. He had done it before, to her and to another woman, and he did it again the week she told him she would sell.'",
        "The defence ran intoxication and loss of control, said to be triggered by the victim telling him she had instructed a solicitor to end the partnership. The jury took three hours to reject it.",
        "Sentencing remarks, {DATE}: '{P.full}, for twenty years you treated your wife's name as one of the assets of your business, and when she tried to take it back you killed her.' Life, with a minimum term of 19 years.",
        "Exhibits, R v {P.surname}: 2, the guest house ledger in the defendant's writing; 5, bank cards in her name taken from his wallet; 8, the solicitor's letter about the partnership; 11, phone, {P.phone}; 14, next season's booking diary.",
        "Evidence of {EX.full}, by video link from another force area: 'He did it to me in a flat over a chip shop twenty-odd years back. I said so at the time. The police said I'd had a drink as well.'",
        "Victim personal statement of {S.full}, read out by the prosecutor: 'My sister has become a case number in a file about a business. She was funny. She sang while she stripped the beds.'",
        "First home visit under the Victim Contact Scheme, {DATE}: {PO.full} brought {M.full}, at {M.address}, the leaflet on life sentences and stayed two hours; {M.first} asked only how old {P.first} would be on the first day release could be considered.",
        "Solicitor's attendance note, {DATE}, disclosed by consent: '{V.tfull} seen alone. Wants to dissolve the partnership and sell. Husband unaware. Risk discussed; advised to speak to police before notice served.' It was never served; he found the letter.",
        "Outreach worker's statement: 'After she went quiet I sent one last text as the dentist: \"Your appointment is still available.\" He answered from her phone: \"She doesn't need a dentist.\"'",
        "The IDVA service's IMR: 'The case was closed at MARAC, not by us. We had no contact and no grounds to keep it open. We should have asked her sister for a number.'",
        "Verdict, {DATE}: guilty of murder, unanimous. {P.caps} said to the dock officer, loud enough to carry to the public gallery, 'Who's going to run the place now?'",
        "Permission to appeal against the minimum term refused, {DATE}. {PO.title} rang {M.first} and {S.first} that afternoon, as promised, before anything was put in writing.",
        "Victim liaison file: {M.full}, {M.phone}, {M.postcode}; {S.full}, email only, {S.email}. Both want to hear of any application for temporary release and of any attempt to contact {C.first}.",
        "{IDVA.full}, to the panel: 'I met her once, in a car park, for four minutes. In four minutes she told me about the loans, the card, the caravan and her neck. She never said she was frightened. She didn't have to.'",
        "Helpline log, {DATE} {TIME}: a caller who gives her name as '{V.nick}' asks whether a wife can be made bankrupt over her husband's debts if the business is in her name. Referred on to outreach, where a case was already open.",
    ],
    "hospital": [
        "Emergency department, {DATE}: {V.full}, NHS {V.nhs}, fall down the guest house back stairs 'carrying linen'. Bruised left flank and upper arm; fracture of the left ninth rib. Husband present throughout; routine enquiry 'not done, not alone'.",
        "Minor injuries unit, {DATE}: {V.title}, partial-thickness burn to the back of the right hand, 'caught it on the range'. Nurse practitioner: 'shape not typical for contact with a range; in a hurry, guests due'. Dressed; leaflet given.",
        "Ambulance service, {DATE} {TIME}: a guest rings, 'the landlady's fainted on the landing'. The crew find {V.first} conscious and hoarse, a red line across the front of the neck. 'Says she fell against the banister.' Declines hospital.",
        "The crew's adult safeguarding concern, {DATE}: 'Injury doesn't fit the account; husband hovering; patient refuses help.' Sent to adult social care by secure email.",
        "Adult social care screening, {DATE}: 'Concern re {V.full}, 44. No care and support needs; section 42 of the Care Act 2014 not met. Signpost to DA services.' Closed the same day without anyone speaking to her.",
        "Adult social care's IMR: 'We applied the Care Act test properly and came to the wrong place. We passed the concern to nobody who could act on domestic abuse, and we never phoned her.'",
        "ED, {DATE} {TIME}: {P.full}, DOB {P.dob}, brought in drunk after falling outside an amusement arcade; scalp wound glued. His wife collected him at 04:00 in {V.vrm}.",
        "Mental health liaison, ED, {DATE}: {P.first} 'says he owes money all over and wants to end it'. No plan. Offered gambling and alcohol support; refused. Discharged home to his wife. Her safety was not thought about.",
        "Hospital safeguarding team, {DATE}: the liaison form about the rib fracture went to {SURGERY} and to nobody else, though the form itself records a child of 13 living at the address.",
        "Ambulance, {DATE} {TIME}: call from {P.phone}, 'wife's not breathing'. First crew arrive at {TIME}: adult female, cold to the touch, in the bedroom of a flat over a guest house. Life pronounced extinct at {TIME}; police already there.",
        "Patient report form: marks on both sides of the neck; petechiae; a strong smell of alcohol from a man in the room who said 'she's had a fall'. The crew asked police to hold the scene.",
        "Post-mortem examination, {DATE}: {V.caps}, 44. Cause of death: compression of the neck; hyoid fractured. Healed fracture of the left ninth rib; older bruises on both upper arms; a healed scar on the back of the right hand.",
        "The pathologist, in evidence: the force that caused these injuries was held, not momentary, and the pattern of the marks was that of strangulation with the hands.",
        "Coroner's file on {V.broken}: opened {DATE}, suspended under Schedule 1 pending the murder trial, never resumed. Its only later entry is a letter asking the review to examine what was done about the strangulation in March.",
        "Coroner's officer, {DATE}: the sister, {S.full}, identified the body at the hospital mortuary. {M.first} waited in the relatives' room with the chaplain.",
        "Chronology row | {DATE} | ED | rib, 'stairs' | {DATE} | MIU | burn, 'range' | {DATE} | ambulance | neck, 'banister' | {DATE} | ASC | screened out | {DATE} | ED | husband, drunk, arcade | {DATE} | ambulance | flat",
        "ED triage, {DATE}: {C.first}, 13, cut hand from a broken glass 'washing up in the bar'. Brought in by father. 'Who does the child live with?' answered 'parents, run a B&B'. Nothing more asked.",
        "Paediatric liaison form on {C.full}, {DATE}: 'Child working in family bar? Licensing? Inform school.' Sent to the school nursing team, who were not told which school the child went to.",
        "The hospital trust's IMR: 'Three attendances in one year, each explained by the guest house: the stairs, the range, the banister. Every time, the building got the blame.'",
        "The minor injuries nurse practitioner, to the review: 'She watched the clock all the way through. Check-in was at two. She said, \"If I'm not back he'll have to do it, and then I'll pay for it.\" I wrote down \"anxious re work\".'",
        "Talking therapies discharge letter to {GP.full}, {DATE}: '{V.title} did not opt in to treatment.' Under 'risk', the referral itself had said only 'relationship stress'.",
        "Resus, {DATE} {TIME}: {M.full}, the victim's mother, chest pain after being told of her daughter's death; troponin normal; discharged at {TIME} into the care of {S.first}.",
        "Ambulance log | {DATE} | {TIME} | landing, 'fainted' | not conveyed | adult concern raised | {DATE} | {TIME} | drunk male, arcade | conveyed | {DATE} | {TIME} | private flat | life extinct",
        "After {S.full} complained about the screening decision, an adult social care worker rang {V.phone} on {DATE}. A man answered, said his wife was fine and 'doesn't want the council poking about', and the case was closed again.",
        "Toxicology, {DATE}: blood alcohol in the deceased 40 mg per 100 ml; zopiclone at a therapeutic level; nothing else found.",
        "The ambulance service's IMR: 'Our crews are trained to recognise strangulation. This crew did recognise it, raised it, and sent it to the one agency that could not act on it by itself.'",
        "{NUR.full} rang the emergency department from {SURGERY} on {DATE} to ask whether anyone had safeguarded the rib fracture. The department read back its note: 'routine enquiry not completed, partner present'.",
        "Radiology report on the rib series, {DATE}: 'Also a healing fracture of the left seventh rib, perhaps four to six weeks old.' It was never passed to the treating team or to the practice.",
    ],
    "family": [
        "{M.full}, her mother: 'She was what made that place work. Breakfasts, bookings, beds, bins. He stood behind the bar in a clean shirt and called himself the landlord.'",
        "Pen portrait, written by {S.first}: '{V.nick} loved the first warm Saturday of spring when all the guest houses opened their windows, chips on the sea wall, a rum and Coke at the switch-on, and her child more than all of it.'",
        '{S.full}: \'I saw the marks on her neck in March. She\'d a polo neck on in a hot kitchen. I said, "Has he done that?" She said, "Leave it, our kid."\'',
        "{M.tfull}, statement: 'She used to ring me from the linen cupboard so the guests couldn't hear. \"I'm fine, Mam, I'm only ringing.\" Then she'd cry, and I'd hear the tumble dryer going round behind her.'",
        "{FR.full}, housekeeper at the guest house for nine seasons: 'She did the breakfasts and the rooms with me and then went down and did the bar. He'd be on the machines. He'd come back and count the till in front of her.'",
        "{FR.first}: 'He paid me cash out of the tin. She never had the tin. If she wanted a tenner for {C.poss} school trip she had to ask him for it, in front of me, like a kid.'",
        "{NB.full}, who runs the guest house next door: 'You hear everything through them walls. I'd heard shouting for years, every guest house has shouting. That night it was her screaming his name and then nothing. I rang 999 with my hands going.'",
        "{NB.first}, on the weeks after the DVPO: 'He was back inside the month, stood on the front step with a cig like nothing had happened. I thought, well, what was all that for?'",
        "{S.first}, on the Clare's Law visit: 'She rang me after. She said, \"They've told me about some woman he strangled before me.\" Then she said, \"He's not like that now though, is he?\" She wanted me to say he wasn't.'",
        "{M.first}, to the Chair, {DATE}: 'I've heard the word coercive more this year than in my whole life. We just called him tight, and a bully, and a drinker. We never had the word for it.'",
        "{C.first}, through {SW.full}, {DATE}: 'I want people to know Mum did all the work, and she was funny, and she still did the voices when she read to me even when I was too old for it.'",
        "Email from {S.email} to the Chair, {DATE}: 'Mam asks if you can use her real name in the report. If not, please not Adult K all the way through. She was never an adult anything, she was our {V.nick}.'",
        "{FR.full}: 'End of every season we'd have a drink in {PUB}, me and her, to say we'd survived it. This year she said she couldn't, he'd want the car. She said, \"Next year, when it's mine.\"'",
        "{S.tfull}, impact statement: 'Every agency had a piece. The doctor had her neck. The police had her neck. The bank had her name. The school had her child. Nobody had her.'",
        "A couple who had stayed every August for eleven years wrote to the family: 'We heard him shouting at her most nights. We put it down to business worries. We kept coming back because of her.'",
        "{M.first}, on money: 'She had to ask him for her bus fare to come and see me. A woman who took two hundred pound a night in that house in August, and she'd turn up at mine with an empty purse.'",
        "{EX.full}, in a letter to the Chair: 'I'm the one in the Clare's Law. It was my neck too, in another town, twenty years ago. They told me nothing could be done. I am so sorry it was her next.'",
        "{S.first}, on the silent 999 call: 'They heard a man's voice. They heard her. And they put the phone down because she never pressed five five. She couldn't talk and they wanted her to press buttons.'",
        "{NB.full}, to the review: 'End of season the guests were in bed by ten. Him and her would start about eleven. I used to turn the telly up.'",
        "{M.full}: '{C.first} asks me every week, \"If I'd been home, Nana, would he have stopped?\" I say no, love. Every single week, no.'",
        "{FR.first}, on the last week: 'She'd been to a solicitor. She kept the letter in her bra. She said, \"When the last coach goes on Sunday, I'm telling him.\"'",
        "Family meeting, {DATE}, at {M.poss} house. Present: {M.full}; {S.full}; the Chair; an advocate from the homicide service. {C.first} chose not to come and sent a drawing of the prom lit up at night.",
        "{S.full} set up a fundraising page, {V.url}, for {C.first}: 'for the things Mum would have bought, now there's no business, no money and no house'.",
        "{M.first}: 'The loans went in her name because he'd his ban for the drink driving and the bank wouldn't look at him. She told me straight: \"His debts, Mam, my name.\"'",
        "{FR.full}, statement: 'He went through her phone every night in the bar. Every night. He'd hold his hand out and she'd put it in his palm like a kid handing over sweets.'",
        "{S.poss} one wish for the review: that 'the next woman who tells a doctor somebody's had his hands round her neck gets a phone call that afternoon, not a leaflet'.",
        "{NB.first}, on the morning after: 'I saw the police cars from my front window. I knew before anybody said. I'd known since the March.'",
        "{M.full}, after the sentence: 'Nineteen years. She'd been with him twenty. He'll come out younger than she'd be now.'",
    ],
    "letter": [
        "Licensing Services\n\n{DATE}\n\n{P.full}\n{P.address}\n{P.postcode}\n\nDear {P.title},\n\nPremises licence: variation of designated premises supervisor\n\nI confirm that the application to specify you as designated premises supervisor for the residents' bar has been granted with immediate effect. The previous supervisor has been told in writing.\n\nYours sincerely\n\nLicensing Officer",
        "Domestic Abuse Investigation Team\n\n{DATE}\n\n{V.tfull}\n{V.address}\n{V.postcode}\n\nDear {V.title},\n\nDomestic Violence Protection Order\n\nThe magistrates have made an order lasting 28 days. You do not commit any offence by speaking to {P.first}, but he is in breach if he comes to the guest house. Please dial 999 if he does. An outreach worker will ring you on {V.phone}.\n\nYours sincerely\n\n{PC2.full}\nDetective Constable",
        "From: {IDVA.email}\nTo: {SW.email}\nCc: {TCH.email}; {PC.email}\nDate: {DATE} {TIME}\nSubject: MARAC case 14 - {V.initial} - DVPO ends Friday\n\nHi {SW.first},\n\nThe order ends on Friday and I still haven't spoken to her. Her husband answered her phone last time I tried. Could school quietly check with {C.first} whether Dad is back home, and could police look in on Saturday?\n\nThanks\n{IDVA.broken}\nIDVA\nDomestic Abuse Service",
        "Collections\n\n{DATE}\n\n{V.full}\n{V.address}\n{V.postcode}\n\nDear {V.title},\n\nYour business loan\n\nWe have not received the payment due on {DATE}. As the sole borrower you are liable for the whole balance. Please call us on the number overleaf. We can discuss this account only with you and not with any third party.\n\nYours sincerely\n\nCollections Team",
        "Estates Department\n\n{DATE}\n\n{V.tfull}\n{V.address}\n\nDear {V.title},\n\n{PUB}: former tenancy\n\nUnder your personal guarantee the outstanding balance remains payable by you. We note your husband's request that correspondence be sent to him instead; as he is not the guarantor, we are unable to agree to this.\n\nYours faithfully\n\nArea Manager",
        "{SCHOOL}\n\n{DATE}\n\nTo the parents of {C.full}\n{P.address}\n\nDear Parent/Carer,\n\nAttendance this half term\n\n{C.poss} attendance since September has fallen below 85%, mostly on Mondays. We would like to meet to talk about how we can help. Please ring the school office to arrange a time that suits you.\n\nYours sincerely\n\n{TCH.tfull}\nHead of Year 9",
        "Probation Service\n\n{DATE}\n\n{P.full}\n{P.address}\n\nDear {P.first},\n\nYour first appointment\n\nYou must attend this office at {TIME} on {DATE} to begin your community order. Bring proof of your address. If you fail to attend without good reason you may be returned to court.\n\nYours sincerely\n\n{PO.hyph}\nProbation Officer",
        "Independent Chair\nDomestic Homicide Review: Adult K\n\n{DATE}\n\n{M.tfull}\n{M.address}\n{M.postcode}\n\nDear {M.title},\n\nI am sorry the agencies took so long to send what I asked for. I now have every report, and I would like to bring the chronology to you myself rather than post it. If there is anything in it you would rather hear from {S.first} first, tell me and I will wait.\n\nWarm regards\n\nIndependent Chair",
        "Crown Prosecution Service\nVictim Liaison Unit\n\n{DATE}\n\n{S.full}\n{S.address}\n\nDear {S.title},\n\nR v {P.surname}\n\nYou asked why the strangulation of your sister in March was not charged at the time. The police did not refer that offence to us. Had it been referred, we would have considered whether to prosecute without her evidence. I am sorry that this did not happen.\n\nYours sincerely\n\nDistrict Crown Prosecutor",
        "From: talkingtherapies.admin@nhs.example\nTo: {V.email}\nDate: {DATE} {TIME}\nSubject: Please opt in to your assessment\n\nDear {V.first},\n\nThank you for referring yourself. Please reply or call us within 14 days to book an assessment, or we will let your GP, {GP.tfull}, know that you have been discharged.\n\nKind regards\nAdmin Team\nTalking Therapies",
        "HMP\n\n{DATE}\n\nTo the Chair,\n\nYou say you want lessons. Here's one. The bank lent to her not me, the brewery chased her not me, and the council put the rates in her name. Everybody treated that place as hers. Ask them why. I loved my wife.\n\n{P.full}",
        "From: {NB.email}\nTo: {PC.email}\nDate: {DATE} {TIME}\nSubject: next door again\n\nDear {PC.title},\n\nYou said to email you direct if he came back. He's been back in since Tuesday, his car {P.vrm} is on the front every night, and I heard her crying through the wall at two this morning. Please don't let her know it came from me.\n\n{NB.first}\n{NB.phone}",
        "From: {FR.email}\nTo: {S.email}\nDate: {DATE} {TIME}\nSubject: ur sister\n\n{S.first},\n\nI'm not one for interfering and she won't thank me. But he's had the card off her again, and her wages from {CAREHOME} have gone straight in the business account since November. She hasn't got bus fare. Can you or your mam do something?\n\n{FR.full}",
        "Solicitors\n\n{DATE}\n\nPrivate and confidential: to be collected\n{V.full}\n\nDear {V.first},\n\nDissolution of partnership\n\nFurther to our meeting, we enclose a draft notice. Please do not serve it, or discuss it at home, until you have spoken to the police or to your IDVA about your safety. We can hold this letter at our office for you to collect.\n\nYours sincerely\n\nSolicitors",
    ],
    "texts_intro": [
        "From the download of {V.poss} handset, {V.phone}, for {CRIME}: SMS and WhatsApp as the analyst exported them:",
        "Instagram DMs, {S.first} to {V.first} and back, which {S.full} saved as screenshots for {PC.officer}:",
        "From {P.poss} phone ({P.phone}), occurrence {OCC}, including messages he sent from his wife's WhatsApp on his own handset:",
        "Facebook Messenger, {FR.full} and {V.full}, printed out by {FR.first} for the family:",
        "The family WhatsApp group, '{M.capsfirst} and the girls'; {S.tfull} read it aloud at panel 4:",
    ],
    "texts": [
        "{P.lower}: wheres the float gone. 200 in the tin last nite now its 140. explain 😡",
        "{V.lower}: paid the laundry {P.lnick}. receipts r on the side",
        "{P.lower}: u dont pay owt without askin me. how many times",
        "{V.lower}: i know. sorry. ill ask next time x",
        "{S.lower}: u ok? mam says u sounded proper croaky on the phone 😟",
        "{V.lower}: just a cold {S.lower}. 3 coach parties in, no time to be poorly 🤧",
        "{S.lower}: thats no cold {V.lnick} n u know it. i saw ur neck sunday",
        "{V.lower}: leave it our kid pls. not on here, he reads everythin",
        "{M.lower}: {V.lower} love can u come for ur tea sunday. done a hotpot 🍲",
        "{V.lower}: cant mam its changeover. he's got the car n the card 😔",
        "{M.lower}: ill send u a tenner for the bus. dont tell him love x",
        "{FR.lower}: room 6 left the bath runnin again 🙄 ceilings drippin in the breakfast room",
        "{V.lower}: oh for gods sake. dont tell {P.lower} how long its been or ill never hear the end",
        "{FR.lower}: lips sealed cock 🤐 u ok tho? heard him last nite thru the floor",
        "{V.lower}: im fine {FR.lnick}. seasons nearly done. itll calm down when its quiet",
        "{P.lower}: on the front. send us the pin for ur card, machine wont take mine 🎰",
        "{V.lower}: u promised no arcades this week. rates r due friday",
        "{P.lower}: dont tell me wot i promised. pin. now.",
        "{C.lower}: mum r u ok. heard banging. im in my room like u said 😢",
        "{V.lower}: im ok {C.lnick}. lock ur door n get under the duvet wi ur music on. love u loads ❤️",
        "{C.lower}: can i go to nanas tmrw after school pls",
        "{NB.lower}: {V.lower} love, {NB.lower} here. was that u bangin about at 2? knock if u need me 😬",
        "{V.lower}: sorry {NB.lower}, guests kicked off. all sorted. sorry if it woke u",
        "{IDVA.lower}: hi its ur dentist 🦷 is ur appointment still ok? reply y or n",
        "{V.lower}: y. 10 til 11 only pls. thx",
        "{P.lower}: whos this dentist then. u aint got a dentist 🤔",
        "{P.lower}: 28 days. ur sister n that nosy mare next door must be made up 🖕",
        "{S.lower}: hes not back in is he {V.lower}? the orders only just run out",
        "{V.lower}: hes doin the bar. just the bar. i cant do it all on me own {S.lower} 😞",
        "{EX.lower}: u wont know me. im {EX.lower}. police said theyd told u. im sorry. if u ever want to talk 💔",
        "{V.lower}: he says u made it all up",
        "{EX.lower}: he said that bout the one before me n all x",
        "{FR.lower}: last coach gone 🚌👋 survived another one!! drink at ours?",
        "{V.lower}: cant tonite. telling him tonite. if i dont text by 10 ring me mam 🙏",
        "{M.lower}: {V.lower} text me back love. its gone 11 😰",
        "{S.lower}: {V.lnick} answer ur phone. im gettin in the car now 😭",
        "{FR.lower}: saw ur insta, lights on the prom r mint this yr 💡 u look dead nice",
        "{V.lower}: ta cock. he took that one. had me phone off me after 😶",
    ],
}
