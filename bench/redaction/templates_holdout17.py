# ruff: noqa: E501
"""The seventeenth holdout pool (``holdout17``), with its own names (names_holdout17.py)
and sentences. Written blind for issue 13 by someone who had not read the redaction
engine, its rules, its documentation or its results on any pool. No engine change was
checked against it before its first figures were reported.

The sentences imitate what a Domestic Homicide Review panel gathers, in a different mix
from the earlier pools', leaning on money, affluence and the private sector: a murder
followed by a suicide in a commuter village in the home counties. A hospital pharmacist
in her fifties, who kept her own surname for her professional registration, was shot
at home by her husband, a self-employed independent financial adviser facing an FCA
enforcement case, Financial Ombudsman awards he could not pay and a statutory demand,
who then took his own life with the same shotgun, whose certificate the police had
renewed eight months before. Behind it: years of economic abuse (a salary paid into a
joint account she could see but not move, a weekly 'budget meeting', a remortgage signed
at the kitchen table in front of the broker, a personal pension moved into a SIPP he
controlled, loans, cards and a company directorship in her name, a personal guarantee
e-signed from his device, her mother's care-home fees taken under a Lasting Power of
Attorney) and technology-facilitated abuse (Find My location sharing, a smart-home hub
with a kitchen camera and speaker, a GPS tracker in the wheel arch of her lease car, a
family iPad onto which her messages were synced, an email rule forwarding her bank's
letters). In primary care: an NHS practice and a private GP who never wrote to each
other, a firearms marker and a medical proforma completed from half a record, HRT and
menopause reviews, an eConsult answered by text, a life insurer's GP report and a
significant event analysis. Police: a 'verbal' domestic graded medium, DASH with 'don't
know' against weapons, a firearms enquiry officer's home visit, a neighbour's Ring
doorbell, Action Fraud, a front-counter question about trackers, the scene log, digital
forensics, phone billing to Samaritans and the senior investigating officer's report.
The MARAC that never met: a National Domestic Abuse Helpline call, an IDVA who rang the
landline, a bank's vulnerable-customer team, a pension provider, a mortgage broker, an
estate agent, a family solicitor and a divorce never filed, adult social care and the
Office of the Public Guardian, the Community Safety Partnership's decision, terms of
reference, panel minutes with Present: lists, an IMR tracker, an action plan with RAG
ratings and the Home Office's feedback. Schools: a fee-paying day school's bursar, house
tutor, counsellor, hockey coach and Operation Encompass inbox, a teenager sent to a
sleepover on the last night, and two older children at university (wellbeing services,
a guarantor request, hardship funds). 'Probation', which held only a 2010 unpaid work
order, together with what stood in its place: the FCA, the Ombudsman, the network's
compliance officer, Companies House, HMRC, the Insolvency Service, an income protection
insurer, an employee-assistance helpline, Samaritans, a golf club's treasurer's account,
a clay shooting syndicate and the first wife. Health: her employer trust's pharmacy
department, payroll, occupational health and staff domestic abuse policy, his emergency
department visit for a 'panic attack', a minor injuries unit, a private counsellor, the
ambulance ePCR, the pathologist, two inquests and a Regulation 28 report. Those who knew
her: a sister, a mother in a care home, the three children, the cleaner, the dog walker,
a pharmacy colleague, neighbours, the ladies' section, the pub landlord and the first
wife. Letters from a bank, a mortgage lender, a pension provider, a credit card company,
a family solicitor, the firearms licensing unit, a school bursar, an estate agent, an
IDVA service, a care home, the coroner and the Chair; emails with headers and signatures;
and family WhatsApp groups, SMS and iMessages in lower case with textspeak and emoji.

Names appear whole, alone, with titles, as a title and initial, as nicknames, in
capitals, in lower case, as possessives, in lists, pipe tables, address blocks, email
headers, MIS contact records and signature blocks, in greetings and sign-offs, in
quotations and reported speech, after family words (auntie, nan, mum), and broken
across lines. Many sentences carry decoys: agencies, legislation and schemes (section 9
of the Domestic Violence, Crime and Victims Act 2004, section 76 of the Serious Crime Act
2015, the Domestic Abuse Act 2021, the Firearms Act 1968, section 17 of the Children Act
1989, Clare's Law), pseudonyms (Adult R, Adult T, Child W, Young Adult X and Young Adult Y),
tools and bodies (DASH, IRIS, FCA, HMRC, OASys, nDelius, EAP, ROLE, IOPC, Datix, the
Office of the Public Guardian, Samaritans, Action Fraud, Surviving Economic Abuse, Find
My, Hive, the NHS App), a Beretta over-and-under, a dog called Treacle, family words
(Mum, Dad, nan, auntie), days, months and feasts (Friday, May, June, Easter), a hymn
(Amazing Grace), and ordinary words in their ordinary senses (will, frank, mark, bill,
penny, sue, cash, rich).
"""

from __future__ import annotations

