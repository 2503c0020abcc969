"""The demo community: members and discussions. Data only; `forum.demo.seed` writes it.

Every name here is a pseudonym and every post is invented for the demo.

MEMBERS: one dict per account, in the order the logins are printed. `joined_days_ago` is when
the account appears to have been made.

THREADS: one dict per discussion. `days_ago` is when the opening post was written. `replies` is
a flat list in the order the replies were written; each reply has a `key` (unique in its
thread) and `to`: None for a reply to the thread, or the `key` of the reply it answers. A reply
may carry `later_days`: written at least that many days after the opening post.

Bodies are Markdown, hard-wrapped here to keep the lines short; the seeder joins wrapped lines
back into the one-line paragraphs a member would type (list items and quotes keep their own
lines). Blank lines separate paragraphs.
"""

MEMBERS = [
    # Runs the site; laterocollis for twelve years.
    {"username": "willow_admin", "role": "admin", "joined_days_ago": 61},
    # Volunteer moderator; torticollis, eight years of injections.
    {"username": "marin_mod", "role": "moderator", "joined_days_ago": 60},
    # Retired gardener; over twenty years with mixed torticollis and laterocollis.
    {"username": "oak_and_ash", "role": "member", "joined_days_ago": 59},
    # Retrocollis; had deep brain stimulation about ten years ago.
    {"username": "slowkettle", "role": "member", "joined_days_ago": 57},
    # Nine years in; reads the research, carefully.
    {"username": "cobalt_heron", "role": "member", "joined_days_ago": 56},
    # Head tremor and a mild turn; a great believer in physio homework.
    {"username": "bramblebee", "role": "member", "joined_days_ago": 54},
    # Secondary school teacher; two years in, struggles with wearing off.
    {"username": "juniper_jots", "role": "member", "joined_days_ago": 50},
    # Parent of a toddler; diagnosed a year ago after years of "anxiety".
    {"username": "sunday_swim", "role": "member", "joined_days_ago": 48},
    # Delivery driver; laterocollis with a tremor, five years.
    {"username": "northpaw", "role": "member", "joined_days_ago": 46},
    # Designer at a desk all day; anterocollis, three years.
    {"username": "fern_and_fog", "role": "member", "joined_days_ago": 45},
    # Carer: his wife has CD.
    {"username": "quietharbour", "role": "member", "joined_days_ago": 42},
    # In their twenties; four years in, living with anxiety and low mood too.
    {"username": "lantern_moth", "role": "member", "joined_days_ago": 38},
    # Years of "it's just stress", diagnosed during the demo's weeks.
    {"username": "pebble_path", "role": "member", "joined_days_ago": 16},
    # Newly diagnosed: torticollis, first injections coming up.
    {"username": "tilted_tern", "role": "member", "joined_days_ago": 10},
]

