"""Date expressions in news text, resolved against the article's own date.

News copy names days in a handful of closed forms: a day and a month ("23 May", "Aug. 23,
2025", "14.08.2025"), a month or part of one ("in March", "late July", "the first week of
September"), a span of days ("between 11 and 16 June", "May 7-8"), a weekday ("on Thursday",
"Friday's summit"), a phrase relative to the day of writing ("yesterday", "last week", "this
month") and a year ("since 2022"). Each mention becomes the window of days it allows; a
weekday or a date without a year is resolved against the article's date, past first (reports
tell what happened) unless the text points forward ("by Friday", "next week", "will meet on
Thursday"). dateparser's ``search_dates`` was measured on the development set's dated
references and got 38 of 71 (it reads "on Monday" in a Monday report as the week before and
puts "29 August" in the previous year); this closed grammar is the finder and the resolver.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from parley.extract.lexicon import REPORTED
from parley.extract.numbers import word_value

MONTH_NAMES = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_ABBR = {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTH_ABBR["sept"] = 9
# Every word for a month, lower case, longest first for an alternation ("march", "mar", "sept").
MONTH_WORDS = tuple(sorted({*MONTH_NAMES, *_MONTH_ABBR}, key=len, reverse=True))
# Capitalised month names only: "may" and "march" are also a verb, a noun and a modal. (A heading in
# capitals names them in capitals: "MAY 16, THE PALACE".)
_MONTH = (r"(?P<{g}>(?:January|February|March|April|May|June|July|August|September|October|"
          r"November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|"
          r"NOVEMBER|DECEMBER)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)")
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_DAY_NAMES = "|".join(calendar.day_name)
_WEEKDAY = rf"(?P<weekday>{_DAY_NAMES})"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"


def _m(g: str) -> str:
    return _MONTH.format(g=g)


def _d(g: str) -> str:
    return _DAY.format(g=g)


def _y(g: str) -> str:
    return _YEAR.format(g=g)


_NOT_AFTER_DIGIT = r"(?<![\d.,])"
_HOLIDAY_WORDS = r"Thanksgiving|(?:Orthodox )?Christmas(?: Eve)?|New Year['’]s (?:Eve|Day)"  # see _HOLIDAYS
_NOT_BEFORE_DIGIT = r"(?![\d]|[.,]\d)"
_PARTS = (r"(?i:(?P<part>early|mid|late|the end of|end of|the start of|start of|the beginning of|"
          r"beginning of|the middle of|the first half of|the second half of|"
          r"the (?P<nth>first|second|third|fourth|last) week of))")

_EVENT_NOUNS = ("offers?|deals?|agreements?|swaps?|exchanges?|rounds?|talks|lists?|deadlines?|meetings?|statements?|"
                "pledges?|proposals?|stages?|handovers?|ceasefires?|truces?|summits?|visits?|calls?|memorand(?:um|a)|"
                "plans?|drafts?|decisions?|announcements?|releases?|transfers?|packages?|sanctions|tariffs|attacks?|"
                "strikes?|offensives?|promises?|demands?|ultimatums?")
# Most specific first: a longer form wins over the forms inside it.
_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("iso", _NOT_AFTER_DIGIT + r"(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)" + _NOT_BEFORE_DIGIT),
    ("numeric", _NOT_AFTER_DIGIT + r"(?P<d>[0-3]?\d)[./](?P<mo>[01]?\d)[./](?P<y>(?:19|20)\d\d)" + _NOT_BEFORE_DIGIT),
    ("range", r"\b(?:between|from)\s+" + _d("d1") + r"\s+(?:and|to|until|till)\s+" + _d("d2")
     + r"\s+(?:of\s+)?" + _m("mo") + r"(?:,?\s+" + _y("y") + r")?"),
    ("range", _NOT_AFTER_DIGIT + _d("d1") + r"\s*(?:-|–|—|to)\s*" + _d("d2") + r"\s+(?:of\s+)?" + _m("mo")
     + r"(?:,?\s+" + _y("y") + r")?"),
    ("range", _m("mo") + r"\s+" + _d("d1") + r"\s*(?:-|–|—|to)\s*" + _d("d2") + r"\b(?:,?\s+" + _y("y") + r")?"),
    ("day", _NOT_AFTER_DIGIT + _d("d") + r"\s+(?:of\s+)?" + _m("mo") + r"(?:,?\s+" + _y("y") + r")?"),
    ("day", _m("mo") + r"\s+" + _d("d") + r"\b(?!\s*(?:-|–|%|percent|per cent))(?:,?\s+" + _y("y") + r")?"),
    ("month", r"\b" + _PARTS + r"\s*-?\s*" + _m("mo") + r"(?:,?\s+" + _y("y") + r")?"),
    ("month", r"\bmid-" + _m("mo") + r"(?:,?\s+" + _y("y") + r")?"),
    ("month", _m("mo") + r",?\s+(?:of\s+)?" + _y("y")),
    ("month", _m("mo") + r"\s+(?P<this>of\s+(?:this|last)\s+year)"),
    ("month", r"\b(?P<prep>(?i:in|of|since|until|till|by|from|through|during|before|after|throughout))\s+" + _m("mo")),
    # a month naming what happened in it: "May's swap", "the June exchanges" (not the modal "may")
    ("month", _m("mo") + r"(?P<own>(?=['’]s\b))"),
    # "the June exchanges", "its July offer": a month before what happened in it
    ("month", r"\b(?i:the|that|its|their|his|her|our)\s+" + _m("mo")
     + r"(?=\s+(?!(?:for|on|of|to|in|at|by|with|from|against|through)\b)[a-z])"),
    # "the envoy's July offer" (not "Britain's May told parliament"): before a word of what happens
    ("month", r"(?<=['’]s\s)" + _m("mo") + rf"(?=\s+(?:{_EVENT_NOUNS})\b)"),
    ("holiday", rf"\b(?P<holiday>{_HOLIDAY_WORDS})(?: Day)?\b"),
    ("weekday", r"\b(?P<rel>(?i:last|next|this|this coming|coming|previous))?\s?" + _WEEKDAY + r"(?:['’]s)?\b"),
    ("relative", r"(?i:\b(?P<rel>(?:the )?end of (?:the|this|next) (?:week|month|year)|today|yesterday|tomorrow|tonight|(?:earlier |later )?this (?:week|month|year)|"
                 r"last (?:week|month|year)|next (?:week|month|year)|the past (?:24|twenty-four|48) hours|"
                 r"the day before yesterday)\b)"),
    ("ago", r"(?i:\b(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?P<unit>day|week|month|year)s?\s+ago\b)"),
    ("year", r"(?<![\w$€£.,/-])(?P<y>(?:19|20)\d\d)(?![\w%/-]|[.,]\d)"),
))
# Words just before a weekday or a yearless date that point forward from the day of writing.
_FORWARD_BEFORE = re.compile(r"\b(?:by|until|till|next|coming|starting|due|on or before|no later than|"
                             r"(?:until|till)\s+midnight\s+(?:on|between)|"
                             r"(?:period|window)\s+(?:to|until|through))(?:\s+\w+)?\s*$",
                             re.IGNORECASE)
# A weekday that is the subject of what is still to come: "said on Friday that Thursday would be the
# deadline" (the weekday opens its clause; not "the truce agreed on Tuesday will be monitored").
_IS_AHEAD_AFTER = re.compile(r",?\s+(?:would|will|shall)\s+(?:still\s+|now\s+)?be\b", re.IGNORECASE)
# A weekday that names a deadline looks ahead from when it was spoken of: "asked about Thursday's
# deadline", "said Thursday was an appropriate deadline" (not "Friday's deadline passed").
_NAMES_A_DEADLINE_AFTER = re.compile(r"(?:['’]s)?\s+(?:deadline|cut-?off|ultimatum)\b", re.IGNORECASE)
# ... or, in what someone said of it, "the deadline": "he said Thursday was an appropriate deadline"
_SAID_TO_BE_A_DEADLINE = re.compile(
    r",?\s+(?:is|was|would\s+be|will\s+be)\s+(?:an?|the)\s+(?:[\"“]?[\w-]+[\"”]?\s+){0,2}?(?:deadline|cut-?off)\b",
    re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|told\s+\w+|added|insisted|suggested)\s+(?:that\s+)?$", re.IGNORECASE)
_DEADLINE_GONE = re.compile(r"\b(?:passed|expired|lapsed|missed|ignored|came\s+and\s+went|ran\s+out|run\s+out)\b",
                            re.IGNORECASE)
_SUBJECT_BEFORE = re.compile(r"(?:^|[.;:!?]|\bthat)\s*$", re.IGNORECASE)
_FUTURE_CUES = re.compile(r"\b(?:will|would|'ll|’ll|shall|is to|are to|is due|are due|is expected|are expected|"
                          # a term still running when told: "a day before the pact was due to lapse on Thursday"
                          # (not "talks that were due to start on Monday", told after they did)
                          r"(?:was|were) due to (?:lapse|expire|run out|end)|"
                          r"scheduled|is set to|are set to|plans? to|planned|intends? to|would meet|to be held|"
                          r"upcoming|ahead of|takes? effect|comes? into force|"
                          # a term that "expires on Sunday" or "runs out on Friday" has not yet
                          r"expires|lapses|runs out|ends|falls due|falls on|has until|have until|appl(?:y|ies) from|"
                          # a date something is put off to lies ahead: "postponed to 1 April"
                          r"postponed (?:to|until|till)|rescheduled (?:for|to)|moved (?:to|back to)|"
                          r"delayed (?:to|until)|pushed back (?:to|until)|put off (?:to|until))\b", re.IGNORECASE)
# Past-tense verbs: regular ones by their ending, the irregular ones news copy uses most.
_PAST_CUES = re.compile(r"\b(?:\w{2,}ed|last|previous|earlier|ago|was|were|had|did|said|told|met|held|gave|"
                        r"took|made|sent|came|went|began|ran|fell|spoke|flew|struck|saw|left|won|lost|got|put|set|"
                        r"brought|fought|sought|kept|felt)\b", re.IGNORECASE)
_OPENING_BY = re.compile(r"\W*(?:and\s+|but\s+)?by(?:\s+\w+)?\s*$", re.IGNORECASE)
# The verb of a relative clause: "(the lists) that were promised", "(the men) who came home"
_RELATIVE_VERB = re.compile(r"\b(?:that|which|who)\s+(?:(?:was|were|had|has|have|is|are)\s+(?:been\s+)?)?\w+",
                            re.IGNORECASE)
_NOT_PAST = frozenset({"need", "needed", "speed", "indeed", "proceed", "exceed", "succeed", "embed", "bed",
                       "red", "shed", "seed", "feed", "heed", "freed"})
QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")  # someone's words in quotation marks, within a paragraph
_AHEAD_COST = 1.5
_BACK_AHEAD_COST = 3.0  # a date ahead in a clause that tells of the past is likelier last year's
# Dates around "1,000" or "page 14" are numbers, not years.
_YEAR_DECOYS = re.compile(r"(?:page|p\.|no\.|number|article|paragraph|ref\.?|flight|resolution)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date expression and the days it allows (one day when ``earliest == latest``)."""

    start: int
    end: int
    text: str
    earliest: date
    latest: date
    kind: str  # day (holidays too), range, month, weekday, relative, year

    @property
    def day(self) -> date | None:
        return self.earliest if self.earliest == self.latest else None

    def allows(self, day: date) -> bool:
        return self.earliest <= day <= self.latest


