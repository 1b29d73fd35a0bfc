# ruff: noqa: E501
"""The twenty-second holdout pool (``holdout22``), with its own names (names_holdout22.py)
and sentences. Written blind for issue 13 by someone who had not read the redaction
engine, its rules, its documentation or its results on any pool. No engine change was
checked against it before its first figures were reported.

Set on Tyneside and in Northumberland, though no place is written literally: every town,
street, estate, block, pub, depot, school, surgery and care home comes from the
generator's placeholders ({TOWN}, {PUB}, {WORK}, {SCHOOL}, {SURGERY}, {CAREHOME}, the
cast's addresses and postcodes), so that the gold knows every place. The victim, a bus
driver in his forties, was killed at home by his husband, a receptionist at the GP
practice where the victim was a patient, who had controlled him for years. As in
holdout18, the generator still casts the victim's names as a woman's and the
perpetrator's as a man's, and the perpetrator's former partner (a man here) as a woman:
the sentences keep the story's pronouns and write no title before the victim's, the
perpetrator's, the former partner's or the child's names, so nothing in the text says
which is which. Behind it: chemsex parties the husband hosted at their flat, threats to
'out' the victim (as gay and as HIV positive) to his mother and to his depot, control of
his antiretroviral medication and of his clinic and GP appointments, his phone and his
car, isolation from his sister and his friends, a husband who could read his GP record
from the front desk, and an earlier relationship in which the husband had been reported
for stalking. The couple had adopted a child (never given a pronoun); the victim's
sister knew he was gay and his mother, a care assistant, was never told. The records:
the sexual health and HIV clinic (its nurse specialist, its pharmacy, its booking system
and its letters); the GP practice (the smartcard audit, the staff file, scanned letters
filed at reception, the practice safeguarding lead); the national LGBT+ domestic abuse
helpline and an LGBT+ advocate (a DASH, a MARAC referral drafted and withdrawn); the
police (a noise call, a DASH in which the officer recorded the men as flatmates, a
welfare check, a GHB collapse, a counter-allegation, the earlier stalking report by the
husband's former partner, the Domestic Violence Disclosure Scheme, the homicide); the
bus company's HR, depot control room, occupational health and employee assistance
programme; the drug and alcohol service's chemsex clinic and its sign-in sheet; the
ambulance service and the emergency department; the housing association (a joint
tenancy, noise complaints, a lock broken from outside); the child's school (Operation
Encompass, CPOMS) and the adoption social worker; the pathologist and the coroner; the
CPS and the trial (murder, life imprisonment with a minimum term) and probation's Victim
Contact Scheme. The review's own documents: terms of reference, panel minutes with
Present: and Apologies: lists, a chronology in rows and pipe tables, an action plan and
recommendations, letters with headings and sign-offs, emails with From:/To: headers and
signature blocks, and WhatsApp, SMS and dating-app messages in lower case with
textspeak, emoji and some Geordie dialect.

The victim, the perpetrator and the former partner are 'he'; the mother, the sister and
the friend (a driver at the same depot) are 'she'; the child, the neighbour and the
professionals are given no pronoun. Names appear whole, alone, as first names, surnames
and nicknames, with titles (for the family and the professionals), as initials, in
capitals, in lower case (in messages and in a sign-in sheet), as possessives, in pipe
tables and chronology rows, in headers (From:, To:, Present:, Apologies:), in signature
blocks, as vocatives, in quoted speech and broken across lines. Decoys: agencies,
legislation and schemes (Adult Social Care, the Crown Court, the CPS, the
Parole Board, the Information Commissioner's Office, the DVLA, Galop, the
Domestic Abuse Act 2021, the Protection from Harassment Act 1997, section 76 of the
Serious Crime Act 2015, the Data Protection Act 2018, the Domestic Violence Disclosure
Scheme and Clare's Law, Operation Encompass, the Victim Contact Scheme, Group 2
licences), pseudonyms (Adult J, Adult K, Adult L, Child Q), acronyms (MARAC, DASH, IDVA,
HR, GUM, HIV, PrEP, PEP, ART, GHB, GBL, SARC, CPOMS, DSL, PCV, OH, EAP, ED, GCS, CD4, VL,
DNA, DVPN, SIO, ANPR, CPS, LGBT+), medicines and drugs (bictegravir, emtricitabine,
tenofovir alafenamide, dolutegravir, sertraline (as
Sertraline at a sentence start), mephedrone, crystal methamphetamine, G),
technology words (WhatsApp, Grindr, Teams, SystmOne, smartcard), family words (Mam, dad,
papa, our kid, pet, hinny), capitalised ordinary words at sentence starts and in
headings (Hope, Frank, Pride, Present), days and months.
"""

from __future__ import annotations

