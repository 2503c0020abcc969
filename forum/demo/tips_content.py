"""The demo community's coping tips, and the tags on its discussions and stories. Data only;
`forum.demo.seed` writes the tips after the discussions and stories.

Every name here is a pseudonym and every tip is invented for the demo. Each tip is told in the
voice its author uses in the discussions, shares what works for them, and leaves treatment
decisions to the member's own neurologist or physio.

TIPS: one dict per tip, in the order they are written.

- `author`: a username from `forum.demo.content.MEMBERS`; `days_ago`: when the tip was shared.
- `tags`: 1 to 3 names from `forum.tags.defaults.DEFAULT_TAGS`, exactly as spelled there.
- `body`: Markdown, 40 to 200 words, hard-wrapped like the discussions.
- `views`: how many other members have opened the tip (at most 13: everyone but the author).
- `helpful`: the members who marked it helpful, in the order they did; never the author, and
  each of them counts among the `views`. The seeder picks the other viewers itself.
- `replies` (optional): as in `content.THREADS` (`key`, `to`, `author`, `body`, `later_days`).

THREAD_TAGS: the title of a discussion (`content.THREADS`) or story (`stories_content.STORIES`)
-> the tag names it carries.
"""

TIPS = [
    # --- Sensory tricks -------------------------------------------------------------------------
    {
        "author": "bramblebee",
        "title": "Two fingertips on the chin, on the side you turn towards",
        "days_ago": 47,
        "tags": ["Sensory tricks", "Geste antagoniste"],
        "body": """
            My most reliable trick, after years of trying things: two fingertips resting on my
            chin, on the side my head turns towards. Not pushing. The lightest touch, as if
            I'm wondering about something.

            What makes it work better for me:

            - **Elbow supported.** On a table or the arm of a chair, so my shoulder isn't doing
            the work and doesn't start to ache.
            - **Before it gets bad.** The trick works best when the pull is just starting, not
            when it's in full swing.
            - **Short spells.** Five minutes, then a rest, then again. I use it while reading,
            on the phone, and in queues.

            If you haven't found yours yet, try light touches in different places: chin, cheek,
            jaw, the back of your head. Everyone's is a bit different, and it can take a while
            to notice.
        """,
        "views": 13,
        "helpful": [
            "oak_and_ash",
            "willow_admin",
            "marin_mod",
            "cobalt_heron",
            "juniper_jots",
            "slowkettle",
            "sunday_swim",
            "northpaw",
            "fern_and_fog",
            "quietharbour",
            "lantern_moth",
            "pebble_path",
        ],
        "replies": [
            {
                "key": "tern",
                "to": None,
                "author": "tilted_tern",
                "later_days": 41,
                "body": """
                    The elbow on the table made a real difference for me. My finger-behind-the-ear
                    trick lasts much longer when my arm isn't holding itself up.
                """,
            },
            {
                "key": "bee",
                "to": "tern",
                "author": "bramblebee",
                "body": """
                    That's the bit nobody tells you! Glad it helped.
                """,
            },
        ],
    },
    {
        "author": "fern_and_fog",
        "title": "Let a high-backed chair do the sensory trick for you",
        "days_ago": 36,
        "tags": ["Sensory tricks", "Desk set-up"],
        "body": """
            My trick is a light touch on the back of my head. It works brilliantly, but I can't
            design with one hand glued to my skull all day.

            So I bought a desk chair with a high back and an adjustable headrest, and set the
            headrest so it meets the back of my head when I sit upright, not when I slouch. Now
            leaning back for a minute gives me the same ease as my hand does, with both hands
            free.

            At home, a high-backed armchair does the same for reading and films. If your trick
            is on the back of your head, it's worth trying chairs in a shop and paying attention
            to where the headrest actually lands.
        """,
        "views": 12,
        "helpful": [
            "bramblebee",
            "cobalt_heron",
            "willow_admin",
            "northpaw",
            "juniper_jots",
            "marin_mod",
            "lantern_moth",
            "oak_and_ash",
            "pebble_path",
            "tilted_tern",
        ],
    },
    {
        "author": "juniper_jots",
        "title": "The “thinking pose”: a hand resting on the cheek",
        "days_ago": 31,
        "tags": ["Sensory tricks", "Self-consciousness"],
        "body": """
            My trick is my hand resting against my cheek, fingers along the jaw. For a long time
            I only used it at home, because I felt everyone would see it as A Dystonia Thing.

            Then I noticed that in a meeting or at the front of a classroom, it just looks like
            I'm listening very carefully. Chin in hand, head tipped slightly: the universal pose
            of someone thinking hard. Nobody has ever asked about it.

            So now I use it freely in meetings, parents' evenings and on the bus. If your trick
            looks like something people do anyway, it's allowed out in public.
        """,
        "views": 11,
        "helpful": [
            "lantern_moth",
            "bramblebee",
            "sunday_swim",
            "marin_mod",
            "cobalt_heron",
            "pebble_path",
            "tilted_tern",
        ],
    },
    {
        "author": "tilted_tern",
        "title": "Finding your trick: one spot a day",
        "days_ago": 6,
        "tags": ["Geste antagoniste", "First weeks"],
        "body": """
            I'm very new to all this, but one thing worked for me, so I'm passing it on.

            After reading the sensory tricks thread I tried touching everywhere at once and got
            nowhere. So I made it a small experiment: one spot a day, tried a few times when the
            turn was starting. Chin, cheek, temple, jaw, the back of my head, behind my ear.

            Day six was behind my ear, and my head came back towards the middle. I'd never have
            noticed it in the scramble of trying everything. I wrote each spot down, which I'll
            also show my neurologist.
        """,
        "views": 4,
        "helpful": ["bramblebee", "pebble_path", "marin_mod"],
    },
    # --- Heat and cold --------------------------------------------------------------------------
    {
        "author": "oak_and_ash",
        "title": "Wheat bag rules: a thin towel and a timer",
        "days_ago": 52,
        "tags": ["Heat", "Neck pain"],
        "body": """
            Twenty-odd years of wheat bags have taught me three rules.

            1. **A thin towel between the bag and your skin.** Straight from the microwave it's
            hotter than it feels at first.
            2. **A timer, every time.** Fifteen minutes, twenty at most. I once fell asleep with
            one on and woke up with a red patch that took days to go.
            3. **Heat the wheat a little at a time.** Short bursts in the microwave with a shake
            in between, so there are no scorching corners.

            I keep one by my chair, one by the bed and one in the car. Warm muscles let go of
            some of the ache for me, and it's the cheapest comfort I know.
        """,
        "views": 13,
        "helpful": [
            "willow_admin",
            "marin_mod",
            "juniper_jots",
            "quietharbour",
            "slowkettle",
            "cobalt_heron",
            "bramblebee",
            "sunday_swim",
            "northpaw",
            "lantern_moth",
            "pebble_path",
        ],
    },
    {
        "author": "marin_mod",
        "title": "Frozen peas for the days after injections",
        "days_ago": 44,
        "tags": ["Cold packs", "Injection cycle"],
        "body": """
            Heat is my everyday comfort, but for the first couple of days after injections the
            spots are tender and cold suits me better.

            A bag of frozen peas, wrapped in a thin tea towel, moulds round the neck in a way
            proper ice packs never do. Ten minutes on, then off for a good while. I keep a
            second bag in the freezer so one is always cold, and I write "NECK" on them so
            nobody cooks them.

            I checked with my injection nurse before I started, and it's worth asking yours what
            they'd suggest for the first day or two.
        """,
        "views": 12,
        "helpful": [
            "juniper_jots",
            "tilted_tern",
            "oak_and_ash",
            "cobalt_heron",
            "northpaw",
            "lantern_moth",
            "bramblebee",
            "fern_and_fog",
        ],
    },
    {
        "author": "willow_admin",
        "title": "Warm up before stretching, not after",
        "days_ago": 39,
        "tags": ["Heat", "Stretching"],
        "body": """
            For years I did my stretches first and put the wheat bag on afterwards, as a reward.
            My physio suggested I swap them round, and it's made my stretching much gentler.

            Ten minutes of warmth on the side that pulls, then the stretches straight away while
            the muscles are still loose. I move more easily into each one and I don't have to
            fight the first few.

            A warm shower works just as well if the bag isn't to hand. As always, the stretches
            themselves are the ones my physio gave me for my own neck, so check yours with them.
        """,
        "views": 9,
        "helpful": ["bramblebee", "fern_and_fog", "oak_and_ash"],
    },
    {
        "author": "fern_and_fog",
        "title": "A hot shower on the back of the neck to close the workday",
        "days_ago": 19,
        "tags": ["Heat", "Stress"],
        "body": """
            When I finish work, I go straight to the shower and let hot water run on the back of
            my neck for five minutes. Head resting forward on my forearm against the tiles, so
            nothing is holding it up.

            It does two jobs. The warmth eases the ache that builds up at the screen, and it's a
            clear line between work and evening. Before, I'd carry the day's tension around
            until bedtime, and my neck carried it with me.

            Working from home made this more important, not less: there's no commute to mark the
            end of the day, so the shower is my commute now.
        """,
        "views": 8,
        "helpful": ["juniper_jots", "lantern_moth", "cobalt_heron", "pebble_path", "sunday_swim"],
    },
    {
        "author": "willow_admin",
        "title": "Warmth at the base of the skull for tension headaches",
        "days_ago": 22,
        "tags": ["Headaches", "Heat"],
        "body": """
            On bad tilt days I often get a headache that starts at the base of my skull and
            creeps over the top of my head.

            What helps me: a small wheat bag, rolled into a sausage, tucked behind my neck while
            I lie down in a dim room for twenty minutes. Phone in the other room. If I catch it
            early it usually stays a dull ache instead of ruining the evening.

            If your headaches change or get worse, that's one for your doctor rather than for a
            wheat bag, but for the everyday tension kind this is my routine.
        """,
        "views": 9,
        "helpful": ["lantern_moth"],
    },
    # --- Sleep ----------------------------------------------------------------------------------
    {
        "author": "marin_mod",
        "title": "A rolled hand towel inside the pillowcase",
        "days_ago": 29,
        "tags": ["Pillows", "Sleep positions"],
        "body": """
            After a cupboard full of failed pillows, this is what I've used for three years.

            A fairly flat pillow, and a hand towel rolled tightly along its long side, tucked
            inside the pillowcase along the bottom edge. The roll fills the curve of my neck and
            the flat part takes my head, so my neck isn't hanging or propped.

            The best part is that it's adjustable. When the pull is strong towards the end of
            the cycle I use a thicker roll; after injections, a thinner one. It costs nothing to
            try, so it's worth an evening's experimenting before buying another pillow.
        """,
        "views": 12,
        "helpful": [
            "lantern_moth",
            "quietharbour",
            "bramblebee",
            "juniper_jots",
            "willow_admin",
            "cobalt_heron",
            "fern_and_fog",
            "oak_and_ash",
            "sunday_swim",
            "tilted_tern",
            "pebble_path",
        ],
        "replies": [
            {
                "key": "moth",
                "to": None,
                "author": "lantern_moth",
                "later_days": 2,
                "body": """
                    Two weeks in and I haven't bought a single pillow. A record. Thank you.
                """,
            },
        ],
    },
    {
        "author": "lantern_moth",
        "title": "Stop the roll instead of hunting for the perfect pillow",
        "days_ago": 28,
        "tags": ["Pillows", "Sleep positions"],
        "body": """
            My head turns right, and lying on my back it used to roll over slowly until I woke
            up half on my side with my neck twisted. I spent a fortune on pillows trying to fix
            it.

            What worked in the end wasn't a better pillow but something to stop the roll: a
            small firm cushion on my right side, so my cheek meets it before my neck twists. I
            got the idea from someone's wife on here, and it's the best advice I've had.

            Some nights it ends up on the floor. Most nights I wake up straighter and less sore.
        """,
        "views": 10,
        "helpful": [
            "quietharbour",
            "marin_mod",
            "willow_admin",
            "juniper_jots",
            "tilted_tern",
            "sunday_swim",
            "pebble_path",
        ],
    },
    {
        "author": "bramblebee",
        "title": "A buckwheat pillow you shape once",
        "days_ago": 30,
        "tags": ["Pillows"],
        "body": """
            My pillow is filled with buckwheat hulls, and it's the first one that has stayed the
            shape I put it in.

            At bedtime I push the hulls into a ridge under my neck and a hollow for my head. It
            stays like that all night, instead of flattening like foam or feathers did. You can
            take some hulls out to make it lower, which I did twice before it felt right.

            It's a bit crunchy and noisy for the first week, and heavier than you'd expect. I'm
            a convert, but everyone's neck is different, so borrow one first if you can.
        """,
        "views": 11,
        "helpful": ["lantern_moth", "oak_and_ash", "tilted_tern"],
    },
    {
        "author": "quietharbour",
        "title": "A cushion on the turning side, tucked in at bedtime",
        "days_ago": 26,
        "tags": ["Carers", "Pillows", "Partners and family"],
        "body": """
            For partners and carers, one small thing that has become part of our evenings.

            My wife's head turns and tilts to the left at night. We put a small extra cushion on
            that side, so her head rests against it rather than rolling. Once she's settled, I
            tuck it in snugly along her cheek and shoulder, which she can't easily do herself
            without twisting.

            It takes thirty seconds. She says she wakes up less twisted, and it has turned into
            a bit of a bedtime ritual that we both like. I always ask first, though. Some nights
            she'd rather do it herself.
        """,
        "views": 9,
        "helpful": ["lantern_moth", "slowkettle", "willow_admin", "marin_mod", "sunday_swim", "juniper_jots"],
    },
    # --- Posture and ergonomics -----------------------------------------------------------------
    {
        "author": "fern_and_fog",
        "title": "Screen dead centre, top edge at eye level",
        "days_ago": 41,
        "tags": ["Desk set-up", "Work adjustments"],
        "body": """
            My neck pulls forward, and looking down at a screen all day was the worst thing for
            it. Two changes made the biggest difference to my afternoons:

            - **Centre the screen.** One monitor straight in front of me, not two with the main
            one off to the side. I'd been sitting slightly turned for years without noticing.
            - **Raise it.** The top edge at about eye level, so I look straight ahead. A pile of
            books works fine until you get a proper stand or arm.

            With a laptop, put it on a stand and use a separate keyboard and mouse. If your
            workplace offers a desk assessment, ask for one: mine got me a chair and a monitor
            arm.
        """,
        "views": 13,
        "helpful": [
            "cobalt_heron",
            "juniper_jots",
            "sunday_swim",
            "bramblebee",
            "pebble_path",
            "marin_mod",
            "willow_admin",
            "lantern_moth",
            "tilted_tern",
            "northpaw",
        ],
    },
    {
        "author": "cobalt_heron",
        "title": "Check whether your desk has been “accommodating” the pull",
        "days_ago": 23,
        "tags": ["Desk set-up"],
        "body": """
            My head turns to the left. When I finally looked at my desk properly, I found the
            screen, the phone, the lamp and the window were all to my left. Over nine years I'd
            arranged my whole workspace around the pull, one sensible-seeming decision at a time.

            A quick check you can do: sit as you normally work, and notice which way you have to
            turn for each thing you use often. If it's all one direction, try moving the things
            you look at most to the centre.

            It felt odd for a week. My physio thought it was worth doing, and my afternoons are
            calmer.
        """,
        "views": 12,
        "helpful": ["fern_and_fog", "pebble_path"],
    },
    {
        "author": "willow_admin",
        "title": "A book stand for reading in bed",
        "days_ago": 54,
        "tags": ["Reading and screens", "Pillows"],
        "body": """
            Reading in bed used to mean holding my head at an angle my neck complained about for
            the whole of the next morning.

            Now I use a simple book stand on a lap tray. The book sits at eye level, my hands are
            free, and I can lean back against two firm pillows with my head properly supported.
            A clip holds the pages open, and I turn them with one finger.

            It works for a tablet too. The point for me is that the book comes up to my eyes,
            rather than my neck going down to the book.
        """,
        "views": 11,
        "helpful": [
            "oak_and_ash",
            "slowkettle",
            "cobalt_heron",
            "marin_mod",
            "bramblebee",
            "lantern_moth",
            "juniper_jots",
            "quietharbour",
            "tilted_tern",
        ],
    },
    {
        "author": "oak_and_ash",
        "title": "Phone and tablet up to your eyes, not your eyes down to them",
        "days_ago": 35,
        "tags": ["Reading and screens", "Neck pain"],
        "body": """
            My grandchildren laugh at me for holding my phone up in front of my face like a
            mirror. But looking down at a phone in my lap for ten minutes sets my neck off for an
            hour.

            What I do now:

            - Phone held up, with my elbow resting on the arm of the chair or a cushion, so my
            arm doesn't tire.
            - A stand for the tablet on the kitchen table, for recipes and the news.
            - The text made bigger, so I'm not leaning in.

            Small habits, but my neck has noticeably fewer sore evenings.
        """,
        "views": 8,
        "helpful": ["willow_admin", "fern_and_fog", "slowkettle", "quietharbour"],
    },
    {
        "author": "fern_and_fog",
        "title": "Dim the screen and enlarge the text after four o'clock",
        "days_ago": 0.4,
        "tags": ["Reading and screens", "Headaches"],
        "body": """
            A small one I've only just worked out. My late-afternoon headaches come with leaning
            in towards the screen, and I lean in more when I'm tired.

            So at four o'clock I now turn the brightness down a little and zoom the text up a
            step or two. I stop peering, my neck stops creeping forward, and the headache has
            turned up less often this week.

            Early days, so I'll report back.
        """,
        "views": 0,
        "helpful": [],
    },
    # --- Injection cycle and wearing-off --------------------------------------------------------
    {
        "author": "juniper_jots",
        "title": "Plan the demanding weeks for the middle of the cycle",
        "days_ago": 32,
        "tags": ["Injection cycle", "Wearing-off", "Work adjustments"],
        "body": """
            My injections are every twelve weeks, and weeks three to nine are my good weeks. So I
            now plan around that, as far as life allows.

            - **Big things in the good weeks:** school trips, parents' evenings I can move,
            decorating, visits that involve long drives.
            - **Light weeks at the end:** fewer plans, simple meals, no new commitments.
            - **The calendar knows:** I mark the injection dates and the likely slump weeks a
            whole term ahead, so I see them coming before I agree to things.

            My head of department now times my heaviest teaching for the middle weeks. The slump
            still comes, but it doesn't ambush me any more.
        """,
        "views": 12,
        "helpful": [
            "marin_mod",
            "northpaw",
            "cobalt_heron",
            "lantern_moth",
            "slowkettle",
            "sunday_swim",
            "bramblebee",
            "fern_and_fog",
            "tilted_tern",
            "willow_admin",
        ],
    },
    {
        "author": "marin_mod",
        "title": "Write down the day it starts fading, every cycle",
        "days_ago": 40,
        "tags": ["Wearing-off", "Appointments"],
        "body": """
            "It wears off a bit early" is easy to say and easy to brush aside. "It came back on
            day 68, day 71 and day 66" is a different conversation.

            Every cycle I note the date of the injection and the first day I feel the pull
            creeping back, plus a word or two about how quickly it builds. It takes a minute per
            cycle. After three cycles I had a pattern I could show my neurologist, and we talked
            it through properly.

            What's right for the timing is a decision for you and your neurologist together, but
            the notes make sure you're both looking at the same picture.
        """,
        "views": 10,
        "helpful": [
            "juniper_jots",
            "cobalt_heron",
            "tilted_tern",
            "northpaw",
            "lantern_moth",
            "pebble_path",
            "fern_and_fog",
            "sunday_swim",
        ],
    },
    {
        "author": "cobalt_heron",
        "title": "A symptom diary that fits on one side of paper",
        "days_ago": 37,
        "tags": ["Appointments", "Questions to ask", "Injection cycle"],
        "body": """
            Clinic appointments are short, and long notes don't get read. My diary fits a whole
            cycle on one side of paper.

            One line per week:

            - the week number since the injection,
            - a score out of ten for the pull, and one for pain,
            - two or three words if anything was unusual ("bad swallow", "long drive", "flu").

            At the bottom, my three questions for the appointment, most important first. I hand
            over a copy at the start, so we're not relying on my memory.

            My injector can see at a glance how the cycle went, and I stop saying "it was fine,
            I think".
        """,
        "views": 13,
        "helpful": [
            "juniper_jots",
            "marin_mod",
            "tilted_tern",
            "fern_and_fog",
            "pebble_path",
            "northpaw",
            "sunday_swim",
            "lantern_moth",
            "bramblebee",
            "willow_admin",
            "quietharbour",
        ],
    },
    {
        "author": "slowkettle",
        "title": "A small treat for each of the last three weeks",
        "days_ago": 43,
        "tags": ["Wearing-off", "Low mood"],
        "body": """
            Back when I was on injections, the last weeks of each cycle felt like a countdown to
            nothing but the next appointment.

            So I started booking one small treat for each of the last three weeks. Nothing
            grand: a film with a friend, a new book saved for the occasion, a cake from the good
            bakery. Things I could do even with my neck at its worst.

            It sounds silly, but it changed how those weeks felt. I was counting down to
            something nice, not just to relief.
        """,
        "views": 9,
        "helpful": [
            "juniper_jots",
            "lantern_moth",
            "marin_mod",
            "northpaw",
            "sunday_swim",
            "bramblebee",
            "willow_admin",
        ],
    },
    {
        "author": "tilted_tern",
        "title": "What I packed for my first injection day",
        "days_ago": 1,
        "tags": ["Injection cycle", "First weeks", "Cold packs"],
        "body": """
            First injections yesterday, so while it's fresh, here's what I was glad to have:

            - **My questions written down**, so nerves didn't wipe them.
            - **A scarf**, because my neck felt oddly exposed afterwards.
            - **A cold pack waiting at home** in the freezer, for the soreness that evening.
            - **Nothing planned for the rest of the day**, which turned out to be the best
            decision of all.

            Your clinic will tell you what they'd like you to do afterwards, so ask them. This
            is just what made the day easier for me.
        """,
        "views": 1,
        "helpful": ["marin_mod"],
    },
    # --- Driving and travel ---------------------------------------------------------------------
    {
        "author": "northpaw",
        "title": "Set the headrest where the back of your head actually is",
        "days_ago": 38,
        "tags": ["Driving", "Sensory tricks"],
        "body": """
            Most headrests sit too low or too far back to be any use. Mine was set for whoever
            drove the van before me.

            What I did: sat in my normal driving position, then moved the headrest up until its
            middle was level with the back of my head, and tilted it forward so my head rests
            against it lightly without me leaning back.

            Resting my head there is my sensory trick, and the tilt and the shake both settle.
            It's also where a headrest is meant to be, so it's safer either way. Five minutes
            with the levers, and long days are more doable.
        """,
        "views": 11,
        "helpful": [
            "sunday_swim",
            "fern_and_fog",
            "juniper_jots",
            "marin_mod",
            "cobalt_heron",
            "lantern_moth",
            "oak_and_ash",
            "bramblebee",
        ],
    },
    {
        "author": "northpaw",
        "title": "Blind-spot mirrors, and turning from the waist",
        "days_ago": 25,
        "tags": ["Driving"],
        "body": """
            Checking over my right shoulder is the hardest thing I do at work, because my head
            doesn't want to go that way when I'm tired.

            - **A small wide-angle mirror on each wing mirror.** Cheap, and I turn my head much
            less.
            - **Mirrors set properly before every shift**, with my head in its usual position,
            not the position I wish it had.
            - **Turning from the waist**, shoulders and all, when I need a proper look.
            - **Routes planned** to avoid junctions where I'd have to look hard right for long.

            I talked it over with my neurologist and checked the rules where I live. Please do
            the same.
        """,
        "views": 12,
        "helpful": [
            "cobalt_heron",
            "juniper_jots",
            "lantern_moth",
            "sunday_swim",
            "marin_mod",
            "willow_admin",
            "fern_and_fog",
            "oak_and_ash",
            "pebble_path",
        ],
    },
    {
        "author": "juniper_jots",
        "title": "Save the long drives for the good weeks",
        "days_ago": 18,
        "tags": ["Driving", "Wearing-off"],
        "body": """
            In the last fortnight before my injections, my neck tires much faster, and a long
            motorway drive leaves me exhausted and sore.

            So the long trips go in the middle of the cycle: visiting my parents, the summer
            holiday drive, anything over an hour. In the slump weeks I stick to short local
            journeys, and I don't drive at all if the pull is bad and I'm tired. A lift or the
            train is no defeat.

            It took a bit of juggling with family, but they'd much rather I arrive a week later
            than arrive wrecked.
        """,
        "views": 7,
        "helpful": ["northpaw", "marin_mod", "sunday_swim"],
    },
    {
        "author": "lantern_moth",
        "title": "Back behind the wheel: quiet roads first",
        "days_ago": 21,
        "tags": ["Driving", "Low mood"],
        "body": """
            I stopped driving for a few months when things were bad. It was harder on my mood
            than on my neck: I felt like my world had shrunk to where the bus went.

            Coming back, I made it gradual:

            - Early Sunday mornings, on roads I knew, for fifteen minutes.
            - Then short trips with a friend in the passenger seat.
            - Only later, busier roads and longer journeys.

            I set the mirrors and headrest before every drive, and I gave myself permission to
            turn round and go home. Getting my independence back did more for my mood than I
            expected.
        """,
        "views": 6,
        "helpful": ["northpaw", "willow_admin", "quietharbour", "tilted_tern"],
    },
    {
        "author": "slowkettle",
        "title": "Travel light: wheels, both straps, and a wheat bag in the hand luggage",
        "days_ago": 28,
        "tags": ["Travel"],
        "body": """
            Sixteen years of travelling with a neck that pulls back have boiled down to a few
            rules.

            - **Wheels for anything heavy.** A case I push beside me rather than pull behind, so
            I'm not twisting.
            - **A backpack on both shoulders**, never a bag on one.
            - **A wheat bag and a travel pillow in the hand luggage**, for the journey and the
            first night in a strange bed.
            - **Ask for help.** Station and airport staff have always been kind when I've asked
            for assistance with bags. Asking was the hard part.
        """,
        "views": 6,
        "helpful": [],
    },
    # --- Work -----------------------------------------------------------------------------------
    {
        "author": "northpaw",
        "title": "How I asked for shorter rounds before my injections",
        "days_ago": 14,
        "tags": ["Work adjustments", "Telling colleagues", "Wearing-off"],
        "body": """
            I'd built this up into a huge thing in my head, so here's how it actually went.

            I asked my manager for ten minutes, not a chat in the yard. I told him three things:
            it's a neurological condition; my treatment wears off towards the end of every three
            months; and in those weeks shorter local rounds would keep me safe on the road.

            One clear ask, with a reason that was about safety, not sympathy. He said "fair
            enough" and that was that. If your ask is specific and you can say why, it's much
            easier for the other person to say yes.
        """,
        "views": 8,
        "helpful": ["juniper_jots", "marin_mod", "lantern_moth", "sunday_swim", "tilted_tern", "pebble_path"],
    },
    {
        "author": "marin_mod",
        "title": "A one-page note for your manager",
        "days_ago": 34,
        "tags": ["Telling colleagues", "Work adjustments"],
        "body": """
            When I told my manager, I brought one page. It kept me from rambling, and she had
            something to take to HR.

            - **What CD is, in two sentences.** Mine: a neurological condition where my brain
            sends the wrong signals to my neck muscles, so they pull my head into positions I
            don't choose; treated with injections every three months, usually worse when tired.
            - **How my treatment cycle works**, and which weeks are harder.
            - **Three specific things that would help.** Mine were a headset, a chair with a
            headrest, and some flexibility in the last weeks of the cycle.

            The specific asks made it easy to say yes.
        """,
        "views": 11,
        "helpful": [
            "juniper_jots",
            "northpaw",
            "fern_and_fog",
            "cobalt_heron",
            "tilted_tern",
            "lantern_moth",
            "sunday_swim",
            "pebble_path",
            "bramblebee",
        ],
    },
    # --- Stress and breathing -------------------------------------------------------------------
    {
        "author": "lantern_moth",
        "title": "Slow breathing when the pull and the panic arrive together",
        "days_ago": 33,
        "tags": ["Breathing and relaxation", "Stress"],
        "body": """
            For me the pull and anxiety feed each other: my head starts turning in a shop, I
            panic that people are looking, and the panic makes it turn more.

            What interrupts the loop for me is slow breathing, done quietly anywhere:

            - breathe in through the nose for a count of four,
            - hold for four,
            - out through the mouth for six,
            - repeat five or six times.

            It doesn't stop the dystonia. It stops the panic, and without the panic my neck is a
            bit easier. I practised at home on good days first, so it was there when I needed it.
        """,
        "views": 10,
        "helpful": ["pebble_path", "juniper_jots", "sunday_swim", "tilted_tern", "quietharbour"],
    },
    {
        "author": "juniper_jots",
        "title": "Ten minutes of breathing before the afternoon",
        "days_ago": 24,
        "tags": ["Breathing and relaxation", "Stress"],
        "body": """
            I've started taking the first ten minutes of my lunch break in an empty classroom,
            sitting back in a chair with my head against the wall, doing slow breathing with my
            eyes closed.

            In through the nose, out slowly through the mouth, shoulders dropping a little more
            on each breath out. That's it.

            On the days I remember, my neck is noticeably calmer in the afternoon lessons. On
            the days I skip it to mark books, I pay for it by half past two.
        """,
        "views": 9,
        "helpful": ["lantern_moth", "pebble_path"],
    },
    {
        "author": "pebble_path",
        "title": "Notice the shoulders, then let them drop",
        "days_ago": 2,
        "tags": ["Stress", "Breathing and relaxation"],
        "body": """
            Six years of being told it was stress did teach me one useful thing, even if stress
            wasn't the cause.

            A few times a day, when I'm waiting for the kettle or a page to load, I notice my
            shoulders. Usually the left one is halfway to my ear. I breathe out slowly and let
            both of them drop, as if someone had put warm hands on them.

            It doesn't fix my neck. It does stop the ache from building on top of the pull, and
            I've set a gentle reminder on my phone so I don't forget.
        """,
        "views": 1,
        "helpful": ["sunday_swim"],
    },
    {
        "author": "sunday_swim",
        "title": "Swap the evening routine with your partner",
        "days_ago": 5,
        "tags": ["Partners and family", "Stress"],
        "body": """
            My neck is at its best in the morning and its worst from about five, which is exactly
            when dinner, bath and bedtime happen with a toddler.

            Someone here suggested swapping, so my partner and I tried it: he now does the
            evenings and I do the mornings, breakfast and nursery run and all. I still do the
            bedtime story, sitting on the sofa with my head against the back.

            After one week I feel more like the parent I want to be, and much less like I'm
            failing by seven o'clock. If your worst time is fixed, it's worth moving the jobs
            around it.
        """,
        "views": 3,
        "helpful": ["quietharbour", "lantern_moth", "willow_admin"],
    },
    # --- Stretching, physio and exercise --------------------------------------------------------
    {
        "author": "bramblebee",
        "title": "Stop the exercises while you still feel good",
        "days_ago": 26,
        "tags": ["Stretching", "Physiotherapy"],
        "body": """
            The hardest lesson of my physio homework: stop while it still feels good.

            On a good day I used to keep going, because I could. Then I'd pay for it with a
            pulling, aching evening and lose the next day too. Now I stop at the point where I
            feel I could easily do a bit more.

            Same with the rest of life: pacing the shopping, the garden, the housework in short
            spells with rests in between, instead of doing everything on the good day.

            Your physio can help you find your own limits. Mine suggested I start at half of
            what I thought I could manage, and build up slowly.
        """,
        "views": 10,
        "helpful": [
            "fern_and_fog",
            "oak_and_ash",
            "northpaw",
            "willow_admin",
            "slowkettle",
            "juniper_jots",
            "lantern_moth",
        ],
    },
    {
        "author": "bramblebee",
        "title": "Ask your physio for homework you can do in two minutes",
        "days_ago": 15,
        "tags": ["Physiotherapy", "Stretching"],
        "body": """
            I'm a great believer in physio homework, but a twenty-minute programme gets skipped
            on a busy day, and then the next, and then it's gone.

            So I asked my physio to give me a two-minute version as well: the three exercises
            that matter most for my neck. I do those every day, whatever happens, and the full
            programme when I can.

            Two minutes is short enough to do while the kettle boils. Ask your physio which of
            your exercises they'd keep if you could only keep three.
        """,
        "views": 7,
        "helpful": ["fern_and_fog"],
    },
    {
        "author": "willow_admin",
        "title": "Walk towards something: a focal point keeps my head straighter",
        "days_ago": 45,
        "tags": ["Walking", "Self-consciousness"],
        "body": """
            When I walk, my head tilts more if my eyes wander. So I pick a point straight ahead,
            at eye level and a good distance away: a lamppost, a gate, the corner of a building.
            I walk to it, then pick the next one.

            Keeping my eyes on something in front of me helps my head stay closer to the
            middle, and I feel less wobbly.

            It has a side effect I like: looking ahead rather than at my feet or at other
            people, I stop worrying about who's looking at me. I just look like someone who
            knows where she's going.
        """,
        "views": 10,
        "helpful": ["oak_and_ash", "marin_mod", "lantern_moth", "bramblebee", "slowkettle", "tilted_tern"],
    },
    {
        "author": "slowkettle",
        "title": "Sunglasses and a brim against glare",
        "days_ago": 7,
        "tags": ["Headaches", "Walking"],
        "body": """
            Bright sun makes me screw up my face and tip my head to get the light out of my
            eyes, and with retrocollis tipping my head is the last thing I need. By the end of a
            sunny walk I'd have a headache too.

            Now it's sunglasses and a wide-brimmed hat from spring onwards, even on days that
            don't look very bright. My face relaxes, my neck doesn't get drawn into squinting,
            and the walks are longer.
        """,
        "views": 4,
        "helpful": [],
    },
    {
        "author": "cobalt_heron",
        "title": "Backstroke with a float under your head",
        "days_ago": 30,
        "tags": ["Swimming and water"],
        "body": """
            Front crawl is hard on my neck, with all that turning to breathe. Backstroke with a
            small float tucked under the back of my head feels almost normal.

            The water holds me up, the float holds my head, and I can kick gently for twenty
            minutes. I come out looser than I went in.

            I started in the quiet lane at an off-peak time, so I didn't have to worry about
            bumping into people while I learned to steer without looking. Check with your physio
            if you're not sure what suits your neck.
        """,
        "views": 9,
        "helpful": ["sunday_swim", "bramblebee", "northpaw", "fern_and_fog", "lantern_moth", "oak_and_ash"],
    },
    {
        "author": "sunday_swim",
        "title": "A front snorkel means I can swim lengths without turning to breathe",
        "days_ago": 35,
        "tags": ["Swimming and water", "Stress"],
        "body": """
            Swimming was my thing before CD, and turning my head to breathe became impossible on
            bad days. A swimming snorkel, the kind that runs up the middle of your face rather
            than the side, gave me lengths back.

            My face stays down, my head stays in the middle, and I breathe without turning at
            all. It takes a session or two to get used to breathing through your mouth.

            Half an hour in the pool is the calmest part of my week, for my head as much as my
            neck. I asked at the pool first whether snorkels were allowed in the lanes.
        """,
        "views": 11,
        "helpful": [
            "cobalt_heron",
            "bramblebee",
            "northpaw",
            "fern_and_fog",
            "lantern_moth",
            "juniper_jots",
            "oak_and_ash",
            "marin_mod",
        ],
    },
    {
        "author": "oak_and_ash",
        "title": "A folded blanket under the head in lying-down poses",
        "days_ago": 19,
        "tags": ["Yoga and pilates", "Breathing and relaxation"],
        "body": """
            In my yoga class, the lying-down poses are the best part for me, but only once I
            learned to bring a blanket.

            Folded into a firm rectangle, a few centimetres thick, it goes under my head so my
            neck isn't left hanging back or twisted. Some days I need two folds, some days one.
            Then my neck can finally stop fighting, and the slow breathing at the end of the
            class does the rest.

            Tell your teacher about your neck; a good one will offer you alternatives without
            any fuss.
        """,
        "views": 8,
        "helpful": ["lantern_moth", "bramblebee", "slowkettle", "willow_admin", "sunday_swim", "fern_and_fog"],
    },
    {
        "author": "slowkettle",
        "title": "A handheld shower head, and wash your hair leaning forward",
        "days_ago": 47,
        "tags": ["Neck pain"],
        "body": """
            My neck pulls backwards, and tipping my head back under a fixed shower just
            encourages it. Hair washing used to leave me aching.

            A handheld shower head changed that. I wash my hair leaning forward, with one hand on
            the wall and the water where I need it. No tipping back at all.

            At the hairdresser, I ask to lean forward over the basin instead of back. It took me
            years to ask, and they've always been lovely about it.
        """,
        "views": 10,
        "helpful": ["oak_and_ash", "marin_mod", "willow_admin", "cobalt_heron", "quietharbour"],
    },
    # --- Relationships and carers ---------------------------------------------------------------
    {
        "author": "quietharbour",
        "title": "Carers: ask, then believe the answer",
        "days_ago": 33,
        "tags": ["Carers", "Partners and family"],
        "body": """
            When my wife's neck is bad, my instinct is to do everything for her. I learned here
            that it can make her feel like a patient instead of herself.

            So now I ask: "Do you want me to take the shopping, or would you rather?" And then
            I believe the answer, even when it's "I'll do it". On a good day, carrying it herself
            is proof that she still can.

            The other half, from her: help that's there without a fuss. A warm wheat bag left on
            the arm of the sofa, no sympathy face. After a week of asking instead of assuming,
            she said it felt like having her husband back rather than a nurse.
        """,
        "views": 11,
        "helpful": [
            "slowkettle",
            "willow_admin",
            "lantern_moth",
            "sunday_swim",
            "marin_mod",
            "oak_and_ash",
            "juniper_jots",
            "cobalt_heron",
            "bramblebee",
            "fern_and_fog",
        ],
    },
    {
        "author": "quietharbour",
        "title": "Learn a gentle shoulder massage before you try one",
        "days_ago": 20,
        "tags": ["Carers", "Neck pain"],
        "body": """
            My wife likes a gentle shoulder massage with her wheat bag in the evenings. I used
            to just rub and hope, and I was pressing far too hard.

            I did a short beginners' course online, and the main things I learned were to use
            the flat of my hand, to go slowly, and never to press on the neck itself or anywhere
            that hurts. Ten minutes is plenty.

            Ask first, and ask her physio if there's anything to avoid with her neck. She says
            it's the best present I've ever given her.
        """,
        "views": 7,
        "helpful": ["slowkettle", "willow_admin", "lantern_moth", "marin_mod"],
    },
    {
        "author": "cobalt_heron",
        "title": "Keep a one-line answer ready for “what's wrong with your neck?”",
        "days_ago": 13,
        "tags": ["Friends and social life", "Self-consciousness", "Telling colleagues"],
        "body": """
            Being asked used to catch me out, and I'd either mumble or give a lecture. Now I have
            answers ready, from shortest to longest:

            1. "It's a neurological thing. It's fine." (Strangers, bad days.)
            2. "It's called cervical dystonia: my brain sends my neck muscles the wrong
            signals." (Colleagues, acquaintances.)
            3. The full version, with treatment and the cycle. (People I trust.)

            Having the short one ready means I choose how much to share, rather than the person
            asking. That alone made me less anxious about being asked.
        """,
        "views": 8,
        "helpful": [
            "lantern_moth",
            "tilted_tern",
            "juniper_jots",
            "pebble_path",
            "marin_mod",
            "fern_and_fog",
            "northpaw",
        ],
    },
    {
        "author": "oak_and_ash",
        "title": "At the pub, sit so your friends are on your turning side",
        "days_ago": 9,
        "tags": ["Friends and social life", "Self-consciousness"],
        "body": """
            My chin drifts to the left. In a café or at the pub I used to end up twisted round
            to face whoever I was talking to, and aching by the time the second round arrived.

            Now I pick my seat first: friends to my left, a wall or a high-backed seat behind me
            if I can get one. I can look at people without fighting my neck, and I can rest my
            head back between conversations.

            My friends know the drill now and save me the corner seat.
        """,
        "views": 5,
        "helpful": ["lantern_moth", "willow_admin", "bramblebee"],
    },
    # --- Mood and newly diagnosed ---------------------------------------------------------------
    {
        "author": "lantern_moth",
        "title": "A “good things” note on my phone for low days",
        "days_ago": 15,
        "tags": ["Low mood"],
        "body": """
            On a bad day, everything feels like it has always been bad. So I keep a note on my
            phone called "good things", and add to it whenever something goes well: a day with
            no headache, a great evening with friends, finishing a walk I didn't think I could.

            On low days I read it back. It doesn't fix anything, but it reminds me that the bad
            day isn't the whole story.

            If the low days stack up, please talk to someone: your doctor, a friend, or people
            here. That helped me more than any note.
        """,
        "views": 7,
        "helpful": ["tilted_tern", "pebble_path", "slowkettle", "bramblebee", "juniper_jots"],
    },
    {
        "author": "willow_admin",
        "title": "In the first weeks, write questions down instead of searching at 2am",
        "days_ago": 12,
        "tags": ["First weeks", "Questions to ask"],
        "body": """
            Almost everyone here was newly diagnosed once, and almost everyone spent the first
            weeks reading frightening things online in the small hours.

            What I suggest to new members: keep a list instead. Every time a worry comes up,
            write it down as a question for your neurologist or nurse, and close the browser.
            Bring the list to your appointment.

            Your questions get answered by someone who knows your neck, and the worry has
            somewhere to go that isn't three more hours of searching. This forum is good for
            "what was it like for you?" and your clinic for "what does it mean for me?"
        """,
        "views": 7,
        "helpful": ["tilted_tern", "pebble_path", "marin_mod", "sunday_swim", "lantern_moth"],
    },
]

