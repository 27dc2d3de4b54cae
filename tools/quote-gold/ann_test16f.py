# Hand annotations for test16f (items 2501-2520 of the sampler's shuffled list,
# sample_part(2500, 2520)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 15252: `The dollar"s sharp drop` -- a double mark typed for an apostrophe
#    outside any quote, pairing with nothing (guideline 7): the stretch from it
#    to the next mark is a not_quote (960, 1092), as dev11a 15773. Every later
#    pair index is shifted, so `But Corrigan said: "They have played ..."` is
#    explicit offsets (1093, 1227): bare frame, direct, "Gerald Corrigan".
#  * 4292: quotes from the New York Times interview -> the person, "Peter
#    Wallison" (guideline 5, newspapers); all three direct.
#  * 3182: `"Karda Ku" peak` (a place name) -> not_quote. `He said Tehran had
#    done this "to make up for failure ..."` -- purpose adverbial completing
#    the writer's clause: partial, "Abdul Jabbar Muhsen".
#  * 847: "one official at a U.S. Bank" (bank not named) -> null/anonymous.
#  * 15744: `told reporters that "We agreed ..."` fills a that-clause slot:
#    partial (as dev9a 10050), "Barber Conable".
#  * 16211: `received "friendly inquiries"` (twice) and `aware of some
#    "possible accumulations"` -- objects in the company's reported statement,
#    its own words rather than the writer's labels: partial, "Crazy Eddie Inc"
#    (not_quote as scare quotes would be defensible).
#  * 16412: the vehicle name "Lives 2 Ltd," -> not_quote; no quotation.
#    8066: the tax name `15 pct "border tax"` -> not_quote; no quotation.
#  * 5570: `Unless there was an early improvement ... "the only choice is
#    ...," Tesfay said.` -- the full main clause before the bare frame after
#    the writer's fronted subordinate clause: direct (as the dev precedent
#    3419 "If the charges are true "we are ..."," Merrill Lynch said").
#    "Ethiopian trade minister Tesfay Dinka" -> "Tesfay Dinka". `would mean
#    "several African countries ..."` -> partial. `In view of this poor
#    response, he said "it is possible ..."` -> bare frame after a fronted
#    adverbial: direct despite the lower-case start, "Adebayo Adedeji".
#  * 8118: the quotes come from Baker's Miami Herald article -> the author,
#    "James Baker"; `calling it a "dramatic, overnight solution."` partial.
#  * 8252: the unattributed quote paragraph after Yamamoto's quote continues
#    him: direct, "Masaji Yamamoto". `called the case "strange,"` partial.
#  * 6373: "A spokesman for the Finance Ministry" / "he" -> "Finance
#    Ministry"; `he added a scandal ... "has nothing to do" with the timing`
#    -> partial (predicate slot). "A banker involved in the VEBA placement"
#    (no bank named) -> null/anonymous, direct.
#  * 9666: the statement -> the company's fullest name "SDC Sydney
#    Development Corp".
#  * 20756: `what spokeswoman Phyllis Oakley called, "its virulent ..."` ->
#    complement of "called": partial despite the comma. `Oakley said no
#    specific warning ..., but "many of our missions ..."` -- second conjunct
#    of her reported that-clause: partial. All "Phyllis Oakley".
#  * 5432: `was a "bitter disappointment," the president of the West German
#    Federation of Banks, Hanns Christian Schroeder-Hohenwarth, said` ->
#    predicate: partial, "Hanns Christian Schroeder-Hohenwarth".
A = "anonymous"
TEST16F = {
 4292:  [("q",0,"direct","Peter Wallison"), ("q",1,"direct","Peter Wallison"),
         ("q",2,"direct","Peter Wallison")],
 3182:  [("n",0), ("q",1,"partial","Abdul Jabbar Muhsen")],
 847:   [("q",0,"direct",None,A)],
 13874: [("q",0,"partial","Barber Conable")],
 14308: [("q",0,"partial","Crazy Eddie Inc"), ("q",1,"partial","Crazy Eddie Inc"),
         ("q",2,"partial","Crazy Eddie Inc")],
 18052: [("q",0,"direct","Karl Otto Poehl")],
 14490: [("n",0)],
 15252: [("q",0,"direct","Gerald Corrigan"), ("n",(960,1092)),
         ("q",(1093,1227),"direct","Gerald Corrigan")],
 11513: [("q",0,"direct","George Younger")],
 18706: [("q",0,"partial","Caterpillar Inc")],
 5114:  [("q",0,"direct","Tesfay Dinka"), ("q",1,"partial","Tesfay Dinka"),
         ("q",2,"direct","Adebayo Adedeji")],
 7433:  [("q",0,"partial","James Baker"), ("q",1,"direct","James Baker"),
         ("q",2,"direct","James Baker"), ("q",3,"direct","James Baker")],
 4754:  [("q",0,"direct","Mohammed Ali Abal-Khail")],
 7558:  [("q",0,"direct","Masaji Yamamoto"), ("q",1,"direct","Masaji Yamamoto"),
         ("q",2,"direct","Masaji Yamamoto"), ("q",3,"direct","Masaji Yamamoto"),
         ("q",4,"direct","Masaji Yamamoto"), ("q",5,"partial","Masaji Yamamoto")],
 5851:  [("q",0,"partial","Finance Ministry"), ("q",1,"direct",None,A)],
 8837:  [("q",0,"direct","SDC Sydney Development Corp")],
 18375: [("q",0,"partial","Phyllis Oakley"), ("q",1,"direct","Phyllis Oakley"),
         ("q",2,"partial","Phyllis Oakley")],
 16518: [("q",0,"direct","Rene Van Der Linden")],
 7381:  [("n",0)],
 4986:  [("q",0,"partial","Hanns Christian Schroeder-Hohenwarth"),
         ("q",1,"direct","Hanns Christian Schroeder-Hohenwarth")],
}