HOLDOUT17: dict[str, list[str]] = {
    "heading": [
        "TWO PATIENTS, TWO RECORDS, ONE FIREARMS PROFORMA: WHAT {SURGERY} AND A PRIVATE GP CLINIC HELD ON {V.caps} AND HER HUSBAND",
        "A call graded 'verbal only', a certificate renewed and two shots on a neighbour's doorbell camera: police contact with {P.full}, born {P.dob}, occurrence {OCC}",
        "THE MARAC THAT NEVER MET — A HELPLINE CALL, A BANK'S VULNERABILITY FLAG AND THE REVIEW PANEL FOR ADULT R ({V.capsfirst}), POSTCODE DISTRICT {V.pcpart}",
        "Fees overdue, a house tutor's inbox and two halls of residence: what the schools and universities knew about {C.full}, born {C.dob}, and the two eldest",
        "NO CURRENT SUPERVISION — A 2010 ORDER, A REGULATOR, AN OMBUDSMAN AND THE HELPLINES HE RANG: {P.caps}, NI {P.ni}, CRIME {CRIME}",
        "The pharmacy department, occupational health, a 'panic attack' in the emergency department and the two inquests: {V.tfull}, NHS number {V.nhs}",
        "WHAT SHE TOLD THEM AND WHAT THEY SAW — {S.caps}, {M.caps}, THE CHILDREN, THE CLEANER, THE DOG WALKER AND THE VILLAGE",
    ],
    "gp": [
        "New patient health check at {SURGERY}, {DATE}: {V.full}, DOB {V.dob}. 'Hospital pharmacist. Married, three children. Alcohol 6 u/wk. Non-smoker.' The template's question on domestic abuse was answered 'N/A' by a healthcare assistant in an appointment that lasted eight minutes.",
        '{GP.tfull}, telephone consultation, {DATE}: \'Pt ringing from the staff car park. Not sleeping, wakes at 3 a.m. "doing sums". Husband\'s business under strain. PHQ-9 = 14. Talking therapies discussed; pt would rather self-fund privately. Declines sertraline — "I dispense it, I know what it does."\'',
        "Letter from the police firearms licensing unit, {DATE}, asking whether {P.full} had any relevant medical condition before his shotgun certificate was renewed. {GP.title} completed the proforma from the NHS record, which held nothing since an ankle sprain; the low mood a private GP had treated two months earlier was not on it.",
        "Private GP letter to {SURGERY}, {DATE}, copied to the patient: 'I saw {P.tfull} at our {TOWN} clinic under his health insurance. Insomnia, palpitations and what he calls a \"financial catastrophe at work\". I have started mirtazapine 15 mg nocte and suggested he let his NHS GP know.' The letter was scanned as 'correspondence' and never coded.",
        "{P.full} (DOB {P.dob}) saw {GP.initial} on {DATE} for a blood pressure review and mentioned 'a tricky year with the regulator'. The entry reads 'Stress — work. Declined IAPT. BP 158/96, recheck 4/52.' Nobody asked about suicidal thoughts or about access to weapons, although a firearms marker sat at the top of the screen.",
        "Reception log, {DATE} {TIME}: 'Husband phoned asking if his wife had an appointment today and what for. Advised we cannot share. He said he holds medical power of attorney for her.' {V.first} held no such document. The receptionist wrote the call down and did not tell her about it.",
        "Practice nurse {NUR.full}, cervical screening, {DATE}: 'Pt tearful at end of appt. Says she has not had her own bank card for two years — \"I'm fifty-three and I get pocket money.\" Asked directly re safety: \"He's never laid a finger on me.\" Leaflet offered; pt left it on the couch.'",
        "Chronology | {DATE} | {SURGERY} | {V.capsfirst} | telephone review, low mood, 'money worries' | {DATE} | private clinic (not shared) | {P.capsfirst} | insomnia, mirtazapine started | {DATE} | {SURGERY} | firearms proforma returned: 'nothing to declare'",
        "eConsult received {MAYDATE} from {V.email}: 'I would like a face-to-face appointment that my husband does not know about. Please do not text my mobile, my messages come up on the family iPad. Email this address only, please.' The practice replied by text, to {V.phone}, offering a Tuesday.",
        "{GP.full}, interviewed for the IMR: 'She was a clinician herself, articulate, smartly dressed, and she put everything down to the pressure on his business. If I'm honest, I thought of abuse as something that happened to other patients. I never had a frank conversation with her about whether she was frightened of him.'",
        "GP IMR, paragraph 4.7: 'The practice has no arrangement with the private clinics its patients use. Private prescriptions, private diagnoses and private counselling are invisible to us unless a patient chooses to mention them, and for firearms purposes the police asked only us.'",
        "{C.full}, then fourteen, seen for tonsillitis on {DATE} with {P.first}. The note adds: 'Dad did all the talking. Teen on phone throughout.' The teenager later told the school that dad came to every appointment 'so nobody could ask me anything on my own'.",
        "HRT repeat for {V.first}, requested on {DATE} through the NHS App under a proxy login linked to {P.email}. Practice policy allows a named proxy only with the patient's written consent. No consent form was ever found, and nobody could say who had set the proxy up.",
        "Practice manager's note, {DATE}: 'Mrs {V.surname} came to the front desk in person to ask that her record be marked \"do not share with husband\" and that letters go to her work address at the hospital pharmacy. Done.' Appointment reminders kept going to the mobile that was mirrored on the family iPad.",
        "Request from a life insurer, {DATE}, for a GP report on {P.full} in support of a joint policy of £1.2 million with a twelve-month suicide exclusion. The practice charged its standard fee and reported 'work stress, no treatment'. The policy started eleven months before the deaths.",
        "Joint appointment, {DATE}: {P.title} came in with his wife 'to support her', explained that she was 'burnt out at the hospital and catastrophising about money', and asked whether she ought to be signed off. {GP.title} wrote that the patient 'said very little' and issued a fit note for two weeks.",
        "Menopause review with {NUR.title}, {DATE}: 'Brain fog, night sweats, anxiety. Asks whether memory problems could explain \"forgetting signing things\" — husband tells her she signed the remortgage papers and she has no memory of it. Reassured; HRT dose increased.'",
        "The practice had been trained under IRIS in 2019, but its advocate educator, {IDVA.full}, had since moved on, and no referral had gone from {SURGERY} to the domestic abuse service in the two years before the deaths.",
        "Significant event analysis, {DATE}: 'Two patients of this practice died at the same address on the same morning, one killed by the other with a shotgun the police licensed on the strength of our form. We need to look at what we knew, what the private clinic knew, and why none of it ever met.'",
        "{GP.sposs} note of an out-of-hours report, {DATE}: '{P.full} rang 111 at 02:40 with chest tightness, said \"I've ruined everyone\". Advised to attend ED; did not attend. For GP follow-up.' The follow-up was a text to his mobile inviting him to book an appointment online.",
        "Text from the practice to {V.phone}, {DATE}: 'Your blood test results are back. Please book a telephone appointment.' {S.first} told the review that the message appeared on the kitchen iPad, where {P.first} read it first and asked her that evening 'what tests, and why wasn't I told'.",
        "The pharmacist did not need anyone to tell her what her medicines were for. The review found that {V.first} had bought zopiclone from an online pharmacy on a card he did not know about, delivered to her sister at {S.address}, {S.postcode}, because nothing addressed to her ever reached her unopened at home.",
        "The practice safeguarding lead, {GP.initial}, reflecting for the panel: 'Economic abuse doesn't come in with a bruise. It comes in as insomnia, as \"he handles all that\", as a patient asking if we can post to her work. We had three of those and didn't add them up.'",
        "Registration summary: {P.caps} | DOB {P.dob} | NHS {P.nhs} | alerts: 'Firearms certificate holder — code added {DATE}' | medication review: never | last consultation: 'BP — stress — work' | private correspondence: 1 item, uncoded",
        "{M.full}, a resident of {CAREHOME}, was registered with {SURGERY} too. A visiting GP wrote on {DATE}: 'Daughter {V.first} worried that son-in-law, as attorney, has stopped paying the top-up fees. Suggested she raise it with the home manager.' Nobody told the Office of the Public Guardian.",
        "Report from a private therapist, {DATE}, sent at the patient's request: '{V.first} has attended eleven sessions for work-related stress and low mood. She describes her husband as \"brilliant with money and very private about it\". I have not identified any risk.' The therapist now says every session was, one way or another, about money.",
        "After the deaths the practice searched its list: nineteen patients carried a firearms marker together with a coded episode of depression, anxiety or alcohol misuse in the past five years, and in none of them had the licensing unit been told.",
        "Medication review, {DATE}: {P.hyph} — mirtazapine stopped 'by patient, made him groggy at the shooting ground'. No one asked what the shooting ground was, or wrote the phrase anywhere it would be read against the firearms marker.",
    ],
    "police": [
        "Call for service, {DATE} {TIME}: caller {V.full} reports her husband 'shouting, smashing plates, says we'll lose the house and it's my fault'. She rang back four minutes later to cancel — 'He's calmed down, I overreacted' — and officers went anyway: {PC.officer} and {PC2.officer}.",
        "DASH, occurrence {OCC}: nine 'yes' answers, graded medium. Against 'Does the abuser have access to weapons?' the box reads 'don't know'. The force's firearms licensing system showed a shotgun certificate at the same postcode, {V.postcode}; nobody searched it.",
        "Firearms licensing file, renewal granted {DATE}: shotgun certificate holder {P.full}, {V.address}, {V.postcode}. Countersignatory: the past captain of the golf club. Home visit note: 'Cabinet bolted to the wall in the study, two guns, good security. Wife present and supportive of the application.'",
        "{PC2.full}, the firearms enquiry officer, told the review: 'The visit is about the cabinet and the applicant. I asked his wife if she was comfortable having guns in the house while he stood beside her, and she said yes. I wouldn't ask it like that now, and I wouldn't accept that answer.'",
        "Footage from the doorbell camera at the house next door, which belonged to {NB.full}, {DATE}: at 06:14 its microphone picks up a woman's voice from the neighbouring drive, 'please, think about the children', and at 06:15 a single shot. A second shot was recorded at 06:41.",
        "Scene log, occurrence {OCC}: {TIME} 999 call from the family's cleaner, who had let herself in with her key; {TIME} first officers on scene; {TIME} armed response vehicle; {TIME} air ambulance doctor confirms death of both adults; dog found shut in the boot room, unharmed.",
        "Exhibit 14, taken from inside the offside rear wheel arch of {V.vrm}: a magnetic GPS tracker whose SIM was registered to the business email of {P.first}. The tracker app showed a location every ten minutes for fourteen months, including eleven stops at a family law firm's car park in {TOWN}.",
        "Digital forensic report on the kitchen iPad: {V.poss} iMessages and WhatsApp chats were synced to it, and her Apple ID password sat in a note titled 'admin'. The smart-home app (a Hive hub, with a camera above the kitchen island), logged in as {P.email}, held thirty days of footage.",
        "Searches on {P.poss} laptop between {DATE} and the deaths included 'can wife claim half pension on divorce', 'FCA prohibition order what happens to clients', 'shotgun renewal GP letter what do they check', 'life cover suicide clause how long' and 'do Samaritans call the police'.",
        "Intelligence from another force, 2009: {EX.full}, then married to {P.surname}, reported that he had 'emptied every account and left me to face the bank alone' and that he 'kept his guns to remind me'. Recorded as a civil matter. The entry sat on a system the licensing unit could not see.",
        "Senior investigating officer's report to the coroner: 'Had {P.first} lived, the investigation would have considered murder, controlling or coercive behaviour under section 76 of the Serious Crime Act 2015, and fraud by false representation in respect of the credit taken out in his wife's name.'",
        "Statement of {PC.full}: 'The house was enormous and by the time we got there everything was calm. He apologised for wasting police time, offered us coffee, said a regulatory investigation was getting to him. She stood by the range cooker, not a mark on her, and didn't say a word. It didn't look like the domestics I was used to.'",
        "Action Fraud report {CRIME}, made online by {V.first} on {DATE}: 'A loan of £25,000 has been taken out in my name and I did not apply for it.' It was assessed as not meeting the threshold for investigation, with advice to contact her bank. She deleted the acknowledgement email the same night.",
        "Call from {NB.title}, {DATE} {TIME}: 'I don't want to make a fuss, but there was a woman screaming next door and then a car going off at speed. They're a lovely couple.' Graded as routine and closed after a call-back to the landline, which {P.title} answered, saying the television had been too loud.",
        "No application was made under Clare's Law. {S.tfull} told the review she had never heard of the scheme, and that had she used it she would have asked 'about money, not about hitting her, and I don't suppose the police would have held anything on money'.",
        "Body-worn video of the {DATE} attendance, viewed after the deaths: on the fridge door behind the couple is a handwritten list headed 'ALLOWANCE — THIS WEEK £40'. {V.first} can be heard saying, almost inaudibly, 'I'm not allowed to talk about the accounts.' The officer's notes say 'verbal argument re finances'.",
        "PNC printout: {P.caps}, born {P.dob}. Convictions: drive with excess alcohol, 2010 (community order, 100 hours' unpaid work). No cautions, no warning markers. Firearms: shotgun certificate held since 1996, last renewed {DATE}.",
        "Coroner's officer's note, {DATE}: 'Deceased 1: {V.hyph}, 54, hospital pharmacist. Deceased 2: {P.full}, 57, financial adviser. Next of kin: the three children, two at university and the youngest, sixteen, who stayed at a friend's house overnight. All informed in person by the family liaison officer.'",
        "When officers emptied the gun cabinet they found its key on the ring of {P.poss} car keys and a second key in an envelope in the study addressed, in his writing, to 'the Coroner'. The envelope also held a list of the family's passwords and the policy number for the life cover.",
        "Licensing review after the deaths: the renewal on {DATE} had relied on a GP proforma returned 'nothing to report'. The domestic incident logged as occurrence {OCC} was on the force system, but no crime had been recorded, so no system told the licensing team it had happened; an officer's email about it sat unread in a shared mailbox.",
        "Front counter at {TOWN} police station, {DATE}: {V.first} asked whether it was against the law 'for a husband to put a tracker on a car if the car's in joint names'. The clerk suggested legal advice. The only record of the conversation is a line in the clerk's day book: 'lady asking re trackers — advised solicitor'.",
        "Email from {PC.email} to the domestic abuse team, {DATE} {TIME}: 'Attended a verbal at a big detached place in the village. Both professionals, no injuries, graded medium. Something about the money side I don't like though. Could someone give her a call? {PC.first}' The team rang the landline twice.",
        "Statement of the mortgage broker, {DATE}: 'I went round to the house to have the declarations signed. {P.first} did the talking. She signed in three places without reading a line. I asked if she was happy and he said, \"She trusts me, I do this for a living.\" I should have insisted on seeing her on her own.'",
        "Enquiries at the golf club: the secretary told detectives that {P.title}, the club's treasurer until last spring, had 'borrowed' £18,000 from the clubhouse refurbishment fund and put it back a month later. A loan of the same size was drawn in {V.poss} name in the week the money went back.",
        "Welfare concern raised through 101 by {S.full}, {DATE}: 'My sister hasn't replied since yesterday and her husband is answering her texts for her.' An officer called at the house and spoke to {P.first} on the doorstep: 'Wife in bed with a migraine, does not wish to be disturbed. No concerns.'",
        "Call data for {P.phone}: seven calls to 116 123 in the last month of his life, the longest forty-nine minutes, the last beginning at 03:52 on the morning of the deaths. Samaritans confirmed that the calls reached them and, under their confidentiality policy, said nothing of their content.",
        "The force referred the licensing decision to the IOPC, which sent it back for a local investigation. The professional standards report finds 'no individual misconduct' and 'a system that asked the applicant's GP, the applicant's referee and the applicant's wife, in front of the applicant'.",
        "Statement of {PC2.officer}, who took the first account from the cleaner: 'She kept saying the dog was going mad and the alarm wasn't set, and he always set the alarm. She pointed me to the study. I asked her to wait by the car with the dog walker, who had just pulled up.'",
    ],
    "marac": [
        "The case was never heard at MARAC. The one DASH, on {DATE}, scored nine and was graded medium. The IDVA service allocated it to {IDVA.full}, who rang the landline three times and closed the referral as 'unable to engage' after {P.title} picked up on the third call.",
        "Community Safety Partnership decision, {DATE}: 'The deaths of Adult R and Adult T meet the criteria in section 9 of the Domestic Violence, Crime and Victims Act 2004. One review will consider both deaths, as the statutory guidance allows where a homicide is followed by the suicide of the person who caused it.'",
        "Panel meeting 1, {DATE}. Present: Independent Chair; police (major crime review and firearms licensing); the ICB for primary care; the acute trust; the IDVA service; children's services; adult social care; an economic abuse charity. Invited, did not attend: the bank, the golf club, the private GP clinic, the estate agent.",
        "Terms of reference, 3.2: the panel will look at how the economic abuse of Adult R was visible, or could have been made visible, to private firms (her bank, the mortgage broker and lender, a pension provider and her husband's regulator), and whether any of them had a way to pass a concern on.",
        "National Domestic Abuse Helpline, call log, {DATE} {TIME}, caller giving her first name as {V.first}: 'Husband controls all money. Remortgaged house, loans in my name I didn't take. Never hit me. Has shotguns for sport.' DASH over the phone: eleven yes. Local IDVA referral offered and declined — 'he reads my emails'.",
        "The bank's vulnerable customer team, record of call, {DATE}: 'Customer {V.caps} disputes two credit applications. States husband \"manages everything\". Flag added: possible financial abuse. All correspondence to be held at branch for collection.' The next statement was posted to {V.address}.",
        "From the Chair's analysis: 'Adult R had a profession, an income of her own, a large house and a new car. She had no money. Every pound she earned went into an account she could look at and never move, and every debt in her name was one she had not chosen. The Domestic Abuse Act 2021 calls that economic abuse. Nobody called it that while she was alive.'",
        "{IDVA.poss} note for the panel: 'We get very few referrals from villages like this. When we do, she tells us she can't come into the office, can't be seen going into a refuge and can't have her name on anything. She has a great deal to lose. That is not the same thing as being safe.'",
        "Written evidence from Surviving Economic Abuse: the remortgage, the credit in her name, the directorship and the pension transfer are each recognised forms of economic abuse, and the financial firms involved each saw a piece of it without any duty or habit of talking to one another.",
        "Action plan | recommendation | owner | RAG\n1 | GP firearms markers to cover private prescriptions the patient tells us about | ICB | amber\n2 | DASH weapons question checked against licensing records | police | green\n3 | no letters to the home when a financial abuse flag is set | the bank (voluntary) | red\n4 | Chair to write to the FCA on advisers facing enforcement | Chair | amber",
        "Minute 2.3: the Chair met {S.full} and {M.full} at {CAREHOME} on {DATE}. {M.first} asked that the report call her daughter by her first name and not by a letter of the alphabet: 'Adult R, Adult T, Child W — she was a person, not a code.' The panel agreed to decide once the three children had been asked.",
        "Children's services' research for the panel: {C.full}, DOB {C.dob}, a pupil at {SCHOOL}. No earlier referrals. One Operation Encompass notification, in 2021, sent to the school's general inbox. Allocated social worker after the deaths: {SW.full}.",
        "Minute 4.1: the mortgage broker's firm answered the panel's questions in one paragraph — 'Both applicants signed the declaration. We have no concerns about the conduct of our adviser.' The panel noted that nothing in the firm's vulnerable customer policy required an adviser to see each applicant alone.",
        "The pension provider to the panel, {DATE}: 'The transfer of {V.sposs} personal pension into a self-invested personal pension was requested online from an IP address at the family home, and her identity was confirmed with a one-time code sent to {V.phone}.' The panel learned that the code would have appeared on the kitchen iPad.",
        "Estate agent's diary note, {DATE}: 'Valuation booked by Mrs only — please ring her mobile, NOT the landline. Rang landline in error to confirm the time; Mr answered. Valuation cancelled by Mr that afternoon.' The agency has since changed its booking form and its training.",
        "The family solicitor's file, shared with the children's consent: one fixed-fee consultation on {DATE}, advice on financial remedies and on a non-molestation order, and a client care letter sent to her NHS email and never signed. Attendance note: 'Client intends to issue after youngest's GCSEs.'",
        "Adult social care IMR for {M.full}: {SW.first} reviewed the placement on {DATE} after three months of unpaid top-up fees. The attorney, {P.full}, called the arrears 'an admin mix-up between accounts'. No safeguarding concern was raised and no one told the Office of the Public Guardian.",
        "Minute 5.6: the panel discussed whether professionals had been blind to abuse in a wealthy household. The police member said: 'We look for what we're used to seeing. A Range Rover on the drive isn't a risk factor on any checklist we use.'",
        "Home Office Quality Assurance Panel, feedback, {DATE}: 'The panel commends the review's close reading of the financial records. It asks for more of the children's voices, and asks that the report not describe the husband's death as a tragedy in the same sentence as his wife's.'",
        "IDVA case notes, {DATE}: 'Tried {V.phone} after the helpline referral — no answer, no voicemail left, per safety advice. Text sent: \"Hi, it's {IDVA.first} from the service you spoke to. Ring {IDVA.phone} whenever it's safe.\"' The panel believes that {P.first} read it on the iPad first.",
        "Recommendation 7: that the Home Office ask forces to treat any domestic incident at an address linked to a certificate holder as a trigger for a licensing review, whether or not a crime was recorded, and to do the same when a helpline passes on a disclosure that the abuser 'has guns'.",
        "The MARAC coordinator's reply to the panel's request: 'We hold no record of Adult R. Referral to MARAC needs fourteen ticks or a professional's judgment that the risk is high, and we received neither.'",
        "Notes of the Chair's meeting with Young Adult X and Young Adult Y, {DATE}: 'They asked that the report not say he \"snapped\". \"He planned it. He sent our sibling to a sleepover, he checked his life cover, he wrote to the coroner. Please don't write that he snapped.\"'",
        "IMR tracker | agency | requested | received\npolice | {DATE} | yes\n{SURGERY} | {DATE} | yes\nacute trust (as employer and ED) | {DATE} | yes\nprivate GP clinic | {DATE} | summary only\nthe bank | {DATE} | declined\n{SCHOOL} | {DATE} | yes",
        "Minute 6.2: the golf club's secretary did not attend but wrote that '{P.first} was a popular member and generous at the bar' and that the club knew of 'no domestic difficulties'. The panel noted that the club's own accounts for that year showed a withdrawal nobody had explained.",
        "Draft press statement from the partnership, {DATE}: 'Our thoughts are with Adult R's family, her colleagues at the hospital and the whole village, and with his.' {S.first} asked that the last two words be taken out. They were.",
        "Panel meeting 3, {DATE}. Present: the Chair; {PC2.full} for firearms licensing; {SW.tfull}, children's services; {IDVA.tfull}, IDVA service; the acute trust's named nurse; the ICB's designated doctor. Apologies: probation ('no involvement'). The family's advocate attended for items 2 and 3.",
        "Minute 7.4: {S.poss} advocate told the panel the family wanted one finding above all: 'She did not fail to leave. She was leaving. She had a solicitor, a flat on a property website and a date. The danger was greatest because she was going.'",
    ],
    "school": [
        "Pastoral record, {SCHOOL}, for {C.full}, Year 11: 'Quieter this half-term. House tutor notes the teen is skipping lunch — says \"my card keeps getting declined\".' A separate note from the bursary, the same week: 'Spring term fees unpaid.' Nobody put the two together.",
        "Bursar's ledger | {C.capsfirst} | autumn term: paid | spring term: overdue 47 days | summer term: 'parent promises payment by month end (Mr)' | deposit forfeiture warning issued {DATE}",
        "{TCH.full}, the teenager's house tutor, told the review: 'The father emailed me almost every week — grades, team selection, university plans. I met the mother once, at a carol service, and she said, \"I'm not really allowed to be the parent who emails,\" and then laughed as if it were a joke.'",
        "Operation Encompass notification, {DATE}, sent to a shared school inbox: 'Incident at the home address overnight — verbal domestic. Child not present.' The key adult never saw it. The school found out after the deaths that a notification had ever been sent.",
        "School counsellor's notes, {DATE}: 'Exam stress. Says home is \"fine, just money stuff\". Says dad knows where everyone is on his phone \"like a radar\" and mum pretends she doesn't mind.' Plan: four more sessions. The counsellor did not pass the note to the DSL.",
        "At 21:10 on the last evening, {P.first} emailed {TCH.title} to say that {C.first} would be 'staying at a friend's tonight and may be a little late tomorrow — please go easy on them'. The tutor read the email at 07:30, an hour after the second shot.",
        "University wellbeing service, record of Young Adult X, {DATE}: 'Student anxious about parents. Says father asked her to sign as guarantor on a business loan, \"only on paper\", and her mother rang in tears begging her not to.' Referred to the student money adviser.",
        "Student funding office, {DATE}: Young Adult Y reported that money from home had stopped and that 'dad says the household income figure is wrong and I should appeal'. The university's hardship fund paid £600 and booked a meeting the student did not attend.",
        "Email to the head of year from {C.email}, {DATE} {TIME}: 'sorry i missed prep. mum and dad were arguing about the house again and i had my headphones on. please dont call home about it.' The reply thanked the teen for letting school know and gave an extension.",
        "Parents' evening notes, {DATE}: 'Mr {P.surname} attended alone, as always. Questioned whether Latin was good value for the fees.' The school's MIS listed the mother as 'contact 2 — do not email (at father's request)'.",
        "DSL log, {DATE}: {C.capsfirst} told a PE teacher that 'dad keeps the guns in a locked cupboard and the key's on his keys, and when he's angry he goes in there and cleans them'. Logged as 'no concern — legally held, shooting family'.",
        "After the deaths {SCHOOL} awarded the teenager a full bursary for the two sixth-form years and wrote off the arrears. The head's letter to parents named nobody and asked families not to discuss what had happened on social media.",
        "The hockey coach, in a statement: 'Mum used to watch from the car park with the engine running and go before the final whistle. The teen told me once, \"She has to be home before dad checks the app.\" I thought it was about the dinner.'",
        "{C.first}, now seventeen, asked through an advocate that the review say this: 'Everyone thought we were rich. We were a family where mum had to ask dad's permission to buy me a birthday present.'",
        "Trips ledger: the deposit for {C.poss} year-group ski trip was paid on {DATE} with a credit card in {V.poss} name which, the review found, she had never applied for and never seen.",
        "{TCH.initial}, head of Year 11, in a statement: 'I rang the mobile we had for mum, {V.phone}, about a detention. She was whispering. She asked whether I could email her at the hospital instead, and gave me an NHS address.'",
        "The school's safeguarding policy mentioned domestic abuse only in its section on bursary families. The DSL told the review: 'If I'm being honest, we thought of it as something that happened in state schools.'",
        "Personal tutor to the wellbeing team, {DATE}, about the eldest: 'She has asked for an extension. Her father has been messaging her late at night about the family finances and the chance of \"losing everything\". She is frightened for her mother.'",
        "Children's services, after the deaths: {SW.tfull} saw {C.first} at the home of {S.full} on {DATE}. Plan: Child in Need support under section 17 of the Children Act 1989, bereavement counselling through a specialist charity and a revised mock exam timetable.",
        "Consent form for a Duke of Edinburgh expedition, {DATE}: one signature reads '{P.initial}', in the father's hand; the second, meant to be the mother's and signed {V.initial}, is in handwriting the panel believes is also his.",
        "MIS contact record | pupil: {C.full} | contact 1: {P.full}, {P.phone}, {P.email}, 'fee payer — priority' | contact 2: {V.full}, 'no texts please' | emergency: {S.full}",
        "Pastoral note, {DATE}: {C.first} asked the IT office whether a parent could see a pupil's location 'through the school app'. Told no. The teen said, 'Dad can see everybody's anyway. Mum turned hers off once and he went berserk.'",
        "The music department's statement: 'The mother paid for the piano lessons in cash — envelopes of coins and small notes. Once she apologised that it had come out of \"the change jar\".'",
        "The head's IMR: 'A fee-paying school has a great deal of contact with a family's money and very little with what goes on inside it. Every signal we had came in through the accounts office, and the accounts office does not report to safeguarding.'",
        "Both older children have since asked their universities to remove their father as an emergency contact; he remained on both records for five months after his death, and one university sent him a letter about a graduation ceremony.",
        "Prize-giving programme, {DATE}: 'Year 10 Science Prize — {C.caps}'. The mother's ticket was never scanned. {S.first} told the review that her sister had not been allowed the afternoon off because 'the car was needed'.",
        "The mother of the friend the teenager stayed with on the last night told the review that {P.first} had phoned at seven to set it up: 'Very charming, insisted on paying for the pizza. He said the house would be \"a bit chaotic\" tomorrow.'",
        "Year 11 report, English: '{C.first} wrote a superb piece on \"The Inheritance\", about a father who counts everything. I asked whether it was autobiographical. The answer was \"it's fiction, sir\".' The teacher added it to the pupil's file after the deaths.",
    ],
    "probation": [
        "Probation Service nil return, {DATE}, signed by {PO.full}: 'No current or recent supervision. Historic record only: community order 2010 for drive with excess alcohol, 100 hours' unpaid work, completed on time. OASys held. No contact since.'",
        "OASys, 2010, section 6 (relationships), completed by {PO.title}: 'Married, three children, describes marriage as stable and supportive. Says \"my wife doesn't need to know the details, she's got enough on at the hospital\". Partner not contacted.'",
        "{PO.first} told the review: 'It was an unpaid work order for a drink-drive. We didn't do home visits on those and we never spoke to partners. I remember him as courteous and a touch superior, and that's honestly all.'",
        "The Financial Conduct Authority to the Chair, {DATE}: 'The firm of {P.full} was the subject of an investigation into advice on defined benefit pension transfers. We do not comment on individuals, but we can confirm that a warning notice had been given and that he had been invited to interview.'",
        "Financial Ombudsman Service: nineteen complaints against the firm upheld between {DATE} and the deaths, with awards of more than £1.4 million and none of them paid. The professional indemnity insurer had refused cover for pension transfer business two years earlier.",
        "Companies House shows {V.full} appointed a director of her husband's firm on {DATE}, with a service address at {V.address}. {S.first} says her sister first saw the appointment in a letter from a client's solicitors threatening to pursue the directors personally.",
        "A statutory demand for £212,000, served on the firm by a former client's solicitors on {DATE}, was never shown to anyone. It was found after the deaths folded in the glovebox of {P.vrm}, with a parking ticket and a receipt for cartridges.",
        "HMRC: self-assessment for {P.full}, NI {P.ni}, three years in arrears and a time-to-pay arrangement broken in {DATE}. {S.first} said her sister once opened a brown envelope by mistake, 'went white, and put it back in so he wouldn't know she'd seen it'.",
        "Employee assistance helpline (provided through his income protection policy), call summary, {DATE} {TIME}: 'Male, 57, self-employed. Severe financial stress — \"facing ruin and disgrace\". Asks whether calls are confidential from his wife. Risk screen: denies suicidal intent. Six counselling sessions offered.' He attended one.",
        "Samaritans, to the review, {DATE}: 'We can confirm that calls were made to our helpline from the number the family has given us. In line with our policy we do not record or share what is said. We are deeply sorry for the family's loss.'",
        'Notes of his one counselling session, disclosed to the coroner: \'Client talks of "shielding the family from the fallout" and "taking responsibility". Asked about firearms as part of risk screen: "only for clays". Protective factor: his wife.\' He asked that she not be told he had come.',
        "Golf club committee minutes, {DATE}: 'The treasurer, {P.title}, reported a timing difference on the refurbishment account. Resolved that the treasurer bring the bank statements to the next meeting.' At the next meeting the minutes record his resignation 'for family reasons'.",
        "The captain of the clay shooting syndicate: 'He came every other Sunday with his own Beretta over-and-under. The last time he was quiet, shot badly and left before lunch. Said his wife was \"making things difficult\". I've wished a hundred times I'd asked what he meant.'",
        "A former client's letter to the Chair, {DATE}: 'He moved my pension out of the steelworks scheme and I lost most of it. I'm not writing to speak ill of the dead. I'm writing because once I rang the number on his website and his wife answered and said, \"I'm so sorry, I had no idea what he'd done.\"'",
        "The bank's business relationship manager, file note, {DATE}: 'Overdraft on the firm's account extended at client's request, secured by personal guarantees from both spouses. Wife's guarantee e-signed.' The audit trail shows that both signatures came from the same laptop within ninety seconds.",
        "Probation's IMR, paragraph 3: no pre-sentence report, no supervision since 2011, and no way for a historic record to be linked to a current domestic incident. The panel made no recommendation to the Probation Service, and asked instead who stands in its place for men like him.",
        'Unpaid work log, 2010, {DATE}: \'{P.surname} attended, worked well, complained of "losing a day\'s billing". Asked whether his wife could do some of his hours for him as she "has more time". Told no.\' She was working five days a week at the hospital.',
        "{EX.full}, his first wife, told the review: 'When we divorced he hid the money so well the court never found it. He told me he'd rather burn the lot than let me have half. I never thought he meant people.'",
        "The income protection insurer's file, {DATE}: a claim by {P.full} for incapacity through 'stress and anxiety' was declined because he was still advising clients. The decision letter went to {P.email} nine days before the deaths.",
        "Life insurer's file: joint life policy in the names of {P.full} and {V.full}, sum assured £1.2 million, started eleven months before the deaths with a twelve-month suicide exclusion. The insurer has since paid the claim on her life into a trust for the children.",
        "His profile page, {P.url}, still described {P.first} as 'Chartered Financial Planner — helping families face the future with confidence' three months after the deaths, with a photograph of him and his wife at a charity ball.",
        "The FCA told the panel it had 'no mechanism and no duty' to consider the welfare of a person under enforcement or of their household, and that it had not been told he held a shotgun certificate. Its final notice was never published.",
        "His regulatory solicitors to the FCA, {DATE}: 'Our client is under great personal strain. He asks that correspondence go to his office and not his home, where his wife is unaware of the investigation.' She was a director of the firm under investigation.",
        "Email from {PO.email} to the Chair, {DATE}: 'I've checked nDelius again. The only address we hold for him is {P.address}, {P.postcode}, from 2010, which is the family home. No warning markers, and nothing under the victim contact scheme.'",
        "The steward of the clubhouse bar: 'He ran a tab into the thousands. After Christmas he cleared it in cash and said his wife had been \"very generous this year\". We all laughed. She'd never once been in the bar.'",
        "The network's compliance officer told the panel that at their last meeting {P.first} had said, 'If this goes public it will kill my wife.' She wrote it down as a figure of speech, and says she has thought about it every day since.",
        "Complaint to the network, {DATE}, from a retired couple: 'Mr {P.surname} told us our money was safer with him than in any scheme. We'd like it back, and we will sue if we have to.' The file shows he replied from his wife's email account, signing himself 'The Team'.",
        "Statement of the Insolvency Service examiner: 'Had he lived, a bankruptcy petition would almost certainly have followed within weeks. His wife's liabilities as a director and a guarantor would have made her a creditor's target too. I doubt she knew.'",
    ],
    "hospital": [
        "{V.full} joined the trust's pharmacy department in 2004 and was lead pharmacist for antimicrobial stewardship when she died. Her line manager called her 'the calmest person in any crisis, and always the last to leave'.",
        "Occupational health referral, {DATE}, by the chief pharmacist: 'Three short absences for migraine; appears exhausted; has asked payroll about a salary advance.' OH nurse {NUR.full}: 'Discussed pressures at home — financial. Offered EAP and the staff domestic abuse policy. Pt said, \"It's not that sort of thing.\"'",
        "Payroll, {DATE}: {V.first} asked for her salary to go to a new account in her sole name. Two days later an email from {V.email} asked payroll to 'switch back to the joint account, sorry for the confusion'. Her sister is certain she never sent it.",
        "The trust's policy for staff affected by domestic abuse offered paid safe leave, a salary advance and help to open a bank account. None of it was offered to her, because she never called it abuse and her manager never asked whether it was.",
        "Emergency department, {DATE} {TIME}: {P.full}, 57, central chest pain and palpitations. ECG and troponin normal. Discharge summary: 'Likely panic attack. Stressors — work, regulator. Declined referral to liaison psychiatry.' No one asked about weapons or about his marriage.",
        "Minor injuries unit, {DATE}: {V.capsfirst}, sprained left wrist — 'caught it in the car door'. Triage nurse {NUR.title} asked the routine question on safety at home; answered 'yes, safe'. The note adds: 'Husband waited in car, came in twice to ask how long.'",
        "Ambulance ePCR, {DATE} {TIME}: 'Two patients, one address. Pt 1 female, 50s, shotgun wound to chest, no signs of life. Pt 2 male, 50s, shotgun wound to head, no signs of life. Police present. ROLE confirmed for both.'",
        "Home Office pathologist's report on {V.hyph}: cause of death a shotgun wound to the chest, fired from between one and two metres. An old, healed fracture of the left fifth rib, cause unknown, was noted and never explained.",
        "Inquest touching the death of {V.full}. Conclusion: unlawful killing. The coroner recorded that she was killed by her husband at their home on {DATE}, with a shotgun he held under a certificate granted by the chief officer of police.",
        "Inquest touching the death of {P.full}. Conclusion: suicide. The coroner said: 'I am satisfied he intended to end his own life, and that he did so after killing his wife. I do not describe these two deaths as the same kind of tragedy, and I would ask the press not to.'",
        "Regulation 28 report to prevent future deaths, sent to the Home Office and the chief constable. Matters of concern: a GP medical proforma that relies on NHS records alone; no check of domestic incident logs at renewal; and no route by which a financial regulator could raise a welfare concern about a certificate holder.",
        "Statement of {FR.full}, a colleague in the pharmacy team: 'She had the same sandwich from home every day and never came to leaving drinks. Once she asked to borrow twenty pounds for a birthday present and paid me back in coins the week after.'",
        'Private counsellor\'s notes, released to the coroner: \'Session 7. Client describes husband going through her banking app every night and a weekly "budget meeting" where she accounts for each receipt. She laughs: "I can reconcile a controlled drugs register for a whole hospital, but not my own purse."\'',
        "The counsellor told the review she worked in private practice and had no safeguarding training beyond her professional body's online module: 'I heard control. I didn't hear danger. I had no idea there were guns in the house.'",
        "The hospital chaplain, who knew {V.first} from the staff choir, said she asked him once, over coffee after a rehearsal, whether 'a marriage can be a cage without any bars', and then changed the subject to the Easter concert, where she sang Amazing Grace as a solo.",
        "Acute trust IMR, paragraph 6.3: 'As her employer we saw a senior pharmacist who was exhausted, asked about a salary advance, changed her bank details and changed them back, and bought her lunch with coins. Each of those is small. Together they were the clearest picture any agency had.'",
        "Security incident log, {DATE}: a man who gave his name as {P.title} came to the outpatient pharmacy counter asking for 'my wife's payslips, she's left them at home'. He was asked to leave. The log was closed as a nuisance visitor and never reached the pharmacy manager.",
        "HR note, {DATE}: 'Staff member asked for four weeks' unpaid leave. On questioning, said husband wants her to go with him on a business trip.' Declined because of rota pressures. Her sister says there was no trip; he wanted her at home, away from the hospital.",
        "The staff wellbeing hub offered free one-to-one sessions with a money adviser. {V.first} booked one on {DATE}, under a colleague's login, and cancelled it the same afternoon.",
        "The car on which the tracker was found, {V.vrm}, was leased through the trust's salary sacrifice scheme in her name. The lease was hers, the payments came from her salary, and the tracker's account was his.",
        "Pharmacy on-call rota, the weekend of the deaths: {V.first} was down for the Saturday. When the on-call phone went unanswered at 07:00, the deputy rang {V.phone} three times, then the landline, then — because she had never once missed a call — the police.",
        "{NUR.full}, reflecting for the panel: 'She asked me, as a hypothetical, whether the trust would give a reference to a pharmacist moving across the country at short notice. I said of course we would. I didn't ask why she was asking.'",
        "Children's emergency department, {DATE}: {C.first}, thirteen, laceration to the right palm from broken glass 'in the kitchen'. Seen with father. Safeguarding checklist: 'no concerns'. The teenager later told the review the glass had been a picture frame thrown across the room.",
        "The mental health trust had no contact with either adult. Its IMR notes that the ED discharge letter for {P.first} suggested 'GP may wish to consider a talking therapies referral', and that no referral ever arrived.",
        "At the inquest, Young Adult X read a statement: 'Mum counted medicines for a whole hospital. She made sure every patient got what they needed and nobody got too much. She would want you to look at the system, so please look at it.'",
        "Datix, {DATE}, raised by the chief pharmacist after the deaths: 'Staff member disclosed to colleagues over two years that her husband controlled her finances. No manager was told. Our domestic abuse policy is not known in the department.' Action: training for all band 7 and above.",
        "The trust's named nurse for safeguarding adults told the panel that the trust had 'looked after its patients and forgotten its staff', and that a pharmacist with a professional registration to protect was 'exactly the person who will not tell her line manager'.",
        "Letter from the chief pharmacist, read at the inquest: 'Her name is on the wall of the aseptic unit now. When we opened it, the team chose her favourite saying: \"Check twice, then check again.\"'",
    ],
    "family": [
        "{S.full} told the review: 'People say, \"But she was a professional, she earned good money.\" She earned it. She never had a penny of it. She had to ask him for petrol money to drive to the hospital.'",
        "{M.first}, speaking to the Chair at {CAREHOME}: 'He was always so courteous to me. He took over my money when my hands got bad, and I thanked him for it. Now they tell me the fees weren't paid for months. I feel such an old fool.'",
        "Statement of the cleaner, who had worked for the family for nine years: 'He paid me cash every Friday, counted out on the kitchen island. One Christmas she slipped me an extra ten pounds and said, \"Please don't tell him.\" I let myself in that morning at twenty past eight and the dog was howling.'",
        "The dog walker: 'I had Treacle on weekdays. The last few months {V.first} started coming out with us at weekends, just to talk. She said the speaker in the kitchen was \"always listening\", and she wouldn't say anything real inside the house.'",
        "{FR.first}, her closest friend from the pharmacy team: 'She was on Find My, so he could see wherever she was. When we went for coffee she'd leave her phone in her locker so it would say she was still at work.'",
        "{NB.full}, who lives next door: 'We put the doorbell camera in for parcels. I had no idea it picked up sound from their drive. I've listened to that recording once, for the police. I will never listen to it again.'",
        "{NB.title}: 'They threw the best garden party in the village every June. He'd give a little speech about family, and she'd be in the kitchen doing the washing-up. I honestly thought she was just shy.'",
        "A written statement from Young Adult X, read to the panel by {S.first}: 'Dad ran us with money as well — an allowance, a car, a deposit for a flat, always with conditions. We thought it was generosity. Mum knew exactly what it was.'",
        "{C.first}: 'The iPad in the kitchen was the family iPad. Everybody's messages came up on it. I learned never to text mum anything I didn't want dad to see, and I think she'd learned that years before me.'",
        "{S.first} remembered a phone call in {DATE}: 'She said, \"He's moved my old pension, and I only found out from the annual statement. He says I signed it. I didn't sign anything.\" She sounded more embarrassed than angry.'",
        "A member of the golf club's ladies' section: 'She played twice and gave it up, said it cost too much. He was there every Saturday. He used to say, \"The boss keeps me on a short lead,\" and everybody laughed, her included.'",
        "The cleaner again: 'In the study there was a whiteboard with all the numbers — loans, cards, the mortgage. At the top it said \"D-DAY\" and a date in the spring. I thought it was to do with the business. I wiped round it.'",
        "{M.full} remembered the wedding: 'He paid for everything and told everybody he'd paid for everything. {V.nick} said afterwards it was the first time she felt she owed him something.'",
        "The landlord of {PUB}: 'He drank in here most Fridays with the estate agent and the broker. They called themselves the board. The week before, he bought a round and said, \"Last one on the firm, gents.\"'",
        "{FR.full}: 'She showed me a spreadsheet she'd made of every debt in her name. Eleven lines. She said, \"I can't leave, I'd be leaving with this.\" She didn't mean him. She meant the debt.'",
        "A note found in {V.poss} locker at the hospital, in her handwriting, addressed to {S.first}: 'If anything happens, the real figures are in the blue box file in the loft. Don't let him tell the kids it was my fault.'",
        "The dog walker, continuing: 'When I pulled up her car was on the drive and the curtains were still shut. The cleaner was out the front crying down the phone to 999. I just held the lead and waited. I keep thinking how ordinary it all looked.'",
        "The children asked that the report open with their mother's words, which the youngest found in the notes app on her phone: 'When this is over I'm going to buy a little flat with a garden and nobody's name on the deeds but mine.'",
        "{S.first}: 'She'd seen the solicitor. She had the forms. She was waiting for {C.nick} to finish GCSEs in May and June. Everybody asks why she didn't leave. She was leaving. That's the part nobody seems to understand.'",
        "{EX.first}, the husband's first wife, wrote to {S.first} after the inquest: 'I'm so sorry. I should have found a way to warn her. I thought the money was the worst of him.'",
        "{FR.poss} account of a birthday: 'We clubbed together for a spa day. A week later she asked, so embarrassed, if she could swap the voucher for cash. She kept the notes in a tampon box in her locker, because he'd never look there.'",
        "{S.poss} husband: 'Over dinner once he explained to me that the safest thing for any family is one person controlling the money. I asked him, \"Safest for whom?\" We weren't invited back for a year.'",
        "A post on {V.url}, {DATE}, made from her account, which the family say he ran: a photograph of the five of them at a graduation, captioned 'So proud of my girls — all down to Mum's hard work (and Dad's wallet!)'.",
        '{M.first}: \'The last time she came she brought daffodils and sat with her coat on the whole visit. She said, "Mum, I\'ve got a plan." I said, "Good girl." I never asked her what it was. I wish to God I had.\'',
        "The cleaner: 'The house talked. Lights came on by themselves, the heating came on from his phone. Once, when we were having a cuppa and a chat, the camera in the kitchen said \"You can go home now\" in his voice. She went white.'",
        "{C.first}, to the Chair: 'Dad said the sleepover was a treat because I'd worked hard. He gave me forty pounds. He never gave anyone forty pounds without wanting to know where it went. I should have known something was wrong.'",
        "The HR director of {WORK}, the firm's largest corporate client, whose staff pension scheme he advised: 'In the autumn he told us his wife was \"seriously ill\" and that he might need to step back for a while. We sent flowers to the house. She wasn't ill.'",
        "The eulogy, written by the three children and read by {S.first}: 'Mum was the person who noticed. She noticed when a patient had too much of something, when one of us was sad, when the dog was off his food. We're asking everyone who reads this to notice.'",
    ],
    "letter": [
        "Customer Support — Vulnerable Customers Team\n\n{DATE}\n\nPRIVATE\n{V.tfull}\n{V.address}\n{V.postcode}\n\nDear {V.title},\n\nYour recent call about two credit applications\n\nThank you for speaking to us. We have added a note to your accounts so that our colleagues know you may need extra support, and we have opened an investigation into the two applications you do not recognise. While we investigate, you remain responsible for the repayments. We will write to you again within eight weeks.\n\nYours sincerely\n\nCustomer Support Manager",
        "Mortgage Completion Notice\n\n{DATE}\n\n{P.tfull} and {V.tfull}\n{V.address}\n{V.postcode}\n\nDear {P.title} and {V.title},\n\nWe are pleased to confirm that your further advance of £340,000 has completed and that your mortgage is now on an interest-only basis for the remaining term of fourteen years. Please make sure you have a plan in place to repay the capital at the end of the term. Your mortgage broker has received a copy of this letter.\n\nYours faithfully\n\nMortgage Servicing",
        "From: family.team@lawfirm.example\nTo: {V.email}\nDate: {DATE} {TIME}\nSubject: Your consultation — client care letter (PRIVATE)\n\nDear {V.first},\n\nThank you for meeting me this morning. As promised, I attach our client care letter and a note of my advice about a divorce application, financial remedy and, if you need one, a non-molestation order. There is no rush to sign: please contact me only at this address or on my direct line, and do let me know if it is not safe for us to write to you.\n\nKind regards\n\nAssociate Solicitor, Family Team",
        "Firearms Licensing Unit\n\n{DATE}\n\n{P.broken}\n{V.address}\n{V.postcode}\n\nDear {P.title},\n\nFirearms Act 1968 — renewal of shotgun certificate\n\nI am pleased to enclose your renewed shotgun certificate, valid for five years from today. Please check the details and sign it at once. You must continue to store your shotguns securely and to tell us about any change of address and any relevant medical condition. Your GP has been asked to add a marker to your records.\n\nYours sincerely\n\nFirearms Licensing Manager",
        "HM Coroner\n\n{DATE}\n\n{S.tfull}\n{S.address}\n{S.postcode}\n\nDear {S.title},\n\nInquests touching the deaths of {V.full} and {P.full}\n\nI write to confirm that the two inquests will be heard on consecutive days, your sister's first, and that I have decided they should not be heard together. A room will be set aside for your family, and the coroner's officer will meet you at the door. Please let my officer know whether the children wish to attend or to give a statement.\n\nYours sincerely\n\nSenior Coroner",
        "The Bursary, {SCHOOL}\n\n{DATE}\n\n{P.tfull}\n{V.tfull}\n{V.address}\n\nDear {P.title} and {V.title},\n\nFees account: {C.caps}\n\nWe note that the spring term fees remain outstanding despite our earlier reminders. Unless payment or an agreed plan is in place within fourteen days, we will regrettably have to consider whether {C.first} can return after the Easter holidays. We would much rather talk: please contact the Bursar in confidence.\n\nYours sincerely\n\nBursar",
        "From: valuations@estateagent.example\nTo: {V.email}\nDate: {DATE} {TIME}\nSubject: Your market appraisal — Thursday 10.30\n\nDear {V.title},\n\nThank you for booking a free market appraisal of {V.address}, {V.postcode}. Our valuer will arrive at 10.30 on Thursday and the visit takes about forty-five minutes. As requested, we will contact you only on your mobile, {V.phone}. We look forward to meeting you.\n\nBest wishes\n\nBranch Valuer",
        "Independent Chair, Domestic Homicide Review\n\n{DATE}\n\n{C.full}\nc/o {S.full}\n{S.address}\n{S.postcode}\n\nDear {C.first},\n\nI am the person writing the review about your mum's death. Your auntie and your nan told me you might like to tell me what you think I should know, in your own words and in your own time. You can write, send a voice note, or meet me with anyone you choose. You do not have to, and nothing will be written about you that you have not seen first.\n\nWith my very best wishes\n\nIndependent Chair",
        "Pension Transfers\n\n{DATE}\n\n{V.tfull}\n{V.address}\n{V.postcode}\n\nDear {V.title},\n\nTransfer of your personal pension\n\nThis letter confirms that the transfer value of your plan, £86,412.33, has been paid to the self-invested personal pension named in your online request. Your plan with us is now closed. If you did not ask for this transfer, please telephone our fraud team at once.\n\nYours sincerely\n\nCustomer Services",
        "Credit Card Services\n\n{DATE}\n\n{V.hyph}\n{V.address}\n{V.postcode}\n\nImportant: your account is in arrears\n\nDear Customer,\n\nYour minimum payment of £412.00 is now 58 days overdue and your account has been suspended. If we do not receive payment, we may register a default with the credit reference agencies, which could affect your ability to borrow in the future. If you are struggling, free and confidential help is available.\n\nCollections Team",
        "Domestic Abuse Service — IDVA Team\n\n{DATE}\n\nPRIVATE AND CONFIDENTIAL — FOR THE ADDRESSEE ONLY\n{V.full}\nPharmacy Department\n\nDear {V.first},\n\nWe were asked to contact you after you spoke to the national helpline. We have tried to ring you but have not been able to reach you safely. If you would like support, please call me on {IDVA.phone} or email {IDVA.email}. If it is not safe to keep this letter, please destroy it.\n\nWith best wishes\n\n{IDVA.full}\nIndependent Domestic Violence Adviser",
        "{CAREHOME}\n\n{DATE}\n\n{P.tfull}\nAttorney for {M.full}\n{V.address}\n{V.postcode}\n\nDear {P.title},\n\nTop-up fees for {M.title}\n\nAs we have mentioned by telephone, the third-party top-up for your mother-in-law's room has not been received for three months and the account is now £4,650 in arrears. Please let us know how you intend to clear it. We would be happy to speak with you and your wife together.\n\nYours sincerely\n\nHome Manager",
        "From: secretary@golfclub.example\nTo: dhr.chair@partnership.example\nDate: {DATE} {TIME}\nSubject: RE: Request for information — {P.caps}\n\nDear Chair,\n\nThank you for your letter. The committee has considered it and does not feel able to attend the panel or share the club's accounts, which are private to members. We can say that {P.first} was a member for twenty-two years and treasurer for four, and that he will be much missed by many of us.\n\nYours faithfully\n\nHonorary Secretary",
        "From: {PC.email}\nTo: firearms.licensing@police.example\nCc: {PC2.email}\nDate: {DATE} {TIME}\nSubject: Certificate holder at a domestic — for info\n\nHi all,\n\nJust flagging that the house I went to last night on occurrence {OCC} has a shotgun certificate holder, {P.full}, DOB {P.dob}. Verbal only, no crime, graded medium, but there's a lot of financial stuff going on and she was very quiet. Not sure if you need this. Happy to discuss.\n\nThanks\n{PC.first}\n\n{PC.full}\nResponse Team",
    ],
    "texts_intro": [
        "Recovered from {V.poss} handset ({V.phone}) and from the synced family iPad, exhibit list for occurrence {OCC}:",
        "'SISTERS 🌸' (WhatsApp), two members, {S.capsfirst} and {V.capsfirst}; export supplied by {S.full} on {DATE}:",
        "Messages on {P.poss} phone ({P.phone}), extracted for crime {CRIME}, including the family group 'HQ 🏡':",
        "The teenager's own screenshots, taken on {C.poss} phone and given to the Chair at their second meeting, {DATE}:",
        "Texts between {V.full} and friends from the pharmacy team and the village, handed to the Chair by {FR.caps}:",
    ],
    "texts": [
        "{V.first}: {S.lower} can u talk? not on the phone, he can see the call log. just msg here",
        "{S.first}: always {V.lnick} 💛 whats happened",
        "{V.first}: found a letter about a loan in my name. 25k. i never signed anything. he says i did and i forget things because of the menopause",
        "{S.first}: {V.lnick} thats NOT the menopause, thats fraud. screenshot it and send to me before he bins it",
        "{P.first}: budget meeting 8pm. bring receipts from this week incl the coffee at the hospital {V.lower}",
        "{V.first}: ok {P.lnick}. i only had one coffee",
        "{P.first}: two. it says two on the app. dont lie to me about small things and ill trust u with big ones",
        "{FR.first}: lunch thurs? my treat before u say anything 🥗 {V.lower}",
        "{V.first}: yes please {FR.lower}. phone staying in the locker so dont worry if i dont reply x",
        "{C.first}: mum the card got declined in the canteen again 😬 can u put money on it",
        "{V.first}: sorry {C.lnick} ill sort it. have a tenner in my coat pocket, take it tomorrow. dont mention to dad x",
        "{C.first}: ok. is everything ok with money? dad was shouting about the fees",
        "{V.first}: everything will be fine {C.lower}. concentrate on ur mocks. love u to the moon 🌙",
        "{P.first}: {V.lower} find my says location unavailable. fix it. now",
        "{V.first}: battery died sorry {P.lnick}. on now",
        "{P.first}: battery was 64% at 12.10. i can see it. 3rd time this month",
        "{M.first}: hello darling its mum. the lady here says the bill hasnt been paid. is {P.lower} sorting it? xx",
        "{V.first}: dont worry mum ill talk to {P.lower}. love u xx",
        "{S.first}: {V.lower} did u see the solicitor?? 🤞",
        "{V.first}: yes. she was lovely. said i can do it. after {C.lower}s exams. i have to get the pension bit right first",
        "{S.first}: so proud of u. spare room is urs whenever. treacle too 🐶",
        "{NB.first}: hi {V.lower}, parcel for u left in our porch, didnt want it sitting on ur step 📦",
        "{V.first}: ur a star {NB.lower} thank u, ill grab it while hes at golf",
        "{P.first}: who is the parcel from. i saw it on the ring next door",
        "{EX.first}: hello, u dont know me, i was married to {P.lower} years ago. i saw the news about his firm. if he has u on any loans, please get advice. u can call me",
        "{V.first}: thank u. i cant talk about this. please dont message this number again, he reads everything 🙏",
        "{IDVA.first} (text): Hi, it's {IDVA.first}. Just checking in after your call to the helpline. Text back SAFE when you can talk.",
        "{P.first}: whos {IDVA.lower}? some charity texting about safe. explain tonight",
        "{V.first}: it was about the flu jab at work i think. wrong number x",
        "{P.first}: hq family meeting sunday. everyone home. no excuses {C.lower}",
        "{C.first}: cant, got hockey. mum said its fine",
        "{P.first}: mum doesnt decide things {C.lnick}. 10am",
        "{FR.first}: {V.lnick} saw this flat on rightmove 2 bed with a garden near the hospital 👀🌷 just saying",
        "{V.first}: stop it 😂 {FR.lower} u are a bad influence. send me the link at work",
        "{P.first}: {C.lower} sleepover at ur mates tonight, {NB.lower} is doing the lift at 6. have fun x",
        "{C.first}: wait why? i have school tmrw",
        "{P.first}: treat. worked hard. 40 quid in ur blazer pocket. love u {C.lnick}",
        "{V.first}: {S.lower} he's being strange. calm. too calm. made me dinner. im going to ring u at 6 tmrw before he wakes",
        "{S.first}: {V.lower}?? its 7. u said 6. call me 😟",
        "{S.first}: {V.lower} please. im coming over",
        "{NUR.first}: {V.lower} we missed u at on-call 😢 everyone is thinking of u and the kids. the aseptic team lit a candle 🕯️",
        "{C.first}: auntie {S.lower} can i bring mums dressing gown to urs. it still smells of her",
    ],
}