# Days told from the story's own last day, not from the day of writing: "the following
# Tuesday", "the next day", "three days later", "that day".
_ANAPHORIC = re.compile(
    r"(?i:\b(?:the\s+(?:following|next)\s+(?P<unit>day|morning|evening|afternoon)"
    r"|the\s+following\s+(?P<span>week|month)"
    r"|the\s+following\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<later>day|week)s?\s+later"
    r"|(?P<same>that|the same)\s+day)\b)")
# "the end of the month" said on a past day ends that day's month: "was saying the target was a
# deal by the end of the month" in a report written weeks later.
# "officials say they want the lists settled by the end of the month": said now, about this month
_PRESENT_SPEECH = re.compile(r"\b(?:say|says|want|wants|hope|hopes|expect|expects|is|are|has|have)\b[^.;]*$", re.IGNORECASE)
_STORY_END = re.compile(r"(?i:^(?:the )?end of the (?:week|month)$)")


def dates_in(text: str, base: date | None, story_day: date | None = None,
             year_hint: date | None = None) -> list[DateMention]:
    """Every date expression in the text that can be placed in time, in text order.

    ``base`` is the day of writing; without it, only dates that carry their year resolve, or,
    with ``year_hint`` (a report with no date of its own: see ``year_reference``), days and months
    named without a year ("by 21 November"), placed near it; a weekday or "tomorrow" stays
    unplaced, as no day of writing is known. ``story_day`` is the last past day the text before
    this one named: "the following Tuesday" and "three days later" count from it (and then from
    each day named since)."""
    anaphoric = list(_ANAPHORIC.finditer(text))
    taken: list[tuple[int, int]] = [m.span() for m in anaphoric]
    found: list[DateMention] = []
    for kind, pattern in _FORMS:
        for match in pattern.finditer(text):
            start, end = _span(match, kind)
            if any(start < e and s < end for s, e in taken):
                continue
            if match.groupdict().get("own") is not None and _named_before(text, match.start()):
                continue  # "Theresa May's government", "Mr May's remarks": a person, not the month
            hinted = base is None and year_hint is not None and kind in _YEARLESS
            mention = _resolve(kind, match, text, year_hint if hinted else base)
            if hinted and mention is not None:
                mention = _in_year(mention, year_hint.year)
            taken.append((start, end))  # a span that failed to resolve is still not a smaller date
            if mention is not None:
                found.append(mention)
    found = _weekdays_with_their_dates(sorted(found, key=lambda m: m.start), text)
    return _told_from_the_story(found, anaphoric, text, base, story_day)


