"""The words of what a statement claims, apart from who is quoted saying it, when and where the
report was filed: attribution frames ("X said on Tuesday that", "according to X"), datelines and
section labels removed. These words are what gets embedded; the statement itself is what is shown.
(The claim's facts are in parley.claim_facts.)"""

from __future__ import annotations

import re

# Bumped whenever claim_text changes: vectors stored under an older recipe are made again.
CLAIM_RECIPE = "claim-1"
# A claim of fewer words is no claim (a stripped frame must leave one; a member needs one).
MIN_WORDS = 5

# Verbs that only attribute what follows to its subject. "Said" and "told reporters" take the
# claim straight after them ("Marn said the North ..."); the others need a "that" or a colon,
# since "announced the halt" or "confirmed an agreement" is the claim itself. Stance verbs
# (insist, warn, reject) are never stripped: they are part of the claim.
# (Spelled out rather than inflected from parley.extract.lexicon: the store reads CLAIM_RECIPE,
# and importing extraction would load spaCy wherever the store is used.)
_PRESENT = ("says|tells|adds|states|announces|claims|stresses|notes|declares|confirms|writes|reports|"
            "explains|comments|remarks|replies|tweets|posts|emphasises|emphasizes|underlines|reiterates|"
            "asserts|acknowledges")
_PAST = ("said|told|added|stated|announced|claimed|stressed|noted|declared|confirmed|wrote|reported|"
         "explained|commented|remarked|replied|tweeted|posted|emphasised|emphasized|underlined|reiterated|"
         "asserted|acknowledged")
_WHOM = (r"(?:reporters|journalists|the press|the media|\w+ media|a briefing|a news conference|"
         r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})")
_SAID = rf"(?:(?:has |have |had )?said|says|(?:tells|told)\s+{_WHOM})"
_ANY = rf"(?:{_SAID}|(?:has |have |had )?(?:{_PAST})|{_PRESENT})"
# A speaker: a name, a title, "the northern press service", "the North and the South"; never a
# clause of its own ("the North denies deporting children and says ...") nor a negation ("Neither
# side said").
_WHO = r"(?!(?:[Nn]either|[Nn]o|[Nn]obody|[Nn]one)\b)(?:(?! and [a-z])[^,;:\"“”()]){1,80}?"
_WHO_NAMED = rf"{_WHO}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}},)?"  # "Germany's chancellor, Friedrich Merz,"
_ONE_WHEN = (r"(?:(?:late |early |earlier )?on\s+(?:[A-Z]\w+(?:\s+\d{1,2})?|\d{1,2}\s+[A-Z]\w+|the\s+\w+(?:\s+\w+){0,2})"
             r"|(?:this|last|next)\s+(?:week|month|year|weekend|[A-Z]\w+)"
             r"|in\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|a\s+\w+(?:\s+\w+){0,3})"
             r"|at\s+the\s+time|after\s+the\s+\w+|afterwards|later|earlier|today|yesterday|tonight|\w+ly)")
_WHEN = rf"(?:\s+{_ONE_WHEN}){{0,2}}"
# "ISTANBUL, June 2 (Reuters) - ", "MOSCOW, April 28. /TASS/.", "WASHINGTON — ": a place in capitals.
_PLACE = r"[A-Z][A-Z'’.\- ]{2,40}"
_FILED = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
_DATELINE = re.compile(rf"^\s*(?:{_PLACE}(?:,\s*{_FILED})?\s*(?:\([A-Za-z .]{{2,30}}\)\s*)?[-–—]+\s+"
                       rf"|{_PLACE},\s*{_FILED}\.\s*(?:/[A-Za-z .]{{2,12}}/\.?\s*)?)")
# "LIVE | ...", "Analysis: ...", "Trump: skip the ceasefire": a label or a speaker before the claim.
_LABEL = re.compile(r"^\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s*[|:]\s+")
_LEADING = re.compile(rf"^\s*(?:[Aa]ccording to {_WHO},\s*"
                      rf"|{_WHO_NAMED}\s+{_SAID}{_WHEN}(?:\s+that\b|\s*:|,)?\s+"
                      rf"|{_WHO_NAMED}\s+{_ANY}{_WHEN}(?:\s+that\b|\s*:)\s*)")
# ", Marn said.", ", the ministry said on Sunday, ...", ", according to Valletta.", ", said Lee."
_TRAILING = re.compile(rf",\s*(?:according to {_WHO}|{_WHO}\s+(?:{_SAID}|{_PAST}){_WHEN}|said\s+{_WHO})"
                       r"\s*(?=[.;]?\s*$|,)")
_QUOTES = re.compile(r"[\"“”]")


def claim_text(text: str) -> str:
    """The claim a statement makes, without who said it, when or where it was filed: the words to
    embed. The statement itself when removing the wrapping would leave less than a claim."""
    claim = " ".join(_QUOTES.sub("", text).split())
    for pattern in (_DATELINE, _LABEL, _LEADING):
        stripped = pattern.sub("", claim, count=1)
        if word_count(stripped) >= MIN_WORDS:
            claim = stripped
    stripped = _TRAILING.sub("", claim)
    if word_count(stripped) >= MIN_WORDS:
        claim = stripped
    return claim.strip(" ,;")


def word_count(text: str) -> int:
    return len(text.split())

