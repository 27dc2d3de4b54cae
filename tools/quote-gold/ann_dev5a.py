# Hand annotations for dev5a (items 300-319 of the sampler's shuffled list,
# i.e. sample_part(300, 320); 1-30 dev, 31-60 test, 61-100 dev2, 101-140 dev3,
# 261-300 dev4). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run.
# Decisions beyond README.md:
#  * 13113: `"We have no objection to Soriano buying the "B" shares," Diaz told
#    Reuters.` -- the inner "B" marks (4112, 4114) sit inside one quote, so the
#    quote is ONE span given by explicit offsets (4069, 4123), containing the
#    inner marks (as the stray mark in dev4 10031); pairs 6/7 are not used.
#    The share-class names "A" and "B" (pairs 4, 5) are not_quotes.
#  * 13113: `His petition said UCPB's plans ... were "a serious breach of
#    fiduciary duties."` -- a document, attributed to the petitioner who filed
#    it, "Eduardo Cojuangco" (guideline 5, documents): partial.
#  * 13113: the San Miguel Corp statement quotes (pairs 1, 2) -> "San Miguel
#    Corp", the issuer; "A San Miguel spokesman ... adding: "..."" (pair 3) ->
#    "San Miguel", the nearest named affiliation as the attribution names it
#    (dev4 14339 "a CBT official" -> "CBT"; dev3 11628 per-sentence naming).
#  * 15509: `told Al-Rai al-Aam newspaper Moscow "will answer back ..."` fills
#    the predicate slot of the writer's reported clause: partial,
#    "Alexander Ivanov" (the named official; the paper is not the speaker).
#  * 14615: `Brodersohn said that since there "has been progress. I'd say ..."`
#    opens mid-clause and runs on into a full sentence: one quote, partial
#    (as dev 18070, Irwin Jacobs).
#  * 468: `he told the ... Association "We are looking ..."` and `He said
#    "there are times ..."` follow bare frames: direct (the second starts in
#    lower case, as dev4 9699 Florakis). `had the attitude "that if we ..."`
#    is the complement of writer's noun: partial.
#  * 17632: `Despite the low risk of contracting, the group said, "Hospital
#    workers ..."` comes right after the bare frame "the group said,": direct,
#    although the sentence opens with writer's words. Speaker "American
#    Hospital Association" (the article also has the typo "Americal").
#  * 997: `It said the fighting was "quelled"` -- a single word given to the
#    company as predicate in its reported speech: partial (guideline 6),
#    "Gold Fields of South Africa Ltd".
#  * 9057: `Jaguar said it has a "substantial waiting list"` -> partial,
#    "Jaguar Cars Inc" (the fullest name of the company that said it).
#  * 11192: the product name "docuFORUM" is a not_quote.
#  * 1956: `Shad said in his statement` -> the person, "John Shad".
A = "anonymous"
DEV5A = {
 2341:  [("q",0,"direct","Giovanni Goria"), ("q",1,"direct","Giovanni Goria")],
 15509: [("q",0,"partial","Alexander Ivanov")],
 1956:  [("q",0,"direct","Edward Markey"), ("q",1,"direct","Edward Markey"),
         ("q",2,"direct","Edward Markey"), ("q",3,"direct","John Shad"),
         ("q",4,"direct","Mathew Rinaldo")],
 468:   [("q",0,"direct","H.W. Lichtenberger"), ("q",1,"partial","H.W. Lichtenberger"),
         ("q",2,"direct","H.W. Lichtenberger")],
 14615: [("q",0,"direct","Mario Brodersohn"), ("q",1,"partial","Mario Brodersohn")],
 1368:  [("q",k,"direct","Apolonio Ruiz Ligero") for k in range(5)],
 11192: [("n",0)],
 1173:  [("q",0,"direct","David Mulford"), ("q",1,"direct","David Mulford")],
 2411:  [("q",0,"direct","Robert Korthals")],
 7235:  [("q",0,"partial","James E. Olson"), ("q",1,"partial","James E. Olson"),
         ("q",2,"partial","James E. Olson")],
 997:   [("q",0,"partial","Gold Fields of South Africa Ltd")],
 9057:  [("q",0,"partial","Jaguar Cars Inc")],
 233:   [("q",0,"direct","Robert Bretz")],
 13113: [("q",0,"partial","Eduardo Cojuangco"), ("q",1,"direct","San Miguel Corp"),
         ("q",2,"direct","San Miguel Corp"), ("q",3,"direct","San Miguel"),
         ("n",4), ("n",5), ("q",(4069,4123),"direct","Ramon Diaz"),
         ("q",8,"direct","Ramon Diaz")],
 17632: [("q",0,"partial","American Hospital Association"),
         ("q",1,"direct","American Hospital Association")],
 6349:  [("q",0,"direct","Jorio Dauster")],
 16096: [("q",0,"direct","Martin Davis"), ("q",1,"direct","Martin Davis")],
 3592:  [("q",0,"direct","A. Malachi Mixon III")],
 3125:  [("q",0,"direct","President Reagan")],
 7654:  [("q",0,"direct","Jacques Chirac")],
}
