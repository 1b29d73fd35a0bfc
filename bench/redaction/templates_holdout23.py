# ruff: noqa: E501
"""The twenty-third holdout pool (``holdout23``), with its own names (names_holdout23.py)
and sentences. Written blind for issue 13 by someone who had not read the redaction
engine, its rules, its documentation or its results on any pool. No engine change was
checked against it before its first figures were reported.

Set in Cumbria and Furness (the shipyard town, the market towns, the fells and the farms
between them), though no place is written literally: every town, street, estate, block,
pub, workplace, school, surgery and care home comes from the generator's placeholders
({TOWN}, {PUB}, {WORK}, {SCHOOL}, {SURGERY}, {CAREHOME}, the cast's addresses and
postcodes), so that the gold knows every place. The victim, a senior care assistant in
her twenties and the mother of two young children, was shot dead on a fell road as she
drove home from a late shift at the care home, eleven months after she left her former
partner, a welder employed by a contractor at the shipyard ({WORK}). He had tracked her
car with a GPS tag, breached a non-molestation order again and again, and used the
Saturday child contact handovers in a supermarket car park, which a child arrangements
order required, to reach her. Behind it: a tied cottage on the farm where his brother is
the tenant, no buses and one road home over the fell; a shotgun certificate held for
vermin control on the farm, a caution for harassing an earlier partner that the
firearms enquiry officer called 'historic', a review of the certificate after the
non-molestation order in which the guns were lodged with his brother and then given
back; the family court (a Cafcass safeguarding letter, Practice Direction 12J, a
consent order with handovers in a public place, an application to vary it that was
never heard); a Stalking Protection Order that an IDVA asked for and the police never
applied for; a Clare's Law disclosure; a refuge place across the county boundary that
she turned down because of her job, her mother, her grandmother and the children's
school; her mother and her sister, his brother, their two children, a colleague at the
care home and a neighbour who wrote down the times a van sat in the lane. The records:
the police (calls, DASH, the stalking screening tool, ANPR, body-worn video, the
firearms licensing unit and its enquiry officer, the homicide); the family court and
Cafcass; children's social care (a single assessment, a Child in Need plan closed when
she left); the GP practice (a firearms reminder on his record, her disclosures on hers)
and the health visitor; the care home (its rota, its visitors' book, HR, supervision,
the registered manager's email); the IDVA service, its safety plan and its refuge offer;
MARAC minutes; the housing association (a homelessness application, a sanctuary scheme,
a transfer refused for want of a crime number); the shipyard contractor's HR, gatehouse
and occupational health; the school (Operation Encompass, CPOMS); maternity, the
emergency department, mental health liaison, the ambulance service, the pathologist and
the coroner (a Regulation 28 report); the CPS and the trial (murder and a firearms
offence, life with a minimum term); probation (a pre-sentence report and a community
order for the breach, then the Victim Contact Scheme). The review's own documents: terms
of reference, panel minutes with Present: and Apologies: lists, a chronology in rows and
pipe tables, an action plan and recommendations, letters with headings and sign-offs,
emails with From:/To: headers and signature blocks, and WhatsApp, SMS, Snapchat and
Facebook messages in lower case with textspeak, emoji and some Cumbrian dialect (marra,
laal, yam, gan, lug, ratch, nowt, owt, hoo ista, dinnet, bairns, bait, tatie pot).

The victim, her mother, her sister, the colleague (a senior carer at the same home) and
the perpetrator's earlier partner are 'she'; the perpetrator is 'he'; the children, the
neighbour and the professionals are given no pronoun and no title is written before a
child's name. The generator has one child, no grandmother and no brother to cast, so
the younger child (Child Y), the victim's grandmother (the nana) and the perpetrator's
brother (Adult W) are never named, only described; nor are the family court adviser,
the care home's manager, the midwives or the farm. Names appear whole, alone, as first
names, surnames and nicknames, with titles (for the family and the professionals), as
initials, in capitals, in lower case (in messages and in a care home visitors' book),
as possessives, in pipe tables and chronology rows, in headers (From:, To:, Cc:,
Present:, Apologies:), in signature blocks, as vocatives, in quoted speech and broken
across lines. Decoys: agencies, courts, legislation and schemes (Cafcass, the Family
Court, the Crown Court, the Parole Board, the firearms licensing unit, the Police
National Computer, children's social care, the Family Law Act 1996, the Children Act
1989, Practice Direction 12J, the Firearms Act 1968, the Stalking Protection Act 2019,
the Protection from Harassment Act 1997, the Domestic Abuse Act 2021, Regulation 28, the
Domestic Violence Disclosure Scheme and Clare's Law, Operation Encompass, Child in Need,
Building Better Relationships, the Victim Contact Scheme), pseudonyms (Adult T, Adult U,
Adult W, Child X, Child Y), acronyms (MARAC, DASH, IDVA, SPO, NMO, CAO, FLU, ANPR, GPS,
CPS, SIO, HV, ED, EAP, HR, DSL, CPOMS, OASys, TA), medicines and brands
(sertraline, co-codamol, naproxen, mirtazapine, paracetamol, Microgynon, folic acid,
Calpol), technology words (WhatsApp, Snapchat, Snap Map, Facebook, Messenger, Teams,
AirTag), family words (mam, mammy, nana, our kid, bairns, the missus, marra), capitalised
ordinary words at sentence starts and in headings (Hope, Frank, Will, Bramble, Mummy, Daddy),
days and months.
"""

from __future__ import annotations

