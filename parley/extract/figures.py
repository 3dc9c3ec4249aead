"""Figures: numbers that say something (prisoners, bodies, days ...), with hedges, ranges, per side.

Dates, years, times of day, ordinals and numbers with nothing counted are not figures.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass

from parley.extract import lexicon
from parley.extract.numbers import NUMBER_WORD, SWAP_GRAMMAR, Number, find_numbers
from parley.extract.sentences import GLOSS, LINE_LEAD, list_heading, paragraph_start
from parley.model import Figure

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec")
_MONTH = "|".join(MONTHS)
_WEEKDAY = "|".join(calendar.day_name)
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTH})\.?\s*$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTH})\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"^(?::\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|et\b|cet\b|msk\b|"
                         r"local time|o'clock|h\b|hrs\b))", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
_LABELS = (r"(?:round|no\.|number|page|article|paragraph|point|resolution|section|chapter|phase|stage|part|item|protocol|"
           r"issue|edition|episode|volume|vol\.|(?-i:Order|Decree|Directive|Regulation))s?")
_LABEL_BEFORE = re.compile(rf"\b{_LABELS}\s*$"
                           # the rest of a list of them: "Articles 122 and 123", "phases 1 and 2"
                           rf"|\b{_LABELS}\s+\d+(?:\s*,\s*\d+)*\s*(?:,|and|or|-|–)\s*$", re.IGNORECASE)
# A people's adjective before a counted noun ("22 Northern soldiers", "500 Maltese troops")
_NATIONALITY = r"[A-Z][a-z]+(?:an|ian|ish|ese|ic|i|ern|ch|ss|ek)"
# Days listed before their month: "on 9, 10 and 12 June", "from 4 to 6 March", "4-6 March"
_DATE_LIST_AFTER = re.compile(rf"^(?:\s*(?:,|and|or|&|to|through|until|till|-|–|—)\s*\d{{1,2}})+(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b",
                              re.IGNORECASE)
# A count told by its day in a list of stages or swaps: "240 on Friday", "60 in August", "90 ten days later"
_DAY_WORDS = rf"{_WEEKDAY}|\d{{1,2}}\s+(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}}|yesterday|today"
_DAY_PHRASE = (rf"(?:on\s+(?:{_WEEKDAY})(?:\s+\d{{1,2}}\s+(?:{_MONTH}))?|on\s+\d{{1,2}}\s+(?:{_MONTH})|"
               rf"on\s+(?:{_MONTH})\s+\d{{1,2}}|in\s+(?:{_MONTH}))\b")
_ON_DAY = re.compile(rf"[\d,.]+\s+(?:{_DAY_PHRASE}|(?:\w+|\d+)\s+(?:days?|weeks?|months?)\s+later\b)", re.IGNORECASE)
# A telephone number: a country code or a "tel."/"phone" label, then seven digits or more in groups.
_PHONE = re.compile(r"(?:\+\d{1,3}|\b(?:tel|telephone|phone|fax|mobile|hotline)\b\.?:?)(?:[\s().-]*\d){7,}", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|or|and|-\s*to|–\s*to)\s*$", re.IGNORECASE)
_FOR_JOIN = re.compile(r"^\s*(?:-?\s*for\s*-?|-for-)\s*$", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"[$€£₽]\s*$")
_CURRENCY_AFTER = re.compile(r"^[\s-]+(?:U\.?S\.?\s+)?(dollar|euro|pound|rouble|ruble|hryvnia)s?\b", re.IGNORECASE)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_UNIT_WORDS = {word: category for category, words in lexicon.UNITS.items() for word in words}
# Up to three modifier words between the number and its unit: "1,000 northern prisoners".
_UNIT = re.compile(
    # not another number's unit: "90 ten days later" is 90 of something, and ten days
    rf"^(?:-|\s)*(?P<mods>(?:(?!(?:{NUMBER_WORD})\b)[A-Za-z’'-]+\s+){{0,3}}?)(?P<unit>{_alternation(tuple(_UNIT_WORDS))})(?![\w])",
    re.IGNORECASE,
)
# Any plural noun right after the number (or one modifier on): "twelve hundred journalists".
# ... "22 severely wounded Ukrainians"; not "nine taken to Belarus" (no preposition between).
_PLURAL_NOUN = re.compile(r"^(?:-|\s)+(?:(?!(?:to|from|in|at|of|for|on|by|with|into|across|and|or|but|then|while|"
                          r"as|that|which|" + NUMBER_WORD + r")\b)(?:[a-z]+|" + _NATIONALITY + r")\s+){0,2}?"
                          r"(?:[\"“‘][A-Za-z][\w -]{0,30}?[\"”’]\s+)?"  # a quoted name of a kind: 45 "grey fleet" tankers
                          r"(?P<name>[A-Z][\w-]+\s+(?=[a-z]))?"  # a name before the noun: "17 Patriot systems"
                          r"(?P<unit>[A-Za-z]{2,}[^su\W]s)\b")
# "a cap of 60,000 on its armed forces"
_ARMY = re.compile(r"\b(?:cap\w*|limit\w*|ceiling|size|strength)\b[^.;]{0,40}\b(?:armed forces|army|military)\b"
                   r"|\b(?:armed forces|army|military)\b[^.;]{0,40}\b(?:cap\w*|limit\w*|ceiling|size|strength)\b",
                   re.IGNORECASE)
# "12 of their subsidiaries": what the number counts, named after "of"
_PARTITIVE_NOUN = re.compile(r"^\s+of\s+(?:their|its|his|her|the|these|those)\s+(?:[a-z-]+\s+)?"
                             r"(?P<unit>[A-Za-z]{2,}[^su\W]s|dead|fallen)\b")  # "600 of its dead"
_AGE_LIMIT = re.compile(r"\b(?:under|over|aged|above|below)\s*$", re.IGNORECASE)
# "an army of 90,000", "the army at 90,000", "a ceiling of 90,000", "capped at 45,000", with nothing
# counted: an army's size or cap in talks of a settlement
_ARMY_SIZE = 1_000  # "joined the army at 18", "called up at 25" are ages, never an army's size
_SIZE_BEFORE = re.compile(r"\b(?:armed forces|army|cap|capped|ceiling|limit|limited)\s+(?:of|at|to)\s+"
                          r"(?:some\s+|about\s+|around\s+|up\s+to\s+)?$", re.IGNORECASE)
# "40 wounded soldiers, two short of the 42 promised": a count compared with the one before
_COMPARED = re.compile(r"\b(?:(?:fewer|more|less)\s+than|short\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_COORDINATED = re.compile(r"(?:,\s*|\s)(?:and|or)\s+(?:some |about |around |nearly |almost |roughly )?$", re.IGNORECASE)
# A swap named with the even count itself: "the 400-for-400 exchange", "a swap of 90 for 90".
_SWAP_AFTER = re.compile(r"^[\"”’']?\s*(?:(?:prisoners?|pow)\s+)?(?:exchange|swap)", re.IGNORECASE)
# (or in apposition to it: "the largest exchange of the war, 900 for 900"; not to a swap of the
# dead, "the body swap, 900 for 900", "the exchange of fallen soldiers, 900 for 900")
_SWAP_BEFORE = re.compile(r"\b(?:exchange|swap)(?:ped|d|s)?\s+(?:of\s+)?(?:\w+\s+){0,2}?[\"“‘']?$"
                          r"|(?<!\bbody\s)(?<!\bbodies\s)\b(?:exchange|swap)s?"
                          r"(?:\s+of\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:bod(?:y|ies)|fallen|dead|deceased|remains)\b)"
                          r"(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?,\s*[\"“‘']?$", re.IGNORECASE)
_PER_SIDE = re.compile(rf"^\s*,?\s*(?:{_alternation(lexicon.PER_SIDE_AFTER)})\b(?!\s+of\b)", re.IGNORECASE)
_EACH_SIDE_BEFORE = re.compile(r"\beach (?:side|party|country)\b[^.;]{0,40}$", re.IGNORECASE)


@dataclass(frozen=True)
class _Reading:
    """A number, or two joined as a range, with where its words end."""

    low: float
    high: float
    start: int
    end: int
    first: Number
    per_side: bool = False


def extract_figures(text: str, sentences: list[tuple[int, int]],
                    actor_at: Callable[[int], str | None] = lambda _: None,
                    round_of: Callable[[str, str, int], str | None] = lambda *_: None,
                    counted: list[list[dict]] | None = None) -> list[Figure]:
    """Figures in every sentence; the span and text of each is its sentence's. ``counted`` are
    the sentences' figure fields when ``count_sentences`` already made them; ``round_of`` reads
    a sentence, its paragraph before it and where the figure stands in it."""
    figures: list[Figure] = []
    for (start, end), found in zip(sentences, counted or count_sentences(text, sentences)):
        sentence = text[start:end]
        for figure in found:
            fields = {k: v for k, v in figure.items() if k != "offset"}
            figures.append(Figure(**fields, text=sentence, start=start, end=end,
                                  actor=actor_at(start + figure["offset"]),
                                  round=round_of(sentence, text[_section_start(text, start):start],
                                                 figure["offset"])))
    return figures


def _section_start(text: str, start: int) -> int:
    """Where what a sentence is read under begins: its list's heading for an item ("MAY 16, THE
    PALACE" over "* The sides agreed ..."), else its paragraph."""
    heading = list_heading(text, start)
    return heading[0] if heading else paragraph_start(text, start)


