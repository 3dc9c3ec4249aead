"""Parley's one visual language: the side palette (from the profile, colour-blind safe), display
names for ids, and the chart conventions plotly and altair figures share.

Sides are drawn in Streamlit's named colours (``:red-background[...]`` in Markdown, badges), and
``.streamlit/config.toml`` sets those names to the Okabe-Ito palette, which stays distinct under
the common colour-vision deficiencies. A side keeps the named colour closest to the colour its
profile gives it, so charts, shaded text and badges all show a side in the same colour.
Pure: no streamlit import, so builders and tests use it freely.
"""

from __future__ import annotations

from dataclasses import dataclass

from parley.profile import JOINT, TIERS, Profile

# Streamlit's named colours as config.toml sets them (Okabe & Ito, "Color Universal Design").
SLOTS: dict[str, str] = {
    "red": "#D55E00",     # vermillion
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",   # bluish green
    "violet": "#CC79A7",  # reddish purple
    "yellow": "#F0E442",
    "gray": "#C4C4C4",
}
# Text in a named colour (badges, coloured words) at 4.5:1 or better on white and on its tint.
TEXT_SLOTS: dict[str, str] = {
    "red": "#A34700", "blue": "#005A8C", "orange": "#8A5F00", "green": "#006B4E",
    "violet": "#9A3F75", "yellow": "#6B6400", "gray": "#5C5C5C",
}
NO_SIDE = "gray"  # reserved: a statement no side holds is never in a side's colour
SIDE_SLOTS = ("red", "blue", "orange", "green", "violet", "yellow")  # yellow last: weakest on white
NO_SIDE_LABEL = "No side"

TIER_LABELS = {"party-official": "Party official", "party-aligned": "Party-aligned", "mediator": "Mediator",
               "independent": "Independent", None: "Tier unknown"}
# Cividis samples: ordered by lightness, readable by every colour vision; not a side's colour.
TIER_COLOURS = {"party-official": "#00224E", "party-aligned": "#575D6D", "mediator": "#A59C74",
                "independent": "#E8D45E", None: "#D9D9D9"}
CATEGORY_LABELS = {"prisoners": "Prisoners", "bodies": "Bodies", "civilians": "Civilians", "children": "Children",
                   "deadline_days": "Deadline (days)", "duration": "Duration", "percent": "Percent",
                   "other": "Other"}

# Shared chart conventions, for plotly and altair alike.
CHART_HEIGHT = 340
TITLE_SIZE = 16
FONT_SIZE = 13
GRID = "#E6E9EE"
NEUTRAL = "#5C6670"  # marks that carry no side: rounds, articles, "now"


@dataclass(frozen=True)
class SidePalette:
    """Each side's named colour and label, in the order sides are listed (parties first)."""

    order: tuple[str, ...]
    slots: dict[str, str]
    labels: dict[str, str]

    def slot(self, side: str | None) -> str:
        """Streamlit's name for the side's colour (for Markdown backgrounds and badges)."""
        return self.slots.get(side or "", NO_SIDE)

    def colour(self, side: str | None) -> str:
        return SLOTS[self.slot(side)]

    def label(self, side: str | None) -> str:
        return self.labels.get(side or "", NO_SIDE_LABEL if not side else side.replace("_", " ").capitalize())

    def domain(self, with_no_side: bool = True) -> list[str]:
        """Display names in palette order: an altair scale's domain (labels, never ids)."""
        return [self.labels[s] for s in self.order] + ([NO_SIDE_LABEL] if with_no_side else [])

    def range(self, with_no_side: bool = True) -> list[str]:
        return [self.colour(s) for s in self.order] + ([SLOTS[NO_SIDE]] if with_no_side else [])


