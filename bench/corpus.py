"""Varied articles for benchmarks, made from the seed corpus: wording, numbers, outlets and format vary."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parley.ingest.frontmatter import split_front_matter  # noqa: E402
from parley.settings import SEED_DIR  # noqa: E402

OUTLETS = ["Wire One", "Kyiv Daily", "Moscow Herald", "Ankara Post", "Geneva Monitor"]
PLACES = ["Istanbul", "Geneva", "Riyadh", "Vienna", "Doha"]


def corpus_sentences() -> list[str]:
    sentences = []
    for path in sorted(SEED_DIR.glob("*.txt")):
        _, body = split_front_matter(path.read_text(encoding="utf-8"))
        sentences += [s.strip() + "." for s in body.replace("\n", " ").split(". ") if len(s) > 40]
    return sentences


def make_article(n: int, sentences: list[str], rng: random.Random) -> tuple[str, bytes]:
    picked = rng.sample(sentences, k=min(len(sentences), rng.randint(8, 20)))
    varied = [s.replace("Istanbul", rng.choice(PLACES)).replace("1,000", f"{rng.randint(2, 20) * 100:,}")
              for s in picked]
    varied.insert(0, f"Report {n}: talks in {rng.choice(PLACES)} on day {rng.randint(1, 900)}.")
    paragraphs = [" ".join(varied[i:i + 3]) for i in range(0, len(varied), 3)]
    title, outlet = f"Round {n} of talks", rng.choice(OUTLETS)
    kind = ("txt", "md", "html")[n % 3]
    if kind == "html":
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        page = (f"<html><head><title>{title}</title><meta property='og:site_name' content='{outlet}'>"
                f"</head><body><nav>Home World</nav><article><h1>{title}</h1>{body}"
                f"<p>Advertisement</p></article><footer>Latest News</footer></body></html>")
        return f"a{n}.html", page.encode()
    header = f"---\ntitle: {title}\noutlet: {outlet}\npublished: 2025-0{rng.randint(5, 9)}-1{rng.randint(0, 9)}\n---\n"
    text = "\n\n".join(paragraphs + ["- Advertisement -", "Share This Article", "Latest News", "x"])
    return f"a{n}.{kind}", (header + text).encode()


def make_articles(n: int, seed: int = 7) -> list[tuple[str, bytes]]:
    """n (file name, bytes) pairs, reproducible for a seed; no two share a fingerprint."""
    rng = random.Random(seed)
    sentences = corpus_sentences()
    return [make_article(i, sentences, rng) for i in range(n)]