_PART_BEFORE = re.compile(rf"\b(?:{_alternation(lexicon.PART_CUES)})\s+(?:were\s+|are\s+)?"
                          r"(?:(?:about|some|around|nearly|at\s+least|more\s+than)\s+)?$", re.IGNORECASE)
_PART_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?among\s+them\b", re.IGNORECASE)


def _is_part_after(sentence: str, offset: int) -> bool:
    """ "90 civilians among them": the part cue after the count and its noun."""
    number = re.match(r"[\d,.]+", sentence[offset:])
    return bool(number) and bool(_PART_AFTER.match(sentence[offset + number.end():]))


def count_sentences(text: str, sentences: list[tuple[int, int]]) -> list[list[dict]]:
    """Figure fields of each sentence, in order, each read with what the sentences just before
    counted (for a number whose unit is left out)."""
    recent: list[str | None] = []  # what the last sentences counted, most recent last
    counted: dict[float, tuple[int, str]] = {}  # what each number counted before stood for, and where
    found_all = []
    corrects = bool(_CORRECTION_NOTICE.search(text))
    for index, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        context = next((c for c in reversed(recent[-_CONTEXT_SENTENCES:]) if c), None)
        here = len(found_all)
        earlier, just_before = (_counted_within(counted, here, reach) for reach in (_COUNTED_REACH, 1))
        after = text[slice(*sentences[index + 1])] if index + 1 < len(sentences) else ""
        withdrawn = _withdrawn_span(sentence, after, corrects)
        found = [_as_counted_before(f, sentence, earlier, just_before) for f in sentence_figures(sentence, context)
                 if not withdrawn[0] <= f["offset"] < withdrawn[1]]
        counted.update({f["value"]: (here, f["category"]) for f in found if f["category"] in _EXCHANGED})
        found_all.append(found)
        # what the sentence counted: its whole, not a part of it ("240 came home, among them
        # 90 civilians. On Saturday another 160 followed": the 160 are of the 240's kind)
        exchanged = [f["category"] for f in found if f["category"] in _EXCHANGED]
        wholes = [f["category"] for f in found if f["category"] in _EXCHANGED
                  and not _PART_BEFORE.search(sentence, 0, f["offset"])
                  and not _is_part_after(sentence, f["offset"])]
        recent.append((wholes or exchanged)[-1] if exchanged else _named_category(sentence))
    return found_all


# A correction notice quotes what the outlet got wrong: "An earlier version of this article said
# 600 prisoners. That was wrong." The numbers it withdraws are nobody's claim. Only in an article
# that carries a notice of its own correction: "the ministry corrected the list" or "seeking
# clarification" is no notice, and "the report said" is most often someone else's report.
_CORRECTION_NOTICE = re.compile(r"(?:^|\n)\W*correction\b|\bwe regret the error\b|"
                                r"\b(?:earlier|previous|original) version of this (?:article|story|report|piece)\b|"
                                r"\bthis (?:article|story|report) has been (?:corrected|updated)\b", re.IGNORECASE)
_EARLIER_VERSION = re.compile(r"\b(?:(?:an?|the)\s+(?:earlier|previous|original)\s+version\s+of\s+this\s+"
                              r"(?:article|story|report|piece)|the\s+same\s+version|"
                              r"(?:this|the)\s+(?:article|story)\s+(?:also\s+|originally\s+|previously\s+|"
                              r"initially\s+)?(?:said|stated|reported|gave|misstated|misreported))\b", re.IGNORECASE)
_CORRECT_FIGURE = r"the\s+(?:correct|actual|right|true)\s+(?:figure|number|total|count)\b"
_WITHDRAWING = re.compile(rf"\b(?:incorrectly|wrongly|mistakenly|erroneously|misstated|misreported|in error)\b|\b{_CORRECT_FIGURE}",
                          re.IGNORECASE)
_CORRECTED_NEXT = re.compile(r"^\W*(?:(?:that|this|it)\s+(?:was|is)\s+(?:wrong|incorrect|inaccurate|an error|a mistake|"
                             r"not (?:correct|true|so))\b|the\s+(?:correct|actual|right|true)\s+|"
                             r"the\s+(?:figure|number|total|count)\b[^.;]{0,40}?\b(?:was|is|were|are)\b)", re.IGNORECASE)
# "...incorrectly said 600 were freed; in fact 500 were": what follows the turn is the correction.
_CORRECTION_TURN = re.compile(rf";|\bin fact\b|\bactually\b|\b{_CORRECT_FIGURE}", re.IGNORECASE)


def _withdrawn_span(sentence: str, after: str, corrects: bool) -> tuple[int, int]:
    """The part of the sentence that quotes what an earlier version of the article got wrong, by
    its own word ("incorrectly said") or the next sentence's ("That was wrong."): from the quote
    to the turn to the correction. Its figures are withdrawn; an earlier version's figure only
    updated since stays ((0, 0))."""
    quoted = _EARLIER_VERSION.search(sentence) if corrects else None
    if not quoted or not (_WITHDRAWING.search(sentence) or _CORRECTED_NEXT.search(after)):
        return 0, 0
    turns = [t.start() for t in _CORRECTION_TURN.finditer(sentence, quoted.end())]
    # the first turn whose piece withdraws nothing more ("...; it also wrongly gave 1,000 bodies" goes on)
    pieces = zip(turns, [*turns[1:], len(sentence)])
    end = next((start for start, stop in pieces if not _WITHDRAWING.search(sentence, start + 1, stop)), len(sentence))
    return quoted.start(), end


