"""Passes over an article's statements: issues carried from the statement a sentence points
back to, and quotations that go on after their attribution."""

from tests.test_extract_statements import holders, statements


def test_a_statement_pointing_back_takes_the_issue_before_it():
    found = holders("Moscow proposed a swap of all wounded prisoners. Kyiv said it would accept the offer.")
    assert found[-1][:3] == ("ukraine", "accepts", ("prisoners",))


def test_a_quotation_that_goes_on_is_its_speaker_s():
    text = ("“We agreed on a large exchange,” Medinsky told reporters. “It will take place in stages. "
            "The lists are ready.”\n\n“The ball is now in Kyiv's court.”\n\nThe weather was fine.")
    found = statements(text)
    assert [(s.actor, s.speaker) for s in found] == [("russia", "Vladimir Medinsky")] * 4 + [(None, None)]
    assert found[1].text.startswith("“It will")  # the opening mark goes with its sentence