def _told_from_the_story(found: list[DateMention], anaphoric: list[re.Match[str]], text: str,
                         base: date | None, story_day: date | None) -> list[DateMention]:
    """Place the story-relative days, walking the text in order with the story's last day."""
    placed: list[DateMention] = []
    ordered = sorted([*found, *anaphoric], key=lambda m: m.start if isinstance(m, DateMention) else m.start())
    month: DateMention | None = None  # a past month named since the story's last day
    for at, mention in enumerate(ordered):
        if isinstance(mention, re.Match):
            # "60 in August, 90 ten days later": days later than the month its sentence just named
            day = (month is not None and _later_than(mention, month, text)) or _from_story(mention, story_day)
            if day is None:
                continue
            mention = DateMention(mention.start(), mention.end(), mention.group(0), day[0], day[1], "relative")
        elif story_day is not None and base is not None and story_day < base and mention.kind == "relative" \
                and _STORY_END.match(mention.text) and looks_back(text, mention.start) \
                and not _PRESENT_SPEECH.search(text[max(0, mention.start - 120):mention.start]):
            # "(the) end of the month" in a clause about a past day: that day's month, not this one
            window = _relative(mention.text.lower().removeprefix("the "), story_day)
            if window is not None:
                mention = replace(mention, earliest=window[0], latest=window[1])
        elif story_day is not None and base is not None and story_day < base and mention.kind == "relative" \
                and _quoted_then(text, mention, ordered[at + 1:]):
            # "On Saturday 140 came home. 'Today 140 of our people are home,' the president wrote":
            # the quote's today is the day it was said, the story's day, not the day of writing
            window = _relative(mention.text.lower(), story_day)
            if window is not None:
                mention = replace(mention, earliest=window[0], latest=window[1])
        placed.append(mention)
        later = story_day_after(text, [mention], base, story_day)
        if later != story_day or mention.kind == "relative":
            month = None
        if mention.kind == "month" and (base is None or mention.latest <= base) \
                and re.search(r"\bin\s+$", text[max(0, mention.start - 4):mention.start]):
            month = mention  # "in August", when something happened (not "since August")
        story_day = later
    return placed


def _later_than(match: re.Match[str], month: DateMention, text: str) -> tuple[date, date] | None:
    """ "N days (weeks) later" in the sentence of a month named: as many days after some day of it."""
    if not match.group("later") or re.search(r"[.!?]\s", text[month.end:match.start()]):
        return None
    shift = _later_by(match)
    return month.earliest + shift, month.latest + shift


def _later_by(match: re.Match[str]) -> timedelta:
    amount = match.group("n")
    count = int(amount) if amount.isdigit() else int(word_value(amount) or 1)
    return timedelta(days=count * (7 if match.group("later").lower() == "week" else 1))


# What before a day makes it the time of the scene told: "on", "On the evening of", or nothing
# at all at the head of a sentence or clause ("Friday, 21 November: ...").
_ON_DAY = re.compile(r"\bon(?: the (?:morning|afternoon|evening|night) of)?\s+$", re.IGNORECASE)
# "On Friday, ...", "on the evening of 3 May", "on Tuesday, 4 March" (a weekday before its date)
_SCENE = re.compile(rf"(?:\bon(?: the (?:morning|afternoon|evening|night) of)?\s+(?:(?:{_DAY_NAMES}),?\s+)?|"
                    r"(?:^|[.;:]\s*)\W*)$", re.IGNORECASE)