def _as_counted_before(figure: dict, sentence: str, counted: dict[float, str], just_before: dict[float, str]) -> dict:
    """"Saturday brought the 70": a bare number with "the" is the one the article counted
    before, and counts what it did, whatever the sentences just before counted. So does a bare
    "70 for 70" told of the 70 the sentence before counted ("The North hands over 70 bodies. The
    South calls it a swap of 70 for 70")."""
    offset = figure["offset"]
    number = _DIGITS.match(sentence, offset)
    if number is None or figure["category"] not in _EXCHANGED:
        return figure
    both = _FOR_THE_SAME.match(sentence, number.end())
    even = both is not None and float(both.group("n").replace(",", "")) == figure["value"]
    if even and _BARE_AFTER_NUMBER.match(sentence[both.end():]) and _named_category(sentence) is None:
        # (not "A prisoner swap, 700 for 700, is due": the sentence names what it counts)
        earlier = just_before.get(figure["value"])
    elif _THE_BEFORE.search(sentence, 0, offset) and _BARE_AFTER_NUMBER.match(sentence[number.end():]):
        earlier = counted.get(figure["value"])
    else:
        return figure
    return figure if earlier is None else {**figure, "category": earlier}


_COUNTED_REACH = 15  # sentences back to the count a bare "the 70" stands for
_DIGITS = re.compile(r"\d[\d,.]*\d|\d")  # the number as written, whole ("4,000", not "4,")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_FOR_THE_SAME = re.compile(r"[- ]for[- ](?P<n>\d[\d,.]*\d|\d)")  # the second half of "70 for 70"
_BARE_AFTER_NUMBER = re.compile(r"\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:and|were|was|who|had|have|are|came|returned)\b",
                                re.IGNORECASE)


def _counted_within(counted: dict[float, tuple[int, str]], here: int, reach: int) -> dict[float, str]:
    """What each number counted in the last ``reach`` sentences stood for."""
    return {value: category for value, (at, category) in counted.items() if here - at <= reach}


def _named_category(sentence: str) -> str | None:
    """What a sentence without a count is about, when it names what is exchanged."""
    named = [m for m in _NAMED.finditer(sentence)]
    return _NAMED_CATEGORY[named[-1].group(0).lower()] if named else None


def _scaled_unit(after: str) -> str | None:
    """The noun after a scale word: "million tonnes" -> "tonnes"."""
    match = re.match(r"\s*(?:thousand|million|billion)\s+(?P<unit>[a-z]+)", after, re.IGNORECASE)
    return match.group("unit").lower() if match else None


def sentence_figures(sentence: str, context: str | None = None) -> list[dict]:
    """Figure fields for each figure in one sentence (offset = where the number starts).

    ``context`` is what the sentences just before counted ("bodies"), for a number whose
    unit the sentence leaves out ("the North counted 955 in all")."""
    lowered = sentence.lower()
    casualties = _CASUALTIES.search(lowered) and not any(cue in lowered for cue in _RETURN_CUES) \
        and not _RECOVERING.search(lowered) and not _SWAP_GRAMMAR.search(lowered)  # "175 for 175, plus 22 wounded"
    found: list[dict] = []
    for reading in _readings(sentence):
        if _not_a_figure(sentence, reading.first):
            continue
        after = sentence[reading.end:]
        unit_match = _FLOW.match(after) or _UNIT.match(after) or _PLURAL_NOUN.match(after) or _PARTITIVE_NOUN.match(after)
        lead = 0
        label = GLOSS.match(after) if unit_match is None and LINE_LEAD.fullmatch(sentence[:reading.start]) else None
        if label and reading.low >= _LABEL_MIN and (glossed := _UNIT.match(after[label.end():])):
            unit_match, lead = glossed, label.end()  # "- 4,000: prisoners freed since May": the line's gloss names it
        unit = (unit_match.group("unit") or "barrels").lower() if unit_match else None  # "bpd" names none
        if unit_match and unit_match.re is _PLURAL_NOUN and unit_match.group("name") \
                and re.search(r"\b[A-Z][\w-]*\s$", sentence[:reading.start]):
            continue  # "Boeing 737 Max jets": a model's name, not "some 17 Patriot systems"
        money = _CURRENCY_AFTER.match(after) if unit is None else None
        if money:  # "a 90 billion euro loan"
            unit_match, unit = money, money.group(1).lower() + "s"
        if unit_match and unit_match.re is _FLOW:
            unit = f"barrels per {(unit_match.group('per') or 'day').lower()}"  # "2.4 million barrels a day": a flow, not a length
        if unit in lexicon.NOT_PLURAL_NOUNS:
            unit_match, unit = None, None
        unit_end = reading.end + lead + (unit_match.end() if unit_match else 0)
        if unit in lexicon.NOT_A_FIGURE_UNITS and (reading.first.in_words and reading.high < _SMALL_IN_WORDS
                                                   or reading.high <= 2):
            continue
        if unit in lexicon.NOT_COUNTED or _reference(sentence, reading):
            continue  # "214 posts", "(15 images)"; "the two ledgers"
        if unit in _CARGO and (not _SHIPPED.search(sentence) or _STRUCK.search(sentence) or _OTHER_CARGO.search(sentence)
                               and (unit in _WEIGHTS or not _LISTED.search(sentence))):
            continue  # "700 tonnes of glide bombs", "12 vessels of the fleet destroyed", "40 tankers of oil
            # pass through its ports": the war's and trade's numbers (tankers blacklisted count, whatever they carry)
        if unit in ("villages", "settlements") and _TAKEN.search(lowered):
            continue  # "claimed the capture of four more villages": the war's gains, not a term of the talks
        if unit in lexicon.WAR_AND_TRADE_UNITS or _scaled_unit(after) in lexicon.WAR_AND_TRADE_UNITS:
            continue  # "120 drones", "12 million tonnes of wheat": the war's numbers, not the talks'
        if found and found[-1]["unit"] in lexicon.WAR_AND_TRADE_UNITS and unit is None:
            continue  # "120 drones, of which 95 were downed": the bare number counts the same
        if _CURRENCY_BEFORE.search(sentence[:reading.start]) and _PER_MEASURE.match(after) \
                and not re.search(r"\b(?:price\s+)?(?:caps?|capped|ceilings?|limits?)\b", lowered):
            continue  # "crude rose to about $70 a barrel": a market's price (not a price cap's)
        if unit in ("years", "decades") and (_CAREER_BEFORE.search(sentence[:reading.start])
                                             or not _TERM_WORDS.search(" ".join(_own_clause(lowered, reading, _PUNCTUATION)))):
            continue  # "spent 26 years in diplomacy", "fought for 21 years": a life or a war, not a term of the talks
        if unit == "%" or unit and unit.startswith("per"):
            if _PERCENT_IDIOM.match(sentence[unit_end:]):
                continue
        if reading.first.in_words and reading.high < _SMALL_IN_WORDS and _SOURCES_AFTER.match(sentence[unit_end:]):
            continue  # "two officials said", "three shipbrokers told us": who the news came from
        if _UNIT_WORDS.get(unit or "") == "duration" and _DAY_GLOSSED.search(sentence[:reading.start]) \
                and _RELATIVE_AFTER.match(sentence[unit_end:]):
            continue  # "On Wednesday, three days after the strikes, ...": which day it was, no length of the talks
        if unit in _DISTANCES and _REACH_BEFORE.search(sentence[:reading.start]) \
                and not _LIMITED_BEFORE.search(sentence[max(0, reading.start - 50):reading.start]):
            continue  # "missiles whose range of up to 300 kilometres": a weapon's reach, no term of the talks
            # (but "missiles limited to a range of 40 kilometres" is one)
        if unit is None and _MISSING_AFTER.match(after):
            continue  # "more than 400 are listed as missing": the war's missing, not people exchanged
        listed = _LIST_TAIL.match(after) if unit is None else None
        if listed:  # "exchanged 310, 300 and 345 prisoners": the list's noun counts each
            rest = after[listed.end():]
            tail = _UNIT.match(rest) or _PLURAL_NOUN.match(rest)
            unit = tail.group("unit").lower() if tail else None
        category = _category(unit, sentence, reading.start, lowered, context)
        if category == "bodies" and _STRUCK.search(lowered) and not _GIVEN_BACK.search(lowered):
            continue  # "recovered the bodies of 33 people after the strike": the war's dead, not a handover
        if category in _PEOPLE and (casualties or _HURTING_BEFORE.search(sentence[:reading.start])
                                    or _LOSSES_BEFORE.search(sentence[:reading.start])
                                    or _HURT_AFTER.match(sentence[unit_end:])):
            continue  # numbers of the war's dead and wounded are not numbers of the talks
        if category == "percent" and _POLL.search(lowered):
            continue  # "68 percent of respondents": a poll, not a term of the talks
        if category == "civilians" and _DISPLACED.search(lowered) and not any(cue in lowered for cue in _RETURN_CUES):
            continue  # "the war has displaced 3.7 million people": the war's numbers, not the talks'
            # (children "deported or displaced" are counted: their return is an issue of the talks)
        scale = _money_scale(sentence, reading) or _measure_scale(reading, unit)
        if category is None and not reading.per_side and (
                _ARMY.search(sentence[max(0, reading.start - 60):unit_end + 60])
                or reading.low >= _ARMY_SIZE and unit_match is None and _SIZE_BEFORE.search(sentence[:reading.start])
                or found and found[-1]["unit"] == "troops" and _elided(sentence, reading)):
            # "a cap of 60,000 on its armed forces", "... 60,000 in the draft, now stood at 90,000",
            # "a ceiling of 90,000": an army's size; not a swap told beside talk of a cap
            unit, category = "troops", "other"
        elif category is None and found and (_ELLIPSIS.match(after) and not _AGE_LIMIT.search(sentence[:reading.start])
                                             or after.lstrip().startswith(")")
                                             and _BRACKET_LIST_BEFORE.search(sentence[:reading.start])
                                             or _COORDINATED.search(sentence[:reading.start])
                                             or _TOLD_BEFORE.search(sentence[:reading.start])
                                             or _COMPARED.search(sentence[:reading.start])):
            # "1,000 prisoners were freed and twelve hundred more are due", "1,000 bodies to one
            # side and 24 to the other", "7,057 by its count, or 7,060 by theirs": the unit carries over
            # (not to an age limit: "lasted over an hour, ... all those under 25,").
            carried = _carried_from(sentence, reading, found)
            unit, category = carried["unit"], carried["category"]
        elif category is None and _ON_DAY.match(sentence, reading.start) and not casualties and (
                any(f["category"] in _EXCHANGED for f in found)
                or context in _EXCHANGED and _STAGE_CUE.search(lowered)):
            # "each released 500 people: 240 on Friday, 120 on Saturday", "a last stage of 245 on 16
            # June": stages by day, after a count of people or in a sentence about the exchange's
            # stages (not "the rouble fell 2 on Friday")
            exchanged = [f for f in found if f["category"] in _EXCHANGED]
            if exchanged:
                carried = _carried_from(sentence, reading, exchanged)
                unit, category = carried["unit"], carried["category"]
            else:
                unit = category = context
        elif category is None and (reading.per_side or _elided(sentence, reading)) and not casualties:
            # "146 from each side", "6,000 for 6,000", "put its total at 205 - 185 soldiers and
            # 20 civilians", "6,060 had been handed over": counted in the words around it.
            category = _context_category(sentence, reading, found, context)
            unit = unit or category
        if category is None:
            continue
        if category in _EXCHANGED and reading.low >= _POPULATION:
            category = "other"  # "400 million people fed by its grain": a population, never people exchanged
        qualifier = _qualifier(sentence[:reading.start], reading)
        per_side = (reading.per_side or bool(_PER_SIDE.match(sentence[unit_end:]))
                    or bool(_EACH_SIDE_BEFORE.search(sentence[:reading.start])))
        value = reading.high if qualifier == "range" else reading.low
        found.append({
            "value": value / scale[0] if scale else value,
            "low": reading.low if qualifier == "range" else None,
            "high": reading.high if qualifier == "range" else None,
            "qualifier": qualifier, "unit": scale[1] if scale else unit or category, "category": category,
            "per_side": per_side, "status": _status(lowered, reading.start),
            "scope": _scope(lowered, reading.start, unit_end),
            "confidence": 0.9 if unit_match else 0.6, "offset": reading.start,
        })
    return _shared_per_side(sentence, found, context)


