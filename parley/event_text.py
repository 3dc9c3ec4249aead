"""How the words around an exchange figure say when, what and whose: one Reading per figure.

The date comes from the words near the number ("on 23 May", "on Friday", "in June"), else from
the paragraph the sentence continues, else from the talks round or the publication day the
article reports (its news), or, for background the text leaves undated, any time before it.
The word that governs the number says agreed, offered, carried out, so far, still held; the
noun phrase says per side, one side (whose people, by the profile's names), both sides together
(a sum of other figures) or a part of another figure ("of whom 51 civilians"). Date expressions
are read by ``parley.extract.dates`` (or the reader passed in as ``dates``), never here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import combinations

from parley.extract.dates import DateMention, dates_in, looks_back
from parley.extract.lexicon import PART_CUES, REPORTED, UNITS
from parley.extract.numbers import find_numbers
from parley.extract.sentences import GLOSS, LINE_LEAD, list_heading, paragraph_start
from parley.profile import EXCHANGE_CATEGORIES, KnownEvent, Profile
from parley.store import FigureRow

FAMILY = {"agreement": "agreement", "offer": "offer", "proposal": "offer", "stage": "done",
          "completed": "done", "cumulative": "cumulative", "list": "list", "other": "other"}
NEWS_DAYS = 3  # an article's undated news happened on its day or the days just before
AFTER_ROUND_DAYS = 30  # what a round agreed and the sides then carried out was done within weeks
BEFORE_DAYS = 730  # an undated background fact: any time in the two years before the article
DateFinder = Callable[[str, "date | None"], Sequence[DateMention]]


def default_dates() -> DateFinder:
    """The shared date reader of extraction, remembering what it read: a page recomputing the
    ledger after one new article reads only that article's dates."""
    return _remembered_dates


@lru_cache(maxsize=20_000)
def _remembered_dates(text: str, base: date | None) -> tuple[DateMention, ...]:
    return tuple(dates_in(text, base))


@dataclass(frozen=True)
class Window:
    """The days an event may have happened on, and the words that say so."""

    earliest: date
    latest: date
    words: str
    basis: str  # text, paragraph, round, published, before, known

    @property
    def days(self) -> int:
        return (self.latest - self.earliest).days + 1

    def overlaps(self, other: Window) -> bool:
        return self.earliest <= other.latest and other.earliest <= self.latest

    def label(self) -> str:
        """"23 May 2025", "11–16 Jun 2025", "Jun 2025", "before 12 May 2025"."""
        first, last = self.earliest, self.latest
        if self.basis == "before":
            return f"before {_day(last)}"
        if first == last:
            return _day(first)
        if first.day == 1 and (last + timedelta(days=1)).day == 1 and first.month == last.month:
            return f"{first:%b %Y}"
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{last.day} {last:%b %Y}"
        return f"{_day(first)} – {_day(last)}"


@dataclass(frozen=True)
class Reading:
    """What the text says about one exchange figure: kind, role, whose, when."""

    row: FigureRow
    at: int  # where the number starts in the article's text
    kind: str  # agreement, offer, proposal, completed, cumulative, list, other
    firm: bool  # the kind comes from a word governing the number, not a guess
    role: str  # each (per side), side (one side's count), total (both or several together), part
    side: str | None  # the side whose people are counted (a profile actor id)
    window: Window | None
    part_of: int | None = None  # index of the reading this one is a part of
    under_agreement: bool = False  # its article says the exchange carried out an agreement
    completes: bool = False  # "completing the exchange", "in all": the whole, not a stage
    alternative_of: int | None = None  # index of the reading this one is another account of ("or", "not")
    disputed: bool = False  # its text, or the sentence before or after, says two counts differ

    @property
    def family(self) -> str:
        return FAMILY[self.kind]

    @property
    def low(self) -> float:
        return bounded(self.row)[0]

    @property
    def high(self) -> float:
        return bounded(self.row)[1]


# -- reading the text around a figure ----------------------------------------------------------
# "21, not 19" denies a count for another of the same quantity, as "or" offers one.
_OR_BEFORE = re.compile(r"^[^.;:]{0,80}?(?:(?:,\s*|\s)or\s+(?:\w+\s+)?|,\s*not\s+)$", re.IGNORECASE)
# "610, the South 640": the number before, a comma and a side's name right before this one; and
# the verb of counting before the first number
_COUNTED_BY = re.compile(r"\b(?:counted|counts|count|tallied|tallies|recorded|records|registered|reported|reports|"
                         r"estimated|estimates|put\s+(?:it|the\s+\w+)\s+at|puts\s+(?:it|the\s+\w+)\s+at)\s+"
                         r"(?:\w+\s+){0,2}?$", re.IGNORECASE)
