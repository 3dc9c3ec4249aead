"""General English cue words extraction relies on: stance and reporting verbs, units, hedges.

Nothing here belongs to one conflict (names, places and issues live in the profile); these are
the words any news report uses to say who demands, rejects or agrees, and how many of what.
"""

from __future__ import annotations

IRREGULAR = {
    "say": ("says", "said", "saying"), "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"), "put": ("puts", "put", "putting"),
    "set": ("sets", "set", "setting"), "give": ("gives", "gave", "given", "giving"),
    "hold": ("holds", "held", "holding"), "make": ("makes", "made", "making"),
    "seek": ("seeks", "sought", "seeking"), "rule": ("rules", "ruled", "ruling"),
    "deny": ("denies", "denied", "denying"), "agree": ("agrees", "agreed", "agreeing"),
    "reply": ("replies", "replied", "replying"), "speak": ("speaks", "spoke", "spoken", "speaking"),
    "strike": ("strikes", "struck", "striking"), "reach": ("reaches", "reached", "reaching"),
    "stress": ("stresses", "stressed", "stressing"), "dismiss": ("dismisses", "dismissed", "dismissing"),
    "press": ("presses", "pressed", "pressing"), "push": ("pushes", "pushed", "pushing"),
    "refuse": ("refuses", "refused", "refusing"), "oppose": ("opposes", "opposed", "opposing"),
    "plan": ("plans", "planned", "planning"), "admit": ("admits", "admitted", "admitting"),
    "submit": ("submits", "submitted", "submitting"), "commit": ("commits", "committed", "committing"),
    "threaten": ("threatens", "threatened", "threatening"), "offer": ("offers", "offered", "offering"),
    "welcome": ("welcomes", "welcomed", "welcoming"), "accuse": ("accuses", "accused", "accusing"),
    "meet": ("meets", "met", "meeting"), "stop": ("stops", "stopped", "stopping"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "lay": ("lays", "laid", "laying"), "keep": ("keeps", "kept", "keeping"),
    "hit": ("hits", "hit", "hitting"), "sit": ("sits", "sat", "sitting"),
}


def inflect(verb: str) -> tuple[str, ...]:
    """The forms of an English verb (base, -s, -ed, -ing); multi-word verbs inflect their head."""
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    if head in IRREGULAR:
        forms = (head, *IRREGULAR[head])
    elif head.endswith("e"):
        forms = (head, head + "s", head + "d", head[:-1] + "ing")
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms = (head, head[:-1] + "ies", head[:-1] + "ied", head + "ing")
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms = (head, head + "es", head + "ed", head + "ing")
    else:
        forms = (head, head + "s", head + "ed", head + "ing")
    return tuple(form + tail for form in forms)


# Verbs that lead an issue's key phrases and are matched in all their forms ("meet in person"
# in "they met in person"); only these, since a phrase's first word is often a noun ("air
# defence", "walk away" said of survivors).
PHRASE_VERBS = frozenset({"meet", "end", "stop", "halt", "withdraw", "cede", "sit", "host", "join",
                          "continue", "resume", "lay"})

# Verbs that introduce what someone said; their subject is the speaker.
REPORTING_VERBS = ("say", "tell", "add", "state", "announce", "claim", "stress", "note", "declare",
                   "confirm", "reiterate", "repeat", "write", "explain", "argue", "assert", "report",
                   "emphasise", "emphasize", "underline", "comment", "remark", "reply", "respond",
                   "acknowledge", "admit", "signal", "indicate", "suggest", "insist", "warn",
                   "predict", "voice", "describe", "call", "term", "brief", "speak", "tweet", "post")
# Verbs of holding a view: "the South believes a summit is premature" is the South's view, even
# when someone else tells it.
VIEW_VERBS = ("believe", "think", "maintain", "hold", "feel", "reckon", "contend", "consider")
# Their past forms: "..., the envoy said", "she told reporters on Friday".
REPORTED = tuple(sorted({inflect(verb)[2] for verb in REPORTING_VERBS}, key=len, reverse=True))