# "185 soldiers and 20 civilians a side": the first count of the pair is per side too
_PAIRED = re.compile(r"[\d,.]+\s+(?:[\w-]+\s+){1,2}?and\s+$")
# "40 a side on Friday, 35 on Saturday and 25 on Sunday": the next item of a list of counts told
# by their day (a day follows each item, so "40 a side on Friday, 100 in all" is no item)
_NEXT_DATED_ITEM = re.compile(rf"[\d,.]+(?:(?:\s+[\w-]+)?\s+(?:(?:a|per|each|from\s+each)\s+side|each|apiece))?\s+{_DAY_PHRASE}"
                              r"(?:\s+\d{4})?(?:,\s*(?:and\s+)?|\s+and\s+)$", re.IGNORECASE)


def _shared_per_side(sentence: str, found: list[dict], context: str | None) -> list[dict]:
    """The pair shares "a side"; its soldiers are exchanged when the sentence, or those before it,
    speak of an exchange (not "allows 2,500 soldiers and 40 tanks per side in the zone"). A list of
    dated counts opened per side stays per side ("40 a side on Friday, 35 on Saturday")."""
    out = list(found)
    swap = bool(_EXCHANGE_CUE.search(sentence)) or context in ("prisoners", "civilians")
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        if second["per_side"] and not first["per_side"] \
                and _PAIRED.fullmatch(sentence, first["offset"], second["offset"]):
            swapped = first["category"] == "other" and first["unit"] in _SOLDIERS and swap
            out[i] = {**first, "per_side": True, "category": "prisoners" if swapped else first["category"]}
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if first["per_side"] and not second["per_side"] and first["category"] == second["category"] \
                and _NEXT_DATED_ITEM.fullmatch(sentence, first["offset"], second["offset"]) \
                and _ON_DAY.match(sentence, second["offset"]):
            out[i] = {**second, "per_side": True}
    return out


_EXCHANGED = ("prisoners", "bodies", "civilians", "children")
_PEOPLE = ("prisoners", "bodies", "civilians", "children", "other")
_POPULATION = 1_000_000  # no exchange, list or running total of the talks has counted a million people
_CONTEXT_SENTENCES = 3
_NAMED_CATEGORY = {"prisoners": "prisoners", "prisoner": "prisoners", "pows": "prisoners", "captives": "prisoners",
                   "detainees": "prisoners", "bodies": "bodies", "remains": "bodies", "the dead": "bodies",
                   "the fallen": "bodies", "children": "children",
                   "minors": "children", "civilians": "civilians",
                   # an exchange of "all for all" is of prisoners
                   "all for all": "prisoners", "all-for-all": "prisoners"}
_NAMED = re.compile(rf"\b(?:{'|'.join(_NAMED_CATEGORY)})\b", re.IGNORECASE)
# The dead named by what is done with them: "the June body transfers"
_BODY_ACTS = re.compile(r"\bbody\s+(?:swap|exchange|transfer|handover|repatriation)s?\b", re.IGNORECASE)
# The war's toll, unless the sentence is about handing the dead back.
_CASUALTIES = re.compile(r"\b(?:killed|killing|kills|died|dying|dies|dead|deaths|death toll|wounded|wounding|"
                         r"injured|injuring|casualties|lost their lives)\b")