_GAPPED = re.compile(r"^[\d,.]+\s*,\s*(?:and\s+|but\s+|while\s+)?(?P<side>[^\W\d][^,;.\d]{1,28}?)\s+$")
# "the South said it had received 700; the North put the figure at 703": another source's count.
_ANOTHER_COUNT_BEFORE = re.compile(r"^[^.]{0,120}?\b(?:put|puts|putting|placed|places|gave|gives|cited|cites)\s+"
                                   r"(?:the|its|their|his|her|a)\s+(?:own\s+)?(?:figure|number|total|count|tally|toll)\s+"
                                   r"(?:at|as|of)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)


def _cues(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


# A figure that names a group, not an exchange: "a list of 339 children", "a group of 1,000".
_LIST_BEFORE = re.compile(r"\b(?:lists?|rosters?|registers?|registry|database|group|pool|names)\s+of\s+"
                          r"(?:\w+\s+){0,2}$", re.IGNORECASE)
# Numbers that are not of an exchange: those still held, missing, deported, killed.
_OTHER = _cues(r"still", r"remain(?!s\s+of\b)\w*",  # not "the remains of" the dead
               r"missing", r"deported", r"displaced", r"abducted", r"killed",
               r"identified", r"unaccounted")
# A standing count of those a side holds, when no word of an exchange governs the number:
# "the 9,000 civilians the North holds" (not "150 soldiers held by the North were freed")
_HELD = _cues(r"held by", r"holds", r"in captivity")
_CUMULATIVE = _cues(r"since", r"so far", r"to date", r"cumulative", r"running total", r"tally",
                    # "the total reached 4,000"; not "reached an agreement", nor "the agreement reached in Valletta"
                    r"(?<!agreement\s)(?<!deal\s)(?<!accord\s)(?<!understanding\s)(?<!compromise\s)"
                    r"reached(?!\s+(?:an?|the|their)\s+(?:\w+\s+)?(?:agreement|deal|understanding|accord|consensus|compromise))",
                    r"all told", r"passed", r"throughout", r"the (?:total|number|figure) to",
                    r"bringing to", r"brings to", r"until now", r"as of")
_OFFER = _cues(r"offer\w*", r"ready to", r"readiness to", r"willing to", r"prepared to", r"promis\w*", r"pledg\w*")
_PROPOSAL = _cues(r"propos\w*", r"suggest\w*", r"call\w* for", r"demand\w*", r"request\w*", r"asked for",
                  r"want\w*", r"seek\w*", r"sought", r"urg\w*",
                  # a side's aim: "counting on the release of 700", "hoping for the return of ..."
                  r"count(?:s|ed|ing)? on", r"hop(?:e|es|ed|ing) for")
# An agreement that "calls for" what it settled: "The deal, agreed on 2 March, calls for ...",
# "the agreement of March, which provided for ..."; not a draft's, a proposed or possible deal's,
# nor one "which the North rejected".
_TERMS_WORDS = (r"provid(?:e|es|ed|ing)\s+for", r"envisag(?:e|es|ed|ing)", r"stipulat(?:e|es|ed|ing)")
_SETS_TERMS = rf"(?:call\w*\s+for|{'|'.join(_TERMS_WORDS)})"
_A_DEAL_SETS = (r"\b(?:deal|agreement|accord|arrangement|understanding)s?\b"
               r"(?:\s+(?:of|from|in|at|on|reached|struck|signed|agreed|made)\b[^,;.]{0,40}?)?\s*(?:,[^,;.]{0,60},\s*)?"
               rf"(?:,?\s*(?:which|that)\s+(?:also\s+)?)?{_SETS_TERMS}")
_DEAL_CALLS_FOR = re.compile(_A_DEAL_SETS + "$", re.IGNORECASE)
_DEAL_SETS_NUMBER = re.compile(_A_DEAL_SETS + r"\s+(?:(?:at least|no fewer than|up to|about|some|more than|nearly)\s+)?$",
                               re.IGNORECASE)
_NOT_SETTLED = re.compile(r"\b(?:draft\w*|propos\w*|possible|potential|reject\w*|negotiated|plan)\b", re.IGNORECASE)
_AGREEMENT = _cues(r"agree\w*", r"deal",
                   # "both delegations announced a 1,000-for-1,000 exchange": a new deal made known (not
                   # "announced the swap of 300", often one done)
                   r"announc\w*\s+an?\s+(?:(?!complet)[\w,-]+\s+){0,3}?(?:exchanges?|swaps?)"
                   r"(?![^.;]{0,40}\b(?:(?:taken|took)\s+place|carried\s+out|complet\w*))", r"undert(?:ook|ake|akes|aken|aking)", r"accord", r"settled on", r"commit\w*", r"consent\w*",
                   r"understandings?", r"arranged", r"quota", r"(?:will|would|to be) (?:be )?(?:exchanged?|swap\w*|released?)")
_DONE = _cues(r"exchang(?:ed|ing)", r"swapp(?:ed|ing)", r"releas(?:ed|ing)", r"return(?:ed|ing)", r"free(?:d|ing)",
              r"hand(?:ed|ing)? (?:over|back)", r"(?:came|come|went|gone|brought|got|coming|going) (?:back|home)",
              r"bringing (?:back|home)", r"received", r"receiving", r"repatriat(?:ed|ing)", r"transferred",
              r"arrived", r"involved", r"covered", r"took place", r"carried out", r"reunited", r"delivered",
              r"recovered", r"went the other way", r"carrying",  # "the buses crossed, carrying 240 freed men"
              # "under the spring agreements, more than 600 have already gone to the South": what was delivered
              r"(?:has|have|had) (?:already |now |so far )?(?:gone|been sent)", r"went (?:to|back to)",
              # the verb, not the adjective ("demanded a complete exchange"), and not "completed only in part"
              r"(?<!\ba )(?<!\ban )(?<!\bthe )complet(?:e|es|ed|ing)(?!\s+(?:only\s+)?(?:in part|partly|partially))")
_WEAK_DONE = _cues(r"exchanges?", r"swaps?", r"handovers?", r"hand-overs?", r"release", r"return",
                   r"repatriation", r"transfers?")
# A sentence that looks ahead, or asks.
_AHEAD = re.compile(r"\b(?:will|would|shall|going to|next (?:week|month)|(?:meant|supposed|intended|planned) to|"
                    r"expect(?:s|ed|ing)?)\b|[’']ll\b|\?\W*$", re.IGNORECASE)
# A date that belongs to an agreement phrase before it ("the agreement reached in the capital on").
_OF_AN_AGREEMENT = re.compile(r"\b(?:agreements?|deal|accords?|understandings?|arrangements?)\b[^.;,\d]{0,40}$"
                              # a verb of agreeing just before the day: "settled on in Valletta on 2 March"
                              # (or at a round: "agreed at the first round on 2 March")
                              r"|\b(?:agreed|settled on|reached|signed|struck)(?:\s+(?:in|at|during)\s+(?:[A-Z][\w-]*|talks\s+in\s+[A-Z][\w-]*|"
                              r"the\s+(?:[\w-]+\s+){0,2}?(?:round|talks|meeting|summit)(?:\s+of\s+(?:talks|negotiations))?))?"
                              r"\s+(?:on\s+)?$",
                              re.IGNORECASE)
# "That day", "the same day": the day named before, not the day of writing.
_THAT_DAY = re.compile(r"\b(?:that|the same) day\b", re.IGNORECASE)
# Before a verb of exchange, these make it a plan, not a fact: "agreed to exchange", "will free".
# (an adverb, or a verb of starting, may stand between: "ready to start handing over", "will begin
# releasing", "is to continue releasing")
_STILL_TO_DO = (r"\s+(?:(?:also|then|soon|still|now|later|again|\w+ly)\s+)?"
                r"(?:(?:start|begin|resume|restart|continue)\s+)?(?:be\s+)?$")
_NOT_YET = re.compile(rf"\b(?:to|will|would|could|should|may|might|can|shall){_STILL_TO_DO}", re.IGNORECASE)
# "Russia will hand over 6,000 bodies": a commitment announced, when no word says offer or deal.
_PROMISED = re.compile(rf"\b(?:will|shall|would){_STILL_TO_DO}", re.IGNORECASE)
# A headline tells what happened in the present: "North and South swap 60 prisoners each".
_HEADLINE_DONE = re.compile(r"\b(?:swaps?|exchanges?|frees?|releases?|returns?|hands? (?:over|back)|receives?|"
                            r"repatriates?|brings? (?:back|home)|gets? back)\s+(?:[^\W\d]+\s+){0,3}$", re.IGNORECASE)
# What a text sets out: a deal's terms, a draft's or a plan's proposal, else no kind of its own
# ("the format provides for ...").
_TERMS = _cues(*_TERMS_WORDS)
_KIND_CUES = (("offer", _OFFER), ("proposal", _PROPOSAL), ("agreement", _AGREEMENT), ("completed", _DONE),
              ("terms", _TERMS))
_STATUS_KIND = {"completed": "completed", "agreed": "agreement", "proposed": "proposal"}
_QUESTION_LENGTH = 100  # an explainer's question heading is a short line of its own
_HEADING_QUESTION = re.compile(r"[A-Z][^.!?:\n]*\?")  # one sentence, no speaker's label
# A count told only as a size, with no verb of what happened to it: "put it at 500 a side"
_PUT_AT = re.compile(r"\b(?:put|puts|putting)\s+(?:it|them|the\s+(?:figure|number|total|count|size))\s+at\s+"
                     r"(?:[\w-]+\s+){0,3}?$|\b(?:numbers|numbered|came\s+to|comes\s+to|amounts?\s+to|totals?|totalled|totaled)\s+"
                     r"(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
# A colon or a dash with no other clause between the number and it: a list of its parts follows
_STAGES_LISTED = re.compile(r"[^;.]*?(?::|\s[–—-]\s)\s*")

# A part of a figure said just before: "of those freed, 33 ...", "ten of them", "including 51".
_PART_OPENING = re.compile(r"^\W*(?:of|among)\s+(?:the|those|these|them|whom|which)\b", re.IGNORECASE)
_PART_WORDS = "|".join(re.escape(cue) for cue in PART_CUES)
_PART_BEFORE = re.compile(rf"\b(?:{_PART_WORDS})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
# "The 90 comprised 60 soldiers and 30 civilians": every count of the list is a part.
_PART_LIST_BEFORE = re.compile(r"\b(?:compris(?:ed|es|ing)|consist(?:ed|s|ing)? of|made up of|broken down into|"
                               rf"split into|{_PART_WORDS})\s+(?:[\w-]+\s+){{0,2}}"
                               r"(?:[\d,]+\s+(?:[\w-]+\s+){0,2}(?:and|,)\s+(?:[\w-]+\s+){0,2})?$", re.IGNORECASE)
# "... of them", "60 soldiers and 30 civilians among them", "80 of the returnees are soldiers"
_PART_AFTER = re.compile(r"^(?:[\w\s-]{0,12}?\b(?:of (?:them|those|whom|these)|among them)\b|"
                         r"\s+(?:[\w-]+\s+){0,2}?and\s+[\d,]+\s+(?:[\w-]+\s+){0,2}?among\s+them\b|"
                         r"\s+of\s+the\s+(?:returnees|returned|freed|released|exchanged|repatriated|men|people|"
                         r"prisoners|captives|soldiers|servicemen)\b)", re.IGNORECASE)
# "240 Southerners: 200 soldiers and 40 civilians", "240 people were freed - 200 ...": a count, then its parts
_PARTS_OPENED = re.compile(r"^[\d,.]+\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*(?::|\s[-–—])\s*$")
_PER_SIDE_AFTER = re.compile(r"^[^,.;:]{0,40}?\b(?:a side|per side|each side|on each side|from each side|"
                             r"on either side|from either side|each|apiece|per country|from each country|"
                             r"on both sides|from both sides)\b", re.IGNORECASE)
_EACH_BEFORE = re.compile(r"\beach\s+(?:\w+\s+)?(?:(?:at least|more than|about|some|nearly|up to)\s+)?$", re.IGNORECASE)
_OTHER_DIRECTION = _cues(r"the other (?:way|direction)")  # "... and 40 went the other way": parts of both sides
_BOTH_DIRECTIONS = _cues(r"both directions", r"both ways", r"counting both", r"both sides together",
                         r"combined", r"in both directions")
_FULFILLED = _cues(r"(?:was|were|has been|have been|had been)\s+(?:fully\s+|finally\s+)?"
                   r"(?:completed|carried out|implemented|fulfilled)(?!\s+(?:only\s+)?(?:in part|partly|partially))")
# Words saying two counts of one quantity differ: "gave a different figure", "a lower count",
# "the gap with the ministry's numbers", "neither side explained the difference" (not "the gap on
# territory", "a higher number of troops")
_COUNTS = r"(?:figures?|numbers?|counts?|totals?|tall(?:y|ies)|accounts?|lists?)\b(?!\s+of\b)"
_DISPUTED = re.compile(rf"\b(?:(?:(?:a|another)\s+)?different\s+{_COUNTS}|"
                       rf"(?:gave|gives|give|put|puts)\s+(?:a\s+)?(?:lower|higher|smaller|larger)\s+{_COUNTS}|"
                       rf"(?:gap|difference|discrepancy|mismatch)\s+(?:between|with|in)\s+(?:[\w’'-]+\s+){{0,3}}?{_COUNTS}|"
                       # "neither side explained the difference." (not "explain the difference between a truce and ...")
                       r"(?:explain\w*|explanation\s+(?:for|of))\s+(?:the\s+|this\s+)?(?:gap|difference|discrepancy)"
                       r"(?!\s+(?:between|in|on|of|over)\b))", re.IGNORECASE)
_BARE_WHOLE = re.compile(rf"(?<![\d,.])(?!(?:19|20)\d\d\b)(?P<n>\d[\d,.]*)\s*,\s*(?:{_PART_WORDS})", re.IGNORECASE)
_ITS_STAGE = re.compile(r"\bits\s+(?:first|second|third|fourth|final|last)\s+(?:stage|phase|day|batch|tranche)\b",
                        re.IGNORECASE)
# A clause of its own between a number and a verb: "... was signed only after the handover was completed"
_SUBORDINATE = re.compile(r"\b(?:after|before|when|once|until|while|because|since|as soon as)\b", re.IGNORECASE)
_DEAL_TO = re.compile(r"\b(?:deal|agreement|accord|understanding)\s+(?:(?:reached|struck|made|agreed|signed)\b[^.;:]{0,60}?\s)?"
                      r"to\s+(?:exchange|swap|release|free|return|repatriate|hand\s+over)\s+"
                      r"(?:(?:up\s+to|at\s+least|some|about|around|another|a\s+further)\s+)?$", re.IGNORECASE)
# Stages said to add up to the number: "the three stages make up the 500 agreed" is the whole
# exchange done, whatever agreement the sentence goes on to name.
_STAGES_SUM = re.compile(r"\b(?:stages|phases|tranches|batches)\b[^.;]{0,20}?\b(?:(?:make|makes|made)\s+up|"
                         r"(?:add|adds|added)\s+up\s+to|(?:bring|brings|brought|take|takes|took)\s+"
                         r"(?:it|the\s+(?:total|number|count))\s+to)\s+(?:the\s+|a\s+total\s+of\s+)?$", re.IGNORECASE)
_COMPLETES = _cues(r"complet\w*", r"in all", r"in total", r"altogether", r"all of the")
# A count of those a rule covers ("300 people fall into those categories", "are eligible"): the
# size of the agreement or offer that names the rule, or a group; never an exchange by itself.
_POOL = _cues(r"fall(?:s|ing)? (?:into|under|within)", r"fell (?:into|under|within)", r"eligible",
              r"qualif(?:y|ies|ied|ying)", r"meets? the (?:criteria|conditions)")
# A day something is due by ("the lists should be ready by Friday"), and a clause about a step
# still to come: neither says when an agreement was made.
_DUE_BEFORE = re.compile(r"\b(?:by|before|until|till|no later than)\s+$", re.IGNORECASE)
_STEP_AHEAD = _cues(r"should", r"must", r"will", r"would", r"shall", r"(?:is|are) (?:due|expected|set) to",
                    r"(?:is|are) to", r"to be")
# The exchange carried out an agreement: "carried out under the understandings reached",
# "as part of the deal" refer to the article's news from any sentence; "the first stage", "in
# three stages" describe the exchange of their own sentence.
_UNDER_AGREEMENT = _cues(r"carried out under", r"(?:made|conducted|held|done|completed) under",
                         r"under the (?:terms|deal|agreement|accord|understandings?|arrangements?)",
                         r"as part of the (?:deal|agreement|accord|understandings?|arrangements?)",
                         r"in (?:line|accordance|keeping) with the (?:deal|agreement|accord|understandings?)",
                         r"counts? towards")
_STAGE = _cues(r"(?:first|second|third|fourth|fifth|final|last|next|latest|new|another)(?: and (?:final|last))? "
               r"(?:stage|phase|part|tranche|batch|day)",
               r"in (?:two|three|four|five|six|several|\d+) (?:stages|phases|parts|tranches|batches)",
               r"stages? of the (?:exchange|swap|deal|agreement)")
_NEGATED = re.compile(r"\b(?:not|no|whether|never)\b[^.;]{0,40}$", re.IGNORECASE)

# Clause and segment breaks: fine ones part "In a swap mediated by the UAE, 246 prisoners were
# released" from its aside; coarse ones part the items of a list of events. A clause of its own
# opens on a concession or a second verb of saying before its subject ("60 came home, though the
# 500 agreed ...", "it freed 60 and said 20 were still held"): its verb is of its own number.
# not "though delayed" (a participle), nor "and said on Friday that" (the day is the saying's)
_OWN_CLAUSE = (r"\b(?:even though|although|though|whereas)\s+(?![a-z]+(?:ed|en)\b)"
               r"|\s(?:and|but)\s+(?:said|says|added|adds|noted|notes)\s+(?!(?:on|last|this|late|early|in|at)\b)")
# (an en dash between two numbers joins a range, "23–25 May": no break)
_FINE_BREAK = re.compile(r"[;:()]|,\s|\s[–—-]\s|—|(?<!\d)–|–(?!\d)|" + _OWN_CLAUSE)
_COARSE_BREAK = re.compile(r"[;:]|\s[–—-]\s|,\s+(?:and|but|while|whereas)\s|" + _OWN_CLAUSE)
_ROUND_WORD = re.compile(r"\b(?:round|talks|meeting|session)\b", re.IGNORECASE)
_AFTER_ROUND = re.compile(r"\b(?:after|following|in the wake of)\s+(?:the\s+|that\s+|this\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:round|talks|meeting|session)\b", re.IGNORECASE)


def read_figures(rows: Sequence[FigureRow], texts: Mapping[str, str], profile: Profile,
                 dates: DateFinder | None = None) -> list[Reading]:
    """Every exchange figure read in its article (rows in article order, as the store gives them)."""
    dates = dates or default_dates()
    sides = _side_names(profile)
    rounds = {r.id: r for r in profile.rounds}
    readings: list[Reading] = []
    by_article: dict[str, list[FigureRow]] = {}
    for row in rows:
        if row.figure.category in EXCHANGE_CATEGORIES:
            by_article.setdefault(row.article_id, []).append(row)
    for article_id, members in by_article.items():
        text = texts.get(article_id)
        published = members[0].published
        if text is None:  # the sentences alone: no paragraph context
            text = "\n".join(dict.fromkeys(r.figure.text for r in members))
            members = [replace(r, figure=replace(r.figure, start=text.index(r.figure.text),
                                                 end=text.index(r.figure.text) + len(r.figure.text)))
                       for r in members]
        article = _Article(text, published, list(dates(_paragraphs_of(text, members, published), published)),
                           sides, rounds)
        readings.extend(article.read(members, offset=len(readings)))
    return readings


def _paragraphs_of(text: str, rows: list[FigureRow], published: date | None) -> str:
    """The text with only the paragraphs that hold these figures (blank elsewhere, so offsets
    stay): dates are read where figures are. An undated article keeps all of it, since a date
    without a year takes the year the text gives elsewhere."""
    if published is None:
        return text
    keep = sorted({(paragraph_start(text, r.figure.start), max(text.find("\n", r.figure.end), r.figure.end))
                   for r in rows} | {heading for r in rows if (heading := list_heading(text, r.figure.start))})
    pieces, at = [], 0
    for start, end in keep:
        if end <= at:
            continue
        start = max(start, at)
        pieces += [re.sub(r"[^\n]", " ", text[at:start]), text[start:end]]
        at = end
    pieces.append(re.sub(r"[^\n]", " ", text[at:]))
    return "".join(pieces)


@lru_cache(maxsize=50_000)
def _numbers(piece: str) -> tuple:
    return tuple(find_numbers(piece))


class _Article:
    """One article's text, its date mentions and the figures in it, read in order."""

    def __init__(self, text: str, published: date | None, mentions: list[DateMention],
                 sides: list[tuple[re.Pattern[str], str]], rounds: dict) -> None:
        self.text, self.published, self.sides, self.rounds = text, published, sides, rounds
        self.mentions = [m for m in mentions if m.kind != "year" and not _starts_span(text, m)]
        # "carried out over three days from 3 March": the days an exchange done took
        self.spans = [span for m in mentions if m.kind != "year" and (span := _over_days(text, m))]
        self.under = [m.start() for m in _UNDER_AGREEMENT.finditer(text)
                      if not _NEGATED.search(text[max(0, m.start() - 60):m.start()])]
        self.stages = [m.start() for m in _STAGE.finditer(text)]

    def read(self, rows: list[FigureRow], offset: int) -> list[Reading]:
        positions = self._positions(rows)
        spans = {(r.figure.start, r.figure.end) for r in rows}
        # A sentence with no figure of its own that says the exchange carried out an agreement,
        # or names a stage of it on days near the news, speaks of the article's news.
        free_under = any(not any(s <= cue < e for s, e in spans) for cue in self.under)
        free_stages = [self._sentence_days(cue) for cue in self.stages if not any(s <= cue < e for s, e in spans)]
        found: list[Reading] = []
        for row, (at, end) in zip(rows, positions):
            s, e = row.figure.start, row.figure.end
            kind, firm = self._kind(row, at, end)
            alternative = self._alternative_to(found, row, at, firm)
            if alternative is not None:  # "7,057 since June by its count, or 7,060 by theirs"
                kind, firm = alternative.kind, alternative.firm
            role, part_of = self._role(row, at, end, found, positions, offset)
            sums_stages = kind == "completed" and self._sums_stages(row, at)
            staged = self._dated_stages(row, at) if FAMILY[kind] == "done" else None
            whole = bool(_COMPLETES.search(self.text[s:e])) or sums_stages or staged is not None
            window = staged or self._window(row, at, kind, whole=kind == "completed" and whole)
            if alternative is not None and alternative.window is not None and (window is None or window.basis != "text"):
                window = alternative.window  # the same count told another way: of its days
            whole_of = found[part_of - offset] if part_of is not None and 0 <= part_of - offset < len(found) else None
            if whole_of is not None and whole_of.window is not None and FAMILY[whole_of.kind] == FAMILY[kind] \
                    and (window is None or window.basis != "text"):
                window = whole_of.window  # "On Friday 240 came home: 200 soldiers and 40 civilians": the whole's days
            # "The stages add up to the 500 agreed": the exchange carried out that agreement.
            own = any(s <= cue < e for cue in (*self.under, *self.stages)) or (
                sums_stages and bool(_AGREEMENT.search(self.text[end:e])))
            news = self._is_news(window)
            near = news and any(days is None or _near_days(days, window) for days in free_stages)
            found.append(Reading(
                row=row, at=at, kind=kind, firm=firm, role=role, side=self._side(at, end, e),
                window=window, part_of=part_of,
                under_agreement=kind == "completed" and (own or news and free_under or near),
                completes=whole,
                # "40 each, or 80 in total" says the count again another way, not another account.
                alternative_of=offset + found.index(alternative)
                if alternative is not None and alternative.role == role else None,
                disputed=self._disputed(s, e)))
        return found

    def _disputed(self, start: int, end: int) -> bool:
        """ "The South gave a different figure", "neither side explained the gap": the sentence, or the
        one before or after it in its paragraph, says the counts told differ."""
        paragraph = paragraph_start(self.text, start)
        before = max(paragraph, _previous_sentence_start(self.text, start))
        after = re.search(r"[.!?][\"'”’)]?(?:\s|$)", self.text[end:])
        stop = end + after.end() if after else len(self.text)
        stop = min(stop, self.text.find("\n\n", end) if "\n\n" in self.text[end:] else stop)
        return bool(_DISPUTED.search(self.text, before, stop))

    def _due(self, row: FigureRow, at: int, mention: DateMention) -> bool:
        """A day something is due by, or a day in another clause about a step still to come."""
        if _DUE_BEFORE.search(self.text[max(0, mention.start - 16):mention.start]):
            return True
        own = _segment(self.text, row.figure.start, row.figure.end, at, _COARSE_BREAK)
        if own[0] <= mention.start < own[1]:
            return False
        other = _segment(self.text, row.figure.start, row.figure.end, mention.start, _COARSE_BREAK)
        return bool(_STEP_AHEAD.search(self.text[other[0]:mention.start]))

    def _follows_another(self, mention: DateMention, at: int, others: list[int],
                         in_sentence: list[DateMention]) -> bool:
        """In a sentence listing several dated items ("390 on Friday and 307 on Saturday"), each
        date belongs to the number it follows; a lone date speaks for the whole sentence."""
        if len(in_sentence) < 2 or _follows(self.text, at, mention):
            return False
        return any(p < mention.start and _follows(self.text, p, mention) for p in others)

    def _after_an_earlier_count(self, start: int, at: int, in_sentence: list[DateMention]) -> Window | None:
        """ "After the 4,400 bodies returned in June, the North offered 2,000 more": the day in an
        opening "after" phrase that counts people, or names a swap ("After the June exchanges of
        the wounded, we agreed to swap 800"), is when they came; the figure after the phrase came
        later, by the article's day at the latest (not "After 9 hours of talks on 4 June, they
        agreed to swap 800": talks, the day is the agreement's)."""
        if self.published is None or not _AFTER_OPENING.match(self.text, start):
            return None
        pauses = [m.start() for m in _PAUSE.finditer(self.text, start, at)]  # not the comma of "4,400"
        if not pauses or not (_COUNTED.search(self.text, start, pauses[-1])
                              or _AFTER_A_SWAP.match(self.text, start, pauses[-1] + 1)):
            return None
        # the figure's own clause may name its day, but not the day its teller spoke ("..., its
        # negotiator said on Wednesday")
        if any(pauses[-1] < m.start and not _SAID_ON.search(self.text, max(start, m.start - 40), m.start)
               for m in in_sentence):
            return None
        before = [m for m in in_sentence if m.end <= pauses[-1] and m.latest <= self.published]
        if not before:
            return None
        last = max(before, key=lambda m: m.latest)
        return Window(last.earliest, self.published, f"after {last.text}", "text")

    def _scopes_a_record(self, mention: DateMention, fine: tuple[int, int]) -> bool:
        """A year-wide mention ("this year", "last year") dates a number only in its own clause,
        and never when it is the scope of a record ("the first swap between them this year")."""
        if (mention.latest - mention.earliest).days < 300:
            return False
        if not fine[0] <= mention.start < fine[1]:
            return True
        return bool(_SUPERLATIVE_BEFORE.search(self.text[fine[0]:mention.start]))

    def _in_the_past(self, mention: DateMention) -> DateMention:
        """Something done was done before it was reported: a day written without its year that
        the reader put after the report ("came on 3 January" in a December report) is the one
        in the year before."""
        if self.published is None or mention.earliest <= self.published or mention.kind not in ("day", "month", "range") \
                or re.search(r"\d{4}", mention.text):
            return mention
        return replace(mention, earliest=_year_before(mention.earliest), latest=_year_before(mention.latest))

    def _sentence_days(self, position: int) -> tuple[date, date] | None:
        """The days the sentence around a position is dated to, if it names any."""
        breaks = [self.text.rfind("\n", 0, position), *(m.end() - 1 for m in re.finditer(r"[.!?]\s", self.text[:position]))]
        start = max(breaks) + 1
        end_match = re.search(r"[.!?](?:\s|$)|\n", self.text[position:])
        end = position + end_match.end() if end_match else len(self.text)
        days = [m for m in self.mentions if start <= m.start < end]
        return (min(m.earliest for m in days), max(m.latest for m in days)) if days else None

    def _is_news(self, window: Window | None) -> bool:
        return (window is not None and self.published is not None and window.basis != "before"
                and window.latest >= self.published - timedelta(days=NEWS_DAYS))

    def _positions(self, rows: list[FigureRow]) -> list[tuple[int, int]]:
        """Where each figure's number stands: successive figures of one sentence take successive
        occurrences of their value."""
        used: set[int] = set()
        spots = []
        for row in rows:
            f = row.figure
            sentence = self.text[f.start:f.end]
            wanted = {v for v in (f.value, f.low, f.high) if v is not None}
            spot = next(((f.start + n.start, f.start + n.end) for n in _numbers(sentence)
                         if n.value in wanted and f.start + n.start not in used), (f.start, f.start))
            used.add(spot[0])
            spots.append(spot)
        return spots

    # -- kind ----------------------------------------------------------------------------------
    def _alternative_to(self, found: list[Reading], row: FigureRow, at: int, firm: bool) -> Reading | None:
        """The count this one is another account of: the one before it in the sentence, of the
        same category, joined by "or" ("7,057 by the South's count, or 7,060 by the North's") or,
        when no word of its own says what it counts, given as another's figure ("...; the North
        put the figure at 7,060", not "put the total at 9,000 since the war began")."""
        earlier = [r for r in found if r.row.figure.start == row.figure.start and r.at < at
                   and r.row.figure.category == row.figure.category]
        between = self.text[earlier[-1].at:at] if earlier else ""
        if earlier and (_OR_BEFORE.search(between) or not firm and _ANOTHER_COUNT_BEFORE.search(between)
                        or self._gapped_side(between) and _COUNTED_BY.search(self.text, max(row.figure.start,
                                                                                        earlier[-1].at - 40),
                                                                             earlier[-1].at)):
            # "100 a side over three days: 40 on Friday, 35 on Saturday and 25 on Sunday, or 200
            # in both directions": the per-side count it doubles, not the last stage
            doubled = [r for r in earlier if r.role == "each" and 2 * (r.row.figure.value or 0) == row.figure.value]
            return doubled[-1] if doubled else earlier[-1]
        return None

    def _gapped_side(self, between: str) -> bool:
        """ "The North counted 610, the South 640": another side's count, its verb left out (after a
        verb of counting: "the North freed 240, the South 215" are two sides' own releases)."""
        gap = _GAPPED.match(between)
        return gap is not None and any(pattern.fullmatch(gap.group("side")) for pattern, _ in self.sides)

    def _kind(self, row: FigureRow, at: int, end: int) -> tuple[str, bool]:
        s, e = row.figure.start, row.figure.end
        if _LIST_BEFORE.search(self.text[max(s, at - 40):at]):
            return "list", True
        fine = _segment(self.text, s, e, at, _FINE_BREAK)
        # "- 500 a side: the exchange agreed on 2 March": a number that heads its line is
        # told by the words after its colon (a label's gloss, weaker than a verb that governs
        # the number: its kind is not firm).
        # (not "300 were freed: the largest swap yet", whose own words tell it)
        gloss = GLOSS.match(self.text, fine[1]) if LINE_LEAD.fullmatch(
            self.text, self.text.rfind("\n", 0, at) + 1, at) and _nearest_cue(self.text, fine, at) is None else None
        told_at = gloss.end() if gloss else at
        fine = _segment(self.text, s, e, told_at, _FINE_BREAK)
        clause = self.text[fine[0]:fine[1]]
        # "so far", "still held" modify the clause the number is in, whatever verb stands nearer.
        if _OTHER.search(clause):
            return "other", True
        coarse = _segment(self.text, s, e, told_at, _COARSE_BREAK)
        # "Since 2030, more than 500 have been returned": the opening phrase counts the whole clause
        opening = _OPENING_SO_FAR.match(self.text, coarse[0], fine[0])
        if any(_counts_so_far(clause, m) for m in _CUMULATIVE.finditer(clause)) or self._as_of(fine, at) or opening:
            return "cumulative", True
        # "the swap carried out under the deal reached on 1 March to exchange 800 a side": the number
        # is what the deal set, whatever was done under it.
        deal = _DEAL_TO.search(self.text, coarse[0], at)
        fulfilled = _FULFILLED.search(self.text, at, coarse[1])
        if deal and not (fulfilled and not _SUBORDINATE.search(self.text, at, fulfilled.start())):
            # (not "The deal to exchange 1,000 a side was completed on Friday": the deal done)
            return "agreement", True
        # "... was carried out under the agreement of March, which provided for 500 a side": the
        # number is the deal's own term, whatever the sentence says was done under it.
        terms = _DEAL_SETS_NUMBER.search(self.text, max(coarse[0], at - 160), at)
        if terms and _settled(self.text, terms.end()):
            return "agreement", True
        # "The exchange agreed at the first round, 1,000 for 1,000, was completed": the clause's
        # verb tells what happened to the number; "agreed" only says which exchange it was.
        if _FULFILLED.search(self.text[coarse[0]:coarse[1]]) or self._sums_stages(row, at):
            return "completed", True
        if self._headline_verb(row, at):
            return "completed", True
        # A verb in another item of a list ("..., and an offer from the North to hand over 300")
        # governs that item's number, not this one.
        for scope in (fine, coarse):
            nearest = _nearest_cue(self.text, scope, told_at)
            if nearest:
                return nearest, gloss is None
            if scope == fine and _HELD.search(clause):
                # "The North holds about 9,000 civilians, of whom 150 have been released": those
                # held, whatever the clause after does
                return "other", True
        if _planned(self.text, fine):  # "have to release 400", "undertook to return": still to be done
            return "agreement", False
        if _POOL.search(self.text[s:e]):
            # "They agreed to free all the sick. Some 300 fall into that group": the size of what
            # the words before it agreed or offered; else the count names a group, not those freed.
            before = _nearest_cue(self.text, (_previous_sentence_start(self.text, s), at), at)
            return (before if before in ("agreement", "offer", "proposal") else "list"), True
        asked = self._asked(s) if _PUT_AT.search(self.text, max(s, at - 40), at) else None
        if asked is not None:
            return asked, False
        # No verb of its own: a sentence about what will happen ("would hand over ... next week",
        # "When will the exchange take place?") is of a commitment, not of an exchange done.
        if _AHEAD.search(self.text[s:e]):
            return "agreement", False
        if _WEAK_DONE.search(self.text[s:e]):
            return "completed", False
        return _STATUS_KIND.get(row.figure.status or "", "completed"), False

    def _asked(self, start: int) -> str | None:
        """An explainer's answer tells what its question asks: under "What was agreed?", "The
        North's envoy put it at 500 a side" is the agreement's count, as "What has been
        exchanged so far?" tells of swaps done."""
        line_end = len(self.text[:paragraph_start(self.text, start)].rstrip())
        line_start = paragraph_start(self.text, line_end)
        question = self.text[line_start:line_end].strip()
        if len(question) > _QUESTION_LENGTH or not _HEADING_QUESTION.fullmatch(question):
            return None  # nor an interviewer's ("HOST: Last question. Will the deal happen?")
        return _nearest_cue(self.text, (line_start, line_end), line_end)

    def _headline_verb(self, row: FigureRow, at: int) -> bool:
        """A headline (a line of its own with no closing stop) whose verb in the present governs
        the number: "... free 60 each", not "agree to swap 500"."""
        line_start = paragraph_start(self.text, row.figure.start)
        line_end = self.text.find("\n", row.figure.start)
        line = self.text[line_start:line_end if line_end >= 0 else len(self.text)].strip()
        if not line or line[-1] in ".!?\"”'’:" or len(line) > 160:
            return False
        reach = max(line_start, at - 50)
        verb = _HEADLINE_DONE.search(self.text[reach:at])
        return bool(verb) and not _NOT_YET.search(self.text[max(line_start, reach + verb.start() - 20):
                                                            reach + verb.start()])

    def _sums_stages(self, row: FigureRow, at: int) -> bool:
        """"The three stages make up the 500": the stages told add up to this number."""
        coarse = _segment(self.text, row.figure.start, row.figure.end, at, _COARSE_BREAK)
        return bool(_STAGES_SUM.search(self.text[max(coarse[0], at - 60):at]))

    def _dated_stages(self, row: FigureRow, at: int) -> Window | None:
        """"The 100-for-100 swap was carried out over three days: 40 a side on Friday, 35 on
        Saturday and 25 on Sunday": counts listed after a colon or a dash that follows the number,
        each with its day right after it, that add up to it are its stages, and it was done over
        their days (not "freed 100 on Friday, and the South freed 60 on Saturday and 40 on Sunday")."""
        f = row.figure
        listed = _STAGES_LISTED.match(self.text, at, f.end)
        if listed is None:
            return None
        stages = []
        for n in _numbers(self.text[listed.end():f.end]):
            start = listed.end() + n.start
            if any(m.start <= start < m.end for m in self.mentions):
                continue
            day = next((m for m in self.mentions if start < m.start < f.end and _follows(self.text, start, m)), None)
            if day is not None:
                stages.append((n.value, day))
        if len(stages) < 2 or sum(value for value, _ in stages) != f.value:
            return None
        days = [self._in_the_past(day) for _, day in stages]
        first, last = min(days, key=lambda m: m.earliest), max(days, key=lambda m: m.latest)
        return Window(first.earliest, last.latest, f"{first.text} to {last.text}", "text")

    def _as_of(self, scope: tuple[int, int], at: int) -> bool:
        """"By late July, the initiative had brought home 1,458": a count as of a date."""
        before = self.text[scope[0]:at]
        return bool(re.search(r"\b(?:had|has|have)\b", before)) and any(
            scope[0] <= m.start < at and re.search(r"\bby\s+$", self.text[max(0, m.start - 4):m.start], re.I)
            for m in self.mentions)

    # -- role ----------------------------------------------------------------------------------
    def _role(self, row: FigureRow, at: int, end: int, before: list[Reading],
              positions: list[tuple[int, int]], offset: int) -> tuple[str, int | None]:
        f = row.figure
        opening = self.text[f.start:at]
        is_part = (_PART_OPENING.match(opening) and not _COARSE_BREAK.search(opening)) \
            or _PART_BEFORE.search(self.text[max(f.start, at - 40):at]) or _PART_AFTER.match(self.text[end:f.end]) \
            or _PART_LIST_BEFORE.search(self.text[max(f.start, at - 80):at]) or self._listed_after_colon(row, at)
        if is_part:
            whole = self._whole(row, before, at)
            if whole is not None:
                return "part", offset + whole
        # "Counting both directions, about 200 went home, but each side released 100": the cue
        # counts both ways only in its own clause
        clause = _segment(self.text, f.start, f.end, at, _COARSE_BREAK)
        summed = self._is_sum(row, at, before, positions)
        each = f.per_side or _PER_SIDE_AFTER.match(self.text[end:f.end]) \
            or _EACH_BEFORE.search(self.text[max(f.start, at - 30):at])
        if summed == "each" or not summed and each and not _BOTH_DIRECTIONS.search(self.text[clause[0]:at]):
            return "each", None
        if summed or _BOTH_DIRECTIONS.search(self.text[clause[0]:clause[1]]):
            return "total", None
        return "side", None

    def _listed_after_colon(self, row: FigureRow, at: int) -> bool:
        """ "240 came home: 200 servicemen and 40 civilians": counts listed after a colon, with no
        day of their own, that add up to a count before it in the sentence are its parts."""
        f = row.figure
        colon = self.text.rfind(":", f.start, at)
        if colon < 0 or any(colon < m.start < f.end for m in self.mentions):
            return False  # (not "500 a side: 200 on Friday, 300 on Saturday", the whole's stages)
        listed = [n.value for n in _numbers(self.text[colon:f.end])]
        totals = {n.value for n in _numbers(self.text[f.start:colon])}
        return len(listed) >= 2 and sum(listed) in totals

    def _whole(self, row: FigureRow, before: list[Reading], at: int) -> int | None:
        """The figure a part belongs to: the nearest larger one before it in its sentence ("2,200
        came back, among them eight civilians"), else the nearest earlier one in the paragraph that
        is larger, of the same category if there is one."""
        paragraph = paragraph_start(self.text, row.figure.start)
        larger = [i for i, r in enumerate(before) if r.at >= paragraph - 400 and r.role != "part"
                  and (r.row.figure.value or 0) > (row.figure.value or 0)]
        own = [i for i in larger if before[i].row.figure.start == row.figure.start]
        whole_here = _BARE_WHOLE.search(self.text, row.figure.start, at)
        if not own and whole_here and find_numbers(whole_here.group("n"))[0].value > (row.figure.value or 0):
            # "the North got back 2,200, among them eight civilians": its whole is a count of its
            # sentence that is no exchange figure, not one of another sentence
            return None
        same = [i for i in larger if before[i].row.figure.category == row.figure.category]
        return (own or same or larger)[-1] if (own or same or larger) else None

    def _is_sum(self, row: FigureRow, at: int, before: list[Reading], positions: list[tuple[int, int]]) -> str:
        """What a figure sums, if it sums other figures said in the same sentence or the one before
        it: "total" for both sides together (twice a per-side figure: "90 captives, 45 from each
        side") or a sum of counts ("60 - 50 soldiers and 10 civilians"); "each" for stages told
        per side in its own sentence ("40 per side on Friday, 35 on Saturday and 25 on Sunday,
        100 in all" is 100 a side); "" for neither."""
        value = row.figure.value
        if not value:
            return ""
        near_start = _previous_sentence_start(self.text, row.figure.start)
        others = [r.row.figure.value for r in before if r.at >= near_start and r.row.figure.value]
        same_sentence = [n.value for n in _numbers(self.text[row.figure.start:row.figure.end])
                         if row.figure.start + n.start != at]
        if any(2 * v == value for v in others + same_sentence if v and self._per_side_near(v, row)):
            return "total"
        candidates = [v for v in others + same_sentence if v and v < value][:8]
        summands = next((c for size in range(2, len(candidates) + 1) for c in combinations(candidates, size)
                         if sum(c) == value), None)
        if summands is None or self._broken_down(row, at, summands):
            return ""
        # one list of stages in the sum's own sentence, opened per side: not a per-side count
        # before it and another count added to it ("90 per side on Friday. The North then freed 10
        # more, 100 in all.")
        listed = all(v in same_sentence for v in summands)
        return "each" if listed and any(self._per_side_near(v, row) for v in summands) else "total"

    def _broken_down(self, row: FigureRow, at: int, summands: tuple[float, ...]) -> bool:
        """Is the figure one group's count told with its parts after it ("240 people, 200
        servicemen and 40 civilians among them", "240, including 200 soldiers and 40 civilians",
        "240 Southerners: 200 soldiers and 40 civilians")? Its parts add up to it, yet it counts no
        two sides together, unless the parts are the two sides' ("410 exchanged, including 205
        Northerners and 205 Southerners") or go both ways."""
        f = row.figure
        parts = [(at + n.start, at + n.end) for n in _numbers(self.text[at:f.end]) if n.start > 0 and n.value in summands]
        told_as_parts = bool(parts) and bool(_PARTS_OPENED.match(self.text[at:parts[0][0]])) or any(
            _PART_AFTER.match(self.text[end:f.end]) or _PART_LIST_BEFORE.search(self.text[max(f.start, start - 80):start])
            for start, end in parts)
        sides = {side for start, end in parts if (side := self._side(start, end, f.end)) is not None}
        both_ways = _BOTH_DIRECTIONS.search(f.text) or _OTHER_DIRECTION.search(f.text)
        return told_as_parts and len(sides) < 2 and not both_ways

    def _per_side_near(self, value: float, row: FigureRow) -> bool:
        piece = self.text[_previous_sentence_start(self.text, row.figure.start):row.figure.end]
        for n in _numbers(piece):
            if n.value == value:
                tail = piece[n.end:n.end + 60]
                if _PER_SIDE_AFTER.match(tail) or re.match(r"^\s*for\s+" + re.escape(n.text), tail):
                    return True
        return False

    def _side(self, at: int, end: int, sentence_end: int) -> str | None:
        """Whose people a figure counts: the side named in its noun phrase or as the receiver
        ("84 Russian servicemen", "1,000 bodies were returned to Ukraine")."""
        tail = self.text[end:min(sentence_end, end + 60)]
        tail = _FINE_BREAK.split(tail, maxsplit=1)[0] if not tail.lstrip().startswith(("of", "from")) else tail
        tail = re.split(r"\bbetween\b", tail, maxsplit=1)[0]  # "292 captives between Russia and Ukraine"
        hits = [(m.start(), side) for pattern, side in self.sides if (m := pattern.search(tail))]
        return min(hits)[1] if hits else None

    # -- date ----------------------------------------------------------------------------------
    def _list_heading_days(self, at: int, mentions: list[DateMention]) -> list[DateMention]:
        """ "MAY 16, THE PALACE" above "* The sides agreed to swap 1,000 each.": the days of the
        heading over a list's items, for an item that names none."""
        heading = list_heading(self.text, at)
        return [m for m in mentions if heading[0] <= m.start < heading[1]] if heading else []

    def _window(self, row: FigureRow, at: int, kind: str, whole: bool = False) -> Window | None:
        f = row.figure
        fine = _segment(self.text, f.start, f.end, at, _FINE_BREAK)
        mentions = self.mentions if FAMILY[kind] != "done" else sorted(
            [m for m in self.mentions if all(m.start != span.start for span in self.spans)] + self.spans,
            key=lambda m: m.start)
        in_sentence = [self._in_the_past(m) if FAMILY[kind] in ("done", "cumulative") else m
                       for m in mentions if f.start <= m.start and m.end <= f.end
                       and not self._scopes_a_record(m, fine)]
        if FAMILY[kind] in ("agreement", "offer"):
            # "would hand over 6,000 next week": a day still ahead is when it is to be done, not
            # when it was agreed; nor is the day a later step is due ("the lists should be ready
            # by the end of the week").
            in_sentence = [m for m in in_sentence if (self.published is None or m.earliest <= self.published)
                           and not self._due(row, at, m)]
        elif FAMILY[kind] == "done":
            # "In accordance with the agreements reached on 16 May, the exchange was carried out
            # from 23 to 25 May": the day of the agreement named is not the exchange's.
            own_days = [m for m in in_sentence if not _OF_AN_AGREEMENT.search(self.text[max(f.start, m.start - 60):m.start])]
            in_sentence = own_days
        # Other numbers of the sentence (figures or not, outside date words) mark other items.
        others = [f.start + n.start for n in _numbers(self.text[f.start:f.end])
                  if f.start + n.start != at and not any(m.start <= f.start + n.start < m.end for m in in_sentence)]
        later = self._after_an_earlier_count(f.start, at, in_sentence)
        if later is not None:
            return later
        for breaks in (_FINE_BREAK, _COARSE_BREAK):
            s, e = _segment(self.text, f.start, f.end, at, breaks)
            inside = [m for m in in_sentence if s <= m.start and m.end <= e
                      and not self._follows_another(m, at, others, in_sentence)]
            if inside:
                return _window_of(min(inside, key=lambda m: _distance(m, at)), "text")
        # A date in another item of the sentence belongs to that item's figure; a running total
        # is counted as of the date of the exchange its sentence reports.
        own = [m for m in in_sentence if kind == "cumulative" or not any(
            _segment(self.text, f.start, f.end, p, _COARSE_BREAK)[0] <= m.start
            < _segment(self.text, f.start, f.end, p, _COARSE_BREAK)[1] for p in others)]
        if own and kind != "cumulative":
            own = [m for m in own if not self._follows_another(m, at, others, in_sentence)]
        if own:
            return _window_of(min(own, key=lambda m: _distance(m, at)), "text")
        if in_sentence and FAMILY[kind] == "done" and _ITS_STAGE.search(self.text, fine[0], at):
            # "the swap of 3 to 5 March ... with 60 civilians in its first stage": a
            # stage of the exchange the sentence dates, on one of its days
            before = [m for m in in_sentence if m.start < at]
            return _window_of(before[-1] if before else in_sentence[0], "text")
        if not in_sentence and f.round in self.rounds and FAMILY[kind] in ("agreement", "offer"):
            # What was agreed at a round its article names was agreed on the round's day, whatever
            # day the sentences before it name.
            talks = self.rounds[f.round]
            return Window(talks.date, talks.date, talks.label, "round")
        if not in_sentence:
            paragraph = [m for m in mentions if paragraph_start(self.text, f.start) <= m.start < f.start] \
                or self._list_heading_days(f.start, mentions)
            if _THAT_DAY.search(self.text[f.start:f.end]):  # "that day": the last day named, not "today"
                paragraph = [m for m in paragraph if m.kind in ("day", "weekday")] or paragraph
            if FAMILY[kind] in ("done", "cumulative") and self.published is not None:
                # "The last stage is due on Sunday. The North confirmed 60 had come home": a count
                # done is not dated to a day after its report; a day named without its year that
                # the reader put after the report is last year's ("- 19 March: ...", in November)
                paragraph = [m for m in map(self._in_the_past, paragraph) if m.earliest <= self.published]
            elif looks_back(self.text, at):
                # "- 4 March: 90 for 90. The North gave back 40, two short of the 42 it had promised",
                # written in November: a promise told in the past was made on that line's past day
                paragraph = [self._in_the_past(m) for m in paragraph]
            if paragraph and whole:
                # The whole exchange told after its stages was done on the last of their days,
                # whichever the paragraph names last ("Friday's 60 followed 70 on Thursday").
                gone = [m for m in paragraph if self.published is None or m.latest <= self.published]
                return _window_of(max(gone or paragraph, key=lambda m: m.latest), "paragraph")
            if paragraph:
                return _window_of(paragraph[-1], "paragraph")
        if f.round in self.rounds and (FAMILY[kind] in ("agreement", "offer") or
                                       _ROUND_WORD.search(self.text[f.start:f.end])):
            talks = self.rounds[f.round]
            if FAMILY[kind] == "done" and _AFTER_ROUND.search(self.text[f.start:f.end]) \
                    and (self.published is None or self.published >= talks.date):
                # "After the first round, the sides carried out the swap": in the weeks after it
                latest = talks.date + timedelta(days=AFTER_ROUND_DAYS)
                return Window(talks.date, min(latest, self.published or latest), f"after {talks.label}", "round")
            return Window(talks.date, talks.date, talks.label, "round")
        if self.published is None:
            return None
        background = FAMILY[kind] in ("agreement", "offer") or (
            FAMILY[kind] == "list" and not _NEW_LIST.search(self.text, f.start, f.end))
        if in_sentence or background:
            # The sentence dates other figures, or an agreement made or a list handed over who
            # knows when ("We raised our list of 212 children once more"): only "before".
            return Window(self.published - timedelta(days=BEFORE_DAYS), self.published,
                          f"published {self.published.isoformat()}", "before")
        return Window(self.published - timedelta(days=NEWS_DAYS), self.published,
                      f"published {self.published.isoformat()}", "published")


# A sentence that opens on what came before the figure: "After the June handovers, ..."
_AFTER_OPENING = re.compile(r"\W*(?:After|Following)\b")
_PAUSE = re.compile(r",\s")
# An opening "after" phrase whose head is a swap of people: "After the June exchanges,", "After the
# exchanges of the wounded in June,", "Following last week's prisoner swap," (not "After an exchange
# of views", "of fire" or "of draft texts", nor "After talks on a prisoner exchange", "the swap talks")
_AFTER_A_SWAP = re.compile(
    _AFTER_OPENING.pattern + r"\s+(?:the\s+|an?\s+|(?:last|this)\s+\w+['’]s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:prisoner|prisoners['’]?|POW|body|bodies)\s+)?(?:exchanges?|swaps?|handovers?|hand-overs?|repatriations?)"
    r"(?=\s*,|\s+(?:on|in|of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:prisoners|soldiers|servicemen|wounded|captives|"
    r"civilians|bodies|remains|detainees|POWs|fighters|defenders|dead))\b)", re.IGNORECASE)
_COUNTED = re.compile(rf"\d[\d,.]*[- ]for[- ]\d|\d[\d,.]*\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted({u for c in EXCHANGE_CATEGORIES for u in UNITS.get(c, ())}, key=len, reverse=True))})\b",
                      re.IGNORECASE)
_SAID_ON = re.compile(rf"\b(?:says|{'|'.join(REPORTED)})(?:\s+\w+){{0,2}}?\s+(?:late\s+)?(?:on\s+)?$", re.IGNORECASE)
# A list told as another than one before: "a new list of 240", "a fresh list"
_NEW_LIST = re.compile(r"\b(?:new|fresh|another|second|third|updated|latest|revised|further|additional)\s+"
                       r"(?:[\w-]+\s+){0,2}?lists?\b", re.IGNORECASE)
# "The largest swap since 2022": a "since" after a superlative dates a record, not a running total.
_SUPERLATIVES = r"(?:largest|biggest|first|last|most|highest|only|latest)"
# "so far the only result" (not "so far only 300 have come home", "so far the first 300")
_SUPERLATIVE_AFTER = re.compile(rf"\s+the\s+{_SUPERLATIVES}\s+(?!\d)[a-z]", re.IGNORECASE)
_SUPERLATIVE_BEFORE = re.compile(rf"\b{_SUPERLATIVES}\b[^,;]{{0,40}}$", re.IGNORECASE)


# Only a phrase of time: an opening that names a source ("By the North's tally, ...") counts nothing.
_OPENING_SO_FAR = re.compile(r"\W*(?:since\s+(?:the\s+start\s+of\s+|the\s+beginning\s+of\s+)?(?:(?:19|20)\d\d|the\s+(?:full-scale\s+)?"
                            r"(?:invasion|war))|so\s+far|to\s+date)\b[^,;:]{0,40},", re.IGNORECASE)


def _counts_so_far(clause: str, cue: re.Match[str]) -> bool:
    """ "the largest since 2030" and "so far the only result" rank the count; they do not add it up."""
    word = cue.group(0).lower()
    return not (word == "since" and _SUPERLATIVE_BEFORE.search(clause[:cue.start()])
                or word == "so far" and _SUPERLATIVE_AFTER.match(clause, cue.end()))


def _near_days(days: tuple[date, date], window: Window) -> bool:
    """A stage told of on these days belongs to the same exchange as an event in the window
    when they lie within the news days of each other."""
    return days[0] <= window.latest and window.earliest - timedelta(days=NEWS_DAYS) <= days[1]


def _follows(text: str, number_at: int, mention: DateMention) -> bool:
    """"307 on Saturday": the date stands right after the number's noun phrase."""
    between = text[number_at:mention.start]
    return 0 < len(between) <= 40 and not re.search(r"[,;:.()]", between)


def _nearest_cue(text: str, scope: tuple[int, int], at: int) -> str | None:
    """The kind whose word stands nearest the number within the scope; a verb of exchange after
    "to", "will" ... is a plan, and the verb that governs it ("agreed", "offered") decides, or,
    with none, "will" makes it a commitment."""
    best: tuple[int, str] | None = None
    piece = text[scope[0]:scope[1]]
    for cue_kind, pattern in _KIND_CUES:
        for match in pattern.finditer(piece):
            where = scope[0] + match.start()
            kind = cue_kind
            if match.group(0).lower() == "carrying" and _AHEAD.search(piece):
                continue  # "buses carrying 240 are expected to cross on Saturday": still to come
            if kind == "completed" and _NOT_YET.search(text[max(0, where - 20):where]):
                if not _PROMISED.search(text[max(0, where - 20):where]):
                    continue
                kind = "agreement"
            elif kind in ("proposal", "terms") and _DEAL_CALLS_FOR.search(text[max(0, where - 80):where + len(match.group(0))]) \
                    and _settled(text, where):
                kind = "agreement"  # "the deal, struck on 2 March, calls for 500 a side": its terms
            elif kind == "terms":
                if _settled(text, where):
                    continue
                kind = "proposal"  # "the draft envisages 500 a side"
            distance = abs(where - at)
            if best is None or distance < best[0] or (distance == best[0] and kind != "agreement"):
                best = (distance, kind)
    return best[1] if best else None


def _settled(text: str, at: int) -> bool:
    """No word of a draft, a plan or a rejection in the words just before ``at``."""
    return not _NOT_SETTLED.search(text, max(0, at - _SETTLED_REACH), at)


_SETTLED_REACH = 80


def told_ahead(reading: Reading) -> bool:
    """Is the figure told as still to come, with no verb saying what happened to it ("the swap
    would involve 500 a side")? Its kind is a guess, but no exchange done before it."""
    f = reading.row.figure
    if reading.firm or reading.family == "done":
        return False
    # the number's own clause: not "the swap, which both sides said would build trust, was the largest"
    start, end = _segment(f.text, 0, len(f.text), reading.at - f.start, _FINE_BREAK)
    return bool(_AHEAD.search(f.text[start:end]))


# Words that make a count a deal's or a plan's whatever verb it has: "the March terms: 400 each",
# "shook hands on 400 each", "400 each were to go home".
_DEAL_OR_PLAN = re.compile(r"\b(?:(?<!\bin\s)terms|signed\s+off|shook\s+hands|(?:was|were|is|are)\s+to)\b", re.IGNORECASE)


def told_as_done(reading: Reading) -> bool:
    """Is the figure told as done: by the verb that governs it, or, with none, by a sentence with
    no word of a deal, an offer, a plan or what is still to come ("In May 400 went each way")?"""
    if reading.family != "done":
        return False
    text = reading.row.figure.text
    return reading.firm or not (any(p.search(text) for p in (_OFFER, _PROPOSAL, _AGREEMENT, _AHEAD, _DEAL_OR_PLAN))
                                or _planned(text, (0, len(text))))


def _planned(text: str, scope: tuple[int, int]) -> bool:
    """A verb of exchange the scope puts ahead ("to release", "will free"): a plan."""
    return any(_NOT_YET.search(text[max(0, scope[0] + m.start() - 20):scope[0] + m.start()])
               for pattern in (_DONE, _WEAK_DONE) for m in pattern.finditer(text[scope[0]:scope[1]]))


def _segment(text: str, start: int, end: int, at: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    """The part of the sentence [start, end) between the breaks around position at."""
    left, right = start, end
    for match in breaks.finditer(text, start, end):
        if match.end() <= at:
            left = match.end()
        elif match.start() >= at:
            right = match.start()
            break
    return left, right


def _previous_sentence_start(text: str, position: int) -> int:
    """The start of the sentence before the one at position, within its paragraph."""
    paragraph = paragraph_start(text, position)
    ends = [m.end() for m in re.finditer(r"[.!?][\"'”’)]?\s+", text[paragraph:position])]
    return paragraph + (ends[-2] if len(ends) >= 2 else 0)


def _starts_span(text: str, mention: DateMention) -> bool:
    """"since February 2022", "from 18 March": the start of a span, not when something happened;
    but "except this month's pledge" and "from 3 February (90 a side) to 6 October (60)"
    name the day of what they tell: a thing of that day, or a count put beside the day."""
    opening = re.search(r"\b(?P<word>since|from)\s+(?:the\s+)?$", text[max(0, mention.start - 12):mention.start],
                        re.IGNORECASE)
    if not opening:
        return False
    if opening.group("word").lower() == "since":  # "since May's exchange": a running total's start
        return True
    return not (_OWN_DAY_AFTER.match(text, mention.end)
                or re.search(r"\b(?:apart|aside|away|far)\s+from\s+(?:the\s+)?$", text[max(0, mention.start - 20):mention.start],
                             re.IGNORECASE))


_OWN_DAY_AFTER = re.compile(r"['’]s\b|\s*\(\s*(?:about\s+|some\s+|at\s+least\s+)?\d")


# "over three days from 3 March", "across two days starting Friday": a span of its own length
_DAYS_FROM = re.compile(r"\b(?:over|across)\s+(?:the\s+)?(?:next\s+|following\s+)?(?P<n>\S+)\s+days?\s+"
                        r"(?:from|starting(?:\s+on|\s+from)?|beginning(?:\s+on)?)\s+(?:the\s+)?$", re.IGNORECASE)
_LONGEST_SPAN_DAYS = 14


def _over_days(text: str, mention: DateMention) -> DateMention | None:
    """A span told by its start and its length is the days it covers, not an open start."""
    told = _DAYS_FROM.search(text, max(0, mention.start - 50), mention.start)
    numbers = find_numbers(told.group("n")) if told else []
    if not numbers or mention.latest != mention.earliest or not 1 <= numbers[0].value <= _LONGEST_SPAN_DAYS:
        return None
    return replace(mention, latest=mention.earliest + timedelta(days=int(numbers[0].value) - 1))


def _distance(mention: DateMention, at: int) -> int:
    return mention.start - at if mention.start >= at else at - mention.end


# "ten days ago" is counted loosely by writers: from a week on, a day either side of the day it
# names (kept out of the date itself, which deadlines and the story's day count from exactly)
_DAYS_AGO = re.compile(r"(?i:(?P<n>\S+)\s+days\s+ago)")
_LOOSE_DAYS = 7


def _window_of(mention: DateMention, basis: str) -> Window:
    ago = _DAYS_AGO.fullmatch(mention.text) if mention.day is not None else None
    counted = find_numbers(ago.group("n")) if ago else []
    if counted and counted[0].value >= _LOOSE_DAYS:
        return Window(mention.day - timedelta(days=1), mention.day + timedelta(days=1), mention.text, basis)
    return Window(mention.earliest, mention.latest, mention.text, basis)


def _side_names(profile: Profile) -> list[tuple[re.Pattern[str], str]]:
    """Each party's names and adjectives as one pattern (the profile's, nothing built in)."""
    found = []
    for actor in profile.parties:
        names = sorted({*actor.aliases, *actor.adjectives}, key=len, reverse=True)
        if names:
            found.append((re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)"), actor.id))
    return found


def _year_before(day: date) -> date:
    return day.replace(year=day.year - 1) if (day.month, day.day) != (2, 29) else date(day.year - 1, 2, 28)


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


# -- values ------------------------------------------------------------------------------------
_OPEN_SPAN = 0.25  # "more than 6,000" matches 6,057, not 60,000
_ABOUT = 0.1


def bounded(row: FigureRow) -> tuple[float, float]:
    """The values a figure admits, with open hedges closed to a plausible span for matching."""
    f = row.figure
    value = f.value or 0.0
    match f.qualifier:
        case "range":
            return (f.low if f.low is not None else value, f.high if f.high is not None else value)
        case "at_least":
            return value, value * (1 + _OPEN_SPAN)
        case "more_than":
            return value + 1e-9, value * (1 + _OPEN_SPAN)
        case "at_most":
            return value * (1 - _OPEN_SPAN), value
        case "less_than":
            return value * (1 - _OPEN_SPAN), value - 1e-9
        case "about":
            return value * (1 - _ABOUT), value * (1 + _ABOUT)
        case _:
            return value, value


def known_bounds(known: KnownEvent) -> tuple[float, float] | None:
    """The sizes a known event admits, closed the same way as a figure's."""
    size = known.size
    if size is None:
        return None
    return {"at_least": (size, size * (1 + _OPEN_SPAN)), "at_most": (size * (1 - _OPEN_SPAN), size),
            "about": (size * (1 - _ABOUT), size * (1 + _ABOUT))}.get(known.qualifier, (size, size))
