import pytest

from parley.claims import MIN_WORDS, claim_text


@pytest.mark.parametrize("statement, claim", [
    # who said it, before the claim
    ("The Russian Defence Ministry said 84 servicemen had been brought back from captivity.",
     "84 servicemen had been brought back from captivity."),
    ("Ukraine says 19,546 children have been deported or forcibly displaced since February 2022.",
     "19,546 children have been deported or forcibly displaced since February 2022."),
    ("Foreign Minister Sergei Lavrov said this week that no meeting was planned for now.",
     "no meeting was planned for now."),
    ("Germany's chancellor, Friedrich Merz, told reporters that a meeting should take place within a fortnight.",
     "a meeting should take place within a fortnight."),
    ("Kyiv has said repeatedly that it will not leave the Donbas region.", "it will not leave the Donbas region."),
    ("Medinsky announced that 6,060 had been handed over to the other side.", "6,060 had been handed over to the other side."),
    ("According to Medinsky, the servicemen had been selected from a group of 1,000 prisoners",
     "the servicemen had been selected from a group of 1,000 prisoners"),
    # who said it, after the claim or inside it
    ("Russia handed over 31 wounded soldiers, so that 277 Ukrainians came home in all, Zelensky said.",
     "Russia handed over 31 wounded soldiers, so that 277 Ukrainians came home in all."),
    ("Eighty-four Ukrainians returned on Thursday, President Volodymyr Zelensky announced, in an exchange.",
     "Eighty-four Ukrainians returned on Thursday, in an exchange."),
    ('"There is no deal until there is a deal," Trump told reporters in the Oval Office on Friday.',
     "There is no deal until there is a deal."),
    ("Their talks were constructive and very useful, presidential aide Yury Ushakov told journalists afterwards.",
     "Their talks were constructive and very useful."),
    ("Kyiv put its own total at 205 soldiers and civilians, according to the Coordination Headquarters.",
     "Kyiv put its own total at 205 soldiers and civilians."),
    # datelines and labels
    ("ISTANBUL, June 2 (Reuters) - Russia and Ukraine agreed to swap all severely wounded prisoners.",
     "Russia and Ukraine agreed to swap all severely wounded prisoners."),
    ("MOSCOW, April 28. /TASS/. Putin declared a ceasefire for the Victory Day celebrations.",
     "Putin declared a ceasefire for the Victory Day celebrations."),
    ("WASHINGTON — President Donald Trump gave Russia 50 days to reach a deal.",
     "President Donald Trump gave Russia 50 days to reach a deal."),
    ("LIVE | Trump–Putin summit in Alaska: no ceasefire, Zelensky heads to Washington",
     "Trump–Putin summit in Alaska: no ceasefire, Zelensky heads to Washington"),
    ("Trump: skip the ceasefire, go for a peace deal", "skip the ceasefire, go for a peace deal"),
])
def test_the_claim_without_its_wrapping(statement, claim):
    assert claim_text(statement) == claim


@pytest.mark.parametrize("statement", [
    # the verb is the claim, not an attribution
    "President Vladimir Putin announced the halt on Saturday at a televised meeting.",
    "Both delegations confirmed an agreement to exchange at least 1,200 prisoners each.",
    "The Ukrainian side reiterated its demand for a comprehensive and unconditional ceasefire.",
    # stance verbs and negations stay: they are what is claimed
    "Russia insists on preconditions including troop withdrawal and recognition of territorial claims.",
    "Neither side said how much of the 1,200 quota had now been met.",
    "Russia denies deporting children and says they were moved away from combat zones.",
    "UAE mediation succeeds in new exchange of 292 captives between Russia and Ukraine",
])
def test_claims_that_are_kept_whole(statement):
    assert claim_text(statement) == statement


@pytest.mark.parametrize("statement", ["Kyiv said it would do likewise.", "Moscow says no summit is planned"])
def test_a_frame_is_kept_when_too_little_would_remain(statement):
    assert claim_text(statement) == statement
    assert len(claim_text(statement).split()) >= MIN_WORDS