# "injuring 11 people", "11 civilians were killed": the number's own clause, whatever else the sentence says
_HURTING_BEFORE = re.compile(r"\b(?:injuring|killing|wounding|injured|killed)\s+(?:at least\s+|some\s+|about\s+)?$",
                             re.IGNORECASE)
# "put the South's losses at 900 soldiers": a count of the war's losses, in its own phrase
_LOSSES_BEFORE = re.compile(r"\blosses\s+(?:\w+\s+){0,2}?(?:at|of|to)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|"
                            r"more than\s+|over\s+|at least\s+|up to\s+)?$", re.IGNORECASE)
_HURT_AFTER = re.compile(r"^\s*(?:were|was|have been|had been)\s+(?:killed|injured|wounded)\b", re.IGNORECASE)
_POLL = re.compile(r"\b(?:poll\w*|survey\w*|respondents)\b")
def _cue_at_word_start(cues: tuple[str, ...]) -> re.Pattern[str]:
    """Cue words at the start of a word ("pow" is no cue in "powers", so it must stand alone)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(cue) for cue in cues if cue != "pow") + r"|pows?\b)",
                      re.IGNORECASE)


_EXCHANGE_CUE = _cue_at_word_start(lexicon.EXCHANGE_CUES)
_STAGE_CUE = _cue_at_word_start((*lexicon.EXCHANGE_CUES, "stage", "handover"))
_TAKEN = re.compile(r"\b(?:captur\w*|seiz\w*|took|taken|liberat\w*|overran|overrun|advanc\w*|struck|shell\w*|attack\w*)\b")
_PER_MEASURE = re.compile(r"^\s*(?:a|per|/)\s*(?:barrel|tonne|ton|bushel|litre|liter|gallon|cubic metre|"
                          r"megawatt-hour|mwh|share)\b", re.IGNORECASE)
# Words of something the talks set or hold that runs for years, in the number's own clause:
# "consultations lasting 12 years", "kept out of the alliance for 20 years", "the first talks in
# three years" (not "in power for 25 years, he rejected the plan")
_TERM_WORDS = re.compile(r"\b(?:talks|negotiat\w*|consultations?|moratorium|memorandum|ban|deal|agreement|accord|"
                         r"treaty|lease|freeze|frozen|truce|ceasefire|guarantees?|sanctions?|status|extend\w*|"
                         r"extension|meeting|round|plan|draft|proposal|offer|terms?|period|membership|"
                         r"postpon\w*|delay\w*|defer\w*|nato|alliance|join\w*|neutral\w*|zones?)\b")

_CAREER_BEFORE = re.compile(r"\b(?:spent|served|worked)\s+(?:(?:more than|nearly|almost|some|over)\s+)?$", re.IGNORECASE)
_DISPLACED = re.compile(r"\b(?:displaced|displacing|refugees|fled|homeless)\b")
# A day named, then glossed by its distance from another event: "On Wednesday, three days after
# the strikes" (not from the thing itself: "ended on Sunday, 30 hours after it began" is its length)
_DAY_GLOSSED = re.compile(rf"\b(?:{_DAY_WORDS})\s*,\s*(?:just\s+|only\s+|barely\s+)?$", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"^\s+(?:after|before|since|on\s+from)\b(?!\s+(?:it|they|its|their)\b)", re.IGNORECASE)
_DISTANCES = ("kilometres", "kilometers", "miles")
# A weapon's reach, "a range of up to 300 kilometres", unless the words before it limit or ban it
_REACH_BEFORE = re.compile(r"\b(?:range|reach)\s+of\s+(?:up\s+to\s+|about\s+|some\s+|around\s+|over\s+|more\s+than\s+)?$",
                           re.IGNORECASE)
_LIMITED_BEFORE = re.compile(r"\b(?:limit\w*|cap|caps|capped|capping|restrict\w*|ceiling|maximum|no\s+more\s+than|"
                             r"bans?|banned|banning|prohibit\w*|forbid\w*|beyond)\b", re.IGNORECASE)
# Words after a count of people that make them the sources of the news (not "soldiers said to be wounded").
_SOURCES_AFTER = re.compile(r"^\s*(?:said|say|says|told|tell|confirmed|added|spoke)\b(?!\s+to\b)", re.IGNORECASE)
# The rest of a list whose last number names its noun: ", 300 and 345 prisoners"
_LIST_TAIL = re.compile(r"(?:\s*,\s*\d[\d,.]*)*\s*,?\s+(?:and|or)\s+\d[\d,.]*(?=\s)")
_MISSING_AFTER = re.compile(r"^\s*(?:are|were|is|remain|remained)\s+(?:\w+\s+){0,2}?(?:missing|unaccounted)\b",
                            re.IGNORECASE)
# The dead handed back, whatever killed them ("bodies of soldiers killed in strikes were repatriated",
# "received 40 bodies"): broader than HANDED_BACK, which also gives a statement its issue and so
# leaves out a bare "returned" or "received" (tried: using it here loses bodies on two sets).
_GIVEN_BACK = re.compile(r"\b(?:repatriat\w*|hand(?:s|ed|ing)?\s+(?:over|back)|returned|exchang\w*|swap\w*|"
                         r"transfer\w*|received)\b", re.IGNORECASE)
_RETURN_CUES = ("bodies", "remains", "repatriat", "handed over", "hand over", "returned", "exchange", "swap",
                "freed", "released", "captivity", "took back", "take back", "taken back", "got back", "get back",
                *lexicon.HOMECOMING)
# "pauses to collect the wounded and the dead": about the dead given back, not the war's toll
_RECOVERING = re.compile(r"\b(?:collect|recover|retriev)\w*\s+(?:the\s+|their\s+)?(?:wounded\s+and\s+(?:the\s+)?)?"
                         r"(?:dead|bodies|fallen)\b")
# People handed back, not soldiers who "returned to their units": "were returned", "came home".
HANDED_BACK = re.compile(r"\b(?:(?:been|were|was|be)\s+returned|returned\s+(?:home|from)|came home|come home|"
                          r"hand(?:s|ed|ing)? (?:over|back)|freed|released|exchanged|swapped|repatriated)\b",
                          re.IGNORECASE)


def handed_back(figure: dict, sentence: str) -> bool:
    """Does the figure count people handed back ("40 soldiers were returned home"), not victims,
    the displaced, or soldiers back with their units?"""
    return figure["category"] in _EXCHANGED and bool(HANDED_BACK.search(sentence))


# Words after a number with no unit that show it counts what the sentence is about.
_BARE_AFTER = re.compile(
    r"^\s*(?:from each|from either|from both|each\b|per side|apiece|a side\b|on each side|on both sides|"
    r"for each side|in all|in total|altogether|"
    r"of them\b|of whom\b|more\b|(?:had|have|has)\s+(?:already\s+|now\s+|since\s+)?been|were\b|was\b|are\b|went\b|came\b|"
    r"(?:had|have|has)\s+(?:come|returned|gone)\b|(?:should|will|would)\s+be\s+(?:home|back|freed|released)\b|"
    r"home\b|back\b|"
    r"[-–—]\s*\d|\.\s*$|\.\s|,\s*(?:and|or|which|bringing|taking|for|then)\b|"
    r",\s*\d[\d,.]*\s*(?:,|and\b|or\b)|\s+and\s+\d|"
    # "607 by the South's count, 610 according to the North": one count told by each
    r"by\s+(?:its|their|his|her|our|the\s+)?(?:[\w-]+['’]s?\s+)?(?:own\s+)?(?:count|tally|figures?|reckoning)\b|"
    r"according\s+to\b)", re.IGNORECASE)  # "310, 300 and 345": a list
# Verbs of people freed in a swap, before a count that names no noun: "the North freed 300"
_SWAP_VERBS = r"freed|released|swapped|exchanged"
_BARE_BEFORE = re.compile(
    r"(?:\b(?:total|tally|count|number|figure)(?:\s+\w+){0,6}\s+(?:of|at|to|is|was|reached|stood at|stands at)"
    r"|\breach(?:es|ed|ing)?|\bto|\bat|\banother|\bcounted|\btransfer of|\bcovered|\binvolved|\bhanded(?: over)?|\breturned|"
    r"\bmakes|"  # "that makes 807 since June"
    rf"\breceived|\bhand over|\bexchange of|\b(?:{_SWAP_VERBS})|\b(?:got|brought|took)\s+back)"
    r"(?:\s+(?:roughly|about|around|nearly|almost|some|approximately|at least|more than|over|just over|well over))?\s*$",
    re.IGNORECASE)
# "Of the eight, three were ...", "Among them, ..." (not "Among the items still open: ...")
_PARTITIVE = re.compile(r"^\s*(?:of|among)\s+(?:those|these|them|whom|the\s+[\w,]+?,)", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:youngest|oldest|aged?|is|was|are|were)\s*$", re.IGNORECASE)
# People named by an age limit: "those under 30", "soldiers over 60", "men younger than 20".
_AGE_LIMIT_OF = re.compile(r"\b(?:those|all|anyone|everyone|people|men|women|ones|soldiers|servicemen|prisoners|"
                           r"pows|captives|troops|fighters|defenders|civilians)\s+(?:aged\s+)?"
                           r"(?:under|over|below|above|younger\s+than|older\s+than)\s*$", re.IGNORECASE)
_OLDEST_AGE_LIMIT = 70
_REFERENCE_BEFORE = re.compile(r"(?:\b(?:the|these|those|all|both|its|their)|\b(?!(?:it|that|there|here|what|who|he|she)['’]s)\w+['’]s)(?:\s+(?:first|last|next|previous|other))?\s*$",
                               re.IGNORECASE)  # "the two ledgers", "the North's two biggest producers"
_WHEN_AFTER = re.compile(r"^[\s-]*(?:years?|months?|weeks?|days?|hours?|decades?)\s+(?:ago|into)\b",
                         re.IGNORECASE)
_PRONOUN_ONE_AFTER = re.compile(r"^\s*(?:of\b|was\b|is\b|who\b|that\b|[,.;:!?])", re.IGNORECASE)


def _elided(sentence: str, reading: _Reading) -> bool:
    """A number standing for things the sentence or the one before named."""
    before, after = sentence[:reading.start], sentence[reading.end:]
    if reading.high <= _OLDEST_AGE_LIMIT and _AGE_LIMIT_OF.search(before):
        return False  # "exchanges of the wounded and those under 30": who is exchanged, by age
    if _PARTITIVE.match(sentence):
        return True  # "Of the eight, three were ... and five ...": a breakdown
    if _AGE_BEFORE.search(before) and not re.search(r"\b(?:total|number|count)\b[^.]{0,40}$", before, re.IGNORECASE):
        return False  # "the youngest is 26"
    return bool(_BARE_AFTER.match(after) or _BARE_BEFORE.search(before))


def _carried_from(sentence: str, reading: _Reading, found: list[dict]) -> dict:
    """The figure before whose noun a bare number takes: the last one (not a count of exchanges),
    but in a list of stages by day ("240 on Friday, among them 200 servicemen and 40 civilians,
    then 120 on Saturday") the last stage, not a part of one."""
    # A count of exchanges lends no noun: "in four handovers since Wednesday to 3,100" counts people.
    found = [f for f in found if f["unit"] not in lexicon.EXCHANGE_NOUNS] or found
    # Nor does a length to a list in brackets after it: "500 for 500 over three days (240, 150, 110)".
    if _IN_BRACKETS.search(sentence, 0, reading.start) and any(f["category"] in _EXCHANGED for f in found):
        found = [f for f in found if f["category"] != "duration"]
    staged = [f for f in found if _ON_DAY.match(sentence, f["offset"])] if _ON_DAY.match(sentence, reading.start) else []
    return (staged or found)[-1]


_HOME_AFTER = re.compile(r"^\s*(?:(?:had|have|has)\s+)?(?:come|came|been\s+brought)\s+"
                         r"(?:home|back\s+(?:home|from\s+captivity))\b", re.IGNORECASE)
_SWAPPED_BEFORE = re.compile(rf"\b(?:{_SWAP_VERBS}|got\s+back)"
                             r"(?:\s+(?:about|around|nearly|almost|some|at least|more than|over))?\s*$", re.IGNORECASE)
# people home from somewhere else than captivity: "4,000 had come home after the evacuation"
_NOT_CAPTIVES = re.compile(r"\b(?:evacuat\w*|displaced|refugees?|fled|flee\w*|residents)\b", re.IGNORECASE)


def _context_category(sentence: str, reading: _Reading, found: list[dict], context: str | None) -> str | None:
    """What an elided number counts: the sentence's own count before it, the breakdown after
    it ("205 - 185 soldiers and 20 civilians"), a thing the sentence names, else what the
    sentences just before counted."""
    earlier = [f for f in found if f["category"] in _EXCHANGED]
    if earlier:
        return _carried_from(sentence, reading, earlier)["category"]
    # "205 - 185 soldiers and 20 civilians", "90 came home from each side - on ours, 70 soldiers and ..."
    breakdown = re.match(r"^(?:[^-–—.;]{0,40}?\s)?[-–—]\s*", sentence[reading.end:])
    if breakdown:
        exchanged = bool(_EXCHANGE_CUE.search(sentence))
        later = sentence_figures(sentence[reading.end + breakdown.end():], "prisoners" if exchanged else context)
        if later and later[0]["category"] in _EXCHANGED:
            return "prisoners" if {f["category"] for f in later} >= {"prisoners", "civilians"} else later[0]["category"]
    # What the number's own clause names: not "bodies" three clauses on.
    clause_before, clause_after = _own_clause(sentence, reading)
    named = _named_category(clause_before) or _named_category(clause_after)
    if named is None and re.search(r",\s*[\"“‘']?\s*$", sentence[:reading.start]):
        # in apposition to what the clause before names: "return the bodies of the fallen, '600 for 600'"
        named = _named_category(re.split(r"[,;:]|\band\b", sentence[:reading.start])[-2])
    each_side = reading.per_side or bool(_PER_SIDE.match(sentence[reading.end:]))
    exchanged = each_side and bool(_EXCHANGE_CUE.search(sentence) or re.search(r"\bfree\s", sentence, re.IGNORECASE))
    if named is None and reading.per_side and (_SWAP_AFTER.match(sentence[reading.end:])
                                               or _SWAP_BEFORE.search(sentence[:reading.start])):
        # "the 400-for-400 exchange": an even swap is of prisoners, whatever came before; not
        # a bare "90 for 90" with "an exchange" elsewhere, which counts what the sentences before did.
        return "prisoners"
    if named is None and context == "children" and each_side:
        return "prisoners"  # "1,000 a side" after talk of deported children: children are not swapped per side
    if named is None and context is None and not _NOT_CAPTIVES.search(sentence) and (
            _HOME_AFTER.match(sentence[reading.end:]) or _SWAPPED_BEFORE.search(sentence[:reading.start])):
        # "60 had come home, 12 of them civilians", "the North got back 1,900": people back from captivity
        return "prisoners"
    # what the sentence named before the number, when it named one thing: "The body transfers are
    # disputed: the North counted 610, the South 640" (not what the sentences before counted;
    # not "Of the 300, 40 were civilians", where the word comes after)
    in_sentence = {_NAMED_CATEGORY[m.group(0).lower()] for m in _NAMED.finditer(sentence[:reading.start])} \
        | ({"bodies"} if _BODY_ACTS.search(sentence[:reading.start]) else set())
    return named or (in_sentence.pop() if len(in_sentence) == 1 else None) or context \
        or ("prisoners" if reading.per_side or exchanged else None)


_CLAUSE_BREAK = re.compile(r"[,;:]|\band\b")
_PUNCTUATION = re.compile(r"[,;:()]")  # (not "and": "talks between the North and the South in three years")


def _own_clause(sentence: str, reading: _Reading, breaks: re.Pattern = _CLAUSE_BREAK) -> tuple[str, str]:
    """The words of the number's own clause before and after it."""
    return breaks.split(sentence[:reading.start])[-1], breaks.split(sentence[reading.end:])[0]


def _reference(sentence: str, reading: _Reading) -> bool:
    """ "the two ledgers", "all three rounds": a small number naming known things, not counting."""
    return reading.first.in_words and reading.high <= 3 and bool(_REFERENCE_BEFORE.search(sentence[:reading.start])) \
        and not re.match(r"-(?:day|week|month)\b", sentence[reading.end:])  # "the two-week window" is a term's length


def _money_scale(sentence: str, reading: _Reading) -> tuple[float, str] | None:
    """ "$90 billion" is 90 in billions of dollars, as the text says it."""
    currency = _CURRENCY_BEFORE.search(sentence[:reading.start])
    named = _CURRENCY_AFTER.match(sentence[reading.end:])  # "240 billion euros"
    scale = re.search(r"(million|billion|trillion|bn|m)\b", reading.first.text, re.IGNORECASE)
    if not (currency or named) or not scale:
        return None
    word = {"bn": "billion", "m": "million"}.get(scale.group(1).lower(), scale.group(1).lower())
    name = {"$": "dollars", "€": "euros", "£": "pounds", "₽": "roubles"}[currency.group(0).strip()] if currency \
        else named.group(1).lower() + "s"  # "a 90 billion euro loan": billions of euros
    return {"million": 1e6, "billion": 1e9, "trillion": 1e12}[word], f"{word} {name}"


def _measure_scale(reading: _Reading, unit: str | None) -> tuple[float, str] | None:
    """ "12 million tonnes" is 12 in millions of tonnes, as the text says it (a weight or a flow
    of oil, not a count of people, whose millions are written out)."""
    scale = re.search(r"(thousand|million|billion)\b", reading.first.text, re.IGNORECASE)
    if not (unit in _WEIGHTS or unit and unit.startswith("barrels")) or not scale:
        return None
    word = scale.group(1).lower()
    return {"thousand": 1e3, "million": 1e6, "billion": 1e9}[word], f"{word} {unit}"


# Oil flows sanctions aim at: "2.4 million barrels a day" (barrels alone are trade, not a term).
_FLOW = re.compile(r"^\s+(?P<unit>barrels)\s+(?:of\s+(?:[\w-]+\s+){0,2}?)?(?:a|per|each)\s+(?P<per>day|week|month|year)\b"
                   r"|^\s+(?P<bpd>bpd|b/d)\b", re.IGNORECASE)
# Cargo and ships count only as what a grain deal moved: food shipped, ships let through.
_WEIGHTS = frozenset({"tonnes", "tons", "tonne", "metric tons"})
_CARGO = _WEIGHTS | {"ships", "vessels", "tankers"}
_SHIPPED = re.compile(r"\b(?:grain|wheat|corn|maize|food\w*|fertili[sz]er\w*|agricultur\w*|corridor|carried|"
                      r"shipped|ports?|shadow fleet|shadow-fleet|blacklist\w*|sanction\w*)\b", re.IGNORECASE)
_LISTED = re.compile(r"\b(?:sanction\w*|blacklist\w*|shadow[- ]fleet|lists?|listed|designat\w*)\b", re.IGNORECASE)
_OTHER_CARGO = re.compile(r"\b(?:oil|gas|lng|coal|steel|bombs?|explosives?|ammunition)\b", re.IGNORECASE)
_STRUCK = re.compile(r"\b(?:destroy\w*|sank|sunk|sink\w*|struck|strikes?|hit|damag\w*|burn\w*|bomb\w*|shell\w*)\b",
                     re.IGNORECASE)
_SMALL_IN_WORDS = 10  # "the two sides", "three countries" name who, not how many; "twenty-six countries" count
# "more than 600 of its dead: the South said 607": a count the sentence named, told by someone
_TOLD_BEFORE = re.compile(r"\b(?:said|says|put it at|puts it at|gave|gives)\s+(?:(?:about|some|nearly|almost|at least|more than)\s+)?$",
                          re.IGNORECASE)
_SWAP_GRAMMAR = re.compile(SWAP_GRAMMAR)
_LABEL_MIN = 10  # "1: prisoners to be exchanged all for all" numbers a plan's point, it counts no one
_ELLIPSIS = re.compile(r"^\s*(?:more|others|other|additional|further)\b|^\s*[,.;]", re.IGNORECASE)
# A number inside brackets opened after the count ("... (240, 150, 110)"), and the last of such a
# list, closed ("110)"), not a note's number ("under the protocol (annex 3)").
_IN_BRACKETS = re.compile(r"\([^()]*$")
_BRACKET_LIST_BEFORE = re.compile(r"\(\s*\d[\d,.]*(?:\s*,\s*\d[\d,.]*)*\s*,\s*$")
_PERCENT_IDIOM = re.compile(rf"^\s*(?:{_alternation(lexicon.PERCENT_IDIOMS)})\b", re.IGNORECASE)


def _readings(sentence: str) -> list[_Reading]:
    numbers = find_numbers(sentence)
    readings, i = [], 0
    while i < len(numbers):
        first = numbers[i]
        following = numbers[i + 1] if i + 1 < len(numbers) else None
        between = sentence[first.end:following.start] if following else ""
        joined = following and _RANGE_JOIN.match(between) and (
            not re.fullmatch(r"\s*and\s*", between, re.IGNORECASE)  # "300 and 345" list two; "between ... and" joins
            or re.search(r"\bbetween\s+(?:\w+\s+)?$", sentence[:first.start], re.IGNORECASE))
        if joined and following.value > first.value and not _year(first):
            readings.append(_Reading(first.value, following.value, first.start, following.end, first))
            i += 2
        elif following and _FOR_JOIN.match(between) and following.value == first.value:
            readings.append(_Reading(first.value, first.value, first.start, following.end, first, True))
            i += 2
        else:
            readings.append(_Reading(first.value, first.value, first.start, first.end, first))
            i += 1
    for match in _FORTNIGHT.finditer(sentence):  # "within a fortnight": 14 days
        word = match.group(1) or match.group(2)
        count = {"a": 1, "one": 1, "two": 2, "three": 3, "the": 1}[word.lower()]
        number = Number(value=14.0 * count, start=match.start(), end=match.start() + len(word),
                        text=match.group(0), in_words=True)
        readings.append(_Reading(number.value, number.value, number.start, number.end, number))
    for match in _HEDGED_ONE.finditer(sentence):  # "just over an hour": a measured length of one
        number = Number(value=1.0, start=match.start(1), end=match.end(1), text=match.group(1), in_words=True)
        readings.append(_Reading(1.0, 1.0, number.start, number.end, number))
    return sorted(readings, key=lambda r: r.start)


# "within a fortnight", and "the fortnight he gave himself": the length given told again
_FORTNIGHT = re.compile(r"\b(a|one|two|three) (?=fortnights?\b)"
                        r"|\b(the) (?=fortnight\s+(?:(?!(?:since|before|after|until|till)\b)\w+\s+){0,2}?(?:had\s+)?"
                        r"(?:gave|given|set|granted|allowed)\b)",
                        re.IGNORECASE)
# "talks that lasted just over an hour": how long something took; not when ("in just over an hour",
# "within about an hour of", "an hour after"), a distance ("an hour's drive"), or more than an hour
# ("an hour and a half")
_HEDGED_ONE = re.compile(r"(?<!\bin )(?<!\bwithin )\b(?:just\s+|little\s+)?(?:over|more than|less than|under|about|"
                         r"nearly|almost|around|roughly)\s+(an)\s+"
                         r"(?=hour\b(?!['’]s|\s+(?:after|before|later|ago|of|and\s+a\s+half)\b))", re.IGNORECASE)


def _year(number: Number) -> bool:
    """A bare four-digit number in the range of years ("since 2022 to ..." is no range)."""
    return not number.in_words and 1900 <= number.value <= 2100 and number.text.isdigit()


def _not_a_figure(sentence: str, number: Number) -> bool:
    before, after = sentence[:number.start], sentence[number.end:]
    if re.match(r"^-year-old\b", after):
        return True  # "the 55-year-old": an age that describes someone
    if re.match(r"^[\s-]*(?:minutes?|mins?)[\s-]+read\b", after, re.IGNORECASE):
        return True  # "7-minute read", "4 min read": the page's reading time
    if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after) or number.value <= 31 and _DATE_LIST_AFTER.match(after):
        return True
    if _TIME_AFTER.match(after) or _ORDINAL_AFTER.match(after) or _LABEL_BEFORE.search(before):
        return True
    pair = re.search(r"(\d{1,2})/$", before) or re.match(r"^/(\d{1,2})\b", after)
    if pair and number.value <= 31 and int(pair.group(1)) <= 31:
        return True  # "24/7", "9/11": a day or a slogan, not two counts ("500/500" is an exchange)
    if re.search(r"[A-Za-z]-$", before):
        return True  # "Su-34", "F-16": a model's name
    if any(m.start() <= number.start < m.end() for m in _PHONE.finditer(sentence)):
        return True  # "+32 2 555 0142", "tel. 0800 300 545": a telephone number's digits
    if _WHEN_AFTER.match(after):
        return True  # "two years ago", "four years into the war", "18 months after the row": when, not how many
    if number.text.lower() == "one" and (_PRONOUN_ONE_AFTER.match(after) or re.search(r"\bthe\s+\w+\s*$", before)):
        return True  # "One of them", "the first one was matched": a pronoun, not a count
    return _year(number)


