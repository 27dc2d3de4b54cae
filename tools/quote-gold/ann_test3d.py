# Hand annotations for test3d (items 921-940 of the sampler's shuffled list,
# sample_part(920, 940)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 7485: Reuters continuation style (guideline 4): `The statement said: "The
#    inspectors have inquired ... book entry.` (opened at 616) has no closing
#    mark and the next paragraph reopens at 849 (closed at 1026); ONE quote by
#    explicit offsets (617, 1026), direct, as dev10a 4914 / dev11b 1850. The
#    statement -> its issuer "Government Bank Inspectorate". `and "negotiations
#    on this have started."` completes the writer's paraphrase: partial.
#  * Quoted attributive modifiers inside the writer's noun phrase -- 5156 a
#    "significant" increase, 12254 a "mild" recovery, 17397 the sort of
#    "dynamic" moves -- are not_quotes (guideline 6; dev11a 13480 "material
#    adverse", 2198 "lose-lose"; partial would be defensible for 5156/12254).
#    7728 the "burger wars": coined label, not_quote.
#  * 11262: `delivered its "final offer"` in the lead is a scare-quoted label
#    in the writer's noun phrase: not_quote; `which the network billed as its
#    "best and final offer."` is the complement of "billed as" (as "called"):
#    partial. NBC's statements, "the network" and "the NBC spokeswoman" ->
#    the company's fullest name "National Broadcasting Co" (guideline 5,
#    dev11b 1850; dev11a 7022 would give "NBC" for the spokeswoman). `Krieger
#    said the "major stumbling block" ...` (subject NP of the reported clause)
#    and `were "disappointing"` -> partial, "John Krieger"; `he added, "we're
#    not ..."` -> bare frame: direct.
#  * 5391: "a House source" -> "House", the named affiliation as the
#    attribution writes it (as dev10a 3248 "Reagan administration", dev11a
#    3111 "MidAm"; null/anonymous would be defensible).
#  * Predicates of reported speech before the attribution are partial (dev9a
#    3783): 10288 `Reagan's decision "doesn't give us any joy. ..." Yeutter
#    said`, 15501 `<Toshiba Machine Co Ltd> "is a completely independent
#    company ..." ... told`, 3839 `The stock consolidation "is something ..."
#    ... told Reuters`. 3839 `After "a disastrous first quarter," Sand hopes`:
#    partial.
#  * 10476: `Yeutter said if Japan takes action ..., "Then the retaliatory
#    response ..."` -- the main clause of the writer's reported conditional
#    (after "said if ..."): partial (as dev11a 3983), despite the capital.
#  * 11914: "FCS chairman Nicholas Gallo III" -> "Nicholas Gallo III" (the
#    generational suffix is part of the name, not a title).
#  * 5156: "Rep. John D. Dingell" -> "John D. Dingell".
A = "anonymous"
TEST3D = {
 7728:  [("q",0,"direct","Denny Lynch"), ("q",1,"direct","Jay Freedman"),
         ("q",2,"direct","Jay Freedman"), ("q",3,"direct","Jay Freedman"),
         ("q",4,"direct","Jay Freedman"), ("q",5,"direct","Joseph Doyle"),
         ("n",6), ("q",7,"direct","James Murren"), ("q",8,"direct","James Murren"),
         ("q",9,"direct","Caroline Levy")],
 10288: [("q",0,"direct","Clayton Yeutter"), ("q",1,"partial","Clayton Yeutter"),
         ("q",2,"direct","Clayton Yeutter"), ("q",3,"direct","Clayton Yeutter"),
         ("q",4,"partial","Clayton Yeutter"), ("q",5,"partial","Clayton Yeutter")],
 17397: [("n",0)],
 5700:  [("q",0,"direct","Abdelaziz Al-Wattari"), ("q",1,"direct","Abdelaziz Al-Wattari")],
 9084:  [("q",0,"partial","William Brown")],
 5156:  [("q",0,"direct","John D. Dingell"), ("q",1,"partial","John D. Dingell"),
         ("q",2,"direct","John D. Dingell"), ("n",3),
         ("q",4,"partial","John D. Dingell"), ("q",5,"direct","John D. Dingell")],
 15501: [("q",0,"partial","Osamu Iemura"), ("q",1,"direct","Osamu Iemura"),
         ("q",2,"direct","Osamu Iemura")],
 7485:  [("q",0,"direct","Government Bank Inspectorate"),
         ("q",1,"partial","Government Bank Inspectorate"),
         ("q",(617,1026),"direct","Government Bank Inspectorate")],
 16129: [("q",0,"direct","Leslie Wilson"), ("q",1,"partial","Leslie Wilson")],
 5391:  [("q",0,"direct","House")],
 9574:  [("q",0,"direct","Ron Burgess"), ("q",1,"direct","Ron Burgess"),
         ("q",2,"direct","Ron Burgess")],
 10476: [("q",0,"direct","Clayton Yeutter"), ("q",1,"partial","Clayton Yeutter")],
 11914: [("q",k,"direct","Nicholas Gallo III") for k in range(4)],
 2011:  [("q",0,"direct","Robert Ortner"), ("q",1,"partial","Robert Ortner"),
         ("q",2,"partial","Robert Ortner"), ("q",3,"partial","Robert Ortner")],
 3839:  [("q",0,"partial","Jerry Shattner"), ("q",1,"direct","Jerry Shattner"),
         ("q",2,"partial","Jerry Shattner"), ("q",3,"direct","Jerry Shattner")],
 18700: [("q",0,"direct","Edouard Balladur"), ("q",1,"direct","Edouard Balladur")],
 11262: [("n",0), ("q",1,"direct","John Krieger"), ("q",2,"direct","John Krieger"),
         ("q",3,"partial","National Broadcasting Co"),
         ("q",4,"direct","National Broadcasting Co"),
         ("q",5,"partial","John Krieger"), ("q",6,"direct","John Krieger"),
         ("q",7,"partial","National Broadcasting Co"),
         ("q",8,"partial","John Krieger"),
         ("q",9,"partial","National Broadcasting Co")],
 12254: [("n",0)],
 10377: [("q",0,"direct","Willy de Clercq")],
 2187:  [("q",0,"direct","Ruben Mettler"), ("q",1,"direct","Ruben Mettler"),
         ("q",2,"direct","Ruben Mettler")],
}