_TOLD_THEN = re.compile(rf"[^.!?\n]{{0,60}}?\b(?:{'|'.join(REPORTED)})\b", re.IGNORECASE)
_SAID_DAYS = ("today", "tonight", "yesterday", "tomorrow")


def _quoted_then(text: str, mention: DateMention, later: list) -> bool:
    """Is a "today" (or "yesterday", "tomorrow") in words quoted and said in the past, with no
    day of its own for the saying ('..., the president wrote on Monday')?"""
    if mention.text.lower() not in _SAID_DAYS:
        return False
    line = text[text.rfind("\n", 0, mention.start) + 1:mention.start]
    opened = line.count("“") > line.count("”") or line.count('"') % 2 == 1
    close = min((i for i in (text.find("”", mention.end), text.find('"', mention.end)) if i >= 0), default=-1)
    if not opened or close < 0 or "\n" in text[mention.end:close]:
        return False
    told = _TOLD_THEN.match(text, close + 1)
    return bool(told) and not any(isinstance(m, DateMention) and close < m.start < told.end() + 20 for m in later)


def story_day_after(text: str, mentions: list[DateMention], base: date | None,
                    story_day: date | None) -> date | None:
    """The story's last day once these mentions of ``text`` are read: the last past day that
    sets a scene ("On Friday, November 21, ...", "signed on 22 July", "the next day",
    "yesterday"). A day something is due by, or a day still ahead, is a target, not the story's
    time."""
    for mention in mentions:
        if mention.day is None or mention.kind not in ("day", "weekday", "relative") or \
                (base is not None and mention.day > base) or _STORY_END.match(mention.text):
            continue
        before = text[max(0, mention.start - 40):mention.start]
        if mention.kind == "relative" and mention.text.lower() not in ("today", "tonight") \
                or re.search(r"['’]s$", mention.text) \
                or (_ON_DAY.search(before) if is_holiday(mention) else _SCENE.search(before)):
            story_day = mention.day  # "the next day", "Wednesday's hearing", "On Friday, ..."
    return story_day


def _from_story(match: re.Match[str], story_day: date | None) -> tuple[date, date] | None:
    if story_day is None:
        return None
    if match.group("same"):
        return story_day, story_day
    if match.group("weekday"):
        ahead = (_WEEKDAYS[match.group("weekday").lower()] - story_day.weekday()) % 7 or 7
        day = story_day + timedelta(days=ahead)
        return day, day
    if match.group("later"):
        day = story_day + _later_by(match)
        return day, day
    unit = (match.group("unit") or match.group("span")).lower()
    if unit == "week":
        monday = story_day - timedelta(days=story_day.weekday()) + timedelta(weeks=1)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return _relative("next month", story_day)
    day = story_day + timedelta(days=1)
    return day, day


def looks_back(text: str, position: int) -> bool:
    """Does the clause before ``position`` tell of the past ("agreed to halt strikes for",
    "was saying the target was")? The nearer of a past-tense verb and a future cue decides."""
    clause_start = max(text.rfind(mark, 0, position) for mark in (".", ";", "\n", "?", "!")) + 1
    before = QUOTED.sub(lambda m: " " * len(m.group(0)), text[clause_start:position])
    future = [m.end() for m in _FUTURE_CUES.finditer(before)]
    past = [m.end() for m in _PAST_CUES.finditer(before) if m.group(0).lower() not in _NOT_PAST]
    return bool(past) and (not future or max(past) > max(future))


def _weekdays_with_their_dates(found: list[DateMention], text: str) -> list[DateMention]:
    """"Friday, 8 August", "Monday the 2nd of June" and "Orthodox Christmas on 7 January" are one
    day, the date's: the weekday or the holiday only names it."""
    merged: list[DateMention] = []
    for mention in found:
        before = merged[-1] if merged else None
        names_it = before is not None and mention.kind == "day" and (
            before.kind == "weekday" and re.fullmatch(r",?\s*(?:the\s+)?", text[before.end:mention.start])
            or is_holiday(before) and re.fullmatch(r",?\s*(?:on\s+|\(|falling on\s+)?", text[before.end:mention.start]))
        if names_it:
            merged[-1] = replace(mention, start=before.start, text=text[before.start:mention.end])
            continue
        merged.append(mention)
    return _spans_in_order(_weekdays_of_a_span(merged, text), text)


# "from 3 February (90 a side) to 6 October": what joins the two ends of a span of days
_SPAN_GLUE = re.compile(r"^(?:\s*\([^()]{0,60}\))?\s*(?:to|until|till|through)\s+$", re.IGNORECASE)


def _spans_in_order(found: list[DateMention], text: str) -> list[DateMention]:
    """A span "from 3 February to 6 October" runs forward: when its ends, each placed near the
    day of writing on its own, come out the wrong way round, a span told of the past starts a
    year earlier, and one still ahead ("will hold from 1 November to 1 March") ends a year later."""
    out = list(found)
    for i in range(len(out) - 1):
        first, last = out[i], out[i + 1]
        if first.kind in ("day", "month") and last.kind in ("day", "month") and first.earliest > last.latest \
                and re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, first.start - 10):first.start], re.IGNORECASE) \
                and _SPAN_GLUE.match(text[first.end:last.start]):
            if _points_forward(text, first.start):
                if not _YEAR.search(last.text):
                    out[i + 1] = _in_year(last, last.earliest.year + 1)
            elif not _YEAR.search(first.text):
                out[i] = _in_year(first, first.earliest.year - 1)
    return out


_DATED_WEEKDAY = re.compile(rf"(?:{_DAY_NAMES})\b", re.IGNORECASE)
# What joins the days of one list: "Friday 7 March, 80 on Saturday and 70 on Sunday".
_LIST_GLUE = re.compile(r"^,?\s*(?:and\s+)?(?:(?:another|a further|some|about)\s+)?\d[\d,]*[^.;:!?\d]{0,25}?\bon\s+$",
                        re.IGNORECASE)