def _category(unit: str | None, sentence: str, position: int, lowered: str,
              context: str | None = None) -> str | None:
    if _CURRENCY_BEFORE.search(sentence[:position]):
        return "other"
    if unit is None:
        return None
    # "promised to hand over 23 wounded northerners" (not "hand over the rest of the region, where
    # 50,000 troops are dug in": the words must lead to the number)
    handed = bool(_HANDING_OVER.search(sentence[:position]))
    if unit in lexicon.EXCHANGE_NOUNS:
        return "other"  # "five handovers", "17 swaps": how many exchanges, not how many people
    if unit not in _UNIT_WORDS:
        # A counted noun Parley has no category for: "5,800 Georgians", "900 journalists".
        exchanged = handed or bool(_EXCHANGE_CUE.search(lowered))
        return "prisoners" if exchanged and unit.endswith(("ians", "ers", "men")) else "other"
    category = _UNIT_WORDS[unit]
    if unit in _SOLDIERS:
        nearby = lowered[max(0, position - 40):position + 60]
        if any(cue in nearby for cue in lexicon.DEAD_CUES) or _POSSESSED_DEAD.match(lowered, position):
            return "bodies"
        if handed or _EXCHANGE_CUE.search(lowered) or context in ("prisoners", "civilians"):
            return "prisoners"  # soldiers in a swap, or in a paragraph about one
        return "civilians" if category == "civilians" else "other"
    if category == "duration" and unit.startswith(("day", "week")):
        if any(cue in lowered for cue in lexicon.DEADLINE_CUES):
            return "deadline_days"
    return category


