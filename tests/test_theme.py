"""The side palette: defined once from the profile, the same in config.toml, colour-blind safe."""

import itertools
import tomllib

import numpy as np
import pytest

from components.theme import (
    NO_SIDE,
    SLOTS,
    TEXT_SLOTS,
    TIER_COLOURS,
    contrast,
    rgb,
    side_palette,
    tier_domain,
)
from parley.profile import load_profile, parse_profile
from parley.settings import ROOT

# Machado, Oliveira & Fernandes (2009), severity 1: what a reader with each deficiency sees.
SIMULATIONS = {
    "none": np.eye(3),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}


def _lab(colour: str, simulation: np.ndarray) -> np.ndarray:
    c = np.array(rgb(colour), dtype=float) / 255
    linear = np.clip(simulation @ np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4), 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ linear
    xyz /= np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_config_toml_sets_streamlits_named_colours_to_the_palette():
    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["theme"]
    for name, colour in SLOTS.items():
        assert theme[f"{name}Color"].upper() == colour.upper()
        assert theme[f"{name}TextColor"].upper() == TEXT_SLOTS[name].upper()
    assert [c.upper() for c in theme["chartCategoricalColors"][:6]] == \
        [SLOTS[s].upper() for s in ("red", "blue", "orange", "green", "violet", "yellow")]


@pytest.mark.parametrize("simulation", SIMULATIONS)
def test_every_side_and_no_side_stay_apart_for_colour_blind_readers(simulation):
    palette = side_palette(load_profile())
    colours = {side: palette.colour(side) for side in palette.order} | {"no side": SLOTS[NO_SIDE]}
    labs = {side: _lab(colour, SIMULATIONS[simulation]) for side, colour in colours.items()}
    closest = min(float(np.linalg.norm(labs[a] - labs[b])) for a, b in itertools.combinations(labs, 2))
    assert closest > 15, f"two sides look alike under {simulation} (delta E {closest:.1f})"


def test_badge_text_is_readable_on_white_and_on_its_own_tint():
    for name, text in TEXT_SLOTS.items():
        r, g, b = rgb(SLOTS[name])
        tint = "#%02X%02X%02X" % tuple(round(255 * 0.9 + v * 0.1) for v in (r, g, b))  # Streamlit's 10% tint
        assert contrast(text, "#FFFFFF") >= 4.5 and contrast(text, tint) >= 4.5, name


def test_sides_keep_the_named_colour_nearest_their_profile_colour_and_no_two_share_one():
    palette = side_palette(load_profile())
    assert palette.slot("russia") == "red" and palette.slot("ukraine") == "blue"
    assert len(set(palette.slots.values())) == len(palette.order)
    assert NO_SIDE not in palette.slots.values()  # grey is only ever "no side"
    assert palette.slot(None) == NO_SIDE and palette.label(None) == "No side"
    assert palette.domain() == ["Russia", "Ukraine", "United States", "Turkey", "Both sides", "No side"]
    assert len(palette.range()) == len(palette.domain())


def test_an_unknown_side_id_is_shown_as_words_not_an_id():
    assert side_palette(load_profile()).label("european_union") == "European union"


def test_a_profile_with_more_sides_than_colours_repeats_them_in_order():
    actors = "\n".join(f"  - {{id: side{i}, label: Side {i}, colour: '#00{i}0{i}0'}}" for i in range(8))
    profile = parse_profile(f"name: many\nlabel: Many\nactors:\n{actors}\njoint: {{label: All}}\n"
                            "issues:\n  - {id: a, label: A, phrases: [a]}\n")
    palette = side_palette(profile)
    assert len(palette.order) == 9 and set(palette.slots.values()) <= set(SLOTS) - {NO_SIDE}
    assert len(set(list(palette.slots.values())[:6])) == 6


def test_tiers_have_their_own_colours_in_order_of_lightness():
    from components.theme import relative_luminance

    lightness = [relative_luminance(TIER_COLOURS[t]) for t in ("party-official", "party-aligned", "mediator",
                                                               "independent")]
    assert lightness == sorted(lightness)
    assert tier_domain()[0] == "Party official" and "party-official" not in tier_domain()