HOLDOUT22: dict[str, list[str]] = {
    "heading": [
        "{SURGERY}: THE PATIENT RECORD OF {V.caps}, THE STAFF FILE OF THE RECEPTIONIST WHO WAS HIS HUSBAND, AND THE SMARTCARD AUDIT",
        "Four calls to one flat, a DASH that said 'flatmates' and a stalking report nobody linked: the police record of {P.full} and his husband, occurrence {OCC}",
        "REVIEW PAPERS FOR ADULT J ({V.capsfirst}) OF POSTCODE DISTRICT {V.pcpart}: WHO SAT ON THE PANEL, WHAT IT ASKED, WHAT IT FOUND AND WHAT IT TOLD AGENCIES TO CHANGE",
        "Route rosters, a gatehouse, a tenancy and a classroom: the bus company's file on {V.full} at {WORK}, the housing association's records, and what {SCHOOL} knew about {C.full}",
        "{P.caps}: THE CHEMSEX CLINIC, THE LGBT+ HELPLINE AND ADVOCATE, THE STALKING REPORT, THE MURDER TRIAL AND THE LIFE SENTENCE, CRIME {CRIME}",
        "Sexual health and HIV clinic, ambulance service, emergency department, pathologist and coroner: {V.full}, born {V.dob}, NHS number {V.nhs}",
        "IN THEIR OWN WORDS: {S.caps}, HIS SISTER; {M.caps}, HIS MOTHER; {FR.caps}, WHO DROVE FROM THE SAME DEPOT; AND {EX.caps}, WHO REPORTED THE HUSBAND FIRST",
    ],
    "gp": [
        "Registration at {SURGERY}: {V.full}, DOB {V.dob}, NHS {V.nhs}, {V.address}, {TOWN} {V.postcode}. Next of kin: {P.full}, husband, who appears on the same practice's staff list as a receptionist.",
        "SystmOne smartcard audit run after the homicide: the login belonging to {P.surname} opened {V.poss} record 214 times in four years. For none of those openings was a clinical or administrative reason recorded.",
        "Demographics changed on {DATE} at {TIME}: the mobile number for appointment texts was altered from {V.phone} to {P.phone}. The audit trail names the user as reception, desk 2, logged in as the husband.",
        "{GP.tfull}, consultation, {DATE}: 'Low mood, poor sleep, has lost 6 kg. Blames the new rota. Asks that nothing about home goes on the record because his husband works here.' Sertraline 50 mg. No routine enquiry.",
        "The practice manager, for the IMR: 'Our handbook said staff must not open a relative's notes. Nobody audited it, because nobody on the team imagined a colleague would do that to his own husband.'",
        "Letters from the sexual health (GUM) clinic were scanned at reception and sent on to a GP's workflow. Between {DATE} and {DATE}, eleven letters about {V.first} were handled by one user; four were marked 'filed, no action' and reached no doctor.",
        "{GP.sposs} note, {DATE}: '{V.first} here alone for the first time in two years. Asks whether this can be an appointment \"that doesn't show on the screen at the front\". Explained that it cannot.' Nothing further was asked.",
        "The practice safeguarding lead, {GP.title}, to the panel: 'Whichever door he might have knocked on in this building, his husband was sitting behind the first one.'",
        "Medication screen, {DATE}: 'Hospital-only: dolutegravir, emtricitabine, tenofovir alafenamide. Do not prescribe in primary care.' That line was visible to anyone at the front desk who opened his record.",
        "Appointment history: seven GP appointments booked for {V.first} in a single year were cancelled by phone the afternoon before. The cancelling caller is logged each time as 'pt (spouse calling on his behalf)'.",
        "Fit note, {DATE}, 'anxiety and low mood', four weeks. It was left at reception for collection; the family believe {P.first} took it and never passed it on, and the bus company recorded the absence as unauthorised.",
        "{GP.full}, GP partner, statement: 'I knew they were married. I treated that as a reason to be careful about what I typed, and never as a reason to ask him whether he was safe at home.'",
        "Coded entry, {DATE}: 'Injury of wrist, fall from step at depot.' X-ray requested. Free text: 'Husband in the waiting room, pt keen to keep it short. Says it is nothing.'",
        "Summary card | {V.caps} | NHS {V.nhs} | alerts: none | NOK: {P.full} (husband; staff) | hospital-only drugs: ART | consultations in 3 yrs: 9 | DNAs: 14 | cancelled by phone: 17",
        "Health check, {DATE}, with the practice nurse: 'BP 152/96. Alcohol: weekends. Other substances: declines to answer. Sexual health: under clinic.' The nurse told the review that he glanced at the door before every answer.",
        "Staff file: {P.full}, receptionist, started {DATE}, DBS clear. Two informal complaints from patients about his tone on the phone. The practice knew nothing of a stalking report made against him by a former partner.",
        "Information governance breach report, completed by the practice on {DATE}: repeated unauthorised access to a spouse's clinical record; reported to the Information Commissioner's Office under the Data Protection Act 2018.",
        "Online consultation form sent from {V.email} on {DATE} at {TIME}: 'Could a doctor ring me on my work mobile and not the number on file. It is about something at home.' It was triaged at reception and closed: 'spoke to pt, no longer needed'.",
        "A locum, {DATE}: 'Pt says husband looks after his tablets and his appointments because he is \"useless with dates\". Seemed embarrassed saying so.' The word coercive appears nowhere in the primary care record.",
        "Minutes of the practice safeguarding meeting, {DATE}: 'Nil to discuss this month.' The minutes were typed by {P.first}, who typed nearly all of them that year.",
        "{GP.initial}, for the IMR: 'When a patient is married to the man who books his appointments and files his letters, the record is no longer really his. We only saw that when we read it back.'",
        "A referral to talking therapies made by {GP.title} on {DATE} was acknowledged by text to {P.phone}. The self-referral link in that text was never opened.",
        "{P.poss} own record, held at a different practice: PrEP through the sexual health clinic, two ambulance attendances for GHB, and in {DATE} a line from a police letter saying that a former partner had reported him for harassment.",
        "On {DATE} {GP.title} added a domestic abuse code to the record of {V.full} for the first time; that same morning the practice suspended the smartcard held by {P.surname} and changed every shared password.",
        "Chronology row | {DATE} | GP | low mood, weight loss | {DATE} | reception | text number changed | {DATE} | GP | wrist, 'fell at depot' | {DATE} | front desk | online form closed",
        "Printed summary for the coroner, headed {V.hyph}, {V.address}: nine pages, of which the longest entry is the list of cancelled appointments.",
        "Occupational health asked the practice on {DATE} for a report on whether {V.first} was fit to drive a bus. Reception logged the request; the reply, signed by {GP.full}, went out five weeks late and said nothing about his mood.",
        "The practice's IMR: 'We have since moved staff who are registered here, and their families, onto restricted records, and no member of staff may book for, cancel for or file letters about a relative.'",
    ],
    "police": [
        "Call, {DATE} {TIME}, occurrence {OCC}: {NB.full}, of {NB.address}, reports two men shouting in the flat above and something heavy falling. {PC.officer} attended; both said they had been 'messing about'. Logged as a verbal dispute between flatmates.",
        "DASH, {DATE}, completed by {PC2.full} in the kitchen with both men present. Relationship to the suspect: 'friends / flatmates'. Every answer no, apart from 'Are you frightened?', beside which the officer wrote 'laughed'.",
        "{PC2.title}, interviewed for the IMR: 'I saw two blokes sharing a flat. It never crossed my mind that they were married, and neither of them was going to put me right with the other one standing there.'",
        "Crime {CRIME}, stalking under the Protection from Harassment Act 1997, reported {DATE} by {EX.full}, of {EX.address}: former partner {P.full}, DOB {P.dob}, waiting outside the gym and the office, ninety messages in one day, and threats to send intimate photographs to the complainant's father.",
        "The stalking report was graded standard risk and filed after the suspect was spoken to. The relationship was entered as 'acquaintance', so no later search for {P.surname} as a domestic abuse suspect ever found it.",
        "Welfare check asked for by {S.full} on {DATE}: her brother had missed a family birthday and was not answering. {PC.officer} spoke to the husband at the door, who said {V.first} was asleep after a night shift. Closed without seeing him.",
        "999 call, {DATE} {TIME}: a man ringing from {P.phone} says his husband 'isn't breathing, he's had too much G'. Police and ambulance sent to {V.address}, {V.postcode}.",
        "Scene log: {P.caps} met officers on the landing. Injuries to the neck of {V.full} did not fit the overdose described. Arrested by {PC2.officer} on suspicion of murder at {TIME}.",
        "Occurrences disclosed | {OCC} | noise, two males | verbal only | {CRIME} | stalking (former partner) | NFA | {DATE} | welfare check | not seen | {DATE} | GHB collapse | medical | {DATE} | homicide",
        "Body-worn video, {DATE}: {P.first} is heard saying, 'He's had a bit much, officer, it's a party, we're all grown men here.' {V.first} is on the sofa, unable to stand, and says nothing on camera.",
        "Call, {DATE}: a man collapsed at a house party at {V.address}. On arrival several men, one unresponsive, GHB suspected; the others would not give names. Recorded as a medical matter with no domestic flag.",
        "Intelligence, {DATE}: 'Address used for chill-out parties at weekends, G and crystal meth supplied. Occupant known as {P.nick} believed to be the supplier.' It went to the drugs team and not to the domestic abuse unit.",
        "The force's LGBT+ liaison officers were never told of any call to the flat. {PC.title}, who attended twice, told the review the liaison role was 'for hate crime, not domestics'.",
        "Unsigned statement of {V.full}, taken on {DATE} by {PC2.officer}: 'He says if I come to you he'll ring the depot and my mam and tell them all of it, the HIV, the parties, everything.' The next morning it was withdrawn by phone.",
        "Clare's Law: {S.first} applied under the Domestic Violence Disclosure Scheme on {DATE}, about her brother's husband. The panel found the stalking report, saw 'acquaintance' on it, and decided that there was nothing to disclose.",
        "Custody record, {DATE}: {P.surname} first declined a solicitor and then asked for one. Prepared statement: 'We'd both taken G. He fell against the bed. I panicked.' No comment to every other question.",
        "Download of the suspect's handset, exhibit for {CRIME}: 2,300 messages to {V.first} in the final month, forty-one of them threatening to 'tell everyone what you are'.",
        "The police IMR: 'No officer asked either man how they were related. The assumption that two men at one address are friends shaped every risk assessment we made.'",
        "Call, {DATE}, from {P.first}: 'My partner's gone for me.' {PC.officer} found both men bleeding; {V.first} was arrested, de-arrested within the hour and the occurrence closed as 'mutual, no complaint'.",
        "ANPR, from {MAYDATE} to the end of that month: {P.vrm}, the car registered to the husband, was read near the depot at the end of {V.poss} late turns on nineteen nights.",
        "Stalking screening questions on the report by {EX.first}: eight of eleven answered yes. Supervisor's note: 'Ex-partners, both male, no DV history. Words of advice sufficient.'",
        "Form for the coroner completed on {DATE} by the first officer at the scene: deceased {V.full}, 46, bus driver, found at home. Informant: the husband, since arrested. {M.tfull}, the mother, was visited by the family liaison officer before it was light.",
        "{PC2.full}, officer in the case, to the panel: 'We had been to that door four times before. The first three times, somebody wrote down the word friend.'",
        "Homicide file front sheet: victim {V.caps}; suspect {P.caps}, DOB {P.dob}, NI {P.ni}; offence murder; SIO {PC.tfull}.",
        "A DVPN was considered on {DATE} and not applied for. {PC.title} recorded that 'no domestic relationship has been established between the parties'.",
        "Call, {DATE}, from {EX.phone}: the caller says his former partner, {P.full}, has married, and 'he'll do to the new one what he did to me'. Logged as information only and not passed on.",
        "Statement of {NB.full}: 'Parties most weekends, fellas coming and going all hours. That last night it was quiet for once, and then one voice on its own, going on and on, and the front door banging.'",
        "Collar numbers of the officers who attended the flat, as listed for the IMR: {PC.officer}, twice; {PC2.officer}, once. Neither had received training on abuse in same-sex relationships.",
    ],
    "marac": [
        "Terms of reference, agreed {DATE}: the review covers {V.full} and {P.full} from the start of their relationship to the verdict, and will look closely at how sexuality, HIV status and the fear of being outed shaped what each agency saw.",
        "Panel meeting 1, {DATE}. Present: the Independent Chair; {PC2.tfull}, police; {GP.tfull}, named GP for safeguarding; {NUR.full}, sexual health and HIV service; {IDVA.full}, LGBT+ advocate; the housing association's safeguarding lead. Apologies: {SW.full}; the bus company.",
        "Apologies: {PO.tfull}; the ambulance service, which sent a written report; the drug and alcohol service. In attendance: a specialist adviser from Galop, the national LGBT+ domestic abuse helpline.",
        "Terms of reference, question 4: 'Did agencies consider, as the Domestic Abuse Act 2021 requires, that a man may be abused by his male partner, and did any assumption that two men at one address were friends or flatmates change the response?'",
        "Terms of reference, question 6: 'How did the perpetrator's job at the practice where the victim was registered affect the confidentiality, and so the safety, of the victim's care?'",
        "Minute 2.3: the sexual health clinic reported that {V.first} missed six HIV reviews in one year, each cancelled by a caller who gave the patient's date of birth. The clinic had no way of knowing that the caller was not the patient.",
        "Minute 3.5: {GP.title} told the panel that the practice had no process for a patient married to a member of staff, and that access to the record by {P.surname} was not audited until the police asked.",
        "Learning point 1: a DASH that puts 'flatmates' in the relationship box is not a domestic abuse risk assessment at all. No MARAC referral could follow from it, and none did.",
        "MARAC: no referral was ever heard. The coordinator told the review that in the year before the homicide the MARAC heard 412 cases, nine with a male victim and two involving a same-sex couple.",
        "Home Office notification, {DATE}: Adult J, male, 46, bus driver, killed at home; Adult K, his husband, 44, charged with murder. Also in the review: Adult L, the husband's former partner; Child Q, the couple's adopted child.",
        "Chronology | {DATE} | clinic | viral load detectable | {DATE} | police | DASH 'flatmates' | {DATE} | GP | weight loss | {DATE} | depot | sickness, 'stress' | {DATE} | ambulance | GHB collapse | {DATE} | homicide",
        "Action plan | 1 | police: DASH relationship field to include spouse and civil partner of either sex | by {DATE} | 2 | practices: audit of staff access to relatives' records | by {DATE} | 3 | HIV service: seen alone at every review | by {DATE}",
        "Panel meeting 4, {DATE}, on Teams. Present: the Chair; {NUR.title}; {IDVA.title}; {SW.tfull}; {PC.full}. Apologies: {GP.full}; {TCH.full}. {PC2.initial} sent a short note about the DASH.",
        "Minute 4.1: {S.full} joined for item 2. She asked the panel to call her brother {V.nick}, as the drivers at his depot did, and not Adult J. Agreed for the meetings; the published report will use the pseudonym.",
        "Chair's analysis, 6.2: 'The threat of being outed did the work that locked doors do in other cases. It kept him from his mother, his employer, the police and his own clinic, and his husband held the key to all of them.'",
        "Recommendation 3: the practice should ensure that no member of staff can open, book for, cancel for or file letters about a relative's record, and that any attempt is flagged to its information governance lead.",
        "Recommendation 5: the bus company should add abuse by a partner of either sex to its occupational health questions, its absence policy and the training it gives depot managers.",
        "Draft report circulated {DATE}. {S.tfull} asked that one sentence stay in it word for word: 'He was proud of who he was and terrified of anyone knowing, and his husband lived in the space between the two.'",
        "The Chair wrote to {P.full} in prison on {DATE}, inviting him to contribute. He replied in four lines asking that the review 'not make me out to be some kind of monster'.",
        "Panel meeting 6, {DATE}, at the community safety partnership's offices. Present: the Chair; {NUR.full}; {PO.full}; {IDVA.full}. Apologies: {PC2.full}; {SW.title}. Minutes taken by business support.",
        "Learning point 4: HIV status can be made into a weapon. Threats to disclose it, holding back the tablets and taking over the appointments should each be asked about as controlling or coercive behaviour under section 76 of the Serious Crime Act 2015.",
        "Scope: IMRs were asked of the police, the ambulance service, the practice, the sexual health and HIV service, the drug and alcohol service, the housing association, the bus company, the LGBT+ advocacy service, the school and probation; Galop sent a short report.",
        "Minute 5.2: the housing association said the tenancy was joint, in the names of {V.full} and {P.full}, and that its noise warnings went to both tenants in one letter that began 'Dear Occupiers'.",
        "Learning point 7: the husband's former partner had told the police about threats to out him. Had that report been linked with the calls to the flat, the pattern would have been obvious years before the homicide.",
        "Family engagement log: {DATE}, letter to {M.tfull} through {S.first}; {DATE}, visit, {M.first} too upset to go on; {DATE}, account given by phone with {S.first} beside her; {DATE}, draft read to both.",
        "A note on language, agreed at panel 3: each agency was asked to stop writing 'friend', 'flatmate' or 'lodger' where it meant husband, and to say in its IMR every place where it had done so.",
        "Frank discussion at panel 5 about whether to name the chemsex. The Chair's note: 'Leave the drugs out and we leave out the main way he was controlled. Leave the abuse out and the drugs are the only thing anyone will read.'",
        "The review's expert on abuse in LGBT+ relationships, {SW.surname} having asked for a second opinion on the draft, said the report should name 'the threat to out' as a tactic in its own right, not as background.",
    ],
    "school": [
        "{WORK}, HR file: {V.full}, bus driver, PCV licence, started {DATE}, NI {V.ni}. Emergency contact: {P.full}, entered as 'partner', {P.phone}.",
        "Depot manager's note, {DATE}: '{V.first} asks to come off earlies for a month. Says it is home stuff. Offered lates.' He took the lates, and his husband began waiting in the canteen at the end of them.",
        "Occupational health, Group 2 medical review for {V.full}, {DATE}: 'Declares HIV, well controlled per clinic. Low mood. Fit to drive.' The OH nurse added, at the driver's request: 'Diagnosis not to be shared with line management.'",
        "Absence record: thirty-one days in eleven months, given as 'stomach bug', 'migraine' and 'stress'. Three of the sickness calls were made by a man who said he was the driver's brother; the driver has no brother.",
        "Depot control room log, {DATE} {TIME}: a caller asks which route {V.first} is on and when he will be back in. Told that is not given out. Caller: 'I'm his husband, you can tell me.' The controller gave the time.",
        "HR note, {DATE}: {V.first} asked the depot manager whether a driver could lose his job over 'personal stuff' being sent in to the depot. He would not say what. The manager wrote 'reassured'.",
        "Bus CCTV, {DATE}: {P.first} boards at the interchange in {TOWN}, stands by the cab for nine stops and talks at the driver without a pause. The driver does not once turn his head.",
        "Disciplinary investigation, {DATE}: a passenger complained that the driver of the early service was crying at the wheel. {V.surname} received a first written warning for leaving the cab at a stop to answer his phone.",
        "The union rep, for the review: 'He told me his other half went through his phone at every break. I said bin him off. I thought I was being a mate. I didn't know he wasn't out to a single soul at that depot.'",
        "HR gave {V.first} the number for the employee assistance programme (EAP) on {DATE}. The provider's records show a single call from his work phone, cut off after four minutes.",
        "OH referral after a week off with a broken wrist, {DATE}: 'States fell on the cab step. Fit for restricted duties.' Nobody asked how a driver broke his wrist on a step he climbed forty times a day.",
        "Gatehouse log, {WORK}, {DATE}: {P.full} refused entry to the drivers' room without a pass. Left a carrier bag for {V.first} containing a box of tablets and a note reading 'You forgot these. Again.'",
        "The bus company's IMR: 'Our domestic abuse policy gives examples only of women hurt by men. A manager reading it would not have recognised a driver being hurt by his husband.'",
        "Housing association tenancy file: joint tenants {V.full} and {P.full}, {V.address}, {V.postcode}, from {DATE}. Household: two adults and one child. Rent by standing order from the first tenant's account.",
        "Noise complaint by {NB.full}, {DATE}: 'Music and men coming in and out from Friday night till Monday morning, every other weekend.' The housing officer wrote to both tenants under the anti-social behaviour policy.",
        "Repairs log, {DATE}: internal bedroom door replaced, 'lock forced off from the outside'. Reported by the second tenant as 'damage by kids from the stairwell'.",
        "Housing officer's visit, {DATE}: 'Saw both tenants. Tenant 1 very quiet; tenant 2 did all the talking. Offered tenancy support, which tenant 2 declined for both.'",
        "Management transfer request by {V.first}, {DATE}, on grounds of 'harassment'. Refused for lack of evidence from a neighbour. Nobody asked him whether the harassment came from inside the flat.",
        "The housing association's IMR: 'We sent anti-social behaviour warnings to a man who was, we now know, being drugged at the parties we were warning him about.'",
        "{SCHOOL}, safeguarding record for {C.full}, DOB {C.dob}: adopted by {V.full} and {P.full} on {DATE}; adoption support plan on file. Entered by {TCH.full}, designated safeguarding lead.",
        "Operation Encompass notice, {DATE} 08:10: 'Police attended the home of {C.first} overnight: verbal dispute between two adult males described as flatmates.' {TCH.title} wrote beneath it: 'Flatmates? Child has two dads. Query.' Nobody followed the query up.",
        "CPOMS, {DATE}: '{C.first} asleep in maths. Says there was \"another party at home\" and the music went on till four. Logged; adoptive parent phoned.' The parent who answered was {P.first}.",
        "{TCH.initial}, DSL, for the IMR: 'We had the adoption paperwork, so we knew they were a married couple. The police notice called them flatmates. We should have picked up the phone and said so.'",
        "Attendance for {C.caps}: 91.2%, mostly Mondays. The letters home were addressed 'to the parents of', and {P.first} replied to every one from {P.email}.",
        "Chronology row | {DATE} | depot | control room gives husband end of shift | {DATE} | housing | lock forced from outside | {DATE} | school | Encompass 'flatmates' | {DATE} | OH | fit to drive | {DATE} | HR | written warning",
        "{FR.full}, a driver at the same depot, statement: 'After a late he'd sit in his car in the yard for half an hour, just sitting there. I thought he liked the quiet. He was putting off going home.'",
        "The DVLA confirmed for the review that {V.poss} diagnosis never affected his Group 2 licence. He had believed for years, because his husband told him so, that seeing any doctor at the depot would mean his HIV being reported.",
        "Adoption support review by {SW.tfull}, {DATE}: 'Family settled. Parent 2 does most of the school run and homework. Parent 1 works shifts and is seldom home.' Parent 1 was the victim.",
    ],
    "probation": [
        "Drug and alcohol service, chemsex clinic, assessment, {DATE}: {V.full}, 45. 'GHB/GBL, mephedrone and crystal methamphetamine at weekend parties hosted at home by husband. Uses \"to get through it\". Wants to stop; husband does not.'",
        "Keyworker's note, {DATE}: '{V.first} asks whether we write to his GP. Explained we do unless he opts out. He opts out, because his husband works on reception there.' The opt-out was respected.",
        "Sign-in sheet, Tuesday evening clinic, {DATE}: '{V.lower} 18:05', then the same name again at 18:40, crossed through, and 'left before seen'. The keyworker noted a man waiting in a car across the road.",
        "Harm reduction plan, {DATE}: 'Never let anyone else dose you. Set your own timer. Stop if your partner is measuring it.' {V.first} told the keyworker that at home he never held the bottle.",
        "{P.poss} own assessment at the same service, {DATE}: 'Hosts, uses little himself.' He gave his work as 'NHS admin' and asked that nothing at all be sent to a GP.",
        "Helpline record, Galop, {DATE} {TIME}: anonymous male caller, married; husband 'checks my phone, keeps my meds, says he'll tell my mam and my work I'm positive'. Given the local LGBT+ advocacy service's number; hung up when asked for a safe contact.",
        "Second call to the helpline, {DATE}, the caller giving his name as {V.nick}: 'If I leave, he outs me. If I stay, he'll kill me one day. I'm not being dramatic, I've thought it through.' Referred with consent to the LGBT+ advocate.",
        "LGBT+ advocate's case notes, {DATE}: {IDVA.full} met {V.first} at his work in a break. 'Coercive control, threats to out, HIV meds withheld, sexual coercion at parties, isolation from family.' DASH 16; MARAC referral drafted.",
        "{IDVA.full}, LGBT+ advocate, statement: 'I wrote the MARAC referral on the Thursday. On the Friday he rang to withdraw his consent, because his husband had found my card in his wallet. I could have sent it anyway. I didn't.'",
        "Safety plan for {V.full}, agreed with the advocate: 'Spare tablets kept at the clinic. Code word for sister. Safe number {V.phone}, the work phone. Nothing about the advocacy service on the personal phone.'",
        "CPS charging decision, {DATE}: {P.full}, murder. The defence said the death followed an accidental GHB overdose and a fall; the pathologist's evidence of compression of the neck was not challenged.",
        "Sentencing remarks, {DATE}: '{P.full}, for years you controlled your husband by threatening to tell the world what he had chosen to tell no one. You took charge of his medicine so that his health rested in your hands.'",
        "Life imprisonment with a minimum term of nineteen years, imposed at the Crown Court on {DATE}. The judge treated a long course of controlling and coercive behaviour as a serious aggravating feature.",
        "Exhibit list, R v {P.surname}: 4, a pill organiser with four days' doses missing; 9, a notebook of {V.poss} clinic passwords; 12, a bottle of GBL; 17, the defendant's phone, {P.phone}.",
        "Victim Contact Scheme, {DATE}: {PO.tfull}, victim liaison officer, met {S.full} and explained that {P.first} must serve the minimum term in full before the Parole Board can consider release.",
        "Victim personal statement of {M.full}, read by {S.first}: 'I did not know my son was ill. I did not know my son was married. I learned both things from a police officer standing on my step.'",
        "Probation's IMR: 'We had no contact with the defendant before the homicide. The only earlier allegation, the stalking of a former partner, ended without a charge and never reached us.'",
        "Advocate's note, {DATE}: 'Sister {S.first} knows he is gay; mother does not. {V.nick} says his husband has the mam's address and keeps a letter to her written and stamped, \"ready to post\".'",
        "{EX.full}, the defendant's former partner, in evidence: 'He did it all to me first. The photos, the threats to tell my dad. I went to the police. They asked if we were just two mates who'd fallen out.'",
        "The drug and alcohol service's IMR: 'We treated his drug use as his own. We never asked who supplied it, who decided the doses, or what happened to him when he said no.'",
        "Three missed appointments, {DATE} to {DATE}, each cancelled by text from {P.phone}. Service policy at the time allowed cancellation from any number the client had given.",
        "Helpline contacts | {DATE} | anon, male | hung up | {DATE} | '{V.nick}' | referred to advocate | {DATE} | '{V.nick}' | consent withdrawn | {DATE} | sister, {S.first} | advice on Clare's Law",
        "Defence psychiatric report, {DATE}: no mental disorder found, 'marked jealousy and a need to control'. The defence did not rely on the report at trial.",
        "Verdict, {DATE}: guilty of murder, by a majority of eleven to one, after nine hours. {P.caps} showed nothing in the dock; the public gallery, {S.first} wrote afterwards, was full of drivers in their uniforms.",
        "Leave to appeal against the minimum term was refused by the single judge on {DATE}. {PO.full} wrote to {S.full} that same week to tell her, and copied the letter to {M.first} at her request.",
        "{PO.sposs} note of a call with {S.first}, {DATE}: she asked that any licence conditions, decades from now, keep him away from the depot, from her street and from the care home where their mother works.",
        "Chemsex clinic group register, {DATE}: 'Attendees 6. New: one, first name only, {V.first}.' He came to that one session and to no other.",
        "Probation's victim liaison file: {S.full}, {S.address}, {S.phone}; {M.full}, by letter only, through her daughter. Both asked to be told of any transfer to open conditions.",
    ],
    "hospital": [
        "Sexual health and HIV clinic, {DATE}: {V.full}, NHS {V.nhs}. 'New HIV diagnosis, CD4 410. Started bictegravir, emtricitabine and tenofovir alafenamide.' Partner {P.full} tested negative, on PrEP. Nurse specialist: {NUR.full}.",
        "HIV review, {DATE}: 'VL 12,400, previously undetectable. Says he \"missed a few\". Adherence support offered.' The partner came too and answered most of the questions.",
        "{NUR.full}, HIV clinical nurse specialist, statement: 'His husband came to every appointment for two years. I wrote \"well supported\" each time. I never once saw {V.first} on his own.'",
        "The clinic's policy, as given to the review: every patient is seen alone for part of every appointment. In {V.poss} records that part is written down once in four years.",
        "Booking system: nineteen HIV appointments for {V.first} between {DATE} and {DATE} cancelled or moved by phone; the caller was checked against date of birth and postcode, {V.postcode}, both known to his husband.",
        "Clinic letters to the GP were copied to the patient at home until {DATE}, when a request arrived by phone for no more copies. The clinic logged it as made by the patient, 'partner helping'.",
        "Routine enquiry about domestic abuse at the HIV annual review, {DATE}: 'Asked, pt said no.' The same entry records that {P.first} was in the room at the time.",
        "Clinic pharmacy, {DATE}: ninety days of antiretrovirals collected by {P.full}, 'pt consented by phone'. {V.first} told the advocate the following month that he had not had a tablet for three weeks.",
        "Admission, {DATE}: {V.full}, pneumonia, CD4 180. Ward notes: 'Husband reports that pt stopped his meds himself because of side effects.' The discharge summary repeated that as fact.",
        "Ambulance service, {DATE} {TIME}: crew to {V.address}, male in his forties, GCS 7, suspected GHB. Several men present; the one who let the crew in called himself a 'housemate'. Patient conveyed; police not informed.",
        "Emergency department, {DATE}: {V.first}, GHB toxicity. Woke after six hours and left against advice with {P.first}. The ED safeguarding question, 'Is anyone at home hurting you?', was left unanswered.",
        "ED, {DATE}: fracture of the distal radius, 'fell off a step at work'. The same X-ray showed a healed fracture of the fifth metacarpal that appears nowhere else in any record.",
        "Sexual health clinic, {DATE}: 'Pt describes a party at home, sex he did not agree to while out of it; says husband arranged it. PEP not needed, already on treatment.' Referred to the SARC; did not attend. The referral letter went to the home address.",
        "The clinic's IMR: 'Our chemsex pathway, our domestic abuse pathway and our HIV adherence pathway each saw a part of him. The three parts sat in three different corners of the record.'",
        "Ambulance service, {DATE} {TIME}: call from {P.phone}, 'husband unresponsive, taken G'. Crew found cardiac arrest and injuries to the neck that did not match the history given; police asked to attend.",
        "Post-mortem report, {DATE}: {V.caps}, 46. Cause of death, compression of the neck. GHB at a level the pathologist called 'not in itself fatal'. Old fractures of the left wrist and the right hand.",
        "HM Coroner, {DATE}: the inquest into the death of {V.broken} was opened and adjourned and, after the verdict, not resumed. The coroner asked the review to look at how the clinic and the practice share HIV status.",
        "Coroner's officer, {DATE}: formal identification by {S.full}, the deceased's sister, from a photograph. {M.first} was not well enough to attend and asked not to be shown one.",
        "Chronology row | {DATE} | HIV clinic | VL detectable | {DATE} | ambulance | GHB, 'housemate' | {DATE} | ED | wrist | {DATE} | ward | pneumonia, CD4 180 | {DATE} | SARC | DNA | {DATE} | ambulance | arrest",
        "{NUR.title}, emailing the consultant on {DATE}: 'I'm worried about {V.first}. Partner everywhere. VL climbing. Can we insist on seeing him alone next time?' The next appointment was cancelled by phone.",
        "HIV psychology, {DATE}: '{V.first} fears disclosure more than the illness. \"If anyone found out I'd lose the lot, the job, me mam.\" His husband is the only person who knows the diagnosis.'",
        "SMS reminder log: from {DATE}, appointment texts for {V.full} went to {P.phone}, after a phone request 'from the patient' to change the number.",
        "Safeguarding adult referral to Adult Social Care drafted by {NUR.full} on {DATE}: 'Concern re coercive control by partner, medication withheld.' Not sent: {V.first} asked the nurse not to, and the nurse judged that he had capacity to refuse.",
        'The ambulance service\'s IMR: \'Our crews wrote "friend" or "housemate" on three occasions. Our safeguarding prompt appears only when a crew records the other person as a partner.\'',
        "Ambulance, {DATE} {TIME}, called by {NB.full} from {NB.phone}: a man on the stairwell with a head wound. {V.first} refused to be taken in, saying he had slipped, and his husband took him back inside.",
        "Pathologist's addendum, {DATE}: fingertip bruising of different ages on both upper arms, consistent with repeated gripping over a period of weeks.",
        "Discharge letter from the infectious diseases ward to {SURGERY}, {DATE}, about {V.full}: scanned at the practice by {P.surname}, sent to no one's workflow, and marked 'filed'.",
        "The HIV consultant, for the IMR: 'Undetectable meant untransmittable, and for years that was his whole story with us. When the viral load came back we asked about tablets. We should have asked about home.'",
    ],
    "family": [
        "{S.full}, statement: 'Our {V.first} knew every regular on his routes by name and they all knew him. Funniest man I ever met. By the end he only rang me when {P.first} was out.'",
        "Pen portrait written by the family: '{V.nick} had a laugh you could hear across a depot yard. He loved soul records, Pride every summer, the coast in winter and one pint after a late, never two.'",
        "{M.full}, his mother, seen at home with {S.first}: 'He brought that man to Christmas six years running and called him his friend. I'm not daft. I only wish he'd known he could just tell me.'",
        "{M.tfull}, a care assistant at {CAREHOME}, statement: 'A letter came to me at work, no name on it, saying my son had HIV and took drugs. I put it in my locker and never said a word to him. I thought I was protecting him.'",
        "{S.first}, in her own words: 'He came out to me at sixteen, in the car outside the chippy, and made me swear not to tell Mam. I kept that for thirty years, and {P.first} knew I always would.'",
        "{FR.full}, a driver from the same depot: 'In the canteen {P.first} was all smiles, bringing cakes in for the lads. Then he'd stand behind {V.first} and read his phone over his shoulder.'",
        "{NB.full}, neighbour, statement: 'I took them for two lads sharing a flat. When the police asked me, that's what I said, and I think that's what they wrote down.'",
        "{EX.full}, the perpetrator's former partner, writing to the Chair: 'I got away. I moved twice and changed my number. When I saw it on the news I was sick. I had told the police exactly what he was.'",
        "{EX.first}, in a second letter: 'Please don't call me an acquaintance in your report. We lived together three years. That word is why nobody joined my report up with {V.first}.'",
        "Impact statement read in court by {S.tfull}: 'My brother was outed in a courtroom after he died, by the man who had threatened it for ten years. In the end he got what he wanted.'",
        "Email from {S.email} to the Chair, {DATE}: 'Please call him by his name if the rules let you, and if not then {V.nick}. Adult J is what a file called him. To us he was our kid.'",
        "{C.first}, through the adoption social worker, {DATE}, sent a drawing for the funeral: a bus with two people at the front, one driving and one waving from the first seat.",
        "At the funeral at the crematorium in {TOWN}, forty drivers lined the road in uniform and the company sent a double-decker with '{V.first}' across its destination display.",
        "{FR.first}, on a retirement do at {PUB}: '{V.nick} had one pint and his phone went eleven times. He went out to answer it and came back with red eyes, and left before the speeches.'",
        "{M.first}, through {S.first}, {DATE}: 'Tell them I'd have loved him just the same. Make sure that goes in. Tell them I'd have loved him just the same.'",
        "Family meeting, {DATE}, in {S.poss} kitchen. Present: {S.full}; {M.full}; the Chair; the family's advocate. {S.first} had put the wedding photograph nobody in the family had seen on the table.",
        "{FR.full}: 'He said to me once, \"If I go, he sends the letter.\" I thought he meant a solicitor's letter. I didn't understand till the trial which letter he meant.'",
        "{S.first}, on their last phone call: 'He said, \"Divvent fret, pet, I'm gannin to bed.\" That was the last thing he ever said to me.'",
        "{S.full}: 'A police officer stood in my brother's kitchen and wrote down flatmate. Their wedding photo was on the fridge door behind him.'",
        "{NB.first}, neighbour: 'On the last Saturday the music stopped about two. After that it was the one voice going on and on, then the door, then the stairwell light.'",
        "{FR.tfull}, who trained him on the double-deckers, read a poem at the funeral; the family chose {V.poss} favourite song to finish, and the drivers on the back row sang along.",
        "Hope is the word {S.first} used most at the family meeting: 'He kept hoping {P.first} would change. He'd say, \"He's not like this when it's just us.\" It was never just them.'",
        "{M.first} found out at the police station that her son had been married six years. 'I'd have made a cake,' she told the Chair. 'I'd have bought a hat.'",
        "{S.poss} wish for the report: that every bus company, every surgery and every police officer be told that 'friend' is sometimes the word a frightened man uses for his husband.",
        "{FR.full} set up a fundraising page, {V.url}, for a bench at the depot gates in {V.poss} memory; the drivers filled it in two days.",
        "{EX.first}, after the verdict: 'I'm glad the jury believed his family. I wish somebody had believed me.'",
        "{S.first}, to the Chair, {DATE}: 'His husband sat on the front desk at his own doctor's. Think about that for a minute. Where was he meant to go?'",
        "{M.full}, {DATE}: 'He rang me every Sunday from the depot, never from the house. I thought it was his shifts. Now I know it was the one phone that man never checked.'",
    ],
    "letter": [
        "Sexual Health and HIV Service\n\n{DATE}\n\nPRIVATE AND CONFIDENTIAL\n{V.full}\n{V.address}\n{V.postcode}\n\nDear {V.first},\n\nWe are sorry that your last three appointments had to be cancelled. Your most recent blood test shows that the virus is no longer undetectable, and we would like to see you on your own at the clinic as soon as you can. You can ring the nurse line directly; we will not leave a message.\n\nYours sincerely\n\n{NUR.broken}\nHIV Clinical Nurse Specialist",
        "From: {NUR.email}\nTo: {IDVA.email}\nDate: {DATE} {TIME}\nSubject: shared patient - {V.full}\n\nHi {IDVA.first},\n\nThanks for ringing. With his consent, which I recorded today: he has missed four weeks of his medication, his husband collects his prescriptions, and he is frightened of what happens if his mam finds out. I can see him alone on Tuesday at 9.\n\nBest wishes\n{NUR.full}\nClinical Nurse Specialist, HIV",
        "Safeguarding Hub\n\n{DATE}\n\n{EX.full}\n{EX.address}\n\nDear {EX.first},\n\nCrime reference: {CRIME}\n\nAfter reviewing the evidence, no further action will be taken against the person you reported for stalking. He has been spoken to and advised about his behaviour. If he contacts you again, please ring 101 and quote the reference above.\n\nYours sincerely\n\n{PC.officer}\nInvestigating Officer",
        "People Team\n{WORK}\n\n{DATE}\n\n{V.full}\n{V.address}\n\nDear {V.first},\n\nAttendance: final written warning\n\nYour absence has now reached stage 3 of the attendance policy. A further unauthorised absence may lead to dismissal. If something outside work is affecting your attendance, please talk to your depot manager in confidence or ring the employee assistance programme.\n\nYours sincerely\n\nDepot Manager",
        "Housing Services\n\n{DATE}\n\nTo: {V.full} and {P.full}\n{V.address}\n{V.postcode}\n\nDear Tenants,\n\nNoise nuisance\n\nWe have received further complaints about loud music and visitors late at night at your home. Your tenancy agreement makes both joint tenants responsible for the behaviour of everyone in the property. If you are having difficulties at home, our tenancy support team can help.\n\nYours sincerely\n\nNeighbourhood Housing Officer",
        "From: {V.email}\nTo: {IDVA.email}\nDate: {DATE} {TIME}\nSubject: please dont ring\n\nHi {IDVA.first},\n\nHe found your card. I told him you were from the union. Please don't ring my own mobile, only the work one, between 10 and 2. I'm not withdrawing because I'm fine. I'm withdrawing because I'm not.\n\n{V.nick}",
        "Independent Chair\nDomestic Homicide Review: Adult J\n\n{DATE}\n\n{S.tfull}\n{S.address}\n\nDear {S.title},\n\nI am writing to confirm what we agreed on the phone. The review will not describe your brother's husband as his friend anywhere, and I will send you each chapter in draft before the panel sees it. If your mother would rather talk to me at her own kitchen table than come to a meeting, I will travel to her.\n\nKind regards\n\nIndependent Chair",
        "Office of HM Coroner\n\n{DATE}\n\n{M.full}\n{M.address}\n\nDear {M.title},\n\n{V.full}, deceased\n\nI am sorry to write to you at such a time. Because a man has been charged in connection with the death, the inquest stands adjourned while the trial takes place, and it may never need to be resumed. The defence has asked for a second post-mortem examination; once it is done, your son can be released for his funeral.\n\nYours sincerely\n\nSenior Coroner",
        "Occupational Health Service\n\n{DATE}\n\nTo: {GP.tfull}\n{SURGERY}\n\nDear {GP.title},\n\nRe: {V.hyph}, DOB {V.dob}\n\nThis driver has consented to my asking you for a report on his fitness for Group 2 driving. I would be grateful for details of any condition or medication affecting alertness, and of his mood, which he describes as low.\n\nYours sincerely\n\nOccupational Health Adviser",
        "From: {GP.email}\nTo: practice.manager@surgery.example\nDate: {DATE} {TIME}\nSubject: smartcard audit - urgent\n\nDear colleague,\n\nThe police have asked for an access audit on one of our patients. Please run it today and do not discuss it with reception. Please also suspend the smartcard of {P.full} with immediate effect, pending investigation.\n\nRegards\n{GP.tfull}\nPartner and Safeguarding Lead",
        "Probation Service\nVictim Contact Scheme\n\n{DATE}\n\n{S.full}\n{S.address}\n\nDear {S.first},\n\nI will be your family's point of contact for as long as {P.full} is serving his sentence. He must serve at least the minimum term before the Parole Board can consider his release. Before any such review I will contact you, and you may ask for conditions about where he lives and whom he contacts.\n\nYours sincerely\n\n{PO.hyph}\nVictim Liaison Officer",
        "From: {TCH.email}\nTo: {SW.email}\nDate: {DATE} {TIME}\nSubject: Encompass notice - {C.full}\n\nDear {SW.first},\n\nWe had an Encompass notice this morning that describes the two adults in the home as flatmates. Our adoption paperwork says they are married. Could you let me know whether you are aware of any concerns at home, and whether the police have the right details?\n\nKind regards\n{TCH.full}\nDesignated Safeguarding Lead",
        "Chemsex Support Service\nDrug and Alcohol Service\n\n{DATE}\n\n{V.full}\n\nDear {V.first},\n\nWe missed you at clinic on Tuesday. You are welcome back at any session without an appointment, on your own or with someone you trust. If it is not safe for us to write to you at home, tell us at your next visit and we will stop.\n\nBest wishes\n\nRecovery Worker",
        "Prison number withheld\n\n{DATE}\n\nDear Chair,\n\nYou asked me for my side. We loved each other. The parties were his idea as much as mine. I never stopped him seeing his family, he just didn't want to. I'd ask you to remember I was a good dad to {C.first} whatever else you write.\n\n{P.full}",
    ],
    "texts_intro": [
        "WhatsApp messages recovered from {V.poss} work phone ({V.phone}), exhibit schedule for {CRIME}:",
        "The brother-and-sister chat, {S.capsfirst} and {V.capsfirst}, photographed screen by screen on {S.poss} phone because she would not let the handset go:",
        "Messages from {P.poss} handset ({P.phone}), occurrence {OCC}, with a Grindr chat exported by the digital forensics unit:",
        "Texts between {V.first} and {FR.full}, a driver at the same depot, exported by {FR.first} for the police:",
        "Texts to and from the LGBT+ advocacy service's support phone, handed over by {IDVA.tfull} on {DATE}:",
    ],
    "texts": [
        "{P.lower}: where r u. shift finished 20 mins ago. dont make me ring the depot again 🙂",
        "{V.lower}: bus broke down, waitin on the fitter. be yem by 7 {P.lnick} i promise",
        "{P.lower}: send us a pic of the bus then. wi the fleet number showin 📸",
        "{P.lower}: party sat. 6 lads comin. make urself presentable {V.lnick} 😘",
        "{V.lower}: can we not this wk. got earlies sun n the clinic mon",
        "{P.lower}: u want me to ring ur mam n tell her about the clinic? no? thought not x",
        "{V.lower}: please dont. ill be there. ill do whatever u want",
        "{S.lower}: {V.lnick} howay man answer ur phone. mam was askin where u were sunday 😟",
        "{V.lower}: soz {S.lower} was on lates. tell mam ill come next wk. hes got me phone most nights",
        "{S.lower}: wdym hes got ur phone?? divvent fob us off",
        "{V.lower}: nowt pet. forget i said owt. love u 💙",
        "{FR.lower}: u ok {V.lower}? u looked proper rough at the changeover 😬",
        "{V.lower}: just tired {FR.lnick}. big weekend. divvent ask 🙈",
        "{FR.lower}: come to ours after ur late. kettles on, no questions ☕",
        "{V.lower}: cant hinny. he checks the mileage on the car 🚗",
        "{IDVA.lower}: hiya, {IDVA.lower} here, the lgbt+ advocate ur sister mentioned. if its ok to msg on here send a thumbs up, if not ignore me 👍",
        "{V.lower}: 👍 mornings only. hes on the front desk 8 till 1",
        "{IDVA.lower}: thanks {V.lnick}. have u got ur tablets this wk or is he still keepin hold of them?",
        "{V.lower}: 3 days left in the box. he says i get the next lot if i behave 😔",
        "{P.lower}: i seen the clinic rang. whats that about. u know i can see ur whole record at work 👀",
        "{P.lower}: one word to anyone {V.lower} n the letter goes to ur mam AND the depot. ur choice",
        "{M.lower}: son ur friend {P.lower} rang me. says ur poorly. why didnt u tell ur mam 😢",
        "{V.lower}: am fine mam honest. just a bug. divvent listen to him he fusses",
        "grindr, {P.lower} to unknown: chill at mine sat, bring G. my fella will be there, he does as hes told 😈",
        "unknown: is ur fella ok with it tho? he looked well out of it last time",
        "{P.lower}: hes fine. he doesnt get a say in my house 😂",
        "{EX.lower}: {P.lower} i know this is ur new number. stop sendin stuff to my dad or im goin back to the police",
        "{P.lower}: go on then {EX.lower}. they laughed at u last time. just 2 mates who fell out 🤷",
        "{C.lower}: dad r u comin to parents evening? papa says ur workin 😕",
        "{V.lower}: course i am {C.lnick}. front row. proud of u 💙",
        "{NB.lower}: hiya its {NB.lower} from downstairs. heard a massive bang. u ok up there? 😟",
        "{V.lower}: all good ta {NB.lower}. dropped the telly stand. sorry for the racket",
        "{S.lower}: {V.lower} ive told mam nowt. but if he ever lays a finger on u, u come to mine. door's always open 🏠",
        "{V.lower}: i know pet. i cant. hed tell her everythin. u dont know what hes like",
        "{P.lower}: ur late. tea's in the bin. meds in my drawer. night night 🙃",
        "{FR.lower}: {V.lower} if u need it i can swap u onto my sat late. ud be on the road not at home 🚌",
        "{V.lower}: ta {FR.lower}. aye please. dont let on to him its a swap 🙏",
    ],
}