HOLDOUT23: dict[str, list[str]] = {
    "heading": [
        "PRIMARY CARE AND HEALTH VISITING AT {SURGERY}: {V.caps}, HER TWO CHILDREN, AND THE FIREARMS REMINDER ON THE RECORD OF {P.caps}",
        "A tag under the wheel arch, a certificate kept for the farm and an order broken in a car park: the police record of {P.full}, occurrence {OCC}",
        "THE REVIEW'S OWN PAPERS ON ADULT T ({V.capsfirst}): WHAT IT WAS ASKED, WHO SAT ON IT, WHAT MARAC RECORDED, HER LAST YEAR IN ROWS, AND WHAT MUST NOW CHANGE",
        "Rotas, a visitors' book, a gatehouse and a school office: what {CAREHOME}, the shipyard contractor {WORK}, the housing association and {SCHOOL} knew of {V.full} and {C.full}",
        "THE FAMILY COURT, CAFCASS, THE IDVA SERVICE, THE CROWN PROSECUTION SERVICE AND PROBATION: {P.caps}, CRIME {CRIME}",
        "Midwives, ED doctors, paramedics, the pathologist and HM Coroner: the health records of {V.full}, born {V.dob}, NHS number {V.nhs}",
        "IN THEIR OWN WORDS: {M.caps}, HER MOTHER; {S.caps}, HER SISTER; {FR.caps}, WHO WORKED THE SAME LATES; AND {NB.caps}, WHO KEPT A CALENDAR",
    ],
    "gp": [
        "Registration at {SURGERY}, {DATE}: {V.full}, born {V.dob}, NHS {V.nhs}, of {V.address}, {TOWN} {V.postcode}, with both children, in the week she moved out of the tied cottage.",
        "On {DATE} the practice received the police letter saying that {P.full} had been granted a shotgun certificate. A firearms reminder was coded on his record; nothing was added to hers.",
        "{GP.tfull}, consultation, {DATE}: 'Tearful, not sleeping since the split. Ex keeps turning up at handovers. Feels watched.' Sertraline 50 mg started. No question was asked about his access to guns.",
        "The practice's IMR: 'Both adults were on our list. The firearms reminder sat in his notes and her disclosures sat in hers, and nothing on the screen gave any clinician a reason to open both.'",
        "{GP.title}, to the panel: 'She told me he'd been following her car. I typed \"harassment by ex, advised police\". I knew he shot on the farm. I never put those two things side by side.'",
        "New-birth visit, {DATE}, by the health visitor {NUR.full}: baby feeding well, mother's mood 'flat'. The routine enquiry was not made because {P.first} was in the next room boiling the kettle.",
        "{NUR.title}, the health visitor, at the eight-week review: '{V.first} asked me, out by my car, whether I'd ever heard of a man putting a tracker on a car. She laughed it away before I could answer.'",
        "Health visiting record, {DATE}: 'Mum now living in {TOWN} with both children. Address not to be disclosed to ex-partner; alert added.' The alert reached the GP record eleven days later.",
        "Summary | {V.caps} | NHS {V.nhs} | alerts: domestic abuse, added {DATE} | consultations in 12 months: 7 | medicines: sertraline, Microgynon, folic acid | next of kin: {M.full}, mother",
        "{P.poss} own notes at the same practice: the firearms reminder; noise-induced hearing loss from the yard; two consultations headed 'stress, relationship ended'; and on {DATE}, 'can't see a way forward'.",
        "The statutory firearms guidance asks a GP to tell the police when a certificate holder's health changes. {GP.full} saw {P.first} on {DATE} for low mood and anger and did not think of it: 'The reminder was a pop-up I had clicked past a hundred times.'",
        "A firearms licensing unit letter of {DATE} asked whether anything in the record of {P.hyph} gave cause for concern. A receptionist answered it on the pro forma: 'no relevant medical history'.",
        "Telephone consultation, {DATE} {TIME}: {V.title} rang on her break from the car park at {CAREHOME}. 'Shaking, can't eat, he was at the supermarket again.' Advised to ring the police. Six minutes.",
        "An online request for co-codamol came from {V.email} on {DATE}. {GP.initial} declined it and booked a review, noting 'wrist pain, says from hoisting residents at work'.",
        "Practice nurse, {DATE}: cervical screening for {V.full}. Bruises on both inner arms noted; free text, 'care worker, says residents grab'. Nothing further was asked.",
        "Child health record for {C.full}, DOB {C.dob}: immunisations complete, speech and language referral made, one appointment cancelled by a man who gave the child's date of birth and said he was the dad.",
        "Health visitor's note, {DATE}: '{V.nick}, as she likes to be called, says the ex hid a tracker on her car. Police aware. Safety planning discussed; declines IDVA for now: \"I've enough folk ringing me.\"'",
        "The practice safeguarding lead, {GP.tfull}, wrote the IMR over three weekends and told the Chair: 'We had a woman saying she was being stalked and a man holding a shotgun, on the same list, under the same roof.'",
        "Chronology row | {DATE} | GP | low mood, 'watched' | {DATE} | HV | tracker disclosed | {DATE} | GP, {P.initial} | anger, stress | {DATE} | firearms letter | 'no relevant history' | {DATE} | GP | wrist",
        "Scanned on {DATE}: the family court asked the practice for a letter about the mother's mental health. {GP.title} wrote that {V.first} was 'a capable mother under considerable strain from her former partner's behaviour'.",
        "Postnatal check, {DATE}: '{V.first} says she has left him and is at her mam's while she waits for a flat. Feels safer.' Contraception discussed. It is the last entry that records her as feeling safe.",
        "Handover from health visiting to the school nurse for {C.first}: 'Domestic abuse, parents now separated, non-molestation order, Child in Need closed.' The school nurse filed it without speaking to anyone.",
        "The health visiting service's IMR: 'Every contact we had was in the family home. Until she left, the family home was his, and so was every kitchen table we sat at.'",
        "A MARAC notification about {V.full} arrived on {DATE} and was flagged on her notes. It was not copied to the record of {P.full}, so the GP who saw him the following week had no warning at all.",
        "{GP.full}, to the review: 'Frank is how I'd describe her. She said it straight out: \"He'll not stop, doctor. The gun's at his brother's, but he's only to ask for it.\"'",
        "Out-of-hours record, {DATE} {TIME}: the younger child, Child Y, seen with a fever; mother 'jumpy, keeps watching the door'. Discharged with Calpol and advice.",
        "Since the homicide the practice has written to every certificate holder on its list about the firearms guidance, and a domestic abuse prompt now opens whenever the firearms code is on a record.",
        "Health visitor {NUR.broken} wrote on {DATE}: 'Mum asks whether the order stops him coming to the supermarket. Advised to ask the IDVA or her solicitor.'",
    ],
    "police": [
        "Call, {DATE} {TIME}, occurrence {OCC}: {V.full} rings from the fell road above the cottage; her partner has the car keys and will not let her leave with the children. {PC.officer} attended. Words of advice; no offence recorded.",
        "DASH, {DATE}, completed by {PC2.full}: fourteen yes answers, medium. Beside 'Does he have access to weapons?' the officer wrote 'shotgun for farm, cabinet locked'. Nothing went to the firearms licensing unit.",
        "Stalking screening tool, {DATE}, after {V.title} found a GPS tag taped inside the rear wheel arch of her car, {V.vrm}: eight of eleven answered yes. Supervisor: 'Ex-partners, contact with children ongoing. Advice re checking vehicle.'",
        "{PC.title}, who took the tracker report, for the IMR: 'The car was on finance in his name. I honestly thought, can you stalk somebody with your own car? I know the answer now.'",
        "Firearms licensing unit, review of the shotgun certificate of {P.full}, DOB {P.dob}, opened on {DATE} after a non-molestation order was served: 'Shotguns lodged with brother (Adult W), himself a certificate holder, pending review.'",
        "Outcome of the firearms review, {DATE}: 'Certificate retained. Order made without findings. Guns needed for vermin control on the family farm. No convictions.' The decision-maker never opened the DASH or the stalking screening.",
        "Breach of a non-molestation order, crime {CRIME}, {DATE}: {P.first} walked up to {V.first} in the supermarket car park after the handover and followed her car to the exit barrier. Filed as 'contact allowed by the order for child arrangements'.",
        "Clare's Law: on {DATE}, under the Domestic Violence Disclosure Scheme, {PC2.officer} told {V.title} in person that her former partner had been cautioned for harassing an earlier partner, {EX.full}.",
        "{EX.full} had reported on {DATE} a stream of messages, waiting outside her work, and a dead crow left on her bonnet. {P.surname} accepted a caution under the Protection from Harassment Act 1997.",
        "That caution was on the Police National Computer when the shotgun certificate was first granted under the Firearms Act 1968. The firearms enquiry officer wrote beside it: 'historic, minor, ex-partner, no violence'.",
        "Stalking Protection Order: the review found no record that one was ever considered. The Stalking Protection Act 2019 had been in force for more than a year, and the force had applied for two in all.",
        "ANPR, {MAYDATE} to the end of that month: the van driven by {P.surname} was read on the fell road on eleven nights, each within twenty minutes of {V.poss} late shift ending.",
        "Call, {DATE} {TIME}, from {NB.full} of {NB.address}: 'That lad's van is at the end of the lane again, lights off.' Logged as a suspicious vehicle; no check against the non-molestation order.",
        "Occurrences | {OCC} | cottage, keys taken | advice | {DATE} | tag on car | no offence | {CRIME} | NMO breach, car park | NFA | {DATE} | van in lane | no trace | {DATE} | fell road | homicide",
        "Body-worn video, {DATE}, at the farm gate: {P.first} says, 'I'm them bairns' dad. I'm allowed to see my bairns, it's in the order,' and hands the officers the child arrangements order from the cab of the van.",
        "Statement of {V.full}, {DATE}: 'When I found the tag I just sat in the car and shook. I'd changed my number twice and moved town, and all that time he could see exactly where I was.'",
        "Control room log, {DATE} {TIME}: a motorist reports a car in the ditch on the fell road with a woman hurt inside. Armed officers deployed at {TIME}, after the first ambulance crew described shotgun wounds.",
        "Arrest, {DATE}: {P.caps} was found in the lambing shed on his brother's farm and arrested by armed officers without a struggle. The shotgun was in the cab of his van and the cabinet key in his jacket.",
        "Front sheet of the murder file: victim {V.caps}, 27; suspect {P.caps}, NI {P.ni}; offences murder and possession of a firearm with intent to endanger life; SIO {PC.tfull}.",
        "The police IMR: 'The firearms licensing unit and the domestic abuse team sat on the same floor and worked on different systems. Nobody was ever asked to look at both.'",
        "{PC2.title}, who served the non-molestation order: 'He read it on the step and said, \"Good luck keeping me off a car park.\" I wrote that in my notebook. I don't know that anyone ever read it.'",
        "Phone download, exhibit for {CRIME}: the tracker app on the suspect's phone, {P.phone}, logged 4,113 positions for {V.poss} car in nine months, the last at {TIME} on the night she was killed.",
        "A second tracker, an AirTag, was found after the homicide clipped under the pushchair frame in her boot. After the first one, nobody had thought to search the car again.",
        "Interview, {DATE}: {P.surname} waited an hour before asking for the duty solicitor, who read out a short statement for him ('I only went to talk to her. The gun was for the foxes. It went off.'). He answered no other question.",
        "{PC.full}, firearms enquiry officer, for the IMR: 'I went out to the farm twice. The cabinet was bolted to the wall and the brother was very sensible about it all. Nobody asked me to think about her.'",
        "Call, {DATE}, from {M.full}: her daughter's ex has rung the care home three times to ask when her shift finishes. The call handler suggested asking the employer 'not to give out rotas'.",
        "Supervisor's review of the stalking screening, {DATE}: 'SPO?' pencilled in the margin and initialled. No action was allocated and the occurrence was filed.",
        "Of the seven police contacts before the homicide, {PC.officer} dealt with four and {PC2.officer} with three. The force's stalking course had reached neither of them.",
    ],
    "marac": [
        "Terms of reference, agreed {DATE}: the review covers {V.full} and {P.full} from the birth of their first child to the sentence, and asks how agencies weighed the stalking, the use of child contact and his access to shotguns.",
        "First sitting of the panel, {DATE}, {TOWN}. Present: {PC2.tfull} (police), {GP.tfull} (designated GP), {SW.full} (children's social care), {IDVA.full} (IDVA service) and the housing association's safeguarding lead, with the Independent Chair presiding. Apologies: {PO.full}; the shipyard contractor.",
        "Apologies: {NUR.tfull}, health visiting; Cafcass, which sent a written summary instead; the care home's registered manager. In attendance: a specialist adviser on stalking.",
        "Terms of reference, question 3: 'When the firearms licensing unit reviewed the shotgun certificate, what did it know about the abuse and the stalking, and what ought it to have known?'",
        "Terms of reference, question 5: 'Did the child arrangements order, and the handovers it set, give the perpetrator a route to the victim that any agency could and should have closed, and were the children heard as victims in their own right under the Domestic Abuse Act 2021?'",
        "MARAC minutes (extract), {DATE}: case 7, {V.initial}, referred by the IDVA; 'stalking escalating, tracker on car, firearms in the family'. Actions: police to review firearms (owner {PC.title}); housing to fit a sanctuary scheme; children's social care to be told.",
        "MARAC minutes, {DATE}, case 7 returned: 'Firearms review completed, certificate retained.' No agency asked what the review had been shown. The case was closed to MARAC at that meeting.",
        "Home Office notification, {DATE}: Adult T, female, 27, care worker, killed on a fell road; Adult U, her former partner, 31, welder, charged with murder. Also in the review: Adult W, his brother; Child X and Child Y, their children.",
        "Minute 2.4: {SW.title} told the panel that the Child in Need plan (section 17 of the Children Act 1989) was closed on {DATE} because the parents had separated and an order was in place, and that nobody recorded who would do the handovers.",
        "Minute 3.1: the Chair asked every agency whether it had known about the shotguns. Six of the nine had a note of them somewhere; not one had written them into a risk assessment.",
        "Chronology | {DATE} | police | DASH, medium, 'shotgun locked' | {DATE} | HV | tracker disclosed | {DATE} | FLU | certificate retained | {DATE} | court | CAO, handovers at car park | {DATE} | police | NMO breach, NFA | {DATE} | homicide",
        "Action plan | 1 | police: a DASH that mentions any firearm goes to the licensing unit the same day | by {DATE} | 2 | family court and Cafcass: the place of every handover to be risk assessed | by {DATE} | 3 | MARAC: SPO a standing question for stalking cases | by {DATE}",
        "Third panel, held over Teams, {DATE}. Present: the Chair, {IDVA.title}, {SW.tfull}, {PC.full} and {NUR.title}. Apologies: {GP.full} and {TCH.full}. A page of notes on why the certificate was kept came in advance from {PC2.initial}.",
        "Minute 4.2: item 3 was taken with {M.full} and {S.full} in the room. {M.first} said the pseudonym made her daughter sound like a case file and asked the panel to say {V.nick}, as the residents at the home did; the panel agreed, in its own meetings only.",
        "Chair's analysis, 5.3: 'Every protective order in this case had a hole in it the shape of a car park. The order that kept him away from her also told her where to meet him, every other Saturday, with the children.'",
        "Recommendation 2: the chief officer should make sure that every grant, renewal or review of a shotgun certificate includes a search of all domestic abuse and stalking records about the holder and any partner or former partner.",
        "Recommendation 6: Cafcass and the family court should not approve handovers in a public place without asking whether the place itself puts the parent at risk.",
        "Learning point 2: a tracker on a car is stalking whoever's name is on the finance agreement. Here, ownership of the car was allowed to decide whether a crime had been committed at all.",
        "Draft circulated {DATE}. {S.tfull} asked that one line stay word for word: 'She moved town, changed her number and turned down a refuge so the bairns could keep their school, and he still knew where she was to the yard.'",
        "The Chair wrote to {P.full} in prison on {DATE} inviting him to take part. His reply ran to three pages, mostly about the farm and his dog, and did not mention the children.",
        "Fifth panel, {DATE}. Present: the Chair; {PO.tfull}; {IDVA.full}; {NUR.full}; {SW.full}. Apologies: {PC2.full}; {GP.title}. The draft minutes went to {M.first} and {S.first} before any agency saw them.",
        "Scope: IMRs from the police (firearms licensing included), the practice, health visiting, children's social care, Cafcass, the IDVA service, the housing association, the care home, the shipyard contractor, the ambulance service, the hospital trust and probation; short reports from the school and the refuge.",
        "Minute 6.1: the IDVA service said that a refuge place across the county boundary was offered on {DATE} and declined that afternoon, because it meant giving up her job, her mam and nana and the children's school.",
        "Learning point 5: turning down a refuge is not turning down help. Each agency that wrote 'declined refuge' went on to treat her as lower risk.",
        "Contact with the family, as logged: a first letter to {M.tfull} on {DATE}; a home visit with {S.first} on {DATE}; the nana, at her bungalow and with {M.first} holding her hand, on {DATE}; and the whole draft read aloud to the three of them on {DATE}.",
        "A note on language, agreed at panel 2: agencies were asked to stop writing 'handover dispute', 'mutual hostility' or 'ex-partner issues' for what this review calls stalking.",
        "Will the farm be named? The Chair's answer, minuted at panel 6: no place is named, but the report says plainly that the guns were kept for a farm and that the farm was his brother's.",
        "Home Office annex: the victim's home at the time, postcode district {V.pcpart}; the farm in a different district; the handovers in a third. The MARAC never had all three on one page.",
    ],
    "school": [
        "{CAREHOME}, HR file: {V.full}, senior care assistant, started {DATE}, NI {V.ni}. Emergency contact changed on {DATE} from {P.full} to {M.full}, at her own request.",
        "Rota, week beginning {DATE}: {V.first} on lates, 14:00 to 22:00, four nights. Each week the rota was photographed into a staff group chat, and a carer who had left but stayed in the group was a friend of {P.poss} brother.",
        "Email from the registered manager to the rota coordinator, {DATE}: 'Please take {V.first} off the printed rota in the foyer and keep her shifts out of the group. Her ex keeps ringing. If anyone asks, she doesn't work here.'",
        "Visitors' book, {CAREHOME}, {DATE}: signed in at 21:40 as '{P.lower} - to see nan'; no resident of that name. {FR.full}, on the same shift, knew him by sight and rang the nurse in charge.",
        "{FR.full}, senior carer and colleague, statement: 'He knew her breaks. He'd ring the landline at ten past seven, just when she'd be on the floor with the tea trolley.'",
        "HR note, {DATE}: {V.title} asked whether she could go onto earlies so that she could drive over the fell in daylight. Agreed for six weeks; back to lates when a colleague left.",
        "The care home's IMR: 'We had a lone-working policy for the night staff and nothing at all for a carer being followed home. We changed her rota. We never thought about her car.'",
        "Supervision record, {DATE}, signed by the deputy manager: '{V.first} tired and distracted, two medication timing errors this month (paracetamol). Says it's home stuff. EAP leaflet given.'",
        "{WORK}, HR file: {P.full}, coded welder on the shipyard contract from {DATE}; emergency contact 'brother (farm)'. Two informal warnings for leaving the yard without swiping out.",
        "Occupational health, {WORK}, {DATE}: hearing surveillance for {P.surname}, noise-induced loss, defenders to be worn at all times. Free text: 'Relationship ended, not sleeping, angry. Signposted to GP and EAP.'",
        "Gatehouse records show {P.first} badging out at 14:52 on eleven Fridays running, the afternoons before the Saturday handovers. His supervisor wrote 'family commitments' each time.",
        "The contractor's IMR: 'Our domestic abuse policy is for employees who are being harmed. Nothing in it told a manager what to do about an employee who might be the one doing the harm.'",
        "A welder who worked beside {P.surname}, interviewed by police: 'He showed us the app in the bait cabin. A laal dot going along a map. He said, that's the missus, she thinks she's clever.'",
        "HR investigation, {WORK}, {DATE}: a colleague reported {P.first} for taking a yard vehicle to the care home car park in work time. Outcome: a written warning for misuse of company property.",
        "Housing association, homelessness application, {DATE}: {V.full} and two children, fleeing abuse from a tied cottage on a farm. The tenancy of the cottage was in the farmer's name; the farmer was her ex-partner's brother.",
        "Allocation, {DATE}: a two-bedroom flat at {V.address}, {V.postcode}, in {TOWN}. Sanctuary measures (door viewer, chain, video doorbell, letterbox guard) fitted on {DATE}. Her bids had been limited to areas outside {P.pcpart}, the farm's district.",
        "Housing officer's visit, {DATE}: '{V.first} says the ex knows the flat. Note left on her windscreen in the car park behind the block. Asks for a management transfer.' Refused: no police reference given.",
        "The housing association's IMR: 'Our transfer policy wanted a crime number. The police had recorded the tracker as no offence, so she had no crime number to give us.'",
        "{SCHOOL}, safeguarding record for {C.full}, DOB {C.dob}: Operation Encompass notice {DATE}; parents separated; non-molestation order; father not to collect without notice. Entered by {TCH.full}, designated safeguarding lead.",
        "CPOMS, {DATE}: '{C.first} tells the TA that Daddy knows where Mummy goes \"because of his phone\". Logged; mum told.' {TCH.title} emailed the social worker, whose case had closed that week.",
        "{TCH.initial}, DSL, for the IMR: 'We knew the handovers were at the supermarket. We hadn't pictured the children climbing out of one car and into another while their mam and dad stood ten feet apart.'",
        "Attendance for {C.caps}: 88.4%, most absences on the Mondays after a contact weekend. Letters home went to the flat; the father asked for copies at {P.email}, and the office sent them.",
        "School office log, {DATE} 15:05: a man asks at reception whether {C.first} is at after-school club tonight and who is collecting. Told that cannot be shared; his van stayed outside until 15:40.",
        "Chronology row | {DATE} | care home | ex rings for rota | {DATE} | yard | app shown in bait cabin | {DATE} | housing | note on windscreen | {DATE} | school | 'Daddy knows where Mummy goes' | {DATE} | HR | yard vehicle at care home",
        "{FR.first}, for the care home's IMR: 'After lates two of us walked her out to her car with torches. Then she drove off up the fell on her own, and that was the bit none of us could help with.'",
        "Occupational health, {CAREHOME}, {DATE}: back strain; '{V.first} asks whether her address can be kept off the payroll system'. Payroll replied that it could not.",
        "Children's social care, single assessment, {DATE}, by {SW.full}: 'Father calm and reasonable. Mother anxious. Both parents want the best for the children.' The shotguns are not mentioned.",
        "{SW.tfull}, to the review: 'He sat in the farm kitchen turning his cap in his hands, and I thought, here's a man who's lost his family. I never asked where the gun cabinet was.'",
    ],
    "probation": [
        "Cafcass safeguarding letter, {DATE}: police checks show a DASH, a caution for harassing an earlier partner and a non-molestation order; local authority checks show a closed Child in Need plan. 'Risk to the mother at handover should be considered.'",
        "Child arrangements order, {DATE}, by consent at the first hearing: the children to live with their mother and spend alternate weekends with their father; handovers at the supermarket car park in {TOWN}, 10:00 on Saturdays.",
        "The order refers to Practice Direction 12J, but no fact-finding hearing was held. The mother's solicitor told the review that she agreed to the car park 'because the other choice was his brother's farm'.",
        "Non-molestation order, Family Law Act 1996, made without notice on {DATE}: the respondent, {P.full}, is not to contact the applicant 'save through a third party or as needed for arrangements for the children'.",
        "IDVA service case notes, {DATE}: {IDVA.full} met {V.first} at the care home on her break. 'Stalking, tracker, breaches at handover, shotguns in the family.' DASH 18; MARAC referral made the same day.",
        "{IDVA.full}, statement: 'I asked the police to apply for a Stalking Protection Order. I was told they were \"more for stranger cases\". I should have put that in writing, and I didn't.'",
        "Refuge offer, {DATE}: a place across the county boundary for her and both children, available that night. Declined: 'my job, my mam, my nana's poorly, the school, and he'd still have his contact'.",
        "Safety plan for {V.full}, agreed with the IDVA on {DATE}: 'Check car and pushchair for devices. Snap Map off. Vary the route. Code word to mam: Bramble. {M.first} at every handover. Mobile {V.phone} given to family and work only.'",
        "IDVA note, {DATE}: '{V.nick} says the handovers are the worst of it. Not a word in front of the kids, then forty Snapchats before she's out of the car park.'",
        "Application to vary the child arrangements order, {DATE}: the mother asked for handovers at a contact centre. It was listed eleven weeks ahead; she was killed nine weeks after issuing it.",
        "Pre-sentence report on {P.full}, breach of a non-molestation order, {DATE}, by {PO.full}: 'Minimises. Blames the victim for \"keeping me from my kids\". OASys: high risk of serious harm to a known adult.'",
        "Community order, {DATE}: twelve months, with a rehabilitation activity requirement and Building Better Relationships. Nobody told the firearms licensing unit of the conviction, and nobody had told the court about the shotguns.",
        "{PO.sposs} supervision note, {DATE}: '{P.first} says the guns are at his brother's and he doesn't need a gun to see his kids. I took it as reassurance. It was an answer to a question I hadn't asked.'",
        "Probation's IMR: 'OASys asks about access to weapons. The officer wrote \"shotgun, farm, lodged with brother\" and scored it as protective, because the gun was not at his address.'",
        "CPS charging advice, {DATE}: {P.full}, murder, and possession of a firearm with intent to endanger life. At trial the defence ran loss of control; the jury rejected it.",
        "Sentencing remarks, {DATE}: '{P.full}, you tracked her car for the best part of a year, you used the handovers of your own children to get near her, and you took a loaded shotgun onto that fell road with a plan.'",
        "Life imprisonment, minimum term thirty-one years, imposed at the Crown Court on {DATE}. The judge began from the thirty-year starting point for a murder with a firearm and raised it for the stalking.",
        "Exhibit list, R v {P.surname}: 3, GPS tag in a magnetic case; 6, phone, {P.phone}; 9, over-and-under shotgun, with the certificate; 14, screenshots of the care home rota; 21, the child arrangements order, folded in four.",
        "{DATE}: {PO.tfull}, the victim liaison officer, sat with {M.full} and {S.full} at the kitchen table and went through what a life sentence means: {P.first} cannot be considered for release before the last day of the minimum term, and then only by the Parole Board.",
        "Victim personal statement of {M.full}, read by {S.first}: 'I stood next to her in that car park. I watched him smile at the bairns and then look at her over their heads. I knew that look.'",
        "{EX.full}, the defendant's earlier partner, in evidence: 'He put a tracker on my car as well, an old one you had to charge. The police said the car had been his once, so it wasn't a crime.'",
        "Cafcass's IMR: 'The family court adviser spoke to each parent by phone. Neither call asked where the handovers would be or whether that place was safe for her.'",
        "Log kept by {M.first} for the solicitor: '{DATE}, parked by the trolleys again. {DATE}, followed us to the roundabout. {DATE}, told {C.first} to tell mammy he's watching.'",
        "The IDVA service's IMR: 'She was one of 140 open cases between three IDVAs. We were still chasing the police about an SPO when the MARAC closed her case.'",
        "Helpline record, {DATE} {TIME}: a caller who gives her name as {V.nick} asks whether a non-molestation order covers a car park. Told it depends on the wording; reminded of the IDVA she already has.",
        "Verdict, {DATE}: guilty of murder and the firearms offence, unanimously, after five hours. {P.caps} turned to the public gallery and mouthed something to his brother, and the usher moved the brother to the back row.",
        "Victim liaison file: {M.full}, {M.address}, {M.phone}; {S.full}, by email only, {S.email}. Both asked to hear of any move to open conditions and of any plan to release him to an address in the county.",
        "Leave to appeal against sentence refused on {DATE}. {PO.full} rang {M.first} before writing, because she had asked never again to get that sort of news in a letter.",
    ],
    "hospital": [
        "Emergency department, {DATE}: {V.full}, NHS {V.nhs}, burn to the left forearm, 'caught it on the iron'. Triage note: 'narrow straight burn, rounded end, unusual shape'. No enquiry was made.",
        "Maternity booking, {DATE}: routine enquiry with her partner in the room, 'No.' At 28 weeks, seen alone for two minutes: 'Not really. Sometimes.' A referral was offered and declined.",
        "Antenatal notes: {P.first} came to every appointment and asked the midwife to ring his mobile, {P.phone}, not hers, 'because she forgets'.",
        "ED, {DATE}: {V.first}, fractured right wrist, 'slipped on ice in the farmyard'. The X-ray also showed a healed fracture of the left little finger. The safeguarding question was answered 'no' with her partner at the bedside.",
        "ED liaison form to health visiting, {DATE}, about {V.full}: 'Wrist injury, two children under five, partner present, consider enquiry.' {NUR.title} received it nine days later.",
        "Ambulance service, {DATE} {TIME}: a motorist on the fell road reports 'car in the ditch, woman slumped, windscreen gone'. First crew on scene at {TIME}; police asked to attend once the crew saw shotgun wounds.",
        "Patient report form: female, late twenties, in the driver's seat of {V.vrm}; no signs of life; resuscitation not started, injuries incompatible with life; recognition of life extinct at {TIME}.",
        "The ambulance service's IMR: the crew's first duty was their own safety, and they pulled back to the lay-by until armed officers confirmed nobody else was on the fell.",
        "Post-mortem report, {DATE}: {V.caps}, 27. Cause of death, shotgun wounds to the chest and neck. Old healed fractures of the right wrist and the left fifth finger; bruises of different ages on both upper arms.",
        "On {DATE} the Senior Coroner took evidence of identity for {V.broken} and adjourned; once the trial was over the inquest was not resumed, and the coroner asked this review to say how the firearms decisions were made.",
        "Coroner's officer, {DATE}: identification by {M.full}, the mother, at the hospital mortuary. {S.first} waited in the car with the nana, who had insisted on coming and could not go in.",
        "Mental health liaison, ED, {DATE}: {P.full}, DOB {P.dob}, brought in by police after telling his supervisor he 'might as well finish it'. No acute risk; discharged to his brother. The question on access to firearms was left blank.",
        "The hospital trust's IMR: 'Our liaison form asks about access to means. A man from a farming family was discharged to a farm, and nobody asked him about guns.'",
        "Chronology row | {DATE} | ED | burn, 'iron' | {DATE} | maternity | 'sometimes' | {DATE} | ED | wrist, farmyard | {DATE} | liaison | ex-partner, 'finish it' | {DATE} | ambulance | fell road",
        "Postnatal ward, {DATE}: the baby's father asked for the mother's discharge time and new address 'so I can fetch them'. She had asked that he not be told, and he was not.",
        "Maternity safeguarding midwife, {DATE}: 'Discussed with {SW.full}; below threshold; HV to follow up.' Neither the word stalking nor the word firearm appears anywhere in the maternity record.",
        "Ambulance, {DATE} {TIME}, called by {NB.full} from {NB.phone}: a young woman at the door of the next flat, panic attack after finding a note on her car. Treated at home, not conveyed, no safeguarding referral.",
        "Crew note from that call: 'Pt says ex knows where she lives despite moving. Very anxious. Settled with breathing.' The crew's safeguarding prompt asked only about children in the home.",
        "Emergency department, {DATE}: {C.first}, minor head injury from a fall in the supermarket car park during a handover. Triage: 'Parents arguing in the cubicle.' Security called; the father left.",
        "Paediatric liaison note on {C.full}, {DATE}: 'Head injury, accidental per mother. Parents apart, court order, tension at handovers.' Sent to the school nurse, and to health visiting for the younger child.",
        "The pathologist, for the coroner: the wounds show two discharges at close range, the second fired after the car had left the road.",
        "The ED notes of {M.full}, treated for chest pain on the night of the homicide after the police came to her door, are in the chronology with her consent, to show the hours the family waited for news.",
        "Ambulance log | {DATE} | {TIME} | panic attack, flat | not conveyed | {DATE} | {TIME} | ex-partner, mental health | police | {DATE} | {TIME} | fell road | life extinct",
        "{NUR.full}, the health visitor, statement for the coroner: 'I was at the flat two days before. She had a new tyre on the car because the old one had been let down. She laughed and said, \"Mebbe it was a nail.\"'",
        "Regulation 28 report to the chief constable, {DATE}: risk of future deaths where the firearms licensing unit is not told of domestic abuse already known to other parts of the same force.",
        "ED, {DATE}: {V.title}, scalp laceration, 'walked into a cupboard door'. Mirtazapine on her list. Referred to the hospital IDVA, who was on leave; the referral waited nine days.",
        "Sertraline, naproxen and co-codamol were on {V.poss} medication list when she died; toxicology found sertraline at a therapeutic level and nothing else.",
        "Hospital IDVA note, {DATE}: 'Rang x3, no answer. No message left, as per safety plan.' It is the last contact any health service had with {V.first} before the fell road.",
    ],
    "family": [
        "{M.full}, her mother, statement: 'She was a grand lass. Worked every hour at the home, came to ours on a Sunday, sang in the car. By the end she'd look under the car before she'd put the bairns in.'",
        "Pen portrait written by the family: '{V.nick} loved the fell in August with the heather out, chips on the harbour wall, and her residents, every one of them, by name.'",
        "{M.tfull}, statement: 'Her nana half brought her up while I did nights. Thick as thieves, them two. Her nana still lays a place for her on a Sunday.'",
        "{S.first}, in her own words: 'He was all charm to start with. Our mam thought the world of him. He mended her gate and her boiler, and then he had her spare key, and then he was in our house whenever he liked.'",
        "{FR.full}, senior carer at {CAREHOME}: 'She'd cover anybody's shift. The residents adored her. One old lady called her \"my laal nurse\" and gave her a toffee every night.'",
        "{NB.full}, neighbour, statement: 'A van used to sit at the end of the road with its lights off on Friday nights. I rang once. After that I just wrote the times on the calendar in the kitchen.'",
        "{M.first}, on the refuge: 'They offered her a place miles off. She said, \"Mam, I'd lose my job, you'd lose the bairns, and he'd still see them in the car park.\" I couldn't argue with that.'",
        "{S.full}: 'The court had her meet him in a car park every other Saturday. That was the order. They told her he couldn't come near her, and then they told her where to stand.'",
        "Impact statement read in court by {S.tfull}: 'My sister did every single thing she was told to. She left. She reported it. She got the order. She told them about the gun.'",
        "Email from {S.email} to the Chair, {DATE}: 'Mam would like you to use her name if you're allowed, and if not then {V.nick}. Adult T sounds like something off a form, and she was never that.'",
        "{C.first}, through the social worker, {DATE}, sent a drawing for the funeral: a big house with a lady at every window, and one more lady in the car park, waving.",
        "At the funeral in {TOWN} the care home staff came in their tunics and a resident's daughter read a poem. The family asked that nobody from the farm attend.",
        "{FR.first}, on the staff night out at {PUB}: 'She had the one drink. Her phone went every five minutes, Snapchat, Snapchat, Snapchat. She turned it face down and said, \"He knows I'm here anyway.\"'",
        "{M.first}, through {S.first}, {DATE}: 'Tell them she wasn't daft and she wasn't soft. She knew exactly how dangerous he was, and she told everybody. Put that in.'",
        "Family meeting, {DATE}, in {M.poss} front room. Present: {M.full}; {S.full}; the nana; the Chair; the family's advocate. The nana asked for the window open and said very little.",
        "{FR.full}: 'She said to me, \"If he ever gets that gun back I'm done.\" I said they'd never give it him back. She said, \"They never took it off him, marra. It's only at his brother's.\"'",
        "{S.first}, on their last call: 'She was on her break. She said she'd gan yam the fell way because the main road was shut. That was the last thing she ever said to me.'",
        "{NB.first}, neighbour: 'She gave the bairns their tea at five and sat on the step with a brew while they played out. She always watched the cars. Every single car.'",
        "Hope, {M.first} told the Chair, was what kept her daughter going: 'She hoped the court would sort it, she hoped the police would, she hoped he'd meet somebody else. Hope's not a safety plan.'",
        "{M.first} learned it at the hospital and not from the police. 'A nurse asked me whose mam I was. I said, \"{V.poss}.\" She went white.'",
        "{S.poss} wish for the report: that every police force looks at its list of guns whenever a woman says the word stalking, 'and not a year later, and not after a form'.",
        "{FR.full} set up a fundraising page, {V.url}, for a bench in the lay-by on the fell road; the residents gave from their pensions and it was full inside a week.",
        "{EX.first}, after the verdict: 'I told them about his tracker nine years ago. They told me to get a different car.'",
        "{S.first}, to the Chair, {DATE}: 'Ask yourself who that car park was safe for. It was safe for him. He knew to the minute where she'd be.'",
        "{M.full}, {DATE}: 'The bairns ask for their mam at bedtime. The little one thinks she's still at work on lates. I haven't had the heart yet.'",
        "{NB.full}, to the review: 'The police asked me for the calendar after. Twenty-three Friday nights, all written down. Nobody had asked before.'",
        "{EX.full}, writing to the Chair: 'He took my dog to the vet and never brought her back, just to show me he could. Please write down that it started with me and nobody joined it up.'",
        "{S.full}, on the brother: 'He kept the guns for him and had them back on the farm inside a month. He's not said a word to any of us since. Not sorry, not nothing.'",
    ],
    "letter": [
        "Firearms Licensing Unit\n\n{DATE}\n\n{P.full}\n{P.address}\n{P.postcode}\n\nDear {P.title},\n\nReview of shotgun certificate\n\nI write to confirm that, following our review, your certificate will not be revoked and your shotguns may be collected from the certificate holder who has held them for safe keeping. You must tell this unit at once of any change of address, any conviction and any court order made against you.\n\nYours sincerely\n\nFirearms Enquiry Officer",
        "From: registered.manager@carehome.example\nTo: {V.email}\nCc: {FR.email}\nDate: {DATE} {TIME}\nSubject: your shifts and your safety\n\nHi {V.first},\n\nI've taken you off the printed rota and out of the staff group. From Monday you're on earlies, and {FR.first} will walk you to your car whenever you do finish late. If he rings here again, we'll log it and pass it straight to the police.\n\nTake care\nHome Manager\n{CAREHOME}",
        "Cafcass\n\n{DATE}\n\n{V.tfull}\n{V.address}\n\nDear {V.title},\n\nRe: {C.full} and sibling\n\nI am the family court adviser allocated before the first hearing. I will ring you on the number you gave the court. If it is not safe to speak when I call, just say 'wrong number' and I will try again on another day. The father will be called separately.\n\nYours sincerely\n\nFamily Court Adviser",
        "From: {IDVA.email}\nTo: {PC.email}\nDate: {DATE} {TIME}\nSubject: request for SPO - {V.full}, MARAC case 7\n\nHi {PC.first},\n\nFurther to MARAC: I'm asking formally that the force considers applying for a Stalking Protection Order against {P.full}. He has tracked her car, rung her workplace and is using handovers to reach her. The non-molestation order does not stop any of it.\n\nThanks\n{IDVA.broken}\nIndependent Domestic Violence Adviser",
        "Housing Options\n\n{DATE}\n\n{V.full}\n{V.address}\n{V.postcode}\n\nDear {V.first},\n\nRequest for management transfer\n\nThank you for your request. The panel were unable to approve a transfer at present as no supporting crime reference was provided. If the police record an offence, please ask them for the reference number and send it to us.\n\nYours sincerely\n\nHousing Officer",
        "People Services\n{WORK}\n\n{DATE}\n\nPrivate and confidential\n{P.full}\n\nDear {P.first},\n\nOutcome of investigation\n\nHaving considered the evidence, I find that on the date in question you used a company vehicle for a personal journey during working hours. You are issued with a written warning, which will remain on file for twelve months.\n\nYours sincerely\n\nHR Business Partner",
        "Independent Chair\nDomestic Homicide Review: Adult T\n\n{DATE}\n\n{M.tfull}\n{M.address}\n\nDear {M.title},\n\nThank you for letting me come to your home with {S.first}. As we agreed, I will write to you before each panel meeting, and nothing will be published without your reading it first. I will also ask the police to give you, in writing, the reasons why the shotguns were returned.\n\nWith kind regards\n\nIndependent Chair",
        "Crown Prosecution Service\n\n{DATE}\n\n{S.full}\n{S.address}\n\nDear {S.first},\n\nR v {P.surname}\n\nYour sister's former partner now faces two charges: her murder, and having a firearm with intent to endanger life. His first appearance at the Crown Court is listed for next week. You do not need to attend; the witness care unit will ring you after every hearing and before any trial date is fixed.\n\nYours sincerely\n\nSenior Crown Prosecutor",
        "Probation Service\nVictim Contact Scheme\n\n{DATE}\n\n{M.full}\n{M.address}\n\nDear {M.first},\n\nI will be your point of contact for the whole of the time that {P.full} is in custody. You can ask for conditions to be considered about where he may live and whom he may contact, if he is ever released. I will not write about any decision without ringing you first.\n\nYours sincerely\n\n{PO.hyph}\nVictim Liaison Officer",
        "{SCHOOL}\n\n{DATE}\n\n{P.tfull}\n{P.address}\n\nDear {P.title},\n\nWe are happy to send you copies of reports and newsletters about {C.first}. We are not able to tell you the arrangements for after-school clubs or who will be collecting on any given day, and staff have been asked not to discuss this at reception.\n\nYours sincerely\n\n{TCH.tfull}\nDesignated Safeguarding Lead",
        "From: {NUR.email}\nTo: {SW.email}\nDate: {DATE} {TIME}\nSubject: {V.full} and children - tracker\n\nDear {SW.first},\n\nMum told me today that her ex-partner put a tracker on her car. She says the police know. I'm aware the Child in Need plan is closing; I'd ask that it stays open until we know the handovers are safe.\n\nKind regards\n{NUR.full}\nHealth Visitor",
        "Solicitors for the Applicant\n\n{DATE}\n\nTo the Respondent\n{P.address}\n\nDear Sir,\n\nRe: {V.hyph} and the children\n\nWe act for the mother. Our client reports that at the handover on Saturday you approached her vehicle and followed her to the exit. This is a breach of the order. Any further approach will be reported to the police without notice.\n\nYours faithfully\n\nSolicitors",
        "HMP, prisoner number withheld\n\n{DATE}\n\nDear Chair,\n\nYou want my side. I never meant any of it. I only wanted to see my bairns and she kept moving the goalposts. The gun was for the foxes. Put in that I was a good dad to {C.first} and to the little one, whatever else you write.\n\n{P.full}",
    ],
    "texts_intro": [
        "From the phone download schedule for {CRIME}: WhatsApp and SMS on {V.poss} handset, {V.phone}, in the order the analyst printed them:",
        "Snapchat messages that {S.first} saved as screenshots and handed to {PC2.officer}:",
        "From {P.poss} phone ({P.phone}), occurrence {OCC}, with the tracker app's alerts left in where they fell:",
        "The mother-and-daughter WhatsApp, {M.capsfirst} and {V.capsfirst}, read to the panel by {S.tfull}:",
        "Her Facebook Messenger thread with {FR.full}, who worked the same lates at the care home; {FR.first} saved the whole of it to a memory stick for the police, and {V.first} is the other voice:",
    ],
    "texts": [
        "{P.lower}: saw u on the bypass at 4. new coat suits u 😉",
        "{V.lower}: {P.lnick} who told u i was on the bypass. nobody knew",
        "{P.lower}: lucky guess 🤷 sat at the car park, 10 sharp, dinnet be late wi my bairns",
        "{V.lower}: the order says third party. mam's bringin them",
        "{P.lower}: ur mam can stop in the car. im not talkin to that auld witch 😡",
        "{M.lower}: hoo ista pet? did he say owt at the handover 😟",
        "{V.lower}: nowt in front of the bairns. 40 snaps after. same as ivver mam",
        "{M.lower}: come yam for ur tea after ur late. ur nana's done a tatie pot 🥘",
        "{V.lower}: cant mam, on till 10. ill gan over the fell its quicker x",
        "{S.lower}: {V.lnick} check the car again. he knew u were at the vets tues 🚗",
        "{V.lower}: ive ratched every inch {S.lower}. wheel arches n all. nowt there this time",
        "{S.lower}: then its ur phone. get our kid at the garage to have a look",
        "snapchat, {P.lower}: {TOWN} is it? proper posh for a care assistant 😂",
        "snapchat, {P.lower}: laal flat, blue door, bins round the back. canny 🙂",
        "{V.lower}: please just leave us be. im beggin u {P.lower}",
        "{FR.lower}: ur ex is in the foyer signin the book 😳 stop in the lounge, ive rung the nurse",
        "{V.lower}: oh god {FR.lnick}. how did he know im on. rotas not even up",
        "{FR.lower}: someone in the group chat marra. ill walk u out after 🔦",
        "{P.lower}: tell that gobby marra of urs at work to keep her neb out 🤬",
        "{IDVA.lower}: hiya its {IDVA.lower} from the idva service. safe to text? send a ✅ if so",
        "{V.lower}: ✅ only after 8, bairns in bed. phones mine again 🙏",
        "{IDVA.lower}: ta {V.lnick}. police are lookin at the spo. ill ring u thurs x",
        "{P.lower}: got me guns back today. farms crawlin wi foxes 🦊",
        "{V.lower}: why would u tell me that",
        "{P.lower}: just sayin. nowt for u to fret about if u behave 😇",
        "{C.lower}: mammy can i ring daddy. he says ur car is a laal dot on his phone 📱",
        "{V.lower}: not tonight {C.lnick}. love u to the moon n back 🌙",
        "{NB.lower}: hiya its {NB.lower} next door. that vans at the end of the road again, no lights 👀",
        "{V.lower}: ta {NB.lower}. rung 101. they said ring back if he gets out",
        "{EX.lower}: this is {EX.lower}. u dont know me. i was with {P.lower} before u. check ur car for a tracker pls",
        "{V.lower}: who gave u this number",
        "{EX.lower}: ur sister found me on fb. he did all this to me first. so sorry hun 💔",
        "{P.lower}: whats this about u n our kid's guns? been on to the police about me again? 🤬",
        "{V.lower}: i never. the idva asked them. im frightened {P.lnick}. i just want the bairns ok",
        "{M.lower}: {V.lower} text when ur yam. dinnet forget 😘",
        "{S.lower}: pet where r u. mam says ur not yam yet. ring me 😢😢",
        "{P.lower}: lugs open for once? 😈 watch the top road in the dark",
    ],
}
