# Hand annotations for test11a (items 1801-1820 of the sampler's shuffled list,
# sample_part(1800, 1820)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 18524: five marks. `The Treasury described the meeting as "a very
#    positive, ... agreed upon last week. "The parties agreed ... monetary
#    policies," the Treasury said.` -- the mark at 263 is never closed (the
#    mark at 362 opens the next sentence, not the Reuters continuation style,
#    which runs across paragraphs): guideline 7, the first quote ends with its
#    sentence, (264, 361), complement of "described ... as": partial. Then
#    (363, 542) direct and `said Baker and Stoltenberg "are consulting ..."`
#    (608, 750) partial; all explicit offsets (pairs shifted). Speaker "Treasury
#    Department" (the fullest name the article gives; "the Treasury said").
#  * 12837: "The third High Command communique" / "the communique said" -> the
#    issuer as the attribution names it, "High Command" (as dev11a 13610
#    "G-7"; "Iraq" would be defensible, as dev10a 9740).
#  * 15284: "A Chinese newspaper" / "It" / "The paper said in an editorial" --
#    the paper's own words, but the paper is not named: null/anonymous.
#    `It said: "..." adding that ...` -> direct (writer continues after the
#    closing mark); `said in an editorial that "a sound approach ..."` fills the
#    that-clause: partial.
#  * 2139: Habbema "was quoted in today's Gazeta Mercantil newspaper as saying"
#    then `"...," he said` / `"...," Rubens Habbema said` -> the person, fullest
#    name "Murilo Rubens Habbema".
#  * 17835: `"...," a spokesman for the United Coconut Association of the
#    Philippines (UCAP).` (the verb is missing) and "The UCAP spokesman" / "he"
#    -> "United Coconut Association of the Philippines"; direct.
#  * 14295: "a broker at Nomura Securities Co" -> "Nomura Securities Co" (dev9a
#    17348); "one broker" -> null/anonymous; "head of equities at Jardine
#    Fleming Securities Co, Mario Malt" -> "Mario Malt".
#  * 9637: "an FDA official" -> "FDA"; "a Genentech spokeswoman" / "she" / "The
#    spokeswoman" -> "Genentech" (the affiliation as the attribution writes it,
#    dev11a 7022). `said a second review had "always been a possibility."` ->
#    partial.
#  * 7890: "the APEA council said" -> "Australian Petroleum Exploration
#    Association" (the council of the association; its fullest name).
#  * 17016: "An FHLBB statement said the failed thrift was insolvent and "had
#    substantially dissipated its assets,"" -> partial, issuer "Federal Home
#    Loan Bank Board".
#  * 9795: `"But the President's instructions were ..., 'Do not yield ...',"
#    he said` -> Ongpin (the reporter of Aquino's words, which sit in single
#    marks inside his quote): direct, "Jaime Ongpin". `Ongpin told a
#    businessmen's meeting. "And this ..."` -> direct, "Jaime Ongpin".
#  * 3452: `as a "qualifying" facility under the Public Utility Regulatory
#    Policies Act` -- a regulatory term: not_quote. 590: `reported ... as a
#    "loss of sale on loans."` -- the accounting item label of the bank's
#    reports: not_quote. Neither article has a quotation.
#  * 1677: `should be adjusted to reflect "positive factors" in their
#    economies` -- object in Yeutter's reported speech: partial, "Clayton
#    Yeutter". 8882: `would be free from "administrative hassles."` -> partial,
#    "Jaime Ongpin".
#  * 859: "one dealer" / "he added" -> null/anonymous, direct.
A = "anonymous"
TEST11A = {
 2139:  [("q",0,"direct","Murilo Rubens Habbema"), ("q",1,"direct","Murilo Rubens Habbema")],
 1677:  [("q",0,"direct","Clayton Yeutter"), ("q",1,"partial","Clayton Yeutter")],
 15423: [("q",0,"direct","Ronnie de Mel"), ("q",1,"direct","Ronnie de Mel"),
         ("q",2,"direct","Ronnie de Mel"), ("q",3,"direct","Ronnie de Mel"),
         ("q",4,"direct","Ronnie de Mel"), ("q",5,"direct","Ronnie de Mel")],
 10389: [("q",0,"partial","Francesco Gallo")],
 10454: [("q",0,"direct","Daniel Amstutz"), ("q",1,"direct","Daniel Amstutz")],
 17835: [("q",0,"direct","United Coconut Association of the Philippines"),
         ("q",1,"direct","United Coconut Association of the Philippines")],
 14295: [("q",0,"direct","Nomura Securities Co"), ("q",1,"direct","Mario Malt"),
         ("q",2,"direct",None,A)],
 12837: [("q",0,"direct","High Command")],
 3452:  [("n",0)],
 859:   [("q",0,"direct",None,A), ("q",1,"direct",None,A)],
 7890:  [("q",0,"direct","Australian Petroleum Exploration Association")],
 9795:  [("q",0,"direct","Jaime Ongpin"), ("q",1,"direct","Jaime Ongpin"),
         ("q",2,"direct","Jaime Ongpin"), ("q",3,"direct","Jaime Ongpin")],
 17016: [("q",0,"partial","Federal Home Loan Bank Board")],
 15284: [("q",0,"direct",None,A), ("q",1,"partial",None,A)],
 590:   [("n",0)],
 18524: [("q",(264,361),"partial","Treasury Department"),
         ("q",(363,542),"direct","Treasury Department"),
         ("q",(608,750),"partial","Treasury Department")],
 5637:  [("q",0,"partial","Ahmed al-Tayer")],
 16345: [("q",0,"partial","Mark Eyskens")],
 9637:  [("q",0,"direct","FDA"), ("q",1,"direct","FDA"),
         ("q",2,"direct","Genentech"), ("q",3,"partial","Genentech")],
 8882:  [("q",0,"direct","Jaime Ongpin"), ("q",1,"partial","Jaime Ongpin")],
}