# "between Sunday and Monday", "from Friday to Sunday": the two weekdays of one span
_WEEKDAY_SPAN_GLUE = re.compile(r"\s*(?:and|to|until|till|through|[-–])\s*", re.IGNORECASE)
_WEEKDAY_SPAN_OPENS = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


def _weekdays_of_a_span(found: list[DateMention], text: str) -> list[DateMention]:
    """"Over three days from 3 March: 90 on the Monday, 80 on the Tuesday": a weekday with "the"
    after a day the same text names is that day's week's, not the week of writing. So is a bare
    weekday that goes on a list of counts by day opened by a weekday and its date ("90 on Friday
    7 March, 80 on Saturday and 70 on Sunday"): the next such day after the one before it."""
    placed: list[DateMention] = []
    listing = False  # the last date placed opens or goes on such a list
    for mention in found:
        days = [m for m in placed if m.kind in ("day", "range")]
        listed = listing and mention.kind == "weekday" and bool(_LIST_GLUE.match(text[placed[-1].end:mention.start]))
        # "midnight between Sunday and Monday", "from Friday to Sunday": the span's end after its start
        spans_on = mention.kind == "weekday" and bool(placed) and placed[-1].kind == "weekday" \
            and bool(_WEEKDAY_SPAN_GLUE.fullmatch(text, placed[-1].end, mention.start)) \
            and bool(_WEEKDAY_SPAN_OPENS.search(text, 0, placed[-1].start))
        if listed or spans_on:
            ahead = (mention.earliest.weekday() - placed[-1].earliest.weekday()) % 7 or 7
            day = placed[-1].earliest + timedelta(days=ahead)
            mention = replace(mention, earliest=day, latest=day)
        elif mention.kind == "weekday" and days and re.search(r"\bthe\s+$", text[max(0, mention.start - 5):mention.start],
                                                               re.IGNORECASE):
            anchor = days[-1].earliest
            ahead = (mention.earliest.weekday() - anchor.weekday()) % 7
            day = anchor + timedelta(days=ahead)
            mention = replace(mention, earliest=day, latest=day)
        listing = listed or mention.kind == "day" and bool(_DATED_WEEKDAY.match(mention.text))
        placed.append(mention)
    return placed


def _named_before(text: str, at: int) -> bool:
    """Does a capitalised word that is no preposition or article (a first name, a title) stand right
    before: "Theresa May's", "Mr May's", not "In May's talks" or "Since May's swap"?"""
    word = re.search(r"\b([A-Z]\w*)\.?\s+$", text[:at])
    return word is not None and word.group(1).lower() not in _LEADING_WORDS


# Capitalised words before a month that are no one's name: a sentence opening on them.
_LEADING_WORDS = frozenset({"in", "by", "since", "until", "till", "after", "before", "during", "from", "through",
                            "throughout", "last", "early", "late", "mid", "and", "but", "so", "then", "as", "of",
                            "on", "at", "for", "with", "unlike", "like", "that", "this"})


def _span(match: re.Match[str], kind: str) -> tuple[int, int]:
    """The date itself: a leading preposition the pattern needed is not part of it."""
    if kind == "weekday" and not match.group("rel"):
        return match.start("weekday"), match.end()
    if match.groupdict().get("prep"):
        return match.start("mo"), match.end()
    return match.start(), match.end()


def _resolve(kind: str, match: re.Match[str], text: str, base: date | None) -> DateMention | None:
    groups = match.groupdict()
    try:
        if kind in ("iso", "numeric"):
            day = _numeric(groups)
            window = (day, day) if day else None
            kind = "day"
        elif kind in ("day", "range"):
            window = _days(groups, text, match, base)
        elif kind == "month":
            window = _month(groups, text, match, base)
        elif kind == "weekday":
            window = _weekday(groups, text, match, base)
        elif kind == "holiday":
            window, kind = _holiday(groups["holiday"] or "", text, match, base), "day"
        elif kind == "relative":
            window = _relative(groups["rel"].lower(), base)
        elif kind == "ago":
            window, kind = _ago(groups, base), "relative"
        else:
            window = _year(groups, text, match)
    except ValueError:  # "31 February", "13.13.2025"
        return None
    if window is None:
        return None
    start, end = _span(match, kind)
    return DateMention(start, end, text[start:end], window[0], window[1], kind)


def _numeric(groups: dict[str, str | None]) -> date | None:
    day, month, year = int(groups["d"] or 0), int(groups["mo"] or 0), int(groups["y"] or 0)
    if month > 12 >= day:  # 08/14/2025: month first
        day, month = month, day
    return date(year, month, day)


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTH_NAMES.get(key) or _MONTH_ABBR[key]


def _days(groups: dict[str, str | None], text: str, match: re.Match[str],
          base: date | None) -> tuple[date, date] | None:
    month = _month_number(groups["mo"] or "")
    first = int(groups.get("d1") or groups.get("d") or 0)
    last = int(groups.get("d2") or first)
    if not 1 <= first <= last <= 31:
        return None
    year = int(groups["y"]) if groups.get("y") else _year_for(month, first, base, *_tense(text, match.start()))
    if year is None:
        return None
    return date(year, month, first), date(year, month, last)


def _month(groups: dict[str, str | None], text: str, match: re.Match[str],
           base: date | None) -> tuple[date, date] | None:
    month = _month_number(groups["mo"] or "")
    if groups.get("y"):
        year: int | None = int(groups["y"] or 0)
    elif groups.get("this"):
        year = None if base is None else base.year - ("last" in (groups["this"] or ""))
    else:
        year = _year_for(month, 15, base, *_tense(text, match.start()))
    if year is None:
        return None
    last = calendar.monthrange(year, month)[1]
    part = (groups.get("part") or ("mid" if match.group(0).lower().startswith("mid-") else "")).lower()
    first_day, last_day = _part_of_month(part, groups.get("nth"), last)
    return date(year, month, first_day), date(year, month, last_day)


