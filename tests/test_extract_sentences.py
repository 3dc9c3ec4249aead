import pytest

from parley.extract.sentences import is_heading, paragraphs, trim, without_entry_label


def test_paragraph_spans_leave_out_bullets():
    text = "  one line  \n\n- Both sides agreed.\n3) Third point here."
    assert [text[s:e] for s, e in paragraphs(text)] == ["one line", "Both sides agreed.", "Third point here."]


@pytest.mark.parametrize("line, heading", [
    ("No Ceasefire or Summit", True), ("Kremlin Skepticism Persists", True),
    ("Talks ended.", False), ("The delegations said they would meet again after the summer break", False),
    # a table's dated row that counts a swap is told, not a heading
    ("5 Feb · 150 for 150", False), ("19 March: 175-for-175 swap", False), ("Swaps of 2031", True)])
def test_headings(line, heading):
    assert is_heading(line) is heading


def test_trim():
    assert trim("  abc  ", 0, 7) == (2, 5)


@pytest.mark.parametrize("line, furniture", [
    ("Chart 1: Prisoners exchanged per month, 2025", True),
    ("Advertisement – Share This Article", True),
    ("By Parley Wire staff", True),
    ("KYIV, 20 April 2025 · 21:40 EEST · 4 min read", True),
    ("Map: the front line in Donetsk region", True),
    ("Further reading: our March episodes on the 60-for-60 swap (Episodes 12 and 13).", True),
    ("Further reading of the draft shows the swap was agreed.", False),
    ("Russia and Ukraine agreed to swap prisoners.", False),
    ("Talks end without deal", False),
    ("5 Feb · 150 for 150", False),
    ("KYIV, 5 Feb 2031 · 15:00 · 2 min read", True),
])
def test_captions_bylines_and_datelines_are_furniture(line, furniture):
    from parley.extract.sentences import is_furniture

    assert is_furniture(line) is furniture


@pytest.mark.parametrize("paragraph, rest", [
    ("ISTANBUL, June 2. /TASS/. The delegations met.", "The delegations met."),
    ("KYIV — Ukraine handed Russia a list.", "Ukraine handed Russia a list."),
    ("OSLO (Our bureau) – The talks ended.", "The talks ended."),
    ("NATO allies met on Friday.", "NATO allies met on Friday."),
])
def test_a_dateline_is_not_part_of_the_first_sentence(paragraph, rest):
    from parley.extract.sentences import dateline_end

    assert paragraph[dateline_end(paragraph):] == rest


@pytest.mark.parametrize("sentence, rest", [
    ("18-19 March: After a call, the North agrees to a pause.", "After a call, the North agrees to a pause."),
    ("- 2 June, Port Vale: Memoranda are exchanged.", "Memoranda are exchanged."),
    ("July 14: The envoy gives the South 50 days.", "The envoy gives the South 50 days."),
])
def test_a_timeline_entrys_date_label_is_blanked_keeping_offsets(sentence, rest):
    blanked = without_entry_label(sentence)
    assert len(blanked) == len(sentence) and blanked.strip() == rest


@pytest.mark.parametrize("sentence", [
    "The North said: no deal.", "On 2 June the talks ended: nothing was agreed.", "Round two: Istanbul.",
    "12 Marines: the unit was withdrawn."])
def test_a_sentence_with_no_date_label_is_parsed_as_it_is(sentence):
    assert without_entry_label(sentence) == sentence


def test_a_lists_items_are_read_under_the_short_heading_above_them():
    from parley.extract.sentences import list_heading
    text = "The rounds so far.\n\nMAY 16, THE PALACE\n\n* Talks lasted two hours.\n\n* The sides agreed to swap 500 each.\n"
    heading = list_heading(text, text.index("The sides agreed"))
    assert heading is not None and text[heading[0]:heading[1]] == "MAY 16, THE PALACE"
    # not a line that is no list item, nor a list under a line of prose
    assert list_heading(text, text.index("The rounds")) is None
    prose = "The talks of the first round, held in the palace, lasted two hours and ended with a deal.\n* 500 each.\n"
    assert list_heading(prose, prose.index("500")) is None