# Stance words: verbs (by their forms) and the nouns that carry the same stance.
STANCE_VERBS: dict[str, tuple[str, ...]] = {
    "rejects": ("reject", "refuse", "dismiss", "rule out", "deny", "oppose", "decline", "veto",
                "resist", "spurn", "balk", "counter", "object", "condemn", "denounce", "slam"),
    "demands": ("demand", "insist", "call for", "urge", "press", "push", "require", "seek",
                "want", "ask", "request", "press for", "push for", "condition"),
    "proposes": ("propose", "suggest", "offer", "put forward", "float", "table", "present",
                 "submit", "plan", "invite", "initiate"),
    "accepts": ("accept", "welcome", "endorse", "support", "back", "approve", "embrace",
                "consider", "favour", "favor"),
    "agrees": ("agree", "sign", "settle", "reach", "strike", "conclude", "exchange", "swap",
               "commit", "finalise", "finalize", "seal"),
    "warns": ("warn", "threaten", "caution", "vow", "pledge to retaliate"),
}
STANCE_NOUNS: dict[str, tuple[str, ...]] = {
    "rejects": ("rejection", "refusal", "objection", "veto", "opposition"),
    "demands": ("demand", "demands", "request", "requests", "precondition", "preconditions", "condition", "conditions",
                "call", "calls", "insistence", "ultimatum", "requirement"),
    "proposes": ("proposal", "proposals", "offer", "initiative", "plan", "suggestion", "memorandum"),
    "accepts": ("acceptance", "support", "approval", "endorsement"),
    "agrees": ("agreement", "agreements", "deal", "accord", "consensus", "understanding"),
    "warns": ("warning", "warnings", "threat", "threats"),
}
# Stance nouns that are a side's position wherever they stand, when the side is named in them
# ("the U.S. proposal", "an offer from Moscow"); not "call" (a telephone call), "deal" or
# "support" (whose side is often someone else's).
NOMINAL_STANCE_NOUNS = frozenset({"proposal", "proposals", "offer", "demand", "demands", "plan",
                                  "initiative", "ultimatum", "refusal", "rejection", "suggestion",
                                  "precondition", "preconditions", "insistence", "memorandum",
                                  "request", "requests"})
# Verbs that pass the stance to their object noun: "pressed its demand", "confirmed an agreement".
LIGHT_VERBS = frozenset(form for verb in (
    "press", "reiterate", "repeat", "renew", "voice", "express", "make", "put", "issue", "present",
    "table", "submit", "lodge", "deliver", "restate", "underline", "stress", "maintain", "have",
    "stick", "stand", "raise", "push", "hand", "confirm", "announce", "reach", "result", "produce",
    "yield", "strike", "sign", "conclude", "welcome", "reject", "send", "outline", "set", "lay",
    "back", "signal", "offer", "give", "hold", "finalise", "finalize", "seal", "secure") for form in inflect(verb))
# Head nouns of a post that a side's word may precede with a title of any ministry or service
# ("the northern Infrastructure Minister", "Southern Deputy Agriculture Secretary"): plain
# English words for offices, none of them a particular conflict's.
POST_NOUNS = ("minister", "secretary", "commander", "governor", "ambassador", "prosecutor", "commissioner",
              "senator", "lawmaker", "admiral")
# Prepositions whose object is the setting of a statement, not its subject matter: "at the summit",
# "before the talks", "hours before the meeting".
SETTING_PREPS = frozenset({"at", "before", "after", "during", "since", "following", "from", "amid",
                           "throughout", "ahead", "eve"})
# Verbs whose "at" names what they are about, not where: "would look at the names of the children",
# "hinted at a truce", "balked at the price", not "said at the summit".
AT_OBJECT_VERBS = frozenset(form for verb in ("look", "aim", "point", "hint", "glance", "balk", "baulk", "scoff",
                                              "lash", "swipe", "stare", "laugh", "bristle", "chafe", "rail")
                            for form in inflect(verb))
# Subject nouns that stand for people, so "the head of the northern delegation" is the North's.
# Words that make a noun one more of its kind than the one before: "Other conditions", "a further demand".
FURTHER_WORDS = frozenset({"other", "another", "further", "additional", "remaining"})
PERSON_NOUNS = frozenset({
    "head", "heads", "chief", "leader", "leaders", "member", "members", "spokesman", "spokeswoman",
    "spokesperson", "representative", "representatives", "envoy", "envoys", "minister", "ministers",
    "official", "officials", "delegation", "delegations", "team", "negotiator", "negotiators",
    "president", "aide", "aides", "adviser", "advisers", "source", "sources", "diplomat", "diplomats",
    "side", "government", "office", "ministry", "administration", "secretary", "deputy"})
# Nouns for an exchange between the sides: with both sides named, the sentence is both sides'.
EXCHANGE_NOUNS = frozenset({"exchange", "exchanges", "swap", "swaps", "handover", "handovers"})
# Words that make acceptance conditional: "would meet him once an agenda is ready".
CONDITION_WORDS = frozenset({"once", "provided", "providing"})
# News that reports what others said or did; its report is no position of its own.
PRESS_NOUNS = frozenset({"media", "agency", "agencies", "newspaper", "newspapers", "outlet", "outlets", "reports",
                         "report", "broadcaster", "television", "tv", "channel", "wire", "press", "daily",
                         "reporters", "correspondent", "correspondents"})
