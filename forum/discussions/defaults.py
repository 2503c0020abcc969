"""The categories every Stillpoint starts with: (slug, name, description)."""

DEFAULT_CATEGORIES = [
    (
        "introductions",
        "Introductions",
        "Say hello, tell us a little about yourself, and meet others who understand.",
    ),
    (
        "newly-diagnosed",
        "Newly diagnosed",
        "Just diagnosed, or still looking for answers? Ask anything: every question is welcome here.",
    ),
    (
        "treatments",
        "Botulinum toxin and other treatments",
        "Injections and the injection cycle, medications, deep brain stimulation and what else people have tried.",
    ),
    (
        "physical-therapy",
        "Physical therapy and exercise",
        "Stretches, strengthening, sensory tricks, retraining and staying active.",
    ),
    (
        "pain-daily-life",
        "Pain and daily life",
        "Managing pain, sleep, fatigue, housework, driving and the small things that make a day easier.",
    ),
    (
        "work-relationships",
        "Work and relationships",
        "Jobs, adjustments at work, family, friends, partners and explaining CD to others.",
    ),
    (
        "emotional-support",
        "Emotional support",
        "For hard days and good ones. Anxiety, low mood, frustration and hope all belong here.",
    ),
    (
        "research-news",
        "Research and news",
        "New studies, trials and news about dystonia, and what they might mean for us.",
    ),
]
