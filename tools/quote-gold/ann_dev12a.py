# Hand annotations for dev12a (items 701-720 of the sampler's shuffled list,
# sample_part(700, 720)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 4737: broken marks (guideline 7). `he said. "We must support the armed
#    forces...They, too, should support you.` opens at 1352 and is never
#    closed (the next paragraph does not reopen a quote but begins with the
#    writer's `Khomeini said there should not be "one faction ..."`): the quote
#    ends at the end of its sentence/paragraph, (1353, 1418), direct (after
#    "he said."; no own attribution, as dev10a 3248). The mark at 1457 then
#    opens `"one faction on one side ... armed forces."` closed at 1624: (1458,
#    1624), partial (slot of the writer's "there should not be"), as dev11b
#    14555. `foreign powers aimed to "smash Islam...And destroy every one of
#    us."` and `a "religious duty"` are partial. `It quoted Khomeini as
#    saying: "..."` (Tehran radio quoting him) -> the person (guideline 5),
#    direct. All "Ruhollah Khomeini" ("Ayatollah" dropped).
#  * 8027: `"Fernandez said that ... resolution," the statement said.` -- the
#    statement's own words (Fernandez in the third person) -> the issuer as the
#    article names it, "central bank" ("A central bank statement"; as dev10a
#    15851 "presidential palace"; "Philippine central bank" would also be
#    defensible); direct. `It said ... the negotiations collapsed "because of
#    certain legal impediments."` ("It" = the statement) -> partial, "central
#    bank". `The central bank statement quoted Fernandez as stressing that
#    Pacific Bank was "repeatedly given notice ..."` -> the person quoted via
#    the statement (dev11b 13087), partial, "Jose Fernandez". `filed "within
#    the week"` -> partial, "Raul Gonzalez" ("Ombudsman" dropped); his
#    resolution (`Gonzalez wrote`) -> direct, "Raul Gonzalez".
#  * 9711: `EMS-style "grid"` -- a jargon term of the writer's: not_quote.
#  * 7507: `since the "Uruguay round" talks` -- a name: not_quote. `one aim was
#    to "instil ..."` and `as well as preventing "bush fires ..."` (Moore's
#    stated aims, objects in the writer's sentences) -> partial, "Mike Moore".
#  * 10325: `GAF emphasized "the amicable nature of the proposed transaction,"`
#    (from its letter -> the issuer) -- object of "emphasized": partial, "GAF
#    Corp".
#  * 17737: `the weakening of the dollar ... is a "bottleneck ..."` (predicate)
#    and `military conflicts "which were imposed on Israel," he said` (a
#    relative clause completing the writer's noun phrase, as dev10a 7853) ->
#    partial, "Gad Yaacobi".
#  * 3415: `Metzenbaum ... had asked why the department was not acting against
#    "what appears to be ..."` -> partial, "Howard Metzenbaum" ("panel
#    Chairman" dropped).
#  * 8954: `Baker also noted the nations agreed in the accord to "co-operate
#    ..."` -- the accord's words, given by the text as Baker's noting -> the
#    reporter of the words, "James Baker" (guideline 5, Baker/Reagan; the
#    accord's parties, "nations", would be defensible), partial. `He added that
#    ... Paul Volcker has also "been very outspoken"` -> Baker's words about
#    Volcker: partial, "James Baker". `tended "to draw unwarranted inferences
#    ..."` partial.
#  * 11802: "A spokeswoman" / "She", following Anthony S. Fauci's National
#    Institute of Allergy and Infectious Disease ("the government will begin
#    testing") -> the nearest named affiliation, "National Institute of Allergy
#    and Infectious Disease" (as dev10a 17920 "Stockholm bourse"; null/anonymous
#    would be defensible). `the study will be "small"` and `will be
#    "expedited"` are predicates of her reported speech: partial (not scare
#    quotes). `Lippa expects to "easily spend" five to 10 mln dlrs` -> partial,
#    "Arnold Lippa".
#  * 4730: the article names him only as "President Reagan"/"He" -> "President
#    Reagan" (as dev10a 1642).
#  * 4375: "The short VW statement said, "..."" -> the issuer, "Volkswagen AG";
#    direct (bare frame). 13100: the Chamber's statement, the second pair with
#    no attribution of its own following the first -> "Chamber of Mines",
#    direct.
#  * 7213: a speech prepared for delivery -> the person, "Derrick Holden-Brown".
A = "anonymous"
DEV12A = {
 9711:  [("q",0,"direct","Hikmat Nashashibi"), ("n",1),
         ("q",2,"direct","Hikmat Nashashibi")],
 18829: [("q",0,"direct","William Reynolds"), ("q",1,"direct","William Reynolds")],
 10325: [("q",0,"partial","GAF Corp")],
 17737: [("q",0,"direct","Gad Yaacobi"), ("q",1,"partial","Gad Yaacobi"),
         ("q",2,"partial","Gad Yaacobi")],
 3415:  [("q",0,"direct","Charles Rule"), ("q",1,"partial","Howard Metzenbaum")],
 7507:  [("q",0,"direct","Mike Moore"), ("q",1,"direct","Mike Moore"),
         ("q",2,"direct","Mike Moore"), ("n",3),
         ("q",4,"partial","Mike Moore"), ("q",5,"partial","Mike Moore")],
 4737:  [("q",0,"partial","Ruhollah Khomeini"), ("q",1,"direct","Ruhollah Khomeini"),
         ("q",2,"partial","Ruhollah Khomeini"), ("q",3,"direct","Ruhollah Khomeini"),
         ("q",(1353,1418),"direct","Ruhollah Khomeini"),
         ("q",(1458,1624),"partial","Ruhollah Khomeini")],
 3283:  [("q",k,"direct","Rilwanu Lukman") for k in range(8)],
 7888:  [("q",0,"direct","Koji Kidokoro"), ("q",1,"direct","Koji Kidokoro"),
         ("q",2,"direct","Haruya Uehara"), ("q",3,"direct","Hirozumi Tanaka")],
 8027:  [("q",0,"partial","Raul Gonzalez"), ("q",1,"direct","central bank"),
         ("q",2,"partial","Jose Fernandez"), ("q",3,"partial","central bank"),
         ("q",4,"direct","Raul Gonzalez")],
 4375:  [("q",0,"direct","Volkswagen AG")],
 7880:  [("q",k,"direct","Clayton Yeutter") for k in range(3)],
 13100: [("q",0,"direct","Chamber of Mines"), ("q",1,"direct","Chamber of Mines")],
 7213:  [("q",0,"direct","Derrick Holden-Brown"), ("q",1,"direct","Derrick Holden-Brown")],
 8954:  [("q",0,"direct","James Baker"), ("q",1,"direct","James Baker"),
         ("q",2,"partial","James Baker"), ("q",3,"partial","James Baker"),
         ("q",4,"direct","James Baker"), ("q",5,"partial","James Baker")],
 11802: [("q",0,"partial","Arnold Lippa"),
         ("q",1,"partial","National Institute of Allergy and Infectious Disease"),
         ("q",2,"partial","National Institute of Allergy and Infectious Disease")],
 4730:  [("q",0,"direct","President Reagan"), ("q",1,"direct","President Reagan")],
 8709:  [("q",k,"direct","Richard Lyng") for k in range(4)],
 14955: [("q",0,"direct","G.W. Whitehead")],
 16115: [("q",k,"direct","Fritz Leutwiler") for k in range(5)],
}