THREAD_TAGS = {
    # --- Discussions ----------------------------------------------------------------------------
    "Hello from someone diagnosed three weeks ago": ["First weeks"],
    "Partner here, hoping that's allowed": ["Carers", "Partners and family"],
    "Saying hello properly, a few weeks late": ["Driving", "Work adjustments"],
    "What should I ask at my first injection appointment?": ["Questions to ask", "Injection cycle", "First weeks"],
    "Six years of “it's just stress”. Does this sound familiar?": ["Stress", "Sensory tricks"],
    "How long did it take you to get a diagnosis?": ["First weeks"],
    "Diagnosed today. Honestly not sure how I feel": ["First weeks", "Low mood"],
    "The week-ten slump: how do you cope with wearing off?": ["Wearing-off", "Injection cycle", "Appointments"],
    "Anterocollis and injections: deep muscles, EMG, ultrasound?": ["Injection cycle", "Questions to ask"],
    "Ten years after deep brain stimulation: my honest experience": ["Questions to ask"],
    "Tried an anticholinergic tablet. Side effects were rough": ["Driving"],
    "First injections done! Notes for anyone who's nervous": ["Injection cycle", "First weeks", "Cold packs"],
    "Sensory tricks: share yours": ["Sensory tricks", "Geste antagoniste"],
    "Physio exercises that helped (and ones that didn't)": ["Physiotherapy", "Stretching"],
    "Gentle yoga with a contrary neck": ["Yoga and pilates", "Breathing and relaxation", "Self-consciousness"],
    "Anyone else feel worse after the gym?": ["Swimming and water", "Walking", "Physiotherapy"],
    "Small gadgets that make life easier": ["Reading and screens", "Heat"],
    "Driving with CD: blind spots and long journeys": ["Driving", "Work adjustments", "Sensory tricks"],
    "Pillows. Just... pillows.": ["Pillows", "Sleep positions"],
    "Heat or cold? What's your pain routine?": ["Heat", "Cold packs", "Neck pain"],
    "The desk set-up that finally stopped my afternoon spiral": ["Desk set-up", "Work adjustments"],
    "Evenings are the worst, and that's when my toddler needs me most": ["Partners and family", "Neck pain"],
    "Telling my head of department (and my students)": ["Telling colleagues", "Work adjustments", "Wearing-off"],
    "How do I help without hovering?": ["Carers", "Partners and family"],
    "Dating with CD: when do you mention it?": ["Friends and social life", "Self-consciousness"],
    "What do you say when people ask “what's wrong with your neck?”": [
        "Self-consciousness",
        "Friends and social life",
        "Telling colleagues",
    ],
    "Things I wish I'd known in year one": ["First weeks", "Appointments"],
    "Small wins thread: tell us something good": ["Low mood"],
    "Rough week, just need to say it somewhere": ["Low mood", "Wearing-off", "Self-consciousness"],
    "Is it normal to grieve the “old” neck?": ["Low mood", "First weeks"],
    "Reading research headlines without getting whiplash": ["Stress"],
    "Has anyone taken part in a research study or registry?": ["Questions to ask"],
    "Longer-lasting injections: has your neurologist mentioned anything?": ["Injection cycle"],
    # --- Stories --------------------------------------------------------------------------------
    "Twelve years of tilting, and how I got here": ["Sensory tricks", "Injection cycle"],
    "Twenty-odd years, a locum doctor and a lot of wheat bags": ["Heat", "Sensory tricks"],
    "Backwards, and then slowly forwards: my road to DBS": ["Questions to ask", "Neck pain"],
    "Eleven years of “just a tremor”": ["Self-consciousness", "Physiotherapy"],
    "Eight years of injections, and the notebook that changed my appointments": ["Appointments", "Injection cycle"],
    "Anxiety, a trapped nerve, then anxiety again": ["Stress", "Partners and family"],
    "Nine years, read with one eyebrow raised": ["Appointments", "Swimming and water"],
    "Fifteen years of “nerves” before anyone said dystonia": ["Stress", "Sensory tricks"],
    "Her story, written together at the kitchen table": ["Carers", "Partners and family"],
    "Anterocollis, or a designer's neck that wants to look down": ["Desk set-up", "Work adjustments"],
    "Teaching through the week-ten slump": ["Wearing-off", "Telling colleagues"],
    "The injections didn't suit me, and that was not the end of the road": ["Questions to ask", "Neck pain"],
    "Five years behind the wheel with a head that says no": ["Driving", "Work adjustments"],
    "Sixteen, and told to stand up straight": ["Self-consciousness", "Low mood"],
    "Six years of “just stress”, and then a name": ["Stress", "First weeks"],
    "One year from “slept funny” to my first injections": ["First weeks", "Injection cycle"],
}
