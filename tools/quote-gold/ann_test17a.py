# Hand annotations for test17a (items 2521-2540 of the sampler's shuffled list,
# sample_part(2520, 2540)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond the guidelines (keys are corpus line numbers):
#  * 14183: Reuters continuation style (guideline 4): `he added "I'm not so
#    sure ... more expansive.` (opened at 313) has no closing mark and the
#    next paragraph reopens at 398 (`"But what would be useful ... rates," he
#    said.`, closed at 468); ONE quote given by explicit offsets (314, 468),
#    containing the continuation mark. Bare frame `he added "..."`: direct,
#    "Pierre Languetin" (title "Swiss National Bank President" dropped).
#  * 8084: `Energy Secretary James Herrington's "outrageous" plan` -- an
#    attributive modifier inside the writer's noun phrase (guideline 6; as
#    dev11b 15111 "too expansive" policy): not_quote, although it is Stark's
#    evaluation. "Rep. Pete Stark" -> "Pete Stark".
#  * 10026: "Group of Five" (a name): not_quote. The quotes of pairs 3, 4 and
#    5 have no frame of their own and follow sentences reporting Chirac's
#    speech ("Chirac said ...", "He warned ...", "Chirac also appealed ..."):
#    direct, "Jacques Chirac".
#  * 5438: `Dole said that while the current farm bill is not perfect, "I
#    still believe ..."` -- the quoted clause fills the that-clause of the
#    writer's sentence although it is first person: partial (as dev11a 3983,
#    dev9a 10050 `adding that "It is ..."`); "Robert Dole" ("Senate Minority
#    leader" dropped). `Dole said, "If your going ..."` -> bare frame: direct.
#  * 6710: `noted "wage and price pressures are very moderate."` -- a clause
#    right after the bare verb "noted" (no "that"): direct, "Manuel Johnson".
#  * 8226: "OPTIMA" (a product name): not_quote. `Richard Braddock ... added
#    that when there is increased competition, "it is not the big people ..."`
#    fills the that-clause: partial, "Richard Braddock". "Pei-yuan Chia" / "he"
#    -> "Pei-yuan Chia".
#  * 1423: "an official at the Hesse LZB" -> "Hesse LZB", the
#    named affiliation as the attribution names it (dev4 14339, dev9a 17348).
#  * 6904: the article names him only "President Reagan" /
#    "Reagan": "President Reagan" (dev10a 1642 exception).
#  * 6419: `The daily al-Riyadh reported Prince Sultan ibn
#    Abdulaziz as saying: "..."` -> the person quoted by the newspaper
#    (guideline 5), "Sultan ibn Abdulaziz" (honorific "Prince" dropped).
#  * 17435: `the company said, "agreement could not ..."` ->
#    bare frame, direct despite the lower-case start; the next paragraph's
#    closed quote (pair 1) has no frame and continues the company's
#    statement: direct. Both "Allis-Chalmers Corp".
#  * 9094: the annual report's words -> the issuer, "Norcen
#    Energy Resources Ltd" (fullest name).
#  * 9737: `"As for reunification ...," he said` follows "On
#    Taiwan, Yao repeated ...": "Yao Yilin"; the earlier quote is "Li Peng".
#  * 1726: the last quote (`"While employed by TRW ... I
#    disclosed ...," he said`) follows the paragraph on Eagleye's suit and is
#    a former employee's words: "Larry Eagleye". `Dingell said in a
#    statement` -> the person, "John Dingell".
#  * 2502: "hot money" (market jargon): not_quote. `"...," he
#    said` after "Paul Temperton ... estimated ...": "Paul Temperton".
#  * 13402: `phased in over several years to "avoid disruptions
#    and economic hardship."` -> partial, "Donald Houston".
A = "anonymous"
TEST17A = {
 10026: [("q",0,"direct","Jacques Chirac"), ("q",1,"direct","Jacques Chirac"),
         ("n",2), ("q",3,"direct","Jacques Chirac"),
         ("q",4,"direct","Jacques Chirac"), ("q",5,"direct","Jacques Chirac")],
 2502:  [("q",0,"direct","Paul Temperton"), ("q",1,"direct","John Cox"),
         ("q",2,"direct","John Cox"), ("n",3),
         ("q",4,"direct","Richard Jeffrey"), ("q",5,"direct","Ian Harwood")],
 6710:  [("q",0,"direct","Manuel Johnson")],
 8084:  [("n",0), ("q",1,"direct","Pete Stark")],
 636:   [("q",0,"direct","Thomas O'Donnell")],
 5438:  [("q",0,"partial","Robert Dole"), ("q",1,"direct","Robert Dole"),
         ("q",2,"direct","Robert Dole")],
 1423:  [("q",0,"direct","Hesse LZB"), ("q",1,"direct","Hermann Remsperger")],
 6904:  [("q",0,"direct","President Reagan"), ("q",1,"direct","President Reagan")],
 13536: [("q",0,"direct","Claus Koehler")],
 8226:  [("n",0), ("q",1,"direct","Pei-yuan Chia"), ("q",2,"direct","Pei-yuan Chia"),
         ("q",3,"partial","Richard Braddock")],
 9094:  [("q",0,"direct","Norcen Energy Resources Ltd")],
 9737:  [("q",0,"direct","Li Peng"), ("q",1,"direct","Yao Yilin")],
 17435: [("q",0,"direct","Allis-Chalmers Corp"), ("q",1,"direct","Allis-Chalmers Corp")],
 13402: [("q",0,"partial","Donald Houston")],
 6419:  [("q",0,"direct","Sultan ibn Abdulaziz")],
 974:   [("q",0,"direct","William Proxmire")],
 14183: [("q",(314,468),"direct","Pierre Languetin")],
 8006:  [("q",0,"direct","Mickey Levy"), ("q",1,"direct","Lawrence Chimerine")],
 1726:  [("q",0,"direct","Larry Eagleye"), ("q",1,"direct","John Dingell"),
         ("q",2,"direct","John Dingell"), ("q",3,"direct","Larry Eagleye")],
 19037: [("q",0,"direct","Hirozumi Tanaka"), ("q",1,"direct","Hirozumi Tanaka"),
         ("q",2,"direct","Soichi Hirabayashi"), ("q",3,"direct","Soichi Hirabayashi")],
}