# International wires and broadcasters; a profile adds the outlets of its own conflict.
PRESS_NAMES = frozenset({"Reuters", "AP", "AFP", "Bloomberg", "BBC", "CNN", "Xinhua"})
# Who a speaker tells something to: "told reporters" still reports the clause before it.
AUDIENCE_NOUNS = frozenset({"reporters", "journalists", "press", "media", "audience", "him", "her", "them",
                            "us", "me", "parliament", "lawmakers", "delegates", "viewers", "listeners"})
# A side's readiness is a stance: "Kyiv is ready for talks" accepts them.
ATTITUDE_ADJECTIVES = {"ready": "accepts", "willing": "accepts", "prepared": "accepts", "open": "accepts",
                       "committed": "accepts", "determined": "demands", "unwilling": "rejects",
                       "reluctant": "rejects", "opposed": "rejects"}
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# A negated agreement is a rejection; a negated rejection says nothing firm.
NEGATED_STANCE = {"agrees": "rejects", "accepts": "rejects", "rejects": "states",
                  "demands": "states", "proposes": "states", "warns": "states"}
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "his", "her", "their"})

# Nouns that count as the unit of a figure, by category.
UNITS: dict[str, tuple[str, ...]] = {
    "prisoners": ("prisoners of war", "prisoners", "prisoner", "pows", "pow", "captives",
                  "detainees", "servicemen", "service members", "servicemembers", "soldiers",
                  "troops", "fighters", "combatants", "captured soldiers", "military personnel",
                  "defenders", "returnees"),  # "303 more defenders came home"
    "bodies": ("bodies", "remains", "dead", "fallen", "corpses"),
    "civilians": ("civilians", "civilian detainees", "civilian hostages", "hostages", "people",
                  "persons", "individuals"),
    "children": ("children", "kids", "minors", "orphans", "teenagers", "youngsters", "child"),
    "duration": ("fortnight", "fortnights", "days", "day", "hours", "hour", "minutes", "minute", "weeks", "week", "months",
                 "month", "years", "year"),
    "percent": ("percent", "per cent", "%"),
    "other": ("groups", "group", "working groups", "points", "rounds", "proposals", "regions",
              "drones", "missiles", "tanks", "billion", "million", "dollars", "euros", "members",
              "delegates", "officials", "documents", "names", "lists", "kilometres", "kilometers",
              "miles", "villages", "towns", "settlements", "countries", "leaders", "sessions",
              "meetings", "conditions", "demands", "steps", "items", "point",
              "tonnes", "tons", "metric tons", "tonne",  # grain shipped under a deal the talks made
              "ships", "vessels", "tankers"),  # ships through a corridor, tankers blacklisted
}
# People coming home from captivity, told without a verb of exchange: "1,000 of our people came home"
# (not "came back", which troops and the displaced do too)
HOMECOMING = ("came home", "come home", "comes home", "coming home", "brought home")
# Words before a count that make it a part of the count before it: "240 came home, among them 90 civilians"
PART_CUES = ("including", "incl.", "among them", "among those", "among whom", "of whom", "of them", "of those", "of which")
# In an exchange, soldiers and people are prisoners; next to "bodies of", they are the dead.
EXCHANGE_CUES = ("exchange", "swap", "release", "prisoner", "captive", "pow", "return", "freed",
                 "handed over", "repatriat", "captivity", *HOMECOMING)
# Words ending in -s after a number that are not what it counts ("1,000 was", "2025 has").
NOT_PLURAL_NOUNS = frozenset({"was", "has", "is", "this", "as", "us", "its", "his", "hers", "yes",
                              "does", "less", "plus", "thus", "across", "unless", "whereas", "always"})
DEAD_CUES = ("bodies of", "remains of", "fallen", "killed", "dead")
# Page furniture and audience counters next to a number ("214 posts", "(15 images)", "one of
# 12,000 readers"), and the weather's degrees: never a term of the talks.
NOT_COUNTED = frozenset({"images", "photos", "pictures", "videos", "posts", "comments", "views", "likes", "updates",
                         "shares", "replies", "followers", "subscribers", "readers", "listeners", "viewers",
                         "downloads", "degrees",
                         "pages", "page"})  # a document's length ("the transcript (148 pages)"), not a term
# Numbers of the war and of trade, not of the talks: weapons fired or downed, energy lost,
# voyages made ("120 drones", "900 megawatts", "400 voyages"). Tonnes of grain are counted: what
# a grain deal moved is the measure of the deal the talks are about.
WAR_AND_TRADE_UNITS = frozenset({"drones", "drone", "missiles", "missile", "rockets", "shells", "bombs", "strikes",
                                 "attacks", "assaults", "raids", "shellings", "sorties", "megawatts", "megawatt", "gigawatts", "mw", "gw",
                                 "households", "homes", "voyages", "cargoes",
                                 "shipments", "barrels", "kilograms", "kilos", "kg", "pounds"})