def _part_of_month(part: str, nth: str | None, last: int) -> tuple[int, int]:
    """The days of "early", "mid", "the end of", "the first week of" ... a month."""
    if nth:
        weeks = {"first": (1, 7), "second": (8, 14), "third": (15, 21), "fourth": (22, 28), "last": (last - 6, last)}
        return weeks[nth.lower()]
    if "half" in part:
        return (1, 15) if "first" in part else (16, last)
    for words, days in ((("early", "start", "beginning"), (1, 10)), (("mid", "middle"), (11, 20)),
                        (("late", "end"), (21, last))):
        if any(word in part for word in words):
            return days
    return 1, last


def _weekday(groups: dict[str, str | None], text: str, match: re.Match[str],
             base: date | None) -> tuple[date, date] | None:
    if base is None:
        return None
    wanted = _WEEKDAYS[(groups["weekday"] or "").lower()]
    rel = (groups.get("rel") or "").lower()
    back = (base.weekday() - wanted) % 7
    ahead = (wanted - base.weekday()) % 7
    if rel in ("next", "coming", "this coming"):
        day = base + timedelta(days=ahead or 7)
    elif rel in ("last", "previous"):
        day = base - timedelta(days=back or 7)
    elif _points_forward(text, match.start()) or _IS_AHEAD_AFTER.match(text, match.end()) \
            and _SUBJECT_BEFORE.search(text, 0, match.start()) or _names_a_deadline_ahead(text, match):
        day = base + timedelta(days=ahead)
    else:
        day = base - timedelta(days=back)
    return day, day


def _names_a_deadline_ahead(text: str, match: re.Match[str]) -> bool:
    """ "Asked about Thursday's deadline", "he said Thursday was an appropriate deadline": a weekday
    that names a deadline still to come when spoken of (not "Tuesday's deadline passed", nor
    "Tuesday was the deadline, and it passed")."""
    named = bool(_NAMES_A_DEADLINE_AFTER.match(text, match.end())) or bool(
        _SAID_TO_BE_A_DEADLINE.match(text, match.end()) and _SAID_BEFORE.search(text, 0, match.start("weekday")))
    return named and not _DEADLINE_GONE.search(text, match.end(), _clause_end(text, match.end()))


def _relative(rel: str, base: date | None) -> tuple[date, date] | None:
    if base is None:
        return None
    if rel in ("today", "tonight") or rel.startswith("the past"):
        return base, base
    shifts = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2}
    if rel in shifts:
        day = base + timedelta(days=shifts[rel])
        return day, day
    words = rel.split()
    unit, ending = words[-1], "end" in words
    step = -1 if words[-2] == "last" else 1 if words[-2] == "next" else 0
    if unit == "week":
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=step)
        # "by the end of the week": its last working day, the Friday
        return (monday + timedelta(days=4),) * 2 if ending else (monday, monday + timedelta(days=6))
    if unit == "month":
        month_index = base.year * 12 + base.month - 1 + step
        year, month = divmod(month_index, 12)
        first, last = date(year, month + 1, 1), date(year, month + 1, calendar.monthrange(year, month + 1)[1])
        return (last, last) if ending else (first, last)
    first, last = date(base.year + step, 1, 1), date(base.year + step, 12, 31)
    return (last, last) if ending else (first, last)


