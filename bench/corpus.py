"""Varied articles for benchmarks, made from the seed corpus: wording, numbers, outlets and format vary."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
ROOT_ON_PATH = True

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


OUTLET_CYCLE = ["Wire One", "TASS", "Kyiv Independent", "Anadolu Agency", "Reuters", "Geneva Monitor", None]


def extracted_bases(n: int, seed: int = 3) -> list:
    """n varied articles with their extraction, for building large stores without n parses."""
    from parley.extract import extract
    from parley.ingest import make_article as clean
    from parley.ingest import read_document
    from parley.profile import load_profile

    profile = load_profile()
    bases = []
    for name, data in make_articles(n, seed=seed):
        article = clean(read_document(data, name), name)
        bases.append((article, extract(article, profile)))
    return bases


def build_store(path: str, n: int, bases: list) -> None:
    """A SQLite store of n distinct articles: copies of the bases, each with its own outlet,
    date and closing sentence (after the original text, so the bases' spans stay valid)."""
    from dataclasses import replace
    from datetime import date, timedelta

    from parley.extract import EXTRACTOR_VERSION
    from parley.ingest.fingerprint import article_id, fingerprint
    from parley.store import Store

    store = Store(f"sqlite:///{path}")
    for i in range(n):
        base, extraction = bases[i % len(bases)]
        text = f"{base.text}\n\nReport {i} was filed on day {i // len(bases)}."
        digest = fingerprint(text)
        article = replace(base, id=article_id(digest), fingerprint=digest, text=text,
                          outlet=OUTLET_CYCLE[i % len(OUTLET_CYCLE)],
                          published=date(2025, 5, 10) + timedelta(days=i % 110))
        store.add_article(article, extraction, EXTRACTOR_VERSION)