# Nouns of people that count prisoners in an exchange, the dead by "bodies of", else nobody of the talks
_SOLDIERS = ("soldiers", "troops", "servicemen", "fighters", "defenders", "returnees", "people", "persons", "individuals")
# "700 soldiers' bodies": the number's own noun possesses the dead
_POSSESSED_DEAD = re.compile(r"[\d,.]+\s+(?:[\w-]+\s+)?[\w-]+s['’]\s+(?:bodies|remains)\b")
_HANDING_OVER = re.compile(r"\bhand(?:s|ing)?\s+(?:over|back)\s+(?:(?:some|about|around|nearly|up to|another|a further)\s+)?$",
                           re.IGNORECASE)


def _qualifier(before: str, reading: _Reading) -> str:
    if reading.high != reading.low:
        return "range"
    tail = before.lower().rstrip()
    if _PARTICLE_OVER.search(tail):
        return "exact"  # "handed over 1,000": a verb's particle, not "more than"
    for qualifier, phrases in lexicon.HEDGES.items():
        for phrase in phrases:
            if tail.endswith(phrase) and (len(tail) == len(phrase) or not tail[-len(phrase) - 1].isalnum()):
                return qualifier
    return "exact"


_PARTICLE_OVER = re.compile(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|pass|passes|passed|passing|"
                            r"take|takes|took|taken|taking|give|gives|gave|given|giving|sign|signed|signing)\s+over$"
                            r"|\badd(?:s|ed|ing)?\s+up\s+to$")  # "add up to 955": a sum, not a ceiling