def side_palette(profile: Profile) -> SidePalette:
    """Sides in column order (parties, mediators, both sides), each given the free named colour
    nearest its profile colour; past six sides the colours repeat in the same order."""
    actors = [*(a for a in profile.actors if a.kind == "party"), *(a for a in profile.actors if a.kind != "party"),
              profile.joint]
    slots: dict[str, str] = {}
    for actor in actors:
        free = [s for s in SIDE_SLOTS if s not in slots.values()] or list(SIDE_SLOTS)
        if len(slots) >= len(SIDE_SLOTS):
            free = [SIDE_SLOTS[len(slots) % len(SIDE_SLOTS)]]
        slots[actor.id] = min(free, key=lambda s: (_distance(actor.colour, SLOTS[s]), SIDE_SLOTS.index(s)))
    return SidePalette(order=tuple(a.id for a in actors), slots=slots,
                       labels={a.id: a.label for a in actors} | {JOINT: profile.joint.label})


def tier_label(tier: str | None) -> str:
    return TIER_LABELS.get(tier, tier or TIER_LABELS[None])


def tier_domain() -> list[str]:
    return [TIER_LABELS[t] for t in TIERS] + [TIER_LABELS[None]]


def tier_range() -> list[str]:
    return [TIER_COLOURS[t] for t in TIERS] + [TIER_COLOURS[None]]


def category_label(category: str | None) -> str:
    return CATEGORY_LABELS.get(category or "other", (category or "other").replace("_", " ").capitalize())


def rgb(colour: str) -> tuple[int, int, int]:
    """'#RRGGBB' (or '#RGB') as integers; anything else reads as mid grey."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    try:
        return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
    except (ValueError, IndexError):
        return 128, 128, 128


def _distance(a: str, b: str) -> float:
    """Perceptual-ish distance ("redmean" weighted RGB): enough to find the nearest of seven colours."""
    (r1, g1, b1), (r2, g2, b2) = rgb(a), rgb(b)
    mean = (r1 + r2) / 2
    dr, dg, db = r1 - r2, g1 - g2, b1 - b2
    return ((2 + mean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - mean) / 256) * db * db) ** 0.5


def relative_luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# Figure categories are not sides: dark neutrals told apart by lightness and by marker shape.
CATEGORY_COLOURS = {"prisoners": "#274B5F", "bodies": "#8C6D46", "civilians": "#5E7A2E", "children": "#7A5C8A"}
CATEGORY_SYMBOLS = {"prisoners": "circle", "bodies": "square", "civilians": "diamond", "children": "triangle-up"}


def plotly_layout(title: str, x_title: str | None, y_title: str | None, height: int = CHART_HEIGHT) -> dict:
    """The layout every plotly figure shares with the altair ones: a left title, axis titles,
    light grid, legend above the plot (never over it), hover labels in the page's font."""
    axis = {"gridcolor": GRID, "zeroline": False, "automargin": True, "title": {"font": {"size": FONT_SIZE}}}
    return {
        "title": {"text": title, "x": 0, "xanchor": "left", "font": {"size": TITLE_SIZE}},
        "height": height, "font": {"size": FONT_SIZE},
        "xaxis": axis | {"title": {"text": x_title or "", "font": {"size": FONT_SIZE}}},
        "yaxis": axis | {"title": {"text": y_title or "", "font": {"size": FONT_SIZE}}},
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "left", "x": 0, "title": None},
        "hoverlabel": {"bgcolor": "#FFFFFF", "font": {"size": FONT_SIZE}, "align": "left"},
        "margin": {"l": 10, "r": 10, "t": 70, "b": 10},
    }


def altair_config(chart):  # noqa: ANN001, ANN201 - any top-level altair chart
    """The same conventions for a top-level altair chart (layers and facets included)."""
    return (chart.configure_title(fontSize=TITLE_SIZE, anchor="start", offset=10)
            .configure_axis(labelFontSize=FONT_SIZE - 1, titleFontSize=FONT_SIZE, gridColor=GRID,
                            labelLimit=220)
            .configure_legend(orient="top", labelFontSize=FONT_SIZE - 1, titleFontSize=FONT_SIZE,
                              labelLimit=220, symbolLimit=12)
            .configure_view(strokeWidth=0))