# Counted nouns that make no figure when spelled small: "the two sides", "both countries".
NOT_A_FIGURE_UNITS = ("sides", "side", "countries", "leaders", "parties", "delegations",
                      "presidents", "nations", "teams", "things", "ways", "reasons", "wars", "questions",
                      "pieces")

HEDGES: dict[str, tuple[str, ...]] = {
    "at_least": ("at least", "no fewer than", "not fewer than", "no less than", "not less than",
                 "a minimum of", "at a minimum"),
    "at_most": ("up to", "at most", "no more than", "not more than", "a maximum of", "as many as"),
    "more_than": ("more than", "over", "upwards of", "in excess of", "above", "exceeding"),
    "less_than": ("less than", "fewer than", "under", "below", "just under", "almost"),
    "about": ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
              "close to", "nearly", "circa", "an approximate", "about some"),
}
PER_SIDE_AFTER = ("each", "from each side", "per side", "on each side", "from both sides",
                  "on both sides", "apiece", "for each side", "from either side", "each side", "a side")
STATUS_CUES: dict[str, tuple[str, ...]] = {
    "completed": ("exchanged", "swapped", "returned", "released", "freed", "handed over",
                  "repatriated", "took place", "carried out", "brought home", "came home",
                  "have been returned", "were returned", "received", "completed", "home from captivity"),
    "agreed": ("agreed", "agreement", "agree", "deal", "will exchange", "will swap",
               "would exchange", "would swap", "confirmed", "consented", "signed", "arranged"),
    "proposed": ("proposed", "proposes", "propose", "proposal", "offered", "offers", "offer",
                 "suggested", "suggests", "put forward", "called for", "asked for", "demanded",
                 "wants", "wanted", "seeks", "plan"),
    # Verbs that only report a number; nearer than an "agreed" further off, they win.
    "reported": ("set", "gave", "give", "issued", "imposed", "announced", "said", "reported",
                 "estimated", "counted", "according to"),
}
CUMULATIVE_CUES = ("so far", "in total", "a total of", "total of", "to date", "since the start of",
                   "since the beginning of", "since the war began", "since the full-scale",
                   "altogether", "overall", "cumulative", "in all", "all told", "since 2022",
                   "since february 2022", "throughout the war")
DEADLINE_CUES = ("deadline", "ultimatum", "or face", "grace period", "time frame", "timeframe",
                 "window", "days from today", "days from now", "or else")
PERCENT_IDIOMS = ("sure", "certain", "confident", "committed", "behind", "right", "wrong", "true",
                  "correct", "convinced",
                  "chance", "chances", "probability", "likelihood")  # "a 20 to 30 percent chance": odds, no term

# Labels of the one who asks, in a transcript ("QUESTION (Izvestia): ...", "Q: ..."): what they
# ask is what the answer after it is about, and no side's position.
QUESTION_LABELS = frozenset({"question", "q", "reporter", "journalist", "interviewer", "moderator",
                             "host", "correspondent", "audience"})
# Labels of the one who answers in an interview ("A: ..."): the person the interview is with,
# named before the first question.
ANSWER_LABELS = frozenset({"a", "answer"})

# Texts a side puts on the table: what such a text "would" do is its authors' position.
DOCUMENT_NOUNS = ("plan", "plans", "draft", "drafts", "proposal", "proposals", "counter-proposal",
                  "counterproposal", "memorandum", "memoranda", "framework", "blueprint", "roadmap",
                  "road map", "peace formula", "term sheet", "document", "text")
# Verbs that make someone a text's author: "the draft, put together by the U.S. envoy".
AUTHORING = ("put together", "drawn up", "drew up", "drafted", "written", "prepared", "presented",
             "proposed", "submitted", "put forward", "authored", "tabled", "handed over", "handed", "delivered",
             "sent", "worked out")
# What a text does when it is described, not quoted: "would require", "provides for".
CONTENT_VERBS = ("would", "provides for", "provide for", "envisages", "envisage", "calls for", "sets out",
                 "requires", "stipulates", "foresees", "includes")
# What a text does, said of it only when it is the sentence's subject ("The draft asks the South to
# cap its army"): the same words say what a side does ("the North demands a truce").
TEXT_VERBS = ("asks", "offers", "proposes", "demands", "obliges", "guarantees", "grants", "bars", "rules out")

# Verbs whose subject undergoes the thing, not holds a position on it: "the North would face new
# sanctions" is a threat against the North (someone else's position), not the North's.
UNDERGOING_VERBS = frozenset({"face", "faces", "faced", "facing", "risk", "risks", "risked", "risking",
                              "incur", "incurs", "incurred", "suffer", "suffers", "suffered"})
# Verbs of being handed something: in a relative clause ("the plan, which the South received on
# Monday") their subject is not the text's author, and the clause holds no position.
RECEIVING_VERBS = frozenset({"receive", "receives", "received", "receiving", "got", "obtained"})