_ASIDE = re.compile(r"\b(?:marking|making|which|the largest|the biggest|the first|in what|was the|is the)\b")


def _scope(lowered: str, start: int, end: int) -> str:
    """Cumulative when "so far", "in total" ... stands by the number, not in an aside after it."""
    before = re.split(r"[;.]", lowered[max(0, start - 60):start])[-1]
    after = _ASIDE.split(lowered[end:end + 80])[0]
    window = before + " " + lowered[start:end] + after
    return "cumulative" if any(cue in window for cue in lexicon.CUMULATIVE_CUES) else "new"


_STATUS_OF = {cue: status for status, cues in lexicon.STATUS_CUES.items() for cue in cues}
_STATUS_CUE = re.compile(rf"\b(?:{_alternation(tuple(_STATUS_OF))})\b")


_NEGATED_CUE = re.compile(rf"(?:\b(?:{'|'.join(sorted(lexicon.NEGATIONS))})|\byet to)\s+(?:\w+\s+)?$")


def _status(lowered: str, position: int) -> str:
    """The cue nearest before the number decides; failing that, the nearest after it."""
    best: tuple[int, str] | None = None
    for match in _STATUS_CUE.finditer(lowered):
        at = match.start()
        if _NEGATED_CUE.search(lowered[max(0, at - 20):at]):
            continue  # "the North has not confirmed it", "no deal": no status of the count
        distance = position - at if at < position else 1000 + at - position
        if best is None or distance < best[0]:
            best = (distance, _STATUS_OF[match.group(0)])
    return best[1] if best else "reported"
