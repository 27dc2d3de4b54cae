# Hand annotations for test12f (items 2021-2040 of the sampler's shuffled list,
# sample_part(2020, 2040)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond the guidelines:
#  * 128: the mark at 1850 (end of `But Mizrahi said that OPEC is unlikely ...
#    15.8 mln bpd."`) pairs with nothing: no opening mark precedes it in its
#    paragraph, and the next paragraph is the writer's. As dev11a 15773, the
#    stretch running from it to the next mark ("Analysts said that the next two
#    months ... prices and output.") is a not_quote, (1856, 1966). Every later
#    pair index is shifted, so Spriggs's quote (1972, 2080) and
#    Moussavar-Rahmani's (2371, 2583) are explicit offsets, both direct. "the
#    regional manager for one of the major oil companies who spoke on condition
#    that he not be named" (two pairs around the attribution) -> null/anonymous.
#    "David T. Mizrahi" copied with the initial, as written.
#  * 1853: the two committee reports -> their issuers as the article names
#    them: "Committee Republicans released a separate ... report" / "the
#    Republican report said" / "the Republicans added" -> "Committee
#    Republicans"; "The report by the Democratic majority of the Congressional
#    Joint Economic Committee" / "the Democrat report said" / "the Democrats
#    said" -> "Democratic majority of the Congressional Joint Economic
#    Committee" (fullest naming; "Democrats"/"Republicans" would be
#    defensible). The unattributed paragraph (pair 5) between two Democratic
#    report quotes continues that report: direct, same issuer. Sarbanes's
#    statement -> "Paul Sarbanes" ("Sen." dropped).
#  * 16382: "a CBT official" -> "CBT", "a CME official" -> "CME" (the
#    affiliation as the attribution names it, dev11a 3111). `"The Merc's gold
#    futures would be insurance ...," if heavy ... volume causes ..., said Jack
#    Lehman` -- a clause beginning the sentence, continued by the writer:
#    direct (dev10b 7149). "Dr. Henry Jarecki" -> "Henry Jarecki".
#  * 6343: `soybeans are caught in a "squeeze"` -- Amstutz's own word in his
#    reported testimony (object of the writer's "caught in"), not an attributive
#    label: partial, as dev11a 14500 "war" (a scare-quote reading would be
#    defensible). `called the situation a "dilemma"` -- complement of
#    "called": partial. `and said "we have spent ..."` -- bare frame: direct.
#  * 15520: `he wrote: "..."` in Reitman's study -> the author, "Stephen
#    Reitman" (a document -> its issuer). `He said: "BMW will be the story of
#    1988," when it plans ...` -- bare frame, the writer finishing the sentence
#    after the closing mark: direct. "he said" after the Wirtschaftswoche
#    sentence -> "Eberhard von Kuenheim" (the interview's person, not the
#    magazine). Staid "Grandpa" image and claims of "unintentional
#    acceleration." (a term for the alleged defect, unattributed): not_quotes.
#  * 16181: `parent company Noranda Inc "is prepared to let up to 49 pct ...,"
#    he added` (predicate), `will be made "as soon as it's right"`, `cutting
#    debt to "a comfortable, manageable level ..."` and `adding the company
#    will later "establish a typical ..."` fill slots of the writer's
#    sentences: partial, "Adam Zimmerman".
#  * 18931: the unattributed paragraph `"The panic started in New York, it has
#    to end there."` follows `He said he did not expect ...` of Fritschi:
#    direct, "Herbert Fritschi". `called the sell-off "overdone,"` partial.
#    "Black Monday" (a name) is a not_quote.
#  * 7913: "one source" of "Sources close to the ministry" -> null/anonymous
#    (guideline 5, "a source close to ...").
#  * 18986: "the Al-Anbaa newspaper quoted him as saying" -> the person,
#    "Abdul Fattah al-Bader". 6964: Collins's words in the newspaper interview
#    -> "Paul Collins".
#  * 10318: `Lawson told journalists that "..."` and `He stressed that "..."`
#    fill that-clause slots: partial, "Nigel Lawson".
#  * 4072: the price-level terms "may buy", "may sell", "must buy", "must
#    sell" and "lower indicative price" (twice) are jargon: not_quotes.
#    2864 "laser tag", 9389 "B" shares, 12323 "Big Bang", "house" banks and
#    "Financial Centre Germany": not_quotes.
#  * 526: `Pacific Western said the new management structure "will facilitate
#    ..."` -> partial, "Pacific Western Airlines Corp" (fullest name).
A = "anonymous"
TEST12F = {
 2864:  [("q",0,"direct","Earl Takefman"), ("n",1)],
 3665:  [("q",0,"direct","Martin Frost"), ("q",1,"direct","Vic Fazio"),
         ("q",2,"direct","Vic Fazio")],
 16915: [("q",0,"direct","Michael Wilson")],
 7913:  [("q",0,"direct",None,A)],
 15520: [("q",0,"direct","Eberhard von Kuenheim"), ("q",1,"direct","Stephen Reitman"),
         ("n",2), ("n",3), ("q",4,"direct","Eberhard von Kuenheim"),
         ("q",5,"direct","Stephen Reitman"), ("q",6,"direct","Stephen Reitman")],
 16181: [("q",0,"direct","Adam Zimmerman"), ("q",1,"direct","Adam Zimmerman"),
         ("q",2,"partial","Adam Zimmerman"), ("q",3,"partial","Adam Zimmerman"),
         ("q",4,"partial","Adam Zimmerman"), ("q",5,"direct","Adam Zimmerman"),
         ("q",6,"direct","Adam Zimmerman"), ("q",7,"partial","Adam Zimmerman")],
 9389:  [("n",0)],
 2542:  [("q",0,"direct","Edwin Jacobson")],
 18931: [("q",0,"direct","Bernhard Wyttenbach"), ("q",1,"direct","James Baker"),
         ("q",2,"direct","Hans Peter Ast"), ("q",3,"partial","Herbert Fritschi"),
         ("q",4,"direct","Herbert Fritschi"), ("q",5,"direct","Herbert Fritschi"),
         ("n",6),
         ("q",7,"direct","Bernhard Wyttenbach"), ("q",8,"direct","Bernhard Wyttenbach"),
         ("q",9,"direct","Bernhard Wyttenbach"), ("q",10,"direct","Bernhard Wyttenbach"),
         ("q",11,"direct","Bernhard Wyttenbach"), ("q",12,"direct","Bernhard Wyttenbach"),
         ("q",13,"direct","Bernhard Wyttenbach"),
         ("q",14,"direct","Herbert Fritschi"), ("q",15,"direct","Herbert Fritschi")],
 12323: [("q",0,"direct","Brian Kissack"), ("n",1), ("n",2), ("n",3)],
 6964:  [("q",0,"direct","Allan Hawkins"), ("q",1,"direct","Paul Collins"),
         ("q",2,"direct","Allan Hawkins"), ("q",3,"direct","Allan Hawkins")],
 1853:  [("q",0,"direct","Paul Sarbanes"), ("q",1,"direct","Paul Sarbanes"),
         ("q",2,"direct","Committee Republicans"), ("q",3,"direct","Committee Republicans"),
         ("q",4,"direct","Democratic majority of the Congressional Joint Economic Committee"),
         ("q",5,"direct","Democratic majority of the Congressional Joint Economic Committee"),
         ("q",6,"direct","Democratic majority of the Congressional Joint Economic Committee")],
 526:   [("q",0,"partial","Pacific Western Airlines Corp")],
 16382: [("q",0,"direct","Neil McGarrity"), ("q",1,"direct","Neil McGarrity"),
         ("q",2,"direct","Jack Lehman"), ("q",3,"direct","David Johnson"),
         ("q",4,"direct","CBT"), ("q",5,"direct","Henry Jarecki"),
         ("q",6,"direct","Henry Jarecki"), ("q",7,"direct","CME")],
 18986: [("q",0,"direct","Abdul Fattah al-Bader")],
 10318: [("q",0,"partial","Nigel Lawson"), ("q",1,"partial","Nigel Lawson"),
         ("q",2,"direct","Nigel Lawson")],
 6343:  [("q",0,"partial","Daniel Amstutz"), ("q",1,"partial","Daniel Amstutz"),
         ("q",2,"partial","Daniel Amstutz"), ("q",3,"direct","Daniel Amstutz")],
 128:   [("q",0,"direct","Daniel Yergin"), ("q",1,"direct","Paul Mlotok"),
         ("q",2,"direct",None,A), ("q",3,"direct",None,A),
         ("q",4,"direct","David T. Mizrahi"),
         ("n",(1856,1966)),
         ("q",(1972,2080),"direct","Dillard Spriggs"),
         ("q",(2371,2583),"direct","Bijan Moussavar-Rahmani")],
 9987:  [("q",0,"direct","Abdoulaye Fadiga"), ("q",1,"direct","Abdoulaye Fadiga")],
 4072:  [("q",0,"direct","Manaspas Xuto"), ("n",1), ("n",2), ("n",3), ("n",4),
         ("n",5), ("n",6)],
}
