"""The demo community's stories: members' journeys with cervical dystonia. Data only;
`forum.demo.seed` writes them after the discussions in `forum.demo.content`.

Every name here is a pseudonym and every story is invented for the demo. Each story is told in
the voice its author uses in the discussions, and agrees with what they say there. Two
anonymous stories were typed up by the admin and a moderator for people who don't use forums.

STORIES: one dict per story, in the order they are written.

- `author`: a username from `forum.demo.content.MEMBERS`; `anonymous`: posted without a name.
- `days_ago`: when the story was published.
- `details`: the keyword arguments of `forum.stories.services.DetailsInput`.
- `body`: Markdown under the suggested section headings (`## First signs` and so on),
  hard-wrapped like the discussions; the seeder joins wrapped lines back together.
- `replies`: as in `content.THREADS` (`key`, `to`, `author`, `body`, optional `later_days`).
- `reactions`: kind ("support" or "me_too") -> the members who gave it; never the author.
"""

STORIES = [
    {
        "author": "willow_admin",
        "title": "Twelve years of tilting, and how I got here",
        "days_ago": 56,
        "details": {
            "onset_year": 2014,
            "years_to_diagnosis": 1,
            "postures": ["laterocollis", "shoulder_elevation"],
            "misdiagnoses": ["muscle_strain", "posture"],
            "diagnosed_by": "neurologist",
            "treatments": {
                "botulinum_toxin": "much_better",
                "physical_therapy": "somewhat_better",
                "massage": "somewhat_better",
            },
            "insights_consent": True,
        },
        "body": """
            ## First signs

            In 2014 my right ear started heading for my right shoulder. At first it only
            happened at the end of a long day, and only a little: I'd catch my reflection in a
            shop window and wonder why I looked so quizzical. Then my right shoulder began to
            creep up to meet my ear, as if the two of them had agreed to meet halfway. I blamed
            my handbag, and switched it to the other side for a month. It made no difference
            at all.

            ## Finding a diagnosis

            I was lucky, and I know it. My GP said muscle strain, then poor posture, and sent
            me to a physio with a sheet of exercises. The physio was honest with me: after a few
            sessions she said my neck wasn't behaving like a strained neck, and she wrote to my
            GP. I saw a neurologist about a year after the first tilt. He asked me to rest my
            fingertips on the back of my head, watched my head come upright, and smiled as if
            I'd shown him a card trick he already knew.

            ## Treatments

            Injections, every twelve weeks or so. The first year was a lot of trial and
            adjustment: one round that did almost nothing, one that left my neck feeling floppy
            and strange for a fortnight, and then, once they'd found the right muscles and
            dose, a real difference. These days I get a good nine or ten weeks before it starts
            to fade.

            Physio has kept me strong on the side that's losing the argument. And a gentle
            massage once a month, from someone who knows not to attack the tight muscles as if
            they owe her money, is the nicest hour in my calendar.

            ## Life today

            I work, I read (the book stand has changed my evenings), I walk a lot, and I help
            keep this place running. My partner has learned the particular sigh that means the
            wheat bag needs warming, and he sees to it without a word or a sympathy face,
            which is what love looks like in our house.

            The tilt is still there on tired days, and stress turns it up. But it no longer
            decides my plans, and that took a few years.

            ## Advice for someone newly diagnosed

            Find a team you can talk to honestly, and tell them everything, even the things
            that feel too small to mention. Write down what happens in each cycle. Be patient
            with the first year; for many of us it's the hardest. And come and find your
            people. That's what this place is for.
        """,
        "replies": [
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    The handbag! I blamed my car seat for the best part of a year. Lovely to
                    read the whole story, and thank you for going first.
                """,
            },
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    "As if they owe her money" made me laugh out loud. I've met that masseur.
                    Only once, mind.
                """,
            },
            {
                "key": "willow",
                "to": "oak",
                "author": "willow_admin",
                "body": """
                    Once is plenty. It took me two days to forgive my neck, and a good deal
                    longer to forgive him.
                """,
            },
        ],
        "reactions": {
            "support": ["marin_mod", "slowkettle"],
            "me_too": ["northpaw", "sunday_swim"],
        },
    },
    {
        "author": "oak_and_ash",
        "title": "Twenty-odd years, a locum doctor and a lot of wheat bags",
        "days_ago": 53,
        "details": {
            "onset_year": 1999,
            "years_to_diagnosis": 4,
            "postures": ["torticollis", "laterocollis"],
            "misdiagnoses": ["arthritis"],
            "diagnosed_by": "gp",
            "treatments": {
                "botulinum_toxin": "somewhat_better",
                "oral_medication": "no_change",
                "yoga_stretching": "somewhat_better",
            },
            "insights_consent": True,
        },
        "body": """
            ## First signs

            It started in the spring of 1999, in a garden, which seems fitting for a gardener.
            I was in my forties, kneeling to weed a border, and I noticed my chin kept drifting
            towards my left shoulder. I'd put it back and off it would wander again, like a dog
            that won't stay. Within a year my head was tilting as well as turning, and by the
            end of a long day my neck ached as if I'd been carrying paving slabs.

            ## Finding a diagnosis

            My doctor said arthritis, and I believed him. I was the right age for it, my job
            was hard on the body, and a stiff neck in a gardener hardly seemed like news. I had
            anti-inflammatories, a soft collar that went into a drawer after a week, and advice
            to take it easy, which is not a thing gardeners are good at.

            Four years went by like that. Then one winter my usual doctor was away and I saw a
            locum, a young woman who watched me talk for a minute and asked whether I'd ever
            heard of dystonia. She'd seen it during her training. She named it there and then,
            and sent me to a neurologist, who agreed within ten minutes and handed me a
            photocopied leaflet. I still have it somewhere. I sometimes think about how
            different things might have been if I'd gone in the week before.

            ## Treatments

            Injections have been the backbone, every three months or so for most of twenty
            years. They've never made me straight, but they turn the pull down enough to get on
            with things. Some cycles are better than others, and I stopped expecting every
            round to be the same a long time ago.

            Years ago I tried an anticholinergic tablet: dry mouth, a muzzy head and not much
            change in my neck, so we stopped it. A muscle relaxant at night has been more use,
            not for the pull but for sleeping through the ache.

            My neurologist raised deep brain stimulation a few years back. I read what I
            could, talked it over at home and decided against it, for now.

            The thing I'd never have predicted is yoga. I started about eight years ago, in a
            class for older beginners. It hasn't changed my dystonia, but it has changed how I
            live in my body.

            ## Life today

            I've retired from gardening for a living, but I still have my own patch, a
            wide-brimmed hat so I'm not craning against the sun, and a wheat bag that lives in
            the car. My sensory trick used to be holding the arm of my glasses; these days it's
            a soft scarf, at least in winter. Tricks change. So do you.

            ## Advice for someone newly diagnosed

            Ask for the adjustment, whatever it is: the seat by the wall, the hairdresser who'll
            let you lean forward over the basin. And don't measure yourself against the old
            photographs. Measure yourself against your worst days, and you'll find plenty to be
            pleased about.
        """,
        "replies": [
            {
                "key": "slow",
                "to": None,
                "author": "slowkettle",
                "body": """
                    "Tricks change. So do you." That's going in my notebook. And three cheers
                    for locums who were paying attention in their training.
                """,
            },
            {
                "key": "cobalt",
                "to": None,
                "author": "cobalt_heron",
                "body": """
                    The week-before thought gets me too. So much of this comes down to who
                    happens to be in the room.
                """,
            },
            {
                "key": "tern",
                "to": None,
                "author": "tilted_tern",
                "later_days": 45,
                "body": """
                    Late to this, but "measure yourself against your worst days" is exactly
                    what I needed this week. I've been doing the old-photos thing a lot.
                """,
            },
            {
                "key": "oak",
                "to": "tern",
                "author": "oak_and_ash",
                "body": """
                    We all do it at the start. Put the photos away for a bit if they sting;
                    they'll still be there when you're ready to smile at them.
                """,
            },
        ],
        "reactions": {
            "support": ["slowkettle", "cobalt_heron", "willow_admin", "quietharbour", "tilted_tern"],
            "me_too": ["quietharbour", "bramblebee"],
        },
    },
    {
        "author": "slowkettle",
        "title": "Backwards, and then slowly forwards: my road to DBS",
        "days_ago": 49,
        "details": {
            "onset_year": 2005,
            "years_to_diagnosis": 5,
            "postures": ["retrocollis", "torticollis"],
            "misdiagnoses": ["spine", "stress_anxiety"],
            "diagnosed_by": "neurologist",
            "treatments": {
                "botulinum_toxin": "no_change",
                "dbs": "much_better",
                "physical_therapy": "somewhat_better",
            },
            "insights_consent": True,
        },
        "body": """
            ## First signs

            It began in the winter of 2005 with my head tipping back while I read. I'd sit down
            with a book in my lap and find I was looking at the ceiling light instead. I thought
            it was tiredness, then a habit, and I'd tuck my chin down and carry on. By the
            summer it was pulling back and a little to the right, and my neck burned by
            teatime.

            ## Finding a diagnosis

            Nearly five years. Because the pull was backwards, everyone looked at my spine. I
            had two sets of scans, both clear, and somehow the clear scans made people believe
            me less rather than more. One doctor suggested I was holding my head like that
            because I was tense. I was tense: I was frightened, and nobody could tell me why my
            own head wouldn't do as it was told.

            In 2010 a neurologist watched me walk down the corridor towards her and said
            "dystonia" before I'd sat down. I went home and cried, mostly from relief, and my
            husband made a pot of tea so strong you could have stood a spoon in it.

            ## Treatments

            Injections helped for the first few years, once they'd been adjusted. Retrocollis
            took a lot of tweaking, and some cycles were frankly rubbish. Then, slowly, they did
            less and less, until they were barely touching it, and I was in pain most of the
            day and struggling to work.

            That's when my neurologist referred me for deep brain stimulation. I've written
            about it in its own thread, so the short version: a long assessment, an operation
            that was less dramatic than I'd feared, and then months of adjustments, like the
            volume being turned down a notch at a time. My husband scored my neck every Sunday
            on a little chart, and in the weeks when I felt nothing was changing, the chart
            showed me the line was going the right way. It isn't right for everyone, and it was
            the specialist team, not the stories I read, who helped me decide.

            Physio has run alongside all of it: strengthening the opposite side, learning the
            middle again. My physio's line was that it wasn't a tug of war; it was giving my
            brain a better map.

            ## Life today

            Ten years after the operation, my head is mostly where I want it and my pain is
            much lower. I still have off days. I've had the battery replaced, which was far less
            of an event. I wash my hair leaning forward under a handheld shower, and I do my
            exercises most mornings with the radio on.

            ## Advice for someone newly diagnosed

            It isn't your fault, whatever anyone said before you got here. Treatment is a
            process, not a verdict, so keep notes and keep going back. And write down the good
            days too, because on the bad ones your brain will insist there weren't any.
        """,
        "replies": [
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    A tea you could stand a spoon in is the correct response to a diagnosis.
                    Husbands know.
                """,
            },
            {
                "key": "fern",
                "to": None,
                "author": "fern_and_fog",
                "later_days": 5,
                "body": """
                    "Not a tug of war, a better map." My physio says almost exactly the same,
                    and it's the only way the mirror work has ever made sense to me.
                """,
            },
            {
                "key": "lantern",
                "to": None,
                "author": "lantern_moth",
                "later_days": 13,
                "body": """
                    I've read your DBS thread a few times, and this fills in the years before
                    it. The Sunday chart still gets me every time.
                """,
            },
            {
                "key": "slow",
                "to": "lantern",
                "author": "slowkettle",
                "body": """
                    He still has it, in the drawer with the car documents. I found it last
                    spring and we had a little moment over the kitchen table.
                """,
            },
        ],
        "reactions": {
            "support": [
                "oak_and_ash",
                "cobalt_heron",
                "bramblebee",
                "lantern_moth",
                "marin_mod",
                "quietharbour",
                "pebble_path",
            ],
            "me_too": ["sunday_swim"],
        },
    },
    {
        "author": "bramblebee",
        "title": "Eleven years of \u201cjust a tremor\u201d",
        "days_ago": 46,
        "details": {
            "onset_year": 2008,
            "years_to_diagnosis": 11,
            "postures": ["tremor", "torticollis"],
            "misdiagnoses": ["other", "stress_anxiety"],
            "diagnosed_by": "movement_specialist",
            "treatments": {
                "botulinum_toxin": "somewhat_better",
                "physical_therapy": "much_better",
                "yoga_stretching": "somewhat_better",
                "oral_medication": "no_change",
            },
            "insights_consent": True,
        },
        "body": """
            ## First signs

            In 2008 my head started to shake. Not much: a small side-to-side wobble, the kind
            you'd only notice standing close. I work behind a counter, so people stand close all
            day. It was worse when I was tired, worse when I was nervous, and much worse when
            someone was watching me, which made serving customers a bit of a comedy. Around the
            same time my head began turning slightly to the right, and I didn't connect the two.

            ## Finding a diagnosis

            Eleven years. My GP called it a tremor, and when I asked what kind, "nerves" came up
            more than once. Later I was told it was probably essential tremor, and I tried a
            tablet that did nothing I could measure. For years I accepted that. It was only a
            wobble, after all, and other people had it worse.

            What changed things was a customer. A woman waiting at my counter watched me rest
            two fingers on my chin (my head steadied, as it always did) and said, very quietly,
            that her sister did exactly that, and had I heard of cervical dystonia? I went home
            and read until two in the morning, then took a printout to my GP and asked to see a
            movement disorders specialist. In 2019 I finally heard the word dystonia, with the
            tremor as part of it rather than a separate mystery.

            ## Treatments

            Injections help the turn more than the shake, but they do help. Physio is my
            favourite thing, honestly. I'm a great believer in homework: five minutes three
            times a day, little and often, stopping when the tremor starts ramping up. It has
            done more for my confidence than anything else.

            Chair yoga has been lovely on bad tremor days. Less balancing, more breathing, and my
            head can rest against the wall.

            ## Life today

            I still work behind a counter. A customer once asked if I was disagreeing with her,
            and I told her I was agreeing very enthusiastically. I drink my tea from a cup with a
            lid, I swim on my back, I sleep on a buckwheat pillow, and I keep a list of small
            wins on the fridge.

            ## Advice for someone newly diagnosed

            Find a physio who knows dystonia; it made all the difference for me. Look for your
            sensory trick and don't be embarrassed about using it. And celebrate the small
            things. A full cup of tea without a spill is a victory, and I'll argue with anyone
            who says otherwise.
        """,
        "replies": [
            {
                "key": "north",
                "to": None,
                "author": "northpaw",
                "later_days": 2,
                "body": """
                    "Agreeing very enthusiastically." That's going straight into my doorstep
                    repertoire.
                """,
            },
            {
                "key": "pebble",
                "to": None,
                "author": "pebble_path",
                "later_days": 32,
                "body": """
                    A near-stranger noticing the chin trick is how I got here too. Eleven years
                    though. I'm so glad she spoke up.
                """,
            },
            {
                "key": "bee",
                "to": "pebble",
                "author": "bramblebee",
                "body": """
                    Me too. I think of her every time I touch my chin. I hope her sister is doing
                    well.
                """,
            },
        ],
        "reactions": {
            "support": ["northpaw", "oak_and_ash", "pebble_path"],
            "me_too": ["northpaw"],
        },
    },
    {
        "author": "marin_mod",
        "title": "Eight years of injections, and the notebook that changed my appointments",
        "days_ago": 43,
        "details": {
            "onset_year": 2016,
            "years_to_diagnosis": 2,
            "postures": ["torticollis"],
            "misdiagnoses": ["stress_anxiety", "muscle_strain"],
            "diagnosed_by": "movement_specialist",
            "treatments": {
                "botulinum_toxin": "much_better",
                "physical_therapy": "somewhat_better",
            },
            "insights_consent": True,
        },
        "body": """
            ## First signs

            The first thing I noticed, in 2016, was that reversing the car had become hard work.
            My chin kept sliding to the left, and turning right to look over my shoulder felt
            like pushing a door someone was leaning on from the other side. Then it started
            happening at my desk, and then at the dinner table. By the end of the year my neck
            ached most evenings, and I'd taken to reading with my hand cupped under my chin
            without knowing why that helped.

            ## Finding a diagnosis

            Two years. My GP thought it was stress; I'd changed jobs that year, so it seemed
            plausible to both of us. When it didn't settle, a physio treated it as a muscle
            strain for a couple of months. It was a second GP who referred me on, and I ended up
            in a movement disorders clinic. The neurologist there asked about the hand under my
            chin before I'd mentioned it. That was the moment I knew someone understood.

            ## Treatments

            I started injections in 2018 and I've had them every twelve weeks or so ever since.
            The first year was an experiment: muscles added, doses changed, one cycle where
            swallowing felt odd for a few days. My neurologist adjusted things each time based
            on my notes, and by the end of that year we'd found something that works well for
            me. I still notice the fade in the last week or two.

            Physio sits alongside the injections: stretches for the muscles that pull, gentle
            strengthening on the other side, and practising the middle in a mirror. I'd call it
            somewhat better rather than a transformation, but it makes the good weeks last.

            ## Life today

            I work full time. I told my manager a year after diagnosis, with a one-page note:
            what CD is in two sentences, how my cycle works, and three things that would help.
            I plan lighter weeks at the end of each cycle, keep frozen peas for the days after
            injections, and sleep on a flat pillow with a rolled towel in the case.

            And I moderate here, which is the part of my week I'd least like to give up.

            ## Advice for someone newly diagnosed

            Keep a notebook. Write down the day you feel each cycle start working, the day you
            feel it fading, and how strong the pull is. It turns "it wears off a bit early" into
            evidence. Ask which muscles they're injecting and why. And remember that the first
            injection is a starting point, not a verdict.
        """,
        "replies": [
            {
                "key": "juniper",
                "to": None,
                "author": "juniper_jots",
                "body": """
                    The notebook advice is the reason my last appointment went differently. So
                    thank you twice over: once in the slump thread and once here.
                """,
            },
            {
                "key": "marin",
                "to": "juniper",
                "author": "marin_mod",
                "body": """
                    That genuinely makes my week. Keep the one-liners coming.
                """,
            },
            {
                "key": "tern",
                "to": None,
                "author": "tilted_tern",
                "later_days": 35,
                "body": """
                    "A starting point, not a verdict." Reading this just before my first
                    injections, and copying it onto the front of my brand-new notebook.
                """,
            },
        ],
        "reactions": {
            "support": ["cobalt_heron", "juniper_jots", "tilted_tern"],
            "me_too": ["juniper_jots"],
        },
    },
    {
        "author": "sunday_swim",
        "title": "Anxiety, a trapped nerve, then anxiety again",
        "days_ago": 41,
        "details": {
            "onset_year": 2022,
            "years_to_diagnosis": 3,
            "postures": ["laterocollis", "shoulder_elevation"],
            "misdiagnoses": ["stress_anxiety", "spine"],
            "diagnosed_by": "neurologist",
            "treatments": {
                "botulinum_toxin": "much_better",
                "physical_therapy": "somewhat_better",
            },
            "insights_consent": True,
        },
        "body": """
            ## First signs

            It started in 2022, with my head tilting to the left when I was tired. I'd be
            reading on the sofa and realise my ear was resting on my shoulder. Then my left
            shoulder began to burn by the evening. I'd just started seeing my partner, and I
            remember mentioning it on our second date, quite casually, as "my neck does this
            thing", before I had any idea what the thing was.

            ## Finding a diagnosis

            About three years. In between I saw two GPs, a physio and a counsellor, and I was
            told it was anxiety, then a trapped nerve, then anxiety again. When I was pregnant
            with our daughter, and in the months after she was born, it was very easy for
            everyone, me included, to file it under "new mum, tired, stressed". I was anxious by
            the end, mostly because nobody believed me.

            What finally got me a referral was a GP I hadn't seen before, who watched my head
            move while I talked and stopped typing. In 2025 a neurologist said "cervical
            dystonia", and I sat in the car afterwards feeling lighter than I had in years.

            ## Treatments

            Injections have made a big difference for me. My neck is a lot calmer for most of
            each cycle, and the burning in my shoulder has eased. I've also had physio with
            someone who knows dystonia, which has helped me understand what my neck is doing
            instead of just fighting it.

            My trick is the back of my head resting against something: a headrest, the back of
            the sofa, the wall by the swings. I've adjusted the headrest in the car so it sits
            exactly where I need it.

            ## Life today

            I'm back at work after maternity leave, with a proper chair and a monitor arm from a
            workplace assessment. Mornings are my best time. Evenings, when a toddler needs
            carrying and bathing and singing to, are my worst, and I'm still working out how to
            manage them.

            At the playground a little girl once asked why my head was sideways. I said my neck
            muscles were a bit confused. She nodded and went back to the slide.

            ## Advice for someone newly diagnosed

            Keep a simple diary for a month: time of day, pull out of ten, anything that set it
            off. You'll see your pattern, and so will your neurologist. And if you spent years
            being told it was all in your head, be gentle with yourself about that. It wasn't
            your fault, and it wasn't your imagination.
        """,
        "replies": [
            {
                "key": "lantern",
                "to": None,
                "author": "lantern_moth",
                "later_days": 4,
                "body": """
                    "New mum, tired, stressed." Mine was "teenage posture". So glad that GP
                    stopped typing and looked.
                """,
            },
            {
                "key": "sunday",
                "to": "lantern",
                "author": "sunday_swim",
                "body": """
                    Teenage posture! The labels we've collected between us could fill a
                    textbook.
                """,
            },
            {
                "key": "qh",
                "to": None,
                "author": "quietharbour",
                "body": """
                    The playground story made me smile. Children ask the question and then
                    actually listen to the answer, which is more than some adults manage.
                """,
            },
            {
                "key": "pebble",
                "to": None,
                "author": "pebble_path",
                "later_days": 27,
                "body": """
                    "It wasn't your imagination." I needed to read that today. Thank you.
                """,
            },
        ],
        "reactions": {
            "support": ["pebble_path", "lantern_moth", "willow_admin", "quietharbour"],
            "me_too": ["pebble_path", "lantern_moth", "marin_mod"],
        },
    },
    {
        "author": "cobalt_heron",
        "title": "Nine years, read with one eyebrow raised",
        "days_ago": 39,
        "details": {
            "onset_year": 2017,
            "years_to_diagnosis": 3,
            "postures": ["torticollis", "shoulder_elevation"],
            "misdiagnoses": ["muscle_strain"],
            "diagnosed_by": "movement_specialist",
            "treatments": {
                "botulinum_toxin": "much_better",
                "physical_therapy": "somewhat_better",
            },
            "insights_consent": True,
        },
        "body": """
            ## First signs

            I noticed it first at the lab bench in 2017. I used to spend hours at a microscope,
            and I'd look up to find my head had turned to the left and my left shoulder had
            hitched up towards my ear. I put it down to long days and bad stools. Then it
            started happening on the bus and at my desk, and the ache settled in for good.

            ## Finding a diagnosis

            Three years. For the first year it was a muscle strain: physio, heat, rest, and a
            lot of confidently stated explanations. When it didn't behave like a strain, the
            waiting began: a referral, a long list, a cancelled appointment. I was diagnosed in
            2020 by a movement disorders specialist, who was the first person to tell me plainly
            that nothing I'd done had caused it. I wish someone had said that in year one.

            Being a former scientist helped less than you'd think. I read everything,
            understood about half of it, and frightened myself with the rest.

            ## Treatments

            Injections, every twelve weeks or so. For the first couple of years they were hit
            and miss. Then my team moved to EMG guidance, where the needle is connected to a
            machine that crackles when it's in an overactive muscle. I found the crackle oddly
            reassuring: you can hear them find the spot. For me the results have been more
            consistent since, though I'm wary of reading too much into one person's experience,
            mine included.

            Physio helped with the shoulder and with finding the middle. I also swim:
            backstroke, with a float under my head.

            I keep a one-page sheet for each cycle: week number, pull and pain out of ten, and a
            couple of words if something odd happened. My neurologist says it's the most useful
            thing I bring.

            ## Life today

            I don't work in a lab any more; I'm on the data side of things now, at a desk. I
            drive a car with a good reversing camera, which has taken most of the dread out of
            parking.

            I didn't tell anyone at work for years, and the hiding cost me more energy than the
            dystonia did. When I finally did, people mostly said "oh, that explains the chair
            thing" and moved on.

            ## Advice for someone newly diagnosed

            Read with one eyebrow raised, and take your questions to your neurologist. Keep
            simple notes; they turn a vague feeling into evidence. And tell the people around
            you sooner than I did.
        """,
        "replies": [
            {
                "key": "fern",
                "to": None,
                "author": "fern_and_fog",
                "body": """
                    Still thinking about the crackle. My team has mentioned EMG guidance, so this
                    is well timed. Thank you for writing it all down.
                """,
            },
            {
                "key": "bee",
                "to": None,
                "author": "bramblebee",
                "body": """
                    "Read with one eyebrow raised" should be printed on the leaflet they give
                    you at diagnosis.
                """,
            },
            {
                "key": "north",
                "to": None,
                "author": "northpaw",
                "body": """
                    A proper reversing camera is on my wish list. The van has one, but it's
                    mostly decorative.
                """,
            },
            {
                "key": "cobalt",
                "to": "north",
                "author": "cobalt_heron",
                "body": """
                    Decorative is generous. Ours at work used to show the sky.
                """,
            },
        ],
        "reactions": {
            "support": ["fern_and_fog", "marin_mod"],
            "me_too": ["tilted_tern"],
        },
    },
    {
        "author": "willow_admin",
        "anonymous": True,
        "title": "Fifteen years of \u201cnerves\u201d before anyone said dystonia",
        "days_ago": 34,
        "details": {
            "onset_year": 1995,
            "years_to_diagnosis": 15,
            "postures": ["torticollis", "jaw"],
            "misdiagnoses": ["stress_anxiety", "arthritis"],
            "diagnosed_by": "movement_specialist",
            "treatments": {
                "botulinum_toxin": "much_better",
                "oral_medication": "no_change",
                "acupuncture": "somewhat_better",
            },
            "insights_consent": True,
        },
        "body": """
            *A friend is typing this for me, because I've never got on with keyboards, and I've
            asked for it to go up without a name. The words are mine; the commas are hers.*

            ## First signs

            It started in 1995, when I was in my early forties. My head began to turn to the
            right, and my jaw would clench so hard that by the evening my teeth ached. I used to
            watch television with my hand resting against the side of my face, and I'd notice my
            head had come back to the middle. I didn't think anything of it then. Now I know it
            was my trick.

            ## Finding a diagnosis

            Fifteen years. At first it was "nerves". I had a demanding job and a teenage son, so
            nerves seemed reasonable to everyone, me included. Then it was arthritis. I was given
            a soft collar, which made it worse, and told that these things happen with age,
            although I was hardly old. By the end I'd stopped asking. I grew my hair long, wore
            scarves, sat at the end of rows so I could face people, and got on with it.

            In 2010 I picked up a magazine in a dentist's waiting room, of all places, and read
            about a woman whose head turned on its own. I tore the page out (I'm not proud of
            that) and took it to my doctor. She referred me to a movement disorders clinic, and
            the specialist there confirmed it at the first appointment.

            ## Treatments

            The injections were the first thing in fifteen years that actually helped. After a
            couple of adjustments my head was straighter than it had been since my forties, and
            my jaw unclenched enough for me to eat an apple again. I still have them, every three
            months or so.

            I tried a tablet that made me sleepy and didn't do much else. Acupuncture, which a
            neighbour recommended, has been a pleasant surprise for the jaw tension, though the
            turn doesn't notice it.

            ## Life today

            I'm in my seventies now. I sing in a choir (from the end of the row, as always), I
            go to a local dystonia group once a month, and I've started wearing my hair up
            again.

            ## Advice for someone newly diagnosed

            Don't lose fifteen years like I did. If something is wrong, keep asking, even when
            you're tired of asking. And if you've already lost some years, try not to spend the
            rest being angry about them. I tried that too. It doesn't help the neck.
        """,
        "replies": [
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    The torn-out magazine page made me cheer. From one long-timer to another,
                    thank you for telling it.
                """,
            },
            {
                "key": "thanks",
                "to": "oak",
                "author": "willow_admin",
                "body": """
                    She says thank you, and that long-timers deserve a medal each. (Typed by the
                    friend, who agrees.)
                """,
            },
            {
                "key": "bee",
                "to": None,
                "author": "bramblebee",
                "body": """
                    Eleven years for me, so I feel every one of your fifteen. Singing from the end
                    of the row is the best detail I've read all week.
                """,
            },
            {
                "key": "pebble",
                "to": None,
                "author": "pebble_path",
                "later_days": 20,
                "body": """
                    "Try not to spend the rest being angry about them." I'm working on it. This
                    helps more than you know.
                """,
            },
        ],
        "reactions": {
            "support": ["oak_and_ash", "bramblebee", "marin_mod", "slowkettle", "pebble_path"],
            "me_too": ["sunday_swim"],
        },
    },
    {
        "author": "quietharbour",
        "title": "Her story, written together at the kitchen table",
        "days_ago": 25,
        "details": {
            "onset_year": 2011,
            "years_to_diagnosis": 8,
            "postures": ["torticollis", "laterocollis"],
            "misdiagnoses": ["arthritis", "muscle_strain", "other"],
            "diagnosed_by": "gp",
            "treatments": {
                "botulinum_toxin": "somewhat_better",
                "massage": "somewhat_better",
                "acupuncture": "no_change",
            },
            "insights_consent": True,
        },
        "body": """
            *My wife isn't a forum person, so we wrote this together at the kitchen table: her
            memories, my typing, her corrections. The "I" below is her, apart from one bit at
            the end.*

            ## First signs

            It was 2011. The children were small, and I put the ache in my neck down to carrying
            them about. Then my head started turning to the left and tipping over to the same
            side, just a little at first and mostly in the evenings. I'd be reading a bedtime
            story and realise I was reading it sideways.

            ## Finding a diagnosis

            Eight years. I was told it was arthritis, then a muscle strain, then a frozen
            shoulder, because by then my left shoulder hurt so much that it seemed the obvious
            culprit. I had tablets, rest, a course of physio for the shoulder, and a lot of
            advice to take it easy with two small children, which is funny if you've ever had
            two small children.

            In 2019 we moved house and I registered with a new GP. She watched my head turn
            while I was describing my shoulder and asked if anyone had mentioned cervical
            dystonia. She'd looked after someone with it before. A neurologist confirmed it
            later, but she was the one who said it first, so she's the one I count.

            ## Treatments

            Injections help for a good part of each cycle, more with the turn than the pain,
            and the pain is what gets me down.

            Heat and a very gentle shoulder massage in the evenings help most. He did a short
            course so he wouldn't press too hard. It's the best present he's ever given me, and
            I'm including the jewellery.

            I tried acupuncture for a few months because a friend swore by it. It was relaxing.
            It didn't change the pull.

            ## Life today

            I'm getting back into the garden, in a wide-brimmed hat someone here recommended. I
            sleep with a small cushion on my left that he tucks in once I'm settled. I tell him
            how the day is out of ten, and he's learning to ask before he carries the shopping.

            *From him:* the years before the diagnosis were the hardest. We didn't know what was
            wrong, I was no help, and she was doing all of it anyway. When the children were
            small we swapped round so I took the evenings. I wish we'd done it sooner.

            ## Advice for someone newly diagnosed

            From her: if you're being treated for one thing and it isn't getting better, it's
            fair to ask whether it's something else. And let people help, but only with the
            help you actually want.

            From him: ask, and believe the answer.
        """,
        "replies": [
            {
                "key": "slow",
                "to": None,
                "author": "slowkettle",
                "body": """
                    Please tell her the bedtime story read sideways made me laugh and then made
                    me a bit teary. My husband sends his regards, from one man who learned to ask
                    to another.
                """,
            },
            {
                "key": "qh",
                "to": "slow",
                "author": "quietharbour",
                "body": """
                    She laughed at that and says hello back. I've been told to add that I'm
                    still learning.
                """,
            },
            {
                "key": "willow",
                "to": None,
                "author": "willow_admin",
                "body": """
                    Thank you both. "She's the one I count" is such a lovely way to remember a
                    doctor who listened.
                """,
            },
            {
                "key": "lantern",
                "to": None,
                "author": "lantern_moth",
                "body": """
                    Out of ten made it into a story! I'm so pleased it's been useful.
                """,
            },
        ],
        "reactions": {
            "support": ["slowkettle", "willow_admin", "lantern_moth", "oak_and_ash", "marin_mod"],
            "me_too": ["oak_and_ash"],
        },
    },
    {
        "author": "fern_and_fog",
        "title": "Anterocollis, or a designer's neck that wants to look down",
        "days_ago": 22,
        "details": {
            "onset_year": 2023,
            "years_to_diagnosis": 2,
            "postures": ["anterocollis"],
            "misdiagnoses": ["posture"],
            "diagnosed_by": "neurologist",
            "treatments": {
                "botulinum_toxin": "no_change",
                "physical_therapy": "much_better",
                "massage": "worse",
            },
            "insights_consent": True,
        },
        "body": """
            ## First signs

            Towards the end of 2023 my chin started drifting towards my chest. I'm a designer,
            so I spend my days at a screen, and I assumed I'd simply been hunched over my work
            for too long. By four o'clock each day my head felt heavy, as if someone had hung a
            weight from my forehead, and looking up at the screen in a meeting room made the
            back of my neck burn.

            ## Finding a diagnosis

            Eighteen months of "tech neck" and "poor posture from your desk job". I believed it,
            because it's what a designer's neck is supposed to do. I bought a new chair, a
            standing desk and a very expensive pillow. None of it made the slightest difference,
            which in hindsight was the clue.

            In the end I filmed myself on my phone, propped on a bookshelf, late in the day when
            it was at its worst, and took the video to my GP. That got me to a neurologist, who
            diagnosed cervical dystonia in the spring of 2025. Anterocollis, she said: one of the
            less common directions.

            ## Treatments

            Injections have been mixed. The first round helped a little, the second not much,
            and the third made swallowing feel odd for a couple of weeks without easing the
            pull. Some of the muscles that pull my head forward sit deep in the neck and are
            hard to reach, so my next round will be guided by EMG, and perhaps ultrasound. I'm
            hopeful, and also a bit tired of hoping.

            Physio is where I've had the clearest help, but it took three physios to find one
            who had worked with dystonia. I found her by asking my neurologist's team who they
            refer to. Gentle stretches, strengthening the opposite side, shoulder-blade work,
            practising the middle in a mirror. Little and often.

            Deep, hard massage did not help. It felt lovely for an hour and then worse for two
            days.

            ## Life today

            My desk has become a small shrine to my neck: one screen, dead centre at eye level;
            the laptop on a stand; a headset for calls; and a chair with a headrest I can lean
            back into, which doubles as my sensory trick, because a light touch on the back of
            my head eases the pull. A timer goes off every half hour to get me up and
            stretching. I resisted the timer the most, and it has helped the most. I end the
            working day with a long hot shower on the back of my neck.

            ## Advice for someone newly diagnosed

            If you're told it's your posture, and fixing your posture changes nothing, say so,
            and keep saying so. Ask your team which physios know dystonia. And if the first
            injections don't land, ask what else could be tried. It's a question, not a
            complaint.
        """,
        "replies": [
            {
                "key": "cobalt",
                "to": None,
                "author": "cobalt_heron",
                "body": """
                    Fingers crossed for the EMG round. "A question, not a complaint" is exactly
                    the right way to put it.
                """,
            },
            {
                "key": "slow",
                "to": None,
                "author": "slowkettle",
                "body": """
                    Being tired of hoping is allowed. It took well over a year to get mine right,
                    and I remember that exact feeling.
                """,
            },
            {
                "key": "fern",
                "to": "slow",
                "author": "fern_and_fog",
                "body": """
                    Thank you. "Allowed" helps more than you'd think.
                """,
            },
            {
                "key": "pebble",
                "to": None,
                "author": "pebble_path",
                "later_days": 8,
                "body": """
                    The new chair! I bought one too, and a posture corrector I'm embarrassed to
                    admit to. Hoping the next round is the one.
                """,
            },
        ],
        "reactions": {
            "support": ["cobalt_heron", "slowkettle", "marin_mod"],
            "me_too": ["pebble_path", "lantern_moth"],
        },
    },
    {
        "author": "juniper_jots",
        "anonymous": True,
        "title": "Teaching through the week-ten slump",
        "days_ago": 20,
        "details": {
            "onset_year": 2024,
            "years_to_diagnosis": 0,
            "postures": ["torticollis", "shoulder_elevation"],
            "misdiagnoses": ["muscle_strain"],
            "diagnosed_by": "neurologist",
            "treatments": {
                "botulinum_toxin": "much_better",
                "yoga_stretching": "somewhat_better",
            },
            "insights_consent": True,
        },
        "body": """
            *Posting this one without my name. My students are very good at searching.*

            ## First signs

            Early in 2024 I woke up with my head turned to the right and assumed I'd slept
            badly. I blamed my pillow for months and bought three new ones. Then I noticed it
            was worse in the afternoons, worse after a long day on my feet, and that my right
            shoulder had started to hitch upwards too. Writing on the board became a juggling
            act.

            ## Finding a diagnosis

            I was quick, by the standards of this forum, and I know how lucky that makes me. My
            GP's first thought was a muscle strain, but when I came back a few weeks later with
            a list of when and how it happened (I'm a teacher; I make lists), she referred me to
            neurology. The neurologist watched me for a few minutes, had me rest my hand on my
            cheek, saw my head settle, and gave it a name that afternoon. Less than a year from
            first twinge to diagnosis.

            ## Treatments

            Injections, every twelve weeks. The first round barely touched the pull, and I was
            convinced they weren't going to work for me. The second, with another muscle added,
            made a real difference. Now weeks three to nine are good, genuinely good, and then
            the wearing-off arrives almost to the day. I keep a one-line-a-week record and take
            it to every appointment, which has made those conversations far more useful.

            I also do ten minutes of slow breathing and gentle stretching at the start of my
            lunch break. It's less exercise than a truce with my neck, but the afternoon lessons
            go better when I remember.

            ## Life today

            I still teach full time. I finally told my head of department this term, and she
            rearranged my timetable around injection weeks without my having to argue for it. I
            told my tutor group too; one asked whether it hurt, another whether I could still see
            the back row, and that was that. Teenagers are kinder than their reputation.

            My sensory trick is resting my hand on my cheek, which in a classroom just looks as
            if I'm thinking very hard. A clicker on a lanyard means I don't have to keep turning
            round to the laptop.

            ## Advice for someone newly diagnosed

            Don't judge the injections on the first round. Keep the notes, however rough. And
            tell one person at work sooner rather than later; hiding it is more tiring than you
            realise until you stop.
        """,
        "replies": [
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    "A truce with my neck" is a lovely way to describe it. Thank you for sharing
                    this, and well done on the conversation at school.
                """,
            },
            {
                "key": "sunday",
                "to": None,
                "author": "sunday_swim",
                "body": """
                    Teenagers kinder than their reputation, and toddlers too, mostly. Children
                    seem to take it in their stride far better than adults.
                """,
            },
            {
                "key": "tern",
                "to": None,
                "author": "tilted_tern",
                "later_days": 11,
                "body": """
                    My first injections are coming up, and I'd already started worrying about
                    what happens if they don't work. "Don't judge them on the first round" is
                    going on a sticky note.
                """,
            },
            {
                "key": "author",
                "to": "tern",
                "author": "juniper_jots",
                "body": """
                    Give it two cycles, and write everything down. Future you will be very
                    grateful. Good luck!
                """,
            },
        ],
        "reactions": {
            "support": ["sunday_swim", "bramblebee", "tilted_tern"],
            "me_too": ["marin_mod", "lantern_moth", "cobalt_heron"],
        },
    },
    {
        "author": "marin_mod",
        "anonymous": True,
        "title": "The injections didn't suit me, and that was not the end of the road",
        "days_ago": 18,
        "details": {
            "onset_year": 2002,
            "years_to_diagnosis": 12,
            "postures": ["retrocollis", "shoulder_elevation"],
            "misdiagnoses": ["spine", "stress_anxiety"],
            "diagnosed_by": "neurologist",
            "treatments": {
                "botulinum_toxin": "worse",
                "oral_medication": "somewhat_better",
                "physical_therapy": "somewhat_better",
                "acupuncture": "no_change",
            },
            "insights_consent": False,
        },
        "body": """
            *Posted for me by a friend, without my name, because I'm a private sort of person.
            She types faster than I do.*

            ## First signs

            In 2002 I was a mechanic, and my head began pulling backwards. Working under
            vehicles means looking up all day, so when my head started tipping back on its own,
            even standing at the kitchen sink, I assumed the job had bent me out of shape. Both
            shoulders crept up. In the evenings I'd sit with my hands clasped behind my head,
            because it was the only way to keep it still, though I couldn't have told you why.

            ## Finding a diagnosis

            Twelve years. It was my spine, according to nearly everyone: scans, a physio who
            clicked it, a chiropractor who clicked it harder. When the scans came back clear,
            somebody suggested stress and said I should take up a hobby. I had a hobby. It was
            trying to keep my head on straight.

            I was diagnosed in 2014 by a neurologist I'd been sent to about headaches. He watched
            me talk for two minutes, asked me to put my hands behind my head, and said, "I think
            I know what this is."

            ## Treatments

            This is the part I want people to read, because most stories say the injections
            helped, and they didn't help me. Over three cycles, with the dose and muscles
            adjusted each time, my neck went weak without the pull easing. I struggled to lift
            my head off the pillow in the mornings, and swallowing felt wrong for weeks. My
            neurologist and I agreed to stop. It happens, he said, and it wasn't anything I'd
            done.

            What has helped: a tablet, started low and increased slowly, that takes some of the
            edge off; and a physio who knows dystonia and has taught me to work with my neck
            instead of against it. I tried acupuncture for six months. Relaxing, but the pull
            didn't notice.

            ## Life today

            I had to give up working under cars. I teach at a training workshop now, standing,
            with everything at eye level, which suits my neck far better. On a bad day I sit with
            my head against a high-backed chair and let my hands do the trick.

            ## Advice for someone newly diagnosed

            If a treatment doesn't suit you, you haven't failed, and you're not out of options.
            Tell your team honestly what's happening, even if it feels ungrateful. Then ask what
            else there is. There usually is something.
        """,
        "replies": [
            {
                "key": "slow",
                "to": None,
                "author": "slowkettle",
                "body": """
                    Thank you for writing the part that doesn't often get written. The
                    injections faded for me too, and I remember feeling ungrateful for saying
                    so out loud.
                """,
            },
            {
                "key": "north",
                "to": None,
                "author": "northpaw",
                "body": """
                    "I had a hobby. It was trying to keep my head on straight." Brilliant. From
                    one tablet-trier to another, glad you found one that suits.
                """,
            },
            {
                "key": "fern",
                "to": None,
                "author": "fern_and_fog",
                "body": """
                    Three rounds that didn't land here too, so this gave me a lot of heart.
                    Thank you.
                """,
            },
            {
                "key": "author",
                "to": "fern",
                "author": "marin_mod",
                "body": """
                    From him: keep telling them exactly what happens, every time. That's how
                    they find what works for you.
                """,
            },
        ],
        "reactions": {
            "support": ["slowkettle", "northpaw", "fern_and_fog", "cobalt_heron"],
            "me_too": ["fern_and_fog"],
        },
    },
    {
        "author": "northpaw",
        "title": "Five years behind the wheel with a head that says no",
        "days_ago": 9,
        "details": {
            "onset_year": 2019,
            "years_to_diagnosis": 2,
            "postures": ["laterocollis", "tremor"],
            "misdiagnoses": ["spine"],
            "diagnosed_by": "neurologist",
            "treatments": {
                "botulinum_toxin": "somewhat_better",
                "oral_medication": "worse",
            },
            "insights_consent": False,
        },
        "body": """
            ## First signs

            2019. I was loading the van and kept finding my head tipped to the left, ear towards
            shoulder, like I was listening out for something. Then came the shake: a small
            "no-no" wobble on top of the tilt, worse when I was tired and worse when someone was
            watching. On a doorstep, with a customer waiting to sign, someone is always
            watching.

            ## Finding a diagnosis

            About two years. I went to a chiropractor first because I thought my neck was "out".
            It wasn't, and a few months of cracking didn't change a thing. Then the GP, then a
            long wait for neurology. I honestly think it was the tremor that got me taken
            seriously. A tilt could be anything; a head that shakes "no" at the doctor is harder
            to wave away. The neurologist had me rest the back of my head against the wall,
            watched the shake settle, and that was that: cervical dystonia, 2021.

            ## Treatments

            Injections every three months. They take the edge off the tilt nicely; the tremor,
            less so. The tremor always seems to be the poor relation at appointments, so I've
            started mentioning it first.

            I tried an anticholinergic tablet to see if it would calm the shake. Mouth like
            sandpaper, blurry close-up vision, and thinking through fog. For a driver, that's a
            no. My neurologist and I agreed to taper off, and I did it her way, slowly. Plenty
            of people get on fine with them. I wasn't one of them.

            ## Life today

            Still driving. Wide-angle blind spot mirrors on both wing mirrors, turning from the
            waist, routes planned round awkward junctions, and a five-minute stop every hour or
            so. In the weeks before my injections my manager gives me the shorter local rounds.
            I'd built asking him into a huge thing in my head, and he said "fair enough".

            I still go to the gym, but I've dropped the heavy overhead stuff. The back of my
            head against the van's headrest is the only reason the long days are doable.

            When people on the doorstep ask, I tell them my neck's got a mind of its own.
            Usually gets a laugh.

            ## Advice for someone newly diagnosed

            Talk to your neurologist about driving, and check the rules where you live; don't
            guess. Ask for the adjustment at work, because the answer is usually yes. And keep a
            diary, apparently. Everyone here says so. I've started one. It's three lines long,
            but it's a start.
        """,
        "replies": [
            {
                "key": "bee",
                "to": None,
                "author": "bramblebee",
                "body": """
                    Mention the tremor first, always. And three lines is three more than last
                    month. Proud of you.
                """,
            },
            {
                "key": "tern",
                "to": None,
                "author": "tilted_tern",
                "body": """
                    Blind spot mirrors are going on my list. I've been dreading the motorway
                    since the diagnosis.
                """,
            },
            {
                "key": "north",
                "to": "tern",
                "author": "northpaw",
                "body": """
                    Quiet roads first, mate, and build up from there. Talk it over with your
                    neurologist too. You'll get there.
                """,
            },
        ],
        "reactions": {
            "support": ["cobalt_heron", "juniper_jots"],
            "me_too": ["bramblebee", "willow_admin"],
        },
    },
    {
        "author": "lantern_moth",
        "anonymous": True,
        "title": "Sixteen, and told to stand up straight",
        "days_ago": 5,
        "details": {
            "onset_year": 2016,
            "years_to_diagnosis": 6,
            "postures": ["torticollis", "tremor"],
            "misdiagnoses": ["posture", "stress_anxiety"],
            "diagnosed_by": "neurologist",
            "treatments": {
                "botulinum_toxin": "somewhat_better",
                "yoga_stretching": "somewhat_better",
            },
            "insights_consent": False,
        },
        "body": """
            ## First signs

            I was sixteen, in 2016, when my head started turning to the right. I'd be sitting
            an exam and realise I was staring at the wall. My mum said I was slouching, my
            teachers said I was slouching, and I spent a whole year trying very hard to stand up
            straight. By the time I left school there was a little shake on top of the turn,
            worse when I was nervous, which, for a teenager whose head was doing strange things,
            was most of the time.

            ## Finding a diagnosis

            Six years. "Teenage posture", then "anxiety", and to be fair I was anxious. It's
            hard to say which came first, the worry or the neck, and I've stopped trying to
            work it out. In the end it was a counsellor who said it sounded physical rather than
            emotional, and that I should push for a proper look. A neurologist diagnosed
            cervical dystonia in 2022, when I was twenty-two. I cried for a day and then slept
            for about twelve hours.

            ## Treatments

            Injections take the edge off for most of the cycle. The last couple of weeks are
            still hard; I'm writing this a few days before my next appointment, so I know. I'm
            learning to plan around those weeks rather than be ambushed by them.

            I've started going to a beginners' yoga class. It hasn't changed the turn, but the
            slow breathing quietens the shake, and being in a room full of people without
            anyone staring has done something for my confidence.

            The most important treatment, for me, wasn't for my neck. Talking to my GP about my
            mood, and getting some help with it, made everything else easier to carry.

            ## Life today

            I work with the public. Some days a customer thinks I'm shaking my head at them, and
            some days I can laugh about that and some days I can't. I stopped driving for a
            while when things were bad, and getting back behind the wheel on quiet roads was one
            of the biggest steps I've taken. I've started dating again, which is its own
            adventure.

            ## Advice for someone newly diagnosed

            Look after your mood as well as your neck. They're connected, and there's no shame
            in asking for help with either. Keep a note of the good days, because on the bad
            ones your brain will tell you there weren't any. And if you're young and everyone
            says it's your posture, you're allowed to keep asking.
        """,
        "replies": [
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    You're allowed to keep asking at any age, but it takes extra courage at
                    sixteen. Thank you for this.
                """,
            },
            {
                "key": "sunday",
                "to": None,
                "author": "sunday_swim",
                "body": """
                    "Look after your mood as well as your neck." I wish someone had handed me
                    that sentence in my first year. Good luck for the appointment.
                """,
            },
            {
                "key": "pebble",
                "to": None,
                "author": "pebble_path",
                "body": """
                    Six years here too. Reading this made me feel a lot less alone.
                """,
            },
            {
                "key": "author",
                "to": "pebble",
                "author": "lantern_moth",
                "body": """
                    Six-years club. We got there in the end, and you're not alone now.
                """,
            },
        ],
        "reactions": {
            "support": ["oak_and_ash", "sunday_swim", "pebble_path", "marin_mod", "quietharbour"],
            "me_too": ["pebble_path", "sunday_swim"],
        },
    },
    {
        "author": "pebble_path",
        "title": "Six years of \u201cjust stress\u201d, and then a name",
        "days_ago": 2,
        "details": {
            "onset_year": 2020,
            "years_to_diagnosis": 6,
            "postures": ["torticollis", "laterocollis", "shoulder_elevation"],
            "misdiagnoses": ["stress_anxiety", "posture", "spine"],
            "diagnosed_by": "movement_specialist",
            "treatments": {
                "massage": "no_change",
                "physical_therapy": "no_change",
            },
            "insights_consent": True,
        },
        "body": """
            ## First signs

            In 2020 my neck started pulling to the left, and my left shoulder began creeping up
            towards my ear. I was working from a kitchen chair at the time, like a lot of people
            were, so when it ached I blamed the chair. Then I blamed stress. Then everyone else
            blamed stress too.

            ## Finding a diagnosis

            Six years. I've been told it was stress, anxiety, poor posture from my desk job,
            and once "a bit of wear and tear in the spine". I've had massages, two rounds of
            physio and a great deal of advice to relax more. I did try. You can't relax your way
            out of something your brain is doing on its own.

            The turning point was small. I noticed that if I rested two fingers on my chin, my
            head went back to the middle almost straight away. A friend who works in healthcare
            saw me do it and told me to look up cervical dystonia, which is how I found this
            forum. You told me to ask for a referral and to film it on a bad evening. I did
            both, and my GP watched the video twice and referred me.

            This week a movement disorders neurologist watched me for a while, asked me to do
            the chin trick, and nodded as if she'd seen it a thousand times. Cervical dystonia:
            torticollis and laterocollis to the left, with the shoulder coming up. I cried in
            the car park, then laughed, then ate a whole packet of biscuits.

            ## Treatments

            Nothing real yet. The massages and physio over the years felt nice and changed
            nothing, which I now understand. I'm on the list for injections, and she mentioned
            physio with someone who knows dystonia. I'll report back.

            ## Life today, and advice

            It's too soon for "life today", honestly. I'm somewhere between relief and grief:
            relief that it's real, grief for six years of doubting myself. slowkettle's list of
            things she wishes she'd known is printed out on my fridge, and number one is the one
            I keep rereading.

            The only advice I feel qualified to give is for someone who isn't diagnosed yet,
            because that was me a fortnight ago. If your head is doing something you can't
            stop, and nobody is listening, write it down, film it, and ask for a neurology
            referral. You know your own body. Keep going until someone looks properly.
        """,
        "replies": [
            {
                "key": "slow",
                "to": None,
                "author": "slowkettle",
                "body": """
                    Number one, forever. Welcome to the next chapter; we'll be here for all
                    hundred questions.
                """,
            },
            {
                "key": "tern",
                "to": None,
                "author": "tilted_tern",
                "body": """
                    Cried-in-the-car-park club, still reporting in. The biscuits remain
                    medicinal.
                """,
            },
            {
                "key": "pebble",
                "to": "tern",
                "author": "pebble_path",
                "body": """
                    Membership accepted. Biscuits restocked.
                """,
            },
            {
                "key": "sunday",
                "to": None,
                "author": "sunday_swim",
                "body": """
                    "You can't relax your way out of something your brain is doing on its own."
                    Yes. Exactly that.
                """,
            },
        ],
        "reactions": {
            "support": ["slowkettle", "tilted_tern", "sunday_swim", "marin_mod", "oak_and_ash", "fern_and_fog"],
            "me_too": ["sunday_swim", "lantern_moth"],
        },
    },
    {
        "author": "tilted_tern",
        "title": "One year from \u201cslept funny\u201d to my first injections",
        "days_ago": 0,
        "details": {
            "onset_year": 2025,
            "years_to_diagnosis": 1,
            "postures": ["torticollis"],
            "misdiagnoses": ["muscle_strain"],
            "diagnosed_by": "neurologist",
            "treatments": {
                "botulinum_toxin": "too_early",
                "physical_therapy": "no_change",
            },
            "insights_consent": True,
        },
        "body": """
            ## First signs

            Last year my head started turning to the right. Slowly at first: I'd notice it in
            meetings, or on the train, looking out of a window I hadn't meant to look out of. I
            thought I'd slept funny. Then I thought I'd pulled something at the gym. By the
            autumn it was turning most afternoons, and my neck ached by the evening.

            ## Finding a diagnosis

            About a year. My GP thought it was a muscle strain and sent me to physio. The physio
            gave it a couple of sessions, then stopped, watched me for a while, and said this
            didn't look like a strain and I should ask for a neurology referral. I'll always be
            grateful to her.

            The neurologist watched me walk, sit and turn my head for ten minutes, and then said
            the words. That's it, apparently: it's diagnosed by looking, by someone who knows
            what they're looking at. I came out with a leaflet and an appointment.

            ## Treatments

            My first injections were this week: EMG-guided, four or five quick stings, and a
            quiet crackle that I found weirdly calming. It's far too early to know whether
            they've worked; they said a week or two. I'm keeping a diary, as this forum
            instructed, and trying not to check my neck in the mirror every hour. (Failing.)

            The exercises for the "strain" didn't change anything, but the physio changed
            everything, if that makes sense.

            ## Life today

            I work in an office. I told my manager this week, using a two-sentence explanation I
            borrowed from a thread here, and it went better than fine. My sensory trick is a
            finger behind my ear, and I've grown quite attached to it. I still catch old photos
            and miss the person who never thought about their neck. I'm told that fades.

            ## Advice for someone newly diagnosed

            I'm the newly diagnosed one, so this is really advice to myself a month ago. Write
            your questions down before the appointment, because you'll forget them in the room.
            Ask which muscles they're injecting and why. Read this forum in daylight, not at two
            in the morning. And you're allowed to feel relieved and terrified at the same time.
        """,
        "replies": [
            {
                "key": "juniper",
                "to": None,
                "author": "juniper_jots",
                "body": """
                    Mirror-checking is a rite of passage; I did it for a fortnight. Give it a
                    couple of cycles before you decide anything.
                """,
            },
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    Best-prepared first-timer, and now a story too. You've come a long way in a
                    month.
                """,
            },
        ],
        "reactions": {
            "support": ["marin_mod", "juniper_jots", "sunday_swim", "pebble_path"],
            "me_too": ["juniper_jots", "cobalt_heron"],
        },
    },
]