THREADS = [
    # --- Introductions -------------------------------------------------------------------------
    {
        "category": "introductions",
        "author": "willow_admin",
        "title": "Welcome to Stillpoint: please read this first",
        "days_ago": 58,
        "body": """
            Hello, and welcome. Whether you were diagnosed with cervical dystonia last week or
            twenty years ago, whether you are still hunting for answers or you love someone who
            lives with it, you belong here.

            A little about me: I've had CD for twelve years. Mine is mostly **laterocollis** (my
            right ear would happily rest on my right shoulder if I let it) with a bit of shoulder
            lift thrown in. I help keep this place running in my spare time.

            A few things that make Stillpoint work:

            - **We share experience, not medical advice.** "What helped me was..." is wonderful.
            "You should stop your medication" is not. Please take treatment questions to the
            people who know your history.
            - **Be gentle.** Everyone here is somewhere different on this road. A question that
            seems basic to you may have taken someone weeks of courage to type.
            - **Keep yourself private.** Use a pseudonym and leave out details that could
            identify you, your doctors or your workplace.
            - **Hard days are welcome.** If you are ever in immediate danger or thinking of
            harming yourself, please contact your local emergency services straight away, and
            then come back and tell us how you are.

            Introduce yourself in this category when you are ready. Lurking is fine too; many of
            us read for months before saying hello.
        """,
        "replies": [
            {
                "key": "mod",
                "to": None,
                "author": "marin_mod",
                "body": """
                    Hi all, I'm one of the volunteer moderators. Torticollis for eight years
                    (chin turns left, always has), injections every twelve weeks or so.

                    If you see a post that worries you, use the report link rather than arguing
                    in the thread, and we'll take a look. And if you're not sure which category
                    something belongs in, just post it; we can move it.
                """,
            },
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    When I was diagnosed, the only "support" was a photocopied leaflet and a
                    neurologist who was always running late. I'd have given a lot for a place
                    like this. Thank you for setting it up.
                """,
            },
            {
                "key": "willow",
                "to": "oak",
                "author": "willow_admin",
                "body": """
                    A photocopied leaflet! I had a printout from a website that mostly scared me.
                    Glad you're here, oak_and_ash. I suspect you'll end up answering more
                    questions than you ask.
                """,
            },
            {
                "key": "oak2",
                "to": "willow",
                "author": "oak_and_ash",
                "body": """
                    Twenty-odd years of trial and error has to be good for something. Happy to
                    share the errors especially.
                """,
            },
        ],
    },
    {
        "category": "introductions",
        "author": "tilted_tern",
        "title": "Hello from someone diagnosed three weeks ago",
        "days_ago": 9,
        "body": """
            Hi everyone. I was diagnosed with cervical dystonia three weeks ago, and I've read
            half this forum since then, usually at two in the morning.

            For about a year my head kept turning to the right, slowly at first and then more
            and more. I thought I'd slept funny, then that I'd pulled something at the gym. My GP
            sent me to physio for a "muscle strain", and the physio was the one who said this
            didn't look like a strain and I should ask for a neurology referral.

            The neurologist watched me walk, sit, and turn my head for about ten minutes and
            then said the words. Apparently that's how it's diagnosed, by looking. I came out
            with a leaflet and an appointment for my first injections in a couple of weeks.

            I'm in my thirties, I work in an office, and I honestly don't know yet whether I'm
            relieved to have a name for it or terrified. Probably both. Mostly I'm glad to find
            people who know what this is without me explaining.
        """,
        "replies": [
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    Welcome, tilted_tern. Both relieved and terrified is completely normal; I'd
                    be more surprised if you felt just one thing.

                    A physio spotting it is a good sign that you have people paying attention.
                    The newly diagnosed category is full of people who were exactly where you
                    are. Ask anything.
                """,
            },
            {
                "key": "sunday",
                "to": None,
                "author": "sunday_swim",
                "body": """
                    Oh, the 2am reading. I remember those weeks well. I was diagnosed about a
                    year ago, and the first month was the hardest part emotionally because
                    everything was new and I kept imagining the worst.

                    It does settle. Not the neck necessarily (although mine is a lot calmer
                    with injections), but the panic. You learn your own patterns.
                """,
            },
            {
                "key": "tern1",
                "to": "sunday",
                "author": "tilted_tern",
                "body": """
                    That's really good to hear. Can I ask what the patterns were, for you? I've
                    noticed mine is worse in the evening but I don't know if that's real or if
                    I'm just noticing it more when I'm tired.
                """,
            },
            {
                "key": "sunday2",
                "to": "tern1",
                "author": "sunday_swim",
                "body": """
                    It's real for a lot of us! Mine is at its best in the first couple of hours
                    after I wake up and gets steadily worse through the afternoon. Stress and
                    being tired both make it pull harder.

                    Keeping a simple diary helped me: time of day, how strong the pull was out
                    of ten, anything that set it off. After a month I could actually see the
                    pattern, and it was useful to show the neurologist too.
                """,
            },
            {
                "key": "tern2",
                "to": "sunday2",
                "author": "tilted_tern",
                "body": """
                    A diary is a great idea, and much more useful than googling at 2am. Starting
                    one tonight. Thank you.
                """,
            },
            {
                "key": "juniper",
                "to": None,
                "author": "juniper_jots",
                "body": """
                    Welcome! I'm two years in, also torticollis to the right. The "slept funny"
                    phase sounds very familiar; I blamed my pillow for months.

                    You've come to a kind corner of the internet.
                """,
            },
        ],
    },
    {
        "category": "introductions",
        "author": "quietharbour",
        "title": "Partner here, hoping that's allowed",
        "days_ago": 40,
        "body": """
            I don't have cervical dystonia myself. My wife does, and has for about seven years.
            She isn't much of a forum person, but she said I should come and say hello, and I
            think she may have been dropping a hint.

            Her head turns and tilts to the left, and on bad days the pain in her neck and
            shoulder is what gets her down more than how it looks. She has injections, which
            help for a good part of each cycle.

            I'm here because I want to understand it better from the inside, and because some
            days I don't know what to do. I'm the fixer type and this isn't something I can
            fix. If there are other partners or carers around, I'd love to hear from you too.
        """,
        "replies": [
            {
                "key": "willow",
                "to": None,
                "author": "willow_admin",
                "body": """
                    Very much allowed, and very welcome. Partners, parents, friends and carers
                    live with CD too, in their own way. The work and relationships category is a
                    good place for the "how do I help" questions.

                    And please tell your wife she's welcome whenever she fancies it, even just
                    to read.
                """,
            },
            {
                "key": "kettle",
                "to": None,
                "author": "slowkettle",
                "body": """
                    My husband would have loved somewhere like this in the early years. He told
                    me much later that he used to sit in the car after work for ten minutes
                    before coming in, because he didn't know what kind of day I'd had and didn't
                    know how to ask.

                    The fact that you're asking at all is most of it.
                """,
            },
            {
                "key": "moth",
                "to": None,
                "author": "lantern_moth",
                "body": """
                    As someone with CD: thank you for wanting to understand it from the inside.
                    The people in my life who have tried to do that are the ones I can actually
                    talk to on a bad day.
                """,
            },
            {
                "key": "harbour1",
                "to": "moth",
                "author": "quietharbour",
                "body": """
                    Can I ask what "trying to understand" looks like from your side? What do
                    those people do that helps? I worry that I either ask too much or not enough.
                """,
            },
            {
                "key": "moth2",
                "to": "harbour1",
                "author": "lantern_moth",
                "body": """
                    For me it's small things. They ask "what's today like, out of ten?" instead
                    of "are you okay?", because I can answer a number without having to explain.
                    They don't comment on my head position unless I bring it up. And they
                    believe me when I say the afternoon is worse, even if I looked fine at lunch.

                    Everyone is different though. Your wife is the real expert on her.
                """,
            },
            {
                "key": "harbour2",
                "to": "moth2",
                "author": "quietharbour",
                "body": """
                    "Out of ten" is brilliant. I tried it last night and got a "six, but a good
                    six", which is more than I usually get. Thank you.
                """,
            },
        ],
    },
    {
        "category": "introductions",
        "author": "northpaw",
        "title": "Saying hello properly, a few weeks late",
        "days_ago": 27,
        "body": """
            I've been replying here and there for a few weeks, and it occurred to me that I never
            actually introduced myself. Bit rude. So, hello.

            I'm a delivery driver, five years since diagnosis. My head tilts to the left and
            there's a tremor on top of it, a sort of small "no-no" shake that gets worse when
            I'm tired or someone's watching me. Fun at the doorstep, let me tell you.

            Injections every three months. They take the edge off the tilt nicely; the tremor
            less so. I'm mostly here for the practical stuff, driving especially, and because
            nobody at work gets it.
        """,
        "replies": [
            {
                "key": "bee",
                "to": None,
                "author": "bramblebee",
                "body": """
                    Fellow tremor person, hello! Mine is worse when someone is watching too. I've
                    had a customer ask if I was disagreeing with them.

                    Hope the tremor gets a bit more of a look-in at your next appointment. It
                    always seems to be the poor relation next to the pull.
                """,
            },
            {
                "key": "paw1",
                "to": "bee",
                "author": "northpaw",
                "body": """
                    Ha, I get "no thanks then?" at least once a week. Good to know it's not just
                    me. And yes, the tilt always gets the attention.
                """,
            },
            {
                "key": "heron",
                "to": None,
                "author": "cobalt_heron",
                "body": """
                    Welcome properly! Your driving thread has been one of the most useful things
                    on here for me. I finally got the wide-angle mirror.
                """,
            },
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    Better late than never. It's nice to know a bit more about the person behind
                    all the practical tips.
                """,
            },
        ],
    },
    # --- Newly diagnosed -----------------------------------------------------------------------
    {
        "category": "newly-diagnosed",
        "author": "tilted_tern",
        "title": "What should I ask at my first injection appointment?",
        "days_ago": 7,
        "body": """
            My first botulinum toxin appointment is next week and I keep thinking of questions
            at random moments and then forgetting them. I'd love to hear what you wish you'd
            asked, or what was useful to know before the first time.

            So far my list is:

            1. How long before I notice a difference?
            2. What side effects should I look out for?
            3. When is the next appointment, and what happens if it wears off early?

            Also, is it normal to feel nervous about needles in the neck? I'm fine with blood
            tests, but this feels different.
        """,
        "replies": [
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    Good list. A few I'd add, from eight years of appointments:

                    - **Which muscles are they injecting, and why?** Knowing helped me describe
                    changes afterwards.
                    - **Will they use EMG or ultrasound to guide the needle?** Not everyone does,
                    and it's useful to know what's normal at your clinic.
                    - **Who do I contact between appointments** if something worries me?
                    - **Should I keep notes?** Most injectors love a symptom diary.

                    And yes, nerves are normal. For me it's a few quick stings and some pressure.
                    The anticipation is worse than the thing.
                """,
            },
            {
                "key": "tern1",
                "to": "marin",
                "author": "tilted_tern",
                "body": """
                    Thank you, that's really helpful. What do you mean by "describe changes"?
                    What kind of changes should I be looking for afterwards?
                """,
            },
            {
                "key": "marin2",
                "to": "tern1",
                "author": "marin_mod",
                "body": """
                    Things like: did the pull ease, and in which direction? Did anything feel
                    weak, like trouble lifting your head off the pillow or swallowing feeling
                    odd? Did the pain change? When did it start working, and when did it start
                    wearing off?

                    The first cycle is partly a starting point. My dose and muscles were
                    adjusted a few times in the first year based on exactly those notes.
                """,
            },
            {
                "key": "tern2",
                "to": "marin2",
                "author": "tilted_tern",
                "body": """
                    That makes sense. So it's more of an experiment than a one-shot fix. That's
                    oddly reassuring, because I was worried that if the first one didn't work,
                    that would be it.
                """,
            },
            {
                "key": "juniper",
                "to": "tern2",
                "author": "juniper_jots",
                "body": """
                    Definitely not "that would be it". My first round barely touched the pull;
                    the second, with a different muscle added, made a big difference. Give it a
                    couple of cycles before judging.
                """,
            },
            {
                "key": "heron",
                "to": None,
                "author": "cobalt_heron",
                "body": """
                    One practical thing: wear a top with a loose or low neck so they can get to
                    your neck and shoulders easily. And have a simple plan for the rest of the
                    day. I was fine afterwards, just a bit tender, but I was glad I hadn't
                    planned anything.
                """,
            },
        ],
    },
    {
        "category": "newly-diagnosed",
        "author": "pebble_path",
        "title": "Six years of “it's just stress”. Does this sound familiar?",
        "days_ago": 15,
        "body": """
            I'm not diagnosed with anything, so I hope it's okay to post here. I'll try to keep
            this short.

            For six years my neck has pulled to the left and my left shoulder creeps up towards
            my ear. It aches all the time and it's worse when I'm tired or stressed. I've been
            told it's stress, anxiety, poor posture from my desk job, and once "a bit of wear
            and tear in the spine". I've had massages, two rounds of physio and a lot of advice
            to relax more.

            The odd thing is that if I rest two fingers on my chin, my head goes back to the
            middle almost straight away. A friend who works in healthcare saw me do it and said
            I should look up cervical dystonia, which is how I found this place.

            I know nobody here can diagnose me. I suppose I'm asking whether it's worth pushing
            for a neurology referral, and how you got one.
        """,
        "replies": [
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    Of course it's okay to post. Many members spent years in exactly your place.

                    As you say, nobody here can tell you what it is. But it's completely
                    reasonable to ask your GP for a neurology referral, ideally to someone who
                    specialises in movement disorders, and to explain what you've told us,
                    including the chin trick. Writing it down beforehand helps, and so does a
                    short video of the pull on a bad day, because it never behaves in the
                    consulting room.
                """,
            },
            {
                "key": "sunday",
                "to": None,
                "author": "sunday_swim",
                "body": """
                    I was told it was anxiety for three years. I was anxious, by the end, mostly
                    because nobody believed me! What finally got me a referral was a GP who
                    hadn't seen me before and who watched my head move while I talked.

                    Keep pushing, politely and persistently. You know your own body.
                """,
            },
            {
                "key": "fern",
                "to": None,
                "author": "fern_and_fog",
                "body": """
                    "Poor posture from your desk job" was exactly what I heard too, for about
                    eighteen months. I bought a new chair, a standing desk and a very expensive
                    pillow before anyone said the word dystonia.

                    The video idea is a good one. I used my phone propped on a bookshelf.
                """,
            },
            {
                "key": "pebble1",
                "to": "marin",
                "author": "pebble_path",
                "body": """
                    Thank you all. I've booked a GP appointment for next week and I'm going to
                    film myself in the evenings until then. It helps a lot just to read that
                    other people heard the same things.
                """,
            },
            {
                "key": "marin2",
                "to": "pebble1",
                "author": "marin_mod",
                "body": """
                    Good luck. Let us know how it goes, whatever the outcome.
                """,
            },
            {
                "key": "pebble2",
                "to": "marin2",
                "author": "pebble_path",
                "body": """
                    Update: referral made, and the GP watched the chin trick video twice. Whatever
                    it turns out to be, I finally feel like someone is taking it seriously.
                """,
                "later_days": 6,
            },
            {
                "key": "sunday2",
                "to": "pebble2",
                "author": "sunday_swim",
                "body": """
                    That feeling of being taken seriously is huge. Fingers crossed for you.
                """,
            },
        ],
    },
    {
        "category": "newly-diagnosed",
        "author": "sunday_swim",
        "title": "How long did it take you to get a diagnosis?",
        "days_ago": 45,
        "body": """
            I've been thinking about how long it took me to get diagnosed, and wondering whether
            my experience is unusual or whether it's the norm.

            For me it was about three years from the first time I noticed my head tilting to
            the day a neurologist said "cervical dystonia". In between I saw two GPs, a physio
            and a counsellor, and I was told it was anxiety, then a trapped nerve, then anxiety
            again.

            If you're comfortable sharing: how long did it take you, and what finally got you
            there? I think it might help newer members to see that a long road is common, and
            that it isn't their fault.
        """,
        "replies": [
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    Four years, back in the days when hardly anyone had heard of it. I was told
                    it was **arthritis** in my neck, and I believed it, because I was in my
                    forties and that seemed about right. What got me there was a locum doctor
                    who had seen dystonia during training. I still think about how lucky that
                    was.
                """,
            },
            {
                "key": "paw",
                "to": None,
                "author": "northpaw",
                "body": """
                    About two years. I went to a chiropractor first because I thought my neck was
                    "out". It wasn't. Then the GP, then a long wait for neurology. The tremor is
                    what made them take it seriously, I think.
                """,
            },
            {
                "key": "fern",
                "to": None,
                "author": "fern_and_fog",
                "body": """
                    Eighteen months, mostly told it was my posture and "tech neck". Mine pulls
                    forwards (anterocollis), which I've since learned is one of the less common
                    directions, so maybe it's less obvious.
                """,
            },
            {
                "key": "heron",
                "to": "fern",
                "author": "cobalt_heron",
                "body": """
                    I think forward pulling often gets put down to posture because it looks a lot
                    like someone hunched over a phone. Mine is a turn plus a lifted shoulder, and
                    that was called a "muscle strain" for a good year.
                """,
            },
            {
                "key": "fern2",
                "to": "heron",
                "author": "fern_and_fog",
                "body": """
                    A year of "strain" sounds exhausting. I think the hardest bit for me was
                    starting to wonder whether I was doing it to myself somehow.
                """,
            },
            {
                "key": "heron2",
                "to": "fern2",
                "author": "cobalt_heron",
                "body": """
                    Yes. That self-doubt is the part that doesn't show up in anyone's notes. For
                    what it's worth, my neurologist was very clear that nothing I did caused it,
                    and I wish someone had said that on day one.
                """,
            },
            {
                "key": "kettle",
                "to": None,
                "author": "slowkettle",
                "body": """
                    Nearly five years for me. Mine pulls my head backwards, and I was sent for
                    spine scans twice. The scans were fine, which somehow made people believe me
                    less rather than more.
                """,
            },
            {
                "key": "tern",
                "to": None,
                "author": "tilted_tern",
                "body": """
                    Reading this as someone diagnosed recently, after about a year. I feel lucky
                    now, and also a bit angry for all of you. Thank you for sharing these.
                """,
                "later_days": 37,
            },
        ],
    },
    {
        "category": "newly-diagnosed",
        "author": "pebble_path",
        "title": "Diagnosed today. Honestly not sure how I feel",
        "days_ago": 3,
        "body": """
            Some of you saw my earlier thread about six years of being told it was stress. I saw
            the movement disorders neurologist today, and it's cervical dystonia. Torticollis and
            laterocollis to the left, with the shoulder elevation.

            She was kind and thorough, and she watched the chin trick and nodded like she'd seen
            it a thousand times. I'm on the list for injections, and she also mentioned physio
            with someone who knows dystonia.

            I thought I'd feel purely relieved. Instead I cried in the car park, then laughed,
            then ate a whole packet of biscuits. Six years. I don't really know what to do with
            that.
        """,
        "replies": [
            {
                "key": "tern",
                "to": None,
                "author": "tilted_tern",
                "body": """
                    Cried in the car park club, reporting in. I was diagnosed about a month ago
                    and I felt exactly that mix. It's a lot to absorb, especially after six years
                    of being doubted.

                    Be kind to yourself this week. The biscuits were medicinal.
                """,
            },
            {
                "key": "willow",
                "to": None,
                "author": "willow_admin",
                "body": """
                    I'm so glad you finally have an answer, and I'm sorry it took so long. Relief
                    and grief often arrive together: relief that it's real, and grief for the
                    years of being doubted.

                    There's a thread in emotional support about grieving the "old neck" that you
                    might find helpful when you're ready.
                """,
            },
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    Six years, and you kept going until someone listened. That took real grit.
                    Welcome to the club nobody wanted to join. The members are lovely.
                """,
            },
            {
                "key": "pebble1",
                "to": "oak",
                "author": "pebble_path",
                "body": """
                    Thank you, all of you. I've read this three times tonight. I'll be back with
                    a hundred questions once the injection date comes through.
                """,
            },
        ],
    },
    # --- Botulinum toxin and other treatments --------------------------------------------------
    {
        "category": "treatments",
        "author": "juniper_jots",
        "title": "The week-ten slump: how do you cope with wearing off?",
        "days_ago": 33,
        "body": """
            I'm on injections every twelve weeks, and I've started to be able to predict almost
            to the day when they'll wear off. Weeks three to nine are genuinely good. Around
            week ten, the pull creeps back, my shoulder starts hitching up again, and by week
            eleven I'm counting down.

            The hard part is that the slump lands at the same point every term, and I teach. So
            I'm at my worst right when I most need to be on my feet.

            How do you all get through the last few weeks of a cycle? I'd love practical
            tips, and I'm also wondering whether anyone has talked to their neurologist about
            the timing and what they said.
        """,
        "replies": [
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    The countdown weeks are real. What helps me:

                    - I plan lighter weeks at the end of the cycle where I can: fewer social
                    things, no big trips, easier meals.
                    - Heat on my neck in the evenings, and more of the stretches my physio gave
                    me.
                    - I keep a note of the exact day I feel it fading, every cycle, so I have
                    evidence rather than a vague "it wears off".

                    I did raise the timing with my neurologist. She talked me through why they
                    are careful about shortening the gap between injections, and we tried a
                    slightly different dose first. Everyone's situation is different, so it's
                    really one to take to yours.
                """,
            },
            {
                "key": "juniper1",
                "to": "marin",
                "author": "juniper_jots",
                "body": """
                    Having "evidence" is a good shout. At my last appointment I just said "it
                    wears off a bit early" and it felt like it didn't land.
                """,
            },
            {
                "key": "heron",
                "to": "juniper1",
                "author": "cobalt_heron",
                "body": """
                    Same experience here. When I turned up with three cycles' worth of notes,
                    each with the week the pull came back and how bad it got, the conversation
                    was completely different. My injector could see it was consistent, not just
                    one bad month.
                """,
            },
            {
                "key": "juniper2",
                "to": "heron",
                "author": "juniper_jots",
                "body": """
                    How did you lay the notes out? I tend to write essays, which I suspect
                    nobody wants to read in a fifteen-minute appointment.
                """,
            },
            {
                "key": "heron2",
                "to": "juniper2",
                "author": "cobalt_heron",
                "body": """
                    One line per week: the week number, a score out of ten for pull and for pain,
                    and a couple of words if something unusual happened. It fits on one side of
                    paper for the whole cycle. The essays can stay in my own diary!
                """,
            },
            {
                "key": "kettle",
                "to": None,
                "author": "slowkettle",
                "body": """
                    Back when I was on injections, I used to book myself one small treat for
                    each of the last three weeks. It sounds silly, but having something to look
                    forward to that wasn't just "the next appointment" helped a lot.
                """,
            },
            {
                "key": "paw",
                "to": None,
                "author": "northpaw",
                "body": """
                    Week eleven is when I start using the headrest trick in the van a lot more.
                    Nothing clever, but leaning the back of my head into the rest takes some of
                    the work off.
                """,
            },
            {
                "key": "bee",
                "to": None,
                "author": "bramblebee",
                "body": """
                    I up my gentle strengthening and stretching in the last few weeks too, but I
                    try not to overdo it. I've learned the hard way that a really ambitious
                    session when I'm already tired means a worse evening.
                """,
            },
        ],
    },
    {
        "category": "treatments",
        "author": "fern_and_fog",
        "title": "Anterocollis and injections: deep muscles, EMG, ultrasound?",
        "days_ago": 24,
        "body": """
            My CD pulls my head forwards, chin towards my chest. I've had three rounds of
            injections now and the results have been... mixed. The first round helped a little,
            the second not much, and the third made swallowing feel a bit odd for a couple of
            weeks without helping the pull much.

            My neurologist explained that with forward pulling, some of the muscles involved sit
            deep in the neck and are harder to reach. She's now suggesting we try injections
            guided by EMG, and maybe ultrasound, to target them more precisely.

            Has anyone with anterocollis had guided injections? What was it like, and did it
            make a difference? I'm hopeful, but I'm also a bit worn down by it not quite working.
        """,
        "replies": [
            {
                "key": "heron",
                "to": None,
                "author": "cobalt_heron",
                "body": """
                    Mine isn't forward pulling, but my injections have been EMG-guided for years.
                    The needle is connected to a machine that crackles when it's in an overactive
                    muscle, which I found oddly reassuring: you can hear that they've found the
                    right spot.

                    It doesn't hurt more than ordinary injections in my experience, it just takes
                    a bit longer.
                """,
            },
            {
                "key": "fern1",
                "to": "heron",
                "author": "fern_and_fog",
                "body": """
                    Crackling! I had no idea. That's actually quite reassuring. Did you notice a
                    difference in how well they worked?
                """,
            },
            {
                "key": "heron2",
                "to": "fern1",
                "author": "cobalt_heron",
                "body": """
                    For me, yes, a bit more consistent from cycle to cycle. But I'd be careful
                    about reading too much into one person's experience. My main takeaway is that
                    it's worth trying when the standard approach isn't quite landing.
                """,
            },
            {
                "key": "kettle",
                "to": None,
                "author": "slowkettle",
                "body": """
                    Mine pulls the opposite way, backwards, and that also took a lot of adjusting
                    to get right. It took well over a year of tweaks before my injections were
                    really working, and some cycles were frankly rubbish along the way.

                    Three rounds isn't long. I know that's not what you want to hear when you're
                    tired of it.
                """,
            },
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    On the swallowing: please do tell your team about that each time, even if it
                    settles. It's exactly the kind of detail that helps them adjust where and how
                    much they inject.
                """,
            },
            {
                "key": "fern2",
                "to": "marin",
                "author": "fern_and_fog",
                "body": """
                    I did mention it, and that's partly why she suggested guidance. Next
                    appointment is in four weeks. I'll report back.
                """,
            },
        ],
    },
    {
        "category": "treatments",
        "author": "slowkettle",
        "title": "Ten years after deep brain stimulation: my honest experience",
        "days_ago": 52,
        "body": """
            People sometimes ask me about DBS, so I thought I'd write it all down in one place.
            This is only my experience; it is not a recommendation either way.

            **Before.** I've had CD for sixteen years. Mine is mainly **retrocollis** (head
            pulled backwards) with some turning. Injections helped for the first few years, then
            less and less, and by the end I was in pain most of the day and struggling to work.

            **Assessment.** My neurologist referred me to a specialist team. There were a lot of
            appointments: scans, memory and mood assessments, and long conversations about what
            DBS could and couldn't do. They were very clear that it wasn't a cure and that
            improvement in dystonia can be slow.

            **After.** The surgery itself was less dramatic than I'd feared. What surprised me
            was how gradual everything was. The stimulator was switched on and then adjusted
            over many months. I didn't wake up fixed. It was more like the volume of the
            dystonia being turned down, a notch at a time, over about a year.

            **Now.** Ten years on, my head is mostly where I want it, and my pain is much lower.
            I still have off days, and I've had the battery replaced. I still do my neck
            exercises. It gave me a lot back, but it was a long road, and it isn't right for
            everyone.

            Happy to answer questions, as long as you remember I'm one person, not a doctor.
        """,
        "replies": [
            {
                "key": "moth",
                "to": None,
                "author": "lantern_moth",
                "body": """
                    Thank you for writing this. DBS has always sounded terrifying to me, so it
                    really helps to hear how it actually went. Can I ask how you coped with it
                    being so slow? I think I'd have lost hope waiting.
                """,
            },
            {
                "key": "kettle1",
                "to": "moth",
                "author": "slowkettle",
                "body": """
                    Honestly, there were weeks when I did lose hope. What helped was the team
                    telling me at the very beginning that it might take months, so I didn't
                    expect miracles at the first adjustment.

                    My husband also kept a little chart, in which he scored my neck every Sunday.
                    When I felt nothing was changing, he'd show me the chart, and I could see the
                    line was going the right way even if I couldn't feel it day to day.
                """,
            },
            {
                "key": "moth2",
                "to": "kettle1",
                "author": "lantern_moth",
                "body": """
                    That chart is the sweetest thing. Did the adjustments themselves feel
                    strange? I've read about tingling.
                """,
            },
            {
                "key": "kettle2",
                "to": "moth2",
                "author": "slowkettle",
                "body": """
                    Sometimes, for a moment: a tingle or a tight feeling while they tried a new
                    setting, which they'd then change. It was never painful for me. Mostly it was
                    me sitting in a chair while someone asked me to turn my head, again and again.
                """,
            },
            {
                "key": "heron",
                "to": None,
                "author": "cobalt_heron",
                "body": """
                    This is one of the most balanced accounts of DBS I've read. I like that you
                    put the assessment in; people forget how much goes into deciding whether
                    someone is a good candidate.
                """,
            },
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    "The volume turned down a notch at a time" is a lovely way to put it. My
                    neurologist raised DBS a few years ago and I decided against it for now, but
                    I'll keep your post in my back pocket.
                """,
            },
        ],
    },
    {
        "category": "treatments",
        "author": "northpaw",
        "title": "Tried an anticholinergic tablet. Side effects were rough",
        "days_ago": 19,
        "body": """
            My neurologist suggested trying an anticholinergic tablet alongside the injections,
            mainly to see if it would take the edge off my tremor. We started low and went up
            slowly, as planned.

            The tremor was maybe a little calmer. But I had a mouth like sandpaper, my close-up
            vision went blurry, and I felt like I was thinking through fog. Not ideal for
            someone who drives for a living. After a few weeks, we agreed to taper off, which
            I did following her instructions.

            Not posting to put anyone off. I know people who get on fine with these tablets.
            Just curious what others have tried by mouth, and how you decided if it was worth it.
        """,
        "replies": [
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    I had a similar experience with an anticholinergic years ago: dry mouth and a
                    general muzziness. What my neurologist suggested later was a muscle relaxant
                    at night only, which doesn't do much for the pull but helps me sleep through
                    the aching. Trade-offs everywhere.
                """,
            },
            {
                "key": "paw1",
                "to": "oak",
                "author": "northpaw",
                "body": """
                    Night-only is a good thought, since the driving is during the day. I'll ask
                    about it at the next appointment.
                """,
            },
            {
                "key": "juniper",
                "to": None,
                "author": "juniper_jots",
                "body": """
                    The foggy thinking would have been a dealbreaker for me too. I'm glad you
                    came off it with your neurologist rather than just stopping; I did that once
                    with a different medication and felt awful for a week.
                """,
            },
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    Thanks for framing this so carefully. A gentle reminder for anyone reading:
                    please don't start, stop or change a medication based on a forum thread.
                    These experiences are great for deciding what to *ask* about, and your own
                    doctor can help you weigh it up.
                """,
            },
        ],
    },
    {
        "category": "treatments",
        "author": "tilted_tern",
        "title": "First injections done! Notes for anyone who's nervous",
        "days_ago": 1,
        "body": """
            Had my first injections yesterday, and I promised myself I'd write it up for the
            next nervous newbie.

            - The whole appointment took about half an hour, most of which was talking.
            - They used EMG, so there was a quiet crackle when the needle was in the right
            muscle. I found it weirdly calming.
            - It was four or five quick stings. A couple of them ached for a minute.
            - My neck was a bit sore last night, and a cold pack helped.

            I asked all the questions from my earlier thread, and the nurse said I was the
            best-prepared first-timer she'd seen in a while, so thank you, everyone.

            Now the waiting begins. They said it could take a week or two to notice anything.
        """,
        "replies": [
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    Well done! "Best-prepared first-timer" is going on your certificate. The wait
                    is the worst part. Try not to check your neck in the mirror every hour (I say
                    this as someone who did exactly that).
                """,
            },
            {
                "key": "juniper",
                "to": None,
                "author": "juniper_jots",
                "body": """
                    Such a useful write-up. For me, it took about ten days to notice anything
                    with my first round, and closer to a week now. Keep up the diary.
                """,
            },
            {
                "key": "sunday",
                "to": None,
                "author": "sunday_swim",
                "body": """
                    So glad it went well. Go gently this week, and be proud of yourself.
                """,
            },
        ],
    },
    # --- Physical therapy and exercise ---------------------------------------------------------
    {
        "category": "physical-therapy",
        "author": "bramblebee",
        "title": "Sensory tricks: share yours",
        "days_ago": 48,
        "body": """
            One of the strangest things about CD is the **sensory trick** (the proper name is
            *geste antagoniste*): a light touch somewhere that makes the pull ease off, at least
            for a while. It isn't pushing the head back into place; it's more like the touch
            reminds the brain where the middle is.

            Mine is two fingertips resting lightly on my chin on the side my head turns towards.
            My head drifts back to the middle, and even the tremor quietens. The moment I take
            my hand away, it starts to creep back, but it gives me a rest.

            I'd love to collect everyone's tricks in one place. What's yours, and when do you
            use it? Bonus points for ones that don't look odd in public.
        """,
        "replies": [
            {
                "key": "paw",
                "to": None,
                "author": "northpaw",
                "body": """
                    Back of my head against the headrest in the van. It's the only reason long
                    drives are doable. At home, the back of a high armchair does the same thing.
                """,
            },
            {
                "key": "juniper",
                "to": None,
                "author": "juniper_jots",
                "body": """
                    Resting my hand on my cheek, like I'm thinking very hard about something. In a
                    classroom it just looks like I'm being thoughtful, which is a bonus.
                """,
            },
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    For years mine was holding the arm of my glasses. People thought I was
                    adjusting them constantly. These days the trick works less well than it used
                    to, but a soft scarf round my neck still helps a bit in winter.
                """,
            },
            {
                "key": "tern",
                "to": "oak",
                "author": "tilted_tern",
                "body": """
                    Do tricks usually fade over time, then? I've only just discovered mine (a
                    finger behind my ear) and I've grown quite attached to it already.
                """,
                "later_days": 40,
            },
            {
                "key": "oak2",
                "to": "tern",
                "author": "oak_and_ash",
                "body": """
                    Not for everyone, I don't think. Mine changed rather than disappeared: the
                    glasses stopped working, the scarf started. Enjoy the ear trick while it's
                    being reliable.
                """,
            },
            {
                "key": "heron",
                "to": "oak2",
                "author": "cobalt_heron",
                "body": """
                    From what I've read, nobody fully understands why tricks work, which is part
                    of what makes them interesting to researchers. I've also seen people describe
                    tricks that work just by *imagining* the touch, which I find fascinating.
                """,
            },
            {
                "key": "bee1",
                "to": "heron",
                "author": "bramblebee",
                "body": """
                    I tried imagining it after reading your post! It works very slightly for me,
                    maybe a third as well as the real touch. Brains are strange.
                """,
            },
            {
                "key": "fern",
                "to": None,
                "author": "fern_and_fog",
                "body": """
                    Mine pulls forward, and the trick for me is a hand on the back of my head,
                    very lightly. It's the reason my desk chair has a headrest.
                """,
            },
        ],
    },
    {
        "category": "physical-therapy",
        "author": "fern_and_fog",
        "title": "Physio exercises that helped (and ones that didn't)",
        "days_ago": 37,
        "body": """
            I've now seen three different physios, and only the last one had worked with
            dystonia before. The difference was huge, so I thought I'd share what my current
            programme looks like. Please check with your own physio before copying anything;
            what suits anterocollis might not suit other postures.

            **What's helped me:**

            - Gentle stretches for the muscles that are pulling, held for a slow count, never
            forced.
            - Strengthening the muscles on the *opposite* side, very lightly at first.
            - Practising finding the middle in front of a mirror, then without it.
            - Shoulder blade exercises, because my shoulders had rounded to follow my head.

            **What didn't help:**

            - Deep, hard massage on the pulling muscles. It felt good for an hour and then
            worse for two days.
            - "Just relax your neck", which was the first physio's entire plan.

            Little and often works far better for me than one long session.
        """,
        "replies": [
            {
                "key": "bee",
                "to": None,
                "author": "bramblebee",
                "body": """
                    This matches my experience almost exactly, especially "little and often". I do
                    five minutes three times a day rather than half an hour in one go, and I
                    stop if the tremor starts ramping up.

                    Finding a physio who knew dystonia made all the difference for me too.
                """,
            },
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    Ha, "just relax your neck". If only someone had told me that twenty years
                    ago.

                    I'd add that the mirror practice really does help; I still do it with my
                    morning tea.
                """,
            },
            {
                "key": "kettle",
                "to": None,
                "author": "slowkettle",
                "body": """
                    Strengthening the opposite side was a big one for me before and after DBS.
                    My physio used to say the aim wasn't to win a tug of war, it was to give my
                    brain a better map of the middle.
                """,
            },
            {
                "key": "fern1",
                "to": "kettle",
                "author": "fern_and_fog",
                "body": """
                    "A better map of the middle". I'm stealing that. It explains why the mirror
                    work helps even though it feels like it's not doing anything.
                """,
            },
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    Thanks for putting the "check with your own physio" note at the top. Lots of
                    useful ideas here. How did you find a physio who knew dystonia, if you don't
                    mind sharing (without naming anyone)?
                """,
            },
            {
                "key": "fern2",
                "to": "marin",
                "author": "fern_and_fog",
                "body": """
                    I asked my neurologist's team directly whether they worked with any physios
                    who see dystonia patients. They had a couple they refer to regularly. I wish
                    I'd asked two physios sooner!
                """,
            },
        ],
    },
    {
        "category": "physical-therapy",
        "author": "oak_and_ash",
        "title": "Gentle yoga with a contrary neck",
        "days_ago": 21,
        "body": """
            A few people have asked me about yoga, so here's my two pennies. I started about
            eight years ago, in a class for older beginners, and I still go once a week.

            What I've learned:

            - **Tell the teacher.** A good one will offer alternatives without making a fuss.
            - **Skip anything that puts weight on the head or neck.** No headstands, no
            shoulder stands, nothing where my neck is bent under me.
            - **Lying-down poses are my friends.** With my head supported on a folded blanket,
            my neck can finally stop fighting for a few minutes.
            - **Breathing practice is half the benefit.** Slow breathing calms my whole body,
            and the pull eases when I'm calmer.

            It hasn't changed my dystonia, but it's changed how I live in my body, if that
            makes sense. I feel less at war with it.
        """,
        "replies": [
            {
                "key": "moth",
                "to": None,
                "author": "lantern_moth",
                "body": """
                    "Less at war with it" really got me. I've avoided classes because I'm
                    self-conscious about my head turning in front of people. Did you feel like
                    that at first?
                """,
            },
            {
                "key": "oak1",
                "to": "moth",
                "author": "oak_and_ash",
                "body": """
                    Very much so. I went in at the back and spent the first two classes watching
                    everyone else. Turns out everyone else was too busy wobbling in their own
                    poses to look at me. Online classes at home are a good first step too.
                """,
            },
            {
                "key": "bee",
                "to": None,
                "author": "bramblebee",
                "body": """
                    Chair yoga has been lovely for me on bad tremor days. Less balancing, more
                    breathing, and my head can rest against the wall.
                """,
            },
            {
                "key": "juniper",
                "to": None,
                "author": "juniper_jots",
                "body": """
                    I've been doing a ten-minute breathing routine at the start of my lunch break.
                    It's amazing how much calmer my neck is in the afternoon lessons when I
                    remember to do it.
                """,
            },
        ],
    },
    {
        "category": "physical-therapy",
        "author": "northpaw",
        "title": "Anyone else feel worse after the gym?",
        "days_ago": 11,
        "body": """
            Before CD, I was in the gym three times a week. Since then, I've kept going, but
            I've noticed that some days I come out feeling great, and others my neck is pulling
            like mad for the rest of the evening.

            I think the bad days are the ones with heavy lifting overhead, or anything where I
            strain and hold my breath. Running on the treadmill seems fine.

            Is this a thing? Has anyone worked out what they can do without paying for it later?
        """,
        "replies": [
            {
                "key": "bee",
                "to": None,
                "author": "bramblebee",
                "body": """
                    It's definitely a thing for me. Heavy, straining lifts and anything that makes
                    me brace my neck set it off. I've switched to lighter weights with more reps,
                    and swimming on my back, which I love.

                    A physio who knows dystonia helped me work out what was fine.
                """,
            },
            {
                "key": "fern",
                "to": None,
                "author": "fern_and_fog",
                "body": """
                    Same here. Walking is my best friend. And keeping a note of what I did on the
                    bad evenings made the pattern obvious after a few weeks: it was always the
                    overhead stuff.
                """,
            },
            {
                "key": "paw1",
                "to": "fern",
                "author": "northpaw",
                "body": """
                    Everybody on this forum keeps a diary except me. I suppose that's the hint.
                """,
            },
            {
                "key": "fern2",
                "to": "paw1",
                "author": "fern_and_fog",
                "body": """
                    It's a rite of passage. A note on your phone is enough. Welcome to the club.
                """,
            },
            {
                "key": "heron",
                "to": None,
                "author": "cobalt_heron",
                "body": """
                    Swimming was a revelation for me too. Front crawl is hard on my neck, but
                    backstroke with a float under my head feels almost normal.
                """,
            },
        ],
    },
    # --- Pain and daily life -------------------------------------------------------------------
    {
        "category": "pain-daily-life",
        "author": "oak_and_ash",
        "title": "Small gadgets that make life easier",
        "days_ago": 55,
        "body": """
            After twenty-odd years, my house is full of small things that make CD days easier.
            None of them are clever, but together they add up. In no particular order:

            - **Bendy straws.** Drinking without tipping my head back. Life-changing on bad
            days.
            - **A wide-brimmed hat** for the garden, so I'm not craning to keep the sun out of
            my eyes.
            - **A stand for my tablet** so I'm not holding it or looking down at it.
            - **A long-handled dustpan**, so I'm not bending my neck to sweep.
            - **Wheat bags.** Several. One lives in the car.

            What's on your list? I'm always after new ideas.
        """,
        "replies": [
            {
                "key": "willow",
                "to": None,
                "author": "willow_admin",
                "body": """
                    A book stand! Reading in bed used to mean holding my head at a terrible angle.
                    Now the book sits at eye level and I can rest my head properly.
                """,
            },
            {
                "key": "bee",
                "to": None,
                "author": "bramblebee",
                "body": """
                    A cup with a lid for hot drinks. With my tremor, a full mug of tea was a
                    gamble. Also wireless earbuds, so I'm not holding a phone to my ear with my
                    shoulder.
                """,
            },
            {
                "key": "kettle",
                "to": None,
                "author": "slowkettle",
                "body": """
                    A handheld shower head, because tipping my head back under a fixed one is a
                    no-go with retrocollis (it just encourages the pull). I wash my hair leaning
                    forward now.
                """,
            },
            {
                "key": "oak1",
                "to": "kettle",
                "author": "oak_and_ash",
                "body": """
                    Hair washing! I'd forgotten about that one. I go to a hairdresser who lets me
                    lean forward over the basin rather than back. It took me years to ask.
                """,
            },
            {
                "key": "kettle2",
                "to": "oak1",
                "author": "slowkettle",
                "body": """
                    Asking is the hardest part. Most people are lovely about it once you do.
                """,
            },
            {
                "key": "juniper",
                "to": None,
                "author": "juniper_jots",
                "body": """
                    A lanyard clicker for the classroom slides, so I don't have to turn round to
                    the laptop all lesson. It's saved my neck more than anything else at work.
                """,
            },
        ],
    },
    {
        "category": "pain-daily-life",
        "author": "northpaw",
        "title": "Driving with CD: blind spots and long journeys",
        "days_ago": 44,
        "body": """
            As a delivery driver, this is the topic that keeps me up at night, so here's what I
            do and I'd love to hear yours.

            My head tilts left and shakes a bit. The hardest thing is checking over my right
            shoulder, because my head just doesn't want to go that way when I'm tired.

            What helps:

            - **A wide-angle blind spot mirror** stuck on each wing mirror. Cheap, and they
            mean I turn my head much less.
            - **Turning from the waist**, not just the neck, when I do need a proper look.
            - **Planning routes** that avoid awkward junctions where I'd need to look hard
            right for a long time.
            - **Stopping every hour or so** on long days, even just for five minutes.

            I talked it through with my neurologist and checked the rules where I live. Please
            do the same; the rules vary and it's not worth guessing.
        """,
        "replies": [
            {
                "key": "heron",
                "to": None,
                "author": "cobalt_heron",
                "body": """
                    The blind spot mirrors are brilliant. I'd also add: a car with a good
                    reversing camera made parking so much less stressful for me. I used to dread
                    reversing into spaces.
                """,
            },
            {
                "key": "juniper",
                "to": None,
                "author": "juniper_jots",
                "body": """
                    I plan my driving around my cycle. In the last couple of weeks before my
                    injection I avoid long motorway trips if I can, and I never drive when the
                    pull is bad and I'm exhausted.
                """,
            },
            {
                "key": "paw1",
                "to": "juniper",
                "author": "northpaw",
                "body": """
                    Wish I had that option with work. But I did ask my manager to give me the
                    shorter, local rounds in the weeks just before my injections, and he agreed.
                """,
            },
            {
                "key": "juniper2",
                "to": "paw1",
                "author": "juniper_jots",
                "body": """
                    That's a brilliant adjustment. Did you have to explain a lot to get it?
                """,
            },
            {
                "key": "paw2",
                "to": "juniper2",
                "author": "northpaw",
                "body": """
                    Less than I expected. I told him it's a neurological condition, that my
                    treatment wears off towards the end of every three months, and that shorter
                    rounds in those weeks keep me safe. He just said "fair enough". Had built it
                    up into a huge thing in my head for nothing.
                """,
            },
            {
                "key": "sunday",
                "to": None,
                "author": "sunday_swim",
                "body": """
                    The headrest trick is a big one for me: the back of my head resting lightly
                    on it makes the pull ease. I adjusted mine so it sits exactly where I need it.
                """,
            },
            {
                "key": "moth",
                "to": None,
                "author": "lantern_moth",
                "body": """
                    I stopped driving for a while when things were bad, and it was harder on my
                    mood than on my neck. Getting back behind the wheel slowly, on quiet roads
                    first, was a really big step for me. Thanks for the mirror tip.
                """,
                "later_days": 6,
            },
        ],
    },
    {
        "category": "pain-daily-life",
        "author": "lantern_moth",
        "title": "Pillows. Just... pillows.",
        "days_ago": 30,
        "body": """
            I have a cupboard full of failed pillows. Memory foam, feather, "orthopaedic", one
            shaped like a butterfly. Every one of them worked for two nights and then my neck
            started waking me up again.

            My head turns to the right, and lying on my back it slowly rolls over until I'm
            half on my side with my neck twisted. I wake up stiff and sore, and the day starts
            badly.

            What actually works for you? Pillows, positions, rolled-up towels, anything.
        """,
        "replies": [
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    The pillow cupboard is a CD rite of passage. What finally worked for me was a
                    fairly flat pillow with a rolled hand towel tucked into the pillowcase along
                    the bottom edge, so it supports the curve of my neck. Cheap, adjustable,
                    and I can change the roll thickness as the cycle goes on.
                """,
            },
            {
                "key": "harbour",
                "to": None,
                "author": "quietharbour",
                "body": """
                    My wife uses a small extra cushion on the side her head turns towards, so
                    her head rests against it rather than rolling. I help by tucking it in once
                    she's settled, which has become a bit of a bedtime ritual.
                """,
            },
            {
                "key": "moth1",
                "to": "harbour",
                "author": "lantern_moth",
                "body": """
                    That's sweet. I like the idea of something to stop the roll rather than
                    trying to find the magic pillow. Does she use it all night?
                """,
            },
            {
                "key": "harbour2",
                "to": "moth1",
                "author": "quietharbour",
                "body": """
                    Most nights, yes. Some nights it ends up on the floor, along with most of the
                    duvet. But she says she wakes up less twisted even when it's gone.
                """,
            },
            {
                "key": "bee",
                "to": None,
                "author": "bramblebee",
                "body": """
                    Buckwheat pillow for me. It moulds to whatever shape you push it into and
                    stays there. Bit crunchy at first, but I'm a convert.
                """,
            },
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    A warm wheat bag on the neck for ten minutes before bed helps me more than any
                    pillow. Loose muscles settle better.
                """,
            },
        ],
    },
    {
        "category": "pain-daily-life",
        "author": "juniper_jots",
        "title": "Heat or cold? What's your pain routine?",
        "days_ago": 26,
        "body": """
            I'm trying to work out a better routine for the neck and shoulder pain. At the
            moment it's a bit random: sometimes a wheat bag, sometimes a hot shower, sometimes
            just gritting my teeth until bedtime.

            Do you use heat, cold, or both? When do you use them, and for how long? I'm also
            curious whether anything else is part of your routine: massage, stretching, a
            particular chair.
        """,
        "replies": [
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    Heat for me, almost always. A wheat bag for fifteen minutes or so, with a
                    thin towel between it and my skin. I set a timer, because I once fell asleep
                    with it and woke up with a red patch.
                """,
            },
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    Heat for the general aching, cold for the couple of days after injections
                    when the spots are tender. I use a bag of frozen peas wrapped in a tea towel,
                    because it moulds to my neck better than the proper ice packs.
                """,
            },
            {
                "key": "juniper1",
                "to": "marin",
                "author": "juniper_jots",
                "body": """
                    Frozen peas! So simple. I never thought to use cold after injections.
                """,
            },
            {
                "key": "harbour",
                "to": None,
                "author": "quietharbour",
                "body": """
                    My wife likes a very gentle shoulder massage with the heat. I took a short
                    online course so I'd know what I was doing and wouldn't press too hard. She
                    says it's the best present I've ever given her, which is a bit humbling
                    considering the jewellery.
                """,
            },
            {
                "key": "moth",
                "to": "harbour",
                "author": "lantern_moth",
                "body": """
                    This thread keeps making me want a quietharbour of my own.
                """,
            },
            {
                "key": "fern",
                "to": None,
                "author": "fern_and_fog",
                "body": """
                    A long hot shower at the end of the workday, letting the water run on the
                    back of my neck. It's the moment I stop being "at work" too, so I think it
                    helps my head as much as my neck.
                """,
            },
        ],
    },
    {
        "category": "pain-daily-life",
        "author": "fern_and_fog",
        "title": "The desk set-up that finally stopped my afternoon spiral",
        "days_ago": 17,
        "body": """
            I'm a designer, so I'm at a screen most of the day. For a long time my neck was
            manageable in the morning and awful by four o'clock. Changing my set-up hasn't fixed
            the dystonia, but it's cut down the afternoon spiral a lot. Here's what I did:

            - **Screen at eye level and straight ahead.** I used to have two monitors, with the
            main one off to the side, so I spent all day slightly turned. Now there's one big
            one, dead centre.
            - **Laptop on a stand** with a separate keyboard and mouse. Looking down at a laptop
            was the worst thing for my forward pull.
            - **A chair with a headrest** I can lean back into, which doubles as my sensory trick.
            - **A headset for calls**, so no phone wedged against my shoulder.
            - **A timer every 30 to 40 minutes** to stand up, roll my shoulders and do a couple
            of my physio stretches.

            > The timer was the thing I resisted most and the thing that helped the most.

            What does your set-up look like?
        """,
        "replies": [
            {
                "key": "heron",
                "to": None,
                "author": "cobalt_heron",
                "body": """
                    Centring the screen made a huge difference for me too. My head turns left,
                    and I realised I'd set up my desk so the screen was slightly to the left. I'd
                    been "accommodating" the pull without meaning to, which probably encouraged
                    it.
                """,
            },
            {
                "key": "fern1",
                "to": "heron",
                "author": "fern_and_fog",
                "body": """
                    Yes! My physio said something similar: it's easy to build your whole life
                    around the pull, and each little accommodation makes sense on its own.
                """,
            },
            {
                "key": "juniper",
                "to": None,
                "author": "juniper_jots",
                "body": """
                    Marking is my screen time, and I've started doing it at the kitchen table with
                    the laptop on a pile of cookbooks. Very professional. It does help though.
                """,
            },
            {
                "key": "sunday",
                "to": None,
                "author": "sunday_swim",
                "body": """
                    I asked for a workplace assessment when I went back after maternity leave and
                    got a proper chair and a monitor arm out of it. Worth asking if your employer
                    offers them.
                """,
            },
            {
                "key": "tern",
                "to": "sunday",
                "author": "tilted_tern",
                "body": """
                    Noting this down. I haven't told work yet, but this might be a good, practical
                    way to start the conversation.
                """,
                "later_days": 8,
            },
        ],
    },
    {
        "category": "pain-daily-life",
        "author": "sunday_swim",
        "title": "Evenings are the worst, and that's when my toddler needs me most",
        "days_ago": 6,
        "body": """
            My neck is at its best in the morning and at its worst from about five o'clock, which
            is exactly when dinner, bath and bedtime happen. My toddler wants to be carried, read
            to, sung to, and I'm trying to do all of it with my head pulling to the side and my
            shoulder burning.

            Some things that help a bit:

            - Reading stories sitting side by side on the sofa, with my head against the back.
            - My partner doing bath time on the worst days.
            - Carrying on my hip on the side that's easier for my neck.

            But I still end most days wiped out and a bit teary. How do other parents manage the
            evening crunch?
        """,
        "replies": [
            {
                "key": "harbour",
                "to": None,
                "author": "quietharbour",
                "body": """
                    Not a parent of a toddler any more, but when ours were small and my wife was
                    in a bad patch, we swapped things around so I took the evening routine and
                    she took the mornings. It made a big difference to how she felt about being a
                    parent, not just how her neck felt.
                """,
            },
            {
                "key": "sunday1",
                "to": "harbour",
                "author": "sunday_swim",
                "body": """
                    Swapping mornings and evenings is such a simple idea and I can't believe we
                    haven't tried it. Mornings are when I'm at my best. Talking to my partner
                    tonight.
                """,
            },
            {
                "key": "moth",
                "to": None,
                "author": "lantern_moth",
                "body": """
                    Not a parent, but "wiped out and a bit teary" at the end of the day is so
                    familiar. You're doing a huge amount. Please give yourself some credit.
                """,
            },
            {
                "key": "willow",
                "to": None,
                "author": "willow_admin",
                "body": """
                    Audiobooks and songs you can do lying on the floor together count as
                    bedtime routine too. My niece used to think "lying on the rug" stories were
                    a special treat, when really it was just me on a bad neck day.
                """,
            },
        ],
    },
    # --- Work and relationships ----------------------------------------------------------------
    {
        "category": "work-relationships",
        "author": "juniper_jots",
        "title": "Telling my head of department (and my students)",
        "days_ago": 38,
        "body": """
            I've been teaching with CD for two years and until now I've told almost nobody at
            school. A couple of colleagues have noticed my head "doing its thing", and one
            asked if I had a stiff neck, which I let them believe.

            But the wearing-off weeks are getting harder to hide, and I think I need to tell my
            head of department so I can ask for a few small changes: a chair at the front of
            the room, fewer back-to-back lessons on injection weeks, that kind of thing.

            For those who've told employers: how did you do it, and how did it go? And has
            anyone told a class? Teenagers notice *everything*.
        """,
        "replies": [
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    I told my manager a year after diagnosis, in a short planned meeting. I
                    brought a one-page note: what CD is in two sentences, how my treatment cycle
                    works, and three specific things that would help. Having the note meant I
                    didn't ramble, and she had something to take to HR.

                    It went better than I'd feared. The specific asks were the key, I think.
                """,
            },
            {
                "key": "juniper1",
                "to": "marin",
                "author": "juniper_jots",
                "body": """
                    A one-page note is very me. What did you put for "what CD is in two
                    sentences"? That's the part I keep getting stuck on.
                """,
            },
            {
                "key": "marin2",
                "to": "juniper1",
                "author": "marin_mod",
                "body": """
                    Roughly: "Cervical dystonia is a neurological condition where the brain sends
                    the wrong signals to my neck muscles, so they pull my head into positions I
                    don't choose. It isn't caused by injury or stress, it's treated with
                    injections every three months, and it's usually worse when I'm tired."

                    Feel free to borrow and adjust.
                """,
            },
            {
                "key": "juniper2",
                "to": "marin2",
                "author": "juniper_jots",
                "body": """
                    That's perfect, thank you. I'm going to adapt it and book a meeting for next
                    week, before I lose my nerve.
                """,
            },
            {
                "key": "heron",
                "to": None,
                "author": "cobalt_heron",
                "body": """
                    I didn't tell anyone for years, and I think the hiding cost me more energy
                    than the dystonia did. When I finally did, my colleagues mostly said "oh,
                    that explains the chair thing" and moved on.
                """,
            },
            {
                "key": "juniper3",
                "to": None,
                "author": "juniper_jots",
                "body": """
                    Update: I told my head of department today. She was lovely, asked good
                    questions, and has already moved my timetable around for the injection
                    weeks next term. I also told my tutor group in a very matter-of-fact way.
                    One student asked if it hurt, another asked if I could still see the back
                    row, and that was it. Thank you all.
                """,
                "later_days": 9,
            },
            {
                "key": "moth",
                "to": "juniper3",
                "author": "lantern_moth",
                "body": """
                    "Can you still see the back row" is such a teenager question. So glad it went
                    well.
                """,
            },
        ],
    },
    {
        "category": "work-relationships",
        "author": "quietharbour",
        "title": "How do I help without hovering?",
        "days_ago": 29,
        "body": """
            Since I joined, I've learned a lot from all of you. One thing I'm still working out
            is the line between helping and hovering.

            When my wife's neck is bad, I want to do everything: carry the shopping, make the
            dinner, bring the wheat bag, suggest she sits down. But I've noticed that sometimes
            it makes her feel more like a patient and less like herself. Yesterday she said,
            very kindly, "I can still open a jar, love."

            If you have CD: what do you wish the people around you did more of, and what do you
            wish they'd stop? Partners and carers, how do you handle it?
        """,
        "replies": [
            {
                "key": "kettle",
                "to": None,
                "author": "slowkettle",
                "body": """
                    "I can still open a jar" made me laugh, because I've said almost exactly that.

                    What I wanted most was for my husband to ask rather than assume. "Do you want
                    me to take the shopping, or would you rather?" On a good day I want to carry
                    it myself, because it's proof I still can. On a bad day, I'm grateful.
                """,
            },
            {
                "key": "harbour1",
                "to": "kettle",
                "author": "quietharbour",
                "body": """
                    "Proof I still can." I hadn't thought of it that way at all. I think I've been
                    taking away some of her proof.
                """,
            },
            {
                "key": "kettle2",
                "to": "harbour1",
                "author": "slowkettle",
                "body": """
                    Only because you love her and want to make things easier. It's easily
                    fixed. Ask, and believe the answer, even when it's "I'll do it".
                """,
            },
            {
                "key": "harbour2",
                "to": "kettle2",
                "author": "quietharbour",
                "body": """
                    Believe the answer. Got it. I'll report back on the jar situation.
                """,
            },
            {
                "key": "willow",
                "to": None,
                "author": "willow_admin",
                "body": """
                    From my side: I love it when help is there without a fuss. My partner puts
                    the wheat bag in the microwave when he hears me sigh a particular way, and
                    just leaves it on the arm of the sofa. No discussion, no sympathy face, just
                    a warm wheat bag.
                """,
            },
            {
                "key": "moth",
                "to": "willow",
                "author": "lantern_moth",
                "body": """
                    The "no sympathy face" part is so important. A sympathy face makes me feel
                    like I look worse than I thought.
                """,
            },
            {
                "key": "harbour3",
                "to": None,
                "author": "quietharbour",
                "body": """
                    Update on the jar situation: I asked instead of assumed for a whole week. She
                    said it felt like having her husband back rather than a nurse. Quite
                    something to hear. Thank you all.
                """,
                "later_days": 8,
            },
        ],
    },
    {
        "category": "work-relationships",
        "author": "lantern_moth",
        "title": "Dating with CD: when do you mention it?",
        "days_ago": 23,
        "body": """
            This might be a slightly different topic, but I'm in my twenties and I've started
            dating again after a couple of years of not really feeling up to it.

            My head turns to the right, and on a bad day it's pretty obvious. On a good day,
            you might not notice unless you knew. So I keep going back and forth: do I mention
            it before meeting someone, on the first date, or wait until it comes up?

            Part of me wants to get it out of the way. Part of me wants someone to get to know
            *me* first, not my neck.
        """,
        "replies": [
            {
                "key": "sunday",
                "to": None,
                "author": "sunday_swim",
                "body": """
                    I met my partner before my diagnosis, but after the symptoms started. I
                    mentioned it on our second date, quite casually, as "my neck does this thing,
                    it's a neurological condition, not rudeness". He said "okay" and asked if the
                    chair was comfy enough. That was when I knew he was a keeper.
                """,
            },
            {
                "key": "willow",
                "to": None,
                "author": "willow_admin",
                "body": """
                    There's no right answer, and it's completely fine for it to change depending
                    on the person and the day. You don't owe anyone your medical history before
                    you've even met.

                    For what it's worth, the way someone reacts when you do tell them is very
                    useful information about them.
                """,
            },
            {
                "key": "moth1",
                "to": "willow",
                "author": "lantern_moth",
                "body": """
                    "Useful information about them" is a great way to think about it. It turns it
                    from a scary confession into a kind of test they have to pass.
                """,
            },
            {
                "key": "harbour",
                "to": None,
                "author": "quietharbour",
                "body": """
                    Speaking as a partner: the neck was never the thing I noticed first about my
                    wife, even on bad days. You're a person who happens to have CD. The right
                    people will see it that way.
                """,
            },
        ],
    },
    {
        "category": "work-relationships",
        "author": "cobalt_heron",
        "title": "What do you say when people ask “what's wrong with your neck?”",
        "days_ago": 14,
        "body": """
            After nine years, I've developed a set of answers depending on who's asking and how
            much energy I have. I'm curious what everyone else says.

            Mine, roughly from shortest to longest:

            1. "It's a neurological thing. It's fine." (Strangers, bad days.)
            2. "It's called cervical dystonia; the muscles in my neck get the wrong signals from
            my brain." (Curious acquaintances.)
            3. The full version, with treatment and the injection cycle. (People I trust.)

            The question that still catches me out is "have you tried stretching it?" I usually
            just smile.
        """,
        "replies": [
            {
                "key": "sunday",
                "to": None,
                "author": "sunday_swim",
                "body": """
                    Children are the best askers. At the playground a little one asked why my head
                    was "sideways", and I said "my neck muscles are a bit confused". She nodded
                    and went back to the slide. Adults could learn from her.
                """,
            },
            {
                "key": "paw",
                "to": None,
                "author": "northpaw",
                "body": """
                    On a doorstep I don't have time for the full version, so I tend to go with
                    "neck's got a mind of its own, mate". Usually gets a laugh and we move on.
                """,
            },
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    "Have you tried stretching it?" Twenty years, and I've heard "have you tried
                    a chiropractor", "have you tried turmeric" and "have you tried just holding it
                    straight". I've learned to say "thank you, I'll bear it in mind" and leave it
                    there.
                """,
            },
            {
                "key": "heron1",
                "to": "oak",
                "author": "cobalt_heron",
                "body": """
                    "Have you tried just holding it straight" is an all-time classic. "I'll bear
                    it in mind" is perfect; polite and a full stop at the same time.
                """,
            },
            {
                "key": "tern",
                "to": None,
                "author": "tilted_tern",
                "body": """
                    Saving these. I've been saying "I slept funny" to everyone at work for weeks
                    now, and it's getting harder to keep that one going.
                """,
                "later_days": 5,
            },
        ],
    },
    # --- Emotional support ---------------------------------------------------------------------
    {
        "category": "emotional-support",
        "author": "slowkettle",
        "title": "Things I wish I'd known in year one",
        "days_ago": 36,
        "body": """
            Sixteen years in, I've been thinking about what I'd tell myself at the start. In
            case it's useful to anyone newer:

            1. **It isn't your fault.** Not stress you should have managed, not posture you
            should have fixed.
            2. **Treatment is a process.** The first injections may not be the right ones. Keep
            notes and keep going back.
            3. **Bad days aren't the whole story.** Keep a note of good days too, or you'll
            forget they happen.
            4. **Find your people.** Other people with dystonia understand in a way others can't,
            however kind they are.
            5. **You're allowed to grieve.** And you're allowed to laugh about it too.
            6. **Your life is still yours.** It might look different, but it's still yours.

            What would you add?
        """,
        "replies": [
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    7. **Ask for the adjustment.** At work, at the hairdresser, in a restaurant
                    (a seat against the wall!). The worst they can say is no, and they almost
                    never do.
                """,
            },
            {
                "key": "moth",
                "to": None,
                "author": "lantern_moth",
                "body": """
                    Number 3 especially. On a bad day my brain insists it has always been this
                    bad and always will be, and the good-day notes prove it wrong.

                    I'd add: **look after your mood as well as your neck.** Talking to my GP about
                    how low I felt was one of the best things I did.
                """,
            },
            {
                "key": "kettle1",
                "to": "moth",
                "author": "slowkettle",
                "body": """
                    That should have been number 1, honestly. Thank you for saying it.
                """,
            },
            {
                "key": "pebble",
                "to": None,
                "author": "pebble_path",
                "body": """
                    Reading this days after finally being diagnosed. I've printed it out and put
                    it on the fridge. Number 1 especially, after six years of being told
                    otherwise.
                """,
                "later_days": 35,
            },
            {
                "key": "kettle2",
                "to": "pebble",
                "author": "slowkettle",
                "body": """
                    On the fridge is exactly where it belongs. Welcome, and well done for getting
                    there.
                """,
            },
        ],
    },
    {
        "category": "emotional-support",
        "author": "bramblebee",
        "title": "Small wins thread: tell us something good",
        "days_ago": 20,
        "body": """
            We talk a lot about the hard stuff here, which is what this place is for. But I
            think we also need somewhere to celebrate the little victories, the ones nobody else
            would understand.

            I'll start: **I drank a full cup of tea today without a lid and didn't spill a
            drop.** My tremor was on its best behaviour and I felt like a champion.

            Your turn. No win too small.
        """,
        "replies": [
            {
                "key": "juniper",
                "to": None,
                "author": "juniper_jots",
                "body": """
                    I taught a full day in week eleven of my cycle and still had energy to cook
                    dinner. Unheard of.
                """,
            },
            {
                "key": "paw",
                "to": None,
                "author": "northpaw",
                "body": """
                    Reversed into a tight loading bay first time, with an audience. Didn't even
                    need the blind spot mirror. Well, I did, but I used it smoothly.
                """,
            },
            {
                "key": "bee1",
                "to": "paw",
                "author": "bramblebee",
                "body": """
                    With an audience, too! That's a double win.
                """,
            },
            {
                "key": "moth",
                "to": None,
                "author": "lantern_moth",
                "body": """
                    I went to a yoga class. At the back, like oak_and_ash said. Nobody looked at
                    me once.
                """,
                "later_days": 4,
            },
            {
                "key": "oak",
                "to": "moth",
                "author": "oak_and_ash",
                "body": """
                    This is the best thing I've read all week. Proud of you.
                """,
            },
            {
                "key": "moth2",
                "to": "oak",
                "author": "lantern_moth",
                "body": """
                    Thank you. I'm going back next week. Might even move one row forward.
                """,
            },
            {
                "key": "oak2",
                "to": "moth2",
                "author": "oak_and_ash",
                "body": """
                    Steady on. One row at a time.
                """,
            },
            {
                "key": "harbour",
                "to": None,
                "author": "quietharbour",
                "body": """
                    Partner's win: my wife gardened for a whole hour on Saturday, with the
                    wide-brimmed hat someone recommended here, and came in smiling.
                """,
            },
            {
                "key": "tern",
                "to": None,
                "author": "tilted_tern",
                "body": """
                    Late to this, but: I told my manager about my diagnosis, using the two-sentence
                    explanation from the teaching thread, and it went fine. Better than fine.
                """,
                "later_days": 19,
            },
        ],
    },
    {
        "category": "emotional-support",
        "author": "lantern_moth",
        "title": "Rough week, just need to say it somewhere",
        "days_ago": 12,
        "body": """
            Not looking for advice really, I just need to put this somewhere people get it.

            It's week eleven of my cycle and the pull is back in full force. Work was awful:
            a customer asked me to "stop shaking my head at her", and I went to the stockroom
            and cried. I've cancelled plans twice this week because I couldn't face people
            looking at my neck. I'm tired all the time.

            I know the injections are in ten days and things will probably ease. I know I've
            been here before and come out the other side. But right now I feel like CD is
            winning and I'm just so tired of it.
        """,
        "replies": [
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    I'm really glad you posted this here instead of carrying it on your own. That
                    sounds like an exhausting week, and the stockroom moment would have knocked
                    anyone.

                    You don't have to be positive about it. Sometimes it's just rubbish, and that
                    deserves to be said out loud.

                    If the low feeling goes on beyond the wearing-off weeks, or gets heavier,
                    please do talk to your GP about your mood; it's as much part of CD care as the
                    injections. And if you ever feel unsafe, contact your local emergency services
                    straight away.
                """,
            },
            {
                "key": "moth1",
                "to": "marin",
                "author": "lantern_moth",
                "body": """
                    Thank you. I'm safe, just very fed up. I have talked to my GP before and it
                    helped, so I'll book in again if it's still this heavy after the injections.
                """,
            },
            {
                "key": "marin2",
                "to": "moth1",
                "author": "marin_mod",
                "body": """
                    That sounds like a really sensible plan. And thank you for telling me you're
                    safe. Check in here whenever you want, even if it's just "still fed up".
                """,
            },
            {
                "key": "moth2",
                "to": "marin2",
                "author": "lantern_moth",
                "body": """
                    Still fed up, but slightly less after reading everyone's replies. Ten days.
                    Nine, tomorrow.
                """,
            },
            {
                "key": "willow",
                "to": None,
                "author": "willow_admin",
                "body": """
                    Week eleven is brutal. Sending you a lot of warmth. You're not losing to CD by
                    having a hard week. You're still here, still going to work, still reaching
                    out. That's not what losing looks like.
                """,
            },
            {
                "key": "bee",
                "to": None,
                "author": "bramblebee",
                "body": """
                    "Stop shaking your head at me." I'm so sorry. I've had that one and it stings
                    every single time. Big hug, if you want one.
                """,
            },
            {
                "key": "moth3",
                "to": None,
                "author": "lantern_moth",
                "body": """
                    Injections done yesterday. Not back to normal yet, but the weight has lifted a
                    bit. Thank you all for being here last week.
                """,
                "later_days": 11,
            },
        ],
    },
    {
        "category": "emotional-support",
        "author": "tilted_tern",
        "title": "Is it normal to grieve the “old” neck?",
        "days_ago": 5,
        "body": """
            This might sound dramatic, but I've been feeling something like grief since my
            diagnosis.

            I keep seeing photos from a couple of years ago with my head straight, just living
            my life without thinking about my neck. Now I think about it constantly: how I'm
            sitting, whether people can tell, whether it'll get worse. I miss not thinking about
            it.

            Is this normal? Does it fade?
        """,
        "replies": [
            {
                "key": "moth",
                "to": None,
                "author": "lantern_moth",
                "body": """
                    Not dramatic at all. It's a real loss, even if it's not the kind people bring
                    flowers for. I felt exactly this in my first year, especially with photos.

                    For me, it's faded a lot. I still have moments, but now it's more of a
                    twinge than a weight.
                """,
            },
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    Completely normal. And here's something nobody told me: after a while you
                    stop comparing yourself to the old photos, and start comparing yourself to
                    your worst days. From that angle, you'll find a lot to be pleased about.
                """,
            },
            {
                "key": "tern1",
                "to": "oak",
                "author": "tilted_tern",
                "body": """
                    That's a really helpful way to look at it. I think I'm still stuck comparing
                    myself to two years ago.
                """,
            },
            {
                "key": "oak2",
                "to": "tern1",
                "author": "oak_and_ash",
                "body": """
                    Of course you are, it's only been a few weeks. Give it time, and be gentle
                    with yourself. The comparison shifts on its own.
                """,
            },
            {
                "key": "sunday",
                "to": None,
                "author": "sunday_swim",
                "body": """
                    I took a long break from looking at old photos in my first year. It wasn't
                    forever, just while things were raw. Now I can look at them and smile.
                """,
            },
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    You're describing something a lot of us have felt. slowkettle's "Things I
                    wish I'd known in year one" thread has a line about being allowed to grieve
                    that I think you'd like.
                """,
            },
        ],
    },
    # --- Research and news ---------------------------------------------------------------------
    {
        "category": "research-news",
        "author": "willow_admin",
        "title": "How we share research news here",
        "days_ago": 50,
        "body": """
            A quick note for this category, because research news can stir up a lot of hope
            and a lot of worry.

            - **Link to the source** where you can, not just a headline or a screenshot.
            - **Say what kind of study it is** if you know: early lab work, a small trial, a
            review of older studies.
            - **Be careful with words like "cure" and "breakthrough".** Most research moves in
            small steps, and that's how it should be.
            - **Nothing here replaces your own neurologist's view** of whether something is
            relevant to you.

            Excitement is welcome. So is healthy scepticism.
        """,
        "replies": [],
    },
    {
        "category": "research-news",
        "author": "cobalt_heron",
        "title": "Reading research headlines without getting whiplash",
        "days_ago": 41,
        "body": """
            I used to work in a lab, and I've spent nine years reading dystonia news with one
            eyebrow raised. Headlines swing between "cure around the corner" and nothing at
            all, which is hard on the nerves. These are the questions I ask myself before I let
            a headline get my hopes up:

            1. **Was it done in people?** A lot of early work is in cells or animals. It matters,
            but it's years away from a clinic.
            2. **How many people, and compared with what?** A handful of people with no
            comparison group is a starting point, not an answer.
            3. **Is it about cervical dystonia specifically?** "Dystonia" covers many
            conditions, and results don't always carry over.
            4. **Is it a press release or the paper itself?** Press releases are written to be
            exciting.

            > Slow, careful, and boring is usually a good sign in research.

            None of this means ignoring news. Some of the most interesting work at the moment
            is about how the brain's movement networks are involved in dystonia and why sensory
            tricks work, and I find that genuinely hopeful. I just try to hold it lightly and
            take my questions to my neurologist.
        """,
        "replies": [
            {
                "key": "kettle",
                "to": None,
                "author": "slowkettle",
                "body": """
                    When I was considering DBS, this kind of thinking helped me a lot. I read
                    plenty of glowing stories and a few frightening ones, and neither told me
                    what was likely for someone like me. The specialist team did.
                """,
            },
            {
                "key": "fern",
                "to": None,
                "author": "fern_and_fog",
                "body": """
                    Number 3 is one I'd never considered. I got very excited about something last
                    year that turned out to be about a completely different type of dystonia.
                """,
            },
            {
                "key": "heron1",
                "to": "fern",
                "author": "cobalt_heron",
                "body": """
                    Very easy to do. Even the word "focal" covers several conditions: the neck,
                    the eyelids, the hand in writer's cramp and so on. They're related, but not
                    the same.
                """,
            },
            {
                "key": "fern2",
                "to": "heron1",
                "author": "fern_and_fog",
                "body": """
                    I didn't know writer's cramp was a dystonia too. I feel like I learn something
                    new every week here.
                """,
            },
            {
                "key": "heron2",
                "to": "fern2",
                "author": "cobalt_heron",
                "body": """
                    Same! That's what keeps me coming back. Everyone knows a different corner of
                    this.
                """,
            },
            {
                "key": "willow",
                "to": None,
                "author": "willow_admin",
                "body": """
                    I'm going to link this from the research guidelines post. Thank you for
                    writing something so clear and so kind.
                """,
            },
        ],
    },
    {
        "category": "research-news",
        "author": "cobalt_heron",
        "title": "Has anyone taken part in a research study or registry?",
        "days_ago": 16,
        "body": """
            My neurologist mentioned that her clinic sometimes helps recruit for dystonia
            studies, and asked if I'd be interested in hearing about them. I said yes, but I
            realised I don't really know what taking part involves.

            Has anyone done it? I'm thinking of anything from filling in questionnaires for a
            patient registry, to a clinical trial of a treatment. What was it like, and what did
            you wish you'd asked first?
        """,
        "replies": [
            {
                "key": "oak",
                "to": None,
                "author": "oak_and_ash",
                "body": """
                    I joined a patient registry a few years ago. It's mostly questionnaires every
                    so often about symptoms, treatment and daily life. Not exciting, but I like
                    knowing my twenty years of experience might be useful to someone one day.
                """,
            },
            {
                "key": "kettle",
                "to": None,
                "author": "slowkettle",
                "body": """
                    I was asked about a treatment trial once, years ago. What I was glad I asked:

                    - Could I stop at any time, and would it affect my normal care? (Yes, and no.)
                    - How much travel and time would it take?
                    - What would happen to my usual treatment while I was in it?

                    In the end the travel was too much for me at the time, but the research
                    nurse was lovely and answered everything.
                """,
            },
            {
                "key": "heron1",
                "to": "kettle",
                "author": "cobalt_heron",
                "body": """
                    That list is exactly what I needed. The question about usual treatment is
                    important; I wouldn't want to go without injections for a long time.
                """,
            },
            {
                "key": "marin",
                "to": None,
                "author": "marin_mod",
                "body": """
                    A gentle note for anyone who finds a study online: check that it comes
                    through a recognised hospital, university or charity, and talk to your own
                    team before signing up. Nothing worth joining should ask you for money.
                """,
            },
        ],
    },
    {
        "category": "research-news",
        "author": "fern_and_fog",
        "title": "Longer-lasting injections: has your neurologist mentioned anything?",
        "days_ago": 8,
        "body": """
            I've seen a few articles mention that longer-acting botulinum toxin products are
            being developed or are becoming available in some countries. The idea, as far as I
            understand it, is that the effect might last longer, so the gaps between injections
            could be stretched out for some people.

            I don't know much more than that, and I'm wary of getting excited on the strength
            of a couple of articles. Has anyone's neurologist talked about this? I'd love to
            hear what they said.
        """,
        "replies": [
            {
                "key": "heron",
                "to": None,
                "author": "cobalt_heron",
                "body": """
                    Mine mentioned it briefly when I asked. She said it isn't something she
                    offers yet, that it would depend on what's approved and funded where we
                    live, and that "longer lasting" on average doesn't mean it would suit
                    everyone. She'd rather keep adjusting what works for me for now.
                """,
            },
            {
                "key": "juniper",
                "to": None,
                "author": "juniper_jots",
                "body": """
                    As a chronic week-ten slumper, I'm definitely going to ask about this at my
                    next appointment. Even just asking the question feels hopeful.
                """,
            },
        ],
    },
]
