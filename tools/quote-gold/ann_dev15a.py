# Hand annotations for dev15a (items 821-840 of the sampler's shuffled list,
# sample_part(820, 840)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 17650: Reuters continuation style (guideline 4): `But analyst Thompson
#    forecast that if one bank finally acquires an existing firm, "all the
#    other banks will jump in.` (opened at 4519) has no closing mark and the
#    next paragraph reopens at 4558 (`"They don't want ... something," said
#    ... analyst Albert Thompson`, closed at 4619); ONE quote by explicit
#    offsets (4520, 4619), containing the continuation mark (as dev10a 4914,
#    dev11b 1850). Its opening fills the that-clause of the writer's
#    "forecast that ...": partial (the kind follows how the span opens;
#    direct would be defensible for the second paragraph). "Albert Thompson".
#    `said Carney at Merrill Lynch Canada` -> "Jeff Carney" (named fully
#    later). The nickname `"Little Bang"` is a not_quote (guideline 6).
#  * 11470: `Jacobs said it acquired a "comfortable majority" interest` -- the
#    size of the stake in the company's statement, quoted because it declined
#    to specify it: partial, "Jacobs Suchard AG", as the amount in reported
#    speech of dev9a 16804 ("a couple of million" dollars). Debatable: an
#    attributive modifier inside the noun phrase, as dev11a 13480 "material
#    adverse" effect (not_quote), would also be defensible.
#  * 17809: the mark at 430 (end of the paragraph `He said the 16.51 pct drop
#    ... or the stockmarket."`) closes nothing: the paragraph is the writer's
#    paraphrase with no opening mark. It pairs with nothing, so the stretch to
#    the next mark, (431, 493), is a not_quote (guideline 7, as dev11a 15773);
#    every later pair index shifts, so explicit offsets follow: the two
#    Somoza quotes (494, 579) and (858, 906) are direct; `News of the
#    "enormous problems" in New York ... caused ..., Somoza said` (1141,
#    1158) -- a noun phrase of his reported speech in the writer's sentence:
#    partial. All "Manuel Somoza". `reflected a "totally emotional" reaction`
#    -- only the modifier is quoted, an attributive label inside a noun
#    phrase of the writer's paraphrase: not_quote (guideline 6, as dev11b
#    15111 "too expansive" monetary policy, dev11a 13480; partial would be
#    defensible).
#  * 213: the marks at 672 (`Brazil"s`) and 727 (`world"s`) are apostrophes
#    typed as double marks, outside any quote: the stretch they frame,
#    (673, 727), is a not_quote. The mark at 1226 (`isn"t`) is an apostrophe
#    inside the Escalante quote and stays inside it (guideline 7): `The big
#    producers "want to have the ball ... and it isn"t fair,"` (1174, 1234) --
#    a predicate after the writer's subject: partial, "Luis Escalante".
#    `"Anything is possible at this phase," even adjournment ..., one said`
#    (2347, 2382) -- one of the delegates: direct, null/anonymous.
#  * 17691: "an aide to Chirac" -> "Jacques Chirac": the aide speaks for the
#    named person as a spokesman for his organisation (by contrast with dev9a
#    8792, where the senator was not named and the aide was null/anonymous;
#    null/anonymous would be defensible). `"green" currency system` -- a
#    jargon label: not_quote.
#  * 10500: "A senior U.S. official" / "The U.S. official" -> "U.S." (the
#    country rule when only the country is named, dev11a 15477 / dev7b 1751);
#    `described the idea as a "grain producers' OPEC"` -- complement of
#    "described as": partial. `with Reagan describing France as "America's
#    oldest ally ..."` -> partial, "Ronald Reagan". `Chirac set out the French
#    position saying: "..."` -> direct, "Jacques Chirac".
#  * 14014: "contingent payment certificate" (a security's defined term) ->
#    not_quote. `it said in its April 8 letter` -> the company's letter, its
#    issuer "Shamrock Holdings of California Inc": direct.
#  * 17563: `It said Citicorp's proposal "properly may be viewed ..."` ->
#    "The Fed" = "Federal Reserve Board" (its fullest name in the article):
#    partial (predicate slot).
#  * 4233: `He ruled out ..., "because the idea is precisely not to disrupt
#    the market."` -- a subordinate clause completing the writer's sentence:
#    partial, "Cesar Gaviria". `He said Brazil's current quota "reflects ..."`
#    -> partial, "Jorge Cardenas".
#  * 1788: `Hawke told a Sydney radio station the deficit "may turn out at
#    four billion."` -> partial, "Bob Hawke".
#  * 2311: the unattributed quote paragraph after "it said" (Soekor) ->
#    "Soekor", direct. 8877: "the BNZ" / "it" -> "Bank of New Zealand".
#  * 4091: the store name "Designs, exclusively Levi Strauss and Co" ->
#    not_quote; the article has no quotation.
A = "anonymous"
DEV15A = {
 8877:  [("q",0,"direct","Bank of New Zealand")],
 2656:  [("q",0,"direct","Phyllis Oakley")],
 14343: [("q",0,"direct","Sanford Margoshes"), ("q",1,"direct","Sanford Margoshes"),
         ("q",2,"direct","Sanford Margoshes"), ("q",3,"direct","Sanford Margoshes"),
         ("q",4,"direct","Rosario Ilacqua"), ("q",5,"direct","Rosario Ilacqua"),
         ("q",6,"direct","Baine Kerr"), ("q",7,"direct","Baine Kerr"),
         ("q",8,"direct","Joseph Jamail"), ("q",9,"direct","Joseph Jamail"),
         ("q",10,"direct","Rosario Ilacqua"), ("q",11,"direct","Rosario Ilacqua")],
 11470: [("q",0,"partial","Jacobs Suchard AG")],
 17650: [("q",0,"direct","Jeff Carney"), ("q",1,"direct","Jeff Carney"),
         ("n",2),
         ("q",3,"direct","Jeff Carney"), ("q",4,"direct","Jeff Carney"),
         ("q",5,"direct","Jeff Carney"), ("q",6,"direct","Pearce Bunting"),
         ("q",(4520,4619),"partial","Albert Thompson")],
 4233:  [("q",0,"direct","Cesar Gaviria"), ("q",1,"direct","Cesar Gaviria"),
         ("q",2,"partial","Cesar Gaviria"), ("q",3,"direct","Jorge Cardenas"),
         ("q",4,"partial","Jorge Cardenas")],
 13806: [("q",0,"direct","John Henry"), ("q",1,"direct","John Henry")],
 14961: [("q",0,"direct","Gulf and Western Inc")],
 4091:  [("n",0)],
 1788:  [("q",0,"partial","Bob Hawke"), ("q",1,"direct","Bob Hawke"),
         ("q",2,"direct","Paul Keating")],
 13803: [("q",0,"direct","Masahiko Koido")],
 17809: [("n",0), ("n",(431,493)),
         ("q",(494,579),"direct","Manuel Somoza"),
         ("q",(858,906),"direct","Manuel Somoza"),
         ("q",(1141,1158),"partial","Manuel Somoza")],
 2311:  [("q",0,"direct","Soekor")],
 17563: [("q",0,"partial","Federal Reserve Board")],
 14014: [("n",0), ("q",1,"direct","Shamrock Holdings of California Inc")],
 5080:  [("q",0,"direct","Carl Hermann Retemeyer")],
 18390: [("q",0,"direct","Helmut Schaefer")],
 213:   [("n",(673,727)), ("q",(1174,1234),"partial","Luis Escalante"),
         ("q",(2347,2382),"direct",None,A)],
 17691: [("q",0,"direct","Jacques Chirac"), ("n",1)],
 10500: [("q",0,"direct","Jacques Chirac"), ("q",1,"direct","Ronald Reagan"),
         ("q",2,"partial","Ronald Reagan"), ("q",3,"direct","Jacques Chirac"),
         ("q",4,"partial","U.S.")],
}
