# Hand annotations for test12c (items 1961-1980 of the sampler's shuffled list,
# sample_part(1960, 1980)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 11698: `Stoltenberg told journalists ... that: "The ... Strategy ... future
#    developments."` -- the colon sets the full, capitalised sentence apart as
#    the utterance (as `said: "..."`), so direct despite the "that"; "Gerhard
#    Stoltenberg".
#  * 6334: `"And if things turned sour, they could turn very sour," a source
#    quoted them as saying.` -- the source relays Baker's and Volcker's words
#    "as saying" (as a paper quoting a person -> the person); joint speakers
#    recorded as the first-named, "James Baker" (as dev6b 13498, dev10b 1593).
#    "a Wright aide" -> "Jim Wright" (dev15a 17691, an aide to a named person);
#    `Wright ... "is concerned about ..." said an aide, who asked not to be
#    named` -- the attribution names no affiliation: null/anonymous, partial
#    (predicate slot). `Shultz is being advised the "Baker plan is going through
#    a rough patch"` -- unnamed advisers: partial, null/anonymous. "one
#    participant at the meeting", "one source at the meeting":
#    null/anonymous. `would be a "struggle"` -> partial, "Paul Volcker" ("The
#    central banker").
#  * 5139: `what some delegates called a "pre-compromise"` and 6783: `what it
#    calls a "five-day letter,"` -- object of "call", given to the caller
#    (dev6b 4866, dev9b 5650): partial; null/anonymous and "United Auto
#    Workers" (the union's fullest name; all UAW statements in 6783 go to it,
#    the spokesman's named quotes to "Reginald McGhee"). `"At this point, it's
#    too early to say" whether the plant will be struck, McGhee said` -- a
#    clause beginning the sentence, continued by the writer: direct (dev10b 7149).
#  * 13848: `urging "comprehensive" negotiations` and `endorse a
#    "comprehensive" negotiation, which is interpreted as ...` -- attributive
#    modifier / term inside the writer's noun phrase: not_quotes.
#  * 3444: `talks ... with "various parties" that it did not identify` -- the
#    company's own phrase, object in its reported speech: partial, "ChemLawn
#    Corp" (a scare-quote not_quote reading would be defensible).
#  * 1926: `a pattern termed, by one analyst, as "typical"` -> partial,
#    null/anonymous; `is a "minor positive development," analyst Martin Ziegler
#    said` -> predicate: partial.
#  * 1802: the Ecu `"basket"` -- a label: not_quote; no quotation.
#  * 15604: "one Commission official" -> "EC Commission" (the article names it
#    "EC Commission"); "one diplomat who declined to be named" and "said one"
#    (one of the diplomats) -> null/anonymous.
#  * 6766: `he said recent figures showed ... in the fourth quarter of 1986,
#    "Not enough to sustain employment growth."` -- a fragment appended to the
#    writer's sentence: partial (as dev10a 5112); "Beryl Sprinkel".
#  * 18862: `He said the company's business in Europe "remains fairly firm."`
#    -- "He" is President Frederick Wang: partial, "Frederick Wang".
#  * 4735: quotes via Le Monde -> the person, "Jacques Delors".
#  * 5690: `he said "they don't have the energy ... (value added tax),"
#    which he also opposes` -- bare frame, clause: direct (lower-case start).
A = "anonymous"
TEST12C = {
 16176: [("q",0,"direct","Harvey Kapnick"), ("q",1,"direct","Harvey Kapnick")],
 22:    [("q",0,"partial","Brown-Forman Inc")],
 1926:  [("q",0,"partial","Martin Ziegler"), ("q",1,"partial",None,A)],
 3444:  [("q",0,"partial","ChemLawn Corp")],
 14322: [("q",0,"direct","Fritz Haser"), ("q",1,"direct","Jorge Braga de Macedo"),
         ("q",2,"direct","Pedro Ferraz da Costa")],
 1802:  [("n",0)],
 7173:  [("q",0,"partial","Alexis Lautenberg"), ("q",1,"partial","Alexis Lautenberg"),
         ("q",2,"partial","Alexis Lautenberg"), ("q",3,"direct","Alexis Lautenberg")],
 5139:  [("q",0,"partial",None,A), ("q",1,"direct",None,A)],
 6783:  [("q",0,"direct","Reginald McGhee"), ("q",1,"partial","United Auto Workers"),
         ("q",2,"direct","Reginald McGhee"), ("q",3,"partial","United Auto Workers")],
 2670:  [("q",0,"direct","Andrew Procassini"), ("q",1,"direct","Michael Gumport")],
 4735:  [("q",0,"direct","Jacques Delors"), ("q",1,"direct","Jacques Delors")],
 18862: [("q",0,"direct","Ian Diery"), ("q",1,"partial","Frederick Wang")],
 13848: [("n",0), ("q",1,"direct","Allen Wallis"), ("n",2)],
 11698: [("q",0,"direct","Gerhard Stoltenberg"), ("q",1,"direct","Gerhard Stoltenberg"),
         ("q",2,"direct","Gerhard Stoltenberg")],
 15604: [("q",0,"direct",None,A), ("q",1,"direct","EC Commission"),
         ("q",2,"direct",None,A)],
 6766:  [("q",0,"direct","Beryl Sprinkel"), ("q",1,"direct","Beryl Sprinkel"),
         ("q",2,"partial","Beryl Sprinkel"), ("q",3,"direct","Beryl Sprinkel"),
         ("q",4,"direct","Beryl Sprinkel"), ("q",5,"partial","Beryl Sprinkel"),
         ("q",6,"partial","Beryl Sprinkel"), ("q",7,"direct","Beryl Sprinkel"),
         ("q",8,"partial","Beryl Sprinkel")],
 15852: [("q",0,"direct","Richard Flamson")],
 5690:  [("q",0,"direct","Dan Rostenkowski"), ("q",1,"direct","Dan Rostenkowski"),
         ("q",2,"direct","Dan Rostenkowski"), ("q",3,"direct","Dan Rostenkowski")],
 6334:  [("q",0,"direct",None,A), ("q",1,"direct","James Baker"),
         ("q",2,"partial","Paul Volcker"), ("q",3,"direct",None,A),
         ("q",4,"direct","James Baker"), ("q",5,"direct","Jim Wright"),
         ("q",6,"partial",None,A), ("q",7,"partial",None,A)],
 5183:  [("q",0,"direct","James Miller"), ("q",1,"partial","James Miller")],
}
