"""The fixed answers a story's structured details can take: (value, label)."""

POSTURES = [
    ("torticollis", "Torticollis (head turns)"),
    ("laterocollis", "Laterocollis (head tilts to one side)"),
    ("anterocollis", "Anterocollis (head pulls forward)"),
    ("retrocollis", "Retrocollis (head pulls back)"),
    ("shoulder_elevation", "Shoulder elevation"),
    ("tremor", "Head tremor"),
    ("jaw", "Jaw involvement"),
]
MISDIAGNOSES = [
    ("arthritis", "Arthritis"),
    ("stress_anxiety", "Stress or anxiety"),
    ("muscle_strain", "Muscle strain"),
    ("posture", "Poor posture"),
    ("spine", "Spine or vertebrae"),
    ("other", "Something else"),
]
DIAGNOSED_BY = [
    ("gp", "GP or family doctor"),
    ("neurologist", "Neurologist"),
    ("movement_specialist", "Movement-disorder specialist"),
    ("pain_specialist", "Pain specialist"),
    ("other", "Someone else"),
]
TREATMENTS = [
    ("botulinum_toxin", "Botulinum toxin injections"),
    ("physical_therapy", "Physical therapy"),
    ("oral_medication", "Oral medication"),
    ("dbs", "Deep brain stimulation"),
    ("acupuncture", "Acupuncture"),
    ("yoga_stretching", "Yoga or stretching"),
    ("massage", "Massage"),
    ("other", "Something else"),
]
RESPONSES = [
    ("much_better", "Much better"),
    ("somewhat_better", "Somewhat better"),
    ("no_change", "No change"),
    ("worse", "Worse"),
    ("too_early", "Too early to tell"),
]
# Bands of years from first symptoms to diagnosis: (value, label, lowest, highest or None).
DIAGNOSIS_BANDS = [
    ("under_1", "Under a year", 0, 0),
    ("1_2", "1–2 years", 1, 2),
    ("3_5", "3–5 years", 3, 5),
    ("6_10", "6–10 years", 6, 10),
    ("over_10", "More than 10 years", 11, None),
]
EARLIEST_ONSET_YEAR = 1900
MAX_YEARS_TO_DIAGNOSIS = 80
