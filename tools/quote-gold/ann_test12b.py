# Hand annotations for test12b (items 1941-1960 of the sampler's shuffled list,
# sample_part(1940, 1960)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond the guidelines:
#  * 16495: the commission's report is never given a proper name ("A commission
#    set up to unravel the affairs of debt-ridden Air Lanka", "The panel",
#    "the commission", "The report"); its quotes go to the issuer as the
#    article names it, "commission" (as dev6a 16782 "British parliamentary
#    report"; null/anonymous would be defensible). `amassed losses ... in "the
#    most devastating financial tragedy" in Sri Lankan commercial history`
#    (the report's own words, repeated in pair 3) and `reports to Jayewardene
#    "blurred" its true financial health` (a word of the reported statement,
#    as dev10b 10143 "promptly") -> partial; `recommended that its findings
#    should be passed "to the law officers ..."` -> partial.
#  * 9910: `"The borrower says to himself, "Well I can travel economy or I can
#    travel first class,'" he said.` -- the mark at 2247 is a double mark typed
#    for the single inner opening (closed by ' at 2302); it stays inside the one
#    quote (2217, 2303), guideline 7: direct, "a dealer at a small foreign bank"
#    (bank not named) -> null/anonymous. Every later pair index is shifted, so
#    `Sibson defended the new rules saying "We have to steer ..."` is explicit
#    offsets (2356, 2498): bare frame "saying": direct, "Christopher Sibson".
#  * 11360: `Funds will come from savings and fixed deposit accounts, "but just
#    how much will depend on the bond yields," Loh told Reuters.` -- follows
#    writer's words in the same sentence: partial (as dev10a 5112), "Loh Hoon
#    Sun".
#  * 15052: `"The total value of the sales to date," Machold said, "are about
#    ..."` -- one sentence broken by the attribution; both halves direct
#    (the first half is the start of the quoted sentence, not a fragment in the
#    writer's sentence), "Roland Machold".
#  * 15054: `told reporters after the annual meeting that "I would hope ..."`
#    fills the that-clause although it holds full sentences: partial (as dev11a
#    3983), "William James" ("Chief executive" dropped).
#  * 10743: `"With the abundance ..." he said` -- "he" is Zhang Yan (quoted by
#    the New China News Agency; the person, guideline 5), not Yang Jike.
#  * 12800: the attribution misspells "Yuetter"; the fullest name given is
#    "Clayton Yeutter". 1897: Nickles's letter -> the person, "Don Nickles".
#    2503: "Lyng said in a statement" -> "Richard Lyng".
#  * 2182: "one arbitrager" (three times), "one analyst" -> null/anonymous.
#  * 15227: `said the ruling ... was incorrect and "seriously questionable ..."`
#    -> partial, "Atcor Inc".
A = "anonymous"
TEST12B = {
 4475:  [("q",0,"direct","Joe Riccardo")],
 16495: [("q",0,"partial","commission"), ("q",1,"partial","commission"),
         ("q",2,"direct","commission"), ("q",3,"direct","commission"),
         ("q",4,"direct","commission"), ("q",5,"direct","commission"),
         ("q",6,"partial","commission")],
 2182:  [("q",0,"direct",None,A), ("q",1,"direct",None,A),
         ("q",2,"direct",None,A), ("q",3,"direct",None,A)],
 11360: [("q",0,"partial","Loh Hoon Sun")],
 15052: [("q",0,"direct","Roland Machold"), ("q",1,"direct","Roland Machold"),
         ("q",2,"direct","Roland Machold"), ("q",3,"direct","Roland Machold")],
 1720:  [("q",0,"direct","John Crow"), ("q",1,"direct","John Crow")],
 9910:  [("q",0,"direct","Christopher Sibson"), ("q",1,"direct","Christopher Sibson"),
         ("q",2,"direct",None,A), ("q",(2217,2303),"direct",None,A),
         ("q",(2356,2498),"direct","Christopher Sibson")],
 10743: [("q",0,"direct","Zhang Yan"), ("q",1,"direct","Tian Jiyun")],
 12800: [("q",0,"direct","Clayton Yeutter"), ("q",1,"direct","Clayton Yeutter"),
         ("q",2,"direct","Clayton Yeutter"), ("q",3,"direct","Clayton Yeutter"),
         ("q",4,"direct","Clayton Yeutter")],
 15420: [("q",i,"direct","Vladmir Vladiminovich Semenovich") for i in range(7)],
 15985: [("q",0,"direct","Gene Herbert"), ("q",1,"direct","Gene Herbert"),
         ("q",2,"direct","Tim Cohen")],
 7254:  [("q",0,"direct","Ronald Allen")],
 17743: [("q",0,"partial","Donald Weber")],
 5522:  [("q",0,"direct","James Baker"), ("q",1,"partial","James Baker")],
 2503:  [("q",0,"partial","Richard Lyng"), ("q",1,"direct","Richard Lyng"),
         ("q",2,"direct","Richard Lyng")],
 8860:  [("q",0,"direct","James Baker"), ("q",1,"direct","James Baker"),
         ("q",2,"partial","James Baker"), ("q",3,"partial","James Baker"),
         ("q",4,"direct","James Baker"), ("q",5,"direct","James Baker")],
 15459: [("q",0,"direct","Joe Barton"), ("q",1,"direct","Joe Barton")],
 15227: [("q",0,"partial","Atcor Inc")],
 1897:  [("q",0,"direct","Don Nickles"), ("q",1,"direct","James Baker")],
 15054: [("q",0,"partial","William James"), ("q",1,"direct","William James")],
}
