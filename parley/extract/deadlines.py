"""Deadlines: time limits one side sets another, truces with an end, and dates things are due.

Two shapes: a length that limits something ("a 30-day deadline", "within a fortnight", "gave
Moscow 50 days", "a ceasefire of at least 30 days from Monday") and a stated day things start,
end or fall due ("until midnight on May 10-11", "expired on April 17", "to take effect on 27
August", "a decision between 29 August and 5 September", "by Friday"). A length counts from the
nearest day the sentence names before it ("On 14 July he gave Moscow 50 days"), or the day it
says it counts from ("counted from Friday"), else from the day of writing; a day the sentence
gives for its end ("which would have run to 2 September") is its due date. Every deadline is
matched to the profile's known ones by length or due date, which gives it its label and issuer.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from parley.extract.dates import QUOTED, DateMention, dates_in, looks_back, story_day_after, year_reference
from parley.extract.discourse import SAYS
from parley.extract.numbers import NUMBER_PATTERN as _NUM
from parley.extract.numbers import word_value
from parley.model import Deadline
from parley.profile import KnownDeadline, Profile, Revision

# Verbs that change a length set before: "cut the deadline to ten days", "extended the truce by 30 days".
_CHANGE_VERBS = r"cut|cuts|shorten\w*|extend\w*|reduc\w*|halv\w*"
_DAYS_PER = {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 30}
_LIMIT_NOUNS = (r"deadline|ultimatum|window|grace period|timeline|countdown|moratorium|truce|ceasefire|"
                r"cease-fire|pause|reprieve|time limit|time frame|timeframe|halt|wind-down|wind down")
_TRUCE_BEGAN = re.compile(r"\b(?:agreed|accepted|began|started|took effect|announced|declared|ordered|signed|"
                          r"came into force|went into force)\b", re.IGNORECASE)
_ROUND_NEWS_DAYS = 14
_AGREED_AT = re.compile(r"\b(?:agreed|reached|struck|signed|settled)\s+(?:\w+\s+){0,2}?(?:in|at)\s+(?P<place>[A-Z][\w-]+)")
# Reported speech counts from the story's day only when that day is news, not background history:
# "The war began on 24 February 2031. The South's leader said it would answer within a fortnight."
_SAID_DAYS = 60
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:also|now|already|just|again)\s+)?\w+(?:ed|en|id|ld|ade)\b", re.IGNORECASE)
# A length in reported speech counts from the day it was said: "X said Y would answer within a fortnight";
# so does one a side agreed, offered or asked for then (acts the speech words of SAYS leave out).
_SAID = re.compile(rf"{SAYS.pattern}|\b(?:promised|pledged|declared|replied|agreed|offered|proposed|asked)\b",
                   re.IGNORECASE)
# "The 30-day moratorium the North agreed to in March has expired": it ended by the day it is reported.
_HAS_ENDED = re.compile(r"^[^.;:!?]{0,120}?\b(?:has|have)\s+(?:now\s+|already\s+)?(?:expired|lapsed|ended|run out)\b",
                        re.IGNORECASE)
# Words that say a term came to its end, read right after it ("when the ten-day deadline expires")
# or anywhere between it and a month ("the window closed in October").
_END_WORDS = r"expires|expired|runs out|ran out|run out|ends|ended|lapses|lapsed|is up|was up|elapses|elapsed|closed|passed"
_ENDING = re.compile(rf"^\s+(?:{_END_WORDS})\b", re.IGNORECASE)
# A truce of a length has an end only once it has a start: "a 30-day ceasefire" proposed is
# no deadline; "the 30-day moratorium agreed on 18 March" ran out on 17 April.
_TRUCE = re.compile(r"\b(?:moratorium|truce|ceasefire|cease-fire|pause|halt|silence|stop\w*|refrain\w*)\b", re.IGNORECASE)
_TIME_LIMIT = re.compile(r"\b(?:deadline|ultimatum|window|grace period|countdown|reprieve|time limit|time frame|timeframe|"
                         r"wind-down|wind down)\b",
                         re.IGNORECASE)
# "a 30-day deadline", "its 30-day peace ultimatum", "a 10-to-12-day deadline"
_ADJECTIVAL = re.compile(
    rf"(?P<n1>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUM}))?[- ](?P<unit>hour|day|week|month)s?[- ]"
    # "period" only here, and like a truce it needs a day it ran from: "the 40-day period he announced on 3 March"
    rf"(?:[\w’'-]+[- ]){{0,2}}?(?P<kind>{_LIMIT_NOUNS}|period)\b", re.IGNORECASE)
# "10 or 12 days", "seven to 10 days", "two or three weeks", "a fortnight", "30 hours"
_LENGTH = re.compile(
    rf"(?<![\w-])(?:(?P<n1>{_NUM}|an?)(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUM}))?\s+(?P<unit>hour|day|week|month)s?"
    r"|(?P<fort>an?|one|two|three|the)\s+(?P<funit>fortnight)s?)\b", re.IGNORECASE)
# What just before a length makes it a time limit: "within ten days", "gave Moscow 50 days".
_LIMIT_LEAD = re.compile(
    r"(?:\bwithin(?:\s+the\s+(?:next|coming))?|\bno (?:later|more) than|\bgiv(?:e|es|en|ing)\s+(?:[\w.’'-]+\s+){1,3}|\bgave\s+(?:[\w.’'-]+\s+){1,3}"
    r"|\b(?:was|were|been|being|is|are)\s+(?:(?:only|just|also|then)\s+)?given"  # "the North was given 40 days"
    rf"|\b(?:{_LIMIT_NOUNS})\s+of(?:\s+(?:at least|up to|about|some))?|\b(?:{_CHANGE_VERBS})\s+(?:[\w’'-]+\s+){{0,6}}?to"
    rf"|\b(?:{_CHANGE_VERBS})\s+(?:[\w’'-]+\s+){{0,6}}?by|\b(?:take[sn]?|taking) (?:full )?effect in"  # "takes effect in 21 days"
    # an agreement's term: "for an initial 120 days", "for a further 60 days", "for a period of 30 days"
    r"|\bfor\s+(?:an?\s+)?(?:initial|period of)"
    # a length settled on: "fixed it at ten days", "settled on 10 days", "set the window at a week"
    r"|\b(?:fix|fixes|fixed|set|sets)\s+(?:it\s+|that\s+|the\s+[\w-]+\s+)?at|\b(?:settle|settles|settled)\s+on)\s*$",
    re.IGNORECASE)
# An agreement's term said in the present: "the arrangement is valid for 120 days", "in force for a
# further 60 days". It runs from the day the story is at (the signing), and only an agreement's does.
_TERM_LEAD = re.compile(r"(?:\b(?:(?:valid|in force|effective)|(?:is to |are to |will |would )?(?:run|runs|last|lasts))\s+for"
                        # "the arrangement was signed on 22 July for 120 days", "had been extended for 120 days"
                        # (not "the talks were extended for two days": only an agreement's term)
                        r"|\b(?:signed|concluded|agreed|struck)\b[^.;]{0,40}?\bfor"
                        r"|\bextend\w*\s+(?:it\s+|the\s+\w+\s+)?for)"
                        r"(?:\s+an?)?(?:\s+(?:initial|further|another))?\s*$", re.IGNORECASE)
_AGREEMENT_WORDS = re.compile(r"\b(?:agreement|arrangement|deal|accord|initiative|memorandum|truce|ceasefire|"
                              r"cease-fire|moratorium|treaty|understanding)s?\b", re.IGNORECASE)
_RUNS_OUT_LATER = re.compile(r"^[^.;:]{0,60}?\b(?:gave|given|granted|set)\b[^.;:]{0,80}?"
                             r"\b(?:(?:run|runs|ran|has run|had run) out|expire|expires|expired|lapses|lapsed)\b", re.IGNORECASE)
# "of lifting martial law", "after any aggression", "after the deal is signed": an event, not a day.
_FROM_AN_EVENT = re.compile(r"^\s+(?:of|after)\s+(?!(?:today|now|that|this|the\s+(?:date|day))\b)[a-z]")
_WITHIN = re.compile(r"\b(?:within|no (?:later|more) than)(?:\s+the\s+(?:next|coming))?\s*$", re.IGNORECASE)
# ... or what follows it: "ten days from today", "21 days later", "10 days to agree".
_LIMIT_TAIL = re.compile(r"^\s*(?:from (?:today|now|\w+day|the \w+|that day|that date)|to (?!the\b)\w+|in which to\b)",
                         re.IGNORECASE)
_UNTIL_A_DAY = re.compile(r"^\s*,?\s*(?:until|till)\b", re.IGNORECASE)
_LATER_ON = re.compile(r"^\s*later,?\s+(?:on|by|until)\b", re.IGNORECASE)
_EXTENDABLE = re.compile(r"\b(?:unless|extend\w*|extension|renew\w*|prolong\w*)\b", re.IGNORECASE)
# "in two weeks", "for two or three weeks": time limits only where a decision or a penalty is at stake.
_SOFT_LEAD = re.compile(r"\b(?:in|for|after|over the next|during the next)\s*$", re.IGNORECASE)
_STAKES = re.compile(r"\b(?:deadlines?|ultimatums?|or face|or else|grace period|sanction\w*|tariff\w*|penalt\w+|decid\w+|"
                     r"decision|truce|ceasefire|cease-fire|moratorium|halt|pause|stop\w*|refrain\w*|agree\w*|deal|"
                     r"meeting|summit|guarantee\w*|expir\w+|laps\w+|ban|bans|embargo\w*|licen[cs]e\w*)\b", re.IGNORECASE)
# "a deadline that falls on", "the cut-off, which fell on": a deadline named by the day it falls on
_FALLS = r",?\s+(?:(?:that|which)\s+)?(?:falls|fell|would fall|will fall)"
# Words before a stated day that make it the day something ends, starts or falls due.
_DUE_WORDS = re.compile(
    r"\b(?P<word>until|till|by|before|no later than|not later than|from|between|starting(?: on| in)?|"
    r"beginning(?: on| in)?|as early as(?: next)?|start date(?: of)?|(?:start|begin)s? on|clos(?:es|ed|ing)(?: on)?|"
    r"expir\w*(?: on)?|end(?:s|ed|ing)?(?: on)?|laps\w*(?: on)?|run(?:s)?(?: out)?(?: to| until| on| at)?|ran(?: out)?(?: to| until| on| at)?|"
    r"(?:take[sn]?|took|taking) (?:full )?effect(?: on)?|effective(?: from| on| as of)?|in force (?:from|until)|"
    r"due(?: on| by)?|set for|"
    # (not "applied from Thursday": a day gone, read as "from" is)
    r"appl(?:y|ies) (?:from|on)|(?:enter|enters|come|comes) into force(?: from| on)?|"
    r"decision date at|latest at|earliest at|"
    # "the 30 May deadline", "a deadline that falls on 9 April"
    rf"(?:deadline|cut-?off)(?:{_FALLS})?(?: of| for| is| was| at| on)?|(?:target|goal)(?: date)?(?: of| for| is| was)?|"
    # "before the leaders meet on 26 June": the day of the meeting that closes the time
    r"before\s+(?:[\w.’'-]+\s+){1,4}?(?:meet|meets|convene|convenes|gather|gathers|vote|votes|decide|decides)\s+on)"
    r"(?:\s+(?:at\s+)?(?:midnight|noon|the end of|the start of|(?:18|\d{1,2}):\d\d|\d{1,2} (?:a\.m\.|p\.m\.)))?"
    # "takes effect in 12 days, on 3 May": the length counted to the day named
    r"(?:\s+in\s+[\w-]+\s+(?:days?|weeks?|months?)\s*,)?"
    r"(?:\s+(?:on|of|at|the|between|[\w:]+ [\w-]+ time|that day))*\s*$", re.IGNORECASE)
# Stated ends that are deadlines whatever else the sentence says.
# A rule that applies or comes into force from a day starts then; its past forms ("came into force
# on 20 July") are left to "from", which a day gone does not make due.
_TAKES_FORCE = ("appl", "enter", "come", "effective")  # "a tariff, effective 27 August"
_FIRM_DUE = re.compile(rf"^(?:expir|laps|run|ran|tak|took|in force|due|decision|latest|earliest|end|clos|deadline|cut-?off|target|goal|"
                       rf"{'|'.join(_TAKES_FORCE)})",
                       re.IGNORECASE)
# A step of the talks set for the week or month ahead: "will meet next week", "would hand over the
# bodies next week"; on a named day only a step proposed or expected then ("the next stage is
# expected tomorrow", "proposed a new round next Monday"), not any event planned for a day ("will
# address the assembly on Wednesday", "is due in the capital on Monday", "will be on holiday next
# week"). Not a step in the past, nor a day gone.
_NEXT_PERIOD = re.compile(r"(?:the\s+)?(?:next|following|coming)\s+(?:week|month)", re.IGNORECASE)
_STEP_AHEAD = re.compile(r"\b(?:will|would|shall|is to|are to|was to|were to|'ll|’ll|"
                         r"(?:is|are|was|were) (?:expected|scheduled|set|planned|due) to)\s", re.IGNORECASE)
_TALKS_STEP = re.compile(r"\b(?:meet|meeting|talks|round|negotiat\w*|exchang\w*|swap\w*|hand\w*\s+(?:over|back)|"
                         r"return\w*|releas\w*|free|visit\w*|see|call|speak|resum\w*|sign\w*|answer\w*|respond\w*|"
                         r"reply|decid\w*|decision|present\w*|deliver\w*|send|submit\w*|stage|session)\b", re.IGNORECASE)
# the verb that sets the day, with no comma or relative clause between them
_STEP_SET = re.compile(r"\b(?:(?:is|are) expected|propos(?:ed|es|ing))\b(?:(?!\b(?:who|which|that|and|but)\b)[^,])*$", re.IGNORECASE)


def _step_set_for(sentence: str, day: DateMention, published: date | None) -> bool:
    """Is the day one a step of the talks still to come is set for, in the clause that names it?"""
    if day.kind not in ("day", "weekday", "relative") or published is None or day.earliest <= published:
        return False
    clause = _clause_before(sentence, day.start)
    if _STEP_SET.search(clause):
        return True
    ahead = _STEP_AHEAD.search(clause)
    return bool(_NEXT_PERIOD.fullmatch(day.text) and ahead and _TALKS_STEP.search(clause, ahead.end()))


_SCENE_BY = re.compile(r"^by\b", re.IGNORECASE)
# "..., and by 12 March the envoy was saying ...": a scene told in the past, not a day due.
_SCENE_AFTER = re.compile(r"^\s+(?!(?:and|but|or|while|as)\b)(?:[\w.’'-]+\s+){1,4}?(?:(?:was|were)\s+\w+ing|had\s+(?!to\b)\w+(?:ed|en|wn|ne))\b")
_DEADLINE_NOUN = re.compile(r"^(?:['’]s)?\s+(?:deadline|cut-?off|ultimatum)\b", re.IGNORECASE)
_QUOTES = "\"“”‘’'«»"  # the marks that open or close someone's words
_OPENING = re.compile(rf"[\s{_QUOTES}(]*(?:(?:but|and|yet|so|then|even)\s+)?", re.IGNORECASE)
_FORWARD = re.compile(r"\b(?:will|would|must|should|has to|have to|needs? to|is to|are to|'ll|’ll|shall|"
                      r"demand\w*|call\w* for|urg\w+|want\w*|ask\w*|expect\w*|ready|push\w* for|"
                      r"press\w* for|seek\w*|hope\w*|propos\w*|suggest\w*|insist\w*|try\w*|trying|aim\w*|"
                      r"intend\w*|told to|ordered to|instructed to|tasked with|asked to|count\w* on|plans? to|planning to)\b",
                      re.IGNORECASE)
# A list of demands opened ("The network calls on:", "The North demands the following:") and its items
# ("1. ...", "- ..."): each item is asked for, though it has no verb of asking of its own.
_ASKING_LIST = re.compile(r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon|for)|demand\w*|urg\w+|ask\w*|insist\w*|request\w*|"
                          r"want\w*|propos\w*)\b[^.;]*:\s*$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*–—])\s*")
# A term carried to a day: "a two-month extension carried the deal to Monday", "60 days, to 18 May".
_CARRIED_TO = re.compile(r"\b(?:extend\w*|extension|carri\w+|carry\w*|roll\w* over|prolong\w*|renew\w*|"
                         r"days|weeks|months|(?:wind-down|grace|transition|transitional)\s+period)\b,?\s+(?:[\w-]+\s+){0,4}?to\s*$",
                         re.IGNORECASE)
# "gave the South until Friday to answer", "the North has until Monday" (or, told of a time set
# before, "had until 3 May"): the time given is the
# deadline, whatever is at stake.
_GIVEN_UNTIL = re.compile(r"\b(?:(?:gave|give|gives|given|giving)\s+(?!no\b|up\b)(?:[\w.’'-]+\s+){0,4}?|(?:has|have|had)\s+)"
                          r"(?:until|till)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[\s\"”’)]*[.;!]?[\s\"”’)]*$")
_TO_ACT = re.compile(r"^(?:,[^,.;]{1,40},|,)?\s+to\s+[a-z]", re.IGNORECASE)  # "... until Friday, a holiday, to answer"
_STARTING = re.compile(r"^(?:starting|beginning|as early as|start|begin)", re.IGNORECASE)
# "the 27 November deadline", "Friday's deadline": the day names the deadline it precedes.
_NAMES_A_DEADLINE = re.compile(
    r"^(?:['’]s)?\s+(?:deadline|cut-?off|ultimatum)\b"
    # "Thursday would be an “appropriate” time for the South to accept", "1 May is the date by which"
    r"|^,?\s+(?:is|was|would be|will be|had been|as)\s+[\"“]?(?:the|an?)\s+(?:[\"“]?[\w-]+[\"”]?\s+){0,2}?"
    r"(?:deadline|cut-?off|target date|time|date|day)[\"”]?\s+(?:for\s+(?:[\w.’'-]+\s+){1,5}?to\s+"
    r"(?!(?:be\s+)?(?:remembered|marked|mark|celebrated|celebrate|commemorated|commemorate|honou?red|honou?r|mourned)\b)\w|by which)"
    # "Thursday, Harvest Day, was an “appropriate” deadline for the South's answer": the word itself
    r"|^(?:,\s*[^,.;]{1,30},|,)?\s+(?:is|was|would be|will be|had been)\s+(?:still\s+|now\s+|no longer\s+)?[\"“]?(?:the|an?)\s+"
    r"(?:[\"“]?[\w-]+[\"”]?\s+){0,2}?(?:deadline|cut-?off)\b"
    # "he considered Thursday, 1 May, an “appropriate” deadline for the South's answer" (not "By Friday,
    # the deadline had lapsed", a new clause about the deadline)
    r"|^,?\s+an?\s+(?:[\"“]?[\w-]+[\"”]?\s+){0,2}?(?:deadline|cut-?off|target date)[\"”]?(?=\s*(?:for\b|[,.;]|$))",
    re.IGNORECASE)
_MEASURE = re.compile(r"\b(?:threaten\w*(?:\s+to\s+impose)?|or face|under (?:the )?threat of|"
                      r"or risk)\s+(?P<measure>[^.;:]+?)(?=\s+(?:if|unless|should|against whom)\b|[,.;:]|$)",
                      re.IGNORECASE)


# Days a sentence names only by the story it goes on: they date nothing of their own.
_STORY_DAYS = frozenset({"that day", "the same day", "that date"})
# A length set within a few days of a known revision of the same length is that revision,
# whatever day the sentence happens to name near it ("take effect on Friday, when the
# ten-day deadline expires").
_SAME_SETTING_DAYS = 7
_TIME_WORD = re.compile(r"\d|day|week|fortnight|month|hour|year|\b(?:until|till|by|before|expir|laps|effect|January|"
                        r"February|March|April|May|June|July|August|September|October|November|December|Thanksgiving|Christmas|"
                        r"New Year)",
                        re.IGNORECASE)


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    label: str
    days: float | None  # the length; of a range, its shorter end, where it runs out
    high: float | None  # the longer end of a range
    announced: date | None
    due: date | None
    earliest: date | None = None  # a window's first day ("by early September": 1 September)
    dated_by_text: bool = True  # False when the day of writing stood in for an unstated start
    # counted from something still to happen ("within 100 days of a signing", a draft's terms): no
    # setting of a known deadline, whatever its length
    unset: bool = False


def extract_deadlines(text: str, sentences: list[tuple[int, int]], published: date | None,
                      profile: Profile | None = None,
                      actor_at: Callable[[int], str | None] = lambda _: None,
                      mentions_in: Callable[[int, int], list[str]] = lambda _s, _e: [],
                      title: str = "") -> list[Deadline]:
    """Every deadline mentioned, each with its sentence as text and span (``title``: the article's,
    whose years count when the report gives no date of its own)."""
    known = profile.deadlines if profile else ()
    found: list[Deadline] = []
    story_day: date | None = None  # the last past day the text has named so far
    # A report with no date of its own still places "by 21 November" in the year it points to.
    year_hint = None if published else year_reference(f"{title}\n{text}", profile.latest_known_date if profile else None)
    for start, end in sentences:
        sentence = text[start:end]
        if not _TIME_WORD.search(sentence):
            continue
        anchor_day = _round_day(sentence, profile, published) or story_day
        mentioned = dates_in(sentence, published, anchor_day, year_hint)
        matches = sentence_deadlines(sentence, published, anchor_day, mentioned, _asked_in_list(text, start))
        story_day = story_day_after(sentence, mentioned, published, story_day)
        for match in matches:
            revision, deadline = _known_match(match, known) if not match.unset else (None, None)
            position = start + match.start
            speaker = actor_at(position)
            if deadline is not None and speaker is not None \
                    and speaker not in (deadline.issuer, deadline.target) \
                    and deadline.issuer not in mentions_in(start, end):
                revision = deadline = None  # a mediator's "within ten days" is not the issuer's
            owner = _possessor(text, position, mentions_in) if match.days is not None else None
            # A known revision knows when it was set better than the day a report came out, and
            # its due day better than a window ("by early September").
            window = match.earliest is not None and match.earliest != match.due
            same_setting = revision is not None and match.announced is not None and \
                abs((match.announced - revision.announced).days) <= _SAME_SETTING_DAYS
            # (or the sentence names no calendar day of its own: "On Tuesday he settled on ten days from
            # that day", counted from the story's last date, is the known setting of that length)
            trust_known = revision is not None and (not match.dated_by_text or match.due is None or window
                                                    or same_setting or not any(
                                                        d.day is not None and d.text.lower() not in _STORY_DAYS
                                                        for d in mentioned))
            found.append(Deadline(
                label=deadline.label if deadline else match.label, text=sentence, start=start, end=end,
                issuer=owner or (deadline.issuer if deadline else None) or actor_at(position),
                target=_target(sentence, match, start, mentions_in) or (deadline.target if deadline else None),
                days=match.days if match.days is not None else (revision.days if revision else None),
                # (a day told as the due day of a known revision, with no day of its setting in the
                # sentence, was set when the revision was)
                announced=revision.announced if trust_known or revision is not None and match.days is None
                and not any(d.day is not None and d.day != match.due for d in mentioned) else _set_on(match, published),
                due=revision.due if trust_known else match.due,
                measure=_measure(sentence) or (deadline.measure if deadline else None),
            ))
    return found


def _asked_in_list(text: str, start: int) -> bool:
    """Is the sentence an item of a list whose opening line asks for its items ("The network calls
    on:" and then "1. both governments to return every child ... before the end of the year")?"""
    line = text.rfind("\n", 0, start) + 1
    if not _LIST_ITEM.fullmatch(text[line:start]):
        return False
    while line > 0:
        previous = text.rfind("\n", 0, line - 1) + 1
        opening = text[previous:line - 1]
        if opening.strip() and not _LIST_ITEM.match(opening):  # the line above the items
            return bool(_ASKING_LIST.search(opening))
        line = previous
    return False


def _set_on(match: _Match, published: date | None) -> date | None:
    """The day a deadline was set, as far as the text tells: a day it names stood in for
    by the day of writing, unless that is after the day it fell due ("with a start date of 12
    May", reported on 16 May, was set on some day before 12 May that the text does not give)."""
    if match.days is None and match.due is not None and match.announced == published and \
            published is not None and match.due < published:
        return None
    return match.announced


def _round_day(sentence: str, profile: Profile | None, published: date | None) -> date | None:
    """ "When the exchange was agreed in Valletta, ... within seven days": the day of the last known
    round at that place before the day of writing (the profile's rounds are what an analyst knows)."""
    if profile is None or published is None:
        return None
    where = _AGREED_AT.search(sentence)
    if where is None:
        return None
    held = [r.date for r in profile.rounds if r.place.casefold() == where.group("place").casefold()
            and 0 <= (published - r.date).days <= _ROUND_NEWS_DAYS]
    return max(held, default=None)  # a report weeks later may mean an earlier round there: it cannot tell


def sentence_deadlines(sentence: str, published: date | None, story_day: date | None = None,
                       mentioned: list[DateMention] | None = None, asked: bool = False) -> list[_Match]:
    """The deadlines of one sentence: lengths that limit, then days stated as ends; a stated
    day that only repeats a length's end is not a second deadline. ``story_day`` is the last
    past day the sentences before named: a term told in the past tense with no day of its own
    ("It ran for an initial 120 days") counts from it. ``asked``: the sentence is an item of a list
    of demands ("The network calls on: 1. both governments to return every child by ...")."""
    if not _TIME_WORD.search(sentence):
        return []
    days = [d for d in (dates_in(sentence, published, story_day) if mentioned is None else mentioned)
            if d.kind in ("day", "range", "weekday", "relative", "month")]
    lengths = _lengths(sentence, days, published, story_day)
    # A day a length counts from or ends on is part of that deadline, not one of its own.
    stated = [m for m in _stated(sentence, days, published, asked)
              if not any(_same_day(m.due, x.due) or _same_day(m.due, x.earliest) for x in lengths)]
    return sorted(lengths + stated, key=lambda m: m.start)


def _lengths(sentence: str, days: list[DateMention], published: date | None,
             story_day: date | None = None) -> list[_Match]:
    found: list[_Match] = []
    taken: list[tuple[int, int]] = []
    for m in [*_ADJECTIVAL.finditer(sentence), *_LENGTH.finditer(sentence)]:
        adjectival = m.re is _ADJECTIVAL
        if any(m.start() < e and s < m.end() for s, e in taken) or not (adjectival or _limits(sentence, m, days)):
            continue
        taken.append(m.span())
        match = _length(m, sentence, days, published, story_day)
        if match is not None and not (_truce_length(m, sentence) and not match.dated_by_text):
            found.append(match)
    return found


def _truce_length(m: re.Match, sentence: str) -> bool:
    """A length that says how long a truce lasts, not by when something must happen."""
    kind = m.groupdict().get("kind")
    if kind:
        return not _TIME_LIMIT.fullmatch(kind)
    near = sentence[max(0, m.start() - 40):m.end() + 40]
    return bool(_TRUCE.search(near)) and not _TIME_LIMIT.search(near) and not _LIMIT_TAIL.match(sentence[m.end():])


_QUOTE_OPENS = re.compile(rf"[{_QUOTES}]\s*$")
_QUOTE_CLOSES = re.compile(rf"^[{_QUOTES}]")


def _limits(sentence: str, m: re.Match, days: list[DateMention]) -> bool:
    """Is this length a time limit rather than how long something lasted?"""
    # a length in its teller's words reads as told: "would cut the window to \"eight or nine days\"",
    # "had \"eight days\" to agree"
    before, after = _QUOTE_OPENS.sub("", sentence[:m.start()]), _QUOTE_CLOSES.sub("", sentence[m.end():])
    if _WITHIN.search(before) or _RUNS_OUT_LATER.match(after):
        # "within 100 days of the inauguration" limits, as "within ten days" does; so does "the
        # fortnight he gave himself on 22 August to decide ... runs out about now"
        return True
    if any(d.kind == "month" and 0 <= d.start - m.end() <= 5 for d in days) and looks_back(sentence, m.start()):
        return False  # "as they had for 30 days in March": how long something lasted, back then
    if re.match(r"^\s+(?:of|ago|earlier|before|since)\b", after) or re.search(r"\b(?:(?:the|its|their|his|her|our|in the|over the)\s+(?:last|past)|after)\s*$", before):
        return False  # "eight weeks of pauses", "two weeks ago", "the past 24 hours"
    if _LIMIT_LEAD.search(before) or _LIMIT_TAIL.match(after):
        return True
    if _UNTIL_A_DAY.match(after) and any(d.start >= m.end() and d.start - m.end() < 20 for d in days) \
            and not looks_back(sentence, m.start()):
        # "companies have 30 days, until 21 November, to wind down": a term and its end (not "talks
        # were suspended for two weeks, until 2 June": what happened)
        return True
    if _LATER_ON.match(after):
        # "21 days later, on 27 August" ends a term set ahead; "talks resumed ten days later, on
        # 12 March" tells what happened
        return not looks_back(sentence, m.start())
    if _TERM_LEAD.search(before) and _AGREEMENT_WORDS.search(sentence):
        return True
    anchored = any(d.end <= m.start() and re.search(r"\b(?:from|counted from|starting)\s*$", sentence[:d.start])
                   for d in days) or any(  # "30 days from 18 March"
        d.start >= m.end() and re.fullmatch(r"\s*(?:counted\s+)?(?:from|starting(?: on| from)?|beginning(?: on)?)\s*",
                                            sentence[m.end():d.start]) for d in days)
    # "thirty days from 18 March, unless extended": a term counted from a day, that may be carried on
    return bool(_STAKES.search(sentence)) and (bool(_SOFT_LEAD.search(before)) or anchored) \
        or anchored and bool(_EXTENDABLE.search(sentence))


@dataclass(frozen=True)
class _Told:
    """A length as a sentence tells it: where it stands, and how long (a range's two ends)."""

    start: int
    end: int
    label: str
    first: float
    second: float | None = None
    months: bool = False  # told in months: counted on the calendar ("two months" from 3 March ends 3 May)

    def counted(self, announced: date | None, due: date | None, earliest: date | None = None,
                dated_by_text: bool = True) -> _Match:
        return _Match(self.start, self.end, self.label, round(self.first, 2),
                      self.second, announced, due, earliest, dated_by_text)

    def from_day(self, day: date | None, dated_by_text: bool) -> _Match:
        """Counted from a day: it falls due that many days later. A range ("eight or nine days") runs
        out at its shorter end, as analysts count it: no later moment is safe to wait for."""
        if day is None:
            return self.counted(None, None, dated_by_text=dated_by_text)
        return self.counted(day, self._after(day, self.first), None, dated_by_text)

    def _after(self, day: date, days: float) -> date:
        if not self.months or days % _DAYS_PER["month"]:
            return day + timedelta(days=math.ceil(days))
        month = day.month - 1 + int(days // _DAYS_PER["month"])
        year, month = day.year + month // 12, month % 12 + 1
        return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _length(m: re.Match, sentence: str, days: list[DateMention], published: date | None,
            story_day: date | None = None) -> _Match | None:
    groups = m.groupdict()
    end = m.end()
    unit = (groups.get("unit") or groups.get("funit") or "day").lower()
    per = _DAYS_PER[unit]
    told = _Told(m.start(), end, sentence[m.start():end].strip(),
                 _value(groups.get("n1") or groups.get("fort") or "a") * per,
                 _value(groups["n2"]) * per if groups.get("n2") else None, months=unit == "month")
    if _truce_length(m, sentence) and _only_asked_for(sentence[:m.start()]) and not _TRUCE_BEGAN.search(sentence[end:]):
        return None  # "asked for a ceasefire of 30 days starting on Monday": it never ran from that day
    anchor = _anchor(sentence, m.start(), end, days)
    if _CHANGED_BEFORE.search(sentence[:m.start()]) and (
            anchor is None or any(d.end <= m.start() and d.day == anchor for d in days)):
        # "On Tuesday he cut his 40-day deadline to ten days": the day is the cut's, and what the
        # old length ran from the text does not say (a known revision of that length knows it);
        # not "cut the 40-day period he announced on 3 March", which says it
        return told.counted(None, None, dated_by_text=False)
    stated = _stated_end(sentence, end, days)
    if stated is not None and anchor is not None and any(
            d.kind == "relative" and d.end <= m.start() and d.day == anchor for d in days):
        # "A day later he settled on ten days, which would mean the deadline falls on 9 April": the
        # day it ends, told outright, over a day counted from the story's last date
        anchor = None
    if anchor is not None and _ENDING.match(sentence[end:]):
        # "take effect on Friday, when the ten-day deadline expires": the day is its end
        stated = next(d for d in reversed(days) if d.end <= m.start() and d.day == anchor)
        anchor = None
    if anchor is None and stated is None:
        undated = _undated(told, m, sentence, days, published)
        if undated is not None:
            return undated
        anchor = _story_anchor(m, sentence, days, published, story_day)
        if anchor is None and published is not None and any(
                d.kind == "month" and d.end <= m.start() and d.latest < published for d in days):
            # "In July 2028 the arrangement was signed for 120 days": it ran from a day of that month
            # the text does not give, so it falls due on no day it can tell
            return told.counted(None, None, dated_by_text=False)
    if unit == "hour" and anchor is None:
        return None  # "a 36-hour truce" with no day it began limits nothing we can date
    if anchor is not None or stated is None:
        return told.from_day(anchor or published, anchor is not None)
    # "which would have run to 2 September": the text says when it ends
    return told.counted(published, stated.latest if stated.kind == "month" else stated.earliest, stated.earliest)


# A length that is the thing changed: "cut his 40-day deadline", "extended the 30-day truce".
_CHANGED_BEFORE = re.compile(rf"\b(?:{_CHANGE_VERBS}|scrap\w*|replac\w*)\s+"
                             r"(?:his|her|its|their|the|that|this)\s+(?:own\s+|original\s+|earlier\s+)?$", re.IGNORECASE)


def _undated(told: _Told, m: re.Match, sentence: str, days: list[DateMention], published: date | None) -> _Match | None:
    """A length no day in its sentence starts or ends that the sentence still dates, or says
    falls due on no day."""
    end = m.end()
    if _FROM_AN_EVENT.match(sentence[end:]) or _FOLLOWS.search(sentence[:m.start()]) or _HYPOTHETICAL.search(sentence):
        # "within 100 days of lifting martial law", "three days after any attack", "elections would
        # follow within 100 days", "if the North were attacked, talks within three days": counted
        # from something that has not happened, so it falls due on no day yet
        return replace(told.counted(None, None, dated_by_text=False), unset=True)
    if _HAS_ENDED.match(sentence[end:]):  # "the 30-day moratorium ... has expired, the North said on Thursday"
        said = [d.day for d in days if d.start >= end and d.day is not None
                and (published is None or d.day <= published) and SAYS.search(sentence[max(0, d.start - 30):d.start])]
        due = said[0] if said else published
        if due is not None:
            return told.counted(due - timedelta(days=math.ceil(told.second or told.first)), due)
    month = _month_set_in(sentence, m.start(), days, published)
    if month is not None:
        # "the 20-day ultimatum he gave the North in July": counted from that month, a day the
        # text does not give (a known revision of that length knows it)
        return told.from_day(month, dated_by_text=False)
    return None


def _story_anchor(m: re.Match, sentence: str, days: list[DateMention], published: date | None,
                  story_day: date | None) -> date | None:
    """ "It ran for an initial 120 days", "the envoy said the South would answer within a
    fortnight": a length counts from the day the story is at, when its sentence names no time
    of its own."""
    if story_day is None:
        return None
    before = sentence[:m.start()]
    own_time = any(d.start < m.start() or d.start - m.end() < 15 for d in days)  # "for 30 days in March"
    own_time = own_time or bool(_PERFECT.search(before))  # "has proposed": said now
    if _truce_length(m, sentence) and not _TRUCE_BEGAN.search(before):
        own_time = True  # "the South pushed for a ceasefire of 30 days": proposed, it never ran from any day
    if own_time:
        return None
    recent = published is None or 0 <= (published - story_day).days <= _SAID_DAYS
    told_back = looks_back(sentence, m.start()) and not _SAID.search(before)
    return story_day if told_back or recent and (_SAID.search(before) or _TERM_LEAD.search(before)) else None


_MONTH_REACH = 50  # characters from a length to the month it was set in ("the 20-day ultimatum he gave the North in July")


def _only_asked_for(before: str) -> bool:
    """Is the truce before this point only asked for or proposed (the nearer word decides:
    "accepted a proposal for a 30-day truce" is still a proposal, "the truce they proposed was
    agreed" ran)?"""
    asked = [m.end() for m in _ASKED_FOR.finditer(before)]
    began = [m.end() for m in _TRUCE_BEGAN.finditer(before)]
    return bool(asked) and (not began or max(asked) > max(began))


_ASKED_FOR = re.compile(r"\b(?:ask\w*|demand\w*|call\w* for|push\w* for|press\w* for|propos\w*|urg\w*|suggest\w*|"
                        r"offer\w*|readiness|ready to|willing to|prepared to|to accept|to agree to)\b", re.IGNORECASE)
# What ends on a day without being a term: a meeting ("the talks ended on Tuesday"); and the
# terms whose end is a deadline ("the truce ends on Sunday").
_PUT_OFF = re.compile(r"\b(?:put|puts|putting)\s+(?:[\w’'-]+\s+){0,6}?off\b|\b(?:put|puts|putting)\s+off\b|"
                      r"\bpostpon\w+|\bdelay\w*|\bpush\w*\s+(?:[\w’'-]+\s+){0,6}?back\b|\breschedul\w+", re.IGNORECASE)
_MEETING_ENDED = re.compile(r"\b(?:summit|talks|meetings?|rounds?|sessions?|conference|visit|negotiations|consultations)\b"
                            r"[^.;]{0,60}$", re.IGNORECASE)
_TERM_NOUN = re.compile(r"\b(?:truce|ceasefire|cease-fire|moratorium|deadline|ultimatum|deal|agreement|initiative|licen[cs]e|"
                        r"period|window|term|pause|halt|mandate|extension)\b", re.IGNORECASE)
# A length after an unnamed start ("elections would follow within 100 days"), and a sentence
# that supposes what has not happened ("if the North were attacked", "in the event of a breach").
_FOLLOWS = re.compile(r"\bfollow\w*\s+(?:with)?in\s*$", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\bif\b[^,;.]{0,80}\b(?:were|had been)\b|\bin (?:the )?event (?:of|that)\b|\bin case of\b|"
                           # a text's terms: "the draft would have the South hold elections within 100 days",
                           # counted from a signing still to come
                           # (not "the text would be ready within five days", said of the text itself)
                           r"\b(?:draft|plan|proposal|framework|memorandum|document|text|blueprint)s?\s+(?:also\s+)?would\s+"
                           r"(?:have(?!\s+to\b)|require|oblige|see|give|grant|allow|mandate|force|make|commit|set|call\s+for)\b",
                           re.IGNORECASE)


def _month_set_in(sentence: str, start: int, days: list[DateMention], published: date | None) -> date | None:
    """The first day of the month a length was set in, when a sentence that tells of the past
    names only a month past for it ("the ten days he gave them in May ran out")."""
    if not days:
        return None
    nearest = min(days, key=lambda d: abs(d.start - start))
    gone = nearest.kind == "month" and nearest.earliest is not None and (published is None or nearest.latest < published) \
        and looks_back(sentence, nearest.start)
    between = sentence[start:nearest.start]
    set_then = bool(_SET_IN.search(between)) and not _ENDED_IN.search(between)  # not "the window closed in October"
    return nearest.earliest if gone and set_then and 0 < nearest.start - start <= _MONTH_REACH else None


_SET_IN = re.compile(r"\b(?:gave|given|set|issued|imposed|announced|declared|granted|offered)\b", re.IGNORECASE)
_ENDED_IN = re.compile(rf"\b(?:{_END_WORDS})\b", re.IGNORECASE)


def _anchor(sentence: str, start: int, end: int, days: list[DateMention]) -> date | None:
    """The day a length counts from: "from Monday" or "agreed on 18 March" after it, else the
    nearest day before it."""
    after = [d for d in days if d.start >= end and d.start - end < _reach(sentence[end:d.start]) and d.day is not None and re.search(
        r"(?:\b(?:from|of|starting(?: on)?|beginning(?: on)?)\s*(?:the\s+)?(?:\w+,\s*)?|\b(?:agreed|announced|set|ordered|declared|imposed|"
        r"given|gave|signed|reached|struck|began|begun|begins|started|starts|took effect|came into force|"
        # words between: not across a clause ("set by the envoys, which the North dismissed on"),
        # but through an initial's dot ("set by the U.N. envoy on")
        r"entered into force)\b(?:(?!,\s*(?:which|who|whom)\b)(?:[^.;]|(?<=\b[A-Z])\.)){0,50}?\bon\s*)$",
        sentence[end:d.start])]
    if after:
        # 'On 20 March he said he would cut the 40 days set on 3 March to "ten days from today"' (or "to
        # ten days from that day"): the day he said it, named before his saying
        word = after[0].text.lower()
        quote = next((q for q in QUOTED.finditer(sentence) if q.start() < after[0].start < q.end()), None)
        # (the sentence's first verb of speech: "said yesterday the President had cut the period he
        # announced on 3 March, telling the North it now had ..." was said yesterday)
        saying = [m for m in SAYS.finditer(sentence, 0, quote.start() if quote is not None else start)
                  if m.group(0).lower() not in _SETTING_SAYS][:1]
        said = _day_of_saying(sentence, saying[-1], days) if saying else None
        # ("that day" only when no day is named between the saying and the length: "said the truce
        # agreed on 2 May would last ten days from that day" counts from 2 May; but the day of an
        # old length cut to this one is not it: "would cut the 40 days set on 3 March to ten")
        between = [d for d in days if saying and saying[-1].end() <= d.start < start
                   and not (re.search(rf"\b(?:{_CHANGE_VERBS})\b", sentence[saying[-1].end():d.start], re.IGNORECASE)
                            and re.search(r"\bto\b", sentence[d.end:start]))]
        if said is not None and (word in ("today", "tonight") and quote is not None
                                 or word in ("that day", "that date") and not between):
            return said
        return after[0].earliest
    before = [d for d in days if d.end <= start and d.kind != "month" and (d.day is not None or _set_ago(sentence, d, start))]
    if not before:
        return None
    last = before[-1]
    return last.day if last.day is not None else last.earliest + (last.latest - last.earliest) / 2


_SETTING_SAYS = ("announced", "according to")  # a verb that sets a length ("the period he announced on"), no speech


def _day_of_saying(sentence: str, saying: re.Match[str], days: list[DateMention]) -> date | None:
    """The day the words were said, named in the saying's own clause: "On Monday, in Scotland, he
    said", "he said on Monday" (not "the envoy, who set 40 days on 3 March, said", nor "gave 40 days on
    3 March, and said": another act's day)."""
    after = next((d for d in days if d.start >= saying.end() and d.day is not None
                  and re.fullmatch(r"\s+(?:late\s+)?(?:on\s+)?", sentence[saying.end():d.start])), None)
    if after is not None:
        return after.day
    before = [d for d in days if d.end <= saying.start() and d.day is not None]
    if not before:
        return None
    day = before[-1]
    clause = sentence[:day.start][max(sentence.rfind(",", 0, day.start), sentence.rfind(";", 0, day.start)) + 1:]
    if re.search(r"\b(?:who|which|that|whose|when)\b", clause, re.IGNORECASE) \
            or re.search(r"\band\b|;", sentence[day.end:saying.start()]):
        return None
    return day.day


def _reach(between: str) -> int:
    """How far after a length the day it was set may stand: further when a clause that tells who
    set it comes between ("the 20-day pause on strikes against power plants that the two leaders
    agreed by phone on 3 March"; not "... plants that drones struck on 3 March")."""
    return _RELATIVE_REACH if _SET_BY_RELATIVE.match(between) else _AFTER_REACH


# A length's noun and its complement, then a clause whose verb sets it; the reach is that of such
# a phrase ("on strikes against energy facilities", some 40 characters) and its clause
_AFTER_REACH, _RELATIVE_REACH = 60, 130
# (or a participle set off by a comma: "the 30-day moratorium on strikes against power plants,
# agreed with the mediator on 18 March")
_SET_BY_RELATIVE = re.compile(r"^[^,.;:]{0,70}?(?:\b(?:that|which)\s+[^,.;:]{0,50}?|,\s*)\b(?:agreed|ordered|announced|declared|"
                              r"signed|set|imposed|accepted|proposed|offered)\b[^,.;:]{0,45}$", re.IGNORECASE)


def _set_ago(sentence: str, day: DateMention, length: int) -> bool:
    """ "the summit he announced a week ago, to be held within a fortnight": how long ago the
    length was set dates it, give or take the rounding of "a week" (not "the sanctions he announced
    a week ago failed, so he now gives them ten days": set again since)."""
    return day.text.lower().endswith("ago") and day.earliest is not None and day.latest is not None \
        and bool(_SET_IN.search(sentence[max(0, day.start - _SET_REACH):day.start])) \
        and not _SET_AGAIN.search(sentence[day.end:length])


_SET_AGAIN = re.compile(rf"{_SET_IN.pattern}|\b(?:now|gives|sets|issues|today)\b|[;.]", re.IGNORECASE)


_SET_REACH = 30  # characters before "a week ago" to the verb that set the length


# "ten days, a deadline that falls on 9 April" (a weekday there is left to the length: which one,
# the story's day does not tell)
_FALLS_ON = re.compile(rf"\b(?:deadline|cut-?off){_FALLS}\s+on\s*$", re.IGNORECASE)


def _stated_end(sentence: str, end: int, days: list[DateMention]) -> DateMention | None:
    """A day after the length that says when it ends: "which would have run to 2 September",
    "ending on 8 May", "ten days later, on 3 May", "in 12 days, on 3 May", "between 2 and 9
    May"."""
    for day in days:
        if day.start < end or day.start - end > 60:
            continue
        between = sentence[end:day.start]
        if _FALLS_ON.search(between):
            # "a deadline that falls on Friday, 9 April" (one mention with its date); a weekday alone:
            # which one, the length tells
            if day.kind != "weekday":
                return day
            continue
        if re.search(r"\b(?:run|ran|runs|ending|ends|ended|expir\w*|laps\w*|until|till|to|later,?\s*on|between|"
                     r"put (?:\w+ )+between|at)\s*(?:on\s*)?$", between, re.IGNORECASE) \
                or re.fullmatch(r"\s*,\s*on\s*", between):  # "in 12 days, on 3 May"
            return day
    return None


def _stated(sentence: str, days: list[DateMention], published: date | None, asked: bool = False) -> list[_Match]:
    """Days the sentence gives as something's start, end or due date."""
    found = []
    for day in days:
        own = re.match(r"(between|from)\b", day.text, re.IGNORECASE)  # "between 1 and 8 September"
        if _NAMES_A_DEADLINE.match(sentence[day.end:]) and (published is None or day.latest >= published
                                                           or _DEADLINE_NOUN.match(sentence[day.end:])
                                                           or SAYS.search(sentence[:day.start])):
            # "Thursday would be the time for the South to accept": a day still ahead; "Friday was the
            # time for families to gather", a day gone, names no deadline
            found.append(_Match(day.start, day.end, f"{day.text} deadline", None, None, published,
                                day.latest, day.earliest))
            continue
        due_words = own or _DUE_WORDS.search(sentence[max(0, day.start - 60):day.start])
        if due_words is None:
            if _CARRIED_TO.search(sentence[max(0, day.start - 60):day.start]) or _step_set_for(sentence, day, published):
                # "the envoys are to meet next week": a step set for a day or week ahead, done by its end
                if not (found and found[-1].due == day.latest and re.fullmatch(r"[\s,]*", sentence[found[-1].end:day.start])):
                    # ("tomorrow, Sunday, 25 May" names one day)
                    found.append(_Match(day.start, day.end, day.text, None, None, published, day.latest, day.earliest))
            continue
        word = due_words.group(1) if own else due_words.group("word")
        if re.match(r"before\s+\S+\s", word, re.IGNORECASE):
            word = "before"  # "before the leaders meet on": a day due like "before"
        if re.match(r"(?:start|begin)s? on", word, re.IGNORECASE) and not _TRUCE.search(sentence):
            continue  # "the next round will begin on 20 March": when talks start, no start someone set
        if _STARTING.match(word) and not (_FORWARD.search(sentence) or _STAKES.search(sentence)):
            continue  # "starting on Monday, the talks ran late": when, not what is set
        if word.lower() == "from" and day.kind == "relative":
            continue  # "from today" starts a count, it is due nothing
        if word.lower() == "before" and day.kind == "relative" and published is not None and day.latest <= published \
                and not _FORWARD.search(_clause_before(sentence, day.start)):
            continue  # "Before today, the South had freed 2,000": what came before, not a day due (but "on
            # Wednesday she said it would pass before the end of the week", written on the Friday, is one)
        lead = sentence[:max(0, day.start - 60) + due_words.start()]
        if re.search(r"\bf[ae]ll", word, re.IGNORECASE) and day.kind == "weekday" \
                and (_LENGTH.search(sentence, 0, day.start) or _ADJECTIVAL.search(sentence, 0, day.start)):
            continue  # "ten days, a deadline that falls on Friday": which Friday, the length tells
        if word.lower() in ("until", "till", "to") and _PUT_OFF.search(_clause_before(sentence, day.start)) \
                and not (_TIME_LIMIT.search(lead) or _TERM_NOUN.search(lead)):
            continue  # "put off a visit until 10 March": the day a visit moved to, no time limit
        if word.lower().startswith("deadline") and re.search(r"\bdeadline\s+on\s*$", sentence[:day.start], re.IGNORECASE):
            continue  # "asked about the deadline on Friday": when it was spoken of
        if word.lower().startswith("ended") and _MEETING_ENDED.search(lead) and not _TERM_NOUN.search(lead) \
                and not _FORWARD.search(sentence):
            continue  # "a two-day summit ended on Sunday": a meeting's last day, no term ending
        forward = asked or bool(_FORWARD.search(sentence))
        opens = not own and bool(_OPENING.fullmatch(sentence[:max(0, day.start - 60) + due_words.start()]))
        scene = _SCENE_BY.match(word) and (opens or not _STAKES.search(sentence) or _SCENE_AFTER.match(sentence[day.end:]))
        # (what the time is for said after it, or nothing more: "The North had until 3 May.")
        given = bool(_GIVEN_UNTIL.search(sentence[:max(0, day.start - 60) + due_words.end()])) \
            and bool(_TO_ACT.match(sentence[day.end:]) or _SENTENCE_END.match(sentence[day.end:]))
        ahead = published is not None and day.earliest > published and bool(_STAKES.search(sentence))
        if (scene or word.lower() == "from" and not ahead) and not forward:
            continue  # "By Sunday evening he said ...", "lasted from Saturday": when, not what is due
        # (a window "between" two days only when proposed or set ahead: "proposed holding the next round
        # between 20 and 30 June", not "talks that will resume on Monday were held between 3 and 5 March")
        window_ahead = word.lower() == "between" and published is not None and day.latest > published \
            and bool(_FORWARD.search(_clause_before(sentence, day.start)))
        if not (_FIRM_DUE.match(word) or _STAKES.search(sentence) or forward and word.lower() in ("by", "before") or window_ahead
                or forward and _STARTING.match(word) or given):
            continue
        label = day.text if own else sentence[max(0, day.start - 60) + due_words.start():day.end].strip()
        earliest, latest = day.earliest, day.latest
        midnight = "midnight" in label.lower()
        if (word.lower() in ("until", "till", "before") or midnight) and day.kind != "month":
            earliest = latest  # "until May 10-11", "from midnight on May 7-8": the last of those days
        if word.lower() == "before" and day.kind == "month" and "end" not in label.lower():
            earliest = latest = day.earliest - timedelta(days=1)  # "before September": by 31 August
        starts = (word.lower() == "from" or _STARTING.match(word) or word.lower().startswith(_TAKES_FORCE)) \
            and "end" not in label.lower()
        # "bans imports from January 2027": a month something starts in starts on its first day (not
        # "from the end of January", its last)
        due = latest if day.kind == "month" and not starts or word.lower() == "between" else earliest
        found.append(_Match(day.start, day.end, label, None, None, published, due, earliest))
    return _merge_betweens(found, sentence, days)


def _clause_before(sentence: str, at: int) -> str:
    """The words of the clause that ends at ``at``: back to the last semicolon, colon or dash."""
    return re.split(r"[;:]|\s[–—-]\s", sentence[:at])[-1]


def _merge_betweens(found: list[_Match], sentence: str, days: Sequence[DateMention] = ()) -> list[_Match]:
    """ "between 29 August and 5 September" is one window, not two deadlines; "until midnight
    between Sunday and Monday" ends on the Monday."""
    merged: list[_Match] = []
    for match in found:
        night = next((d for d in days if d.start > match.end and re.fullmatch(r"\s*and\s*", sentence[match.end:d.start])), None) \
            if re.search(r"\bmidnight\s+between\b", match.label, re.IGNORECASE) else None
        if night is not None:
            match = _Match(match.start, night.end, match.label + sentence[match.end:night.end], None, None, match.announced,
                           night.latest, night.latest)
        if merged and re.fullmatch(r"\s*and\s*", sentence[merged[-1].end:match.start]) and \
                re.search(r"\bbetween\b", merged[-1].label, re.IGNORECASE):
            last = merged.pop()
            merged.append(_Match(last.start, match.end, sentence[last.start:match.end], None, None,
                                 last.announced, match.due, last.earliest))
            continue
        merged.append(match)
    return merged


def _same_day(a: date | None, b: date | None) -> bool:
    return a is not None and b is not None and abs((a - b).days) <= 1


def _value(text: str) -> float:
    cleaned = text.replace(",", "")
    if cleaned.lower() in ("a", "an", "the"):
        return 1.0
    try:
        return float(cleaned)
    except ValueError:
        return word_value(text) or 0.0


def _known_match(match: _Match, known: tuple[KnownDeadline, ...]) -> tuple[Revision | None, KnownDeadline | None]:
    """The known revision this mention is: the same length set on (about) the same day, or a
    due date inside the window the mention names."""
    for deadline in known:
        for revision in sorted(deadline.revisions, key=lambda r: r.announced, reverse=True):
            if match.days is not None and _same_length(match, revision) and _near(match.announced, revision):
                return revision, deadline
            first, last = revision.span
            if match.days is None and match.due and \
                    (match.earliest or match.due) - timedelta(days=1) <= last and first <= match.due + timedelta(days=1):
                return revision, deadline
    return None, None


def _near(announced: date | None, revision: Revision) -> bool:
    """A length reported weeks after it was set may still be that revision; one set a year
    apart is another deadline of the same length."""
    return announced is None or abs((announced - revision.announced).days) <= 45


def _same_length(match: _Match, revision: Revision) -> bool:
    if match.high is not None:
        return (match.days, match.high) == (revision.low or revision.days, revision.high or revision.days)
    return revision.low is None and match.days == revision.days


def _possessor(text: str, position: int, mentions_in: Callable[[int, int], list[str]]) -> str | None:
    """ "the mediator's 30-day ultimatum", "the president's deadline": whose deadline it is."""
    before = text[max(0, position - 60):position]
    m = re.search(r"([\w.’'-]+(?:\s[\w.’'-]+){0,2})(?:'s|’s|')\s+(?:[\w-]+\s+)?$", before)
    if not m:
        return None
    actors = mentions_in(position - len(before) + m.start(1), position - len(before) + m.end(1))
    return actors[0] if actors else None


def _target(sentence: str, match: _Match, offset: int, mentions_in: Callable[[int, int], list[str]]) -> str | None:
    """ "a deadline for Moscow to ...", "gave Putin 10 days": the side it is set for."""
    after = re.match(r"\s+for\s+((?:[\w.’'-]+\s+){1,4}?)to\b", sentence[match.end:])
    if after:
        actors = mentions_in(offset + match.end + after.start(1), offset + match.end + after.end(1))
        if actors:
            return actors[0]
    given = re.search(r"\b(?:give|gave|given|giving)\s+((?:[\w.’'-]+\s+){1,3})$", sentence[:match.start])
    if given:
        actors = mentions_in(offset + given.start(1), offset + given.end(1))
        if actors:
            return actors[0]
    return None


def _measure(sentence: str) -> str | None:
    m = _MEASURE.search(sentence)
    return m.group("measure").strip() if m else None
