# Hand annotations for dev8a (items 420-439 of the sampler's shuffled list,
# sample_part(420, 440)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond README.md:
#  * 14293: `Bangemann said that as far as the call ... was concerned --` and
#    then a new paragraph `"The government points out that ... endangered."`.
#    The quote completes the writer's "said that ..." sentence (it fills the
#    slot of the that-clause after a dash), so it does not begin a sentence of
#    the article and the frame is not bare: partial by the positional rule,
#    although it is a full sentence on its own paragraph (debatable; direct
#    would also be defensible). The statement is Bangemann's ("In a statement
#    ..., Bangemann said") -> "Martin Bangemann" (as dev5a 1956 Shad), not the
#    government/ministry. `Bangemann said "The government, ..."` -> direct.
#  * 16561: `production targets for "strategic commodities" such as rice and
#    sugar` -- a policy category term glossed by the writer ("such as ..."),
#    not an evaluative word of Affandi's: not_quote (as dev6b 7519 "super
#    giants"; a partial reading as dev4 6059 "credit" is possible).
#    `because of "over-production ..."` (adverbial after "because") -> partial.
#    The written remarks quoted after `said,` -> direct, "Achmad Affandi".
#  * 16580: `The company, which had previously projected "substantial losses"`
#    -- the object of the company's own verb: partial, "Aca Joe Inc" (as
#    dev5a 9057 "substantial waiting list").
#  * 6585: `He added that ... made him "a bit encouraged"` -- "He" is the
#    chairman named in the previous paragraphs, "Chairman Sir Philip
#    Shelbourne"; the honorific "Sir" is dropped with the title: "Philip
#    Shelbourne". Partial.
#  * 9079: the Senate resolution (a document) and "The Senate said ..." ->
#    "Senate" (the article never writes "U.S. Senate" in the text; only the
#    title has it). `It would be "blatantly inconsistent" ...` starts the
#    sentence but is a predicate fragment: partial; likewise "have a
#    restrictive effect" and "constitute another egregious attempt".
#  * 9499: "a commerce ministry spokeswoman" -> "commerce ministry" (nearest
#    named affiliation, as the attribution spells it).
#  * 2350: `"You'd certainly be more inclined ..."` has no attribution of its
#    own; it follows "Slifer sees ..." in the same paragraph: "Stephen
#    Slifer", direct. `Because of ..., Brusca said "I'm not ..."` -> bare frame
#    after a fronted adverbial: direct (as dev5b 5996).
#  * 13243, 17602: `adding, "There's ..."` / `adding, "If we ..."` are bare
#    frames: direct. Speakers without titles: "Samuel Heyman" (GAF chairman),
#    "Gordon Cain" (Chairman), "William Jacobi" (the text's typo "soid" is the
#    verb, not part of the name).
#  * 15038: quotes given in an interview with the New York Times -> the person,
#    "Wayne Angell"; `and that "anyone who should suggest" there is one "might
#    be reaching pretty far."` -> two partial quotes.
#  * 17335: the speaker is spelled in lower case as in the article, "manuel
#    azpurua" (as README "arturo hernandez grisanti").
#  * 16445: both Keswick quotes fill slots of the writer's sentence (predicate
#    after "said the U.K. Market", object of "that"): partial.
A = "anonymous"
DEV8A = {
 17335: [("q",0,"direct","manuel azpurua")],
 8463:  [("q",0,"direct","Fereidun Fesharaki")],
 13243: [("q",0,"direct","Paul Oreffice"), ("q",1,"direct","Paul Oreffice"),
         ("q",2,"direct","Paul Oreffice"), ("q",3,"direct","John Dosher"),
         ("q",4,"direct","John Dosher"), ("q",5,"direct","Samuel Heyman"),
         ("q",6,"direct","Samuel Heyman"), ("q",7,"direct","Gordon Cain")],
 16445: [("q",0,"partial","Simon Keswick"), ("q",1,"partial","Simon Keswick")],
 17817: [("q",0,"direct","Michio Takeuchi"), ("q",1,"direct","Michio Takeuchi"),
         ("q",2,"direct","Michio Takeuchi")],
 16561: [("q",0,"direct","Achmad Affandi"), ("n",1),
         ("q",2,"partial","Achmad Affandi")],
 14293: [("q",0,"partial","Martin Bangemann"), ("q",1,"direct","Martin Bangemann")],
 16580: [("q",0,"partial","Aca Joe Inc")],
 1808:  [("q",0,"direct","John Kaputin"), ("q",1,"direct","John Kaputin")],
 2350:  [("q",0,"direct","Ward McCarthy"), ("q",1,"direct","Stephen Slifer"),
         ("q",2,"direct","Ward McCarthy"), ("q",3,"direct","Stephen Slifer"),
         ("q",4,"direct","Robert Brusca")],
 9079:  [("q",0,"direct","Senate"), ("q",1,"partial","Senate"),
         ("q",2,"partial","Senate"), ("q",3,"partial","Senate")],
 17602: [("q",0,"direct","William Jacobi"), ("q",1,"direct","William Jacobi")],
 16487: [("q",0,"direct","Norman Geary")],
 6585:  [("q",0,"partial","Philip Shelbourne")],
 15038: [("q",0,"direct","Wayne Angell"), ("q",1,"direct","Wayne Angell"),
         ("q",2,"partial","Wayne Angell"), ("q",3,"partial","Wayne Angell")],
 221:   [("q",k,"direct","Jaime Ongpin") for k in range(5)],
 4707:  [("q",0,"direct","Bruce Smart")],
 9499:  [("q",0,"direct","commerce ministry")],
 11736: [("q",0,"direct","Jose Fernandez")],
 1770:  [("q",k,"direct","Subroto") for k in range(4)],
}
