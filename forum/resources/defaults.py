"""The resource pages Stillpoint starts with (written by the moderators; edited in the UI later)."""

SECTIONS = [
    ("understanding", "Understanding cervical dystonia"),
    ("diagnosis", "Getting a diagnosis"),
    ("treatments", "Treatments"),
    ("specialist", "Finding a specialist"),
    ("daily-living", "Daily living and work"),
    ("support", "Support groups and community"),
    ("research", "Research"),
]

DEFAULT_RESOURCES = [
    # ------------------------------------------------------------------ understanding
    {
        "slug": "what-is-cervical-dystonia",
        "title": "What is cervical dystonia?",
        "section": "understanding",
        "position": 1,
        "summary": (
            "A plain-language introduction to cervical dystonia: what happens in the neck, "
            "who it affects, why it changes through the day, and what can help."
        ),
        "tags": ["First weeks", "Neck pain"],
        "body": """\
If you have just been told you have cervical dystonia, you may feel relieved to finally have a name
for what is happening, frightened about what it means, or both at once. That is completely normal.
This page explains the condition in everyday words. It is general information written by the
Stillpoint moderators, not medical advice, and your own doctors remain the right people to talk to
about your situation.

## A short explanation

Dystonia is the name for a group of movement disorders in which muscles tighten without you deciding
to tighten them. The contractions can be steady, holding part of the body in an unusual position, or
they can come and go as jerks or a rhythmic shake.

Cervical dystonia (often shortened to CD) is a focal dystonia. "Focal" means it affects one area of
the body: here, the muscles of the neck and sometimes the shoulders. Those muscles pull the head into
a turned, tilted, bent or jerking position you did not choose. You may also see the older name
spasmodic torticollis, which is still widely used.

The muscles themselves are healthy. They are receiving the wrong instructions. Researchers believe the
difficulty lies in the brain networks that plan and fine-tune movement, although the full picture is
still being worked out.

## What it can feel like

Everyone's CD is a little different, but common experiences include:

- the head turning, tilting, or being drawn forward or back
- a shaking or nodding head tremor
- one shoulder creeping up towards the ear
- aching, burning or tight pain in the neck, shoulders or upper back
- headaches
- tiredness from working against the pull all day

Pain is very common and deserves to be taken seriously. It is not a sign that you are exaggerating.

## Who gets it

CD usually begins in adult life, most often somewhere between the thirties and the fifties, although it
can start earlier or later. It is more common in women than in men. For most people there is no single
obvious cause. In a few it follows an injury, runs in the family, or is linked to certain medicines,
which is one reason your doctor will ask detailed questions about your history.

CD is not contagious. It is not caused by anything you did wrong, and it is not "all in your head",
even though stress can make it worse.

## Why it changes through the day

Many people find their symptoms are milder in the morning and build as the day goes on. Stress,
tiredness, concentrating hard, and standing or walking can all strengthen the pull. Resting, lying
down, and small touches such as a fingertip on the chin or a hand behind the head can ease it. Those
touches are called sensory tricks, and there is a separate page about them.

This ebb and flow is a normal feature of dystonia. It can puzzle friends, family and even some health
professionals, who may wonder why you look fine one moment and not the next.

## How it tends to unfold

CD usually develops gradually over months or a few years and then tends to settle into a steadier
pattern. In some people nearby areas such as the jaw, face or arms become involved, but it does not
usually spread widely. A small number of people have a spell when symptoms fade on their own; this
often does not last, but it can happen.

CD does not shorten life and does not affect thinking or memory. It can affect comfort, confidence,
work and mood, and those things matter just as much.

## Treatment is available

There is no cure yet, but there are good treatments. Botulinum toxin injections into the overactive
muscles are the main, first-line treatment and help many people a great deal. Physical therapy,
sensory tricks, medicines and, for a few people, surgery can add to that. The best care usually comes
from a movement-disorder specialist: a neurologist with extra training in conditions like dystonia.

## You are not alone

Many people here remember exactly how the first weeks felt. It does get easier to understand and to
live with. Take things one piece at a time, write your questions down as they come, and lean on this
community whenever you need to.
""",
    },
    {
        "slug": "postures-and-their-names",
        "title": "Postures, tremor and what the names mean",
        "section": "understanding",
        "position": 2,
        "summary": (
            "Torticollis, laterocollis, anterocollis, retrocollis and more: a plain guide to the words "
            "used for the different ways CD pulls the head, shoulders and neck."
        ),
        "tags": ["First weeks", "Questions to ask"],
        "body": """\
Clinic letters about cervical dystonia are often full of words that sound like Latin, because many of
them are. This page translates them into everyday language so the next letter makes more sense. It is
general information, not medical advice. Your own specialist is the best person to explain exactly
which pattern you have.

## Why the names matter

Each name describes the direction the head or neck is being pulled. That is more than a label: the
direction tells the clinic which muscles are overactive, and so which muscles to treat. Knowing your
own pattern also helps you describe changes clearly at appointments.

Most of the names end in "-collis", from the Latin for neck. Some specialists go a step further and
separate movement of the head on top of the neck (names ending in "-caput") from movement of the neck
as a whole (names ending in "-collis"). If you see both endings in your notes, that is why.

## The main postures

- **Torticollis** (also called rotational torticollis): the head turns to one side, so the chin moves
  towards a shoulder. This is the most common pattern.
- **Laterocollis**: the head tilts sideways, bringing an ear towards a shoulder.
- **Anterocollis**: the head and neck are pulled forward and down, bringing the chin towards the chest.
- **Retrocollis**: the head is pulled backwards, so the face tips up towards the ceiling.

You may also see the word **shift**. In a lateral shift the head slides sideways over the shoulders
while staying fairly upright. In a forward (sagittal) shift it juts forward, a little like a bird
pecking.

## Mixed forms

Very few people have just one of these. Most have a combination: for example, the head turns to the
left, tilts to the right, and the left shoulder rises. Clinicians may call this a mixed or complex
pattern. It is not a sign of a more serious condition; it simply means several muscles are involved.

The pattern can also change over months or years. That is one reason your injection plan is reviewed
regularly rather than repeated unchanged forever.

## Shoulder elevation

Many people find one shoulder drawn up towards the ear. This can happen together with any of the
postures above. It often adds to pain across the top of the shoulder and upper back, and it can make
clothes, bags and seatbelts feel awkward.

## Head tremor

Some people have a shaking of the head, either as their main symptom or alongside a posture. It may
look like a small "no-no" or "yes-yes" movement. A tremor caused by dystonia is often a little
irregular, and it may get stronger when you try to hold your head straight against the pull. Some
people find a position, sometimes called a null point, where the shaking almost stops.

Head tremor can be confused with other kinds of tremor, so a specialist's opinion is especially
helpful here.

## Jerks and sustained pulls

Doctors sometimes describe dystonia as:

- **tonic**, meaning a steady pull that holds the head in one position
- **phasic**, meaning jerky, repeated movements

Many people have some of each, and the balance can vary from day to day.

## Describing your own pattern

It can help to keep a few notes and short videos:

- which way your head turns or tilts, and whether a shoulder rises
- whether you have tremor or jerks
- what makes it worse and what eases it
- how it changes through the day and across the injection cycle

Short clips filmed on a phone, taken when symptoms are at their worst, can show a clinician far more
than words, especially if your symptoms happen to be quiet on the day of the appointment.

## A gentle reminder

A name for your posture is a tool, not a verdict. Two people with the same label can have very
different experiences. If a word in your letter worries you, write it down and ask your
movement-disorder specialist (a neurologist with extra training in movement disorders) what it means
for you.
""",
    },
    {
        "slug": "when-to-seek-urgent-help",
        "title": "When to seek urgent help",
        "section": "understanding",
        "position": 3,
        "summary": (
            "Most of CD is not an emergency, but a few signs need prompt attention: trouble breathing or "
            "swallowing, sudden new weakness, and moments of crisis. Here is what to watch for."
        ),
        "tags": ["Injection cycle", "Low mood"],
        "body": """\
Living with cervical dystonia is hard, but it is very rarely an emergency. Most days are about
managing discomfort, not danger. Still, it helps to know calmly and in advance which signs need
prompt help, so you can act without second-guessing yourself. This page is general information, not
medical advice, and it cannot replace the guidance your own clinic gives you.

Please remember that Stillpoint is a community, not an emergency service. Moderators and members may
not see a post for hours, so never rely on the forum when you need help quickly.

## Get emergency help straight away if

Call your local emergency number, or ask someone to call for you, if you have:

- difficulty breathing, or feel you cannot get enough air
- choking, or you cannot swallow your own saliva, food or drink
- sudden weakness or numbness in the face, an arm or a leg, especially on one side
- sudden trouble speaking, understanding, or seeing
- a sudden, severe headache unlike any you have had before

Some of these are not caused by CD at all, but they always need urgent medical attention. It is far
better to be checked and reassured than to wait.

## After botulinum toxin injections

Side effects after injections are usually mild and pass on their own: a sore neck, a heavier head,
or feeling a little tired or flu-ish for a day or two. Some people notice mild swallowing changes, such
as food feeling slightly harder to get down. If that happens, your clinic can advise you, and softer
foods and smaller mouthfuls often help while it settles.

Contact your clinic the same day, or get urgent help if you cannot reach them, if you notice:

- swallowing difficulty that is getting worse, or choking on food or drink
- any difficulty breathing
- weakness spreading beyond the neck, for example into the arms, legs or face
- drooping eyelids, double or blurred vision, or slurred speech
- a hoarse or very weak voice that is getting worse

Serious reactions like these are rare. Knowing about them is simply part of being well informed.
If you are unsure whether something is normal, ring the clinic and ask; that is what they are there
for.

## When your mental health is in crisis

CD can bring grief, exhaustion and isolation, and some people reach a point where they feel they
cannot go on. If you are thinking about harming yourself or ending your life, or you feel unsafe
right now, please:

- contact your local emergency number, or go to the nearest emergency department
- call a crisis line in your country; your doctor, pharmacist or local health service can tell you
  which ones are available
- tell someone you trust what is happening, and ask them to stay with you

You deserve support, and feelings this heavy can change with the right help. Reaching out is a
strong thing to do, not a weak one.

## When to see your doctor soon

Some things are not emergencies but should not wait for your next routine appointment:

- new symptoms in other parts of the body, such as the arms, face or voice
- pain that suddenly changes in character or becomes much worse
- a fever, redness or swelling at an injection site
- low mood that lasts for weeks or stops you doing everyday things
- side effects from any medicine you are taking

Your family doctor or your movement-disorder specialist (a neurologist with extra training in
movement disorders) can help sort out what is CD and what may be something else.

## Making a simple plan

It can be reassuring to have a plan before you need one. Keep your clinic's phone number saved in your
phone, along with a list of your medicines and the date of your last injection. Let someone close to
you know where these are. Then you can put this page aside and get on with living.
""",
    },
    # ------------------------------------------------------------------ diagnosis
    {
        "slug": "the-road-to-a-diagnosis",
        "title": "The road to a diagnosis",
        "section": "diagnosis",
        "position": 1,
        "summary": (
            "Why cervical dystonia is often missed at first, how doctors actually make the diagnosis, "
            "what tests are for, and what to do if you feel you are not being heard."
        ),
        "tags": ["First weeks", "Appointments"],
        "body": """\
Many people with cervical dystonia spend months, sometimes years, being told it is something else
before they hear the right name. If that has been your experience, you are in very good company here.
This page explains why the road is often long and what a diagnosis usually involves. It is general
information, not medical advice.

## Why it is often missed

CD is not common, and many doctors see only a handful of cases in a career. Its early signs can look
like much more familiar problems. People are often told, at first, that they have:

- a strained or pulled muscle
- arthritis or "wear and tear" in the neck
- a spine or disc problem
- poor posture from desk work or phone use
- stress or anxiety

Some of these may be true as well, which adds to the confusion. Symptoms that come and go, ease with
a light touch, or disappear when lying down can also make it look less "physical" than it is. None of
this means you imagined anything.

## How the diagnosis is made

There is no single blood test or scan that proves CD. The diagnosis is clinical, which means it rests
on your story and on a careful examination by someone who knows what to look for.

The doctor will usually:

- ask when symptoms started, how they have changed, and what makes them better or worse
- ask about medicines you take or have taken, injuries, and family history
- watch your head and neck at rest, while you sit, stand, walk and talk
- look for a sensory trick, a touch that eases the pull
- check the rest of your body for other movement problems

The person best placed to do this is a movement-disorder specialist: a neurologist with extra training
in conditions like dystonia. Other neurologists can diagnose it too, but a specialist has usually seen
many more people with CD.

## What tests are for

You may be offered tests such as a scan of the brain or neck, blood tests, or occasionally other
investigations. These are mostly used to rule out other causes, not to prove CD. So it is normal,
and usually good news, when the results come back looking ordinary. A normal scan does not mean your
symptoms are not real.

In some situations, for example if symptoms began young or others in the family are affected, genetic
testing may be discussed. Your specialist will explain whether it makes sense for you.

## Helping the process along

You can make it easier for a doctor to see what you live with:

- **Film it.** Short phone videos on a bad day are extremely useful, especially if symptoms are
  quieter in the clinic.
- **Keep a timeline.** Note roughly when things started and how they have changed.
- **List what you have tried** and what happened, including treatments for other diagnoses.
- **Mention the details** that may seem odd: easing with a touch, worse when walking, better lying
  down. These are often the very clues that point to dystonia.

## If you feel you are not being heard

It is reasonable to ask your family doctor whether dystonia could be the explanation, and to ask for
a referral to a neurologist or a movement-disorder clinic. You can say something calm and direct,
such as: "My neck pulls to one side without me doing it, and it is affecting my daily life. I would
like a specialist opinion." Asking for a second opinion is a normal part of healthcare, not a
complaint.

## After the diagnosis

A diagnosis can bring relief, and it can also bring grief for the time lost and worry about what
comes next. Both are understandable. The good news is that a name opens the door to treatment that
actually targets the problem. Our page on questions to ask at an appointment may help you prepare for
the next step.
""",
    },
    {
        "slug": "questions-to-ask-at-an-appointment",
        "title": "Making the most of an appointment",
        "section": "diagnosis",
        "position": 2,
        "summary": (
            "How to prepare for a neurology or injection appointment, questions worth asking, and simple "
            "ways to remember what was said afterwards."
        ),
        "tags": ["Appointments", "Questions to ask"],
        "body": """\
Appointments can feel rushed, and it is easy to walk out and remember the question you meant to ask.
A little preparation helps you and your clinician use the time well. This page offers ideas, not
rules; take what suits you. It is general information, not medical advice.

## Before you go

A few simple things make a big difference:

- **A short summary.** A few lines on when symptoms began, how they have changed and what you have
  tried. Clinicians appreciate a clear overview.
- **A symptom diary.** Even rough notes on pain, pull, tremor, sleep and mood over a few weeks show
  patterns that memory misses.
- **Videos.** Short clips of your neck on a bad day, especially if symptoms tend to settle when you are
  sitting in a clinic room.
- **Your medicines.** A list of everything you take, including over-the-counter remedies and
  supplements, with doses.
- **Your questions,** written down and in order of importance, so the most important ones come first.

If you can, bring someone with you. A second pair of ears is valuable, and they can take notes while
you talk.

## Questions about the diagnosis

- Are you confident this is cervical dystonia? Is there anything else you want to rule out?
- Which way is my neck being pulled, and which muscles seem to be involved?
- Do I need any tests, and what are they looking for?
- Is there anything in my medicines or history that could be contributing?

## Questions about treatment

- What do you recommend first, and why?
- If I have botulinum toxin injections, how will you decide which muscles and what dose?
- Will the injections be guided by EMG or ultrasound?
- How soon might I notice a difference, and how will we judge whether it is working?
- What side effects should I look out for, and who do I contact if they happen?
- Would physiotherapy help, and can you recommend someone who knows dystonia?
- Are there other options if injections do not help enough?

## Questions about daily life

- Is it safe for me to drive at the moment?
- Is there anything I should avoid, or anything that might help, such as heat, stretching or exercise?
- How might this affect my work, and can you provide a letter if I need adjustments?
- What can I do on bad days?

## Questions about what happens next

- When will I be seen again, and by whom?
- Who do I contact between appointments if something changes?
- Can I have a copy of the clinic letter?

## During the appointment

It is fine to say "I have a few questions written down" at the start, so the clinician can plan the
time. If a word or explanation is unclear, ask them to say it another way. It is also fine to say
"I'm finding this a lot to take in." Good clinicians would rather slow down than have you leave
confused.

If something is important to you, such as pain, work, or how you feel about your appearance, say so
plainly. Clinicians cannot always tell what matters most to you unless you tell them.

## Afterwards

Soon after the appointment, jot down what was said, what was decided, and any next steps. Compare
notes with whoever came with you. When the clinic letter arrives, read it through and make a note of
anything that does not match your memory, so you can raise it next time.

## Over time

You will probably see the same clinic many times, especially if you have regular injections. The
relationship tends to grow easier, and your notes and diary become a shared record of what helps.
Where possible, aim to be looked after by a movement-disorder specialist, a neurologist with extra
training in movement disorders, or a team working closely with one.
""",
    },
    # ------------------------------------------------------------------ treatments
    {
        "slug": "botulinum-toxin-and-the-injection-cycle",
        "title": "Botulinum toxin injections and the injection cycle",
        "section": "treatments",
        "position": 1,
        "summary": (
            "How botulinum toxin injections work for CD, what an appointment involves, the rhythm of the "
            "roughly 12-week cycle, and why keeping a diary helps get the dose right."
        ),
        "tags": ["Injection cycle", "Wearing-off", "Appointments"],
        "body": """\
Botulinum toxin injections are the main, first-line treatment for cervical dystonia, and the one with
the strongest research behind it. For many people they ease the pull, the pain, or both, sometimes a
great deal. This page explains what to expect. It is general information, not medical advice; your
injecting clinician will tailor everything to you.

## What the treatment is

Botulinum toxin is a purified protein, used in tiny, carefully measured doses. Injected into a
muscle, it quietens the signals from nerve to muscle, so an overactive muscle relaxes. It works only
where it is injected and nearby, and its effect wears off as the nerve endings recover. That is why
the injections are repeated.

There are several products. Their doses are measured differently and are not interchangeable, so a
change of product is a decision for your clinic.

## The appointment

Your clinician will watch your posture, feel the muscles, and ask how the last cycle went. They then
choose which muscles to inject and how much to give each one. Several small injections are usual.

Many clinics use a guide to place the needle precisely:

- **EMG** (electromyography) picks up the electrical activity of overactive muscles.
- **Ultrasound** shows the muscles on a screen, which helps with deeper or smaller muscles.

Not every clinic uses guidance for every muscle, and experienced clinicians may inject some muscles
by feel. It is a fair question to ask how your injections will be placed.

The injections themselves usually take a few minutes. Most people go home straight afterwards.

## The rhythm of a cycle

The cycle usually goes something like this:

- **The first days.** Little seems to happen at first. The effect typically starts to appear after a
  few days to a week or so.
- **Building up.** Over the following weeks the benefit grows, reaching its peak a few weeks after
  the injection.
- **The good stretch.** For a while, things are as settled as they get on treatment.
- **Wearing-off.** Gradually the effect fades and symptoms return, often in the last few weeks before
  the next appointment.

Injections are usually repeated about every 12 weeks, roughly every three months. Some people find
the wearing-off weeks hard; you are not alone in that, and it is worth telling your clinic.

## Why not more often?

It is natural to want the next injection sooner when symptoms come back. Clinics usually keep to
about 12 weeks because injecting more often, or adding top-up doses between cycles, may increase the
chance of the body making antibodies that make the toxin less effective in future. Spacing the
injections also makes side effects less likely and lets the clinic judge each dose properly. Some
clinics do adjust the interval for particular people, so talk it through rather than struggle alone.

## Getting the dose right takes time

The first injection is a starting point, not a final answer. Clinicians often adjust the muscles and
doses over several cycles, looking for the balance between enough relief and too much weakness.
Early results can be modest, and many people find things improve with later cycles.

## Keeping a symptom diary

A simple diary is one of the most useful things you can bring. Note, perhaps once or twice a week:

- when you first noticed an effect, and when it was at its best
- when it started to wear off
- pain, pull and tremor, scored however suits you
- any side effects, such as a heavy head, neck weakness or swallowing changes

This turns "it was okay, I think" into information your clinic can act on.

## Side effects

Most side effects are mild and temporary: soreness where the needle went in, a tired or weak-feeling
neck, a flu-like feeling, or mild difficulty swallowing for a while. Tell your clinic about any of
these, because they can guide the next dose. Serious problems such as breathing difficulty or
worsening swallowing are rare but need urgent help; see our page on when to seek urgent help.

## Who should be injecting

Injections for CD are best given by a movement-disorder specialist, a neurologist with extra training
in movement disorders, or by a clinician working closely with one, in a clinic that treats dystonia
regularly.
""",
    },
    {
        "slug": "physical-therapy-and-sensory-tricks",
        "title": "Physical therapy and sensory tricks",
        "section": "treatments",
        "position": 2,
        "summary": (
            "How physiotherapy can support other treatment, what to look for in a physiotherapist, and how "
            "sensory tricks (the geste antagoniste) ease the pull for many people."
        ),
        "tags": ["Physiotherapy", "Stretching", "Sensory tricks", "Geste antagoniste"],
        "body": """\
Injections are the main treatment for cervical dystonia, but they are not the only thing that helps.
Physical therapy and sensory tricks are things you can work on yourself, with support, and many
people find they make a real difference to comfort and confidence. This page is general information,
not medical advice. Check with your own clinic before starting a new exercise programme.

## How physiotherapy can help

A physiotherapist who understands dystonia can help you:

- gently stretch the muscles that are pulling too hard
- strengthen the muscles on the opposite side, which often become weak from being overpowered
- become more aware of where your head is, often using a mirror or feedback from the therapist
- practise moving the head towards a more comfortable position and holding it there a little longer
- look at posture, breathing and tension in the shoulders and upper back
- find ways to manage pain, such as heat, cold packs or pacing

Physiotherapy often works best alongside botulinum toxin injections. Some people find exercises easier
to do during the weeks when the injections are working well.

## What the evidence says

Research on physiotherapy for CD is encouraging but mostly comes from smaller studies, and programmes
vary a lot. That means it is reasonable to try, as part of a wider plan, while keeping realistic
expectations. Many members say it helped them feel more in control, even when it did not remove
symptoms.

## Finding the right physiotherapist

Dystonia is unusual, so it is worth asking for someone with experience of neurological conditions.
Your movement-disorder specialist (a neurologist with extra training in movement disorders) or their
team may know who to recommend.

Some gentle cautions:

- Forceful or fast neck manipulation is generally best avoided unless your specialist has agreed to it.
- Exercises should not leave you much worse for days afterwards. If they do, say so.
- Fighting the pull with all your strength tends to tire you out and can increase pain. Good
  retraining is usually slow and gentle.

## What sensory tricks are

A sensory trick is a light touch or a particular position that temporarily eases the pull of
dystonia. The medical name is the geste antagoniste. Many people with CD have one, and some
discovered theirs long before they knew what it was.

Common examples include:

- resting a fingertip or hand lightly on the chin, cheek or jaw
- touching the back of the head or neck
- leaning the head against a high-backed chair, a headrest or a wall
- wearing a collar, scarf or hood that touches the neck
- holding something between the teeth, or resting the chin on a hand

The touch is usually very light. It is not pushing the head into place; it seems to work by changing
the sensory messages the brain receives, which in turn changes how it drives the neck muscles. For
some people even imagining or starting to make the movement helps.

## Finding and using your trick

If you have not found one, experiment gently when you are relaxed. Try different spots on the face,
head and neck, and different pressures. Notice what you do without thinking when symptoms are bad.

Sensory tricks can be useful for:

- reading, watching television or eating
- getting through a queue, a meeting or a conversation
- giving tired muscles a rest

Tricks sometimes become less effective over time, and some people never find one. Neither means you
have done anything wrong.

## Heat, cold and stretching at home

Many members use warmth, such as a heat pad or a warm shower, to ease tight muscles, and cold packs
for flares or sore spots after injections. Gentle daily stretches, taught by someone who knows your
pattern, can be part of the routine. Small, regular efforts usually help more than occasional big
ones.
""",
    },
    {
        "slug": "other-treatments-and-the-evidence",
        "title": "Other treatments, and how strong the evidence is",
        "section": "treatments",
        "position": 3,
        "summary": (
            "Oral medicines, deep brain stimulation and complementary approaches such as yoga, massage and "
            "acupuncture: what they are, who they may suit, and how much evidence supports each."
        ),
        "tags": ["Questions to ask", "Yoga and pilates", "Breathing and relaxation"],
        "body": """\
Botulinum toxin injections are the main treatment for cervical dystonia, but they are not the whole
story. This page describes other options and, honestly, how much is known about each. It is general
information, not medical advice. Please talk to your movement-disorder specialist, a neurologist with
extra training in movement disorders, before starting or stopping any treatment.

## A quick word about evidence

When we say the evidence is strong, we mean a treatment has been tested in well-designed studies
involving many people, often compared against a dummy treatment, with consistent results. When we say
it is limited, we mean the studies are small, short or few, or most of what we know comes from the
experience of patients and clinicians. Limited evidence does not mean something cannot help; it means
we are less sure how often, how much, and for whom.

- **Strong evidence:** botulinum toxin injections.
- **Smaller studies and clinical experience:** oral medicines, physiotherapy, deep brain stimulation
  for carefully selected people.
- **Mainly personal experience:** most complementary approaches.

## Oral medicines

Tablets are sometimes used alongside injections, or when injections are not suitable. They work
throughout the body rather than just in the neck, so side effects can be more noticeable. The main
groups are:

- **Anticholinergics.** These affect one of the brain's chemical messengers. Some people find them
  helpful, but side effects such as dry mouth, blurred vision, constipation and, especially in older
  people, memory problems or confusion can limit their use.
- **Muscle relaxants.** These may ease stiffness and spasm for some people. Drowsiness and weakness are
  common side effects.
- **Benzodiazepines.** This group of calming medicines can reduce spasm and tremor for some. They can
  cause sleepiness and, with longer use, dependence, so they need careful supervision and should never
  be stopped suddenly without medical advice.
- **Pain relief.** Ordinary painkillers and medicines for nerve-type pain are sometimes used to manage
  pain rather than the dystonia itself.

Evidence for tablets in CD comes mostly from smaller studies and clinical experience. Benefits tend to
be modest and vary a great deal between people, which is why doctors often start low and go slowly.

## Deep brain stimulation

Deep brain stimulation (DBS) is a type of surgery in which thin wires are placed in a specific area of
the brain and connected to a small device under the skin of the chest, rather like a pacemaker. The
device sends gentle electrical pulses that can calm the abnormal signals behind dystonia.

DBS is considered for some people whose CD is severe and has not been helped enough by injections and
other treatments. It involves a careful assessment at a specialist centre, and improvement often builds
gradually over months of adjustment. Results from specialist centres are encouraging for well-chosen
people, although the research involves smaller numbers than for injections. Like any surgery, it
carries risks, which the team will discuss in detail.

Other operations, such as cutting selected nerves to overactive muscles, are occasionally used in
specialist centres. They are much less common today.

## Complementary approaches

Many members find these helpful for comfort, stress and wellbeing:

- **Yoga, pilates and gentle movement classes,** adapted to your neck
- **Massage,** for tight, aching muscles
- **Acupuncture**
- **Relaxation, breathing exercises and mindfulness,** since stress often makes symptoms worse

Formal research on these in CD is limited, and most of what we know comes from personal experience.
They are best seen as additions to medical treatment, not replacements for it. Tell practitioners
about your dystonia and any recent injections, and avoid forceful neck manipulation unless your
specialist has agreed.

## A note of caution

Be wary of anything that promises a cure, asks for large sums upfront, or tells you to stop your
medical treatment. If something sounds too good to be true, bring it to your specialist or ask the
community what they know. Asking is always a good idea.
""",
    },
    # ------------------------------------------------------------------ specialist
    {
        "slug": "finding-a-movement-disorder-specialist",
        "title": "Finding a movement-disorder specialist",
        "section": "specialist",
        "position": 1,
        "summary": (
            "What a movement-disorder specialist is, what they do for people with CD, how to ask for a "
            "referral, and what to do while you wait."
        ),
        "tags": ["Appointments", "Questions to ask"],
        "body": """\
Being looked after by someone who knows dystonia well can change a great deal, both in how well your
treatment works and in how understood you feel. This page explains what a movement-disorder specialist
is and how people usually find one. It is general information, not medical advice, and how referrals
work varies from country to country.

## What a movement-disorder specialist is

A movement-disorder specialist is a neurologist with extra training in conditions that affect how the
body moves, such as dystonia, tremor and Parkinson's disease. Because they see many people with these
conditions, they often recognise patterns quickly and have a lot of experience with treatment.

Some clinics are led by a specialist and also include nurses, physiotherapists or other doctors who
have been trained to give injections or help with rehabilitation. Being seen within a team like this
can work very well.

## What they can do for you

A specialist can:

- confirm the diagnosis, and check for anything else that might be contributing
- work out which muscles are overactive in your particular pattern
- give botulinum toxin injections, often with EMG or ultrasound guidance, and adjust them over time
- advise on tablets, physiotherapy and day-to-day strategies
- refer you for further options, such as an assessment for deep brain stimulation, if needed
- write letters to support you at work or with other services

## How to ask for a referral

In many places you will need a referral from your family doctor or general practitioner. It helps to
go to that appointment prepared:

- Explain briefly what happens: for example, "My head pulls to the right without me doing it, and it
  is getting worse through the day."
- Say how it affects you: pain, sleep, work, driving, mood.
- Bring a short video if symptoms are not obvious in the room.
- Ask directly: "Could you refer me to a neurologist who specialises in movement disorders, or to a
  dystonia clinic?"

If you have already been diagnosed by a general neurologist, it is still reasonable to ask whether a
movement-disorder clinic would be appropriate, especially if treatment is not helping as much as you
hoped.

## If the answer is no, or the wait is long

Sometimes the first answer is "let's wait and see", or the waiting list is long. You can:

- ask what the reason is, and what would change the decision
- ask whether you can be referred to a general neurologist in the meantime
- ask whether there is a nearer or shorter waiting list elsewhere, if travel is possible for you
- ask for help with pain and sleep while you wait
- keep a diary and videos, so you arrive with a clear picture

Asking for a second opinion is a normal and accepted part of healthcare. It does not make you a
difficult patient.

## Travelling to a clinic

Specialist clinics are often in larger hospitals, which may mean travel. Some people find it worth a
longer journey every few months for injections from an experienced team. Others find a closer clinic
works better, especially when driving is hard. Both are valid choices. Ask the clinic whether any
follow-up can happen by phone or video.

## Building a good relationship

You will probably see your clinic regularly for years. It helps to:

- bring your symptom diary and questions
- be honest about what is and is not working, including side effects
- mention what matters most to you, whether that is pain, appearance, work or sleep

Your specialist is the expert in dystonia; you are the expert in your own life with it. The best care
comes from putting those two things together.
""",
    },
    # ------------------------------------------------------------------ daily living
    {
        "slug": "work-and-cervical-dystonia",
        "title": "Working with cervical dystonia",
        "section": "daily-living",
        "position": 1,
        "summary": (
            "Practical ideas for staying comfortable at work, asking for adjustments, and deciding whether "
            "and how to tell colleagues about CD."
        ),
        "tags": ["Work adjustments", "Telling colleagues", "Desk set-up"],
        "body": """\
Many people with cervical dystonia keep working, sometimes with a few changes to how or where they
work. Others need more time off or a change of role, especially early on. There is no single right
path. This page shares ideas from the community; it is general information, not medical or legal
advice, and rights at work differ from place to place.

## Common challenges

People often mention:

- looking at a screen or colleagues when the head pulls another way
- pain and fatigue that build through the day
- symptoms flaring with stress, deadlines or long meetings
- needing time off for injections and appointments
- feeling watched, or worrying about what others think

## Small changes that often help

Many adjustments cost little or nothing:

- **Screen position.** Move the monitor to the side your head naturally turns towards, or raise it so
  you are not looking down.
- **Chair.** A high-backed chair or headrest gives the head somewhere to rest, and a light touch from
  a headrest can work as a sensory trick.
- **Headset.** Using a headset instead of holding a phone avoids tilting the neck.
- **Document holders** and book stands keep papers at eye level.
- **Breaks.** Short, regular breaks to move, stretch or rest the head can prevent pain from building.
- **Flexible hours.** Starting earlier or later, or working from home some days, can help when
  symptoms are worse later in the day.
- **Timing.** Some people plan demanding tasks for the good weeks of their injection cycle, where that
  is possible.

## Asking for adjustments

In many countries employers are expected to make reasonable changes for people with long-term health
conditions. Even where that is not a formal rule, many employers are willing to help once they
understand what is needed.

When you ask, it can help to:

- be specific about what you need and why it helps
- suggest solutions rather than only describing problems
- ask your clinic for a short letter explaining CD and its effects
- ask whether there is an occupational health service you can be referred to
- keep a brief written record of what was agreed

If things are not going well, workers' organisations, advice services or an employment adviser in
your area may be able to help you understand your options.

## Telling colleagues, or not

Whether to tell people at work is your decision. Some people prefer to keep it private. Others find
that a short, simple explanation removes a lot of awkwardness. Something like:

"I have a condition called cervical dystonia. It makes my neck muscles pull my head to one side. It
isn't dangerous and it isn't contagious, but it can be tiring. If I turn my chair or rest my
hand on my chin, that's why."

You can share as much or as little as you like, with some people and not others. You can also change
your mind later.

## When work is too much

Sometimes, especially early on or during a bad patch, working as before is not possible. Taking time
off, reducing hours, or changing role are not failures. Many people find their situation improves
once treatment settles. Talk to your doctor about how you are coping, and ask whether they can support
you with any paperwork.

## Looking after yourself at work

Try to protect the basics: regular breaks, food and water, and a moment to breathe when stress builds.
Stress is not the cause of CD, but it often turns the volume up. If you are struggling, let your
movement-disorder specialist (a neurologist with extra training in movement disorders) know, as
adjusting treatment can sometimes make working life easier.
""",
    },
    {
        "slug": "driving-sleep-and-everyday-adaptations",
        "title": "Driving, sleep and everyday adaptations",
        "section": "daily-living",
        "position": 2,
        "summary": (
            "Thinking about driving safely, and small changes around the home, at night and on the move "
            "that members have found make daily life with CD easier."
        ),
        "tags": ["Driving", "Reading and screens", "Pillows", "Sleep positions"],
        "body": """\
Cervical dystonia touches lots of everyday tasks that used to be automatic: checking a blind spot,
reading in bed, carrying shopping. The good news is that small adjustments add up. This page gathers
ideas that members have shared. It is general information, not medical advice, so check anything
important, especially driving, with your own doctor.

## Driving

Driving needs you to turn your head, check mirrors and keep your eyes on the road. Whether CD affects
this depends on your symptoms, and they may change across your injection cycle.

Things to think about:

- **Ask your doctor.** Talk to your movement-disorder specialist (a neurologist with extra training in
  movement disorders) about whether it is safe for you to drive right now.
- **Check the rules.** In some places you are required to tell the driving licence authority or your
  insurer about certain medical conditions. Find out what applies where you live.
- **Be honest with yourself.** If you cannot reliably check behind you or keep your head steady, it is
  safer not to drive for now.

If you do drive, members have found these helpful:

- wide-angle or extra blind-spot mirrors
- adjusting the headrest so it touches the back of the head, which can act as a sensory trick
- planning routes with fewer tricky junctions, and avoiding long journeys on bad days
- taking regular breaks to rest the neck
- driving at times of day when symptoms are milder

## Reading and screens

- Use a book stand, tablet holder or phone stand to bring things up to eye level.
- Position screens to the side your head naturally turns towards.
- Try audiobooks or text-to-speech on tiring days.
- Rest a hand on your chin while reading if that is your sensory trick.

## Sleep

Many people find symptoms ease when they lie down, but getting comfortable can still take some
experimenting. Ideas include:

- a supportive pillow shaped to hold the neck, or a rolled towel in the pillowcase
- a small extra pillow to support the side the head turns towards
- a travel-style collar pillow, which some people use in bed
- lying on your back or on the side that feels easiest, with the head supported
- warmth on the neck before bed, or a cold pack if muscles are sore

Good sleep helps with pain and mood, so if sleep is very poor, mention it to your doctor.

## Around the home

- Keep often-used things between waist and shoulder height to avoid reaching and looking up.
- A long-handled mirror, or a mirror at a different angle, can help with hair and make-up.
- Wash hair leaning forward or with a hand-held shower if tipping the head back is hard.
- Spread tasks through the day, and sit down for jobs such as chopping vegetables.
- Use a trolley or a bag worn across the body instead of heavy shopping in one hand.

## Getting out and about

- Walking poles or a stick can help balance and give you something to focus on.
- Sunglasses or a hat can make it more comfortable when you feel self-conscious.
- On trains, buses and planes, a travel pillow or a seat with a high back can help.
- Plan rests into days out, rather than waiting until you are exhausted.

## Go easy on yourself

It can be frustrating to rethink things that once took no thought at all. Try one change at a time,
keep what helps, and let the rest go. If you discover a clever idea of your own, please share it in
the community: it may be exactly what someone else needs.
""",
    },
    {
        "slug": "stress-pain-and-low-days",
        "title": "Stress, pain and low days",
        "section": "daily-living",
        "position": 3,
        "summary": (
            "Why stress and tiredness turn up the symptoms, gentle ways to manage pain and tension, and how "
            "to look after your mood while living with CD."
        ),
        "tags": ["Stress", "Neck pain", "Low mood", "Breathing and relaxation"],
        "body": """\
Cervical dystonia affects more than the neck. Pain, tiredness, worry and changes in how you see
yourself can be just as hard as the pulling itself. This page is about looking after the whole of you.
It is general information, not medical advice; your doctor can help with anything that feels too
heavy to manage alone.

## Why stress makes symptoms worse

Many people notice that their neck pulls harder when they are anxious, rushed, tired or being watched.
This can lead others, and sometimes ourselves, to wonder whether stress is the cause. It is not. CD is
a neurological condition. But stress, like fatigue, can turn the volume up, in the same way it can
make a tremor or a stammer more noticeable.

That also works the other way: calming the body often eases symptoms a little, even if it does not
remove them.

## Gentle ways to calm things down

Members have found these helpful. Try a few and keep what suits you:

- **Slow breathing.** Breathing out for a little longer than you breathe in can settle the body.
- **Relaxation exercises,** such as tensing and releasing muscles elsewhere in the body.
- **Mindfulness or meditation,** including short guided recordings.
- **Lying down for a few minutes** during the day, with the head supported.
- **Gentle movement** such as walking, swimming or adapted yoga.
- **Pacing,** spreading demanding tasks through the day and the week instead of pushing through.

## Managing pain

Pain in CD is common and real. Things that often help include:

- warmth on tight muscles, or a cold pack for flares
- gentle stretches taught by a physiotherapist
- a sensory trick, to rest overworked muscles
- good support from chairs, headrests and pillows
- painkillers or other medicines recommended by your doctor

If pain is not well controlled, say so clearly at your appointments. Reducing pain is an important
goal of treatment, including botulinum toxin injections, and adjusting the muscles injected can
sometimes help.

## Low days and low mood

It is very common to feel grief, anger or sadness after a diagnosis of CD. You may miss how things used
to be, feel self-conscious about how you look, or feel worn down by pain. Low days do not mean you are
coping badly.

Some things that can help:

- talking to someone you trust about how you really feel
- connecting with others who understand, here or in a local support group
- keeping some small pleasures in the week, even on hard days
- being kind to yourself in the way you would be kind to a friend

## When to ask for more help

If low mood lasts for weeks, stops you doing everyday things, or you find yourself feeling hopeless,
please talk to your family doctor. Depression and anxiety are common in people with dystonia, and they
are treatable. Talking therapies and, for some people, medication can help. Your doctor or your
movement-disorder specialist (a neurologist with extra training in movement disorders) can also check
whether changes to your CD treatment might ease the load.

If you ever feel unsafe or think about ending your life, contact your local emergency number or a
crisis line straight away. Our page on when to seek urgent help has more on this.

## For the people around you

Partners, family and friends often want to help but do not know how. It is okay to tell them what is
useful, whether that is practical help, company, or simply not commenting on your neck. You do not have
to carry all of this on your own.
""",
    },
    # ------------------------------------------------------------------ support
    {
        "slug": "finding-support-and-community",
        "title": "Finding support and community",
        "section": "support",
        "position": 1,
        "summary": (
            "Support groups, patient organisations, online communities and the people closest to you: the "
            "kinds of support available, and how to find what suits you."
        ),
        "tags": ["Friends and social life", "Partners and family", "Carers", "Low mood"],
        "body": """\
Cervical dystonia is not common, and many people go years without meeting anyone else who has it.
Finding others who understand can be a huge relief. This page describes the kinds of support that
exist and how people usually find them. It is general information, not medical advice, and it does
not replace care from your doctors.

## Why support matters

People who live with CD say that connecting with others helped them:

- feel less alone, and less like something is wrong with them
- pick up practical tips that clinics do not always have time to share
- prepare for appointments and treatments with more confidence
- laugh about the awkward moments, and be understood on the hard days

Support is not only for the newly diagnosed. Needs change over the years, and many long-standing
members find that helping others brings its own comfort.

## Kinds of support

**Patient organisations.** Many countries have charities or associations for people with dystonia,
sometimes covering all types and sometimes just CD. They often provide information leaflets, news
about research, helplines, events and help finding local groups. Your clinic or family doctor may know
which ones operate where you live.

**Local support groups.** These are usually small, friendly gatherings, often run by volunteers who
have dystonia themselves. Some meet in person, some by video call. The first meeting can feel daunting;
it is fine to just listen.

**Online communities.** Forums like Stillpoint let you connect at any hour, from home, and at your own
pace. You can read quietly for a while before posting.

**Clinic teams.** Specialist nurses and physiotherapists at dystonia clinics often know about local
groups and can be a source of support themselves.

**Counselling and talking therapies.** A counsellor or psychologist can help with the emotional side of
living with a long-term condition. Your family doctor can usually tell you how to access this.

## Choosing what suits you

There is no right amount of support. Some people want a weekly group; others prefer the odd message
online. It can help to ask yourself:

- Do I prefer meeting in person, online, or both?
- Do I want practical tips, emotional support, or just company?
- How much energy do I have right now?

A good group should feel welcoming and respectful, and should never pressure you to buy products or
stop medical treatment. If something does not feel right, it is fine to step away.

## Partners, family and carers

CD affects the people around you too. Partners, parents, children and friends may feel worried,
helpless or unsure what to say. Some support groups welcome family members, and some patient
organisations have information written especially for them. It can help to share pages like this one,
or to bring someone to an appointment so they hear about the condition first-hand.

If you are supporting someone with CD, remember to look after yourself as well. Your needs matter too.

## Your clinic can help you connect

Ask your movement-disorder specialist (a neurologist with extra training in movement disorders) or
their team whether they know of patient organisations, local groups or events. Clinics that see many
people with dystonia are often well connected.

## Being part of Stillpoint

Stillpoint is run by volunteers and members who know what CD is like. Please share what helps you and
ask what you need to know, and remember that posts here are personal experience, not medical advice.
In an emergency, contact your local emergency number rather than posting here. We are glad you found us.
""",
    },
    # ------------------------------------------------------------------ research
    {
        "slug": "reading-research-news-and-clinical-trials",
        "title": "Reading research news and understanding clinical trials",
        "section": "research",
        "position": 1,
        "summary": (
            "How to read headlines about dystonia research with a calm, critical eye, what clinical trials "
            "are and how they work, and what to ask before taking part."
        ),
        "tags": ["Questions to ask"],
        "body": """\
Research into dystonia is active, and news stories appear from time to time promising new insights or
treatments. Some are genuinely exciting; many are early steps that will take years to reach a clinic.
This page offers a few tools for reading research news and explains what clinical trials are. It is
general information, not medical advice.

## Reading headlines calmly

Words like "breakthrough" and "cure" are common in headlines and rare in science. When you come across
a story, a few questions help:

- **Who or what was studied?** Research in cells or animals is important, but results often do not
  carry over to people.
- **How many people took part?** A study of a handful of people can be a useful first step, but it
  cannot tell us much on its own.
- **Was there a comparison?** The most reliable studies compare a treatment with a dummy treatment
  (placebo) or with standard care.
- **How long did it last?** Short studies may miss benefits that fade or side effects that appear
  later.
- **Has it been published?** Findings checked by other scientists before publication are more
  trustworthy than early announcements.
- **Who is telling the story?** Press releases from companies or institutions may present results in
  their best light.

None of this means you should dismiss good news. It simply helps you hold it lightly until it is
confirmed.

## What clinical trials are

A clinical trial is a carefully planned study that tests a treatment in people, to find out whether it
is safe and whether it works. Trials are how every treatment used today, including botulinum toxin
injections, earned its place.

New treatments usually move through several stages:

- **Early trials** involve a small number of people and focus mainly on safety and dosing.
- **Middle trials** involve more people and start to look at whether the treatment helps.
- **Later trials** involve larger groups and compare the new treatment against a placebo or existing
  treatment.

Many trials are **randomised**, meaning a fair process decides who gets which treatment, and
**blinded**, meaning participants, and often the researchers, do not know who is getting what until
the end. This reduces the chance that expectations colour the results.

## Taking part

Some people with CD choose to take part in research. It can give access to new approaches and close
monitoring, and many people value contributing to knowledge that may help others. It also carries
uncertainty, and it may involve extra visits, tests or a chance of receiving a placebo.

Before joining a trial, you should always be given clear written information and time to decide.
Taking part is voluntary, and you can usually withdraw at any time without affecting your normal care.

Questions worth asking:

- What is the trial testing, and what stage is it at?
- What will I need to do, and how often?
- What are the possible risks and benefits?
- Could I receive a placebo? What happens to my usual treatment?
- Are travel costs covered?
- What happens when the trial ends?

## Finding trials

Your movement-disorder specialist (a neurologist with extra training in movement disorders) is the best
first person to ask. Patient organisations often share news about studies looking for volunteers, and
many countries have official public registers of trials.

Be cautious of anything described as a trial that asks you to pay for treatment, promises results, or
is offered outside a recognised hospital or university. Genuine trials do not charge participants for
the treatment being tested.

## Staying hopeful, realistically

Progress in research is usually slow and steady rather than sudden. It is reasonable to feel hopeful
and to keep living well with the treatments available today. If you read something that raises your
hopes or worries, bring it to your next appointment, or share it with the community and talk it over.
""",
    },
]