def _ago(groups: dict[str, str | None], base: date | None) -> tuple[date, date] | None:
    """ "two weeks ago": that far before the day of writing, give or take its unit's rounding."""
    if base is None:
        return None
    amount = groups["n"] or "1"
    count = int(amount) if amount.isdigit() else int(word_value(amount) or 1)
    unit = (groups["unit"] or "day").lower()
    if unit == "day":
        day = base - timedelta(days=count)
        return day, day
    span = {"week": 7, "month": 30, "year": 365}[unit]
    centre = base - timedelta(days=count * span)
    slack = timedelta(days=span // 2 if unit != "week" else 3)
    return centre - slack, centre + slack


# Holidays news copy dates things by ("the Thanksgiving deadline", "before Christmas"): month and
# day, or for Thanksgiving (U.S.: the fourth Thursday of November) None, computed per year.
_HOLIDAYS: dict[str, tuple[int, int] | None] = {
    "thanksgiving": None, "christmas": (12, 25), "christmas eve": (12, 24), "orthodox christmas": (1, 7),
    "orthodox christmas eve": (1, 6),
    "new year's eve": (12, 31), "new year's day": (1, 1)}


_HOLIDAY_NAME = re.compile(_HOLIDAY_WORDS, re.IGNORECASE)


def is_holiday(mention: DateMention) -> bool:
    return mention.kind == "day" and bool(_HOLIDAY_NAME.match(mention.text))


def _holiday(name: str, text: str, match: re.Match[str], base: date | None) -> tuple[date, date] | None:
    fixed = _HOLIDAYS[name.lower().replace("’", "'")]
    month, day = fixed or (11, 25)  # a Thanksgiving falls on 22-28 November
    year = _year_for(month, day, base, *_tense(text, match.start()))
    if year is None:
        return None
    if fixed is None:
        first_thursday = 1 + (3 - date(year, 11, 1).weekday()) % 7
        day = first_thursday + 21
    return date(year, month, day), date(year, month, day)


def _year(groups: dict[str, str | None], text: str, match: re.Match[str]) -> tuple[date, date] | None:
    if _YEAR_DECOYS.search(text[max(0, match.start() - 12):match.start()]):
        return None
    year = int(groups["y"] or 0)
    return date(year, 1, 1), date(year, 12, 31)


def _tense(text: str, position: int) -> tuple[bool, bool]:
    """Does the clause before a date point forward, and does it tell of the past?"""
    forward = _points_forward(text, position)
    return forward, not forward and looks_back(text, position)


def _year_for(month: int, day: int, base: date | None, forward: bool, back: bool = False) -> int | None:
    """The year a yearless date most likely means: near the day of writing, the past preferred.

    A date ahead of the day of writing counts half as far again (reports mostly look back),
    unless the text points forward, and three times as far in a clause that tells of the past
    ("a target that fell at the end of April", written in December, is this year's April)."""
    if base is None:
        return None
    best: tuple[float, int] | None = None
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            gap = (date(year, month, min(day, calendar.monthrange(year, month)[1])) - base).days
        except ValueError:
            continue
        cost = abs(gap) * (1 if gap <= 0 or forward else _BACK_AHEAD_COST if back else _AHEAD_COST)
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else None


def _points_forward(text: str, position: int) -> bool:
    """Does the clause before a date point forward ("by Friday", "will meet on Thursday")?

    The nearer of a future cue and a past-tense verb decides; words inside quotation marks
    are the speaker's tense, not the report's."""
    clause_start = max(text.rfind(mark, 0, position) for mark in (".", ";", "\n", "?", "!")) + 1
    before = text[clause_start:position]
    if _OPENING_BY.match(before):
        # "By Sunday evening the swap was complete", "By Friday the lists must be ready": a clause
        # opened on "by" a day tells its tense after the day, in its first verb of tense outside a
        # relative clause ("the lists that were promised must be ready"); with none, it looks ahead
        after = QUOTED.sub(lambda m: " " * len(m.group(0)), text[position:_clause_end(text, position)])
        after = _RELATIVE_VERB.sub(lambda m: " " * len(m.group(0)), after)
        cues = sorted([(m.start(), True) for m in _FUTURE_CUES.finditer(after)]
                      + [(m.start(), False) for m in _PAST_CUES.finditer(after) if m.group(0).lower() not in _NOT_PAST])
        return cues[0][1] if cues else True
    if _FORWARD_BEFORE.search(before):
        return True
    before = QUOTED.sub(lambda m: " " * len(m.group(0)), before)
    future = [m.end() for m in _FUTURE_CUES.finditer(before)]
    past = [m.end() for m in _PAST_CUES.finditer(before) if m.group(0).lower() not in _NOT_PAST]
    return bool(future) and (not past or max(future) > max(past))


def _clause_end(text: str, position: int) -> int:
    ends = [at for mark in (".", ";", "\n", "?", "!") if (at := text.find(mark, position)) >= 0]
    return min(ends, default=len(text))


# Kinds of date a year alone places: a day or month named without its year.
_YEARLESS = ("day", "range", "month", "holiday")


def year_reference(text: str, known: date | None = None) -> date | None:
    """For a report that gives no date of its own, a day in the year its yearless days most likely
    fall in ("by 21 November"): the year it names most often (of equals, the one nearest the
    profile's), or, if later, the year of the latest day the analyst's profile knows (a piece that
    names 2022 as history is not from 2029; one that names 2034 once, as a target, is not from 2034)."""
    # a year after the profile's, named as a target ("a ban from 1 January 2034"), is not the report's
    named = Counter(int(m.group(1)) for m in _YEAR.finditer(text)
                    if not (known and int(m.group(1)) > known.year
                            and _TARGET_BEFORE.search(text, max(0, m.start() - 30), m.start())))
    nearest = (lambda y: (named[y], -abs(y - known.year))) if known else (lambda y: (named[y], y))
    years = [y for y in (max(named, key=nearest) if named else None, known.year if known else None) if y]
    return date(max(years), 7, 1) if years else None


# "from 1 January 2034", "by March 2034", "until the 1st of May 2034": the year of a day ahead named
# right after the word (not "Published by the wire on 3 March 2034")
_TARGET_BEFORE = re.compile(r"\b(?:from|by|until|till|before|starting|as of|effective|beginning|through)\s+"
                            r"(?:the\s+)?(?:(?:early|mid|late|end\s+of)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                            rf"(?:(?:{'|'.join(MONTH_WORDS)})\.?\s+)?(?:\d{{1,2}},?\s+)?$", re.IGNORECASE)


def _in_year(mention: DateMention, year: int) -> DateMention:
    """A yearless day or month placed in a year (a span across New Year keeps its order)."""
    if _YEAR.search(mention.text):
        return mention
    shift = year - mention.earliest.year
    try:
        return replace(mention, earliest=mention.earliest.replace(year=year),
                       latest=mention.latest.replace(year=mention.latest.year + shift))
    except ValueError:  # 29 February
        return mention


_YEAR = re.compile(r"(?<![\w.,])((?:19|20)\d\d)(?![\w.,]\d)")  # "2025", not "12025" or "2,025"


def _latest_year(text: str) -> int | None:
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


# -- the article's own date ----------------------------------------------------------------
_HEAD_CHARS = 1200
_DATELINE_WORDS = 16
# (a programme's line opens on when it went out: "Broadcast Friday 17 October"; not "an interview
# broadcast on 3 March" in a story's lead)
_DATELINE_CUE = re.compile(r"(?:^|[\s|·•,(–—-])(?:published|updated|last updated|posted|filed|first published)\b"
                           r"|(?:^|[|·•])\s*(?:first\s+)?(?:broadcast|aired)\b", re.IGNORECASE)
# "MOSCOW, ", "KYIV/MOSCOW, ", "ISTANBUL (Parley bureau) – ", "Abu Dhabi, "
_PLACE = re.compile(r"^[\s\"“]*[A-Z][\w .'’/-]{1,40}(?:\([^)]{0,60}\))?\s*[,–—-]\s*$")


def publication_date(text: str, reference: date | None = None) -> DateMention | None:
    """The article's date as its own text gives it: a dateline ("MOSCOW, April 28."), a
    timestamp ("14.08.2025, 16:20", "Last updated 16 August 2025") or a byline line.

    Only a day near the top counts (not a month or a weekday). A dateline without its year
    takes the year nearest ``reference`` (the latest date the analyst's profile knows; years
    a text names are often history, "1941-1945", "since 2022"), else the latest year the text
    names; a short line with a yearless day and no dateline form is more likely a headline."""
    if reference is None:
        year = _latest_year(text)
        reference = date(year, 7, 1) if year else None
    head, offset = [], 0
    for line in text[:_HEAD_CHARS].split("\n"):
        head.append((offset, line, dates_in(line, reference)))
        offset += len(line) + 1
    # a dateline first, anywhere in the head; else a masthead's date
    for masthead in (False, True):
        for offset, line, mentions in head:
            for mention in mentions:
                if masthead and mention.kind == "range" and _in_masthead(line, mention, reference is not None):
                    # a digest's days ("16–18 May · all times local") are out by the last of them
                    return DateMention(offset + mention.start, offset + mention.end, mention.text,
                                       mention.latest, mention.latest, "day")
                if mention.kind == "day" and (_in_masthead(line, mention, reference is not None) if masthead
                                              else _is_dateline(line, mention, reference is not None)):
                    day = mention.earliest if _has_year(mention) else _year_of_the_weekday(
                        mention.earliest, text[offset + mention.end:offset + mention.end + _LEAD_CHARS], text)
                    return DateMention(offset + mention.start, offset + mention.end, mention.text, day, day, "day")
    return None


# How far after a dateline its story's first weekday ("said on Saturday") is looked for.
_LEAD_CHARS = 600
_YEARS_BACK = 4
# A weekday the story tells something happened on: "said on Saturday", "On Friday, the envoy
# met ..." (a past verb before it, or opening a sentence); not "until Saturday", "by Friday",
# "since Monday" or "talks resume on Friday", which point elsewhere than the dateline's day.
_ON_WEEKDAY = re.compile(rf"(?<!will be )(?<!to be )(?<!would be )\b(?:said|told|announced|stated|added|wrote|reported|"
                         rf"confirmed|declared|met|agreed|signed|held|spoke|took place|was|were|offered|proposed|"
                         rf"rejected|accepted|released|exchanged|returned|arrived|began|ended|launched|struck|"
                         rf"freed|handed|called|urged|warned|insisted)\b[^.;:]{{0,40}}?\bon\s+({_DAY_NAMES})\b"
                         rf"|(?:^|[.!?]\s+|\n)[Oo]n\s+({_DAY_NAMES}),")


def _year_of_the_weekday(day: date, lead: str, text: str) -> date:
    """A yearless dateline ("VALLETTA, July 8.") has the year nearest the profile's, unless its
    story names the weekday of its day ("said on Saturday") and that day fell on it only in an
    earlier year: the report is from that year. The year nearest stays when its day, or one or
    two days before (a morning paper's "on Monday"), is a weekday the lead names; an earlier year
    needs its day itself to be one, and no later year written in the text."""
    named = {_WEEKDAYS[name.lower()] for m in _ON_WEEKDAY.finditer(lead) for name in m.groups() if name}
    if not named or any((day - timedelta(days=back)).weekday() in named for back in range(3)):
        return day
    written = [int(y) for y in re.findall(r"(?<![\w.,])((?:19|20)\d\d)(?![\w.,]\d)", text) if int(y) <= day.year]
    for back in range(1, _YEARS_BACK + 1):
        earlier = _same_day_in(day, day.year - back)
        if earlier is not None and earlier.weekday() in named and max(written, default=0) <= earlier.year:
            return earlier
    return day


def _same_day_in(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def _has_year(mention: DateMention) -> bool:
    return re.search(r"(?:19|20)\d\d", mention.text) is not None


def _is_dateline(line: str, mention: DateMention, year_known: bool) -> bool:
    before = line[:mention.start]
    if _PLACE.match(before) or _DATELINE_CUE.search(before):
        return _has_year(mention) or year_known
    if _REFERENCE.match(before) and not line.rstrip().endswith("."):
        # "Ref. 42, 3 March 2031, Statement on the Fourth Round ...": a release's number and date
        # head its title line, however long the title
        return _has_year(mention)
    return _has_year(mention) and len(line.split()) <= _DATELINE_WORDS


# A masthead's date, set off by its separators: "NORTH-TV · Morning bulletin · 19 February",
# "16–18 May · all times local"; not a page's entry ("16 May · 09:40", "⚫ 16 May"), nor what is
# ahead ("Next round · Valletta · 20 June").
_SET_OFF_BEFORE = re.compile(r"(?:^|[·|•])\s*$")
_SET_OFF_AFTER = re.compile(r"\s*(?:$|[·|•](?!\s*\d{1,2}[:.]\d{2}\b))")
_AHEAD = re.compile(r"\b(?:next|coming\s+up|upcoming|ahead|preview|schedule)\b", re.IGNORECASE)


def _in_masthead(line: str, mention: DateMention, year_known: bool) -> bool:
    return (_has_year(mention) or year_known) and len(line.split()) <= _DATELINE_WORDS \
        and any(mark in line for mark in "·|•") and not _AHEAD.search(line) \
        and bool(_SET_OFF_BEFORE.search(line[:mention.start])) and bool(_SET_OFF_AFTER.match(line[mention.end:]))


# What stands before the date on a release's title line: its number.
_REFERENCE = re.compile(r"^\s*(?:No|Nr|Ref|Reference|Issue|Release)\b\.?\s*:?\s*[\w/-]{1,12}\s*[,;:|·–—-]\s*$",
                        re.IGNORECASE)
